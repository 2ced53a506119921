"""A talk whose other side was left unnamed, named by a definite description in a later sentence.

"X spoke to his Bangladeshi counterpart on Tuesday. … the telephone conversation with Mahbubul
Alam Bhuiyan lasted forty minutes": the definite noun phrase "the <talk noun> with <person>"
refers back to the talk just told (it is no new event, see the ``anaphora`` cue), and the person
it names is the talk's missing side.  This module keeps the latest such open talk of a document
(:func:`open_talk`) and completes it from the next sentences (:func:`name_the_counterpart`).
"""

from __future__ import annotations

import re

from pipeline.extract.event_model import DocContext, Draft, Person, Place
from pipeline.extract.event_participants import bare_name
from pipeline.extract.event_sentence_state import _add_person

__all__ = ["open_talk", "name_the_counterpart", "remember", "REACH"]

REACH = 2  # how many sentences after the talk a definite description may name its other side

_TALKS = frozenset({"meeting", "phone_call"})

# "the telephone conversation with", "the call with Foreign Minister", "their talks with His Excellency"
_TALK_WITH = re.compile(
    r"\b(?:the|their|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conversation|call|talks|meeting|discussions?|exchange|phone\s+call)\s+with\s+"
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w.'’()-]*\s+){0,6}$",
    re.IGNORECASE,
)
# the same description before a name the person finder did not mark: "the call with Ama Owusu lasted"
_TALK_WITH_NAME = re.compile(
    r"\b(?:the|their|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conversation|call|talks|meeting|discussions?|exchange|phone\s+call)\s+with\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})\b",
    re.IGNORECASE,
)


def open_talk(drafts: list[Draft]) -> tuple[Draft, str] | None:
    """The latest talk of ``drafts`` between two countries whose persons all serve one of them
    (the other side told as "his Bangladeshi counterpart" or by its country only): (the talk,
    the country whose person is missing)."""
    for d in reversed(drafts):
        if d.event_type not in _TALKS or d.status != "occurred" or len(d.countries) != 2 or not d.persons:
            continue
        sides = {p.country for p, _ in d.persons}
        if len(sides) != 1 or None in sides:
            continue
        missing = [c for c in d.countries if c not in sides]
        if len(missing) == 1:
            return d, missing[0]
    return None


def name_the_counterpart(
    talk: tuple[Draft, str], text: str, persons: list[Person], places: list[Place], doc: DocContext
) -> Person | None:
    """The person that "the <talk noun> with <person>" of this sentence names as the talk's
    missing side (added to the talk), or None.  Offsets of ``persons`` are sentence-relative; a
    name the person finder missed is read as a bare name (:func:`bare_name`)."""
    d, missing = talk
    if not persons:
        m = _TALK_WITH_NAME.search(text)
        p = bare_name(text, m.start("name"), m.end("name"), places, doc) if m else None
        if p is None or p.country not in (None, missing):
            return None
        _add_person(d, p, "participant", missing)
        return p
    for p in persons:
        if p.country not in (None, missing):
            continue
        if p.start > 0 and _TALK_WITH.search(text, max(0, p.start - 120), p.start):
            _add_person(d, p, "participant", missing)
            return p
    return None


def remember(doc: DocContext, talk: tuple[Draft, str], p: Person, counterpart: bool) -> None:
    """Record the person named as the talk's other side in the persons history (with the
    talk's missing country); a "counterpart" holds the same office as the side that was named."""
    d, missing = talk
    p = p._replace(country=missing)
    doc.learned.setdefault(p.name, missing)
    doc.country_by_name[p.name] = missing
    titles = doc.titles_by_name.setdefault(p.name, set())
    if counterpart and not titles:
        for q, _ in d.persons:
            titles.update(t for t in doc.titles_by_name.get(q.name, ()) if t)
    if doc.last_by_name.get(p.name) is None:
        doc.history.append(p)
        doc.last_by_name[p.name] = p
