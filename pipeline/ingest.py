"""Ingest: find the raw files, decode and normalise them, attach metadata, deduplicate.

Every candidate file ends up either as a ``documents`` row or as a ``rejected_documents`` row with
a human-readable reason: nothing is dropped silently.  Problems with a sidecar ``X.meta.json``
never reject the document; they are reported as a ``rejected_documents`` row whose
``source_path`` is the sidecar's path (the document itself loads without the bad field).

Identical content under several names (same normalised text) is one document: its
``source_path`` is the lexicographically first path, and ``document_paths`` lists every path of
every document.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import stat
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import polars as pl

from pipeline.decode import decode_bytes, normalise_text
from pipeline.metadata import Metadata, infer_metadata_many
from pipeline.model import DOCUMENT_PATHS, DOCUMENTS, REJECTED, from_records

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("url", "publisher", "published_date", "title")
_MAX_SIDECAR_BYTES = 1_000_000
SCAN = {"source_path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64}


@dataclass(frozen=True)
class IngestConfig:
    """Settings of the ingest stage."""

    max_bytes: int = 5_000_000  # configurable limit; larger files are rejected


# ------------------------------------------------------------------------------------------
# Scanning
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    path: Path  # the file system path (may hold undecodable bytes as surrogate escapes)
    rel: str  # source_path: relative to raw_dir, posix, always valid UTF-8


def _display(rel: str) -> str:
    """A relative path as valid UTF-8 text (undecodable name bytes shown as \\xNN)."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace").replace(os.sep, "/")


def _walk(raw_dir: Path) -> tuple[list[_Candidate], list[tuple[str, str]]]:
    """Every ``*.txt`` under ``raw_dir`` (following directory symlinks once each), and the
    problems met on the way as (source_path, reason): unreadable directories and sidecars
    without a document."""
    found: list[_Candidate] = []
    sidecars: list[tuple[Path, str]] = []
    problems: list[tuple[str, str]] = []
    root = Path(raw_dir)
    seen_dirs: set[tuple[int, int]] = set()
    # Breadth first, real directories before symlinked ones, names in order: a directory reached
    # twice (symlink alias or loop) is scanned once, under its most direct name.
    queue: deque[Path] = deque([root])
    linked: deque[Path] = deque()
    while queue or linked:
        directory = queue.popleft() if queue else linked.popleft()
        rel_dir = os.path.relpath(directory, root) if directory != root else ""
        try:
            st = directory.stat()
        except OSError as exc:
            problems.append((_display(rel_dir or "."), f"directory not readable ({_os_reason(exc)})"))
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            continue  # a symlink loop or a second link to a directory already scanned
        seen_dirs.add((st.st_dev, st.st_ino))
        try:
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            problems.append((_display(rel_dir or ".") + "/", f"directory not readable ({_os_reason(exc)})"))
            continue
        for entry in entries:
            rel = entry.name if not rel_dir else f"{rel_dir}/{entry.name}"
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                (linked if entry.is_symlink() else queue).append(Path(entry.path))
            elif entry.name.lower().endswith(".txt"):
                found.append(_Candidate(Path(entry.path), _display(rel)))
            elif entry.name.endswith(SIDECAR_SUFFIX):
                sidecars.append((Path(entry.path), _display(rel)))
    for path, rel in sidecars:
        stem = path.name[: -len(SIDECAR_SUFFIX)]
        if not any(path.with_name(stem + ext).exists() for ext in (".txt", ".TXT", ".Txt")):
            problems.append((rel, f"sidecar without a document: no {_display(stem)}.txt beside it — ignored"))
    found.sort(key=lambda c: c.rel)
    return found, problems


def scan_raw(raw_dir: Path) -> pl.DataFrame:
    """Every candidate file under raw_dir (recursive, *.txt only; sidecars *.meta.json are not
    documents): columns source_path (relative to raw_dir, posix), size_bytes, mtime_ns. Robust to
    symlink loops, unreadable files, odd names (spaces, quotes, non-ASCII) — never raises.

    ``size_bytes``/``mtime_ns`` are null when the file cannot be stat'ed (broken symlink, loop).
    """
    try:
        candidates, _ = _walk(Path(raw_dir))
    except Exception:  # noqa: BLE001 - scanning must never raise
        log.exception("scan of %s failed", raw_dir)
        return pl.DataFrame(schema=SCAN)
    rows = []
    for c in candidates:
        try:
            st = c.path.stat()
            rows.append({"source_path": c.rel, "size_bytes": st.st_size, "mtime_ns": st.st_mtime_ns})
        except OSError:
            rows.append({"source_path": c.rel, "size_bytes": None, "mtime_ns": None})
    return from_records(rows, SCAN)


