"""A family name that is also a place: "Chile's Minister of Foreign Affairs, Tomás Echeverría
Lagos, said", "Ana Lucía Toledo" (Spanish and Portuguese double surnames, Arabic nisbas such as
"Al-Masri").

A city or region of the country list written right after two name words (single spaces, no
preposition) and closing the name (a comma, a semicolon, a bracket or the sentence's end follows)
is the last word of the name, not a place: English puts a place after a name only with a
preposition ("X in Lagos", "X of Lagos").  Country names and nationality words are never read so.
"""

from __future__ import annotations

from bisect import bisect_left

from pipeline.extract.countries import LOCATION_KINDS

# what may follow a name that ends the sentence's reference to it
_CLOSERS = frozenset(",;)")


def place_surnames(text: str, tokens: list, good: list[bool], mask: bytearray,
                   country_hits: list) -> None:
    """Mark as name words (in ``good``, clearing ``mask``) the places that close a name."""
    starts = None
    for h in country_hits:
        s, e = h[0], h[1]
        if h[4] not in LOCATION_KINDS or s < 2 or text[s - 1] != " " or not text[s - 2].isalpha():
            continue  # (a place right after a name word and one space only)
        rest = text[e:].lstrip(" ")
        if rest and rest[0] not in _CLOSERS and rest.rstrip() not in ("", "."):
            continue
        if starts is None:
            starts = [t[0] for t in tokens]
        k = bisect_left(starts, s)
        if k < 2 or k >= len(tokens) or tokens[k][1] != e:
            continue
        tok = tokens[k][2]
        if good[k] or not tok[:1].isupper() or tok.isupper():
            continue
        if not (good[k - 1] and good[k - 2]):
            continue
        if tokens[k - 1][1] + 1 != s or tokens[k - 2][1] + 1 != tokens[k - 1][0]:
            continue  # single spaces only: one name written on one line
        good[k] = True
        mask[s:e] = b"\x00" * (e - s)
