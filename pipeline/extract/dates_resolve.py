"""The value and kind of one date candidate (:func:`_resolve`): dispatch by pattern tag; explicit
dates, dates without a year (a dateline's own date among them), decades, seasons, "the nine
months to September" and ranges here, the rest in :mod:`.dates_periods` and
:mod:`.dates_relative`."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dates_context import DateContext, _Mention
from pipeline.extract.dates_detect import _Cand
from pipeline.extract.dates_grammar import NUMBER_WORDS, SEASONS, WEEKDAYS
from pipeline.extract.dates_grammar import day_num as _day_num
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_grammar import year_num as _year_num
from pipeline.extract.dates_partial import _narrative_year, _none, _partial
from pipeline.extract.dates_periods import _resolve_fiscal, _resolve_fiscal_end, _resolve_quarter
from pipeline.extract.dates_relative import (
    _DEADLINE_BACK_RE,
    _resolve_anaphoric,
    _resolve_deictic,
    _resolve_deictic_day,
    _resolve_rel_month,
    _resolve_rel_my,
    _resolve_same_period,
    _resolve_shift,
    _resolve_the_period,
    _resolve_weekday,
    _resolve_weekend,
    _year_from_rel,
)
from pipeline.extract.dates_tense import _LazyTense
from pipeline.extract.dates_values import UNKNOWN, DateValue, day_value, month_value, months_value, year_value
from pipeline.extract.dates_values import add_months as _add_months


# A dateline's date ("DHAKA, March 12 (Reuters) -"): the day of the story, the occurrence nearest
# the reference whatever the tense of the sentence.
_DATELINE_HEAD_RE = re.compile(r"\s*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’ \-]*){0,2},[ \t]*")
_DATELINE_TAIL_RE = re.compile(r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\)|[—–:]|--|-\s)")


def _resolve(text: str, c: _Cand, ctx: DateContext, mentions: list["_Mention"],
             frame: int | None = None) -> tuple[DateValue, str] | None:
    """The value and kind of one candidate (None: not a date after all); ``frame``: the narrative
    year that applies to it (see :func:`_partial`)."""
    tag = c.tag
    if tag == "weekday":  # the commonest, which needs no group dictionary
        return _resolve_weekday(text, c, ctx, mentions), "weekday"
    g = c.m.groupdict()

    if tag == "iso":
        v = day_value(int(g["y"]), int(g["m"]), int(g["d"]))
        return (v, "explicit") if v else None
    if tag == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        d, mo = (a, b) if a > 12 else (b, a)
        v = day_value(y, mo, d)
        return (v, "explicit") if v else None
    if tag in ("mdy", "dmy"):
        v = day_value(int(g["y"]), _month_num(g["m"]), _day_num(g["d"]))
        return (v, "explicit") if v else None
    if tag == "my":
        return month_value(int(g["y"]), _month_num(g["m"])), "explicit"
    if tag in ("md", "dm"):
        mo, d = _month_num(g["m"]), _day_num(g["d"])
        if day_value(2000, mo, d) is None:  # no year has that day (2000 is a leap year)
            return None
        v = None
        if g.get("wd"):  # "Friday, March 15": the year whose March 15 is a Friday, nearest first
            wd = WEEKDAYS[g["wd"].lower()]
            base = _narrative_year(ctx, frame)
            if base is not None:
                for k in (0, -1, 1, 2, -2):
                    x = day_value(base + k, mo, d)
                    if x is not None and x.start.weekday() == wd:
                        v = x
                        break
        if v is None and c.start <= 80 and _DATELINE_TAIL_RE.match(text, c.end) \
                and _DATELINE_HEAD_RE.fullmatch(text, 0, c.start):
            v = _partial("day", mo, d, ctx, _none, None)  # the story's day
        if v is None:
            v = _partial("day", mo, d, ctx, _LazyTense(text, c.start, c.end), frame)
        return (v or UNKNOWN), "partial"
    if tag == "inst":
        return _resolve_inst(g, ctx)
    if tag == "month_heading":
        return _resolve_month_heading(g, ctx)
    if tag == "dom":
        return _resolve_day_of_month(g, ctx)
    if tag == "month":
        mo = _month_num(g["m"])
        v = _partial("month", mo, 1, ctx, _LazyTense(text, c.start, c.end), frame)
        return (v or UNKNOWN), "partial"
    if tag == "year":
        return year_value(int(g["y"])), "explicit"
    if tag == "decade":
        y = int(g["y"])
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year"), "range"
    if tag.startswith("r_"):
        return _resolve_range(text, c, ctx, _LazyTense(text, c.start, c.end), frame)
    if tag == "season":
        a = int(g["a"])
        b = _year_num(g["b"], a)
        m1, m2 = _month_num(g["pm1"]), _month_num(g["pm2"])
        if not a < b <= a + 1:
            return None
        return months_value(a, m1, a if m2 >= m1 else b, m2), "fiscal"
    if tag in ("fy", "fiscal_after", "fiscal_before", "fiscal_rel"):
        return _resolve_fiscal(text, c, ctx), "fiscal"
    if tag == "fiscal_end":
        return _resolve_fiscal_end(g), "fiscal"
    if tag == "months_to":
        n = g["n"]
        n = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
        if not 1 <= n <= 11:
            return None
        mo = _month_num(g["m"])
        if g.get("y"):
            y = int(g["y"])
        else:  # a period already over: the last such month on or before the reference
            last = _partial("month", mo, 1, ctx, lambda: "past", frame)
            if last is None or last.start is None:
                return UNKNOWN, "range"
            y = last.start.year
        y1, m1 = _add_months(y, mo, 1 - n)
        return months_value(y1, m1, y, mo), "range"
    if tag == "rel_my":
        v = _resolve_rel_my(g, ctx)
        return (v, "relative") if v is not None else None
    if tag == "same_period":
        return _resolve_same_period(g, ctx), "relative"
    if tag == "part_anaphor":
        # "for the half-year", "in the quarter": the latest half (quarter) the story named
        # ("between January and June", "the first six months"); else not a date
        unit = "half" if g["unit"].startswith("half") else "quarter"
        p = ctx.parts.get(6 if unit == "half" else 3)
        return (p, unit) if p is not None else None
    if tag in ("quarter", "q_code", "q_code_rev", "first_n"):
        return _resolve_quarter(text, c, ctx)
    if tag == "rel_month":
        return _resolve_rel_month(c, ctx), "relative"
    if tag == "deictic_day":
        return _resolve_deictic_day(re.sub(r"\s+", " ", g["w"].lower()), ctx), "relative"
    if tag == "weekend":
        return _resolve_weekend((g["which"] or "").lower(), _LazyTense(text, c.start, c.end), ctx), "relative"
    if tag == "deictic":
        return _resolve_deictic(g["which"].lower(), g["unit"], ctx), "relative"
    if tag == "season_name":
        return _resolve_season(text, c, ctx, frame), "relative"
    if tag in ("anaphoric", "year_before"):
        which = re.sub(r"\s+", " ", g["which"].lower())
        step = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "after": 1,
                "the previous": -1, "the preceding": -1, "the prior": -1, "before": -1}[which]
        return _resolve_anaphoric(g["unit"], step, ctx), "relative"
    if tag == "shift":
        return _resolve_shift(g, ctx), "relative"
    if tag == "the_period":
        deadline = _DEADLINE_BACK_RE.search(text, max(0, c.start - 20), c.start) is not None
        return _resolve_the_period(g["unit"], ctx, deadline and frame is None), "relative"
    return None


def _resolve_month_heading(g: dict, ctx: DateContext) -> tuple[DateValue, str] | None:
    """A month heading ("MARCH", "June 2025"): its year, else the latest such month up to the
    reference (a review looks back; the frame of the section before does not apply).  It becomes
    the section's month (:attr:`DateContext.section`)."""
    mo = _month_num(g["m"])
    if g.get("y"):
        v = month_value(int(g["y"]), mo)
    else:
        v = _partial("month", mo, 1, ctx, lambda: "past", None)
    if v is None or v.start is None:
        return None
    ctx.section = (v.start.year, mo)
    return v, "explicit" if g.get("y") else "partial"


