"""Bad input never breaks ingest: every case is rejected with a reason (or decoded), and a good file
beside it still loads."""

from __future__ import annotations

import codecs
import json
import os
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from pipeline.ingest import IngestConfig, ingest_files, scan_raw
from pipeline.model import DOCUMENT_PATHS, DOCUMENTS, REJECTED

GOOD = (
    "Pakistan, Chile sign fisheries accord\n\n"
    "SANTIAGO, March 4 — Chile and Pakistan signed a fisheries agreement on Tuesday.\n"
)


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    return raw


def _ingest(raw: Path, **config) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    docs, rejected, paths = ingest_files(raw, IngestConfig(**config))
    assert docs.schema == pl.Schema(DOCUMENTS)
    assert rejected.schema == pl.Schema(REJECTED)
    assert paths.schema == pl.Schema(DOCUMENT_PATHS)
    assert "good.txt" in docs["source_path"].to_list(), "the good file must still load"
    return docs, rejected, paths


def _reason(rejected: pl.DataFrame, path: str) -> str:
    rows = rejected.filter(pl.col("source_path") == path)["reason"].to_list()
    assert rows, f"{path} not rejected: {rejected.to_dicts()}"
    return rows[0]


def _text(docs: pl.DataFrame, path: str) -> str:
    rows = docs.filter(pl.col("source_path") == path)["text"].to_list()
    assert rows, f"{path} not loaded: {docs['source_path'].to_list()}"
    return rows[0]


def test_empty_file(tmp_path):
    raw = _raw(tmp_path)
    (raw / "empty.txt").write_bytes(b"")
    docs, rejected, _ = _ingest(raw)
    assert _reason(rejected, "empty.txt") == "empty file (0 bytes)"
    assert docs.height == 1


def test_whitespace_only(tmp_path):
    raw = _raw(tmp_path)
    (raw / "blank.txt").write_bytes(b" \n\t\r\n  \n")
    _, rejected, _ = _ingest(raw)
    assert _reason(rejected, "blank.txt").startswith("whitespace only")


def test_binary_png_header(tmp_path):
    raw = _raw(tmp_path)
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    _, rejected, _ = _ingest(raw)
    assert _reason(rejected, "image.txt") == "binary file (PNG image)"


def test_nul_bytes(tmp_path):
    raw = _raw(tmp_path)
    (raw / "nul.txt").write_bytes(b"Pakistan and Chile\x00\x00\x07 signed\x00 a deal" * 3)
    _, rejected, _ = _ingest(raw)
    assert "NUL" in _reason(rejected, "nul.txt")


def test_control_bytes_are_binary(tmp_path):
    raw = _raw(tmp_path)
    (raw / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 65]) * 50)
    _, rejected, _ = _ingest(raw)
    assert "control bytes" in _reason(rejected, "controls.txt")


def test_windows_1252_smart_quotes(tmp_path):
    raw = _raw(tmp_path)
    (raw / "cp1252.txt").write_bytes(b"The minister called it a \x93milestone\x94 \x96 a new start.\r\n")
    docs, _, _ = _ingest(raw)
    assert _text(docs, "cp1252.txt") == "The minister called it a \u201cmilestone\u201d \u2013 a new start.\n"


def test_latin1_text(tmp_path):
    raw = _raw(tmp_path)
    (raw / "latin1.txt").write_bytes(b"The envoy met the d\xe9l\xe9gation in Gen\xe8ve.")
    # 0x81 is undefined in Windows-1252, so this one can only be Latin-1 (the stray C1 is dropped)
    (raw / "latin1_c1.txt").write_bytes(
        b"Le minist\xe8re a publi\xe9 un communiqu\xe9 \x81 Paris. " + b"Les deux pays ont sign\xe9. " * 5
    )
    docs, _, _ = _ingest(raw)
    assert _text(docs, "latin1.txt") == "The envoy met the délégation in Genève."
    assert _text(docs, "latin1_c1.txt").startswith("Le ministère a publié un communiqué  Paris.")


def test_undecodable_high_bytes(tmp_path):
    raw = _raw(tmp_path)
    (raw / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 20)
    _, rejected, _ = _ingest(raw)
    assert _reason(rejected, "noise.txt").startswith("not decodable")


def test_utf16_with_bom(tmp_path):
    raw = _raw(tmp_path)
    (raw / "utf16.txt").write_bytes("Zardari met Xi in Beijing — “ironclad”.\n".encode("utf-16"))
    (raw / "utf16be.txt").write_bytes(codecs.BOM_UTF16_BE + "Ankara, Islamabad talk.".encode("utf-16-be"))
    docs, _, _ = _ingest(raw)
    assert _text(docs, "utf16.txt") == "Zardari met Xi in Beijing — “ironclad”.\n"
    assert _text(docs, "utf16be.txt") == "Ankara, Islamabad talk."


