"""The analyst's command line: sql, export, docs, build errors and the progress bar."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipeline.cli import main
from pipeline.docs import EXAMPLES, render_data_dictionary
from pipeline.schemas import TABLES, polars_schema

ROOT = Path(__file__).resolve().parent.parent


def test_sql_prints_a_result_table(seed_build, capsys):
    rc = main(["sql", "SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY 1", "--warehouse", str(seed_build.warehouse)])
    out = capsys.readouterr().out
    assert rc == 0
    assert "visit" in out and "meeting" in out and "event_type" in out


def test_sql_error_is_a_message_not_a_trace(seed_build, capsys):
    rc = main(["sql", "SELECT * FROM no_such_table", "--warehouse", str(seed_build.warehouse)])
    assert rc == 1
    assert "no_such_table" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_view(seed_build, tmp_path, fmt, capsys):
    out = tmp_path / "export"
    assert main(["export", str(out), "--format", fmt, "--warehouse", str(seed_build.warehouse)]) == 0
    con = duckdb.connect(str(seed_build.warehouse), read_only=True)
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema='main'").fetchall()}
    assert {p.stem for p in out.iterdir()} == names
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    reader = pl.read_parquet if fmt == "parquet" else pl.read_csv
    assert reader(out / f"events.{fmt}").height == n_events


def test_data_dictionary_is_current_and_complete():
    text = render_data_dictionary()
    for table in TABLES:
        assert f"### {table}" in text
        for col in polars_schema(table):
            assert f"| {col} |" in text
    assert (ROOT / "warehouse" / "README.md").read_text() == text, "run `python -m pipeline docs` to regenerate warehouse/README.md"


@pytest.mark.parametrize("title,sql", EXAMPLES, ids=[t for t, _ in EXAMPLES])
def test_documented_example_queries_return_rows(seed_db, title, sql):
    assert seed_db.execute(sql).fetchall(), f"example query returned nothing: {title}"


def test_build_with_missing_raw_folder_fails_clearly(tmp_path, capsys):
    rc = main(["build", "--raw", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb")])
    assert rc == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()


def test_progress_bar_prints_deciles_off_a_terminal():
    from pipeline.build import ProgressBar

    stream = io.StringIO()
    bar = ProgressBar(stream=stream, min_total=20, width=10)
    logger = logging.getLogger("test.progress.bar")
    logger.addHandler(bar)
    logger.setLevel(logging.INFO)
    try:
        for done in range(50, 1001, 50):
            logger.info("extract", extra={"done": done, "total": 1000})
        logger.info("extract", extra={"done": 3, "total": 5})  # a small build shows no bar
    finally:
        logger.removeHandler(bar)
    lines = stream.getvalue().splitlines()
    assert lines[0] == "extract [----------] 50/1,000 documents"
    assert lines[-1] == "extract [##########] 1,000/1,000 documents"
    assert len(lines) == 11


def test_broken_lexicon_fails_the_build_with_one_clear_line(tmp_path):
    """An analyst's malformed lexicon row stops the build with the file and the fix, not a trace."""
    import os
    import subprocess
    import sys

    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    (lexicons / "titles.csv").write_text('# my titles\ntitle\n"Minister of Unclosed Quotes\n', encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("ACCRA, May 3, 2024 — The two ministers met in Accra on Friday.\n", encoding="utf-8")
    env = dict(os.environ, PIPELINE_LEXICON_DIR=str(lexicons), DAGSTER_HOME=str(ROOT), DAGSTER_STATE_DIR=str(tmp_path / "dg"))
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--warehouse", str(tmp_path / "w.duckdb")],
        env=env, capture_output=True, text=True, cwd=ROOT,
    )
    assert done.returncode == 1
    assert "build failed" in done.stderr and str(lexicons / "titles.csv") in done.stderr
    assert "Traceback" not in done.stderr and "Stack Trace" not in done.stderr
    assert not (tmp_path / "w.duckdb").exists()
