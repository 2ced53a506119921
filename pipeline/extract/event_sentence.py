"""Event mentions of ONE candidate sentence: triggers → events with participants, place, mechanism.

Steps (each a rule a linguist would write for any English news text):

1. Find every trigger of ``event_triggers.csv``; drop those that a context cue cancels: negation
   ("did not meet"), modality ("should hold talks"), generic quantifiers ("regular joint drills"),
   temporal anchors ("since the establishment of diplomatic relations"), anniversaries,
   "attended the <meeting>" (the purpose of a visit), anaphoric "the meeting with …" (but not
   "the visit of X to Y", a full description).  Triggers that only frame another event of the
   sentence go: "talks on Tuesday following an attack that …", a letter "delivered" during a
   meeting, "A and B agreed … during a phone call".
2. Merge overlapping triggers; triggers of one type separated by a clause boundary become separate
   events when both sides carry their own person or date ("X is paying a state visit …, and Y's
   state visit … lasts …"; "killed in an attack in October, following an attack in March");
   a framing trigger ("on the sidelines of …") never splits.
3. Per event: subject = the nearest person before the trigger plus persons coordinated with it;
   objects = the persons after it, or the one in apposition ("his Azerbaijani counterpart,
   Colonel General X,"); a possessor is no object ("Morita's successor, Prime Minister X").
   Coordinated objects of different countries make separate bilateral meetings.  Pronouns, title
   phrases ("his visit", "the prime minister's visit", "his Chinese counterpart") and dyadic
   phrases ("the two foreign ministers") resolve to earlier persons of the document; a
   subject-less meeting takes the persons of its "when A hosted B" clause; two named persons of
   two countries acting jointly ("He and Prime Minister X agreed") met, unless an event of the
   paragraph already brought them together; a letter without addressee ("also sent a separate
   message") goes to the addressee of the paragraph's previous letter.  "the visiting minister"
   is the latest visitor; "the two leaders" are the latest heads of state or government
   (``event_leader_titles.csv``); "The prime minister, who is on a visit …" takes the noun
   phrase the relative clause hangs on; "A and his Lao counterpart, B" coordinates A and B;
   coordinated subjects of a reciprocal act ("A and B held talks") are the two sides (a side
   without a stated country is the document's other country); a bare "replied" answers the
   document's latest letter and is addressed to its sender.
4. A visit's destination is the country or city right after the trigger ("visited China", "visit
   to Pakistan", "arrived in Islamabad"), right before "visit" ("his China visit"), after the
   visitor ("the visit of X to Dhaka"), or a bare proper name after a locative preposition that
   the gazetteer lacks ("arrived in Nakhchivan").  A missing destination or counterpart country
   comes from the document's dyad.
5. Meetings of standing mechanisms: "the 13th Annual Consultation", "the Joint Border Commission
   will meet" (a standing body is an event only with a bilateral name or two sides named), and
   back-references to a mechanism told before ("the 7th meeting of the JCC", "the first such
   meeting": a separate historical round with its own date).
6. Dates (:func:`_date_for`): the date in the clause of another event's trigger is that event's
   ("X, who arrived on Monday, held talks …"); a fronted adverbial ("In October, on the sidelines
   of …, A met B") dates its whole sentence; a day told with the beginning or end of a visit or
   exercise and its length gives the span ("arrived on Tuesday for a two-day visit");
   "on the same day" / "the next day" count from the latest event dated to the day; a
   when-clause takes the time of the clause before it ("a visit in August, when the council
   will meet"); a date after another event's trigger that follows this one is that event's.
7. Status: an intention after the trigger governs what follows it ("held talks … and agreed to
   expand trade" occurred; "met X and reviewed preparations for the upcoming visit" occurred).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import NamedTuple

import polars as pl

from pipeline.extract.event_dates import coarsen, pick_date, reference_month, to_value, usable
from pipeline.extract.event_gates import possible_cues, rules_for
from pipeline.extract.event_lexicon import CUE_CLASSES, cue_search, expand, literal_gate, trigger_rules
from pipeline.extract.event_mechanism import (
    DIGIT_ORDINAL,
    LATEST_GATE,
    ORDINAL_STEMS,
    acronym_after,
    find_mechanism,
    find_named_series,
    find_series,
    is_bilateral_name,
    may_hold_ordinal,
    mechanism_reference,
    name_before_head,
    ordinal_before,
    resolve_reference,
)
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft, Person, Place, SentenceInput
from pipeline.extract.event_numbers import CARDINAL_RX, ORDINAL_RX, parse_cardinal, parse_ordinal
from pipeline.extract.event_text import Clauses, dateline_end, is_caption
from pipeline.lexicons import read_lexicon

ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
PLACE_NAME_KINDS = frozenset({"name", "alias", "short", "capital", "city", "region"})
CITY_KINDS = frozenset({"capital", "city"})

_SUBORDINATOR = re.compile(
    r"\b(?:when|while|as|after|before|that|which|who|where|whereas|and|but|because|although|though)\b",
    re.IGNORECASE,
)
_LOC_PREP = re.compile(r"\b(?:in|at|to|into|near|outside|city of|city)\s+$", re.IGNORECASE)
_IN_PREP = re.compile(
    r"\b(?:in|inside|across)\s+(?:(?:the\s+)?(?:north|south|east|west|central|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_STOP_WORDS = (
    "in|at|on|during|for|from|by|after|before|amid|over|under|which|who|that|when|while|as|to|where|since"
)
_OBJECT_STOP = re.compile(r"[,;.()]|\b(?:" + _STOP_WORDS + r")\b", re.IGNORECASE)
# The same pattern, case-sensitive, for the LOWER-CASED text of a sentence without letters that
# fold unlike str.lower (event_gates): lower-casing keeps every character's \w / \s class and
# maps each letter onto what the case-insensitive engine compares, so the matches are the same,
# and a case-sensitive pattern runs faster.
_OBJECT_STOP_LOW = re.compile(_OBJECT_STOP.pattern)
_DYADIC_WHO = r"\b(?:two|both) "  # "the two", "both": with the nouns below, the two sides of a dyad
_DYADIC_NOUN = (
    r"(?:sides|countries|nations|leaders|governments|militaries|armies|navies|"
    r"presidents|prime ministers|premiers|foreign ministers|ministers|heads of state|states|parties)\b"
)
_DYADIC = re.compile(expand(r"\b(?:the two|both) " + _DYADIC_NOUN), re.IGNORECASE)
_DETERMINER = re.compile(r"(?:^|\b(?:the|his|her|their|its|our)\s+)$", re.IGNORECASE)
_AND_LINK = re.compile(r"^,?\s*and\b", re.IGNORECASE)
_WORDS = re.compile(r"[\w’'-]+|'s|’s")
_APPOSITIVE_OF = re.compile(r"^,\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:of|for)\s+")
_NAME_AFTER_TITLE = re.compile(r"^(?:['’]s)?\s+[A-Z]|^[a-z]")
_ONLY_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_BEFORE_VISIT = re.compile(r"\s+(?:[\w-]+\s+){0,2}visit", re.IGNORECASE)
_CAP_AFTER = re.compile(r"^\s+[A-Z][a-z]")
_PREP_AFTER = re.compile(r"^\s+(?:On|In|At|During|Capital|City|From)\b")
_WITH_CO = re.compile(r"\b(?:with|between|co-)", re.IGNORECASE)
_LEAD_PREP = re.compile(r"\s*(?:with|to|from|between|for)?\s*", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
_WITH = re.compile(r"\b(?:with|between|by|from)\b", re.IGNORECASE)  # the other side of an act
_BILATERAL = re.compile(r"\b(?:bilateral|counterparts?|both sides|two sides)\b", re.IGNORECASE)
# every _DYADIC match holds "two" or "both", and one of the nouns
_DYADIC_GATES = (literal_gate(expand(_DYADIC_WHO)), literal_gate(expand(_DYADIC_NOUN)))
_BILATERAL_GATE = literal_gate(_BILATERAL.pattern)
_COMMA_AND = re.compile(r",\s*(?:and\s+)?")
_INVITE_TO = re.compile(
    r"\bto\s*$|\bto\s+(?:visit|attend|pay\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to|(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to)\b",
    re.IGNORECASE,
)
_PRONOUN_WORD = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
_PLACE_OR_ADJ = PLACE_NAME_KINDS | {"adjective"}
_FRAME = re.compile(r"\b(?:during|in|after|at|before|following|since)\s+(?:the\s+|this\s+|that\s+)?$", re.IGNORECASE)
_VISIT_BY = re.compile(r"^\s*(?:by|of)\s+(?:the\s+)?$", re.IGNORECASE)
_INVITEE = re.compile(r"\b(?:invited|invites|invite|inviting|invitation\s+(?:for|to|from))\s+", re.IGNORECASE)
_CASUALTY = re.compile(
    expand(rf"\b(?P<num>{CARDINAL_RX})\s+(?:(?:more|other)\s+)?(?:[A-Za-z’'-]+\s+){{0,3}}?"
    r"(?:(?:were|was|have been|had been|are|being)\s+)?"
    r"(?P<verb>(?:shot\s+(?:and\s+)?)?killed|(?:shot\s+)?dead|died|gunned\s+down|(?:stabbed|hacked)\s+to\s+death|"
    r"lost (?:their|his|her) lives?|injured|wounded)\b"
    # the active voice: "… killed two Chinese engineers"
    rf"|\b(?P<averb>killed|killing|injured|injuring|wounded|wounding)\s+(?:at\s+least\s+)?(?P<anum>{CARDINAL_RX})"
    r"(?:\s+(?:(?:more|other)\s+)?[A-Za-z’'-]+){0,3}"),
    re.IGNORECASE,
)


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
    text: str, after: int = 0, present: frozenset[str] | None = None, low: str | None = None
) -> list[Trigger]:
    """Every trigger match in ``text`` starting at or after ``after`` (``present``: the sentence's
    gate literals, :func:`pipeline.extract.event_gates.sentence_literals`; None = compute here;
    ``low``: ``text.lower()`` when already at hand)."""
    out = []
    rules = trigger_rules()
    if low is None:
        low = text.lower()
    if present is None:
        todo = [r for r in rules if r.gate is None or any(map(low.__contains__, r.gate))]
    else:
        todo = [rules[i] for i in rules_for(present)]
    for rule in todo:
        if present is None:
            matches = rule.regex.finditer(text, after)
        elif rule.anchors:
            matches = _anchored(rule, text, low, after, present)
        elif rule.low is not None:
            matches = rule.low.finditer(low, after)
        else:
            matches = rule.regex.finditer(text, after)
        for m in matches:
            s, e = m.start(), m.end()
            if e - s > 1 and text[e - 1].isupper() and text[e - 2] == " ":
                e -= 1  # "met (with) <Capital>": the capital belongs to the object
            while e > s and text[e - 1].isspace():
                e -= 1
            out.append(Trigger(s, e, rule.event_type, rule.status_hint, text[s:e]))
    return out


def _anchored(rule, text: str, low: str, after: int, present: frozenset[str] | None = None) -> list[re.Match[str]]:  # noqa: ANN001
    """``rule.regex.finditer(text, after)``, trying only where a match can start: at an occurrence
    of one of ``rule.anchors`` in ``low`` (``text.lower()``, of the same length; ``present``: the
    gate literals of the text, which include every anchor it holds)."""
    starts = []
    for a in rule.anchors:
        if present is not None and a not in present:
            continue
        i = low.find(a, after)
        while i >= 0:
            starts.append(i)
            i = low.find(a, i + 1)
    if not starts:
        return []
    if len(rule.anchors) > 1:
        starts.sort()
    out = []
    if rule.low is not None:
        match, subject = rule.low.match, low
    else:
        match, subject = rule.regex.match, text
    last = after
    for p in starts:
        if p < last:
            continue
        m = match(subject, p)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


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
        hi2 = max(hi, t.end + 60) if t.text.endswith("held in") else hi
        if not any(lo <= d.start < hi2 for d in dates):
            return True
    if t.etype == "meeting" and "attend" in cues and search("attend", n):
        return True
    if t.etype == "visit" and t.text[:6] == "would " and (
        not _REPORTING_BEFORE.search(text, max(0, start - 60), start) or _IF_AFTER.match(text, t.end, t.end + 80)
    ):
        return True  # "he would visit China if invited": a hypothesis, unless reported speech
    if t.etype == "visit" and _ACCOMPANIED.search(text, n, start):
        return True  # "X was accompanied on the visit by Y": the companions of a visit told before
    if t.etype == "visit" and _BEFORE_LEAVING.search(text, n, start) and text_rx(_DEPARTURE, t.text):
        return True  # "…, before departing for Singapore": the end of the trip told, no new visit
    if "anaphora" in cues and text_cue("nominal", t.text) and not text_cue("full_np", t.text) and search("anaphora", n):
        return True
    if t.etype == "phone_call" and t.text[:6] == "called" and _CALLED_SOMETHING.match(text, t.end):
        return True  # "X called Putin a war criminal": naming, not a call
    if t.etype != "attack" and _HABITUAL_AFTER.match(text, t.end, min(len(text), t.end + 40)):
        return True  # "committed the two governments to hold a summit every year": a habit, no event
    if t.etype == "meeting" and t.text.lower().endswith("sidelines of") and _ANAPHORIC_FRAME.match(text, t.end):
        return True  # "On the sidelines of the meeting, …": the meeting told before, no new one
    return False


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
    r"\s+(?:the|this|that)\s+(?:meeting|talks|session|visit|summit|event|conference|ceremony|forum)\s*[,.;]",
    re.IGNORECASE,
)


_ACCOMPANIED = re.compile(r"\baccompanied\s+(?:on|during|for|in)\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|announces|told|added|stated|noted|indicated|revealed|"
    r"disclosed|informed|agreed|decided|expected|hoped)\b[^.;!?]{0,50}$",
    re.IGNORECASE,
)


def _reported_future(text: str, h_start: int, h_end: int, trigger: int) -> bool:
    """"X confirmed that he would pay a state visit next week": "would" after a reporting verb is
    the future of reported speech (a plan), not a hypothesis; only when no other modal follows it."""
    if text[h_start:h_end] != "would":
        return False
    if _MODAL_AFTER.search(text, h_end, trigger):
        return False
    return bool(_REPORTING_BEFORE.search(text, max(0, h_start - 60), h_start))


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
    for d in dates:
        if t.end <= d.start <= t.end + 80 and d.kind == "explicit" and d.date_start is not None:
            if _WHICH_SET_UP.search(text, t.start, d.start):
                return True
    return False


def merge_overlaps(trigs: list[Trigger]) -> list[Trigger]:
    """Union overlapping triggers of one type; of two overlapping types keep the longer."""
    if len(trigs) < 2:
        return list(trigs)
    out: list[Trigger] = []
    for t in sorted(trigs, key=lambda t: (t.start, -(t.end - t.start))):
        if out and t.start < out[-1].end:
            last = out[-1]
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
            if marks and not passive and not framing and (earlier or (own(lo, marks[-1]) and own(marks[-1], len(text)))):
                groups.append(Group(key[0], cur, lo, marks[-1]))
                cur, lo = [t], marks[-1]
            else:
                cur.append(t)
        groups.append(Group(key[0], cur, lo, len(text)))
    return sorted(groups, key=lambda g: g.trigs[0].start)


# --------------------------------------------------------------------------------------------
# 3. participants
# --------------------------------------------------------------------------------------------


# "A and her Bruneian counterpart, (Second Minister of Foreign Affairs) B": the title of B may sit
# between the comma and the name
_AND_COUNTERPART = re.compile(
    r"^,?\s*and\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\s*,?"
    r"(?:\s*(?:the\s+)?(?:[A-Z][\w.'’-]*|of|for|and)(?=\s|$)){0,8}$"
)


def _coordinated(gap: str) -> str | None:
    """'and' / ',' when ``gap`` only joins two names (with their titles, or "and his Lao
    counterpart," before a name in apposition); None otherwise."""
    g = gap.strip()
    if "counterpart" in g and _AND_COUNTERPART.match(g):
        return "and"
    if g.startswith(("of ", "from ")):
        m = _OF_COUNTRY.match(g)  # "Secretaries A of Peru and B of Chile": A's country, then "and"
        if m:
            g = g[m.end() :]
    kind = None
    m = _AND_LINK.match(g)
    if m:
        kind, g = "and", g[m.end() :]
    elif g.startswith(","):
        kind, g = ",", g[1:]
    else:
        return None
    for w in g.split():
        if w.lower() in ("of", "the", "and") or w[:1].isupper():
            continue
        return None
    return kind


_OF_COUNTRY = re.compile(r"(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3}")
# "he and his Peruvian counterpart <B>": the pronoun's person is B's co-subject
_PRONOUN_AND_COUNTERPART = re.compile(
    r"\b(?:he|she)\s+and\s+(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart,?\s*$", re.IGNORECASE
)


# "…, during which he and Prime Minister <B> will co-chair …": a subject pronoun coordinated
# with a named (and titled) person right before that person
_PRONOUN_AND = re.compile(r"\b(?:he|she)\s+and\s+(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,6}$", re.IGNORECASE)


def _pronoun_conjunct(ctx: "_Sentence", subs: list[Person], lo: int) -> list[Person]:
    """"X will visit Y, during which he and Prime Minister B will co-chair …": the pronoun
    coordinated with B is the sentence's first person before it (the main clause's subject),
    else the subject of the previous sentences."""
    b = subs[0]
    m = _PRONOUN_AND.search(ctx.text, max(lo, b.start - 80), b.start)
    if m is None:
        return subs
    before = [p for p in ctx.persons if p.end <= m.start() and p.name != b.name]
    x = before[0] if before else ctx.doc.last_subject
    if x is None or x.name == b.name:
        return subs
    if before:
        x = x._replace(country=ctx.country(x))
    return [x, b]


# a non-restrictive relative clause closed right before a position: ", who accompanied Xi, "
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*,\s*$", re.IGNORECASE)


def subjects(persons: list[Person], text: str, lo: int, pos: int) -> list[Person]:
    """The nearest person before ``pos`` (in [lo, pos)) and the persons coordinated with it."""
    before = [p for p in persons if lo <= p.start and p.end <= pos]
    if not before:
        return []
    if "," in text[before[-1].end : pos]:
        rel = _RELATIVE_BEFORE.search(text, max(lo, pos - 160), pos)
        if rel:  # "Wang Yi, who accompanied Xi, met …": Xi is inside the relative clause
            before = [p for p in before if p.start < rel.start()]
            if not before:
                return []
    out = [before[-1]]
    seen_and = False
    for p in reversed(before[:-1]):
        kind = _coordinated(text[p.end : out[-1].start])
        if kind is None or (kind == "," and not seen_and):
            break
        seen_and = seen_and or kind == "and"
        out.append(p)
    return list(reversed(out))


def objects(persons: list[Person], text: str, pos: int, hi: int) -> list[Person]:
    """Persons after ``pos`` coordinated with the first one ("with A and B")."""
    after = [p for p in persons if p.start >= pos and p.start < hi and not _POSSESSIVE.match(text, p.end)]
    if not after:
        return []
    out = [after[0]]
    kinds = []
    for p in after[1:]:
        kind = _coordinated(text[out[-1].end : p.start])
        if kind is None:
            break
        kinds.append(kind)
        out.append(p)
    while kinds and "and" not in kinds:
        kinds.pop()
        out.pop()
    return out


_POSSESSIVE = re.compile(r"['’]s\b")
# the gap between a descriptive object and the name in apposition to it: ", Colonel General "
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|noted|stressed|announced)\b")
_APPOSITION_GAP = re.compile(r",\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}")


