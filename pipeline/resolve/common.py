"""Small helpers shared by the resolvers."""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

import polars as pl

from pipeline.resolve.clustering import Cluster
from pipeline.resolve.ids import stable_id
from pipeline.schemas import polars_schema


def most_common(values: Iterable[object]) -> object | None:
    """The most frequent non-null value; ties go to the smallest (as text), for determinism."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return sorted((v for v, n in counts.items() if n == best), key=str)[0]


def table_frame(rows: list[dict], table: str) -> pl.DataFrame:
    """Rows (dicts) as a frame typed exactly like the published ``table``."""
    schema = polars_schema(table)
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row")


def assign_ids(clusters: list[Cluster], prefix: str, key: Callable[[Cluster], tuple]) -> dict[int, str]:
    """Stable id per cluster from ``key``; clusters with the same key get -2, -3 … in evidence order."""
    keyed: dict[str, list[Cluster]] = {}
    for c in clusters:
        keyed.setdefault(stable_id(prefix, *key(c)), []).append(c)
    ids: dict[int, str] = {}
    for base, group in keyed.items():
        group.sort(key=lambda c: min((m.doc_id, m.sentence_id, m.char_start) for m in c.members))
        for i, c in enumerate(group):
            ids[id(c)] = base if i == 0 else f"{base}-{i + 1}"
    return ids


def mention_rows(clusters: list[Cluster], ids: dict[int, str], id_col: str) -> list[dict]:
    """One evidence row per member mention of every cluster."""
    return [
        {id_col: ids[id(c)], "doc_id": m.doc_id, "sentence_id": m.sentence_id, "char_start": m.char_start, "char_end": m.char_end}
        for c in clusters
        for m in c.members
    ]
