"""Indicator rules for unseen news (round 18): own sentences, other countries than the dev sets.

Families: "grant aid of" / "grant assistance of" after a verb of giving is the instrument itself, not
a forecast; "grant aid to <country>" names the receiver after the whole compound (a third country's
grant is no fact of the pair); a participle clause after a comma ("..., shipping 29 million tonnes")
has the subject of its main clause; "a market of 240 million people" is a population, no figure;
"CFA francs" is the Central African franc (XAF) in a CEMAC country's story; a traded good with its
acronym ("liquefied natural gas (LNG) from Qatar") keeps the partner after it; a run of months
followed by a relative year ("From January to October this year", "In January and February this
year") is dated by those months.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 10, 7)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"])
            for r in _extract(text, REF)]


def _periods(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["period_start"], r["period_end"]) for r in _extract(text, REF)]


# --- "will provide grant aid of 2.4 billion yen": the grant of the instrument ---------------------------


def test_grant_aid_of_after_will_provide_is_a_grant():
    rows = _rows("Japan and Nepal on Monday exchanged notes under which Tokyo will provide grant aid of "
                 "2.4 billion yen for school buildings in Nepal.")
    assert rows == [("grant", 2.4e9, "JPY", "JPN", "NPL")]


def test_grant_assistance_of_after_will_extend_is_a_grant():
    rows = _rows("Under the notes signed on Friday, South Korea will provide grant assistance of $15 million for "
                 "rural roads in Laos.")
    assert rows == [("grant", 1.5e7, "USD", "KOR", "LAO")]


def test_aid_of_a_target_is_still_no_figure():
    # near miss: a wish to raise aid to a level is a forecast, no grant of the pair
    assert _rows("Japan and Nepal held talks. Nepal hopes Japanese aid will reach 5 billion yen by 2030.") == []


# --- "grant aid to Laos": a receiver outside the pair --------------------------------------------------


def test_grant_aid_to_a_third_country_is_no_fact_of_the_pair():
    text = ("Japan and Vietnam signed a new loan agreement on Tuesday. Japan has also provided grant aid to "
            "Myanmar for flood relief, with $7 million committed this year.")
    assert _rows(text) == []


def test_grant_assistance_to_a_third_country_is_no_fact_of_the_pair():
    text = ("India and Sri Lanka held talks in Colombo. India has also extended grant assistance to the "
            "Maldives, with $12 million disbursed this year.")
    assert _rows(text) == []


def test_grant_aid_to_the_pair_partner_stays():
    # near miss: the receiver named after "grant aid to" is the other country of the pair
    text = ("Japan and Vietnam held talks in Hanoi. Japan has also provided grant aid to Vietnam for flood "
            "relief, with $7 million committed this year.")
    assert [r[:5] for r in _rows(text)] == [("grant", 7e6, "USD", "JPN", "VNM")]


# --- "X is the largest exporter, shipping N tonnes": the main clause's subject -------------------------


def test_participle_clause_takes_the_third_country_of_its_main_clause():
    text = ("Thailand and Japan held talks on rice trade. Meanwhile, Vietnam remains the world's second largest "
            "rice exporter, shipping 8 million tonnes last year.")
    assert _rows(text) == []
    text = ("Kenya and Egypt discussed tea exports. Sri Lanka is also a leading tea supplier, exporting "
            "250 million kilograms a year.")
    assert _rows(text) == []


def test_participle_clause_of_a_pair_country_stays():
    # near miss: the main clause's subject is a country of the pair
    text = ("Egypt and Kenya held talks. Kenya is a leading tea producer, shipping 40,000 tonnes of tea to "
            "Egypt last year.")
    rows = _rows(text)
    assert [r[:5] for r in rows] == [("exports", 40000.0, "tonnes", "KEN", "EGY")]


# --- "a market of 240 million people": a population -----------------------------------------------------


def test_a_market_of_people_is_no_figure():
    assert _rows("Vietnam and Korea held talks. Vietnam is a market of 100 million people, the minister said.") == []
    assert _rows("Egypt and Kenya held talks. Egypt offers a consumer market of 107 million people to Kenyan "
                 "exporters.") == []


def test_people_employed_by_a_market_stay_a_figure():
    # near miss: people counted by what they do, not a market's size
    rows = _rows("Turkish firms in Algeria employ some 21,000 Algerian workers, the embassy said.")
    assert [r[:3] for r in rows] == [("jobs_created", 21000.0, "jobs")]


# --- "CFA francs": the franc of the document's zone -----------------------------------------------------


def test_cfa_francs_in_a_cemac_story_are_xaf():
    rows = _rows("Trade between Gabon and Equatorial Guinea reached 95 billion CFA francs in 2025.")
    assert [r[:3] for r in rows] == [("trade_total", 9.5e10, "XAF")]
    rows = _rows("Congo's exports to the Central African Republic totalled 40 billion CFA francs last year.")
    assert [r[:3] for r in rows] == [("exports", 4e10, "XAF")]


def test_cfa_francs_in_a_uemoa_story_stay_xof():
    # near miss: West African CFA franc countries keep XOF
    rows = _rows("Trade between Senegal and Mali reached 520 billion CFA francs in 2025.")
    assert [r[:3] for r in rows] == [("trade_total", 5.2e11, "XOF")]


# --- "imports of liquefied natural gas (LNG) from Qatar": the partner after an acronym -------------------


def test_partner_after_goods_with_their_acronym():
    rows = _rows("Qatar and Pakistan held talks. Imports of liquefied natural gas (LNG) from Qatar reached "
                 "$3.2 billion in 2025, the ministry said.")
    assert [r[:5] for r in rows] == [("imports", 3.2e9, "USD", "QAT", "PAK")]
    rows = _rows("Japan and Thailand held talks. Exports of completely built units (CBUs) to Thailand stood at "
                 "$1.4 billion in 2025.")
    assert [r[:5] for r in rows] == [("exports", 1.4e9, "USD", "JPN", "THA")]


def test_goods_in_brackets_that_are_no_acronym_break_the_phrase():
    # near miss: a gloss in lower case words ("(about $x)") is no acronym of the goods
    rows = _rows("Qatar and Pakistan held talks. Imports stood at $3.2 billion (about Rs 890 billion) in 2025.")
    assert [r[:3] for r in rows] == [("imports", 3.2e9, "USD")]


# --- "From January to October this year": the months of the relative year -------------------------------


def test_month_run_before_this_year_is_dated_by_the_months():
    assert _periods("Peru and Chile held talks. From January to August this year, bilateral trade reached "
                    "$6.1 billion.") == [("trade_total", 6.1e9, dt.date(2026, 1, 1), dt.date(2026, 8, 31))]
    assert _periods("Peru and Chile held talks. From March to May last year, bilateral trade reached "
                    "$1.2 billion.") == [("trade_total", 1.2e9, dt.date(2025, 3, 1), dt.date(2025, 5, 31))]


def test_two_months_in_a_row_before_this_year():
    assert _periods("Peru and Chile held talks. In January and February this year, bilateral trade rose 2 per "
                    "cent to $900 million.") == [("trade_total", 9e8, dt.date(2026, 1, 1), dt.date(2026, 2, 28))]


def test_this_year_alone_stays_the_year():
    # near miss: no month before the relative year
    assert _periods("Peru and Chile held talks. This year, bilateral trade reached $6.1 billion.") == [
        ("trade_total", 6.1e9, dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_fiscal_year_that_ended_last_year_keeps_its_own_year():
    # near miss: a period with its own year ("fiscal year 2024-2025, which ended on June 30") before
    # "last year" is not re-dated by it
    assert _periods("Kenya and Pakistan held talks. Kenya's tea exports to Pakistan reached $510 million in fiscal "
                    "year 2024-2025, which ended on June 30 last year.") == [
        ("exports", 5.1e8, dt.date(2024, 7, 1), dt.date(2025, 6, 30))]
