"""Tests for persons: honorific chains, patronymics, appositive offices, counterparts and
offices of few states (countries settled from the context of a bilateral article)."""

from __future__ import annotations

import polars as pl

from pipeline.extract.countries import country_mentions
from pipeline.extract.persons import extract_persons
from pipeline.extract.persons_home import masthead_country
from pipeline.segment import segment


def person_rows(*texts: str, publisher: str | None = None) -> pl.DataFrame:
    """The persons extractor's rows for the documents, segmented by the pipeline."""
    docs = pl.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "text": list(texts),
            "publisher": [publisher] * len(texts),
        }
    )
    sents = segment(docs.select("doc_id", "text"))
    return extract_persons(sents, country_mentions(sents), docs)


def _people(*texts: str, publisher: str | None = None) -> dict[str, tuple]:
    """name -> (countries, titles) over the documents, segmented by the pipeline."""
    df = person_rows(*texts, publisher=publisher)
    out: dict[str, tuple] = {}
    for name, country, title in df.select("name", "country_iso3", "title").iter_rows():
        countries, titles = out.setdefault(name, (set(), set()))
        countries.add(country)
        if title:
            titles.add(title)
    return out


def test_indian_courtesy_honorific_is_not_part_of_the_name():
    got = _people("Railways Minister Shri Ramesh Kulkarni of India met the delegation. "
                  "Smt. Leela Menon, Secretary of Culture, also attended.")
    assert "Ramesh Kulkarni" in got and "Shri Ramesh Kulkarni" not in got
    assert got["Ramesh Kulkarni"][0] == {"IND"}
    assert "Leela Menon" in got


def test_honorifics_in_a_row_and_a_title_of_a_country_before_them():
    got = _people("He conveyed the greetings of the Emir of Qatar, His Highness Sheikh Tariq "
                  "bin Nasser Al Hamadi, to President Lucia Ferreira of Brazil.")
    assert got["Tariq bin Nasser Al Hamadi"][0] == {"QAT"}
    assert "Emir" in got["Tariq bin Nasser Al Hamadi"][1]


def test_a_title_word_after_a_patronymic_particle_is_a_name():
    got = _people("Crown Prince Faisal bin Sultan Al Rashid of Kuwait arrived in Rome.")
    assert "Faisal bin Sultan Al Rashid" in got
    assert got["Faisal bin Sultan Al Rashid"][0] == {"KWT"}


def test_an_office_of_a_country_in_apposition_before_a_military_rank():
    got = _people(
        "On Monday, the Minister of Defence of Armenia, Lieutenant General Aram Petrosyan, held "
        "talks in Yerevan with the Minister of Defence of Georgia, Major General Levan Beridze."
    )
    assert got["Aram Petrosyan"][0] == {"ARM"}
    assert got["Levan Beridze"][0] == {"GEO"}
    assert "Defence Minister" in got["Levan Beridze"][1]


def test_an_office_in_a_body_named_after_a_country():
    got = _people("Chairman of the National Assembly of Peru Rosa Quispe received the envoy.")
    assert got["Rosa Quispe"][0] == {"PER"}


def test_a_masthead_in_capitals_gives_the_home_country():
    assert masthead_country("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CHILE") == "CHL"
    assert masthead_country("EMBASSY OF GHANA IN BERLIN") == "GHA"
    assert masthead_country("MINISTRY OF FOREIGN AFFAIRS") is None


def test_the_addressee_of_a_message_serves_the_other_side():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF CHILE\n\n"
        "Chile congratulates Peru on its Independence Day.\n\n"
        "Chile and Peru enjoy close ties, and Chile values its partnership with Peru. "
        "On July 28, President Ana Lucero sent a congratulatory message to President Rosa "
        "Quispe, and Foreign Minister Diego Soto sent a letter to Foreign Minister Hugo Ramos. "
        "Trade between Chile and Peru grew last year."
    )
    got = _people(text)
    assert got["Ana Lucero"][0] == {"CHL"}
    assert got["Diego Soto"][0] == {"CHL"}
    assert got["Rosa Quispe"][0] == {"PER"}
    assert got["Hugo Ramos"][0] == {"PER"}


