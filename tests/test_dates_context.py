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


# --- devset3 generalisation: weekday of a named week, split seasons, sequels, targets ---


def test_a_weekday_of_last_week_and_of_next_week():
    got = _values(["The border committee met in Hanoi on Tuesday last week.",
                   "A second round is due on Thursday of next week."], date(2024, 3, 8))  # a Friday
    assert got[0] == [("Tuesday last week", date(2024, 2, 27), date(2024, 2, 27), "day")]
    assert got[1] == [("Thursday of next week", date(2024, 3, 14), date(2024, 3, 14), "day")]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)), st.integers(0, 6),
       st.sampled_from(["last", "next", "this"]))
def test_a_weekday_of_a_named_week_falls_in_that_week(ref, wd, which):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    got = _values([f"They met on {names[wd]} {which} week."], ref)[0]
    assert len(got) == 1
    d = got[0][1]
    assert d.weekday() == wd and got[0][3] == "day"
    monday = ref - timedelta(days=ref.weekday())
    step = {"last": -1, "this": 0, "next": 1}[which]
    assert monday + timedelta(weeks=step) <= d <= monday + timedelta(weeks=step, days=6)


@settings(max_examples=60, deadline=None)
@given(st.integers(1995, 2035), st.integers(1, 12), st.integers(1, 12),
       st.sampled_from(["marketing year", "crop year", "crop season", "academic year"]),
       st.sampled_from(["/", "-"]), st.booleans())
def test_a_split_season_with_stated_months(a, m1, m2, noun, sep, short):
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    second = f"{(a + 1) % 100:02d}" if short else str(a + 1)
    text = f"Sales reached 2 million tonnes in the {a}{sep}{second} {noun} ({months[m1 - 1]}-{months[m2 - 1]})."
    got = _values([text], date(2036, 6, 1))[0]
    assert len(got) == 1
    _s, start, end, precision = got[0]
    assert (start.year, start.month, start.day, precision) == (a, m1, 1, "month")
    assert (end.year, end.month) == ((a if m2 >= m1 else a + 1), m2)


def test_then_keeps_a_yearless_month_in_the_story_year():
    got = _values(["In February 2021, the premier wrote to her counterpart.",
                   "The counterpart replied in March.",
                   "New paragraph: officials worked on the text."], date(2024, 9, 1))
    ctx = DateContext(date(2024, 9, 1), "month")
    for t in ["In February 2021, the premier wrote to her counterpart.",
              "The counterpart replied in March."]:
        parse_dates(t, ctx)
    ctx.paragraph_break()
    [m] = parse_dates("The premier then travelled to Lisbon in June for talks.", ctx)
    assert (m.value.start, m.value.precision) == (date(2021, 6, 1), "month")
    assert got[1][0][1] == date(2021, 3, 1)


def test_a_future_target_does_not_move_the_year_of_a_later_quarter():
    ctx = DateContext(date(2025, 7, 8), "day")
    parse_dates("Exports reached 3 billion dollars in June.", ctx)
    parse_dates("Officials say they could triple by 2030.", ctx)
    [m] = parse_dates("Imports of power also rose in the second quarter.", ctx)
    assert (m.value.start, m.value.end) == (date(2025, 4, 1), date(2025, 6, 30))


def test_issued_on_header_with_an_abbreviated_weekday():
    text = "WORLD NEWS\n\nIssued on: Wed 5 Mar 2025 - 10:12\nModified: Thu 6 Mar 2025 - 08:00\n\nBody."
    assert find_dateline(text) == date(2025, 3, 5)


def test_expected_in_a_place_on_a_weekday_is_a_future_visit():
    got = _values(["The defence minister is expected in Lusaka on Thursday for talks, an official said."],
                  date(2024, 3, 5))  # a Tuesday
    assert got[0] == [("Thursday", date(2024, 3, 7), date(2024, 3, 7), "day")]


def test_a_deadline_at_the_end_of_the_year_counts_from_the_time_of_writing():
    ctx = DateContext(date(2024, 5, 2), "day")
    parse_dates("They chaired the forum, a body set up in 2011 to guide trade.", ctx)
    [m] = parse_dates("The forum asked officials to draft a plan before the end of the year.", ctx)
    assert (m.value.start, m.value.end) == (date(2024, 1, 1), date(2024, 12, 31))
    # without a deadline the year in force is kept ("the end of the year" of a story told)
    ctx = DateContext(date(2024, 5, 2), "day")
    parse_dates("In March 2019, the two sides opened talks.", ctx)
    [m] = parse_dates("At the end of the year, they signed the accord.", ctx)
    assert m.value.start == date(2019, 1, 1)


