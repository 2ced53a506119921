"""Event extraction: general rules added for unseen articles (own short texts, invented names).

Each test pins one linguistic rule of pipeline.extract.event_sentence / event_triggers.csv.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import polars as pl

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.event_lexicon import cue_search
from pipeline.extract.events import extract_events
from pipeline.extract.persons import extract_persons
from pipeline.ingest import ingest_files
from pipeline.segment import segment


def run(tmp_path: Path, body: str, published: str = "2024-11-20") -> list[dict]:
    """Event mentions of one article (a headline line is prepended)."""
    (tmp_path / "a.txt").write_text("Diplomatic notes\n\n" + body, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published_date": published}))
    docs, _, _ = ingest_files(tmp_path)
    sentences = segment(docs)
    countries = country_mentions(sentences)
    dates = extract_dates(sentences, docs)
    persons = extract_persons(sentences, countries)
    return extract_events(sentences, docs, persons, countries, dates).to_dicts()


def persons_of(r: dict, role: str | None = None) -> set[str]:
    return {p["name"] for p in r["participants"] if p["actor_type"] == "person" and role in (None, p["role"])}


def countries_of(r: dict) -> set[str]:
    return {p["country_iso3"] for p in r["participants"] if p["actor_type"] == "country"}


def of_type(rows: list[dict], etype: str) -> list[dict]:
    return [r for r in rows if r["event_type"] == etype]


def test_the_visiting_minister_is_the_visitor_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial arrived in Tokyo on Monday for a three-day visit to Japan.\n\n"
        "On Tuesday, the visiting minister called on Prime Minister Kenji Sato.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert {"Rosa Vial", "Kenji Sato"} <= persons_of(meetings[0])
    assert countries_of(meetings[0]) == {"CHL", "JPN"}


def test_on_the_same_day_and_the_next_day_take_the_latest_event_day(tmp_path):
    rows = run(
        tmp_path,
        "On 3 March, Chilean President Rosa Vial sent a message to Peruvian President Ana Quispe.\n\n"
        "On the same day, Chilean Foreign Minister Tomas Lagos sent a letter to Peruvian Foreign Minister Luis Mora.\n\n"
        "The next day, Lagos held talks with Mora by telephone.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in letters] == [date(2024, 3, 3), date(2024, 3, 3)]
    call = of_type(rows, "phone_call") + of_type(rows, "meeting")
    assert call and call[0]["date_start"] == date(2024, 3, 4)


def test_wrote_to_and_a_reply_to_that_letter(tmp_path):
    rows = run(
        tmp_path,
        "On May 2, Peruvian President Ana Quispe wrote to her Ecuadorian counterpart, Luis Mora, about the border.\n\n"
        "Mora replied in June, thanking her for the gesture.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert len(letters) == 2
    assert persons_of(letters[0]) == {"Ana Quispe", "Luis Mora"}
    assert letters[0]["date_start"] == date(2024, 5, 2)
    assert persons_of(letters[1]) == {"Ana Quispe", "Luis Mora"}
    assert countries_of(letters[1]) == {"PER", "ECU"}
    assert (letters[1]["date_start"], letters[1]["date_precision"]) == (date(2024, 6, 1), "month")


def test_a_bare_reply_without_an_earlier_letter_is_no_event(tmp_path):
    rows = run(tmp_path, "Ecuadorian President Luis Mora replied that Ecuador and Peru would keep talking.")
    assert of_type(rows, "correspondence") == []


def test_passive_relations_established_with_a_between_phrase(tmp_path):
    rows = run(tmp_path, "Diplomatic relations between Chile and Japan were established in 1927.")
    r = of_type(rows, "relations_established")
    assert len(r) == 1 and countries_of(r[0]) == {"CHL", "JPN"}
    assert (r[0]["date_start"], r[0]["date_precision"]) == (date(1927, 1, 1), "year")


def test_shot_dead_is_an_attack_with_casualties_and_victims(tmp_path):
    rows = run(tmp_path, "In March, three Bolivian miners were shot dead in Peru's Puno region.")
    r = of_type(rows, "attack")
    assert len(r) == 1
    assert r[0]["casualties"] == 3
    assert {"BOL", "PER"} <= countries_of(r[0])
    assert r[0]["date_start"] == date(2024, 3, 1)


def test_a_joint_body_that_last_met_and_one_that_held_its_nth_session(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Peru have a long border.\n\n"
        "Their Joint Commission for Economic Cooperation last met in Lima in May 2023.\n\n"
        "The Chile-Argentina Joint Border Committee held its 12th session in Mendoza in April 2024.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(r["date_start"], r["status"]) for r in meetings] == [
        (date(2023, 5, 1), "occurred"),
        (date(2024, 4, 1), "occurred"),
    ]
    assert {"ARG", "CHL"} <= countries_of(meetings[1])


def test_a_round_that_took_place(tmp_path):
    rows = run(
        tmp_path,
        "The fifth round of the Chile-Japan Strategic Dialogue took place in Santiago in May.",
    )
    r = of_type(rows, "meeting")
    assert len(r) == 1 and r[0]["status"] == "occurred" and r[0]["date_start"] == date(2024, 5, 1)
    assert countries_of(r[0]) == {"CHL", "JPN"}


def test_agreeing_to_expand_joint_exercises_is_no_exercise(tmp_path):
    rows = run(tmp_path, "Chile and Peru agreed in May to expand joint military exercises and naval cooperation.")
    assert of_type(rows, "military_exercise") == []


def test_during_a_named_persons_visit_is_a_during_visit_cue():
    assert cue_search("during_visit", "held in Lima during Prime Minister Ana Quispe's official visit to Peru")
    assert cue_search("during_visit", "during his state visit")


def test_a_name_and_his_counterpart_in_apposition_are_coordinated(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Prime Minister Ana Quispe visited Chile in July 2024.\n\n"
        "The talks were co-chaired by Quispe and her Chilean counterpart, Rosa Vial, in Santiago.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ana Quispe", "Rosa Vial"}


def test_coordinated_subjects_of_talks_are_the_two_sides(tmp_path):
    rows = run(
        tmp_path,
        "South Korea and Chile are close partners.\n\n"
        "President Lee Min-jun and Chilean President Rosa Vial held talks in Santiago on Monday "
        "and agreed to expand trade.",
    )
    r = of_type(rows, "meeting")
    assert len(r) == 1
    assert r[0]["status"] == "occurred"  # "and agreed to …" is what they agreed, not the talks
    assert {"Lee Min-jun", "Rosa Vial"} <= persons_of(r[0])
    assert countries_of(r[0]) == {"CHL", "KOR"}


def test_a_when_clause_takes_the_time_of_the_clause_before(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial is expected to pay a state visit to Japan in August, "
        "when the fourth meeting of the Japan-Chile Strategic Council will be held in Osaka.",
        published="2025-06-05",
    )
    m = of_type(rows, "meeting")
    assert len(m) == 1 and m[0]["status"] == "planned"
    assert (m[0]["date_start"], m[0]["date_precision"]) == (date(2025, 8, 1), "month")


def test_arrival_in_the_national_capital_is_a_visit(tmp_path):
    rows = run(
        tmp_path,
        "Japan and Chile mark an anniversary.\n\n"
        "TOKYO, March 5 (Kyodo) - Chilean Foreign Minister Rosa Vial arrived in the national capital on Tuesday.",
    )
    v = of_type(rows, "visit")
    assert len(v) == 1 and v[0]["host_country_iso3"] == "JPN"
    assert persons_of(v[0], "visitor") == {"Rosa Vial"}


def test_a_named_exercise_edition_that_was_held(tmp_path):
    rows = run(
        tmp_path,
        'Chile and Peru train together.\n\nThe previous edition, "Andes Shield-3", was held in Chile\'s Atacama '
        "region in October 2023.",
    )
    r = of_type(rows, "military_exercise")
    assert len(r) == 1
    assert (r[0]["mechanism"], r[0]["mechanism_round"]) == ("Andes Shield", 3)
    assert r[0]["date_start"] == date(2023, 10, 1)


def test_a_phone_call_takes_no_place_from_its_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial spoke by phone with Peruvian President Ana Quispe on Monday "
        "ahead of the summit in Rio de Janeiro.",
    )
    r = of_type(rows, "phone_call")
    assert len(r) == 1
    assert r[0]["location"] is None and r[0]["location_country_iso3"] is None
    assert countries_of(r[0]) == {"CHL", "PER"}


def test_reached_and_is_visiting_are_visits(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Ana Quispe reached Santiago on Sunday on a three-day state visit.\n\n"
        "Ecuadorian Foreign Minister Luis Mora is visiting Chile this week.",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [persons_of(r, "visitor") for r in visits] == [{"Ana Quispe"}, {"Luis Mora"}]
    assert [r["host_country_iso3"] for r in visits] == ["CHL", "CHL"]


def test_received_a_person_is_a_meeting_and_received_support_is_not(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial received Peruvian Foreign Minister Luis Mora in Santiago on Monday.\n\n"
        "Chile received Peru's support for the bid.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Rosa Vial", "Luis Mora"}
    assert countries_of(meetings[0]) == {"CHL", "PER"}


def test_met_his_counterpart_and_talked_over_the_phone(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial arrived in Lima on 4 June.\n\n"
        "On 5 June she met her counterpart at the foreign ministry.\n\n"
        "On 9 June Vial talked over the phone with Ecuadorian Foreign Minister Luis Mora.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2024, 6, 5)
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and persons_of(calls[0]) == {"Rosa Vial", "Luis Mora"}


def test_will_arrive_in_is_a_planned_visit(tmp_path):
    rows = run(tmp_path, "Peruvian President Ana Quispe will arrive in Santiago on Friday for talks.")
    v = of_type(rows, "visit")
    assert len(v) == 1 and v[0]["status"] == "planned" and v[0]["host_country_iso3"] == "CHL"


def test_arrived_and_was_received_by_is_a_visit_hosted_by_the_agent(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial arrived with six ministers and was received by Peruvian President Ana Quispe.",
    )
    v = of_type(rows, "visit")
    assert len(v) == 1
    assert persons_of(v[0], "visitor") == {"Rosa Vial"} and persons_of(v[0], "host") == {"Ana Quispe"}
    assert v[0]["host_country_iso3"] == "PER"


def test_was_received_by_is_a_meeting(tmp_path):
    rows = run(tmp_path, "Chilean Foreign Minister Rosa Vial was received by Peruvian President Ana Quispe on Monday.")
    m = of_type(rows, "meeting")
    assert len(m) == 1 and persons_of(m[0]) == {"Rosa Vial", "Ana Quispe"}


def test_a_bare_nth_round_is_a_round_of_the_latest_meeting_series(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Japan will hold talks in Tokyo in 2025.\n\n"
        "The sixth round took place in Santiago in May.",
    )
    m = [r for r in of_type(rows, "meeting") if r["status"] == "occurred"]
    assert len(m) == 1
    assert m[0]["mechanism_round"] == 6 and countries_of(m[0]) == {"CHL", "JPN"}
    assert m[0]["date_start"] == date(2024, 5, 1)


def test_left_for_and_arrived_here_are_visits(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, May 3 (Andina) - Chilean President Rosa Vial arrived here on Monday on a two-day visit.\n\n"
        "Peruvian Foreign Minister Luis Mora left for Quito on Tuesday on an official visit.",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [r["host_country_iso3"] for r in visits] == ["PER", "ECU"]
    assert persons_of(visits[0], "visitor") == {"Rosa Vial"}


def test_telephonic_conversation_condolence_message_and_blast(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial held a telephonic conversation with Peruvian President Ana Quispe on Monday.\n\n"
        "On Tuesday, Vial sent a condolence message to Quispe.\n\n"
        "On 4 May, a blast near the port of Callao killed two Chilean engineers.",
    )
    assert len(of_type(rows, "phone_call")) == 1
    letters = of_type(rows, "correspondence")
    assert len(letters) == 1 and persons_of(letters[0]) == {"Rosa Vial", "Ana Quispe"}
    attacks = of_type(rows, "attack")
    assert len(attacks) == 1 and attacks[0]["casualties"] == 2 and "CHL" in countries_of(attacks[0])


def test_figures_that_reached_a_currency_and_possessive_objects_are_no_events(tmp_path):
    rows = run(
        tmp_path,
        "Trade between Chile and Peru reached US$ 5.2 billion in 2023.\n\n"
        "Chilean President Rosa Vial received Quispe's message with satisfaction.",
    )
    assert of_type(rows, "visit") == [] and of_type(rows, "meeting") == []


def test_a_verb_coordinated_with_will_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "On Wednesday, Chilean President Rosa Vial will address the Peruvian Congress and meet "
        "Peruvian Prime Minister Luis Mora.",
    )
    m = of_type(rows, "meeting")
    assert len(m) == 1 and m[0]["status"] == "planned"


def test_on_the_sidelines_frames_a_call_and_makes_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial held a telephone conversation with Peruvian Foreign Minister "
        "Luis Mora on the sidelines of the summit on Monday.",
    )
    assert [r["event_type"] for r in rows] == ["phone_call"]


def test_a_body_of_the_two_countries_last_met_for_its_nth_session(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Peru are neighbours.\n\n"
        "The Joint Permanent Commission of the two countries last met in Lima in October 2023, for its 11th session.",
    )
    m = of_type(rows, "meeting")
    assert len(m) == 1
    assert (m[0]["mechanism"], m[0]["mechanism_round"]) == ("Joint Permanent Commission", 11)
    assert m[0]["date_start"] == date(2023, 10, 1) and countries_of(m[0]) == {"CHL", "PER"}


def test_the_subject_of_a_relative_clause_visit_is_the_noun_phrase_before_it(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Prime Minister Luis Mora met Chilean President Rosa Vial in Santiago on Monday.\n\n"
        "The prime minister, who is on a two-day official visit to Chile, was accompanied by "
        "Peruvian Trade Minister Ana Quispe.",
    )
    v = of_type(rows, "visit")
    assert len(v) == 1 and persons_of(v[0], "visitor") == {"Luis Mora"} and v[0]["host_country_iso3"] == "CHL"


def test_the_two_leaders_are_the_heads_told_before_not_the_latest_ministers(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial held talks with Peruvian President Ana Quispe in Lima on 4 June.\n\n"
        "Chilean Trade Minister Tomas Lagos met Peruvian Finance Minister Luis Mora on 4 June.\n\n"
        "On 5 June, the two leaders co-chaired the 3rd session of the Chile-Peru Binational Cabinet.",
    )
    m = [r for r in of_type(rows, "meeting") if r["mechanism_round"] == 3]
    assert len(m) == 1 and persons_of(m[0]) == {"Rosa Vial", "Ana Quispe"}


def test_a_cue_and_a_date_beyond_another_events_trigger_are_that_events(tmp_path):
    rows = run(
        tmp_path,
        "On 4 June Chilean Foreign Minister Rosa Vial met her Peruvian counterpart Luis Mora and reviewed "
        "preparations for the upcoming visit of Peruvian President Ana Quispe to Chile in August.",
    )
    m, v = of_type(rows, "meeting"), of_type(rows, "visit")
    assert len(m) == 1 and m[0]["status"] == "occurred" and m[0]["date_start"] == date(2024, 6, 4)
    assert len(v) == 1 and v[0]["status"] == "planned" and v[0]["date_start"] == date(2025, 8, 1)  # the next August after the article


def test_will_also_meet_is_planned(tmp_path):
    rows = run(tmp_path, "Peruvian Foreign Minister Luis Mora will also meet with Chilean President Rosa Vial during his stay.")
    m = of_type(rows, "meeting")
    assert len(m) == 1 and m[0]["status"] == "planned" and m[0]["date_start"] is None


def test_a_meeting_in_which_something_was_agreed_took_place_and_the_minister_is_the_subject(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Peru on Monday agreed to expand rail links during a meeting between Chilean Transport Minister "
        "Tomas Herrera and Peruvian Transport Minister Luis Mora.\n\n"
        "The minister, who arrived in Lima on Sunday on a two-day visit, also called on Peruvian President Ana Quispe.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [r["status"] for r in meetings] == ["occurred", "occurred"]
    assert {"Luis Mora"} <= persons_of(meetings[0]) and persons_of(meetings[1]) >= {"Ana Quispe"}
    v = of_type(rows, "visit")
    assert len(v) == 1 and v[0]["host_country_iso3"] == "PER" and len(persons_of(v[0], "visitor")) == 1


def test_a_state_visit_is_never_to_the_visitors_own_country(tmp_path):
    # the upstream person finder is made to take the visitor for a Peruvian (as a dateline or a
    # nearby country name can make it do): the state visit proves the other country
    body = (
        "Chile and Peru sign accords\n\n"
        "Prime Minister Rosa Vial paid a state visit to Peru on Monday.\n\n"
        "Prime Minister Vial held talks with Peruvian President Ana Quispe on Tuesday."
    )
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published_date": "2024-03-06"}))
    docs, _, _ = ingest_files(tmp_path)
    sentences = segment(docs)
    countries = country_mentions(sentences)
    dates = extract_dates(sentences, docs)
    persons = extract_persons(sentences, countries).with_columns(
        country_iso3=pl.when(pl.col("name") == "Rosa Vial").then(pl.lit("PER")).otherwise(pl.col("country_iso3"))
    )
    rows = extract_events(sentences, docs, persons, countries, dates).to_dicts()
    v = of_type(rows, "visit")
    assert len(v) == 1 and v[0]["host_country_iso3"] == "PER"
    assert countries_of(v[0]) == {"CHL", "PER"}
    m = of_type(rows, "meeting")
    assert len(m) == 1 and countries_of(m[0]) == {"CHL", "PER"}


def test_the_two_sides_met_in_and_the_next_sentence_names_them(tmp_path):
    rows = run(
        tmp_path,
        "In May, the two governments met in Santiago for the fourth Chile-Peru binational cabinet. "
        "Peruvian President Ana Quispe arrived with her ministers and was received by Chilean President Rosa Vial.",
    )
    m = of_type(rows, "meeting")
    assert len(m) == 1 and m[0]["date_start"] == date(2024, 5, 1)
    assert persons_of(m[0]) == {"Ana Quispe", "Rosa Vial"} and countries_of(m[0]) == {"CHL", "PER"}
    v = of_type(rows, "visit")
    assert len(v) == 1 and persons_of(v[0], "visitor") == {"Ana Quispe"} and v[0]["host_country_iso3"] == "CHL"


def test_goals_that_were_met_are_no_meeting(tmp_path):
    rows = run(tmp_path, "Chile said the export targets were met in 2023.")
    assert of_type(rows, "meeting") == []


def test_spoke_again_by_phone_and_a_readout_spoke_with(tmp_path):
    rows = run(
        tmp_path,
        "Jamaican Foreign Minister Paul Grant met Chilean Foreign Minister Rosa Vial in Kingston on 3 February.\n\n"
        "The two foreign ministers spoke again by phone in March.\n\n"
        "Grant spoke today with Chilean Foreign Minister Rosa Vial about migration.",
        published="2024-04-10",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in calls] == [date(2024, 3, 1), date(2024, 4, 10)]
    assert all(persons_of(r) == {"Paul Grant", "Rosa Vial"} for r in calls)
    assert all(countries_of(r) == {"JAM", "CHL"} for r in calls)


def test_spoke_with_needs_a_person_as_object(tmp_path):
    rows = run(tmp_path, "On Monday, Chilean Foreign Minister Rosa Vial spoke with Reuters about the Peru talks.")
    assert of_type(rows, "phone_call") == []


def test_hosted_a_named_leader_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Ana Quispe hosted Jamaican Prime Minister Mark Reid at La Moneda on February 20, 2024.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ana Quispe", "Mark Reid"}
    assert meetings[0]["date_start"] == date(2024, 2, 20)


def test_accepted_an_invitation_to_visit_is_a_planned_visit_and_where_clause_takes_its_time(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Ana Quispe met Chilean President Rosa Vial in Lima on Monday.\n\n"
        "The spokesman said Quispe had accepted an invitation to visit Santiago next month, "
        "where she is expected to hold talks with Chilean Foreign Minister Luis Mora.",
        published="2024-11-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Ana Quispe"}
    assert visits[0]["date_start"] == date(2024, 12, 1) and visits[0]["date_precision"] == "month"
    planned = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(planned) == 1 and planned[0]["date_start"] == date(2024, 12, 1)


def test_sessions_of_the_series_told_before_by_possessive_or_last_next(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile held the sixth session of the Peru-Chile Joint Border Commission in Lima on Monday.\n\n"
        "Its fifth session was held in Santiago in May 2023.\n\n"
        "The last session of the commission was held in Arica in 2022.\n\n"
        "The next round is expected to take place in Santiago later this year, the ministry said.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert len(meetings) == 4
    assert all(countries_of(r) == {"PER", "CHL"} for r in meetings)
    assert [r["mechanism_round"] for r in meetings] == [6, 5, None, None]
    assert [r["date_start"] for r in meetings[1:]] == [date(2023, 5, 1), date(2022, 1, 1), date(2024, 1, 1)]
    assert [r["status"] for r in meetings] == ["occurred", "occurred", "occurred", "planned"]


def test_a_possessive_session_without_a_series_told_before_is_no_event(tmp_path):
    rows = run(tmp_path, "The Chilean Senate said its fifth session was held in Santiago in May 2023.")
    assert of_type(rows, "meeting") == []


def test_planned_status_from_reported_future_and_expected_in(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile agreed that the 9th session of the Peru-Chile Joint Economic Commission would be held in Santiago in June.\n\n"
        "Chile's Defence Minister Pablo Rojas is expected in Lima on Thursday for talks with Peruvian Defence Minister Luis Mora.\n\n"
        "Peruvian Foreign Minister Juan Soto is also scheduled to hold a separate meeting with Chilean Foreign Minister Rosa Vial.",
        published="2025-03-04",
    )
    by_sentence = {(r["sentence_id"], r["event_type"]): r for r in rows}
    jec = [r for r in of_type(rows, "meeting") if r["mechanism"]]
    assert len(jec) == 1 and jec[0]["status"] == "planned"
    assert jec[0]["mechanism"] == "Peru-Chile Joint Economic Commission" and jec[0]["mechanism_round"] == 9
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned" and visits[0]["date_start"] == date(2025, 3, 6)
    assert persons_of(visits[0], "visitor") == {"Pablo Rojas"}
    assert all(r["status"] == "planned" for r in of_type(rows, "meeting")), by_sentence


def test_this_will_be_his_first_visit_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Mark Reid will pay a state visit to Chile next week. "
        "This will be President Reid's first visit to Chile.",
        published="2025-03-04",
    )
    assert [r["status"] for r in of_type(rows, "visit")] == ["planned", "planned"]


def test_the_two_inside_a_since_clause_spoke_by_telephone_then(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial arrived in Lima on Sunday for a two-day visit.\n\n"
        "Later, she held talks with Peruvian President Mark Reid, her first in-person meeting with him "
        "since the two spoke by telephone in January.",
        published="2025-03-04",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Rosa Vial", "Mark Reid"}
    assert calls[0]["date_start"] == date(2025, 1, 1) and calls[0]["date_precision"] == "month"
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2025, 3, 2)


def test_since_an_event_without_a_date_is_still_no_event(tmp_path):
    rows = run(tmp_path, "Trade has tripled since the establishment of diplomatic relations between Peru and Chile.")
    assert of_type(rows, "relations_established") == []
    rows = run(tmp_path, "Trade between Peru and Chile has tripled since they established diplomatic relations in 1972.")
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1972, 1, 1)


def test_pronoun_and_counterpart_and_of_country_coordination(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial arrived in Lima on Sunday for a two-day visit.\n\n"
        "On the same day, she and her Peruvian counterpart Luis Mora co-chaired the fifth session of the Peru-Chile Joint Council.\n\n"
        "Energy secretaries Ana Quispe of Peru and Tomas Soto of Chile co-chaired the session.",
        published="2025-03-04",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in meetings] == [{"Rosa Vial", "Luis Mora"}, {"Ana Quispe", "Tomas Soto"}]


def test_which_had_last_met_is_an_earlier_session_of_the_body(tmp_path):
    rows = run(
        tmp_path,
        "The two Prime Ministers co-chaired in Paris, on 17 June 2025, the 15th Peru-Chile High-Level Meeting, "
        "which had last been held in Lima in December 2022.\n\n"
        "Peru and Chile agreed to hold the 4th meeting of the Peru-Chile Security Group, "
        "which met for the third time in Santiago in December 2024, in June.",
        published="2025-06-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: (r["sentence_id"], r["char_start"], r["date_start"] or date.min))
    dated = {(r["date_start"], r["status"], r["mechanism_round"]) for r in meetings}
    assert (date(2025, 6, 17), "occurred", None) in dated
    assert (date(2022, 12, 1), "occurred", None) in dated
    assert (date(2024, 12, 1), "occurred", 3) in dated
    assert all(countries_of(r) == {"PER", "CHL"} for r in meetings)


def test_a_joint_body_holds_its_next_meeting_and_co_chair_the_commission(tmp_path):
    rows = run(
        tmp_path,
        "Thai Prime Minister Somchai Kit and Cambodian Prime Minister Hun Rith exchanged messages on Friday.\n\n"
        "The Joint Boundary Commission (JBC), which deals with the land boundary, will hold its next meeting "
        "in Phnom Penh in January, a ministry source said.\n\n"
        "The Central Committee will hold its next meeting in Bangkok in March.\n\n"
        "Ms Pitchaya Wong is expected to visit Phnom Penh in May to co-chair the Thai-Cambodian Joint Commission.",
        published="2025-12-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(r["status"], r["date_start"]) for r in meetings] == [
        ("planned", date(2026, 1, 1)), ("planned", date(2026, 5, 1))
    ]
    assert meetings[0]["mechanism"] == "Joint Boundary Commission"
    assert all(countries_of(r) == {"THA", "KHM"} for r in meetings)
    assert persons_of(meetings[1]) == {"Pitchaya Wong"}


def test_killing_of_nationals_and_killed_when_struck_are_attacks(tmp_path):
    rows = run(
        tmp_path,
        "About 900 Tanzanian and Malawian troops launched a joint exercise on Monday near Lake Malawi.\n\n"
        "The first edition of the exercise was held in Tanzania in 2023.\n\n"
        "In June, three Tanzanian soldiers were killed when their patrol struck a landmine near Mangochi in Malawi.\n\n"
        "The minister condemned the killing of four Malawian traders by unidentified gunmen in Tanzania's Mbeya "
        "region on October 2.\n\n"
        "The killing of the cat upset farmers in Malawi.",
        published="2025-10-14",
    )
    attacks = sorted(of_type(rows, "attack"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in attacks] == [date(2025, 6, 1), date(2025, 10, 2)]
    assert all(countries_of(r) == {"TZA", "MWI"} for r in attacks)
    drills = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [r["date_start"] for r in drills] == [date(2025, 10, 13), date(2023, 1, 1)]


def test_talks_held_after_a_visit_of_the_sentence_take_its_date(tmp_path):
    rows = run(
        tmp_path,
        "Tanzanian President Ali Juma visited Lilongwe in May, his first trip abroad since taking office, "
        "and held talks with Malawian President Peter Banda on trade.",
        published="2025-10-14",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2025, 5, 1)
    assert meetings[0]["date_precision"] == "month"


def test_nationals_travelling_is_no_visit(tmp_path):
    rows = run(tmp_path, "Talks focused on Malawian nationals travelling to Tanzania and Kenya in 2016.")
    assert of_type(rows, "visit") == []


def test_in_his_message_quotes_the_message_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Thai Prime Minister Somchai Kit and Cambodian Prime Minister Hun Rith exchanged congratulatory messages on Friday.\n\n"
        "In his message, Mr Somchai said the two countries were bound by history.\n\n"
        "Earlier, Thai President Ana Kit congratulated Cambodian President Rith Vann on his re-election in a message.",
        published="2025-10-14",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert [persons_of(r) for r in letters] == [{"Somchai Kit", "Hun Rith"}, {"Ana Kit", "Rith Vann"}]


def test_co_chaired_by_two_long_titled_persons_and_looked_forward_to(tmp_path):
    rows = run(
        tmp_path,
        "Thai Prime Minister Somchai Kit and Cambodian Prime Minister Hun Rith exchanged messages on Friday.\n\n"
        "The 17th GBC meeting was held in Bangkok on Wednesday last week, co-chaired by Thai Defence Minister "
        "Gen Surat Boonmee and Cambodian Deputy Prime Minister and Minister of National Defence Gen Chea Sokha.\n\n"
        "The two ministers looked forward to convening the fourth meeting of the Thai-Cambodian Security Group "
        "in Bangkok on June 9-10.",
        published="2025-12-20",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert persons_of(meetings[0]) == {"Surat Boonmee", "Chea Sokha"}
    assert meetings[0]["date_start"] == date(2025, 12, 10)
    assert meetings[1]["status"] == "planned" and meetings[1]["date_start"] == date(2026, 6, 9)


def test_relations_are_between_the_two_countries_of_their_clause(tmp_path):
    rows = run(
        tmp_path,
        "Chile established diplomatic relations with Peru in 1952, following its independence from Spain.\n\n"
        "Ghana was among the first countries to recognise Togo's independence in 1960, and the two countries "
        "established diplomatic relations on 9 June 1961.",
        published="2025-05-20",
    )
    rel = sorted(of_type(rows, "relations_established"), key=lambda r: r["sentence_id"])
    assert [countries_of(r) for r in rel] == [{"CHL", "PER"}, {"GHA", "TGO"}]
    assert [r["date_start"] for r in rel] == [date(1952, 1, 1), date(1961, 6, 9)]


def test_a_call_between_the_two_presidents_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Rosa Vial will pay a state visit to Peru next week at the invitation of President Mark Reid.\n\n"
        "During the visit, the Chilean president will hold talks with President Reid and Prime Minister Juan Soto.\n\n"
        "The spokesperson said the visit was being arranged following a telephone conversation between the two "
        "Presidents on Monday, in which President Reid renewed the invitation.",
        published="2026-01-13",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and calls[0]["date_start"] == date(2026, 1, 12)
    assert persons_of(calls[0]) == {"Rosa Vial", "Mark Reid"}


def test_during_talks_with_x_the_two_leaders_are_the_sides(tmp_path):
    rows = run(
        tmp_path,
        "Nepali Prime Minister Ram Thapa paid an official visit to Dhaka in July, his first trip abroad.\n\n"
        'During talks with Bangladeshi Prime Minister Farida Khan, the two leaders "directed officials to '
        'conclude the power deal", according to the joint press release.',
        published="2023-09-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Ram Thapa", "Farida Khan"}


def test_the_demonym_leader_and_a_titled_person_spoke(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Mark Reid received Chilean Foreign Minister Rosa Vial on Monday.\n\n"
        "Reid received a message from Chilean Crown Prince Luis Mora.\n\n"
        "The Peruvian leader and the Chilean crown prince last spoke by telephone in January, according to the presidency.",
        published="2025-03-04",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and persons_of(calls[0]) == {"Mark Reid", "Luis Mora"}
    assert calls[0]["date_start"] == date(2025, 1, 1)


def test_invited_the_prime_minister_and_the_secretary_and_x(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial called on Prime Minister Mark Reid of Peru on Wednesday.\n\n"
        "Sources said the letter invited the prime minister to visit Santiago at an early date.",
        published="2025-11-13",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Mark Reid"}
    rows = run(
        tmp_path,
        "Secretary of State Dan Black spoke today with Peruvian Foreign Minister Rosa Vial.\n\n"
        "The Secretary and Foreign Minister Vial looked forward to convening the fourth meeting of the "
        "Security Group in Lima on June 9-10.",
        published="2025-05-20",
    )
    planned = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(planned) == 1 and persons_of(planned[0]) == {"Dan Black", "Rosa Vial"}


def test_spoke_with_on_the_sidelines_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "On the sidelines of the summit in Lima on Monday, Chilean President Rosa Vial spoke with Peruvian President Mark Reid.",
        published="2025-05-20",
    )
    assert of_type(rows, "phone_call") == []
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Rosa Vial", "Mark Reid"}


def test_the_attack_took_place_on_dates_the_attack_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Insurgents killed five Tanzanian soldiers in an ambush in northern Malawi, the army said.\n\n"
        "The attack took place on Saturday on the road between Karonga and Chitipa, when fighters opened fire.\n\n"
        "In June, three Tanzanian soldiers were killed when their patrol struck a landmine near Mangochi in Malawi.",
        published="2025-10-14",
    )
    attacks = sorted(of_type(rows, "attack"), key=lambda r: r["sentence_id"])
    assert [(r["date_start"], r["date_precision"]) for r in attacks] == [
        (date(2025, 10, 11), "day"), (date(2025, 6, 1), "month")
    ]


def test_the_ambush_came_as_refers_back(tmp_path):
    rows = run(
        tmp_path,
        "Insurgents killed five Tanzanian soldiers in an ambush in northern Malawi, the army said.\n\n"
        "The attack took place on Saturday on the road between Karonga and Chitipa.\n\n"
        "The ambush came as about 900 Tanzanian and Malawian troops launched a joint exercise on Monday.",
        published="2025-10-14",
    )
    attacks = of_type(rows, "attack")
    assert [r["date_start"] for r in attacks] == [date(2025, 10, 11)]
    assert [r["date_start"] for r in of_type(rows, "military_exercise")] == [date(2025, 10, 13)]
