"""Date intervals with precision: the arithmetic the resolver needs to compare facts."""

from __future__ import annotations

import calendar
from datetime import date

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3, None: 3}


def period_end(start: date, precision: str) -> date:
    """Last day of the period that starts at ``start`` with ``precision``."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def interval(start: date | None, end: date | None, precision: str | None) -> tuple[date, date] | None:
    """Closed interval covered by a (start, end, precision) triple; None when undated."""
    if start is None or precision in (None, "unknown"):
        return None
    last = period_end(end, precision) if end is not None else period_end(start, precision)
    return (start, max(start, last))


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def contains(outer: tuple[date, date] | None, inner: tuple[date, date] | None) -> bool:
    return outer is not None and inner is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


def truncate(d: date | None, precision: str | None) -> str:
    """ISO text of ``d`` at ``precision`` ('2025', '2025-02', '2025-02-05'); '' when undated."""
    if d is None or precision in (None, "unknown"):
        return ""
    return {"year": d.isoformat()[:4], "month": d.isoformat()[:7]}.get(precision, d.isoformat())
