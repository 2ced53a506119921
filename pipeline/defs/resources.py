"""Dagster resources: the pipeline's settings and the IO manager that stores frames as Parquet."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import polars as pl

from pipeline import config


class PipelineSettings(dg.ConfigurableResource):
    """Input folder, published warehouse and ingest limits for one deployment."""

    raw_dir: str = str(config.default_raw_dir())
    warehouse_path: str = str(config.default_warehouse())
    max_bytes: int = config.default_max_bytes()
    lock_wait_seconds: float = 600.0
    publish_target: str = config.default_publish_target()
    ducklake_catalog: str = ""
    ducklake_data_path: str = ""

    @property
    def raw(self) -> Path:
        return Path(self.raw_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_path)

    @property
    def state(self) -> Path:
        return config.state_dir(self.warehouse)

    @property
    def lake_catalog(self) -> str:
        return self.ducklake_catalog or config.default_ducklake_catalog(self.warehouse)

    @property
    def lake_data(self) -> str:
        return self.ducklake_data_path or config.default_ducklake_data(self.warehouse)

    def connect_published(self):
        """A read-only connection in which the published tables and views are the default schema."""
        from pipeline.published import connect_published

        return connect_published(self.publish_target, self.warehouse, self.lake_catalog, self.lake_data)


class PolarsParquetIOManager(dg.ConfigurableIOManager):
    """Stores each asset's polars frame as ``<base_dir>/<asset key>.parquet`` (atomic rename).

    The warehouse itself is never written through an IO manager: DuckDB's single-writer lock and
    the stock handlers' positional inserts make that fragile (see STACK_NOTES); the publish asset
    writes it explicitly.
    """

    base_dir: str

    def _path(self, key: dg.AssetKey) -> Path:
        return Path(self.base_dir) / ("__".join(key.path) + ".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame | None) -> None:
        if obj is None:
            return
        path = self._path(context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        obj.write_parquet(tmp)
        os.replace(tmp, path)

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        path = self._path(context.asset_key)
        if not path.exists():
            raise FileNotFoundError(f"{context.asset_key.to_user_string()} has not been materialized yet ({path})")
        return pl.read_parquet(path)
