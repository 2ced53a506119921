"""Literal gates: which trigger rules and cue classes can possibly match a sentence.

Every trigger rule and every cue class of ``event_triggers.csv`` has (when one can be derived) a
set of lower-case literals one of which any of its matches contains
(:func:`pipeline.extract.event_lexicon.literal_gate`).  ONE vectorised Aho-Corasick pass of polars
(``str.extract_many``) finds, for every candidate sentence, which of those literals it contains;
Python then runs only the regexes whose gate is present, and a cue class whose gate is absent from
the sentence cannot match any part of it (a literal of a substring is a literal of the sentence).

Trigger rules also carry *anchors* (literals every match starts with): a rule is tried only at
their occurrences, and only when the sentence holds one.  Regexes without a case-sensitive part
run in a case-sensitive variant on ``text.lower()`` (:func:`pipeline.extract.event_lexicon.lowered`),
which Python's engine scans several times faster.

The literals are ASCII; a literal is "in" a text when it is in ``text.lower()``.  A few non-ASCII
letters fold onto ASCII letters differently under ``str.lower`` and under the case-insensitive
regex engine (dotted/dotless i, long s, the Kelvin sign): a sentence holding one gets ``None``
("unknown": every regex runs on the text itself, as without gates).
"""

from __future__ import annotations

import functools

import polars as pl

from pipeline.extract.event_lexicon import CUE_CLASSES, TEXT_CUE_CLASSES, _rows, literal_gate, trigger_rules
from pipeline.extract.event_mechanism import LATEST_GATE, ORDINAL_STEMS

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
def rules_for(present: frozenset[str]) -> tuple[int, ...]:
    """Indices (lexicon order) of the trigger rules that may match a sentence holding the gate
    literals ``present``: its gate and its anchors (when known) each meet ``present``."""
    return tuple(
        i
        for i, (g, a) in enumerate(zip(trigger_gates(), trigger_anchors()))
        if (g is None or not present.isdisjoint(g)) and (a is None or not present.isdisjoint(a))
    )


@functools.cache
def possible_cues(present: frozenset[str] | None) -> frozenset[str]:
    """The cue classes that may match (a part of) a sentence with these gate literals."""
    gates = cue_gates()
    if present is None:
        return frozenset(gates)
    return frozenset(c for c, g in gates.items() if g is None or not present.isdisjoint(g))


__all__ = ["FOLD_SPECIAL", "cue_gates", "trigger_gates", "trigger_anchors", "gate_literals", "sentence_literals", "rules_for", "possible_cues"]
