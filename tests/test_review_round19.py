"""Review of round 19: sentences of ordinary news English where the round's rules over-fired (own texts,
other pairs than the round's tests), with near misses that keep the round's intended behaviour."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run as _agreements_run
from tests.test_events_general import of_type, persons_of, run
from tests.test_indicators_ind5 import _extract

# --- "The <modifier> meeting was co-chaired by": not when the modifier places it at another time ------------

_JWG = "The 5th meeting of the Kenya-Ghana Joint Working Group was held in Accra on 14 April 2027. "
_CHAIRS = "co-chaired by Kenyan Trade Secretary Peter Kamau and Ghanaian Trade Minister Kofi Mensah."


def _chaired(rows: list[dict]) -> list[tuple]:
    """(round, persons) of each meeting."""
    return sorted(((m["mechanism_round"] or 0), sorted(persons_of(m))) for m in of_type(rows, "meeting"))


def test_the_previous_meeting_was_co_chaired_is_another_meeting(tmp_path):
    # (the co-chairs are those of a meeting of its own, not only of the 5th one)
    rows = run(tmp_path, _JWG + "The previous meeting was " + _CHAIRS, published="2027-04-15")
    assert [r for r, _ in _chaired(rows)] == [0, 5]


def test_the_2025_session_was_co_chaired_is_another_session(tmp_path):
    rows = run(tmp_path, _JWG + "The 2025 session was " + _CHAIRS, published="2027-04-15")
    assert [r for r, _ in _chaired(rows)] == [0, 5]


def test_near_miss_the_jwg_meeting_was_co_chaired_is_the_meeting_told(tmp_path):
    rows = run(tmp_path, _JWG + "The JWG meeting was " + _CHAIRS, published="2027-04-15")
    assert _chaired(rows) == [(5, ["Kofi Mensah", "Peter Kamau"])]


# --- a headline's numbered session: by round alone only when the body has one session of that round ---------

_TWO_THIRDS = (
    "The third round of Political Consultations between Chile and Norway was held in Oslo on 10 April 2027, led "
    "by Chilean Vice Minister Rosa Vial and State Secretary Ole Berg.\n\n"
    "Separately, the third round of Chile-Norway economic talks took place in Bergen on 14 April 2027, led by "
    "Chilean Trade Minister Luis Mora and Norwegian Trade Minister Per Olsen.")


def test_headline_round_with_two_sessions_of_that_round_takes_the_one_it_names(tmp_path):
    rows = run(tmp_path, "Chile and Norway hold third round of economic talks\n\n" + _TWO_THIRDS,
               published="2027-04-15")
    meetings = of_type(rows, "meeting")
    assert sorted(m["date_start"] for m in meetings) == [dt.date(2027, 4, 10), dt.date(2027, 4, 14),
                                                         dt.date(2027, 4, 14)]
    assert [persons_of(m) for m in meetings if m["date_start"] == dt.date(2027, 4, 14)] == [
        {"Luis Mora", "Per Olsen"}] * 2


# --- "an invitation from A to B": "to" inside A's title is no addressee --------------------------------------


def test_invitation_from_an_adviser_to_the_president_keeps_the_addressee_before(tmp_path):
    rows = run(tmp_path, "The envoy conveyed to President Luis Mora of Peru an invitation from the Special Adviser "
                         "to the President of Norway to visit Oslo.", published="2027-02-03")
    [visit] = of_type(rows, "visit")
    assert persons_of(visit, "visitor") == {"Luis Mora"} and visit["host_country_iso3"] == "NOR"


def test_invitation_from_the_secretary_to_the_cabinet_keeps_the_addressee_before(tmp_path):
    rows = run(tmp_path, "Kenyan envoy Jane Wanjiru met President Luis Mora of Peru and delivered an invitation from "
                         "the Secretary to the Cabinet of Kenya to visit Nairobi.", published="2027-02-03")
    [visit] = of_type(rows, "visit")
    assert persons_of(visit, "visitor") == {"Luis Mora"} and visit["host_country_iso3"] == "KEN"


def test_near_miss_invitation_from_a_president_to_a_named_president(tmp_path):
    rows = run(tmp_path, "The envoy handed over an invitation from the President of Chile to Ghanaian President Kofi "
                         "Mensah to visit Chile next year.", published="2027-02-03")
    [visit] = of_type(rows, "visit")
    assert persons_of(visit, "visitor") == {"Kofi Mensah"} and visit["host_country_iso3"] == "CHL"


# --- ", with a combined volume of N tonnes" after two flows: the sum, not the last flow -----------------------

REF = dt.date(2026, 10, 7)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"])
            for r in _extract(text, REF)]


def test_combined_volume_after_exports_and_imports_is_no_import_volume():
    rows = _rows("Vietnam's exports to India reached $410 million in 2025 and its imports from India $95 million, "
                 "with a combined volume of 300,000 tonnes.")
    assert ("imports", 95e6, "USD", "IND", "VNM") in rows
    assert not any(r[0] == "imports" and r[2] == "tonnes" for r in rows)


def test_near_miss_total_volume_after_one_export_value_is_its_volume():
    rows = _rows("Peru's exports of coffee to Canada amounted to $120 million last year, with a total volume of "
                 "about 31,000 tonnes.")
    assert ("exports", 31000.0, "tonnes", "PER", "CAN") in rows


# --- a headline's lower-case description is the body's instrument only if it tells its subject ---------------


def _agreements(text: str) -> set[tuple]:
    return {(r["agreement_type"], r["name"], r["signed_date"]) for r in _agreements_run(text, dt.date(2027, 3, 17))}


def test_headline_described_tourism_pact_is_not_the_body_defence_agreement():
    rows = _agreements("Kenya, Ghana sign pact on tourism\n\n"
                       "Kenya and Ghana signed an Agreement on Defence Cooperation in Nairobi on Monday, the foreign "
                       "ministry said.\n")
    assert {name for _, name, _ in rows} == {"Pact on tourism", "Agreement on Defence Cooperation"}
    assert ("agreement", "Agreement on Defence Cooperation", dt.date(2027, 3, 15)) in rows


def test_near_miss_headline_described_visa_pact_is_the_body_visa_agreement():
    rows = _agreements("Kenya, Ghana sign pact to ease visa rules\n\n"
                       "Kenya and Ghana signed an Agreement on Visa Waivers for Official Passport Holders in Nairobi "
                       "on Monday, the foreign ministry said.\n")
    assert rows == {("agreement", "Agreement on Visa Waivers for Official Passport Holders", dt.date(2027, 3, 15))}