def test_an_office_of_few_states_and_the_host_who_receives_its_holder():
    text = (
        "Relations between Austria and Hungary have improved. Austria and Hungary signed a rail "
        "deal in March. In May, Chancellor Karl Huber arrived in Budapest and was received by "
        "Prime Minister Zoltan Szabo. Huber later met business leaders."
    )
    got = _people(text)
    assert got["Karl Huber"][0] == {"AUT"}
    assert got["Zoltan Szabo"][0] == {"HUN"}


def test_the_publisher_gives_the_home_country():
    got = _people("Deputy Minister of Trade Maria Lopez told reporters that exports rose.",
                  publisher="The Manila Chronicle")
    assert got["Maria Lopez"][0] == {"PHL"}


def test_a_counterpart_holds_the_same_office():
    got = _people("Trade Minister Olga Petrova of Bulgaria met her Romanian counterpart, Ion "
                  "Popescu, in Sofia on Monday.")
    assert len(got["Olga Petrova"][1]) == 1
    assert got["Ion Popescu"] == ({"ROU"}, got["Olga Petrova"][1])


def test_a_counterpart_of_a_home_official_is_not_given_the_home_country():
    got = _people("LUSAKA, May 4 (Reuters) - Foreign Minister Mary Banda spoke by phone with "
                  "her counterpart Peter Okafor on Monday, officials said.")
    assert got["Mary Banda"][0] == {"ZMB"}
    assert got["Peter Okafor"][0] == {None}
    assert got["Peter Okafor"][1] == {"Foreign Minister"}


def test_titles_of_single_institutions_and_designates():
    got = _people("Taoiseach Seán Kelly received President-elect Maria Gomez of Chile in Dublin. "
                  "Chief of the General Staff Ivan Petrov of Bulgaria attended.")
    assert got["Seán Kelly"] == ({"IRL"}, {"Taoiseach"})
    assert got["Maria Gomez"] == ({"CHL"}, {"President-elect"})
    assert got["Ivan Petrov"] == ({"BGR"}, {"Chief of the General Staff"})


def test_an_office_of_a_province_or_city_serves_its_country():
    got = _people("Punjab Chief Minister Hamza Rauf met the Karachi Ambassador Li Wei. "
                  "Later, Xinjiang Party Secretary Ma Xingrui spoke.")
    assert got["Hamza Rauf"][0] == {"PAK"}
    assert got["Ma Xingrui"][0] == {"CHN"}
    assert got["Li Wei"][0] != {"PAK"}  # an envoy posted in a city is not of its country


def test_a_long_patronymic_name_is_one_person():
    got = _people("Kuwait's Prime Minister Sheikh Ahmad bin Nawaf bin Salem Al Sabah received "
                  "the envoy in Kuwait City.")
    assert got["Ahmad bin Nawaf bin Salem Al Sabah"] == ({"KWT"}, {"Prime Minister"})


def test_a_lower_case_portfolio_title_is_normalised():
    got = _people("Dr. Omar Farouk, the Sudanese minister of trade and industry, said so. "
                  "Kenyan energy minister Grace Wanjiru agreed.")
    assert got["Omar Farouk"] == ({"SDN"}, {"Minister of Trade and Industry"})
    assert got["Grace Wanjiru"] == ({"KEN"}, {"Minister of Energy"})


def test_two_titles_joined_by_a_dash():
    got = _people("The delegation was led by Mongolian Deputy Prime Minister - Foreign Minister "
                  "Batbayar Ganbold.")
    assert got["Batbayar Ganbold"] == ({"MNG"}, {"Deputy Prime Minister", "Foreign Minister"})


def test_the_host_met_by_a_visitor_named_by_surname_only():
    text = ("Peru and Bolivia agreed to reopen the border. Peru and Bolivia will hold talks again. "
            "Peruvian Foreign Minister Rosa Quispe arrived in La Paz on Monday. "
            "Ms Quispe also met Foreign Minister Luis Arce Mamani.")
    got = _people(text)
    assert got["Rosa Quispe"][0] == {"PER"}
    assert got["Luis Arce Mamani"][0] == {"BOL"}


