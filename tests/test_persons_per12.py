"""Persons (round per12): quoted nicknames and dotted given-name abbreviations inside names, the
addressee of a conveyed invitation, the country-code domain of a document's URL as its home,
a bracketed remit in a national side's leader, and a state body named right before an office."""

from __future__ import annotations

import polars as pl

from pipeline.extract.countries import country_mentions
from pipeline.extract.persons import extract_persons
from pipeline.extract.persons_home_country import domain_country
from pipeline.segment import segment
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


def _people_at(url: str, text: str) -> dict[str, set]:
    """name -> countries for one document published under ``url``."""
    return people_of_document(text, url=url)


def people_of_document(text: str, publisher: str | None = None, url: str | None = None) -> dict[str, set]:
    """name -> countries for one document with its sidecar's ``publisher`` and ``url``."""
    docs = pl.DataFrame({"doc_id": ["d0"], "text": [text], "publisher": [publisher], "url": [url]},
                        schema_overrides={"publisher": pl.String, "url": pl.String})
    sents = segment(docs.select("doc_id", "text"))
    rows = extract_persons(sents, country_mentions(sents), docs)
    out: dict[str, set] = {}
    for name, country in rows.select("name", "country_iso3").iter_rows():
        out.setdefault(name, set()).add(country)
    return out


# -- a nickname in quotes between the given name and the rest of the name ------------------------


def test_quoted_nickname_stays_out_of_the_name():
    got = _people('Senator Maria "Bing" Dela Cruz Santos of the Philippines met the delegation.')
    assert "Maria Dela Cruz Santos" in got
    assert got["Maria Dela Cruz Santos"][0] == {"PHL"}
    assert not any(n in got for n in ("Maria", "Bing", "Santos"))


def test_typographic_quotes_and_a_later_surname():
    got = _people(
        "Thai Foreign Minister Somchai “Tom” Rattanakul arrived in Vientiane. "
        "Rattanakul later met the Lao prime minister."
    )
    assert "Somchai Rattanakul" in got
    assert got["Somchai Rattanakul"][0] == {"THA"}
    assert "Rattanakul" not in got


def test_a_quoted_phrase_after_a_name_is_no_nickname():
    got = _people('Finance Minister Ana Reyes called the deal "Historic" on Monday.')
    assert "Ana Reyes" in got


# -- a given name abbreviated with a dot --------------------------------------------------------


def test_ma_abbreviation_is_part_of_the_name_and_no_sentence_end():
    got = _people(
        "On Monday, Secretary of Tourism Ma. Cristina Bautista-Ocampo received the Thai "
        "ambassador in Manila."
    )
    assert "Ma. Cristina Bautista-Ocampo" in got
    assert "Ma" not in got and "Cristina Bautista-Ocampo" not in got


def test_mohd_abbreviation():
    got = _people("Malaysian Home Minister Mohd. Nazri Ismail met his Thai counterpart.")
    assert "Mohd. Nazri Ismail" in got
    assert got["Mohd. Nazri Ismail"][0] == {"MYS"}


def test_the_abbreviation_still_ends_a_sentence_before_a_sentence_starter():
    sents = segment(pl.DataFrame({"doc_id": ["d"], "text": ["The award went to Ma. The rest left."]}))
    assert sents.height == 2


# -- the addressee of a conveyed invitation is no sender -----------------------------------------


def test_invitation_for_a_leader_is_not_the_senders_country():
    got = _people(
        "President Luis Arce Mendoza spoke by telephone with Prime Minister Kenji Sato of Japan. "
        "Prime Minister Sato conveyed the invitation of the Japanese leadership for President "
        "Arce Mendoza to pay a state visit to Japan."
    )
    assert "JPN" not in got["Luis Arce Mendoza"][0]


def test_greetings_of_a_people_to_a_president():
    got = _people(
        "King Harald Olsen received Ambassador Tomas Berg of Sweden. Ambassador Berg conveyed "
        "the greetings of the Swedish people to King Olsen."
    )
    assert "SWE" not in got["Harald Olsen"][0]


def test_message_from_a_leader_still_links_the_messenger():
    got = _people(
        "Envoy Paulo Nunes conveyed a message from Brazilian President Rita Carvalho to the "
        "Angolan leader."
    )
    assert got["Paulo Nunes"][0] == {"BRA"}


# -- the country-code domain of a document's URL ------------------------------------------------


def test_domain_country_reads_the_last_label():
    assert domain_country("https://www.nation.example.co.ke/news/1") == "KEN"
    assert domain_country("https://pco.example.gov.ph/releases/") == "PHL"
    assert domain_country("https://news.example.uk/a") == "GBR"
    assert domain_country("https://example.com/a") is None
    assert domain_country("https://startup.example.io/a") is None  # a generic use
    assert domain_country(None) is None
    assert domain_country("not a url") is None


def test_unqualified_official_of_a_site_under_a_country_domain():
    got = _people_at(
        "https://www.daily.example.co.tz/news/123",
        "Foreign Ministry spokesperson Neema Mushi said Dodoma would raise the matter with Malawi.",
    )
    assert got["Neema Mushi"] == {"TZA"}


def test_a_dateline_wins_over_the_domain():
    got = _people_at(
        "https://www.daily.example.co.tz/news/124",
        "LILONGWE, May 4 - Trade Minister Chikondi Banda met the visiting delegation.",
    )
    assert got["Chikondi Banda"] == {"MWI"}


def test_no_domain_no_home():
    got = _people_at(
        "https://www.example.com/news/125",
        "Foreign Ministry spokesperson Neema Mushi said the matter would be raised with Malawi.",
    )
    assert got["Neema Mushi"] == {None}


# -- a national side's leader with a bracketed remit ---------------------------------------------


