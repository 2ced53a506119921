"""Validate a table against its pandera model and keep bad rows out of the warehouse.

Row-level failures (a null where none is allowed, a value outside its set, a duplicate key) move
the offending rows to the ``quarantine`` table with the failed check; the rest is published.
Table-level failures (a missing or extra column, a wrong dtype) are bugs and raise
:class:`TableSchemaError`: the build stops and the previous warehouse stays in place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandera.errors
import polars as pl

from pipeline.schemas import TABLES, polars_schema


class TableSchemaError(RuntimeError):
    """A table does not have the shape its schema declares."""


@dataclass(frozen=True)
class Validated:
    table: str
    good: pl.DataFrame
    quarantine: pl.DataFrame  # schema of schemas.Quarantine

    @property
    def n_bad(self) -> int:
        return self.quarantine.height


def _quarantine_rows(table: str, df: pl.DataFrame, failures: pl.DataFrame) -> tuple[pl.DataFrame, set[int]]:
    rows: list[dict] = []
    bad: set[int] = set()
    for f in failures.iter_rows(named=True):
        idx = f.get("index")
        if idx is None:
            continue
        idx = int(idx)
        bad.add(idx)
        record = df.row(idx, named=True)
        rows.append(
            {
                "table_name": table,
                "check": str(f.get("check")),
                "column": f.get("column") if f.get("schema_context") == "Column" else None,
                "row": json.dumps(record, default=str, ensure_ascii=False),
            }
        )
    q = pl.DataFrame(rows, schema=polars_schema("quarantine"), orient="row") if rows else pl.DataFrame(schema=polars_schema("quarantine"))
    return q.unique(maintain_order=True), bad


# (table, file identity) of stored frames that passed without a bad row in this process: the
# asset check of the producing asset validates a table, the publish asset gets the same rows back
# from the IO manager's file and need not validate them again (see state.persisted_identity).
_PASSED: set[tuple[str, tuple]] = set()


def _stored_key(table: str, df: pl.DataFrame) -> tuple[str, tuple] | None:
    from pipeline.state import persisted_identity

    found = persisted_identity(df)
    return (table, found[1]) if found else None


def validate_table(table: str, df: pl.DataFrame) -> Validated:
    """Check ``df`` against the model of ``table``; split it into publishable and quarantined rows.

    A frame stored in a file (``pipeline.state``) whose very file already passed in this process
    is not validated again."""
    key = _stored_key(table, df)
    if key is not None and key in _PASSED:
        return Validated(table, df, pl.DataFrame(schema=polars_schema("quarantine")))
    result = _validate(table, df)
    if key is not None and result.n_bad == 0:
        _PASSED.add(key)
    return result


def _validate(table: str, df: pl.DataFrame) -> Validated:
    model = TABLES[table]
    expected = polars_schema(table)
    actual = dict(df.schema)
    if list(actual) != list(expected):
        raise TableSchemaError(f"table {table}: columns {list(actual)} differ from the schema {list(expected)}")
    wrong = {c: (str(actual[c]), str(t)) for c, t in expected.items() if actual[c] != t}
    if wrong:
        raise TableSchemaError(f"table {table}: wrong dtypes {wrong}")
    try:
        model.validate(df, lazy=True)
        return Validated(table, df, pl.DataFrame(schema=polars_schema("quarantine")))
    except pandera.errors.SchemaErrors as exc:
        failures = exc.failure_cases
        if "index" not in failures.columns or failures["index"].null_count() == failures.height:
            raise TableSchemaError(f"table {table}: {exc}") from exc
        quarantine, bad = _quarantine_rows(table, df, failures)
        good = df.with_row_index("__row").filter(~pl.col("__row").is_in(sorted(bad))).drop("__row")
        # Whatever is left must now pass; a failure here is table-level.
        try:
            model.validate(good, lazy=True)
        except pandera.errors.SchemaErrors as exc2:
            raise TableSchemaError(f"table {table}: {exc2}") from exc2
        return Validated(table, good, quarantine)
