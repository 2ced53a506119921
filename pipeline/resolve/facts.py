"""Agreement and indicator mentions → one row per real-world fact, with parties and evidence.

Agreements merge when type, name (if both are named), parties, batch size and dates agree.
Indicators merge when metric, unit, subject, direction and period are the same and the values are
equal within 0.5 % (the rounding of news text); the same metric and period with different values
stay two rows, which the ``indicator_conflicts`` view lists.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from pipeline.resolve.clustering import Cluster, cluster_mentions
from pipeline.resolve.dates import interval, overlaps, truncate
from pipeline.resolve.ids import country_actor_id, name_key, stable_id
from pipeline.resolve.common import assign_ids, mention_rows, most_common, table_frame

VALUE_TOLERANCE = 0.005




# --------------------------------------------------------------------------- agreements


@dataclass
class AgreementMention:
    doc_id: str
    sentence_id: int
    char_start: int
    char_end: int
    name: str | None
    agreement_type: str
    signed: date | None
    signed_precision: str
    effective: date | None
    effective_precision: str
    quantity: int | None
    topics: list[str]
    countries: set[str] = field(default_factory=set)
    organizations: dict[str, str | None] = field(default_factory=dict)  # name → iso3

    @property
    def span(self):
        if "_span" not in self.__dict__:
            self.__dict__["_span"] = interval(self.signed, None, self.signed_precision)
        return self.__dict__["_span"]

    @property
    def key(self) -> str | None:
        if "_key" not in self.__dict__:
            self.__dict__["_key"] = name_key(self.name) if self.name else None
        return self.__dict__["_key"]


def _agreement_compatible(c: Cluster[AgreementMention], m: AgreementMention) -> bool:
    f = c.first
    if f.agreement_type != m.agreement_type:
        return False
    names = c.memo("names", lambda: {x.key for x in c.members if x.key})
    if m.key and names and m.key not in names:
        return False
    qty = c.memo("qty", lambda: {x.quantity for x in c.members if x.quantity})
    if m.quantity and qty and m.quantity not in qty:
        return False
    countries = c.memo("countries", lambda: set().union(*(x.countries for x in c.members)))
    if countries and m.countries and not (m.countries <= countries or countries <= m.countries):
        return False
    eff = [x for x in c.members if x.effective]
    if m.effective and eff and not overlaps(interval(m.effective, None, m.effective_precision), interval(eff[0].effective, None, eff[0].effective_precision)):
        return False
    if f.span is not None and m.span is not None:
        return overlaps(f.span, m.span)
    return bool(m.key and m.key in names)  # undated: only the same named instrument


def _pairs(countries: set[str]) -> list[tuple[str, str]]:
    ordered = sorted(countries)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def _agreement_blocks(m: AgreementMention) -> list[tuple]:
    """Where a compatible instrument can be: one with the same pair of parties, one naming only one
    of them, or (when the text names one party) any naming it. An instrument whose parties the
    text leaves open only merges with instruments of its own document."""
    t = m.agreement_type
    if len(m.countries) >= 2:
        return [(t, "pair", p) for p in _pairs(m.countries)] + [(t, "only", iso) for iso in sorted(m.countries)]
    if m.countries:
        return [(t, "any", next(iter(m.countries)))]
    return [(t, "doc", m.doc_id)]


def _agreement_files(m: AgreementMention) -> list[tuple]:
    t = m.agreement_type
    keys = [(t, "pair", p) for p in _pairs(m.countries)] + [(t, "any", iso) for iso in sorted(m.countries)]
    if len(m.countries) == 1:
        keys.append((t, "only", next(iter(m.countries))))
    return keys + [(t, "doc", m.doc_id)]


def resolve_agreements(raw: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(agreements, agreement_parties, agreement_topics, agreement_mentions, organizations)."""
    mentions: list[AgreementMention] = []
    for r in raw.iter_rows(named=True):
        m = AgreementMention(
            r["doc_id"], r["sentence_id"], r["char_start"], r["char_end"], r["name"], r["agreement_type"],
            r["signed_date"], r["signed_precision"] or "unknown", r["effective_date"], r["effective_precision"] or "unknown",
            r["quantity"], [t for t in (r["topics"] or []) if t],
        )
        for p in r["parties"] or []:
            if p.get("actor_type") == "organization" and p.get("name"):
                m.organizations[p["name"]] = p.get("country_iso3")
            elif p.get("country_iso3"):
                m.countries.add(p["country_iso3"])
        mentions.append(m)
    clusters = cluster_mentions(
        mentions,
        precision=lambda m: m.signed_precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=_agreement_compatible,
        blocks=_agreement_blocks,
        files=_agreement_files,
        span=lambda m: m.span,
        identical=lambda c, m: c.first.span == m.span and c.first.span is not None,
    )

    def key(c: Cluster[AgreementMention]) -> tuple:
        f = c.first
        name = most_common(x.key for x in c.members) or ""
        countries = ",".join(sorted(set().union(*(x.countries for x in c.members))))
        return (f.agreement_type, name, countries, truncate(f.signed, f.signed_precision))

    ids = assign_ids(clusters, "agr", key)
    rows, parties, topics, orgs = [], [], [], []
    for c in clusters:
        f, aid = c.first, ids[id(c)]
        named = [x.name for x in c.members if x.name]
        eff = sorted((x for x in c.members if x.effective), key=lambda x: ({"day": 0, "month": 1, "year": 2}.get(x.effective_precision, 3)))
        rows.append(
            {
                "agreement_id": aid,
                "name": max(named, key=len) if named else None,
                "agreement_type": f.agreement_type,
                "signed_date": f.signed,
                "signed_precision": f.signed_precision if f.signed else "unknown",
                "effective_date": eff[0].effective if eff else None,
                "effective_precision": eff[0].effective_precision if eff else "unknown",
                "quantity": most_common(x.quantity for x in c.members),
                "n_documents": len({x.doc_id for x in c.members}),
            }
        )
        for iso in sorted(set().union(*(x.countries for x in c.members))):
            parties.append({"agreement_id": aid, "actor_id": country_actor_id(iso)})
        for x in c.members:
            for org, iso in x.organizations.items():
                parties.append({"agreement_id": aid, "actor_id": stable_id("org", name_key(org))})
                orgs.append({"name": org, "country_iso3": iso})
        seen: set[str] = set()
        for x in c.members:
            for t in x.topics:
                if t.lower() not in seen:
                    seen.add(t.lower())
                    topics.append({"agreement_id": aid, "topic": t})
    org_frame = pl.DataFrame(orgs, schema={"name": pl.String, "country_iso3": pl.String}, orient="row")
    return (
        table_frame(rows, "agreements").sort("signed_date", "agreement_id", nulls_last=True),
        table_frame(parties, "agreement_parties").unique().sort("agreement_id", "actor_id"),
        table_frame(topics, "agreement_topics").unique().sort("agreement_id", "topic"),
        table_frame(mention_rows(clusters, ids, "agreement_id"), "agreement_mentions").unique().sort("agreement_id", "doc_id", "sentence_id", "char_start"),
        org_frame,
    )


