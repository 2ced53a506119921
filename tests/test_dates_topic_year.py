"""A short topic sentence ending in a year frames the paragraph that follows it."""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates


def _read(*sentences: str, ref: date = date(2025, 6, 1)) -> list:
    ctx = DateContext(ref, "day")
    return [parse_dates(s, ctx) for s in sentences]


def test_a_topic_sentence_year_frames_a_following_month():
    out = _read("In January 2021, the envoys met.", "Trade recovered in 2022.",
                "In March, the ministers spoke by telephone.")
    assert out[2][0].value.start == date(2022, 3, 1)


def test_a_year_in_a_sentence_with_amounts_is_no_frame():
    out = _read("Trade amounted to $4.8 billion in 2022.", "On 11 April the minister will visit.")
    assert out[1][0].value.start.year != 2022


@settings(max_examples=40, deadline=None)
@given(st.integers(1995, 2024), st.integers(1, 12))
def test_topic_year_property(year: int, month: int):
    name = calendar.month_name[month]
    out = _read(f"The talks stalled in {year}.", f"In {name}, the two sides met again.")
    assert out[1][0].value.start == date(year, month, 1)


def _fiscal(sentence: str, doc: str) -> list:
    return parse_dates(sentence, DateContext(date(2026, 2, 5), "day", doc_text=doc))


def test_a_demonym_between_the_label_and_fiscal_year():
    doc = "KATHMANDU, Feb 5 - Nepal and India signed a power deal."
    out = _fiscal("Nepal sold 900 GWh to India in the 2023/24 Nepali fiscal year.", doc)
    assert [m.kind for m in out] == ["fiscal"]
    assert out[0].value.start == date(2023, 7, 1)


def test_a_mid_month_fiscal_year_that_ended_in_its_first_month():
    doc = "ADDIS ABABA, Feb 5 - Ethiopia and Kenya signed a power deal."
    out = _fiscal("Ethiopia sold 300 GWh to Kenya in the 2022/23 fiscal year, which ended in July.",
                  doc)
    assert out[0].value.start == date(2022, 7, 1)


@settings(max_examples=30, deadline=None)
@given(st.integers(2000, 2030))
def test_fiscal_label_with_a_demonym_property(year: int):
    doc = "ISLAMABAD, Feb 5 - Pakistan and China."
    label = f"{year}-{(year + 1) % 100:02d}"
    out = _fiscal(f"Exports rose in the {label} Pakistani fiscal year.", doc)
    assert out[0].value.start == date(year, 7, 1)
    assert out[0].value.end == date(year + 1, 6, 30)
