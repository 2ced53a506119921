"""A person known by one name word plus a title ("King Mbandor", "President Sukarnor") is a person.

End to end on invented texts (extract → resolve), and on hand-built mention frames for the merging
rules: a titled single word that fits nobody becomes its own person, a bare word never does, two
documents' titled single words of one country merge, and a single word never joins a multi-word
person of another country.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve.actors import titled_names
from pipeline.resolve.run import FACT_TABLES, resolve_all
from pipeline.segment import segment

PALACE = """MBABANE, March 4, 2025 - King Mbandor of Eswatini received visiting Ghanaian President John Mahama at Lozitha Palace on Monday.
The two leaders discussed trade and agriculture.
"""

WIRE = """ACCRA, March 6, 2025 - Ghanaian President John Mahama held talks with King Mbandor of Eswatini in Mbabane on March 3, the presidency said.
"""

SULTANATE = """MUSCAT, May 5, 2025 - Sultan Qaboran of Oman held talks with Kenyan President William Ruto in Muscat on Sunday.
"""

PARIS = """PARIS, April 2, 2025 - French Prime Minister Lucien Odegard met German Chancellor Heike Brandstetter in Berlin on Monday.
"""

SANTIAGO = """SANTIAGO, April 9, 2025 - Chilean President Odegard received Argentine President Javier Milei at La Moneda on Tuesday.
"""


def _mentions(tmp: Path, texts: dict[str, str]) -> tuple[pl.DataFrame, dict[str, pl.DataFrame]]:
    tmp.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (tmp / f"{name}.txt").write_text(text)
    docs, rejected, _ = ingest_files(tmp)
    assert rejected.height == 0
    return docs, extract_mentions(docs, segment(docs))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, pl.DataFrame]:
    texts = {"palace": PALACE, "wire": WIRE, "sultanate": SULTANATE, "paris": PARIS, "santiago": SANTIAGO}
    _, mentions = _mentions(tmp_path_factory.mktemp("single_name_raw"), texts)
    return mentions


@pytest.fixture(scope="module")
def tables(corpus) -> dict[str, pl.DataFrame]:
    return resolve_all(corpus)


def _persons(t: dict[str, pl.DataFrame]) -> dict[str, str | None]:
    rows = t["actors"].filter(pl.col("actor_type") == "person").select("name", "country_iso3").rows()
    return dict(rows)


def _participants(t: dict[str, pl.DataFrame]) -> list[set[str]]:
    named = t["event_participants"].join(t["actors"].select("actor_id", "name"), on="actor_id")
    return [set(g["name"]) for _, g in named.group_by("event_id")]


def test_a_titled_single_name_is_a_person_with_its_country_and_title(tables):
    persons = _persons(tables)
    assert persons["Mbandor"] == "SWZ"
    assert persons["Qaboran"] == "OMN"
    mb = tables["actors"].filter(pl.col("name") == "Mbandor")["actor_id"].item()
    pos = tables["positions"].filter(pl.col("actor_id") == mb)
    assert set(pos["title"]) == {"King"} and set(pos["country_iso3"]) == {"SWZ"}


def test_two_documents_naming_the_same_king_give_one_actor_and_one_event(tables):
    assert sum(1 for n in _persons(tables) if n == "Mbandor") == 1
    meetings = [p for p in _participants(tables) if "Mbandor" in p]
    assert meetings == [{"Mbandor", "John Mahama", "Eswatini", "Ghana"}]
    ev = tables["events"].join(tables["event_participants"], on="event_id").join(
        tables["actors"].filter(pl.col("name") == "Mbandor").select("actor_id"), on="actor_id"
    )
    assert ev["n_documents"].to_list() == [2]


def test_the_event_keeps_its_single_name_participant(tables):
    assert {"Qaboran", "William Ruto", "Oman", "Kenya"} in _participants(tables)


def test_a_single_name_of_another_country_stays_apart_from_a_full_name(tables):
    persons = _persons(tables)
    assert persons["Lucien Odegard"] == "FRA"
    assert persons["Odegard"] == "CHL"
    assert {"Odegard", "Javier Milei", "Chile", "Argentina"} in _participants(tables)


def test_a_cached_resolve_equals_a_fresh_one(corpus, tables, tmp_path):
    cached = resolve_all(corpus, cache_dir=tmp_path / "cache")
    again = resolve_all(corpus, cache_dir=tmp_path / "cache")
    for t in FACT_TABLES:
        assert cached[t].equals(tables[t]), t
        assert again[t].equals(tables[t]), t


# ------------------------------------------------------------------ hand-built mention frames


def person(doc, sid, name, surface=None, title=None, country=None):
    return {"doc_id": doc, "sentence_id": sid, "char_start": 0, "char_end": len(surface or name),
            "surface": surface or name, "name": name, "title": title, "country_iso3": country}


def resolve(persons=()):
    return resolve_all({
        "person_mentions": from_records(list(persons), PERSON_MENTIONS),
        "event_mentions_raw": from_records([], EVENT_MENTIONS),
        "agreement_mentions_raw": from_records([], AGREEMENT_MENTIONS),
        "indicator_mentions_raw": from_records([], INDICATOR_MENTIONS),
    })


def test_a_bare_single_word_without_title_or_style_is_no_person():
    t = resolve([person("d1", 0, "Korvath"), person("d2", 1, "Lemaire", surface="Mr. Lemaire"),
                 person("d3", 2, "Brenner", surface="Dr. Brenner")])
    assert _persons(t) == {}


def test_a_style_of_rank_marks_a_single_name_as_a_person():
    t = resolve([person("d1", 0, "Oduya", surface="His Majesty Oduya"),
                 person("d2", 0, "Tembe", surface="Gen. Tembe", title="General", country="MOZ")])
    assert _persons(t) == {"Oduya": None, "Tembe": "MOZ"}


@pytest.mark.parametrize("order", [("a", "z"), ("z", "a")])
def test_a_bare_mention_elsewhere_joins_the_titled_one_whatever_the_document_order(order):
    titled_doc, bare_doc = order
    t = resolve([person(titled_doc, 0, "Sumbawan", title="President", country="IDN"),
                 person(bare_doc, 0, "Sumbawan"), person(bare_doc, 3, "Sumbawan")])
    assert _persons(t) == {"Sumbawan": "IDN"}
    aid = t["actors"].filter(pl.col("actor_type") == "person")["actor_id"].item()
    assert t["positions"].select("actor_id", "title").rows() == [(aid, "President")]


def test_titled_single_names_merge_per_country_never_across():
    t = resolve([person("d1", 0, "Haroun", title="King", country="JOR"),
                 person("d2", 0, "Haroun", title="King"),
                 person("d3", 0, "Haroun", title="Emir", country="KWT")])
    people = t["actors"].filter(pl.col("actor_type") == "person")
    assert sorted(people["country_iso3"].to_list()) == ["JOR", "KWT"]


def test_a_titled_single_word_that_fits_several_full_names_stays_unresolved():
    t = resolve([person("d1", 0, "Amina Okafor", country="NGA"), person("d2", 0, "Chidi Okafor", country="NGA"),
                 person("d3", 0, "Okafor", title="Minister of Finance", country="NGA")])
    assert set(_persons(t)) == {"Amina Okafor", "Chidi Okafor"}


def test_a_titled_single_word_joins_the_one_full_name_of_its_country():
    t = resolve([person("d1", 0, "Amina Okafor", title="Foreign Minister", country="NGA"),
                 person("d2", 0, "Okafor", title="Foreign Minister", country="NGA"),
                 person("d3", 0, "Okafor", title="President", country="GHA")])
    assert _persons(t) == {"Amina Okafor": "NGA", "Okafor": "GHA"}


def test_titled_names_reads_titles_and_styles_not_courtesy():
    frame = from_records([person("d1", 0, "Xavi", title="King"), person("d1", 1, "Lemaire", surface="Mr. Lemaire"),
                          person("d1", 2, "Sabah", surface="Sheikh Sabah"), person("d1", 3, "Moyo")], PERSON_MENTIONS)
    assert sorted(titled_names(frame)["name"].to_list()) == ["Sabah", "Xavi"]
