"""Persons (round per10): the country of an officer's state body, the office of an unnamed subject
for a counterpart, headline verbs that end a name, "Eng." as a style, military appointments,
diaspora portfolios."""

from __future__ import annotations

from tests.test_persons_context import person_rows


def _people(*texts: str) -> dict[str, tuple[set, set]]:
    """name -> (countries, titles) over the documents."""
    out: dict[str, tuple[set, set]] = {}
    for name, country, title in person_rows(*texts).select("name", "country_iso3", "title").iter_rows():
        countries, titles = out.setdefault(name, (set(), set()))
        countries.add(country)
        if title:
            titles.add(title)
    return out


# -- an officer "of the <state body>" serves the body's country ---------------------------------


def test_officer_of_a_chinese_military_body_serves_china():
    got = _people(
        "Brigadier Li Weiguo of the PLA's Southern Theater Command toured the naval base in "
        "Chittagong with Bangladeshi officers."
    )
    assert got["Li Weiguo"][0] == {"CHN"}


def test_officer_of_a_national_army_serves_its_country():
    got = _people("Colonel Imran Siddiqui of the Pakistan Army led the contingent in Egypt.")
    assert got["Imran Siddiqui"][0] == {"PAK"}


def test_a_media_house_gives_no_country_to_a_titled_person():
    got = _people("Director Maria Lopes of Xinhua visited Lisbon.")
    assert got.get("Maria Lopes", ({None}, set()))[0] == {None}


# -- a counterpart of an unnamed subject holds the subject's office -----------------------------


def test_counterpart_of_an_unnamed_prime_minister_is_a_prime_minister():
    got = _people(
        "In his message to the Emir of Qatar Sheikh Tamim bin Hamad Al Thani today, the President "
        "praised the ties. The Prime Minister, in a separate message to his Qatari counterpart "
        "Sheikh Khalid bin Abdulaziz Al Thani, hoped for more trade."
    )
    assert got["Khalid bin Abdulaziz Al Thani"][1] == {"Prime Minister"}


def test_counterpart_of_an_unnamed_foreign_minister_after_a_prepositional_office():
    got = _people(
        "At the invitation of the President, the Foreign Minister held talks with her Turkish "
        "counterpart Hakan Yilmaz in Ankara."
    )
    assert got["Hakan Yilmaz"][1] == {"Foreign Minister"}


# -- a title-case headline: the verb after a name is no name word -------------------------------


def test_headline_verb_ends_the_name():
    got = _people(
        "Prime Minister H.E. Abebe Tesfaye Girma Concludes Successful State Visit to Kenya\n\n"
        "Prime Minister Abebe Tesfaye Girma returned to Addis Ababa on Friday."
    )
    assert "Abebe Tesfaye Girma" in got
    assert not any("Concludes" in n for n in got)


def test_headline_verb_after_a_president():
    got = _people("President Maria Costa Lauds Growing Trade Ties With Angola")
    assert "Maria Costa" in got and not any("Lauds" in n for n in got)


# -- "Eng." (engineer) is a style inside one sentence -------------------------------------------


def test_engineer_style_does_not_split_the_sentence():
    got = _people(
        "The memorandum was signed by H.E. Eng. Khalid Al-Rashid, Minister of Investment of Saudi "
        "Arabia, and Mr. Li Wei, Vice Minister of Commerce of China."
    )
    assert "Eng" not in got
    assert got["Khalid Al-Rashid"] == ({"SAU"}, {"Minister of Investment"})


def test_engineer_style_engr_before_a_pakistani_name():
    got = _people("Federal Minister for Water Resources Engr. Amir Muqam met the Chinese envoy.")
    assert "Engr" not in got and "Amir Muqam" in got


# -- military appointments ---------------------------------------------------------------------


def test_general_officer_commanding_after_the_name():
    got = _people(
        "Major General Faisal Rana, General Officer Commanding of the Multan-based division, "
        "received the Saudi delegation."
    )
    assert {"Major General", "General Officer Commanding"} <= got["Faisal Rana"][1]


def test_abbreviated_goc_and_political_commissar():
    got = _people(
        "GOC Major General Tahir Mehmood attended. Colonel Zhang Hua, political commissar of "
        "the brigade, welcomed the guests."
    )
    assert "General Officer Commanding" in got["Tahir Mehmood"][1]
    assert "Political Commissar" in got["Zhang Hua"][1]


def test_inspector_general_of_police():
    got = _people("The Inspector General of Police Ahmed Kamal briefed the Chinese team.")
    assert got["Ahmed Kamal"][1] == {"Inspector General of Police"}


# -- ministries of a people abroad -------------------------------------------------------------


def test_minister_for_overseas_pakistanis_and_a_second_portfolio():
    got = _people(
        "The Saudi envoy called on Federal Minister for Overseas Pakistanis and Human Resource "
        "Development Asim Raza Bhatti in Islamabad."
    )
    assert got["Asim Raza Bhatti"][1] == {
        "Minister of Overseas Pakistanis and Human Resource Development"
    }


