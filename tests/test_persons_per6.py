"""Persons, session 6: name words that are stop words elsewhere, offices with a remit or a place,
the forces of a monarchy, a party's general secretary, local commissioners, and the addressee of
a fronted "In a message to Y, X ..." phrase.  All sentences are invented.
"""

from __future__ import annotations

from test_persons_context import _people


def test_said_inside_a_name_is_a_given_name_not_the_verb():
    got = _people("Egyptian President Omar Said Farouk received the delegation in Cairo on Monday.",
                  "Somali Foreign Minister Amina Said Warsame spoke with her Kenyan counterpart.")
    assert got["Omar Said Farouk"] == ({"EGY"}, {"President"})
    assert got["Amina Said Warsame"][0] == {"SOM"}
    assert "Omar" not in got and "Amina" not in got


def test_said_after_a_title_or_at_a_name_end_stays_a_stop_word():
    assert _people("Minister Said Talks Were Useful") == {}
    got = _people("Kenyan Trade Minister Peter Mwangi Said on Monday that exports rose.")
    assert "Peter Mwangi Said" not in got


def test_minister_responsible_for_a_remit():
    got = _people(
        "Qatar's Minister Responsible for Defence Affairs, Sheikh Hamad bin Ali Al Thani, met the envoy.",
        "Malta's Minister Responsible for Foreign Affairs Joseph Camilleri said talks went well.",
    )
    assert got["Hamad bin Ali Al Thani"] == ({"QAT"}, {"Minister Responsible for Defence Affairs"})
    assert got["Joseph Camilleri"] == ({"MLT"}, {"Minister Responsible for Foreign Affairs"})
    assert "Responsible" not in got


def test_a_cabinet_secretarys_portfolio_of_administration():
    got = _people(
        "Kenya's Cabinet Secretary for Interior and National Administration, Peter Kamau Njoroge, "
        "spoke on Tuesday.",
        "Uganda's Minister of Public Administration, Grace Achieng Okello, visited Nairobi.",
    )
    assert got["Peter Kamau Njoroge"] == (
        {"KEN"}, {"Cabinet Secretary for Interior and National Administration"})
    assert got["Grace Achieng Okello"][0] == {"UGA"}


def test_commander_of_a_royal_navy_of_a_country_with_a_rank():
    got = _people(
        "KARACHI, Nov 18 (APP): Chief of the Naval Staff Admiral Imran Khalid Butt reached Manama "
        "on Sunday. On Tuesday, the naval chief held a meeting with the Commander of the Royal Navy "
        "of Bahrain, Rear Admiral Khalid bin Ali Al Mannai, at the naval base.",
        "Jordan's Commander of the Royal Air Force, Major General Omar Haddad, met the visitors.",
    )
    assert got["Khalid bin Ali Al Mannai"][0] == {"BHR"}
    assert "Commander of the Royal Navy" in got["Khalid bin Ali Al Mannai"][1]
    assert got["Omar Haddad"][0] == {"JOR"}


def test_an_office_of_an_organisation_is_not_a_rank_and_a_name():
    assert _people("According to the General Statistics Office, Thailand's exports to Laos rose.") == {}
    assert _people("Data from the General Customs Administration of Egypt showed growth.") == {}


def test_a_partys_general_secretary_serves_the_country_of_the_dateline():
    got = _people("Vientiane (KPL) – The Thai leader will pay courtesy calls on Party General "
                  "Secretary Bounmy Phommachanh and State President Khamla Sisouk in Vientiane.",
                  "HAVANA (PL) – Party Secretary General Jose Ramirez Diaz received the Angolan "
                  "delegation in Havana on Monday.")
    assert got["Bounmy Phommachanh"] == ({"LAO"}, {"Party General Secretary"})
    assert got["Jose Ramirez Diaz"][0] == {"CUB"}


def test_a_local_commissioner_is_an_office_of_the_state_and_a_place_after_a_possessive():
    got = _people('Kampala (AFP) – "The attackers fled," Busia County Commissioner Moses Wekesa '
                  "Barasa told reporters at the scene.")
    assert got["Moses Wekesa Barasa"] == ({"UGA"}, {"County Commissioner"})
    got = _people("Nairobi (AFP) – Kenya and Uganda agreed. Tanzania's Tanga Regional Commissioner "
                  "Juma Hamisi said talks were held.")
    assert got["Juma Hamisi"][0] == {"TZA"}
    got = _people("ISLAMABAD: Pakistan and China agreed. India's Punjab Chief Minister Harjit Singh "
                  "Mann said talks were held.")
    assert got["Harjit Singh Mann"][0] == {"IND"}


def test_the_addressee_of_a_fronted_message_is_the_other_side():
    got = _people(
        "ISLAMABAD: Pakistan and Uzbekistan marked the anniversary of relations. Pakistan is "
        "Uzbekistan's partner. In a separate "
        "message to Prime Minister Dilshod Karimov, Prime Minister Imran Khalid Butt recalled his "
        "meeting with the Uzbek premier in Tashkent."
    )
    assert got["Imran Khalid Butt"][0] == {"PAK"}
    assert got["Dilshod Karimov"][0] == {"UZB"}
    got = _people(
        "NAIROBI: Kenya and Ghana signed a visa deal. Kenya and Ghana trade more. "
        "During his telephone conversation with "
        "President Kwame Boateng, President Daniel Kiptoo Ruto said trade would grow."
    )
    assert got["Daniel Kiptoo Ruto"][0] == {"KEN"}
    assert got["Kwame Boateng"][0] == {"GHA"}


def test_office_of_a_national_force_with_a_demonym_before_a_rank():
    got = _people(
        "The delegation met the Commander of the Royal Malaysian Navy, Admiral Aziz Hamid, in Penang.",
        "Officers called on the Commander of the Ghana Army, Major General Kwame Mensah, in Accra.",
    )
    assert got["Aziz Hamid"][0] == {"MYS"}
    assert "Admiral" in got["Aziz Hamid"][1]
    assert got["Kwame Mensah"][0] == {"GHA"}
