"""Tests for pipeline.extract.dates: detection, resolution, carry-over, datelines, frames."""

from __future__ import annotations

from datetime import date

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import (
    DATE_MENTIONS,
    DateContext,
    DateValue,
    extract_dates,
    find_dateline,
    fiscal_value,
    parse_dates,
    reference_date,
)

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def ctx_at(ref: date | None = None, precision: str = "day", year: int | None = None) -> DateContext:
    return DateContext(ref, precision if ref else "unknown", year, None)


def one(text: str, ctx: DateContext | None = None):
    ms = parse_dates(text, ctx or ctx_at())
    assert len(ms) == 1, [(m.surface, m.value) for m in ms]
    m = ms[0]
    assert text[m.start:m.end] == m.surface
    return m


def spans(text: str, ctx: DateContext | None = None):
    return [(m.surface, m.value.start, m.value.end, m.value.precision, m.kind, m.qualifier)
            for m in parse_dates(text, ctx or ctx_at())]


def day(y, m, d) -> DateValue:
    return DateValue(date(y, m, d), date(y, m, d), "day")


# ---------------------------------------------------------------- explicit dates

@pytest.mark.parametrize("text,expected", [
    ("The talks opened on March 9, 2021 in Geneva.", day(2021, 3, 9)),
    ("The talks opened on 9 March 2021 in Geneva.", day(2021, 3, 9)),
    ("Signed on Mar. 9, 2021, the pact", day(2021, 3, 9)),
    ("Signed Mar 09, 2021.", day(2021, 3, 9)),
    ("Released 2021-03-09 by the ministry.", day(2021, 3, 9)),
    ("Released 28/03/2021 by the ministry.", day(2021, 3, 28)),
    ("Released 03/28/2021 by the ministry.", day(2021, 3, 28)),
    ("the 9th of March, 2021", day(2021, 3, 9)),
    ("Tuesday, March 9, 2021", day(2021, 3, 9)),
    ("Ties were formed on October 1, 1949.", day(1949, 10, 1)),
    ("AMMAN, DECEMBER 3, 2023 — officials", day(2023, 12, 3)),
])
def test_explicit_days(text, expected):
    m = one(text)
    assert m.value == expected
    assert m.kind == "explicit"


def test_ambiguous_numeric_dates_are_skipped():
    assert parse_dates("Filed 04/05/2021 at noon.", ctx_at()) == []
    assert parse_dates("Open 24/7 for visitors.", ctx_at()) == []


def test_month_year_and_bare_years():
    m = one("In September 2019, a delegation arrived.")
    assert m.value == DateValue(date(2019, 9, 1), date(2019, 9, 30), "month")
    assert m.kind == "explicit"
    m = one("in November of 2018 the line opened")
    assert m.value.start == date(2018, 11, 1) and m.value.precision == "month"
    for text in ("The bridge was built in 1998.", "since 2017, exports grew", "The year of 2016 was a milestone."):
        m = one(text)
        assert m.value.precision == "year" and m.value.start.month == 1 and m.value.end == date(m.value.start.year, 12, 31)


def test_years_in_a_list():
    got = spans("The plans were announced in 2019 and 2020 respectively.")
    assert [s[0] for s in got] == ["2019", "2020"]


@pytest.mark.parametrize("text", [
    "More than 2,000 people attended the forum.",
    "They hold the 5th round of talks and mark the 20th anniversary.",
    "The 1+4 framework and the 5Es approach.",
    "the Paris 2024 Olympic Games opened",
    "in line with the 2030 Agenda for Sustainable Development",
    "It cost $2019 per tonne.",
    "They pledged 2019 tons of aid.",
    "See page 14 of the report.",
    "The president may visit the capital.",
    "Growth was 2.5 percent in the period.",
])
def test_not_dates(text):
    assert parse_dates(text, ctx_at(date(2024, 6, 1))) == []


def test_event_name_year_range_is_not_a_period():
    got = spans("They adopted the 2016—2025 Energy Cooperation Plan in 2016.")
    assert [s[0] for s in got] == ["2016"]


# ---------------------------------------------------------------- partial dates and carry-over

def test_partial_month_day_takes_the_narrative_frame_year():
    ctx = ctx_at(date(2023, 6, 15))
    ctx.frame_year, ctx.frame_fresh = 2021, True
    m = one("The envoy arrived on June 12.", ctx)
    assert m.value == day(2021, 6, 12)
    assert m.kind == "partial"


def test_last_mentioned_year_alone_does_not_move_a_dated_article():
    # a year named in passing is not the narrative time: against a publication day the
    # partial date is the occurrence closest to it
    m = one("The envoy arrived on June 12.", ctx_at(date(2023, 6, 15), year=2021))
    assert m.value == day(2023, 6, 12)
    # without a publication day the last dated mention still decides
    m = one("The envoy arrived on June 12.", ctx_at(date(2023, 1, 1), "year", year=2021))
    assert m.value == day(2021, 6, 12)


def test_partial_month_day_closest_to_reference():
    m = one("The envoy arrived on June 12.", ctx_at(date(2023, 6, 15)))
    assert m.value == day(2023, 6, 12)
    m = one("The envoy arrived on December 28.", ctx_at(date(2024, 1, 3)))
    assert m.value == day(2023, 12, 28)


