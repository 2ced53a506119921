"""Choosing the date of an event mention among the date mentions of its sentence.

Rules (for any English news text):

* Date mentions qualified ``since``/``as_of`` ("first visit since assuming office in April"), dates
  inside proper names ("the Beijing 2022 Winter Olympics") and the dateline ("BEIJING, Nov. 3,
  2022 /PRNewswire/ —", the publication day) never date the event directly.
* Among the rest, the date in the trigger's own clause wins (nearest first), then the nearest one
  before the trigger (a fronted "In May, ..."), then the nearest one after (a caption's date).
* "from July 30 to August 1" gives a range.  "started … on <weekday> … until <date>" gives
  start = the latest such weekday on or before the until-date, end = that date.
* Precision is never finer than the text: :func:`coarsen` cuts a day to its month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipeline.extract.event_model import DateRef, DateValue, DocContext
from pipeline.extract.event_text import Clauses, in_name
from pipeline.resolve.dates import period_end

_RANK = {"day": 0, "month": 1, "year": 2}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RX = re.compile(r"\b(" + "|".join(calendar.day_name) + r")\b")
_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|-|–|—)\s*$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;]{0,40}$", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def has_year(surface: str) -> bool:
    """Does a date's surface write its year ("April 28, 1952", not "April 28")?"""
    return _YEAR.search(surface) is not None


def after_reference(dv: DateValue, doc: DocContext) -> bool:
    """Does ``dv`` start after the end of the document's reference period?"""
    if doc.reference_date is None or doc.reference_precision not in ("day", "month", "year"):
        return False
    return dv.start > period_end(doc.reference_date, doc.reference_precision)


def coarsen(dv: DateValue | None, precision: str) -> DateValue | None:
    """``dv`` cut to ``precision`` when it is finer (a day becomes its month); never refined."""
    if dv is None or _RANK.get(dv.precision, 3) >= _RANK[precision]:
        return dv
    if precision == "month":
        start = dv.start.replace(day=1)
        end = dv.end.replace(day=1) if dv.end else None
    else:
        start = dv.start.replace(month=1, day=1)
        end = dv.end.replace(month=1, day=1) if dv.end else None
    return DateValue(start, end if end and end != start else None, precision)


def to_value(d: DateRef) -> DateValue | None:
    """A date mention as a (start, end, precision) value; None when unresolved."""
    if d.date_start is None or d.precision not in _RANK:
        return None
    end = d.date_end if d.date_end and d.date_end != d.date_start else None
    if end is not None and d.precision != "day":
        # a month or year mention reports its last day as date_end: keep only true ranges
        single = DateValue(d.date_start, None, d.precision)
        if end == period_end(d.date_start, d.precision):
            return single
    return DateValue(d.date_start, end, d.precision)


def usable(text: str, dates: list[DateRef], dateline: int, present: frozenset[str] | None = None) -> list[DateRef]:
    """Date mentions that may date an event of this sentence (see module rules).  ``present``: the
    sentence's gate literals (:mod:`pipeline.extract.event_gates`); without "since" among them no
    date can follow a "since"."""
    out = []
    since = present is None or "since" in present
    for d in dates:
        if d.date_start is None or d.qualifier == "since":
            continue
        if d.qualifier == "as_of" and not _year_deadline(text, d):
            continue
        if d.start < dateline or in_name(text, d):
            continue
        if since and _SINCE_BEFORE.search(text[max(0, d.start - 60) : d.start]):
            continue
        out.append(d)
    if len(out) > 1:
        out.sort(key=_start)
    return out


# "to convene the dialogue before the end of this year": a deadline within a year places the event
# in that year (a stock "as of the end of 2025" stays out)
_END_OF_YEAR = re.compile(r"(?:the\s+)?end\s+of\s+(?:this|the|next)\s+year$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by)\s+$", re.IGNORECASE)


def _year_deadline(text: str, d: DateRef) -> bool:
    return d.precision == "year" and bool(_END_OF_YEAR.match(d.surface)) and bool(
        _DEADLINE_BEFORE.search(text, max(0, d.start - 8), d.start)
    )


def _start(d: DateRef) -> int:
    return d.start


def _is_until(text: str, d: DateRef) -> bool:
    return d.qualifier == "until" or bool(_UNTIL_BEFORE.search(text[max(0, d.start - 8) : d.start]))


