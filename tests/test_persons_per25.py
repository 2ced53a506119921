"""Persons (round per25):

* a portfolio word listed after a comma inside a body's list of portfolios ("Ministry of Budget,
  Planning and Regulation") is no personal name; "Regulation(s)" is a portfolio word, so the
  whole list is the title before a name ("Minister of Finance, Regulation and Revenue X");
* an officer-commanding title takes the unit written after it, as "Commander" did ("Flag Officer
  Commanding Western Fleet of the Bangladesh Navy"), and the unit's force gives the country;
* "Fleet Commander" is a title of its own."""

from __future__ import annotations

from tests.test_persons_per12 import _people


# -- portfolio words listed inside a ministry's name ---------------------------------------------

def test_regulation_in_a_list_of_portfolios_before_a_name():
    got = _people("Paraguay's Minister of Finance, Regulation and Revenue Tomas Herrera Benitez "
                  "opened the forum.")
    assert "Regulation" not in got
    assert got["Tomas Herrera Benitez"] == ({"PRY"}, {"Minister of Finance, Regulation and Revenue"})


def test_listed_portfolio_word_after_an_appositive_title_is_no_name():
    got = _people("Mariam Okafor, permanent secretary of Nigeria's Ministry of Budget, Planning "
                  "and Regulation, told reporters the loan was signed.")
    assert set(got) == {"Mariam Okafor"}
    assert got["Mariam Okafor"] == ({"NGA"}, {"Permanent Secretary"})


def test_listed_portfolio_word_of_a_three_portfolio_ministry_is_no_name():
    got = _people("Lena Dahl, state secretary of Norway's Ministry of Trade, Industry and "
                  "Fisheries, led the delegation.")
    assert set(got) == {"Lena Dahl"}
    assert got["Lena Dahl"][0] == {"NOR"}


def test_near_miss_a_name_after_a_ministry_and_a_comma_stays():
    # a portfolio word opening a name after the body is no listed portfolio
    got = _people("The spokesman of the Ministry of Foreign Affairs, Justice Ochieng, said the "
                  "visit was postponed.")
    assert got["Justice Ochieng"][1] == {"Spokesperson"}


# -- an officer commanding a named unit ------------------------------------------------------------

def test_flag_officer_commanding_a_fleet_of_a_national_navy():
    got = _people("Vice Admiral Shahidul Karim, Flag Officer Commanding Western Fleet of the "
                  "Bangladesh Navy, welcomed the ships.")
    assert got["Shahidul Karim"] == (
        {"BGD"}, {"Vice Admiral", "Flag Officer Commanding Western Fleet"}
    )


def test_general_officer_commanding_a_command_of_a_national_army():
    got = _people("The drill was reviewed by Major General Moses Kariuki, General Officer "
                  "Commanding Eastern Command of the Kenya Army.")
    assert got["Moses Kariuki"] == (
        {"KEN"}, {"Major General", "General Officer Commanding Eastern Command"}
    )


def test_near_miss_officer_commanding_without_a_unit():
    got = _people("The flag officer commanding, Rear Admiral Musa Bello, greeted the visitors.")
    assert got["Musa Bello"] == ({None}, {"Flag Officer Commanding", "Rear Admiral"})


# -- "Fleet Commander" ----------------------------------------------------------------------------

def test_fleet_commander_of_a_national_navy():
    got = _people("Captain Lars Holm, Fleet Commander of the Royal Danish Navy, hosted the "
                  "Estonian squadron.")
    assert got["Lars Holm"] == ({"DNK"}, {"Captain", "Fleet Commander"})


def test_fleet_commander_before_a_rank_and_name():
    got = _people("The Fleet Commander, Vice Admiral Ana Soto of Chile, inspected the frigate.")
    assert got["Ana Soto"] == ({"CHL"}, {"Vice Admiral", "Fleet Commander"})


def test_near_miss_fleet_commander_without_a_name():
    assert _people("The fleet commander said the ships would return.") == {}
