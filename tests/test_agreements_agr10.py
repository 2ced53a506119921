"""Agreement rules for unseen news (round 10): a country on a route ("via A and B") is no side of
a signing; a lower-case title's topic ends where the leaders' next predicate begins ("adopted a
joint statement on X and witnessed the signing of 12 MoUs"), so a counted batch after it is its
own row; an agreement for an economic partnership, or one whose acronym is a free-trade one
("the Agreement (KAFTA)"), is a free trade agreement; a page line "Section | 09.07.2026, 14:35"
dates the document. Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.dates_dateline import find_dateline
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> set[tuple]:
    return {(r["agreement_type"], r["quantity"], r["signed_date"], tuple(r["countries"])) for r in _run(text, ref)}


# --- a country on a route is a place, not a side -------------------------------------------------


def test_countries_of_a_route_are_not_the_sides_of_the_signing():
    text = ("LIMA: Peru and Bolivia marked the anniversary of their relations today.\n\n"
            "Earlier, on Monday, Peru's Minister of Transport Carlos Quispe and Bolivian Minister of Public "
            "Works Ana Mamani held a meeting to review cargo traffic between the two countries via Chile "
            "and Argentina. At its conclusion, the two ministers signed a Memorandum of Understanding on "
            "Road Freight.\n")
    rows = _run(text, dt.date(2026, 4, 8))
    assert [r["countries"] for r in rows] == [["BOL", "PER"]]


def test_a_country_passed_through_is_not_a_side():
    text = ("TASHKENT, 3 March 2026 - Uzbekistan and Turkmenistan discussed gas supplies.\n\n"
            "The energy ministers reviewed a pipeline passing through Afghanistan to Pakistan's border. "
            "After the talks, the two ministers signed an agreement on electricity trade.\n")
    rows = _run(text, dt.date(2026, 3, 3))
    assert [r["countries"] for r in rows] == [["TKM", "UZB"]]


# --- a title's topic ends before the leaders' next predicate -------------------------------------


def test_joint_statement_topic_stops_before_witnessed_and_the_batch_is_counted():
    text = ("SANTIAGO, 3 May 2026 - The presidents of Chile and Korea held talks in Santiago.\n\n"
            "The leaders adopted a joint statement on the Strategic Partnership and witnessed the signing "
            "of 12 memorandums of understanding on mining, finance and culture.\n")
    rows = _run(text, dt.date(2026, 5, 3))
    names = {r["agreement_type"]: r["name"] for r in rows}
    assert names["joint_statement"] == "Joint statement on the Strategic Partnership"
    assert ("mou", 12, dt.date(2026, 5, 3), ("CHL", "KOR")) in _rows(text, dt.date(2026, 5, 3))


def test_joint_declaration_topic_stops_before_attended():
    text = ("NAIROBI, 9 June 2026 - Kenya and Ghana held a summit in Nairobi.\n\n"
            "The two presidents issued a joint declaration on regional security and attended the signing "
            "of seven agreements on trade, health and education.\n")
    rows = _run(text, dt.date(2026, 6, 9))
    [js] = [r for r in rows if r["agreement_type"] == "joint_statement"]
    assert js["name"] == "Joint declaration on regional security"
    assert any(r["quantity"] == 7 for r in rows)


# --- free-trade agreements known by their title or acronym ---------------------------------------


def test_agreement_for_an_economic_partnership_is_a_free_trade_agreement():
    text = ("MANILA, 2 May 2026 - The Agreement between the Philippines and Switzerland for an Economic "
            "Partnership was signed in Manila on 28 April 2026, the trade ministry said.\n")
    rows = _run(text, dt.date(2026, 5, 2))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("free_trade_agreement", dt.date(2026, 4, 28))]


def test_agreement_with_a_free_trade_acronym_is_a_free_trade_agreement():
    text = ("SEOUL, 2 May 2026 - Korea and Peru reviewed trade. They recalled that the Agreement (KPFTA) "
            "was signed on 21 March 2010 and took effect on 1 August 2011.\n")
    rows = _run(text, dt.date(2026, 5, 2))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("free_trade_agreement", dt.date(2010, 3, 21))]


def test_agreement_with_another_acronym_keeps_its_type():
    text = ("SEOUL, 2 May 2026 - Korea and Peru reviewed trade. They recalled that the Agreement (KPIA) "
            "was signed on 21 March 2010.\n")
    rows = _run(text, dt.date(2026, 5, 2))
    assert [r["agreement_type"] for r in rows] == ["agreement"]


# --- a page line of fields with a numeric stamp ---------------------------------------------------


def test_page_line_with_a_section_and_a_dotted_stamp_dates_the_document():
    assert find_dateline("News Agency\nPolitics | 09.07.2026, 14:35\n\nHeadline\n\nText.") == dt.date(2026, 7, 9)
    assert find_dateline("Economy | 23/08/2026 05:42 PM\n\nText.") == dt.date(2026, 8, 23)
    # a caption's line dates the picture, not the article
    assert find_dateline("Photo | 23/08/2026 05:42 PM\n\nText.") is None


def test_a_title_goes_on_after_its_parties_with_for():
    text = ("LIMA, 2 May 2026 - Officials said the Agreement between Chile and Peru for the Avoidance of "
            "Double Taxation was signed in Lima on 28 April 2026.\n")
    [r] = _run(text, dt.date(2026, 5, 2))
    assert r["name"] == "Agreement between Chile and Peru for the Avoidance of Double Taxation"
    assert (r["agreement_type"], r["countries"]) == ("agreement", ["CHL", "PER"])


# --- a cumulative total of the legal base is no batch ---------------------------------------------


def test_a_total_since_a_year_is_no_batch():
    text = ("ASTANA, 20 May 2026 - Kazakhstan and Mongolia held talks in Astana on Tuesday.\n\n"
            "Since 1992, the two countries have signed over 150 agreements.\n")
    assert _run(text, dt.date(2026, 5, 20)) == []


def test_a_total_to_date_is_no_batch_but_a_batch_of_the_visit_is():
    text = ("LIMA, 20 May 2026 - Peru and Morocco held talks in Lima on Tuesday.\n\n"
            "To date, Peru and Morocco have concluded some 35 intergovernmental agreements. "
            "More than 12 agreements were signed during the visit.\n")
    assert _rows(text, dt.date(2026, 5, 20)) == {("agreement", 12, dt.date(2026, 5, 20), ("MAR", "PER"))}


def test_a_total_since_the_relations_began_is_no_batch():
    text = ("DHAKA, 2 June 2026 - Bangladesh and Brazil marked 50 years of ties.\n\n"
            "The two countries have signed more than 40 agreements since diplomatic relations were "
            "established in 1972, the ministry said.\n")
    assert _run(text, dt.date(2026, 6, 2)) == []


# --- plural instruments named only as what is to be implemented -----------------------------------


def test_the_implementation_of_agreements_signed_is_no_new_agreement():
    text = ("CAIRO, 20 May 2026 - Egypt and Kenya held talks in Cairo on Tuesday.\n\n"
            "The two sides reviewed the implementation of the agreements signed during the 2024 visit. "
            "The leaders called for implementing all memoranda of understanding signed between the two "
            "countries.\n")
    assert _run(text, dt.date(2026, 5, 20)) == []


def test_a_counted_batch_to_implement_keeps_its_row_and_a_new_signing_stays():
    text = ("QUITO, 20 May 2026 - Ecuador and Vietnam held talks in Quito on Tuesday.\n\n"
            "After the talks, the two ministers signed four agreements on fisheries, tourism, health and culture. "
            "They urged the activation of the memoranda of understanding signed between the two countries.\n")
    assert [(r["quantity"], r["countries"]) for r in _run(text, dt.date(2026, 5, 20))] == [(4, ["ECU", "VNM"])]
