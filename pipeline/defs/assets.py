"""Dagster assets: wiring only. Each stage calls the pure functions of the pipeline package.

ingest   raw/ → documents, rejected_documents, document_paths, sentences
extract  sentences → stored per-document mentions (re-extracted only when a document changed)
resolve  mentions → actors, positions, events, agreements, indicators (+ bridges and evidence)
publish  validate every table, write a new DuckDB file, swap it in atomically
"""


import logging
import time

import dagster as dg
import polars as pl

from pipeline.defs.checks import EVIDENCE_SPEC, evidence_result, schema_check_result, schema_check_spec, schema_check_specs
from pipeline.defs.lineage import column_lineage
from pipeline.defs.metadata import column_schema, frame_metadata, table_description
from pipeline.defs.resources import PipelineSettings
from pipeline.model import MENTION_SCHEMAS
from pipeline.resolve.run import FACT_TABLES
from pipeline.schemas import TABLES

progress = logging.getLogger("pipeline.progress")

OWNERS = ["team:diplomacy-data"]


def _out(table: str, group_kinds: set[str]) -> dg.AssetOut:
    return dg.AssetOut(
        description=table_description(table),
        kinds=group_kinds,
        owners=OWNERS,
        metadata={"dagster/column_schema": column_schema(table)},
        is_required=True,
    )


def _say(context: dg.AssetExecutionContext, msg: str) -> None:
    context.log.info(msg)
    progress.info(msg)


@dg.multi_asset(
    group_name="ingest",
    outs={t: _out(t, {"polars", "pandera"}) for t in ("documents", "rejected_documents", "document_paths")},
    check_specs=schema_check_specs(("documents", "rejected_documents", "document_paths")),
    description="Read raw/*.txt (+ X.meta.json sidecars): decode, normalise, hash, metadata, reference date. Bad files are recorded, never dropped.",
)
def raw_documents(context: dg.AssetExecutionContext, settings: PipelineSettings):
    from pipeline.ingest import IngestConfig, ingest_files

    t0 = time.perf_counter()
    documents, rejected, paths = ingest_files(
        settings.raw, IngestConfig(max_bytes=settings.max_bytes, cache_dir=settings.state / "ingest")
    )
    _say(context, f"ingest: {documents.height} documents, {rejected.height} rejected from {settings.raw} ({time.perf_counter() - t0:.1f} s)")
    yield dg.Output(documents, "documents", metadata=frame_metadata(documents.drop("text")))
    yield dg.Output(rejected, "rejected_documents", metadata=frame_metadata(rejected))
    yield dg.Output(paths, "document_paths", metadata=frame_metadata(paths))
    for table, frame in (("documents", documents), ("rejected_documents", rejected), ("document_paths", paths)):
        yield schema_check_result(table, frame)


@dg.asset(
    group_name="ingest",
    description=table_description("sentences"),
    kinds={"polars"},
    owners=OWNERS,
    metadata={"dagster/column_schema": column_schema("sentences")},
    check_specs=[schema_check_spec("sentences")],
)
def sentences(context: dg.AssetExecutionContext, settings: PipelineSettings, documents: pl.DataFrame):
    from pipeline.segment import segment_incremental

    t0 = time.perf_counter()
    out = segment_incremental(documents, settings.state / "segment")  # unchanged documents: stored sentences
    n_bp = int(out["is_boilerplate"].sum()) if out.height else 0
    _say(context, f"segment: {out.height} sentences ({n_bp} boilerplate) ({time.perf_counter() - t0:.1f} s)")
    yield dg.Output(out, metadata=frame_metadata(out) | column_lineage("sentences"))
    yield schema_check_result("sentences", out)


