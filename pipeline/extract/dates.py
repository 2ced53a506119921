"""Date expressions in English news text: detection, resolution and narrative carry-over.

Every date is a ``DateValue`` triple ``(start, end, precision)``: ``start`` is the first day and
``end`` the last day of the period the text names, at the precision the text supports ("May 2020"
is ``2020-05-01..2020-05-31`` with precision ``month``; a day is never invented).

Resolution works against a per-document :class:`DateContext`:

* ``reference`` / ``reference_precision`` — the document's anchor (publication date, dateline or,
  failing those, the latest date the text reports as past, one precision level coarser: see
  :func:`reference_date`).  Deictic expressions resolve against it: "yesterday", "on Wednesday",
  "last year", "this month", "November last year".
* ``frame_year`` — the narrative time set by a *fronted* temporal adverbial ("In January 2023,
  …", "On 5 March 2022 …", "Last year, …").  A date without a year ("In April", "on July 9") is
  placed in the frame within the frame's paragraph, and anywhere when it is itself fronted (a
  chronicle: "In June, … In November, …").  Years in background clauses ("the pact, which they
  signed in 2017"), targets ("$15 billion by 2030"), headlines and captions never set the frame;
  since/until/by-dates never do; a deictic expression outside a fronted adverbial ("… on
  Thursday", "… last year") ends it.  Outside a frame, a date without a year in an article with
  a publication day or month is the occurrence closest to it that fits the clause's tense.
* ``year`` / ``month`` — the last dated mention: anaphora ("that year", "the same month", "a
  year later") resolve against it, and a date without a year does when the reference is only a
  year.  ``period`` — the last resolved period: "a year earlier" and "the same period last year"
  after a quarter, a half or a fiscal year shift that whole period.
  :func:`parse_dates` updates the context, so it must see a document's sentences in order.

Documented choices (where the brief left room):

* A bare weekday in a past/present clause is the most recent such weekday **on or before** the
  reference day (wire copy says "on Thursday" for the dateline day); in a future clause it is the
  first on or after; "last Friday" is strictly before, "next Friday" strictly after.
* When the reference is coarser than a day, a weekday is resolved against a day-precision date in
  the same sentence ("started on Saturday, which will last until January 5" → the Saturday before
  January 5); otherwise, like "today"/"yesterday", it takes the reference period at the
  reference's own precision (never a finer one).
* A reference coarser than a day is a lower bound of the time of writing: a past-tense date may
  fall up to a month after it.
* Weeks ("last week", "this week") are not a precision of the contract: the value is the month (or
  the two months) containing that Monday–Sunday week, with precision ``month``.
* "by the end of 2024" is the year 2024 with qualifier ``as_of`` (the stock is as of that period).
* Fiscal years ("FY23", "fiscal year 2023-24", "the fiscal year that ended in June 2024", "the
  first half of FY2024-25") have precision ``month``; a one-year label names the year in which
  the fiscal year ends, except where the lexicon says otherwise (Japan); whose fiscal year it is
  is decided by :mod:`pipeline.extract.dates_fiscal`, unless the text states the months itself
  ("(July-June)", ", which ended in mid-July").
* "N months after" followed by a noun phrase is a preposition ("three months after the premier
  met …"), not a date; "two years after," is.
* A future-tense month-day that would fall before the reference ("will last until January 5" in an
  article of August 2025) moves to its next occurrence after the reference.
* A dateline's own date ("DHAKA, March 12 (Reuters) -") is the occurrence nearest the reference,
  whatever the tense of its sentence.
* "over the weekend" / "last weekend" (past) is the last Saturday-Sunday that began on or before
  the reference day; "this/next/the coming weekend" or a future clause the first that ends on or
  after it: a two-day period at precision ``day`` (with a coarser reference, the reference).
* "on the same day", "the following day", "the previous day", "two days later", "a day earlier"
  count from the last single day the narrative named (else unknown); "a week later" gives the
  month of that week.
* In a clause with verbs of both tenses ("began on Monday ... and will run until 13 June") the
  verb nearest before the date (else after it) sets its tense; a participle after "be" ("will be
  held") takes the tense of its auxiliary.  Plans reported in the past look ahead: "is expected
  in Maputo on Thursday", "would be held in January", "looked forward to convening ... on June
  9-10", "agreed to meet again in February", "invited her to visit ... in March".
* "on Wednesday last week", "Thursday of next week": that weekday of the Monday-Sunday week named.
* A sentence that carries the story on ("X then visited Dhaka in July", "talks later resumed in
  May") keeps a yearless date in the narrative frame, even in a new paragraph.
* A target after the time of writing ("500 MW by 2030", "until July 2029") does not become the
  year in force for a later "the second quarter"; a deadline outside a frame ("before the end of
  the year") counts from the time of writing.
* A split season with stated months ("the 2024/25 marketing year (December-November)") and "the
  nine months to September [2025]" are month ranges; "the day before yesterday" is two days back;
  "earlier/later in the day" is the last single day named (else the reference day); "on 16 and
  17 June" (two consecutive days) is one two-day period.
* "from 19 to 21 January this year" takes the year named relatively; "the first nine months of
  the current fiscal year (July-March)" counts from the fiscal year's first month (the stated
  months win over the fiscal lexicon); "the previous fiscal year" right after a fiscal year is
  the one before it; a bare "the second half"/"the third quarter" is of the latest year a half
  or quarter was named with ("the first half of 2026"), not of a year named in passing.
* Reported plans ("said the king would be received ... on Aug 12", "agreed to prepare ... in
  June") are future; a parenthesised acronym ("(EPA)") does not cut the clause.
* Background never moves the narrative: a pluperfect sentence ("The fifth cabinet had been held
  in Lima in 2019.") sets no topic year, a date at the end of a "since" phrase ("since the
  establishment of diplomatic relations on 1 August 1955") is not "the same day" of the next
  paragraph; after a year or month in passing, "the same day" is the last day of the news time
  (within a year of the reference).  A year followed by ", when" ("a weak 2025, when ...") is a
  date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

import polars as pl

from pipeline.extract.dates_dateline import find_dateline
from pipeline.extract.dates_fiscal import fiscal_rule_for, fiscal_start_month  # noqa: F401 (API)
from pipeline.extract.dates_grammar import (
    DAY,
    MON,
    MON_FULL,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)
from pipeline.extract.dates_grammar import DASH as _DASH
from pipeline.extract.dates_grammar import MON_ABBR_ALT as _MON_ABBR
from pipeline.extract.dates_grammar import MON_FULL_ALT as _MON_FULL
from pipeline.extract.dates_grammar import NUM as _NUM
from pipeline.extract.dates_grammar import day_num as _day_num
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_grammar import year_num as _year_num
from pipeline.extract.dates_values import (
    UNKNOWN,
    DateValue,
    day_value,
    fiscal_value,
    month_value,
    months_value,
    n_months,
    shift_years,
    year_value,
)
from pipeline.extract.dates_values import add_months as _add_months

_MONTH_NAMES = MONTH_NAMES

# --------------------------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------------------------


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
    """Running narrative state of one document.

    ``year``/``month``: the time of the last dated mention (anaphora: "that year", "a year later").
    ``frame_year``: the narrative year set by a fronted temporal adverbial ("In January 2023,
    ..."): a date without a year is placed in it, in the frame's own paragraph or when fronted
    itself ("In June, ..." continues a chronicle); ``frame_fresh``: the frame was set in the
    current paragraph.  ``period``: the last resolved
    period ("$15.65 billion a year earlier" after "in FY2023-24").  ``doc_text``: the document, for
    its main country (fiscal years).  ``split_year``: the latest year of a calendar half or quarter
    named with its year ("the first half of 2026"): a bare "the second half" later is of that year
    (an earlier one named for comparison, "as in the first quarter of 2024", does not count)."""

    reference: date | None
    reference_precision: str
    year: int | None = None
    month: int | None = None
    frame_year: int | None = None
    frame_fresh: bool = False
    period: DateValue | None = None
    doc_text: str | None = None
    split_year: int | None = None  # latest year of a calendar half or quarter named with a year
    recent_day: date | None = None  # the last single day named within a year of the reference

    def paragraph_break(self) -> None:
        """A new paragraph begins: the frame now only reaches fronted adverbials."""
        self.frame_fresh = False

    def detached(self) -> "DateContext":
        """A copy for a sentence outside the narrative (a caption, page furniture): it knows the
        reference, the last dated mention and the document, not the narrative frame."""
        return DateContext(self.reference, self.reference_precision, self.year, self.month,
                           doc_text=self.doc_text)


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
# Patterns (compiled once).  Each candidate pattern has a tag naming its resolver.
# --------------------------------------------------------------------------------------------



def _F(first: str, pattern: str) -> re.Pattern:
    """Compile ``pattern`` behind a lookahead on its possible first characters: Python's ``re``
    then rejects most positions at once (3-10x faster on patterns that open with an optional part)."""
    return re.compile(f"(?={first})" + pattern)


# After a fiscal label: its months in brackets "(July-June)", or a relative clause naming when it
# ended or began ", which ended in mid-July".
_FY_SUFFIX = (
    rf"(?:\s*\(\s*(?P<pm1>{MON})\s*[-–—/]\s*(?P<pm2>{MON})\s*\)"
    rf"|,?\s+(?:which|that)\s+(?:(?P<endv>ended|ends|ending|end)|began|begins|begin|started|starts|start)\s+"
    rf"(?:on\s+|in\s+|from\s+)?(?P<mid>mid-?\s?)?(?P<em>{MON_FULL})(?:\s+(?P<ed>{DAY}))?(?:,?\s+{YEAR})?)?"
)
# A fiscal year inside a longer expression ("the first half of FY2024-25").
_FY_CODE = r"(?P<fy>(?:FY|F\.Y\.)\s?'?(?:19|20)?\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?(?![\d%]))"
_FY_LABEL = (
    r"(?P<fy>(?:FY|F\.Y\.)\s?'?(?:19|20)?\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?(?![\d%])"
    rf"|(?:the\s+)?(?:(?:current|this|last|next|previous|coming)\s+)?(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear"
    rf"(?:\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?(?![\d%]))?"
    rf"|(?:[Ff]iscal|[Ff]inancial)\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?(?![\d%])"
    rf"|the\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear)"
)

# "19 to 21 January this year": a range of days whose year the text names relatively
_REL_YEAR = r"|,?\s+(?P<ry>this|last|next)\s+year\b(?![-’']|s\b)"

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
                 rf"(?:{_DASH}|\s+and\s+)(?P<d2>{DAY})(?!\s*(?:%|percent|per\s+cent))(?:,?\s+(?P<y>{YEAR}){_REL_YEAR})?")),
    # July 30 to August 1[, 2023] / July 30, 2023 - August 1, 2023
    ("r_mdmd", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m1>{MON})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
                  rf"(?:{_DASH}|\s+and\s+)(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?")),
    # 4-7 February 2025 / from 4 to 7 February
    ("r_ddm", _F("[FfBb0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_NUM}\b(?P<d1>{DAY})(?:{_DASH}|\s+and\s+)(?P<d2>{DAY})"
                 rf"\s+(?:of\s+)?(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}){_REL_YEAR})?")),
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
    # the 2024/25 marketing year (December-November), the 2023-24 crop season (July-June): a
    # split year whose months the text states
    ("season", _F("[Tt12]", rf"(?:\b[Tt]he\s+)?(?P<a>{YEAR})\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}}|\d{{2}})\s+"
                  r"(?:(?:marketing|crop|harvest|sugar|cotton|academic|school|trading)\s+(?:year|season)s?|season)"
                  rf"\s*\(\s*(?P<pm1>{MON_FULL})\s*[-–—/]\s*(?P<pm2>{MON_FULL})\s*\)")),
    # FY23, FY2023, FY 2022-23, FY2022/23 [(July-June)]
    ("fy", _F("[F]", r"(?<![A-Za-z])(?:FY|F\.Y\.)\s?'?(?P<a>(?:19|20)\d{2}|\d{2})"
              r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])" + _FY_SUFFIX)),
    # fiscal year 2023 / the financial year 2022-23 / fiscal 2024 [, which ended in mid-July]
    ("fiscal_after", _F("[TtFf]", rf"\b(?:the\s+)?(?:[Ff]iscal|[Ff]inancial)(?:\s+[Yy]ear)?\s+(?:of\s+)?(?P<a>{YEAR})"
                        r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])" + _FY_SUFFIX)),
    # the 2015/2016 fiscal year / 2022-23 fiscal year / the 2023 fiscal year
    ("fiscal_before", _F("[Tt12]", rf"(?:\b[Tt]he\s+)?(?P<a>{YEAR})(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}}|\d{{2}}))?"
                         r"\s+(?:[A-Z][a-z]+\s+)?(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)" + _FY_SUFFIX)),
    # this / last / next / the current fiscal year
    ("fiscal_rel", _F("[tlncpTLN]", r"\b(?P<which>this|last|next|current|previous|coming|[Tt]his|[Ll]ast|[Nn]ext)"
                      r"\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)" + _FY_SUFFIX)),
    # the fiscal year that ended in June 2024 / the year ended 30 June 2024 / the 12 months to March 2024
    ("fiscal_end", _F("[TtFf1]", rf"\b(?:[Tt]he\s+(?:(?:[Ff]iscal|[Ff]inancial)\s+)?[Yy]ear|(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear|"
                      rf"(?:[Tt]he\s+)?(?:12|twelve)\s+months)\s+(?:that\s+|which\s+)?(?:ended|ending|to)\s+(?:on\s+|in\s+)?"
                      rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MON})|(?P<m2>{MON})(?:\s+(?P<d2>{DAY}))?),?\s+(?P<y>{YEAR})")),
    # the nine months to September [2025] / the three months ended June 30: a period of N months
    ("months_to", _F("[Tt0-9]", rf"\b(?:[Tt]he\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
                     rf"\s+months\s+(?:that\s+|which\s+)?(?:ended|ending|to|through)\s+(?:the\s+end\s+of\s+)?"
                     rf"(?P<m>{MON_FULL})(?:\s+(?P<d>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?")),
    # the first quarter of 2024 / the third quarter / the second half of last year / ... of FY2024-25
    ("quarter", _F("[TtfstlFSL1234]", rf"\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|"
                   rf"First|Second|Third|Fourth|Final|Last)\s+(?P<unit>quarter|half)"
                   rf"(?:\s+of\s+(?:{_FY_LABEL}|(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|(?P<rel>this|last|next|the\s+same|"
                   rf"that|the\s+current|the\s+previous|the\s+following)\s+year|the\s+year))?")),
    # Q3 2023 / 3Q23 / H1 FY2024-25
    ("q_code", _F("[QH1-4]", rf"(?<![A-Za-z\d])(?:(?P<u>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<u2>[QH]))"
                  rf"(?:(?:\s+of\s+|\s+|-|/)?(?P<y>{YEAR})|\s*['’](?P<yy>\d{{2}})|\s+(?:of\s+)?{_FY_CODE})?(?![A-Za-z\d])")),
    ("q_code_rev", _F("[12]", rf"(?P<y>{YEAR})\s*[-/]?\s*(?P<u>[QH])(?P<n>[1-4])(?![A-Za-z\d])")),
    # the first three quarters of 2024 / the first 10 months of 2024
    ("first_n", _F("[Ttf]", rf"\b(?:[Tt]he\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
                   rf"\s+(?P<unit>quarters|months)(?:\s+of\s+(?:{_FY_LABEL}(?:\s*\(\s*(?P<fm1>{MON_FULL})\s*[-–—]\s*"
                   rf"(?P<fm2>{MON_FULL})\s*\))?|(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|"
                   rf"(?P<rel>this|last|next|the\s+same|that|the\s+current|the\s+previous|the\s+following)\s+year|"
                   rf"the\s+year))?")),
    # November last year / 5 June this year / March the following year
    ("rel_my", _F("[ADFJMNOS0-9]", rf"(?:{_NUM}\b(?P<d0>{DAY})\s+(?:of\s+)?)?\b(?P<m>{MON_FULL})(?:\s+(?P<d>{DAY}))?,?"
                  rf"\s+(?:of\s+)?(?P<which>last|this|next|that|[Tt]he\s+same|[Tt]he\s+following|[Tt]he\s+previous|"
                  rf"[Tt]he\s+next)\s+year\b(?![-’']|s\b)")),
    # the same period last year / the same quarter of 2023
    ("same_period", _F("[Tt]", rf"\b[Tt]he\s+same\s+(?:period|quarter|half|months?|time)\s+(?:(?:of|in)\s+)?"
                       rf"(?:(?P<last>last\s+year|the\s+previous\s+year|the\s+year\s+before|(?:a|one)\s+year\s+"
                       rf"(?:earlier|ago|before|previously))|(?P<y>{YEAR}))")),
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
    # ... [on Wednesday] [of] last week / next week: that weekday of the week named
    ("weekday", _F("[LlNnTtCcPpMWFS]", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?P<wd>{WEEKDAY})(?!s\b)"
                   r"(?:,?\s+(?:of\s+)?(?P<wk>last|next|this|the\s+previous|the\s+following)\s+week\b(?!s|['’]s))?")),
    # yesterday / today / tomorrow / tonight
    ("deictic_day", _F("[YyTt]", r"\b(?P<w>(?:[Tt]he\s+day\s+(?:before|after)\s+)?(?:[Yy]esterday|[Tt]omorrow)|[Tt]oday|[Tt]onight)\b(?!['’]s\s+(?:world|era|society|times))")),
    # last / this / next year|month|week
    ("deictic", _F("[LlTtNn]", r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month|week)\b(?!s)")),
    # over the weekend / last weekend / this weekend: a Saturday-Sunday around the reference
    ("weekend", _F("[LlTtNn]", r"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+past|[Tt]he\s+coming)|[Tt]he)"
                   r"\s+weekend\b(?!s|['’]s|\s+of\b)")),
    # that year / the same month / the following year / the previous month
    ("anaphoric", _F("[tT]", r"\b(?P<which>that|[Tt]hat|[Tt]he\s+same|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+previous|"
                     r"[Tt]he\s+preceding|[Tt]he\s+prior)\s+(?P<unit>year|month|day)\b(?!-|\s+(?:of|on|in)\b)")),
    ("year_before", _F("[Ttym]", r"(?<![Yy]ear\s)(?<![Mm]onth\s)\b(?:[Tt]he\s+)?(?P<unit>year|month)\s+(?P<which>before|after)\b"
                       r"(?!\s+(?:the|a|an|his|her|its|their|this|that|year|month|\d)\b)")),
    # the end of the year / later in the month: the year (month) in force, else the reference's
    ("the_period", _F("[TtEeLlBbSsMmCc]", r"\b(?:(?:[Tt]he\s+)?(?:very\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|"
                      r"[Tt]urn|[Rr]est)\s+of|[Ee]arlier\s+in|[Ll]ater\s+in)\s+the\s+(?P<unit>year|month|day)\b(?!s|-)")),
    # a year later / two months earlier / three years ago
    ("shift", _F("[AaOoTtFfSsEeNn0-9]", r"(?<!than\s)(?<!over\s)(?<!under\s)(?<!within\s)(?<!nearly\s)(?<!almost\s)\b(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                 r"\d{1,2})\s+(?P<unit>years?|months?|days?|weeks?)\s+(?P<dir>later|earlier|ago|before|after)\b"
                 r"(?!\s+(?:the|a|an|his|her|its|their|that|this)\b)")),
]

# Preceding words that make a bare year a date ("in 2024", "since 2015", "the year of 2015").
_YEAR_PREP = frozenset(
    "in since by of until till from to through during before after around circa for throughout "
    "within year between ended ending beginning starting calendar".split()
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
    r"(?=[iawtpldrvIAWTPLDRV])\b(?:(?:is|are|was|were)\s+(?:set|scheduled|slated|expected|due|going|poised)\s+to|"
    r"(?:is|are)\s+to\s+(?:be|visit|hold|attend|meet|sign|travel)|(?:is|are)\s+(?:scheduled|slated)|"
    r"(?:is|are)\s+(?:expected|due)\s+(?:in|at|back|home)|"
    r"would\s+(?:be\s+(?:held|convened|hosted|signed|received|welcomed|accompanied|launched|opened|"
    r"inaugurated|chaired|co-chaired|led)|take\s+place|visit|travel|hold|host|attend|sign|meet|arrive|"
    r"receive|lead|chair|co-chair|pay|call|open|launch|inaugurate)|"
    r"look(?:s|ed|ing)?\s+forward\s+to|"
    r"(?:agree[sd]?|decide[sd]?|resolved|pledged|promised|vowed)\s+to\s+(?:meet|hold|convene|visit|host|resume|"
    r"reconvene|travel|prepare|organi[sz]e|conduct|launch|start|begin)|invit(?:e|es|ed|ing|ation)\b(?:(?!\s(?:in|on|last|this|during)\s)[^.;:\d]){0,40}?\bto\s+"
    r"(?:visit|attend|travel)|"
    r"to\s+be\s+held|plans?\s+to|planned\s+for)\b",
    re.I,
)
_PAST_WORDS = frozenset(
    "was were had did met held signed said told took went came made paid began saw gave won led sent "
    "wrote spoke left became kept brought sought fought struck rose fell grew stood flew drew swore "
    "overtook oversaw withdrew underwent chose knew thought found felt fled broke built shook sank "
    "slid spent sold bought lost".split()
)
_NOT_PAST = frozenset(
    "need feed speed seed breed indeed exceed proceed succeed hundred sacred shed naked red bed "
    "wed based related united".split()
)
_MARKER_RE = re.compile(
    r"(?=[a-zA-Z'])\b(?:[Ww]ill|[Ss]hall|won't|[Uu]pcoming|[Ff]orthcoming|[Nn]ext|[a-z]+'ll|[Ww]as|[Ww]ere|"
    r"[Hh]ad|[Dd]id|met|held|signed|said|told|took|went|came|made|paid|began|saw|gave|won|led|sent|"
    r"wrote|spoke|left|became|kept|brought|sought|fought|struck|rose|fell|grew|stood|flew|drew|swore|"
    r"overtook|oversaw|withdrew|underwent|chose|knew|thought|found|felt|fled|broke|built|shook|sank|"
    r"slid|spent|sold|bought|lost|[a-z]{3,}ed)\b"
)
_CLAUSE_BOUNDARY_RE = re.compile(r"[;:()\[\]]|,(?!\s*\d)|\s[-—–]+\s")

# --------------------------------------------------------------------------------------------
# Small date helpers
# --------------------------------------------------------------------------------------------


def _ref_period(ctx: DateContext) -> DateValue | None:
    """The reference date as a period at its precision."""
    r, p = ctx.reference, ctx.reference_precision
    if r is None or p not in ("day", "month", "year"):
        return None
    if p == "day":
        return day_value(r.year, r.month, r.day)
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


# --------------------------------------------------------------------------------------------
# Tense of the clause around a mention
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)  # several mentions of one sentence ask in a row
def _markers(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, 'future'|'past') of every tense marker in the text."""
    out = [(m.start(), m.end(), "future") for m in _FUTURE_MULTI_RE.finditer(text)]
    for m in _MARKER_RE.finditer(text):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            out.append((m.start(), m.end(), "future"))
        elif w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            out.append((m.start(), m.end(), "past"))
    return tuple(out)


def _clause_tense(text: str, lo: int, hi: int) -> str | None:
    """'future' if the markers of text[lo:hi] include a future one, 'past' if they are all past,
    None if there is none.  (No marker spans a clause boundary, and every boundary starts with a
    non-word character, so scanning the window alone finds exactly the markers inside it.)"""
    if _FUTURE_MULTI_RE.search(text, lo, hi):
        return "future"
    past = False
    for m in _MARKER_RE.finditer(text, lo, hi):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            return "future"
        if w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            past = True
    return "past" if past else None


_PASSIVE_BE_RE = re.compile(r"\b(?:be|been|being)\s+$", re.I)


def _nearest_marker(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The tense of the marker of text[lo:hi] nearest before ``start`` (else the nearest after
    ``end``), when the window holds markers of both tenses; None otherwise."""
    before = after = None
    tenses = set()
    for m in _MARKER_RE.finditer(text, lo, hi):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            t = "future"
        elif w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            if _PASSIVE_BE_RE.search(text, max(lo, m.start() - 8), m.start()):
                continue  # a participle after "be" ("will be held") has the tense of its auxiliary
            t = "past"
        else:
            continue
        tenses.add(t)
        if m.end() <= start:
            before = t
        elif m.start() >= end and after is None:
            after = t
    if len(tenses) < 2:
        return None
    return before or after


# a parenthetical name or acronym inside a clause ("(EPA)", "(July-June)", "(New Delhi)") does
# not end it
_SHORT_PAREN_RE = re.compile(r"\([A-Z0-9][\w.&'’/\-]*(?: [A-Z0-9][\w.&'’/\-]*){0,2}\)")


def _tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None for the clause containing text[start:end] (else the nearest marker)."""
    if "(" in text:
        text = _SHORT_PAREN_RE.sub(lambda m: " " * len(m.group()), text)
    lo = 0
    for m in _CLAUSE_BOUNDARY_RE.finditer(text, 0, start):
        lo = m.end()
    m = _CLAUSE_BOUNDARY_RE.search(text, end)
    hi = m.start() if m else len(text)
    inside = _clause_tense(text, lo, hi)
    if inside == "future" and not _FUTURE_MULTI_RE.search(text, lo, hi):
        # a clause with verbs of both tenses ("began on Monday ... and will run until 13 June"):
        # the verb that governs the date is the nearest one before it (else the nearest after)
        near = _nearest_marker(text, lo, hi, start, end)
        if near is not None:
            inside = near
    if inside or (lo == 0 and hi == len(text)):
        return inside  # (a clause that is the whole text: no marker anywhere)
    markers = _markers(text)
    if not markers:
        return None

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

    def may_be_future(self) -> bool:
        """False when no future marker occurs anywhere in the text (a quick, cached test)."""
        return _may_be_future(self.args[0])


# Every future marker of _MARKER_RE and _FUTURE_MULTI_RE contains a match of this (lower-cased).
_FUTURE_ANY_RE = re.compile(
    r"will|shall|won't|upcoming|forthcoming|next|'ll|set|schedul|slated|expected|due|going|poised|"
    r"to\s+be\s+held|plan|(?:is|are)\s+to\s|would\s+(?:be\s|take|visit|travel|hold|host|attend|sign|meet|"
    r"arrive|receive|lead|chair|co-chair|pay|call|open|launch|inaugurate)|"
    r"forward\s+to|(?:agree[sd]?|decide[sd]?|resolved|pledged|promised|vowed)\s+to\s+(?:meet|hold|convene|visit|"
    r"host|resume|reconvene|travel|prepare|organi[sz]e|conduct|launch|start|begin)|"
    r"invit[a-z]*\b[^.;:\d]{0,40}?\bto\s+(?:visit|attend|travel)"
)


# a superset of _FUTURE_ANY_RE for the polars (Rust) engine, run on the lower-cased sentences of
# a whole corpus at once (no word boundaries, ASCII digits only, Python's extra separators in \s)
FUTURE_ANY_VEC = (
    _FUTURE_ANY_RE.pattern.replace(r"\b", "").replace(r"\d", "0-9").replace(r"\s", r"[\s\x1c-\x1f]")
)
#: sentences in which the vectorised FUTURE_ANY_VEC found nothing (set by the batch extractor for
#: the duration of one run): no future marker, without a Python scan
NOT_FUTURE: set[str] = set()


def _may_be_future(text: str) -> bool:
    """Could any clause of ``text`` read as future?  (A superset of :func:`_tense`'s markers.)"""
    return text not in NOT_FUTURE and _may_be_future_scan(text)


@functools.lru_cache(maxsize=1024)  # asked for each partial date of a sentence
def _may_be_future_scan(text: str) -> bool:
    return _FUTURE_ANY_RE.search(text.lower()) is not None


_GRACE = timedelta(days=31)


def _make(kind: str, y: int, mo: int, d: int) -> DateValue | None:
    """Day ``d`` of month ``mo`` of year ``y`` (kind 'day'), or that month (kind 'month')."""
    return day_value(y, mo, d) if kind == "day" else month_value(y, mo)


@functools.lru_cache(maxsize=8192)
def _options(kind: str, mo: int, d: int, ref: DateValue) -> tuple | None:
    """The occurrences of a date without a year around the reference period: (the closest, the
    last that does not start after it, the first that does not end before it).  A reference
    coarser than a day is only a lower bound of the time of writing: a past date may fall up to
    a month after it ("on April 1" in an article whose latest full date is in March)."""
    rs, re_ = ref.start, ref.end
    limit = re_ if ref.precision == "day" else re_ + _GRACE
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
    if last_past is closest and not getattr(tense_fn, "may_be_future", _true)():
        return closest  # past or no tense: the same answer, whatever the clause says
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


# --------------------------------------------------------------------------------------------
# Candidate detection
# --------------------------------------------------------------------------------------------


class _Cand(NamedTuple):
    """A pattern match in one sentence.  ``m`` may come from a scan over several sentences
    joined together: ``o`` is then the sentence's offset in that string (``start``/``end`` are
    always relative to the sentence)."""

    start: int
    end: int
    tag: str
    m: re.Match
    prio: int
    o: int = 0


_PRIO = {tag: i for i, (tag, _) in enumerate(_PATTERNS)}
_PATTERN_BY_TAG = dict(_PATTERNS)
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
        "first_n": "first" in low and ("months" in low or "quarters" in low),
        "months_to": mon and "months" in low,
        "md": mon, "dm": mon, "month": mon,
        "decade": y4 and _GATE_DECADE.search(text) is not None,
        "year": y4,
        "rel_month": mon and (rel or "coming" in low or "past" in low),
        "weekday": "day" in low and _GATE_WD.search(text) is not None,
        "deictic_day": "yesterday" in low or "today" in low or "tomorrow" in low or "tonight" in low,
        "deictic": (ym or "week" in low) and rel,
        "weekend": "weekend" in low,
        "anaphoric": (ym or "day" in low) and ("that" in low or "same" in low or "following" in low or "next" in low
                             or "previous" in low or "preceding" in low or "prior" in low),
        "year_before": ym and ("before" in low or "after" in low),
        "the_period": ym and "the " in low and " of the " in low or "r in the " in low,
        "shift": (ym or "day" in low or "week" in low) and (
            "later" in low or "earlier" in low or "ago" in low or "before" in low or "after" in low),
    }


def _word_before(text: str, pos: int) -> str | None:
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else None


# Words one of which ends the text before a modifier or a qualifier can match (a quick test
# before the regex; a non-ASCII tail is always searched since re.I folds some letters to ASCII).
_MODIFIER_TAILS = ("of", "year", "end", "mid", "early", "late", "earlier", "later", "far", "-")
_QUALIFIER_TAILS = ("of", "at", "on", "by", "since", "until", "till", "til", "through", "to",
                    "than", "the")


def _may_end_with(window: str, tails: tuple[str, ...]) -> bool:
    """Could a regex that ends in one of ``tails`` then whitespace (or "-") end the window?"""
    if not window or not (window[-1].isspace() or window[-1] == "-"):
        return False
    t = window.rstrip()[-12:]  # no tail is longer than 7 characters
    return not t[-8:].isascii() or t.lower().endswith(tails)


def _modifier_start(text: str, pos: int) -> int:
    window = text[max(0, pos - 40):pos]
    if not _may_end_with(window, _MODIFIER_TAILS):
        return pos
    m = _MODIFIER_RE.search(window)
    return pos - (len(window) - m.start()) if m else pos


def _is_name_after(text: str, end: int) -> bool:
    """A capitalised word right after (not a month): "2022 Winter Olympics", "2030 Agenda"."""
    m = _CAP_AFTER_RE.match(text, end)
    if not m:
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", text[end:])
    return not (nxt and nxt.group(1).lower() in MONTHS)


_WHEN_AFTER_YEAR = re.compile(r",?\s+when\s")


def _accept_year(text: str, s: int, e: int, accepted_years: list[tuple[int, int]]) -> bool:
    if text[:s].strip() == "" and _INITIAL_YEAR_VERB_RE.match(text, e):
        return True  # "2024 marks the 73rd anniversary"
    mod = _modifier_start(text, s)
    after = text[e:]
    pm = _PLURAL_NOUN_RE.match(after)
    if pm and pm.group(1) not in _NOT_PLURAL:
        return False  # "in 2000 cases": a quantity
    if mod < s:
        return True
    if _WHEN_AFTER_YEAR.match(text, e):
        return True  # "a recovery from a weak 2025, when trade fell": a time
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


def _accept_month(text: str, s: int, e: int, accepted: list[tuple[int, int]]) -> bool:
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
    if len(cands) == 1:  # the common case, without the bookkeeping
        c = cands[0]
        if c.tag == "year":
            return [c] if _accept_year(text, c.start, c.end, []) else []
        if c.tag == "month":
            return [c] if _accept_month(text, c.start, c.end, []) else []
        return [c] if _valid_cand(text, c) else []
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
        ok = (_accept_year(text, c.start, c.end, acc_years) if c.tag == "year"
              else _accept_month(text, c.start, c.end, acc_months))
        if ok:
            taken.append(c)
            occupied.append((c.start, c.end))
            (acc_years if c.tag == "year" else acc_months).append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


_EARLIER_LATER_IN = re.compile(r"(?:[Ee]arlier|[Ll]ater)\s+in\b")
_ADVERB_END_RE = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|but|or)\b")


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
        if not g.get("pre") and _day_num(g["d2"]) == _day_num(g["d1"]) + 1 and re.search(
                r"\band\b", c.m.group()):
            return True  # "on 16 and 17 June": two consecutive days, one two-day period
        if c.tag == "r_mdd" and not g.get("pre") and re.match(r"\s+and\s+", text[c.m.end("d1") - c.o:]):
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
    if c.tag == "the_period" and g["unit"] == "day" and not _EARLIER_LATER_IN.match(c.m.group()):
        return False  # "at the end of the day" is an idiom; "earlier in the day" a time
    if c.tag == "q_code" and not (g.get("y") or g.get("yy") or g.get("fy")):
        return False  # "H2", "Q4" alone are too often not periods
    if c.tag in ("shift", "year_before") and g["dir" if c.tag == "shift" else "which"].lower() in ("before", "after"):
        # "two years after" ends a clause; "three months after X met Y" is a preposition
        if not _ADVERB_END_RE.match(text, c.end):
            return False
    if c.tag == "rel_my" and not (g.get("d") or g.get("d0")):
        # "in November last year"; not "Theresa May last year"
        if text[:c.start].strip() and not _accept_month(text, c.start, c.end, []):
            return False
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


