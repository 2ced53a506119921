"""Persons, session 7: one normalised title however an office is written, an office's acronym
before a rank, an envoy posted "in" a city, an office of a country's body in apposition before a
rank, glued initials, "opposite number", facility names, a summit dateline, a commander's unit,
and a title that leads into the next name.  All sentences are invented.
"""

from __future__ import annotations

from test_persons_context import _people, person_rows


def test_a_generic_portfolio_title_is_normalised_whatever_the_texts_word_order():
    got = _people(
        "Norway's Fisheries Minister Kari Nilsen met the Icelandic delegation in Oslo.",
        "Kenya's Minister for Roads and Transport Peter Otieno opened the highway.",
        "The Minister of Mines of Zambia, Mwansa Phiri, toured the site.",
        "Bolivian energy minister Luis Arce Mamani said exports would rise.",
    )
    assert got["Kari Nilsen"] == ({"NOR"}, {"Minister of Fisheries"})
    assert got["Peter Otieno"] == ({"KEN"}, {"Minister of Roads and Transport"})
    assert got["Mwansa Phiri"] == ({"ZMB"}, {"Minister of Mines"})
    assert got["Luis Arce Mamani"] == ({"BOL"}, {"Minister of Energy"})


def test_the_article_of_a_staff_office_is_normalised_away():
    got = _people(
        "Chief of the Naval Staff Admiral Rashid Karim received the Turkish delegation.",
        "The Chief of the Air Staff, Air Marshal Daniel Osei, inspected the base in Accra.",
    )
    assert "Chief of Naval Staff" in got["Rashid Karim"][1]
    assert "Chief of Air Staff" in got["Daniel Osei"][1]


def test_an_offices_acronym_in_brackets_before_a_rank():
    got = _people(
        "Chief of Naval Staff (CNS) Admiral Yusuf Haider Rana called on the minister.",
        "The delegation met Chairman Joint Chiefs of Staff Committee (CJCSC) General Omer "
        "Farid Khan in Rawalpindi.",
    )
    assert {"Chief of Naval Staff", "Admiral"} <= got["Yusuf Haider Rana"][1]
    assert {"Chairman Joint Chiefs of Staff Committee", "General"} <= got["Omer Farid Khan"][1]


def test_an_envoy_posted_in_a_city():
    got = _people(
        "Bangladesh's Ambassador in Beijing, Rahim Uddin Chowdhury, briefed reporters.",
        "Nepal's Ambassador in Tokyo Sita Kumari Rai attended the ceremony.",
    )
    assert got["Rahim Uddin Chowdhury"] == ({"BGD"}, {"Ambassador"})
    assert got["Sita Kumari Rai"] == ({"NPL"}, {"Ambassador"})


def test_a_retired_rank_after_an_office_in_apposition():
    got = _people(
        "Pakistan's High Commissioner in Dhaka, retired Lt Gen Ahmed Karim Baig, met the adviser.",
        "Egypt's Ambassador in Amman, retired Major General Samir Fathy, spoke at the event.",
    )
    assert got["Ahmed Karim Baig"][0] == {"PAK"}
    assert "High Commissioner" in got["Ahmed Karim Baig"][1]
    assert got["Samir Fathy"][0] == {"EGY"}
    assert {"Ambassador", "Major General"} <= got["Samir Fathy"][1]


def test_an_office_of_a_body_of_a_country_in_apposition_before_a_rank():
    got = _people(
        "The Commander of the Land Forces of Uzbekistan, Lieutenant General Bakhtiyor Yusupov, "
        "met the guests.",
        "Chief of the General Staff of the Armed Forces of Kazakhstan, Colonel General Arman "
        "Dauletov, opened the drill.",
    )
    assert got["Bakhtiyor Yusupov"][0] == {"UZB"}
    assert "Commander of the Land Forces" in got["Bakhtiyor Yusupov"][1]
    assert got["Arman Dauletov"][0] == {"KAZ"}
    assert {"Chief of the General Staff", "Colonel General"} <= got["Arman Dauletov"][1]


def test_a_two_letter_initial_glued_to_the_name():
    df = person_rows(
        "Minister of Finance Ch.Batbayar met the IMF team on Monday. Later, Minister Batbayar "
        "said talks went well.",
        "Economist Kh.Nyamdorj of the central bank said inflation would ease.",
    )
    names = set(df["name"])
    assert "Ch. Batbayar" in names and "Kh. Nyamdorj" in names
    assert not names & {"Ch", "Kh"}
    surfaces = set(df["surface"])
    assert "Ch.Batbayar" in surfaces and "Kh.Nyamdorj" in surfaces


def test_an_opposite_number_is_a_counterpart():
    got = _people(
        "Defence Minister Anna Lindqvist hosted her Finnish opposite number, Mikko Rantanen, "
        "in Stockholm.",
        "Foreign Minister Carlos Ibarra met his Paraguayan opposite number Rosa Benítez in "
        "Asunción.",
    )
    assert got["Mikko Rantanen"] == ({"FIN"}, {"Defence Minister"})
    assert got["Rosa Benítez"] == ({"PRY"}, {"Foreign Minister"})


