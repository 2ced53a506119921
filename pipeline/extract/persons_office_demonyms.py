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


@functools.cache
def _of_the_demonym() -> re.Pattern[str]:
    words = sorted(w for w in demonym_iso3() if not w.isupper())
    return re.compile(r"(?<![\w'’])of[^\S\r\n]+the[^\S\r\n]+(" + _trie_regex(words) + r")[^\S\r\n]+(?=[A-Z])")


def demonym_gaps(text: str) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each nationality adjective right after "of the" and before a
    capitalised word; empty for most sentences (a quick test first)."""
    if "of the " not in text:
        return []
    table = demonym_iso3()
    return [(m.start(1), m.end(1), table[m.group(1)]) for m in _of_the_demonym().finditer(text)]


def blanked(lowered: str, gaps: list[tuple[int, int, str]]) -> str:
    """``lowered`` with every gap replaced by spaces (the title regex reads a run of spaces as
    one space)."""
    parts, pos = [], 0
    for s, e, _ in gaps:
        parts += [lowered[pos:s], " " * (e - s)]
        pos = e
    parts.append(lowered[pos:])
    return "".join(parts)
