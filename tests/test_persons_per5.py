"""Persons, session 5: constructions that qualify an official's office and country.

Service chiefs of each arm, multi-word honorifics cued by the prefilter, clerical honorifics, the
possessive of a country's body ("the Somali interim government's"), an envoy's remit ("Special
Envoy for Yemen"), the head of a named body, the object of "at the invitation of" (no traveller),
an office of an administrative unit unknown to the country list, a press release signed at its
foot, and an envoy posted to one side of a bilateral article.  All sentences are invented.
"""

from __future__ import annotations

from test_persons_context import _people, person_rows


def test_chief_of_an_arm_takes_the_demonym_before_it_and_keeps_the_rank_apart():
    got = _people(
        "Thai Chief of Navy Admiral Somsak Chaiyaporn arrived in Manila on Monday. "
        "Indonesian Chief of the Air Force Air Marshal Budi Hartono met him later."
    )
    assert got["Somsak Chaiyaporn"] == ({"THA"}, {"Chief of Navy", "Admiral"})
    assert got["Budi Hartono"][0] == {"IDN"}
    assert "Chief of Air Force" in got["Budi Hartono"][1]


def test_a_multi_word_honorific_alone_cues_the_sentence():
    got = _people("Officials said Tan Sri Rahimah Yusof opened the fair.",
                  "The Ambassador thanked His Excellency Oumar Diallo for the welcome.")
    assert "Rahimah Yusof" in got and "Tan Sri Rahimah Yusof" not in got
    assert "Oumar Diallo" in got


def test_a_clerical_honorific_is_no_part_of_the_name():
    got = _people("Somalia's Minister of Religious Affairs Mawlawi Abdirahman Farah met clerics.",
                  "Yemeni Minister of Endowments Maulvi Salim Haidar Qassem opened the school.")
    assert got["Abdirahman Farah"][0] == {"SOM"}
    assert got["Salim Haidar Qassem"][0] == {"YEM"}


def test_the_possessive_of_a_countrys_body_qualifies_the_office():
    got = _people(
        "Kenya's Trade Minister Amina Odhiambo spoke with the Somali interim government's acting "
        "Foreign Minister Abdi Nur Warsame on Sunday.",
        "The Bolivian government's Interior Minister Carlos Mamani Quispe denied the report.",
    )
    assert got["Abdi Nur Warsame"][0] == {"SOM"}
    assert got["Amina Odhiambo"][0] == {"KEN"}
    assert got["Carlos Mamani Quispe"][0] == {"BOL"}


def test_an_envoys_remit_is_part_of_the_title_and_no_country_served():
    got = _people(
        "Norway's Special Envoy for Yemen, Ambassador Lars Haugen, met officials in Aden.",
        "Japan's Special Representative for Myanmar Kenji Watanabe held talks.",
    )
    assert got["Lars Haugen"][0] == {"NOR"}
    assert "Special Envoy for Yemen" in got["Lars Haugen"][1]
    assert got["Kenji Watanabe"] == ({"JPN"}, {"Special Representative for Myanmar"})


def test_the_head_of_a_countrys_named_body():
    got = _people(
        "The President received a letter from the head of Chad's Transitional Council, General "
        "Mahamat Idriss Kaka.",
        "He met the chief of the Libyan Presidential Council Younes Menfi in Tripoli.",
    )
    assert got["Mahamat Idriss Kaka"][0] == {"TCD"}
    assert "Head of the Transitional Council" in got["Mahamat Idriss Kaka"][1]
    assert got["Younes Menfi"][0] == {"LBY"}


def test_the_host_who_invited_is_no_traveller_and_a_companion_keeps_the_visitors_side():
    got = _people(
        "NAIROBI, May 2 -- At the invitation of the President of Kenya, Mr. John Kamau, "
        "President Ana Lopes of Mozambique is on a State Visit to Kenya from 2 to 4 May. "
        "She is accompanied by Foreign Minister Mr. Carlos Nhaca. "
        "President Kamau accepted an invitation to visit Mozambique next year. "
        "Kenya and Mozambique signed three agreements."
    )
    assert got["Carlos Nhaca"][0] == {"MOZ"}
    assert got["John Kamau"][0] == {"KEN"}


def test_an_office_of_an_administrative_unit_the_country_list_does_not_know():
    got = _people(
        "NAIROBI, May 2 -- The delegation was received by the Governor of Taita Taveta County, "
        "Mr. Andrew Mwadime, on Tuesday.",
        "The minister met the Governor of Kassala State Ahmed Musa Idris on Monday in Kassala. "
        "Ministry of Foreign Affairs of Sudan",
    )
    assert got["Andrew Mwadime"] == ({"KEN"}, {"Governor"})
    assert got["Ahmed Musa Idris"] == ({"SDN"}, {"Governor"})


def test_an_envoy_posted_to_one_side_serves_the_other():
    text = (
        "ISLAMABAD: Pakistan and Afghanistan agreed to expand trade on Monday. "
        "Former ambassador Khalid Mehmood Swati, who served in Kabul, said the step was pragmatic. "
        "Former ambassador to Afghanistan Asma Durrani welcomed it. "
        "Pakistan's exports to Afghanistan rose."
    )
    got = _people(text)
    assert got["Khalid Mehmood Swati"][0] == {"PAK"}
    assert got["Asma Durrani"][0] == {"PAK"}
    got = _people(
        "DHAKA: Bangladesh and Nepal held talks. Ambassador to Nepal Rezaul Karim briefed the "
        "ministers in Kathmandu. Nepal and Bangladesh agreed on power trade."
    )
    assert got["Rezaul Karim"][0] == {"BGD"}


