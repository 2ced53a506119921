"""Dagster metadata built from the pandera schemas and from materialized frames."""

from __future__ import annotations

import dagster as dg
import polars as pl

from pipeline.schemas import TABLES, describe, polars_schema


def column_schema(table: str) -> dg.TableSchema:
    _, cols = describe(table)
    return dg.TableSchema(
        columns=[dg.TableColumn(name, str(dtype), description=cols.get(name) or None) for name, dtype in polars_schema(table).items()]
    )


def table_description(table: str) -> str:
    return describe(table)[0]


def markdown_preview(df: pl.DataFrame, rows: int = 5, width: int = 60) -> str:
    """The first rows as a markdown table (long cells cut), for the asset's materialization page."""
    if df.height == 0:
        return "_no rows_"
    head = df.head(rows)

    def cell(v: object) -> str:
        s = "" if v is None else str(v)
        s = s.replace("|", "\\|").replace("\n", " ")
        return s if len(s) <= width else s[: width - 1] + "…"

    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def frame_metadata(df: pl.DataFrame) -> dict[str, dg.MetadataValue]:
    return {
        "dagster/row_count": dg.MetadataValue.int(df.height),
        "preview": dg.MetadataValue.md(markdown_preview(df)),
    }


PUBLISHED = list(TABLES)
