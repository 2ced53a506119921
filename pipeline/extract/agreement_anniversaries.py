"""An instrument told through the time elapsed since its signing: the object of an anniversary
("this month marks the fifth anniversary of the signing of the cooperation agreement", "on the
30th anniversary of the border treaty"), of a count of years since ("Friday marks 50 years since
the signing of the Treaty of Friendship"), or signed "30 years ago this month".

The date the sentence gives ("this month", "on Monday", the narrative's day) is the anniversary's,
not the signing's: the instrument was signed that many years before it.  An ordinal anniversary
or a count of years moves the date back by its number of years at the precision the text gives (a
month stays a month, a day a day); an anniversary without a number ("marked the anniversary of the
pact") tells no year of the signing, so the date goes.  A date written after the instrument ("the
10th anniversary of the treaty signed on 5 May 2016") is the signing's own and stays.  A date right
after "N years ago" ("signed 30 years ago this month") is that many years before it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.agreement_lexicon import _lex
from pipeline.extract.event_numbers import CARDINAL_RX, ORDINAL_TRIE_RX, parse_cardinal, parse_ordinal

__all__ = ["Anniversary", "anniversary_before", "years_ago_before", "years_before"]

# "<ordinal> anniversary of" / "<cardinal> years since", then "[the] [signing|conclusion|adoption of
# [the]] <up to six words>" right before the instrument (no punctuation in between: the instrument
# is the anniversary's object)
_ANNIVERSARY_RE = re.compile(
    rf"(?i)\b(?:(?:({ORDINAL_TRIE_RX})\s+)?anniversary\s+of|({CARDINAL_RX})\s+years\s+since)\s+(?:the\s+)?"
    r"(?:(?:signing|conclusion|adoption|entry\s+into\s+force)\s+of\s+(?:the\s+|this\s+|their\s+)?)?"
    r"(?:[\w'’-]+\s+){0,6}$"
)
# the instrument's own signing named by the anniversary ("anniversary of the signing of")
_OF_SIGNING_RE = re.compile(r"(?i)(?:anniversary\s+of|years\s+since)\s+(?:the\s+)?"
                            r"(?:signing|conclusion|adoption|entry\s+into\s+force)\s+of\b")
# "30 years ago" right before a date ("signed 30 years ago this month")
_AGO_BEFORE_RE = re.compile(rf"(?i)\b({CARDINAL_RX})\s+years\s+ago\s+(?:(?:in|on|this|last)\s+)?$")


@dataclass(frozen=True)
class Anniversary:
    start: int  # where the anniversary phrase begins (its ordinal or count, else "anniversary")
    years: int | None  # the ordinal or count ("fifth" -> 5); None for a bare "anniversary"


def anniversary_before(text: str, start: int) -> Anniversary | None:
    """The anniversary whose object is the instrument beginning at ``start`` (see the module
    docstring), else None."""
    lo = max(0, start - 140)
    at = text.find("anniversary", lo, start)
    if at < 0:
        at = text.find("years since", lo, start)
        if at < 0:
            return None  # (cheap gate: no anniversary word just before the instrument)
    m = _ANNIVERSARY_RE.search(text, max(0, at - 30), start)
    if m is None:
        return None
    if _lex().cue_re.search(text, at, start) is not None and _OF_SIGNING_RE.search(text, m.start(), start) is None:
        return None  # "marking the 30th anniversary of ties China and Peru signed a treaty": the verb's object
    if m.group(1):
        years = parse_ordinal(m.group(1))
    elif m.group(2):
        years = parse_cardinal(m.group(2))
    else:
        years = None
    return Anniversary(m.start(), years if years else None)


def years_ago_before(text: str, start: int) -> int | None:
    """The number of years of an "N years ago" right before the date beginning at ``start``, else None."""
    at = text.find("ago", max(0, start - 12), start)
    if at < 0:
        return None
    m = _AGO_BEFORE_RE.search(text, max(0, start - 40), start)
    years = parse_cardinal(m.group(1)) if m else None
    return years if years else None


def years_before(d: dt.date, precision: str, years: int) -> tuple[dt.date, str]:
    """The date ``years`` years before ``d`` at the same ``precision`` ("year", "month", "day"); a
    29 February that the earlier year lacks keeps only its month."""
    if precision == "year":
        return dt.date(d.year - years, 1, 1), "year"
    if precision == "month":
        return dt.date(d.year - years, d.month, 1), "month"
    try:
        return d.replace(year=d.year - years), precision
    except ValueError:
        return dt.date(d.year - years, d.month, 1), "month"
