"""The first person of a speech, a statement or a transcript: "I" is the speaker the text names.

A text spoken by one person names them once, and then says "I" ("From 16 to 19 March I visited
Nairobi", "Ani and I co-chaired the dialogue", "I was received by the President"):

* the title of a speech or statement: "Remarks by Ms X, Minister for ...", "Statement by X at ...",
  "Speech of X" on a header line (a heading, not a sentence of the body);
* a speaker label opening a paragraph of a transcript ("The Minister of State for Africa (X):",
  "X (Constituency) (Party):", "X:"); the speaker's turn lasts until the next label (a label
  that names nobody, "Mr Speaker:", "Q:", ends it).

Within such a voice, the subject pronoun "I" and the object "me" stand for the speaker: the
sentence's events take them as a person at that place, as if the name were written there. A
pronoun inside quotation marks is someone else's words and is left alone; so is a Roman numeral
"I" after a name ("Exercise Caribe I", "Phase I").
"""

from __future__ import annotations

import re

import polars as pl

from pipeline.extract.event_model import Person, SentenceInput

_HEAD_CHARS = 1500
# the heading of a speech or a statement: "Remarks by", "Statement of", "Keynote address by"
_VOICE_HEAD_RE = re.compile(
    r"(?m)^[^\n]{0,80}?\b(?:Remarks|Speech|Statement|Address|Keynote\s+(?:address|speech)|Opening\s+remarks|"
    r"Closing\s+remarks|Intervention|Toast|Lecture)\s+(?:delivered\s+|made\s+|given\s+)?(?:by|of)\s+"
)
_SAYS_RE = re.compile(r"\b(?:said|says|told|added|stated|noted|remarked|declared|announced|explained|wrote)\b")
_NOBODY_WORDS = 5  # the longest label that names nobody ("Mr Deputy Speaker", "The Chair")
_NAME_REACH = 40  # "Remarks by Ms Claire ..." / "Statement by the Foreign Minister, X"
# a paragraph opening with a short label and a colon: "Mr Speaker:", "Q:", "X (Truro) (Con):"
_LABEL_RE = re.compile(r"\s*[A-Z][^:\n.!?\"“”]{0,150}:\s")
# the subject "I" (not "I." of a list, not a Roman numeral: see _roman) and the object "me"
_PRONOUN_RE = re.compile(r"(?<![\w'’.-])(?:I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|me(?![\w'’-]))")
_MONTHS_DAYS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday And But So Yesterday Today".split()
)
_QUOTES = "\"“”"


def has_voice_head(text: str) -> bool:
    """Whether the top of ``text`` may hold a speech's or statement's heading."""
    return _VOICE_HEAD_RE.search(text, 0, _HEAD_CHARS) is not None


def header_voice(text: str, persons: pl.DataFrame) -> Person | None:
    """The person a speech's or statement's heading names ("Remarks by X, Minister ..."), or None.

    ``persons`` holds the document's person mentions (char_start, char_end, surface, name, title,
    country_iso3) in document offsets."""
    head = text[:_HEAD_CHARS]
    for m in _VOICE_HEAD_RE.finditer(head):
        line_end = head.find("\n", m.end())
        line = head[m.start(): line_end if line_end >= 0 else len(head)]
        if len(line) > 250 or line.rstrip().endswith((".", "!", "?")):
            continue  # a sentence of the body, not a heading
        near = persons.filter(pl.col("char_start").is_between(m.end(), m.end() + _NAME_REACH)).sort("char_start")
        if near.height:
            r = near.row(0, named=True)
            titles = r.get("title")
            if isinstance(titles, str):
                titles = (titles,)
            return Person(0, 0, r["surface"], r.get("name") or r["surface"], tuple(titles or ()), r.get("country_iso3"))
    return None


def label_voice(si: SentenceInput) -> tuple[bool, Person | None]:
    """(whether the paragraph opens with a speaker label, the person it names or None)."""
    m = _LABEL_RE.match(si.text)
    if m is None:
        return False, None
    colon = m.end() - 1
    while colon > 0 and si.text[colon] != ":":
        colon -= 1
    named = [p for p in si.persons if p.end <= colon]
    if not named:
        # a label naming nobody ("Mr Speaker:", "Q:") is short; a longer opening up to a colon is
        # prose ("I am pleased to announce the following: ..."), and the voice goes on
        label = si.text[:colon].split()
        return (len(label) <= _NOBODY_WORDS and label[:1] != ["I"]), None
    p = named[-1]
    # only parentheses (office, constituency, party) between the name and the colon
    between = si.text[p.end: colon]
    if re.fullmatch(r"(?:\s*\)|\s*\([^()]*\))*\s*", between) is None:
        # "President X said: ..." is prose that quotes X, no label: the voice goes on
        return _SAYS_RE.search(between) is None, None
    return True, p


def _roman(text: str, at: int) -> bool:
    """Whether the "I" at ``at`` is a Roman numeral after a name ("Exercise Caribe I")."""
    before = text[:at].rstrip()
    if not before or before[-1] in ",;:(—–-":
        return False
    word = before.rsplit(None, 1)[-1]
    return word[:1].isupper() and word not in _MONTHS_DAYS


def _quoted(text: str, at: int) -> bool:
    return sum(text.count(q, 0, at) for q in _QUOTES) % 2 == 1


def speak_in_first_person(si: SentenceInput, voice: Person) -> None:
    """Add ``voice`` to the sentence's persons where it says "I" or "me" (see the module doc)."""
    text = si.text
    if "I" not in text and "me" not in text:
        return
    added = []
    for m in _PRONOUN_RE.finditer(text):
        a = m.start()
        if text[a] == "I" and _roman(text, a):
            continue
        if _quoted(text, a) or any(p.start <= a < p.end for p in si.persons):
            continue
        added.append(voice._replace(start=a, end=m.end(), surface=m.group()))
    if added:
        si.persons = sorted([*si.persons, *added], key=lambda p: p.start)
