"""Agreement rules for unseen news (round 22).

* "a trade in goods agreement" (the kind as a lower-case modifier, outside any title) is a trade agreement.
* "An agreement on X and a protocol on Y were signed ...": a plural passive signing verb after instruments
  coordinated with a determiner governs both (a singular one may belong to a new clause and does not).
* The next example of a batch after a long complement of the previous one (amounts, brackets, titles:
  "including the Exchange of Notes concerning a loan of 6.5 billion yen (...) for the X Project, and a
  Memorandum ...") is signed with the batch.
* A counted batch of an acronym head named only by its topic ("sign six MoUs on IT") has no name, so that
  it is one instrument with the same batch told in the body and by other outlets.
* "During the JCC, ..." (an anchor naming the event by its acronym) dates the signing by the latest earlier
  sentence writing that acronym, even months before the page.

Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date = dt.date(2026, 9, 10)) -> list[tuple]:
    return [(r["name"], r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"])
            for r in _run(text, ref)]


# --- "a trade in goods agreement" ----------------------------------------------------------------------


def test_a_lower_case_trade_in_goods_agreement_is_a_trade_agreement():
    text = ("Chile and Peru want to lift trade to $4 billion under a trade in goods agreement signed in March "
            "2021, which entered into force on June 1, 2022.\n")
    [r] = _run(text, dt.date(2026, 5, 7))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("trade_agreement", dt.date(2021, 3, 1), "month")
    assert r["effective_date"] == dt.date(2022, 6, 1)


def test_a_trade_in_services_agreement_inked_by_two_ministers_is_a_trade_agreement():
    text = "Ghana and Togo inked a trade-in-services agreement in Accra on 4 May 2026.\n"
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("trade_agreement", dt.date(2026, 5, 4), "day")


def test_an_agreement_signed_after_talks_on_trade_in_goods_stays_an_agreement():
    # near miss: the words stand before the agreement but are not its modifier
    text = "After talks on trade in goods, Ghana and Togo signed an agreement on fisheries on 4 May 2026.\n"
    [r] = _rows(text)
    assert (r[1], r[3]) == ("agreement", dt.date(2026, 5, 4))


# --- coordinated instruments with a determiner, a plural passive verb -----------------------------------


def test_an_agreement_and_a_protocol_were_signed_on_the_sidelines_both_dated():
    text = ("Chile and Peru reviewed their ties.\n\n"
            "The 5th session of the Joint Commission was held in Lima on 3 June 2026. An agreement on fisheries "
            "and a protocol on customs cooperation were signed on the sidelines of the session.\n")
    rows = _rows(text, dt.date(2026, 6, 10))
    assert [(r[1], r[3], r[4]) for r in rows] == [("agreement", dt.date(2026, 6, 3), "day"),
                                                  ("protocol", dt.date(2026, 6, 3), "day")]


def test_a_memorandum_and_an_executive_programme_were_signed_at_a_meeting_told_before():
    text = ("Kenya and Ghana held political consultations.\n\n"
            "The third meeting of the Joint Commission took place in Nairobi on 14 April 2026. A memorandum on "
            "tea research and an executive programme on sports cooperation were signed on the sidelines of "
            "the meeting.\n")
    rows = _rows(text, dt.date(2026, 4, 20))
    assert [(r[1], r[3], r[4]) for r in rows] == [("mou", dt.date(2026, 4, 14), "day"),
                                                  ("executive_program", dt.date(2026, 4, 14), "day")]


def test_a_new_clause_after_and_with_a_singular_verb_keeps_its_own_signing():
    # near miss: "and a protocol was signed" opens a clause of its own; the treaty is not signed in 2020
    text = "Chile and Peru ratified the water treaty and a protocol on fisheries was signed in Lima in May 2020.\n"
    rows = _rows(text)
    treaty = [r for r in rows if r[1] == "treaty"]
    assert all(r[3] != dt.date(2020, 5, 1) for r in treaty)
    assert [(r[1], r[3]) for r in rows if r[1] == "protocol"] == [("protocol", dt.date(2020, 5, 1))]


# --- the next example of a batch after a long complement -----------------------------------------------


def test_the_second_example_after_an_amount_in_brackets_is_signed_with_the_batch():
    text = ("Chile and Peru reviewed their ties.\n\n"
            "4. On 4 November 2026, the two Presidents welcomed the signing of four cooperation documents, "
            "including the Exchange of Notes concerning a Korean loan of up to 40.5 billion won (about 30.2 "
            "million dollars) for the Lima Metro Line 4 (Eastern Section) Project, and a Memorandum of "
            "Cooperation on Critical Minerals between the Ministry of Mines of Peru and the Ministry of Trade "
            "of Chile.\n")
    rows = _rows(text, dt.date(2026, 11, 5))
    moc = [r for r in rows if r[1] == "mou"]
    assert moc == [("Memorandum of Cooperation on Critical Minerals", "mou", 1, dt.date(2026, 11, 4), "day")]


def test_the_second_example_after_a_project_title_is_signed_with_the_batch():
    text = ("Japan and Kenya held a summit.\n\n"
            "The leaders witnessed the signing of three documents on 12 March 2026, including a grant agreement "
            "of 2.4 billion yen for the Mombasa Port Development Project (Phase 3), as well as a Protocol on "
            "Fisheries Cooperation.\n")
    rows = _rows(text, dt.date(2026, 3, 13))
    prot = [r for r in rows if r[1] == "protocol"]
    assert [(r[0], r[3], r[4]) for r in prot] == [("Protocol on Fisheries Cooperation", dt.date(2026, 3, 12), "day")]


def test_a_later_sentence_after_a_batch_is_no_example():
    # near miss: a full stop ends the batch's sentence; the memorandum of the next one is undated
    text = ("Chile and Peru reviewed their ties.\n\n"
            "On 4 November 2026, the two Presidents welcomed the signing of four cooperation documents, "
            "including a loan agreement of 40.5 billion won.\n\n"
            "The sides are discussing a Memorandum of Cooperation on Critical Minerals.\n")
    rows = _rows(text, dt.date(2026, 11, 5))
    assert not any(r[1] == "mou" and r[3] == dt.date(2026, 11, 4) for r in rows)


# --- a counted batch of an acronym head named by its topic ----------------------------------------------


_BODY = "\n\nJune 11, 2026\n\nACCRA: Ghana and Togo have signed four memoranda of understanding on Tuesday.\n"


def test_a_headline_batch_of_mous_on_a_topic_has_no_name():
    rows = _run("Ghana, Togo sign four MoUs on IT, health in Accra" + _BODY, dt.date(2026, 6, 11))
    head = rows[0]
    assert (head["name"], head["agreement_type"], head["quantity"]) == (None, "mou", 4)
    assert "IT" in head["topics"]


def test_a_batch_of_ftas_on_a_topic_in_a_sentence_has_no_name():
    text = "Chile and Peru signed two FTAs on Services on 3 June 2026.\n"
    [r] = _rows(text)
    assert (r[0], r[1], r[2], r[3]) == (None, "free_trade_agreement", 2, dt.date(2026, 6, 3))


def test_a_single_titled_memorandum_keeps_its_name():
    # near miss: one titled instrument is named by its title
    rows = _run("Ghana, Togo sign MoU on IT in Accra\n\nJune 11, 2026\n\nACCRA: Ghana and Togo have signed the "
                "Memorandum of Understanding on IT on Tuesday.\n", dt.date(2026, 6, 11))
    assert "Memorandum of Understanding on IT" in [r["name"] for r in rows]


# --- "During the JCC, ...": an event named by its acronym ----------------------------------------------


_JPC = ("Energy secretaries of Ghana and Togo met in Accra on Monday.\n\n"
        "The talks come months after Foreign Minister Ama Mensah paid an official visit to Togo from July 30 to "
        "August 1. During the visit, the fifth Ghana-Togo Joint Permanent Commission (JPC) was held in Lome on "
        "July 31.\n\n")


def test_a_batch_signed_during_an_acronym_event_takes_its_day():
    rows = _rows(_JPC + "During the JPC, the two sides signed three memorandums of understanding on tourism.\n",
                 dt.date(2026, 10, 14))
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [("mou", 3, dt.date(2026, 7, 31), "day")]


def test_a_protocol_signed_after_the_acronym_event_takes_its_day():
    text = ("Kenya and Uganda reviewed their border trade on Tuesday.\n\n"
            "In May, the ninth Kenya-Uganda Joint Trade Committee (JTC) met in Kampala on May 12.\n\n"
            "After the JTC, the ministers signed a protocol on cross-border markets.\n")
    rows = _rows(text, dt.date(2026, 9, 3))
    assert [(r[1], r[3], r[4]) for r in rows] == [("protocol", dt.date(2026, 5, 12), "day")]


def test_an_acronym_never_told_before_gives_no_earlier_day():
    # near miss: the acronym is not written in an earlier dated sentence; the signing is not July 31
    text = ("Energy secretaries of Ghana and Togo met in Accra on Monday.\n\n"
            "Foreign Minister Ama Mensah paid an official visit to Togo from July 30 to August 1.\n\n"
            "During the JPC, the two sides signed three memorandums of understanding on tourism.\n")
    rows = _rows(text, dt.date(2026, 10, 14))
    assert [(r[1], r[2]) for r in rows] == [("mou", 3)]
    assert rows[0][3] != dt.date(2026, 7, 31)
