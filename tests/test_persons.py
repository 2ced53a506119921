"""Tests for pipeline.extract.persons: names, titles, countries and in-document coreference."""

from __future__ import annotations

import re

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions
from pipeline.extract.persons import extract_persons
from pipeline.model import PERSON_MENTIONS


def _sentences(*docs: str) -> pl.DataFrame:
    """Split each document after . ! ? and a space, except after Mr. Dr. Gen. (test helper)."""
    rows = []
    for d, text in enumerate(docs):
        bounds = [0]
        for m in re.finditer(r"(?<!\bMr)(?<!\bDr)(?<!\bGen)[.!?]\s+", text):
            bounds.append(m.end())
        bounds.append(len(text))
        sid = 0
        for start, end in zip(bounds, bounds[1:]):
            end = len(text[:end].rstrip())
            if start < end:
                rows.append((f"d{d}", sid, start, end, text[start:end], False))
                sid += 1
    return pl.DataFrame(
        rows,
        schema={
            "doc_id": pl.String,
            "sentence_id": pl.Int32,
            "char_start": pl.Int32,
            "char_end": pl.Int32,
            "text": pl.String,
            "is_boilerplate": pl.Boolean,
        },
        orient="row",
    )


def _persons(*docs: str) -> pl.DataFrame:
    return extract_persons(_sentences(*docs))


def _rows(df: pl.DataFrame) -> list[tuple]:
    return df.select("surface", "name", "title", "country_iso3").rows()


def test_schema_and_empty_input():
    out = _persons("Nothing to see here.")
    assert dict(out.schema) == PERSON_MENTIONS
    assert out.height == 0
    assert dict(extract_persons(_sentences()).schema) == PERSON_MENTIONS


def test_demonym_title_name():
    out = _persons(
        "Nepali Prime Minister Pushpa Kamal Dahal met Turkish Foreign Minister Hakan Fidan "
        "in Ankara."
    )
    assert _rows(out) == [
        ("Pushpa Kamal Dahal", "Pushpa Kamal Dahal", "Prime Minister", "NPL"),
        ("Hakan Fidan", "Hakan Fidan", "Foreign Minister", "TUR"),
    ]


def test_offsets_point_at_the_name():
    doc = "On Monday, Bangladesh's Foreign Adviser Touhid Hossain arrived. Hossain said hello."
    out = _persons(doc)
    for s, e, surface in out.select("char_start", "char_end", "surface").iter_rows():
        assert doc[s:e] == surface
    assert _rows(out) == [
        ("Touhid Hossain", "Touhid Hossain", "Foreign Adviser", "BGD"),
        ("Hossain", "Touhid Hossain", None, "BGD"),
    ]


def test_two_titles_give_two_rows_for_one_mention():
    out = _persons("Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu spoke.")
    assert _rows(out) == [
        ("Murat Nurtleu", "Murat Nurtleu", "Deputy Prime Minister", "KAZ"),
        ("Murat Nurtleu", "Murat Nurtleu", "Foreign Minister", "KAZ"),
    ]
    assert out["char_start"].n_unique() == 1


