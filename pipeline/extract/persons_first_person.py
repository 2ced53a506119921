"""The first person of a speech, a parliamentary statement or an interview answer.

A transcript names who says "I" once, and then only writes "I", "my", "we":

* a speech's header: "Remarks by Ms X, Minister for Europe and Foreign Affairs, at ...",
  "Speech by X at ...", "Statement by X";
* a parliamentary record's label before each contribution: "The Minister of State for Africa
  (X): ...", "X: ...", "X (Constituency) (Party): ...";
* an interview's answer label: "Ambassador X: ...", or the speaker's initials ("LFRO: ..." for
  "Lucía Fernanda Ramírez Olvera"), the speaker holding the floor until the next label.

What the first person then says of themselves settles countries like the same words said of a
named person: "my visit to Kenya", "I visited Nairobi", "to be back in Yerevan" (the speaker
travels there, so serves the other side of a bilateral text); "I was received by President Y",
"I met Y", "I spoke by telephone to Y", "I co-chaired, with Y, ...", "my counterpart, Y" (Y is
of the other side).  And "a letter from Z" handed to Y ("to whom I handed a letter from Z"): the
sender and the recipient serve different sides.  And what the speaker brings from someone ("I would
like to convey to you warm greetings from General Secretary Z", "I bring you a message from
President Z", "I have handed over a letter from Prime Minister Z"): an envoy or a visiting leader
carries their own side's greetings, so Z serves the speaker's side.

:func:`first_person_facts` returns (visits, opposite links, same-side links) for
:func:`pipeline.extract.persons_home.settle_countries`.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS, find_countries

# a speech's header: "Remarks by Ms X, ...", "Keynote Address by X", "Statement delivered by X"
_HEADER = re.compile(
    r"\b(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Ss]tatement|[Tt]oast|[Ll]ecture)\s+"
    r"(?:(?:delivered|given|made)\s+)?by\s+$"
)
HEADER_SENTENCES = 8
# a label that opens a contribution: up to a colon near the start of the sentence
_LABEL = re.compile(r"^[^\S\r\n]*([^:\n.?!]{1,90}?)[^\S\r\n]*:[^\S\r\n]")
_INITIALS = re.compile(r"[A-Z]{2,6}")
_FIRST_PERSON = re.compile(r"\b(?:I|my|My|we|We|our|Our)\b")

_PLACE_KINDS = ACTOR_KINDS | {"capital", "city"}
_PLACE_KINDS = _PLACE_KINDS - {"demonym", "adjective"}
# the speaker travels to a place: the place starts where the match ends
_VISIT = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|journey|mission)\s+to|"
    r"(?:I|[Ww]e)\s+(?:have\s+|had\s+|also\s+|recently\s+|then\s+)*(?:visited|travell?ed\s+to|"
    r"flew\s+to|went\s+to|arrived\s+in)|"
    r"(?:to\s+be|I\s+am|I'm|[Ww]e\s+are)\s+back\s+in)\s+(?:the\s+)?"
)
# the speaker meets, is received by, calls or co-chairs with the person named next
_MEETS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:have\s+|had\s+|also\s+|then\s+|later\s+|first\s+)*"
    r"(?:was\s+received\s+(?:at\s+[^.;:,]{1,40}\s+)?by|were\s+received\s+(?:at\s+[^.;:,]{1,40}\s+)?by|"
    r"met(?:\s+with)?|spoke\s+(?:by\s+(?:tele)?phone\s+)?(?:to|with)|talked\s+(?:to|with)|"
    r"called\s+on|telephoned|held\s+talks\s+with|co-chaired\s*,?\s*with|co-chaired\s+[^.;:]{1,60}?\s+with)"
    r"[^.;:]{0,90}$"
    r"|\b(?:[Mm]y|[Oo]ur)\s+(?:[A-Z][\w'’-]+\s+)?(?:counterparts?|opposite\s+numbers?|host)\s*,?[^.;:]{0,70}$"
)
# "X and I co-chaired", "Ani and I signed": the speaker's partner, named before "and I"
_AND_I = re.compile(r"^\s+and\s+I\s+(?:have\s+|had\s+|also\s+|just\s+)*"
                    r"(?:co-chaired|met|signed|held|discussed|agreed|reviewed)\b")
# the sender of a letter handed to someone: "to whom I handed a letter from Z", "handed Y a
# letter from Z", "a letter from Z to Y"
_LETTER_FROM = re.compile(
    r"\b(?:letter|message|invitation)\s+from\s+(?:(?:the|his|her|their|my|our)\s+)?[^.;:]{0,60}$"
)
_TO_WHOM = re.compile(r"^\s*,\s*to\s+whom\s+[^.;:]{0,60}$")
_HANDED = re.compile(
    r"^\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:letter|message)\s+from\s+[^.;:]{0,60}$"
)

# the speaker carries greetings or a message from the person named next: "I would like to convey
# to you warm greetings from General Secretary Z", "We bring you the greetings of President Z",
# "I have handed over a letter from Z" (only the sender's title between: no "to", no clause);
# what the speaker *receives* ("I received a letter from Z") says nothing of the kind
_CONVEYS = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:would|should)\s+like\s+to\s+|wish\s+to\s+|want\s+to\s+|must\s+|"
    r"(?:am|are)\s+(?:happy|glad|pleased|honou?red)\s+to\s+|have\s+the\s+honou?r\s+to\s+|"
    r"have\s+|had\s+|also\s+|first\s+)*"
    r"(?:convey(?:ed)?|bring|brought|pass(?:ed)?\s+on|extend(?:ed)?|deliver(?:ed)?|"
    r"hand(?:ed)?\s+over|carr(?:y|ied)|transmit(?:ted)?)\s+"
    r"(?:to\s+(?:you|him|her|them|the\s+[a-z]+)\s+|you\s+)?(?:(?:the|a|an|my|our)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:greetings|regards|wishes|message|letter|congratulations)\s+"
    r"(?:from|of)\s+(?:(?!\bto\s)[^,;:()\"“”.]){0,60}$"
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _label_speaker(text: str, entries: list, names: set[str]) -> tuple[bool, str | None]:
    """(is this sentence a label, the person it names or None)."""
    m = _LABEL.match(text)
    if m is None:
        return False, None
    label = m.group(1)
    words = label.split()
    if len(words) > 12:
        return False, None
    end = m.end(1)
    inside = [(r, name) for r, name in entries if r.end <= end]
    if inside:
        if len(inside) == 1 or all(name == inside[0][1] for _r, name in inside):
            return True, inside[0][1]
        # "The Minister (X): ..." - the bracketed holder; "X (Truro) (Con):" - the first
        bracketed = [name for r, name in inside if text[r.start - 1 : r.start] == "("]
        return True, (bracketed[0] if bracketed else inside[0][1])
    if _INITIALS.fullmatch(label):
        found = [n for n in names if _initials(n) == label]
        return True, (found[0] if len(found) == 1 else None)
    # a label naming no person ("Mr Speaker", "The Andes Review", "Q"): nobody speaks as "I"
    # for us (only a short label: a longer "phrase:" is prose)
    return len(words) <= 5 and label[:1].isupper(), None


def first_person_facts(
    resolved: list, sentence_of: list, texts: dict[int, str]
) -> tuple[dict[str, set[str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(name -> countries the first person travels to, opposite links, same-side links) of one
    document (see the module docstring).  ``texts`` are the document's sentences by id (those
    without a name included)."""
    visits: dict[str, set[str]] = {}
    links: list[tuple[str, str]] = []
    same: list[tuple[str, str]] = []
    by_sentence: dict[int, list] = {}
    for order, r, name, _c in resolved:
        by_sentence.setdefault(sentence_of[order], []).append((r, name))
    for entries in by_sentence.values():
        entries.sort(key=lambda e: e[0].start)
        for (ra, a), (rb, b) in zip(entries, entries[1:]):
            # the sender and the recipient of a letter
            if a == b or "from" not in ra.text:
                continue
            text = ra.text
            if _LETTER_FROM.search(text, max(0, rb.start - 90), rb.start) and (
                _TO_WHOM.match(text[ra.end : rb.start]) or _HANDED.match(text[ra.end : rb.start])
            ):
                links.append((a, b))
    names = {name for _o, _r, name, _c in resolved}
    speaker: str | None = None
    header_speaker: str | None = None
    labelled = False
    for k, sid in enumerate(sorted(texts)):
        text = texts[sid]
        entries = by_sentence.get(sid, [])
        if k < HEADER_SENTENCES and header_speaker is None:
            for r, name in entries:
                if _HEADER.search(text, max(0, r.start - 40), r.start):
                    header_speaker = speaker = name
                    break
        if ":" in text[:100]:
            is_label, who = _label_speaker(text, entries, names)
            if is_label:
                speaker = who
                labelled = True
        if speaker is None and not labelled:
            speaker = header_speaker
        if speaker is None or _FIRST_PERSON.search(text) is None:
            continue
        for m in _VISIT.finditer(text):
            hit = next((h for h in find_countries(text[m.end() : m.end() + 60])
                        if h.start == 0 and h.kind in _PLACE_KINDS), None)
            if hit is not None:
                visits.setdefault(speaker, set()).add(hit.iso3)
        for r, name in entries:
            if name == speaker:
                continue
            window = max(0, r.start - 160)
            m = _MEETS.search(text, window, r.start)
            sent = _CONVEYS.search(text, window, r.start)
            if sent is not None and not any(
                sent.start() < o.start and o.end <= r.start for o, _n in entries if o is not r
            ):
                # (the first person named after the verb: the sender; a later name is not)
                same.append((speaker, name))
                continue
            if m is not None and not any(
                m.start() < o.start and o.end <= r.start for o, _n in entries if o is not r
            ):
                # (the first person named after the verb: "I met X and Y" links X only)
                links.append((speaker, name))
            elif _AND_I.match(text, r.end):
                links.append((speaker, name))
    return visits, links, same
