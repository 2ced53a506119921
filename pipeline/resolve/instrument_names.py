"""The key by which two mentions name the same instrument, whatever way they write its parties.

Reports of one signing name the instrument with its parties in different orders and forms: "the
China-Serbia Joint Statement", "the Serbia-China joint statement", "the Joint Statement between the
Republic of Serbia and the People's Republic of China", "the India-UAE Comprehensive Economic
Partnership Agreement" and "the Comprehensive Economic Partnership Agreement". The parties are
already compared on their own (the agreement's countries), so the name key drops them: the
country mentions of the extractor's country finder (names, aliases, short forms, demonyms,
adjectives) and the connective words such phrases leave behind ("between the … and the …"). Capitals and cities stay: the Beijing
Declaration and the Islamabad Declaration are different instruments. A name made only of parties
keeps its full key.
"""

from __future__ import annotations

import functools

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.resolve.ids import countries_apart, name_key

# words a party phrase leaves behind once its countries are gone
_CONNECTIVES = frozenset({"the", "between", "and", "of", "s", "among", "amongst", "two", "both", "countries"})


@functools.lru_cache(maxsize=50_000)
def instrument_key(name: str) -> str:
    """``name_key`` of ``name`` without its parties ("Serbia-China Joint Statement" and "Joint
    Statement between the Republic of Serbia and the People's Republic of China" → "joint
    statement"); the full key when nothing but parties is left.  The parties are the country
    mentions the extractor's country finder reads as the country itself (``ACTOR_KINDS``: names,
    aliases, short forms, demonyms, adjectives), not its capitals or cities."""
    _, rest = countries_apart(name, ACTOR_KINDS)
    words = [w for w in name_key(rest).split() if w not in _CONNECTIVES]
    return " ".join(words) if words else name_key(name)


# the words of an instrument's kind and the connectives around its subject: what a short report of a
# name keeps besides its subject ("Agreement on the security of personnel")
_HEAD_WORDS = frozenset({
    "agreement", "agreements", "memorandum", "memoranda", "understanding", "mou", "mous", "treaty", "convention",
    "protocol", "arrangement", "declaration", "joint", "statement", "programme", "program", "plan", "accord",
    "on", "in", "of", "for", "to", "and", "the", "a", "an", "cooperation", "field",
})


def keys_fit(a: str, b: str) -> bool:
    """Two instrument keys (:func:`instrument_key`) name the same instrument at different lengths: the
    words of the shorter are all in the longer, and it keeps at least two words of its subject
    ("agreement on security personnel" ~ "agreement government government on security personnel";
    "memorandum understanding on police training" ~ "memorandum understanding on cooperation in
    police training"); the callers add the same day and another document."""
    wa, wb = set(a.split()), set(b.split())
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short - _HEAD_WORDS) >= 2 and short <= long_
