"""Event mention rows, accumulated column-wise and turned into ONE frame at the end.

Participants are collected flat (one row per participant with the number of its mention) and
nested with a single polars ``group_by``: building the ``List(Struct)`` column from Python dicts
costs far more than the rest of the frame.
"""

from __future__ import annotations

import functools
from datetime import date

import polars as pl

from pipeline.extract.event_model import DateValue, Draft, SentenceInput
from pipeline.extract.event_text import collapse
from pipeline.model import EVENT_MENTIONS, PARTICIPANT, empty
from pipeline.resolve.dates import period_end

_SCALARS = [c for c in EVENT_MENTIONS if c != "participants"]
_PART_FIELDS = [f.name for f in PARTICIPANT.fields]  # name, actor_type, country_iso3, role


@functools.cache
def _iso3_name(iso3: str) -> str:
    try:
        from pipeline.extract.countries import iso3_name
    except ImportError:  # pragma: no cover - the countries module is part of the package
        return iso3
    return iso3_name(iso3)


def _columns(rows: list[tuple], schema: dict) -> pl.DataFrame:
    """Row tuples as a frame, built column by column (faster than ``orient="row"``)."""
    return pl.DataFrame([pl.Series(k, v, dtype=schema[k]) for k, v in zip(schema, zip(*rows))])


def _as_reported(dv: DateValue | None) -> DateValue | None:
    """An event told for a half of a year ("in the first half of 2027", "in the second half of
    the year") is dated to that year: the half only says when in the year it falls."""
    if dv is None or dv.precision != "month" or dv.end is None or dv.start.day != 1 or dv.start.month not in (1, 7):
        return dv
    if dv.end.year == dv.start.year and dv.end.month == dv.start.month + 5:
        return DateValue(date(dv.start.year, 1, 1), None, "year")
    return dv


def _draft_columns(d: Draft) -> tuple:
    """The columns of a mention row read from its draft: type, status, the three date columns,
    location, location country, host, mechanism, round, casualties."""
    dv = _as_reported(d.date)
    return (
        d.event_type, d.status,
        dv.start if dv else None,
        period_end(dv.end or dv.start, dv.precision) if dv else None,
        dv.precision if dv else "unknown",
        d.location, d.location_country, d.host, d.mechanism, d.round, d.casualties,
    )


class MentionRows:
    """Accumulates event mention rows (schema :data:`pipeline.model.EVENT_MENTIONS`)."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.drafts: list[Draft] = []  # parallel to rows: participants are read at the end

    def add(self, drafts: list[Draft], s: SentenceInput) -> None:
        """One row per draft of sentence ``s`` (in draft order)."""
        if not drafts:
            return
        summary = collapse(s.text)
        self.drafts += drafts
        for d in drafts:
            self.rows.append((s.doc_id, s.sentence_id, s.offset, s.end) + _draft_columns(d) + (summary,))

    def redate(self, drafts: list[Draft]) -> None:
        """Rewrite the date columns of rows already added for ``drafts`` (by identity)."""
        self._rewrite(drafts, lambda row, d: row[:6] + _draft_columns(d)[2:5] + row[9:])

    def refresh(self, drafts: list[Draft]) -> None:
        """Rewrite every column read from the draft (type to casualties) of rows already added for
        ``drafts`` (by identity); the sentence and its summary stay."""
        self._rewrite(drafts, lambda row, d: row[:4] + _draft_columns(d) + row[15:])

    def _rewrite(self, drafts: list[Draft], new_row) -> None:
        wanted = {id(d) for d in drafts}
        for i, d in enumerate(self.drafts):
            if id(d) in wanted:
                self.rows[i] = new_row(self.rows[i], d)

    def drop(self, drafts: list[Draft]) -> None:
        """Remove the rows already added for ``drafts`` (by identity)."""
        wanted = {id(d) for d in drafts}
        keep = [i for i, d in enumerate(self.drafts) if id(d) not in wanted]
        if len(keep) < len(self.drafts):
            self.rows = [self.rows[i] for i in keep]
            self.drafts = [self.drafts[i] for i in keep]

    def frame(self) -> pl.DataFrame:
        """The rows as one frame, sorted by (doc_id, sentence_id) keeping the order of addition."""
        if not self.rows:
            return empty(EVENT_MENTIONS)
        scalar_schema = {c: EVENT_MENTIONS[c] for c in _SCALARS}
        df = _columns(self.rows, scalar_schema)
        n = df.height
        idx = pl.DataFrame({"_i": pl.arange(0, n, eager=True, dtype=pl.Int64)})
        # participants: persons first, then countries, in the order they were added
        parts = [
            (i, p.name, "person", p.country, role)
            for i, d in enumerate(self.drafts)
            for p, role in d.persons
        ] + [
            (i, _iso3_name(iso3), "country", iso3, role)
            for i, d in enumerate(self.drafts)
            for iso3, role in d.countries.items()
        ]
        if parts:
            flat = _columns(parts, {"_i": pl.Int64, **{f: pl.String for f in _PART_FIELDS}})
            nested = flat.group_by("_i", maintain_order=True).agg(participants=pl.struct(_PART_FIELDS))
            parts = idx.join(nested, on="_i", how="left", maintain_order="left")
            col = parts.get_column("participants").fill_null([])
        else:
            col = pl.Series("participants", [[] for _ in range(n)], dtype=EVENT_MENTIONS["participants"])
        df = df.with_columns(col.cast(EVENT_MENTIONS["participants"]).alias("participants")).select(list(EVENT_MENTIONS))
        return df.sort("doc_id", "sentence_id", maintain_order=True)
