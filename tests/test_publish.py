"""Validation keeps bad rows out; publishing is atomic, lock-protected and survives SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date

import duckdb
import polars as pl
import pytest

from pipeline.publish import WarehouseBusy, build_lock, publish
from pipeline.schemas import polars_schema
from pipeline.validate import TableSchemaError, validate_table


def _events(rows: list[dict]) -> pl.DataFrame:
    base = {
        "event_id": "evt_1", "event_type": "visit", "status": "occurred", "plover_type": "CONSULT",
        "date_start": date(2025, 2, 4), "date_end": date(2025, 2, 8), "date_precision": "day",
        "location": None, "location_country_iso3": None, "host_country_iso3": "CHN", "mechanism": None,
        "mechanism_round": None, "parent_event_id": None, "casualties": None,
        "summary": "A visited B.", "n_documents": 1,
    }
    return pl.DataFrame([base | r for r in rows], schema=polars_schema("events"), orient="row")


def test_bad_rows_are_quarantined_not_published(tmp_path):
    df = _events([
        {"event_id": "evt_good"},
        {"event_id": "evt_bad_type", "event_type": "picnic"},
        {"event_id": "evt_bad_dates", "date_start": date(2025, 3, 1), "date_end": date(2025, 2, 1)},
        {"event_id": "evt_bad_iso", "host_country_iso3": "China"},
    ])
    v = validate_table("events", df)
    assert v.good["event_id"].to_list() == ["evt_good"]
    assert v.n_bad >= 3
    bad_ids = {json.loads(r)["event_id"] for r in v.quarantine["row"]}
    assert bad_ids == {"evt_bad_type", "evt_bad_dates", "evt_bad_iso"}

    wh = tmp_path / "w.duckdb"
    publish({"events": v.good, "quarantine": v.quarantine}, wh)
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("SELECT event_id FROM events").fetchall() == [("evt_good",)]
    assert con.execute("SELECT count(DISTINCT row) FROM quarantine WHERE table_name='events'").fetchone()[0] == 3
    con.close()


def test_wrong_shape_is_a_table_error():
    df = _events([{}]).drop("summary")
    with pytest.raises(TableSchemaError, match="summary"):
        validate_table("events", df)
    with pytest.raises(TableSchemaError, match="dtypes"):
        validate_table("events", _events([{}]).with_columns(pl.col("n_documents").cast(pl.Int64)))


def _docs(n: int, tag: str) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [f"doc_{tag}{i}" for i in range(n)], "source_path": [f"{tag}{i}.txt" for i in range(n)],
            "title": None, "url": None, "publisher": None, "published_date": None, "reference_date": None,
            "reference_precision": "unknown", "text": ["x" * 50] * n, "content_sha256": ["0" * 64] * n,
        },
        schema=polars_schema("documents"),
    )


def test_open_reader_does_not_block_publish(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    publish({"documents": _docs(1, "old")}, wh)
    reader = duckdb.connect(str(wh), read_only=True)
    try:
        publish({"documents": _docs(2, "new")}, wh)  # must not wait for the reader
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 1  # old snapshot
    finally:
        reader.close()
    fresh = duckdb.connect(str(wh), read_only=True)
    assert fresh.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    fresh.close()
    assert list((tmp_path / ".build").iterdir()) == []


def test_second_build_waits_then_fails_clearly(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    with build_lock(wh):
        t0 = time.monotonic()
        with pytest.raises(WarehouseBusy, match="another build"):
            publish({"documents": _docs(1, "a")}, wh, lock_wait_seconds=0.5)
        assert time.monotonic() - t0 >= 0.5
    publish({"documents": _docs(1, "a")}, wh)  # lock released: works


def test_sigkill_during_publish_leaves_previous_warehouse(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    publish({"documents": _docs(3, "old")}, wh)
    script = textwrap.dedent(
        f"""
        import polars as pl
        from pathlib import Path
        from pipeline.publish import publish
        from pipeline.schemas import polars_schema
        n = 300_000
        df = pl.DataFrame({{"doc_id": [f"doc_{{i}}" for i in range(n)], "source_path": [f"{{i}}.txt" for i in range(n)],
            "title": None, "url": None, "publisher": None, "published_date": None, "reference_date": None,
            "reference_precision": "unknown", "text": ["y" * 200] * n, "content_sha256": ["0" * 64] * n}},
            schema=polars_schema("documents"))
        print("ready", flush=True)
        publish({{"documents": df}}, Path({str(wh)!r}))
        """
    )
    for delay in (0.0, 0.3, 0.8):
        proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = duckdb.connect(str(wh), read_only=True)
        n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        con.close()
        assert n in (3, 300_000)  # the old warehouse, or (if the rename already happened) the new one
        if n == 3:
            assert os.path.exists(wh)
    publish({"documents": _docs(1, "after")}, wh)  # the next build clears the killed builds' debris
    assert list((tmp_path / ".build").iterdir()) == []


def test_ducklake_target_replaces_everything_in_one_snapshot(tmp_path):
    from pipeline.published import connect_published
    from pipeline.publish_ducklake import publish_ducklake

    catalog, data = str(tmp_path / "lake" / "catalog.ducklake"), str(tmp_path / "lake" / "data")
    publish_ducklake({"documents": _docs(2, "v1")}, catalog, data)
    publish_ducklake({"documents": _docs(3, "v2")}, catalog, data)
    con = connect_published("ducklake", tmp_path / "unused.duckdb", catalog, data)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM engagement_timeline").fetchone()[0] == 0  # views exist
        # the previous publish is still there as an earlier snapshot (time travel)
        versions = [r[0] for r in con.execute("SELECT snapshot_id FROM ducklake_snapshots('lake')").fetchall()]
        old = con.execute(f"SELECT count(*) FROM documents AT (VERSION => {versions[-2]})").fetchone()[0]
        assert old == 2
    finally:
        con.close()
