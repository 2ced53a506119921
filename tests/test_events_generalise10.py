"""Event extraction, round 10: structural rules for unseen articles (own short texts, invented names).

Families: a crowd of private people as the subject of a journey ("some 416,000 X visited",
"87,000 pilgrims travelled to") is no visit, even after a named reporter; "later in the day"
counts from the narrative's day, not from the time of writing; an invitation "to undertake / make
a visit" is a planned visit; a dyadic subject right before the verb ("…, when the two foreign
ministers will co-chair") overrides a person named earlier in the sentence, and a portfolio
("foreign") matches any title of it; a capitalised title goes on across "for"/"of" ("met Peru's
Minister for Commerce X"); audiences with a sovereign are meetings; "who co-chair the committee"
is a standing role; a question heading with a year ("What happened in 2023?") opens a chronicle
whose yearless months fall in that year; a numbered session held by video link is a meeting and
its acronym, "the 16th meeting would be hosted by", "The previous, 10th meeting", "the next (8th)
meeting" and "co-chaired the session … while B led the other delegation" name sessions of the body
told; coordinated plural bodies meet each; a pronoun object of a fronted clause is the main
clause's subject; "A and B, who held a meeting" are its sides; directives ("instructed … to
convene … before the end of this year") are plans of that year; a yearless day inside the visit
told is a day of that visit; item headlines without names make no event; a visit retold in a
relative clause is one visit; "the President of <country>" names that country's president.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# crowds of private people
# --------------------------------------------------------------------------------------------


def test_a_counted_crowd_of_nationals_makes_no_visit(tmp_path):
    rows = run(
        tmp_path,
        "Some 312,000 Chileans visited Peru in 2023, the tourism board said.\n\n"
        "Ms Rojas said that more than 45,000 Kenyan pilgrims travelled to Ghana this year.\n\n"
        "Thousands of Ghanaian students have travelled to Kenya since 2020.\n\n"
        "Chilean President Marta Vidal, accompanied by businessmen, travelled to Peru in May.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0]) == {"Marta Vidal"} and countries_of(visits[0]) == {"CHL", "PER"}


# --------------------------------------------------------------------------------------------
# status: "later in the day", invitations to undertake a visit
# --------------------------------------------------------------------------------------------


def test_later_in_the_day_is_the_narrative_day_not_a_plan(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Marta Vidal arrived in Lima on Monday for a state visit to Peru. Vidal also called "
        "on Prime Minister Ana Quispe at the palace later in the day.\n\n"
        "Kenyan Foreign Minister David Otieno held talks in Accra on Tuesday with his Ghanaian counterpart Kofi "
        "Mensah. Otieno met President Ama Owusu later in the day.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    called = [m for m in meetings if "Ana Quispe" in persons_of(m)]
    met = [m for m in meetings if "Ama Owusu" in persons_of(m)]
    assert called and called[0]["status"] == "occurred" and called[0]["date_start"] == date(2024, 11, 18)
    assert met and met[0]["status"] == "occurred" and met[0]["date_start"] == date(2024, 11, 19)


def test_an_invitation_to_undertake_or_make_a_visit_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Prime Minister Ana Quispe extended an invitation to President Marta Vidal of Chile to undertake "
        "an official visit to Peru, which the President accepted.\n\n"
        "President Kofi Mensah of Ghana renewed his invitation to Kenyan President David Otieno to make a state "
        "visit to Ghana.",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [(persons_of(v, "visitor"), v["status"], v["date_start"]) for v in visits] == [
        ({"Marta Vidal"}, "planned", None),
        ({"David Otieno"}, "planned", None),
    ]


# --------------------------------------------------------------------------------------------
# "the two foreign ministers" right before the verb, portfolios
# --------------------------------------------------------------------------------------------


def test_the_two_ministers_before_the_verb_are_the_sides_not_the_earlier_subject(tmp_path):
    rows = run(
        tmp_path,
        "On November 4, Foreign Minister Tomas Ruiz of Chile held phone talks with Cabinet Secretary for Foreign "
        "and Diaspora Affairs of Kenya Peter Kamau Otieno.\n\n"
        "Otieno thanked President Rosa Vial of Chile for her support to President Samuel Kiptoo of Kenya.\n\n"
        "The two sides agreed that Otieno will visit Chile later this month, when the two foreign ministers will "
        "co-chair the fourth round of the Chile-Kenya Strategic Dialogue.",
        published="2024-11-05",
    )
    dialogue = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 4]
    assert len(dialogue) == 1
    assert persons_of(dialogue[0]) == {"Tomas Ruiz", "Peter Kamau Otieno"}
    assert dialogue[0]["status"] == "planned"


def test_the_two_foreign_ministers_match_an_external_affairs_minister(tmp_path):
    rows = run(
        tmp_path,
        "External Affairs Minister Ravi Menon of India arrived in Lima on Monday, where he met Peruvian Minister of "
        "Foreign Affairs Ana Quispe.\n\n"
        "President Luis Mora of Peru received Prime Minister Arjun Das of India on Tuesday.\n\n"
        "Menon will stay in Lima until Wednesday, when the two foreign ministers will co-chair the third session "
        "of the India-Peru Joint Commission.",
    )
    session = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 3]
    assert session and persons_of(session[0]) == {"Ravi Menon", "Ana Quispe"}


# --------------------------------------------------------------------------------------------
# a capitalised title across "for"/"of" before the object's name
# --------------------------------------------------------------------------------------------


def test_a_title_with_for_or_of_leads_to_the_object_named_after_it(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Trade Minister Ana Vial arrived in Lima on Monday. On Tuesday, Vial met Peru's Federal Minister "
        "for Commerce Luis Mora Quispe, with whom she reviewed a draft framework.\n\n"
        "Kenyan Foreign Minister David Otieno met Ghana's Secretary of State Kofi Mensah in Accra on Friday.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert {"Ana Vial", "Luis Mora Quispe"} <= persons_of(meetings[0])
    assert {"David Otieno", "Kofi Mensah"} <= persons_of(meetings[-1])


# --------------------------------------------------------------------------------------------
# audiences; standing roles
# --------------------------------------------------------------------------------------------


def test_an_audience_with_a_sovereign_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Marta Vidal of Chile was received in audience by King Harald of Norway on Monday.\n\n"
        "On Tuesday, Kenyan Foreign Minister David Otieno had an audience with Emperor Akio of Japan in Tokyo.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [countries_of(m) for m in meetings] == [{"CHL", "NOR"}, {"KEN", "JPN"}]
    assert "Marta Vidal" in persons_of(meetings[0]) and "David Otieno" in persons_of(meetings[1])


def test_who_co_chair_the_committee_is_a_standing_role_not_a_session(tmp_path):
    rows = run(
        tmp_path,
        "The figures were reviewed on Monday during a video call between Chilean Vice Premier Ana Vial and Luis "
        "Mora, deputy chairman of the Cabinet of Peru, who co-chair the Chile-Peru Cooperation Committee.\n\n"
        "Foreign Minister Tomas Ruiz of Kenya and Foreign Minister Rosa Quispe of Ghana, who also co-chairs the "
        "Joint Commission, met in Accra on Tuesday.",
    )
    assert [r["event_type"] for r in sorted(rows, key=lambda r: r["sentence_id"])] == ["phone_call", "meeting"]


# --------------------------------------------------------------------------------------------
# a question heading with a year opens a chronicle
# --------------------------------------------------------------------------------------------


def test_a_question_heading_with_a_year_dates_the_yearless_months_after_it(tmp_path):
    rows = run(
        tmp_path,
        "What happened in 2023?\n\n"
        "The thaw began in February 2023, when Foreign Minister Ana Vial of Chile flew to Lima and met President "
        "Luis Mora of Peru.\n\n"
        "In April, Chilean President Tomas Ruiz paid a state visit to Peru from 5 to 6 April.\n\n"
        "In June the navies of Chile and Peru held the twelfth edition of the Pacific Naval Exercise.\n\n"
        "And this year?\n\n"
        "In January this year, Ruiz and Mora met again in New York.",
        published="2024-07-21",
    )
    visit = [v for v in of_type(rows, "visit") if "Tomas Ruiz" in persons_of(v)]
    assert visit and visit[0]["date_start"] == date(2023, 4, 5)
    drill = of_type(rows, "military_exercise")
    assert drill and drill[0]["date_start"] == date(2023, 6, 1)
    again = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2024, 1, 1)]
    assert again and persons_of(again[0]) == {"Tomas Ruiz", "Luis Mora"}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.integers(min_value=1995, max_value=2022), month=st.sampled_from(["March", "May", "August", "October"]))
def test_property_question_heading_year_carries_to_a_fronted_month(tmp_path, year, month):
    rows = run(
        tmp_path,
        f"How did ties develop in {year}?\n\n"
        f"In {month}, Kenyan President David Otieno paid a state visit to Ghana.",
        published="2024-12-20",
    )
    visits = of_type(rows, "visit")
    assert visits and visits[0]["date_start"].year == year


# --------------------------------------------------------------------------------------------
# sessions of standing bodies: video links, acronyms, "hosted by", "the previous, Nth", plurals
# --------------------------------------------------------------------------------------------


def test_a_numbered_session_held_by_video_link_is_a_meeting_and_its_acronym_names_it_later(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile on Wednesday approved a plan at the 15th meeting of the Pacific Corridor Joint Cooperation "
        "Committee (JCC), which was held through a video link.\n\n"
        "Officials said the meeting reviewed energy projects. The 14th JCC had been held in Lima in December 2023, "
        "and it was decided that the 16th meeting would be hosted by Santiago early next year.",
        published="2024-05-21",
    )
    assert not of_type(rows, "phone_call")
    sessions = sorted(((m["mechanism_round"], m["status"], m["date_start"]) for m in of_type(rows, "meeting")))
    assert sessions == [(14, "occurred", date(2023, 12, 1)), (15, "occurred", date(2024, 5, 15)), (16, "planned", date(2025, 1, 1))]
    assert all(m["mechanism"] == "Pacific Corridor Joint Cooperation Committee" for m in of_type(rows, "meeting"))


def test_the_session_co_chaired_while_the_other_head_led_his_delegation(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Ghana on Monday reviewed trade at the fifth session of the Kenya-Ghana Joint Trade Committee, "
        "held via video link.\n\n"
        "Trade Minister David Otieno of Kenya co-chaired the session from Nairobi, while Kofi Mensah, Deputy Minister "
        "of Trade of Ghana, led the Ghanaian delegation from Accra.",
    )
    meetings = [m for m in of_type(rows, "meeting") if m["sentence_id"] == 2]
    assert meetings and meetings[0]["mechanism_round"] == 5
    assert persons_of(meetings[0]) == {"David Otieno", "Kofi Mensah"}


def test_the_previous_comma_ordinal_meeting_is_a_session_of_the_body_just_told(tmp_path):
    rows = run(
        tmp_path,
        "A Chilean minister will travel to Lima later this month to co-chair the 11th meeting of the Chile-Peru "
        "Joint Working Group on Mining. The previous, 10th meeting was held in Santiago in March 2023.\n\n"
        "The 5th session of the Kenya-Ghana Joint Commission will be held in Accra in June. The last, fourth "
        "session was held in Nairobi in 2022.",
        published="2024-05-21",
    )
    got = sorted((m["mechanism_round"], m["status"], m["date_start"]) for m in of_type(rows, "meeting"))
    assert (10, "occurred", date(2023, 3, 1)) in got and (4, "occurred", date(2022, 1, 1)) in got


def test_coordinated_joint_working_groups_meet_each(tmp_path):
    rows = run(
        tmp_path,
        "Chilean and Peruvian officials held talks in Lima on Monday.\n\n"
        "Officials said the Joint Working Groups on agriculture and on mineral development would meet next month.\n\n"
        "The working groups on youth and sport will meet in May.",
        published="2024-05-21",
    )
    groups = sorted(m["mechanism"] for m in of_type(rows, "meeting") if m["status"] == "planned")
    assert groups == ["Joint Working Group on Agriculture", "Joint Working Group on Mineral Development"]


def test_on_the_sidelines_of_an_acronym_told_before_is_no_meeting_of_its_own(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile held the 3rd meeting of the Andean Joint Economic Commission (JEC) in Lima on Monday.\n\n"
        "On the sidelines of the JEC, two state banks signed a memorandum of understanding.",
        published="2024-05-21",
    )
    assert [m["sentence_id"] for m in of_type(rows, "meeting")] == [1]


# --------------------------------------------------------------------------------------------
# participants: pronoun objects of a fronted clause, relative clauses of two antecedents
# --------------------------------------------------------------------------------------------


def test_a_pronoun_object_in_a_fronted_clause_is_the_main_clause_subject(tmp_path):
    rows = run(
        tmp_path,
        "Speaking when Chilean Ambassador to Peru Luis Mora paid a courtesy call on her at her office in Lima "
        "yesterday, Vice-President Ana Quispe said Peru valued the friendship.\n\n"
        "After Ghanaian envoy Kofi Mensah paid a courtesy call on him on Monday, Kenyan President David Otieno said "
        "ties were strong.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Luis Mora", "Ana Quispe"}, {"Kofi Mensah", "David Otieno"}]


def test_who_held_a_meeting_after_two_coordinated_persons_are_its_sides(tmp_path):
    rows = run(
        tmp_path,
        "The signing was witnessed by Peruvian Foreign Minister Ana Quispe and Chilean Ambassador to Peru Luis Mora, "
        "who held a separate meeting afterwards to discuss preparations for the upcoming committee session.\n\n"
        "The ceremony was attended by Kenyan Trade Minister David Otieno and Ghanaian envoy Kofi Mensah, who later "
        "held talks on investment.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Ana Quispe", "Luis Mora"}, {"David Otieno", "Kofi Mensah"}]
    assert all(m["status"] == "occurred" for m in meetings)


# --------------------------------------------------------------------------------------------
# directives and deadlines; days just after a statement's date; item headlines
# --------------------------------------------------------------------------------------------


def test_an_instructed_session_before_the_end_of_the_year_is_planned_that_year(tmp_path):
    rows = run(
        tmp_path,
        "The two Prime Ministers also instructed their officials to convene the Chile-Peru Joint Economic Dialogue "
        "before the end of this year.\n\n"
        "The ministers directed their teams to hold the next meeting of the Kenya-Ghana Joint Trade Committee by the "
        "end of the year.",
        published="2024-06-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 2
    assert all(m["status"] == "planned" and m["date_start"] == date(2024, 1, 1) for m in meetings)


def test_a_yearless_day_within_the_visit_told_is_a_day_of_that_visit(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Rosa Vial of Chile paid an official visit to Peru from November 19 to 22, 2024. Prime "
        "Minister Vial was received in audience by the President of Peru on November 21.\n\n"
        "Kenyan President David Otieno met Ghanaian President Kofi Mensah on December 5.",
        published="2024-11-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["date_start"] for m in meetings] == [date(2024, 11, 21), date(2023, 12, 5)]


def test_an_item_headline_without_names_makes_no_event_of_its_own(tmp_path):
    rows = run(
        tmp_path,
        "Vice Minister of Commerce Holds Video Call with Kenyan Principal Secretary for Trade\n"
        "2024-11-03 17:40\n\n"
        "On November 2, Chilean Vice Minister of Commerce Ana Vial held a video call with Esther Wanjiru, Principal "
        "Secretary of Trade of Kenya.\n\n"
        "Ministers Hold Talks With Peruvian Delegation\n"
        "04.11.2024\n\n"
        "On November 3, Chilean Foreign Minister Tomas Ruiz held talks with Peruvian Foreign Minister Rosa Quispe.",
        published="2024-11-05",
    )
    assert sorted((r["event_type"], r["date_start"]) for r in rows) == [
        ("meeting", date(2024, 11, 3)),
        ("phone_call", date(2024, 11, 2)),
    ]


def test_a_country_pair_with_an_ambiguous_name_names_the_mechanism_of_both(tmp_path):
    from pipeline.extract.countries import find_countries

    assert [h.iso3 for h in find_countries("the Pakistan-Jordan Joint Ministerial Commission")] == ["PAK", "JOR"]
    assert [h.iso3 for h in find_countries("the Jordan-India Joint Commission met")] == ["JOR", "IND"]
    assert [h.iso3 for h in find_countries("Chad-Niger border talks")] == ["TCD", "NER"]
    assert find_countries("The coach Michael Jordan Smith spoke to Mary-Jordan Brown") == []


# --------------------------------------------------------------------------------------------
# an ordinal in brackets; a visit retold in a relative clause; the country after a title
# --------------------------------------------------------------------------------------------


def test_the_next_bracketed_ordinal_meeting_is_a_planned_session(tmp_path):
    rows = run(
        tmp_path,
        "On the same day, Foreign Minister Luis Mora held a meeting with his Chilean counterpart, Mr. Tomas Ruiz. "
        "The ministers agreed that the next (8th) meeting of the Peru-Chile Intergovernmental Committee on "
        "Cooperation will be held in Lima later this year.\n\n"
        "The two sides said the following (fifth) session of the Kenya-Ghana Joint Trade Committee would take place "
        "in Accra next month.",
    )
    sessions = sorted((m["mechanism_round"], m["status"]) for m in of_type(rows, "meeting") if m["mechanism_round"])
    assert sessions == [(5, "planned"), (8, "planned")]


def test_a_visit_retold_in_a_relative_clause_is_one_dated_visit(tmp_path):
    rows = run(
        tmp_path,
        "The two leaders also discussed the forthcoming visit of Kenya's Foreign Minister Ama Owusu, who will pay an "
        "official visit to Ghana next week at the invitation of Foreign Minister Kofi Mensah.\n\n"
        "They welcomed the upcoming trip of Chilean President Tomas Ruiz, who will travel to Peru in December.",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [(persons_of(v, "visitor"), v["status"], v["date_start"]) for v in visits] == [
        ({"Ama Owusu"}, "planned", date(2024, 11, 1)),
        ({"Tomas Ruiz"}, "planned", date(2024, 12, 1)),
    ]


def test_the_title_with_its_country_after_it_names_the_invitee(tmp_path):
    rows = run(
        tmp_path,
        "At the invitation of Peruvian President Luis Mora, Chilean President Tomas Ruiz paid a State Visit to "
        "Peru from 12 to 15 November 2024.\n\n"
        "The President of Chile invited the President of Peru to pay a State Visit to Chile.",
    )
    planned = [v for v in of_type(rows, "visit") if v["status"] == "planned"]
    assert planned and persons_of(planned[0], "visitor") == {"Luis Mora"}
    assert countries_of(planned[0]) == {"PER", "CHL"}