def apposition(persons: list[Person], text: str, pos: int, np_end: int, hi: int) -> Person | None:
    """The person named in apposition to a descriptive object noun phrase [pos, np_end): "met his
    Azerbaijani counterpart, Colonel General Elnur Gasimov," -> Elnur Gasimov.  The phrase must hold
    no person of its own (a possessor aside) and a lower-case word (a description, not a name)."""
    if np_end >= hi or text[np_end] != "," or not any(ch.islower() for ch in text[pos:np_end]):
        return None
    for p in persons:
        if pos <= p.start < np_end and not _POSSESSIVE.match(text, p.end):
            return None
        if p.start > np_end:
            if not _APPOSITION_GAP.fullmatch(text, np_end, p.start) or _SPEECH_AFTER.match(text, p.end):
                return None  # "…, Foreign Minister X said": the speaker, not an apposition
            return p
    return None


# "the two foreign ministers", "both leaders": the two sides' persons told before
_DYADIC_PERSONS = re.compile(
    r"\b(?:the\s+two|both)\s+(?P<mod>(?:[\w-]+\s+){0,2}?)(?P<noun>leaders|ministers|presidents|premiers|"
    r"heads\s+of\s+(?:state|government)|counterparts|secretaries|envoys|chiefs|commanders)\b",
    re.IGNORECASE,
)


def dyadic_persons(phrase: str, doc: DocContext, lookback: int = 12, told: list[Person] | None = None) -> list[Person]:
    """"the two foreign ministers …" -> the latest two persons of two different countries in the
    document (of that title when one is named), oldest first; [] when there are not two."""
    m = _DYADIC_PERSONS.search(phrase)
    if not m:
        if _DYADIC_BARE.search(phrase):  # "since the two spoke by telephone": anyone of two sides
            return _two_sides(doc, "", False, lookback, told)
        return []
    noun = " ".join(m.group("noun").lower().split())
    leaders = noun.startswith("heads") or noun == "leaders"
    if leaders or noun in ("counterparts", "chiefs", "commanders"):
        title = ""  # no title to match
    else:
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        title = " ".join((m.group("mod") + singular).lower().split())
    # "the two leaders": heads of state or government first, then anyone
    return (
        (_two_sides(doc, title, False, lookback, told) if title else [])
        or (_two_sides(doc, "", True, lookback, told) if leaders else [])
        or _two_sides(doc, "", False, lookback, told)
    )


# "the two" / "both" right before the verb of a joint act: "since the two spoke by telephone"
_DYADIC_BARE = re.compile(
    r"\b(?:the\s+two|both)(?:\s+(?:men|women))?\s+(?:(?:had|have|has|last|also|again|first|then|later|briefly|recently)\s+){0,2}"
    r"(?:spoke|speak|talked|talk|met|meet|held|hold|discussed|agreed|exchanged|co-chaired|signed|reviewed)\b",
    re.IGNORECASE,
)


def _two_sides(
    doc: DocContext, title: str, need_leader: bool, lookback: int, told: list[Person] | None = None
) -> list[Person]:
    """The latest two persons of two different countries in the persons history (then ``told``,
    later still; of ``title`` when given, leaders only when ``need_leader``), oldest first; []
    when there are not two."""
    out: dict[str, Person] = {}
    recent = doc.history[-lookback:] + told if told else doc.history[-lookback:]
    for p in reversed(recent):
        c = p.country or doc.learned.get(p.name)
        if not c or c in out or any(q.name == p.name for q in out.values()):
            continue
        titles = doc.titles_by_name.get(p.name) or p.titles  # (a person of this sentence: its own titles)
        if title and not any(t and title in t.lower() for t in titles):
            continue
        if need_leader and not any(t and t.lower() in _leader_titles() for t in titles):
            continue
        out[c] = p._replace(country=c)
        if len(out) == 2:
            return list(reversed(out.values()))
    return []


@functools.cache
def _leader_titles() -> frozenset[str]:
    """Lower-case titles of heads of state or government (lexicons/event_leader_titles.csv)."""
    try:
        df = read_lexicon("event_leader_titles")
    except FileNotFoundError:
        return frozenset()
    return frozenset(t.strip().lower() for t in df.get_column("title").drop_nulls().to_list() if t.strip())


def person_country(p: Person, text: str, places: list[Place]) -> str | None:
    """The person's country, or the one its title phrase names ("Foreign Minister of Pakistan X")."""
    if p.country:
        return p.country
    for c in places:
        if c.kind in ACTOR_KINDS and c.end <= p.start and p.start - c.end <= 60:
            gap = text[c.end : p.start]
            if all(w[:1].isupper() or w in ("of", "and", "the", "'s", "’s") for w in _WORDS.findall(gap)) and "," not in gap:
                return c.iso3
    m = _APPOSITIVE_OF.match(text[p.end : p.end + 80])
    if m:
        for c in places:
            if c.start == p.end + m.end() and c.kind in ACTOR_KINDS:
                return c.iso3
    return None


@functools.cache
def _title_spellings() -> dict[str, tuple[str, ...]]:
    """Normalised title (lower case) → its other one-word spellings in ``titles.csv`` for heads
    of state ("emir" → "amir"): "His Highness the Amir" names the person titled Emir."""
    try:
        df = read_lexicon("titles")
    except FileNotFoundError:
        return {}
    out: dict[str, set[str]] = {}
    for surface, title, kind in df.select("surface", "title", "kind").iter_rows():
        if not surface or not title or kind not in ("head_of_state", "head_of_government"):
            continue
        word = surface.lower().removeprefix("the ").strip()
        if " " not in word and word != title.lower():
            out.setdefault(title.lower(), set()).add(word)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def resolve_title_np(phrase: str, phrase_places: list[Place], base: int, doc: DocContext, exclude: set[str]) -> Person | None:
    """"the prime minister's …", "Pakistan's foreign minister …" → the latest person with that title."""
    low = phrase.lower()
    spellings = _title_spellings()
    for p in reversed(doc.history):
        if p.name in exclude:
            continue
        for known in doc.titles_by_name.get(p.name, ()):
            title = known
            i = low.rfind(title.lower())
            if i < 0:
                for alt in spellings.get(title.lower(), ()):
                    i = low.rfind(alt)
                    if i >= 0:
                        title = phrase[i : i + len(alt)]
                        break
            if i < 0 or (i and low[i - 1].isalpha()):
                continue
            after = phrase[i + len(title) :]
            if _NAME_AFTER_TITLE.match(after):
                continue  # a title before a name the person finder missed, or a longer word
            constraint = [c for c in phrase_places if c.kind in ACTOR_KINDS and 0 <= base + i - c.end <= 4]
            if constraint and constraint[-1].iso3 != p.country:
                continue
            if not constraint and not _DETERMINER.search(phrase[max(0, i - 8) : i]):
                continue
            return p
    lead = _THE_DEM_LEADER.search(phrase)
    if lead:
        # "when the Turkmen leader telephoned him": the latest head of state or government of the
        # country the demonym names
        iso3 = next(
            (c.iso3 for c in phrase_places if c.kind in ACTOR_KINDS and lead.start() <= c.start - base < lead.end()), None
        )
        p = _leader_of(doc, iso3) if iso3 else None
        if p is not None and p.name not in exclude:
            return p
    hon = _THE_HONORIFIC.search(phrase)
    if hon:
        # "The Saudi prince arrived …": the latest person named with that honorific ("Prince
        # Saud …"), of the demonym's country when one is given
        iso3 = next((c.iso3 for c in phrase_places if c.kind in ACTOR_KINDS and hon.start() <= c.start - base < hon.end()), None)
        word = " ".join(hon.group("hon").lower().split()) + " "
        for p in reversed(doc.history):
            if p.name not in exclude and p.surface.lower().startswith(word) and (iso3 is None or p.country in (None, iso3)):
                return p
    head = _BARE_HEAD.search(phrase)
    if head:
        # "the minister …": the latest person one of whose titles has that head word
        # (the subject of the narrative first: "Minister X met minister Y. The minister …" is X)
        word = re.compile(rf"\b{re.escape(head.group('head').lower())}\b")
        subject = doc.last_subject
        for p in ([subject] if subject is not None else []) + doc.history[::-1]:
            if p.name not in exclude and any(word.search(t.lower()) for t in doc.titles_by_name.get(p.name, ())):
                return p
    return None


_THE_HONORIFIC = re.compile(
    r"\bthe\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?P<hon>crown\s+prince|prince|princess|sheikh|sheikha|emir|sultan)\s*$", re.IGNORECASE
)
_THE_DEM_LEADER = re.compile(r"\bthe\s+(?-i:[A-Z])[\w'’-]+\s+leader\s*$", re.IGNORECASE)
_BARE_HEAD = re.compile(r"(?:^|[^\w’'])the\s+(?P<head>[a-z]{4,})\s*$", re.IGNORECASE)


_BARE_NAME = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:bin\s+|al-\s*|de\s+|van\s+)?[A-Z][\w'’-]+){0,3})"
)
_NOT_NAME = frozenset(
    "The This That These Those It He She They We Both Two Its His Her Their In On At During After Before "
    "Since When While As But And Also Earlier Later Meanwhile Separately Now Then Last Next Under "
    "According Photo".split()
)


@functools.cache
def _person_stopwords() -> frozenset[str]:
    """Capitalised words that are never part of a personal name (persons' lexicon)."""
    try:
        df = read_lexicon("person_stopwords")
    except FileNotFoundError:
        return frozenset()
    if "kind" in df.columns:
        df = df.filter(pl.col("kind") == "stop")
    return frozenset(df.get_column(df.columns[0]).drop_nulls().to_list())


def bare_name(text: str, start: int, end: int, places: list[Place], doc: DocContext) -> Person | None:
    """A capitalised name that the person finder did not mark ("In July, Ngozi Otieno paid …"):
    the text [start, end) must be exactly a name (an honorific allowed), with no country in it.
    A surname seen before in the document resolves to that person."""
    seg = text[start:end]
    m = _BARE_NAME.fullmatch(seg.strip())
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in _NOT_NAME or any(w.isupper() and len(w) > 1 for w in words):
        return None
    if any(w in _person_stopwords() for w in words):
        return None  # "Grandhara Art Exhibition", "Foreign Office": institution or event nouns
    if any(start <= c.start < end for c in places):
        return None
    for p in reversed(doc.history):
        if p.name == name or p.name.split()[-1] == words[-1] or p.surface == name:
            return p
    if any(t.lower() == name.lower() for ts in doc.titles_by_name.values() for t in ts):
        return None  # a bare title ("President"), not a name
    off = start + len(seg) - len(seg.lstrip())
    return Person(off, off + len(seg.strip()), seg.strip(), name, (), None)


def resolve_counterpart(
    phrase: str, places: list[Place], base: int, doc: DocContext, exclude: set[str], cues: frozenset[str] = ALL_CUES
) -> tuple[Person | None, str | None]:
    """"his Chinese counterpart" → (latest Chinese person of the document, 'CHN')."""
    m = cue("counterpart", phrase, cues)
    if not m:
        return None, None
    iso3 = None
    if m.groupdict().get("dem"):
        s = base + m.start("dem")
        iso3 = next((c.iso3 for c in places if c.start == s), None)
    for p in reversed(doc.history):
        if p.name not in exclude and (iso3 is None or p.country == iso3):
            return p, iso3 or p.country
    return None, iso3


# --------------------------------------------------------------------------------------------
# 4. places
# --------------------------------------------------------------------------------------------


def find_destination(text: str, trigs: list[Trigger], places: list[Place]) -> Place | None:
    """The place a visit goes to: right after the (last, else another) trigger ("left for Quito on
    an official visit"), or "<Country> visit" inside it."""
    ends = sorted({t.end for t in trigs}, reverse=True)
    for end in ends:
        for c in places:
            if c.start >= end and c.kind in PLACE_NAME_KINDS and _ONLY_THE.fullmatch(text[end : c.start]):
                return c
            if c.start > end + 6:
                break
    for t in trigs:
        for c in places:
            if t.start <= c.start and c.end <= t.end and c.kind in _PLACE_OR_ADJ:
                if _BEFORE_VISIT.match(text[c.end : t.end + 1]):
                    return c
    return None


def _name_internal(text: str, c: Place) -> bool:
    return bool(_CAP_AFTER.match(text[c.end : c.end + 3])) and not _PREP_AFTER.match(text[c.end : c.end + 10])


def find_location(
    text: str, places: list[Place], pos: int, caption: bool, low: str | None = None
) -> tuple[str | None, str | None]:
    """(city, country) where the event took place: "in Beijing", "at Islamabad", a caption's place.
    (``low``: the lower-cased sentence when it may stand in for it, see _OBJECT_STOP_LOW.)"""
    loc_prep, in_prep, subject = (_LOC_PREP, _IN_PREP, text) if low is None else (_LOC_PREP_LOW, _IN_PREP_LOW, low)
    cities = []
    for c in places:
        if c.kind not in CITY_KINDS or _name_internal(text, c):
            continue
        b = max(0, c.start - 12)
        if loc_prep.search(subject[b : c.start]) or (caption and c.start > pos and text[b : c.start].rstrip().endswith(",")):
            cities.append(c)
    after = [c for c in cities if c.start >= pos]
    chosen = after[0] if after else (cities[-1] if cities else None)
    if chosen:
        return chosen.surface, chosen.iso3
    for c in places:
        if c.kind in _IN_KINDS and in_prep.search(subject[max(0, c.start - 30) : c.start]):
            return None, c.iso3
    return None, None


