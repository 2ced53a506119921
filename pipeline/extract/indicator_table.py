"""Indicators from a plain-text pipe table ("| Year | India's exports to Sweden | ... |").

A statistical note often gives its series as a table rather than as sentences.  A row of such a
table is a source of facts when the table says what each cell measures:

* the **metric** and direction of a column from its header cell ("India's exports to Sweden" ->
  exports IND->SWE, "Imports from Kenya" with the owner from the caption, "Total trade" ->
  trade_total, "FDI inflows" -> direct_investment); a growth column ("Growth of total (%)",
  "Change in exports, %") gives the year-on-year change of the column it names;
* the **unit** from the header cell's own brackets ("Exports (US$ million)") or else from the
  line just before the table ("(values in USD million; INR crore in brackets)"); without a unit
  the table gives nothing;
* the **period** from the row's first cell: a year ("2024"), a two-year label ("2023-24", a fiscal
  year of the document's country, see ``lexicons/fiscal_years.csv``), with an optional part in
  brackets ("2026-27 (Apr-Jun)" -> from April 2026); other rows ("Total", "Average") give nothing.

Only the first number of a cell is its value ("1,412.6 (11,702)": the bracketed figure is a
conversion, the same fact); the evidence span is that number inside the document.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from pipeline.extract.countries import find_countries
from pipeline.extract.dates_fiscal import fiscal_rule_for
from pipeline.extract.dates_values import last_day
from pipeline.extract.numbers import find_measured

__all__ = ["table_indicators", "TABLE_LINE_RE"]

# a table line: starts and ends with a pipe
TABLE_LINE_RE = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
_RULE_RE = re.compile(r"^[\s|:+-]+$")  # "|----|:---:|"
_NUM_RE = re.compile(r"(?<![\w.])[-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\w.,])[-−–]?\d+(?:\.\d+)?(?![\d,]*\d)")
_UNIT_PHRASE_RE = re.compile(r"(?i)\b(?:in|unit\s*:)\s+([^;,()|\n]+)|\(([^()|\n]+)\)")
_YEAR_LABEL_RE = re.compile(r"^(?:FY\s*)?((?:19|20)\d\d)(?:\s*[-–/]\s*(\d\d|(?:19|20)\d\d))?\b")
_MONTHS = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_PART_OF_YEAR_RE = re.compile(
    r"(?i)^(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m1>[a-z]{3})[a-z]*\.?\s*[-–]\s*(?P<m2>[a-z]{3})[a-z]*\.?)\s*,?\s*"
    r"(?P<y>(?:19|20)\d\d)(?:\s*\([^()]*\))*\s*$")
_PART_RE = re.compile(r"(?i)\(\s*([a-z]{3})[a-z]*\.?\s*[-–]\s*([a-z]{3})[a-z]*\.?\s*\)")
_SHARE_RE = re.compile(r"(?i)\b(?:share|proportion|percentage\s+of)\b|%\s+of\b")
_CHANGE_RE = re.compile(r"(?i)\b(?:growth|change|increase|y-o-y|yoy)\b|%")
_FLOW_RES = (
    ("exports", re.compile(r"(?i)\bexports?\b")),
    ("imports", re.compile(r"(?i)\bimports?\b")),
    ("trade_balance", re.compile(r"(?i)\b(?:balance|surplus|deficit)\b")),
    ("direct_investment", re.compile(r"(?i)\b(?:FDI|investments?)\b")),
    ("trade_total", re.compile(r"(?i)\b(?:total|trade|turnover)\b")),
)


@functools.lru_cache(maxsize=1024)
def unit_of(phrase: str) -> tuple[str, float] | None:
    """(unit, multiplier) of a unit phrase: "USD million" -> ("USD", 1e6), "US$ bn", "millions of
    US dollars", "INR crore", "thousand tonnes", "MW"; None when it is no unit."""
    phrase = " ".join(phrase.split()).strip(" .:")
    if not phrase or any(ch.isdigit() for ch in phrase):
        return None
    phrase = re.sub(r"(?i)\b(million|billion|thousand|crore|lakh)s\s+of\b", r"\1", phrase)
    words = phrase.split(" ")
    tries = [f"1 {phrase}"]
    if len(words) > 1:
        tries.insert(0, f"{words[0]} 1 {' '.join(words[1:])}")
        tries.insert(1, f"{words[0]}1 {' '.join(words[1:])}")
    for t in tries:
        qs = find_measured(t)
        if len(qs) == 1 and qs[0].start == 0 and qs[0].end == len(t) and qs[0].kind in ("money", "measure"):
            return qs[0].unit, qs[0].value
    return None


