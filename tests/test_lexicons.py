"""Lexicons are data an analyst can extend; a malformed file fails with a message naming it."""

from __future__ import annotations

import pytest

from pipeline import lexicons


def test_local_rows_extend_the_packaged_lexicon(tmp_path, monkeypatch):
    (tmp_path / "event_types.csv").write_text("# local additions\nevent_type,status,plover_type\nsummit,occurred,CONSULT\n")
    monkeypatch.setenv("PIPELINE_LEXICON_DIR", str(tmp_path))
    lexicons.read_lexicon.cache_clear()
    try:
        df = lexicons.read_lexicon("event_types")
        assert ("summit", "occurred", "CONSULT") in df.rows()
        assert ("visit", "occurred", "CONSULT") in df.rows()  # the packaged rows are still there
    finally:
        lexicons.read_lexicon.cache_clear()


def test_a_local_lexicon_changes_the_extraction_fingerprint(tmp_path, monkeypatch):
    before = lexicons.lexicon_fingerprint()
    (tmp_path / "event_types.csv").write_text("event_type,status,plover_type\nsummit,occurred,CONSULT\n")
    monkeypatch.setenv("PIPELINE_LEXICON_DIR", str(tmp_path))
    assert lexicons.lexicon_fingerprint() != before


def test_malformed_lexicon_names_the_file(tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_text("# header comment\nsurface,unit\nkm,km\nmiles,mi,1.6\n")
    with pytest.raises(lexicons.LexiconError, match="units.csv"):
        lexicons._read_one(bad)


def test_every_packaged_lexicon_has_a_header_comment_and_reads():
    for path in sorted(lexicons.LEXICON_DIR.glob("*.csv")):
        assert path.read_text().startswith("#"), f"{path.name} lacks the explanatory header"
        assert lexicons._read_one(path).height > 0, path.name