def test_utf16_without_bom(tmp_path):
    raw = _raw(tmp_path)
    (raw / "utf16le.txt").write_bytes("Nepal and China held talks in Kathmandu.".encode("utf-16-le"))
    docs, _, _ = _ingest(raw)
    assert _text(docs, "utf16le.txt") == "Nepal and China held talks in Kathmandu."


def test_utf32_with_bom(tmp_path):
    raw = _raw(tmp_path)
    (raw / "utf32.txt").write_bytes("Dhaka hosts talks.".encode("utf-32"))
    docs, _, _ = _ingest(raw)
    assert _text(docs, "utf32.txt") == "Dhaka hosts talks."


def test_utf8_with_bom(tmp_path):
    raw = _raw(tmp_path)
    (raw / "bom.txt").write_bytes(codecs.BOM_UTF8 + "Café talks in Hanoi.".encode("utf-8"))
    docs, _, _ = _ingest(raw)
    assert _text(docs, "bom.txt") == "Café talks in Hanoi."


def test_file_over_the_size_limit(tmp_path):
    raw = _raw(tmp_path)
    (raw / "big.txt").write_text("Trade rose. " * 20_000)  # 240,000 bytes
    _, rejected, _ = _ingest(raw, max_bytes=100_000)
    assert _reason(rejected, "big.txt") == "file is 0.2 MB, over the 0.1 MB limit (IngestConfig.max_bytes)"


@pytest.fixture(scope="module")
def one_line_5mb(tmp_path_factory) -> Path:
    raw = _raw(tmp_path_factory.mktemp("oneline"))
    (raw / "oneline.txt").write_text("word, " * 833_334)  # ~5.0 MB, no line break, no full stop
    return raw


def test_5mb_single_line_loads_under_a_larger_limit(one_line_5mb):
    docs, _, _ = _ingest(one_line_5mb, max_bytes=6_000_000)
    assert len(_text(docs, "oneline.txt")) == 6 * 833_334


def test_5mb_single_line_rejected_under_the_default_limit(one_line_5mb):
    _, rejected, _ = _ingest(one_line_5mb)
    assert _reason(rejected, "oneline.txt") == (
        "file is 5,000,004 bytes, over the 5,000,000-byte limit (IngestConfig.max_bytes)"
    )


def test_identical_content_under_two_names(tmp_path):
    raw = _raw(tmp_path)
    (raw / "b_copy.txt").write_text("Seoul and Hanoi signed a deal.\n")
    (raw / "a_orig.txt").write_text("Seoul and Hanoi signed a deal.\n")
    docs, _, paths = _ingest(raw)
    dup = docs.filter(pl.col("text").str.starts_with("Seoul"))
    assert dup.height == 1
    assert dup["source_path"].item() == "a_orig.txt"
    listed = paths.filter(pl.col("doc_id") == dup["doc_id"].item())["source_path"].to_list()
    assert sorted(listed) == ["a_orig.txt", "b_copy.txt"]
    assert set(paths["source_path"]) == {"a_orig.txt", "b_copy.txt", "good.txt"}  # every path listed


def test_same_text_in_two_encodings_is_one_document(tmp_path):
    raw = _raw(tmp_path)
    (raw / "u8.txt").write_text("Lima and Quito met.\r\n", encoding="utf-8")
    (raw / "u16.txt").write_bytes("Lima and Quito met.\n".encode("utf-16"))
    docs, _, paths = _ingest(raw)
    assert docs.filter(pl.col("text").str.starts_with("Lima")).height == 1
    assert paths.height == 3


def test_odd_file_names(tmp_path):
    raw = _raw(tmp_path)
    names = ["with space.txt", "it's \"quoted\".txt", "café_日本.txt", "sub dir/ñ.txt"]
    for i, name in enumerate(names):
        (raw / name).parent.mkdir(exist_ok=True)
        (raw / name).write_text(f"Document number {i} about Oslo talks.\n")
    docs, rejected, _ = _ingest(raw)
    assert set(names) <= set(docs["source_path"])
    assert rejected.height == 0
    scanned = scan_raw(raw)
    assert set(names) <= set(scanned["source_path"])


def test_undecodable_file_name_bytes(tmp_path):
    raw = _raw(tmp_path)
    try:
        (raw / os.fsdecode(b"bad\xffname.txt")).write_text("Rabat hosted talks.\n")
    except (OSError, UnicodeError):
        pytest.skip("file system refuses non-UTF-8 names")
    docs, _, _ = _ingest(raw)
    assert "bad\\xffname.txt" in docs["source_path"].to_list()


