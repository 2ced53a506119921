"""Persons (round per19): a name written with its initials ("Major General K. Osei") is the full
name the document spells out; "Internal" as a portfolio word ("Minister of Internal Security");
the sender of a letter that a visitor hands over is no host met on the journey; an office of a
national force in apposition before a second office ("the Chief of the General Staff of the
Azerbaijan Army, First Deputy Minister of Defence, Colonel General X"); a body's acronym that the
document spells out without brackets ("a loan from the Saudi Fund for Development ... SFD CEO X");
"the Hon. Minister" of a release stands for the traveller it is about, and a definite reference
stands only for a traveller whose journey the text has already told."""

from __future__ import annotations

from pipeline.extract.persons_acronyms import spelled_out_country
from pipeline.extract.persons_document import _contains
from tests.test_persons_per12 import _people, people_of_document


# -- initials stand for the given names the document spells out -------------------------------


def test_initial_form_is_the_full_name():
    got = _people(
        "The Chief of Defence Staff of Ghana, Lieutenant General Kwame Osei Mensah, received the "
        "Nigerian delegation. Lieutenant General K. O. Mensah said the drills would continue."
    )
    assert "K. O. Mensah" not in got
    assert got["Kwame Osei Mensah"][0] == {"GHA"}
    got = _people(
        "Major General S. Kuanyshev opened the drills on Monday. The Minister of Defence of "
        "Kazakhstan, Major General Serik Kuanyshev, welcomed the Uzbek contingent."
    )
    assert set(got) == {"Serik Kuanyshev"}
    assert got["Serik Kuanyshev"][0] == {"KAZ"}


def test_initials_must_agree_with_the_given_names():
    assert _contains(("Elchin", "Rahimov"), ("E.", "Rahimov"))
    assert _contains(("Anil", "Kumar", "Verma"), ("A.", "K.", "Verma"))
    assert _contains(("Anil", "Kumar", "Verma"), ("A.", "Verma"))
    assert not _contains(("Elchin", "Rahimov"), ("T.", "Rahimov"))
    assert not _contains(("Anil", "Kumar", "Verma"), ("K.", "A.", "Verma"))
    got = _people(
        "Kenya's Defence Cabinet Secretary Grace Wanjiku Otieno met Major General T. Otieno of "
        "Uganda on Monday."
    )
    assert "Grace Wanjiku Otieno" in got and "T. Otieno" in got


# -- "Internal" as a portfolio word ------------------------------------------------------------


def test_minister_of_internal_security_after_a_possessive():
    got = _people(
        "The delegation will hold talks with Somalia's Minister of Internal Security, Ahmed Nur "
        "Farah, on border operations, the ministry said."
    )
    assert got["Ahmed Nur Farah"] == ({"SOM"}, {"Minister of Internal Security"})
    got = _people("Ghana's Minister for Internal Affairs, Kofi Boateng Addo, received the envoy.")
    assert got["Kofi Boateng Addo"] == ({"GHA"}, {"Minister of Internal Affairs"})


def test_internal_alone_is_no_title():
    got = _people("The internal security situation in Ghana improved, Kofi Boateng Addo wrote.")
    assert not any("Minister" in t for _c, ts in got.values() for t in ts)


# -- the sender of a letter handed over on a journey is no host --------------------------------

_DOC_LETTER = (
    "THE DAILY STAR\nNews / Diplomacy\n\nDHAKA\nMarch 12, 2026\n\n"
    "Foreign Minister Rashida Karim Chowdhury is on a two-day visit to Colombo from March 11 to "
    "12, her first to Sri Lanka.\n\n"
    "On Thursday, Ms. Chowdhury called on President Nimal Perera Jayasuriya at the Presidential "
    "Secretariat and handed over a letter from Prime Minister Anwar Hossain Talukder inviting him "
    "to visit Bangladesh.\n"
)


def test_letter_sender_handed_over_on_a_journey_keeps_the_home_country():
    got = people_of_document(_DOC_LETTER)
    assert got["Anwar Hossain Talukder"] == {"BGD"}
    assert got["Nimal Perera Jayasuriya"] == {"LKA"}