# A dateline's date ("DHAKA, March 12 (Reuters) -"): the day of the story, the occurrence nearest
# the reference whatever the tense of the sentence.
_DATELINE_HEAD_RE = re.compile(r"\s*[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,3}(?:[ \t]*,[ \t]*[A-Z][\w.'’ \-]*){0,2},[ \t]*")
_DATELINE_TAIL_RE = re.compile(r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\)|[—–:]|--|-\s)")


def _resolve(text: str, c: _Cand, ctx: DateContext, mentions: list["_Mention"],
             frame: int | None = None) -> tuple[DateValue, str] | None:
    """The value and kind of one candidate (None: not a date after all); ``frame``: the narrative
    year that applies to it (see :func:`_partial`)."""
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
            v = _partial("day", mo, d, ctx, tense, frame)
        return (v or UNKNOWN), "partial"
    if tag == "month":
        mo = _month_num(g["m"])
        v = _partial("month", mo, 1, ctx, tense, frame)
        return (v or UNKNOWN), "partial"
    if tag == "year":
        return year_value(int(g["y"])), "explicit"
    if tag == "decade":
        y = int(g["y"])
        return DateValue(date(y, 1, 1), date(y + 9, 12, 31), "year"), "range"
    if tag.startswith("r_"):
        return _resolve_range(text, c, ctx, tense, frame)
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
    if tag in ("quarter", "q_code", "q_code_rev", "first_n"):
        return _resolve_quarter(text, c, ctx)
    if tag == "rel_month":
        return _resolve_rel_month(c, ctx), "relative"
    if tag == "weekday":
        return _resolve_weekday(text, c, ctx, mentions), "weekday"
    if tag == "deictic_day":
        return _resolve_deictic_day(re.sub(r"\s+", " ", g["w"].lower()), ctx), "relative"
    if tag == "weekend":
        return _resolve_weekend((g["which"] or "").lower(), tense, ctx), "relative"
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
        deadline = _DEADLINE_BACK_RE.search(text, max(0, c.start - 20), c.start) is not None
        return _resolve_the_period(g["unit"], ctx, deadline and frame is None), "relative"
    return None


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
        if g.get("fy"):
            # "the first nine months of the current fiscal year": from the fiscal year's start
            fv = _fiscal_label_value(text, c.start, g["fy"], ctx)
            if fv.start is None or fv.end is None or not 1 <= months <= 12:
                return UNKNOWN, kind
            y1, m1 = fv.start.year, fv.start.month
            if g.get("fm1") and _month_num(g["fm1"]) != m1:
                # "(July-October)": the months stated are the first ones of that fiscal year,
                # the one with that first month around the middle of the year the label names
                mid = fv.start + (fv.end - fv.start) / 2
                m1 = _month_num(g["fm1"])
                y1 = mid.year if (mid.month, mid.day) >= (m1, 1) else mid.year - 1
            return months_value(y1, m1, *_add_months(y1, m1, months - 1)), kind
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
        if g.get("y") or g.get("rel"):
            y = int(g["y"]) if g.get("y") else _year_from_rel(g.get("rel"), ctx)
            if y is not None and (ctx.split_year is None or y > ctx.split_year):
                ctx.split_year = y  # the latest: "as in the first quarter of 2024" compares
        elif g.get("fy") or c.m.group().rstrip().endswith("year"):
            y = None if g.get("fy") else _year_from_rel(None, ctx)
        else:
            # a bare "the second half" after "the first half of 2026": the same year's parts
            y = ctx.split_year if ctx.split_year is not None else _year_from_rel(None, ctx)
    else:
        unit = "quarter" if (g.get("u") or g.get("u2")) == "Q" else "half"
        n = int(g.get("n") or g.get("n2"))
        if g.get("y"):
            y = int(g["y"])
        elif g.get("yy"):
            y = _year_num(g["yy"])
        elif g.get("fy"):
            y = None
        else:
            y = _year_from_rel(None, ctx)
    if unit == "half" and n > 2:
        return UNKNOWN, "half"
    size = 3 if unit == "quarter" else 6
    if g.get("fy"):  # a quarter or half of a fiscal year counts from the fiscal year's start
        fv = _fiscal_label_value(text, c.start, g["fy"], ctx)
        if fv.start is None:
            return UNKNOWN, unit
        y1, m1 = _add_months(fv.start.year, fv.start.month, (n - 1) * size)
        return months_value(y1, m1, *_add_months(y1, m1, size - 1)), unit
    if y is None:
        return UNKNOWN, unit
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


