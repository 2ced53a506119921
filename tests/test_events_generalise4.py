"""Event rules for unseen articles, fourth round (own short texts, invented names and pairs).

Each test pins one linguistic rule of pipeline.extract.event_sentence / events / event_text /
event_mechanism / event_triggers.csv: "will undertake a visit" is planned, "during which he and
B will co-chair" dates and names the session, a call received, a purpose clause does not make a
call planned, the day an attack is reported is not its day, envoys "to" a country, anaphoric
"on the sidelines of the meeting", habits ("every year"), bodies named by acronym or bare head,
"when the two leaders", "since <date>, when", captions with "(right)", "on the evening of his
arrival", scheduled sessions and named exercises, "before the end of the year", counterparts.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import of_type, persons_of, run


def test_will_undertake_a_visit_is_planned_and_during_which_names_the_session(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa will undertake a state visit to Ghana next month, during which "
        "she and President Kofi Mensah will co-chair the third session of the Kenya-Ghana Joint "
        "Commission, officials said.",
    )
    visit = of_type(rows, "visit")
    assert visit and visit[0]["status"] == "planned"
    meeting = of_type(rows, "meeting")
    assert meeting and meeting[0]["status"] == "planned"
    assert persons_of(meeting[0]) == {"Amina Wekesa", "Kofi Mensah"}
    assert (meeting[0]["date_start"], meeting[0]["date_precision"]) == (date(2024, 12, 1), "month")
    assert meeting[0]["mechanism_round"] == 3


def test_received_a_call_from_is_a_phone_call(tmp_path):
    rows = run(
        tmp_path,
        "Separately, Kenyan Foreign Minister Otieno Kamau received a call from his Ghanaian counterpart "
        "Ama Owusu on Monday.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Otieno Kamau", "Ama Owusu"}
    assert calls[0]["date_start"] == date(2024, 11, 18)
    assert not of_type(rows, "meeting")


def test_a_plan_inside_a_purpose_clause_leaves_the_call_occurred(tmp_path):
    rows = run(
        tmp_path,
        "President Amina Wekesa held a video call with Ghanaian President Kofi Mensah on Tuesday to "
        "discuss preparations for the Kenya-Ghana Business Forum, which will take place in Accra in January.",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["status"] == "occurred"
    assert calls[0]["date_start"] == date(2024, 11, 19)


def test_the_day_an_attack_is_reported_yields_to_its_own_day(tmp_path):
    rows = run(
        tmp_path,
        "A roadside bomb tore through a minibus carrying Nepali workers, killing six people, Indian "
        "police said Sunday, in the deadliest attack on foreign workers in more than a year.\n\n"
        "LUCKNOW (AFP) - The explosive device detonated as the minibus passed a checkpoint near "
        "Gonda late on Saturday, a security source told AFP.",
        published="2024-11-18",
    )
    attacks = of_type(rows, "attack")
    assert attacks and attacks[0]["date_start"] == date(2024, 11, 16)


def test_an_envoy_to_a_country_is_the_object_of_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Kenyan Trade Minister Otieno Kamau met Ghanaian Ambassador to Kenya Kofi Mensah in Nairobi.",
    )
    meeting = of_type(rows, "meeting")
    assert meeting and persons_of(meeting[0]) == {"Otieno Kamau", "Kofi Mensah"}


def test_on_the_sidelines_of_the_meeting_refers_back(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Kenyan Trade Minister Otieno Kamau met Ghanaian Ambassador Kofi Mensah in Nairobi. "
        "On the sidelines of the meeting, Kenya's Ministry of Agriculture and Ghana's customs authority "
        "signed a protocol on cocoa exports.",
    )
    assert len(of_type(rows, "meeting")) == 1


def test_a_habit_every_year_is_no_event(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Ghana signed a new treaty in 2001, which replaced the accord of 1965 and committed "
        "the two governments to hold a summit every year.",
    )
    assert not of_type(rows, "meeting")


def test_a_headline_preparing_for_a_session_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Ghana prepare for the 3rd Session of the Joint Commission for Cooperation\n\n"
        "The two countries agreed on the agenda on Monday.",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and all(m["status"] == "planned" for m in meetings)


def test_an_acronym_of_a_body_told_without_it(tmp_path):
    rows = run(
        tmp_path,
        "The two ministers agreed that the fourth session of the Kenya-Ghana Joint Ministerial Commission "
        "would be held in Accra in January. The third session of the JMC was held in Nairobi in 2021.",
    )
    past = [m for m in of_type(rows, "meeting") if m["status"] == "occurred"]
    assert len(past) == 1
    assert past[0]["mechanism"] == "Kenya-Ghana Joint Ministerial Commission"
    assert (past[0]["mechanism_round"], past[0]["date_start"]) == (3, date(2021, 1, 1))


def test_the_committee_held_its_nth_meeting_last_year(tmp_path):
    rows = run(
        tmp_path,
        "On Wednesday, Kenyan President Amina Wekesa met with Ghanaian Prime Minister Kofi Mensah. "
        "Wekesa said the two governments should make good use of the Kenya-Ghana Cooperation Committee. "
        "The committee held its 13th meeting in Accra in November last year.",
        published="2024-06-18",
    )
    session = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 13]
    assert len(session) == 1
    assert (session[0]["date_start"], session[0]["date_precision"]) == (date(2023, 11, 1), "month")
    assert {p["country_iso3"] for p in session[0]["participants"] if p["actor_type"] == "country"} == {"KEN", "GHA"}


def test_a_session_when_the_two_leaders_takes_them_part(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa spoke with Ghanaian President Kofi Mensah by phone on Monday.\n\n"
        "The eighth Annual Leaders' Meeting was held in Accra in February 2023, when the two leaders "
        "witnessed the signing of a memorandum on fisheries.",
    )
    past = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 8]
    assert len(past) == 1
    assert persons_of(past[0]) == {"Amina Wekesa", "Kofi Mensah"}
    assert past[0]["date_start"] == date(2023, 2, 1)


def test_the_event_of_a_when_clause_after_since_takes_that_date(tmp_path):
    rows = run(
        tmp_path,
        "The attack was the worst against foreign workers since June 2023, when a car bomb killed four "
        "Indian policemen and two Nepali drivers near the border.",
    )
    attacks = of_type(rows, "attack")
    assert attacks and attacks[-1]["date_start"] == date(2023, 6, 1)


def test_a_caption_with_a_position_in_the_picture_takes_the_story_date(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa (right) speaks with Ghanaian President Kofi Mensah during a video "
        "call from State House in Nairobi.\n\n"
        "Nairobi (KNA) - President Amina Wekesa held a video call with Ghanaian President Kofi Mensah "
        "on Thursday to discuss trade.",
        published="2024-11-22",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert len(calls) == 2
    # the caption's present tense gives no day: undated, it joins the story's call when resolved
    assert calls[0]["date_start"] is None and calls[1]["date_start"] == date(2024, 11, 21)


def test_a_call_on_the_visitor_on_the_evening_of_arrival(tmp_path):
    rows = run(
        tmp_path,
        "At the invitation of Mr. Kofi Mensah, President of Ghana, Mrs. Amina Wekesa, President of Kenya, "
        "is on an official visit to Ghana from 9 to 11 March 2026.\n\n"
        "Dr. Ama Owusu, Foreign Minister of Ghana, called on the visiting President on the evening of "
        "her arrival.\n\n"
        "The two Presidents held comprehensive talks at Jubilee House on 10 March 2026.",
        published="2026-03-10",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert len(meetings) == 2
    assert persons_of(meetings[0]) == {"Ama Owusu", "Amina Wekesa"}
    assert meetings[0]["date_start"] == date(2026, 3, 9) and meetings[0]["date_precision"] == "day"
    assert persons_of(meetings[1]) == {"Amina Wekesa", "Kofi Mensah"}


def test_scheduled_sessions_and_named_exercise_editions_are_planned(tmp_path):
    rows = run(
        tmp_path,
        "The 36th Kenya-Ghana summit is scheduled for Mombasa next month.\n\n"
        "The second Simba Shield exercise is planned for the Rift Valley in 2027, Defence Minister "
        "Joseph Kiprop said.",
    )
    summit = of_type(rows, "meeting")
    assert summit and summit[0]["status"] == "planned" and summit[0]["mechanism_round"] == 36
    assert summit[0]["date_start"] == date(2024, 12, 1)
    drill = of_type(rows, "military_exercise")
    assert drill and drill[0]["status"] == "planned"
    assert (drill[0]["date_start"], drill[0]["date_precision"]) == (date(2027, 1, 1), "year")


def test_before_the_end_of_the_year_is_this_year(tmp_path):
    rows = run(
        tmp_path,
        "Both sides also agreed to convene the next meeting of the Kenya-Ghana Joint Group of Experts "
        "on energy before the end of the year.",
    )
    meeting = of_type(rows, "meeting")
    assert meeting and meeting[0]["status"] == "planned"
    assert (meeting[0]["date_start"], meeting[0]["date_precision"]) == (date(2024, 1, 1), "year")


def test_a_plan_after_a_sideline_meeting_is_its_own_event_with_the_ministers(tmp_path):
    rows = run(
        tmp_path,
        "In January, Kenyan President Amina Wekesa travelled to Accra on an official visit and held talks "
        "with Ghanaian President Kofi Mensah.\n\n"
        "Last week, Foreign Minister Ama Owusu met her Kenyan counterpart Otieno Kamau on the sidelines "
        "of the AU Executive Council in Malabo, Equatorial Guinea, where both ministers agreed to convene "
        "the 2+2 meeting of foreign and defence ministers in Nairobi early next year.",
    )
    meetings = [m for m in of_type(rows, "meeting") if m["sentence_id"] == max(r["sentence_id"] for r in rows)]
    assert len(meetings) == 2
    done = next(m for m in meetings if m["status"] == "occurred")
    plan = next(m for m in meetings if m["status"] == "planned")
    assert {(p["name"], p["country_iso3"]) for p in done["participants"] if p["actor_type"] == "person"} == {
        ("Ama Owusu", "GHA"),
        ("Otieno Kamau", "KEN"),
    }
    assert persons_of(plan) == {"Ama Owusu", "Otieno Kamau"}
    assert (plan["date_start"], plan["date_precision"]) == (date(2025, 1, 1), "year")


def test_smt_does_not_end_a_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa is on a state visit to India from 9 to 11 March 2026.\n\n"
        "President Wekesa called on Smt. Rekha Nair, President of India, at Rashtrapati Bhavan on 10 March 2026.",
        published="2026-03-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Amina Wekesa", "Rekha Nair"}


def test_called_a_person_is_a_call_but_naming_is_not(tmp_path):
    rows = run(
        tmp_path,
        "In January, Portuguese Prime Minister Rui Lemos travelled to Madrid on an official visit and held "
        "talks with Spanish Prime Minister Javier Mora.\n\n"
        "In April 2023, on the day the great storm hit the coast, Mora called Lemos from Moncloa to share "
        "information on the damage.\n\n"
        "Mora called Lemos a true friend of Spain. The so-called Iberian exception was renewed.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Javier Mora", "Rui Lemos"}
    assert (calls[0]["date_start"], calls[0]["date_precision"]) == (date(2023, 4, 1), "month")


def test_the_next_undated_sentence_names_the_leaders_of_a_session(tmp_path):
    rows = run(
        tmp_path,
        "In March 2021, the then prime ministers met in Braga for the 32nd Spanish-Portuguese summit. "
        "In October 2022, the 33rd summit was held in Vigo. By then the current leaders, Spanish Prime "
        "Minister Javier Mora and Portuguese Prime Minister Rui Lemos, were in office.",
    )
    session = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 33]
    assert len(session) == 1 and persons_of(session[0]) == {"Javier Mora", "Rui Lemos"}
    earlier = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 32]
    assert earlier and not persons_of(earlier[0])


def test_a_day_first_dateline_never_dates_the_event(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI, 2 May 2020 - Kenyan Finance Minister Otieno Kamau received a phone call from Ghanaian "
        "Finance Minister Ama Owusu on Thursday, discussing trade.",
        published="2020-05-02",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["date_start"] == date(2020, 4, 30)


def test_a_planned_session_told_twice_takes_the_date_told_for_it(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Ghana prepare for the 3rd Session of the Joint Commission\n\n"
        "The Minister of Foreign Affairs of Kenya, Dr Otieno Kamau, and the Minister of Foreign Affairs of "
        "the Republic of Ghana, Ambassador Ama Owusu, held a virtual meeting on Tuesday, 12 May 2026, to "
        "review preparations for the 3rd Session of the Kenya-Ghana Joint Commission (JC).\n\n"
        "The Session will be co-chaired by His Excellency President Amina Wekesa and His Excellency "
        "President Kofi Mensah and will take place in Accra in the second half of 2026.",
        published="2026-05-14",
    )
    sessions = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 3]
    assert len(sessions) == 3 and all(m["status"] == "planned" for m in sessions)
    # ("in the second half of 2026": an event told for a half of a year is dated to that year,
    # see test_events_generalise17)
    assert {(m["date_start"], m["date_precision"]) for m in sessions} == {(date(2026, 1, 1), "year")}
    # the ministers prepare the session; its co-chairs take part in it
    assert [persons_of(m) for m in sorted(sessions, key=lambda r: r["sentence_id"])] == [
        set(), set(), {"Amina Wekesa", "Kofi Mensah"}
    ]
    calls = of_type(rows, "phone_call")
    assert calls and persons_of(calls[0]) == {"Otieno Kamau", "Ama Owusu"}


def test_a_pair_named_inside_a_long_trigger_makes_the_session_bilateral(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Otieno Kamau met Ghanaian Foreign Minister Ama Owusu on 19 January. "
        "The two ministers reviewed the trade agreement signed in 2000. They also agreed to hold the next "
        "Ghana-Kenya Foreign Ministers' Consultations in Accra in the second half of 2026.",
        published="2026-01-20",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert {p["country_iso3"] for p in planned[0]["participants"] if p["actor_type"] == "country"} == {"KEN", "GHA"}
    assert planned[0]["date_start"].year == 2026


def test_met_here_on_a_weekday_with_the_visiting_minister(tmp_path):
    rows = run(
        tmp_path,
        "ACCRA, Nov. 19 (GNA) -- Ghanaian President Kofi Mensah met here on Monday with visiting Kenyan "
        "Foreign Minister Otieno Kamau, with the two sides pledging to deepen cooperation.",
    )
    meeting = of_type(rows, "meeting")
    assert meeting and persons_of(meeting[0]) == {"Kofi Mensah", "Otieno Kamau"}
    assert meeting[0]["date_start"] == date(2024, 11, 18)


def test_an_ambassador_of_a_country_to_another_is_the_object(tmp_path):
    rows = run(
        tmp_path,
        "In a related context, Minister of State for Foreign Affairs Dr. Kofi Mensah of Ghana met on Monday "
        "with the Ambassador of the Republic of Kenya to the Republic of Ghana Otieno Kamau.",
    )
    meeting = of_type(rows, "meeting")
    assert meeting and persons_of(meeting[0]) == {"Kofi Mensah", "Otieno Kamau"}


def test_a_letter_from_a_third_person_handed_over_in_a_call_on(tmp_path):
    rows = run(
        tmp_path,
        "On 12 November 2025, Kenyan Foreign Minister Otieno Kamau called on Ghanaian President Ama Owusu "
        "and delivered a letter from H.E. Dr. Amina Wekesa, President of the Republic of Kenya.\n\n"
        "Kenyan Foreign Minister Otieno Kamau called on Ghanaian Prime Minister Kofi Mensah on 13 November "
        "and delivered a letter.",
        published="2025-11-14",
    )
    letters = of_type(rows, "correspondence")
    assert len(letters) == 1  # (a letter the visitor hands over himself is no event of its own)
    assert persons_of(letters[0]) == {"Amina Wekesa", "Ama Owusu"}
    assert letters[0]["date_start"] == date(2025, 11, 12)
    assert len(of_type(rows, "meeting")) == 2


def test_the_demonym_prince_is_the_person_named_with_that_honorific(tmp_path):
    rows = run(
        tmp_path,
        "ACCRA, Nov. 19 (GNA) -- Ghanaian President Kofi Mensah met here on Monday with visiting Saudi "
        "Foreign Minister Prince Faisal bin Nasser Al Saud, the presidency said.\n\n"
        "The Saudi prince arrived in the Ghanaian capital on Sunday for a two-day visit. On the same day, he "
        "and his Ghanaian counterpart Ama Owusu co-chaired the first session of the Ghanaian-Saudi Joint "
        "Commission.",
    )
    visit = of_type(rows, "visit")
    assert visit and persons_of(visit[0], "visitor") == {"Faisal bin Nasser Al Saud"}
    session = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 1]
    assert session and persons_of(session[0]) == {"Faisal bin Nasser Al Saud", "Ama Owusu"}


def test_a_summit_that_is_the_purpose_of_a_visit_spans_the_visit(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa will arrive in Accra on Thursday evening on a two-day visit for the "
        "23rd Ghana-Kenya Annual Summit with President Kofi Mensah.",
        published="2025-12-03",
    )
    visit, summit = of_type(rows, "visit")[0], of_type(rows, "meeting")[0]
    assert (visit["date_start"], visit["date_end"]) == (date(2025, 12, 4), date(2025, 12, 5))
    assert (summit["date_start"], summit["date_end"]) == (date(2025, 12, 4), date(2025, 12, 5))
    assert summit["status"] == "planned" and summit["mechanism_round"] == 23
