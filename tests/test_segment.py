"""Sentence segmentation: boundaries, exact offsets, boilerplate flags, speed."""

from __future__ import annotations


import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.model import SENTENCES
from pipeline.segment import is_boilerplate, segment, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _frame(*texts: str, titles: list[str | None] | None = None) -> pl.DataFrame:
    frame = pl.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    if titles is not None:
        frame = frame.with_columns(title=pl.Series(titles, dtype=pl.String))
    return frame.cast({"doc_id": pl.String, "text": pl.String})


def test_basic_split_on_terminators():
    text = "Talks began in Rabat. Did they end? Yes! \"It went well.\" Then the envoy left."
    assert _sentences(text) == [
        "Talks began in Rabat.",
        "Did they end?",
        "Yes!",
        '"It went well."',
        "Then the envoy left.",
    ]


def test_split_before_digit_and_quote():
    assert _sentences("Trade grew. 2024 was a record year. “We are pleased,” he said.") == [
        "Trade grew.",
        "2024 was a record year.",
        "“We are pleased,” he said.",
    ]


def test_no_split_after_lowercase_continuation():
    assert _sentences("He arrived at approx. ten and left.") == ["He arrived at approx. ten and left."]


def test_abbreviations_titles_do_not_split():
    text = "Mr. Khan met Gen. Raheel and Dr. Lee at No. 10 Downing St. London."
    assert _sentences(text) == [text]


def test_abbreviations_that_may_end_a_sentence():
    text = "The U.S. President met Huawei Co. Ltd. officials at 10 a.m. The talks lasted an hour."
    assert _sentences(text) == [
        "The U.S. President met Huawei Co. Ltd. officials at 10 a.m.",
        "The talks lasted an hour.",
    ]
    assert _sentences("It happened on Jan. 5. Officials confirmed it.") == [
        "It happened on Jan. 5.",
        "Officials confirmed it.",
    ]
    assert _sentences("Troops left the U.S. He said so.") == ["Troops left the U.S.", "He said so."]
    assert _sentences("Ports, roads, etc. The list is long.") == ["Ports, roads, etc.", "The list is long."]


def test_initials_do_not_split():
    text = "John F. Kennedy and A. Q. Khan were named. J. R. R. Tolkien was not."
    assert _sentences(text) == ["John F. Kennedy and A. Q. Khan were named.", "J. R. R. Tolkien was not."]


def test_decimals_and_ellipses_do_not_split():
    text = "Trade reached $23.06 billion, up 3.5 percent... Experts expect more… Growth will continue."
    assert _sentences(text) == [text]


def test_bullets_are_sentences_without_markers():
    text = (
        "Key outcomes\n"
        "- Trade: both sides agreed to expand trade\n"
        "• Energy cooperation was discussed\n"
        "i. Pakistan was the first to sign. It did so in 1951.\n"
        "iv. Roman numerals work too\n"
        "1) Numbered items\n"
        "2. Numbered with a period\n"
        "(a) Lettered items\n"
        "V. K. Singh attended.\n"
    )
    assert _sentences(text) == [
        "Key outcomes",
        "Trade: both sides agreed to expand trade",
        "Energy cooperation was discussed",
        "Pakistan was the first to sign.",
        "It did so in 1951.",
        "Roman numerals work too",
        "Numbered items",
        "Numbered with a period",
        "Lettered items",
        "V. K. Singh attended.",
    ]


def test_headings_and_line_breaks_always_end_a_sentence():
    text = "Security cooperation\nThe ministers met\nand then parted.\n\n  Trade ties  \n"
    assert _sentences(text) == ["Security cooperation", "The ministers met", "and then parted.", "Trade ties"]


def test_captions_are_their_own_sentence():
    text = "Port of Gwadar, Pakistan, May 3, 2019. /VCG\nThe port handles cargo."
    assert _sentences(text) == ["Port of Gwadar, Pakistan, May 3, 2019. /VCG", "The port handles cargo."]