# ------------------------------------------------------------------------------------------
# Reading one file
# ------------------------------------------------------------------------------------------


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or exc.__class__.__name__


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _too_large(size: int, limit: int) -> str:
    """'file is 12.3 MB, over the 5.0 MB limit (IngestConfig.max_bytes)' (in bytes when the
    rounded sizes would read the same)."""
    if _megabytes(size) == _megabytes(limit):
        return f"file is {size:,} bytes, over the {limit:,}-byte limit (IngestConfig.max_bytes)"
    return f"file is {_megabytes(size)}, over the {_megabytes(limit)} limit (IngestConfig.max_bytes)"


def _read(path: Path, config: IngestConfig) -> tuple[bytes | None, str | None]:
    """The bytes of a regular file within the size limit, or (None, reason)."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symlink loop (the link points back to itself)"
        if path.is_symlink():
            return None, "broken symlink (its target does not exist)"
        return None, f"unreadable ({_os_reason(exc)})"
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file"
    if st.st_size > config.max_bytes:
        return None, _too_large(st.st_size, config.max_bytes)
    try:
        with open(path, "rb") as fh:
            data = fh.read(config.max_bytes + 1)
    except OSError as exc:
        return None, f"unreadable ({_os_reason(exc)})"
    if len(data) > config.max_bytes:  # grew since stat
        return None, _too_large(len(data), config.max_bytes)
    return data, None


# ------------------------------------------------------------------------------------------
# Sidecars
# ------------------------------------------------------------------------------------------


def sidecar_path(txt: Path) -> Path:
    """``X.meta.json`` next to ``X.txt``."""
    name = txt.name
    stem = name[: -len(".txt")] if name.lower().endswith(".txt") else name
    return txt.with_name(stem + SIDECAR_SUFFIX)


def parse_published_date(value: Any) -> date | None:
    """An ISO 8601 date or datetime string -> its calendar date (as written, no time zone
    conversion); None for anything else."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s).date()
    except ValueError:
        return None


def _valid_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc)


def read_sidecar(path: Path, name: str) -> tuple[dict[str, Any], list[str]]:
    """The usable fields of sidecar ``path`` and warnings about the rest (``name`` is shown)."""
    try:
        size = path.stat().st_size
        if size > _MAX_SIDECAR_BYTES:
            return {}, [f"sidecar {name}: {_megabytes(size)} is too large for a sidecar — ignored"]
        raw = path.read_bytes()
    except OSError as exc:
        return {}, [f"sidecar {name}: unreadable ({_os_reason(exc)}) — ignored"]
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return {}, [f"sidecar {name}: invalid JSON ({exc}) — ignored"]
    if not isinstance(data, dict):
        return {}, [f"sidecar {name}: expected a JSON object, got {type(data).__name__} — ignored"]
    fields: dict[str, Any] = {}
    warnings: list[str] = []
    for key in SIDECAR_KEYS:
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if key == "published_date":
            parsed = parse_published_date(value)
            if parsed is None:
                warnings.append(
                    f"sidecar {name}: published_date {value!r} is not an ISO 8601 date — field ignored"
                )
            else:
                fields[key] = parsed
        elif not isinstance(value, str) or not value.strip():
            warnings.append(f"sidecar {name}: {key} {value!r} is not a non-empty string — field ignored")
        elif key == "url" and not _valid_url(value.strip()):
            warnings.append(f"sidecar {name}: url {value!r} is not an absolute URL — field ignored")
        else:
            fields[key] = " ".join(value.split()) if key != "url" else value.strip()
    return fields, warnings


# ------------------------------------------------------------------------------------------
# Dates (owned by pipeline.extract.dates; guarded so a failure there never stops ingest)
# ------------------------------------------------------------------------------------------


def _dateline(text: str) -> date | None:
    try:
        from pipeline.extract.dates import find_dateline

        return find_dateline(text)
    except Exception:  # noqa: BLE001 - a date bug must not lose the document
        log.exception("find_dateline failed")
        return None


def _reference(text: str, published: date | None) -> tuple[date | None, str]:
    try:
        from pipeline.extract.dates import reference_date

        ref, precision = reference_date(text, published)
        return ref, precision if ref is not None else "unknown"
    except Exception:  # noqa: BLE001
        log.exception("reference_date failed")
        return (published, "day") if published else (None, "unknown")


# ------------------------------------------------------------------------------------------
# Ingest
# ------------------------------------------------------------------------------------------


def _infer_all(texts: list[str], urls: list[str | None]) -> list[Metadata]:
    """Inferred metadata for every text; an internal failure leaves the fields empty."""
    try:
        return infer_metadata_many(texts, urls)
    except Exception:  # noqa: BLE001 - metadata is optional, the documents are not
        log.exception("metadata inference failed")
        return [Metadata(None, None, None)] * len(texts)


