"""The triggers of ONE candidate sentence: found, cancelled by their context, merged and grouped
into events (steps 1 and 2 of :mod:`pipeline.extract.event_sentence`).

1. Find every trigger of ``event_triggers.csv``; drop those that a context cue cancels: negation
   ("did not meet"), modality ("should hold talks"), generic quantifiers ("regular joint drills"),
   temporal anchors ("since the establishment of diplomatic relations"), anniversaries,
   "attended the <meeting>" (the purpose of a visit), anaphoric "the meeting with …" (but not
   "the visit of X to Y", a full description).
2. Merge overlapping triggers; triggers of one type separated by a clause boundary become separate
   events when both sides carry their own person or date ("X is paying a state visit …, and Y's
   state visit … lasts …"; "killed in an attack in October, following an attack in March");
   a framing trigger ("on the sidelines of …") never splits.

Also the gated, memoised cue and regex tests (:func:`cue`, :func:`text_cue`, :func:`text_rx`,
:func:`may_match`) that every later step uses.
"""

from __future__ import annotations

from collections.abc import Callable

import functools
import re
from typing import NamedTuple

from pipeline.extract.event_dates import has_year
from pipeline.extract.event_gates import may_hold_ordinal, rules_for, trigger_ordinals
from pipeline.extract.event_lexicon import CUE_CLASSES, cue_search, trigger_rules
from pipeline.extract.event_model import DateRef, Person
from pipeline.extract.event_numbers import ORDINAL_TRIE_RX, parse_ordinal
from pipeline.extract.event_text import Clauses

_SUBORDINATOR = re.compile(
    r"\b(?:when|while|as|after|before|that|which|who|where|whereas|and|but|because|although|though)\b",
    re.IGNORECASE,
)

_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


class Trigger(NamedTuple):
    start: int
    end: int
    etype: str
    hint: str
    text: str

    @property
    def invitation(self) -> bool:
        return self.text[:5].lower() == "invit"


# --------------------------------------------------------------------------------------------
# 1. triggers
# --------------------------------------------------------------------------------------------


ALL_CUES = frozenset(CUE_CLASSES)


def cue(cls: str, text: str, cues: frozenset[str] = ALL_CUES) -> re.Match[str] | None:
    """:func:`cue_search`, skipped when class ``cls`` is not among ``cues``: the classes that may
    match the sentence holding ``text`` (:func:`pipeline.extract.event_gates.possible_cues`)."""
    return cue_search(cls, text) if cls in cues else None


_TEXT_CUES: dict[tuple[str, str], bool] = {}


def text_cue(cls: str, text: str) -> bool:
    """Does a cue of class ``cls`` occur in a short text (a trigger's text)?  Memoised: trigger
    texts repeat across sentences."""
    key = (cls, text)
    hit = _TEXT_CUES.get(key)
    if hit is None:
        if len(_TEXT_CUES) > 200_000:
            _TEXT_CUES.clear()
        hit = _TEXT_CUES[key] = cue_search(cls, text) is not None
    return hit


_TEXT_RX: dict[tuple[re.Pattern[str], str], bool] = {}


def text_rx(rx: re.Pattern[str], text: str) -> bool:
    """``bool(rx.search(text))`` memoised for short repeated texts (trigger texts)."""
    key = (rx, text)
    hit = _TEXT_RX.get(key)
    if hit is None:
        if len(_TEXT_RX) > 200_000:
            _TEXT_RX.clear()
        hit = _TEXT_RX[key] = rx.search(text) is not None
    return hit


def may_match(low: str | None, gate: tuple[str, ...] | None) -> bool:
    """False only when a regex with literal gate ``gate`` cannot match (a part of) the sentence
    whose lower-case text is ``low`` (None: unknown, see :mod:`pipeline.extract.event_gates`)."""
    return low is None or gate is None or any(map(low.__contains__, gate))


