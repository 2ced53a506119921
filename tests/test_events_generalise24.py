"""Event extraction, round 17 of tuning (own short texts, invented names and pairs).

Families, ranked by how often news English uses them: a season as the time of a planned event
("will be held in the autumn", "this spring", "next summer": the year); a bare month after a verb
of scheduling ("is scheduled for May"); a day inside the intention ("agreed on Monday to hold …
later this year": Monday is the agreeing's, the event is planned); the establishment's own date in
a relative clause after an anniversary ("…, which the two countries established on March 3, 1966");
relations "bilateral ties, which were established in 1957" told in passing, past whatever is agreed.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, run


def _dates(text: str, ref: date) -> list[tuple[date | None, str]]:
    from pipeline.extract.dates import DateContext, parse_dates

    return [(m.value.start, m.value.precision) for m in parse_dates(text, DateContext(ref, "day", ref.year, None))]


def _year(r: dict) -> int | None:
    return r["date_start"].year if r["date_start"] is not None and r["date_precision"] == "year" else None


# --- a season dates a planned event by its year ----------------------------------------------------


def test_session_will_be_held_in_the_autumn_is_this_year(tmp_path):
    rows = run(
        tmp_path,
        "The fifth meeting of the Ghana-Kenya Joint Commission was held in Accra on Monday. The sixth "
        "meeting will be held in Nairobi in the autumn.",
        published="2026-03-11",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert _year(planned[0]) == 2026


def test_round_this_spring_and_conference_next_spring(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Peru agreed that the next round of political consultations will take place in Lima this "
        "spring.",
        published="2026-01-20",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1 and _year(planned[0]) == 2026
    rows = run(
        tmp_path,
        "Norway's trade minister Ingrid Solberg will visit Santiago next spring, the ministry said.",
        published="2026-10-02",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and _year(visits[0]) == 2027


def test_season_with_its_own_year_keeps_the_year():
    found = _dates("The session will take place in Rabat in the autumn of 2027.", date(2026, 3, 1))
    assert found == [(date(2027, 1, 1), "year")]


def test_capitalised_season_or_season_noun_is_no_date():
    # near miss: "Arab Spring" is a name, "the spring session" a noun modifier, "a fall in" a drop
    for text in (
        "The Arab Spring changed the region.",
        "Exports saw a fall in prices.",
        "The spring session of parliament opened.",
    ):
        assert _dates(text, date(2026, 3, 1)) == [], text


# --- a bare month after a verb of scheduling ----------------------------------------------------------


def test_round_scheduled_for_month_takes_that_month(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Kenya concluded the third round of talks on a trade pact in Nairobi on Tuesday. The "
        "fourth round is scheduled for June in Accra.",
        published="2026-03-12",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2026, 6, 1) and planned[0]["date_precision"] == "month"


def test_talks_set_for_month(tmp_path):
    rows = run(
        tmp_path,
        "The ninth meeting of the Chile-Peru Joint Commission is set for October in Santiago.",
        published="2026-03-12",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2026, 10, 1)


def test_for_may_without_scheduling_verb_is_no_date():
    # near miss: "support for May" names a person, not the month
    assert _dates("Support for May grew among lawmakers.", date(2026, 3, 1)) == []


# --- a day inside the intention is the deciding's ----------------------------------------------------


def test_agreed_on_day_to_hold_exercise_later_this_year(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile agreed on Monday to hold their first joint naval exercise later this year.",
        published="2026-02-27",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1
    assert ex[0]["status"] == "planned" and _year(ex[0]) == 2026


def test_decided_weekday_to_convene_session_next_year(tmp_path):
    rows = run(
        tmp_path,
        "The foreign ministers of Ghana and Kenya decided Tuesday to convene the third session of their "
        "joint commission in Nairobi next year.",
        published="2026-02-27",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1 and _year(planned[0]) == 2027


def test_agreed_on_day_to_hold_session_dates_it_by_the_later_year(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile agreed on Monday to hold the 12th meeting of their Joint Commission in Lima later this "
        "year.",
        published="2026-02-27",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned"]
    assert len(planned) == 1
    assert _year(planned[0]) == 2026  # not Monday 23 February, the day of the agreeing


def test_exercise_held_on_day_after_agreement_keeps_its_day(tmp_path):
    # near miss: the day belongs to the exercise itself, no intention around it
    rows = run(
        tmp_path,
        "Peru and Chile held their first joint naval exercise on Monday off Valparaiso.",
        published="2026-02-27",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1
    assert ex[0]["status"] == "occurred" and ex[0]["date_start"] == date(2026, 2, 23)


# --- the establishment's own date in a relative clause after an anniversary ------------------------


def test_this_year_marks_anniversary_which_the_two_countries_established_on(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile are old partners. This year marks the 60th anniversary of the establishment of "
        "diplomatic relations, which the two countries established on March 3, 1966.",
        published="2026-05-10",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["date_start"] == date(1966, 3, 3) and rel[0]["date_precision"] == "day"


def test_anniversary_which_they_set_up_in_year(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Kenya are close friends. The year 2024 marked the 60th anniversary of the establishment of "
        "diplomatic relations, which Accra and Nairobi set up in 1964.",
        published="2026-05-10",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["date_start"] == date(1964, 1, 1)


def test_anniversary_celebrated_on_a_day_is_no_establishment_date(tmp_path):
    # near miss: the relative clause tells the celebration, not the establishment
    rows = run(
        tmp_path,
        "Peru and Chile are old partners. This year marks the 60th anniversary of the establishment of "
        "diplomatic relations, which the two countries will celebrate in Lima on March 3, 2026.",
        published="2026-01-10",
    )
    for r in of_type(rows, "relations_established"):
        assert r["date_start"] is None or r["date_start"].year != 2026 or r["date_precision"] != "day"


# --- bilateral ties established in a year, told in passing ----------------------------------------


def test_agreed_to_upgrade_bilateral_ties_which_were_established(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile agreed to upgrade bilateral ties, which were established in 1966, to a strategic "
        "partnership.",
        published="2026-05-10",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["status"] == "occurred" and _year(rel[0]) == 1966
    assert countries_of(rel[0]) == {"PER", "CHL"}


def test_bilateral_relations_established_in_year_apposition(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Kenya hailed bilateral relations, established in 1964, as a model for Africa.",
        published="2026-05-10",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and _year(rel[0]) == 1964


def test_bilateral_trade_ties_boosted_in_year_are_no_relations(tmp_path):
    # near miss: ties that were boosted (not established) in a year
    rows = run(
        tmp_path,
        "Ghana and Kenya agreed to expand bilateral trade ties, which were boosted in 2019 by a new ferry line.",
        published="2026-05-10",
    )
    assert of_type(rows, "relations_established") == []
