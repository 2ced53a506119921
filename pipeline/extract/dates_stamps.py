"""The stamp line of a post or an item: the day its relative words count from.

A thread of posts, a news aggregator's list of teasers or a live page prints every post or item
under its own stamp line: "May 19, 2026 · 5:42 PM", "APS · Nov 3, 2026", "Sahara Medias ·
Yesterday", "Le Soleil · 2 hours ago".  A relative word of the post ("yesterday", "today", "on
Sunday") counts from that stamp, not from the page's date (the newest post's).  A stamp line is a
short line that is only a full date (a weekday and a clock time may come with it), or a relative
stamp ("Yesterday", "3 hours ago"), after an optional source field ("APS · ", "Reuters | ").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.dates_grammar import DAY, MON, WEEKDAY, YEAR, to_date

STAMP_MAX = 90  # a stamp line is short (a source's name, a date, a clock time)

_WD = rf"(?:{WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
_CLOCK = r"(?:\s*(?:,|at|·|•|\||-|–)?\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
_STAMP_RE = re.compile(
    r"\s*(?:(?P<src>[^·•|\n]{1,60}?)\s+[·•|]\s+)?(?:"
    rf"(?:{_WD},?\s+)?(?:(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})|(?P<d2>{DAY})\s+(?P<m2>{MON}),?\s+(?P<y2>{YEAR}))"
    rf"{_CLOCK}"
    r"|(?P<rel>[Yy]esterday|[Tt]oday|(?P<n>\d{1,2}|an?)\s+(?P<unit>minutes?|mins?|hours?|hrs?)\s+ago)"
    r")\s*"
)


def stamp_day(line: str, page_day: date | None) -> date | None:
    """The day of a post's or an item's stamp line (see the module doc), or None when ``line``
    is no stamp line; a relative stamp counts from ``page_day`` (the page's own day)."""
    if len(line) > STAMP_MAX:
        return None
    m = _STAMP_RE.fullmatch(line)
    if m is None:
        return None
    if m.group("rel"):
        if page_day is None:
            return None
        return page_day - timedelta(days=1) if m.group("rel").lower() == "yesterday" else page_day
    if m.group("y"):
        return to_date(m.group("y"), m.group("m"), m.group("d"))
    return to_date(m.group("y2"), m.group("m2"), m.group("d2"))
