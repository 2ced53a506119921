"""Find named persons, the titles they hold and the country they serve.

A person mention is a run of capitalised name words ("Xi Jinping", "Anwaar-ul-Haq Kakar",
"Muhammad bin Salman") that the text marks as a human being:

* a title phrase before it — "Chinese President Xi Jinping", "Pakistan's Deputy Prime Minister
  and Foreign Minister Ishaq Dar", "Caretaker Prime Minister of Pakistan Anwaar-ul-Haq Kakar";
* a title appositive after it — "Bakyt Sydykov, Minister of Economy and Commerce of Kyrgyzstan,";
* an honorific — "Mr. Xi", "Gen. Asim Munir"; a role noun — "military expert Zhang Junshe";
* a reporting verb — "Yang Jin said", "said Yang Jin", "Zhu Yongbiao, executive director of …,
  said";
* or a name already established in the same document ("proposed by Xi Jinping", "Sharif said").

Inside one document, shorter forms are tied to the fullest form: "Shehbaz Sharif" and "Sharif" to
"Muhammad Shehbaz Sharif".  A surname alone matches the LAST word of a full name, or the FIRST
word for people of countries that write the family name first (``name_order.csv``: "Xi" →
"Xi Jinping").  Different given names are never merged ("Asif Ali Zardari" ≠ "Bilawal Bhutto
Zardari"); an ambiguous surname goes to the most recently mentioned candidate.

All word lists are data: ``titles.csv``, ``honorifics.csv``, ``person_stopwords.csv``,
``organizations.csv``, ``name_order.csv`` in :mod:`pipeline.lexicons`.

Modules: :mod:`persons_lexicon` (word lists, compiled patterns, memoised lookups),
:mod:`persons_sentence` (runs and evidence in one sentence), :mod:`persons_clauses`
(delegations, successions, journeys, affiliations), :mod:`persons_document` (coreference inside
one document), :mod:`persons_home` (countries settled per document: successions, journeys, the
article's dateline), :mod:`persons_first_person` (the "I" of a speech, a parliamentary record or
an interview: its journeys and whom it meets); this one drives them over a corpus.  Speed: five vectorised
cue columns tell which scans a sentence needs; a sentence with no cue at all is read only when it
contains a word of a name its document states in full (otherwise it cannot add a mention); a
sentence written again is analysed once; the cyclic garbage collector is paused meanwhile.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

import polars as pl

from pipeline.extract.countries import ACTOR_KINDS, find_countries
from pipeline.extract.persons_clauses import CLAUSE_CUES
from pipeline.extract.persons_document import _norm_tokens, bare_surname, document_persons
from pipeline.extract.persons_acronyms import acronym_body_countries
from pipeline.extract.persons_name_letters import letter_styles
from pipeline.extract.persons_body_names import short_body_countries
from pipeline.extract.persons_home import (
    home_countries,
    item_datelines,
    mission_countries,
    pronoun_predicates,
    settle_countries,
)
from pipeline.extract.persons_lexicon import (
    TITLE_CUE_LITERALS,
    _cue_words,
    role_titles,
    title_cue_regex,
    title_row,
)
from pipeline.extract.persons_first_person import first_person_facts
from pipeline.gc_pause import gc_paused
from pipeline.extract.persons_sentence import analyse, counterpart_office
from pipeline.extract.persons_signature_blocks import signature_block_runs
from pipeline.model import PERSON_MENTIONS, empty

__all__ = ["extract_persons"]


# "Kyrgyzstan's Bakyt Osmonaliev and Tajikistan's Rustam Khudoyorov": a pair of possessed full
# names marks persons (read by persons_sentence._possessive_pairs)
_POSSESSIVE_PAIR = (
    r"[A-Z][a-z]+(?:'|’)s [A-Z][^\s,]+ [A-Z][^\s,]+(?: [A-Z][^\s,]+)?,? "
    r"and [A-Z][a-z]+(?:'|’)s [A-Z]"
)


def _cue_columns() -> list[pl.Expr]:
    """Five boolean columns: may the sentence hold a title, organisation, honorific, reporting
    verb, delegation or succession phrase?"""
    titles, orgs, honorifics, verbs = _cue_words()
    # a one-letter style (Burmese "U") cues only before a capitalised word: never "U.S.", "U.N."
    short = [h for h in honorifics if len(h) == 1]
    honorifics = [h for h in honorifics if len(h) > 1]

    def words(ws: list[str], flags: str = "") -> str:
        # (re.escape writes a space as "\ ": a multi-word cue such as "Tan Sri" or "His
        # Excellency" must match any run of spaces)
        alternatives = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ws)
        return rf"{flags}\b(?:{alternatives})s?\b"  # a plural too: "Presidents X and Y"

    text = pl.col("text").fill_null("")
    # ASCII word boundaries ("-u"): ten times faster than Unicode ones, and never stricter here
    # (a cue word next to a non-ASCII letter still counts: a superset is all a prefilter needs)
    return [
        # (a title's first word; and, tighter, a whole title phrase or a generic-title gate:
        # only a sentence where title_atoms can find something is cued)
        (
            text.str.contains(words(titles, "(?i-u)"))
            & (
                text.str.to_lowercase().str.contains(title_cue_regex())
                | text.str.contains_any(list(TITLE_CUE_LITERALS))
            )
        ).alias("_title"),
        text.str.contains_any(orgs).alias("_org"),
        (
            text.str.contains(words(honorifics, "(?-u)"))
            | text.str.contains(r"(?-u)\b(?:" + "|".join(map(re.escape, short or ["\x00"])) + r") +[A-Z]")
        ).alias("_honorific"),
        (text.str.contains(words(verbs, "(?-u)")) | text.str.contains(_POSSESSIVE_PAIR)).alias(
            "_speech"
        ),
        text.str.contains_any(CLAUSE_CUES).alias("_clause"),
    ]


def _hits_by_row(
    frame: pl.DataFrame, sentences: pl.DataFrame, country_mentions: pl.DataFrame
) -> list[list[tuple]]:
    """Country mentions of each row of ``frame``, as (start, end, surface, iso3, kind) tuples
    relative to the sentence, in the order of ``country_mentions``.

    A mention belongs to the sentence with its (doc_id, sentence_id); its offsets are made
    relative with that sentence's char_start (the last one, should a key repeat).
    """
    keys = ["doc_id", "sentence_id"]
    bases = sentences.select(*keys, pl.col("char_start").alias("_base")).unique(
        keys, keep="last", maintain_order=True
    )
    rows = frame.select(*keys).with_row_index("_row")
    hits = (
        country_mentions.select(*keys, "char_start", "char_end", "surface", "iso3", "kind")
        .with_row_index("_i")
        .join(bases, on=keys, how="inner")
        .join(rows, on=keys, how="inner")
        .sort("_row", "_i")
    )
    out: list[list[tuple]] = [[] for _ in range(frame.height)]
    if hits.height == 0:
        return out
    starts = (hits["char_start"] - hits["_base"]).to_list()
    ends = (hits["char_end"] - hits["_base"]).to_list()
    tuples = list(zip(starts, ends, hits["surface"].to_list(), hits["iso3"].to_list(),
                      hits["kind"].to_list()))
    counts = hits.group_by("_row", maintain_order=True).len()
    pos = 0
    for row, n in zip(counts["_row"].to_list(), counts["len"].to_list()):
        out[row] = tuples[pos : pos + n]
        pos += n
    return out


# a document where someone speaks as "I" of a journey or a meeting (read by persons_first_person)
_FIRST_PERSON_QUICK = re.compile(
    r"\b(?:(?:I|[Ww]e) (?:was|were|have|had|also|then|visited|met|spoke|called|co-chaired|travell?ed|flew|"
    r"went|arrived|handed)|(?:[Mm]y|[Oo]ur) (?:[a-z-]+ )?(?:visit|trip|counterpart)|back in|and I |"
    r"letter from|(?:I|[Ww]e) (?:would like to|wish to|bring|brought|convey|conveyed) )"
)
# the same phrases without the leading ``\b``, for one vectorised pass (Rust engine) over all the
# sentences: a necessary condition, so a document none of whose sentences it matches holds no
# match of _FIRST_PERSON_QUICK either (the Python search then runs only in the other documents)
_FIRST_PERSON_VEC = _FIRST_PERSON_QUICK.pattern.removeprefix(r"\b")


#: a document is about a pair of countries when they hold this share of its country mentions
PAIR_SHARE = 0.75


def _actor_countries(
    country_mentions: pl.DataFrame | None, found: dict[str, Counter]
) -> dict[str, Counter]:
    """doc_id -> how often a document names each country as an actor (from the country frame
    when given, else the counts collected while reading the sentences)."""
    if country_mentions is None:
        return found
    counts = (
        country_mentions.filter(pl.col("kind").is_in(list(ACTOR_KINDS)))
        .group_by("doc_id", "iso3")
        .len()
    )
    out: dict[str, Counter] = {}
    for doc_id, iso3, n in counts.iter_rows():
        out.setdefault(doc_id, Counter())[iso3] = n
    return out


def _pair(counts: Counter | None) -> tuple[str, str] | None:
    """The two countries a document is about, when they dominate its country mentions."""
    if not counts or len(counts) < 2:
        return None
    (a, na), (b, nb) = counts.most_common(2)
    if nb >= 2 and na + nb >= PAIR_SHARE * sum(counts.values()):
        return (a, b)
    return None


def _member_words(runs: list) -> set[str]:
    """Words of the names a document states in full (the forms persons are matched against)."""
    words: set[str] = set()
    for r in runs:
        if r.confirmed and len(r.tokens) >= 2 and not r.weak_head:
            words.update(_norm_tokens(r.tokens))
            if "-" in r.tokens[-1][:4]:
                words.add(bare_surname(r.tokens[-1]))  # "Sharif said" for "Ali al-Sharif"
    return words


def _uncued_naming(documents: dict[str, list]) -> set[int]:
    """ids of the sentences left for later (parts without runs) that contain a word of a name
    their document states in full (``’`` read as ``'``): the only ones that can add a mention.

    One vectorised Aho-Corasick pass over all of them finds every occurrence of every such word
    (of any document); a sentence is kept when one of its own document's words occurs in it."""
    pending: list[tuple] = []
    texts: list[str] = []
    own: list[set[str]] = []
    vocabulary: set[str] = set()
    for parts in documents.values():
        words = None
        for part in parts:
            if part[0] is not None:
                continue
            if words is None:
                words = _member_words(r for p in parts if p[0] is not None for r in p[0])
                vocabulary |= words
            if not words:
                break
            pending.append(part)
            texts.append(part[3].replace("’", "'"))
            own.append(words)
    if not pending:
        return set()
    patterns = sorted(vocabulary - {""})  # (an empty word, never a name word, is in any text)
    found = (
        pl.Series(texts, dtype=pl.String).str.extract_many(patterns, overlapping=True).to_list()
        if patterns else [None] * len(texts)
    )
    return {
        id(part) for part, words, hits in zip(pending, own, found)
        if "" in words or (hits and not words.isdisjoint(hits))
    }


def _texts(parts: list) -> list[str]:
    """The sentence texts of one document's parts (runs already read, or left for later)."""
    return [part[3] for part in parts]


def _speaks_for_others(title: str) -> bool:
    """A spokesperson's title ("Foreign Ministry Spokesperson", "presidential spokesman")."""
    row = title_row(title)
    return (row is not None and row[0].kind == "spokesperson") or "spokes" in title.lower()


@functools.lru_cache(maxsize=1 << 14)
def _no_own_counterpart(title: str) -> bool:
    """A spokesperson's title or a profession: its holder has no counterpart of their own
    (memoised: the same few titles are read for every mention of a corpus)."""
    return _speaks_for_others(title) or title in role_titles()


def _document_counterparts(runs: list, sentence_ids: list[int]) -> None:
    """"On the same day, he and his Egyptian counterpart X co-chaired ...": a counterpart with no
    titled person before it in its sentence holds the office of the last titled person the
    document named before it (in one of the two sentences before)."""
    last = None
    last_sid = 0
    titled_by_word: dict[str, object] = {}  # a name word -> the last titled run bearing it
    prev = None
    prev_sid = -1
    for r, sid in zip(runs, sentence_ids):
        if r.counterpart and not r.titles:
            # "Zhumabayev and his Azerbaijani counterpart X": the subject named right before in
            # the sentence, without a title here, holds the office the document gave that name
            known = (
                titled_by_word.get(prev.tokens[-1]) or titled_by_word.get(prev.tokens[0])
                if prev is not None and prev_sid == sid and not prev.titles
                and prev.end <= r.start else None
            )
            if known is not None:
                r.titles = [counterpart_office(known.titles)]
                r.licensed = True
            elif last is not None and sid - last_sid <= 2:
                r.titles = [counterpart_office(last.titles)]
                r.licensed = True
        if r.titles and not all(_no_own_counterpart(t) for t in r.titles):
            # (a spokesperson quoted in between has no counterpart of their own)
            last, last_sid = r, sid
            for word in r.tokens:
                titled_by_word[word] = r
        prev, prev_sid = r, sid


def extract_persons(
    sentences: pl.DataFrame,
    country_mentions: pl.DataFrame | None = None,
    documents: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Person mentions of every sentence (schema :data:`pipeline.model.PERSON_MENTIONS`).

    One row per (mention, title); a mention without a title gives one row with ``title`` null.
    ``char_start``/``char_end`` are document offsets of the name as written (an honorific
    included: "Mr. Xi"); ``name`` is the fullest form of that person inside the document;
    ``country_iso3`` is the country the text says the person serves (in this mention, or in
    another mention of the same person in the document), else null.  ``country_mentions`` (the
    output of :func:`pipeline.extract.countries.country_mentions`) is reused when given.

    A person whose country no mention states gets it from a successor or predecessor, or, when
    they hold an office of a state, from the country the article is written from (dateline,
    masthead, or - if ``documents`` with a ``publisher`` column are given - the publisher's name):
    see :mod:`pipeline.extract.persons_home`.
    """
    if sentences.height == 0:
        return empty(PERSON_MENTIONS)
    with gc_paused():
        return _extract_persons(sentences, country_mentions, documents)


def _extract_persons(
    sentences: pl.DataFrame,
    country_mentions: pl.DataFrame | None,
    documents_frame: pl.DataFrame | None = None,
) -> pl.DataFrame:
    frame = (
        sentences.select("doc_id", "sentence_id", "char_start", "text")
        .sort("doc_id", "char_start")
        .with_columns(_cue_columns())
    )
    hits_by_row = (
        _hits_by_row(frame, sentences, country_mentions) if country_mentions is not None else None
    )
    # the runs of a sentence depend on its text, country hits and cues only: a sentence
    # written again (a caption, a boilerplate line, wire copy) is analysed once
    # (keyed by the text alone - its hash is cached by the string - then compared on the hits
    # and cues, which are the same for the same text in practice)
    cache: dict[str, list[tuple[list, tuple, list]]] = {}

    def runs_of(text: str, hits: list, cues: tuple) -> list:
        seen = cache.get(text)
        if seen is None:
            runs = analyse(text, hits, cues)
            cache[text] = [(hits, cues, runs)]
            return runs
        for h, c, runs in seen:
            if c == cues and h == hits:
                return runs
        runs = analyse(text, hits, cues)
        seen.append((hits, cues, runs))
        return runs

    # per document, in reading order: (runs, sentence_id, base, text), or (None, sentence_id,
    # base, text, hits, cues) for a sentence left for later.  A sentence with no cue at all cannot
    # confirm a name: its runs only count when they match a name stated in full elsewhere in the
    # document, so it is read only if it contains a word of such a name.
    documents: dict[str, list] = {}
    actors: dict[str, Counter] = {}  # countries each document names (without a country frame)
    names = frame.columns
    for row, (doc_id, sid, base, text, *cues) in enumerate(
        zip(*(frame[c].to_list() for c in names))
    ):
        parts = documents.get(doc_id)
        if parts is None:
            parts = documents[doc_id] = []
        if not text:
            continue
        if hits_by_row is not None:
            hits = hits_by_row[row]
        else:
            hits = find_countries(text)
            actors.setdefault(doc_id, Counter()).update(h[3] for h in hits if h[4] in ACTOR_KINDS)
        cues = tuple(cues)
        if any(cues[:4]):
            parts.append((runs_of(text, hits, cues), sid, base, text))
        else:
            parts.append((None, sid, base, text, hits, cues))
    for parts in documents.values():
        signature_block_runs(parts, analyse)  # "Jane Doe Mensah / Minister for Information"
    named = _uncued_naming(documents)
    actors = _actor_countries(country_mentions, actors)
    home = home_countries(frame, documents_frame, actors)
    items = item_datelines(frame, actors)
    missions = mission_countries(documents_frame)
    predicates = pronoun_predicates(frame)
    first_person_docs = set(
        frame.filter(pl.col("text").str.contains(_FIRST_PERSON_VEC)).get_column("doc_id").to_list()
    )
    columns: dict[str, list] = {k: [] for k in PERSON_MENTIONS}
    c_doc, c_sid, c_start, c_end, c_surface, c_name, c_title, c_country = (
        columns[k]
        for k in ("doc_id", "sentence_id", "char_start", "char_end", "surface", "name", "title",
                  "country_iso3")
    )
    for doc_id, parts in documents.items():
        runs: list = []
        where: list = []
        for part in parts:
            found, sid, base = part[0], part[1], part[2]
            if found is None:
                if id(part) not in named:
                    continue
                found = runs_of(part[3], part[4], part[5])
            if found:
                runs.extend(found)
                where.extend([(sid, base)] * len(found))
        if not runs:
            continue
        _document_counterparts(runs, [w[0] for w in where])
        acronym_body_countries(runs, _texts(parts))
        short_body_countries(runs, _texts(parts))
        letter_styles(runs)  # "Phạm Gia Nghĩa": written in Vietnamese
        pair = _pair(actors.get(doc_id))
        own = home.get(doc_id)
        if own is not None and pair is not None and own not in pair:
            # "CAIRO: Prime Minister X and President Y of Indonesia ..." in an article about
            # two other countries: the dateline is the venue (a summit), not the home country
            own = None
        people = document_persons(runs)
        sentence_of = [w[0] for w in where]
        resolved = settle_countries(
            people, sentence_of, own, predicates.get(doc_id), pair, missions.get(doc_id),
            first_person_facts(people, sentence_of, {p[1]: p[3] for p in parts})
            if pair is not None and doc_id in first_person_docs
            and any(_FIRST_PERSON_QUICK.search(p[3]) for p in parts) else None,
            items.get(doc_id),
        )
        for order, run, name, country in resolved:
            sid, base = where[order]
            surface = run.text[run.start : run.end]
            titles = run.titles
            for title in (titles if len(titles) == 1 else dict.fromkeys(titles or [None])):
                c_doc.append(doc_id)
                c_sid.append(sid)
                c_start.append(base + run.start)
                c_end.append(base + run.end)
                c_surface.append(surface)
                c_name.append(name)
                c_title.append(title)
                c_country.append(country)
    if not c_doc:
        return empty(PERSON_MENTIONS)
    return pl.DataFrame(columns, schema=PERSON_MENTIONS)
