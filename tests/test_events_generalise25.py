"""Event extraction, round 18 of tuning (own short texts, invented names and pairs).

Families, ranked by how often news English uses them: an invitation "for a (state) visit" told
inside or after a call ("When A spoke with B by phone, B invited him for a state visit": the
call stays a call, the visit is planned and "him" is A); the target of an attack is no event of
its own ("militants ambushed a joint patrol"); a session's acronym between its name and the verb
("the 5th X Meeting (SOM) will be held"); the next numbered edition of an exercise series with a
verb of scheduling ("the next edition, "X-IV", is planned for April"); the pronoun of a
"where/when" clause names the title-noun subject of its main clause ("Today, the minister is in
Kumasi, where he is scheduled to meet Y").
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


def _planned(rows: list[dict], etype: str) -> list[dict]:
    return [r for r in of_type(rows, etype) if r["status"] == "planned"]


# --- an invitation "for a visit" ---------------------------------------------------------------------


def test_invited_him_for_a_state_visit_after_a_call_keeps_the_call(tmp_path):
    rows = run(
        tmp_path,
        "When Peruvian President Ana Quispe spoke with Chilean President Rosa Vial by phone in August, "
        "President Vial invited her for a state visit.",
        published="2026-11-12",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and {"Ana Quispe", "Rosa Vial"} <= persons_of(calls[0])
    assert not of_type(rows, "meeting")
    visits = _planned(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0], "visitor") == {"Ana Quispe"}
    assert persons_of(visits[0], "host") == {"Rosa Vial"}


def test_invited_him_for_an_official_visit_after_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "When Ghanaian President Kofi Mensah met Kenyan President William Otieno in Accra in May, "
        "Otieno invited him for an official visit.",
        published="2026-09-01",
    )
    visits = _planned(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0], "visitor") == {"Kofi Mensah"}
    assert countries_of(visits[0]) == {"GHA", "KEN"}
    assert len(of_type(rows, "meeting")) == 1


def test_invited_journalists_for_a_briefing_is_no_visit(tmp_path):
    rows = run(
        tmp_path,
        "Ghanaian Foreign Minister Kofi Mensah invited reporters for a briefing on Kenya's trade policy on Monday.",
        published="2026-09-01",
    )
    assert not of_type(rows, "visit")


# --- the target of an attack is no event of its own -----------------------------------------------


def test_ambushed_a_joint_patrol_is_an_attack_not_an_exercise(tmp_path):
    rows = run(
        tmp_path,
        "Militants ambushed a joint Nigerian-Cameroonian patrol near Banki on Tuesday, killing three soldiers.",
        published="2026-02-26",
    )
    assert not of_type(rows, "military_exercise")
    attacks = of_type(rows, "attack")
    assert len(attacks) == 1 and attacks[0]["date_start"] == date(2026, 2, 24)


def test_attack_on_a_joint_border_patrol_is_no_exercise(tmp_path):
    rows = run(
        tmp_path,
        "Four soldiers were killed when gunmen attacked a joint Niger-Mali border patrol near Menaka on Sunday.",
        published="2026-03-03",
    )
    assert not of_type(rows, "military_exercise")
    assert of_type(rows, "attack")


def test_a_joint_patrol_begun_is_still_an_exercise(tmp_path):
    rows = run(
        tmp_path,
        "Nigerian and Cameroonian troops began a joint patrol along the border near Banki on Tuesday.",
        published="2026-02-26",
    )
    assert len(of_type(rows, "military_exercise")) == 1


# --- a session's acronym between its name and "will be held" -------------------------------------


def test_meeting_with_its_acronym_will_be_held(tmp_path):
    rows = run(
        tmp_path,
        "The two sides agreed that the 5th Ghana-Kenya Senior Officials Meeting (SOM) will be held in "
        "Nairobi early next year.",
        published="2026-12-02",
    )
    planned = _planned(rows, "meeting")
    assert len(planned) == 1 and planned[0]["date_start"].year == 2027
    assert countries_of(planned[0]) == {"GHA", "KEN"}


def test_meeting_with_its_acronym_was_held(tmp_path):
    rows = run(
        tmp_path,
        "The third Peru-Chile Border Security Meeting (BSM) was held in Tacna on Monday.",
        published="2026-12-02",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["status"] == "occurred"
    assert meetings[0]["date_start"] == date(2026, 11, 30)


def test_meeting_with_its_acronym_that_could_be_held_is_no_event(tmp_path):
    rows = run(
        tmp_path,
        "The 5th Ghana-Kenya Senior Officials Meeting (SOM) could be held in Nairobi if funding allows.",
        published="2026-12-02",
    )
    assert not of_type(rows, "meeting")


# --- the next numbered edition of an exercise, scheduled --------------------------------------------


def test_next_edition_planned_for_a_month_after_the_previous_one(tmp_path):
    rows = run(
        tmp_path,
        'The two navies held their joint exercise "Gulf Sentinel-II" off Muscat in November last year, and '
        'the next edition, "Gulf Sentinel-III", is planned for April.',
        published="2026-02-26",
    )
    ex = of_type(rows, "military_exercise")
    planned = [r for r in ex if r["status"] == "planned"]
    assert len(ex) == 2 and len(planned) == 1
    assert planned[0]["date_start"] == date(2026, 4, 1) and planned[0]["date_precision"] == "month"
    assert planned[0]["mechanism_round"] == 3


def test_next_edition_scheduled_for_a_month_in_its_own_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Togo held the joint exercise Coastal Guard-2 off Lome in March. "
        "The next edition, Coastal Guard-3, is scheduled for October.",
        published="2026-05-26",
    )
    planned = _planned(rows, "military_exercise")
    assert len(planned) == 1 and planned[0]["date_start"] == date(2026, 10, 1)


def test_a_numbered_spacecraft_scheduled_for_launch_is_no_exercise(tmp_path):
    rows = run(
        tmp_path,
        "India and Japan agreed to deepen space cooperation. Chandrayaan-5 is scheduled for launch in 2028, "
        "the agency said.",
        published="2026-02-26",
    )
    assert not of_type(rows, "military_exercise")


# --- the pronoun of a "where" clause names the main clause's title subject --------------------------


def test_the_minister_is_in_a_city_where_he_will_meet(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Trade Minister John Mwangi, who is on an official visit to Ghana, held talks with Ghana's "
        "Trade Minister Kofi Mensah in Accra on Tuesday.\n\n"
        "Trade Secretary Mary Wanjiru led the Kenyan side.\n\n"
        "Today, the minister is in Kumasi, where he is scheduled to meet Ashanti Regional Minister Kwame "
        "Boateng later in the day.",
        published="2026-04-22",
    )
    planned = _planned(rows, "meeting")
    assert len(planned) == 1
    assert {"John Mwangi", "Kwame Boateng"} <= persons_of(planned[0])
    assert "Mary Wanjiru" not in persons_of(planned[0])


def test_the_president_will_be_in_a_city_where_she_is_due_to_meet(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial arrived in Lima on Monday for a three-day state visit to Peru.\n\n"
        "Chilean Ambassador Pedro Rojas accompanied her.\n\n"
        "On Wednesday, the president will be in Arequipa, where she is due to meet Arequipa Regional "
        "Governor Luis Mora.",
        published="2026-04-20",
    )
    met = [r for r in of_type(rows, "meeting") if "Luis Mora" in persons_of(r)]
    assert len(met) == 1 and met[0]["status"] == "planned"
    assert "Rosa Vial" in persons_of(met[0]) and "Pedro Rojas" not in persons_of(met[0])


def test_a_named_subject_before_where_keeps_its_own_reading(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial arrived in Lima on Monday for a three-day state visit to Peru.\n\n"
        "On Tuesday, Ambassador Pedro Rojas travelled to Cusco, where he met Cusco Regional Governor Luis Mora.",
        published="2026-04-22",
    )
    met = [r for r in rows if "Luis Mora" in persons_of(r)]
    assert met and all("Pedro Rojas" in persons_of(r) and "Rosa Vial" not in persons_of(r) for r in met)
