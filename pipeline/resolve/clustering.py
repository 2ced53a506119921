"""Greedy, order-independent grouping of mentions into facts, with blocking.

Mentions are visited finest date first (then by document and position, for determinism).  A
mention joins the one cluster it is compatible with; when it fits none it starts a new fact; when
it fits several (a coarse "in 2025" against two dated meetings of that year) it joins the one whose
date is identical, else it stays a fact of its own rather than be attributed to the wrong one.

Only clusters that share a *blocking key* with the mention are compared (a person taking part, a
country, a metric and period …), so the work grows with the size of each block, not with the
square of the corpus.  ``blocks(m)`` must return every key under which a compatible cluster could
be found: a cluster is filed under the keys of all its members.

The result depends only on the mentions of one *component* of the blocking graph at a time
(mentions whose keys never meet cannot influence each other), which :mod:`pipeline.resolve.partition`
uses to re-cluster only what a changed document can affect.
"""

from __future__ import annotations

from datetime import date
from typing import Callable, Generic, Hashable, Iterable, TypeVar

from pipeline.resolve.dates import PRECISION_RANK

M = TypeVar("M")


class Cluster(Generic[M]):
    """A growing group of mentions; ``first`` (the finest-dated, earliest) never changes."""

    __slots__ = ("members", "order", "cache", "first", "span")

    def __init__(self, members: list[M] | None = None, order: int = 0, cache: dict | None = None):
        self.members: list[M] = members if members is not None else []
        self.order = order  # creation order, for deterministic candidate lists
        self.cache: dict = cache if cache is not None else {}  # aggregates kept by the resolver
        self.first: M | None = self.members[0] if self.members else None
        self.span: tuple[date, date] | None = None  # the first member's, when clustering by date

    def memo(self, name: str, compute: Callable[[], object]) -> object:
        """An aggregate over the members, recomputed only when members were added."""
        hit = self.cache.get(name)
        if hit is not None and hit[0] == len(self.members):
            return hit[1]
        value = compute()
        self.cache[name] = (len(self.members), value)
        return value


def time_keys(keys: Iterable[Hashable], iv: tuple[date, date] | None, filing: bool) -> list[Hashable]:
    """``keys`` refined by year: a dated mention meets clusters of the years it covers and the
    undated ones; an undated mention meets all (filed under ``"undated"`` and ``"*"``)."""
    out: list[Hashable] = []
    if iv is None:
        for k in keys:
            if filing:
                out.append((k, "undated"))
            out.append((k, "*"))
    else:
        years = range(iv[0].year, iv[1].year + 1)
        last = "*" if filing else "undated"
        for k in keys:
            out.extend([(k, y) for y in years])
            out.append((k, last))
    return list(dict.fromkeys(out))


def months(iv: tuple[date, date]) -> list[tuple[int, int]]:
    """Every (year, month) that the closed interval touches."""
    (y0, m0), (y1, m1) = (iv[0].year, iv[0].month), (iv[1].year, iv[1].month)
    if (y0, m0) == (y1, m1):
        return [(y0, m0)]
    return [(y, m) for y in range(y0, y1 + 1) for m in range(m0 if y == y0 else 1, (m1 if y == y1 else 12) + 1)]


def _add(index: dict, key: Hashable, c: Cluster) -> None:
    d = index.get(key)
    if d is None:
        index[key] = {c.order: c}
    elif c.order not in d:
        d[c.order] = c


def _gather(index: dict, keys: Iterable[Hashable]) -> list[Cluster]:
    """Clusters filed under any of ``keys``, in creation order."""
    found = [index[k] for k in keys if k in index]
    if not found:
        return []
    if len(found) == 1:
        out = list(found[0].values())  # insertion order is creation order unless a member joined late
        if len(out) > 1 and any(a.order > b.order for a, b in zip(out, out[1:])):
            out.sort(key=lambda c: c.order)
        return out
    seen: dict[int, Cluster] = {}
    for d in found:
        seen.update(d)
    return [seen[i] for i in sorted(seen)]


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
    joined: Callable[[Cluster[M], M], None] | None = None,
    needs_overlap: Callable[[M], bool] | None = None,
) -> list[Cluster[M]]:
    """Group ``mentions``; ``blocks(m)`` are the keys a mention looks under, ``files(m)`` (default:
    the same) the keys under which its cluster is then found by later mentions.  With ``span``,
    every key is refined by year (see :func:`time_keys`).  ``joined(c, m)`` (optional) is called
    after ``m`` became a member of ``c`` (also for a new cluster), to keep aggregates current.

    ``needs_overlap(m)`` (optional, with ``span``) promises that ``compatible(c, m)`` is False
    whenever ``m`` and ``c.first`` are both dated and their spans are disjoint.  Such mentions
    then only meet the clusters of their year blocks whose first member shares a month with them:
    the same fits as without the promise, found without comparing every meeting of the year.
    """

    ordered = sorted(mentions, key=lambda m: (PRECISION_RANK.get(precision(m), 3), order(m)))
    clusters: list[Cluster[M]] = []
    index: dict[Hashable, dict[int, Cluster[M]]] = {}  # (key, year | "undated" | "*") → clusters
    by_month: dict[Hashable, dict[int, Cluster[M]]] = {}  # (key, year | "undated", month of first) → dated-first clusters
    undated_first: dict[Hashable, dict[int, Cluster[M]]] = {}  # as ``index``, clusters whose first is undated
    first_months: dict[int, list[tuple[int, int]]] = {}
    for m in ordered:
        iv = span(m) if span is not None else None
        looked = list(blocks(m))
        keys = time_keys(looked, iv, False) if span is not None else list(dict.fromkeys(looked))
        if iv is not None and needs_overlap is not None and needs_overlap(m):
            mine = months(iv)
            lo, hi = iv
            candidates = [
                c for c in _gather(by_month, [k + (ym,) for k in keys for ym in mine]) if c.span[0] <= hi and lo <= c.span[1]
            ]
            if undated_first:
                extra = _gather(undated_first, keys)
                if extra:
                    candidates = sorted({c.order: c for c in candidates + extra}.values(), key=lambda c: c.order)
        else:
            candidates = _gather(index, keys)
        fits = [c for c in candidates if compatible(c, m)]
        if len(fits) > 1:
            fits = [c for c in fits if identical(c, m)]
        if len(fits) == 1:
            target = fits[0]
            target.members.append(m)
        else:
            target = Cluster([m], order=len(clusters))
            clusters.append(target)
            if span is not None:
                target.span = iv
                if needs_overlap is not None:
                    first_months[target.order] = months(iv) if iv is not None else []
        if joined is not None:
            joined(target, m)
        filed = files(m) if files is not None else looked
        if span is not None:
            fkeys = time_keys(filed, iv, True)
        else:
            fkeys = list(dict.fromkeys(filed)) if files is not None else keys
        order = target.order
        for k in fkeys:  # (``_add``, inlined: the hottest loop of the resolver)
            d = index.get(k)
            if d is None:
                index[k] = {order: target}
            elif order not in d:
                d[order] = target
        if needs_overlap is not None and span is not None:
            fm = first_months[order]
            if fm:
                for k in fkeys:
                    if k[1] != "*":
                        for ym in fm:
                            mk = k + (ym,)
                            d = by_month.get(mk)
                            if d is None:
                                by_month[mk] = {order: target}
                            elif order not in d:
                                d[order] = target
            else:
                for k in fkeys:
                    _add(undated_first, k, target)
    return clusters