def test_future_in_the_past_of_reported_plans():
    got = _values(["The ministers agreed that the joint commission would be held in Quito in February."],
                  date(2023, 11, 20))
    assert got[0][0][1:] == (date(2024, 2, 1), date(2024, 2, 29), "month")


def test_looking_forward_to_a_meeting_is_a_future_date():
    got = _values(["The ministers looked forward to convening the next round in Lima on March 4-5."],
                  date(2022, 11, 30))
    assert got[0][0][1:] == (date(2023, 3, 4), date(2023, 3, 5), "day")


def test_the_day_before_yesterday_and_after_tomorrow():
    got = _values(["The envoy arrived the day before yesterday and leaves the day after tomorrow."],
                  date(2024, 3, 1))
    assert [v[1] for v in got[0]] == [date(2024, 2, 28), date(2024, 3, 3)]


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 11), st.integers(1, 12), st.one_of(st.none(), st.integers(1995, 2035)),
       st.sampled_from(["to", "ended", "through", "ending"]), st.dates(date(1996, 1, 1), date(2035, 12, 31)))
def test_n_months_to_a_month_end_there(n, mo, year, verb, ref):
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
    tail = f" {year}" if year else ""
    got = _values([f"Exports rose 3% in the {words[n - 1]} months {verb} {months[mo - 1]}{tail}."], ref)[0]
    if n == 1:
        return  # "one months" is no English
    assert len(got) == 1
    _s, start, end, precision = got[0]
    assert precision == "month" and end.month == mo and start.day == 1
    assert (end.year - start.year) * 12 + end.month - start.month + 1 == n
    if year:
        assert end.year == year
    else:
        assert start <= ref  # a period already over when the text was written


def test_agreed_to_meet_and_invited_to_visit_look_ahead():
    got = _values(["The two ministers agreed to meet again in Lima in February.",
                   "She invited her counterpart to visit Quito in March.",
                   "She invited him in March to visit Quito."], date(2024, 11, 5))
    assert got[0][0][1] == date(2025, 2, 1)
    assert got[1][0][1] == date(2025, 3, 1)
    assert got[2][0][1] == date(2024, 3, 1)  # the invitation itself was made in March


@settings(max_examples=40, deadline=None)
@given(st.dates(date(1995, 1, 1), date(2035, 12, 31)), st.booleans(), st.sampled_from(["10:12", "10.12", "22:05:33"]))
def test_header_timestamp_with_an_abbreviated_weekday(d, comma, clock):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    line = f"{wd}{',' if comma else ''} {d.day:02d} {mon} {d.year} {clock} GMT"
    assert find_dateline(f"WORLD\n\n{line}\n\nThe ministers met in the capital.") == d


@settings(max_examples=50, deadline=None)
@given(st.dates(date(1995, 1, 1), date(2035, 12, 30)), st.booleans())
def test_two_consecutive_days_joined_by_and_are_one_period(d, day_first):
    if (d + timedelta(days=1)).month != d.month:
        return
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    m = months[d.month - 1]
    span = f"{d.day} and {d.day + 1} {m} {d.year}" if day_first else f"{m} {d.day} and {d.day + 1}, {d.year}"
    got = _values([f"The minister paid an official visit to Chile on {span}."], date(2036, 1, 1))[0]
    assert [(g[1], g[2], g[3]) for g in got] == [(d, d + timedelta(days=1), "day")]


def test_earlier_and_later_in_the_day_are_the_day_told():
    got = _values(["The prime minister arrived in Hanoi on March 3.",
                   "Later in the day, she met the president.",
                   "At the end of the day, both sides were satisfied."], date(2023, 3, 6))
    assert got[1] == [("Later in the day", date(2023, 3, 3), date(2023, 3, 3), "day")]
    assert got[2] == []
    # without a day told before, the reference day
    assert _values(["Earlier in the day, the envoy met the minister."], date(2023, 3, 6))[0][0][1] \
        == date(2023, 3, 6)


def test_later_in_the_day_through_the_batched_extractor():
    text = "The envoy landed in Quito on 4 May 2022. Later in the day, he met the foreign minister."
    docs = pl.DataFrame({"doc_id": ["d"], "text": [text], "reference_date": [date(2022, 5, 6)],
                         "reference_precision": ["day"]})
    sents = pl.DataFrame({"doc_id": ["d", "d"], "sentence_id": [0, 1], "char_start": [0, 41],
                          "char_end": [40, len(text)], "text": [text[:40], text[41:]],
                          "is_boilerplate": [False, False]})
    rows = extract_dates(sents, docs).select("surface", "date_start").rows()
    assert ("Later in the day", date(2022, 5, 4)) in rows
