"""Event rules for unseen articles, third round (own short texts, invented names and pairs).

Each test pins one linguistic rule of pipeline.extract.event_sentence / event_dates /
event_triggers.csv: background facts do not anchor "the same day", a planned event takes a date
later than the decision, invitations phrased "to a state visit", courtesy calls received,
"met for", coordinated counterparts with a title, ordinal sessions of a body told before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.test_events_general import countries_of, of_type, persons_of, run


def test_the_same_day_skips_the_date_of_relations_established(tmp_path):
    rows = run(
        tmp_path,
        "On 4 May, Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah exchanged "
        "congratulatory messages.\n\n"
        "Kenya and Ghana established diplomatic relations on 12 June 1964.\n\n"
        "On the same day, Kenyan Foreign Minister Otieno Kamau sent a letter to Ghanaian Foreign "
        "Minister Ama Owusu.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert len(letters) == 2
    assert [r["date_start"] for r in letters] == [date(2024, 5, 4), date(2024, 5, 4)]
    assert persons_of(letters[1]) == {"Otieno Kamau", "Ama Owusu"}


def test_a_planned_exercise_takes_the_later_date_after_its_trigger(tmp_path):
    rows = run(
        tmp_path,
        "On 9 October, Estonian Defence Minister Kaja Tamm and his Latvian counterpart Janis Ozols "
        "met in Riga and agreed to hold a joint naval exercise of the two navies for the first time in 2026.",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1
    assert ex[0]["status"] == "planned"
    assert (ex[0]["date_start"], ex[0]["date_precision"]) == (date(2026, 1, 1), "year")
    meeting = of_type(rows, "meeting")
    assert meeting and meeting[0]["date_start"] == date(2024, 10, 9)


def test_a_planned_visit_keeps_its_own_date_before_a_later_one(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa will visit Ghana on 12 December and will meet Ghanaian "
        "President Kofi Mensah on 13 December.",
    )
    visit = of_type(rows, "visit")
    assert visit and visit[0]["date_start"] == date(2024, 12, 12)


def test_inviting_to_a_state_visit_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "In October, Mensah wrote to Wekesa inviting her to a state visit to Ghana. "
        "Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah are old friends.",
    )
    visits = of_type(rows, "visit")
    assert visits and all(v["status"] == "planned" for v in visits)


def test_extended_an_invitation_to_pay_a_state_visit_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Ghanaian President Kofi Mensah met Kenyan President Amina Wekesa in Accra on Monday.\n\n"
        "President Wekesa extended an invitation to President Mensah to pay a State Visit to Kenya "
        "at a mutually convenient time.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Kofi Mensah"}
    assert visits[0]["host_country_iso3"] == "KEN"


def test_received_a_courtesy_call_from_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Foreign Minister Otieno Kamau of Kenya received a courtesy call from the "
        "Ambassador of Ghana to Kenya, Ama Owusu, at the ministry in Nairobi.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert {"Otieno Kamau", "Ama Owusu"} <= persons_of(meetings[0])
    assert countries_of(meetings[0]) == {"KEN", "GHA"}


def test_met_for_is_a_meeting_of_the_coordinated_subjects(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah spoke by phone in May.\n\n"
        "In June, on the sidelines of the African Union summit in Addis Ababa, Wekesa and Mensah met "
        "for an hour and agreed to open a joint trade office.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Amina Wekesa", "Kofi Mensah"}
    assert meetings[0]["date_start"] == date(2024, 6, 1)


def test_and_her_counterpart_with_a_title_before_the_name_coordinates_both(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Otieno Kamau said on Monday that the visit was ready.\n\n"
        "Kamau and his Ghanaian counterpart, Minister of Foreign Affairs Ama Owusu, last met on "
        "July 9 on the sidelines of the African Union summit in Addis Ababa.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Otieno Kamau", "Ama Owusu"}
    assert countries_of(meetings[0]) == {"KEN", "GHA"}
    assert meetings[0]["date_start"] == date(2024, 7, 9)


def test_the_demonym_leader_is_that_countrys_head_told_before(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI: President of Ghana Kofi Mensah will pay a state visit to Kenya next week, Kenyan "
        "President Amina Wekesa was told on Tuesday when the Ghanaian leader telephoned her.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Kofi Mensah", "Amina Wekesa"}


def test_ordinal_sessions_of_a_body_told_before_by_acronym_and_head_noun(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amina Wekesa will travel to Accra for the 12th Joint Permanent Commission "
        "(JPC) between Kenya and Ghana, the ministry said on Monday.\n\n"
        "The 11th JPC was held in Nairobi in May 2023.\n\n"
        "The tenth commission had been held in Accra in 2021.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    rounds = {r["mechanism_round"]: r for r in meetings}
    assert {11, 10} <= set(rounds)
    assert rounds[11]["date_start"] == date(2023, 5, 1) and rounds[11]["status"] == "occurred"
    assert rounds[10]["date_start"] == date(2021, 1, 1)
    assert countries_of(rounds[11]) == {"KEN", "GHA"}
    assert rounds[11]["mechanism"] == rounds[12]["mechanism"] if 12 in rounds else True


def test_binational_cabinet_sessions_are_bilateral_meetings(tmp_path):
    rows = run(
        tmp_path,
        "The fourth Ecuador-Colombia Binational Cabinet met in Quito on 5 March, chaired by the "
        "two presidents.\n\n"
        "The fifth Binational Cabinet is scheduled to take place in Bogota next month.",
        published="2024-06-10",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["mechanism_round"] for m in meetings] == [4, 5]
    assert meetings[1]["status"] == "planned"
    assert meetings[1]["date_start"] == date(2024, 7, 1)
    assert countries_of(meetings[1]) == {"ECU", "COL"}


def test_chaired_by_the_two_presidents_names_the_sides_told_before(tmp_path):
    rows = run(
        tmp_path,
        "In May, President Luisa Andrade of Ecuador and President Mario Rueda of Colombia spoke by phone.\n\n"
        "The fourth Ecuador-Colombia Binational Cabinet met in Quito on 5 June, chaired by the two presidents.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Luisa Andrade", "Mario Rueda"}
    assert meetings[0]["date_start"] == date(2024, 6, 5)


def test_anniversary_of_relations_with_their_own_date_is_the_relations_event(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Otieno Kamau felicitated Ghanaian Foreign Minister Ama Owusu on the "
        "60th anniversary of the establishment of diplomatic relations, which the two countries set up "
        "on June 12, 1964.\n\n"
        "Ghanaian President Kofi Mensah marked the 60th anniversary of the establishment of diplomatic "
        "relations with Kenya.",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["date_start"] == date(1964, 6, 12)


def test_a_proposal_that_a_session_be_convened_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Otieno Kamau wrote to his Ghanaian counterpart Ama Owusu on Sunday, "
        "proposing that the 7th session of the Kenya-Ghana Joint Commission be convened in Nairobi.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["status"] == "planned"
    assert meetings[0]["mechanism"] == "Kenya-Ghana Joint Commission"
    assert meetings[0]["mechanism_round"] == 7


def test_a_planned_month_without_year_is_the_next_such_month(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Kenyan Foreign Minister Otieno Kamau held a phone call with Ghanaian Foreign "
        "Minister Ama Owusu, during which they agreed to prepare for the state visit of President "
        "Amina Wekesa to Ghana in the second half of this year and to hold the 3rd round of the "
        "Kenya-Ghana Joint Commission in Accra in May.",
        published="2026-03-26",
    )
    meetings = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(meetings) == 1
    assert (meetings[0]["date_start"], meetings[0]["date_precision"]) == (date(2026, 5, 1), "month")


def test_a_meeting_the_planned_visit_includes_takes_the_visits_date(tmp_path):
    rows = run(
        tmp_path,
        "President of Ghana Kofi Mensah will pay a state visit to Kenya next week, the ministry said.\n\n"
        "An official said the visit was expected to include a meeting between President Mensah and "
        "President Amina Wekesa of Kenya.",
        published="2026-05-13",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["status"] == "planned"
    assert meetings[0]["date_start"] == date(2026, 5, 1)


def test_before_departing_for_home_is_no_new_visit(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ravi Perera of Sri Lanka arrived in Oslo on 3 June for a three-day official "
        "visit to Norway.\n\n"
        "On 5 June, Prime Minister Perera visited a fish farm in Bergen before departing for Sri Lanka.",
    )
    visits = of_type(rows, "visit")
    assert all(countries_of(v) == {"LKA", "NOR"} for v in visits)
    assert all({p["country_iso3"] for p in v["participants"] if p["role"] == "visitor"} == {"LKA"} for v in visits)


def test_accompanied_on_the_visit_by_is_no_visit_of_the_companions(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ravi Perera of Sri Lanka paid an official visit to Norway on 3 June.\n\n"
        "Prime Minister Perera was accompanied on the visit by Foreign Minister Nimal Silva and officials.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["sentence_id"] != 3


def test_residents_visiting_a_country_are_not_a_state_visit(tmp_path):
    rows = run(tmp_path, "Close to 40,000 Norwegian residents visited Sri Lanka in 2023, the tourism board said.")
    assert of_type(rows, "visit") == []


def test_a_call_between_the_two_prime_ministers_names_both(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ravi Perera of Sri Lanka met Prime Minister Ola Berg of Norway in Oslo on 3 June.\n\n"
        "The meeting followed a telephone call between the two Prime Ministers on 9 May, during which "
        "Prime Minister Berg extended the invitation.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Ravi Perera", "Ola Berg"}


def test_a_meeting_named_as_the_purpose_of_an_accepted_visit_is_planned_with_both_leaders(tmp_path):
    rows = run(
        tmp_path,
        "On 20 January, Prime Minister Ravi Perera and Prime Minister Ola Berg held the 5th Sri Lanka-Norway "
        "Annual Leaders' Meeting in Oslo.\n\n"
        "The previous Annual Leaders' Meeting took place in Colombo in April 2023.\n\n"
        "Prime Minister Berg accepted Prime Minister Perera's invitation to make an official visit to Sri "
        "Lanka next year, for the 6th Annual Leaders' Meeting.",
        published="2024-01-22",
    )
    meetings = {r["mechanism_round"]: r for r in of_type(rows, "meeting")}
    assert set(meetings) == {4, 5, 6}
    assert meetings[4]["date_start"] == date(2023, 4, 1)
    assert meetings[6]["status"] == "planned"
    assert meetings[6]["date_start"] == date(2025, 1, 1)
    assert persons_of(meetings[6]) == {"Ravi Perera", "Ola Berg"}
    assert meetings[4]["mechanism"] == meetings[6]["mechanism"] == meetings[5]["mechanism"]
    visit = of_type(rows, "visit")
    assert visit and visit[0]["status"] == "planned" and persons_of(visit[0], "visitor") == {"Ola Berg"}


def test_an_invitation_made_then_reported_as_made_is_one_visit(tmp_path):
    rows = run(
        tmp_path,
        "In October, Mensah wrote to Wekesa inviting her to a state visit to Ghana; the letter was "
        "delivered by the ambassador.\n\n"
        "Kenyan President Amina Wekesa and Ghanaian President Kofi Mensah have met twice.\n\n"
        "Wekesa made that state visit to Accra from 19 to 21 January this year.",
        published="2025-03-01",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "occurred" and visits[0]["date_start"] == date(2025, 1, 19)
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Kofi Mensah", "Amina Wekesa"}


def test_inviting_him_names_the_object_before_as_invitee(tmp_path):
    rows = run(
        tmp_path,
        "Ghanaian President Kofi Mensah and Kenyan President Amina Wekesa spoke on Monday.\n\n"
        "In May, Mensah wrote to Wekesa inviting her to a state visit to Ghana.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned" and visits[0]["date_start"] is None
    assert persons_of(visits[0], "visitor") == {"Amina Wekesa"}
    assert persons_of(visits[0], "host") == {"Kofi Mensah"}


def test_a_trip_to_a_city_during_a_visit_is_a_leg_of_it(tmp_path):
    rows = run(
        tmp_path,
        "Sri Lankan Prime Minister Ravi Perera arrived in Oslo on Monday for a five-day official visit "
        "to Norway.\n\n"
        "Perera is scheduled to travel to Bergen, Norway's second city, on Thursday, where he will "
        "meet business leaders.",
        published="2024-06-04",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["date_start"] == date(2024, 6, 3)


def test_an_attack_condemned_on_one_day_takes_the_day_the_next_sentence_tells(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI, June 12 - Kenya on Wednesday condemned an attack on a convoy in Somalia that killed "
        "two Kenyan engineers and three Somali guards.\n\n"
        "Gunmen opened fire on the convoy on Monday near the town of Baidoa, killing five people.",
        published="2024-06-12",
    )
    attacks = of_type(rows, "attack")
    assert attacks and all(a["date_start"] == date(2024, 6, 10) for a in attacks)


def test_fighting_between_the_two_countries_troops_is_an_attack(tmp_path):
    rows = run(
        tmp_path,
        "Armenia and Azerbaijan signed a peace deal on Monday.\n\n"
        "In September 2022, fighting between the two countries' border troops killed at least 200 "
        "people on both sides.",
    )
    attacks = of_type(rows, "attack")
    assert len(attacks) == 1
    assert countries_of(attacks[0]) == {"ARM", "AZE"}
    assert attacks[0]["date_start"] == date(2022, 9, 1)


def test_the_two_presidents_met_and_are_the_sides_told_before(tmp_path):
    rows = run(
        tmp_path,
        "In February, President Aram Petrosyan of Armenia and President Ilham Aliyev of Azerbaijan spoke "
        "by telephone.\n\n"
        "In October, on the sidelines of a summit in Moscow, the two presidents met and instructed the "
        "commission to finish its work.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Aram Petrosyan", "Ilham Aliyev"}


def test_a_lowercase_intergovernmental_commission_meets_for_the_two_countries(tmp_path):
    rows = run(
        tmp_path,
        "Armenia and Azerbaijan signed a border treaty in March.\n\n"
        "The intergovernmental commission on economic cooperation is due to meet in Yerevan next month.",
        published="2026-03-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["status"] == "planned" and countries_of(meetings[0]) == {"ARM", "AZE"}


def test_invited_to_attend_an_event_in_a_country_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "Armenian President Aram Petrosyan has also invited Azerbaijani President Ilham Aliyev to attend "
        "the Yerevan Games in Armenia in September.",
        published="2026-03-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Ilham Aliyev"}
    assert visits[0]["host_country_iso3"] == "ARM"


def test_sent_today_a_cable_and_the_amir_named_by_title(tmp_path):
    rows = run(
        tmp_path,
        "Doha, May 20 (QNA) - His Highness the Amir Sheikh Hamad bin Khalid Al Thani sent today a cable "
        "of congratulations to President Ali Hassan of Yemen on the occasion of his country's National Day.\n\n"
        "The cable comes two days after His Highness the Amir received a phone call on Monday from "
        "President Hassan, during which they reviewed bilateral relations.",
        published="2024-05-20",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Hamad bin Khalid Al Thani", "Ali Hassan"}
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Hamad bin Khalid Al Thani", "Ali Hassan"}


def test_headlines_listed_after_related_news_are_not_events(tmp_path):
    rows = run(
        tmp_path,
        "Yemeni President Ali Hassan met Omani Foreign Minister Said Al Busaidi in Aden on Monday.\n\n"
        "Related News\n\n"
        "Minister of State Meets Ambassador of Japan\n\n"
        "President Receives Written Message from President of Kazakhstan",
    )
    assert len(rows) == 1 and rows[0]["event_type"] == "meeting"


def test_relations_established_take_only_their_own_year(tmp_path):
    rows = run(
        tmp_path,
        "WASHINGTON, May 20 - Secretary Ann Cole spoke by phone with Mexican Foreign Minister Luis Mora on Monday.\n\n"
        "The United States established diplomatic relations with Mexico in 1822, following its "
        "independence from Spain.\n\n"
        "Mexico and the United States established diplomatic relations long ago.",
    )
    rel = of_type(rows, "relations_established")
    assert rel
    assert rel[0]["date_start"] == date(1822, 1, 1) and rel[0]["date_precision"] == "year"
    assert all(r["date_start"] in (None, date(1822, 1, 1)) for r in rel)


def test_would_after_a_reporting_verb_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "ISLAMABAD: Prime Minister Omar Baig on Tuesday received a telephone call from President of "
        "Kazakhstan Arman Sadykov, who confirmed that he would pay a two-day state visit to Pakistan next week.\n\n"
        "Analysts said Sadykov would visit Lahore only if the security situation allowed.\n\n"
        "A Kazakh official said President Sadykov would travel to Karachi as well.",
        published="2025-12-10",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Arman Sadykov"}
    assert all(v["sentence_id"] != 2 for v in visits)  # the conditional "would … if" is no plan
    assert any(v["sentence_id"] == 3 for v in visits)
    calls = of_type(rows, "phone_call")
    assert calls and persons_of(calls[0]) == {"Omar Baig", "Arman Sadykov"}


def test_called_on_a_minister_with_a_long_title_names_him(tmp_path):
    rows = run(
        tmp_path,
        "In a separate development, the Kazakh ambassador, Daulet Nurov, called on Federal Minister for "
        "Railways Hamid Khan Jadoon at the ministry on Tuesday.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Daulet Nurov", "Hamid Khan Jadoon"}


def test_a_mission_begun_with_its_length_is_a_visit_and_the_minister_is_its_visitor(tmp_path):
    rows = run(
        tmp_path,
        "The figures were released as Norway's Minister of Trade, Ingrid Dahl, began a three-day mission "
        "to Chile on Sunday with a delegation of companies.\n\n"
        "On Monday, Dahl met Chile's Foreign Minister, Tomas Vidal, at the palace.\n\n"
        "Vidal described the talks as useful.\n\n"
        "The minister also paid a courtesy call on Chile's President, Ana Rojas, on Monday afternoon and "
        "invited her to Norway; Rojas said she hoped to travel to Oslo in 2026.",
        published="2025-09-16",
    )
    visits = {r["status"]: r for r in of_type(rows, "visit")}
    assert visits["occurred"]["date_start"] == date(2025, 9, 14)
    assert visits["occurred"]["date_end"] == date(2025, 9, 16)
    assert persons_of(visits["planned"], "visitor") == {"Ana Rojas"}
    assert visits["planned"]["host_country_iso3"] == "NOR"
    call = [r for r in of_type(rows, "meeting") if "Ana Rojas" in persons_of(r)]
    assert len(call) == 1
    assert persons_of(call[0]) == {"Ingrid Dahl", "Ana Rojas"}
    assert call[0]["date_start"] == date(2025, 9, 15)


def test_a_session_of_the_commission_took_place_keeps_the_body_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Officials said the Norway-Chile Free Trade Commission would hold its seventh meeting in Oslo next month.\n\n"
        "The sixth meeting of the commission took place in Santiago in November 2023.",
        published="2025-09-16",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings[-1]["mechanism"] == "Norway-Chile Free Trade Commission"
    assert meetings[-1]["mechanism_round"] == 6


def test_an_invitation_from_a_third_person_conveyed_to_the_invitee(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ana Costa of Portugal conveyed to President Karim Haddad of Lebanon an invitation "
        "from the President of the Portuguese Republic to pay a State Visit to Portugal.",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned" and visits[0]["date_start"] is None
    assert persons_of(visits[0], "visitor") == {"Karim Haddad"}
    assert visits[0]["host_country_iso3"] == "PRT"


def test_an_earlier_summit_told_by_its_participle_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ana Costa of Portugal and President Karim Haddad of Lebanon welcomed the intensity "
        "of contacts since the Third Summit, held in Lisbon in July 2023.",
        published="2025-10-30",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["mechanism_round"] == 3
    assert meetings[0]["date_start"] == date(2023, 7, 1)


def test_a_planned_call_on_by_the_visitor_falls_in_the_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "Brazilian President Paulo Reis will arrive in New Delhi on Thursday on a two-day visit to India.\n\n"
        "President Reis will also call on President Kamala Rao, who will host a banquet in his honour.\n\n"
        "Preparations for the visit were finalised on Wednesday when Foreign Minister Ana Lima and "
        "External Affairs Minister Ravi Iyer co-chaired the 6th session of the India-Brazil Joint Commission.",
        published="2025-12-02",
    )
    calls = [r for r in of_type(rows, "meeting") if "Kamala Rao" in persons_of(r)]
    assert len(calls) == 1
    assert calls[0]["status"] == "planned" and (calls[0]["date_start"], calls[0]["date_precision"]) == (date(2025, 12, 1), "month")
    session = [r for r in of_type(rows, "meeting") if r["mechanism_round"] == 6]
    assert session and session[0]["status"] == "occurred"


def test_the_state_visit_of_a_titled_person_in_apposition_and_a_reception_by_titles(tmp_path):
    rows = run(
        tmp_path,
        "At the invitation of the Prime Minister of the Portuguese Republic, Mrs Ana Costa, the Head of "
        "Government of the Kingdom of Morocco, Mr Karim Alaoui, paid an official visit to Portugal on 16 "
        "and 17 June 2025.\n\n"
        "The two countries recalled the State Visit of the President of the Portuguese Republic, Mr Rui "
        "Matos, to the Kingdom of Morocco from 28 to 30 October 2024.\n\n"
        "On 16 June 2025, the President of the Portuguese Republic received the Head of Government of the "
        "Kingdom of Morocco at the palace.",
        published="2025-06-18",
    )
    visits = {r["date_start"]: r for r in of_type(rows, "visit")}
    assert persons_of(visits[date(2024, 10, 28)], "visitor") == {"Rui Matos"}
    assert visits[date(2024, 10, 28)]["host_country_iso3"] == "MAR"
    meetings = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2025, 6, 16)]
    assert meetings and persons_of(meetings[0]) == {"Rui Matos", "Karim Alaoui"}


def test_the_state_visit_that_a_titled_person_will_pay_is_planned_with_that_visitor(tmp_path):
    rows = run(
        tmp_path,
        "His Majesty King Hamid of Jordan received Portuguese President Rui Matos in Amman in May.\n\n"
        "The two ministers discussed the preparation of the State Visit that His Majesty the King will "
        "pay to Portugal in 2026 at the invitation of President Matos.",
        published="2025-06-18",
    )
    visits = [r for r in of_type(rows, "visit") if r["status"] == "planned"]
    assert len(visits) == 1
    assert "Hamid" in " ".join(persons_of(visits[0], "visitor"))
    assert visits[0]["host_country_iso3"] == "PRT" and visits[0]["date_start"] == date(2026, 1, 1)


def test_a_welcome_ceremony_and_a_later_city_leg_belong_to_the_visit(tmp_path):
    rows = run(
        tmp_path,
        "Sri Lankan President Ravi Perera is paying a state visit to China from 8 to 12 April.\n\n"
        "Prior to the talks, Chinese President Wang Hai held a grand welcome ceremony for Perera in Beijing.\n\n"
        "The President will visit Chengdu on 11 April, where he will meet Mr. Li Ming, the provincial party secretary.",
        published="2025-04-09",
    )
    assert of_type(rows, "other") == []
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["date_start"] == date(2025, 4, 8)
    assert [r["date_start"] for r in of_type(rows, "meeting")] == [date(2025, 4, 11)]
