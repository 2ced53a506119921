"""Persons, round 16: a Title Case dateline closed by a colon ("New Delhi: India's exports ..."),
a national agency's tag on a dateline abroad ("BEIJING, Nov 20 (APP):"), the modifier
"transitional" before an office ("Mali's transitional president, X"), and a reciprocal pair whose
first member is named without an office on a later mention ("Dr X and Vice Minister Y
co-chaired").  All sentences are invented.
"""

from __future__ import annotations

from test_persons_context import _people

_BODY = "exports to Canada rose 12% to $4.1 billion in 2025-26, according to ministry data."


# --- a Title Case dateline closed by a colon ------------------------------------------------

def test_a_title_case_city_dateline_with_a_colon_gives_the_home_country():
    got = _people(f"Nairobi: Kenya's {_BODY}\n\nTrade Minister Amina Otieno said on Monday "
                  "that exports rose.")
    assert got["Amina Otieno"][0] == {"KEN"}


def test_a_title_case_city_dateline_with_a_colon_second_paraphrase():
    got = _people("Hanoi: Vietnam's rice exports to the Philippines rose 8% in the first half, "
                  "customs data showed.\n\nAgriculture Minister Tran Van Long told reporters that "
                  "prices were stable.")
    assert got["Tran Van Long"][0] == {"VNM"}


def test_a_headline_after_a_city_and_colon_is_no_dateline():
    # a headline (short, no full stop), and a country rather than a city: no home country
    got = _people("Nairobi: Kenya hosts trade fair\n\nTrade Minister Amina Otieno said on "
                  "Monday that exports rose.")
    assert got["Amina Otieno"][0] == {None}
    got = _people(f"Kenya: Kenya's {_BODY}\n\nTrade Minister Amina Otieno said on Monday that "
                  "exports rose.")
    assert got["Amina Otieno"][0] == {None}


# --- a national agency's tag on a dateline abroad ---------------------------------------------

def test_a_national_agency_tag_on_a_dateline_abroad_names_the_home_country():
    got = _people("BEIJING, Nov 20 (APP): Finance Minister Tariq Mehmood concluded his visit to "
                  "China on Thursday, during which the two sides discussed banking.\n\n"
                  "Governor Imran Qureshi also attended the talks.")
    assert got["Tariq Mehmood"][0] == {"PAK"}


def test_a_national_agency_tag_on_a_dateline_abroad_second_paraphrase():
    got = _people("MOSCOW, May 4 (Bernama) -- International Trade Minister Aziz Rahman, on a "
                  "three-day visit to Russia, held talks with Russian officials on Monday on palm "
                  "oil exports.")
    assert got["Aziz Rahman"][0] == {"MYS"}


def test_an_agency_bureau_abroad_reporting_local_news_keeps_the_dateline_country():
    # no journey in the dateline's story: the bureau reports the host country's own news
    got = _people("ANKARA, July 8 (Kyodo) -- Turkey and Japan on Wednesday pledged to expand "
                  "trade in machinery, Trade Minister Emre Yilmaz told reporters in Ankara.")
    assert got["Emre Yilmaz"][0] == {"TUR"}


def test_an_international_wire_on_a_dateline_keeps_the_dateline_country():
    got = _people("DHAKA, March 12 (Reuters) - Commerce Minister Nasrin Chowdhury said on "
                  "Tuesday that exports to India rose.")
    assert got["Nasrin Chowdhury"][0] == {"BGD"}


# --- "transitional" before an office ------------------------------------------------------------

def test_a_transitional_president_of_a_possessive_country():
    got = _people("Ghana and Togo pledged to fight terrorism. On Tuesday, Ghanaian President "
                  "Kofi Mensah spoke by telephone with Togo's transitional president, General "
                  "Koffi Adjoa, who presented his condolences.")
    assert got["Koffi Adjoa"][0] == {"TGO"}
    assert "Transitional President" in got["Koffi Adjoa"][1]


def test_a_transitional_prime_minister_second_paraphrase():
    got = _people("Chad's transitional Prime Minister Mahamat Abakar arrived in Niamey on "
                  "Friday.")
    assert got["Mahamat Abakar"][0] == {"TCD"}


def test_a_transitional_body_does_not_lend_its_country_to_another_official():
    got = _people("Sudan's transitional council welcomed President Omar Hassan of Egypt to "
                  "Khartoum on Monday.")
    assert got["Omar Hassan"][0] == {"EGY"}


# --- an untitled first member of a reciprocal pair ----------------------------------------------

_PAIR_HEAD = (
    "NEW DELHI, Nov 20 (PTI) - Finance Secretary Meera Kapoor arrived in Beijing on Monday for "
    "talks on banking cooperation between India and China.\n\n"
    "India is China's largest trading partner in South Asia.\n\n"
)


def test_an_untitled_co_chair_and_a_titled_one_serve_the_two_sides():
    got = _people(_PAIR_HEAD + "On Tuesday, Dr Meera Kapoor and Vice Minister Wang Lei "
                  "co-chaired the third meeting of the joint working group.")
    assert got["Meera Kapoor"][0] == {"IND"}
    assert got["Wang Lei"][0] == {"CHN"}


def test_an_untitled_first_of_a_reciprocal_pair_second_paraphrase():
    got = _people(
        "ACCRA, June 3 (GNA) - Trade Minister Kwame Boateng travelled to Abuja for talks with "
        "Nigerian officials.\n\nGhana and Nigeria signed a trade pact last year, and Ghana's exports rose.\n\nLater, Mr Kwame Boateng and Deputy Minister Chidi Okafor "
        "held talks on the free trade area."
    )
    assert got["Kwame Boateng"][0] == {"GHA"}
    assert got["Chidi Okafor"][0] == {"NGA"}


def test_an_untitled_first_of_a_pair_that_only_attends_is_no_link():
    got = _people(_PAIR_HEAD + "On Tuesday, Dr Meera Kapoor and Vice Minister Wang Lei "
                  "attended a banquet.")
    assert got["Wang Lei"][0] != {"CHN"}
