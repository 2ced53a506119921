"""Indicator rules for unseen news (round 13): own sentences, other countries than the dev sets.

Families: a relative comparison base written after "the" ("12 percent over the previous fiscal
year") dates no figure of the next coordinated clause; the partner of a trade flow after a goods
phrase of coordinated nouns; a loan agreement "under which" a lender "will provide" a sum is a fact,
not a forecast; a loan or grant whose giver is unnamed is lent by the pair country whose own
currency it is in (the receiver named in the sentence); a loan or grant signed in the sentence
without a date takes the year reported, and one dated by a day takes its year; "grant assistance"
is a grant; headlines under a "Read more" heading are page furniture; the output of a project run
by a firm of the pair ("<goods>_production"), dated by its own year rather than a "since" of its
subject.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 6, 10)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["period_start"], r["period_end"], r["from_country_iso3"],
             r["to_country_iso3"]) for r in _extract(text, REF)]


# --- "over the previous fiscal year": a comparison base, not the next clause's period ----------------


def test_previous_fiscal_year_after_the_is_no_period_of_the_coordinated_clause():
    rows = _rows("Pakistan and Malaysia held talks in Islamabad. Pakistan's exports to Malaysia rose to $410 "
                 "million in FY2024-25, a rise of 9.1 percent over the previous fiscal year, while imports from "
                 "Malaysia reached $1.3 billion.")
    assert rows == [
        ("exports", 4.1e8, "USD", dt.date(2024, 7, 1), dt.date(2025, 6, 30), "PAK", "MYS"),
        ("imports", 1.3e9, "USD", dt.date(2024, 7, 1), dt.date(2025, 6, 30), "MYS", "PAK"),
    ]


def test_previous_fiscal_year_after_from_the_in_an_indian_fiscal_year():
    rows = _rows("India and Chile held talks in New Delhi. India's exports to Chile stood at $1.6 billion in "
                 "2024-25, up 7 per cent from the previous fiscal year, while imports from Chile "
                 "amounted to $2.2 billion.")
    assert [r[3:5] for r in rows] == [(dt.date(2024, 4, 1), dt.date(2025, 3, 31))] * 2
    assert [r[5:] for r in rows] == [("IND", "CHL"), ("CHL", "IND")]


def test_a_previous_year_without_a_change_before_it_still_dates_its_own_figure():
    # near miss: no percentage before "over the": the date is the figure's own period
    rows = _rows("Kenya and Rwanda held talks. Over the previous fiscal year, Kenya's exports to Rwanda "
                 "amounted to KSh 42 billion.")
    assert [(r[0], r[3], r[4]) for r in rows] == [("exports", dt.date(2024, 7, 1), dt.date(2025, 6, 30))]


# --- the partner after coordinated goods ------------------------------------------------------


def test_partner_after_coordinated_goods_nouns():
    rows = _rows("Brazil and Egypt held talks. Egypt's imports of iron ores and concentrates and rolled steel "
                 "from Brazil reached $820 million in 2025.")
    assert rows == [("imports", 8.2e8, "USD", dt.date(2025, 1, 1), dt.date(2025, 12, 31), "BRA", "EGY")]
    rows = _rows("Peru and Korea held talks. Korea's imports of zinc or lead and copper cathodes from Peru "
                 "totalled $1.1 billion in 2025.")
    assert [r[5:] for r in rows] == [("PER", "KOR")]


def test_a_verb_clause_between_goods_and_partner_names_no_partner():
    # near miss: "from Brazil" belongs to another clause, past a verb
    rows = _rows("Brazil and Egypt held talks. Egypt's imports of wheat reached $820 million in 2025 as "
                 "shipments shifted away from Brazil.")
    assert [r[5:] for r in rows] != [("BRA", "EGY")]


# --- a loan agreement under which a lender will provide a sum ---------------------------------------


def test_loan_agreement_under_which_a_fund_will_provide_a_sum_in_its_currency():
    rows = _rows("Japan and Kenya held talks. The ministers welcomed the signing last month of a loan agreement "
                 "under which the Japanese development agency will provide 24 billion yen for a geothermal "
                 "plant in Kenya.")
    assert rows == [("loan", 2.4e10, "JPY", dt.date(2026, 5, 1), dt.date(2026, 5, 31), "JPN", "KEN")]
    rows = _rows("China and Laos held talks. Both sides hailed the credit agreement by which the fund would "
                 "provide 900 million yuan for a railway depot in Vientiane.")
    assert [r[:3] + r[5:] for r in rows] == [("loan", 9e8, "CNY", "CHN", "LAO")]


def test_a_fund_that_will_provide_a_sum_without_an_agreement_stays_a_forecast():
    # near miss: no instrument governs the future verb
    assert _rows("Japan and Kenya held talks. The fund will provide 24 billion yen next year, officials hope.") == []


# --- the lender of a loan or grant from its currency -----------------------------------------------


def test_coordinated_grant_and_loan_take_the_currency_country_as_giver():
    rows = _rows("Japan and Sri Lanka held talks. The two ministers witnessed the exchange of Notes on a grant of "
                 "1.2 billion yen for a hospital in Colombo, and of a loan agreement worth 31 billion yen for a "
                 "light rail line.")
    assert rows == [
        ("grant", 1.2e9, "JPY", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "JPN", "LKA"),
        ("loan", 3.1e10, "JPY", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "JPN", "LKA"),
    ]
    rows = _rows("Saudi Arabia and Pakistan held talks. Officials signed a loan agreement worth SR900 million "
                 "for a dam in Balochistan.")
    assert [r[:3] + r[5:] for r in rows] == [("loan", 9e8, "SAR", "SAU", "PAK")]


def test_a_dollar_loan_names_no_lender():
    # near miss: a dollar sum tells no giver between the pair (an IMF or bank loan may be meant)
    assert _rows("Japan and Sri Lanka held talks. Officials signed a loan agreement worth $300 million for a "
                 "light rail line.") == []


# --- "grant assistance", "grant aid": a grant ------------------------------------------------------


def test_grant_assistance_and_grant_aid_are_grants():
    rows = _rows("China and Nepal held talks. The two sides signed a handover certificate for a hospital built "
                 "with Chinese grant assistance of 150 million yuan.")
    assert [r[:3] + r[5:] for r in rows] == [("grant", 1.5e8, "CNY", "CHN", "NPL")]
    rows = _rows("Japan and Laos held talks. Japan extended grant aid of 1.9 billion yen to Laos for a water "
                 "plant in 2025.")
    assert [r[:3] + r[5:] for r in rows] == [("grant", 1.9e9, "JPY", "JPN", "LAO")]


def test_assistance_without_a_grant_stays_aid():
    # near miss
    rows = _rows("Japan and Laos held talks. Japan extended emergency assistance of 1.9 billion yen to Laos in 2025.")
    assert [r[0] for r in rows] == ["aid"]


# --- related headlines after a "Read more:" heading ------------------------------------------------


def test_headlines_after_a_read_more_heading_are_no_figures():
    text = ("Jordan and Egypt held talks in Amman on Monday.\n\nTrade between the two countries reached "
            "$1.1 billion in 2025.\n\nRead more:\nKuwait Fund signs $250m in new loans across Africa\n"
            "Egypt's exports to Jordan rise 4% to $480m in first half\n\nTags: Jordan, Egypt\n")
    assert [(r["metric"], r["value"]) for r in _extract(text, REF)] == [("trade_total", 1.1e9)]
    text = ("Oman and India held talks on Monday.\n\nREAD MORE\nOman's exports to India hit $4 billion\n\n"
            "Officials said more deals would follow.\n")
    assert _extract(text, REF) == []


def test_a_read_more_button_before_a_body_sentence_keeps_the_sentence():
    # near miss: the line after it ends with a stop, it is news prose
    text = ("Oman and India held talks on Monday.\n\nRead more\nOman's exports to India reached $4 billion "
            "in 2025, officials said.\n")
    assert [(r["metric"], r["value"]) for r in _extract(text, REF)] == [("exports", 4e9)]


# --- the output of a project run by a firm of one country of the pair ---------------------------


def test_output_of_a_project_operated_by_a_firm_of_the_pair():
    rows = _rows("Zambia and China held talks. The Chambishi mine, operated by Nonferrous Metal Mining Group "
                 "of China since 1998, produced 61,000 tonnes of copper cathode in 2025.")
    assert rows == [("cathode_production", 61000.0, "tonnes", dt.date(2025, 1, 1), dt.date(2025, 12, 31), None, None)]
    rows = _rows("Kazakhstan and Russia held talks. The Karachaganak field, a Russian-operated venture, "
                 "produced about 11 million tonnes of crude oil last year.")
    assert [r[:5] for r in rows] == [("oil_production", 1.1e7, "tonnes", dt.date(2025, 1, 1), dt.date(2025, 12, 31))]


def test_a_countrys_own_output_is_no_figure_of_the_relationship():
    # near miss: no firm of the pair runs it
    assert _rows("Zambia and China held talks. Zambia produced 820,000 tonnes of copper in 2025.") == []
    assert _rows("Zambia and China held talks. The Kansanshi mine, operated by First Quantum Minerals, "
                 "produced 140,000 tonnes of copper in 2025.") == []


# --- a signed loan or grant dated by a day takes its year -----------------------------------------


def test_a_grant_signed_on_a_day_is_dated_by_its_year():
    rows = _rows("China and Nepal held talks. On Tuesday the two sides signed an agreement on a Chinese grant "
                 "of 300 million yuan for a ring road.")
    assert rows == [("grant", 3e8, "CNY", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "CHN", "NPL")]
    rows = _rows("Saudi Arabia and Egypt held talks. On 3 June 2026 the two sides signed a SR600 million loan "
                 "for a desalination plant in Egypt.")
    assert [r[3:] for r in rows] == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "SAU", "EGY")]


def test_a_trade_figure_of_a_day_keeps_its_day():
    # near miss: not development finance
    rows = _rows("China and Nepal held talks. Customs said on Tuesday that exports from China to Nepal reached "
                 "300 million yuan on 2 June 2026 alone.")
    assert [r[0] for r in rows] == ["exports"] and rows[0][3] == rows[0][4] == dt.date(2026, 6, 2)


def test_a_local_currency_loan_without_the_other_country_names_no_lender():
    # near miss: a rupee loan for a Pakistani project in a China-Pakistan story is Pakistan's own
    assert _rows("China and Pakistan held talks. Officials signed a loan agreement worth Rs 30 billion for "
                 "the Karachi Circular Railway.") == []


# --- a sum in one side's money takes that side's fiscal year; a committed loan is a commitment ------


def test_a_yen_sum_in_a_fiscal_year_takes_japans_fiscal_year():
    rows = _rows("India and Japan issued a joint statement in New Delhi. The Prime Minister thanked Japan for "
                 "yen loans totalling 380 billion yen committed in FY2024 for projects in India.")
    assert rows == [("loan_commitment", 3.8e11, "JPY", dt.date(2024, 4, 1), dt.date(2025, 3, 31), "JPN", "IND")]
    rows = _rows("Pakistan and Japan held talks in Islamabad. Japan extended grant aid of 9 billion yen to "
                 "Pakistan in fiscal 2025 for flood recovery.")
    assert [r[:5] for r in rows] == [("grant", 9e9, "JPY", dt.date(2025, 4, 1), dt.date(2026, 3, 31))]


def test_a_dollar_sum_keeps_the_documents_fiscal_year():
    # near miss: a dollar sum is nobody's own money; the FY of the document's main country stays
    rows = _rows("Pakistan and Japan held talks in Islamabad. Japanese investment in Pakistan reached $90 "
                 "million in FY2025.")
    assert [r[3:5] for r in rows] == [(dt.date(2024, 7, 1), dt.date(2025, 6, 30))]


def test_loans_told_as_committed_are_loan_commitments():
    rows = _rows("Korea and Uzbekistan held talks. Concessional loans worth 210 billion won were committed to "
                 "Uzbekistan in 2025.")
    assert [r[:3] + r[5:] for r in rows] == [("loan_commitment", 2.1e11, "KRW", "KOR", "UZB")]


def test_a_signed_loan_stays_a_loan():
    # near miss: signed, not "committed"
    rows = _rows("Korea and Uzbekistan held talks. A loan worth 210 billion won was signed with Uzbekistan in 2025.")
    assert [r[0] for r in rows] == ["loan"]
