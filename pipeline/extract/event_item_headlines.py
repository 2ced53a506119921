"""The headline of one item on a page of several dated items (an embassy's or a ministry's news list).

"Vice Minister of Commerce Holds Video Call with Kenyan Principal Secretary for Trade" followed by the
line "2026-11-03 17:40" is the title of the item below it: its body tells the call with the
persons and the day.  An event of such a headline that names nobody is that body's event seen
without its participants or date (the date the narrative would give it is the previous item's),
so it makes no mention of its own.
"""

from __future__ import annotations

import re

from pipeline.extract.event_model import Draft

__all__ = ["item_headline", "named_only"]

# a line that is only a time stamp: "2026-11-03 17:40", "03.11.2026", "November 3, 2026 10:05"
_STAMP = re.compile(
    r"\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?)?\s*"
)
_TERMINAL = re.compile(r"[.!?:][\"'”’)]*\s*$")


def item_headline(text: str, next_text: str | None) -> bool:
    """Is ``text`` a headline (no terminal punctuation) whose next line is a bare time stamp?"""
    return bool(next_text) and not _TERMINAL.search(text) and _STAMP.fullmatch(next_text) is not None


def named_only(drafts: list[Draft]) -> list[Draft]:
    """The drafts of an item headline that name a person (the others are the body's events)."""
    return [e for e in drafts if e.persons]
