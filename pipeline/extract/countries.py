"""Find mentions of countries (names, abbreviations, demonyms, capitals, cities) in text.

The dictionary is the data file ``pipeline/lexicons/countries.csv``.  All its surfaces are compiled
once into a single regular expression shaped as a character trie, so that Python's regex engine
needs no backtracking over hundreds of alternatives and the longest surface always wins
("Papua New Guinea" over "Guinea", "Pakistani" over "Pakistan").  Matching is case-sensitive on the
forms as written ("US" but never "us"); an all-capitals variant of every surface of four or more
letters is added for headlines, plural demonyms are derived ("Pakistanis"), and the typographic
apostrophe is accepted wherever the lexicon has a straight one.

``kind`` tells the caller what the mention is: a country as an actor (``name``, ``alias``,
``short``, ``demonym``, ``adjective``) or a place (``capital``, ``city``, ``region``).  Deciding
whether "Beijing" stands for the Chinese government is left to the caller.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import polars as pl

from pipeline.lexicons import read_lexicon

#: kinds that denote the country itself (an actor)
ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
#: kinds that denote a place inside the country (a location, never an actor)
LOCATION_KINDS = frozenset({"capital", "city", "region"})

COUNTRY_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "surface": pl.String,
    "iso3": pl.String,
    "kind": pl.String,
}

# Lower-case words after which an ambiguous surface ("Jordan", "Georgia") is read as the place
# even when a capitalised word follows ("President of Georgia Salome ...").
_PLACE_PREPOSITIONS = frozenset(
    "of in to from for with and by at on between visit visited visiting toward towards into "
    "across against or".split()
)
# two capitalised words written together when a dash was lost: "PakistanChina", "ChinaPakistan"
_JOINED = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})(?!\w)")  # word start checked in code
# a vectorisable superset of _JOINED (no look-ahead, no word-start test)
_JOINED_QUICK = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}")
_WORD_BEFORE = re.compile(r"([\w’'.-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([\w’'.-]+)")


class CountryHit(NamedTuple):
    """One country mention inside a string: offsets are relative to that string."""

    start: int
    end: int
    surface: str
    iso3: str
    kind: str


@functools.cache
def _raw_lexicon() -> pl.DataFrame:
    df = read_lexicon("countries")
    if "ambiguous" not in df.columns:
        df = df.with_columns(pl.lit(None, dtype=pl.String).alias("ambiguous"))
    return df.select("iso3", "surface", "kind", "ambiguous").filter(
        pl.col("surface").is_not_null() & pl.col("kind").is_not_null()
    )


@functools.cache
def country_lexicon() -> pl.DataFrame:
    """The country dictionary as written: columns ``iso3, surface, kind`` (block rows excluded)."""
    return _raw_lexicon().filter(pl.col("kind") != "block").select("iso3", "surface", "kind")


@functools.cache
def _names() -> dict[str, str]:
    rows = country_lexicon().filter(pl.col("kind") == "name")
    return dict(zip(rows["iso3"].to_list(), rows["surface"].to_list()))


def iso3_name(iso3: str) -> str:
    """Canonical English short name of a country ("CHN" -> "China"); the code itself if unknown."""
    return _names().get(iso3, iso3)


def _variants(surface: str, kind: str) -> list[str]:
    """Every written form that the lexicon row ``surface`` stands for."""
    forms = [surface]
    if kind == "demonym" and surface[-1:].isalpha() and surface[-1:].islower():
        if not surface.endswith(("s", "sh", "ch", "ese", "x", "z")):
            forms.append(surface + "s")
    if sum(c.isalpha() for c in surface) >= 4 and surface.upper() != surface:
        forms += [f.upper() for f in list(forms)]
    if "'" in surface:
        forms += [f.replace("'", "’") for f in list(forms)]
    return forms


class _Entry(NamedTuple):
    iso3: str | None
    kind: str
    ambiguous: bool


@functools.cache
def _surface_table() -> dict[str, _Entry]:
    """Written form -> entry.  Rows as written win over derived variants."""
    table: dict[str, _Entry] = {}
    derived: dict[str, _Entry] = {}
    for iso3, surface, kind, amb in _raw_lexicon().iter_rows():
        entry = _Entry(iso3, kind, (amb or "").strip().lower() in {"yes", "y", "true", "1"})
        for i, form in enumerate(_variants(surface, kind)):
            target = table if i == 0 else derived
            target.setdefault(form, entry)
    for form, entry in derived.items():
        table.setdefault(form, entry)
    return table


def _trie_regex(words: list[str], char_pattern=re.escape) -> str:
    """A regex source matching exactly ``words``, factored as a trie; longer matches preferred.

    ``char_pattern`` turns one character into its regex (default: the escaped character), e.g. to
    let a space match any run of whitespace.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [char_pattern(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            # greedy optional: try the longer surface first, fall back to the shorter one
            return "(?:" + body + ")?"
        return body

    return build(trie)


@functools.cache
def _matcher() -> re.Pattern[str]:
    source = _trie_regex(list(_surface_table()))
    # a "$" right after a code is a currency ("US$", "HK$"), not a country.  The start of the word
    # is checked in find_countries: a leading look-behind would make the scan twice as slow.
    return re.compile(r"(?:" + source + r")(?![\w$])")


@functools.cache
def _prefilter_words() -> list[str]:
    return sorted(_surface_table())


@functools.cache
def person_stopwords() -> frozenset[str]:
    """Capitalised words that are never part of a personal name (``person_stopwords.csv``, kind
    ``stop``)."""
    try:
        df = read_lexicon("person_stopwords")
    except FileNotFoundError:
        return frozenset()
    if "kind" in df.columns:
        df = df.filter(pl.col("kind") == "stop")
    return frozenset(df.get_column("word").drop_nulls().to_list())


def _is_name_word(word: str | None) -> bool:
    """A capitalised word that could be part of a personal name."""
    if not word:
        return False
    word = word.rstrip(".,’'")
    if word.endswith(("’s", "'s")):
        return False
    return word[:1].isupper() and not word.isupper() and word not in person_stopwords()


_PAIR_BEFORE = re.compile(r"([A-Z][\w'’]*)[-–]$")
_PAIR_AFTER = re.compile(r"[-–]([A-Z][\w'’]*)")


def _reads_as_person(text: str, start: int, end: int, table: dict[str, _Entry]) -> bool:
    """An ambiguous surface ("Jordan", "Chad") that stands inside a capitalised name."""
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    before = m.group(1) if m else None
    after_m = _WORD_AFTER.match(text[end : end + 60])
    after = after_m.group(1) if after_m else None
    if text[end : end + 2] in ("'s", "’s"):
        return False
    pair = _PAIR_BEFORE.search(text, max(0, start - 40), start) or _PAIR_AFTER.match(text, end)
    if pair and pair.group(1) in table:
        return False  # "Pakistan-Jordan Joint Commission", "Jordan-India talks": a hyphenated pair of countries
    if before and before in table:
        before = None  # "Chinese Jordan ..." is not a name
    if _is_name_word(before):
        return True
    if after and after[:1].isupper() and not after.isupper() and after not in table:
        # "Washington Post", "Chad Smith"; but "President of Georgia Salome ..." is the place
        return not (before and before.lower() in _PLACE_PREPOSITIONS)
    return False


@functools.cache
def _scan_tables() -> tuple[dict[str, int], tuple[tuple[str, str, str], ...], int]:
    """Kept written forms (block rows and rows without a code left out), numbered.

    Returns (form -> id, id -> (form, iso3, kind), first id of an ambiguous form): ambiguous
    forms are numbered last so that one comparison tells whether a hit needs the name test.
    """
    plain, ambiguous = [], []
    for form, (iso3, kind, amb) in _surface_table().items():
        if iso3 is None or kind == "block":
            continue
        (ambiguous if amb else plain).append((form, iso3, kind))
    rows = tuple(plain + ambiguous)
    return {r[0]: i for i, r in enumerate(rows)}, rows, len(plain)


@functools.cache
def _lookup_frame() -> pl.DataFrame:
    """The numbered forms of :func:`_scan_tables` as a frame (row = form id)."""
    rows = _scan_tables()[1]
    return pl.DataFrame(
        {"surface": [r[0] for r in rows], "iso3": [r[1] for r in rows], "kind": [r[2] for r in rows]},
        schema={"surface": pl.String, "iso3": pl.String, "kind": pl.String},
    )


def _scan_ids(text: str) -> tuple[list[int], list[int]]:
    """Lexicon hits of ``text`` (no glued pairs): (start offsets, form ids), left to right."""
    ids, _, first_ambiguous = _scan_tables()
    table = _surface_table()
    starts: list[int] = []
    found: list[int] = []
    get = ids.get
    for m in _matcher().finditer(text):
        start = m.start()
        if start:
            c = text[start - 1]
            if c.isalnum() or c == "_":
                continue  # inside a word
        k = get(m.group())
        if k is None:
            continue  # a block phrase ("Latin America")
        if k >= first_ambiguous and _reads_as_person(text, start, m.end(), table):
            continue
        starts.append(start)
        found.append(k)
    return starts, found


def _scan(text: str) -> list[tuple[int, int, str, str, str]]:
    """Lexicon hits of ``text`` as (start, end, surface, iso3, kind), left to right (no joins)."""
    rows = _scan_tables()[1]
    starts, found = _scan_ids(text)
    return [(s, s + len(rows[k][0]), *rows[k]) for s, k in zip(starts, found)]


def _joined_hits(text: str) -> list[tuple[int, int, str, str, str]]:
    """Two country words written together when a dash was lost ("PakistanChina")."""
    table = _surface_table()
    out: list[tuple[int, int, str, str, str]] = []
    for m in _JOINED.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        parts = (table.get(m.group(1)), table.get(m.group(2)))
        if all(p is not None and p.iso3 and p.kind in ACTOR_KINDS for p in parts):
            for g, p in zip((1, 2), parts):
                out.append((m.start(g), m.end(g), m.group(g), p.iso3, p.kind))
    return out


def find_countries(text: str) -> list[CountryHit]:
    """All country mentions in ``text`` (longest match first, left to right, non-overlapping)."""
    hits = _scan(text)
    if _JOINED_QUICK.search(text) is not None:
        hits += _joined_hits(text)
        hits.sort()
    return [CountryHit(*h) for h in hits]


def country_mentions(sentences: pl.DataFrame) -> pl.DataFrame:
    """Country mentions of every sentence, with document-level offsets.

    ``sentences`` has at least ``doc_id, sentence_id, char_start, text``.  The result has the
    columns of :data:`COUNTRY_MENTIONS`: ``doc_id, sentence_id, char_start, char_end, surface,
    iso3, kind``, ordered by document and offset.
    """
    if sentences.height == 0:
        return pl.DataFrame(schema=COUNTRY_MENTIONS)
    text = pl.col("text")
    candidates = sentences.select("doc_id", "sentence_id", "char_start", "text").filter(
        text.str.contains_any(_prefilter_words())
    )
    if candidates.height == 0:
        return pl.DataFrame(schema=COUNTRY_MENTIONS)
    # one scan over all candidate sentences joined by newlines (no surface spans a newline);
    # each hit is mapped back to its sentence through the joined offsets
    texts = candidates["text"].to_list()
    joined = "\n".join(texts)
    step = candidates["text"].str.len_chars().cast(pl.Int64) + 1
    starts_s = (step.cum_sum() - step).alias("_o")
    starts = starts_s.to_list()
    h_start, h_id = _scan_ids(joined)
    # glued pairs ("PakistanChina") are rare: only the sentences that may hold one are read
    glued = candidates.with_row_index("_k").filter(text.str.contains(_JOINED_QUICK.pattern))
    extra: list[tuple[int, int, str, str, str]] = []
    for k, t in zip(glued["_k"].to_list(), glued["text"].to_list()):
        extra += [(s + starts[k], e + starts[k], *rest) for s, e, *rest in _joined_hits(t)]
    frame = _lookup_frame()[pl.Series(h_id, dtype=pl.UInt32)].with_columns(
        pl.Series("_s", h_start, dtype=pl.Int64)
    )
    if extra:
        frame = pl.concat(
            [
                frame,
                pl.DataFrame(
                    {
                        "surface": [h[2] for h in extra],
                        "iso3": [h[3] for h in extra],
                        "kind": [h[4] for h in extra],
                        "_s": [h[0] for h in extra],
                    },
                    schema=frame.schema,
                ),
            ]
        ).sort("_s")
    if frame.height == 0:
        return pl.DataFrame(schema=COUNTRY_MENTIONS)
    # the sentence of each hit: the last sentence starting at or before it in the joined text
    index = starts_s.search_sorted(frame["_s"], side="right") - 1
    sent = candidates.select(
        "doc_id", "sentence_id", (pl.col("char_start").cast(pl.Int64) - starts_s).alias("_d")
    )[index]
    frame = pl.concat([sent, frame], how="horizontal")
    return frame.select(
        "doc_id",
        "sentence_id",
        (pl.col("_s") + pl.col("_d")).cast(pl.Int32).alias("char_start"),
        (pl.col("_s") + pl.col("_d") + pl.col("surface").str.len_chars()).cast(pl.Int32).alias("char_end"),
        "surface",
        "iso3",
        "kind",
    ).sort("doc_id", "char_start")