_IN_KINDS = frozenset({"name", "alias", "short", "region"})
_LOC_PREP_LOW = re.compile(_LOC_PREP.pattern)  # for lower-cased text (see _OBJECT_STOP_LOW)
_IN_PREP_LOW = re.compile(_IN_PREP.pattern)


# an envoy's title that takes "to <country>": "Ambassador to Cambodia", "High Commissioner to India"
_ENVOY_END = re.compile(
    r"\b(?:ambassador|high\s+commissioner|envoy|representative|consul(?:-general)?|charg[ée]\s+d['’]affaires)"
    # "Ambassador of the Sultanate of Oman to …"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,4})?\s*$",
    re.IGNORECASE,
)


def _object_np_end(
    text: str, pos: int, hi: int, allow_to: bool, places: list[Place] = (), low: str | None = None  # type: ignore[assignment]
) -> int:
    """End of the noun phrase that starts at ``pos`` (first preposition or punctuation); a comma
    that coordinates two countries ("Kyrgyz, Pakistani presidents") does not end it.
    ``low``: the sentence lower-cased when it has no letter that folds unlike ``str.lower``."""
    seg = text[pos:hi]
    lead = len(seg) - len(seg.lstrip())
    starts = None
    stops = _OBJECT_STOP.finditer(seg) if low is None else _OBJECT_STOP_LOW.finditer(low[pos:hi])
    for m in stops:
        word = m.group(0)
        if m.start() == lead and word.lower() in ("to", "with", "between", "for", "from"):
            continue
        if allow_to and word.lower() == "to":
            continue
        if word[:1] in "tT" and word.lower() == "to" and _ENVOY_END.search(seg, 0, m.start()):
            continue  # "met Chinese Ambassador to Cambodia X": the envoy's title goes on
        if word == ",":
            nxt = _COMMA_AND.match(seg, m.start())
            if starts is None:
                starts = {c.start for c in places if c.kind in ACTOR_KINDS}
            if nxt and pos + nxt.end() in starts:
                continue
        return pos + m.start()
    return hi


# --------------------------------------------------------------------------------------------
# assembling one sentence
# --------------------------------------------------------------------------------------------


def _start(x: Person | Place) -> int:
    return x.start


class _Sentence:
    """Shared per-sentence state for the builders below."""

    __slots__ = (
        "s", "doc", "text", "present", "cues", "low", "dl", "caption", "clauses", "dates", "places", "persons",
        "actors", "n", "_ordinals", "_persons_inside", "_places_inside", "claims", "trigs", "visit_span",
    )

    def __init__(self, s: SentenceInput, doc: DocContext):
        self.s, self.doc, self.text = s, doc, s.text
        self.present = s.present
        self.cues = possible_cues(s.present)
        self.low = None if s.present is None else s.text.lower()  # for literal gates (None: unknown)
        self.dl = dateline_end(s.text)
        self.caption = is_caption(s.text, s.next_text)
        protected = [(d.start, d.end) for d in s.dates] + [(p.start, p.end) for p in s.persons]
        self.clauses = Clauses(s.text, protected)
        self.dates = usable(s.text, s.dates, self.dl, s.present)
        if self.dates and doc.last_event_date is not None:
            self.dates = _reanchored(self.dates, doc.last_event_date)
        places, persons = s.places, s.persons
        self.places = sorted(places, key=_start) if len(places) > 1 else list(places)
        if len(persons) > 1:
            self.persons = sorted({(p.start, p.end): p for p in persons}.values(), key=_start)
        else:
            self.persons = list(persons)
        self.actors = [c for c in self.places if c.kind in ACTOR_KINDS]
        n = self.n = len(s.text)
        self._ordinals: bool | None = None
        self.claims: list[tuple[int, str]] = []  # (clause index, event type) of every trigger
        self.visit_span: DateValue | None = None  # date of a visit of this sentence (its purposes)
        self.trigs: list[Trigger] = []  # the sentence's triggers after merging (see analyse_sentence)
        # (sorted by start) every person / place starts inside the sentence: [0, n) selects all
        self._persons_inside = not self.persons or (self.persons[0].start >= 0 and self.persons[-1].start < n)
        self._places_inside = not self.places or (self.places[0].start >= 0 and self.places[-1].start < n)

    def cue(self, cls: str, a: int = 0, b: int | None = None) -> re.Match[str] | None:
        """The first cue of class ``cls`` in ``text[a:b]`` (gated, on the lower-cased text when
        that is equivalent: see :func:`pipeline.extract.event_lexicon.cue_search`)."""
        if cls not in self.cues:
            return None
        low = self.low
        return cue_search(cls, self.text[a:b], self.present, None if low is None else low[a:b])

    def ordinals(self) -> bool:
        """May the sentence hold an ordinal (computed once)?"""
        if self._ordinals is None:
            present = self.present
            if present is None:
                self._ordinals = may_hold_ordinal(self.text, self.low)
            else:  # the ordinal words are gate literals (event_gates)
                self._ordinals = bool(DIGIT_ORDINAL.search(self.low)) or not present.isdisjoint(ORDINAL_STEMS)

        return self._ordinals

    def country(self, p: Person) -> str | None:
        c = p.country
        return c if c else person_country(p, self.text, self.places)

    def actors_in(self, a: int, b: int) -> list[Place]:
        return [c for c in self.actors if a <= c.start < b]

    def persons_in(self, a: int, b: int) -> list[Person]:
        """Persons starting in [a, b) (the list itself when that is every person)."""
        if a <= 0 and b >= self.n and self._persons_inside:
            return self.persons
        return [p for p in self.persons if a <= p.start < b]

    def places_in(self, a: int, b: int) -> list[Place]:
        """Places starting in [a, b) (the list itself when that is every place)."""
        if a <= 0 and b >= self.n and self._places_inside:
            return self.places
        return [c for c in self.places if a <= c.start < b]

    def pronoun_subject(self, t: Trigger, lo: int, hi: int) -> Person | None:
        """'his visit …' → cataphora in a fronted phrase, else the previous sentences' subject."""
        if not self.cue("pronoun", max(0, t.start - 30), t.start):
            return None
        c_lo, c_hi = self.clauses.bounds(t.start)
        if c_lo <= self.dl + 1 and c_hi < len(self.text):
            nxt = [p for p in self.persons if c_hi < p.start <= c_hi + 6]
            if nxt:
                return nxt[0]
        return self.doc.last_subject

    def visiting_subject(self, t: Trigger, lo: int) -> Person | None:
        """"the visiting minister called on …": the visitor of the latest visit told."""
        c_lo, _ = self.clauses.bounds(t.start)
        a = max(lo, c_lo, t.start - 60)
        if self.doc.last_visitor is None or "visiting" not in self.text[a : t.start].lower():
            return None
        return self.doc.last_visitor if _VISITING_END.search(self.text, a, t.start) else None

    def title_subject(self, t: Trigger, lo: int, exclude: set[str]) -> Person | None:
        c_lo, _ = self.clauses.bounds(t.start)
        a = max(lo, c_lo)
        phrase = self.text[a : t.start]
        if not phrase.strip():
            return None
        text = self.text
        if a == c_lo and a > 1 and _ADVERBS_ONLY.fullmatch(phrase):
            # "The minister, who arrived on Sunday, also called on X": skip back over the
            # relative clause to the noun phrase it hangs on
            r_lo, _ = self.clauses.bounds(a - 2)
            if r_lo >= lo and r_lo > 1 and _WHO_START.match(text, r_lo):
                a = c_lo = r_lo
                phrase = text[a : t.start]
        if _WHO_START.match(phrase) and a > 1 and a == c_lo:
            # "The prime minister, who is on a visit to X, …": the noun phrase the relative
            # clause hangs on is the subject
            p_lo, _ = self.clauses.bounds(a - 2)
            b = max(lo, p_lo)
            if b < a - 1:
                phrase, a = text[b : a - 1] + " ", b
        x = resolve_title_np(phrase, self.places, a, self.doc, exclude)
        if x is None:
            # "The minister also paid a courtesy call on …": the title noun phrase opening the clause
            m = _LEADING_TITLE_NP.match(phrase)
            if m:
                # (the visitor told before first: "the minister also paid a courtesy call on …")
                v, head = self.doc.last_visitor, m.group("np").split()[-1].lower()
                if v is not None and v.name not in exclude and any(
                    head in t.lower() for t in self.doc.titles_by_name.get(v.name, ())
                ):
                    x = v
                else:
                    x = resolve_title_np(m.group("np") + " ", self.places, a, self.doc, exclude)
        return x


_LEADING_TITLE_NP = re.compile(
    r"\s*(?P<np>(?:The|the)\s+(?:[a-z]+\s+)?(?:minister|president|premier|secretary|ambassador|envoy|chancellor))\s+"
    r"(?:also\s+|later\s+|then\s+|separately\s+|subsequently\s+)?(?:[a-z]+ed|paid|made|held|met|spoke|sent|wrote|took|gave)\b"
)


# "the visiting (foreign) minister", "the visiting dignitary": the visitor told before
_VISITING = r"\bthe\s+visiting\s+(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+"
_VISITING_END = re.compile(_VISITING + r"\s*$", re.IGNORECASE)
_VISITING_START = re.compile(r"\s*(?:with\s+)?" + _VISITING + r"\s*$", re.IGNORECASE)


def _add_person(d: Draft, p: Person, role: str, country: str | None) -> None:
    name = p.name
    for q, _ in d.persons:
        if q.name == name:
            return
    d.persons.append((p if p.country == country else Person(p.start, p.end, p.surface, name, p.titles, country), role))


def _add_country(d: Draft, iso3: str | None, role: str) -> None:
    if iso3 and iso3 not in d.countries:
        d.countries[iso3] = role


def _fill_from_dyad(d: Draft, dyad: tuple[str, ...], target: int = 2, home: str | None = None) -> None:
    """Complete the countries of an event from the document's dyad; an official named without a
    country is first taken to serve the country of the dateline (``home``)."""
    if home and len(d.countries) < target and any(p.country is None for p, _ in d.persons):
        _add_country(d, home, "participant")
    for iso3 in dyad:
        if len(d.countries) >= target:
            break
        _add_country(d, iso3, "participant")


# the last temporal subordinator before a trigger: a plan told in the main clause does not reach
# the event of a when-clause ("preparations were finalised when the commission met")
_LAST_WHEN = re.compile(r"(?s:.*)\b(?:when|while|after|as\s+soon\s+as)\b", re.IGNORECASE)


def _status(ctx: _Sentence, g: Group) -> str:
    for t in g.trigs:
        if t.hint == "planned":
            return "planned"
    if "planned" not in ctx.cues:
        return "occurred"
    for t in g.trigs:
        lo, hi = ctx.clauses.bounds(t.start)
        a, b = max(lo, g.lo), min(hi, g.hi)
        when = _LAST_WHEN.match(ctx.text, a, t.start)
        if when:  # "Preparations for the visit were finalised on Wednesday when A and B co-chaired …"
            a = when.end()
        m = ctx.cue("planned", a, b)
        framed = m is not None and _DURING_BEFORE.search(ctx.text, max(0, t.start - 40), t.start) is not None
        while m is not None and (
            (
                a + m.start() >= t.end
                and (
                    _AGREED_TO.match(m.group(0))
                    or _before_other(ctx, g.etype, a + m.start(), b)
                    or _PURPOSE.search(ctx.text, t.end, a + m.start()) is not None
                )
            )
            or (framed and a + m.start() < t.start and _AGREED_TO.match(m.group(0)))
        ):
            # "held talks … and agreed to expand cooperation": what they agreed to do is planned,
            # not the talks (an intention governs what follows it); "agreed to expand trade
            # during a meeting between A and B": the meeting in which they agreed took place
            a += m.end()
            m = ctx.cue("planned", a, b)
        if m is not None:
            return "planned"
    return "occurred"


def _before_other(ctx: _Sentence, etype: str, pos: int, hi: int) -> bool:
    """Does a trigger of another type follow ``pos`` in [pos, hi)?  ("met X and reviewed
    preparations for the upcoming visit of Y": "upcoming" is the visit's, not the meeting's)"""
    return any(x.etype != etype and pos <= x.start < hi for x in ctx.trigs)


# "held a video call on Thursday to discuss preparations for the summit, which will take place in
# December": a plan told inside a purpose clause after the trigger is the purpose's, not the call's
_PURPOSE = re.compile(
    r"\bto\s+(?:discuss|review|prepare|plan|finali[sz]e|coordinate|consider|assess|go\s+over|take\s+stock\s+of)\b",
    re.IGNORECASE,
)
_DURING_BEFORE = re.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_AGREED_TO = re.compile(r"(?:agreed|agree|agrees|decided|decide|pledged|vowed|resolved|proposed)\b", re.IGNORECASE)


