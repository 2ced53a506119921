"""Event rules for unseen articles, fifth round (own short texts, invented names and pairs).

Each test pins one linguistic rule: page lines with a dotted day-first date, a dash before the
clock, or a second calendar's date; a letter's time adverbial before its addressee ("wrote a
letter on Monday to …"); a sender before a parenthetical "in a message to"; a counterpart in
apposition with a title that has lower-case joints; an attack dated by a later sentence even when
a reaction or a "days after" frame came first; reduced relatives of plans ('the exercise "X", to
be held in June'); "is due in <city>"; "the prime ministers last met"; "would host the 5th JDC";
"following the eighth session in <place>"; "the 8th edition will be held"; "during his stay";
"looked forward to receiving X"; "the <demonym> premier"; "X was told during a telephone
conversation".
"""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.dates_dateline import find_dateline
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# page lines (the reference date every relative date hangs on)
# --------------------------------------------------------------------------------------------


def test_a_dotted_numeric_date_is_day_first():
    assert find_dateline("Ministry of Defence\nPress release 41/2025\n4.6.2025 09.15\n\nHeadline\n") == date(2025, 6, 4)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31)), st.booleans())
def test_dotted_page_stamps_read_day_then_month(d, pad):
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    assert find_dateline(f"Government\nNews\n{day}.{month}.{d.year} 14.30\n\nA headline\n") == d


def test_a_dash_may_separate_a_numeric_stamp_from_its_clock():
    text = "By A. WRITER in Nairobi\n21/09/2025 - 08:05 (GMT)\n\nHeadline\n"
    assert find_dateline(text) == date(2025, 9, 21)


def test_a_second_calendar_after_the_gregorian_date_line():
    assert find_dateline("The Daily Courier\nFriday, March 7, 2025, Ramadan 7, 1446 A.H.\n\nNational\n") == date(2025, 3, 7)
    assert find_dateline("The Valley Post\nSunday, 5 July 2026 | 21 Asar 2083 BS\n\nNews\n") == date(2026, 7, 5)


# --------------------------------------------------------------------------------------------
# letters and calls
# --------------------------------------------------------------------------------------------


