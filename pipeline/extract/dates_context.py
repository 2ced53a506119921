"""The data a date extractor passes around: the running narrative state of one document
(:class:`DateContext`), the mentions it yields (:class:`DateMention`, its cheap tuple
``_Mention``), the output schema (:data:`DATE_MENTIONS`), and the reference as a period."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

import polars as pl

from pipeline.extract.dates_values import DateValue, day_value, month_value, year_value


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
    # the latest quarter (3) and half (6) named, by length: "for the half-year", "in the quarter"
    # name these (a comparison period, "the same period of 2024", is earlier and never replaces one)
    parts: dict[int, DateValue] = field(default_factory=dict)
    # the frame is a chronicle: a yearless date was placed in it ("In March 2025 ... In May ...")
    chronicle: bool = False
    # the last dated mention is in the current paragraph (a chronicle may open from it)
    dated_in_paragraph: bool = False
    # (year, month) of the last month heading ("MARCH" over a section of a year in review): the
    # month of a bare day under it ("On the 14th, ...")
    section: tuple[int, int] | None = None
    # (the page's own day, its reference and precision, whether a line that is only a full date
    # may stamp posts) once a stamp line was looked for: a post's stamp line moves the reference,
    # a relative stamp ("Yesterday") counts from the page's day (dates_stamps)
    stamp_page: tuple | None = None
    # a stamp line was read in the last sentence; the reference is the stamp's day up to this
    # offset of the document (the end of the post under it), then the page's again
    stamp_read: bool = False
    stamp_until: int | None = None

    def paragraph_break(self) -> None:
        """A new paragraph begins: the frame now only reaches fronted adverbials."""
        self.frame_fresh = False
        self.dated_in_paragraph = False

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


class _Mention(NamedTuple):
    """A :class:`DateMention` as a tuple (same fields; much cheaper to build in bulk)."""

    start: int
    end: int
    surface: str
    value: DateValue
    kind: str
    qualifier: str | None


def _ref_period(ctx: DateContext) -> DateValue | None:
    """The reference date as a period at its precision."""
    return _reference_period(ctx.reference, ctx.reference_precision)


@functools.lru_cache(maxsize=4096)  # asked several times for every mention
def _reference_period(r: date | None, p: str) -> DateValue | None:
    if r is None or p not in ("day", "month", "year"):
        return None
    if p == "day":
        return day_value(r.year, r.month, r.day)
    if p == "month":
        return month_value(r.year, r.month)
    return year_value(r.year)
