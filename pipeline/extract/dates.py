"""Date expressions in English news text: detection, resolution and narrative carry-over.

Every date is a ``DateValue`` triple ``(start, end, precision)``: ``start`` is the first day and
``end`` the last day of the period the text names, at the precision the text supports ("May 2020"
is ``2020-05-01..2020-05-31`` with precision ``month``; a day is never invented).

Resolution works against a per-document :class:`DateContext`:

* ``reference`` / ``reference_precision`` — the document's anchor (publication date, dateline or,
  failing those, the latest explicit date of the narrative, one precision level coarser).
  Deictic expressions resolve against it: "yesterday", "on Wednesday", "last year", "this month".
* ``year`` / ``month`` — the narrative time in force.  "In January 2023 … In April" gives April
  2023; anaphoric expressions ("that year", "the same month", "a year later") resolve against it.
  :func:`parse_dates` updates it, so it must see a document's sentences in order.

Documented choices (where the brief left room):

* A bare weekday in a past/present clause is the most recent such weekday **on or before** the
  reference day (wire copy says "on Thursday" for the dateline day); in a future clause it is the
  first on or after; "last Friday" is strictly before, "next Friday" strictly after.
* When the reference is coarser than a day, a weekday is resolved against a day-precision date in
  the same sentence ("started on Saturday, which will last until January 5" → the Saturday before
  January 5); otherwise, like "today"/"yesterday", it takes the reference period at the
  reference's own precision (never a finer one).
* Weeks ("last week", "this week") are not a precision of the contract: the value is the month (or
  the two months) containing that Monday–Sunday week, with precision ``month``.
* "by the end of 2024" is the year 2024 with qualifier ``as_of`` (the stock is as of that period).
* Fiscal years are labelled by the calendar year in which they end ("FY23" = 2022-07..2023-06 for
  the default July start); the start month comes from ``lexicons/fiscal_years.csv`` when a country
  with its own fiscal year is named just before the expression.
* A future-tense month-day that would fall before the reference ("will last until January 5" in an
  article of August 2025) moves to its next occurrence after the reference.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

import polars as pl

# --------------------------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateValue:
    """A period: first day, last day and the precision the text supports."""

    start: date | None  # first day of the period at that precision
    end: date | None  # last day of the period (for a range: last day of the range end)
    precision: str  # 'day' | 'month' | 'year' | 'unknown'


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text (offsets relative to that text)."""

    start: int
    end: int
    surface: str
    value: DateValue
    kind: str  # explicit | partial | relative | weekday | range | fiscal | quarter | half
    qualifier: str | None  # None | as_of | since | until


@dataclass
class DateContext:
    """Running narrative state of one document."""

    reference: date | None
    reference_precision: str
    year: int | None = None
    month: int | None = None


UNKNOWN = DateValue(None, None, "unknown")

DATE_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "surface": pl.String,
    "date_start": pl.Date,
    "date_end": pl.Date,
    "precision": pl.String,
    "kind": pl.String,
    "qualifier": pl.String,
}

# --------------------------------------------------------------------------------------------
# English grammar: month and weekday names, number words
# --------------------------------------------------------------------------------------------

_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
MONTHS: dict[str, int] = {m.lower(): i for i, m in enumerate(_MONTH_NAMES, 1)}
MONTHS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
     "oct": 10, "nov": 11, "dec": 12}
)
WEEKDAYS: dict[str, int] = {
    d.lower(): i
    for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
}
NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
NUMBER_WORDS.update({"a": 1, "an": 1})
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}


def _alt(words) -> str:
    """Regex alternation of Title-case and UPPER-case variants, longest first."""
    forms = set()
    for w in words:
        forms.add(w)
        forms.add(w.upper())
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_MON_FULL = _alt(_MONTH_NAMES)
_MON_ABBR = _alt(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"])
# a month followed by a day or year: full name or abbreviation (with optional period)
MON = rf"(?:{_MON_FULL}|{_MON_ABBR}\.?)(?![A-Za-z])"
MON_FULL = rf"{_MON_FULL}(?![A-Za-z])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# a year 1900-2099, not part of a larger number, an amount or a percentage
YEAR = r"(?<![\d$€£¥.,])(?:19|20)\d{2}(?![\d%]|[.,]\d)"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:to|through|till|until)\s+)"
_NUM = r"(?<![\d$€£¥.,/])"

# --------------------------------------------------------------------------------------------
# Patterns (compiled once).  Each candidate pattern has a tag naming its resolver.
# --------------------------------------------------------------------------------------------



def _F(first: str, pattern: str) -> re.Pattern:
    """Compile ``pattern`` behind a lookahead on its possible first characters: Python's ``re``
    then rejects most positions at once (3-10x faster on patterns that open with an optional part)."""
    return re.compile(f"(?={first})" + pattern)


