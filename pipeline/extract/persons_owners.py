"""The country that owns what stands before a title through its possessive: a place
("Tanzania's Tanga Regional Commissioner", :func:`_place_owner_back`) or a body ("the Afghan
interim government's Foreign Minister", :func:`_body_owner_back`)."""

from __future__ import annotations

import re

from pipeline.extract.persons_clauses import possessive_back
from pipeline.extract.persons_gaps import _skip_ws_back
from pipeline.extract.persons_lexicon import org_heads

_PLACE_WORDS_BACK = re.compile(r"(?<![\w'’])(?:[A-Z][\w-]*[^\S\r\n]+)?[A-Z][\w-]*$")


def _place_owner_back(text: str, pos: int, hit_by_end: dict):
    """The country hit of "<Country>'s <Place>" ending at ``pos`` (one or two capitalised words
    after a country's possessive: "Tanzania's Tanga", "India's Tamil Nadu"), else None."""
    m = _PLACE_WORDS_BACK.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    p = _skip_ws_back(text, m.start())
    back = possessive_back(text, p)
    return hit_by_end.get(back) if back < p else None


# the last word of a country's body whose possessive can qualify an office ("the Afghan interim
# government's Foreign Minister", "Egypt's foreign ministry's spokesman")
_BODY_NOUNS = frozenset(
    "government administration cabinet military army navy ministry regime junta parliament "
    "council presidency authorities".split()
)


def _body_owner_back(text: str, pos: int, hit_by_end: dict):
    """The country hit of "<Country|Demonym> [one or two words] <body>" ending at ``pos`` (right
    before "'s"): "the Afghan interim government", "Sudan's military", "the Egyptian Foreign
    Ministry"; None otherwise."""
    q = pos
    while q > 0 and text[q - 1].isalpha():
        q -= 1
    last = text[q:pos]
    if not last or (last.lower() not in _BODY_NOUNS and last not in org_heads()):
        return None
    floor = pos - 50
    p = _skip_ws_back(text, q)
    for _ in range(3):
        if p == q or p <= floor:
            return None
        hit = hit_by_end.get(p) or hit_by_end.get(possessive_back(text, p))
        if hit is not None:
            return hit
        q = p
        while q > 0 and text[q - 1].isalpha():
            q -= 1
        if q == p:
            return None
        p = _skip_ws_back(text, q)
    return None
