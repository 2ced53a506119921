"""Meetings, phone calls, letters and other interactions between named sides (see
:mod:`pipeline.extract.event_sentence`, steps 3 and 5), and joint acts ("He and Prime Minister X
agreed …").

Coordinated objects of different countries make separate bilateral meetings.  A subject-less
meeting takes the persons of its "when A hosted B" clause; two named persons of two countries
acting jointly met, unless an event of the paragraph already brought them together; a letter
without addressee ("also sent a separate message") goes to the addressee of the paragraph's
previous letter; coordinated subjects of a reciprocal act ("A and B held talks") are the two
sides (a side without a stated country is the document's other country); a bare "replied"
answers the document's latest letter and is addressed to its sender.

Meetings of standing mechanisms: "the 13th Annual Consultation", "the Joint Border Commission
will meet" (a standing body is an event only with a bilateral name or two sides named), and
back-references to a mechanism told before ("the 7th meeting of the JCC", "the first such
meeting": a separate historical round with its own date).
"""

from __future__ import annotations

import re

from pipeline.extract.event_lexicon import expand, literal_gate
from pipeline.extract.event_mechanism import (
    LATEST_GATE,
    acronym_after,
    find_mechanism,
    is_bilateral_name,
    mechanism_reference,
    name_before_head,
    resolve_reference,
)
from pipeline.extract.event_model import DocContext, Draft, Person
from pipeline.extract.event_numbers import ORDINAL_TRIE_RX, parse_ordinal
from pipeline.extract.event_participants import (
    ACTOR_KINDS,
    _DYADIC,
    _DYADIC_BARE,
    _DYADIC_GATES,
    _DYADIC_PERSONS,
    _PRONOUN_AND_COUNTERPART,
    _THE_DEM_LEADER,
    _leader_of,
    _leader_titles,
    _pronoun_conjunct,
    _two_sides,
    apposition,
    bare_name,
    dyadic_persons,
    objects,
    resolve_counterpart,
    resolve_title_np,
    subjects,
)
from pipeline.extract.event_places import _object_np_end, find_location
from pipeline.extract.event_plural_bodies import plural_body_sessions
from pipeline.extract.event_sentence_state import _VISITING_START, _Sentence, _add_country, _add_person, _fill_from_dyad
from pipeline.extract.event_trigger_find import (
    _WHICH_LAST,
    Group,
    _local_before,
    _local_start,
    may_match,
    text_cue,
    text_rx,
)
from pipeline.extract.event_visits import _TITLE_PHRASE, _WITH_END

_WITH_CO = re.compile(r"\b(?:with|between|co-)", re.IGNORECASE)
_LEAD_PREP = re.compile(r"\s*(?:with|to|from|between|for)?\s*", re.IGNORECASE)

_WITH = re.compile(r"\b(?:with|between|by|from)\b", re.IGNORECASE)  # the other side of an act
_BILATERAL = re.compile(r"\b(?:bilateral|counterparts?|both sides|two sides)\b", re.IGNORECASE)

_BILATERAL_GATE = literal_gate(_BILATERAL.pattern)

_FRAME = re.compile(r"\b(?:during|in|after|at|before|following|since)\s+(?:the\s+|this\s+|that\s+)?$", re.IGNORECASE)

_FROM_TITLE = re.compile(
    r"(?:\s+(?:on|last|this|yesterday|today|earlier)(?:\s+[A-Z]?[a-z]+)?)?\s+from\s+(?P<np>(?:(?:[A-Z][\w.'’-]*|the|of)\s+){0,6}[A-Z][\w'’-]*)"
)
_BILATERAL_ADJ = re.compile(r"\b(?:joint|bilateral|binational|intergovernmental|inter-governmental)\s", re.IGNORECASE)
_AT_PLACE_END = re.compile(r"\b(?:in|at|near|outside|inside)$", re.IGNORECASE)
_FROM_END = re.compile(r"\b(?:from|by)(?:\s+the)?$", re.IGNORECASE)  # a trigger ending on its agent's preposition
_GAP_BREAK = re.compile(r"[;.:()]|\b(?:who|which|where|when|while|said|and|after|before)\b")
_TOLD_DURING = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:told|informed|assured|briefed)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:during|in|over|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ELLIPTIC_ROUND = re.compile(
    rf"the\s+(?P<ord>{ORDINAL_TRIE_RX})\s+(?:one\s+)?(?:followed|was\s+held|took\s+place|met|convened)\b", re.IGNORECASE
)
# a bare numbered session, the body named before: "the tenth session would be convened in …"
_BARE_SESSION = re.compile(rf"(?:.*\s)?the\s+(?:{ORDINAL_TRIE_RX})\s+(?:session|round|meeting|sitting)\b", re.IGNORECASE)
_COMMA_TITLE_SUBJECT = re.compile(r",\s*(?P<np>the\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s+(?-i:[a-z])")
_TITLE_SUBJECT_COMMA = re.compile(r"(?:^|\b)(?P<np>[Tt]he\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})\s*,\s*$")
_HOLD_LEAD = re.compile(r"(?:hold|convene|host|organi[sz]e)\s+", re.IGNORECASE)
_TEMPORAL_LEAD = re.compile(r"(?:following|after|since|(?:looked|look|looks|looking)\s+forward\s+to)\s+", re.IGNORECASE)
_COMMA_GAP = re.compile(r"\s*(?:of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*)?,\s*")
# a letter's time adverbial, then its addressee: " on Monday to the Minister", " on 5 March to his"
_TIME_THEN_TO = re.compile(
    r"\s+(?:(?:on|last|this|earlier|late|early|in|dated)\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+|morning|evening|afternoon|"
    r"week|today|yesterday)(?:\s+(?:morning|evening|afternoon|night|\d{1,2}(?:st|nd|rd|th)?))?,?\s+to\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _last_pair(doc: DocContext) -> list[Person]:
    """The two persons (of two countries) of the latest interaction of the current paragraph."""
    if not doc.interactions or doc.interactions[-1][0] != doc.paragraph:
        return []
    pair: dict[str, Person] = {}
    for name in sorted(doc.interactions[-1][1]):
        p = doc.last_by_name.get(name)
        c = (doc.country_by_name.get(name) or (p.country if p else None) or doc.learned.get(name)) if p else None
        if p is not None and c and c not in pair:
            pair[c] = p._replace(country=c)
    return list(pair.values()) if len(pair) == 2 and len(doc.interactions[-1][1]) == 2 else []


# a trigger that is a bare numbered session: "the 32nd Session was held", "The fifth round took place"
_THE_NTH_SESSION = re.compile(rf"the\s+(?P<ord>{ORDINAL_TRIE_RX})\s+(?:session|round|meeting|sitting)\b", re.IGNORECASE)


# a reporting verb, then a noun phrase that ends at a nominal trigger: "said the 8th round of …"
_REPORTED_NP = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|stated|added|noted|disclosed|revealed|told\s+(?:[\w-]+\s+){1,2}?)"
    r"\s+(?:that\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


