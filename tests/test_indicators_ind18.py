"""Indicator rules for unseen news (round 12, ind18): own texts, other countries than the dev sets.

Families: the words after a bracketed conversion are the figure's own ("a $300 million (about KSh39
billion) line of credit" is a loan); a headline's generic "deal" equal to a dated figure of the body
is its copy; "the previous year" of a fiscal-year figure is the fiscal year before it, a bracketed
gloss may close the later value's period ("in FY2025-26 (July-June) compared to ..."), and the
earlier value's own date dates no later figure of the sentence; a period after "in" is no place
when the host of a side's investment is the pair's other country; remittances of "Kenyans in
Qatar" flow from Qatar; a loan or grant a side "will provide / extend" ("a grant of", "a loan
of") is the instrument's amount, its giver a national institution ("the Korean development
agency") or the side named, the receiver the pair's other country; jobs works "are expected to
create" are the project's; a country called "the largest source of" investment owns the figures
of its sentence; electricity "supplied" with no country and no trade word is generation; a measure
used as a modifier ("the 450-megawatt dam") takes no date past the next figure; pipelines laid are
a pipeline length.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract, _flow

_REF = dt.date(2026, 9, 13)


def _rows(text: str) -> list[dict]:
    return _extract(text, ref=_REF)


def _period(r: dict) -> tuple:
    return r["period_start"], r["period_end"]


# --- the after-phrase past a bracketed conversion ----------------------------------------------------


def test_a_loan_named_after_a_bracketed_conversion():
    [r] = _rows("Kenya and Korea on Monday signed a $300 million (about KSh39 billion) line of credit to "
                "finance rural roads. Korea and Kenya are old partners.")
    assert (r["metric"], r["value"], r["unit"]) == ("loan", 3e8, "USD")
    [r] = _rows("Ghana signed a loan agreement with Japan: a ¥20 billion (around US$135 million) concessional "
                "loan for the port of Tema. Japan and Ghana agreed.")
    assert (r["metric"], r["value"], r["unit"]) == ("loan", 2e10, "JPY")


def test_a_conversion_in_brackets_does_not_name_what_follows_a_plain_figure():
    # near miss: no loan word after the bracket, the figure keeps the measure told before it
    [r] = _rows("Ethiopia's exports to Djibouti reached $210 million (about Br12 billion) in 2025.")
    assert (r["metric"], r["from_country_iso3"], r["to_country_iso3"]) == ("exports", "ETH", "DJI")


def test_a_headline_deal_equal_to_the_dated_loan_is_its_copy():
    rows = _rows("Zambia, Korea sign $300m deal for solar plants\n\nLusaka. Zambia and Korea on Tuesday signed a "
                 "$300 million line of credit for solar plants. Korea and Zambia are partners.")
    assert [r["metric"] for r in rows] == ["loan"]


def test_a_headline_deal_of_another_amount_stays():
    rows = _rows("Zambia, Korea sign $250m deal for solar plants\n\nLusaka. Zambia and Korea on Tuesday signed a "
                 "$300 million line of credit for solar plants. Korea and Zambia are partners.")
    assert sorted(r["metric"] for r in rows) == ["deal_value", "loan"]


# --- earlier values of fiscal years; the earlier value's own date ------------------------------------


def test_the_previous_year_of_a_fiscal_year_is_the_fiscal_year_before():
    text = ("Bangladesh and Egypt are trading more. Direct investment from Egypt into Bangladesh was $12.4 million "
            "in FY26, compared with $9.1 million in the previous year. Egypt wants more.")
    rows = _rows(text)
    assert [(r["value"], _period(r)) for r in rows] == [
        (12.4e6, (dt.date(2025, 7, 1), dt.date(2026, 6, 30))),
        (9.1e6, (dt.date(2024, 7, 1), dt.date(2025, 6, 30))),
    ]
    # the narrative's own time ("Last month, ...") does not move it
    rows = _rows("Last month, Egypt's minister visited Dhaka. Direct investment from Egypt into Bangladesh was "
                 "$12.4 million in FY26, against $9.1 million the prior year. Bangladesh and Egypt agreed.")
    assert _period(rows[1]) == (dt.date(2024, 7, 1), dt.date(2025, 6, 30))


def test_a_bracketed_gloss_closes_the_period_of_the_later_value():
    rows = _rows("Bangladesh's exports to Spain grew 8 percent to $2.9 billion in fiscal year 2025-26 (July-June) "
                 "compared to $2.7 billion in the previous fiscal year. Spain and Bangladesh met.")
    assert [(r["metric"], r["value"], _period(r)[0]) for r in rows] == [
        ("exports", 2.9e9, dt.date(2025, 7, 1)),
        ("exports", 2.7e9, dt.date(2024, 7, 1)),
    ]


def test_the_earlier_values_date_dates_no_later_figure():
    rows = _rows("Imports from Spain fell 4 percent to $410 million in FY26 from $427 million in FY25, leaving "
                 "Bangladesh with a trade surplus of $2.5 billion. Spain and Bangladesh met.")
    bal = [r for r in rows if r["metric"] == "trade_balance"]
    assert bal and _period(bal[0])[0] == dt.date(2025, 7, 1)


def test_a_later_figure_with_its_own_date_keeps_it():
    # near miss: the surplus tells its own year
    rows = _rows("Imports from Spain fell to $410 million in FY26 from $427 million in FY25, leaving Bangladesh "
                 "with a trade surplus of $2.5 billion in 2023. Spain and Bangladesh met.")
    bal = [r for r in rows if r["metric"] == "trade_balance"]
    assert bal and _period(bal[0])[0] == dt.date(2023, 1, 1)


# --- investment hosted by the other country of the pair -----------------------------------------------


def test_a_period_after_in_is_no_place():
    rows = _rows("Korea and Ghana held talks. Foreign direct investment from Korea was $54 million in FY2025, "
                 "the ministry said. Ghana and Korea agreed.")
    [r] = [r for r in rows if r["metric"] == "direct_investment"]
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("KOR", "GHA")
    rows = _rows("Korea and Ghana held talks. Korean investment stood at $54 million in March, officials said. "
                 "Ghana and Korea agreed.")
    [r] = [r for r in rows if r["metric"] == "direct_investment"]
    assert r["to_country_iso3"] == "GHA"


def test_a_place_after_in_still_blocks_the_pair_host():
    rows = _rows("Korea and Ghana held talks. Korean investment stood at $54 million in West Africa, officials "
                 "said. Ghana and Korea agreed.")
    [r] = [r for r in rows if r["metric"] == "direct_investment"]
    assert r["to_country_iso3"] is None


def test_a_country_called_the_source_of_investment_owns_its_figures():
    rows = _rows("Kenya and Japan held talks. According to the Kenya Investment Authority, Japan is the "
                 "third-largest source of foreign investment in the country, with 210 projects worth $1.2 billion "
                 "as of March 2026. Japan and Kenya agreed.")
    money = [r for r in rows if r["unit"] == "USD"]
    assert [(r["from_country_iso3"], r["to_country_iso3"]) for r in money] == [("JPN", "KEN")]
    rows = _rows("Japan and Kenya talked. Japan remains a major source of direct investment, which reached "
                 "$1.2 billion at the end of 2025. Kenya and Japan agreed.")
    assert [(r["from_country_iso3"], r["to_country_iso3"]) for r in rows if r["unit"] == "USD"] == [("JPN", "KEN")]


def test_a_source_followed_by_another_country_owns_nothing():
    # near miss: another country is named after the source before the figure
    rows = _rows("Japan and Kenya talked. Japan is the largest source of investment in Uganda, with $800 million "
                 "at the end of 2025. Kenya and Japan agreed.")
    assert all(r["to_country_iso3"] != "KEN" for r in rows)


# --- remittances of a plural demonym ------------------------------------------------------------------


def test_remittances_of_people_named_by_their_demonym_flow_from_where_they_live():
    rows = _rows("Remittances sent home by Kenyans in Qatar reached $410 million in 2025. Qatar and Kenya met.")
    assert [_flow(r) for r in rows] == [("remittances", 4.1e8, "USD", "QAT", "KEN")]
    rows = _rows("Remittances from Nepalis living in Malaysia stood at $1.1 billion last year. Malaysia and Nepal met.")
    assert [_flow(r)[3:] for r in rows] == [("MYS", "NPL")]


def test_remittances_from_a_country_keep_their_direction():
    # near miss: no people named, the country named is the sender
    rows = _rows("Remittances from Qatar amounted to $410 million in 2025. Qatar and Kenya met. Kenya thanked Qatar.")
    assert [_flow(r)[3:] for r in rows] == [("QAT", "KEN")]


# --- loans and grants: undertakings with the instrument named; givers -----------------------------------


def test_a_grant_a_side_will_provide_is_the_grants_amount():
    rows = _rows("Under one of the agreements, Korea will provide a grant of 9 billion won for a health programme. "
                 "Korea and Laos signed five documents. Laos thanked Korea.")
    assert [_flow(r) for r in rows] == [("grant", 9e9, "KRW", "KOR", "LAO")]
    rows = _rows("Japan would extend a concessional loan of ¥15 billion for the metro, the embassy said. Japan and "
                 "Bangladesh signed. Bangladesh thanked Japan.")
    assert [_flow(r) for r in rows] == [("loan", 1.5e10, "JPY", "JPN", "BGD")]


def test_a_side_that_will_provide_money_without_an_instrument_gives_no_figure():
    # near miss: a pledge of money without "a grant / loan of" stays a commitment
    rows = _rows("Korea will provide 9 billion won for a health programme. Korea and Laos signed. Laos thanked Korea.")
    assert rows == []


def test_a_lender_named_by_a_national_institution():
    rows = _rows("The envoy said the Korean International Cooperation Agency would sign a loan agreement of "
                 "$60 million with the finance ministry next month. Korea and Laos are partners. Laos thanked Korea.")
    assert [_flow(r)[3:] for r in rows] == [("KOR", "LAO")]
    rows = _rows("The Export-Import Bank of Korea has approved a $90 million loan for the bridge. Korea and Laos "
                 "are partners. Laos thanked Korea.")
    assert [_flow(r)[3:] for r in rows] == [("KOR", "LAO")]


# --- jobs expected; electricity supplied; an attributive measure; pipelines ------------------------------


def test_jobs_works_are_expected_to_create_are_the_projects():
    rows = _rows("The minister said the works, to be done by Turkish and local firms, are expected to create "
                 "about 4,200 jobs. Turkey and Senegal signed the deal.")
    assert [(r["metric"], r["value"]) for r in rows] == [("jobs_created", 4200)]
    rows = _rows("The Senegalese plant is set to generate 900 jobs, Turkey said.")
    assert [(r["metric"], r["value"]) for r in rows] == [("jobs_created", 900)]


def test_a_target_expected_to_be_reached_stays_a_forecast():
    # near miss: "expected to reach" a trade figure is a forecast
    assert _rows("Trade between Turkey and Senegal is expected to reach $1 billion.") == []


def test_electricity_supplied_without_countries_is_generation():
    rows = _rows("The 450-megawatt Nam Theun plant has supplied about 9 billion kWh of electricity since it opened "
                 "in 2019. Laos and Vietnam met.")
    assert [(r["metric"], _period(r)) for r in rows] == [
        ("power_capacity", (None, None)),
        ("electricity_generated", (None, None)),
    ]


def test_electricity_supplied_to_a_country_stays_exports():
    # near miss: the receiving country is named
    rows = _rows("Laos supplied 2.4 billion kWh of electricity to Vietnam in 2025.")
    assert [_flow(r) for r in rows] == [("exports", 2.4e9, "kWh", "LAO", "VNM")]


def test_an_attributive_measure_keeps_a_date_before_the_next_figure():
    rows = _rows("In 2025 the 300-MW Kaliwa dam produced 1.1 billion kWh. Japan and the Philippines met.")
    assert _period(rows[0])[0] == dt.date(2025, 1, 1)


def test_pipelines_laid_are_a_pipeline_length():
    rows = _rows("The works will lay about 820 kilometres of pipelines and serve 40 towns. Hungary and Serbia signed.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows][:1] == [("pipeline_length", 820, "km")]
    rows = _rows("Serbia has built 95 km of gas pipelines with Hungarian help. Hungary and Serbia signed.")
    assert rows[0]["metric"] == "pipeline_length"


def test_a_grant_announced_without_a_date_is_of_the_year_it_is_announced():
    rows = _rows("Officials said Tokyo will provide a grant of ¥800 million for school buses. Japan and Nepal agreed. "
                 "Nepal thanked Japan.")
    assert [(_flow(r), _period(r)) for r in rows] == [
        (("grant", 8e8, "JPY", "JPN", "NPL"), (dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    ]
    rows = _rows("Japan and Nepal agreed. Japan would also extend a loan worth $40 million to Nepal for roads.")
    assert _period(rows[0]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_a_grant_with_its_own_year_keeps_it_and_a_capital_that_receives_gives_nothing():
    rows = _rows("Japan will provide a grant of ¥800 million in 2027 for school buses. Japan and Nepal agreed.")
    assert _period(rows[0])[0] == dt.date(2027, 1, 1)
    # near miss: the capital is the receiver, the giver is not the subject
    rows = _rows("Officials said Kathmandu will receive a grant of $5 million from Tokyo. Japan and Nepal met.")
    assert all(r["from_country_iso3"] != "NPL" for r in rows)


def test_people_supplied_with_water_or_served_by_a_scheme():
    rows = _rows("The Korean-funded schemes will bring safe drinking water to about 600,000 people in Mwanza. "
                 "Korea and Tanzania signed.")
    assert [r["metric"] for r in rows] == ["people_supplied"]
    rows = _rows("Eleven of the plants are complete and are serving some 900,000 people, Uganda said. Kenya agreed.")
    assert [r["metric"] for r in rows] == ["people_supplied"]


def test_people_serving_in_an_army_are_not_supplied():
    # near miss: "serving" after the figure is the people's own service
    rows = _rows("Some 30,000 people serving in the army of Kenya train with Uganda.")
    assert [r["metric"] for r in rows] != ["people_supplied"]


def test_projects_are_investment_projects_only_in_a_clause_of_investment():
    rows = _rows("Korean firms have invested $3 billion in Peru, and Korean builders have completed 210 projects "
                 "there since 1990. Peru and Korea met.")
    assert [r["metric"] for r in rows if r["unit"] == "count"] == ["projects"]
    rows = _rows("Spanish companies have built 75 projects in Chile; Spain's investment there reached $9 billion in "
                 "2025. Chile and Spain met.")
    assert [r["metric"] for r in rows if r["unit"] == "count"] == ["projects"]
    # near miss: the investment is told in the figure's own clause
    rows = _rows("Korean investment in Peru stood at $3 billion in 2025, with 210 projects. Peru and Korea met.")
    assert [r["metric"] for r in rows if r["unit"] == "count"] == ["investment_projects"]


# --- debt swaps; a thing a project will build with its article -------------------------------------------


def test_a_debt_swap_is_no_currency_swap():
    rows = _rows("Under the 2019 debt-for-nature swap agreement, Germany has converted €52 million of Kenya's debt "
                 "into forest projects. Kenya and Germany met.")
    assert [_flow(r) for r in rows] == [("debt_swap", 5.2e7, "EUR", "DEU", "KEN")]
    rows = _rows("France and Egypt signed a €30 million debt conversion programme for schools.")
    assert [r["metric"] for r in rows] == ["debt_swap"]


def test_a_currency_swap_stays_one():
    # near miss: no debt is swapped
    rows = _rows("Under the swap agreement signed in 2024, Qatar and Turkey can exchange $15 billion.")
    assert [r["metric"] for r in rows] != ["debt_swap"]
    assert [r["metric"] for r in _rows("Qatar and Oman renewed a $1 billion currency swap.")] == ["currency_swap"]


def test_what_a_firm_will_build_with_an_article_is_the_projects_size():
    rows = _rows("Officials noted that a Turkish firm will build a 300 MW wind farm in Ghana.")
    assert [(r["metric"], r["value"]) for r in rows] == [("power_capacity", 300)]
    rows = _rows("Chinese contractors are to construct the 85-km expressway in Serbia, Belgrade said.")
    assert [(r["metric"], r["value"]) for r in rows] == [("highway_length", 85)]


def test_a_capacity_that_is_only_hoped_for_stays_out():
    # near miss: a hope, no keep verb
    assert _rows("Ghana hopes to reach 300 MW of wind power with Turkish help by 2030.") == []


def test_a_capital_that_pledged_a_grant_is_its_giver():
    rows = _rows("Seoul has also pledged a grant of $12 million for the hospital, the minister said. Korea and Laos met.")
    assert [_flow(r)[3:] for r in rows] == [("KOR", "LAO")]


def test_a_measure_with_a_second_figure_in_its_own_noun_phrase_keeps_the_clause_date():
    # no verb between the two figures: the capacity is part of the subject, and the subject was
    # completed in the year told after both
    rows = _rows("A 640-kilometre transmission line with a capacity of 3,000 megawatts was completed in 2023. "
                 "Laos and Thailand met.")
    assert [(r["metric"], _period(r)[0]) for r in rows] == [
        ("transmission_lines", dt.date(2023, 1, 1)), ("power_capacity", dt.date(2023, 1, 1))]
    rows = _rows("The 210-km pipeline, with capacity of 5 million tonnes a year, opened last year. "
                 "Kazakhstan and Uzbekistan met.")
    assert rows and _period(rows[0])[0] is not None
