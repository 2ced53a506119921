"""Persons across documents: the indexed, memoised grouping (``resolve_persons``) decides every row as
a plain scan over all people would, and a cached resolve after adding or removing a document that
moves persons (a new namesake, a country flip) gives exactly the actor tables of a fresh resolve."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import AGREEMENT_MENTIONS, EVENT_MENTIONS, INDICATOR_MENTIONS, PERSON_MENTIONS, from_records
from pipeline.resolve.actors import _compatible, _Person, _reversible_countries, resolve_persons
from pipeline.resolve.ids import name_key
from pipeline.resolve.run import FACT_TABLES, resolve_all

TOKENS = ["Ali", "Khan", "Li", "Wang", "Yi", "Sharif", "Shehbaz", "Muhammad", "Nawaz"]


def _naive(rows: list[tuple]) -> dict[tuple[str, str], _Person]:
    """The grouping by its definition: every row compared with every person made so far."""
    people: list[_Person] = []
    out: dict[tuple[str, str], _Person] = {}
    order = sorted(rows, key=lambda r: (-len(name_key(r[1]).split()), not (len(name_key(r[1]).split()) == 1 and r[4]), -r[3], r[0], r[1]))
    for doc, name, country, n, titled in order:
        tokens = tuple(name_key(name).split())
        if not tokens:
            continue
        exact = [p for p in people if p.tokens == tokens and _compatible(tokens, country, p)]
        fits = exact or [p for p in people if _compatible(tokens, country, p)]
        if not fits and len(tokens) == 2 and country in _reversible_countries():
            fits = [p for p in people if p.tokens == tokens[::-1] and p.country == country]
        if len(fits) == 1:
            person = fits[0]
        elif not fits and (len(tokens) >= 2 or titled):
            person = _Person(tokens)
            people.append(person)
        else:
            continue
        person.names[name] += n
        if country:
            person.add_country(country, n)
        out[(doc, name)] = person
    return out


def _frame(rows: list[tuple]) -> pl.DataFrame:
    recs = [(doc, name, name, country, titled) for doc, name, country, n, titled in rows for _ in range(n)]
    return pl.DataFrame(recs, schema={"doc_id": pl.String, "name": pl.String, "surface": pl.String, "country_iso3": pl.String, "titled": pl.Boolean}, orient="row")


def _groups(assignment: dict[tuple[str, str], _Person]) -> set[tuple]:
    by: dict[int, list] = {}
    for key, p in assignment.items():
        by.setdefault(id(p), [p]).append(key)
    return {(p.name, p.country, tuple(sorted(keys))) for p, *keys in by.values()}


@st.composite
def _rows(draw) -> list[tuple]:
    seen, rows = set(), []
    for _ in range(draw(st.integers(1, 40))):
        doc = f"d{draw(st.integers(0, 6))}"
        name = " ".join(draw(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=3, unique=True)))
        if (doc, name) in seen:
            continue
        seen.add((doc, name))
        rows.append((doc, name, draw(st.sampled_from([None, "PAK", "CHN", "AFG"])), draw(st.integers(1, 3)), draw(st.booleans())))
    return rows


@settings(max_examples=300, deadline=None)
@given(_rows())
def test_indexed_grouping_equals_a_scan_over_all_people(rows):
    assert _groups(resolve_persons(_frame(rows))) == _groups(_naive(rows))


def test_a_late_namesake_in_another_country_splits_a_surname():
    # "Sharif" alone fits the one Sharif until a second (another country's) Sharif appears
    rows = [("d1", "Nawaz Sharif", "PAK", 3, False), ("d1", "Sharif", None, 2, False), ("d2", "Ali Sharif", "AFG", 1, False), ("d3", "Sharif", None, 1, False)]
    assert _groups(resolve_persons(_frame(rows))) == _groups(_naive(rows))


# --------------------------------------------------------------------------- cached resolve, end to end


def _participant(name: str | None, kind: str, iso3: str | None, role: str = "participant") -> dict:
    return {"name": name, "actor_type": kind, "country_iso3": iso3, "role": role}


def _doc(doc: str, persons: list[tuple[str, str | None]], day: date) -> dict[str, list[dict]]:
    """One document: its persons (name, country) as person mentions and as the participants of one
    meeting between Pakistan and China."""
    pm = [
        {"doc_id": doc, "sentence_id": i, "char_start": 0, "char_end": len(n), "surface": n, "name": n, "title": "Prime Minister" if i == 0 else None, "country_iso3": c}
        for i, (n, c) in enumerate(persons)
    ]
    ev = {
        "doc_id": doc, "sentence_id": 0, "char_start": 0, "char_end": 10, "event_type": "meeting", "status": "occurred",
        "date_start": day, "date_end": None, "date_precision": "day", "location": None, "location_country_iso3": None,
        "host_country_iso3": "CHN", "mechanism": None, "mechanism_round": None, "casualties": None, "summary": doc,
        "participants": [_participant(n, "person", c) for n, c in persons] + [_participant(None, "country", "PAK"), _participant(None, "country", "CHN")],
    }
    return {"person_mentions": pm, "event_mentions_raw": [ev]}


def _corpus(docs: dict[str, dict[str, list[dict]]]) -> dict[str, pl.DataFrame]:
    schemas = {"person_mentions": PERSON_MENTIONS, "event_mentions_raw": EVENT_MENTIONS, "agreement_mentions_raw": AGREEMENT_MENTIONS, "indicator_mentions_raw": INDICATOR_MENTIONS}
    return {k: from_records([r for d in docs.values() for r in d.get(k, [])], schema) for k, schema in schemas.items()}


DOCS = {
    "doc_a": _doc("doc_a", [("Muhammad Shehbaz Sharif", "PAK"), ("Li Qiang", "CHN")], date(2024, 6, 7)),
    "doc_b": _doc("doc_b", [("Shehbaz Sharif", None), ("Wang Yi", "CHN")], date(2024, 6, 8)),
    "doc_c": _doc("doc_c", [("Sharif", None), ("Li", None)], date(2024, 6, 8)),
    "doc_d": _doc("doc_d", [("Nawaz Sharif", "PAK"), ("Wang Yi", None)], date(2025, 1, 3)),
}
# a new document that adds a namesake (another Sharif, another country) and outnumbers Wang Yi's country
NEW = _doc("doc_n", [("Ali Sharif", "AFG"), ("Wang Yi", "AFG"), ("Wang Yi", "AFG"), ("Wang Yi", "AFG"), ("Li", None)], date(2024, 6, 8))


def _assert_same(a: dict[str, pl.DataFrame], b: dict[str, pl.DataFrame]) -> None:
    for t in FACT_TABLES:
        assert a[t].equals(b[t]), f"{t} differs:\n{a[t]}\n{b[t]}"


def test_adding_and_removing_a_document_that_moves_persons_matches_a_fresh_resolve(tmp_path: Path):
    base, more = _corpus(DOCS), _corpus(DOCS | {"doc_n": NEW})
    fresh_base, fresh_more = resolve_all(base), resolve_all(more)
    persons = lambda t: Counter(t["actors"].filter(pl.col("actor_type") == "person")["name"].to_list())  # noqa: E731
    assert persons(fresh_more) != persons(fresh_base)  # the new document does change the persons
    cache = tmp_path / "cache"
    _assert_same(resolve_all(base, cache_dir=cache), fresh_base)
    _assert_same(resolve_all(more, cache_dir=cache), fresh_more)  # +1
    _assert_same(resolve_all(base, cache_dir=cache), fresh_base)  # -1
    _assert_same(resolve_all(more, cache_dir=cache), fresh_more)  # +1 again, on the cache of the -1
