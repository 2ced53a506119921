"""Persons, session 8: a ministry's list of portfolios with a nationality or regional adjective,
the counterpart of such a ministry, an institution noun after a rank word ("General Staff"), a
nationality adjective inside an office's body, the Burmese styles "U" and "Daw", "Sheikh" as a
lineage name, minister-rank advisers, the head of a body named after its country and the
civil-service head of a ministry, a family name that is also a place, a commander of a named
national force and the naval and air ranks.  All sentences are invented.
"""

from __future__ import annotations

from test_persons_context import _people


def test_a_list_of_portfolios_with_a_nationality_adjective_is_one_office():
    got = _people(
        "H.E. Ms. Leila Haddad, Minister of Foreign Affairs, Migration and Tunisian Expatriates, "
        "received the delegation.",
        "The Minister of Foreign Affairs, Regional Integration and Togolese Abroad, Kodjo "
        "Mensah, opened the forum in Lome.",
    )
    assert "Migration" not in got and "Expatriates" not in got
    assert got["Leila Haddad"][0] == {"TUN"}
    assert got["Leila Haddad"][1] == {
        "Minister of Foreign Affairs, Migration and Tunisian Expatriates"}
    assert got["Kodjo Mensah"][0] == {"TGO"}


def test_emigration_is_a_portfolio_word():
    got = _people("Rania Saleh, Minister of Emigration and Expatriates Affairs, met the "
                  "community leaders in Cairo.")
    assert "Emigration" not in got
    assert got["Rania Saleh"][1] == {"Minister of Emigration and Expatriates Affairs"}


def test_a_counterpart_shares_the_first_portfolio_of_a_national_ministry():
    got = _people(
        "Minister of Foreign Affairs, African Cooperation and Malian Expatriates, Oumar Keita, "
        "spoke by phone with his Ghanaian counterpart, Ama Boateng.",
        "Cheikh Ndiaye, Minister of Foreign Affairs and Senegalese Abroad, met his Gambian "
        "counterpart Lamin Jallow in Banjul.",
    )
    assert got["Ama Boateng"] == ({"GHA"}, {"Foreign Minister"})
    assert got["Lamin Jallow"][1] == {"Foreign Minister"}
    assert got["Oumar Keita"][0] == {"MLI"}


def test_a_leading_regional_adjective_is_no_portfolio():
    got = _people("South African Foreign Minister Thabo Nkosi met the Nigerian envoy. "
                  "European Trade Commissioner Anna Berg attended.")
    assert got["Thabo Nkosi"] == ({"ZAF"}, {"Foreign Minister"})


def test_an_institution_noun_after_a_rank_word_is_no_person():
    got = _people(
        "Lieutenant General Askar Beisenov, deputy chief of the Kazakh General Staff, said the "
        "drills went well.",
        "General Staff spokesman Colonel Ivan Petrov said the border was calm.",
    )
    assert "Staff" not in got
    assert got["Askar Beisenov"][0] == {"KAZ"}
    assert "Deputy Chief of the General Staff" in got["Askar Beisenov"][1]
    assert "Ivan Petrov" in got


def test_a_nationality_adjective_inside_an_offices_body():
    got = _people(
        "Chief of the Russian General Staff Valery Orlov met the delegation.",
        "Major General Temir Asanov, first deputy chief of the Kyrgyz General Staff, said the "
        "exercise had begun.",
    )
    assert got["Valery Orlov"] == ({"RUS"}, {"Chief of the General Staff"})
    assert got["Temir Asanov"][0] == {"KGZ"}
    assert "First Deputy Chief of the General Staff" in got["Temir Asanov"][1]


def test_burmese_styles_are_no_part_of_the_name():
    got = _people(
        "Union Minister for Foreign Affairs U Kyaw Min Lwin received Ambassador Daw Nilar "
        "Aung. U Kyaw Min Lwin said the visit was a success.",
        "The late U Thant led the United Nations.",
    )
    assert "Kyaw Min Lwin" in got and "U Kyaw Min Lwin" not in got
    assert "Nilar Aung" in got and "Daw Nilar Aung" not in got
    assert "U Thant" in got  # the style stays in a name it would reduce to one word


def test_a_one_letter_style_is_no_initial():
    got = _people("U.S. Ambassador John Carter met U.N. envoy Maria Lopez in Geneva.")
    assert "John Carter" in got and "Maria Lopez" in got
    assert not any(n.startswith("U") for n in got)


