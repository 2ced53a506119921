"""Compiled forms of the event lexicons: trigger rules, context cues, mechanism head nouns.

``event_triggers.csv`` holds both the *triggers* (a phrase that makes a sentence a candidate event
of one type) and the *cues* (context phrases read around a trigger: "will be held", "did not",
"Separately,").  Everything is compiled once (``functools.cache``).  :func:`prefilter_patterns`
joins the triggers into a few alternations for polars' Rust regex engine, so that only candidate
sentences reach Python.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.extract.event_numbers import CARDINAL_RX, ORDINAL_RX, ORDINAL_TRIE_RX
from pipeline.lexicons import read_lexicon
from pipeline.model import EVENT_TYPES  # the contract's vocabulary

CUE_CLASSES = (
    "planned", "negation", "hypothetical", "generic", "anchor", "anniversary", "attend", "anaphora",
    "nominal", "plural", "distributive", "present", "separate", "recent", "during_visit", "backref",
    "counterpart", "pronoun", "needs_person", "nonstate", "secondary", "full_np", "frame", "joint",
    "in_person", "adjunct", "received", "body", "reply", "private",
)
# cue classes read on a trigger's own text only (never on the sentence): no sentence gate
TEXT_CUE_CLASSES = frozenset(
    {"nominal", "plural", "needs_person", "secondary", "full_np", "joint", "in_person", "adjunct", "received", "body", "reply"}
)


class TriggerRule(NamedTuple):
    """One trigger row: a compiled regex, the event type it signals and its status hint."""

    regex: re.Pattern[str]
    event_type: str
    status_hint: str  # planned | occurred | none
    source: str
    gate: tuple[str, ...] | None  # lower-case literals of which every match contains one
    anchors: tuple[str, ...] | None = None  # lower-case literals of which every match STARTS with one
    low: re.Pattern[str] | None = None  # the same pattern for lower-cased text (see lowered())


class CueRx(NamedTuple):
    """One cue pattern: compiled (case-insensitive), its lower-case variant, its literal gate."""

    rx: re.Pattern[str]
    low: re.Pattern[str] | None
    gate: frozenset[str] | None


_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)


def lowered(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` compiled case-SENSITIVELY, to be run on ``text.lower()`` in place of the
    case-insensitive pattern on ``text``; None when that is not equivalent.

    Equivalent when the pattern has no case-sensitive part and no upper-case letter outside an
    escape (\\W, \\S …) or a group name: lower-casing keeps every character's \\w / \\s / \\d class,
    so positions and boundaries agree, and a lower-case literal then meets exactly the characters
    the case-insensitive engine would accept -- for a text without the few letters that fold
    unlike ``str.lower`` (İ ı ſ K: such texts never use the variant, see event_gates).  A
    case-sensitive pattern runs several times faster in Python's engine."""
    if "(?-i" in pattern or "(?i" in pattern:
        return None
    bare = _ESCAPE.sub("", pattern)
    if any(ch != ch.lower() for ch in bare):
        return None
    return re.compile(pattern)


def _gate(items) -> tuple[int, set[str]] | None:  # noqa: ANN001 - sre parse tree
    """(score, literals): a set of strings one of which every match of ``items`` contains."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: tuple[int, set[str]] | None = None

    def consider(g: tuple[int, set[str]] | None) -> None:
        nonlocal best
        if g is not None and (best is None or g[0] > best[0]):
            best = g

    def char(op, av) -> str | None:  # noqa: ANN001 - one letter: a literal or a class of its cases ([Ii])
        if op is c.LITERAL:
            return chr(av).lower()
        if op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            low = {chr(x).lower() for _, x in av}
            if len(low) == 1:
                return low.pop()
        return None

    def lead(alt) -> str:  # noqa: ANN001 - the literal text an alternative starts with
        out = []
        for op2, av2 in alt:
            ch = char(op2, av2)
            if ch is None:
                break
            out.append(ch)
        return "".join(out)

    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        ch = char(op, av) if op is not None else None
        if ch is not None:
            run.append(ch)
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


@functools.lru_cache(maxsize=4096)
def _parsed(pattern: str):  # noqa: ANN202 - sre parse tree (read only), shared by the two readers below
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def literal_gate(pattern: str, min_len: int = 3) -> tuple[str, ...] | None:
    """Literals (lower case, ``min_len``+ chars) one of which any match of ``pattern`` must
    contain: a cheap ``in`` test that skips a regex which cannot match.  None when no such set is
    found."""
    g = _gate(_parsed(pattern))
    return tuple(sorted(g[1])) if g and g[0] >= min_len else None


def _leads(items) -> set[str] | None:  # noqa: ANN001 - sre parse tree
    """Non-empty lower-case literals one of which every match of ``items`` starts with."""
    from re import _constants as c  # type: ignore[attr-defined]

    items = list(items)
    i = 0
    while i < len(items) and items[i][0] is c.AT:  # \b, ^: zero-width
        i += 1
    run = []
    while i < len(items) and items[i][0] is c.LITERAL:
        run.append(chr(items[i][1]).lower())
        i += 1
    prefix = "".join(run)
    if i < len(items):
        op, av = items[i]
        sub = None
        if op is c.BRANCH:
            parts = [_leads(b) for b in av[1]]
            if parts and all(parts):
                sub = set().union(*parts)  # type: ignore[arg-type]
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            sub = _leads(av[3])
        if sub:
            return {prefix + x for x in sub}
    return {prefix} if prefix else None


def literal_anchors(pattern: str) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of ``pattern`` (case-insensitive) starts with:
    a match can only start where ``text.lower()`` holds one.  None when no such set is found."""
    leads = _leads(_parsed(pattern))
    if not leads or not all(x.isascii() for x in leads):
        return None
    # a literal that starts with another one adds no start position
    return tuple(sorted(x for x in leads if not any(y != x and x.startswith(y) for y in leads)))


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