def _build_visit(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    region_persons = ctx.persons_in(g.lo, g.hi)
    hosted_by = text_rx(_BY_END, g.trigs[-1].text)  # "X arrived … and was received by Y": Y hosts
    # "the visit of Foreign Minister X to Y": X is the visitor
    described = not hosted_by and text_cue("full_np", t0.text)
    visitors = [] if described else subjects(region_persons, text, g.lo, t0.start)
    rel = _VISIT_THAT.search(text, t0.start, g.trigs[-1].end) if described else None
    if rel:
        # "the State Visit that His Majesty the King will pay to France": the relative clause's subject
        inner = [p for p in region_persons if rel.start("np") <= p.start < rel.end("np")]
        x = inner[0] if inner else resolve_title_np(rel.group("np") + " ", ctx.places, rel.start("np"), ctx.doc, set())
        visitors = [x] if x else []
    if not visitors:
        by = [
            p for p in region_persons
            if p.start >= t0.end
            and (_VISIT_BY.match(text[t0.end : p.start]) or (described and _TITLE_WORDS.fullmatch(text, t0.end, p.start)))
        ]
        if described and not by:
            by = subjects(region_persons, text, g.lo, t0.start)
        sub = by[:1] or [x for x in [ctx.pronoun_subject(t0, g.lo, g.hi) or ctx.title_subject(t0, g.lo, set())] if x]
        if not sub:
            c_lo0, _ = ctx.clauses.bounds(t0.start)
            x = bare_name(text, max(g.lo, c_lo0, ctx.dl), t0.start, ctx.places, ctx.doc)
            sub = [x] if x else []
        visitors = sub
    dest = None
    if described and visitors and visitors[0].start >= t0.end:
        # "the visit of X to Dhaka": the destination follows the visitor
        after = visitors[0].end
        dest = next((c for c in ctx.places if c.start >= after and c.kind in PLACE_NAME_KINDS
                     and _TO_PLACE.fullmatch(text, after, c.start)), None)
    elif not described:
        dest = find_destination(text, g.trigs, ctx.places)
    c_lo, _ = ctx.clauses.bounds(t0.start)
    if not visitors and ctx.cue("nonstate", max(g.lo, c_lo), t0.start):
        return []  # "the national team arrived in Karachi", "tourists visited Murree"
    unknown_place = None
    host_person = None
    if dest is None and hosted_by:
        # "X arrived … and was received by Y": Y hosts, the destination is Y's country
        t_end = g.trigs[-1].end
        host_person = next(
            (p for p in region_persons if p.start >= t_end and _TITLE_WORDS.fullmatch(text, t_end, p.start)), None
        )
        if host_person is None:
            return []
    if dest is None and not described and host_person is None:
        obj = _visit_object(text, g.trigs[-1].end, g.hi, ctx.low)
        if obj is not None:
            places = [c for c in ctx.places if obj[0] <= c.start < obj[1] and c.kind in PLACE_NAME_KINDS | ACTOR_KINDS]
            if places:
                dest = places[0]
            elif (
                text_rx(_LOCATIVE_END, g.trigs[-1].text)
                and _proper_place(text[obj[0] : obj[1]].strip())
                and not any(obj[0] <= p.start < obj[1] for p in ctx.persons)
            ):
                unknown_place = text[obj[0] : obj[1]].strip()  # "arrived in Nakhchivan": a place the gazetteer lacks
            elif not _GENERIC_COUNTRY.match(text[obj[0] : obj[1]]):
                return []  # "visited the Mayo Hospital": the destination is not a country
    host = dest.iso3 if dest else (ctx.country(host_person) if host_person else None)
    if host is None and ctx.doc.home and text_rx(_HERE_END, g.trigs[-1].text):
        host = ctx.doc.home  # "arrived here": the country of the dateline city
    if dest and dest.kind in CITY_KINDS:
        d.location = dest.surface
    elif unknown_place:
        d.location = unknown_place
    visitor_country = None
    for v in visitors:
        visitor_country = visitor_country or (ctx.country(v) if v in region_persons else v.country)
    if visitor_country is None and not described:
        subj_places = [c for c in ctx.actors_in(max(g.lo, c_lo), t0.start) if not (dest and c.start == dest.start)]
        if subj_places:
            visitor_country = subj_places[-1].iso3
    if not visitors and visitor_country is None:
        return []  # no visitor named: not a visit between two countries
    if host is None and visitor_country and visitor_country in ctx.doc.dyad:
        host = next((c for c in ctx.doc.dyad if c != visitor_country), None)
    if visitor_country is None and host and host in ctx.doc.dyad:
        visitor_country = next((c for c in ctx.doc.dyad if c != host), None)
    corrected = None
    if host and visitor_country == host:
        other = next((c for c in ctx.doc.dyad if c != host), None)
        if other is None or not (
            (dest is not None and dest.kind in _COUNTRY_KINDS) or any(text_rx(_DIPLOMATIC_VISIT, t.text) for t in g.trigs)
        ):
            return []  # a domestic trip
        # "X paid a state visit to Bhutan" told of a visitor taken to be Bhutanese: a state visit
        # (or a visit to a country) is never made to one's own country; the visitor is of the
        # document's other country
        visitor_country = corrected = other
        for v in visitors:
            ctx.doc.corrected[v.name] = other
    d.host = host
    if d.location is None and host:
        loc, loc_c = find_location(text, ctx.places_in(g.lo, g.hi), t0.start, ctx.caption, ctx.low)
        if loc and loc_c == host:
            d.location = loc
    d.location_country = host
    visitor_names = {v.name for v in visitors}
    drafts = []
    distributive = len(visitors) > 1 and ctx.cue("distributive", g.lo, g.hi)
    for group in ([[v] for v in visitors] if distributive else [visitors]):
        e = d.fresh()
        for v in group:
            _add_person(e, v, "visitor", corrected or (ctx.country(v) if v in region_persons else v.country))
        for p in region_persons:
            if p.name not in visitor_names:
                c = ctx.country(p)
                _add_person(e, p, "host" if c and c == host else "participant", c)
        vc = next((c for _, c in ((p, p.country) for p, r in e.persons if r == "visitor") if c), visitor_country)
        _add_country(e, vc, "visitor")
        _add_country(e, host, "host")
        if not e.countries:
            _fill_from_dyad(e, ctx.doc.dyad)
        drafts.append(e)
    return drafts


_COUNTRY_KINDS = frozenset({"name", "alias", "short"})
_DIPLOMATIC_VISIT = re.compile(r"\b(?:state|official|working|goodwill)\s+visit", re.IGNORECASE)
_NOT_OBJECT = re.compile(
    r"^\s*(?:[,;:.()\"“”]|$|(?:in|on|at|to|from|for|with|since|during|after|before|last|this|next|"
    r"earlier|later|recently|twice|again|also|early|late|and|as|by|when|while|where|which|who|"
    r"amid|under|over|upon|following|together)\b)",
    re.IGNORECASE,
)
_VISIT_THAT = re.compile(
    r"\bvisit\s+(?:that|which)\s+(?P<np>(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+(?:will|would|is\s+to|is\s+due\s+to)\s+(?:pay|make|undertake)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}"
    # "the State Visit of the President of the French Republic, Mr X": a title with its complement
    r"|\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,8}?[A-Z][\w.'’-]*,\s*(?:[A-Z][\w.'’-]*\s+){0,2}"
)
_TITLE_PHRASE = re.compile(r"\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|for|and)\s+){0,8}")  # "Minister for Railways "
_WITH_END = re.compile(r"\b(?:with|between|call(?:ed|s|ing)?\s+on)$", re.IGNORECASE)  # "called on (Minister for X) B"
_WHO_START = re.compile(r"\s*(?:who|which)\b", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:also|then|later|further|separately|subsequently|too)\s*)*", re.IGNORECASE)
_HERE_END = re.compile(r"\bhere$", re.IGNORECASE)
_BY_END = re.compile(r"\b(?:received|welcomed|greeted) by$", re.IGNORECASE)  # case-sensitive: "Indian External Affairs Minister "
_TO_PLACE = re.compile(r",?\s+to\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
_LOCATIVE_END = re.compile(r"\b(?:in|to)$", re.IGNORECASE)  # "arrived in", "trip to": a place follows
_PROPER_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _proper_place(phrase: str) -> bool:
    """A bare proper name ("Nakhchivan"), no article, none of its words a common capitalised
    noun of the persons' stop list (institutions, months: "Mayo Hospital", "Foreign Office")."""
    return bool(_PROPER_PLACE.fullmatch(phrase)) and not any(w in _person_stopwords() for w in phrase.split())


_GENERIC_COUNTRY = re.compile(
    r"^(?:the\s+)?(?:(?:national|federal|state|host)\s+)?(?:country|nation|kingdom|republic|island nation|region|capital)\b",
    re.IGNORECASE,
)


def _visit_object(text: str, end: int, hi: int, low: str | None = None) -> tuple[int, int] | None:
    """Span of the object noun phrase right after a visit verb ("visited the Mayo Hospital"), or
    None when no object follows ("paid an official visit.", "visited in May")."""
    if _NOT_OBJECT.match(text[end:hi]):
        return None
    start = end + len(text[end:hi]) - len(text[end:hi].lstrip())
    return start, _object_np_end(text, start, hi, False, (), low)


def _build_invitation(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    m_inv = _INVITEE.search(text, t0.start, t0.end)
    m_to = None
    for m_to in _INVITE_TO.finditer(text[: t0.end]):
        pass
    if not m_inv or not m_to:
        return []
    a, b = m_inv.end(), m_to.start()
    inviters = subjects(ctx.persons_in(g.lo, g.hi), text, g.lo, t0.start)
    exclude = {p.name for p in inviters}
    invitees = [p for p in ctx.persons if a <= p.start < b]
    if m_inv.group(0).rstrip().lower().endswith("from"):
        # "X conveyed to President Y an invitation from the President of Z to pay a State Visit":
        # the one named after "from" invites; the invitee is the person before (the addressee)
        before = [p for p in ctx.persons_in(g.lo, t0.start)]
        by = invitees or [q for q in [resolve_title_np(text[a:b] + " ", ctx.places, a, ctx.doc, set())] if q]
        invitees = before[-1:] if before else []
        inviters = by
        exclude = {p.name for p in inviters}
    if not invitees and inviters and _PRONOUN_ONLY.fullmatch(text, a, b):
        # "A wrote to B inviting him to …": the pronoun is the object before, the inviter the
        # subject of the main clause
        c_lo0 = max(g.lo, ctx.clauses.bounds(t0.start)[0])
        earlier = [p for p in ctx.persons_in(c_lo0, inviters[-1].start) if p.name != inviters[-1].name]
        if earlier or _OBJECT_BEFORE.search(text, max(0, inviters[-1].start - 40), inviters[-1].start):
            invitees, inviters = [inviters[-1]], earlier[:1]
            exclude = {p.name for p in inviters}
    invitee_country = None
    if invitees:
        invitee_country = ctx.country(invitees[0])
    else:
        person, iso3 = resolve_counterpart(text[a:b], ctx.places, a, ctx.doc, exclude, ctx.cues)
        if person is None and not iso3:
            # "invited the prime minister to visit Tehran": the latest person of that title
            person = resolve_title_np(text[a:b].rstrip() + " ", ctx.places, a, ctx.doc, exclude)
        invitee_country = iso3
        if person:
            invitees = [person]
            invitee_country = invitee_country or person.country
        elif not iso3:
            places = ctx.actors_in(a, b)
            invitee_country = places[0].iso3 if places else None
    dest = next((c for c in ctx.places if c.start >= m_to.end() and c.kind in PLACE_NAME_KINDS
                 and _ONLY_THE.fullmatch(text[m_to.end() : c.start])), None)
    inviter_country = ctx.country(inviters[0]) if inviters else None
    host = dest.iso3 if dest else inviter_country
    if dest and dest.kind in CITY_KINDS:
        d.location = dest.surface
    if invitee_country is None and host in ctx.doc.dyad:
        invitee_country = next((c for c in ctx.doc.dyad if c != host), None)
    if host is None and invitee_country in ctx.doc.dyad:
        host = next((c for c in ctx.doc.dyad if c != invitee_country), None)
    if host and host == invitee_country:
        return []
    d.status, d.host, d.location_country = "planned", host, host
    for p in invitees:
        _add_person(d, p, "visitor", ctx.country(p) if p in ctx.persons else p.country)
    for p in inviters:
        _add_person(d, p, "host", ctx.country(p))
    _add_country(d, invitee_country, "visitor")
    _add_country(d, host, "host")
    return [d]


_FROM_TITLE = re.compile(
    r"(?:\s+(?:on|last|this|yesterday|today|earlier)(?:\s+[A-Z]?[a-z]+)?)?\s+from\s+(?P<np>(?:(?:[A-Z][\w.'’-]*|the|of)\s+){0,6}[A-Z][\w'’-]*)"
)
_BILATERAL_ADJ = re.compile(r"\b(?:joint|bilateral|binational|intergovernmental|inter-governmental)\s", re.IGNORECASE)
_AT_PLACE_END = re.compile(r"\b(?:in|at|near|outside|inside)$", re.IGNORECASE)
_FROM_END = re.compile(r"\b(?:from|by)(?:\s+the)?$", re.IGNORECASE)  # a trigger ending on its agent's preposition
_GAP_BREAK = re.compile(r"[;.:()]|\b(?:who|which|where|when|while|said|and|after|before)\b")


def _build_interaction(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    """Meetings, calls, letters and 'other' events between named sides."""
    text, t0 = ctx.text, g.trigs[0]
    g_lo, g_hi = g.lo, g.hi
    t0_start, t0_end = t0.start, t0.end
    etype = d.event_type
    talk = etype == "meeting" or etype == "phone_call"
    letter = etype == "correspondence"
    doc = ctx.doc
    region_persons = ctx.persons_in(g_lo, g_hi)
    if letter and doc.letter_told and _IN_HIS_LETTER.match(t0.text):
        return []  # "In his message, X said …": the message told before, quoted
    if letter and text_cue("in_person", t0.text) and _LETTER_FROM.match(text, t0.end):
        # "X called on Prime Minister Y and delivered a letter from President Z": Z wrote to Y
        sender = next((p for p in region_persons if p.start >= t0.end), None)
        if sender is not None:
            # (a sender named without a country writes for the state of the one who carries it)
            carrier = [p for p in ctx.persons[:1] if p.end <= t0_start]  # the sentence's subject
            zc = ctx.country(sender) or (ctx.country(carrier[0]) if carrier else None)
            # the addressee: the host of the meeting it was handed over in ("… during a meeting
            # with Y", "called on Y and delivered …"), a person of another country
            other = [p for p in ctx.persons if p.name != sender.name and ctx.country(p) and ctx.country(p) != zc]
            after = [p for p in other if p.start > sender.end]
            met = after[:1] or [p for p in other if p.end <= t0_start][-1:]
            if met and zc:
                d.persons = []
                _add_person(d, sender, "participant", zc)
                _add_person(d, met[0], "participant", ctx.country(met[0]))
                _add_country(d, zc, "participant")
                _add_country(d, ctx.country(met[0]), "participant")
                _fill_from_dyad(d, doc.dyad)
                doc.letter_told = True
                return [d]
    if letter and text_cue("adjunct", t0.text):
        # "Xi congratulated Tokayev on his re-election in a message": the clause's persons
        c_lo0, _ = ctx.clauses.bounds(t0_start)
        subs = [p for p in region_persons if max(g_lo, c_lo0) <= p.start and p.end <= t0_start][:2]
    else:
        subs = subjects(region_persons, text, g_lo, t0_start)
    if subs and etype == "meeting" and _PREPARATIONS_FOR.search(text, max(g_lo, t0_start - 90), t0_start):
        # "A and B held a virtual meeting to review preparations for the 5th Session of the
        # Commission": A and B prepare the session; who takes part in it is told elsewhere --
        # but leaders of the two sides preparing a summit prepare their own meeting
        subs = _summit_leaders(ctx, t0_start, t_end_of(g)) if _SUMMIT_WORD.search(text, max(g_lo, t0_start - 60), t_end_of(g)) else []
    if len(subs) == 1 and talk:
        subs = _pronoun_conjunct(ctx, subs, g_lo)
    if len(subs) == 1 and talk:
        # "The Secretary and Foreign Secretary X looked forward to …": a title noun phrase
        # coordinated before the named subject is the latest person of that title
        c_lo0 = max(g_lo, ctx.clauses.bounds(subs[0].start)[0])
        m = _TITLE_NP_AND.search(text, c_lo0, subs[0].start)
        if m:
            y = resolve_title_np(m.group("np") + " ", ctx.places, m.start("np"), doc, {subs[0].name})
            if y is not None:
                subs = [y, subs[0]]
    if len(subs) == 1 and talk and doc.last_subject is not None and subs[0].name != doc.last_subject.name:
        if _PRONOUN_AND_COUNTERPART.search(text, max(g_lo, subs[0].start - 60), subs[0].start):
            subs = [doc.last_subject, subs[0]]
    if talk and may_match(ctx.low, _DYADIC_GATES[0]):
        # "…, since the two spoke by telephone": "the two" right before the verb are the subjects,
        # not a person named earlier in the sentence
        m = _DYADIC_BARE.search(text, max(g_lo, t0_start - 40), t0_end)
        if m and m.end() > t0_start:
            # the two sides named so far, this sentence's persons before "the two" included
            told = [p._replace(country=ctx.country(p)) for p in region_persons if p.end <= m.start()]
            subs = _two_sides(doc, "", False, 12, told) or subs
    pron_obj: list[Person] = []
    if talk and len(subs) == 1 and may_match(ctx.low, ("leader",)):
        # "X was told on Tuesday when the Turkmen leader telephoned him": the subject of the
        # subordinate clause is that country's leader; the pronoun object is the main clause's X
        lead = _THE_DEM_LEADER.search(text, max(subs[0].end, _local_start(text, g_lo, t0_start, ctx.low)), t0_start)
        if lead:
            iso3 = next((c.iso3 for c in ctx.actors if lead.start() <= c.start < lead.end()), None)
            y = _sentence_leader(ctx, iso3, lead.start()) if iso3 else None
            y = y or (_leader_of(doc, iso3) if iso3 else None)
            if y is not None and y.name != subs[0].name:
                if _PRONOUN_OBJECT.match(text, t0_end):
                    pron_obj = [subs[0]]
                subs = [y]
    if not subs:
        # "the two foreign ministers will co-chair …": the two sides' persons told before
        told = [p._replace(country=ctx.country(p)) for p in ctx.persons if p.end <= t0_start]
        subs = dyadic_persons(_local_before(text, g_lo, t0_start, ctx.low), doc, told=told) if talk else []
    if not subs and talk and t0.text[:4].lower() in ("two ", "both"):
        # "the two presidents met and instructed …": the dyadic subject inside the trigger
        subs = dyadic_persons(text[max(g_lo, t0_start - 4) : t0_end], doc)
    if not subs:
        x = ctx.pronoun_subject(t0, g_lo, g_hi) or ctx.visiting_subject(t0, g_lo) or ctx.title_subject(t0, g_lo, set())
        if x is None and talk:
            c_lo0, _ = ctx.clauses.bounds(t0_start)
            x = bare_name(text, max(g_lo, c_lo0, ctx.dl), t0_start, ctx.places, doc)
        subs = [x] if x else []
        if talk and x is not None:
            # "The Egyptian leader and the Saudi crown prince last spoke …": the leader of the
            # country of the first conjunct is the other subject
            lead = _LEADER_AND.search(text, max(g_lo, ctx.clauses.bounds(t0_start)[0]), t0_start)
            if lead:
                iso3 = next((c.iso3 for c in ctx.places if lead.start() <= c.start < lead.end() and c.kind in ACTOR_KINDS), None)
                y = _leader_of(doc, iso3) if iso3 and iso3 != x.country else None
                if y is not None and y.name != x.name:
                    subs = [y, x]
    t_end = t0_end
    for t in g.trigs:
        if t.end > t_end:
            t_end = t.end
    np_end = _object_np_end(text, t0_end, g_hi, letter, ctx.places, ctx.low)
    objs = objects(region_persons, text, t0_end, g_hi)
    # "a meeting between (Minister for Railways) A and B": objects named right after the trigger
    with_end = bool(objs) and text_rx(_WITH_END, t0.text) and bool(_TITLE_PHRASE.fullmatch(text, t0_end, objs[0].start))
    if objs and not with_end and text_rx(_FROM_END, t0.text):
        # "received a courtesy call from the Ambassador of Y to Z, <name>": the title phrase after
        # "from"/"by" leads to its holder, named in apposition
        with_end = not _GAP_BREAK.search(text, t0_end, objs[0].start) and objs[0].start - t0_end < 100
    kept: list[Person] = []
    for o in objs:  # objects() are coordinated: one kept keeps the ones coordinated after it
        if kept or o.start <= np_end or with_end or _WITH.search(text[t0_end : o.start][-100:]):
            kept.append(o)
    objs = kept
    if not objs:
        x = apposition(region_persons, text, t0_end, np_end, g_hi)
        if x is None:
            counterpart, _ = resolve_counterpart(
                text[t0_end : min(g_hi, t0_end + 60)], ctx.places, t0_end, doc, {p.name for p in subs}, ctx.cues
            )
            x = counterpart if counterpart and ctx.cue("counterpart", t0_end, np_end) else None
        if x is None and doc.last_visitor is not None and (
            t0.text[-8:].lower() == "visiting" or _VISITING_START.match(text, t0_end, np_end)
        ):
            x = doc.last_visitor  # "… received the visiting minister"
            if any(q.name == x.name for q in subs):
                x = None
        if x is None:
            # "received the Head of Government of …": the trigger's own article opens the phrase
            lead = len(text[t0_end:np_end]) - len(text[t0_end:np_end].lstrip())
            if t0.text[-4:].lower() == " the":
                x = resolve_title_np("the " + text[t0_end + lead : np_end], ctx.places, t0_end + lead - 4, doc, {p.name for p in subs})
            else:
                x = resolve_title_np(text[t0_end:np_end], ctx.places, t0_end, doc, {p.name for p in subs})
        if x is None and talk and not text_rx(_AT_PLACE_END, t0.text):
            # ("met in Arica": after a locative preposition a bare proper name is a place)
            lead = _LEAD_PREP.match(text, t0_end, np_end)
            x = bare_name(text, lead.end() if lead else t0_end, np_end, ctx.places, doc)
        if x is None and (talk or letter):
            # "received a phone call on Sunday from His Majesty the Sultan": the caller, named by title
            m = _FROM_TITLE.match(text, t0_end, min(g_hi, t0_end + 60))
            if m:
                x = resolve_title_np(m.group("np") + " ", ctx.places, m.start("np"), doc, {p.name for p in subs})
        objs = [x] if x else []
    if not objs and pron_obj:
        objs = pron_obj
    if talk and not subs and not objs and may_match(ctx.low, _DYADIC_GATES[0]):
        m = _BY_THE_TWO.search(text, t0_end, g_hi)
        if m:  # "The sixth Binational Cabinet met in X, chaired by the two presidents": told before
            two = dyadic_persons(m.group("np"), doc)
            if len(two) == 2:
                subs, objs = [two[0]], [two[1]]
    if talk and may_match(ctx.low, _DYADIC_GATES[0]):
        m = _BETWEEN_THE_TWO.match(text, t0_end)
        if m:  # "a telephone conversation between the two presidents": the two sides told before
            told = [p._replace(country=ctx.country(p)) for p in region_persons if p.end <= t0_start]
            two = dyadic_persons(m.group(0), doc, told=told)
            if two:
                subs, objs = [two[0]], [two[1]]
    if talk and not subs and len(objs) == 1 and may_match(ctx.low, _DYADIC_GATES[0]):
        m = _DYADIC_PERSONS.search(text, t_end, min(g_hi, t_end + 120))
        if m and "," in text[t_end : m.start()]:
            # "During talks with Kabir, the two leaders …": the main clause's pair are the sides
            o = objs[0]
            two = dyadic_persons(m.group(0), doc, told=[o._replace(country=ctx.country(o) if o in ctx.persons else o.country)])
            if o.name in {p.name for p in two}:
                subs = [p for p in two if p.name != objs[0].name]
    if letter and not subs and objs and text_cue("adjunct", t0.text):
        # "In a congratulatory message to X on …, Y said …": Y, the main clause's subject, wrote it
        later = [p for p in region_persons if p.start > objs[-1].end]
        if later and "," in text[objs[-1].end : later[0].start]:
            subs = later[:1]
    if letter and text_cue("reply", t0.text) and not text_rx(_LETTER_NOUN, t0.text):
        # a bare "replied": a reply to the latest letter of the document, sent by its addressee
        last = doc.last_letter
        if not last or not doc.last_letter_senders:
            return []
        addressees = {p.name for p in last[1]}
        if subs and addressees and not any(p.name in addressees for p in subs):
            return []
        if not subs:
            subs = [p for p in last[1] if p.name in addressees][:1]
        if not objs:
            objs = [p for p in doc.last_letter_senders if all(p.name != q.name for q in subs)]
    if not subs and not objs and talk:
        pair = _host_clause(region_persons, text, t_end, g_hi)  # "…, when A hosted B"
        if pair:
            subs, objs = [pair[0]], [pair[1]]
    if not objs and text_cue("needs_person", t0.text):
        return []
    if etype != "phone_call":  # a call joins two places: a place in its sentence is not where it was held
        d.location, d.location_country = find_location(text, ctx.places_in(g_lo, g_hi), t0_start, ctx.caption, ctx.low)
    span = None
    explicit_sides: list[str] = []
    if etype == "meeting":
        d.mechanism, d.round, span = find_mechanism(
            text, t0_start, t_end, g_lo, g_hi, ctx.ordinals(),
            ctx.present is None or not ctx.present.isdisjoint(LATEST_GATE),
        )
        body = text_cue("body", t0.text)
        if d.mechanism is None and body:
            head = _BODY_HEAD.match(text, t0_start)
            if head:  # "the Kenya-Ethiopia Joint Border Commission will meet"
                d.mechanism, span = name_before_head(text, t0_start, head.end(), g_lo)
        if d.mechanism is None and _ITS_SESSION.search(t0.text):
            # "The Joint Boundary Commission (JBC), which …, will hold its next meeting": the
            # body is the subject the possessive refers to (a bilateral name, checked below)
            head = next(_BODY_HEAD_WORD.finditer(text, max(g_lo, ctx.clauses.bounds(g_lo)[0]), t0_start), None)
            if head:
                d.mechanism, span = name_before_head(text, head.start(), head.end(), g_lo)
                body = d.mechanism is not None
        if d.mechanism is None and len(doc.dyad) == 2 and _ITS_SESSION.search(t0.text):
            # "The committee held its 13th meeting in Beijing": a body told before, named by its
            # bare head noun, is the document's pair's
            m = _THE_BODY_BEFORE.search(text, max(g_lo, ctx.clauses.bounds(t0_start)[0], t0_start - 60), t0_start)
            if m:
                head = m.group("head").lower()
                d.mechanism = next((x for x in reversed(doc.mechanisms) if x.lower().endswith(head)), None)
                body = False
                explicit_sides = list(doc.dyad)
                if d.round is None:
                    o = _ORD_IN.search(t0.text)
                    d.round = parse_ordinal(o.group(0)) if o else None
        if d.mechanism is None and ctx.ordinals():
            rnd, acr, noun = mechanism_reference(text, t0_start, t_end)  # "the 7th meeting of the JCC"
            name = resolve_reference(acr, noun, doc.mechanisms, doc.acronyms) if rnd else None
            if name:
                d.mechanism, d.round = name, rnd
                # a body told before as a meeting of two sides: its later sessions are theirs
                if body and doc.last_meeting and doc.last_meeting[0] == name:
                    body = False
                    explicit_sides = list(doc.last_meeting[1])
                elif body and len(doc.dyad) == 2:
                    body = False
                    explicit_sides = list(doc.dyad)
        if d.mechanism and doc.mechanisms and not is_bilateral_name(d.mechanism):
            # "the 8th Annual Leaders' Meeting" after "the 7th Singapore-New Zealand Annual Leaders'
            # Meeting": the series told before under its full, bilateral name
            full = next((m for m in reversed(doc.mechanisms) if m.endswith(" " + d.mechanism) and is_bilateral_name(m)), None)
            if full is not None:
                d.mechanism, body = full, False
                if doc.last_meeting and doc.last_meeting[0] == full:
                    explicit_sides = list(doc.last_meeting[1])
                elif len(doc.dyad) == 2:
                    explicit_sides = list(doc.dyad)
        if d.mechanism:
            if span:
                acr = acronym_after(text, span)
                if acr:
                    doc.acronyms[acr] = d.mechanism
            if not doc.mechanisms or doc.mechanisms[-1] != d.mechanism:
                doc.mechanisms.append(d.mechanism)
        if body:
            # a standing body is an event between two countries only when its name or the
            # sentence says so ("the 20th Central Committee" is not)
            sides = {ctx.country(p) for p in subs + objs} | {c.iso3 for c in ctx.actors_in(g_lo, g_hi)}
            sides.discard(None)
            in_name = len({c.iso3 for c in ctx.actors if span and span[0] <= c.start < span[1]})
            if not is_bilateral_name(d.mechanism, in_name) and len(sides) < 2:
                if not (
                    len(doc.dyad) == 2
                    and (
                        _BILATERAL_ADJ.search(text, max(g_lo, t0_start - 40), t0_end)
                        # "agreed to hold the next meeting of the Joint Permanent Commission …"
                        or _OF_JOINT.match(text, t_end)
                        # "The eighth Annual Leaders' Meeting was held in X, when the two leaders …"
                        or (may_match(ctx.low, _DYADIC_GATES[0]) and _DYADIC.search(text, g_lo, g_hi))
                    )
                ):
                    return []
                explicit_sides = list(doc.dyad)  # "the intergovernmental commission … is due to meet"
    if letter and not objs and not any(t0_end <= c.start < np_end for c in ctx.actors):
        last = doc.last_letter  # "Premier Han also sent a separate message": to the same addressee
        if last and last[0] == doc.paragraph and last[1]:
            sender = {ctx.country(p) for p in subs} - {None}
            if not sender or not sender & {p.country for p in last[1]}:
                objs = list(last[1])
    c_lo = ctx.clauses.bounds(t0_start)[0]
    s_lo = g_lo if g_lo > c_lo else c_lo
    actors = ctx.actors
    subject_actors = [c.iso3 for c in actors if s_lo <= c.start < t0_start]
    object_countries = list(dict.fromkeys([c.iso3 for c in actors if t0_end <= c.start < np_end]))
    explicit = subject_actors + object_countries + explicit_sides
    if etype == "meeting" and t_end - t0_start > 24:
        # "agreed to hold the next Singapore-New Zealand Foreign Ministers' Consultations": the
        # pair named inside a long trigger
        explicit += [c.iso3 for c in actors if t0_start <= c.start < t_end and c.kind in ("name", "alias", "short")]
    if span:
        explicit += [c.iso3 for c in actors if span[0] <= c.start < span[1]]
    region = text[g_lo:g_hi]
    low = ctx.low
    bilateral = bool(
        (may_match(low, _DYADIC_GATES[0]) and may_match(low, _DYADIC_GATES[1]) and _DYADIC.search(region))
        or (may_match(low, _BILATERAL_GATE) and _BILATERAL.search(region))
    )
    if not bilateral:
        for t in g.trigs:
            if text_rx(_WITH_CO, t.text):
                bilateral = True
                break
    if etype == "meeting" and not (subs or objs or explicit or d.mechanism or bilateral) and doc.last_meeting:
        # "The sixth round took place in X": a round of the latest meeting series told
        m = _BARE_ROUND.search(text, max(g_lo, t0_start - 20), t_end + 1)
        rnd = parse_ordinal(m.group("ord")) if m and m.start() <= t0_start else None
        if rnd:
            d.mechanism, d.round = doc.last_meeting[0], rnd
            explicit = list(doc.last_meeting[1])
        elif _WHICH_LAST.match(t0.text):
            # "the 15th Summit, which had last been held in Lima": an earlier session of that body
            d.mechanism = doc.last_meeting[0]
            m = _FOR_THE_TIME.search(text, t0_start, t_end + 24)
            d.round = parse_ordinal(m.group("ord")) if m else None
            explicit = list(doc.last_meeting[1])
        else:
            m = _ANAPHORIC_ROUND.search(text, max(g_lo, t0_start - 48), t_end + 1)
            if m and m.start() <= t0_start:
                d.mechanism = doc.last_meeting[0]
                d.round = parse_ordinal(m.group("ord")) if m.group("ord") else _next_round(m.group("det"), doc.last_round)
                explicit = list(doc.last_meeting[1])
    if etype == "meeting" and not explicit and len(doc.dyad) == 2 and _OF_JOINT.match(text, t_end):
        explicit = list(doc.dyad)  # "to hold the next meeting of the Joint Commission on Defence"
    if etype == "meeting" and d.mechanism is None and doc.last_meeting and doc.last_meeting[0] and doc.last_round:
        m = _THE_SESSION.search(text, max(g_lo, ctx.clauses.bounds(t0_start)[0]), t_end)
        if m and m.start() <= t0_start + 4:
            # "The Session will be co-chaired by …" (an official text's capitalised anaphor): the
            # session of the body told last
            d.mechanism, d.round = doc.last_meeting[0], doc.last_round
            explicit = explicit or list(doc.last_meeting[1])
    if etype == "meeting" and d.mechanism and d.round is None and doc.last_meeting and doc.last_meeting[0] == d.mechanism:
        # "The previous Annual Leaders' Meeting took place in Singapore" after the 7th: the 6th
        m = _ANAPHORIC_ROUND.search(text, max(g_lo, t0_start - 48), t_end + 1)
        if m and m.start() <= t0_start and not m.group("ord"):
            d.round = _next_round(m.group("det"), doc.last_round)
    if not (subs or objs or explicit or d.mechanism or bilateral):
        return []
    if not (subs or objs) and text_cue("nominal", t0.text) and _FRAME.search(text[max(0, t0_start - 12) : t0_start]):
        return []  # "during meeting between the two presidents": a frame for an event told elsewhere
    persons = ctx.persons
    country = ctx.country
    split = False
    if talk and subs and len(objs) >= 2:  # "X held talks with A and B"; but "co-chaired by A and B" is one meeting
        split = len({c for c in map(country, objs) if c}) >= 2
    subject_countries = {country(p) if p in persons else p.country for p in subs}
    subject_countries.discard(None)
    subject_countries.update(subject_actors)
    # "Xi meets Kyrgyz, Pakistani presidents": coordinated countries of the other side, no names
    split_countries = bool(
        talk and not objs and subject_countries and len(set(object_countries) - subject_countries) >= 2
    )
    groups: list[tuple[list[Person], list[str]]]
    if split:
        groups = [([o], []) for o in objs]
    elif split_countries:
        groups = [([], [c]) for c in object_countries if c not in subject_countries]
    else:
        groups = [(objs, explicit)]
    drafts = []
    call = etype == "phone_call"  # a call has no host: its place never names a side
    # "A and B held talks / spoke by phone": coordinated subjects of a reciprocal act, no object
    reciprocal = talk and len(subs) >= 2 and not objs and len({p.name for p in subs}) >= 2
    for obj_group, group_countries in groups:
        e = d.fresh()
        e_countries = e.countries
        for p in subs + obj_group:
            _add_person(e, p, "participant", country(p) if p in persons else p.country)
        for p, _ in e.persons:
            if p.country and p.country not in e_countries:
                e_countries[p.country] = "participant"
        if split_countries:
            for iso3 in sorted(subject_countries):
                if iso3 and iso3 not in e_countries:
                    e_countries[iso3] = "participant"
        for iso3 in group_countries:
            if iso3 and iso3 not in e_countries:
                e_countries[iso3] = "participant"
        known = [p.country for p, _ in e.persons]
        loc_c = e.location_country
        abroad = loc_c is not None and loc_c not in e_countries
        if len(known) >= 2 and all(known) and len(set(known)) == 1 and len(e_countries) == 1 and not (
            bilateral and abroad
        ):
            continue  # two officials of one country at home: a domestic meeting
        if abroad and len(e_countries) == 1 and bilateral and not call:
            _add_country(e, loc_c, "participant")
        if len(known) >= 2 and not any(known) and not e_countries and not (bilateral or reciprocal):
            continue  # nobody's country is stated: nothing says the meeting is international
        if len(e_countries) < 2 and not (objs or object_countries or d.mechanism or bilateral or reciprocal):
            continue  # "the cabinet meeting was held": no other side to fill from the dyad
        if reciprocal and None in known:
            # "A and B held talks": the two subjects are the two sides; the one whose country
            # is not stated is of the document's other country (not of the place of the talks)
            _fill_from_dyad(e, doc.dyad)
        elif len(e_countries) == 1 and loc_c and None in known and not call:
            _add_country(e, loc_c, "participant")  # the unnamed side hosts the talks
        _fill_from_dyad(e, doc.dyad, home=doc.home)
        if loc_c and loc_c in e_countries:
            e.host = loc_c
        drafts.append(e)
    if etype == "meeting":
        for e in drafts:
            if len(e.countries) >= 2:
                doc.last_meeting = (e.mechanism, tuple(e.countries))
                doc.last_round = e.round
    if letter and drafts:
        doc.letter_told = True
    if letter and drafts and objs:
        addressees = [o if o.country else o._replace(country=country(o) if o in persons else None) for o in objs]
        doc.last_letter = (doc.paragraph, addressees)
        doc.last_letter_senders = [s if s.country else s._replace(country=country(s) if s in persons else None) for s in subs]
    return drafts


# "delivered a letter from (Iranian President) X": the sender follows
_LETTER_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?:H\.\s?E\.\s+)?(?-i:[A-Z])")
_PREPARATIONS_FOR = re.compile(
    r"\b(?:preparations?|prepare|preparing|arrangements)\s+for\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){0,6}$", re.IGNORECASE
)
_SUMMIT_WORD = re.compile(r"\b(?:summit|leaders['’]?)", re.IGNORECASE)


def t_end_of(g: Group) -> int:
    """End of the last trigger of a group."""
    return max(t.end for t in g.trigs)


def _summit_leaders(ctx: "_Sentence", pos: int, hi: int) -> list[Person]:
    """"A held a video call with B to discuss preparations for the Annual Leaders' Meeting": the
    heads of state or government of two countries named before a summit they prepare attend it."""
    out: dict[str, Person] = {}
    for p in ctx.persons:
        if p.end > pos:
            break
        c = ctx.country(p) or ctx.doc.country_by_name.get(p.name)
        if c and c not in out and any(t and t.lower() in _leader_titles() for t in p.titles):
            out[c] = p._replace(country=c)
    return list(out.values()) if len(out) == 2 else []
_OF_JOINT = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:joint|bilateral|binational|bi-national|intergovernmental)\s", re.IGNORECASE)
# "The Session will be co-chaired by …", "The Summit will take place …": a bare capitalised head
_THE_SESSION = re.compile(r"^\s*(?:The|the)\s+(?-i:Session|Summit|Meeting|Commission|Dialogue)\b(?!\s+(?:of|on|between)\b)")
_BARE_ROUND = re.compile(
    expand(rf"\bthe (?P<ord>{ORDINAL_RX}) (?:(?-i:[A-Z]{{2,6}}) )?(?:round|session|edition|meeting)\b(?! of\b)"), re.IGNORECASE
)
# "Its fourth session was held …", "The last session of the commission was held …", "The next
# round is expected to …": a session of the meeting series told before, named by a possessive or
# a last/next/previous determiner (an ordinal, when stated, is its round)
_ANAPHORIC_ROUND = re.compile(
    expand(
        rf"\b(?:its|their|the (?P<det>last|next|previous|latest|following|preceding)) (?:(?P<ord>{ORDINAL_RX}) )?"
        r"(?:(?-i:[A-Z])[\w'’-]* ){0,4}(?:round|session|edition|meeting|summit)\b(?: of the (?:commission|committee|working group|dialogue|council|mechanism|consultations|forum|(?-i:[A-Z]{2,6}))\b)?"
    ),
    re.IGNORECASE,
)
_WHICH_LAST = re.compile(r"which\b", re.IGNORECASE)


def _next_round(det: str | None, last: int | None) -> int | None:
    """The round "the previous <meeting>" names: the one before the latest round told ("last"
    and "next" are relative to the time of writing, not to the round told: no number)."""
    if not det or not last or det.lower() not in ("previous", "preceding"):
        return None
    return last - 1 if last > 1 else None
_SPOKE_WITH = re.compile(r"(?:spoke|speaks)\s+(?:[a-z]+\s+){0,2}with\b", re.IGNORECASE)
_TITLE_NP_AND = re.compile(
    r"(?:^|[^\w’'])(?P<np>(?i:the)\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+and\s+(?:(?:[A-Z][\w.'’-]*|of|for)\s+){0,6}$"
)
_LEADER_AND = re.compile(r"\bthe\s+(?-i:[A-Z])[\w-]+\s+leader\s+and\s+", re.IGNORECASE)


_BY_THE_TWO = re.compile(
    r",\s+(?:(?:co-)?(?:chaired|led|presided\s+over|attended)\s+by|when|where|at\s+which)\s+"
    r"(?P<np>(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?[\w-]+)",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them)\b", re.IGNORECASE)


def _sentence_leader(ctx: _Sentence, iso3: str, before: int) -> Person | None:
    """The first person of the sentence before ``before`` serving ``iso3`` under a leader's title."""
    leaders = _leader_titles()
    for p in ctx.persons:
        if p.start < before and ctx.country(p) == iso3 and any(t and t.lower() in leaders for t in p.titles):
            return p._replace(country=iso3)
    return None


def _leader_of(doc: DocContext, iso3: str) -> Person | None:
    """The latest person of the document serving ``iso3`` under a leader's title."""
    leaders = _leader_titles()
    for p in reversed(doc.history):
        if (p.country or doc.learned.get(p.name)) == iso3 and any(
            t.lower() in leaders for t in doc.titles_by_name.get(p.name, ())
        ):
            return p._replace(country=iso3)
    return None
# (greedy: "between the two Prime Ministers on …" keeps the whole title for dyadic_persons)
_BETWEEN_THE_TWO = re.compile(r"\s+between\s+(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)
_IN_HIS_LETTER = re.compile(r"(?:in|via|through)\s+(?:his|her|their)\s+(?:letter|message|cable)\b", re.IGNORECASE)
_ITS_SESSION = re.compile(r"\b(?:its|their)\s", re.IGNORECASE)
_BODY_HEAD_WORD = re.compile(r"\b(?-i:Commission|Committee|Working Group|Council|Forum|Mechanism)\b")
_THE_BODY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:joint\s+)?(?P<head>committee|commission|council|working\s+group|forum|mechanism)\s+"
    r"(?:(?:also|then|last|later|previously|first|has|had|have|will|would|is\s+to)\s+)*$"
)
_ORD_IN = re.compile(rf"\b{ORDINAL_RX}\b", re.IGNORECASE)
_FOR_THE_TIME = re.compile(expand(rf" for the (?P<ord>{ORDINAL_RX}) time\b"), re.IGNORECASE)
_LETTER_NOUN = re.compile(r"letter|message|cable", re.IGNORECASE)
_BODY_HEAD = re.compile(
    r"(?:commission|committee|working\s+group|dialogue|council|mechanism|consultations?|forum)\b", re.IGNORECASE
)
_HOST_VERB = re.compile(  # "… hosted (Peruvian President) <B>": the verb, then B's title words
    r"\s+(?i:hosted|received|welcomed|met(?:\s+with)?|held\s+talks\s+with)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}"
)
_WHEN = re.compile(r"\b(?:when|where|during\s+which|at\s+which)\b", re.IGNORECASE)