def test_partial_future_prefers_next_occurrence():
    m = one("The summit will be held on March 2.", ctx_at(date(2024, 9, 10)))
    assert m.value == day(2025, 3, 2)
    m = one("The envoy met them on March 2.", ctx_at(date(2024, 9, 10)))
    assert m.value == day(2024, 3, 2)


def test_future_partial_never_before_reference_even_with_context_year():
    ctx = ctx_at(date(2023, 9, 1), "month", year=2023)
    m = one("The programme will run until February 10.", ctx)
    assert m.value == day(2024, 2, 10)
    assert m.qualifier == "until"


def test_narrative_carry_over_across_sentences():
    ctx = ctx_at(date(2024, 12, 1), "year")
    assert one("In March 2021, the ministers met in Kabul.", ctx).value.start == date(2021, 3, 1)
    m = one("In July, the two sides signed a protocol.", ctx)
    assert m.value == DateValue(date(2021, 7, 1), date(2021, 7, 31), "month") and m.kind == "partial"
    assert one("The same month, a trade fair opened.", ctx).value.start == date(2021, 7, 1)
    assert one("Later that month, talks resumed.", ctx).value.start == date(2021, 7, 1)
    assert one("In 2022, exports rose.", ctx).value.start == date(2022, 1, 1)
    assert one("In May, a minister visited.", ctx).value.start == date(2022, 5, 1)
    assert one("The following year, a plant opened.", ctx).value == DateValue(date(2023, 1, 1), date(2023, 12, 31), "year")
    assert ctx.year == 2023


def test_partial_month_without_context_uses_reference_year():
    m = one("In October, the leaders met.", ctx_at(date(2020, 1, 1), "year"))
    assert m.value.start == date(2020, 10, 1)


def test_unresolvable_partials_are_reported_unknown():
    m = one("In April, the leaders met.", ctx_at())
    assert m.value.precision == "unknown" and m.value.start is None


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("text,start,end,precision", [
    ("The fair runs from June 3 to 9, 2022.", date(2022, 6, 3), date(2022, 6, 9), "day"),
    ("The fair runs June 3-9, 2022.", date(2022, 6, 3), date(2022, 6, 9), "day"),
    ("The fair ran 3 to 9 June 2022.", date(2022, 6, 3), date(2022, 6, 9), "day"),
    ("The tour lasted from June 28 to July 2, 2022.", date(2022, 6, 28), date(2022, 7, 2), "day"),
    ("The tour lasted from 28 June to 2 July 2022.", date(2022, 6, 28), date(2022, 7, 2), "day"),
    ("The tour lasted from December 30 to January 2, 2022.", date(2021, 12, 30), date(2022, 1, 2), "day"),
    ("From April to August of 2019, workshops were held.", date(2019, 4, 1), date(2019, 8, 31), "month"),
    ("between 2010 and 2015 output doubled", date(2010, 1, 1), date(2015, 12, 31), "year"),
    ("from 2010 to 2015 output doubled", date(2010, 1, 1), date(2015, 12, 31), "year"),
    ("during the 2016–2020 period output doubled", date(2016, 1, 1), date(2020, 12, 31), "year"),
    ("in the 1990s output doubled", date(1990, 1, 1), date(1999, 12, 31), "year"),
])
def test_ranges(text, start, end, precision):
    m = one(text)
    assert (m.value.start, m.value.end, m.value.precision, m.kind) == (start, end, precision, "range")


def test_range_without_year_uses_context():
    m = one("The delegation stays from June 3 to 9.", ctx_at(date(2022, 5, 20), year=2022))
    assert (m.value.start, m.value.end) == (date(2022, 6, 3), date(2022, 6, 9))


# ---------------------------------------------------------------- relative expressions

REF = date(2023, 3, 16)  # a Thursday


@pytest.mark.parametrize("text,expected", [
    ("The ministers met on Tuesday.", day(2023, 3, 14)),
    ("The ministers met on Thursday.", day(2023, 3, 16)),
    ("The ministers met last Thursday.", day(2023, 3, 9)),
    ("The ministers will meet on Monday.", day(2023, 3, 20)),
    ("The ministers meet next Thursday.", day(2023, 3, 23)),
    ("Officials said yesterday that", day(2023, 3, 15)),
    ("Officials said today that", day(2023, 3, 16)),
    ("The plane lands tomorrow.", day(2023, 3, 17)),
    ("Exports rose last year.", DateValue(date(2022, 1, 1), date(2022, 12, 31), "year")),
    ("Exports will rise next year.", DateValue(date(2024, 1, 1), date(2024, 12, 31), "year")),
    ("Exports rose last month.", DateValue(date(2023, 2, 1), date(2023, 2, 28), "month")),
    ("Exports rose earlier this month.", DateValue(date(2023, 3, 1), date(2023, 3, 31), "month")),
    ("Exports rose two years ago.", DateValue(date(2021, 1, 1), date(2021, 12, 31), "year")),
    ("The plant opened last May.", DateValue(date(2022, 5, 1), date(2022, 5, 31), "month")),
])
def test_relative_against_reference(text, expected):
    m = one(text, ctx_at(REF))
    assert m.value == expected
    assert m.kind in ("relative", "weekday")