_REPORTED_GATE = ("said", "says", "announce", "confirm", "stated", "added", "noted", "disclosed", "revealed", "told")


# the chairs of a session: "under the co-chairmanship of", "to be co-chaired by", "chaired by"
_CHAIRED_BY = re.compile(
    r"\b(?:under\s+the\s+(?:co-)?(?:chairmanship|chairpersonship|chairship|presidency)\s+of|(?:co-)?chaired\s+by|co-presided\s+(?:over\s+)?by)\s",
    re.IGNORECASE,
)


# "…, and H.E. Ms. " right before the second chair (titles and honorifics between)
_AND_CHAIR = re.compile(r",?\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


# "the two ministers, who last …" right before the trigger (see _build_interaction)
_TWO_WHO = re.compile(
    r"(?P<np>\b(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?(?:leaders|ministers|presidents|premiers|counterparts|"
    r"secretaries|envoys|chiefs|commanders))\s*,\s*who\s+(?:(?:had|have|has|last|also|again|first|then|later|"
    r"briefly|recently|previously)\s+){0,2}$",
    re.IGNORECASE,
)


# "A and (Chinese Ambassador to Turkmenistan) B": two persons coordinated, a title before the second
_AND_TITLED = re.compile(r"\s+and\s+(?:[\w.'’-]+\s+){0,8}")
# a relative pronoun opening the trigger's clause: "A and B, who (later) held talks"
_WHO_BEFORE = re.compile(
    r",\s*who\s+(?:(?:also|later|then|subsequently|afterwards|had|have|has|briefly|separately)\s+)*$", re.IGNORECASE
)
_PLURAL_HEAD = re.compile(r"\b(?:commissions|committees|groups|councils)\b", re.IGNORECASE)
# only auxiliaries and adverbs between a subject and its verb ("the two ministers will also co-chair")
_AUX_GAP = re.compile(
    r"\s*(?:(?:will|would|shall|had|have|has|are|were|to|be|also|then|later|again|jointly|first|last|briefly)\s+)*",
    re.IGNORECASE,
)


# a plural possessive right before a nominal trigger: "their previous meeting", "their talks"
_THEIR_BEFORE = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _met_before(doc, carrier: str, zc: str) -> list[Person]:
    """The person of another country than ``zc`` whom ``carrier`` met in the latest interaction
    of the current paragraph (empty when there is none)."""
    if not doc.interactions or doc.interactions[-1][0] != doc.paragraph or carrier not in doc.interactions[-1][1]:
        return []
    for name in sorted(doc.interactions[-1][1]):
        p = doc.last_by_name.get(name)
        c = doc.country_by_name.get(name) or (p.country if p is not None else None)
        if p is not None and name != carrier and c and c != zc:
            return [p._replace(country=c)]
    return []


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
    if etype == "meeting" and _PLURAL_HEAD.search(t0.text):
        plural = plural_body_sessions(ctx, g, d)  # "the Joint Working Groups on A and on B would meet"
        if plural is not None:
            return plural
    if letter and doc.letter_told and _IN_HIS_LETTER.match(t0.text):
        return []  # "In his message, X said …": the message told before, quoted
    if letter and text_cue("in_person", t0.text) and _LETTER_FROM.match(text, t0.end):
        # "X called on Prime Minister Y and delivered a letter from President Z": Z wrote to Y
        sender = next((p for p in region_persons if p.start >= t0.end), None)
        if sender is None:
            # "handed over a letter from the President of Kenya to …": a sender named by a title
            fm = _FROM_THE_TITLE.match(text, t0.end)
            x = resolve_title_np(fm.group("np") + " ", ctx.places, fm.start("np"), doc, set(), unknown_country=True) if fm else None
            if x is not None:
                own = [c.iso3 for c in ctx.actors_in(fm.start("np"), fm.end("np"))]
                xc = x.country or doc.learned.get(x.name) or (own[0] if own else None)
                sender = x._replace(start=fm.start("np"), end=fm.end("np"), country=xc)
        if sender is not None:
            # (a sender named without a country writes for the state of the one who carries it)
            carrier = [p for p in ctx.persons[:1] if p.end <= t0_start]  # the sentence's subject
            if _PRONOUN_CARRIER.search(text, max(g_lo, t0_start - 20), t0_start):
                # "…, was received by Y, to whom she handed over a message from Z": the pronoun
                # right before the verb (the actor of the sentence's earlier event), not Y
                x = ctx.pronoun_subject(t0, g_lo, g_hi)
                carrier = [x] if x is not None and x.name != sender.name else carrier
            if not carrier:
                # "He handed over a letter from …": the pronoun's antecedent carries it
                x = ctx.pronoun_subject(t0, g_lo, g_hi)
                carrier = [x] if x is not None and x.name != sender.name else []
            carrier_c = (ctx.country(carrier[0]) if carrier[0] in ctx.persons else carrier[0].country) if carrier else None
            zc = ctx.country(sender) or carrier_c
            # the addressee: the host of the meeting it was handed over in ("… during a meeting
            # with Y", "called on Y and delivered …"), a person of another country
            other = [p for p in ctx.persons if p.name != sender.name and ctx.country(p) and ctx.country(p) != zc]
            after = [p for p in other if p.start > sender.end]
            met = after[:1] or [p for p in other if p.end <= t0_start][-1:]
            styled = _TO_STYLED.match(text, sender.end)
            if styled and not after and zc:
                # "a message from President Z to His Majesty the Sultan": an addressee named only by
                # a style is no person; the message goes to the other side of the document's pair
                to_c = next((c for c in doc.dyad if c != zc), None)
                if to_c is not None:
                    d.persons = []
                    _add_person(d, sender, "participant", zc)
                    _add_country(d, zc, "participant")
                    _add_country(d, to_c, "participant")
                    doc.letter_told = True
                    return [d]
            if not met and zc and carrier:
                # "X called on Y. He handed over a letter from Z": the other side of the carrier's
                # meeting told just before in the paragraph
                met = _met_before(doc, carrier[0].name, zc)
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
        if not subs:
            # "Prime Minister X, in a message to Y, felicitated …": the subject right before the
            # parenthetical adjunct wrote it
            before = [p for p in region_persons if p.end <= t0_start]
            if before and _COMMA_GAP.fullmatch(text, before[-1].end, t0_start):
                subs = before[-1:]
            elif not before:
                # "The Prime Minister, in a separate message to Y, …": a title noun phrase subject
                # right before the adjunct is the latest holder of that title
                m = _TITLE_SUBJECT_COMMA.search(text, max(g_lo, t0_start - 60), t0_start)
                y = resolve_title_np(m.group("np") + " ", ctx.places, m.start("np"), doc, set()) if m else None
                subs = [y] if y is not None else []
    else:
        subs = subjects(region_persons, text, g_lo, t0_start)
        if subs and may_match(ctx.low, _REPORTED_GATE) and _REPORTED_NP.search(text, subs[-1].end, t0_start):
            # "spokesperson X said the 8th round … would be held": the reporter of a clause whose
            # subject is the event noun itself takes no part in it
            subs = []
        elif len(subs) < 2 and talk and may_match(ctx.low, ("who",)):
            # "… witnessed by A and Chinese Ambassador B, who held a separate meeting afterwards":
            # the subject of a relative clause is its antecedent, "A and B" right before "who"
            rel = _WHO_BEFORE.search(text, max(0, t0_start - 40), t0_start)
            before = [p for p in ctx.persons if rel and p.end <= rel.start()] if rel else []
            if len(before) >= 2 and _COMMA_GAP.fullmatch(text, before[-1].end, rel.start() + 1) and _AND_TITLED.fullmatch(
                text, before[-2].end, before[-1].start
            ):
                subs = before[-2:]
        elif subs and talk and may_match(ctx.low, _DYADIC_GATES[0]):
            # "X will visit Y next month, when the two foreign ministers will co-chair …": a dyadic
            # subject right before the verb, not the person named earlier in the sentence
            m = _DYADIC_PERSONS.search(text, subs[-1].end, t0_start)
            if m and _AUX_GAP.fullmatch(text, m.end(), t0_start):
                told = [p._replace(country=ctx.country(p)) for p in ctx.persons if p.end <= t0_start]
                subs = dyadic_persons(m.group(0), doc, told=told) or subs
    if len(subs) < 2 and talk and may_match(ctx.low, _DYADIC_GATES[0]) and _THEIR_BEFORE.search(text, max(g_lo, t0_start - 40), t0_start):
        # "The two Presidents recalled X's visit in April and their telephone conversation of 14
        # August": "their" is the dyadic subject of the clause, not a person named in between
        m = _DYADIC_PERSONS.search(text, max(g_lo, ctx.clauses.bounds(t0_start)[0] - 200), t0_start)
        if m:
            told = [p._replace(country=ctx.country(p)) for p in ctx.persons if p.end <= m.start()]
            subs = dyadic_persons(m.group(0), doc, told=told) or subs
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
        if m is None and "counterpart" in text[max(g_lo, subs[0].start - 90) : subs[0].start]:
            # (the counterpart's comma opens a new clause: look back over it)
            m = _TITLE_NP_AND.search(text, max(g_lo, ctx.clauses.bounds(max(g_lo, c_lo0 - 2))[0]), subs[0].start)
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
        if not subs and talk and may_match(ctx.low, ("who",)):
            # "The two ministers, who last met in X in February, welcomed …": the relative
            # clause's subject is the noun phrase it hangs on
            m = _TWO_WHO.search(text, max(g_lo, t0_start - 90), t0_start)
            if m:
                subs = dyadic_persons(m.group("np"), doc, told=told)
    if not subs and talk and text_cue("nominal", t0.text) and _THEIR_BEFORE.search(text, max(g_lo, t0_start - 40), t0_start):
        # "They recalled their previous meeting, held in …": "their" names the two sides of the
        # interaction told just before in the paragraph, else the two sides told last
        subs = _last_pair(doc)
        if not subs:
            told = [p._replace(country=ctx.country(p)) for p in ctx.persons if p.end <= t0_start]
            subs = _two_sides(doc, "", False, 12, told)
    if not subs and talk and _THEY_BEFORE.search(text, max(g_lo, t0_start - 40), t0_start):
        # "A and B met in Lima on 27 March. They also spoke by phone on 15 April.": the subject
        # "they" names the two persons of the interaction told just before
        subs = _last_pair(doc)
    # "They agreed to hold the fourth round in Seoul": a plural subject planning a session jointly
    # is the two sides -- never the single person who was the subject of a sentence before
    they_plan = not subs and talk and _they_plan(text, g_lo, t0_start)
    if not subs and talk and t0.text[:4].lower() in ("two ", "both"):
        # "the two presidents met and instructed …": the dyadic subject inside the trigger
        subs = dyadic_persons(text[max(g_lo, t0_start - 4) : t0_end], doc)
    if not subs and not they_plan:
        x = ctx.pronoun_subject(t0, g_lo, g_hi) or ctx.visiting_subject(t0, g_lo) or ctx.title_subject(t0, g_lo, set())
        if x is not None and may_match(ctx.low, _REPORTED_GATE) and _REPORTED_NP.search(text, max(g_lo, t0_start - 60), t0_start):
            # "The Spokesperson said that the 6th round of … was held": the reporter of a clause
            # whose subject is the event noun takes no part in it (as for a named reporter above)
            x = None
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
    # "wrote a letter on Monday to Qatar's Minister …": a time adverbial before the addressee
    to_after_time = letter and bool(objs) and _TIME_THEN_TO.match(text, t0_end, objs[0].start) is not None
    kept: list[Person] = []
    for o in objs:  # objects() are coordinated: one kept keeps the ones coordinated after it
        if kept or o.start <= np_end or with_end or to_after_time or _WITH.search(text[t0_end : o.start][-100:]):
            kept.append(o)
    objs = kept
    repeat_with = False
    if talk and subs and objs:
        # "met with Prime Minister A and with Speaker B": the preposition repeated before the
        # second object tells two meetings, not one meeting of three
        nxt = next((p for p in region_persons if p.start > objs[-1].end), None)
        if nxt is not None and _AND_WITH.fullmatch(text, objs[-1].end, nxt.start):
            objs, repeat_with = objs + [nxt], True
    if len(objs) >= 2 and t0.text[-8:].lower() == " between" and any(o.country != objs[0].country for o in objs[1:]):
        subs = []  # "welcomed the meeting between A and B": the two sides are both named after it
    if talk and len(subs) == 1 and not objs and _FRONTED_SUBORDINATE.match(text) and (
        _PRONOUN_OBJECT.match(text, t0_end) or _PRONOUN_OBJECT.search(t0.text[-5:])
    ):
        # "Speaking when Ambassador X paid a courtesy call on her at her office, Vice-President Y
        # said …": the pronoun of a fronted subordinate clause is the main clause's subject
        comma = text.find(",", t0_end)
        main = next((p for p in ctx.persons if comma >= 0 and p.start > comma), None)
        if main is not None and main.name != subs[0].name and _MAIN_SUBJECT_GAP.fullmatch(text, comma, main.start):
            objs = [main]
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
        if x is None and talk and doc.planned_visits and _PRONOUN_OBJECT.match(text, t0_end) and ctx.cue("during_visit"):
            # "… will pay an official visit to Y from 16 to 19 November. During the visit, Foreign
            # Minister Z will hold talks with him.": the pronoun is the planned visit's visitor
            v = doc.planned_visits[-1]
            x = next((p for p, role in v.persons if role == "visitor"), None)
            if x is not None and any(q.name == x.name for q in subs):
                x = None
        objs = [x] if x else []
        if x is not None and x.start >= np_end:
            # "sat down with their counterparts, Foreign Minister A and Defence Minister B,": the
            # names coordinated with the one in apposition are objects too
            objs = objects(region_persons, text, x.start, g_hi) or objs
    if not objs and pron_obj:
        objs = pron_obj
    if talk and not objs and len(subs) == 1 and t0.text[-4:].lower() in (" him", " her"):
        # "His South African counterpart, B, had earlier met him on Tuesday": the pronoun object
        # is the latest person told before (not one of the subject's own country)
        sc = ctx.country(subs[0]) if subs[0] in ctx.persons else subs[0].country
        last = next((p for p in reversed(doc.history) if p.name != subs[0].name), None)
        pc = last and (last.country or doc.country_by_name.get(last.name) or doc.learned.get(last.name))
        if last is not None and sc is not None and pc != sc:
            objs = [last._replace(country=pc) if pc else last]
    if talk and not objs and len(subs) == 1 and _TOLD_DURING.match(text, subs[0].end, t0_start):
        # "X will visit Y next week, Prime Minister Z was told during a telephone conversation":
        # the reported clause's person of another country is the other side of the call
        zc = ctx.country(subs[0]) if subs[0] in ctx.persons else subs[0].country
        other = [p for p in region_persons if p.end <= subs[0].start and ctx.country(p) and ctx.country(p) != zc]
        objs = other[:1]
    if talk and not subs and not objs and may_match(ctx.low, _DYADIC_GATES[0]):
        # (from the trigger's comma: "That body, co-chaired by the two ministers, held …" whose
        # trigger is the participle itself)
        m = _BY_THE_TWO.search(text, max(g_lo, t0_start - 3) if t0.text[:3].lower() == "co-" else t0_end, g_hi)
        if m:  # "The sixth Binational Cabinet met in X, chaired by the two presidents": told before
            two = dyadic_persons(m.group("np"), doc)
            if len(two) == 2:
                subs, objs = [two[0]], [two[1]]
    if talk and may_match(ctx.low, _DYADIC_GATES[0]):
        m = _BETWEEN_THE_TWO.match(text, t0_end)
        if m is None and t0.text[-8:].lower() == " between":
            m = _THE_TWO_AFTER.match(text, t0_end)  # (the trigger ends on "between": "talks between")
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
        if not subs:
            # "In a message to X today, the President said …": the main clause's subject, named
            # by a title, is the latest other holder of that title
            m = _COMMA_TITLE_SUBJECT.search(text, objs[-1].end, g_hi)
            if m and "," not in text[objs[-1].end : m.start()]:
                y = resolve_title_np(m.group("np") + " ", ctx.places, m.start("np"), doc, {p.name for p in objs})
                subs = [y] if y is not None else []
    if letter and text_cue("reply", t0.text) and not text_rx(_LETTER_NOUN, t0.text):
        # a bare "replied": a reply to the latest letter of the document, sent by its addressee
        last = doc.last_letter
        if not last or not doc.last_letter_senders:
            return []
        addressees = {p.name for p in last[1]}
        if subs and addressees and not any(p.name in addressees for p in subs):
            return []
        if not subs and any(p.name in addressees for p in objs):
            # "In a reply on Tuesday, B thanked A": the addressee named after the adjunct replies
            subs = [p for p in objs if p.name in addressees][:1]
            objs = [p for p in objs if p.name not in addressees]
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
        if d.mechanism is None and d.round is None and doc.mechanism_rounds and not (subs or objs):
            # "The previous joint commission session was held in Dhaka", "The previous JCBC was
            # held in …" after "the fifth session of the X-Y Joint Commission (JCBC)": the session
            # before the latest one told of the body the phrase names (by its head words or its
            # acronym), even when another body's meeting was told in between
            prev = _previous_session(text, max(g_lo, t0_start - 60), t_end + 1, t0_start, doc)
            if prev is not None:
                d.mechanism, d.round, sides = prev
                explicit_sides, body = list(sides), False
        if body and (_ELLIPTIC_ROUND.match(t0.text) or _BARE_SESSION.match(t0.text)):
            body = False  # "The second followed in …", "the tenth session would be convened": the series told before (see below)
        if body and doc.last_meeting and d.mechanism is None:
            am = _ANAPHORIC_ROUND.search(text, max(g_lo, t0_start - 48), t0_end)
            if am and am.start() < t0_start < am.end():
                body = False  # "The previous round of consultations was held …": a round of the series told before
        if d.mechanism is None and body:
            head = _BODY_HEAD.match(text, t0_start)
            if head:  # "the Kenya-Ethiopia Joint Border Commission will meet"
                d.mechanism, span = name_before_head(text, t0_start, head.end(), g_lo)
        whose = _WHOSE_BEFORE.search(text, max(g_lo, t0_start - 40), t0_start)
        if d.mechanism is None and (_ITS_SESSION.search(t0.text) or whose):
            # "The Joint Boundary Commission (JBC), which …, will hold its next meeting": the
            # body is the subject the possessive refers to (a bilateral name, checked below);
            # "… established the X-Y Dialogue, whose first meeting will be held …": the relative's
            # antecedent
            head_lo = max(g_lo, ctx.clauses.bounds(g_lo)[0]) if not whose else max(0, t0_start - 200)
            head = next(_BODY_HEAD_WORD.finditer(text, head_lo, t0_start), None)
            if head:
                d.mechanism, span = name_before_head(text, head.start(), head.end(), g_lo)
                body = d.mechanism is not None
                o = _ORD_IN.search(whose.group(0)) if whose and d.round is None else None
                if d.mechanism is not None and d.round is None and not whose:
                    o = _ORD_IN.search(t0.text)  # "… Committee would hold its 7th meeting in …"
                d.round = parse_ordinal(o.group(0)) if o else d.round
        if d.mechanism is None and _POSSESSOR_BODY.match(t0.text):
            # "The Joint Commission's ninth meeting is due in X": the possessor names the body, a
            # body of the document's pair when its name does not say which
            head = _BODY_HEAD_WORD.match(text, t0_start)
            if head:
                d.mechanism, span = name_before_head(text, t0_start, head.end(), g_lo)
                d.mechanism = d.mechanism or head.group(0)
            if d.mechanism is None:
                d.mechanism = next((x for x in reversed(doc.mechanisms) if x.lower().endswith(t0.text.split("'")[0].split("’")[0].lower())), None)
            if d.mechanism is not None and not is_bilateral_name(d.mechanism) and len(doc.dyad) == 2:
                explicit_sides = list(doc.dyad)
            if d.round is None:
                o = _ORD_IN.search(t0.text)
                d.round = parse_ordinal(o.group(0)) if o else None
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
        if d.mechanism and d.round is None and ctx.ordinals():
            o = _FOR_THE_TIME.search(t0.text)  # "the Council met for the first time in May 2024"
            d.round = parse_ordinal(o.group("ord")) if o else None
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
    # "to meet Saudi business leaders", "in talks with Chinese contractors": the object is private
    # people, no side (nor is the country word before them)
    private = not objs and t0_end < np_end and _private_object(ctx, t0_end)
    object_countries = [] if private else list(dict.fromkeys([c.iso3 for c in actors if t0_end <= c.start < np_end]))
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
    if not bilateral and not private:
        for t in g.trigs:
            if text_rx(_WITH_CO, t.text):
                bilateral = True
                break
    if etype == "meeting" and d.mechanism is None and doc.mechanisms and len(doc.dyad) == 2 and ctx.ordinals():
        m = _THE_NTH_SESSION.search(text, max(g_lo, t0_start - 25), t0_end)  # (the trigger may start at its noun)
        if m and m.start() <= t0_start < m.end() and not any(t0_end <= p.start < g_hi for p in region_persons):
            # "They recalled that the 32nd Session was held in Cairo": a numbered session of the
            # body the document named last, between the document's two sides (the subject that
            # recalls it takes no part in it)
            d.mechanism, d.round = doc.mechanisms[-1], parse_ordinal(m.group("ord"))
            explicit = explicit or list(doc.dyad)
            subs = []
    if etype == "meeting" and bilateral and not (subs or objs or explicit):
        # "A received B in Jeddah. The two ministers … agreed to hold the first round in Asmara": the
        # sides of the paragraph's interaction (not the document's main pair)
        explicit = [p.country for p in _last_pair(doc)]
    if etype == "meeting" and not (subs or objs or explicit or d.mechanism or bilateral) and doc.last_meeting:
        # "The sixth round took place in X": a round of the latest meeting series told
        m = _BARE_ROUND.search(text, max(g_lo, t0_start - 20), t_end + 1)
        # ("…, following the eighth session in Cairo": the trigger opens on its preposition)
        lead = _TEMPORAL_LEAD.match(t0.text) or _HOLD_LEAD.match(t0.text)  # "… and decided to hold the fourth meeting"
        rnd = parse_ordinal(m.group("ord")) if m and m.start() <= t0_start + (lead.end() if lead else 0) else None
        if rnd is None and doc.last_round is not None:
            # "The second followed in Santiago in November 2024": the noun elided after a session
            em = _ELLIPTIC_ROUND.match(t0.text)
            rnd = parse_ordinal(em.group("ord")) if em else None
            if rnd is not None and not (rnd == doc.last_round + 1 or rnd < doc.last_round):
                # (the session after the one told, "the second" after "the first", or an earlier
                # one: "the fourth UK-Kenya Strategic Dialogue. The third was held in London")
                rnd = None
        if rnd:
            d.mechanism, d.round = doc.last_meeting[0], rnd
            explicit = list(doc.last_meeting[1])
        elif _THAT_SESSION.match(t0.text) and t0_start <= ctx.dl + 2:
            d.mechanism, d.round = doc.last_meeting[0], doc.last_round
            explicit = list(doc.last_meeting[1])
        elif _WHICH_LAST.match(t0.text):
            # "the 15th Summit, which had last been held in Lima": an earlier session of that body
            d.mechanism = doc.last_meeting[0]
            m = _FOR_THE_TIME.search(text, t0_start, t_end + 24)
            d.round = parse_ordinal(m.group("ord")) if m else None
            explicit = list(doc.last_meeting[1])
        else:
            m = _ANAPHORIC_ROUND.search(text, max(g_lo, t0_start - 48), t_end + 1)
            if m and m.start() <= t0_start + (lead.end() if lead else 0):
                d.mechanism = doc.last_meeting[0]
                d.round = parse_ordinal(m.group("ord")) if m.group("ord") else _next_round(m.group("det"), doc.last_round)
                explicit = list(doc.last_meeting[1])
    if etype == "meeting" and not explicit and len(doc.dyad) == 2 and _OF_JOINT.match(text, t_end):
        explicit = list(doc.dyad)  # "to hold the next meeting of the Joint Commission on Defence"
    if etype == "meeting" and d.mechanism is None and doc.last_meeting and doc.last_meeting[0] and doc.last_round:
        m = _THE_SESSION.search(text, max(g_lo, ctx.clauses.bounds(t0_start)[0]), t_end) or _THE_LONG_SESSION.match(
            text, max(g_lo, ctx.dl), t_end
        )
        if m and m.start() <= t0_start + 4:
            # "The Session will be co-chaired by …" (an official text's capitalised anaphor): the
            # session of the body told last
            d.mechanism, d.round = doc.last_meeting[0], doc.last_round
            explicit = explicit or list(doc.last_meeting[1])
        elif _CHAIRED_THE_SESSION.match(t0.text):
            # "X co-chaired the session from Islamabad" after "the 15th meeting of the JCC": the bare
            # definite session is the numbered session of the body told last
            d.mechanism, d.round = doc.last_meeting[0], doc.last_round
            explicit = explicit or list(doc.last_meeting[1])
    if etype == "meeting" and len(subs) == 1 and not objs and _CHAIRED_THE_SESSION.match(t0.text):
        # "A co-chaired the session from X, while B led the Chinese delegation from Y": the head of
        # the other delegation in a contrastive clause is the other side
        m = _WHILE_LED.search(text, t_end, g_hi)
        if m:
            other = next((p for p in region_persons if m.end() <= p.start < m.end() + 12), None)
            led = other and _LED_DELEGATION.search(text, other.end, min(g_hi, other.end + 160))
            if other is not None and led and other.name != subs[0].name:
                objs = [other]
    if etype == "meeting" and d.mechanism and d.round is None and doc.last_meeting and doc.last_meeting[0] \
            and (doc.last_meeting[0] == d.mechanism or doc.last_meeting[0].endswith(" " + d.mechanism)):
        # "The previous Annual Leaders' Meeting took place in Singapore" after the 7th: the 6th
        # ("The previous Joint Commission meeting" after "the 19th meeting of the India-Vietnam
        # Joint Commission": the body's name without its pair is the same body)
        m = _ANAPHORIC_ROUND.search(text, max(g_lo, t0_start - 48), t_end + 1)
        if m and m.start() <= t0_start and not m.group("ord"):
            d.round = _next_round(m.group("det"), doc.last_round)
            if d.round is not None:
                d.mechanism = doc.last_meeting[0]
    if etype == "meeting" and not (subs or objs) and _LEADERS_MEETING.search(text, max(g_lo, t0_start - 40), t_end):
        # "The two leaders confirmed that the Annual Leaders' Meeting will be held in Tokyo": a
        # leaders' meeting of two sides is between their two leaders told before
        told = [p._replace(country=ctx.country(p)) for p in ctx.persons if p.end <= t0_start]
        two = dyadic_persons("the two leaders", doc, told=told)
        if len(two) == 2 and set(doc.dyad) == {two[0].country, two[1].country}:
            subs, objs = [two[0]], [two[1]]
    if not (subs or objs or explicit or d.mechanism or bilateral):
        return []
    if not (subs or objs) and text_cue("nominal", t0.text) and _FRAME.search(text[max(0, t0_start - 12) : t0_start]):
        return []  # "during meeting between the two presidents": a frame for an event told elsewhere
    if etype == "meeting" and d.mechanism and may_match(ctx.low, ("chair",)):
        # "agreed on the holding of the 16th session …, under the co-chairmanship of A and B":
        # the session's chairs take part in it, not the subjects who agreed on it
        m = _CHAIRED_BY.search(text, t0_start, g_hi)  # (the trigger may be "co-chaired" itself)
        if m:
            chairs = [p for p in region_persons if m.end() <= p.start < m.end() + 160][:2]
            if len(chairs) == 1:
                # "co-chaired by Hon. A (MP), Minister for … of X, and H.E. Ms. B, Minister of …":
                # the second chair after the first one's long apposition, joined by "and"
                nxt = next((p for p in region_persons if chairs[0].end < p.start < m.end() + 360 and p.name != chairs[0].name), None)
                if nxt is not None and _AND_CHAIR.search(text, max(chairs[0].end, nxt.start - 30), nxt.start):
                    chairs.append(nxt)
            if chairs:
                subs, objs = chairs, []
    persons = ctx.persons
    country = ctx.country
    split = False
    if talk and subs and len(objs) >= 2:  # "X held talks with A and B"; but "co-chaired by A and B" is one meeting
        split = repeat_with or len({c for c in map(country, objs) if c}) >= 2
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
        # "X met Y in Geneva" in a story of X's country and another: a venue outside the story's
        # pair is a third country (a sideline meeting), not the unnamed side
        third = loc_c is not None and len(doc.dyad) == 2 and loc_c not in doc.dyad and set(e_countries) <= set(doc.dyad)
        if abroad and len(e_countries) == 1 and bilateral and not call and not third:
            _add_country(e, loc_c, "participant")
        if len(known) >= 2 and not any(known) and not e_countries and not (bilateral or reciprocal):
            continue  # nobody's country is stated: nothing says the meeting is international
        if len(e_countries) < 2 and not (objs or object_countries or d.mechanism or bilateral or reciprocal):
            continue  # "the cabinet meeting was held": no other side to fill from the dyad
        if reciprocal and None in known:
            # "A and B held talks": the two subjects are the two sides; the one whose country
            # is not stated is of the document's other country (not of the place of the talks)
            _fill_from_dyad(e, doc.dyad)
        elif len(e_countries) == 1 and loc_c and None in known and not call and not third:
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
                if e.mechanism and e.round:
                    doc.mechanism_rounds.setdefault(e.mechanism, []).append((e.round, e.status, tuple(e.countries)))
    if letter and drafts:
        doc.letter_told = True
    if letter and drafts and objs:
        addressees = [o if o.country else o._replace(country=country(o) if o in persons else None) for o in objs]
        doc.last_letter = (doc.paragraph, addressees)
        doc.last_letter_senders = [s if s.country else s._replace(country=country(s) if s in persons else None) for s in subs]
    return drafts


# "…, to whom she handed over a message": a subject pronoun right before the letter's verb
_PRONOUN_CARRIER = re.compile(r"\b(?:he|she|they)\s+(?:also\s+|then\s+|later\s+)?$", re.IGNORECASE)
# "… to His Majesty the Sultan", "to Her Excellency the President": an addressee named by a style
_TO_STYLED = re.compile(r"[^,;.]{0,6}?\s+to\s+(?-i:His|Her|Their)\s+(?-i:Majesty|Highness|Royal\s+Highness|Excellency)\s+(?-i:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*(?:[,.;]|$)")
# "a letter from the President of Kenya to …": a sender named only by a definite title
_FROM_THE_TITLE = re.compile(r"\s+from\s+(?P<np>the\s+(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,5}[A-Z][\w'’-]*)(?=\s+to\b|\s*[,.;]|\s*$)")
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


_LEADERS_MEETING = re.compile(r"\bLeaders['’]?\s+(?:Meeting|Summit)\b")
_OF_JOINT = re.compile(r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:joint|bilateral|binational|bi-national|intergovernmental)\s", re.IGNORECASE)
# "The Session will be co-chaired by …", "The Summit will take place …": a bare capitalised head
_CHAIRED_THE_SESSION = re.compile(
    r"(?:co-)?chair(?:ed|s)?\s+the\s+(?:session|meeting)\b(?!\s+(?:of|on|between)\b)", re.IGNORECASE
)
_WHILE_LED = re.compile(r",?\s+(?:while|whereas)\s+", re.IGNORECASE)
_LED_DELEGATION = re.compile(
    r"\b(?:led|headed)\s+the\s+(?:[\w-]+\s+){0,2}(?:delegation|side)\b", re.IGNORECASE
)
# ("The Ministerial Session was co-chaired by …": a part of that session named by its level)
_THE_SESSION = re.compile(
    r"^\s*(?:The|the)\s+(?:(?-i:Ministerial|Plenary|Technical|Opening|Closing|Senior\s+Officials['’]?|Expert-Level)\s+)?"
    r"(?-i:Session|Summit|Meeting|Commission|Dialogue)\b(?!\s+(?:of|on|between)\b)"
)
# "The two-day session, which opened on Sunday, was co-chaired by …": a definite session of a told
# length opening the sentence is the session just told
_THE_LONG_SESSION = re.compile(
    r"\s*(?:The|the)\s+[\w-]+-day\s+(?:session|meeting|summit|consultations|talks)\b(?!\s+(?:of|on|between)\b)", re.IGNORECASE
)
# ("following the 11th "2+2" held in …", "since the 10th JC in …": the body's acronym or quoted
# short name in place of the noun)
_BARE_ROUND = re.compile(
    expand(rf"\bthe (?P<ord>{ORDINAL_TRIE_RX}) (?:(?:(?-i:[A-Z]{{2,6}}) )?(?:round|session|edition|meeting)\b(?! of\b)"
           r"|[\"“][^\"“”]{1,12}[\"”] (?:held )?(?:in|at) |(?-i:[A-Z]{2,8}) (?:held )?(?:in|at) )"), re.IGNORECASE
)
# "Its fourth session was held …", "The last session of the commission was held …", "The next
# round is expected to …": a session of the meeting series told before, named by a possessive or
# a last/next/previous determiner (an ordinal, when stated, is its round)
_ANAPHORIC_ROUND = re.compile(
    expand(
        # ("The previous, 10th meeting was held in X": a comma may set the ordinal off)
        rf"\b(?:its|their|the (?P<det>last|next|previous|latest|following|preceding),?) (?:(?P<ord>{ORDINAL_TRIE_RX}) )?"
        r"(?:(?-i:[A-Z])[\w'’-]* ){0,4}(?:round|session|edition|meeting|summit|(?-i:Retreat))\b(?: of the (?:commission|committee|working group|dialogue|council|mechanism|consultations|forum|(?-i:[A-Z]{2,6}))\b"
        # ("The previous round of consultations was held …": a bare plural noun of talks)
        r"| of (?:consultations|talks|negotiations|discussions)\b)?"
    ),
    re.IGNORECASE,
)


def _private_object(ctx: _Sentence, end: int) -> bool:
    """Is the object after the trigger ending at ``end`` a noun of private people (the ``private``
    cue class: "business leaders", "investors", "contractors"), after at most an article, a
    country word and one modifier?  "to meet Saudi business leaders", "in talks with Chinese
    contractors": no side of a meeting."""
    m = ctx.cue("private", end, min(ctx.n, end + 50))
    if m is None or _PRIVATE_GAP.fullmatch(ctx.text, end, end + m.start()) is None:
        return False
    # "met Japanese business leaders and cabinet ministers", "Chinese investors and the Chinese
    # Premier": a conjunct of state people after the private noun makes the meeting a real one
    # ("business leaders and investors": private people both)
    c = _PRIVATE_AND.match(ctx.text, end + m.end())
    if c is None:
        return True
    nxt = ctx.cue("private", c.end(), min(ctx.n, c.end() + 40))
    return nxt is not None and _PRIVATE_GAP.fullmatch(ctx.text, c.end(), c.end() + nxt.start()) is not None


_PRIVATE_AND = re.compile(r"\s*(?:,\s*)?(?:and|as well as|along with|together with)\s+")
_PRIVATE_GAP = re.compile(
    r"\s*(?:(?:with|to)\s+)?(?:(?:the|a|an|some|several|local|foreign|visiting)\s+)?(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w-]*\s+)?"
)


# "the previous joint commission session", "the preceding JCBC": a body named by its lower-case
# head words or its acronym, with or without a session noun
_PREVIOUS_BODY = re.compile(
    r"\bthe (?:previous|preceding) (?:(?P<body>(?:[a-z][\w'’-]* ){0,3}?(?:commission|committee|council|dialogue|working group|"
    r"forum|mechanism|consultations))|(?P<acr>(?-i:[A-Z][A-Z0-9&+]{1,7})))(?: (?:round|session|edition|meeting|sitting|plenary))?\b",
    re.IGNORECASE,
)


def _previous_session(text: str, a: int, b: int, t0_start: int, doc: DocContext) -> tuple[str, int, tuple[str, ...]] | None:
    """(mechanism, round, countries) of "the previous <body> …" in text[a:b] opening at or before
    the trigger: the round before the latest one told of the body it names."""
    m = _PREVIOUS_BODY.search(text, a, b)
    if m is None or m.start() > t0_start:
        return None
    if m.group("acr"):
        name = doc.acronyms.get(m.group("acr"))
    else:
        words = m.group("body").lower()
        name = next(
            (x for x in reversed(list(doc.mechanism_rounds)) if re.search(rf"\b{re.escape(words)}\b", x.lower())), None
        )
    if name is None or name not in doc.mechanism_rounds:
        return None
    # the session before the latest one held (a session only planned so far: the one before it)
    told = doc.mechanism_rounds[name]
    held = [x for x in told if x[1] == "occurred"]
    rnd, _, sides = max(held) if held else min(told)
    return (name, rnd - 1, sides) if rnd > 1 else None


def _next_round(det: str | None, last: int | None) -> int | None:
    """The round "the previous <meeting>" names: the one before the latest round told ("last"
    and "next" are relative to the time of writing, not to the round told: no number)."""
    if not det or not last or det.lower() not in ("previous", "preceding"):
        return None
    return last - 1 if last > 1 else None


_SPOKE_WITH = re.compile(r"(?:spoke|speaks)\s+(?:[a-z]+\s+){0,2}(?:with|to)\b", re.IGNORECASE)
_TITLE_NP_AND = re.compile(
    r"(?:^|[^\w’'])(?P<np>(?i:the)\s+(?:[A-Z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+and\s+"
    # ("The Minister and her Chilean counterpart, Foreign Minister X, …": the named person in
    # apposition to the counterpart)
    r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}counterpart\s*,\s*)?"
    # ("the Deputy Prime Minister and Foreign Minister and Secretary X": a compound title first)
    r"(?:(?:[A-Z][\w.'’-]*|of|for|(?<=Minister\s)and)\s+){0,6}$"
)
# the gap between two objects that repeats the preposition: " and with Chairman of the Senate "
_AND_WITH = re.compile(
    r"\s*,?\s*and\s+(?:also\s+|later\s+|then\s+|separately\s+)?with\s+(?:(?:[A-Z][\w.'’-]*|of|the|for|and)\s+){0,8}"
)
_LEADER_AND = re.compile(r"\bthe\s+(?-i:[A-Z])[\w-]+\s+leader\s+and\s+", re.IGNORECASE)


