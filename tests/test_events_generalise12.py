"""Event extraction, round 12: structural rules for unseen articles (own short texts, invented names).

Families: a chronicle of the year before that moves on into a later year with a dated past clause
("In March 2025 … In November … . X arrived from 3 to 6 February this year … . In May, …") reads its
later yearless months in that later year.
"""

from __future__ import annotations

from datetime import date

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# a chronicle moves on into a later year
# --------------------------------------------------------------------------------------------


def _chronicle(sentences: list[str], ref: date) -> list[list[tuple[date, str]]]:
    ctx = DateContext(ref, "day")
    out = []
    for s in sentences:
        ctx.paragraph_break()
        out.append([(m.value.start, m.value.precision) for m in parse_dates(s, ctx)])
    return out


def test_a_chronicle_moves_on_with_a_dated_clause_of_this_year():
    got = _chronicle([
        "In April 2025, the Chilean foreign minister travelled to Lima.",
        "In July, the two ministers spoke by video call.",
        "The Peruvian president arrived in Santiago from 3 to 6 March this year for a state visit.",
        "In June, the two navies held their first joint exercise.",
        "In August, the presidents spoke by telephone.",
    ], date(2026, 10, 2))
    assert got[1] == [(date(2025, 7, 1), "month")]
    assert got[3] == [(date(2026, 6, 1), "month")]
    assert got[4] == [(date(2026, 8, 1), "month")]


def test_a_chronicle_moves_on_with_a_full_date_of_a_later_year():
    got = _chronicle([
        "In May 2024, the Kenyan president visited Accra.",
        "In September, the foreign ministers met in Nairobi.",
        "The Ghanaian president paid a return visit on 12 January 2025.",
        "In March, the two sides held a trade fair in Accra.",
    ], date(2025, 12, 1))
    assert got[1] == [(date(2024, 9, 1), "month")]
    assert got[3] == [(date(2025, 3, 1), "month")]


def test_a_future_date_of_a_later_year_does_not_move_the_chronicle():
    got = _chronicle([
        "In April 2025, the Chilean foreign minister travelled to Lima.",
        "In July, the two ministers spoke by video call.",
        "The next summit will be held on 3 March 2027.",
        "In September, the two navies held their first joint exercise.",
    ], date(2026, 10, 2))
    assert got[3] == [(date(2025, 9, 1), "month")]


def test_a_flashback_to_an_earlier_year_does_not_move_the_chronicle():
    got = _chronicle([
        "In April 2025, the Chilean foreign minister travelled to Lima.",
        "In July, the two ministers spoke by video call.",
        "They had first met on 3 March 2019.",
        "In September, the two navies held their first joint exercise.",
    ], date(2026, 10, 2))
    assert got[3] == [(date(2025, 9, 1), "month")]


@settings(max_examples=40, deadline=None)
@given(y=st.integers(2005, 2030), m1=st.integers(1, 5), m2=st.integers(6, 9), d=st.integers(1, 28),
       m3=st.integers(1, 4), m4=st.integers(5, 12))
def test_property_the_chronicle_year_follows_the_dated_clause(y, m1, m2, d, m3, m4):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    got = _chronicle([
        f"In {months[m1 - 1]} {y}, the Chilean foreign minister travelled to Lima.",
        f"In {months[m2 - 1]}, the two ministers spoke by video call.",
        f"The Peruvian president arrived in Santiago on {d} {months[m3 - 1]} {y + 1} for a state visit.",
        f"In {months[m4 - 1]}, the two navies held their first joint exercise.",
    ], date(y + 1, 12, 31))
    assert got[1] == [(date(y, m2, 1), "month")]
    assert got[3] == [(date(y + 1, m4, 1), "month")]