def test_sheikh_is_a_lineage_name_unless_the_name_has_a_nasab():
    got = _people(
        "Bangladesh's Planning Adviser Sheikh Mahmudul Karim met Bahrain's Foreign Minister "
        "Sheikh Khalid bin Rashid Al Khalifa.",
        "Kuwait's Sheikh Hamad Nasser Al-Sabah and Pakistan's Interior Minister Sheikh Rashid "
        "Ahmed also spoke.",
    )
    assert "Sheikh Mahmudul Karim" in got and "Mahmudul Karim" not in got
    assert "Khalid bin Rashid Al Khalifa" in got
    assert "Hamad Nasser Al-Sabah" in got
    assert "Sheikh Rashid Ahmed" in got


def test_a_minister_rank_adviser_takes_the_portfolio():
    got = _people(
        "Bangladesh's Commerce Adviser Rafiq Hasan met the Nepalese delegation.",
        "Home Adviser Tarek Chowdhury of Bangladesh said police were deployed.",
        "Adviser for Foreign Affairs Nazma Akter met the Indian envoy.",
    )
    assert got["Rafiq Hasan"] == ({"BGD"}, {"Commerce Adviser"})
    assert got["Tarek Chowdhury"][1] == {"Home Adviser"}
    assert got["Nazma Akter"][1] == {"Foreign Adviser"}


def test_the_head_of_a_body_named_after_its_country_serves_it():
    got = _people(
        "Kenya Ports Authority Managing Director Samuel Kiprono said traffic had grown.",
        "Nigeria Business Council CEO Amaka Obi said lending rates were too high.",
        "Asian Development Bank President Ken Mori attended.",
    )
    assert got["Samuel Kiprono"] == ({"KEN"}, {"Managing Director"})
    assert got["Amaka Obi"] == ({"NGA"}, {"Chief Executive Officer"})
    assert got["Ken Mori"][0] == {None}


def test_the_civil_service_head_of_a_ministry():
    got = _people(
        "DHAKA, March 3 (BSS): Secretary of the Ministry of Water Resources Dr. Nasima Begum "
        "and Indian High Commissioner Arun Mehta signed the protocol.",
        "Secretary of the Ministry of Energy Carlos Vega of Chile opened the session.",
    )
    assert got["Nasima Begum"] == ({"BGD"}, {"Secretary of Water Resources"})
    assert got["Arun Mehta"][0] == {"IND"}
    assert got["Carlos Vega"] == ({"CHL"}, {"Secretary of Energy"})


def test_a_datelined_minister_rank_adviser_is_a_domestic_official():
    got = _people("DHAKA, May 5 (UNB) - Home Adviser Tarek Chowdhury said police were deployed.")
    assert got["Tarek Chowdhury"][0] == {"BGD"}
    got = _people("Prime Minister Aino Virta spoke with the Estonian Prime Minister on Friday.\n\n"
                  "Inquiries:\nLaura Niemi, Special Adviser to the Prime Minister (EU affairs), "
                  "tel. 0295 160 000", publisher="Finnish Government")
    assert got["Laura Niemi"] == ({"FIN"}, {"Special Adviser"})


def test_a_family_name_that_is_also_a_place_closes_the_name():
    got = _people(
        "Chile's Minister of Foreign Affairs, Tomás Echeverría Lagos, met the delegation. "
        "Echeverría said the talks went well.",
        "Spain's ambassador, María José Toledo, met Foreign Minister Musa Bello in Lagos.",
    )
    assert got["Tomás Echeverría Lagos"][0] == {"CHL"}
    assert "Tomás Echeverría" not in got and "Echeverría" not in got
    assert "María José Toledo" in got
    assert "Musa Bello" in got and "Musa Bello Lagos" not in got


def test_a_commander_of_a_named_national_force_keeps_the_force():
    got = _people(
        "Commander of the Royal Jordanian Naval Force Commodore Hani Masri arrived in Karachi.",
        "The Commander of the Ghana Armed Forces, Major General Kofi Asante, met the delegation.",
    )
    assert got["Hani Masri"][0] == {"JOR"}
    assert {"Commander of the Royal Jordanian Naval Force", "Commodore"} <= got["Hani Masri"][1]
    assert "Commander of the Ghana Armed Forces" in got["Kofi Asante"][1]
    assert got["Kofi Asante"][0] == {"GHA"}
