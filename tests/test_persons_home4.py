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
