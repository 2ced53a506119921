"""Content-addressed store of per-document mentions: the reason incremental builds are cheap.

Mentions are stored in Parquet files under ``<warehouse dir>/.state/<warehouse name>/`` together
with a manifest of each document's *extraction key*: a hash of the document's content id, the
metadata that steers date resolution (published and reference date) and a fingerprint of the
extraction code and lexicons.  A refresh re-extracts only documents whose key is new, drops the
mentions of documents that left ``raw/``, and reuses everything else.  Changing a lexicon or an
extractor changes the fingerprint, so every document is re-extracted once.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import polars as pl

from pipeline.lexicons import lexicon_fingerprint
from pipeline.model import MENTION_SCHEMAS, empty

EXTRACT_DIR = Path(__file__).parent / "extract"
MANIFEST = {"doc_id": pl.String, "extract_key": pl.String}

Extractor = Callable[[pl.DataFrame, pl.DataFrame], dict[str, pl.DataFrame]]


def extractor_fingerprint() -> str:
    """Hash of the extraction code (pipeline/extract/*.py) and every lexicon file."""
    h = hashlib.sha256(lexicon_fingerprint().encode())
    for p in sorted(EXTRACT_DIR.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
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
        p = self._path(name)
        if not p.exists():
            return empty(schema)
        try:
            df = pl.read_parquet(p)
        except Exception:  # a torn or foreign file: treat as absent, it will be rebuilt
            return empty(schema)
        if dict(df.schema) != schema:
            return empty(schema)
        return df

    def _write(self, name: str, df: pl.DataFrame) -> None:
        tmp = self._path(name).with_suffix(f".{os.getpid()}.tmp")
        df.write_parquet(tmp)
        os.replace(tmp, self._path(name))

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
    ) -> RefreshResult:
        """Bring the stored mentions in line with ``documents``; return all current mentions.

        Documents to extract are processed ``chunk_size`` at a time (bounded memory, and
        ``on_progress(done, total)`` after each chunk for progress bars).
        """
        with self._locked():
            keys = extract_keys(documents, extractor_fingerprint())
            manifest = self._read("manifest", MANIFEST)
            valid = manifest.join(keys, on=["doc_id", "extract_key"], how="semi")
            todo = keys.join(valid, on="doc_id", how="anti")
            removed = manifest.join(keys, on="doc_id", how="anti").height
            parts: dict[str, list[pl.DataFrame]] = {name: [empty(schema)] for name, schema in MENTION_SCHEMAS.items()}
            todo_ids = todo["doc_id"].sort()
            for start in range(0, todo.height, chunk_size):
                ids = todo_ids.slice(start, chunk_size).implode()
                out = extractor(
                    documents.filter(pl.col("doc_id").is_in(ids)),
                    sentences.filter(pl.col("doc_id").is_in(ids)),
                )
                for name, schema in MENTION_SCHEMAS.items():
                    parts[name].append(out[name].select(list(schema)))
                if on_progress is not None:
                    on_progress(min(start + chunk_size, todo.height), todo.height)
            fresh = {name: pl.concat(frames) for name, frames in parts.items()}
            keep = valid["doc_id"].implode()
            tables = {}
            for name, schema in MENTION_SCHEMAS.items():
                stored = self._read(name, schema).filter(pl.col("doc_id").is_in(keep))
                tables[name] = pl.concat([stored, fresh[name].select(list(schema))]).sort("doc_id", "sentence_id", "char_start")
                self._write(name, tables[name])
            self._write("manifest", pl.concat([valid, todo]).sort("doc_id"))
        return RefreshResult(tables, todo.height, valid.height, removed)
