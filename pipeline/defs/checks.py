"""Asset checks: every published table is validated by its pandera model, next to its asset.

The checks are declared on the assets that produce the tables (``check_specs``) and evaluated
inside them, on the frame just computed: no separate step per check, and no table read back from
the IO manager only to be validated.  ``evidence_spans_valid`` is evaluated by the publish asset
on the file it has just published.
"""


import dagster as dg
import polars as pl

from pipeline.defs.resources import PipelineSettings
from pipeline.schemas import TABLES
from pipeline.validate import TableSchemaError, validate_table

EVIDENCE_CHECK = "evidence_spans_valid"


def schema_check_name(table: str) -> str:
    return f"{table}_matches_schema"


def schema_check_spec(table: str) -> dg.AssetCheckSpec:
    """The pandera check of ``table``, declared on the asset that produces it."""
    return dg.AssetCheckSpec(
        schema_check_name(table),
        asset=dg.AssetKey(table),
        description=f"Every row of {table} passes the pandera model schemas.{TABLES[table].__name__} (types, nullability, value sets, keys).",
    )


def schema_check_specs(tables) -> list[dg.AssetCheckSpec]:
    return [schema_check_spec(t) for t in tables]


def schema_check_result(table: str, value: pl.DataFrame) -> dg.AssetCheckResult:
    """Validate ``value`` (the frame of ``table``) with its pandera model."""
    key = dg.AssetKey(table)
    try:
        v = validate_table(table, value)
    except TableSchemaError as exc:
        return dg.AssetCheckResult(asset_key=key, check_name=schema_check_name(table), passed=False, metadata={"error": str(exc)})
    failed = v.quarantine.group_by("check").len().sort("check") if v.n_bad else None
    return dg.AssetCheckResult(
        asset_key=key,
        check_name=schema_check_name(table),
        passed=v.n_bad == 0,
        metadata={
            "rows": v.good.height + v.n_bad,
            "failing_rows": v.n_bad,
            "failed_checks": dg.MetadataValue.json(
                {r["check"]: r["len"] for r in failed.iter_rows(named=True)} if failed is not None else {}
            ),
        },
    )


EVIDENCE_SPEC = dg.AssetCheckSpec(
    EVIDENCE_CHECK,
    asset=dg.AssetKey("warehouse"),
    description="Every evidence span of the published warehouse lies inside its sentence and its document.",
)

# The spans of fact_evidence (the view's mention union) against their sentences, in one pass
# over the mention tables and sentences (the view itself also reads every document's text).
_EVIDENCE_SQL = """
WITH m AS (
    SELECT 'event' AS fact_type, doc_id, sentence_id, char_start, char_end FROM event_mentions
    UNION ALL
    SELECT 'agreement', doc_id, sentence_id, char_start, char_end FROM agreement_mentions
    UNION ALL
    SELECT 'indicator', doc_id, sentence_id, char_start, char_end FROM indicator_mentions
)
SELECT fact_type, count(*) AS n,
       count(*) FILTER (WHERE s.doc_id IS NOT NULL AND (m.char_start < s.char_start OR m.char_end > s.char_end)) AS bad
FROM m LEFT JOIN sentences s USING (doc_id, sentence_id)
WHERE m.doc_id IN (SELECT doc_id FROM documents)
GROUP BY ALL
"""


def evidence_result(settings: PipelineSettings) -> dg.AssetCheckResult:
    """Every evidence span of the published warehouse lies inside its sentence."""
    con = settings.connect_published()
    try:
        rows = con.execute(_EVIDENCE_SQL).fetchall()
    finally:
        con.close()
    bad = {fact_type: n_bad for fact_type, _, n_bad in rows if n_bad}
    total = sum(n for _, n, _ in rows)
    return dg.AssetCheckResult(
        asset_key=dg.AssetKey("warehouse"),
        check_name=EVIDENCE_CHECK,
        passed=not bad,
        metadata={"evidence_rows": total, "bad_spans": dg.MetadataValue.json(bad)},
    )