def test_letter_sender_conveyed_greetings_from():
    doc = (
        "THE KATHMANDU POST\nNews\n\nKATHMANDU\nJune 3, 2026\n\n"
        "Foreign Minister Sita Devi Sharma flew to New Delhi on Monday for a three-day visit to "
        "India.\n\nSharma later met Prime Minister Arun Kumar Mehta and conveyed greetings from "
        "President Ram Prasad Koirala.\n"
    )
    got = people_of_document(doc)
    assert got["Ram Prasad Koirala"] == {"NPL"}
    assert got["Arun Kumar Mehta"] == {"IND"}


def test_recipient_of_the_letter_is_still_a_host():
    # (a letter "to" someone: the recipient is the one met there)
    doc = _DOC_LETTER.replace(
        "On Thursday, Ms. Chowdhury called on President Nimal Perera Jayasuriya at the "
        "Presidential Secretariat and handed over a letter from Prime Minister Anwar Hossain "
        "Talukder inviting him to visit Bangladesh.",
        "On Thursday, Ms. Chowdhury met officials at the Presidential Secretariat and handed "
        "over a letter from the Bangladeshi leader to President Nimal Perera Jayasuriya.",
    )
    got = people_of_document(doc)
    assert got["Nimal Perera Jayasuriya"] == {"LKA"}


# -- an office of a national force in apposition before a second office -------------------------


def test_force_office_before_a_second_office():
    got = _people(
        "The guests were received by the Chief of the General Staff of the Kazakhstan Armed "
        "Forces, First Deputy Minister of Defence, Lieutenant General Daulet Serikbayev."
    )
    countries, titles = got["Daulet Serikbayev"]
    assert countries == {"KAZ"}
    assert "Chief of the General Staff" in titles
    assert "First Deputy Defence Minister" in titles
    got = _people(
        "Also present was the Commander of the Ghana Army, Deputy Chief of Defence Staff, Major "
        "General Yaw Mensah Boateng."
    )
    countries, titles = got["Yaw Mensah Boateng"]
    assert countries == {"GHA"}
    assert len(titles) >= 3


def test_a_body_of_no_country_gives_no_country():
    got = _people(
        "The guests were received by the Chief of the General Staff of the Joint Forces, First "
        "Deputy Minister of Defence, Lieutenant General Daulet Serikbayev."
    )
    assert got["Daulet Serikbayev"][0] == {None}


# -- a body's acronym spelled out without brackets ---------------------------------------------


def test_acronym_spelled_out_without_brackets():
    texts = ["Egypt received a loan from the Kuwait Fund for Arab Economic Development on Monday."]
    assert spelled_out_country("KFAED", texts) == "KWT"
    assert spelled_out_country("KFAED", ["The KFAED loan was signed."]) is None
    two = ["The Kuwait Fund for Development and the Korea Fund for Development both lent money."]
    assert spelled_out_country("KFD", two) is None
    got = _people(
        "Kenya received a loan from the Saudi Fund for Development to build a dam. SFD CEO Omar "
        "bin Salem Al-Harbi signed it in Nairobi."
    )
    assert got["Omar bin Salem Al-Harbi"][0] == {"SAU"}
    got = _people(
        "Tanzania signed a grant with the Japan International Cooperation Agency on Friday. JICA "
        "Chief Representative Hiroshi Tanaka Sato said the port would be ready in 2028."
    )
    assert got["Hiroshi Tanaka Sato"][0] == {"JPN"}


def test_acronym_of_no_national_body_gives_no_country():
    got = _people(
        "Kenya received a loan from the Regional Fund for Development to build a dam. RFD CEO Omar "
        "Salem Harbi signed it in Nairobi."
    )
    assert got["Omar Salem Harbi"][0] == {None}


# -- "the Hon. Minister", and only a traveller already on the way --------------------------------

_RELEASE = (
    "Ministry of Foreign Affairs\nGovernment of Sri Lanka\nColombo\n\nPress Release\n\n"
    "1. Hon. Ranjith Kumara Perera, Minister of Foreign Affairs of Sri Lanka, paid an official "
    "visit to Thailand from 3 to 5 June 2026 at the invitation of H.E. Mr. Somchai Rattanakul, "
    "Minister of Foreign Affairs of Thailand.\n\n"
    "2. On 4 June, the Hon. Minister held talks with Foreign Minister Rattanakul in Bangkok.\n\n"
    "3. The two Ministers witnessed the signing of a memorandum on fisheries cooperation.\n\n"
    "4. Trade between the two countries grew last year.\n\n"
    "5. On the same day, the Hon. Minister met H.E. Ms. Pranee Wongsakul, Minister of Labour, "
    "and discussed the welfare of Sri Lankan workers.\n\n"
    "6. The Hon. Minister extended an invitation to Foreign Minister Rattanakul to visit Sri "
    "Lanka at a mutually convenient time.\n\n"
    "Ministry of Foreign Affairs\nColombo\n6 June 2026\n"
)


