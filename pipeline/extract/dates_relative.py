"""Resolving dates named relative to a time: to the reference ("yesterday", "on Wednesday",
"last year", "three months ago", "November last year") or to the narrative ("that year", "the
following day", "a year later", "the same period last year", "the end of the month")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates_context import DateContext, _Mention, _ref_period
from pipeline.extract.dates_detect import _Cand
from pipeline.extract.dates_grammar import NUMBER_WORDS, WEEKDAYS
from pipeline.extract.dates_grammar import day_num as _day_num
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_tense import _is_future
from pipeline.extract.dates_values import (
    UNKNOWN,
    DateValue,
    day_value,
    month_value,
    months_value,
    n_months,
    shift_years,
    year_value,
)
from pipeline.extract.dates_values import add_months as _add_months


def _year_from_rel(rel: str | None, ctx: DateContext) -> int | None:
    """Year named by "this/last/next year", "the same year", or the year in force."""
    ref = _ref_period(ctx)
    if rel is None:
        if ctx.year is not None:
            return ctx.year
        return ref.start.year if ref else None
    rel = re.sub(r"\s+", " ", rel.lower())
    if rel in ("this", "last", "next", "the current"):
        if ref is None:
            return None
        return ref.start.year + {"this": 0, "the current": 0, "last": -1, "next": 1}[rel]
    base = ctx.year
    if base is None:
        return None
    return base + {"the same": 0, "that": 0, "the previous": -1, "the following": 1}[rel]


_REL_STEP = {"last": -1, "this": 0, "next": 1, "that": 0, "the same": 0, "the following": 1,
             "the next": 1, "the previous": -1}


def _resolve_rel_my(g: dict, ctx: DateContext) -> DateValue | None:
    """"November last year", "5 June this year" (deictic: from the reference), "March the
    following year" (anaphoric: from the last dated mention)."""
    which = re.sub(r"\s+", " ", g["which"].lower())
    step = _REL_STEP[which]
    if which in ("last", "this", "next"):
        ref = _ref_period(ctx)
        base = ref.start.year if ref is not None else None
    else:
        base = ctx.year
    if base is None:
        return UNKNOWN
    mo = _month_num(g["m"])
    d = g.get("d") or g.get("d0")
    if d:
        return day_value(base + step, mo, _day_num(d))
    return month_value(base + step, mo)


def _statistical_period(ctx: DateContext) -> DateValue | None:
    """The last resolved period when it is a span of several months (a quarter, a half, a fiscal
    year, "the first ten months"): comparisons shift it whole."""
    p = ctx.period
    if p is not None and p.precision == "month" and 2 <= n_months(p) <= 12:
        return p
    return None


def _resolve_same_period(g: dict, ctx: DateContext) -> DateValue:
    """"the same period last year", "the same quarter of 2023": the last statistical period,
    moved to that year; else the year itself."""
    p = _statistical_period(ctx)
    if g.get("y"):
        y = int(g["y"])
        return shift_years(p, y - p.start.year) if p is not None else year_value(y)
    if p is not None:
        return shift_years(p, -1)
    last = g["last"].lower()
    if last.startswith("last") or last.endswith("ago"):
        ref = _ref_period(ctx)
        return year_value(ref.start.year - 1) if ref is not None else UNKNOWN
    return year_value(ctx.year - 1) if ctx.year is not None else UNKNOWN


def _resolve_rel_month(c: _Cand, ctx: DateContext) -> DateValue:
    ref = _ref_period(ctx)
    mo = _month_num(c.m.group("m"))
    which = re.sub(r"\s+", " ", c.m.group("which").lower())
    if ref is None:
        return UNKNOWN
    ry = ref.start.year
    if ref.precision == "year":
        return month_value(ry, mo) if which == "this" else UNKNOWN
    rm = ref.start.month
    if which in ("last", "the past"):
        return month_value(ry if mo < rm else ry - 1, mo)
    if which in ("next", "the coming"):
        return month_value(ry if mo > rm else ry + 1, mo)
    return month_value(ry, mo)


_WEEK_STEP = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the following": 1}