def find_triggers(
    text: str, after: int = 0, present: frozenset[str] | None = None, low: str | None = None,
    ordinals: Callable[[], bool] | None = None,
) -> list[Trigger]:
    """Every trigger match in ``text`` starting at or after ``after`` (``present``: the sentence's
    gate literals, :func:`pipeline.extract.event_gates.sentence_literals`; None = compute here;
    ``low``: ``text.lower()`` when already at hand; ``ordinals``: the sentence's own cached test
    whether it may hold an ordinal, asked only when some rule needs one)."""
    if low is None:
        low = text.lower()
    if present is None:
        rules = trigger_rules()
        todo = [r for r in rules if r.gate is None or any(map(low.__contains__, r.gate))]
        return _triggers(text, [(r, r.regex.finditer(text, after)) for r in todo])
    found = []
    positions: dict[str, list[int]] = {}  # anchor -> its occurrences in low[after:] (shared by the rules)
    ordinal = not _ordinal_matters(present) or (ordinals() if ordinals is not None else may_hold_ordinal(present, low))
    for rule, anchors, use_low in _plan(present, ordinal):
        if anchors is None:
            matches = rule.low.finditer(low, after) if use_low else rule.regex.finditer(text, after)
        else:
            starts: list[int] = []
            for a in anchors:
                occ = positions.get(a)
                if occ is None:
                    occ = positions[a] = _occurrences(low, a, after)
                starts += occ
            if not starts:
                continue
            if len(anchors) > 1:
                starts.sort()
            matches = _matches_at(rule.low.match if use_low else rule.regex.match, low if use_low else text, starts, after)
            if not matches:
                continue
        found.append((rule, matches))
    return _triggers(text, found)


@functools.cache
def _ordinal_matters(present: frozenset[str]) -> bool:
    """Would a sentence with gate literals ``present`` try fewer rules if it held no ordinal?"""
    ordinals = trigger_ordinals()
    return any(ordinals[i] for i in rules_for(present))


@functools.cache
def _plan(present: frozenset[str], ordinal: bool) -> tuple[tuple[object, tuple[str, ...] | None, bool], ...]:
    """(rule, its anchors that ``present`` holds or None for an unanchored rule, run the lower-case
    variant?) for every rule that may match a sentence with gate literals ``present`` (``ordinal``:
    that may hold an ordinal, :func:`pipeline.extract.event_gates.rules_for`)."""
    rules = trigger_rules()
    out = []
    ordinals = trigger_ordinals()
    for i in rules_for(present):
        if not ordinal and ordinals[i]:
            continue  # (rules_for(present, False) without a cache entry of its own)
        r = rules[i]
        anchors = tuple(a for a in r.anchors if a in present) if r.anchors else None
        out.append((r, anchors, r.low is not None))
    return tuple(out)


def _occurrences(low: str, a: str, after: int) -> list[int]:
    """Every start of ``a`` in ``low`` at or after ``after`` (overlapping ones too)."""
    out = []
    i = low.find(a, after)
    while i >= 0:
        out.append(i)
        i = low.find(a, i + 1)
    return out