def _stated_start_month(g: dict) -> int | None:
    """The start month a fiscal label states itself: "(July-June)", ", which ended in June"
    (starts in July), ", which ended in mid-July" (a mid-month end: that month), ", which began
    in April"."""
    if g.get("pm1"):
        m1, m2 = _month_num(g["pm1"]), _month_num(g["pm2"])
        return m1 if m2 % 12 + 1 == m1 else None
    if g.get("em"):
        em = _month_num(g["em"])
        if not g.get("endv"):
            return em
        if g.get("mid") or (g.get("ed") and _day_num(g["ed"]) <= 20):
            return em
        return em % 12 + 1
    return None


def _resolve_fiscal(text: str, c: _Cand, ctx: DateContext, pos: int | None = None) -> DateValue:
    """A fiscal year label ("FY2023-24", "fiscal 2024", "the last fiscal year") at ``pos``."""
    g = c.m.groupdict()
    pos = c.start if pos is None else pos
    a = _year_num(g["a"]) if g.get("a") else None
    b = _year_num(g["b"], a) if a is not None and g.get("b") else None
    sm = _stated_start_month(g)
    by_start = False
    if sm is None:
        rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=b is not None)
        sm, by_start = rule.start_month, rule.label_by_start
    elif g.get("endv") and not g.get("ed") and g.get("em"):
        # ", which ended in July" of a year that turns in the middle of July (Ethiopia, Nepal):
        # the month named is the one the lexicon gives as its first
        rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=b is not None)
        if rule.start_month == _month_num(g["em"]):
            sm = rule.start_month
    if a is None:  # this / last / next fiscal year
        which = (g.get("which") or "this").lower()
        p = ctx.period
        if which == "previous" and p is not None and p.start is not None and p.end is not None \
                and p.precision == "month" and n_months(p) == 12:
            # "$452 million in FY2024-25, up 41 percent from the previous fiscal year": the one
            # before the fiscal year just named (anaphoric), not before the time of writing
            y, m = _add_months(p.start.year, p.start.month, -12)
            return months_value(y, m, *_add_months(y, m, 11))
        return _fiscal_rel_value(which, sm, by_start, ctx)
    if b is not None:
        return fiscal_value(b, sm, a)
    return fiscal_value(a + 1 if by_start and sm != 1 else a, sm)


