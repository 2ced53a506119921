"""Persons (round per20): the patronymic markers of Turkic names ("oglu", "gizi", "qizi",
"kyzy", "uulu") stand inside a full name like "bin" or "van" ("Samir Vagif oglu Rzayev"); the
professional style "Atty." before a name (and the abbreviated title "Usec.") does not end a
sentence or the name after it; a list of titled names in apposition to a plural role noun with
a country ("their Indonesian counterparts, Foreign Minister A and Defence Minister B") serves that
country, every member and not only the first."""

from __future__ import annotations

from tests.test_persons_per12 import _people


# -- patronymic markers inside a Turkic name -----------------------------------------------------


def test_azerbaijani_patronymic_stays_in_the_name():
    got = _people(
        "Deputy Prime Minister of Georgia met Deputy Foreign Minister of Azerbaijan Nigar Elchin "
        "gizi Aliyeva in Tbilisi on Friday."
    )
    assert got["Nigar Elchin gizi Aliyeva"] == ({"AZE"}, {"Deputy Foreign Minister"})
    assert "Nigar Elchin" not in got
    got = _people(
        "The talks were co-chaired by Economy Minister of Azerbaijan Tural Fikret oglu Mammadov "
        "and the Turkmen Deputy Prime Minister."
    )
    assert "Tural Fikret oglu Mammadov" in got and "Tural Fikret" not in got


def test_kyrgyz_and_uzbek_patronymics_stay_in_the_name():
    got = _people("Kyrgyz Foreign Minister Azamat Bakyt uulu Sadykov met the Tajik envoy in Bishkek.")
    assert got["Azamat Bakyt uulu Sadykov"][0] == {"KGZ"}
    got = _people("Uzbek Trade Minister Dilnoza Rustam qizi Karimova arrived in Ankara on Monday.")
    assert got["Dilnoza Rustam qizi Karimova"][0] == {"UZB"}


def test_patronymic_marker_without_a_following_name_is_not_kept():
    # near miss: the marker closes nothing, a lower-case word after it is no name
    got = _people("Kyrgyz Foreign Minister Azamat Sadykov uulu said the talks went well.")
    assert not any(n.endswith("uulu") for n in got)
    got = _people("Georgian Foreign Minister Levan Beridze and the Azerbaijani envoy met in Tbilisi.")
    assert "Levan Beridze" in got


# -- "Atty." and "Usec." -------------------------------------------------------------------------


def test_attorney_style_before_a_full_name():
    got = _people(
        "The Philippine delegation was led by Department of Labor Undersecretary Atty. Maria "
        "Luisa Dizon-Cruz, while the Saudi side was headed by Mr. Khalid Al-Otaibi."
    )
    assert "Atty" not in got
    assert got["Maria Luisa Dizon-Cruz"][0] == {"PHL"}
    got = _people("Senator Atty. Ramon Villafuerte of the Philippines met the Japanese envoy.")
    assert got["Ramon Villafuerte"] == ({"PHL"}, {"Senator"})
    assert "Atty" not in got


def test_usec_abbreviation_does_not_split_the_sentence():
    import polars as pl

    from pipeline.segment import segment

    docs = pl.DataFrame({"doc_id": ["d0"], "text": [
        "Usec. Dizon-Cruz handed over a letter. Atty. Reyes received it."
    ]})
    assert len(segment(docs)["text"].to_list()) == 2


def test_attorney_spelled_out_is_a_title_not_a_style():
    # near miss: the spelled-out office keeps its title, nothing is stripped as a style
    got = _people("Attorney General Ramon Villafuerte of the Philippines met the Japanese envoy.")
    assert "Ramon Villafuerte" in got
    assert got["Ramon Villafuerte"][0] == {"PHL"}
    assert "Attorney General" in got["Ramon Villafuerte"][1]


# -- a list after a plural role noun with a country -----------------------------------------------


def test_every_member_of_a_counterparts_list_serves_its_country():
    got = _people(
        "Trade Minister Amina Wekesa and Finance Minister Joseph Otieno hosted their Tanzanian "
        "counterparts, Trade Minister Halima Mwinyi, Finance Minister Juma Bakari and Energy "
        "Minister Neema Mushi, in Nairobi."
    )
    assert got["Halima Mwinyi"][0] == {"TZA"}
    assert got["Juma Bakari"][0] == {"TZA"}
    assert got["Neema Mushi"][0] == {"TZA"}
    got = _people(
        "Foreign Minister Ana Torres and Defence Minister Luis Vega received their Chilean "
        "counterparts, Foreign Minister Rodrigo Fuentes and Defence Minister Paula Rojas, in Lima."
    )
    assert got["Rodrigo Fuentes"][0] == {"CHL"}
    assert got["Paula Rojas"][0] == {"CHL"}


