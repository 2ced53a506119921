"""Event extraction, round 16 of tuning (own short texts, invented names and pairs).

Families: a lower-case portfolio after a lower-case title ("met Canada's minister for trade and
investment, X,") leads to the name in apposition; a headline naming a call without its people
("Foreign Ministers' Telephone Talk") is the call the body tells; "the previous meeting of the
commission took place in …" is a session; the commas of a body's capitalised field list ("Commission
on Trade, Economic and Technical Cooperation will be held …") are no clause boundaries; the source of
"According to X, …" is no party to the event; a bare year after "the Nth anniversary of …
relations" near the time of writing is the commemoration's, not the establishment's.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


# --- a lower-case portfolio before the name in apposition ------------------------------------------


def test_met_countrys_minister_for_lowercase_portfolio_comma_name(tmp_path):
    rows = run(
        tmp_path,
        "Trade minister Liam Barker met Canada's minister for trade and investment, Chloe Tremblay, in "
        "Wellington on Monday.",
        published="2025-03-12",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Liam Barker", "Chloe Tremblay"}


def test_held_talks_with_the_secretary_of_state_for_lowercase_portfolio(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ingrid Solberg held talks with Britain's secretary of state for foreign affairs, "
        "Oliver Hartley, in Oslo on Thursday.",
        published="2024-05-17",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ingrid Solberg", "Oliver Hartley"}


def test_the_two_ministers_then_co_chaired_take_the_apposed_minister(tmp_path):
    rows = run(
        tmp_path,
        "Agriculture minister Tomas Novak met Hungary's minister for agriculture and rural development, "
        "Peter Szabo, in Prague on Monday. The two ministers then co-chaired the 7th session of the "
        "Czech-Hungarian Joint Commission on Tuesday.",
        published="2025-09-10",
    )
    session = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2025, 9, 9)]
    assert len(session) == 1
    assert persons_of(session[0]) == {"Tomas Novak", "Peter Szabo"}


def test_minister_for_talks_is_no_portfolio(tmp_path):
    # near miss: "for talks on trade" is an adjunct; the name after the comma is the speaker
    rows = run(
        tmp_path,
        "Trade minister Liam Barker met Canada's trade minister for talks on market access, Chloe Tremblay said "
        "in Wellington on Monday.",
        published="2025-03-12",
    )
    for m in of_type(rows, "meeting"):
        assert "Chloe Tremblay" not in persons_of(m)


# --- a headline call without its people is the call of the body ----------------------------------


def test_headline_telephone_talk_is_the_body_call(tmp_path):
    rows = run(
        tmp_path,
        "Norway-Chile Foreign Ministers' Telephone Talk\n\n"
        "On March 3, Ms. Ingrid Solberg, Minister of Foreign Affairs of Norway, held a telephone talk with "
        "Mr. Pablo Rojas, Minister of Foreign Affairs of Chile.",
        published="2025-03-04",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 2
    for c in calls:
        assert persons_of(c) == {"Ingrid Solberg", "Pablo Rojas"}
        assert countries_of(c) == {"NOR", "CHL"}


def test_headline_leaders_hold_video_call_is_the_body_call(tmp_path):
    rows = run(
        tmp_path,
        "Ghana-Kenya Summit Video Conference Meeting\n\n"
        "On October 15, President Kwame Asante of Ghana held a video conference meeting with President Daniel "
        "Mutua of Kenya.",
        published="2024-10-16",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 2
    assert all(persons_of(c) == {"Kwame Asante", "Daniel Mutua"} for c in calls)


def test_headline_call_of_other_countries_takes_no_body_people(tmp_path):
    # near miss: the body's call is between another pair; the headline's call stays unnamed
    rows = run(
        tmp_path,
        "Norway-Chile Foreign Ministers' Telephone Talk\n\n"
        "On March 3, Ms. Ingrid Solberg, Minister of Foreign Affairs of Norway, held a telephone talk with "
        "Mr. Akira Sato, Minister of Foreign Affairs of Japan.",
        published="2025-03-04",
    )
    heads = [c for c in of_type(rows, "phone_call") if "Chile" in c["summary"]]
    assert heads and all(persons_of(c) == set() for c in heads)


# --- "the previous meeting of the commission took place" ------------------------------------------


def test_previous_meeting_of_the_commission_took_place(tmp_path):
    rows = run(
        tmp_path,
        "The 12th meeting of the Kazakh-Turkish Intergovernmental Commission will be held in Astana in October. "
        "The previous meeting of the commission took place in Ankara in March 2024.",
        published="2025-06-02",
    )
    past = [m for m in of_type(rows, "meeting") if m["status"] == "occurred"]
    assert [m["date_start"] for m in past] == [date(2024, 3, 1)]
    assert countries_of(past[0]) == {"KAZ", "TUR"}


def test_last_session_of_the_joint_committee_took_place(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Bolivia agreed to convene the ninth session of their Joint Border Committee in La Paz next year. "
        "The last session of the committee took place in Lima in November 2023.",
        published="2025-02-20",
    )
    past = [m for m in of_type(rows, "meeting") if m["status"] == "occurred"]
    assert [m["date_start"] for m in past] == [date(2023, 11, 1)]


def test_meeting_of_the_commission_did_not_take_place(tmp_path):
    # near miss: a session that did not take place is no event
    rows = run(
        tmp_path,
        "The 12th meeting of the Kazakh-Turkish Intergovernmental Commission will be held in Astana in October. "
        "A meeting of the commission did not take place in Ankara in March 2024.",
        published="2025-06-02",
    )
    assert [m for m in of_type(rows, "meeting") if m["status"] == "occurred"] == []


# --- the commas of a body's field list are no clause boundary -------------------------------------


def test_field_list_of_commission_name_keeps_the_future_tense(tmp_path):
    rows = run(
        tmp_path,
        "The 9th meeting of the Kazakh-Uzbek Intergovernmental Commission on Trade, Economic and Humanitarian "
        "Cooperation will be held in Tashkent in the autumn.",
        published="2025-06-02",
    )
    meetings = of_type(rows, "meeting")
    assert [m["status"] for m in meetings] == ["planned"]


def test_field_list_of_committee_name_with_two_commas_planned(tmp_path):
    rows = run(
        tmp_path,
        "Officials said the third session of the Chile-Peru Joint Committee on Economic, Scientific, Cultural "
        "and Technical Cooperation is to be held in Santiago soon.",
        published="2025-06-02",
    )
    meetings = of_type(rows, "meeting")
    assert [m["status"] for m in meetings] == ["planned"]


def test_field_list_of_past_session_stays_occurred(tmp_path):
    # near miss: the list kept whole does not make a past session a plan
    rows = run(
        tmp_path,
        "The 8th meeting of the Kazakh-Uzbek Intergovernmental Commission on Trade, Economic and Humanitarian "
        "Cooperation was held in Almaty in May 2024, and the next will be held in Tashkent in the autumn.",
        published="2025-06-02",
    )
    past = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2024, 5, 1)]
    assert len(past) == 1 and past[0]["status"] == "occurred"


# --- the source of "According to X, …" is no participant ------------------------------------------


def test_according_to_minister_is_no_participant_of_the_session(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Pablo Rojas met Peruvian Foreign Minister Ana Quispe in Lima on Monday.\n\n"
        "According to Rojas, the 5th meeting of the Chile-Peru Joint Commission will be held in Santiago in "
        "November.",
        published="2025-06-03",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert persons_of(planned[0]) == set()


def test_according_to_titled_source_is_no_participant(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Trade Minister Daniel Mutua met Ghana's Trade Minister Kwame Asante in Nairobi on Monday.\n\n"
        "According to Trade Minister Mutua, the 3rd session of the Kenya-Ghana Joint Trade Committee will be "
        "held in Accra in March.",
        published="2025-06-03",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert persons_of(planned[0]) == set()


def test_according_to_the_ministry_keeps_the_subject(tmp_path):
    # near miss: a source that is no person leaves the subject after the comma in place
    rows = run(
        tmp_path,
        "According to the ministry, Chilean Foreign Minister Pablo Rojas met Peruvian Foreign Minister Ana "
        "Quispe in Lima on Monday.",
        published="2025-06-03",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Pablo Rojas", "Ana Quispe"}


# --- a year after "the Nth anniversary of … relations" ------------------------------------------


def test_towards_the_anniversary_in_a_coming_year_dates_the_establishment(tmp_path):
    rows = run(
        tmp_path,
        "Norway and Chile agreed to strengthen ties towards the 60th anniversary of the establishment of "
        "diplomatic relations in 2027.",
        published="2025-06-03",
    )
    est = of_type(rows, "relations_established")
    assert [e["date_start"] for e in est] == [date(1967, 1, 1)]


def test_celebrated_the_anniversary_this_decade_dates_the_establishment(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Kenya celebrated the 55th anniversary of the establishment of diplomatic relations in 2024.",
        published="2025-06-03",
    )
    est = of_type(rows, "relations_established")
    assert [e["date_start"] for e in est] == [date(1969, 1, 1)]


def test_anniversary_of_relations_in_the_establishment_year(tmp_path):
    # near miss: a year far from the time of writing is the establishment's own
    rows = run(
        tmp_path,
        "Norway and Chile will mark the 70th anniversary of the establishment of diplomatic relations in 1956.",
        published="2025-06-03",
    )
    est = of_type(rows, "relations_established")
    assert [e["date_start"] for e in est] == [date(1956, 1, 1)]
