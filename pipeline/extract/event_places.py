"""The place of an event (step 4 of :mod:`pipeline.extract.event_sentence`): a visit's destination
and an event's location, and where an object noun phrase ends.

A visit's destination is the country or city right after the trigger ("visited China", "visit
to Pakistan", "arrived in Islamabad"), right before "visit" ("his China visit"), or a bare proper
name after a locative preposition that the gazetteer lacks ("arrived in Nakhchivan").
"""

from __future__ import annotations

import re

from pipeline.extract.event_model import Place
from pipeline.extract.event_participants import ACTOR_KINDS
from pipeline.extract.event_trigger_find import Trigger

PLACE_NAME_KINDS = frozenset({"name", "alias", "short", "capital", "city", "region"})
CITY_KINDS = frozenset({"capital", "city"})

_LOC_PREP = re.compile(r"\b(?:in|at|to|into|near|off|outside|city of|city)\s+$", re.IGNORECASE)  # ("off Malé": at sea)
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
# the joint of a capitalised title: "Minister | for Commerce", "Secretary | of State" (the head noun
# before it is a title word, a capital follows)
_TITLE_JOINT = re.compile(r"(?:for|of)\s+(?:the\s+)?[A-Z]")
_TITLE_HEAD_END = re.compile(r"\b(?:Minister|Secretary|Commissioner|Governor|Director|Chairman|Chairperson|Chair|Head|Chief|Administrator|Representative|Envoy)\s*$")
_ACRONYM_PAREN = re.compile(r"\(\s*[A-Z][A-Za-z]{1,7}\s*\)")
# a capitalised gloss inside a title before the name it goes on to: "Chairman of the State Great
# Khural (Parliament) D.Batkhuyag", "Speaker of the Sejm (Lower House) X"
_GLOSS_PAREN = re.compile(r"\(\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s*\)(?=\s+[A-Z])")

_ONLY_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_BEFORE_VISIT = re.compile(r"\s+(?:[\w-]+\s+){0,2}visit", re.IGNORECASE)
_CAP_AFTER = re.compile(r"^\s+[A-Z][a-z]")
_PREP_AFTER = re.compile(r"^\s+(?:On|In|At|During|Capital|City|From)\b")

_COMMA_AND = re.compile(r",\s*(?:and\s+)?")

_PLACE_OR_ADJ = PLACE_NAME_KINDS | {"adjective"}


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
            if c.start < end < c.end and c.kind in PLACE_NAME_KINDS:
                return c  # a trigger ending in the place's first letters ("reached Mu|scat")
            if c.start > end + 6:
                break
    for t in trigs:
        for c in places:
            if t.start <= c.start and c.end <= t.end and c.kind in _PLACE_OR_ADJ:
                if _BEFORE_VISIT.match(text[c.end : t.end + 1]) or _CHOSE.fullmatch(text, t.start, c.start):
                    return c  # ("chose Lima for her first trip abroad": the place chosen)
    return None


_CHOSE = re.compile(r"(?:chose|chooses|picked|picks|selected|selects)\s+", re.IGNORECASE)


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
    skip_to = -1
    for m in stops:
        word = m.group(0)
        if m.start() < skip_to:
            continue
        if word == "(":
            acr = _ACRONYM_PAREN.match(seg, m.start()) or _GLOSS_PAREN.match(seg, m.start())
            if acr:  # "Chief of Army Staff (COAS) General X": an acronym inside the title goes on
                skip_to = acr.end()
                continue
        if m.start() == lead and word.lower() in ("to", "with", "between", "for", "from"):
            continue
        if allow_to and word.lower() == "to":
            continue
        if word[:1] in "tT" and word.lower() == "to" and _ENVOY_END.search(seg, 0, m.start()):
            continue  # "met Chinese Ambassador to Cambodia X": the envoy's title goes on
        if word[:1] in "fFoO" and word.lower() in ("for", "of") and _TITLE_JOINT.match(seg, m.start()) and _TITLE_HEAD_END.search(seg, 0, m.start()):
            continue  # "met Peru's Federal Minister for Commerce X": the capitalised title goes on
        if word == ",":
            nxt = _COMMA_AND.match(seg, m.start())
            if starts is None:
                starts = {c.start for c in places if c.kind in ACTOR_KINDS}
            if nxt and pos + nxt.end() in starts:
                continue
        return pos + m.start()
    return hi
