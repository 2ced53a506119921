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
