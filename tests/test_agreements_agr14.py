"""Agreement rules for unseen news (round 14): a timeline entry's heading date dates every clause of
the entry, across a semicolon; a contact relative clause ("a framework agreement the two
governments signed in 2021") and a participle after an instrument's complement ("the two memoranda
on X and on Y, signed in Lome in May 2022") tell the instrument's signing; an unnamed instrument that
is the legal basis of the clause ("under the agreement signed by the two agencies") without a date
of its own is told elsewhere; a live page's timestamp ("13:30 - 14 documents signed") is no count.
Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.agreement_backrefs import is_legal_basis_reference
from pipeline.extract.agreement_counts import _quantity_span_before
from pipeline.extract.agreement_cues import _late_cue
from pipeline.extract.agreement_entries import entry_date_start
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["agreement_type"], r["name"], r["signed_date"], r["signed_precision"], r["quantity"])
            for r in _run(text, ref)]


# --- timeline entries ---------------------------------------------------------------------------


def test_a_timeline_entry_date_dates_the_signing_after_a_semicolon():
    text = ("Quito news\n\nTimeline:\n\n- May 2019: A new bridge is opened; the two countries sign the protocol "
            "upgrading the FTA.\n")
    rows = _run(text, dt.date(2026, 5, 3))
    proto = [r for r in rows if r["agreement_type"] == "protocol"]
    assert [(r["signed_date"], r["signed_precision"]) for r in proto] == [(dt.date(2019, 5, 1), "month")]


def test_a_day_entry_without_bullet_dates_both_clauses():
    text = ("Accra news\n\n12 March 2018: Ghana and Togo reopen the border; the two ministers sign a customs "
            "agreement.\n")
    [r] = _run(text, dt.date(2026, 5, 3))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("agreement", dt.date(2018, 3, 12), "day")


def test_a_date_after_a_semicolon_outside_an_entry_stays_another_clauses():
    text = ("Accra news\n\nGhana and Togo signed a customs agreement on Monday; the joint commission will meet "
            "in May 2027.\n")
    [r] = _run(text, dt.date(2026, 5, 6))
    assert r["signed_date"] == dt.date(2026, 5, 4)


def test_entry_date_start_needs_the_date_first_and_a_colon():
    dates = [(2, 10, dt.date(2019, 5, 1), "month")]
    assert entry_date_start("- May 2019: the two sides sign", dates) == 2
    assert entry_date_start("- May 2019 the two sides sign: a pact", dates) is None
    assert entry_date_start("In May 2019: x", [(3, 11, dt.date(2019, 5, 1), "month")]) is None
    assert entry_date_start("no colon here", dates) is None


@given(st.sampled_from(["- ", "• ", "* ", "", "  ", "3. "]), st.integers(1, 28), st.sampled_from(["March", "June"]),
       st.integers(1990, 2030))
def test_entry_date_start_accepts_any_bullet(bullet, day, month, year):
    date_s = f"{day} {month} {year}"
    text = f"{bullet}{date_s}: The two countries sign a treaty; trade grows."
    start = len(bullet)
    assert entry_date_start(text, [(start, start + len(date_s), dt.date(year, 1, 1), "day")]) == start


# --- relative clauses without a relative pronoun -----------------------------------------------


def test_a_contact_relative_clause_tells_the_signing_of_the_instrument_before():
    text = ("Oslo news\n\nThe Norwegian navy ordered four frigates from Spain. It is the second contract under a "
            "framework agreement the two governments signed in March 2021.\n")
    [r] = _rows(text, dt.date(2026, 5, 3))
    assert r[0] == "agreement" and r[2:4] == (dt.date(2021, 3, 1), "month")


def test_a_contact_relative_clause_with_a_pronoun_subject():
    text = "Lima news\n\nChilean officials praised the water treaty they signed with Peru in 2015.\n"
    [r] = _run(text, dt.date(2026, 5, 3))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("treaty", dt.date(2015, 1, 1), "year")


def test_late_cue_reads_contact_subjects_and_complements_before_a_comma():
    assert _late_cue(" the two governments ")
    assert _late_cue(" both sides ")
    assert _late_cue(" on border security and on customs cooperation, ")
    assert not _late_cue(" on border security; the ministers ")
    assert not _late_cue(" the two governments have long ")


def test_a_participle_after_a_counted_batch_and_its_complements_tells_its_signing():
    text = ("Accra news\n\nGhana and Togo reaffirmed the two memoranda of understanding on border security and on "
            "customs cooperation, signed in Lome in May 2022.\n")
    [r] = _rows(text, dt.date(2026, 5, 3))
    assert r == ("mou", None, dt.date(2022, 5, 1), "month", 2)


def test_a_reaffirmed_batch_without_a_signing_verb_is_no_instrument():
    text = ("Accra news\n\nGhana and Togo reaffirmed the two memoranda of understanding on border security and on "
            "customs cooperation.\n")
    assert _rows(text, dt.date(2026, 5, 3)) == []


# --- legal bases ---------------------------------------------------------------------------------


def test_an_undated_instrument_under_which_something_happens_is_told_elsewhere():
    text = ("Accra news\n\nGhana and Togo signed an energy agreement in May 2022. On Tuesday, the first turbine "
            "started work. We will continue cooperation under the agreement signed by the two ministries.\n")
    rows = _rows(text, dt.date(2026, 5, 3))
    assert [(r[2], r[3]) for r in rows] == [(dt.date(2022, 5, 1), "month")]


def test_a_dated_signing_under_a_legal_basis_word_keeps_its_row():
    text = ("Accra news\n\nPursuant to the protocol signed by Ghana and Togo on 4 May 2026, customs posts will "
            "share data.\n")
    [r] = _rows(text, dt.date(2026, 5, 6))
    assert r[0] == "protocol" and r[2:4] == (dt.date(2026, 5, 4), "day")


def test_is_legal_basis_reference():
    text = "Training continues under the agreement signed by the two agencies."
    assert is_legal_basis_reference(text, text.index("agreement"))
    text = "In line with the new protocol signed by the ministers"
    assert is_legal_basis_reference(text, text.index("protocol"))
    text = "The ministers signed the agreement."
    assert not is_legal_basis_reference(text, text.index("agreement"))


# --- timestamps ------------------------------------------------------------------------------------


def test_a_live_page_timestamp_before_a_count_is_no_part_of_it():
    text = "11:45 - 9 documents signed"
    assert _quantity_span_before(text, text.index("documents"))[0] == 9
    text = "16:05 | 12 agreements signed"
    assert _quantity_span_before(text, text.index("agreements"))[0] == 12


def test_a_timestamped_headline_batch_joins_the_body_batch():
    text = ("Live: Bolivian president in Paraguay\n\nTuesday, 5 May 2026\n\n11:45 - 9 documents signed\n"
            "In the presence of the two presidents, the sides signed 9 documents on Tuesday.\n")
    rows = _rows(text, dt.date(2026, 5, 5))
    assert rows and all(r[4] == 9 for r in rows)


# --- acronyms of a title's words ---------------------------------------------------------------


def test_the_acronym_deal_refers_to_the_instrument_whose_words_it_abbreviates():
    text = ("Accra news\n\nOn Tuesday, Ghana and Togo signed a memorandum of understanding on joint search and "
            "rescue (JSR) at sea.\n\nA fisheries official said the JSR deal would save lives.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert {(r["agreement_type"], r["name"]) for r in rows} == {
        ("mou", "Memorandum of understanding on joint search and rescue")}


def test_an_acronym_abbreviating_no_title_keeps_its_own_name():
    text = ("Accra news\n\nOn Tuesday, Ghana and Togo signed a memorandum of understanding on joint search and "
            "rescue at sea.\n\nAn official said the WTO deal would help exporters.\n")
    rows = {(r["agreement_type"], r["name"]) for r in _run(text, dt.date(2026, 5, 6))}
    assert rows == {("mou", "Memorandum of understanding on joint search and rescue"), ("other", "WTO Deal")}


# --- the sentence after a list -------------------------------------------------------------------


def test_the_sentence_after_a_list_goes_on_with_the_day_of_its_signing():
    text = ("Bolivian president in Paraguay\n\nASUNCION, May 6 (Agency) - The presidents of Bolivia and Paraguay "
            "held talks on Tuesday.\n\nOn Tuesday, the sides signed nine documents, including:\n"
            "- an agreement on the modernisation of the river port;\n"
            "- a memorandum of understanding on cooperation in higher education;\n"
            "- a calendar of youth exchanges for 2027-2029.\n"
            "The presidents also adopted a Joint Declaration on deepening the strategic partnership.\n")
    rows = _rows(text, dt.date(2026, 5, 6))
    [decl] = [r for r in rows if r[0] == "joint_statement"]
    assert decl[2:4] == (dt.date(2026, 5, 5), "day")


# --- a year naming an event by a possessive ------------------------------------------------------

_CABINET = ("Chile and Peru: a steady partnership\n\nWhen the presidents of Chile and Peru sat down in Lima on "
            "4 March 2026 to co-chair the fifth meeting of the binational cabinet, few expected surprises.\n\n")


def test_this_years_session_is_the_meeting_told_before_with_its_day():
    text = _CABINET + ("This year's session produced the usual harvest: seven agreements and memoranda of "
                       "understanding, on mining, energy and culture, and a joint declaration issued at the end "
                       "of the meeting.\n")
    rows = _rows(text, dt.date(2026, 3, 4))
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("agreement", dt.date(2026, 3, 4), "day", 7), ("joint_statement", dt.date(2026, 3, 4), "day", None)]


def test_a_possessive_year_without_an_event_told_that_year_stays_a_year():
    text = ("Chile and Peru: a steady partnership\n\nThe presidents of Chile and Peru met in Lima on 4 March 2025.\n\n"
            "This year's session produced seven agreements on mining and energy.\n")
    [r] = _rows(text, dt.date(2026, 6, 4))
    assert r[2:] == (dt.date(2026, 1, 1), "year", 7)


def test_possessive_event_dates_keeps_years_of_other_nouns():
    earlier = [("The ministers met in Quito on 2 May 2026.", dt.date(2026, 5, 2), None)]
    text = "This year's budget funds seven agreements."
    dates = [(0, 9, dt.date(2026, 1, 1), "year")]
    from pipeline.extract.agreement_dates import possessive_event_dates
    assert possessive_event_dates(text, dates, earlier) == dates
    text = "This year's summit yielded seven agreements."
    assert possessive_event_dates(text, dates, earlier) == [(0, 9, dt.date(2026, 5, 2), "day")]


def test_a_verb_with_an_object_of_its_own_is_no_contact_relative_clause():
    assert not _late_cue(" both sides ", " a protocol on fisheries")
    assert _late_cue(" both sides ", " in 2019.")
    text = "Quito news\n\nUnder the accord both sides signed a protocol on fisheries on Monday.\n"
    rows = _rows(text, dt.date(2026, 5, 6))
    assert [(r[0], r[2]) for r in rows if r[2] is not None] == [("protocol", dt.date(2026, 5, 4))]