def _resolve_day_of_month(g: dict, ctx: DateContext) -> tuple[DateValue, str] | None:
    """"On the 14th": that day of the section's month (:attr:`DateContext.section`), else of the
    month of the last dated mention; no date when neither is known."""
    ym = ctx.section or ((ctx.year, ctx.month) if ctx.year is not None and ctx.month is not None else None)
    if ym is None:
        return None
    v = day_value(ym[0], ym[1], _day_num(g["d"]))
    return (v, "relative") if v is not None else None


_INST_SHIFT = {"inst": 0, "instant": 0, "ult": -1, "ultimo": -1, "prox": 1, "proximo": 1}


def _resolve_inst(g: dict, ctx: DateContext) -> tuple[DateValue, str] | None:
    """"the 18th inst." (of this month), "the 3rd ult." (of last month), "the 2nd prox." (of next
    month): a day (or "18th to 20th inst.", a range of days) of the month of the reference, or of
    the month before or after it; unknown when the reference is coarser than a month."""
    ref = ctx.reference
    if ref is None or ctx.reference_precision not in ("day", "month"):
        return UNKNOWN, "relative"
    y, mo = _add_months(ref.year, ref.month, _INST_SHIFT[g["rel"].lower()])
    a = day_value(y, mo, _day_num(g["d1"]))
    if a is None:
        return None
    if not g.get("d2"):
        return a, "relative"
    b = day_value(y, mo, _day_num(g["d2"]))
    if b is None or b.start <= a.start:
        return None
    return DateValue(a.start, b.end, "day"), "range"


