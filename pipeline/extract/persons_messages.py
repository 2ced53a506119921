"""The sender of a message that a visitor delivers serves the visitor's country: "the Tanzanian
minister ... handed over a written message from President X to ...", "The Kenyan envoy delivered
a letter from President Y": an envoy carries their own leader's message (:func:`message_senders`).
The bearer is the subject named right before the verb ("Kenyan Foreign Minister Z delivered",
"Z, who delivered"), else the nearest national official named by office alone before it ("the
Tanzanian minister ..., to whom she handed over": a demonym or possessive followed by a
lower-case noun).  Greetings count as a message ("conveyed the warm greetings of President X").
When the bearer's country is unknown but the sentence says the bearer is on a journey ("The
Foreign Minister, who is on an official visit to Pakistan, conveyed the greetings of President
X"), the sender is marked as coming from outside that country (``carried_to``, settled per
document).  A message that someone *receives* says nothing of the kind ("The Omani
minister received a message from X": X is the other side, left to the counterpart rules)."""

from __future__ import annotations

import re

#: literal cue (for a cheap test of the sentence)
MESSAGE_CUE = " from "
_DELIVERED = re.compile(
    r"\b(?:handed\s+over|hands\s+over|handing\s+over|delivered|delivers|delivering|conveyed|"
    r"conveys|conveying|carried|carries|carrying|presented|presents|presenting|passed\s+on|"
    r"brought|brings|bearing|bore)\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:message|letter)s?\s+"
    r"from|(?:(?:the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}(?:greetings|regards|good\s+wishes)\s+"
    r"(?:from|of))\s+"
)
#: literal cues of a message noun (a cheap test of the sentence)
MESSAGE_NOUNS = ("essage", "etter", "reetings", "egards", "ishes")
# the bearer's journey, before the verb: "who is on an official visit to Pakistan", "on a
# three-day visit to Kenya", "visiting Ghana", "who arrived in Muscat on Tuesday" (the place
# starts where the match ends)
_JOURNEY = re.compile(
    r"\b(?:on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}visit\s+to|visiting|"
    r"(?:arrived|arrives|arriving)\s+in)\s+(?:the\s+)?$"
)
# (a country or its capital: a trip to another city of a country is often a domestic one, "The Chief
# Minister, who is on a visit to Karachi, conveyed the greetings of Prime Minister X": X is a host)
_JOURNEY_PLACE_KINDS = frozenset({"name", "alias", "short", "capital"})
# between "from" and the sender's name: their title and style ("President Dr.", "His Majesty
# King"), no clause, no "to" ("a letter from the Kenyan leader to President Y": Y receives it)
_SENDER_GAP = re.compile(r"(?:(?!\bto\s)[^,;:()\"“”]){0,60}")
# between the subject and the verb: nothing, or a relative pronoun ("X, who delivered")
_SUBJECT_GAP = re.compile(r"\s*(?:,\s*who\s+)?(?:(?:also|then|later|has|had|have)\s+)*")
# a national named by office alone: "Tanzanian minister", "Kenya's envoy", "Indian side"
# (not a preposition: "President X of Colombia in Bogota" names where X is, not a bearer)
_OFFICE_NOUN = re.compile(r"(?:['’]s)?\s+(?!(?:in|at|on|to|of|for|with|by|from|and)\b)[a-z]")
_BEARER_KINDS = frozenset({"demonym", "name", "alias", "short"})


def message_senders(text: str, runs: list, country_hits: list) -> None:
    """Give the sender named after "delivered a message from" the bearer's country (see the
    module docstring); only a missing country is filled."""
    for m in _DELIVERED.finditer(text):
        iso3 = _bearer(text, m.start(), runs, country_hits)
        place = _journey_place(text, m.start(), runs, country_hits) if iso3 is None else None
        if iso3 is None and place is None:
            continue
        for run in runs:
            if run.start < m.end():
                continue
            if (run.country is None and (run.titles or run.confirmed)
                    and _SENDER_GAP.fullmatch(text, m.end(), run.start)):
                if iso3 is not None:
                    run.country = iso3
                else:
                    run.carried_to = place
            break


def _journey_place(text: str, verb: int, runs: list, country_hits: list) -> str | None:
    """The country the bearer of the message whose verb starts at ``verb`` is visiting, when the
    sentence says so before the verb, in the bearer's own words: at most the subject named before
    the journey ("X, who arrived in Muscat on Tuesday, ... handed over")."""
    for h in country_hits:
        if h[1] > verb or h[4] not in _JOURNEY_PLACE_KINDS:
            continue
        j = _JOURNEY.search(text, max(0, h[0] - 60), h[0])
        if j is not None and sum(1 for r in runs if r.end <= j.start()) <= 1:
            return h[3]
    return None


def _bearer(text: str, verb: int, runs: list, country_hits: list) -> str | None:
    """The country of whoever delivers the message whose verb starts at ``verb``."""
    before = [r for r in runs if r.end <= verb]
    if before and _SUBJECT_GAP.fullmatch(text, before[-1].end, verb):
        return before[-1].country  # (a named bearer of no known country: none)
    for h in reversed(country_hits):
        if (h[1] <= verb and h[4] in _BEARER_KINDS and _OFFICE_NOUN.match(text, h[1])
                and not _PLACE_BEFORE.search(text, max(0, h[0] - 30), h[0])):
            return h[3]
    return None


# a country that is where someone goes or is, not whose official they are: "on a visit to Kenya
# this week", "who is visiting Ghana", "in Kenya on Monday"
_PLACE_BEFORE = re.compile(
    r"\b(?:to|in|at|into|across|throughout|visit|visits|visiting|visited|toured|touring)\s+(?:the\s+)?$"
)