def doc_id_for(text: str) -> str:
    """Deterministic document id: ``doc_`` + first 16 hex digits of sha256(normalised text)."""
    return "doc_" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _document(
    text: str, first: _Candidate, sha: str, sidecar: dict[str, Any], inferred: Metadata
) -> dict[str, Any]:
    """One documents row: sidecar values win over what the text says."""
    url = sidecar.get("url")
    published = sidecar.get("published_date") or _dateline(text)
    reference, precision = _reference(text, published)
    return {
        "doc_id": doc_id_for(text),
        "source_path": first.rel,
        "title": sidecar.get("title") or inferred.title,
        "url": url or inferred.url,
        "publisher": sidecar.get("publisher") or inferred.publisher,
        "published_date": published,
        "reference_date": reference,
        "reference_precision": precision,
        "text": text,
        "content_sha256": sha,
    }


_Member = tuple[_Candidate, str, str]  # (candidate, normalised text, sha256 of the raw bytes)


def _load_all(
    candidates: list[_Candidate], config: IngestConfig, rejected: list[dict[str, str]]
) -> dict[str, list[_Member]]:
    """Read, decode and normalise every candidate; group the loaded ones by doc_id (content).
    Failures are appended to ``rejected``."""
    groups: dict[str, list[_Member]] = {}
    for cand in candidates:
        raw_text: str | None = None
        try:
            data, reason = _read(cand.path, config)
            if data is not None:
                raw_text, reason = decode_bytes(data)
            if data is not None and reason is None and raw_text is not None:
                text = normalise_text(raw_text)
                groups.setdefault(doc_id_for(text), []).append((cand, text, hashlib.sha256(data).hexdigest()))
                continue
        except Exception as exc:  # noqa: BLE001 - never raise for one bad file
            log.exception("ingest of %s failed", cand.rel)
            reason = f"could not be ingested ({exc.__class__.__name__}: {exc})"
        rejected.append({"source_path": cand.rel, "reason": reason or "could not be ingested"})
    for members in groups.values():
        members.sort(key=lambda m: m[0].rel)
    return groups


def _merged_sidecar(members: list[_Member], rejected: list[dict[str, str]]) -> dict[str, Any]:
    """The sidecar fields of a document; with several paths the first path's sidecar wins field
    by field.  Sidecar problems are appended to ``rejected`` under the sidecar's path."""
    sidecar: dict[str, Any] = {}
    for cand, _, _ in members:
        sc_path = sidecar_path(cand.path)
        if not sc_path.exists():
            continue
        sc_rel = cand.rel[: -len(".txt")] + SIDECAR_SUFFIX
        fields, warnings = read_sidecar(sc_path, sc_rel.rsplit("/", 1)[-1])
        for key, value in fields.items():
            sidecar.setdefault(key, value)
        if warnings:
            rejected.append({"source_path": sc_rel, "reason": "; ".join(warnings)})
    return sidecar


def ingest_files(
    raw_dir: Path, config: IngestConfig = IngestConfig()
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Returns (documents, rejected_documents, document_paths) with exactly the schemas
    model.DOCUMENTS, model.REJECTED, model.DOCUMENT_PATHS. Never raises for bad input."""
    raw_dir = Path(raw_dir)
    rejected: list[dict[str, str]] = []
    try:
        if not raw_dir.is_dir():
            raise NotADirectoryError(f"raw directory {raw_dir} does not exist or is not a directory")
        candidates, problems = _walk(raw_dir)
    except Exception as exc:  # noqa: BLE001
        rejected.append({"source_path": ".", "reason": str(exc)})
        return (
            pl.DataFrame(schema=DOCUMENTS),
            from_records(rejected, REJECTED),
            pl.DataFrame(schema=DOCUMENT_PATHS),
        )
    rejected.extend({"source_path": p, "reason": r} for p, r in problems)

    groups = _load_all(candidates, config, rejected)
    sidecars = {doc_id: _merged_sidecar(members, rejected) for doc_id, members in groups.items()}
    inferred = _infer_all([m[0][1] for m in groups.values()], [sc.get("url") for sc in sidecars.values()])

    documents: list[dict[str, Any]] = []
    paths: list[dict[str, str]] = []
    for (doc_id, members), meta in zip(groups.items(), inferred):
        first, text, sha = members[0]
        documents.append(_document(text, first, sha, sidecars[doc_id], meta))
        paths.extend({"doc_id": doc_id, "source_path": cand.rel} for cand, _, _ in members)

    docs = from_records(sorted(documents, key=lambda d: d["source_path"]), DOCUMENTS)
    rej = from_records(sorted(rejected, key=lambda r: r["source_path"]), REJECTED)
    dpaths = from_records(sorted(paths, key=lambda r: (r["doc_id"], r["source_path"])), DOCUMENT_PATHS)
    return docs, rej, dpaths
