"""Indicator rules for unseen news (round 8, ind14): own texts, other countries than the dev sets.

Families: a plain-text pipe table whose header gives metric and direction, whose caption or header
gives the unit and whose first column gives the period (calendar or fiscal years, a part of a year
in brackets); a bare "$" in a text published in a dollar country other than the US is that
country's dollar; the Fijian dollar ("F$"); "the four quarters to the end of the third quarter of
2025" is the twelve months before that quarter's end.  Plus property tests of the number and money
parsers and of the table's unit phrases.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.indicator_table import table_indicators, unit_of
from pipeline.extract.indicators import extract_indicators
from pipeline.extract.numbers import find_measured
from pipeline.model import DOCUMENTS
from pipeline.segment import segment
from tests.test_indicators_ind5 import _extract, _flow

_REF = dt.date(2026, 9, 10)


def _extract_published(text: str, publisher: str | None = None, url: str | None = None,
                       ref: dt.date = _REF) -> list[dict]:
    doc = pl.DataFrame([{"doc_id": "d", "source_path": "d.txt", "title": None, "url": url, "publisher": publisher,
                         "published_date": ref, "reference_date": ref, "reference_precision": "day",
                         "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    sents = segment(doc)
    rows = extract_indicators(sents, doc, country_mentions(sents), extract_dates(sents, doc)).to_dicts()
    for r in rows:
        r["surface"] = text[r["char_start"]:r["char_end"]]
    return rows


# --- pipe tables ---------------------------------------------------------------------------------

_TABLE_FY = """MINISTRY OF COMMERCE

Note on Pakistan-Morocco trade

1. Pakistan's fiscal year runs from July to June. Source: Pakistan Bureau of Statistics.

2. Pakistan-Morocco trade (US$ million)

| Fiscal year     | Pakistan's exports to Morocco | Pakistan's imports from Morocco | Total trade | Change in total (%) |
|-----------------|-------------------------------|---------------------------------|-------------|---------------------|
| 2022-23         | 88.4                          | 301.2                           | 389.6       | 4.0                 |
| 2023-24         | 95.1                          | 288.7                           | 383.8       | -1.5                |
| 2024-25 (Jul-Dec) | 51.0                        | 140.3                           | 191.3       | 2.2                 |
| Total           | 234.5                         | 730.2                           | 964.7       |                     |

