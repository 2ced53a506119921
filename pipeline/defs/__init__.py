"""Dagster definitions of the pipeline (``dg dev`` / ``dagster dev`` load ``defs`` from here)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline import config
from pipeline.defs.assets import ASSETS
from pipeline.defs.automation import build_warehouse_job, daily_build, raw_files_sensor
from pipeline.defs.checks import CHECKS
from pipeline.defs.resources import PipelineSettings, PolarsParquetIOManager


def make_definitions(
    raw_dir: Path | None = None, warehouse: Path | None = None, max_bytes: int | None = None
) -> dg.Definitions:
    """Definitions bound to one raw folder and one warehouse file (defaults: the project's)."""
    settings = PipelineSettings(
        raw_dir=str(raw_dir or config.default_raw_dir()),
        warehouse_path=str(warehouse or config.default_warehouse()),
        max_bytes=max_bytes or config.default_max_bytes(),
    )
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[build_warehouse_job],
        schedules=[daily_build],
        sensors=[raw_files_sensor],
        resources={
            "settings": settings,
            "io_manager": PolarsParquetIOManager(base_dir=str(settings.state / "assets")),
        },
    )


defs = make_definitions()
