"""The direction of a currency swap line: from the central bank whose currency the line is sized
in to the other side of the pair ("a CNY 45 billion swap between the State Bank of Pakistan and
the People's Bank of China": CHN -> PAK; "India's INR 30 billion swap arrangement with the
Maldives": IND -> MDV).  The side that issues the currency provides the liquidity; a line sized in
a third currency ("a $15 billion swap") or in a shared one (the euro) has no direction here.
The issuer of a currency is data (``lexicons/currencies.csv``, column country_iso3)."""

from __future__ import annotations

import functools

from pipeline.extract.indicator_types import SentenceInfo, _other
from pipeline.lexicons import read_lexicon


@functools.lru_cache(maxsize=1)
def _issuers() -> dict[str, frozenset[str]]:
    """ISO 4217 code -> the countries the lexicon names as its issuer."""
    out: dict[str, set[str]] = {}
    for row in read_lexicon("currencies").iter_rows(named=True):
        code, iso = row.get("iso_code"), row.get("country_iso3")
        if code and iso:
            out.setdefault(code, set()).add(iso)
    return {k: frozenset(v) for k, v in out.items()}


def swap_direction(unit: str | None, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(provider, receiver) of a swap line sized in ``unit``, when exactly one side of the
    document's pair issues that currency; else (None, None)."""
    sides = [c for c in info.dyad if c in _issuers().get(unit or "", frozenset())]
    if len(info.dyad) != 2 or len(sides) != 1:
        return None, None
    return sides[0], _other(info.dyad, sides[0])
