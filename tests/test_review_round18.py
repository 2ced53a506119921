"""Review of round 18: sentences of ordinary news English where the round's rules over-fired or fell
short of their own pattern (own texts, other pairs than the round's tests), with near misses that keep
the round's intended behaviour."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run as _agreements_run
from tests.test_events_general import of_type, run
from tests.test_persons_per12 import people_of_document

# --- "Among the <plural> was an agreement": an item of the signed batch only if the plural is instruments --


def _batch(second: str) -> list[tuple]:
    text = ("NAIROBI, 10 June 2027 - Kenya and Turkey signed four agreements in Nairobi on Tuesday.\n\n"
            + second + "\n")
    return [(r["agreement_type"], r["name"], r["signed_date"]) for r in _agreements_run(text, dt.date(2027, 6, 10))]


def test_among_proposals_under_study_is_no_signed_item():
    rows = _batch("Among the proposals still under study is an agreement on visa exemption.")
    assert ("agreement", "Agreement on visa exemption", None) in rows
    rows = _batch("Among the ideas floated was an agreement on visa exemption.")
    assert all(r[2] is None for r in rows if r[1] is not None)


def test_near_miss_among_the_documents_signed_is_an_item_of_the_batch():
    rows = _batch("Among the documents signed was an agreement on visa exemption.")
    assert ("agreement", "Agreement on visa exemption", dt.date(2027, 6, 10)) in rows
    rows = _batch("Among the instruments exchanged was an agreement on visa exemption.")
    assert ("agreement", "Agreement on visa exemption", dt.date(2027, 6, 10)) in rows


# --- "targeting" an event is as often an aim as an attack: no cue of an attack's target ---------------------


def test_navies_targeting_joint_exercises_plan_an_exercise(tmp_path):
    rows = run(tmp_path, "The Indian and Japanese navies are targeting joint exercises in the Arabian Sea in "
                         "March.", published="2027-06-10")
    assert [r["date_start"] for r in of_type(rows, "military_exercise")] == [dt.date(2027, 3, 1)]


def test_near_miss_an_ambushed_joint_exercise_is_no_exercise(tmp_path):
    rows = run(tmp_path, "Gunmen ambushed a joint exercise of Kenyan and Somali troops near the border in "
                         "March.", published="2027-06-10")
    assert of_type(rows, "military_exercise") == []


# --- "invited X on a state visit" is the same invitation as "invited X for a state visit" -------------------


def test_invited_on_a_state_visit_is_a_planned_visit(tmp_path):
    rows = run(tmp_path, "Kenyan President William Ruto invited Ugandan President Yoweri Museveni on a state "
                         "visit to Nairobi.", published="2027-06-10")
    assert [r["status"] for r in of_type(rows, "visit")] == ["planned"]


def test_near_miss_invited_for_a_state_visit_stays_planned(tmp_path):
    rows = run(tmp_path, "Kenyan President William Ruto invited Ugandan President Yoweri Museveni for a state "
                         "visit to Nairobi.", published="2027-06-10")
    assert [r["status"] for r in of_type(rows, "visit")] == ["planned"]


# --- an acronym before a lower-case title gives its country only when only title words stand between ------

_URA = ("Uganda and Kenya sign customs deal\n\n"
        "The Uganda Revenue Authority (URA) signed a customs deal with Kenya on Monday.\n\n")


def test_a_verb_between_acronym_and_lower_case_title_gives_no_country():
    assert people_of_document(_URA + "URA welcomed trade minister Lee Chong at its offices in Kampala.\n") == {
        "Lee Chong": {None}}
    assert people_of_document(_URA + "A statement by URA quoted trade minister Lee Chong as saying the deal "
                                     "would cut delays.\n") == {"Lee Chong": {None}}


def test_near_miss_acronym_right_before_its_lower_case_title_gives_its_country():
    assert people_of_document(_URA + "URA chairman Lee Chong said the deal would cut delays.\n") == {
        "Lee Chong": {"UGA"}}
