"""Write the warehouse: a new DuckDB file, validated, swapped into place atomically.

DuckDB allows one writer per file and an open reader blocks writers, so the published file is
never written in place.  A build writes ``<warehouse dir>/.build/<name>.<pid>.duckdb``, creates
tables from the pandera models, inserts BY NAME, creates the views, checkpoints, fsyncs and then
``os.replace``s it over the published path.  A reader that has the old file open keeps reading the
old inode until it reconnects; a build killed at any point leaves the previous warehouse intact.
Concurrent builds are serialised by an exclusive ``flock`` on ``<warehouse dir>/.lock``.

Incremental publish: writing every table afresh costs seconds (compression, key indexes) even
when one document was added.  So each publish also records, in the warehouse's state folder
(``.state/<name>/published_digests.parquet``), a digest of every *key group* of every table (the rows sharing a
``doc_id``, ``event_id`` … — the table's first column when it is an id) and the identity of the
file it published (device, inode, size, mtime, row counts).  When the published file is still
exactly that file and the table layout (DDL, views, DuckDB and polars versions) is unchanged, the
next publish copies the published file to the new one, deletes the key groups whose digest
changed or vanished, inserts the changed and new ones, checkpoints — and swaps the copy in the same
atomic way.  Anything unexpected (no or stale digests, a file modified outside the pipeline, a
WAL file beside it, much free space) falls back to the full write.  The result has the same rows
as a full write; only their physical order differs (SQL tables have none).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl

from pipeline.schemas import TABLES, polars_schema

log = logging.getLogger(__name__)

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
    mode: str = "full"  # or "incremental": a copy of the published file with the changed key groups rewritten


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


# ------------------------------------------------------------------------------------------
# Incremental publish: copy the published file and rewrite only the key groups that changed
# ------------------------------------------------------------------------------------------

DIGESTS = {"table_name": pl.String, "key": pl.String, "digest": pl.UInt64}
_IDENTITY, _LAYOUT = "__identity__", "__layout__"  # table_name of the two header rows
# A table whose changed key groups hold more than this share of its rows is replaced whole.
REPLACE_SHARE = 0.5
# Full write (which compacts the file) when this share of the file's blocks is free space.
MAX_FREE_SHARE = 0.4


def patch_key(table: str) -> str | None:
    """The column whose groups are replaced together (the table's first column when it is an
    id: ``doc_id``, ``event_id`` …); None: the table is replaced whole when it changed."""
    first = next(iter(polars_schema(table)))
    return first if first.endswith("_id") else None


def _frame(table: str, tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    df = tables.get(table)
    schema = polars_schema(table)
    return pl.DataFrame(schema=schema) if df is None else df.select(list(schema))


def table_digests(table: str, df: pl.DataFrame) -> pl.DataFrame:
    """One row per key group of ``df`` (schema :data:`DIGESTS`): an order-insensitive sum of the
    rows' hashes.  Tables without a key column (or with a null key) are one group, key ``""``."""
    hashes = df.hash_rows(seed=0) if df.height else pl.Series("h", [], pl.UInt64)
    key = patch_key(table)
    if key is None or df[key].null_count():
        keys = pl.Series("key", [""] * df.height, pl.String)
    else:
        keys = df[key].cast(pl.String).alias("key")
    return (
        pl.DataFrame({"key": keys, "digest": hashes})
        .group_by("key")
        .agg(pl.col("digest").sum())
        .select(pl.lit(table).alias("table_name"), "key", "digest")
    )


def layout_fingerprint() -> str:
    """What a copied file must share with a fresh one: DDL, views, library versions."""
    h = hashlib.sha256(f"v1|{duckdb.__version__}|{pl.__version__}".encode())
    for table in TABLES:
        h.update(create_table_sql(table).encode())
        h.update(str(patch_key(table)).encode())
    h.update(VIEWS_SQL.read_bytes())
    return h.hexdigest()[:24]


def digests_path(warehouse: Path) -> Path:
    """Where the digests of the published ``warehouse`` are kept (its state folder)."""
    from pipeline.config import state_dir

    return state_dir(warehouse) / "published_digests.parquet"


def _file_identity(path: Path) -> str:
    """:func:`pipeline.state.file_identity` as the text kept in the digests' header row."""
    from pipeline.state import file_identity

    return ":".join(map(str, file_identity(path)))


def _row_counts(con: duckdb.DuckDBPyConnection) -> str:
    rows = con.execute("SELECT table_name, estimated_size FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1").fetchall()
    return ",".join(f"{t}={n}" for t, n in rows)


def _free_share(con: duckdb.DuckDBPyConnection) -> float:
    total, free = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchone()
    return free / total if total else 0.0


def _save_digests(warehouse: Path, digests: pl.DataFrame, counts: str, free_share: float) -> None:
    """Record what was just published (after the swap: a crash before this leaves old digests
    whose identity no longer matches, hence a full write next time)."""
    from pipeline.state import write_parquet_atomic

    header = pl.DataFrame(
        {
            "table_name": [_IDENTITY, _LAYOUT],
            "key": [f"{_file_identity(warehouse)}|{counts}|{free_share:.3f}", layout_fingerprint()],
            "digest": [0, 0],
        },
        schema=DIGESTS,
    )
    try:
        write_parquet_atomic(pl.concat([header, digests]), digests_path(warehouse))
    except OSError:
        log.warning("could not record the digests of %s: the next publish writes every table", warehouse)