def test_a_name_before_link_words_and_a_facilitys_noun_is_no_person():
    assert _people("The flight landed at Jomo Kenyatta International Airport late on Friday.") == {}
    assert _people("Wreaths were laid at the Sheikh Zayed Memorial Hall on Monday.") == {}


def test_a_capital_dateline_of_a_third_country_is_a_venue():
    got = _people(
        "NAIROBI, May 4 (Reuters) - Prime Minister Ana Lucia Prado and President Budi Hartono of "
        "Indonesia agreed to expand trade. Brazil sells soybeans to Indonesia, and Indonesia "
        "sells palm oil to Brazil. Brazilian exports to Indonesia rose, while Indonesian "
        "exports to Brazil fell."
    )
    assert "KEN" not in got["Ana Lucia Prado"][0]
    assert got["Budi Hartono"][0] == {"IDN"}
    domestic = _people(
        "NAIROBI, May 4 (Reuters) - Trade Minister Grace Mutua said Kenya's exports to Uganda "
        "rose. Uganda and Kenya agreed to cut tariffs."
    )
    assert domestic["Grace Mutua"][0] == {"KEN"}


def test_a_commanders_unit_is_part_of_the_title():
    got = _people(
        "Commander Karachi Corps Lieutenant General Imran Qadir Awan received the guests.",
        "Rear Admiral Salim bin Khalfan Al Busaidi, Commander of the Omani contingent, spoke.",
    )
    assert {"Commander Karachi Corps", "Lieutenant General"} <= got["Imran Qadir Awan"][1]
    assert "Commander of the Omani contingent" in got["Salim bin Khalfan Al Busaidi"][1]


def test_a_title_written_before_the_next_name_is_not_the_appositive_of_the_first():
    got = _people(
        "The parade was reviewed by Lieutenant General Tariq Aziz Kayani, Commander Southern "
        "Command, and Major General Faris bin Ali Al Shehhi, Commander of the visiting brigade.",
        "The talks were attended by Ahmed Fouad, Foreign Minister of Egypt, and Defence Minister "
        "Omar Khalil Hassan.",
    )
    assert got["Tariq Aziz Kayani"][1] == {"Lieutenant General", "Commander Southern Command"}
    assert "Commander Southern Command" not in got["Faris bin Ali Al Shehhi"][1]
    assert "Major General" in got["Faris bin Ali Al Shehhi"][1]
    assert got["Ahmed Fouad"] == ({"EGY"}, {"Foreign Minister"})
    assert got["Omar Khalil Hassan"][1] == {"Defence Minister"}


def test_a_plural_office_over_two_names_takes_the_singular_offices_row():
    got = _people(
        "The Ministers of the Interior, Mr. Luca Bianchi and Mr. Karim Haddad, met on Monday.",
        "The Ministers of Foreign Affairs, Ms. Ana Silva and Mr. Jorge Paz, signed the memorandum.",
    )
    assert got["Luca Bianchi"][1] == got["Karim Haddad"][1] == {"Interior Minister"}
    assert got["Ana Silva"][1] == got["Jorge Paz"][1] == {"Foreign Minister"}


def test_an_explicit_office_takes_its_rows_normalised_title():
    got = _people(
        "Federal Minister for Commerce Javed Iqbal Cheema met the Uzbek delegation in Islamabad.",
        "Li Wenhua, chairman of the Standing Committee of the National People's Congress, met "
        "the visiting speaker in Beijing.",
    )
    assert got["Javed Iqbal Cheema"][1] == {"Minister of Commerce"}
    assert got["Li Wenhua"] == (
        {"CHN"}, {"Chairman of the NPC Standing Committee"})


def test_a_profession_is_kept_as_the_title_of_a_non_official():
    got = _people(
        "Farah Siddiqui, a senior research fellow at the Islamabad Policy Institute, said the "
        "corridor would help both sides.",
        "Economist Jorge Villalba of the Catholic University said exports would rise.",
        "Security analyst Amadou Keita said the border remained tense.",
    )
    assert got["Farah Siddiqui"][1] == {"Senior Research Fellow"}
    assert got["Jorge Villalba"][1] == {"Economist"}
    assert got["Amadou Keita"][1] == {"Security Analyst"}


def test_a_profession_is_no_counterparts_office():
    got = _people(
        "Defence Minister Ali Rahimov spoke to reporters. Analyst Nodira Karimova said the "
        "visit mattered. Later, he and his Tajik counterpart Sherali Nazarov inspected troops."
    )
    assert got["Sherali Nazarov"][1] == {"Defence Minister"}
    assert got["Nodira Karimova"][1] == {"Analyst"}


def test_a_compound_title_before_the_next_name_stays_with_it():
    got = _people(
        "The meeting was attended by Prime Minister Amina Yusuf, Deputy Prime Minister and "
        "Foreign Minister Idris Bello and Finance Minister Zainab Musa.",
        "Present were President Lars Holm, Vice President and Defence Minister Erik Dahl.",
    )
    assert got["Amina Yusuf"][1] == {"Prime Minister"}
    assert got["Idris Bello"][1] == {"Deputy Prime Minister", "Foreign Minister"}
    assert got["Lars Holm"][1] == {"President"}
    assert got["Erik Dahl"][1] == {"Vice President", "Defence Minister"}
