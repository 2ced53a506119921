""""The undersigned": the author of an answer or a reply, named in its speaker label.

Parliamentary answers and official replies open with a label naming who answers ("Minister for
Trade (Ms. Ana Ruiz): ...", "Secretary of State Kofi Mensah: ..."), and in the body the author
refers to themself as "the undersigned" ("co-chaired the session with the undersigned", "The
undersigned held a telephone conversation with ..."). The person of the latest label takes part
in the meetings and calls of the sentences that say "the undersigned", for the side of the
event's two countries that its other persons leave open.
"""

from __future__ import annotations

from pipeline.extract.event_model import Draft, Person, SentenceInput

GATE = "undersigned"
_LABEL_REACH = 160  # a speaker label is a short title and name before the colon


def speaker_label(si: SentenceInput) -> Person | None:
    """The person a paragraph-opening label names: "<title> (<name>):" or "<title> <name>:" (the
    name ends the label, only a closing parenthesis between it and the colon)."""
    text = si.text
    colon = text.find(":", 0, _LABEL_REACH)
    if colon < 0 or "\n" in text[:colon]:
        return None
    named = [p for p in si.persons if p.end <= colon]
    if not named:
        return None
    p = named[-1]
    if text[p.end : colon].strip() not in ("", ")"):
        return None
    return p


def join_the_undersigned(drafts: list[Draft], speaker: Person, text: str) -> None:
    """Add ``speaker`` to the meetings and calls whose region says "the undersigned"."""
    at = text.lower().find("the undersigned")
    if at < 0:
        return
    for d in drafts:
        if d.event_type not in ("meeting", "phone_call") or not d.lo <= at < d.hi:
            continue
        if any(p.name == speaker.name for p, _ in d.persons):
            continue
        side = speaker.country
        if side is None and len(d.countries) == 2:
            taken = {p.country for p, _ in d.persons if p.country}
            free = [c for c in d.countries if c not in taken]
            side = free[0] if len(free) == 1 else None
        if side is not None and side not in d.countries:
            continue
        d.persons.append((speaker._replace(country=side), "participant"))
