"""Persons (round per22): the sender of a letter, a message or greetings carried on a journey
serves the side of the one who carries it, not the host's:

* a traveller referred to by a pronoun ("On Tuesday, she called on President Y and handed over a
  letter from President Z", "He also delivered a message from Z");
* the speaker of a transcript ("I would like to convey to you warm greetings from General
  Secretary Z", "We bring you the greetings of Z");
* a visitor named by office alone whose journey the sentence states ("The Foreign Minister, who
  is on an official visit to Kenya, conveyed the warm greetings of Prime Minister Z");

and "Lyonchhen", the usual romanisation of the Bhutanese prime minister's style, is a style, not
a name word."""

from __future__ import annotations

from tests.test_persons_per12 import _people, people_of_document


# -- a letter carried by a traveller named by a pronoun -----------------------------------------

_CARRIED = (
    "Nigeria, Ghana agree to deepen trade ties\n\n"
    "Trade Minister Amina Yusuf Bello is on a three-day visit to Ghana from March 3 to 5, her "
    "first since Nigeria and Ghana signed a customs protocol.\n\n"
    "On Tuesday, she called on President Kwame Adjei Mensah and handed over a letter from "
    "President Ibrahim Musa Danjuma inviting the Ghanaian leader to visit Nigeria.\n"
)


def test_pronoun_bearer_called_on_then_handed_over_a_letter():
    got = people_of_document(_CARRIED)
    assert got["Ibrahim Musa Danjuma"] == {"NGA"}
    assert got["Kwame Adjei Mensah"] == {"GHA"}


def test_pronoun_bearer_opening_the_sentence_with_the_delivery():
    doc = (
        "Chile and Peru review border trade\n\n"
        "Foreign Minister Javier Soto Romero arrived in Lima on Monday for a two-day visit to "
        "Peru, the first by a Chilean foreign minister since 2019.\n\n"
        "He also delivered a personal message from President Andrés Valdivia Rojas on the "
        "anniversary of the Chile-Peru maritime ruling.\n"
    )
    got = people_of_document(doc)
    assert got["Andrés Valdivia Rojas"] == {"CHL"}


def test_pronoun_bearer_where_clause_conveyed_greetings():
    doc = (
        "Vietnam, Laos pledge closer rail links\n\n"
        "Deputy Prime Minister Tran Minh Khoa travelled to Laos on Sunday for a working visit, "
        "his second to Laos this year, officials of Vietnam said.\n\n"
        "On Monday he called on Prime Minister Sisavath Keomany at the Government Office, where "
        "he conveyed greetings from President Nguyen Duc Long.\n"
    )
    got = people_of_document(doc)
    assert got["Nguyen Duc Long"] == {"VNM"}
    assert got["Sisavath Keomany"] == {"LAO"}


def test_near_miss_a_letter_the_host_hands_over_is_not_the_travellers():
    # the host hands over the letter ("who handed her"): its sender is not the traveller's side
    doc = _CARRIED.replace(
        "she called on President Kwame Adjei Mensah and handed over a letter from President "
        "Ibrahim Musa Danjuma inviting the Ghanaian leader to visit Nigeria.",
        "she called on President Kwame Adjei Mensah, who handed her a letter from Vice President "
        "Kofi Boateng Owusu on the customs protocol.",
    )
    got = people_of_document(doc)
    assert "NGA" not in got["Kofi Boateng Owusu"]
    assert got["Kwame Adjei Mensah"] == {"GHA"}


def test_near_miss_a_letter_received_by_the_traveller_names_a_host():
    doc = _CARRIED.replace(
        "she called on President Kwame Adjei Mensah and handed over a letter from President "
        "Ibrahim Musa Danjuma inviting the Ghanaian leader to visit Nigeria.",
        "she met President Kwame Adjei Mensah and received a letter from Vice President Kofi "
        "Boateng Owusu.",
    )
    got = people_of_document(doc)
    assert "NGA" not in got["Kofi Boateng Owusu"]


# -- the first person of a transcript conveys their own side's greetings -------------------------

_TRANSCRIPT = (
    "Kazakh-Mongolian talks\n\n"
    "President of Kazakhstan Nurlan Serikovich Abenov: Mr President, colleagues,\n\n"
    "Welcome to Astana. Kazakhstan and Mongolia are good neighbours, and we spoke by telephone "
    "in March.\n\n"
    "President of Mongolia Batbayar Ganbold: Mr President,\n\n"
    "Thank you for the invitation. I would like to convey to you warm greetings from Prime "
    "Minister Tsogtbaatar Erdenebileg.\n\n"
    "Our trade with Kazakhstan is growing every year.\n"
)


def test_speaker_conveys_greetings_from_own_leader():
    got = people_of_document(_TRANSCRIPT)
    assert got["Batbayar Ganbold"] == {"MNG"}
    assert got["Tsogtbaatar Erdenebileg"] == {"MNG"}


def test_speaker_brings_a_message_of_own_leader():
    doc = _TRANSCRIPT.replace(
        "I would like to convey to you warm greetings from Prime Minister Tsogtbaatar "
        "Erdenebileg.",
        "We bring you the greetings of Prime Minister Tsogtbaatar Erdenebileg and his thanks "
        "for the flood relief.",
    )
    got = people_of_document(doc)
    assert got["Tsogtbaatar Erdenebileg"] == {"MNG"}


