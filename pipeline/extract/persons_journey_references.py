"""Hosts met by a traveller whom the text names no more: a pronoun or a definite description.

After the sentence of a journey ("Foreign Minister Amara Diallo flew to Nairobi on Sunday"), news
writing goes on without the traveller's name: a pronoun ("On Monday, she and Foreign Minister
Peter Kamau co-chaired the Joint Commission", "He also met Vice President John Otieno"), a
definite description by the traveller's office or its head noun ("The foreign minister was also
received by Vice President John Otieno", "The Deputy Prime Minister also called on Premier X",
"The minister met President Y"), or, inside the journey sentence, a relative "where she and
Foreign Minister Y co-chaired ...".  An official whom such a reference meets (a meeting word
between the two), or co-chairs with ("she and Y co-chaired", "he and Y held talks"), is a host:
an official of the traveller's destination.

The sender of a letter or message that the reference hands over ("He called on Prime Minister Y and
handed over a letter from President Z", "She handed over a letter from Z") is no host: like the
traveller who carries it, Z is foreign to the destination (a letter someone else hands over, "he
met Y, who handed him a letter from Z", is left to the rules above).

The reference is resolved conservatively: a pronoun opening a sentence (after at most a short
adverbial: "On 6 July, he ...", "Later she ...") stands for the first person named in the closest
sentence before that names anybody; "The <office>" for the one traveller who holds that office
(or an office with that head noun); "where he/she" for the traveller named before it in the
sentence.  The traveller must travel to one country only, and be named at most
:data:`REFERENCE_SENTENCES` sentences before.
"""

from __future__ import annotations

import re

from pipeline.extract.persons_office_kinds import is_state_office

#: how many sentences back the traveller a reference stands for may be named
REFERENCE_SENTENCES = 4
#: ... and for "the visiting <office>", which can only stand for a traveller
VISITING_REFERENCE_SENTENCES = 12
_VISITING = re.compile(r"visiting[^\S\r\n]+")
# a courtesy style inside the description: "the Hon. Minister", "the Rt. Hon. Prime Minister",
# "the Honourable Minister" (read on the lower-cased text): the formal reference of a release to
# the traveller it is about, who may be named further back
_COURTESY = re.compile(
    r"(?:(?:rt\.?|right)[^\S\r\n]+)?hon(?:\.|ourable\b|orable\b)[^\S\r\n]*"
)

# a sentence that opens with the traveller: a short adverbial ("On 6 July,", "Later"), then a
# pronoun or "The" (+ an office, checked against the traveller's titles)
_OPENING = re.compile(
    r"^[^\S\r\n]*(?:[A-Z][^,.;:\"“”()]{0,40},[^\S\r\n]*|(?:Later|Then|Afterwards|Subsequently|"
    r"Earlier|Separately|There|Meanwhile)[^\S\r\n]+|"
    # a short time adverbial without its comma: "On the 11th he", "That evening she"
    r"(?:On|That|This|The[^\S\r\n]+same|Later[^\S\r\n]+that)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+day|morning|afternoon|evening|night|day)"
    r"[^\S\r\n]+(?=[Hh]e[^\S\r\n]|[Ss]he[^\S\r\n]))?"
    r"(?:(?P<pro>[Hh]e|[Ss]he)|(?P<the>[Tt]he))[^\S\r\n]+"
)
# "..., where he and Foreign Minister Y co-chaired": the traveller of the clause before
_WHERE = re.compile(r",[^\S\r\n]*where[^\S\r\n]+(?:he|she)[^\S\r\n]+")
# what a reference and a host do together or to each other
_MEETS = re.compile(
    r"\b(?:meet|meets|met|meeting|talks|called[^\S\r\n]+on|calls[^\S\r\n]+on|call[^\S\r\n]+on|"
    r"received|hosted|welcomed|greeted|co-?chair(?:ed|s|ing)?|jointly[^\S\r\n]+chaired|"
    r"s(?:at|its|it)[^\S\r\n]+down[^\S\r\n]+with)\b",
    re.IGNORECASE,
)
# "she and Y co-chaired ...": a counterpart coordinated with the reference (not a companion,
# who goes "with" the traveller to meet someone)
# (the host's title between: "she and Foreign Minister Y")
_AND = re.compile(
    r"and[^\S\r\n]+(?:(?:[A-Z][\w'’.-]*|of|the|and|for)[^\S\r\n]+){0,8}"
)
_JOINT_VERB = re.compile(
    r"[^\S\r\n]*(?:,[^,]{0,80},[^\S\r\n]*)?(?:co-?chair(?:ed|s)?|jointly[^\S\r\n]+chaired|"
    r"(?:held|hold|holds)[^\S\r\n]+(?:\w+[^\S\r\n]+){0,2}talks|led[^\S\r\n]+(?:\w+[^\S\r\n]+){0,2}"
    r"talks)\b"
)


