"""Greedy, order-independent grouping of mentions into facts.

Mentions are visited finest date first (then by document and position, for determinism).  A
mention joins the one cluster it is compatible with; when it fits none it starts a new fact; when
it fits several (a coarse "in 2025" against two dated meetings of that year) it joins the one whose
date is identical, else it stays a fact of its own rather than be attributed to the wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Generic, Iterable, TypeVar

from pipeline.resolve.dates import PRECISION_RANK

M = TypeVar("M")


@dataclass
class Cluster(Generic[M]):
    members: list[M] = field(default_factory=list)

    @property
    def first(self) -> M:
        return self.members[0]


def cluster_mentions(
    mentions: Iterable[M],
    *,
    precision: Callable[[M], str | None],
    order: Callable[[M], tuple],
    compatible: Callable[[Cluster[M], M], bool],
    identical: Callable[[Cluster[M], M], bool],
) -> list[Cluster[M]]:
    ordered = sorted(mentions, key=lambda m: (PRECISION_RANK.get(precision(m), 3), order(m)))
    clusters: list[Cluster[M]] = []
    for m in ordered:
        fits = [c for c in clusters if compatible(c, m)]
        if len(fits) > 1:
            fits = [c for c in fits if identical(c, m)]
        if len(fits) == 1:
            fits[0].members.append(m)
        else:
            clusters.append(Cluster([m]))
    return clusters