def _engine(pattern: str) -> str:
    """The source to compile for a row's ``pattern``: the same regex, its ordinals written as a
    trie (:data:`~pipeline.extract.event_numbers.ORDINAL_TRIE_RX`); gates are read from ``pattern``."""
    return pattern.replace(ORDINAL_RX, ORDINAL_TRIE_RX)


@functools.cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    """Every trigger row, compiled case-insensitively."""
    return tuple(
        TriggerRule(
            re.compile(_engine(p), re.IGNORECASE), t, h, p, literal_gate(p), literal_anchors(p), lowered(_engine(p))
        )
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
    out = [re.compile("|".join(f"(?:{_engine(p)})" for p in plain), re.IGNORECASE)] if plain else []
    return tuple(out + [re.compile(_engine(p), re.IGNORECASE) for p in named])


@functools.cache
def cue_rxs(cls: str) -> tuple[CueRx, ...]:
    """The cue patterns of one class, one per lexicon row (searching them one by one and keeping
    the leftmost match, the first row on a tie, finds what their alternation finds)."""
    if cls not in CUE_CLASSES:
        raise KeyError(cls)
    out = []
    for p, t, h in _rows():
        if t == "cue" and h == cls:
            g = None if cls in TEXT_CUE_CLASSES else literal_gate(p, min_len=2)  # text classes: never gated
            gate = frozenset(g) if g and all(x.isascii() for x in g) else None
            out.append(CueRx(re.compile(_engine(p), re.IGNORECASE), lowered(_engine(p)), gate))
    return tuple(out)


_CUE_TABLE: dict[str, tuple[CueRx, ...]] = {}
# (class, gate literals of a sentence) -> the patterns of the class whose gate the sentence holds
_CUE_GATED: dict[tuple[str, frozenset[str]], tuple[CueRx, ...]] = {}


def _gated(cls: str, present: frozenset[str]) -> tuple[CueRx, ...]:
    """The cue patterns of class ``cls`` that may match a sentence with gate literals ``present``."""
    return tuple(c for c in cue_rxs(cls) if c.gate is None or not present.isdisjoint(c.gate))


def cue_search(
    cls: str, text: str, present: frozenset[str] | None = None, low: str | None = None
) -> re.Match[str] | None:
    """The first match of any cue of class ``cls`` in ``text`` (None when there is none).

    ``present``: the gate literals of the sentence that ``text`` is part of (patterns whose gate
    is absent are skipped); ``low``: ``text.lower()`` for a sentence without letters that fold
    unlike ``str.lower`` (the faster lower-case variants then run on it).  See event_gates."""
    if present is None:
        pats = _CUE_TABLE.get(cls)
        if pats is None:
            pats = _CUE_TABLE[cls] = cue_rxs(cls)
    else:
        key = (cls, present)
        pats = _CUE_GATED.get(key)
        if pats is None:
            if len(_CUE_GATED) > 200_000:
                _CUE_GATED.clear()
            pats = _CUE_GATED[key] = _gated(cls, present)
    best = None
    for c in pats:
        m = c.rx.search(text) if low is None or c.low is None else c.low.search(low)
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


PREFILTER_BUDGET = 4000  # characters of regex source per alternation (see prefilter_patterns)


@functools.cache
def prefilter_patterns() -> tuple[str, ...]:
    """:func:`prefilter_pattern` cut into a few alternations of at most ``PREFILTER_BUDGET``
    characters of source each (a sentence is a candidate when any of them matches).  One huge
    alternation outgrows the Rust engine's lazy-DFA cache and falls back to a far slower engine
    (60 rules: 100x slower than two halves)."""
    chunks: list[list[str]] = [[]]
    size = 0
    for r in trigger_rules():
        src = f"(?:{r.source})".replace(r"\b", r"(?-u:\b)")
        if chunks[-1] and size + len(src) > PREFILTER_BUDGET:
            chunks.append([])
            size = 0
        chunks[-1].append(src)
        size += len(src)
    return tuple("(?i)" + "|".join(c) for c in chunks)


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