_PATTERNS: list[tuple[str, re.Pattern]] = [
    # 2025-02-05, 2025/02/05 (ISO order only)
    ("iso", _F("[12]", rf"(?<![\d/.-])(?P<y>(?:19|20)\d{{2}})(?P<s>[-/])(?P<m>0?[1-9]|1[0-2])(?P=s)"
               rf"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])")),
    # 05/02/2025, 25.12.2024: only when day and month cannot be confused
    ("numeric", _F("[0-9]", rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)"
                   rf"(?P<y>(?:19|20)\d{{2}})(?![\d/])")),
    # [Wednesday,] February 5, 2025 / Feb. 06 2025
    ("mdy", _F("[ADFJMNOSTW]", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})")),
    # [Wednesday,] 5 February 2025 / the 5th of February, 2025
    ("dmy", _F("[MTWFSt0-9]", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?{_NUM}\b(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MON}),?"
               rf"\s+(?P<y>{YEAR})")),
    # February 4-8, 2025 / from February 4 to 8
    ("r_mdd", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m>{MON})\s+(?P<d1>{DAY})"
                 rf"(?:{_DASH}|\s+and\s+)(?P<d2>{DAY})(?!\s*(?:%|percent|per\s+cent))(?:,?\s+(?P<y>{YEAR}))?")),
    # July 30 to August 1[, 2023] / July 30, 2023 - August 1, 2023
    ("r_mdmd", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m1>{MON})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
                  rf"(?:{_DASH}|\s+and\s+)(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?")),
    # 4-7 February 2025 / from 4 to 7 February
    ("r_ddm", _F("[FfBb0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_NUM}\b(?P<d1>{DAY})(?:{_DASH}|\s+and\s+)(?P<d2>{DAY})"
                 rf"\s+(?:of\s+)?(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?")),
    # 30 July to 1 August[ 2023]
    ("r_dmdm", _F("[FfBb0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_NUM}\b(?P<d1>{DAY})\s+(?P<m1>{MON})(?:,?\s+(?P<y1>{YEAR}))?"
                  rf"(?:{_DASH}|\s+and\s+){_NUM}(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y2>{YEAR}))?")),
    # March to June of 2023 / from March 2023 to June 2024 / January-October 2024
    ("r_mm", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m1>{MON_FULL})(?:,?\s+(?P<y1>{YEAR}))?"
                rf"(?:{_DASH}|\s+and\s+)(?P<m2>{MON_FULL})(?:(?:\s+of|,)?\s+(?P<y2>{YEAR}))?")),
    # from 2012 to 2020 / between 2012 and 2020
    ("r_yy", _F("[FfBb]", rf"\b(?P<pre>[Ff]rom|[Bb]etween)\s+(?:the\s+year\s+)?(?P<y1>{YEAR})"
                rf"(?:\s*[-–—]\s*|\s+(?:to|and|through|till|until)\s+)(?P<y2>{YEAR})")),
    # 2012-2020 / 2021—2030 / 2022-23 used as a period
    ("r_ydash", _F("[12]", rf"(?P<y1>{YEAR})\s*(?:[-–—]|/)\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d%]|[.,]\d|-)")),
    # FY23, FY2023, FY 2022-23, FY2022/23
    ("fy", _F("[F]", r"(?<![A-Za-z])(?:FY|F\.Y\.)\s?'?(?P<a>(?:19|20)\d{2}|\d{2})"
              r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])")),
    # fiscal year 2023 / the financial year 2022-23 / fiscal 2024
    ("fiscal_after", _F("[TtFf]", rf"\b(?:the\s+)?(?:[Ff]iscal|[Ff]inancial)(?:\s+[Yy]ear)?\s+(?:of\s+)?(?P<a>{YEAR})"
                        r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])")),
    # the 2015/2016 fiscal year / 2022-23 fiscal year / the 2023 fiscal year
    ("fiscal_before", _F("[Tt12]", rf"(?:\b[Tt]he\s+)?(?P<a>{YEAR})(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}}|\d{{2}}))?"
                         r"\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)")),
    # this / last / next / the current fiscal year
    ("fiscal_rel", _F("[tlncpTLN]", r"\b(?P<which>this|last|next|current|previous|coming|[Tt]his|[Ll]ast|[Nn]ext)"
                      r"\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)")),
    # the first quarter of 2024 / Q3 2023 / the third quarter / the second half of last year
    ("quarter", _F("[TtfstlFSL1234]", rf"\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|"
                   rf"First|Second|Third|Fourth|Final|Last)\s+(?P<unit>quarter|half)"
                   rf"(?:\s+of\s+(?:(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|(?P<rel>this|last|next|the\s+same|"
                   rf"that|the\s+current|the\s+previous|the\s+following)\s+year|the\s+year))?")),
    ("q_code", _F("[QH1-4]", rf"(?<![A-Za-z\d])(?:(?P<u>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<u2>[QH]))"
                  rf"(?:(?:\s+of\s+|\s+|-|/)?(?P<y>{YEAR})|\s*['’](?P<yy>\d{{2}}))?(?![A-Za-z\d])")),
    ("q_code_rev", _F("[12]", rf"(?P<y>{YEAR})\s*[-/]?\s*(?P<u>[QH])(?P<n>[1-4])(?![A-Za-z\d])")),
    # the first three quarters of 2024 / the first 10 months of 2024
    ("first_n", _F("[Ttf]", rf"\b(?:[Tt]he\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
                   rf"\s+(?P<unit>quarters|months)(?:\s+of\s+(?:(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|"
                   rf"(?P<rel>this|last|next|the\s+same|that|the\s+current|the\s+previous|the\s+following)\s+year|"
                   rf"the\s+year))?")),
    # January 2023 / January of 2023 / Jan. 2023
    ("my", _F("[ADFJMNOS]", rf"\b(?P<m>{MON})(?:\s+of)?,?\s+(?P<y>{YEAR})")),
    # [Wednesday,] February 5 / Feb. 5th
    ("md", _F("[ADFJMNOSTW]", rf"(?:(?P<wd>{WEEKDAY})(?:,?\s+|\s*(?P<par>\()\s*))?\b(?P<m>{MON})\s+(?P<d>{DAY})"
                              rf"(?![.,]\d)(?(par)\))")),
    # 5 February / the 5th of February
    ("dm", _F("[MTWFSt0-9]", rf"(?:(?P<wd>{WEEKDAY})(?:,?\s+|\s*(?P<par>\()\s*))?(?:the\s+)?{_NUM}\b(?P<d>{DAY})"
                             rf"(?:\s+of)?\s+(?P<m>{MON})(?(par)\))")),
    # the 1950s / early 2000's
    ("decade", _F("[12]", r"(?<![\d$€£¥.,])(?P<y>(?:19|20)\d0)(?:'|’)?s\b")),
    # bare month name (context checked in code)
    ("month", _F("[ADFJMNOS]", rf"\b(?P<m>{MON_FULL})")),
    # bare year (context checked in code)
    ("year", _F("[12]", rf"\b(?P<y>{YEAR})")),
    # last May / next March / this June
    ("rel_month", _F("[LlNnTt]", rf"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+coming|[Tt]he\s+past)\s+(?P<m>{MON_FULL})")),
    # weekdays: on Wednesday, last Friday, next Monday
    ("weekday", _F("[LlNnTtCcPpMWFS]", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?P<wd>{WEEKDAY})(?!s\b)")),
    # yesterday / today / tomorrow / tonight
    ("deictic_day", _F("[YyTt]", r"\b(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b(?!['’]s\s+(?:world|era|society|times))")),
    # last / this / next year|month|week
    ("deictic", _F("[LlTtNn]", r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month|week)\b(?!s)")),
    # that year / the same month / the following year / the previous month
    ("anaphoric", _F("[tT]", r"\b(?P<which>that|[Tt]hat|[Tt]he\s+same|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+previous|"
                     r"[Tt]he\s+preceding|[Tt]he\s+prior)\s+(?P<unit>year|month)\b(?!-|\s+(?:of|on|in)\b)")),
    ("year_before", _F("[Ttym]", r"(?<![Yy]ear\s)(?<![Mm]onth\s)\b(?:[Tt]he\s+)?(?P<unit>year|month)\s+(?P<which>before|after)\b"
                       r"(?!\s+(?:the|a|an|his|her|its|their|this|that|year|month|\d)\b)")),
    # the end of the year / later in the month: the year (month) in force, else the reference's
    ("the_period", _F("[TtEeLlBbSsMmCc]", r"\b(?:(?:[Tt]he\s+)?(?:very\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|"
                      r"[Tt]urn|[Rr]est)\s+of|[Ee]arlier\s+in|[Ll]ater\s+in)\s+the\s+(?P<unit>year|month)\b(?!s|-)")),
    # a year later / two months earlier / three years ago
    ("shift", _F("[AaOoTtFfSsEeNn0-9]", r"(?<!than\s)(?<!over\s)(?<!under\s)(?<!within\s)(?<!nearly\s)(?<!almost\s)\b(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                 r"\d{1,2})\s+(?P<unit>years?|months?|days?|weeks?)\s+(?P<dir>later|earlier|ago|before|after)\b"
                 r"(?!\s+(?:the|a|an|his|her|its|their|that|this)\b)")),
]