def test_week_is_reported_as_its_months():
    # the week of Monday 2023-02-27 spans February and March
    m = one("Talks took place last week.", ctx_at(date(2023, 3, 8)))
    assert m.value == DateValue(date(2023, 2, 1), date(2023, 3, 31), "month")


def test_relative_without_reference_is_unknown():
    for text in ("They met on Friday.", "Exports rose last year.", "He said yesterday."):
        m = one(text, ctx_at())
        assert m.value.precision == "unknown" and m.value.start is None


def test_coarse_reference_never_yields_finer_precision():
    m = one("They met on Friday.", ctx_at(date(2023, 3, 1), "month"))
    assert m.value.precision == "month"
    m = one("Exports rose last month.", ctx_at(date(2023, 1, 1), "year"))
    assert m.value.precision == "unknown"


def test_weekday_anchored_on_same_sentence_date():
    ctx = ctx_at(date(2025, 8, 1), "month")
    got = spans("He began his tour on Saturday, which will last until January 5.", ctx)
    assert got[0][:4] == ("Saturday", date(2026, 1, 3), date(2026, 1, 3), "day")
    assert got[1][:4] == ("January 5", date(2026, 1, 5), date(2026, 1, 5), "day")
    assert got[1][5] == "until"


def test_anaphoric_shift():
    ctx = ctx_at(year=2010)
    assert one("A year later, the line opened.", ctx).value.start == date(2011, 1, 1)
    assert parse_dates("Less than a year later, it closed.", ctx_at(year=2010)) == []


# ---------------------------------------------------------------- fiscal, quarters, halves

@pytest.mark.parametrize("text,start,end", [
    ("Revenue in FY23 rose.", date(2022, 7, 1), date(2023, 6, 30)),
    ("Revenue in FY2023 rose.", date(2022, 7, 1), date(2023, 6, 30)),
    ("Revenue in FY 2022-23 rose.", date(2022, 7, 1), date(2023, 6, 30)),
    ("Revenue in fiscal year 2023 rose.", date(2022, 7, 1), date(2023, 6, 30)),
    ("Revenue in the 2012/2013 fiscal year rose.", date(2012, 7, 1), date(2013, 6, 30)),
    ("Revenue in the 2022-23 fiscal year rose.", date(2022, 7, 1), date(2023, 6, 30)),
])
def test_fiscal_years_default_july(text, start, end):
    m = one(text)
    assert (m.value.start, m.value.end, m.value.precision, m.kind) == (start, end, "month", "fiscal")


def test_fiscal_year_of_a_named_country():
    m = one("The United States fiscal year 2024 budget")
    assert (m.value.start, m.value.end) == (date(2023, 10, 1), date(2024, 9, 30))


def test_fiscal_since_qualifier():
    m = one("the top market since the 2015/2016 fiscal year.")
    assert m.qualifier == "since" and m.value.start == date(2015, 7, 1)


def test_fiscal_value_calendar_year_country():
    assert fiscal_value(2023, 1) == DateValue(date(2023, 1, 1), date(2023, 12, 31), "year")


@pytest.mark.parametrize("text,start,end,kind", [
    ("in the first quarter of 2024", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
    ("output in Q3 2023 grew", date(2023, 7, 1), date(2023, 9, 30), "quarter"),
    ("in the first half of 2022", date(2022, 1, 1), date(2022, 6, 30), "half"),
    ("output in H2 2022 grew", date(2022, 7, 1), date(2022, 12, 31), "half"),
    ("in the first three quarters of 2021", date(2021, 1, 1), date(2021, 9, 30), "quarter"),
    ("in the first 10 months of 2021", date(2021, 1, 1), date(2021, 10, 31), "range"),
])
def test_quarters_and_halves(text, start, end, kind):
    m = one(text)
    assert (m.value.start, m.value.end, m.value.precision, m.kind) == (start, end, "month", kind)


def test_second_half_of_last_year():
    m = one("in the second half of last year", ctx_at(date(2024, 2, 2)))
    assert (m.value.start, m.value.end) == (date(2023, 7, 1), date(2023, 12, 31))


def test_chemistry_codes_are_not_halves():
    assert parse_dates("H2 production and Q4 engines", ctx_at(date(2024, 1, 1))) == []


# ---------------------------------------------------------------- qualifiers

@pytest.mark.parametrize("text,surface,precision,qualifier", [
    ("By the end of 2021, the fund held $3 billion.", "the end of 2021", "year", "as_of"),
    ("by end-2021 the fund held $3 billion", "end-2021", "year", "as_of"),
    ("As of June 2021, 900 students enrolled.", "June 2021", "month", "as_of"),
    ("Since 2019, the sides have met yearly.", "2019", "year", "since"),
    ("The waiver runs until March 31, 2022.", "March 31, 2022", "day", "until"),
    ("The waiver runs till 2030.", "2030", "year", "until"),
    ("Trade grew in 2021.", "2021", "year", None),
])
def test_qualifiers(text, surface, precision, qualifier):
    m = one(text)
    assert (m.surface, m.value.precision, m.qualifier) == (surface, precision, qualifier)
    if surface.endswith("2021") and precision == "year":
        assert (m.value.start, m.value.end) == (date(2021, 1, 1), date(2021, 12, 31))


# ---------------------------------------------------------------- property tests: round-trips

dates_st = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))