def test_title_with_of_country_before_and_after_the_name():
    out = _persons(
        "Caretaker Prime Minister of Nepal Sushila Karki visited Delhi. "
        "President Emmanuel Macron of France called. "
        "The newly appointed Foreign Minister of Egypt, Badr Abdelatty, arrived."
    )
    assert _rows(out) == [
        ("Sushila Karki", "Sushila Karki", "Caretaker Prime Minister", "NPL"),
        ("Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
        ("Badr Abdelatty", "Badr Abdelatty", "Foreign Minister", "EGY"),
    ]


def test_appositive_titles():
    out = _persons(
        "Ali Sabry, the Foreign Minister of Sri Lanka, said the talks went well. "
        "Mohammad Ishaq, Minister of Planning and Development of Afghanistan, signed the deal. "
        "Touhid Hossain, Bangladesh's Foreign Adviser, attended."
    )
    assert _rows(out) == [
        ("Ali Sabry", "Ali Sabry", "Foreign Minister", "LKA"),
        ("Mohammad Ishaq", "Mohammad Ishaq", "Minister of Planning and Development", "AFG"),
        ("Touhid Hossain", "Touhid Hossain", "Foreign Adviser", "BGD"),
    ]


def test_appositive_list_of_titles_with_party_office():
    out = _persons(
        "Cai Qi, Member of the Standing Committee of the Political Bureau of the CPC Central "
        "Committee and Director of the Office of the Central Commission for Foreign Affairs, spoke."
    )
    assert out["title"].to_list() == [
        "Member of the Standing Committee of the Political Bureau of the CPC Central Committee",
        "Director of the Office of the Central Commission for Foreign Affairs",
    ]
    assert set(out["country_iso3"]) == {"CHN"}  # the CPC is China's


def test_title_does_not_leak_into_the_previous_name():
    out = _persons("Sadyr Japarov, President Tokayev and others met.")
    assert _rows(out) == [("Tokayev", "Tokayev", "President", None)]


def test_generic_portfolio_minister():
    out = _persons(
        "Pakistan's Petroleum Minister Ali Pervaiz Malik and Federal Minister for Planning, "
        "Development and Special Initiatives Ahsan Iqbal met Chinese Commerce Minister Wang Wentao."
    )
    assert _rows(out) == [
        ("Ali Pervaiz Malik", "Ali Pervaiz Malik", "Minister of Petroleum", "PAK"),
        (
            "Ahsan Iqbal",
            "Ahsan Iqbal",
            "Minister of Planning, Development and Special Initiatives",
            None,
        ),
        ("Wang Wentao", "Wang Wentao", "Minister of Commerce", "CHN"),
    ]


def test_modifiers_and_special_representative():
    out = _persons(
        "The President's Special Representative and Vice Premier Ding Xuexiang of the State "
        "Council arrived, and Acting Foreign Minister Amir Khan Muttaqi met him."
    )
    rows = _rows(out)
    special = "Special Representative of the President"
    assert ("Ding Xuexiang", "Ding Xuexiang", special, None) in rows
    assert ("Ding Xuexiang", "Ding Xuexiang", "Vice Premier", None) in rows
    assert ("Amir Khan Muttaqi", "Amir Khan Muttaqi", "Acting Foreign Minister", None) in rows


def test_stop_word_surname_after_a_title():
    # "He" is a pronoun, but after a title and before a name word it starts a Chinese name
    out = _persons("Vice Premier He Lifeng met the delegation. He said trade grew.")
    assert _rows(out) == [("He Lifeng", "He Lifeng", "Vice Premier", None)]


def test_honorifics():
    out = _persons(
        "Indian Prime Minister Narendra Modi spoke first. Mr. Modi then left. "
        "Dr. Ahmed said the data was clear. Gen. Syed Asim Munir inspected the troops."
    )
    rows = _rows(out)
    assert ("Mr. Modi", "Narendra Modi", None, "IND") in rows
    assert ("Dr. Ahmed", "Ahmed", None, None) in rows
    assert ("Gen. Syed Asim Munir", "Syed Asim Munir", "General", None) in rows


def test_names_with_particles_and_hyphens():
    out = _persons(
        "Saudi Crown Prince Mohammed bin Salman received European Commission President "
        "Ursula von der Leyen. Former President Muhammad Zia-ul-Haq was mentioned."
    )
    names = out["name"].to_list()
    assert "Mohammed bin Salman" in names
    assert "Ursula von der Leyen" in names
    assert "Muhammad Zia-ul-Haq" in names
    assert out.filter(pl.col("name") == "Mohammed bin Salman")["country_iso3"].to_list() == ["SAU"]
    zia = out.filter(pl.col("name") == "Muhammad Zia-ul-Haq")
    assert zia["title"].to_list() == ["Former President"]


def test_role_nouns_and_reporting_verbs_mark_persons_without_titles():
    out = _persons(
        "Military analyst Qamar Cheema said the drills matter. "
        "Li Hua, a researcher at the Shanghai Institutes for International Studies, said ties "
        "grew. "
        "The plan is sound, said Tanvir Ahmed Khan."
    )
    assert _rows(out) == [
        ("Qamar Cheema", "Qamar Cheema", None, None),
        ("Li Hua", "Li Hua", None, None),
        ("Tanvir Ahmed Khan", "Tanvir Ahmed Khan", None, None),
    ]


def test_not_persons():
    out = _persons(
        "During the visit, both sides toured the Great Hall of the People. "
        "Global Times reported on the Belt and Road Initiative. "
        "In May, the foreign ministers of China and Pakistan met. "
        "Radio Pakistan reported that Sachal Wind Power Project is running. "
        "The Prime Minister said nothing."
    )
    assert out.height == 0


def test_lone_surname_needs_a_full_name_or_a_title():
    assert _persons("Khan said the weather was fine.").height == 0
    out = _persons("Minister Iqbal arrived.")
    assert _rows(out) == [("Iqbal", "Iqbal", "Minister", None)]


def test_surname_coreference_western_order():
    out = _persons(
        "Nepali Prime Minister Pushpa Kamal Dahal arrived in Beijing. Dahal said ties were strong."
    )
    assert _rows(out)[-1] == ("Dahal", "Pushpa Kamal Dahal", None, "NPL")


def test_surname_coreference_family_name_first():
    out = _persons(
        "Chinese Vice President Han Zheng met the envoy. Han told reporters the meeting was good. "
        "South Korean President Lee Jae-myung also spoke. Lee said peace matters."
    )
    rows = _rows(out)
    assert ("Han", "Han Zheng", None, "CHN") in rows
    assert ("Lee", "Lee Jae-myung", None, "KOR") in rows


def test_shorter_form_joins_fullest_form():
    out = _persons(
        "Pakistani Prime Minister Muhammad Shehbaz Sharif arrived. "
        "Prime Minister Shehbaz Sharif then met investors. Sharif said more."
    )
    assert set(out["name"]) == {"Muhammad Shehbaz Sharif"}
    assert set(out["country_iso3"]) == {"PAK"}  # the country stated once applies to all mentions


def test_never_merge_different_given_names():
    out = _persons(
        "Former Prime Minister Nawaz Sharif spoke. Prime Minister Shehbaz Sharif listened. "
        "Sharif then left."
    )
    rows = _rows(out)
    assert ("Nawaz Sharif", "Nawaz Sharif", "Former Prime Minister", None) in rows
    assert ("Shehbaz Sharif", "Shehbaz Sharif", "Prime Minister", None) in rows
    # an ambiguous surname goes to the most recently mentioned person
    assert rows[-1] == ("Sharif", "Shehbaz Sharif", None, None)


def test_full_name_without_evidence_is_found_once_known():
    out = _persons(
        "Turkish President Recep Tayyip Erdogan opened the forum. "
        "The initiative was proposed by Recep Tayyip Erdogan in 2021."
    )
    assert out["surface"].to_list() == ["Recep Tayyip Erdogan", "Recep Tayyip Erdogan"]
    assert out["country_iso3"].to_list() == ["TUR", "TUR"]


def test_sentence_initial_word_is_trimmed_from_a_known_name():
    out = _persons(
        "Uzbek President Shavkat Mirziyoyev arrived. Welcoming Mirziyoyev, the host smiled."
    )
    assert _rows(out)[-1] == ("Mirziyoyev", "Shavkat Mirziyoyev", None, "UZB")


def test_organisation_prefix_gives_the_country():
    out = _persons("Chinese Foreign Ministry spokesperson Mao Ning said Beijing welcomed it.")
    assert _rows(out) == [("Mao Ning", "Mao Ning", "Foreign Ministry Spokesperson", "CHN")]


def test_reuses_country_mentions_when_given():
    s = _sentences("Kyrgyzstan's President Sadyr Japarov arrived. Japarov said hello.")
    a = extract_persons(s)
    b = extract_persons(s, country_mentions(s))
    assert a.equals(b)
    assert _rows(a) == [
        ("Sadyr Japarov", "Sadyr Japarov", "President", "KGZ"),
        ("Japarov", "Sadyr Japarov", None, "KGZ"),
    ]


def test_documents_are_independent():
    out = _persons("Nepali Prime Minister Pushpa Kamal Dahal arrived.", "Dahal said hello.")
    assert out["doc_id"].to_list() == ["d0"]


_NAME_WORD = st.sampled_from(
    ["Amina", "Rashid", "Kamal", "Nurlan", "Farhan", "Zeynep", "Tahir", "Bakhyt", "Olena", "Sipho"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_NAME_WORD, min_size=2, max_size=3, unique=True), st.sampled_from(
    [("Pakistani", "PAK"), ("Kenyan", "KEN"), ("Kazakh", "KAZ"), ("Turkish", "TUR")]
))
def test_any_titled_name_round_trips(words, demonym):
    name = " ".join(words)
    doc = f"Yesterday {demonym[0]} Interior Minister {name} visited the border."
    out = _persons(doc)
    assert _rows(out) == [(name, name, "Interior Minister", demonym[1])]
    s, e = out.row(0)[2:4]
    assert doc[s:e] == name


def test_counterpart_and_place_between_title_and_name():
    out = _persons(
        "Minister Ahsan Iqbal met his Uzbek counterpart Jamshid Khodjaev. "
        "Chief Minister Sindh Murad Ali Shah also attended."
    )
    rows = _rows(out)
    assert ("Jamshid Khodjaev", "Jamshid Khodjaev", None, "UZB") in rows
    assert ("Murad Ali Shah", "Murad Ali Shah", "Chief Minister", "PAK") in rows


def test_short_stop_word_surname_only_when_the_full_name_is_known():
    out = _persons(
        "Vietnamese General Secretary To Lam arrived in Beijing. To Lam said ties matter. "
        "Premier Pham Minh Chinh joined. Chinh said trade grew."
    )
    rows = _rows(out)
    assert rows.count(("To Lam", "To Lam", None, "VNM")) == 1
    # Vietnamese leaders are referred to by the last word of the name
    assert ("Chinh", "Pham Minh Chinh", None, None) in rows
    assert _rows(_persons("To Beijing, the visit of Pham Minh Chinh mattered.")) == []


_PIECES = list("abcXYZ .,'’-") + ["Mr.", "President ", "Xi ", "said ", "bin ", "of ", "Pakistan"]
_ANY_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_never_crashes_and_offsets_are_exact(text):
    out = _persons(text)
    for s, e, surface in out.select("char_start", "char_end", "surface").iter_rows():
        assert text[s:e] == surface
