"""Indicator rules for unseen news (session 9): own sentences, other countries than the dev sets.

Families: a reported clause opened by "and that" ends the figure's phrase (the metric word of the
next clause is not the figure's); firms "-affiliated"/"-registered"/"-operated" by a nationality
are foreign firms; assets or projects of one side's firms or investors with no place named are
hosted by the other country of the document's pair, unless a worldwide/outward total or another
place is told.
"""

from __future__ import annotations

from tests.test_indicators_ind5 import _extract, _flow


def _flows(text: str) -> list[tuple]:
    return [_flow(r) for r in _extract(text)]


# --- "and that": the next reported clause is not the figure's phrase ---------------------------


def test_a_second_that_clause_does_not_name_the_first_figure():
    assert _flows("Egypt and Jordan agreed to deepen ties. The ministers noted that bilateral trade reached "
                  "USD 4.2 billion in 2025 and that Egypt's direct investment in Jordan amounted to USD 900 "
                  "million in the same year.") == [
        ("trade_total", 4.2e9, "USD", None, None), ("direct_investment", 9e8, "USD", "EGY", "JOR")]
    rows = _flows("Ghana and Senegal held talks. Officials said two-way trade hit $1.1 billion last year "
                  "but that Senegalese investment in Ghana reached only $70 million.")
    assert rows[0][0] == "trade_total" and rows[1][:2] == ("direct_investment", 7e7)


# --- firms of a nationality --------------------------------------------------------------------


def test_affiliated_firms_of_a_nationality_employ_people_in_the_host():
    assert _flows("Germany and Poland agreed to deepen ties. President Weber noted that Polish-affiliated "
                  "companies employ some 45,000 people in Germany.") == [
        ("jobs_created", 45000.0, "jobs", "POL", "DEU")]
    assert _flows("Turkey and Azerbaijan agreed to deepen ties. Turkish-operated firms now employ about "
                  "12,000 workers in Azerbaijan.") == [("jobs_created", 12000.0, "jobs", "TUR", "AZE")]


def test_plants_owned_by_investors_of_one_side_are_hosted_by_the_other():
    assert _flows("Chile and Peru agreed to deepen ties. Solar parks owned by Chilean investors have an "
                  "installed capacity of 1,250 megawatts and generated 3.1 billion kilowatt-hours of "
                  "electricity in 2025.") == [
        ("power_capacity", 1250.0, "MW", "CHL", "PER"), ("electricity_generated", 3.1e9, "kWh", "CHL", "PER")]
    assert _flows("Kenya and Uganda agreed to deepen ties. Hydropower plants built by Kenyan companies "
                  "have a capacity of 420 MW.") == [("power_capacity", 420.0, "MW", "KEN", "UGA")]


def test_projects_and_capital_of_one_sides_firms_are_hosted_by_the_other():
    assert _flows("Japan and Thailand agreed to deepen ties. As of the end of June 2025, Japanese companies "
                  "held 6,100 valid projects with total registered capital of 81.5 billion dollars, the "
                  "ministry in Bangkok said.") == [
        ("investment_projects", 6100.0, "count", "JPN", "THA"), ("direct_investment", 8.15e10, "USD", "JPN", "THA")]


def test_no_pair_host_for_worldwide_totals_or_other_places():
    intro = "Japan and Thailand agreed to deepen ties. "
    assert _flows(intro + "Japan's outward direct investment reached $200 billion in 2025.") == [
        ("direct_investment", 2e11, "USD", "JPN", None)]
    assert _flows(intro + "Japanese companies invested $12 billion overseas last year.") == [
        ("direct_investment", 1.2e10, "USD", "JPN", None)]
    assert _flows(intro + "Japanese companies employ some 600,000 people in Africa.") == [
        ("jobs_created", 6e5, "jobs", None, None)]
    assert all(r[3:] != ("JPN", "THA") for r in _flows(
        intro + "Solar farms owned by Japanese investors have a capacity of 900 MW in India."))


# --- trade settled in a named currency is not total trade ------------------------------------------


def test_trade_settled_in_renminbi_is_a_settlement_figure():
    assert _flows("Russia and China agreed to deepen ties. Yuan-denominated trade between the two countries "
                  "amounted to 900 billion yuan in 2025, the central bank said.")[0][:3] == (
        "rmb_settlement", 9e11, "CNY")
    assert _flows("Laos and China agreed to deepen ties. Payments settled in renminbi reached CNY 4.1 billion "
                  "in the first half, the Bank of the Lao PDR said.")[0][:3] == ("rmb_settlement", 4.1e9, "CNY")


def test_trade_settled_in_local_currencies_is_a_settlement_figure():
    assert _flows("India and the UAE agreed to deepen ties. Trade settled in local currencies reached $2.5 "
                  "billion in 2025.")[0][0] == "local_currency_settlement"
    assert _flows("Brazil and Argentina held talks. Local-currency settlements between the two central banks "
                  "totalled $1.2 billion last year.")[0][0] == "local_currency_settlement"
    assert _flows("India and the UAE agreed to deepen ties. Bilateral trade reached $85 billion in 2025.")[0][0] == (
        "trade_total")
