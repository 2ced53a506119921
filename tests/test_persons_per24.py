"""Persons (round per24):

* portfolio words of labour-migration ministries ("Migrant Workers", the Gulf states'
  workforce-nationalisation remit "Emiratisation") read "Secretary of Migrant Workers X" and
  "Minister of Human Resources and Emiratisation X" as titles before a name;
* "Development" links a capitalised word to an organisation's head noun ("the Ghana Rural
  Development Agency"), so the word before it is no personal name;
* an office of a body named after one country ("Chairman of the Ghana Cocoa Board X", with or
  without the body's acronym in brackets) serves that country, as the longer body names already
  did (a body of two countries or of none still gives no country);
* a country in brackets right after a titled name gives its country, also for each member of a
  list under a plural title ("Trade Ministers A (Denmark) and B (Finland)");
* a capitalised pair right after the definite article is no person for a reporting verb alone
  ("..., the Palacio Quemado said": a seat of government speaking for it)."""

from __future__ import annotations

from tests.test_persons_per12 import _people


# -- portfolio words of labour-migration ministries -----------------------------------------------

def test_secretary_of_migrant_workers_before_a_name():
    got = _people("Nepal's Secretary of Migrant Workers Ram Prasad Thapa flew to Doha on Monday.")
    assert got["Ram Prasad Thapa"] == ({"NPL"}, {"Secretary of Migrant Workers"})


def test_minister_of_human_resources_and_emiratisation_before_a_name():
    got = _people(
        "The talks were led by the UAE Minister of Human Resources and Emiratization Khalid "
        "Obaid Al Mansoori and a Kenyan labour delegation."
    )
    assert got["Khalid Obaid Al Mansoori"] == (
        {"ARE"}, {"Minister of Human Resources and Emiratization"}
    )


def test_near_miss_migrant_workers_body_names_no_person():
    got = _people("The Department of Migrant Workers Relief Fund said 300 nurses would travel.")
    assert not any("Workers" in name or "Relief" in name for name in got)


# -- a national body's office, the body's words linked by "Development" -------------------------

def test_office_of_a_national_development_body_with_its_acronym():
    got = _people(
        "The visitors also called on the Director General of the Ghana Rural Development Agency "
        "(GRDA) Kwame Asante Mensah in Accra."
    )
    assert "Rural" not in got
    assert got["Kwame Asante Mensah"][0] == {"GHA"}


def test_office_of_a_national_development_body_without_acronym():
    got = _people(
        "On Friday the minister met the Chairman of the Kenya Urban Development Board Peter "
        "Mwangi Kamau."
    )
    assert "Urban" not in got
    assert got["Peter Mwangi Kamau"][0] == {"KEN"}


def test_office_of_a_body_named_after_one_country():
    got = _people("She also met the Chairman of the Ghana Cocoa Board Kofi Boateng Owusu.")
    assert got["Kofi Boateng Owusu"] == ({"GHA"}, {"Chairman"})


def test_near_miss_office_of_a_regional_or_joint_body_gives_no_country():
    got = _people(
        "She also met the President of the Asian Development Bank Masaru Tanaka and the "
        "Chairman of the Kenya-Uganda Development Authority Peter Mwangi Kamau."
    )
    assert got["Masaru Tanaka"][0] == {None}
    assert got["Peter Mwangi Kamau"][0] == {None}


# -- a country in brackets after a name --------------------------------------------------------

def test_bracketed_countries_in_a_list_under_a_plural_title():
    got = _people(
        "Trade Ministers Lars Holm Nielsen (Denmark) and Mikko Juhani Virtanen (Finland) "
        "opened the forum in Tallinn on Tuesday."
    )
    assert got["Lars Holm Nielsen"] == ({"DNK"}, {"Minister of Trade"})
    assert got["Mikko Juhani Virtanen"] == ({"FIN"}, {"Minister of Trade"})


def test_bracketed_country_after_one_titled_name():
    got = _people("The session was chaired by Ambassador Elena Petrova Ivanova (Bulgaria).")
    assert got["Elena Petrova Ivanova"][0] == {"BGR"}


def test_near_miss_bracketed_photo_position_is_no_country():
    got = _people(
        "Trade Ministers Lars Holm Nielsen (L) and Mikko Juhani Virtanen (R) shake hands in "
        "Tallinn."
    )
    assert got["Lars Holm Nielsen"][0] == {None}
    assert got.get("Mikko Juhani Virtanen", ({None}, set()))[0] == {None}


# -- "the <Name> said": a seat of government, no person ----------------------------------------

def test_definite_seat_of_government_said_is_no_person():
    got = _people("Bolivia will host the summit in March, the Palacio Quemado said on Sunday.")
    assert "Palacio Quemado" not in got


def test_sentence_initial_definite_seat_of_government_is_no_person():
    got = _people("The Casa Amarilla confirmed that the talks would resume in Caracas.")
    assert "Casa Amarilla" not in got


def test_near_miss_bare_name_before_said_is_a_person():
    got = _people("Bolivia will host the summit in March, Juan Carlos Mora said on Sunday.")
    assert "Juan Carlos Mora" in got