3. The figures are provisional.
"""


def test_a_pipe_table_row_gives_one_fact_per_measured_column():
    rows = _extract(_TABLE_FY, dt.date(2025, 3, 2))
    got = sorted((r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"],
                  r["period_start"], r["change_pct"]) for r in rows)
    jul22, jul23, jul24 = dt.date(2022, 7, 1), dt.date(2023, 7, 1), dt.date(2024, 7, 1)
    assert got == sorted([
        ("exports", 88.4e6, "USD", "PAK", "MAR", jul22, None),
        ("imports", 301.2e6, "USD", "MAR", "PAK", jul22, None),
        ("trade_total", 389.6e6, "USD", None, None, jul22, 4.0),
        ("exports", 95.1e6, "USD", "PAK", "MAR", jul23, None),
        ("imports", 288.7e6, "USD", "MAR", "PAK", jul23, None),
        ("trade_total", 383.8e6, "USD", None, None, jul23, -1.5),
        ("exports", 51.0e6, "USD", "PAK", "MAR", jul24, None),
        ("imports", 140.3e6, "USD", "MAR", "PAK", jul24, None),
        ("trade_total", 191.3e6, "USD", None, None, jul24, 2.2),
    ])
    part = [r for r in rows if r["period_start"] == jul24]
    assert {r["period_end"] for r in part} == {dt.date(2024, 12, 31)}


def test_a_table_cell_keeps_its_first_number_and_its_evidence_inside_the_text():
    text = ("Bangladesh-Nepal trade (values in USD million; NPR crore in brackets)\n\n"
            "| Year | Bangladesh's exports to Nepal | Bangladesh's imports from Nepal |\n"
            "|------|------|------|\n"
            "| 2024 | 61.5 (820) | 44.0 (587) |\n")
    rows = _extract(text)
    assert sorted(_flow(r) + (r["surface"],) for r in rows) == sorted([
        ("exports", 61.5e6, "USD", "BGD", "NPL", "61.5"),
        ("imports", 44.0e6, "USD", "NPL", "BGD", "44.0"),
    ])
    assert {r["period_start"] for r in rows} == {dt.date(2024, 1, 1)}


def test_a_table_without_a_unit_or_a_period_gives_nothing():
    no_unit = ("| Year | Exports to Chile | Imports from Chile |\n|---|---|---|\n| 2024 | 12.5 | 9.1 |\n")
    assert table_indicators("d", no_unit, [(0, 0, len(no_unit))]) == []
    no_period = ("Trade (EUR million)\n\n| Partner | Exports | Imports |\n|---|---|---|\n| Chile | 12.5 | 9.1 |\n")
    assert table_indicators("d", no_period, [(0, 0, len(no_period))]) == []


def test_a_header_cell_may_carry_its_own_unit():
    text = ("| Year | Exports to Peru (EUR bn) | Imports from Peru (EUR bn) |\n"
            "|---|---|---|\n| 2025 | 1.2 | 0.8 |\n")
    rows = table_indicators("d", text, [(0, 0, len(text))])
    assert sorted((r["metric"], r["value"], r["unit"]) for r in rows) == [
        ("exports", 1.2e9, "EUR"), ("imports", 0.8e9, "EUR")]
    assert all(text[r["char_start"]:r["char_end"]] in ("1.2", "0.8") for r in rows)


def test_unit_phrases_of_captions():
    assert unit_of("USD million") == ("USD", 1e6)
    assert unit_of("US$ million") == ("USD", 1e6)
    assert unit_of("millions of US dollars") == ("USD", 1e6)
    assert unit_of("INR crore") == ("INR", 1e7)
    assert unit_of("MW") == ("MW", 1.0)
    assert unit_of("thousand tonnes") == ("tonnes", 1e3)
    assert unit_of("per cent") is None
    assert unit_of("brackets") is None


# --- currencies ----------------------------------------------------------------------------------


def test_a_bare_dollar_in_a_canadian_government_release_is_the_canadian_dollar():
    text = ("OTTAWA - Canada and Ghana held talks on Monday.\n\n"
            "Quick facts\n\n- According to Statistics Canada, trade between Canada and Ghana totalled "
            "$512 million in 2025. Canadian exports to Ghana were $301 million.\n")
    rows = _extract_published(text, publisher="Global Affairs Canada")
    assert sorted((r["metric"], r["value"], r["unit"]) for r in rows) == [
        ("exports", 301e6, "CAD"), ("trade_total", 512e6, "CAD")]
    rows = _extract_published(text, url="https://www.international.example.gc.ca/news/2026/09/x.html")
    assert {r["unit"] for r in rows} == {"CAD"}


def test_a_bare_dollar_elsewhere_stays_the_us_dollar_and_us_dollar_stays():
    text = ("Trade between Canada and Ghana totalled $512 million in 2025. Canadian exports to Ghana were "
            "US$301 million.")
    assert {r["unit"] for r in _extract_published(text, publisher="Reuters")} == {"USD"}
    assert {r["unit"] for r in _extract_published(text, publisher="Global Affairs Canada")} == {"CAD", "USD"}


def test_an_australian_dollar_from_an_australian_department():
    rows = _extract_published("Australia's exports to Vietnam were $14.2 billion in 2025.",
                              publisher="Australian Government Department of Foreign Affairs and Trade")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("exports", 14.2e9, "AUD")]


def test_the_fijian_dollar():
    assert [(q.value, q.unit) for q in find_measured("worth F$45.5 million")] == [(45.5e6, "FJD")]
    assert [(q.value, q.unit) for q in find_measured("FJD 3.2 billion")] == [(3.2e9, "FJD")]
    rows = _extract("Figures from the Fiji Bureau of Statistics show that Fiji's exports to Australia were "
                    "F$210.4 million in 2025.")
    assert [_flow(r) for r in rows] == [("exports", 210.4e6, "FJD", "FJI", "AUS")]


# --- periods -------------------------------------------------------------------------------------


def test_four_quarters_to_the_end_of_a_quarter_are_the_twelve_months_before():
    r = _extract("Trade in goods and services between Ireland and Nigeria was EUR 2.3 billion in the four "
                 "quarters to the end of the second quarter of 2025, an increase of 3.1 per cent.")
    assert [(x["metric"], x["value"], x["period_start"], x["period_end"], x["change_pct"]) for x in r] == [
        ("trade_total", 2.3e9, dt.date(2024, 7, 1), dt.date(2025, 6, 30), 3.1)]


# --- properties of the parsers --------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.sampled_from([("million", 1e6), ("billion", 1e9),
                                                                     ("crore", 1e7), ("lakh", 1e5)]),
       st.sampled_from([("USD", "USD"), ("INR", "INR"), ("EUR", "EUR"), ("FJD", "FJD")]))
def test_property_code_amount_scale(n, scale, cur):
    tenths = n / 10
    text = f"worth {cur[0]} {tenths:,.1f} {scale[0]} last year"
    qs = find_measured(text)
    assert len(qs) == 1
    assert qs[0].unit == cur[1]
    assert abs(qs[0].value - tenths * scale[1]) <= 1e-6 * tenths * scale[1]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["USD", "EUR", "GBP", "INR", "CAD", "FJD"]),
       st.sampled_from([("million", 1e6), ("billion", 1e9), ("thousand", 1e3), ("crore", 1e7)]))
def test_property_unit_phrase_code_then_scale(code, scale):
    assert unit_of(f"{code} {scale[0]}") == (code, scale[1])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=99_999), min_size=2, max_size=2),
       st.integers(min_value=2001, max_value=2030))
def test_property_table_values_scale_and_spans(vals, year):
    a, b = (v / 10 for v in vals)
    text = (f"Chile-Peru trade (EUR million)\n\n| Year | Chile's exports to Peru | Chile's imports from Peru |\n"
            f"|---|---|---|\n| {year} | {a:,.1f} | {b:,.1f} |\n")
    rows = table_indicators("d", text, [(0, 0, len(text))])
    assert sorted((r["metric"], round(r["value"])) for r in rows) == sorted(
        [("exports", round(a * 1e6)), ("imports", round(b * 1e6))])
    for r in rows:
        assert text[r["char_start"]:r["char_end"]].replace(",", "") in (f"{a:.1f}", f"{b:.1f}")
        assert r["period_start"] == dt.date(year, 1, 1)


def test_fdi_equity_inflows_from_one_country_into_another():
    r = _extract("As per the investment board, cumulative FDI equity inflows from Japan into Kenya from January "
                 "2005 to June 2025 amounted to USD 1,250 million.")
    assert [_flow(x) for x in r] == [("direct_investment", 1.25e9, "USD", "JPN", "KEN")]


def test_a_table_with_years_across_the_top_is_read_turned():
    text = ("Table 2. Peru-Vietnam trade, US$ million\n\n"
            "| Flow (US$ million)      | 2024  | 2025  |\n"
            "|-------------------------|-------|-------|\n"
            "| Peru's exports to Vietnam | 412.5 | 455.0 |\n"
            "| Peru's imports from Vietnam | 610.2 | 702.8 |\n")
    rows = table_indicators("d", text, [(0, 0, len(text))])
    assert sorted((r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"], r["period_start"].year)
                  for r in rows) == sorted([
        ("exports", 412.5e6, "PER", "VNM", 2024), ("exports", 455.0e6, "PER", "VNM", 2025),
        ("imports", 610.2e6, "VNM", "PER", 2024), ("imports", 702.8e6, "VNM", "PER", 2025)])
    assert {text[r["char_start"]:r["char_end"]] for r in rows} == {"412.5", "455.0", "610.2", "702.8"}


def test_a_flow_column_without_a_country_takes_the_captions_pair():
    text = ("Kenya-Uganda merchandise trade (KES billion)\n\n| Year | Exports | Imports | Total trade |\n"
            "|---|---|---|---|\n| 2025 | 120.4 | 33.9 | 154.3 |\n")
    rows = table_indicators("d", text, [(0, 0, len(text))])
    assert sorted((r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows) == [
        ("exports", 120.4e9, "KES", "KEN", "UGA"), ("imports", 33.9e9, "KES", "UGA", "KEN"),
        ("trade_total", 154.3e9, "KES", None, None)]


# --- the other language of a bilingual text ------------------------------------------------------


def test_the_french_or_spanish_half_of_a_bilingual_text_gives_no_figure():
    text = ("Trade between Canada and Ghana totalled US$512 million in 2025.\n\n"
            "Le commerce entre le Canada et le Ghana a totalisé 512 millions de dollars américains en 2025.\n\n"
            "Las exportaciones de Canadá a Ghana sumaron USD 301 millones en 2025.")
    rows = _extract(text)
    assert [(r["metric"], r["value"], r["surface"]) for r in rows] == [("trade_total", 512e6, "US$512 million")]


def test_a_spanish_name_inside_an_english_sentence_does_not_hide_the_figure():
    rows = _extract("According to the Banco de la República, Mexican direct investment in Colombia stood at "
                    "US$3.4 billion as of the end of 2025.")
    assert [(r["metric"], r["value"]) for r in rows] == [("direct_investment", 3.4e9)]


# --- factbox labels ------------------------------------------------------------------------------


def test_a_year_labelling_a_factbox_measure_is_its_period():
    rows = _extract("KEY FACTS\n\n- Trade between Chile and Peru (2025): $4.1 billion\n"
                    "- Chilean exports to Peru, 2025: $2.3 billion\n", dt.date(2026, 5, 4))
    assert sorted((r["metric"], r["value"], r["period_start"]) for r in rows) == [
        ("exports", 2.3e9, dt.date(2025, 1, 1)), ("trade_total", 4.1e9, dt.date(2025, 1, 1))]
    r = _extract("Trade between Chile and Peru (2025) reached $4.1 billion.", dt.date(2026, 5, 4))
    assert [x["period_start"] for x in r] == [dt.date(2025, 1, 1)]


def test_a_bracketed_year_of_a_plan_is_no_period_of_the_figure():
    r = _extract("The roadmap (2018) foresees trade between Chile and Peru of $4.1 billion.", dt.date(2026, 5, 4))
    assert [x["period_start"] for x in r if x["metric"] == "trade_total"] in ([None], [])


def test_bare_dollars_written_after_the_amount_in_a_canadian_release():
    rows = _extract_published("Canada's exports to Ghana reached 301 million dollars in 2025, while its imports from "
                              "Ghana were 120 million US dollars.", publisher="Global Affairs Canada")
    assert sorted((r["metric"], r["unit"]) for r in rows) == [("exports", "CAD"), ("imports", "USD")]


def test_table_rows_of_quarters_and_month_ranges():
    text = ("Morocco-Senegal trade (MAD million)\n\n| Period | Morocco's exports to Senegal |\n|---|---|\n"
            "| Q1 2026 | 812.0 |\n| Apr-Jun 2026 | 790.5 |\n| H2 2025 | 1,650.2 |\n| Quarter average | 800 |\n")
    rows = table_indicators("d", text, [(0, 0, len(text))])
    assert sorted((r["value"], r["period_start"], r["period_end"]) for r in rows) == sorted([
        (812.0e6, dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        (790.5e6, dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        (1650.2e6, dt.date(2025, 7, 1), dt.date(2025, 12, 31))])


# --- balances ------------------------------------------------------------------------------------


def test_a_deficit_that_no_country_holds_is_below_zero():
    r = _extract("Remarks. Trade between Ghana and Togo grew. The trade deficit in 2025 was USD 212.4 million.")
    assert [(x["metric"], x["value"], x["from_country_iso3"]) for x in r] == [("trade_balance", -212.4e6, None)]
    r = _extract("Togo's trade surplus with Ghana in 2025 was USD 212.4 million.")
    assert [(x["metric"], x["value"], x["from_country_iso3"], x["to_country_iso3"]) for x in r] == [
        ("trade_balance", 212.4e6, "TGO", "GHA")]
    r = _extract("Ghana ran a trade deficit with Togo of USD 212.4 million in 2025.")
    assert [(x["value"], x["from_country_iso3"], x["to_country_iso3"]) for x in r] == [(212.4e6, "TGO", "GHA")]


def test_spanish_institution_names_in_an_english_sentence_keep_its_figure():
    rows = _extract("Trade between Colombia and Mexico (Banco de la República, Secretaría de Economía) reached "
                    "US$7.3 billion in 2025.")
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 7.3e9)]
