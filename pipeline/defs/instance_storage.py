"""Dagster's SQLite instance storage, with one pooled SQLAlchemy engine per database file.

The stock ``DagsterSqliteStorage`` (``storage: sqlite:`` in ``dagster.yaml``) creates a new
SQLAlchemy engine, and opens and closes a new SQLite connection, for every statement it runs: a
build that logs ~200 events creates ~900 engines and ~550 connections.  Engine set-up costs CPU
(dialect initialisation); closing the last connection to a WAL database checkpoints it (page
writes and an fsync), and every commit syncs the WAL: together 1.5–3 s of a one-file build, more
on a busy disk.

These subclasses keep the engine of each database file for the life of the instance, with a small
connection pool, so a build opens each file once; its connections run with
``synchronous=NORMAL``, SQLite's recommended setting for WAL mode.  The files, their schema, WAL
mode and busy timeout are those of the stock classes, and the same Dagster UI, daemon and
``dagster`` CLI read them (they may keep using ``storage: sqlite:``).  Between transactions a
pooled connection holds no lock, so other processes read and write the files as before.

Selected in ``dagster.yaml``::

    storage:
      custom:
        module: pipeline.defs.instance_storage
        class: EngineCachingSqliteStorage
        config:
          base_dir:
            env: DAGSTER_STATE_DIR

Relies on two private methods of dagster 1.13 (``SqliteEventLogStorage._connect``,
``SqliteRunStorage.connect``); the version is pinned and ``tests/test_instance_storage.py`` runs a
build through this storage and reads its runs and events back with the stock classes.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

from dagster._core.storage.event_log.sqlite.sqlite_event_log import SQLITE_BUSY_TIMEOUT_SECONDS, SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sqlite_storage import (
    DagsterSqliteStorage,
    _event_logs_directory,
    _runs_directory,
    _schedule_directory,
)
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool


def _wal_normal_sync(dbapi_connection, _record) -> None:
    """``synchronous=NORMAL`` on each new connection: in WAL mode SQLite then syncs at checkpoints,
    not at every commit.  The database cannot be corrupted this way; a power cut (not a killed
    process) may lose the last events of a run, which the run's own status then shows as unfinished."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class _EngineCache:
    """Engines by connection string, created on first use (thread-safe), each with a pool of one
    connection (up to four more while several threads write at once)."""

    def __init__(self, **connect_args) -> None:
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()
        # connections move between threads only through the pool (one user at a time)
        self._connect_args = {"check_same_thread": False, **connect_args}

    def get(self, conn_string: str) -> Engine:
        """The engine for ``conn_string`` (created on first use)."""
        with self._lock:
            engine = self._engines.get(conn_string)
            if engine is None:
                engine = create_engine(
                    conn_string, poolclass=QueuePool, pool_size=1, max_overflow=4, connect_args=self._connect_args
                )
                event.listen(engine, "connect", _wal_normal_sync)
                self._engines[conn_string] = engine
            return engine

    @contextmanager
    def begin(self, conn_string: str) -> Iterator[Connection]:
        """A pooled connection to ``conn_string`` inside a transaction, committed on exit."""
        with self.get(conn_string).connect() as conn:
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        with self._lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


class _DisposesEngines:
    """Closes the pooled connections when Dagster disposes of the storage."""

    _engine_cache: _EngineCache

    def dispose(self) -> None:
        super().dispose()  # type: ignore[misc]
        self._engine_cache.dispose()


class EngineCachingEventLogStorage(_DisposesEngines, SqliteEventLogStorage):
    """Per-run event log shards (``history/runs/<run_id>.db`` and the index shard), one engine each."""

    def __init__(self, base_dir: str, inst_data=None):
        self._engine_cache = _EngineCache(timeout=SQLITE_BUSY_TIMEOUT_SECONDS)
        super().__init__(base_dir, inst_data=inst_data)  # connects to the index shard

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:  # same contract as the stock method
        with self._db_lock:
            conn_string = self.conn_string_for_shard(shard)
            if shard not in self._initialized_dbs:
                self._initdb(self._engine_cache.get(conn_string))
                self._initialized_dbs.add(shard)
            with self._engine_cache.begin(conn_string) as conn:
                yield conn


class EngineCachingRunStorage(_DisposesEngines, SqliteRunStorage):
    """``history/runs.db`` with one engine."""

    def __init__(self, conn_string: str, inst_data=None):
        self._engine_cache = _EngineCache()
        super().__init__(conn_string, inst_data=inst_data)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self._engine_cache.begin(self._conn_string) as conn:
            yield conn


class EngineCachingSqliteStorage(DagsterSqliteStorage):
    """``storage: sqlite:`` with the two engine-caching classes above (same files, same layout)."""

    def __init__(self, base_dir: str, inst_data=None):
        # Deliberately not calling DagsterSqliteStorage.__init__: it would open the stock classes.
        self.base_dir = base_dir
        self._run_storage = EngineCachingRunStorage.from_local(_runs_directory(base_dir))
        self._event_log_storage = EngineCachingEventLogStorage(_event_logs_directory(base_dir))
        self._schedule_storage = SqliteScheduleStorage.from_local(_schedule_directory(base_dir))
        self._inst_data = inst_data
        super(DagsterSqliteStorage, self).__init__()

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        return cls.from_local(inst_data=inst_data, **config_value)
