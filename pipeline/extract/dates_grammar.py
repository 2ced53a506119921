"""English date grammar shared by the date modules: month and weekday names, number words, and
the regex building blocks for days, months and years (strings, to be embedded in patterns)."""

from __future__ import annotations

from datetime import date

MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
MONTHS: dict[str, int] = {m.lower(): i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update(
    {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
     "oct": 10, "nov": 11, "dec": 12}
)
WEEKDAYS: dict[str, int] = {
    d.lower(): i
    for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
}
NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
NUMBER_WORDS.update({"a": 1, "an": 1})
ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}


def alternation(words) -> str:
    """Regex alternation of Title-case and UPPER-case variants, longest first."""
    forms = set()
    for w in words:
        forms.add(w)
        forms.add(w.upper())
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


MON_FULL_ALT = alternation(MONTH_NAMES)
MON_ABBR_ALT = alternation(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"])
# a month followed by a day or year: full name or abbreviation (with optional period)
MON = rf"(?:{MON_FULL_ALT}|{MON_ABBR_ALT}\.?)(?![A-Za-z])"
MON_FULL = rf"{MON_FULL_ALT}(?![A-Za-z])"
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# a year 1900-2099, not part of a larger number, an amount or a percentage
YEAR = r"(?<![\d$€£¥.,])(?:19|20)\d{2}(?![\d%]|[.,]\d)"
DASH = r"(?:\s*[-–—]\s*|\s+(?:to|through|till|until)\s+)"
NUM = r"(?<![\d$€£¥.,/])"


def _seasons() -> dict[str, tuple[int, int, bool]]:
    """season word -> (first month, last month, read only after this/next/last), from the
    ``seasons`` lexicon."""
    from pipeline.lexicons import read_lexicon

    return {
        r["season"].lower(): (int(r["first_month"]), int(r["last_month"]), (r["needs_which"] or "").lower() == "yes")
        for r in read_lexicon("seasons").iter_rows(named=True)
    }


SEASONS = _seasons()
# "in the autumn", "this spring", "later this summer", "next fall" (lower case only: "Arab Spring")
_SEASON_FREE = "|".join(sorted((w for w, v in SEASONS.items() if not v[2]), key=len, reverse=True)) or "(?!)"
_SEASON_ANY = "|".join(sorted(SEASONS, key=len, reverse=True)) or "(?!)"
# the preposition before a bare season, outside the match (the date is the season word itself)
_SEASON_PREPS = ("in", "In", "during", "During", "by", "until", "through", "throughout", "Throughout")
_SEASON_PREP = "|".join(rf"(?<=\b{p} )|(?<=\b{p} the )" for p in _SEASON_PREPS)
# a bare season followed by a lower-case word is a date only before a function word ("in the autumn
# in Nairobi", "in spring when ...") or "months": else the season modifies a noun ("a decline in winter
# wheat output", "invested in spring water plants", "a rise in summer tourism")
_SEASON_NOT_MODIFIER = (
    r"(?!\s+(?!(?:a|an|the|and|or|but|as|at|by|for|from|in|into|on|to|with|when|while|after|before|until|"
    r"since|if|that|which|this|next|last|is|are|was|were|will|would|has|have|had|months?)\b)[a-z])"
)
SEASON_RX = (
    r"\b(?:(?P<which>[Tt]his|[Nn]ext|[Ll]ast|[Tt]he\s+coming|[Tt]he\s+past|[Ll]ater\s+this|[Ee]arly\s+next|[Ll]ate\s+next)"
    rf"\s+(?P<sw>{_SEASON_ANY})|(?:{_SEASON_PREP})(?P<s>{_SEASON_FREE}){_SEASON_NOT_MODIFIER})"
    # "in summer 2023", "the winter 2019 session": the year written after the season is its own
    r"(?:\s+(?P<sy>(?:19|20)\d\d))?"
    r"\b(?!\s+(?:of|in)\b|['’]s|-|\s+(?:19|20)\d\d)"
)


def day_num(s: str) -> int:
    """The day number of "5", "05", "21st"."""
    return int(s[:2]) if s[:2].isdigit() else int(s[0])


def month_num(s: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[s.rstrip(".").lower()]


def year_num(s: str, base: int | None = None) -> int:
    """A 4-digit year, or a 2-digit one completed from ``base`` (the first year of a pair)."""
    n = int(s)
    if len(s) == 4:
        return n
    if base is not None:
        y = base // 100 * 100 + n
        return y if y >= base else y + 100
    return 2000 + n if n < 70 else 1900 + n


def to_date(y: str | int, m: str | int, d: str | int) -> date | None:
    """The day (year, month name or number, day text), or None when it does not exist."""
    try:
        mo = m if isinstance(m, int) else (int(m) if str(m).isdigit() else month_num(m))
        return date(int(y), mo, day_num(str(d)))
    except (ValueError, KeyError):
        return None