def _host_clause(persons: list[Person], text: str, pos: int, hi: int) -> tuple[Person, Person] | None:
    """"The 12th consultation was held in X, when A hosted B": the persons of a temporal or
    locative relative clause after a subject-less meeting, (A, B)."""
    after = [p for p in persons if pos <= p.start < hi]
    for a, b in zip(after, after[1:]):
        if _HOST_VERB.fullmatch(text, a.end, b.start) and _WHEN.search(text, pos, a.start):
            return a, b
    return None


def _build_exercise(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    if text_cue("plural", t0.text) and not any(g.lo <= x.start < g.hi for x in ctx.dates):
        return []
    d.mechanism, d.round = find_series(text, g.lo, g.hi)
    if d.mechanism is None:
        name, rnd, span = find_named_series(text, g.lo, g.hi)
        if name and not any(span[0] <= c.start < span[1] for c in ctx.places):  # "the Chinese naval drill"
            d.mechanism, d.round = name, rnd
    d.round = d.round or ordinal_before(text, t0.start)
    region_places = ctx.places_in(g.lo, g.hi)
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption, ctx.low)
    for p in ctx.persons:
        if g.lo <= p.start < g.hi:
            _add_person(d, p, "participant", ctx.country(p))
    for c in ctx.actors_in(g.lo, g.hi):
        _add_country(d, c.iso3, "participant")
    _add_country(d, d.location_country, "participant")
    _fill_from_dyad(d, ctx.doc.dyad)
    return [d]


