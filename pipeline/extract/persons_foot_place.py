"""The place and date a release is signed at, at its foot: "Jubilee House, Accra / 3rd October,
2026", "Islamabad, 12 May 2025", "State House, Nairobi / 4 March 2026" (:func:`foot_place_country`).
A government writes its releases from its own seat, so the place is the issuer's country, the
article's home (like a dateline at its head); a line that is only a city, with no date beside or
under it, is no such line."""

from __future__ import annotations

import re

from pipeline.extract.countries import find_countries
from pipeline.extract.dates_grammar import DAY, MON

_CITY_KINDS = frozenset({"capital", "city"})
# a venue before the city: "Jubilee House, ", "State House, ", "Office of the President, "
_VENUE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+(?:of|the)?\s*[A-Z][\w'’.-]*){0,5}\s*,\s*)?")
# a whole date: "3rd October, 2026", "October 3, 2026", "12 May 2025", "2026-10-03", "03.10.2026"
# (the month and day grammar is the dates extractor's, dates_grammar)
_DATE = re.compile(
    rf"\s*(?:{DAY}\s+{MON},?\s+\d{{4}}|{MON}\s+{DAY},?\s+\d{{4}}"
    rf"|\d{{4}}-\d\d-\d\d|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\.?\s*"
)


def _place(line: str) -> tuple[str, int] | None:
    """(iso3, end) of a city or capital that ends the venue of ``line`` ("Jubilee House, Accra")."""
    venue = _VENUE.match(line)
    start = venue.end() if venue else 0
    hits = find_countries(line)
    for h in hits:
        if h.start == start and h.kind in _CITY_KINDS:
            return h.iso3, h.end
    if start:  # the venue's pattern may have eaten the city ("Accra, 12 May 2025")
        for h in hits:
            if h.start == 0 and h.kind in _CITY_KINDS:
                return h.iso3, h.end
    return None


def foot_place_country(lines: list[str]) -> str | None:
    """The country of the signing place among the last ``lines`` of a document (in reading
    order): a line "[venue, ]city, date", or "[venue, ]city" with the next line a date."""
    for k, raw in enumerate(lines):
        line = raw.strip()
        if not line or len(line) > 80:
            continue
        found = _place(line)
        if found is None:
            continue
        iso3, end = found
        rest = line[end:]
        if not rest.strip(" ."):
            if k + 1 < len(lines) and _DATE.fullmatch(lines[k + 1]):
                return iso3
        elif rest.lstrip().startswith(",") and _DATE.fullmatch(rest.lstrip()[1:]):
            return iso3
    return None