def _weekday_before(text: str, lo: int, untils: list[DateRef], dates: list[DateRef] = ()) -> DateValue | None:
    """'started … on Saturday, which will last until January 5' -> Saturday..January 5: the range
    from a weekday named in [lo, first until-date) to that until-date (``untils``: the day-precise
    until-dates of the region, in order).  The weekday is the day its own mention was resolved to
    (``dates``: against a publication day, "began on Monday … runs until March 20" is the Monday
    before that day) when that falls before the until-date, else the latest such weekday on or
    before the until-date."""
    if not untils:
        return None
    until = untils[0]
    for m in _WEEKDAY_RX.finditer(text, lo, until.start):
        target = _WEEKDAYS[m.group(1).lower()]
        end = until.date_end or until.date_start
        assert end is not None
        start = end - timedelta(days=(end.weekday() - target) % 7)
        own = next((d for d in dates if d.kind == "weekday" and d.start <= m.start() < d.end and d.precision == "day"), None)
        if own is not None and own.date_start is not None and start - timedelta(days=35) <= own.date_start < start:
            start = own.date_start
        return DateValue(start, end if end != start else None, "day")
    return None


def _with_range(text: str, chosen: DateRef, dates: list[DateRef]) -> DateValue | None:
    """Join "from X to Y" written as two separate mentions into one range."""
    value = to_value(chosen)
    if value is None or value.end is not None:
        return value
    i = dates.index(chosen)
    if i + 1 < len(dates):
        nxt = dates[i + 1]
        if _RANGE_GAP.match(text[chosen.end : nxt.start]) and nxt.date_start:
            last = nxt.date_end or nxt.date_start
            if last > value.start:
                return DateValue(value.start, last, value.precision)
    if i > 0:
        prev = dates[i - 1]
        if _RANGE_GAP.match(text[prev.end : chosen.start]) and prev.date_start:
            pv = to_value(prev)
            if pv and pv.start < value.start:
                return DateValue(pv.start, value.start, pv.precision)
    return value


def pick_date(
    text: str, dates: list[DateRef], trigger: int, lo: int, hi: int, clauses: Clauses
) -> DateValue | None:
    """The date of the event triggered at ``trigger`` within the region [lo, hi) (see rules)."""
    lo, hi = semicolon_part(text, trigger, lo, hi, headline_only=True)
    inside = [d for d in dates if lo <= d.start < hi]
    if not inside:
        return None
    flags = [_is_until(text, d) for d in inside]
    special = _weekday_before(text, lo, [d for d, u in zip(inside, flags) if u and d.precision == "day"], inside)
    if special is not None:
        return special
    starts = [d for d, u in zip(inside, flags) if not u]
    if not starts:
        return None
    own = clauses.index(trigger)
    same = [d for d in starts if clauses.index(d.start) == own]
    pool = same or [d for d in starts if d.end <= trigger] or starts
    if pool is same or pool is starts:
        chosen = min(pool, key=lambda d: min(abs(d.start - trigger), abs(d.end - trigger)))
    else:
        chosen = max(pool, key=lambda d: d.end)
        # "signed on the 21st …, on the occasion of the visit of X, from the 20th to the 22nd": a
        # span of days told with "from" after the trigger is its own, not a day told before it
        span = next((d for d in starts if d.start > trigger and d.precision == "day" and d.date_end is not None
                     and d.date_end != d.date_start and text[d.start:d.start + 5].lower() == "from "), None)
        if span is not None:
            chosen = span
    return _with_range(text, chosen, dates)


_SEMICOLON = re.compile(r";\s")
# the end of a sentence of prose; a line without it is a headline, a strap or a list item
TERMINAL_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def semicolon_part(text: str, trigger: int, lo: int, hi: int, headline_only: bool = False) -> tuple[int, int]:
    """[lo, hi) narrowed to the part between semicolons that holds the trigger: in a headline or
    strap (a line without terminal punctuation) a semicolon joins two news items, and a date told
    in the other one is that item's ("Joint committee meets in Dubai; business mission to visit
    from July 30 to August 1": the range is the mission's).  (``headline_only``: prose is left
    whole -- "invited her to Canada; she hoped to travel to Ottawa in 2026" tells one plan.)"""
    if text.find(";", lo, hi) < 0 or (headline_only and TERMINAL_END.search(text)):
        return lo, hi
    for m in _SEMICOLON.finditer(text, lo, hi):
        if m.start() < trigger:
            lo = m.end()
        else:
            return lo, m.start()
    return lo, hi


def reference_month(ref: date | None, precision: str | None) -> DateValue | None:
    """The reference date as a month (or a year when that is all the document gives)."""
    if ref is None or precision not in ("day", "month", "year"):
        return None
    return coarsen(DateValue(ref, None, precision), "month" if precision in ("day", "month") else "year")
