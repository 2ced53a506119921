"""Lexicons are data: CSV files in this folder that an analyst can extend without touching code.

Each file starts with ``#`` comment lines that say what the columns mean and how to add rows.
Rows from a file of the same name in the folder named by the environment variable
``PIPELINE_LEXICON_DIR`` (if set) are appended, so a team can keep local additions outside the
package.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import polars as pl

LEXICON_DIR = Path(__file__).parent


def lexicon_paths(name: str) -> list[Path]:
    """The CSV files that make up lexicon ``name``: the packaged one, then any local extension."""
    paths = [LEXICON_DIR / f"{name}.csv"]
    extra = os.environ.get("PIPELINE_LEXICON_DIR")
    if extra and (Path(extra) / f"{name}.csv").is_file():
        paths.append(Path(extra) / f"{name}.csv")
    return paths


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and the problem."""


def _read_one(path: Path) -> pl.DataFrame:
    try:
        return pl.read_csv(path, comment_prefix="#", infer_schema=False)
    except (pl.exceptions.ComputeError, pl.exceptions.NoDataError) as exc:
        first = str(exc).strip().splitlines()[0]
        raise LexiconError(
            f"lexicon {path}: {first} — every row needs exactly the header's columns; "
            "quote a value that contains a comma"
        ) from exc


@functools.cache
def read_lexicon(name: str) -> pl.DataFrame:
    """Read lexicon ``name`` (all columns as strings, empty cells as null, ``#`` lines skipped)."""
    frames = [_read_one(p) for p in lexicon_paths(name) if p.is_file()]
    if not frames:
        raise FileNotFoundError(f"lexicon {name!r} not found in {LEXICON_DIR}")
    df = pl.concat(frames, how="diagonal_relaxed")
    return df.with_columns(pl.col(pl.String).str.strip_chars())


def lexicon_fingerprint() -> str:
    """A hash over every lexicon file: part of the extraction cache key."""
    import hashlib

    h = hashlib.sha256()
    dirs = [LEXICON_DIR]
    if os.environ.get("PIPELINE_LEXICON_DIR"):
        dirs.append(Path(os.environ["PIPELINE_LEXICON_DIR"]))
    for d in dirs:
        for p in sorted(d.glob("*.csv")):
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]