def test_a_time_adverbial_between_the_letter_and_its_addressee(tmp_path):
    rows = run(
        tmp_path,
        "Nepal's Foreign Secretary Sita Koirala wrote a letter on Friday to Bangladesh's Foreign Minister "
        "Kamal Hossain, proposing closer ties.\n\n"
        "Separately, Chile's Foreign Minister Rosa Vial sent a message on 5 March to the Peruvian Foreign "
        "Minister, Luis Mora, on the border talks.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in letters] == [{"Sita Koirala", "Kamal Hossain"}, {"Rosa Vial", "Luis Mora"}]
    assert letters[1]["date_start"] == date(2024, 3, 5)


def test_the_subject_before_a_parenthetical_message_wrote_it(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ram Thapa of Nepal, in a message to his Bangladeshi counterpart Rafiq Ahmed on "
        "Monday, felicitated Bangladesh on its election to the council.",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Ram Thapa", "Rafiq Ahmed"}
    assert countries_of(letters[0]) == {"NPL", "BGD"}


def test_a_call_reported_in_the_passive_joins_the_reported_clause_person(tmp_path):
    rows = run(
        tmp_path,
        "KATHMANDU: Bangladesh's Prime Minister Rafiq Ahmed will arrive in Kathmandu next week on a "
        "two-day official visit, Prime Minister Ram Thapa was told during a telephone conversation on Wednesday.",
        published="2024-03-14",
    )
    calls = of_type(rows, "phone_call")
    assert calls and persons_of(calls[0]) == {"Rafiq Ahmed", "Ram Thapa"}
    assert calls[0]["date_start"] == date(2024, 3, 13)
    assert of_type(rows, "visit")[0]["status"] == "planned"


def test_the_demonym_premier_is_that_countrys_prime_minister(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Prime Minister Rosa Vial will visit Lima next week, officials said.\n\n"
        "According to a statement, the Chilean premier called Peruvian President Ana Quispe on Monday to "
        "finalise the dates of her trip.",
    )
    calls = of_type(rows, "phone_call")
    assert calls and persons_of(calls[0]) == {"Rosa Vial", "Ana Quispe"}


def test_a_counterpart_in_apposition_with_a_long_title(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Trade Minister Otieno Kamau held talks with his Ghanaian counterpart, Minister for Trade "
        "and Industry Kofi Mensah, in Nairobi on Monday.\n\n"
        "Minister for Foreign Affairs Pekka Virtanen met with his Norwegian counterpart, Minister of "
        "Foreign Affairs Ingrid Dahl, on the margins of the OSCE meeting in Vienna last week.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert persons_of(meetings[0]) == {"Otieno Kamau", "Kofi Mensah"}
    assert persons_of(meetings[1]) == {"Pekka Virtanen", "Ingrid Dahl"}


def test_the_prime_ministers_last_met_are_the_two_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Lars Holm of Denmark held a video call with Norwegian Prime Minister Ingrid Dahl on Monday.\n\n"
        "The prime ministers last met in person on 27 January in Oslo, where they signed a joint statement on energy.",
        published="2024-03-12",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and persons_of(meetings[0]) == {"Lars Holm", "Ingrid Dahl"}
    assert meetings[0]["date_start"] == date(2024, 1, 27)


# --------------------------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------------------------


def test_an_attack_is_dated_by_its_own_sentence_not_by_the_report_or_the_reaction(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen kill five in attack on Kenyan convoy in Ethiopia\n\n"
        "Gunmen opened fire on a convoy of Kenyan trucks in Ethiopia's Somali region, killing three Kenyan "
        "drivers and two Ethiopian soldiers, officials in both countries said Tuesday.\n\n"
        "The attack happened on Sunday evening on the road between Moyale and Dolo, according to Ethiopia's army.\n\n"
        "Kenyan Foreign Minister Otieno Kamau spoke by telephone with his Ethiopian counterpart Abebe Tadesse "
        'on Monday, condemning the "cowardly and criminal attack".',
        published="2024-11-19",
    )
    attacks = of_type(rows, "attack")
    assert attacks and {r["date_start"] for r in attacks} == {date(2024, 11, 17)}


def test_an_attack_told_days_before_the_main_event_takes_the_later_sentences_day(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI: Kenya and Ethiopia on Wednesday signed a protocol on border trade, days after a deadly "
        "bombing at Moyale heightened tensions on the border.\n\n"
        "A suicide bomber struck a queue of vehicles near the Moyale border post on Saturday, killing three "
        "Kenyan soldiers and two Ethiopian porters, officials said.",
        published="2024-11-21",
    )
    attacks = of_type(rows, "attack")
    assert attacks and {r["date_start"] for r in attacks} == {date(2024, 11, 16)}


# --------------------------------------------------------------------------------------------
# plans, sessions and editions
# --------------------------------------------------------------------------------------------


def test_a_reduced_relative_of_the_exercise_tells_a_plan(tmp_path):
    rows = run(
        tmp_path,
        "Main topics of the discussion:\n"
        '- the Danish-Norwegian naval exercise "Skagerrak Guard 24", to be held in the North Sea in June\n'
        "- energy links\n\n"
        "The Estonian-Latvian air exercise Baltic Falcon, scheduled for next year near Riga, will involve 40 aircraft.",
        published="2024-03-12",
    )
    exercises = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [r["status"] for r in exercises] == ["planned", "planned"]
    assert exercises[0]["date_start"] == date(2024, 6, 1)


def test_due_in_a_city_is_a_planned_visit(tmp_path):
    rows = run(tmp_path, "Kenyan President Amina Wekesa is due in Accra next month for a state visit, her office said.")
    visits = of_type(rows, "visit")
    assert visits and visits[0]["status"] == "planned"
    assert (visits[0]["date_start"], visits[0]["date_precision"]) == (date(2024, 12, 1), "month")


def test_would_host_the_next_session_of_a_body_named_by_its_acronym(tmp_path):
    rows = run(
        tmp_path,
        "The minister recalled the 4th meeting of the Kenya-Ghana Joint Defence Committee (JDC), held in "
        "Accra in March, and said Kenya would host the 5th JDC in 2025.",
        published="2024-06-12",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["mechanism_round"])
    assert [(r["mechanism_round"], r["status"]) for r in meetings] == [(4, "occurred"), (5, "planned")]
    assert meetings[1]["mechanism"] == "Kenya-Ghana Joint Defence Committee"
    assert (meetings[1]["date_start"], meetings[1]["date_precision"]) == (date(2025, 1, 1), "year")


def test_following_the_previous_session_in_a_place_is_that_earlier_session(tmp_path):
    rows = run(
        tmp_path,
        "Mensah said the ninth session of the Kenya-Ghana Joint Trade Committee would be held in Nairobi "
        "next month, following the eighth session in Accra in November 2023.",
        published="2024-03-12",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["mechanism_round"])
    assert [(r["mechanism_round"], r["status"]) for r in meetings] == [(8, "occurred"), (9, "planned")]
    assert meetings[0]["date_start"] == date(2023, 11, 1)


def test_the_next_edition_of_an_exercise_told_in_the_sentence(tmp_path):
    rows = run(
        tmp_path,
        'Both sides appreciated the conduct of the 7th edition of the joint military exercise "Savanna '
        'Shield" in Kenya in February, and agreed that the 8th edition will be held in Ghana in 2025.\n\n'
        "Organisers said the 5th edition will be held in Accra in 2025, after the trade fair drew 300 firms.",
        published="2024-03-12",
    )
    exercises = sorted(of_type(rows, "military_exercise"), key=lambda r: r["date_start"])
    assert [(r["status"], r["date_start"]) for r in exercises] == [
        ("occurred", date(2024, 2, 1)),
        ("planned", date(2025, 1, 1)),
    ]


def test_a_call_on_during_his_stay_falls_in_the_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "KATHMANDU: Bangladesh's Prime Minister Rafiq Ahmed will arrive in Kathmandu next week on a two-day "
        "official visit, officials said.\n\n"
        "The Bangladeshi premier is also expected to call on President Sita Koirala during his stay, "
        "diplomatic sources said.",
        published="2024-03-12",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["status"] == "planned"
    assert (meetings[0]["date_start"], meetings[0]["date_precision"]) == (date(2024, 3, 1), "month")
    assert persons_of(meetings[0]) == {"Rafiq Ahmed", "Sita Koirala"}


def test_looking_forward_to_receiving_the_visitor_is_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial will pay a state visit to Peru next week.\n\n"
        "Peruvian President Ana Quispe said she looked forward to receiving President Vial in Lima.",
    )
    assert not of_type(rows, "meeting")
    assert of_type(rows, "visit")


def test_a_first_trip_abroad_to_the_chosen_place_is_a_visit(tmp_path):
    rows = run(
        tmp_path,
        "In March 2024, Chilean President Rosa Vial chose Lima for her first trip abroad after her re-election, "
        "holding talks with Peruvian President Ana Quispe at the Government Palace.",
        published="2024-11-25",
    )
    visits = of_type(rows, "visit")
    assert visits and visits[0]["host_country_iso3"] == "PER"
    assert persons_of(visits[0], "visitor") == {"Rosa Vial"}
    assert of_type(rows, "meeting")


def test_first_trip_abroad_in_apposition_to_a_visit_is_that_visit(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial met Peruvian President Ana Quispe in Lima on Monday.\n\n"
        "Quispe visited Santiago in May, her first trip abroad since taking office in January, and held talks with Vial.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["date_start"] == date(2024, 5, 1)


def test_an_exercise_held_off_a_port_is_at_that_port(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Tanzania held the joint naval exercise Blue Wave off Mombasa in March with the participation of Somalia.",
    )
    exercises = of_type(rows, "military_exercise")
    assert exercises and exercises[0]["location_country_iso3"] == "KEN"
    assert countries_of(exercises[0]) == {"KEN", "TZA", "SOM"}


def test_gunmen_opening_fire_on_foreign_nationals_is_an_attack_dated_by_its_clause(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen opened fire on a bus carrying Chinese engineers in Pakistan's Sindh province on Sunday, killing "
        "three Chinese nationals and their Pakistani driver, police said Monday.\n\n"
        "Police opened fire on protesters in Karachi.",
        published="2024-11-19",
    )
    attacks = of_type(rows, "attack")
    assert len(attacks) == 1 and attacks[0]["date_start"] == date(2024, 11, 17)
    assert countries_of(attacks[0]) == {"CHN", "PAK"}


def test_a_lede_without_the_day_is_dated_by_the_attack_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan drivers killed in Ethiopia\n\n"
        "Gunmen opened fire on a convoy of Kenyan trucks in Ethiopia's Somali region, killing three Kenyan "
        "drivers and two Ethiopian soldiers, officials in both countries said Tuesday.\n\n"
        "The attack happened on Sunday evening on the road between Moyale and Dolo, according to Ethiopia's army.",
        published="2024-11-19",
    )
    attacks = of_type(rows, "attack")
    assert attacks and {r["date_start"] for r in attacks} == {date(2024, 11, 17)}


def test_an_elided_second_edition_is_its_own_exercise(tmp_path):
    rows = run(
        tmp_path,
        "About 900 Kenyan and Ugandan troops launched a joint exercise on Monday.\n\n"
        "The first edition of the exercise was held in Mombasa in 2023, and the second at the Jinja training "
        "centre in eastern Uganda in August 2024.\n\n"
        "Kenya and Uganda signed the treaty, and the second in command attended.",
        published="2025-12-25",
    )
    dates = sorted(r["date_start"] for r in of_type(rows, "military_exercise") if r["sentence_id"] == 2)
    assert dates == [date(2023, 1, 1), date(2024, 8, 1)]
    assert all(r["sentence_id"] != 3 for r in rows)


def test_would_host_a_trilateral_meeting_names_the_three_countries(tmp_path):
    rows = run(
        tmp_path,
        "The spokesperson said Kenya would host the third Kenya-Uganda-Tanzania trilateral meeting of speakers "
        "of parliament in Nairobi in March, to which invitations had been extended.",
        published="2025-12-25",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["status"] == "planned"
    assert countries_of(meetings[0]) == {"KEN", "UGA", "TZA"}
    assert meetings[0]["date_start"] == date(2026, 3, 1)


def test_patrols_agreed_in_a_dated_call_have_no_date_of_their_own(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa spoke by phone with Ugandan President Yoweri Okello on Tuesday and the two "
        "leaders agreed to deploy joint patrols along the border, the presidency said.\n\n"
        "On Monday, the Kenyan and Ugandan navies held joint drills on Lake Victoria.",
        published="2025-12-25",
    )
    exercises = of_type(rows, "military_exercise")
    assert [r["sentence_id"] for r in exercises] == [2]
    assert exercises[0]["date_start"] == date(2025, 12, 22)
    assert of_type(rows, "phone_call")


def test_a_delegation_led_by_a_minister_and_the_demonym_minister_after_it(tmp_path):
    rows = run(
        tmp_path,
        "ISLAMABAD, June 12 (APP): Prime Minister Ali Raza received a delegation led by Uzbek Foreign Minister "
        "Bakhtiyor Saidov at the PM House on Wednesday.\n\n"
        "The Uzbek minister is on a two-day visit to Pakistan at the invitation of Foreign Minister Ishaq Qadir.",
        published="2025-06-12",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and persons_of(meetings[0]) == {"Ali Raza", "Bakhtiyor Saidov"}
    assert meetings[0]["date_start"] == date(2025, 6, 11)
    visits = of_type(rows, "visit")
    assert visits and persons_of(visits[0], "visitor") == {"Bakhtiyor Saidov"}
    assert visits[0]["host_country_iso3"] == "PAK"


def test_a_participle_after_the_body_ends_its_name(tmp_path):
    rows = run(
        tmp_path,
        "The two ministers reviewed the progress made since the 7th meeting of the India-Nepal Joint Commission "
        "held in Kathmandu in January 2024.",
        published="2025-09-18",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["mechanism"] == "India-Nepal Joint Commission"
    assert (meetings[0]["mechanism_round"], meetings[0]["date_start"]) == (7, date(2024, 1, 1))


def test_a_minister_and_his_counterpart_acting_jointly_met(tmp_path):
    rows = run(
        tmp_path,
        "Egyptian Foreign Minister Karim Hegazy and his Sudanese counterpart Omar Nur discussed the border "
        "situation on Sunday, the ministry said.\n\n"
        "Kenyan President Amina Wekesa and her Ugandan counterpart, Yoweri Okello, reviewed the pipeline project "
        "in Kampala in March.",
        published="2025-05-06",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in meetings] == [{"Karim Hegazy", "Omar Nur"}, {"Amina Wekesa", "Yoweri Okello"}]
    assert meetings[0]["date_start"] == date(2025, 5, 4)


def test_the_next_session_told_with_its_noun_elided(tmp_path):
    rows = run(
        tmp_path,
        "Explainer: How Chile and Peru patched up ties\n\n"
        "In June 2023, the first Chile-Peru Binational Cabinet convened in Lima. The second followed in Santiago "
        "in November 2024.\n\n"
        "The first day of talks was tense. The second followed in a calmer mood on Tuesday.",
        published="2025-07-10",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(r["mechanism_round"], r["date_start"]) for r in meetings] == [
        (1, date(2023, 6, 1)),
        (2, date(2024, 11, 1)),
    ]
    assert meetings[1]["mechanism"] == "Chile-Peru Binational Cabinet"
    assert meetings[1]["location_country_iso3"] == "CHL"


def test_spoke_to_over_the_phone_and_the_subject_minister_leaving_for_a_visit(tmp_path):
    rows = run(
        tmp_path,
        "ISLAMABAD: Foreign Minister Ishaq Qadir on Tuesday received a telephone call from his Iranian counterpart "
        "Abbas Jafari.\n\n"
        "Qadir also spoke to Turkish Foreign Minister Hakan Demir over the phone.\n\n"
        "The foreign minister will leave for Beijing tomorrow on a three-day visit, the Foreign Office said.\n\n"
        "Later, Demir spoke to Reuters about the talks.",
        published="2025-10-15",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in calls] == [{"Ishaq Qadir", "Abbas Jafari"}, {"Ishaq Qadir", "Hakan Demir"}]
    visits = of_type(rows, "visit")
    assert visits and visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Ishaq Qadir"} and visits[0]["host_country_iso3"] == "CHN"


def test_talks_via_video_link_are_one_call_and_a_session_via_video_link_one_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chinese President Xi Ming held talks with Turkish President Recep Aydin via video link on Tuesday.\n\n"
        "Chinese Foreign Minister Wang Li and Turkish Foreign Minister Hakan Demir co-chaired the second meeting "
        "of the China-Türkiye Intergovernmental Cooperation Committee via video link on Tuesday.",
        published="2026-04-09",
    )
    assert [(r["sentence_id"], r["event_type"]) for r in sorted(rows, key=lambda r: r["sentence_id"])] == [
        (1, "phone_call"),
        (2, "meeting"),
    ]
    call, session = sorted(rows, key=lambda r: r["sentence_id"])
    assert persons_of(call) == {"Xi Ming", "Recep Aydin"}
    assert session["mechanism"] == "China-Türkiye Intergovernmental Cooperation Committee"
    assert session["mechanism_round"] == 2 and session["date_start"] == date(2026, 4, 7)


def test_forces_that_will_conduct_or_stage_drills_plan_them(tmp_path):
    rows = run(
        tmp_path,
        "The two countries' navies will conduct a joint patrol in the Bay of Bengal from May 20 to 25.\n\n"
        "The Bangladeshi and Myanmar armies will stage a joint exercise in June.",
        published="2026-05-12",
    )
    exercises = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [(r["status"], r["date_start"]) for r in exercises] == [
        ("planned", date(2026, 5, 20)),
        ("planned", date(2026, 6, 1)),
    ]
