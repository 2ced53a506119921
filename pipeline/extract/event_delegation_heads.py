"""The head of the other delegation, named in the sentence after a meeting.

"Foreign Secretary A led the Pakistani side at the sixth round of consultations held in Berlin on
Thursday. The German delegation was headed by State Secretary B.": a meeting told with the person
of one side only (or with no person: "The 3rd round of consultations was held in X on 16 June. The
Chilean side was led by Y.", see events), and a next sentence of the same paragraph (with no date of its own) that says who
headed the delegation (side, team) of the meeting's other country; that person takes part in the
meeting for that country.  The same sentence may name the head of the other side too: "The
Pakistan side was led by X, while the Vietnamese delegation was headed by Y".
"""

from __future__ import annotations

import re

from pipeline.extract.event_model import Draft, SentenceInput

# "The German delegation was headed by …", "The Chilean side was led by …", "Heading the Peruvian
# delegation was …": the demonym's place mention gives the side
_HEADED_BY = re.compile(
    r"^\s*(?:The|Heading\s+the|Leading\s+the)\s+(?P<dem>[A-Z][\w'’-]+)\s+(?:delegation|side|team)\s*,?\s*"
    r"(?:(?:was|is|were|had\s+been)\s+(?:headed|led)\s+by\b|was\b)"
)
_WHILE_HEADED_BY = re.compile(
    r"(?:,|;)\s*(?:while|whereas|and)\s+the\s+(?P<dem>[A-Z][\w'’-]+)\s+(?:delegation|side|team)\s*,?\s*"
    r"(?:was|is|were|had\s+been)\s+(?:headed|led)\s+by\b"
)
GATE = ("headed by", "led by", "Heading the", "Leading the", "led the", "headed the")
# the active voice: "Major General X led the Namibian delegation." (the subject heads the side)
_TITLE_WORDS = re.compile(r"\s*(?:[A-Z][\w.'’()-]*\s+){0,6}")  # the head's titles before the name
_LED_THE = re.compile(r"\s+(?:led|headed)\s+the\s+(?P<dem>[A-Z][\w'’-]+)\s+(?:delegation|side|team)\b")


def one_sided(drafts: list[Draft]) -> list[Draft]:
    """Meetings between two countries whose persons stand for one of them only."""
    out = []
    for e in drafts:
        if e.event_type != "meeting" or len(e.countries) != 2 or not e.persons:
            continue
        sides = {p.country for p, _ in e.persons}
        if len(sides) == 1 and None not in sides and next(iter(sides)) in e.countries:
            out.append(e)
    return out


def name_the_other_head(meetings: list[Draft], si: SentenceInput) -> None:
    """Add the head of the other side's delegation that ``si`` names (see module doc)."""
    text = si.text
    if not any(g in text for g in GATE):
        return
    m = _HEADED_BY.match(text)
    if m:
        head = next((p for p in si.persons if p.start >= m.end()), None)
    else:
        # "X led the Chilean delegation": the sentence's first person, right before the verb
        head = si.persons[0] if si.persons else None
        m = _LED_THE.match(text, head.end) if head is not None else None
        if m is None or not _TITLE_WORDS.fullmatch(text, 0, head.start):
            head = None
    if head is None or m is None:
        return
    heads = [(m, head)]
    # "…, while the Vietnamese delegation was headed by Y": the other side's head in the same sentence
    for m2 in _WHILE_HEADED_BY.finditer(text, head.end):
        head2 = next((p for p in si.persons if p.start >= m2.end()), None)
        if head2 is not None:
            heads.append((m2, head2))
    for m, head in heads:
        # the demonym's country (its place mention, when the sentence's places are known), else the
        # country the person finder gave the head
        side = next((p.iso3 for p in si.places if p.start == m.start("dem")), None) or head.country
        if side is None or (head.country and head.country != side):
            continue
        for e in meetings:
            if side in e.countries and all(p.country != side for p, _ in e.persons):
                e.persons.append((head._replace(country=side), "participant"))
