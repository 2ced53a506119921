"""Event extraction, round 8 of tuning (own short texts, invented names).

Families: the first person of a speech or a transcript ("I visited", "X and I co-chaired", "I was
received by") is the speaker the heading ("Remarks by X") or the paragraph's speaker label names;
"was received at <place> by" is a meeting; an ordinal bilateral "Talks" is a session; a British
masthead date ("Thursday, the 23rd of April, 2026") is the publication day; "this morning" is the
reference day.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from pipeline.extract.dates_dateline import find_dateline
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# the first person of a speech or a transcript
# --------------------------------------------------------------------------------------------


def test_i_of_a_speech_is_the_speaker_its_heading_names(tmp_path):
    rows = run(
        tmp_path,
        "Remarks by Mr Tomas Lindgren, Minister for Foreign Affairs of Norway, at the Oslo-Lima business forum\n\n"
        "Lima, 9 March 2025\n\n"
        "Dear friends,\n\n"
        "Yesterday I was received by President Rosa Quispe of Peru. This morning, Minister Carla Rojas and I "
        "co-chaired the second session of the Norway-Peru Political Dialogue.",
        published="2025-03-09",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert len(meetings) == 2
    assert {"Tomas Lindgren", "Rosa Quispe"} <= persons_of(meetings[0])
    assert meetings[0]["date_start"] == date(2025, 3, 8)
    assert {"Tomas Lindgren", "Carla Rojas"} <= persons_of(meetings[1])
    assert meetings[1]["date_start"] == date(2025, 3, 9) and meetings[1]["mechanism_round"] == 2


def test_i_of_a_transcript_is_the_speaker_of_the_label_until_the_next_label(tmp_path):
    rows = run(
        tmp_path,
        "House of Representatives\n\n"
        "The Minister for Trade (Helen Okafor): Thank you, Madam Speaker. From 3 to 6 February I visited Accra. "
        "I also spoke by telephone to the Ghanaian Finance Minister, Mr Kwame Boateng, on 10 February.\n\n"
        "Mr Speaker: I call the honourable member for Eastfield.\n\n"
        "Peter Vance (Eastfield) (Ind): I met the Ghanaian ambassador, Ms Abena Owusu, in January.",
        published="2025-02-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and "Helen Okafor" in persons_of(visits[0])
    assert visits[0]["date_start"] == date(2025, 2, 3) and "GHA" in countries_of(visits[0])
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and {"Helen Okafor", "Kwame Boateng"} <= persons_of(calls[0])
    # the member's "I" is the member, never the minister of an earlier label
    assert all("Helen Okafor" not in persons_of(m) for m in of_type(rows, "meeting") if "Abena Owusu" in persons_of(m))


def test_quoted_i_and_roman_numerals_are_not_the_speaker(tmp_path):
    rows = run(
        tmp_path,
        "Statement by Ms Ingrid Dahl, Minister of Defence of Denmark\n\n"
        "Danish and Polish troops held the joint military exercise Baltic Oak I in Gdansk in May 2024. "
        '"I met President Jan Nowak there," said General Piotr Zielinski.',
        published="2024-11-20",
    )
    ex = of_type(rows, "military_exercise")
    assert ex and all("Ingrid Dahl" not in persons_of(r) for r in ex)
    assert all("Ingrid Dahl" not in persons_of(r) for r in of_type(rows, "meeting"))


def test_received_at_a_place_by_a_leader_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial visited Hanoi from 2 to 5 March 2025. On 4 March Ms Vial was received "
        "at the Presidential Palace by Vietnamese President Nguyen Van Hai.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and {"Rosa Vial", "Nguyen Van Hai"} <= persons_of(meetings[0])
    assert meetings[0]["date_start"] == date(2025, 3, 4)


def test_an_ordinal_bilateral_talks_is_a_session_with_its_round(tmp_path):
    rows = run(
        tmp_path,
        "On 14 May 2024 the two ministers held the sixth Chile-Ghana Foreign Ministers' Talks in Accra.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["mechanism_round"] == 6
    assert countries_of(meetings[0]) == {"CHL", "GHA"}


# --------------------------------------------------------------------------------------------
# dates: a British masthead, "this morning"
# --------------------------------------------------------------------------------------------


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)), st.booleans(), st.booleans())
def test_british_masthead_date_is_the_publication_day(d, weekday, comma):
    line = f"the {_ordinal(d.day)} of {d.strftime('%B')}{',' if comma else ''} {d.year}"
    if weekday:
        line = f"{d.strftime('%A')}, {line}"
    text = f"THE EASTERN COURIER\nNorwich - Ipswich\n{line}\n\nNEWS\n\nA headline\n"
    assert find_dateline(text) == d


@settings(max_examples=30, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)),
       st.sampled_from(["This morning", "This afternoon", "This evening"]))
def test_this_morning_is_the_reference_day(tmp_path_factory, d, phrase):
    tmp = tmp_path_factory.mktemp("m")
    rows = run(tmp, f"{phrase}, Chilean Foreign Minister Rosa Vial met Ghanaian Foreign Minister Kofi Mensah in Accra.",
               published=d.isoformat())
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == d
    assert meetings[0]["date_start"] != d - timedelta(days=1)


# --------------------------------------------------------------------------------------------
# a schedule: engagements listed under a day's heading line
# --------------------------------------------------------------------------------------------


def test_engagements_under_a_day_heading_are_planned_on_that_day(tmp_path):
    rows = run(
        tmp_path,
        "Programme of the visit of the Chilean delegation to Ghana\n\n"
        "Tuesday 3 June\n"
        "09:00 - Foreign Minister Kofi Mensah receives Chilean Foreign Minister Rosa Vial.\n"
        "14:30 - Third session of the Chile-Ghana Joint Commission, co-chaired by Minister Mensah and Minister Vial.\n\n"
        "Thursday 5 June\n"
        "11:00 - Ghanaian Trade Minister Ama Boateng holds a telephone conversation with Chilean Economy Minister "
        "Pablo Reyes.\n",
        published="2025-05-30",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["date_start"], m["status"]) for m in meetings] == [
        (date(2025, 6, 3), "planned"), (date(2025, 6, 3), "planned")]
    assert meetings[1]["mechanism_round"] == 3
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and (calls[0]["date_start"], calls[0]["status"]) == (date(2025, 6, 5), "planned")


def test_a_day_heading_of_a_past_programme_keeps_the_engagements_occurred(tmp_path):
    rows = run(
        tmp_path,
        "Monday 12 May\n"
        "10:00 - Foreign Minister Kofi Mensah met Chilean Foreign Minister Rosa Vial.\n",
        published="2025-05-30",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and (meetings[0]["date_start"], meetings[0]["status"]) == (date(2025, 5, 12), "occurred")


# --------------------------------------------------------------------------------------------
# a past-relative own date under a future clause
# --------------------------------------------------------------------------------------------


def test_a_visit_last_week_under_a_future_statement_occurred(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Vial will brief the Senate on her visit to Ghana last week.\n\n"
        "Peruvian President Luis Garcia will pay a state visit to Ghana in the last week of November.\n\n"
        "Last week, President Garcia renewed his invitation to President John Mahama to make a state visit to Peru.",
        published="2024-11-20",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [v["status"] for v in visits] == ["occurred", "planned", "planned"]
    assert "Rosa Vial" in persons_of(visits[0])


def test_a_subject_pronoun_points_back_past_an_apposition_of_the_object(tmp_path):
    rows = run(
        tmp_path,
        "On 3 June, Chilean Foreign Minister Rosa Vial met Ghana's President, John Mahama, in Accra. She also held "
        "talks with Ghana's Minister of Trade, Ama Boateng, the same day.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert len(meetings) == 2
    assert persons_of(meetings[1]) == {"Rosa Vial", "Ama Boateng"}


def test_they_after_a_meeting_are_its_two_persons(tmp_path):
    rows = run(
        tmp_path,
        "President Rosa Vial of Chile and President John Mahama of Ghana met in Madrid on 2 May 2024. They also "
        "spoke by phone on 3 June, when Ghana was dealing with floods.",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and persons_of(calls[0]) == {"Rosa Vial", "John Mahama"}
    assert calls[0]["date_start"] == date(2024, 6, 3)


def test_relations_had_since_a_year_and_dating_from_are_their_establishment(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Ghana have had diplomatic relations since 1962. Both sides praised the ties.\n\n"
        "Diplomatic relations between Chile and Namibia date from Namibia's independence in 1990.",
    )
    rel = sorted(of_type(rows, "relations_established"), key=lambda r: r["sentence_id"])
    assert [(r["date_start"], countries_of(r)) for r in rel] == [
        (date(1962, 1, 1), {"PER", "GHA"}), (date(1990, 1, 1), {"CHL", "NAM"})]


# --------------------------------------------------------------------------------------------
# sessions of a numbered series with the noun elided
# --------------------------------------------------------------------------------------------


def test_an_earlier_session_told_after_the_current_one_keeps_the_series(tmp_path):
    rows = run(
        tmp_path,
        "On 4 November the minister co-chaired the sixth Chile-Ghana Strategic Dialogue with Ghana's Foreign "
        "Minister, Ama Boateng. The fifth was held in Santiago in May 2023.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [(m["mechanism_round"], m["date_start"]) for m in meetings] == [(6, date(2024, 11, 4)), (5, date(2023, 5, 1))]
    assert countries_of(meetings[1]) == {"CHL", "GHA"}


def test_an_elided_session_in_the_same_sentence_is_a_meeting_of_its_own(tmp_path):
    rows = run(
        tmp_path,
        "The first session of the Peru-Kenya Political Dialogue took place in Lima in 2021 and the second in "
        "Nairobi in March 2023.\n\n"
        "On 12 November the two ministers held the fourth Chile-Ghana Foreign Ministers' Talks in Accra, the third "
        "having taken place in Santiago in June 2023.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: (r["sentence_id"], r["mechanism_round"]))
    got = [(m["mechanism_round"], m["date_start"], m["status"]) for m in meetings]
    assert got == [
        (1, date(2021, 1, 1), "occurred"), (2, date(2023, 3, 1), "occurred"),
        (3, date(2023, 6, 1), "occurred"), (4, date(2024, 11, 12), "occurred")]
    assert not persons_of(meetings[2])


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1995, max_value=2035), st.sampled_from([("latter", 7), ("former", 1)]), st.booleans())
def test_the_latter_or_former_half_of_a_year_is_that_half(tmp_path_factory, year, which, named):
    from pipeline.extract.dates import extract_dates
    from pipeline.ingest import ingest_files
    from pipeline.segment import segment
    import json

    word, month = which
    tmp = tmp_path_factory.mktemp("h")
    phrase = f"the {word} half of {year}" if named else f"the {word} half of the year"
    (tmp / "a.txt").write_text(f"Notes\n\nThe minister is expected to visit Lima in {phrase}.\n", encoding="utf-8")
    (tmp / "a.meta.json").write_text(json.dumps({"published_date": f"{year}-04-10"}))
    docs, _, _ = ingest_files(tmp)
    sentences = segment(docs)
    rows = extract_dates(sentences, docs).to_dicts()
    got = [r for r in rows if "half" in r["surface"]]
    assert len(got) == 1
    assert got[0]["date_start"] == date(year, month, 1)
    assert got[0]["date_end"] == (date(year, 6, 30) if month == 1 else date(year, 12, 31))


def test_an_office_attached_to_another_then_the_name_is_the_object(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Trade Secretary Luis Paredes met the State Secretary to the Minister for Foreign Trade of "
        "Norway, Ms. Ingrid Dahl, in Lima on 4 November 2024.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and {"Luis Paredes", "Ingrid Dahl"} <= persons_of(meetings[0])


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1995, 1, 13), max_value=date(2035, 12, 31)).filter(lambda d: d.day > 12),
       st.sampled_from(["position as on", "Position as at", "status as of"]))
def test_a_note_position_as_on_day_is_its_date(d, label):
    text = f"GOVERNMENT OF PERU\nMinistry of Trade\n\nSubject: Peru-Ghana trade - {label} {d.day:02d}.{d.month:02d}.{d.year}\n\nBody text.\n"
    assert find_dateline(text) == d


def test_a_departure_under_a_day_heading_is_a_planned_visit_on_that_day(tmp_path):
    rows = run(
        tmp_path,
        "Weekly schedule\n\n"
        "Friday 6 June\n"
        "Deputy Foreign Minister Luis Paredes of Peru departs for Accra, where he will hold the third round of "
        "Peru-Ghana political consultations on 9 June.\n",
        published="2025-05-30",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and (visits[0]["date_start"], visits[0]["status"]) == (date(2025, 6, 6), "planned")
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2025, 6, 9) and meetings[0]["status"] == "planned"