def _fiscal_rel_value(which: str, sm: int, by_start: bool, ctx: DateContext) -> DateValue:
    """The fiscal year containing the reference (this/current), or the one before or after."""
    ref = _ref_period(ctx)
    if ref is None or (ref.precision == "year" and sm != 1):
        return UNKNOWN
    r = ref.start
    end_year = r.year + 1 if (sm != 1 and r.month >= sm) else r.year
    end_year += {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    return fiscal_value(end_year, sm)


_FISCAL_TAGS = ("fy", "fiscal_after", "fiscal_before", "fiscal_rel")


def _fiscal_label_value(text: str, pos: int, label: str, ctx: DateContext) -> DateValue:
    """The fiscal year named by ``label`` (a part of a longer expression) written at ``pos``."""
    for tag in _FISCAL_TAGS:
        m = _PATTERN_BY_TAG[tag].match(label)
        if m is not None and m.end() == len(label):
            return _resolve_fiscal(text, _Cand(pos, pos + len(label), tag, m, _PRIO[tag]), ctx, pos)
    # "the fiscal year", "the current fiscal year" without a year: the one containing the reference
    rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=False)
    which = "last" if re.search(r"\b(?:last|previous)\b", label) else "next" if "next" in label else "this"
    return _fiscal_rel_value(which, rule.start_month, rule.label_by_start, ctx)


