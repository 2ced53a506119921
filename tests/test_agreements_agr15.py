"""Agreement rules for unseen news (tuning round 7): a serial title ending on an abstract noun; plans
are instruments of type other with a period; the talks' day within a multi-day visit; "at the
conclusion of the meeting" is the meeting's day; a statement heading closed by the visit's days; the
weekday of the meeting an anchor names; a date of an "as" clause is another doing's; a relative
clause or the parties set off by commas between an instrument and its verb; a bare "The agreement"
across an undated line; a caption "A–B memorandum" is the instrument A and B signed; a review of a
titled instrument dates no signing; an acronym of a "Trade in Goods Agreement"; "Read more on the
topic:" heads a block of links; a counted batch is not one of its named instruments.
Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from pipeline.resolve.facts import AgreementMention, cluster_agreements
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["agreement_type"], r["quantity"], r["signed_date"], r["name"]) for r in _run(text, ref)]


def test_a_serial_title_ending_on_an_abstract_noun_is_one_title_dated_by_its_own_clause():
    text = ("Embassy of Chile in Lisbon\n\nLisbon, 9 December 2025\n\n"
            "Looking back further: relations between the two countries were established in 1958, and the "
            "Treaty of Friendship, Trade and Navigation between Chile and Portugal was signed in Lisbon on "
            "3 March 2001.\n")
    assert _rows(text, dt.date(2025, 12, 9)) == [
        ("treaty", None, dt.date(2001, 3, 3), "Treaty of Friendship, Trade and Navigation")]


def test_a_plan_of_action_in_a_signed_list_is_an_other_instrument_and_its_years_are_its_period():
    text = ("Ministry of Foreign Affairs of Peru\n\nLima, 14 June 2026\n\n"
            "1. The President of Peru received the President of Chile in Lima on 13 June 2026.\n\n"
            "2. In the presence of the two Presidents, the following two documents were signed:\n"
            "   a) Memorandum of Understanding on Mining Cooperation;\n"
            "   b) Plan of Action for the Implementation of the Peru–Chile Strategic Partnership (2026–2029).\n")
    rows = _rows(text, dt.date(2026, 6, 14))
    plan = [r for r in rows if r[3] and r[3].startswith("Plan of Action")]
    assert [(r[0], r[1]) for r in plan] == [("other", 1)]
    assert plan[0][2].year == 2026 and plan[0][2].month == 6  # (not 2026-01-01, its period's start)


def test_following_the_talks_is_the_talks_day_within_the_visit():
    text = ("Office of the President of Kenya\n\n"
            "President John Mapunda of Tanzania paid a state visit to Kenya from 3 to 5 March 2026 at the "
            "invitation of President Peter Kamau.\n\n"
            "The visiting President was accorded a ceremonial welcome at State House on 4 March, followed by "
            "official talks between the two Presidents.\n\n"
            "Following the talks, three memoranda of understanding were exchanged in the presence of the two "
            "Presidents.\n")
    assert _rows(text, dt.date(2026, 3, 6)) == [("mou", 3, dt.date(2026, 3, 4), None)]


def test_at_the_conclusion_of_the_meeting_is_the_meeting_day():
    text = ("Embassy of Peru, Santiago\n\nPERU–CHILE BULLETIN | March 2026\n\n"
            "The Minister paid an official visit to Chile from 2 to 6 March 2026.\n\n"
            "On 3 March, the two ministers co-chaired the 2nd meeting of the Joint Mining Committee.\n\n"
            "At the conclusion of the meeting, the two sides signed two documents:\n"
            "- an Agreement on Mining Safety;\n"
            "- a Memorandum of Understanding on Geological Surveys.\n")
    rows = _rows(text, dt.date(2026, 3, 7))
    assert ("agreement", 2, dt.date(2026, 3, 3), None) in rows
    assert {r[2] for r in rows} == {dt.date(2026, 3, 3)}


def test_a_statement_heading_closed_by_the_visit_days_is_issued_on_the_document_day():
    text = ("Ministry of Foreign Affairs of Peru\n\n"
            "Joint Press Statement on the Official Visit to the Republic of Peru of H.E. Mr. Carlos Fuentes, "
            "President of the Republic of Chile, 2 - 4 June 2026\n\n4 June 2026\n\n"
            "1. At the invitation of H.E. Ms. Ana Rojas, President of the Republic of Peru, H.E. Mr. Carlos "
            "Fuentes, President of the Republic of Chile, paid an official visit to Peru from 2 to 4 June 2026.\n")
    [r] = _rows(text, dt.date(2026, 6, 4))
    assert (r[0], r[2]) == ("joint_statement", dt.date(2026, 6, 4))


def test_following_the_meeting_is_the_weekday_the_meeting_was_held():
    text = ("Kenya National Chamber of Commerce and Industry\n\nPRESS RELEASE\n\nNairobi, 12 March 2026\n\n"
            "The 4th meeting of the Kenya-India Business Council was held at the Kenya National Chamber of "
            "Commerce and Industry (KNCCI) in Nairobi on Tuesday. It was co-chaired by KNCCI President Erick "
            "Rutto and FICCI Secretary General Jyoti Vij.\n\n"
            "More than 80 companies from the two countries took part.\n\n"
            "Following the meeting, Mr Rutto and Ms Vij signed a Memorandum of Understanding between KNCCI and "
            "FICCI on trade promotion.\n")
    assert [r[2] for r in _rows(text, dt.date(2026, 3, 12))] == [dt.date(2026, 3, 10)]


def test_the_date_of_an_as_clause_and_a_relative_clause_before_the_signing_verb():
    text = ("Reuters\n\n"
            "Kampala (Reuters) - Kenya and Uganda have signed an intergovernmental agreement on the planned "
            "Standard Gauge Railway extension, officials said, as Kenyan Prime Minister Joseph Otieno wrapped "
            "up a three-day visit to Uganda on Friday.\n\n"
            "Issued on: 13/03/2026 - 18:02\n\n"
            "The agreement, which sets out the framework for the 900-kilometre line, was signed in Kampala on "
            "Thursday by Kenya's Transport Minister, Mary Wambui, and Uganda's Works Minister, Edward Okello.\n")
    rows = _rows(text, dt.date(2026, 3, 13))
    name = "Agreement on the planned Standard Gauge Railway extension"
    assert rows == [("agreement", None, None, name), ("agreement", None, dt.date(2026, 3, 12), name)]


def test_a_second_memorandum_between_two_bodies_and_a_caption_naming_the_signatories():
    text = ("Kenya National Chamber of Commerce and Industry\n\nNairobi, 12 March 2026\n\n"
            "The 4th meeting of the Kenya-India Business Council was held at the Kenya National Chamber of "
            "Commerce and Industry (KNCCI) in Nairobi on Tuesday.\n\n"
            "Following the meeting, Mr Rutto and Ms Vij signed a Memorandum of Understanding between KNCCI and "
            "FICCI on trade promotion. A second memorandum, between the Mombasa Branch of KNCCI and the FICCI "
            "Gujarat State Council, was signed on the same occasion.\n\n"
            "Photo: Signing of the KNCCI–FICCI memorandum, Nairobi, 10 March 2026.\n")
    rows = _rows(text, dt.date(2026, 3, 12))
    assert rows == [
        ("mou", None, dt.date(2026, 3, 10), "Memorandum of Understanding on trade promotion"),
        ("mou", None, dt.date(2026, 3, 10),
         "Memorandum between the Mombasa Branch of KNCCI and the FICCI Gujarat State Council"),
        ("mou", None, dt.date(2026, 3, 10), "Memorandum of Understanding on trade promotion"),
    ]


def test_a_review_of_a_titled_agreement_dates_no_signing_and_its_acronym_keeps_its_type():
    text = ("The Nation\n\nChile, Vietnam push trade review\n\nPublished - May 20, 2026\n\n"
            "The visit comes a week after the two presidents spoke over the phone on May 12 and agreed to "
            "\"fast-track\" a review of the Chile-Vietnam Trade in Goods Agreement (CVTGA). The CVTGA was "
            "signed in Santiago on 11 November 2011 and entered into force on 1 January 2014.\n")
    name = "Chile-Vietnam Trade in Goods Agreement"
    assert _rows(text, dt.date(2026, 5, 20)) == [
        ("trade_agreement", None, None, name), ("trade_agreement", None, dt.date(2011, 11, 11), name)]


def test_read_more_on_the_topic_heads_a_block_of_links():
    text = ("AFP\n\nKenya and Uganda signed a railway agreement in Kampala on Thursday, officials said.\n\n"
            "Read more on the topic:\n- Tanzania, Rwanda sign power interconnection deal\n"
            "- Kenya's inflation eases again\n")
    assert _rows(text, dt.date(2026, 3, 13)) == [("agreement", None, dt.date(2026, 3, 12), None)]


def _mention(doc: str, sid: int, name: str | None, qty: int | None, day: int) -> AgreementMention:
    return AgreementMention(doc, sid, 0, 5, name, "agreement", dt.date(2026, 6, day), "day", None, "unknown",
                            qty, [], countries={"CHL", "PER"}).finish()


def test_a_counted_batch_is_not_one_of_its_named_instruments_and_joins_the_batch_of_its_count():
    named = _mention("a", 1, "Framework Agreement on Lithium", None, 3)
    batch_a = _mention("a", 2, None, 3, 3)
    bare_b = _mention("b", 1, None, None, 3)
    batch_b = _mention("b", 2, None, 3, 3)
    clusters = cluster_agreements([named, batch_a, bare_b, batch_b])
    groups = sorted(sorted((m.doc_id, m.sentence_id) for m in c.members) for c in clusters)
    assert [("a", 2), ("b", 2)] in groups
    assert [("a", 1)] in groups or [("a", 1), ("b", 1)] in groups


def test_a_headline_instrument_is_the_one_instrument_the_body_tells():
    text = ("Reuters\n\nKenya, Uganda sign railway treaty as prime minister ends Kampala visit\n\n"
            "Kampala (Reuters) - Kenya and Uganda have signed an intergovernmental agreement on the planned "
            "Standard Gauge Railway extension, officials said, as Kenyan Prime Minister Joseph Otieno wrapped "
            "up a three-day visit to Uganda on Friday.\n\n"
            "The agreement, which sets out the framework for the 900-kilometre line, was signed in Kampala on "
            "Thursday by Kenya's Transport Minister, Mary Wambui, and Uganda's Works Minister, Edward Okello.\n")
    rows = _run(text, dt.date(2026, 3, 13))
    assert rows[0]["surface"] == "treaty"
    assert {(r["agreement_type"], r["name"]) for r in rows} == {
        ("agreement", "Agreement on the planned Standard Gauge Railway extension")}


def test_a_headline_count_of_the_instruments_the_body_tells_one_by_one_is_no_batch():
    text = ("Press Agency\n\nGhana, Peru sign two accords; Peruvian FM calls on President\n\n"
            "ACCRA, March 4 (PA): The Peruvian Foreign Minister called on the President of Ghana on Wednesday.\n\n"
            "After the talks, the two ministers signed a Memorandum of Understanding on visa exemption for "
            "holders of diplomatic passports, while the two ambassadors signed an agreement on cooperation in "
            "fisheries.\n")
    rows = _run(text, dt.date(2026, 3, 4))
    assert [r["quantity"] for r in rows] == [None, None]
    assert sorted(r["agreement_type"] for r in rows) == ["agreement", "mou"]


def test_a_lower_case_initiative_signed_on_a_date_is_an_other_instrument_but_not_a_launched_one():
    text = ("Daily News\n\nACCRA, 4 March 2026 - Trade between the two neighbours grew last year.\n\n"
            "The Kenya–Uganda dairy initiative, signed in Kampala on 12 May 2019, has been in force since 2020, "
            "according to the dairy board.\n\n"
            "The two sides launched an initiative on youth jobs on Monday, and Kenya joined the Belt and Road "
            "Initiative in 2018.\n")
    assert _rows(text, dt.date(2026, 3, 4)) == [("other", None, dt.date(2019, 5, 12), None)]
