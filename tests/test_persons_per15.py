"""Persons (round per15): Hassaniya particles inside names ("ould", "mint"), a place name that is
also a given name ("Aden"), a capitalised word compounded with a country's name ("Villa Somalia
said"), the item datelines of a briefs column as each item's home, post-nominal letters between
a name and its appositive ("X, M.P., Minister of ..."), "Senator the Honourable Y", the inviter
of a state visit as its host, an office of a body named after a portfolio ("Minister of the
National Health Commission"), a time adverbial without its comma before a pronoun ("On the 11th
he"), "<title> is <name>", offices after "to be", "as" and "served as", a titled surname with
particles ("Ambassador de la Torre"), a career diplomat, and the commander of a national
flotilla."""

from __future__ import annotations

from pipeline.extract.persons_after import after_post_nominals
from tests.test_persons_per13 import _people, _people_by


# -- name grammar -------------------------------------------------------------------------------


def test_ould_and_mint_are_particles_inside_a_name():
    people = _people(
        "Mauritanian Minister of Fisheries Brahim ould Mohamed Vall met Minister of Health "
        "Mariem mint Sidi Ely in Nouakchott."
    )
    assert "Brahim ould Mohamed Vall" in people
    assert "Mariem mint Sidi Ely" in people
    assert "Mariem" not in people


def test_aden_is_a_given_name_between_name_words():
    people = _people("Somali Finance Minister Yusuf Aden Warfaa flew to Nairobi on Monday.")
    assert "Yusuf Aden Warfaa" in people
    assert people["Yusuf Aden Warfaa"][0] == {"SOM"}


def test_word_before_a_country_name_is_a_proper_noun_not_a_person():
    people = _people(
        "The Kenyan envoy will hold talks with the Emir, Villa Somalia said on Monday."
    )
    assert "Villa" not in people


# -- post-nominal letters and styles ------------------------------------------------------------


def test_post_nominals_end_where_the_appositive_starts():
    text = "Mr. Alan Brathwaite, Q.C., M.P., Minister of Legal Affairs, spoke."
    end = text.index(", Q.C.")
    assert text[after_post_nominals(text, end):].startswith(", Minister")
    assert after_post_nominals("Mr X, MP said", 4) == 4


def test_appositive_after_post_nominals_belongs_to_the_first_cochair():
    people = _people(
        "The Third Meeting of the Jamaica–Belize Joint Commission was co-chaired by the Honourable "
        "Marcus J. Thompson, M.P., Minister of Foreign Affairs and Foreign Trade, and Senator the "
        "Honourable Dr. Lydia Greene, Minister of Foreign Affairs of Belize. Jamaica and Belize "
        "signed three agreements."
    )
    thompson = people["Marcus J. Thompson"][1]
    greene = people["Lydia Greene"][1]
    assert any("Foreign" in t for t in thompson)
    assert "Senator" not in thompson
    assert "Minister of Foreign Affairs and Foreign Trade" not in greene
    assert people["Lydia Greene"][0] == {"BLZ"}
    assert people["Marcus J. Thompson"][0] == {"JAM"}


# -- countries ----------------------------------------------------------------------------------


def test_each_brief_takes_the_country_of_its_own_dateline():
    text = (
        "WEST AFRICA BRIEFS\n"
        "Monday, May 4, 2026\n\n"
        "-- GHANA/TOGO: BORDER POST REOPENS\n"
        "ACCRA, May 3 — Police Commissioner Kofi Mensah Boateng said the Aflao crossing reopened "
        "on Sunday after talks between Ghana and Togo.\n\n"
        "-- BENIN/NIGER: PIPELINE TALKS\n"
        "COTONOU, May 3 — Energy Minister Rachidi Alou Bello said Benin and Niger would resume "
        "pipeline talks this month.\n\n"
        "-- TOGO: CABINET MEETS\n"
        "LOME, May 4 — The cabinet met on Monday. Togo and Ghana also reviewed trade.\n"
    )
    people = _people_by("Lagos desk (West Africa Briefs)", text)
    assert people["Kofi Mensah Boateng"] == {"GHA"}
    assert people["Rachidi Alou Bello"] == {"BEN"}


def test_one_dateline_is_no_briefs_column():
    # a single dateline opens an article, not an item: the document's home rules stay in charge
    import polars as pl

    from pipeline.extract.persons_home_country import item_datelines
    from pipeline.segment import segment

    one = "ACCRA, May 3 — Trade Minister Kofi Mensah Boateng said Ghana would reopen the border."
    two = one + "\n\nLOME, May 4 — The cabinet met on Monday."
    sents = segment(pl.DataFrame({"doc_id": ["a", "b"], "text": [one, two]}))
    found = item_datelines(sents)
    assert "a" not in found
    assert [iso3 for _sid, iso3 in found["b"]] == ["GHA", "TGO"]


