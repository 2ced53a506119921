"""A journey whose subject is a crowd of private people is no visit between two states.

"Some 416,000 Indians visited Sri Lanka in 2025", "more than 87,000 Pakistani pilgrims travelled
to Iraq", "thousands of Chinese tourists arrived in Bangkok": the head of the subject right before
the verb is either a counted plural (a number with thousands separators or a scale word, "hundreds
of ...") or a noun of private people (the ``nonstate`` cue class of ``event_triggers.csv``:
tourists, pilgrims, students ...).  Such a subject makes no visit even when a reporter is named
earlier in the sentence ("Ms X said that 87,000 pilgrims travelled to Y": X is not the visitor).
"""

from __future__ import annotations

import re

from pipeline.extract.event_lexicon import cue_search

__all__ = ["crowd_subject"]

# a counted plural right before the verb: "416,000 Indians", "2.3 million Chinese tourists",
# "thousands of Kenyan students" (a year, "In 2025 Modi", has no separator and no scale word)
_COUNTED = re.compile(
    r"(?:\b\d{1,3}(?:,\d{3})+|\b\d+(?:\.\d+)?\s+(?:million|thousand|lakh|crore|hundred)|"
    r"\b(?:hundreds|thousands|tens\s+of\s+thousands|millions|dozens|scores)\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:s|ese)\s+(?:(?:have|has|had|also|again|reportedly|already)\s+)*$",
    re.IGNORECASE,
)
# the words right before the verb, at most this far back
_REACH = 60
# the subject's head: the last word before the verb, past auxiliaries and adverbs
_HEAD = re.compile(r"([\w-]+)\s+(?:(?:have|has|had|also|again|reportedly|already)\s+)*$", re.IGNORECASE)


def crowd_subject(text: str, lo: int, trig_start: int, present: frozenset[str] | None = None) -> bool:
    """Is the subject right before the trigger at ``trig_start`` a crowd of private people?"""
    before = text[max(lo, trig_start - _REACH) : trig_start]
    if _COUNTED.search(before):
        return True
    head = _HEAD.search(before)
    return head is not None and cue_search("nonstate", head.group(1), present) is not None
