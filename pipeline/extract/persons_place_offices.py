"""The office of a named place written before a name: "Mayor of Lahore, X", "Governor of
Mombasa County X", "Chief Minister of Sindh X", "the Governor of the Punjab, Y".

A governor, mayor or chief minister of a city, capital or region (``countries.csv`` kinds
``city``, ``capital``, ``region``) serves the country that place is in.  An envoy is the
exception: his post is a place abroad ("Consul General in Lahore") and is read elsewhere, so a
diplomat's title never takes the country of a place.  A unit noun may follow the place's name
("Mombasa County", "Sichuan Province").
"""

from __future__ import annotations

import re

from pipeline.extract.persons_gaps import _skip_ws_back
from pipeline.extract.persons_offices import _UNIT_NOUNS

_OF_BACK = re.compile(r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?$")
_NO_PLACE_OFFICE = frozenset({"modifier", "descriptor", "diplomat"})


def place_office_back(text: str, pos: int, atom_by_end: dict, place_by_end: dict):
    """(end of the title atom, iso3 of the place) of "<title> of [the] <Place> [<Unit>]" ending
    at ``pos`` (spaces or a comma before the name already skipped); else None."""
    q = pos
    word = text[max(0, q - 14) : q].rpartition(" ")[2]
    if word in _UNIT_NOUNS:
        q = _skip_ws_back(text, q - len(word))
    place = place_by_end.get(q)
    if place is None:
        return None
    m = _OF_BACK.search(text, max(0, place[0] - 12), place[0])
    if m is None:
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind in _NO_PLACE_OFFICE:
        return None
    return m.start(), place[3]