RENDERERS = [
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: f"{ABBR[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{ABBR[d.month - 1]} {d.day:02d}, {d.year}",
    lambda d: f"{MONTH_NAMES[d.month - 1].upper()} {d.day}, {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day}th of {MONTH_NAMES[d.month - 1]}, {d.year}",
]


@settings(max_examples=150, deadline=None)
@given(d=dates_st, r=st.integers(0, len(RENDERERS) - 1), prefix=st.sampled_from(["On ", "It began ", "("]))
def test_day_formats_round_trip(d, r, prefix):
    text = f"{prefix}{RENDERERS[r](d)} the sides met."
    m = one(text)
    assert m.value == DateValue(d, d, "day")
    assert m.kind == "explicit"


@settings(max_examples=100, deadline=None)
@given(d=dates_st)
def test_unambiguous_numeric_round_trip(d):
    text = f"Issued {d.day:02d}/{d.month:02d}/{d.year}."
    ms = parse_dates(text, ctx_at())
    if d.day > 12 or d.day == d.month:
        assert [m.value for m in ms] == [DateValue(d, d, "day")]
    else:
        assert ms == []


@settings(max_examples=100, deadline=None)
@given(d=dates_st, of=st.booleans())
def test_month_year_round_trip(d, of):
    text = f"In {MONTH_NAMES[d.month - 1]}{' of' if of else ''} {d.year}, the plan began."
    m = one(text)
    assert m.value.precision == "month"
    assert m.value.start == d.replace(day=1)
    assert m.value.end.month == d.month and (m.value.end + __import__("datetime").timedelta(days=1)).day == 1


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1901, 2098), q=st.integers(1, 4), form=st.integers(0, 1))
def test_quarter_round_trip(y, q, form):
    words = ["first", "second", "third", "fourth"]
    text = f"in the {words[q - 1]} quarter of {y}" if form == 0 else f"in Q{q} {y}"
    m = one(text)
    assert m.value.start == date(y, 3 * q - 2, 1)
    assert m.value.end.month == 3 * q and m.value.end.year == y


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1971, 2068), form=st.integers(0, 4))
def test_fiscal_round_trip(y, form):
    # two-digit labels read 70-99 as 19xx and 00-69 as 20xx
    text = [f"FY{y % 100:02d}", f"FY{y}", f"fiscal year {y}", f"the {y - 1}-{y % 100:02d} fiscal year",
            f"the {y - 1}/{y} fiscal year"][form]
    m = one(f"Revenue in {text} rose.")
    assert m.value == DateValue(date(y - 1, 7, 1), date(y, 6, 30), "month")


@settings(max_examples=100, deadline=None)
@given(a=dates_st, span=st.integers(1, 20))
def test_day_range_round_trip(a, span):
    from datetime import timedelta

    b = a + timedelta(days=span)
    if b.year != a.year:
        return
    if a.month == b.month:
        text = f"from {MONTH_NAMES[a.month - 1]} {a.day} to {b.day}, {a.year}"
    else:
        text = f"from {MONTH_NAMES[a.month - 1]} {a.day} to {MONTH_NAMES[b.month - 1]} {b.day}, {a.year}"
    m = one(text)
    assert (m.value.start, m.value.end, m.kind) == (a, b, "range")


@settings(max_examples=100, deadline=None)
@given(ref=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       wd=st.integers(0, 6), future=st.booleans())
def test_weekday_property(ref, wd, future):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    text = f"The minister {'will arrive' if future else 'arrived'} on {name}."
    m = one(text, ctx_at(ref))
    d = m.value.start
    assert d.weekday() == wd and m.value.precision == "day"
    assert (0 <= (d - ref).days <= 6) if future else (0 <= (ref - d).days <= 6)


@settings(max_examples=100, deadline=None)
@given(ref=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), d=dates_st)
def test_partial_is_within_a_year_of_reference(ref, d):
    if d.month == 2 and d.day == 29:
        return
    m = one(f"The ministers met on {MONTH_NAMES[d.month - 1]} {d.day}.", ctx_at(ref))
    assert (m.value.start.month, m.value.start.day) == (d.month, d.day)
    assert abs((m.value.start - ref).days) <= 366


# ---------------------------------------------------------------- datelines and reference dates

@pytest.mark.parametrize("text,expected", [
    ("Headline\n\nHANOI, Nov. 3, 2022 /PRNewswire/ — The two", date(2022, 11, 3)),
    ("Title\nAnkara, Turkey, Feb. 06, 2025 (GLOBE NEWSWIRE) — Leaders", date(2025, 2, 6)),
    ("Title\nPublished: 2024-05-01\nBody", date(2024, 5, 1)),
    ("Title\nUpdated 12:30 GMT, 3 June 2023\nBody", date(2023, 6, 3)),
    ("KARACHI, April 9 (APP): The minister", None),
    ("KARACHI, April 9 (APP): The minister\nhttps://example.org/news/2021/04/09/story", date(2021, 4, 9)),
    ("The minister met his counterpart in Hanoi, Vietnam, June 2, 2021. /Photo agency", None),
])
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


def test_dateline_only_near_the_top():
    text = "Intro line.\n" + ("Filler sentence without dates. " * 40) + "\nHANOI, Nov. 3, 2022 /PRNewswire/ — x"
    assert find_dateline(text) is None


