"""Incremental resolve: with a partition cache, adding, changing or removing a document gives exactly
the tables a from-scratch resolve of the same input gives (same ids, same rows)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve.run import FACT_TABLES, resolve_all
from pipeline.segment import segment

KENYA = """NAIROBI, March 14, 2024 (Reuters) - Kenyan President William Ruto arrived in Kampala on Tuesday for a three-day state visit to Uganda.
Ruto met Ugandan President Yoweri Museveni at State House Entebbe on Wednesday, the presidency said.
The two sides signed five memorandums of understanding covering energy, trade and transport.
Trade between Kenya and Uganda reached $1.21 billion in 2023, according to the Kenya National Bureau of Statistics.
"""

UGANDA = """KAMPALA, March 15, 2024 - President Yoweri Museveni held talks with visiting Kenyan President William Ruto on March 13 in Entebbe.
Bilateral trade between Uganda and Kenya stood at $1.2 billion in 2023, the Bank of Uganda said.
Museveni will visit Nairobi later this year.
"""

TANZANIA = """DODOMA, May 3, 2024 - Tanzanian President Samia Suluhu Hassan spoke by phone with Kenyan President William Ruto on Thursday.
Hassan and Ruto discussed the East African Community railway.
"""


def _mentions(tmp: Path, texts: dict[str, str]) -> dict[str, pl.DataFrame]:
    tmp.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp / f"{name}.txt").write_text(text)
    docs, rejected, _ = ingest_files(tmp)
    assert rejected.height == 0
    return extract_mentions(docs, segment(docs))


def _drop_doc(mentions: dict[str, pl.DataFrame], doc_ids: set[str]) -> dict[str, pl.DataFrame]:
    return {k: v.filter(~pl.col("doc_id").is_in(list(doc_ids))) for k, v in mentions.items()}


def _assert_same(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    for t in FACT_TABLES:
        assert a[t].schema == b[t].schema, t
        assert a[t].equals(b[t]), f"{t} differs:\n{a[t]}\n{b[t]}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, pl.DataFrame]:
    return _mentions(tmp_path_factory.mktemp("incr_raw"), {"kenya": KENYA, "uganda": UGANDA, "tanzania": TANZANIA})


def test_add_change_and_remove_a_document_match_a_fresh_resolve(corpus, tmp_path):
    docs = sorted(set(corpus["event_mentions_raw"]["doc_id"]))
    assert len(docs) == 3
    full = resolve_all(corpus)
    assert full["events"].height > 0 and full["indicators"].height > 0 and full["agreements"].height > 0
    for doc in docs:
        cache = tmp_path / f"cache_{doc}"
        without = _drop_doc(corpus, {doc})
        _assert_same(resolve_all(without, cache_dir=cache), resolve_all(without))
        _assert_same(resolve_all(corpus, cache_dir=cache), full)  # add the document
        _assert_same(resolve_all(without, cache_dir=cache), resolve_all(without))  # remove it again
        _assert_same(resolve_all(corpus, cache_dir=cache), full)  # and a warm run of everything
    assert any((tmp_path / f"cache_{docs[0]}").glob("events.*.arrow"))


def test_a_changed_document_is_re_resolved(corpus, tmp_path):
    cache = tmp_path / "cache"
    resolve_all(corpus, cache_dir=cache)
    changed = {k: v.clone() for k, v in corpus.items()}
    ind = changed["indicator_mentions_raw"]
    changed["indicator_mentions_raw"] = ind.with_columns((pl.col("value") * 2).alias("value"))
    _assert_same(resolve_all(changed, cache_dir=cache), resolve_all(changed))


def test_a_torn_or_foreign_cache_file_is_ignored(corpus, tmp_path):
    cache = tmp_path / "cache"
    full = resolve_all(corpus, cache_dir=cache)
    for p in cache.glob("*.arrow"):
        p.write_bytes(b"PAR1 torn")  # a crash mid-write of an older version
    (cache / "events.0000000000000000.arrow").write_bytes(b"old fingerprint")
    _assert_same(resolve_all(corpus, cache_dir=cache), full)
    assert not (cache / "events.0000000000000000.arrow").exists()  # other fingerprints are pruned


def test_cache_key_changes_with_the_resolver_code_or_lexicons(tmp_path, monkeypatch):
    from pipeline.resolve import partition

    a = partition.fingerprint("1")
    assert partition.fingerprint("2") != a  # the version constant
    extra = tmp_path / "lex"
    extra.mkdir()
    (extra / "extra.csv").write_text("# a lexicon\nname\nx\n")
    monkeypatch.setenv("PIPELINE_LEXICON_DIR", str(extra))
    assert partition.fingerprint("1") != a  # a lexicon file


def test_cache_key_covers_code_the_resolver_imports_from_outside_resolve():
    """Mechanism keys use the country finder of the extractors: editing it must invalidate the cache."""
    from pipeline.state import code_closure

    deps = code_closure("pipeline.resolve.run")
    assert {"pipeline.extract.countries", "pipeline.resolve.events", "pipeline.schemas"} <= set(deps)


# ------------------------------------------------------------ hand-written mentions: the late path


def _ev(doc, sid, etype, start=None, prec=None, persons=(), host=None, status="occurred"):
    parts = [{"name": n, "actor_type": "person", "country_iso3": c, "role": r} for n, c, r in persons]
    return {"doc_id": doc, "sentence_id": sid, "char_start": 0, "char_end": 20, "event_type": etype, "status": status,
            "date_start": start, "date_end": None, "date_precision": prec or ("unknown" if start is None else "day"),
            "host_country_iso3": host, "participants": parts, "summary": f"{etype} {doc}"}


def _person(doc, name, country):
    return {"doc_id": doc, "sentence_id": 0, "char_start": 0, "char_end": len(name), "surface": name, "name": name,
            "title": "Foreign Minister", "country_iso3": country}


def _frames(events, persons):
    return {
        "person_mentions": from_records(persons, PERSON_MENTIONS),
        "event_mentions_raw": from_records(events, EVENT_MENTIONS),
        "agreement_mentions_raw": from_records([], AGREEMENT_MENTIONS),
        "indicator_mentions_raw": from_records([], INDICATOR_MENTIONS),
    }


def test_undated_mentions_join_finished_clusters_across_years(tmp_path):
    a, b = ("Amara Okafor", "NGA", "participant"), ("Lena Brandt", "DEU", "participant")
    c = ("Tomas Ruiz", "ESP", "participant")
    persons = [_person(d, n, k) for d in ("d1", "d2", "d3", "d4", "d5") for n, k, _ in (a, b, c)]
    events = [
        _ev("d1", 0, "meeting", date(2023, 4, 2), persons=[a, b]),
        _ev("d2", 0, "meeting", date(2024, 6, 9), persons=[a, c]),
        _ev("d3", 0, "meeting", date(2024, 6, 9), persons=[a, c]),
        _ev("d4", 0, "meeting", persons=[a, b]),  # undated: the one meeting of these two
        _ev("d5", 0, "meeting", persons=[a]),  # undated, fits several: stays its own
    ]
    full = resolve_all(_frames(events, persons))
    assert full["events"].height == 3
    merged = full["event_mentions"].group_by("event_id").agg(pl.col("doc_id").sort())["doc_id"].to_list()
    assert sorted(merged) == [["d1", "d4"], ["d2", "d3"], ["d5"]]
    cache = tmp_path / "cache"
    for drop in ("d1", "d2", "d4", "d5"):
        sub = [e for e in events if e["doc_id"] != drop]
        _assert_same(resolve_all(_frames(sub, persons), cache_dir=cache), resolve_all(_frames(sub, persons)))
        _assert_same(resolve_all(_frames(events, persons), cache_dir=cache), full)
