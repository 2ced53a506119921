"""Office phrases ending right before a name that are more than one title of the lexicon: a
remit ("Special Envoy for Yemen"), the head of a named body ("the head of Sudan's Sovereignty
Council"), an office of an administrative unit ("Governor of Luang Prabang Province"), of a
national force ("Chief of the General Staff of the Saudi Armed Forces") or of a country; and
where in a sentence a remit or a named body may end (:func:`_back_spans`)."""

from __future__ import annotations

import re

from pipeline.extract.persons_atoms import _Atom
from pipeline.extract.persons_gaps import _OF_BODY_BACK, _OF_THE_BACK, _skip_ws_back
from pipeline.extract.persons_lexicon import org_heads

# "for Afghanistan", "for Climate Change", "for the Middle East and North Africa": the remit of an
# office, written between the title and the name
_REMIT_BACK = re.compile(
    r"[^\S\r\n]+for[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*[^\S\r\n]+(?:(?:and|&)[^\S\r\n]+)?){0,3}[A-Z][\w'’-]*$"
)
_REMIT_KINDS = frozenset({"diplomat", "official"})


def _remit_atom_back(text: str, pos: int, atom_by_end: dict) -> _Atom | None:
    """The title atom of "<Title> for <Remit>" ending at ``pos`` ("Special Representative for
    Afghanistan", "Special Envoy for Climate Change"): an envoy's or official's remit is part of
    the title; any other office keeps its plain title.  None when there is none."""
    m = _REMIT_BACK.search(text, max(0, pos - 70), pos)
    if m is None:
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind in ("modifier", "descriptor", "portfolio"):
        return None
    if atom.kind not in _REMIT_KINDS:
        return atom
    remit = " ".join(text[m.start() : pos].split())
    return _Atom(atom.start, pos, atom.kind, f"{atom.title} {remit}", atom.iso3, atom.plural)


# "the head of Sudan's Sovereignty Council", "chairman of the Presidential Leadership Council":
# the head of a named body (a lower-case head noun is no title of its own)
_HEAD_OF_BODY_BACK = re.compile(
    r"(?<![\w'’-])(?:[Hh]ead|[Cc]hief|[Ll]eader)[^\S\r\n]+of[^\S\r\n]+"
    r"(?:(?:the[^\S\r\n]+)?([A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,3})['’]s[^\S\r\n]+"
    r"|the[^\S\r\n]+)((?:[A-Z][\w'’-]*[^\S\r\n]+){0,3}[A-Z][\w'’-]*)$"
)


_REMIT_FWD_SPAN = re.compile(
    r"[^\S\r\n]+for[^\S\r\n]+(?:the[^\S\r\n]+)?(?:[A-Z][\w'’-]*(?:[^\S\r\n]+(?:(?:and|&)"
    r"[^\S\r\n]+)?|$)){1,4}"
)
_HEAD_OF_SPAN = re.compile(
    r"(?<![\w'’-])(?:head|chief|leader)[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*(?:[^\S\r\n]+|$)){1,9}"
)


# a body's name after a title: "of the China Council for the Promotion of International Trade
# (CCPIT)" (capitalised words, with "and", "of", "for", "the" between them, and an acronym; a
# comma only inside a list of portfolios: "of the Ministry of Trade, Industry and Fisheries")
BODY_AFTER_TITLE = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?[A-Z][\w'’-]*"
    r"(?:(?:,[^\S\r\n]+(?=[A-Z][\w'’-]*(?:,|[^\S\r\n]+(?:and|&)[^\S\r\n]))"
    r"|[^\S\r\n]+(?:(?:and|of|for|the|&)[^\S\r\n]+){0,2})[A-Z][\w'’-]*){0,9}"
    r"(?:[^\S\r\n]*\([A-Z][A-Za-z&.-]{1,9}\))?"
)


def _back_spans(text: str, atoms: list, heads: bool) -> list[tuple[int, int]]:
    """Stretches of the sentence where a remit after a title ("Special Envoy for Yemen") or a
    named body after "head of" may end right before a name: the only places, besides a title,
    a country or an organisation, that :func:`_read_before` must read."""
    spans = []
    if " of " in text:
        # "Chairman of the Belarusian Chamber of Commerce and Industry (BelCCI) X": a body named
        # after one country between the title and the name
        for a in atoms:
            m = BODY_AFTER_TITLE.match(text, a.end)
            if m is not None:
                spans.append((a.end, m.end()))
    if " for " in text:
        for a in atoms:
            m = _REMIT_FWD_SPAN.match(text, a.end)
            if m is not None:
                spans.append((a.end, m.end()))
    if heads:
        org = org_heads()
        for m in _HEAD_OF_SPAN.finditer(text):
            # (up to the body's head noun: "the head of Sudan's Sovereignty Council|")
            words = list(_WORD.finditer(text, m.start(), m.end()))
            last = next((w.end() for w in reversed(words) if w.group() in org), None)
            if last is not None:
                spans.append((m.start(), last))
    return spans


