"""Cheap tests of a sentence before any pattern runs: which sentences may hold a date at all
(:func:`_prefilter`, vectorised; :func:`_may_have_dates`) and which patterns can match in one
(:func:`_gates`)."""

from __future__ import annotations

import re

import polars as pl

from pipeline.extract.dates_grammar import MONTH_NAMES as _MONTH_NAMES
from pipeline.extract.dates_grammar import MON_ABBR_ALT as _MON_ABBR
from pipeline.extract.dates_grammar import MON_FULL_ALT as _MON_FULL
from pipeline.extract.dates_grammar import SEASONS, WEEKDAY


_GATE_MONTH = re.compile(rf"(?=[ADFJMNOS])(?:{_MON_FULL}|{_MON_ABBR})")
_GATE_DIGIT = re.compile(r"\d")


_GATE_YEAR4 = re.compile(r"(?:19|20)\d\d")
_GATE_WD = re.compile(rf"(?=[MTWFS]){WEEKDAY}")
_GATE_NUMERIC = re.compile(r"\d[/.]\d")
_GATE_DAYRANGE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|through|till|until)\s*(?:the\s+)?\d")
_GATE_QCODE = re.compile(r"[QH][1-4]|[1-4][QH]")
_GATE_DECADE = re.compile(r"(?:19|20)\d0['’]?s")
_GATE_DOM = re.compile(r"[Oo]n\s+the\s+\d")
_GATE_HEADING_MAX = 24  # a month heading is short: "SEPTEMBER 2025:"
_GATE_INST = re.compile(r"\d(?:st|nd|rd|th)\s+(?:of\s+)?(?:inst|ult|prox)")


def mon_any(low: str) -> bool:
    """Does a lower-cased short text start with a month name (a month heading may)?"""
    return low.lstrip()[:3] in _MONTH_PREFIXES


_MONTH_PREFIXES = frozenset(m[:3].lower() for m in _MONTH_NAMES)


def _has_season(low: str) -> bool:
    return any(w in low for w in SEASONS)


def _gates(text: str) -> dict[str, bool]:
    """Which patterns can match at all: cheap substring tests on the sentence."""
    low = text.lower()
    y4 = _GATE_YEAR4.search(text) is not None
    mon = _GATE_MONTH.search(text) is not None
    fisc = "fiscal" in low or "financial" in low
    year, month = "year" in low, "month" in low
    ym = year or month
    dash = "-" in text or "–" in text or "—" in text
    nmon = len(_GATE_MONTH.findall(text)) if mon else 0
    drange = nmon > 0 and _GATE_DAYRANGE.search(text) is not None
    mrange = nmon > 1
    rel = "last" in low or "this" in low or "next" in low
    return {
        "iso": y4 and (dash or "/" in text),
        "numeric": y4 and _GATE_NUMERIC.search(text) is not None,
        "mdy": y4 and mon, "dmy": y4 and mon, "my": y4 and mon,
        "r_mdd": drange, "r_ddm": drange, "r_mdmd": mrange, "r_dmdm": mrange, "r_mm": mrange,
        "r_yy": y4 and ("from" in low or "between" in low),
        "r_ydash": y4 and (dash or "/" in text),
        "fy": "FY" in text or "F.Y." in text,
        "season": y4 and "(" in text and ("year" in low or "season" in low),
        "fiscal_after": y4 and fisc, "fiscal_before": y4 and fisc, "fiscal_rel": fisc,
        "fiscal_end": y4 and mon and (year or "months" in low) and (
            "ended" in low or "ending" in low or "to" in low),
        "rel_my": mon and year and (rel or "that" in low or "same" in low or "following" in low
                                    or "previous" in low),
        "same_period": "same" in low and (year or y4),
        "quarter": "quarter" in low or "half" in low,
        "q_code": _GATE_QCODE.search(text) is not None,
        "q_code_rev": y4 and ("Q" in text or "H" in text),
        "part_anaphor": "quarter" in low or "half" in low,
        "first_n": "first" in low and ("months" in low or "quarters" in low),
        "months_to": mon and "months" in low,
        "md": mon, "dm": mon, "month": mon,
        "inst": _GATE_INST.search(text) is not None,
        "dom": _GATE_DOM.search(text) is not None,
        "month_heading": len(text) <= _GATE_HEADING_MAX and mon_any(low),
        "decade": y4 and _GATE_DECADE.search(text) is not None,
        "year": y4,
        "rel_month": mon and (rel or "coming" in low or "past" in low),
        "weekday": "day" in low and _GATE_WD.search(text) is not None,
        "deictic_day": "yesterday" in low or "today" in low or "tomorrow" in low or "tonight" in low
        or "this" in low and ("morning" in low or "afternoon" in low or "evening" in low),
        "deictic": (ym or "week" in low) and rel,
        "weekend": "weekend" in low,
        "season_name": _has_season(low),
        "anaphoric": (ym or "day" in low) and ("that" in low or "same" in low or "following" in low or "next" in low
                             or "previous" in low or "preceding" in low or "prior" in low),
        "year_before": (ym or "day" in low) and ("before" in low or "after" in low),
        "the_period": ym and "the " in low and " of the " in low or "r in the " in low,
        "shift": (ym or "day" in low or "week" in low) and (
            "later" in low or "earlier" in low or "ago" in low or "before" in low or "after" in low),
    }


# Sentences worth parsing: a digit, a month or weekday name, or a relative time word.
_PREFILTER_NAMES = [f for w in list(_MONTH_NAMES) + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                                     "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday", "Sunday"]
                    for f in (w, w.upper())]
_PREFILTER_WORDS = "yesterday today tomorrow tonight morning afternoon evening year month week quarter half fiscal financial".split() + list(SEASONS) + [
    "same day", "that day", "following day", "next day", "previous day", "preceding day", "prior day",
    "the day before", "the day after",
    "in the day"]


def _prefilter(text: pl.Expr) -> pl.Expr:
    """Vectorised candidate test (Aho-Corasick; a superset of what parse_dates can find)."""
    return (
        text.str.contains(r"\d")
        | text.str.contains_any(_PREFILTER_NAMES)
        | text.str.contains_any(_PREFILTER_WORDS, ascii_case_insensitive=True)
    )


def _may_have_dates(text: str) -> bool:
    low = text.lower()
    return bool(_GATE_DIGIT.search(text)) or _GATE_MONTH.search(text) is not None \
        or _GATE_WD.search(text) is not None or any(w in low for w in _PREFILTER_WORDS)