# --------------------------------------------------------------------------- indicators


@dataclass
class IndicatorMention:
    doc_id: str
    sentence_id: int
    char_start: int
    char_end: int
    row: dict

    @property
    def precision(self) -> str:
        return self.row["period_precision"] or "unknown"

    @property
    def frame_key(self) -> tuple:
        r = self.row
        return (r["metric"], r["unit"], r["from_country_iso3"], r["to_country_iso3"], r["period_start"], r["period_end"])

    def same_frame(self, other: "IndicatorMention") -> bool:
        a, b = self.row, other.row
        if (a["metric"], a["unit"], a["from_country_iso3"], a["to_country_iso3"]) != (
            b["metric"], b["unit"], b["from_country_iso3"], b["to_country_iso3"]
        ):
            return False
        if (a["period_start"], a["period_end"]) != (b["period_start"], b["period_end"]):
            return False
        sa, sb = a["subject"], b["subject"]
        return not (sa and sb and name_key(sa) != name_key(sb))

    def same_value(self, other: "IndicatorMention") -> bool:
        x, y = self.row["value"], other.row["value"]
        return abs(x - y) <= VALUE_TOLERANCE * max(abs(x), abs(y), 1e-12)


def _value_buckets(value: float, spread: int) -> list[int]:
    """1 %-wide logarithmic buckets around a value: equal-within-0.5 % values share or neighbour one."""
    if value <= 0:
        return [0]
    b = int(math.floor(math.log(value) / math.log(1.01)))
    return list(range(b - spread, b + spread + 1))


def _significant_digits(v: float) -> int:
    digits = f"{abs(v):.10g}".replace(".", "").replace("-", "")
    return len(digits.strip("0"))


def _most_precise_value(values: list[float]) -> float:
    """The reported value with the most significant digits (12.34 billion over 12.3 billion), then the most common."""
    counts = Counter(values)
    return float(sorted(counts, key=lambda v: (-_significant_digits(v), -counts[v], v))[0])


def resolve_indicators(raw: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(indicators, indicator_mentions)."""
    mentions = [IndicatorMention(r["doc_id"], r["sentence_id"], r["char_start"], r["char_end"], r) for r in raw.iter_rows(named=True)]
    clusters = cluster_mentions(
        mentions,
        precision=lambda m: m.precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=lambda c, m: c.first.same_frame(m) and c.first.same_value(m),
        blocks=lambda m: [m.frame_key + (b,) for b in _value_buckets(m.row["value"], 1)],
        files=lambda m: [m.frame_key + (_value_buckets(m.row["value"], 0)[0],)],
        identical=lambda c, m: c.first.row["value"] == m.row["value"],
    )

    def key(c: Cluster[IndicatorMention]) -> tuple:
        r = c.first.row
        subject = most_common(name_key(x.row["subject"]) for x in c.members if x.row["subject"]) or ""
        return (r["metric"], r["unit"], subject, r["period_start"], r["period_end"], r["from_country_iso3"], r["to_country_iso3"], f"{r['value']:.6g}")

    ids = assign_ids(clusters, "ind", key)
    rows = []
    for c in clusters:
        r = c.first.row
        subjects = [x.row["subject"] for x in c.members if x.row["subject"]]
        rows.append(
            {
                "indicator_id": ids[id(c)],
                "subject": max(subjects, key=len) if subjects else None,
                "metric": r["metric"],
                "value": _most_precise_value([x.row["value"] for x in c.members]),
                "unit": r["unit"],
                "period_start": r["period_start"],
                "period_end": r["period_end"],
                "period_precision": r["period_precision"] or "unknown",
                "change_pct": most_common(x.row["change_pct"] for x in c.members),
                "from_country_iso3": r["from_country_iso3"],
                "to_country_iso3": r["to_country_iso3"],
                "source_org": most_common(x.row["source_org"] for x in c.members),
                "n_documents": len({x.doc_id for x in c.members}),
            }
        )
    return (
        table_frame(rows, "indicators").sort("metric", "period_start", "indicator_id", nulls_last=True),
        table_frame(mention_rows(clusters, ids, "indicator_id"), "indicator_mentions").unique().sort("indicator_id", "doc_id", "sentence_id", "char_start"),
    )
