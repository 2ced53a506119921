"""Speed-ups of the persons extractor keep its output: the fast token scan equals the general
one, and the tighter title cue never hides a sentence in which a title can be found."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.persons import _cue_columns, extract_persons
from pipeline.extract.persons_sentence import _tokens, _tokens_general, title_atoms

# letters, apostrophes, digits, underscores and non-ASCII capitals/lower-case letters: the
# characters the token scan treats specially
_ALPHABET = "AaBbZzĀāĐđÉéİ'’_1 .,\n"
_WORDS = [
    "Xi", "Jinping", "President", "president", "Prime", "Minister", "minister", "foreign",
    "Foreign", "Ministry", "the", "of", "said", "General", "general", "met", "Dr.", "Mr.",
    "Deputy", "Secretary", "secretaries", "energy", "CPC", "expert", "head", "Head", "leader",
    "O'Neill", "Smith's", "Ahmed", "Zhou", "crown", "Crown", "prince", "Prince", "park", "kWh",
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_fast_token_scan_equals_general_scan(text: str) -> None:
    assert _tokens(text) == _tokens_general(text)


def test_fast_token_scan_examples() -> None:
    assert _tokens("O'Neill’s talks with Xi' in iPhone land") == [
        (0, 9, "O'Neill’s"),
        (21, 23, "Xi"),
    ]
    assert _tokens("Ābc āx Éva") == [(0, 3, "Ābc"), (7, 10, "Éva")]


def _title_cue(texts: list[str]) -> list[bool]:
    frame = pl.DataFrame({"text": texts}, schema={"text": pl.String})
    return frame.select(_cue_columns()[0])["_title"].to_list()


def test_title_cue_is_tight_and_keeps_titles() -> None:
    texts = [
        "Chinese President Xi Jinping met the visitors on Monday.",
        "The trade minister of Ruritania, Ana Lind, spoke first.",
        "Secretary of the CPC Hunan Provincial Committee Wang Lei attended.",
        "The solar park generates 6.2 billion kWh a year.",
        "The administration will head north.",
    ]
    assert _title_cue(texts) == [True, True, True, False, False]
    assert all(title_atoms(t) for t in texts[:3])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
def test_title_cue_never_hides_a_title(words: list[str]) -> None:
    text = " ".join(words)
    if title_atoms(text):
        assert _title_cue([text]) == [True]


def test_persons_unchanged_by_cue_on_untitled_sentences() -> None:
    sentences = pl.DataFrame(
        {
            "doc_id": ["d", "d", "d"],
            "sentence_id": [0, 1, 2],
            "char_start": [0, 60, 120],
            "text": [
                "Foreign Minister Amara Okafor arrived in the capital.",
                "The solar park near Lagos generates power.",
                "Okafor will head to the port next week.",
            ],
        },
        schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                "text": pl.String},
    )
    out = extract_persons(sentences)
    assert out.select("sentence_id", "surface", "name").rows() == [
        (0, "Amara Okafor", "Amara Okafor"),
        (2, "Okafor", "Amara Okafor"),
    ]
