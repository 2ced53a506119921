"""Agreement rules for unseen news (round 17). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _lede(body: str) -> list[dict]:
    text = ("NAIROBI, 10 June 2027 - The Kenyan foreign minister held talks with his Turkish counterpart in "
            "Nairobi on Tuesday.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 6, 10))


def _rows(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["name"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows}


# --- the instrument an amending one acts on, dated by a year ("a protocol amending the agreement of 1998") ---


def test_the_year_of_an_amended_agreement_is_no_signing_date_of_the_batch():
    rows = _lede("After the talks, they signed three cooperation documents, including a protocol amending the "
                 "maritime transport agreement of 1998, and documents on tourism and customs.")
    talks = dt.date(2027, 6, 8)
    batch = [r for r in rows if r["quantity"] == 3]
    protocol = [r for r in rows if r["agreement_type"] == "protocol"]
    assert [(r["signed_date"], r["signed_precision"]) for r in batch] == [(talks, "day")]
    assert [(r["signed_date"], r["signed_precision"]) for r in protocol] == [(talks, "day")]
    # the agreement amended is a fact of its own, concluded in 1998
    assert ("agreement", "Maritime transport agreement", None, dt.date(1998, 1, 1), "year") in _rows(rows)


def test_an_amended_agreement_dated_by_a_year_before_it_is_its_own_fact():
    rows = _run("ACCRA, 4 March 2027 - Ghana and Morocco on Wednesday signed a protocol amending their 2003 air "
                "services agreement and two memoranda of understanding.\n", dt.date(2027, 3, 4))
    day = dt.date(2027, 3, 3)
    got = _rows(rows)
    assert ("agreement", "Air services agreement", None, dt.date(2003, 1, 1), "year") in got
    assert {r["signed_date"] for r in rows if r["agreement_type"] in ("protocol", "mou")} == {day}
    assert all(r["countries"] == ["GHA", "MAR"] for r in rows)


def test_a_protocol_revising_a_treaty_of_a_year_signed_on_a_day():
    rows = _run("LIMA, 14 October 2027 - Peru and Ecuador on 12 October signed a supplementary protocol revising "
                "the border treaty of 1998.\n", dt.date(2027, 10, 14))
    dates = {(r["agreement_type"], r["signed_date"]) for r in rows}
    assert dates == {("treaty", dt.date(1998, 1, 1)), ("protocol", dt.date(2027, 10, 12))}


def test_a_protocol_amending_an_undated_agreement_names_no_second_instrument():
    # near miss: no year dates the amended agreement, so it is no fact of its own
    rows = _lede("After the talks, they signed a protocol amending the agreement on road transport.")
    assert [r["agreement_type"] for r in rows] == ["protocol"]
    assert rows[0]["signed_date"] == dt.date(2027, 6, 8)


def test_a_treaty_of_a_year_told_alone_keeps_its_year():
    # near miss: no amending instrument; "the treaty of 1977" is itself the dated reference
    rows = _lede("The ministers also reviewed the boundary treaty of 1977.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {("treaty", dt.date(1977, 1, 1))}


# --- a new instrument only discussed is not signed ----------------------------------------------------------


def test_an_indefinite_instrument_the_ministers_discussed_is_no_signed_one():
    assert _lede("The ministers also discussed a new agreement on fisheries and a possible visa waiver.") == []


def test_talked_about_an_instrument_is_no_signing():
    assert _lede("They also talked about a new agreement on air services to double weekly flights.") == []


def test_an_instrument_that_was_discussed_is_no_signed_one():
    assert _lede("Kenya's side said a new agreement on the purchase of Turkish drones was also discussed.") == []


def test_a_signed_instrument_whose_implementation_was_discussed_stays():
    # near miss: the definite, dated instrument discussed is a signed one
    rows = _lede("The ministers discussed the implementation of the agreement on fisheries signed in 2019.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {("agreement", dt.date(2019, 1, 1))}


def test_a_signed_instrument_that_had_been_discussed_for_years_stays_signed():
    # near miss: the signing cue is the instrument's own verb
    rows = _lede("After the talks, they signed an agreement on fisheries, which was discussed for two years.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {("agreement", dt.date(2027, 6, 8))}


# --- an instrument and its own protocol ("the Agreement on X and its protocol, signed in ..."): one fact ---------


def test_an_agreement_and_its_protocol_signed_in_a_month_is_one_dated_agreement():
    rows = _lede("They also reviewed the implementation of the Agreement on Border Trade and its protocol, signed in "
                 "Mombasa in May 2019.")
    assert _rows(rows) == {("agreement", "Agreement on Border Trade", None, dt.date(2019, 5, 1), "month")}


def test_a_treaty_and_its_additional_protocol_signed_in_a_year_is_one_treaty():
    rows = _lede("Kenya and Turkey signed the Treaty on Mutual Legal Assistance and its additional protocol in 2012.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {("treaty", dt.date(2012, 1, 1))}


def test_their_protocol_after_a_singular_agreement_is_the_parties_own_instrument():
    # near miss: after a singular instrument, "their" is the parties' — two instruments
    rows = _lede("After the talks, they signed a fisheries agreement and their first protocol on customs.")
    assert sorted(r["agreement_type"] for r in rows) == ["agreement", "protocol"]


def test_an_agreement_and_a_separate_protocol_stay_two_instruments():
    # near miss: no possessive, a second instrument
    rows = _lede("After the talks, they signed an agreement on fisheries and a protocol on customs.")
    assert sorted(r["agreement_type"] for r in rows) == ["agreement", "protocol"]


def test_a_titled_instrument_that_was_discussed_stays_a_mention():
    # near miss: the definite, titled instrument discussed is an existing one
    rows = _lede("The Agreement on Maritime Transport was also discussed.")
    assert [r["name"] for r in rows] == ["Agreement on Maritime Transport"]