def test_reference_date_order_of_sources():
    body = "The leaders met in March 2021. In 2020, trade rose. Plans for 2030 will be drafted."
    assert reference_date(body, date(2021, 4, 2)) == (date(2021, 4, 2), "day")
    assert reference_date("HANOI, Nov. 3, 2022 /PRNewswire/ — x\n" + body, None) == (date(2022, 11, 3), "day")
    # latest explicit narrative date (the future 2030 is ignored), one level coarser
    assert reference_date(body, None) == (date(2021, 1, 1), "year")
    assert reference_date("They met on 4 May 2019 in Dhaka.", None) == (date(2019, 5, 1), "month")
    assert reference_date("In 2018 the line opened.", None) == (date(2018, 1, 1), "year")
    assert reference_date("No dates at all here.", None) == (None, "unknown")


# ---------------------------------------------------------------- vectorised entry point

def test_extract_dates_frame():
    doc_a = ["Title line", "In June 2019, the ministers met.", "No date in this one.",
             "Photo: the port, May 3, 2001. /Agency", "In August, a deal was signed.",
             "Exports rose last year."]
    doc_b = ["They met on Monday."]
    rows = []
    for doc_id, sents in (("a", doc_a), ("b", doc_b)):
        pos = 0
        for i, s in enumerate(sents):
            rows.append({"doc_id": doc_id, "sentence_id": i, "char_start": pos, "char_end": pos + len(s),
                         "text": s, "is_boilerplate": s.startswith("Photo")})
            pos += len(s) + 1
    sentences = pl.DataFrame(rows, schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32,
                                                     "char_end": pl.Int32})
    documents = pl.DataFrame({"doc_id": ["a", "b"], "reference_date": [date(2020, 1, 1), date(2024, 5, 9)],
                              "reference_precision": ["year", "day"]})
    out = extract_dates(sentences.sample(fraction=1.0, shuffle=True, seed=3), documents)
    assert dict(zip(out.columns, out.dtypes)) == DATE_MENTIONS
    a = out.filter(pl.col("doc_id") == "a").sort("char_start")
    assert a["surface"].to_list() == ["June 2019", "May 3, 2001", "August", "last year"]
    # the boilerplate caption does not move the narrative year: August stays in 2019
    assert a["date_start"].to_list() == [date(2019, 6, 1), date(2001, 5, 3), date(2019, 8, 1), date(2019, 1, 1)]
    # document offsets
    text_a = "\n".join(doc_a)
    for r in a.iter_rows(named=True):
        assert text_a[r["char_start"]:r["char_end"]] == r["surface"]
    b = out.filter(pl.col("doc_id") == "b")
    assert b["date_start"].to_list() == [date(2024, 5, 6)] and b["kind"].to_list() == ["weekday"]


def test_extract_dates_empty():
    empty = pl.DataFrame(schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                 "char_end": pl.Int32, "text": pl.String, "is_boilerplate": pl.Boolean})
    docs = pl.DataFrame(schema={"doc_id": pl.String, "reference_date": pl.Date, "reference_precision": pl.String})
    out = extract_dates(empty, docs)
    assert out.height == 0 and dict(zip(out.columns, out.dtypes)) == DATE_MENTIONS


# ---------------------------------------------------------------- more grammar

def test_end_of_the_year_uses_narrative_then_reference():
    m = one("The line will be finished by the end of the year.", ctx_at(date(2024, 3, 14)))
    assert (m.value.start, m.value.precision, m.qualifier) == (date(2024, 1, 1), "year", "as_of")
    m = one("Later in the year, the sides met again.", ctx_at(date(2024, 3, 14), year=2019))
    assert m.value.start == date(2019, 1, 1)


def test_bare_month_after_to_and_in_lists():
    assert one("The talks were moved to October.", ctx_at(date(2020, 1, 1), "year")).value.start == date(2020, 10, 1)
    got = spans("In March and May, delegations visited.", ctx_at(date(2020, 1, 1), "year"))
    assert [g[0] for g in got] == ["March", "May"]


def test_sentence_initial_year_with_verb():
    m = one("2019 marks the 70th anniversary of the ties.")
    assert m.value.start == date(2019, 1, 1)


def test_weekday_in_apposition_picks_matching_year():
    m = one("On Friday (March 15), they met.", ctx_at(date(2025, 1, 10)))
    assert m.surface == "Friday (March 15)" and m.value == day(2024, 3, 15)


def test_modal_may_and_names_are_not_months():
    assert parse_dates("Officials may visit. Theresa May spoke. The Long March rocket flew.", ctx_at(date(2024, 1, 1))) == []


# ================================================================ generalisation rules (v2)
# Every rule below is written for any English news text; sentences are invented for the tests.

import re as _re  # noqa: E402

from pipeline.extract.dates_dateline import dateline_places  # noqa: E402
from pipeline.extract.dates_fiscal import document_country, fiscal_rule  # noqa: E402


def month(y, m) -> DateValue:
    from pipeline.extract.dates_values import month_value

    return month_value(y, m)


def months(y1, m1, y2, m2) -> DateValue:
    from pipeline.extract.dates_values import months_value

    return months_value(y1, m1, y2, m2)


