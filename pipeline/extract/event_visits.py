"""Visits and invitations of one sentence: visitor, host, destination (see
:mod:`pipeline.extract.event_sentence`, steps 3 and 4).

A visit's destination is the country or city after the trigger, before "visit", or after the
visitor ("the visit of X to Dhaka"); "the visit of Foreign Minister X to Y" names the visitor;
"X arrived … and was received by Y": Y hosts.  A missing destination or counterpart country comes
from the document's dyad.  An invitation has an inviter, an invitee and the place of the visit.
"""

from __future__ import annotations

import re

from pipeline.extract.event_group_subjects import crowd_subject
from pipeline.extract.event_model import Draft
from pipeline.extract.countries import person_stopwords
from pipeline.extract.event_participants import (
    ACTOR_KINDS,
    bare_name,
    resolve_counterpart,
    resolve_title_np,
    subjects,
)
from pipeline.extract.event_places import (
    CITY_KINDS,
    PLACE_NAME_KINDS,
    _ONLY_THE,
    _object_np_end,
    find_destination,
    find_location,
)
from pipeline.extract.event_sentence_state import _Sentence, _add_country, _add_person, _fill_from_dyad
from pipeline.extract.event_trigger_find import Group, text_cue, text_rx

_INVITE_TO = re.compile(
    r"\bto\s*$|\bto\s+(?:visit|attend|pay\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to|(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to)\b"
    # ("invited him for a state visit", "invited him on a state visit": the visit he is invited for, its
    # place after it or the inviter's)
    r"|\b(?:for|on)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\b",
    re.IGNORECASE,
)

_VISIT_BY = re.compile(r"^\s*(?:by|of)\s+(?:the\s+)?$", re.IGNORECASE)
_DEST_OF_VISITOR = re.compile(
    r"\s*(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:by|of)\s+(?:the\s+)?"
    # (an apposition's comma: "the Official Visit to Guyana of the Prime Minister of Barbados, Ms. X")
    r"(?:(?:[A-Z][\w.'’-]*,?|of|for|the)\s+){0,8}"
)
_WHO_REL = re.compile(
    r"\s*,\s*who\s+(?:(?:will|would|is|are|was|also|later|then|soon|to|due|set|expected|scheduled)\s+)*$", re.IGNORECASE
)
# ("the invitation of the Ghanaian leadership for President X to visit": the genitive names the
# inviter, the invitee follows "for"; "an invitation has been extended to President X to visit")
_INVITEE = re.compile(r"\b(?:invited|invites|invite|inviting|invitation\s+(?:of\s+[^.;,]{1,60}?\s+(?=for\s))?"
                      r"(?:(?:(?:has|had)\s+been|was|is)\s+(?:extended|conveyed|sent|issued)\s+)?(?:for|to|from))\s+",
                      re.IGNORECASE)


