"""Persons (round per11): hosts met by a traveller the text refers to by a pronoun or by the
traveller's office."""

from __future__ import annotations

from tests.test_persons_context import person_rows


def _people(*texts: str) -> dict[str, tuple[set, set]]:
    """name -> (countries, titles) over the documents."""
    out: dict[str, tuple[set, set]] = {}
    rows = person_rows(*texts).select("name", "country_iso3", "title")
    for name, country, title in rows.iter_rows():
        countries, titles = out.setdefault(name, (set(), set()))
        countries.add(country)
        if title:
            titles.add(title)
    return out


# -- a traveller referred to by a pronoun or by their office meets hosts -------------------------

_DAKAR = "DAKAR, May 3 (APS) - "


def test_pronoun_coordinated_with_a_co_chair_makes_a_host():
    got = _people(
        _DAKAR + "Foreign Minister Amara Diallo flew to Nairobi on Sunday for a two-day visit. "
        "On Monday, she and Foreign Minister Peter Kamau co-chaired the fourth session of the "
        "Senegal-Kenya Joint Commission."
    )
    assert got["Amara Diallo"][0] == {"SEN"}
    assert got["Peter Kamau"][0] == {"KEN"}


def test_the_office_of_the_traveller_received_by_an_official_makes_a_host():
    got = _people(
        _DAKAR + "Foreign Minister Amara Diallo flew to Nairobi on Sunday for a two-day visit. "
        "Ms Diallo briefed reporters on the trade agenda. "
        "The foreign minister was also received by Vice President John Otieno at his office."
    )
    assert got["John Otieno"][0] == {"KEN"}


def test_the_office_of_the_traveller_calls_on_two_hosts():
    got = _people(
        "HANOI, June 2 (VNA) - Deputy Prime Minister Tran Van Minh paid an official visit to "
        "Chile from 1 to 3 June. The Deputy Prime Minister also called on President Ana Rojas "
        "and met Senate President Luis Fuentes."
    )
    assert got["Tran Van Minh"][0] == {"VNM"}
    assert got["Ana Rojas"][0] == {"CHL"}


def test_where_she_and_a_co_chair_in_the_journey_sentence():
    got = _people(
        "In March, Foreign Minister Ingrid Solberg travelled to Lima, where she and Foreign "
        "Minister Carlos Quispe co-chaired the first Norway-Peru political dialogue."
    )
    assert got["Carlos Quispe"][0] == {"PER"}


def test_a_companion_coordinated_with_the_pronoun_is_no_host():
    # "he and Trade Minister Y met President Z": Y travels with him, Z is the host
    got = _people(
        _DAKAR + "Prime Minister Ousmane Ba arrived in Accra on Tuesday. "
        "On Wednesday, he and Trade Minister Fatou Ndiaye met President Kwame Mensah."
    )
    assert got["Kwame Mensah"][0] == {"GHA"}
    assert got["Fatou Ndiaye"][0] != {"GHA"}


def test_a_pronoun_that_meets_nobody_gives_no_host():
    # a letter "from" the home prime minister handed over abroad: the writer is no host
    got = _people(
        _DAKAR + "Foreign Minister Amara Diallo flew to Nairobi on Sunday. "
        "On Monday, Ms Diallo called on President Ruth Wambui. "
        "She handed over a letter from Prime Minister Ousmane Ba."
    )
    assert got["Ruth Wambui"][0] == {"KEN"}
    assert got["Ousmane Ba"][0] == {"SEN"}


def test_an_office_the_traveller_does_not_hold_is_no_reference():
    got = _people(
        _DAKAR + "Foreign Minister Amara Diallo flew to Nairobi on Sunday. "
        "The prime minister later met Interior Minister Musa Keita in Dakar."
    )
    assert got["Musa Keita"][0] != {"KEN"}


# -- police offices and police ranks ------------------------------------------------------------


def test_police_commander_then_rank_before_the_name():
    got = _people(
        "MOMBASA, May 3 (KNA) - Mombasa County Police Commander, Senior Assistant Commissioner of "
        "Police Joseph Kiprono Langat, told reporters on Monday that five suspects had been "
        'arrested. "We are pursuing the rest," SACP Langat said.'
    )
    countries, titles = got["Joseph Kiprono Langat"]
    assert countries == {"KEN"}
    assert {"County Police Commander", "Senior Assistant Commissioner of Police"} <= titles


