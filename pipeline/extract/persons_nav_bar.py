"""The home country a page's head names without a dateline: a news site's navigation bar with
its own country's desk beside the world desk ("Home | Bangladesh | Politics | World | Sports"),
and a national body's site name made of its acronym and its country ("MINDEF Singapore",
"MOFA Japan").  Not a trail into the world desk ("Home | News | World | Asia | Japan": the country
right after the world desk or a region's desk) and not the country office of a foreign or
international body known by its acronym ("USAID Kenya", "UNDP Bangladesh")."""

from __future__ import annotations

import functools
import re

from pipeline.extract.countries import find_countries
from pipeline.lexicons import read_lexicon

#: kinds of a country hit that name the country itself (a section label, a site name)
_NAME_KINDS = frozenset({"name", "alias", "short"})
#: the separators of a navigation bar's sections
_BAR = re.compile(r"[^\S\r\n]*[|•·][^\S\r\n]*")
#: vectorisable superset of a navigation bar: four or more short sections between bars
NAV_BAR_QUICK = r"^[^|•·\n]{1,40}(?:[|•·][^|•·\n]{1,40}){3,}$"
#: vectorisable superset of a site name: an acronym in capitals, then capitalised words
SITE_NAME_QUICK = r"^\s*[A-Z]{2,8}[^\S\r\n]+[A-Z][\w'’ -]{2,40}$"
_SITE_NAME = re.compile(r"([A-Z]{2,8})[^\S\r\n]+(\S.*)")


@functools.cache
def _sections(kind: str) -> frozenset[str]:
    """Lower-cased labels of a navigation bar's desks of news from abroad of one ``kind`` ("world",
    "region"; ``nav_world_sections.csv``)."""
    df = read_lexicon("nav_world_sections")
    return frozenset(w.lower() for w, k in df.select("word", "kind").iter_rows() if w and k == kind)


def _world_sections() -> frozenset[str]:
    return _sections("world")


@functools.cache
def _org_countries() -> dict[str, str]:
    """Surface -> iso3 ("" for an international body) of every organisation (``organizations.csv``)."""
    rows = read_lexicon("organizations").select("surface", "iso3").iter_rows()
    return {s: (iso3 or "") for s, iso3 in rows if s}


def _whole_country(label: str) -> str | None:
    """The iso3 of a label that is only a country's name ("Bangladesh", "Viet Nam"), else None."""
    hits = find_countries(label)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(label):
        return hits[0].iso3 if hits[0].kind in _NAME_KINDS else None
    return None


def nav_bar_country(text: str) -> str | None:
    """The country of a news site's navigation bar ("Home | Pakistan | Business | World"): four
    or more short sections, one of them the world desk, exactly one other a country's name and
    no other section naming a country ("Home | National | Diplomacy | North Korea | Sports",
    without a world desk, is no home)."""
    labels = [s.strip() for s in _BAR.split(text.strip())]
    if len(labels) < 4 or any(not s or len(s.split()) > 4 for s in labels):
        return None
    worlds = _world_sections()
    if not any(s.lower() in worlds for s in labels):
        return None
    abroad = worlds | _sections("region")
    found: set[str] = set()
    for i, label in enumerate(labels):
        iso3 = _whole_country(label)
        if iso3 is not None and i > 0 and labels[i - 1].lower() in abroad:
            return None  # "Home | News | World | Asia | Japan": a trail into the world desk
        if iso3 is not None:
            found.add(iso3)
        elif find_countries(label):
            return None  # "Asia & China": a section about abroad
    return found.pop() if len(found) == 1 else None


def site_name_country(text: str) -> str | None:
    """The country of a national body's site name at the very top of its page: an acronym in
    capitals, then only a country's name ("MINDEF Singapore", "MOFA Japan")."""
    m = _SITE_NAME.fullmatch(text.strip())
    if m is None:
        return None
    iso3 = _whole_country(m.group(2).strip())
    own = _org_countries().get(m.group(1))
    if iso3 is not None and own is not None and own != iso3:
        return None  # "USAID Kenya", "UNDP Bangladesh": a foreign or international body's office there
    return iso3
