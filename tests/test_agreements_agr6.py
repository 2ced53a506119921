"""Agreement rules for unseen news (round 6): the nouns of a meeting (talks, meeting, discussions,
consultations) refer back to a sentence telling it with any of their verbs; "closed/ended with" a
declaration issues it; a signing witnessed by the leaders during a visit spanning days happens at
their meeting, not on the day of an arrival or a call-on told after it.  Own sentences, other
countries than the dev sets."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run

# a prelude long enough that the meeting sentence is no lede of the document
_PRELUDE = ("Fish exports rose 8 percent last year, data showed.\n\nShipments of fishmeal led the rise, traders "
            "said. Prices also rose. Freight costs fell. Demand from Asia was strong.\n\nAnalysts expect more "
            "growth. Exporters are upbeat. Ports are busy. Fleets are expanding. Banks are lending.\n\n"
            "Quotas will rise next season, officials said. A new port is planned.\n\n")


def test_the_talks_refer_back_to_a_sentence_that_met_and_discussed():
    text = (_PRELUDE + "Peruvian Foreign Minister Ana Rojas met Chilean Foreign Minister Luis Soto in Lima on "
            "Tuesday, where the two discussed fisheries.\n\nRojas told reporters that Peru wanted more "
            "investment.\n\nFollowing the talks, the two agencies signed a memorandum of understanding on "
            "fisheries research.")
    [r] = _run(text, dt.date(2025, 7, 20))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 7, 15), "day")
    assert r["countries"] == ["CHL", "PER"]


def test_the_meeting_refers_back_to_a_sentence_that_held_talks():
    text = (_PRELUDE + "Kenyan Trade Minister John Kamau held talks with Ghanaian Trade Minister Kofi Boateng "
            "in Accra on Monday.\n\nBoateng said both sides want more trade.\n\nAfter the meeting, the two "
            "ministers signed a protocol on customs cooperation.")
    [r] = _run(text, dt.date(2025, 7, 20))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 7, 14), "day")
    assert r["agreement_type"] == "protocol"


def test_a_summit_that_closed_with_a_declaration_issued_it():
    text = ("Zambia and Malawi held their fourth joint commission in Lusaka on 12 March 2025. It closed with "
            "the Lusaka Declaration and the signing of five agreements on trade and energy.")
    rows = _run(text, dt.date(2025, 3, 14))
    by_type = {r["agreement_type"]: r for r in rows}
    assert by_type["joint_statement"]["name"] == "Lusaka Declaration"
    assert by_type["joint_statement"]["signed_date"] == dt.date(2025, 3, 12)
    assert by_type["agreement"]["quantity"] == 5


def test_a_meeting_that_ended_with_a_joint_communique_issued_it():
    text = ("The foreign ministers of Uruguay and Paraguay met in Asuncion on 2 June 2025. The meeting ended "
            "with a joint communique on river navigation.")
    rows = _run(text, dt.date(2025, 6, 3))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("joint_statement", dt.date(2025, 6, 2))]


def test_a_meeting_that_ended_with_a_press_conference_has_no_instrument():
    text = "The foreign ministers of Uruguay and Paraguay met in Asuncion on 2 June 2025. The meeting ended with a press conference."
    assert _run(text, dt.date(2025, 6, 3)) == []


def test_a_witnessed_signing_during_a_visit_is_on_the_day_of_the_leaders_meeting():
    text = ("President Mwansa of Zambia paid a state visit to Botswana on 3-5 June 2025.\n\n"
            "The two Presidents held talks at the State House in Gaborone on 4 June. On his arrival on 3 June, "
            "President Mwansa laid a wreath at the national monument.\n\n"
            "In the presence of the two Presidents, four agreements were exchanged.")
    rows = _run(text, dt.date(2025, 6, 5))
    [r] = [r for r in rows if r["quantity"] == 4]
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 6, 4), "day")


def test_a_witnessed_signing_after_a_summit_and_a_later_tour():
    text = ("Chancellor Weber of Austria visited Slovenia on 10-12 March 2025.\n\n"
            "The two leaders met for a summit in Ljubljana on 11 March 2025. On 10 March, the Chancellor "
            "toured a car plant in Novo Mesto.\n\n"
            "The two heads of government witnessed the signing of three memoranda of understanding.")
    rows = _run(text, dt.date(2025, 3, 12))
    [r] = [r for r in rows if r["quantity"] == 3]
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 3, 11), "day")


def test_talks_in_the_lede_of_a_visit_spanning_days_give_no_day_of_their_own():
    # the lede's date is the visit's span, not the day of the talks: the report's day stands
    text = ("President Olsen held talks with President Berg of Norway, who is in Denmark on a state visit "
            "from 16 to 18 June.\n\nThe two leaders discussed energy and shipping.\n\n"
            "The documents signed in the presence of the two heads of state include three agreements.")
    rows = _run(text, dt.date(2025, 6, 17))
    assert rows and all(r["signed_date"] == dt.date(2025, 6, 17) for r in rows)


def test_an_exchange_of_notes_on_a_loan_is_a_financing_instrument():
    text = ("Korean Foreign Minister Park Ji-ho met Indonesian Foreign Minister Sari Wulandari in Jakarta on "
            "3 May 2025, and the two signed an Exchange of Notes concerning a Korean EDCF loan for the Bandung metro.")
    rows = _run(text, dt.date(2025, 5, 4))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("other", dt.date(2025, 5, 3))]


def test_an_exchange_of_letters_on_other_matters_stays_an_agreement():
    text = ("Portugal and Cape Verde signed an Exchange of Letters on visa facilitation in Praia on 8 May 2025. "
            "They also signed an Exchange of Notes on a grant for rural schools and an Exchange of Notes "
            "concerning a concessional credit line for ports.")
    rows = _run(text, dt.date(2025, 5, 9))
    assert [r["agreement_type"] for r in rows] == ["agreement", "agreement", "other"]
