"""Independent partitions of a resolver's input, their content hashes, and the on-disk cache.

The greedy clustering of :mod:`pipeline.resolve.clustering` compares a mention only with clusters
filed under one of its *lookup* keys, and a cluster is filed under the *filing* keys of its
members.  Two mentions can therefore influence each other only through a chain of keys that one
of them looks under and another files under.  The connected components of that graph are
clustered independently: clustering them together or one at a time gives the same clusters.
That is what makes the resolve stage incremental: a component whose input rows are unchanged
(same content hash) keeps its cached clusters; only components a new, changed or removed
document touches are clustered again.

Keys are refined by year as :func:`pipeline.resolve.clustering.time_keys` does: a dated mention
looks under (key, year) and (key, "undated") and files under (key, year) and (key, "*"); an
undated one looks under (key, "*") and files under (key, "undated") and (key, "*").
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import polars as pl

# One node per (key, time slot).  A key that some undated mention carries joins all its years.
_ALL = "*"


def _node(key: pl.Expr, slot: pl.Expr) -> pl.Expr:
    """A 64-bit id of (key, time slot).  Two nodes that happen to share an id only make a partition
    coarser, which never changes what the clustering does."""
    return pl.struct(key.alias("k"), slot.alias("s")).hash(seed=7).alias("node")


# time slots besides years
_UNDATED, _ANY = -1, -2


def time_nodes(keys: pl.DataFrame, look_or_file: str) -> pl.DataFrame:
    """Expand (i, key, y0, y1, dated) rows into (i, node) rows: the keys a mention looks under
    (``look_or_file="look"``) or files under (``"file"``), refined by year as the clustering does."""
    keys = keys.select("i", pl.col("key").hash(seed=3).alias("key"), "y0", "y1", "dated")
    dated = keys.filter(pl.col("dated"))
    undated = keys.filter(~pl.col("dated"))
    years = (
        dated.select("i", "key", pl.int_ranges("y0", pl.col("y1") + 1).alias("y"))
        .explode("y")
        .select("i", _node(pl.col("key"), pl.col("y").cast(pl.Int64)))
    )
    slot = pl.lit

    def at(df: pl.DataFrame, s: int) -> pl.DataFrame:
        return df.select("i", _node(pl.col("key"), slot(s, dtype=pl.Int64)))

    if look_or_file == "look":
        extra = [at(dated, _UNDATED), at(undated, _ANY)]
    else:
        extra = [at(dated, _ANY), at(undated, _UNDATED), at(undated, _ANY)]
    return pl.concat([years, *extra]).unique()


def components(n: int, looks: pl.DataFrame, files: pl.DataFrame) -> pl.Series:
    """Component label (UInt32) of each of ``n`` mentions, from their (i, node) lookup and filing
    rows: mentions sharing a node that one looks under and another files under are connected.
    The label is the smallest mention index of the component."""
    # only live nodes (looked under by one mention, filed under by one) link; a live node is a
    # vertex n + (its dense rank) linked to every mention on it, so the smallest vertex of a
    # component with a mention is a mention
    edges = pl.concat(
        [looks.filter(pl.col("node").is_in(files["node"].implode())), files.filter(pl.col("node").is_in(looks["node"].implode()))]
    )
    if edges.height == 0:
        return pl.Series("comp", np.arange(n), dtype=pl.UInt32)
    node = edges["node"].rank("dense").cast(pl.Int64).to_numpy()
    parent = connected(n + int(node.max()) + 1, edges["i"].to_numpy(), n + node)
    return pl.Series("comp", parent[:n], dtype=pl.UInt32)


def connected(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Smallest member of the connected component of each of ``n`` nodes, given edges a[k]–b[k]
    (vectorised union-find: hook every root under the smallest root it has an edge to, then
    jump pointers until every node points at its root; repeat while an edge joins two roots)."""
    parent = np.arange(n, dtype=np.int64)
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    while a.size:
        ra, rb = parent[a], parent[b]
        apart = ra != rb
        if not apart.any():
            break
        a, b, ra, rb = a[apart], b[apart], ra[apart], rb[apart]
        np.minimum.at(parent, np.maximum(ra, rb), np.minimum(ra, rb))  # parent[x] <= x: no cycles
        while True:
            up = parent[parent]
            if np.array_equal(up, parent):
                break
            parent = up
    return parent