# Preceding words that make a bare year a date ("in 2024", "since 2015", "the year of 2015").
_YEAR_PREP = frozenset(
    "in since by of until till from to through during before after around circa for throughout "
    "within year between ended ending beginning starting".split()
)
# Prepositions that may precede a year followed by a capitalised word ("In 2013 Pakistan joined").
_YEAR_PREP_STRONG = frozenset("in since by until till during before after from through throughout".split())
_MONTH_PREP = frozenset(
    "in since by of until till to from through during before after early late mid throughout "
    "between around".split()
)
# Value-preserving modifiers directly before a date, included in its span.
_MODIFIER_RE = re.compile(
    r"(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+year\s+)?"
    r"|\b(?:year-end|end|mid|early|late)(?:\s*-\s*|\s+)"
    r"|\b(?:earlier|later|so\s+far)\s+)$",
    re.I,
)
_QUALIFIER_RES = (
    ("as_of", re.compile(r"\b(?:as\s+(?:of|at|on)|by|at)\s+(?:the\s+)?$", re.I)),
    ("since", re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)),
    ("until", re.compile(r"\b(?:until|till|til|through|up\s+to|up\s+until|no\s+later\s+than)\s+(?:the\s+)?$", re.I)),
)
_LIST_SEP_RE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[\s-]*$")
_PLURAL_NOUN_RE = re.compile(r"^\s+([a-z]{3,}s)\b")
_NOT_PLURAL = frozenset("was has is as its this his thus plus across whereas".split())
_CAP_AFTER_RE = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]{2,})")
_INITIAL_YEAR_VERB_RE = re.compile(
    r"\s+(?:marks|marked|is|was|will|saw|sees|has|had|also|witnessed)\b"
)

# Tense markers (for choosing an occurrence of a partial date or a weekday).
_FUTURE_WORDS = frozenset("will shall won't upcoming forthcoming next".split())
_FUTURE_MULTI_RE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:set|scheduled|slated|expected|due|going|poised)\s+to|"
    r"(?:is|are)\s+to\s+(?:be|visit|hold|attend|meet|sign|travel)|(?:is|are)\s+(?:scheduled|slated)|"
    r"to\s+be\s+held|plans?\s+to|planned\s+for)\b",
    re.I,
)
_PAST_WORDS = frozenset(
    "was were had did met held signed said told took went came made paid began saw gave won led sent "
    "wrote spoke left became kept brought sought fought struck".split()
)
_NOT_PAST = frozenset(
    "need feed speed seed breed indeed exceed proceed succeed hundred sacred shed naked red bed "
    "wed based related united".split()
)
_MARKER_RE = re.compile(
    r"(?=[a-zA-Z'])\b(?:[Ww]ill|[Ss]hall|won't|[Uu]pcoming|[Ff]orthcoming|[Nn]ext|[a-z]+'ll|[Ww]as|[Ww]ere|"
    r"[Hh]ad|[Dd]id|met|held|signed|said|told|took|went|came|made|paid|began|saw|gave|won|led|sent|"
    r"wrote|spoke|left|became|kept|brought|sought|fought|struck|[a-z]{3,}ed)\b"
)
_CLAUSE_BOUNDARY_RE = re.compile(r"[;:()\[\]]|,(?!\s*\d)|\s[-—–]+\s")

# --------------------------------------------------------------------------------------------
# Small date helpers
# --------------------------------------------------------------------------------------------


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def day_value(y: int, m: int, d: int) -> DateValue | None:
    """A single day, or None when the day does not exist."""
    try:
        x = date(y, m, d)
    except ValueError:
        return None
    return DateValue(x, x, "day")


def month_value(y: int, m: int) -> DateValue:
    """A calendar month."""
    return DateValue(date(y, m, 1), _last_day(y, m), "month")


def year_value(y: int) -> DateValue:
    """A calendar year."""
    return DateValue(date(y, 1, 1), date(y, 12, 31), "year")


def months_value(y1: int, m1: int, y2: int, m2: int) -> DateValue:
    """A span of whole months."""
    return DateValue(date(y1, m1, 1), _last_day(y2, m2), "month")


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _ref_period(ctx: DateContext) -> DateValue | None:
    """The reference date as a period at its precision."""
    r, p = ctx.reference, ctx.reference_precision
    if r is None or p not in ("day", "month", "year"):
        return None
    if p == "day":
        return DateValue(r, r, "day")
    if p == "month":
        return month_value(r.year, r.month)
    return year_value(r.year)


def _coarsen(v: DateValue) -> tuple[date, str]:
    """One precision level coarser (a narrative date only bounds the writing time from below)."""
    s = v.start
    assert s is not None
    if v.precision == "day":
        return date(s.year, s.month, 1), "month"
    return date(s.year, 1, 1), "year"


def _day_num(s: str) -> int:
    return int(s[:2]) if s[:2].isdigit() else int(s[0])


