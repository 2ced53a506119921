"""Asset checks: every published table is validated by its pandera model, next to its asset."""


import dagster as dg
import polars as pl

from pipeline.defs.resources import PipelineSettings
from pipeline.schemas import TABLES
from pipeline.validate import TableSchemaError, validate_table


def _schema_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=dg.AssetKey(table),
        name=f"{table}_matches_schema",
        description=f"Every row of {table} passes the pandera model schemas.{TABLES[table].__name__} (types, nullability, value sets, keys).",
    )
    def _check(value: pl.DataFrame) -> dg.AssetCheckResult:
        try:
            v = validate_table(table, value)
        except TableSchemaError as exc:
            return dg.AssetCheckResult(passed=False, metadata={"error": str(exc)})
        failed = v.quarantine.group_by("check").len().sort("check") if v.n_bad else None
        return dg.AssetCheckResult(
            passed=v.n_bad == 0,
            metadata={
                "rows": v.good.height + v.n_bad,
                "failing_rows": v.n_bad,
                "failed_checks": dg.MetadataValue.json(
                    {r["check"]: r["len"] for r in failed.iter_rows(named=True)} if failed is not None else {}
                ),
            },
        )

    return _check


@dg.asset_check(
    asset=dg.AssetKey("warehouse"),
    name="evidence_spans_valid",
    description="Every evidence span of the published warehouse lies inside its sentence and its document.",
)
def evidence_spans_valid(settings: PipelineSettings) -> dg.AssetCheckResult:
    con = settings.connect_published()
    try:
        bad = con.execute(
            """
            SELECT fact_type, count(*) FROM fact_evidence f
            JOIN sentences s USING (doc_id, sentence_id)
            WHERE f.char_start < s.char_start OR f.char_end > s.char_end
            GROUP BY ALL
            """
        ).fetchall()
        total = con.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
    finally:
        con.close()
    return dg.AssetCheckResult(passed=not bad, metadata={"evidence_rows": total, "bad_spans": dg.MetadataValue.json(dict(bad))})


CHECKS = [_schema_check(t) for t in TABLES if t != "quarantine"] + [evidence_spans_valid]
