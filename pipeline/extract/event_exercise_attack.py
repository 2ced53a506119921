"""Military exercises, attacks and the establishment of diplomatic relations of one sentence: their
sides, place and series (see :mod:`pipeline.extract.event_sentence`); and the later sentence that
dates an attack told before ("The attack took place on Saturday", :func:`redate_attacks`).
"""

from __future__ import annotations

import re

from pipeline.extract.event_dates import to_value
from pipeline.extract.event_lexicon import expand
from pipeline.extract.event_mechanism import find_named_series, find_series, ordinal_before
from pipeline.extract.event_model import DateValue, DocContext, Draft, SentenceInput
from pipeline.extract.event_numbers import CARDINAL_RX, parse_cardinal, parse_ordinal
from pipeline.extract.event_participants import ACTOR_KINDS, _DYADIC
from pipeline.extract.event_places import find_location
from pipeline.extract.event_sentence_state import _Sentence, _add_country, _add_person, _fill_from_dyad
from pipeline.extract.event_text import dateline_end
from pipeline.extract.event_trigger_find import Group, _local_start, text_cue

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


# a sentence (after a dateline or an opening adverbial) that starts with "The <ordinal> edition"
_OPENING_EDITION = re.compile(r"\s*(?:[^,.;]{0,40},\s*)?(the)\s+\S+\s+edition\b", re.IGNORECASE)
# "the 14th edition will be held …", ", and the second at …": an edition of the series told before it
_BARE_EDITION = re.compile(r"the\s+\S+\s+edition\s+(?!of\b)|to\s+\w+\s+(?:its|their|the)\s+\S+\s+edition\b(?!\s+of\b)|and\s+the\s+\S+\s+(?:edition\s+|one\s+)?(?:at|in|off|near)\b", re.IGNORECASE)

_EDITION_AHEAD = re.compile(r"the\s+\S+\s+edition\s+(?:will|would|shall|is\s+to|is\s+(?:due|expected|scheduled|set)\s+to)\b", re.IGNORECASE)
_EDITION_OF_QUOTED = re.compile(r"(?:the\s+)?(?P<ord>\S+)\s+(?:edition|iteration)\s+of\s+[\"“‘](?P<name>[^\"“”‘’]+)[\"”’]", re.IGNORECASE)
_TO_EDITION = re.compile(r"to\s+\w+\s+(?:its|their|the)\s+(?P<ord>\S+)\s+edition\b(?!\s+of\b)", re.IGNORECASE)


def _build_exercise(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    series_told = None
    if _BARE_EDITION.match(t0.text) and (
        not any(x.etype == "military_exercise" and x.start < t0.start and not _BARE_EDITION.match(x.text) for x in ctx.trigs)
        or (t0.text[:3].lower() == "and" and text[max(0, t0.start - 2) : t0.start] != ", ")
    ):
        # "the 14th edition will be held …": an edition of an exercise only after one told; a
        # sentence opening with it continues the named series of the sentence before
        # ('… the 12th edition of the exercise "X" in November. The 11th edition took place …')
        edition = _OPENING_EDITION.match(text, ctx.dl)
        if ctx.doc.last_exercise and edition and edition.start(1) == t0.start and t0.text[:3].lower() == "the":
            series_told = ctx.doc.last_exercise
        elif ctx.doc.last_exercise_paragraph == ctx.doc.paragraph and _EDITION_AHEAD.match(t0.text):
            # "… the first naval exercise, held in August. They agreed that the second edition
            # will be held in 2027": the next edition of the exercise told in the paragraph
            series_told = ctx.doc.last_exercise or ""
        else:
            return []
    quoted_edition = _EDITION_OF_QUOTED.match(t0.text)
    if quoted_edition:
        # 'the tenth edition of "X" would be held …': an edition of the exercise series told before
        # (not of a quoted festival or forum)
        name = quoted_edition.group("name").strip()
        if not ctx.doc.last_exercise or ctx.doc.last_exercise.lower() != name.lower():
            return []
        series_told = name
    if text_cue("plural", t0.text):
        # (the date must be the drills' own: "spoke by phone on Tuesday and agreed to deploy joint
        # patrols" dates the call, not the patrols)
        own = _local_start(text, g.lo, t0.start, ctx.low)
        told = [y.start for y in ctx.trigs if y.etype != "military_exercise" and y.start < own]
        if not any(
            g.lo <= x.start < g.hi and not any(y < x.start < own for y in told) for x in ctx.dates
        ):
            return []
    d.mechanism, d.round = find_series(text, g.lo, g.hi)
    if d.mechanism is None:
        name, rnd, span = find_named_series(text, g.lo, g.hi)
        quoted = span is not None and span[0] > 0 and text[span[0] - 1] in "\"“‘'"  # 'the "Gulf of Aden Shield" exercise'
        if name and (quoted or not any(span[0] <= c.start < span[1] for c in ctx.places)):  # "the Chinese naval drill"
            d.mechanism, d.round = name, rnd
    if quoted_edition:
        d.mechanism, d.round = series_told, parse_ordinal(quoted_edition.group("ord"))
    elif series_told is not None:
        d.mechanism, d.round = series_told or None, parse_ordinal(t0.text.split()[1])
    to_edition = _TO_EDITION.match(t0.text)
    if to_edition:
        # "… conducted in July, and decided to hold its third edition in 2027": the next edition
        # of the exercise this sentence told, between the sides it named
        told = ctx.doc.last_exercise
        d.mechanism = told if told and told in text[: t0.start] else None
        d.round = parse_ordinal(to_edition.group("ord"))
    d.round = d.round or ordinal_before(text, t0.start)
    if d.mechanism:
        ctx.doc.last_exercise = d.mechanism
    ctx.doc.last_exercise_paragraph = ctx.doc.paragraph
    region_places = ctx.places_in(g.lo, g.hi)
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption, ctx.low)
    for p in ctx.persons:
        if g.lo <= p.start < g.hi:
            _add_person(d, p, "participant", ctx.country(p))
    for c in ctx.actors_in(0 if to_edition else g.lo, g.hi):
        _add_country(d, c.iso3, "participant")
    if d.countries:
        # "the exercise held off Malé with the participation of Sri Lanka": the sides told in the
        # document take part beside the one named; the place's country does not stand in for them
        _fill_from_dyad(d, ctx.doc.dyad)
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
    if not victims and not region_dates and d.location_country is None and (
        d.casualties is None or len({c.iso3 for c in ctx.actors_in(g.lo, g.hi)}) < 2
    ):
        # (a deadly lede naming two countries without the day: "Gunmen ambushed a bus near the
        # crossing between A and B, killing seven", its day told in the next sentences)
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


