"""Event extraction, round 10 of tuning (own short texts, invented names).

Families: a foreign-ministry readout's "telephone talk"; "The Ministerial Session was co-chaired
by A, <long title>, and B, <long title>" (a level of the session named before, both chairs);
"invited Hon. Dr. X to pay an official visit" (abbreviated titles inside an invitation);
"to be co-chaired by" is ahead; "The previous Joint Commission meeting" after "the 19th meeting of
the X-Y Joint Commission" is the 18th; "discussed the gap with Ambassador X on Friday"; "paid a
courtesy visit to Governor X" is a meeting; "held a tete-a-tete with"; "the first since the 10th
session in Lima in 2022" and "following the 11th "3+3" held in Lima" (an earlier session of the
body just named, with its own date); "His Peruvian counterpart, X, had earlier met him on Tuesday"
(the pronoun object; a past perfect does not move the narrative's day).
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


def test_a_telephone_talk_of_a_readout_is_a_call(tmp_path):
    rows = run(
        tmp_path,
        "On March 3, Mr. Rosa Vial, President of Chile, held a telephone talk with Luis Garcia, President of Peru. "
        "The two presidents discussed regional security.",
        published="2025-03-04",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["date_start"] == date(2025, 3, 3)
    assert {"Rosa Vial", "Luis Garcia"} <= persons_of(calls[0])


def test_the_ministerial_session_co_chaired_by_two_ministers_with_long_titles(tmp_path):
    rows = run(
        tmp_path,
        "1. The 5th Session of the Joint Commission between Chile and Peru was held in Lima from 2 to 4 June 2026.\n\n"
        "2. The Ministerial Session was co-chaired by Hon. Dr. Rosa Maria Vial (MP), Minister for Foreign Affairs "
        "and Regional Integration of the Republic of Chile, and H.E. Ms. Luisa Ana Garcia, Minister of Foreign "
        "Affairs and Cooperation of the Republic of Peru, who was on an official visit to Chile from 3 to 5 June 2026.",
        published="2026-06-06",
    )
    meetings = of_type(rows, "meeting")
    assert all(r["mechanism_round"] == 5 for r in meetings)
    assert any({"Rosa Maria Vial", "Luisa Ana Garcia"} <= persons_of(r) for r in meetings)
    visits = of_type(rows, "visit")
    assert visits and persons_of(visits[0], "visitor") == {"Luisa Ana Garcia"}


def test_an_invitation_to_a_person_with_abbreviated_titles_is_a_plan(tmp_path):
    rows = run(
        tmp_path,
        "9. The Ministers agreed that the 6th Session of the Joint Commission will be held in Peru in 2028 on dates "
        "to be agreed through diplomatic channels. Hon. Garcia invited Hon. Dr. Vial to pay an official visit to "
        "Peru, and the invitation was accepted.",
        published="2026-06-06",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned" and visits[0]["date_start"] is None


def test_a_session_to_be_co_chaired_is_ahead_and_the_previous_one_is_the_round_before(tmp_path):
    rows = run(
        tmp_path,
        "The dispute will also be raised at the 9th meeting of the Chile-Peru Joint Commission, to be co-chaired "
        "by Foreign Minister Ana Soto of Chile and Peruvian Foreign Minister Jorge Ruiz in Lima in July. "
        "The previous Joint Commission meeting was held in Santiago in October 2024.",
        published="2026-05-18",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert [(r["mechanism_round"], r["status"], r["date_start"]) for r in meetings] == [
        (8, "occurred", date(2024, 10, 1)),
        (9, "planned", date(2026, 7, 1)),
    ]
    assert meetings[0]["mechanism"] == meetings[1]["mechanism"] == "Chile-Peru Joint Commission"


def test_discussed_a_topic_with_a_named_person_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chile's Trade Minister Rosa Vial discussed the widening deficit with Peruvian Ambassador Luis Garcia "
        "on Friday, according to a statement.\n\n"
        "Peru's exporters discussed the rules with officials in Lima.",
        published="2026-05-18",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Rosa Vial", "Luis Garcia"}
    assert meetings[0]["date_start"] == date(2026, 5, 15)


def test_a_courtesy_visit_to_a_governor_and_a_tete_a_tete_are_meetings(tmp_path):
    rows = run(
        tmp_path,
        "The visit began on Tuesday, June 2, when Chilean President Rosa Vial was received at the airport by "
        "Peruvian Vice President Jorge Ruiz and later held a tete-a-tete with Peruvian President Luis Garcia at "
        "the palace.\n\n"
        "On Thursday, President Vial flew to Cusco, where she paid a courtesy visit to Governor Ana Soto at "
        "Government House.",
        published="2026-06-07",
    )
    meetings = of_type(rows, "meeting")
    pairs = [persons_of(r) for r in meetings]
    assert {"Rosa Vial", "Luis Garcia"} in pairs
    assert {"Rosa Vial", "Ana Soto"} in pairs
    assert next(r for r in meetings if persons_of(r) == {"Rosa Vial", "Ana Soto"})["date_start"] == date(2026, 6, 4)


def test_an_earlier_session_after_since_or_following_takes_its_own_date(tmp_path):
    rows = run(
        tmp_path,
        "On Wednesday, the two presidents co-chaired the 7th session of the Chile-Peru Joint Commission (JC), "
        "the first since the 6th session in Lima in December 2022.\n\n"
        'They also agreed to hold the 4th Chile-Peru Foreign and Defence Ministerial Dialogue ("3+3") in Chile '
        'later this year, following the 3rd "3+3" held in Lima in December 2025.',
        published="2026-06-07",
    )
    meetings = {(r["mechanism"], r["mechanism_round"]): r for r in of_type(rows, "meeting")}
    jc, dialogue = "Chile-Peru Joint Commission", "Chile-Peru Foreign and Defence Ministerial Dialogue"
    assert meetings[(jc, 7)]["date_start"] == date(2026, 6, 3)
    assert (meetings[(jc, 6)]["status"], meetings[(jc, 6)]["date_start"]) == ("occurred", date(2022, 12, 1))
    assert meetings[(dialogue, 4)]["status"] == "planned"
    assert (meetings[(dialogue, 3)]["status"], meetings[(dialogue, 3)]["date_start"]) == ("occurred", date(2025, 12, 1))


def test_a_counterpart_who_had_earlier_met_him_and_the_following_day(tmp_path):
    rows = run(
        tmp_path,
        "On Wednesday, Chilean President Ana Soto held talks with Peruvian President Jorge Ruiz in Lima.\n\n"
        "The Minister of Foreign Affairs of Chile, Ambassador Rosa Vial, told journalists that the accord would "
        "help exporters. Her Peruvian counterpart, Luis Garcia, the Minister of External Relations, had earlier "
        "met her on Tuesday evening to finalise the documents.\n\n"
        "The following day, President Soto flew to Cusco, where she met Governor Pablo Reyes.",
        published="2026-06-07",
    )
    meetings = of_type(rows, "meeting")
    ministers = next(r for r in meetings if "Luis Garcia" in persons_of(r))
    assert persons_of(ministers) == {"Luis Garcia", "Rosa Vial"}
    assert ministers["date_start"] == date(2026, 6, 2)
    governor = next(r for r in meetings if "Pablo Reyes" in persons_of(r))
    assert governor["date_start"] == date(2026, 6, 4)
    assert countries_of(ministers) == {"CHL", "PER"}


def test_a_session_prepared_with_a_relative_clause_of_its_own_is_a_plan(tmp_path):
    rows = run(
        tmp_path,
        "Later on Monday, Chilean Trade Minister Rosa Vial and Peruvian Trade Minister Luis Garcia held talks on "
        "preparations for the sixth meeting of the Chile-Peru Intergovernmental Commission on Trade, Economic and "
        "Technical Cooperation, which will take place in Lima in November. The fifth meeting was held in Santiago "
        "in October last year.",
        published="2026-03-03",
    )
    meetings = {r["mechanism_round"]: r for r in of_type(rows, "meeting")}
    assert meetings[6]["status"] == "planned" and meetings[6]["date_start"] == date(2026, 11, 1)
    assert meetings[5]["status"] == "occurred" and meetings[5]["date_start"] == date(2025, 10, 1)
    talks = meetings[None]
    assert talks["status"] == "occurred" and persons_of(talks) == {"Rosa Vial", "Luis Garcia"}


def test_a_planned_visit_in_the_first_half_of_the_year_after_a_year_in_passing(tmp_path):
    rows = run(
        tmp_path,
        "Chile's embassy in Lima opened in 1997.\n\n"
        "Garcia said the government expected to sign more deals during Chilean President Ana Soto's planned visit "
        'to Lima "in the first half of the year", without giving details.',
        published="2026-03-03",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned"
    assert (visits[0]["date_start"], visits[0]["date_precision"]) == (date(2026, 1, 1), "year")


def test_a_banquet_in_honour_of_the_guest_and_the_next_edition_of_an_exercise(tmp_path):
    rows = run(
        tmp_path,
        "1. At the invitation of His Majesty King Carlos Ruiz, the King of Spain, His Excellency Ana Soto, "
        "President of the Republic of Chile, is undertaking a State Visit to Spain from 12 to 14 October 2026.\n\n"
        "2. On 12 October 2026, His Majesty the King hosted a State Banquet in honour of President Soto at the "
        "Royal Palace, Madrid, preceded by an audience.\n\n"
        "3. The Leaders took note of the first bilateral naval exercise between the Spanish Navy and the Chilean "
        'Navy, "Atlantico Amigo 2026", held in the Canary Islands in August 2026. They agreed that the second '
        "edition will be held in the Pacific in 2027.",
        published="2026-10-13",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Carlos Ruiz", "Ana Soto"}
    assert meetings[0]["date_start"] == date(2026, 10, 12)
    exercises = sorted(of_type(rows, "military_exercise"), key=lambda r: r["date_start"])
    assert [(r["status"], r["date_start"]) for r in exercises] == [
        ("occurred", date(2026, 8, 1)),
        ("planned", date(2027, 1, 1)),
    ]
    assert countries_of(exercises[1]) == {"CHL", "ESP"}


def test_a_leaders_meeting_is_between_the_two_leaders_and_a_visit_for_it_takes_its_date(tmp_path):
    rows = run(
        tmp_path,
        "On March 3, President Rosa Vial of Chile held a telephone conversation with President Luis Garcia of Peru.\n\n"
        "The two leaders confirmed that the Annual Leaders' Meeting will be held in Lima in the first half of this "
        "year, and that President Vial will visit Peru for this purpose.",
        published="2026-03-04",
    )
    meeting = next(r for r in of_type(rows, "meeting") if r["status"] == "planned")
    assert persons_of(meeting) == {"Rosa Vial", "Luis Garcia"}
    visit = of_type(rows, "visit")[0]
    assert visit["status"] == "planned" and persons_of(visit, "visitor") == {"Rosa Vial"}
    assert (visit["date_start"], visit["date_end"]) == (meeting["date_start"], meeting["date_end"])
    assert visit["date_start"] == date(2026, 1, 1)


def _mention(sentence_id: int, mechanism: str | None, rnd: int | None, summary: str, doc: str = "d1"):
    from pipeline.resolve.events import EventMention

    return EventMention(
        doc, sentence_id, 0, 10, "meeting", "occurred", date(2026, 10, 13), date(2026, 10, 13), "day",
        None, None, None, mechanism, rnd, None, summary,
        persons={"per_a": "participant", "per_b": "participant"}, countries={"CHL": "participant", "PER": "participant"},
    ).finish()


def test_talks_and_a_numbered_session_of_one_day_told_apart_in_one_text_stay_two_events():
    from pipeline.resolve.events import cluster_events

    council = "Chile-Peru High-Level Council"
    talks = "On 13 October, President A held a tete-a-tete and delegation-level talks with President B."
    session = "The two Leaders co-chaired the third meeting of the Chile-Peru High-Level Council."
    one_text = cluster_events([_mention(4, None, None, talks), _mention(5, council, 3, session)])
    assert len(one_text) == 2
    # another text's report of the talks is the same session; so is "co-chaired the council"
    two_texts = cluster_events([_mention(5, council, 3, session), _mention(2, None, None, talks, doc="d2")])
    assert len(two_texts) == 1
    chaired = "A co-chaired the council with his counterpart B in Lima."
    assert len(cluster_events([_mention(4, None, None, chaired), _mention(5, council, 3, session)])) == 1


def test_an_event_told_for_a_half_of_a_year_is_dated_to_that_year(tmp_path):
    rows = run(
        tmp_path,
        "The ministers agreed to hold the 5th round of the Chile-Peru Political Consultations in Lima in the "
        "second half of 2027.",
        published="2026-10-13",
    )
    meeting = of_type(rows, "meeting")[0]
    assert (meeting["date_start"], meeting["date_precision"]) == (date(2027, 1, 1), "year")