def _month_num(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _year_num(s: str, base: int | None = None) -> int:
    """A 4-digit year, or a 2-digit one completed from ``base`` (the first year of a pair)."""
    n = int(s)
    if len(s) == 4:
        return n
    if base is not None:
        y = base // 100 * 100 + n
        return y if y >= base else y + 100
    return 2000 + n if n < 70 else 1900 + n


# --------------------------------------------------------------------------------------------
# Tense of the clause around a mention
# --------------------------------------------------------------------------------------------


def _markers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, 'future'|'past') of every tense marker in the text."""
    out = [(m.start(), m.end(), "future") for m in _FUTURE_MULTI_RE.finditer(text)]
    for m in _MARKER_RE.finditer(text):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            out.append((m.start(), m.end(), "future"))
        elif w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            out.append((m.start(), m.end(), "past"))
    return out


def _tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None for the clause containing text[start:end] (else the nearest marker)."""
    markers = _markers(text)
    if not markers:
        return None
    lo = 0
    for m in _CLAUSE_BOUNDARY_RE.finditer(text, 0, start):
        lo = m.end()
    m = _CLAUSE_BOUNDARY_RE.search(text, end)
    hi = m.start() if m else len(text)
    inside = [k for a, b, k in markers if a >= lo and b <= hi]
    if inside:
        return "future" if "future" in inside else "past"

    def dist(t: tuple[int, int, str]) -> int:
        return start - t[1] if t[1] <= start else t[0] - end

    return min(markers, key=dist)[2]


# --------------------------------------------------------------------------------------------
# Choosing the year of a partial date
# --------------------------------------------------------------------------------------------


class _LazyTense:
    """The tense of a mention's clause, computed on first use."""

    __slots__ = ("args", "value", "done")

    def __init__(self, text: str, start: int, end: int):
        self.args = (text, start, end)
        self.done = False
        self.value: str | None = None

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = _tense(*self.args), True
        return self.value


def _choose(cands: list[DateValue], ref: DateValue, tense_fn) -> DateValue:
    """Pick the occurrence that fits the reference period and the tense."""
    assert ref.start and ref.end
    tense = tense_fn()
    if tense == "future":
        ok = [c for c in cands if c.end >= ref.start]
        if ok:
            return min(ok, key=lambda c: c.start)
    elif tense == "past":
        ok = [c for c in cands if c.start <= ref.end]
        if ok:
            return max(ok, key=lambda c: c.start)

    def dist(c: DateValue) -> tuple[int, date]:
        if c.end < ref.start:
            return (ref.start - c.end).days, c.start
        if c.start > ref.end:
            return (c.start - ref.end).days, c.start
        return 0, c.start

    return min(cands, key=dist)


def _partial(make, ctx: DateContext, tense) -> DateValue | None:
    """Resolve a date whose year the text omits; ``make(year)`` builds the candidate value."""
    ref = _ref_period(ctx)
    if ctx.year is not None:
        v = make(ctx.year)
        if v is not None and ref is not None and ref.precision != "year" and v.end < ref.start \
                and tense() == "future":
            later = [c for c in (make(ctx.year + k) for k in (1, 2)) if c and c.end >= ref.start]
            return later[0] if later else v
        return v
    if ref is None:
        return None
    if ref.precision == "year":
        return make(ref.start.year)
    cands = [c for c in (make(ref.start.year + k) for k in (-1, 0, 1)) if c is not None]
    return _choose(cands, ref, tense) if cands else None


# --------------------------------------------------------------------------------------------
# Fiscal years
# --------------------------------------------------------------------------------------------


