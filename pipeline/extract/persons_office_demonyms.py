"""A nationality adjective written inside an office's body: "Chief of the Russian General Staff",
"first deputy chief of the Kyrgyz General Staff", "Commander of the Egyptian Navy".

The office is the lexicon's title without the adjective ("Chief of the General Staff"), and the
adjective names the country the holder serves.  Found by reading the title regex over the
sentence with the adjective blanked out (same length, so offsets stay valid): a title phrase
that spans the blank is such an office.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.countries import _trie_regex
from pipeline.extract.persons_portfolio_qualifiers import demonym_iso3
from pipeline.lexicons import read_lexicon


@functools.cache
def _of_the_demonym() -> re.Pattern[str]:
    words = sorted(w for w in demonym_iso3() if not w.isupper())
    return re.compile(r"(?<![\w'’])of[^\S\r\n]+the[^\S\r\n]+(" + _trie_regex(words) + r")[^\S\r\n]+(?=[A-Z])")


@functools.cache
def _of_possessive() -> tuple[re.Pattern[str], dict[str, str]]:
    """"of China's <Capitalised>": a country's possessive where an office's body says "of the"."""
    countries = read_lexicon("countries")
    rows = countries.filter(countries["kind"].is_in(["name", "short", "alias"]))
    table = {s: i for s, i in rows.select("surface", "iso3").iter_rows() if s and i and len(s) > 1}
    words = sorted(table)
    # (a literal first, for a fast scan; the word boundary before "of" is tested by the caller)
    pattern = re.compile(r"of[^\S\r\n]+(" + _trie_regex(words) + r")['’]s[^\S\r\n]+(?=[A-Z])")
    return pattern, table


def demonym_gaps(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each nationality adjective right after "of the" and before a
    capitalised word, and of each country's possessive right after "of" ("Vice Chairman of
    China's National Development and Reform Commission"); empty for most sentences (a quick
    test first)."""
    gaps = []
    if "of the " in text:
        table = demonym_iso3()
        gaps = [(m.start(1), m.end(1), table[m.group(1)]) for m in _of_the_demonym().finditer(text)]
    if ("'s " in text or "’s " in text) and "of " in text:
        pattern, names = _of_possessive()
        gaps += [(m.start(1), m.end(1) + 2, names[m.group(1)]) for m in pattern.finditer(text)
                 if m.start() == 0 or not text[m.start() - 1].isalnum()]
        gaps.sort()
    return gaps


def blanked(lowered: str, gaps: list[tuple[int, int, str]]) -> str:
    """``lowered`` with every gap replaced by spaces (the title regex reads a run of spaces as
    one space); a country's possessive by "the" and spaces ("of china's national" -> "of the
    national")."""
    parts, pos = [], 0
    for s, e, _ in gaps:
        fill = "the" if lowered[e - 2 : e] in ("'s", "’s") and e - s >= 3 else ""
        parts += [lowered[pos:s], fill + " " * (e - s - len(fill))]
        pos = e
    parts.append(lowered[pos:])
    return "".join(parts)
