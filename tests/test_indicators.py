"""Tests for pipeline.extract.indicators (own sentences, any pair of countries)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipeline.extract.countries import country_mentions, find_countries
from pipeline.extract.indicators import SentenceInfo, extract_indicators, find_indicators
from pipeline.model import DOCUMENTS, INDICATOR_MENTIONS, SENTENCES

Y = "year"


def _info(text, dates=(), dyad=()) -> SentenceInfo:
    """dates: (surface, start, end, precision, qualifier)."""
    ds = []
    for surface, start, end, prec, qual in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), start, end, prec, qual))
    return SentenceInfo(
        countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
        dates=ds,
        currency_countries=tuple(dyad),
        dyad=tuple(dyad),
    )


def _year(surface, y, qual=None):
    return (surface, dt.date(y, 1, 1), dt.date(y, 12, 31), Y, qual)


def _rows(text, **kw) -> tuple[list[dict], dict]:
    return find_indicators(text, _info(text, **kw))


def test_trade_total_with_change_source_and_period():
    text = ("According to Indonesia's Central Statistics Agency, bilateral trade reached $12.5 billion in 2023, "
            "up 4.2 percent year on year.")
    rows, facts = _rows(text, dates=[_year("2023", 2023)])
    [r] = rows
    assert (r["metric"], r["value"], r["unit"]) == ("trade_total", 12.5e9, "USD")
    assert r["change_pct"] == pytest.approx(4.2)
    assert r["period"] == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")
    assert (r["from_country_iso3"], r["to_country_iso3"]) == (None, None)
    assert r["subject"] is None
    assert facts["source"] == "Central Statistics Agency of Indonesia"
    assert text[r["char_start"] : r["char_end"]] == "$12.5 billion"


def test_exports_and_imports_directions_and_signed_changes():
    text = ("Vietnam's exports to Indonesia amounted to $5.1 billion, a year-on-year decrease of 3.5%; "
            "Vietnam's imports from Indonesia were $4.2 billion, down by 1.25%.")
    rows, _ = _rows(text)
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"], r["change_pct"]) for r in rows] == [
        ("exports", "VNM", "IDN", -3.5),
        ("imports", "IDN", "VNM", -1.25),
    ]


def test_imports_without_owner_take_the_reporter_of_the_exports():
    text = ("Turkish exports to Egypt totaled 3.2 billion U.S. dollars, a year-on-year increase of 12 percent, "
            "while imports from Egypt were 1.1 billion U.S. dollars.")
    rows, _ = _rows(text, dyad=("TUR", "EGY"))
    assert [(r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("exports", 3.2e9, "TUR", "EGY"),
        ("imports", 1.1e9, "EGY", "TUR"),
    ]
    assert rows[0]["change_pct"] == 12


def test_list_sentence_shares_subject_and_period():
    text = ("By the end of 2023, the Lamu Corridor had created 48,000 jobs, added 320 kilometres of highways, "
            "installed 1,200 megawatts of power capacity and built 410 kilometers of transmission lines.")
    rows, _ = _rows(text, dates=[_year("the end of 2023", 2023, "as_of")])
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("jobs_created", 48000, "jobs"),
        ("highways_built", 320, "km"),
        ("power_capacity", 1200, "MW"),
        ("transmission_lines", 410, "km"),
    ]
    assert {r["subject"] for r in rows} == {"Lamu Corridor"}
    assert {r["period"] for r in rows} == {(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")}


def test_generation_and_people_supplied_without_period():
    text = ("According to the Energy Regulatory Authority, the Dasu Hydropower Project generated 2.1 billion "
            "kilowatt-hours of electricity in its first year of operation, supplying power to more than 3 million people.")
    rows, facts = _rows(text)
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("electricity_generated", 2.1e9, "kWh"),
        ("people_supplied", 3e6, "people"),
    ]
    assert {r["subject"] for r in rows} == {"Dasu Hydropower Project"}
    assert all(r["period"] is None for r in rows)
    assert facts["source"] == "Energy Regulatory Authority"


def test_gigawatts_and_investment_in_other_currencies():
    rows, _ = _rows("The company installed 2 GW of solar capacity.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("power_capacity", 2000, "MW")]
    rows, _ = _rows("The fund brought RMB 0.8 billion in direct investment.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("direct_investment", 0.8e9, "CNY")]
    rows, _ = _rows("Remittances from the Gulf reached Rs. 500 crore.", dyad=("IND", "ARE"))
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("remittances", 5e9, "INR")]


def test_meetings_held_by_a_committee():
    text = "In 1998, the two countries set up the Ghana-Togo Joint Commission, which has held 9 meetings so far."
    [r] = _rows(text, dates=[_year("1998", 1998)])[0]
    assert (r["metric"], r["value"], r["unit"]) == ("meetings_held", 9, "count")
    assert r["subject"] == "Ghana-Togo Joint Commission"
    assert r["period"] is None  # cumulative: not the founding year
    text = "The two sides have held 11 meetings of the Joint Committee on Health Cooperation since 2001."
    [r] = _rows(text, dates=[("2001", dt.date(2001, 1, 1), dt.date(2001, 12, 31), Y, "since")])[0]
    assert r["subject"] == "Joint Committee on Health Cooperation"
    assert r["period"] == (dt.date(2001, 1, 1), None, "year")


def test_counts_with_nouns():
    rows, _ = _rows("The university has opened 4 Confucius Institutes and trained 1,200 local engineers.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [
        ("confucius_institutes", 4, "count"),
        ("people_trained", 1200, "people"),
    ]
    text = "In June 2023, the navies held a drill, with more than 450 personnel participating."
    [r] = _rows(text, dates=[("June 2023", dt.date(2023, 6, 1), dt.date(2023, 6, 30), "month", None)])[0]
    assert (r["metric"], r["value"], r["unit"]) == ("personnel", 450, "people")
    assert r["period"][2] == "month"


def test_percent_before_its_figure():
    [r] = _rows("Trade grew 8% to $3 billion.")[0]
    assert (r["metric"], r["value"], r["change_pct"]) == ("trade_total", 3e9, 8)
    [r] = _rows("Nepal's exports to India declined by 14pc to $1.05bn.")[0]
    assert (r["metric"], r["value"], r["change_pct"]) == ("exports", 1.05e9, -14)
    assert (r["from_country_iso3"], r["to_country_iso3"]) == ("NPL", "IND")


@pytest.mark.parametrize(
    "text",
    [
        "The 5th round of talks followed a three-day visit by the two countries in 2023.",
        "The Group of 20 met in 2019 for the 10th time.",
        "Five Nepali workers were killed in the attack.",
        "The two sides aim to raise bilateral trade to $20 billion by 2030.",
        "Trade is expected to reach $15 billion next year.",
        "Kenya and Uganda agreed to increase bilateral trade to $5 billion within three years.",
        "Call +92 51 9207000 for details; the 45-year-old minister spoke.",
        "The plan, version 2.0, follows the 1+4 layout.",
        "Crude oil traded at $82 per barrel.",
        "The rate rose 1.5 percentage points to 9 percent.",
    ],
)
def test_not_indicators(text):
    assert _rows(text)[0] == []


# --- frames: carry-over within a paragraph ---------------------------------------------------------


def _frames(text: str):
    doc = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": None, "reference_date": dt.date(2024, 6, 1), "reference_precision": "day",
          "text": text, "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    sentences, start, sid = [], 0, 0
    for para in text.split("\n"):
        for sent in para.split("  "):
            s = text.index(sent, start)
            sentences.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(sent),
                              "text": sent, "is_boilerplate": False})
            start = s + len(sent)
            sid += 1
    return doc, pl.DataFrame(sentences, schema=SENTENCES)


def _dates(text, sents, items):
    rows = []
    for surface, d0, d1, prec in items:
        s = text.index(surface)
        sid = sents.filter((pl.col("char_start") <= s) & (pl.col("char_end") > s))["sentence_id"][0]
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(surface),
                     "surface": surface, "date_start": d0, "date_end": d1, "precision": prec,
                     "kind": "explicit", "qualifier": None})
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                      "char_end": pl.Int32, "surface": pl.String, "date_start": pl.Date,
                                      "date_end": pl.Date, "precision": pl.String, "kind": pl.String,
                                      "qualifier": pl.String})


def test_source_and_period_carry_over_within_the_paragraph():
    text = ("According to the Central Bank of Kenya, Kenya's exports to Uganda reached $820 million in 2022.  "
            "Among them, Kenya's imports from Uganda amounted to $310 million.\n"
            "Separately, Uganda's exports to Rwanda were $95 million.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), Y)])
    out = extract_indicators(sents, doc, country_mentions(sents), dates)
    assert out.schema == pl.Schema(INDICATOR_MENTIONS)
    rows = out.sort("char_start").to_dicts()
    assert [(r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("exports", 820e6, "KEN", "UGA"),
        ("imports", 310e6, "UGA", "KEN"),
        ("exports", 95e6, "UGA", "RWA"),
    ]
    assert [r["source_org"] for r in rows] == ["Central Bank of Kenya", "Central Bank of Kenya", None]
    assert [r["period_start"] for r in rows] == [dt.date(2022, 1, 1), dt.date(2022, 1, 1), None]
    assert [r["period_precision"] for r in rows] == ["year", "year", "unknown"]
    for r in rows:
        assert text[r["char_start"] : r["char_end"]].startswith("$")


def test_source_stated_after_the_figures_applies_to_the_run():
    text = ("Last year, trade between Chile and Peru reached $4 billion, a year-on-year increase of 6 percent.  "
            "Chilean exports to Peru were $2.5 billion, showed data from the National Customs Service.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("Last year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
    out = extract_indicators(sents, doc, country_mentions(sents), dates).sort("char_start")
    assert out["metric"].to_list() == ["trade_total", "exports"]
    assert out["source_org"].to_list() == ["National Customs Service"] * 2
    assert out["period_start"].to_list() == [dt.date(2023, 1, 1)] * 2
    assert out["change_pct"].to_list() == [6.0, None]


def test_empty_and_boilerplate():
    doc, sents = _frames("Subscribe for $5 per month and get 3 jobs alerts.")
    sents = sents.with_columns(pl.lit(True).alias("is_boilerplate"))
    out = extract_indicators(sents, doc, country_mentions(sents), pl.DataFrame())
    assert out.height == 0 and out.schema == pl.Schema(INDICATOR_MENTIONS)
    out = extract_indicators(pl.DataFrame(schema=SENTENCES), doc, pl.DataFrame(), pl.DataFrame())
    assert out.height == 0


def test_partner_named_by_an_anaphor_and_subject_with_apposition():
    text = "Jordan's exports to Egypt were $0.7 billion, while imports from the kingdom's neighbour reached $1.1 billion."
    rows, _ = _rows(text, dyad=("JOR", "EGY"))
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("exports", "JOR", "EGY"),
        ("imports", "EGY", "JOR"),
    ]
    text = "The Kenya-Uganda Joint Trade Committee, established in 2009, has held seven sessions."
    [r] = _rows(text, dates=[_year("2009", 2009)])[0]
    assert (r["metric"], r["value"], r["subject"]) == ("meetings_held", 7, "Kenya-Uganda Joint Trade Committee")


def test_subject_stops_at_a_date_and_country_pairs_are_not_subjects():
    text = "Ghana and Togo on Monday signed 3 agreements worth $450 million."
    [r] = _rows(text, dates=[("Monday", dt.date(2024, 3, 4), dt.date(2024, 3, 4), "day", None)])[0]
    assert (r["metric"], r["value"], r["subject"]) == ("deal_value", 450e6, None)
    assert r["period"] == (dt.date(2024, 3, 4), dt.date(2024, 3, 4), "day")


def test_country_word_of_a_currency_is_not_a_country():
    text = ("Peru and Chile met in Lima.\n"
            "Trade reached 4.1 billion U.S. dollars in 2023, showed data from the National Customs Service.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
    out = extract_indicators(sents, doc, country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["metric"], r["value"], r["unit"]) == ("trade_total", 4.1e9, "USD")
    assert r["source_org"] == "National Customs Service"
