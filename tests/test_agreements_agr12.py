"""Agreement rules for unseen news (round 12): a title-case type word in parentheses after a title
("(Amending Protocol)") says the title's type; every kind of joint statement ("Joint Vision
Statement", "Joint Leaders' Statement") is a joint statement; an instrument acting on another ("a
protocol upgrading the pact") is one instrument, named by its participle phrase; an apposition
renaming an instrument (", known as the second-phase agreement,") is the same instrument told
twice; headlines set apart by blank lines under a "Related:" header are other articles. Own
sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _types(rows: list[dict]) -> list[tuple]:
    return [(r["agreement_type"], r["name"]) for r in rows]


# --- a type word in parentheses after a title, in any case --------------------------------------


def test_a_title_case_amending_protocol_in_parentheses_is_one_protocol():
    text = ("Joint Communique\n\nThe following instruments were signed on 9 May 2026:\n"
            "(a) Convention for the Avoidance of Double Taxation (Amending Protocol);\n"
            "(b) Memorandum of Understanding on Fisheries.\n")
    rows = _run(text, dt.date(2026, 5, 9))
    by_name = {r["name"]: r["agreement_type"] for r in rows if r["name"]}
    assert by_name["Convention for the Avoidance of Double Taxation"] == "protocol"
    assert sum(1 for r in rows if r["agreement_type"] == "protocol") == 1
    assert "Amending Protocol" not in by_name


def test_a_title_case_supplementary_protocol_on_an_investment_agreement():
    text = ("Press release\n\nIn the presence of the two presidents, Chile and Vietnam signed the "
            "Agreement on the Promotion of Investments (Supplementary Protocol) on 3 June 2026.\n")
    rows = _run(text, dt.date(2026, 6, 3))
    assert _types(rows) == [("protocol", "Agreement on the Promotion of Investments")]


# --- joint statements of every kind -------------------------------------------------------------


def test_a_joint_vision_statement_is_a_joint_statement():
    text = ("COLOMBO, 4 May 2026 - After talks on Monday, the presidents of Sri Lanka and the Maldives "
            "adopted a Joint Vision Statement on Maritime Cooperation.\n")
    rows = _run(text, dt.date(2026, 5, 4))
    assert _types(rows) == [("joint_statement", "Joint Vision Statement on Maritime Cooperation")]


def test_a_joint_leaders_statement_is_a_joint_statement():
    text = ("Canberra news\n\nNew Zealand and Fiji issued a Joint Leaders' Statement on Tuesday.\n")
    rows = _run(text, dt.date(2026, 8, 14))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("joint_statement", dt.date(2026, 8, 11))]


def test_a_company_mission_statement_is_no_instrument():
    text = "Tallinn news\n\nThe Estonian and Latvian rail firms issued a mission statement on Tuesday.\n"
    assert [r for r in _run(text, dt.date(2026, 8, 14)) if r["agreement_type"] == "joint_statement"] == []


# --- an instrument acting on another --------------------------------------------------------------


def test_a_protocol_upgrading_a_pact_is_one_protocol_with_its_entry_into_force():
    text = ("Trade news\n\nThailand and Peru signed a free trade agreement in 2011. A protocol upgrading "
            "the pact took effect on March 1, 2024.\n")
    rows = _run(text, dt.date(2026, 5, 20))
    assert [(r["agreement_type"], r["signed_date"], r["effective_date"]) for r in rows] == [
        ("free_trade_agreement", dt.date(2011, 1, 1), None),
        ("protocol", None, dt.date(2024, 3, 1)),
    ]
    assert rows[1]["name"] == "Protocol upgrading the pact"


def test_an_amendment_extending_an_accord_is_named_by_its_participle():
    text = ("Quito news\n\nEcuador and Colombia on Tuesday signed an addendum extending the border "
            "accord.\n")
    rows = _run(text, dt.date(2026, 9, 3))
    assert len(rows) == 1
    assert rows[0]["signed_date"] == dt.date(2026, 9, 1)


# --- an apposition renaming an instrument ---------------------------------------------------------


def test_known_as_renames_the_instrument_just_named():
    text = ("Trade news\n\nKorea and Chile signed a free trade agreement in 2003. A protocol upgrading "
            "the pact, known as the second-phase agreement, entered into force on 1 July 2025.\n")
    rows = _run(text, dt.date(2026, 5, 20))
    assert [(r["agreement_type"], r["effective_date"]) for r in rows] == [
        ("free_trade_agreement", None), ("protocol", dt.date(2025, 7, 1))]


def test_a_dubbed_title_names_a_lower_case_treaty():
    text = ("Hanoi news\n\nIn 2019, Cambodia and Laos concluded a treaty, dubbed the Mekong Friendship "
            "Treaty, which entered into force in 2021.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert (r["agreement_type"], r["name"]) == ("treaty", "Mekong Friendship Treaty")
    assert (r["signed_date"], r["effective_date"]) == (dt.date(2019, 1, 1), dt.date(2021, 1, 1))


def test_a_parenthesised_also_called_is_the_same_instrument():
    text = ("Lima news\n\nPeru and Bolivia signed an accord (also called the Titicaca Accord) in "
            "March 2025.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert (r["name"], r["signed_date"]) == ("Titicaca Accord", dt.date(2025, 3, 1))


def test_two_instruments_in_a_series_are_no_apposition():
    text = ("Oslo news\n\nNorway and Iceland signed a fisheries agreement, a customs protocol and an "
            "MoU on research on Monday.\n")
    assert len(_run(text, dt.date(2026, 5, 20))) == 3


# --- headlines set apart by blank lines under a links header --------------------------------------


def test_headlines_under_a_related_header_with_blank_lines_are_other_articles():
    text = ("HANOI, May 15 (Xinhua) -- Viet Nam and Cuba held talks on Thursday.\n\nRelated:\n\n"
            "Viet Nam's exports up 6 pct in first four months\n\n"
            "Vietnamese, Cuban firms sign agreements on rice farming\n\n"
            "[Photo caption] Containers at Hai Phong port.\n")
    assert _run(text, dt.date(2026, 5, 15)) == []


def test_a_sentence_after_a_related_header_and_a_paragraph_still_counts():
    text = ("Havana news\n\nRelated:\n\nThe two ministers met in Havana on Thursday and discussed trade at "
            "length with their delegations, officials said afterwards in a statement to reporters.\n\n"
            "Cuba and Angola signed an agreement on health on Thursday.\n")
    rows = _run(text, dt.date(2026, 5, 15))
    assert [r["agreement_type"] for r in rows] == ["agreement"]


# --- the day of the event a signing is tied to ----------------------------------------------------


def test_a_signing_in_the_presence_of_the_leaders_takes_the_day_of_their_talks():
    text = ("Tunis, 15 May 2026\n\nJoint statement\n\n1. The President of Tunisia paid a state visit to "
            "Algeria from 12 to 14 May 2026.\n\n2. On 13 May 2026, the two Presidents held talks in Algiers.\n\n"
            "3. On 12 May 2026, the two Foreign Ministers met and exchanged views.\n\n"
            "4. In the presence of the two Presidents, six agreements were signed.\n")
    rows = _run(text, dt.date(2026, 5, 15))
    [batch] = [r for r in rows if r["quantity"] == 6]
    assert (batch["signed_date"], batch["signed_precision"]) == (dt.date(2026, 5, 13), "day")


def test_a_signing_in_the_presence_of_a_named_prince_takes_his_talks_day():
    text = ("Joint Statement\n\nMuscat, 9 October 2026\n\n1. The Prime Minister of Malaysia paid an official "
            "visit to Oman from 7 to 9 October 2026.\n\n2. On 8 October 2026, His Highness the Crown Prince "
            "and Prime Minister Aziz held talks.\n\n3. On 7 October 2026, the ministers of trade met in "
            "Muscat.\n\n4. In the presence of His Highness the Crown Prince and Prime Minister Aziz, the two "
            "sides signed four memoranda of understanding.\n")
    rows = _run(text, dt.date(2026, 10, 9))
    [batch] = [r for r in rows if r["quantity"] == 4]
    assert (batch["signed_date"], batch["signed_precision"]) == (dt.date(2026, 10, 8), "day")


def test_upon_the_completion_of_the_negotiations_is_the_negotiations_day():
    text = ("Press release\n\nAstana, 20 May 2026\n\n1. The President of Mongolia paid a state visit to "
            "Kazakhstan from 17 to 20 May 2026.\n\n2. On 18 May 2026 the official welcoming ceremony took "
            "place, followed by negotiations between the two Presidents.\n\n3. Upon the completion of the "
            "negotiations, the Heads of State signed a Joint Declaration on Strategic Partnership.\n")
    rows = _run(text, dt.date(2026, 5, 20))
    [js] = [r for r in rows if r["name"] and "Strategic Partnership" in r["name"]]
    assert (js["signed_date"], js["signed_precision"]) == (dt.date(2026, 5, 18), "day")


def test_on_the_sidelines_of_a_committee_named_by_its_acronym_is_its_day():
    text = ("Daily news\n\nISLAMABAD: Pakistan and Turkiye on Tuesday held the 7th meeting of the "
            "High-Level Strategic Cooperation Council (HLSCC) in Islamabad.\n\nThe ministers reviewed "
            "trade.\n\nOn the sidelines of the HLSCC, the two central banks signed a memorandum of "
            "understanding on payment systems.\n")
    rows = _run(text, dt.date(2026, 4, 16))
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("mou", dt.date(2026, 4, 14), "day")]


def test_a_signing_welcomed_across_a_parenthetical_phrase_is_a_signing():
    text = ("Joint Declaration\n\nRome, 3 July 2026\n\nOn 3 July 2026, the two Heads of Government "
            "co-chaired the 4th Italy-Algeria Intergovernmental Summit in Rome.\n\nThe two Heads of "
            "Government welcome the signing, on the occasion of this Summit, of nine agreements.\n")
    rows = _run(text, dt.date(2026, 7, 3))
    [batch] = [r for r in rows if r["quantity"] == 9]
    assert (batch["signed_date"], batch["signed_precision"]) == (dt.date(2026, 7, 3), "day")


def test_the_numbered_text_of_one_declaration_is_no_list_of_signed_items():
    text = ("Joint Declaration\n\nMadrid, 12 March 2026\n\nOn 12 March 2026, the two Prime Ministers "
            "held the 27th Spain-Portugal Summit in Madrid.\n\nThe two Prime Ministers adopted the following "
            "declaration:\n\n1. Spain and Portugal welcome the growth of their trade.\n\n2. The two Prime "
            "Ministers welcome the signing, on the occasion of this Summit, of eight agreements.\n")
    rows = _run(text, dt.date(2026, 3, 12))
    [batch] = [r for r in rows if r["quantity"] == 8]
    assert (batch["signed_date"], batch["signed_precision"]) == (dt.date(2026, 3, 12), "day")


# --- an undated signing in the lede ---------------------------------------------------------------


def test_an_undated_signing_in_a_wire_lede_is_of_the_documents_month():
    text = ("ACCRA, June 4 (Xinhua) -- Ghana and Togo signed an agreement on cross-border electricity "
            "trade, officials said.\n\nThe agreement will ease power shortages.\n")
    rows = _run(text, dt.date(2026, 6, 4))
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("agreement", dt.date(2026, 6, 1), "month")]


def test_an_undated_signing_after_a_newspaper_dateline_is_of_the_documents_month():
    text = ("DHAKA: Bangladesh and Bhutan signed two memoranda of understanding on hydropower and "
            "tourism, the foreign ministry said.\n\nThe ministry gave no further details.\n")
    rows = _run(text, dt.date(2026, 2, 11))
    assert [(r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        (2, dt.date(2026, 2, 1), "month")]


def test_a_cumulative_perfect_in_a_lede_stays_undated():
    text = ("HANOI, June 4 (VNA) -- Viet Nam and Cuba have signed more than 40 agreements since "
            "establishing ties.\n")
    assert all(r["signed_date"] is None for r in _run(text, dt.date(2026, 6, 4)))


# --- an uncounted batch of two kinds --------------------------------------------------------------


def test_agreements_and_mous_without_a_count_are_one_batch():
    text = ("ASTANA, June 4 (Kazinform) -- Kazakhstan and Hungary on Wednesday signed agreements and "
            "MoUs in the fields of energy, water and education.\n")
    rows = _run(text, dt.date(2026, 6, 4))
    assert [(r["agreement_type"], r["quantity"], r["signed_date"]) for r in rows] == [
        ("agreement", None, dt.date(2026, 6, 3))]


def test_two_named_instruments_joined_by_and_stay_two():
    text = ("Lusaka news\n\nZambia and Malawi signed the Agreement on Fisheries and the Protocol on "
            "Transit on Monday.\n")
    assert len(_run(text, dt.date(2026, 6, 4))) == 2


# --- a barter pact named by the goods exchanged ---------------------------------------------------


def test_a_barter_pact_named_by_two_goods_is_a_trade_agreement():
    text = ("Cairo news\n\nIn 1965, Egypt and India signed the Cotton-for-Wheat Agreement.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert (r["agreement_type"], r["name"]) == ("trade_agreement", "Cotton-for-Wheat Agreement")


def test_a_pact_named_by_two_countries_stays_an_agreement():
    text = ("Accra news\n\nIn 1998, Ghana and Togo signed the Ghana-Togo Pact.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert r["agreement_type"] == "agreement"
