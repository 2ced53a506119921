"""Small helpers shared by the resolvers."""

from __future__ import annotations

import functools
import pickle
from collections import Counter
from typing import Callable, Iterable

import polars as pl

from pipeline.resolve.clustering import Cluster, Ghost
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
EVIDENCE_SCHEMA = {
    "part": pl.String, "local": pl.Int64, "doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32,
    "mi": pl.Int32, "_h": pl.UInt64,  # member order and row hash: what a replay (``replay_prior``) matches rows by
    "g": pl.Binary,  # what a later replay needs if the row is gone (``ghost_bytes``)
}


def remember(m: object, info: tuple) -> None:
    """The ``record`` callable of ``cluster_mentions``: keep a mention's ghost information on it."""
    m._ghost = info  # type: ignore[attr-defined]


def ghost_bytes(m: object) -> bytes | None:
    """A mention's (rank, order, span, filing keys) as ``cluster_mentions(record=remember)`` saw
    them, pickled (None when it was not recorded)."""
    info = getattr(m, "_ghost", None)
    return None if info is None else pickle.dumps(info, protocol=pickle.HIGHEST_PROTOCOL)


def cluster_places(clusters: list[Cluster]) -> list[tuple[str, int]]:
    """(part, local) of every cluster: its first member's partition, numbered in creation order."""
    local: dict[str, int] = {}
    out = []
    for c in clusters:
        p = c.first.part
        k = local.get(p, 0)
        local[p] = k + 1
        out.append((p, k))
    return out


def cluster_meta(
    clusters: list[Cluster], base_ids: list[str], rank: Callable[[object], int], where: list[tuple[str, int]] | None = None
) -> tuple[dict[str, list], dict[str, list]]:
    """(meta columns, evidence columns) of clusters whose members carry ``part`` and ``h``;
    ``where`` gives each cluster's (part, local) (default: ``cluster_places``)."""
    meta: dict[str, list] = {k: [] for k in META_SCHEMA}
    evi: dict[str, list] = {k: [] for k in EVIDENCE_SCHEMA}
    for c, base, (part, k) in zip(clusters, base_ids, where if where is not None else cluster_places(clusters)):
        f = c.first
        mn = min((m.doc_id, m.sentence_id, m.char_start) for m in c.members) if len(c.members) > 1 else (f.doc_id, f.sentence_id, f.char_start)
        for col, v in zip(META_SCHEMA, (part, k, base, *mn, rank(f), f.doc_id, f.sentence_id, f.char_start, f.char_end, f.h)):
            meta[col].append(v)
        for mi, m in enumerate(c.members):
            for col, v in zip(EVIDENCE_SCHEMA, (part, k, m.doc_id, m.sentence_id, m.char_start, m.char_end, mi, m.h, ghost_bytes(m))):
                evi[col].append(v)
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
    cache,
    name: str,
    parted: pl.DataFrame,
    schemas: dict[str, dict],
    compute: Callable[[pl.DataFrame], dict[str, pl.DataFrame]],
    replay: Callable[[pl.DataFrame, dict[str, pl.DataFrame]], dict[str, pl.DataFrame]] | None = None,
) -> dict[str, pl.DataFrame]:
    """The per-partition frames of ``parted`` (rows with a ``part`` column): cached ones reused,
    the others computed by ``compute`` and the cache rewritten.  With ``replay``, the partitions
    to compute are given with the cached frames of the partitions that are gone (whose members
    now belong to new partitions), for ``replay(todo, gone)`` to reuse."""
    if cache is None or cache.dir is None:
        return compute(parted)
    parts = parted["part"].unique()
    have, cached = cache.read_bundle(name, parts, schemas)
    todo = parted.filter(~pl.col("part").is_in(have.implode()))
    gone = cache.gone(name, schemas) if replay is not None and todo.height else None
    computed = replay(todo, gone) if gone is not None and gone["evidence"].height else compute(todo)
    fresh = {t: computed[t].select(list(sc)) for t, sc in schemas.items()}
    frames = {t: pl.concat([cached[t], fresh[t]]) for t in schemas}
    if todo.height or cache.stale:
        cache.write_bundle(name, frames, keep=cache.kept(name) if have.len() else None, fresh=fresh)
    return frames


