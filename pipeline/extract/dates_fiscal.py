"""Fiscal (financial) years: whose fiscal year a label names, and when that year starts.

The convention of each country is data (``lexicons/fiscal_years.csv``).  The country of a fiscal
expression is, in order:

1. a country written right before it, as a possessive or an adjective ("India's FY2023-24",
   "the U.S. fiscal year 2024", "Pakistani fiscal year");
2. the document's main country: the place of its dateline ("DHAKA, March 12 (Reuters) -",
   a "Kathmandu" line under the byline), else the country it names most often (first named
   wins a tie);  when that country keeps the calendar year, the country the document names most
   among those whose fiscal year is not the calendar year (a writer says "FY26" for a year that
   is not the calendar one: a Bangladesh–Malaysia trade story's "FY26" is Bangladesh's);
3. none: the default row (``*``).

A country without a row of its own keeps the calendar year; a label that spans two years
("2023-24", "FY2023/24") never names a calendar year, so it then takes the default row.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.dates_dateline import dateline_places

_COUNTRY_KINDS = ("name", "alias", "short", "demonym")
_PLACE_KINDS = ("capital", "city", "name", "alias")
_ATTACHED_RE = re.compile(r"(?:['’]s)?[ \t]+(?:own[ \t]+)?")


@dataclass(frozen=True)
class FiscalRule:
    """When a country's fiscal year starts, and which year labels it."""

    start_month: int  # 1 = the calendar year
    label_by_start: bool = False  # "FY2024" = the year starting in 2024 (Japan), not ending


CALENDAR = FiscalRule(1)


def _lexicon_rows(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon as dicts ([] when it is missing)."""
    from pipeline.lexicons import read_lexicon

    try:
        return list(read_lexicon(name).iter_rows(named=True))
    except FileNotFoundError:
        return []


@functools.cache
def fiscal_table() -> dict[str, FiscalRule]:
    """iso3 (or ``*``) -> its fiscal-year rule, from ``fiscal_years.csv``."""
    out: dict[str, FiscalRule] = {}
    for r in _lexicon_rows("fiscal_years"):
        if r.get("iso3") and r.get("start_month"):
            label = (r.get("label_year") or "end").strip().lower()
            out[r["iso3"]] = FiscalRule(int(r["start_month"]), label == "start")
    out.setdefault("*", FiscalRule(7))
    return out


def fiscal_rule(iso3: str | None) -> FiscalRule:
    """The rule of ``iso3``; the default row when no country is known; the calendar year for a
    country without a row."""
    table = fiscal_table()
    if iso3 is None:
        return table["*"]
    return table.get(iso3, CALENDAR)


def fiscal_start_month(iso3: str | None = None) -> int:
    """Month in which the fiscal year of ``iso3`` begins (the default row when unknown)."""
    return fiscal_rule(iso3).start_month


def _find_countries(text: str):
    from pipeline.extract.countries import find_countries

    return find_countries(text)


def attached_country(text: str, start: int) -> str | None:
    """A country written right before ``text[start:]`` as its possessive or adjective."""
    window = text[max(0, start - 60):start]
    if not window or not window[-1].isspace():
        return None
    hits = _find_countries(window)
    if not hits:
        return None
    h = hits[-1]
    if h.kind in _COUNTRY_KINDS and _ATTACHED_RE.fullmatch(window, h.end):
        return h.iso3
    return None


# A country named as the issuer of a currency ("U.S. dollars", "Singapore dollar", "Hong Kong
# dollars") is not a party the document is about.
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|cents?)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _named_countries(text: str) -> tuple[str, ...]:
    """The countries a document names, most named first (first named wins a tie); a currency's
    issuer ("U.S. dollars") does not count."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for h in _find_countries(text):
        if h.kind in _COUNTRY_KINDS and not _CURRENCY_AFTER.match(text, h.end):
            counts[h.iso3] += 1
            first.setdefault(h.iso3, h.start)
    return tuple(sorted(counts, key=lambda k: (-counts[k], first[k])))


@functools.lru_cache(maxsize=256)
def document_country(text: str) -> str | None:
    """The main country of a document: its dateline place, else the country it names most."""
    if not text:
        return None
    for place in dateline_places(text):
        hits = _find_countries(place)
        if hits and hits[0].start == 0 and hits[0].kind in _PLACE_KINDS:
            return hits[0].iso3
    named = _named_countries(text)
    return named[0] if named else None


@functools.lru_cache(maxsize=256)
def document_fiscal_country(text: str) -> str | None:
    """The country whose fiscal year an unattached label of the document names: its main country
    (:func:`document_country`), unless that one keeps the calendar year and the document's other
    party (the most named of the other countries) has a fiscal year of its own.  A country
    named only in passing, or as a currency's issuer, does not lend its fiscal year."""
    main = document_country(text)
    if main is None or fiscal_rule(main).start_month != 1:
        return main
    other = next((k for k in _named_countries(text) if k != main), None)
    if other is not None and fiscal_rule(other).start_month != 1:
        return other
    return main


def fiscal_rule_for(text: str, start: int, doc_text: str | None, two_years: bool) -> FiscalRule:
    """The rule for a fiscal expression at ``text[start:]`` (see the module docstring);
    ``two_years``: the label names two years ("2023-24")."""
    iso = attached_country(text, start)
    if iso is None and doc_text:
        iso = document_fiscal_country(doc_text)
    rule = fiscal_rule(iso)
    if rule.start_month == 1 and two_years:
        return fiscal_table()["*"]
    return rule