def read_doc(text: str, ref: date | None, precision: str = "day") -> pl.DataFrame:
    """extract_dates over one document: one sentence per line or per '. ' boundary."""
    rows = []
    for i, m in enumerate(_re.finditer(r"[^\n]+?(?:[.!?](?=\s)|$)", text, _re.M)):
        s = m.group().strip()
        if not s:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        rows.append({"doc_id": "d", "sentence_id": i, "char_start": start, "char_end": start + len(s),
                     "text": s, "is_boilerplate": False})
    sentences = pl.DataFrame(rows, schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32,
                                                     "char_end": pl.Int32})
    docs = pl.DataFrame({"doc_id": ["d"], "reference_date": [ref], "reference_precision": [precision],
                         "text": [text]},
                        schema={"doc_id": pl.String, "reference_date": pl.Date,
                                "reference_precision": pl.String, "text": pl.String})
    return extract_dates(sentences, docs).sort("char_start")


def values(out: pl.DataFrame) -> dict[str, tuple]:
    return {r["surface"]: (r["date_start"], r["date_end"], r["precision"]) for r in out.iter_rows(named=True)}


# ---------------------------------------------------------------- narrative frames

def test_background_and_target_years_do_not_date_later_month_days():
    ctx = ctx_at(date(2022, 6, 8))  # a Wednesday
    parse_dates("The accord, which the two states signed in Oslo in 2015, is still in force.", ctx)
    parse_dates("Both sides have set a goal of $9 billion in trade by 2035.", ctx)
    assert one("On May 30, the premier wrote to his Chilean counterpart.", ctx).value == day(2022, 5, 30)
    assert one("The envoys met again on June 2.", ctx).value == day(2022, 6, 2)


def test_headline_year_does_not_date_the_dateline():
    text = ("Peru-Chile trade up 4 pct to $8 bln in 2021\n"
            "LIMA, Feb 9 (Andina) -- Trade between Peru and Chile rose in 2021, the minister said.")
    got = values(read_doc(text, date(2022, 2, 9)))
    assert got["Feb 9"][0] == date(2022, 2, 9)


def test_fronted_adverbial_sets_the_frame_for_a_chronicle():
    text = ("In April 2019, the Ghanaian president toured Hanoi. The treaty was signed on April 12.\n\n"
            "In June, the two navies held a first drill.\n\n"
            "In October, talks resumed in Accra.")
    got = values(read_doc(text, date(2021, 3, 3)))
    assert got["April 12"][0] == date(2019, 4, 12)  # same paragraph as the frame
    assert got["June"][:2] == (date(2019, 6, 1), date(2019, 6, 30))  # fronted: continues it
    assert got["October"][0] == date(2019, 10, 1)


def test_frame_does_not_reach_a_plain_date_in_a_later_paragraph():
    text = ("In July 2017, a trade mission went to Quito.\n\n"
            "The ministers met in Lima on March 10, and agreed to cut tariffs.")
    got = values(read_doc(text, date(2020, 3, 14)))
    assert got["March 10"][0] == date(2020, 3, 10)


def test_a_deictic_expression_ends_the_frame():
    ctx = ctx_at(date(2020, 9, 16))  # a Wednesday
    one("In May 2016, the Kenyan minister visited Kigali.", ctx)
    assert one("In July, a railway deal followed.", ctx).value.start == date(2016, 7, 1)
    one("The foreign minister arrived in Kigali on Monday.", ctx)
    assert one("In July, a railway deal followed.", ctx).value.start == date(2020, 7, 1)


def test_since_and_until_never_set_the_frame():
    ctx = ctx_at(date(2024, 4, 20))
    one("Since 2011, the two air forces have trained together.", ctx)
    assert one("In March, they held a drill near Sfax.", ctx).value.start == date(2024, 3, 1)


def test_boilerplate_sentences_do_not_use_the_frame():
    ctx = ctx_at(date(2024, 4, 20))
    one("In May 2010, the envoys met in Lusaka.", ctx)
    caption = ctx.detached()
    assert one("The port of Beira on March 3.", caption).value == day(2024, 3, 3)


# ---------------------------------------------------------------- month with a relative year

@pytest.mark.parametrize("text,expected", [
    ("The minister visited Hanoi in November last year.", month(2023, 11)),
    ("Talks will resume in June next year.", month(2025, 6)),
    ("The plant opened on 5 June this year.", day(2024, 6, 5)),
    ("The plant opened on June 5 last year.", day(2023, 6, 5)),
    ("In March last year, a similar attack killed three traders.", month(2023, 3)),
])
def test_month_with_deictic_year(text, expected):
    m = one(text, ctx_at(date(2024, 8, 14)))
    assert m.value == expected and m.kind == "relative"


def test_month_with_anaphoric_year():
    ctx = ctx_at(date(2024, 8, 14))
    one("The line opened in 2012.", ctx)
    assert one("It closed in March the following year.", ctx).value == month(2013, 3)


def test_a_name_before_may_is_not_a_month():
    assert [s[0] for s in spans("Theresa May last year resigned.", ctx_at(date(2024, 1, 1)))] == ["last year"]


@settings(max_examples=100, deadline=None)
@given(ref=st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
       mo=st.integers(1, 12), which=st.sampled_from(["last", "this", "next"]))
def test_month_relative_year_round_trip(ref, mo, which):
    m = one(f"The delegation came in {MONTH_NAMES[mo - 1]} {which} year.", ctx_at(ref))
    step = {"last": -1, "this": 0, "next": 1}[which]
    assert m.value == month(ref.year + step, mo)


