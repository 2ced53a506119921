"""Names coordinated in a list that share their evidence: "Kyrgyzstan's X and Tajikistan's Y"
(two persons, each of the country before it) and a plural title over a list ("Presidents X and
Y", "Energy secretaries A of Bangladesh and B of Nepal")."""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_clauses import possessive_back
from pipeline.extract.persons_gaps import _SEPARATOR, _skip_ws_back, country_after
from pipeline.extract.persons_runs import _Run

_AND_GAP = re.compile(r"\s+and\s+")


def _possessive_pairs(text: str, runs: list[_Run], hit_by_end: dict) -> None:
    """"Kyrgyzstan's Bakyt Osmonaliev and Tajikistan's Rustam Khudoyorov": two full names, each
    after a country's possessive, coordinated - two persons, each serving that country (a
    single "China's Belt Road" is left alone: the pair is what marks persons)."""

    def owner(run: _Run) -> tuple[str, int] | None:
        q = _skip_ws_back(text, run.start)
        p = possessive_back(text, q)
        hit = hit_by_end.get(p) if p < q else None
        return (hit[3], hit[0]) if hit is not None and hit[4] in ACTOR_KINDS else None

    for a, b in zip(runs, runs[1:]):
        if len(a.tokens) < 2 or len(b.tokens) < 2 or a.titles or b.titles:
            continue
        own_a, own_b = owner(a), owner(b)
        if own_a is None or own_b is None or not _AND_GAP.fullmatch(text, a.end, own_b[1]):
            continue
        for run, own in ((a, own_a), (b, own_b)):
            run.country = run.country or own[0]
            run.licensed = run.confirmed = True


# "The foreign ministers of the two countries, X of A and Y of B": the plural title names the
# pair of sides before its list
_OF_BOTH_SIDES_BACK = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+two|both)[^\S\r\n]+"
    r"(?:countries|nations|sides|governments)[^\S\r\n]*$"
)


def _shared_plural_titles(
    text: str, runs: list[_Run], atom_by_end: dict, hit_by_start: dict | None = None
) -> None:
    """"Presidents Xi Jinping and Vladimir Putin", "Foreign Ministers A, B and C": every name of
    a list right after a plural title holds it; "Energy secretaries A of Bangladesh and B of
    Nepal", "Foreign Ministers A (Chile) and B (Argentina)": each name's own "of <country>" or
    bracketed country gives its country."""
    hit_by_start = hit_by_start or {}

    def own_country(end: int) -> tuple[str | None, int]:
        found = country_after(text, end, hit_by_start)
        return (found[0][3], found[1]) if found is not None else (None, end)

    for k, run in enumerate(runs[:-1]):
        q = _skip_ws_back(text, run.start)
        if text[q - 1 : q] == ",":  # "The Ministers of the Interior, Mr. X and Mr. Y"
            q = _skip_ws_back(text, q - 1)
        atom = atom_by_end.get(q)
        shared = None
        if atom is None and not run.titles and text[q : q + 1] == ",":
            # "The foreign ministers of the two countries, X of Cameroon and Y of Chad": the
            # title over a list of two or more names, each with its own "of <country>"
            both = _OF_BOTH_SIDES_BACK.search(text, max(0, q - 40), q)
            outer = atom_by_end.get(both.start()) if both is not None else None
            own_iso, nxt_gap = own_country(run.end)
            if (outer is not None and outer.plural and outer.title and outer.kind != "descriptor"
                    and k + 1 < len(runs)
                    and _SEPARATOR.fullmatch(text, nxt_gap, runs[k + 1].start)):
                run.titles = [outer.title]
                run.licensed = run.confirmed = True
                run.country = run.country or own_iso
                atom = outer
        if atom is not None and not atom.plural and atom.title:
            # "The Ministers of Foreign Affairs, Ambassador X and Mr. Y": a rank of the first
            # name's own between the plural title and the list; only the plural one is shared
            q = _skip_ws_back(text, atom.start)
            if text[q - 1 : q] == ",":
                q = _skip_ws_back(text, q - 1)
            outer = atom_by_end.get(q)
            if outer is not None and outer.plural and outer.title:
                atom, shared = outer, [outer.title]
        if atom is None or not atom.plural or not run.titles:
            continue
        j = k
        while j + 1 < len(runs) and not runs[j + 1].titles:
            _iso, gap_start = own_country(runs[j].end)
            if not _SEPARATOR.fullmatch(text, gap_start, runs[j + 1].start):
                break
            nxt = runs[j + 1]
            nxt.titles = list(shared or run.titles)
            nxt.licensed = nxt.confirmed = True
            nxt.country = nxt.country or own_country(nxt.end)[0]
            j += 1


# the separator of two members of a list: ", ", " and ", ", and "
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _title_phrase_start(text: str, run: _Run, atom_by_end: dict) -> int | None:
    """Where the title phrase right before ``run`` starts ("Defence Minister X" -> at
    "Defence"), or None when no title (a role noun is none) stands right before it."""
    start = None
    q = _skip_ws_back(text, run.start)
    atom = atom_by_end.get(q)
    while atom is not None and atom.kind != "descriptor" and atom.title:
        start = atom.start
        q = _skip_ws_back(text, atom.start)
        atom = atom_by_end.get(q) if q < atom.start else None
    return start


def _plural_role_lists(text: str, runs: list[_Run], atom_by_end: dict, hit_by_end: dict) -> None:
    """"their Indonesian counterparts, Foreign Minister A and Defence Minister B": a list of
    titled names in apposition to a plural role noun qualified by a country (a demonym or a
    possessive) - every member serves that country, not only the first."""
    for k, run in enumerate(runs[:-1]):
        first = _title_phrase_start(text, run, atom_by_end)
        if first is None:
            continue
        q = _skip_ws_back(text, first)
        if text[q - 1 : q] != ",":
            continue
        role = atom_by_end.get(_skip_ws_back(text, q - 1))
        if role is None or role.kind != "descriptor" or not role.plural:
            continue
        s = _skip_ws_back(text, role.start)
        hit = hit_by_end.get(possessive_back(text, s)) if s < role.start else None
        if hit is None or hit[4] not in ACTOR_KINDS:
            continue
        run.country = run.country or hit[3]
        prev = run
        for nxt in runs[k + 1 :]:
            start = _title_phrase_start(text, nxt, atom_by_end)
            if start is None or not _LIST_GAP.fullmatch(text, prev.end, start):
                break
            nxt.country = nxt.country or hit[3]
            prev = nxt
