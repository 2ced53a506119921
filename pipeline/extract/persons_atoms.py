"""The title, modifier and role-noun phrases of one sentence (:class:`_Atom`), found with the
lexicon's title regex, the generic "minister of ..." reading and the party chief of a Chinese
province or city, non-overlapping and left to right (:func:`title_atoms`); and the normalised
title of a title phrase on its own (:func:`normalised_title`, also used by the scorer)."""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass

from pipeline.extract.countries import ACTOR_KINDS, find_countries
from pipeline.extract.persons_lexicon import (
    _generic_minister_regex,
    _title_regex,
    generic_minister,
    org_heads,
    title_row,
)
from pipeline.extract.persons_office_demonyms import blanked, demonym_gaps

@dataclass(slots=True)
class _Atom:
    """A title, modifier or descriptor phrase in a sentence."""

    start: int
    end: int
    kind: str  # a title kind, "descriptor" or "modifier"
    title: str | None
    iso3: str | None
    plural: bool = False  # "foreign ministers": several people


def _lowered(text: str) -> str:
    """``text`` in lower case with the same length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


def title_atoms(text: str) -> list[_Atom]:
    """Titles, modifiers and role nouns of a sentence, non-overlapping, left to right."""
    atoms = _title_atoms(text)
    if "Command" in text:
        atoms = [_commanded_unit(text, a) if _commands(a.title) else a for a in atoms]
    return atoms


def _commands(title: str | None) -> bool:
    """A commander's title ("Commander", "Flag Officer Commanding", "General Officer Commanding")."""
    return title is not None and (title == "Commander" or title.endswith(" Commanding"))


# "Commander Peshawar Corps", "Commander Pakistan Fleet", "Commander of the Saudi contingent",
# "Flag Officer Commanding Eastern Fleet": the unit a commander leads, named after the title (its
# last word a military unit's noun); a named national force after "of the" too ("Commander of
# the Royal Bahrain Naval Force")
_COMMANDED_UNIT = re.compile(
    r"[^\S\r\n]+((?:of[^\S\r\n]+the[^\S\r\n]+)?(?:[A-Z][\w'’-]*[^\S\r\n]+){0,3}"
    r"(?:Corps|Fleet|Command|Division|Brigade|Squadron|Flotilla|[Cc]ontingent|[Tt]ask[^\S\r\n]+"
    r"[Ff]orce|Military[^\S\r\n]+(?:District|Region))"
    r"|of[^\S\r\n]+the[^\S\r\n]+(?:[A-Z][\w'’-]*[^\S\r\n]+){1,3}(?:Forces?|Navy|Army|Guards?))"
    r"(?![\w'’-])"
)


def _commanded_unit(text: str, atom: _Atom) -> _Atom:
    """A commander's atom widened to the unit written after it, if any."""
    m = _COMMANDED_UNIT.match(text, atom.end)
    if m is None:
        return atom
    unit = " ".join(m.group(1).split())
    # the unit's country when it names one ("Pakistan Fleet", "the Saudi contingent")
    iso3 = next((h.iso3 for h in find_countries(unit) if h.kind in ACTOR_KINDS), atom.iso3)
    return _Atom(atom.start, m.end(), atom.kind, f"{atom.title} {unit}", iso3, atom.plural)


def _title_atoms(text: str) -> list[_Atom]:
    found: list[tuple[int, int, int, _Atom]] = []  # (start, -length, priority, atom)
    for m in _title_regex().finditer(_lowered(text)):
        _title_found(found, text, m.start(), m.end())
    gaps = demonym_gaps(text)
    if gaps:  # "Chief of the Russian General Staff": the office without the adjective
        _offices_around_demonyms(found, text, gaps)
    generic = "inister" in text or "ecretar" in text or "dviser" in text or "dvisor" in text
    party = "CPC" in text or "Communist Party of China" in text
    if not (generic or party):
        # the matches of one finditer are already left to right and never overlap
        return [t[3] for t in found] if not gaps else _non_overlapping(found)
    if generic:
        for m in _generic_minister_regex().finditer(text):
            _generic_found(found, m, m.start(), m.end())
    if party:
        for m in _PARTY_COMMITTEE.finditer(text):
            title = "Deputy Party Secretary" if m.group(1) else "Party Secretary"
            found.append((m.start(), m.start() - m.end(), 0,
                          _Atom(m.start(), m.end(), "party", title, "CHN")))
    return _non_overlapping(found)


