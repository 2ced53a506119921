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
* A chronicle carries on across paragraphs: after "In March 2025 ... In May ... In September",
  a yearless month or day told in the past in a later paragraph ("... met in Istanbul in
  November") stays in 2025 when the story's last dated mention is still in that year, the month
  comes after it (chronological order) and the year is before the time of writing; an earlier
  month, a future clause, or a date of another year in between fall back to the reference.
* A yearless part of a year ("the first six months", "the first nine months") is of the
  reporting period: the latest year a half, a quarter or "the first N months" was named with
  ("the first half of 2026"; a bare "first half" in the headline, before any year, names the
  reference's), not of a year named in a look back ("a difficult 2025, when ...");
  "for the half-year" / "in the quarter" name the latest half (quarter) told, never an earlier
  comparison period ("the same period of 2024"); with none told they are not dates.

Where the code lives (each module one job; this one is the entry point and re-exports the names
other modules and tests import from ``pipeline.extract.dates``):

* :mod:`.dates_context` — :class:`DateContext`, :class:`DateMention`, :data:`DATE_MENTIONS`;
* :mod:`.dates_grammar`, :mod:`.dates_values` — month/weekday names and regex pieces; ``DateValue``
  and its constructors;
* :mod:`.dates_patterns` — the regex of every date expression, by tag;
* :mod:`.dates_gates` — cheap sentence tests (prefilter, which patterns can match);
* :mod:`.dates_detect` — candidates, context checks, longest-first selection;
* :mod:`.dates_modifiers` — "the end of", "mid-" in the span; as_of / since / until qualifiers;
* :mod:`.dates_tense` — the tense of a mention's clause;
* :mod:`.dates_partial` — the year of a date without one;
* :mod:`.dates_resolve` — one candidate's value (explicit dates, ranges), dispatching to
  :mod:`.dates_periods` (quarters, halves, fiscal years; :mod:`.dates_fiscal` says whose) and
  :mod:`.dates_relative` (deictic and anaphoric expressions);
* :mod:`.dates_narrative` — a sentence read in order (:func:`parse_dates`) and the frame it moves;
* :mod:`.dates_reference` — the document's reference date; :mod:`.dates_dateline` — datelines;
* :mod:`.dates_batch` — :func:`extract_dates` over a whole corpus at once.
"""

from __future__ import annotations

import polars as pl

from pipeline.extract.dates_context import DATE_MENTIONS, DateContext, DateMention  # noqa: F401 (API)
from pipeline.extract.dates_dateline import find_dateline  # noqa: F401 (API)
from pipeline.extract.dates_detect import _chosen  # noqa: F401 (tests)
from pipeline.extract.dates_fiscal import fiscal_rule_for, fiscal_start_month  # noqa: F401 (API)
from pipeline.extract.dates_gates import _gates  # noqa: F401 (tests)
from pipeline.extract.dates_modifiers import (  # noqa: F401 (tests)
    _AT_END_RE,
    _END_OF_RE,
    _END_SPAN_RE,
    _MODIFIER_RE,
    _QUALIFIER_RES,
    _QUALIFIER_TAILS,
    _may_end_with,
    _modifier_start,
    _qualifier,
    _qualifier_res,
)
from pipeline.extract.dates_narrative import _SINCE_PHRASE_BACK, parse_dates  # noqa: F401 (API, tests)
from pipeline.extract.dates_patterns import _PATTERNS  # noqa: F401 (tests)
from pipeline.extract.dates_reference import reference_date  # noqa: F401 (API)
from pipeline.extract.dates_tense import (  # noqa: F401 (tests)
    _CLAUSE_BOUNDARY_RE,
    _FUTURE_MULTI_RE,
    FUTURE_ANY_VEC,
    NOT_FUTURE,
    _markers,
    _may_be_future,
    _may_be_future_scan,
    _tense,
)
from pipeline.extract.dates_values import UNKNOWN, DateValue, fiscal_value  # noqa: F401 (API)


def extract_dates(sentences: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """One row per date mention (document offsets, schema :data:`DATE_MENTIONS`), walking each
    document's sentences in order with one DateContext.  Boilerplate sentences are parsed but
    never move the narrative time.  (Batched implementation: :mod:`pipeline.extract.dates_batch`.)
    """
    from pipeline.extract.dates_batch import extract_dates as batched

    return batched(sentences, documents)
