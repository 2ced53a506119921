"""The gaps between a name, its titles and its country that several readers of a sentence test:
a list separator, "of (the)", a body after "of", the possessive tails, the country written right
after a name, and skipping horizontal space backwards from a position."""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+cum\s+)")
_OF_THE_BACK = re.compile(r"\s+(of|to)\s+(?:the\s+)?$", re.IGNORECASE)
# "of the Communist Party" before "of <country>": a body between a title and its country
_OF_BODY_BACK = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}([A-Z][\w'’\-]*)\s*$")
_HSPACE = frozenset(" \t\u00a0\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))
_OF_THE_FWD = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSIVE_TAILS = ("'s", "’s")
_BRACKET_FWD = re.compile(r"[^\S\r\n]*\(")


def country_after(text: str, end: int, hit_by_start: dict):
    """(country hit, where it ends) written right after a name that ends at ``end``: "X of
    Pakistan", or in brackets, the style of a list of participants "X (Chile) and Y
    (Argentina)"; else None. ``hit_by_start`` holds only countries as actors."""
    m = _OF_THE_FWD.match(text, end)
    if m is not None:
        hit = hit_by_start.get(m.end())
        return (hit, hit[1]) if hit is not None else None
    m = _BRACKET_FWD.match(text, end)
    hit = hit_by_start.get(m.end()) if m is not None else None
    if hit is None or not text.startswith(")", hit[1]):
        return None
    return hit, hit[1] + 1


def _skip_ws_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in _HSPACE:
        pos -= 1
    return pos
