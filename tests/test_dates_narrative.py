"""Dates in the narrative: relative years of ranges, parts of fiscal years, tense of reported
plans, flashbacks, background since-phrases and "the same day"."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates


def _read(ref: date, *sentences: str) -> list[list[tuple[str, date | None, date | None]]]:
    """Per sentence: (surface, start, end) of its dates, read in order with one context."""
    ctx = DateContext(ref, "day")
    return [[(m.surface, m.value.start, m.value.end) for m in parse_dates(s, ctx)] for s in sentences]


def test_range_of_days_with_this_year_or_last_year():
    (a,), = _read(date(2027, 9, 1), "The premier toured Chile from 4 to 9 March this year.")
    assert a[1:] == (date(2027, 3, 4), date(2027, 3, 9))
    (b,), = _read(date(2027, 9, 1), "The fair ran October 2-5 last year.")
    assert b[1:] == (date(2026, 10, 2), date(2026, 10, 5))


@given(st.integers(2000, 2090), st.integers(1, 12), st.integers(1, 20), st.sampled_from(["this", "last", "next"]))
def test_range_with_relative_year_property(year, month, d1, which):
    names = "January February March April May June July August September October November December".split()
    ref = date(year, 6, 15)
    (got,), = _read(ref, f"The talks ran from {d1} to {d1 + 2} {names[month - 1]} {which} year.")
    y = year + {"this": 0, "last": -1, "next": 1}[which]
    assert got[1:] == (date(y, month, d1), date(y, month, d1 + 2))


def test_first_months_of_the_current_fiscal_year():
    text = "In the first eight months of the current fiscal year (July-February), remittances rose."
    dates = _read(date(2027, 4, 10), text)[0]
    assert dates[0][1:] == (date(2026, 7, 1), date(2027, 2, 28))


def test_reported_plan_with_would_is_future():
    (d,), = _read(date(2026, 8, 4), "Officials said the king would be received by the president "
                                    "at the palace on Aug 12.")
    assert d[1] == date(2026, 8, 12)


def test_agreed_to_prepare_is_a_plan_and_a_parenthesised_acronym_keeps_the_clause():
    text = ("Earlier, on Monday, the ministers held talks, during which they agreed to prepare the "
            "second round of the Free Trade Agreement (FTA) negotiations in Hanoi in June.")
    dates = _read(date(2030, 3, 20), text)[0]
    assert dates[-1][1] == date(2030, 6, 1)


def test_bare_second_half_follows_the_first_half_named():
    out = _read(date(2026, 7, 22),
                "Trade rose 7 percent in the first half of 2026.",
                "The bridge, opened on March 3, 2024, cut transport costs.",
                "Analysts expect a record if the second half follows the same trend.")
    assert out[2][0][1:] == (date(2026, 7, 1), date(2026, 12, 31))


def test_pluperfect_year_sentence_is_a_flashback_not_a_topic():
    out = _read(date(2027, 5, 1),
                "In February 2026, the two cabinets met in Quito.",
                "The previous cabinet had been held in Lima in 2018.",
                "In October, the president wrote to his counterpart.")
    assert out[2][0][1] == date(2026, 10, 1)


def test_topic_sentence_in_simple_past_still_opens_a_paragraph():
    out = _read(date(2027, 5, 1), "Progress came in 2025.", "In March, the ministers met.")
    assert out[1][0][1] == date(2025, 3, 1)


def test_same_day_skips_a_since_phrase():
    out = _read(date(2026, 4, 2),
                "On 1 April, the minister met the president.",
                "He praised ties since the establishment of diplomatic relations on 5 May 1961.",
                "On the same day, the minister met the speaker.")
    assert out[2][0][1] == date(2026, 4, 1)


def test_same_day_after_years_in_passing_is_the_news_day():
    out = _read(date(2026, 3, 26),
                "The presidents exchanged messages today.",
                "The two countries established relations on March 26, 1990, and upgraded them in 2021.",
                "The same day, the prime ministers also exchanged messages.")
    assert out[2][0][1] == date(2026, 3, 26)


def test_bare_quarter_ignores_an_earlier_year_named_for_comparison():
    out = _read(date(2025, 7, 8),
                "In the first quarter of 2025, exports were 2.6 times those of the first quarter of 2024.",
                "Imports of electricity rose in the second quarter.")
    assert out[1][0][1:] == (date(2025, 4, 1), date(2025, 6, 30))


def test_previous_fiscal_year_after_a_fiscal_year_is_the_one_before_it():
    (fy, prev), = _read(date(2025, 12, 10), "Trade rose to $450 million in FY2023-24, up 41 percent "
                                            "from the previous fiscal year.")
    assert fy[1:] == (date(2023, 7, 1), date(2024, 6, 30))
    assert prev[1:] == (date(2022, 7, 1), date(2023, 6, 30))


def test_first_months_of_a_fiscal_year_whose_months_are_stated():
    text = ("Exports rose 12 percent in the first five months of the current fiscal year "
            "(April-August), officials said in Harare.")
    dates = _read(date(2027, 10, 2), text)[0]
    assert dates[0][1:] == (date(2027, 4, 1), date(2027, 8, 31))


def test_a_year_followed_by_when_is_a_time():
    (d,), = _read(date(2027, 7, 1), "Sales recovered from a dismal 2026, when exports fell 4 percent.")
    assert d[1:] == (date(2026, 1, 1), date(2026, 12, 31))
    assert _read(date(2027, 7, 1), "The 2026 members met when called.") == [[]]
