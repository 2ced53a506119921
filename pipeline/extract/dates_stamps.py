"""The stamp line of a post or an item: the day its relative words count from.

A thread of posts, a news aggregator's list of teasers or a live page prints every post or item
under its own stamp line: "May 19, 2026 · 5:42 PM", "APS · Nov 3, 2026", "Sahara Medias ·
Yesterday", "Le Soleil · 2 hours ago".  A relative word of the post ("yesterday", "today", "on
Sunday") counts from that stamp, not from the page's date (the newest post's).  A stamp line is a
short line that is only a full date (a weekday and a clock time may come with it), or a relative
stamp ("Yesterday", "3 hours ago"), after an optional source field ("APS · ", "Reuters | ").
A line that is only a date, without a source field or a clock time, stamps posts only on a page
that prints at least two such lines of days other than its own (one alone is a chronology's
heading, a signature's date or the page's dateline).  The stamp dates the post under it: the block
of lines down to the next blank line (for a stamp line alone above a blank line, the block below
it); after it the page's own day is the reference again (dates_narrative).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates_dateline import CLOCK, _WD_ANY
from pipeline.extract.dates_grammar import DAY, MON, YEAR, to_date

STAMP_MAX = 90  # a stamp line is short (a source's name, a date, a clock time)

_STAMP_RE = re.compile(
    r"\s*(?:(?P<src>[^·•|\n]{1,60}?)\s+[·•|]\s+)?(?:"
    rf"(?:{_WD_ANY},?\s+)?(?:(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})|(?P<d2>{DAY})\s+(?P<m2>{MON}),?\s+(?P<y2>{YEAR}))"
    rf"(?P<clock>\s*(?:,|at|·|•|\||-|–)?\s*{CLOCK})?"
    r"|(?P<rel>[Yy]esterday|[Tt]oday|(?P<n>\d{1,2}|an?)\s+(?P<unit>minutes?|mins?|hours?|hrs?)\s+ago)"
    r")\s*"
)
# the end of a block of lines (a blank line)
_BLOCK_END_RE = re.compile(r"\n[ \t]*\n")


def stamp_of(line: str, page_day: date | None) -> tuple[date, bool] | None:
    """(day, bare) of a post's or an item's stamp line (see the module doc), or None when ``line``
    is no stamp line; a relative stamp counts from ``page_day`` (the page's own day).  ``bare``: the
    line is only a full date, without a source field or a clock time (a chronology's heading
    prints one too)."""
    if len(line) > STAMP_MAX:
        return None
    m = _STAMP_RE.fullmatch(line)
    if m is None:
        return None
    if m.group("rel"):
        if page_day is None:
            return None
        return (page_day - timedelta(days=1) if m.group("rel").lower() == "yesterday" else page_day), False
    if m.group("y"):
        day = to_date(m.group("y"), m.group("m"), m.group("d"))
    else:
        day = to_date(m.group("y2"), m.group("m2"), m.group("d2"))
    if day is None:
        return None
    return day, not (m.group("src") or m.group("clock"))


def stamp_day(line: str, page_day: date | None) -> date | None:
    """The day of a post's or an item's stamp line (see the module doc), or None when ``line``
    is no stamp line; a relative stamp counts from ``page_day`` (the page's own day)."""
    got = stamp_of(line, page_day)
    return None if got is None else got[0]


def stamps_other_days(text: str, page_day: date | None) -> int:
    """How many lines of ``text`` are stamp lines of a day other than ``page_day``: a line that is
    only a full date stamps posts or items when the page prints at least two such lines (a single
    one is a heading, a signature's date or the page's own dateline)."""
    n = 0
    for line in text.split("\n"):
        if len(line) <= STAMP_MAX:
            got = stamp_of(line, page_day)
            n += got is not None and got[0] != page_day
    return n


def stamp_block_end(text: str, end: int) -> int:
    """Where the post or item under a stamp line ending at ``end`` ends: at the first blank line
    after it, or, for a stamp line that stands alone above a blank line (a heading), at the blank
    line after the block below it."""
    m = _BLOCK_END_RE.search(text, end)
    if m is None:
        return len(text)
    if not text[end:m.start()].strip():
        body = re.compile(r"\S").search(text, m.end())
        if body is None:
            return len(text)
        m = _BLOCK_END_RE.search(text, body.start())
        if m is None:
            return len(text)
    return m.start()