_BY_THE_TWO = re.compile(
    r",\s+(?:(?:co-)?(?:chaired|led|presided\s+over|attended)\s+by|when|where|at\s+which)\s+"
    r"(?P<np>(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}?[\w-]+s)\b",
    re.IGNORECASE,
)
# a sentence opening on a subordinate or participial clause: "Speaking when …", "When …", "After …"
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:(?-i:[A-Z])[a-z]+ing\s+(?:when|after|as|during)\b|(?:When|While|As|After|Before)\b)")
# from the clause's comma to the main clause's subject: ", Mrs ", ", Vice-President ", ", the minister, "
_MAIN_SUBJECT_GAP = re.compile(r",\s*(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4})?")
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them)\b", re.IGNORECASE)


def _sentence_leader(ctx: _Sentence, iso3: str, before: int) -> Person | None:
    """The first person of the sentence before ``before`` serving ``iso3`` under a leader's title."""
    leaders = _leader_titles()
    for p in ctx.persons:
        if p.start < before and ctx.country(p) == iso3 and any(t and t.lower() in leaders for t in p.titles):
            return p._replace(country=iso3)
    return None


# (greedy: "between the two Prime Ministers on …" keeps the whole title for dyadic_persons)
_BETWEEN_THE_TWO = re.compile(r"\s+between\s+(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)
_THE_TWO_AFTER = re.compile(r"\s+(?:the\s+two|both)\s+(?:[\w-]+\s+){0,2}[\w-]+", re.IGNORECASE)
_IN_HIS_LETTER = re.compile(r"(?:in|via|through)\s+(?:his|her|their)\s+(?:letter|message|cable)\b", re.IGNORECASE)
_ITS_SESSION = re.compile(r"\b(?:its|their)\s", re.IGNORECASE)
_BODY_HEAD_WORD = re.compile(r"\b(?-i:Commission|Committee|Working Group|Council|Forum|Mechanism|Dialogue)\b")
# "That meeting, officials said, will be held in X next month": the session the sentence before told
_THAT_SESSION = re.compile(r"(?:that|this)\s+(?:meeting|session|round|sitting)\b", re.IGNORECASE)
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_THE_BODY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:joint\s+)?(?P<head>committee|commission|council|working\s+group|forum|mechanism)\s+"
    r"(?:(?:also|then|last|later|previously|first|has|had|have|will|would|is\s+to)\s+)*$"
)
_POSSESSOR_BODY = re.compile(r"(?:commission|committee|council|forum|dialogue|mechanism|group|cabinet)['’]s\s", re.IGNORECASE)
_ORD_IN = re.compile(rf"\b{ORDINAL_TRIE_RX}\b", re.IGNORECASE)
_FOR_THE_TIME = re.compile(expand(rf" for the (?P<ord>{ORDINAL_TRIE_RX}) time\b"), re.IGNORECASE)
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


