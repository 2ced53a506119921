"""Event mentions of ONE candidate sentence: triggers → events with participants, place, mechanism.

Steps (each a rule a linguist would write for any English news text):

1. Find every trigger of ``event_triggers.csv``; drop those that a context cue cancels: negation
   ("did not meet"), modality ("should hold talks"), generic quantifiers ("regular joint drills"),
   temporal anchors ("since the establishment of diplomatic relations"), anniversaries,
   "attended the <meeting>" (the purpose of a visit), anaphoric "the meeting with …".
2. Merge overlapping triggers; triggers of one type separated by a clause boundary become separate
   events when both sides carry their own person or date ("X is paying a state visit …, and Y's
   state visit … lasts …"; "killed in an attack in October, following an attack in March").
3. Per event: subject = the nearest person before the trigger plus persons coordinated with it;
   objects = the persons after it.  Coordinated objects of different countries make separate
   bilateral meetings.  Pronouns and title phrases ("his visit", "the prime minister's visit",
   "his Chinese counterpart") resolve to earlier persons of the document.
4. A visit's destination is the country or city right after the trigger ("visited China", "visit
   to Pakistan", "arrived in Islamabad") or right before "visit" ("his China visit").  A missing
   destination or counterpart country comes from the document's dyad.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import polars as pl

from pipeline.extract.event_dates import coarsen, pick_date, reference_month, to_value, usable
from pipeline.extract.event_lexicon import cue_search, expand, trigger_rules
from pipeline.extract.event_mechanism import find_mechanism, find_series, ordinal_before
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft, Person, Place, SentenceInput
from pipeline.extract.event_numbers import CARDINAL_RX, parse_cardinal, parse_ordinal
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
_OBJECT_STOP = re.compile(
    r"[,;.()]|\b(?:in|at|on|during|for|from|by|after|before|amid|over|under|which|who|that|when|"
    r"while|as|to|where|since)\b",
    re.IGNORECASE,
)
_DYADIC = re.compile(
    expand(r"\b(?:the two|both) (?:sides|countries|nations|leaders|governments|militaries|armies|navies|"
    r"presidents|prime ministers|premiers|foreign ministers|ministers|heads of state|states|parties)\b"),
    re.IGNORECASE,
)
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
_FRAME = re.compile(r"\b(?:during|in|after|at|before|following|since)\s+(?:the\s+|this\s+|that\s+)?$", re.IGNORECASE)
_VISIT_BY = re.compile(r"^\s*(?:by|of)\s+(?:the\s+)?$", re.IGNORECASE)
_INVITEE = re.compile(r"\b(?:invited|invites|invite|inviting|invitation\s+(?:for|to))\s+", re.IGNORECASE)
_CASUALTY = re.compile(
    expand(rf"\b(?P<num>{CARDINAL_RX})\s+(?:(?:more|other)\s+)?(?:[A-Za-z’'-]+\s+){{0,3}}?"
    r"(?:(?:were|was|have been|had been|are|being)\s+)?"
    r"(?P<verb>killed|dead|died|lost (?:their|his|her) lives?|injured|wounded)\b"),
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


def find_triggers(text: str, after: int = 0) -> list[Trigger]:
    """Every trigger match in ``text`` starting at or after ``after``."""
    out = []
    low = text.lower()
    for rule in trigger_rules():
        if rule.gate is not None and not any(map(low.__contains__, rule.gate)):
            continue
        for m in rule.regex.finditer(text, after):
            s, e = m.start(), m.end()
            if e - s > 1 and text[e - 1].isupper() and text[e - 2] == " ":
                e -= 1  # "met (with) <Capital>": the capital belongs to the object
            while e > s and text[e - 1].isspace():
                e -= 1
            out.append(Trigger(s, e, rule.event_type, rule.status_hint, text[s:e]))
    return out


def _local_before(text: str, lo: int, pos: int) -> str:
    """Text of the clause before ``pos``, after its last subordinator ("… when meeting")."""
    seg = text[lo:pos]
    last = None
    for last in _SUBORDINATOR.finditer(seg):
        pass
    return seg[last.end() :] if last else seg


def cancelled(t: Trigger, text: str, clauses: Clauses, dates: list[DateRef]) -> bool:
    """Does a context cue cancel this trigger (negation, modality, generic, anchor …)?"""
    lo, hi = clauses.bounds(t.start)
    local = _local_before(text, lo, t.start)
    near = text[max(0, t.start - 40) : t.start]
    if cue_search("negation", local[-40:]) or cue_search("hypothetical", local):
        return True
    if cue_search("generic", near) or cue_search("anniversary", local):
        return True
    if cue_search("anchor", local) and not any(lo <= d.start < hi for d in dates):
        return True
    if t.etype == "meeting" and cue_search("attend", near):
        return True
    if cue_search("nominal", t.text) and cue_search("anaphora", near):
        return True
    return False


def merge_overlaps(trigs: list[Trigger]) -> list[Trigger]:
    """Union overlapping triggers of one type; of two overlapping types keep the longer."""
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

    groups: list[Group] = []
    keys = sorted({(t.etype, t.invitation) for t in trigs}, key=lambda k: min(t.start for t in trigs if (t.etype, t.invitation) == k))
    for key in keys:
        ts = [t for t in trigs if (t.etype, t.invitation) == key]
        cur, lo = [ts[0]], 0
        for t in ts[1:]:
            marks = clauses.between(cur[-1].end, t.start)
            passive = _BY_AFTER.match(text, t.end)  # "…, co-chaired by X and Y": the same meeting
            if marks and not passive and own(lo, marks[-1]) and own(marks[-1], len(text)):
                groups.append(Group(key[0], cur, lo, marks[-1]))
                cur, lo = [t], marks[-1]
            else:
                cur.append(t)
        groups.append(Group(key[0], cur, lo, len(text)))
    return sorted(groups, key=lambda g: g.trigs[0].start)


# --------------------------------------------------------------------------------------------
# 3. participants
# --------------------------------------------------------------------------------------------


def _coordinated(gap: str) -> str | None:
    """'and' / ',' when ``gap`` only joins two names (with their titles); None otherwise."""
    g = gap.strip()
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


def subjects(persons: list[Person], text: str, lo: int, pos: int) -> list[Person]:
    """The nearest person before ``pos`` (in [lo, pos)) and the persons coordinated with it."""
    before = [p for p in persons if lo <= p.start and p.end <= pos]
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
    after = [p for p in persons if p.start >= pos and p.start < hi]
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


def resolve_title_np(phrase: str, phrase_places: list[Place], base: int, doc: DocContext, exclude: set[str]) -> Person | None:
    """"the prime minister's …", "Pakistan's foreign minister …" → the latest person with that title."""
    low = phrase.lower()
    for p in reversed(doc.history):
        if p.name in exclude:
            continue
        for title in doc.titles_by_name.get(p.name, ()):
            i = low.rfind(title.lower())
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
    return None


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


def resolve_counterpart(phrase: str, places: list[Place], base: int, doc: DocContext, exclude: set[str]) -> tuple[Person | None, str | None]:
    """"his Chinese counterpart" → (latest Chinese person of the document, 'CHN')."""
    m = cue_search("counterpart", phrase)
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
    """The place a visit goes to: right after the trigger, or "<Country> visit" inside it."""
    end = max(t.end for t in trigs)
    for c in places:
        if c.start >= end and c.kind in PLACE_NAME_KINDS and _ONLY_THE.fullmatch(text[end : c.start]):
            return c
        if c.start > end + 6:
            break
    for t in trigs:
        for c in places:
            if t.start <= c.start and c.end <= t.end and c.kind in PLACE_NAME_KINDS | {"adjective"}:
                if _BEFORE_VISIT.match(text[c.end : t.end + 1]):
                    return c
    return None


def _name_internal(text: str, c: Place) -> bool:
    return bool(_CAP_AFTER.match(text[c.end : c.end + 3])) and not _PREP_AFTER.match(text[c.end : c.end + 10])


def find_location(text: str, places: list[Place], pos: int, caption: bool) -> tuple[str | None, str | None]:
    """(city, country) where the event took place: "in Beijing", "at Islamabad", a caption's place."""
    cities = []
    for c in places:
        if c.kind not in CITY_KINDS or _name_internal(text, c):
            continue
        before = text[max(0, c.start - 12) : c.start]
        if _LOC_PREP.search(before) or (caption and c.start > pos and before.rstrip().endswith(",")):
            cities.append(c)
    after = [c for c in cities if c.start >= pos]
    chosen = after[0] if after else (cities[-1] if cities else None)
    if chosen:
        return chosen.surface, chosen.iso3
    for c in places:
        if c.kind in ("name", "alias", "short", "region") and _IN_PREP.search(text[max(0, c.start - 30) : c.start]):
            return None, c.iso3
    return None, None