def component_hashes(comp: pl.Series, row_hash: pl.Series) -> pl.Series:
    """A content id per mention's component: a hash over the sorted row hashes of its members."""
    df = pl.DataFrame({"comp": comp, "h": row_hash})
    per = (
        df.group_by("comp")
        .agg(pl.col("h").sort().alias("s"), pl.len().alias("n"))
        .with_columns(
            (pl.col("s").hash(seed=1).cast(pl.String) + "-" + pl.col("s").hash(seed=2).cast(pl.String) + "-" + pl.col("n").cast(pl.String)).alias("part")
        )
    )
    return df.join(per.select("comp", "part"), on="comp", how="left", maintain_order="left")["part"]


def fingerprint(version: str) -> str:
    """What cached partitions depend on besides their input: the resolver's code and every module
    it imports (e.g. the country finder behind mechanism keys), every lexicon, and the polars
    version (row hashes)."""
    from pipeline.lexicons import lexicon_fingerprint
    from pipeline.state import code_fingerprint

    code = code_fingerprint("pipeline.resolve.run")
    return hashlib.sha256(f"{version}|{pl.__version__}|{lexicon_fingerprint()}|{code}".encode()).hexdigest()[:16]


SHARDS = 32  # files per bundle: a build that changes a few partitions rewrites only their shards


