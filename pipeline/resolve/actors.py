"""Persons, countries and organisations across documents: one actor per real-world actor.

Inside a document the person extractor already resolved surname-only mentions to the fullest
form ("Sharif" → "Muhammad Shehbaz Sharif").  Across documents a name merges into another when its
tokens appear, in order, inside the other's tokens with the same family name and a compatible
country ("Shehbaz Sharif" ⊂ "Muhammad Shehbaz Sharif").  Different given names never merge
("Asif Ali Zardari" vs "Bilawal Bhutto Zardari"), and a name that fits several people stays apart.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from pipeline.lexicons import read_lexicon
from pipeline.resolve.ids import country_actor_id, name_key, stable_id
from pipeline.schemas import polars_schema

# Honorific kinds (``honorifics.csv``) that are a style of rank, like a title of office: a single
# name word they stand before is a person's whole name ("His Majesty Faisal", "Gen. Mbeki").
# Courtesy and academic forms ("Mr. Wang", "Dr. Lemaire") address a surname and do not count.
STYLE_KINDS = ("royal", "religious", "military", "diplomatic")


@functools.cache
def _style_prefix() -> str:
    """Regex (Rust syntax, for polars) of a surface that begins with an honorific style of rank."""
    lex = read_lexicon("honorifics").filter(pl.col("kind").is_in(list(STYLE_KINDS)))
    forms = sorted({s.strip() for s in lex["surface"].drop_nulls().to_list() if s.strip()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(f.rstrip(".")) + (r"\.?" if f.endswith(".") else "") for f in forms)
    return rf"^(?:{alternatives})\s"


def titled_names(person_mentions: pl.DataFrame) -> pl.DataFrame:
    """(doc_id, name) of persons that some mention of the document gives a title of office or an
    honorific style of rank: the extractor's evidence that even a single name word is a person."""
    pattern = _style_prefix()
    return (
        person_mentions.filter(pl.col("title").is_not_null() | pl.col("surface").fill_null("").str.contains(pattern))
        .select("doc_id", "name")
        .unique()
    )


@dataclass(eq=False)
class _Person:
    tokens: tuple[str, ...]
    names: Counter = field(default_factory=Counter)  # surface names (doc-level fullest forms)
    countries: Counter = field(default_factory=Counter)
    _country: tuple | None = None  # (cached most common country,) — reset by ``add_country``

    @property
    def country(self) -> str | None:
        if self._country is None:
            self._country = (self.countries.most_common(1)[0][0] if self.countries else None,)
        return self._country[0]

    def add_country(self, iso3: str, n: int) -> bool:
        """Count ``n`` more mentions of ``iso3``; True when the person's country changed."""
        old = self.country
        self.countries[iso3] += n
        if iso3 == old:
            return False  # the leader only grew
        if old is not None and self.countries[iso3] < self.countries[old]:
            return False
        self._country = None
        return self.country != old

    @property
    def name(self) -> str:
        # the fullest form: most tokens, then most frequent, then alphabetical (determinism)
        return sorted(self.names.items(), key=lambda kv: (-len(name_key(kv[0]).split()), -kv[1], kv[0]))[0][0]


@functools.cache
def _reversible_countries() -> frozenset[str]:
    """Countries whose two-word names are printed in both orders (``name_order.csv``: family name
    first, or either order): "Kishida Fumio" in one document is "Fumio Kishida" in another."""
    df = read_lexicon("name_order")
    return frozenset(df.filter(pl.col("order").is_in(["family_first", "either"]))["iso3"].to_list())


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(tok in it for tok in short)


def _compatible(tokens: tuple[str, ...], country: str | None, person: _Person) -> bool:
    if country and person.country and country != person.country:
        return False
    if tokens == person.tokens:
        return True
    if len(tokens) >= len(person.tokens):
        return False
    # same family name, whichever end it stands at (Western names last, Chinese names first)
    same_family = tokens[-1] == person.tokens[-1] or (len(tokens) == 1 and tokens[0] == person.tokens[0])
    return same_family and _is_subsequence(tokens, person.tokens)


@dataclass(frozen=True)
class ActorTables:
    actors: pl.DataFrame
    actor_aliases: pl.DataFrame
    positions: pl.DataFrame
    person_lookup: pl.DataFrame  # doc_id, name → actor_id (persons named in that document)