def _lexicon_rows(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon as dicts ([] when it is missing); read_lexicon, else a plain CSV read."""
    try:
        from pipeline.lexicons import read_lexicon

        return list(read_lexicon(name).iter_rows(named=True))
    except FileNotFoundError:
        return []
    except Exception:  # fall back to the csv module (same file, same comment convention)
        import csv

        from pipeline.lexicons import lexicon_paths

        rows: list[dict[str, str]] = []
        for path in lexicon_paths(name):
            if path.is_file():
                with open(path, encoding="utf-8", newline="") as fh:
                    lines = [ln for ln in fh if not ln.startswith("#")]
                rows += [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(lines)]
        return rows


@functools.cache
def _fiscal_table() -> tuple[dict[str, int], dict[str, int], re.Pattern | None]:
    """(iso3 -> start month, country surface -> start month, regex of those surfaces)."""
    fy = _lexicon_rows("fiscal_years")
    starts = {r["iso3"]: int(r["start_month"]) for r in fy if r.get("iso3") and r.get("start_month")}
    starts.setdefault("*", 7)
    surfaces: list[tuple[str, int]] = []
    for r in _lexicon_rows("countries"):
        if r.get("iso3") in starts and r.get("kind") in ("name", "alias", "short", "demonym"):
            surfaces.append((r["surface"], starts[r["iso3"]]))
    surfaces.sort(key=lambda t: -len(t[0]))
    if not surfaces:
        return starts, {}, None
    rx = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(x) for x, _ in surfaces) + r")(?![a-z])")
    return starts, dict(surfaces), rx


def fiscal_start_month(iso3: str | None = None) -> int:
    """Month in which the fiscal year of ``iso3`` begins (the default row when unknown)."""
    starts = _fiscal_table()[0]
    return starts.get(iso3 or "*", starts.get("*", 7))


def _fiscal_start_near(text: str, start: int) -> int:
    """Start month for a fiscal expression, from a country named just before it."""
    starts, by_surface, rx = _fiscal_table()
    if rx is not None:
        found = rx.findall(text[max(0, start - 40):start])
        if found:
            return by_surface[found[-1]]  # the country named last, nearest to the expression
    return starts.get("*", 7)


def fiscal_value(end_year: int, start_month: int, first_year: int | None = None) -> DateValue:
    """Fiscal year ending in ``end_year`` (or running first_year..end_year for "2022-23")."""
    if start_month == 1:
        if first_year is not None and first_year != end_year:
            return DateValue(date(first_year, 1, 1), date(end_year, 12, 31), "year")
        return year_value(end_year)
    y1 = first_year if first_year is not None else end_year - 1
    if y1 != end_year - 1:  # "FY2020-2022": from the start of the first to the end of the last
        return months_value(y1, start_month, end_year, start_month - 1)
    return months_value(end_year - 1, start_month, end_year, start_month - 1)


# --------------------------------------------------------------------------------------------
# Candidate detection
# --------------------------------------------------------------------------------------------


@dataclass
class _Cand:
    start: int
    end: int
    tag: str
    m: re.Match
    prio: int


_PRIO = {tag: i for i, (tag, _) in enumerate(_PATTERNS)}
_GATE_MONTH = re.compile(rf"(?=[ADFJMNOS])(?:{_MON_FULL}|{_MON_ABBR})")
_GATE_DIGIT = re.compile(r"\d")
_GATE_DIGIT = re.compile(r"\d")
_GATE_YEAR4 = re.compile(r"(?:19|20)\d\d")
_GATE_WD = re.compile(rf"(?=[MTWFS]){WEEKDAY}")
_GATE_NUMERIC = re.compile(r"\d[/.]\d")
_GATE_DAYRANGE = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|through|till|until)\s*\d")
_GATE_QCODE = re.compile(r"[QH][1-4]|[1-4][QH]")
_GATE_DECADE = re.compile(r"(?:19|20)\d0['’]?s")


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
        "fiscal_after": y4 and fisc, "fiscal_before": y4 and fisc, "fiscal_rel": fisc,
        "quarter": "quarter" in low or "half" in low,
        "q_code": _GATE_QCODE.search(text) is not None,
        "q_code_rev": y4 and ("Q" in text or "H" in text),
        "first_n": "first" in low and ("months" in low or "quarters" in low),
        "md": mon, "dm": mon, "month": mon,
        "decade": y4 and _GATE_DECADE.search(text) is not None,
        "year": y4,
        "rel_month": mon and (rel or "coming" in low or "past" in low),
        "weekday": "day" in low and _GATE_WD.search(text) is not None,
        "deictic_day": "yesterday" in low or "today" in low or "tomorrow" in low or "tonight" in low,
        "deictic": (ym or "week" in low) and rel,
        "anaphoric": ym and ("that" in low or "same" in low or "following" in low or "next" in low
                             or "previous" in low or "preceding" in low or "prior" in low),
        "year_before": ym and ("before" in low or "after" in low),
        "the_period": ym and "the " in low and " of the " in low or "r in the " in low,
        "shift": (ym or "day" in low or "week" in low) and (
            "later" in low or "earlier" in low or "ago" in low or "before" in low or "after" in low),
    }


def _word_before(text: str, pos: int) -> str | None:
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else None


def _modifier_start(text: str, pos: int) -> int:
    m = _MODIFIER_RE.search(text[max(0, pos - 40):pos])
    return pos - (len(text[max(0, pos - 40):pos]) - m.start()) if m else pos


def _is_name_after(text: str, end: int) -> bool:
    """A capitalised word right after (not a month): "2022 Winter Olympics", "2030 Agenda"."""
    m = _CAP_AFTER_RE.match(text, end)
    if not m:
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", text[end:])
    return not (nxt and nxt.group(1).lower() in MONTHS)


def _accept_year(text: str, m: re.Match, accepted_years: list[tuple[int, int]]) -> bool:
    s, e = m.span()
    if text[:s].strip() == "" and _INITIAL_YEAR_VERB_RE.match(text, e):
        return True  # "2024 marks the 73rd anniversary"
    mod = _modifier_start(text, s)
    after = text[e:]
    pm = _PLURAL_NOUN_RE.match(after)
    if pm and pm.group(1) not in _NOT_PLURAL:
        return False  # "in 2000 cases": a quantity
    if mod < s:
        return True
    w = _word_before(text, s)
    if w in _YEAR_PREP:
        if _is_name_after(text, e) and w not in _YEAR_PREP_STRONG:
            return False
        return True
    # a list of years: "in 2021 and 2022", "2019, 2020 and 2021"
    for ys, ye in accepted_years:
        if ye <= s and _LIST_SEP_RE.match(text[ye:s]):
            return True
    return False


def _accept_month(text: str, m: re.Match, accepted: list[tuple[int, int]]) -> bool:
    s, e = m.span()
    if _modifier_start(text, s) < s:
        return True
    w = _word_before(text, s)
    if w in _MONTH_PREP:
        if w == "of" and re.search(r"\b(?:[Kk]ing|[Qq]ueen|[Hh]ouse|[Ss]ons?|[Dd]aughters?)\s+of\s*$", text[:s]):
            return False
        return True
    for ys, ye in accepted:
        if ye <= s and _LIST_SEP_RE.match(text[ye:s]):
            return True
    return False


def _candidates(text: str) -> list[_Cand]:
    gates = _gates(text)
    out: list[_Cand] = []
    for tag, rx in _PATTERNS:
        if not gates[tag]:
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                out.append(_Cand(m.start(), m.end(), tag, m, _PRIO[tag]))
    return out


def _select(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Longest-first non-overlapping selection; context checks for bare months and years."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.prio, c.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in occupied)

    deferred: list[_Cand] = []
    for c in cands:
        if c.tag in ("year", "month"):
            deferred.append(c)
            continue
        if not _valid_cand(text, c):
            continue
        if free(c.start, c.end):
            taken.append(c)
            occupied.append((c.start, c.end))
    # bare months / years, left to right so lists can chain
    deferred.sort(key=lambda c: c.start)
    acc_years: list[tuple[int, int]] = [(c.start, c.end) for c in taken if c.tag in ("my", "mdy", "dmy")]
    acc_months: list[tuple[int, int]] = [(c.start, c.end) for c in taken if c.tag in ("md", "dm", "my")]
    for c in deferred:
        if not free(c.start, c.end):
            continue
        ok = (_accept_year(text, c.m, acc_years) if c.tag == "year"
              else _accept_month(text, c.m, acc_months))
        if ok:
            taken.append(c)
            occupied.append((c.start, c.end))
            (acc_years if c.tag == "year" else acc_months).append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


def _valid_cand(text: str, c: _Cand) -> bool:
    """Pattern-specific sanity checks that regexes cannot express."""
    g = c.m.groupdict()
    if c.tag == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if a == 0 or b == 0:
            return False
        return (a > 12 and b <= 12) or (b > 12 and a <= 12) or (a == b and a <= 12)
    if c.tag == "r_ydash":
        y1 = int(g["y1"])
        y2 = _year_num(g["y2"], y1)
        if not (y1 < y2 <= y1 + 100):
            return False
        if len(g["y2"]) == 2 and y2 - y1 > 20:
            return False
        return not _is_name_after(text, c.end)
    if c.tag in ("r_mdd", "r_ddm"):
        if _day_num(g["d2"]) <= _day_num(g["d1"]):
            return False
        if c.tag == "r_mdd" and not g.get("pre") and re.match(r"\s+and\s+", text[c.m.end("d1"):]):
            return False
    if c.tag in ("r_mdd", "r_ddm", "r_mdmd", "r_dmdm", "r_mm", "r_yy"):
        if not g.get("pre") and re.search(r"\band\b", c.m.group()):
            return False
        if g.get("pre") and g["pre"].lower() == "from" and re.search(r"\band\b", c.m.group()):
            return False
        if g.get("pre") and g["pre"].lower() == "between" and not re.search(r"\band\b", c.m.group()):
            return False
    if c.tag == "r_mm" and not g.get("pre") and not (g.get("y1") or g.get("y2")):
        # "March to June" needs a from/a year or a dash: "March-June"
        if not re.search(r"[-–—]", c.m.group()):
            return False
    if c.tag == "r_mm" and _month_num(g["m1"]) == _month_num(g["m2"]) and not g.get("y1"):
        return False
    if c.tag == "dm":
        # "1 May" after a number-like context: "Article 5 May", "No. 3 March" are not dates
        w = _word_before(text, c.start)
        if w in ("article", "no", "number", "chapter", "section", "page", "paragraph", "rule"):
            return False
    if c.tag == "q_code" and not (g.get("y") or g.get("yy")):
        return False  # "H2", "Q4" alone are too often not periods
    if c.tag == "fy" and g.get("b"):
        a = _year_num(g["a"])
        b = _year_num(g["b"], a)
        if not a < b <= a + 5:
            return False
    if c.tag in ("fiscal_after", "fiscal_before") and g.get("b"):
        a = int(g["a"])
        b = _year_num(g["b"], a)
        if not a < b <= a + 5:
            return False
    return True


# --------------------------------------------------------------------------------------------
# Resolution of one candidate
# --------------------------------------------------------------------------------------------


def _resolve(text: str, c: _Cand, ctx: DateContext, mentions: list[DateMention]) -> tuple[DateValue, str] | None:
    g = c.m.groupdict()
    tag = c.tag
    tense = _LazyTense(text, c.start, c.end)

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
            ref = _ref_period(ctx)
            base = ctx.year if ctx.year is not None else (ref.start.year if ref else None)
            if base is not None:
                for k in (0, -1, 1, 2, -2):
                    x = day_value(base + k, mo, d)
                    if x is not None and x.start.weekday() == wd:
                        v = x
                        break
        if v is None:
            v = _partial(lambda y: day_value(y, mo, d), ctx, tense)
        return (v or UNKNOWN), "partial"
    if tag == "month":
        mo = _month_num(g["m"])
        v = _partial(lambda y: month_value(y, mo), ctx, tense)
        return (v or UNKNOWN), "partial"
    if tag == "year":
        return year_value(int(g["y"])), "explicit"
    if tag == "decade":
        y = int(g["y"])
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year"), "range"
    if tag.startswith("r_"):
        return _resolve_range(text, c, ctx, tense)
    if tag in ("fy", "fiscal_after", "fiscal_before"):
        sm = _fiscal_start_near(text, c.start)
        a = _year_num(g["a"])
        if g.get("b"):
            b = _year_num(g["b"], a)
            return fiscal_value(b, sm, a), "fiscal"
        return fiscal_value(a, sm), "fiscal"
    if tag == "fiscal_rel":
        return _resolve_fiscal_rel(text, c, ctx), "fiscal"
    if tag in ("quarter", "q_code", "q_code_rev", "first_n"):
        return _resolve_quarter(text, c, ctx)
    if tag == "rel_month":
        return _resolve_rel_month(c, ctx), "relative"
    if tag == "weekday":
        return _resolve_weekday(text, c, ctx, mentions), "weekday"
    if tag == "deictic_day":
        return _resolve_deictic_day(g["w"].lower(), ctx), "relative"
    if tag == "deictic":
        return _resolve_deictic(g["which"].lower(), g["unit"], ctx), "relative"
    if tag in ("anaphoric", "year_before"):
        which = re.sub(r"\s+", " ", g["which"].lower())
        step = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "after": 1,
                "the previous": -1, "the preceding": -1, "the prior": -1, "before": -1}[which]
        return _resolve_anaphoric(g["unit"], step, ctx), "relative"
    if tag == "shift":
        return _resolve_shift(g, ctx), "relative"
    if tag == "the_period":
        return _resolve_the_period(g["unit"], ctx), "relative"
    return None


def _resolve_range(text: str, c: _Cand, ctx: DateContext, tense) -> tuple[DateValue, str] | None:
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
        if g.get("y"):
            a, b = day_value(int(g["y"]), mo, d1), day_value(int(g["y"]), mo, d2)
        else:
            a = _partial(lambda y: day_value(y, mo, d1), ctx, tense)
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
            mk = (lambda y: day_value(y, m1, d1)) if day_prec else (lambda y: month_value(y, m1))
            a = _partial(mk, ctx, tense)
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


def _resolve_quarter(text: str, c: _Cand, ctx: DateContext) -> tuple[DateValue, str]:
    g = c.m.groupdict()
    if c.tag == "first_n":
        n = g["n"]
        n = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
        months = n * 3 if g["unit"] == "quarters" else n
        kind = "quarter" if g["unit"] == "quarters" else "range"
        y = int(g["y"]) if g.get("y") else _year_from_rel(g.get("rel"), ctx)
        if not 1 <= months <= 12 or y is None:
            return UNKNOWN, kind
        return months_value(y, 1, y, months), kind
    if c.tag == "quarter":
        o = g["ord"].lower()
        unit = g["unit"]
        has_of = c.m.group().rstrip().endswith(("year", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
        if o == "last" and not has_of and not c.m.group().lower().startswith("the"):
            return _previous_period(unit, ctx), unit  # "last quarter": the one before the reference
        n = {"final": 4 if unit == "quarter" else 2, "last": 4 if unit == "quarter" else 2}.get(o) or ORDINALS[o]
        y = int(g["y"]) if g.get("y") else _year_from_rel(g.get("rel"), ctx)
    else:
        unit = "quarter" if (g.get("u") or g.get("u2")) == "Q" else "half"
        n = int(g.get("n") or g.get("n2"))
        if g.get("y"):
            y = int(g["y"])
        elif g.get("yy"):
            y = _year_num(g["yy"])
        else:
            y = _year_from_rel(None, ctx)
    if unit == "half" and n > 2:
        return UNKNOWN, "half"
    if y is None:
        return UNKNOWN, unit
    size = 3 if unit == "quarter" else 6
    m1 = (n - 1) * size + 1
    return months_value(y, m1, y, m1 + size - 1), unit


def _previous_period(unit: str, ctx: DateContext) -> DateValue:
    """The quarter/half before the one containing the reference date."""
    ref = _ref_period(ctx)
    if ref is None or ref.precision == "year":
        return UNKNOWN
    size = 3 if unit == "quarter" else 6
    r = ref.start
    m1 = (r.month - 1) // size * size + 1
    y, m = _add_months(r.year, m1, -size)
    return months_value(y, m, *_add_months(y, m, size - 1))


def _resolve_fiscal_rel(text: str, c: _Cand, ctx: DateContext) -> DateValue:
    ref = _ref_period(ctx)
    if ref is None or ref.precision == "year":
        return UNKNOWN
    sm = _fiscal_start_near(text, c.start)
    r = ref.start
    end_year = r.year + 1 if (sm != 1 and r.month >= sm) else r.year
    which = c.m.group("which").lower()
    end_year += {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    return fiscal_value(end_year, sm)


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


def _resolve_weekday(text: str, c: _Cand, ctx: DateContext, mentions: list[DateMention]) -> DateValue:
    wd = WEEKDAYS[c.m.group("wd").lower()]
    which = (c.m.group("which") or "").lower()
    ref = _ref_period(ctx)
    if ref is not None and ref.precision == "day":
        r = ref.start
        tense = _tense(text, c.start, c.end)
        back = (r.weekday() - wd) % 7  # days back to the most recent on or before
        fwd = (wd - r.weekday()) % 7
        if which in ("last", "past"):
            d = r - timedelta(days=back or 7)
        elif which == "next":
            d = r + timedelta(days=fwd or 7)
        elif which in ("this", "coming") or tense == "future":
            d = r + timedelta(days=fwd)
        else:
            d = r - timedelta(days=back)
        return DateValue(d, d, "day")
    # anchor on a day-precision date of the same sentence
    anchors = [mm for mm in mentions if mm.value.precision == "day" and mm.kind != "weekday"]
    for a in sorted(anchors, key=lambda a: abs(a.start - c.start)):
        if a.start > c.start:  # weekday before the anchor in the text: on or before its start
            base = a.value.start
            d = base - timedelta(days=(base.weekday() - wd) % 7)
        else:
            base = a.value.end
            d = base + timedelta(days=(wd - base.weekday()) % 7)
        return DateValue(d, d, "day")
    return ref if ref is not None else UNKNOWN


def _resolve_deictic_day(w: str, ctx: DateContext) -> DateValue:
    ref = _ref_period(ctx)
    if ref is None:
        return UNKNOWN
    if ref.precision != "day":
        return ref
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
    d = ref.start + timedelta(days=shift)
    return DateValue(d, d, "day")


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
    if ctx.year is None:
        return UNKNOWN
    if unit == "year":
        return year_value(ctx.year + step)
    if ctx.month is None:
        return UNKNOWN
    y, m = _add_months(ctx.year, ctx.month, step)
    return month_value(y, m)


def _resolve_the_period(unit: str, ctx: DateContext) -> DateValue:
    """"the end of the year": the narrative year (month) if any, else the reference's."""
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
            return DateValue(d, d, "day") if unit == "day" else _week_value(d - timedelta(days=d.weekday()))
        return UNKNOWN
    sign = 1 if direction in ("later", "after") else -1
    if ctx.year is None:
        return UNKNOWN
    if unit == "year":
        return year_value(ctx.year + sign * n)
    if unit == "month" and ctx.month is not None:
        y, m = _add_months(ctx.year, ctx.month, sign * n)
        return month_value(y, m)
    return UNKNOWN


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


_AT_END_RE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)
_END_SPAN_RE = re.compile(r"(?:the\s+)?(?:end|close)\b|year-end", re.I)
_END_OF_RE = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\b|year-end|end\s*-", re.I)


