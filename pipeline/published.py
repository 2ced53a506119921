"""Read-only access to the published warehouse, whichever target it was published to."""

from __future__ import annotations

from pathlib import Path

import duckdb


def connect_published(target: str, warehouse: Path, lake_catalog: str | None = None, lake_data: str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection whose default schema holds the warehouse's tables and views."""
    if target == "ducklake":
        from pipeline.publish_ducklake import attach_lake

        con = duckdb.connect()
        attach_lake(con, lake_catalog, lake_data, read_only=True)
        con.execute("USE lake")
        return con
    if target != "duckdb":
        raise ValueError(f"unknown publish target {target!r} (duckdb or ducklake)")
    return duckdb.connect(str(warehouse), read_only=True)
