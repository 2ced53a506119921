"""The fast paths of the number, indicator and agreement extractors find exactly what the plain
regular expressions find (property tests on generated English-like text)."""

from __future__ import annotations

import re

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import numbers as N
from pipeline.extract.indicator_regex import fold_case, foldable
from pipeline.extract.agreement_sentence import _lex
from pipeline.extract.indicator_lexicon import Gate, live_rows, required_literals, rows
from pipeline.lexicons import read_lexicon

# pieces of news text: figures, number words, currencies, units, punctuation, odd letters
_PIECES = [
    "12", "1,320", "4.75", ".5", "2024", "7th", "G20", "3-4", "10 to 15", "$", "US$", "Rs", "Rs.", "RS",
    "rs", "USD", "€", "£", "HK$", "PKR", "billion", "bn", "m", "K", "million", "lakh", "crore", "five",
    "Twenty-three", "a dozen", "half a", "a hundred and ten", "one", "jobs", "people", "young", "km",
    "MW", "-MW", "kilowatt-hours", "percent", "%", "per cent", "dollars", "U.S.", "yuan", "rupees",
    "projects", "meetings", "trade", "exports", "rose", "fell", "the", "of", "in", "and", "Kenya", "(",
    ")", ",", ".", ";", "-", "—", "’", "“", "é", "\u017f", "\u0131", "\u0130", "\u212a", "\n", "  ",
    "Money", "often", "years", "Europe", "agreement", "MoU", "signed", "Memorandum of Understanding",
]
_text = st.lists(st.sampled_from(_PIECES), max_size=14).map(
    lambda ps: "".join(p + (" " if i % 3 else "") for i, p in enumerate(ps))
)


@settings(max_examples=400, deadline=None)
@given(_text)
def test_quantity_scanner_finds_what_the_regex_finds(text):
    expected = [m.span() for m in N._quantity_regex().finditer(text)]
    assert [m.span() for m in N._quantity_matches(text)] == expected


@settings(max_examples=200, deadline=None)
@given(_text)
def test_find_measured_is_find_quantities_without_bare_numbers(text):
    assert N.find_measured(text, ("IND",)) == [q for q in N.find_quantities(text, ("IND",)) if q.kind != "number"]


def test_quantities_of_a_sentence():
    text = "Trade rose 7.5 percent to $4.2 billion, and 1,200 young people got jobs in 2024."
    qs = N.find_quantities(text)
    assert [(q.surface, q.kind, q.unit) for q in qs] == [
        ("7.5 percent", "percent", "percent"),
        ("$4.2 billion", "money", "USD"),
        ("1,200 young people", "count", "people"),
        ("2024", "number", None),
    ]
    assert qs[1].value == 4.2e9


_FOLD_PATTERNS = [
    r"(?<![\w-])(?i:memorand(?:um|a|ums) of understanding|mous?|treat(?:y|ies)|deal(?! with))(?![\w-])",
    r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:signed|inked)\b|\bsince\b",
    r"(?i)[^A-Z]b[c-e]+",
    r"(?i:k[a-z]?s)",
    r"(?i)communiqu[eéÉ]s?",
]


@settings(max_examples=300, deadline=None)
@given(_text, st.sampled_from(_FOLD_PATTERNS))
def test_folded_regexes_find_the_same_spans(text, pattern):
    rx = re.compile(pattern)
    folded = fold_case(rx)
    assert folded is not None
    low = text.lower()
    if foldable(text, low):
        assert [m.span() for m in folded.finditer(low)] == [m.span() for m in rx.finditer(text)]


def test_fold_case_refuses_what_it_cannot_fold():
    assert fold_case(re.compile(r"Ab")) is None  # case-sensitive letters
    assert fold_case(re.compile(r"(?i)(a)\1")) is None  # a back-reference
    assert fold_case(re.compile(r"(?i)σ")) is None  # a letter with extra case forms
    assert not foldable("ſix", "ſix") and not foldable("İ", "İ".lower())


