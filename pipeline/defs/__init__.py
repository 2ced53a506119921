"""Dagster definitions of the pipeline (``dg dev`` / ``dagster dev`` load ``defs`` from here)."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline import config
from pipeline.defs.assets import ASSETS
from pipeline.defs.automation import build_warehouse_job, daily_build, raw_files_sensor
from pipeline.defs.resources import PipelineSettings, PolarsParquetIOManager


def executor_from_env() -> dg.ExecutorDefinition | None:
    """``PIPELINE_EXECUTOR``: in_process, multiprocess (Dagster's default), celery or k8s."""
    import os

    name = os.environ.get("PIPELINE_EXECUTOR", "multiprocess")
    if name == "in_process":
        return dg.in_process_executor
    if name == "multiprocess":
        return None
    modules = {"celery": ("dagster_celery", "celery_executor"), "k8s": ("dagster_k8s", "k8s_job_executor")}
    if name not in modules:
        raise ValueError(f"PIPELINE_EXECUTOR={name!r}: expected in_process, multiprocess, celery or k8s")
    module, attr = modules[name]
    try:
        return getattr(__import__(module), attr)
    except ImportError as exc:
        from importlib.metadata import version

        pin = version("dagster-pandera")  # the integration family is released in lockstep
        raise RuntimeError(f"PIPELINE_EXECUTOR={name} needs `pip install {module.replace('_', '-')}=={pin}`") from exc


def make_definitions(
    raw_dir: Path | None = None,
    warehouse: Path | None = None,
    max_bytes: int | None = None,
    publish_target: str | None = None,
) -> dg.Definitions:
    """Definitions bound to one raw folder and one warehouse file (defaults: the project's)."""
    settings = PipelineSettings(
        raw_dir=str(raw_dir or config.default_raw_dir()),
        warehouse_path=str(warehouse or config.default_warehouse()),
        max_bytes=max_bytes or config.default_max_bytes(),
        publish_target=publish_target or config.default_publish_target(),
    )
    return dg.Definitions(
        assets=ASSETS,
        jobs=[build_warehouse_job],
        executor=executor_from_env(),
        schedules=[daily_build],
        sensors=[raw_files_sensor],
        resources={
            "settings": settings,
            "io_manager": PolarsParquetIOManager(base_dir=str(settings.state / "assets")),
        },
    )


defs = make_definitions()
