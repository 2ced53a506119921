"""The status an event's own date tells (step 6b of :mod:`pipeline.extract.event_sentence`).

Cues read in the clause ("will be held", "agreed that … would") decide most statuses; the date
picked for the event corrects two cases a reader settles from the calendar alone:

* an event dated after the article's reference period, or by a future-relative expression
  ("next week", "later this year", "in early 2027" told in 2026), has not happened yet: planned;
* an event dated by an explicit date with its year that ends before the reference period starts
  ("the 2+2 Dialogue held in Tokyo in December 2025 and looked forward to the fifth round"
  told in September 2026) has happened: occurred.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.event_dates import after_reference, has_year, to_value
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft
from pipeline.resolve.dates import period_end

# event types whose status a date can tell (a letter, an attack or a founding is always told done)
_SCHEDULED = frozenset({"visit", "meeting", "phone_call", "military_exercise"})

# a date expression pointing forward from the time of writing
_FUTURE_RELATIVE = re.compile(
    # ("the next day", "later in the day" count from the narrative's last event, not from the time
    # of writing)
    r"\b(?:next(?!\s+(?:day|morning|afternoon|evening|night)\b)|coming|upcoming|forthcoming|later\s+(?:this|in\s+the(?!\s+day\b))|tomorrow|"
    r"the\s+rest\s+of)\b",
    re.IGNORECASE
)
# a past finite verb in a trigger ("paid a visit", "met", "held talks", "visited")
_PAST = re.compile(
    r"\b(?:[a-z]+ed|met|held|paid|made|began|led|spoke|took|sent|wrote|gave|came|went|flew|left|sat|struck|ran|saw|undertook)\b",
    re.IGNORECASE,
)
# an exercise trigger is a noun phrase ("the combined naval exercise", "armed forces drills"): its
# "-ed" words are participial adjectives, so its tense is read from the verbs of holding only
_EXERCISE_PAST = re.compile(
    r"(?<!\bbe\s)(?<!\bto\s)\b(?:held|conducted|staged|launched|began|concluded|opened|ended|wrapped\s+up|kicked\s+off|took\s+place)\b",
    re.IGNORECASE,
)


# a date's surface that points back from the time of writing: "last week", "yesterday", "two days ago"
_PAST_RELATIVE = re.compile(
    r"(?<!the\s)\blast\s+(?:week|month|year|weekend|\w+day)\b(?!\s+of\b)|\byesterday\b|\bago\b|\bearlier\s+this\s+\w+",
    re.IGNORECASE,
)

_FUTURE_SURFACES: dict[str, bool] = {}


def _future_relative(surface: str) -> bool:
    """Does a date's surface point forward from the time of writing?  (Memoised: surfaces repeat.)"""
    hit = _FUTURE_SURFACES.get(surface)
    if hit is None:
        if len(_FUTURE_SURFACES) > 100_000:
            _FUTURE_SURFACES.clear()
        hit = _FUTURE_SURFACES[surface] = _FUTURE_RELATIVE.search(surface) is not None
    return hit


def _end_of(dv: DateValue) -> date:
    return period_end(dv.end or dv.start, dv.precision)


def status_by_date(e: Draft, dates: list[DateRef], doc: DocContext, trigger: str = "") -> str:
    """``e.status`` corrected by ``e.date`` (see the module docstring); ``dates``: the sentence's,
    ``trigger``: the trigger's text (a past finite verb in it, "paid a state visit", keeps its
    tense against a date after the reference period: the reference may be the wrong one)."""
    if e.date is None or e.event_type not in _SCHEDULED or doc.reference_date is None:
        return e.status
    if doc.reference_precision not in ("day", "month", "year"):
        return e.status
    ref_start = doc.reference_date
    src = next((x for x in dates if x.date_start is not None and to_value(x) == e.date), None)
    if src is None:
        # (a date coarsened to its month or year: "next week" -> the month it falls in)
        last = _end_of(e.date)
        src = next((x for x in dates if x.date_start is not None and e.date.start <= x.date_start <= last), None)
    if e.status == "occurred":
        if after_reference(e.date, doc) and not (_EXERCISE_PAST if e.event_type == "military_exercise" else _PAST).search(trigger):
            return "planned"
        if src is not None and _future_relative(src.surface):
            return "planned"
        return e.status
    if e.status == "planned" and src is not None and src.kind == "explicit" and has_year(src.surface):
        if _end_of(e.date) < ref_start:
            return "occurred"
    if (
        e.status == "planned" and src is not None and src.start >= e.trig_end and _PAST_RELATIVE.search(src.surface)
        # (not a part of a longer date: "in the last week of March")
        and not any(x is not src and 0 <= x.start - src.end <= 5 for x in dates)
    ):
        # "will make a statement on my visit to Kenya last week": the future is the clause's
        # (the statement), the visit's own date points back from the time of writing
        if src.date_start <= ref_start:
            return "occurred"
    return e.status