def _resolve_fiscal_end(g: dict) -> DateValue:
    """"the fiscal year that ended in June 2024": the twelve months up to that month (a year
    ending early in a month, "ended 15 July", ends with the month before)."""
    mo = _month_num(g.get("m1") or g["m2"])
    y = int(g["y"])
    d = g.get("d1") or g.get("d2")
    if d and _day_num(d) <= 20:
        y, mo = _add_months(y, mo, -1)
    y1, m1 = _add_months(y, mo, -11)
    return months_value(y1, m1, y, mo)


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
        return DateValue(d, d, "day")
    if ref is not None and ref.precision == "day":
        r = ref.start
        back = (r.weekday() - wd) % 7  # days back to the most recent on or before
        fwd = (wd - r.weekday()) % 7
        if which in ("last", "past"):
            d = r - timedelta(days=back or 7)
        elif which == "next":
            d = r + timedelta(days=fwd or 7)
        elif which in ("this", "coming") or _tense(text, c.start, c.end) == "future":
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
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
             "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    d = ref.start + timedelta(days=shift)
    return DateValue(d, d, "day")


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
            return DateValue(d, d, "day")
        d = p.start + timedelta(days=step)
        return DateValue(d, d, "day")
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
            return DateValue(d, d, "day") if unit == "day" else _week_value(d - timedelta(days=d.weekday()))
        return UNKNOWN
    sign = 1 if direction in ("later", "after") else -1
    if unit in ("day", "week"):
        # "two days later", "a week earlier": from the last day the narrative named
        p = ctx.period
        if p is None or p.precision != "day" or p.start is None or p.start != p.end:
            return UNKNOWN
        d = p.start + timedelta(days=sign * n * (7 if unit == "week" else 1))
        return DateValue(d, d, "day") if unit == "day" else _week_value(d - timedelta(days=d.weekday()))
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


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


