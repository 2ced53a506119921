"""What kind of mention an instrument phrase is, beyond its head word: a named instrument whose
title hides its type ("the Agadir Agreement" is a free trade agreement: ``lexicons/agreement_titles.csv``),
an instrument word in parentheses after a title that says the title's type ("Agreement on ...
(amending protocol)"), uncounted "deals worth $X" (commercial contracts, no instrument) and the
object of a consensus verb ("reached an agreement on X": no signed instrument)."""

from __future__ import annotations

import functools
import re

from pipeline.lexicons import read_lexicon

__all__ = ["_DEALS_RE", "_REACHED_BEFORE_RE", "_VALUE_AFTER_RE", "_acronym_type", "_paren_qualifier", "_title_type"]

# verbs of reaching a consensus ("reached an agreement on", "struck a deal to"): their object is no
# signed instrument unless a signing verb governs it too
_REACHED_BEFORE_RE = re.compile(
    r"(?i)\b(?:reach(?:ed|es|ing)?|str(?:uck|ike|ikes|iking)|hammer(?:ed|ing)?\s+out|arrived\s+at|"
    r"came\s+to|come\s+to|forg(?:ed|e|ing))\s+(?:(?:an?|the|a\s+new|a\s+broad|a\s+tentative|an\s+initial|"
    r"a\s+preliminary)\s+)?$")


@functools.cache
def _titles() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Named instruments whose title hides their type (``lexicons/agreement_titles.csv``)."""
    df = read_lexicon("agreement_titles")
    return tuple((re.compile(rf"(?i:{p})"), t) for p, t in df.select("pattern", "agreement_type").iter_rows())


@functools.lru_cache(maxsize=4096)
def _title_type(name: str) -> str | None:
    """The type of a named instrument listed in ``agreement_titles`` (None when not listed)."""
    for rx, t in _titles():
        if rx.fullmatch(name):
            return t
    return None


_DEALS_RE = re.compile(r"(?i)deals")
_VALUE_AFTER_RE = re.compile(r"(?i)\s+(?:worth|valued\s+at|with\s+a\s+(?:total\s+|combined\s+)?value\s+of|totall?ing)\s")
# a parenthesis of a few modifiers and an instrument word right after a title, in lower case or in
# title case ("(amending protocol)", "(Amending Protocol)", "(Supplementary Protocol)")
_PAREN_QUALIFIER_OPEN_RE = re.compile(r"\s*\(\s*(?:[A-Za-z][\w-]*\s+){0,2}")
_PAREN_QUALIFIER_CLOSE_RE = re.compile(r"\s*\)")


def _paren_qualifier(text: str, title_end: int, hs: int, he: int) -> bool:
    """The instrument word at ``hs:he`` stands in a parenthesis right after a title ending at
    ``title_end``, with at most two modifiers ("(amending protocol)", "(Amending Protocol)", "(FTA)")."""
    return (_PAREN_QUALIFIER_OPEN_RE.fullmatch(text, title_end, hs) is not None
            and _PAREN_QUALIFIER_CLOSE_RE.match(text, he) is not None)


# an acronym in parentheses right after a bare instrument word whose last letters are a free trade
# class ("the original Agreement (IJEPA)", "the Agreement (KAFTA)": Economic Partnership / Free Trade
# Agreement; "(CEPA)", "(CECA)")
_FTA_ACRONYM_RE = re.compile(r"\s*\(\s*[A-Z]{0,6}(?:FTA|EPA|CEPA|CECA)s?\s*\)")


def _acronym_type(text: str, head_end: int) -> str | None:
    """free_trade_agreement when a free-trade acronym in parentheses follows the instrument word
    ending at ``head_end``, else None."""
    return "free_trade_agreement" if _FTA_ACRONYM_RE.match(text, head_end) else None