def _write_ipc_atomic(df: pl.DataFrame, path: Path) -> None:
    """Write ``df`` to ``path`` as uncompressed Arrow IPC through a temporary file and a rename
    (a reader never sees a torn file)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    df.write_ipc(tmp, compression="uncompressed")
    os.replace(tmp, path)


def _shard(part: pl.Expr) -> pl.Expr:
    """The shard (file) of a partition id."""
    return (part.hash(seed=13) % SHARDS).cast(pl.Int64)


class PartitionCache:
    """Per-partition outputs of the resolvers, as Arrow IPC files in one folder.

    A bundle (the tables of one resolver, one row per partition, keyed by ``part``, the
    partition's content id) is spread over ``SHARDS`` files by a hash of ``part``, so that a
    build that changes a few partitions rewrites only their shards.  Uncompressed Arrow IPC:
    several times faster to read and write than Parquet, which matters because the whole cache
    is read on every build.  A file from another fingerprint is ignored; files are written under
    a temporary name and renamed, so a crash mid-write leaves either the old or the new file of
    a shard, never a torn one (and a torn or foreign shard reads as nothing cached, and is
    rewritten).  A shard holds whole partitions, so shards of different builds can mix safely.
    """

    def __init__(self, folder: Path | None, fingerprint: str):
        self.dir = Path(folder) if folder is not None else None
        self.fp = fingerprint
        self._kept: dict[str, pl.DataFrame] = {}
        self._gone: dict[str, pl.DataFrame] = {}
        self._redo: dict[str, set[int]] = {}  # shards to rewrite: torn ones, and those holding gone partitions

    def _path(self, name: str, shard: int) -> Path:
        assert self.dir is not None
        return self.dir / f"{name}.{self.fp}.s{shard:02d}.arrow"

    def read(self, name: str, parts: pl.Series) -> pl.DataFrame | None:
        """The cached rows of ``name`` for the given partitions (None when nothing is cached)."""
        if self.dir is None:
            return None
        frames, torn = [], set()
        for k in range(SHARDS):
            p = self._path(name, k)
            if not p.exists():
                continue
            try:
                frames.append(pl.read_ipc(p))
            except Exception:  # torn or foreign: recompute
                torn.add(k)
        self._redo[name] = torn
        if not frames:
            return None
        try:
            df = pl.concat(frames)
        except Exception:  # shards that do not line up: recompute everything
            self._redo[name] = set(range(SHARDS))
            return None
        current = df["part"].is_in(parts.implode())
        out = df.filter(current)
        self.stale = df.height - out.height
        self._gone[name] = df.filter(~current) if self.stale else df.clear()
        if self.stale:
            torn.update(self._gone[name].select(_shard(pl.col("part")))["part"].to_list())
        return out

    stale = 0  # rows of the last read that belong to partitions no longer present

    def write(self, name: str, df: pl.DataFrame, shards: set[int] | None = None) -> None:
        """Store ``df`` (one row per partition) as the bundle ``name``; with ``shards``, only those
        shards are rewritten (the others must already hold their rows of ``df``)."""
        if self.dir is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        df = df.with_columns(_shard(pl.col("part")).alias("_shard"))
        for k in sorted(shards) if shards is not None else range(SHARDS):
            p = self._path(name, k)
            rows = df.filter(pl.col("_shard") == k).drop("_shard")
            if rows.height == 0:
                p.unlink(missing_ok=True)
                continue
            _write_ipc_atomic(rows, p)

    def read_bundle(self, name: str, parts: pl.Series, schemas: dict[str, dict]) -> tuple[pl.Series, dict[str, pl.DataFrame]]:
        """(partitions found, their rows of every table) from the bundle ``name``."""
        df = self.read(name, parts)
        if df is None or any(t not in df.columns for t in schemas):
            self._gone.pop(name, None)
            return pl.Series("part", [], dtype=pl.String), {t: pl.DataFrame(schema=sc) for t, sc in schemas.items()}
        self._kept[name] = df
        return df["part"], self._unbundle(df, schemas)

    @staticmethod
    def _unbundle(df: pl.DataFrame, schemas: dict[str, dict]) -> dict[str, pl.DataFrame]:
        out = {}
        for t, sc in schemas.items():
            rows = df.select("part", t).explode(t).drop_nulls(t)
            out[t] = rows.with_columns(pl.col(t).struct.unnest()).drop(t).select(list(sc)) if rows.height else pl.DataFrame(schema=sc)
        return out

    def gone(self, name: str, schemas: dict[str, dict]) -> dict[str, pl.DataFrame]:
        """The stored rows of every table of ``name`` for the partitions that the last
        ``read_bundle`` of ``name`` did not ask for (no longer present: their members changed
        partition, or were removed)."""
        df = self._gone.get(name)
        if df is None or any(t not in df.columns for t in schemas):
            return {t: pl.DataFrame(schema=sc) for t, sc in schemas.items()}
        return self._unbundle(df, schemas)

    def kept(self, name: str) -> pl.DataFrame | None:
        """The stored rows (one per partition) that the last ``read_bundle`` of ``name`` found."""
        return self._kept.get(name)

    @staticmethod
    def _grouped(frames: dict[str, pl.DataFrame]) -> pl.DataFrame | None:
        grouped = None
        for t, df in frames.items():
            df = df.sort("part", *[c for c in ("local",) if c in df.columns])
            g = df.group_by("part").agg(pl.struct(pl.all().exclude("part")).alias(t))
            grouped = g if grouped is None else grouped.join(g, on="part", how="full", coalesce=True)
        return grouped

    def write_bundle(self, name: str, frames: dict[str, pl.DataFrame], keep: pl.DataFrame | None = None, fresh: dict[str, pl.DataFrame] | None = None) -> None:
        """Store tables that all carry a ``part`` column as one file (one row per partition), so
        that they are replaced together or not at all.  With ``keep`` (stored rows still current,
        as ``kept`` returns them) and ``fresh`` (the newly computed part of ``frames``), only the
        fresh partitions are grouped again."""
        if self.dir is None:
            return
        grouped, shards = None, None
        if keep is not None and fresh is not None:
            try:
                new = self._grouped(fresh)
                grouped = keep if new is None or new.height == 0 else pl.concat([keep, new.select(keep.columns)])
                shards = set(self._redo.get(name, set()))
                if new is not None and new.height:
                    shards.update(new.select(_shard(pl.col("part")))["part"].to_list())
            except Exception:  # noqa: BLE001 - a layout that does not line up: group everything
                grouped, shards = None, None
        if grouped is None:
            grouped = self._grouped(frames)
        self.write(name, grouped, shards)

    def read_table(self, name: str, schema: dict) -> pl.DataFrame | None:
        """A small table kept whole (one file), or None when missing, torn or of another layout."""
        if self.dir is None:
            return None
        try:
            df = pl.read_ipc(self.dir / f"{name}.{self.fp}.arrow")
        except Exception:  # noqa: BLE001 - missing, torn or foreign: recompute
            return None
        return df if dict(df.schema) == schema else None

    def write_table(self, name: str, df: pl.DataFrame) -> None:
        """Store a small table whole (temporary file, then rename)."""
        if self.dir is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        _write_ipc_atomic(df, self.dir / f"{name}.{self.fp}.arrow")

    def prune(self) -> None:
        """Remove files of other fingerprints (old code or lexicons)."""
        if self.dir is None or not self.dir.exists():
            return
        for p in [*self.dir.glob("*.parquet"), *self.dir.glob("*.arrow")]:
            if f".{self.fp}." not in p.name:
                p.unlink(missing_ok=True)
