"""Cues governing agreement instruments: pending cues ("negotiations on", "will sign") bound to
the instruments they govern, late signing cues after an instrument, and the distance from an
instrument to its nearest signing cue."""

from __future__ import annotations

import re

from pipeline.extract.agreement_context import _INF, _Inst
from pipeline.extract.agreement_lexicon import _lex, _pending_window

_CLAUSE_BREAK_RE = re.compile(r"[;:!?]|\.(?!\d)")  # (not the point of "$3.5 billion")
_SUBORDINATORS = frozenset("when while after before as because since where and but whereas although though if".split())
_PARTIES_GAP_RE = re.compile(r"\s*(?:between|among|amongst)\s+(?:the\s+)?[A-Z]")
_PASSIVE_END_RE = re.compile(
    r"\b(?:was|were|been|being|be|is|are)\s+(?:(?:[a-z]+ly|also|then|later|jointly|finally|duly)\s+)*$"
)
_REL_START_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:which|that)\s", re.I)
_PENDING_GAP_RE = re.compile(
    r"^[\s,]*(?:\([^()]*\)[\s,]*)?(?:(?:which|that|it|is|are|was|were|has|have|had|been|being|still|also|now|"
    r"currently|long|remains?)\s+)*$", re.I
)


# the subject of a contact relative clause, with no "which" or "that" ("a framework agreement the two
# governments signed in 2022", "the accord both sides inked"): a definite plural of the signing sides or
# a personal pronoun, and nothing else, between the instrument and its verb
_CONTACT_SUBJECT_RE = re.compile(
    r"\s+(?:(?:[Tt]he|[Bb]oth|[Tt]heir)\s+(?:two\s+)?(?:[a-z]+\s+)?(?:governments|countries|sides|nations|"
    r"parties|states|ministers|leaders|presidents|premiers|heads\s+of\s+state)|they|we)\s+"
)

# the instrument's complement, then a comma: the participle right after it is a reduced relative clause
# on the instrument ("the two memoranda on X and on Y, signed in Hanoi in 2024")
_COMPLEMENT_COMMA_RE = re.compile(
    r"\s+(?:on|for|of|to|from|with|in|at|against|among|concerning|regarding|covering|between)\s+[^,;:.()!?\d]{1,150},\s*"
)


def _relative_gap(gap: str) -> bool:
    """``gap`` opens a short relative clause on the instrument before it ("..., which the two
    countries", "that both sides"), with no clause break or subordinate clause."""
    m = _REL_START_RE.match(gap)
    if m is None or _CLAUSE_BREAK_RE.search(gap):
        return False
    words = gap[m.end() :].replace(",", " ").split()
    # ("which China and Pakistan signed": an "and" between two names joins the subject, no clause)
    return len(words) <= 5 and not any(w.lower() in _SUBORDINATORS and not (
        w == "and" and 0 < k < len(words) - 1 and words[k - 1][:1].isupper() and words[k + 1][:1].isupper())
        for k, w in enumerate(words))


# a direct object right after a verb: the verb is no contact relative clause's, whose object is the
# instrument before it ("Under the accord both sides signed a protocol": the protocol is signed)
_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:a|an|the|this|these|those|its|their|it|them|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)\b", re.I
)


def _late_cue(gap: str, after: str = "") -> bool:
    """A signing verb after an instrument (``gap``: the words between) that governs it across
    words: a relative clause ("..., which the two countries signed in 2017") or a passive whose
    subject is the instrument's phrase ("An addendum extending the Protocol on X for a further
    period of five years was also signed"); ``after``: the text after the verb (a contact relative
    clause has no object of its own)."""
    if _REL_START_RE.match(gap):
        return _relative_gap(gap)
    if _CONTACT_SUBJECT_RE.fullmatch(gap):
        return _OBJECT_AFTER_RE.match(after) is None
    if _COMPLEMENT_COMMA_RE.fullmatch(gap):
        return True
    if _CLAUSE_BREAK_RE.search(gap):
        return False
    words = gap.replace(",", " ").split()
    limit, subordinators = 14, _SUBORDINATORS
    if _PARTIES_GAP_RE.match(gap):
        # the instrument's parties between it and its verb: "The agreement between the NEA, the
        # BPDB and India's NVVN was signed ...": their "and" joins names, not clauses
        limit, subordinators = 24, _SUBORDINATORS - {"and"}
    if any(w.lower() in subordinators for w in words):
        return False
    return len(words) <= limit and _PASSIVE_END_RE.search(gap) is not None


def _pending(text: str, low: str | None, insts: list[_Inst]) -> list[tuple[int, int, int]]:
    """Spans and windows of the pending cues ("negotiations on", "will sign", "under
    discussion") outside instrument names."""
    lex = _lex()
    rx, s = lex.pending.on(text, low)
    out = []
    for m in rx.finditer(s):
        if any(i.name and i.start <= m.start() < i.end for i in insts):
            continue
        out.append((m.start(), m.end(), _pending_window(text[m.start() : m.end()])))
    return out


def _bind_pending(text: str, insts: list[_Inst], ps: int, pe: int, window: int) -> None:
    """Mark the instruments a pending cue governs: those after it within ``window`` words (no
    clause break), and the instrument right before it ("an FTA, which is under negotiation")."""
    for inst in insts:
        if inst.start < pe:
            continue
        gap = text[pe : inst.start]
        if _CLAUSE_BREAK_RE.search(gap) or len(gap.split()) > window:
            break
        inst.pending_dist = min(inst.pending_dist, inst.start - pe)
    prev = [i for i in insts if i.end <= ps]
    if prev:
        gap = text[prev[-1].end : ps]
        if (_PENDING_GAP_RE.match(gap) or _relative_gap(gap)) and not _discussed_existing(text, ps, prev[-1]):
            prev[-1].pending_dist = min(prev[-1].pending_dist, ps - prev[-1].end)


# a pending cue in the past passive ("... was discussed") tells a new instrument still to come only of an
# indefinite one ("a new agreement on X was discussed"); "The Protocol on Road Transport was discussed" names
# an existing instrument, discussed
_PAST_PASSIVE_CUE_RE = re.compile(r"(?i)(?:was|were|had\s+been|has\s+been|have\s+been)\s")
_INDEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:an?|another)\s+(?:[\w'’-]+\s+){0,3}$")


def _discussed_existing(text: str, ps: int, inst: _Inst) -> bool:
    """The pending cue at ``ps`` is in the past passive after a definite instrument ("The Protocol on Road
    Transport was discussed"): an existing instrument discussed, not one still to come."""
    return (_PAST_PASSIVE_CUE_RE.match(text, ps) is not None
            and _INDEFINITE_BEFORE_RE.search(text, max(0, inst.start - 40), inst.start) is None)


def _signed_dist(inst: _Inst) -> float:
    """Characters between the instrument and its nearest signing cue (inf without one; 0 for an
    item of a list whose lead tells the signing)."""
    best = _INF
    for c_start, c_end, role in inst.cues:
        if role == "signed":
            best = min(best, inst.start - c_end if c_end <= inst.start else max(0, c_start - inst.end))
    return best
