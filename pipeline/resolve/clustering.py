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

from dataclasses import dataclass
from datetime import date
from typing import Callable, Generic, Hashable, Iterable, TypeVar

from pipeline.resolve.dates import PRECISION_RANK

M = TypeVar("M")


class Cluster(Generic[M]):
    """A growing group of mentions; ``first`` (the finest-dated, earliest) never changes."""

    __slots__ = ("members", "order", "cache", "first", "span", "tag")

    def __init__(self, members: list[M] | None = None, order: int = 0, cache: dict | None = None):
        self.members: list[M] = members if members is not None else []
        self.order = order  # creation order, for deterministic candidate lists
        self.cache: dict = cache if cache is not None else {}  # aggregates kept by the resolver
        self.first: M | None = self.members[0] if self.members else None
        self.span: tuple[date, date] | None = None  # the first member's, when clustering by date
        self.tag: Hashable | None = None  # replay: the cached cluster this one is identical to (see ``prior``)

    def memo(self, name: str, compute: Callable[[], object]) -> object:
        """An aggregate over the members, recomputed only when members were added."""
        hit = self.cache.get(name)
        if hit is not None and hit[0] == len(self.members):
            return hit[1]
        value = compute()
        self.cache[name] = (len(self.members), value)
        return value


@dataclass(frozen=True)
class Ghost:
    """A mention of the earlier run (see ``cluster_mentions``'s ``prior``) that is gone: its
    document was removed or changed, or its row changed (e.g. a person's actor id).  What the
    replay needs of it: its place in the visiting order (``rank``, ``order``), its span, its
    filing keys before the refinement by year, and (the key of its earlier cluster, whether it
    was that cluster's first member)."""

    rank: int
    order: tuple
    span: tuple[date, date] | None
    keys: tuple
    prior: tuple[Hashable, bool]


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
    prior: Callable[[M], tuple[Hashable, bool] | None] | None = None,
    ghosts: Iterable[Ghost] = (),
    record: Callable[[M, tuple], None] | None = None,
) -> list[Cluster[M]]:
    """Group ``mentions``; ``blocks(m)`` are the keys a mention looks under, ``files(m)`` (default:
    the same) the keys under which its cluster is then found by later mentions.  With ``span``,
    every key is refined by year (see :func:`time_keys`).  ``joined(c, m)`` (optional) is called
    after ``m`` became a member of ``c`` (also for a new cluster), to keep aggregates current.

    ``needs_overlap(m)`` (optional, with ``span``) promises that ``compatible(c, m)`` is False
    whenever ``m`` and ``c.first`` are both dated and their spans are disjoint.  Such mentions
    then only meet the clusters of their year blocks whose first member shares a month with them:
    the same fits as without the promise, found without comparing every meeting of the year.

    ``prior(m)`` (optional) replays an earlier run over a subset of the mentions: it gives, for a
    mention of that run, (the key of the cluster it ended in, whether it was that cluster's first
    member), and None for a mention that is new.  The earlier run must have had exactly the
    mentions for which ``prior`` is not None plus the ``ghosts`` (its mentions that are gone),
    clustered with the same functions.
    The clusters are the same as without ``prior``; what changes is the work: a mention none of
    whose lookup keys can hold a cluster that differs from the earlier run at that point
    (``dirty`` keys) repeats its earlier decision without comparing candidates.  A cluster whose
    members are those of an earlier cluster, in the same order, keeps that cluster's key in
    ``tag`` (None for the others), so that its output can be reused.

    Why a repeated decision is the one a full comparison gives: by induction over the visits,
    for every key outside ``dirty`` the clusters filed under it are, one for one, the earlier
    run's clusters at the same point of the visit, with the same members (``tag`` set).  A
    cluster loses its ``tag`` (becomes dirty) when a visit gives it another member than the
    earlier run did, or a member it did not get then; at that moment every key it is filed under
    goes into ``dirty``, as do the filing keys of every later mention that such a cluster gains
    and those of every mention whose decision differs from the earlier run's.  The candidates of
    a mention, and everything ``compatible``/``identical`` read of them (first member,
    aggregates), come from the clusters filed under its lookup keys, so with no dirty lookup key
    they are those of the earlier run, and so is the decision.

    A ghost is visited where it was visited then (before the mentions that tie with it: marking
    early only adds work).  The earlier run filed its cluster under the ghost's filing keys and
    this one does not, so they become dirty.  An earlier cluster that lost a member is never
    twinned (its first member is treated as a joiner: no repeated decision, no ``tag``), so
    whatever its members build now takes the full comparison and marks every key it is filed
    under dirty from its start.

    ``record(m, (rank, order, span, filing keys))`` (optional) receives what a later replay
    needs to treat ``m`` as a ghost.
    """

    order_of = order  # (``order`` is reused below for a cluster's creation number)
    ghosts = list(ghosts)
    lossy = {g.prior[0] for g in ghosts}  # earlier clusters that lost a member
    # the visiting order: (precision rank, order), each computed once; a ghost before the mentions
    # that tie with it, ties otherwise in input order
    visits = [((PRECISION_RANK.get(precision(m), 3), order_of(m)), 1, i, m) for i, m in enumerate(mentions)]
    visits += [((g.rank, g.order), 0, i, g) for i, g in enumerate(ghosts)]
    visits.sort(key=lambda v: v[:3])
    clusters: list[Cluster[M]] = []
    index: dict[Hashable, dict[int, Cluster[M]]] = {}  # (key, year | "undated" | "*") → clusters
    by_month: dict[Hashable, dict[int, Cluster[M]]] = {}  # (key, year | "undated", month of first) → dated-first clusters
    undated_first: dict[Hashable, dict[int, Cluster[M]]] = {}  # as ``index``, clusters whose first is undated
    first_months: dict[int, list[tuple[int, int]]] = {}
    dirty: set[Hashable] = set()  # (replay) keys that may hold a cluster unlike the earlier run's
    dirty_base: set[Hashable] = set()  # (replay) the keys of ``dirty`` without their time slot

    def mark(filed: list[Hashable]) -> None:
        dirty.update(filed)
        if span is not None:
            dirty_base.update(k[0] for k in filed)
        else:
            dirty_base.update(filed)
    twins: dict[Hashable, Cluster[M]] = {}  # (replay) earlier cluster key → the cluster its first member started

    def _lookup(looked: list[Hashable], iv: tuple[date, date] | None) -> list[Hashable]:
        return time_keys(looked, iv, False) if span is not None else list(dict.fromkeys(looked))

    def filing_keys(x: M, iv: tuple[date, date] | None, looked: list[Hashable], keys: list[Hashable] | None) -> list[Hashable]:
        filed = files(x) if files is not None else looked
        if span is not None:
            return time_keys(filed, iv, True)
        return list(dict.fromkeys(filed))

    def refiled(x: M) -> list[Hashable]:
        """The filing keys of a member (for the replay's rare dirty marks)."""
        iv = span(x) if span is not None else None
        looked = list(blocks(x))
        return filing_keys(x, iv, looked, list(dict.fromkeys(looked)))

    for visit, is_mention, _, m in visits:
        if not is_mention:  # a ghost: the earlier run filed its cluster under these keys here
            mark(time_keys(m.keys, m.span, True) if span is not None else list(dict.fromkeys(m.keys)))
            continue
        iv = span(m) if span is not None else None
        looked = list(blocks(m))
        old = prior(m) if prior is not None else None
        if old is not None and old[0] in lossy:
            old = (old[0], False) if old[1] else old  # (never twinned: see the ghosts above)
        keys = None
        target = None
        if record is not None:
            record(m, (*visit, iv, tuple(files(m) if files is not None else looked)))
        if old is not None and (dirty_base.isdisjoint(looked) or dirty.isdisjoint(keys := _lookup(looked, iv))):
            c = twins.get(old[0])
            if old[1] and c is None:  # it started its cluster, and nothing it could meet changed
                target = Cluster([m], order=len(clusters))
                target.tag = old[0]
                twins[old[0]] = target
                created = True
            elif not old[1] and c is not None and c.tag is not None:  # it joined an unchanged cluster
                target = c
                target.members.append(m)
                created = False
        if target is None:
            if keys is None:
                keys = _lookup(looked, iv)
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
                created = False
            else:
                target = Cluster([m], order=len(clusters))
                created = True
            if prior is not None:
                if old is not None and created and old[1] and old[0] not in twins:
                    target.tag = old[0]  # the earlier decision, found again
                    twins[old[0]] = target
                elif not (old is not None and not created and not old[1] and target.tag is not None and target.tag == old[0]):
                    # another decision than the earlier run's (or a new mention): both clusters it
                    # concerns become dirty, and so does every key they are filed under
                    for c in (target, twins.get(old[0]) if old is not None else None):
                        if c is not None and c.tag is not None:
                            c.tag = None
                            for x in c.members:
                                if x is not m:
                                    mark(refiled(x))
                    mark(filing_keys(m, iv, looked, keys))
        if created:
            clusters.append(target)
            if span is not None:
                target.span = iv
                if needs_overlap is not None:
                    first_months[target.order] = months(iv) if iv is not None else []
        if joined is not None:
            joined(target, m)
        fkeys = filing_keys(m, iv, looked, keys)
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
