"""How the events of one sentence bear on each other (see :mod:`pipeline.extract.event_sentence`).

Triggers that only frame another event of the sentence go ("talks on Tuesday following an attack
that …", a letter "delivered" during a meeting, "A and B agreed … during a phone call");
meetings held during a visit of the sentence are in its host country, and attacks of one sentence
share a stated country; the visitor of a visit told before takes part in "during his visit, the
dialogue will be held"; a meeting named as the purpose of a visit takes place during it; "B made that state visit" realises the plan told
before; a trip to a city of the host country within a visit's days is a leg of it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.extract.event_dates import coarsen
from pipeline.extract.event_interactions import _HOSTED, _LETTER_FROM, _SPOKE_WITH, _WHEN
from pipeline.extract.event_lexicon import cue_search
from pipeline.extract.event_model import Draft
from pipeline.extract.event_numbers import ORDINAL_TRIE_RX, parse_ordinal
from pipeline.extract.event_sentence_dates import _FOR_PURPOSE
from pipeline.extract.event_sentence_state import _Sentence, _add_country, _add_person
from pipeline.extract.event_trigger_find import Group, Trigger, text_cue

_PRONOUN_WORD = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)

_INTERACTIONS = frozenset({"visit", "meeting", "phone_call", "correspondence"})
_BY_VIDEO = re.compile(r"(?:via|by|through|over)\s+(?:a\s+)?video", re.IGNORECASE)
_SESSION_WORD = re.compile(
    r"\b(?:session|round|commission|committee|council|dialogue|summit|forum|consultations?|cabinet|working\s+group)\b",
    re.IGNORECASE,
)
_ORDINAL_SESSION = re.compile(rf"(?:the\s+)?{ORDINAL_TRIE_RX}\s+(?:[\w-]+\s+)?(?:meeting|session|round)\b", re.IGNORECASE)
_FRAMED = frozenset({"attack", "military_exercise"})  # events without persons, told as a reason


def _drop_framing(trigs: list[Trigger], ctx: _Sentence) -> list[Trigger]:
    """Triggers that only frame another event of the sentence: "held a phone call on Tuesday
    following an attack that …" (the attack is told for itself elsewhere, with its own date) and
    a letter "delivered" in person during a meeting of the sentence."""
    text, low = ctx.text, ctx.low
    if any(t.etype in ("meeting", "visit") and t.hint != "planned" for t in trigs):
        # "On the sidelines of the summit, Xi spoke with Y" / "during his visit, he spoke with
        # Y": a bare "spoke with" is a call only when nothing places the two together (else talks;
        # a visit still to come, "X will travel to Y … after he spoke to his counterpart", does not)
        trigs = [t._replace(etype="meeting") if t.etype == "phone_call" and _SPOKE_WITH.match(t.text) else t for t in trigs]
    if any(t.etype == "phone_call" and _BY_VIDEO.match(t.text) for t in trigs) and any(t.etype == "meeting" for t in trigs):
        # "held talks with X via video link": one video call (the medium is no event of its own);
        # "co-chaired the 2nd meeting of the Committee via video link": a session of the body
        # ("the 15th meeting of the X, which was held through a video link": an ordinal session too)
        session = any(t.etype == "meeting" and (_SESSION_WORD.search(t.text) or _ORDINAL_SESSION.match(t.text)) for t in trigs)
        trigs = [
            t._replace(etype="phone_call") if t.etype == "meeting" and not session else t
            for t in trigs
            if not (t.etype == "phone_call" and _BY_VIDEO.match(t.text))
        ]
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
        ) and not _BETWEEN_HELD.match(text, t.end):
            # (but "…, and a flag meeting between the two forces was held on Tuesday": the subject
            # of its own verb of occurrence is an event of its own)
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


# the rest of "meeting between A and B was held / took place" (no comma: not a relative clause)
_BETWEEN_HELD = re.compile(
    r"[^,;.()]{1,80}?\b(?:(?:was|were|had\s+been|has\s+been|will\s+be|would\s+be)\s+(?:also\s+)?(?:held|convened)|took\s+place|will\s+take\s+place)\b",
    re.IGNORECASE,
)


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
    for v in visits:
        # "… the Annual Leaders' Meeting will be held in Tokyo in the first half of this year, and
        # that X will visit Japan for this purpose": a visit made for the meeting told before it
        # in the sentence is dated by it
        if v.date is not None or not _THIS_PURPOSE.search(text, v.trig_end, v.hi):
            continue
        e = next((e for e in reversed(drafts) if e.event_type == "meeting" and e.trig_end <= v.trig_start
                  and e.date is not None and e.status == v.status), None)
        if e is not None:
            v.date = e.date


_THIS_PURPOSE = re.compile(r"\b(?:for\s+(?:this|that|the\s+same)\s+(?:purpose|occasion)|to\s+attend\s+(?:it|the\s+meeting|the\s+summit))\b", re.IGNORECASE)
# "arrived in Nairobi for two days of talks with Kenyan officials": talks named as what the visit is for
_FOR_TALKS = re.compile(
    r"\bfor\s+(?:(?:[\w-]+\s+){0,2}?(?:days?|rounds?)\s+of\s+)?(?:[\w-]+\s+)?(?:talks|consultations|discussions)\b",
    re.IGNORECASE,
)


def _talks_of_the_visit(drafts: list[Draft], ctx: _Sentence) -> list[Draft]:
    """"X arrived in Nairobi yesterday for two days of talks with Kenyan officials": talks that are
    the purpose of the visit of the sentence, with no one named on the other side, are the visit
    itself, not a meeting of their own (talks with a named person stay a meeting)."""
    visits = [e for e in drafts if e.event_type == "visit"]
    if not visits:
        return drafts
    out = []
    for e in drafts:
        if e.event_type == "meeting":
            v = next((v for v in reversed(visits) if v.trig_end <= e.trig_start), None)
            if v is not None and _FOR_TALKS.search(ctx.text, v.trig_end, e.trig_end) and not (
                {p.name for p, _ in e.persons} - {p.name for p, role in v.persons if role == "visitor"}
            ):
                continue
        out.append(e)
    return out


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
        site = _SITE_OBJECT.match(ctx.text, e.trig_end) is not None
        if (
            cur is not None and cur is not e and (e.location or site) and e.host and e.host == cur.host and _within_visit(e, cur)
            and (site or (e.location != cur.location if cur.location else e.date.start > cur.date.start))
        ):  # (another mention of the visit itself, to the same city or on its first day, stays)
            # ("He was also scheduled to visit the Port of Colombo on Wednesday": a site of the
            # host country within the visit's days is a programme item of it)
            visitors = {p.name for p, role in e.persons if role == "visitor"}
            if visitors and visitors <= {p.name for p, role in cur.persons if role == "visitor"}:
                continue
        if e.status == "occurred" and e.date is not None and (e.date.end is not None or e.date.precision == "day"):
            doc.current_visit = e  # a visit told with its span, or its day of arrival
        out.append(e)
    return out


# the object of a visit verb that is a site, not a state or a city: "the Port of Colombo", "the
# University of Nairobi", "a cocoa cooperative", "the Duqm special economic zone"
_SITE_OBJECT = re.compile(
    r"\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?i:port|university|museum|memorial|zone|plant|factory|refinery|base|"
    r"institute|park|mosque|temple|church|cathedral|palace|centre|center|hospital|school|college|academy|cooperative|"
    r"farm|mine|shipyard|dockyard|harbour|harbor|site|facility|facilities|exhibition|headquarters|project)s?\b"
)


def _within_visit(e: Draft, cur: Draft) -> bool:
    """Is ``e`` dated inside the span of ``cur`` (a visit told with its first and last day)?"""
    if e.date is None or cur.date is None or e.date.precision != "day":
        return False
    if cur.date.end is None:
        # an arrival told without the visit's length: a trip within the next days ("arrived in
        # Karachi on Tuesday … is scheduled to fly to Islamabad on Thursday") continues it
        return cur.date.precision == "day" and cur.date.start <= e.date.start <= cur.date.start + _LEG_DAYS
    return cur.date.start <= e.date.start <= cur.date.end


_LEG_DAYS = timedelta(days=5)  # how long after an arrival a trip in the same country is taken as its leg
