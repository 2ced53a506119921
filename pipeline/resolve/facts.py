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
from pipeline.resolve.instrument_names import instrument_key, keys_fit
from pipeline.resolve.common import (
    PRIOR,
    prior_of,
    remember,
    replay_prior,
    replayed_frames,
    EVIDENCE_SCHEMA,
    ID_ORDER,
    META_SCHEMA,
    cached_partitions,
    cluster_meta,
    columns_frame,
    final_ids,
    most_common,
    table_schema,
    with_row_hash,
)
from pipeline.resolve.dates import PRECISION_RANK
from pipeline.resolve.partition import PartitionCache, component_hashes, components, time_nodes

VALUE_TOLERANCE = 0.005




# --------------------------------------------------------------------------- agreements


@dataclass(eq=False)
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
    span: tuple[date, date] | None = None
    eff_span: tuple[date, date] | None = None
    key: str | None = None
    h: int = 0  # row hash (last tie-breaker of the processing order)
    split: bool = False  # its text tells a batch of another type with the same count, pair and day
    part: str = ""

    def finish(self) -> "AgreementMention":
        """Compute the derived attributes once."""
        self.span = interval(self.signed, None, self.signed_precision)
        self.eff_span = interval(self.effective, None, self.effective_precision)
        self.key = instrument_key(self.name) if self.name else None  # the parties' spelling aside
        return self


def _agreement_joined(c: Cluster[AgreementMention], m: AgreementMention) -> None:
    """Keep the cluster aggregates that ``_agreement_compatible`` reads current."""
    agg = c.cache
    if not agg:
        agg.update(names=set(), qty=set(), countries=set(), eff=None, has_eff=False, named_single=False, docs=set())
    agg["docs"].add(m.doc_id)
    if m.key:
        agg["names"].add(m.key)
        if (m.quantity or 1) == 1:
            agg["named_single"] = True
    if m.quantity:
        agg["qty"].add(m.quantity)
    agg["countries"].update(m.countries)
    if m.effective and not agg["has_eff"]:
        agg["has_eff"], agg["eff"] = True, m.eff_span  # the first member that gives one


# the general type of an instrument: a batch told as "three cooperation documents" by one outlet is
# the "three MoUs" of another
_GENERAL_TYPE = "agreement"


def _batch_across_types(c: Cluster[AgreementMention], m: AgreementMention) -> bool:
    """``m`` and the cluster are the same unnamed batch told with another type by another text: equal
    counts, the same pair and the same day, one of the two types the general one. Never two batches
    of one text ("signed 5 agreements and 5 MoUs")."""
    f, agg = c.first, c.cache
    if (m.quantity or 0) < 2 or m.quantity not in agg["qty"] or m.key or agg["names"] or m.split:
        return False
    if _GENERAL_TYPE not in (f.agreement_type, m.agreement_type):
        return False
    if f.signed_precision != "day" or m.signed_precision != "day" or f.span != m.span:
        return False
    if len(m.countries) != 2 or m.countries != agg["countries"] or m.doc_id in agg["docs"]:
        return False
    if any((x.quantity or 0) < 2 or x.split for x in c.members):
        return False
    return len({x.agreement_type for x in c.members} | {m.agreement_type, _GENERAL_TYPE}) == 2  # (one specific type)


def _agreement_compatible(c: Cluster[AgreementMention], m: AgreementMention) -> bool:
    f = c.first
    if f.agreement_type != m.agreement_type and not _batch_across_types(c, m):
        return False
    fs, ms = f.span, m.span
    if fs is not None and ms is not None and not (fs[0] <= ms[1] and ms[0] <= fs[1]):
        return False
    agg = c.cache
    names = agg["names"]
    if m.key and names and m.key not in names and not _short_name_fits(c, m):
        return False
    qty = agg["qty"]
    if m.quantity and qty and m.quantity not in qty:
        return False
    # a counted batch ("three documents") is not one of its named instruments ("the ML-1 Framework Agreement")
    if (m.quantity or 0) > 1 and agg["named_single"] and not m.key:
        return False
    if m.key and (m.quantity or 1) == 1 and not names and any(q > 1 for q in qty):
        return False
    countries = agg["countries"]
    if countries and m.countries and not (m.countries <= countries or countries <= m.countries):
        return False
    if m.effective and agg["has_eff"] and not overlaps(m.eff_span, agg["eff"]):
        return False
    if fs is not None and ms is not None:
        return True
    return bool(m.key and m.key in names)  # undated: only the same named instrument


