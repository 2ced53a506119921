"""The direction of a currency swap line: from the central bank whose currency the line is sized
in to the other side of the pair ("a CNY 45 billion swap between the State Bank of Pakistan and
the People's Bank of China": CHN -> PAK; "India's INR 30 billion swap arrangement with the
Maldives": IND -> MDV).  The side that issues the currency provides the liquidity; a line sized in
a third currency ("a $15 billion swap") or in a shared one (the euro) has no direction here.
The issuer of a currency is data (``lexicons/currencies.csv``, column country_iso3)."""

from __future__ import annotations

from pipeline.extract.indicator_money import _currency_countries
from pipeline.extract.indicator_types import SentenceInfo, _other


def swap_direction(unit: str | None, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(provider, receiver) of a swap line sized in ``unit``, when exactly one side of the
    document's pair issues that currency; else (None, None)."""
    sides = [c for c in info.dyad if c in _currency_countries().get(unit or "", frozenset())]
    if len(info.dyad) != 2 or len(sides) != 1:
        return None, None
    return sides[0], _other(info.dyad, sides[0])
