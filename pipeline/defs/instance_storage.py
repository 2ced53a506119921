"""Dagster's SQLite instance storage, with one SQLAlchemy engine per database file.

The stock ``DagsterSqliteStorage`` (``storage: sqlite:`` in ``dagster.yaml``) creates a new
SQLAlchemy engine for every statement it runs: a build that logs ~200 events opens ~900 engines,
and their set-up (dialect initialisation, not disk I/O) costs 1–1.5 CPU-seconds of a one-file build.
These subclasses keep the engine of each database file for the life of the instance. Engines still
use ``NullPool``, so every ``connect()`` opens a fresh SQLite connection exactly as before: the
files, their schema, WAL mode and busy timeout are those of the stock classes, and the same
Dagster UI, daemon and ``dagster`` CLI read them (they may keep using ``storage: sqlite:``).

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
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool


class _EngineCache:
    """Engines by connection string, created on first use (thread-safe)."""

    def __init__(self, **engine_kwargs) -> None:
        self._engines: dict[str, Engine] = {}
        self._lock = threading.Lock()
        self._kwargs = engine_kwargs

    def get(self, conn_string: str) -> tuple[Engine, bool]:
        """The engine for ``conn_string`` and whether it was just created."""
        with self._lock:
            engine = self._engines.get(conn_string)
            if engine is not None:
                return engine, False
            engine = create_engine(conn_string, poolclass=NullPool, **self._kwargs)
            self._engines[conn_string] = engine
            return engine, True

    def dispose(self) -> None:
        with self._lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()


class EngineCachingEventLogStorage(SqliteEventLogStorage):
    """Per-run event log shards (``history/runs/<run_id>.db`` and the index shard), one engine each."""

    def __init__(self, base_dir: str, inst_data=None):
        self._engine_cache = _EngineCache(connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
        super().__init__(base_dir, inst_data=inst_data)  # connects to the index shard

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:  # same contract as the stock method
        with self._db_lock:
            engine, _ = self._engine_cache.get(self.conn_string_for_shard(shard))
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn:
                with conn.begin():
                    yield conn

    def dispose(self) -> None:
        super().dispose()
        self._engine_cache.dispose()


class EngineCachingRunStorage(SqliteRunStorage):
    """``history/runs.db`` with one engine."""

    def __init__(self, conn_string: str, inst_data=None):
        self._engine_cache = _EngineCache()
        super().__init__(conn_string, inst_data=inst_data)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        engine, _ = self._engine_cache.get(self._conn_string)
        with engine.connect() as conn:
            with conn.begin():
                yield conn

    def dispose(self) -> None:
        super().dispose()
        self._engine_cache.dispose()


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
