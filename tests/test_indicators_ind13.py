"""Indicator rules for unseen news (round 7, ind13): own sentences, other countries than the dev sets.

Families: the naira written "N" before an amount with a scale word ("N2.4 trillion"); "goods and
services trade" is total trade, not trade in services; firms told by their capital before the
figure ("Companies with Turkish capital operating in Ghana employ ..."); a pronoun subject of a verb
of amounting ("In the first quarter ... they stood at $82 million") measures the flow told just
before; the goods of an export may take up to four words before "to <country>"; a nationality's
"community in <country>" counted in people is the diaspora; "persons" counts people; a declared
investment is not a realised one.  Plus property tests of the number and money parsers.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import find_measured
from tests.test_indicators_ind5 import _extract, _flow

_REF = dt.date(2026, 11, 20)


def _dated(r: dict) -> tuple:
    return _flow(r) + (r["period_start"], r["period_end"])


# --- local currencies with a conversion ----------------------------------------------------------


def test_naira_written_n_before_an_amount_with_a_scale_word():
    r = _extract("According to Nigeria's National Bureau of Statistics, trade between Nigeria and Ghana reached "
                 "N2.4 trillion (about $1.6 billion) in 2024, up 9.5 percent.", _REF)
    assert [(x["metric"], x["value"], x["unit"], x["change_pct"]) for x in r] == [
        ("trade_total", 2.4e12, "NGN", 9.5)]
    r = _extract("Nigeria's exports to Ghana were N450 billion in 2024.", _REF)
    assert [_flow(x) for x in r] == [("exports", 4.5e11, "NGN", "NGA", "GHA")]


def test_a_bare_n_before_a_small_number_is_no_money():
    assert [q.unit for q in find_measured("The N2 road to Kano was closed.")] == []
    assert [q.unit for q in find_measured("It cost N2,500,000 to repair.")] == ["NGN"]


# --- metrics -------------------------------------------------------------------------------------


def test_goods_and_services_trade_is_total_trade():
    r = _extract("According to Statistics Canada, two-way goods and services trade between Canada and Chile "
                 "reached C$9.2 billion in 2025, up 4.1 per cent.", _REF)
    assert [(x["metric"], x["value"], x["unit"]) for x in r] == [("trade_total", 9.2e9, "CAD")]
    r = _extract("Services trade between Canada and Chile reached C$2.2 billion in 2025.", _REF)
    assert [x["metric"] for x in r] == ["trade_services"]


def test_a_declared_investment_is_not_direct_investment():
    r = _extract("Kazakhstan and China opened the park in 2019. As of 1 March 2026, the Sino-Kazakh Logistics "
                 "Park had 64 resident companies with a declared investment of USD 900 million.", _REF)
    assert [(x["metric"], x["value"]) for x in r if x["unit"] == "USD"] == [("declared_investment", 9e8)]


def test_persons_count_people():
    r = _extract("Some 3,000 persons from Kenya and Uganda attended the fair in Kampala.", _REF)
    assert [(x["metric"], x["value"], x["unit"]) for x in r] == [("people", 3000.0, "people")]


def test_a_community_in_another_country_is_the_diaspora():
    r = _extract("The Kenyan community in Uganda numbers around 40,000 people.", _REF)
    assert [_flow(x) for x in r] == [("diaspora", 40000.0, "people", "KEN", "UGA")]
    r = _extract("The minister thanked Oman for the welfare of the Nepali community in Oman, "
                 "estimated at 20,000 persons.", _REF)
    assert [_flow(x) for x in r] == [("diaspora", 20000.0, "people", "NPL", "OMN")]


# --- direction -----------------------------------------------------------------------------------


def test_firms_told_by_their_capital_before_the_figure_give_the_jobs_direction():
    r = _extract("Companies with Turkish capital operating in Ghana employ about 7,800 people, the chamber said.",
                 _REF)
    assert [_flow(x) for x in r] == [("jobs_created", 7800.0, "jobs", "TUR", "GHA")]


def test_goods_of_four_words_before_the_partner():
    r = _extract("Exports of Kenyan processed food products to Egypt in January-May 2025 reached USD 98 million, "
                 "a decline of 3.4 percent year on year.", _REF)
    assert [_dated(x) + (x["change_pct"],) for x in r] == [
        ("exports", 98e6, "USD", "KEN", "EGY", dt.date(2025, 1, 1), dt.date(2025, 5, 31), -3.4)]


# --- a pronoun subject continues the measure told before -------------------------------------------


def test_they_stood_at_measures_the_flow_before_for_its_own_period():
    r = _extract("Kenya's tea exports to Egypt reached USD 310 million in FY2024-25, up 4 percent. In the first "
                 "quarter of the current fiscal year (July-September 2025) they stood at USD 82 million.",
                 dt.date(2025, 11, 10))
    assert [_dated(x) for x in r] == [
        ("exports", 310e6, "USD", "KEN", "EGY", dt.date(2024, 7, 1), dt.date(2025, 6, 30)),
        ("exports", 82e6, "USD", "KEN", "EGY", dt.date(2025, 7, 1), dt.date(2025, 9, 30))]


def test_they_amounted_to_after_a_calendar_year():
    r = _extract("Uganda's coffee exports to Italy were worth EUR 90 million in 2024. In January-March 2025 they "
                 "amounted to about EUR 25 million.", _REF)
    assert [_dated(x) for x in r] == [
        ("exports", 90e6, "EUR", "UGA", "ITA", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("exports", 25e6, "EUR", "UGA", "ITA", dt.date(2025, 1, 1), dt.date(2025, 3, 31))]


def test_a_pronoun_without_a_measure_before_gives_nothing():
    r = _extract("Ghana and Togo met in Lome. In March it stood at USD 4 million.", _REF)
    assert r == []


# --- property tests of the number and money parsers ----------------------------------------------

_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_CODES = ["USD", "EUR", "THB", "MVR", "BYN", "INR"]


def _grouped(n: int) -> str:
    return f"{n:,}"


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999_999))
def test_thousands_commas_parse_to_the_integer(n):
    qs = find_measured(f"Exports reached USD {_grouped(n)} last year.")
    assert [(q.value, q.unit, q.kind) for q in qs] == [(float(n), "USD", "money")]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9),
       st.sampled_from(sorted(_SCALES)), st.sampled_from(_CODES))
def test_a_code_a_decimal_and_a_scale_word_multiply(whole, tenth, scale, code):
    qs = find_measured(f"Trade stood at {code} {whole}.{tenth} {scale} in 2025.")
    assert len(qs) == 1
    q = qs[0]
    assert q.unit == code and q.kind == "money"
    assert abs(q.value - (whole + tenth / 10) * _SCALES[scale]) <= 1e-6 * q.value


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["N", "₦"]))
def test_naira_prefix_with_a_scale_word(n, sym):
    qs = find_measured(f"Trade reached {sym}{n} billion in 2025.")
    assert [(q.value, q.unit) for q in qs] == [(n * 1e9, "NGN")]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_lakh_crore_is_ten_to_the_twelfth(whole, tenth):
    qs = find_measured(f"Trade stood at Rs {whole}.{tenth} lakh crore in 2024-25.", ("IND",))
    assert len(qs) == 1
    assert qs[0].unit == "INR"
    assert abs(qs[0].value - (whole + tenth / 10) * 1e12) <= 1e-6 * qs[0].value


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=99_999))
def test_a_counted_noun_keeps_its_count(n):
    qs = find_measured(f"The firms employ some {_grouped(n)} workers.")
    assert [(q.value, q.kind) for q in qs] == [(float(n), "count")]


# --- a date in a "that" clause after the figure; development programmes -------------------------


def test_a_date_in_a_that_clause_after_the_figure_is_not_its_period():
    r = _extract("Both sides noted that Kenyan power plants now supply 400 MW of electricity to Uganda, and that "
                 "the new bridge is expected to open in 2027.", _REF)
    assert [_dated(x) for x in r] == [("power_capacity", 400.0, "MW", "KEN", "UGA", None, None)]


def test_a_development_programme_is_development_assistance_of_its_owner():
    r = _extract("Turkish companies in Ghana employ some 9,000 workers, Mr. Mensah said, adding that Turkey's "
                 "development program in Ghana is worth USD 45 million in 2026.", _REF)
    assert [_dated(x) for x in r] == [
        ("jobs_created", 9000.0, "jobs", "TUR", "GHA", None, None),
        ("development_assistance", 45e6, "USD", "TUR", "GHA", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    r = _extract("Japan's development programme in Laos is worth USD 120 million in FY2026.", _REF)
    assert [_dated(x) for x in r] == [
        ("development_assistance", 120e6, "USD", "JPN", "LAO", dt.date(2026, 4, 1), dt.date(2027, 3, 31))]


def test_a_stock_as_of_a_day_is_dated_by_its_month():
    r = _extract("As of 1 July 2026, Chinese investment in Belarus stood at USD 1.6 billion.", _REF)
    assert [_dated(x) + (x["period_precision"],) for x in r] == [
        ("direct_investment", 1.6e9, "USD", "CHN", "BLR", dt.date(2026, 7, 1), dt.date(2026, 7, 31), "month")]


# --- remittances and the source of travellers ----------------------------------------------------


def test_workers_who_remitted_money_from_a_country_send_it_home():
    r = _extract("Kenyan workers remitted KES 4.1 billion from Uganda in 2025, according to the Central Bank "
                 "of Kenya.", _REF)
    assert [_flow(x) for x in r] == [("remittances", 4.1e9, "KES", "UGA", "KEN")]
    r = _extract("Uganda and Kenya met. Ugandan workers in Kenya remit about USD 90 million a year.", _REF)
    assert [_flow(x) for x in r] == [("remittances", 9e7, "USD", "KEN", "UGA")]


def test_a_country_as_the_source_of_tourist_arrivals():
    r = _extract("Uganda was the source of 41,300 tourist arrivals to Kenya in 2025.", _REF)
    assert [_flow(x) for x in r] == [("tourist_arrivals", 41300.0, "people", "UGA", "KEN")]
    assert _extract("Kenya recorded 2 million tourist arrivals in 2025.", _REF) == []
