"""Events of a headline or strap line that the article's body tells again.

"RSGT to invest $170m in Patenga terminal as joint commission meets in Riyadh" above the lede, then
"… the fifth session of the Saudi-Bangladeshi Joint Commission, which met on Tuesday" in the body:
the headline names the event, the body says who, which session and when.  A headline line (a line
above the first sentence of the body, without terminal punctuation) gives no date of its own to an
event that names nobody; the narrative's day it would inherit is the lede's, often another event's.
Such a meeting is the first meeting of the same status and countries that the body tells, and
takes that meeting's participants, session and date (its mention is kept as evidence of it).
"""

from __future__ import annotations

import re

from pipeline.extract.event_dates import TERMINAL_END, semicolon_part
from pipeline.extract.event_model import Draft, SentenceInput

__all__ = ["HeadlineEvents"]

# the noun of a standing body a headline names ("joint commission meets", "JCC session opens")
_BODY_NOUN_RE = re.compile(r"(?i)\b(?:commission|committee|council|working group|forum|dialogue|consultations)\b")


# the kinds of event a headline names without its people and the body tells with them
_TALK_TYPES = ("meeting", "phone_call")


class HeadlineEvents:
    """Collects, per document, the unnamed and undated events of the lines above the body."""

    def __init__(self) -> None:
        self.body_started = False
        # (a headline's draft, the noun of the body the headline names or None)
        self.pending: list[tuple[Draft, str | None]] = []

    def see(self, s: SentenceInput, drafts: list[Draft]) -> None:
        """Note sentence ``s`` (in order) and the drafts made of it."""
        if self.body_started:
            return
        if TERMINAL_END.search(s.text):
            self.body_started = True  # the first sentence of the body
            return
        for e in drafts:
            if e.persons:
                continue  # "Xi meets Putin": a headline that names its people is matched by them
            lo, hi = semicolon_part(s.text, e.trig_start, 0, len(s.text))
            if not any(lo <= d.start < hi for d in s.dates):
                b = _BODY_NOUN_RE.search(s.text, lo, hi)
                self.pending.append((e, b.group(0).lower() if b is not None else None))

    def resolve(self, drafts: list[Draft]) -> list[Draft]:
        """Give each pending headline event the fields of the body's event it names (``drafts``: the
        document's drafts in order); the headline drafts changed."""
        changed = []
        if not self.pending:
            return changed
        pending = {id(e) for e, _noun in self.pending}
        for h, noun in self.pending:
            # ("joint commission meets" above a ministers' meeting and then the commission's session:
            # the headline names the body's session, not the first meeting told)
            bodies = [b for b in drafts if id(b) not in pending and _same(h, b)
                      and (noun is None or (b.mechanism is not None and noun in b.mechanism.lower()))]
            if h.round and h.mechanism and len({b.mechanism.lower() for b in bodies if b.mechanism}) > 1:
                # (two sessions of the same round, "the third round of Political Consultations" and "the
                # third round of economic talks": the round alone does not tell which the headline names)
                bodies = [b for b in bodies if _named(h, b)]
            if not bodies:
                continue
            body = bodies[0]
            h.date, h.mechanism, h.round, h.host = body.date, body.mechanism, body.round, body.host
            h.location, h.location_country = body.location, body.location_country
            h.persons = list(body.persons)
            h.countries = dict(body.countries)
            changed.append(h)
        return changed


def _same(h: Draft, b: Draft) -> bool:
    """Can the body's event ``b`` be the one headline ``h`` names?  (Meetings and calls only: an
    attack or a visit of a headline is dated by the rules of its own kind; "Foreign Ministers'
    Telephone Talk" / "Video Conference Meeting" above "Minister A held a video conference with B"
    is that call.)"""
    if h.event_type not in _TALK_TYPES or h.event_type != b.event_type or h.status != b.status or not h.countries:
        return False
    if not set(h.countries) <= set(b.countries):
        return False
    if h.round:
        # the same numbered session: a headline shortens or rewords its body's name ("7th Round of
        # Consultations between A and B" / "the 7th round of Consultations (FOC)"; "third meeting
        # of X economy committee" / "the third meeting of the Committee on Economy and Investment")
        return b.round == h.round
    return not h.mechanism or _named(h, b)


def _named(h: Draft, b: Draft) -> bool:
    """The headline's mechanism is written inside the body's ("Joint Commission" / "the Kenya-Ghana Joint
    Commission")."""
    return bool(h.mechanism and b.mechanism and h.mechanism.lower() in b.mechanism.lower())
