"""Event extraction, round 9: structural rules for unseen articles (own short texts, invented names).

Families: an infinitive of holding the next or an ordinal session/edition after a session or
exercise told in the same sentence ("… held in X in 2024 and decided to hold the fourth meeting in
2025", "… conducted in July, and decided to hold its third edition in 2025") is a planned event of
its own; a relative "whose first meeting will be held" names a session of its antecedent body;
"the <body>'s eighth plenary session would be held" ; a nominal "meeting … between A and B" with a
time or place before "between", or a definite one with its own participle of time ("the meeting
between A and B held earlier on the same day"), is a meeting of A and B; video link meetings and
videoconferences are calls.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# a later session or edition told by an infinitive of holding
# --------------------------------------------------------------------------------------------


def test_decided_to_hold_the_next_ordinal_meeting_is_a_planned_session(tmp_path):
    rows = run(
        tmp_path,
        "The leaders welcomed the third Chile-Kenya Joint Commission held in Nairobi in March 2024 and decided "
        "to hold the fourth meeting in Santiago in 2025.\n\n"
        "The ministers noted the fifth Peru-Ghana Policy Dialogue, convened in Accra in May 2024, and agreed to "
        "convene the sixth round in Lima next year.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: (r["sentence_id"], r["mechanism_round"] or 0))
    rounds = [(m["mechanism_round"], m["status"]) for m in meetings]
    assert rounds == [(3, "occurred"), (4, "planned"), (5, "occurred"), (6, "planned")]
    assert meetings[1]["date_start"] == date(2025, 1, 1) and countries_of(meetings[1]) == {"CHL", "KEN"}
    assert meetings[3]["date_start"] == date(2025, 1, 1) and countries_of(meetings[3]) == {"PER", "GHA"}


def test_decided_to_hold_its_next_edition_is_a_planned_exercise_of_the_same_sides(tmp_path):
    rows = run(
        tmp_path,
        'They welcomed the second joint naval exercise between Peru and Ghana, "Ocean Shield II", conducted off '
        "Accra in July 2024, and decided to hold its third edition in 2025.\n\n"
        "Chilean and Kenyan troops held their first joint military exercise near Mombasa in June 2024 and "
        "agreed to stage the second edition in 2026.",
    )
    drills = sorted(of_type(rows, "military_exercise"), key=lambda r: (r["sentence_id"], r["mechanism_round"] or 0))
    assert [(d["mechanism_round"], d["status"]) for d in drills] == [(2, "occurred"), (3, "planned"), (1, "occurred"), (2, "planned")]
    assert countries_of(drills[1]) == {"PER", "GHA"} and drills[1]["date_start"] == date(2025, 1, 1)
    assert countries_of(drills[3]) == {"CHL", "KEN"} and drills[3]["date_start"] == date(2026, 1, 1)


def test_whose_first_meeting_names_a_session_of_the_antecedent_body(tmp_path):
    rows = run(
        tmp_path,
        "The two presidents decided to establish a Peru-Ghana Energy Dialogue at deputy-minister level, whose "
        "first meeting will be held in Accra in 2025.\n\n"
        "They also set up the Chile-Kenya Maritime Commission, whose inaugural session will take place in "
        "Valparaíso later this year.",
    )
    meetings = of_type(rows, "meeting")
    energy = [m for m in meetings if m["mechanism"] and "Energy Dialogue" in m["mechanism"]]
    assert energy and energy[0]["status"] == "planned" and energy[0]["mechanism_round"] == 1
    assert countries_of(energy[0]) == {"PER", "GHA"} and energy[0]["date_start"].year == 2025


def test_the_bodys_ordinal_plenary_session_would_be_held(tmp_path):
    rows = run(
        tmp_path,
        "Rojas, who co-chairs the Peru-Ghana Joint Commission, said the commission's ninth plenary session would "
        "be held in Lima in December.\n\n"
        "Otieno said the committee's third annual meeting would be held in Nairobi in January.",
        published="2024-08-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings and meetings[0]["mechanism_round"] == 9 and meetings[0]["status"] == "planned"
    assert meetings[0]["date_start"] == date(2024, 12, 1) and countries_of(meetings[0]) == {"PER", "GHA"}


# --------------------------------------------------------------------------------------------
# a nominal meeting "between A and B"
# --------------------------------------------------------------------------------------------


def test_a_meeting_with_place_and_day_before_between_is_a_meeting_of_the_two(tmp_path):
    rows = run(
        tmp_path,
        "The figures set the tone for a meeting in Lima on Monday between Peru's Trade Minister Ana Rojas and "
        "Kenyan Commerce Minister David Otieno.\n\n"
        "A meeting at the palace last Thursday between Chilean President Marta Vidal and Ghanaian President "
        "Kofi Mensah ended without a statement.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Ana Rojas", "David Otieno"}, {"Marta Vidal", "Kofi Mensah"}]
    assert meetings[0]["date_start"] == date(2024, 11, 18)
    assert countries_of(meetings[1]) == {"CHL", "GHA"}


def test_the_meeting_between_two_ministers_held_earlier_is_its_own_event(tmp_path):
    rows = run(
        tmp_path,
        "On 12 November, President Marta Vidal of Chile held a summit meeting with Prime Minister David Otieno "
        "of Kenya in Nairobi. The two leaders welcomed the outcome of the meeting between Foreign Minister of "
        "Chile Rosa Vial and Minister for Foreign Affairs of Kenya Amina Wanjiru held earlier on the same day.\n\n"
        "On 3 October, Prime Minister Luis Soto of Peru met President Kofi Mensah of Ghana in Accra. They "
        "praised the meeting between Peruvian Trade Minister Ana Rojas and Ghanaian Trade Minister Ama Owusu "
        "held on 2 October.",
    )
    pairs = [persons_of(m) for m in of_type(rows, "meeting")]
    assert {"Rosa Vial", "Amina Wanjiru"} in pairs
    assert {"Ana Rojas", "Ama Owusu"} in pairs
    own = [m for m in of_type(rows, "meeting") if persons_of(m) == {"Ana Rojas", "Ama Owusu"}][0]
    assert own["date_start"] == date(2024, 10, 2)


def test_the_meeting_between_them_without_its_own_time_stays_an_anaphor(tmp_path):
    rows = run(
        tmp_path,
        "On 12 November, President Marta Vidal of Chile met Prime Minister David Otieno of Kenya in Nairobi. "
        "The meeting between Vidal and Otieno lasted two hours.",
    )
    assert len(of_type(rows, "meeting")) == 1


# --------------------------------------------------------------------------------------------
# video link meetings are calls
# --------------------------------------------------------------------------------------------


def test_video_link_meetings_and_videoconferences_are_calls(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Ghana's Minister of Railways Kofi Mensah and Peru's Minister of Transport Ana Rojas held a "
        "video link meeting to review rail freight.\n\n"
        "On Wednesday, Chilean Foreign Minister Rosa Vial and Kenyan Foreign Minister Amina Wanjiru held a "
        "videoconference on the crisis.",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert [persons_of(c) for c in calls] == [{"Kofi Mensah", "Ana Rojas"}, {"Rosa Vial", "Amina Wanjiru"}]
    assert calls[0]["date_start"] == date(2024, 11, 19)
    assert not of_type(rows, "meeting")


def test_this_videoconference_refers_back_to_the_call_told(tmp_path):
    rows = run(
        tmp_path,
        "Lima - Foreign Minister Ana Rojas held on Tuesday a video conference with her Ghanaian counterpart, "
        "Kofi Mensah, devoted to preparations for the state visit.\n\n"
        "During this videoconference, the two ministers reviewed the state of bilateral relations.\n\n"
        "The videoconference between them lasted an hour.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and persons_of(calls[0]) == {"Ana Rojas", "Kofi Mensah"}
