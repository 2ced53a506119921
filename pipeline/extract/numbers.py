"""Numbers, money and quantities with units in English news text.

``parse_number`` turns one written number into a float ("23.06 billion" -> 23.06e9, "236,000",
"five", "a dozen", "1.2bn", "Rs 5 trillion"); ``find_quantities`` finds every number in a string
together with what it measures: a currency ("$23.06 billion", "0.8 billion yuan", "Rs. 500 crore"),
a unit of measure ("3.64 billion kilowatt-hours", "a 1,320-MW plant"), a counted noun
("236,000 jobs", "1,500 young people") or a percentage ("11.1 percent", "17%").

The dictionaries are data: ``units.csv`` (units, counted nouns and scale words such as million,
lakh, crore) and ``currencies.csv`` (symbols, codes and currency words).  Only the closed class of
English number words (one ... ninety, hundred, dozen) lives in code, as grammar.

All patterns are compiled once (``functools.cache``) into a single regular expression.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import polars as pl

from pipeline.lexicons import read_lexicon

__all__ = ["Quantity", "parse_number", "find_quantities", "number_regex_source", "currency_word_at"]


@dataclass(frozen=True)
class Quantity:
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
_DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# a number is not part of a word, a code, a decimal or an ordinal ("7th", "G20", "2.0.1")
_NUM_BODY = (
    rf"(?:(?P<digits>{_DIGITS_RE})(?![\d]|[.,]\d|(?:st|nd|rd|th)\b)"
    # a range "3-4 billion", "10 to 15 km": the lower bound is the value, the scale applies to both
    rf"(?:\s*(?:[-–—]|to)\s*(?P<upper>{_DIGITS_RE})(?![\d]|[.,]\d|(?:st|nd|rd|th)\b))?"
    rf"|(?i:(?P<words>{_WORD_NUM_RE}))(?![\w-]))"
)
_NUM_LEFT = r"(?<![\w.,+/$€£¥₹-])"
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
    body = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(set(surfaces), key=len, reverse=True))
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
        rf"(?:(?<![\w$€£¥₹])(?P<pre>{pre_alt})\s?|{_NUM_LEFT})"
        + _NUM_BODY
        + _scale_re()
        + rf"(?P<abbr>{abbr}(?![\w]))?"
        + rf"(?:(?:\s*|\s*-\s*)(?P<suf>{_alt_for(suf_rows)})(?![\w]))?"
        + rf"(?:(?:\s*|-)(?P<unit>{_alt_for(measure_rows)})(?![\w]))?"
        + rf"(?:\s+(?:(?!(?i:{_FUNCTION_WORDS})\b)[A-Za-z][\w'’-]*\s+){{0,2}}?(?P<noun>{_alt_for(count_rows)})(?![\w]))?"
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
    if m.group("digits"):
        value = Decimal(m.group("digits").replace(",", ""))
    else:
        v = _word_value(m.group("words"))
        if v is None:
            return None
        value = Decimal(str(v))
    tables = _tables()
    scale_text = m.group("scale") or ""
    for tok in re.findall(r"[A-Za-z]+", scale_text):
        mult = _lookup(tables["scale"], tok)
        if mult is not None:
            value *= mult
    if m.group("abbr"):
        value *= tables["scale"].get(m.group("abbr"), Decimal(1))
    return value


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
    rows = _lookup(_tables()["currency"], surface)
    if not rows:
        return None
    for c in countries:
        for iso, country in rows:
            if country == c:
                return iso
    return rows[0][0]


def find_quantities(text: str, countries: Sequence[str] = ()) -> list[Quantity]:
    """Every number in ``text`` with its currency, unit or counted noun (left to right).

    ``countries`` (ISO-3 codes, most relevant first) settles ambiguous currency surfaces such as
    "Rs" or "rupees" (PKR when Pakistan comes first, INR for India).  One-letter scales ("$3m",
    "€1.2b") are accepted only after a currency symbol.  Bare numbers come back with unit None.
    """
    out: list[Quantity] = []
    tables = _tables()
    for m in _quantity_regex().finditer(text):
        if not (m.group("digits") or m.group("words")):
            continue
        pre, suf, unit_s, noun_s, abbr = (m.group(g) for g in ("pre", "suf", "unit", "noun", "abbr"))
        start, end = m.start(), m.end()
        if abbr and not pre:
            continue  # "100m" without a currency is not money
        exact = _exact_value(m)
        if exact is None:
            continue
        value = float(exact)
        currency = None
        if pre:
            currency = _pick_currency(pre, countries)
        if suf and currency is None:
            currency = _pick_currency(suf, countries)
        elif suf and currency is not None:
            # "US$ 5 million dollars": the suffix repeats the currency; keep the prefix
            pass
        if currency is not None:
            # the money ends with its currency word or scale (a unit or noun after it is dropped)
            end = max(m.end(g) for g in ("digits", "words", "scale", "abbr", "suf") if m.group(g))
            out.append(Quantity(start, end, value, currency, currency, "money", pre or suf, text[start:end]))
            continue
        if unit_s:
            unit, mult, kind = _lookup(tables["measure"], unit_s)
            val = float(exact * mult)
            out.append(Quantity(start, m.end("unit"), val, unit, None, kind, unit_s, text[start : m.end("unit")]))
            continue
        digits = m.group("digits")
        bare_int = bool(digits) and re.fullmatch(r"\d{4}", digits) is not None and not m.group("scale")
        if noun_s:
            if bare_int and (1000 <= value <= 2999) and _YEAR_CONTEXT.search(text, 0, start):
                continue
            unit, mult, kind = _lookup(tables["measure"], noun_s)
            out.append(Quantity(start, end, float(exact * mult), unit, None, "count", noun_s, text[start:end]))
            continue
        num_end = m.end("scale") if m.group("scale") else (m.end("digits") if digits else m.end("words"))
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
    return re.compile(rf"\s*(?i:{'|'.join(sorted(words, key=len, reverse=True))})\b")


def currency_word_at(text: str, pos: int) -> bool:
    """Whether a currency word starts at ``pos`` (after spaces): a country mention ending at
    ``pos`` is then part of a currency name ("U.S. dollars"), not a country."""
    return _currency_word_re().match(text, pos) is not None