def test_regional_police_commander_is_an_office_of_the_dateline_country():
    got = _people(
        "DODOMA - Arusha Regional Police Commander Justine Masejo said the convoy was attacked "
        "at night."
    )
    assert got["Justine Masejo"] == ({"TZA"}, {"Regional Police Commander"})


def test_abbreviated_police_rank_marks_a_person():
    got = _people(
        "Two suspects were arrested on Friday, SSP Ravi Kumar Menon told reporters in Kochi."
    )
    assert got["Ravi Kumar Menon"][1] == {"Senior Superintendent of Police"}


def test_police_commissioner_is_normalised():
    got = _people("Police Commissioner Aisha Bello said the curfew would stay in place.")
    assert got["Aisha Bello"][1] == {"Commissioner of Police"}


# -- a news site's tagline gives the article's home country ------------------------------------


def test_tagline_country():
    from pipeline.extract.persons_home_country import tagline_country

    assert tagline_country("Kenya's largest daily newspaper | Monday, 4 May 2026") == "KEN"
    assert tagline_country("Nepal's oldest English daily") == "NPL"
    assert tagline_country("Kenya's exports to Uganda rose 4 percent.") is None
    assert tagline_country("Ghana's news agency chief said the law was fair.") is None


def test_tagline_at_the_head_gives_domestic_officials_their_country():
    got = _people(
        "THE STANDARD\nKenya's largest daily newspaper | Monday, 4 May 2026\n\n"
        "Officials meet over border trade\n\n"
        "Trade Minister Wanjiru Mbugua said on Sunday that the border post at Namanga would "
        "open around the clock."
    )
    assert got["Wanjiru Mbugua"][0] == {"KEN"}


# -- a correspondent abroad writes for readers at home: the issuer outranks the dateline ----------


def test_agency_country():
    from pipeline.extract.persons_home_country import agency_country

    assert agency_country("Kuwait News Agency (KUNA)") == "KWT"
    assert agency_country("Saudi Press Agency") == "SAU"
    told = "The minister told the Kuwait News Agency that trade would double."
    assert agency_country(told) is None


def test_national_agency_at_the_head_outranks_a_dateline_abroad():
    got = _people(
        "Kuwait News Agency (KUNA)\n\n"
        "Karachi, May 5 (KUNA) -- Minister of Commerce and Industry Khalid Al-Mutairi told KUNA "
        "on Tuesday that exports to Pakistan rose by a tenth last year."
    )
    assert got["Khalid Al-Mutairi"][0] == {"KWT"}


def test_a_dateline_abroad_without_an_issuer_still_gives_its_country():
    got = _people(
        "Karachi, May 5 -- Minister of Commerce and Industry Khalid Al-Mutairi said on Tuesday "
        "that Pakistan's exports to Kuwait rose by a tenth last year."
    )
    assert got["Khalid Al-Mutairi"][0] == {"PAK"}


# -- academic ranks of researchers --------------------------------------------------------------


def test_associate_researcher_appositive_is_the_title():
    got = _people(
        '"Trade will keep growing," said Wang Lijuan, an associate researcher at the Fudan '
        "Institute of Asian Studies."
    )
    assert got["Wang Lijuan"] == ({None}, {"Associate Researcher"})


def test_assistant_researcher_appositive_is_the_title():
    got = _people(
        "Chen Bo, an assistant researcher at the Institute of Southeast Asian Studies, said the "
        "deal was overdue."
    )
    assert got["Chen Bo"][1] == {"Assistant Researcher"}


# -- one office in the plural shared by a coordinated pair: one holder for each side ---------------