def test_offsets_are_document_offsets_and_exact():
    text = "  First line here.  Second one!\n\n\t- Bullet item\nLast."
    out = segment(_frame(text))
    assert out.schema == pl.Schema(SENTENCES)
    assert out["sentence_id"].to_list() == [0, 1, 2, 3]
    for row in out.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    assert out["text"].to_list() == ["First line here.", "Second one!", "Bullet item", "Last."]


def test_repeated_caption_is_boilerplate_after_the_first():
    caption = "Ministers meet in Hanoi, Vietnam, March 3, 2023. /Xinhua"
    text = f"{caption}\n{caption}\nVietnam and Laos signed a deal.\n{caption}\n"
    out = segment(_frame(text))
    assert out["text"].to_list() == [caption, caption, "Vietnam and Laos signed a deal.", caption]
    assert out["is_boilerplate"].to_list() == [False, True, False, True]


def test_boilerplate_rules():
    for line in [
        "Our Privacy Statement & Cookie Policy",
        "By continuing to browse our site you agree to our use of cookies.",
        "I agree",
        "Search Trends",
        "Share this article",
        "Follow us on Twitter",
        "Copyright 2024 Example News. All rights reserved.",
        "© 2024 Example News",
        "Click here to subscribe",
        "Read more: Trade talks resume",
        "Subscribe to our newsletter",
        "This article first appeared in the Daily Example:",
        "https://example.org/news/2024/01/02/story.html",
        "Photo: Xinhua",
        "/VCG",
        "Home | World | Asia | Business",
        "Trade Investment Documents Activities Spokesperson's Remarks Other Issues",
    ]:
        assert is_boilerplate(line), line
    for line in [
        "China and Pakistan signed a memorandum of understanding on trade.",
        "Gwadar port in the coastal city Gwadar, Balochistan Province, January 18, 2019. /VCG",
        "Bilateral Economic and Trade Relations and Economic Cooperation",
        "Security and intelligence sharing",
        "The agreement covers photo exhibitions, films and books.",
    ]:
        assert not is_boilerplate(line), line


def test_title_case_headline_equal_to_title_is_not_navigation():
    headline = "Xi Jinping Meets Pakistani Prime Minister Shehbaz Sharif In Beijing"
    out = segment(_frame(headline + "\nBody.", titles=[headline]))
    assert out["is_boilerplate"].to_list() == [False, False]
    out = segment(_frame(headline + "\nBody."))
    assert out["is_boilerplate"].to_list() == [True, False]


def test_empty_documents_and_frames():
    assert segment(_frame("", "   \n\n")).height == 0
    no_docs = pl.DataFrame(schema={"doc_id": pl.String, "text": pl.String})
    assert segment(no_docs).schema == pl.Schema(SENTENCES)


_ALPHABET = st.sampled_from(
    list("abcXYZ .!?\n\t\"'“”’…-•()0123456789") + ["Mr.", "U.S.", "e.g.", "i. ", "1) ", " A. ", "\u00a0"]
)


@given(st.lists(_ALPHABET, max_size=80).map("".join))
@settings(max_examples=400, deadline=None)
def test_offsets_property(text):
    spans = split_sentences(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        assert "\n" not in piece
        prev_end = end
    out = segment(_frame(text))
    for row in out.iter_rows(named=True):
        assert text[row["char_start"] : row["char_end"]] == row["text"]
    assert out["sentence_id"].to_list() == list(range(out.height))


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_offsets_property_any_text(text):
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert start < end


def test_every_non_space_character_is_covered_except_bullets():
    text = "Alpha beta. Gamma delta!\nEpsilon zeta? Eta theta.\n"
    covered = "".join(text[s:e] for s, e in split_sentences(text))
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")


def test_long_single_line_is_linear():
    assert len(split_sentences("Mr. A. b " * 200_000)) == 1
    assert len(split_sentences("." * 1_000_000 + " X")) == 1
    assert len(split_sentences("x" * 2_000_000)) == 1
