"""Resolving quarters, halves and fiscal years: "the first quarter of 2024", "Q3 2023", "the
first nine months of the current fiscal year", "FY2023-24 (July-June)", "the fiscal year that
ended in June 2024" (whose fiscal year it is: :mod:`pipeline.extract.dates_fiscal`)."""

from __future__ import annotations

import re

from pipeline.extract.dates_context import DateContext, _ref_period
from pipeline.extract.dates_detect import _Cand
from pipeline.extract.dates_fiscal import fiscal_rule_for
from pipeline.extract.dates_grammar import NUMBER_WORDS, ORDINALS
from pipeline.extract.dates_grammar import day_num as _day_num
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_grammar import year_num as _year_num
from pipeline.extract.dates_patterns import _PATTERN_BY_TAG, _PRIO
from pipeline.extract.dates_relative import _year_from_rel
from pipeline.extract.dates_values import UNKNOWN, DateValue, fiscal_value, months_value, n_months
from pipeline.extract.dates_values import add_months as _add_months


def _resolve_quarter(text: str, c: _Cand, ctx: DateContext) -> tuple[DateValue, str]:
    g = c.m.groupdict()
    if c.tag == "first_n":
        n = g["n"]
        n = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
        months = n * 3 if g["unit"] == "quarters" else n
        kind = "quarter" if g["unit"] == "quarters" else "range"
        if g.get("fy"):
            # "the first nine months of the current fiscal year": from the fiscal year's start
            fv = _fiscal_label_value(text, c.start, g["fy"], ctx)
            if fv.start is None or fv.end is None or not 1 <= months <= 12:
                return UNKNOWN, kind
            y1, m1 = fv.start.year, fv.start.month
            fm1 = g.get("fm1") or g.get("fa1")  # "(July-May)" after the label or after "months"
            if fm1 and _month_num(fm1) != m1:
                # "(July-October)": the months stated are the first ones of that fiscal year,
                # the one with that first month around the middle of the year the label names
                mid = fv.start + (fv.end - fv.start) / 2
                m1 = _month_num(fm1)
                y1 = mid.year if (mid.month, mid.day) >= (m1, 1) else mid.year - 1
            y2, m2 = _add_months(y1, m1, months - 1)
            if not any(ch.isdigit() for ch in g["fy"]):
                # "the first eleven months of the current fiscal year" in the days after the year
                # turned: months already told of, those of the fiscal year that just ended
                ref = _ref_period(ctx)
                if ref is not None and ref.end is not None and ref.precision != "year" \
                        and (y2, m2) > (ref.end.year, ref.end.month):
                    y1, y2 = y1 - 1, y2 - 1
            return months_value(y1, m1, y2, m2), kind
        if g.get("y") or g.get("rel"):
            y = int(g["y"]) if g.get("y") else _year_from_rel(g.get("rel"), ctx)
            if g.get("y") and (ctx.split_year is None or y > ctx.split_year):
                ctx.split_year = y  # "the first ten months of 2025": a reporting period too
        elif ctx.split_year is not None and not c.m.group().rstrip().endswith("year"):
            # "the first six months" in a report on "the first half of 2026": the reporting
            # period's year, not that of a look back ("a difficult 2025, when ...")
            y = ctx.split_year
        else:
            y = _year_from_rel(None, ctx)
        if not 1 <= months <= 12 or y is None:
            return UNKNOWN, kind
        return months_value(y, 1, y, months), kind
    if c.tag == "quarter":
        o = g["ord"].lower()
        unit = g["unit"]
        has_of = c.m.group().rstrip().endswith(("year", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
        if o == "last" and not has_of and not c.m.group().lower().startswith("the"):
            return _previous_period(unit, ctx), unit  # "last quarter": the one before the reference
        if o in ("latter", "former") and unit != "half":
            return UNKNOWN, unit
        n = {"final": 4 if unit == "quarter" else 2, "last": 4 if unit == "quarter" else 2,
             "latter": 2, "former": 1}.get(o) or ORDINALS[o]
        if g.get("y") or g.get("rel"):
            y = int(g["y"]) if g.get("y") else _year_from_rel(g.get("rel"), ctx)
            if y is not None and (ctx.split_year is None or y > ctx.split_year):
                ctx.split_year = y  # the latest: "as in the first quarter of 2024" compares
        elif g.get("fy") or c.m.group().rstrip().endswith("year"):
            y = None if g.get("fy") else _year_from_rel(None, ctx)
        else:
            # a bare "the second half" after "the first half of 2026": the same year's parts
            y = ctx.split_year if ctx.split_year is not None else _year_from_rel(None, ctx)
            if ctx.split_year is None and y is not None and ctx.year is None:
                ctx.split_year = y  # the first part named, before any year: the report's own
    else:
        unit = "quarter" if (g.get("u") or g.get("u2")) == "Q" else "half"
        n = int(g.get("n") or g.get("n2"))
        if g.get("y"):
            y = int(g["y"])
        elif g.get("yy"):
            y = _year_num(g["yy"])
        elif g.get("fy"):
            y = None
        else:
            y = _year_from_rel(None, ctx)
    if unit == "half" and n > 2:
        return UNKNOWN, "half"
    size = 3 if unit == "quarter" else 6
    if g.get("fy"):  # a quarter or half of a fiscal year counts from the fiscal year's start
        fv = _fiscal_label_value(text, c.start, g["fy"], ctx)
        if fv.start is None:
            return UNKNOWN, unit
        y1, m1 = _add_months(fv.start.year, fv.start.month, (n - 1) * size)
        if g.get("qa1"):
            # "the fourth quarter (April-June) of FY2025-26": the months stated, in that fiscal year
            m1 = _month_num(g["qa1"])
            y1 = fv.start.year if m1 >= fv.start.month else fv.start.year + 1
        return months_value(y1, m1, *_add_months(y1, m1, size - 1)), unit
    if y is None:
        return UNKNOWN, unit
    m1 = (n - 1) * size + 1
    return months_value(y, m1, y, m1 + size - 1), unit


def _previous_period(unit: str, ctx: DateContext) -> DateValue:
    """The quarter/half before the one containing the reference date."""
    ref = _ref_period(ctx)
    if ref is None or ref.precision == "year":
        return UNKNOWN
    size = 3 if unit == "quarter" else 6
    r = ref.start
    m1 = (r.month - 1) // size * size + 1
    y, m = _add_months(r.year, m1, -size)
    return months_value(y, m, *_add_months(y, m, size - 1))


def _stated_start_month(g: dict) -> int | None:
    """The start month a fiscal label states itself: "(July-June)", ", which ended in June"
    (starts in July), ", which ended in mid-July" (a mid-month end: that month), ", which began
    in April"."""
    if g.get("pm1"):
        m1, m2 = _month_num(g["pm1"]), _month_num(g["pm2"])
        return m1 if m2 % 12 + 1 == m1 else None
    if g.get("em"):
        em = _month_num(g["em"])
        if not g.get("endv"):
            return em
        if g.get("mid") or (g.get("ed") and _day_num(g["ed"]) <= 20):
            return em
        return em % 12 + 1
    return None


def _resolve_fiscal(text: str, c: _Cand, ctx: DateContext, pos: int | None = None) -> DateValue:
    """A fiscal year label ("FY2023-24", "fiscal 2024", "the last fiscal year") at ``pos``."""
    g = c.m.groupdict()
    pos = c.start if pos is None else pos
    a = _year_num(g["a"]) if g.get("a") else None
    b = _year_num(g["b"], a) if a is not None and g.get("b") else None
    sm = _stated_start_month(g)
    by_start = False
    if sm is None:
        rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=b is not None)
        sm, by_start = rule.start_month, rule.label_by_start
    elif g.get("endv") and not g.get("ed") and g.get("em"):
        # ", which ended in July" of a year that turns in the middle of July (Ethiopia, Nepal):
        # the month named is the one the lexicon gives as its first
        rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=b is not None)
        if rule.start_month == _month_num(g["em"]):
            sm = rule.start_month
    if a is None:  # this / last / next fiscal year
        which = (g.get("which") or "this").lower()
        p = ctx.period
        if which == "previous" and p is not None and p.start is not None and p.end is not None \
                and p.precision == "month" and n_months(p) == 12:
            # "$452 million in FY2024-25, up 41 percent from the previous fiscal year": the one
            # before the fiscal year just named (anaphoric), not before the time of writing
            y, m = _add_months(p.start.year, p.start.month, -12)
            return months_value(y, m, *_add_months(y, m, 11))
        return _fiscal_rel_value(which, sm, by_start, ctx)
    if b is not None:
        return fiscal_value(b, sm, a)
    return fiscal_value(a + 1 if by_start and sm != 1 else a, sm)


