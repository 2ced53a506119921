"""Persons (round per16): a family name printed first in capitals ("Mr. SATO Kenji"), post-nominal
letters after a space or in brackets ("the Hon. X MP, Prime Minister", "Hon. Dr. X (MP), Minister
..."), the appositive of the first of two names after its article (", the King of Lesotho, His
Excellency Y, President ..."), a national style as a country cue ("Datuk Seri", "Shri"), a title
over a body whose name has "of" inside ("State Secretary of the Ministry of Defence of Mongolia
Mr. X"), a Minister Counsellor of an embassy, a newspaper's masthead, a byline and a press
bureau's credit line as the home of the article, a body named short in a title appositive, and a
Japanese name printed in both orders by two documents."""

from __future__ import annotations

from pipeline.extract.persons_after import after_post_nominals
from pipeline.extract.persons_home_country import _dateline, newspaper_country
from tests.test_persons_per12 import _people, people_of_document
from tests.test_persons_per13 import _people_by


# -- a family name printed first in capitals ----------------------------------------------------


def test_capitalised_family_name_before_the_given_name():
    people = _people(
        "On March 3, Mr. SATO Kenji, Prime Minister of Japan, held a telephone talk with the "
        "President of Chile. Prime Minister Sato welcomed the progress of the talks."
    )
    assert "Sato Kenji" in people
    assert people["Sato Kenji"][0] == {"JPN"}
    assert "Prime Minister" in people["Sato Kenji"][1]
    assert "Kenji" not in people and "Sato" not in people


def test_capitalised_family_name_after_a_title():
    people = _people(
        "Foreign Minister TANAKA Yumi of Japan visited Lima on Friday and met ASEAN "
        "Secretary-General Kao Kim Hourn."
    )
    assert "Tanaka Yumi" in people
    assert "Yumi" not in people
    assert not any(name.startswith("Asean") for name in people)  # an acronym stays out


# -- post-nominal letters after a space or in brackets ------------------------------------------


def test_post_nominal_after_a_space_before_the_appositive():
    text = "the Hon. Liam Porter MP, Prime Minister of New Zealand, said"
    end = text.index(" MP,")
    assert text[after_post_nominals(text, end):].startswith(", Prime")
    assert after_post_nominals("Jo Smith Said that", 8) == 8  # no post-nominal: unchanged
    people = _people(
        "Mr. Ruiz, President of Chile, held talks with the Hon. Liam Porter MP, Prime Minister "
        "of New Zealand."
    )
    assert people["Liam Porter"][0] == {"NZL"}
    assert "Prime Minister" in people["Liam Porter"][1]


def test_bracketed_post_nominal_before_the_appositive():
    text = "Hon. Dr. Grace Achieng (MP), Minister for Foreign Affairs of Kenya, and"
    end = text.index(" (MP)")
    assert text[after_post_nominals(text, end):].startswith(", Minister")
    people = _people(
        "The session was co-chaired by Hon. Dr. Grace Achieng (MP), Minister for Foreign Affairs "
        "of Kenya, and the Foreign Minister of Uganda."
    )
    assert people["Grace Achieng"][0] == {"KEN"}
    assert "Foreign Minister" in people["Grace Achieng"][1]


# -- the appositive of the first of two names, after its article ---------------------------------


def test_appositive_with_article_stays_with_the_first_name():
    people = _people(
        "At the invitation of His Majesty King Letsie Moshoeshoe, the King of Lesotho, His "
        "Excellency Kwame Asante Boateng, President of the Republic of Ghana, is paying a state "
        "visit to Lesotho."
    )
    assert people["Kwame Asante Boateng"][0] == {"GHA"}
    assert "King" not in people["Kwame Asante Boateng"][1]


# -- a national style as a country cue ----------------------------------------------------------


def test_malaysian_style_gives_the_side_of_a_bilateral_article():
    people = _people(
        "Kuala Lumpur, 9 May 2026\n\n"
        "The Prime Minister of Portugal paid an official visit to Malaysia. "
        "Portugal and Malaysia agreed to expand trade. "
        "The Foreign Ministers, H.E. Ana Costa Pereira and Datuk Seri Aminah Yusof, held a "
        "separate meeting on 8 May 2026."
    )
    assert people["Aminah Yusof"][0] == {"MYS"}
    assert people["Ana Costa Pereira"][0] == {"PRT"}


def test_indian_style_gives_the_side_of_a_bilateral_article():
    people = _people(
        "India and Peru held the second meeting of their Joint Commission in Lima. "
        "The meeting was co-chaired by Shri Mohan Lal Verma and Ms. Rosa Quispe Mamani. "
        "India and Peru agreed to expand trade, and Peru will host the next meeting."
    )
    assert people["Mohan Lal Verma"][0] == {"IND"}


