"""Topics of agreement instruments: the subjects named after an instrument ("an MoU on trade,
investment and tourism"), split into one topic each (:func:`split_topics`)."""

from __future__ import annotations

import functools
import re

from pipeline.extract.agreement_context import _Inst
from pipeline.extract.agreement_lexicon import _lex
from pipeline.extract.agreement_names import _DETERMINER_RE, _ON_RE
from pipeline.extract.indicator_regex import gate_open

_REPORTING_RE = re.compile(
    r"^(?:[\w'’.\-]+\s+){1,5}(?:reported|said|says|reports|added|noted|stated|quoted|announced|"
    r"told reporters|confirmed)\b"
)
_TOPIC_SPLIT_RE = re.compile(r"[.;:()]|\s[—–-]\s")
_SERIAL_RE = re.compile(r"(?i)(?:and|or)\s")
_AND_RE = re.compile(r"\s+and\s+")
_TOPIC_END_RE = re.compile(
    r"\s+(?:in|at|on|during|with|to)\s+(?=[A-Z0-9])|[;:.!?()]|\s+(?:after|following|during|before|when|while)\s"
)
_LEADING_RE = re.compile(
    r"(?i)^(?:and|or|as well as|including|such as|especially|particularly|like|notably|namely|in)\s+"
)


def _norm_topic(t: str) -> str:
    words = []
    for w in t.replace("’", "'").split():
        if not w.islower() and sum(c.isupper() for c in w) >= 2:
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words).strip(" .,;:'\"“”")


def split_topics(s: str) -> list[str]:
    """Split a topic list: "agriculture, mining, IT and socio-economic development" -> 4 items.

    Items are split at commas; the last item is split at "and" unless the list uses a serial
    comma or the item is a fixed pair ("science and technology"); fillers ("among others",
    "various fields") are dropped and a trailing reporting clause (", Radio X reported") ends it.
    """
    return list(_split_topics(s))


@functools.lru_cache(maxsize=4096)
def _split_topics(s: str) -> tuple[str, ...]:
    """:func:`split_topics`, memoised (topic lists recur across a corpus: "trade, investment and tourism")."""
    lex = _lex()
    m = lex.stop_re.search(s)
    if m:
        s = s[: m.start()]
    s = _TOPIC_SPLIT_RE.split(s, maxsplit=1)[0]
    items = [i.strip() for i in s.split(",")]
    items = [i for i in items if i and i.lower() not in lex.drop]
    # (a trailing reporting clause, ", Prime Minister X said", ends the list before its last item is split)
    cut = next((n for n, i in enumerate(items) if _REPORTING_RE.match(i)), None)
    if cut is not None:
        items = items[:cut]
    serial = any(_SERIAL_RE.match(i) for i in items[1:])
    out: list[str] = []
    for n, item in enumerate(items):
        if _REPORTING_RE.match(item):
            break
        low = item.lower()
        if low in lex.drop:
            continue
        while True:
            m = _LEADING_RE.match(item)
            if not m:
                break
            item = item[m.end() :]
        if item.lower() in lex.drop or not item:
            continue
        parts = [item]
        last = n == len(items) - 1
        if " and " in item and item.lower() not in lex.keep and (len(items) == 1 or (last and not serial)):
            parts = [p for p in _AND_RE.split(item) if p]
        for p in parts:
            p = _norm_topic(p)
            if not p or p in lex.drop or len(p.split()) > 6 or p in ("a", "an", "the"):
                continue
            if p not in out:
                out.append(p)
    return tuple(out)


def _topics_for(text: str, inst: _Inst, region_end: int, low: str | None = None) -> list[str]:
    return _topics_after(text, inst, region_end, _intro(text, inst, region_end, low))


def _intro(text: str, inst: _Inst, region_end: int, low: str | None = None) -> re.Match | None:
    """The topic-list introducer ("to enhance cooperation in") after the instrument."""
    lex = _lex()
    if not gate_open(lex.intro_gate, text, low):
        return None
    rx, s = lex.intro.on(text, low)
    return rx.search(s, max(inst.end, inst.head_end), region_end)


def _topics_after(text: str, inst: _Inst, region_end: int, m: re.Match | None) -> list[str]:
    if m:
        return split_topics(text[m.end() : region_end])
    # "<instrument> on <list>" (also for a nested instrument inside a descriptive name)
    for hs, he in [(inst.head_start, inst.head_end)] + inst.absorbed:
        if _ON_RE.match(text, he) is None:
            continue
        om = _ON_RE.match(text[he:])
        rest = text[he + om.end() : region_end]
        if not rest or _DETERMINER_RE.match(rest) or not rest[:1].islower() and not rest[:2].isupper():
            continue
        cm = _TOPIC_END_RE.search(rest)
        seg = rest[: cm.start()] if cm else rest
        if seg and len(seg.split()) <= 16:
            return split_topics(seg)
    return []