_AT_END_RE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)
_END_SPAN_RE = re.compile(r"(?:the\s+)?(?:end|close)\b|year-end", re.I)
_END_OF_RE = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\b|year-end|end\s*-", re.I)


# the words each of _QUALIFIER_RES can end with (before an optional "the"): a regex whose words
# do not end the window is not run
_QUALIFIER_ENDS = {
    "as_of": ("of", "at", "on", "by"),
    "since": ("since",),
    "until": ("until", "till", "til", "through", "to", "than"),
}


# (the subsets of _QUALIFIER_RES by a bit mask of their positions, built once)
_QUALIFIER_ENDS_SEQ = tuple(_QUALIFIER_ENDS[label] for label, _ in _QUALIFIER_RES)
_QUALIFIER_SUBSETS = tuple(
    tuple(r for i, r in enumerate(_QUALIFIER_RES) if mask >> i & 1)
    for mask in range(1 << len(_QUALIFIER_RES))
)


def _qualifier_res(before: str) -> tuple:
    """The regexes of :data:`_QUALIFIER_RES` that may match ``before`` (all of them when the
    window's end is not plain ASCII, where case-insensitive matching has exotic forms)."""
    if not _may_end_with(before, _QUALIFIER_TAILS):
        return ()
    t = before.rstrip()
    if not t.isascii():
        return _QUALIFIER_RES
    t = t.lower()
    u = t[:-3].rstrip() if t.endswith("the") else ""
    mask = 0
    for i, ends in enumerate(_QUALIFIER_ENDS_SEQ):
        if t.endswith(ends) or u.endswith(ends):
            mask |= 1 << i
    return _QUALIFIER_SUBSETS[mask]