def _resolve_range(text: str, c: _Cand, ctx: DateContext, tense, frame: int | None) -> tuple[DateValue, str] | None:
    g = c.m.groupdict()
    tag = c.tag
    if tag in ("r_yy", "r_ydash"):
        y1 = int(g["y1"])
        y2 = _year_num(g["y2"], y1)
        if y2 < y1:
            return None
        return DateValue(date(y1, 1, 1), date(y2, 12, 31), "year"), "range"
    if tag in ("r_mdd", "r_ddm"):
        mo, d1, d2 = _month_num(g["m"]), _day_num(g["d1"]), _day_num(g["d2"])
        y = int(g["y"]) if g.get("y") else _year_from_rel(g["ry"], ctx) if g.get("ry") else None
        if g.get("ry") and y is None:
            return UNKNOWN, "range"
        if y is not None:
            a, b = day_value(y, mo, d1), day_value(y, mo, d2)
        else:
            a = _partial("day", mo, d1, ctx, tense, frame)
            b = day_value(a.start.year, mo, d2) if a else None
            if a is None:
                return UNKNOWN, "range"
        if a is None or b is None:
            return None
        return DateValue(a.start, b.end, "day"), "range"
    if tag in ("r_mdmd", "r_dmdm", "r_mm"):
        m1, m2 = _month_num(g["m1"]), _month_num(g["m2"])
        day_prec = tag != "r_mm"
        d1 = _day_num(g["d1"]) if day_prec else 1
        d2 = _day_num(g["d2"]) if day_prec else 1
        y1 = int(g["y1"]) if g.get("y1") else None
        y2 = int(g["y2"]) if g.get("y2") else None
        if y2 is None and y1 is not None:
            y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        if y1 is None and y2 is not None:
            y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if y1 is None:
            wrap = (m1, d1) > (m2, d2)
            a = _partial("day" if day_prec else "month", m1, d1, ctx, tense, frame)
            if a is None:
                return UNKNOWN, "range"
            y1 = a.start.year
            y2 = y1 + 1 if wrap else y1
        if day_prec:
            a, b = day_value(y1, m1, d1), day_value(y2, m2, d2)
            if a is None or b is None or b.end < a.start:
                return None
            return DateValue(a.start, b.end, "day"), "range"
        if (y2, m2) < (y1, m1):
            return None
        return months_value(y1, m1, y2, m2), "range"
    return None


def _resolve_season(text: str, c: _Cand, ctx: DateContext, frame: int | None) -> DateValue:
    """"this spring", "next summer", "last winter", "will be held in the autumn": the year of that
    season (YEAR precision; a season names no month).  "this" is the reference's year; "next" the
    year the next such season opens in, "last" the year the last one closed in; a bare season ("in
    the autumn") takes the year its closing month would have, read like "in November"."""
    g = c.m.groupdict()
    first, last, _ = SEASONS[(g["sw"] or g["s"]).lower()]
    if g["sy"]:
        return year_value(int(g["sy"]))  # "in summer 2023": the year written after it
    which = re.sub(r"\s+", " ", (g["which"] or "").lower())
    if not which:
        v = _partial("month", last, 1, ctx, _LazyTense(text, c.start, c.end), frame)
        return year_value(v.start.year) if v is not None and v.start is not None else UNKNOWN
    ref = ctx.reference
    if ref is None:
        return UNKNOWN
    ry = ref.year
    if ctx.reference_precision == "year" or which in ("this", "later this"):
        return year_value(ry) if which in ("this", "later this") else UNKNOWN
    rm = ref.month
    if which in ("last", "the past"):
        return year_value(ry if last < rm else ry - 1)
    # next, the coming, early / late next
    return year_value(ry if first > rm else ry + 1)
