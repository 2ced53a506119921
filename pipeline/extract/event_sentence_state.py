"""The shared per-sentence state of the event builders (:class:`_Sentence`: text, gated cues,
clauses, usable dates, sorted places and persons) and the helpers that add a person or a country
to a draft event (:func:`_add_person`, :func:`_add_country`, :func:`_fill_from_dyad`).

Dates relative to the previous event ("the next day") are re-anchored on the latest event date
when the state is built (:func:`_reanchored`).
"""

from __future__ import annotations

import functools
import re
from datetime import timedelta

from pipeline.extract.event_dates import usable
from pipeline.extract.event_gates import possible_cues
from pipeline.extract.event_lexicon import cue_search, mechanism_head_rx
from pipeline.extract.event_mechanism import DIGIT_ORDINAL, ORDINAL_STEMS, may_hold_ordinal
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft, Person, Place, SentenceInput
from pipeline.extract.event_participants import ACTOR_KINDS, person_country, resolve_title_np, unstyled
from pipeline.extract.event_text import Clauses, dateline_end, is_caption
from pipeline.extract.event_trigger_find import Trigger

# --------------------------------------------------------------------------------------------
# assembling one sentence
# --------------------------------------------------------------------------------------------


def _start(x: Person | Place) -> int:
    return x.start


# "His Majesty", "Her Excellency", "Their Royal Highnesses": a possessive that opens a style of address
_HONORIFIC_POSSESSIVE = re.compile(r"(?-i:His|Her|Their)\s+(?-i:Majesty|Majesties|Excellency|Excellencies|Highness|Highnesses|Holiness|Royal)\b")


@functools.cache
def _body_field_list() -> re.Pattern[str]:
    """A mechanism head followed by a capitalised list of fields: "Commission on Trade, Economic,
    Scientific and Technical Cooperation", "Committee for Economic, Industrial and Scientific Cooperation"."""
    cap = r"(?-i:[A-Z])[\w'’-]*"
    return re.compile(
        rf"\b{mechanism_head_rx()}\s+(?:on|for|of)\s+(?:{cap},\s+){{1,5}}(?:{cap}\s+){{0,3}}and\s+{cap}(?:\s+{cap}){{0,3}}",
        re.IGNORECASE,
    )


# a necessary condition of :func:`_body_field_list` ("on|for|of", then a capitalised word and a
# comma), case-sensitive and without the mechanism head: a cheap scan before the costly one
_FIELD_LIST_GATE = re.compile(r"[oOfF][nNfFoO][rR]?\s+[A-Z][\w'’-]*,\s")


class _Sentence:
    """Shared per-sentence state for the builders below."""

    __slots__ = (
        "s", "doc", "text", "present", "cues", "low", "dl", "caption", "clauses", "dates", "places", "persons",
        "actors", "n", "_ordinals", "_persons_inside", "_places_inside", "claims", "trigs", "visit_span",
        "subjects",
    )

    def __init__(self, s: SentenceInput, doc: DocContext):
        self.s, self.doc, self.text = s, doc, s.text
        self.present = s.present
        self.cues = possible_cues(s.present)
        self.low = None if s.present is None else s.text.lower()  # for literal gates (None: unknown)
        self.dl = dateline_end(s.text)
        self.caption = is_caption(s.text, s.next_text)
        protected = [(d.start, d.end) for d in s.dates] + [(p.start, p.end) for p in s.persons]
        if ", " in s.text and " and " in s.text and _FIELD_LIST_GATE.search(s.text):
            # "the Intergovernmental Commission on Trade, Economic and Scientific-Technical
            # Cooperation will be held …": the commas of a body's capitalised field list are no
            # clause boundaries (the name's tense is read past them)
            protected.extend(m.span() for m in _body_field_list().finditer(s.text))
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
        self.subjects: list[tuple[int, Person]] = []  # (trigger start, acting person) of events built here
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
        a = max(0, t.start - 30)
        m = self.cue("pronoun", a, t.start)
        if not m:
            return None
        if _HONORIFIC_POSSESSIVE.match(self.text, a + m.start()):
            return None  # "His Majesty the King received …": an honorific, no pronoun
        c_lo, c_hi = self.clauses.bounds(t.start)
        # (a subject pronoun, "She also held talks with …, X,", points back, never forward)
        subject_pronoun = self.text[a + m.start(): a + m.start() + 5].lower().startswith(("he ", "she ", "they "))
        if c_lo <= self.dl + 1 and c_hi < len(self.text) and not subject_pronoun:
            nxt = [p for p in self.persons if c_hi < p.start <= c_hi + 6]
            if nxt:
                return nxt[0]
        # "The Prime Minister recalled his meeting with Y": a possessive after a title noun phrase
        # that is the clause's subject names the latest holder of that title
        p0 = a + m.start()
        lead = _TITLE_VERB_BEFORE.match(self.text, max(lo, c_lo), p0)
        if lead and not self.persons_in(lead.start(), p0):
            x = resolve_title_np(lead.group("np") + " ", self.places, lead.start("np"), self.doc, set())
            if x is not None:
                return x
        if subject_pronoun and c_lo > max(lo, self.dl) + 1 and _WHERE_WHEN.match(self.text, c_lo):
            # "Today, the minister is in Hefei, where he is scheduled to meet Y": the pronoun of a
            # clause hanging on the main clause names that clause's title-noun subject
            b = max(lo, self.dl)
            f = _FRONTED_ADVERBIAL.match(self.text, b, c_lo)
            main = _LEADING_TITLE_NP.match(self.text, f.end() if f else b, c_lo)
            if main and not self.persons_in(b, c_lo):
                x = self._title_np_holder(main.group("np"), main.start("np"), {p.name for p in self.persons_in(c_lo, hi)})
                if x is not None:
                    return x
        # "X travelled to Kunming, where he met Y": a pronoun after an event of this sentence
        # names that event's actor (the main clause's subject), not the previous sentences'
        before = [p for pos, p in self.subjects if pos < t.start]
        if before:
            return before[-1]
        return self.doc.last_subject

    def _title_np_holder(self, np: str, pos: int, exclude: set[str]) -> Person | None:
        """The holder of "the minister" opening a clause: the visitor told before when the title
        fits, else the latest holder of that title (also :meth:`title_subject`'s last resort)."""
        v, head = self.doc.last_visitor, np.split()[-1].lower()
        if v is not None and v.name not in exclude and any(head in t.lower() for t in self.doc.titles_by_name.get(v.name, ())):
            return v
        return resolve_title_np(np + " ", self.places, pos, self.doc, exclude)

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
        phrase = unstyled(phrase)  # ("the Hon. Minister also met …": the style is no demonym)
        x = resolve_title_np(phrase, self.places, a, self.doc, exclude)
        if x is None:
            # "The minister also paid a courtesy call on …": the title noun phrase opening the clause
            m = _LEADING_TITLE_NP.match(phrase)
            if m and m.group("np")[4:5].isupper():
                # "The Saudi minister is scheduled to fly …": the latest minister of that country
                x = resolve_title_np(m.group("np") + " ", self.places, a + m.start("np"), self.doc, exclude)
            elif m:
                # (the visitor told before first: "the minister also paid a courtesy call on …")
                x = self._title_np_holder(m.group("np"), a, exclude)
        return x


