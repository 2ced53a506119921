"""The office of an unnamed title holder who is the subject of a counterpart clause: "The Prime
Minister, in a separate message to his Kuwaiti counterpart X, ...", "the Spanish prime minister
would receive his Portuguese counterpart X": X holds that office even though the sentence names
no titled person before it (the document-level rule, the last titled person named, would give
X the office of whoever was named before)."""

from __future__ import annotations

import re

from pipeline.extract.persons_lexicon import role_titles

# an office that is the object of a preposition is no subject: "at the invitation of the
# President, the Prime Minister met his counterpart X" ("of the President" is skipped)
_OBJECT_BACK = re.compile(
    r"\b(?i:of|to|by|with|from|for|on|at|and)\s+(?i:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,2}$"
)
# words that may stand between a title and a name it belongs to (honorifics are names' own)
_NAME_GAP = re.compile(r"[\s,]*")
_SUBJECT_KINDS = frozenset(
    {"head_of_state", "head_of_government", "deputy", "minister", "military", "official",
     "party", "legislator", "diplomat"}
)


def unnamed_subject_office(text: str, cue_start: int, runs: list, atoms: list) -> str | None:
    """The title of the last office phrase before the counterpart cue (at ``cue_start``) that no
    name follows or precedes and that is no preposition's object; else None."""
    starts = {r.start for r in runs}
    ends = {r.end for r in runs}
    roles = role_titles()
    for atom in reversed(atoms):
        if atom.end > cue_start:
            continue
        if atom.kind not in _SUBJECT_KINDS or not atom.title or atom.plural or atom.title in roles:
            continue
        after = _NAME_GAP.match(text, atom.end).end()
        if after in starts or any(e <= atom.start and not text[e : atom.start].strip(" ,")
                                  for e in ends):
            return None  # a named holder's title: the usual rule (or none) applies
        if _OBJECT_BACK.search(text, max(0, atom.start - 40), atom.start):
            continue
        return atom.title
    return None
