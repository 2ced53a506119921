"""Content-addressed store of per-document mentions: the reason incremental builds are cheap.

Mentions are stored in Parquet files under ``<warehouse dir>/.state/<warehouse name>/`` together
with a manifest of each document's *extraction key*: a hash of the document's content id, the
metadata that steers date resolution (published and reference date) and a fingerprint of the
extraction code and lexicons.  A refresh re-extracts only documents whose key is new, drops the
mentions of documents that left ``raw/``, and reuses everything else.  Changing a lexicon or an
extractor changes the fingerprint, so every document is re-extracted once.

Many documents to extract (a first build, a changed lexicon) are split into chunks that a pool of
worker processes extracts in parallel (``workers``); the result is identical to one process.

The module also holds the small helpers every state cache uses: :func:`write_parquet_atomic`
and :func:`read_parquet_or_empty` (a torn, foreign or missing file reads as empty: caches are
rebuilt, never trusted blindly).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import multiprocessing
import os
import re
import sys
import weakref
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import polars as pl

from pipeline.lexicons import lexicon_fingerprint, lexicon_paths
from pipeline.model import MENTION_SCHEMAS, empty

log = logging.getLogger(__name__)
MANIFEST = {"doc_id": pl.String, "extract_key": pl.String}

Extractor = Callable[[pl.DataFrame, pl.DataFrame], dict[str, pl.DataFrame]]


def extractor_fingerprint() -> str:
    """Hash of the extraction code (``pipeline.extract.run`` and every module it imports, e.g. the
    mention schemas in ``pipeline.model``) and of every lexicon file."""
    code = code_fingerprint("pipeline.extract.run")
    return hashlib.sha256(f"{lexicon_fingerprint()}|{code}".encode()).hexdigest()[:16]


_PACKAGE_ROOT = Path(__file__).parent
_LEXICON_CALL = re.compile(r"""read_lexicon\(\s*["'](\w+)["']""")


def _module_file(name: str) -> Path | None:
    """The source file of a ``pipeline.*`` module name, if it exists."""
    parts = name.split(".")[1:]
    base = _PACKAGE_ROOT.joinpath(*parts) if parts else _PACKAGE_ROOT
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(pipeline(?:\.\w+)*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)", re.M)
_PLAIN_IMPORT = re.compile(r"^[ \t]*import[ \t]+([^\n#;]+)", re.M)


def _imported_names(source: str) -> list[str]:
    """The absolute ``pipeline`` module names a source file imports (anywhere, also inside
    functions), and for ``from pipeline.x import a`` also ``pipeline.x.a`` (``a`` may be a
    module).  A line scan, much cheaper than parsing: a docstring line that reads like an import
    only adds a module to the closure (a spurious dependency, never a missed one)."""
    names: list[str] = []
    for m in _FROM_IMPORT.finditer(source):
        module = m.group(1)
        names.append(module)
        for part in m.group(2).strip().strip("()").replace("\\", " ").split(","):
            name = part.split(" as ")[0].strip()
            if name.isidentifier():
                names.append(f"{module}.{name}")
    for m in _PLAIN_IMPORT.finditer(source):
        for part in m.group(1).split(","):
            name = part.split(" as ")[0].strip()
            if name == "pipeline" or name.startswith("pipeline."):
                names.append(name)
    return names


_SCANNED: dict[Path, tuple[tuple[int, int, int, int], bytes, list[str]]] = {}


def _scan(path: Path) -> tuple[bytes, list[str]]:
    """Source bytes and imported names of ``path`` (cached per process while its
    :func:`file_identity` stays the same)."""
    key = file_identity(path)
    hit = _SCANNED.get(path)
    if hit is not None and hit[0] == key:
        return hit[1], hit[2]
    source = path.read_bytes()
    names = _imported_names(source.decode("utf-8", "replace"))
    _SCANNED[path] = (key, source, names)
    return source, names


def code_closure(*modules: str) -> dict[str, Path]:
    """``modules`` (``pipeline.*`` names) and every ``pipeline`` module they import, transitively
    (imports inside functions included), with their source files."""
    seen: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in seen or not (name == "pipeline" or name.startswith("pipeline.")):
            continue
        path = _module_file(name)
        if path is None:
            continue
        seen[name] = path
        todo += _scan(path)[1]
    return seen


def code_fingerprint(*modules: str) -> str:
    """Hash of the source of :func:`code_closure` of ``modules`` and of the lexicons that code
    reads by name (``read_lexicon("x")``).  A cache keyed by it is invalidated by a change to the
    code it depends on, and only by that."""
    seen = code_closure(*modules)
    h = hashlib.sha256()
    lexicons: set[str] = set()
    for name in sorted(seen):
        source = _scan(seen[name])[0]
        h.update(name.encode() + b"\0" + source)
        lexicons.update(_LEXICON_CALL.findall(source.decode("utf-8", "replace")))
    for lex in sorted(lexicons):
        for layer, path in enumerate(lexicon_paths(lex)):  # 0 packaged, 1 the analyst's extension
            if path.is_file():  # content, not location: a moved or cloned checkout keeps its caches
                h.update(f"{lex}\0{layer}\0".encode() + path.read_bytes())
    return h.hexdigest()[:16]


def extract_keys(documents: pl.DataFrame, fingerprint: str) -> pl.DataFrame:
    """doc_id → extraction key (what the stored mentions of a document depend on)."""
    parts = pl.concat_str(
        [
            pl.col("doc_id"),
            pl.col("published_date").cast(pl.String).fill_null(""),
            pl.col("reference_date").cast(pl.String).fill_null(""),
            pl.col("reference_precision").fill_null(""),
            pl.lit(fingerprint),
        ],
        separator="|",
    )
    return documents.select("doc_id", parts.alias("extract_key")).with_columns(
        pl.col("extract_key").map_elements(lambda s: hashlib.sha256(s.encode()).hexdigest()[:24], return_dtype=pl.String)
    )


def write_parquet_atomic(df: pl.DataFrame, path: Path) -> None:
    """Write ``df`` to ``path`` through a temporary file and a rename (readers never see a torn
    file).  Fast settings: zstd level 1, no column statistics (these files are read whole).
    The file is remembered as holding ``df`` (see :func:`persisted_file`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        df.write_parquet(tmp, compression="zstd", compression_level=1, statistics=False)
        identity = file_identity(tmp)  # of the file about to become ``path`` (a rename keeps it)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _remember(df, path, identity)


# Frames known to be stored in a file, so that storing the same frame again elsewhere (the
# Dagster IO manager storing an asset value that a state cache has just written) can hard-link
# the file instead of encoding it again.  Keyed by id(frame), checked with a weak reference (an
# id can be reused once its frame is gone) and the file's identity (the file must not have been
# replaced since: every writer here replaces files by rename, never in place).
_PERSISTED: dict[int, tuple[weakref.ref, Path, tuple[int, int, int, int]]] = {}


def file_identity(path: Path) -> tuple[int, int, int, int]:
    """(device, inode, size, mtime_ns) of ``path``: changes when the file is replaced by a rename
    or written again, which is how every cache and publish here tells a file it knows from a
    successor."""
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _remember(df: pl.DataFrame, path: Path, identity: tuple[int, int, int, int]) -> None:
    try:
        ref = weakref.ref(df, lambda _, key=id(df): _PERSISTED.pop(key, None))
    except TypeError:
        return
    _PERSISTED[id(df)] = (ref, Path(path), identity)


def _persisted(df: pl.DataFrame) -> tuple[Path, tuple[int, int, int, int]] | None:
    entry = _PERSISTED.get(id(df))
    if entry is None or entry[0]() is not df:
        return None
    return entry[1], entry[2]


def persisted_file(df: pl.DataFrame) -> Path | None:
    """The Parquet file that :func:`write_parquet_atomic` (or :func:`read_parquet_or_empty`)
    last stored ``df`` in (or read it from), if that file is still exactly as it was."""
    found = persisted_identity(df)
    return found[0] if found else None


def persisted_identity(df: pl.DataFrame) -> tuple[Path, tuple[int, int, int, int]] | None:
    """(file, :func:`file_identity`) of the Parquet file that holds exactly ``df``, if any: two
    frames with the same identity hold the same rows."""
    entry = _persisted(df)
    if entry is None:
        return None
    try:
        return entry if file_identity(entry[0]) == entry[1] else None
    except OSError:
        return None


def read_parquet_remembered(path: Path) -> pl.DataFrame:
    """``pl.read_parquet(path)``, remembering that the frame is the file's content (see
    :func:`persisted_file`) when the file was not replaced while being read."""
    identity = file_identity(path)
    df = pl.read_parquet(path)
    if file_identity(path) == identity:
        _remember(df, Path(path), identity)
    return df


def link_or_write_parquet(df: pl.DataFrame, path: Path) -> None:
    """Store ``df`` at ``path`` like :func:`write_parquet_atomic`, as a hard link to the file
    that already holds it when there is one (no encoding, no copy)."""
    path = Path(path)
    entry = _persisted(df)
    if entry is not None and entry[0] != path:
        tmp = path.with_name(f"{path.name}.{os.getpid()}.link")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            os.link(entry[0], tmp)
            if file_identity(tmp) == entry[1]:  # linked the very file df was stored in (not a successor)
                os.replace(tmp, path)
                return
        except OSError:  # another file system, links not allowed …: write it
            pass
        tmp.unlink(missing_ok=True)
    write_parquet_atomic(df, path)


def read_parquet_or_empty(path: Path, schema: dict, columns: list[str] | None = None) -> pl.DataFrame:
    """The frame stored at ``path`` if it exists, is readable and has exactly ``schema``; an empty
    frame of ``schema`` (restricted to ``columns``) otherwise."""
    want = schema if columns is None else {c: schema[c] for c in columns}
    path = Path(path)
    if not path.exists():
        return empty(want)
    try:
        if dict(pl.read_parquet_schema(path)) != schema:
            return empty(want)
        identity = file_identity(path)
        df = pl.read_parquet(path, columns=columns)
        if columns is None and file_identity(path) == identity:  # not replaced while being read
            _remember(df, path, identity)
        return df
    except Exception:  # noqa: BLE001 - a torn or foreign file: treat as absent, it will be rebuilt
        return empty(want)


# ------------------------------------------------------------------------------------------
# Parallel extraction (worker processes started with "spawn": forking after polars has started
# its thread pool can deadlock)
# ------------------------------------------------------------------------------------------

# Fewer documents to extract run in-process: a spawned worker spends 2-3 CPU-seconds importing
# polars and the extractors and compiling their regexes before its first document (measured:
# 1,000 documents take about 5 CPU-seconds in one process, so the pool starts to pay off there).
PARALLEL_MIN_DOCUMENTS = 1000

_worker_extractor: Extractor | None = None


def _worker_init(extractor: Extractor) -> None:
    """Runs once in each worker process (spawned with POLARS_MAX_THREADS=1: the pool itself
    uses the cores)."""
    global _worker_extractor
    _worker_extractor = extractor


def _worker_extract(documents: pl.DataFrame, sentences: pl.DataFrame) -> dict[str, pl.DataFrame]:
    assert _worker_extractor is not None
    return _worker_extractor(documents, sentences)


def _worker_ready() -> int:
    return os.getpid()


def _chunks(
    documents: pl.DataFrame, sentences: pl.DataFrame, todo_ids: pl.Series, chunk_size: int
) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
    """The documents and sentences of ``todo_ids`` (sorted), ``chunk_size`` documents at a time."""
    for start in range(0, todo_ids.len(), chunk_size):
        ids = todo_ids.slice(start, chunk_size).implode()
        yield documents.filter(pl.col("doc_id").is_in(ids)), sentences.filter(pl.col("doc_id").is_in(ids))


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While workers are spawned, hide the ``__main__`` module from multiprocessing, so that a
    script or notebook calling the build without an ``if __name__ == "__main__"`` guard is not
    re-run inside every worker (the workers only need the importable pipeline modules)."""
    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if main is not None and k in main.__dict__}
    try:
        if main is not None:
            main.__dict__.pop("__file__", None)
            main.__dict__["__spec__"] = None
        yield
    finally:
        if main is not None:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


