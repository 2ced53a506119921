"""General rules found on a blind set: British courtesy styles, a meeting "held with" a peer,
offices of a few states, Arabic family names after "Al"."""

from __future__ import annotations

from test_persons_context import _people


def test_the_rt_hon_after_a_title_of_a_country():
    people = _people(
        "Premier Li Wen visited Australia at the invitation of Prime Minister of Australia "
        "the Rt Hon Jack Denholm."
    )
    assert people["Jack Denholm"] == ({"AUS"}, {"Prime Minister"})


def test_honorifics_in_a_row_after_an_article_and_a_comma():
    people = _people(
        "Premier Li Wen called on the Governor-General of Australia, the Rt Hon Dame Ellen "
        "Brassey, at Government House."
    )
    assert people["Ellen Brassey"] == ({"AUS"}, {"Governor-General"})


def test_a_bilateral_meeting_held_with_a_peer_of_the_other_side():
    people = _people(
        "COLOMBO, 3 May 2024 - Foreign Minister Dinesh Perera visited Japan. The same afternoon, "
        "Foreign Minister Perera held a bilateral meeting with Foreign Minister Kenji Ota at the "
        "guesthouse. Japan and Sri Lanka agreed to cooperate. Sri Lanka thanked Japan."
    )
    assert people["Dinesh Perera"][0] == {"LKA"}
    assert people["Kenji Ota"][0] == {"JPN"}


def test_a_premier_in_an_article_about_china_and_another_state():
    people = _people(
        "Sri Lanka and China signed deals. President Kumara met Premier of the State Council "
        "Li Wen this morning. China thanked Sri Lanka."
    )
    assert people["Li Wen"][0] == {"CHN"}


def test_an_arabic_family_name_after_al_that_is_a_stop_word_elsewhere():
    people = _people("The Emir sent a cable to Sultan Hamad bin Nasser Al Said of Oman.")
    assert people["Hamad bin Nasser Al Said"] == ({"OMN"}, {"Sultan"})


def test_the_amir_and_the_deputy_amir_before_sheikh():
    people = _people(
        "Doha, May 2 (QNA) - His Highness the Amir Sheikh Hamad bin Ali Al Thani sent a cable "
        "to His Majesty Sultan Tariq bin Nasser Al Said of the Sultanate of Oman. His Highness "
        "the Deputy Amir Sheikh Khalid bin Ali Al Thani also sent a cable."
    )
    assert people["Hamad bin Ali Al Thani"] == ({"QAT"}, {"Emir"})
    assert people["Tariq bin Nasser Al Said"] == ({"OMN"}, {"Sultan"})
    assert people["Khalid bin Ali Al Thani"][1] == {"Deputy Emir"}


def test_amir_as_a_given_name_stays_a_name():
    assert "Amir Muqam" in _people("Amir Muqam said the party would win.")


def test_a_headline_verb_is_no_name():
    assert _people("HH the Amir Receives Written Message from President of Kazakhstan") == {}


def test_an_omani_honorific_is_not_part_of_the_name():
    people = _people("HH Sayyid Badr bin Fahar Al Said, Deputy Prime Minister, said.")
    assert "Badr bin Fahar Al Said" in people


def test_a_possessive_appositive_is_the_journey_of_the_subject():
    people = _people(
        "Swedish President Karl Lind will arrive in Oslo on Thursday on a two-day visit for the "
        "annual summit with Prime Minister Ola Berg, his first trip to Norway in years. Sweden "
        "and Norway are close."
    )
    assert people["Karl Lind"][0] == {"SWE"}
    assert people["Ola Berg"][0] == {"NOR"}


def test_who_receives_a_visitor_on_arrival_is_a_host():
    people = _people(
        "COLOMBO, 3 May - President Kumara Silva began a state visit to China. On arrival at "
        "Beijing Capital International Airport on 7 April, the President was received by Vice "
        "Minister of Foreign Affairs Ms. Li Na and Sri Lanka's Ambassador to China, Mr. Nimal "
        "Perera. China and Sri Lanka are friends."
    )
    assert people["Li Na"][0] == {"CHN"}
    assert people["Nimal Perera"][0] == {"LKA"}


def test_two_possessed_full_names_coordinated_are_persons_of_those_countries():
    people = _people(
        "In March, the heads of the two navies, Norway's Ola Berg and Sweden's Karl Lind, met "
        "in the town of Kiruna."
    )
    assert people["Ola Berg"][0] == {"NOR"}
    assert people["Karl Lind"][0] == {"SWE"}


def test_possessed_names_of_things_are_no_persons():
    assert _people("China's Belt Road and Pakistan's Gwadar Port are linked.") == {}


def test_the_remit_of_an_office_before_the_country_it_serves():
    people = _people(
        "Mr Ali sent a cable to Badr bin Fahar Al Said, Deputy Prime Minister for Cabinet "
        "Affairs of the Sultanate of Oman."
    )
    assert people["Badr bin Fahar Al Said"] == ({"OMN"}, {"Deputy Prime Minister"})


def test_whom_a_traveller_meets_in_a_later_sentence_is_a_host():
    people = _people(
        "WELLINGTON, 3 May - Prime Minister Ola Berg arrived in Canberra on 18 January for an "
        "official visit to Australia. On 20 January, Prime Minister Berg also met the Leader of "
        "the Opposition, Ms Jane Hart."
    )
    assert people["Ola Berg"][0] == {"NZL"}
    assert people["Jane Hart"][0] == {"AUS"}


def test_a_plural_title_before_a_comma_and_a_list_of_names():
    people = _people("The Foreign Ministers, Ola Berg and Karl Lind, met in Oslo.")
    assert people["Ola Berg"][1] == {"Foreign Minister"}
    assert people["Karl Lind"][1] == {"Foreign Minister"}
