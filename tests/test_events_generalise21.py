"""Event extraction, round 14 of tuning (own short texts, invented names and pairs).

Families: a wire byline's "Update : 14.10.2026" and a web page's "Updated 09:30, 3-Feb-2026" are
the page date (weekdays of the body resolve from it); a past verb between a weekday and a later
intention ("called on X on Thursday evening and handed over a letter inviting him to visit Y")
governs the weekday, which resolves backwards; a plan cue that opens a purpose clause after the
trigger ("spoke by telephone ... to prepare for the visit") is the purpose's, not the call's.
"""

from __future__ import annotations

import json
from datetime import date

from pipeline.extract.dates_dateline import find_dateline
from tests.test_events_general import countries_of, of_type, persons_of, run
from tests.test_events_generalise18 import run_undated as _run_raw


# --- page dates of a wire byline ("Update : dd.mm.yyyy") and of "Updated hh:mm, dd-Mon-yyyy" -------


def test_wire_byline_update_label_with_dotted_date():
    text = (
        "Wire Service\n\nGreece, Egypt navies open joint drill\n\n"
        "Anna Pappas and Omar Said   |14.10.2026 - Update : 14.10.2026\n\nATHENS / CAIRO\n\n"
        "The navies of Greece and Egypt began a joint exercise off Crete on Monday, the Greek defence ministry said."
    )
    assert find_dateline(text) == date(2026, 10, 14)


def test_updated_label_with_clock_and_hyphenated_date():
    text = (
        "World > Europe\n\nPortugal, Brazil hold talks\n\nUpdated 09:30, 3-Feb-2026\nBy Ana Lima\n\n"
        "Portugal and Brazil held talks on trade in Lisbon on Monday, officials said."
    )
    assert find_dateline(text) == date(2026, 2, 3)


def test_update_as_a_headline_word_is_no_date():
    # near miss: "Update:" opening a headline, with no date after it
    text = "Newsroom\n\nUpdate: ministers to resume talks\n\nThe ministers of Chile and Peru will meet again, officials said."
    assert find_dateline(text) is None


def test_weekday_resolves_from_the_wire_byline_date(tmp_path):
    rows = _run_raw(
        tmp_path,
        "Wire Service\n\nGreece, Egypt defence chiefs talk\n\n"
        "Anna Pappas and Omar Said   |14.10.2026 - Update : 14.10.2026\n\nATHENS / CAIRO\n\n"
        "On Tuesday, Greek Defence Minister Nikos Andreou and his Egyptian counterpart Karim Fahmy held a phone call, "
        "the Greek ministry said.\n",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert calls[0]["date_start"] == date(2026, 10, 13)


# --- a past verb between the weekday and a later intention governs the weekday -------------------


def test_call_on_and_letter_inviting_to_visit_resolve_backwards(tmp_path):
    rows = run(
        tmp_path,
        "Ghana's Deputy Defence Minister Kofi Mensah arrived in Dakar on Tuesday for a two-day visit to Senegal.\n\n"
        "Mensah also called on Senegal's Minister of the Armed Forces, Ousmane Diallo, on Wednesday evening and handed over "
        "a letter from President Ama Owusu inviting him to visit Ghana.",
        published="2025-06-05",  # a Thursday
    )
    meetings = of_type(rows, "meeting")
    assert [m["date_start"] for m in meetings] == [date(2025, 6, 4)]
    letters = of_type(rows, "correspondence")
    assert [m["date_start"] for m in letters] == [date(2025, 6, 4)]


def test_received_and_passed_on_an_invitation_to_attend(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Ruth Wanjiku received Ethiopia's ambassador Dawit Bekele in Nairobi on Monday and conveyed "
        "a message from President James Otieno inviting Prime Minister Abebe Tesfaye to visit Kenya.",
        published="2025-03-13",  # a Thursday
    )
    meetings = of_type(rows, "meeting")
    assert [m["date_start"] for m in meetings] == [date(2025, 3, 10)]


def test_weekday_after_the_invitation_stays_ahead(tmp_path):
    # near miss: the weekday follows the intention, so the invitation's future governs it
    rows = run(
        tmp_path,
        "Mensah handed over a letter from President Ama Owusu inviting Ousmane Diallo to visit Ghana on Saturday.",
        published="2025-06-05",  # a Thursday
    )
    visits = [v for v in of_type(rows, "visit") if v["status"] == "planned"]
    assert visits and all(v["date_start"] in (None, date(2025, 6, 7)) for v in visits)


# --- a plan cue that opens a purpose clause belongs to the purpose ------------------------------


def test_call_last_month_to_prepare_for_the_visit_took_place(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Li Wei will pay an official visit to Singapore next month.\n\n"
        "Last month, Foreign Minister Zhang Min spoke by telephone with his Singaporean counterpart Tan Boon to prepare for the visit.",
        published="2026-08-19",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert calls[0]["status"] == "occurred"
    assert calls[0]["date_start"] == date(2026, 7, 1)
    assert persons_of(calls[0]) == {"Zhang Min", "Tan Boon"}


def test_meeting_on_monday_to_prepare_for_the_summit_took_place(tmp_path):
    rows = run(
        tmp_path,
        "The foreign ministers of Chile and Argentina met in Santiago on Monday to prepare for the summit of the two presidents.",
        published="2025-03-13",
    )
    meetings = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2025, 3, 10)]
    assert meetings and meetings[0]["status"] == "occurred"


