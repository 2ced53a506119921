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
    # (Uganda's exports to Rwanda: a third country of a Kenya-Uganda article, left out since session 5)
    assert [(r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("exports", 820e6, "KEN", "UGA"),
        ("imports", 310e6, "UGA", "KEN"),
    ]
    assert [r["source_org"] for r in rows] == ["Central Bank of Kenya", "Central Bank of Kenya"]
    assert [r["period_start"] for r in rows] == [dt.date(2022, 1, 1), dt.date(2022, 1, 1)]
    assert [r["period_precision"] for r in rows] == ["year", "year"]
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


# --- earlier values, investment direction, runs across paragraphs, lists ------------------------------


def test_from_figure_after_a_change_is_the_earlier_value_of_the_same_measure():
    text = "Total trade between Thailand and Laos rose 4.5 per cent to RM88.1 billion in 2023 from RM84.3 billion in 2022."
    rows, _ = _rows(text, dates=[_year("2023", 2023), _year("2022", 2022)])
    assert [(r["metric"], r["value"], r["unit"], r["period"][0].year, r["change_pct"]) for r in rows] == [
        ("trade_total", 88.1e9, "MYR", 2023, 4.5),
        ("trade_total", 84.3e9, "MYR", 2022, None),
    ]


def test_earlier_value_a_year_earlier_or_without_a_date_is_one_year_back():
    fy = (dt.date(2022, 7, 1), dt.date(2023, 6, 30), "month", None)
    text = "Two-way trade stood at $9.2 billion in FY2022-23, down 3 percent from $9.5 billion a year earlier."
    rows, _ = _rows(text, dates=[("FY2022-23", *fy), ("a year earlier", dt.date(2021, 7, 1), dt.date(2022, 6, 30),
                                                          "month", None)])
    assert [(r["value"], r["period"]) for r in rows] == [
        (9.2e9, (dt.date(2022, 7, 1), dt.date(2023, 6, 30), "month")),
        (9.5e9, (dt.date(2021, 7, 1), dt.date(2022, 6, 30), "month")),
    ]
    text = "Two-way trade stood at $9.2 billion in FY2022-23, down 3 percent from $9.5 billion."
    rows, _ = _rows(text, dates=[("FY2022-23", *fy)])
    assert rows[1]["period"] == (dt.date(2021, 7, 1), dt.date(2022, 6, 30), "month")
    assert rows[1]["metric"] == "trade_total"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Korean foreign direct investment in Vietnam rose 12 percent to $4.1 billion in 2023.", ("KOR", "VNM")),
        ("Turkish companies invested $300 million in Georgia last year.", ("TUR", "GEO")),
        ("Investment from Qatar into Oman reached $2 billion.", ("QAT", "OMN")),
        ("Thai investment in Laos's energy sector amounted to $640 million.", ("THA", "LAO")),
        ("Chile's investment in Peru stood at $1.5 billion.", ("CHL", "PER")),
        ("Foreign direct investment reached $1.5 billion.", (None, None)),
    ],
)
def test_direction_of_investment(text, direction):
    [r] = _rows(text)[0]
    assert r["metric"] == "direct_investment"
    assert (r["from_country_iso3"], r["to_country_iso3"]) == direction


def test_generic_worth_does_not_hide_the_flow():
    text = "Uganda's exports to Rwanda were worth 95 billion Ugandan shillings in 2023."
    [r] = _rows(text, dates=[_year("2023", 2023)])[0]
    assert (r["metric"], r["unit"], r["from_country_iso3"], r["to_country_iso3"]) == ("exports", "UGX", "UGA", "RWA")


def test_an_amount_measuring_nothing_named_without_countries_is_no_indicator():
    assert _rows("1. Flood damage estimated at Rs 46 billion")[0] == []
    assert _rows("Storm losses reached $2 billion.")[0] == []


def test_a_border_length_is_geography_not_an_indicator():
    assert _rows("The two neighbours share a 1,600-km land border.")[0] == []
    assert _rows("Both sides patrol the 870-kilometre-long frontier.")[0] == []