def test_side_led_by_an_official_with_a_bracketed_remit():
    got = _people(
        "The talks were held in Lima. The Chilean side was led by Director General (Americas) "
        "Pablo Soto Rivas."
    )
    assert got["Pablo Soto Rivas"][0] == {"CHL"}


def test_side_led_by_a_remit_and_an_honorific():
    got = _people("The Ghanaian side was led by Additional Secretary (Asia) Mr. Kwame Owusu.")
    assert got["Kwame Owusu"][0] == {"GHA"}


# -- a state body named right before the office ---------------------------------------------------


def test_state_body_before_a_chairman():
    got = _people(
        "The minister watched the launch in Beijing alongside SUPARCO Chairman Imran Aziz Butt."
    )
    assert got["Imran Aziz Butt"][0] == {"PAK"}


def test_army_before_a_chief():
    got = _people("Officials said Pakistan Army Chief General Tariq Mehmood attended the parade.")
    assert got["Tariq Mehmood"][0] == {"PAK"}


def test_a_company_before_a_chairman_gives_no_country():
    got = _people("Acme Holdings Chairman Victor Lunde met the trade delegation in Oslo.")
    assert got.get("Victor Lunde", ({None},))[0] == {None}


# -- "(Ret.)" after a rank does not end the sentence ----------------------------------------------


def test_retired_rank_with_a_dot_keeps_the_name_in_the_sentence():
    got = _people(
        "Kazakhstan's Minister of Defence, Major General (Ret.) Ruslan Zhaksylykov, said 900 "
        "troops would take part."
    )
    assert got["Ruslan Zhaksylykov"][0] == {"KAZ"}
    assert "Major General" in got["Ruslan Zhaksylykov"][1]


def test_retired_rank_before_a_glued_initial():
    got = _people("Mongolia's Defence Minister, Brigadier General (Ret.) D.Tumur, spoke.")
    assert got["D. Tumur"][0] == {"MNG"}


# -- the one embassy a sentence names gives its ambassador a country -------------------------------


def test_ambassador_at_the_embassy_of_a_demonym():
    got = _people(
        "The minister met 20 firms at the Chilean Embassy in Tokyo on May 3, where Ambassador "
        "Rosa Fuentes Vidal presented investment projects."
    )
    assert got["Rosa Fuentes Vidal"][0] == {"CHL"}


def test_ambassador_at_the_embassy_of_a_country():
    got = _people("Ambassador Lena Holm hosted a reception at the Embassy of Sweden in Nairobi.")
    assert got["Lena Holm"][0] == {"SWE"}


def test_two_embassies_give_no_country():
    got = _people(
        "Ambassador Lena Holm spoke at the Swedish Embassy and later at the Danish Embassy."
    )
    assert got["Lena Holm"][0] == {None}


def test_a_qualified_ambassador_keeps_the_title_country():
    got = _people(
        "Kenyan Ambassador Peter Mwangi attended a dinner at the Chinese Embassy in Addis Ababa."
    )
    assert got["Peter Mwangi"][0] == {"KEN"}


# -- a plural possessive before an organisation's head noun -----------------------------------------


def test_plural_possessive_before_association_is_no_person():
    got = _people(
        '"Roads are unsafe," said Mr Okello Ojok, chairperson of the Ghana Long Haul Truckers\' '
        "Association, on Monday."
    )
    assert "Long Haul Truckers" not in got
    assert "Okello Ojok" in got


def test_farmers_union_with_a_typographic_apostrophe():
    got = _people("Ms Amina Yusuf, head of the Nigeria Cotton Farmers’ Union, said prices fell.")
    assert "Cotton Farmers" not in got and "Nigeria Cotton Farmers" not in got
    assert "Amina Yusuf" in got


# -- the press secretary is an office ------------------------------------------------------------


def test_press_secretary_is_a_title_and_a_home_office():
    got = _people_at(
        "https://www.example.gov.ph/releases/1",
        "Press Secretary Ana Lim said the call lasted 40 minutes.",
    )
    assert got["Ana Lim"] == {"PHL"}


# -- a police rank written without "of Police" ---------------------------------------------------


def test_senior_superintendent_is_a_rank_and_the_initials_join_the_full_name():
    got = _people(
        "Kisumu County Police Commander, Senior Superintendent Joseph Otieno Achieng, said "
        'officers had recovered 20 cartridges. "We are pursuing them," SSP Achieng said.'
    )
    assert "Joseph Otieno Achieng" in got
    assert "Senior Superintendent of Police" in got["Joseph Otieno Achieng"][1]
    assert "Achieng" not in got


# -- a name written with and without its diacritics is one person -------------------------------


def test_ascii_spelling_of_a_polish_name_joins_the_accented_one():
    got = _people(
        "Czech Defence Minister Tomáš Dvořák held talks with Polish Defence Minister Jan "
        "Kowalski. Dvorak later visited a plant. Photo: Defence Minister Tomas Dvorak in Seoul."
    )
    assert "Tomáš Dvořák" in got
    assert "Tomas Dvorak" not in got and "Dvorak" not in got
    assert got["Tomáš Dvořák"][0] == {"CZE"}


def test_stroked_letters_fold_too():
    from pipeline.extract.persons_ascii import ascii_folded

    assert ascii_folded(("Łukasz", "Żółtowski")) == ("Lukasz", "Zoltowski")
    assert ascii_folded(("Phạm", "Đức", "Thịnh")) == ("Pham", "Duc", "Thinh")
    assert ascii_folded(("Ana", "Reyes")) == ("Ana", "Reyes")


def test_different_names_stay_apart():
    got = _people(
        "Foreign Minister José Pérez of Chile met Foreign Minister Josefa Perea of Peru. "
        "Perea said trade grew."
    )
    assert "José Pérez" in got and "Josefa Perea" in got
