"""Choosing the year of a date the text gives without one ("On May 28", "in April"): the
narrative frame's year, else the occurrence around the reference that fits the clause's tense."""

from __future__ import annotations

import functools
from datetime import date, timedelta

from pipeline.extract.dates_context import DateContext, _ref_period
from pipeline.extract.dates_values import DateValue, day_value, month_value


_GRACE = timedelta(days=31)


def _make(kind: str, y: int, mo: int, d: int) -> DateValue | None:
    """Day ``d`` of month ``mo`` of year ``y`` (kind 'day'), or that month (kind 'month')."""
    return day_value(y, mo, d) if kind == "day" else month_value(y, mo)


def _options(kind: str, mo: int, d: int, ref: DateValue) -> tuple | None:
    """The occurrences of a date without a year around the reference period: (the closest, the
    last that does not start after it, the first that does not end before it).  A reference
    coarser than a day is only a lower bound of the time of writing: a past date may fall up to
    a month after it ("on April 1" in an article whose latest full date is in March)."""
    return _options_around(kind, mo, d, ref.start, ref.end, ref.precision)


@functools.lru_cache(maxsize=8192)  # (keyed by the period's fields: cheaper to hash than it)
def _options_around(kind: str, mo: int, d: int, rs: date, re_: date, precision: str) -> tuple | None:
    limit = re_ if precision == "day" else re_ + _GRACE
    closest = last_past = first_future = None
    best = -1
    for k in (-1, 0, 1):
        c = _make(kind, rs.year + k, mo, d)
        if c is None:
            continue
        dist = (rs - c.end).days if c.end < rs else (c.start - re_).days if c.start > re_ else 0
        if best < 0 or dist < best:
            closest, best = c, dist
        if c.start <= limit:
            last_past = c
        if first_future is None and c.end >= rs:
            first_future = c
    return (closest, last_past, first_future) if closest is not None else None


def _choose(opts: tuple, tense_fn) -> DateValue:
    """Pick among :func:`_options` by the clause's tense: future, the first that does not end
    before the reference; past, the last that does not start after it; else the closest."""
    closest, last_past, first_future = opts
    if last_past is closest and (first_future is closest
                                 or not getattr(tense_fn, "may_be_future", _true)()):
        return closest  # past or no tense (or one occurrence for all): the same answer
    tense = tense_fn()
    if tense == "future" and first_future is not None:
        return first_future
    if tense == "past" and last_past is not None:
        return last_past
    return closest


def _true() -> bool:
    return True


def _none() -> None:
    return None


def _narrative_year(ctx: DateContext, frame: int | None) -> int | None:
    """The year a date without one is read in: the narrative frame; else, against a reference of
    a day or a month (a real publication time), the reference year; else the last dated mention,
    else the reference year."""
    if frame is not None:
        return frame
    ref = _ref_period(ctx)
    if ref is not None and ref.precision != "year":
        return ref.start.year
    if ctx.year is not None:
        return ctx.year
    return ref.start.year if ref is not None else None


def _partial(kind: str, mo: int, d: int, ctx: DateContext, tense, frame: int | None) -> DateValue | None:
    """Resolve a date whose year the text omits: day ``d`` of month ``mo`` (kind 'day') or the
    month ``mo`` (kind 'month').

    Inside a narrative frame ("In February 2023, ... In June, ...") the frame's year; else against
    a reference of a day or a month the occurrence closest to it that fits the tense (a news
    story's "On May 28" is close to its publication day: years named by background clauses,
    targets or headlines do not move it); else the year of the last dated mention."""
    ref = _ref_period(ctx)
    year = frame
    if year is None and (ref is None or ref.precision == "year"):
        year = ctx.year
    if year is not None:
        v = _make(kind, year, mo, d)
        if v is not None and ref is not None and ref.precision != "year" and v.end < ref.start \
                and tense() == "future":
            later = [c for c in (_make(kind, year + k, mo, d) for k in (1, 2)) if c and c.end >= ref.start]
            return later[0] if later else v
        return v
    if ref is None:
        return None
    if ref.precision == "year":
        return _make(kind, ref.start.year, mo, d)
    opts = _options(kind, mo, d, ref)
    return _choose(opts, tense) if opts is not None else None
