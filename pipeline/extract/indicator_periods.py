"""The period of an indicator figure: the dates of the sentence read as years ending, year ends,
fiscal years and other calendars, earlier periods and comparison bases, and the dating of a
figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from pipeline.extract.dates_grammar import month_num
from pipeline.extract.dates_values import add_months, last_day
from pipeline.extract.indicator_patterns import _PHRASE_END_RE
from pipeline.extract.indicator_types import SentenceInfo, _Fig
from pipeline.extract.numbers import Quantity, _alt_for, _units, number_at


def _dates_before(info: SentenceInfo, end: int) -> SentenceInfo:
    """``info`` with only the dates that start before ``end``."""
    return replace(info, dates=[d for d in info.dates if d[0] < end])


# "in the Iranian year that ended on March 20, 2026", "in the 12 months to June 2025", "in the four
# quarters to the end of the third quarter of 2025": the twelve months that end on the date (dated by
# their first month, as fiscal years are)
_YEAR_ENDING_RE = re.compile(
    r"(?i)\b(?:year|(?:12|twelve)[- ]month\s+period|(?:12|twelve)\s+months|(?:4|four)\s+quarters)\s+"
    r"(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+(?:the\s+end\s+of\s+)?(?:on\s+|in\s+)?$"
)
_YEAR_LABEL_BEFORE_RE = re.compile(r"(?:(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?)\s+(?:[A-Za-z][\w-]*\s+){0,2}$")


def _map_dates(info: SentenceInfo, change) -> SentenceInfo:
    """``info`` with each date replaced by ``change(date)`` where that gives a date (None: the date
    stays); ``info`` itself when no date changes."""
    out = []
    changed = False
    for d in info.dates:
        new = change(d)
        out.append(d if new is None else new)
        changed = changed or new is not None
    if not changed:
        return info
    return replace(info, dates=out)


def _with_years_ending(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a date closing a year ("the year that ended on March 20, 2026") turned into that
    year: 21 March 2025 to 20 March 2026, month precision.  A labelled year ("fiscal year 2024-25,
    which ended in June") keeps its label's dates."""
    def change(d):
        s, _e, ds, de, prec, _qual = d
        m = _YEAR_ENDING_RE.search(text, max(0, s - 60), s) if prec in ("day", "month") and ds is not None else None
        if m is None or _YEAR_LABEL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            return None
        end = de or ds
        start = _year_back(end + dt.timedelta(days=1))
        # ("the year ended December 31, 2025" is the calendar year)
        return (s, _e, start, end, "year" if (start.month, start.day) == (1, 1) else "month", None)

    return _map_dates(info, change)


# "the January-November period of 2025", "April-December of FY2025-26": a run of months, then the
# year (calendar or fiscal) they belong to
_MONTHS_OF_GAP_RE = re.compile(r"(?i)(?:\s+period)?\s+of\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+year\s+)?")
# a year told relative to the story right after the months: "from January to October this year"
# (months without a year of their own: not "fiscal year 2024-2025, which ended on June 30 last year")
_RELATIVE_YEAR_RE = re.compile(r"(?i)(?:this|last|next|the\s+current)\s+year\b")
_DIGIT_RE = re.compile(r"\d")


def _merge_pairs(info: SentenceInfo, merge) -> SentenceInfo:
    """``info`` with each date and the one right after it replaced by ``merge(date, next)`` where
    that gives a date (None: the two stay apart); ``info`` itself when no pair merges."""
    out = []
    changed = False
    i = 0
    dates = info.dates
    while i < len(dates):
        joined = merge(dates[i], dates[i + 1]) if i + 1 < len(dates) else None
        if joined is not None:
            out.append(joined)
            changed = True
            i += 2
            continue
        out.append(dates[i])
        i += 1
    if not changed:
        return info
    return replace(info, dates=out)