def _short_name_fits(c: Cluster[AgreementMention], m: AgreementMention) -> bool:
    """Another outlet's shorter or longer name of an instrument signed the same day ("an agreement on
    the security of Chinese personnel" in a wire, "Agreement between the Government of ... on the
    Security of Chinese Personnel, Projects and Institutions" in a broadcaster's list): the words of
    one name are all in the other (:func:`keys_fit`), both dated to the same day, and the cluster
    holds no mention of the same document (which names two instruments apart)."""
    f = c.first
    if f.signed_precision != "day" or m.signed_precision != "day" or f.span != m.span:
        return False
    if m.doc_id in c.cache["docs"]:
        return False
    return any(keys_fit(m.key, n) for n in c.cache["names"])


def _agreement_identical(c: Cluster[AgreementMention], m: AgreementMention) -> bool:
    """Among several fitting instruments, the one to join: a counted batch joins the batch of its count
    ("three documents" told by two outlets), not an uncounted instrument of the same month; else the
    one whose first member has the same date."""
    if (m.quantity or 0) > 1:
        return m.quantity in c.cache["qty"]
    if not m.key and m.quantity is None and m.signed_precision in ("month", "year"):
        # a mention without a name, a count or a day ("sign security pacts" in a headline dated by the
        # document's month) fitting a counted batch and the batch's own named items: the batch
        return any(q > 1 for q in c.cache["qty"])
    return c.first.span == m.span and c.first.span is not None


def _pairs(countries: set[str]) -> list[tuple[str, str]]:
    ordered = sorted(countries)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


def _agreement_blocks(m: AgreementMention) -> list[tuple]:
    """Where a compatible instrument can be: one with the same pair of parties, one naming only one
    of them, or (when the text names one party) any naming it. An instrument whose parties the
    text leaves open only merges with instruments of its own document."""
    t = m.agreement_type
    if len(m.countries) >= 2:
        return [(t, "pair", p) for p in _pairs(m.countries)] + [(t, "only", iso) for iso in sorted(m.countries)] \
            + _batch_blocks(m)
    if m.countries:
        return [(t, "any", next(iter(m.countries)))]
    return [(t, "doc", m.doc_id)]


def _batch_blocks(m: AgreementMention) -> list[tuple]:
    """The key across types of a counted batch of a pair (:func:`_batch_across_types`); the same
    as ``agreement_keys``'s "*batch|pair|A|B|n"."""
    if (m.quantity or 0) < 2 or len(m.countries) != 2:
        return []
    return [("*batch", "pair", p, m.quantity) for p in _pairs(m.countries)]


def _agreement_files(m: AgreementMention) -> list[tuple]:
    t = m.agreement_type
    keys = [(t, "pair", p) for p in _pairs(m.countries)] + [(t, "any", iso) for iso in sorted(m.countries)] \
        + _batch_blocks(m)
    if len(m.countries) == 1:
        keys.append((t, "only", next(iter(m.countries))))
    return keys + [(t, "doc", m.doc_id)]


AGREEMENT_FIELDS = {
    "name": pl.String, "agreement_type": pl.String, "signed_date": pl.Date, "signed_precision": pl.String,
    "effective_date": pl.Date, "effective_precision": pl.String, "quantity": pl.Int32, "n_documents": pl.Int32,
}
AGREEMENT_BUNDLE = {
    "clusters": META_SCHEMA | AGREEMENT_FIELDS,
    "parties": {"part": pl.String, "local": pl.Int64, "actor_id": pl.String},
    "topics": {"part": pl.String, "local": pl.Int64, "topic": pl.String},
    "orgs": {"part": pl.String, "local": pl.Int64, "mi": pl.Int32, "oi": pl.Int32, "name": pl.String, "country_iso3": pl.String},
    "evidence": EVIDENCE_SCHEMA,
}