def _unit_in(text: str) -> tuple[str, float] | None:
    for m in _UNIT_PHRASE_RE.finditer(text):
        phrase = m.group(1) or m.group(2)
        # "(values in USD million; INR crore in brackets)": the first unit named
        for part in re.split(r"[;,]", phrase):
            part = re.sub(r"(?i)^\s*(?:values?|figures?|amounts?|data)\s+(?:are\s+)?in\s+", "", part)
            u = unit_of(part)
            if u is not None:
                return u
    return None


def _column(cell: str) -> tuple[str, str | None, str | None, bool] | None:
    """(metric, from, to, is_change) of a header cell, or None."""
    if _SHARE_RE.search(cell):
        return None  # a share of a total ("Share of total trade (%)") is no flow and no change
    change = bool(_CHANGE_RE.search(cell)) and not re.search(r"(?i)\bvalue\b", cell)
    for metric, rx in _FLOW_RES:
        m = rx.search(cell)
        if m is None:
            continue
        hits = find_countries(cell)
        before = [h.iso3 for h in hits if h.end <= m.start()]
        after = [h.iso3 for h in hits if h.start >= m.end()]
        owner = before[-1] if before else None
        other = after[0] if after else None
        frm = to = None
        if metric == "exports":
            frm, to = owner, other
        elif metric == "imports":
            frm, to = other, owner
        elif metric == "direct_investment":
            frm, to = (other, owner) if re.search(r"(?i)\b(?:from|inflows?)\b", cell) else (owner, other)
        return metric, frm, to, change
    return None


def _period(label: str, doc_text: str) -> tuple[dt.date, dt.date, str] | None:
    """The period of a row label ("2024", "2023-24", "2026-27 (Apr-Jun) (P)")."""
    label = label.strip()
    part = _PART_OF_YEAR_RE.match(label)
    if part is not None:
        # "Q1 2026", "H2 2025", "Jan-Mar 2026": months of a calendar year
        y = int(part.group("y"))
        if part.group("q"):
            m1 = 3 * int(part.group("q")) - 2
            m2 = m1 + 2
        elif part.group("h"):
            m1 = 6 * int(part.group("h")) - 5
            m2 = m1 + 5
        else:
            m1, m2 = _MONTHS.get(part.group("m1").lower()[:3]), _MONTHS.get(part.group("m2").lower()[:3])
            if m1 is None or m2 is None or m2 < m1:
                return None
        return dt.date(y, m1, 1), last_day(y, m2), "month"
    m = _YEAR_LABEL_RE.match(label)
    if m is None:
        return None
    y1 = int(m.group(1))
    if m.group(2):
        y2 = int(m.group(2)) % 100
        if (y1 + 1) % 100 != y2:
            return None
        start_month = fiscal_rule_for(doc_text, 0, doc_text, True).start_month
        start, end, prec = dt.date(y1, start_month, 1), dt.date(y1 + 1, start_month, 1) - dt.timedelta(days=1), "month"
    else:
        start, end, prec = dt.date(y1, 1, 1), dt.date(y1, 12, 31), "year"
    p = _PART_RE.search(label, m.end())
    if p and p.group(1).lower() in _MONTHS and p.group(2).lower() in _MONTHS:
        m1, m2 = _MONTHS[p.group(1).lower()], _MONTHS[p.group(2).lower()]
        y_a = start.year if m1 >= start.month else start.year + 1
        y_b = y_a if m2 >= m1 else y_a + 1
        start, end, prec = dt.date(y_a, m1, 1), last_day(y_b, m2), "month"
    elif label[m.end():].strip(" ()P*p.") and not re.fullmatch(r"(?:\s*\([^()]*\))*\s*", label[m.end():]):
        return None  # "2024 target", "2025 forecast": no measured period
    return start, end, prec