def _object_np_end(text: str, pos: int, hi: int, allow_to: bool, places: list[Place] = ()) -> int:  # type: ignore[assignment]
    """End of the noun phrase that starts at ``pos`` (first preposition or punctuation); a comma
    that coordinates two countries ("Kyrgyz, Pakistani presidents") does not end it."""
    seg = text[pos:hi]
    lead = len(seg) - len(seg.lstrip())
    starts = {c.start for c in places if c.kind in ACTOR_KINDS}
    for m in _OBJECT_STOP.finditer(seg):
        if m.start() == lead and m.group(0).lower() in ("to", "with", "between", "for", "from"):
            continue
        if allow_to and m.group(0).lower() == "to":
            continue
        if m.group(0) == ",":
            nxt = re.match(r",\s*(?:and\s+)?", seg[m.start() :])
            if nxt and pos + m.start() + nxt.end() in starts:
                continue
        return pos + m.start()
    return hi


# --------------------------------------------------------------------------------------------
# assembling one sentence
# --------------------------------------------------------------------------------------------


class _Sentence:
    """Shared per-sentence state for the builders below."""

    def __init__(self, s: SentenceInput, doc: DocContext):
        self.s, self.doc, self.text = s, doc, s.text
        self.dl = dateline_end(s.text)
        self.caption = is_caption(s.text, s.next_text)
        protected = [(d.start, d.end) for d in s.dates] + [(p.start, p.end) for p in s.persons]
        self.clauses = Clauses(s.text, protected)
        self.dates = usable(s.text, s.dates, self.dl)
        self.places = sorted(s.places, key=lambda c: c.start)
        self.persons = sorted({(p.start, p.end): p for p in s.persons}.values(), key=lambda p: p.start)

    def country(self, p: Person) -> str | None:
        return person_country(p, self.text, self.places)

    def actors_in(self, a: int, b: int) -> list[Place]:
        return [c for c in self.places if a <= c.start < b and c.kind in ACTOR_KINDS]

    def pronoun_subject(self, t: Trigger, lo: int, hi: int) -> Person | None:
        """'his visit …' → cataphora in a fronted phrase, else the previous sentences' subject."""
        if not cue_search("pronoun", self.text[max(0, t.start - 30) : t.start]):
            return None
        c_lo, c_hi = self.clauses.bounds(t.start)
        if c_lo <= self.dl + 1 and c_hi < len(self.text):
            nxt = [p for p in self.persons if c_hi < p.start <= c_hi + 6]
            if nxt:
                return nxt[0]
        return self.doc.last_subject

    def title_subject(self, t: Trigger, lo: int, exclude: set[str]) -> Person | None:
        c_lo, _ = self.clauses.bounds(t.start)
        a = max(lo, c_lo)
        phrase = self.text[a : t.start]
        if not phrase.strip():
            return None
        return resolve_title_np(phrase, self.places, a, self.doc, exclude)


