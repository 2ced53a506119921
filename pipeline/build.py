"""Run the whole asset graph in-process through Dagster and summarise what was published."""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline import config


class BuildError(RuntimeError):
    """A build failed; the message says which step and why. The previous warehouse is untouched."""


@dataclass(frozen=True)
class BuildSummary:
    warehouse: Path
    seconds: float
    counts: dict[str, int]
    checks_passed: int
    checks_failed: list[str]

    def lines(self) -> list[str]:
        c = self.counts
        return [
            f"built {self.warehouse} in {self.seconds:.1f} s",
            f"  documents {c['documents']}  rejected {c['rejected']}  sentences {c['sentences']}",
            f"  events {c['events']}  agreements {c['agreements']}  indicators {c['indicators']}  persons {c['persons']}",
            f"  quarantined rows {c['quarantine']}  asset checks passed {self.checks_passed}"
            + (f", FAILED: {', '.join(self.checks_failed)}" if self.checks_failed else ""),
        ]


SUMMARY_SQL = """
SELECT
  (SELECT count(*) FROM documents) AS documents,
  (SELECT count(*) FROM rejected_documents) AS rejected,
  (SELECT count(*) FROM sentences) AS sentences,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM agreements) AS agreements,
  (SELECT count(*) FROM indicators) AS indicators,
  (SELECT count(*) FROM actors WHERE actor_type = 'person') AS persons,
  (SELECT count(*) FROM quarantine) AS quarantine
"""


def warehouse_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    cur = con.execute(SUMMARY_SQL)
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone()))


class ProgressBar(logging.Handler):
    """Draws ``extract [#####-----] 1,500/10,000 documents`` for records with done/total.

    On a terminal the bar redraws in place; elsewhere (logs, CI) it prints at most every 10 %.
    Builds of a few documents (≤ ``min_total``) show no bar.
    """

    def __init__(self, stream=None, min_total: int = 20, width: int = 30):
        super().__init__(logging.INFO)
        self.stream = stream or sys.stderr
        self.min_total, self.width = min_total, width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self._last_decile = -1

    def emit(self, record: logging.LogRecord) -> None:
        done, total = getattr(record, "done", None), getattr(record, "total", None)
        if done is None or not total or total <= self.min_total:
            return
        filled = int(self.width * done / total)
        line = f"{record.getMessage()} [{'#' * filled}{'-' * (self.width - filled)}] {done:,}/{total:,} documents"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        else:
            decile = 10 * done // total
            if decile == self._last_decile:
                return
            self._last_decile = decile
            self.stream.write(line + "\n")
        self.stream.flush()


def _progress_handlers(quiet: bool) -> list[tuple[logging.Logger, logging.Handler]]:
    logger = logging.getLogger("pipeline.progress")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    if quiet:
        return []
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    bar_logger = logging.getLogger("pipeline.progress.bar")
    bar_logger.setLevel(logging.INFO)
    bar_logger.propagate = False
    bar = ProgressBar()
    bar_logger.addHandler(bar)
    return [(logger, handler), (bar_logger, bar)]


def _failure_message(result) -> str:
    for event in result.all_events:
        if event.is_step_failure:
            err = event.step_failure_data.error
            cause = err
            while cause is not None and cause.cause is not None and "dagster" in (cause.cls_name or "").lower():
                cause = cause.cause
            msg = (cause or err).message.strip()
            return f"step {event.step_key} failed: {msg} (stack trace: --verbose, or run {result.run_id} in the Dagster UI)"
    return "the run failed (see the Dagster logs)"


def execute_without_output_capture(job, *, instance, run_config: dict):
    """``job.execute_in_process(instance=..., run_config=..., raise_on_error=False)``, except that
    the values of the steps' outputs are not kept for the result.

    ``execute_in_process`` holds every output value in memory until the run ends (for
    ``result.output_for_node``).  The build never reads them: every asset value is in the IO
    manager's files.  Holding them kept documents, sentences, mentions and the fact tables alive
    through resolve and publish, about 250 MB of the peak of a 10k-document build.  These are the
    calls of dagster 1.13's ``JobDefinition.execute_in_process`` with output capture off (private
    API: the version is pinned, and every build in the tests runs through here)."""
    from dagster._core.definitions.job_base import InMemoryJob
    from dagster._core.execution.execute_in_process import core_execute_in_process, merge_run_tags

    ephemeral = job.as_ephemeral_job(resource_defs={}, input_values={})
    return core_execute_in_process(
        job=InMemoryJob(job_def=ephemeral),
        run_config=run_config,
        instance=instance,
        output_capturing_enabled=False,
        raise_on_error=False,
        run_tags=merge_run_tags(
            job_def=job, partition_key=None, tags=None, asset_selection=None, instance=instance, run_config=run_config
        ),
    )


def build(
    raw_dir: Path | None = None,
    warehouse: Path | None = None,
    *,
    max_bytes: int | None = None,
    instance=None,
    quiet: bool = False,
    publish_target: str | None = None,
    verbose: bool = False,
) -> BuildSummary:
    """Materialize every asset (and run every asset check) for ``raw_dir`` → ``warehouse``.

    Dagster's own console log is silent unless ``verbose``: a failure is summarised in the
    :class:`BuildError` message, and its stack trace stays in the run's event log (Dagster UI).
    """
    from dagster import DagsterInstance

    from pipeline.defs import make_definitions

    raw_dir = Path(raw_dir or config.default_raw_dir())
    warehouse = Path(warehouse or config.default_warehouse())
    if not raw_dir.is_dir():
        raise BuildError(f"raw folder {raw_dir} does not exist (pass --raw DIR)")
    warehouse.parent.mkdir(parents=True, exist_ok=True)

    if instance is None:
        config.dagster_env()
        instance = DagsterInstance.get()
    handlers = _progress_handlers(quiet)
    t0 = time.perf_counter()
    try:
        defs = make_definitions(raw_dir, warehouse, max_bytes, publish_target)
        job = defs.resolve_job_def("build_warehouse")
        result = execute_without_output_capture(
            job,
            instance=instance,
            run_config={"loggers": {"console": {"config": {"log_level": "DEBUG" if verbose else "CRITICAL"}}}},
        )
    finally:
        for logger, handler in handlers:
            logger.removeHandler(handler)
    if not result.success:
        raise BuildError(_failure_message(result))
    passed, failed = 0, []
    for ev in result.all_events:
        if ev.event_type_value == "ASSET_CHECK_EVALUATION":
            data = ev.event_specific_data
            if data.passed:
                passed += 1
            else:
                failed.append(data.check_name)
    settings = defs.resources["settings"]
    con = settings.connect_published()
    try:
        counts = warehouse_counts(con)
    finally:
        con.close()
    where = Path(settings.lake_catalog) if settings.publish_target == "ducklake" else warehouse
    return BuildSummary(where, time.perf_counter() - t0, counts, passed, failed)