# "The attack took place on Saturday …": the date of the attack told before
_TOOK_PLACE = re.compile(
    r"^\s*(?:The|This|That)\s+(?:attack|ambush|assault|bombing|blast|explosion|raid|shooting)\s+"
    r"(?:took\s+place|happened|occurred|was\s+carried\s+out)\b"
    # "Gunmen opened fire on the convoy on Sunday …": the attack told by its perpetrators' act
    r"|^\s*(?:(?:Suspected|Armed|Unidentified|Unknown)\s+)?(?:[Gg]unmen|[Mm]ilitants|[Aa]ttackers|[Ii]nsurgents|[Aa]ssailants|"
    r"[Ff]ighters|[Rr]ebels|[Bb]andits|[Tt]errorists|A\s+suicide\s+bomber)\s+(?:opened\s+fire|ambushed|attacked|stormed|struck|raided|"
    r"detonated|fired)\b"
    # "The bus, operated by …, was travelling … when it came under fire on Monday": the target's lot
    r"|^\s*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:bus|minibus|convoy|vehicle|patrol|train|truck|lorry|car|van|coach|"
    r"boat|vessel|checkpoint|post|camp)\b[^.;!?]{0,160}?\b(?:came\s+under\s+(?:fire|attack)|was\s+(?:attacked|ambushed|"
    r"fired\s+(?:on|upon)|targeted))\b"
    # "The explosive device detonated as the bus passed …": the weapon's act
    r"|^\s*(?:The|A|An)\s+(?:[\w-]+\s+){0,2}(?:device|bomb|IED|explosives?|mine|charge)\s+"
    r"(?:detonated|exploded|went\s+off|blew\s+up|tore\s+through|struck|hit)\b"
)
_REACTION_BEFORE = re.compile(
    r"(?:\b(?:condemned|condemns|condemning|denounced|denounces|deplored|deplores|mourned|decried|decries)\s+"
    r"(?:the\s+|an\s+|a\s+|this\s+|that\s+)?"
    # (quoted epithets too: 'condemning the "cowardly and criminal attack"')
    r"|\b(?:days|hours|weeks|a\s+day|a\s+week|shortly|soon|months)\s+(?:after|following)\s+(?:the\s+|an?\s+)?"
    r"|\b(?:in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?:the\s+|an?\s+)?"
    # "pledged on Wednesday to hunt down those responsible for a deadly assault": the culprits of
    # an attack told for itself (its day is not the pledge's)
    r"|\b(?:responsible\s+for|perpetrators\s+of|culprits\s+(?:of|behind)|those\s+behind|masterminds?\s+(?:of|behind))\s+(?:the\s+|an?\s+|this\s+|that\s+)?)"
    # "signed a protocol on Wednesday, days after a deadly bombing": the day is the main event's
    r"(?:[\w\"“”‘’'-]+\s+){0,3}[\"“‘']?$",
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
    text = ctx.text
    # ("…, officials said Tuesday": the day of the report is not the attack's)
    dv = next(
        (
            v
            for v in (
                to_value(x) for x in ctx.dates
                if x.start >= dl + m.end() and not _SAID_BEFORE.search(text, max(0, x.start - 40), x.start)
            )
            if v
        ),
        None,
    )
    if dv is None:
        return
    doc = ctx.doc
    for e in doc.attacks:
        if "own_date" not in e.flags and e.status == "occurred":
            e.date = dv
            e.flags.add("own_date")
            doc.redated.append(e)
