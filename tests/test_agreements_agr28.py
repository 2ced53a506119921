"""Agreement rules for unseen news (round 20). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _facts(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows}


# --- "Following the talks": the day word right after the event word ("held talks today") -------------------


def test_following_the_talks_takes_today_of_the_talks_not_the_weekend_incident_of_the_lede():
    text = ("Kenya and Tanzania will jointly patrol the lake after Saturday's clash between fishing crews.\n\n"
            "Tanzania's foreign minister Juma Said Mrema arrived in Nairobi on Sunday for a working visit.\n\n"
            "Foreign Minister Alice Wanjiru Kamau and Minister Mrema held talks today at the ministry.\n\n"
            "Following the talks, the two ministers signed a memorandum of understanding on lake security.\n")
    [r] = _run(text, dt.date(2027, 6, 18))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("mou", dt.date(2027, 6, 18), "day")
    assert r["countries"] == ["KEN", "TZA"]


def test_after_the_meeting_takes_the_weekday_written_after_the_meeting():
    text = ("Peru and Ecuador pledged on Monday to reopen two border crossings closed by floods.\n\n"
            "The vice ministers of the two countries met on Thursday in Lima to review the border agenda.\n\n"
            "After the meeting, they signed an agreement on the management of border crossings.\n")
    [r] = _run(text, dt.date(2027, 10, 9))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("agreement", dt.date(2027, 10, 7), "day")


def test_talks_held_on_the_lede_day_are_not_moved_to_the_first_day_of_the_visit():
    text = ("Ministry of Foreign Affairs\n\n"
            "RIGA, APRIL 21, LETA.\n\nForeign Minister of Latvia Anna Ozola held talks today with Foreign Minister of "
            "Portugal Rui Manuel Costa, who is paying an official visit to Latvia on 20-21 April.\n\n"
            "Following the talks, the ministers signed a memorandum of understanding on consular cooperation.\n")
    [r] = _run(text, dt.date(2027, 4, 21))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("mou", dt.date(2027, 4, 21), "day")
    assert r["countries"] == ["LVA", "PRT"]


# --- "At the end of the session": the day written in the session's own clause, after its long name ------------


def test_at_the_end_of_the_session_takes_the_day_after_the_long_name_of_the_committee():
    text = ("Hanoi, 10 March 2027\n\n"
            "The leaders of Viet Nam and Mozambique exchanged greetings today on the anniversary of their ties.\n\n"
            "During the visit, the two deputy prime ministers co-chaired the 12th session of the Viet Nam - "
            "Mozambique Intergovernmental Committee on Economic, Cultural and Technical Cooperation in Maputo on 6 March.\n\n"
            "At the end of the session, the two sides signed four cooperation documents in the fields of "
            "agriculture and health.\n")
    [r] = _run(text, dt.date(2027, 3, 10))
    assert (r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"]) == (
        "agreement", 4, dt.date(2027, 3, 6), "day")
    assert r["countries"] == ["MOZ", "VNM"]


def test_following_the_session_takes_its_day_after_the_commission_name():
    text = ("Accra, 20 May 2027\n\n"
            "Ghana's foreign minister briefed parliament today on relations with Senegal.\n\n"
            "Earlier, the two foreign ministers co-chaired the third session of the Ghana-Senegal Permanent Joint "
            "Commission for Economic, Social and Cultural Cooperation in Dakar on 15 May.\n\n"
            "Following the session, they signed an agreement on air services.\n")
    [r] = _run(text, dt.date(2027, 5, 20))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("agreement", dt.date(2027, 5, 15), "day")


# --- a range of years named as a period is the instrument's span, not its signing -----------------------------


def test_a_period_after_a_place_is_no_future_signing_date():
    text = ("Luanda, 4 July 2027\n\n"
            "The foreign ministers of Angola and Cuba co-chaired the ninth session of their joint commission in "
            "Luanda on 3 July.\n\n"
            "At the end of the session, the two sides signed three cooperation documents, including an accord on "
            "sugar cane research in Angola for the 2028-2031 period.\n")
    rows = _run(text, dt.date(2027, 7, 4))
    assert ("agreement", dt.date(2027, 7, 3), "day") in _facts(rows)
    assert {r["signed_date"] for r in rows} == {dt.date(2027, 7, 3)}


def test_for_the_period_of_years_after_a_place_is_no_signing_date():
    text = ("Tbilisi, 12 February 2027\n\n"
            "The defence ministers of Georgia and Estonia held talks in Tbilisi on 11 February.\n\n"
            "Following the talks, they signed an agreement on cyber defence training in Estonia "
            "for the period 2028-2030.\n")
    [r] = _run(text, dt.date(2027, 2, 12))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("agreement", dt.date(2027, 2, 11), "day")
    assert r["countries"] == ["EST", "GEO"]


def test_a_past_year_after_a_place_still_dates_the_signing():
    # near miss: a year that is not a period named by "for the" dates the signing
    text = "Georgia and Estonia signed an agreement on cyber defence training in Estonia in 2019."
    [r] = _run(text, dt.date(2027, 2, 12))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2019, 1, 1), "year")


# --- conditional and negated signings are no signing ----------------------------------------------------------


def test_if_an_agreement_were_signed_is_a_hypothesis():
    text = ("Analyst Marta Quispe said bilateral trade between Chile and Bolivia could double if a free trade "
            "agreement were signed.")
    assert _run(text, dt.date(2027, 3, 1)) == []


def test_if_the_treaty_is_concluded_is_a_condition():
    text = "Argentina would open its ports to Paraguayan grain if the river navigation treaty is concluded next year."
    assert _run(text, dt.date(2027, 3, 1)) == []


def test_an_agreement_signed_after_if_in_another_clause_is_still_signed():
    # near miss: the signing is told in the main clause, the condition is about something else
    text = ("Chile and Bolivia signed an agreement on border trade on 2 March 2027, and trade could double if "
            "tariffs fall.")
    [r] = _run(text, dt.date(2027, 3, 5))
    assert (r["agreement_type"], r["signed_date"]) == ("agreement", dt.date(2027, 3, 2))


def test_an_agreement_that_has_not_yet_been_concluded_is_not_signed():
    text = ("Nepal and Bangladesh held the third round of negotiations on a power trade agreement in Kathmandu "
            "in May 2027, but the agreement has not yet been concluded.")
    assert [r for r in _run(text, dt.date(2027, 6, 1)) if r["signed_date"] is not None] == []


def test_a_treaty_that_had_never_been_signed():
    text = "Officials said the border treaty with Bhutan had never been signed by Nepal in 2019."
    assert _run(text, dt.date(2027, 6, 1)) == []


def test_an_agreement_that_has_been_signed_is_signed():
    # near miss: no negation
    text = "Nepal and Bangladesh said the power trade agreement has been signed in Dhaka on 4 May 2027."
    [r] = _run(text, dt.date(2027, 5, 6))
    assert (r["agreement_type"], r["signed_date"]) == ("trade_agreement", dt.date(2027, 5, 4))


# --- a trade partnership agreement is a trade agreement -------------------------------------------------------


def test_a_trade_partnership_agreement_is_a_trade_agreement():
    text = "The UK-Kenya Trade Partnership Agreement, signed in December 2020, keeps Kenyan flowers duty-free."
    [r] = _run(text, dt.date(2027, 1, 5))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == (
        "trade_agreement", dt.date(2020, 12, 1), "month")
    assert r["countries"] == ["GBR", "KEN"]


def test_a_lower_case_trade_partnership_agreement_is_a_trade_agreement():
    text = "Canada and Ecuador signed a trade partnership agreement in Quito on 14 January 2027."
    [r] = _run(text, dt.date(2027, 1, 20))
    assert (r["agreement_type"], r["signed_date"]) == ("trade_agreement", dt.date(2027, 1, 14))


def test_a_partnership_agreement_without_trade_stays_an_agreement():
    text = "Canada and Ecuador signed a security partnership agreement in Quito on 14 January 2027."
    [r] = _run(text, dt.date(2027, 1, 20))
    assert r["agreement_type"] == "agreement"