@settings(max_examples=200, deadline=None)
@given(_text)
def test_lexicon_regexes_fold(text):
    lex = _lex()
    low = text.lower()
    if not foldable(text, low):
        return
    for rx in (lex.instrument, lex.cue, lex.intro, lex.anchor):
        assert rx.folded is not None
        assert [m.span() for m in rx.folded.finditer(low)] == [m.span() for m in rx.rx.finditer(text)]


def test_required_literals():
    assert required_literals("exports?|exported|shipments? to") == frozenset({"export", "exported", "shipment"})
    assert required_literals("(?:supply|provided) (?:power|electricity) to|powering") == frozenset(
        {"supply", "provided", "powering"}
    )
    assert required_literals(r"\w+ed") == frozenset({"ed"})
    assert required_literals(r"\w+") is None
    assert required_literals("(?:a|b)?c*") is None


_ROW_TEXT = st.lists(
    st.sampled_from(
        ["trade", "exports", "Imports", "rose", "fell by", "according to", "data from", "killed", "per",
         "barrel", "expected to", "highways", "power", "job", "investment", "loans", "a", "day", "the",
         "\u017f", "K", "up", "down", "held", "meetings", "worth", "$5", "billion", ",", "."]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_ROW_TEXT)
def test_gated_rows_cannot_match(text):
    [live] = live_rows(pl.Series([text]))
    for r in rows():
        if live is not None and r.idx not in live:
            assert r.rx.search(text) is None, (r, text)
    gate = Gate(rows())
    if not gate.open(text):
        assert all(r.rx.search(text) is None for r in rows())


def test_currency_word_mask_matches_currency_word_at():
    text = "China exported goods worth 5 billion U.S. dollars.  Kenya’s yuan bonds grew.\nPakistan\nRupees fell."
    sentences = []
    sid = 0
    for m in re.finditer(r"[^.\n]+[.]?", text):
        sentences.append({"doc_id": "d", "sentence_id": sid, "char_start": m.start(), "char_end": m.end(),
                          "text": m.group(), "is_boilerplate": False})
        sid += 1
    sents = pl.DataFrame(sentences)
    mentions = []
    for word in ("China", "U.S.", "Kenya", "Pakistan"):
        s = text.index(word)
        sid = next(r["sentence_id"] for r in sentences if r["char_start"] <= s < r["char_end"])
        mentions.append({"doc_id": "d", "sentence_id": sid, "char_end": s + len(word)})
    mentions = pl.DataFrame(mentions)
    docs = pl.DataFrame({"doc_id": ["d"], "text": [text]})
    mask = N.currency_word_mask(mentions, sents, docs).to_list()
    assert mask == [N.currency_word_at(text, e) for e in mentions["char_end"].to_list()]
    assert mask == [False, True, False, True]  # "U.S. dollars"; "Pakistan\nRupees" across sentences
    no_text = pl.DataFrame({"doc_id": ["d"], "text": [""]})
    assert N.currency_word_mask(mentions, sents, no_text).to_list() == [False] * 4


def test_lexicons_still_load():
    assert read_lexicon("metrics").height > 0 and len(rows()) == read_lexicon("metrics").height


# --- frame stage: several documents, any row order --------------------------------------------

import datetime as dt  # noqa: E402

from pipeline.extract.agreements import extract_agreements  # noqa: E402
from pipeline.extract.countries import country_mentions  # noqa: E402
from pipeline.extract.indicators import extract_indicators  # noqa: E402
from pipeline.model import DOCUMENTS, PERSON_MENTIONS, SENTENCES  # noqa: E402


def _corpus(texts: dict[str, tuple[str, dt.date]]):
    docs, sents = [], []
    for doc_id, (text, ref) in texts.items():
        docs.append({"doc_id": doc_id, "source_path": f"{doc_id}.txt", "title": None, "url": None,
                     "publisher": None, "published_date": ref, "reference_date": ref,
                     "reference_precision": "day", "text": text, "content_sha256": doc_id})
        # paragraphs are lines; sentences are split at double spaces
        for sid, m in enumerate(re.finditer(r"[^\n]+?(?=  |\n|$)", text)):
            if not m.group().strip():
                continue
            sents.append({"doc_id": doc_id, "sentence_id": sid, "char_start": m.start(), "char_end": m.end(),
                          "text": m.group(), "is_boilerplate": False})
    return pl.DataFrame(docs, schema=DOCUMENTS), pl.DataFrame(sents, schema=SENTENCES)


def _dates(sents: pl.DataFrame, items: list[tuple[str, str, dt.date]]) -> pl.DataFrame:
    rows = []
    for doc_id, surface, d in items:
        for r in sents.filter(pl.col("doc_id") == doc_id).iter_rows(named=True):
            i = r["text"].find(surface)
            if i >= 0:
                rows.append({"doc_id": doc_id, "sentence_id": r["sentence_id"], "char_start": r["char_start"] + i,
                             "char_end": r["char_start"] + i + len(surface), "surface": surface, "date_start": d,
                             "date_end": d, "precision": "day", "kind": "explicit", "qualifier": None})
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                      "char_end": pl.Int32, "surface": pl.String, "date_start": pl.Date,
                                      "date_end": pl.Date, "precision": pl.String, "kind": pl.String,
                                      "qualifier": pl.String})