def resolve_persons(person_names: pl.DataFrame) -> dict[tuple[str, str], _Person]:
    """Cluster (doc_id, name, surface, country_iso3[, titled]) rows; map each (doc_id, name) to its
    person.  (Surface forms become aliases in ``build_actor_tables``.)

    A name of two or more words that fits nobody is a new person.  A single name word that fits
    nobody is one only when a mention gives it a title or a style of rank (``titled``: "King
    Faisal", "President Suharto", "Emir Tamim"); a bare capitalised word never is.  Titled single
    words are placed before bare ones, so a bare "Faisal" joins the titled one whatever the order
    of the documents.
    """
    named = person_names.filter(pl.col("name").is_not_null() & (pl.col("name").str.strip_chars() != ""))
    if "titled" not in named.columns:
        named = named.with_columns(pl.lit(False).alias("titled"))
    # rows per (doc_id, name), and its most frequent country (ties to the smallest code)
    per_doc = (
        named.group_by("doc_id", "name", "country_iso3")
        .agg(pl.len(), pl.col("titled").fill_null(False).any())
        .group_by("doc_id", "name")
        .agg(
            pl.col("len").sum().alias("n"),
            pl.col("titled").any(),
            pl.col("country_iso3").sort_by([pl.col("country_iso3").is_null(), pl.col("len"), pl.col("country_iso3")], descending=[False, True, False]).first(),
        )
    )
    distinct = per_doc["name"].unique()
    keys = pl.DataFrame({"name": distinct, "_key": [name_key(n) for n in distinct.to_list()]}, schema={"name": pl.String, "_key": pl.String})
    per_doc = (
        per_doc.join(keys.with_columns(pl.when(pl.col("_key") == "").then(0).otherwise(pl.col("_key").str.count_matches(" ") + 1).cast(pl.Int64).alias("ntok")), on="name", how="left")
        .with_columns(((pl.col("ntok") == 1) & pl.col("titled")).alias("_solo"))
        .sort(["ntok", "_solo", "n", "doc_id", "name"], descending=[True, True, True, False, False])
    )
    by_tokens: dict[tuple[str, ...], list[_Person]] = {}
    # only a person whose last token is the row's last (or, for a single word, whose first token is
    # that word) can fit a row that is not exactly its name (``_compatible``): the people filed by
    # last and by first token
    by_last: dict[str, list[_Person]] = {}
    by_first: dict[str, list[_Person]] = {}
    assignment: dict[tuple[str, str], _Person] = {}
    cols = [per_doc[c].to_list() for c in ("doc_id", "name", "country_iso3", "n", "_key", "_solo")]
    # A row's fate depends only on its tokens and country and on the people it can fit (who they
    # are, and each one's country): those filed under its last token, and for a single word those
    # filed under it as first token.  Remembered until one of those lists gets a new person or one
    # of its people changes country (a version per list; ``None``: no list, never bumped).
    version: dict[tuple | None, int] = {}
    memo: dict[tuple, tuple] = {}  # (key, country, solo) → (version of first list, of last list, person, first list, last list)

    def bump(p: _Person) -> None:
        for k in (("F", p.tokens[0]), ("L", p.tokens[-1])):
            version[k] = version.get(k, 0) + 1

    for doc_id, name, country, n, key, solo in zip(*cols):
        hit = memo.get((key, country, solo))
        if hit is not None and hit[0] == version.get(hit[3], 0) and hit[1] == version.get(hit[4], 0):
            person = hit[2]
            if person is None:
                continue
        else:
            tokens = tuple(key.split())
            if not tokens:
                continue
            first, last = tokens[0], tokens[-1]
            fkey, lkey = (("F", first) if len(tokens) == 1 else None), ("L", last)
            stamp = (version.get(fkey, 0), version.get(lkey, 0))
            exact = [p for p in by_tokens.get(tokens, []) if _compatible(tokens, country, p)]
            candidates = exact
            if not candidates:
                pool = by_last.get(last, [])
                if len(tokens) == 1:
                    pool = list({id(p): p for p in (*pool, *by_first.get(first, ()))}.values())
                candidates = [p for p in pool if _compatible(tokens, country, p)]
            if not candidates and len(tokens) == 2 and country in _reversible_countries():
                # the same two words in the other order, of the same country ("Fumio Kishida"
                # after "Kishida Fumio")
                candidates = [p for p in by_tokens.get((last, first), []) if p.country == country]
            if len(candidates) == 1:
                person = candidates[0]
                memo[(key, country, solo)] = (*stamp, person, fkey, lkey)
            elif not candidates and (len(tokens) >= 2 or solo):
                person = _Person(tokens)
                by_tokens.setdefault(tokens, []).append(person)
                by_last.setdefault(last, []).append(person)
                by_first.setdefault(first, []).append(person)
                bump(person)
            else:
                memo[(key, country, solo)] = (*stamp, None, fkey, lkey)
                continue  # an untitled lone word nobody fits, or one that fits several people: no actor
        person.names[name] += int(n)
        if country and person.add_country(country, int(n)):
            bump(person)
        assignment[(doc_id, name)] = person
    return assignment


def person_actor_id(person: _Person) -> str:
    return stable_id("per", name_key(person.name), person.country or "")