def test_a_singular_counterpart_does_not_reach_the_next_name():
    # near misses: one counterpart (the next name is someone else), and no country at all
    got = _people(
        "Foreign Minister Carlos Ortega welcomed his Thai counterpart, Foreign Minister Somsak "
        "Chaiyawan, and Defence Minister Bounmy Phommavong."
    )
    assert got["Somsak Chaiyawan"][0] == {"THA"}
    assert got["Bounmy Phommavong"][0] != {"THA"}
    got = _people(
        "Foreign Minister Carlos Ortega welcomed their counterparts, Foreign Minister Somsak "
        "Chaiyawan and Defence Minister Bounmy Phommavong."
    )
    assert got["Bounmy Phommavong"][0] == {None}


# -- a national news agency's tag on a dateline of an unknown place -------------------------------


def test_agency_tag_gives_the_home_of_an_unknown_dateline_place():
    from pipeline.extract.persons_home_country import agency_tag_country

    assert agency_tag_country("Mersing, Johor (Bernama) -- The Royal Malaysian Navy said") == "MYS"
    assert agency_tag_country("Kilis (Anadolu Agency) - Turkish troops began the drill.") == "TUR"
    got = _people(
        "Mersing, Johor (Bernama) -- The two navies began the exercise on Monday, the Defence "
        "Ministry's spokesperson, Colonel Azman Rahim, said. Thai Navy Commander Admiral Somchai "
        "Boonmee attended."
    )
    assert got["Azman Rahim"][0] == {"MYS"}
    got = _people(
        "Gumi (Yonhap) -- Major General Park Ji-hoon, commander of the division, welcomed the "
        "Vietnamese officers on Tuesday."
    )
    assert got["Park Ji-hoon"][0] == {"KOR"}


def test_an_international_wire_tag_gives_no_home():
    # near misses: an international wire's tag, and an agency named in the body
    from pipeline.extract.persons_home_country import agency_tag_country

    assert agency_tag_country("Mersing, Johor (Reuters) - The Royal Malaysian Navy said") is None
    assert agency_tag_country("The navy said on Monday (Bernama reported) that drills began.") is None
    got = _people(
        "Mersing, Johor (Reuters) -- The two navies began the exercise on Monday, the Defence "
        "Ministry's spokesperson, Colonel Azman Rahim, said."
    )
    assert got["Azman Rahim"][0] == {None}


# -- the abbreviated Malaysian styles "YAB", "YB" ------------------------------------------------


def test_abbreviated_malaysian_styles_between_office_and_name():
    got = _people(
        "The Chief Minister of Penang, YAB Tuan Chow Kon Yeow, received the Thai delegation. "
        "The Prime Minister of Malaysia, YAB Dato' Seri Ahmad Fauzi Razak, arrived in Bangkok."
    )
    assert got["Ahmad Fauzi Razak"] == ({"MYS"}, {"Prime Minister"})
    got = _people(
        "The Minister of Transport of Malaysia, YB Dato' Sri Kamal Yusof, met the Indonesian envoy."
    )
    assert got["Kamal Yusof"] == ({"MYS"}, {"Minister of Transport"})


def test_a_two_letter_acronym_is_no_style():
    # near miss: an acronym that is not a style keeps the office off the next name
    got = _people("The Prime Minister of Malaysia, YZ Ahmad Fauzi Razak, arrived in Bangkok.")
    assert got.get("Ahmad Fauzi Razak", ({None}, set()))[1] != {"Prime Minister"}


# -- "Usec." and "Asec." as titles ----------------------------------------------------------------


def test_abbreviated_secretaries_are_titles():
    got = _people(
        "On Monday, Usec. Maria Dizon-Cruz of the Philippines handed over a letter to the Saudi minister."
    )
    assert got["Maria Dizon-Cruz"] == ({"PHL"}, {"Undersecretary"})
    got = _people(
        "On Monday, Asec. Paolo Lim of the Philippines handed over a letter to the Saudi minister."
    )
    assert got["Paolo Lim"] == ({"PHL"}, {"Assistant Secretary"})


def test_an_acronym_spelled_like_usec_is_no_title():
    # near miss: "USEC" without its dot is a company's acronym, not "Undersecretary"
    got = _people("The American firm USEC Chairman John Welch would lead the talks in Tokyo.")
    assert got["John Welch"][1] == {"Chairman"}
