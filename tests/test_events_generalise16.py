"""Event extraction, round 9 of tuning (own short texts, invented names).

Families: the stamp line of each post or item (a thread, an aggregator page) is the day its
relative words count from; a weekday heading of a weekly diary gives the day; a journal's
"Published online:" date; a chronology's range heading is the span of the visit under it, "On the
11th he …" a day of that month, "the second half of the month" that month; an acronym a question or
a heading defines names the body later; a body's acronym between its name and its verb; the head
of the other side told in the active ("X led the Chilean delegation"); questions tell no event;
"the Nth iteration of Exercise X"; "spent Friday in talks"; "shall be held"; the visitor after
an apposition's comma; legal ranges ("from the 20th to the 22nd day of January, 2026"); a quoted
series name before the exercise noun and its earlier edition; "after five days of drills"; the
sides of "the two ministers … agreed to hold the first round"; "After the meeting, A and B …"; a
dash ends a mechanism's name; "she and her counterpart, <title> X".
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from pipeline.extract.dates_dateline import find_dateline
from pipeline.extract.dates_stamps import stamp_day
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# stamps: a post's or an item's own stamp line
# --------------------------------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
       st.sampled_from(["", "Agencia Sur · ", "Reuters | "]), st.booleans(), st.booleans())
def test_a_stamp_line_is_its_own_day(d, source, us_order, clock):
    when = f"{d.strftime('%B')} {d.day}, {d.year}" if us_order else f"{d.day} {d.strftime('%b')} {d.year}"
    line = f"{source}{when}{' · 5:42 PM' if clock else ''}"
    assert stamp_day(line, date(2040, 1, 1)) == d
    # a sentence with a date is no stamp line
    assert stamp_day(f"The minister arrived on {when}.", date(2040, 1, 1)) is None


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1995, 1, 2), max_value=date(2035, 12, 31)))
def test_a_relative_stamp_counts_from_the_page_day(page):
    assert stamp_day("Diario Andino · Yesterday", page) == page - timedelta(days=1)
    assert stamp_day("Diario Andino · 3 hours ago", page) == page
    assert stamp_day("Diario Andino · Yesterday", None) is None


def test_relative_words_of_a_post_count_from_its_stamp(tmp_path):
    rows = run(
        tmp_path,
        "Thread (1/3)\nMarch 3, 2025 · 9:10 AM\n"
        "Chilean Foreign Minister Rosa Vial, who arrived in Lima yesterday for a three-day official visit to Peru, "
        "today met Peruvian Foreign Minister Luis Garcia.\n\n"
        "(2/3)\nMarch 4, 2025 · 8:00 PM\n"
        "This morning Ms Vial called on President Ana Soto of Peru.\n",
        published="2025-03-04",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and (visits[0]["date_start"], visits[0]["date_end"]) == (date(2025, 3, 2), date(2025, 3, 4))
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["date_start"] for m in meetings] == [date(2025, 3, 3), date(2025, 3, 4)]


def test_a_weekday_heading_of_a_weekly_diary_gives_the_day(tmp_path):
    rows = run(
        tmp_path,
        "Our weekly look at who met whom.\n\n"
        "MONDAY\n"
        "Chilean Foreign Minister Rosa Vial held talks in Lima with Peruvian Foreign Minister Luis Garcia.\n\n"
        "WEDNESDAY\n"
        "Peruvian Deputy Minister Ana Soto received Chile's Ambassador to Peru, Pablo Reyes.\n",
        published="2026-10-25",  # a Sunday: the week of 19-25 October
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [m["date_start"] for m in meetings] == [date(2026, 10, 19), date(2026, 10, 21)]


# --------------------------------------------------------------------------------------------
# a journal: its "Published online" date, a chronology's headings
# --------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)))
def test_published_online_is_the_publication_day(d):
    text = (f"Andean Review\nVol. 4 (2026)\nReceived: 1 January 1990 · Accepted: 2 February 1990 · "
            f"Published online: {d.day} {d.strftime('%B')} {d.year}\n\nCHRONOLOGY\n")
    assert find_dateline(text) == d


def test_a_chronology_under_a_range_heading_and_a_month_heading(tmp_path):
    rows = run(
        tmp_path,
        "Unless stated otherwise, all dates are in 2026.\n\n"
        "February\n"
        "10–12 February. Luis Garcia paid an official visit to Santiago, the first by a Peruvian foreign minister "
        "since 2019. On the 11th he held talks with Chilean Foreign Minister Rosa Vial.\n\n"
        "March\n"
        "In the second half of the month, the 4th round of Chile–Peru Policy Consultations took place in Lima.\n",
        published="2026-09-02",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and (visits[0]["date_start"], visits[0]["date_end"]) == (date(2026, 2, 10), date(2026, 2, 12))
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings[0]["date_start"] == date(2026, 2, 11)
    assert meetings[-1]["mechanism_round"] == 4
    assert (meetings[-1]["date_start"], meetings[-1]["date_precision"]) == (date(2026, 3, 1), "month")


# --------------------------------------------------------------------------------------------
# bodies: acronyms, "for the Nth time", the other side's head
# --------------------------------------------------------------------------------------------


def test_an_acronym_a_question_defines_names_the_body_later(tmp_path):
    rows = run(
        tmp_path,
        "Q2. What is the Chile–Peru Bi-National Commission (BNC)?\n"
        "The BNC is the highest body of bilateral cooperation. The 5th Session of the BNC was held in Lima on "
        "3 and 4 May 2025. The 6th Session will be held in Chile in 2027.\n",
        published="2025-08-01",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["mechanism_round"], m["status"]) for m in meetings] == [(5, "occurred"), (6, "planned")]
    assert all(countries_of(m) == {"CHL", "PER"} for m in meetings)
    assert meetings[0]["date_start"] == date(2025, 5, 3)


def test_a_body_with_its_acronym_before_the_verb_and_the_head_of_a_side(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Peru are neighbours and partners.\n\n"
        "The Joint Commission on Defence and Security (JCDS) met for the 12th time in Tacna in April. "
        "Major General Luis Garcia led the Peruvian delegation.\n",
        published="2025-08-01",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["mechanism_round"] == 12
    assert countries_of(meetings[0]) == {"CHL", "PER"} and "Luis Garcia" in persons_of(meetings[0])


def test_a_question_tells_no_event(tmp_path):
    rows = run(
        tmp_path,
        "Q1. When did Chile and Peru establish diplomatic relations?\n"
        "Diplomatic relations were established on 3 May 1990.\n",
        published="2025-08-01",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1990, 5, 3)


def test_shall_be_held_is_a_planned_session(tmp_path):
    rows = run(
        tmp_path,
        "The Fourth Meeting of the Chile–Peru Joint Commission was held at Lima on 20 January 2026. "
        "The Fifth Meeting shall be held at Santiago in 2027.",
        published="2026-03-14",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["mechanism_round"], m["status"]) for m in meetings] == [(4, "occurred"), (5, "planned")]


# --------------------------------------------------------------------------------------------
# exercises
# --------------------------------------------------------------------------------------------


def test_the_nth_iteration_of_a_named_exercise(tmp_path):
    rows = run(
        tmp_path,
        "Soldiers from the Chilean Army and the Peruvian Army completed the fifth iteration of Exercise Andes "
        "Bridge near Arica last month.",
        published="2026-09-13",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1 and (ex[0]["mechanism"], ex[0]["mechanism_round"]) == ("Andes Bridge", 5)
    assert ex[0]["date_start"] == date(2026, 8, 1)


def test_a_quoted_series_before_the_noun_its_length_and_its_first_edition(tmp_path):
    rows = run(
        tmp_path,
        'LIMA, June 6 — Chilean and Peruvian naval units concluded the second "Bay of Lima Shield" maritime '
        "exercise off Callao on Friday after five days of drills. The first edition was held off Arica in 2024.",
        published="2026-06-09",
    )
    ex = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    # (a quoted name is the series' even when it holds a place)
    assert [(x["mechanism"], x["mechanism_round"]) for x in ex] == [("Bay of Lima Shield", 2), ("Bay of Lima Shield", 1)]
    assert (ex[0]["date_start"], ex[0]["date_end"]) == (date(2026, 6, 1), date(2026, 6, 5))
    assert (ex[1]["date_start"], ex[1]["date_precision"]) == (date(2024, 1, 1), "year")


# --------------------------------------------------------------------------------------------
# participants
# --------------------------------------------------------------------------------------------


def test_the_two_spent_a_day_in_talks(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial arrived in Lima on Thursday for a two-day visit, and watched the match "
        "alongside Peruvian Foreign Minister Luis Garcia.\n\n"
        "The two had spent Friday in talks at the State House, covering security.",
        published="2026-09-13",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Rosa Vial", "Luis Garcia"}
    assert meetings[0]["date_start"] == date(2026, 9, 11)


def test_the_minister_of_a_visit_story_is_the_visitor(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial, who arrived in Lima yesterday for a three-day official visit to Peru, "
        "today co-chaired the 2nd meeting of the Chile-Peru Joint Committee with Peruvian Foreign Minister Luis "
        "Garcia.\n\nAfter the meeting, Ms. Vial and Minister Garcia witnessed the signing of four documents.\n\n"
        "Tomorrow the Minister will call on President Ana Soto at the palace.\n",
        published="2026-05-19",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    # no meeting of its own for the acts after the meeting told
    assert len(meetings) == 2
    assert persons_of(meetings[1]) == {"Rosa Vial", "Ana Soto"}
    assert (meetings[1]["date_start"], meetings[1]["status"]) == (date(2026, 5, 20), "planned")


def test_she_and_her_counterpart_with_a_title_before_the_name(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial landed in Lima on Monday for an official visit that ran until Thursday. "
        "On Tuesday she and her Peruvian counterpart, Foreign Minister Luis Garcia, co-chaired the second session "
        "of the Joint Committee on Trade — the first sat in Santiago last year.",
        published="2026-05-24",
    )
    meetings = of_type(rows, "meeting")
    session = next(m for m in meetings if m["mechanism_round"] == 2)
    assert persons_of(session) == {"Rosa Vial", "Luis Garcia"}
    assert session["mechanism"] == "Joint Committee on Trade"


def test_the_visitor_after_the_destination_and_an_apposition(tmp_path):
    rows = run(
        tmp_path,
        "It is hereby notified that the Agreement, signed at Lima on the 21st day of January, 2026, on the occasion "
        "of the Official Visit to Peru of the Honourable Prime Minister of Chile, Ms. Rosa Vial, from the 20th to "
        "the 22nd day of January, 2026, entered into force on the 2nd day of March, 2026.",
        published="2026-03-14",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and "Rosa Vial" in persons_of(visits[0])
    assert (visits[0]["date_start"], visits[0]["date_end"]) == (date(2026, 1, 20), date(2026, 1, 22))


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 28)), st.integers(1, 3))
def test_a_legal_range_of_days_is_one_span(tmp_path_factory, d, n):
    end = d + timedelta(days=n)
    if end.month != d.month:
        return
    tmp = tmp_path_factory.mktemp("r")
    rows = run(
        tmp,
        f"Chilean Foreign Minister Rosa Vial paid an official visit to Peru from the {_ordinal(d.day)} to the "
        f"{_ordinal(end.day)} day of {d.strftime('%B')}, {d.year}.",
        published="2036-01-01",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and (visits[0]["date_start"], visits[0]["date_end"]) == (d, end)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def test_the_two_ministers_agree_a_round_of_their_own_pair(tmp_path):
    rows = run(
        tmp_path,
        "-- CHILE/PERU: TALKS\nLIMA, June 8 — Chile and Peru will hold the 3rd session of the Chile-Peru Joint "
        "Committee in July.\n\n"
        "-- GHANA/TOGO: MINISTERS MEET\nACCRA, June 7 — Ghanaian Foreign Minister Kofi Mensah received Togolese "
        "Foreign Minister Paul Eyadema in Accra on Saturday. The two ministers signed a memorandum of "
        "understanding on political consultations and agreed to hold the first round in Lome before the end of "
        "the year.\n",
        published="2026-06-09",
    )
    planned = [m for m in of_type(rows, "meeting") if m["status"] == "planned" and m["date_precision"] == "year"]
    assert len(planned) == 1 and countries_of(planned[0]) == {"GHA", "TGO"}


def test_a_teaser_headline_under_its_stamp_leaves_the_event_to_the_teaser(tmp_path):
    rows = run(
        tmp_path,
        "Topic page · Chile–Peru\n\n"
        "Diario Andino · Yesterday\n"
        "Joint Commission meets for 9th time\n"
        "The Chile–Peru Joint Commission held its 9th session in Lima on Tuesday, co-chaired by Foreign Minister "
        "Rosa Vial of Chile and Foreign Minister Luis Garcia of Peru.\n",
        published="2026-11-05",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Rosa Vial", "Luis Garcia"}
    assert meetings[0]["date_start"] == date(2026, 11, 3)


def test_a_visit_that_has_not_been_scheduled_is_no_event(tmp_path):
    rows = run(
        tmp_path,
        "A state visit by President Luis Garcia of Peru to Chile, mooted since 2024, has not been scheduled.",
        published="2026-09-02",
    )
    assert of_type(rows, "visit") == []

