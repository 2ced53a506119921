"""Event extraction, round 20 of tuning (own short texts, invented names and pairs).

Families, ranked by how often news English uses them: an earlier edition of a body of talks
("The third edition of the dialogue was held in Lima in May"); relations held "since" a day
("have enjoyed diplomatic relations since 14 June 1965", "since Kenya's independence on …");
the establishment's day in brackets after an anniversary ("the 60th anniversary of the
establishment of diplomatic relations between A and B (June 14, 1966 – 2026)").
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, run

# --- an earlier edition of a body of talks -------------------------------------------------------

_OPENING = (
    "Kenyan Foreign Minister Amina Wekesa hosted Peruvian Foreign Minister Luis Mora in Nairobi on "
    "Monday for the fourth Kenya-Peru Political Dialogue.\n\n"
)


def test_an_earlier_edition_of_the_dialogue_is_its_own_meeting(tmp_path):
    rows = run(tmp_path, _OPENING + "The third edition of the dialogue was held in Lima in May last year.", published="2027-03-10")
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["mechanism_round"] or 0)
    assert [m["mechanism_round"] for m in meetings] == [3, 4]
    assert meetings[0]["date_start"] == date(2026, 5, 1) and meetings[0]["status"] == "occurred"
    assert countries_of(meetings[0]) == {"KEN", "PER"}


def test_an_earlier_edition_of_the_commission_that_took_place(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Ghana opened the fifth session of the Chile-Ghana Joint Commission in Accra on Tuesday.\n\n"
        "The fourth edition of the joint commission took place in Santiago in October 2025.",
        published="2027-02-10",
    )
    earlier = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 4]
    assert len(earlier) == 1 and earlier[0]["date_start"] == date(2025, 10, 1)


def test_an_edition_of_a_festival_is_no_meeting(tmp_path):
    rows = run(tmp_path, _OPENING + "The third edition of the film festival was held in Lima in May last year.", published="2027-03-10")
    assert [m["mechanism_round"] for m in of_type(rows, "meeting")] == [4]


# --- relations held since a day --------------------------------------------------------------------


def test_relations_enjoyed_since_a_day(tmp_path):
    rows = run(tmp_path, "Chile and Kenya have enjoyed diplomatic relations since 14 June 1965, officials said.")
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1965, 6, 14)
    assert countries_of(rel[0]) == {"CHL", "KEN"}


def test_relations_since_a_founding_event_on_a_day(tmp_path):
    rows = run(tmp_path, "Norway and Namibia have had diplomatic relations since Namibia's independence on 21 March 1990.")
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1990, 3, 21)


def test_a_day_without_its_year_after_since_is_not_the_founding_day(tmp_path):
    rows = run(tmp_path, "Chile and Kenya have had diplomatic relations since Kenya's independence on 12 December.")
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] is None


def test_close_ties_enjoyed_since_a_day_are_no_relations_established(tmp_path):
    rows = run(tmp_path, "Chile and Kenya have enjoyed close trade ties since 14 June 1965.")
    assert of_type(rows, "relations_established") == []


# --- the establishment's day in brackets after an anniversary ------------------------------------


def test_anniversary_with_the_founding_day_in_brackets(tmp_path):
    rows = run(
        tmp_path,
        "The two presidents exchanged messages on Sunday marking the 60th anniversary of the establishment of "
        "diplomatic relations between Kenya and Chile (June 14, 1966 – 2026).",
        published="2026-06-15",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1966, 6, 14)
    assert countries_of(rel[0]) == {"KEN", "CHL"}


def test_anniversary_with_the_span_to_now_in_brackets(tmp_path):
    rows = run(
        tmp_path,
        "The visit coincides with the 60th anniversary of the establishment of diplomatic relations between "
        "Norway and Peru (14 June 1966 - 14 June 2026).",
        published="2026-06-10",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1966, 6, 14)
    assert rel[0]["date_end"] in (None, date(1966, 6, 14))


def test_anniversary_with_an_undated_aside_in_brackets_is_no_event(tmp_path):
    rows = run(
        tmp_path,
        "The visit coincides with the 60th anniversary of the establishment of diplomatic relations between "
        "Norway and Peru (see the timeline below).",
        published="2026-06-10",
    )
    assert of_type(rows, "relations_established") == []