def _build_visit(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    if crowd_subject(text, g.lo, t0.start):
        return []  # "some 416,000 Indians visited Sri Lanka", "87,000 pilgrims travelled to Iraq"
    region_persons = ctx.persons_in(g.lo, g.hi)
    hosted_by = text_rx(_BY_END, g.trigs[-1].text)  # "X arrived … and was received by Y": Y hosts
    # "the visit of Foreign Minister X to Y": X is the visitor
    described = not hosted_by and text_cue("full_np", t0.text)
    visitors = [] if described else subjects(region_persons, text, g.lo, t0.start)
    if not visitors and not described:
        # "… the forthcoming visit of Foreign Minister X, who will pay an official visit to Y next
        # week": the subject of a relative clause is the person it hangs on
        rel = _WHO_REL.search(text, max(0, t0.start - 50), t0.start)
        ante = [p for p in ctx.persons if rel and p.end <= rel.start()] if rel else []
        if ante and rel and text[ante[-1].end : rel.start()].strip() == "":
            visitors = ante[-1:]
    titled = None  # the country of a visitor named only by a title ("the visit of the UAE President")
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
        if not by and not described and t0.text[-3:].lower() == " to":
            # "the state visit to Japan of President of Mongolia X": the visitor after the destination
            for p in region_persons:
                m = _DEST_OF_VISITOR.fullmatch(text, t0.end, p.start) if t0.end < p.start < t0.end + 120 else None
                if m and any(c.start == m.start("place") and c.kind in PLACE_NAME_KINDS | ACTOR_KINDS for c in ctx.places):
                    by = [p]
                    break
        if described and not by:
            tnp = _OF_TITLE_NP.match(text, t0.end)
            if tnp:
                # "the state visit of the UAE President to Pakistan": the titled visitor (the latest
                # holder of the title told), never the subject of the clause around the phrase
                x = resolve_title_np(tnp.group("np") + " ", ctx.places, tnp.start("np"), ctx.doc, set())
                by = [x] if x else []
                if x is None:
                    titled = next((c.iso3 for c in ctx.actors if tnp.start("np") <= c.start < tnp.end("np")), None)
            else:
                by = subjects(region_persons, text, g.lo, t0.start)
        sub = by[:1] or [x for x in [ctx.pronoun_subject(t0, g.lo, g.hi) or ctx.title_subject(t0, g.lo, set())] if x]
        by_reference = not by and bool(sub)  # the visitor named by a pronoun or a title told before
        if not sub:
            c_lo0, _ = ctx.clauses.bounds(t0.start)
            x = bare_name(text, max(g.lo, c_lo0, ctx.dl), t0.start, ctx.places, ctx.doc)
            sub = [x] if x else []
        visitors = sub
    else:
        by_reference = False
    dest = None
    if described and visitors and visitors[0].start >= t0.end:
        # "the visit of X to Dhaka": the destination follows the visitor
        after = visitors[0].end
        dest = next((c for c in ctx.places if c.start >= after and c.kind in PLACE_NAME_KINDS
                     and _TO_PLACE.fullmatch(text, after, c.start)), None)
    elif not described or rel:
        # ("the visit that X will pay to Chile": the destination follows the relative clause)
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
    if not visitors and visitor_country is None and titled:
        visitor_country = titled
    if (not visitors and visitor_country is None and host and ctx.doc.home and ctx.doc.home != host
            and _BARE_TITLE_POSSESSIVE.search(text, max(g.lo, t0.start - 90), t0.start)):
        # "ISLAMABAD: The Foreign Office described the Deputy Prime Minister's visit to China …": an
        # office named without a country in a home-datelined report is the home country's
        visitor_country = ctx.doc.home
    if not visitors and visitor_country is None:
        return []  # no visitor named: not a visit between two countries
    if host is None and visitor_country and visitor_country in ctx.doc.dyad:
        host = next((c for c in ctx.doc.dyad if c != visitor_country), None)
    if visitor_country is None and host and host in ctx.doc.dyad:
        visitor_country = next((c for c in ctx.doc.dyad if c != host), None)
    corrected = None
    if host and visitor_country == host and by_reference and _visitor_on_tour(ctx, visitors[0], host):
        # "Sri Lankan President P is paying a state visit to China … . Chinese President W held a
        # ceremony for P. The President will visit Chengdu on 11 April": a title or pronoun that
        # resolves to the host's holder travelling at home is the visitor's further leg
        visitors = [ctx.doc.last_visitor]
        visitor_country = ctx.doc.last_visitor.country
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
        for p in [] if titled and not visitors else region_persons:
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


def _visitor_on_tour(ctx, x, host: str) -> bool:
    """Is the latest visitor told (of another country, with the same title head as ``x``) visiting
    ``host``?"""
    v = ctx.doc.last_visitor
    if v is None or v.name == x.name or not v.country or v.country == host:
        return False
    if ctx.doc.current_visit is None or ctx.doc.current_visit.host != host:
        return False
    heads = {t.split()[-1].lower() for t in ctx.doc.titles_by_name.get(v.name, ()) if t}
    return any(t.split()[-1].lower() in heads for t in ctx.doc.titles_by_name.get(x.name, ()) if t)


_COUNTRY_KINDS = frozenset({"name", "alias", "short"})
_DIPLOMATIC_VISIT = re.compile(r"\b(?:state|official|working|goodwill)\s+visit", re.IGNORECASE)
_NOT_OBJECT = re.compile(
    r"^\s*(?:[,;:.()\"“”]|$|(?:in|on|at|to|from|for|with|since|during|after|before|last|this|next|"
    r"earlier|later|recently|twice|again|also|early|late|and|as|by|when|while|where|which|who|"
    r"amid|under|over|upon|following|together)\b)",
    re.IGNORECASE,
)
_VISIT_THAT = re.compile(
    r"\bvisit\s+(?:that|which)\s+(?P<np>(?:[\w.'’-]+,?\s+){0,11}?[\w.'’-]+),?\s+(?:will|would|is\s+to|is\s+due\s+to)\s+(?:pay|make|undertake)\b",
    re.IGNORECASE,
)
# after "visit of": a determiner and a title without a name ("the UAE President", "the Emirati Foreign Minister")
_OF_TITLE_NP = re.compile(
    r"\s*(?P<np>(?:(?:the|its|their)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:President|Prime\s+Minister|Premier|King|Queen|Emir|Amir|Sultan|"
    r"Crown\s+Prince|Chancellor|Foreign\s+Minister|Minister(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?|Vice\s+President))"
    r"(?=\s+(?:to|of|in|at|on|next|this|later|for|from)\b|[,.;])"
)
_TITLE_WORDS = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,6}"
    # "the state visit of President of the Republic of Peru X": a title with its country complement
    r"|\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}?(?:of\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}?){1,2}"
    # "the State Visit of the President of the French Republic, Mr X": a title with its complement
    r"|\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,8}?[A-Z][\w.'’-]*,\s*(?:[A-Z][\w.'’-]*\s+){0,2}"
)
# "Minister for Railways ", "Minister of Development, Industry, Trade and Services " (a portfolio list)
_TITLE_PHRASE = re.compile(r"\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*(?:,(?=\s+[A-Z]))?|of|for|and)\s+){0,10}")
_WITH_END = re.compile(r"\b(?:with|between|call(?:ed|s|ing)?\s+on)$", re.IGNORECASE)  # "called on (Minister for X) B"

