"""The tense of the clause around a date mention ('future', 'past' or None): which occurrence
of a date without a year, or of a weekday, the text means; and a cheap test (Python per
sentence, :data:`FUTURE_ANY_VEC` vectorised per corpus) for sentences with no future marker."""

from __future__ import annotations

import functools
import re


# Tense markers (for choosing an occurrence of a partial date or a weekday).
_FUTURE_WORDS = frozenset("will shall won't upcoming forthcoming next".split())
_FUTURE_MULTI_RE = re.compile(
    r"(?=[iawtpldrvIAWTPLDRV])\b(?:(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+|tentatively\s+)?(?:set|scheduled|slated|expected|due|going|poised)\s+to|"
    r"(?:is|are)\s+to\s+(?:be|visit|hold|attend|meet|sign|travel)|(?:is|are)\s+(?:scheduled|slated)|"
    r"(?:is|are)\s+(?:expected|due)\s+(?:in|at|back|home)|"
    r"would\s+(?:be\s+(?:held|convened|hosted|signed|received|welcomed|accompanied|launched|opened|"
    r"inaugurated|chaired|co-chaired|led)|take\s+place|visit|travel|hold|host|attend|sign|meet|arrive|"
    r"receive|lead|chair|co-chair|pay|call|open|launch|inaugurate)|"
    r"look(?:s|ed|ing)?\s+forward\s+to|"
    r"(?:agree[sd]?|decide[sd]?|resolved|pledged|promised|vowed)\s+to\s+(?:meet|hold|convene|visit|host|resume|"
    r"reconvene|travel|prepare|organi[sz]e|conduct|launch|start|begin)|invit(?:e|es|ed|ing|ation)\b(?:(?!\s(?:in|on|last|this|during)\s)[^.;:\d]){0,40}?\bto\s+"
    r"(?:visit|attend|travel)|"
    r"to\s+be\s+held|plans?\s+to|planned\s+for)\b",
    re.I,
)
_PAST_WORDS = frozenset(
    "was were had did met held signed said told took went came made paid began saw gave won led sent "
    "wrote spoke left became kept brought sought fought struck rose fell grew stood flew drew swore "
    "overtook oversaw withdrew underwent chose knew thought found felt fled broke built shook sank "
    "slid spent sold bought lost".split()
)
_NOT_PAST = frozenset(
    "need feed speed seed breed indeed exceed proceed succeed hundred sacred shed naked red bed "
    "wed based related united".split()
)
_MARKER_RE = re.compile(
    r"(?=[a-zA-Z'])\b(?:[Ww]ill|[Ss]hall|won't|[Uu]pcoming|[Ff]orthcoming|[Nn]ext|[a-z]+'ll|[Ww]as|[Ww]ere|"
    r"[Hh]ad|[Dd]id|met|held|signed|said|told|took|went|came|made|paid|began|saw|gave|won|led|sent|"
    r"wrote|spoke|left|became|kept|brought|sought|fought|struck|rose|fell|grew|stood|flew|drew|swore|"
    r"overtook|oversaw|withdrew|underwent|chose|knew|thought|found|felt|fled|broke|built|shook|sank|"
    r"slid|spent|sold|bought|lost|[a-z]{3,}ed)\b"
)
_CLAUSE_BOUNDARY_RE = re.compile(r"[;:()\[\]]|,(?!\s*\d)|\s[-—–]+\s")


