"""Indicator rules for unseen news (session 5): own sentences, other countries than the dev sets.

Families: the metric of financial instruments and trade kinds (swaps, Treasury bills, funds,
pledges, transit trade, trade in services), lengths named by the thing measured, people of
several kinds, the direction of jobs, capacity, people and support, and the period of a figure
whose earlier value carries its own date, or that is told "during the same period".
"""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.indicators import extract_indicators
from pipeline.model import DOCUMENTS
from pipeline.segment import segment


def _extract(text: str, ref: dt.date = dt.date(2026, 5, 4)) -> list[dict]:
    """Indicator rows of one document through the real segmenter, country and date finders."""
    doc = pl.DataFrame([{"doc_id": "d", "source_path": "d.txt", "title": None, "url": None, "publisher": None,
                         "published_date": ref, "reference_date": ref, "reference_precision": "day",
                         "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    sents = segment(doc)
    rows = extract_indicators(sents, doc, country_mentions(sents), extract_dates(sents, doc)).to_dicts()
    for r in rows:
        r["surface"] = text[r["char_start"]:r["char_end"]]
    return rows


def _flow(r: dict) -> tuple:
    return r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]


def _one(text: str, **kw) -> dict:
    rows = _extract(text, **kw)
    assert len(rows) == 1, rows
    return rows[0]


# --- metrics: instruments and kinds of trade ----------------------------------------------------------


def test_a_currency_swap_is_named_before_or_after_its_size():
    r = _one("Ghana and Nigeria signed a currency swap agreement of NGN 500 billion last year.")
    assert (r["metric"], r["value"], r["unit"]) == ("currency_swap", 5e11, "NGN")
    r = _one("The central banks of Turkey and Qatar renewed their swap line, worth 18 billion lira, in May.")
    assert r["metric"] == "currency_swap"
    r = _one("Argentina and Brazil extended a $2 billion currency swap in March.")
    assert r["metric"] == "currency_swap"


def test_treasury_bills_are_no_swap_even_when_one_follows():
    rows = _extract("Sri Lanka thanked Japan for the rollover of $40 million in Japanese Treasury Bills "
                    "and for the currency swap facility of JPY 20 billion.")
    assert [(r["metric"], r["unit"]) for r in rows] == [("treasury_bills", "USD"), ("currency_swap", "JPY")]


def test_thanked_country_gives_the_support_to_the_other_country():
    rows = _extract("Sri Lanka thanked Japan for the rollover of $40 million in Japanese Treasury Bills "
                    "and for the currency swap facility of JPY 20 billion.")
    assert [(r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [("JPN", "LKA"), ("JPN", "LKA")]
    r = _one("Prime Minister Khan expressed gratitude to Turkey for the swap arrangement of 5 billion lira "
             "with Pakistan.")
    assert _flow(r)[3:] == ("TUR", "PAK")


def test_a_pledge_to_invest_is_investment_pledged_with_the_pledger_as_origin():
    r = _one("The UAE's sovereign wealth fund had pledged in 2023 to invest $10bn in Egypt.")
    assert _flow(r) == ("investment_pledged", 1e10, "USD", "ARE", "EGY")
    r = _one("Japanese investors promised to invest $500 million in Kenya's geothermal plants.")
    assert _flow(r) == ("investment_pledged", 5e8, "USD", "JPN", "KEN")


def test_an_investment_fund_is_no_direct_investment():
    r = _one("Kyrgyzstan proposed a joint investment fund for border districts with Kazakhstan, "
             "with an initial capital of $20 million.")
    assert r["metric"] == "investment_fund"
    r = _one("Oman and India set up a $300 million infrastructure fund.")
    assert r["metric"] == "investment_fund"


def test_development_partnership_projects_are_development_assistance():
    r = _one("Japan's development partnership projects in Laos are valued at over US$ 2.1 billion.")
    assert _flow(r) == ("development_assistance", 2.1e9, "USD", "JPN", "LAO")
    r = _one("India's development cooperation portfolio in Nepal is worth over $1.8 billion.")
    assert _flow(r) == ("development_assistance", 1.8e9, "USD", "IND", "NPL")


def test_transit_trade_runs_from_its_owner_through_the_neighbour():
    r = _one("Nepali transit trade through India amounted to $6.1bn in 2025.")
    assert _flow(r) == ("transit_trade", 6.1e9, "USD", "NPL", "IND")
    r = _one("Uzbek transit trade via Afghanistan reached $900 million in 2024.")
    assert _flow(r) == ("transit_trade", 9e8, "USD", "UZB", "AFG")


def test_trade_in_services_is_no_total_trade():
    r = _one("Trade in services between Norway and Denmark was about NOK 40 billion in 2025.")
    assert r["metric"] == "trade_services"
    r = _one("Services trade between Chile and Peru came to $3.2 billion last year.")
    assert r["metric"] == "trade_services"


# --- metrics: counts and lengths -----------------------------------------------------------------------


def test_enterprises_are_counted_as_companies():
    r = _one("The Kenya-China industrial park now hosts 146 enterprises from a dozen countries.")
    assert (r["metric"], r["value"], r["unit"]) == ("companies", 146.0, "count")
    r = _one("Some 900 Turkish companies operate in Algeria.")
    assert _flow(r) == ("companies", 900.0, "count", "TUR", "DZA")


def test_residents_of_one_nationality_are_people():
    r = _one("Roughly 80,000 Danish citizens live in Norway.")
    assert _flow(r) == ("people", 8e4, "people", "DNK", "NOR")
    r = _one("About 2,000 Chilean nationals residing in Peru registered to vote.")
    assert _flow(r) == ("people", 2e3, "people", "CHL", "PER")


def test_people_of_several_kinds_are_people():
    r = _one("Roughly 90,000 Turkish Cypriot students and tourists visit Turkey each year.")
    assert _flow(r) == ("people", 9e4, "people", "CYP", "TUR")  # (the last nationality word is the head)
    r = _one("About 5,000 Bangladeshi workers and their families live in Kuwait.")
    assert _flow(r) == ("people", 5e3, "people", "BGD", "KWT")
    r = _one("More than 3,000 Nepali students study in India.")
    assert r["metric"] == "students"  # one kind


def test_people_of_one_country_of_the_pair_without_a_host_are_in_the_other():
    text = ("Canada and Chile signed two agreements in Santiago. Minister Dupont arrived with a delegation "
            "of 35 Canadian companies.")
    rows = _extract(text)
    assert [_flow(r) for r in rows] == [("companies", 35.0, "count", "CAN", "CHL")]


def test_lengths_are_named_by_the_thing_measured():
    rows = _extract("The 187-kilometre Nairobi-Mombasa Expressway was built by China for Kenya.")
    assert [r["metric"] for r in rows] == ["highway_length"]
    rows = _extract("Japan financed the 4.2 km Dhaka bridge and causeway in Bangladesh.")
    assert [r["metric"] for r in rows] == ["bridge_length"]
    rows = _extract("China rebuilt the 42-km road between Kashgar and the Pakistan border crossing.")
    assert [r["metric"] for r in rows] == ["road_length"]


# --- directions ------------------------------------------------------------------------------------------


def test_local_jobs_of_foreign_funded_projects_are_in_the_host_country():
    text = "Turkey and Somalia held talks. Turkish-funded projects have created about 12,000 local jobs."
    [r] = _extract(text)
    assert _flow(r) == ("jobs_created", 12000.0, "jobs", "TUR", "SOM")
    text = "Korea and Vietnam held talks. Korean-invested factories have created 700,000 local jobs, Hanoi said."
    [r] = _extract(text)
    assert _flow(r)[3:] == ("KOR", "VNM")


def test_jobs_created_in_one_country_of_the_pair_come_from_the_other():
    text = ("India and Oman signed two MoUs. The India-Oman joint zone hosts 60 enterprises that have "
            "created more than 4,000 local jobs in Oman.")
    rows = _extract(text)
    assert [_flow(r) for r in rows if r["metric"] == "jobs_created"] == [("jobs_created", 4000.0, "jobs", "IND", "OMN")]


def test_a_supply_to_a_region_of_the_partner_country():
    text = "Ethiopia and Kenya held talks. The Ethiopia-Kenya line supplies about 200 megawatts to northern Kenya."
    [r] = _extract(text)
    assert _flow(r) == ("power_capacity", 200.0, "MW", "ETH", "KEN")
    [r] = _extract("Laos sells 500 MW to north-eastern Thailand every year.")
    assert _flow(r)[3:] == ("LAO", "THA")


def test_country_names_with_a_compass_word_are_no_region():
    [r] = _extract("Zambia's exports to South Africa rose 4% to $1.2 billion in 2025.")
    assert _flow(r)[3:] == ("ZMB", "ZAF")
    [r] = _extract("Serbia's imports from North Macedonia reached $400 million in 2025.")
    assert _flow(r)[3:] == ("MKD", "SRB")


# --- periods -----------------------------------------------------------------------------------------------


def test_a_date_after_the_earlier_value_is_its_own():
    rows = _extract("As of the end of 2025, Japan's cumulative direct investment in Vietnam stood at $71 billion, "
                    "up from $64 billion at the end of 2023.")
    assert [(r["value"], r["period_start"]) for r in rows] == [(71e9, dt.date(2025, 12, 1)), (64e9, dt.date(2023, 12, 1))]
    rows = _extract("By the end of June 2025, Korean investment in Uzbekistan reached $9 billion, compared with "
                    "$7 billion in June 2022.")
    assert [(r["value"], r["period_start"]) for r in rows] == [(9e9, dt.date(2025, 6, 1)), (7e9, dt.date(2022, 6, 1))]


@settings(max_examples=8, deadline=None)
@given(st.integers(min_value=2012, max_value=2025), st.integers(min_value=2, max_value=9))
def test_earlier_value_dates_round_trip(year, gap):
    rows = _extract(f"As of the end of {year}, Chinese investment in Peru stood at $30 billion, up from $20 billion "
                    f"at the end of {year - gap}.")
    assert [r["period_start"] for r in rows] == [dt.date(year, 12, 1), dt.date(year - gap, 12, 1)]


def test_during_the_same_period_takes_the_period_told_before():
    text = ("Trade between Bangladesh and Saudi Arabia stood at $3.1 billion in 2025, up 4 percent.\n\n"
            "Workers' remittances from Saudi Arabia amounted to $4.4bn during the same period, the central bank said.")
    rows = _extract(text)
    assert [(r["metric"], r["period_start"], r["period_precision"]) for r in rows] == [
        ("trade_total", dt.date(2025, 1, 1), "year"), ("remittances", dt.date(2025, 1, 1), "year")]
    text = ("Kenya's exports to Uganda reached $900 million in the first half of 2025.\n\n"
            "Over the same period, Kenyan investment in Uganda totalled $120 million.")
    rows = _extract(text)
    assert [r["period_start"] for r in rows] == [dt.date(2025, 1, 1), dt.date(2025, 1, 1)]


def test_the_same_period_of_an_earlier_year_is_a_comparison_not_a_carry():
    text = ("Trade between Chile and Peru stood at $3 billion in 2025.\n\n"
            "Chilean investment in Peru rose 5 percent to $2 billion over the same period last year.")
    rows = _extract(text)
    assert rows[-1]["metric"] == "direct_investment" and rows[-1]["period_start"] is None


# --- not indicators: money no word names, lenders that are no country, counts told of ------------------


def test_money_that_no_word_names_is_no_indicator():
    text = "Kenya and Japan held talks. Kenya received 90,000 Japanese tourists in 2024, who spent $300 million."
    assert [r["metric"] for r in _extract(text)] == ["tourist_arrivals"]
    text = "Egypt and India held talks. The new terminal, valued at $450 million, opened in Cairo."
    assert _extract(text) == []


def test_money_of_an_international_lender_is_no_bilateral_figure():
    assert _extract("Kenya and China held talks. Kenya received $3 billion from the IMF under a loan programme.") == []
    rows = _extract("Ghana obtained a $750 million loan from the World Bank, while China lent Ghana $2 billion.")
    assert [_flow(r) for r in rows] == [("loan", 2e9, "USD", "CHN", "GHA")]


def test_a_few_things_told_of_by_the_article_are_no_count():
    text = "Kenya and China held talks. The two companies signed a deal. Three Chinese companies won contracts in Kenya."
    assert [(r["value"], r["from_country_iso3"]) for r in _extract(text)] == [(3.0, "CHN")]
    assert _extract("Oman and Iran held talks. Both sessions were chaired by the ministers.") == []


def test_official_development_assistance_runs_from_the_donor():
    r = _one("Japanese ODA to Bangladesh has totalled about $28 billion since 1972.")
    assert _flow(r) == ("development_assistance", 28e9, "USD", "JPN", "BGD")
    r = _one("Korea's official development assistance to Laos reached $95 million in 2024.")
    assert _flow(r) == ("development_assistance", 9.5e7, "USD", "KOR", "LAO")


def test_trainees_go_from_the_training_country_to_their_own():
    text = "Vietnam and Japan held talks. Japan has trained more than 3,000 Vietnamese officials since 2000."
    assert [_flow(r)[3:] for r in _extract(text)] == [("JPN", "VNM")]
    text = "China and Laos held talks. China has trained 1,200 Lao technicians."
    assert [_flow(r)[3:] for r in _extract(text)] == [("CHN", "LAO")]


def test_money_of_investment_projects_is_their_investment():
    text = "Korean investors have 9,800 valid projects in Vietnam worth a total of $87 billion as of June 2025."
    rows = _extract(text)
    assert [r["metric"] for r in rows] == ["investment_projects", "direct_investment"]
    assert rows[1]["value"] == 87e9


def test_firms_and_businesses_are_companies():
    r = _one("Pakistan and Turkey held talks. More than 100 Turkish firms operate in Pakistan.")
    assert _flow(r) == ("companies", 100.0, "count", "TUR", "PAK")
    r = _one("Some 2,300 German businesses are active in Poland.")
    assert _flow(r) == ("companies", 2300.0, "count", "DEU", "POL")


# --- third countries, potentials and offers, flows told with "from ... to" --------------------------------


def test_figures_with_a_country_outside_the_pair_are_left_out():
    text = ("China and Kenya vowed to expand cooperation. China-Kenya trade hit $8.5 billion in 2023.\n\n"
            "Kenya's exports to Uganda reached $1.1 billion last year. Tanzania's trade with China reached $8 billion. "
            "Chinese investment in Ethiopia stood at $4 billion. Kenya's exports to China, Uganda's largest "
            "trading partner, rose 5% to $300 million in 2023.")
    assert [(r["metric"], r["value"]) for r in _extract(text)] == [("trade_total", 8.5e9), ("exports", 3e8)]
    text = ("Brazil and Chile signed two agreements. Brazil's trade with Argentina fell to $28 billion in 2025, "
            "while Chilean exports to Brazil rose 3% to $7.2 billion.")
    assert [_flow(r) for r in _extract(text)] == [("exports", 7.2e9, "USD", "CHL", "BRA")]


def test_potentials_offers_and_readiness_are_no_figures():
    text = ("Pakistan and Iran held talks. Trade potential between the two countries is estimated at $5 billion. "
            "Bilateral trade has the potential to touch $8 billion. Iran offered to export 3,000 MW of electricity "
            "to Pakistan. Iran is ready to supply 1,000 MW to Gwadar. Bilateral trade stood at $2.3 billion in 2023.")
    assert [(r["metric"], r["value"]) for r in _extract(text)] == [("trade_total", 2.3e9)]
    text = "Laos and Vietnam held talks. Laos is prepared to export 500 MW to Vietnam, and has an untapped potential of $2 billion."
    assert _extract(text) == []


def test_a_traded_measure_from_one_country_to_the_other_is_an_export():
    rows = _extract("Norway and Denmark met in Oslo. The Skagerrak link carried 6.2 TWh of electricity "
                    "from Norway to Denmark in 2025.")
    assert [_flow(r) for r in rows] == [("exports", 6.2e9, "kWh", "NOR", "DNK")]
    rows = _extract("Kazakhstan and China met in Astana. Freight trains moved 2.1 million tonnes of grain "
                    "from Kazakhstan to China in 2025.")
    assert [_flow(r) for r in rows] == [("exports", 2.1e6, "tonnes", "KAZ", "CHN")]


def test_a_figure_below_its_potential_is_still_a_figure():
    text = ('Chad and Niger held talks. The minister said bilateral trade remained "far below its potential" '
            "at about $80 million a year.")
    assert [(r["metric"], r["value"]) for r in _extract(text)] == [("trade_total", 8e7)]


def test_shipments_of_a_product_and_a_change_told_with_its_period():
    text = ("In the first half of 2025, Kenya exported 52,000 tonnes of tea to Egypt. Egypt's shipments of "
            "citrus to Kenya fell 8.5% in the half, to 12,300 tonnes.")
    rows = _extract(text)
    assert [_flow(r) + (r["change_pct"],) for r in rows][1] == ("exports", 12300.0, "tonnes", "EGY", "KEN", -8.5)
    [r] = _extract("Peru and Chile held talks. Peru's exports to Chile rose 6% in 2024 to $2.2 billion.")
    assert (r["change_pct"], r["period_start"]) == (6.0, dt.date(2024, 1, 1))


def test_a_grant_of_one_country_of_the_pair_naming_no_receiver_goes_to_the_other():
    text = "India and Bangladesh signed seven MoUs. India has extended grant assistance of Rs 1,500 crore for 65 community projects."
    # (round 13: "grant assistance" is a grant, no longer aid)
    assert [_flow(r)[3:] for r in _extract(text) if r["metric"] == "grant"] == [("IND", "BGD")]
    text = "Japan and Laos held talks. Japan provided $40 million in grants for rural schools last year."
    assert [_flow(r)[3:] for r in _extract(text)] == [("JPN", "LAO")]


def test_a_capacity_supplied_from_one_country_to_the_other():
    text = "India and Nepal held talks. The leaders welcomed the supply of 1,160 MW of power from India to Nepal."
    assert [_flow(r) for r in _extract(text)] == [("power_capacity", 1160.0, "MW", "IND", "NPL")]
    text = "Laos and Thailand held talks. Some 700 MW of hydropower flows from Laos to Thailand."
    assert [_flow(r)[3:] for r in _extract(text)] == [("LAO", "THA")]


def test_thanks_give_no_direction_to_trade():
    text = "Kenya and China held talks. Ruto thanked China for its support, noting that trade reached $5 billion in 2025."
    assert [_flow(r) for r in _extract(text)] == [("trade_total", 5e9, "USD", None, None)]


def test_refugees_and_expatriates_are_people_of_their_country_in_the_host():
    r = _one("Around 800,000 registered Syrian refugees live in Jordan.")
    assert _flow(r) == ("people", 8e5, "people", "SYR", "JOR")
    r = _one("Some 200,000 Indian expatriates work in Oman.")
    assert _flow(r) == ("people", 2e5, "people", "IND", "OMN")


def test_jobs_of_workers_of_one_country_are_given_by_the_other():
    text = "Egypt and China held talks. The embassy said the projects employ about 52,000 Egyptians in total."
    assert [_flow(r)[3:] for r in _extract(text)] == [("CHN", "EGY")]


def test_hypothetical_figures_after_would_or_could_are_no_figures():
    assert _extract("China and Kenya held talks. The park would employ 10,000 Kenyans once completed.") == []
    assert _extract("India and Nepal held talks. The line could carry 2,000 MW of power.") == []
