"""The value of an indicator figure: counts of units and of people named by a demonym, the rounding
step of a figure, figures that convert another, earlier and later values, and lengths that are
borders.
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_metric import _change_sign
from pipeline.extract.indicator_patterns import _NAME_KINDS
from pipeline.extract.indicator_types import SentenceInfo, _Fig
from pipeline.extract.numbers import Quantity, number_at

_SMALL_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNITS_BEFORE_RE = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:(?:more|new|additional|other|further|identical)\s+)?$"
)
_UNITS_AFTER_RE = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:units|reactors|turbines|blocks|generators|generating\s+units)\b")


def _units_count(text: str, q: Quantity) -> float:
    """How many units a capacity counts ("four more 1,000 MW units" -> 4), else 1."""
    if q.kind != "measure" or not q.start or not _UNITS_AFTER_RE.match(text, q.end):
        return 1.0
    m = _UNITS_BEFORE_RE.search(text, max(0, q.start - 30), q.start)
    if m is None:
        return 1.0
    n = m.group("n").lower()
    return float(_SMALL_COUNTS[n] if n in _SMALL_COUNTS else int(n))


_DEMONYM_NOUN = "<demonym>"  # the noun of a count of people written with a plural demonym
_NUMBER_BEFORE_RE = re.compile(
    r"(?:(?<=\s)|^)(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand|lakh))?)\s+$"
)


# a capitalised word right after the demonym: it qualifies a name, it counts no people
_NAME_AFTER_RE = re.compile(r" (?-i:[A-Z][a-z])")


def _with_demonym_counts(text: str, info: SentenceInfo, quants: list[Quantity]) -> list[Quantity]:
    """``quants`` with the counts of people written with a plural demonym ("employed 120,000
    Filipinos", "2.5 million Egyptians", "45,000 Vietnamese"), in text order."""
    extra = []
    for s, e, _iso, kind in info.countries:
        if kind != "demonym" or not (text[e - 1 : e] == "s" or text[e - 3 : e] == "ese") or e - s < 4:
            continue
        if _NAME_AFTER_RE.match(text, e):
            continue  # an adjective of a name: "the 2026 Chinese Government Scholarship recipients"
        m = _NUMBER_BEFORE_RE.search(text, max(0, s - 24), s)
        if m is None or any(q.start <= m.start() < q.end or m.start() <= q.start < e for q in quants):
            continue
        found = number_at(text, m.start())
        if found is None:
            continue
        extra.append(Quantity(m.start(), e, found[1], "people", None, "count", _DEMONYM_NOUN, text[m.start() : e]))
    if not extra:
        return quants
    return sorted([*quants, *extra], key=lambda q: q.start)


_LINE_BETWEEN_RE = re.compile(r"\s*line\s+(?:between|separating|dividing)\s+(?:the\s+)?")


def _border_line(text: str, q: Quantity, info: SentenceInfo) -> bool:
    """A length told of the "line between" two countries: "the 1,100-kilometre line between Norway
    and Sweden" (a border, not a railway line)."""
    m = _LINE_BETWEEN_RE.match(text, q.end)
    if m is None:
        return False
    return any(s == m.end() and kind in _NAME_KINDS for s, _e, _iso, kind in info.countries)


_DIGITS_IN_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def _step(q: Quantity) -> float:
    """What one unit of the figure's last written digit is worth ("US$1.8 billion" -> 1e8);
    0.0 when unknown (a number in words)."""
    return step_of(q.surface, q.value)


def step_of(surface: str, value: float) -> float:
    """:func:`_step` of a figure written ``surface`` with the value ``value``."""
    m = _DIGITS_IN_RE.search(surface)
    if m is None:
        return 0.0
    decimals = m.group(2) or ""
    number = float(m.group(1).replace(",", "") + ("." + decimals if decimals else ""))
    if number == 0:
        return 0.0
    return value / number * 10.0 ** (-len(decimals))


_ABOUT = r"(?:about|around|approximately|approx\.|nearly|roughly|some|almost|or|i\.e\.,?|equivalent\s+to|equal\s+to|worth)"
_CONVERSION_GAP_RE = re.compile(rf"\s*\(\s*(?:{_ABOUT}\s*)?(?:about\s+)?")
# "56.1 billion yuan, or about 7.8 billion U.S. dollars, in 2025"
_COMMA_CONVERSION_GAP_RE = re.compile(rf"\s*,\s*or\s+(?:(?:about|around|approximately|approx\.|nearly|roughly|some|almost)\s+)?")
# the bracket closes, maybe after the rate told: "(US$3.05 billion at current exchange rates)"
_CONVERSION_CLOSE_RE = re.compile(r"\s*(?:(?:at|by|on|based\s+on|using)\s+[^()\d]{0,40})?\)")
_COMMA_CONVERSION_CLOSE_RE = re.compile(r"\s*(?:[,;.)]|$)")


def _is_conversion(text: str, main: Quantity, q: Quantity) -> bool:
    """``q`` restates the money figure ``main`` in another currency, in brackets right after it
    ("AED 312 billion (US$85 billion)", "Rs 5 billion (about $18 million)") or after ", or"
    ("56.1 billion yuan, or about 7.8 billion U.S. dollars,")."""
    if main.kind != "money" or q.kind != "money" or main.unit == q.unit:
        return False
    if _CONVERSION_GAP_RE.fullmatch(text, main.end, q.start) is not None:
        return _CONVERSION_CLOSE_RE.match(text, q.end) is not None
    return (_COMMA_CONVERSION_GAP_RE.fullmatch(text, main.end, q.start) is not None
            and _COMMA_CONVERSION_CLOSE_RE.match(text, q.end) is not None)


_EARLIER_RE = re.compile(
    # (the period may carry a gloss in brackets: "during the fiscal year 2025-26 (July-June) compared to")
    r"^[\s,]*(?:(?:in|during|for|over|as\s+of|at|by)\s+[^,;()]{0,40}?(?:\s*\([^()]{1,24}\))?[\s,]+)?(?:according\s+to\s+[^,;()]{1,60}?,\s*)?"
    r"(?P<dir>up\s+|down\s+)?"
    r"(?:from|(?P<cmp>compared\s+(?:with|to)|against|versus|vs\.?))\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)


def _earlier_value(text: str, before: str, prev: _Fig, q: Quantity) -> bool:
    """The figure is the earlier value of the previous one: after "from", "compared with" (in
    the same unit) when the previous figure is a change ("fell 10.5% to $14bn from $15.6bn")."""
    m = _EARLIER_RE.match(before)
    if prev.q.kind != q.kind or prev.q.unit != q.unit or m is None:
        return False
    # "..., up from $1.9 billion at the end of 2021": the change is told by "up"/"down" itself
    # "was RM66.8 billion, compared with RM63.1 billion a year earlier": the comparison tells it too
    # "widened to $4 billion from $3.05 billion": a verb of change with "to ... from ..." tells it
    return (m.group("dir") is not None or m.group("cmp") is not None or prev.change is not None
            or _change_sign(text[: prev.q.start], None) is not None
            or _CHANGED_TO_RE.search(text, max(0, prev.q.start - 40), prev.q.start) is not None)


# a verb of change right before "to" and the later value: "widened to", "has narrowed to"
_CHANGED_TO_RE = re.compile(
    r"(?i)\b[a-z]{3,}(?:ed|ened)\s+(?:(?:sharply|slightly|further|significantly|marginally)\s+)?to\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|a\s+record|an\s+estimated)\s+)?$"
)


_FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?$")
_LATER_RE = re.compile(
    r"^[\s,]*(?:(?:in|during|for|over)\s+[^,;()]{0,40}?[\s,]+)?to\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
    r"over\s+|more\s+than\s+|a\s+record\s+|an\s+estimated\s+)?$",
    re.I,
)


def _later_value(text: str, before: str, prev: _Fig, q: Quantity) -> bool:
    """The figure is the later value of a "from ... to ..." pair whose first value is the
    previous figure (same kind and unit)."""
    if prev.q.kind != q.kind or prev.q.unit != q.unit or not _LATER_RE.match(before):
        return False
    return _FROM_BEFORE_RE.search(text, max(0, prev.q.start - 16), prev.q.start) is not None