@functools.lru_cache(maxsize=256)  # several mentions of one sentence ask in a row
def _markers(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, 'future'|'past') of every tense marker in the text."""
    out = [(m.start(), m.end(), "future") for m in _FUTURE_MULTI_RE.finditer(text)]
    for m in _MARKER_RE.finditer(text):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            out.append((m.start(), m.end(), "future"))
        elif w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            out.append((m.start(), m.end(), "past"))
    return tuple(out)


def _clause_tense(text: str, lo: int, hi: int, may_be_future: bool = True) -> str | None:
    """'future' if the markers of text[lo:hi] include a future one, 'past' if they are all past,
    None if there is none.  (No marker spans a clause boundary, and every boundary starts with a
    non-word character, so scanning the window alone finds exactly the markers inside it.)
    ``may_be_future`` False: the text is known to hold no future marker."""
    if may_be_future and _FUTURE_MULTI_RE.search(text, lo, hi):
        return "future"
    past = False
    for m in _MARKER_RE.finditer(text, lo, hi):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            return "future"
        if w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            past = True
    return "past" if past else None


_PASSIVE_BE_RE = re.compile(r"\b(?:be|been|being)\s+$", re.I)


def _nearest_marker(text: str, lo: int, hi: int, start: int, end: int) -> str | None:
    """The tense of the marker of text[lo:hi] nearest before ``start`` (else the nearest after
    ``end``), when the window holds markers of both tenses; None otherwise."""
    before = after = None
    tenses = set()
    for m in _MARKER_RE.finditer(text, lo, hi):
        w = m.group().lower()
        if w in _FUTURE_WORDS or w.endswith("'ll"):
            t = "future"
        elif w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST):
            if _PASSIVE_BE_RE.search(text, max(lo, m.start() - 8), m.start()):
                continue  # a participle after "be" ("will be held") has the tense of its auxiliary
            t = "past"
        else:
            continue
        tenses.add(t)
        if m.end() <= start:
            before = t
        elif m.start() >= end and after is None:
            after = t
    if len(tenses) < 2:
        return None
    return before or after


# a parenthetical name or acronym inside a clause ("(EPA)", "(July-June)", "(New Delhi)") does
# not end it
_SHORT_PAREN_RE = re.compile(r"\([A-Z0-9][\w.&'’/\-]*(?: [A-Z0-9][\w.&'’/\-]*){0,2}\)")


def _tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None for the clause containing text[start:end] (else the nearest marker)."""
    # (a text the batch found without a future marker, and unchanged here: no future marker)
    may_be_future = text not in NOT_FUTURE
    if "(" in text:
        text = _SHORT_PAREN_RE.sub(lambda m: " " * len(m.group()), text)
        may_be_future = True
    lo = 0
    for m in _CLAUSE_BOUNDARY_RE.finditer(text, 0, start):
        lo = m.end()
    m = _CLAUSE_BOUNDARY_RE.search(text, end)
    hi = m.start() if m else len(text)
    inside = _clause_tense(text, lo, hi, may_be_future)
    if inside == "future":
        intentions = list(_FUTURE_MULTI_RE.finditer(text, lo, hi))
        if _past_before_intention(text, intentions, lo, start, end, may_be_future):
            inside = "past"
        elif not intentions:
            # a clause with verbs of both tenses ("began on Monday ... and will run until 13 June"):
            # the verb that governs the date is the nearest one before it (else the nearest after)
            near = _nearest_marker(text, lo, hi, start, end)
            if near is not None:
                inside = near
    if inside != "future" and _PRESENT_SPAN_RE.search(text, lo, hi):
        # "…, which is being conducted off X and runs until November 12": a present span (its
        # participles are no past), not the past of another clause
        return None
    if inside or (lo == 0 and hi == len(text)):
        return inside  # (a clause that is the whole text: no marker anywhere)
    markers = _markers(text)
    if not markers:
        return None

    def dist(t: tuple[int, int, str]) -> int:
        return start - t[1] if t[1] <= start else t[0] - end

    return min(markers, key=dist)[2]


# a verb in the present tense telling that something is still going on ("which runs until March
# 20", "the visit, which lasts until Friday", "is being conducted until …"): its clause does not borrow
# the tense of a neighbouring clause
_PRESENT_SPAN_RE = re.compile(
    r"\b(?:runs|lasts|continues|remains|extends|stretches|is\s+being|are\s+being|is\s+under\s*way|are\s+under\s*way|"
    r"is\s+ongoing|are\s+ongoing|is\s+running|are\s+running)\b",
    re.I,
)