def _with_months_of_year(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a run of months followed by the year it belongs to ("in the January-November
    period of 2025", "during April-December of FY2025-26") read as one period: those months of
    that year, each month placed in the part of a fiscal year where it falls."""

    def merge(d: tuple, nxt: tuple) -> tuple | None:
        s, e, ds, de, prec, qual = d
        if not (prec == "month" and ds is not None and de is not None and ds < de
                and (de.year - ds.year) * 12 + de.month - ds.month < 12
                and nxt[2] is not None and nxt[3] is not None and nxt[4] in ("year", "month")
                and (_MONTHS_OF_GAP_RE.fullmatch(text, e, nxt[0])
                     or (not text[e:nxt[0]].strip() and _RELATIVE_YEAR_RE.match(text, nxt[0])
                         and not _DIGIT_RE.search(text, s, e)))):
            return None
        ys, ye = nxt[2], nxt[3]
        if not ((ye.year - ys.year) * 12 + ye.month - ys.month + 1 == 12 or nxt[4] == "year"):
            return None
        # the first month in the year (a fiscal year: the first of its calendar years in which that
        # month falls), the last month after it
        y1 = ys.year if ds.month >= ys.month else ys.year + 1
        y2 = y1 if de.month >= ds.month else y1 + 1
        return (s, nxt[1], dt.date(y1, ds.month, 1), last_day(y2, de.month), "month", qual)

    def two_months(d: tuple, nxt: tuple) -> tuple | None:
        # "in January and February this year": two months in a row, one run
        s, e, ds, de, prec, qual = d
        if not (prec == "month" == nxt[4] and ds is not None and nxt[2] is not None and de is not None
                and nxt[3] is not None and ds.day == 1 and de.month == ds.month
                and (nxt[2].year, nxt[2].month) == add_months(ds.year, ds.month, 1) and nxt[3].month == nxt[2].month
                and _AND_GAP_RE.fullmatch(text, e, nxt[0])):
            return None
        return (s, nxt[1], ds, nxt[3], "month", qual)

    if " and " in text:
        info = _merge_pairs(info, two_months)
    return _merge_pairs(info, merge)


_AND_GAP_RE = re.compile(r"(?i)\s+and\s+")


# "between 1990 and June 2026", "from 2010 to March 2025": the two ends of one span, written at
# different precisions (the date finder joins only ends of one precision)
_SPAN_OPEN_RE = re.compile(r"(?i)\b(?:between|from)\s+$")
_SPAN_GAP_RE = re.compile(r"(?i)\s+(?:and|to|until|till|through)\s+(?:the\s+end\s+of\s+)?")


def _with_mixed_spans(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a span whose ends have different precisions ("registered 1,320 projects
    between 1990 and June 2026") read as one period from the first end to the last, at month
    precision (a year's bounds are month bounds too)."""

    def merge(d: tuple, nxt: tuple) -> tuple | None:
        s, e, ds, de, prec, qual = d
        if (ds is not None and nxt[3] is not None and prec != nxt[4]
                and {prec, nxt[4]} <= {"year", "month"} and de < nxt[2]
                and _SPAN_GAP_RE.fullmatch(text, e, nxt[0]) and _SPAN_OPEN_RE.search(text, max(0, s - 12), s)):
            return (s, nxt[1], ds, nxt[3], "month", qual)
        return None

    return _merge_pairs(info, merge)


# a run of months named without a year ("during July-May", "the July-May period of the current fiscal
# year"): months a figure is reported for have passed
_MONTH_RUN_RE = re.compile(
    r"(?i)(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-–/]\s*"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"
)
_FORWARD_RE = re.compile(r"(?i)\b(?:next|coming|upcoming|following)\b")


def _with_past_month_runs(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a run of months written without a year that the date finder placed past the
    reference month ("exports during July-May rose 12pc" in a text of 8 July 2026: July 2026 to
    May 2027) moved a year back: the figures of a report are of months gone by."""
    ref = info.reference
    if not isinstance(ref, dt.date):
        return info
    limit = (ref.year, ref.month)

    def change(d):
        s, e, ds, de, prec, qual = d
        surface = text[s:e]
        if (prec == "month" and ds is not None and de is not None and (de.year, de.month) > limit
                and ds.year * 12 + ds.month <= ref.year * 12 + ref.month
                and not any(ch.isdigit() for ch in surface) and _MONTH_RUN_RE.match(surface)
                and not _FORWARD_RE.search(surface)):
            return (s, e, ds.replace(year=ds.year - 1), last_day(de.year - 1, de.month), prec, qual)
        return None

    return _map_dates(info, change)


# a bracketed gloss on when a kind of year runs: "(the Namibian financial year runs from April to
# March)", "(Australia's fiscal year begins in July)", "(FY ending in June)": the months name the
# calendar, no period (a bracket naming a year, "(fiscal year ended June 2025)", dates the figure)
_YEAR_GLOSS_RE = re.compile(
    r"(?i)\((?=[^()]{0,60}\b(?:(?:fiscal|financial|budget(?:ary)?|tax|marketing|crop|academic|school)\s+years?|FY)\s+"
    r"(?:runs?|ran|running|starts?|started|starting|begins?|began|beginning|ends?|ended|ending|is|are|covers?|"
    r"lasts?)\b)(?![^()]*\b(?:19|20)\d\d\b)[^()]{0,120}\)"
)


# the month a glossed year starts with: "runs from April to March", "begins in July", "runs July-June"
_GLOSS_START_RE = re.compile(
    r"(?i)\b(?:runs?|ran|running|starts?|started|starting|begins?|began|beginning|is|covers?|lasts?)\s+"
    r"(?:(?:from|in|on)\s+)?(?:(?:the\s+)?(?:1st|first|1)\s+(?:of\s+)?)?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
)
# a label of two years ("FY2025/26", "2025-26"): a fiscal year named by the years it spans
_TWO_YEAR_SURFACE_RE = re.compile(r"(?i)(?:FY\s*)?((?:19|20)\d\d)\s*[-–/]\s*(?:\d\d|(?:19|20)\d\d)")


def _without_year_glosses(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` without the dates inside a bracketed gloss on when a fiscal (financial, budget, ...)
    year runs: they are months of the calendar, not the period of a figure.  The month the gloss
    starts the year with dates the two-year labels of the sentence ("N$6.8 billion in FY2025/26
    (the financial year runs from April to March)": April 2025 to March 2026)."""
    glosses = list(_YEAR_GLOSS_RE.finditer(text))
    if not glosses:
        return info
    spans = [(m.start(), m.end()) for m in glosses]
    kept = [d for d in info.dates if not any(a <= d[0] and d[1] <= b for a, b in spans)]
    starts = {month_num(sm.group("m"))
              for g in glosses if (sm := _GLOSS_START_RE.search(text, g.start(), g.end())) is not None}
    if len(starts) == 1 and (month := starts.pop()) != 1:
        out = []
        for d in kept:
            s, e, ds, de, prec, qual = d
            lm = _TWO_YEAR_SURFACE_RE.fullmatch(text, s, e) if ds is not None and de is not None else None
            if lm is not None and de.year == int(lm.group(1)) + 1:
                y = int(lm.group(1))
                d = (s, e, dt.date(y, month, 1), dt.date(y + 1, month, 1) - dt.timedelta(days=1), "month", qual)
            out.append(d)
        kept = out
    return replace(info, dates=kept)


# a point at the end of a year: "as of the end of 2025", "at end-2024" (not "by the end of", a deadline
# or a year's completion, which keeps the year)
_AT_YEAR_END_RE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at)\s+(?:the\s+)?end(?:\s+of\s+|-)$")
_AT_RE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at)\s+$")
_END_OF_RE = re.compile(r"(?i)(?:the\s+)?end(?:\s+of\s+|-)(?:19|20)\d\d$")


def _with_year_ends(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a year named as a point ("as of the end of 2025") turned into its December."""
    def change(d):
        s, e, ds, _de, prec, qual = d
        if prec == "year" and ds is not None and (
            _AT_YEAR_END_RE.search(text, max(0, s - 30), s)
            or (_END_OF_RE.fullmatch(text, s, e) and _AT_RE.search(text, max(0, s - 12), s))
        ):
            return (s, e, dt.date(ds.year, 12, 1), dt.date(ds.year, 12, 31), "month", qual)
        return None

    return _map_dates(info, change)


# a two-year label ("in 2024-25", "the 2023/24 year") that the date finder read as two calendar years:
# a fiscal year, when it is clear whose: the country written before it, else the one country of the
# document's pair whose fiscal year is not the calendar year (India-Russia: India's); otherwise the
# label keeps its two calendar years
_TWO_YEAR_LABEL_RE = re.compile(r"(?:19|20)(\d\d)\s*[-–/]\s*(\d\d)")


def _with_fiscal_labels(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a two-year label dated as a fiscal year (month precision, first month)."""
    from pipeline.extract.dates_fiscal import FiscalRule, attached_country, fiscal_rule, fiscal_table

    def change(d):
        s, e, ds, de, prec, qual = d
        m = _TWO_YEAR_LABEL_RE.fullmatch(text, s, e) if prec == "year" and ds is not None and de is not None else None
        if m is None or (int(m.group(1)) + 1) % 100 != int(m.group(2)) or de.year != ds.year + 1:
            return None
        iso = attached_country(text, s)
        if iso is not None:
            start_month = fiscal_rule(iso).start_month
            if start_month == 1:
                start_month = fiscal_table()["*"].start_month
        else:
            months = {fiscal_rule(c).start_month for c in (info.dyad or info.currency_countries[:2])} - {1}
            if len(months) != 1:
                return None  # whose fiscal year is unclear: the two calendar years stay
            start_month = months.pop()
        rule = FiscalRule(start_month)
        start = dt.date(ds.year, rule.start_month, 1)
        end = dt.date(ds.year + 1, rule.start_month, 1) - dt.timedelta(days=1)
        return (s, e, start, end, "month", qual)

    return _map_dates(info, change)


# Nepal's Bikram Sambat calendar runs 56-57 years ahead of the Gregorian one: "the fiscal year
# 2081/82" in a Nepali text is mid-July 2024 to mid-July 2025 (the date finder has already given it
# Nepal's July fiscal start)
_BS_FROM = 2070
_BS_OFFSET = 57


def _with_bikram_sambat(info: SentenceInfo) -> SentenceInfo:
    """``info`` with the dates of Bikram Sambat years (2070 and later) moved to the Gregorian years."""
    out = []
    for d in info.dates:
        s, e, ds, de, prec, qual = d
        if ds is not None and ds.year >= _BS_FROM and (info.reference is None or ds.year - info.reference.year > 30):
            ds = _years_back(ds, _BS_OFFSET)
            de = _years_back(de, _BS_OFFSET) if de is not None else None
        out.append((s, e, ds, de, prec, qual))
    return replace(info, dates=out)


def _years_back(d, n: int):
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)


# a year of the Iranian (solar Hijri) calendar: "in the Iranian year 1403" = 21 March 2024 to 20 March 2025
_SOLAR_YEAR_RE = re.compile(
    r"(?i)\b(?:Iranian|Persian|solar(?:\s+Hijri)?|Hijri\s+solar)\s+(?:calendar\s+|fiscal\s+)?year\s+(?P<y>1[34]\d\d)\b"
)


def _with_solar_years(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with the Iranian years of :data:`_SOLAR_YEAR_RE` added as dates (month precision,
    dated by their first month as fiscal years are)."""
    extra = []
    for m in _SOLAR_YEAR_RE.finditer(text):
        if any(s < m.end("y") and m.start("y") < e for s, e, *_r in info.dates):
            continue
        y = int(m.group("y")) + 621
        extra.append((m.start("y"), m.end("y"), dt.date(y, 3, 21), dt.date(y + 1, 3, 20), "month", None))
    if not extra:
        return info
    return replace(info, dates=[*info.dates, *extra])


# a year qualified as a whole by an adjective, closing its phrase: "a recovery from a weak 2025,
# when trade fell 2%", "after a record 2023." (not a date the narrative moves to: only a period)
_QUALIFIED_YEAR_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+[a-z]+(?:-[a-z]+)?\s+(?P<y>(?:19|20)\d\d)(?=\s*[,.;:)]|\s*$|\s+(?:when|as|and|after|before|in\s+which)\b)"
)


# a year labelling a measure, in brackets or after a comma, before a colon or a verb of amount (the
# form of a factbox or a table caption): "- Trade (2025): $4.1 billion", "Chilean exports, 2025:
# $2.3 billion", "Trade (2025) reached $4.1 billion"
_LABEL_YEAR_RE = re.compile(
    r"(?:\((?P<y>(?:19|20)\d\d)\)|,\s*(?P<y2>(?:19|20)\d\d))\s*(?::|\s(?:reached|stood|was|were|totall?ed|amounted|"
    r"rose|fell|grew|increased|decreased|declined|climbed|hit)\b)"
)


def _with_qualified_years(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with the years of :data:`_QUALIFIED_YEAR_RE` and :data:`_LABEL_YEAR_RE` added as
    year dates."""
    extra = [(m.start("y"), m.end("y"), dt.date(int(m.group("y")), 1, 1), dt.date(int(m.group("y")), 12, 31),
              "year", None) for m in _QUALIFIED_YEAR_RE.finditer(text)]
    for m in _LABEL_YEAR_RE.finditer(text):
        g = "y" if m.group("y") else "y2"
        y = int(m.group(g))
        extra.append((m.start(g), m.end(g), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", None))
    if not extra:
        return info
    return replace(info, dates=extra)


# "2.1 million tourists visited in 2023, up from 1.6 million in 2022": the earlier value, written
# without its unit
_BARE_EARLIER_RE = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|increasing|declining)\s+from|compared\s+(?:with|to))\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?(?=\d)"
)


# a year that names the base, not its value: "up from 2019 levels", "down from 2023's total"
_YEAR_AS_BASE_RE = re.compile(
    r"(?:19|20)\d\d(?:['’]s\b|\s+(?:levels?|figures?|values?|totals?|volumes?|numbers?|peaks?|highs?|lows?)\b)"
)


def _bare_earlier(text: str, f: _Fig, quants: list[Quantity], info: SentenceInfo):
    """(quantity, its own period or None) of an earlier value written as a bare number after the
    figure ``f`` (before the next figure), in the figure's unit."""
    nxt = next((x.start for x in quants if x.start >= f.last_end), len(text))
    m = _BARE_EARLIER_RE.search(text, f.last_end, nxt)
    if m is None:
        return None
    found = number_at(text, m.end())
    if found is None:
        return None
    end, value = found
    if end > nxt or text[end : end + 1].isalnum() or any(s < end and m.end() < e for s, e, *_ in info.dates):
        return None  # a year or part of a measured figure
    if _YEAR_AS_BASE_RE.match(text, m.end()):
        return None  # "up from 2019 levels", "compared with 2023's record": a year, not a value
    q = f.q
    bq = Quantity(m.end(), end, value, q.unit, q.currency, q.kind, q.noun, text[m.end() : end])
    phrase = _PHRASE_END_RE.search(text, end)
    bf = _Fig(bq, phrase.start() if phrase else len(text))
    return bq, _earlier_period(bq, bf, info, None)


def _year_back_period(p):
    start, end, prec = p
    return (_year_back(start), _year_back(end) if end is not None else None, prec)


# the year before the later value's own period, whatever the narrative's time: "compared with $21
# million in the previous year", "a year earlier"
_YEAR_BEFORE_RE = re.compile(
    r"(?i)(?:the\s+)?(?:(?:previous|prior|preceding)\s+(?:fiscal\s+|financial\s+)?year|year\s+before|a\s+year\s+(?:earlier|before))\b"
)
_SAME_PERIOD_RE = re.compile(r"(?i)\b(?:same|corresponding|comparable|like)\s+(?:period|months?|quarter|half)\b")


def _earlier_period(q: Quantity, f: _Fig, info: SentenceInfo, later, text: str | None = None):
    """The period of an earlier value: its own date (after it, in its phrase: "from $4bn in 2022",
    "a year earlier"), else the later value's period one year back; "the corresponding period of
    last year" and "the previous year" are always the later period one year back (``text``: the sentence)."""
    best = None
    for s, e, ds, de, prec, qual in info.dates:
        if ds is None or prec in (None, "unknown") or qual == "until" or not (q.end <= s < f.phrase_end):
            continue
        if later is not None and text is not None and _SAME_PERIOD_RE.search(text, q.end, e):
            best = None
            break
        if later is not None and text is not None and _YEAR_BEFORE_RE.match(text, s, e):
            best = None  # "the previous year" of a fiscal-year figure is the fiscal year before it
            break
        if best is None or s < best[0]:
            best = (s, (ds, None if qual == "since" else de, prec))
    if best is not None:
        return best[1]
    if later is None:
        return None
    start, end, prec = later
    return (_year_back(start), _year_back(end) if end is not None else None, prec)


def _year_back(d):
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


# a comparison before a date: "over", "than", "compared with" (any date); "on", "from" only before a
# relative one ("up 5% on the previous year", "down from a year earlier")
_COMPARISON_BEFORE_RE = re.compile(
    # ("7.1 percent more than in the April-June period of last year": "in the" may stand between)
    r"(?i)\b(?:(?P<any>over|(?:than|compared\s+(?:with|to)|against|versus|vs\.?)(?:\s+(?:in|during))?(?:\s+the)?)|on|from)"
    r"\s+(?:that\s+of\s+|those\s+of\s+)?$"
)


@functools.cache
def _pct_before_re() -> re.Pattern[str]:
    """A percentage right before a comparison word, written with any percent surface of the units
    lexicon as well ("up 9.3pc from the previous fiscal year", "down 4 pct on 2024")."""
    rows = [(s, e) for s, k, e in _units().select("surface", "kind", "exact").iter_rows() if k == "percent"]
    return re.compile(rf"(?:(?i:\d(?:\s*%|\s*per\s*cent|\s*percent)\s*$)|\d\s*{_alt_for(rows)}\s*$)")


_COMPARISON_THE_RE = re.compile(r"(?i)\b(?:over|than|compared\s+(?:with|to)|against|versus|on|from)\s+the\s+$")
_RELATIVE_BASE_RE = re.compile(r"(?i)(?:the\s+)?(?:same|corresponding|previous|prior|preceding|last|a\s+year|year-earlier)\b")


def _comparison_base(text: str, s: int, e: int) -> bool:
    """The date at ``text[s:e]`` is the base of a comparison, not a period of its own."""
    m = _COMPARISON_BEFORE_RE.search(text, max(0, s - 24), s)
    if m is None:
        # "12.6 percent over the previous fiscal year" (the article outside the date's surface): a
        # relative period after a change and its comparison word
        m = _COMPARISON_THE_RE.search(text, max(0, s - 32), s)
        return (m is not None and _RELATIVE_BASE_RE.match(text, s, e) is not None
                and _pct_before_re().search(text, max(0, m.start() - 16), m.start()) is not None)
    if m.group("any") is not None or _RELATIVE_BASE_RE.match(text, s, e) is not None:
        return True
    # "down 2.3% from 2023", "up 5 percent on 2022": a percentage right before "from"/"on"
    return _pct_before_re().search(text, max(0, m.start() - 16), m.start()) is not None


def _period_for(q: Quantity, info: SentenceInfo, cumulative: bool = False):
    """(start, end, precision) of the sentence date nearest to the figure, or None.  A cumulative
    figure ("has held 15 meetings so far") takes only an as-of or since date."""
    found = _dated(q, info, cumulative)
    return found[0] if found else None


def _dated(q: Quantity, info: SentenceInfo, cumulative: bool = False, comparison: frozenset[int] | set[int] = frozenset(),
           own: tuple[int, int] | None = None, next_start: int | None = None):
    """(period, qualifier) of the sentence date nearest to the figure (see :func:`_period_for`);
    a date starting at an offset in ``comparison`` is the base of a comparison ("up 18 per cent
    over the same period last year", "than in 2022"), not the figure's period.  ``own``: (end of
    the previous figure, end of this figure's phrase): a date of the figure's own phrase wins over
    a nearer one standing after the previous figure ("Rs 10,000 crore for the Plan (2024-2029), of
    which Rs 3,150 crore was released in 2025-26": 2025-26).  ``next_start``: the start of the
    next figure; a date after it is that figure's when one stands on this side ("As of the end of
    2025, investment stood at $9.3 billion, up from $6.1 billion at the end of 2022": 2025).  A stock
    as of a day ("as at 31 March 2025") is dated by its month."""
    best = None
    mine = None
    near = None  # the nearest date not past the next figure
    for s, e, ds, de, prec, qual in info.dates:
        if ds is None or prec in (None, "unknown") or qual == "until":
            continue
        if cumulative and qual not in ("as_of", "since"):
            continue
        if comparison and s in comparison:
            continue
        dist = q.start - e if e <= q.start else s - q.end
        dist = abs(dist)
        if best is None or dist < best[0]:
            best = (dist, (ds, None if qual == "since" else de, prec), qual, s)
        if next_start is not None and s < next_start and (near is None or dist < near[0]):
            near = (dist, (ds, None if qual == "since" else de, prec), qual, s)
        if own is not None and q.end <= s < own[1] and (mine is None or dist < mine[0]):
            mine = (dist, (ds, None if qual == "since" else de, prec), qual, s)
    if near is not None and best[3] >= next_start:
        best = near
    if mine is not None and own[0] > 0 and own[0] <= best[3] < q.start:
        best = mine
    elif mine is not None and best[2] == "since" and best[3] < q.start:
        # "the mine, operated by X since 2002, produced 16,400 tonnes in 2025": a start told before
        # the figure (of its subject) yields to the figure's own date
        best = mine
    if best is None:
        return None
    period, qual = best[1], best[2]
    if qual == "as_of" and period[2] == "day":
        # a stock "as at 31 March 2025", "as of 1 July 2026": statistics of the month
        ds = period[0]
        period = (ds.replace(day=1), last_day(ds.year, ds.month), "month")
    return period, qual
