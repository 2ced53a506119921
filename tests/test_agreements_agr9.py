"""Agreement rules for unseen news (round 9): the sides of a signing are not the countries of a
topic told just before; a definite plural ("The documents, signed ...") refers back to the batch
just told; a line of links ("Related reading:") gives no row; one document's short and full names
of one instrument are one name. Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def test_the_pair_of_a_topic_is_not_the_sides_of_the_signing():
    text = ("Foreign Ministry of Ghana\n\n"
            "ACCRA, 5 March 2026 - Foreign Minister Kofi Mensah held talks with the Kenyan Foreign Minister "
            "in Accra on Wednesday.\n\n"
            "Ghana is Kenya's largest trading partner in West Africa. The two sides discussed trade and "
            "exchanged views on the situation in Mali and Niger.\n\n"
            "After the talks, the two ministers signed a Memorandum of Understanding on tourism, while "
            "Kenyan Ambassador Jane Wanjiru signed an agreement on fisheries.\n")
    rows = _run(text, dt.date(2026, 3, 5))
    assert len(rows) == 2
    assert all(r["countries"] == ["GHA", "KEN"] for r in rows)


def test_the_pair_of_a_conflict_is_not_the_sides_of_the_signing():
    text = ("Ministry of Foreign Affairs of Peru\n\n"
            "LIMA, 12 August 2026 - The Peruvian foreign minister received her Thai counterpart in Lima on "
            "Monday. Peru and Thailand agreed to expand trade.\n\n"
            "They also discussed the crisis in Venezuela and Haiti.\n\n"
            "The two ministers then signed a visa waiver agreement, and the Thai envoy signed a protocol on "
            "rice exports.\n")
    rows = _run(text, dt.date(2026, 8, 12))
    assert rows and all(r["countries"] == ["PER", "THA"] for r in rows)


def _mentions(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["quantity"], r["signed_date"], tuple(r["countries"])) for r in rows}


def test_the_documents_after_a_counted_batch_are_that_batch():
    text = ("Business Desk\n\n"
            "NAIROBI, 14 May 2026 - A business forum opened in Nairobi on Wednesday.\n\n"
            "Kenyan and Turkish companies signed 15 memorandums of understanding on Wednesday at the forum.\n"
            "The documents, signed in the presence of the two trade ministers, cover textiles, logistics "
            "and tourism.\n")
    rows = _run(text, dt.date(2026, 5, 14))
    assert len(rows) == 2
    assert _mentions(rows) == {("mou", 15, dt.date(2026, 5, 13), ("KEN", "TUR"))}


def test_these_agreements_after_a_batch_are_that_batch():
    text = ("Ministry of Foreign Affairs of Chile\n\n"
            "SANTIAGO, 3 June 2026 - The Vietnamese President ended a visit to Chile.\n"
            "Chile and Vietnam signed nine cooperation agreements on 2 June 2026 during the visit.\n"
            "These agreements cover mining, agriculture and education.\n")
    rows = _run(text, dt.date(2026, 6, 3))
    assert _mentions(rows) == {("agreement", 9, dt.date(2026, 6, 2), ("CHL", "VNM"))}


def test_a_definite_plural_far_from_any_batch_is_left_alone():
    text = ("Ministry of Foreign Affairs of Chile\n\n"
            "SANTIAGO, 3 June 2026 - Chile and Vietnam signed nine cooperation agreements on 2 June 2026.\n"
            "The presidents met. They lunched. They visited a port. They toured a mine.\n"
            "The agreements signed in 2019 on fisheries remain in force.\n")
    rows = _run(text, dt.date(2026, 6, 3))
    assert any(r["signed_date"] == dt.date(2019, 1, 1) for r in rows)


def test_a_line_of_related_reading_gives_no_row():
    text = ("Explainer\n\nDHAKA, 2 July 2026 - Nepal and Bangladesh held talks on hydropower on Tuesday.\n\n"
            "Related reading: Power trade deal signed after a decade | Inside the border markets\n")
    assert _run(text, dt.date(2026, 7, 2)) == []


def test_a_definite_short_name_takes_the_full_name_of_the_document():
    text = ("Explainer\n\nBy Staff | 4 March 2026\n\n"
            "The Treaty on the Use of the Mekong/Lancang Waters at Luang Prabang was signed by Laos and "
            "Thailand on 2 May 1998.\n\n"
            "The two sides have set up a panel on the renewal of the Mekong treaty.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert len(rows) == 2
    assert {r["name"] for r in rows} == {"Treaty on the Use of the Mekong/Lancang Waters"}


def test_a_list_item_referring_back_takes_the_full_name():
    text = ("Joint Statement\n\n"
            "1. The two Prime Ministers welcomed the signing of the Exchange of Notes concerning a Korean "
            "KOICA grant for the Dili water supply.\n"
            "2. The following documents were signed on 9 June 2026:\n"
            "- Exchange of Notes concerning the KOICA grant referred to in paragraph 1;\n"
            "- Memorandum of Understanding on Fisheries.\n")
    rows = _run(text, dt.date(2026, 6, 9))
    notes = [r for r in rows if r["name"] and r["name"].startswith("Exchange of Notes")]
    assert len(notes) == 2 and len({r["name"] for r in notes}) == 1


def test_two_different_titles_keep_their_names():
    text = ("Press release\n\nOn 3 May 2026, Peru and Bolivia signed the Agreement on Economic Cooperation "
            "and the Agreement on Economic and Technical Cooperation in Lima.\n")
    names = {r["name"] for r in _run(text, dt.date(2026, 5, 3))}
    assert names == {"Agreement on Economic Cooperation", "Agreement on Economic and Technical Cooperation"}


def test_an_amending_protocol_in_parentheses_is_one_protocol():
    text = ("Joint Statement\n\nThe following agreements were signed on 4 April 2026:\n"
            "(a) Agreement on the Avoidance of Double Taxation (amending protocol);\n"
            "(b) Memorandum of Understanding on Tourism.\n")
    rows = _run(text, dt.date(2026, 4, 4))
    by_name = {r["name"]: r["agreement_type"] for r in rows if r["name"]}
    assert by_name["Agreement on the Avoidance of Double Taxation"] == "protocol"
    assert sum(1 for r in rows if r["agreement_type"] == "protocol") == 1


def test_a_count_over_a_series_of_instrument_words_is_one_batch():
    text = ("Press release\n\nIn the presence of the two presidents, eleven agreements, memoranda of "
            "understanding and executive programmes were signed on 8 October 2026, including a "
            "Memorandum of Understanding on Health.\n")
    rows = _run(text, dt.date(2026, 10, 8))
    batch = [r for r in rows if r["quantity"] == 11]
    assert len(batch) == 1 and batch[0]["agreement_type"] == "agreement"
    assert batch[0]["signed_date"] == dt.date(2026, 10, 8)


def test_deals_measured_by_their_value_are_commercial_contracts():
    text = ("Trade\n\nHANOI, 2 May 2026 - At a trade fair in Hanoi last week, Thai exhibitors signed deals worth "
            "300 million dollars with Vietnamese buyers.\n")
    assert _run(text, dt.date(2026, 5, 2)) == []
    text = ("Business\n\nLAGOS, 9 July 2026 - Ghanaian and Nigerian firms signed deals valued at $80 million at "
            "the forum on Wednesday.\n")
    assert _run(text, dt.date(2026, 7, 9)) == []


def test_counted_deals_or_mous_with_a_value_stay_a_batch():
    text = ("Business\n\nLAGOS, 9 July 2026 - Ghanaian and Nigerian firms signed 14 deals worth $80 million at "
            "the forum on Wednesday.\n")
    [r] = _run(text, dt.date(2026, 7, 9))
    assert (r["agreement_type"], r["quantity"]) == ("agreement", 14)


def test_named_free_trade_agreements_without_free_trade_in_the_title():
    text = ("Trade\n\nRABAT, 2 May 2026 - Morocco and Tunisia recalled the Agadir Agreement, signed in "
            "Rabat on 25 February 2004, as the frame of their trade.\n")
    [r] = _run(text, dt.date(2026, 5, 2))
    assert (r["name"], r["agreement_type"]) == ("Agadir Agreement", "free_trade_agreement")
    text = ("Readout\n\n- The United States-Mexico-Canada Agreement (USMCA) entered into force on July 1, 2020.\n")
    [r] = _run(text, dt.date(2026, 5, 2))
    assert r["agreement_type"] == "free_trade_agreement"
    assert r["effective_date"] == dt.date(2020, 7, 1)


def test_between_parties_end_where_the_title_goes_on():
    text = ("Press release\n\nOn 8 May 2026 the two presidents signed the Joint Statement between the Republic "
            "of Chile and the Republic of Peru on Strengthening the Comprehensive Partnership.\n")
    [r] = _run(text, dt.date(2026, 5, 8))
    assert r["countries"] == ["CHL", "PER"]
    assert all(p["actor_type"] == "country" for p in r["parties"])


def test_a_title_goes_on_over_with_an_article():
    text = ("Press release\n\nOn 8 May 2026 Laos and Vietnam issued the Joint Statement on the Strategic "
            "Partnership with a Common Future for the Mekong Region.\n")
    [r] = _run(text, dt.date(2026, 5, 8))
    assert r["name"] == "Joint Statement on the Strategic Partnership with a Common Future for the Mekong Region"
    text = "Press release\n\nOn 8 May 2026 Laos signed the Free Trade Agreement with Vietnam.\n"
    [r] = _run(text, dt.date(2026, 5, 8))
    assert r["name"] in (None, "Free Trade Agreement")


def test_an_agreement_reached_in_talks_is_no_signed_instrument():
    base = "News\n\nACCRA, 6 May 2026 (GNA) -- Ghana's President held talks with the Togolese President on Tuesday.\n\n"
    assert _run(base + "The two countries reached an agreement on the demarcation of their border after "
                "three days of talks.\n", dt.date(2026, 5, 6)) == []
    assert _run(base + "Negotiators struck a deal to reopen the Aflao crossing.\n", dt.date(2026, 5, 6)) == []
    rows = _run(base + "The two ministers reached and signed an agreement on the demarcation of the border.\n",
                dt.date(2026, 5, 6))
    assert len(rows) == 1


def test_a_heading_statement_with_its_issuing_verb_is_issued_on_the_documents_day():
    text = ("Joint Statement issued at the end of the 12th Session of the Kenyan-Ugandan Joint Commission\n\n"
            "Kampala, 3 March 2026\n\n"
            "1. The Joint Commission met in Kampala on 2 and 3 March 2026 under the chairmanship of the two "
            "foreign ministers of Kenya and Uganda.\n")
    rows = [r for r in _run(text, dt.date(2026, 3, 3)) if r["agreement_type"] == "joint_statement"]
    assert [(r["signed_date"], r["signed_precision"]) for r in rows] == [(dt.date(2026, 3, 3), "day")]


def test_a_counted_part_of_a_counted_batch_is_no_fact_of_its_own():
    text = ("News\n\nHANOI, 6 May 2026 (VNA) -- The Vietnamese President held talks with the Chilean President "
            "in Hanoi on Tuesday. After the talks, the two presidents witnessed the signing of 14 cooperation "
            "documents, including four memoranda of understanding on trade, health and education.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert [(r["quantity"], r["agreement_type"]) for r in rows] == [(14, "agreement")]
    text = ("News\n\nSANTIAGO, 6 May 2026 -- Chile and Peru signed 12 agreements on Tuesday, among them three "
            "protocols on customs and a Treaty on Extradition.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert sorted(r["quantity"] or 0 for r in rows) == [0, 12] or sorted(r["quantity"] or 0 for r in rows) == [1, 12]


def test_an_anchor_with_modifiers_ties_the_signing_to_the_event_day():
    text = ("Foreign Ministry of Mongolia\n\nULAANBAATAR, 6 May 2026 - The Mongolian Foreign Minister arrived in "
            "Astana on Monday for a three-day visit. On Tuesday he held delegation-level talks with his Kazakh "
            "counterpart.\n\nAfter the delegation-level talks, the two ministers signed a Protocol on Rail Transit.\n")
    assert [(r["signed_date"], r["signed_precision"]) for r in _run(text, dt.date(2026, 5, 6))] == [
        (dt.date(2026, 5, 5), "day")]
    text = ("Ministry of Foreign Affairs of Bhutan\n\nTHIMPHU, 12 March 2026 - The Prime Minister of Bhutan paid an "
            "official visit to Nepal on 10 March 2026.\n\n"
            "Following their bilateral meeting, the two prime ministers signed an Agreement on Hydropower Trade.\n")
    assert [(r["signed_date"], r["signed_precision"]) for r in _run(text, dt.date(2026, 3, 12))] == [
        (dt.date(2026, 3, 10), "day")]


def test_the_agreements_signed_today_after_an_old_batch_stay_apart():
    text = ("News\n\nLIMA, 6 May 2026 (Andina) -- Peru and Chile held talks in Lima on Wednesday.\n\n"
            "In 2019, the two sides signed nine agreements on fisheries.\n"
            "\"The agreements signed today will bring results,\" the Peruvian minister said.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert {(r["quantity"], r["signed_date"].year if r["signed_date"] else None) for r in rows} >= {(9, 2019)}
    assert not any(r["quantity"] == 9 and r["signed_date"].year == 2026 for r in rows)


def test_an_entry_into_force_still_to_come_is_no_planned_signing():
    text = ("News\n\nACCRA, 6 May 2026 (GNA) -- Ghana's President held talks with the Togolese President on "
            "Tuesday.\n\nAfter the talks, Ghana and Togo signed a visa waiver agreement, which will take effect "
            "in July.\n")
    [r] = _run(text, dt.date(2026, 5, 6))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 5), "day")
    assert (r["effective_date"], r["effective_precision"]) == (dt.date(2026, 7, 1), "month")
    text = ("News\n\nLIMA, 6 May 2026 (Andina) -- Peru and Ecuador signed a Protocol on Border Fairs on Monday; "
            "it enters into force on 1 June 2026.\n")
    [r] = _run(text, dt.date(2026, 5, 6))
    assert r["signed_date"] == dt.date(2026, 5, 4)
