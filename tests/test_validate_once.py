"""A table is validated once per build: the publish asset reuses the verdict of the asset check
on the very file the producing asset stored (same inode, size and mtime)."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import polars as pl
from dagster import DagsterInstance

import pipeline.validate as validate
from pipeline.build import build
from pipeline.schemas import polars_schema
from pipeline.state import read_parquet_remembered, write_parquet_atomic

ROOT = Path(__file__).resolve().parent.parent


def _paths(n: int) -> pl.DataFrame:
    return pl.DataFrame(
        {"doc_id": [f"doc_{i:016x}" for i in range(n)], "source_path": [f"a/{i}.txt" for i in range(n)]},
        schema=polars_schema("document_paths"),
    )


def _counting(monkeypatch) -> Counter:
    calls: Counter = Counter()
    real = validate._validate

    def counted(table, df):
        calls[table] += 1
        return real(table, df)

    monkeypatch.setattr(validate, "_validate", counted)
    return calls


def test_the_same_stored_file_is_validated_once(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    path = tmp_path / "document_paths.parquet"
    df = _paths(3)
    write_parquet_atomic(df, path)
    assert validate.validate_table("document_paths", df).n_bad == 0
    again = validate.validate_table("document_paths", read_parquet_remembered(path))
    assert again.n_bad == 0 and again.good.height == 3
    assert calls["document_paths"] == 1
    # a new file (even with the same rows) is validated again; a frame held in no file always is
    write_parquet_atomic(_paths(3), path)
    validate.validate_table("document_paths", read_parquet_remembered(path))
    validate.validate_table("document_paths", _paths(3))
    assert calls["document_paths"] == 3


def test_a_table_with_bad_rows_is_validated_every_time(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    bad = _paths(2).with_columns(pl.Series("source_path", ["a/1.txt", "a/1.txt"]))  # a duplicated path
    path = tmp_path / "bad.parquet"
    write_parquet_atomic(bad, path)
    first = validate.validate_table("document_paths", bad)
    second = validate.validate_table("document_paths", read_parquet_remembered(path))
    assert first.n_bad == second.n_bad > 0 and calls["document_paths"] == 2


def test_a_build_validates_each_table_once(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sorted((ROOT / "raw").glob("*.txt"))[0], raw)
    with DagsterInstance.ephemeral() as instance:
        summary = build(raw, tmp_path / "wh" / "warehouse.duckdb", instance=instance, quiet=True)
    assert summary.checks_passed == 17 and not summary.checks_failed
    assert len(calls) == 16 and set(calls.values()) == {1}, calls


def test_a_build_keeps_no_output_values_in_memory(tmp_path):
    """The build runs the job without Dagster's in-memory capture of every output value (they
    are all in the IO manager's files): a 10k-document build held ~250 MB of frames otherwise."""
    import dagster as dg

    from pipeline.build import execute_without_output_capture

    @dg.asset
    def numbers() -> list[int]:
        return list(range(10))

    job = dg.Definitions(assets=[numbers], jobs=[dg.define_asset_job("j")]).resolve_job_def("j")
    with DagsterInstance.ephemeral() as instance:
        result = execute_without_output_capture(job, instance=instance, run_config={})
        assert result.success
        assert [e.asset_key for e in result.get_asset_materialization_events()] == [dg.AssetKey("numbers")]
        assert not result._output_capture  # noqa: SLF001 - what this test is about
