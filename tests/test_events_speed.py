"""Fast paths of trigger finding give exactly what the plain regexes give.

``find_triggers`` with a sentence's gate literals (``present``) tries only the rules that may
match, only at their anchors, and skips the rules that require an ordinal in a sentence without
one; without ``present`` it runs every rule whose gate the text holds.  Both must agree.
"""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import event_gates as gates
from pipeline.extract.event_lexicon import trigger_rules
from pipeline.extract.event_numbers import ORDINAL_RX
from pipeline.extract.event_trigger_find import find_triggers

_PIECES = [
    " ", "  ", "\n", "\u2003", ",", ", ", ";", ":", ".", "(", ")", "/", " — ", "-", "'", "’", "\"", "“",
    "1", "21", "7th", "21ST", "3rd", "2nd", "١st", "2024", "seventh", "Twenty-First", "first", "the",
    "The", "and", "its", "their", "met", "Met", "MEETS", "meeting", "meeting with", "visit", "Visited",
    "visits to", "state visit", "held talks", "talks with", "phone call", "spoke", "sent a letter",
    "joint exercise", "killed in an attack", "established diplomatic relations", "the fourth round of",
    "session of", "round", "session", "Summit", "Commission", "will", "not", "is expected to", "hold",
    "on the sidelines of", "with", "between", "President", "Xi", "His Excellency", "Pakistan", "China",
    "İ", "ı", "ſ", "K", "é",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _plain(text: str) -> list[tuple]:
    return [tuple(t) for t in find_triggers(text)]


def _fast(text: str) -> list[tuple]:
    (present,) = gates.sentence_literals(pl.Series([text], dtype=pl.String))
    return [tuple(t) for t in find_triggers(text, 0, present, text.lower() if present is not None else None)]


@settings(deadline=None)
@given(_texts)
def test_gated_trigger_finding_equals_the_plain_one(text):
    assert _fast(text) == _plain(text)


def test_known_sentences():
    for text in (
        "The 7th session of the Joint Commission was held in Beijing.",
        "The Twenty-First Round of talks took place on Monday, and the two ministers met again.",
        "President Xi met with His Excellency Mr. Sharif in Beijing and held talks.",
        "The third meeting of the council, the 21ST, will be held in May.",
        "The session of the council met.",
    ):
        assert _fast(text) == _plain(text)
        assert _plain(text)


def test_ordinal_rules_need_an_ordinal():
    flags = gates.trigger_ordinals()
    assert any(flags)  # the lexicon has such rules ("the <ordinal> session of …")
    for rule, required in zip(trigger_rules(), flags):
        if required:
            assert ORDINAL_RX in rule.source
    assert gates.requires_ordinal(rf"\bthe\s+{ORDINAL_RX}\s+session\b")
    assert not gates.requires_ordinal(rf"\bthe\s+(?:{ORDINAL_RX}\s+)?session\b")  # optional
    assert not gates.requires_ordinal(rf"\bthe\s+(?:{ORDINAL_RX}|next)\s+session\b")  # an alternative
    present = frozenset({"the", "session"})
    assert set(gates.rules_for(present, False)) <= set(gates.rules_for(present))
    assert not gates.may_hold_ordinal(present, "the session of the council")
    assert gates.may_hold_ordinal(present, "the 5th session")
    assert gates.may_hold_ordinal(present | {"fifth"}, "the fifth session")


@settings(deadline=None)
@given(st.sets(st.sampled_from(gates.gate_literals()), max_size=40), st.booleans())
def test_indexed_rules_for_equals_testing_every_rule(lits, ordinal):
    present = frozenset(lits)
    want = tuple(
        i
        for i, (g, a, o) in enumerate(zip(gates.trigger_gates(), gates.trigger_anchors(), gates.trigger_ordinals()))
        if (g is None or not present.isdisjoint(g)) and (a is None or not present.isdisjoint(a)) and (ordinal or not o)
    )
    assert gates.rules_for(present, ordinal) == want