@dg.multi_asset(
    group_name="extract",
    outs={
        name: dg.AssetOut(
            description=f"Per-document {name.replace('_', ' ')} (spans, resolved attributes), stored by content hash.",
            kinds={"polars"},
            owners=OWNERS,
        )
        for name in MENTION_SCHEMAS
    },
    description="Run the extractors (persons, dates, events, agreements, indicators) on documents whose content or metadata changed; reuse stored mentions for the rest.",
)
def mentions(context: dg.AssetExecutionContext, settings: PipelineSettings, documents: pl.DataFrame, sentences: pl.DataFrame):
    from pipeline.extract.run import extract_mentions
    from pipeline.state import MentionStore

    t0 = time.perf_counter()
    bar = logging.getLogger("pipeline.progress.bar")
    result = MentionStore(settings.state / "mentions").refresh(
        documents,
        sentences,
        extract_mentions,
        on_progress=lambda done, total: bar.info("extract", extra={"done": done, "total": total}),
        workers=settings.workers,
    )
    counts = ", ".join(f"{df.height} {name.replace('_mentions_raw', '').replace('_mentions', '')}" for name, df in result.tables.items())
    _say(
        context,
        f"extract: {result.n_extracted} documents extracted, {result.n_reused} reused, {result.n_removed} removed; "
        f"mentions: {counts} ({time.perf_counter() - t0:.1f} s)",
    )
    for name, df in result.tables.items():
        yield dg.Output(df, name, metadata=frame_metadata(df))


@dg.multi_asset(
    group_name="resolve",
    outs={t: _out(t, {"polars"}) for t in FACT_TABLES},
    check_specs=schema_check_specs(FACT_TABLES),
    description="Group mentions across sentences and documents into one row per real-world fact, with stable ids and evidence.",
)
def facts(
    context: dg.AssetExecutionContext,
    settings: PipelineSettings,
    person_mentions: pl.DataFrame,
    event_mentions_raw: pl.DataFrame,
    agreement_mentions_raw: pl.DataFrame,
    indicator_mentions_raw: pl.DataFrame,
):
    from pipeline.resolve.run import resolve_all

    t0 = time.perf_counter()
    tables = resolve_all(
        {
            "person_mentions": person_mentions,
            "event_mentions_raw": event_mentions_raw,
            "agreement_mentions_raw": agreement_mentions_raw,
            "indicator_mentions_raw": indicator_mentions_raw,
        },
        cache_dir=settings.state / "resolve_cache",  # per-partition clusters: only what changed is re-resolved
    )
    n_persons = tables["actors"].filter(pl.col("actor_type") == "person").height
    _say(
        context,
        f"resolve: {tables['events'].height} events, {tables['agreements'].height} agreements, "
        f"{tables['indicators'].height} indicators, {n_persons} persons ({time.perf_counter() - t0:.1f} s)",
    )
    for name in FACT_TABLES:
        yield dg.Output(tables[name], name, metadata=frame_metadata(tables[name]) | column_lineage(name))
    for name in FACT_TABLES:
        yield schema_check_result(name, tables[name])


PUBLISHED_INPUTS = [t for t in TABLES if t != "quarantine"]


@dg.asset(
    group_name="publish",
    ins={t: dg.AssetIn(t) for t in PUBLISHED_INPUTS},
    kinds={"duckdb", "pandera"},
    owners=OWNERS,
    check_specs=[EVIDENCE_SPEC],
    description="Validate every table with its pandera model (bad rows go to `quarantine`), write a new DuckDB file with the analyst views, and swap it over warehouse/warehouse.duckdb atomically.",
)
def warehouse(context: dg.AssetExecutionContext, settings: PipelineSettings, **tables: pl.DataFrame) -> dg.MaterializeResult:
    from pipeline.publish import publish
    from pipeline.publish_ducklake import publish_ducklake
    from pipeline.validate import validate_table

    validated = {name: validate_table(name, df) for name, df in tables.items()}
    quarantine = pl.concat([v.quarantine for v in validated.values()])
    out = {name: v.good for name, v in validated.items()} | {"quarantine": quarantine}
    if quarantine.height:
        context.log.warning(f"{quarantine.height} rows failed validation and were quarantined")
    if settings.publish_target == "ducklake":
        result = publish_ducklake(out, settings.lake_catalog, settings.lake_data)
    else:
        result = publish(out, settings.warehouse, lock_wait_seconds=settings.lock_wait_seconds)
    _say(context, f"publish: {result.path} ({result.mode} write, {sum(result.row_counts.values())} rows, {quarantine.height} quarantined, {result.seconds:.1f} s)")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "target": settings.publish_target,
            "row_counts": dg.MetadataValue.json(result.row_counts),
            "quarantined_rows": dg.MetadataValue.int(quarantine.height),
            "publish_mode": result.mode,
        },
        check_results=[evidence_result(settings)],
    )


ASSETS = [raw_documents, sentences, mentions, facts, warehouse]
