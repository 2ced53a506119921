"""The project's Dagster instance storage (dagster.yaml → pipeline.defs.instance_storage).

A build through the engine-caching storage must write the same SQLite files the stock
``storage: sqlite:`` reads (the Dagster UI and daemon may use either), and must not open a new
SQLAlchemy engine per event any more.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from dagster import AssetKey, DagsterInstance, DagsterRunStatus

from pipeline.build import build
from pipeline.defs import instance_storage

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "raw").glob("*.txt"))[0]


def _instance(home: Path, state: Path, storage: dict) -> DagsterInstance:
    config = yaml.safe_load((ROOT / "dagster.yaml").read_text())
    config["storage"] = storage
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text(yaml.safe_dump(config))
    return DagsterInstance.from_config(str(home))


@pytest.fixture()
def state_dir(tmp_path, monkeypatch) -> Path:
    state = tmp_path / "dg"
    monkeypatch.setenv("DAGSTER_STATE_DIR", str(state))
    return state


def test_project_yaml_selects_engine_caching_storage():
    storage = yaml.safe_load((ROOT / "dagster.yaml").read_text())["storage"]
    assert storage["custom"]["module"] == "pipeline.defs.instance_storage"
    assert storage["custom"]["class"] == "EngineCachingSqliteStorage"


def test_build_writes_files_the_stock_storage_reads(tmp_path, state_dir, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)

    created: list[str] = []
    real_create = instance_storage.create_engine

    def counting_create(conn_string, **kw):
        created.append(conn_string)
        return real_create(conn_string, **kw)

    monkeypatch.setattr(instance_storage, "create_engine", counting_create)
    storage = yaml.safe_load((ROOT / "dagster.yaml").read_text())["storage"]
    with _instance(tmp_path / "home", state_dir, storage) as instance:
        summary = build(raw, tmp_path / "wh" / "warehouse.duckdb", instance=instance, quiet=True)
        run_id = instance.get_runs()[0].run_id
    assert summary.counts["documents"] == 1 and not summary.checks_failed
    # One engine per database file (runs.db, the index shard, this run's shard), not one per event.
    assert len(created) == len(set(created)) <= 4, created

    stock = {"sqlite": {"base_dir": {"env": "DAGSTER_STATE_DIR"}}}
    with _instance(tmp_path / "home_stock", state_dir, stock) as instance:
        runs = instance.get_runs()
        assert [r.run_id for r in runs] == [run_id] and runs[0].status == DagsterRunStatus.SUCCESS
        assert instance.get_latest_materialization_event(AssetKey("events")) is not None
        logs = instance.all_logs(run_id)
        checks = [e for e in logs if e.dagster_event and e.dagster_event.event_type_value == "ASSET_CHECK_EVALUATION"]
        assert len(checks) == summary.checks_passed
