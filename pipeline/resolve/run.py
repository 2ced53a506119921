"""Resolve stage: all stored mentions → the warehouse's fact tables."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import polars as pl

from pipeline.resolve.actors import build_actor_tables
from pipeline.gc_pause import gc_paused
from pipeline.resolve.common import cached_partitions, with_row_hash
from pipeline.resolve.partition import PartitionCache, component_hashes, fingerprint

log = logging.getLogger(__name__)
from pipeline.resolve.events import resolve_events
from pipeline.resolve.facts import resolve_agreements, resolve_indicators

FACT_TABLES = (
    "actors",
    "actor_aliases",
    "positions",
    "events",
    "event_participants",
    "event_mentions",
    "agreements",
    "agreement_parties",
    "agreement_topics",
    "agreement_mentions",
    "indicators",
    "indicator_mentions",
)


def _participant_frame(raw: pl.DataFrame, column: str) -> pl.DataFrame:
    """Explode a list-of-participant column into doc_id + the struct's fields."""
    if raw.height == 0:
        return pl.DataFrame(schema={"doc_id": pl.String, "name": pl.String, "actor_type": pl.String, "country_iso3": pl.String, "role": pl.String})
    return raw.select("doc_id", column).explode(column).drop_nulls(column).unnest(column)


def infer_person_countries(events_raw: pl.DataFrame) -> pl.DataFrame:
    """(doc_id, name, country_iso3) for persons whose country an event of two countries implies.

    In an event between exactly two countries, a person whose country the text does not state
    belongs to the country that is not the counterpart's: the visitor of a visit to X comes from
    the other country; in a meeting or call with a person of Y, the unknown side is the other
    country. Used only for persons that no mention gives a country.
    """
    rows: list[tuple] = []
    cols = [events_raw[c].to_list() for c in ("doc_id", "event_type", "host_country_iso3", "participants")]
    for doc_id, event_type, host_iso3, parts in zip(*cols):
        parts = parts or []
        persons = [p for p in parts if p["actor_type"] == "person" and p["name"]]
        if not persons:
            continue
        countries = {p["country_iso3"] for p in parts if p["country_iso3"]}
        if host_iso3:
            countries.add(host_iso3)
        if len(countries) != 2:
            continue
        for p in persons:
            if p["country_iso3"]:
                continue
            known = {q["country_iso3"] for q in persons if q is not p and q["country_iso3"]}
            if event_type == "visit" and p["role"] == "visitor" and host_iso3:
                known = {host_iso3}
            if len(known) == 1 and known <= countries:
                rows.append((doc_id, p["name"], next(iter(countries - known))))
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "name": pl.String, "country_iso3": pl.String}, orient="row")


INFERRED = {"doc_id": pl.String, "name": pl.String, "country_iso3": pl.String}


def _inferred(events_raw: pl.DataFrame, cache: PartitionCache | None) -> pl.DataFrame:
    """``infer_person_countries`` over the events in canonical order (position, then content); with
    a cache, per document, and only for new or changed documents."""
    ev = with_row_hash(events_raw.select("doc_id", "sentence_id", "char_start", "char_end", "event_type", "host_country_iso3", "participants"))
    if cache is None or cache.dir is None or ev.height == 0:
        return infer_person_countries(ev)
    ev = ev.with_columns(component_hashes(ev["doc_id"].rank("dense"), ev["_h"]))

    def per_doc(d: pl.DataFrame) -> dict[str, pl.DataFrame]:
        rows = infer_person_countries(d).with_columns(pl.int_range(pl.len()).over("doc_id").cast(pl.Int32).alias("k"))
        # a document without inferences keeps one empty row, so that it counts as done
        docs = d.select("doc_id", "part").unique()
        return {"rows": docs.join(rows, on="doc_id", how="left").select("part", "k", *INFERRED)}

    frames = cached_partitions(cache, "inferred", ev, {"rows": {"part": pl.String, "k": pl.Int32} | INFERRED}, per_doc)
    return frames["rows"].filter(pl.col("name").is_not_null()).sort("doc_id", "k").select(list(INFERRED))


def _country_name(iso3: str) -> str:
    from pipeline.extract.countries import iso3_name

    return iso3_name(iso3)


# Bump when the resolver's output for the same input changes in a way the code hash cannot see.
CACHE_VERSION = "1"


def resolve_all(mentions: dict[str, pl.DataFrame], cache_dir: Path | None = None) -> dict[str, pl.DataFrame]:
    """Group the mentions of every document into canonical facts with stable ids.

    With ``cache_dir``, the clusters of every independent partition of the input are kept there
    and reused while the partition's input is unchanged, so a build after adding, changing or
    removing a document re-clusters only what that document can affect.  The tables are the
    same with or without the cache.
    """
    cache = None
    if cache_dir is not None:
        cache = PartitionCache(Path(cache_dir), fingerprint(CACHE_VERSION))
        cache.prune()
    with gc_paused():
        return _resolve_all(mentions, cache)


def _resolve_all(mentions: dict[str, pl.DataFrame], cache: PartitionCache | None) -> dict[str, pl.DataFrame]:
    persons = mentions["person_mentions"]
    events_raw = mentions["event_mentions_raw"]
    agreements_raw = mentions["agreement_mentions_raw"]
    indicators_raw = mentions["indicator_mentions_raw"]

    event_parts = _participant_frame(events_raw, "participants")
    agreement_parts = _participant_frame(agreements_raw, "parties")
    all_parts = pl.concat([event_parts, agreement_parts])
    extra_persons = all_parts.filter(pl.col("actor_type") == "person").select(
        "doc_id", "name", pl.col("name").alias("surface"), "country_iso3"
    )

    clock = [time.process_time()]

    def lap(what: str) -> None:
        now = time.process_time()
        log.debug("resolve %s: %.2f s CPU", what, now - clock[0])
        clock[0] = now

    agreements, agreement_parties, agreement_topics, agreement_mentions, organizations = resolve_agreements(agreements_raw, cache)

    countries = set(all_parts["country_iso3"].drop_nulls().unique().to_list())
    for col in ("host_country_iso3", "location_country_iso3"):
        countries |= set(events_raw[col].drop_nulls().unique().to_list())
    for col in ("from_country_iso3", "to_country_iso3"):
        countries |= set(indicators_raw[col].drop_nulls().unique().to_list())
    countries |= set(persons["country_iso3"].drop_nulls().unique().to_list())
    countries |= set(organizations["country_iso3"].drop_nulls().unique().to_list())
    lap("agreements")

    actor_tables = build_actor_tables(
        persons,
        extra_persons,
        sorted(countries),
        organizations,
        {c: _country_name(c) for c in countries},
        inferred_countries=_inferred(events_raw, cache),
    )
    lap("actors")
    ev = resolve_events(events_raw, actor_tables.person_lookup, cache)
    lap("events")
    indicators, indicator_mentions = resolve_indicators(indicators_raw, cache)
    lap("indicators")
    return {
        "actors": actor_tables.actors,
        "actor_aliases": actor_tables.actor_aliases,
        "positions": actor_tables.positions,
        "events": ev.events,
        "event_participants": ev.event_participants,
        "event_mentions": ev.event_mentions,
        "agreements": agreements,
        "agreement_parties": agreement_parties,
        "agreement_topics": agreement_topics,
        "agreement_mentions": agreement_mentions,
        "indicators": indicators,
        "indicator_mentions": indicator_mentions,
    }
