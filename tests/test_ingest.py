"""Ingest of good input: ids, hashes, normalisation, decoding and inferred metadata."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import ingest as ingest_module
from pipeline.decode import decode_bytes, normalise_text
from pipeline.ingest import IngestConfig, doc_id_for, ingest_files, parse_published_date, scan_raw
from pipeline.metadata import infer_metadata, infer_publisher, infer_title, infer_url, publisher_from_url


def _write(raw: Path, name: str, data: str | bytes) -> None:
    path = raw / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


# --- ids, hashes, normalisation ---------------------------------------------------------------


def test_doc_id_and_hash(tmp_path):
    data = "Oslo talks end\r\n\r\nNorway and Nepal agreed.\r\n".encode()
    _write(tmp_path, "a.txt", data)
    docs, rejected, paths = ingest_files(tmp_path)
    row = docs.row(0, named=True)
    text = "Oslo talks end\n\nNorway and Nepal agreed.\n"
    assert row["text"] == text
    assert row["doc_id"] == "doc_" + hashlib.sha256(text.encode()).hexdigest()[:16] == doc_id_for(text)
    assert row["content_sha256"] == hashlib.sha256(data).hexdigest()
    assert paths.to_dicts() == [{"doc_id": row["doc_id"], "source_path": "a.txt"}]
    assert rejected.height == 0


def test_ids_do_not_depend_on_names_or_order(tmp_path):
    _write(tmp_path / "one", "x.txt", "Lima hosts a summit.")
    _write(tmp_path / "two", "nested/y.txt", "Lima hosts a summit.")
    a = ingest_files(tmp_path / "one")[0]["doc_id"].item()
    b = ingest_files(tmp_path / "two")[0]["doc_id"].item()
    assert a == b


def test_normalisation():
    text = "Cafe\u0301 talks\r\nline two\rthree\x0cfour\x01\x1b five\ttab \u201cquoted\u201d\u00a0nbsp"
    assert normalise_text(text) == "Café talks\nline two\nthree\nfour five\ttab \u201cquoted\u201d\u00a0nbsp"
    assert normalise_text("\ufeffHello") == "Hello"


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_normalisation_properties(text):
    out = normalise_text(text)
    assert normalise_text(out) == out  # idempotent
    assert "\r" not in out
    assert unicodedata.is_normalized("NFC", out)
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in out)


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_utf8_roundtrip(text):
    """Any text with something visible, written as UTF-8, decodes back unchanged (BOM aside)."""
    visible = any(not c.isspace() and c not in "\u200b\ufeff" for c in normalise_text(text))
    decoded, reason = decode_bytes(text.encode("utf-8"))
    if "\x00" in text:  # binary, unless the NULs happen to read as BOM-less UTF-16
        assert (decoded is None and reason) or "\x00" not in decoded
    elif not visible:
        assert decoded is None and reason
    elif reason is None:
        assert decoded == text.removeprefix("\ufeff")
    else:  # only a text made mostly of control characters may be called binary
        assert "control bytes" in reason


def test_decode_reasons():
    assert decode_bytes(b"") == (None, "empty file (0 bytes)")
    assert decode_bytes(b"%PDF-1.7\n...")[1] == "binary file (PDF document)"
    assert decode_bytes(b"PK\x03\x04rest")[1].startswith("binary file (ZIP")
    assert decode_bytes(b"\x7fELF\x02\x01")[1] == "binary file (ELF executable)"
    assert decode_bytes(b"\x1f\x8b\x08\x00")[1] == "binary file (GZIP archive)"
    assert decode_bytes(b"Tr\xe8s bien, merci.")[0] == "Très bien, merci."


# --- sidecar date parsing ---------------------------------------------------------------------


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_published_date_iso_date(d):
    assert parse_published_date(d.isoformat()) == d
    assert parse_published_date(f"  {d.isoformat()} ") == d


@given(
    st.dates(min_value=date(1900, 1, 2), max_value=date(2100, 12, 30)),
    st.times(),
    st.integers(min_value=-12, max_value=14),
)
def test_published_date_iso_datetime_keeps_the_written_day(d, t, offset_hours):
    tz = timezone(timedelta(hours=offset_hours))
    stamp = datetime.combine(d, t, tzinfo=tz).isoformat()
    assert parse_published_date(stamp) == d
    assert parse_published_date(stamp.replace("+00:00", "Z")) == d


@given(st.one_of(st.integers(), st.floats(), st.none(), st.lists(st.integers()), st.booleans()))
def test_published_date_rejects_non_strings(value):
    assert parse_published_date(value) is None


@pytest.mark.parametrize("value", ["not a date", "", "2024-13-01", "2024-02-30", "5 March 2024", "20240"])
def test_published_date_rejects_bad_strings(value):
    assert parse_published_date(value) is None


# --- scan -------------------------------------------------------------------------------------


def test_scan_raw(tmp_path):
    _write(tmp_path, "b.txt", "B text.")
    _write(tmp_path, "a/c.txt", "C text.")
    _write(tmp_path, "b.meta.json", "{}")
    _write(tmp_path, "notes.md", "not a document")
    scanned = scan_raw(tmp_path)
    assert scanned.columns == ["source_path", "size_bytes", "mtime_ns"]
    assert scanned["source_path"].to_list() == ["a/c.txt", "b.txt"]
    assert scanned["size_bytes"].to_list() == [7, 7]
    assert scanned["mtime_ns"].min() > 0


def test_symlinked_directory_is_followed_once(tmp_path):
    raw = tmp_path / "raw"
    _write(tmp_path / "elsewhere", "d.txt", "Delhi talks.")
    raw.mkdir()
    (raw / "linked").symlink_to(tmp_path / "elsewhere")
    (raw / "linked_again").symlink_to(tmp_path / "elsewhere")
    assert scan_raw(raw)["source_path"].to_list() == ["linked/d.txt"]


# --- metadata ---------------------------------------------------------------------------------


def test_title_publisher_prefix_and_dateline():
    text = (
        "CGTN:Ghana, Pakistan agree to expand trade ties\n\n"
        "ACCRA, June 3, 2024 /PRNewswire/ — Ghana and Pakistan on Monday agreed to expand trade.\n"
    )
    meta = infer_metadata(text)
    assert meta.title == "Ghana, Pakistan agree to expand trade ties"
    assert meta.publisher == "CGTN"  # PRNewswire is only the distributor


def test_title_skips_cookie_banner_and_masthead():
    text = (
        "We use cookies to improve your experience on our site.\n"
        "Accept all\n"
        "Ministry of Foreign Affairs\n"
        "Islamic Republic of Pakistan\n"
        "Pakistan and Egypt hold consultations\n"
        "Cairo, 4 May 2024. The two sides reviewed relations.\n"
    )
    assert infer_title(text) == "Pakistan and Egypt hold consultations"
    assert infer_publisher(text) == "Ministry of Foreign Affairs of Pakistan"


def test_one_line_ministry_masthead():
    text = "Ministry of Foreign Affairs of the People's Republic of China\nWang Yi meets envoy\nBody.\n"
    assert infer_publisher(text) == "Ministry of Foreign Affairs of China"
    assert infer_title(text) == "Wang Yi meets envoy"


def test_long_lede_is_not_a_title():
    lede = (
        "The foreign ministers of Indonesia and Pakistan met in Jakarta on Tuesday, agreeing to "
        "expand cooperation in trade, energy, education and counter-terrorism over the next decade."
    )
    assert len(lede) > 150
    assert infer_title(lede + "\nMore text follows here.") is None


def test_short_headline_with_period_stands_alone():
    assert infer_title("Xi meets Kenyan president in Beijing.\n\nBEIJING, May 2 — Text.") == (
        "Xi meets Kenyan president in Beijing."
    )
    assert infer_title("Xi met the Kenyan president.\nHe then left for Nairobi.") is None
    assert infer_title("Xi met the Kenyan president in Beijing on Monday.\n") is None  # no body
    assert infer_title("Kenya, China hold talks") is None


def test_dateline_and_bullet_lines_are_not_titles():
    assert infer_title("ISLAMABAD, May 5 (APP): The talks went well.\n") is None
    assert infer_title("i. Pakistan was one of the earliest countries.\n") is None


def test_url_and_publisher_from_credit_line():
    text = (
        "Body of the article mentions Xinhua reported something.\n"
        "This article first appeared in the Global Times:\n\n"
        "https://www.globaltimes.cn/page/202401/1.shtml).\n"
    )
    assert infer_url(text) == "https://www.globaltimes.cn/page/202401/1.shtml"
    assert infer_publisher(text) == "Global Times"


def test_mere_mention_is_not_a_publisher():
    assert infer_publisher("Talks ended on Monday, Xinhua reported.\nRadio Pakistan said so too.") is None


def test_publisher_from_url_domain():
    assert publisher_from_url("https://www.dawn.com/news/123") == "Dawn"
    assert publisher_from_url("https://english.news.cn/2024/x.htm") == "Xinhua"
    assert publisher_from_url("https://www.prnewswire.com/news/x") is None
    assert publisher_from_url("https://example.org/") is None
    assert publisher_from_url("not a url") is None
    assert infer_publisher("Some text.", "https://tribune.com.pk/story/1") == "The Express Tribune"


def test_dateline_agency():
    assert infer_publisher("Headline here\n\nISLAMABAD, March 4 (APP): Pakistan and Iran met.") == "APP"
    assert infer_publisher("Headline\n\nBEIJING, Jan. 2 (GLOBE NEWSWIRE) — Text.") is None


def test_ingest_uses_inferred_metadata_and_dateline(tmp_path):
    _write(
        tmp_path,
        "a.txt",
        "Xinhua: Nepal, China agree on rail link\n\n"
        "BEIJING, Nov. 3, 2022 /PRNewswire/ — Nepal and China agreed.\n",
    )
    row = ingest_files(tmp_path)[0].row(0, named=True)
    assert row["title"] == "Nepal, China agree on rail link"
    assert row["publisher"] == "Xinhua"
    assert row["url"] is None
    assert row["published_date"] == date(2022, 11, 3)
    assert (row["reference_date"], row["reference_precision"]) == (date(2022, 11, 3), "day")


def test_ingest_survives_a_failing_date_module(tmp_path, monkeypatch):
    import pipeline.extract.dates as dates

    def boom(*_args, **_kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(dates, "find_dateline", boom)
    monkeypatch.setattr(dates, "reference_date", boom)
    _write(tmp_path, "a.txt", "Accra talks.\n")
    docs, rejected, _ = ingest_files(tmp_path)
    assert docs.height == 1 and rejected.height == 0
    assert docs["reference_precision"].item() == "unknown"


def test_first_sidecar_wins_for_duplicates(tmp_path):
    _write(tmp_path, "a.txt", "Same text.")
    _write(tmp_path, "b.txt", "Same text.")
    _write(tmp_path, "a.meta.json", json.dumps({"title": "From a"}))
    _write(tmp_path, "b.meta.json", json.dumps({"title": "From b", "url": "https://x.org/b"}))
    row = ingest_files(tmp_path)[0].row(0, named=True)
    assert (row["title"], row["url"]) == ("From a", "https://x.org/b")


def test_ingest_many_files(tmp_path):
    body = "Officials from Peru and Chile met in Lima on Monday. They agreed to expand trade. " * 60
    for i in range(200):
        _write(tmp_path, f"d{i:03}.txt", f"Story {i} headline\n\n{body}")
    docs, rejected, _ = ingest_files(tmp_path, IngestConfig())
    assert docs.height == 200 and rejected.height == 0
    assert docs["title"].to_list()[:2] == ["Story 0 headline", "Story 1 headline"]


def test_module_exports():
    assert ingest_module.IngestConfig().max_bytes == 5_000_000
