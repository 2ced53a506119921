"""Indicator rules for unseen news (session 8): own sentences, other countries than the dev sets.

Families: figures that are no fact yet (sought, under study, forecast with a modal of perception),
a verb of holding that is no meeting ("held 1,200 projects"), the investors' nationality with
modifiers ("Turkish construction firms"), people employed BY firms of a nationality (the passive
of "employ"), a surplus held by a nationality adjective, energy of one nationality carried to a
country, deposits placed by one country with the other's central bank, and a metric word that is
part of a name after the figure ("at the ... Investment Forum").
"""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lexicons import read_lexicon
from tests.test_indicators_ind5 import _extract, _flow, _one


def _by_value(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in _extract(text)}


# --- figures that are no fact yet ----------------------------------------------------------------


def test_a_figure_sought_or_under_study_is_no_indicator():
    assert _extract("Kenya Airways has sought slots for five weekly flights to Addis Ababa, officials in "
                    "Ethiopia said.") == []
    assert _extract("Last year Uzbekistan sought $600 million from Kazakhstan for the new railway.") == []
    assert _extract("The Qatar Investment Authority was studying four large projects in Egypt.") == []
    assert _extract("Turkish banks are considering $1.5 billion in new credit lines for Azerbaijan.") == []


def test_a_quoted_forecast_with_a_modal_of_perception_is_no_indicator():
    assert _extract('"If demand holds, we should see full-year trade exceed 50 billion dollars," said an '
                    "economist on trade between Chile and Peru.") == []
    assert _extract("Analysts in Nairobi said Kenya could soon see its exports to Uganda top $1 billion.") == []
    # a fact told with "should" elsewhere in the sentence stays
    r = _one("Trade between Chile and Peru reached $4.1 billion in 2025, and officials said it should grow.")
    assert (r["metric"], r["value"]) == ("trade_total", 4.1e9)


# --- a verb of holding is no meeting -------------------------------------------------------------------


def test_projects_held_by_investors_are_no_meetings():
    rows = _by_value("Turkish construction firms held 1,200 active projects in Algeria with registered capital "
                     "of $6.5 billion at the end of 2025.")
    assert rows[1200.0]["metric"] == "investment_projects"
    assert (rows[1200.0]["from_country_iso3"], rows[1200.0]["to_country_iso3"]) == ("TUR", "DZA")
    assert _flow(rows[6.5e9]) == ("direct_investment", 6.5e9, "USD", "TUR", "DZA")
    r = _one("The Ghana-Togo Joint Commission has held 9 meetings so far.")
    assert (r["metric"], r["value"]) == ("meetings_held", 9.0)


def test_the_investors_nationality_may_carry_modifiers():
    rows = _by_value("Japanese automotive companies had registered capital of $9.3 billion in Thailand by the "
                     "end of 2025.")
    assert _flow(rows[9.3e9]) == ("direct_investment", 9.3e9, "USD", "JPN", "THA")
    rows = _by_value("Korean private investors held 950 projects in Uzbekistan, with registered capital of "
                     "2.4 billion dollars.")
    assert _flow(rows[2.4e9]) == ("direct_investment", 2.4e9, "USD", "KOR", "UZB")


# --- people employed by firms of a nationality --------------------------------------------------------


def test_people_employed_by_firms_of_a_nationality_are_jobs_it_created():
    r = _one("About 8,000 Ugandan workers are employed by Kenyan companies, the ministry said.")
    assert _flow(r) == ("jobs_created", 8000.0, "jobs", "KEN", "UGA")
    rows = _by_value("Thai investment in Laos reached $5 billion in 2025, with about 30,000 Lao citizens "
                     "employed by Thai enterprises.")
    assert _flow(rows[30000.0]) == ("jobs_created", 30000.0, "jobs", "THA", "LAO")
    r = _one("Some 25,000 Cambodians were employed by Thai factories in 2025.")
    assert _flow(r) == ("jobs_created", 25000.0, "jobs", "THA", "KHM")


