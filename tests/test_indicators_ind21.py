"""Indicator rules for unseen news (round 15): own sentences, other countries than the dev sets.

Families: an ambiguous currency word ("dinars") is the currency of the side of the pair that the
sentence reports the figure from, else the one it first tells the figure of (not after a preposition),
before the document's ranking; a bracketed acronym inside a name ("Mass
Transit System (MTS) Link") does not end the phrase after a length, whose head noun follows it; a
loan agreement "with" its borrower "under which" a lender will provide money is a loan, not a
forecast; "committed investments" and an "authorised capital" are their own measures; a count of
firms that are only "looking at" or "considering" a country is no figure; an investment of one side
"in" a named zone or industrial park is in the other side of the pair.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 8, 20)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"])
            for r in _extract(text, REF)]


# --- an ambiguous currency word: the side the sentence names first ------------------------------------


def test_dinars_of_the_exporter_named_first_against_the_document_ranking():
    rows = _rows("Bahrain and Kuwait held talks in Manama. Bahrain's king received the Kuwaiti emir. Bahrain "
                 "hosted the meeting, and Bahrain's ministers attended. Kuwait's exports to Bahrain rose 8 percent "
                 "to 120 million dinars in 2025.")
    assert rows == [("exports", 1.2e8, "KWD", "KWT", "BHR")]


def test_dinars_of_the_importer_named_first():
    rows = _rows("Tunisia and Algeria held talks in Tunis. Tunisia's president hosted the Algerian premier. Tunisia "
                 "and its officials welcomed the visit to Tunisia. Algeria's imports from Tunisia reached 900 million "
                 "dinars in 2025.")
    assert [r[:3] for r in rows] == [("imports", 9e8, "DZD")]


def test_dinars_in_a_sentence_naming_no_side_keep_the_document_ranking():
    # near miss: no country in the sentence: the currency of the country the article is most about
    rows = _rows("Tunisia and Algeria held talks in Tunis. Tunisia's president hosted the Algerian premier. Tunisia "
                 "and its officials welcomed the visit to Tunisia. Bilateral exports rose to 900 million dinars in 2025.")
    assert [r[:3] for r in rows] == [("exports", 9e8, "TND")]


def test_dinars_of_the_reporting_side_named_at_the_end():
    rows = _rows("Kuwait and Bahrain held talks in Kuwait City. Kuwait's emir received the Bahraini king. Kuwait "
                 "hosted the meeting, and Kuwait's ministers attended. Kuwait's imports from Bahrain reached 80 "
                 "million dinars in 2025, Bahrain's statistics office said.")
    assert [r[:3] for r in rows] == [("imports", 8e7, "BHD")]


def test_dinars_of_a_partner_named_after_a_preposition_keep_the_document_ranking():
    # near miss: "exports to Kuwait" names the partner, not the side whose figure it is
    rows = _rows("Bahrain and Kuwait held talks in Manama. Bahrain's king received the Kuwaiti emir. Bahrain "
                 "hosted the meeting, and Bahrain's ministers attended. Exports to Kuwait fell 3 percent to 50 "
                 "million dinars in 2025.")
    assert [r[:3] for r in rows] == [("exports", 5e7, "BHD")]


# --- a bracketed acronym inside the name of the thing a length measures ------------------------------


def test_length_of_a_transit_link_named_with_its_acronym():
    rows = _rows("Thailand and Laos held talks in Vientiane. Laos welcomed the 6-kilometre Nong Khai-Vientiane Mass "
                 "Transit System (MTS) Link, which will carry passengers from 2027.")
    assert [r[:3] for r in rows] == [("railway_length", 6.0, "km")]


def test_length_of_a_pipeline_named_with_its_acronym():
    rows = _rows("Chad and Niger held talks. Chad and Niger agreed on the 25-km Doba-Zinder Oil Export System "
                 "(DZOES) Pipeline, officials said.")
    assert [r[:3] for r in rows] == [("pipeline_length", 25.0, "km")]


def test_acronym_without_a_head_noun_after_it_names_no_length():
    # near miss: nothing after the acronym tells what the length measures
    rows = _rows("Chad and Niger held talks. Chad and Niger agreed on the 25-km Doba-Zinder Oil Export System "
                 "(DZOES) in the east, officials said.")
    assert rows == []


# --- a loan agreement with the borrower under which a lender will provide money ----------------------


def test_loan_agreement_with_a_ministry_under_which_an_agency_will_provide():
    rows = _rows("Japan and the Philippines held talks. JICA signed a loan agreement with the Philippine Department "
                 "of Finance under which the agency will provide 50 billion yen for the Metro Manila Subway.")
    assert rows == [("loan", 5e10, "JPY", "JPN", "PHL")]


def test_credit_agreement_with_a_ministry_under_which_the_lender_will_extend():
    rows = _rows("France and Morocco held talks. The French Development Agency signed a credit agreement with "
                 "Morocco's Ministry of Economy under which it will extend 300 million euros to the rail operator.")
    assert rows == [("loan", 3e8, "EUR", "FRA", "MAR")]


def test_cooperation_agreement_under_which_money_will_flow_stays_a_plan():
    # near miss: no loan or grant agreement: a future sum is no fact
    rows = _rows("France and Morocco held talks. The French Development Agency signed a cooperation agreement with "
                 "Morocco's Ministry of Economy under which it will provide 300 million euros to the rail operator.")
    assert rows == []


# --- committed investments and authorised capital ----------------------------------------------------


def test_committed_investments_of_a_zone():
    rows = _rows("Egypt and Jordan held talks. As of June 2026, the joint industrial park had attracted 40 projects "
                 "with committed investments of $3.2 billion.")
    assert ("committed_investment", 3.2e9, "USD") in [r[:3] for r in rows]


def test_amount_in_committed_investments():
    rows = _rows("Ghana and Togo held talks. By May 2026, the corridor zone had drawn $1.1 billion in committed "
                 "investments.")
    assert [r[:3] for r in rows] == [("committed_investment", 1.1e9, "USD")]


def test_invested_money_stays_direct_investment():
    # near miss: money that was invested, no commitment
    rows = _rows("Ghana and Togo held talks. Ghanaian companies have invested $1.1 billion in Togo.")
    assert [r[:3] for r in rows] == [("direct_investment", 1.1e9, "USD")]


def test_authorised_capital_of_a_joint_company():
    rows = _rows("Egypt and Saudi Arabia held talks. The ministers praised the Saudi-Egyptian Holding Company, set "
                 "up with an authorised capital of $1 billion.")
    assert [r[:3] for r in rows] == [("authorized_capital", 1e9, "USD")]


def test_charter_capital_of_a_joint_bank():
    rows = _rows("Kazakhstan and Kyrgyzstan held talks. The sides noted the Kazakh-Kyrgyz Development Bank, which has "
                 "a charter capital of USD 250 million.")
    assert [r[:3] for r in rows] == [("authorized_capital", 2.5e8, "USD")]


def test_registered_capital_of_projects_stays_direct_investment():
    # near miss: the registered capital of investment projects measures the investment itself
    rows = _rows("Japan and Vietnam held talks. As of June 2026, Japanese investors had total registered capital "
                 "of $72 billion in Vietnam.")
    assert ("direct_investment", 7.2e10, "USD") in [r[:3] for r in rows]


# --- firms only looking at a country ----------------------------------------------------------------


def test_firms_seriously_looking_at_a_country_are_no_figure():
    rows = _rows("Turkey and Ethiopia held talks. The ambassador said some 20 Turkish firms were \"seriously "
                 "looking\" at Ethiopia.")
    assert rows == []


def test_companies_considering_a_country_are_no_figure():
    rows = _rows("Japan and Kenya held talks. The envoy said 25 Japanese companies are considering projects in Kenya.")
    assert rows == []


def test_companies_operating_in_a_country_are_counted():
    # near miss: firms that operate there are a fact
    rows = _rows("Japan and Kenya held talks. The envoy said 25 Japanese companies are operating in Kenya.")
    assert rows == [("companies", 25.0, "count", "JPN", "KEN")]


# --- an investment in a named zone or industrial park: in the other side of the pair -----------------


def test_investment_in_named_industrial_parks_is_in_the_other_country():
    rows = _rows("Vietnam and Japan held talks. According to the ministry, 120 Japanese companies had invested "
                 "$3.4bn in the Thang Long and Nomura industrial parks as of June 2026.")
    assert ("direct_investment", 3.4e9, "USD", "JPN", "VNM") in rows


def test_investment_in_named_zones_is_in_the_other_country():
    rows = _rows("Ethiopia and Turkey held talks. Turkish companies had invested $900m in the Hawassa, Kombolcha "
                 "and Adama zones by March 2026.")
    assert ("direct_investment", 9e8, "USD", "TUR", "ETH") in rows


def test_investment_in_a_named_region_keeps_no_host():
    # near miss: a region after "in" is no zone of the pair
    rows = _rows("Egypt and China held talks. Chinese firms have invested $2.1 billion in the Horn of Africa, "
                 "officials said.")
    assert [r[3:] for r in rows] == [("CHN", None)]
