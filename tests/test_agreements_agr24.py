"""Agreement rules for unseen news (round 16). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> set[tuple]:
    return {(r["agreement_type"], r["quantity"], r["signed_date"]) for r in _run(text, ref)}


# --- a count before two coordinated modifiers ("11 intergovernmental and interdepartmental documents") ---


def test_a_count_before_coordinated_modifiers_counts_the_batch():
    rows = _rows("HAVANA, 5 May 2026 - After the talks, the two presidents witnessed the signing of 14 "
                 "intergovernmental and interagency documents.", dt.date(2026, 5, 5))
    assert rows == {("agreement", 14, dt.date(2026, 5, 5))}


def test_a_package_counted_before_coordinated_modifiers_counts_the_batch():
    rows = _rows("ASTANA, 9 March 2027 - On Monday, the two prime ministers witnessed the signing of a package of "
                 "nine bilateral and commercial agreements.", dt.date(2027, 3, 9))
    assert rows == {("agreement", 9, dt.date(2027, 3, 8))}


def test_a_count_of_something_else_before_a_coordination_is_no_count():
    # near miss: "3 hours and signed": a count of hours, then a verb
    rows = _rows("ASTANA, 9 March 2027 - The ministers, who met for 3 hours and signed agreements on trade and "
                 "energy, also visited the Expo site.", dt.date(2027, 3, 9))
    assert {q for _t, q, _d in rows} == {None}


# --- "as well as" after a long complement with commas: a second object of the signing verb --------------


def _lede(body: str) -> list[dict]:
    text = ("ROME, 12 May 2027 - The Prime Minister of Italy received the Prime Minister of Tunisia on "
            "Wednesday.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 5, 12))


def test_as_well_as_after_a_counted_batch_with_a_long_complement_shares_the_signing():
    rows = _lede("On the sidelines of the meeting, the two sides signed five memoranda of understanding covering "
                 "ports, fisheries, vocational training, water and the protection of archives, as well as an "
                 "executive programme for scientific cooperation for the years 2027-2029.")
    dates = {r["agreement_type"]: r["signed_date"] for r in rows}
    assert set(dates) == {"mou", "executive_program"}
    assert dates["mou"] is not None and dates["executive_program"] == dates["mou"]


def test_as_well_as_after_a_single_instrument_with_a_long_complement_shares_the_signing():
    rows = _lede("After the talks, the ministers signed an agreement covering maritime transport, tourism, civil "
                 "aviation and the mutual recognition of driving licences, as well as a joint declaration.")
    dates = {r["agreement_type"]: r["signed_date"] for r in rows}
    assert set(dates) == {"agreement", "joint_statement"}
    assert dates["agreement"] is not None and dates["joint_statement"] == dates["agreement"]


def test_as_well_as_before_an_instrument_with_a_verb_of_its_own_shares_no_signing():
    # near miss: the second instrument has a relative clause of its own (in force, not signed now)
    rows = _lede("After the talks, the ministers signed an agreement covering maritime transport, tourism, civil "
                 "aviation and driving licences, as well as a free trade agreement that remains in force.")
    assert [r["agreement_type"] for r in rows] == ["agreement"]


# --- a barter of goods ("gas-for-electricity swap agreement") is an agreement, not a currency swap ------------


def test_a_gas_for_electricity_swap_agreement_is_an_agreement():
    rows = _rows("Under a gas-for-electricity swap agreement signed in 2011, Turkmenistan supplies gas to "
                 "Georgia and receives electricity in return.", dt.date(2026, 4, 2))
    assert rows == {("agreement", None, dt.date(2011, 1, 1))}


def test_an_oil_for_goods_swap_arrangement_is_an_agreement():
    rows = _rows("Venezuela and Belarus signed an oil-for-goods swap arrangement in 2015.", dt.date(2026, 4, 2))
    assert rows == {("agreement", None, dt.date(2015, 1, 1))}


def test_a_currency_swap_agreement_stays_other():
    # near miss: a central banks' currency swap keeps type other
    rows = _rows("The central banks of Chile and Peru signed a currency swap agreement in 2015.", dt.date(2026, 4, 2))
    assert rows == {("other", None, dt.date(2015, 1, 1))}


# --- a headline's counted batch is the body's batch of the same count ------------------------------------


def _visit(headline: str, body: str) -> list[dict]:
    text = (headline + "\n\n"
            "HANOI, March 12. The President of Viet Nam held talks on Thursday with the President of Cuba, who is on "
            "a state visit from March 9 to 12.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 3, 12))


def test_a_headline_batch_during_the_visit_takes_the_day_the_body_tells():
    rows = _visit("Viet Nam and Cuba signed 9 documents during the visit of the Cuban president",
                  "On Tuesday, the two prime ministers witnessed the signing of nine documents.")
    assert {(r["quantity"], r["signed_date"]) for r in rows} == {(9, dt.date(2027, 3, 9))}


def test_a_headline_batch_after_the_talks_takes_the_day_the_body_tells():
    rows = _visit("Viet Nam, Cuba sign 12 agreements after the talks",
                  "On Wednesday, the foreign ministers signed twelve agreements after their talks in Hanoi.")
    assert {(r["quantity"], r["signed_date"]) for r in rows} == {(12, dt.date(2027, 3, 10))}


def test_a_headline_batch_keeps_its_day_when_the_body_batch_is_of_another_time():
    # near miss: the body's batch of the same count was signed years before
    rows = _visit("Viet Nam and Cuba signed 9 documents during the visit of the Cuban president",
                  "In 2019, the two countries signed nine documents on health.")
    assert {r["signed_date"] for r in rows if r["quantity"] == 9} == {dt.date(2027, 3, 12), dt.date(2019, 1, 1)}


# --- an all-capitals headline's instrument is the body's one of its kind --------------------------------


def _release(headline: str, body: str) -> list[dict]:
    text = ("PRESS RELEASE\n\n20 October 2026\n\n" + headline + "\n\n"
            "Ghana and Togo held the Third Session of the Ghana-Togo Joint Commission in Accra on 18 and 19 "
            "October 2026.\n\n" + body + "\n")
    return _run(text, dt.date(2026, 10, 20))


def test_an_all_capitals_headline_protocol_is_the_body_protocol_beside_agreed_minutes():
    rows = _release("GHANA, TOGO HOLD THIRD JOINT COMMISSION, SIGN PROTOCOL ON BORDER MARKETS",
                    "At the close of the session on 19 October, the two ministers signed the Protocol on the "
                    "Organisation of Border Markets and adopted the Agreed Minutes of the session.")
    protocols = [r for r in rows if r["agreement_type"] == "protocol"]
    assert len(protocols) == 2
    assert {(r["name"], r["signed_date"]) for r in protocols} == {
        ("Protocol on the Organisation of Border Markets", dt.date(2026, 10, 19))}


def test_an_all_capitals_headline_agreement_is_the_body_agreement_beside_a_statement():
    rows = _release("GHANA, TOGO SIGN AGREEMENT ON ROAD TRANSPORT",
                    "On 19 October, the two ministers signed the Agreement on International Road Transport of "
                    "Passengers and Goods and issued a joint communique.")
    agreements = [r for r in rows if r["agreement_type"] == "agreement"]
    assert len(agreements) == 2
    assert {(r["name"], r["signed_date"]) for r in agreements} == {
        ("Agreement on International Road Transport of Passengers and Goods", dt.date(2026, 10, 19))}


def test_an_all_capitals_headline_protocol_over_two_body_protocols_stays_apart():
    # near miss: two protocols in the body; the headline's is neither of them in particular
    rows = _release("GHANA, TOGO HOLD THIRD JOINT COMMISSION, SIGN PROTOCOL ON BORDER MARKETS",
                    "On 19 October, the two ministers signed the Protocol on Customs Cooperation and the Protocol on "
                    "Veterinary Inspection.")
    names = {r["name"] for r in rows if r["agreement_type"] == "protocol"}
    assert any(n and n.isupper() for n in names)


# --- a headline's instrument is the body's one whose name shares its words ------------------------------


def _wire(headline: str, body: str) -> list[dict]:
    text = (headline + "\n\nLIMA, March 12 (Agencia) -- Chile and Peru held talks between their foreign and "
            "defence ministers in Lima on Thursday.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 3, 12))


def test_a_headline_loan_deal_is_the_body_loan_agreement():
    rows = _wire("Chile, Peru hold talks in Lima, sign loan deal for metro extension",
                 "Following the talks, the two sides signed an agreement on the protection of classified information, "
                 "and the Chilean development bank signed a loan agreement with Peru's finance ministry.")
    assert sorted(r["name"] for r in rows if r["agreement_type"] == "agreement") == [
        "Agreement on the protection of classified information", "Loan agreement", "Loan agreement"]
    assert all(r["agreement_type"] != "other" for r in rows)


def test_a_headline_pipeline_deal_is_the_body_pipeline_accord():
    rows = _wire("Chile, Peru sign gas pipeline deal as ministers meet",
                 "After the meeting, the ministers signed an agreement on visa exemption and an accord on the gas "
                 "pipeline between Arica and Tacna.")
    assert all(r["agreement_type"] != "other" for r in rows)
    assert len({r["name"] for r in rows}) == 2


def test_a_headline_deal_sharing_no_word_with_the_body_instruments_stays_apart():
    # near miss: the headline's deal names none of the body's instruments
    rows = _wire("Chile, Peru sign fisheries deal",
                 "Following the talks, the two sides signed an agreement on the protection of classified information "
                 "and an agreement on visa exemption.")
    assert any(r["agreement_type"] == "other" for r in rows)
