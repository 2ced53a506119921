"""The embassy a sentence names gives its unqualified ambassador a country: "at the Peruvian
Embassy in Beijing, where Ambassador X presented ..." -> PER.  An envoy written without a country
in a sentence that names the embassy of exactly one country heads that embassy (the journalistic
shorthand for "the ambassador there"); two embassies, or none, give nothing."""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS

_EMBASSY = re.compile(r"\b(?:Embassy|High\s+Commission|Consulate(?:[-\s]+General)?)\b")
# the words of a diplomatic mission, for a quick test of a sentence before the regex
_MISSION_WORDS = ("Embass", "High Commission", "Consulate")


def names_mission(text: str) -> bool:
    """Whether ``text`` may name an embassy, a high commission or a consulate (a quick test)."""
    # (the regex only for a high commission written with another space than one blank)
    return any(w in text for w in _MISSION_WORDS) or ("Commission" in text and _EMBASSY.search(text) is not None)
_BEFORE = re.compile(r"(?:['’]s)?[^\S\r\n]+$")  # "Peruvian Embassy", "Peru's Embassy"
_OF_AFTER = re.compile(r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?")  # "Embassy of (the) Peru"


def sole_embassy_country(text: str, hit_by_end: dict) -> str | None:
    """The one country whose embassy (high commission, consulate) the sentence names, else
    None."""
    if not names_mission(text):
        return None
    hit_by_start = {h[0]: h for h in hit_by_end.values()}
    found: set[str] = set()
    for m in _EMBASSY.finditer(text):
        before = _BEFORE.search(text, max(0, m.start() - 4), m.start())
        hit = None
        if before is not None:
            hit = hit_by_end.get(before.start())
        if hit is None:
            of = _OF_AFTER.match(text, m.end())
            if of is not None:
                hit = hit_by_start.get(of.end())
        if hit is not None and hit[4] in ACTOR_KINDS | {"demonym"}:
            found.add(hit[3])
        elif hit is None:
            return None  # an embassy of no stated country ("the embassy's ..."): undecided
    return next(iter(found)) if len(found) == 1 else None
