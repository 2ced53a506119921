"""The host of a figure told of one side's firms or investment when the sentence names no place:
in a document about two countries, "Korean companies held 10,240 valid projects" or "Japan's
direct investment reached $4.7 billion" in a Japan–Indonesia text measure that side's presence in
the other country of the pair.

The default holds only where nothing points elsewhere: no country outside the pair, no word of a
worldwide or domestic total ("overseas", "globally", "outward"), and no place after "in" in the
figure's clause that is no country of the pair ("in Africa"; a period, "in FY26", is no place;
a named zone or industrial park, "in the Dhabeji zones", lies inside the host).
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.indicator_lexicon import rows_of
from pipeline.extract.indicator_patterns import _ACTOR_KINDS, _PHRASE_END_RE
from pipeline.extract.indicator_types import SentenceInfo, _other
from pipeline.extract.numbers import Quantity

_GLOBAL_RE = re.compile(
    r"\b(?:worldwide|abroad|overseas|globally|global|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe|region)|"
    r"outward|outbound|offshore|at\s+home|domestic(?:ally)?|nationwide|in\s+total\s+foreign)\b",
    re.I,
)
_IN_PLACE_RE = re.compile(r"\b(?:in|across|into|throughout)\s+(?:the\s+)?(?=[A-Z])")


@functools.cache
def _hosting_place_re() -> re.Pattern:
    """A run of capitalised name words ending in a hosting place noun (metrics.csv role=host):
    "Rashakai, Allama Iqbal and Dhabeji zones", "Suzhou Industrial Park"."""
    nouns = "|".join(f"(?:{r.rx.pattern})" for r in rows_of("host", "place"))
    # (not the zone of a bloc: "the Euro zone")
    return re.compile(rf"(?!(?:Euro|Schengen)\b)(?:[A-Z][\w'’.-]*,?\s+(?:(?:and|&)\s+)?){{1,8}}?(?:{nouns or '(?!x)x'})")


# a place named right after the zone, where it lies: "the Jebel Ali Free Zone in Dubai"
_PLACED_AFTER_RE = re.compile(r",?\s+(?:in|of|at)\s+(?:the\s+)?(?=[A-Z])")


def _hosting_place(text: str, pos: int, pair_starts: set[int]) -> bool:
    """A named zone or park at ``pos`` that lies inside the host: not one placed by its own "in" a
    place that is no country of the pair ("the Jebel Ali Free Zone in Dubai")."""
    h = _hosting_place_re().match(text, pos)
    if h is None:
        return False
    after = _PLACED_AFTER_RE.match(text, h.end())
    return after is None or after.end() in pair_starts


def pair_host(text: str, q: Quantity, origin: str | None, info: SentenceInfo) -> str | None:
    """The other country of the document's pair as the host of a figure of ``origin``'s firms or
    investment, when the sentence names no other place for it; else None."""
    if origin is None or len(info.dyad) != 2 or origin not in info.dyad:
        return None
    if any(kind in _ACTOR_KINDS and iso not in info.dyad for _s, _e, iso, kind in info.countries):
        return None
    if _GLOBAL_RE.search(text):
        return None
    em = _PHRASE_END_RE.search(text, q.end)
    clause_end = em.start() if em else len(text)
    # (a period is no place: "in FY26", "in March")
    starts = {s for s, _e, _iso, _k in info.countries} | {d[0] for d in info.dates}
    pair_starts = {s for s, _e, iso, _k in info.countries if iso in info.dyad}
    if any(m.end() not in starts and not _hosting_place(text, m.end(), pair_starts)
           for m in _IN_PLACE_RE.finditer(text, 0, clause_end)):
        # ("invested $1.2 billion in the Rashakai and Dhabeji zones": a zone inside the host)
        return None  # "employ 10,000 people in Africa": a place that is no country of the pair
    return _other(info.dyad, origin)
