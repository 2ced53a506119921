"""Per-sentence inputs of event extraction, built from the mention frames with a few vectorised joins.

The country, person and date mentions of the whole corpus are joined once to the sentence frame
(offsets made relative to the sentence), sorted by (sentence row, offset), and converted to plain
Python tuples column-wise (no ``iter_rows``); each sentence then takes its slice.
"""

from __future__ import annotations

import polars as pl

from pipeline.extract.event_gates import sentence_literals
from pipeline.extract.event_model import DateRef, Person, Place, SentenceInput

_PLACE_COLS = ["char_start", "char_end", "surface", "iso3", "kind"]
_DATE_COLS = ["char_start", "char_end", "surface", "date_start", "date_end", "precision", "kind", "qualifier"]


def _relative(df: pl.DataFrame, rows: pl.DataFrame, cols: list[str], keep: pl.Expr | None = None) -> pl.DataFrame:
    """Mentions with offsets relative to their sentence and the sentence's row number ``_row``."""
    out = df.join(rows, on=["doc_id", "sentence_id"], how="inner")
    if keep is not None:
        out = out.filter(keep)
    out = out.with_columns(pl.col("char_start") - pl.col("_s0"), pl.col("char_end") - pl.col("_s0"))
    return out.sort("_row", "char_start", maintain_order=True).select(["_row", *cols])


_EMPTY: list = []  # shared by every sentence without mentions of a kind (never mutated)


def _split_rows(rows: list[int], items: list, n_rows: int) -> list[list]:
    """Row number -> its items (``rows`` ascending, parallel to ``items``)."""
    out: list[list] = [_EMPTY] * n_rows
    prev, cur = -1, _EMPTY
    for row, item in zip(rows, items):
        if row != prev:
            prev, cur = row, [item]
            out[row] = cur
        else:
            cur.append(item)
    return out


def _slices(df: pl.DataFrame, make, n_rows: int) -> list[list]:  # noqa: ANN001 - a NamedTuple class
    """Row number -> list of ``make`` tuples (``df`` sorted by ``_row``)."""
    if df.height == 0:
        return [_EMPTY] * n_rows
    items = list(map(make, *(df.get_column(c).to_list() for c in df.columns[1:])))
    return _split_rows(df.get_column("_row").to_list(), items, n_rows)


def _persons(persons: pl.DataFrame, rows: pl.DataFrame, n_rows: int) -> list[list[Person]]:
    """Person mentions per sentence row: one per name span (titles of duplicates merged)."""
    grouped = persons.group_by("doc_id", "sentence_id", "char_start", "char_end").agg(
        pl.col("surface").first(),
        pl.col("name").drop_nulls().first(),
        pl.col("title").drop_nulls().unique(maintain_order=True),
        pl.col("country_iso3").drop_nulls().first(),
    ).with_columns(
        pl.col("name").fill_null(pl.col("surface")),
        _n=pl.col("title").list.len().fill_null(0),
        _t1=pl.col("title").list.first(),
    )
    rel = _relative(grouped, rows, ["char_start", "char_end", "surface", "name", "_n", "_t1", "country_iso3", "title"])
    if rel.height == 0:
        return [_EMPTY] * n_rows
    # titles: most spans carry none or one; only the others convert the list column
    many = rel.get_column("_n").to_list()
    multi = {i for i, k in enumerate(many) if k > 1}
    full = rel.get_column("title").gather(sorted(multi)).to_list() if multi else []
    full_by = dict(zip(sorted(multi), full))
    singles: dict[str, tuple[str, ...]] = {}
    persons_out = []
    cols = [rel.get_column(c).to_list() for c in ("char_start", "char_end", "surface", "name", "_t1", "country_iso3")]
    for i, (a, b, sf, name, t1, iso3) in enumerate(zip(*cols)):
        k = many[i]
        if k == 0:
            t: tuple[str, ...] = ()
        elif k == 1:
            t = singles.get(t1)  # type: ignore[assignment]
            if t is None:
                t = singles[t1] = (t1,)
        else:
            t = tuple(full_by[i])
        persons_out.append(Person(a, b, sf, name, t, iso3))
    return _split_rows(rel.get_column("_row").to_list(), persons_out, n_rows)


def sentence_inputs(
    s: pl.DataFrame, persons: pl.DataFrame, countries: pl.DataFrame, dates: pl.DataFrame
) -> dict[str, list[SentenceInput]]:
    """doc_id -> its sentences in order, with their places, persons, dates and gate literals.

    ``s`` holds doc_id, sentence_id, char_start, char_end, text, next_text, candidate, sorted by
    (doc_id, sentence_id).  Places are attached to candidate sentences and to the first eight
    sentences of a document (the dateline sits at the top); the other sentences never read them.
    """
    n = s.height
    s = s.with_row_index("_row")
    rows = s.select("doc_id", "sentence_id", pl.col("char_start").alias("_s0"), "candidate", pl.col("_row").cast(pl.Int64))
    places_by = persons_by = dates_by = None
    if countries.height:
        keep = pl.col("candidate") | (pl.col("sentence_id") < 8)
        places_by = _slices(_relative(countries, rows, _PLACE_COLS, keep), Place, n)
    if persons.height:
        persons_by = _persons(persons, rows, n)
    if dates.height:
        rel = _relative(dates.with_columns(pl.col("precision").fill_null("unknown")), rows, _DATE_COLS)
        dates_by = _slices(rel, DateRef, n)

    cand = s.get_column("candidate").to_list()
    docs_col = s.get_column("doc_id").to_list()
    # gate literals of candidate sentences and of the sentences right after them (next_text)
    need = sorted({j for i, c in enumerate(cand) if c for j in (i, i + 1) if j < n and docs_col[j] == docs_col[i]})
    lits = sentence_literals(s.get_column("text").gather(need)) if need else []
    present: list[frozenset[str] | None] = [None] * (n + 1)
    for i, p in zip(need, lits):
        present[i] = p

    empty = _EMPTY
    out: dict[str, list[SentenceInput]] = {}
    cur_doc: object = object()  # no doc_id equals it
    cur: list[SentenceInput] = []
    cols = [docs_col] + [s.get_column(c).to_list() for c in ("sentence_id", "char_start", "char_end", "text", "next_text")]
    texts = cols[4]
    for i, (doc_id, sid, start, end, text, nxt) in enumerate(zip(*cols)):
        if doc_id != cur_doc:
            cur_doc, cur = doc_id, out.setdefault(doc_id, [])
        cur.append(
            SentenceInput(
                doc_id, sid, start, end, text,
                persons_by[i] if persons_by else empty,
                places_by[i] if places_by else empty,
                dates_by[i] if dates_by else empty,
                nxt, cand[i], present[i] if cand[i] else None,
                present[i + 1] if nxt is not None and i + 1 < n and texts[i + 1] == nxt else None,
            )
        )
    return out
