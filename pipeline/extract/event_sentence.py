"""Event mentions of ONE candidate sentence: triggers → events with participants, place, mechanism.

Steps (each a rule a linguist would write for any English news text), and the module of each:

1. Find every trigger of ``event_triggers.csv`` and drop those that a context cue cancels
   (negation, modality, generic quantifiers, temporal anchors, anniversaries, "attended the
   <meeting>", anaphoric "the meeting with …"): :mod:`.event_trigger_find`.  Triggers that only
   frame another event of the sentence go: :mod:`.event_cross_links`.
2. Merge overlapping triggers and group them into events, split at clause boundaries when both
   sides carry their own person or date: :mod:`.event_trigger_find`.
3. Per event, the persons: subject, objects, apposition, pronouns, title and dyadic phrases
   resolved to earlier persons of the document (:mod:`.event_participants`); who meets whom in
   meetings, calls, letters and joint acts (:mod:`.event_interactions`); visitor, host and invitee
   of visits and invitations (:mod:`.event_visits`); sides of exercises, attacks and relations
   (:mod:`.event_exercise_attack`).
4. A visit's destination and an event's location (:mod:`.event_places`); a missing destination or
   counterpart country comes from the document's dyad.
5. Meetings of standing mechanisms and back-references to a mechanism told before:
   :mod:`.event_interactions`.
6. Dates (:func:`.event_sentence_dates._date_for`): the date of an event's clause, fronted
   adverbials, spans of visits and exercises, "the same day" / "the next day", when-clauses.
7. Status (this module, :func:`_status`): an intention after the trigger governs what follows it
   ("held talks … and agreed to expand trade" occurred; "met X and reviewed preparations for the
   upcoming visit" occurred).

This module holds the entry points :func:`analyse_sentence` (steps 1-7 for one sentence, then the
links between its events: :mod:`.event_cross_links`) and, from :mod:`.event_exercise_attack`,
:func:`redate_attacks`.  The builders share the per-sentence state of
:mod:`.event_sentence_state`.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pipeline.extract.event_cross_links import (
    _INTERACTIONS,
    _drop_framing,
    _purpose_of_visit,
    _talks_of_the_visit,
    _realised_plans,
    _share_within_sentence,
    _trig_start,
    _visit_first,
    _visitor_of_earlier_visit,
    _without_legs,
)
from pipeline.extract.event_dates import to_value
from pipeline.extract.event_exercise_attack import (
    _REACTION_BEFORE,
    _build_attack,
    _build_exercise,
    _build_relations,
    _date_the_attack,
    _reported_on,
    redate_attacks,
)
from pipeline.extract.event_interactions import _build_interaction, _build_joint
from pipeline.extract.event_model import DateValue, DocContext, Draft, SentenceInput
from pipeline.extract.event_sentence_dates import _BACKGROUND, _date_for
from pipeline.extract.event_sentence_state import _Sentence
from pipeline.extract.event_trigger_find import (
    _VERB_START,
    Group,
    Trigger,
    cancelled,
    find_triggers,
    group_events,
    merge_overlaps,
    text_cue,
)
from pipeline.extract.event_visits import _build_invitation, _build_visit
from pipeline.extract.event_status import next_year, past_year, status_by_date, status_by_words, visit_day

__all__ = ["analyse_sentence", "redate_attacks"]  # (redate_attacks: see event_exercise_attack)

# the last temporal subordinator before a trigger: a plan told in the main clause does not reach
# the event of a when-clause ("preparations were finalised when the commission met")
_PLUPERFECT = re.compile(r"had\s+(?:earlier\s+|already\s+|previously\s+|also\s+)?(?:met|held|spoken|called)\b", re.IGNORECASE)
_LAST_WHEN = re.compile(r"(?s:.*)\b(?:when|while|after|as\s+soon\s+as)\b", re.IGNORECASE)
_WHEN_WORDS = ("when", "while", "after", "soon")  # every match of _LAST_WHEN holds one


def _may_hold_when(low: str | None, a: int, b: int) -> bool:
    """False only when ``low[a:b]`` (the lower-cased sentence, None: unknown) holds no subordinator
    of _LAST_WHEN (the greedy pattern backtracks over the whole span before failing)."""
    return low is None or any(low.find(w, a, b) >= 0 for w in _WHEN_WORDS)


# relations told in the past passive ("ties, which were established in 1957", "relations, established
# in 1972"): a past fact, whatever intention governs the sentence ("agreed to upgrade ties, which …")
_PAST_ESTABLISHED = re.compile(r"(?:\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?|,\s*)established\b", re.IGNORECASE)


def _status(ctx: _Sentence, g: Group) -> str:
    for t in g.trigs:
        if t.hint == "planned":
            return "planned"
    if g.etype == "relations_established" and any(_PAST_ESTABLISHED.search(t.text) for t in g.trigs):
        return "occurred"
    if "planned" not in ctx.cues or g.etype == "attack":
        # ("pledged to hunt down those responsible for a deadly assault": an intention of the
        # sentence never makes the attack it reacts to a plan)
        return "occurred"
    for t in g.trigs:
        if _POSTMOD_PLAN.match(ctx.text, t.end):
            return "planned"  # 'the naval exercise "X", to be held in June': a reduced relative of the noun
        if g.etype == "meeting" and _SESSION_OF.match(t.text) and _OWN_PLAN.match(ctx.text, t.end, min(len(ctx.text), t.end + 200)) \
                and not any(t.end <= x.start < g.hi and x is not t for x in ctx.trigs):
            return "planned"  # "the sixth meeting of the Commission on …, which will take place in Lima this autumn"
    for t in g.trigs:
        lo, hi = ctx.clauses.bounds(t.start)
        a, b = max(lo, g.lo), min(hi, g.hi)
        when = _LAST_WHEN.match(ctx.text, a, t.start) if _may_hold_when(ctx.low, a, t.start) else None
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
                    or _PURPOSE.search(ctx.text, t.end, a + m.end()) is not None  # ("to prepare for": the cue may open the purpose)
                    or _AGREED_THAT.search(ctx.text, t.end, a + m.start()) is not None
                    # "received Y and discussed preparations for President Z's upcoming visit": an
                    # attributive plan adjective after the trigger qualifies a later noun
                    or _ATTRIBUTIVE_PLAN.match(m.group(0)) is not None
                )
            )
            or (framed and a + m.start() < t.start and _AGREED_TO.match(m.group(0)))
            or (_PREPARATIONS.match(m.group(0)) and not _prepares(ctx.text, a + m.end(), t.start, t.etype))
        ):
            # "held talks … and agreed to expand cooperation": what they agreed to do is planned,
            # not the talks (an intention governs what follows it); "agreed to expand trade
            # during a meeting between A and B": the meeting in which they agreed took place
            a += m.end()
            m = ctx.cue("planned", a, b)
        if m is not None:
            return "planned"
    return "occurred"


# a post-modifier of the trigger noun telling a plan: '… exercise "Nordic Guard", to be held in June',
# "the summit, scheduled for May"
_POSTMOD_PLAN = re.compile(
    r"\s*(?:[“\"‘'][^“”\"‘’'.;]{1,40}[”\"’']\s*|(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){0,3}\s*)?,?\s*(?:(?:which|that)\s+(?:is|are|will\s+be)\s+)?"
    r"(?:to\s+be\s+(?:held|conducted|staged|convened|hosted|organi[sz]ed)"
    r"|(?:scheduled|planned|slated|due)\s+(?:for|to\s+(?:be|take|begin|start|run)))\b",
    re.IGNORECASE,
)


# a nominal cue of a plan ("preparations for", "arrangements for"): it tells the plan of its own
# object only ("reviewed preparations for the 3rd session": planned), not of a trigger elsewhere in
# the clause ("The preparations for the visit were reviewed on Monday in a telephone conversation",
# "met X and briefed him on the security arrangements for Chinese workers": both took place)
_PREPARATIONS = re.compile(r"(?:preparations?|arrangements?)\b", re.IGNORECASE)
_FINITE_GAP = re.compile(r"[.;:]|\b(?:is|are|was|were|be|been|being|has|have|had|will|would)\b", re.IGNORECASE)


def _prepares(text: str, cue_end: int, trig_start: int, etype: str = "") -> bool:
    """Is the trigger at ``trig_start`` (of type ``etype``) inside the object of the nominal plan
    cue ending at ``cue_end`` (a short gap after it without a finite verb)?"""
    if not (cue_end <= trig_start and trig_start - cue_end <= 60 and _FINITE_GAP.search(text, cue_end, trig_start) is None):
        return False
    # "discussed preparations for the session in a telephone call": the object ends before a
    # preposition that makes the trigger the means or occasion of the talk, not what is prepared
    # -- only a talk can be that means ("in a telephone call", "at a meeting"), and only after an
    # object that ends there: "preparations for the arrival of President X on a state visit",
    # "for Kenya's participation in a joint exercise" are one noun phrase with its complement
    if etype not in _TALK_TYPES or _NP_GOES_ON.search(text, cue_end, trig_start) is not None:
        return True
    return _ADJUNCT_BEFORE.search(text, cue_end, trig_start) is None


_TALK_TYPES = frozenset({"phone_call", "meeting", "correspondence"})
# a genitive or possessive inside the object: the preposition after it is the noun's complement
_NP_GOES_ON = re.compile(r"\bof\b|['’]s\b", re.IGNORECASE)


_ADJUNCT_BEFORE = re.compile(
    r"\w[\w'’)-]*\s+(?:in|during|over|by|via|at|through|on)\s+(?:(?:a|an|the|their|his|her|its|this|that)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


# "… had a working breakfast with Y, during which they reviewed preparations for the fourth session
# of the committee": the session is the topic of the meeting told, not an event of this sentence
_PREPARED_FOR = re.compile(r"\b(?:preparations?|arrangements?)\s+(?:[\w-]+\s+){0,3}?for\s+(?:the\s+)?$", re.IGNORECASE)
_SESSION_OF = re.compile(r"\S+\s+(?:round|meeting|session)\s+of\b", re.IGNORECASE)


def _drop_prepared_sessions(trigs: list[Trigger], text: str) -> list[Trigger]:
    """Drop the "<ordinal> session of" trigger whose session is what an earlier meeting trigger of
    the sentence prepares (see _PREPARED_FOR)."""
    return [
        t for t in trigs
        if not (
            t.etype == "meeting"
            and _SESSION_OF.match(t.text)
            and _PREPARED_FOR.search(text, max(0, t.start - 50), t.start)
            and any(x.etype == "meeting" and x.end <= t.start for x in trigs)
            # (unless a relative clause of its own tells when it will be held: "… preparations for
            # the sixth meeting of the Commission, which will take place in Lima this autumn")
            and not _OWN_PLAN.match(text, t.end, min(len(text), t.end + 200))
        )
    ]


_OWN_PLAN = re.compile(
    r"[^.;]*?,\s*which\s+(?:will|is\s+(?:due|expected|scheduled|set)\s+to)\s+(?:take\s+place|be\s+held|be\s+convened|convene)\b",
    re.IGNORECASE,
)


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
# (a directive too: "met for forty minutes and instructed their ministers to draft …")
_AGREED_TO = re.compile(
    r"(?:agreed|agree|agrees|decided|decide|pledged|vowed|resolved|proposed|instructed|directed|tasked|mandated)\b",
    re.IGNORECASE,
)

# a plan told by an attributive adjective ("the upcoming visit", "his planned trip"): it qualifies
# its own noun only
_ATTRIBUTIVE_PLAN = re.compile(r"(?:upcoming|forthcoming|(?:planned|proposed|intended|mooted)\s)", re.IGNORECASE)

# "spoke by video call and agreed that the summit will be held in Rome": the future of a
# complement clause after the trigger is what they agreed on, not the call
_AGREED_THAT = re.compile(
    r"\b(?:agreed|decided|resolved|announced|confirmed|noted|said|stated)\s+that\b", re.IGNORECASE
)

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


_AND_END = re.compile(r",?\s+and\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)


def _coordinated_with(built: list, g: Group, text: str) -> Draft | None:
    """The meeting built just before ``g`` when ``g`` starts a predicate coordinated with it by
    "and" (group_events split them: each has its own person object)."""
    if not built or g.etype != "meeting" or g.lo != g.trigs[0].start or not _VERB_START.match(g.trigs[0].text):
        return None
    _, events = built[-1]
    prev = events[-1]
    if prev.event_type != "meeting" or prev.trig_end > g.lo or not _AND_END.search(text, prev.trig_end, g.lo):
        return None
    return prev


# "received on Tuesday the Minister, X, who delivered a written message from …": the caller hands
# over the message at the meeting just told
_WHO_DELIVERED = re.compile(
    r",\s*who\s+(?:also\s+)?(?:delivered|handed\s+over|handed|conveyed|brought|carried|passed\s+on)\b", re.IGNORECASE
)


def _delivered_at(built: list, g: Group, text: str) -> Draft | None:
    """The meeting built just before ``g`` when ``g`` is a letter or message its visitor hands
    over in a relative clause ("who delivered a message"): the message is delivered that day."""
    if not built or g.etype != "correspondence":
        return None
    _, events = built[-1]
    prev = events[-1] if events else None
    if prev is None or prev.event_type != "meeting" or prev.trig_end > g.trigs[0].start:
        return None
    if not _WHO_DELIVERED.search(text, prev.trig_end, g.trigs[0].end):
        return None
    return prev


def _flashback(d: DateValue, anchor: DateValue | None) -> bool:
    """"On 21 April, A met B. The fifth meeting was held in September 2025. On the same day, C
    met D": an event known only to a month or year that ended before the day the narrative
    stands on, told in the paragraph of that day, is a look back; "the same day" still counts
    from that day (a new paragraph opening on an earlier month moves the narrative)."""
    if anchor is None or anchor.precision not in ("day", "month") or d.precision == "day":
        return False
    if d.precision == "month":
        last = (d.start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif d.precision == "year":
        last = d.start.replace(month=12, day=31)
    else:
        return False
    return last < anchor.start


def _undated_twin_visits(drafts: list[Draft]) -> list[Draft]:
    """"the forthcoming visit of X, who will pay an official visit to Y next week": one visit told
    twice in a sentence; the undated mention of a visitor whose visit of the same status the
    sentence also dates is dropped."""
    visits = [e for e in drafts if e.event_type == "visit"]
    if len(visits) < 2:
        return drafts
    dated = {
        (p.name, e.status) for e in visits if e.date is not None for p, role in e.persons if role == "visitor"
    }
    if not dated:
        return drafts
    return [
        e for e in drafts
        if not (
            e.event_type == "visit" and e.date is None
            and any((p.name, e.status) in dated for p, role in e.persons if role == "visitor")
        )
    ]


def analyse_sentence(s: SentenceInput, doc: DocContext) -> tuple[list[Draft], DateValue | None]:
    """Event drafts of one sentence, and the date this sentence sets for the narrative."""
    ctx = _Sentence(s, doc)
    found = find_triggers(s.text, ctx.dl, s.present, ctx.low, ctx.ordinals)
    trigs = [t for t in found if not cancelled(t, s.text, ctx.clauses, s.dates, ctx.cues, ctx.low, s.present)]
    if len(trigs) < len(found) and trigs:
        # a trigger of another type starting inside a cancelled one is a misreading of that
        # phrase: "during the video meeting with X" (a call told before) is no meeting
        off = [t for t in found if t not in trigs]
        trigs = [t for t in trigs if not any(c.start < t.start < c.end and c.etype != t.etype for c in off)]
    trigs = merge_overlaps(trigs)
    if len(trigs) > 1:
        trigs = _drop_prepared_sessions(trigs, s.text)
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
        coordinated: list[tuple[Draft, Draft]] = []  # (second predicate's event, the first one's)
        delivered: list[tuple[Draft, Draft]] = []  # (a message handed over, the meeting it was handed over at)
        for g in groups:
            if len(g.trigs) > 1:
                main = [t for t in g.trigs if not text_cue("secondary", t.text)]
                if main and main[0] is not g.trigs[0]:
                    g = Group(g.etype, main + [t for t in g.trigs if t not in main], g.lo, g.hi)
            t0 = g.trigs[0]
            d = Draft(g.etype, _status(ctx, g), t0.start, g.trigs[-1].end, g.lo, g.hi)
            # "where he will call on A and hold talks with B" (split by group_events): the second
            # predicate shares the first one's subject and its tense or modality
            first = _coordinated_with(built, g, s.text)
            if first is not None:
                d.status = first.status
            if g.etype == "visit" and t0.invitation:
                builder = _build_invitation
            elif g.etype in ("meeting", "phone_call") and text_cue("joint", t0.text):
                builder = _build_joint
            else:
                builder = _BUILDERS[g.etype]
            events = builder(ctx, g, d)
            at_meeting = _delivered_at(built, g, s.text)
            if events and at_meeting is not None:
                delivered.extend((e, at_meeting) for e in events)
            if events and first is not None:
                coordinated.extend((e, first) for e in events)
                actor = next((p for p, role in first.persons if role == "participant"), None)
                for e in events:
                    if actor is not None and all(p.name != actor.name for p, _ in e.persons):
                        e.persons.insert(0, (actor, "participant"))
                        if actor.country and actor.country not in e.countries:
                            e.countries[actor.country] = "participant"
            if events:
                built.append((t0, events))
                actor = next((p for e in events for p, role in e.persons if role in ("visitor", "participant")), None)
                if actor is not None:
                    ctx.subjects.append((t0.start, actor))
        if len(built) > 1:  # the clauses of the triggers that made events (dates, see _date_for)
            ctx.claims = [(ctx.clauses.index(t0.start), es[0].event_type) for t0, es in built]
        visit_dates: list[DateValue | None] = []
        for t0, events in built:
            for e in events:
                e.date, from_text = _date_for(ctx, e, t0, visit_dates)
                if from_text and e.date is not None:
                    e.date = past_year(e, ctx.dates, doc, t0.text)
                    e.date = next_year(e, ctx.dates, doc)
                    e.date = visit_day(e, ctx.dates, doc)
                    e.status = status_by_date(
                        # (an exercise noun's verb follows it: '"Steppe Shield-4", began on Monday')
                        e, ctx.dates, doc, s.text[t0.start : t0.end + 40] if e.event_type == "military_exercise" else t0.text
                    )
                elif e.status == "occurred":
                    e.status = status_by_words(e, s.text, e.trig_end, ctx.clauses.bounds(t0.start)[1], t0.text)
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
                    elif not any(t0.end <= x.start < t0.end + 80 for x in ctx.dates):
                        # "…, condemning the attack": the attack told before with its own day
                        # (not "condemned the killing of four traders … on October 2": its own)
                        told = next((a for a in reversed(doc.attacks) if "own_date" in a.flags and a.date), None)
                        if told is not None:
                            e.date = told.date
                    doc.attacks.append(e)
                if e.event_type == "correspondence" and e.date is not None:
                    doc.last_letter_date = e.date
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
                    # ("B had earlier met him on Tuesday evening": the past perfect tells a
                    # flashback, not the narrative's latest day)
                    if not (doc.last_event_paragraph == doc.paragraph and _flashback(e.date, doc.last_event_date)) \
                            and not _PLUPERFECT.match(ctx.text, e.trig_start):
                        doc.last_event_date = e.date  # "the same day" never counts from a background fact
                        doc.last_event_paragraph = doc.paragraph
                drafts.append(e)
        for e, first in coordinated:
            if first.date is not None and not any(e.lo <= x.start < e.hi for x in ctx.dates):
                e.date = first.date  # "called on A on Tuesday and held talks with B": the same day
        for e, m in delivered:
            # (the dates before the relative clause are the meeting's; none of the message's own after it)
            if m.date is not None and not any(m.trig_end <= x.start < e.hi for x in ctx.dates):
                e.date, e.status = m.date, m.status  # "received on Tuesday X, who delivered a message"
        _share_within_sentence(drafts, ctx)
        _purpose_of_visit(drafts, ctx)
        drafts = _talks_of_the_visit(drafts, ctx)
        _realised_plans(drafts, ctx)
        drafts = _without_legs(drafts, ctx)
        _visitor_of_earlier_visit(drafts, ctx)
        drafts = _undated_twin_visits(drafts)
        for e in drafts:
            if e.event_type in _INTERACTIONS and e.persons:
                doc.interactions.append((doc.paragraph, frozenset(p.name for p, _ in e.persons)))
    if doc.attacks:
        # ("A suicide bomber struck … on Saturday" dates the bombing the lede told "days after")
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