def _qualifier(text: str, start: int, span_text: str) -> str | None:
    before = text[max(0, start - 30):start]
    for label, rx in _qualifier_res(before):
        if rx.search(before):
            if label == "as_of" and _AT_END_RE.search(before) and not _END_SPAN_RE.match(span_text):
                return None  # "at 2024 levels", "at the 2022 summit"
            return label
    if _END_OF_RE.match(span_text):
        return "as_of"
    return None


# What may stand before a fronted temporal adverbial, which sets the narrative time ("In January
# 2023, ...", "Then, in May, ...", "On 5 March 2022 ...", "Back in 2015, ...", "Last year, ...").
_FRONT_RE = re.compile(
    r"[\s\"“‘'(\[•*·–—-]*(?:(?:and|but|then|so|also|back|even|again|meanwhile|however|yet)\s*,?\s+)*"
    r"(?:(?:in|on|during|at|from|throughout|around|over)\s+)?",
    re.I,
)
# Reference-anchored ("deictic") expressions: they never set the frame, and outside a fronted
# adverbial they bring the narrative back to the time of writing ("... on Thursday", "last year").
_DEICTIC_TAGS = frozenset(("deictic_day", "weekday", "weekend", "deictic", "rel_month"))
_DEICTIC_WHICH = frozenset(("last", "this", "next"))


def _is_deictic(c: _Cand) -> bool:
    if c.tag in _DEICTIC_TAGS:
        return True
    g = c.m.groupdict()
    if c.tag == "shift":
        return g["dir"].lower() == "ago"
    if c.tag == "rel_my":
        return g["which"].lower() in _DEICTIC_WHICH
    return False


