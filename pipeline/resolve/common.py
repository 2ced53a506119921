"""Small helpers shared by the resolvers."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Callable, Iterable

import polars as pl

from pipeline.resolve.clustering import Cluster
from pipeline.schemas import polars_schema


def most_common(values: Iterable[object]) -> object | None:
    """The most frequent non-null value; ties go to the smallest (as text), for determinism."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return sorted((v for v, n in counts.items() if n == best), key=str)[0]


@functools.cache
def _schema(table: str) -> tuple[tuple[str, pl.DataType], ...]:
    return tuple(polars_schema(table).items())


def table_schema(table: str) -> dict[str, pl.DataType]:
    """Column name → dtype of the published ``table`` (cached)."""
    return dict(_schema(table))


def columns_frame(columns: dict[str, list], table: str) -> pl.DataFrame:
    """Columns (lists of equal length; missing ones are null) as a frame typed like ``table``."""
    schema = table_schema(table)
    n = len(next(iter(columns.values()))) if columns else 0
    return pl.DataFrame({k: columns.get(k, [None] * n) for k in schema}, schema=schema)


# --------------------------------------------------------------------------- partitioned output

META_SCHEMA = {
    "part": pl.String, "local": pl.Int64, "base_id": pl.String,
    "min_doc": pl.String, "min_sid": pl.Int32, "min_cs": pl.Int32,
    "o_rank": pl.Int8, "o_doc": pl.String, "o_sid": pl.Int32, "o_cs": pl.Int32, "o_ce": pl.Int32, "o_h": pl.UInt64,
}
# Order of clusters that share a base id: first evidence, then creation order (the processing order
# of their first mention: date precision, position, row hash).
ID_ORDER = ["min_doc", "min_sid", "min_cs", "o_rank", "o_doc", "o_sid", "o_cs", "o_ce", "o_h"]
EVIDENCE_SCHEMA = {"part": pl.String, "local": pl.Int64, "doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32}


def cluster_meta(clusters: list[Cluster], base_ids: list[str], rank: Callable[[object], int]) -> tuple[dict[str, list], dict[str, list]]:
    """(meta columns, evidence columns) of clusters whose members carry ``part`` and ``h``."""
    meta: dict[str, list] = {k: [] for k in META_SCHEMA}
    evi: dict[str, list] = {k: [] for k in EVIDENCE_SCHEMA}
    local: dict[str, int] = {}
    for c, base in zip(clusters, base_ids):
        f = c.first
        k = local.get(f.part, 0)
        local[f.part] = k + 1
        mn = min((m.doc_id, m.sentence_id, m.char_start) for m in c.members) if len(c.members) > 1 else (f.doc_id, f.sentence_id, f.char_start)
        for col, v in zip(META_SCHEMA, (f.part, k, base, *mn, rank(f), f.doc_id, f.sentence_id, f.char_start, f.char_end, f.h)):
            meta[col].append(v)
        for m in c.members:
            evi["part"].append(f.part)
            evi["local"].append(k)
            evi["doc_id"].append(m.doc_id)
            evi["sentence_id"].append(m.sentence_id)
            evi["char_start"].append(m.char_start)
            evi["char_end"].append(m.char_end)
    return meta, evi


def final_ids(clusters: pl.DataFrame, id_col: str) -> pl.DataFrame:
    """``clusters`` with ``id_col``: the base id, or base-2, base-3 … for clusters sharing one (in
    ``ID_ORDER``).  Only the few clusters that share a base id are ordered; row order is not kept."""
    shared = clusters["base_id"].is_duplicated()
    alone = clusters.filter(~shared).with_columns(pl.col("base_id").alias(id_col))
    numbered = (
        clusters.filter(shared)
        .sort(ID_ORDER, nulls_last=True)
        .with_columns(pl.int_range(pl.len()).over("base_id").alias("_r"))
        .with_columns(
            pl.when(pl.col("_r") == 0).then(pl.col("base_id")).otherwise(pl.col("base_id") + "-" + (pl.col("_r") + 1).cast(pl.String)).alias(id_col)
        )
        .drop("_r")
    )
    return pl.concat([alone, numbered])


def with_row_hash(raw: pl.DataFrame) -> pl.DataFrame:
    """``raw`` with ``_h`` (row hash) in canonical order: position, then hash (ties broken by content)."""
    return raw.with_columns(raw.hash_rows().alias("_h")).sort("doc_id", "sentence_id", "char_start", "char_end", "_h")


def cached_partitions(
    cache, name: str, parted: pl.DataFrame, schemas: dict[str, dict], compute: Callable[[pl.DataFrame], dict[str, pl.DataFrame]]
) -> dict[str, pl.DataFrame]:
    """The per-partition frames of ``parted`` (rows with a ``part`` column): cached ones reused,
    the others computed by ``compute`` and the cache rewritten."""
    if cache is None or cache.dir is None:
        return compute(parted)
    parts = parted["part"].unique()
    have, cached = cache.read_bundle(name, parts, schemas)
    todo = parted.filter(~pl.col("part").is_in(have.implode()))
    computed = compute(todo)
    fresh = {t: computed[t].select(list(sc)) for t, sc in schemas.items()}
    frames = {t: pl.concat([cached[t], fresh[t]]) for t in schemas}
    if todo.height or cache.stale:
        cache.write_bundle(name, frames, keep=cache.kept(name) if have.len() else None, fresh=fresh)
    return frames
