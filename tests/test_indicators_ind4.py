"""Indicator rules for unseen news (session 4): own sentences, other countries than the dev sets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.countries import find_countries
from pipeline.extract.indicators import SentenceInfo, find_indicators
from pipeline.extract.numbers import find_measured, parse_number
from pipeline.segment import segment
from tests.test_indicators_ind3 import _flow, _rows

Y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")


# --- numbers: space-grouped thousands, the rand ----------------------------------------------------


def test_thousands_grouped_by_a_space():
    [q] = find_measured("held by about 240 000 Malawian nationals")
    assert (q.value, q.unit) == (240000.0, "people")
    [q] = find_measured("a line of 1\u00a0250 km")
    assert q.value == 1250.0


def test_a_year_and_a_day_are_no_thousands_group():
    assert [q.value for q in find_measured("in 2025 100 000 tonnes")] == [100000.0]
    assert parse_number("on May 14 2026") == 14.0


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999),
       st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_space_grouped_numbers_round_trip(head, tail, sep):
    [q] = find_measured(f"some {head}{sep}{tail:03d} workers")
    assert q.value == head * 1000 + tail


def test_the_rand_written_r_with_a_scale():
    [q] = find_measured("trade came to R41.2 billion last year", ("ZAF", "MOZ"))
    assert (q.value, q.unit) == (41.2e9, "ZAR")
    [q] = find_measured("R3,400 a month")
    assert q.unit == "ZAR"


def test_a_bare_r_and_a_number_is_no_money():
    assert find_measured("the R21 highway and the R2 rifle") == []


def test_ngultrum_abbreviation_does_not_end_a_sentence():
    import polars as pl
    from pipeline.model import DOCUMENTS

    text = "Bhutan sold power to Bangladesh, earning Nu. 4.1 billion. The deal was renewed."
    doc = pl.DataFrame([{"doc_id": "d", "source_path": "d.txt", "title": None, "url": None, "publisher": None,
                         "published_date": None, "reference_date": None, "reference_precision": "unknown",
                         "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    assert segment(doc)["text"].to_list()[0].endswith("Nu. 4.1 billion.")


# --- money: rand trade, debts, commitments, approvals, remittances ---------------------------------


def test_rand_trade_flows_keep_their_currency_and_direction():
    text = "South African exports to Mozambique were valued at R38.5 billion, while imports from Mozambique reached R12.1 billion."
    rows = _rows(text, dyad=("ZAF", "MOZ"))
    assert [_flow(r) for r in rows] == [("exports", 38.5e9, "ZAR", "ZAF", "MOZ"), ("imports", 12.1e9, "ZAR", "MOZ", "ZAF")]


def test_a_country_that_owes_another_runs_a_debt_to_it():
    rows = _rows("Egypt still owes Kuwait roughly 4 billion dollars for fuel imports.", dyad=("EGY", "KWT"))
    assert [_flow(r) for r in rows] == [("debt", 4e9, "USD", "EGY", "KWT")]


def test_arrears_of_one_country_go_to_the_other_of_the_pair():
    rows = _rows("Zambia's arrears to Angola stood at $310 million.", dyad=("ZMB", "AGO"))
    assert [_flow(r) for r in rows] == [("debt", 3.1e8, "USD", "ZMB", "AGO")]


def test_a_government_commitment_towards_a_plan_is_development_assistance():
    text = ("Japan's commitment of 90 billion yen towards Laos's national plan was welcomed, of which "
            "12 billion yen was disbursed in 2025.")
    rows = _rows(text, dates=[("2025", *Y25)], dyad=("JPN", "LAO"))
    assert [_flow(r) for r in rows] == [
        ("development_assistance", 9e10, "JPY", "JPN", "LAO"),
        ("development_assistance", 1.2e10, "JPY", "JPN", "LAO"),
    ]


def test_money_committed_over_years_to_a_region_of_the_other_country():
    rows = _rows("New Zealand has committed NZ$ 300 million over five years to schools in rural Fiji.", dyad=("NZL", "FJI"))
    assert [_flow(r) for r in rows] == [("development_assistance", 3e8, "NZD", "NZL", "FJI")]


def test_approved_projects_of_a_nationality_and_their_worth():
    text = "In the first quarter, the board approved 42 Korean-funded projects worth a combined $860 million."
    rows = _rows(text, dyad=("KOR", "VNM"))
    assert [_flow(r) for r in rows] == [
        ("projects_approved", 42.0, "count", "KOR", "VNM"),
        ("investment_approved", 8.6e8, "USD", "KOR", "VNM"),
    ]


def test_remittances_from_one_country_go_home_to_the_other():
    rows = _rows("Remittances from Kuwait came to $2.1 billion in 2025.", dates=[("2025", *Y25)], dyad=("EGY", "KWT"))
    assert [_flow(r) for r in rows] == [("remittances", 2.1e9, "USD", "KWT", "EGY")]


def test_investment_in_the_other_economy_is_no_national_aggregate():
    rows = _rows("Korean investment in the Uzbek economy has exceeded $9 billion since 2010.", dyad=("KOR", "UZB"))
    assert [_flow(r) for r in rows] == [("direct_investment", 9e9, "USD", "KOR", "UZB")]


def test_the_size_of_an_economy_is_still_no_indicator():
    assert _rows("Uzbekistan's economy has grown to $115 billion.", dyad=("KOR", "UZB")) == []


# --- goods, people, firms --------------------------------------------------------------------------


def test_a_country_that_shipped_goods_to_another_exported_them():
    rows = _rows("Myanmar shipped 95,000 tonnes of beans to India last year.", dyad=("MMR", "IND"))
    assert [_flow(r) for r in rows] == [("exports", 95000.0, "tonnes", "MMR", "IND")]


def test_students_enrolled_at_universities_of_a_nationality():
    rows = _rows("Some 6,500 Nepali students are enrolled at Bangladeshi universities.", dyad=("NPL", "BGD"))
    assert [_flow(r) for r in rows] == [("students", 6500.0, "people", "NPL", "BGD")]


def test_jobs_in_factories_of_a_nationality_with_a_list_of_trades():
    rows = _rows("Taiwanese-owned electronics, textile and shoe factories employ about 90,000 Vietnamese workers.",
                 dyad=("TWN", "VNM"))
    assert [_flow(r) for r in rows] == [("jobs_created", 90000.0, "jobs", "TWN", "VNM")]


def test_companies_with_capital_of_a_nationality_in_the_country():
    rows = _rows("More than 1,800 companies with Turkish capital operate in the country.", dyad=("TUR", "GEO"))
    assert [_flow(r) for r in rows] == [("companies", 1800.0, "count", "TUR", "GEO")]


# --- what is not a fact: targets, borders -----------------------------------------------------------


def test_the_starting_value_of_a_targeted_rise_is_a_fact_and_the_target_is_not():
    text = "The ministers agreed to raise the cross-border transmission capacity from 1,500 megawatts to 3,000 megawatts by 2030."
    rows = _rows(text, dates=[("2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31), "year", "as_of")], dyad=("NOR", "SWE"))
    assert [(r["metric"], r["value"], r["unit"], r["period"]) for r in rows] == [("power_capacity", 1500.0, "MW", None)]


def test_a_target_alone_stays_out():
    assert _rows("The two sides aim to raise trade to $10 billion by 2030.", dyad=("NOR", "SWE")) == []


def test_the_line_between_two_countries_is_a_border():
    assert _rows("The 2,400-kilometre line between Chile and Argentina is mostly mountains.", dyad=("CHL", "ARG")) == []


def test_a_transmission_line_between_two_countries_keeps_its_metric():
    rows = _rows("The 290-km transmission line between Laos and Vietnam opened.", dyad=("LAO", "VNM"))
    assert [r["metric"] for r in rows] == ["transmission_lines"]


# --- periods ---------------------------------------------------------------------------------------


def test_a_year_that_ended_on_a_day_is_the_twelve_months_before_it():
    text = "Afghan exports to Pakistan rose to $1.2 billion in the solar year that ended on March 20, 2025."
    day = dt.date(2025, 3, 20)
    [r] = _rows(text, dates=[("March 20, 2025", day, day, "day")], dyad=("AFG", "PAK"))
    assert r["period"] == (dt.date(2024, 3, 21), dt.date(2025, 3, 20), "month")


def test_twelve_months_to_a_month():
    text = "Trade between Britain and India reached 42 billion pounds in the 12 months to June 2025."
    june = (dt.date(2025, 6, 1), dt.date(2025, 6, 30), "month")
    [r] = _rows(text, dates=[("June 2025", *june)], dyad=("GBR", "IND"))
    assert r["period"] == (dt.date(2024, 7, 1), dt.date(2025, 6, 30), "month")


def test_a_labelled_fiscal_year_keeps_its_own_dates():
    text = "Exports to Kenya reached $80 million in the 2024/25 Ethiopian fiscal year, which ended in July."
    fy = (dt.date(2024, 7, 1), dt.date(2025, 6, 30), "month")
    [r] = _rows(text, dates=[("2024/25", *fy)], dyad=("ETH", "KEN"))
    assert r["period"] == fy


def test_an_iranian_calendar_year_label():
    [r] = _rows("Iran's non-oil exports to Armenia reached $410 million in the Iranian year 1403.", dyad=("IRN", "ARM"))
    assert r["period"] == (dt.date(2024, 3, 21), dt.date(2025, 3, 20), "month")


def test_a_date_is_never_a_subject():
    text = "Trade between Chile and Peru during July-September 2025 totaled $1.9 billion."
    q3 = (dt.date(2025, 7, 1), dt.date(2025, 9, 30), "month")
    [r] = _rows(text, dates=[("July-September 2025", *q3)], dyad=("CHL", "PER"))
    assert r["subject"] is None and r["period"] == q3


# --- printed conversions ---------------------------------------------------------------------------


def test_a_conversion_after_a_comma_and_or_is_the_same_fact_and_the_change_stays():
    text = "Bilateral trade hit 88.4 billion yuan, or about 12.3 billion U.S. dollars, in 2025, up 7.1 percent."
    rows = _rows(text, dates=[("2025", *Y25)], dyad=("CHN", "MNG"))
    assert [(r["metric"], r["value"], r["unit"], r["change_pct"]) for r in rows] == [("trade_total", 8.84e10, "CNY", 7.1)]


def test_a_conversion_with_its_exchange_rate_in_the_bracket():
    text = "Mongolia's exports to China rose to 31.5 billion yuan (US$4.4 billion at current exchange rates) in 2025."
    rows = _rows(text, dates=[("2025", *Y25)], dyad=("CHN", "MNG"))
    assert [_flow(r) for r in rows] == [("exports", 3.15e10, "CNY", "MNG", "CHN")]


def test_a_change_after_the_bracketed_conversion_belongs_to_the_figure():
    text = "Trade between Greece and Cyprus came to EUR 2.4 billion ($2.6 billion) in 2025, a 4 percent drop from 2024."
    [r] = _rows(text, dates=[("2025", *Y25)], dyad=("GRC", "CYP"))
    assert (r["unit"], r["change_pct"]) == ("EUR", -4.0)


def test_a_diaspora_grouped_by_spaces_is_counted():
    rows = _rows("The permit is held by approximately 64 000 Malawian nationals living in Zambia.", dyad=("MWI", "ZMB"))
    assert [_flow(r) for r in rows] == [("people", 64000.0, "people", "MWI", "ZMB")]


# --- more phrasings of flows -----------------------------------------------------------------------


def test_a_flow_told_in_the_passive_after_its_figure():
    rows = _rows("Fruit worth $700 million was exported from Peru to Ecuador.", dyad=("PER", "ECU"))
    assert [_flow(r) for r in rows] == [("exports", 7e8, "USD", "PER", "ECU")]
    rows = _rows("$450 million of Ecuadorian shrimp were imported by Peru.", dyad=("PER", "ECU"))
    assert [_flow(r) for r in rows] == [("imports", 4.5e8, "USD", "ECU", "PER")]


def test_a_change_and_then_the_amount():
    rows = _rows("Trade turnover between Armenia and Iran increased by 8.3% and amounted to $790 million.",
                 dyad=("ARM", "IRN"))
    assert [(r["metric"], r["value"], r["change_pct"]) for r in rows] == [("trade_total", 7.9e8, 8.3)]


def test_the_host_that_attracted_investment_of_a_nationality():
    rows = _rows("Georgia attracted $410 million of Azerbaijani investment.", dyad=("GEO", "AZE"))
    assert [_flow(r) for r in rows] == [("direct_investment", 4.1e8, "USD", "AZE", "GEO")]


def test_wishes_and_modals_are_targets():
    dyad = ("EGY", "SAU")
    assert _rows("The leaders want bilateral trade to reach $10 billion.", dyad=dyad) == []
    assert _rows("Trade should hit $8 billion by 2028.", dyad=dyad) == []


def test_the_current_level_a_target_starts_from():
    rows = _rows("The sides agreed to lift trade from the current $3.1 billion to $6 billion.", dyad=("EGY", "SAU"))
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 3.1e9)]


def test_a_change_then_to_reach_is_still_a_fact():
    rows = _rows("Trade between Egypt and Saudi Arabia grew 6 percent to reach $9.2 billion.", dyad=("EGY", "SAU"))
    assert [(r["metric"], r["value"], r["change_pct"]) for r in rows] == [("trade_total", 9.2e9, 6.0)]


def test_negative_growth_is_a_fall():
    rows = _rows("Trade between Nepal and India totalled $8.6 billion, a negative growth of 3.2 percent.", dyad=("NPL", "IND"))
    assert [(r["value"], r["change_pct"]) for r in rows] == [(8.6e9, -3.2)]


def test_a_debt_to_a_lender_that_is_no_country_has_no_partner():
    rows = _rows("Sri Lanka owes $2.9 billion to the International Monetary Fund.", dyad=("LKA", "CHN"))
    assert [_flow(r) for r in rows] == [("debt", 2.9e9, "USD", "LKA", None)]


def test_a_year_ended_on_the_last_of_december_is_the_calendar_year():
    text = "Exports to Oman reached $1.1 billion in the year ended December 31, 2025."
    day = dt.date(2025, 12, 31)
    [r] = _rows(text, dates=[("December 31, 2025", day, day, "day")], dyad=("IND", "OMN"))
    assert r["period"] == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")


def test_a_stock_as_of_the_end_of_a_year_is_dated_by_its_december():
    text = "Korean direct investment in Mongolia stood at $1.4 billion as of the end of 2025."
    i = text.index("the end of 2025")
    info = SentenceInfo(countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
                        dates=[(i, i + len("the end of 2025"), *Y25, "as_of")], dyad=("KOR", "MNG"))
    [r] = find_indicators(text, info)[0]
    assert r["period"] == (dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month")


def test_a_stock_by_the_end_of_a_year_keeps_the_year():
    text = "Chinese firms had built 900 km of roads in Laos by the end of 2025."
    i = text.index("the end of 2025")
    info = SentenceInfo(countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
                        dates=[(i, i + len("the end of 2025"), *Y25, "as_of")], dyad=("CHN", "LAO"))
    [r] = find_indicators(text, info)[0]
    assert r["period"] == Y25


def test_a_bare_two_year_label_is_a_fiscal_year():
    text = "India's exports to the UAE reached $36 billion in 2024-25."
    dates = [("2024-25", dt.date(2024, 1, 1), dt.date(2025, 12, 31), "year")]
    [r] = _rows(text, dates=dates, dyad=("ARE", "IND"))
    assert r["period"] == (dt.date(2024, 4, 1), dt.date(2025, 3, 31), "month")


def test_a_date_of_the_figure_s_own_phrase_wins_over_one_of_the_figure_before():
    text = ("Japan pledged 50 billion yen for the programme (2024-2028), of which "
            "12 billion yen was disbursed in the fiscal year 2025.")
    dates = [("2024-2028", dt.date(2024, 1, 1), dt.date(2028, 12, 31), "year"),
             ("fiscal year 2025", dt.date(2025, 4, 1), dt.date(2026, 3, 31), "month")]
    rows = _rows(text, dates=dates, dyad=("JPN", "LAO"))
    assert [r["period"][0] for r in rows] == [dt.date(2024, 1, 1), dt.date(2025, 4, 1)]


def test_a_two_year_label_stays_two_years_when_whose_fiscal_year_is_unclear():
    dates = [("2024-25", dt.date(2024, 1, 1), dt.date(2025, 12, 31), "year")]
    [r] = _rows("Trade between India and Pakistan was $1.2 billion in 2024-25.", dates=dates, dyad=("IND", "PAK"))
    assert r["period"] == (dt.date(2024, 1, 1), dt.date(2025, 12, 31), "year")
    [r] = _rows("Trade between India and Russia was $68 billion in 2024-25.", dates=dates, dyad=("RUS", "IND"))
    assert r["period"] == (dt.date(2024, 4, 1), dt.date(2025, 3, 31), "month")


def test_a_bikram_sambat_fiscal_year_in_a_nepali_text():
    text = "Nepal's exports to Bangladesh reached Rs 9 billion in the fiscal year 2080/81."
    fy = ("the fiscal year 2080/81", dt.date(2080, 7, 1), dt.date(2081, 6, 30), "month")
    [r] = _rows(text, dates=[fy], dyad=("NPL", "BGD"))
    assert r["period"] == (dt.date(2023, 7, 1), dt.date(2024, 6, 30), "month")
    assert (r["unit"], r["from_country_iso3"], r["to_country_iso3"]) == ("NPR", "NPL", "BGD")


def test_trillion_abbreviated_tr():
    [q] = find_measured("a budget line of Rs1.2tr", ("PAK",))
    assert (q.value, q.unit) == (1.2e12, "PKR")


def test_a_commitment_of_a_multilateral_lender_is_no_bilateral_figure():
    assert _rows("The Asian Development Bank has committed $500 million to schools in Laos.", dyad=("LAO", "THA")) == []


def test_a_signed_percentage_after_the_figure_is_its_change():
    rows = _rows("Bilateral trade was $3.3 billion (-4.1% y/y) in 2025.", dates=[("2025", *Y25)], dyad=("THA", "MMR"))
    assert [(r["value"], r["change_pct"]) for r in rows] == [(3.3e9, -4.1)]
    rows = _rows("Bilateral trade was $3.3 billion, +2.5 percent on the year.", dyad=("THA", "MMR"))
    assert [(r["value"], r["change_pct"]) for r in rows] == [(3.3e9, 2.5)]


def test_a_hyphen_is_no_minus_sign():
    assert [q.value for q in find_measured("a 3-4 percent rise in COVID-19 cases")] == [3.0]