def test_speaker_has_handed_over_a_letter_from_own_leader():
    doc = _TRANSCRIPT.replace(
        "I would like to convey to you warm greetings from Prime Minister Tsogtbaatar "
        "Erdenebileg.",
        "I have also handed over a letter from Prime Minister Tsogtbaatar Erdenebileg.",
    )
    got = people_of_document(doc)
    assert got["Tsogtbaatar Erdenebileg"] == {"MNG"}


def test_near_miss_speaker_receives_a_letter():
    # what the speaker receives comes from someone else: not the speaker's side by this rule
    doc = _TRANSCRIPT.replace(
        "I would like to convey to you warm greetings from Prime Minister Tsogtbaatar "
        "Erdenebileg.",
        "Last month I received a letter from Prime Minister Tsogtbaatar Erdenebileg.",
    )
    got = people_of_document(doc)
    assert "MNG" not in got.get("Tsogtbaatar Erdenebileg", {None})


# -- a visitor named by office alone carries greetings or a letter from home ---------------------

_RELEASE = (
    "Ministry of Foreign Affairs\nRepublic of Kenya\n\nNairobi, 12 May 2026\n\n"
    "Ethiopian Foreign Minister calls on President\n\n"
    "The Foreign Minister of Ethiopia, H.E. Mr. Dawit Alemu Tesfaye, called on President John "
    "Mwangi Kariuki at State House today.\n\n"
    "The Foreign Minister, who is on an official visit to Kenya from 11 to 13 May, conveyed the "
    "warm greetings of Prime Minister Abebe Tadesse Lemma and briefed the President on the "
    "Lamu corridor.\n\n"
    "Kenya and Ethiopia established diplomatic relations in 1964.\n"
)


def test_visitor_by_office_conveys_the_greetings_of_their_leader():
    got = people_of_document(_RELEASE)
    assert got["Abebe Tadesse Lemma"] == {"ETH"}
    assert got["John Mwangi Kariuki"] == {"KEN"}


def test_visitor_on_a_visit_hands_over_a_letter_from_their_leader():
    doc = (
        "VIETNAM NEWS AGENCY\n\nHANOI, June 2 (VNA) - The special envoy, on a "
        "three-day visit to Vietnam, handed over a letter from President Rodrigo Salvador Cruz "
        "to the Vietnamese leadership on Tuesday.\n\n"
        "Vietnam and the Philippines agreed to expand rice trade, Philippine officials said.\n"
    )
    got = people_of_document(doc)
    assert got["Rodrigo Salvador Cruz"] == {"PHL"}


def test_pronoun_bearer_conveyed_the_greetings_of():
    doc = _CARRIED.replace(
        "handed over a letter from President Ibrahim Musa Danjuma inviting the Ghanaian leader "
        "to visit Nigeria.",
        "conveyed the warm greetings of President Ibrahim Musa Danjuma.",
    )
    got = people_of_document(doc)
    assert got["Ibrahim Musa Danjuma"] == {"NGA"}
    assert got["Kwame Adjei Mensah"] == {"GHA"}


def test_near_miss_the_host_conveys_greetings_of_a_colleague():
    # no journey of the one who conveys them: the colleague is the home country's official
    doc = _RELEASE.replace(
        "The Foreign Minister, who is on an official visit to Kenya from 11 to 13 May, conveyed "
        "the warm greetings of Prime Minister Abebe Tadesse Lemma and briefed the President on "
        "the Lamu corridor.",
        "President Kariuki, who hosted a luncheon for the guest, conveyed the greetings of Deputy "
        "President Samuel Otieno Wekesa to the Ethiopian people.",
    )
    got = people_of_document(doc)
    assert got["Samuel Otieno Wekesa"] == {"KEN"}


# -- "Lyonchhen", the common romanisation of the Bhutanese prime minister's style ----------------


def test_lyonchhen_is_a_style_not_a_name_word():
    got = _people(
        "Indian Prime Minister Arun Kumar Mehta met his Bhutanese counterpart Lyonchhen Pema "
        "Wangchuk Dorji in Thimphu on Monday."
    )
    assert "Lyonchhen Pema Wangchuk Dorji" not in got
    assert got["Pema Wangchuk Dorji"] == ({"BTN"}, {"Prime Minister"})


def test_lyonchhen_style_marks_the_bhutanese_side():
    got = people_of_document(
        "Bhutan, Nepal discuss hydropower\n\nThimphu, 4 May 2026 - Lyonchhen Sonam Tobgay Wangdi "
        "received Nepal's Foreign Minister Ram Bahadur Karki on Monday. Bhutan and Nepal agreed "
        "to study power trade.\n"
    )
    assert got["Sonam Tobgay Wangdi"] == {"BTN"}
    assert got["Ram Bahadur Karki"] == {"NPL"}


def test_near_miss_the_lyonchhen_without_a_name_is_no_person():
    got = people_of_document(
        "Bhutan, Nepal discuss hydropower\n\nThe Lyonchhen said Bhutan and Nepal agreed to study "
        "power trade, according to Foreign Minister Ram Bahadur Karki of Nepal.\n"
    )
    assert set(got) == {"Ram Bahadur Karki"}
