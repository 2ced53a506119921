"""A national body's acronym before a title: "BelCCI Chairman X" in a document that spells the
body out once, "the Belarusian Chamber of Commerce and Industry (BelCCI)".  A body named after
one country serves it (as "Chairman of the Belarusian Chamber ..." does, see
:mod:`persons_before`), and so does the holder of an office of it written with its acronym."""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS, find_countries

# "the Belarusian Chamber of Commerce and Industry (BelCCI)": a capitalised body name, then its
# acronym in brackets
_DEFINED = re.compile(
    r"((?:[A-Z][\w'’-]*[^\S\r\n]+(?:(?:and|of|for|the|&)[^\S\r\n]+){0,2}){0,9}[A-Z][\w'’-]*)"
    r"[^\S\r\n]*\(([A-Z][A-Za-z&.-]{1,9})\)"
)
# the acronym right before a title phrase that leads into the name: "BelCCI First Deputy
# Chairman X", "the GACC's Vice Minister X"
_ACRONYM_TITLE_BACK = re.compile(
    r"(?<![\w'’-])([A-Z][A-Za-z&.-]{1,9})(?:['’]s)?[^\S\r\n]+(?:[A-Z][\w'’-]*[^\S\r\n]+){1,4}"
    r"(?:[A-Z][\w'’.-]*[^\S\r\n]+)?$"
)
# the acronym closing a title phrase before the name: "Deputy Commander-in-Chief of the RTA,
# General X", "Chairman of the BelCCI X" (a rank or an honorific may follow the comma)
_OF_ACRONYM_BACK = re.compile(
    r"(?<![\w'’-])(?:of|at)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"([A-Z](?=[a-z&.-]*[A-Z])[A-Za-z&.-]{1,9})[^\S\r\n]*,?[^\S\r\n]+"
    r"(?:[A-Z][\w'’.-]*[^\S\r\n]+){0,2}$"
)
# the acronym before a title written in lower case, the common newspaper style ("CMAC
# director-general X", "COMAC chairman Y", "NEPRA vice chairman Z"): only when every word of
# the phrase is a word of the title the run was given (no verb or clause in between: not "URA
# welcomed trade minister X", "a statement by URA quoted minister X")
_ACRONYM_LOWER_TITLE_BACK = re.compile(
    r"(?<![\w'’-])([A-Z][A-Za-z&.-]{1,9})(?:['’]s)?((?:[^\S\r\n]+[a-z][a-z'’-]*){1,3})[^\S\r\n]+$"
)
_TITLE_WORD = re.compile(r"[a-z]+")
_DASH = re.compile(r"[-–—/]")
_AND_THE = re.compile(r"[^\S\r\n]+and[^\S\r\n]+the[^\S\r\n]+")


def acronym_countries(texts: list[str]) -> dict[str, str]:
    """acronym -> iso3 for each body a document spells out once before its acronym in brackets,
    when the name holds exactly one country (never two: "the India-Bangladesh Chamber")."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for m in _DEFINED.finditer(text):
            # "The Singapore Army and the Royal Thai Army (RTA)": two definite bodies in a row,
            # the acronym spells out the last
            body = _AND_THE.split(m.group(1))[-1]
            hits = [h for h in find_countries(body) if h.kind in ACTOR_KINDS]
            if len({h.iso3 for h in hits}) == 1 and not any(
                _DASH.match(body, h.end) for h in hits
            ):
                found.setdefault(m.group(2), hits[0].iso3)
    return found


def acronym_body_countries(runs: list, texts: list[str]) -> None:
    """Give a titled run with no country the country of the national body whose acronym stands
    right before its title phrase ("BelCCI Chairman X") or closes it ("Commander-in-Chief of
    the RTA, General X", where the document spells out "the Royal Thai Army (RTA)")."""
    todo = [r for r in runs if r.titles and r.country is None and not r.org_office]
    if not todo:
        return
    table: dict[str, str] | None = None
    spelled: dict[str, str | None] = {}
    for run in todo:
        found = [
            m.group(1)
            for m in (
                _ACRONYM_TITLE_BACK.search(run.text, max(0, run.start - 80), run.start),
                _OF_ACRONYM_BACK.search(run.text, max(0, run.start - 40), run.start),
            )
            if m is not None
        ]
        low = _ACRONYM_LOWER_TITLE_BACK.search(run.text, max(0, run.start - 60), run.start)
        if low is not None:
            phrase = _TITLE_WORD.findall(low.group(2).lower())
            words = {w for t in run.titles for w in _TITLE_WORD.findall(t.lower())}
            if phrase and all(w in words for w in phrase):
                found.append(low.group(1))
        if not found:
            continue
        if table is None:
            table = acronym_countries(texts)
        for acronym in found:
            iso3 = table.get(acronym)
            if iso3 is None:
                if acronym not in spelled:
                    spelled[acronym] = spelled_out_country(acronym, texts)
                iso3 = spelled[acronym]
            if iso3 is not None:
                run.country = iso3
                break


# a capitalised name, small joining words inside ("Saudi Fund for Development")
_CAP_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:[^\S\r\n]+(?:(?:of|for|and|the|&)[^\S\r\n]+){0,2}[A-Z][\w'’-]*){1,8}"
)
_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")


def spelled_out_country(acronym: str, texts: list[str]) -> str | None:
    """The country of the body whose capitalised words the all-capital ``acronym`` spells, when
    the document writes that name out without brackets ("a loan from the Saudi Fund for
    Development ... SFD CEO X"): the one country its name holds, else None (none, two, or two
    bodies of different countries)."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    n = len(acronym)
    found: set[str] = set()
    for text in texts:
        if acronym[0] not in text:
            continue
        for m in _CAP_NAME.finditer(text):
            words = list(_CAP_WORD.finditer(m.group()))
            for i in range(len(words) - n + 1):
                if "".join(w.group()[0] for w in words[i : i + n]) != acronym:
                    continue
                name = m.group()[words[i].start() : words[i + n - 1].end()]
                hits = [h for h in find_countries(name) if h.kind in ACTOR_KINDS]
                if len({h.iso3 for h in hits}) == 1 and not any(
                    _DASH.match(name, h.end) for h in hits
                ):
                    found.add(hits[0].iso3)
                elif hits:
                    return None
    return found.pop() if len(found) == 1 else None
