"""Agreement rules for unseen news (round 19). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _facts(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["name"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows}


# --- "On the occasion, ... were signed": the occasion is the event told last ---------------------------------


def test_on_the_occasion_takes_the_day_of_the_consultations_not_the_release():
    text = ("Ministry of Foreign Affairs\n\nHanoi, 15 September 2027\n\n"
            "Political consultations between Viet Nam and Chile\n\n"
            "The fourth round of political consultations between the Socialist Republic of Viet Nam and the "
            "Republic of Chile took place at the Government Guest House in Hanoi on 14 September 2027.\n\n"
            "On the occasion, the two sides signed a memorandum of understanding on diplomatic training.\n")
    rows = _run(text, dt.date(2027, 9, 15))
    assert _facts(rows) == {("mou", "Memorandum of understanding on diplomatic training", None,
                             dt.date(2027, 9, 14), "day")}
    assert rows[0]["countries"] == ["CHL", "VNM"]


def test_on_this_occasion_takes_the_day_of_the_commission_session():
    text = ("Accra, 3 April 2027\n\n"
            "The second session of the Ghana-Peru Joint Commission was held in Accra on 2 April 2027, co-chaired "
            "by the two foreign ministers.\n\n"
            "On this occasion, an agreement on the exemption of visas for official passports was signed.\n")
    [r] = _run(text, dt.date(2027, 4, 3))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("agreement", dt.date(2027, 4, 2), "day")
    assert r["countries"] == ["GHA", "PER"]


def test_on_the_occasion_of_a_named_day_is_not_the_event_told_last():
    # (the occasion names its own event, a national day: the consultations' day is not taken for it)
    text = ("Ministry of Foreign Affairs\n\nHanoi, 15 September 2027\n\n"
            "Political consultations between Viet Nam and Chile\n\n"
            "The fourth round of political consultations between the Socialist Republic of Viet Nam and the "
            "Republic of Chile took place at the Government Guest House in Hanoi on 14 September 2027.\n\n"
            "On the occasion of the national day of Chile, the two sides signed a memorandum of understanding on "
            "diplomatic training.\n")
    [r] = _run(text, dt.date(2027, 9, 15))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2027, 9, 15), "day")


# --- ", after which the MoUs were signed": the clause's definite plural is the batch told before -------------


def test_after_which_the_mous_were_signed_dates_the_batch_told_without_a_date():
    text = ("NAIROBI: Kenya and Brazil have signed four memoranda of understanding on agriculture and energy, the "
            "foreign ministry said on Thursday.\n\n"
            "The two foreign ministers held talks in Nairobi on Wednesday, after which the MoUs were signed.\n")
    rows = _run(text, dt.date(2027, 2, 11))
    assert _facts(rows) == {("mou", None, 4, dt.date(2027, 2, 10), "day")}
    assert len(rows) == 2


def test_at_which_the_agreements_were_signed_dates_the_batch():
    text = ("LIMA - Peru and Ecuador have concluded six agreements on border trade and water management, "
            "officials said.\n\n"
            "The presidents met at the border town of Aguas Verdes on Monday, at which the agreements were signed "
            "in the presence of the two foreign ministers.\n")
    rows = _run(text, dt.date(2027, 8, 25))
    assert _facts(rows) == {("agreement", None, 6, dt.date(2027, 8, 23), "day")}


def test_a_which_clause_reviewing_instruments_of_another_year_leaves_the_batch_alone():
    text = ("NAIROBI: Kenya and Brazil have signed four memoranda of understanding on agriculture and energy, the "
            "foreign ministry said on Thursday.\n\n"
            "The two foreign ministers held talks in Nairobi on Wednesday, during which the MoUs signed in 2019 "
            "were reviewed.\n")
    rows = _run(text, dt.date(2027, 2, 11))
    assert ("mou", None, 4, dt.date(2027, 2, 10), "day") not in _facts(rows)


# --- "sign protocol to update labour pact": a headline's lower-case description is no title --------------------


def test_a_headline_instrument_described_by_its_purpose_is_the_body_one():
    text = ("Kenya, Ghana sign pact to ease visa rules\n\n"
            "Kenya and Ghana signed an Agreement on Visa Waivers for Ordinary Passport Holders in Nairobi on "
            "Monday, the foreign ministry said.\n")
    rows = _run(text, dt.date(2027, 3, 17))
    assert _facts(rows) == {("agreement", "Agreement on Visa Waivers for Ordinary Passport Holders", None,
                             dt.date(2027, 3, 15), "day")}
    assert len(rows) == 2


def test_a_headline_protocol_to_extend_a_deal_is_the_body_protocol():
    text = ("Peru, Ecuador sign protocol to extend fishing deal\n\n"
            "Peru and Ecuador signed a protocol extending their 2015 fisheries agreement in Quito on 4 May 2027.\n")
    rows = _run(text, dt.date(2027, 5, 5))
    protocols = [r for r in rows if r["agreement_type"] == "protocol"]
    assert len(protocols) == 2
    assert {(r["name"], r["signed_date"], r["signed_precision"]) for r in protocols} == {
        ("Protocol extending their 2015 fisheries agreement", dt.date(2027, 5, 4), "day")}


def test_a_headline_title_keeps_its_own_name():
    text = ("Chile, Japan sign Agreement on Social Security\n\n"
            "Chile and Japan signed a protocol on customs cooperation in Tokyo on Monday.\n")
    rows = _run(text, dt.date(2027, 3, 17))
    assert "Agreement on Social Security" in {r["name"] for r in rows}


# --- "a Letter of Arrangement": a letter below a treaty, type other -------------------------------------------


def test_a_titled_letter_of_arrangement_is_an_other_instrument():
    text = ("The defence chiefs of Japan and Indonesia signed a Letter of Arrangement on submarine rescue "
            "cooperation in Jakarta on 9 June 2027.")
    [r] = _run(text, dt.date(2027, 6, 10))
    assert (r["agreement_type"], r["name"]) == ("other", "Letter of Arrangement on submarine rescue cooperation")
    assert (r["signed_date"], r["countries"]) == (dt.date(2027, 6, 9), ["IDN", "JPN"])


def test_a_lower_case_letter_of_arrangement_is_an_other_instrument():
    text = ("The navies of Chile and New Zealand signed a letter of arrangement on hydrographic data exchange "
            "in Valparaiso on 2 February 2027.")
    [r] = _run(text, dt.date(2027, 2, 3))
    assert r["agreement_type"] == "other"
    assert (r["signed_date"], r["countries"]) == (dt.date(2027, 2, 2), ["CHL", "NZL"])


def test_a_bare_arrangement_stays_an_agreement():
    text = ("Chile and New Zealand signed an arrangement on youth mobility in Wellington on 2 February 2027.")
    [r] = _run(text, dt.date(2027, 2, 3))
    assert r["agreement_type"] == "agreement"