def _add_person(d: Draft, p: Person, role: str, country: str | None) -> None:
    if any(q.name == p.name for q, _ in d.persons):
        return
    d.persons.append((p._replace(country=country), role))


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


def _status(ctx: _Sentence, g: Group) -> str:
    if any(t.hint == "planned" for t in g.trigs):
        return "planned"
    for t in g.trigs:
        lo, hi = ctx.clauses.bounds(t.start)
        if cue_search("planned", ctx.text[max(lo, g.lo) : min(hi, g.hi)]):
            return "planned"
    return "occurred"


def _build_visit(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    region_persons = [p for p in ctx.persons if g.lo <= p.start < g.hi]
    visitors = subjects(region_persons, text, g.lo, t0.start)
    if not visitors:
        by = [p for p in region_persons if p.start >= t0.end and _VISIT_BY.match(text[t0.end : p.start])]
        sub = by[:1] or [x for x in [ctx.pronoun_subject(t0, g.lo, g.hi) or ctx.title_subject(t0, g.lo, set())] if x]
        if not sub:
            c_lo0, _ = ctx.clauses.bounds(t0.start)
            x = bare_name(text, max(g.lo, c_lo0, ctx.dl), t0.start, ctx.places, ctx.doc)
            sub = [x] if x else []
        visitors = sub
    dest = find_destination(text, g.trigs, ctx.places)
    c_lo, _ = ctx.clauses.bounds(t0.start)
    if not visitors and cue_search("nonstate", text[max(g.lo, c_lo) : t0.start]):
        return []  # "the national team arrived in Karachi", "tourists visited Murree"
    if dest is None:
        obj = _visit_object(text, g.trigs[-1].end, g.hi)
        if obj is not None:
            places = [c for c in ctx.places if obj[0] <= c.start < obj[1] and c.kind in PLACE_NAME_KINDS | ACTOR_KINDS]
            if places:
                dest = places[0]
            elif not _GENERIC_COUNTRY.match(text[obj[0] : obj[1]]):
                return []  # "visited the Mayo Hospital": the destination is not a country
    host = dest.iso3 if dest else None
    if dest and dest.kind in CITY_KINDS:
        d.location = dest.surface
    visitor_country = None
    for v in visitors:
        visitor_country = visitor_country or (ctx.country(v) if v in region_persons else v.country)
    if visitor_country is None:
        subj_places = [c for c in ctx.actors_in(max(g.lo, c_lo), t0.start) if not (dest and c.start == dest.start)]
        if subj_places:
            visitor_country = subj_places[-1].iso3
    if not visitors and visitor_country is None:
        return []  # no visitor named: not a visit between two countries
    if host is None and visitor_country and visitor_country in ctx.doc.dyad:
        host = next((c for c in ctx.doc.dyad if c != visitor_country), None)
    if visitor_country is None and host and host in ctx.doc.dyad:
        visitor_country = next((c for c in ctx.doc.dyad if c != host), None)
    if host and visitor_country == host:
        return []  # a domestic trip
    d.host = host
    if d.location is None and host:
        loc, loc_c = find_location(text, [c for c in ctx.places if g.lo <= c.start < g.hi], t0.start, ctx.caption)
        if loc and loc_c == host:
            d.location = loc
    d.location_country = host
    visitor_names = {v.name for v in visitors}
    drafts = []
    distributive = len(visitors) > 1 and cue_search("distributive", text[g.lo : g.hi])
    for group in ([[v] for v in visitors] if distributive else [visitors]):
        e = Draft(**{**d.__dict__, "persons": [], "countries": {}, "flags": set(d.flags)})
        for v in group:
            _add_person(e, v, "visitor", ctx.country(v) if v in region_persons else v.country)
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


_NOT_OBJECT = re.compile(
    r"^\s*(?:[,;:.()\"“”]|$|(?:in|on|at|to|from|for|with|since|during|after|before|last|this|next|"
    r"earlier|later|recently|twice|again|also|early|late|and|as|by|when|while|where|which|who|"
    r"amid|under|over|upon|following|together)\b)",
    re.IGNORECASE,
)
_GENERIC_COUNTRY = re.compile(r"^(?:the\s+)?(?:country|nation|kingdom|republic|island nation|region)\b", re.IGNORECASE)


def _visit_object(text: str, end: int, hi: int) -> tuple[int, int] | None:
    """Span of the object noun phrase right after a visit verb ("visited the Mayo Hospital"), or
    None when no object follows ("paid an official visit.", "visited in May")."""
    if _NOT_OBJECT.match(text[end:hi]):
        return None
    start = end + len(text[end:hi]) - len(text[end:hi].lstrip())
    return start, _object_np_end(text, start, hi, False)


def _build_invitation(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    m_inv = _INVITEE.search(text, t0.start, t0.end)
    m_to = None
    for m_to in re.finditer(r"\bto\s+(?:visit|pay\s+(?:a|an)\s+(?:[\w-]+\s+)?visit\s+to)\b", text[: t0.end]):
        pass
    if not m_inv or not m_to:
        return []
    a, b = m_inv.end(), m_to.start()
    inviters = subjects([p for p in ctx.persons if g.lo <= p.start < g.hi], text, g.lo, t0.start)
    exclude = {p.name for p in inviters}
    invitees = [p for p in ctx.persons if a <= p.start < b]
    invitee_country = None
    if invitees:
        invitee_country = ctx.country(invitees[0])
    else:
        person, iso3 = resolve_counterpart(text[a:b], ctx.places, a, ctx.doc, exclude)
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


def _build_interaction(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    """Meetings, calls, letters and 'other' events between named sides."""
    text, t0 = ctx.text, g.trigs[0]
    region_persons = [p for p in ctx.persons if g.lo <= p.start < g.hi]
    subs = subjects(region_persons, text, g.lo, t0.start)
    if not subs:
        x = ctx.pronoun_subject(t0, g.lo, g.hi) or ctx.title_subject(t0, g.lo, set())
        if x is None and d.event_type in ("meeting", "phone_call"):
            c_lo0, _ = ctx.clauses.bounds(t0.start)
            x = bare_name(text, max(g.lo, c_lo0, ctx.dl), t0.start, ctx.places, ctx.doc)
        subs = [x] if x else []
    t_end = max(t.end for t in g.trigs)
    np_end0 = _object_np_end(text, t0.end, g.hi, d.event_type == "correspondence", ctx.places)
    objs = [
        o for o in objects(region_persons, text, t0.end, g.hi)
        if o.start <= np_end0 or _WITH.search(text[t0.end : o.start][-100:])
    ]
    if not objs:
        counterpart, _ = resolve_counterpart(text[t0.end : min(g.hi, t0.end + 60)], ctx.places, t0.end, ctx.doc, {p.name for p in subs})
        x = counterpart if counterpart and cue_search("counterpart", text[t0.end : np_end0]) else None
        x = x or resolve_title_np(text[t0.end : np_end0], ctx.places, t0.end, ctx.doc, {p.name for p in subs})
        if x is None and d.event_type in ("meeting", "phone_call"):
            lead = _LEAD_PREP.match(text, t0.end, np_end0)
            x = bare_name(text, lead.end() if lead else t0.end, np_end0, ctx.places, ctx.doc)
        objs = [x] if x else []
    if cue_search("needs_person", t0.text) and not objs:
        return []
    region_places = [c for c in ctx.places if g.lo <= c.start < g.hi]
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption)
    span = None
    if d.event_type == "meeting":
        d.mechanism, d.round, span = find_mechanism(text, t0.start, t_end, g.lo, g.hi)
    explicit: list[str] = []
    c_lo, _ = ctx.clauses.bounds(t0.start)
    explicit += [c.iso3 for c in ctx.actors_in(max(g.lo, c_lo), t0.start)]
    np_end = _object_np_end(text, t0.end, g.hi, d.event_type == "correspondence", ctx.places)
    object_countries = list(dict.fromkeys(c.iso3 for c in ctx.actors_in(t0.end, np_end)))
    explicit += object_countries
    if span:
        explicit += [c.iso3 for c in ctx.actors_in(span[0], span[1])]
    bilateral = bool(_DYADIC.search(text[g.lo : g.hi]) or _BILATERAL.search(text[g.lo : g.hi]))
    bilateral = bilateral or any(_WITH_CO.search(t.text) for t in g.trigs)
    anchored = bool(subs or objs or explicit or d.mechanism or bilateral)
    if not anchored:
        return []
    if not (subs or objs) and cue_search("nominal", t0.text) and _FRAME.search(text[max(0, t0.start - 12) : t0.start]):
        return []  # "during meeting between the two presidents": a frame for an event told elsewhere
    split = (
        d.event_type in ("meeting", "phone_call")
        and bool(subs)  # "X held talks with A and B"; but "co-chaired by A and B" is one meeting
        and len(objs) >= 2
        and len({ctx.country(o) for o in objs if ctx.country(o)}) >= 2
    )
    subject_countries = {ctx.country(p) if p in ctx.persons else p.country for p in subs} - {None}
    subject_countries |= {c.iso3 for c in ctx.actors_in(max(g.lo, c_lo), t0.start)}
    # "Xi meets Kyrgyz, Pakistani presidents": coordinated countries of the other side, no names
    split_countries = (
        d.event_type in ("meeting", "phone_call") and not objs and subject_countries
        and len(set(object_countries) - subject_countries) >= 2
    )
    groups: list[tuple[list[Person], list[str]]]
    if split:
        groups = [([o], []) for o in objs]
    elif split_countries:
        groups = [([], [c]) for c in object_countries if c not in subject_countries]
    else:
        groups = [(objs, explicit)]
    drafts = []
    for obj_group, group_countries in groups:
        e = Draft(**{**d.__dict__, "persons": [], "countries": {}, "flags": set(d.flags)})
        for p in subs + obj_group:
            _add_person(e, p, "participant", ctx.country(p) if p in ctx.persons else p.country)
        for p, _ in e.persons:
            _add_country(e, p.country, "participant")
        if split_countries:
            for iso3 in sorted(subject_countries):
                _add_country(e, iso3, "participant")
        for iso3 in group_countries:
            _add_country(e, iso3, "participant")
        known = [p.country for p, _ in e.persons]
        abroad = e.location_country is not None and e.location_country not in e.countries
        if len(e.persons) >= 2 and all(known) and len(set(known)) == 1 and len(e.countries) == 1 and not (
            bilateral and abroad
        ):
            continue  # two officials of one country at home: a domestic meeting
        if abroad and len(e.countries) == 1 and bilateral:
            _add_country(e, e.location_country, "participant")
        if len(e.persons) >= 2 and not any(known) and not e.countries and not bilateral:
            continue  # nobody's country is stated: nothing says the meeting is international
        if len(e.countries) < 2 and not (objs or object_countries or d.mechanism or bilateral):
            continue  # "the cabinet meeting was held": no other side to fill from the dyad
        if len(e.countries) == 1 and e.location_country and any(p.country is None for p, _ in e.persons):
            _add_country(e, e.location_country, "participant")  # the unnamed side hosts the talks
        _fill_from_dyad(e, ctx.doc.dyad, home=ctx.doc.home)
        if e.location_country and e.location_country in e.countries:
            e.host = e.location_country
        drafts.append(e)
    return drafts


def _build_exercise(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    text, t0 = ctx.text, g.trigs[0]
    if cue_search("plural", t0.text) and not any(g.lo <= x.start < g.hi for x in ctx.dates):
        return []
    d.mechanism, d.round = find_series(text, g.lo, g.hi)
    d.round = d.round or ordinal_before(text, t0.start)
    region_places = [c for c in ctx.places if g.lo <= c.start < g.hi]
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption)
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
    if cue_search("plural", t0.text) and not region_dates:
        return []
    killed = injured = None
    victims: list[str] = []
    for m in _CASUALTY.finditer(text, g.lo, g.hi):
        n = parse_cardinal(m.group("num"))
        if n is None:
            continue
        if m.group("verb").lower() in ("injured", "wounded"):
            injured = injured if injured is not None else n
        else:
            killed = killed if killed is not None else n
        victims += [c.iso3 for c in ctx.places if m.start() <= c.start < m.end() and c.kind in ACTOR_KINDS]
    d.casualties = killed if killed is not None else injured
    region_places = [c for c in ctx.places if g.lo <= c.start < g.hi]
    d.location, d.location_country = find_location(text, region_places, t0.start, ctx.caption)
    if not victims and not region_dates and d.location_country is None:
        return []
    for iso3 in victims:
        _add_country(d, iso3, "victim")
    _add_country(d, d.location_country, "participant")
    if not victims:
        for c in ctx.actors_in(g.lo, g.hi):
            _add_country(d, c.iso3, "participant")
    if len(d.countries) < 2 and not victims:
        return []  # no foreign victims named: not an event between two countries
    _fill_from_dyad(d, ctx.doc.dyad)
    return [d]


def _build_relations(ctx: _Sentence, g: Group, d: Draft) -> list[Draft]:
    for c in ctx.actors_in(g.lo, g.hi):
        _add_country(d, c.iso3, "participant")
    _fill_from_dyad(d, ctx.doc.dyad)
    return [d] if len(d.countries) >= 2 else []


def _date_for(ctx: _Sentence, d: Draft, t0: Trigger, visit_dates: list[DateValue | None]) -> tuple[DateValue | None, bool]:
    """(date, taken from this sentence?) following the rules of pipeline.extract.event_dates."""
    own = pick_date(ctx.text, ctx.dates, t0.start, d.lo, d.hi, ctx.clauses)
    if own is not None:
        return own, True
    doc = ctx.doc
    before = ctx.text[max(0, t0.start - 40) : t0.start]
    if cue_search("recent", before):
        return None, False
    if d.event_type != "visit" and cue_search("during_visit", ctx.text):
        base = next((v for v in visit_dates if v), None) or doc.last_visit_date or doc.paragraph_date or doc.lede
        return coarsen(base, "month"), False
    if d.status == "planned":
        return None, False
    c_lo, c_hi = ctx.clauses.bounds(t0.start)
    inherited = None
    if cue_search("present", ctx.text[c_lo:c_hi]):
        inherited = reference_month(doc.reference_date, doc.reference_precision)
    if inherited is None and ctx.dl:
        dl_dates = [to_value(x) for x in ctx.s.dates if x.start < ctx.dl and x.date_start]
        inherited = next((x for x in dl_dates if x), None)
    from_lede = False
    if inherited is None:
        inherited = doc.paragraph_date
    if inherited is None:
        inherited, from_lede = doc.lede, True
    if inherited is not None and (d.event_type == "visit" or cue_search("separate", ctx.text)):
        inherited = coarsen(inherited, "month")
    if inherited is not None and from_lede and _after_reference(inherited, doc):
        return None, False  # what happened cannot take the date of a lede later than the writing
    return inherited, False


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
    trigs = [t for t in find_triggers(s.text, ctx.dl) if not cancelled(t, s.text, ctx.clauses, ctx.dates)]
    trigs = merge_overlaps(trigs)
    drafts: list[Draft] = []
    own_dates: list[DateValue] = []
    if trigs:
        groups = group_events(trigs, s.text, ctx.clauses, ctx.persons, ctx.dates)
        # visits first: meetings "during his visit" take the visit's date and host
        groups.sort(key=lambda g: (g.etype != "visit", g.trigs[0].start))
        visit_dates: list[DateValue | None] = []
        for g in groups:
            main = [t for t in g.trigs if not cue_search("secondary", t.text)]
            if main and main[0] is not g.trigs[0]:
                g = Group(g.etype, main + [t for t in g.trigs if t not in main], g.lo, g.hi)
            t0 = g.trigs[0]
            d = Draft(g.etype, _status(ctx, g), t0.start, g.trigs[-1].end, g.lo, g.hi)
            builder = _build_invitation if g.etype == "visit" and t0.invitation else _BUILDERS[g.etype]
            for e in builder(ctx, g, d):
                e.date, from_text = _date_for(ctx, e, t0, visit_dates)
                if from_text and e.date:
                    own_dates.append(e.date)
                if e.event_type == "visit" and e.status == "occurred":
                    visit_dates.append(e.date)
                if e.event_type == "visit" and e.date is not None:
                    doc.last_visit_date = e.date
                drafts.append(e)
        _share_within_sentence(drafts, s)
        _visitor_of_earlier_visit(drafts, ctx)
    drafts.sort(key=lambda e: e.trig_start)
    narrative = own_dates[0] if own_dates else None
    if narrative is None:
        plain = [v for v in (to_value(x) for x in ctx.dates) if v]
        narrative = plain[0] if plain else next((e.date for e in drafts if e.date), None)
    return drafts, narrative


def _visitor_of_earlier_visit(drafts: list[Draft], ctx: _Sentence) -> None:
    """"During his visit, the dialogue will be held": the visitor told before takes part."""
    if any(e.event_type == "visit" for e in drafts) or ctx.doc.last_subject is None:
        return
    m = cue_search("during_visit", ctx.text)
    if not m or not re.search(r"\b(?:his|her|their)\b", m.group(0), re.IGNORECASE):
        return
    p = ctx.doc.last_subject
    for e in drafts:
        if e.event_type == "meeting" and not any(q.name == p.name for q, _ in e.persons):
            _add_person(e, p, "participant", p.country)
            _add_country(e, p.country, "participant")


def _share_within_sentence(drafts: list[Draft], s: SentenceInput) -> None:
    """Meetings held during a visit of the same sentence are in the host country; attacks of one
    sentence share a stated country; an ordinal in the next sentence gives the last round."""
    visit = next((e for e in drafts if e.event_type == "visit" and e.status == "occurred"), None)
    host = visit.host if visit else None
    for e in drafts:
        if e.event_type != "meeting" or visit is None:
            continue
        if cue_search("during_visit", s.text):
            for p, role in visit.persons:
                if role == "visitor":
                    _add_person(e, p, "participant", p.country)
        if e.location_country is None and host:
            e.location_country = host
            if host in e.countries:
                e.host = host
    attack_loc = next((e.location_country for e in drafts if e.event_type == "attack" and e.location_country), None)
    for e in drafts:
        if e.event_type == "attack" and e.location_country is None and attack_loc:
            e.location_country = attack_loc
            _add_country(e, attack_loc, "participant")
    for e in drafts:
        if e.event_type in ("meeting", "military_exercise") and e.round is None:
            m = cue_search("backref", s.text[e.trig_end :])  # "…, the fourth of its kind"
            if m and m.start() > 0:
                e.round = parse_ordinal(m.group("ord"))
    if s.next_text:
        m = cue_search("backref", s.next_text)  # next sentence: "The drill marked the eighth …"
        if m:
            target = [e for e in drafts if e.event_type in ("meeting", "military_exercise") and e.round is None]
            if target:
                target[-1].round = parse_ordinal(m.group("ord"))
