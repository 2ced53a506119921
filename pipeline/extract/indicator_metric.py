"""The metric of an indicator figure and the sign of its change, from the metrics lexicon.

The lexicon rows tried can be narrowed to those that can match in the sentence
(``SentenceInfo.live``, from :func:`pipeline.extract.indicator_lexicon.live_rows`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pipeline.extract.indicator_lexicon import Row, gate, rows_of, unit_ok
from pipeline.extract.indicator_types import _Fig

_FUNCTION = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their his her this these those than per each into over under between among since "
    "until during after before more less about some such total towards toward across through via within "
    "against upon but then also still yet while whereas so".split()
)
# words that open a time phrase after a figure ("$410 million last year", "... a year"): no measured noun
_TIME_WORDS = frozenset(
    "last next this previous following coming current same earlier later ago year years month months week "
    "weeks day days quarter quarters annually yearly monthly daily".split()
)
# words that close a head noun phrase after a figure ("375,000 tonnes of phosphoric acid every year",
# "1,750 km without visas"): a distributive or a preposition of manner
_HEAD_STOP = frozenset("every without including excluding except plus apiece alone".split())
# a period label written as one word ("in FY2024-25", "in FY24", "in Q1", "in H1-2026"): a time phrase
_PERIOD_LABEL_RE = re.compile(r"(?:FY|CY|H[12]|Q[1-4])(?:[\s'’/-]?\d{2,4}(?:[-/–]\d{2,4})?)?", re.I)
# a past-tense verb or a verb of motion right after an amount: "$2.1 billion came from the US"
_VERB_AFTER_RE = re.compile(r"(?![a-z]*eed$)[a-z]{3,}ed|(?:came|comes|went|goes|rose|fell|grew|flowed|flows|"
                            r"remains?|remained|stands?|stood)")
_HEAD_NOUN_RE = re.compile(r"\s*(?:(?:worth\s+)?of|in)?\s*((?:[A-Za-z][\w-]*\s*){1,3})")
_SNAKE_RE = re.compile(r"[^a-z0-9]+")
_MONEY_VERB_RE = re.compile(
    r"([A-Za-z][\w-]*)\s+(?:stood at|reached|totall?ed|amounted to|was|were|hit|rose to|fell to|"
    r"climbed to|grew to|increased to|decreased to|dropped to|is|are)\s+(?:a total of\s+|about\s+|"
    r"around\s+|nearly\s+|over\s+|more than\s+|some\s+)?$"
)
# between a governing verb and its figure: only quantifiers ("imported some 2.8 billion kWh")
_ADJACENT_GAP_RE = re.compile(
    r"\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|"
    r"a\s+total\s+of|an?\s+estimated|a\s+record|a\s+further|an\s+additional|another|a\s+combined)\s+)*"
)


@functools.lru_cache(maxsize=8192)
def _live(role: str, scope: str | None, live: frozenset[int] | None) -> tuple[Row, ...]:
    """The rows of a role/scope that can match in the sentence (``live``: None = all rows)."""
    rs = rows_of(role, scope)
    return rs if live is None else tuple(r for r in rs if r.idx in live)


@functools.lru_cache(maxsize=4096)
def _noun_metric(noun: str, kind: str, unit: str | None) -> tuple[Row] | tuple[()]:
    """The noun row that names a counted noun's metric ("jobs" -> jobs_created), if any."""
    q = _KindUnit(kind, unit)
    for r in rows_of("metric", "noun"):
        if unit_ok(r, q) and r.rx.fullmatch(noun):
            return (r,)
    return ()


@functools.lru_cache(maxsize=1024)
def _default_metric(kind: str, unit: str | None) -> tuple[Row] | tuple[()]:
    """The default row of a unit (its metric when nothing else says more), if any."""
    q = _KindUnit(kind, unit)
    for r in rows_of("metric", "default"):
        if unit_ok(r, q):
            return (r,)
    return ()


@dataclass(frozen=True)
class _KindUnit:
    kind: str
    unit: str | None


def _snake(s: str) -> str:
    return _SNAKE_RE.sub("_", s.lower()).strip("_")