def _resolve_weekday(text: str, c: _Cand, ctx: DateContext, mentions: list["_Mention"]) -> DateValue:
    wd = WEEKDAYS[c.m.group("wd").lower()]
    which = (c.m.group("which") or "").lower()
    ref = _ref_period(ctx)
    week = c.m.group("wk")
    if week is not None:
        # "on Wednesday last week": that weekday of the Monday-Sunday week before the reference's
        step = _WEEK_STEP[re.sub(r"\s+", " ", week)]
        if ref is None:
            return UNKNOWN
        if ref.precision != "day":
            return _resolve_deictic("last" if step < 0 else "next" if step > 0 else "this", "week", ctx)
        monday = ref.start - timedelta(days=ref.start.weekday()) + timedelta(weeks=step)
        d = monday + timedelta(days=wd)
        return day_value(d.year, d.month, d.day)
    if ref is not None and ref.precision == "day":
        r = ref.start
        back = (r.weekday() - wd) % 7  # days back to the most recent on or before
        fwd = (wd - r.weekday()) % 7
        if which in ("last", "past"):
            d = r - timedelta(days=back or 7)
        elif which == "next":
            d = r + timedelta(days=fwd or 7)
        elif which in ("this", "coming") or (back and _is_future(text, c.start, c.end)):
            d = r + timedelta(days=fwd)  # (on the reference's own weekday, both ways give it)
        else:
            d = r - timedelta(days=back)
        return day_value(d.year, d.month, d.day)
    # anchor on a day-precision date of the same sentence
    anchors = [mm for mm in mentions if mm.value.precision == "day" and mm.kind != "weekday"]
    for a in sorted(anchors, key=lambda a: abs(a.start - c.start)):
        if a.start > c.start:  # weekday before the anchor in the text: on or before its start
            base = a.value.start
            d = base - timedelta(days=(base.weekday() - wd) % 7)
        else:
            base = a.value.end
            d = base + timedelta(days=(wd - base.weekday()) % 7)
        return day_value(d.year, d.month, d.day)
    return ref if ref is not None else UNKNOWN


def _resolve_deictic_day(w: str, ctx: DateContext) -> DateValue:
    ref = _ref_period(ctx)
    if ref is None:
        return UNKNOWN
    if ref.precision != "day":
        return ref
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2,
             "this morning": 0, "this afternoon": 0, "this evening": 0}[w]
    d = ref.start + timedelta(days=shift)
    return day_value(d.year, d.month, d.day)


def _resolve_weekend(which: str, tense, ctx: DateContext) -> DateValue:
    """"over the weekend" (past): the last Saturday-Sunday that began on or before the reference
    day; "this/next/the coming weekend" or a future clause: the first that ends on or after it;
    "last weekend" seen from a weekend: the one before.  Precision ``day`` (a two-day period);
    with a coarser reference, the reference period."""
    ref = _ref_period(ctx)
    if ref is None:
        return UNKNOWN
    if ref.precision != "day":
        return ref
    r = ref.start
    if which in ("this", "next", "the coming") or (not which and tense() == "future"):
        sat = r + timedelta(days=(5 - r.weekday()) % 7) if r.weekday() < 6 else r - timedelta(days=1)
    else:
        sat = r - timedelta(days=(r.weekday() - 5) % 7)
        if which in ("last", "the past") and r.weekday() >= 5:
            sat -= timedelta(days=7)
    return DateValue(sat, sat + timedelta(days=1), "day")


def _week_value(monday: date) -> DateValue:
    sunday = monday + timedelta(days=6)
    return months_value(monday.year, monday.month, sunday.year, sunday.month)


def _resolve_deictic(which: str, unit: str, ctx: DateContext) -> DateValue:
    ref = _ref_period(ctx)
    if ref is None:
        return UNKNOWN
    step = {"last": -1, "this": 0, "next": 1}[which]
    r = ref.start
    if unit == "year":
        return year_value(r.year + step)
    if unit == "month":
        if ref.precision == "year":
            return UNKNOWN
        y, m = _add_months(r.year, r.month, step)
        return month_value(y, m)
    # week
    if ref.precision == "day":
        monday = r - timedelta(days=r.weekday()) + timedelta(weeks=step)
        return _week_value(monday)
    if ref.precision == "month" and step == 0:
        return ref
    return UNKNOWN


