"""Agreement rules for unseen news (round 20): a place before "of the <Title>" says where an instrument was
signed, it does not embed the title in a longer one ("the signing in Lusaka of the Treaty on X"); a titled
general noun with its complement ("the Arrangement on X from Y, signed on ...") is signed by the participle
after the complement; a debt swap is an agreement (a currency swap stays other); a line of credit is an
instrument only with a signing verb; the date of a trailing reporting clause (", the ministry said on Friday")
is the saying's, and the batch so told takes the date of the reference that tells its signing ("The MoUs were
signed on Wednesday"); a headline's bare instrument is the body's one of the headline's own time, not an older
one told as background; a partnership named only by a grade of relations ("Strategic Partnership") is type
other. Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date = dt.date(2026, 9, 10)) -> list[tuple]:
    return [(r["name"], r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"])
            for r in _run(text, ref)]


# --- a place before "of the <Title>" -------------------------------------------------------------------


def test_the_signing_in_a_capital_of_a_titled_instrument_is_that_instrument():
    text = ("Kenya and Ethiopia held talks on Monday.\n\n"
            "The two presidents hailed the signing last month in Nairobi of the Agreement on Visa Exemption "
            "for Holders of Ordinary Passports.\n")
    [r] = _rows(text)
    assert r[0].startswith("Agreement on Visa Exemption")
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 8, 1), "month")


def test_the_conclusion_at_a_capital_of_a_titled_treaty_is_that_treaty():
    # (another word order: the place comes right after the noun, the date after the title)
    text = ("Chile and Argentina reviewed their ties.\n\n"
            "Both ministers recalled the signature in Santiago of the Treaty on Mining Integration and "
            "Complementation in December 1997.\n")
    [r] = _rows(text)
    assert (r[0], r[1], r[3], r[4]) == ("Treaty on Mining Integration and Complementation", "treaty",
                                        dt.date(1997, 12, 1), "month")


def test_a_title_inside_a_longer_event_title_stays_embedded():
    # near miss: "Summit for a New Global Financing Pact" is the name of a summit, not a signed pact
    text = "Leaders of France and Kenya attended the Summit for a New Global Financing Pact.\n"
    assert _rows(text) == []


# --- a titled general noun, its complement and a participle -----------------------------------------


def test_a_titled_arrangement_with_a_from_complement_and_a_signing_participle():
    text = ("Laos and Viet Nam held consultations.\n\n"
            "Under the Arrangement on Seasonal Labour Mobility from the Northern Provinces, signed in Vientiane "
            "on 3 May 2019, fewer than a thousand workers have crossed the border.\n")
    [r] = _rows(text)
    assert r[0].startswith("Arrangement on Seasonal Labour Mobility")
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2019, 5, 3), "day")


def test_a_titled_arrangement_with_a_with_complement_and_a_concluding_participle():
    text = ("Norway and Iceland discussed fisheries.\n\n"
            "The Arrangement on Access to Fishing Zones with the Coastal Municipalities, concluded in 2011, "
            "expires next year.\n")
    [r] = _rows(text)
    assert r[0].startswith("Arrangement on Access to Fishing Zones")
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2011, 1, 1), "year")


def test_an_arrangement_without_a_signing_is_no_instrument():
    # near miss: the general noun without a signing verb
    text = ("Norway and Iceland discussed fisheries.\n\n"
            "The Arrangement on Access to Fishing Zones with the Coastal Municipalities remains popular with "
            "fishermen in 2026.\n")
    assert _rows(text) == []


# --- debt swaps and lines of credit -----------------------------------------------------------------


def test_a_debt_for_development_swap_agreement_is_an_agreement():
    text = ("Egypt and Germany reviewed development cooperation.\n\n"
            "Under the 2011 debt-for-development swap agreement, Germany has converted EUR 240 million of "
            "Egypt's debt into schools, the ambassador said.\n")
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2011, 1, 1), "year")


def test_a_debt_conversion_agreement_signed_is_an_agreement():
    text = "Kenya and Spain signed a debt conversion agreement worth $60 million in March 2020.\n"
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2020, 3, 1), "month")


def test_a_currency_swap_agreement_stays_other():
    # near miss: a central banks' swap is a financial arrangement
    text = "The central banks of Egypt and China signed a currency swap agreement in 2016.\n"
    [r] = _rows(text)
    assert r[1] == "other"


def test_a_line_of_credit_signed_in_a_year_is_an_agreement():
    text = ("Mozambique and India reviewed their projects.\n\n"
            "The new loan adds to an earlier $250 million line of credit signed in 2017, which financed "
            "rural electrification.\n")
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2017, 1, 1), "year")


def test_a_credit_line_signed_by_two_governments_is_an_agreement():
    text = "Kenya and China signed a credit line of $200 million in March 2020 for the railway.\n"
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2020, 3, 1), "month")


def test_a_line_of_credit_extended_by_a_lender_is_no_signed_instrument():
    # near miss: "extended" tells the lending, not a signing (and "signed" elsewhere governs nothing here)
    text = ("Ghana and India held talks.\n\n"
            "India extended a $300 million line of credit to Ghana in 2019, officials who signed the "
            "minutes said.\n")
    assert [r for r in _rows(text) if r[1] == "agreement"] == []


# --- a trailing reporting clause and a batch dated by its reference ------------------------------------


def test_the_day_of_a_reporting_clause_is_not_the_signing_day_and_the_reference_dates_the_batch():
    text = ("Chile and Peru have signed three memoranda of understanding on fisheries, officials told "
            "reporters on Monday.\n\n"
            "The memoranda were signed in Lima on Saturday by the two ministers.\n")
    rows = _rows(text, dt.date(2026, 9, 8))
    assert rows and all(r[1:] == ("mou", 3, dt.date(2026, 9, 5), "day") for r in rows)


def test_a_reporting_clause_announced_on_a_day_then_the_batch_signed_on_another():
    text = ("Senegal and Morocco have concluded four agreements on transport and fisheries, the presidency "
            "announced on Thursday.\n\n"
            "The agreements were signed in Dakar on Tuesday during a visit by the Moroccan prime minister.\n")
    rows = _rows(text, dt.date(2026, 9, 10))
    assert rows and all((r[1], r[2], r[3]) == ("agreement", 4, dt.date(2026, 9, 8)) for r in rows)


def test_a_signing_day_before_the_reporting_clause_is_kept():
    # near miss: the signing has its own day in the main clause
    text = "Kenya and Ghana signed an agreement on visas on Tuesday, the foreign ministry announced on Friday.\n"
    [r] = _rows(text, dt.date(2026, 9, 12))
    assert (r[3], r[4]) == (dt.date(2026, 9, 8), "day")


# --- a headline's instrument and an older one told as background ---------------------------------------


def test_a_headline_deal_is_the_body_instrument_of_its_time_not_an_older_one():
    text = ("Ghana, Japan sign $90m deal for rural roads\n\n"
            "Accra. Ghana and Japan on Monday signed a $90 million loan agreement for the rehabilitation of "
            "rural roads in five regions.\n\n"
            "The new loan follows an earlier $60 million line of credit signed in 2015.\n")
    rows = _rows(text, dt.date(2026, 9, 9))
    assert sorted((r[1], r[3]) for r in rows) == [("agreement", dt.date(2015, 1, 1)),
                                                  ("agreement", dt.date(2026, 9, 7)),
                                                  ("agreement", dt.date(2026, 9, 7))]


def test_a_headline_pact_takes_the_body_treaty_beside_a_background_convention():
    text = ("Nigeria, Niger sign border pact\n\n"
            "Abuja. Nigeria and Niger on Tuesday signed the Treaty on the Joint Management of the Border "
            "Zone.\n\n"
            "It replaces the Convention on Border Trade signed in 1990.\n")
    rows = _rows(text, dt.date(2026, 9, 10))
    news = [r for r in rows if r[3] == dt.date(2026, 9, 8)]
    assert len(news) == 2 and all(r[1] == "treaty" for r in news)


# --- a partnership named by a grade of relations ---------------------------------------------------------


def test_a_strategic_partnership_signed_is_type_other():
    text = ("Mexico and Spain have been strategic partners since the signing of the Strategic Partnership "
            "in 2007.\n")
    [r] = _rows(text)
    assert (r[1], r[3]) == ("other", dt.date(2007, 1, 1))


def test_a_comprehensive_strategic_partnership_signed_is_type_other():
    text = "Japan and Bangladesh signed a Comprehensive Strategic Partnership in April 2023.\n"
    [r] = _rows(text)
    assert (r[1], r[3]) == ("other", dt.date(2023, 4, 1))


def test_a_sectoral_partnership_signed_stays_an_agreement():
    # near miss: a partnership on a sector is an instrument of cooperation
    text = "Senegal and Gambia signed a Fisheries Surveillance Partnership in June 2021.\n"
    [r] = _rows(text)
    assert (r[1], r[3]) == ("agreement", dt.date(2021, 6, 1))
