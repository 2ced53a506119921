"""Incremental segmentation reuses stored sentences and always equals a fresh segmentation."""

from __future__ import annotations

import shutil

import polars as pl
import pytest

from pipeline import segment as segment_module
from pipeline.model import DOCUMENTS, from_records
from pipeline.segment import segment, segment_incremental


def _docs(*rows: tuple[str, str, str | None]) -> pl.DataFrame:
    return from_records(
        [{"doc_id": d, "source_path": f"{d}.txt", "text": t, "title": title, "content_sha256": "0" * 64} for d, t, title in rows],
        DOCUMENTS,
    )


A = ("doc_a", "Home News World Business Sport Culture Opinion\nMr. Lee met Ms. Park in Seoul. They agreed on trade.", None)
B = ("doc_b", "Talks in Rome\nItaly and Chad held talks. The talks ended on Friday.\nPhoto: Rome\nPhoto: Rome", "Talks in Rome")
C = ("doc_c", "Fiji and Tonga signed a deal. It covers fishing.", None)


@pytest.fixture
def counted(monkeypatch):
    """Records the doc_ids that are actually segmented."""
    seen: list[list[str]] = []
    real = segment_module.segment

    def counting(documents):
        seen.append(sorted(documents["doc_id"].to_list()))
        return real(documents)

    monkeypatch.setattr(segment_module, "segment", counting)
    monkeypatch.setattr(segment_module, "segmenter_fingerprint", lambda: "fixedfingerprint")
    return seen


def test_only_new_documents_are_segmented(tmp_path, counted):
    cache = tmp_path / "seg"
    first = segment_incremental(_docs(A, B), cache)
    assert first.equals(segment(_docs(A, B)))
    out = segment_incremental(_docs(A, C, B), cache)
    assert counted[-1] == ["doc_c"]
    assert out.equals(segment(_docs(A, C, B)))  # rows in document order, as segment() gives them
    assert segment_incremental(_docs(C), cache).equals(segment(_docs(C)))  # removed documents drop out
    assert counted[-1] == []


def test_a_new_title_resegments_the_document(tmp_path, counted):
    cache = tmp_path / "seg"
    segment_incremental(_docs(A), cache)
    titled = (A[0], A[1], "Home News World Business Sport Culture Opinion")  # the navigation-like line is the title
    out = segment_incremental(_docs(titled), cache)
    assert counted[-1] == ["doc_a"]
    assert out.equals(segment(_docs(titled)))
    assert not out["is_boilerplate"][0]


def test_missing_or_corrupt_store_is_rebuilt(tmp_path, counted):
    cache = tmp_path / "seg"
    expected = segment(_docs(A, B))
    segment_incremental(_docs(A, B), cache)
    for f in cache.glob("*.parquet"):
        f.write_bytes(b"garbage")
    assert segment_incremental(_docs(A, B), cache).equals(expected)
    assert counted[-1] == ["doc_a", "doc_b"]
    shutil.rmtree(cache)
    assert segment_incremental(_docs(A, B), cache).equals(expected)
    assert segment_incremental(_docs(A, B), cache).equals(expected) and counted[-1] == []


def test_other_segmenter_means_other_store(tmp_path, counted, monkeypatch):
    cache = tmp_path / "seg"
    segment_incremental(_docs(A), cache)
    monkeypatch.setattr(segment_module, "segmenter_fingerprint", lambda: "another")
    segment_incremental(_docs(A), cache)
    assert counted[-1] == ["doc_a"]
    assert sorted(p.name for p in cache.glob("*.parquet")) == ["sentences-another.parquet", "titles-another.parquet"]