def test_hon_minister_meets_a_host_of_the_visit():
    got = people_of_document(_RELEASE)
    assert got["Pranee Wongsakul"] == {"THA"}
    assert got["Ranjith Kumara Perera"] == {"LKA"}
    doc = _RELEASE.replace("the Hon. Minister met", "the Honourable Minister met")
    assert people_of_document(doc)["Pranee Wongsakul"] == {"THA"}


def test_minister_met_at_home_stays_home():
    # the release is about a visit to Thailand; a minister met before it, at home, is no host
    doc = _RELEASE.replace(
        "5. On the same day, the Hon. Minister met H.E. Ms. Pranee Wongsakul, Minister of Labour,",
        "5. Before leaving, Minister of Labour Pranee Wongsakul briefed the press in Colombo",
    )
    assert people_of_document(doc)["Pranee Wongsakul"] == {"LKA"}


def test_message_delivered_to_someone_names_no_sender():
    # "a letter from the leader to President Y": Y receives it, and is not of the bearer's side
    got = _people(
        "Bangladesh's Foreign Minister Rashida Karim Chowdhury delivered a letter from the "
        "Bangladeshi leader to President Nimal Perera Jayasuriya in Colombo."
    )
    assert got["Nimal Perera Jayasuriya"][0] == {None}
    got = _people(
        "Bangladesh's Foreign Minister Rashida Karim Chowdhury delivered a letter from Prime "
        "Minister Anwar Hossain Talukder to the Sri Lankan leader in Colombo."
    )
    assert got["Anwar Hossain Talukder"][0] == {"BGD"}


# -- a plural title over a list whose first name carries its own rank ---------------------------


def test_plural_title_shared_past_the_first_names_rank():
    got = _people(
        "The Ministers of Foreign Affairs, Ambassador Ana Paula Ribeiro and Mr. Trần Văn Minh, "
        "held a working meeting on Monday."
    )
    assert got["Trần Văn Minh"][1] == {"Foreign Minister"}
    assert got["Ana Paula Ribeiro"][1] == {"Foreign Minister", "Ambassador"}
    got = _people(
        "The Defence Ministers, General Kwame Osei Mensah and Mr. Yaw Boateng Addo, held talks."
    )
    assert got["Yaw Boateng Addo"][1] == {"Defence Minister"}  # (not the first one's rank)


def test_singular_title_is_not_shared_over_the_list():
    got = _people(
        "The Minister of Foreign Affairs, Ambassador Ana Paula Ribeiro and Mr. Trần Văn Minh held "
        "a working meeting on Monday."
    )
    assert got["Trần Văn Minh"][1] == set()


# -- a secretary of a government division -----------------------------------------------------


def test_division_secretary_after_a_possessive():
    got = _people("He met Ghana's Revenue Mobilisation Division secretary, Kofi Boateng Addo.")
    assert got["Kofi Boateng Addo"] == ({"GHA"}, {"Secretary"})
    got = _people(
        "Pakistan's Secretary of the Water Resources Division Ahmed Raza Malik said the dam "
        "would open next year."
    )
    assert got["Ahmed Raza Malik"] == ({"PAK"}, {"Secretary of the Water Resources Division"})


def test_bare_secretary_is_an_office_of_the_dateline_country():
    got = people_of_document(
        "MANILA, March 3 (Reuters) - Secretary Jose Miguel Reyes said the loan would be signed "
        "in Tokyo next week.\n"
    )
    assert got == {"Jose Miguel Reyes": {"PHL"}}


def test_secretary_as_a_common_noun_or_of_an_international_body_is_not():
    got = people_of_document(
        "NAIROBI, March 3 (Reuters) - The secretary of the committee said the meeting would be "
        "held in April. Secretary-General Ana Maria Duarte of the United Nations welcomed it.\n"
    )
    assert got == {"Ana Maria Duarte": {None}}


def test_presiding_officer_of_a_body_is_no_office_of_state_before_a_rank():
    got = _people(
        "The delegation met the President of the National Senate, Senator Carlos Mendes Rocha, "
        "on Tuesday."
    )
    assert "President" not in got["Carlos Mendes Rocha"][1]
