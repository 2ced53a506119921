"""Compiled forms of the event lexicons: trigger rules, context cues, mechanism head nouns.

``event_triggers.csv`` holds both the *triggers* (a phrase that makes a sentence a candidate event
of one type) and the *cues* (context phrases read around a trigger: "will be held", "did not",
"Separately,").  Everything is compiled once (``functools.cache``).  :func:`prefilter_pattern`
joins every trigger into ONE alternation for polars' Rust regex engine, so that only candidate
sentences reach Python.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.extract.event_numbers import CARDINAL_RX, ORDINAL_RX
from pipeline.lexicons import read_lexicon

EVENT_TYPES = (
    "visit",
    "meeting",
    "phone_call",
    "correspondence",
    "military_exercise",
    "attack",
    "relations_established",
    "other",
)
CUE_CLASSES = (
    "planned", "negation", "hypothetical", "generic", "anchor", "anniversary", "attend", "anaphora",
    "nominal", "plural", "distributive", "present", "separate", "recent", "during_visit", "backref",
    "counterpart", "pronoun", "needs_person", "nonstate", "secondary",
)


class TriggerRule(NamedTuple):
    """One trigger row: a compiled regex, the event type it signals and its status hint."""

    regex: re.Pattern[str]
    event_type: str
    status_hint: str  # planned | occurred | none
    source: str
    gate: tuple[str, ...] | None  # lower-case literals of which every match contains one


def _gate(items) -> tuple[int, set[str]] | None:  # noqa: ANN001 - sre parse tree
    """(score, literals): a set of strings one of which every match of ``items`` contains."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: tuple[int, set[str]] | None = None

    def consider(g: tuple[int, set[str]] | None) -> None:
        nonlocal best
        if g is not None and (best is None or g[0] > best[0]):
            best = g

    def lead(alt) -> str:  # noqa: ANN001 - the literal text an alternative starts with
        out = []
        for op2, av2 in alt:
            if op2 is not c.LITERAL:
                break
            out.append(chr(av2).lower())
        return "".join(out)

    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is c.LITERAL:
            run.append(chr(av).lower())
            continue
        if run and op is c.BRANCH:  # the parser factors "met|meets" into "me" + (t|ets)
            leads = [lead(b) for b in av[1]]
            if all(leads):
                joined = {"".join(run) + x for x in leads}
                consider((min(len(x) for x in joined), joined))
        if run:
            lit = "".join(run)
            consider((len(lit), {lit}))
            run = []
        if op is c.SUBPATTERN:
            consider(_gate(av[3]))
        elif op is c.BRANCH:
            parts = [_gate(b) for b in av[1]]
            if parts and all(p is not None for p in parts):
                consider((min(p[0] for p in parts), set().union(*(p[1] for p in parts))))  # type: ignore[index]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            consider(_gate(av[2]))
    return best


def literal_gate(pattern: str) -> tuple[str, ...] | None:
    """Literals (lower case, 3+ chars) one of which any match of ``pattern`` must contain: a cheap
    ``in`` test that skips a regex which cannot match.  None when no such set is found."""
    from re import _parser  # type: ignore[attr-defined]

    g = _gate(_parser.parse(pattern, re.IGNORECASE))
    return tuple(sorted(g[1])) if g and g[0] >= 3 else None


def expand(pattern: str) -> str:
    """Replace the placeholders ``<ORD>`` and ``<CARD>`` by their regex sources, and every literal
    space outside a character class by ``\\s+`` (news text carries en spaces, double spaces)."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[":
            in_class = True
            out.append(ch)
        elif ch == "]":
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out).replace("<ORD>", ORDINAL_RX).replace("<CARD>", CARDINAL_RX)


@functools.cache
def _rows() -> list[tuple[str, str, str]]:
    df = read_lexicon("event_triggers").drop_nulls(["pattern", "event_type"])
    rows = []
    for pattern, etype, hint in df.select("pattern", "event_type", "status_hint").iter_rows():
        etype = etype.strip().lower()
        hint = (hint or "none").strip().lower()
        if etype != "cue" and etype not in EVENT_TYPES:
            raise ValueError(f"event_triggers.csv: unknown event_type {etype!r} in {pattern!r}")
        if etype == "cue" and hint not in CUE_CLASSES:
            raise ValueError(f"event_triggers.csv: unknown cue class {hint!r} in {pattern!r}")
        rows.append((expand(pattern), etype, hint))
    return rows


@functools.cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    """Every trigger row, compiled case-insensitively."""
    return tuple(
        TriggerRule(re.compile(p, re.IGNORECASE), t, h, p, literal_gate(p))
        for p, t, h in _rows()
        if t != "cue"
    )


@functools.cache
def cue_patterns(cls: str) -> tuple[re.Pattern[str], ...]:
    """The compiled cue regexes of one class (see the header of ``event_triggers.csv``); rows
    without named groups are joined into one alternation (one scan per class)."""
    if cls not in CUE_CLASSES:
        raise KeyError(cls)
    rows = [p for p, t, h in _rows() if t == "cue" and h == cls]
    plain = [p for p in rows if "(?P<" not in p]
    named = [p for p in rows if "(?P<" in p]
    out = [re.compile("|".join(f"(?:{p})" for p in plain), re.IGNORECASE)] if plain else []
    return tuple(out + [re.compile(p, re.IGNORECASE) for p in named])


def cue_search(cls: str, text: str) -> re.Match[str] | None:
    """The first match of any cue of class ``cls`` in ``text`` (None when there is none)."""
    best = None
    for rx in cue_patterns(cls):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


@functools.cache
def prefilter_pattern() -> str:
    """ONE case-insensitive alternation of every trigger (Rust regex syntax) for polars."""
    # ASCII word boundaries: Unicode \\b makes the Rust engine ~10x slower, and for a prefilter
    # the ASCII reading is a superset of the Unicode one around the Latin trigger words.
    body = "|".join(f"(?:{r.source})" for r in trigger_rules()).replace(r"\b", r"(?-u:\b)")
    return "(?i)" + body


@functools.cache
def mechanism_heads() -> tuple[str, ...]:
    """Head nouns that end a mechanism name ("Dialogue", "Joint ... Committee"), longest first."""
    df = read_lexicon("mechanisms").drop_nulls(["head"])
    heads = {h.strip() for h in df["head"].to_list() if h and h.strip()}
    return tuple(sorted(heads, key=len, reverse=True))


@functools.cache
def mechanism_head_rx() -> str:
    """Regex source matching a mechanism head noun (optionally plural) at a word end."""
    alts = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in mechanism_heads())
    return rf"(?:{alts})s?\b"
