"""Date values: the ``(start, end, precision)`` periods that every date expression resolves to.

A :class:`DateValue` names the first and the last day of the period that the text supports
("May 2020" is ``2020-05-01..2020-05-31`` with precision ``month``); constructors here are pure and
cached (values are immutable, so they are shared).
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DateValue:
    """A period: first day, last day and the precision the text supports."""

    start: date | None  # first day of the period at that precision
    end: date | None  # last day of the period (for a range: last day of the range end)
    precision: str  # 'day' | 'month' | 'year' | 'unknown'


UNKNOWN = DateValue(None, None, "unknown")


def last_day(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, calendar.monthrange(y, m)[1])


@functools.lru_cache(maxsize=1 << 16)
def day_value(y: int, m: int, d: int) -> DateValue | None:
    """A single day, or None when the day does not exist."""
    try:
        x = date(y, m, d)
    except ValueError:
        return None
    return DateValue(x, x, "day")


@functools.lru_cache(maxsize=1 << 16)
def month_value(y: int, m: int) -> DateValue:
    """A calendar month."""
    return DateValue(date(y, m, 1), last_day(y, m), "month")


@functools.lru_cache(maxsize=1 << 16)
def year_value(y: int) -> DateValue:
    """A calendar year."""
    return DateValue(date(y, 1, 1), date(y, 12, 31), "year")


@functools.lru_cache(maxsize=1 << 16)
def months_value(y1: int, m1: int, y2: int, m2: int) -> DateValue:
    """A span of whole months, from month m1 of y1 to month m2 of y2."""
    return DateValue(date(y1, m1, 1), last_day(y2, m2), "month")


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) ``n`` months after month ``m`` of year ``y`` (n may be negative)."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def n_months(v: DateValue) -> int:
    """How many calendar months the period touches (0 when unknown)."""
    if v.start is None or v.end is None:
        return 0
    return (v.end.year - v.start.year) * 12 + v.end.month - v.start.month + 1


def shift_years(v: DateValue, n: int) -> DateValue | None:
    """The same span of whole months ``n`` years earlier (n < 0) or later (month precision)."""
    if v.start is None or v.end is None:
        return None
    return months_value(v.start.year + n, v.start.month, v.end.year + n, v.end.month)


def fiscal_value(end_year: int, start_month: int, first_year: int | None = None) -> DateValue:
    """Fiscal year ending in ``end_year`` (or running first_year..end_year for "2022-23").

    ``start_month`` 1 is the calendar year (precision ``year``); otherwise the value is the span of
    twelve months from ``start_month`` of the previous year, precision ``month``.
    """
    if start_month == 1:
        if first_year is not None and first_year != end_year:
            return DateValue(date(first_year, 1, 1), date(end_year, 12, 31), "year")
        return year_value(end_year)
    y1 = first_year if first_year is not None else end_year - 1
    if y1 != end_year - 1:  # "FY2020-2022": from the start of the first to the end of the last
        return months_value(y1, start_month, end_year, start_month - 1)
    return months_value(end_year - 1, start_month, end_year, start_month - 1)
