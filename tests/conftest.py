"""Shared fixtures: one build of the seed documents, reused by the end-to-end tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from hypothesis import settings

# Property tests judge correctness, never speed: the CI and development machines are shared and
# noisy, so a per-example deadline only makes the suite flaky (a 200 ms default under load).
settings.register_profile("shared-machine", deadline=None)
settings.load_profile("shared-machine")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "raw"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.json"


@pytest.fixture(scope="session")
def dagster_instance():
    from dagster import DagsterInstance

    with DagsterInstance.ephemeral() as instance:
        yield instance


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, dagster_instance):
    """Build the five seed documents into a temporary warehouse once per test session."""
    from pipeline.build import build

    work = tmp_path_factory.mktemp("seed_build")
    raw = work / "raw"
    shutil.copytree(SEEDS, raw)
    summary = build(raw, work / "warehouse" / "warehouse.duckdb", instance=dagster_instance, quiet=True)
    return summary


@pytest.fixture()
def seed_db(seed_build):
    con = duckdb.connect(str(seed_build.warehouse), read_only=True)
    yield con
    con.close()
