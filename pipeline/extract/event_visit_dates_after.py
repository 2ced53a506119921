"""A planned visit dated by the sentence after it: "An invitation has been extended to President X
to visit Peru. The visit is expected in the first half of 2027."

An invitation or plan is often told without a date, and the next sentence of the same paragraph
dates it (a half year as its year) with a definite subject ("The visit", "This visit", "The state visit") and a verb of
expectation or schedule ("is expected", "is scheduled", "is due to take place", "will take
place"): that date is the planned visit's date.
"""

from __future__ import annotations

import re

from pipeline.extract.event_dates import coarsen, to_value
from pipeline.extract.event_model import Draft, SentenceInput

GATE = "visit"
_THE_VISIT_IS_DUE = re.compile(
    r"^\s*(?:The|This|That|Such\s+a)\s+(?:[\w-]+\s+){0,2}?visit\s+(?:is|was|would\s+be|will\s+be)\s+(?:now\s+|also\s+|tentatively\s+)?"
    r"(?:expected|scheduled|due|set|slated|planned|likely)\b"
    r"|^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?visit\s+(?:will|would|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+take\s+place\b"
)


def date_the_planned_visit(visit: Draft | None, si: SentenceInput) -> bool:
    """Give the undated planned ``visit`` of the sentence before the first date of ``si`` when
    ``si`` says "The visit is expected …" (see module doc); True when it did."""
    if visit is None or visit.event_type != "visit" or visit.status != "planned" or visit.date is not None:
        return False
    if GATE not in si.text or not si.dates or not _THE_VISIT_IS_DUE.match(si.text):
        return False
    first = next((x for x in si.dates if to_value(x) is not None), None)
    if first is None:
        return False
    value = to_value(first)
    if first.kind == "half":
        value = coarsen(value, "year")  # "expected in the first half of 2027": a year
    visit.date = value
    return True