def test_people_employed_by_no_nationality_keep_their_own_metric():
    r = _one("About 8,000 Ugandan workers live in Kenya, the ministry said.")
    assert r["metric"] == "workers"


_DEMONYMS = (
    read_lexicon("countries")
    .filter((pl.col("kind") == "demonym") & pl.col("ambiguous").is_null() & ~pl.col("surface").str.contains(" "))
    .group_by("iso3").agg(pl.col("surface").first()).sort("iso3")
)
_PAIRS = list(zip(_DEMONYMS["iso3"], _DEMONYMS["surface"]))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_PAIRS), st.sampled_from(_PAIRS), st.integers(min_value=2, max_value=90))
def test_passive_employment_reads_any_pair_of_nationalities(employer, staff, thousands):
    (emp_iso, emp_adj), (staff_iso, staff_adj) = employer, staff
    if emp_iso == staff_iso:
        return
    rows = _extract(f"About {thousands},000 {staff_adj} workers are employed by {emp_adj} companies.")
    assert [_flow(r) for r in rows] == [("jobs_created", thousands * 1000.0, "jobs", emp_iso, staff_iso)]


# --- a surplus held by a nationality adjective ---------------------------------------------------------


def test_a_surplus_or_deficit_of_a_nationality_has_its_direction():
    r = _one("The figures left a Turkish trade surplus of $3.1 billion with Iraq in 2025.")
    assert _flow(r) == ("trade_balance", 3.1e9, "USD", "TUR", "IRQ")
    rows = _by_value("Trade between Brazil and Chile grew. Exports rose to $5 billion, leaving a Brazilian "
                     "surplus of about $1.2 billion in 2024.")
    assert _flow(rows[1.2e9]) == ("trade_balance", 1.2e9, "USD", "BRA", "CHL")
    rows = _by_value("Trade between Kenya and Egypt slowed. The Kenyan deficit of $300 million in 2025 "
                     "worried exporters.")
    assert _flow(rows[3e8]) == ("trade_balance", 3e8, "USD", "EGY", "KEN")


# --- energy of one nationality carried to a country ---------------------------------------------------


def test_energy_of_a_nationality_carried_to_a_country_is_its_export():
    r = _one("The Nepal-India link carried 900 million kilowatt-hours of Nepali electricity to India in 2025.")
    assert _flow(r) == ("exports", 9e8, "kWh", "NPL", "IND")
    r = _one("In 2025 the interconnector delivered 2.1 billion kWh of French power to Britain.")
    assert _flow(r) == ("exports", 2.1e9, "kWh", "FRA", "GBR")
    r = _one("In 2025 the line transmitted 700 million kWh of electricity from Laos to Thailand.")
    assert _flow(r) == ("exports", 7e8, "kWh", "LAO", "THA")
    # supply to a domestic grid stays output
    r = _one("The plant supplied 8.4 billion kWh to the national grid in Kenya in 2025.")
    assert r["metric"] == "electricity_generated"


# --- deposits -------------------------------------------------------------------------------------


def test_a_deposit_runs_from_the_depositor_to_the_central_bank_of_the_other_country():
    r = _one("In March, Qatar rolled over its $2 billion deposit with the Central Bank of Egypt for another year.")
    assert _flow(r) == ("deposit", 2e9, "USD", "QAT", "EGY")
    r = _one("The UAE has deposited $1 billion in Egypt's central bank.")
    assert _flow(r) == ("deposit", 1e9, "USD", "ARE", "EGY")


# --- a metric word inside a name after the figure ------------------------------------------------------


def test_a_metric_word_inside_a_name_does_not_name_the_figure():
    r = _one("Ghanaian and Ivorian companies signed 12 agreements worth $400 million on Monday at the "
             "Ghana-Cote d'Ivoire Investment Forum.")
    assert r["metric"] == "deal_value"
    r = _one("Firms from Chile and Peru signed contracts worth $310 million at the Lima Trade Fair on Friday.")
    assert r["metric"] == "deal_value"
    # a capitalised metric word that ends its phrase still names it
    r = _one("Japan provided $2 billion in Foreign Direct Investment to Vietnam in 2025.")
    assert _flow(r) == ("direct_investment", 2e9, "USD", "JPN", "VNM")