def _head_noun(phrase: str) -> str | None:
    """snake_case of the head noun phrase at the start of ``phrase`` ("of wheat" -> "wheat")."""
    m = _HEAD_NOUN_RE.match(phrase)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _FUNCTION or w.lower() in _HEAD_STOP:
            break
        if words and w.lower() in _TIME_WORDS:
            break  # "tonnes of freight last year": the time phrase closes the noun
        if not words and w[:1].isupper() and not w.isupper():
            return None  # a name ("in Pakistan's energy sector") is no measured noun
        if not words and (w.lower() in _TIME_WORDS or _PERIOD_LABEL_RE.fullmatch(w)):
            return None  # a time phrase ("$410 million last year") is no measured noun
        words.append(w.lower())
    if not words:
        return None
    return _SNAKE_RE.sub("_", " ".join(words)).strip("_") or None


def _metric_for(fig: _Fig, before: str, after: str, sentence: str, live: frozenset[int] | None,
                fallback: str | None = None) -> tuple[str | None, bool]:
    """(metric, whether the lexicon named it) of a figure: a lexicon row, else a fallback (the
    caller's, the counted noun, the head noun after the figure, the verb before an amount)."""
    metric = _lexicon_metric(fig, before, after, sentence, live)
    if metric is not None:
        return metric, True
    q = fig.q
    if fallback:
        return fallback, False
    if q.kind == "count" and q.noun:
        return _snake(q.noun), False
    noun = _head_noun(after)
    if noun and q.kind == "money" and _VERB_AFTER_RE.fullmatch(noun.split("_", 1)[0]):
        noun = None  # a verb after an amount ("of which $2.1 billion came from ..."), no measured noun
    if noun:
        return noun, False
    if q.kind == "money":
        m = _MONEY_VERB_RE.search(before)
        if m and m.group(1).lower() not in _FUNCTION and not (m.start(1) > 0 and m.group(1)[:1].isupper()):
            # (a capitalised word inside the clause is a name: "sales to Uruguay amounted to")
            return _SNAKE_RE.sub("_", m.group(1).lower()), False
        return "amount", False
    return None, False


@functools.lru_cache(maxsize=16384)
def _scoped(scope: str, live: frozenset[int] | None, kind: str, unit: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, metric) of the metric rows of a scope that can match in the sentence and admit
    the figure's kind and unit, in file order."""
    q = _KindUnit(kind, unit)
    return tuple((r.rx, r.metric) for r in _live("metric", scope, live) if unit_ok(r, q))


def _lexicon_metric(fig: _Fig, before: str, after: str, sentence: str, live: frozenset[int] | None) -> str | None:
    q = fig.q
    kind, unit = q.kind, q.unit
    if before:
        # a verb right before the figure governs it ("imported 2.8 billion kWh of electricity",
        # "employ 30,000 workers")
        for rx, metric in _scoped("adjacent", live, kind, unit):
            for m in rx.finditer(before):
                if _ADJACENT_GAP_RE.fullmatch(before, m.end()):
                    return metric
    if kind == "count" and q.noun:
        found = _noun_metric(q.noun.strip(), kind, unit)
        if found:
            return found[0].metric
    best = None
    if kind == "measure" and (_LONG_AFTER_RE.match(after) or _ATTRIBUTIVE_BEFORE_RE.search(before[-8:])
                              or "-" in q.surface):
        # a length that describes a thing: "the 1,814-kilometre gas pipeline", "a 752-km railway",
        # "The rail link ... is 169 km long" (the thing after the figure, else the one before it)
        long_after = _LONG_AFTER_RE.match(after) is not None
        for rx, metric in _scoped("length", live, kind, unit):
            if not long_after:
                m = rx.search(after)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), metric)
            else:
                for m in rx.finditer(before):
                    if best is None or -m.end() < best[0]:
                        best = (-m.end(), metric)
        if not long_after:
            found = _thing_of_length(after, before, sentence, live, q, best)
            if found is not None:
                return found
        if best:
            return best[1]
    for rx, metric in _scoped("after", live, kind, unit):
        m = rx.search(after)
        if m and after[m.start() : m.start() + 1].isupper() and _NAME_GOES_ON_RE.match(after, m.end()):
            m = next((n for n in rx.finditer(after, m.end()) if not _NAME_GOES_ON_RE.match(after, n.end())), None)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), metric)
    if best:
        return best[1]
    if before:
        for scope in ("before", "weak"):
            for rx, metric in _scoped(scope, live, kind, unit):
                for m in rx.finditer(before):
                    if best is None or m.end() > best[0]:
                        best = (m.end(), metric)
            if best:
                return best[1]
    for rx, metric in _scoped("sentence", live, kind, unit):
        if rx.search(sentence):
            return metric
    found = _default_metric(kind, unit)
    if found:
        return found[0].metric
    return None