def test_plural_ministry_before_a_pair_gives_the_two_sides():
    got = _people(
        "Presidency of the Government of Spain\n\nJOINT STATEMENT\nSpain - Morocco\n"
        "Rabat, 3 February 2026\n\n"
        "1. The Prime Minister of Spain, Mr. Luis Ortega, paid an official visit to Morocco. "
        "Spain and Morocco agreed to deepen cooperation.\n\n"
        "2. The Ministers of Agriculture, Mr. Javier Molina and Mr. Youssef Bennani, met on "
        "2 February and signed a memorandum on fisheries between Spain and Morocco."
    )
    assert {c for c in got["Javier Molina"][0] | got["Youssef Bennani"][0]} == {"ESP", "MAR"}
    assert got["Javier Molina"][0] != got["Youssef Bennani"][0]


def test_ministers_of_state_in_the_plural_are_not_split():
    from pipeline.extract.persons_links import _one_holder_ministry

    assert _one_holder_ministry("Interior Minister")
    assert _one_holder_ministry("Minister of Agriculture")
    assert not _one_holder_ministry("Minister of State")
    assert not _one_holder_ministry("Minister")
    assert not _one_holder_ministry("Deputy Foreign Minister")


# -- a profession after qualifying words in an indefinite appositive ------------------------------


def test_place_based_analyst_keeps_the_profession_and_no_subject_country():
    got = _people('"Ties are warm," said Milan Novak, a Prague-based analyst of Chinese affairs.')
    assert got["Milan Novak"] == ({None}, {"Analyst"})


def test_region_analyst_based_abroad():
    got = _people('"Ties are warm," said Aziz Karimov, a Central Asia analyst based in Vienna.')
    assert got["Aziz Karimov"][1] == {"Analyst"}


def test_two_qualifiers_before_economist():
    got = _people('"Trade is small," said Dr Bilal Hussain, a Karachi-based trade economist.')
    assert got["Bilal Hussain"][1] == {"Economist"}


def test_policy_researcher_at_a_university():
    got = _people(
        "Rania Haddad, a water policy researcher at Cairo University, said the dam mattered."
    )
    assert got["Rania Haddad"][1] == {"Researcher"}


def test_qualified_noun_that_is_no_profession_gives_no_title():
    got = _people("Rania Haddad, a mother of three, said the dam mattered.")
    assert got.get("Rania Haddad", ({None}, set()))[1] == set()


def test_researcher_of_an_academy_keeps_its_country():
    got = _people("said Milan Novak, a researcher of the Chinese Academy of Social Sciences.")
    assert got["Milan Novak"][0] == {"CHN"}


# -- ministers for a region of the world ---------------------------------------------------------


def test_minister_for_a_world_region_in_an_appositive():
    got = _people(
        "Lady Fiona Hart, the UK minister for Africa, will hold talks with Kenyan officials in "
        "Nairobi."
    )
    assert got["Fiona Hart"] == ({"GBR"}, {"Minister for Africa"})


def test_minister_for_a_world_region_before_the_name():
    got = _people("Minister for the Indo-Pacific Tom Gray arrived in Jakarta on Monday.")
    assert got["Tom Gray"][1] == {"Minister for the Indo-Pacific"}


def test_a_country_named_after_a_region_is_still_a_country():
    got = _people("South Africa Foreign Minister Naledi Dube spoke to reporters.")
    assert got["Naledi Dube"] == ({"ZAF"}, {"Foreign Minister"})


def test_publisher_outranks_a_dateline_abroad():
    from tests.test_persons_context import person_rows

    rows = person_rows(
        "Karachi, May 5 -- Minister of Commerce and Industry Khalid Al-Mutairi said on Tuesday "
        "that Pakistan's exports to Kuwait rose by a tenth last year.",
        publisher="Kuwait Times",
    )
    assert set(rows["country_iso3"].to_list()) == {"KWT"}


def test_an_embassy_publisher_keeps_its_dateline_home():
    from tests.test_persons_context import person_rows

    rows = person_rows(
        "NAIROBI, May 5 -- Cabinet Secretary for Trade Wanjiru Mbugua said on Tuesday that "
        "exports of tea to China rose by a tenth last year.",
        publisher="Embassy of the People's Republic of China in the Republic of Kenya",
    )
    assert set(rows["country_iso3"].to_list()) == {"KEN"}


# -- "cum" joins two offices held together ----------------------------------------------------------


