"""Event extraction, round 6: general rules for unseen articles (own short texts, invented names).

Families: verbs that set up diplomatic relations; an anniversary whose establishment is dated;
a status read from the event's own date (a future-relative date tells a plan, a plan dated
before the article is a past event).
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import of_type, persons_of, run


# --------------------------------------------------------------------------------------------
# relations established
# --------------------------------------------------------------------------------------------


def test_set_up_and_forged_diplomatic_relations_are_an_establishment(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Ghana set up diplomatic relations on March 3, 1962, the ministry recalled.\n\n"
        "Separately, Chile and Kenya forged diplomatic ties in 1971.",
    )
    rel = sorted(of_type(rows, "relations_established"), key=lambda r: r["date_start"])
    assert [(r["date_start"], r["date_precision"]) for r in rel] == [(date(1962, 3, 3), "day"), (date(1971, 1, 1), "year")]


def test_an_anniversary_of_an_establishment_dated_in_the_phrase(tmp_path):
    rows = run(
        tmp_path,
        "The leaders noted that next year marks the 60th anniversary of the establishment of diplomatic "
        "relations between Norway and Chile on May 9, 1965.\n\n"
        "Officials said 2026 will be the 50th anniversary of the establishment of diplomatic ties between "
        "Peru and Kenya in 1976.",
        published="2025-02-10",
    )
    rel = sorted(of_type(rows, "relations_established"), key=lambda r: r["date_start"])
    assert [r["date_start"] for r in rel] == [date(1965, 5, 9), date(1976, 1, 1)]


def test_an_undated_anniversary_is_still_no_event(tmp_path):
    rows = run(
        tmp_path,
        "The two ministers marked the 40th anniversary of the establishment of diplomatic relations "
        "between Peru and Ghana on Monday.",
    )
    assert not of_type(rows, "relations_established")


# --------------------------------------------------------------------------------------------
# status from the event's own date
# --------------------------------------------------------------------------------------------


def test_a_session_dated_later_this_year_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Both ministers agreed that the 4th Meeting of the Peru-Ghana Joint Commission on Trade would take "
        "place in Lima later this year.\n\n"
        "The two defence chiefs said the second round of the Chile-Kenya Strategic Dialogue is to be held in "
        "Nairobi next month.",
        published="2024-04-10",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and all(r["status"] == "planned" for r in meetings)


def test_an_exercise_decided_for_next_year_is_planned(tmp_path):
    rows = run(
        tmp_path,
        'They welcomed the decision of the two armies to hold the fifth edition of their joint exercise '
        '"Andes Falcon" in northern Chile in early 2026.',
        published="2025-06-02",
    )
    ex = of_type(rows, "military_exercise")
    assert ex and ex[0]["status"] == "planned"
    assert ex[0]["date_start"] == date(2026, 1, 1)


def test_a_session_held_before_the_article_is_past_even_beside_a_plan(tmp_path):
    rows = run(
        tmp_path,
        "The Prime Ministers appreciated the outcomes of the third Norway-Chile Foreign and Defence Ministerial "
        "Dialogue held in Oslo in November 2024 and looked forward to the fourth round in Santiago in 2026.",
        published="2025-07-01",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert [(r["date_start"], r["status"]) for r in meetings][:1] == [(date(2024, 11, 1), "occurred")]


# --------------------------------------------------------------------------------------------
# participants
# --------------------------------------------------------------------------------------------


def test_coordinated_subjects_with_titles_of_the_form_minister_for(tmp_path):
    rows = run(
        tmp_path,
        "The Foreign Minister of Chile, Ms. Ana Rojas, and the Minister for Foreign Affairs of Peru, "
        "Mr. Luis Vega, held a separate meeting on the margins of the summit on Monday.\n\n"
        "The Minister for Trade of Kenya, Dr. Amos Kiprop, and the Minister of State for Commerce of Ghana, "
        "Ms. Efua Mensah, met in Accra on Tuesday.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in meetings] == [{"Ana Rojas", "Luis Vega"}, {"Amos Kiprop", "Efua Mensah"}]


def test_a_title_with_for_and_capitals_before_the_name_in_apposition(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Navy chief Admiral Jorge Salas called on Chile's Minister Responsible for Maritime Affairs, "
        "Mr. Pablo Ortiz, in Santiago on Monday.\n\n"
        "Kenyan envoy Grace Achieng met Ghana's Secretary of State for Trade and Industry, Kofi Boateng, on Tuesday.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in meetings] == [{"Jorge Salas", "Pablo Ortiz"}, {"Grace Achieng", "Kofi Boateng"}]


def test_reached_a_capital_in_a_relative_clause_is_a_visit_and_the_call_on_its_own_day(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Army chief General Jorge Salas, who reached Santiago on Sunday on a three-day official visit "
        "to Chile, called on Chile's Minister Responsible for Defence Affairs, Mr. Pablo Ortiz, at the ministry "
        "on Monday.",
        published="2024-11-20",
    )
    visits, meetings = of_type(rows, "visit"), of_type(rows, "meeting")
    assert visits and "Jorge Salas" in persons_of(visits[0], "visitor")
    assert visits[0]["date_start"] == date(2024, 11, 17)
    assert meetings and persons_of(meetings[0]) == {"Jorge Salas", "Pablo Ortiz"}
    assert meetings[0]["date_start"] == date(2024, 11, 18)


# --------------------------------------------------------------------------------------------
# attacks told in a lede without the day or the victims' nationalities
# --------------------------------------------------------------------------------------------


def test_a_deadly_lede_between_two_countries_dated_by_the_target_coming_under_fire(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen ambushed a lorry convoy near the Malaba crossing between Uganda and Kenya, killing five "
        "drivers, police in both countries said.\n\n"
        "The convoy, which was carrying fuel to Kampala, came under fire on Saturday night near the border post.",
        published="2024-11-20",
    )
    attacks = of_type(rows, "attack")
    assert attacks and {r["date_start"] for r in attacks} == {date(2024, 11, 16)}
    assert {p["country_iso3"] for p in attacks[0]["participants"] if p["actor_type"] == "country"} == {"UGA", "KEN"}


def test_a_lede_without_deaths_or_two_countries_is_still_no_attack(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen ambushed a bus near the border town of Malaba, police in Uganda said.\n\n"
        "Bandits ambushed a truck near Moyale in Kenya, killing two people.",
    )
    assert not of_type(rows, "attack")


def test_in_a_reply_on_a_day_after_a_message_is_the_addressees_reply(tmp_path):
    rows = run(
        tmp_path,
        "Ghanaian President Kofi Mensah sent a message of condolence to his Togolese counterpart Faure Adjo "
        "on Monday after the floods.\n\n"
        "In a reply on Wednesday, Adjo thanked Mensah for his solidarity.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in letters] == [date(2024, 11, 18), date(2024, 11, 20)]
    assert persons_of(letters[1]) == {"Faure Adjo", "Kofi Mensah"}


def test_in_a_reply_without_a_letter_told_before_is_no_event(tmp_path):
    rows = run(tmp_path, "In a reply on Wednesday to questions from lawmakers, Peruvian minister Ana Rojas defended the budget.")
    assert not of_type(rows, "correspondence")


# --------------------------------------------------------------------------------------------
# the next session of a body named before in the sentence
# --------------------------------------------------------------------------------------------


def test_the_next_session_of_the_body_just_named_is_a_planned_meeting(tmp_path):
    rows = run(
        tmp_path,
        "The Peru-Chile Joint Economic Commission held its sixth session in Lima in March, and officials said "
        "the seventh session would be convened in Santiago later this year.\n\n"
        "The ministers appreciated the outcomes of the second Ghana-Kenya Strategic Dialogue held in Accra in "
        "May 2023 and looked forward to the third round in Nairobi in 2025.",
        published="2024-06-12",
    )
    meetings = of_type(rows, "meeting")
    got = sorted((r["mechanism_round"], r["status"], r["date_start"]) for r in meetings)
    assert (7, "planned", date(2024, 1, 1)) in got
    assert (3, "planned", date(2025, 1, 1)) in got
    assert (2, "occurred", date(2023, 5, 1)) in got


# --------------------------------------------------------------------------------------------
# a planned visit told again without its date
# --------------------------------------------------------------------------------------------


def test_his_first_state_visit_is_the_planned_visit_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Luis Vega spoke by telephone on Monday with his Chilean counterpart Ana Rojas "
        "to finalise arrangements for the state visit of the Chilean President to Peru next month.\n\n"
        "Rojas said President Tomás Fuentes looked forward to his first state visit to Lima since taking office.",
        published="2024-05-15",
    )
    planned = [r for r in of_type(rows, "visit") if r["status"] == "planned"]
    assert planned and all(r["date_start"] == date(2024, 6, 1) for r in planned)


def test_two_rounds_of_one_series_in_one_sentence_are_two_events(tmp_path):
    rows = run(
        tmp_path,
        "The fourth round of the Kenya-Ghana trade talks was held in Accra in February, and the two sides agreed "
        "that the fifth round would take place in Nairobi next month, officials said.",
        published="2024-06-12",
    )
    got = sorted((r["mechanism_round"], r["status"], r["date_start"]) for r in of_type(rows, "meeting"))
    assert got == [(4, "occurred", date(2024, 2, 1)), (5, "planned", date(2024, 7, 1))]


# --------------------------------------------------------------------------------------------
# recalled events
# --------------------------------------------------------------------------------------------


def test_a_recalled_meeting_takes_no_date_from_the_message_it_is_recalled_in(tmp_path):
    rows = run(
        tmp_path,
        "In a message to Prime Minister Ana Rojas on Monday, Prime Minister Luis Vega of Peru recalled his "
        "productive meeting with the Chilean premier in Santiago and called for closer trade links.\n\n"
        "On Tuesday, Kenyan President Amos Kiprop, recalling his talks with Ghanaian President Kofi Boateng "
        "in Accra in March, said trade had doubled.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings and meetings[0]["date_start"] is None
    assert meetings[-1]["date_start"] == date(2024, 3, 1)


def test_a_message_adjunct_then_the_titled_subject_is_the_sender(tmp_path):
    rows = run(
        tmp_path,
        "President Amos Kiprop and Prime Minister Grace Achieng have felicitated the people of Ghana on their "
        "national day.\n\n"
        "In a message to President of Ghana Kofi Boateng today, the President said Kenya and Ghana share deep ties.",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[-1]) == {"Amos Kiprop", "Kofi Boateng"}


def test_at_the_end_of_the_virtual_meeting_refers_back(tmp_path):
    rows = run(
        tmp_path,
        "On Monday, Kenyan Trade Minister Amos Kiprop held a virtual meeting with Ghanaian Trade Minister Kofi Boateng.\n\n"
        "At the end of the virtual meeting, the two ministers signed a protocol on customs cooperation.\n\n"
        "Separately, Peru and Chile held a virtual summit on Friday.",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert len(calls) == 2
    assert calls[0]["date_start"] == date(2024, 11, 18)


def test_a_headline_visit_next_week_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President to pay state visit to Ghana next week\n\n"
        "Kenyan President Amos Kiprop will pay a state visit to Ghana next week, the ministry said on Monday.",
        published="2024-05-14",
    )
    visits = of_type(rows, "visit")
    assert visits and all(r["status"] == "planned" for r in visits)


def test_an_undated_trigger_followed_by_next_week_is_planned_unless_past():
    from pipeline.extract.event_model import Draft
    from pipeline.extract.event_status import status_by_words

    head = "Peruvian President to pay official visit to Chile next week"
    t_end = head.index(" Chile")
    assert status_by_words(Draft("visit", "occurred", 22, t_end, 0, len(head)), head, t_end, len(head), "pay official visit to") == "planned"
    past = "Ghanaian minister visited Kenya, talks next week"
    t_end = past.index(" Kenya")
    assert status_by_words(Draft("visit", "occurred", 17, t_end, 0, len(past)), past, t_end, len(past), "visited") == "occurred"


def test_a_combined_or_riverine_exercise_of_two_forces(tmp_path):
    rows = run(
        tmp_path,
        "In May the two navies of Peru and Chile conducted their first combined exercise off Arica, code-named "
        '"Pacific Shield".\n\n'
        "Kenyan and Ugandan marines staged a riverine drill on Lake Victoria in June.",
    )
    ex = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in ex] == [date(2024, 5, 1), date(2024, 6, 1)]


def test_the_naval_or_army_chief_is_the_chief_of_that_staff_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Chief of the Naval Staff Admiral Jorge Salas of Peru arrived in Santiago on Sunday.\n\n"
        "On Tuesday, the naval chief held a meeting with the Commander of the Chilean Navy, Admiral Pablo Ortiz.\n\n"
        "Kenya's Chief of the Army Staff General Amos Kiprop reached Accra on Monday.\n\n"
        "On Wednesday, the army chief met Ghanaian Defence Minister Kofi Boateng.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in meetings] == [{"Jorge Salas", "Pablo Ortiz"}, {"Amos Kiprop", "Kofi Boateng"}]


def test_the_visit_of_an_unnamed_titled_visitor_is_not_the_callers_visit(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Luis Vega on Monday received a telephone call from his Chilean counterpart "
        "Ana Rojas, during which the two sides finalised arrangements for the state visit of the Chilean "
        "President to Peru next month.",
        published="2024-05-15",
    )
    visits = of_type(rows, "visit")
    assert visits and visits[0]["status"] == "planned"
    assert not ({"Luis Vega", "Ana Rojas"} & persons_of(visits[0], "visitor"))


def test_a_day_earlier_counts_back_from_the_latest_dated_event(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amos Kiprop held talks with Ghanaian President Kofi Boateng in Accra on 14 March.\n\n"
        "A day earlier, Kenyan Foreign Minister Grace Achieng spoke by phone with Peruvian Foreign Minister Luis Vega.",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["date_start"] == date(2024, 3, 13)


def test_a_day_before_another_event_is_not_a_date_of_the_trigger(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen ambushed a convoy of Kenyan lorries in Uganda on Monday, 11 March, killing four drivers.\n\n"
        "The killings came a day before the two countries' armed forces launched a joint military exercise.",
    )
    ex = of_type(rows, "military_exercise")
    assert not ex or ex[0]["date_start"] != date(2024, 3, 10)
