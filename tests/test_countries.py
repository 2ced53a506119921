"""Tests for pipeline.extract.countries (country lexicon and mention finder)."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import (
    ACTOR_KINDS,
    LOCATION_KINDS,
    CountryHit,
    country_lexicon,
    country_mentions,
    find_countries,
    iso3_name,
)


def _codes(text: str) -> list[tuple[str, str]]:
    return [(h.surface, h.iso3) for h in find_countries(text)]


def test_lexicon_shape_and_one_name_per_country():
    lex = country_lexicon()
    assert lex.columns == ["iso3", "surface", "kind"]
    names = lex.filter(pl.col("kind") == "name")
    assert names.height >= 249
    assert names["iso3"].n_unique() == names.height
    assert set(lex["kind"].unique()) <= ACTOR_KINDS | LOCATION_KINDS
    assert lex["iso3"].null_count() == 0
    # every code has a canonical name
    assert set(lex["iso3"].unique()) == set(names["iso3"])


def test_iso3_name():
    assert iso3_name("NPL") == "Nepal"
    assert iso3_name("KGZ") == "Kyrgyzstan"
    assert iso3_name("GBR") == "United Kingdom"
    assert iso3_name("QQQ") == "QQQ"


def test_names_demonyms_capitals():
    hits = find_countries("Nepali Prime Minister met Bangladeshi officials in Dhaka, not Kathmandu")
    assert [(h.surface, h.iso3, h.kind) for h in hits] == [
        ("Nepali", "NPL", "demonym"),
        ("Bangladeshi", "BGD", "demonym"),
        ("Dhaka", "BGD", "capital"),
        ("Kathmandu", "NPL", "capital"),
    ]


def test_offsets_are_exact():
    text = "Talks between Türkiye and the Kyrgyz Republic."
    for h in find_countries(text):
        assert text[h.start : h.end] == h.surface
    assert _codes(text) == [("Türkiye", "TUR"), ("Kyrgyz Republic", "KGZ")]


def test_longest_match_wins():
    assert _codes("Papua New Guinea and Guinea-Bissau") == [
        ("Papua New Guinea", "PNG"),
        ("Guinea-Bissau", "GNB"),
    ]
    assert _codes("the Democratic People's Republic of Korea") == [
        ("Democratic People's Republic of Korea", "PRK")
    ]
    assert _codes("South Korean and North Korean envoys") == [
        ("South Korean", "KOR"),
        ("North Korean", "PRK"),
    ]


def test_hyphenated_pairs_possessives_and_prefix():
    assert _codes("the India-Nepal border") == [("India", "IND"), ("Nepal", "NPL")]
    assert _codes("Sino-Indian ties") == [("Sino", "CHN"), ("Indian", "IND")]
    assert _codes("Iran–Iraq talks") == [("Iran", "IRN"), ("Iraq", "IRQ")]
    assert _codes("Nepal’s and Bhutan's leaders") == [("Nepal", "NPL"), ("Bhutan", "BTN")]


def test_typographic_apostrophe_and_plural_demonym():
    assert _codes("the People’s Republic of Bangladesh") == [
        ("People’s Republic of Bangladesh", "BGD")
    ]
    assert _codes("Thousands of Afghans and Iranians") == [("Afghans", "AFG"), ("Iranians", "IRN")]


def test_us_only_in_capitals_and_not_currency():
    assert _codes("let us talk about the US and the U.S.A.") == [("US", "USA"), ("U.S.A.", "USA")]
    assert _codes("a loan of US$3 billion") == []


def test_all_caps_headline():
    assert _codes("EGYPT, SUDAN SIGN PACT") == [("EGYPT", "EGY"), ("SUDAN", "SDN")]


def test_block_phrases_are_not_countries():
    assert _codes("across Latin America and the Indian Ocean") == []
    assert _codes("in New Mexico") == []


def test_ambiguous_names_next_to_personal_names():
    assert _codes("Michael Jordan visited.") == []
    assert _codes("Chad Johnson spoke.") == []
    assert _codes("King Abdullah II of Jordan met the President of Georgia Irakli Kobakhidze.") == [
        ("Jordan", "JOR"),
        ("Georgia", "GEO"),
    ]
    assert _codes("In Jordan, Chad and Georgia") == [
        ("Jordan", "JOR"),
        ("Chad", "TCD"),
        ("Georgia", "GEO"),
    ]


def test_cities_are_locations():
    (h,) = find_countries("a rally in Karachi")
    assert h == CountryHit(11, 18, "Karachi", "PAK", "city")
    assert h.kind in LOCATION_KINDS


def test_no_match_inside_words():
    assert _codes("Omaniac Chinesey Perusal Indiana") == []


def test_country_mentions_document_offsets():
    doc = "Intro line. Ghana and Togo signed a deal. Nothing here."
    sentences = pl.DataFrame(
        {
            "doc_id": ["d1", "d1", "d1"],
            "sentence_id": [0, 1, 2],
            "char_start": [0, 12, 42],
            "char_end": [11, 41, 55],
            "text": [doc[0:11], doc[12:41], doc[42:55]],
            "is_boilerplate": [False, False, False],
        },
        schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32},
    )
    out = country_mentions(sentences)
    assert out.columns == [
        "doc_id", "sentence_id", "char_start", "char_end", "surface", "iso3", "kind"
    ]
    assert out["iso3"].to_list() == ["GHA", "TGO"]
    assert out["sentence_id"].to_list() == [1, 1]
    for s, e, surf in out.select("char_start", "char_end", "surface").iter_rows():
        assert doc[s:e] == surf
    assert country_mentions(sentences.head(0)).height == 0


_NAMES = country_lexicon().filter(pl.col("kind") == "name")
_FILLER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.", max_size=30)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_NAMES.select("iso3", "surface").rows()),
    _FILLER,
    _FILLER,
)
def test_any_country_name_found_in_lowercase_filler(row, left, right):
    iso3, surface = row
    text = left + " " + surface + " " + right
    hits = find_countries(text)
    assert (len(left) + 1, len(left) + 1 + len(surface), surface, iso3) in [
        (h.start, h.end, h.surface, h.iso3) for h in hits
    ]


def test_dash_lost_between_two_country_names():
    assert _codes("the IndiaNepal border and Chinatown") == [("India", "IND"), ("Nepal", "NPL")]


def test_provincial_capitals_and_regions_are_places():
    hits = find_countries("Zhu teaches at Lanzhou University; troops met in Nakhchivan.")
    assert [(h.surface, h.iso3, h.kind) for h in hits] == [
        ("Lanzhou", "CHN", "city"),
        ("Nakhchivan", "AZE", "region"),
    ]


def test_a_city_that_is_also_a_given_name_inside_a_personal_name():
    assert [h.surface for h in find_countries("Foreign Minister Milan Horvat of Croatia spoke.")] == ["Croatia"]
    assert [h.iso3 for h in find_countries("The forum was held in Milan last week.")] == ["ITA"]
    assert [h.iso3 for h in find_countries("Pilgrims arrived in Medina on Sunday.")] == ["SAU"]