# the sender of a letter or message right before a name: "handed over a letter from Prime
# Minister X", "conveyed greetings from President X" (only a title between, no "to": "a letter
# from the leader to President Y" names the recipient, who may be a host): the traveller
# carries it from home, so X is no host met there
_SENT_FROM = re.compile(
    r"\b(?:(?:letter|message|note|greetings|invitation|congratulations|condolences)s?\s+from|"
    r"(?:greetings|regards|good\s+wishes)\s+of)\s+"  # "conveyed the warm greetings of President X"
    r"(?:(?:the|his|her|their)\s+)?(?:(?!\bto\s)[^,;:()\"“”]){0,60}$"
)
# the reference itself hands the message over: its verb follows the reference ("He handed over
# ...") or is coordinated with the reference's first verb ("he called on Y and handed over ...",
# "..., where she delivered ..."), with no relative clause of someone else between ("he met Y,
# who handed him a letter from Z": Z is Y's side)
_CARRIES = re.compile(
    r"(?:^|\band[^\S\r\n]+|,[^\S\r\n]*where[^\S\r\n]+(?:he|she)[^\S\r\n]+)"
    r"(?:also[^\S\r\n]+)?(?:handed[^\S\r\n]+over|delivered|conveyed|presented|passed"
    r"[^\S\r\n]+on|brought|carried)\b"
)
_RELATIVE = re.compile(r"\b(?:who|whom|which)\b")


def sender(text: str, runs: list, k: int) -> bool:
    """Whether run ``k`` (of ``runs``, one sentence in order) is named as the sender of a letter
    or message, with no other name between the phrase and it."""
    if " from " not in text and " of " not in text:
        return False
    start = max(runs[k - 1].end if k else 0, runs[k].start - 90)
    return _SENT_FROM.search(text, start, runs[k].start) is not None


def referred_hosts(
    by_sentence: dict[int, list], names: set[str], travellers: dict[str, str],
    visits: dict[str, set[str]], hosts: dict[str, str], since: dict[str, int] | None = None,
) -> None:
    """Add to ``hosts`` (name -> iso3) the officials of ``names`` whom a reference to a traveller
    meets or co-chairs with (see the module docstring).  ``by_sentence``: sentence id -> (start,
    run, name) entries; ``travellers``: name -> the one country the document says they travel to;
    ``visits``: the persons of ``names`` who travel themselves (never hosts; the sender of a
    letter a reference carries is added with the traveller's destination); ``since``: the
    first sentence that says each traveller travels (a reference stands only for a traveller
    whose journey the text has told before it: not for one invited to visit later on)."""
    titles: dict[str, set[str]] = {}
    for entries in by_sentence.values():
        for _s, run, name in entries:
            if name in travellers:
                titles.setdefault(name, set()).update(t.lower() for t in run.titles)
    order = sorted(by_sentence)
    every = travellers
    for k, sid in enumerate(order):
        travellers = every if not since else {
            n: c for n, c in every.items() if since.get(n, -1) <= sid
        }
        entries = sorted(by_sentence[sid], key=lambda e: e[0])
        candidates = [
            (run, name) for _s, run, name in entries
            if name in names and name not in visits and name not in hosts
            and any(is_state_office(t) for t in run.titles)
        ]
        if not candidates:
            continue
        text = entries[0][1].text
        references: list[tuple[int, str]] = []  # (end of the reference, traveller)
        if "he " in text or "He " in text:  # (also "The ")
            m = _OPENING.match(text)
            if m is not None and entries[0][0] >= m.end():
                traveller = _opening_traveller(m, text, order[:k], by_sentence, sid, travellers,
                                               titles)
                if traveller is not None:
                    references.append((traveller[1], traveller[0]))
        if "where" in text:
            for m in _WHERE.finditer(text):
                before = [name for s, _r, name in entries if s < m.start()]
                if before and before[-1] in travellers:
                    references.append((m.end(), before[-1]))
        runs = [r for _s, r, _n in entries]
        for end, traveller in references:
            dest = travellers[traveller]
            for run, name in candidates:
                if run.start < end or name == traveller or name in hosts:
                    continue
                between = text[end : run.start]
                if (sender(text, runs, runs.index(run)) and _CARRIES.search(between)
                        and not _RELATIVE.search(between)):
                    # the sender of a letter the reference carries is no host: like the
                    # traveller, they come from outside the destination
                    visits.setdefault(name, set()).add(dest)
                    continue
                joint = _AND.fullmatch(between) is not None and _JOINT_VERB.match(text, run.end)
                if joint or _MEETS.search(between):
                    hosts[name] = dest


def _opening_traveller(m, text, earlier, by_sentence, sid, travellers, titles):
    """(traveller, end of the reference) for a sentence opening with a pronoun or "The <office>",
    or None."""
    recent = [s for s in earlier if sid - s <= REFERENCE_SENTENCES]
    if m.group("pro"):
        if not recent:
            return None
        first = min(by_sentence[recent[-1]], key=lambda e: e[0])[2]
        return (first, m.end()) if first in travellers else None
    rest = text[m.end() : m.end() + 70].lower()
    skip = 0
    visiting = _VISITING.match(rest) or _COURTESY.match(rest)
    if visiting is not None:
        # "the visiting Minister called on ...": the description says who travels, so the
        # traveller may be named further back (and so may the one "the Hon. Minister" is)
        rest = rest[visiting.end():]
        skip = visiting.end()
        recent = [s for s in earlier if sid - s <= VISITING_REFERENCE_SENTENCES]
    named = {name for s in recent for _s, _r, name in by_sentence[s] if name in travellers}
    found = []
    for name in named:
        # the whole office ("the foreign minister") or its head noun ("the minister")
        # (the head noun of "Minister of Shipping" is its first word)
        forms = {f for t in titles.get(name, ())
                 for f in (t, t.rsplit(" ", 1)[-1], *((t.split(" ", 1)[0],) if " of " in t else ()))}
        best = max(
            (f for f in forms if rest.startswith(f) and not rest[len(f) : len(f) + 1].isalnum()),
            key=len, default=None,
        )
        if best is not None:
            found.append((name, m.end() + skip + len(best)))
    return found[0] if len(found) == 1 else None
