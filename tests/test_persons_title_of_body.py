"""Persons: a title, then "of (the) <body>" whose name has "of"/"for" inside and a list of
portfolios after it ("and", or commas and "and"), then the name with no comma: "Permanent
Secretary of the Ministry of Trade, Industry and Fisheries Hans Berg". The title goes to the
name; the portfolio word that ends the body is no name word."""

from __future__ import annotations

from tests.test_persons_per12 import _people


# -- the title reaches over a body whose portfolios are joined by "and" ------------------------

def test_title_of_a_ministry_of_two_portfolios_before_a_name():
    got = _people("Uganda's Permanent Secretary of the Ministry of Trade and Cooperatives Grace "
                  "Akello said the market would open in May.")
    assert got == {"Grace Akello": ({"UGA"}, {"Permanent Secretary"})}


def test_title_of_a_ministry_of_a_list_of_portfolios_before_a_name():
    got = _people("Norway's State Secretary of the Ministry of Trade, Industry and Fisheries "
                  "Lena Dahl met the visiting delegation.")
    assert got == {"Lena Dahl": ({"NOR"}, {"State Secretary"})}


def test_title_of_a_ministry_without_a_country():
    got = _people("Permanent Secretary of the Ministry of Trade and Industry Hans Berg said the "
                  "talks went well.")
    assert got == {"Hans Berg": ({None}, {"Permanent Secretary"})}


def test_body_ending_in_a_word_that_could_be_a_surname():
    # "Mines" and "Energy" end the body; the name is the two words after it
    got = _people("Brazil's Permanent Secretary of the Ministry of Mines and Energy Carlos "
                  "Mendes opened the talks.")
    assert got == {"Carlos Mendes": ({"BRA"}, {"Permanent Secretary"})}


# -- near misses -----------------------------------------------------------------------------

def test_near_miss_a_ministry_with_no_title_invents_none():
    got = _people("Officials from the Ministry of Trade and Industry, Hans Berg said, signed "
                  "the deal.")
    assert got == {"Hans Berg": ({None}, set())}


def test_near_miss_a_ministry_right_before_a_name_gives_no_title():
    got = _people("the Ministry of Trade and Industry Hans Berg visited")
    assert all(not titles for _, titles in got.values())


def test_near_miss_a_surname_like_last_portfolio_stays_in_the_body():
    # "Lands" ends the body; "Mary Fisher" is the whole name, "Fisher" no portfolio
    got = _people("Kenya's Secretary of the Ministry of Agriculture and Lands Mary Fisher met "
                  "them.")
    assert set(got) == {"Mary Fisher"}
    assert got["Mary Fisher"][0] == {"KEN"}
