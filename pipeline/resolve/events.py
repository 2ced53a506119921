"""Event mentions → one row per real-world event, with participants, evidence and parent links.

Two mentions are the same event when they have the same type and status, their person
participants nest (one set inside the other), their hosts and mechanism rounds agree and their
dates overlap.  The finest date wins ("In 2025, Zardari visited China" merges into the visit of
4–8 February 2025).  A meeting dated inside a visit by one of its participants, in the visit's
host country, points to that visit with ``parent_event_id``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from pipeline.lexicons import read_lexicon
from pipeline.resolve.clustering import Cluster, cluster_mentions
from pipeline.resolve.dates import contains, interval, overlaps, truncate
from pipeline.resolve.ids import country_actor_id, name_key
from pipeline.resolve.common import assign_ids, mention_rows, most_common, table_frame

# Types whose identity is carried by the persons taking part.
PERSON_BOUND = {"visit", "meeting", "phone_call", "correspondence"}


@dataclass
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

    @property
    def span(self) -> tuple[date, date] | None:
        if "_span" not in self.__dict__:
            self.__dict__["_span"] = interval(self.date_start, self.date_end, self.date_precision)
        return self.__dict__["_span"]

    @property
    def country_set(self) -> set[str]:
        return set(self.countries) | {c for c in (self.host, self.location_country) if c}


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
    from pipeline.extract.countries import find_countries

    iso3s, rest, pos = set(), [], 0
    for hit in find_countries(mechanism):
        iso3s.add(hit.iso3)
        rest.append(mechanism[pos:hit.start])
        pos = hit.end
    rest.append(mechanism[pos:])
    return " ".join(sorted(iso3s)) + "|" + name_key(" ".join(rest).replace("-", " "))


def _core_persons(m: EventMention) -> set[str]:
    """Persons that identify the event: a visit is identified by its visitors, not its hosts."""
    if m.event_type == "visit":
        visitors = {a for a, role in m.persons.items() if role == "visitor"}
        if visitors:
            return visitors
    return set(m.persons)


def _same_round(c: Cluster[EventMention], m: EventMention) -> bool:
    """The same numbered round of the same mechanism is one real-world event."""
    if not (m.round and m.mechanism):
        return False
    key = mechanism_key(m.mechanism)
    return any(x.round == m.round and mechanism_key(x.mechanism) == key for x in c.members)


def _blocks(m: EventMention):
    """Where a compatible cluster can be found: a shared core person, round, or country."""
    head = (m.event_type, m.status)
    persons = _core_persons(m)
    for p in persons:
        yield head + ("p", p)
    if m.round and m.mechanism:
        yield head + ("r", mechanism_key(m.mechanism), m.round)
    if not persons or m.event_type not in PERSON_BOUND:
        for iso in sorted(m.country_set):
            yield head + ("c", iso)
    if not persons and not m.country_set:
        yield head + ("doc", m.doc_id)  # nobody named: only its own document can tell what it is


def _compatible(c: Cluster[EventMention], m: EventMention) -> bool:
    f = c.first
    if (f.event_type, f.status) != (m.event_type, m.status):
        return False
    rounds = c.memo("rounds", lambda: {x.round for x in c.members if x.round})
    if m.round and rounds and m.round not in rounds:
        return False
    if _same_round(c, m):
        return True
    hosts = c.memo("hosts", lambda: {x.host for x in c.members if x.host})
    if m.host and hosts and m.host not in hosts:
        return False
    persons = c.memo("persons", lambda: set().union(*(_core_persons(x) for x in c.members)))
    mine = _core_persons(m)
    if persons and mine and not _nested(mine, persons):
        return False
    countries = c.memo("countries", lambda: set().union(*(x.country_set for x in c.members)))
    if countries and m.country_set and not _nested(m.country_set, countries) and not (persons and mine):
        return False
    if m.event_type in PERSON_BOUND and bool(persons) != bool(mine) and not (m.round and m.round in rounds):
        return False  # "the two sides met" is not evidence of a particular leaders' meeting
    if f.span is not None and m.span is not None:
        return overlaps(f.span, m.span)
    # an undated mention joins only on strong identity: the same persons, or the same round
    return bool((persons and mine == persons) or (m.round and m.round in rounds))


def _identical(c: Cluster[EventMention], m: EventMention) -> bool:
    return c.first.span == m.span and c.first.span is not None


def mentions_from_frame(raw: pl.DataFrame, person_lookup: pl.DataFrame) -> list[EventMention]:
    """Turn extractor rows into EventMention records with participants mapped to actor ids."""
    lookup = {(r["doc_id"], r["name"]): r["actor_id"] for r in person_lookup.iter_rows(named=True)}
    out: list[EventMention] = []
    for r in raw.iter_rows(named=True):
        m = EventMention(
            doc_id=r["doc_id"],
            sentence_id=r["sentence_id"],
            char_start=r["char_start"],
            char_end=r["char_end"],
            event_type=r["event_type"],
            status=r["status"] or "occurred",
            date_start=r["date_start"],
            date_end=r["date_end"],
            date_precision=r["date_precision"] or ("unknown" if r["date_start"] is None else "day"),
            location=r["location"],
            location_country=r["location_country_iso3"],
            host=r["host_country_iso3"],
            mechanism=r["mechanism"],
            round=r["mechanism_round"],
            casualties=r["casualties"],
            summary=r["summary"] or "",
        )
        for p in r["participants"] or []:
            role = p.get("role") or "participant"
            if p.get("actor_type") == "person":
                aid = lookup.get((r["doc_id"], p.get("name")))
                if aid:
                    m.persons.setdefault(aid, role)
                if p.get("country_iso3"):
                    m.countries.setdefault(p["country_iso3"], role)
            elif p.get("actor_type") == "country" and p.get("country_iso3"):
                m.countries.setdefault(p["country_iso3"], role)
        out.append(m)
    return out




def _event_key(c: Cluster[EventMention]) -> tuple:
    f = c.first
    persons = sorted(set().union(*(x.persons for x in c.members)))
    countries = sorted(set().union(*(x.country_set for x in c.members)))
    rnd = most_common(x.round for x in c.members)
    return (f.event_type, f.status, ",".join(persons), ",".join(countries), truncate(f.date_start, f.date_precision), rnd or "")


@dataclass(frozen=True)
class EventTables:
    events: pl.DataFrame
    event_participants: pl.DataFrame
    event_mentions: pl.DataFrame


def resolve_events(raw: pl.DataFrame, person_lookup: pl.DataFrame) -> EventTables:
    mentions = mentions_from_frame(raw, person_lookup)
    clusters = cluster_mentions(
        mentions,
        precision=lambda m: m.date_precision,
        order=lambda m: (m.doc_id, m.sentence_id, m.char_start),
        compatible=_compatible,
        identical=_identical,
        blocks=_blocks,
        span=lambda m: m.span,
    )
    ids = assign_ids(clusters, "evt", _event_key)

    plover = plover_map()
    event_rows, part_rows = [], []
    for c in clusters:
        f = c.first
        eid = ids[id(c)]
        persons: dict[str, str] = {}
        countries: dict[str, str] = {}
        for m in c.members:
            for a, role in m.persons.items():
                persons.setdefault(a, role)
            for iso, role in m.countries.items():
                countries.setdefault(iso, role)
        host = most_common(m.host for m in c.members)
        if host:
            countries.setdefault(host, "host")
        event_rows.append(
            {
                "event_id": eid,
                "event_type": f.event_type,
                "status": f.status,
                "plover_type": plover.get((f.event_type, f.status), "OTHER"),
                "date_start": f.date_start,
                "date_end": f.date_end if f.date_end is not None else (f.span[1] if f.span else None),
                "date_precision": f.date_precision if f.date_start is not None else "unknown",
                "location": most_common(m.location for m in c.members),
                "location_country_iso3": most_common(m.location_country for m in c.members),
                "host_country_iso3": host,
                "mechanism": most_common(m.mechanism for m in c.members),
                "mechanism_round": most_common(m.round for m in c.members),
                "parent_event_id": None,
                "casualties": max((m.casualties for m in c.members if m.casualties is not None), default=None),
                "summary": f.summary,
                "n_documents": len({m.doc_id for m in c.members}),
            }
        )
        part_rows.extend({"event_id": eid, "actor_id": a, "role": r} for a, r in sorted(persons.items()))
        part_rows.extend({"event_id": eid, "actor_id": country_actor_id(i), "role": r} for i, r in sorted(countries.items()))

    _link_parents(event_rows, clusters, ids)
    events = table_frame(event_rows, "events").sort("date_start", "event_id", nulls_last=True)
    participants = table_frame(part_rows, "event_participants").unique().sort("event_id", "actor_id", "role")
    ev_mentions = table_frame(mention_rows(clusters, ids, "event_id"), "event_mentions").unique().sort("event_id", "doc_id", "sentence_id", "char_start")
    return EventTables(events, participants, ev_mentions)


def _years(span: tuple[date, date]) -> range:
    return range(span[0].year, span[1].year + 1)


def _link_parents(event_rows: list[dict], clusters: list[Cluster[EventMention]], ids: dict[int, str]) -> None:
    """A meeting inside a visit by one of its persons, in the visit's host country, has that visit as parent."""
    rows = {r["event_id"]: r for r in event_rows}
    visits: dict[tuple[str, int], list[Cluster[EventMention]]] = {}  # (person, year) → visits
    for v in clusters:
        if v.first.event_type == "visit" and v.first.status == "occurred" and v.first.span is not None:
            for a in {a for m in v.members for a in m.persons}:
                for y in _years(v.first.span):
                    visits.setdefault((a, y), []).append(v)
    for c in clusters:
        span = c.first.span
        if c.first.event_type not in ("meeting", "phone_call", "other") or span is None:
            continue
        persons = set().union(*(m.persons for m in c.members))
        place = rows[ids[id(c)]]["location_country_iso3"]
        parents: dict[str, None] = {}
        for a in sorted(persons):
            for v in visits.get((a, span[0].year), ()):
                if not contains(v.first.span, span):
                    continue
                host = rows[ids[id(v)]]["host_country_iso3"]
                if place and host and place != host:
                    continue
                parents[ids[id(v)]] = None
        if len(parents) == 1:
            rows[ids[id(c)]]["parent_event_id"] = next(iter(parents))