# --- a flow told after the pair's trade total is part of it -------------------------------------------


def test_a_one_sided_flow_after_the_pairs_trade_total_takes_the_other_country():
    rows = _by_value("Bilateral trade between Kenya and Uganda reached $3.2 billion in 2025, with Kenya's exports "
                     "at $2.4 billion and imports at $800 million.")
    assert _flow(rows[2.4e9]) == ("exports", 2.4e9, "USD", "KEN", "UGA")
    assert _flow(rows[8e8]) == ("imports", 8e8, "USD", "UGA", "KEN")
    rows = _by_value("Trade between Chile and Peru grew to $4.1 billion in 2025. Chilean exports stood at "
                     "$2.5 billion, while imports amounted to $1.6 billion.")
    assert _flow(rows[2.5e9]) == ("exports", 2.5e9, "USD", "CHL", "PER")
    assert _flow(rows[1.6e9]) == ("imports", 1.6e9, "USD", "PER", "CHL")


def test_a_flow_larger_than_the_total_is_no_part_of_it():
    # (one-sided, it is the country's total: left out, see test_a_flow_with_one_end_only_is_a_country_total)
    rows = _by_value("Trade between Kenya and Uganda reached $3.2 billion in 2025. Kenya's exports rose 8 percent "
                     "to $7.2 billion.")
    assert sorted(rows) == [3.2e9]
    rows = _by_value("Trade between Malaysia and Thailand reached $25 billion in 2025, while Thailand's exports "
                     "grew to $290 billion.")
    assert sorted(rows) == [2.5e10]


def test_the_exporter_may_follow_the_flow_word():
    rows = _by_value("Trade between Ghana and Togo reached $900 million in 2025. Exports from Ghana were "
                     "$700 million.")
    assert _flow(rows[7e8]) == ("exports", 7e8, "USD", "GHA", "TGO")
    r = _one("Exports from Ghana to Togo were $700 million in 2025.")
    assert _flow(r) == ("exports", 7e8, "USD", "GHA", "TGO")


_NAMES = (
    read_lexicon("countries")
    .filter((pl.col("kind") == "name") & pl.col("ambiguous").is_null())
    .group_by("iso3").agg(pl.col("surface").first()).sort("iso3")
)
_NAMED = list(zip(_NAMES["iso3"], _NAMES["surface"]))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_NAMED), st.sampled_from(_NAMED), st.integers(min_value=2, max_value=9))
def test_the_total_partner_holds_for_any_pair_of_countries(a, b, billions):
    (iso_a, name_a), (iso_b, name_b) = a, b
    if iso_a == iso_b:
        return
    rows = _by_value(f"Trade between {name_a} and {name_b} reached ${billions}0 billion in 2025. "
                     f"Exports from {name_a} were ${billions} billion.")
    assert _flow(rows[billions * 1e9]) == ("exports", billions * 1e9, "USD", iso_a, iso_b)


# --- one-country totals ---------------------------------------------------------------------------


def test_a_flow_with_one_end_only_is_a_country_total():
    assert _extract("Kenya and Uganda held trade talks on Monday. Kenya's exports rose 8 percent to "
                    "$7.2 billion in 2025, driven by tea and flowers.") == []
    assert _extract("Peru and Chile held talks on Monday. Peru imported goods worth $21 billion in 2025, mostly "
                    "from China and the United States.") == []
    assert _extract("Kenya and Uganda held trade talks on Monday. Uganda's foreign direct investment inflows "
                    "totalled $2.9 billion in 2025.") == []


