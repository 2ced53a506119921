"""Event extraction, round 8: structural rules for unseen articles (own short texts, invented names).

Families: an honorific possessive ("His Excellency", "His Majesty") is neither the end of a
trigger nor a pronoun; "the same day" after a look-back to an earlier month keeps the day of the
narrative; a pronoun after an event of the same sentence names that event's actor; a talk with
"his <demonym> counterpart" whose name a later definite description gives ("the telephone
conversation with X"), and "the two ministers" (also before a relative "who last met") read as
that pair; a planned session "under the co-chairmanship of A and B" and "agreed on the holding
of"; an attack named as what culprits are "responsible for" is no plan and takes the day the
next sentence gives it; lexicon families (an adjective between an ordinal and "meeting",
"edition of exercise X", troops "trained together", armed assaults, a possessive before the
target of a raid, a visit "that the President of X, Y, will pay").
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# honorifics
# --------------------------------------------------------------------------------------------


def test_an_honorific_after_met_with_opens_the_objects_name(tmp_path):
    rows = run(
        tmp_path,
        "On Monday, Foreign Minister Ana Rojas of Peru met with His Excellency Mr. Kofi Mensah, Minister of "
        "Foreign Affairs of Ghana, in Lima.\n\n"
        "On Tuesday, Chilean President Marta Vidal met with Her Excellency Ms. Ama Owusu, Vice President of Kenya, "
        "in Santiago.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Ana Rojas", "Kofi Mensah"}, {"Marta Vidal", "Ama Owusu"}]


def test_his_majesty_is_no_pronoun(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Luis Soto of Peru paid an official visit to Morocco on 18 and 19 November 2024.\n\n"
        "His Majesty the King received the Peruvian Prime Minister at the Royal Palace on 18 November.\n\n"
        "Her Majesty the Queen received the visiting minister on 19 November.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings and persons_of(meetings[0]) == {"Luis Soto"}
    assert meetings[0]["date_start"] == date(2024, 11, 18)
    assert countries_of(meetings[0]) == {"PER", "MAR"}


# --------------------------------------------------------------------------------------------
# narrative time and reference
# --------------------------------------------------------------------------------------------


def test_the_same_day_skips_a_look_back_to_an_earlier_month(tmp_path):
    rows = run(
        tmp_path,
        "On 12 November, President Marta Vidal of Chile held talks with President David Otieno of Kenya in Nairobi. "
        "The previous session of their joint commission was held in Santiago in March 2023.\n\n"
        "On the same day, Foreign Minister Luis Soto of Chile met Foreign Minister Ama Owusu of Kenya.\n\n"
        "In September, Peru and Ghana held the fourth round of the Peru-Ghana Political Consultations in Accra. "
        "The third round was held in Lima in 2022. The next day, Foreign Minister Ana Rojas of Peru called on "
        "President Kofi Mensah of Ghana.",
    )
    meetings = {frozenset(persons_of(m)): m for m in of_type(rows, "meeting")}
    assert meetings[frozenset({"Luis Soto", "Ama Owusu"})]["date_start"] == date(2024, 11, 12)
    later = meetings[frozenset({"Ana Rojas", "Kofi Mensah"})]
    # (after an event known only to its month, "the next day" keeps that month)
    assert later["date_start"] == date(2024, 9, 1) and later["date_precision"] == "month"


def test_a_pronoun_after_a_visit_of_the_same_sentence_is_its_visitor(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Rojas of Peru held talks with Foreign Minister Kofi Mensah of Ghana on Monday.\n\n"
        "On Tuesday, Peruvian President Marta Vidal travelled to Kumasi, where she met with Ashanti "
        "regional minister Ama Owusu of Ghana.\n\n"
        "Kenyan Defence Minister David Otieno flew to Lima on Wednesday, where he met with Defence Minister "
        "Luis Soto of Peru.",
    )
    meetings = {r["sentence_id"]: r for r in of_type(rows, "meeting")}
    by_persons = [persons_of(m) for _, m in sorted(meetings.items())]
    assert {"Marta Vidal", "Ama Owusu"} in by_persons
    assert {"David Otieno", "Luis Soto"} in by_persons
    assert not any("Ana Rojas" in ps and "Ama Owusu" in ps for ps in by_persons)


def test_a_counterpart_named_by_a_later_definite_description(tmp_path):
    rows = run(
        tmp_path,
        "LIMA: Foreign Minister Ana Rojas of Peru will travel to Accra next week, the ministry announced after she "
        "spoke to her Ghanaian counterpart on Monday.\n\n"
        "According to the ministry, the telephone conversation with Kwame Asante Boateng lasted an hour and covered "
        "trade and fisheries.\n\n"
        "The two ministers had last met in Geneva in March, on the margins of a United Nations conference.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Ana Rojas", "Kwame Asante Boateng"}
    assert calls[0]["date_start"] == date(2024, 11, 18)
    met = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2024, 3, 1)]
    assert met and persons_of(met[0]) == {"Ana Rojas", "Kwame Asante Boateng"}


def test_a_counterpart_of_a_call_named_in_the_next_sentence_by_the_call(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Interior Minister Marta Vidal spoke with her Kenyan counterpart on Tuesday. The call with "
        "Interior Minister David Otieno focused on cross-border crime.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and persons_of(calls[0]) == {"Marta Vidal", "David Otieno"}


def test_the_two_ministers_who_last_met(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Rojas of Peru held a video call on Tuesday with her Ghanaian counterpart, "
        "Kofi Mensah.\n\n"
        "The two ministers, who last met on the sidelines of the United Nations General Assembly in New York in "
        "September, welcomed the opening of a Peruvian embassy in Accra.\n\n"
        "Prime Minister Luis Soto of Chile telephoned Prime Minister David Otieno of Kenya on Monday. The two "
        "leaders, who had met in Nairobi in June, agreed to expand trade.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Ana Rojas", "Kofi Mensah"}, {"Luis Soto", "David Otieno"}]
    assert [m["date_start"] for m in meetings] == [date(2024, 9, 1), date(2024, 6, 1)]


# --------------------------------------------------------------------------------------------
# sessions of standing bodies
# --------------------------------------------------------------------------------------------


def test_a_planned_session_under_the_co_chairmanship_of_two_leaders(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Rojas of Peru and Foreign Minister Kofi Mensah of Ghana also agreed on the holding of "
        "the 5th session of the Peru-Ghana Joint Commission in Accra in December, under the co-chairmanship of "
        "Peruvian Prime Minister Luis Soto and Ghanaian Vice President Ama Owusu.\n\n"
        "The ministers decided upon the convening of the second session of the Chile-Kenya Business Council in "
        "Nairobi in January, to be co-chaired by Chilean Trade Minister Marta Vidal and Kenyan Trade Minister "
        "David Otieno.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["status"], m["mechanism_round"]) for m in meetings] == [("planned", 5), ("planned", 2)]
    assert persons_of(meetings[0]) == {"Luis Soto", "Ama Owusu"}
    assert persons_of(meetings[1]) == {"Marta Vidal", "David Otieno"}
    assert meetings[0]["date_start"] == date(2024, 12, 1)


def test_an_adjective_between_the_ordinal_and_meeting(tmp_path):
    rows = run(
        tmp_path,
        "On 4 November, water ministers met in Lima for the 12th ministerial meeting of the Peru-Ghana Joint "
        "Water Commission.\n\n"
        "Chilean and Kenyan officials gathered in Nairobi in October for the third technical meeting of the "
        "Chile-Kenya Joint Fisheries Committee.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["mechanism_round"] for m in meetings] == [12, 3]
    assert countries_of(meetings[0]) == {"PER", "GHA"} and countries_of(meetings[1]) == {"CHL", "KEN"}
    assert meetings[0]["date_start"] == date(2024, 11, 4)


# --------------------------------------------------------------------------------------------
# exercises, attacks and visits (lexicon families)
# --------------------------------------------------------------------------------------------


def test_troops_trained_together_and_an_edition_of_exercise_name(tmp_path):
    rows = run(
        tmp_path,
        "In August, soldiers from the Peruvian and Chilean armies trained together in the Atacama desert.\n\n"
        "In October, Kenyan and Ghanaian troops took part in the fifth edition of exercise Savanna Shield near Accra.",
    )
    drills = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [countries_of(d) for d in drills] == [{"PER", "CHL"}, {"KEN", "GHA"}]
    assert [d["date_start"] for d in drills] == [date(2024, 8, 1), date(2024, 10, 1)]


def test_an_attack_the_culprits_are_responsible_for_takes_its_own_day(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, Nov. 20 -- Peru and Chile on Wednesday pledged to hunt down those responsible for a deadly assault "
        "on a Chilean-owned copper mine.\n\n"
        "Armed assailants stormed the miners' camp near the border on Sunday, killing four Chilean engineers.",
    )
    attacks = of_type(rows, "attack")
    assert attacks and all(a["status"] == "occurred" for a in attacks)
    assert {a["date_start"] for a in attacks} == {date(2024, 11, 17)}


def test_a_rocket_assault_and_a_raid_on_a_possessive_target(tmp_path):
    rows = run(
        tmp_path,
        "A rocket assault on a Kenyan peacekeepers' base in Somalia on Monday killed two Kenyan soldiers.\n\n"
        "Gunmen raided the traders' market in northern Ghana on Tuesday, killing three Togolese traders.",
    )
    attacks = sorted(of_type(rows, "attack"), key=lambda r: r["sentence_id"])
    assert [a["date_start"] for a in attacks] == [date(2024, 11, 18), date(2024, 11, 19)]


def test_a_visit_that_a_titled_person_in_apposition_will_pay(tmp_path):
    rows = run(
        tmp_path,
        "Officials of Peru and Ghana met in Lima on Monday. They discussed the state visit that the President of the Republic of Ghana, "
        "Kofi Mensah, will pay to Peru next month.\n\n"
        "They discussed the official visit which the Prime Minister of Kenya, David Otieno, will pay to Chile in "
        "January.",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [v["status"] for v in visits] == ["planned", "planned"], visits
    assert "Kofi Mensah" in persons_of(visits[0]) and "David Otieno" in persons_of(visits[1])
    assert visits[0]["date_start"] == date(2024, 12, 1)
    assert [countries_of(v) for v in visits] == [{"GHA", "PER"}, {"KEN", "CHL"}]


# --------------------------------------------------------------------------------------------
# reported sessions, numbered sessions of the body named before, past days without a year
# --------------------------------------------------------------------------------------------


def test_the_reporter_of_a_planned_session_takes_no_part(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Ghana agreed to expand trade, the two foreign ministries said on Monday.\n\n"
        "At the weekly briefing, ministry spokesperson Rosa Quispe said the 4th round of Political Consultations "
        "would be held in Lima in January, with Vice Minister Jorge Salas leading the Peruvian side.\n\n"
        "A government spokesman, Kwesi Appiah, announced that the third session of the Peru-Ghana Joint "
        "Commission would open in Accra in February.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["status"], m["mechanism_round"]) for m in meetings] == [("planned", 4), ("planned", 3)]
    assert all(not ({"Rosa Quispe", "Kwesi Appiah"} & persons_of(m)) for m in meetings)
    assert countries_of(meetings[0]) == {"PER", "GHA"}
    assert [m["date_start"] for m in meetings] == [date(2025, 1, 1), date(2025, 2, 1)]


def test_a_numbered_session_of_the_body_named_before(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Luis Soto of Peru visited Accra on 18 and 19 November to co-chair the 9th Session of the "
        "Peru-Ghana Joint Commission.\n\n"
        "The two Prime Ministers held a restricted meeting on 18 November. They recalled that the 8th Session was "
        "held in Lima in May 2023.\n\n"
        "Both sides noted that the seventh session took place in Accra in 2021.",
    )
    sessions = {m["mechanism_round"]: m for m in of_type(rows, "meeting") if m["mechanism_round"]}
    assert sessions[8]["date_start"] == date(2023, 5, 1) and sessions[8]["mechanism"].endswith("Joint Commission")
    assert countries_of(sessions[8]) == {"PER", "GHA"} and not persons_of(sessions[8])
    assert sessions[7]["date_start"] == date(2021, 1, 1)


def test_a_past_meeting_on_a_day_without_year_is_not_next_years(tmp_path):
    rows = run(
        tmp_path,
        "The two foreign ministers, Ana Rojas of Peru and Kofi Mensah of Ghana, met on the sidelines of the "
        "session on 19 November and agreed to hold political consultations every six months.\n\n"
        "Chilean Foreign Minister Marta Vidal met Kenyan Foreign Minister David Otieno in Nairobi on 18 November "
        "and agreed to meet again next year.",
        published="2024-11-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["date_start"] for m in meetings[:2]] == [date(2024, 11, 19), date(2024, 11, 18)]
    assert all(m["status"] == "occurred" for m in meetings[:2])


# --------------------------------------------------------------------------------------------
# coordinated predicates and legs of a visit told by its arrival
# --------------------------------------------------------------------------------------------


def test_coordinated_meetings_of_a_scheduled_leg(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Ana Rojas, who arrived in Mombasa on Monday at the head of a business delegation, "
        "told the forum that Peru saw Kenya as a partner.\n\n"
        "The Peruvian minister is scheduled to fly to Nairobi on Wednesday, where she will call on President Kofi "
        "Mensah and hold talks with Finance Minister Ama Owusu.\n\n"
        "Kenyan President David Otieno called on Chilean President Marta Vidal on Tuesday and held talks with "
        "Chilean Foreign Minister Luis Soto.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: (r["sentence_id"], r["char_start"]))
    got = [(persons_of(m), m["status"], m["date_start"]) for m in meetings]
    assert ({"Ana Rojas", "Kofi Mensah"}, "planned", date(2024, 11, 20)) in got
    assert ({"Ana Rojas", "Ama Owusu"}, "planned", date(2024, 11, 20)) in got
    assert ({"David Otieno", "Marta Vidal"}, "occurred", date(2024, 11, 19)) in got
    assert ({"David Otieno", "Luis Soto"}, "occurred", date(2024, 11, 19)) in got
    visits = of_type(rows, "visit")
    assert [v["date_start"] for v in visits] == [date(2024, 11, 18)]  # the Kumasi trip is a leg


def test_a_session_that_was_expected_in_a_month_without_year_is_ahead(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Ghana reviewed their ties on Monday. Officials said the third meeting of the Peru-Ghana Joint "
        "Commission was expected in Accra in March.\n\n"
        "Chilean officials said the fifth session of the Chile-Kenya Joint Trade Committee was due in Nairobi "
        "on 4 February.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    got = [(m["mechanism_round"], m["status"], m["date_start"]) for m in meetings if m["mechanism_round"]]
    assert got == [(3, "planned", date(2025, 3, 1)), (5, "planned", date(2025, 2, 4))]
