"""Persons (round per23):

* a national body's acronym before a title written in lower case, the common newspaper style
  ("NEPRA chairman X", "KOTRA president Y", where the document spells the body out once with
  its country) gives the holder the body's country, as the capitalised form already did;
* "Minister Delegate" (French-speaking and Maghreb usage, *ministre délégué*) is a title, so its
  second word is never read as a personal name when the remit that follows is no portfolio
  ("Minister Delegate at the Presidency ...")."""

from __future__ import annotations

from tests.test_persons_per12 import _people, people_of_document


# -- an acronym before a lower-case title -----------------------------------------------------

def test_lower_case_title_after_a_defined_acronym():
    doc = (
        "Japan, Vietnam sign port deal\n\n"
        "The loan will fund a terminal run by the Vietnam Maritime Administration (VMA) in Hai "
        "Phong.\n\n"
        "VMA director-general Tran Van Binh said the terminal would open in 2028.\n"
    )
    assert people_of_document(doc)["Tran Van Binh"] == {"VNM"}


def test_lower_case_two_word_title_after_a_defined_acronym():
    doc = (
        "Korea, Kenya agree on trade centre\n\n"
        "The centre will be run by the Korea Trade-Investment Promotion Agency (KOTRA) in "
        "Nairobi.\n\n"
        "KOTRA vice president Park Sung-min told reporters the office would open in May.\n"
    )
    assert people_of_document(doc)["Park Sung-min"] == {"KOR"}


def test_near_miss_acronym_then_a_clause_before_the_title():
    # the words between the acronym and the name are a clause, not the title: no country from it
    doc = (
        "Japan, Vietnam sign port deal\n\n"
        "The loan will fund a terminal run by the Vietnam Maritime Administration (VMA) in Hai "
        "Phong.\n\n"
        "Officials of the VMA said that Chairman Kenji Watanabe of Tokyo Port Services would "
        "visit.\n"
    )
    got = people_of_document(doc)
    assert got.get("Kenji Watanabe", set()) != {"VNM"}


# -- "Minister Delegate" ------------------------------------------------------------------------

def test_minister_delegate_before_a_place_remit_is_no_name():
    got = _people(
        "Senegal's Minister Delegate at the Presidency in charge of Budget, Awa Ndiaye Diop, "
        "met the visiting delegation."
    )
    assert "Delegate" not in got


def test_minister_delegate_plain_before_a_name():
    got = _people("Morocco's Minister Delegate Karim Benali received the Ghanaian delegation.")
    assert "Delegate" not in got
    assert "Karim Benali" in got


def test_near_miss_minister_delegate_for_a_portfolio_keeps_its_generic_title():
    got = _people(
        "Morocco's Minister Delegate for African Cooperation, Salma Idrissi, met the Nigerian "
        "minister."
    )
    assert got["Salma Idrissi"][1] == {"Minister Delegate for African Cooperation"}
    assert got["Salma Idrissi"][0] == {"MAR"}


# -- a plural title over "the two countries", then a list of names each with its country ---------

def test_plural_title_of_the_two_countries_over_a_list():
    got = _people(
        "The defence ministers of the two countries, Aziz Rahimov of Tajikistan and Omar "
        "Saidov of Uzbekistan, met in Termez on Friday."
    )
    assert got["Aziz Rahimov"] == ({"TJK"}, {"Defence Minister"})
    assert got["Omar Saidov"] == ({"UZB"}, {"Defence Minister"})


def test_plural_title_of_both_countries_over_a_list():
    got = _people(
        "The trade ministers of both countries, Laura Pérez Gil of Spain and Rui Costa Almeida "
        "of Portugal, signed the protocol."
    )
    assert got["Laura Pérez Gil"][0] == {"ESP"}
    assert got["Rui Costa Almeida"][0] == {"PRT"}


def test_near_miss_plural_title_of_the_two_countries_before_places():
    # the list after the comma holds places, not persons: nobody is made a minister
    got = _people(
        "The foreign ministers of the two countries, meeting in Addis Ababa and Nairobi, agreed "
        "to reopen the border."
    )
    assert not any("Foreign Minister" in titles for _c, titles in got.values())
