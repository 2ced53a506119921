"""Publish the warehouse into a DuckLake catalog: the scale-out target.

A DuckLake is a lakehouse: table data as Parquet files under a data path (local disk or object
storage) and the catalog in a database (a DuckDB file for one machine, PostgreSQL when several
machines write).  Every publish replaces all tables and views in ONE DuckLake transaction, so
readers see either the previous snapshot or the new one, never a mix, and earlier snapshots stay
queryable (time travel: ``SELECT * FROM lake.events AT (VERSION => 3)``).

The extension ships in the PyPI package ``duckdb-ext-ducklake`` (DuckDB's own signed binary for
duckdb 1.4.4) and is loaded from site-packages: no network access at run time.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import duckdb
import polars as pl

from pipeline.publish import PublishResult, write_tables


def extension_path(name: str) -> str:
    """Path of a DuckDB extension installed from PyPI (``duckdb-ext-<name>``)."""
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"DuckDB extension {name!r} is not installed: pip install duckdb-ext-{name}")
    version = "v" + duckdb.__version__
    for base in spec.submodule_search_locations:
        hits = sorted(Path(base).glob(f"extensions/{version}/*/{name}.duckdb_extension"))
        if hits:
            return str(hits[0])
    raise RuntimeError(f"no {name} extension for duckdb {duckdb.__version__} in {list(spec.submodule_search_locations)}")


def _sql_str(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def attach_lake(con: duckdb.DuckDBPyConnection, catalog: str, data_path: str | None, alias: str = "lake", read_only: bool = False) -> None:
    con.execute(f"LOAD {_sql_str(extension_path('ducklake'))}")
    options = []
    if data_path:
        options.append(f"DATA_PATH {_sql_str(data_path)}")
    if read_only:
        options.append("READ_ONLY")
    opts = f" ({', '.join(options)})" if options else ""
    con.execute(f"ATTACH {_sql_str('ducklake:' + catalog)} AS {alias}{opts}")


def publish_ducklake(tables: dict[str, pl.DataFrame], catalog: str, data_path: str) -> PublishResult:
    """Replace every table and view of the lake in one transaction."""
    t0 = time.perf_counter()
    if "://" not in data_path:
        Path(data_path).mkdir(parents=True, exist_ok=True)
    if ":" not in catalog:  # a local catalog file (not postgres:/sqlite: …)
        Path(catalog).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        attach_lake(con, catalog, data_path)
        con.execute("USE lake")
        con.execute("BEGIN TRANSACTION")
        counts = write_tables(con, tables, replace=True)
        con.execute("COMMIT")
    finally:
        con.close()
    return PublishResult(Path(catalog), counts, time.perf_counter() - t0)