def _resolve_anaphoric(unit: str, step: int, ctx: DateContext) -> DateValue:
    if unit == "day":
        # "on the same day", "the following day": the last day the narrative named; after a
        # year or a month in passing ("... established relations in 1990 and upgraded them in
        # 2021. The same day, ..."), the last day of the news time (within a year of the
        # reference)
        p = ctx.period
        if p is None or p.precision != "day" or p.start is None or p.start != p.end:
            if ctx.recent_day is None:
                return UNKNOWN
            d = ctx.recent_day + timedelta(days=step)
            return day_value(d.year, d.month, d.day)
        d = p.start + timedelta(days=step)
        return day_value(d.year, d.month, d.day)
    if ctx.year is None:
        return UNKNOWN
    if unit == "year":
        return year_value(ctx.year + step)
    if ctx.month is None:
        return UNKNOWN
    y, m = _add_months(ctx.year, ctx.month, step)
    return month_value(y, m)


# a deadline: "before the end of the year", "by the end of the month"
_DEADLINE_BACK_RE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than)\s+$", re.I)


def _resolve_the_period(unit: str, ctx: DateContext, deadline: bool = False) -> DateValue:
    """"the end of the year": the narrative year (month) if any, else the reference's.  A
    deadline outside a narrative frame ("a timeline ... before the end of the year") counts from
    the time of writing, not from a year named in passing ("a council launched in 2016")."""
    ref = _ref_period(ctx)
    if unit == "day":
        # "earlier in the day", "later in the day": the last single day named, else the
        # reference day
        p = ctx.period
        if p is not None and p.precision == "day" and p.start is not None and p.start == p.end:
            return p
        return ref if ref is not None and ref.precision == "day" else UNKNOWN
    if deadline and ref is not None and (unit == "year" or ref.precision != "year"):
        return year_value(ref.start.year) if unit == "year" else month_value(
            ref.start.year, ref.start.month)
    if unit == "year":
        if ctx.year is not None:
            return year_value(ctx.year)
        ref = _ref_period(ctx)
        return year_value(ref.start.year) if ref else UNKNOWN
    if ctx.year is not None and ctx.month is not None:
        return month_value(ctx.year, ctx.month)
    ref = _ref_period(ctx)
    if ref is None or ref.precision == "year":
        return UNKNOWN
    return month_value(ref.start.year, ref.start.month)


def _resolve_shift(g: dict, ctx: DateContext) -> DateValue:
    n_s = g["n"].lower()
    n = int(n_s) if n_s.isdigit() else NUMBER_WORDS[n_s]
    unit = g["unit"].rstrip("s")
    direction = g["dir"].lower()
    if direction == "ago":  # deictic: from the reference
        ref = _ref_period(ctx)
        if ref is None:
            return UNKNOWN
        r = ref.start
        if unit == "year":
            return year_value(r.year - n)
        if unit == "month" and ref.precision != "year":
            y, m = _add_months(r.year, r.month, -n)
            return month_value(y, m)
        if unit in ("day", "week") and ref.precision == "day":
            d = r - timedelta(days=n * (7 if unit == "week" else 1))
            return day_value(d.year, d.month, d.day) if unit == "day" else _week_value(d - timedelta(days=d.weekday()))
        return UNKNOWN
    sign = 1 if direction in ("later", "after") else -1
    if unit in ("day", "week"):
        # "two days later", "a week earlier": from the last day the narrative named
        p = ctx.period
        if p is None or p.precision != "day" or p.start is None or p.start != p.end:
            return UNKNOWN
        d = p.start + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return day_value(d.year, d.month, d.day) if unit == "day" else _week_value(d - timedelta(days=d.weekday()))
    p = _statistical_period(ctx) if unit == "year" else None
    if p is not None:  # "$15.65 billion a year earlier" after "in FY2023-24": the year before's period
        return shift_years(p, sign * n)
    if ctx.year is None:
        return UNKNOWN
    if unit == "year":
        return year_value(ctx.year + sign * n)
    if unit == "month" and ctx.month is not None:
        y, m = _add_months(ctx.year, ctx.month, sign * n)
        return month_value(y, m)
    return UNKNOWN