def _matches_at(match, subject: str, starts: list[int], after: int) -> list[re.Match[str]]:  # noqa: ANN001
    """Non-overlapping matches of ``match`` tried at ``starts`` (sorted), left to right."""
    out = []
    last = after
    for p in starts:
        if p < last:
            continue
        m = match(subject, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _triggers(text: str, found) -> list[Trigger]:  # noqa: ANN001 - [(rule, its matches)]
    """Triggers of the matches (in rule order), their ends trimmed off the object's name."""
    out = []
    for rule, matches in found:
        etype, hint = rule.event_type, rule.status_hint
        for m in matches:
            s, e = m.span()
            if e - s > 1 and text[e - 1].isupper() and text[e - 2] == " ":
                e -= 1  # "met (with) <Capital>": the capital belongs to the object
            elif e - s > 2 and text[e - 1].isupper() and text[e - 2] in "\"“‘'":
                e -= 2  # 'the exercise "Nordic Guard"': the quoted name follows the trigger
            while e > s and text[e - 1].isspace():
                e -= 1
            h = _HONORIFIC_END.search(text, s, e) if text[e - 1 : e] in ("s", "r") else None
            if h is not None and e < len(text) and text[e] == " " and text[e + 1 : e + 2].isupper():
                e = h.start()  # "met with His Excellency Mr. X": the honorific opens the object's name
            out.append(Trigger(s, e, etype, hint, text[s:e]))
    return out


# a capitalised possessive closing a trigger before a capital ("His Excellency", "Her Majesty",
# "Their Royal Highnesses"): the honorific of the object, not a possessive of the trigger
_HONORIFIC_END = re.compile(r"\s+(?-i:His|Her|Their)$")


# the LAST subordinator of a text: a greedy prefix backtracks from the end to the rightmost
# subordinator (subordinator matches are whole words, so this is the last match of finditer)
_LAST_SUBORDINATOR = re.compile(r"(?s:.*)" + _SUBORDINATOR.pattern, re.IGNORECASE)
_LAST_SUBORDINATOR_LOW = re.compile(_LAST_SUBORDINATOR.pattern)  # for lower-cased text (see _OBJECT_STOP_LOW)


def _local_before(text: str, lo: int, pos: int, low: str | None = None) -> str:
    """Text of the clause before ``pos``, after its last subordinator ("… when meeting")."""
    return text[_local_start(text, lo, pos, low) : pos]


def _local_start(text: str, lo: int, pos: int, low: str | None = None) -> int:
    """Start of :func:`_local_before` (a document of the sentence ``text``)."""
    last = _LAST_SUBORDINATOR.match(text[lo:pos]) if low is None else _LAST_SUBORDINATOR_LOW.match(low[lo:pos])
    return lo + last.end() if last else lo


_LOCAL_CUES = frozenset({"negation", "hypothetical", "anniversary", "anchor"})  # read on the clause before a trigger


def cancelled(
    t: Trigger,
    text: str,
    clauses: Clauses,
    dates: list[DateRef],
    cues: frozenset[str] = ALL_CUES,
    low: str | None = None,
    present: frozenset[str] | None = None,
) -> bool:
    """Does a context cue cancel this trigger (negation, modality, generic, anchor …)?
    (``cues``, ``present``, ``low``: the sentence's possible cue classes, gate literals and
    lower-cased text when known, :func:`pipeline.extract.event_lexicon.cue_search`.)"""
    start = t.start
    lo, hi = clauses.bounds(start)
    n = max(0, start - 40)  # the 40 characters before it: text[n:start]

    def search(cls: str, x: int) -> re.Match[str] | None:
        return cue_search(cls, text[x:start], present, None if low is None else low[x:start])

    if cues.isdisjoint(_LOCAL_CUES):
        a = start
    else:
        a = _local_start(text, lo, start, low)  # the clause before the trigger: text[a:start]
        if "negation" in cues and search("negation", max(a, start - 40)):
            return True
        if "hypothetical" in cues:
            h = search("hypothetical", a)
            if h and not _reported_future(text, a + h.start(), a + h.end(), start):
                return True
    if "generic" in cues and search("generic", n):
        return True
    if "anniversary" in cues and search("anniversary", a) and not _dated_anniversary(t, text, dates):
        return True
    if "anchor" in cues and search("anchor", a):
        # (a participle after the trigger dates it too: "since the Third Summit, held in Rome in 2023")
        # ("since the fifth meeting of the Committee, held in Beijing in November 2024")
        hi2 = max(hi, t.end + 60) if t.text.endswith("held in") else hi
        if hi2 == hi and t.etype == "meeting":
            p = _HELD_PARTICIPLE.match(text, t.end)
            hi2 = max(hi, p.end() + 60) if p else hi
        if not any(lo <= d.start < hi2 for d in dates):
            return True
    if t.etype == "meeting" and "attend" in cues and search("attend", n):
        return True
    if t.etype == "visit" and t.text[:6] == "would " and (
        not (_REPORTING_BEFORE.search(text, max(0, start - 60), start) or _REPORTING_LONG.search(text, max(0, start - 130), start))
        or _IF_AFTER.match(text, t.end, t.end + 80)
    ):
        return True  # "he would visit China if invited": a hypothesis, unless reported speech
    if t.etype == "visit" and _ACCOMPANIED.search(text, n, start):
        return True  # "X was accompanied on the visit by Y": the companions of a visit told before
    if t.etype == "visit" and _BEFORE_LEAVING.search(text, n, start) and text_rx(_DEPARTURE, t.text):
        return True  # "…, before departing for Singapore": the end of the trip told, no new visit
    if "anaphora" in cues and text_cue("nominal", t.text) and not text_cue("full_np", t.text) and search("anaphora", n):
        # "welcomed the outcome of the meeting between A and B held earlier on the same day": a
        # definite description with its own participle of time tells an event of its own
        own_time = t.text[-8:].lower() == " between" and _HELD_WHEN.search(text, t.end, min(hi, t.end + 160))
        if not own_time:
            return True
    if t.etype == "meeting" and t.text[:3].lower() == "mee" and _MEET_A_NORM.match(text, t.start):
        return True  # "exporters have learned to meet Chinese quarantine standards": satisfying a norm
    if t.etype == "phone_call" and t.text[:6] == "called" and _CALLED_SOMETHING.match(text, t.end):
        return True  # "X called Putin a war criminal": naming, not a call
    if t.etype == "meeting" and t.text[:8].lower() == "co-chair" and _WHO_PRESENT_CHAIR.search(text, max(0, start - 12), t.end):
        return True  # "A and B, who co-chair the Cooperation Committee": a standing role, no session
    if t.etype == "meeting" and t.text[:3].lower() in ("was", "wer") and _ARRIVAL_BEFORE.search(text, max(0, start - 120), start):
        return True  # "X, who landed at the airbase on Tuesday, was received by Y": the welcome on arrival
    if "have been" in text and _COUNTERFACTUAL_AFTER.match(text, t.end, min(len(text), t.end + 60)):
        return True  # "A joint drill of this size would have been unthinkable …": an opinion, no event
    if t.etype != "attack" and _HABITUAL_AFTER.match(text, t.end, min(len(text), t.end + 40)):
        return True  # "committed the two governments to hold a summit every year": a habit, no event
    if t.etype == "meeting" and t.text[-3:].lower() == " of" and _ANAPHORIC_FRAME.match(text, t.end) and text_cue("secondary", t.text):
        return True  # "On the sidelines of the meeting, …": the meeting told before, no new one
    if t.etype == "meeting" and text_rx(_RECEPTION, t.text) and _FORWARD_TO.search(text, n, start):
        return True  # "looked forward to receiving X": the awaited visit of X, no meeting of its own
    if t.etype in ("visit", "meeting") and "schedul" in text and (ns := _NOT_SCHEDULED.match(text, t.end)) and not _ITS_DATE.search(ns.group()):
        return True  # "A state visit by X to Y, mooted since 2024, has not been scheduled": no event yet
    if t.etype == "meeting" and t.text[:4] == "and " and _AFTER_THE_MEETING.match(text):
        return True  # "After the meeting, A and B witnessed the signing …": an act of the meeting told before
    return False


# the trigger's noun phrase is the subject of "has not been scheduled" (an aside may come between)
_NOT_SCHEDULED = re.compile(
    r"[^.;:]{0,80}?\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+scheduled\b"
    r"|[^.;:]{0,80}?\b(?:has|have|had)\s+yet\s+to\s+be\s+scheduled\b"
    r"|[^.;:]{0,80}?\b(?:remains?|remained)\s+unscheduled\b",
    re.IGNORECASE,
)


_ITS_DATE = re.compile(r"\b(?:whose|which|dates?|timing)\b", re.IGNORECASE)  # "…, whose date has not been scheduled": planned


# a sentence that opens on the meeting told before: "After the meeting,", "Following the talks,"
_AFTER_THE_MEETING = re.compile(
    r"\s*(?:After|Following|At\s+the\s+end\s+of|At\s+the\s+close\s+of)\s+(?:the|their|this|that)\s+"
    r"(?:[\w-]+\s+)?(?:meeting|talks|session|consultations|discussions|summit)\s*,"
)


# an arrival told before "was received by" in the same sentence (the welcome is part of the visit)
_ARRIVAL_BEFORE = re.compile(r"\b(?:landed|arrived|touched\s+down|flew\s+in)\b", re.IGNORECASE)


# the trigger's noun phrase is the subject of a counterfactual perfect: "a joint drill of this size
# would have been unthinkable five years ago", "such a visit could not have been imagined"
_COUNTERFACTUAL_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:would|could|might)(?:\s+not|n['’]t)?\s+have\s+been\b", re.IGNORECASE
)


# "meet" with a norm or a need as its object (no meeting): "meet Chinese quarantine standards",
# "meet the growing demand"
_MEET_A_NORM = re.compile(
    r"meets?\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?(?:standards?|requirements?|needs|demands?|targets?|"
    r"criteria|expectations|obligations|deadlines?|goals|conditions|specifications|quotas?|challenges?)\b",
    re.IGNORECASE,
)


# the participle of time of a session noun, after its "of" complement: " the Committee, held in "
_HELD_PARTICIPLE = re.compile(r"[^.;,]{0,60},\s+(?:which\s+was\s+)?held\s+(?:in|on)\s", re.IGNORECASE)


# a relative clause in the present simple naming a standing role: "…, who co-chair(s) the X"
_WHO_PRESENT_CHAIR = re.compile(r"\b(?:who|which)\s+(?:also\s+|jointly\s+)?co-chairs?\b(?!-)", re.IGNORECASE)


_HELD_WHEN = re.compile(
    r"\b(?:held|which took place|that took place)\s+(?:earlier|later|on|in|last|yesterday|this|the\s+previous|the\s+day)\b",
    re.IGNORECASE,
)
_RECEPTION = re.compile(r"^(?:receiving|welcoming|hosting)\b", re.IGNORECASE)
_FORWARD_TO = re.compile(r"\b(?:look|looks|looked|looking)\s+forward\s+to\s+$", re.IGNORECASE)


# "called <Name> a …" / "called <Name> 'a genius'": a predicate after the name (no call)
_CALLED_SOMETHING = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:a|an|the|his|her|their|its|one|[\"“'‘])")
# a trigger followed by a frequency: "to hold a summit every year", "meet annually"
_HABITUAL_AFTER = re.compile(
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*(?:every|each)\s+(?:year|month|week|two\s+years|other\s+year|six\s+months)\b"
    r"|\s+(?:annually|biennially|regularly|periodically)\b",
    re.IGNORECASE,
)
# "on the sidelines of the meeting," / "of the talks.": a bare definite noun refers back
_ANAPHORIC_FRAME = re.compile(
    # (an acronym of a body told before, too: "On the sidelines of the JCC, …")
    r"\s+(?:the|this|that)\s+(?:meeting|talks|session|visit|summit|event|conference|ceremony|forum|(?-i:[A-Z]{2,6}))\s*[,.;]",
    re.IGNORECASE,
)


_ACCOMPANIED = re.compile(r"\baccompanied\s+(?:on|during|for|in)\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|told|added|stated|noted|indicated|revealed|"
    r"disclosed|informed|agreed|decided|expected|hoped)\b[^.;!?]{0,50}$",
    re.IGNORECASE,
)


# "X said Nigeria's National Security Adviser, Y, would travel …": a long subject with an apposition
_REPORTING_LONG = re.compile(
    r"\b(?:said|says|confirmed|announced|told|added|stated|noted)\s+(?:that\s+)?[^.;!?]{0,110},\s*$", re.IGNORECASE
)


def _reported_future(text: str, h_start: int, h_end: int, trigger: int) -> bool:
    """"X confirmed that he would pay a state visit next week": "would" after a reporting verb is
    the future of reported speech (a plan), not a hypothesis; only when no other modal follows it."""
    if text[h_start:h_end] != "would":
        return False
    if _MODAL_AFTER.search(text, h_end, trigger):
        return False
    return bool(
        _REPORTING_BEFORE.search(text, max(0, h_start - 60), h_start)
        or _REPORTING_THAT.search(text, max(0, h_start - 140), h_start)
    )


# "The two sides agreed that the Egyptian-Greek Joint Military Cooperation Committee would …": a
# that-clause whose subject is a long name (no comma, no other clause inside it)
_REPORTING_THAT = re.compile(
    r"\b(?:said|says|agreed|decided|announced|confirmed|stated|noted|indicated|informed|added)\s+that\s+[^.;!?,]{0,120}$",
    re.IGNORECASE,
)


_IF_AFTER = re.compile(r"[^.;]*?\b(?:if|unless|provided|once)\b", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\b(?:would|could|might|may|should|must|if|unless|whether)\b", re.IGNORECASE)
_BEFORE_LEAVING = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+$", re.IGNORECASE)
_DEPARTURE = re.compile(r"^(?:left|leaves|leaving|departed|departs|departing|emplaned|will leave)\b", re.IGNORECASE)
_WHICH_SET_UP = re.compile(r"\b(?:which|when|that|established|set\s+up|forged|launched)\b", re.IGNORECASE)


def _dated_anniversary(t: Trigger, text: str, dates: list[DateRef]) -> bool:
    """"on the 34th anniversary of the establishment of diplomatic relations, which the two
    countries set up on May 10, 1992": the anniversary's own event, dated in the sentence, is told."""
    if t.etype != "relations_established":
        return False
    if counted_anniversary(text, t, dates) is not None:
        return True  # "marked the 54th anniversary of the establishment of relations on 8 November"
    for d in dates:
        if t.end <= d.start <= t.end + 80 and d.kind in ("explicit", "range") and d.date_start is not None:
            if _WHICH_SET_UP.search(text, t.start, d.start):
                return True
            if established_on(text, t.end, d):
                return True  # "the 75th anniversary of the establishment of relations … on April 28, 1952"
    return False


# "the 54th anniversary of (the establishment of) …" right before the trigger
_ORD_ANNIVERSARY_BEFORE = re.compile(rf"\b(?P<ord>{ORDINAL_TRIE_RX})\s+anniversary\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# the day of the commemoration after the establishment: "… relations on 8 November", "… this year"
_COMMEMORATED_ON = re.compile(r"(?:\s+between\s+[^,;.()]{1,80}?)?,?\s+(?:on|in|this)\s*$", re.IGNORECASE)


# the verb between a year as subject and "the Nth anniversary": "This year marks the ", "2026 is the "
_MARKS_THE = re.compile(r"\s*,?\s*(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:also\s+)?the\s+", re.IGNORECASE)


def counted_anniversary(
    text: str, t: Trigger, dates: list[DateRef], ref_year: int | None = None
) -> tuple[int, DateRef] | None:
    """"Pakistan and Viet Nam marked the 54th anniversary of the establishment of diplomatic
    relations on 8 November": (54, the date of the commemoration told right after the trigger),
    when that date is a calendar day printed without its year; else None.  A bare year after it
    ("… towards the 65th anniversary of … relations in 2028") is the commemoration's when it lies
    nearer the time of writing (``ref_year``) than the establishment would ("… relations in 1952"
    told in 2026 of a 75th anniversary is the establishment's own year)."""
    m = _ORD_ANNIVERSARY_BEFORE.search(text, max(0, t.start - 40), t.start)
    if m is None:
        return None
    n = parse_ordinal(m.group("ord"))
    if not n:
        return None
    if ref_year is not None:
        d = next((x for x in dates if x.start >= t.end and x.date_start is not None), None)
        if (
            d is not None and d.precision == "year" and d.start <= t.end + 80
            and _COMMEMORATED_ON.match(text[t.end : d.start]) and 2 * abs(d.date_start.year - ref_year) < n
        ):
            return n, d
    if not any(t.end <= d.start <= t.end + 80 for d in dates):
        # "This year marks the 75th anniversary of …", "2026 is the 30th anniversary of …": the
        # year of the commemoration is the subject (when the establishment has no date of its own)
        for d in dates:
            if d.end <= m.start() and d.date_start is not None and d.precision == "year" and _MARKS_THE.fullmatch(text, d.end, m.start()):
                return n, d
    for d in dates:
        if d.start < t.end or d.date_start is None:
            continue
        if d.start > t.end + 80 or not (_COMMEMORATED_ON.match(text[t.end : d.start]) or d.surface.lower().startswith("this ")):
            return None
        if d.precision == "year" and d.surface.lower().startswith("this "):
            return n, d  # "… celebrate the 60th anniversary of relations this year"
        if has_year(d.surface) or d.kind != "partial" or d.precision != "day":
            # (with a year it may be the establishment's own day, "… on April 28, 1952"; a weekday
            # or "today" is only the day of the ceremony, not the anniversary's calendar day)
            return None
        return n, d
    return None


# the establishment's own date right after it ("… between A and B on April 28, 1952"), with its year,
# or in a relative clause that tells it again ("… relations, which the two countries established on
# May 21, 1951", "…, which were set up in 1992"), or in brackets ("… relations (May 2, 1960 – 2026)")
_ESTABLISHED_ON = re.compile(
    r"(?:\s+between\s+[^,;.()]{1,80}?)?(?:,?\s+(?:which|that)\s+(?:[^,;.()]{1,50}?\s+)?"
    r"(?:established|set\s+up|forged|opened)(?:\s+them)?)?(?:\s+(?:on|in)\s+|\s*\()$",
    re.IGNORECASE,
)


def established_on(text: str, end: int, d: DateRef) -> bool:
    """Is ``d`` the own date, with its year, of the establishment told up to ``end``?"""
    return _ESTABLISHED_ON.match(text[end : d.start]) is not None and has_year(d.surface)


def merge_overlaps(trigs: list[Trigger]) -> list[Trigger]:
    """Union overlapping triggers of one type; of two overlapping types keep the longer."""
    if len(trigs) < 2:
        return list(trigs)
    out: list[Trigger] = []
    for t in sorted(trigs, key=lambda t: (t.start, -(t.end - t.start))):
        if out and t.start < out[-1].end:
            last = out[-1]
            if {t.etype, last.etype} == {"meeting", "phone_call"} and text_cue("joint", last.text) and t.etype == "phone_call":
                # "A and B discussed X by telephone": the joint act of the two, told as a call
                end = max(last.end, t.end)
                text = last.text + t.text[last.end - t.start :] if t.end > last.end else last.text
                out[-1] = Trigger(last.start, end, "phone_call", last.hint, text)
                continue
            if {t.etype, last.etype} == {"meeting", "phone_call"} and (
                (last.etype == "meeting" and t.end <= last.end) or (t.etype == "meeting" and t.start <= last.start and last.end <= t.end)
            ):
                # "held a virtual meeting", "held a video conference": the medium inside the meeting
                # phrase makes it a call
                big = last if last.etype == "meeting" else t
                out[-1] = Trigger(big.start, big.end, "phone_call", big.hint, big.text)
                continue
            if t.etype == last.etype and t.invitation == last.invitation:
                end = max(last.end, t.end)
                hint = "planned" if "planned" in (last.hint, t.hint) else last.hint
                out[-1] = Trigger(last.start, end, last.etype, hint, last.text + t.text[last.end - t.start :] if t.end > last.end else last.text)
            elif t.end - t.start > last.end - last.start:
                out[-1] = t
            continue
        out.append(t)
    return out


class Group(NamedTuple):
    etype: str
    trigs: list[Trigger]
    lo: int
    hi: int


def group_events(trigs: list[Trigger], text: str, clauses: Clauses, persons: list[Person], dates: list[DateRef]) -> list[Group]:
    """Same-type triggers → events; a clause boundary splits them when both sides are self-contained."""

    def own(a: int, b: int) -> bool:
        return any(a <= p.start < b for p in persons) or any(a <= d.start < b for d in dates)

    if len(trigs) == 1:
        return [Group(trigs[0].etype, [trigs[0]], 0, len(text))]
    groups: list[Group] = []
    keys = sorted({(t.etype, t.invitation) for t in trigs}, key=lambda k: min(t.start for t in trigs if (t.etype, t.invitation) == k))
    for key in keys:
        ts = [t for t in trigs if (t.etype, t.invitation) == key]
        cur, lo = [ts[0]], 0
        for t in ts[1:]:
            marks = clauses.between(cur[-1].end, t.start)
            passive = _BY_AFTER.match(text, t.end)  # "…, co-chaired by X and Y": the same meeting
            # "In May, on the sidelines of X, A met B": a framing trigger belongs to the main one
            # (a main trigger after "A met B on the sidelines of X, where …" starts its own event)
            framing = text_cue("secondary", t.text) or all(text_cue("secondary", x.text) for x in cur)
            earlier = t.etype == "meeting" and _WHICH_LAST.match(t.text)  # "…, which had last met …"
            to_hold = (t.text[:3].lower() == "to " or _TO_BEFORE.search(text, 0, t.start)) and _HOLD_NEXT.match(t.text)
            if to_hold or (t.etype == "meeting" and (_FORWARD_ROUND.match(t.text) or _NEXT_SESSION.match(t.text)
                                                     or _EARLIER_SESSION.match(t.text)
                                                     or _PREPARED_BEFORE.search(text, max(0, t.start - 30), t.start))):
                # "… the second Dialogue held in Accra in May and looked forward to the third round
                # in Nairobi", "… and said the 11th round would take place in X": another session
                # of the series is an event of its own
                groups.append(Group(key[0], cur, lo, t.start))
                cur, lo = [t], t.start
                continue
            if t.etype == "meeting" and _coordinated_objects(text, cur[-1], t, persons):
                # "will call on Prime Minister A and hold talks with Finance Minister B": two
                # coordinated predicates, each with its own person: two meetings
                groups.append(Group(key[0], cur, lo, t.start))
                cur, lo = [t], t.start
                continue
            if marks and not passive and not framing and (earlier or (own(lo, marks[-1]) and own(marks[-1], len(text)))):
                groups.append(Group(key[0], cur, lo, marks[-1]))
                cur, lo = [t], marks[-1]
            else:
                cur.append(t)
        groups.append(Group(key[0], cur, lo, len(text)))
    return sorted(groups, key=lambda g: g.trigs[0].start)


_WHICH_LAST = re.compile(r"which\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)
_VERB_START = re.compile(r"(?:hold|held|holds|met|meet|meets|call|called|calls|have|had|has|sit|sat|pay|paid)\b", re.IGNORECASE)


def _coordinated_objects(text: str, a: Trigger, b: Trigger, persons: list[Person]) -> bool:
    """Is ``b`` a verb coordinated by "and" after ``a``'s own person object, with a person of its
    own right after it ("call on A and hold talks with B")?"""
    if not _VERB_START.match(b.text):
        return False
    m = _AND_BEFORE.search(text, a.end, b.start)
    if m is None:
        return False
    own_a = any(a.end <= p.start and p.end <= m.start() for p in persons)
    own_b = any(b.end <= p.start <= b.end + 40 for p in persons)
    return own_a and own_b
# "held talks on preparations for the sixth meeting of the Commission": the session prepared
_PREPARED_BEFORE = re.compile(r"\b(?:preparations?|arrangements?)\s+for\s+(?:the\s+)?$", re.IGNORECASE)
# "…, the first since the 10th session in Lima in 2022": an earlier session of the series named
_EARLIER_SESSION = re.compile(rf"(?:following|after|since)\s+the\s+(?:{ORDINAL_TRIE_RX}|previous|last|preceding)\s", re.IGNORECASE)
_NEXT_SESSION = re.compile(rf"the\s+(?:{ORDINAL_TRIE_RX})\s+(?:session|round|meeting|sitting)\s", re.IGNORECASE)
# "… held in Lima in 2024 and decided to hold the fourth meeting in Quito in 2025": an
# infinitive of holding the next or an ordinal session names a later session of its own
_HOLD_NEXT = re.compile(
    rf"(?:to\s+)?(?:hold|convene|host|organi[sz]e|stage|conduct)\s+(?:the|its|their)\s+(?:(?:{ORDINAL_TRIE_RX})|next)\s+"
    r"(?:[\w'’+-]+\s+){0,6}?(?:session|round|meeting|sitting|edition|dialogue|summit)\b",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FORWARD_ROUND = re.compile(r"(?:looked|look|looks|looking)\s+forward\s+to\s+the\s", re.IGNORECASE)
