"""The sender of a message that a visitor delivers serves the visitor's country: "the Tanzanian
minister ... handed over a written message from President X to ...", "The Kenyan envoy delivered
a letter from President Y": an envoy carries their own leader's message (:func:`message_senders`).
The bearer is the subject named right before the verb ("Kenyan Foreign Minister Z delivered",
"Z, who delivered"), else the nearest national official named by office alone before it ("the
Tanzanian minister ..., to whom she handed over": a demonym or possessive followed by a
lower-case noun).  A message that someone *receives* says nothing of the kind ("The Omani
minister received a message from X": X is the other side, left to the counterpart rules)."""

from __future__ import annotations

import re

#: literal cue (for a cheap test of the sentence)
MESSAGE_CUE = " from "
_DELIVERED = re.compile(
    r"\b(?:handed\s+over|hands\s+over|handing\s+over|delivered|delivers|delivering|conveyed|"
    r"conveys|conveying|carried|carries|carrying|presented|presents|presenting|passed\s+on|"
    r"brought|brings|bearing|bore)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:message|letter)s?\s+"
    r"from\s+"
)
# between "from" and the sender's name: their title and style ("President Dr.", "His Majesty
# King"), no clause, no "to" ("a letter from the Kenyan leader to President Y": Y receives it)
_SENDER_GAP = re.compile(r"(?:(?!\bto\s)[^,;:()\"“”]){0,60}")
# between the subject and the verb: nothing, or a relative pronoun ("X, who delivered")
_SUBJECT_GAP = re.compile(r"\s*(?:,\s*who\s+)?(?:(?:also|then|later|has|had|have)\s+)*")
# a national named by office alone: "Tanzanian minister", "Kenya's envoy", "Indian side"
_OFFICE_NOUN = re.compile(r"(?:['’]s)?\s+[a-z]")
_BEARER_KINDS = frozenset({"demonym", "name", "alias", "short"})


def message_senders(text: str, runs: list, country_hits: list) -> None:
    """Give the sender named after "delivered a message from" the bearer's country (see the
    module docstring); only a missing country is filled."""
    for m in _DELIVERED.finditer(text):
        iso3 = _bearer(text, m.start(), runs, country_hits)
        if iso3 is None:
            continue
        for run in runs:
            if run.start < m.end():
                continue
            if (run.country is None and (run.titles or run.confirmed)
                    and _SENDER_GAP.fullmatch(text, m.end(), run.start)):
                run.country = iso3
            break


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
