"""End to end: the seed documents through Dagster into a warehouse that honours the contract."""

from __future__ import annotations

import shutil

import duckdb
import pytest

# The contract's tables and columns (WAREHOUSE_CONTRACT.md v1), written out here on purpose:
# the test must fail if the schemas drift from the public interface.
CONTRACT = {
    "documents": {
        "doc_id": "VARCHAR", "source_path": "VARCHAR", "title": "VARCHAR", "url": "VARCHAR",
        "publisher": "VARCHAR", "published_date": "DATE", "reference_date": "DATE",
        "reference_precision": "VARCHAR", "text": "VARCHAR", "content_sha256": "VARCHAR",
    },
    "rejected_documents": {"source_path": "VARCHAR", "reason": "VARCHAR"},
    "sentences": {
        "doc_id": "VARCHAR", "sentence_id": "INTEGER", "char_start": "INTEGER", "char_end": "INTEGER",
        "text": "VARCHAR", "is_boilerplate": "BOOLEAN",
    },
    "actors": {"actor_id": "VARCHAR", "name": "VARCHAR", "actor_type": "VARCHAR", "country_iso3": "VARCHAR"},
    "actor_aliases": {"actor_id": "VARCHAR", "alias": "VARCHAR"},
    "positions": {"actor_id": "VARCHAR", "title": "VARCHAR", "country_iso3": "VARCHAR", "doc_id": "VARCHAR", "sentence_id": "INTEGER"},
    "events": {
        "event_id": "VARCHAR", "event_type": "VARCHAR", "status": "VARCHAR", "plover_type": "VARCHAR",
        "date_start": "DATE", "date_end": "DATE", "date_precision": "VARCHAR", "location": "VARCHAR",
        "location_country_iso3": "VARCHAR", "host_country_iso3": "VARCHAR", "mechanism": "VARCHAR",
        "mechanism_round": "INTEGER", "parent_event_id": "VARCHAR", "summary": "VARCHAR", "n_documents": "INTEGER",
    },
    "event_participants": {"event_id": "VARCHAR", "actor_id": "VARCHAR", "role": "VARCHAR"},
    "event_mentions": {"event_id": "VARCHAR", "doc_id": "VARCHAR", "sentence_id": "INTEGER", "char_start": "INTEGER", "char_end": "INTEGER"},
    "agreements": {
        "agreement_id": "VARCHAR", "name": "VARCHAR", "agreement_type": "VARCHAR", "signed_date": "DATE",
        "signed_precision": "VARCHAR", "effective_date": "DATE", "effective_precision": "VARCHAR",
        "quantity": "INTEGER", "n_documents": "INTEGER",
    },
    "agreement_parties": {"agreement_id": "VARCHAR", "actor_id": "VARCHAR"},
    "agreement_topics": {"agreement_id": "VARCHAR", "topic": "VARCHAR"},
    "agreement_mentions": {"agreement_id": "VARCHAR", "doc_id": "VARCHAR", "sentence_id": "INTEGER", "char_start": "INTEGER", "char_end": "INTEGER"},
    "indicators": {
        "indicator_id": "VARCHAR", "subject": "VARCHAR", "metric": "VARCHAR", "value": "DOUBLE", "unit": "VARCHAR",
        "period_start": "DATE", "period_end": "DATE", "period_precision": "VARCHAR", "change_pct": "DOUBLE",
        "from_country_iso3": "VARCHAR", "to_country_iso3": "VARCHAR", "source_org": "VARCHAR", "n_documents": "INTEGER",
    },
    "indicator_mentions": {"indicator_id": "VARCHAR", "doc_id": "VARCHAR", "sentence_id": "INTEGER", "char_start": "INTEGER", "char_end": "INTEGER"},
}
VIEWS = {"engagement_timeline", "trade_by_year", "indicator_conflicts", "person_positions", "agreements_by_year", "fact_evidence"}


def test_every_contract_table_and_column(seed_db):
    for table, columns in CONTRACT.items():
        got = dict(seed_db.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema='main' AND table_name=?", [table]
        ).fetchall())
        assert got, f"table {table} missing"
        for col, typ in columns.items():
            assert got.get(col) == typ, f"{table}.{col}: expected {typ}, got {got.get(col)}"
    views = {r[0] for r in seed_db.execute("SELECT table_name FROM information_schema.tables WHERE table_type='VIEW'").fetchall()}
    assert VIEWS <= views