_NP_WORD_RE = re.compile(r"\s*([\w-]+|[^\w\s])")


def _noun_phrase(after: str) -> tuple[int, bool]:
    """(end of the noun phrase that opens ``after``, whether it coordinates modifiers: "highway and
    railway corridor").  The phrase ends at punctuation or a function word."""
    pos, coordinated, end = 0, False, 0
    while True:
        m = _NP_WORD_RE.match(after, pos)
        if m is None:
            return end, coordinated
        w = m.group(1).lower()
        if w in ("and", "or", "&", "/"):
            if end == 0:
                return end, coordinated
            coordinated = True
        elif not (w[0].isalnum() and w not in _FUNCTION):
            return end, coordinated
        else:
            end = m.end()
        pos = m.end()


def _thing_of_length(after: str, before: str, sentence: str, live: frozenset[int] | None, q,
                     best: tuple[int, str] | None) -> str | None:
    """The metric of a length whose noun phrase is coordinated ("a 1,200-kilometre highway and railway
    corridor": its head, corridor), a part ("the 781km segment" of a pipeline named before it) or a
    generic line ("the 970-kilometre Kirkuk-Ceyhan line" in a sentence on barrels); None: the
    first thing named after the figure (``best``) stands."""
    np_end, coordinated = _noun_phrase(after)
    if coordinated and best is not None and best[0] < np_end:
        head = None
        for scope_role in (("metric", "length"), ("generic", "length")):
            for r in _live(*scope_role, live):
                if unit_ok(r, q):
                    for m in r.rx.finditer(after, 0, np_end):
                        if head is None or m.start() > head[0]:
                            head = (m.start(), r.metric)
        if head is not None and head[1]:
            return head[1]
    first = None  # the earliest generic or part noun after the figure
    for role in ("generic", "part"):
        for r in _live(role, "length", live):
            if unit_ok(r, q):
                m = r.rx.search(after)
                if m and (first is None or m.start() < first[0]):
                    first = (m.start(), role, r.metric)
    if first is None or (best is not None and best[0] < first[0]):
        return None
    if first[1] == "part":
        if best is not None:
            return best[1]  # "the 184 km section of the railway"
        near = None  # the thing named nearest before the figure
        for scope in ("length", "kind"):
            for r in _live("metric", scope, live):
                if unit_ok(r, q):
                    for m in r.rx.finditer(before):
                        if near is None or m.end() > near[0]:
                            near = (m.end(), r.metric)
        return near[1] if near else None
    for r in _live("metric", "kind", live):
        if unit_ok(r, q) and r.rx.search(sentence):
            return r.metric
    return first[2]


# a capitalised word right after a metric word: the word is part of a name ("at the Pakistan-Saudi
# Arabia Investment Forum", "the Trade Centre"), not the thing the figure measures
_NAME_GOES_ON_RE = re.compile(r"\s+(?:of\s+|and\s+)?(?-i:[A-Z][a-z])")
_LONG_AFTER_RE = re.compile(r"\s+(?:long|in\s+length)\b", re.I)
_ATTRIBUTIVE_BEFORE_RE = re.compile(r"(?i)\b(?:the|a|an|its|this|their)\s+$")


def _change_sign(window: str, live: frozenset[int] | None) -> int | None:
    if not gate(("up", None), ("down", None)).open(window):
        return None
    best = None
    for role, sign in (("up", 1), ("down", -1)):
        for r in _live(role, None, live):
            for m in r.rx.finditer(window):
                if best is None or m.end() > best[0]:
                    best = (m.end(), sign)
    return best[1] if best else None


_INTO_ECONOMY_RE = re.compile(r"(?i)\b(?:in|into|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?econom(?:y|ies)\b")


def _skip_text(before: str) -> str:
    """``before`` as the skip rows see it: an economy that money goes into is its destination, no
    national aggregate ("Korean investment in the Uzbek economy has exceeded USD 9 billion")."""
    return _INTO_ECONOMY_RE.sub("in it", before) if "conom" in before else before