# the past-tense head of an intention marker ("agreed to hold", "looked forward to", "invited … to visit")
_PAST_HEAD_RE = re.compile(r"(?:agreed|decided|resolved|pledged|promised|vowed|looked|invited|inviting)\b", re.I)


def _past_before_intention(text: str, intentions: list[re.Match[str]], lo: int, start: int, end: int,
                           may_be_future: bool) -> bool:
    """"A and B held a video call on Thursday and agreed to hold the next session in October": an
    intention told in the past ("agreed to", "looked forward to") reaches only what follows it; a
    date before every such marker of the clause (``intentions``: the future markers of the clause
    from ``lo``), after a past verb, has the tense of that verb."""
    if not intentions or not all(m.start() >= end and _PAST_HEAD_RE.match(m.group()) for m in intentions):
        return False
    if _clause_tense(text, lo, start, may_be_future) == "past":
        return True
    # "called on X on Wednesday evening and handed over a letter inviting him to visit": a past verb
    # between the date and the first intention governs the date
    return _clause_tense(text, end, intentions[0].start(), may_be_future) == "past"


class _LazyTense:
    """The tense of a mention's clause, computed on first use."""

    __slots__ = ("args", "value", "done")

    def __init__(self, text: str, start: int, end: int):
        self.args = (text, start, end)
        self.done = False
        self.value: str | None = None

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = _tense(*self.args), True
        return self.value

    def may_be_future(self) -> bool:
        """False when no future marker occurs anywhere in the text (a quick, cached test)."""
        return _may_be_future(self.args[0])


# Every future marker of _MARKER_RE and _FUTURE_MULTI_RE contains a match of this (lower-cased).
_FUTURE_ANY_RE = re.compile(
    r"will|shall|won't|upcoming|forthcoming|next|'ll|set|schedul|slated|expected|due|going|poised|"
    r"to\s+be\s+held|plan|(?:is|are)\s+to\s|would\s+(?:be\s|take|visit|travel|hold|host|attend|sign|meet|"
    r"arrive|receive|lead|chair|co-chair|pay|call|open|launch|inaugurate)|"
    r"forward\s+to|(?:agree[sd]?|decide[sd]?|resolved|pledged|promised|vowed)\s+to\s+(?:meet|hold|convene|visit|"
    r"host|resume|reconvene|travel|prepare|organi[sz]e|conduct|launch|start|begin)|"
    r"invit[a-z]*\b[^.;:\d]{0,40}?\bto\s+(?:visit|attend|travel)"
)


# a superset of _FUTURE_ANY_RE for the polars (Rust) engine, run on the lower-cased sentences of
# a whole corpus at once (no word boundaries, ASCII digits only, Python's extra separators in \s)
FUTURE_ANY_VEC = (
    _FUTURE_ANY_RE.pattern.replace(r"\b", "").replace(r"\d", "0-9").replace(r"\s", r"[\s\x1c-\x1f]")
)
#: sentences in which the vectorised FUTURE_ANY_VEC found nothing (set by the batch extractor for
#: the duration of one run): no future marker, without a Python scan
NOT_FUTURE: set[str] = set()


def _may_be_future(text: str) -> bool:
    """Could any clause of ``text`` read as future?  (A superset of :func:`_tense`'s markers.)"""
    return text not in NOT_FUTURE and _may_be_future_scan(text)


@functools.lru_cache(maxsize=1024)  # asked for each partial date of a sentence
def _may_be_future_scan(text: str) -> bool:
    return _FUTURE_ANY_RE.search(text.lower()) is not None


def _is_future(text: str, start: int, end: int) -> bool:
    """``_tense(text, start, end) == "future"``, without reading the clause when the batch found
    no future marker anywhere in the sentence (:data:`NOT_FUTURE`).  A sentence with a
    parenthesis is always read: :func:`_tense` blanks short ones out, which can join the words of
    a marker ("is (EPA) to visit")."""
    if "(" not in text and text in NOT_FUTURE:
        return False
    return _tense(text, start, end) == "future"