def test_a_crown_is_never_given_to_a_republics_dateline():
    got = _people(
        "ISLAMABAD: Minister for Planning Ahsan Malik met the envoy. He conveyed the greetings "
        "of Crown Prince Faisal bin Turki to the people. Pakistan and Saudi Arabia, and Pakistan "
        "and Jordan, signed accords."
    )
    assert got["Ahsan Malik"][0] == {"PAK"}
    assert got["Faisal bin Turki"][0] == {None}
    got = _people("AMMAN, May 3 (Petra) -- Crown Prince Hussein bin Talal received the Egyptian "
                  "minister on Monday.")
    assert got["Hussein bin Talal"][0] == {"JOR"}


def test_offices_of_one_government_written_out():
    got = _people(
        "JAKARTA (ANTARA) - Minister of State Secretary Rahmat Wibowo told reporters the talks "
        "went well. Coordinating Minister for Economic Affairs Dewi Kartika agreed."
    )
    assert got["Rahmat Wibowo"] == ({"IDN"}, {"Minister of State Secretary"})
    assert got["Dewi Kartika"] == ({"IDN"}, {"Coordinating Minister of Economic Affairs"})


def test_a_family_name_is_known_without_its_glued_article():
    got = person_rows(
        "CAIRO (AFP) - Egypt's foreign minister Karim Mansour spoke by phone with his Sudanese "
        "counterpart Ali Youssef al-Tayeb on Monday. Tayeb thanked Cairo for its support.",
        "RIYADH: Oman's Minister of Commerce Qais bin Salim el-Yousef met Saudi officials. "
        "El-Yousef said trade would grow.",
    )
    names = dict(zip(got["surface"], got["name"]))
    assert names["Tayeb"] == "Ali Youssef al-Tayeb"
    assert names["El-Yousef"] == "Qais bin Salim el-Yousef"


def test_a_messenger_carries_the_words_of_leaders_of_their_own_side():
    got = _people(
        "TASHKENT, April 3 (UzA) -- President Shavkat Karimov received Pakistan's Interior "
        "Minister Mohsin Qureshi. Qureshi conveyed the warm greetings of President Asif Jatoi and "
        "Prime Minister Imran Dar. Uzbekistan and Pakistan agreed to expand trade.",
        "BEIJING, May 5 (Xinhua) -- Chinese Vice President Han Wei met Kenyan Foreign Minister "
        "Musa Wekesa on Monday. Wekesa delivered a letter from President Daniel Otieno to "
        "President Li Ming. China and Kenya vowed to deepen ties.",
    )
    assert got["Asif Jatoi"][0] == {"PAK"}
    assert got["Imran Dar"][0] == {"PAK"}
    assert got["Daniel Otieno"][0] == {"KEN"}
    assert got["Li Ming"][0] == {"CHN"}


def test_a_lower_case_chief_of_an_organisation_marks_a_person():
    got = _people("EU foreign policy chief Kaja Lind met the ministers. IAEA chief Rafael Soto "
                  "joined by video.")
    assert got["Kaja Lind"] == ({None}, {"Foreign Policy Chief"})
    assert "Rafael Soto" in got


def test_a_leader_or_ruler_named_by_a_demonym_or_a_possessive():
    got = _people(
        "MOSCOW (AP) - The president would meet Kazakh leader Askar Tulegenov on Monday. "
        "Tulegenov will arrive in the morning.",
        "DHAKA - Bangladesh's interim leader Rafiq Chowdhury met the envoy. Dubai ruler Sheikh "
        "Rashid bin Saeed Al Maktoum also attended.",
    )
    assert got["Askar Tulegenov"][0] == {"KAZ"}
    assert got["Rafiq Chowdhury"][0] == {"BGD"}
    assert "Rashid bin Saeed Al Maktoum" in got


def test_a_chain_of_titles_across_the_body_of_the_first():
    got = _people(
        "VIENTIANE -- Gao met Bounma Vongsa, general secretary of the Lao People's "
        "Revolutionary Party Central Committee and Lao president, on Wednesday.",
        "He called on H.E. Bounma Keola, Secretary General of the LPRP Central Committee and "
        "President of the Lao PDR, on 23 April.",
    )
    assert got["Bounma Vongsa"] == ({"LAO"}, {"General Secretary", "President"})
    assert got["Bounma Keola"][0] == {"LAO"}
    assert "President" in got["Bounma Keola"][1]
    got = _people("He met Ahmed Zaki, president of the India-Bangladesh Chamber of Commerce, "
                  "on Monday.")
    assert got["Ahmed Zaki"][0] == {None}


def test_a_short_surname_that_is_a_stop_word_with_a_title_appositive():
    got = _people(
        "HANOI -- He met To Minh, General Secretary of the Communist Party of Viet Nam Central "
        "Committee, on Monday. To Minh said ties were strong."
    )
    assert got["To Minh"] == ({"VNM"}, {"General Secretary"})
