"""Agreement rules for unseen news (round 17): a range of years after an instrument's "for" is the
span it is valid for (no signing date, no planned signing), and the next examples of the batch go on
sharing its signing; the items of an inline list take the date of the lead's batch also when the batch
took it from the narrative; a direct question (a FAQ's) tells no signing; an office named by the
instruments it keeps ("the Treaty Section") is no instrument; a day and month followed by an older
year ("16 February 1840") are of that year; an instrument's signing told in a participle months
before the text ("the Defence Agreement signed in December 2023") and an ordinal round told as held
("The 13th session took place in Dakar in July 2024") move no narrative time; legal-style dates ("the
21st day of January, 2026") are days. Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import extract_dates
from pipeline.model import DOCUMENTS
from pipeline.segment import segment
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in _run(text, ref)]


# --- a programme's period after "for", and the examples after it --------------------------------


def test_a_range_of_years_after_an_examples_for_is_its_period_and_the_next_examples_share_the_signing():
    text = ("Cabinda Daily\n\nThursday, 5 November 2026\n\n"
            "The Gabonese president and his Cameroonian host presided on Wednesday over the signing of five "
            "agreements, including a new customs protocol for 2027-2030, an agreement on road transport and an "
            "MoU on the power grid.\n")
    rows = _run(text, dt.date(2026, 11, 5))
    by_type = {r["agreement_type"]: r for r in rows}
    assert by_type["protocol"]["signed_date"] == dt.date(2026, 11, 4)  # (not a planned signing in 2027)
    assert by_type["mou"]["signed_date"] == dt.date(2026, 11, 4)
    assert [r["signed_date"] for r in rows if r["name"] == "Agreement on road transport"] == [dt.date(2026, 11, 4)]


# --- an inline list's items and the batch's narrative date --------------------------------------


def test_the_items_of_an_inline_list_take_the_batchs_narrative_day():
    text = ("Tbilisi Review\n\nWednesday, 21 October 2026\n\n"
            "On Tuesday the Armenian and Georgian ministers co-chaired the commission in Yerevan. At the end of "
            "the session, three documents were signed: a Roadmap on Trade for 2026-2028, a memorandum on the joint "
            "development of dry ports, and an agreement between the railway companies on through tariffs.\n")
    rows = _rows(text, dt.date(2026, 10, 21))
    assert ("agreement", 3, dt.date(2026, 10, 20), "day") in rows
    assert all(r[2] == dt.date(2026, 10, 20) for r in rows)


# --- questions and offices ----------------------------------------------------------------------


def test_a_faq_question_tells_no_signing_but_its_answer_does():
    text = ("Frequently asked questions\n\n"
            "Which agreements were signed at the 3rd Session?\n"
            "Four agreements were signed on 3 May 2026 by Chad and Niger.\n"
            "Is the pipeline agreement in force?\n")
    assert _rows(text, dt.date(2026, 6, 10)) == [("agreement", 4, dt.date(2026, 5, 3), "day")]


def test_an_office_named_by_the_instruments_it_keeps_is_no_instrument():
    text = ("Frequently asked questions\n\n"
            "Signed texts are deposited with the Treaty Section of the Ministry of Foreign Affairs of Chad.\n"
            "Chad and Niger signed a Treaty on Friendship on 3 May 2026.\n")
    rows = _run(text, dt.date(2026, 6, 10))
    assert [r["name"] for r in rows] == ["Treaty on Friendship"]


# --- an older century ---------------------------------------------------------------------------


def test_a_day_and_month_followed_by_an_older_year_are_of_that_year():
    text = ("Madrid Post\n\nMonday, 6 July 2026\n\n"
            "Spain and Peru signed the Treaty of Commerce in Lima on 16 March 1851, the basis of relations. "
            "The accord of June 3, 1795 was signed by the two crowns.\n")
    rows = _run(text, dt.date(2026, 7, 6))
    assert {r["signed_date"] for r in rows} == {dt.date(1851, 3, 16), dt.date(1795, 6, 3)}


# --- dates that move no narrative time ----------------------------------------------------------


def test_an_instruments_signing_told_in_a_participle_does_not_date_a_signing_after_the_talks():
    text = ("Suva Sport\n\nSunday 13 September 2026\n\n"
            "The Fijian prime minister arrived in Port Moresby on Thursday for a three-day working visit.\n"
            "The two leaders spent Friday in talks, covering the Defence Agreement signed in December 2023 and "
            "policing support. After the talks they signed a memorandum of understanding on sport.\n")
    rows = {r["agreement_type"]: r for r in _run(text, dt.date(2026, 9, 13))}
    assert (rows["mou"]["signed_date"], rows["mou"]["signed_precision"]) == (dt.date(2026, 9, 11), "day")
    assert rows["agreement"]["signed_date"] == dt.date(2023, 12, 1)


def test_an_ordinal_round_with_its_noun_told_as_held_long_ago_does_not_date_the_next_signing():
    text = ("Gambia Watch\n\nThursday, 5 November 2026\n\n"
            "The Gambia-Guinea Joint Commission held its 9th session in Banjul on Tuesday. "
            "The 8th session took place in Conakry in July 2024. A joint communique was issued at the close "
            "of the session.\n")
    rows = [r for r in _rows(text, dt.date(2026, 11, 5)) if r[0] == "joint_statement"]
    assert rows and all(r[2] is not None and r[2].year == 2026 for r in rows)


# --- legal-style dates --------------------------------------------------------------------------


def _date_rows(text: str, ref: dt.date) -> list[tuple]:
    docs = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": ref, "reference_date": ref, "reference_precision": "day", "text": text,
          "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    d = extract_dates(segment(docs), docs)
    return list(zip(d["surface"].to_list(), d["date_start"].to_list(), d["precision"].to_list()))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def test_a_legal_style_date_dates_a_notified_agreement():
    text = ("OFFICIAL GAZETTE\n\nSaturday, 14th March, 2026\n\n"
            "It is hereby notified that the Agreement between Chad and Niger on Fisheries, signed at N'Djamena "
            "on the 21st day of January, 2026, entered into force on the 2nd day of March, 2026.\n")
    [r] = _run(text, dt.date(2026, 3, 14))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 1, 21), "day")
    assert r["effective_date"] == dt.date(2026, 3, 2)


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)), st.booleans())
def test_the_nth_day_of_month_year_is_that_day(day: dt.date, comma: bool):
    sep = ", " if comma else " "
    surface = f"the {_ordinal(day.day)} day of {day.strftime('%B')}{sep}{day.year}"
    rows = _date_rows(f"News\n\nThe notice was dated {surface} in the capital.\n", dt.date(2050, 1, 1))
    assert (day, "day") in [(d, p) for _s, d, p in rows]


# --- lists, names and clauses -------------------------------------------------------------------


def test_bullets_with_an_emoji_variation_selector_go_on_with_the_list_and_a_title_goes_on_over_of_a():
    text = ("Ministry of Health\n\nMay 19, 2026\n\n"
            "After the meeting, the two ministers of Chad and Niger witnessed the signing of three cooperation "
            "documents:\n"
            "\u25aa\ufe0f MoU on Cooperation in Malaria Control\n"
            "\u25aa\ufe0f MoU on Joint Research on Vaccines\n"
            "\u25aa\ufe0f Agreement on the Dispatch of a Nigerien Medical Team to Chad\n")
    rows = _run(text, dt.date(2026, 5, 19))
    items = [r for r in rows if r["quantity"] == 1]
    assert len(items) == 3 and all(r["signed_date"] is not None for r in items)
    assert "Agreement on the Dispatch of a Nigerien Medical Team to Chad" in [r["name"] for r in items]


def test_a_teasers_ellipsis_and_read_more_end_an_instruments_name():
    text = ("News\n\nMay 19, 2026\n\n"
            "Chad and Niger presided on Wednesday over the signing of six agreements, including an MoU on the "
            "power grid\u2026 Read more \u203a\n")
    assert "MoU on the power grid" in [r["name"] for r in _run(text, dt.date(2026, 5, 19))]


def test_an_entry_into_force_in_a_since_clause_ends_the_name_and_dates_the_entry_into_force():
    text = ("Frequently asked questions\n\nLast updated: 3 August 2026\n\n"
            "No. Citizens of Chad and Niger may travel visa-free with a national identity card since the agreement "
            "on the use of identity cards entered into force on 1 February 2023.\n")
    [r] = _run(text, dt.date(2026, 8, 3))
    assert r["name"] == "Agreement on the use of identity cards"
    assert (r["signed_date"], r["effective_date"]) == (None, dt.date(2023, 2, 1))


def test_a_participle_between_commas_is_the_instruments_before_the_main_verb():
    text = ("Frequently asked questions\n\nLast updated: 3 August 2026\n\n"
            "The bilateral agreement on the development of the Benguela Railway, signed in 2014, was revised by a "
            "protocol signed at the last session.\n")
    rows = {r["agreement_type"]: r for r in _run(text, dt.date(2026, 8, 3))}
    assert rows["agreement"]["signed_date"] == dt.date(2014, 1, 1)
    assert "protocol" in rows
    assert rows["protocol"]["signed_date"] != dt.date(2014, 1, 1)


def test_the_date_of_a_plan_told_after_the_signing_is_not_the_signings():
    text = ("WIRE\n\nMUSCAT, June 7 \u2014 The Omani minister received the Kenyan foreign minister in Muscat on "
            "Saturday. The two ministers signed a memorandum of understanding on political consultations and "
            "agreed to hold the first round in Nairobi before the end of the year.\n")
    [r] = _run(text, dt.date(2026, 6, 9))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 6, 6), "day")


def test_a_definite_short_name_opening_a_sentence_refers_back_and_its_entry_into_force_takes_the_narrative_day():
    text = ("Review\n\nPublished online: 2 September 2026\n\n"
            "On 14 January the Saeima ratified the Agreement between Latvia and Japan on Social Security, signed in "
            "Tokyo on 9 October 2025.\n\n"
            "On 1 March 2026 the two prime ministers met in Riga. The Social Security agreement entered into force, "
            "following the exchange of notes in February.\n")
    rows = _run(text, dt.date(2026, 9, 2))
    assert {r["name"] for r in rows} == {"Agreement between Latvia and Japan on Social Security"}
    assert [r["effective_date"] for r in rows if r["effective_date"]] == [dt.date(2026, 3, 1)]


def test_after_the_meeting_is_the_day_the_lede_gives_the_meeting_not_the_arrival():
    text = ("Ministry of Health\n\nMay 19, 2026\n\n"
            "The Nigerien health minister, who arrived in Ndjamena yesterday on a three-day visit to Chad, today "
            "co-chaired the 4th meeting of the Joint Health Committee with her Chadian counterpart.\n"
            "After the meeting, the two ministers witnessed the signing of two cooperation documents.\n")
    assert _rows(text, dt.date(2026, 5, 19)) == [("agreement", 2, dt.date(2026, 5, 19), "day")]