def _qualifier(text: str, start: int, span_text: str) -> str | None:
    before = text[max(0, start - 30):start]
    for label, rx in _QUALIFIER_RES:
        if rx.search(before):
            if label == "as_of" and _AT_END_RE.search(before) and not _END_SPAN_RE.match(span_text):
                return None  # "at 2024 levels", "at the 2022 summit"
            return label
    if _END_OF_RE.match(span_text):
        return "as_of"
    return None


def _update_ctx(ctx: DateContext, v: DateValue) -> None:
    """The narrative time moves to a resolved mention (single-year/month periods only)."""
    if v.start is None or v.end is None or v.precision == "unknown":
        return
    if v.start.year != v.end.year:
        return
    ctx.year = v.start.year
    if v.precision in ("day", "month") and v.start.month == v.end.month:
        ctx.month = v.start.month
    elif v.precision == "year":
        ctx.month = None


@functools.lru_cache(maxsize=16384)
def _chosen(text: str) -> tuple[_Cand, ...]:
    """The date expressions of a sentence before resolution (depends on the text only, so
    repeated captions and boilerplate lines are detected once)."""
    return tuple(_select(text, _candidates(text)))


def parse_dates(text: str, ctx: DateContext) -> list[DateMention]:
    """All date expressions in one sentence, resolved against ctx; updates ctx (carry-over)."""
    if not text:
        return []
    chosen = _chosen(text)
    day_ref = ctx.reference is not None and ctx.reference_precision == "day"
    out: list[DateMention | None] = []
    deferred: list[int] = []
    for c in chosen:
        if c.tag == "weekday" and not day_ref:
            deferred.append(len(out))  # resolved once the sentence's other dates are known
            out.append(None)
            continue
        out.append(_make_mention(text, c, ctx, []))
    for i in deferred:
        others = [x for x in out if x is not None]
        out[i] = _make_mention(text, chosen[i], ctx, others, update=False)
    return [m for m in out if m is not None]


