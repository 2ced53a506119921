"""Agreement rules for unseen news (round 7): headlines under a bare "ALSO READ" line; a page date
written with another calendar; a list lead referring back ("These include:"); a year in the
instrument's own phrase beats the narrative; a signing in a temporal clause ("since the FTA was
signed") is background; a passive verb after coordinated instruments; examples of a batch; an
expected deal; an all-capitals joint-statement heading; "The two leaders signed ..." after a list.
Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


# --- page furniture ----------------------------------------------------------------------------


def test_headlines_under_a_bare_also_read_line_are_other_articles():
    text = ("NAIROBI: Kenya's foreign minister met her Ugandan counterpart on Monday to discuss the railway.\n\n"
            "ALSO READ\nKenya, Ethiopia sign four MoUs on energy\nUganda, Rwanda ink border treaty\n\n"
            "Caption: The ministers meet in Nairobi.")
    assert _run(text, dt.date(2025, 5, 6)) == []


def test_headlines_under_a_bare_related_line_are_other_articles():
    text = ("The presidents of Chile and Peru met in Lima on 3 May 2025.\n\nRelated\n"
            "Chile and Argentina sign a protocol on lithium\n")
    assert _run(text, dt.date(2025, 5, 4)) == []


def test_a_date_line_with_another_calendar_is_the_page_date_not_the_story():
    text = ("Daily Courier\nThursday, March 6, 2025 | Ramazan 5, 1446 AH\n\nTrade pact\n\n"
            "DHAKA: Prime Minister Sheikh Rahman and Malaysian Prime Minister Anwar Hamid met on Tuesday.\n\n"
            "In the presence of the two leaders, the two trade ministries signed a memorandum of "
            "understanding on palm oil trade.")
    rows = [r for r in _run(text, dt.date(2025, 3, 6)) if r["agreement_type"] == "mou"]
    assert [(r["signed_date"], r["signed_precision"]) for r in rows] == [(dt.date(2025, 3, 4), "day")]


# --- lists and batches ---------------------------------------------------------------------------


def test_a_list_lead_referring_back_takes_the_day_of_the_signing_before():
    text = ("Press release\n\n1. On 12 May 2025 the presidents of Ghana and Togo held talks in Accra.\n\n"
            "2. In the presence of the two presidents, nine documents were exchanged. These include:\n"
            "- Agreement on Cross-Border Trade;\n- Memorandum of Understanding on Fisheries.\n")
    rows = _run(text, dt.date(2025, 5, 14))
    items = [r for r in rows if r["name"]]
    assert [(r["name"], r["signed_date"], r["quantity"]) for r in items] == [
        ("Agreement on Cross-Border Trade", dt.date(2025, 5, 12), 1),
        ("Memorandum of Understanding on Fisheries", dt.date(2025, 5, 12), 1),
    ]
    assert [r["quantity"] for r in rows if not r["name"]] == [9]


def test_among_them_as_a_lead_also_refers_back():
    text = ("The prime ministers of Latvia and Estonia met in Riga on 2 June 2025, where six agreements were "
            "signed. Among them:\n- Agreement on Rail Baltica Operations;\n- Protocol on Energy Grids.\n")
    rows = [r for r in _run(text, dt.date(2025, 6, 3)) if r["name"]]
    assert {r["signed_date"] for r in rows} == {dt.date(2025, 6, 2)}
    assert len(rows) == 2


def test_the_two_leaders_signing_after_a_list_keep_its_day():
    text = ("Press release\n\n1. On 12 May 2025 the presidents of Ghana and Togo held talks in Accra.\n\n"
            "2. In the presence of the two presidents, the following documents were signed:\n"
            "- Agreement on Cross-Border Trade;\n- Memorandum of Understanding on Fisheries.\n\n"
            "3. The two Presidents signed the Joint Statement on the Strategic Partnership.\n")
    [js] = [r for r in _run(text, dt.date(2025, 5, 14)) if r["agreement_type"] == "joint_statement"]
    assert (js["signed_date"], js["signed_precision"]) == (dt.date(2025, 5, 12), "day")


def test_a_passive_verb_after_coordinated_plurals_makes_one_counted_batch():
    text = ("The Egyptian president visited Khartoum in March 2024. Seventeen agreements and memoranda were "
            "signed during the visit.")
    [r] = _run(text, dt.date(2025, 1, 10))
    assert (r["quantity"], r["signed_date"], r["signed_precision"]) == (17, dt.date(2024, 3, 1), "month")
    text = "In May 2023 Chile and Peru met in Lima. 12 accords and protocols were signed there."
    [r] = _run(text, dt.date(2025, 1, 10))
    assert r["quantity"] == 12


def test_an_example_of_a_passive_batch_shares_its_signing_and_parties():
    text = ("Moroccan King Hassan travelled to Dakar in June 2024 to meet the Senegalese president. Twelve "
            "agreements were signed during the visit, among them an accord on fisheries and a tripartite "
            "memorandum with Mauritania and Mali on the coastal highway.")
    rows = _run(text, dt.date(2025, 1, 10))
    batch = [r for r in rows if r["quantity"] == 12]
    accord = [r for r in rows if r["name"] == "Accord on fisheries"]
    assert batch and batch[0]["countries"] == ["MAR", "SEN"]
    assert accord and (accord[0]["signed_date"], accord[0]["quantity"]) == (dt.date(2024, 6, 1), 1)
    assert accord[0]["countries"] == ["MAR", "SEN"]


# --- background and expectations -----------------------------------------------------------------


def test_a_signing_in_a_since_clause_is_background():
    text = ("Kenya and Tanzania reviewed the Kenya-Tanzania Free Trade Agreement, which was signed in May 2012.\n\n"
            "\"Trade has hardly moved since the FTA was signed,\" said an economist in Nairobi.")
    rows = _run(text, dt.date(2025, 4, 2))
    assert [(r["name"], r["signed_date"]) for r in rows] == [("Kenya-Tanzania Free Trade Agreement", dt.date(2012, 5, 1))]


def test_a_signing_some_time_before_the_main_clause_is_background():
    text = ("Two years after the leaders of Armenia and Georgia signed a treaty on the border, trucks cross freely. "
            "Here is how it happened.")
    assert _run(text, dt.date(2025, 9, 1)) == []


def test_a_named_instrument_in_a_since_clause_stays_a_mention():
    text = "Since the signing of the Treaty of Friendship, Bolivia and Paraguay have expanded trade."
    rows = _run(text, dt.date(2025, 9, 1))
    assert [r["name"] for r in rows] == ["Treaty of Friendship"]


def test_a_year_before_the_title_beats_the_narrative_date():
    text = ("Writer | 3 December 2026\n\nThe council will meet next month.\n\nThe frontier was fixed by the 1921 "
            "Treaty of Kars, signed by Armenia, Georgia and Turkey.")
    [r] = _run(text, dt.date(2026, 12, 3))
    assert (r["name"], r["signed_date"], r["signed_precision"]) == ("Treaty of Kars", dt.date(1921, 1, 1), "year")
    text = ("Ana Ruiz | 5 May 2025\n\nThe ministers met on Monday.\n\nThey recalled the 1998 Water Convention, "
            "signed by Spain and Portugal.")
    [r] = _run(text, dt.date(2025, 5, 5))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(1998, 1, 1), "year")


def test_an_expected_deal_is_not_signed():
    assert _run("The commission meets next month. Diplomats expect a deal on the northern rail section.",
                dt.date(2025, 3, 1)) == []
    assert _run("Bolivian officials are pushing for a treaty on the shared aquifer with Chile.",
                dt.date(2025, 3, 1)) == []


def test_an_expectation_after_a_signing_leaves_the_signed_instrument():
    text = "Norway and Iceland signed a memorandum on fisheries on 3 May 2025 and expect an agreement on quotas later."
    rows = _run(text, dt.date(2025, 5, 4))
    assert [(r["surface"], r["signed_date"]) for r in rows] == [("memorandum on fisheries", dt.date(2025, 5, 3))]


# --- document structure ------------------------------------------------------------------------------


def test_an_all_capitals_joint_statement_heading_is_the_document():
    text = ("Ministry of Foreign Affairs\nRepublic of Chile\n\nJOINT STATEMENT BY THE PRESIDENT OF THE REPUBLIC OF "
            "CHILE AND THE PRESIDENT OF THE REPUBLIC OF PERU\n\n1. The President of Peru made an official visit "
            "to Santiago on 4 and 5 May 2025.")
    [r] = _run(text, dt.date(2025, 5, 5))
    assert (r["agreement_type"], r["signed_date"], r["countries"]) == ("joint_statement", dt.date(2025, 5, 5), ["CHL", "PER"])


def test_an_all_capitals_menu_is_no_statement():
    text = ("HOME NEWS PRESS RELEASES SPEECHES INTERVIEWS PHOTO GALLERY CONTACT US\n\n"
            "The President of Peru visited Santiago on 4 May 2025.")
    assert _run(text, dt.date(2025, 5, 5)) == []


def test_an_instrument_expected_to_have_an_effect_is_still_signed():
    text = ("The trade ministers of Jordan and Iraq met online on 7 September 2025, and at the end of the meeting "
            "signed a Protocol on Customs Cooperation, which is expected to cut waiting times at the border.")
    rows = _run(text, dt.date(2025, 9, 8))
    assert [(r["name"], r["signed_date"]) for r in rows] == [("Protocol on Customs Cooperation", dt.date(2025, 9, 7))]


def test_an_item_under_a_lead_naming_the_meeting_is_signed_at_it():
    text = ("Press release | Date: 14.05.2025 | No.: 12/25\n\nFinnish Foreign Minister Aino Virta held a meeting with "
            "Estonian Foreign Minister Mart Kask on Tuesday in Helsinki.\n\nMain outcomes of the meeting:\n\n"
            "- The ministers signed a Memorandum of Understanding on Digital Identity.\n")
    [r] = _run(text, dt.date(2025, 5, 14))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 5, 13), "day")


def test_an_item_under_a_lead_naming_the_talks_is_signed_at_them():
    text = ("Page updated | Date: 2025-06-20\n\nThe presidents of Ghana and Burkina Faso held talks in Accra on "
            "Thursday.\n\nResults of the talks:\n\n- The two sides signed an Agreement on Cross-Border Transport.\n"
            "- Both presidents welcomed progress on the railway.\n")
    [r] = _run(text, dt.date(2025, 6, 20))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 6, 19), "day")


def test_name_particles_of_places_stay_in_a_title():
    rows = _run("Argentina and Uruguay reaffirmed the Treaty of the Río de la Plata, signed on 19 November 1973.",
                dt.date(2025, 6, 3))
    assert [r["name"] for r in rows] == ["Treaty of the Río de la Plata"]
    rows = _run("Belgium and the Netherlands recalled the Convention of Baarle van der Hoek, signed on 3 May 1843.",
                dt.date(2025, 6, 3))
    assert [r["name"] for r in rows] == ["Convention of Baarle van der Hoek"]


def test_a_quotation_opening_the_page_is_no_lede():
    text = ("Ministry of Foreign Affairs\n\n\"Estonia is a close friend. Today's agreement shows what neighbours can "
            "do,\" says Foreign Minister Aino Virta.\n\nFinnish Foreign Minister Aino Virta held a video meeting "
            "with Estonian Foreign Minister Mart Kask on Tuesday.\n\nMain outcomes of the meeting:\n\n"
            "- The ministers signed electronically a Memorandum of Understanding on Digital Identity.\n")
    [r] = _run(text, dt.date(2025, 5, 14))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 5, 13), "day")


def test_a_reduced_relative_clause_ends_the_complement_name():
    rows = _run("Mr Sato recalled that a Memorandum of Understanding on maritime security signed between Japan and "
                "Fiji in 2019 had provided a framework.", dt.date(2025, 6, 3))
    assert [(r["name"], r["signed_date"]) for r in rows] == [
        ("Memorandum of Understanding on maritime security", dt.date(2019, 1, 1))]
    rows = _run("The protocol on fisheries inked by Chile and Peru in May 2021 expires next year.", dt.date(2025, 6, 3))
    assert [r["name"] for r in rows] == ["Protocol on fisheries"]
