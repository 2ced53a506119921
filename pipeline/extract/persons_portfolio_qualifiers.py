"""Adjectives inside a ministry's list of portfolios ("Minister of Foreign Affairs, African
Cooperation and Moroccan Expatriates"): a nationality or regional adjective that qualifies the
portfolio word right after it.

Read only after the first portfolio and a joint (see :func:`persons_lexicon._generic_minister_regex`),
so a leading adjective never becomes a portfolio ("South African Foreign Minister").  The words are
data: every demonym of ``countries.csv`` and the rows of ``person_portfolio_qualifiers.csv``.
"""

from __future__ import annotations

import functools

from pipeline.extract.countries import _trie_regex
from pipeline.lexicons import read_lexicon


@functools.cache
def portfolio_qualifier_words() -> tuple[str, ...]:
    """Every adjective that may stand before a non-first portfolio word, sorted."""
    countries = read_lexicon("countries")
    demonyms = countries.filter(countries["kind"] == "demonym")["surface"].drop_nulls().to_list()
    lex = read_lexicon("person_portfolio_qualifiers")
    own = lex.filter(lex["kind"] != "diaspora")["word"].drop_nulls().to_list()
    # a people noun in -s ("Afghans") or an all-capitals word is no adjective before a noun
    words = {w for w in demonyms + own if w and not w.isupper()}
    return tuple(sorted(words))


@functools.cache
def diaspora_portfolios() -> tuple[str, ...]:
    """Portfolios of a ministry for a people abroad: "<lead> <demonym>s" ("Overseas Pakistanis",
    "Non-Resident Nepalis") for every lead word of kind ``diaspora`` and every demonym of
    ``countries.csv`` that forms its plural with -s ("Pakistani", "Indian", "Filipino")."""
    lex = read_lexicon("person_portfolio_qualifiers")
    leads = lex.filter(lex["kind"] == "diaspora")["word"].drop_nulls().to_list()
    plurals = {d + "s" for d in demonym_iso3() if d[-1:] in ("i", "n", "o") and " " not in d}
    return tuple(sorted(f"{lead} {p}" for lead in leads for p in plurals))


@functools.cache
def portfolio_qualifier_regex() -> str:
    """Regex source of an optional qualifier and its space, to put before a portfolio word."""
    return r"(?:(?:" + _trie_regex(list(portfolio_qualifier_words())) + r")\s+)?"


@functools.cache
def demonym_iso3() -> dict[str, str]:
    """Nationality adjective -> iso3 (countries.csv, kind=demonym)."""
    countries = read_lexicon("countries")
    rows = countries.filter(countries["kind"] == "demonym").select("surface", "iso3").iter_rows()
    return {surface: iso3 for surface, iso3 in rows if surface and iso3}


@functools.lru_cache(maxsize=4096)
def portfolio_nation(portfolio: str) -> str | None:
    """The country a list of portfolios names as its own ("Foreign Affairs, Emigration and
    Egyptian Expatriates" -> EGY): the one nationality adjective in it, or None."""
    table = demonym_iso3()
    found = {table[w] for w in portfolio.split() if w in table}
    return found.pop() if len(found) == 1 else None
