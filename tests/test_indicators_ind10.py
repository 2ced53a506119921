"""Indicator rules for unseen news (session 10): own sentences, other countries than the dev sets.

Families: the months of a fiscal year stated in parentheses right after "the first N months"
("the first seven months (July-January) of the current fiscal year") date the figure from the
fiscal year's start; casualty verbs in every tense and form (headline "kill", "killing",
"abducts") make a people count no indicator; a head noun after a figure ends before a time phrase
or a distributive ("tonnes of freight last year", "of cement every year"); "units (kWh)" is kWh.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.indicator_metric import _head_noun
from tests.test_indicators_ind5 import _extract, _flow

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _dated(r: dict) -> tuple:
    return _flow(r) + (r["period_start"], r["period_end"])


# --- "the first N months (July-May) of fiscal year 2025-26" -------------------------------------


def test_months_in_parentheses_before_a_fiscal_label_start_the_fiscal_year():
    r = _extract("Pakistan and Egypt held talks. Pakistan's imports from Egypt stood at $287 million in the "
                 "first eleven months (July-May) of fiscal year 2025-26, officials said.", dt.date(2026, 7, 3))
    assert [_dated(x) for x in r] == [
        ("imports", 2.87e8, "USD", "EGY", "PAK", dt.date(2025, 7, 1), dt.date(2026, 5, 31))]
    r = _extract("Bangladesh and India held talks. Bangladesh's exports to India rose to $1.2 billion in the "
                 "first nine months (July-March) of the current financial year, the EPB said.", dt.date(2026, 4, 25))
    assert [_dated(x) for x in r] == [
        ("exports", 1.2e9, "USD", "BGD", "IND", dt.date(2025, 7, 1), dt.date(2026, 3, 31))]


def test_months_in_parentheses_with_a_code_label_and_a_change():
    r = _extract("Pakistan and Turkey held talks. Exports to Turkey rose 3% to $81 million in the first 10 "
                 "months (July-April) of FY2025-26.", dt.date(2026, 5, 20))
    assert [_dated(x) for x in r] == [
        ("exports", 8.1e7, "USD", "PAK", "TUR", dt.date(2025, 7, 1), dt.date(2026, 4, 30))]
    assert r[0]["change_pct"] == 3.0


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=11))
def test_months_in_parentheses_span_n_months_from_july(n):
    last = _MONTHS[(6 + n - 1) % 12]
    r = _extract(f"Pakistan and Qatar held talks. Pakistan's exports to Qatar amounted to $55 million in the "
                 f"first {n} months (July-{last}) of fiscal year 2025-26.", dt.date(2026, 6, 30))
    assert len(r) == 1
    end_month = (7 + n - 2) % 12 + 1
    assert r[0]["period_start"] == dt.date(2025, 7, 1)
    assert (r[0]["period_end"].year, r[0]["period_end"].month) == (2025 if end_month >= 7 else 2026, end_month)


# --- casualty counts in every verb form ------------------------------------------------------------


def test_a_headline_casualty_verb_makes_a_people_count_no_indicator():
    assert _extract("Gunmen kill three Chinese workers at a quarry in Nigeria\n\nABUJA, April 15 - Police said "
                    "the attack took place on Monday.") == []
    assert _extract("Militants abduct four Turkish engineers in northern Iraq\n\nThe engineers worked on a dam, "
                    "officials said.") == []
    assert _extract("A landslide killing six Nepali labourers hit a road project built by Indian contractors.") == []


def test_a_count_without_casualty_verb_stays():
    rows = _extract("Kenya and Ethiopia held talks. Around 12,000 Kenyan workers live in Ethiopia.")
    assert rows and rows[0]["value"] == 12000.0


# --- the head noun after a figure ends before time phrases and distributives -------------------------


def test_head_noun_ends_before_a_time_phrase_or_distributive():
    assert _head_noun(" of phosphoric acid every year") == "phosphoric_acid"
    assert _head_noun(" of freight last year") == "freight"
    assert _head_noun(" of cement each month") == "cement"
    assert _head_noun(" without visas") is None
    assert _head_noun(" of crude oil") == "crude_oil"


# --- "units (kWh)" ----------------------------------------------------------------------------------


def test_units_glossed_as_kwh_are_kwh():
    r = _extract("India and Nepal held talks. Nepal sold 2.4 billion units (kWh) of electricity to India in 2025.")
    assert [_flow(x) for x in r] == [("exports", 2.4e9, "kWh", "NPL", "IND")]
    r = _extract("Bhutan and India held talks. Bhutan exported 1.1 billion units (kWh) to India last year.")
    assert [_flow(x) for x in r] == [("exports", 1.1e9, "kWh", "BTN", "IND")]


# --- "in the same year": the period of the figures told before ---------------------------------------


def test_in_the_same_year_takes_the_fiscal_year_told_before():
    r = _extract("India and Nepal held talks. Nepal's imports from India amounted to NPR 1.02 trillion in the "
                 "fiscal year 2025/26, which ended in mid-July, while exports to India rose 22 percent to NPR 178 "
                 "billion. Nepal sold 2.4 billion units (kWh) of electricity to India in the same year.",
                 dt.date(2026, 8, 10))
    assert [(x["unit"], x["period_start"]) for x in r] == [
        ("NPR", dt.date(2025, 7, 1)), ("NPR", dt.date(2025, 7, 1)), ("kWh", dt.date(2025, 7, 1))]


def test_in_the_same_period_after_a_dated_clause_keeps_that_period():
    r = _extract("Kenya and Uganda held talks. Kenya's exports to Uganda reached $1.1 billion in the first half "
                 "of 2025, officials said in March. Kenya sold 300 million kWh of electricity to Uganda in the "
                 "same period.", dt.date(2026, 3, 20))
    assert [(x["unit"], x["period_start"], x["period_end"]) for x in r] == [
        ("USD", dt.date(2025, 1, 1), dt.date(2025, 6, 30)), ("kWh", dt.date(2025, 1, 1), dt.date(2025, 6, 30))]


# --- figures of the world are no bilateral indicator; "the world's largest economy" is a partner ------


def test_world_and_global_totals_are_no_indicator():
    assert _extract("China and Kenya held talks. World coffee exports hit $40 billion last year.") == []
    assert _extract("Brazil and Angola held talks. Global foreign direct investment fell 11 percent to $1.3 "
                    "trillion in 2025, UNCTAD said.") == []
    rows = _extract("China and Kenya held talks. Global trade grew 3 percent to $24 trillion in 2025, while "
                    "Kenya's exports to China rose to $300 million.")
    assert [_flow(r) for r in rows] == [("exports", 3e8, "USD", "KEN", "CHN")]


def test_world_trade_organization_data_keep_the_bilateral_figure():
    rows = _extract("Peru and Chile held talks. According to World Trade Organization data, bilateral trade "
                    "reached $5 billion in 2025.")
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 5e9)]


def test_the_worlds_largest_economy_is_the_other_country_of_the_pair():
    rows = _extract("Indonesia and China held talks. Indonesia's exports to the world's second-largest economy "
                    "rose to $31.4 billion in 2025, BPS said.")
    assert [_flow(r) for r in rows] == [("exports", 3.14e10, "USD", "IDN", "CHN")]
    rows = _extract("Kenya and Uganda held talks. Kenya's exports to the region's largest economy rose to $2 "
                    "billion in 2025.")
    assert [_flow(r) for r in rows] == [("exports", 2e9, "USD", "KEN", "UGA")]
    assert _extract("Kenya and China held talks. Kenya's economy grew to $110 billion in 2025.") == []
