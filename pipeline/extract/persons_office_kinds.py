"""What an office is, from the title lexicons: whether a title is an office of a state
(:func:`is_state_office`), its kind (:func:`title_kind`: peers share one), the few states that
have it (``title_countries.csv``) and the crowns a state does not have (:func:`_foreign_crown`)."""

from __future__ import annotations

import functools
import re

import polars as pl

from pipeline.lexicons import read_lexicon

@functools.cache
def _title_scopes() -> dict[str, bool]:
    """Normalised title -> whether it is an office of a state (``scope`` empty in titles.csv)."""
    df = read_lexicon("titles")
    scope = pl.col("scope") if "scope" in df.columns else pl.lit(None, dtype=pl.String)
    table: dict[str, bool] = {}
    for title, kind, sc in df.select("title", "kind", scope).iter_rows():
        if not title or kind in ("descriptor", "modifier", "portfolio"):
            continue
        national = not sc and kind != "diplomat"
        table[title.lower()] = table.get(title.lower(), True) and national
    for h in read_lexicon("honorifics")["title"].drop_nulls().to_list():
        table.setdefault(h.lower(), True)  # military ranks: "Gen." -> General
    return table


_GENERIC_TITLE = re.compile(
    r"(?:minister|secretary|undersecretary|cabinet secretary|minister of state|secretary of state)"
    r" (?:of|for) \S"
    r"|\S.* adviser$"  # "Commerce Adviser", "Special Adviser" (persons_lexicon._GENERIC_HEADS)
)


def _by_longest_suffix(title: str, table: dict, *, generic, unknown):
    """The ``table`` value of the longest word-suffix of ``title`` that is in it (a modifier prefix
    such as "Caretaker" or "Former" is skipped); ``generic`` for a "Minister of …"-shaped suffix
    not listed; ``unknown`` when nothing matches."""
    words = title.lower().split()
    for i in range(len(words)):
        key = " ".join(words[i:])
        if key in table:
            return table[key]
        if _GENERIC_TITLE.match(key):
            return generic
    return unknown


@functools.lru_cache(maxsize=4096)
def is_state_office(title: str) -> bool:
    """Whether ``title`` (as normalised by the person finder) is an office of a state: a
    modifier prefix is ignored ("Caretaker Prime Minister", "Former President")."""
    return _by_longest_suffix(title, _title_scopes(), generic=True, unknown=False)


@functools.cache
def _title_countries() -> dict[str, tuple[str, ...]]:
    """Normalised title (lower case) -> the few states where it is an office
    (``title_countries.csv``)."""
    df = read_lexicon("title_countries")
    return {
        t.strip().lower(): tuple(c.strip() for c in cs.split("|") if c.strip())
        for t, cs in df.select("title", "countries").iter_rows()
        if t and cs
    }


@functools.cache
def _crowns() -> dict[str, frozenset[str]]:
    """Normalised title (lower case) -> the only states where it is an office (``only`` = yes
    in ``title_countries.csv``: King, Crown Prince, Emir …)."""
    df = read_lexicon("title_countries")
    if "only" not in df.columns:
        return {}
    return {
        t.strip().lower(): frozenset(c.strip() for c in cs.split("|") if c.strip())
        for t, cs, only in df.select("title", "countries", "only").iter_rows()
        if t and cs and (only or "").strip().lower() in ("yes", "y", "true", "1")
    }


def _foreign_crown(titles, home: str) -> bool:
    """Whether one of ``titles`` is an office that the state ``home`` does not have ("Crown
    Prince" for Pakistan): the article's home country cannot be the holder's."""
    crowns = _crowns()
    for t in titles:
        states = crowns.get(t.lower())
        if states is not None and home not in states:
            return True
    return False


@functools.cache
def _title_kinds() -> dict[str, str]:
    """Normalised title (lower case) -> its kind in titles.csv (heads of state and government
    count as one kind: "Chancellor" and "Prime Minister" are peers)."""
    df = read_lexicon("titles")
    table: dict[str, str] = {}
    for title, kind in df.select("title", "kind").iter_rows():
        if title and kind and kind not in ("descriptor", "modifier", "portfolio"):
            table.setdefault(title.lower(), "head" if kind.startswith("head_of") else kind)
    for h in read_lexicon("honorifics")["title"].drop_nulls().to_list():
        table.setdefault(h.lower(), "military")
    return table


@functools.lru_cache(maxsize=4096)
def title_kind(title: str) -> str:
    """The kind of office of a normalised title ("Caretaker Prime Minister" -> "head",
    "Minister of Trade" -> "minister"); "other" when unknown."""
    return _by_longest_suffix(title, _title_kinds(), generic="minister", unknown="other")