def _start_pool(workers: int, extractor: Extractor) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes, all started now (one polars thread each)."""
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_init,
        initargs=(extractor,),
    )
    with _env(POLARS_MAX_THREADS="1"), _main_module_hidden():
        for _ in range(workers):  # each submit to a busy pool spawns one more process
            pool.submit(_worker_ready)
    return pool


def extract_chunks(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    todo_ids: pl.Series,
    extractor: Extractor,
    *,
    chunk_size: int,
    workers: int = 1,
    on_chunk: Callable[[int], None] | None = None,
) -> Iterator[dict[str, pl.DataFrame]]:
    """Extract the documents ``todo_ids`` chunk by chunk; yield each chunk's mention frames in
    chunk order (so the output never depends on ``workers``).  ``extractor`` must be picklable (a
    module-level function) when ``workers > 1``.  At most ``2 * workers`` chunks are in flight,
    which bounds the memory held by pending inputs and results.  ``on_chunk(n_docs)`` after each.
    If the pool breaks (a worker killed, e.g. out of memory), the remaining chunks are extracted
    in this process; an exception raised by the extractor itself is raised here.
    """
    chunks = _chunks(documents, sentences, todo_ids, chunk_size)

    def _done(out: dict[str, pl.DataFrame], n: int) -> dict[str, pl.DataFrame]:
        if on_chunk is not None:
            on_chunk(n)
        return out

    if workers <= 1:
        for docs, sents in chunks:
            yield _done(extractor(docs, sents), docs.height)
        return
    pending: list[tuple[Future, pl.DataFrame, pl.DataFrame]] = []
    pool = _start_pool(workers, extractor)
    broken = False
    try:
        for docs, sents in chunks:
            while len(pending) >= 2 * workers and not broken:
                fut, d, st = pending[0]
                try:
                    out = fut.result()
                except BrokenProcessPool:
                    broken = True
                    log.warning("extraction worker pool broke: extracting the remaining documents in this process")
                    break
                pending.pop(0)
                yield _done(out, d.height)
            if broken:
                pending.append((None, docs, sents))  # type: ignore[arg-type]
            else:
                pending.append((pool.submit(_worker_extract, docs, sents), docs, sents))
        while pending:
            fut, d, st = pending.pop(0)
            out = None
            if not broken:
                try:
                    out = fut.result()
                except BrokenProcessPool:
                    broken = True
                    log.warning("extraction worker pool broke: extracting the remaining documents in this process")
            if broken:
                out = extractor(d, st)
            yield _done(out, d.height)
    finally:
        for fut, _, _ in pending:
            if fut is not None:
                fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _env(**values: str) -> Iterator[None]:
    """Set environment variables for the duration (child processes started meanwhile inherit
    them; this process's polars thread pool is already sized and unaffected)."""
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass(frozen=True)
class RefreshResult:
    tables: dict[str, pl.DataFrame]
    n_extracted: int
    n_reused: int
    n_removed: int


class MentionStore:
    def __init__(self, state_dir: Path):
        self.dir = Path(state_dir)

    def _path(self, name: str) -> Path:
        return self.dir / f"{name}.parquet"

    def _read(self, name: str, schema: dict) -> pl.DataFrame:
        return read_parquet_or_empty(self._path(name), schema)

    def _intact(self) -> bool:
        """Every stored table is present and readable with its schema (else all is re-extracted)."""
        for name, schema in MENTION_SCHEMAS.items():
            try:
                if dict(pl.read_parquet_schema(self._path(name))) != schema:
                    return False
            except Exception:  # noqa: BLE001 - missing, torn or foreign
                return False
        return True

    def _write(self, name: str, df: pl.DataFrame) -> None:
        write_parquet_atomic(df, self._path(name))

    @contextlib.contextmanager
    def _locked(self):
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # a concurrent refresh waits for this one
            yield
        finally:
            os.close(fd)

    def refresh(
        self,
        documents: pl.DataFrame,
        sentences: pl.DataFrame,
        extractor: Extractor,
        *,
        chunk_size: int = 500,
        on_progress: Callable[[int, int], None] | None = None,
        workers: int = 1,
        parallel_min_documents: int = PARALLEL_MIN_DOCUMENTS,
    ) -> RefreshResult:
        """Bring the stored mentions in line with ``documents``; return all current mentions.

        Documents to extract are processed ``chunk_size`` at a time (bounded memory, and
        ``on_progress(done, total)`` after each chunk for progress bars).  With ``workers > 1``
        and more than ``parallel_min_documents`` documents to extract, the chunks go to a pool of
        that many worker processes (smaller chunks, so that every worker gets several); the
        result is the same as in one process.  ``extractor`` must then be picklable.
        """
        with self._locked():
            keys = extract_keys(documents, extractor_fingerprint())
            manifest = self._read("manifest", MANIFEST)
            if manifest.height and not self._intact():
                manifest = empty(MANIFEST)  # mentions lost or damaged: extract everything again
            valid = manifest.join(keys, on=["doc_id", "extract_key"], how="semi")
            todo = keys.join(valid, on="doc_id", how="anti")
            removed = manifest.join(keys, on="doc_id", how="anti").height
            parts: dict[str, list[pl.DataFrame]] = {name: [empty(schema)] for name, schema in MENTION_SCHEMAS.items()}
            todo_ids = todo["doc_id"].sort()
            parallel = workers > 1 and todo.height > parallel_min_documents
            if parallel:  # several chunks per worker keep them all busy to the end
                chunk_size = max(1, min(chunk_size, -(-todo.height // (4 * workers))))
            done = 0

            def _progress(n: int) -> None:
                nonlocal done
                done += n
                if on_progress is not None:
                    on_progress(done, todo.height)

            for out in extract_chunks(
                documents, sentences, todo_ids, extractor,
                chunk_size=chunk_size, workers=workers if parallel else 1, on_chunk=_progress,
            ):
                for name, schema in MENTION_SCHEMAS.items():
                    parts[name].append(out[name].select(list(schema)))
            fresh = {name: pl.concat(frames) for name, frames in parts.items()}
            keep = valid["doc_id"].implode()
            changed = todo.height > 0 or removed > 0
            tables = {}
            for name, schema in MENTION_SCHEMAS.items():
                stored = self._read(name, schema) if valid.height else empty(schema)
                if not changed:  # the stored frame as read: sorted, every document valid
                    tables[name] = stored
                    continue
                stored = stored.filter(pl.col("doc_id").is_in(keep))
                tables[name] = pl.concat([stored, fresh[name].select(list(schema))]).sort(
                    "doc_id", "sentence_id", "char_start", maintain_order=True
                )
                if changed:
                    self._write(name, tables[name])
            if changed:
                self._write("manifest", pl.concat([valid, todo]).sort("doc_id"))
        return RefreshResult(tables, todo.height, valid.height, removed)
