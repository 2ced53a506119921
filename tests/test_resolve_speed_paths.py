"""The fast paths of the resolver give what the plain algorithms give: the vectorised union-find,
the per-token memo of person resolution, the indexed matching of undated event mentions, and the
Arrow partition cache (torn, foreign or old-format files are recomputed, never trusted)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np
import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve.actors import _compatible, _Person, _reversible_countries, resolve_persons
from pipeline.resolve.ids import name_key
from pipeline.resolve.partition import connected
from pipeline.resolve.run import FACT_TABLES, resolve_all


def _union_find(n: int, a: list[int], b: list[int]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for x, y in zip(a, b):
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return [find(x) for x in range(n)]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 60).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=120))))
def test_connected_labels_every_node_with_the_smallest_node_of_its_component(case):
    n, edges = case
    a = [x for x, _ in edges]
    b = [y for _, y in edges]
    got = connected(n, np.array(a, dtype=np.int64), np.array(b, dtype=np.int64))
    assert got.tolist() == _union_find(n, a, b)


def test_connected_on_a_long_shuffled_chain():
    n = 50_000
    perm = np.random.default_rng(1).permutation(n)
    got = connected(n, perm[1:], perm[:-1])
    assert set(got.tolist()) == {0}


# ------------------------------------------------------------------ persons: memo vs plain loop


def _plain_persons(rows: pl.DataFrame) -> dict[tuple[str, str], _Person]:
    """resolve_persons without any memo: every row searches the people known so far."""
    named = rows.filter(pl.col("name").is_not_null() & (pl.col("name").str.strip_chars() != ""))
    country = (
        named.filter(pl.col("country_iso3").is_not_null()).group_by("doc_id", "name", "country_iso3").len()
        .sort("doc_id", "name", "len", "country_iso3", descending=[False, False, True, False])
        .unique(["doc_id", "name"], keep="first").select("doc_id", "name", "country_iso3")
    )
    per_doc = named.group_by("doc_id", "name").agg(pl.len().alias("n")).join(country, on=["doc_id", "name"], how="left")
    keys = [name_key(n) for n in per_doc["name"].to_list()]
    per_doc = per_doc.with_columns(pl.Series("ntok", [len(k.split()) for k in keys], dtype=pl.Int64), pl.Series("_key", keys)).sort(
        ["ntok", "n", "doc_id", "name"], descending=[True, True, False, False]
    )
    people: list[_Person] = []
    out: dict[tuple[str, str], _Person] = {}
    for doc_id, name, iso, n, key in per_doc.select("doc_id", "name", "country_iso3", "n", "_key").iter_rows():
        tokens = tuple(key.split())
        if not tokens:
            continue
        cands = [p for p in people if p.tokens == tokens and _compatible(tokens, iso, p)]
        if not cands:
            cands = [p for p in people if tokens[0] in p.tokens or tokens[-1] in p.tokens]
            cands = [p for p in cands if _compatible(tokens, iso, p)]
        if not cands and len(tokens) == 2 and iso in _reversible_countries():
            # the same two words in the other order, of the same country (name_order.csv)
            cands = [p for p in people if p.tokens == (tokens[1], tokens[0]) and p.country == iso]
        if len(cands) == 1:
            person = cands[0]
        elif not cands and len(tokens) >= 2:
            person = _Person(tokens)
            people.append(person)
        else:
            continue
        person.names[name] += n
        if iso:
            person.add_country(iso, n)
        out[(doc_id, name)] = person
    return out


def _summary(assign: dict[tuple[str, str], _Person]) -> list[tuple]:
    return sorted((doc, name, p.name, p.country, tuple(sorted(Counter(p.names).items()))) for (doc, name), p in assign.items())


TOKENS = ["Ali", "Khan", "Wang", "Yi", "Li", "Ahmed", "Sharif"]


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["d1", "d2", "d3", "d4"]),
            st.lists(st.sampled_from(TOKENS), min_size=1, max_size=3).map(" ".join),
            st.sampled_from([None, "PAK", "CHN", "KEN"]),
        ),
        max_size=40,
    )
)
@example(rows=[("d1", "Ali Khan", "CHN"), ("d1", "Khan Ali", "CHN")])  # two words in either order (CI found it)
def test_person_resolution_with_the_memo_equals_the_plain_loop(rows):
    frame = pl.DataFrame(
        [(d, n, n, c) for d, n, c in rows],
        schema={"doc_id": pl.String, "name": pl.String, "surface": pl.String, "country_iso3": pl.String},
        orient="row",
    )
    assert _summary(resolve_persons(frame)) == _summary(_plain_persons(frame))


# ------------------------------------------------------------------ undated event mentions


def _ev(doc, sid, etype, start=None, persons=(), host=None, mechanism=None, rnd=None):
    parts = [{"name": n, "actor_type": "person", "country_iso3": c, "role": "participant"} for n, c in persons]
    return {"doc_id": doc, "sentence_id": sid, "char_start": 0, "char_end": 30, "event_type": etype, "status": "occurred",
            "date_start": start, "date_end": None, "date_precision": "unknown" if start is None else "day",
            "host_country_iso3": host, "mechanism": mechanism, "mechanism_round": rnd, "participants": parts, "summary": f"{etype} {doc} {sid}"}


def _frames(events, persons):
    rows = [{"doc_id": d, "sentence_id": 0, "char_start": 0, "char_end": len(n), "surface": n, "name": n, "title": None, "country_iso3": c}
            for d in sorted({e["doc_id"] for e in events}) for n, c in persons]
    return {
        "person_mentions": from_records(rows, PERSON_MENTIONS),
        "event_mentions_raw": from_records(events, EVENT_MENTIONS),
        "agreement_mentions_raw": from_records([], AGREEMENT_MENTIONS),
        "indicator_mentions_raw": from_records([], INDICATOR_MENTIONS),
    }


def _same(a, b):
    for t in FACT_TABLES:
        assert a[t].equals(b[t]), t


def test_undated_mentions_by_round_host_and_persons_match_a_single_pass(tmp_path):
    a, b, c = ("Imani Wekesa", "KEN"), ("Tarek Haddad", "LBN"), ("Sofia Lund", "SWE")
    dialogue = "Kenya-Lebanon Strategic Dialogue"
    events = [
        _ev("d1", 0, "meeting", date(2023, 3, 1), [a, b], host="KEN", mechanism=dialogue, rnd=3),
        _ev("d2", 0, "meeting", date(2024, 5, 2), [a, b], host="LBN"),
        _ev("d3", 0, "meeting", date(2024, 7, 9), [a, c], host="SWE"),
        _ev("d4", 0, "meeting", None, [a], mechanism=dialogue, rnd=3),  # the third round, undated
        _ev("d5", 0, "meeting", None, [a, c], host="KEN"),  # persons fit d3, the host does not
        _ev("d6", 0, "meeting", None, [a, b]),  # fits d1 and d2: stays its own
        _ev("d7", 0, "meeting", None, [a, c], host="KEN"),  # joins the new event of d5
        _ev("d8", 0, "meeting", None, []),  # nobody named
    ]
    persons = [a, b, c]
    full = resolve_all(_frames(events, persons))
    groups = sorted(full["event_mentions"].group_by("event_id").agg(pl.col("doc_id").sort())["doc_id"].to_list())
    assert groups == [["d1", "d4"], ["d2"], ["d3"], ["d5", "d7"], ["d6"], ["d8"]]
    cache = tmp_path / "cache"
    _same(resolve_all(_frames(events, persons), cache_dir=cache), full)
    for drop in ("d1", "d3", "d5"):
        sub = [e for e in events if e["doc_id"] != drop]
        _same(resolve_all(_frames(sub, persons), cache_dir=cache), resolve_all(_frames(sub, persons)))
    _same(resolve_all(_frames(events, persons), cache_dir=cache), full)


# ------------------------------------------------------------------ the cache files


def test_truncated_and_old_format_cache_files_are_recomputed_or_removed(tmp_path):
    a, b = ("Imani Wekesa", "KEN"), ("Tarek Haddad", "LBN")
    events = [_ev("d1", 0, "visit", date(2024, 1, 5), [a, b], host="LBN"), _ev("d2", 0, "visit", None, [a, b])]
    frames = _frames(events, [a, b])
    cache = tmp_path / "cache"
    full = resolve_all(frames, cache_dir=cache)
    files = sorted(cache.glob("*.arrow"))
    assert files
    for p in files:
        data = p.read_bytes()
        p.write_bytes(data[: len(data) // 2])  # a crash mid-write of another writer
    old = cache / "events.0123456789abcdef.parquet"
    old.write_bytes(b"PAR1")
    _same(resolve_all(frames, cache_dir=cache), full)
    assert not old.exists()
    _same(resolve_all(frames, cache_dir=cache), full)  # and the rewritten cache is good
