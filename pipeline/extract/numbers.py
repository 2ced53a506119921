"""Numbers, money and quantities with units in English news text.

``parse_number`` turns one written number into a float ("23.06 billion" -> 23.06e9, "236,000",
"five", "a dozen", "1.2bn", "Rs 5 trillion"); ``find_quantities`` finds every number in a string
together with what it measures: a currency ("$23.06 billion", "0.8 billion yuan", "Rs. 500 crore"),
a unit of measure ("3.64 billion kilowatt-hours", "a 1,320-MW plant"), a counted noun
("236,000 jobs", "1,500 young people") or a percentage ("11.1 percent", "17%").

The dictionaries are data: ``units.csv`` (units, counted nouns and scale words such as million,
lakh, crore) and ``currencies.csv`` (symbols, codes and currency words).  Only the closed class of
English number words (one ... ninety, hundred, dozen) lives in code, as grammar.

All patterns are compiled once (``functools.cache``) into a single regular expression; the
literal alternations are factored as tries.  The regex only runs where a quantity can start (a
digit, a currency symbol or code, a number word: :func:`_start_scanners`), values and lookups are
memoised, and :func:`currency_word_mask` answers :func:`currency_word_at` for a whole frame of
mentions at once.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import polars as pl

from pipeline.extract.indicator_regex import CASE_ODD as _CASE_ODD
from pipeline.extract.indicator_regex import trie as _trie
from pipeline.lexicons import read_lexicon

__all__ = [
    "Quantity", "parse_number", "number_at", "find_quantities", "find_measured", "number_regex_source", "currency_word_at",
    "currency_word_mask", "number_words",
]


class Quantity(NamedTuple):
    """A number found in a string, with what it measures (offsets relative to that string).

    ``unit`` is the reporting unit: an ISO 4217 code for money (then ``currency`` holds the same
    code), a unit of measure (km, MW, kWh ...), a counted unit (jobs, people, count), ``percent``,
    or None for a bare number.  ``value`` is in base units (23.06 billion USD -> 23060000000.0).
    ``kind`` is money | measure | count | percent | number; ``noun`` is the unit or counted noun
    as written ("kilometers", "young people" -> "people", "Confucius Institutes").
    """

    start: int
    end: int
    value: float
    unit: str | None
    currency: str | None = None
    kind: str = "number"
    noun: str | None = None
    surface: str = ""


# --- English number words (grammar, not a dictionary) --------------------------------------------
_ONES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_ONES_RE = "|".join(sorted(_ONES, key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_SMALL_RE = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_ONES_RE}))?|(?:{_ONES_RE}))"
_WORD_NUM_RE = (
    rf"(?:(?:a\s+|one\s+)?dozen|half\s+a"
    rf"|(?:a|{_SMALL_RE})\s+hundred(?:\s+(?:and\s+)?{_SMALL_RE})?"
    rf"|{_SMALL_RE})"
)
# thousands grouped by commas ("236,000") or, in the SI style of many agencies, by a space
# ("178 000", also a no-break or thin space): a group of exactly three digits
_DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")
# a number is not part of a word, a code, a decimal or an ordinal ("7th", "G20", "2.0.1")
_NUM_BODY = (
    rf"(?:(?P<digits>{_DIGITS_RE})(?![\d]|[.,]\d|(?:st|nd|rd|th)\b)"
    # a range "3-4 billion", "10 to 15 km": the lower bound is the value, the scale applies to both
    rf"(?:\s*(?:[-–—]|to)\s*(?P<upper>{_DIGITS_RE})(?![\d]|[.,]\d|(?:st|nd|rd|th)\b))?"
    rf"|(?i:(?P<words>{_WORD_NUM_RE}))(?![\w-]))"
)
# (a sign after a space or a bracket is no hyphen: "(-2.4%)", " +3.1 percent")
_NUM_LEFT = r"(?:(?<![\w.,+/$€£¥₹-])|(?<=[\s(\[][-+]))"
_NUM_RE = _NUM_LEFT + _NUM_BODY

_FUNCTION_WORDS = (
    "of|in|to|from|for|with|and|or|the|a|an|by|on|at|as|that|which|who|were|was|is|are|have|has|"
    "had|been|be|will|would|its|their|his|her|our|this|these|those|than|per|each|every|into|over|"
    "under|between|among|since|until|during|after|before|more|less|about|some|other|such|"
    "batches|groups|pairs|rounds|times|days|years|months|weeks|hours|percent"
)
# words before a bare 4-digit integer that make it a year ("in 2000 people ..." is not a count)
_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|by|from|until|till|of|year|to|and|early|late|mid|through|during|before|after)\s+)$"
)
# a year naming an edition before a proper name: "the 2026 Chinese Government Scholarship recipients",
# "the 2024 Asian Games athletes" (a count after "the" is written with its thousands separator)
# (a name of two capitalised words at least: "the 2000 Chinese workers" is a count of workers)
_EDITION_YEAR = re.compile(r"(?:19|20)\d\d\s+[A-Z][\w'’.-]*\s+[A-Z]")
_THE_BEFORE = re.compile(r"(?i:\bthe\s+)$")


def _word_value(words: str) -> float | None:
    """Value of a spelled-out number ("twenty-five", "a hundred and ten", "a dozen")."""
    toks = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if not toks:
        return None
    if toks[-1] == "dozen":
        return 12.0
    if toks == ["half", "a"]:
        return 0.5
    total = 0
    current = 0
    for t in toks:
        if t == "a":
            current = 1
        elif t in _ONES:
            current += _ONES[t]
        elif t in _TENS:
            current += _TENS[t]
        elif t == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    total += current
    return float(total)


def _case_alt(surfaces: list[str], exact: bool) -> str:
    """A regex alternation of literal surfaces, longest first, case-sensitive or not."""
    if not surfaces:
        return r"(?!x)x"
    body = _trie(surfaces, fold=not exact)
    return f"(?:{body})" if exact else f"(?i:{body})"


@functools.cache
def _units() -> pl.DataFrame:
    df = read_lexicon("units")
    if "case" not in df.columns:
        df = df.with_columns(pl.lit(None, dtype=pl.String).alias("case"))
    return df.with_columns(
        (pl.col("case").fill_null("") == "exact").alias("exact"),
    )


@functools.cache
def _currencies() -> pl.DataFrame:
    return read_lexicon("currencies")


def _is_exact_currency(surface: str) -> bool:
    """Symbols and codes are matched as written; currency words in any case."""
    return not any(c.islower() for c in surface)


def _alt_for(rows: list[tuple[str, bool]]) -> str:
    exact = [s for s, e in rows if e]
    loose = [s for s, e in rows if not e]
    parts = []
    if loose:
        parts.append(_case_alt(loose, exact=False))
    if exact:
        parts.append(_case_alt(exact, exact=True))
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


@functools.cache
def _tables() -> dict:
    """Lookup dictionaries built from the lexicons (lower-cased keys for loose surfaces)."""
    units = _units()
    scale: dict[str, Decimal] = {}
    measure: dict[str, tuple[str, Decimal, str]] = {}
    for surface, unit, mult, kind, exact in units.select(
        "surface", "unit", "multiplier", "kind", "exact"
    ).iter_rows():
        key = surface if exact else surface.lower()
        factor = Decimal(mult or "1")  # exact decimal arithmetic: 4.1 billion is 4100000000.0
        if kind == "scale":
            scale.setdefault(key, factor)
        else:
            measure.setdefault(key, (unit, factor, kind))
    cur: dict[str, list[tuple[str, str | None]]] = {}
    for surface, iso, _pos, country in _currencies().select(
        "surface", "iso_code", "position", "country_iso3"
    ).iter_rows():
        key = surface if _is_exact_currency(surface) else surface.lower()
        cur.setdefault(key, []).append((iso, country))
    return {"scale": scale, "measure": measure, "currency": cur}


def _lookup(table: dict, surface: str):
    s = re.sub(r"\s+", " ", surface)
    return table.get(s, table.get(s.lower()))


@functools.lru_cache(maxsize=4096)
def _lookup_in(table: str, surface: str):
    """:func:`_lookup` in one of the :func:`_tables` (memoised: surfaces repeat)."""
    return _lookup(_tables()[table], surface)


def number_at(text: str, pos: int) -> tuple[int, float] | None:
    """(end, value) of a number written at ``text[pos:]`` ("1.6 million", "twelve"), scale words
    applied; None when no number starts there."""
    m = _number_only_regex().match(text, pos)
    if m is None or not (m.group("digits") or m.group("words")):
        return None
    value = _base_value(m)
    if value is None:
        return None
    end = m.end("scale") if m.group("scale") else (m.end("digits") if m.group("digits") else m.end("words"))
    return end, value


@functools.cache
def number_regex_source() -> str:
    """Regex source of a number with its scale words (for prefilters in other modules)."""
    return _NUM_RE + _scale_re()


@functools.cache
def _scale_re() -> str:
    units = _units().filter(pl.col("kind") == "scale")
    rows = [(s, e) for s, e in units.select("surface", "exact").iter_rows() if len(s) > 1]
    return rf"(?P<scale>(?:(?:\s+|-)?{_alt_for(rows)}(?![\w]))*)"


@functools.cache
def _quantity_regex() -> re.Pattern[str]:
    units = _units()
    cur = _currencies()
    pre_rows = [
        (s, _is_exact_currency(s))
        for s, p in cur.select("surface", "position").iter_rows()
        if p in ("prefix", "both")
    ]
    suf_rows = [
        (s, _is_exact_currency(s))
        for s, p in cur.select("surface", "position").iter_rows()
        if p in ("suffix", "both")
    ]
    # letters-only prefixes need a left word boundary, symbols do not
    pre_alt = _alt_for(pre_rows)
    single = [s for s, k in units.select("surface", "kind").iter_rows() if k == "scale" and len(s) == 1]
    abbr = "(?:" + "|".join(re.escape(s) for s in single) + ")" if single else r"(?!x)x"
    measure_rows = [
        (s, e) for s, k, e in units.select("surface", "kind", "exact").iter_rows() if k in ("measure", "percent")
    ]
    count_rows = [(s, e) for s, k, e in units.select("surface", "kind", "exact").iter_rows() if k == "count"]
    source = (
        # (a currency written before a figure is followed by its digits: "$5", "Rs 500", "R57.3")
        rf"(?:(?<![\w$€£¥₹])(?P<pre>{pre_alt})\s?(?=\.?\d)|{_NUM_LEFT})"
        + _NUM_BODY
        + _scale_re()
        # (after a currency the one-letter scale may stand a space apart: "¥ 38.4 b", "$ 5 m")
        + rf"(?:(?(pre)\s?)(?P<abbr>{abbr})(?![\w]))?"
        + rf"(?:(?:\s*|\s*-\s*)(?P<suf>{_alt_for(suf_rows)})(?![\w]))?"
        + rf"(?:(?:\s*|-)(?P<unit>{_alt_for(measure_rows)})(?![\w]))?"
        # (two coordinated modifiers, tried last: "8,000 direct and indirect jobs")
        + rf"(?:\s+(?:[a-z][a-z-]+\s+(?:and|or)\s+)??(?:(?!(?i:{_trie(_FUNCTION_WORDS.split('|'))})\b)[A-Za-z](?:[\w'’-]|\.(?=\w))*\.?\s+){{0,2}}?(?P<noun>{_alt_for(count_rows)})(?![\w]))?"
    )
    return re.compile(source)


@functools.cache
def _number_only_regex() -> re.Pattern[str]:
    single = [s for s, k in _units().select("surface", "kind").iter_rows() if k == "scale" and len(s) == 1]
    abbr = "(?:" + "|".join(re.escape(s) for s in single) + ")"
    return re.compile(_NUM_RE + _scale_re() + rf"(?P<abbr>{abbr}(?![\w]))?")


def _base_value(m: re.Match) -> float | None:
    """Number times its scale words (and an attached one-letter scale) from a regex match."""
    value = _exact_value(m)
    return None if value is None else float(value)


def _exact_value(m: re.Match) -> Decimal | None:
    return _value_of(*m.group("digits", "words", "scale", "abbr"))


@functools.lru_cache(maxsize=65536)
def _float_of(digits: str | None, words: str | None, scale: str | None, abbr: str | None) -> float | None:
    exact = _value_of(digits, words, scale, abbr)
    return None if exact is None else float(exact)


@functools.lru_cache(maxsize=65536)
def _measured(digits: str | None, words: str | None, scale: str | None, abbr: str | None,
              surface: str) -> tuple[str, float, str]:
    """(unit, value in base units, kind) of a number with a unit or counted noun."""
    unit, mult, kind = _lookup_in("measure", surface)
    return unit, float(_value_of(digits, words, scale, abbr) * mult), kind


@functools.lru_cache(maxsize=65536)
def _value_of(digits: str | None, words: str | None, scale: str | None, abbr: str | None) -> Decimal | None:
    """The exact value of a number written as ``digits`` or ``words``, times its scale words and
    an attached one-letter scale (memoised: the same figures recur across a corpus)."""
    if digits:
        value = Decimal(digits.translate(_GROUPING))
    else:
        v = _word_value(words)
        if v is None:
            return None
        value = Decimal(str(v))
    tables = _tables()
    for tok in _SCALE_TOKEN.findall(scale or ""):
        mult = _lookup_in("scale", tok)
        if mult is not None:
            value *= mult
    if abbr:
        value *= tables["scale"].get(abbr, Decimal(1))
    return value


_SCALE_TOKEN = re.compile(r"[A-Za-z]+")


def parse_number(text: str) -> float | None:
    """The value of the first number written in ``text``, scale words applied; None if none.

    >>> parse_number("23.06 billion")
    23060000000.0
    >>> parse_number("Rs 5 trillion")
    5000000000000.0
    """
    if not text:
        return None
    s = text.replace("\u00a0", " ").replace("\u2009", " ")
    m = _quantity_regex().search(s)
    if m is not None and (m.group("digits") or m.group("words")):
        return _base_value(m)
    m = _number_only_regex().search(s)
    if m is None:
        return None
    return _base_value(m)


def _pick_currency(surface: str, countries: Sequence[str]) -> str | None:
    return _pick_currency_of(surface, tuple(countries))


@functools.lru_cache(maxsize=4096)
def _pick_currency_of(surface: str, countries: tuple[str, ...]) -> str | None:
    by_country = _currency_by_country(surface)
    if by_country is None:
        return None
    for c in countries:
        if c in by_country:
            return by_country[c]
    return by_country[_FIRST]


_FIRST = object()


@functools.lru_cache(maxsize=1024)
def _currency_by_country(surface: str) -> dict | None:
    """country -> the ISO code of the first currency row of ``surface`` for that country (and
    the first row's code under ``_FIRST``); None for an unknown surface."""
    rows = _lookup_in("currency", surface)
    if not rows:
        return None
    out: dict = {_FIRST: rows[0][0]}
    for iso, country in rows:
        out.setdefault(country, iso)
    return out


def number_words() -> list[str]:
    """The English number words a quantity can be written with (lower case)."""
    return [*_ONES, *_TENS, "hundred", "dozen", "half"]


@functools.cache
def _start_scanners() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a quantity can start, found without running the full regex at every position.

    Every match of the full regex starts after a non-word character: at a digit or ".5" (with the
    number's own left context), at a currency symbol, or at a letter-initial currency code or
    number word.  Returns (digits and symbols, searched in the text; a letter start, searched in
    the lower-cased text as the character before it; a letter start at position 0).  Each is a
    superset, and each begins with a literal or a class so the engine skips other positions.
    The fourth does the work of the first two in one pass over an ASCII text (its lower case):
    a letter start is reported as group ``w``."""
    pre = [s for s, p in _currencies().select("surface", "position").iter_rows() if p in ("prefix", "both")]
    symbols = [s for s in pre if not s[:1].isalnum()]
    # a letter-initial currency ("R", "RO", "LE", "EUR") starts a quantity only before a figure
    # ("R57.3 billion", "EUR 31.8 billion"): words that begin with it ("road", "level",
    # "European") are no starts (a number in words after a currency code is not looked for)
    tails = (*"0123456789.", *(" " + d for d in "0123456789."))
    letters = [s.lower() + tail for s in pre if s[:1].isalnum() for tail in tails]
    letters += [*_ONES, *_TENS, "dozen", "half", "a dozen", "a hundred"]
    left = r"[\w.,+/$€£¥₹-]"  # _NUM_LEFT's class
    initial = _trie(letters)
    # the first character is consumed by one class, so the engine skips other positions at C speed
    firsts = "".join(sorted({re.escape(s[0]) for s in symbols}))
    digits = (rf"(?<=\d)(?<!{left}\d)\d*|(?<=[\s(\[][-+]\d)\d*|(?<=\.)(?<!{left}\.)(?=\d)|(?<=[\s(\[][-+]\.)(?=\d)"
              rf"|(?<=[{firsts or 'x'}])")
    nonword = "".join(re.escape(c) for c in map(chr, range(128)) if not re.match(r"\w", c))
    return (
        re.compile(rf"[\d.{firsts}](?:{digits})"),
        re.compile(rf"\W(?={initial})"),
        re.compile(initial),
        re.compile(rf"[\d.{firsts}{nonword}](?:{digits}|(?=(?P<w>{initial})))"),
    )


def _quantity_matches(text: str) -> list[re.Match]:
    """``list(_quantity_regex().finditer(text))`` (same matches, same order), with the regex tried
    only at the possible starts given by :func:`_start_scanners`."""
    rx = _quantity_regex()
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _CASE_ODD.search(text)):
        return list(rx.finditer(text))
    digit_scan, letter_scan, letter_start, ascii_scan = _start_scanners()
    if text.isascii():
        # one pass; the starts come out in order (a letter start follows its non-word character)
        starts = [0] if letter_start.match(low) else []
        for m in ascii_scan.finditer(low):
            w = m.start("w")
            starts.append(w if w >= 0 else m.start())
    else:
        starts = [m.start() for m in digit_scan.finditer(text)]
        letters = [m.start() + 1 for m in letter_scan.finditer(low)]
        if letter_start.match(low):
            letters.append(0)
        if letters:
            starts = sorted(set(starts).union(letters))
    match = rx.match
    out = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_FOUR_DIGITS = re.compile(r"\d{4}")
# "pound" is a currency and a weight: a weight when joined to its number ("a 500-pound bomb") or
# followed by "of" ("200 pounds of explosives", "3 million pounds of beef")
_POUND_RE = re.compile(r"(?i)pounds?")
_OF_AFTER_RE = re.compile(r"\s+of\b")


def _weight_pound(text: str, m: re.Match) -> bool:
    """The suffix of the quantity match ``m`` is "pound(s)" used as a weight."""
    if _POUND_RE.fullmatch(m.group("suf")) is None:
        return False
    return "-" in text[m.start("suf") - 2 : m.start("suf")] or _OF_AFTER_RE.match(text, m.end("suf")) is not None
_QGROUPS = ("pre", "suf", "unit", "noun", "abbr", "digits", "words", "scale")


def find_quantities(text: str, countries: Sequence[str] = ()) -> list[Quantity]:
    """Every number in ``text`` with its currency, unit or counted noun (left to right).

    ``countries`` (ISO-3 codes, most relevant first) settles ambiguous currency surfaces such as
    "Rs" or "rupees" (PKR when Pakistan comes first, INR for India).  One-letter scales ("$3m",
    "€1.2b") are accepted only after a currency symbol.  Bare numbers come back with unit None.
    """
    return list(_find_cached(text, tuple(countries), True))


def find_measured(text: str, countries: Sequence[str] = ()) -> list[Quantity]:
    """:func:`find_quantities` without the bare numbers (only money, measures, counts and
    percentages)."""
    return list(_find_cached(text, tuple(countries), False))


@functools.lru_cache(maxsize=16384)
def _find_cached(text: str, countries: tuple[str, ...], bare: bool) -> tuple[Quantity, ...]:
    """:func:`_find`, memoised: the same sentence (a caption, a boilerplate line, a syndicated
    copy) recurs across a corpus."""
    return tuple(_find(text, countries, bare))


def _find(text: str, countries: Sequence[str], bare: bool) -> list[Quantity]:
    out: list[Quantity] = []
    countries = tuple(countries)
    for m in _quantity_matches(text):
        pre, suf, unit_s, noun_s, abbr, digits, words, scale = m.group(*_QGROUPS)
        if not (digits or words):
            continue
        if abbr and not pre:
            continue  # "100m" without a currency is not money
        if pre and len(pre) == 1 and pre.isalpha() and not (scale or abbr or (digits and "," in digits)):
            continue  # a one-letter currency ("R57.3 billion") needs a scale or thousands: "R2" is no money
        if not (bare or pre or suf or unit_s or noun_s):
            continue  # a bare number, not asked for
        value = _float_of(digits, words, scale, abbr)
        if value is None:
            continue
        start = m.start()
        currency = None
        if pre:
            currency = _pick_currency_of(pre, countries)
        if suf and currency is None and not _weight_pound(text, m):
            currency = _pick_currency_of(suf, countries)
        # ("US$ 5 million dollars": a suffix after a prefix repeats the currency; keep the prefix)
        if currency is not None:
            # the money ends with its currency word or scale (a unit or noun after it is dropped);
            # those groups follow each other, so the last one present ends it
            if suf:
                end = m.end("suf")
            elif abbr:
                end = m.end("abbr")
            elif scale:
                end = m.end("scale")
            else:
                end = m.end("digits") if digits else m.end("words")
            out.append(Quantity(start, end, value, currency, currency, "money", pre or suf, text[start:end]))
            continue
        if unit_s:
            unit, val, kind = _measured(digits, words, scale, abbr, unit_s)
            end = m.end("unit")
            out.append(Quantity(start, end, val, unit, None, kind, unit_s, text[start:end]))
            continue
        if noun_s:
            if (digits and not scale and 1000 <= value <= 2999 and _FOUR_DIGITS.fullmatch(digits) is not None
                    and (_YEAR_CONTEXT.search(text, 0, start)
                         or (_THE_BEFORE.search(text, 0, start) and _EDITION_YEAR.match(text, start)))):
                continue
            unit, val, _kind = _measured(digits, words, scale, abbr, noun_s)
            end = m.end()
            out.append(Quantity(start, end, val, unit, None, "count", noun_s, text[start:end]))
            continue
        if bare:
            num_end = m.end("scale") if scale else (m.end("digits") if digits else m.end("words"))
            out.append(Quantity(start, num_end, value, None, None, "number", None, text[start:num_end]))
    return out


@functools.cache
def _currency_word_re() -> re.Pattern[str]:
    """The head word of every currency name written after a country word ("U.S. dollars",
    "Pakistani rupees", "Chinese yuan")."""
    words = set()
    for surface in _currencies()["surface"].to_list():
        last = surface.split()[-1]
        if last[:1].islower():
            words.add(last)
    # (not a Title Case name that spells a currency word: "Kenya Kwanza", Kenya's ruling coalition,
    # is no Kenyan kwanza; the Angolan currency is written lower-case or in capitals)
    return re.compile(rf"\s*(?!Kwanza\b)(?i:{'|'.join(sorted(words, key=len, reverse=True))})\b")


def currency_word_at(text: str, pos: int) -> bool:
    """Whether a currency word starts at ``pos`` (after spaces): a country mention ending at
    ``pos`` is then part of a currency name ("U.S. dollars"), not a country."""
    return _currency_word_re().match(text, pos) is not None


@functools.cache
def _currency_word_prefilter() -> str | None:
    """A vectorisable (Rust regex) superset of :func:`currency_word_at` on a sentence's rest: its
    ASCII whitespace, then a currency word's ASCII prefix, any non-ASCII character (Unicode
    spaces, other letters) or the sentence end (the word may follow in the next one).  None when
    the currency words are not plain words."""
    words = {s.split()[-1] for s in _currencies()["surface"].to_list() if s.split()[-1][:1].islower()}
    prefixes = set()
    for w in words:
        if not re.fullmatch(r"\w+", w):
            return None
        ascii_part = re.match(r"[\x00-\x7f]*", w).group(0)
        if not ascii_part:
            return None
        prefixes.add(re.escape(ascii_part))
    ws = r"[\t\n\x0b\x0c\r\x1c-\x1f ]*"  # Python's ASCII \s
    alt = "|".join(sorted(prefixes, key=len, reverse=True)) or "(?:x\\bx)"
    return rf"^{ws}(?:(?i:{alt})|[^\x00-\x7f]|$)"


_MASK_MEMO: list = []  # (weak references to the last call's three frames, its result)


def currency_word_mask(mentions: pl.DataFrame, sentences: pl.DataFrame | None,
                       documents: pl.DataFrame | None) -> pl.Series:
    """For each row of ``mentions`` (doc_id, sentence_id, char_end), whether a currency word
    starts at its ``char_end`` in the document text (:func:`currency_word_at`); False when the
    document has no text.  Vectorised: a superset of the rows is found on the sentence texts
    (``sentences``: doc_id, sentence_id, char_start, text), and only those are checked on the
    document.  The last result is remembered for the same three frame objects (the agreement
    and the indicator extractors both ask for the country mentions' mask)."""
    if _MASK_MEMO:
        refs, result = _MASK_MEMO[0]
        if all(r() is f for r, f in zip(refs, (mentions, sentences, documents))) and result.len() == mentions.height:
            return result
    result = _currency_word_mask(mentions, sentences, documents)
    try:
        _MASK_MEMO[:] = [(tuple(weakref.ref(f) if f is not None else (lambda: None) for f in
                                (mentions, sentences, documents)), result)]
    except TypeError:  # not weakly referenceable: no memo
        _MASK_MEMO.clear()
    return result


def _currency_word_mask(mentions: pl.DataFrame, sentences: pl.DataFrame | None,
                        documents: pl.DataFrame | None) -> pl.Series:
    n = mentions.height
    if n == 0 or documents is None or documents.height == 0 or "text" not in documents.columns:
        return pl.Series("currency_word", [False] * n, dtype=pl.Boolean)
    pattern = _currency_word_prefilter()
    idx: list[int] | None = None
    if pattern is not None and sentences is not None and {"text", "char_start"} <= set(sentences.columns):
        m = mentions.select("doc_id", "sentence_id", "char_end")
        s = sentences.select("doc_id", "sentence_id", pl.col("char_start").alias("_ss"), pl.col("text").alias("_st"))
        j = m.join(s, on=["doc_id", "sentence_id"], how="left", maintain_order="left")
        if j.height == n:
            rel = pl.col("char_end").cast(pl.Int64) - pl.col("_ss").cast(pl.Int64)
            flag = (
                pl.col("_st").is_null()
                | (rel < 0)
                | (rel > pl.col("_st").str.len_chars())
                | pl.col("_st").str.slice(rel.clip(0)).str.contains(pattern)
            ).fill_null(True)
            idx = j.select(flag.arg_true()).to_series().to_list()
    sub = mentions.select("doc_id", "char_end")
    if idx is not None:
        sub = sub[idx]
    else:
        idx = list(range(n))
    doc_ids = sub["doc_id"].to_list()
    ends = sub["char_end"].to_list()
    d = documents.filter(pl.col("doc_id").is_in(sub["doc_id"].unique().to_list())).select("doc_id", "text")
    texts = dict(zip(d["doc_id"].to_list(), d["text"].to_list()))
    rx = _currency_word_re()
    hits = []
    for i, doc_id, end in zip(idx, doc_ids, ends):
        t = texts.get(doc_id)
        if t and end is not None and rx.match(t, end) is not None:
            hits.append(i)
    return pl.select(
        pl.int_range(0, n, dtype=pl.Int64).is_in(hits).alias("currency_word")
    ).to_series()
