"""A body named short in a title appositive: "X, Director General of the Export Development Board"
in a document that names the body in full once with its country, "the Sri Lanka Export Development
Board" (a name of two words or more: a head noun alone, "the Ministry", may be the writer's own).
A body named after one country serves it, and so does the holder of an office of it written with
the short name (as "BelCCI Chairman X" does with an acronym, :mod:`persons_acronyms`)."""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS, find_countries

_WORD = r"[A-Z][\w'’-]*"
_GAP = r"[^\S\r\n]+"
# the appositive after a name: ", <Title words> of the <Body>" up to its end
_APPOSITIVE_BODY = re.compile(
    rf",{_GAP}(?:the{_GAP})?{_WORD}(?:{_GAP}{_WORD}){{0,4}}{_GAP}of{_GAP}the{_GAP}"
    rf"({_WORD}(?:{_GAP}{_WORD}){{0,4}})(?=[^\S\r\n]*(?:[,.;]|{_GAP}and\b|{_GAP}was\b|$))"
)
_DASH = re.compile(r"[-–—/]")


def _full_names(body: str, texts: list[str]) -> set[str]:
    """The countries of the fuller names the document gives the body ("Sri Lanka Export
    Development Board", "Department of International Trade Promotion of Thailand")."""
    around = re.compile(
        rf"((?:{_WORD}{_GAP}){{0,4}}){re.escape(body)}\b"
        rf"((?:{_GAP}(?:(?:of|for){_GAP}(?:the{_GAP})?|(?:and|&){_GAP}(?!the\b))"
        rf"{_WORD}(?:{_GAP}{_WORD}){{0,3}}){{0,2}})"
    )
    found: set[str] = set()
    for text in texts:
        if body not in text:
            continue
        for m in around.finditer(text):
            if not (m.group(1) or m.group(2)):
                continue
            name = m.group(0)
            hits = [h for h in find_countries(name) if h.kind in ACTOR_KINDS]
            if hits and not any(_DASH.match(name, h.end) for h in hits):
                found.update(h.iso3 for h in hits)
    return found


def short_body_countries(runs: list, texts: list[str]) -> None:
    """Give a titled run with no country the country of the body its title appositive names
    short (two words or more), when the document names that body in full with exactly one
    country."""
    todo = [r for r in runs if r.titles and r.country is None and " of the " in r.text]
    if not todo:
        return
    memo: dict[str, set[str]] = {}
    for run in todo:
        m = _APPOSITIVE_BODY.match(run.text, run.end)
        if m is None:
            continue
        body = m.group(1)
        if " " not in body:
            # a head noun alone ("of the Ministry") may stand for the writer's own body, which
            # goes unnamed: only a name of two words or more is matched
            continue
        if body not in memo:
            memo[body] = _full_names(body, texts)
        countries = memo[body]
        if len(countries) == 1:
            (run.country,) = countries
