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
import time
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
    # Folder of the stat cache (None: no cache).  A file whose size, mtime, ctime and inode are
    # unchanged since the last ingest is not read, decoded or hashed again (see _IngestCache).
    cache_dir: Path | None = None


# ------------------------------------------------------------------------------------------
# Scanning
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    path: str  # the file system path (may hold undecodable bytes as surrogate escapes)
    rel: str  # source_path: relative to raw_dir, posix, always valid UTF-8
    has_sidecar: bool | None = None  # X.meta.json listed beside it (None: not known, look)


def _display(rel: str) -> str:
    """A relative path as valid UTF-8 text (undecodable name bytes shown as \\xNN)."""
    if rel.isascii():  # the common case: nothing to re-encode
        return rel if os.sep == "/" else rel.replace(os.sep, "/")
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
        names = {e.name for e in entries}
        for entry in entries:
            rel = entry.name if not rel_dir else f"{rel_dir}/{entry.name}"
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                (linked if entry.is_symlink() else queue).append(Path(entry.path))
            elif entry.name.lower().endswith(".txt"):
                has_sidecar = entry.name[: -len(".txt")] + SIDECAR_SUFFIX in names
                found.append(_Candidate(entry.path, _display(rel), has_sidecar))
            elif entry.name.endswith(SIDECAR_SUFFIX):
                sidecars.append((entry.path, _display(rel)))
    for path, rel in sidecars:
        stem = path[: -len(SIDECAR_SUFFIX)]
        if not any(os.path.exists(stem + ext) for ext in (".txt", ".TXT", ".Txt")):
            problems.append((rel, f"sidecar without a document: no {_display(os.path.basename(stem))}.txt beside it — ignored"))
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
            st = os.stat(c.path)
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


def sidecar_path(txt: str) -> str:
    """``X.meta.json`` next to ``X.txt`` (paths as text: the walk keeps them as ``str``)."""
    stem = txt[: -len(".txt")] if txt.lower().endswith(".txt") else txt
    return stem + SIDECAR_SUFFIX


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


@dataclass(frozen=True)
class _Derived:
    """What a document's row derives from its text and its (merged) sidecar url and date: the
    metadata inferred from the text (sidecar title/publisher override it later) and the dates."""

    title: str | None
    url: str | None
    publisher: str | None
    published_date: date | None
    reference_date: date | None
    reference_precision: str


def _derive(text: str, sidecar: dict[str, Any], inferred: Metadata) -> _Derived:
    published = sidecar.get("published_date") or _dateline(text)
    reference, precision = _reference(text, published)
    return _Derived(inferred.title, inferred.url, inferred.publisher, published, reference, precision)


def _derive_key(sidecar: dict[str, Any]) -> str:
    """The sidecar values a document's derived fields depend on (url → publisher, date → dates)."""
    published = sidecar.get("published_date")
    return f"{sidecar.get('url') or ''}\x1f{published.isoformat() if published else ''}"


_DOCUMENT_FIELDS = {k: v for k, v in DOCUMENTS.items() if k != "text"}


def _document(doc_id: str, first: _Candidate, sha: str, sidecar: dict[str, Any], derived: _Derived) -> dict[str, Any]:
    """One documents row without its text: sidecar values win over what the text says."""
    return {
        "doc_id": doc_id,
        "source_path": first.rel,
        "title": sidecar.get("title") or derived.title,
        "url": sidecar.get("url") or derived.url,
        "publisher": sidecar.get("publisher") or derived.publisher,
        "published_date": derived.published_date,
        "reference_date": derived.reference_date,
        "reference_precision": derived.reference_precision,
        "content_sha256": sha,
    }


# ------------------------------------------------------------------------------------------
# The stat cache: unchanged files are not read again
# ------------------------------------------------------------------------------------------

