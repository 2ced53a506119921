"""The batched date extraction (vectorised gates, one scan per pattern over many sentences, quick
tests in front of regexes) must find exactly what the sentence-by-sentence reading finds."""

from __future__ import annotations

import re

from datetime import date

import polars as pl
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.extract import dates as D
from pipeline.extract import dates_batch as B
from pipeline.extract.dates import DateContext, extract_dates, parse_dates

# Fragments that exercise every pattern family, and separators that regex engines disagree on
# (Python's \s also matches \x1c-\x1f; \xa0 and \u2009 are Unicode spaces; \x00 joins sentences).
_FRAGMENTS = [
    "January", "Feb.", "MARCH", "Sept", "May", "june", "Dec", "Monday", "Friday", "(Tuesday)",
    "5", "05", "21st", "31", "3rd", "2023", "1999", "2024-25", "2022/23", "FY23", "FY 2022-23",
    "Q3", "H1", "2Q", "fiscal", "financial year", "year", "years", "month", "months", "week",
    "quarter", "half", "the first", "three", "ten", "last", "next", "this", "that", "same",
    "following", "previous", "coming", "past", "from", "between", "to", "and", "until", "-",
    "–", "/", ".", ",", "of", "the", "in", "on", "by", "since", "as of", "end of", "mid-",
    "early", "later", "earlier", "ago", "before", "after", "yesterday", "today", "tomorrow",
    "will", "was", "held", "signed", "expected to", "said", "1950s", "Article", "$", "%",
    "US$2023", "2,023", "Beijing", "Minister", "’", "(", ")", ";",
]
_SEPARATORS = [" ", " ", " ", "", "\n", "\xa0", "\x1c", "\u2009", ", ", " - "]

_TEXT = st.lists(
    st.tuples(st.sampled_from(_FRAGMENTS), st.sampled_from(_SEPARATORS)), min_size=1, max_size=14
).map(lambda parts: "".join(f + s for f, s in parts))


def _cands(chosen) -> list[tuple]:
    return [(c.start, c.end, c.tag, c.m.group()) for c in chosen]


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=6))
@example(["January\n", "January "])  # a month heading with a trailing line break (found by CI)
def test_batched_detection_equals_sentence_by_sentence(texts):
    batched = B._chosen_many(pl.Series(texts, dtype=pl.String))
    assert [_cands(c) for c in batched] == [_cands(D._chosen(t)) for t in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=8), st.sampled_from(["day", "month", "unknown"]))
def test_extract_dates_equals_parse_dates_in_order(texts, precision):
    ref = None if precision == "unknown" else date(2024, 5, 15)
    sentences = pl.DataFrame(
        {
            "doc_id": ["d"] * len(texts),
            "sentence_id": list(range(len(texts))),
            "char_start": [100 * i for i in range(len(texts))],
            "text": texts,
            "is_boilerplate": [i % 3 == 2 for i in range(len(texts))],
        },
        schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32},
    )
    docs = pl.DataFrame(
        {"doc_id": ["d"], "reference_date": [ref], "reference_precision": [precision]},
        schema={"doc_id": pl.String, "reference_date": pl.Date, "reference_precision": pl.String},
    )
    got = extract_dates(sentences, docs)
    ctx = DateContext(ref, precision if ref else "unknown")
    expected = []
    for i, text in enumerate(texts):
        use = ctx
        if i % 3 == 2:  # boilerplate: read with a copy that the narrative does not keep
            use = DateContext(ctx.reference, ctx.reference_precision, ctx.year, ctx.month)
        for m in parse_dates(text, use):
            expected.append(
                (i, 100 * i + m.start, m.surface, m.value.start, m.value.precision, m.kind)
            )
    columns = ("sentence_id", "char_start", "surface", "date_start", "precision", "kind")
    assert got.select(columns).rows() == expected


# ---------------------------------------------------------------- quick tests before regexes

_WINDOW = st.lists(
    st.sampled_from(["as", "of", "at", "on", "by", "the", "since", "ever", "until", "up", "to",
                     "through", "than", "no", "later", "end", "year", "mid", "early", "very",
                     "close", "so", "far", "earlier", "ſince", "AT", "By", "year-end", "x"]),
    max_size=6,
).flatmap(
    lambda ws: st.sampled_from([" ", "  ", "-", " - ", "\n", ""]).map(lambda sep: " ".join(ws) + sep)
)


def _qualifier_reference(text: str, start: int, span_text: str) -> str | None:
    """The qualifier as first written: every regex searched."""
    before = text[max(0, start - 30):start]
    for label, rx in D._QUALIFIER_RES:
        if rx.search(before):
            at_end = D._AT_END_RE.search(before)
            if label == "as_of" and at_end and not D._END_SPAN_RE.match(span_text):
                return None
            return label
    return "as_of" if D._END_OF_RE.match(span_text) else None


@settings(max_examples=300, deadline=None)
@given(_WINDOW, st.sampled_from(["2024", "the end of 2024", "March", "Year-end 2024", "close of 2024", "end-2024",
                                  "Very end of May", "ǅ 2024"]))