# "Secretary of the CPC Sichuan Provincial Committee", "Secretary of the CPC Xiamen Municipal
# Committee": the party chief of a Chinese province or city, whatever its name
_PARTY_UNIT = r"(?:Provincial|Municipal|Autonomous\s+Regional|Regional|Prefectural|County|City)"
_PARTY_COMMITTEE = re.compile(
    r"(?<![\w'’])(?:(Deputy)\s+)?Secretary\s+of\s+the\s+(?:"
    r"(?:CPC|Communist\s+Party\s+of\s+China)\s+(?:[A-Z][\w'’-]*\s+){1,3}" + _PARTY_UNIT +
    r"\s+(?:Party\s+)?Committee"
    # "Secretary of the Sichuan Provincial Committee of the Communist Party of China"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}" + _PARTY_UNIT + r"\s+(?:Party\s+)?Committee\s+of\s+the\s+"
    r"(?:CPC|Communist\s+Party\s+of\s+China))(?![\w'’])"
)


def _title_found(found: list, text: str, s: int, e: int) -> None:
    hit = title_row(text[s:e])
    if hit is not None:
        row, plural = hit
        found.append((s, s - e, 0, _Atom(s, e, row.kind, row.title, row.iso3, plural)))


def _offices_around_demonyms(found: list, text: str, gaps: list[tuple[int, int, str]]) -> None:
    """Title phrases that span a blanked nationality adjective, as titles of that country."""
    plain = blanked(_lowered(text), gaps)
    for m in _title_regex().finditer(plain):
        s, e = m.start(), m.end()
        gap = next((g for g in gaps if s < g[0] and g[1] < e), None)
        if gap is None:
            continue
        hit = title_row(plain[s:e])
        if hit is not None and hit[0].kind not in ("modifier", "descriptor", "portfolio"):
            row, plural = hit
            found.append((s, s - e, 0, _Atom(s, e, row.kind, row.title, row.iso3 or gap[2], plural)))


# the head noun of a body's name right after a portfolio ("Minister of the National Health|
# Commission"): the words read as a portfolio are the body's name
_BODY_HEAD_FWD = re.compile(r"[^\S\r\n]+([A-Z][a-z]+)\b(?![-'’])")


def _generic_found(found: list, m: re.Match, s: int, e: int) -> None:
    head = m.group("hpre") or m.group("hpost")
    kind, title, iso3 = generic_minister(m.group("whole"), m.group("pre") or m.group("post"), head)
    body = _BODY_HEAD_FWD.match(m.string, e) if m.group("hpost") else None
    if body is not None and body.group(1) in org_heads():
        # "Minister of the National Health Commission", "Secretary of the Planning Commission":
        # the office of a body (its name written whole, as the text gives it)
        e = body.end()
        title = " ".join(m.string[s:e].split())
    # "Energy secretaries X and Y", "the ministers of trade": several people
    plural = _PLURAL_HEAD.search(head) is not None
    found.append((s, s - e, 1, _Atom(s, e, kind, title, iso3, plural)))


_ORDER = operator.itemgetter(0, 1, 2)


def _non_overlapping(found: list[tuple[int, int, int, _Atom]]) -> list[_Atom]:
    """Atoms from (start, -length, priority, atom): leftmost first, then longest, then an
    explicit row before the generic reading; overlapping ones dropped."""
    if len(found) < 2:
        return [t[3] for t in found]
    # leftmost first, then longest, then an explicit row before the generic reading
    found.sort(key=_ORDER)
    atoms: list[_Atom] = []
    last_end = -1
    for start, _neg, _prio, atom in found:
        if start >= last_end:
            atoms.append(atom)
            last_end = atom.end
    return atoms


_PLURAL_HEAD = re.compile(r"(?:ministers|secretaries)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def normalised_title(title: str) -> str:
    """The normalised title of a title phrase written on its own, as the extractor would give it:
    "Commerce Minister" and "Minister for Commerce" -> "Minister of Commerce", "Chief of the
    Defence Staff" -> "Chief of Defence Staff", "Deputy Minister for Economic Diplomacy" ->
    "Deputy Minister of Economic Diplomacy" (titles.csv rows, the generic portfolio rule and the
    modifiers kept before a title).  A phrase that is not exactly one title (after its
    modifiers) is returned as written, spaces collapsed."""
    text = " ".join(title.split())
    atoms = title_atoms(text)
    prefix: list[str] = []
    pos = 0
    for k, atom in enumerate(atoms):
        if atom.start < pos or text[pos : atom.start].strip():
            return text  # words outside any title
        pos = atom.end
        if atom.kind == "modifier" and k < len(atoms) - 1:
            if atom.title:
                prefix.append(atom.title)
            continue
        if k < len(atoms) - 1 or not atom.title or text[pos:].strip():
            return text  # two offices, a bare role noun, or trailing words
        return " ".join([*prefix, atom.title])
    return text
