"""Two narrative date rules: a chronicle's year carries on to a later yearless month told in the
past in the next paragraph; a yearless sub-year period ("the first six months") is of the
reporting period (the latest half or quarter named with its year), not of a year in passing."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates

_NAMES = "January February March April May June July August September October November December".split()
PARA = None  # a paragraph break between sentences


def _read(ref: date, *sentences: str | None) -> list[list[tuple[str, date | None, date | None]]]:
    """Per sentence: (surface, start, end) of its dates, read in order with one context;
    ``PARA`` starts a new paragraph."""
    ctx = DateContext(ref, "day")
    out = []
    for s in sentences:
        if s is PARA:
            ctx.paragraph_break()
            continue
        out.append([(m.surface, m.value.start, m.value.end) for m in parse_dates(s, ctx)])
    return out


# --- 1. chronicle carry-over --------------------------------------------------------------------

def test_later_month_in_next_paragraph_continues_the_chronicle():
    out = _read(date(2026, 12, 3),
                "In March 2025, the Kenyan president paid a state visit to Kampala.",
                "In June, the two foreign ministers spoke by telephone.",
                PARA,
                "Trade ministers Amina Odera and Paul Ssemanda met in Mombasa in October and agreed "
                "to cut tariffs.")
    assert out[2][0][1] == date(2025, 10, 1)


def test_later_day_in_next_paragraph_continues_the_chronicle():
    out = _read(date(2027, 5, 20),
                "On 4 February 2026, Chile and Peru reopened their border crossing.",
                "In April, the two presidents held a summit in Arica.",
                PARA,
                "The defence ministers signed a protocol in Lima on 12 September.")
    assert out[2][0][1] == date(2026, 9, 12)


def test_earlier_month_in_next_paragraph_is_read_from_the_reference():
    # "July" comes before the chronicle's September: new news time, not the chronicle
    out = _read(date(2026, 12, 3),
                "In March 2025, Ghana's president visited Abuja.",
                "In September, the two leaders spoke by phone.",
                PARA,
                "Gunmen attacked a border post near Kano in July, killing four soldiers.")
    assert out[2][0][1] == date(2026, 7, 1)


def test_future_clause_after_a_chronicle_is_read_from_the_reference():
    out = _read(date(2026, 9, 1),
                "In January 2025, Norway and Finland opened a rail link.",
                "In May, the prime ministers met in Tromsø.",
                PARA,
                "The two governments will hold consultations in Oslo in November.")
    assert out[2][0][1] == date(2026, 11, 1)


def test_a_date_in_between_ends_the_chronicle():
    # the last dated mention is no longer in the chronicle's year
    out = _read(date(2026, 12, 3),
                "In March 2025, Egypt's foreign minister visited Amman.",
                "In May, the two sides signed a water accord.",
                PARA,
                "A new gas pipeline opened last year.",
                "Jordan's king received the Egyptian premier in November.")
    assert out[3][0][1] == date(2026, 11, 1)


def test_a_single_flashback_is_no_chronicle():
    # one dated flashback that no yearless date continued: a later paragraph's month is news time
    out = _read(date(2026, 12, 3),
                "In March 2025, Tanzania and Zambia signed a railway accord.",
                PARA,
                "Their transport ministers met in Lusaka in November to review the line.")
    assert out[1][0][1] == date(2026, 11, 1)


def test_the_news_peg_is_not_carried_into_a_chronicle():
    # a day in the month of writing (or the month before) is the story's news, not the chronicle
    out = _read(date(2023, 11, 24),
                "In March 2021, Azerbaijan's foreign minister visited Islamabad.",
                "In June, the two sides signed a visa accord.",
                PARA,
                "The interior ministers held talks in Baku on November 22.",
                "They had also met in Ankara on 30 October.")
    assert out[2][0][1] == date(2023, 11, 22)
    assert out[3][0][1] == date(2023, 10, 30)


@given(st.integers(2001, 2080), st.integers(1, 9), st.integers(1, 2))
def test_chronicle_carry_property(year, first, gap):
    """Any later month, told in the past in the next paragraph, stays in the chronicle's year."""
    second = first + 1
    later = min(second + gap, 12)
    out = _read(date(year + 1, (later - 4) % 12 + 1, 20),  # months away from the news peg
                f"In {_NAMES[first - 1]} {year}, the envoys met in Geneva.",
                f"In {_NAMES[second - 1]}, they met again in Bern.",
                PARA,
                f"The ministers met again in Vienna in {_NAMES[later - 1]}.")
    assert out[2][0][1] == date(year, later, 1)