def _fiscal_rel_value(which: str, sm: int, by_start: bool, ctx: DateContext) -> DateValue:
    """The fiscal year containing the reference (this/current), or the one before or after."""
    ref = _ref_period(ctx)
    if ref is None or (ref.precision == "year" and sm != 1):
        return UNKNOWN
    r = ref.start
    end_year = r.year + 1 if (sm != 1 and r.month >= sm) else r.year
    end_year += {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    return fiscal_value(end_year, sm)


_FISCAL_TAGS = ("fy", "fiscal_after", "fiscal_before", "fiscal_rel")


def _fiscal_label_value(text: str, pos: int, label: str, ctx: DateContext) -> DateValue:
    """The fiscal year named by ``label`` (a part of a longer expression) written at ``pos``."""
    for tag in _FISCAL_TAGS:
        m = _PATTERN_BY_TAG[tag].match(label)
        if m is not None and m.end() == len(label):
            return _resolve_fiscal(text, _Cand(pos, pos + len(label), tag, m, _PRIO[tag]), ctx, pos)
    # "the fiscal year", "the current fiscal year" without a year: the one containing the reference
    rule = fiscal_rule_for(text, pos, ctx.doc_text, two_years=False)
    which = "last" if re.search(r"\b(?:last|previous)\b", label) else "next" if "next" in label else "this"
    return _fiscal_rel_value(which, rule.start_month, rule.label_by_start, ctx)


def _resolve_fiscal_end(g: dict) -> DateValue:
    """"the fiscal year that ended in June 2024": the twelve months up to that month (a year
    ending early in a month, "ended 15 July", ends with the month before)."""
    mo = _month_num(g.get("m1") or g["m2"])
    y = int(g["y"])
    d = g.get("d1") or g.get("d2")
    if d and _day_num(d) <= 20:
        y, mo = _add_months(y, mo, -1)
    y1, m1 = _add_months(y, mo, -11)
    return months_value(y1, m1, y, mo)
