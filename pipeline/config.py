"""Where things are: project paths and their environment overrides."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MAX_BYTES = 5_000_000


def default_raw_dir() -> Path:
    return Path(os.environ.get("PIPELINE_RAW_DIR", PROJECT_ROOT / "raw"))


def default_warehouse() -> Path:
    return Path(os.environ.get("PIPELINE_WAREHOUSE", PROJECT_ROOT / "warehouse" / "warehouse.duckdb"))


def default_max_bytes() -> int:
    return int(os.environ.get("PIPELINE_MAX_BYTES", DEFAULT_MAX_BYTES))


def state_dir(warehouse: Path) -> Path:
    """Per-warehouse working state (stored mentions, asset values): never published."""
    return Path(warehouse).parent / ".state" / Path(warehouse).stem


def dagster_env() -> None:
    """Point Dagster at the project's instance (dagster.yaml) unless the caller chose another."""
    os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT))
    os.environ.setdefault("DAGSTER_STATE_DIR", str(PROJECT_ROOT / ".dagster"))
    Path(os.environ["DAGSTER_STATE_DIR"]).mkdir(parents=True, exist_ok=True)


def default_publish_target() -> str:
    """``duckdb`` (one file, swapped atomically) or ``ducklake`` (a DuckLake catalog + Parquet data)."""
    return os.environ.get("PIPELINE_PUBLISH_TARGET", "duckdb")


def default_ducklake_catalog(warehouse: Path) -> str:
    return os.environ.get("PIPELINE_DUCKLAKE_CATALOG", str(Path(warehouse).parent / "lake" / "catalog.ducklake"))


def default_ducklake_data(warehouse: Path) -> str:
    return os.environ.get("PIPELINE_DUCKLAKE_DATA", str(Path(warehouse).parent / "lake" / "data"))
