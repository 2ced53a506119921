"""The speed paths of the date and person extractors find exactly what the plain paths find."""

from __future__ import annotations

import re

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import dates as D
from pipeline.extract import dates_batch as B
from pipeline.extract import persons_sentence as S

# words around the qualifiers ("as of", "by the", "until", "since") and look-alikes
_WORDS = st.sampled_from(
    ["as", "of", "at", "on", "by", "since", "ever", "until", "till", "til", "through", "up", "to",
     "than", "no", "later", "the", "The", "BY", "Since", "UNTIL", "stand-by", "goodby", "ſince",
     "x", "2024", "levels"]
)
_GAPS = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\x1c", ""])


def _plain_qualifier_res(before: str) -> tuple:
    return D._QUALIFIER_RES if D._may_end_with(before, D._QUALIFIER_TAILS) else ()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=6), _GAPS)
def test_qualifier_gate_keeps_every_regex_that_matches(parts, tail):
    before = ("".join(w + g for w, g in parts) + tail)[-30:]
    first = next((label for label, rx in _plain_qualifier_res(before) if rx.search(before)), None)
    gated = next((label for label, rx in D._qualifier_res(before) if rx.search(before)), None)
    assert gated == first


def _qualifier_of(text: str, span: str) -> str | None:
    return D._qualifier(text, text.index(span), span)


def test_qualifier_examples():
    assert _qualifier_of("Exports reached $5 billion by the end of 2024.", "the end of 2024") == "as_of"
    assert _qualifier_of("Relations have grown since 1951.", "1951") == "since"
    assert _qualifier_of("The programme runs until March 2027.", "March 2027") == "until"
    assert _qualifier_of("The summit opened in March 2027.", "March 2027") is None


_FUTURE_TEXTS = [
    "The two sides will meet in Lahore next month.",
    "Talks are scheduled for 12 May.",
    "He was invited by the premier to visit Beijing.",
    "She INVITED him, at his convenience, TO\x1cVISIT the capital.",
    "The ministers agreed to meet again in Dhaka.",
    "Trade rose 12 percent in 2023.",
    "The delegation arrived in Kathmandu on Monday.",
    "Invitations went out on 3 May to attend the fair.",
    "The plant is to\u00a0be held under review.",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abinvtoe lwsduhr'’.;:0\x1c\u00a0İK")), max_size=60))
def test_vectorised_future_test_is_a_superset(text):
    """Where Python's regex finds a future marker, the polars pattern finds one too."""
    vec = pl.Series([text]).str.to_lowercase().str.contains(D.FUTURE_ANY_VEC)[0]
    if D._may_be_future_scan(text):
        assert vec


def test_vectorised_future_test_on_sentences():
    vec = pl.Series(_FUTURE_TEXTS).str.to_lowercase().str.contains(D.FUTURE_ANY_VEC).to_list()
    for text, v in zip(_FUTURE_TEXTS, vec):
        if D._may_be_future_scan(text):
            assert v, text
    assert not D._may_be_future_scan("Trade rose 12 percent in 2023.")


def test_not_future_hint_is_cleared_after_a_run():
    sentences = pl.DataFrame(
        {
            "doc_id": ["d", "d"],
            "sentence_id": [0, 1],
            "char_start": [0, 40],
            "char_end": [39, 80],
            "text": ["The fair opened on 3 May in Lahore.", "The fair opened on 3 May in Lahore."],
            "is_boilerplate": [False, False],
        },
        schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32},
    )
    documents = pl.DataFrame(
        {"doc_id": ["d"], "reference_date": [None], "reference_precision": ["unknown"]},
        schema_overrides={"reference_date": pl.Date},
    )
    out = D.extract_dates(sentences, documents)
    assert out["surface"].to_list() == ["3 May", "3 May"]
    assert not D.NOT_FUTURE


def test_repeated_sentences_share_their_candidates():
    texts = ["Talks were held on 5 March 2024.", "No date here.", "Talks were held on 5 March 2024."]
    batched = B._chosen_many(pl.Series(texts, dtype=pl.String))
    assert [[(c.start, c.end, c.tag) for c in cs] for cs in batched] == [
        [(c.start, c.end, c.tag) for c in D._chosen(t)] for t in texts
    ]
    assert batched[0] is batched[2]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Foreign Minister", "Prime Minister", "President", "Chinese", "trade minister",
             "Minister of Commerce and Industry", "Secretary of the CPC Sichuan Provincial Committee",
             "Ambassador", "said", "Wang Yi", "and", ",", "Deputy", "military expert"]
        ),
        max_size=8,
    )
)
def test_title_atoms_fast_path_matches_the_general_one(words):
    text = " ".join(words)
    expected = []
    found: list = []
    for m in S._title_regex().finditer(S._lowered(text)):
        S._title_found(found, text, m.start(), m.end())
    if "inister" in text or "ecretar" in text:
        for m in S._generic_minister_regex().finditer(text):
            S._generic_found(found, m, m.start(), m.end())
    if "CPC" in text or "Communist Party of China" in text:
        for m in S._PARTY_COMMITTEE.finditer(text):
            title = "Deputy Party Secretary" if m.group(1) else "Party Secretary"
            found.append((m.start(), m.start() - m.end(), 0,
                          S._Atom(m.start(), m.end(), "party", title, "CHN")))
    expected = S._non_overlapping(found)
    assert S.title_atoms(text) == expected


def test_since_phrase_needs_its_word():
    assert re.search("ince", D._SINCE_PHRASE_BACK.pattern)


def _sentences(rows: list[tuple[str, int, str]]) -> pl.DataFrame:
    out, starts = [], {}
    for doc_id, sid, text in rows:
        start = starts.get(doc_id, 0)
        out.append((doc_id, sid, start, start + len(text), text, False))
        starts[doc_id] = start + len(text) + 1
    return pl.DataFrame(
        out,
        schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                "char_end": pl.Int32, "text": pl.String, "is_boilerplate": pl.Boolean},
        orient="row",
    )


def test_uncued_sentence_is_read_only_for_a_name_of_its_own_document():
    from pipeline.extract.persons import extract_persons

    sentences = _sentences([
        ("a", 0, "Prime Minister Tariq Rahimov said the talks went well."),
        ("a", 1, "Rahimov then left for Tashkent."),
        ("b", 0, "Foreign Minister Lena Okafor said the visit was useful."),
        ("b", 1, "Rahimov then left for Tashkent."),
        ("b", 2, "Okafor’s delegation then left too."),
    ])
    out = extract_persons(sentences)
    got = sorted(zip(out["doc_id"], out["sentence_id"], out["surface"], out["name"]))
    assert ("a", 1, "Rahimov", "Tariq Rahimov") in got
    assert not any(d == "b" and s == 1 for d, s, *_ in got)
    assert ("b", 2, "Okafor", "Lena Okafor") in got


def test_repeated_sentence_with_other_hits_is_analysed_again():
    from pipeline.extract import persons as P

    text = "Minister Amal Haddad met Nour Saleh in Amman."
    sentences = _sentences([("a", 0, text), ("b", 0, text)])
    countries = pl.DataFrame(
        [("a", 0, 39, 44, "Amman", "JOR", "capital")],
        schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                "char_end": pl.Int32, "surface": pl.String, "iso3": pl.String, "kind": pl.String},
        orient="row",
    )
    calls = []
    real = P.analyse
    try:
        P.analyse = lambda t, h, c: calls.append(list(h)) or real(t, h, c)
        P.extract_persons(sentences, countries)
    finally:
        P.analyse = real
    assert len(calls) == 2 and calls[0] != calls[1]
