"""Greedy, order-independent grouping of mentions into facts, with blocking.

Mentions are visited finest date first (then by document and position, for determinism).  A
mention joins the one cluster it is compatible with; when it fits none it starts a new fact; when
it fits several (a coarse "in 2025" against two dated meetings of that year) it joins the one whose
date is identical, else it stays a fact of its own rather than be attributed to the wrong one.

Only clusters that share a *blocking key* with the mention are compared (a person taking part, a
country, a metric and period …), so the work grows with the size of each block, not with the
square of the corpus.  ``blocks(m)`` must return every key under which a compatible cluster could
be found: a cluster is filed under the keys of all its members.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Generic, Hashable, Iterable, TypeVar

from pipeline.resolve.dates import PRECISION_RANK

M = TypeVar("M")


@dataclass(eq=False)
class Cluster(Generic[M]):
    members: list[M] = field(default_factory=list)
    order: int = 0  # creation order, for deterministic candidate lists
    cache: dict = field(default_factory=dict)  # aggregates memoised by the compatibility test

    @property
    def first(self) -> M:
        return self.members[0]

    def memo(self, name: str, compute: Callable[[], object]) -> object:
        """An aggregate over the members, recomputed only when members were added."""
        hit = self.cache.get(name)
        if hit is not None and hit[0] == len(self.members):
            return hit[1]
        value = compute()
        self.cache[name] = (len(self.members), value)
        return value


def cluster_mentions(
    mentions: Iterable[M],
    *,
    precision: Callable[[M], str | None],
    order: Callable[[M], tuple],
    compatible: Callable[[Cluster[M], M], bool],
    identical: Callable[[Cluster[M], M], bool],
    blocks: Callable[[M], Iterable[Hashable]],
    files: Callable[[M], Iterable[Hashable]] | None = None,
    span: Callable[[M], tuple[date, date] | None] | None = None,
) -> list[Cluster[M]]:
    """Group ``mentions``; ``blocks(m)`` are the keys a mention looks under, ``files(m)`` (default:
    the same) the keys under which its cluster is then found by later mentions.  With ``span``,
    every key is refined by year: a dated mention meets clusters of the years it covers and the
    undated ones; an undated mention meets all."""

    def by_year(keys: Iterable[Hashable], m: M, filing: bool) -> list[Hashable]:
        if span is None:
            return list(dict.fromkeys(keys))
        iv = span(m)
        out: list[Hashable] = []
        for k in keys:
            if iv is None:
                out += [(k, "undated"), (k, "*")] if filing else [(k, "*")]
            else:
                out += [(k, y) for y in range(iv[0].year, iv[1].year + 1)]
                out.append((k, "*") if filing else (k, "undated"))
        return list(dict.fromkeys(out))

    ordered = sorted(mentions, key=lambda m: (PRECISION_RANK.get(precision(m), 3), order(m)))
    clusters: list[Cluster[M]] = []
    index: dict[Hashable, dict[int, Cluster[M]]] = {}
    for m in ordered:
        keys = by_year(blocks(m), m, filing=False)
        seen: dict[int, Cluster[M]] = {}
        for k in keys:
            seen.update(index.get(k, {}))
        candidates = [seen[i] for i in sorted(seen)]
        fits = [c for c in candidates if compatible(c, m)]
        if len(fits) > 1:
            fits = [c for c in fits if identical(c, m)]
        if len(fits) == 1:
            target = fits[0]
            target.members.append(m)
        else:
            target = Cluster([m], order=len(clusters))
            clusters.append(target)
        for k in by_year(files(m) if files is not None else blocks(m), m, filing=True):
            index.setdefault(k, {})[target.order] = target
    return clusters
