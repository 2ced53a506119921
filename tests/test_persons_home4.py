"""Persons' countries from a dateline with an agency tag, from "his X counterpart", and
Bhutanese honorifics (own texts; invented names)."""

from __future__ import annotations

import polars as pl
import pytest

from pipeline.extract.persons_home import dateline_country
from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.segment import segment


def _persons(tmp_path, text: str) -> dict[str, str | None]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    docs, _, _ = ingest_files(tmp_path)
    m = extract_mentions(docs, segment(docs))["person_mentions"]
    return dict(m.group_by("name").agg(pl.col("country_iso3").drop_nulls().first()).iter_rows())


@pytest.mark.parametrize(
    "line, iso3",
    [
        ("Kampala (Reuters) - Uganda's cabinet met on Tuesday.", "UGA"),
        ("Jakarta (ANTARA) - The government said on Monday ...", "IDN"),
        ("Islamabad (APP): The Senate passed the bill.", "PAK"),
        ("Nairobi (the capital) - a headline, not a dateline", None),
        ("Kampala is the capital of Uganda.", None),
    ],
)
def test_dateline_with_an_agency_tag_in_any_case(line, iso3):
    assert dateline_country(line) == iso3


def test_unqualified_official_under_a_title_case_dateline_is_of_its_country(tmp_path):
    text = (
        "Lima (Andina) - Trade Minister Rosa Quispe Huamán said on Monday that exports to Bolivia "
        "rose last year.\n\nBolivia and Peru will hold a trade commission in La Paz next month. "
        "Bolivian officials welcomed the plan.\n"
    )
    assert _persons(tmp_path, text)["Rosa Quispe Huamán"] == "PER"


def test_his_demonym_counterpart_puts_the_first_official_on_the_other_side(tmp_path):
    text = (
        "Norway and Denmark sign firefighting pact\n\nPublished 3 March 2026\n\n"
        "Norway and Denmark have worked together on forest fires for a decade, and Norwegian crews "
        "trained in Denmark last summer.\n\nOn 2 March, Defence Minister Lars Kristian Holm and his "
        "Danish counterpart, Mette Aagaard Nielsen, signed an agreement in Copenhagen to share "
        "water-bombing aircraft.\n\nThe deal lets Norway call on Danish aircraft within four hours.\n"
    )
    assert _persons(tmp_path, text) == {"Lars Kristian Holm": "NOR", "Mette Aagaard Nielsen": "DNK"}


def test_bhutanese_honorifics_are_not_part_of_the_name(tmp_path):
    text = (
        "The Bhutanese delegation to Dhaka was led by Lyonpo Karma Wangdi, Minister for Economic "
        "Affairs of Bhutan, and Dasho Pema Choden, Secretary of the Ministry of Foreign Affairs of "
        "Bhutan.\n"
    )
    names = _persons(tmp_path, text)
    assert "Karma Wangdi" in names and "Pema Choden" in names
    assert not any(n.startswith(("Lyonpo", "Dasho")) for n in names)


def test_companion_named_after_he_is_accompanied_by_shares_the_travellers_side(tmp_path):
    # the dateline is the host's capital: without the companion rule the minister would be Indian
    text = (
        "NEW DELHI, April 2, 2026\n\n1. At the invitation of Shri Arvind Kumar Menon, Prime Minister "
        "of India, His Excellency Lyonchhoen Dasho Tshering Dorji, Prime Minister of the Kingdom of "
        "Bhutan, is on an official visit to India from 1 to 3 April 2026. He is accompanied by Lyonpo "
        "Karma Wangdi, Minister for Economic Affairs, and senior officials of the Royal Government of "
        "Bhutan.\n\n2. Prime Minister Menon and Prime Minister Dorji held talks on 2 April. India and "
        "Bhutan agreed to expand hydropower cooperation. Bhutan thanked India for its support.\n"
    )
    assert _persons(tmp_path, text) == {
        "Arvind Kumar Menon": "IND", "Tshering Dorji": "BTN", "Karma Wangdi": "BTN",
    }


def test_apposed_companion_travels_with_the_subject_and_the_host_stays_home(tmp_path):
    text = (
        "CANBERRA, May 5, 2026\n\nPrime Minister Aroha Ngata, accompanied by Trade Minister Tama "
        "Reweti, arrived in Canberra on Monday and met Prime Minister Gregory Hale at Parliament "
        "House.\n\nNew Zealand and Australia agreed to deepen cooperation. Australia welcomed the "
        "visit, and New Zealand praised the talks.\n"
    )
    assert _persons(tmp_path, text) == {"Aroha Ngata": "NZL", "Tama Reweti": "NZL", "Gregory Hale": "AUS"}