# --- 2. a yearless sub-year period is of the reporting period -----------------------------------

def test_first_six_months_after_a_look_back_is_of_the_reporting_half():
    out = _read(date(2026, 8, 10),
                "Trade between Laos and Thailand grew 6 percent in the first half of 2026.",
                "The recovery follows a weak 2025, when exports fell 3 percent.",
                "Laos sold 2.1 billion kWh of power to Thailand in the first six months.")
    assert out[2][0][1:] == (date(2026, 1, 1), date(2026, 6, 30))


def test_first_three_quarters_after_a_look_back_is_of_the_reporting_year():
    out = _read(date(2025, 11, 2),
                "Exports from Chile to Peru rose in the third quarter of 2025.",
                "That reversed a poor 2024, when copper prices slumped.",
                "In the first nine months, shipments totalled $4 billion.")
    assert out[2][0][1:] == (date(2025, 1, 1), date(2025, 9, 30))


def test_first_months_without_a_reporting_period_keep_the_year_in_force():
    out = _read(date(2026, 3, 1),
                "Bilateral trade reached $3 billion in 2024.",
                "In the first four months, it grew 9 percent.")
    assert out[1][0][1:] == (date(2024, 1, 1), date(2024, 4, 30))


def test_first_months_with_a_year_name_the_reporting_period():
    out = _read(date(2025, 12, 1),
                "Trade grew 5 percent in the first ten months of 2025.",
                "The rebound follows a slump in 2024, when demand fell.",
                "In the second half, car exports doubled.")
    assert out[2][0][1:] == (date(2025, 7, 1), date(2025, 12, 31))


@given(st.integers(2001, 2080), st.integers(2, 11), st.sampled_from(["first half", "second quarter"]))
def test_first_n_months_property(year, n, part):
    words = "one two three four five six seven eight nine ten eleven".split()
    out = _read(date(year, 12, 15),
                f"Trade rose in the {part} of {year}.",
                f"It follows a difficult {year - 1}, when trade shrank.",
                f"In the first {words[n - 1]} months, exports grew.")
    assert out[2][0][1] == date(year, 1, 1)
    assert out[2][0][2].year == year and out[2][0][2].month == n


# --- 3. "for the half-year", "in the quarter": the latest half or quarter named ------------------

def test_the_half_year_is_the_half_reported_not_the_comparison():
    out = _read(date(2025, 7, 9),
                "Trade between Peru and Bolivia reached $2 billion between January and June, up 8% "
                "over the same period of 2024.",
                "Peru posted a surplus of $300 million for the half-year.")
    assert out[1][0][1:] == (date(2025, 1, 1), date(2025, 6, 30))


def test_in_the_quarter_is_the_latest_quarter_named():
    out = _read(date(2026, 4, 20),
                "Kenya sold 9,000 tonnes of tea to Egypt in the first quarter of 2026, twice as much "
                "as in the first quarter of 2025.",
                "Egypt's shipments of rice to Kenya fell 4% in the quarter.")
    assert out[1][0][1:] == (date(2026, 1, 1), date(2026, 3, 31))


def test_the_half_year_without_a_half_named_is_not_a_date():
    assert _read(date(2026, 4, 20), "The ministers met for the half-year review.",
                 "Officials spoke in the quarter of the old city.") == [[], []]


def test_a_bare_half_in_the_headline_sets_the_reporting_year():
    out = _read(date(2026, 7, 25),
                "Oman-Qatar trade climbs in first half on gas deals",
                "The gains follow a poor 2025, when trade fell 4 percent.",
                "Oman's exports to Qatar doubled in the first six months.")
    assert out[2][0][1:] == (date(2026, 1, 1), date(2026, 6, 30))
