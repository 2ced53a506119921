"""Indicator rules for unseen news (round 11, ind17): own texts, other countries than the dev sets.

Families: a short fiscal label ("FY24") in a story whose most named country keeps the calendar year
is the fiscal year of the other country that has one (a writer says "FY" for a year that is not the
calendar one), and "a year earlier" then steps back one fiscal year; what a project "will build /
electrify / add" (km, MW) is a fact of the project, not a forecast; loans and grants are named
``loan`` and ``grant`` (other aid stays ``aid``), and the giver of a loan "signed agreements to provide"
or "agreed to extend" is the subject before that undertaking; a one-letter scale a space after a
currency ("¥ 38.4 b"); distribution lines are transmission lines, railway track built is a railway length;
scholarships a side "will offer" are the programme's figure (other offers stay commitments); a year or
a demonym before a capitalised name counts nobody ("the 2026 Chinese Government Scholarship
recipients"); a level held "for most of the past decade" is no statistic; a coordinated "but reached"
after a dated figure continues its measure; a standing count in a clause of its own ("..., and 9
institutes are now operating") takes no date of the clause before.
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.numbers import find_quantities
from tests.test_indicators_ind5 import _extract, _flow

_REF = dt.date(2026, 9, 13)


def _rows(text: str) -> list[dict]:
    return _extract(text, ref=_REF)


def _period(r: dict) -> tuple:
    return r["period_start"], r["period_end"]


# --- a short fiscal label in a story led by a calendar-year country ---------------------------------


def test_a_fiscal_label_is_the_year_of_the_country_that_has_a_fiscal_year():
    # China (calendar year) is named most; "FY24" is Kenya's July-June year
    rows = _rows("Kenya's exports to China rose 9 per cent to $310 million in FY24, while imports from China "
                 "fell to $2.1 billion in the same year. China remains a big market. China and Kenya will talk.")
    assert [(r["metric"], _period(r)) for r in rows] == [
        ("exports", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
        ("imports", (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ]


def test_a_year_earlier_than_a_fiscal_year_is_the_fiscal_year_before():
    rows = _rows("Pakistani textile exports to Indonesia grew to $350 million in FY25, compared with $300 million "
                 "a year earlier. Indonesia and Pakistan discussed trade. Indonesia's minister said Indonesia "
                 "wants more.")
    assert [(r["value"], _period(r)) for r in rows] == [
        (350e6, (dt.date(2024, 7, 1), dt.date(2025, 6, 30))),
        (300e6, (dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
    ]


def test_a_fiscal_label_between_calendar_year_countries_stays_the_calendar_year():
    [r] = _rows("Indonesia's exports to Vietnam rose to $4.1 billion in FY2025. Vietnam and Indonesia held talks.")
    assert _period(r) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


# --- what a project will build ------------------------------------------------------------------------


def test_lengths_and_capacities_a_project_will_build_are_facts_of_the_project():
    rows = _rows("India and Nepal held talks. The Indian-funded project, which will build 42 km of railway track "
                 "between the two towns, was launched. It will add 60 MW of capacity.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("railway_length", 42.0, "km"), ("power_capacity", 60.0, "MW")]
    rows = _rows("Turkey and Georgia held talks. The line, which will electrify 58 km of track, opens soon, and "
                 "the plant will also add 12 MW of solar power together with 30 km of distribution lines.")
    assert [(r["metric"], r["value"]) for r in rows] == [
        ("railway_length", 58.0), ("power_capacity", 12.0), ("transmission_lines", 30.0)]
    # a target stays out
    assert _rows("India and Nepal held talks. India aims to build 500 km of roads in Nepal by 2030.") == []


# --- loans and grants ---------------------------------------------------------------------------------


def test_the_giver_of_a_loan_signed_or_agreed_before_the_verb_of_giving():
    rows = _rows("South Korea and Uzbekistan held talks. South Korea last week agreed to extend a loan of "
                 "$300 million to Uzbekistan.")
    assert [_flow(r) for r in rows] == [("loan", 3e8, "USD", "KOR", "UZB")]
    rows = _rows("France and Senegal held talks. France on Friday signed two agreements to provide grants worth "
                 "40 million euros to Senegal.")
    assert [_flow(r) for r in rows] == [("grant", 4e7, "EUR", "FRA", "SEN")]
    # an international lender is no country of the pair
    assert _rows("The IMF on Monday agreed to provide a loan of $1 billion to Egypt. Egypt and Saudi Arabia "
                 "held talks.") == []


def test_grants_are_grants_and_other_assistance_is_aid():
    [r] = _rows("Norway and Malawi held talks. Norway's grants to Malawi totalled $25 million in 2025.")
    assert _flow(r) == ("grant", 25e6, "USD", "NOR", "MWI")
    [r] = _rows("Norway and Malawi held talks. Norway's humanitarian assistance to Malawi totalled $25 million in 2025.")
    assert _flow(r) == ("aid", 25e6, "USD", "NOR", "MWI")


# --- a one-letter scale after a space -----------------------------------------------------------------


def test_a_one_letter_scale_may_stand_a_space_after_a_currency_figure():
    assert [(q.value, q.unit) for q in find_quantities("Tokyo extends ¥ 38.4 b loan", ["JPN"])] == [(38.4e9, "JPY")]
    assert [(q.value, q.unit) for q in find_quantities("Seoul signs $ 5 m deal")] == [(5e6, "USD")]
    # without a currency the letter is no scale
    assert [(q.value, q.unit) for q in find_quantities("the tower is 64 m tall")] == [(64.0, None)]


# --- scholarships a programme will offer --------------------------------------------------------------


def test_scholarships_a_side_will_offer_are_the_programmes_figure():
    [r] = _rows("India and Nepal held talks. The Indian side will award 300 Indian Government Scholarships to "
                "Nepali students for the 2026-27 academic year.")
    assert _flow(r) == ("scholarships", 300.0, "count", "IND", "NPL")
    [r] = _rows("Turkey and Somalia held talks. Turkey will also offer 150 scholarships to Somali students next year.")
    assert _flow(r) == ("scholarships", 150.0, "count", "TUR", "SOM")
    assert r["period_start"] == dt.date(2027, 1, 1)
    # other things a side will offer stay commitments, and a target stays out
    assert _rows("Turkey and Somalia held talks. Turkey will offer 150 buses to Somalia.") == []
    assert _rows("Turkey and Somalia held talks. Turkey aims to offer 150 scholarships to Somali students by 2030.") == []


# --- a year or a demonym that qualifies a name --------------------------------------------------------


def test_a_year_and_a_demonym_before_a_name_count_nobody():
    assert _rows("Japan and Vietnam held talks. Some 800 guests attended the 2025 Japanese Film Festival "
                 "opening in Hanoi.") == []
    assert _rows("China and Ghana held talks. The ambassador met the 2026 Chinese Government Scholarship "
                 "winners in Accra.") == []
    # a count of people with a demonym and a count noun is still one
    rows = _rows("Japan and Vietnam held talks. About 5,200 Vietnamese workers are employed by Japanese firms.")
    assert [(r["metric"], r["value"]) for r in rows] == [("jobs_created", 5200.0)]


# --- a long-run level --------------------------------------------------------------------------------------


def test_a_level_held_for_most_of_a_decade_is_no_statistic():
    assert _rows("India and Sri Lanka held talks. Sri Lanka's exports to India hovered at about $700 million "
                 "for much of the past decade before picking up in 2025.") == []
    assert _rows("Chile and Peru held talks. Chilean investment in Peru stayed near $2 billion for years.") == []
    [r] = _rows("Chile and Peru held talks. Chile's exports to Peru reached $2 billion for the first time in 2025.")
    assert (r["metric"], r["value"]) == ("exports", 2e9)


# --- a coordinated later value after the first one's own date ---------------------------------------------


def test_a_coordinated_verb_after_a_dated_figure_continues_its_measure():
    rows = _rows("India and Sri Lanka held talks. Sri Lanka's exports to India were $700 million in 2024, but "
                 "reached $1.1 billion in 2025.")
    assert [(r["metric"], r["value"], r["period_start"].year) for r in rows] == [
        ("exports", 7e8, 2024), ("exports", 1.1e9, 2025)]
    rows = _rows("Peru and Chile held talks. Chile's copper exports to Peru totalled $310 million in the first "
                 "half of 2025 and climbed to $420 million in the second half.")
    assert [(r["metric"], r["period_start"]) for r in rows] == [
        ("exports", dt.date(2025, 1, 1)), ("exports", dt.date(2025, 7, 1))]
    # a new measure named after the conjunction is its own
    rows = _rows("Peru and Chile held talks. Chile's exports to Peru totalled $310 million in 2024, and imports "
                 "reached $420 million in 2025.")
    assert [r["metric"] for r in rows] == ["exports", "imports"]


# --- a standing count in a clause of its own ------------------------------------------------------------


def test_a_present_stock_in_its_own_clause_takes_no_date_of_the_clause_before():
    rows = _rows("Turkey and Ghana held talks. Since 2018, Turkish firms have invested $900 million in Ghana, "
                 "while 40 Turkish companies are now operating in the country.")
    assert [(r["metric"], r["period_start"]) for r in rows] == [
        ("direct_investment", dt.date(2018, 1, 1)), ("companies", None)]
    rows = _rows("India and Oman held talks. Since 2019, the fund has trained 2,300 Omani engineers, and 55 Indian "
                 "companies are currently operating in the sultanate.")
    assert [r["period_start"] for r in rows if r["metric"] == "companies"] == [None]
    # a date of the count's own clause still dates it
    [r] = _rows("Turkey and Ghana held talks. In 2025, 40 Turkish companies were operating in Ghana.")
    assert r["period_start"] == dt.date(2025, 1, 1)