def _published_digests(warehouse: Path) -> tuple[pl.DataFrame, str] | None:
    """The digests of the currently published file and its row counts, if they can be trusted."""
    from pipeline.state import read_parquet_or_empty

    path = digests_path(warehouse)
    if not warehouse.is_file() or not path.is_file() or warehouse.with_name(warehouse.name + ".wal").exists():
        return None
    stored = read_parquet_or_empty(path, DIGESTS)
    header = dict(stored.filter(pl.col("table_name").is_in([_IDENTITY, _LAYOUT])).select("table_name", "key").iter_rows())
    if header.get(_LAYOUT) != layout_fingerprint() or _IDENTITY not in header:
        return None
    identity, counts, free_share = header[_IDENTITY].split("|")
    if identity != _file_identity(warehouse) or float(free_share) > MAX_FREE_SHARE:
        return None
    return stored.filter(~pl.col("table_name").is_in([_IDENTITY, _LAYOUT])), counts


def _patch_table(con: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame, old: pl.DataFrame, new: pl.DataFrame) -> int:
    """Bring ``table`` in the open database from digests ``old`` to ``df`` (digests ``new``);
    returns the rows written."""
    changed = (
        old.join(new, on="key", how="full", suffix="_new", coalesce=True)
        .filter(pl.col("digest").is_null() | pl.col("digest_new").is_null() | (pl.col("digest") != pl.col("digest_new")))
        .select("key")
    )
    if changed.height == 0:
        return 0
    key = patch_key(table)
    whole = key is None or df[key].null_count() > 0 or (changed["key"] == "").any()  # "": the one-group form
    rows = df if whole else df.filter(pl.col(key).cast(pl.String).is_in(changed["key"].implode()))
    if whole or rows.height > REPLACE_SHARE * max(df.height, 1):
        con.execute(f"DELETE FROM {table}")
        rows = df
    else:
        con.register("__keys", changed.to_arrow())
        con.execute(f'DELETE FROM {table} WHERE "{key}" IN (SELECT key FROM __keys)')
        con.unregister("__keys")
    if rows.height:
        con.register("__frame", rows.to_arrow())
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM __frame")
        con.unregister("__frame")
    return rows.height


def patch_database(path: Path, frames: dict[str, pl.DataFrame], old: pl.DataFrame, new: pl.DataFrame) -> dict[str, int]:
    """Apply to the database copy at ``path`` the key groups whose digest changed; returns the
    rows written per table."""
    con = duckdb.connect(str(path))
    written: dict[str, int] = {}
    try:
        con.execute("BEGIN TRANSACTION")
        old_by = old.partition_by("table_name", as_dict=True)
        new_by = new.partition_by("table_name", as_dict=True)
        for table in TABLES:
            empty_digests = pl.DataFrame(schema=DIGESTS)
            written[table] = _patch_table(
                con, table, frames[table], old_by.get((table,), empty_digests), new_by.get((table,), empty_digests)
            )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return written


def publish(tables: dict[str, pl.DataFrame], warehouse: Path, *, lock_wait_seconds: float = 0.0, incremental: bool = True) -> PublishResult:
    """Write ``tables`` into a new file and atomically replace ``warehouse`` with it.

    With ``incremental`` (the default) and trustworthy digests of the published file, the new
    file is a copy of the published one in which only the changed key groups are rewritten
    (see the module docstring); otherwise every table is written afresh.
    """
    t0 = time.perf_counter()
    warehouse = Path(warehouse)
    build_dir = warehouse.parent / ".build"
    build_dir.mkdir(parents=True, exist_ok=True)
    frames = {table: _frame(table, tables) for table in TABLES}
    counts = {table: df.height for table, df in frames.items()}
    with build_lock(warehouse, lock_wait_seconds):
        # holding the lock, anything left in .build/ is debris of a killed build
        for stale in build_dir.glob(f"{warehouse.stem}.*.duckdb*"):
            with contextlib.suppress(OSError):
                stale.unlink()
        tmp = build_dir / f"{warehouse.stem}.{os.getpid()}.{time.time_ns()}.duckdb"
        digests = pl.concat([table_digests(table, df) for table, df in frames.items()])
        try:
            published = _published_digests(warehouse) if incremental else None
            patched = False
            if published is not None:
                old, old_counts = published
                identity = _file_identity(warehouse)
                shutil.copyfile(warehouse, tmp)
                con = duckdb.connect(str(tmp), read_only=True)
                try:
                    same = _row_counts(con) == old_counts
                finally:
                    con.close()
                if same and _file_identity(warehouse) == identity:  # not replaced while copying
                    patch_database(tmp, frames, old, digests)
                    patched = True
                else:
                    tmp.unlink()
            if not patched:
                write_database(tmp, frames)
            con = duckdb.connect(str(tmp), read_only=True)
            try:
                new_counts, free = _row_counts(con), _free_share(con)
            finally:
                con.close()
            _fsync(tmp)
            os.replace(tmp, warehouse)
            dir_fd = os.open(warehouse.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
            _save_digests(warehouse, digests, new_counts, free)
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
    return PublishResult(warehouse, counts, time.perf_counter() - t0, "incremental" if patched else "full")