def test_period_carries_into_the_next_one_sentence_paragraph_but_not_to_a_stock():
    text = ("Trade between Ghana and Togo stood at $2.4 billion in 2023, according to the Bank of Ghana.\n"
            "Ghana's exports to Togo fell 3 percent to $1.6 billion.\n"
            "Ghanaian firms have created 4,000 jobs in Togo so far.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
    rows = extract_indicators(sents, doc, country_mentions(sents), dates).sort("char_start").to_dicts()
    assert [(r["metric"], r["period_start"], r["source_org"]) for r in rows] == [
        ("trade_total", dt.date(2023, 1, 1), "Bank of Ghana"),
        ("exports", dt.date(2023, 1, 1), "Bank of Ghana"),
        ("jobs_created", None, None),  # a stock opens a run of its own
    ]


def test_list_items_take_the_period_of_their_lead():
    text = ("Key figures of trade between Chile and Peru in 2023:\n"
            "- Chile's exports to Peru: $3.1 billion;\n"
            "- Chile's imports from Peru: $1.9 billion.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
    rows = extract_indicators(sents, doc, country_mentions(sents), dates).sort("char_start").to_dicts()
    assert [(r["metric"], r["value"], r["period_start"], r["period_precision"]) for r in rows] == [
        ("exports", 3.1e9, dt.date(2023, 1, 1), Y),
        ("imports", 1.9e9, dt.date(2023, 1, 1), Y),
    ]


def test_no_undated_copy_of_a_dated_figure():
    text = ("Drill involving about 900 personnel ends.\n"
            "The exercise, held from 3 to 9 May, involved about 900 personnel from Chile and Peru.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("from 3 to 9 May", dt.date(2024, 5, 3), dt.date(2024, 5, 9), "day")])
    rows = extract_indicators(sents, doc, country_mentions(sents), dates).to_dicts()
    assert [(r["value"], r["period_start"]) for r in rows] == [(900, dt.date(2024, 5, 3))]


def test_a_stock_takes_a_carried_as_of_date_but_not_a_flow_period():
    text = ("Peruvian direct investment in Chile stood at $4.2 billion by the end of 2023.  "
            "The projects have created more than 9,000 jobs.\n"
            "Chile's exports to Peru rose 3 percent to $2.1 billion last year.  "
            "The projects have created more than 7,000 jobs.")
    doc, sents = _frames(text)
    dates = pl.concat([
        _dates(text, sents, [("the end of 2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
        .with_columns(pl.lit("as_of").alias("qualifier")),
        _dates(text, sents, [("last year", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)]),
    ])
    rows = extract_indicators(sents, doc, country_mentions(sents), dates).sort("char_start").to_dicts()
    assert [(r["metric"], r["period_start"]) for r in rows] == [
        ("direct_investment", dt.date(2023, 1, 1)),
        ("jobs_created", dt.date(2023, 1, 1)),
        ("exports", dt.date(2023, 1, 1)),
        ("jobs_created", None),
    ]


@pytest.mark.parametrize(
    ("text", "metric", "direction"),
    [
        ("Japan also provided 120 billion yen in ODA loans to Viet Nam last year.", "loan", ("JPN", "VNM")),
        ("Norway's grants to Ghana totalled $40 million.", "grant", ("NOR", "GHA")),
    ],
)
def test_direction_of_loans_and_aid(text, metric, direction):
    [r] = _rows(text)[0]
    assert r["metric"] == metric
    assert (r["from_country_iso3"], r["to_country_iso3"]) == direction


def test_an_amount_restated_in_brackets_is_the_same_figure_in_another_currency():
    text = "Non-oil trade between Oman and India reached OMR 4.1 billion (US$10.6 billion) in 2023, an increase of 6 percent."
    rows, _ = _rows(text, dates=[_year("2023", 2023)])
    assert [(r["metric"], r["value"], r["unit"], r["change_pct"], r["period"][0].year) for r in rows] == [
        ("trade_total", 4.1e9, "OMR", 6, 2023),
    ]  # the conversion is the same fact: no row of its own


def test_source_named_before_data_show_and_an_unnamed_source_is_not_overwritten():
    text = ("Two-way trade reached $8.1 billion in 2023, according to the Statistics Office of Chile.  "
            "Chilean direct investment in Peru rose 5 percent to $900 million, central bank data show.  "
            "Peru's exports to Chile grew 4 percent to $3.2 billion, Customs Agency (CA) data show.")
    doc, sents = _frames(text)
    dates = _dates(text, sents, [("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), Y)])
    rows = extract_indicators(sents, doc, country_mentions(sents), dates).sort("char_start").to_dicts()
    assert [r["source_org"] for r in rows] == ["Statistics Office of Chile", None, "Customs Agency"]