def test_inflows_are_received_by_their_owner():
    r = _one("Kenya and Uganda held talks. Uganda's FDI inflows from Kenya reached $310 million in 2025.")
    assert _flow(r) == ("direct_investment", 3.1e8, "USD", "KEN", "UGA")
    r = _one("China's investment inflows into Laos reached $1.1 billion in 2025.")
    assert _flow(r) == ("direct_investment", 1.1e9, "USD", "CHN", "LAO")


def test_an_overall_trade_balance_is_a_country_total():
    rows = _by_value("China and Pakistan held talks. Pakistan's overall trade deficit narrowed to $17 billion, "
                     "while exports to China rose to $2.8 billion.")
    assert sorted(rows) == [2.8e9]
    assert _extract("Peru and Chile held talks. Chile's global trade surplus reached $21 billion in 2025.") == []
    r = _one("Kenya and Egypt held talks. Kenya's total trade deficit with Egypt stood at $300 million in 2025.")
    assert _flow(r) == ("trade_balance", 3e8, "USD", "EGY", "KEN")


def test_an_alias_ending_in_a_common_word_is_adjectival():
    from pipeline.extract.indicator_patterns import adjectival

    assert adjectival("Chinese mainland investors", 0, 16, "alias")
    assert not adjectival("Russian Federation companies", 0, 18, "alias")
    assert adjectival("Kenyan firms", 0, 6, "demonym")
    rows = _by_value("As of the end of July 2026, Chinese mainland investors held 1,100 valid projects in Laos with "
                     "registered capital of 9.1 billion dollars.")
    assert _flow(rows[9.1e9]) == ("direct_investment", 9.1e9, "USD", "CHN", "LAO")
    rows = _by_value("Chinese mainland enterprises had registered capital of $3.4 billion in Cambodia by the end "
                     "of 2025.")
    assert _flow(rows[3.4e9]) == ("direct_investment", 3.4e9, "USD", "CHN", "KHM")


# --- the value of today in a clause of its own is no target ------------------------------------------


def test_the_current_value_of_a_targeted_measure_is_a_fact():
    r = _one("Ghana and Togo held talks. The ministers agreed to double trade, which stood at $900 million last year.")
    assert (r["metric"], r["value"]) == ("trade_total", 9e8)
    r = _one("Peru and Chile held talks. Both sides want to lift bilateral trade, currently worth $4.1 billion a year.")
    assert (r["metric"], r["value"]) == ("trade_total", 4.1e9)
    # the target after it stays out
    r = _one("Ghana and Togo held talks. The two leaders agreed to increase bilateral trade, which currently "
             "stands at $1.2 billion, to $5 billion.")
    assert r["value"] == 1.2e9
    assert _extract("Peru and Chile held talks. Both sides want to lift bilateral trade to $8 billion.") == []


# --- people of a third nationality -----------------------------------------------------------------


def test_people_of_a_third_nationality_are_no_bilateral_figure():
    assert _extract("Egypt and Jordan held talks in Cairo. Jordan's population of 11.3 million includes about "
                    "1.3 million Syrian refugees.") == []
    assert _extract("Kenya and Uganda held talks. Uganda hosts some 900,000 South Sudanese refugees.") == []
    r = _one("Kenya and Uganda held talks. Uganda hosts some 90,000 Kenyan refugees.")
    assert (r["value"], r["from_country_iso3"], r["to_country_iso3"]) == (9e4, "KEN", "UGA")


def test_the_earlier_value_after_a_target_is_a_fact_of_the_same_measure():
    r = _one("Vietnam and Cambodia held talks. The countries aim to lift trade to 20 billion USD, up from "
             "10.6 billion USD in 2025.")
    assert (r["metric"], r["value"], str(r["period_start"])) == ("trade_total", 1.06e10, "2025-01-01")
    r = _one("Ghana and Togo held talks. Officials want to push two-way trade to $2 billion, up from $900 million "
             "in 2024.")
    assert (r["metric"], r["value"], str(r["period_start"])) == ("trade_total", 9e8, "2024-01-01")
