"""Entries of a timeline or chronology: a line that opens on its date and a colon ("- May 2019:
A bridge is opened; the two countries sign the protocol ...") tells its events on that date, in
every clause of the entry (the semicolon between them is no change of time)."""

from __future__ import annotations

import re

# what may precede the entry's date: a bullet, a dash, a number ("3.") and spaces
_BULLET_RE = re.compile(r"[\s\-–—•*·▪>]*(?:\d{1,2}[.)]\s+)?")
_COLON_AFTER_RE = re.compile(r"\s*:")


def entry_date_start(text: str, dates: list[tuple]) -> int | None:
    """The start of the date heading a timeline entry (a date at the very beginning of ``text``,
    after a bullet, followed by a colon), or None. ``dates``: (start, end, value, precision) in
    text order."""
    if not dates or ":" not in text:
        return None
    ds, de = dates[0][0], dates[0][1]
    if dates[0][2] is None or _BULLET_RE.fullmatch(text, 0, ds) is None:
        return None
    return ds if _COLON_AFTER_RE.match(text, de) else None