def _make_mention(text: str, c: _Cand, ctx: DateContext, prior: list[DateMention],
                  update: bool = True) -> DateMention | None:
    r = _resolve(text, c, ctx, prior)
    if r is None:
        return None
    v, kind = r
    start = c.start if c.tag == "weekday" else _modifier_start(text, c.start)
    surface = text[start:c.end]
    q = _qualifier(text, start, surface)
    if update:
        _update_ctx(ctx, v)
    return DateMention(start, c.end, surface, v, kind, q)


# --------------------------------------------------------------------------------------------
# Datelines and reference dates
# --------------------------------------------------------------------------------------------

_DL_WORD = r"[A-Z][A-Za-z.'’\-]*"
_DL_PLACE = rf"{_DL_WORD}(?:\s+{_DL_WORD}){{0,3}}"
_DL_DATE = (
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<m>{MON})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
    rf"|(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y2>{YEAR}))?)"
)
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?:{_DL_PLACE})(?:\s*,\s*{_DL_PLACE}){{0,2}}\s*[,:]?\s+{_DL_DATE}"
    rf"\s*(?:/[^/\n]{{1,40}}/|\([^()\n]{{1,40}}\)|[—–:]|--|-\s)",
    re.M,
)
_LABEL_RE = re.compile(
    r"\b(?P<label>Published|Posted|Updated|Last\s+updated|Released|Date|Publication\s+date|First\s+published|"
    r"PUBLISHED|UPDATED)\b\s*(?:on|at)?\s*:?\s*(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d+)?)?"
    r"\s*,?\s*)?",
)
_ANY_DATE_RES = (
    re.compile(rf"(?P<y>(?:19|20)\d{{2}})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"),
    re.compile(rf"(?:{WEEKDAY},?\s+)?(?P<d>{DAY})\s+(?P<m>{MON}),?\s+(?P<y>{YEAR})"),
)
_URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])?/")
_COPYRIGHT_RE = re.compile(r"(?:©|\(c\)|[Cc]opyright)\s*(?P<y>(?:19|20)\d{2})(?!\d)")