def test_inviter_of_a_state_visit_hosts_it():
    text = (
        "Peru and Chile are neighbours. Chile's Foreign Minister Ana María Soto arrived in Lima "
        "on Monday. "
        "Later on Tuesday President Luis Andrade Rojas received the Chilean minister. "
        "He accepted an invitation from President Marta Isabel Vial to pay a state visit to "
        "Chile next year. President Vial sent a letter to President Andrade Rojas on Friday, "
        "Peru and Chile said."
    )
    people = _people(text)
    assert people["Marta Isabel Vial"][0] == {"CHL"}
    assert people["Luis Andrade Rojas"][0] == {"PER"}
    # the invitee of "the invitation of the Chilean leadership for President X to visit Chile"
    # travels there, so serves the other side
    people = _people(
        "Peru and Chile held talks. President Luis Andrade Rojas spoke by telephone with Prime "
        "Minister Marta Isabel Vial. Prime Minister Vial conveyed the invitation of the Chilean "
        "leadership for President Andrade Rojas to pay a state visit to Chile, Peru said."
    )
    assert people["Luis Andrade Rojas"][0] == {"PER"}


def test_office_of_a_commission_named_after_a_portfolio():
    people = _people(
        "The Kenyan delegation met Minister of the Rural Development Commission Li Wenbo in "
        "Beijing."
    )
    assert "Li Wenbo" in people
    assert "Minister of the Rural Development Commission" in people["Li Wenbo"][1]


def test_counterpart_with_a_body_before_the_title():
    people = _people(
        "On Tuesday she and her Chinese counterpart, National Ethnic Affairs Commission minister "
        "Li Wenbo, co-chaired the second session."
    )
    assert people["Li Wenbo"][0] == {"CHN"}


def test_pronoun_after_a_time_adverbial_without_comma_meets_a_host():
    people = _people(
        "Foreign Minister Ana Lucía Prado of Peru paid an official visit to Nairobi. "
        "On the 11th she held talks with officials and was received by Prime Minister Daniel "
        "Kiprop Mutai."
    )
    assert people["Daniel Kiprop Mutai"][0] == {"KEN"}


def test_pronoun_sat_down_with_a_host():
    people = _people(
        "Foreign Minister Ana Lucía Prado of Peru flew to Nairobi on Monday. "
        "That evening she sat down with Trade Minister Daniel Kiprop Mutai."
    )
    assert people["Daniel Kiprop Mutai"][0] == {"KEN"}


def test_title_phrase_as_subject_of_is_before_the_name():
    people = _people("Kenya's High Commissioner in Pretoria is H.E. Ms. Wanjiru Achieng Otieno.")
    assert people["Wanjiru Achieng Otieno"][0] == {"KEN"}
    assert "High Commissioner" in people["Wanjiru Achieng Otieno"][1]


def test_commander_of_a_national_flotilla():
    people = _people(
        "Peru and Chile ended a naval drill. Captain Jaime Ortega Ruiz commanded the Peruvian "
        "flotilla."
    )
    assert people["Jaime Ortega Ruiz"][0] == {"PER"}


# -- titles over a career -----------------------------------------------------------------------


def test_appointed_to_be_an_envoy_of_a_country():
    people = _people(
        "The President has been pleased to appoint Mr. Tomas Reyes Pinto to be Ambassador of "
        "Chile to Peru. Mr. Reyes Pinto previously served as Director of the Department of "
        "Consular Affairs (2019–2024) and as Deputy Head of Mission in Quito."
    )
    countries, titles = people["Tomas Reyes Pinto"]
    assert countries == {"CHL"}
    assert "Ambassador" in titles
    assert "Director of the Department of Consular Affairs" in titles


def test_office_named_with_a_country_possessive_after_served_as():
    people = _people(
        "Lucía Paredes Soto, who served as Peru's ambassador to Italy, died on Sunday. Her son "
        "Mateo Paredes Soto spoke as Foreign Minister Ana Lucía Prado looked on."
    )
    assert people["Lucía Paredes Soto"][0] == {"PER"}
    assert "Ambassador" in people["Lucía Paredes Soto"][1]
    # ("as <title> <name>": the office of the next name)
    assert "Foreign Minister" not in people.get("Mateo Paredes Soto", (set(), set()))[1]


def test_career_diplomat_is_a_person():
    people = _people(
        "Lucía Paredes Soto, a career diplomat who as Peru's ambassador in Rome negotiated the "
        "treaty, died on Sunday."
    )
    assert "Lucía Paredes Soto" in people
    assert people["Lucía Paredes Soto"][0] == {"PER"}


def test_title_before_the_particles_of_a_surname():
    from tests.test_persons_context import person_rows

    rows = person_rows(
        "Pieter Willem van der Berg, a career diplomat, retired in 2012. Later, Ambassador van "
        "der Berg taught law."
    )
    titled = rows.filter(rows["title"] == "Ambassador")
    assert titled.height == 1
    assert titled["name"][0] == "Pieter Willem van der Berg"


def test_region_with_its_article_in_a_portfolio_list():
    people = _people(
        "New Zealand's Minister for Trade and the Pacific, Hemi Walker Tane, arrived in Suva."
    )
    assert people["Hemi Walker Tane"][0] == {"NZL"}
    assert any(t.endswith("the Pacific") for t in people["Hemi Walker Tane"][1])
