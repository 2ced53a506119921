"""Jobs, the daily schedule and the sensor that rebuilds when raw/ changes."""


import hashlib
import os
from pathlib import Path

import dagster as dg

from pipeline.defs.resources import PipelineSettings

build_warehouse_job = dg.define_asset_job(
    "build_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest raw/, extract, resolve and publish the warehouse (with all asset checks).",
)

daily_build = dg.ScheduleDefinition(
    name="daily_build",
    job=build_warehouse_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Rebuild the warehouse every morning at 06:00 UTC.",
    default_status=dg.DefaultScheduleStatus.STOPPED,
)


def raw_fingerprint(raw_dir: Path) -> tuple[str, int]:
    """Hash of every input file's name, size, modification and change times and inode (added,
    changed, removed; the same stat the ingest cache trusts, so a file rewritten with its old
    mtime restored, e.g. by ``cp -p``, still triggers a build)."""
    h = hashlib.sha256()
    n = 0
    if raw_dir.is_dir():
        for root, dirs, files in os.walk(raw_dir, followlinks=False):
            dirs.sort()
            for name in sorted(files):
                if not (name.endswith(".txt") or name.endswith(".meta.json")):
                    continue
                p = Path(root) / name
                try:
                    st = p.stat()
                except OSError:
                    continue
                h.update(f"{p.relative_to(raw_dir)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}\n".encode())
                n += 1
    return h.hexdigest()[:24], n


@dg.sensor(
    name="raw_files_sensor",
    job=build_warehouse_job,
    minimum_interval_seconds=60,
    description="Start a build when files in raw/ are added, changed or removed.",
    default_status=dg.DefaultSensorStatus.STOPPED,
)
def raw_files_sensor(context: dg.SensorEvaluationContext, settings: PipelineSettings):
    fingerprint, n = raw_fingerprint(settings.raw)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"raw/ unchanged ({n} files)")
    context.update_cursor(fingerprint)
    # run_key is the state of the whole folder, so an edited file re-triggers a build
    return dg.RunRequest(run_key=fingerprint, tags={"raw_files": str(n)})
