"""The fast paths of the person finder: per-text cache, sentences without cues read only when they
can name a known person, country hits taken from the frame, indexed coreference, paused GC."""

from __future__ import annotations

import gc

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions, find_countries
from pipeline.extract.persons import extract_persons
from pipeline.extract.persons_sentence import _tokens, analyse

SCHEMA = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
    "is_boilerplate": pl.Boolean,
}


def _frame(*docs: list[str]) -> pl.DataFrame:
    """One row per sentence; sentences of a document are separated by one space."""
    rows = []
    for d, sentences in enumerate(docs):
        pos = 0
        for sid, text in enumerate(sentences):
            rows.append((f"d{d}", sid, pos, pos + len(text), text, False))
            pos += len(text) + 1
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


def _rows(df: pl.DataFrame) -> list[tuple]:
    return df.select("doc_id", "surface", "name", "title", "country_iso3").rows()


def test_sentence_without_cues_still_names_a_known_person():
    out = extract_persons(_frame([
        "Kenyan Foreign Minister Amina Wanjiru arrived in Tashkent.",
        "Talks with Wanjiru went on until late.",  # no title, honorific or reporting verb
    ]))
    assert _rows(out) == [
        ("d0", "Amina Wanjiru", "Amina Wanjiru", "Foreign Minister", "KEN"),
        ("d0", "Wanjiru", "Amina Wanjiru", None, "KEN"),
    ]


def test_sentence_without_cues_and_no_known_name_gives_nothing():
    out = extract_persons(_frame(["Talks with Wanjiru went on until late."]))
    assert out.height == 0


def test_repeated_sentence_resolves_within_its_own_document():
    shared = "Ahmed arrived in Nairobi on Monday."
    out = extract_persons(_frame(
        ["Prime Minister Tariq Ahmed left Islamabad.", shared],
        ["Finance Minister Nadia Ahmed met bankers.", shared],
    ))
    names = [(d, s, n) for d, s, n, _t, _c in _rows(out)]
    assert ("d0", "Ahmed", "Tariq Ahmed") in names
    assert ("d1", "Ahmed", "Nadia Ahmed") in names


def test_country_frame_or_not_gives_the_same_rows():
    frame = _frame(
        ["Pakistan's Deputy Prime Minister Ishaq Dar met Chinese Premier Li Qiang in Beijing.",
         "Dar said the corridor matters. Li welcomed him."],
        ["Mr. Dar of Pakistan spoke, said Bakyt Sydykov, Minister of Economy of Kyrgyzstan."],
    )
    assert extract_persons(frame).equals(extract_persons(frame, country_mentions(frame)))


def test_ambiguous_surname_goes_to_the_most_recent_person():
    out = extract_persons(_frame([
        "President Asif Ali Zardari met reporters.",
        "Chairman Bilawal Bhutto Zardari arrived later.",
        "Zardari said the talks were useful.",
    ]))
    assert _rows(out)[-1] == ("d0", "Zardari", "Bilawal Bhutto Zardari", None, None)


def test_name_shapes():
    out = extract_persons(_frame([
        "Saudi Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah al-Sisi.",
        "Author J. K. Rowling said hello. Mr. Sharif's visit ended.",
        "Chinese Vice Premier He Lifeng attended.",
    ]))
    surfaces = out["surface"].to_list()
    assert "Mohammed bin Salman" in surfaces
    assert "Abdel Fattah al-Sisi" in surfaces
    assert "J. K. Rowling" in surfaces
    assert "Mr. Sharif" in surfaces
    assert "He Lifeng" in surfaces


def test_tokens_keep_glued_particles_and_drop_words_inside_words():
    text = "Abdel Fattah al-Sisi met iPhone-ab-Cd makers and O'Brien's team."
    assert [t[2] for t in _tokens(text)] == ["Abdel", "Fattah", "al-Sisi", "O'Brien's"]


def test_analyse_does_not_change_between_calls():
    text = "Pakistani Prime Minister Shehbaz Sharif said ties matter."
    hits = find_countries(text)
    first = [(r.start, r.end, r.tokens, r.titles, r.country) for r in analyse(text, hits)]
    again = [(r.start, r.end, r.tokens, r.titles, r.country) for r in analyse(text, hits)]
    assert first == again == [(25, 39, ("Shehbaz", "Sharif"), ["Prime Minister"], "PAK")]


def test_garbage_collector_state_is_restored():
    frame = _frame(["President Ruto met Mr. Dar."])
    assert gc.isenabled()
    extract_persons(frame)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_persons(frame)
        assert not gc.isenabled()
    finally:
        gc.enable()


_WORDS = ["Amina", "Rashid", "Wanjiru", "Dar", "He", "To", "Lam", "bin", "al-Sisi", "Mr.", "said",
          "President", "Foreign Minister", "of", "Kenya", "Kenyan", "met", "the", "and", ",", "'s",
          "J.", "Li", "Qiang", "Chinese", "in", "Beijing", "spokesperson"]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=4), min_size=1, max_size=3), st.randoms())
def test_row_order_of_the_input_does_not_matter(docs, rnd):
    frame = _frame(*docs)
    shuffled = frame.sample(fraction=1.0, shuffle=True, seed=rnd.randint(0, 1000))
    expected = extract_persons(frame, country_mentions(frame))
    assert extract_persons(shuffled, country_mentions(shuffled)).equals(expected)
    assert extract_persons(frame).equals(expected)
    spans = expected.select("doc_id", "char_start", "char_end", "surface").iter_rows()
    for d, s, e, surface in spans:
        assert " ".join(docs[int(d[1:])])[s:e] == surface
