"""Tests for dates: day anaphora ("on the same day"), weekends, and wire timestamps in headers."""

from __future__ import annotations

from datetime import date, timedelta

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, extract_dates, find_dateline, parse_dates, reference_date


def _values(texts: list[str], ref: date) -> list[list[tuple]]:
    """(surface, start, end, precision) per sentence, read in order with one context."""
    ctx = DateContext(ref, "day")
    return [
        [(m.surface, m.value.start, m.value.end, m.value.precision) for m in parse_dates(t, ctx)]
        for t in texts
    ]


def test_the_same_day_is_the_last_day_named():
    got = _values(
        ["The minister arrived in Lima on March 3 for talks.",
         "On the same day, she met the speaker of parliament.",
         "The following day, she flew to Cusco."],
        date(2023, 3, 6),
    )
    assert got[1] == [("the same day", date(2023, 3, 3), date(2023, 3, 3), "day")]
    assert got[2] == [("The following day", date(2023, 3, 4), date(2023, 3, 4), "day")]


def test_a_day_anaphor_without_a_day_before_it_stays_unknown():
    got = _values(["The accord was signed in May 2019.", "That day, both leaders spoke."],
                  date(2023, 3, 6))
    assert all(v[3] == "unknown" for v in got[1])


def test_the_same_day_through_the_batched_extractor():
    text = "On July 28, the president sent a message to Quito. On the same day, envoys met."
    sents = pl.DataFrame({
        "doc_id": ["d", "d"], "sentence_id": [0, 1], "char_start": [0, 51],
        "char_end": [50, len(text)], "text": [text[:50], text[51:]], "is_boilerplate": [False, False],
    })
    docs = pl.DataFrame({"doc_id": ["d"], "reference_date": [date(2022, 7, 30)],
                         "reference_precision": ["day"], "text": [text]})
    out = extract_dates(sents, docs).filter(pl.col("sentence_id") == 1)
    assert out.select("surface", "date_start", "precision").rows() == [
        ("the same day", date(2022, 7, 28), "day")
    ]


def test_weekend_before_a_monday_and_the_coming_one():
    monday = date(2021, 11, 15)
    got = _values(["Two soldiers were killed over the weekend.",
                   "The ministers will meet at the weekend.",
                   "Talks were held last weekend."], monday)
    assert got[0] == [("the weekend", date(2021, 11, 13), date(2021, 11, 14), "day")]
    assert got[1] == [("the weekend", date(2021, 11, 20), date(2021, 11, 21), "day")]
    assert got[2] == [("last weekend", date(2021, 11, 13), date(2021, 11, 14), "day")]


def test_weekend_with_a_month_reference_keeps_the_month():
    ctx = DateContext(date(2021, 11, 1), "month")
    (m,) = parse_dates("Rebels attacked a convoy over the weekend.", ctx)
    assert (m.value.start, m.value.end, m.value.precision) == (
        date(2021, 11, 1), date(2021, 11, 30), "month")


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)))
def test_weekend_is_always_a_saturday_and_sunday_next_to_the_reference(ref):
    past, future = _values(["Clashes erupted over the weekend.",
                            "The summit will open this weekend."], ref)
    for (_s, start, end, precision) in (past[0], future[0]):
        assert precision == "day" and start.weekday() == 5 and end == start + timedelta(days=1)
    assert past[0][1] <= ref < past[0][1] + timedelta(days=7)
    assert future[0][2] >= ref and future[0][1] - ref < timedelta(days=7)


def test_header_line_with_a_date_and_a_clock_time_dates_the_article():
    text = ("World > Europe\nTalks stall over fishing quotas\nBy A. Writer\n"
            "March 9, 2022 11:05 AM GMT+1 Updated an hour ago\n"
            "OSLO, March 9 (Reuters) - Norway said on Wednesday that talks had stalled.")
    assert find_dateline(text) == date(2022, 3, 9)
    assert reference_date(text, None) == (date(2022, 3, 9), "day")


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
       st.integers(0, 23), st.integers(0, 59), st.booleans())
def test_clock_timestamp_lines_in_either_order(day, hh, mm, day_first):
    month = day.strftime("%B")
    stamp = f"{day.day} {month} {day.year}, {hh:02d}:{mm:02d}" if day_first else \
        f"{month} {day.day}, {day.year} {hh}:{mm:02d} PM"
    assert find_dateline(f"Section\nHeadline here\n{stamp}\nBody text follows here.") == day


def test_a_date_in_running_text_with_a_number_is_no_timestamp():
    assert find_dateline("Headline\nThe deal of March 9, 2022 12.5 percent stake was sold.") is None


def test_days_later_and_earlier_count_from_the_last_day_named():
    got = _values(["The envoy reached Accra on June 10.", "Two days later, talks opened.",
                   "A day earlier, aides had met.", "A week later, the talks ended."],
                  date(2019, 7, 1))
    assert got[1] == [("Two days later", date(2019, 6, 12), date(2019, 6, 12), "day")]
    assert got[2] == [("A day earlier", date(2019, 6, 11), date(2019, 6, 11), "day")]
    # a week is no precision of its own: the month of that week
    assert got[3] == [("A week later", date(2019, 6, 1), date(2019, 6, 30), "month")]


def test_days_later_without_a_day_before_stays_unknown():
    got = _values(["In 2018 the envoy reached Accra.", "Two days later, talks opened."],
                  date(2019, 7, 1))
    assert got[1][0][3] == "unknown"


def test_irregular_past_verbs_place_a_month_before_the_reference():
    # past tense ("rose", "fell", "grew"): the last March before the November reference
    for verb in ("rose", "fell", "grew", "stood"):
        (m,) = parse_dates(f"Exports {verb} sharply in March.", DateContext(date(2024, 11, 20), "day"))
        assert (m.value.start, m.value.precision) == (date(2024, 3, 1), "month")
    (m,) = parse_dates("Exports will grow in March.", DateContext(date(2024, 11, 20), "day"))
    assert m.value.start == date(2025, 3, 1)


def test_the_verb_next_to_a_weekday_sets_its_tense_in_a_mixed_clause():
    thursday = date(2025, 6, 5)
    got = _values(["The drills began on Monday near the border and will run until 20 June.",
                   "The third round will be held in July, officials said."], thursday)
    assert got[0][0] == ("Monday", date(2025, 6, 2), date(2025, 6, 2), "day")
    assert got[0][1][1] == date(2025, 6, 20)
    assert got[1] == [("July", date(2025, 7, 1), date(2025, 7, 31), "month")]
