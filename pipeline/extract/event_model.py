"""Plain value types used inside event extraction (offsets are relative to one sentence)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple


class Person(NamedTuple):
    """A person mention: span of the name, fullest name in the document, titles, country."""

    start: int
    end: int
    surface: str
    name: str
    titles: tuple[str, ...]
    country: str | None


class Place(NamedTuple):
    """A country mention (kind name|short|alias|demonym|adjective) or a place (capital|city|region)."""

    start: int
    end: int
    surface: str
    iso3: str
    kind: str


class DateRef(NamedTuple):
    """A resolved date mention from the dates extractor."""

    start: int
    end: int
    surface: str
    date_start: date | None
    date_end: date | None
    precision: str
    kind: str | None
    qualifier: str | None


class DateValue(NamedTuple):
    """A dated period: first day, last day (None for a point) and precision."""

    start: date
    end: date | None
    precision: str


@dataclass(slots=True)
class SentenceInput:
    """Everything event extraction reads about one sentence."""

    doc_id: str
    sentence_id: int
    offset: int  # document offset of the sentence start
    end: int  # document offset of the sentence end
    text: str
    persons: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    next_text: str | None = None  # the following sentence of the document (round back-references)
    is_candidate: bool = True
    present: frozenset[str] | None = None  # gate literals the text holds (event_gates); None = unknown
    next_present: frozenset[str] | None = None  # the same for next_text


@dataclass(slots=True)
class DocContext:
    """What a document contributes to every sentence: anchors and running narrative state."""

    doc_id: str
    reference_date: date | None
    reference_precision: str | None
    dyad: tuple[str, ...]  # the two countries most mentioned in the document
    home: str | None = None  # country of the dateline city ("ISLAMABAD:" -> PAK)
    lede: DateValue | None = None
    dateline_lede: DateValue | None = None
    paragraph_date: DateValue | None = None  # most recent date of the current paragraph
    previous_paragraph_date: DateValue | None = None  # the last date of the paragraph before ("X then met …")
    history: list[Person] = field(default_factory=list)  # every person seen so far, in order
    last_subject: Person | None = None
    last_visit_date: DateValue | None = None  # date of the latest visit told (for "during the visit")
    titles_by_name: dict[str, set[str]] = field(default_factory=dict)
    learned: dict[str, str] = field(default_factory=dict)  # person name -> country an event implied
    # indexes of ``history``: name -> its latest entry, name -> latest country stated for it
    last_by_name: dict[str, Person] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    paragraph: int = 0  # ordinal of the current paragraph
    mechanisms: list[str] = field(default_factory=list)  # mechanism names told so far, in order
    acronyms: dict[str, str] = field(default_factory=dict)  # "JCC" -> the mechanism it abbreviates
    # the latest letter or message: (its paragraph, its addressees with their countries)
    last_letter: tuple[int, list[Person]] | None = None
    last_letter_senders: list[Person] = field(default_factory=list)  # who wrote the latest letter
    last_letter_date: DateValue | None = None  # date of the latest letter or message told
    letter_told: bool = False  # a letter or message event was told ("In his message, …" quotes it)
    attacks: list[Draft] = field(default_factory=list)  # attack drafts told so far
    redated: list[Draft] = field(default_factory=list)  # drafts whose date a later sentence gave
    last_visitor: Person | None = None  # the visitor of the latest visit told ("the visiting minister")
    last_event_date: DateValue | None = None  # date of the latest dated event ("on the same day")
    last_event_paragraph: int = -1  # the paragraph that event was told in
    # the latest meeting between two countries: (its mechanism or None, its countries) ("the sixth round")
    last_meeting: tuple[str | None, tuple[str, ...]] | None = None
    planned_visits: list[Draft] = field(default_factory=list)  # planned visits told so far
    last_planned_date: DateValue | None = None  # date of the latest dated planned visit or meeting
    current_visit: Draft | None = None  # the latest visit told as made (its legs are no new visits)
    superseded: list[Draft] = field(default_factory=list)  # planned visits a later report says were made
    last_round: int | None = None  # the round of that latest meeting ("the previous meeting": one less)
    # mechanism name -> the (round, status, countries) of its sessions told ("the previous joint
    # commission session" after "the fifth session of the X-Y Joint Commission": the fourth)
    mechanism_rounds: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)
    last_exercise: str | None = None  # the series of the latest named exercise ("The 11th edition took place …")
    last_exercise_paragraph: int = -1  # the paragraph of the latest exercise told, named or not
    # person name -> country an event proved (a state visit is never to one's own country)
    corrected: dict[str, str] = field(default_factory=dict)
    # (paragraph, person names) of every interaction told in the current paragraph
    interactions: list[tuple[int, frozenset[str]]] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """One event mention under construction."""

    event_type: str
    status: str
    trig_start: int
    trig_end: int
    lo: int  # region of the sentence that belongs to this event
    hi: int
    date: DateValue | None = None
    location: str | None = None
    location_country: str | None = None
    host: str | None = None
    mechanism: str | None = None
    round: int | None = None
    casualties: int | None = None
    persons: list[tuple[Person, str]] = field(default_factory=list)  # (person, role)
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> role
    flags: set[str] = field(default_factory=set)

    def fresh(self) -> Draft:
        """A copy with the same fields and no participants yet (persons, countries emptied)."""
        return Draft(
            self.event_type, self.status, self.trig_start, self.trig_end, self.lo, self.hi, self.date,
            self.location, self.location_country, self.host, self.mechanism, self.round, self.casualties,
            [], {}, set(self.flags),
        )