def test_a_plural_title_before_a_list_of_names():
    got = _people("Presidents Ana Lucero and Pedro Ruiz signed a joint statement. "
                  "Foreign Ministers Diego Soto, Hugo Ramos and Lia Fernandes also met.")
    assert got["Pedro Ruiz"][1] == {"President"}
    assert got["Ana Lucero"][1] == {"President"}
    for name in ("Diego Soto", "Hugo Ramos", "Lia Fernandes"):
        assert got[name][1] == {"Foreign Minister"}


def test_a_meeting_of_officials_of_different_ranks_is_no_counterpart_link():
    text = ("ISLAMABAD, May 4 (APP) - Pakistan and China agreed to expand trade. Pakistan and "
            "China will also hold talks. Prime Minister Aqil Rana met Chief of Army Staff General "
            "Tariq Mahmood on Monday to review security for Chinese workers.")
    got = _people(text)
    assert got["Aqil Rana"][0] == {"PAK"}
    assert got["Tariq Mahmood"][0] == {"PAK"}


def test_a_secretary_with_the_portfolio_after_it_without_of():
    got = _people("Cabinet Secretary Interior Amos Wekesa of Kenya met the envoy. "
                  "Secretary Commerce Bilal Qureshi of Pakistan briefed the committee.")
    assert got["Amos Wekesa"] == ({"KEN"}, {"Cabinet Secretary for Interior"})
    assert got["Bilal Qureshi"] == ({"PAK"}, {"Secretary of Commerce"})


def test_a_domestic_meeting_in_a_datelined_bilateral_article():
    text = ("LIMA, May 4 (Andina) - Peru and Chile agreed to expand trade. Peru and Chile will hold "
            "talks. President Dina Torres met Prime Minister Gustavo Adrianzen on Monday to "
            "review the accord.")
    got = _people(text)
    assert got["Dina Torres"][0] == {"PER"}
    assert got["Gustavo Adrianzen"][0] == {"PER"}


def test_an_office_of_a_body_named_before_the_name():
    got = _people("MANILA, May 3 (Reuters) - President of the Asian Development Bank Kenji Mori "
                  "said growth would slow.")
    # an office of an international body: the dateline gives it no country
    assert got["Kenji Mori"] == ({None}, {"President"})


# --- devset3 generalisation: royal honorifics, bracketed remits, plural titles, shared words ---


def test_royal_honorific_between_a_title_and_the_name():
    got = _people("Omani Foreign Minister Prince Faisal bin Tariq Al Busaidi arrived in Amman on "
                  "Sunday. Jordan's Crown Prince Hamza bin Talal received him.")
    assert got["Faisal bin Tariq Al Busaidi"] == ({"OMN"}, {"Foreign Minister"})
    # "Prince" inside the title "Crown Prince" stays part of the title
    assert got["Hamza bin Talal"] == ({"JOR"}, {"Crown Prince"})


def test_a_bracketed_remit_between_the_title_and_the_name():
    got = _people("NAIROBI: The envoy was received by Additional Secretary (Europe) Wanjiru "
                  "Kamau Otieno at the airport.")
    assert got["Wanjiru Kamau Otieno"][1] == {"Additional Secretary"}


def test_plural_secretaries_each_with_their_own_country():
    got = _people("Trade secretaries Olu Bankole Adeyemi of Nigeria and Kofi Mensah Boateng of "
                  "Ghana co-chaired the meeting in Accra.")
    assert got["Olu Bankole Adeyemi"] == ({"NGA"}, {"Secretary of Trade"})
    assert got["Kofi Mensah Boateng"] == ({"GHA"}, {"Secretary of Trade"})


