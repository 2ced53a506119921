"""Mends from the review of rounds 7-8, each with sentences written for the test."""

from __future__ import annotations

from pipeline.extract.persons_embassies import names_mission
from pipeline.extract.persons_sentence import _MEMBER_LABEL
from tests.test_events_general import of_type, persons_of, run


def test_member_label_of_a_long_capitalised_bracket_is_found_at_once():
    # (the word of a bracket is taken whole: a run of capitalised words no longer backtracks into
    # every way of cutting them)
    assert _MEMBER_LABEL.match(" (North Riverside and Old Harbour) (Lab): ") is not None
    assert _MEMBER_LABEL.match(" (UGANDA NATIONAL ROADS AUTHORITY HEADQUARTERS TEAM) said") is None


def test_a_high_commission_written_across_a_line_break_is_a_mission():
    assert names_mission("the High\nCommission of Malawi in Lusaka")
    assert names_mission("the Consulate-General in Perth")
    assert not names_mission("the Joint Commission met in Lusaka")


def test_an_ordinal_without_a_place_after_it_is_no_elided_session(tmp_path):
    rows = run(
        tmp_path,
        "On 4 June the ministers held the third Malawi-Zambia Joint Permanent Commission in Lusaka, "
        "and the second in a row to end with a signed communique in May 2024.",
        published="2025-06-05",
    )
    rounds = sorted(m["mechanism_round"] for m in of_type(rows, "meeting") if m["mechanism_round"])
    assert rounds == [3]


def test_a_sentence_up_to_a_colon_does_not_end_the_speakers_voice(tmp_path):
    rows = run(
        tmp_path,
        "Remarks by Ms Ilse Vandermeer, Minister of Foreign Affairs of Belgium, at the Brussels-Hanoi forum\n\n"
        "Brussels, 14 April 2025\n\n"
        "I am pleased to announce the following: a new office for trade in Hanoi.\n\n"
        "Yesterday I met Deputy Prime Minister Tran Van Hoa of Viet Nam.",
        published="2025-04-14",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert {"Ilse Vandermeer", "Tran Van Hoa"} <= persons_of(meetings[0])


def test_we_and_my_opening_a_sentence_are_the_speaker():
    from pipeline.extract.persons_first_person import _MEETS, _VISIT

    assert _MEETS.search("We met ") is not None
    assert _MEETS.search("Our counterpart, ") is not None
    m = _VISIT.search("My first visit to Accra")
    assert m is not None and "My first visit to Accra"[m.end():] == "Accra"
    assert _VISIT.search("We visited Kumasi") is not None


def test_a_share_column_of_a_table_is_no_change_of_the_trade():
    from tests.test_indicators_ind5 import _extract

    text = ("Malawi-Zambia trade (values in USD million)\n\n"
            "| Year | Total trade | Share of Malawi's total trade (%) |\n"
            "|------|------|------|\n"
            "| 2024 | 212.0 | 6.3 |\n")
    rows = _extract(text)
    assert [(r["metric"], r["value"], r["change_pct"]) for r in rows] == [("trade_total", 212.0e6, None)]