def test_minister_of_non_resident_nepalis():
    got = _people("Nepal's Minister of Labour and Non-Resident Nepalis Sita Gurung met the envoy.")
    assert got["Sita Gurung"] == ({"NPL"}, {"Minister of Labour and Non-Resident Nepalis"})


# -- the source of a report is no host of a journey it reports ----------------------------------


def test_spokeswoman_reporting_a_journey_is_no_host():
    got = _people(
        "MOSCOW, May 4 -- Deputy Foreign Minister Ivan Petrov will travel to Nairobi next week to "
        "hold talks with Kenyan officials, the ministry's spokeswoman Anna Belova told reporters."
    )
    assert got["Anna Belova"][0] == {"RUS"}


def test_spokesman_after_said_is_no_host():
    got = _people(
        "LISBON, June 2 -- Foreign Minister Rui Costa flew to Luanda on Monday for talks with "
        "Foreign Minister Tete Antonio, said ministry spokesman Paulo Sousa."
    )
    assert got["Tete Antonio"][0] == {"AGO"}
    assert got["Paulo Sousa"][0] == {"PRT"}


# -- a counterpart of a subject named by surname holds the office the document gave it ----------


def test_counterpart_of_a_surname_subject_takes_that_persons_office():
    got = _people(
        "Kenyan Foreign Minister Peter Kamau received the Ugandan envoy on Monday. Deputy Prime "
        "Minister Ruth Otieno chaired a cabinet meeting. Kamau and his Ugandan counterpart Sam "
        "Okello also met in Addis Ababa in May."
    )
    assert got["Sam Okello"][1] == {"Foreign Minister"}


def test_counterpart_of_a_surname_subject_with_a_verb_between():
    got = _people(
        "Chilean Trade Minister Ana Rojas opened the fair. President Luis Vidal spoke later. "
        "Rojas met her Peruvian counterpart Jorge Quispe on the sidelines."
    )
    assert got["Jorge Quispe"][1] == {"Minister of Trade"}


# -- co-signatories of a bilateral instrument serve different sides ----------------------------


def test_signatories_of_a_memorandum_in_a_joint_statement():
    got = _people(
        "Abu Dhabi, 5 May 2026\n\nJoint Statement between the United Arab Emirates and the "
        "Republic of Korea\n\n1. The President of the Republic of Korea paid a state visit to the "
        "United Arab Emirates. Korea and the UAE agreed to deepen ties.\n\n2. The following "
        "instruments were signed: (a) Memorandum of Understanding on Cooperation in Nuclear "
        "Energy, signed by H.E. Eng. Suhail Al Mazrouei, Minister of Energy and Infrastructure, "
        "and H.E. Mr. Kim Jung-kwan, Minister of Trade, Industry and Energy."
    )
    assert got["Suhail Al Mazrouei"][0] == {"ARE"}
    assert got["Kim Jung-kwan"][0] == {"KOR"}


def test_signatories_minister_and_ambassador():
    got = _people(
        "NAIROBI, June 3 -- Kenya and Turkey signed an agreement on visa waivers. The agreement "
        "was signed by Interior Minister Kipchumba Murkomen and Ambassador Mehmet Ozturk at State "
        "House. Turkey is Kenya's tenth largest trade partner."
    )
    assert got["Kipchumba Murkomen"][0] == {"KEN"}
    assert got["Mehmet Ozturk"][0] == {"TUR"}


# -- a ministry with a military-production portfolio; a chief of staff of the armed forces -------


def test_minister_of_defence_and_military_production_before_a_rank():
    got = _people(
        "The visiting general called on Egypt's Minister of Defence and Military Production "
        "General Adel Fathy Hamed at the ministry on Tuesday."
    )
    assert got["Adel Fathy Hamed"] == (
        {"EGY"}, {"Minister of Defence and Military Production", "General"}
    )


def test_chief_of_staff_of_armed_forces_before_a_comma_and_rank():
    got = _people(
        "He also met the Chief of Staff of the Kenyan Armed Forces, General Peter Njiru, in "
        "Nairobi."
    )
    assert got["Peter Njiru"] == ({"KEN"}, {"Chief of Staff", "General"})


# -- abbreviated styles: never a sentence break, never a name word -----------------------------


def test_abbreviated_ambassador_and_senator_styles():
    got = _people(
        "Amb. Tariq Jamil Khattak chaired the session. The bill was sponsored by Sen. Mushahid "
        "Hussain Syed, who met the Chinese envoy."
    )
    assert "Ambassador" in got["Tariq Jamil Khattak"][1]
    assert "Mushahid Hussain Syed" in got and "Sen" not in got


def test_abbreviated_air_commodore_and_haji_styles():
    got = _people("Air Cdre. Faisal Ahmed Khan attended, as did Hj. Mohd Ali Rahman of Brunei.")
    assert got["Faisal Ahmed Khan"][1] == {"Air Commodore"}
    assert "Mohd Ali Rahman" in got