# Files changed this recently are not cached: a second edit within the file system's timestamp
# granularity could leave size and times unchanged ("racily clean" in git's words).
RACY_SECONDS = 2.0
_CACHED_FILES = {
    "source_path": pl.String,
    "stat_key": pl.String,
    "sidecar_key": pl.String,  # "" when there is no sidecar
    "doc_id": pl.String,
    "content_sha256": pl.String,
    "sidecar_json": pl.String,  # the usable sidecar fields, JSON (dates as ISO strings)
    "sidecar_warnings": pl.String,
}
_CACHED_DOCS = {
    "doc_id": pl.String,
    "text": pl.String,
    "derive_key": pl.String,
    **{k: DOCUMENTS[k] for k in ("title", "url", "publisher", "published_date", "reference_date", "reference_precision")},
}


def _stat_key(st: os.stat_result) -> str:
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


def _cacheable(st: os.stat_result, started_ns: int) -> bool:
    """Not changed within RACY_SECONDS of the start of this ingest (see RACY_SECONDS)."""
    return max(st.st_mtime_ns, st.st_ctime_ns) < started_ns - int(RACY_SECONDS * 1e9)


def _sidecar_to_json(fields: dict[str, Any]) -> str:
    return json.dumps({k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}, sort_keys=True)


def _sidecar_from_json(raw: str) -> dict[str, Any]:
    fields = json.loads(raw)
    if fields.get("published_date"):
        fields["published_date"] = date.fromisoformat(fields["published_date"])
    return fields


