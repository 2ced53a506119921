"""Indicator rules added for unseen articles (own sentences, other countries than the dev sets)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions, find_countries
from pipeline.extract.indicator_values import _step
from pipeline.extract.indicators import SentenceInfo, extract_indicators, find_indicators
from pipeline.extract.numbers import find_measured
from pipeline.model import DOCUMENTS, SENTENCES


def _rows(text, dates=(), dyad=()) -> list[dict]:
    """dates: (surface, start, end, precision)."""
    ds = []
    for surface, d0, d1, prec in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), d0, d1, prec, None))
    info = SentenceInfo(countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)], dates=ds,
                        currency_countries=tuple(dyad), dyad=tuple(dyad))
    return find_indicators(text, info)[0]


def _flow(r) -> tuple:
    return r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]


def test_imports_from_the_gulf_country_come_from_the_other_country():
    text = "Kenya's exports to Oman stood at $1.2 billion, while imports from the Gulf country were worth $2.5 billion."
    rows = _rows(text, dyad=("KEN", "OMN"))
    assert [_flow(r) for r in rows] == [("exports", 1.2e9, "USD", "KEN", "OMN"), ("imports", 2.5e9, "USD", "OMN", "KEN")]


def test_a_country_named_as_the_source_of_investment_is_its_origin():
    text = "Qatar was the second-largest source of foreign direct investment into Kenya, with inflows of $1.1 billion."
    [r] = _rows(text, dyad=("QAT", "KEN"))
    assert _flow(r) == ("direct_investment", 1.1e9, "USD", "QAT", "KEN")


def test_registered_capital_of_a_nationality_s_enterprises_in_the_country():
    text = "As of June 2024, Thai enterprises had 85 projects in the country with total registered capital of $2.3 billion."
    rows = _rows(text, dates=[("June 2024", dt.date(2024, 6, 1), dt.date(2024, 6, 30), "month")], dyad=("THA", "KHM"))
    money = [r for r in rows if r["unit"] == "USD"]
    assert [_flow(r) for r in money] == [("direct_investment", 2.3e9, "USD", "THA", "KHM")]


def test_companies_committing_money_to_projects_in_a_country_invest_there():
    text = "Turkish companies have committed $900 million to projects in Egypt's industrial zones."
    [r] = _rows(text, dyad=("TUR", "EGY"))
    assert _flow(r) == ("direct_investment", 9e8, "USD", "TUR", "EGY")


def test_an_imported_energy_amount_is_imports_from_the_country_after_it():
    text = "Cambodia imported 1.4 billion kWh of electricity from Lao hydropower plants in 2022."
    [r] = _rows(text, dates=[("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")], dyad=("KHM", "LAO"))
    assert _flow(r) == ("imports", 1.4e9, "kWh", "LAO", "KHM")


def test_generated_electricity_is_still_electricity_generated():
    [r] = _rows("The plant generated 1.4 billion kWh of electricity in 2022.",
                dates=[("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")])
    assert r["metric"] == "electricity_generated"


def test_exported_capacity_keeps_its_metric_and_gets_a_direction():
    text = "Nepal began to export 450 MW to India in 2023."
    [r] = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")], dyad=("NPL", "IND"))
    assert _flow(r) == ("power_capacity", 450.0, "MW", "NPL", "IND")


def test_the_base_of_a_comparison_is_not_the_period():
    text = "In the first quarter of 2024, bilateral trade reached $640 million, up 9 percent over the same period last year."
    [r] = _rows(text, dates=[("the first quarter of 2024", dt.date(2024, 1, 1), dt.date(2024, 3, 31), "month"),
                             ("the same period last year", dt.date(2023, 1, 1), dt.date(2023, 3, 31), "month")])
    assert (r["metric"], r["change_pct"]) == ("trade_total", 9.0)
    assert r["period"] == (dt.date(2024, 1, 1), dt.date(2024, 3, 31), "month")


def test_a_date_on_a_verb_is_still_a_period():
    text = "Trade reached $640 million on the strength of exports in 2023."
    [r] = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")])
    assert r["period"][0] == dt.date(2023, 1, 1)


def _frames(text: str):
    doc = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": None, "reference_date": dt.date(2024, 6, 1), "reference_precision": "day",
          "text": text, "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    rows, pos = [], 0
    for sid, line in enumerate(text.split("\n")):
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": pos, "char_end": pos + len(line),
                     "text": line, "is_boilerplate": False})
        pos += len(line) + 1
    return doc, pl.DataFrame(rows, schema=SENTENCES)


def _extract(text: str, year_surface: str) -> pl.DataFrame:
    doc, sents = _frames(text)
    s = text.index(year_surface)
    sid = sents.filter((pl.col("char_start") <= s) & (pl.col("char_end") > s))["sentence_id"][0]
    dates = pl.DataFrame(
        [{"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(year_surface),
          "date_start": dt.date(2023, 1, 1), "date_end": dt.date(2023, 12, 31), "precision": "year",
          "qualifier": None}],
        schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32,
                "date_start": pl.Date, "date_end": pl.Date, "precision": pl.String, "qualifier": pl.String},
    )
    return extract_indicators(sents, doc, country_mentions(sents), dates)


def test_a_rounded_undated_copy_of_a_dated_figure_is_dropped():
    out = _extract("Kenya-Uganda trade tops $2.4 billion as exports surge\n"
                   "Trade between Kenya and Uganda reached $2.43 billion in 2023.", "2023")
    assert out.select("metric", "value").rows() == [("trade_total", 2.43e9)]


@pytest.mark.parametrize("undated", ["$2.6 billion", "$2.5 billion", "$2 billion"])
def test_an_undated_figure_of_another_value_stays(undated):
    out = _extract(f"Kenyan firms have invested {undated} in Uganda\n"
                   "Trade between Kenya and Uganda reached $2.43 billion in 2023.", "2023")
    assert len(out) == 2


@pytest.mark.parametrize(
    "text,step",
    [("US$1.8 billion", 1e8), ("$2.43 billion", 1e7), ("236,000 jobs", 1.0), ("Rs 12,500 crore", 1e7)],
)
def test_step_is_the_worth_of_the_last_written_digit(text, step):
    [q] = find_measured(text, ("IND",))
    assert _step(q) == pytest.approx(step)


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=3),
       st.sampled_from([("million", 1e6), ("billion", 1e9), ("", 1.0)]))
def test_step_property(digits, decimals, scale):
    word, mult = scale
    number = digits / 10**decimals
    surface = f"${number:.{decimals}f}" + (f" {word}" if word else "")
    qs = find_measured(surface)
    if not qs:
        return
    assert _step(qs[0]) == pytest.approx(mult * 10.0 ** -decimals)


def test_the_origin_of_imported_goods_is_the_exporting_country():
    text = "Egypt's imports of Ukrainian wheat reached 3.1 million tonnes in 2021."
    [r] = _rows(text, dates=[("2021", dt.date(2021, 1, 1), dt.date(2021, 12, 31), "year")], dyad=("EGY", "UKR"))
    assert _flow(r) == ("imports", 3.1e6, "tonnes", "UKR", "EGY")


def test_the_origin_of_exported_goods_is_the_exporter():
    text = "Exports of Chilean copper to Japan reached $5.2 billion in 2022."
    [r] = _rows(text, dates=[("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")], dyad=("CHL", "JPN"))
    assert _flow(r) == ("exports", 5.2e9, "USD", "CHL", "JPN")


def test_from_one_value_to_another_gives_both_with_their_own_periods():
    text = "Trade between the two countries grew from KSh 68 billion in 2020 to KSh 101 billion in 2023."
    rows = _rows(text, dates=[("2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31), "year"),
                              ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")], dyad=("KEN", "TZA"))
    assert [(r["metric"], r["value"], r["unit"], r["period"][0].year) for r in rows] == [
        ("trade_total", 68e9, "KES", 2020), ("trade_total", 101e9, "KES", 2023)]


@pytest.mark.parametrize(
    "text,n",
    [("The new line, which will carry up to 1,000 MW of power, links the two grids.", 0),
     ("The president, who will visit Kenya in May, said the plant generated 1,000 MW of power.", 1)],
)
def test_a_figure_right_after_a_future_verb_is_a_forecast(text, n):
    assert len(_rows(text)) == n


def test_a_development_partner_gives_aid_to_the_country_it_partners():
    text = ("Japan remains Nepal's single largest bilateral development partner, having committed around "
            "$9 billion in official development assistance.")
    [r] = _rows(text, dyad=("JPN", "NPL"))
    assert _flow(r) == ("aid", 9e9, "USD", "JPN", "NPL")


def test_a_loan_agreement_worth_an_amount_is_a_loan():
    [r] = _rows("The agency signed a loan agreement worth 150 billion yen for the metro line.", dyad=("JPN", "PHL"))
    assert (r["metric"], r["value"], r["unit"]) == ("loan", 150e9, "JPY")


def test_an_earlier_value_without_its_unit_takes_the_figure_s_unit():
    text = "Some 2.1 million Chilean tourists visited Peru in 2023, up from 1.6 million in 2022."
    rows = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
                              ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")])
    assert [(r["metric"], r["value"], r["unit"], r["period"][0].year) for r in rows] == [
        ("tourist_arrivals", 2.1e6, "people", 2023), ("tourist_arrivals", 1.6e6, "people", 2022)]
    assert text[rows[1]["char_start"] : rows[1]["char_end"]] == "1.6 million"


def test_up_from_a_year_is_no_earlier_value():
    text = "Some 2.1 million Chilean tourists visited Peru in 2023, up from 2022."
    rows = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
                              ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")])
    assert len(rows) == 1


def test_remittances_from_one_country_to_another():
    text = "Remittances from Qatar to Nepal amounted to $420 million in 2023."
    [r] = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")], dyad=("QAT", "NPL"))
    assert _flow(r) == ("remittances", 4.2e8, "USD", "QAT", "NPL")


def test_a_country_that_has_become_a_source_of_investment_is_its_origin():
    text = ("Turkey has become Azerbaijan's largest trading partner and one of its major sources of investment, "
            "with cumulative direct investment in Azerbaijan exceeding 15 billion U.S. dollars.")
    [r] = _rows(text, dyad=("TUR", "AZE"))
    assert _flow(r) == ("direct_investment", 15e9, "USD", "TUR", "AZE")


# --- devset3 generalisation (own sentences) -------------------------------------------------------


def test_and_before_a_second_flow_ends_the_first_figure_s_phrase():
    text = "Kenyan exports to Ghana amounted to $410 million and Kenyan imports from Ghana to $95 million."
    rows = _rows(text, dyad=("KEN", "GHA"))
    assert [_flow(r) for r in rows] == [("exports", 4.1e8, "USD", "KEN", "GHA"), ("imports", 9.5e7, "USD", "GHA", "KEN")]


def test_imports_from_its_neighbour_and_a_slip_are_signed():
    text = ("Chilean exports to Peru rose 4.0% to $2.1 billion, while Chile's imports from its northern "
            "neighbour slipped 3.5% to $1.4 billion, leaving Chile with a surplus of $0.7 billion.")
    rows = _rows(text, dyad=("CHL", "PER"))
    assert [(_flow(r), r["change_pct"]) for r in rows] == [
        (("exports", 2.1e9, "USD", "CHL", "PER"), 4.0),
        (("imports", 1.4e9, "USD", "PER", "CHL"), -3.5),
        (("trade_balance", 7e8, "USD", "CHL", "PER"), None),
    ]


def test_a_budget_deficit_is_no_trade_balance():
    text = "Ghana and Kenya noted that Ghana ran a budget deficit of $2 billion."
    assert all(r["metric"] != "trade_balance" for r in _rows(text, dyad=("GHA", "KEN")))


def test_a_country_that_sells_or_supplies_power_is_its_origin():
    rows = _rows("Laos sells 300 MW to Cambodia during the dry season.", dyad=("LAO", "KHM"))
    assert [_flow(r) for r in rows] == [("power_capacity", 300.0, "MW", "LAO", "KHM")]
    rows = _rows("Ethiopia also supplies 200 megawatts of electricity to Kenya's western grid.", dyad=("ETH", "KEN"))
    assert [_flow(r) for r in rows] == [("power_capacity", 200.0, "MW", "ETH", "KEN")]


def test_people_of_one_nationality_in_another_country():
    rows = _rows("Some 8,000 Nigerian students are enrolled in universities in Ghana.", dyad=("NGA", "GHA"))
    assert [_flow(r) for r in rows] == [("students", 8000.0, "people", "NGA", "GHA")]
    rows = _rows("About 600,000 Indonesian workers are registered in Malaysia.", dyad=("IDN", "MYS"))
    assert [_flow(r) for r in rows] == [("workers", 600000.0, "people", "IDN", "MYS")]
    rows = _rows("An estimated 2 million people of Turkish origin live in Germany.", dyad=("TUR", "DEU"))
    assert [_flow(r) for r in rows] == [("people", 2e6, "people", "TUR", "DEU")]
    rows = _rows("Approximately 90,000 U.K. citizens live in Portugal.", dyad=("GBR", "PRT"))
    assert [_flow(r) for r in rows] == [("people", 9e4, "people", "GBR", "PRT")]


def test_people_killed_are_no_indicator_even_as_a_killing():
    assert _rows("Ghana condemned the killing of six Ghanaian nationals in Burkina Faso.", dyad=("GHA", "BFA")) == []


def test_an_acronym_in_brackets_does_not_hide_the_investment_s_destination():
    text = "Japanese foreign direct investment (FDI) in Thailand (stock) was $92 billion in 2022."
    [r] = _rows(text, dyad=("JPN", "THA"))
    assert _flow(r) == ("direct_investment", 9.2e10, "USD", "JPN", "THA")


def test_the_leading_investor_in_a_country_gives_the_destination():
    text = "Spain remains the leading foreign investor in Chile, with a stock of direct investment of EUR 4.2 billion."
    [r] = _rows(text, dyad=("ESP", "CHL"))
    assert _flow(r) == ("direct_investment", 4.2e9, "EUR", "ESP", "CHL")


def test_a_commitment_to_invest_in_projects_in_a_country():
    # (a promise to invest is no realised investment: investment_pledged, session 5)
    text = "Korean companies pledged to invest $3 billion in battery and solar projects in Indonesia."
    [r] = _rows(text, dyad=("KOR", "IDN"))
    assert _flow(r) == ("investment_pledged", 3e9, "USD", "KOR", "IDN")


def test_a_percentage_before_from_makes_the_year_a_comparison_base():
    text = "Last year, bilateral trade totalled $4.4 billion, down 3.1% from 2022."
    dates = [("Last year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
             ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")]
    [r] = _rows(text, dates=dates, dyad=("CHL", "PER"))
    assert r["period"] == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")
    assert r["change_pct"] == -3.1


def test_an_exported_count_of_goods_is_exports():
    rows = _rows("Mexico exported 12,500 vehicles to Colombia in the quarter.", dyad=("MEX", "COL"))
    assert [_flow(r) for r in rows] == [("exports", 12500.0, "count", "MEX", "COL")]


def test_a_width_or_a_distance_is_no_indicator_but_a_pipeline_length_is():
    assert _rows("The strait, barely 14 kilometres wide, separates Spain and Morocco.", dyad=("ESP", "MAR")) == []
    assert _rows("The camp lies 30 km north of the border between Chad and Sudan.", dyad=("TCD", "SDN")) == []
    rows = _rows("Algeria has completed the 1,300km gas pipeline to Nigeria.", dyad=("DZA", "NGA"))
    assert [r["metric"] for r in rows] == ["pipeline_length"]


def test_a_second_verb_of_the_same_subject_keeps_the_metric():
    text = "Border trade fell 5.0% to 80.2 billion pesos, and slumped a further 9.1% to 61.3 billion pesos this year."
    rows = _rows(text, dyad=("COL", "VEN"))
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 8.02e10), ("trade_total", 6.13e10)]


def test_earnings_of_an_export_are_its_value():
    text = "Bhutan had exported 900 million kWh (units) of electricity to India by June, earning about $40 million."
    rows = _rows(text, dyad=("BTN", "IND"))
    assert [_flow(r) for r in rows] == [("exports", 9e8, "kWh", "BTN", "IND"), ("exports", 4e7, "USD", "BTN", "IND")]


def test_funding_an_annual_rate_and_a_two_way_flow():
    [r] = _rows("The African Union has provided 12 million euros to support the Chadian mission.", dyad=("TCD", "SDN"))
    assert (r["metric"], r["value"], r["unit"]) == ("funding", 1.2e7, "EUR")
    [r] = _rows("Bilateral trade remained modest at about $60 million a year, Ghana said.", dyad=("GHA", "TGO"))
    assert (r["metric"], r["value"]) == ("trade_total", 6e7)
    [r] = _rows("In May alone, the two-way flow between Chile and Peru reached $410 million.", dyad=("CHL", "PER"))
    assert (r["metric"], r["value"]) == ("trade_total", 4.1e8)


def test_a_surplus_runs_from_its_holder_and_a_deficit_towards_it():
    [r] = _rows("Kenya ran a trade deficit of $7 billion with China in 2023.", dyad=("KEN", "CHN"))
    assert _flow(r) == ("trade_balance", 7e9, "USD", "CHN", "KEN")
    [r] = _rows("Chile's trade surplus with Peru reached $1.1 billion.", dyad=("CHL", "PER"))
    assert _flow(r) == ("trade_balance", 1.1e9, "USD", "CHL", "PER")


def test_a_proposed_figure_is_no_indicator():
    text = "The Bhutanese minister wrote to his Indian counterpart, proposing that an initial 60 megawatts be traded."
    assert _rows(text, dyad=("BTN", "IND")) == []


def test_units_of_electricity_sold_are_exports_and_their_earnings_follow():
    text = "Bhutan sold 1.5 billion units of electricity to Bangladesh last year, earning Nu 6 billion."
    rows = _rows(text, dyad=("BTN", "BGD"))
    assert [_flow(r)[0:2] + _flow(r)[3:] for r in rows] == [("exports", 1.5e9, "BTN", "BGD"), ("exports", 6e9, "BTN", "BGD")]
    assert rows[0]["unit"] == "kWh"


def test_a_change_stated_year_on_year_before_its_figure():
    [r] = _rows("Chile's exports to Peru rose 12% year-on-year to $600 million.", dyad=("CHL", "PER"))
    assert (r["metric"], r["change_pct"]) == ("exports", 12.0)


def test_nationals_working_on_projects_in_a_country():
    [r] = _rows("Some 8,000 Turkish nationals work on construction projects in Libya.", dyad=("TUR", "LBY"))
    assert _flow(r)[3:] == ("TUR", "LBY")


def test_a_country_that_receives_visitors_of_a_nationality_is_their_host():
    [r] = _rows("Vietnam received 4.2 million South Korean tourists last year.", dyad=("KOR", "VNM"))
    assert _flow(r) == ("tourist_arrivals", 4.2e6, "people", "KOR", "VNM")


def test_imports_from_the_sultanate_come_from_the_other_country():
    text = "Kenyan exports to Brunei amounted to $40 million, while imports from the Sultanate amounted to $75 million."
    rows = _rows(text, dyad=("KEN", "BRN"))
    assert [_flow(r) for r in rows] == [("exports", 4e7, "USD", "KEN", "BRN"), ("imports", 7.5e7, "USD", "BRN", "KEN")]


def test_imports_of_a_contrast_clause_come_from_the_partner_of_the_exports():
    text = "Ghana's exports to Morocco were worth $120 million, while imports stood at $310 million."
    rows = _rows(text, dyad=("GHA", "MAR"))
    assert [_flow(r) for r in rows] == [("exports", 1.2e8, "USD", "GHA", "MAR"), ("imports", 3.1e8, "USD", "MAR", "GHA")]


def test_imported_goods_of_a_nationality_come_from_that_country():
    text = "In March, Peru imported 52,000 tonnes of Argentine maize."
    [r] = _rows(text, dyad=("PER", "ARG"))
    assert _flow(r) == ("imports", 52000.0, "tonnes", "ARG", "PER")


def test_tourists_of_a_nationality_who_visited_a_country_arrive_there():
    [r] = _rows("Around 85,000 Polish tourists visited Georgia in 2023.", dyad=("POL", "GEO"))
    assert _flow(r) == ("tourist_arrivals", 85000.0, "people", "POL", "GEO")


def test_visitors_from_a_country_received_by_another():
    [r] = _rows("Jordan received more than 40,000 visitors from Kuwait last year.", dyad=("KWT", "JOR"))
    assert _flow(r) == ("visitors", 40000.0, "people", "KWT", "JOR")


def test_firms_of_a_nationality_in_a_country_employ_jobs_there():
    rows = _rows("Some 300 Korean companies operate in Vietnam, employing about 45,000 people.", dyad=("KOR", "VNM"))
    assert [_flow(r) for r in rows] == [("companies", 300.0, "count", "KOR", "VNM"),
                                        ("jobs_created", 45000.0, "jobs", "KOR", "VNM")]


def test_roads_built_by_firms_of_a_nationality_in_a_country():
    [r] = _rows("Turkish contractors have built 640 kilometres of highways in Algeria.", dyad=("TUR", "DZA"))
    assert _flow(r) == ("highways_built", 640000.0 / 1000, "km", "TUR", "DZA")


def test_firms_of_a_nationality_without_a_host_have_no_direction():
    [r] = _rows("Korean firms employ about 45,000 people.", dyad=("KOR", "VNM"))
    assert (r["from_country_iso3"], r["to_country_iso3"]) == (None, None)
