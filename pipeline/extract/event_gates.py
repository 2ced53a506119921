"""Literal gates: which trigger rules and cue classes can possibly match a sentence.

Every trigger rule and every cue class of ``event_triggers.csv`` has (when one can be derived) a
set of lower-case literals one of which any of its matches contains
(:func:`pipeline.extract.event_lexicon.literal_gate`).  ONE vectorised Aho-Corasick pass of polars
(``str.extract_many``) finds, for every candidate sentence, which of those literals it contains;
Python then runs only the regexes whose gate is present, and a cue class whose gate is absent from
the sentence cannot match any part of it (a literal of a substring is a literal of the sentence).

Trigger rules also carry *anchors* (literals every match starts with): a rule is tried only at
their occurrences, and only when the sentence holds one.  A rule whose top-level sequence holds an
ordinal ("the <ORD> session of") is tried only in a sentence that may hold one (an ordinal word
among its literals, or a digit ordinal).  :func:`rules_for` reads the rules off an index of the
literals, so its cost follows the literals a sentence holds, not the size of the lexicon.  Regexes without a case-sensitive part
run in a case-sensitive variant on ``text.lower()`` (:func:`pipeline.extract.event_lexicon.lowered`),
which Python's engine scans several times faster.

The literals are ASCII; a literal is "in" a text when it is in ``text.lower()``.  A few non-ASCII
letters fold onto ASCII letters differently under ``str.lower`` and under the case-insensitive
regex engine (dotted/dotless i, long s, the Kelvin sign): a sentence holding one gets ``None``
("unknown": every regex runs on the text itself, as without gates).
"""

from __future__ import annotations

import functools
import re

import polars as pl

from pipeline.extract.event_lexicon import CUE_CLASSES, TEXT_CUE_CLASSES, _parsed, _rows, literal_gate, trigger_rules
from pipeline.extract.event_mechanism import DIGIT_ORDINAL, LATEST_GATE, ORDINAL_STEMS
from pipeline.extract.event_numbers import ORDINAL_RX

# Letters whose lower case contains an ASCII letter, or that a case-insensitive regex equates with
# one although their lower case does not contain it: İ ı ſ K
FOLD_SPECIAL = "[\u0130\u0131\u017f\u212a]"


@functools.cache
def cue_gates() -> dict[str, frozenset[str] | None]:
    """cue class -> literals one of which every match of any of its patterns contains (None: no gate)."""
    out: dict[str, frozenset[str] | None] = {}
    for cls in CUE_CLASSES:
        if cls in TEXT_CUE_CLASSES:
            out[cls] = None  # read on trigger texts, never gated on the sentence
            continue
        lits: set[str] = set()
        for p, t, h in _rows():
            if t != "cue" or h != cls:
                continue
            g = literal_gate(p, min_len=2)
            if g is None or not all(x.isascii() for x in g):
                lits = None  # type: ignore[assignment]
                break
            lits.update(g)
        out[cls] = frozenset(lits) if lits else None
    return out


@functools.cache
def trigger_gates() -> tuple[frozenset[str] | None, ...]:
    """Per trigger rule (in lexicon order): its gate literals, None when it has no (ASCII) gate."""
    return tuple(
        frozenset(r.gate) if r.gate and all(x.isascii() for x in r.gate) else None for r in trigger_rules()
    )


@functools.cache
def _ordinal_item() -> str:
    from re import _parser  # type: ignore[attr-defined]

    (item,) = list(_parser.parse(ORDINAL_RX, re.IGNORECASE))
    return repr(item)


def may_hold_ordinal(present: frozenset[str], low: str) -> bool:
    """May a sentence (gate literals ``present``, not None; lower-case text ``low``) hold an
    ordinal: an ordinal word (every one contains a gate literal of ORDINAL_STEMS) or a digit ordinal?"""
    return not present.isdisjoint(ORDINAL_STEMS) or DIGIT_ORDINAL.search(low) is not None


def requires_ordinal(pattern: str) -> bool:
    """Does every match of ``pattern`` hold an ordinal (ORDINAL_RX is an item of its top-level
    sequence)?"""
    if ORDINAL_RX not in pattern:
        return False
    want = _ordinal_item()
    return any(repr(item) == want for item in _parsed(pattern))  # (the parse literal_gate made)


@functools.cache
def trigger_ordinals() -> tuple[bool, ...]:
    """Per trigger rule: does every match of it hold an ordinal?"""
    return tuple(requires_ordinal(r.source) for r in trigger_rules())