def test_cum_joins_two_offices_before_the_name_and_keeps_the_demonym():
    got = _people(
        "Foreign Minister Li Wenhao met Cambodian Deputy Prime Minister cum Foreign Minister "
        "Sok Vanna in Beijing."
    )
    assert got["Sok Vanna"] == ({"KHM"}, {"Deputy Prime Minister", "Foreign Minister"})


def test_cum_joins_two_offices_in_an_appositive():
    got = _people(
        "Sok Vanna, Deputy Prime Minister cum Minister of Foreign Affairs of Cambodia, arrived in "
        "Vientiane."
    )
    countries, titles = got["Sok Vanna"]
    assert countries == {"KHM"}
    assert "Deputy Prime Minister" in titles and len(titles) == 2


# -- more journey verbs: "left for", "leave for", "is in <place> on a visit" -----------------------


def test_left_for_a_capital_makes_the_officials_met_there_hosts():
    got = _people(
        "ISLAMABAD, May 3 (APP) - Foreign Minister Ayesha Tariq left for Tashkent on Monday. "
        "In Tashkent, she will call on President Bakhtiyor Rashidov and hold talks with Foreign "
        "Minister Farrukh Saidov."
    )
    assert got["Ayesha Tariq"][0] == {"PAK"}
    assert got["Bakhtiyor Rashidov"][0] == {"UZB"}
    assert got["Farrukh Saidov"][0] == {"UZB"}


def test_will_leave_for_then_a_pronoun_calls_on_a_host():
    got = _people(
        "NEW DELHI, May 3 (PTI) - External Affairs Minister Suresh Menon will leave for Moscow on "
        "Sunday. He will hold talks with his Russian counterpart and call on Prime Minister "
        "Mikhail Borisov."
    )
    assert got["Mikhail Borisov"][0] == {"RUS"}


def test_a_stay_called_a_visit_is_a_journey():
    got = _people(
        "KATHMANDU, May 3 - Nepali Foreign Minister Arzu Deuba, who is in New Delhi on a "
        "three-day visit, met Indian Home Minister Amit Rao. Later she met Prime Minister "
        "Narendra Joshi."
    )
    assert got["Narendra Joshi"][0] == {"IND"}


def test_a_resident_official_is_no_traveller():
    from pipeline.extract.persons_clauses import _TRAVEL

    assert _TRAVEL.search("Ambassador Lee, who is in Hanoi since 2024, said") is None


def test_the_way_home_is_no_journey():
    from pipeline.extract.persons_clauses import _TRAVEL

    def verbs(text):
        return [m.group().strip() for m in _TRAVEL.finditer(text)]

    assert verbs("toured the air base before departing for Singapore") == []
    assert verbs("concluded the talks and left for Islamabad") == []
    assert verbs("The minister left for Tashkent on Monday") == ["left for"]


def test_the_head_noun_of_the_travellers_office_is_a_reference():
    got = _people(
        "TOKYO, May 3 (Kyodo) - Foreign Minister Kenji Sato arrived in Manila on Monday. "
        "The minister met President Maria Santos and Foreign Secretary Jose Lim."
    )
    assert got["Maria Santos"][0] == {"PHL"}
    assert got["Jose Lim"][0] == {"PHL"}


# -- aides and advisers of a president ----------------------------------------------------------------


def test_assistant_to_the_president_of_a_country_in_an_appositive():
    got = _people(
        "BAKU, May 3 (AZERTAC) - Hikmet Hajiyev, Assistant to the President of Azerbaijan, met "
        "Pakistani Ambassador Qasim Mohiuddin."
    )
    assert got["Hikmet Hajiyev"] == ({"AZE"}, {"Assistant to the President"})


def test_presidential_aide_is_normalised():
    got = _people(
        "MOSCOW, May 3 (TASS) - Presidential Aide Yuri Sokolov said the summit would take place "
        "in June."
    )
    assert got["Yuri Sokolov"] == ({"RUS"}, {"Assistant to the President"})


# -- Malaysian and Cambodian styles ------------------------------------------------------------------