# ---------------------------------------------------------------- shifts

def test_n_months_after_a_noun_phrase_is_not_a_date():
    ctx = ctx_at(date(2024, 12, 2))
    one("The 15th meeting was held in Lima in August 2023.", ctx)
    assert parse_dates("The visit comes three months after the premier met his counterpart.", ctx) == []
    assert one("Two years after, the line opened.", ctx_at(year=2010)).value.start == date(2012, 1, 1)


def test_a_year_earlier_shifts_a_statistical_period():
    ctx = ctx_at(date(2025, 3, 16))
    got = spans("Trade stood at $9 billion in FY2022-23, up from $8 billion a year earlier.", ctx)
    assert got[1][:4] == ("a year earlier", date(2021, 7, 1), date(2022, 6, 30), "month")
    got = spans("Exports rose 5% in the first half of 2024 from the same period last year.", ctx)
    assert got[1][:4] == ("the same period last year", date(2023, 1, 1), date(2023, 6, 30), "month")


# ---------------------------------------------------------------- weekdays

def test_weekday_of_a_past_event_is_before_the_dateline_day():
    # Tuesday 3 September 2024: an ambush "on Sunday" is 1 September
    ctx = ctx_at(date(2024, 9, 3))
    assert one("Gunmen on Sunday ambushed a convoy near the border.", ctx).value == day(2024, 9, 1)
    assert one("The minister will travel to Kampala on Thursday.", ctx).value == day(2024, 9, 5)


# ---------------------------------------------------------------- fiscal years

@pytest.mark.parametrize("text,expected", [
    ("Revenue rose in FY24.", months(2023, 7, 2024, 6)),
    ("India's FY2023-24 deficit narrowed.", months(2023, 4, 2024, 3)),
    ("Exports fell in India's fiscal year 2022-23.", months(2022, 4, 2023, 3)),
    ("Pakistan's FY2023-24 budget", months(2023, 7, 2024, 6)),
    ("Japan's FY2024 budget", months(2024, 4, 2025, 3)),
    ("the Canadian fiscal year 2021-22", months(2021, 4, 2022, 3)),
    ("The bill for US fiscal 2025 passed.", months(2024, 10, 2025, 9)),
    ("Trade stood at USD 5 billion in FY2023-24.", months(2023, 7, 2024, 6)),  # USD is not the US
    ("Trade was $4 billion in FY2023-24 (April-March).", months(2023, 4, 2024, 3)),
    ("Imports rose in the fiscal year 2022/23, which ended in mid-July.", months(2022, 7, 2023, 6)),
    ("Sales rose in the fiscal year that ended in June 2024.", months(2023, 7, 2024, 6)),
    ("Profit rose in the year ended 31 March 2024.", months(2023, 4, 2024, 3)),
    ("Inflation was 3% in the 12 months to September 2023.", months(2022, 10, 2023, 9)),
])
def test_fiscal_years_by_country_and_stated_months(text, expected):
    ms = [m for m in parse_dates(text, ctx_at(date(2025, 1, 10))) if m.kind == "fiscal"]
    assert len(ms) == 1 and ms[0].value == expected, [(m.surface, m.value) for m in ms]


@pytest.mark.parametrize("text,expected", [
    ("Exports grew in the first half of FY2024-25.", months(2024, 7, 2024, 12)),
    ("Sales fell in the third quarter of fiscal 2024.", months(2024, 1, 2024, 3)),
    ("Sales fell in Q1 FY25.", months(2024, 7, 2024, 9)),
    ("India's second quarter of FY2024 was weak.", months(2023, 7, 2023, 9)),
])
def test_quarters_and_halves_of_fiscal_years(text, expected):
    ms = [m for m in parse_dates(text, ctx_at(date(2025, 1, 10))) if m.kind in ("quarter", "half")]
    assert len(ms) == 1 and ms[0].value == expected, [(m.surface, m.value) for m in ms]


def test_fiscal_year_of_the_document_country():
    text = ("NAIROBI, Jan 5 (Wire) - Kenya's trade with Uganda rose.\n"
            "Bilateral trade stood at $2 billion in FY2023-24, the bureau said.\n"
            "Sales in the current fiscal year are higher.")
    got = values(read_doc(text, date(2025, 1, 5)))
    assert got["FY2023-24"][:2] == (date(2023, 7, 1), date(2024, 6, 30))
    assert got["current fiscal year"][:2] == (date(2024, 7, 1), date(2025, 6, 30))
    text = "TOKYO, May 2 (Wire) - Japan's exports rose in fiscal 2023, the ministry said."
    got = values(read_doc(text, date(2024, 5, 2)))
    assert got["fiscal 2023"][:2] == (date(2023, 4, 1), date(2024, 3, 31))


def test_calendar_year_countries_and_two_year_labels():
    # a country without a row keeps the calendar year; a two-year label cannot name one
    text = "HANOI, May 2 (Wire) - Vietnam's exports rose in fiscal 2023 and in FY2023-24."
    got = values(read_doc(text, date(2024, 5, 2)))
    assert got["fiscal 2023"] == (date(2023, 1, 1), date(2023, 12, 31), "year")
    assert got["FY2023-24"][:2] == (date(2023, 7, 1), date(2024, 6, 30))


