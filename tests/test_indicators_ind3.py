"""Indicator rules for unseen news (session 3): own sentences, other countries than the dev sets."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.countries import find_countries
from pipeline.extract.indicators import SentenceInfo, find_indicators
from pipeline.extract.numbers import find_measured

Y23 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")


def _rows(text, dates=(), dyad=()) -> list[dict]:
    """dates: (surface, start, end, precision[, qualifier])."""
    ds = []
    for surface, d0, d1, prec, *qual in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), d0, d1, prec, qual[0] if qual else None))
    info = SentenceInfo(countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)], dates=ds,
                        currency_countries=tuple(dyad), dyad=tuple(dyad))
    return find_indicators(text, info)[0]


def _flow(r) -> tuple:
    return r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]


# --- pounds -----------------------------------------------------------------------------------------


def test_pounds_are_sterling_in_a_british_article_and_the_conversion_is_the_same_figure():
    text = "Trade between Britain and Ghana came to 2.3 billion pounds ($2.9 billion) in 2023."
    rows = _rows(text, dates=[("2023", *Y23)], dyad=("GBR", "GHA"))
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("trade_total", 2.3e9, "GBP")]


def test_pounds_follow_the_documents_countries():
    [q] = find_measured("worth 600 million pounds", ("EGY", "SDN"))
    assert (q.value, q.unit) == (6e8, "EGP")
    [q] = find_measured("worth 600 million pounds", ("KEN", "GBR"))
    assert q.unit == "GBP"


def test_a_pound_of_weight_is_no_money():
    assert find_measured("Police seized 300 pounds of cannabis and a 250-pound bomb.") == []


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["million", "billion"]))
def test_pounds_round_trip(n, scale):
    [q] = find_measured(f"exports of {n} {scale} pounds", ("GBR",))
    assert q.unit == "GBP" and q.value == n * (1e6 if scale == "million" else 1e9)


def test_exports_and_imports_in_pounds_get_their_direction():
    text = "British exports to Kenya were worth 1.9 billion pounds, while imports from Kenya came to 0.8 billion pounds."
    rows = _rows(text, dyad=("GBR", "KEN"))
    assert [_flow(r) for r in rows] == [("exports", 1.9e9, "GBP", "GBR", "KEN"), ("imports", 8e8, "GBP", "KEN", "GBR")]


# --- metric naming ------------------------------------------------------------------------------------


def test_a_clause_of_cause_after_the_figure_does_not_name_its_metric():
    text = "In 2023 bilateral trade fell 4 percent to $3.1 billion as Ghana curbed imports of fuel."
    [r] = _rows(text, dates=[("2023", *Y23)], dyad=("GHA", "CHN"))
    assert (r["metric"], r["value"], r["change_pct"]) == ("trade_total", 3.1e9, -4.0)


def test_electricity_supplied_to_the_grid_is_generated_not_exported():
    text = "The Kribi hydropower station supplied 1.2 billion kWh of electricity to the national grid in 2023."
    [r] = _rows(text, dates=[("2023", *Y23)])
    assert (r["metric"], r["from_country_iso3"], r["to_country_iso3"]) == ("electricity_generated", None, None)


def test_electricity_supplied_to_a_country_is_still_an_export():
    text = "Laos supplied 1.2 billion kWh of electricity to Thailand in 2023."
    [r] = _rows(text, dates=[("2023", *Y23)], dyad=("LAO", "THA"))
    assert _flow(r) == ("exports", 1.2e9, "kWh", "LAO", "THA")


def test_a_length_used_as_an_adjective_names_the_thing_it_measures():
    rows = _rows("The 1,100-kilometre oil pipeline will link the two ports.")
    assert [(r["metric"], r["value"]) for r in rows] == [("pipeline_length", 1100.0)]
    rows = _rows("Work began on a 430-km electrified railway between the capitals.")
    assert [(r["metric"], r["value"]) for r in rows] == [("railway_length", 430.0)]


def test_a_length_with_long_measures_the_thing_before_it():
    rows = _rows("The new rail link, financed by Hungary, is 152 km long.")
    assert [(r["metric"], r["value"]) for r in rows] == [("railway_length", 152.0)]


def test_built_kilometres_of_roads_stay_highways_built():
    [r] = _rows("Turkish contractors have built 640 kilometres of roads in Algeria.")
    assert r["metric"] == "highways_built"


# --- forecasts ----------------------------------------------------------------------------------------


def test_an_expected_figure_is_a_forecast_not_an_indicator():
    assert _rows("Economists expect two-way trade for the whole year to exceed $9 billion.") == []
    assert _rows("Bilateral trade could reach $5 billion if the tariff cuts hold.") == []


def test_a_reported_figure_next_to_a_forecast_stays():
    text = "Trade stood at $4.4 billion in 2023, and officials expect it to top $5 billion."
    rows = _rows(text, dates=[("2023", *Y23)])
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 4.4e9)]


# --- earlier values and directions ----------------------------------------------------------------------


def test_an_earlier_stock_after_up_from_keeps_the_metric_and_direction():
    text = ("The stock of Turkish direct investment in Ethiopia stood at $2.5 billion as of the end of 2023, "
            "according to the central bank, up from $1.4 billion at the end of 2019.")
    dates = [("the end of 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", "as_of"),
             ("the end of 2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year", "as_of")]
    rows = _rows(text, dates=dates, dyad=("TUR", "ETH"))
    assert [_flow(r) for r in rows] == [("direct_investment", 2.5e9, "USD", "TUR", "ETH"),
                                        ("direct_investment", 1.4e9, "USD", "TUR", "ETH")]
    assert rows[1]["period"][0] == dt.date(2019, 12, 1)  # (a point: "at the end of 2019" is its December)


def test_workers_of_one_nationality_employed_by_foreign_invested_firms():
    text = "Korean-invested factories employ about 30,000 Vietnamese workers, the embassy said."
    [r] = _rows(text, dyad=("KOR", "VNM"))
    assert _flow(r) == ("jobs_created", 30000.0, "jobs", "KOR", "VNM")


def test_a_cable_length_is_a_transmission_line():
    rows = _rows("The 500 MW interconnector includes an undersea cable of about 160 km between the two coasts.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("power_capacity", 500.0, "MW"), ("transmission_lines", 160.0, "km")]


def test_investments_of_firms_operating_in_the_other_country_flow_there():
    text = ("Some 300 Emirati firms operate in Jordan, with total investments of about $4 billion, "
            "the ministry said.")
    rows = [r for r in _rows(text, dyad=("ARE", "JOR")) if r["unit"] == "USD"]
    assert [_flow(r) for r in rows] == [("direct_investment", 4e9, "USD", "ARE", "JOR")]


def test_a_year_qualified_by_an_adjective_is_the_period():
    text = "Exports recovered after a difficult 2023, when trade with Peru fell 8 percent to $1.9 billion."
    [r] = _rows(text, dyad=("CHL", "PER"))
    assert (r["metric"], r["value"], r["change_pct"], r["period"]) == ("trade_total", 1.9e9, -8.0, Y23)


def test_a_year_in_calendar_is_a_date():
    """(pipeline.extract.dates: "calendar" before a year, added for indicator periods)"""
    import polars as pl

    from pipeline.extract.dates import extract_dates
    from pipeline.model import DOCUMENTS, SENTENCES

    text = "Trade reached $5 billion in calendar 2023, officials said."
    doc = pl.DataFrame([{"doc_id": "d", "source_path": "d.txt", "title": None, "url": None, "publisher": None,
                         "published_date": None, "reference_date": dt.date(2024, 6, 1), "reference_precision": "day",
                         "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    sents = pl.DataFrame([{"doc_id": "d", "sentence_id": 0, "char_start": 0, "char_end": len(text), "text": text,
                           "is_boilerplate": False}], schema=SENTENCES)
    d = extract_dates(sents, doc)
    assert d.filter(pl.col("surface").str.contains("2023"))["date_start"].to_list() == [dt.date(2023, 1, 1)]


# --- more naming, direction and non-bilateral rules ------------------------------------------------------


def test_reinvested_earnings_are_direct_investment():
    [r] = _rows("Korean firms reinvested a further $700 million in Uzbekistan in 2023.",
                dates=[("2023", *Y23)], dyad=("KOR", "UZB"))
    assert _flow(r) == ("direct_investment", 7e8, "USD", "KOR", "UZB")


def test_the_owner_of_a_named_loan_programme():
    [r] = _rows("France's Development Agency loans to Senegal totalled 310 million euros in 2023.",
                dates=[("2023", *Y23)], dyad=("FRA", "SEN"))
    assert _flow(r) == ("loan", 3.1e8, "EUR", "FRA", "SEN")


def test_workers_counted_are_workers_even_when_they_live_somewhere():
    [r] = _rows("About 75,000 Filipino workers live in Kuwait.", dyad=("PHL", "KWT"))
    assert (r["metric"], r["value"], r["unit"]) == ("workers", 75000.0, "people")


def test_a_deal_to_supply_is_a_commitment_not_a_flow():
    assert _rows("The two sides signed a deal for Ukraine to supply 300,000 tonnes of maize.", dyad=("UKR", "EGY")) == []


def test_exports_to_a_region_or_total_exports_are_not_bilateral():
    text = "Kenya's exports to Uganda rose to $900 million, while its exports to Africa stood at $2.1 billion."
    rows = _rows(text, dyad=("KEN", "UGA"))
    assert [_flow(r) for r in rows] == [("exports", 9e8, "USD", "KEN", "UGA")]
    assert _rows("Ghana's total exports reached $17 billion.", dyad=("GHA", "CHN")) == []


def test_total_trade_is_still_trade():
    [r] = _rows("Total trade amounted to $3.4 billion in 2023.", dates=[("2023", *Y23)], dyad=("GHA", "CHN"))
    assert r["metric"] == "trade_total"


def test_a_part_of_a_figure_after_of_which_keeps_its_measure():
    text = "Chinese loans to Zambia amount to $6 billion, of which $2.5 billion has been disbursed."
    rows = _rows(text, dyad=("CHN", "ZMB"))
    assert [_flow(r) for r in rows] == [("loan", 6e9, "USD", "CHN", "ZMB"), ("loan", 2.5e9, "USD", "CHN", "ZMB")]


def test_fiscal_years_of_more_countries():
    from pipeline.extract.dates_fiscal import fiscal_rule

    assert (fiscal_rule("KWT").start_month, fiscal_rule("KWT").label_by_start) == (4, False)
    assert fiscal_rule("FJI").start_month == 8
    assert fiscal_rule("NGA").start_month == 1  # no row: the calendar year


def test_a_state_fund_of_a_nationality_is_the_investor():
    text = "The Qatari Investment Authority has invested $2 billion in Rwanda."
    rows = _rows(text, dyad=("QAT", "RWA"))
    assert [_flow(r) for r in rows] == [("direct_investment", 2e9, "USD", "QAT", "RWA")]


def test_companies_sharing_an_investment_take_its_direction():
    text = "Turkish investments in the country totalled $6 billion, spread over more than 1,100 companies."
    rows = _rows(text, dyad=("TUR", "ETH"))
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("direct_investment", "TUR", "ETH"), ("companies", "TUR", "ETH")]


def test_all_tourist_arrivals_of_a_country_are_not_bilateral():
    assert _rows("Morocco welcomed 17 million tourists in 2023.", dates=[("2023", *Y23)], dyad=("MAR", "ESP")) == []
    [r] = _rows("Some 2.1 million Spanish tourists visited Morocco in 2023.", dates=[("2023", *Y23)], dyad=("MAR", "ESP"))
    assert _flow(r) == ("tourist_arrivals", 2.1e6, "people", "ESP", "MAR")


def test_remittances_of_workers_hosted_by_a_country_flow_home():
    text = "Qatar is also home to some 400,000 Nepali workers, whose remittances reached $1.1 billion in 2023."
    rows = _rows(text, dates=[("2023", *Y23)], dyad=("QAT", "NPL"))
    assert [_flow(r) for r in rows] == [("workers", 4e5, "people", "NPL", "QAT"),
                                        ("remittances", 1.1e9, "USD", "QAT", "NPL")]


def test_a_part_of_a_counted_group_shares_its_origin_and_host():
    text = "About 90,000 Indonesian nationals live in South Korea, including some 30,000 trainees."
    rows = _rows(text, dyad=("IDN", "KOR"))
    assert [(r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        (9e4, "IDN", "KOR"), (3e4, "IDN", "KOR")]


def test_the_owner_of_an_acronym_programme_loan():
    [r] = _rows("The ministers welcomed a German KfW loan of 200 million euros for the metro.", dyad=("DEU", "EGY"))
    assert (r["metric"], r["from_country_iso3"]) == ("loan", "DEU")


def test_a_loan_for_a_project_in_a_city_of_the_other_country():
    text = "The ministers welcomed a Korean loan of $300 million for the Tashkent metro extension."
    [r] = _rows(text, dyad=("KOR", "UZB"))
    assert _flow(r) == ("loan", 3e8, "USD", "KOR", "UZB")


def test_the_corresponding_period_of_last_year_is_the_same_months_a_year_back():
    text = ("Ghana's exports to India rose 9 percent to $2.3 billion in January-June 2024, compared with "
            "$2.1 billion in the corresponding period of last year.")
    h1 = (dt.date(2024, 1, 1), dt.date(2024, 6, 30), "month")
    rows = _rows(text, dates=[("January-June 2024", *h1), ("last year", *Y23)], dyad=("GHA", "IND"))
    assert [(r["value"], r["period"]) for r in rows] == [
        (2.3e9, h1), (2.1e9, (dt.date(2023, 1, 1), dt.date(2023, 6, 30), "month"))]


def test_a_country_s_population_is_not_bilateral():
    assert _rows("Kenya has a population of 55 million people.", dyad=("KEN", "CHN")) == []


def test_jobs_created_by_an_investment_take_its_direction():
    text = "Turkish investment in Algeria has reached $6 billion, creating some 30,000 jobs."
    rows = _rows(text, dyad=("TUR", "DZA"))
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("direct_investment", "TUR", "DZA"), ("jobs_created", "TUR", "DZA")]


def test_a_number_of_identical_units_multiplies_their_capacity():
    rows = _rows("Two 660 MW units are running, while three more 1,100 MW reactors are under construction.")
    assert [(r["metric"], r["value"]) for r in rows] == [("power_capacity", 1320.0), ("power_capacity", 3300.0)]
    [r] = _rows("The 1,320 MW plant has two units.")
    assert r["value"] == 1320.0


def test_a_headline_eyeing_a_figure_is_a_target():
    assert _rows("Ghana, Morocco eye $2 billion in trade", dyad=("GHA", "MAR")) == []


def test_a_change_word_after_its_percentage():
    [r] = _rows("Two-way trade hit $3.3 billion, a 4.5% increase.")
    assert r["change_pct"] == 4.5
    [r] = _rows("Trade was worth $7 billion last year, 6 percent less than in 2022.")
    assert (r["change_pct"], r["subject"]) == (-6.0, None)
    [r] = _rows("Exports reached $2 billion, or 15 percent of the total.")
    assert r["change_pct"] is None


def test_a_country_buying_electricity_imports_it():
    [r] = _rows("Nepal also buys about 600 megawatts of electricity from India.", dyad=("NPL", "IND"))
    assert _flow(r) == ("power_capacity", 600.0, "MW", "IND", "NPL")


def test_projects_of_an_investor_are_investment_projects():
    text = "Korea is the largest investor in Uzbekistan, with registered capital of $9 billion in 700 projects."
    rows = _rows(text, dyad=("KOR", "UZB"))
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("direct_investment", "KOR", "UZB"), ("investment_projects", "KOR", "UZB")]


def test_a_threshold_crossed_is_not_a_value():
    assert _rows("Ethiopia-China trade crosses $5 billion", dyad=("ETH", "CHN")) == []
    assert _rows("Two-way trade passed the $1 billion mark in 2023.", dates=[("2023", *Y23)]) == []


def test_national_aggregates_are_not_bilateral():
    text = "Kenya's foreign exchange reserves stood at $7.9 billion, while its GDP reached $110 billion."
    assert _rows(text, dyad=("KEN", "CHN")) == []


def test_a_loan_of_an_international_lender_is_not_bilateral_but_a_national_bank_is():
    assert _rows("The IMF approved a $1.2 billion loan to Egypt.", dyad=("EGY", "KEN")) == []
    [r] = _rows("China Development Bank extended a $900 million loan to Ecuador.", dyad=("CHN", "ECU"))
    assert _flow(r) == ("loan", 9e8, "USD", "CHN", "ECU")


def test_investors_putting_money_into_projects_invest():
    [r] = _rows("Emirati investors have put $3 billion into Egypt's logistics sector.", dyad=("ARE", "EGY"))
    assert (r["metric"], r["from_country_iso3"]) == ("direct_investment", "ARE")


def test_an_unsaid_partner_is_taken_from_a_later_flow_of_the_sentence():
    text = "Lao exports across the border came to $900 million, while imports from Thailand were $2.4 billion."
    rows = _rows(text, dyad=("LAO", "THA"))
    assert [_flow(r) for r in rows] == [("exports", 9e8, "USD", "LAO", "THA"), ("imports", 2.4e9, "USD", "THA", "LAO")]


def test_a_country_buying_tonnes_imports_them():
    [r] = _rows("Last year Egypt bought 4 million tonnes of wheat from Russia.", dyad=("EGY", "RUS"))
    assert _flow(r) == ("imports", 4e6, "tonnes", "RUS", "EGY")


def test_a_figure_compared_with_is_the_earlier_value_without_a_change_word():
    text = "Trade with Ghana in the second quarter was $1.4 billion, compared with $1.2 billion a year earlier."
    q2 = (dt.date(2023, 4, 1), dt.date(2023, 6, 30), "month")
    rows = _rows(text, dates=[("the second quarter", *q2)], dyad=("NGA", "GHA"))
    assert [(r["metric"], r["value"], r["period"][0]) for r in rows] == [
        ("trade_total", 1.4e9, dt.date(2023, 4, 1)), ("trade_total", 1.2e9, dt.date(2022, 4, 1))]


def test_up_to_is_a_maximum_not_an_earlier_value():
    rows = _rows("The 4-km rail line will carry up to 10,000 passengers per hour.")
    assert [(r["value"], r["unit"]) for r in rows] == [(4.0, "km")]


def test_what_a_country_would_invest_or_will_supply_is_a_commitment():
    assert _rows("The Saudi Fund said it would invest $1 billion in Kenya.", dyad=("SAU", "KEN")) == []
    assert _rows("Under the deal, Korea will supply four patrol vessels worth $400 million.", dyad=("KOR", "PHL")) == []


def test_people_counted_by_a_plural_demonym_when_a_verb_names_the_measure():
    text = "Korean companies employed 45,000 Vietnamese in 2023, up from 41,000 in 2022."
    rows = _rows(text, dates=[("2023", *Y23), ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")],
                 dyad=("KOR", "VNM"))
    assert [(r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("jobs_created", 45000.0, "KOR", "VNM"), ("jobs_created", 41000.0, "KOR", "VNM")]
    assert _rows("About 30,000 Malaysians commute daily across the bridge.", dyad=("MYS", "SGP")) == []


def test_a_figure_by_a_later_date_than_the_article_is_a_target():
    text = "Officials talk of exporting 800 MW by 2030, after 510 km of roads were built by the end of 2024."
    dates = [("2030", dt.date(2030, 1, 1), dt.date(2030, 12, 31), "year", "as_of"),
             ("the end of 2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year", "as_of")]
    ds = []
    for surface, d0, d1, prec, qual in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), d0, d1, prec, qual))
    info = SentenceInfo(countries=[], dates=ds, reference=dt.date(2025, 3, 3))
    rows = find_indicators(text, info)[0]
    assert [(r["value"], r["unit"]) for r in rows] == [(510.0, "km")]


def test_an_unnamed_national_production_figure_is_not_bilateral():
    assert _rows("Tanzania, a country of 67 million people, produces 300,000 tonnes of cashew nuts a year.",
                 dyad=("TZA", "EGY")) == []


def test_a_deal_worth_and_a_plant_built_under_a_deal():
    text = "They signed a $300 million deal for an Egyptian firm to build a 2,115-megawatt dam."
    rows = _rows(text, dyad=("EGY", "TZA"))
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("deal_value", 3e8, "USD"), ("power_capacity", 2115.0, "MW")]


def test_a_verb_governs_a_further_figure():
    [r] = _rows("Kenya bought a further 300,000 tonnes of maize from Uganda.", dyad=("KEN", "UGA"))
    assert _flow(r) == ("imports", 3e5, "tonnes", "UGA", "KEN")


def test_a_run_of_flow_sentences_keeps_the_direction_of_its_last_named_flow():
    import polars as pl

    from pipeline.extract.countries import country_mentions
    from pipeline.extract.indicators import extract_indicators
    from pipeline.model import DOCUMENTS, SENTENCES

    sentences = ["Zambia exported 900,000 tonnes of maize to Malawi.", "Malawi bought a further 200,000 tonnes.",
                 "Exports of soybeans reached 50,000 tonnes."]
    text = " ".join(sentences)
    doc = pl.DataFrame([{"doc_id": "d", "source_path": "d.txt", "title": None, "url": None, "publisher": None,
                         "published_date": None, "reference_date": dt.date(2024, 6, 1), "reference_precision": "day",
                         "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    rows, pos = [], 0
    for sid, sent in enumerate(sentences):
        rows.append({"doc_id": "d", "sentence_id": sid, "char_start": pos, "char_end": pos + len(sent), "text": sent,
                     "is_boilerplate": False})
        pos += len(sent) + 1
    sents = pl.DataFrame(rows, schema=SENTENCES)
    out = extract_indicators(sents, doc, country_mentions(sents), None)
    assert out.select("metric", "value", "from_country_iso3", "to_country_iso3").rows() == [
        ("exports", 9e5, "ZMB", "MWI"), ("imports", 2e5, "ZMB", "MWI"), ("exports", 5e4, "ZMB", "MWI")]


def test_flows_listed_respectively():
    text = "Ghana's exports to and imports from Togo stood at $400 million and $90 million, respectively."
    rows = _rows(text, dyad=("GHA", "TGO"))
    assert [_flow(r) for r in rows] == [("exports", 4e8, "USD", "GHA", "TGO"), ("imports", 9e7, "USD", "TGO", "GHA")]
    rows = _rows("Chile's exports and imports were $2.6 billion and $1.5 billion respectively.", dyad=("CHL", "PER"))
    assert [_flow(r) for r in rows] == [("exports", 2.6e9, "USD", "CHL", "PER"), ("imports", 1.5e9, "USD", "PER", "CHL")]


def test_a_change_before_reaching_its_figure():
    [r] = _rows("Trade grew by 12.5 per cent year on year, reaching $4.2 billion.")
    assert (r["metric"], r["change_pct"]) == ("trade_total", 12.5)


def test_a_change_after_a_partner_phrase():
    [r] = _rows("Kenya recorded a trade deficit of $3.4 billion with China, a 5 percent decrease.", dyad=("KEN", "CHN"))
    assert (r["metric"], r["change_pct"], r["from_country_iso3"], r["to_country_iso3"]) == ("trade_balance", -5.0, "CHN", "KEN")


def test_the_month_may_is_no_modal():
    [r] = _rows("In May trade hit $640 million, officials said.")
    assert r["value"] == 6.4e8
    assert _rows("Trade may hit $1 billion next year.") == []


def test_projects_due_to_be_completed_are_no_forecast():
    rows = _rows("Some 30 Chinese projects are due to be completed, with investment of $4 billion.", dyad=("CHN", "KEN"))
    assert [(r["metric"], r["value"]) for r in rows if r["unit"] == "USD"] == [("direct_investment", 4e9)]
