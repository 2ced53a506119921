"""The fast test of a hard-wrapped text (a literal scan for line breaks, then the character before)
says exactly what counting the non-overlapping matches of the wrap pattern says."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.segment import _WRAP_RE, _WRAPS_MIN, _is_wrapped, split_sentences


def _by_regex(text: str) -> bool:
    return sum(1 for _ in _WRAP_RE.finditer(text)) >= _WRAPS_MIN


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab,-. \tA\n", max_size=60))
def test_fast_wrap_test_equals_the_pattern_count(text):
    assert _is_wrapped(text) == _by_regex(text)


def test_single_letter_lines_do_not_overlap():
    # "a\nb\nc\nd": the matches "a\nb" and "c\nd" do not overlap; "b\nc" would share "b"
    assert not _is_wrapped("a\nb\nc\nd")
    assert _is_wrapped("ab\ncd\nef\ngh")


def test_a_wrapped_statement_runs_its_sentences_across_lines():
    text = (
        "The two ministers reviewed the progress of the joint projects and agreed that the\n"
        "next session of the commission would be held in the capital later this year, when\n"
        "the working groups report on trade, energy and the fisheries agreement. They also\n"
        "discussed the visa regime.\n"
    )
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert len(spans) == 2
    assert spans[0].startswith("The two ministers") and spans[0].endswith("fisheries agreement.")
    assert spans[1] == "They also\ndiscussed the visa regime."
