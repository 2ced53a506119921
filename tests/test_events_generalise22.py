"""Event extraction, round 15 of tuning (own short texts, invented names and pairs).

Families: a "Leaders' Retreat" is a summit format (a mechanism head and a session noun: "the 6th
Leaders' Retreat will be held in X in 2027", "the previous Retreat held in X on <date>", "the fifth
Joint Cabinet Retreat, which the two prime ministers will co-chair"), never a withdrawal of troops;
a plural "They" that plans a session jointly ("They agreed to hold the fourth round in X next year")
is the two sides, not the single person who was the subject of a sentence before.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


# --- a Leaders' Retreat is a meeting of a named series -------------------------------------------


def test_next_numbered_retreat_will_be_held_is_a_planned_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ana Costa of Portugal held talks with Prime Minister Luis Garcia of Spain in Madrid "
        "on Monday.\n\nThe two Prime Ministers agreed that the 6th Leaders' Retreat will be held in Portugal in 2027.",
        published="2026-12-08",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2027, 1, 1)
    assert countries_of(planned[0]) == {"PRT", "ESP"}


def test_joint_cabinet_retreat_to_be_co_chaired_next_year(tmp_path):
    rows = run(
        tmp_path,
        "The trade ministers of Ghana and Nigeria met in Accra on Tuesday for the sixth Joint Trade Committee.\n\n"
        "The ministers agreed to raise bilateral trade to $9 billion and to report to the third Joint Cabinet "
        "Retreat, which the two presidents will co-chair in Nigeria early next year.",
        published="2025-05-14",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert [m["date_start"].year for m in planned] == [2026]
    assert countries_of(planned[0]) == {"GHA", "NGA"}


def test_previous_retreat_held_in_a_city_on_a_date_is_its_own_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Ana Costa of Portugal is on an official visit to Spain from 7 to 8 December 2026 for the "
        "5th Portugal-Spain Leaders' Retreat, at the invitation of Prime Minister Luis Garcia.\n\n"
        "The Leaders' Retreat was held today in Madrid. The two Prime Ministers held a four-eyes meeting and "
        "reviewed progress since the previous Retreat held in Porto on 13 January 2026.",
        published="2026-12-08",
    )
    days = {m["date_start"] for m in of_type(rows, "meeting")}
    assert date(2026, 1, 13) in days
    assert date(2026, 12, 8) in days


def test_a_retreat_of_troops_is_no_meeting(tmp_path):
    # near miss: a lower-case retreat is a withdrawal, whatever verb follows it
    rows = run(
        tmp_path,
        "Sudanese army units pulled back from the border with Chad on Sunday. The rebels' retreat was held up "
        "by floods, and the third Sudanese Army Corps retreat continued towards the north, officials in Chad said.",
        published="2025-08-04",
    )
    assert of_type(rows, "meeting") == []


# --- a plural "They" planning a session is the two sides ---------------------------------------


def test_they_agreed_to_hold_the_next_round_after_one_sides_persons(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Silva and Defence Minister Rui Costa of Portugal sat down with their Brazilian "
        "counterparts for the session.\n\nThe four ministers discussed maritime security. They agreed to hold the "
        "fourth round in Lisbon next year.",
        published="2026-03-12",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2027, 1, 1)
    assert countries_of(planned[0]) == {"PRT", "BRA"}


def test_they_decided_to_convene_the_next_session_after_one_sides_persons(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Trade Minister Peter Kamau and Agriculture Minister Mary Njoroge met their Tanzanian "
        "counterparts in Nairobi on Monday.\n\nThe officials reviewed the cross-border trade in maize. They decided to hold "
        "the next session in Dar es Salaam in 2027.",
        published="2026-05-20",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"].year == 2027
    assert countries_of(planned[0]) == {"KEN", "TZA"}


def test_they_agreed_to_boost_trade_is_no_planned_meeting(tmp_path):
    # near miss: the plural subject plans no session
    rows = run(
        tmp_path,
        "Foreign Minister Ana Silva and Defence Minister Rui Costa of Portugal sat down with their Brazilian "
        "counterparts for the session.\n\nThey agreed to boost trade and investment next year.",
        published="2026-03-12",
    )
    assert [m for m in rows if m["status"] == "planned"] == []
    assert persons_of(of_type(rows, "meeting")[0]) == {"Ana Silva", "Rui Costa"}


# --- "the same day" / "the next day" count from a day the sentence itself names before them -----


def test_the_same_day_counts_from_the_weekday_of_its_own_sentence(tmp_path):
    rows = run(
        tmp_path,
        "The joint exercise of Chile and Peru opened in Arica on Monday.\n\n"
        "Chile's army chief, General Jorge Soto, arrived in Lima on Tuesday for a two-day working visit and "
        "called on General Pedro Rojas of Peru at the Army Headquarters the same day.",
        published="2026-08-26",  # a Wednesday
    )
    meetings = of_type(rows, "meeting")
    assert [m["date_start"] for m in meetings] == [date(2026, 8, 25)]
    assert persons_of(meetings[0]) == {"Jorge Soto", "Pedro Rojas"}


def test_the_next_day_counts_from_the_date_of_its_own_sentence(tmp_path):
    rows = run(
        tmp_path,
        "The navies of Kenya and Uganda began a joint drill on Lake Victoria on Thursday.\n\n"
        "Uganda's Defence Minister Paul Okello arrived in Nairobi on Friday for a two-day visit and met Kenyan "
        "Defence Minister James Mwangi the next day.",
        published="2025-06-09",  # a Monday
    )
    meetings = of_type(rows, "meeting")
    assert [m["date_start"] for m in meetings] == [date(2025, 6, 7)]


def test_the_same_day_alone_still_counts_from_the_event_told_before(tmp_path):
    # near miss: no day of its own in the sentence, so the latest event's day stands
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial held talks with Peruvian Foreign Minister Juan Prado in Lima on Monday.\n\n"
        "On the same day, Vial called on President Ana Torres of Peru.",
        published="2026-08-26",
    )
    days = sorted(m["date_start"] for m in of_type(rows, "meeting"))
    assert days == [date(2026, 8, 24), date(2026, 8, 24)]


# --- names coordinated with the one in apposition to "their counterparts" are objects too --------


def test_two_counterparts_in_apposition_are_both_met(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Silva met her Brazilian counterparts, Foreign Minister Joao Mendes and Defence "
        "Minister Pedro Alves, in Brasilia on Thursday.",
        published="2026-03-12",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ana Silva", "Joao Mendes", "Pedro Alves"}


def test_two_pairs_of_ministers_sat_down_with_two_counterparts(tmp_path):
    rows = run(
        tmp_path,
        "Trade Minister Karin Olsen and Energy Minister Erik Dahl of Norway sat down with their Canadian "
        "counterparts, Trade Minister Mary Fraser and Energy Minister Paul Leblanc, in Ottawa on Monday.",
        published="2025-10-15",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Karin Olsen", "Erik Dahl", "Mary Fraser", "Paul Leblanc"}


def test_a_speaker_after_the_apposition_is_no_object(tmp_path):
    # near miss: a new clause with its own subject after the counterpart's apposition
    rows = run(
        tmp_path,
        "Foreign Minister Ana Silva met her Brazilian counterpart, Foreign Minister Joao Mendes, in Brasilia on "
        "Thursday, and Defence Minister Pedro Alves said the talks went well.",
        published="2026-03-12",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert "Pedro Alves" not in persons_of(meetings[0])


# --- "the state visit of <title> of <country> <name> to Y": the titled name is the visitor -------


def test_state_visit_of_president_of_the_republic_of_x_named_after(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Ruiz of Chile met Foreign Minister Pedro Soto of Peru in Lima on Tuesday.\n\n"
        "It was noted that the state visit of President of the Republic of Peru Luis Castro Vega to Chile in "
        "August last year opened new opportunities for cooperation.",
        published="2026-07-01",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0], "visitor") == {"Luis Castro Vega"}
    assert visits[0]["date_start"] == date(2025, 8, 1)


def test_official_visit_of_prime_minister_of_x_named_after(tmp_path):
    rows = run(
        tmp_path,
        "The official visit of Prime Minister of Mongolia Bat-Erdene Gantulga to Kazakhstan in May opened a new "
        "chapter in relations, the Kazakh ministry said.",
        published="2025-09-03",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0], "visitor") == {"Bat-Erdene Gantulga"}
    assert countries_of(visits[0]) == {"MNG", "KAZ"}


def test_visit_of_a_delegation_of_a_ministry_names_no_visitor(tmp_path):
    # near miss: "of" joins an organisation, then a verb, not a titled name
    rows = run(
        tmp_path,
        "The working visit of Officials of the Ministry of Trade of Mongolia to Kazakhstan in May was productive, "
        "Deputy Minister Aigerim Sadykova of Kazakhstan said.",
        published="2025-09-03",
    )
    for v in of_type(rows, "visit"):
        assert "Aigerim Sadykova" not in persons_of(v, "visitor")
