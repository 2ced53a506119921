"""Event mentions → one row per real-world event, with participants, evidence and parent links.

Two mentions are the same event when they have the same type and status, their person
participants nest (one set inside the other), their hosts and mechanism rounds agree and their
dates overlap.  The finest date wins ("In 2025, Zardari visited China" merges into the visit of
4–8 February 2025).  A meeting dated inside a visit by one of its participants, in the visit's
host country, points to that visit with ``parent_event_id``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from pipeline.lexicons import read_lexicon
from pipeline.resolve.clustering import Cluster, cluster_mentions
from pipeline.resolve.partition import PartitionCache
from pipeline.resolve.dates import interval, truncate
from pipeline.resolve.dates import PRECISION_RANK
from pipeline.resolve.event_followups import fold_announced
from pipeline.resolve.ids import countries_apart, country_actor_id, name_key, stable_id
from pipeline.resolve.common import (
    cached_partitions, columns_frame, final_ids, ghost_bytes, most_common, prior_of, remember, replay_prior, replayed_frames,
)

# Types whose identity is carried by the persons taking part.
PERSON_BOUND = {"visit", "meeting", "phone_call", "correspondence"}


@dataclass(eq=False)
class EventMention:
    doc_id: str
    sentence_id: int
    char_start: int
    char_end: int
    event_type: str
    status: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    location: str | None
    location_country: str | None
    host: str | None
    mechanism: str | None
    round: int | None
    casualties: int | None
    summary: str
    persons: dict[str, str] = field(default_factory=dict)  # actor_id → role
    countries: dict[str, str] = field(default_factory=dict)  # iso3 → role
    # derived once participants are known (see ``finish``)
    span: tuple[date, date] | None = None
    core: frozenset[str] = frozenset()
    country_set: frozenset[str] = frozenset()
    mkey: str | None = None
    h: int = 0  # row hash: the last tie-breaker of the processing order
    part: str = ""  # the partition (component of the blocking graph) the mention belongs to
    c: int = 0  # content hash (row and the actor ids of its persons): what a replay matches it by

    def finish(self) -> "EventMention":
        """Compute the derived attributes (call after ``persons``/``countries`` are filled)."""
        self.span = interval(self.date_start, self.date_end, self.date_precision)
        self.core = frozenset(_core_persons(self))
        self.country_set = frozenset(set(self.countries) | {c for c in (self.host, self.location_country) if c})
        self.mkey = mechanism_key(self.mechanism) if self.mechanism else None
        return self


def plover_map() -> dict[tuple[str, str], str]:
    df = read_lexicon("event_types")
    return {(r["event_type"], r["status"]): r["plover_type"] for r in df.iter_rows(named=True)}


def _nested(a: set, b: set) -> bool:
    return a <= b or b <= a


@functools.lru_cache(maxsize=50_000)
def mechanism_key(mechanism: str | None) -> str | None:
    """Order-free key of a mechanism's name: the countries it names, sorted, then its other words.

    'India-Bangladesh Joint Consultative Commission' and 'Bangladesh-India Joint Consultative
    Commission' are one mechanism.
    """
    if not mechanism:
        return None
    iso3s, rest = countries_apart(mechanism)
    return " ".join(sorted(iso3s)) + "|" + name_key(rest.replace("-", " "))


def _core_persons(m: EventMention) -> set[str]:
    """Persons that identify the event: a visit is identified by its visitors, not its hosts."""
    if m.event_type == "visit":
        visitors = {a for a, role in m.persons.items() if role == "visitor"}
        if visitors:
            return visitors
    return set(m.persons)


def _same_round(c: Cluster[EventMention], m: EventMention) -> bool:
    """The same numbered round of the same mechanism is one real-world event."""
    return bool(m.round and m.mechanism) and (m.round, m.mkey) in c.cache["rm"]


def _joined(c: Cluster[EventMention], m: EventMention) -> None:
    """Keep the cluster aggregates that ``_compatible`` reads current."""
    agg = c.cache
    if not agg:
        agg.update(rounds=set(), rm=set(), hosts=set(), persons=set(), countries=set())
    if m.round:
        agg["rounds"].add(m.round)
        agg["rm"].add((m.round, m.mkey))
    if m.host:
        agg["hosts"].add(m.host)
    agg["persons"].update(m.core)
    agg["countries"].update(m.country_set)


def _blocks(m: EventMention) -> list[tuple]:
    """Where a compatible cluster can be found: a shared core person, round, or country."""
    head = (m.event_type, m.status)
    persons = m.core
    out = [head + ("p", p) for p in persons]
    if m.round and m.mechanism:
        out.append(head + ("r", m.mkey, m.round))
    if not persons or m.event_type not in PERSON_BOUND:
        out.extend(head + ("c", iso) for iso in sorted(m.country_set))
    if m.event_type == "visit" and m.host and m.span is not None:
        out.append(head + ("vh", m.host))  # (a visit told without its visitor's name: _anonymous_visit)
    if not persons and not m.country_set:
        out.append(head + ("doc", m.doc_id))  # nobody named: only its own document can tell what it is
    return out


def _compatible(c: Cluster[EventMention], m: EventMention) -> bool:
    f = c.first
    if f.event_type != m.event_type or f.status != m.status:
        return False
    fs, ms = f.span, m.span
    if fs is not None and ms is not None and not (fs[0] <= ms[1] and ms[0] <= fs[1]):
        return _same_round(c, m)  # dates apart: only the same round of a mechanism joins
    agg = c.cache
    rounds = agg["rounds"]
    if m.round and rounds and m.round not in rounds:
        return False
    if _same_round(c, m):
        return True
    if m.event_type == "meeting" and m.date_precision == "day" and _talks_apart(c, m):
        # "A held talks with B" and, in another sentence of the same text, "the two co-chaired the
        # 3rd session of the Council" on the same day: the text tells two meetings apart
        return False
    hosts = agg["hosts"]
    if m.host and hosts and m.host not in hosts:
        return False
    persons = agg["persons"]
    mine = m.core
    if persons and mine and not _nested(mine, persons):
        return False
    countries = agg["countries"]
    if countries and m.country_set and not _nested(m.country_set, countries) and not (persons and mine):
        return False
    if m.event_type in PERSON_BOUND and bool(persons) != bool(mine) and not (m.round and m.round in rounds) \
            and not _anonymous_visit(c, m):
        return False  # "the two sides met" is not evidence of a particular leaders' meeting
    if fs is not None and ms is not None:
        return True  # overlap checked above
    # an undated mention joins only on strong identity: the same persons, or the same round
    return bool((persons and mine == persons) or (m.round and m.round in rounds))


# talks told without a body's name (not "co-chaired the dialogue", a session told again)
# ("held a one-on-one meeting", "a face-to-face meeting", "restricted-format talks": the leaders'
# own talks beside the session of a body)
_TALKS = re.compile(
    r"\btalks\b|\bt[eê]te-[aà]-t[eê]te\b|\b(?:one-on-one|one-to-one|face-to-face|restricted|closed-door)\s+(?:[\w-]+\s+)?meeting\b",
    re.IGNORECASE,
)
_CHAIR = re.compile(r"chair|session|dialogue|commission|council|committee", re.IGNORECASE)


def _plain_talks(x: EventMention) -> bool:
    return not (x.round and x.mechanism) and bool(_TALKS.search(x.summary)) and not _CHAIR.search(x.summary)


def _talks_apart(c: Cluster[EventMention], m: EventMention) -> bool:
    """Is ``m`` a numbered session and the cluster plain talks of its own text (or the reverse),
    told in another sentence on a day of its own?"""
    numbered = bool(m.round and m.mechanism)
    if numbered == bool(c.cache["rm"]):
        return False
    if numbered:
        return any(x.doc_id == m.doc_id and x.sentence_id != m.sentence_id and x.date_precision == "day"
                   and _plain_talks(x) for x in c.members)
    return _plain_talks(m) and any(x.doc_id == m.doc_id and x.sentence_id != m.sentence_id
                                   and x.date_precision == "day" and x.round and x.mechanism for x in c.members)


def _anonymous_visit(c: Cluster[EventMention], m: EventMention) -> bool:
    """"the Deputy Prime Minister's visit to China earlier this week" (no name) and "Minister X
    visited China from 5 to 7 July": a visit between the same two countries, to the same host, in
    overlapping dates, is one visit whether or not its visitor is named (both dated, one side
    named, the unnamed one no finer than a month)."""
    if m.event_type != "visit" or not m.host or c.cache["hosts"] != {m.host} or m.span is None or c.first.span is None:
        return False
    if m.country_set != c.cache["countries"]:
        return False
    if m.core:  # a named visitor joins an unnamed visit told coarser
        return c.first.date_precision in ("month", "year") and not c.cache["persons"]
    return m.date_precision in ("month", "year")


def _identical(c: Cluster[EventMention], m: EventMention) -> bool:
    return c.first.span == m.span and c.first.span is not None


def mentions_from_frame(raw: pl.DataFrame, person_lookup: pl.DataFrame) -> list[EventMention]:
    """Turn extractor rows into EventMention records with participants mapped to actor ids."""
    # participants as flat columns (one row each, in order), persons mapped to their actor ids in
    # polars: no Python dict per participant (on 10k documents that list alone took ~400 MB)
    flat = (
        raw.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_row"), "doc_id", "participants")
        .explode("participants")
        .drop_nulls("participants")
        .unnest("participants")
        .with_columns(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_k"))
    )
    persons = flat.filter(pl.col("actor_type") == "person").select("doc_id", "name").unique()
    lookup = person_lookup.select("doc_id", "name", "actor_id").unique(["doc_id", "name"], keep="last", maintain_order=True)
    persons = persons.join(lookup, on=["doc_id", "name"], how="inner")
    flat = flat.join(persons, on=["doc_id", "name"], how="left").sort("_k")
    p_row = flat["_row"].to_list()
    p_kind = (flat["actor_type"] == "person").to_list()
    p_country = (flat["actor_type"] == "country").to_list()
    p_aid = flat["actor_id"].to_list()
    p_iso = flat["country_iso3"].to_list()
    p_role = flat["role"].to_list()
    del flat, persons, lookup
    cols = [
        raw[c].to_list()
        for c in (
            "doc_id", "sentence_id", "char_start", "char_end", "event_type", "status", "date_start", "date_end",
            "date_precision", "location", "location_country_iso3", "host_country_iso3", "mechanism",
            "mechanism_round", "casualties", "summary",
        )
    ]
    n = raw.height
    cols.append(raw["_h"].to_list() if "_h" in raw.columns else [0] * n)
    cols.append(raw["part"].to_list() if "part" in raw.columns else [""] * n)
    cols.append(raw["_c"].to_list() if "_c" in raw.columns else [0] * n)
    out: list[EventMention] = []
    j, n_parts = 0, len(p_row)
    for i, (doc, sid, cs, ce, etype, status, ds, de, prec, loc, locc, host, mech, rnd, cas, summary, h, part, content) in enumerate(zip(*cols)):
        m = EventMention(
            doc, sid, cs, ce, etype, status or "occurred", ds, de,
            prec or ("unknown" if ds is None else "day"),
            loc, locc, host, mech, rnd, cas, summary or "", h=h, part=part, c=content,
        )
        while j < n_parts and p_row[j] == i:
            role = p_role[j] or "participant"
            if p_kind[j]:
                aid = p_aid[j]
                if aid and aid not in m.persons:
                    m.persons[aid] = role
                iso = p_iso[j]
                if iso and iso not in m.countries:
                    m.countries[iso] = role
            elif p_country[j]:
                iso = p_iso[j]
                if iso and iso not in m.countries:
                    m.countries[iso] = role
            j += 1
        out.append(m.finish())
    return out


def _event_key(c: Cluster[EventMention]) -> tuple:
    f = c.first
    if len(c.members) == 1:
        persons, countries, rnd = sorted(f.persons), sorted(f.country_set), f.round
    else:
        persons = sorted(set().union(*(x.persons for x in c.members)))
        countries = sorted(set().union(*(x.country_set for x in c.members)))
        rnd = most_common(x.round for x in c.members)
    return (f.event_type, f.status, ",".join(persons), ",".join(countries), truncate(f.date_start, f.date_precision), rnd or "")


@dataclass(frozen=True)
class EventTables:
    events: pl.DataFrame
    event_participants: pl.DataFrame
    event_mentions: pl.DataFrame


def cluster_events(mentions: list[EventMention], prior=None, ghosts=(), record=None) -> list[Cluster[EventMention]]:
    """Group event mentions into events (greedy, blocked by person, round or country and year);
    ``prior``, ``ghosts``, ``record``: see ``cluster_mentions``."""
    return cluster_mentions(
        mentions,
        precision=lambda m: m.date_precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=_compatible,
        identical=_identical,
        blocks=_blocks,
        span=lambda m: m.span,
        joined=_joined,
        needs_overlap=lambda m: not (m.round and m.mechanism),  # see _compatible: only a round joins across dates
        prior=prior,
        ghosts=ghosts,
        record=record,
    )


EVENT_COLUMNS = (
    "event_id", "event_type", "status", "plover_type", "date_start", "date_end", "date_precision", "location",
    "location_country_iso3", "host_country_iso3", "mechanism", "mechanism_round", "parent_event_id",
    "casualties", "summary", "n_documents",
)


def _mc(values: list) -> object | None:
    """``most_common`` with a fast path for one value."""
    if len(values) == 1:
        return values[0]
    return most_common(values)


def event_rows(clusters: list[Cluster[EventMention]], ids: dict[int, str]) -> tuple[dict[str, list], dict[str, list]]:
    """(events columns, event_participants columns) of the clusters, parents not linked yet."""
    plover = plover_map()
    ev: dict[str, list] = {c: [] for c in EVENT_COLUMNS}
    pa: dict[str, list] = {"event_id": [], "actor_id": [], "role": []}
    counts: list[int] = []  # participant rows per cluster
    pa["_counts"] = counts
    for c in clusters:
        f = c.first
        eid = ids[id(c)]
        ms = c.members
        if len(ms) == 1:
            persons, countries = dict(f.persons), dict(f.countries)
        else:
            persons, countries = {}, {}
            for m in ms:
                for a, role in m.persons.items():
                    persons.setdefault(a, role)
                for iso, role in m.countries.items():
                    countries.setdefault(iso, role)
        host = _mc([m.host for m in ms])
        if host:
            countries.setdefault(host, "host")
        ev["event_id"].append(eid)
        ev["event_type"].append(f.event_type)
        ev["status"].append(f.status)
        ev["plover_type"].append(plover.get((f.event_type, f.status), "OTHER"))
        ev["date_start"].append(f.date_start)
        ev["date_end"].append(f.date_end if f.date_end is not None else (f.span[1] if f.span else None))
        ev["date_precision"].append(f.date_precision if f.date_start is not None else "unknown")
        ev["location"].append(_mc([m.location for m in ms]))
        ev["location_country_iso3"].append(_mc([m.location_country for m in ms]))
        ev["host_country_iso3"].append(host)
        ev["mechanism"].append(_mc([m.mechanism for m in ms]))
        ev["mechanism_round"].append(_mc([m.round for m in ms]))
        ev["parent_event_id"].append(None)
        ev["casualties"].append(max((m.casualties for m in ms if m.casualties is not None), default=None))
        ev["summary"].append(f.summary)
        ev["n_documents"].append(1 if len(ms) == 1 else len({m.doc_id for m in ms}))
        pa["event_id"].extend([eid] * (len(persons) + len(countries)))
        for a, r in sorted(persons.items()):
            pa["actor_id"].append(a)
            pa["role"].append(r)
        for i, r in sorted(countries.items()):
            pa["actor_id"].append(country_actor_id(i))
            pa["role"].append(r)
        counts.append(len(persons) + len(countries))
    return ev, pa


def resolve_events(raw: pl.DataFrame, person_lookup: pl.DataFrame, cache: "PartitionCache | None" = None) -> EventTables:
    """Event tables from the event mentions; with a ``cache``, only partitions whose input changed
    are clustered again (the result is the same either way)."""
    if cache is None or cache.dir is None:
        return assemble_events(cluster_frames(event_partitions(raw, None), person_lookup, cached=False))
    parted = event_partitions(raw, person_lookup, cache)
    schemas = {"clusters": CLUSTER_SCHEMA, "participants": PART_SCHEMA, "evidence": EVIDENCE_SCHEMA}
    late = parted.filter(pl.col("part") == LATE)
    frames = cached_partitions(
        cache, "events", parted.filter(pl.col("part") != LATE), schemas, lambda d: cluster_frames(d, person_lookup), lambda d, gone: replay_frames(d, gone, person_lookup)
    )
    if late.height:
        frames = late_mentions(frames, late, parted, person_lookup)
    return assemble_events(frames)


# --------------------------------------------------------------------------- partitions (incremental)

CLUSTER_SCHEMA = {
    "part": pl.String, "local": pl.Int64, "base_id": pl.String,
    "min_doc": pl.String, "min_sid": pl.Int32, "min_cs": pl.Int32,
    "o_rank": pl.Int8, "o_doc": pl.String, "o_sid": pl.Int32, "o_cs": pl.Int32, "o_ce": pl.Int32, "o_h": pl.UInt64,
    "event_type": pl.String, "status": pl.String, "plover_type": pl.String, "date_start": pl.Date, "date_end": pl.Date,
    "date_precision": pl.String, "location": pl.String, "location_country_iso3": pl.String, "host_country_iso3": pl.String,
    "mechanism": pl.String, "mechanism_round": pl.Int32, "casualties": pl.Int32, "summary": pl.String, "n_documents": pl.Int32,
    "span_start": pl.Date, "span_end": pl.Date, "persons_all": pl.String,
    # for the late (undated) mentions: the cluster's country and document keys (``_other_keys``) and
    # compatibility aggregates (lists joined with SEP: much cheaper to build than list columns)
    "keys": pl.String, "agg_rounds": pl.String, "agg_rm": pl.String, "agg_hosts": pl.String,
    "agg_persons": pl.String, "agg_countries": pl.String,
}
SEP = "\x1e"


def _join(values) -> str:
    return SEP.join(sorted(values))


def _split(text: str | None) -> list[str]:
    return text.split(SEP) if text else []
PART_SCHEMA = {"part": pl.String, "local": pl.Int64, "actor_id": pl.String, "role": pl.String}
EVIDENCE_SCHEMA = {
    "part": pl.String, "local": pl.Int64, "doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32,
    "mi": pl.Int32, "_h": pl.UInt64,  # member order and row hash: to rebuild a cluster from its rows
    "_c": pl.UInt64,  # content hash (``EventMention.c``): what a replay matches rows by
    "g": pl.Binary,  # what a later replay needs when the row is gone (``common.ghost_bytes``)
}


def mechanism_keys(mechanisms: list[str], cache: "PartitionCache | None" = None) -> pl.DataFrame:
    """(mechanism, mkey) of every name in ``mechanisms`` (``mechanism_key``: a country scan of the
    name).  With a cache, the keys of earlier builds are read from it and only new names are
    scanned (the cache's fingerprint covers the country finder and its lexicons)."""
    schema = {"mechanism": pl.String, "mkey": pl.String}
    known = cache.read_table("mkeys", schema) if cache is not None else None
    names = pl.Series("mechanism", mechanisms, dtype=pl.String)
    if known is None:
        known = pl.DataFrame(schema=schema)
    missing = names.filter(~names.is_in(known["mechanism"].implode())).to_list()
    if missing:
        known = pl.concat([known, pl.DataFrame({"mechanism": missing, "mkey": [mechanism_key(x) for x in missing]}, schema=schema)])
        if cache is not None:
            cache.write_table("mkeys", known)
    return known.filter(pl.col("mechanism").is_in(names.implode()))


def event_keys(raw: pl.DataFrame, person_lookup: pl.DataFrame, cache: "PartitionCache | None" = None) -> tuple[pl.DataFrame, pl.Series]:
    """(i, key, y0, y1, dated) blocking keys of every mention (row i of ``raw``), as ``_blocks``
    computes them, and a per-row content hash that includes the actor ids of its persons."""
    def blank(col: str) -> pl.Expr:
        return pl.col(col).is_null() | (pl.col(col) == "")

    base = raw.with_row_index("i").with_columns(
        pl.when(blank("status")).then(pl.lit("occurred")).otherwise(pl.col("status")).alias("status"),
        pl.when(~blank("date_precision")).then(pl.col("date_precision"))
        .when(pl.col("date_start").is_null()).then(pl.lit("unknown")).otherwise(pl.lit("day")).alias("date_precision"),
    )
    parts = (
        base.select("i", "doc_id", "participants")
        .explode("participants")
        .drop_nulls("participants")
        .with_row_index("j")
        .unnest("participants")
        .with_columns(pl.when(blank("role")).then(pl.lit("participant")).otherwise(pl.col("role")).alias("role"))
    )
    persons = (
        parts.filter(pl.col("actor_type") == "person")
        .join(person_lookup.select("doc_id", "name", "actor_id"), on=["doc_id", "name"], how="inner")
        .sort("j")
        .unique(["i", "actor_id"], keep="first", maintain_order=True)
        .select("i", "actor_id", "role")
    )
    types = base.select("i", "event_type", "status")
    has_visitor = persons.join(types, on="i").filter((pl.col("event_type") == "visit") & (pl.col("role") == "visitor"))["i"].unique()
    core = persons.filter(~pl.col("i").is_in(has_visitor.implode()) | (pl.col("role") == "visitor")).select("i", "actor_id")
    countries = pl.concat(
        [
            parts.filter(pl.col("actor_type").is_in(["person", "country"]) & pl.col("country_iso3").is_not_null()).select("i", pl.col("country_iso3").alias("iso")),
            base.filter(pl.col("host_country_iso3").is_not_null()).select("i", pl.col("host_country_iso3").alias("iso")),
            base.filter(pl.col("location_country_iso3").is_not_null()).select("i", pl.col("location_country_iso3").alias("iso")),
        ]
    )  # (repeats are harmless: only whether a row has countries is counted, and key nodes are made unique)
    head = pl.col("event_type") + "|" + pl.col("status")
    n_core = core.group_by("i").len().rename({"len": "n_core"})
    n_cty = countries.group_by("i").len().rename({"len": "n_cty"})
    info = base.select("i", "doc_id", "event_type", "status", "mechanism", "mechanism_round").join(n_core, on="i", how="left").join(n_cty, on="i", how="left")
    mkeys = mechanism_keys(info["mechanism"].drop_nulls().unique().to_list(), cache)
    info = info.join(mkeys, on="mechanism", how="left")
    keys = pl.concat(
        [
            core.join(types, on="i").select("i", (head + "|p|" + pl.col("actor_id")).alias("key")),
            info.filter(pl.col("mechanism").is_not_null() & (pl.col("mechanism") != "") & pl.col("mechanism_round").is_not_null() & (pl.col("mechanism_round") != 0)).select(
                "i", (head + "|r|" + pl.col("mkey") + "|" + pl.col("mechanism_round").cast(pl.String)).alias("key")
            ),
            countries.join(info, on="i")
            .filter(pl.col("n_core").is_null() | ~pl.col("event_type").is_in(list(PERSON_BOUND)))
            .select("i", (head + "|c|" + pl.col("iso")).alias("key")),
            info.filter(pl.col("n_core").is_null() & pl.col("n_cty").is_null()).select("i", (head + "|doc|" + pl.col("doc_id")).alias("key")),
        ]
    )
    last = pl.coalesce("date_end", "date_start")
    spans = base.select(
        "i",
        (pl.col("date_start").is_not_null() & (pl.col("date_precision") != "unknown")).alias("dated"),
        pl.col("date_start").dt.year().alias("y0"),
        pl.max_horizontal(pl.col("date_start").dt.year(), last.dt.year()).alias("y1"),
    )
    keys = keys.join(spans, on="i", how="left")
    # the row's own hash (all of its columns) combined with the actor ids its persons resolve to
    # (a sum of hashes, wrapping: a hash of the set of (actor, role) pairs)
    resolved = persons.select("i", pl.struct("actor_id", "role").hash(seed=11).alias("_persons")).group_by("i").agg(pl.col("_persons").sum())
    row_persons = base.select("i").join(resolved, on="i", how="left", maintain_order="left")["_persons"]
    return keys, pl.DataFrame({"row": raw.hash_rows(), "persons": row_persons}).hash_rows(seed=5)


LATE = "late"  # ``part`` of undated mentions clustered after all others (see ``resolve_events``)


def event_partitions(raw: pl.DataFrame, person_lookup: pl.DataFrame | None, cache: "PartitionCache | None" = None) -> pl.DataFrame:
    """``raw`` in canonical order with ``_h`` (row hash, the last tie-breaker of the processing
    order) and ``part``: its component's content id, or "" for all when ``person_lookup`` is None
    (no partitioning).

    Undated mentions of unknown precision are visited after every other mention and look under
    every year of their keys, so one "the president met ..." without a date would tie all of that
    president's years into one component.  They get ``part`` = LATE instead and are matched
    against the finished clusters afterwards (exactly what the single pass does, as they come
    last).  When some other mention is visited among them (a dated one of an unusual precision),
    they stay in the graph.
    """
    from pipeline.resolve.partition import component_hashes, components, time_nodes

    out = raw.with_columns(raw.hash_rows().alias("_h"))
    if person_lookup is None or raw.height == 0:
        return out.with_columns(pl.lit("").alias("part")).sort("doc_id", "sentence_id", "char_start", "char_end", "_h")
    keys, content = event_keys(raw, person_lookup, cache)
    prec = pl.when(pl.col("date_precision").is_null() | (pl.col("date_precision") == "")).then(
        pl.when(pl.col("date_start").is_null()).then(pl.lit("unknown")).otherwise(pl.lit("day"))
    ).otherwise(pl.col("date_precision"))
    flags = raw.select(
        (~prec.is_in(["day", "month", "year"])).alias("rank3"),
        (pl.col("date_start").is_null() | (prec == "unknown")).alias("undated"),
    )
    late = flags["rank3"] & flags["undated"]
    if (flags["rank3"] & ~flags["undated"]).any():
        late = late & False
    idx = pl.Series(range(raw.height), dtype=pl.UInt32)
    keys = keys.filter(~pl.col("i").is_in(idx.filter(late).implode()))
    comp = components(raw.height, time_nodes(keys, "look"), time_nodes(keys, "file"))
    out = out.with_columns(component_hashes(comp, content), content.alias("_c"))
    out = out.with_columns(pl.when(late).then(pl.lit(LATE)).otherwise(pl.col("part")).alias("part"))
    return out.sort("doc_id", "sentence_id", "char_start", "char_end", "_h")


def _key_text(k: tuple) -> str:
    return "\x1f".join("" if x is None else str(x) for x in k)


def cluster_frames(raw: pl.DataFrame, person_lookup: pl.DataFrame, cached: bool = True) -> dict[str, pl.DataFrame]:
    """Cluster the mentions of ``raw`` (whole partitions, with ``part`` and ``_h``); one row per
    cluster with everything the global assembly needs, its participants and its evidence."""
    return frames_of(cluster_events(mentions_from_frame(raw, person_lookup), record=remember if cached else None), late_info=cached)


def replay_frames(raw: pl.DataFrame, gone: dict[str, pl.DataFrame], person_lookup: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """``cluster_frames`` of ``raw`` (with ``_c``), replaying the cached clusters of the partitions
    that are ``gone`` (see ``cluster_mentions``'s ``prior`` and ``ghosts``: rows of removed or
    changed documents, and rows whose persons now resolve to other actors, are the ghosts): the
    same frames, with the work and the rows of unchanged clusters reused."""
    rows, ghosts = replay_prior(raw, gone["evidence"], ["doc_id", "sentence_id", "char_start", "char_end", "_h", "_c"])
    mentions = mentions_from_frame(rows, person_lookup)
    clusters = cluster_events(mentions, prior=prior_of(rows, mentions), ghosts=ghosts, record=remember)
    return replayed_frames(clusters, gone, lambda cl, where: frames_of(cl, where))


def frames_of(clusters: list[Cluster[EventMention]], where: list[tuple[str, int]] | None = None, late_info: bool = True) -> dict[str, pl.DataFrame]:
    """The frames of finished clusters; ``where`` gives each one's (part, local) (default: numbered
    per part in creation order).  ``late_info``: also the keys and aggregates that the late
    mentions are matched against (only needed with a cache)."""
    ids = {id(c): stable_id("evt", *_event_key(c)) for c in clusters}
    ev, pa = event_rows(clusters, ids)
    counts = pa.pop("_counts")
    local: dict[str, int] = {}
    locs, parts = [], []
    extra: dict[str, list] = {k: [] for k in CLUSTER_SCHEMA if k not in ev and k not in ("part", "local", "base_id")}
    pa_local, pa_part = [], []
    evi: dict[str, list] = {k: [] for k in EVIDENCE_SCHEMA}
    for n, (c, n_parts) in enumerate(zip(clusters, counts)):
        f = c.first
        if where is None:
            part, k = f.part, local.get(f.part, 0)
            local[f.part] = k + 1
        else:
            part, k = where[n]
        locs.append(k)
        parts.append(part)
        mn = min((m.doc_id, m.sentence_id, m.char_start) for m in c.members) if len(c.members) > 1 else (f.doc_id, f.sentence_id, f.char_start)
        extra["min_doc"].append(mn[0])
        extra["min_sid"].append(mn[1])
        extra["min_cs"].append(mn[2])
        extra["o_rank"].append(PRECISION_RANK.get(f.date_precision, 3))
        extra["o_doc"].append(f.doc_id)
        extra["o_sid"].append(f.sentence_id)
        extra["o_cs"].append(f.char_start)
        extra["o_ce"].append(f.char_end)
        extra["o_h"].append(f.h)
        extra["span_start"].append(f.span[0] if f.span else None)
        extra["span_end"].append(f.span[1] if f.span else None)
        agg = c.cache
        extra["persons_all"].append(_join(f.persons if len(c.members) == 1 else set().union(*(m.persons for m in c.members))))
        if not late_info:
            for col in ("keys", "agg_rounds", "agg_rm", "agg_hosts", "agg_persons", "agg_countries"):
                extra[col].append(None)
        else:
            extra["keys"].append(_join({k for m in c.members for k in _other_keys(m)}))
            extra["agg_rounds"].append(_join(str(r) for r in agg["rounds"]))
            extra["agg_rm"].append(_join(_key_text(x) for x in agg["rm"]))
            extra["agg_hosts"].append(_join(agg["hosts"]))
            extra["agg_persons"].append(_join(agg["persons"]))
            extra["agg_countries"].append(_join(agg["countries"]))
        pa_local.extend([k] * n_parts)
        pa_part.extend([part] * n_parts)
        for mi, m in enumerate(c.members):
            for col, v in zip(EVIDENCE_SCHEMA, (part, k, m.doc_id, m.sentence_id, m.char_start, m.char_end, mi, m.h, m.c, ghost_bytes(m))):
                evi[col].append(v)
    ev.pop("event_id")
    ev.pop("parent_event_id")
    cols = {"part": parts, "local": locs, "base_id": [ids[id(c)] for c in clusters], **ev, **extra}
    return {
        "clusters": pl.DataFrame({k: cols[k] for k in CLUSTER_SCHEMA}, schema=CLUSTER_SCHEMA),
        "participants": pl.DataFrame({"part": pa_part, "local": pa_local, "actor_id": pa["actor_id"], "role": pa["role"]}, schema=PART_SCHEMA),
        "evidence": pl.DataFrame(evi, schema=EVIDENCE_SCHEMA),
    }


class _Proxy:
    """What the compatibility test reads of a finished cluster, rebuilt from its cached row."""

    __slots__ = ("event_type", "status", "span")

    def __init__(self, event_type: str, status: str, span: tuple[date, date] | None):
        self.event_type, self.status, self.span = event_type, status, span


def _other_keys(m: EventMention) -> list[str]:
    """The country and document keys of ``_blocks(m)`` (without the type/status head), as text: the
    keys of a cluster that its aggregates (persons, rounds) do not already tell."""
    out = []
    if not m.core or m.event_type not in PERSON_BOUND:
        out.extend("c\x1f" + iso for iso in m.country_set)
    if not m.core and not m.country_set:
        out.append("doc\x1f" + m.doc_id)
    return out


def _shares_key(c: Cluster, m: EventMention) -> bool:
    """Whether ``m`` would find ``c`` under one of its blocking keys (same type and status assumed):
    a person of the cluster, the same mechanism round, or a country/document key."""
    agg = c.cache
    if m.core and not agg["persons"].isdisjoint(m.core):
        return True
    if m.round and m.mechanism and (m.round, m.mkey) in agg["rm"]:
        return True
    return any(k in agg["okeys"] for k in _other_keys(m))


def late_mentions(frames: dict[str, pl.DataFrame], late: pl.DataFrame, parted: pl.DataFrame, person_lookup: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Visit the LATE (undated) mentions after all clusters of ``frames`` are finished, as the single
    pass does: each joins the one cluster it is compatible with among those sharing a key, or
    starts its own.  Clusters that gained members are rebuilt from their members' rows.

    An undated mention without a round is compatible only with a cluster of its type and status
    whose persons are exactly its own (see ``_compatible``), and one with a round also with a
    cluster that has that round and shares a key with it; so the finished clusters are looked up
    by those two keys instead of every cluster under its blocking keys (the same fits, found
    without comparing every event of a head of state)."""
    ms = sorted(mentions_from_frame(late, person_lookup), key=lambda m: (PRECISION_RANK.get(m.date_precision, 3), m.doc_id, m.sentence_id, m.char_start))
    cl = frames["clusters"]
    want_p = sorted({f"{m.event_type}\x1f{m.status}\x1f{_join(m.core)}" for m in ms if m.core})
    want_r = pl.DataFrame(
        sorted({(m.event_type, m.status, str(m.round)) for m in ms if m.round}),
        schema={"event_type": pl.String, "status": pl.String, "r": pl.String}, orient="row",
    )
    head = pl.col("event_type") + "\x1f" + pl.col("status") + "\x1f"
    by_persons = cl.filter((head + pl.col("agg_persons")).is_in(want_p)) if want_p else cl.clear()
    by_round = (
        cl.filter(pl.col("agg_rounds") != "")
        .with_row_index("_row")
        .with_columns(pl.col("agg_rounds").str.split(SEP).alias("r"))
        .explode("r")
        .join(want_r, on=["event_type", "status", "r"], how="semi")
        .unique("_row", maintain_order=True)
        .drop("_row", "r")
        if want_r.height
        else cl.clear()
    )
    seen = pl.concat([by_persons, by_round]).unique(["part", "local"], keep="first", maintain_order=True)
    by_p: dict[tuple, dict[int, Cluster]] = {}  # (type, status, persons) → clusters
    by_r: dict[tuple, dict[int, Cluster]] = {}  # (type, status, round) → clusters
    clusters: list[Cluster] = []

    def index(c: Cluster) -> None:
        agg = c.cache
        h = (c.first.event_type, c.first.status)
        persons = frozenset(agg["persons"])
        if agg.get("pkey") != persons:
            if "pkey" in agg:
                by_p.get(h + (agg["pkey"],), {}).pop(c.order, None)
            agg["pkey"] = persons
            if persons:
                by_p.setdefault(h + (persons,), {})[c.order] = c
        for r in agg["rounds"]:
            by_r.setdefault(h + (r,), {})[c.order] = c

    cols = [seen[c].to_list() for c in ("part", "local", "event_type", "status", "span_start", "span_end", "keys", "agg_rounds", "agg_rm", "agg_hosts", "agg_persons", "agg_countries")]
    for part, local, etype, status, s0, s1, keys, rounds, rm, hosts, persons, countries in zip(*cols):
        c = Cluster([], order=len(clusters))
        c.first = _Proxy(etype, status, (s0, s1) if s0 is not None else None)
        rmset = set()
        for x in _split(rm):
            r, mk = x.split("\x1f", 1)
            rmset.add((int(r), mk or None))
        c.cache.update(rounds={int(r) for r in _split(rounds)}, rm=rmset, hosts=set(_split(hosts)), persons=set(_split(persons)),
                       countries=set(_split(countries)), okeys=set(_split(keys)), where=(part, local))
        clusters.append(c)
        index(c)
    new: list[Cluster[EventMention]] = []
    joined: dict[int, tuple[Cluster, list[EventMention]]] = {}
    for m in ms:
        h = (m.event_type, m.status)
        found: dict[int, Cluster] = dict(by_p.get(h + (m.core,), {})) if m.core else {}
        if m.round:
            for k, c in by_r.get(h + (m.round,), {}).items():
                if k not in found and _shares_key(c, m):
                    found[k] = c
        fits = []
        plain = not (m.round and m.mechanism)  # then no same-round shortcut: a host conflict rules a cluster out
        for c in found.values():
            if plain and m.host and c.cache["hosts"] and m.host not in c.cache["hosts"]:
                continue  # (what _compatible would answer, cheaper)
            if _compatible(c, m):
                fits.append(c)
                if len(fits) > 1 and m.span is None:
                    break  # an undated mention is identical to none: two fits are as good as many
        if len(fits) > 1:
            fits = [c for c in fits if _identical(c, m)]
        if len(fits) == 1:
            target = fits[0]
            if "where" in target.cache:
                joined.setdefault(id(target), (target, []))[1].append(m)
            else:
                target.members.append(m)
        else:
            target = Cluster([m], order=len(clusters))
            clusters.append(target)
            new.append(target)
        _joined(target, m)
        target.cache.setdefault("okeys", set()).update(_other_keys(m))
        index(target)
    for c in new:
        for m in c.members:
            m.part = LATE
    out = {t: [df] for t, df in frames.items()}
    if new:  # (the late clusters are not matched against again: no need of their ``late_info``)
        for t, df in frames_of(new, late_info=False).items():
            out[t].append(df)
    if joined:
        where = [c.cache["where"] for c, _ in joined.values()]
        gone = pl.DataFrame(where, schema={"part": pl.String, "local": pl.Int64}, orient="row")
        ev = frames["evidence"].join(gone, on=["part", "local"]).sort("part", "local", "mi")
        rows = parted.join(ev.select("doc_id", "sentence_id", "char_start", "char_end", pl.col("_h"), "part", "local", "mi").rename({"part": "_p", "local": "_l"}),
                           on=["doc_id", "sentence_id", "char_start", "char_end", "_h"])
        rows = rows.unique(["_p", "_l", "mi"], keep="first", maintain_order=True).sort("_p", "_l", "mi")
        members = mentions_from_frame(rows, person_lookup)
        groups: dict[tuple[str, int], list[EventMention]] = {}
        for key, m in zip(zip(rows["_p"].to_list(), rows["_l"].to_list()), members):
            groups.setdefault(key, []).append(m)
        rebuilt = []
        for (c, extra), w in zip(joined.values(), where):
            rc = Cluster(groups[w] + extra)
            for m in rc.members:
                _joined(rc, m)
            rebuilt.append(rc)
        out = {t: [_without(df, gone) for df in dfs] for t, dfs in out.items()}
        for t, df in frames_of(rebuilt, where, late_info=False).items():
            out[t].append(df)
    return {t: pl.concat(dfs) for t, dfs in out.items()}


def _without(df: pl.DataFrame, gone: pl.DataFrame) -> pl.DataFrame:
    """``df`` without the rows of the (part, local) clusters in ``gone`` (row order not kept)."""
    hit = df["part"].is_in(gone["part"].unique().implode())
    if not hit.any():
        return df
    return pl.concat([df.filter(~hit), df.filter(hit).join(gone, on=["part", "local"], how="anti")])


def _ym(col: str) -> pl.Expr:
    return pl.col(col).dt.year().cast(pl.Int32) * 12 + pl.col(col).dt.month().cast(pl.Int32) - 1


def parent_links(c: pl.DataFrame) -> pl.DataFrame:
    """(event_id, parent_event_id): a meeting inside a visit by one of its persons, in the visit's host
    country, has that visit as parent (when exactly one visit qualifies)."""
    visits = (
        c.filter((pl.col("event_type") == "visit") & (pl.col("status") == "occurred") & pl.col("span_start").is_not_null())
        .select(pl.col("event_id").alias("parent_event_id"), pl.col("persons_all").str.split(SEP), "span_start", "span_end", pl.col("host_country_iso3").alias("host"),
                pl.int_ranges(_ym("span_start"), _ym("span_end") + 1).alias("ym"))
        .explode("persons_all")
        .explode("ym")
        .rename({"persons_all": "person", "span_start": "vs", "span_end": "ve"})
        .filter(pl.col("person") != "")
    )
    meetings = (
        c.filter(pl.col("event_type").is_in(["meeting", "phone_call", "other"]) & pl.col("span_start").is_not_null())
        .select("event_id", pl.col("persons_all").str.split(SEP), "span_start", "span_end", pl.col("location_country_iso3").alias("place"), _ym("span_start").cast(pl.Int64).alias("ym"))
        .explode("persons_all")
        .rename({"persons_all": "person"})
        .filter(pl.col("person") != "")
    )
    hits = (
        meetings.join(visits.with_columns(pl.col("ym").cast(pl.Int64)), on=["person", "ym"])
        .filter(
            (pl.col("vs") <= pl.col("span_start"))
            & (pl.col("span_end") <= pl.col("ve"))
            & ~(pl.col("place").is_not_null() & pl.col("host").is_not_null() & (pl.col("place") != pl.col("host")))
        )
        .group_by("event_id")
        .agg(pl.col("parent_event_id").unique())
        .filter(pl.col("parent_event_id").list.len() == 1)
    )
    return hits.select("event_id", pl.col("parent_event_id").list.first())


def assemble_events(frames: dict[str, pl.DataFrame]) -> EventTables:
    """The published event tables from the per-partition cluster frames (ids, parents, order)."""
    c = final_ids(frames["clusters"], "event_id")
    c = c.join(parent_links(c), on="event_id", how="left")
    key = c.select("part", "local", "event_id")
    events = columns_frame({k: c[k] for k in EVENT_COLUMNS}, "events").sort("date_start", "event_id", nulls_last=True)
    participants = columns_frame(
        {k: v for k, v in frames["participants"].join(key, on=["part", "local"]).select("event_id", "actor_id", "role").to_dict().items()},
        "event_participants",
    ).sort("event_id", "actor_id")  # one row per (event, actor): a cluster's participants come from dicts
    evidence = frames["evidence"].join(key, on=["part", "local"]).select("event_id", "doc_id", "sentence_id", "char_start", "char_end")
    ev_mentions = columns_frame(evidence.to_dict(), "event_mentions").unique().sort("event_id", "doc_id", "sentence_id", "char_start", "char_end")
    return EventTables(*fold_announced(events, participants, ev_mentions))
