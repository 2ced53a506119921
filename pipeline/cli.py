"""Command line: ``python -m pipeline build | eval | sql | export | docs``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline import config


def _cmd_build(args: argparse.Namespace) -> int:
    from pipeline.build import BuildError, build
    from pipeline.publish import WarehouseBusy

    try:
        summary = build(args.raw, args.warehouse, max_bytes=args.max_bytes, quiet=args.quiet, publish_target=args.target, verbose=args.verbose)
    except (BuildError, WarehouseBusy) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        print("\n".join(summary.lines()))
    return 2 if summary.checks_failed else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from pipeline import evaluate

    argv = ["--gold", str(args.gold), "--warehouse", str(args.warehouse)]
    if args.json:
        argv.append("--json")
    if args.details:
        argv.append("--details")
    return evaluate.main(argv)


def _connect(path: Path):
    import duckdb

    if not path.exists():
        raise SystemExit(f"no warehouse at {path}: run `python -m pipeline build` first")
    return duckdb.connect(str(path), read_only=True)


def _print_result(con, query: str, max_rows: int) -> None:
    import polars as pl

    rel = con.sql(query)
    if rel is None:  # a statement without a result
        print("ok")
        return
    df = rel.pl()
    with pl.Config(tbl_rows=max_rows, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200, tbl_hide_dataframe_shape=False):
        print(df)


def _cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    con = _connect(args.warehouse)
    try:
        if args.query:
            try:
                _print_result(con, args.query, args.max_rows)
            except duckdb.Error as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            return 0
        # interactive shell: statements end with ';', \q or EOF quits
        print(f"connected to {args.warehouse} (read-only); end statements with ';', \\q to quit")
        buf: list[str] = []
        while True:
            try:
                line = input("sql> " if not buf else "...> ")
            except EOFError:
                break
            if line.strip() in ("\\q", "quit", "exit"):
                break
            buf.append(line)
            if line.rstrip().endswith(";"):
                q = "\n".join(buf)
                buf.clear()
                try:
                    _print_result(con, q, args.max_rows)
                except duckdb.Error as exc:
                    print(f"error: {exc}")
        return 0
    finally:
        con.close()


def _cmd_export(args: argparse.Namespace) -> int:
    from pipeline.export import export_warehouse

    written = export_warehouse(args.warehouse, args.dir, args.format)
    for name, path, n in written:
        print(f"{name:<24} {n:>8} rows  {path}")
    return 0


def _cmd_docs(args: argparse.Namespace) -> int:
    from pipeline.docs import write_data_dictionary

    path = write_data_dictionary(args.out)
    print(f"wrote {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="ingest raw/, extract, resolve and publish the warehouse through Dagster")
    b.add_argument("--raw", type=Path, default=config.default_raw_dir(), help="input folder (default: raw/)")
    b.add_argument("--warehouse", type=Path, default=config.default_warehouse(), help="output DuckDB file (default: warehouse/warehouse.duckdb)")
    b.add_argument("--max-bytes", type=int, default=config.default_max_bytes(), help="reject input files larger than this (default: %(default)s)")
    b.add_argument("--quiet", action="store_true", help="print nothing unless something fails (for cron)")
    b.add_argument("--verbose", action="store_true", help="also print Dagster's own event log (every step event, stack traces)")
    b.add_argument(
        "--target",
        choices=["duckdb", "ducklake"],
        default=config.default_publish_target(),
        help="publish to the DuckDB file (default) or to a DuckLake catalog (PIPELINE_DUCKLAKE_CATALOG, PIPELINE_DUCKLAKE_DATA)",
    )
    b.set_defaults(fn=_cmd_build)

    e = sub.add_parser("eval", help="score a warehouse against a gold file")
    e.add_argument("--gold", type=Path, required=True)
    e.add_argument("--warehouse", type=Path, default=config.default_warehouse())
    e.add_argument("--json", action="store_true", help="machine-readable output")
    e.add_argument("--details", action="store_true", help="list every miss and false positive")
    e.set_defaults(fn=_cmd_eval)

    s = sub.add_parser("sql", help="run a query against the warehouse (an interactive shell without one)")
    s.add_argument("query", nargs="?")
    s.add_argument("--warehouse", type=Path, default=config.default_warehouse())
    s.add_argument("--max-rows", type=int, default=50)
    s.set_defaults(fn=_cmd_sql)

    x = sub.add_parser("export", help="write every table and view as Parquet or CSV for BI tools")
    x.add_argument("dir", type=Path)
    x.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    x.add_argument("--warehouse", type=Path, default=config.default_warehouse())
    x.set_defaults(fn=_cmd_export)

    d = sub.add_parser("docs", help="regenerate warehouse/README.md (the data dictionary) from the schemas")
    d.add_argument("--out", type=Path, default=config.PROJECT_ROOT / "warehouse" / "README.md")
    d.set_defaults(fn=_cmd_docs)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    raise SystemExit(main())