def agreement_keys(raw: pl.DataFrame) -> pl.DataFrame:
    """(i, key, y0, y1, dated) lookup and filing keys (column ``look``) of every row, as
    ``_agreement_blocks`` and ``_agreement_files`` compute them."""
    base = raw.with_row_index("i").with_columns(
        pl.col("signed_precision").fill_null("unknown"),
    )
    parties = base.select("i", "parties").explode("parties").drop_nulls("parties").unnest("parties")
    cty = (
        parties.filter(
            ~((pl.col("actor_type") == "organization") & pl.col("name").is_not_null() & (pl.col("name") != ""))
            & pl.col("country_iso3").is_not_null()
            & (pl.col("country_iso3") != "")
        )
        .select("i", pl.col("country_iso3").alias("iso"))
        .unique()
    )
    n = cty.group_by("i").len().rename({"len": "n"})
    info = base.select("i", "doc_id", "agreement_type", "quantity").join(n, on="i", how="left").with_columns(pl.col("n").fill_null(0))
    t = pl.col("agreement_type")
    pairs = cty.join(cty, on="i", suffix="_b").filter(pl.col("iso") < pl.col("iso_b")).join(info, on="i")
    # (a counted batch of a pair: its key across types, as ``_batch_blocks``)
    batch = pairs.filter((pl.col("n") == 2) & (pl.col("quantity").fill_null(0) >= 2)).select(
        "i", ("*batch|pair|" + pl.col("iso") + "|" + pl.col("iso_b") + "|" + pl.col("quantity").cast(pl.String)).alias("key"))
    cty = cty.join(info, on="i")
    looks = pl.concat(
        [
            pairs.select("i", (t + "|pair|" + pl.col("iso") + "|" + pl.col("iso_b")).alias("key")),
            cty.filter(pl.col("n") >= 2).select("i", (t + "|only|" + pl.col("iso")).alias("key")),
            cty.filter(pl.col("n") == 1).select("i", (t + "|any|" + pl.col("iso")).alias("key")),
            info.filter(pl.col("n") == 0).select("i", (t + "|doc|" + pl.col("doc_id")).alias("key")),
            batch,
        ]
    ).with_columns(pl.lit(True).alias("look"))
    files = pl.concat(
        [
            pairs.select("i", (t + "|pair|" + pl.col("iso") + "|" + pl.col("iso_b")).alias("key")),
            cty.select("i", (t + "|any|" + pl.col("iso")).alias("key")),
            cty.filter(pl.col("n") == 1).select("i", (t + "|only|" + pl.col("iso")).alias("key")),
            info.select("i", (t + "|doc|" + pl.col("doc_id")).alias("key")),
            batch,
        ]
    ).with_columns(pl.lit(False).alias("look"))
    spans = base.select(
        "i",
        (pl.col("signed_date").is_not_null() & (pl.col("signed_precision") != "unknown")).alias("dated"),
        pl.col("signed_date").dt.year().alias("y0"),
        pl.col("signed_date").dt.year().alias("y1"),
    )
    return pl.concat([looks, files]).join(spans, on="i", how="left")


def agreement_partitions(raw: pl.DataFrame, partitioned: bool) -> pl.DataFrame:
    """``raw`` in canonical order with ``_h`` and ``part`` (content id of its component)."""
    out = with_row_hash(raw)
    if not partitioned:
        return out.with_columns(pl.lit("").alias("part"))
    keys = agreement_keys(out)
    comp = components(out.height, time_nodes(keys.filter(pl.col("look")), "look"), time_nodes(keys.filter(~pl.col("look")), "file"))
    return out.with_columns(component_hashes(comp, out["_h"]))


