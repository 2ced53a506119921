"""Indicator rules added for unseen articles (own sentences, other countries than the dev sets)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions, find_countries
from pipeline.extract.indicator_sentence import _step
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
    assert _flow(r) == ("imports", 3.1e6, "t", "UKR", "EGY")


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
    assert (r["metric"], r["value"], r["unit"]) == ("loans", 150e9, "JPY")


def test_an_earlier_value_without_its_unit_takes_the_figure_s_unit():
    text = "Some 2.1 million Chilean tourists visited Peru in 2023, up from 1.6 million in 2022."
    rows = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
                              ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")])
    assert [(r["metric"], r["value"], r["unit"], r["period"][0].year) for r in rows] == [
        ("visitors", 2.1e6, "people", 2023), ("visitors", 1.6e6, "people", 2022)]
    assert text[rows[1]["char_start"] : rows[1]["char_end"]] == "1.6 million"


def test_up_from_a_year_is_no_earlier_value():
    text = "Some 2.1 million tourists visited Peru in 2023, up from 2022."
    rows = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year"),
                              ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year")])
    assert len(rows) == 1


def test_remittances_from_one_country_to_another():
    text = "Remittances from Qatar to Nepal amounted to $420 million in 2023."
    [r] = _rows(text, dates=[("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")], dyad=("QAT", "NPL"))
    assert _flow(r) == ("remittances", 4.2e8, "USD", "QAT", "NPL")
