"""Speed-ups of the persons extractor (round 2) keep its output: the quick tests in front of the
inner-word and "Al"-family rules, the memoised "no counterpart of their own" test, the per-text
cue of the messenger links and the one-scan apostrophe test of the token normaliser."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.persons import _no_own_counterpart, _speaks_for_others
from pipeline.extract.persons_document import _norm_tokens
from pipeline.extract.persons_lexicon import _title_table, role_titles
from pipeline.extract.persons_links import _envoy_links
from pipeline.extract.persons_sentence import analyse


def _names(text: str) -> list[tuple[str, ...]]:
    return [r.tokens for r in analyse(text, [])]


def test_inner_given_name_between_two_name_words() -> None:
    # "Said" is a stop word that is also a given name: a name word only between two name words
    assert ("Halima", "Said", "Mrema") in _names("President Halima Said Mrema met the envoy.")
    assert all("Said" not in t for t in _names("Minister Said the talks were useful."))


def test_arabic_family_article() -> None:
    assert any(t[-2:] == ("Al", "Said") for t in _names("Sultan Qais bin Talal Al Said spoke."))


def test_no_own_counterpart_matches_its_definition() -> None:
    titles = {r.title for r in _title_table().values() if r.title}
    titles |= {"Foreign Ministry Spokesperson", "presidential spokesman", "Prime Minister"}
    for t in titles:
        assert _no_own_counterpart(t) == (_speaks_for_others(t) or t in role_titles())


def _reference_norm(tokens: tuple[str, ...]) -> tuple[str, ...]:
    for t in tokens:
        if "’" in t:
            return tuple(t.replace("’", "'") for t in tokens)
    return tokens


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="Ab’'-", max_size=5), max_size=4).map(tuple))
def test_norm_tokens_equals_the_word_by_word_reading(tokens: tuple[str, ...]) -> None:
    out = _norm_tokens(tokens)
    assert out == _reference_norm(tokens)
    if "’" not in "".join(tokens):
        assert out is tokens  # the same tuple when there is nothing to change


class _R:
    def __init__(self, text: str, start: int, end: int, titles: list[str]) -> None:
        self.text, self.start, self.end, self.titles = text, start, end, titles


def test_envoy_links_read_once_per_sentence_text() -> None:
    text = "Ali Khan conveyed the greetings of President Li Wei to the host."
    a = _R(text, 0, 8, [])
    b = _R(text, text.index("Li Wei"), text.index("Li Wei") + 6, ["President"])
    plain = "Ali Khan met President Li Wei."
    c = _R(plain, 0, 8, [])
    d = _R(plain, plain.index("Li Wei"), plain.index("Li Wei") + 6, ["President"])
    resolved = [(0, a, "Ali Khan", None), (1, b, "Li Wei", None),
                (2, c, "Ali Khan", None), (3, d, "Li Wei", None)]
    assert _envoy_links(resolved, [0, 0, 1, 1]) == [("Ali Khan", "Li Wei")]
