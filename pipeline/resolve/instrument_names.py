"""The key by which two mentions name the same instrument, whatever way they write its parties.

Reports of one signing name the instrument with its parties in different orders and forms: "the
China-Serbia Joint Statement", "the Serbia-China joint statement", "the Joint Statement between the
Republic of Serbia and the People's Republic of China", "the India-UAE Comprehensive Economic
Partnership Agreement" and "the Comprehensive Economic Partnership Agreement". The parties are
already compared on their own (the agreement's countries), so the name key drops them: country
names, aliases, short forms, demonyms and adjectives from the countries lexicon, and the connective
words such phrases leave behind ("between the … and the …"). Capitals and cities stay: the Beijing
Declaration and the Islamabad Declaration are different instruments. A name made only of parties
keeps its full key.
"""

from __future__ import annotations

import functools
import re

from pipeline.lexicons import read_lexicon
from pipeline.resolve.ids import name_key

# kinds of countries-lexicon rows that name a party (capitals, cities, regions and blocks name places
# or groupings that distinguish instruments)
_PARTY_KINDS = ("name", "alias", "short", "demonym", "adjective")
# words a party phrase leaves behind once its countries are gone
_CONNECTIVES = frozenset({"the", "between", "and", "of", "s", "among", "amongst", "two", "both", "countries"})


@functools.cache
def _party_re() -> re.Pattern[str]:
    """One alternation of every party surface as ``name_key`` writes it, longest first."""
    lex = read_lexicon("countries")
    keys = {name_key(s) for s, k in zip(lex["surface"], lex["kind"]) if k in _PARTY_KINDS and s}
    keys.discard("")
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@functools.lru_cache(maxsize=50_000)
def instrument_key(name: str) -> str:
    """``name_key`` of ``name`` without its parties ("Serbia-China Joint Statement" and "Joint
    Statement between the Republic of Serbia and the People's Republic of China" → "joint
    statement"); the full key when nothing but parties is left."""
    full = name_key(name)
    words = [w for w in _party_re().sub(" ", full).split() if w not in _CONNECTIVES]
    return " ".join(words) if words else full