_HE_SHE = re.compile(r"\b(?:He|She)\s+$")
# a subject "they" opening its sentence or clause right before the trigger: "They also spoke by phone"
_THEY_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|,\s+and\s+|\band\s+)\s*(?-i:They|they)\s+(?:(?:also|later|then|last|again|subsequently|"
    r"previously|first|had|have|will|would|briefly|separately)\s+){0,2}$"
)
# a subject "they" opening its clause, then up to three words that carry a plan cue ("agreed to")
_THEY_THEN = re.compile(r"(?:^|[.;:]\s+|,\s+and\s+|\band\s+)\s*(?-i:They|they)\s+(?P<rest>(?:[\w-]+\s+){1,3})$")


def _they_plan(text: str, lo: int, pos: int) -> bool:
    """Does a plural "they" plan the trigger right after it ("They agreed to hold …", "they
    decided to convene …": the plan cues of event_triggers.csv)?"""
    m = _THEY_THEN.search(text, max(lo, pos - 40), pos)
    return m is not None and text_cue("planned", m.group("rest"))


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
    if d.event_type == "meeting" and any(par == doc.paragraph and names <= seen for par, seen in doc.interactions):
        return []  # the joint act of a meeting, call or visit already told
    if d.event_type != "phone_call":  # ("A and B discussed X by telephone": a call has no place)
        d.location, d.location_country = find_location(ctx.text, ctx.places_in(g.lo, g.hi), t0.start, ctx.caption, ctx.low)
    for iso3, p in sides.items():
        _add_person(d, p, "participant", iso3)
        _add_country(d, iso3, "participant")
    return [d]