def _build_attack(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    region_dates = [x for x in ctx.dates if g.lo <= x.start < g.hi]
    if text_cue("plural", t0.text) and not region_dates:
        return []
    killed = injured = None
    victims: list[str] = []
    for m in _CASUALTY.finditer(text, g.lo, g.hi):
        n = parse_cardinal(m.group("num") or m.group("anum"))
        if n is None:
            continue
        if (m.group("verb") or m.group("averb")).lower() in ("injured", "wounded", "injuring", "wounding"):
            injured = injured if injured is not None else n
        else:
            killed = killed if killed is not None else n
        victims += [c.iso3 for c in ctx.places if m.start() <= c.start < m.end() and c.kind in ACTOR_KINDS]
    d.casualties = killed if killed is not None else injured
    region_places = ctx.places_in(g.lo, g.hi)
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption, ctx.low)
    if not victims and not region_dates and d.location_country is None:
        return []
    for iso3 in victims:
        _add_country(d, iso3, "victim")
    _add_country(d, d.location_country, "participant")
    if not victims:
        for c in ctx.actors_in(g.lo, g.hi):
            _add_country(d, c.iso3, "participant")
    if len(d.countries) < 2 and not victims and _DYADIC.search(text, t0.start, t0.end):
        _fill_from_dyad(d, ctx.doc.dyad)  # "fighting between the two countries' troops"
    if len(d.countries) < 2 and not victims:
        return []  # no foreign victims named: not an event between two countries
    _fill_from_dyad(d, ctx.doc.dyad)
    return [d]


