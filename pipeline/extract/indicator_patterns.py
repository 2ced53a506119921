"""Word sets and regular expressions shared by several parts of the indicator finder (see
:mod:`pipeline.extract.indicator_sentence`); all compiled once, at import.
"""

from __future__ import annotations

import re

_ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
_NAME_KINDS = frozenset({"name", "alias", "short"})
# "to the kingdom", "from the Gulf country", "to the South American nation", "to the world's
# second-largest economy": the other country
_ANAPHOR_NOUN = (
    r"(?:[\w'’-]+\s+){0,2}?(?:kingdom|sultanate|principality|federation|country|nation|republic|economy|"
    r"island(?:\s+(?:nation|state))?|emirates?|state|"
    r"neighbou?r|neighbou?ring country|partner)\b"
)
# a figure's after-phrase also ends where "and" opens a second flow ("EUR 7.1 billion and French
# imports from Morocco to EUR 7.2 billion"): those words belong to the next figure
_PHRASE_END_RE = re.compile(
    r"[,;:.!?()]|\s[—–-]\s|\s+(?:while|whereas|and\s+(?:has|have|had|is|are|was|were))\b"
    # a clause of cause or time: "fell 2% to $22.9 billion as Kenya curbed imports", "rises to $5
    # billion as imports of machinery surge"
    r"|\s+(?:because|amid|despite|although|though|as(?=\s+(?:the|a|an|its|their|[A-Z]\w*\s+[a-z]+(?:ed|s)\b|(?:exports?|imports?|shipments|purchases|sales)\b)))\b"
    r"|\s+and\s+(?=(?:[\w'’.-]+\s+){0,2}?(?:exports?|imports?|purchases|shipments|sales)\b)"
    # a second reported clause: "trade reached $4 billion and that Japan's investment ..."
    r"|\s+(?:and|but)\s+that\b"
)
# (a name of the programme may stand between: "Japan's Official Development Assistance loans")
_INVEST_OWNER_GAP_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|in|into|to|from|for|by|at|as)\s)(?:[a-z][\w-]*|[A-Z][a-zA-Z-]*)\s+){0,3}"
)


def adjectival(text: str, s: int, e: int, kind: str) -> bool:
    """A country mention used as an adjective: a demonym or adjective ("Chinese"), or an alias that
    ends in a common word ("Chinese mainland investors")."""
    return kind in ("demonym", "adjective") or (kind == "alias" and text[s:e].rsplit(None, 1)[-1].islower())


def owner_before(text: str, actors: list, pos: int) -> str | None:
    """The country that owns the flow word at ``pos``: the last of ``actors`` (country mention
    tuples ``(start, end, iso3, kind)``, in text order) that ends before it with at most a
    possessive and three modifiers between ("Afghan transit trade", "Japan's Official
    Development Assistance loans")."""
    return next((iso for _s, e, iso, _k in reversed(actors) if e <= pos and _INVEST_OWNER_GAP_RE.fullmatch(text, e, pos)), None)


# "in the country", "into the kingdom" (the other country of the pair)
_IN_THE_ANAPHOR_RE = re.compile(rf"\b(?:in|into)\s+the\s+{_ANAPHOR_NOUN}", re.I)