class _IngestCache:
    """What the last ingest learnt about each file, keyed by its stat (size, mtime_ns, ctime_ns,
    inode, device) and its sidecar's stat, plus each document's text and derived fields.

    Stored as Parquet files in ``cache_dir`` whose names carry a fingerprint of the ingest
    code, the code it calls (metadata, dates, countries) and the lexicons that code reads: other
    code means other files, so a stale cache is never read.  A missing, torn or foreign file reads as empty (every file is read again).
    Rejected files are never cached: they are examined afresh each time.

    The documents are stored as ``docs-<fp>.parquet`` plus small ``docs-<fp>.delta-<n>.parquet``
    files with the documents added (or re-derived) since: adding one file to a large corpus
    writes one small file, not every text again.  A document's newest row wins; the deltas are
    folded into the main file when there are many of them or many superseded rows.  The texts
    stay in a polars frame (never one Python string per cached document).
    """

    MAX_DELTAS = 8

    def __init__(self, cache_dir: Path | None):
        self.dir = Path(cache_dir) if cache_dir is not None else None
        self.started_ns = time.time_ns()
        self.files: dict[str, tuple[str, str, str, str, str, str | None]] = {}
        self.docs = pl.DataFrame(schema=_CACHED_DOCS)
        self.derived: dict[str, tuple[str, _Derived]] = {}
        self.n_stored_rows = 0
        self.delta_paths: list[Path] = []
        self.hits = self.misses = 0
        if self.dir is None:
            return
        from pipeline.state import read_parquet_or_empty

        self.fingerprint = self._fingerprint()
        files = read_parquet_or_empty(self._path("files"), _CACHED_FILES)
        main = self._path("docs")
        self.delta_paths = sorted(self.dir.glob(f"docs-{self.fingerprint}.delta-*.parquet"))
        parts = [read_parquet_or_empty(path, _CACHED_DOCS) for path in [main, *self.delta_paths]]
        stored = pl.concat(parts)
        self.n_stored_rows = stored.height
        self.docs = stored.unique("doc_id", keep="last", maintain_order=True) if len(parts) > 1 else stored
        for row in files.iter_rows():
            self.files[row[0]] = row[1:]
        for doc_id, key, *rest in self.docs.drop("text").iter_rows():
            self.derived[doc_id] = (key, _Derived(*rest))

    @staticmethod
    def _fingerprint() -> str:
        """This module, the code it calls (decode, metadata, the date and country extractors …)
        and the lexicons that code reads: nothing else invalidates the cache."""
        from pipeline.state import code_fingerprint

        return code_fingerprint(__name__)

    def _path(self, name: str) -> Path:
        assert self.dir is not None
        return self.dir / f"{name}-{self.fingerprint}.parquet"

    @property
    def enabled(self) -> bool:
        return self.dir is not None

    def lookup(self, rel: str, stat_key: str) -> tuple[str, str] | None:
        """(doc_id, sha256) of an unchanged file whose document is stored, else None."""
        entry = self.files.get(rel)
        if entry is None or entry[0] != stat_key or entry[2] not in self.derived:
            return None
        return entry[2], entry[3]

    def texts(self, doc_ids: list[str]) -> pl.DataFrame:
        """doc_id, text of stored documents."""
        return self.docs.filter(pl.col("doc_id").is_in(pl.Series(doc_ids, dtype=pl.String).implode())).select("doc_id", "text")

    def sidecar(self, rel: str, sidecar_key: str) -> tuple[dict[str, Any], list[str]] | None:
        entry = self.files.get(rel)
        if entry is None or entry[1] != sidecar_key or not sidecar_key:
            return None
        try:
            return _sidecar_from_json(entry[4]), ([entry[5]] if entry[5] else [])
        except (ValueError, TypeError, AttributeError):
            return None

    def save(self, rows: list[tuple], fresh: pl.DataFrame, live: set[str]) -> None:
        """Store the files of this ingest and the documents that are new or re-derived
        (``fresh``, schema ``_CACHED_DOCS``): as a delta file, or folded with the stored ones into
        one main file (only ``live`` documents kept) when the deltas add up.  Atomically, file by
        file; the older fingerprints' files are removed.  Never raises: a cache is optional."""
        if self.dir is None:
            return
        from pipeline.state import write_parquet_atomic

        try:
            files = pl.DataFrame(rows, schema=_CACHED_FILES, orient="row") if rows else pl.DataFrame(schema=_CACHED_FILES)
            stale = self.n_stored_rows + fresh.height - len(live)  # superseded or no longer in raw/
            few_stale = stale <= max(len(live) // 4, 1000)
            if fresh.height == 0 and few_stale:
                pass  # the stored documents still cover every live one
            elif fresh.height and self.n_stored_rows and few_stale and len(self.delta_paths) < self.MAX_DELTAS:
                seq = f"{time.time_ns():020d}{os.getpid():08d}"
                write_parquet_atomic(fresh, self.dir / f"docs-{self.fingerprint}.delta-{seq}.parquet")
            else:
                folded = pl.concat([self.docs, fresh]).unique("doc_id", keep="last", maintain_order=True)
                folded = folded.filter(pl.col("doc_id").is_in(pl.Series(sorted(live), dtype=pl.String).implode()))
                write_parquet_atomic(folded, self._path("docs"))  # documents first: files point into them
                for old in self.delta_paths:
                    old.unlink(missing_ok=True)
            write_parquet_atomic(files, self._path("files"))
            for old in self.dir.glob("*.parquet"):
                if self.fingerprint not in old.name:
                    old.unlink(missing_ok=True)
        except Exception:  # noqa: BLE001
            log.exception("could not write the ingest cache in %s", self.dir)


# ------------------------------------------------------------------------------------------
# Ingest
# ------------------------------------------------------------------------------------------


@dataclass
class _Member:
    cand: _Candidate
    text: str | None  # None: a stat-cache hit, its text is in the cache's frame
    sha: str  # sha256 of the raw bytes
    stat_key: str | None  # None: not to be cached (changed too recently, or no cache)
    sidecar: dict[str, Any] | None = None
    sidecar_warnings: list[str] | None = None
    sidecar_key: str | None = ""


def _load_all(
    candidates: list[_Candidate], config: IngestConfig, rejected: list[dict[str, str]], cache: _IngestCache
) -> dict[str, list[_Member]]:
    """Read, decode and normalise every candidate (or take it from the stat cache when it is
    unchanged); group the loaded ones by doc_id (content).  Failures are appended to ``rejected``."""
    groups: dict[str, list[_Member]] = {}
    for cand in candidates:
        stat_key = None
        if cache.enabled:
            try:
                st = os.stat(cand.path)
            except OSError:
                st = None  # _read says why
            if st is not None and stat.S_ISREG(st.st_mode) and st.st_size <= config.max_bytes:
                stat_key = _stat_key(st)
                hit = cache.lookup(cand.rel, stat_key)
                if hit is not None:
                    cache.hits += 1
                    doc_id, sha = hit
                    groups.setdefault(doc_id, []).append(_Member(cand, None, sha, stat_key))
                    continue
                if not _cacheable(st, cache.started_ns):
                    stat_key = None
        cache.misses += 1
        raw_text: str | None = None
        try:
            data, reason = _read(Path(cand.path), config)
            if data is not None:
                raw_text, reason = decode_bytes(data)
            if data is not None and reason is None and raw_text is not None:
                text = normalise_text(raw_text)
                groups.setdefault(doc_id_for(text), []).append(_Member(cand, text, hashlib.sha256(data).hexdigest(), stat_key))
                continue
        except Exception as exc:  # noqa: BLE001 - never raise for one bad file
            log.exception("ingest of %s failed", cand.rel)
            reason = f"could not be ingested ({exc.__class__.__name__}: {exc})"
        rejected.append({"source_path": cand.rel, "reason": reason or "could not be ingested"})
    for members in groups.values():
        members.sort(key=lambda m: m.cand.rel)
    return groups


def _member_sidecar(member: _Member, cache: _IngestCache) -> None:
    """Fill ``member.sidecar``/``sidecar_warnings``/``sidecar_key`` (from the cache when the
    sidecar's stat is unchanged)."""
    cand = member.cand
    member.sidecar, member.sidecar_warnings, member.sidecar_key = {}, [], ""
    if cand.has_sidecar is False:
        return
    sc_path = sidecar_path(cand.path)
    try:
        st = os.stat(sc_path)
    except OSError:
        return  # no sidecar (or a broken link to one: as Path.exists() sees it)
    sc_key = _stat_key(st)
    if cache.enabled:
        cached = cache.sidecar(cand.rel, sc_key)
        if cached is not None:
            member.sidecar, member.sidecar_warnings = cached
            member.sidecar_key = sc_key
            return
    sc_rel = cand.rel[: -len(".txt")] + SIDECAR_SUFFIX
    member.sidecar, member.sidecar_warnings = read_sidecar(Path(sc_path), sc_rel.rsplit("/", 1)[-1])
    member.sidecar_key = sc_key if _cacheable(st, cache.started_ns) else None


def _merged_sidecar(members: list[_Member], rejected: list[dict[str, str]], cache: _IngestCache) -> dict[str, Any]:
    """The sidecar fields of a document; with several paths the first path's sidecar wins field
    by field.  Sidecar problems are appended to ``rejected`` under the sidecar's path."""
    sidecar: dict[str, Any] = {}
    for member in members:
        _member_sidecar(member, cache)
        for key, value in (member.sidecar or {}).items():
            sidecar.setdefault(key, value)
        if member.sidecar_warnings:
            sc_rel = member.cand.rel[: -len(".txt")] + SIDECAR_SUFFIX
            rejected.append({"source_path": sc_rel, "reason": "; ".join(member.sidecar_warnings)})
    return sidecar


def ingest_files(
    raw_dir: Path, config: IngestConfig = IngestConfig()
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Returns (documents, rejected_documents, document_paths) with exactly the schemas
    model.DOCUMENTS, model.REJECTED, model.DOCUMENT_PATHS. Never raises for bad input.

    With ``config.cache_dir`` set, files unchanged since the last ingest (same size, mtime,
    ctime, inode) are taken from the stat cache there instead of being read again; the result
    is the same as without the cache.
    """
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

    try:
        cache = _IngestCache(config.cache_dir)
    except Exception:  # noqa: BLE001 - a broken cache never stops ingest
        log.exception("ingest cache in %s unusable", config.cache_dir)
        cache = _IngestCache(None)
    groups = _load_all(candidates, config, rejected, cache)
    sidecars = {doc_id: _merged_sidecar(members, rejected, cache) for doc_id, members in groups.items()}

    # The text of each document: read now (a cache miss) or in the cache's frame.
    texts: dict[str, str] = {}
    for doc_id, members in groups.items():
        text = next((m.text for m in members if m.text is not None), None)
        if text is not None:
            texts[doc_id] = text
    derived: dict[str, _Derived] = {}
    todo: list[str] = []
    for doc_id, sidecar in sidecars.items():
        cached = cache.derived.get(doc_id)
        if cached is not None and cached[0] == _derive_key(sidecar):
            derived[doc_id] = cached[1]
        else:
            todo.append(doc_id)
    missing = [d for d in todo if d not in texts]  # cached text, sidecar changed: derive again
    if missing:
        texts.update(cache.texts(missing).iter_rows())
    inferred = _infer_all([texts[d] for d in todo], [sidecars[d].get("url") for d in todo])
    for doc_id, meta in zip(todo, inferred):
        derived[doc_id] = _derive(texts[doc_id], sidecars[doc_id], meta)

    documents: list[dict[str, Any]] = []
    paths: list[dict[str, str]] = []
    for doc_id, members in groups.items():
        first = members[0]
        documents.append(_document(doc_id, first.cand, first.sha, sidecars[doc_id], derived[doc_id]))
        paths.extend({"doc_id": doc_id, "source_path": m.cand.rel} for m in members)

    if cache.enabled:
        cached = [(d, m) for d, members in groups.items() for m in members if m.stat_key is not None and m.sidecar_key is not None]
        reused = all(cache.files.get(m.cand.rel, ("",))[:2] == (m.stat_key, m.sidecar_key) for _, m in cached)
        rederived = set(todo)
        fresh_ids = [d for d in groups if d not in cache.derived or d in rederived]  # rows the stored docs lack
        if fresh_ids or not reused or len(cached) != len(cache.files):
            rows = [
                (
                    m.cand.rel, m.stat_key, m.sidecar_key, doc_id, m.sha, _sidecar_to_json(m.sidecar or {}),
                    "; ".join(m.sidecar_warnings) if m.sidecar_warnings else None,
                )
                for doc_id, m in cached
            ]
            records = [
                (d, texts[d], _derive_key(sidecars[d]), v.title, v.url, v.publisher, v.published_date, v.reference_date, v.reference_precision)
                for d in fresh_ids
                for v in (derived[d],)
            ]
            fresh = pl.DataFrame(records, schema=_CACHED_DOCS, orient="row") if records else pl.DataFrame(schema=_CACHED_DOCS)
            cache.save(rows, fresh, set(groups))

    docs = from_records(sorted(documents, key=lambda d: d["source_path"]), _DOCUMENT_FIELDS)
    text_frame = pl.DataFrame({"doc_id": list(texts), "text": list(texts.values())}, schema={"doc_id": pl.String, "text": pl.String})
    stored = [d for d in groups if d not in texts]
    if stored:
        text_frame = pl.concat([text_frame, cache.texts(stored)])
    docs = docs.join(text_frame, on="doc_id", how="left", maintain_order="left").select(list(DOCUMENTS))
    rej = from_records(sorted(rejected, key=lambda r: r["source_path"]), REJECTED)
    dpaths = from_records(sorted(paths, key=lambda r: (r["doc_id"], r["source_path"])), DOCUMENT_PATHS)
    return docs, rej, dpaths
