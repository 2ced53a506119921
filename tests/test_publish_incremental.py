"""Incremental publish: a copy of the published file with only the changed key groups rewritten
has exactly the rows of a full write; anything untrusted falls back to the full write."""

from __future__ import annotations

import os
from datetime import date

import duckdb
import polars as pl
import pytest

from pipeline.publish import digests_path, publish, table_digests
from pipeline.schemas import TABLES, polars_schema


def _tables(n_docs: int, n_events: int, tag: str = "") -> dict[str, pl.DataFrame]:
    docs = pl.DataFrame(
        {
            "doc_id": [f"doc_{i}" for i in range(n_docs)], "source_path": [f"{i}.txt" for i in range(n_docs)],
            "title": None, "url": None, "publisher": None, "published_date": None, "reference_date": None,
            "reference_precision": "unknown", "text": [f"Text of {i}. Second." for i in range(n_docs)],
            "content_sha256": ["0" * 64] * n_docs,
        },
        schema=polars_schema("documents"),
    )
    sentences = pl.DataFrame(
        {
            "doc_id": [f"doc_{i}" for i in range(n_docs) for _ in range(2)],
            "sentence_id": [j for _ in range(n_docs) for j in range(2)],
            "char_start": [0, 11] * n_docs, "char_end": [10, 18] * n_docs,
            "text": ["Text of x.", "Second."] * n_docs, "is_boilerplate": [False, True] * n_docs,
        },
        schema=polars_schema("sentences"),
    )
    events = pl.DataFrame(
        {
            "event_id": [f"evt_{i}" for i in range(n_events)], "event_type": "visit", "status": "occurred",
            "plover_type": "CONSULT", "date_start": date(2024, 1, 2), "date_end": None, "date_precision": "day",
            "location": None, "location_country_iso3": None, "host_country_iso3": "PER", "mechanism": None,
            "mechanism_round": None, "parent_event_id": None, "casualties": None,
            "summary": [f"Visit {i}{tag}" for i in range(n_events)], "n_documents": 1,
        },
        schema=polars_schema("events"),
    )
    rejected = pl.DataFrame({"source_path": ["bad.txt"], "reason": [f"empty{tag}"]}, schema=polars_schema("rejected_documents"))
    return {"documents": docs, "sentences": sentences, "events": events, "rejected_documents": rejected}


def _dump(path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        out = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}
        out["views"] = sorted(r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall())
        return out
    finally:
        con.close()


def test_incremental_publish_equals_a_full_write(tmp_path):
    wh, ref = tmp_path / "w.duckdb", tmp_path / "ref.duckdb"
    assert publish(_tables(50, 40), wh).mode == "full"  # nothing recorded yet
    steps = [
        _tables(51, 40),  # one new document
        _tables(51, 41, tag=" (updated)"),  # every event's summary changed, one more, rejected changed
        _tables(30, 41, tag=" (updated)"),  # documents removed
        {"documents": _tables(30, 0)["documents"]},  # tables emptied
        _tables(30, 5),
    ]
    for tables in steps:
        result = publish(tables, wh)
        assert result.mode == "incremental"
        publish(tables, ref, incremental=False)
        assert _dump(wh) == _dump(ref)
    assert list((tmp_path / ".build").iterdir()) == []


def test_unchanged_tables_are_not_rewritten(tmp_path):
    wh = tmp_path / "w.duckdb"
    publish(_tables(20, 10), wh)
    con = duckdb.connect(str(wh), read_only=True)
    events_blocks = con.execute("SELECT list(block_id ORDER BY column_id, segment_id) FROM pragma_storage_info('events')").fetchone()[0]
    con.close()
    publish(_tables(21, 10), wh)
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 21
    assert con.execute("SELECT list(block_id ORDER BY column_id, segment_id) FROM pragma_storage_info('events')").fetchone()[0] == events_blocks
    con.close()


@pytest.mark.parametrize("tamper", ["modified", "digests_lost", "wal"])
def test_untrusted_published_file_means_a_full_write(tmp_path, tamper):
    wh = tmp_path / "w.duckdb"
    publish(_tables(10, 3), wh)
    if tamper == "modified":  # someone wrote into the published file
        con = duckdb.connect(str(wh))
        con.execute("INSERT INTO rejected_documents VALUES ('x.txt', 'added by hand')")
        con.close()
    elif tamper == "digests_lost":
        digests_path(wh).unlink()
    else:
        (tmp_path / "w.duckdb.wal").write_bytes(b"")
    result = publish(_tables(11, 3), wh)
    if tamper == "wal":
        (tmp_path / "w.duckdb.wal").unlink()
    assert result.mode == "full"
    assert _dump(wh)["rejected_documents"] == [("bad.txt", "empty")]
    assert publish(_tables(12, 3), wh).mode == "incremental"


def test_digests_ignore_row_order_and_see_every_column():
    df = _tables(5, 3)["events"]
    a = table_digests("events", df).sort("key")
    assert a.equals(table_digests("events", df.reverse()).sort("key"))
    changed = table_digests("events", df.with_columns(pl.when(pl.col("event_id") == "evt_1").then(2).otherwise(1).cast(pl.Int32).alias("n_documents"))).sort("key")
    diff = a.join(changed, on="key").filter(pl.col("digest") != pl.col("digest_right"))
    assert diff["key"].to_list() == ["evt_1"]