def test_seed_documents_loaded(seed_db, seed_build):
    rows = seed_db.execute("SELECT source_path, reference_precision FROM documents ORDER BY source_path").fetchall()
    assert [r[0] for r in rows] == [
        "000_53f925ff2840f8b5.txt", "001_a24e954fd0a7b307.txt", "002_50670c5c914345a8.txt",
        "003_a16fa126ef85eaa4.txt", "004_d4979c34144fa7d8.txt",
    ]
    assert seed_db.execute("SELECT count(*) FROM rejected_documents").fetchone()[0] == 0
    # dated articles: the Global Times piece carries a dateline of 6 February 2025
    assert seed_db.execute(
        "SELECT published_date FROM documents WHERE source_path = '003_a16fa126ef85eaa4.txt'"
    ).fetchone()[0].isoformat() == "2025-02-06"
    assert seed_build.counts["sentences"] > 150


def test_sentence_offsets_point_into_text(seed_db):
    bad = seed_db.execute(
        """SELECT count(*) FROM sentences s JOIN documents d USING (doc_id)
           WHERE substr(d.text, s.char_start + 1, s.char_end - s.char_start) <> s.text"""
    ).fetchone()[0]
    assert bad == 0


def test_evidence_spans_inside_their_sentence(seed_db):
    n, bad = seed_db.execute(
        """SELECT count(*), count(*) FILTER (WHERE f.char_start < s.char_start OR f.char_end > s.char_end OR s.text IS NULL)
           FROM fact_evidence f LEFT JOIN sentences s USING (doc_id, sentence_id)"""
    ).fetchone()
    assert n > 0 and bad == 0


def test_boilerplate_flagged(seed_db):
    flagged = [r[0] for r in seed_db.execute("SELECT text FROM sentences WHERE is_boilerplate").fetchall()]
    assert any("cookie" in t.lower() for t in flagged)


def test_facts_extracted(seed_build, seed_db):
    c = seed_build.counts
    assert c["events"] >= 20 and c["agreements"] >= 5 and c["indicators"] >= 10 and c["persons"] >= 10
    # the 2024 bilateral trade figure, reported by two documents, is one row
    row = seed_db.execute(
        "SELECT value, change_pct, n_documents FROM indicators WHERE metric='trade_total' AND year(period_start)=2024"
    ).fetchall()
    assert row == [(23060000000.0, 11.1, 2)]


def test_all_asset_checks_pass(seed_build):
    assert seed_build.checks_failed == []
    assert seed_build.checks_passed >= 16


def test_rebuild_is_incremental_and_deterministic(seed_build, dagster_instance, tmp_path):
    """Same input → same ids; an unrelated new article changes no existing id."""
    from pipeline.build import build

    raw = tmp_path / "raw"
    shutil.copytree(seed_build.warehouse.parent.parent / "raw", raw)
    wh = tmp_path / "w" / "warehouse.duckdb"
    build(raw, wh, instance=dagster_instance, quiet=True)

    def ids(path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            return {t: {r[0] for r in con.execute(f"SELECT {t[:-1]}_id FROM {t}").fetchall()} for t in ("events", "agreements", "indicators")}
        finally:
            con.close()

    first = ids(wh)
    assert first == ids(seed_build.warehouse)
    (raw / "zz_unrelated.txt").write_text(
        "Nepali Prime Minister Pushpa Kamal Dahal met Indian Prime Minister Narendra Modi in New Delhi on June 1, 2023.\n"
    )
    build(raw, wh, instance=dagster_instance, quiet=True)
    second = ids(wh)
    for t in first:
        assert first[t] <= second[t], f"{t}: ids changed after adding an unrelated article"
    assert len(second["events"]) == len(first["events"]) + 1


def test_ducklake_target_publishes_the_same_warehouse(seed_build, seed_db, dagster_instance, tmp_path, monkeypatch):
    from pipeline.build import build

    monkeypatch.setenv("PIPELINE_DUCKLAKE_CATALOG", str(tmp_path / "lake" / "catalog.ducklake"))
    monkeypatch.setenv("PIPELINE_DUCKLAKE_DATA", str(tmp_path / "lake" / "data"))
    raw = seed_build.warehouse.parent.parent / "raw"
    summary = build(raw, tmp_path / "w" / "warehouse.duckdb", instance=dagster_instance, quiet=True, publish_target="ducklake")
    assert summary.counts == seed_build.counts
    assert summary.checks_failed == []
    assert not (tmp_path / "w" / "warehouse.duckdb").exists()  # nothing written to the DuckDB target