def test_datuk_seri_utama_and_haji_are_styles_not_name():
    got = _people(
        "KUALA LUMPUR, May 3 (Bernama) - Minister of Foreign Affairs Datuk Seri Utama Haji Rosli "
        "bin Hamzah received the Thai ambassador."
    )
    assert got["Rosli bin Hamzah"] == ({"MYS"}, {"Foreign Minister"})


def test_samdech_style_in_its_other_spelling():
    got = _people(
        "PHNOM PENH, May 3 - Samdech Moha Bovor Thipadei Sok Chenda, Prime Minister of Cambodia, "
        "received the Thai foreign minister."
    )
    assert got["Sok Chenda"] == ({"KHM"}, {"Prime Minister"})


# -- a name with a nasab is called by its given name ---------------------------------------------------


def test_prince_and_given_name_is_the_prince_with_that_given_name():
    # "Saud" is the given name of one prince and the family name of both: the given name wins
    rows = person_rows_of(
        "RIYADH, May 3 (SPA) - Saudi Foreign Minister Prince Saud bin Khalid Al Saud met the "
        "Omani envoy. He carried a message from Saudi Crown Prince Nayef bin Turki Al Saud. "
        "Prince Saud said the Kingdom valued the ties."
    )
    assert ("Prince Saud", "Saud bin Khalid Al Saud") in rows


def test_family_name_alone_still_finds_a_nasab_name():
    got = _people(
        "Prime Minister Sheikh Hamad bin Jassim Al Kuwari met Turkish officials. Al Kuwari said "
        "the talks were useful. Kuwari added that trade would grow."
    )
    assert list(got) == ["Hamad bin Jassim Al Kuwari"]


def person_rows_of(text: str) -> list[tuple[str, str]]:
    from tests.test_persons_context import person_rows

    return person_rows(text).select("surface", "name").rows()


# -- "visiting" before a title phrase: a visitor to the article's home country -------------------------


def test_visiting_official_is_not_given_the_home_country():
    got = _people(
        "CAIRO, March 3 (MENA) - Egypt and Iraq agreed to expand trade. Prime Minister Adel Fathy "
        "met visiting Foreign Minister Karim Hashem on Monday. Egypt and Iraq also signed a deal."
    )
    assert got["Adel Fathy"][0] == {"EGY"}
    assert got["Karim Hashem"][0] == {"IRQ"}


def test_visiting_at_the_head_of_the_sentence():
    got = _people(
        "ISLAMABAD, May 3 (APP) - Pakistan and Uzbekistan signed five agreements. Visiting Foreign "
        "Minister Bakhtiyor Saidov called on Prime Minister Shahid Iqbal. Uzbekistan and Pakistan "
        "agreed to meet again."
    )
    assert got["Bakhtiyor Saidov"][0] == {"UZB"}
    assert got["Shahid Iqbal"][0] == {"PAK"}


def test_the_gerund_visiting_names_the_host():
    from pipeline.extract.persons_journeys import _VISITING_BACK

    assert _VISITING_BACK.search("after visiting President ") is None
    assert _VISITING_BACK.search("received the visiting Deputy Prime Minister ") is not None


# -- two titled officials coordinated as the subject of a reciprocal verb: the two sides ----------


def test_pair_that_held_talks_are_the_two_sides():
    got = _people(
        "RIO DE JANEIRO -- President Park Min-seo and Canadian Prime Minister Ethan Walsh held "
        "talks on the sidelines of the summit and agreed to expand cooperation between Korea "
        "and Canada. Korea and Canada will meet again."
    )
    assert got["Park Min-seo"][0] == {"KOR"}


def test_pair_that_followed_up_over_a_video_call():
    got = _people(
        "In June, Trade Minister Anil Sharma and Chile's Minister of Economy, Development and "
        "Tourism, Camila Rojas, followed up over a video call on copper. India and Chile agreed "
        "to open talks on a trade pact between India and Chile."
    )
    assert got["Anil Sharma"][0] == {"IND"}


def test_pair_with_an_object_is_no_reciprocal_meeting():
    from pipeline.extract.persons_links import _RECIPROCAL

    assert _RECIPROCAL.match(" met the visiting envoy") is None
    assert _RECIPROCAL.match(" met on the sidelines of the summit") is not None
    assert _RECIPROCAL.match(" held talks with the governor") is None