def _head(text: str) -> str:
    head = text[:600]
    nl = text.find("\n", 600)
    if 0 <= nl < 800:
        head = text[:nl]
    return head


def _to_date(y: str | int, m: str | int, d: str | int) -> date | None:
    try:
        mo = m if isinstance(m, int) else (int(m) if str(m).isdigit() else _month_num(m))
        return date(int(y), mo, _day_num(str(d)))
    except (ValueError, KeyError):
        return None


def find_dateline(text: str) -> date | None:
    """A dateline near the top of an article ("BEIJING, Nov. 3, 2022 /PRNewswire/ —",
    "Published: 2024-05-01", "Updated 12:30 GMT, 3 June 2023"); None when there is none.

    A dateline without a year ("ISLAMABAD, March 4 (APP):") is completed only from a date in a URL
    printed in the header (same month) or a copyright year; otherwise None.
    """
    if not text:
        return None
    head = _head(text)
    # labelled dates: Published beats Updated
    found: list[tuple[int, date]] = []
    for lm in _LABEL_RE.finditer(head):
        rest = head[lm.end():lm.end() + 60]
        for rx in _ANY_DATE_RES:
            dm = rx.match(rest)
            if dm:
                d = _to_date(dm.group("y"), dm.group("m"), dm.group("d"))
                if d:
                    rank = 1 if lm.group("label").lower().startswith(("updated", "last")) else 0
                    found.append((rank, d))
                break
    if found:
        return min(found, key=lambda t: t[0])[1]
    for m in _DATELINE_RE.finditer(head):
        g = m.groupdict()
        mon, day, yr = (g["m"], g["d"], g["y"]) if g["m"] else (g["m2"], g["d2"], g["y2"])
        if yr:
            d = _to_date(yr, mon, day)
            if d:
                return d
            continue
        mo = _month_num(mon)
        um = _URL_DATE_RE.search(head)
        if um and int(um.group("m")) == mo:
            d = _to_date(um.group("y"), mo, day)
            if d:
                return d
        cm = _COPYRIGHT_RE.search(head)
        if cm:
            return _to_date(cm.group("y"), mo, day)
        return None
    return None


_SENT_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n+")


def reference_date(text: str, published: date | None) -> tuple[date | None, str]:
    """The anchor for relative dates.

    The published (sidecar) date, else a dateline (both precision 'day'); else the latest explicit
    date of the narrative **one precision level coarser** (an article is written after the latest
    date it reports, usually in the same month or year: "Feb 6, 2025" gives 2025-02 'month',
    "February 2025" gives 2025 'year', "2025" gives 2025 'year'); dates in future-tense clauses and
    deadlines ("until 2030") are ignored.  (None, 'unknown') when nothing.
    """
    if published is not None:
        return published, "day"
    d = find_dateline(text or "")
    if d is not None:
        return d, "day"
    best: DateValue | None = None
    rank = {"year": 0, "month": 1, "day": 2}
    for sent in _SENT_SPLIT_RE.split(text or ""):
        if not sent or not _may_have_dates(sent):
            continue
        ctx = DateContext(None, "unknown")
        for m in parse_dates(sent, ctx):
            v = m.value
            if m.kind != "explicit" or v.start is None or m.qualifier == "until":
                continue
            if _tense(sent, m.start, m.end) == "future":
                continue
            if best is None or (v.start, rank[v.precision]) > (best.start, rank[best.precision]):
                best = v
    if best is None:
        return None, "unknown"
    return _coarsen(best)


# --------------------------------------------------------------------------------------------
# Vectorised entry point
# --------------------------------------------------------------------------------------------

# Sentences worth parsing: a digit, a month or weekday name, or a relative time word.
_PREFILTER_NAMES = [f for w in list(_MONTH_NAMES) + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                                     "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday", "Sunday"]
                    for f in (w, w.upper())]
_PREFILTER_WORDS = "yesterday today tomorrow tonight year month week quarter half fiscal financial".split()


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


def extract_dates(sentences: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per date mention (document offsets), walking each document's sentences in order
    with one DateContext.  Boilerplate sentences are parsed but never move the narrative time."""
    if sentences.height == 0:
        return pl.DataFrame(schema=DATE_MENTIONS)
    refs = documents.select(
        pl.col("doc_id"),
        pl.col("reference_date").cast(pl.Date) if "reference_date" in documents.columns
        else pl.lit(None, dtype=pl.Date).alias("reference_date"),
        pl.col("reference_precision").cast(pl.String) if "reference_precision" in documents.columns
        else pl.lit("unknown").alias("reference_precision"),
    ).unique("doc_id", keep="first")
    cols = ["doc_id", "sentence_id", "char_start", "text"]
    has_bp = "is_boilerplate" in sentences.columns
    cand = (
        sentences.select(cols + (["is_boilerplate"] if has_bp else []))
        .filter(_prefilter(pl.col("text")))
        .join(refs, on="doc_id", how="left")
        .sort("doc_id", "sentence_id")
    )
    rec: dict[str, list] = {k: [] for k in DATE_MENTIONS}
    cur_doc = None
    ctx = DateContext(None, "unknown")
    for row in cand.iter_rows(named=True):
        if row["doc_id"] != cur_doc:
            cur_doc = row["doc_id"]
            ctx = DateContext(row["reference_date"], row["reference_precision"] or "unknown")
            if ctx.reference is None:
                ctx.reference_precision = "unknown"
        use = dataclasses.replace(ctx) if (has_bp and row["is_boilerplate"]) else ctx
        base = row["char_start"]
        for m in parse_dates(row["text"], use):
            rec["doc_id"].append(cur_doc)
            rec["sentence_id"].append(row["sentence_id"])
            rec["char_start"].append(base + m.start)
            rec["char_end"].append(base + m.end)
            rec["surface"].append(m.surface)
            rec["date_start"].append(m.value.start)
            rec["date_end"].append(m.value.end)
            rec["precision"].append(m.value.precision)
            rec["kind"].append(m.kind)
            rec["qualifier"].append(m.qualifier)
    return pl.DataFrame(rec, schema=DATE_MENTIONS)