def test_the_chronicle_of_an_explainer_dates_the_exercise_and_the_call_of_this_year(tmp_path):
    rows = run(
        tmp_path,
        "In April 2025, Chilean Foreign Minister Luis Mora travelled to Lima, where he met Peruvian Foreign "
        "Minister Jorge Salas.\n\n"
        "In November, the two presidents met on the sidelines of the APEC summit in Busan.\n\n"
        "Peruvian President Ana Quispe arrived in Santiago for a state visit from 3 to 6 March this year.\n\n"
        "In June, the navies of Chile and Peru held their first bilateral exercise, \"Pacific Condor-I\".\n\n"
        "In August, Quispe telephoned Chilean President Marta Vidal.",
        published="2026-10-02",
    )
    drill = of_type(rows, "military_exercise")
    assert drill and drill[0]["date_start"] == date(2026, 6, 1)
    call = of_type(rows, "phone_call")
    assert call and call[0]["date_start"] == date(2026, 8, 1)


# --------------------------------------------------------------------------------------------
# "prepares to travel to": a planned visit
# --------------------------------------------------------------------------------------------


def test_prepares_to_travel_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "The protest comes as Kenyan Prime Minister Juma Ole Sankale prepares to travel to Ankara next month "
        "for an official visit that is expected to focus on trade.",
        published="2026-09-29",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    v = visits[0]
    assert v["status"] == "planned" and v["date_start"] == date(2026, 10, 1) and v["date_precision"] == "month"
    assert persons_of(v) == {"Juma Ole Sankale"} and v["host_country_iso3"] == "TUR"