def _build_relations(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    actors = ctx.actors_in(g.lo, g.hi)
    c_lo, c_hi = ctx.clauses.bounds(g.trigs[0].start)
    own = ctx.actors_in(max(g.lo, c_lo), min(g.hi, c_hi))
    if len({c.iso3 for c in own}) >= 2:
        actors = own  # "A established relations with B in 1822, following its independence from C"
    for c in actors:
        _add_country(d, c.iso3, "participant")
    _fill_from_dyad(d, ctx.doc.dyad)
    return [d] if len(d.countries) >= 2 else []


def _date_for(ctx: _Sentence, d: Draft, t0: Trigger, visit_dates: list[DateValue | None]) -> tuple[DateValue | None, bool]:
    """(date, taken from this sentence?) following the rules of pipeline.extract.event_dates."""
    clauses, dates = ctx.clauses, ctx.dates
    inside = _inside_since(ctx, t0)
    if inside is not None:
        return inside, False
    since_when = _since_when(ctx, t0)
    if since_when is not None:
        return since_when, True
    if (
        d.event_type == "meeting"
        and ctx.visit_span is not None
        and ctx.visit_span.end is not None
        and _FOR_PURPOSE.search(ctx.text, max(0, t0.start - 12), t0.start)
    ):
        # "will arrive on Thursday on a two-day visit for the 23rd Annual Summit": the summit is
        # the visit's purpose, held within its span (not on the arrival day)
        return ctx.visit_span, True
    if d.event_type != "visit" and ctx.doc.last_visit_date is not None and _ON_ARRIVAL.search(ctx.text, d.lo, d.hi):
        # "called on the visiting Prime Minister on the evening of his arrival": the first day
        # of the visit told before
        v = ctx.doc.last_visit_date
        if v.precision == "day" and not any(d.lo <= x.start < d.hi and x.date_start for x in ctx.dates):
            return DateValue(v.start, None, "day"), False
    if d.event_type == "visit" and d.status == "planned" and "invit" in t0.text.lower():
        # "In October, A wrote to B inviting him to a state visit": a date before the invitation
        # is the day it was made; the visit has only a date told after it ("to visit … in May")
        later = [x for x in dates if x.start >= t0.start]
        return (pick_date(ctx.text, _future_months(later, ctx.doc), t0.start, d.lo, d.hi, clauses) if later else None), True
    if len(ctx.claims) > 1 and dates:
        # a date in the clause of another event's trigger is that event's ("X, who arrived on
        # Monday, held talks with Y": Monday dates the arrival, not the talks) -- unless the
        # event's clause refers to it ("…, held talks with Y on the same day")
        mine = clauses.index(t0.start)
        others = {ci for ci, et in ctx.claims if et != d.event_type and ci != mine}
        if others and not _SAME_DAY.search(ctx.text, t0.start, d.hi):
            # (a date after this trigger and before the other one of its clause stays: "paid a
            # call on X on Monday afternoon and invited her to Canada")
            o_starts = [(clauses.index(o.start), o.start) for o in ctx.trigs if o.etype != d.event_type]
            dates = [
                x for x in dates
                if clauses.index(x.start) not in others
                or (x.start >= t0.end and not any(ci == clauses.index(x.start) and os < x.start for ci, os in o_starts))
            ]
    if ctx.claims and dates:
        # "met X and reviewed preparations for the visit of Y in February": a date after
        # another event's trigger that follows this one is that event's (a fronted date is not)
        others = [x for x in ctx.trigs if x.etype != d.event_type]
        if others:
            dates = [
                x for x in dates
                if not any(t0.end <= o.start and o.end <= x.start for o in others)
            ]
            if any(t0.end <= x.start < d.hi and not _CLAUSE_MARK.search(ctx.text, t0.end, x.start) for x in dates):
                # "… the state visit of X in the second half of this year and to hold the 3rd
                # round … in May": a date between another event's trigger and this one is that
                # event's, when this one has a date of its own after it
                dates = [
                    x for x in dates
                    if not any(o.end <= x.start and x.end <= t0.start for o in others)
                ]
    if d.status == "planned" and dates:
        # "A held a video call with B on Tuesday to review preparations for the 3rd Session":
        # a date after another event's trigger and before this planned one is that event's
        dates = [
            x for x in dates
            if not (
                x.end <= t0.start
                and any(o.etype != d.event_type and o.etype in _TALKS and o.end <= x.start for o in ctx.trigs)
            )
        ]
    if d.status == "planned" and dates:
        dates = _future_months(dates, ctx.doc)
    own = pick_date(ctx.text, dates, t0.start, d.lo, d.hi, clauses)
    if own is not None and d.status == "planned":
        own = _planned_later(ctx, d, t0, dates, own)
    if own is not None:
        if d.event_type in _SPANNING and own.end is None and own.precision == "day":
            own = _span_of(ctx, d, t0, own)
        return own, True
    fronted = _fronted_date(ctx, dates)
    if fronted is not None:
        return fronted, True
    if d.event_type in _BACKGROUND:
        # "established diplomatic relations with Mexico in 1822": a background fact takes only a
        # date of its own sentence, never the narrative's
        m = _IN_YEAR.match(ctx.text, t0.end, min(d.hi, t0.end + 60))
        if m:
            y = int(m.group(1))
            return DateValue(date(y, 1, 1), None, "year"), True
        return None, False
    doc = ctx.doc
    relative = _relative_day(ctx, t0)
    if relative is not None:
        return relative, True
    if ctx.claims and _WHEN_CLAUSE.match(ctx.text, ctx.clauses.bounds(t0.start)[0]):
        # "X will visit Y in August, when the council will meet" / "…, where he will hold talks":
        # the when- or where-clause takes the time of the clause it follows
        mine = ctx.clauses.index(t0.start)
        before = [x for x in ctx.dates if ctx.clauses.index(x.start) == mine - 1]
        if before:
            v = to_value(before[-1])
            if v is not None:
                return v, True
    if ctx.cue("recent", max(0, t0.start - 40), t0.start):
        return None, False
    if d.event_type == "meeting" and visit_dates and visit_dates[0] is not None and _AND_HELD.search(ctx.text, 0, t0.start):
        # "X visited Kigali in May … and held talks with Y": the talks of the visit's sentence
        # took place during that visit (a span is cut to its month)
        v = visit_dates[0]
        return (coarsen(v, "month") if v.end is not None else v), False
    if d.event_type != "visit" and ctx.cue("during_visit"):
        base = next((v for v in visit_dates if v), None) or doc.last_visit_date or doc.paragraph_date or doc.lede
        return coarsen(base, "month"), False
    if d.status == "planned":
        # "Gorchakov will arrive on Thursday for a two-day visit … He will also call on X": a
        # planned meeting of the visitor of the planned visit told before falls in that visit
        v = doc.planned_visits[-1] if doc.planned_visits else None
        if v is not None and v.date is not None and d.event_type in ("meeting", "phone_call", "other"):
            visitors = {p.name for p, role in v.persons if role == "visitor"}
            if visitors & {p.name for p, _ in d.persons}:
                return coarsen(v.date, "month"), False
        if d.event_type == "visit" and doc.last_planned_date is not None and _TO_ATTEND_THE.search(ctx.text, t0.end, d.hi):
            # "X will make his third visit to Y to attend the summit": the summit told before
            return coarsen(doc.last_planned_date, "month"), False
        if doc.last_planned_date is not None and _BEFORE_THE_EVENT.search(ctx.text, t0.end, d.hi):
            # "agreed to hold the next meeting of X before the Session": some time before the
            # planned event told before (its year)
            return coarsen(doc.last_planned_date, "year"), False
        ref = doc.reference_date
        if ref is not None and doc.reference_precision in ("day", "month") and _YEAR_END.search(ctx.text, d.lo, d.hi):
            # "agreed to convene the next meeting before the end of the year": within this year
            return DateValue(date(ref.year, 1, 1), None, "year"), True
        return None, False
    c_lo, c_hi = ctx.clauses.bounds(t0.start)
    if ctx.caption and _PRESENT_CAPTION.search(ctx.text, 0, t0.end):
        # "President X (right) speaks with Y during a video call": a picture of an event the
        # story dates; the caption's present tense gives no day (it joins that event undated)
        return None, False
    inherited = None
    if ctx.cue("present", c_lo, c_hi):
        inherited = reference_month(doc.reference_date, doc.reference_precision)
    if inherited is None and ctx.dl:
        dl_dates = [to_value(x) for x in ctx.s.dates if x.start < ctx.dl and x.date_start]
        inherited = next((x for x in dl_dates if x), None)
    from_lede = False
    if inherited is None:
        inherited = doc.paragraph_date
    if inherited is None:
        inherited, from_lede = doc.lede, True
    if inherited is not None and (d.event_type in _SPANNING or ctx.cue("separate")):
        inherited = coarsen(inherited, "month")  # a day of the narrative is not the span of a visit
    if inherited is not None and from_lede and _after_reference(inherited, doc):
        return None, False  # what happened cannot take the date of a lede later than the writing
    return inherited, False


def _future_months(dates: list[DateRef], doc: DocContext) -> list[DateRef]:
    """"The sides agreed to hold the next round in May" (written in March 2026): a month named
    without its year for a planned event is the next such month, never one already past."""
    ref = doc.reference_date
    if ref is None or doc.reference_precision not in ("day", "month"):
        return dates
    floor = ref.replace(day=1)
    out = []
    for x in dates:
        if x.kind == "partial" and x.precision == "month" and x.date_start is not None and x.date_start < floor:
            try:
                start = x.date_start.replace(year=x.date_start.year + 1)
                end = x.date_end.replace(year=x.date_end.year + 1) if x.date_end else None
            except ValueError:
                start, end = x.date_start, x.date_end
            if start >= floor:
                x = x._replace(date_start=start, date_end=end)
        out.append(x)
    return out


def _planned_later(ctx: _Sentence, d: Draft, t0: Trigger, dates: list[DateRef], own: DateValue) -> DateValue:
    """"On 3 August, A and B met and agreed to hold a joint exercise … in 2027": a planned event
    never precedes the day it was planned, so a date after its trigger that is later than the
    one picked (the date of the decision, told before the trigger) is the planned event's."""
    before = {v.start for v in (to_value(x) for x in dates if d.lo <= x.start and x.end <= t0.start) if v}
    if own.start not in before:
        return own  # the date was told with or after the trigger
    later = [
        x for x in dates
        if t0.end <= x.start < d.hi and x.qualifier not in ("until", "since", "as_of")
    ]
    for x in later:
        v = to_value(x)
        if v is not None and v.start > (own.end or own.start):
            return v
    return own


_FOR_PURPOSE = re.compile(r"\bfor\s+(?:the\s+)?$", re.IGNORECASE)
_ON_ARRIVAL = re.compile(
    r"\b(?:on|upon)\s+(?:the\s+(?:evening|morning|afternoon|night|day)\s+of\s+)?(?:his|her|their|the\s+visitor['’]s)\s+arrival\b"
    r"|\b(?:on|upon)\s+arrival\b",
    re.IGNORECASE,
)
_TO_ATTEND_THE = re.compile(r"\bto\s+(?:attend|take\s+part\s+in|participate\s+in)\s+the\s+(?:summit|meeting|session|talks)\b", re.IGNORECASE)
_BEFORE_THE_EVENT = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:(?:planned|upcoming|forthcoming|next)\s+)?"
    r"(?:session|summit|visit|meeting|commission|dialogue)\b(?!\s+(?:of|on|between|with)\b)",
    re.IGNORECASE,
)
# a caption's present tense verb: "(right) speaks with", "shakes hands with", "meets"
_PRESENT_CAPTION = re.compile(r"\)\s+(?:[a-z]+s)\b")
_TALKS = frozenset({"phone_call", "meeting", "correspondence"})  # (a visit's date spans its purposes)
_YEAR_END = re.compile(r"\b(?:before|by)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)
_SINCE_END = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_GAP = re.compile(r",?\s+when\b[^.;]*$", re.IGNORECASE)


def _since_when(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"the worst attack since March 2025, when a car bomb killed four policemen": the event of
    a when-clause hanging on a since-date happened at that date."""
    text = ctx.text
    for x in reversed(ctx.s.dates):
        if x.end <= t0.start and x.date_start is not None:
            if _WHEN_GAP.match(text, x.end, t0.start) and (
                x.qualifier == "since" or _SINCE_END.search(text, max(0, x.start - 8), x.start)
            ):
                return to_value(x)
            break
    return None


def _inside_since(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"… their first meeting since the two spoke by telephone in January": a trigger inside a
    since-clause is dated by the date after it in that clause (a date the main clause never takes)."""
    if "anchor" not in ctx.cues:
        return None
    lo, hi = ctx.clauses.bounds(t0.start)
    a = _local_start(ctx.text, lo, t0.start, ctx.low)
    if not ctx.cue("anchor", a, t0.start):
        return None
    return next((v for v in (to_value(x) for x in ctx.s.dates if t0.end <= x.start < hi) if v), None)


_CLAUSE_MARK = re.compile(r"[,;:]")
_IN_YEAR = re.compile(r"[^.;]*?\b(?:in|since)\s+(1[6-9]\d\d|20\d\d)\b")
_AND_HELD = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s*(?:when|where)\b", re.IGNORECASE)  # "…, where he will hold talks"
_RELATIVE_DAY = re.compile(
    r"\b(?:(?:on\s+)?(?:the\s+same|that)\s+(?:day|date)|later\s+(?:that|the\s+same)\s+day|"
    r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later))\b",
    re.IGNORECASE,
)


def _reanchored(dates: list[DateRef], base: DateValue) -> list[DateRef]:
    """"On the same day" / "the next day" as a date mention: counted from the latest event dated
    to the day (a background fact such as relations established in 1964 is never that event),
    not from whichever date the sentence before happened to hold."""
    if base.precision != "day":
        return dates
    out = []
    for x in dates:
        if x.kind == "relative" and x.surface[-3:].lower() in ("day", "ate") and x.date_start is not None:
            m = _RELATIVE_DAY.fullmatch(x.surface.strip())
            if m:
                day = (base.end or base.start) + timedelta(days=1) if m.group("next") else base.start
                x = x._replace(date_start=day, date_end=day, precision="day")
        out.append(x)
    return out


def _relative_day(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"On the same day", "later that day", "the next day": a day relative to the latest dated
    event of the document (only when that one is dated to the day)."""
    base = ctx.doc.last_event_date
    if base is None or base.precision != "day":
        return None
    text = ctx.text
    hi = ctx.clauses.bounds(t0.start)[1]
    if "day" not in text[:hi].lower():
        return None
    m = _RELATIVE_DAY.search(text, 0, hi)
    if not m:
        return None
    if m.group("next"):
        return DateValue((base.end or base.start) + timedelta(days=1), None, "day")
    return DateValue(base.start, None, "day")


_SPANNING = frozenset({"visit", "military_exercise"})  # events that last several days
# facts told as the background of the news ("established diplomatic relations on 1 August 1955"):
# their date anchors neither "the same day" nor the narrative time of the next sentences
_BACKGROUND = frozenset({"relations_established"})
_BEGIN = re.compile(
    r"\b(?:arrived|arrives|arriving|arrive|began|begins|begin|started|starts|start|kicked\s+off|kicks\s+off|kick\s+off|"
    r"opened|opens)\b",
    re.IGNORECASE,
)
_END = re.compile(
    r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|wrap\s+up|ended|ends|completed|completes|"
    r"wound\s+up|winds\s+up|rounded\s+off|rounds\s+off)\b",
    re.IGNORECASE,
)
_DAYS = re.compile(rf"\b(?P<n>{CARDINAL_RX})-day\b", re.IGNORECASE)


def _span_of(ctx: _Sentence, d: Draft, t0: Trigger, day: DateValue) -> DateValue:
    """A day told with the beginning or the end of a visit or exercise: "arrived on Tuesday for a
    two-day visit" -> Tuesday..Wednesday; "wrapped up a two-day visit on Tuesday" ->
    Monday..Tuesday; "concluded the exercise on Wednesday" (no length) -> only its month."""
    text = ctx.text
    c_lo, _ = ctx.clauses.bounds(t0.start)
    verb_zone = text[max(d.lo, c_lo, t0.start - 60) : t0.end]
    begin, end = _BEGIN.search(verb_zone), _END.search(verb_zone)
    if not (begin or end) or (begin and end):
        return day
    i = text.find("-day", d.lo, d.hi)  # the length, "a two-day visit", found by its suffix first
    m = _DAYS.search(text, max(d.lo, i - 16), i + 4) if i >= 0 else None
    n = parse_cardinal(m.group("n")) if m else None
    if n is None or not 1 < n < 32:
        return day if begin else coarsen(day, "month")  # the end of an unknown span: its month
    if begin:
        return DateValue(day.start, day.start + timedelta(days=n - 1), "day")
    return DateValue(day.start - timedelta(days=n - 1), day.start, "day")


_SAME_DAY = re.compile(r"\b(?:the\s+same|that)\s+(?:day|date|morning|afternoon|evening)\b", re.IGNORECASE)


def _fronted_date(ctx: _Sentence, dates: list[DateRef]) -> DateValue | None:
    """A fronted temporal adverbial ("In October, on the sidelines of X, A met B") dates every
    event of its sentence: a date at the start of the first clause, a clause without a trigger."""
    if not dates:
        return None
    first = dates[0]
    start = ctx.clauses.bounds(first.start)[0]
    if start > ctx.dl + 1 or first.start - start > 12:
        return None
    ci = ctx.clauses.index(first.start)
    if any(c == ci for c, _ in ctx.claims) or ctx.clauses.bounds(first.start)[1] >= ctx.n:
        return None
    return to_value(first)


def _after_reference(dv: DateValue, doc: DocContext) -> bool:
    """Does ``dv`` start after the end of the document's reference period?"""
    if doc.reference_date is None or doc.reference_precision not in ("day", "month", "year"):
        return False
    from pipeline.resolve.dates import period_end

    return dv.start > period_end(doc.reference_date, doc.reference_precision)


_BUILDERS = {
    "visit": _build_visit,
    "meeting": _build_interaction,
    "phone_call": _build_interaction,
    "correspondence": _build_interaction,
    "other": _build_interaction,
    "military_exercise": _build_exercise,
    "attack": _build_attack,
    "relations_established": _build_relations,
}


def analyse_sentence(s: SentenceInput, doc: DocContext) -> tuple[list[Draft], DateValue | None]:
    """Event drafts of one sentence, and the date this sentence sets for the narrative."""
    ctx = _Sentence(s, doc)
    trigs = [
        t for t in find_triggers(s.text, ctx.dl, s.present, ctx.low)
        if not cancelled(t, s.text, ctx.clauses, s.dates, ctx.cues, ctx.low, s.present)
    ]
    trigs = merge_overlaps(trigs)
    if len(trigs) > 1:
        trigs = _drop_framing(trigs, ctx)
        ctx.trigs = trigs
    drafts: list[Draft] = []
    own_dates: list[DateValue] = []
    if trigs:
        groups = group_events(trigs, s.text, ctx.clauses, ctx.persons, ctx.dates)
        # visits first: meetings "during his visit" take the visit's date and host
        if len(groups) > 1:
            groups.sort(key=_visit_first)
        built: list[tuple[Trigger, list[Draft]]] = []
        for g in groups:
            if len(g.trigs) > 1:
                main = [t for t in g.trigs if not text_cue("secondary", t.text)]
                if main and main[0] is not g.trigs[0]:
                    g = Group(g.etype, main + [t for t in g.trigs if t not in main], g.lo, g.hi)
            t0 = g.trigs[0]
            d = Draft(g.etype, _status(ctx, g), t0.start, g.trigs[-1].end, g.lo, g.hi)
            if g.etype == "visit" and t0.invitation:
                builder = _build_invitation
            elif g.etype == "meeting" and text_cue("joint", t0.text):
                builder = _build_joint
            else:
                builder = _BUILDERS[g.etype]
            events = builder(ctx, g, d)
            if events:
                built.append((t0, events))
        if len(built) > 1:  # the clauses of the triggers that made events (dates, see _date_for)
            ctx.claims = [(ctx.clauses.index(t0.start), es[0].event_type) for t0, es in built]
        visit_dates: list[DateValue | None] = []
        for t0, events in built:
            for e in events:
                e.date, from_text = _date_for(ctx, e, t0, visit_dates)
                if from_text and e.date:
                    own_dates.append(e.date)
                if e.event_type == "attack":
                    if (
                        from_text
                        and e.date
                        and not _REACTION_BEFORE.search(s.text, max(0, t0.start - 50), t0.start)
                        and not _reported_on(ctx, e.date)
                    ):
                        e.flags.add("own_date")  # (the day an attack is condemned is not its own)
                    doc.attacks.append(e)
                if e.event_type == "visit" and e.status == "occurred":
                    visit_dates.append(e.date)
                if e.event_type == "visit" and e.date is not None and ctx.visit_span is None:
                    ctx.visit_span = e.date
                if e.event_type == "visit" and e.date is not None:
                    doc.last_visit_date = e.date
                if e.status == "planned" and e.date is not None and e.event_type in ("visit", "meeting"):
                    doc.last_planned_date = e.date
                if e.event_type == "visit" and e.status == "occurred":
                    v = next((p for p, role in e.persons if role == "visitor"), None)
                    if v is not None:
                        doc.last_visitor = v
                if e.date is not None and e.status == "occurred" and e.event_type not in _BACKGROUND:
                    doc.last_event_date = e.date  # "the same day" never counts from a background fact
                drafts.append(e)
        _share_within_sentence(drafts, ctx)
        _purpose_of_visit(drafts, ctx)
        _realised_plans(drafts, ctx)
        drafts = _without_legs(drafts, ctx)
        _visitor_of_earlier_visit(drafts, ctx)
        for e in drafts:
            if e.event_type in _INTERACTIONS and e.persons:
                doc.interactions.append((doc.paragraph, frozenset(p.name for p, _ in e.persons)))
    if doc.attacks and not any(e.event_type == "attack" for e in drafts):
        _date_the_attack(ctx)
    if len(drafts) > 1:
        drafts.sort(key=_trig_start)
    narrative = own_dates[0] if own_dates else None
    if drafts and all(e.event_type in _BACKGROUND for e in drafts):
        return drafts, None  # "X and Y established relations in 1990": history, not the narrative's time
    if narrative is None:
        narrative = next((v for v in map(to_value, ctx.dates) if v), None)
        if narrative is None:
            narrative = next((e.date for e in drafts if e.date), None)
    return drafts, narrative


# "The attack took place on Saturday …": the date of the attack told before
_TOOK_PLACE = re.compile(
    r"^\s*(?:The|This|That)\s+(?:attack|ambush|assault|bombing|blast|explosion|raid|shooting)\s+"
    r"(?:took\s+place|happened|occurred|was\s+carried\s+out)\b"
    # "Gunmen opened fire on the convoy on Sunday …": the attack told by its perpetrators' act
    r"|^\s*(?:(?:Suspected|Armed|Unidentified|Unknown)\s+)?(?:[Gg]unmen|[Mm]ilitants|[Aa]ttackers|[Ii]nsurgents|[Aa]ssailants|"
    r"[Ff]ighters|[Rr]ebels|[Bb]andits|[Tt]errorists|A\s+suicide\s+bomber)\s+(?:opened\s+fire|ambushed|attacked|stormed|struck|raided|"
    r"detonated|fired)\b"
    # "The explosive device detonated as the bus passed …": the weapon's act
    r"|^\s*(?:The|A|An)\s+(?:[\w-]+\s+){0,2}(?:device|bomb|IED|explosives?|mine|charge)\s+"
    r"(?:detonated|exploded|went\s+off|blew\s+up|tore\s+through|struck|hit)\b"
)
_REACTION_BEFORE = re.compile(
    r"\b(?:condemned|condemns|condemning|denounced|denounces|deplored|deplores|mourned|decried|decries)\s+"
    r"(?:the\s+|an\s+|a\s+|this\s+|that\s+|(?:[\w-]+\s+){0,3})?$",
    re.IGNORECASE,
)


# "…, killing nine people, officials said Sunday": the day of the report, not of the attack
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?|reported|announced|confirmed|added)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)