def _cells(line: str, offset: int) -> list[tuple[str, int]]:
    """(cell text, document offset of the cell's first character) of a table line."""
    out = []
    pos = line.index("|") + 1
    while True:
        nxt = line.find("|", pos)
        if nxt < 0:
            break
        out.append((line[pos:nxt], offset + pos))
        pos = nxt + 1
    return out


def table_indicators(doc_id: str, doc_text: str, sentence_spans: list[tuple[int, int, int]]) -> list[dict]:
    """Indicator rows of the pipe tables of one document (``sentence_spans``: (sentence_id,
    start, end) of all its sentences, sorted).  Each row: the keys of an indicator mention."""
    lines = list(TABLE_LINE_RE.finditer(doc_text))
    if not lines:
        return []
    # blocks of consecutive table lines
    blocks: list[list[re.Match]] = []
    for m in lines:
        if blocks and doc_text[blocks[-1][-1].end():m.start()].strip() == "":
            blocks[-1].append(m)
        else:
            blocks.append([m])
    out: list[dict] = []
    for block in blocks:
        header, body = block[0], [m for m in block[1:] if not _RULE_RE.match(m.group())]
        if not body:
            continue
        grid = [_cells(m.group(), m.start()) for m in [header, *body]]
        if any(len(r) != len(grid[0]) for r in grid) or len(grid[0]) < 2:
            continue
        # the caption: the last non-empty line before the table; or the top-left cell ("USD million")
        before = doc_text[:header.start()].rstrip().rsplit("\n", 1)[-1]
        corner = grid[0][0][0].strip()
        table_unit = _unit_in(before) or _unit_in(corner) or unit_of(corner)
        found = _read(doc_id, doc_text, grid, table_unit, sentence_spans)
        if not found and all(_period(c, doc_text) for c, _o in grid[0][1:]):
            # years across the top, measures down the side: read it turned
            found = _read(doc_id, doc_text, [list(col) for col in zip(*grid)], table_unit, sentence_spans)
        # a flow whose header names no country is between the caption's two ("Kenya-Uganda trade
        # (USD million)" / "| Year | Exports | Imports |"): the first named reports it
        pair = list(dict.fromkeys(h.iso3 for h in find_countries(before)))
        if len(pair) == 2:
            for r in found:
                if r["from_country_iso3"] is None and r["to_country_iso3"] is None:
                    if r["metric"] == "exports":
                        r["from_country_iso3"], r["to_country_iso3"] = pair
                    elif r["metric"] == "imports":
                        r["from_country_iso3"], r["to_country_iso3"] = pair[1], pair[0]
        out.extend(found)
    return out


def _read(doc_id: str, doc_text: str, grid: list[list[tuple[str, int]]], table_unit: tuple[str, float] | None,
          sentence_spans: list[tuple[int, int, int]]) -> list[dict]:
    """The facts of a table whose first row names the measures and whose first column the periods."""
    out: list[dict] = []
    cols = [(_column(text), _unit_in(text) or table_unit) for text, _off in grid[0]]
    for cells in grid[1:]:
        period = _period(cells[0][0], doc_text)
        if period is None:
            continue
        facts: dict[str, dict] = {}
        changes: list[tuple[str | None, float]] = []
        for (cell, off), (col, unit) in zip(cells[1:], cols[1:]):
            if col is None:
                continue
            metric, frm, to, is_change = col
            num = _NUM_RE.search(cell)
            if num is None:
                continue
            raw = num.group().replace(",", "").replace("−", "-").replace("–", "-")
            try:
                value = float(raw)
            except ValueError:
                continue
            if is_change:
                changes.append((metric, value))
                continue
            if unit is None or value < 0:
                continue
            start, end = off + num.start(), off + num.end()
            sid = next((s for s, a, b in sentence_spans if a <= start and end <= b), None)
            if sid is None:
                continue
            facts.setdefault(metric, dict(
                doc_id=doc_id, sentence_id=sid, char_start=start, char_end=end, subject=None, metric=metric,
                value=value * unit[1], unit=unit[0], period_start=period[0], period_end=period[1],
                period_precision=period[2], change_pct=None, from_country_iso3=frm, to_country_iso3=to,
                source_org=None,
            ))
        for metric, value in changes:
            if metric in facts:
                facts[metric]["change_pct"] = value
        out.extend(facts.values())
    return out