def test_document_country():
    assert document_country("Title\n\nDHAKA, March 12 (Reuters) - India and Bangladesh met.") == "BGD"
    assert document_country("Title\nBy A. Writer\nKathmandu\n\nChina and Nepal agreed.") == "NPL"
    assert document_country("Ghana and Togo met. Ghana's exports rose. Togo agreed.") == "GHA"
    assert document_country("No country here.") is None
    assert fiscal_rule(None).start_month == 7 and fiscal_rule("IND").start_month == 4
    assert fiscal_rule("VNM").start_month == 1


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1950, 2090), sm=st.integers(2, 12))
def test_fiscal_with_stated_months_round_trip(y, sm):
    em = (sm - 2) % 12 + 1
    text = f"Trade rose in FY{y}-{(y + 1) % 100:02d} ({MONTH_NAMES[sm - 1]}-{MONTH_NAMES[em - 1]})."
    m = one(text)
    assert m.value == months(y, sm, y + 1, sm - 1)


@settings(max_examples=100, deadline=None)
@given(y=st.integers(1950, 2090), em=st.integers(1, 12), form=st.integers(0, 2))
def test_fiscal_year_ending_round_trip(y, em, form):
    name = MONTH_NAMES[em - 1]
    text = [f"in the fiscal year that ended in {name} {y}", f"in the year ended 30 {name} {y}",
            f"in the 12 months to {name} {y}"][form]
    m = one(f"Sales rose {text}.")
    y1, m1 = (y, em + 1) if em < 12 else (y + 1, 1)
    assert m.value == months(y1 - 1, m1, y, em) and m.kind == "fiscal"


# ---------------------------------------------------------------- datelines and references

def test_dateline_after_navigation_and_captions():
    nav = ("Skip to content\nHome | World | Business | Sport | Opinion | Video\n"
           "We use cookies to improve your experience. By continuing you agree to our cookie policy.\n"
           "Ghana, Togo agree on power link\nA senior official says the line will open in 2026\n"
           "Jane Doe | 05.06.2024\nWorkers at a substation near Lomé. (Photo agency)\n")
    text = nav + "ACCRA, 5 June 2024 /GNA/ - Ghana and Togo agreed on Wednesday to build a power line."
    assert len(nav) > 300 and find_dateline(text) == date(2024, 6, 5)


def test_press_release_place_and_date_line():
    text = "Ministry of Foreign Affairs\nPress Release No. 12/2023\nAccra, 14 May 2023\n\n1. The minister met ..."
    assert find_dateline(text) == date(2023, 5, 14)
    assert dateline_places(text)[-1] == "Accra"


def test_yearless_dateline_completed_from_a_timestamp_not_a_caption():
    stamp = "Source: Wire | 2023-10-04 08:15:02 | Editor: x\nQUITO, Oct. 4 (Wire) -- The ministers met."
    assert find_dateline(stamp) == date(2023, 10, 4)
    caption = "File photo shows the port, Oct. 4, 2011.\nQUITO, Oct. 4 (Wire) -- The ministers met."
    assert find_dateline(caption) is None


def test_published_date_wins_and_dates_a_yearless_dateline():
    text = "Title\n\nLIMA, March 12 (Wire) - The ministers met on Tuesday."
    assert reference_date(text, date(2025, 3, 11)) == (date(2025, 3, 11), "day")
    # the dateline's own date is the story's day, nearest the publication whatever the tense
    got = spans("LIMA, March 12 (Wire) - The ministers met.", ctx_at(date(2025, 3, 11)))
    assert got[0][:2] == ("March 12", date(2025, 3, 12))
    got = spans("The ministers met on March 12.", ctx_at(date(2025, 3, 11)))
    assert got[0][:2] == ("March 12", date(2024, 3, 12))


def test_reference_from_a_weekday_anchored_on_a_later_day():
    text = ("Photo: the minister in Lima, August 21, 2025.\n"
            "The Chilean foreign minister began his visit to Peru on Saturday, which will last until January 5.\n"
            "During his visit last year, he signed a customs pact.")
    assert reference_date(text, None) == (date(2026, 1, 1), "month")


def test_reference_ignores_targets_and_uses_reported_periods():
    text = "Trade reached $7 billion in 2021. The two sides set a target of $20 billion by 2030."
    assert reference_date(text, None) == (date(2021, 1, 1), "year")
    text = "On 3 May 2019 the ministers met. Trade rose 4% in the first ten months of 2020."
    assert reference_date(text, None) == (date(2020, 1, 1), "year")


_TENSE_WORDS = ["will", "Will", "shall", "won't", "they'll", "upcoming", "Next", "is set to", "are scheduled to",
                "was expected to", "is due to", "is to visit", "are to be", "to be held", "plans to",
                "planned for", "is slated", "met", "was", "held", "signed", "said", "(", ")", ",", ";", "-",
                "talks", "the", "x", "DATE"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TENSE_WORDS), min_size=1, max_size=12))
def test_quick_future_test_is_a_superset_of_the_clause_tense(words):
    from pipeline.extract.dates import _may_be_future, _tense

    text = " ".join(words) + " DATE"
    start = text.index("DATE")
    if _tense(text, start, start + 4) == "future":
        assert _may_be_future(text)