def build_actor_tables(
    person_mentions: pl.DataFrame,
    extra_person_names: pl.DataFrame,
    countries: list[str],
    organizations: pl.DataFrame,
    country_names: dict[str, str],
    inferred_countries: pl.DataFrame | None = None,
) -> ActorTables:
    """Actors, aliases, positions and the (doc_id, name) → actor_id lookup.

    ``extra_person_names`` (doc_id, name, surface, country_iso3) are persons named as fact
    participants; ``countries`` every ISO-3 code a fact refers to; ``organizations`` (name,
    country_iso3) every organisation party.
    """
    names = pl.concat(
        [
            person_mentions.select("doc_id", "name", "surface", "country_iso3"),
            extra_person_names.select("doc_id", "name", "surface", "country_iso3"),
        ]
    )
    titled = titled_names(person_mentions).with_columns(pl.lit(True).alias("titled"))
    assignment = resolve_persons(
        names.join(titled, on=["doc_id", "name"], how="left").with_columns(pl.col("titled").fill_null(False))
    )
    persons = {id(p): p for p in assignment.values()}
    if inferred_countries is not None:
        # only for persons that no mention gives a country: the mode of what their events imply
        implied: dict[int, Counter] = {}
        cols = [inferred_countries[c].to_list() for c in ("doc_id", "name", "country_iso3")]
        for doc_id, name, iso3 in zip(*cols):
            p = assignment.get((doc_id, name))
            if p is not None and not p.countries:
                implied.setdefault(id(p), Counter())[iso3] += 1
        for pid, counts in implied.items():
            for iso3, n in counts.items():
                persons[pid].add_country(iso3, n)  # (whether it changed does not matter here)

    actor_rows: list[dict] = []
    alias_rows: list[dict] = []
    for p in persons.values():
        aid = person_actor_id(p)
        actor_rows.append({"actor_id": aid, "name": p.name, "actor_type": "person", "country_iso3": p.country})
    person_countries = {p.country for p in persons.values() if p.country}
    for iso3 in sorted(set(countries) | person_countries):
        cid = country_actor_id(iso3)
        name = country_names.get(iso3, iso3)
        actor_rows.append({"actor_id": cid, "name": name, "actor_type": "country", "country_iso3": iso3})
        alias_rows.append({"actor_id": cid, "alias": name})
    for org in organizations.unique(subset=["name"], keep="first", maintain_order=True).iter_rows(named=True):
        oid = stable_id("org", name_key(org["name"]))
        actor_rows.append({"actor_id": oid, "name": org["name"], "actor_type": "organization", "country_iso3": org["country_iso3"]})
        alias_rows.append({"actor_id": oid, "alias": org["name"]})

    actors = pl.DataFrame(actor_rows, schema=polars_schema("actors"), orient="row") if actor_rows else pl.DataFrame(schema=polars_schema("actors"))
    actors = actors.unique(subset=["actor_id"], keep="first").sort("actor_type", "name", "actor_id")
    aliases = (
        pl.DataFrame(alias_rows, schema=polars_schema("actor_aliases"), orient="row")
        if alias_rows
        else pl.DataFrame(schema=polars_schema("actor_aliases"))
    )

    aid_of = {pid: (person_actor_id(p), p.country) for pid, p in persons.items()}
    pairs = [aid_of[id(p)] for p in assignment.values()]
    lookup = pl.DataFrame(
        {
            "doc_id": [doc for doc, _ in assignment],
            "name": [name for _, name in assignment],
            "actor_id": [a for a, _ in pairs],
            "actor_country": [c for _, c in pairs],
        },
        schema={"doc_id": pl.String, "name": pl.String, "actor_id": pl.String, "actor_country": pl.String},
    )
    # every surface form and in-document name of a person's (doc_id, name) rows is an alias
    mapped = names.select("doc_id", "name", "surface").unique().join(lookup.select("doc_id", "name", "actor_id"), on=["doc_id", "name"], how="inner")
    person_aliases = pl.concat(
        [mapped.select("actor_id", pl.col("surface").alias("alias")).unique(), lookup.select("actor_id", pl.col("name").alias("alias")).unique()]
    )
    aliases = (
        pl.concat([aliases, person_aliases.filter(pl.col("alias").is_not_null() & (pl.col("alias") != "")).cast(aliases.schema)])
        .unique()
        .sort("actor_id", "alias")
    )
    positions = (
        person_mentions.filter(pl.col("title").is_not_null())
        .join(lookup, on=["doc_id", "name"], how="inner")
        .select(
            "actor_id",
            "title",
            pl.coalesce("country_iso3", "actor_country").alias("country_iso3"),
            "doc_id",
            pl.col("sentence_id").cast(pl.Int32),
        )
        .unique()
        .sort("actor_id", "title", "doc_id", "sentence_id")
    )
    return ActorTables(actors, aliases, positions, lookup.select("doc_id", "name", "actor_id"))