def test_title_and_country_name_sharing_words():
    # "President of the Republic" (title) and "Republic of Chile" (country) overlap
    got = _people("President of the Republic of Chile Tomás Reyes Aguirre will visit Peru in May.")
    assert got["Tomás Reyes Aguirre"] == ({"CHL"}, {"President"})


def test_the_host_of_a_visit_written_as_a_noun_phrase():
    got = _people("Both sides recalled the official visit of the Prime Minister of Portugal, "
                  "Mr Rui Almeida Costa, to the Kingdom of Spain in 2023, at the invitation of "
                  "His Majesty King Alfonso.", publisher="Government of Portugal")
    assert got["Rui Almeida Costa"][0] == {"PRT"}
    assert got["Alfonso"][0] == {"ESP"}


def test_the_listener_of_told_is_no_person():
    got = _people("Minister Ana Lucia Prado of Chile spoke on Monday. "
                  "\"We are ready,\" Prado told Diario Andino on Friday.")
    assert "Diario Andino" not in got
    assert "Ana Lucia Prado" in got


def test_head_of_government_and_a_long_cambodian_honorific():
    got = _people("The Head of Government of the Kingdom of Morocco, Mr Karim Benali, visited Spain. "
                  "Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Dara met him later. "
                  "Samdech Hun Dara said the talks were useful.")
    assert got["Karim Benali"] == ({"MAR"}, {"Head of Government"})
    assert got["Hun Dara"] == ({"KHM"}, {"Prime Minister"})
    got = _people("Power secretaries Ram Bahadur Thapa of Nepal and Anwar Hossain Mollah of "
                  "Bangladesh signed the minutes.")
    assert got["Ram Bahadur Thapa"] == ({"NPL"}, {"Power Secretary"})
    assert got["Anwar Hossain Mollah"] == ({"BGD"}, {"Power Secretary"})


def test_regnal_number_bracketed_rank_qualifier_and_party_before_a_title():
    got = _people("King Hamad III of Bahrain received the envoy. King Hamad thanked him.")
    assert got["Hamad III"] == ({"BHR"}, {"King"})
    got = _people("Pakistani Interior Minister Lt Gen (retd) Tariq Aziz Malik met the envoy.")
    assert got["Tariq Aziz Malik"][0] == {"PAK"}
    assert {"Interior Minister", "Lieutenant General"} <= got["Tariq Aziz Malik"][1]
    got = _people("Lao Party General Secretary Bounmy Sisavath met the Chinese envoy.")
    # a party's general secretary is a national office (per6: its own normal form, scope empty)
    assert got["Bounmy Sisavath"] == ({"LAO"}, {"Party General Secretary"})


def test_a_title_that_opens_the_next_clause_is_no_appositive():
    got = _people("According to Diario Sur, the president will visit Peru in May.")
    assert got == {}
    got = _people("Ruto Kamau, the president of Kenya, will visit Uganda.")
    assert got["Ruto Kamau"] == ({"KEN"}, {"President"})


def test_a_counterpart_of_a_compound_office_or_of_a_person_named_before():
    got = _people("Deputy Prime Minister and Foreign Minister Ahmed Raza Khan met his Azerbaijani "
                  "counterpart Kamran Aliyev in Jeddah.")
    assert got["Kamran Aliyev"] == ({"AZE"}, {"Foreign Minister"})
    got = _people("Omani Foreign Minister Salim Nasser Al Harthy arrived in Rabat on Sunday. "
                  "On the same day, he and his Moroccan counterpart Youssef Amrani Idrissi "
                  "co-chaired the joint commission.")
    assert got["Youssef Amrani Idrissi"] == ({"MAR"}, {"Foreign Minister"})


def test_royal_and_title_words_inside_place_and_facility_names_are_no_persons():
    for text in ("The delegation visited Prince Edward Island in Canada.",
                 "Troops are based at Prince Sultan Air Base.",
                 "Talks were held at the King Fahd Conference Hall.",
                 "The Sheikh Zayed Road project was opened."):
        assert _people(text) == {}, text
    assert "Faisal bin Farhan" in _people("Prince Faisal bin Farhan met the envoy in Riyadh.")