def agreement_frames(raw: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Cluster the agreement mentions of ``raw`` (whole partitions): clusters, parties, topics,
    organisations (in creation order) and evidence."""
    return agreement_cluster_frames(cluster_agreements(agreement_mentions(raw)))


def agreement_replay(raw: pl.DataFrame, gone: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """``agreement_frames`` of ``raw``, replaying the cached clusters of the partitions that are
    ``gone`` (see ``cluster_mentions``'s ``prior`` and ``ghosts``): the same frames, with less work."""
    rows, ghosts = replay_prior(raw, gone["evidence"], ["doc_id", "sentence_id", "char_start", "char_end", "_h"])
    mentions = agreement_mentions(rows)
    return replayed_frames(cluster_agreements(mentions, prior_of(rows, mentions), ghosts), gone, agreement_cluster_frames)


def agreement_mentions(raw: pl.DataFrame) -> list[AgreementMention]:
    """The rows of ``raw`` as mention records (in row order)."""
    mentions: list[AgreementMention] = []
    n = raw.height
    cols = [
        raw[c].to_list()
        for c in (
            "doc_id", "sentence_id", "char_start", "char_end", "name", "agreement_type", "signed_date", "signed_precision",
            "effective_date", "effective_precision", "quantity", "topics", "parties",
        )
    ]
    cols.append(raw["_h"].to_list() if "_h" in raw.columns else [0] * n)
    cols.append(raw["part"].to_list() if "part" in raw.columns else [""] * n)
    for doc, sid, cs, ce, name, atype, signed, sprec, eff, eprec, qty, topics, parties, h, part in zip(*cols):
        m = AgreementMention(
            doc, sid, cs, ce, name, atype, signed, sprec or "unknown", eff, eprec or "unknown", qty, [t for t in (topics or []) if t],
            h=h, part=part,
        )
        for p in parties or ():
            if p["actor_type"] == "organization" and p["name"]:
                m.organizations[p["name"]] = p["country_iso3"]
            elif p["country_iso3"]:
                m.countries.add(p["country_iso3"])
        mentions.append(m.finish())
    return mentions


def _mark_split_batches(mentions: list[AgreementMention]) -> None:
    """Mark the batches of a text that tells batches of two types with one count, pair and day ("signed
    5 agreements and 5 MoUs"): two batches, none of them another text's batch of the other type.
    (Such batches share their key across types, so a partition holds them together.)"""
    kinds: dict[tuple, set[str]] = {}
    for m in mentions:
        if (m.quantity or 0) > 1 and m.span is not None:
            kinds.setdefault((m.doc_id, frozenset(m.countries), m.span, m.quantity), set()).add(m.agreement_type)
    for m in mentions:
        if (m.quantity or 0) > 1 and m.span is not None:
            m.split = len(kinds[(m.doc_id, frozenset(m.countries), m.span, m.quantity)]) > 1


def cluster_agreements(mentions: list[AgreementMention], prior=None, ghosts=()) -> list[Cluster[AgreementMention]]:
    """Group agreement mentions into instruments; ``prior``, ``ghosts``: see ``cluster_mentions``
    (every mention keeps what a later replay needs of it: ``record``)."""
    _mark_split_batches(mentions)
    return cluster_mentions(
        mentions,
        precision=lambda m: m.signed_precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=_agreement_compatible,
        blocks=_agreement_blocks,
        files=_agreement_files,
        span=lambda m: m.span,
        identical=_agreement_identical,
        joined=_agreement_joined,
        needs_overlap=lambda m: True,  # dated instruments merge only when their dates overlap
        prior=prior,
        ghosts=ghosts,
        record=remember,
    )


def agreement_cluster_frames(clusters: list[Cluster[AgreementMention]], where: list[tuple[str, int]] | None = None) -> dict[str, pl.DataFrame]:
    """Clusters, parties, topics, organisations and evidence of finished clusters (``where``: each
    one's (part, local); default: numbered per partition in creation order)."""

    def key(c: Cluster[AgreementMention]) -> tuple:
        f = c.first
        name = most_common(x.key for x in c.members) or ""
        countries = ",".join(sorted(set().union(*(x.countries for x in c.members))))
        return (f.agreement_type, name, countries, truncate(f.signed, f.signed_precision))

    base = [stable_id("agr", *key(c)) for c in clusters]
    meta, evi = cluster_meta(clusters, base, lambda f: PRECISION_RANK.get(f.signed_precision, 3), where)
    fields: dict[str, list] = {k: [] for k in AGREEMENT_FIELDS}
    parties: dict[str, list] = {k: [] for k in AGREEMENT_BUNDLE["parties"]}
    topics: dict[str, list] = {k: [] for k in AGREEMENT_BUNDLE["topics"]}
    orgs: dict[str, list] = {k: [] for k in AGREEMENT_BUNDLE["orgs"]}
    for c, part, local in zip(clusters, meta["part"], meta["local"]):
        f = c.first
        named = [x.name for x in c.members if x.name]
        eff = sorted((x for x in c.members if x.effective), key=lambda x: ({"day": 0, "month": 1, "year": 2}.get(x.effective_precision, 3)))
        # (a batch told with the general type by one text and a specific one by another: the specific)
        kinds = {x.agreement_type for x in c.members}
        kind = f.agreement_type if len(kinds) == 1 else min(kinds - {_GENERAL_TYPE})
        vals = (
            max(named, key=len) if named else None,
            kind,
            f.signed,
            f.signed_precision if f.signed else "unknown",
            eff[0].effective if eff else None,
            eff[0].effective_precision if eff else "unknown",
            most_common(x.quantity for x in c.members),
            len({x.doc_id for x in c.members}),
        )
        for k, v in zip(AGREEMENT_FIELDS, vals):
            fields[k].append(v)
        ids = [country_actor_id(iso) for iso in sorted(set().union(*(x.countries for x in c.members)))]
        for mi, x in enumerate(c.members):
            for oi, (org, iso) in enumerate(x.organizations.items()):
                ids.append(stable_id("org", name_key(org)))
                for k, v in zip(AGREEMENT_BUNDLE["orgs"], (part, local, mi, oi, org, iso)):
                    orgs[k].append(v)
        parties["part"].extend([part] * len(ids))
        parties["local"].extend([local] * len(ids))
        parties["actor_id"].extend(ids)
        seen: set[str] = set()
        for x in c.members:
            for t in x.topics:
                if t.lower() not in seen:
                    seen.add(t.lower())
                    topics["part"].append(part)
                    topics["local"].append(local)
                    topics["topic"].append(t)
    sc = AGREEMENT_BUNDLE
    return {
        "clusters": pl.DataFrame(meta | fields, schema=sc["clusters"]),
        "parties": pl.DataFrame(parties, schema=sc["parties"]),
        "topics": pl.DataFrame(topics, schema=sc["topics"]),
        "orgs": pl.DataFrame(orgs, schema=sc["orgs"]),
        "evidence": pl.DataFrame(evi, schema=EVIDENCE_SCHEMA),
    }


def assemble_agreements(frames: dict[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    c = final_ids(frames["clusters"], "agreement_id")
    key = c.select("part", "local", "agreement_id")

    def table(df: pl.DataFrame, name: str) -> pl.DataFrame:
        j = df.join(key, on=["part", "local"])
        return columns_frame({k: j[k] for k in table_schema(name)}, name)

    agreements = columns_frame({k: c[k] for k in table_schema("agreements")}, "agreements").sort("signed_date", "agreement_id", nulls_last=True)
    orgs = (
        frames["orgs"].join(c.select("part", "local", *ID_ORDER[3:]), on=["part", "local"])
        .sort(*ID_ORDER[3:], "mi", "oi")
        .select("name", "country_iso3")
    )
    return (
        agreements,
        table(frames["parties"], "agreement_parties").unique().sort("agreement_id", "actor_id"),
        table(frames["topics"], "agreement_topics").unique().sort("agreement_id", "topic"),
        table(frames["evidence"], "agreement_mentions").unique().sort("agreement_id", "doc_id", "sentence_id", "char_start", "char_end"),
        orgs,
    )


def resolve_agreements(raw: pl.DataFrame, cache: PartitionCache | None = None) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(agreements, agreement_parties, agreement_topics, agreement_mentions, organizations)."""
    cached = cache is not None and cache.dir is not None
    frames = cached_partitions(cache, "agreements", agreement_partitions(raw, cached), AGREEMENT_BUNDLE, agreement_frames, agreement_replay)
    return assemble_agreements(frames)


# --------------------------------------------------------------------------- indicators


@dataclass(eq=False)
class IndicatorMention:
    doc_id: str
    sentence_id: int
    char_start: int
    char_end: int
    row: dict
    frame_key: tuple = ()  # metric, unit, direction and period: what must be equal to merge
    subject_key: str | None = None
    value: float = 0.0
    h: int = 0  # row hash (last tie-breaker of the processing order)
    part: str = ""

    def __post_init__(self) -> None:
        r = self.row
        self.frame_key = (r["metric"], r["unit"], r["from_country_iso3"], r["to_country_iso3"], r["period_start"], r["period_end"])
        self.subject_key = name_key(r["subject"]) if r["subject"] else None
        self.value = r["value"]

    @property
    def precision(self) -> str:
        return self.row["period_precision"] or "unknown"

    def same_frame(self, other: "IndicatorMention") -> bool:
        if self.frame_key != other.frame_key:
            return False
        sa, sb = self.subject_key, other.subject_key
        return sa is None or sb is None or sa == sb

    def same_value(self, other: "IndicatorMention") -> bool:
        x, y = self.value, other.value
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


INDICATOR_FIELDS = {
    "subject": pl.String, "metric": pl.String, "value": pl.Float64, "unit": pl.String, "period_start": pl.Date,
    "period_end": pl.Date, "period_precision": pl.String, "change_pct": pl.Float64, "from_country_iso3": pl.String,
    "to_country_iso3": pl.String, "source_org": pl.String, "n_documents": pl.Int32,
}
INDICATOR_BUNDLE = {"clusters": META_SCHEMA | INDICATOR_FIELDS, "evidence": EVIDENCE_SCHEMA}


def indicator_partitions(raw: pl.DataFrame, partitioned: bool) -> pl.DataFrame:
    """``raw`` in canonical order with ``_h`` and ``part``: mentions meet only within one frame
    (metric, unit, direction, period) and neighbouring 1 % value buckets, so a partition is a
    chain of adjacent buckets of one frame."""
    out = with_row_hash(raw)
    if not partitioned or out.height == 0:
        return out.with_columns(pl.lit("").alias("part"))
    values = out["value"].unique().to_list()
    buckets = pl.DataFrame(
        {"value": values, "b": [_value_buckets(v, 0)[0] for v in values]}, schema={"value": pl.Float64, "b": pl.Int64}
    )
    frame = pl.struct("metric", "unit", "from_country_iso3", "to_country_iso3", "period_start", "period_end").hash()
    keyed = out.with_row_index("i").select("i", frame.alias("f"), "value").join(buckets, on="value", how="left", nulls_equal=True)

    def node(d: int) -> pl.Expr:  # (frame, bucket) as one 64-bit id; a shared id only coarsens a partition
        return pl.struct("f", pl.col("b") + d).hash(seed=7).alias("node")

    files = keyed.select("i", node(0))
    looks = pl.concat([keyed.select("i", node(d)) for d in (-1, 0, 1)])
    return out.with_columns(component_hashes(components(out.height, looks, files), out["_h"]))


def indicator_frames(raw: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Cluster the indicator mentions of ``raw`` (whole partitions); one row per cluster and evidence."""
    return indicator_cluster_frames(cluster_indicators(indicator_mentions(raw)))


def indicator_replay(raw: pl.DataFrame, gone: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """``indicator_frames`` of ``raw``, replaying the cached clusters of the partitions that are
    ``gone`` (see ``cluster_mentions``'s ``prior`` and ``ghosts``): the same frames, with less work."""
    rows, ghosts = replay_prior(raw, gone["evidence"], ["doc_id", "sentence_id", "char_start", "char_end", "_h"])
    mentions = indicator_mentions(rows.drop(list(PRIOR)))
    rows_prior = prior_of(rows, mentions)
    return replayed_frames(cluster_indicators(mentions, rows_prior, ghosts), gone, indicator_cluster_frames)


def indicator_mentions(raw: pl.DataFrame) -> list[IndicatorMention]:
    """The rows of ``raw`` as mention records (in row order)."""
    names = raw.columns
    return [
        IndicatorMention(r["doc_id"], r["sentence_id"], r["char_start"], r["char_end"], r, h=r.get("_h", 0), part=r.get("part", ""))
        for r in (dict(zip(names, vals)) for vals in zip(*(raw[c].to_list() for c in names)))
    ]


def cluster_indicators(mentions: list[IndicatorMention], prior=None, ghosts=()) -> list[Cluster[IndicatorMention]]:
    """Group indicator mentions into facts; ``prior``, ``ghosts``: see ``cluster_mentions``."""
    return cluster_mentions(
        mentions,
        precision=lambda m: m.precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=lambda c, m: c.first.same_frame(m) and c.first.same_value(m),
        blocks=lambda m: [m.frame_key + (b,) for b in _value_buckets(m.value, 1)],
        files=lambda m: [m.frame_key + (_value_buckets(m.value, 0)[0],)],
        identical=lambda c, m: c.first.value == m.value,
        prior=prior,
        ghosts=ghosts,
        record=remember,
    )


def indicator_cluster_frames(clusters: list[Cluster[IndicatorMention]], where: list[tuple[str, int]] | None = None) -> dict[str, pl.DataFrame]:
    """One row per finished cluster and its evidence (``where``: as ``agreement_cluster_frames``)."""

    def key(c: Cluster[IndicatorMention]) -> tuple:
        r = c.first.row
        subject = most_common(x.subject_key for x in c.members if x.row["subject"]) or ""
        return (r["metric"], r["unit"], subject, r["period_start"], r["period_end"], r["from_country_iso3"], r["to_country_iso3"], f"{r['value']:.6g}")

    base = [stable_id("ind", *key(c)) for c in clusters]
    meta, evi = cluster_meta(clusters, base, lambda f: PRECISION_RANK.get(f.precision, 3), where)
    cols: dict[str, list] = {k: [] for k in INDICATOR_FIELDS}
    for c in clusters:
        r = c.first.row
        ms = c.members
        subjects = [x.row["subject"] for x in ms if x.row["subject"]]
        vals = (
            max(subjects, key=len) if subjects else None,
            r["metric"],
            _most_precise_value([x.row["value"] for x in ms]),
            r["unit"],
            r["period_start"],
            r["period_end"],
            r["period_precision"] or "unknown",
            most_common(x.row["change_pct"] for x in ms),
            r["from_country_iso3"],
            r["to_country_iso3"],
            most_common(x.row["source_org"] for x in ms),
            len({x.doc_id for x in ms}),
        )
        for k, v in zip(INDICATOR_FIELDS, vals):
            cols[k].append(v)
    return {
        "clusters": pl.DataFrame(meta | cols, schema=INDICATOR_BUNDLE["clusters"]),
        "evidence": pl.DataFrame(evi, schema=EVIDENCE_SCHEMA),
    }


def assemble_indicators(frames: dict[str, pl.DataFrame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    c = final_ids(frames["clusters"], "indicator_id")
    indicators = columns_frame({k: c[k] for k in table_schema("indicators")}, "indicators").sort("metric", "period_start", "indicator_id", nulls_last=True)
    evidence = frames["evidence"].join(c.select("part", "local", "indicator_id"), on=["part", "local"])
    mentions = columns_frame({k: evidence[k] for k in table_schema("indicator_mentions")}, "indicator_mentions")
    return indicators, mentions.unique().sort("indicator_id", "doc_id", "sentence_id", "char_start", "char_end")


def resolve_indicators(raw: pl.DataFrame, cache: PartitionCache | None = None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(indicators, indicator_mentions); with a ``cache`` only changed frames are clustered again."""
    cached = cache is not None and cache.dir is not None
    frames = cached_partitions(cache, "indicators", indicator_partitions(raw, cached), INDICATOR_BUNDLE, indicator_frames, indicator_replay)
    return assemble_indicators(frames)