def test_preparing_to_travel_without_a_visit_noun(tmp_path):
    rows = run(
        tmp_path,
        "The strike comes as Chilean President Marta Vidal is preparing to travel to Lima next week.",
        published="2026-03-04",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned" and visits[0]["host_country_iso3"] == "PER"


# --------------------------------------------------------------------------------------------
# a capitalised gloss in parentheses inside a title goes on to the name
# --------------------------------------------------------------------------------------------


def test_a_parenthesised_gloss_inside_the_title_of_the_person_called_on(tmp_path):
    rows = run(
        tmp_path,
        "On Friday, Ambassador of Peru to Chile Jorge Salas paid a courtesy call on Chairman of the Senate "
        "(Upper House) Luis Mora, who noted that the friendship group had 27 members.",
        published="2026-02-24",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Jorge Salas", "Luis Mora"}
    assert meetings[0]["date_start"] == date(2026, 2, 20)


def test_a_parenthesised_gloss_after_a_lower_case_word_is_no_title(tmp_path):
    rows = run(
        tmp_path,
        "On Friday, Peruvian Ambassador Jorge Salas met Chilean Senate President Luis Mora (pictured) in Santiago.",
        published="2026-02-24",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Jorge Salas", "Luis Mora"}


# --------------------------------------------------------------------------------------------
# a body's session numbered by "for the <ORD> time", and "the <ORD> meeting is expected in X"
# --------------------------------------------------------------------------------------------


def test_a_council_met_for_the_first_time_and_its_second_meeting_is_expected(tmp_path):
    rows = run(
        tmp_path,
        "Relations between Chile and Peru warmed after 2020. The Joint Strategic Council between the two "
        "countries met for the first time in Lima in September 2024 under the chairmanship of the two "
        "presidents, and the second meeting is expected in Santiago early next year.",
        published="2026-10-14",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert [(m["mechanism"], m["mechanism_round"], m["status"]) for m in meetings] == [
        ("Joint Strategic Council", 1, "occurred"),
        ("Joint Strategic Council", 2, "planned"),
    ]
    assert meetings[0]["date_start"] == date(2024, 9, 1) and meetings[0]["location"] == "Lima"
    assert meetings[1]["date_start"] == date(2027, 1, 1) and meetings[1]["date_precision"] == "year"
    assert meetings[1]["location"] == "Santiago"


def test_the_nth_session_is_due_in_a_capital(tmp_path):
    rows = run(
        tmp_path,
        "The Kenya-Ghana Joint Commission held its fourth session in Accra in March 2025.\n\n"
        "The fifth session is due in Nairobi in November.",
        published="2026-06-10",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["mechanism_round"] or 0)
    assert [m["mechanism_round"] for m in meetings] == [4, 5]
    assert meetings[1]["status"] == "planned" and meetings[1]["date_start"] == date(2026, 11, 1)
    assert meetings[1]["location"] == "Nairobi"


def test_two_leaders_who_met_for_the_first_time_have_no_round(tmp_path):
    rows = run(
        tmp_path,
        "Chilean President Marta Vidal and Peruvian President Ana Quispe met for the first time in Lima on Monday.",
        published="2026-06-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["mechanism_round"] is None
    assert persons_of(meetings[0]) == {"Marta Vidal", "Ana Quispe"}


# --------------------------------------------------------------------------------------------
# "flew into <the capital>" is a visit; its day is the relative clause's, not the main clause's
# --------------------------------------------------------------------------------------------


def test_flew_into_the_capital_in_a_relative_clause_dates_the_visit_only(tmp_path):
    rows = run(
        tmp_path,
        "LIMA: Chile and Peru on Monday reviewed their relationship at the fifth round of the Chile-Peru "
        "Strategic Dialogue in Lima.\n\n"
        "Chilean Foreign Minister Luis Mora, who flew into the Peruvian capital on Sunday at the head of a "
        "delegation, co-chaired the dialogue with his Peruvian counterpart Jorge Salas.",
        published="2026-07-08",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["date_start"] == date(2026, 7, 5)
    assert persons_of(visits[0], "visitor") == {"Luis Mora"} and visits[0]["host_country_iso3"] == "PER"
    meetings = of_type(rows, "meeting")
    assert meetings and all(m["date_start"] == date(2026, 7, 6) for m in meetings)


# --------------------------------------------------------------------------------------------
# a further engagement ("also called on") of a visit of several days: the visit's month
# --------------------------------------------------------------------------------------------


def test_further_engagements_of_a_multi_day_visit_take_its_month(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Luis Mora paid an official visit to Peru from 5 to 7 July 2026. On 6 July, "
        "he and Peruvian Foreign Minister Jorge Salas co-chaired the 5th Round of the Chile-Peru Strategic "
        "Dialogue in Lima. The Foreign Minister also called on Peruvian President Ana Quispe and met Vice "
        "President Rosa Cano.",
        published="2026-07-10",
    )
    meetings = of_type(rows, "meeting")
    dialogue = [m for m in meetings if m["mechanism_round"] == 5]
    assert dialogue and dialogue[0]["date_start"] == date(2026, 7, 6) and dialogue[0]["date_precision"] == "day"
    calls = [m for m in meetings if persons_of(m) & {"Ana Quispe", "Rosa Cano"}]
    assert len(calls) == 2
    assert all(m["date_start"] == date(2026, 7, 1) and m["date_precision"] == "month" for m in calls)


def test_a_meeting_without_also_keeps_the_day_of_the_narrative(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Luis Mora paid an official visit to Peru from 5 to 7 July 2026. On 6 July, "
        "he called on Peruvian President Ana Quispe. He then met Vice President Rosa Cano.",
        published="2026-07-10",
    )
    meetings = of_type(rows, "meeting")
    assert {m["date_start"] for m in meetings} == {date(2026, 7, 6)}


# --------------------------------------------------------------------------------------------
# "He handed over a letter from Z" after a call-on: Z wrote to the host of that call
# --------------------------------------------------------------------------------------------


def test_a_letter_handed_over_in_the_sentence_after_the_call_on(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Chilean Foreign Minister Luis Mora called on Peruvian President Ana Quispe at the Government "
        "Palace. He handed over a letter from President Marta Vidal and renewed her invitation to Quispe.",
        published="2026-07-08",
    )
    letters = of_type(rows, "correspondence")
    assert len(letters) == 1
    assert persons_of(letters[0]) == {"Marta Vidal", "Ana Quispe"}
    assert letters[0]["date_start"] == date(2026, 7, 7)


def test_a_letter_handed_over_in_a_new_paragraph_has_no_addressee_from_before(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Chilean Foreign Minister Luis Mora called on Peruvian President Ana Quispe.\n\n"
        "On Wednesday, he handed over a letter from President Marta Vidal to the Senate.",
        published="2026-07-09",
    )
    assert all("Ana Quispe" not in persons_of(r) for r in of_type(rows, "correspondence"))


# --------------------------------------------------------------------------------------------
# an earlier round in the pluperfect; "That meeting … will be held" dates the session told before
# --------------------------------------------------------------------------------------------


def test_an_earlier_round_that_had_taken_place(tmp_path):
    rows = run(
        tmp_path,
        "LIMA: Chile and Peru on Monday reviewed their relationship at the fifth round of the Chile-Peru "
        "Strategic Dialogue in Lima.\n\n"
        "Chilean Foreign Minister Luis Mora co-chaired the dialogue with his Peruvian counterpart Jorge Salas. "
        "The fourth round had taken place in Santiago in August 2025.",
        published="2026-07-08",
    )
    fourth = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 4]
    assert len(fourth) == 1
    assert fourth[0]["mechanism"] == "Chile-Peru Strategic Dialogue" and fourth[0]["status"] == "occurred"
    assert fourth[0]["date_start"] == date(2025, 8, 1) and fourth[0]["location"] == "Santiago"


def test_that_meeting_will_be_held_dates_the_session_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Jorge Salas discussed with Chilean Foreign Minister Luis Mora the preparations "
        "for the 9th meeting of the Chile-Peru Joint Commission. That meeting, officials said, will be held in "
        "Santiago next month and is expected to approve a new border plan.",
        published="2026-07-08",
    )
    ninth = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 9]
    assert ninth and all(m["status"] == "planned" for m in ninth)
    assert any(m["date_start"] == date(2026, 8, 1) and m["location"] == "Santiago" for m in ninth)
    assert all(m["mechanism"] == "Chile-Peru Joint Commission" for m in ninth)


def test_that_meeting_in_the_middle_of_a_sentence_is_no_new_session(tmp_path):
    rows = run(
        tmp_path,
        "Officials said that meeting will be held soon, without naming it.",
        published="2026-07-08",
    )
    assert of_type(rows, "meeting") == []


# --------------------------------------------------------------------------------------------
# "The Chilean delegation was headed by X": the other side's head joins the meeting told before
# --------------------------------------------------------------------------------------------


def test_the_head_of_the_other_delegation_in_the_next_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Secretary Ana Torres led the Peruvian side at the sixth round of Peru-Chile Political "
        "Consultations held in Santiago on Thursday. The Chilean delegation was headed by Under-Secretary of "
        "Foreign Affairs Pablo Rojas. The two sides reviewed trade.",
        published="2026-07-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ana Torres", "Pablo Rojas"}
    assert meetings[0]["mechanism_round"] == 6 and meetings[0]["date_start"] == date(2026, 7, 9)


def test_a_delegation_head_of_the_same_side_is_not_added(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Secretary Ana Torres led the Peruvian side at the sixth round of Peru-Chile Political "
        "Consultations held in Santiago on Thursday. The Peruvian delegation was headed by Ambassador Luis Paz.",
        published="2026-07-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and "Luis Paz" not in persons_of(meetings[0])


def test_a_delegation_head_in_a_new_paragraph_is_not_added(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Secretary Ana Torres led the Peruvian side at the sixth round of Peru-Chile Political "
        "Consultations held in Santiago on Thursday.\n\n"
        "The Chilean delegation to the trade fair was headed by businessman Pablo Rojas.",
        published="2026-07-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Ana Torres"}


# --------------------------------------------------------------------------------------------
# "the state visit to Chile of President of Peru X": the visitor named after the destination
# --------------------------------------------------------------------------------------------


def test_the_visitor_named_after_the_destination(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Jorge Salas held a video call with Chilean Foreign Minister Luis Mora on "
        "Monday. The ministers agreed to launch a working group on copper and discussed preparations for the "
        "state visit to Chile of President of Peru Ana Quispe, planned for the second half of this year at "
        "the invitation of the Government of Chile.",
        published="2026-02-24",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    v = visits[0]
    assert persons_of(v, "visitor") == {"Ana Quispe"} and v["host_country_iso3"] == "CHL"
    assert v["status"] == "planned" and v["date_start"].year == 2026


def test_a_visit_to_a_place_of_a_company_names_no_visitor(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Luis Mora met Peruvian Foreign Minister Jorge Salas in Lima on Monday and "
        "recalled the visit to Arica of engineers of the company.",
        published="2026-02-24",
    )
    assert of_type(rows, "visit") == []


# --------------------------------------------------------------------------------------------
# an event noun as the subject of a counterfactual perfect is an opinion, not an event
# --------------------------------------------------------------------------------------------


def test_a_drill_that_would_have_been_unthinkable_is_no_exercise(tmp_path):
    rows = run(
        tmp_path,
        "Naval forces of Chile and Peru started their joint exercise \"Pacific Shield\" on Monday.\n\n"
        "\"Military cooperation is the last piece of the puzzle,\" said Professor Ana Ruiz of Lima University. "
        "\"A joint drill of this size would have been unthinkable five years ago.\"",
        published="2026-10-14",
    )
    drills = of_type(rows, "military_exercise")
    assert len(drills) == 1 and drills[0]["date_start"] == date(2026, 10, 12)


def test_a_visit_that_could_not_have_been_imagined_is_no_visit(tmp_path):
    rows = run(
        tmp_path,
        "A visit to Santiago by a Peruvian president could not have been imagined in 1990, Chilean officials said.",
        published="2026-10-14",
    )
    assert of_type(rows, "visit") == []


def test_a_drill_that_has_been_held_is_still_an_exercise(tmp_path):
    rows = run(
        tmp_path,
        "The joint drill of the Chilean and Peruvian navies, which has been held every year since 2019, began "
        "off Arica on Monday.",
        published="2026-10-14",
    )
    assert len(of_type(rows, "military_exercise")) == 1


# --------------------------------------------------------------------------------------------
# the welcome on arrival is part of the visit; "the Peruvian leader" is the leader told before
# --------------------------------------------------------------------------------------------


def test_received_on_arrival_is_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "The Peruvian foreign minister, who landed at Arica airbase on Tuesday morning, was received by "
        "Additional Secretary (Americas) Pablo Rojas and Peru's ambassador in Santiago.",
        published="2026-10-14",
    )
    assert of_type(rows, "meeting") == []


def test_received_by_without_an_arrival_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Jorge Salas was received by Chilean President Marta Vidal on Wednesday.",
        published="2026-10-14",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Jorge Salas", "Marta Vidal"}


def test_the_demonym_leader_as_subject_is_the_leader_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Ana Quispe will pay an official visit to Chile next week at the invitation of "
        "Chilean President Marta Vidal, the ministry announced on May 14.\n\n"
        "During the visit, the Peruvian leader is scheduled to hold talks with President Vidal.",
        published="2026-05-14",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Ana Quispe", "Marta Vidal"}
    assert meetings[0]["status"] == "planned"


# --------------------------------------------------------------------------------------------
# a lede with a colon dateline: two visits, a bare office's visit is the home country's
# --------------------------------------------------------------------------------------------


def test_a_colon_dateline_gives_the_home_country_of_a_bare_office(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, Jul 10 (Andina): The Foreign Ministry on Friday described the Deputy Prime Minister and Foreign "
        "Minister's visit to Chile earlier this week as \"productive\", and announced that the Prime Minister of "
        "Bolivia would arrive in Lima next week.",
        published="2026-07-10",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["status"])
    assert [(v["status"], v["host_country_iso3"]) for v in visits] == [("occurred", "CHL"), ("planned", "PER")]
    assert countries_of(visits[0]) == {"PER", "CHL"}
    assert countries_of(visits[1]) == {"BOL", "PER"} and visits[1]["date_start"] == date(2026, 7, 1)


def test_a_bare_office_without_a_dateline_names_no_visitor(tmp_path):
    rows = run(
        tmp_path,
        "The ministry on Friday described the Deputy Prime Minister's visit to Chile earlier this week as "
        "\"productive\".",
        published="2026-07-10",
    )
    assert of_type(rows, "visit") == []


# --------------------------------------------------------------------------------------------
# "in a separate message": the day of the message told before
# --------------------------------------------------------------------------------------------


def test_a_separate_message_takes_the_day_of_the_message_told_before(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, Nov 18 (Andina): The navies of Peru and Chile began a joint exercise off Callao on Monday, the "
        "navy said on Wednesday.\n\n"
        "Separately, Peruvian President Ana Quispe on Wednesday sent a message of felicitations to Chilean "
        "President Marta Vidal on the national day of Chile.\n\n"
        "Peruvian Prime Minister Luis Paz, in a separate message to the people of Chile, said the two countries "
        "had stood together since 1990.",
        published="2026-11-18",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert len(letters) == 2
    assert [r["date_start"] for r in letters] == [date(2026, 11, 18), date(2026, 11, 18)]


# --------------------------------------------------------------------------------------------
# resolver: a visit told without its visitor's name is the named visit of the same pair and dates
# --------------------------------------------------------------------------------------------


def _resolved(tmp_path, texts: dict[str, str]):
    import json

    from pipeline.extract.run import extract_mentions
    from pipeline.ingest import ingest_files
    from pipeline.resolve.run import resolve_all
    from pipeline.segment import segment

    for name, (body, published) in texts.items():
        (tmp_path / f"{name}.txt").write_text(body, encoding="utf-8")
        (tmp_path / f"{name}.meta.json").write_text(json.dumps({"published_date": published}))
    docs, _, _ = ingest_files(tmp_path)
    return resolve_all(extract_mentions(docs, segment(docs)))


def test_an_unnamed_visit_joins_the_named_visit_of_the_same_pair_and_month(tmp_path):
    out = _resolved(tmp_path, {
        "a": ("Mora in Lima\n\nLIMA, Jul 10 (Andina): The Foreign Ministry on Friday described the Deputy Prime "
              "Minister and Foreign Minister's visit to Chile earlier this week as \"productive\".\n\n"
              "Deputy Prime Minister and Foreign Minister Luis Mora undertook an official visit to Chile from 5 "
              "to 7 July 2026.", "2026-07-10"),
    })
    visits = out["events"].filter(pl.col("event_type") == "visit")
    assert visits.height == 1
    assert visits["date_start"][0] == date(2026, 7, 5)


def test_two_unnamed_visits_of_different_pairs_stay_apart(tmp_path):
    out = _resolved(tmp_path, {
        "a": ("Notes\n\nLIMA, Jul 10 (Andina): The Foreign Ministry described the Prime Minister's visit to "
              "Chile earlier this week as \"productive\".\n\n"
              "Peruvian Foreign Minister Luis Mora paid an official visit to Bolivia from 5 to 7 July 2026.",
              "2026-07-10"),
    })
    visits = out["events"].filter(pl.col("event_type") == "visit")
    assert sorted(visits["host_country_iso3"].to_list()) == ["BOL", "CHL"]


# --------------------------------------------------------------------------------------------
# "The President will visit <a city of the host>" during a visit: the visitor's further leg
# --------------------------------------------------------------------------------------------


def test_a_title_subject_travelling_in_the_host_country_is_the_visitor(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Amos Kiprono is paying a state visit to China from 8 to 12 April.\n\n"
        "Prior to the talks, Chinese President Zhou Lin held a welcome ceremony for Kiprono in Beijing.\n\n"
        "The President will visit Wuhan on 11 April, where he will meet Mr. Gao Feng, the provincial party "
        "secretary.",
        published="2025-04-09",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Amos Kiprono", "Gao Feng"}
    assert meetings[0]["date_start"] == date(2025, 4, 11)
    assert len(of_type(rows, "visit")) == 1