_WORD = re.compile(r"[\w'’-]+")


def _heads_a_body(text: str) -> bool:
    """Whether the sentence may name "the head|chief|leader of <Body>" (a quick test)."""
    return "head of " in text or "hief of " in text or "eader of " in text


def _head_of_body_back(text: str, pos: int, hit_by_end: dict) -> _Atom | None:
    """An atom "Head of the <Body>" for "the head of <Country>'s <Body>" (country given by the
    possessive) or "the head of the <Body>" ending at ``pos``, where the body's last word is an
    organisation's head noun ("Council", "Committee", "Authority"); else None."""
    if "ead of" not in text and "hief of" not in text and "eader of" not in text:
        return None
    m = _HEAD_OF_BODY_BACK.search(text, max(0, pos - 90), pos)
    if m is None:
        return None
    body = m.group(2)
    if body.rpartition(" ")[2] not in org_heads():
        return None
    iso3 = None
    if m.group(1) is not None:
        hit = hit_by_end.get(m.end(1))
        if hit is None or hit[0] != m.start(1):
            return None  # "the head of Acme's Board": a body of a country only
        iso3 = hit[3]
    else:  # "the head of the Sudanese Sovereignty Council"
        iso3 = next((h[3] for h in hit_by_end.values() if m.start(2) <= h[0] and h[1] <= pos),
                    None)
    body = " ".join(body.split())
    return _Atom(m.start(), pos, "official", f"Head of the {body}", iso3)


# an administrative unit named by its own name ("Luang Prabang Province", "Kassala State")
_UNIT_NOUNS = frozenset(
    "Province State Region District Prefecture County City Municipality Governorate Oblast "
    "Division Department Territory Canton Emirate".split()
)
_UNIT_OF_BACK = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?:[A-Z][\w'’-]*[^\S\r\n]+){1,3}"
    r"([A-Z][a-z]+)$"
)
_UNIT_OFFICE_KINDS = frozenset({"official", "legislator", "party"})


def _office_of_unit_back(text: str, pos: int, atom_by_end: dict) -> _Atom | None:
    """The title atom of "<Office> of <Name> <Unit>" ending at ``pos`` ("the Governor of Luang
    Prabang Province, Mr. X", "Chief Minister of Kassala State Y"): a sub-national office of a
    place the country list does not know; its country is left to the document."""
    if text[max(0, pos - 14) : pos].rpartition(" ")[2] not in _UNIT_NOUNS:
        return None
    m = _UNIT_OF_BACK.search(text, max(0, pos - 60), pos)
    if m is None or m.group(1) not in _UNIT_NOUNS:
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind not in _UNIT_OFFICE_KINDS:
        return None
    return atom


def _office_of_force_back(text: str, pos: int, atom_by_end: dict, hit_by_end: dict):
    """(title atom, country) of "<Office> of the [<Demonym>] <Body> <Head>" ending right before
    ``pos`` (a rank: "Chief of the General Staff of the Saudi Armed Forces General X"), where the
    body's head is an organisation word ("Forces", "Corps"); else None."""
    q = _skip_ws_back(text, pos)
    if q == pos:
        return None
    if text[q - 1] == ",":
        q = _skip_ws_back(text, q - 1)  # "Commander of the Royal Thai Navy, Admiral X"
    m = _OF_BODY_BACK.search(text, max(0, q - 70), q)
    if m is None or m.end() != q or m.group(1) not in org_heads():
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind in ("modifier", "descriptor"):
        return None
    country = None
    for end, hit in hit_by_end.items():
        if m.start() < hit[0] and end <= q:
            country = hit[3]
            break
    return atom, country


def _office_of_country_back(text: str, pos: int, atom_by_end: dict, hit_by_end: dict):
    """(title atom, iso3) of "<title> of <country>" ending at ``pos``, else (None, None)."""
    hit = hit_by_end.get(pos)
    if hit is None:
        return None, None
    m = _OF_THE_BACK.search(text, max(0, hit[0] - 12), hit[0])
    if m is None or m.group(1).lower() != "of":
        return None, None
    atom = atom_by_end.get(m.start())
    if atom is None:
        # "Chief of the General Staff of the Armed Forces of the Kyrgyz Republic, Major General
        # X": a body of the country (its last word an organisation's head noun) in between
        body = _OF_BODY_BACK.search(text, max(0, m.start() - 60), m.start())
        if body is not None and body.group(1) in org_heads():
            atom = atom_by_end.get(body.start())
    if atom is None or atom.kind in ("modifier", "descriptor") or not atom.title:
        return None, None
    return atom, hit[3]
