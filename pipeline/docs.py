"""Generate the warehouse's data dictionary (warehouse/README.md) from the pandera schemas."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from pipeline.publish import VIEWS_SQL, write_tables
from pipeline.schemas import TABLES, describe, polars_schema

_DUCK = {"String": "VARCHAR", "Int32": "INTEGER", "Int64": "BIGINT", "Float64": "DOUBLE", "Date": "DATE", "Boolean": "BOOLEAN"}

# Example queries: each one runs in the test suite against the seed warehouse and must return rows.
EXAMPLES: list[tuple[str, str]] = [
    (
        "Who visited whom, newest first",
        "SELECT date_start, date_precision, persons, host_country_iso3, summary\n"
        "FROM engagement_timeline WHERE event_type = 'visit' LIMIT 10;",
    ),
    (
        "Bilateral trade per year and direction",
        "SELECT year, metric, from_country_iso3, to_country_iso3, value_usd / 1e9 AS usd_bn, change_pct\n"
        "FROM trade_by_year;",
    ),
    (
        "Show me the sentence behind every agreement",
        "SELECT a.agreement_type, a.signed_date, e.source_path, e.sentence_text\n"
        "FROM agreements a JOIN fact_evidence e ON e.fact_id = a.agreement_id\n"
        "ORDER BY a.signed_date NULLS LAST;",
    ),
    (
        "Titles held by each person, with the first and last evidence",
        "SELECT name, title, country_iso3, first_evidence_date, last_evidence_date\n"
        "FROM person_positions ORDER BY name;",
    ),
    (
        "Events reported by more than one document",
        "SELECT event_type, date_start, summary, n_documents FROM events\n"
        "WHERE n_documents > 1 ORDER BY n_documents DESC;",
    ),
    (
        "Meetings held during a visit",
        "SELECT m.date_start, m.summary AS meeting, v.summary AS during_visit\n"
        "FROM events m JOIN events v ON m.parent_event_id = v.event_id;",
    ),
]


def _views() -> list[tuple[str, str]]:
    """(name, leading comment) of every view in views.sql."""
    text = VIEWS_SQL.read_text()
    out = []
    for m in re.finditer(r"((?:--[^\n]*\n)+)CREATE VIEW (\w+)", text):
        comment = " ".join(line.lstrip("- ").strip() for line in m.group(1).strip().splitlines())
        out.append((m.group(2), comment))
    return out


def _view_columns() -> dict[str, list[tuple[str, str]]]:
    """(column, DuckDB type) of every view, read from the views created over empty tables."""
    con = duckdb.connect()
    try:
        write_tables(con, {})
        names = [n for n, _ in _views()]
        return {n: [(r[0], r[1]) for r in con.execute(f"DESCRIBE {n}").fetchall()] for n in names}
    finally:
        con.close()


def render_data_dictionary() -> str:
    lines = [
        "# Warehouse data dictionary",
        "",
        "Generated from the pandera models in `pipeline/schemas.py` by `python -m pipeline docs`; do not edit by hand.",
        "The warehouse file is `warehouse/warehouse.duckdb` (schema `main`). Offsets are 0-based, end exclusive,",
        "into `documents.text`. Ids are derived from content, so the same input always yields the same ids.",
        "",
        "Open it with `python -m pipeline sql` (read-only shell), `python -m pipeline sql \"SELECT …\"`, or any DuckDB",
        "client: `duckdb.connect('warehouse/warehouse.duckdb', read_only=True)`.",
        "",
        "## Tables",
        "",
    ]
    for table in TABLES:
        doc, cols = describe(table)
        lines += [f"### {table}", "", doc, "", "| column | type | meaning |", "|---|---|---|"]
        for name, dtype in polars_schema(table).items():
            lines.append(f"| {name} | {_DUCK.get(str(dtype), str(dtype))} | {cols.get(name, '')} |")
        lines.append("")
    lines += ["## Views", ""]
    columns = _view_columns()
    for name, comment in _views():
        cols = ", ".join(f"`{c}` {t}" for c, t in columns[name])
        lines += [f"* **{name}** — {comment} Columns: {cols}."]
    lines += ["", "## Example queries", ""]
    for title, sql in EXAMPLES:
        lines += [f"**{title}**", "", "```sql", sql, "```", ""]
    return "\n".join(lines)


def write_data_dictionary(path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_data_dictionary())
    return path