def test_preparing_for_a_session_is_still_a_plan_in_a_headline(tmp_path):
    # near miss: no purpose clause -- the session being prepared for is ahead
    rows = run(
        tmp_path,
        "Kenya and Ghana will hold the third session of their Joint Commission in Accra next month.",
        published="2025-03-13",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and all(m["status"] == "planned" for m in meetings)


# --- the visit of the subject's relative clause frames the undated talks of the main clause -------


def test_talks_after_a_who_landed_clause_fall_in_the_visit(tmp_path):
    rows = run(
        tmp_path,
        "The navies of Spain and Morocco began a joint exercise off Tangier on Monday, the Spanish ministry said.\n\n"
        "Defence Minister Elena Ruiz, who landed in Rabat on Tuesday for a two-day official visit, held talks at the "
        "Moroccan Defence Ministry with her counterpart, Karim Bennani.",
        published="2026-10-14",  # a Wednesday
    )
    talks = [m for m in of_type(rows, "meeting") if "Karim Bennani" in persons_of(m)]
    assert len(talks) == 1
    # the visit's month, not the exercise's Monday told in the lede
    assert (talks[0]["date_start"], talks[0]["date_precision"]) == (date(2026, 10, 1), "month")


def test_talks_after_a_who_arrived_clause_with_another_pair(tmp_path):
    rows = run(
        tmp_path,
        "Japan and Viet Nam opened a trade fair in Hanoi on Monday.\n\n"
        "Trade Minister Kenji Mori, who arrived in Hanoi on Tuesday on a three-day visit, met Industry Minister Tran Van Hai.",
        published="2026-03-19",  # a Thursday
    )
    talks = [m for m in of_type(rows, "meeting") if "Tran Van Hai" in persons_of(m)]
    assert len(talks) == 1
    assert talks[0]["date_start"] != date(2026, 3, 16)
    assert talks[0]["date_start"] in (date(2026, 3, 1), date(2026, 3, 17))


def test_talks_with_their_own_day_keep_it_after_a_who_clause(tmp_path):
    # near miss: the main clause dates its own talks
    rows = run(
        tmp_path,
        "Defence Minister Elena Ruiz, who landed in Rabat on Tuesday for a two-day official visit, held talks with "
        "her counterpart Karim Bennani on Wednesday.",
        published="2026-10-15",  # a Thursday
    )
    talks = [m for m in of_type(rows, "meeting") if "Karim Bennani" in persons_of(m)]
    assert [m["date_start"] for m in talks] == [date(2026, 10, 14)]


# --- a bilateral body that "had met" (a past perfect) ------------------------------------------


_JSC = (
    "The third meeting of the Chile-Peru Joint Steering Committee on mining was held in Lima on Tuesday, co-chaired by "
    "Vice Minister Ana Soto and Vice Minister Luis Paredes.\n\n"
)


def test_the_joint_working_group_had_met_a_day_earlier(tmp_path):
    rows = run(tmp_path, _JSC + "The Joint Working Group had met in Lima on Monday.", published="2025-06-05")
    days = sorted(m["date_start"] for m in of_type(rows, "meeting"))
    assert days == [date(2025, 6, 2), date(2025, 6, 3)]


def test_the_technical_committee_had_met_in_march(tmp_path):
    rows = run(tmp_path, _JSC + "The Joint Technical Committee had met in Santiago in March.", published="2025-06-05")
    metas = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2025, 3, 1)]
    assert len(metas) == 1
    assert countries_of(metas[0]) == {"CHL", "PER"}


def test_a_committee_that_had_not_met_is_no_meeting(tmp_path):
    # near miss: a negated past perfect
    rows = run(tmp_path, _JSC + "The Joint Working Group had not met since 2019.", published="2025-06-05")
    assert len(of_type(rows, "meeting")) == 1


def test_a_session_told_before_keeps_the_narrative_day_after_a_who_clause(tmp_path):
    # near miss: "co-chaired the commission" is the session the lede dated, not new talks of the visit
    rows = run(
        tmp_path,
        "RABAT: Spain and Morocco on Monday held the fourth session of the Spain-Morocco Joint Commission in Rabat.\n\n"
        "Spanish Foreign Minister Elena Ruiz, who arrived in Rabat on Sunday at the head of a delegation, co-chaired "
        "the commission with her Moroccan counterpart Karim Bennani.",
        published="2026-07-08",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and all(m["date_start"] == date(2026, 7, 6) for m in meetings)