_LEDE = ("Ghana's President met the Prime Minister of Norway in Accra on Tuesday.\n"
         "After the talks, the two sides signed five agreements on fisheries, energy and health.")
_FIGURES = ("Chile and Peru are neighbours.\n"
            "Trade between Chile and Peru reached 3.2 billion U.S. dollars in 2023.  "
            "Chile's exports to Peru rose 4.5 percent to $1.9 billion, according to the Central Bank of Chile.  "
            "Imports from Peru were $1.3 billion.")


def test_every_document_gets_its_own_lede_and_runs_in_any_row_order():
    docs, sents = _corpus({"a": (_LEDE, dt.date(2024, 5, 8)), "b": (_LEDE, dt.date(2024, 6, 12)),
                           "c": (_FIGURES, dt.date(2024, 2, 1))})
    dates = _dates(sents, [("a", "Tuesday", dt.date(2024, 5, 7)), ("b", "Tuesday", dt.date(2024, 6, 11)),
                           ("c", "2023", dt.date(2023, 1, 1))])
    countries = country_mentions(sents)
    persons = pl.DataFrame(schema=PERSON_MENTIONS)
    agreements = extract_agreements(sents, docs, persons, countries, dates)
    indicators = extract_indicators(sents, docs, countries, dates)
    assert agreements.select("doc_id", "quantity", "signed_date").rows() == [
        ("a", 5, dt.date(2024, 5, 7)), ("b", 5, dt.date(2024, 6, 11))]
    assert agreements["topics"].to_list() == [["fisheries", "energy", "health"]] * 2
    assert {p["country_iso3"] for p in agreements["parties"][0]} == {"GHA", "NOR"}
    assert indicators.select("metric", "value", "change_pct", "from_country_iso3", "to_country_iso3").rows() == [
        ("trade_total", 3.2e9, None, None, None),
        ("exports", 1.9e9, 4.5, "CHL", "PER"),
        ("imports", 1.3e9, None, "PER", "CHL"),
    ]
    # the source carries over the run of figure sentences, the period too
    assert set(indicators["source_org"]) == {"Central Bank of Chile"}
    # the sentences and documents in another row order give the same rows (the mention frames'
    # order within a sentence does matter: it orders parties and picks the latest date)
    shuffled = sents.sample(fraction=1.0, shuffle=True, seed=3)
    assert extract_agreements(shuffled, docs.reverse(), persons, countries, dates).equals(agreements)
    assert extract_indicators(shuffled, docs.reverse(), countries, dates).equals(indicators)
    no_text = docs.with_columns(pl.when(pl.col("doc_id") == "c").then(pl.lit("")).otherwise(pl.col("text")).alias("text"))
    assert extract_indicators(sents, no_text, countries, dates).height == 3
