"""Replayed clustering (``cluster_mentions(prior=...)``): re-clustering a partition that gained
mentions from the clusters of an earlier run gives exactly the clusters of a fresh run, and the
resolver with a cache takes that path when a new document merges earlier partitions."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve import common
from pipeline.resolve.clustering import Cluster, Ghost, cluster_mentions
from pipeline.resolve.run import FACT_TABLES, resolve_all


@dataclass(eq=False)
class _M:
    i: int
    keys: tuple[str, ...]
    extra: tuple[str, ...]  # filed under, not looked under
    span: tuple[date, date] | None
    prec: str
    v: int


def _compatible(c: Cluster[_M], m: _M) -> bool:
    fs, ms = c.first.span, m.span
    if fs is not None and ms is not None and not (fs[0] <= ms[1] and ms[0] <= fs[1]):
        return False  # (the ``needs_overlap`` promise)
    vs = c.cache["vs"]
    if len(c.members) >= 4 or abs(m.v - min(vs)) > 2:  # depends on what the cluster gathered so far
        return False
    return ms is not None or fs is None or m.v in vs


def _joined(c: Cluster[_M], m: _M) -> None:
    c.cache.setdefault("vs", set()).add(m.v)


def _cluster(ms: list[_M], dated: bool, prior=None, ghosts=(), record=None) -> list[Cluster[_M]]:
    return cluster_mentions(
        ms,
        precision=lambda m: m.prec,
        order=lambda m: (m.i,),
        compatible=_compatible,
        identical=lambda c, m: c.first.span == m.span,
        blocks=lambda m: m.keys,
        files=lambda m: m.keys + m.extra,
        span=(lambda m: m.span) if dated else None,
        joined=_joined,
        needs_overlap=(lambda m: m.v % 3 != 0) if dated else None,
        prior=prior,
        ghosts=ghosts,
        record=record,
    )


_BASE = date(2023, 12, 1)


@st.composite
def _mentions(draw) -> list[_M]:
    n = draw(st.integers(1, 40))
    out = []
    for i in range(n):
        keys = tuple(sorted(draw(st.sets(st.sampled_from("abcde"), min_size=1, max_size=2))))
        extra = tuple(draw(st.sets(st.sampled_from("cdef"), max_size=2)))
        prec = draw(st.sampled_from(["day", "month", "year", "unknown"]))
        span = None
        if prec != "unknown":
            start = _BASE + timedelta(days=draw(st.integers(0, 60)))
            span = (start, start + timedelta(days=draw(st.sampled_from([0, 0, 3, 40]))))
        out.append(_M(i, keys, extra, span, prec, draw(st.integers(0, 6))))
    return out


def _members(clusters: list[Cluster[_M]]) -> list[list[int]]:
    return [[m.i for m in c.members] for c in clusters]


@settings(max_examples=300, deadline=None)
@given(_mentions(), st.data(), st.booleans())
def test_a_replay_gives_the_clusters_of_a_fresh_run(ms, data, dated):
    new = data.draw(st.sets(st.sampled_from(range(len(ms))), max_size=3))
    earlier = _cluster([m for m in ms if m.i not in new], dated)
    was = {id(m): ((k, "p"), j == 0) for k, c in enumerate(earlier) for j, m in enumerate(c.members)}
    replayed = _cluster(ms, dated, prior=lambda m: was.get(id(m)))
    fresh = _cluster(ms, dated)
    assert _members(replayed) == _members(fresh)
    for c in replayed:  # a cluster keeps the earlier key only when its members are the earlier ones
        if c.tag is not None:
            assert [m.i for m in earlier[c.tag[0]].members] == [m.i for m in c.members]


@settings(max_examples=400, deadline=None)
@given(_mentions(), st.data(), st.booleans())
def test_a_replay_with_ghosts_gives_the_clusters_of_a_fresh_run(ms, data, dated):
    """Mentions added, removed and changed (the earlier version of a changed or removed mention is
    a ghost): still the clusters of a fresh run."""
    idx = st.sampled_from(range(len(ms)))
    new = data.draw(st.sets(idx, max_size=3))
    removed = data.draw(st.sets(idx, max_size=3)) - new
    changed = data.draw(st.sets(idx, max_size=2)) - new - removed
    before = [m for m in ms if m.i not in new]
    info: dict[int, tuple] = {}
    earlier = _cluster(before, dated, record=lambda m, x: info.__setitem__(id(m), x))
    was = {id(m): ((k, "p"), j == 0) for k, c in enumerate(earlier) for j, m in enumerate(c.members)}
    ghosts = [Ghost(*info[id(m)], was[id(m)]) for m in before if m.i in removed | changed]
    keys = data.draw(st.lists(st.sets(st.sampled_from("abcde"), min_size=1, max_size=2), min_size=len(ms), max_size=len(ms)))
    now = [replace(m, keys=tuple(sorted(keys[m.i])), v=(m.v + 1) % 7) if m.i in changed else m for m in ms if m.i not in removed]
    replayed = _cluster(now, dated, prior=lambda m: was.get(id(m)), ghosts=ghosts)
    assert _members(replayed) == _members(_cluster(now, dated))
    for c in replayed:  # a cluster keeps the earlier key only when its members are the earlier ones
        if c.tag is not None:
            assert [id(m) for m in earlier[c.tag[0]].members] == [id(m) for m in c.members]


def test_a_replay_without_new_mentions_compares_nothing():
    ms = [_M(i, ("a",), (), (_BASE, _BASE), "day", i % 2) for i in range(6)]
    earlier = _cluster(ms, True)
    was = {id(m): ((k, "p"), j == 0) for k, c in enumerate(earlier) for j, m in enumerate(c.members)}
    calls = []

    def compatible(c, m):
        calls.append(m.i)
        return _compatible(c, m)

    replayed = cluster_mentions(
        ms, precision=lambda m: m.prec, order=lambda m: (m.i,), compatible=compatible, identical=lambda c, m: True,
        blocks=lambda m: m.keys, span=lambda m: m.span, joined=_joined, prior=lambda m: was.get(id(m)),
    )
    assert calls == []
    assert _members(replayed) == _members(earlier)
    assert all(c.tag is not None for c in replayed)


# --------------------------------------------------------------------------- through the resolver

_DAY = date(2024, 3, 5)


def _participant(name: str | None, kind: str, iso3: str | None, role: str = "participant") -> dict:
    return {"name": name, "actor_type": kind, "country_iso3": iso3, "role": role}


def _event(doc: str, sid: int, persons: list[tuple[str, str]], day: date, event_type: str = "meeting") -> dict:
    return {
        "doc_id": doc, "sentence_id": sid, "char_start": 10 * sid, "char_end": 10 * sid + 9, "event_type": event_type,
        "status": "occurred", "date_start": day, "date_end": None, "date_precision": "day", "location": None,
        "location_country_iso3": None, "host_country_iso3": None, "mechanism": None, "mechanism_round": None,
        "casualties": None, "summary": f"{doc} {sid}", "participants": [_participant(n, "person", c) for n, c in persons],
    }


def _agreement(doc: str, sid: int, parties: list[str], day: date, name: str | None = None) -> dict:
    return {
        "doc_id": doc, "sentence_id": sid, "char_start": 10 * sid, "char_end": 10 * sid + 9, "name": name,
        "agreement_type": "mou", "signed_date": day, "signed_precision": "day", "effective_date": None,
        "effective_precision": None, "quantity": None, "topics": ["trade"], "parties": [_participant(None, "country", p) for p in parties],
    }


def _indicator(doc: str, sid: int, value: float, metric: str = "trade_volume") -> dict:
    return {
        "doc_id": doc, "sentence_id": sid, "char_start": 10 * sid, "char_end": 10 * sid + 9, "subject": None, "metric": metric,
        "value": value, "unit": "USD", "period_start": date(2023, 1, 1), "period_end": date(2023, 12, 31), "period_precision": "year",
        "change_pct": None, "from_country_iso3": "KEN", "to_country_iso3": "UGA", "source_org": None,
    }


def _persons(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    return from_records(
        [{"doc_id": d, "sentence_id": 0, "char_start": 0, "char_end": 5, "surface": n, "name": n, "title": "President", "country_iso3": c} for d, n, c in rows],
        PERSON_MENTIONS,
    )


def _corpus() -> dict[str, pl.DataFrame]:
    """Two separate groups of facts (Ruto/Museveni, Hassan/Kagame; two frames of values) that the
    last document (d9) links: its mentions share keys with both."""
    ruto, muse, hassan, kagame = ("William Ruto", "KEN"), ("Yoweri Museveni", "UGA"), ("Samia Hassan", "TZA"), ("Paul Kagame", "RWA")
    events = [
        _event("d1", 1, [ruto, muse], _DAY),
        _event("d2", 1, [ruto, muse], _DAY),
        _event("d2", 2, [ruto], _DAY + timedelta(days=1), "phone_call"),
        _event("d3", 1, [hassan, kagame], _DAY),
        _event("d4", 1, [hassan], _DAY + timedelta(days=2)),
        _event("d9", 1, [ruto, hassan], _DAY),
        _event("d9", 2, [ruto, muse], _DAY),
    ]
    agreements = [
        _agreement("d1", 3, ["KEN", "UGA"], _DAY),
        _agreement("d2", 3, ["KEN", "UGA"], _DAY, "Trade MoU"),
        _agreement("d3", 3, ["TZA", "RWA"], _DAY),
        _agreement("d9", 3, ["KEN", "UGA", "TZA", "RWA"], _DAY),
    ]
    indicators = [_indicator("d1", 4, 100.0), _indicator("d2", 4, 100.4), _indicator("d3", 4, 103.0), _indicator("d9", 4, 101.5)]
    persons = _persons([(d, n, c) for d, n, c in [("d1", *ruto), ("d1", *muse), ("d2", *ruto), ("d2", *muse), ("d3", *hassan), ("d3", *kagame),
                                                   ("d4", *hassan), ("d9", *ruto), ("d9", *hassan), ("d9", *muse)]])
    return {
        "person_mentions": persons,
        "event_mentions_raw": from_records(events, EVENT_MENTIONS),
        "agreement_mentions_raw": from_records(agreements, AGREEMENT_MENTIONS),
        "indicator_mentions_raw": from_records(indicators, INDICATOR_MENTIONS),
    }


def _without(mentions: dict[str, pl.DataFrame], doc: str) -> dict[str, pl.DataFrame]:
    return {k: v.filter(pl.col("doc_id") != doc) for k, v in mentions.items()}


def _assert_same(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    for t in FACT_TABLES:
        assert a[t].equals(b[t]), f"{t} differs:\n{a[t]}\n{b[t]}"


def _spy(monkeypatch) -> list[int]:
    """Count the clusters that a replay took from the cache."""
    reused: list[int] = []
    real = common.replayed_frames

    def spy(clusters, gone, frames_of):
        reused.append(sum(c.tag is not None for c in clusters))
        return real(clusters, gone, frames_of)

    for mod in ("pipeline.resolve.events", "pipeline.resolve.facts"):
        monkeypatch.setattr(f"{mod}.replayed_frames", spy)
    return reused


def test_a_new_document_merging_partitions_is_replayed(tmp_path: Path, monkeypatch):
    full = _corpus()
    fresh = resolve_all(full)
    resolve_all(_without(full, "d9"), cache_dir=tmp_path)
    reused = _spy(monkeypatch)
    _assert_same(resolve_all(full, cache_dir=tmp_path), fresh)
    assert len(reused) == 3 and sum(reused) > 0  # events, agreements, indicators: replayed, some clusters reused
    _assert_same(resolve_all(full, cache_dir=tmp_path), fresh)  # and the rewritten cache is right


def test_removing_or_changing_a_document_is_replayed(tmp_path: Path, monkeypatch):
    full = _corpus()
    resolve_all(full, cache_dir=tmp_path)
    reused = _spy(monkeypatch)
    # removal: the partitions d9 merged split again; d9's rows are the ghosts of the replay
    _assert_same(resolve_all(_without(full, "d9"), cache_dir=tmp_path), resolve_all(_without(full, "d9")))
    assert len(reused) == 3 and sum(reused) > 0
    reused.clear()
    # change: d2's meeting moves a day (one row replaced), on top of the cache without d9
    changed = dict(full)
    changed["event_mentions_raw"] = full["event_mentions_raw"].with_columns(
        pl.when((pl.col("doc_id") == "d2") & (pl.col("sentence_id") == 1)).then(pl.lit(_DAY + timedelta(days=1))).otherwise(pl.col("date_start")).alias("date_start")
    )
    _assert_same(resolve_all(changed, cache_dir=tmp_path), resolve_all(changed))
    _assert_same(resolve_all(full, cache_dir=tmp_path), resolve_all(full))
    assert reused  # some of these steps replayed what they could


def test_replay_prior_turns_rows_that_are_gone_into_ghosts():
    todo = pl.DataFrame({"part": ["P", "P", "Q"], "doc_id": ["a", "b", "c"], "_h": [1, 2, 3]}, schema_overrides={"_h": pl.UInt64})
    info = [pickle.dumps((0, (d, 0, 0), None, (("k", d),))) for d in ("a", "c", "gone")]
    evidence = pl.DataFrame(
        {"part": ["o1", "o2", "o2"], "local": [0, 0, 0], "doc_id": ["a", "c", "gone"], "mi": [0, 0, 1], "_h": [1, 3, 9], "g": info},
        schema_overrides={"local": pl.Int64, "mi": pl.Int32, "_h": pl.UInt64, "g": pl.Binary},
    )
    out, ghosts = common.replay_prior(todo, evidence, ["doc_id", "_h"])
    assert out["_op"].to_list() == ["o1", None, "o2"]  # b is new
    assert out["_first"].to_list() == [True, None, True]
    assert [(g.order, g.keys, g.prior) for g in ghosts] == [(("gone", 0, 0), (("k", "gone"),), (("o2", 0), False))]
    # a repeated identity: nothing is replayed
    twice = pl.concat([todo, todo.head(1)])
    out, ghosts = common.replay_prior(twice, evidence, ["doc_id", "_h"])
    assert out["_op"].null_count() == twice.height and ghosts == []


def test_only_the_cache_shards_of_changed_partitions_are_rewritten(tmp_path: Path):
    full = _corpus()
    other = from_records([_event("d5", 1, [("Ali Sabry", "LKA"), ("Vivian Balakrishnan", "SGP")], _DAY)], EVENT_MENTIONS)
    full["event_mentions_raw"] = pl.concat([full["event_mentions_raw"], other])
    resolve_all(_without(full, "d9"), cache_dir=tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.arrow")}
    assert len([n for n in before if n.startswith("events.")]) >= 2  # partitions spread over shard files
    _assert_same(resolve_all(full, cache_dir=tmp_path), resolve_all(full))
    after = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.arrow")}
    assert any(after.get(n) == t for n, t in before.items() if n.startswith("events."))  # d5's shard is untouched
    assert any(after.get(n) != t for n, t in before.items() if n.startswith("events."))
    _assert_same(resolve_all(full, cache_dir=tmp_path), resolve_all(full))