_HERE_END = re.compile(r"\bhere$", re.IGNORECASE)
_BY_END = re.compile(r"\b(?:received|welcomed|greeted) by$", re.IGNORECASE)  # case-sensitive: "Indian External Affairs Minister "
_TO_PLACE = re.compile(r",?\s+to\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Sultanate|Federation|Commonwealth)\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
_LOCATIVE_END = re.compile(r"\b(?:in|to)$", re.IGNORECASE)  # "arrived in", "trip to": a place follows
_PROPER_PLACE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _proper_place(phrase: str) -> bool:
    """A bare proper name ("Nakhchivan"), no article, none of its words a common capitalised
    noun of the persons' stop list (institutions, months: "Mayo Hospital", "Foreign Office")."""
    return bool(_PROPER_PLACE.fullmatch(phrase)) and not any(w in person_stopwords() for w in phrase.split())


# "the Deputy Prime Minister and Foreign Minister's visit to": a possessive title without a country
_BARE_TITLE_POSSESSIVE = re.compile(
    r"\bthe\s+(?:(?:Deputy|Vice|First|Prime|Foreign|Defen[cs]e|Interior|Finance|Trade|Commerce|Chief|Federal|State|"
    r"Minister|President|Premier|Secretary|Chancellor|Speaker|Chairman|Chair|of|for|and|Affairs|General|Staff|Army|"
    r"Navy|Air|Force)\s+){0,7}(?:Minister|President|Premier|Secretary|Chancellor|Speaker|Chairman|Chief\s+of\s+\w+\s+Staff)"
    r"['’]s\s+(?:(?:official|state|working|first|recent|maiden|two-day|three-day|four-day|five-day)\s+)?$"
)
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
        to = _FROM_TO.search(text, a, b)
        addressed = [p for p in ctx.persons if to.end() <= p.start < b] if to is not None else []
        if addressed:
            # "an invitation from the Foreign Minister of Z to Foreign Minister Y to visit Z": the
            # one named after "to" is invited (not "from the Adviser to the President of Z": a title)
            before = addressed
            invitees = [p for p in invitees if p.start < to.start()]
            b = to.start()
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
        elif c_lo0 > g.lo and inviters[-1].start >= c_lo0:
            # "When A spoke with B by phone, B invited him for a state visit": the pronoun is the
            # other person of the clause before, not the inviter (the latest one named there);
            # only when the inviter is the subject of the pronoun's own clause
            before = [p for p in ctx.persons_in(g.lo, c_lo0) if p.name not in exclude]
            invitees = before[-1:]
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


_FROM_TO = re.compile(r"\s+to\s+(?=(?:the\s+)?[A-Z])")
# the person right after one of these is an object ("paid a courtesy call on Chile's President, X")
_OBJECT_BEFORE = re.compile(r"\b(?:on|to|with|met|meets|received|receives|hosted|called\s+on)\b[^.;]{0,30}$", re.IGNORECASE)
_PRONOUN_ONLY = re.compile(r"\s*(?:him|her|them)\s*", re.IGNORECASE)
