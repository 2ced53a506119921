"""Publication days printed in page headers: labels with a dash, byline fields, numeric stamps."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.dates import find_dateline, reference_date

BODY = "The two ministers met in the capital and discussed trade, energy and border security."


def test_label_followed_by_a_dash():
    text = f"CITY PAGES\nPublished - March 07, 2024 09:15 am IST\n\n{BODY}"
    assert find_dateline(text) == date(2024, 3, 7)


def test_byline_fields_place_and_date():
    text = f"The Evening Courier\n\nHeadline about ties\n\nJoan Okoro\nAccra | Friday, 9 May 2025\n\n{BODY}"
    assert find_dateline(text) == date(2025, 5, 9)


def test_byline_fields_author_place_date():
    text = f"ANALYSIS\n\nA headline\n\nBy Lena Fischer | Vienna | 3 February 2027\n\n{BODY}"
    assert reference_date(text, None) == (date(2027, 2, 3), "day")


def test_navigation_fields_without_a_full_date_give_nothing():
    text = f"Home | World | 2025 | Archive\n\nA headline\n\n{BODY}"
    assert find_dateline(text) is None


def test_numeric_stamp_completes_a_yearless_dateline_day_first():
    text = f"AGENCY\n05/11/2025 10:20 AM\n\nA headline\n\nJAKARTA, Nov 5 -- {BODY}"
    assert find_dateline(text) == date(2025, 11, 5)


def test_numeric_stamp_completes_a_yearless_dateline_month_first():
    text = f"AGENCY\n11/05/2025 10:20 AM\n\nA headline\n\nJAKARTA, Nov 5 -- {BODY}"
    assert find_dateline(text) == date(2025, 11, 5)


def test_numeric_stamp_of_another_day_does_not_complete_the_dateline():
    text = f"AGENCY\n07/09/2025 10:20 AM\n\nA headline\n\nJAKARTA, Nov 5 -- {BODY}"
    assert find_dateline(text) is None


def test_ambiguous_numeric_stamp_alone_gives_nothing():
    assert find_dateline(f"AGENCY\n04/06/2025 10:20 AM\n\n{BODY}") is None


def test_unambiguous_numeric_stamp_alone():
    assert find_dateline(f"AGENCY\n23/06/2025 10:20 AM\n\n{BODY}") == date(2025, 6, 23)
    assert find_dateline(f"AGENCY\n06/23/2025 10:20 AM\n\n{BODY}") == date(2025, 6, 23)


def test_numeric_date_without_a_clock_is_not_a_stamp():
    assert find_dateline(f"Ref. 23/06/2025\n\n{BODY}") is None


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), st.booleans(), st.booleans())
def test_numeric_stamp_property(d, day_first, pad):
    a, b = (d.day, d.month) if day_first else (d.month, d.day)
    fmt = (lambda n: f"{n:02d}") if pad else str
    line = f"{fmt(a)}/{fmt(b)}/{d.year} 08:30 PM"
    got = find_dateline(f"PAGE\n{line}\n\n{BODY}")
    if d.day == d.month or d.day > 12:
        assert got == d
    else:
        assert got is None  # order unsettled: never guessed


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_numeric_stamp_completes_any_dateline(d, day_first):
    a, b = (d.day, d.month) if day_first else (d.month, d.day)
    mon = d.strftime("%b")
    text = f"PAGE\n{a:02d}/{b:02d}/{d.year} 08:30 PM\n\nCITY, {mon} {d.day} -- {BODY}"
    assert find_dateline(text) == d


def test_more_page_line_shapes():
    cases = {
        "March 3, 2027 / 08:15 AM": date(2027, 3, 3),
        "2027/03/03 08:15": date(2027, 3, 3),
        "Posted: 23/03/2027": date(2027, 3, 23),
        "Date: 23-03-2027": date(2027, 3, 23),
        "Published 23.03.2027 08:15": date(2027, 3, 23),
        "Posted: 03/04/2027": None,  # 3 April or 4 March: never guessed
    }
    for line, want in cases.items():
        assert find_dateline(f"PAGE\nA headline\n{line}\n\n{BODY}") == want, line


def test_caption_fields_do_not_date_the_article():
    text = f"PAGE\nA headline\nFile photo | 10 September 2009\n\n{BODY}"
    assert find_dateline(text) is None
