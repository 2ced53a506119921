"""Indicator rules for unseen news (session 7): own sentences, other countries than the dev sets.

Families: trade flows told as sales and purchases, fallback metric names that are no measured noun
(a country, a time phrase), and the thing a length measures when its noun phrase is coordinated
("highway and railway corridor"), a part ("the 781km segment") or a generic line told by the
sentence ("the Kirkuk-Ceyhan line ... barrels a day").
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract, _flow, _one


def _by_value(text: str, ref: dt.date = dt.date(2026, 5, 4)) -> dict[float, dict]:
    return {r["value"]: r for r in _extract(text, ref)}


# --- trade flows told as sales and purchases ------------------------------------------------------


def test_sales_to_a_country_are_exports_and_purchases_from_it_imports():
    rows = _by_value("Both presidents noted that bilateral trade reached USD 3.1 billion in 2025. Chilean sales "
                     "to Peru amounted to USD 1.9 billion and purchases from Peru to USD 1.2 billion.")
    assert _flow(rows[1.9e9]) == ("exports", 1.9e9, "USD", "CHL", "PER")
    assert _flow(rows[1.2e9]) == ("imports", 1.2e9, "USD", "PER", "CHL")


def test_sales_and_purchases_of_goods_keep_their_direction():
    rows = _by_value("Kenya's sales of tea to Egypt amounted to $410 million last year, while its purchases "
                     "of Egyptian sugar from Egypt were $95 million.")
    assert _flow(rows[4.1e8]) == ("exports", 4.1e8, "USD", "KEN", "EGY")
    assert _flow(rows[9.5e7]) == ("imports", 9.5e7, "USD", "EGY", "KEN")
    rows = _by_value("Vietnam's rice sales to the Philippines reached $2.2 billion in 2025.")
    assert _flow(rows[2.2e9]) == ("exports", 2.2e9, "USD", "VNM", "PHL")


def test_a_fallback_metric_is_never_a_time_phrase_or_a_name():
    for r in _extract("Ghana and Togo held talks. The figure for Togo reached $51 million last year, "
                      "and the sum stood at $12 million this year."):
        assert r["metric"] not in ("togo", "last_year", "this_year")


# --- what a length measures --------------------------------------------------------------------------


def test_a_coordinated_length_takes_the_head_of_its_noun_phrase():
    r = _one("The memorandum covers the Lobito route, a planned 1,300-kilometre road and rail corridor "
             "from the coast to Zambia.")
    assert (r["metric"], r["value"], r["unit"]) == ("road_length", 1300.0, "km")
    r = _one("Officials discussed the 640-km highway and railway corridor between Kazakhstan and Uzbekistan.")
    assert r["metric"] == "road_length"


def test_a_part_takes_the_metric_of_the_thing_it_belongs_to():
    rows = _by_value("Turkmenistan has finished its part of the 1,814km pipeline, while Afghanistan has yet to "
                     "build the 774km segment across its territory.")
    assert rows[774.0]["metric"] == "pipeline_length"
    r = _one("The 92-kilometre section of the Addis Ababa-Djibouti railway inside Djibouti was upgraded.")
    assert r["metric"] == "railway_length"


def test_a_generic_line_is_named_by_its_sentence():
    r = _one("Crude exports through the 1,100-kilometre Basra-Aqaba line could reach 1 million barrels a day.",)
    assert (r["metric"], r["value"]) == ("pipeline_length", 1100.0)
    r = _one("The 350-km Tashkent-Osh line will carry freight trains from next year.")
    assert r["metric"] == "railway_length"
    r = _one("Laos sends electricity over the 500-kilometre Nabong line to Thailand.")
    assert r["metric"] == "transmission_lines"


def test_a_qualified_line_keeps_its_qualifier():
    assert _one("The 220 km transmission line between Kenya and Uganda was completed.")["metric"] == "transmission_lines"
    assert _one("A 752-km railway line links Ethiopia and Djibouti.")["metric"] == "railway_length"


# --- whose fiscal year: the place of a dateline without a date ----------------------------------------


def test_a_place_dateline_without_a_date_names_the_fiscal_year():
    r = _one("Trade talks in Dhaka\nBy Staff Reporter\n\nDHAKA: Commerce secretaries of Bangladesh and India met "
             "on Monday. India's envoy said India wanted more trade, and Indian officials said India would send "
             "a delegation. Bangladesh's exports to India rose 9 percent to $1.2 billion in the current fiscal "
             "year, officials said.")
    assert (r["period_start"], r["period_end"]) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    r = _one("Canberra hosts Tokyo officials\n\nCANBERRA - Japanese and Australian ministers met on Tuesday. "
             "Japan's minister said Japan and Japanese firms were ready to invest more, and Japan's ambassador "
             "agreed. Australia's exports to Japan reached A$41 billion in the current fiscal year.")
    assert (r["period_start"], r["period_end"]) == (dt.date(2025, 7, 1), dt.date(2026, 6, 30))


# --- things counted that a thanked country gives ------------------------------------------------------


def test_things_a_country_is_thanked_for_flow_from_it():
    r = _one("Nepal's foreign minister thanked India for the 150 scholarships offered to Nepali students this year.")
    assert (r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) == ("scholarships", 150.0, "IND", "NPL")
    r = _one("Ghana and China held talks. The Ghanaian minister thanked China for the 35 schools built in rural Ghana.")
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("CHN", "GHA")


def test_people_a_country_is_thanked_for_hosting_keep_their_origin():
    r = _one("Pakistan and Afghanistan held talks. The Afghan envoy thanked Pakistan for hosting 1.4 million Afghan "
             "refugees.")
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("AFG", "PAK")


# --- global totals and amounts that no noun names ---------------------------------------------------------


def test_a_worldwide_total_is_no_bilateral_figure():
    rows = _extract("Vietnam's exports worldwide rose 14 percent to $405 billion, and exports to Japan reached $25 billion.")
    assert [(r["metric"], r["value"]) for r in rows] == [("exports", 2.5e10)]
    rows = _extract("Pakistan and Sri Lanka held talks. Remittances from Pakistani workers around the world reached "
                    "$38 billion in 2025.")
    assert rows == []


def test_a_verb_after_an_amount_is_no_metric():
    for r in _extract("Kenya and the United States held talks. Remittances sent from abroad by Kenyan workers reached "
                      "$4.9 billion in 2025, of which $2.1 billion came from the United States."):
        assert r["metric"] != "came"
    for r in _extract("Ghana and Japan discussed the $300 million earmarked for rural roads in 2025."):
        assert r["metric"] != "earmarked"


# --- a "with" phrase tells of its main clause ------------------------------------------------------------


def test_a_with_phrase_of_a_third_country_is_left_out():
    assert _extract("Serbia and China pledged closer ties. Germany remains Serbia's largest trading partner, "
                    "with trade of 8 billion euros last year.") == []
    assert _extract("Kenya and China held talks in Nairobi. Uganda is Kenya's largest export market in Africa, "
                    "with exports of $1.1 billion in 2025.") == []


def test_a_with_phrase_of_the_pair_is_kept():
    r = _one("Kenya and China held talks in Nairobi. China is Kenya's largest trading partner, with two-way "
             "trade of $8.2 billion in 2025.")
    assert (r["metric"], r["value"]) == ("trade_total", 8.2e9)


# --- people named by citizenship, lenders named by their verb -------------------------------------------------


def test_citizens_and_nationals_are_people():
    r = _one("Pakistan and China reviewed CPEC. About 20,000 Chinese nationals are working on projects in Pakistan.")
    assert (r["metric"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]) == ("people", "people", "CHN", "PAK")
    r = _one("Some 35,000 Kazakh citizens are studying and working in Turkey.")
    assert r["metric"] == "people"


def test_a_rolled_over_loan_flows_from_the_lender():
    r = _one("China rolled over a $2.1bn loan to Pakistan in March.")
    assert (r["metric"], r["from_country_iso3"], r["to_country_iso3"]) == ("loan", "CHN", "PAK")
    r = _one("The UAE has refinanced a $2bn loan to Egypt.")
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("ARE", "EGY")


# --- goods bought, sold and shipped ---------------------------------------------------------------------------


def test_goods_bought_or_sold_worth_an_amount_are_a_trade_flow():
    r = _one("Uganda bought goods worth $1.1 billion from Kenya last year.")
    assert _flow(r) == ("imports", 1.1e9, "USD", "KEN", "UGA")
    r = _one("Kenya sold goods worth $600 million to Tanzania in 2025.")
    assert _flow(r) == ("exports", 6e8, "USD", "KEN", "TZA")
    r = _one("Laos purchased products valued at $800 million from Thailand in 2025.")
    assert _flow(r) == ("imports", 8e8, "USD", "THA", "LAO")


def test_goods_shipped_from_one_country_to_another_are_exports():
    r = _one("The value of goods shipped from Vietnam to Cambodia reached $4 billion in 2025.")
    assert _flow(r) == ("exports", 4e9, "USD", "VNM", "KHM")


def test_a_countrys_foreign_trade_is_its_total_not_a_bilateral_figure():
    rows = _extract("China and Kazakhstan vowed to expand trade. China's total foreign trade rose 5 percent to "
                    "43.8 trillion yuan last year.")
    assert rows == []
    assert _extract("Turkey and Iraq held talks. Turkey's foreign trade volume rose 3 percent to $620 billion "
                    "in 2025.") == []
    r = _one("Kazakhstan's foreign trade with China reached $44 billion in 2025.")
    assert (r["metric"], r["value"]) == ("trade_total", 4.4e10)


def test_total_investment_inflows_of_one_country_are_no_bilateral_figure():
    assert _extract("Mongolia and China held talks. Mongolia's total FDI inflows reached $2.4 billion in 2025.") == []
    rows = _extract("Egypt's total foreign direct investment rose to $46 billion in 2025, while Chinese investment "
                    "in Egypt reached $8 billion.")
    assert [(r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [(8e9, "CHN", "EGY")]
    r = _one("Total investment in Pakistan by Chinese firms reached $25 billion.")
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("CHN", "PAK")


def test_foreign_trade_between_two_countries_or_in_a_name_is_kept():
    r = _one("According to the Ministry of Foreign Trade, Peruvian-Chilean border trade rose 4% to $1.2 billion in 2025.")
    assert (r["metric"], r["value"]) == ("trade_total", 1.2e9)
    r = _one("Foreign trade turnover between Kyrgyzstan and Turkey reached USD 892 million in 2025.")
    assert (r["metric"], r["value"]) == ("trade_total", 8.92e8)


# --- money earned or spent on a flow named after the figure -------------------------------------------------


def test_money_earned_from_exports_or_spent_on_imports_has_a_direction():
    r = _one("Vietnam earned $4 billion from exports to Cambodia in 2025.")
    assert _flow(r) == ("exports", 4e9, "USD", "VNM", "KHM")
    r = _one("Ethiopia and Djibouti held talks. Ethiopia earned $90 million from electricity sales to Djibouti in 2025.")
    assert _flow(r) == ("exports", 9e7, "USD", "ETH", "DJI")
    r = _one("Egypt spent $2.1 billion on imports from Brazil last year.")
    assert _flow(r) == ("imports", 2.1e9, "USD", "BRA", "EGY")