def _is_fronted(text: str, start: int) -> bool:
    """Does the expression starting at ``start`` open its sentence as a temporal adverbial?"""
    return start <= 60 and _FRONT_RE.fullmatch(text, 0, start) is not None


def _move_frame(ctx: DateContext, c: _Cand, v: DateValue, q: str | None, fronted: bool,
                text: str = "") -> None:
    """A fronted adverbial (not qualified by since/until/by) sets the narrative frame to its year;
    a deictic expression elsewhere ends the frame."""
    if fronted and q is None and c.tag not in ("deictic_day", "weekday", "weekend"):
        if v.start is not None and v.end is not None and v.start.year == v.end.year:
            ctx.frame_year, ctx.frame_fresh = v.start.year, True
    elif (q is None and v.precision == "year" and _TOPIC_YEAR.fullmatch(text) is not None
          and _PLUPERFECT.search(text) is None):
        # "The pace picked up in 2024. In February, ...": a short topic sentence that ends in a
        # year (and names no other number) opens a paragraph told in that year; a pluperfect
        # one ("The fifth cabinet had been held in Lima in 2019.") is a flashback, not a topic
        if v.start is not None:
            ctx.frame_year, ctx.frame_fresh = v.start.year, False
    elif not fronted and ctx.frame_year is not None and _is_deictic(c):
        ctx.frame_year, ctx.frame_fresh = None, False


_TOPIC_YEAR = re.compile(r"[^\d.;:]{3,50}\bin\s+(?:19|20)\d\d[.!]?\s*")
_PLUPERFECT = re.compile(r"\b[Hh]ad\b(?!\s+to\b)|['’]d\s+(?:been|already)\b")


def _update_ctx(ctx: DateContext, v: DateValue) -> None:
    """The narrative time moves to a resolved mention (single-year/month periods only); the last
    period is kept for comparisons ("a year earlier")."""
    if v.start is None or v.end is None or v.precision == "unknown":
        return
    ctx.period = v
    if v.precision == "day" and v.start == v.end and ctx.reference is not None \
            and abs((v.start - ctx.reference).days) <= 366:
        ctx.recent_day = v.start
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
    return [DateMention(*m) for m in _resolve_sentence(text, _chosen(text), ctx)]


class _Mention(NamedTuple):
    """A :class:`DateMention` as a tuple (same fields; much cheaper to build in bulk)."""

    start: int
    end: int
    surface: str
    value: DateValue
    kind: str
    qualifier: str | None


def _resolve_sentence(text: str, chosen, ctx: DateContext) -> list[_Mention]:
    """Resolve the chosen expressions of one sentence in order (weekdays last when the
    reference is coarser than a day); updates ctx."""
    day_ref = ctx.reference is not None and ctx.reference_precision == "day"
    out: list[_Mention | None] = []
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


# an adverb that carries the story on from the last event told ("X then visited Dhaka in July",
# "Talks later resumed in May"): a date without a year stays in the narrative frame
_SEQUEL_RE = re.compile(
    r"(?<![Tt]he )(?<!since )(?<!until )(?<!by )\b(?:then|later|subsequently|afterwards|afterward|thereafter)\b"
    r"(?![-‐]|\s+(?:this|next|that)\b)"
)


# the patterns whose value may take its year from the narrative frame
_YEARLESS_TAGS = frozenset(("month", "md", "dm", "r_mdd", "r_ddm", "r_mdmd", "r_dmdm", "r_mm"))


# a date at the end of a "since" phrase ("the growth of relations since the establishment of
# diplomatic relations on 1 August 1955"): background, the narrative time does not move to it
_SINCE_PHRASE_BACK = re.compile(r"\b[Ss]ince\s+(?:the\s+)?[a-z][^.;:,\d]{0,70}?\s(?:on|in)\s+(?:the\s+)?$")


def _is_target(v: DateValue, q: str | None, ctx: DateContext) -> bool:
    """A deadline or target after the time of writing ("500 MW by 2030", "until July 2029"):
    it does not move the narrative time that a later "the second quarter" is read in."""
    if q not in ("as_of", "until") or v.start is None:
        return False
    ref = _ref_period(ctx)
    return ref is not None and ref.end is not None and v.start > ref.end


def _make_mention(text: str, c: _Cand, ctx: DateContext, prior: list[_Mention],
                  update: bool = True) -> _Mention | None:
    start = c.start if c.tag == "weekday" else _modifier_start(text, c.start)
    fronted = _is_fronted(text, start)
    frame = ctx.frame_year if (
        ctx.frame_fresh or fronted or (
            ctx.frame_year is not None and c.tag in _YEARLESS_TAGS and _SEQUEL_RE.search(text))
    ) else None
    r = _resolve(text, c, ctx, prior, frame)
    if r is None:
        return None
    v, kind = r
    surface = text[start:c.end]
    q = _qualifier(text, start, surface)
    if update:
        lo = max(0, start - 90)
        if not _is_target(v, q, ctx) and not (
            # (every match holds "ince": a window without it is skipped without a scan)
            q is None and text.find("ince", lo, start) >= 0
            and _SINCE_PHRASE_BACK.search(text, lo, start)
        ):
            _update_ctx(ctx, v)
        _move_frame(ctx, c, v, q, fronted, text)
    return _Mention(start, c.end, surface, v, kind, q)


# --------------------------------------------------------------------------------------------
# Datelines and reference dates
# --------------------------------------------------------------------------------------------

_SENT_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(])|\n+")


def reference_date(text: str, published: date | None) -> tuple[date | None, str]:
    """The anchor for relative dates.

    * The published (sidecar) date, else a dateline (both precision 'day').
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
    if best is None:
        return None, "unknown"
    ref, precision = _coarsen(best)
    latest = _latest_past_day(sents, ref, precision)
    if latest is not None and latest > (_ref_period(DateContext(ref, precision)) or best).end:
        return _coarsen(DateValue(latest, latest, "day"))
    return ref, precision


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


# --------------------------------------------------------------------------------------------
# Vectorised entry point
# --------------------------------------------------------------------------------------------

# Sentences worth parsing: a digit, a month or weekday name, or a relative time word.
_PREFILTER_NAMES = [f for w in list(_MONTH_NAMES) + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                                     "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday", "Sunday"]
                    for f in (w, w.upper())]
_PREFILTER_WORDS = "yesterday today tomorrow tonight year month week quarter half fiscal financial".split() + [
    "same day", "that day", "following day", "next day", "previous day", "preceding day", "prior day",
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


def extract_dates(sentences: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per date mention (document offsets, schema :data:`DATE_MENTIONS`), walking each
    document's sentences in order with one DateContext.  Boilerplate sentences are parsed but
    never move the narrative time.  (Batched implementation: :mod:`pipeline.extract.dates_batch`.)
    """
    from pipeline.extract.dates_batch import extract_dates as batched

    return batched(sentences, documents)
