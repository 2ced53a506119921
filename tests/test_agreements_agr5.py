"""Agreement rules for unseen news (round 5): passing third countries in the narrative pair, a
batch coordinated after an instrument and its examples, counts restated in figures, renewals and
swaps, spaced-dash headings, dates of a relative clause about a person, defined acronyms, "a second
deal".  Own sentences, other countries than the dev sets."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.agreement_acronyms import definitions
from pipeline.extract.agreement_counts import _quantity_span_before
from tests.test_agreements_agr4 import _run
from tests.test_agreements_generalisation import _find

REF = dt.date(2025, 7, 20)


def _one(rows: list[dict], surface: str) -> dict:
    [r] = [r for r in rows if r["surface"] == surface]
    return r


# --- the narrative pair and a country named once ----------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("Kenyan President Ruto met Ghanaian President Mahama in Nairobi on 14 July. Kenya and Ghana agreed to "
     "expand trade.\n\nThe leaders welcomed the naval drill held off Mombasa with Kenya and Tanzania.\n\n"
     "In the presence of the two presidents, three memoranda of understanding were signed.", ["GHA", "KEN"]),
    ("Chile and Peru held talks in Lima on 3 July. Peruvian officials said Chile remains a key partner.\n\n"
     "A pipeline linking Chile with Peru and later Bolivia is under study.\n\n"
     "The two leaders also witnessed the signing of four agreements.", ["CHL", "PER"]),
])
def test_a_country_named_once_is_no_side_of_the_two_sides(text, want):
    [r] = _run(text, REF)
    assert r["countries"] == want


def test_a_second_pair_of_the_story_is_kept_when_its_countries_recur():
    text = ("Chile and Peru held talks in Lima on 3 July. Peru and Chile agreed on fisheries.\n\n"
            "Separately, Peru and Bolivia held talks on 4 July. Bolivia and Peru then signed two agreements.")
    [r] = _run(text, REF)
    assert r["countries"] == ["BOL", "PER"]


# --- a batch after an instrument, and the batch's examples --------------------------------------


def test_a_counted_batch_coordinated_after_an_instrument_is_a_row_of_its_own():
    text = ("In July, the summit in Quito produced a joint declaration on the pipeline and nine agreements and "
            "memoranda, including a memorandum on fisheries and another on tourism.")
    rows = _find(text, dates=[("July", dt.date(2025, 7, 1), "month")], pair=("ECU", "COL"))
    by_type = {r["agreement_type"]: r for r in rows}
    assert by_type["joint_statement"]["name"] == "Joint declaration on the pipeline"
    assert by_type["agreement"]["quantity"] == 9
    # the batch's example shares its signing and ends before "and another on ..."
    assert by_type["mou"]["name"] == "Memorandum on fisheries"
    assert all(r["signed_date"] == dt.date(2025, 7, 1) for r in rows)


def test_examples_of_a_batch_with_a_verb_of_their_own_keep_it():
    text = ("The ministers signed six agreements on 2 May 2024, including an accord on roads that entered into "
            "force in 2025.")
    rows = _find(text, dates=[("2 May 2024", dt.date(2024, 5, 2), "day"), ("2025", dt.date(2025, 1, 1), "year")],
                 pair=("SEN", "MLI"))
    accord = [r for r in rows if r["quantity"] != 6][0]
    assert accord["effective_date"] == dt.date(2025, 1, 1)


# --- counts restated in figures -------------------------------------------------------------------


@pytest.mark.parametrize("text, head, want", [
    ("the leaders witnessed the signing of eleven (11) cooperation documents", "cooperation", 11),
    ("Both sides signed two (2) memoranda", "memoranda", 2),
    ("signed (4) agreements", "agreements", None),
])
def test_a_number_word_restated_in_figures_is_one_count(text, head, want):
    assert _quantity_span_before(text, text.index(head))[0] == want


def test_signing_and_exchange_of_a_restated_count():
    text = "After the talks, the two Prime Ministers witnessed the signing and exchange of seven (7) cooperation documents."
    [r] = _find(text, pair=("VNM", "KHM"), fallback=(dt.date(2025, 3, 13), "day"))
    assert (r["quantity"], r["signed_date"]) == (7, dt.date(2025, 3, 13))


# --- renewals and currency swaps -------------------------------------------------------------------


@pytest.mark.parametrize("text, surface, when", [
    ("The central banks of Turkey and Qatar renewed their bilateral currency swap agreement, worth 15 billion "
     "dollars, in May, the central bank said.", "currency swap agreement", (dt.date(2025, 5, 1), "month")),
    ("Brazil and Argentina extended their local currency swap arrangement in March 2024.",
     "currency swap arrangement", (dt.date(2024, 3, 1), "month")),
])
def test_a_renewed_swap_is_a_signed_instrument_of_type_other(text, surface, when):
    r = _one(_run(text, REF), surface)
    assert r["agreement_type"] == "other"
    assert (r["signed_date"], r["signed_precision"]) == when
    assert len(r["countries"]) == 2


@pytest.mark.parametrize("text", [
    "The minister extended an invitation to his counterpart and renewed calls for a trade agreement.",
    "Pakistan, Iran extend border trade pact for one year",
    "Ghana's central bank discussed a currency swap arrangement with Nigeria.",
])
def test_no_renewal_or_swap_signed(text):
    assert _run(text, REF) == []


# --- headings with a spaced dash ----------------------------------------------------------------------


def test_a_heading_with_a_spaced_dash_between_countries_is_the_statement_of_the_day():
    text = ("Ministry of Foreign Affairs\nGovernment of Japan\n\nJapan - Viet Nam Joint Statement on the Official "
            "Visit of the Prime Minister of Viet Nam to Japan\nMarch 3, 2025\n\n"
            "1. The two leaders held talks in Tokyo on 3 March 2025.\n")
    [r] = _run(text, dt.date(2025, 3, 3))
    assert r["name"].startswith("Japan-Viet Nam Joint Statement")
    assert (r["agreement_type"], r["signed_date"], r["countries"]) == ("joint_statement", dt.date(2025, 3, 3),
                                                                       ["JPN", "VNM"])


def test_a_spaced_dash_before_a_non_country_stays_out_of_the_name():
    text = "Kenya - Uganda Joint Communique issued in Kampala on 4 June 2024 set out the plans."
    [r] = _run(text, dt.date(2024, 6, 5))
    assert r["name"] == "Kenya-Uganda Joint Communique"
    [r] = _find("Reuters - Kenya Joint Declaration was issued in 2024.", dates=[("2024", dt.date(2024, 1, 1), "year")],
                pair=("KEN", "UGA"))
    assert not r["name"].startswith("Reuters")


# --- a date in a relative clause about a person -------------------------------------------------------


def test_a_date_of_a_who_clause_does_not_date_the_signing():
    text = ("KAMPALA: Uganda and Kenya on Thursday signed a protocol on cross-border fishing.\n\n"
            "The protocol was signed by Ugandan Minister Okello and Kenyan Minister Wanjiru, who flew into Kampala "
            "on Wednesday for a two-day visit.")
    rows = _run(text, dt.date(2025, 5, 16))
    assert {r["signed_date"] for r in rows} == {dt.date(2025, 5, 15)}


def test_a_who_clause_telling_the_signing_keeps_its_date():
    text = "The accord was welcomed by Chilean minister Rojas, who signed the accord on 3 May 2019."
    rows = _find(text, dates=[("3 May 2019", dt.date(2019, 5, 3), "day")], pair=("CHL", "PER"))
    assert rows[-1]["signed_date"] == dt.date(2019, 5, 3)


# --- acronyms defined in the document -------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("signed a protocol amending the Ethiopia-Kenya Special Status Agreement (EKSSA) on Monday",
     [("EKSSA", "Ethiopia-Kenya Special Status Agreement", "agreement")]),
    ("reached the Joint Comprehensive Plan of Action (JCPOA)", [("JCPOA", "Joint Comprehensive Plan of Action",
                                                                 "other")]),
    ("signed the free trade agreement (FTA) and the Nile Basin Initiative (NBI)", []),
    ("the Economic Partnership Agreement (XYZ) was signed", []),
    ("upgraded ties to a Comprehensive Strategic Partnership (CSP)", []),
])
def test_acronym_definitions(text, want):
    assert definitions(text) == want


def test_a_defined_acronym_with_its_own_signing_is_that_instrument():
    text = ("NAIROBI: Kenya and Ethiopia on Monday signed a protocol amending the Ethiopia-Kenya Special Status "
            "Agreement (EKSSA) to cover tourism.\n\nThe EKSSA, signed in March 2012 and in force since May 2013, "
            "had lapsed. Officials said the EKSSA remains popular.")
    rows = _run(text, dt.date(2025, 5, 14))
    r = _one(rows, "EKSSA")
    assert (r["name"], r["agreement_type"]) == ("Ethiopia-Kenya Special Status Agreement", "agreement")
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2012, 3, 1), "month")
    assert r["effective_date"] == dt.date(2013, 5, 1)
    assert r["countries"] == ["ETH", "KEN"]
    assert len(rows) == 2  # (the bare "the EKSSA remains popular" is no mention)


def test_operational_since_is_the_effective_date():
    text = "The Lobito corridor agreement, signed in May 2021 and operational since June 2022, moves copper."
    [r] = _find(text, dates=[("May 2021", dt.date(2021, 5, 1), "month"), ("June 2022", dt.date(2022, 6, 1), "month")],
                pair=("AGO", "ZMB"))
    assert (r["signed_date"], r["effective_date"]) == (dt.date(2021, 5, 1), dt.date(2022, 6, 1))


# --- "a second deal" ----------------------------------------------------------------------------------------


def test_a_second_deal_is_of_the_kind_just_told():
    text = ("Japan has bought Australian coal since a long-term trade agreement was signed in Tokyo in May 2009. "
            "A second deal, signed in June 2019, took effect in 2020.")
    rows = _run(text, REF)
    assert [r["agreement_type"] for r in rows] == ["trade_agreement", "trade_agreement"]
    assert rows[1]["signed_date"] == dt.date(2019, 6, 1)


def test_a_lone_deal_stays_other():
    text = "Japan and Australia signed a deal on coal in May 2019."
    [r] = _run(text, REF)
    assert r["agreement_type"] == "other"


# --- more ways of telling a signing ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The signing ceremony of the Ghana-Togo border agreement was held in Accra on 10 June 2025.",
])
def test_a_signing_ceremony_signs(text):
    [r] = _find(text, dates=[("10 June 2025", dt.date(2025, 6, 10), "day")], pair=("GHA", "TGO"))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 6, 10), "day")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed an air services agreement and a double taxation avoidance agreement on Tuesday.",
    "Peru and Chile signed a tourism accord and a mutual legal assistance treaty on Tuesday.",
])
def test_a_second_instrument_with_three_modifiers_shares_the_signing(text):
    rows = _find(text, pair=("KEN", "UGA"), fallback=(dt.date(2025, 6, 10), "day"))
    assert len(rows) == 2 and all(r["signed_date"] == dt.date(2025, 6, 10) for r in rows)


def test_an_entry_into_force_after_the_parties_of_an_instrument():
    text = "A visa exemption agreement between Kenya and Uganda took effect on 3 June 2025."
    [r] = _find(text, dates=[("3 June 2025", dt.date(2025, 6, 3), "day")], pair=("KEN", "UGA"))
    assert (r["signed_date"], r["effective_date"]) == (None, dt.date(2025, 6, 3))


# --- roadmaps, plans, agreed minutes, statements of intent -------------------------------------------


@pytest.mark.parametrize("text, surface", [
    ("Ghana and Togo signed a roadmap for digital cooperation on Tuesday.", "roadmap"),
    ("Peru and Chile signed a cooperation plan for 2025-2027 on Tuesday.", "plan"),
    ("Ghana and Togo signed the minutes of the 5th session of the Joint Commission on Tuesday.",
     "minutes of the 5th session"),
    ("Peru and Chile signed a statement of intent on defence on Tuesday.", "statement of intent on defence"),
])
def test_signed_roadmaps_plans_minutes_and_statements_of_intent_are_other_instruments(text, surface):
    [r] = _find(text, pair=("GHA", "TGO"), fallback=(dt.date(2025, 6, 10), "day"))
    assert text[r["char_start"]:r["char_end"]] == surface
    assert (r["agreement_type"], r["signed_date"]) == ("other", dt.date(2025, 6, 10))


@pytest.mark.parametrize("text, n", [
    ("Ghana plans to sign an agreement with Togo.", 0),
    ("The roadmap adopted in 2020 guides the relationship.", 0),
    ("Ghana and Togo signed the deal within minutes of the meeting.", 0),
    ("He signed off on plans for a new bridge.", 0),
    ("Ghana and Togo signed an agreement under the plan announced in May.", 1),
    ("The two ministers reviewed the plan for the new port and signed an MoU.", 1),
])
def test_plans_and_minutes_that_are_no_signed_instruments(text, n):
    rows = _find(text, pair=("GHA", "TGO"), fallback=(dt.date(2025, 6, 10), "day"))
    assert len(rows) == n and all(r["agreement_type"] != "other" for r in rows)


def test_list_items_naming_a_plan_or_roadmap_are_signed_with_the_lead():
    text = ("Ministry of Foreign Affairs\n\n1. Prime Minister A of Viet Nam held talks with Prime Minister B of Cambodia "
            "in Hanoi on 13 March 2025.\n\n"
            "2. After the talks, the two Prime Ministers witnessed the signing of the following documents:\n"
            "- Agreement on Road Transport;\n- Plan on the Joint Management of the Mekong Ferry for 2025-2030;\n"
            "- Roadmap for Digital Trade.\n\n3. The two sides will draft a plan on tourism.\n")
    rows = _run(text, dt.date(2025, 3, 14))
    assert [r["quantity"] for r in rows] == [3, 1, 1, 1]
    plan = _one(rows, "Plan on the Joint Management of the Mekong Ferry")
    assert (plan["agreement_type"], plan["signed_date"]) == ("other", dt.date(2025, 3, 13))  # (not its period)


# --- names ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, qty", [
    ("Egypt and Sudan signed the so-called Four Freedoms Agreement in 2004.", "Four Freedoms Agreement", None),
    ("The Three Gorges Accord was signed in 2004.", "Three Gorges Accord", None),
    ("Egypt and Sudan signed Four Agreements in 2004.", None, 4),
    ("Egypt and Sudan signed two trade agreement in 2004.", None, None),
])
def test_a_number_before_a_singular_head_is_part_of_its_title(text, name, qty):
    [r] = _find(text, pair=("EGY", "SDN"), dates=[("2004", dt.date(2004, 1, 1), "year")])
    assert (r["name"], r["quantity"]) == (name, qty)


@pytest.mark.parametrize("text, name", [
    ("They signed an MoU on training of 1,000 Kenyan nurses at the hospital.", "MoU on training of 1,000 Kenyan nurses"),
    ("They signed a joint statement on enhanced defence cooperation together with the two ministers.",
     "Joint statement on enhanced defence cooperation"),
])
def test_complement_names_keep_thousands_and_stop_at_companions(text, name):
    [r] = _find(text, pair=("KEN", "UGA"), fallback=(dt.date(2025, 6, 10), "day"))
    assert r["name"] == name


def test_a_general_noun_inside_a_paragraph_under_a_lead_is_no_item():
    text = ("Joint Declaration\n\n1. Kenya and Ghana held talks on 3 May 2025 and witnessed the signing of the "
            "following documents:\n"
            "2. Kenya and Ghana welcome their Strategic Partnership and recall that the plan of 2020 remains the "
            "roadmap of the relationship.\n3. Plan on the Joint Management of the Volta Ferry.\n")
    rows = _run(text, dt.date(2025, 5, 4))
    assert [r["surface"] for r in rows if r["agreement_type"] == "other"] == [
        "Plan on the Joint Management of the Volta Ferry"]
