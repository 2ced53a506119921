"""The letters a name is written with as a cue to its bearer's country: "Phạm Gia Nghĩa" is
written in Vietnamese, "Paweł Nowak" in Polish (``person_name_letters.csv``).  Read like a
national style ("Dato' Sri X"): only in an article about two countries, for a person whose
country nothing else states, when exactly one side is among the letters' countries."""

from __future__ import annotations

import functools

from pipeline.lexicons import read_lexicon


@functools.cache
def _letter_countries() -> dict[str, tuple[str, ...]]:
    """letter -> the countries whose names are written with it."""
    out: dict[str, tuple[str, ...]] = {}
    for letters, iso3 in read_lexicon("person_name_letters").select("letters", "iso3").iter_rows():
        if not letters or not iso3:
            continue
        countries = tuple(c.strip() for c in iso3.split(";") if c.strip())
        for ch in letters:
            out[ch] = countries
    return out


@functools.lru_cache(maxsize=1 << 16)
def name_letter_countries(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The countries the letters of a name point to (none when they point two ways).  Memoised:
    a name recurs in its document and across a corpus."""
    table = _letter_countries()
    found: tuple[str, ...] = ()
    for ch in "".join(tokens).lower():
        countries = table.get(ch)
        if countries is None or countries == found:
            continue
        if found:
            return ()  # letters of two languages: no cue
        found = countries
    return found


def letter_styles(runs: list) -> None:
    """Give each run with no national style the countries its name's letters point to."""
    for run in runs:
        if not run.style_countries:
            run.style_countries = name_letter_countries(run.tokens)