@functools.cache
def trigger_anchors() -> tuple[frozenset[str] | None, ...]:
    """Per trigger rule: the literals one of which every match starts with (None: unknown)."""
    return tuple(frozenset(r.anchors) if r.anchors else None for r in trigger_rules())


@functools.cache
def gate_literals() -> tuple[str, ...]:
    """Every literal of every trigger and cue gate (sorted)."""
    lits: set[str] = set()
    for g in trigger_gates():
        lits |= g or set()
    for g in trigger_anchors():
        lits |= g or set()
    for g in cue_gates().values():
        lits |= g or set()
    lits |= ORDINAL_STEMS | set(LATEST_GATE)  # read by pipeline.extract.event_mechanism
    return tuple(sorted(lits))


def sentence_literals(texts: pl.Series) -> list[frozenset[str] | None]:
    """For each text: the gate literals that ``text.lower()`` contains (None: unknown, see module doc)."""
    lits = list(gate_literals())
    assert not any("|" in x for x in lits)
    if texts.len() == 0:
        return []
    frame = pl.DataFrame({"t": texts}).select(
        found=pl.col("t")
        .str.extract_many(lits, ascii_case_insensitive=True, overlapping=True)
        .list.join("|"),  # no literal holds a "|"
        special=pl.col("t").str.contains(FOLD_SPECIAL).fill_null(False),
    )
    cache: dict[str, frozenset[str]] = {}
    out: list[frozenset[str] | None] = []
    for found, special in zip(frame["found"].to_list(), frame["special"].to_list()):
        if special or found is None:
            out.append(None)
            continue
        fs = cache.get(found)
        if fs is None:
            fs = cache[found] = frozenset(x.lower() for x in found.split("|")) if found else frozenset()
        out.append(fs)
    return out


@functools.cache
def _rule_index() -> tuple[dict[str, frozenset[int]], frozenset[int], dict[str, frozenset[int]], frozenset[int], frozenset[int]]:
    """(literal -> rules gated by it, rules without a gate, literal -> rules anchored by it, rules
    without anchors, rules that require an ordinal): :func:`rules_for` reads only the literals a
    sentence holds instead of testing every rule."""
    by_gate: dict[str, set[int]] = {}
    by_anchor: dict[str, set[int]] = {}
    for i, (g, a) in enumerate(zip(trigger_gates(), trigger_anchors())):
        for x in g or ():
            by_gate.setdefault(x, set()).add(i)
        for x in a or ():
            by_anchor.setdefault(x, set()).add(i)
    gates, anchors = trigger_gates(), trigger_anchors()
    return (
        {k: frozenset(v) for k, v in by_gate.items()},
        frozenset(i for i, g in enumerate(gates) if g is None),
        {k: frozenset(v) for k, v in by_anchor.items()},
        frozenset(i for i, a in enumerate(anchors) if a is None),
        frozenset(i for i, o in enumerate(trigger_ordinals()) if o),
    )


@functools.cache
def rules_for(present: frozenset[str], ordinal: bool = True) -> tuple[int, ...]:
    """Indices (lexicon order) of the trigger rules that may match a sentence holding the gate
    literals ``present``: its gate and its anchors (when known) each meet ``present``, and, for a
    sentence without an ordinal (``ordinal`` False: no ordinal word among ``present``, no digit
    ordinal, see :func:`may_hold_ordinal`), it requires none (:func:`requires_ordinal`)."""
    by_gate, ungated, by_anchor, unanchored, ordinals = _rule_index()
    gated = set(ungated)
    anchored = set(unanchored)
    for x in present:
        g = by_gate.get(x)
        if g is not None:
            gated |= g
        a = by_anchor.get(x)
        if a is not None:
            anchored |= a
    ok = gated & anchored
    if not ordinal:
        ok -= ordinals
    return tuple(sorted(ok))


@functools.cache
def possible_cues(present: frozenset[str] | None) -> frozenset[str]:
    """The cue classes that may match (a part of) a sentence with these gate literals."""
    gates = cue_gates()
    if present is None:
        return frozenset(gates)
    return frozenset(c for c, g in gates.items() if g is None or not present.isdisjoint(g))


__all__ = ["FOLD_SPECIAL", "cue_gates", "trigger_gates", "trigger_anchors", "gate_literals", "sentence_literals", "requires_ordinal", "may_hold_ordinal", "rules_for", "possible_cues"]