# a future-relative adverbial right after the trigger's object: "to pay official visit to X next week"
_NEXT_AFTER = re.compile(
    r"[^.;:!?,]{0,50}?\b(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|tomorrow)\b", re.IGNORECASE
)


def status_by_words(e: Draft, text: str, trig_end: int, hi: int, trigger: str = "") -> str:
    """An occurred event without a date of its own whose trigger is followed, in its clause, by
    "next week"/"later this year"/"tomorrow" (a date the calendar could not resolve, e.g. in a
    headline: "X to pay official visit to Y next week") is planned; a past finite verb in the
    trigger keeps its tense."""
    past = _EXERCISE_PAST if e.event_type == "military_exercise" else _PAST
    if e.status != "occurred" or e.event_type not in _SCHEDULED or past.search(trigger):
        return e.status
    return "planned" if _NEXT_AFTER.match(text, trig_end, hi) else e.status


def past_year(e: Draft, dates: list[DateRef], doc: DocContext, trigger: str = "") -> DateValue | None:
    """``e.date``, one year earlier when a past finite verb tells the event ("met on the
    sidelines … on 14 September and agreed to hold …") and its date, written without a year
    ("14 September"), was read as the next such day after the reference date: a past event falls
    on the latest such day up to the reference date (the clause's intention is no future)."""
    dv = e.date
    if dv is None or e.status != "occurred" or e.event_type not in _SCHEDULED or doc.reference_date is None:
        return dv
    if dv.precision not in ("day", "month") or doc.reference_precision != "day" or not after_reference(dv, doc):
        return dv
    if not (_EXERCISE_PAST if e.event_type == "military_exercise" else _PAST).search(trigger):
        return dv
    src = next((x for x in dates if x.date_start is not None and to_value(x) == dv), None)
    if src is None or src.kind not in ("explicit", "partial") or has_year(src.surface) or _future_relative(src.surface):
        return dv
    try:
        start = dv.start.replace(year=dv.start.year - 1)
        end = dv.end.replace(year=dv.end.year - 1) if dv.end else None
    except ValueError:  # 29 February
        return dv
    if start > doc.reference_date:
        return dv
    return DateValue(start, end, dv.precision)


def next_year(e: Draft, dates: list[DateRef], doc: DocContext) -> DateValue | None:
    """``e.date``, one year later when the event is planned ("was expected in Riyadh in
    December") and its date, written without a year, was read as the latest such month or day
    before the reference date: a plan falls on the next one."""
    dv = e.date
    if dv is None or e.status != "planned" or e.event_type not in _SCHEDULED or doc.reference_date is None:
        return dv
    if dv.precision not in ("day", "month") or doc.reference_precision != "day" or _end_of(dv) >= doc.reference_date:
        return dv
    src = next((x for x in dates if x.date_start is not None and to_value(x) == dv), None)
    if src is None or src.kind not in ("explicit", "partial") or has_year(src.surface):
        return dv
    try:
        start = dv.start.replace(year=dv.start.year + 1)
        end = dv.end.replace(year=dv.end.year + 1) if dv.end else None
    except ValueError:  # 29 February
        return dv
    return DateValue(start, end, dv.precision)


def visit_day(e: Draft, dates: list[DateRef], doc: DocContext) -> DateValue | None:
    """``e.date``, in the year of the visit told last when its day, written without a year, falls
    within that visit's days in that year ("paid an official visit to Japan from June 22 to 25,
    2026 … was received in audience … on June 24" in a statement dated June 23: a day of the visit,
    not June 24 of the year before)."""
    dv, visit = e.date, doc.last_visit_date
    if dv is None or visit is None or visit.end is None or visit.precision != "day" or dv.precision != "day":
        return dv
    if e.event_type == "visit" or visit.start <= dv.start <= visit.end or dv.start.year == visit.start.year:
        return dv
    src = next((x for x in dates if x.date_start is not None and to_value(x) == dv), None)
    if src is None or src.kind not in ("explicit", "partial") or has_year(src.surface):
        return dv
    try:
        start = dv.start.replace(year=visit.start.year)
    except ValueError:  # 29 February
        return dv
    if not visit.start <= start <= visit.end:
        return dv
    return DateValue(start, None, dv.precision)


__all__ = ["next_year", "past_year", "status_by_date", "status_by_words", "visit_day"]
