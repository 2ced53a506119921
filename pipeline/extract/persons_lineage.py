"""A style that is also a lineage name ("Sheikh"): part of a South Asian name ("Sheikh Bashir
Uddin Ahmed", "Sheikh Rashid Ahmed"), an honorific before an Arabic name with a nasab or a family
article ("Sheikh Tamim bin Hamad Al Thani" -> Tamim bin Hamad Al Thani, "Sheikh Ahmed al-Tayeb").

The styles are the rows of ``honorifics.csv`` whose ``name_part`` is ``lineage``.
"""

from __future__ import annotations

import functools
import re

import polars as pl

from pipeline.lexicons import read_lexicon

_SPACE_DOT = re.compile(r"[\s.]")
# "bin", "bint", "ibn", "Al", "al-Sabah", "El-Sayed", "Al-Nahyan": an Arabic nasab or family article
_NASAB = re.compile(r"(?:bin|bint|ibn|[Aa]l|[Ee]l)(?:[-‐][A-Z].*)?|[Bb]in|[Ii]bn")


@functools.cache
def _lineage_styles() -> frozenset[str]:
    df = read_lexicon("honorifics")
    if "name_part" not in df.columns:
        return frozenset()
    rows = df.filter(pl.col("name_part").str.to_lowercase() == "lineage")
    return frozenset(_SPACE_DOT.sub("", s) for s in rows["surface"].drop_nulls().to_list())


def keeps_lineage_style(style: str, tokens: tuple[str, ...]) -> bool:
    """Whether ``style`` as written stays in the name of ``tokens`` (two words or more): a
    lineage style before a name without an Arabic nasab or family article."""
    if _SPACE_DOT.sub("", style) not in _lineage_styles():
        return False
    return not any(_NASAB.fullmatch(t) for t in tokens)