# "The Prime Minister recalled ", "the President also reiterated ": a definite title subject and
# its verb right before a possessive pronoun
_TITLE_VERB_BEFORE = re.compile(
    r"\s*(?P<np>(?i:the)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?i:minister|president|premier|secretary|ambassador|envoy|"
    r"chancellor|leader|chief|governor|king|emir|sultan))\s+(?:(?:also|later|then|further|again)\s+)?[a-z]+\s+$"
)


# a short fronted adverbial before a clause's subject ("Today, ", "On Monday, ", "Later, ")
_FRONTED_ADVERBIAL = re.compile(r"\s*[A-Z][\w ]{0,30}?,\s+")
_WHERE_WHEN = re.compile(r"\s*,?\s*(?:where|when|during\s+which|after\s+which)\b", re.IGNORECASE)


_LEADING_TITLE_NP = re.compile(
    r"\s*(?P<np>(?:The|the)\s+(?:[a-z]+\s+|[A-Z][\w'’-]+\s+)?(?:minister|president|premier|secretary|ambassador|envoy|chancellor|leader))\s+"
    r"(?:also\s+|later\s+|then\s+|separately\s+|subsequently\s+)?"
    # (a demonym before the head, "The Saudi minister is scheduled to …", is read with its country)
    r"(?:[a-z]+ed|paid|made|held|met|spoke|sent|wrote|took|gave|is|was|will|has|had)\b"
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


_WHO_START = re.compile(r"\s*(?:who|which)\b", re.IGNORECASE)
_ADVERBS_ONLY = re.compile(r"\s*(?:(?:also|then|later|further|separately|subsequently|too)\s*)*", re.IGNORECASE)

_RELATIVE_DAY = re.compile(
    r"\b(?:(?:on\s+)?(?:the\s+same|that)\s+(?:day|date)|later\s+(?:that|the\s+same)\s+day|"
    r"(?P<next>(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later)|"
    r"(?P<prev>(?:on\s+)?the\s+(?:previous|preceding)\s+day|a\s+day\s+earlier))\b",
    re.IGNORECASE,
)


def _own_day(y: DateRef) -> bool:
    """A date mention of one single day that is not itself relative ("on Tuesday", "on 4 May")."""
    return y.kind != "relative" and y.precision == "day" and y.date_start is not None and y.date_end in (None, y.date_start)


def _reanchored(dates: list[DateRef], base: DateValue) -> list[DateRef]:
    """"On the same day" / "the next day" as a date mention: counted from the latest event dated
    to the day (a background fact such as relations established in 1964 is never that event),
    not from whichever date the sentence before happened to hold.  After an event known only to
    its month ("In July, militants attacked …. X sent a letter the following day") the day is
    unknown: the month of that event, at month precision."""
    if base.precision not in ("day", "month"):
        return dates
    out = []
    for x in dates:
        if x.kind == "relative" and x.surface[-3:].lower() in ("day", "ate", "ier") and x.date_start is not None:
            if any(_own_day(y) and y.end <= x.start and y.date_start >= base.start for y in dates):
                # "arrived in X on Tuesday … and called on Y the same day": a single day the
                # sentence itself names before the phrase is the day it counts from (not a day
                # before the latest event, a background fact: "the accord of 4 May 2019 was
                # reviewed, and X called on Y the same day")
                out.append(x)
                continue
            m = _RELATIVE_DAY.fullmatch(x.surface.strip())
            if m and base.precision == "month":
                last = (base.start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
                x = x._replace(date_start=base.start, date_end=last, precision="month")
            elif m:
                day = (
                    (base.end or base.start) + timedelta(days=1) if m.group("next")
                    else base.start - timedelta(days=1) if m.group("prev") else base.start
                )
                x = x._replace(date_start=day, date_end=day, precision="day")
        out.append(x)
    return out
