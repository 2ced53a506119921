"""The signature block of a release or a joint statement: a line that is only a name, then a line
that is only the signer's office ("Signed / Jane Doe Mensah / Minister for Information", "For the
Government of X / Name / Minister of Foreign Affairs").  Each line is a sentence of its own, so
the name has no title, verb or honorific to mark it; read together as "Name, Office" the office
is the name's appositive (:func:`signature_block_runs`).  A line before the name that says for
whom the signer signs ("For the Government of the Republic of Kenya", "On behalf of Uganda")
gives the signer's country."""

from __future__ import annotations

import re

from pipeline.extract.countries import find_countries
from pipeline.extract.persons_atoms import title_atoms
from pipeline.extract.persons_lexicon import is_name_word

#: a name line: two to five capitalised words (hyphens and apostrophes inside), nothing else
_NAME_LINE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,4}")
_NAME_CHARS = 60
#: the lower-case words an office line may hold ("Minister for ...", "Secretary of the ...")
_OFFICE_SMALL = frozenset({"of", "for", "and", "the", "to", "in", "on", "&"})
# "For the Government of (the Republic of) Kenya", "On behalf of Uganda", "For the Kingdom of X"
_FOR_SIDE = re.compile(
    r"\s*(?:For|On behalf of)\s+(?:the\s+)?(?:(?:Government|State|People)\s+of\s+(?:the\s+)?)?"
)
# the long form of a state before its name ("Republic of ", "Federal Democratic Republic of ")
_STATE_FORM = re.compile(
    r"(?:(?:Federal|Democratic|Islamic|People'?s|Socialist|United|Arab|Plurinational|"
    r"Co-?operative)\s+)*"
    r"(?:(?:Republic|Kingdom|Sultanate|State|Federation|Principality|Emirate)\s+of\s+(?:the\s+)?)?"
)
_OFFICE_KINDS_NOT = frozenset({"descriptor", "modifier", "portfolio"})
#: an office line is short
_OFFICE_CHARS = 100


def _name_line(text: str) -> bool:
    text = text.strip()
    return (len(text) <= _NAME_CHARS and _NAME_LINE.fullmatch(text) is not None
            and all(is_name_word(w) for w in text.split()) and not find_countries(text))


def _office_line(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > _OFFICE_CHARS or text[-1:] in ".:;?!":
        return False
    atoms = title_atoms(text)
    if not atoms or atoms[0].start != 0 or atoms[0].kind in _OFFICE_KINDS_NOT:
        return False
    return all(w[:1].isupper() or w in _OFFICE_SMALL for w in text.split())


def signature_block_runs(parts: list, analyse) -> None:
    """Re-read (in place) each name line of ``parts`` (one document's parts, in reading order:
    ``part[3]`` is the sentence text) that is followed by an office line, as the name with the
    office for its appositive; ``analyse(text, hits, cues)`` reads a sentence."""
    for k in range(len(parts) - 1):
        name, office = parts[k][3], parts[k + 1][3]
        if not (_name_line(name) and _office_line(office)):
            continue
        joined = name + ", " + office.strip()
        runs = [r for r in analyse(joined, find_countries(joined), (True,) * 5)
                if r.end <= len(name)]
        if not runs:
            continue
        side = _signing_for(parts[k - 1][3]) if k else None
        if side is not None:
            for r in runs:
                r.country = r.country or side
        parts[k] = (runs, parts[k][1], parts[k][2], name)


def _signing_for(text: str) -> str | None:
    """The country of a line "For the Government of X" / "On behalf of X" (nothing after X)."""
    m = _FOR_SIDE.match(text)
    if m is None:
        return None
    rest = text[m.end() :].strip().rstrip(":,")
    hits = [h for h in find_countries(rest) if h.kind in ("name", "alias", "short")]
    if len(hits) == 1 and hits[0].end == len(rest) and _STATE_FORM.fullmatch(rest[: hits[0].start]):
        return hits[0].iso3
    return None
