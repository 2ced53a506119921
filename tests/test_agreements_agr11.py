"""Agreement rules for unseen news (round 11): a "signed article" (an ambassador's op-ed) is no
instrument; talks, consultations and the negotiation of an instrument keep it unsigned; the parts of
a counted batch broken down by type ("seven instruments, comprising five MoUs and two agreements")
are no rows of their own; the items a definite batch "included" share its signing; a signing told in
a "during which" clause after a visit's last day happened during the visit (its month, not that
day). Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> set[tuple]:
    return {(r["agreement_type"], r["quantity"], r["signed_date"], tuple(r["countries"])) for r in _run(text, ref)}


# --- a signed article is a piece of writing -------------------------------------------------------


def test_a_signed_article_by_an_ambassador_is_no_instrument():
    text = ("ACCRA, 14 May 2026 - On May 12, the Chinese Ambassador to Ghana published a signed article "
            "entitled \"A Partnership for the Future\" in the Daily Graphic.\n")
    assert _run(text, dt.date(2026, 5, 14)) == []


def test_a_signed_op_ed_on_a_trade_agreement_is_no_signing():
    text = ("HANOI, 3 June 2026 - Viet Nam's envoy to Chile wrote a signed op-ed on the partnership "
            "between the two countries.\n")
    assert _run(text, dt.date(2026, 6, 3)) == []


def test_a_signed_letter_of_intent_stays_an_instrument():
    text = ("OSLO, 3 June 2026 - Norway and Estonia signed a letter of intent on defence procurement on Monday.\n")
    rows = _run(text, dt.date(2026, 6, 3))
    assert [(r["agreement_type"], r["countries"]) for r in rows] == [("other", ["EST", "NOR"])]


# --- talks on an instrument keep it unsigned ------------------------------------------------------


def test_a_round_of_talks_on_a_named_agreement_is_no_signing():
    text = ("COLOMBO, 2 July 2026 - In March, negotiators of Thailand and Sri Lanka met in Bangkok for the "
            "fourth round of talks on the Comprehensive Economic Partnership Agreement.\n")
    assert _run(text, dt.date(2026, 7, 2)) == []


def test_the_negotiation_of_a_named_agreement_is_no_signing():
    text = ("NAIROBI, 5 Nov 2026 - The two ministers of Kenya and Korea discussed the negotiation of the "
            "Kenya-Korea Economic Partnership Agreement and market access for tea.\n")
    assert _run(text, dt.date(2026, 11, 5)) == []


def test_talks_followed_by_a_signing_keep_the_signed_instrument():
    text = ("RABAT, 8 April 2026 - After talks on trade and fisheries, Morocco and Senegal signed an "
            "agreement on maritime transport on Tuesday.\n")
    rows = _run(text, dt.date(2026, 4, 8))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("agreement", dt.date(2026, 4, 7))]


# --- a batch broken down by kind: its parts are no rows of their own ------------------------------


def test_counted_parts_after_comprising_are_the_batch():
    text = ("MANILA, March 4 (PNA) -- The presidents of the Philippines and Chile on Wednesday witnessed the "
            "signing of nine instruments, comprising six memoranda of understanding and three agreements, in "
            "the fields of mining, education and tourism.\n")
    assert _rows(text, dt.date(2026, 3, 4)) == {("agreement", 9, dt.date(2026, 3, 4), ("CHL", "PHL"))}


def test_counted_parts_after_consisting_of_are_the_batch():
    text = ("HANOI, May 6 (VNA) -- Viet Nam and Hungary signed a package of 12 documents, consisting of "
            "eight agreements and four protocols, after talks in Hanoi on Tuesday.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert [(r["quantity"], r["signed_date"]) for r in rows] == [(12, dt.date(2026, 5, 5))]


# --- the examples a definite batch "included" share its signing ----------------------------------


def test_items_that_a_batch_included_share_its_date():
    text = ("LIMA, March 4 (Xinhua) -- Peru and Ecuador signed eleven agreements on Monday.\n\n"
            "The agreements signed in the presence of the two presidents included an agreement on border trade, "
            "a memorandum of understanding on fisheries and a protocol on animal health.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    items = {r["agreement_type"]: r["signed_date"] for r in rows if r["name"]}
    assert items == {"agreement": dt.date(2026, 3, 2), "mou": dt.date(2026, 3, 2), "protocol": dt.date(2026, 3, 2)}


def test_examples_after_including_all_share_the_batch_date():
    text = ("ULAANBAATAR, June 12 (Montsame) -- Mongolia and Austria signed seven documents on June 10, including "
            "an agreement on air services, a memorandum on tourism and a protocol on veterinary cooperation.\n")
    rows = _run(text, dt.date(2026, 6, 12))
    assert {r["signed_date"] for r in rows} == {dt.date(2026, 6, 10)}
    assert len(rows) == 4


# --- a signing during a visit whose last (or first) day the sentence gives -------------------------


def test_signing_during_a_visit_concluded_on_a_day_is_dated_by_its_month():
    text = ("QUITO, March 4 (Xinhua) -- Ecuador's President on Wednesday concluded a three-day state visit to "
            "Peru, during which the two countries signed six agreements and memoranda of understanding.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows] == [(6, dt.date(2026, 3, 1), "month")]


def test_signing_during_talks_on_a_day_keeps_that_day():
    text = ("ASUNCION, March 4 (EFE) -- Paraguay's President on Monday held talks with his Uruguayan "
            "counterpart, during which the two sides signed an agreement on river navigation.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["signed_date"], r["signed_precision"]) for r in rows] == [(dt.date(2026, 3, 2), "day")]


def test_the_next_items_of_an_included_list_past_a_long_complement_share_the_date():
    text = ("AMMAN, March 4 (Petra) -- Jordan and Malaysia signed six agreements on Monday.\n\n"
            "The agreements signed in the presence of the two prime ministers included an agreement for the "
            "avoidance of double taxation and the prevention of fiscal evasion, and a memorandum on cooperation "
            "in vocational training.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    [mou] = [r for r in rows if r["agreement_type"] == "mou"]
    assert mou["signed_date"] == dt.date(2026, 3, 2)


def test_an_example_of_a_batch_of_mous_named_by_another_noun_is_an_mou():
    text = ("COLOMBO, April 6 (Xinhua) -- On Saturday Sri Lanka and the Maldives exchanged five memorandums of "
            "understanding, among them an MoU on fisheries and a framework for developing a shared port.\n")
    rows = _run(text, dt.date(2026, 4, 6))
    assert {r["agreement_type"] for r in rows} == {"mou"}


# --- calls for and intentions to work on an instrument ---------------------------------------------


def test_a_call_for_the_early_conclusion_of_an_fta_is_no_signing():
    text = ("BEIJING, March 4 (Xinhua) -- Chinese Premier Li Wei on Tuesday called for the early conclusion of a "
            "China-Honduras free trade agreement during talks with Honduran Foreign Minister Ana Reyes.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_agreeing_to_prepare_an_agreement_is_no_signing_but_the_roadmap_signed_is():
    text = ("ASTANA, March 4 (Kazinform) -- Kazakhstan and Hungary signed a roadmap on Tuesday, and the ministers "
            "agreed to prepare an intergovernmental agreement on nuclear energy by the end of the year.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("other", dt.date(2026, 3, 3))]


def test_deciding_to_explore_a_trade_deal_is_no_signing():
    text = ("WELLINGTON, May 2 (RNZ) -- New Zealand and the Philippines decided to explore a free trade agreement "
            "during talks on Friday.\n")
    assert _run(text, dt.date(2026, 5, 2)) == []


def test_agreeing_to_renew_a_dated_mou_keeps_the_signed_mou():
    text = ("PHNOM PENH, May 2 (AKP) -- Cambodia and Thailand agreed to renew the 2019 memorandum of understanding "
            "on labour cooperation.\n")
    rows = _run(text, dt.date(2026, 5, 2))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("mou", dt.date(2019, 1, 1))]


# --- a cumulative total since an event ------------------------------------------------------------


def test_more_than_n_agreements_since_an_event_is_a_total():
    text = ("JAKARTA, March 4 (Antara) -- Indonesia and the UAE have signed more than 20 agreements since the "
            "partnership agreement entered into force in 2023, the ambassador said on Tuesday.\n")
    assert not any(r["quantity"] for r in _run(text, dt.date(2026, 3, 4)))


# --- the examples of a batch told in the next sentence ----------------------------------------------


def test_examples_in_the_sentence_after_a_batch_share_its_day():
    text = ("HANOI, March 4 (VNA) -- Viet Nam and Laos signed 15 cooperation documents on Tuesday. Among them were "
            "an agreement on border management and a memorandum of understanding on hydropower.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert {(r["agreement_type"], r["quantity"], r["signed_date"]) for r in rows} == {
        ("agreement", 15, dt.date(2026, 3, 3)), ("agreement", 1, dt.date(2026, 3, 3)), ("mou", 1, dt.date(2026, 3, 3))}


def test_they_included_after_a_batch_lists_its_examples():
    text = ("BUDAPEST, May 6 (MTI) -- Hungary and Serbia signed nine agreements on Monday. They included a treaty "
            "on border crossings and a protocol on rail freight.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert {r["signed_date"] for r in rows} == {dt.date(2026, 5, 4)}


# --- a relative clause whose subject names both sides ------------------------------------------------


def test_which_a_and_b_signed_dates_the_instrument():
    text = ("KARACHI, March 4 (APP) -- The free trade agreement, which Malaysia and Pakistan signed in 2007, was "
            "reviewed by the two commerce ministers.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["signed_date"], r["countries"]) for r in rows] == [
        ("free_trade_agreement", dt.date(2007, 1, 1), ["MYS", "PAK"])]


# --- an undated signing in the next conjunct of a dated one -----------------------------------------


def test_documents_signed_in_the_next_conjunct_share_the_day():
    text = ("BAKU, March 4 (AZERTAC) -- The presidents of Azerbaijan and Georgia on Tuesday signed a declaration on "
            "allied interaction, and a number of documents were signed in their presence.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert {r["signed_date"] for r in rows} == {dt.date(2026, 3, 3)}
    assert len(rows) == 2


# --- an approved, postponed or worked-on signing is no signing ---------------------------------------


def test_a_cabinet_approving_the_signing_of_an_mou_is_no_signing():
    text = ("ISLAMABAD: The federal cabinet on Tuesday approved the signing of a memorandum of understanding "
            "between Pakistan and Azerbaijan on cooperation in the field of culture.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_a_cabinet_authorising_an_agreement_is_no_signing():
    text = ("DHAKA: The cabinet on Monday authorised the conclusion of an agreement with Bhutan on inland "
            "waterway transit.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_a_postponed_signing_is_no_signing():
    text = ("SANTIAGO, March 4 (EFE) -- The signing of the agreement between Chile and Argentina on the glacier "
            "border was postponed on Tuesday.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_a_delayed_signing_is_no_signing():
    text = ("BOGOTA, March 4 (EFE) -- Colombia and Venezuela delayed the signing of a trade agreement until "
            "after the elections.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_working_on_a_new_agreement_is_no_signing():
    text = ("YEREVAN, March 4 (Armenpress) -- Iran and Armenia are working on a new agreement on transit, "
            "the minister said on Tuesday.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


# --- a definite plural in an undated sentence refers to instruments told elsewhere --------------------


def test_the_agreements_signed_with_a_country_in_an_opinion_are_no_row():
    text = ("LAHORE, March 4 (APP) -- The chief minister said the agreements signed with Uzbekistan would create "
            "thousands of jobs in the province.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_the_agreements_signed_on_a_day_stay_a_row():
    text = ("TASHKENT, March 4 (UzA) -- The agreements signed by Uzbekistan and Kyrgyzstan on Tuesday cover "
            "water, energy and transport.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("agreement", dt.date(2026, 3, 3))]


# --- one instrument told twice in one document --------------------------------------------------------


def test_a_headline_batch_takes_the_day_of_the_same_batch_in_the_body():
    text = ("Egypt, Kenya sign five MoUs\n\n"
            "CAIRO, March 4 (MENA) -- Egypt and Kenya signed five memoranda of understanding on Tuesday during the "
            "visit of the Kenyan President to Cairo.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert {(r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows} == {(5, dt.date(2026, 3, 3), "day")}


def test_a_headline_batch_with_another_count_keeps_its_month():
    text = ("Chile, Peru sign six agreements\n\n"
            "LIMA, March 4 (Andina) -- Chile and Peru signed four memoranda of understanding on Tuesday.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert (6, "month") in {(r["quantity"], r["signed_precision"]) for r in rows}


def test_the_agreement_after_a_swap_is_that_swap():
    text = ("NEW DELHI, March 4 (PTI) -- India and the Maldives signed a currency swap agreement worth $400 million on "
            "Tuesday. The Reserve Bank of India and the Maldives Monetary Authority signed the agreement in Mumbai.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {("other", dt.date(2026, 3, 3))}


def test_the_agreement_signed_on_another_day_is_another_instrument():
    text = ("ROME, March 4 (ANSA) -- Italy and Albania signed a protocol on migration on Tuesday. "
            "Last year, Italy and Albania signed the agreement on 5 May 2025 in Tirana.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert {r["agreement_type"] for r in rows} == {"protocol", "agreement"}


def test_the_second_such_treaty_is_the_treaty_just_named():
    text = ("BAKU, March 4 (Trend) -- Azerbaijan and Kazakhstan on Tuesday signed a treaty on allied relations, "
            "the second such treaty after the 1997 Treaty on Friendship.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert sorted((r["signed_date"], r["signed_precision"]) for r in rows) == [
        (dt.date(1997, 1, 1), "year"), (dt.date(2026, 3, 3), "day")]


def test_agreeing_on_a_day_to_draw_up_a_treaty_is_no_signing():
    text = ("PARIS, March 4 (AFP) -- France and Spain agreed on Tuesday to draw up a new treaty on defence "
            "cooperation.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


# --- the parties are the signing clause's ----------------------------------------------------------------


def test_countries_of_a_while_clause_after_the_signing_are_no_parties():
    text = ("ISLAMABAD, March 4 (APP) -- Pakistan and Iran signed eight MoUs on Tuesday, while Pakistan and "
            "Afghanistan agreed to boost trade.\n")
    assert [r["countries"] for r in _run(text, dt.date(2026, 3, 4))] == [["IRN", "PAK"]]


def test_countries_of_a_second_reported_clause_are_no_parties():
    text = ("CAIRO, March 4 (MENA) -- The minister said Egypt and Greece signed a maritime agreement in 2020, and "
            "that Cyprus and Lebanon also held talks last year.\n")
    assert [r["countries"] for r in _run(text, dt.date(2026, 3, 4))] == [["EGY", "GRC"]]


def test_a_fronted_while_clause_holding_the_signing_ends_at_its_comma():
    text = ("TASHKENT, March 4 (UzA) -- While Uzbekistan signed an MoU on railways with Turkmenistan on Tuesday, "
            "Afghanistan welcomed the project.\n")
    assert [r["countries"] for r in _run(text, dt.date(2026, 3, 4))] == [["TKM", "UZB"]]


def test_signatories_named_after_the_signing_stay_parties():
    text = ("ACCRA, March 4 (GNA) -- An agreement on cocoa marketing was signed on Tuesday by Ghana's Minister of "
            "Trade and Togo's Minister of Commerce.\n")
    assert [r["countries"] for r in _run(text, dt.date(2026, 3, 4))] == [["GHA", "TGO"]]


# --- an instrument word modifying another noun ------------------------------------------------------------


def test_an_agreement_modifying_negotiations_is_no_instrument():
    text = ("NAIROBI, March 4 (KNA) -- Kenya and Pakistan on Tuesday signed an MoU on tea trade in line with the "
            "Preferential Trade Agreement negotiations.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["name"]) for r in rows] == [("mou", "MoU on tea trade")]


def test_fta_talks_are_no_instrument():
    text = ("SEOUL, March 4 (Yonhap) -- South Korea and Ecuador held the third round of FTA talks in Quito on "
            "Tuesday.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_paving_the_way_for_an_agreement_is_no_signing_of_it():
    text = ("ASHGABAT, March 4 (TDH) -- Turkmenistan and Iran signed a memorandum on gas swaps in 2021, which paved "
            "the way for the Caspian transit agreement.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("mou", dt.date(2021, 1, 1))]


# --- headlines under a page's link headers are other articles -------------------------------------------


def test_a_headline_under_most_read_is_another_article():
    text = ("DOHA, March 4 (QNA) -- Qatar and Oman held talks on Tuesday.\n\n"
            "Most read\nQatar, Bahrain sign 5 MoUs on energy\nCabinet approves new traffic law\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_a_headline_under_more_from_a_section_is_another_article():
    text = ("MUSCAT, March 4 (ONA) -- Oman and Iran held talks on Tuesday.\n\n"
            "MORE FROM NATIONAL\nOman, India ink defence pact\nFuel prices unchanged\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_a_story_sentence_under_a_navigation_header_stays():
    text = ("Latest News\nMUSCAT, March 4 (ONA) -- Oman and Iran signed three memoranda of understanding on "
            "Tuesday.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["quantity"], r["signed_date"]) for r in rows] == [(3, dt.date(2026, 3, 3))]


# --- "agreement" as consensus, a bill signed into law ----------------------------------------------------


def test_broad_agreement_between_two_countries_is_a_consensus():
    text = ("ATHENS, March 4 (ANA) -- There was broad agreement between Greece and Bulgaria on energy security "
            "during the talks on Tuesday.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


def test_full_agreement_on_a_topic_is_a_consensus_but_an_agreement_signed_is_not():
    text = ("SOFIA, March 4 (BTA) -- Bulgaria and Romania were in full agreement on the Danube bridge and signed an "
            "agreement on its maintenance on Tuesday.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["name"], r["signed_date"]) for r in rows] == [("Agreement on its maintenance", dt.date(2026, 3, 3))]


def test_a_bill_signed_into_law_is_no_signing_of_the_treaty_it_ratifies():
    text = ("BUCHAREST, March 4 (Agerpres) -- Romania's president signed into law the bill ratifying the treaty "
            "with Moldova on Tuesday.\n")
    assert _run(text, dt.date(2026, 3, 4)) == []


# --- a programme's period before its name, a partitive part of a batch -----------------------------------


def test_a_year_range_before_a_programme_is_its_period():
    text = ("HAVANA, March 4 (PL) -- Cuba and Angola signed the 2026-2030 cultural cooperation programme on Tuesday.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("executive_program", dt.date(2026, 3, 3))]


def test_n_of_them_mous_is_a_part_of_the_batch():
    text = ("HAVANA, March 4 (PL) -- Cuba and Angola signed 12 documents, six of them memoranda of understanding, "
            "on Tuesday.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [(r["quantity"], r["signed_date"]) for r in rows] == [(12, dt.date(2026, 3, 3))]