def test_qualifier_and_modifier_quick_tests_change_nothing(window, span):
    text = window + span
    start = len(window)
    assert D._qualifier(text, start, span) == _qualifier_reference(text, start, span)
    w = text[max(0, start - 40):start]
    m = D._MODIFIER_RE.search(w)
    assert D._modifier_start(text, start) == (start - (len(w) - m.start()) if m else start)


def _tense_reference(text: str, start: int, end: int) -> str | None:
    """The clause tense as first written: every marker of the text, then the clause's."""
    markers = D._markers(text)
    if not markers:
        return None
    lo = 0
    for m in D._CLAUSE_BOUNDARY_RE.finditer(text, 0, start):
        lo = m.end()
    m = D._CLAUSE_BOUNDARY_RE.search(text, end)
    hi = m.start() if m else len(text)
    inside = [k for a, b, k in markers if a >= lo and b <= hi]
    if inside:
        if "future" not in inside:
            return "past"
        if "past" in inside and not D._FUTURE_MULTI_RE.search(text, lo, hi):
            # both tenses: the nearest marker before the date governs it (else the nearest after);
            # a participle after "be" ("will be held") is no marker of its own
            words = [(a, b, k) for a, b, k in markers if a >= lo and b <= hi
                     and not (k == "past" and re.search(r"\b(?:be|been|being)\s+$",
                                                         text[max(lo, a - 8):a], re.I))]
            if {k for _a, _b, k in words} == {"past", "future"}:
                before = [k for a, b, k in words if b <= start]
                after = [k for a, b, k in words if a >= end]
                return (before or after)[-1 if before else 0]
        return "future"
    return min(markers, key=lambda t: start - t[1] if t[1] <= start else t[0] - end)[2]


_CLAUSE_WORDS = ["will", "was", "signed", "is set to", "are to be", "planned for", "needed",
                 "talks", "they'll", "won't", "met", "Will", "then", "(", ")", ";", ",", ", 2",
                 " - ", ":", "said", "wed", "X"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=8),
    st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=8),
)
def test_clause_tense_reads_only_the_clause_but_agrees(before, after):
    head = " ".join(before) + " "
    text = head + "DATE " + " ".join(after)
    start, end = len(head), len(head) + 4
    assert D._tense(text, start, end) == _tense_reference(text, start, end)


def test_tight_gates_are_what_the_patterns_need():
    """Each narrowed gate is a necessary condition: on texts where its pattern matches, it holds."""
    samples = [
        "Talks on March 5, 2024 and 5 March 2024.", "In May\x1c2023 and Jan.\xa05th, 2021.",
        "Signed 2024-03-05 and 05.03.2024 on the 21st of June 2022.", "It ran 2012–2020.",
        "Two years later, three weeks ago.", "FY2022/23 and the 2023 fiscal year.",
        "On Friday (March 15) and 3rd\u2009of\u2009May", "Sept 1 to Oct 3", "1 June",
    ]
    frame = B._gate_frame(pl.Series(samples))
    for tag in B._TIGHT_GATES:
        rx = dict(D._PATTERNS)[tag]
        for i, text in enumerate(samples):
            if rx.search(text) and D._gates(text)[tag]:
                assert frame[tag][i], (tag, text)


def test_batched_extraction_frame_for_two_documents():
    sentences = pl.DataFrame(
        {
            "doc_id": ["b", "a", "a"],
            "sentence_id": [0, 0, 1],
            "char_start": [0, 0, 40],
            "text": [
                "He arrived on Monday.", "In January 2023 talks began.", "In April they ended."
            ],
        },
        schema_overrides={"sentence_id": pl.Int32, "char_start": pl.Int32},
    )
    docs = pl.DataFrame(
        {"doc_id": ["a", "b"], "reference_date": [None, date(2024, 5, 15)],
         "reference_precision": [None, "day"]},
        schema={"doc_id": pl.String, "reference_date": pl.Date, "reference_precision": pl.String},
    )
    out = extract_dates(sentences, docs)
    assert out.select("doc_id", "char_start", "surface", "date_start", "precision").rows() == [
        ("a", 3, "January 2023", date(2023, 1, 1), "month"),
        ("a", 43, "April", date(2023, 4, 1), "month"),
        ("b", 14, "Monday", date(2024, 5, 13), "day"),
    ]
    assert dict(out.schema) == D.DATE_MENTIONS


_GATE_TEXT = st.lists(
    st.sampled_from(B._GATE_WORDS + ["tomorrow", "todays", "monthsyear", "sthe ", "r of the ", "TODAY",
                                     "ﬁscal", "Ended", "x", " ", "-", "2024", "March", "Monday", "İ"]),
    min_size=0, max_size=12,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_GATE_TEXT, min_size=1, max_size=6))
def test_vectorised_gates_equal_the_sentence_gates(texts):
    """The batched gates (gate words found in one pass and folded into a bit mask, words that
    overlap or contain each other included) equal :func:`_gates` wherever no tighter gate narrows
    them."""
    frame = B._gate_frame(pl.Series(texts, dtype=pl.String))
    for i, text in enumerate(texts):
        expected = D._gates(text)
        for tag in frame.columns:
            if tag not in B._TIGHT_GATES:
                assert frame[tag][i] == expected[tag], (tag, text)