def _reported_on(ctx: _Sentence, dv: DateValue) -> bool:
    """Is ``dv`` the date of a date mention that follows a reporting verb ("officials said Sunday")?"""
    text = ctx.text
    for x in ctx.dates:
        if x.date_start == dv.start and _SAID_BEFORE.search(text, max(0, x.start - 40), x.start):
            return True
    return False


def _took_place(text: str) -> tuple[int, re.Match[str] | None]:
    """(offset, match) of a sentence telling the attack's time, after a dateline if any."""
    dl = dateline_end(text)
    return dl, _TOOK_PLACE.match(text[dl:] if dl else text)


def redate_attacks(s: SentenceInput, doc: DocContext) -> None:
    """A sentence without a trigger that tells the attack told before with its date ("Gunmen
    opened fire on the convoy on Sunday"): see :func:`_date_the_attack`."""
    if doc.attacks and s.dates and _took_place(s.text)[1]:
        _date_the_attack(_Sentence(s, doc))


def _date_the_attack(ctx: _Sentence) -> None:
    """"The attack took place on Saturday": the attacks told before without a date of their
    own take the date of this sentence (their mentions are rewritten, see events.py)."""
    dl, m = _took_place(ctx.text)
    if not m:
        return
    dv = next((v for v in (to_value(x) for x in ctx.dates if x.start >= dl + m.end()) if v), None)
    if dv is None:
        return
    doc = ctx.doc
    for e in doc.attacks:
        if "own_date" not in e.flags and e.status == "occurred":
            e.date = dv
            e.flags.add("own_date")
            doc.redated.append(e)


_INTERACTIONS = frozenset({"visit", "meeting", "phone_call", "correspondence"})
_FRAMED = frozenset({"attack", "military_exercise"})  # events without persons, told as a reason


def _drop_framing(trigs: list[Trigger], ctx: _Sentence) -> list[Trigger]:
    """Triggers that only frame another event of the sentence: "held a phone call on Tuesday
    following an attack that …" (the attack is told for itself elsewhere, with its own date) and
    a letter "delivered" in person during a meeting of the sentence."""
    text, low = ctx.text, ctx.low
    if any(t.etype in ("meeting", "visit") for t in trigs):
        # "On the sidelines of the summit, Xi spoke with Y" / "during his visit, he spoke with
        # Y": a bare "spoke with" is a call only when nothing places the two together (else talks)
        trigs = [t._replace(etype="meeting") if t.etype == "phone_call" and _SPOKE_WITH.match(t.text) else t for t in trigs]
    types = {t.etype for t in trigs}

    def other_types(t: Trigger) -> set[str]:
        return {x.etype for x in trigs if x is not t and not text_cue("secondary", x.text)}

    out = []
    for t in trigs:
        if t.etype in _FRAMED and "frame" in ctx.cues and text_cue("nominal", t.text) and len(types) > 1:
            a = max(0, t.start - 60)
            if cue_search("frame", text[a : t.start], ctx.present, None if low is None else low[a : t.start]):
                continue
        if t.etype == "correspondence" and "meeting" in types and text_cue("in_person", t.text) and not _LETTER_FROM.match(text, t.end):
            continue  # (a letter "from" someone else, handed over in person, is that sender's letter)
        if t.etype == "meeting" and text_cue("secondary", t.text) and "meeting" not in other_types(t) and (
            other_types(t) & _INTERACTIONS
        ):
            continue  # "held a phone conversation … on the sidelines of the visit": a frame, not a meeting
        if t.etype == "meeting" and _HOSTED.match(t.text) and any(
            x.etype == "meeting" and x.end <= t.start and _WHEN.search(text, x.end, t.start) for x in trigs
        ):
            continue  # "The summit was held in May, when A hosted B": the hosting is that meeting
        if t.etype == "meeting" and text_cue("joint", t.text) and any(
            x is not t and x.etype in _INTERACTIONS and not text_cue("joint", x.text) for x in trigs
        ):
            continue  # "A and B agreed … during a phone call": the joint act of that call
        out.append(t)
    return out or trigs


_HE_SHE = re.compile(r"\b(?:He|She)\s+$")
_HOSTED = re.compile(r"(?:hosted|hosts|hosting|will host|to host)\b", re.IGNORECASE)


def _build_joint(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    """"He and Prime Minister X agreed to …": two named persons of two countries acting jointly
    met (or talked), unless an event of the paragraph already brought them together."""
    t0 = g.trigs[0]  # "and <second person> agreed": the first person stands right before it
    persons = [p for p in ctx.persons if t0.start <= p.start < t0.end]
    first = next((p for p in reversed(ctx.persons) if p.end <= t0.start), None)
    if first is not None and not ctx.text[first.end : t0.start].strip():
        persons.insert(0, first)
    elif _HE_SHE.search(ctx.text, max(0, t0.start - 5), t0.start) and ctx.doc.last_subject is not None:
        persons.insert(0, ctx.doc.last_subject)
    doc = ctx.doc
    sides: dict[str, Person] = {}
    for p in persons:
        c = (ctx.country(p) if p in ctx.persons else p.country) or doc.country_by_name.get(p.name) or doc.learned.get(p.name)
        if c and c not in sides and all(q.name != p.name for q in sides.values()):
            sides[c] = p._replace(country=c)
    if len(sides) != 2:
        return []
    names = {p.name for p in sides.values()}
    d.status = "occurred"  # the joint act itself was done; what they agreed "to" do is not the event
    if any(par == doc.paragraph and names <= seen for par, seen in doc.interactions):
        return []  # the joint act of a meeting, call or visit already told
    d.location, d.location_country = find_location(ctx.text, ctx.places_in(g.lo, g.hi), t0.start, ctx.caption, ctx.low)
    for iso3, p in sides.items():
        _add_person(d, p, "participant", iso3)
        _add_country(d, iso3, "participant")
    return [d]


def _visit_first(g: Group) -> tuple[bool, int]:
    return g.etype != "visit", g.trigs[0].start


def _trig_start(e: Draft) -> int:
    return e.trig_start


def _visitor_of_earlier_visit(drafts: list[Draft], ctx: _Sentence) -> None:
    """"During his visit, the dialogue will be held": the visitor told before takes part."""
    if any(e.event_type == "visit" for e in drafts) or ctx.doc.last_subject is None:
        return
    m = ctx.cue("during_visit")
    if not m or not _PRONOUN_WORD.search(m.group(0)):
        return
    p = ctx.doc.last_subject
    for e in drafts:
        if e.event_type == "meeting" and not any(q.name == p.name for q, _ in e.persons):
            _add_person(e, p, "participant", p.country)
            _add_country(e, p.country, "participant")


def _share_within_sentence(drafts: list[Draft], ctx: _Sentence) -> None:
    """Meetings held during a visit of the same sentence are in the host country; attacks of one
    sentence share a stated country; an ordinal in the next sentence gives the last round
    (a back-reference needs an ordinal: none in the sentence, none read in it)."""
    s, cues = ctx.s, ctx.cues
    visit = None
    attack = rounds = False
    for e in drafts:
        et = e.event_type
        if et == "visit":
            if visit is None and e.status == "occurred":
                visit = e
        elif et == "attack":
            attack = True
        elif et in ("meeting", "military_exercise") and e.round is None:
            rounds = True
    if not (visit or attack or rounds or s.next_text):
        return
    host = visit.host if visit else None
    for e in drafts:
        if e.event_type != "meeting" or visit is None:
            continue
        if ctx.cue("during_visit"):
            for p, role in visit.persons:
                if role == "visitor":
                    _add_person(e, p, "participant", p.country)
        if e.location_country is None and host:
            e.location_country = host
            if host in e.countries:
                e.host = host
    if attack:
        attack_loc = next((e.location_country for e in drafts if e.event_type == "attack" and e.location_country), None)
        for e in drafts:
            if e.event_type == "attack" and e.location_country is None and attack_loc:
                e.location_country = attack_loc
                _add_country(e, attack_loc, "participant")
    if rounds and "backref" in cues and ctx.ordinals():
        for e in drafts:
            if e.event_type in ("meeting", "military_exercise") and e.round is None:
                m = ctx.cue("backref", e.trig_end)  # "…, the fourth of its kind"
                if m and m.start() > 0:
                    e.round = parse_ordinal(m.group("ord"))
    if s.next_text:
        target = [e for e in drafts if e.event_type in ("meeting", "military_exercise") and e.round is None]
        if target:
            nxt = s.next_text  # next sentence: "The drill marked the eighth …"
            m = cue_search("backref", nxt, s.next_present, None if s.next_present is None else nxt.lower())
            if m:
                target[-1].round = parse_ordinal(m.group("ord"))


# the person right after one of these is an object ("paid a courtesy call on Chile's President, X")
_OBJECT_BEFORE = re.compile(r"\b(?:on|to|with|met|meets|received|receives|hosted|called\s+on)\b[^.;]{0,30}$", re.IGNORECASE)
_PRONOUN_ONLY = re.compile(r"\s*(?:him|her|them)\s*", re.IGNORECASE)
_FOR_PURPOSE = re.compile(r"\bfor\s*$", re.IGNORECASE)


def _purpose_of_visit(drafts: list[Draft], ctx: _Sentence) -> None:
    """"X accepted the invitation to make an official visit to Y next year, for the 8th Annual
    Leaders' Meeting": a meeting named as the purpose of a visit ("for the …" after the visit's
    trigger) takes place during it: it shares the visit's status, its date when it has none of
    its own in its clause, and the visitor and host."""
    visits = [e for e in drafts if e.event_type == "visit"]
    if not visits:
        return
    text = ctx.text
    for e in drafts:
        if e.event_type != "meeting":
            continue
        v = next((v for v in reversed(visits) if v.trig_end <= e.trig_start), None)
        if v is None or not _FOR_PURPOSE.search(text, max(v.trig_end, e.trig_start - 8), e.trig_start):
            continue
        e.status = v.status
        lo, hi = ctx.clauses.bounds(e.trig_start)
        if v.date is not None and not any(lo <= x.start < hi for x in ctx.dates):
            e.date = v.date if v.status == "planned" else coarsen(v.date, "month")
        for p, role in v.persons:
            if role in ("visitor", "host") and all(q.name != p.name for q, _ in e.persons):
                _add_person(e, p, "participant", p.country)


_MADE_THAT_VISIT = re.compile(
    r"\b(?:made|paid|undertook|completed)\s+(?:that|this|the)\s+(?:[\w-]+\s+){0,2}?visit", re.IGNORECASE
)


def _realised_plans(drafts: list[Draft], ctx: _Sentence) -> None:
    """"In October, A invited B to a state visit to Peru. … B made that state visit to Lima in
    January": the demonstrative says the planned visit told before took place; the plan is not a
    second visit (``doc.superseded``: dropped at the end of the document)."""
    doc = ctx.doc
    for e in drafts:
        if e.event_type != "visit":
            continue
        if e.status == "planned":
            doc.planned_visits.append(e)
        elif doc.planned_visits and _MADE_THAT_VISIT.search(ctx.text, max(0, e.trig_start - 40), e.trig_end + 1):
            visitors = {p.name for p, role in e.persons if role == "visitor"}
            for v in doc.planned_visits:
                if v.host == e.host and visitors & {p.name for p, role in v.persons if role == "visitor"}:
                    doc.superseded.append(v)


_WELCOME = re.compile(r"\bwelcome\s+ceremony\b", re.IGNORECASE)


def _without_legs(drafts: list[Draft], ctx: _Sentence) -> list[Draft]:
    """"Adhikari arrived in Beijing on Monday for a five-day visit to China … He is scheduled to
    travel to Chengdu on Friday": a trip of the visitor of the visit told before to a city of the
    same host country, within that visit's days, is a leg of it, not another visit."""
    doc = ctx.doc
    cur = doc.current_visit
    out = []
    for e in drafts:
        if e.event_type == "other" and cur is not None and _WELCOME.search(ctx.text, e.trig_start, e.trig_end):
            # "Wang held a grand welcome ceremony for X": a ceremony of the visit told before
            visitors = {p.name for p, role in cur.persons if role == "visitor"}
            if visitors & {p.name for p, _ in e.persons}:
                continue
        if e.event_type != "visit":
            out.append(e)
            continue
        if (
            cur is not None and cur is not e and e.location and e.host and e.host == cur.host and _within_visit(e, cur)
            and (e.location != cur.location if cur.location else e.date.start > cur.date.start)
        ):  # (another mention of the visit itself, to the same city or on its first day, stays)
            visitors = {p.name for p, role in e.persons if role == "visitor"}
            if visitors and visitors <= {p.name for p, role in cur.persons if role == "visitor"}:
                continue
        if e.status == "occurred" and e.date is not None and e.date.end is not None:
            doc.current_visit = e  # a visit told with its span
        out.append(e)
    return out


def _within_visit(e: Draft, cur: Draft) -> bool:
    """Is ``e`` dated inside the span of ``cur`` (a visit told with its first and last day)?"""
    if e.date is None or cur.date is None or cur.date.end is None or e.date.precision != "day":
        return False
    return cur.date.start <= e.date.start <= cur.date.end
