"""Write the warehouse: a new DuckDB file, validated, swapped into place atomically.

DuckDB allows one writer per file and an open reader blocks writers, so the published file is
never written in place.  A build writes ``<warehouse dir>/.build/<name>.<pid>.duckdb``, creates
tables from the pandera models, inserts BY NAME, creates the views, checkpoints, fsyncs and then
``os.replace``s it over the published path.  A reader that has the old file open keeps reading the
old inode until it reconnects; a build killed at any point leaves the previous warehouse intact.
Concurrent builds are serialised by an exclusive ``flock`` on ``<warehouse dir>/.lock``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl

from pipeline.schemas import TABLES, polars_schema

VIEWS_SQL = Path(__file__).with_name("views.sql")

_DUCK_TYPES = {
    pl.String: "VARCHAR",
    pl.Int32: "INTEGER",
    pl.Int64: "BIGINT",
    pl.Float64: "DOUBLE",
    pl.Date: "DATE",
    pl.Boolean: "BOOLEAN",
}

PRIMARY_KEYS = {
    "documents": "doc_id",
    "actors": "actor_id",
    "events": "event_id",
    "agreements": "agreement_id",
    "indicators": "indicator_id",
}


class WarehouseBusy(RuntimeError):
    """Another build holds the publish lock."""


@contextlib.contextmanager
def build_lock(warehouse: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Exclusive lock for one build of ``warehouse``; waits up to ``wait_seconds`` for another build."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.parent / f".{warehouse.name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
                    raise WarehouseBusy(
                        f"another build (pid {holder}) is publishing {warehouse}; "
                        f"waited {wait_seconds:.0f} s — try again when it has finished"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the flock


def create_table_sql(table: str, *, replace: bool = False, primary_key: bool = True) -> str:
    cols = []
    for name, dtype in polars_schema(table).items():
        col = f'"{name}" {_DUCK_TYPES[dtype]}'
        if primary_key and PRIMARY_KEYS.get(table) == name:
            col += " PRIMARY KEY"
        cols.append(col)
    create = "CREATE OR REPLACE TABLE" if replace else "CREATE TABLE"
    return f"{create} {table} (\n  " + ",\n  ".join(cols) + "\n)"


def write_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pl.DataFrame], *, replace: bool = False) -> dict[str, int]:
    """Create every published table (empty when absent from ``tables``), fill it BY NAME, create the views.

    Runs inside the caller's transaction. ``replace`` re-creates existing tables and views (DuckLake,
    which has no primary keys).
    """
    counts: dict[str, int] = {}
    for table in TABLES:
        con.execute(create_table_sql(table, replace=replace, primary_key=not replace))
        df = tables.get(table)
        if df is not None and df.height:
            con.register("__frame", df.select(list(polars_schema(table))).to_arrow())
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM __frame")
            con.unregister("__frame")
        counts[table] = 0 if df is None else df.height
    views = VIEWS_SQL.read_text()
    con.execute(views.replace("CREATE VIEW", "CREATE OR REPLACE VIEW") if replace else views)
    return counts


@dataclass(frozen=True)
class PublishResult:
    path: Path
    row_counts: dict[str, int]
    seconds: float


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_database(path: Path, tables: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Create every published table (empty when absent from ``tables``) and the views in ``path``."""
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN TRANSACTION")
        counts = write_tables(con, tables)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return counts


def publish(tables: dict[str, pl.DataFrame], warehouse: Path, *, lock_wait_seconds: float = 0.0) -> PublishResult:
    """Write ``tables`` into a new file and atomically replace ``warehouse`` with it."""
    t0 = time.perf_counter()
    warehouse = Path(warehouse)
    build_dir = warehouse.parent / ".build"
    build_dir.mkdir(parents=True, exist_ok=True)
    with build_lock(warehouse, lock_wait_seconds):
        # holding the lock, anything left in .build/ is debris of a killed build
        for stale in build_dir.glob(f"{warehouse.stem}.*.duckdb*"):
            with contextlib.suppress(OSError):
                stale.unlink()
        tmp = build_dir / f"{warehouse.stem}.{os.getpid()}.{time.time_ns()}.duckdb"
        try:
            counts = write_database(tmp, tables)
            _fsync(tmp)
            os.replace(tmp, warehouse)
            dir_fd = os.open(warehouse.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
    return PublishResult(warehouse, counts, time.perf_counter() - t0)