# -- a title over a body with "of" inside its name ----------------------------------------------


def test_title_of_a_ministry_of_a_country_before_the_name():
    people = _people(
        "The talks were co-chaired by Permanent Secretary of the Ministry of Health of Kenya "
        "Mr. Peter Kamau Njoroge."
    )
    assert people["Peter Kamau Njoroge"][0] == {"KEN"}
    assert "Permanent Secretary" in people["Peter Kamau Njoroge"][1]


# -- a Minister Counsellor of an embassy --------------------------------------------------------


def test_minister_counsellor_on_an_embassy_page_serves_the_embassy():
    people = _people_by(
        "Embassy of Ghana in Japan",
        "Tokyo\n\nThe Ambassador met the Vice Minister of Japan. Japan and Ghana discussed trade. "
        "Mr. Kojo Mensah Addo, Minister-Counsellor (Economic), was associated with the Ambassador.",
    )
    assert people["Kojo Mensah Addo"] == {"GHA"}


# -- the home of the article: a newspaper's masthead, a byline, a press bureau's credit ----------


def test_newspaper_masthead_names_the_home_country():
    assert newspaper_country("Ghanaian Times") == "GHA"
    assert newspaper_country("The Kathmandu Post") == "NPL"
    assert newspaper_country("Ghana Cocoa Board") is None
    assert newspaper_country("Financial Times") is None
    people = people_of_document(
        "Ghanaian Times\nNews | Politics | Sport\n\nBy Ama Owusu\n\n"
        "Foreign Minister Yaw Boateng Asare received the Ambassador of Peru to discuss trade "
        "between Ghana and Peru. Peru and Ghana will sign an agreement."
    )
    assert people["Yaw Boateng Asare"] == {"GHA"}


def test_byline_with_a_place_names_the_home_country():
    assert _dateline("Ravi Menon | New Delhi") == ("IND", "capital")
    assert _dateline("Home | About Us | News") is None
    people = people_of_document(
        "The Daily Ledger\n\nRavi Menon | New Delhi\n\n"
        "Trade Secretary Anil Kumar Rao met the Ambassador of Chile on Monday. India and Chile "
        "agreed to expand trade."
    )
    assert people["Anil Kumar Rao"] == {"IND"}


def test_press_bureau_credit_line_names_the_home_country():
    found = _dateline("Posted On: 12 MAR 2026 3:10PM by PIB Delhi")
    assert found is not None and found[0] == "IND"
    people = people_of_document(
        "Ministry of Defence\nExercise opens\n\nPosted On: 12 MAR 2026 3:10PM by PIB Delhi\n\n"
        "The opening ceremony was attended by Major General Sunil Kumar Bhatt, General Officer "
        "Commanding, and the Chief of Staff of the Armed Forces of Peru. India and Peru will "
        "hold the next exercise in 2027."
    )
    assert people["Sunil Kumar Bhatt"] == {"IND"}


# -- a body named short in a title appositive ---------------------------------------------------


def test_body_named_short_takes_the_country_of_its_full_name():
    people = _people(
        "The Kenya Tea Development Agency and the Tea Board of India signed a Memorandum of "
        "Understanding. The MoU was signed by Mr. Daniel Kiprono Mutai, Managing Director of the "
        "Tea Development Agency, and Ms. Meera Pillai, Chairperson of the Tea Board."
    )
    assert people["Daniel Kiprono Mutai"][0] == {"KEN"}
    assert people["Meera Pillai"][0] == {"IND"}


# -- across documents: a Japanese name printed in both orders -----------------------------------


def test_two_word_name_in_the_other_order_is_the_same_person_across_documents():
    import polars as pl

    from pipeline.resolve.actors import resolve_persons

    rows = [("d1", "Sato Kenji", "JPN"), ("d2", "Kenji Sato", "JPN"), ("d3", "Ali Hassan", "PAK"),
            ("d4", "Hassan Ali", "PAK")]
    frame = pl.DataFrame(
        [(d, n, n, c, True) for d, n, c in rows],
        schema={"doc_id": pl.String, "name": pl.String, "surface": pl.String,
                "country_iso3": pl.String, "titled": pl.Boolean},
        orient="row",
    )
    got = resolve_persons(frame)
    assert got[("d1", "Sato Kenji")] is got[("d2", "Kenji Sato")]
    # (names of a country that prints them given name first stay two people)
    assert got[("d3", "Ali Hassan")] is not got[("d4", "Hassan Ali")]