def test_symlink_loop(tmp_path):
    raw = _raw(tmp_path)
    os.symlink("loop_b.txt", raw / "loop_a.txt")
    os.symlink("loop_a.txt", raw / "loop_b.txt")
    os.symlink(".", raw / "again")  # a directory loop: raw/again/again/...
    docs, rejected, _ = _ingest(raw)
    assert "symlink loop" in _reason(rejected, "loop_a.txt")
    assert docs.height == 1
    assert scan_raw(raw).filter(pl.col("source_path") == "loop_a.txt")["size_bytes"].is_null().all()


def test_broken_symlink(tmp_path):
    raw = _raw(tmp_path)
    os.symlink("missing.txt", raw / "dangling.txt")
    _, rejected, _ = _ingest(raw)
    assert "broken symlink" in _reason(rejected, "dangling.txt")


def test_unreadable_file(tmp_path):
    raw = _raw(tmp_path)
    locked = raw / "locked.txt"
    locked.write_text("Secret talks in Doha.\n")
    locked.chmod(0o000)
    try:
        try:
            with open(locked, "rb"):
                readable = True
        except PermissionError:
            readable = False
        if readable and os.geteuid() == 0:
            pytest.skip("running as root: chmod 000 does not block reading")
        _, rejected, _ = _ingest(raw)
        assert _reason(rejected, "locked.txt") == "unreadable (permission denied)"
    finally:
        locked.chmod(0o644)


def test_directory_named_like_a_text_file_and_sidecar_not_a_document(tmp_path):
    raw = _raw(tmp_path)
    (raw / "folder.txt").mkdir()
    (raw / "good.meta.json").write_text(json.dumps({"title": "Good title"}))
    docs, rejected, _ = _ingest(raw)
    assert docs.height == 1 and rejected.height == 0
    assert "good.meta.json" not in scan_raw(raw)["source_path"].to_list()


def test_malformed_sidecar_json(tmp_path):
    raw = _raw(tmp_path)
    (raw / "good.meta.json").write_text('{"title": "Broken", ')
    docs, rejected, _ = _ingest(raw)
    reason = _reason(rejected, "good.meta.json")
    assert reason.startswith("sidecar good.meta.json: invalid JSON (") and reason.endswith("— ignored")
    assert _reason(rejected, "good.meta.json")
    row = docs.filter(pl.col("source_path") == "good.txt").row(0, named=True)
    assert row["title"] == "Pakistan, Chile sign fisheries accord"  # inferred, not from the sidecar


def test_wrongly_typed_sidecar_values(tmp_path):
    raw = _raw(tmp_path)
    (raw / "good.meta.json").write_text(
        json.dumps({"published_date": 12, "title": ["not", "a", "string"], "publisher": "Dawn"})
    )
    (raw / "other.txt").write_text("Hanoi talks.\n")
    (raw / "other.meta.json").write_text(json.dumps({"published_date": "not a date"}))
    docs, rejected, _ = _ingest(raw)
    good = docs.filter(pl.col("source_path") == "good.txt").row(0, named=True)
    assert good["publisher"] == "Dawn"  # the valid field is still used
    assert good["published_date"] is None
    assert good["title"] == "Pakistan, Chile sign fisheries accord"
    reason = _reason(rejected, "good.meta.json")
    assert "published_date 12 is not an ISO 8601 date" in reason and "title" in reason
    assert "'not a date'" in _reason(rejected, "other.meta.json")
    assert docs.height == 2


def test_sidecar_overrides_title_url_publisher_and_date(tmp_path):
    raw = _raw(tmp_path)
    (raw / "good.meta.json").write_text(
        json.dumps(
            {
                "url": "https://example.org/news/1",
                "publisher": "Example Daily",
                "published_date": "2024-03-05T22:30:00+05:00",
                "title": "Sidecar headline",
            }
        )
    )
    docs, rejected, _ = _ingest(raw)
    row = docs.row(0, named=True)
    assert rejected.height == 0
    assert (row["title"], row["url"], row["publisher"]) == (
        "Sidecar headline",
        "https://example.org/news/1",
        "Example Daily",
    )
    assert row["published_date"] == date(2024, 3, 5)
    assert (row["reference_date"], row["reference_precision"]) == (date(2024, 3, 5), "day")


def test_sidecar_without_document_is_reported(tmp_path):
    raw = _raw(tmp_path)
    (raw / "orphan.meta.json").write_text("{}")
    _, rejected, _ = _ingest(raw)
    assert "no orphan.txt" in _reason(rejected, "orphan.meta.json")


def test_missing_raw_dir_does_not_raise(tmp_path):
    docs, rejected, paths = ingest_files(tmp_path / "nope")
    assert docs.height == 0 and paths.height == 0 and rejected.height == 1
    assert scan_raw(tmp_path / "nope").height == 0
