"""The anchor of a document's relative dates (:func:`reference_date`): the publication date, a
dateline, else the latest date the text reports as past, one precision level coarser."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.dates_context import DateContext, DateMention, _ref_period
from pipeline.extract.dates_dateline import find_dateline
from pipeline.extract.dates_gates import _GATE_MONTH, _GATE_WD, _GATE_YEAR4, _may_have_dates
from pipeline.extract.dates_grammar import MONTH_NAMES
from pipeline.extract.dates_narrative import parse_dates
from pipeline.extract.dates_stamps import STAMP_MAX, stamp_of
from pipeline.extract.dates_tense import _tense
from pipeline.extract.dates_values import DateValue, n_months, year_value


_SENT_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n+")


def reference_date(text: str, published: date | None) -> tuple[date | None, str]:
    """The anchor for relative dates.

    * The published (sidecar) date, else a dateline (both precision 'day').
    * Else a press release's closing date line under its signature, when no date the text reports is
      later (precision 'day').
    * Else the latest date that the text reports as already past, **one precision level
      coarser** (an article is written after the latest date it reports, usually in the same
      month or year: "Feb 6, 2025" gives 2025-02 'month', "February 2025" or "2025" give 2025
      'year').  Two passes: explicit dates first (future-tense clauses, deadlines "until 2030"
      and targets "by 2030" ignored); then dates without a year and weekdays resolved against
      that anchor ("started his visit on Saturday, which will last until January 5" → the
      Saturday before that January 5): the latest such past day wins when it is later.
    * (None, 'unknown') when nothing.
    """
    if published is not None:
        return published, "day"
    d = find_dateline(text or "")
    if d is not None:
        return d, "day"
    sents = [s for s in _SENT_SPLIT_RE.split(text or "") if s and _may_have_dates(s)]
    best: DateValue | None = None
    rank = {"year": 0, "month": 1, "day": 2}
    for sent in sents:
        if _GATE_YEAR4.search(sent) is None:
            continue  # no explicit date without a year
        ctx = DateContext(None, "unknown")
        for m in parse_dates(sent, ctx):
            v = _reported_bound(m)
            if v is None or _tense(sent, m.start, m.end) == "future":
                continue
            if best is None or (v.start, rank[v.precision]) > (best.start, rank[best.precision]):
                best = v
    closing = _closing_date(text or "")
    if closing is not None and (best is None or closing >= best.start):
        return closing, "day"  # a release's closing date line, under its signature
    if best is None:
        return None, "unknown"
    ref, precision = _coarsen(best)
    latest = _latest_past_day(sents, ref, precision)
    if latest is not None and latest > (_ref_period(DateContext(ref, precision)) or best).end:
        return _coarsen(DateValue(latest, latest, "day"))
    return ref, precision


# how many of the last non-empty lines may hold a release's closing date (a signature's name, title, place
# and date; a share or copyright line after it)
_CLOSING_LINES = 6


def _closing_date(text: str) -> date | None:
    """The day of a press release's closing date line: a line that is only a full date ("September 3, 2026",
    "14 May 2026") among its last non-empty lines, under the signature, when the text prints no other such
    line (several are a chronology's headings or a live page's stamps)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    bare = [(i, got[0]) for i, ln in enumerate(lines) if len(ln) <= STAMP_MAX
            and (got := stamp_of(ln, None)) is not None and got[1]]
    if len(bare) != 1 or bare[0][0] < len(lines) - _CLOSING_LINES or bare[0][0] == 0:
        return None
    return bare[0][1]


def _coarsen(v: DateValue) -> tuple[date, str]:
    """One precision level coarser (a narrative date only bounds the writing time from below)."""
    s = v.start
    assert s is not None
    if v.precision == "day":
        return date(s.year, s.month, 1), "month"
    return date(s.year, 1, 1), "year"


_PERIOD_KINDS = frozenset(("range", "quarter", "half"))  # not fiscal years: often still running


def _reported_bound(m: DateMention) -> DateValue | None:
    """What an explicit date tells about the time of writing (first pass of
    :func:`reference_date`): the date itself; for a reported period of at most a year
    ("in the first ten months of 2017", "in the second quarter") the year it ends in; None for deadlines
    ("until 2030"), targets ("by 2030") and dates that need a reference themselves."""
    v = m.value
    if v.start is None or v.end is None or m.qualifier == "until":
        return None
    if m.kind == "explicit":
        if m.qualifier == "as_of" and v.precision == "year" and m.surface.isdigit():
            return None  # "a target of $15 billion by 2030"
        return v
    if m.kind in _PERIOD_KINDS and v.precision in ("day", "month") and n_months(v) <= 12:
        return year_value(v.end.year)  # reported some time after it ended: only the year is safe
    return None


def _latest_past_day(sents: list[str], ref: date, precision: str) -> date | None:
    """Second pass of :func:`reference_date`: the latest day, among weekdays and dates without a
    year resolved against the first anchor, that a past-tense clause reports."""
    latest: date | None = None
    ctx = DateContext(ref, precision)
    # only a day of the month after the anchor's (within the past-tense grace), or a weekday
    # anchored on another date of its sentence, can fall after the anchor
    name = MONTH_NAMES[ref.month % 12]
    gate = re.compile("|".join((name, name[:3], name.upper(), name[:3].upper())))
    for sent in sents:
        if gate.search(sent) is None and (_GATE_WD.search(sent) is None or _GATE_MONTH.search(sent) is None):
            continue
        for m in parse_dates(sent, ctx):
            v = m.value
            if m.kind not in ("weekday", "partial") or v.precision != "day" or m.qualifier == "until":
                continue
            if _tense(sent, m.start, m.end) != "past":
                continue
            if latest is None or v.start > latest:
                latest = v.start
    return latest
