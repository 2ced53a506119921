"""Small English number readers used by event extraction: cardinals, ordinals, roman numerals.

``parse_cardinal("five") == 5``, ``parse_ordinal("7th") == 7``, ``parse_ordinal("thirtieth") ==
30``, ``parse_roman("IX") == 9``.  The regex sources :data:`ORDINAL_RX` and :data:`CARDINAL_RX`
are plain alternations usable by both Python's ``re`` and polars' Rust engine;
:data:`ORDINAL_TRIE_RX` is the same ordinal regex factored as a trie, the faster one to compile.
These are words of the English number system (grammar, not a dictionary of names), so they live
in code.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import _trie_regex

_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORD_UNITS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90}

CARDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)} | dict(_TENS)
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ORD_UNITS) if i} | dict(_ORD_TENS)
# "the inaugural session / meeting / edition" is the first of its series
ORDINAL_WORDS["inaugural"] = 1
for _t, _v in _TENS.items():
    for _u in range(1, 10):
        CARDINAL_WORDS[f"{_t}-{_UNITS[_u]}"] = _v + _u
        ORDINAL_WORDS[f"{_t}-{_ORD_UNITS[_u]}"] = _v + _u

_by_len = lambda words: sorted(words, key=len, reverse=True)  # noqa: E731 - longest first
#: regex source of an ordinal: "7th", "21st", "seventh", "twenty-first"
ORDINAL_RX = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(_by_len(ORDINAL_WORDS)) + ")"
#: :data:`ORDINAL_RX` with its words factored as a trie, for compiling a pattern that holds it (the
#: plain source stays the one the literal gates are read from): no ordinal word is a prefix of
#: another, so at any position at most one matches and both match the same, while Python's engine
#: tries a trie many times faster than a hundred alternatives at every word
ORDINAL_TRIE_RX = r"(?:\d{1,3}(?:st|nd|rd|th)|" + _trie_regex(list(ORDINAL_WORDS)) + ")"
if any(a != b and b.startswith(a) for a in ORDINAL_WORDS for b in ORDINAL_WORDS):
    raise AssertionError("ORDINAL_TRIE_RX equals ORDINAL_RX only for prefix-free ordinal words")
#: regex source of a cardinal: "12", "1,200", "five", "twenty-one"
CARDINAL_RX = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_by_len(CARDINAL_WORDS)) + ")"

_ORD_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def parse_ordinal(text: str) -> int | None:
    """Value of an ordinal ("7th", "seventh", "Twenty-First"); None when it is not one."""
    t = text.strip().lower()
    m = _ORD_DIGITS.match(t)
    if m:
        return int(m.group(1))
    return ORDINAL_WORDS.get(t)


def parse_cardinal(text: str) -> int | None:
    """Value of a cardinal ("12", "1,200", "five", "twenty-one"); None when it is not one."""
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    return CARDINAL_WORDS.get(t)


def parse_roman(text: str) -> int | None:
    """Value of an upper-case roman numeral ("IX" -> 9); None for anything else."""
    t = text.strip()
    if not t or not _ROMAN.match(t):
        return None
    total = 0
    for i, ch in enumerate(t):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(t) and _ROMAN_VALUES[t[i + 1]] > v else v
    return total


def parse_series_number(text: str) -> int | None:
    """The number of a series suffix: roman ("IX") or arabic ("3")."""
    t = text.strip()
    return int(t) if t.isdigit() else parse_roman(t)