# --------------------------------------------------------------------------- replay (incremental clustering)

PRIOR = {"_op": pl.String, "_ol": pl.Int64, "_first": pl.Boolean}


def replay_prior(todo: pl.DataFrame, evidence: pl.DataFrame, ident: list[str]) -> tuple[pl.DataFrame, list[Ghost]]:
    """(``todo`` with the earlier cluster of each row, the ghosts) for ``cluster_mentions(prior=...,
    ghosts=...)``.  ``todo``: rows of the partitions to cluster (with ``part``); ``evidence``: the
    cached evidence of the partitions that are gone (all earlier partitions that ``todo``'s rows
    can come from).  A row is matched by the ``ident`` columns and gets ``_op``/``_ol`` (its
    earlier cluster's part and local) and ``_first`` (it was that cluster's first member); the
    earlier rows that no row of ``todo`` matches (their document was removed or changed, or the
    row itself changed) are the ghosts.  Together, the matched rows and the ghosts are exactly the
    earlier run's mentions, as ``cluster_mentions`` requires.  When an identity repeats (or a
    ghost lacks its stored keys) nothing is replayed: every prior is null and there are no ghosts
    (a fresh clustering)."""
    t = todo.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("_r"), *ident)
    ev = evidence.select(*ident, pl.col("part").alias("_op"), pl.col("local").alias("_ol"), (pl.col("mi") == 0).alias("_first"), "g")
    none = todo.with_columns(*[pl.lit(None, dtype=d).alias(c) for c, d in PRIOR.items()]), []
    if t.select(pl.struct(ident).is_duplicated().any()).item() or ev.select(pl.struct(ident).is_duplicated().any()).item():
        return none
    gone = ev.join(t, on=ident, how="anti")
    if gone["g"].null_count():
        return none
    ghosts = []
    for (op, ol, first, g) in zip(gone["_op"].to_list(), gone["_ol"].to_list(), gone["_first"].to_list(), gone["g"].to_list()):
        rank, order, span, keys = pickle.loads(g)
        ghosts.append(Ghost(rank, order, span, keys, ((op, ol), first)))
    hit = t.join(ev.drop("g"), on=ident, how="left", maintain_order="left")
    return todo.with_columns(hit.select(list(PRIOR))), ghosts


def prior_of(rows: pl.DataFrame, mentions: list) -> Callable[[object], tuple[tuple[str, int], bool] | None]:
    """The ``prior`` callable of ``cluster_mentions`` for the mentions made from ``rows`` (in row
    order), from the columns ``replay_prior`` added."""
    known = {
        id(m): ((op, ol), first)
        for m, op, ol, first in zip(mentions, rows["_op"].to_list(), rows["_ol"].to_list(), rows["_first"].to_list())
        if op is not None
    }
    return lambda m: known.get(id(m))


def replayed_frames(
    clusters: list[Cluster], gone: dict[str, pl.DataFrame], frames_of: Callable[[list[Cluster], list[tuple[str, int]]], dict[str, pl.DataFrame]]
) -> dict[str, pl.DataFrame]:
    """The frames of replayed clusters: a cluster identical to an earlier one (``tag``) takes that
    one's cached rows, renumbered; the others are computed by ``frames_of(clusters, where)``."""
    where = cluster_places(clusters)
    fresh = [(c, w) for c, w in zip(clusters, where) if c.tag is None]
    same = [(c.tag, w) for c, w in zip(clusters, where) if c.tag is not None]
    out = frames_of([c for c, _ in fresh], [w for _, w in fresh])
    if not same:
        return out
    moved = pl.DataFrame(
        [(op, ol, p, k) for (op, ol), (p, k) in same],
        schema={"part": pl.String, "local": pl.Int64, "_np": pl.String, "_nl": pl.Int64},
        orient="row",
    )
    for t, df in gone.items():
        reused = df.join(moved, on=["part", "local"]).drop("part", "local").rename({"_np": "part", "_nl": "local"}).select(df.columns)
        out[t] = pl.concat([out[t], reused])
    return out
