"""Export every table and view of the warehouse as Parquet or CSV files, for BI tools."""

from __future__ import annotations

from pathlib import Path

import duckdb


def export_warehouse(warehouse: Path, out_dir: Path, fmt: str = "parquet") -> list[tuple[str, Path, int]]:
    """Write ``<out_dir>/<name>.<fmt>`` for every table and view; returns (name, path, rows)."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown format {fmt!r}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    written = []
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_type, table_name"
        ).fetchall()]
        for name in names:
            path = out_dir / f"{name}.{fmt}"
            options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{str(path).replace(chr(39), chr(39) * 2)}' ({options})")
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            written.append((name, path, n))
    finally:
        con.close()
    return written
