"""The ingest stat cache: unchanged files are not read again, and the result never differs."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline import ingest as ingest_module
from pipeline.ingest import IngestConfig, ingest_files

STORY = "Oslo and Quito sign a fisheries pact\n\nOSLO, May 4 — Norway and Ecuador signed a fisheries pact on Tuesday.\n"


@pytest.fixture
def raw(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(ingest_module, "RACY_SECONDS", 0.0)  # files written just now may be cached
    # fixed code fingerprint: code edited while the tests run must not look like a cold cache
    monkeypatch.setattr(ingest_module._IngestCache, "_fingerprint", staticmethod(lambda: "fixedfingerprint"))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(STORY, encoding="utf-8")
    (raw / "a.meta.json").write_text(json.dumps({"publisher": "Oslo Daily", "published_date": "2023-05-04"}))
    (raw / "b.txt").write_text("Lima talks end\n\nPeru and Chile agreed to meet again in June.\n", encoding="utf-8")
    (raw / "copy.txt").write_text(STORY, encoding="utf-8")  # same content: one document, two paths
    (raw / "empty.txt").write_bytes(b"")  # rejected, never cached
    (raw / "bad.meta.json").write_text("{not json")
    (raw / "bad.txt").write_text("Kabul hosts envoys\n\nEnvoys of Iran and Qatar met in Kabul.\n")
    return raw


class ReadCounter:
    def __init__(self, monkeypatch):
        self.paths: list[str] = []
        real = ingest_module._read

        def counting(path, config):
            self.paths.append(Path(path).name)
            return real(path, config)

        monkeypatch.setattr(ingest_module, "_read", counting)


def _same(a, b) -> None:
    for x, y in zip(a, b):
        assert x.equals(y), (x, y)


def test_warm_ingest_reads_only_what_changed_and_gives_the_same_frames(raw, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    reference = ingest_files(raw)
    reads = ReadCounter(monkeypatch)
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), reference)
    assert sorted(reads.paths) == ["a.txt", "b.txt", "bad.txt", "copy.txt", "empty.txt"]
    reads.paths.clear()
    warm = ingest_files(raw, IngestConfig(cache_dir=cache))
    _same(warm, reference)
    assert reads.paths == ["empty.txt"]  # a rejected file is examined afresh every time
    assert "bad.meta.json" in warm[1]["source_path"].to_list()  # the sidecar warning is kept


def test_file_edited_in_place_with_the_same_size_is_seen(raw, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    ingest_files(raw, IngestConfig(cache_dir=cache))
    path = raw / "b.txt"
    old = path.read_text()
    new = old.replace("Chile", "Haiti")
    assert len(new) == len(old)
    st = path.stat()
    path.write_text(new)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000))  # a new mtime, same size
    docs = ingest_files(raw, IngestConfig(cache_dir=cache))[0]
    assert "Haiti" in docs.filter(docs["source_path"] == "b.txt")["text"].item()
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), ingest_files(raw))


def test_edited_sidecar_removed_file_and_lower_size_limit(raw, tmp_path):
    cache = tmp_path / "cache"
    ingest_files(raw, IngestConfig(cache_dir=cache))
    (raw / "a.meta.json").write_text(json.dumps({"publisher": "Quito Times", "title": "Fish pact"}))
    (raw / "copy.txt").unlink()
    docs, rejected, paths = ingest_files(raw, IngestConfig(cache_dir=cache))
    row = docs.filter(docs["source_path"] == "a.txt").row(0, named=True)
    assert (row["publisher"], row["title"], row["published_date"]) == ("Quito Times", "Fish pact", None)
    assert "copy.txt" not in paths["source_path"].to_list()
    _same((docs, rejected, paths), ingest_files(raw))
    # a file cached under a generous limit is rejected once the limit is lower than its size
    small = IngestConfig(max_bytes=60, cache_dir=cache)
    _, rejected, _ = ingest_files(raw, small)
    assert "a.txt" in rejected["source_path"].to_list()


def test_deleted_or_corrupt_cache_is_rebuilt(raw, tmp_path):
    cache = tmp_path / "cache"
    reference = ingest_files(raw)
    ingest_files(raw, IngestConfig(cache_dir=cache))
    for f in cache.glob("*.parquet"):
        f.write_bytes(b"PAR1 torn parquet")
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), reference)
    shutil.rmtree(cache)
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), reference)
    assert len(list(cache.glob("*.parquet"))) == 2
    (cache / "junk.parquet").write_bytes(b"")  # foreign files are cleaned up, never read
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), reference)


def test_recently_changed_files_are_not_trusted(raw, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "RACY_SECONDS", 3600.0)  # everything counts as just edited
    cache = tmp_path / "cache"
    ingest_files(raw, IngestConfig(cache_dir=cache))
    reads = ReadCounter(monkeypatch)
    ingest_files(raw, IngestConfig(cache_dir=cache))
    assert "a.txt" in reads.paths and "b.txt" in reads.paths


def test_other_code_means_another_cache(raw, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    ingest_files(raw, IngestConfig(cache_dir=cache))
    monkeypatch.setattr(ingest_module._IngestCache, "_fingerprint", staticmethod(lambda: "0123456789abcdef"))
    reads = ReadCounter(monkeypatch)
    ingest_files(raw, IngestConfig(cache_dir=cache))
    assert "a.txt" in reads.paths
    assert [p.name for p in sorted(cache.glob("*.parquet"))] == ["docs-0123456789abcdef.parquet", "files-0123456789abcdef.parquet"]


def test_cache_key_covers_the_code_ingest_calls_and_nothing_else():
    from pipeline.state import code_closure, code_fingerprint

    closure = code_closure("pipeline.ingest")
    for needed in ("pipeline.decode", "pipeline.metadata", "pipeline.extract.dates", "pipeline.extract.dates_dateline", "pipeline.extract.countries"):
        assert needed in closure
    assert "pipeline.extract.events" not in closure and "pipeline.resolve" not in " ".join(closure)
    assert code_fingerprint("pipeline.ingest") == code_fingerprint("pipeline.ingest")
    assert code_fingerprint("pipeline.ingest") != code_fingerprint("pipeline.segment")


def test_cache_key_reads_lexicon_content_not_location(tmp_path, monkeypatch):
    """A checkout moved or cloned elsewhere keeps its caches; an edited lexicon does not."""
    import shutil

    import pipeline.lexicons as lexicons
    from pipeline.state import code_fingerprint

    here = code_fingerprint("pipeline.ingest")
    moved = tmp_path / "lexicons"
    shutil.copytree(lexicons.LEXICON_DIR, moved)
    monkeypatch.setattr(lexicons, "LEXICON_DIR", moved)
    assert code_fingerprint("pipeline.ingest") == here
    with (moved / "countries.csv").open("a", encoding="utf-8") as f:
        f.write("# an analyst's note\n")
    assert code_fingerprint("pipeline.ingest") != here


def test_a_new_file_is_stored_as_a_small_delta_and_deltas_are_folded(raw, tmp_path):
    cache = tmp_path / "cache"
    ingest_files(raw, IngestConfig(cache_dir=cache))
    main = cache / "docs-fixedfingerprint.parquet"
    before = main.stat().st_mtime_ns
    (raw / "c.txt").write_text("Hanoi visit\n\nThe President of Viet Nam received the envoy of Chile.\n", encoding="utf-8")
    warm = ingest_files(raw, IngestConfig(cache_dir=cache))
    assert main.stat().st_mtime_ns == before  # the stored texts were not written again
    assert len(list(cache.glob("docs-fixedfingerprint.delta-*.parquet"))) == 1
    _same(warm, ingest_files(raw))
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), ingest_files(raw))  # read back with the delta
    for i in range(ingest_module._IngestCache.MAX_DELTAS + 1):
        (raw / f"n{i}.txt").write_text(f"Talks number {i}\n\nEnvoys of Chad and Peru met for round {i}.\n", encoding="utf-8")
        ingest_files(raw, IngestConfig(cache_dir=cache))
    assert len(list(cache.glob("docs-*.delta-*.parquet"))) <= ingest_module._IngestCache.MAX_DELTAS
    reads = ReadCounter(pytest.MonkeyPatch())
    _same(ingest_files(raw, IngestConfig(cache_dir=cache)), ingest_files(raw))
    assert "n0.txt" in reads.paths  # the uncached reference ingest reads it; the warm one did not
