"""The country of an officer named with the state body they serve in: "Major General X of the
PLA's Xinjiang Military Command", "Brigadier Y of the Indian Army", "Director Z of the Chinese
Foreign Ministry", or with the body named right before the title ("SUPARCO Chairman X") -> the
body's country (``organizations.csv``: ``iso3`` of a government,
military, party or legislature row).  Read only after a titled name and "of (the)"; a media
house, company or academic body is no state the person serves (an analyst's institution is read
by :func:`persons_clauses.institution_country`)."""

from __future__ import annotations

import functools

from pipeline.lexicons import read_lexicon

#: kinds of organisation whose officers serve the organisation's country
STATE_BODY_KINDS = frozenset({"government", "military", "party", "legislature"})


@functools.cache
def _state_bodies() -> dict[str, str]:
    """Surface (``’`` read as ``'``) -> iso3 of every state body of one country."""
    rows = read_lexicon("organizations").select("surface", "iso3", "kind").iter_rows()
    return {
        s.replace("’", "'"): iso3
        for s, iso3, kind in rows
        if s and iso3 and kind in STATE_BODY_KINDS
    }


@functools.cache
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(_state_bodies(), key=len, reverse=True))


def state_body_country(text: str, pos: int) -> str | None:
    """The country of the state body whose name starts at ``pos`` ("PLA's", "Pakistan Army,"),
    else None.  The name must end at a word boundary (a possessive may follow)."""
    head = text[pos : pos + 80].replace("’", "'")
    if not head[:1].isupper():
        return None
    bodies = _state_bodies()
    for surface in _longest_first():
        if head.startswith(surface):
            after = head[len(surface) : len(surface) + 1]
            if not after or not (after.isalnum() or after in "-"):
                return bodies[surface]
    return None


def state_body_country_back(text: str, pos: int) -> str | None:
    """The country of the state body whose name ends at ``pos`` ("SUPARCO" in "SUPARCO Chairman
    X", "the Pakistan Army" before "Chief"), else None.  The name must start at a word boundary."""
    head = text[max(0, pos - 80) : pos].replace("’", "'")
    if not head[-1:].isalpha():
        return None
    bodies = _state_bodies()
    for surface in _longest_first():
        if head.endswith(surface):
            before = head[-len(surface) - 1 : -len(surface)]
            if not before or not (before.isalnum() or before in "-"):
                return bodies[surface]
    return None
