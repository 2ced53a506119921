"""The receiving side of a benefit counted for a nationality: "created about 12,000 jobs for
Ghanaians", "40 scholarships were offered to Nepali students". In a document about two countries,
the jobs or scholarships go to the country of the people named after "for"/"to" and come from the
other country of the pair (the giver the sentence leaves unnamed, or names only inside a project or
programme name: "CPEC projects", "Under the India Technical Programme").

The rule holds only for a document pair of two countries with no third country in the sentence,
and only for the nationality right after the preposition (a few qualifiers between: "for local
Kenyans", "to young Ugandan engineers").
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_patterns import _ACTOR_KINDS
from pipeline.extract.indicator_types import SentenceInfo, _other
from pipeline.extract.numbers import Quantity

# metrics whose figure is given to people of one side
BENEFIT_METRICS = frozenset({"jobs_created", "scholarships"})
# between the figure and the preposition: the rest of its noun phrase and a passive verb
# ("jobs for", "scholarships were offered to", "scholarships have been awarded to")
_LEAD_RE = re.compile(
    r"(?:\s+(?:(?:have|has|had|were|was|are|is|been|being|be|will\s+be)\s+)*"
    r"(?:offered|awarded|granted|given|provided|allocated|extended|created|generated)\b)?"
    r"(?:\s+(?:so\s+far|to\s+date))?\s+(?:for|to)\s+(?:the\s+)?(?:(?:local|young|qualified|skilled|deserving)\s+)?$",
    re.I,
)
_MAX_GAP = 60


def beneficiary_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(giver, receiver) of jobs or scholarships counted "for"/"to" people of one side of the
    document's pair, else (None, None)."""
    if len(info.dyad) != 2:
        return None, None
    if any(kind in _ACTOR_KINDS and iso not in info.dyad for _s, _e, iso, kind in info.countries):
        return None, None
    for s, _e, iso, kind in info.countries:
        if s < q.end or s > q.end + _MAX_GAP:
            continue
        if kind in _ACTOR_KINDS and iso in info.dyad and _LEAD_RE.fullmatch(text, q.end, s):
            return _other(info.dyad, iso), iso
        break
    return None, None
