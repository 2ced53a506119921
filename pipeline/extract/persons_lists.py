"""Names coordinated in a list that share their evidence: "Kyrgyzstan's X and Tajikistan's Y"
(two persons, each of the country before it) and a plural title over a list ("Presidents X and
Y", "Energy secretaries A of Bangladesh and B of Nepal")."""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_clauses import possessive_back
from pipeline.extract.persons_gaps import _OF_THE_FWD, _SEPARATOR, _skip_ws_back
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


def _shared_plural_titles(
    text: str, runs: list[_Run], atom_by_end: dict, hit_by_start: dict | None = None
) -> None:
    """"Presidents Xi Jinping and Vladimir Putin", "Foreign Ministers A, B and C": every name of
    a list right after a plural title holds it; "Energy secretaries A of Bangladesh and B of
    Nepal": each name's own "of <country>" gives its country."""
    hit_by_start = hit_by_start or {}

    def own_country(end: int) -> tuple[str | None, int]:
        m = _OF_THE_FWD.match(text, end)
        hit = hit_by_start.get(m.end()) if m else None
        return (hit[3], hit[1]) if hit is not None else (None, end)

    for k, run in enumerate(runs[:-1]):
        q = _skip_ws_back(text, run.start)
        if text[q - 1 : q] == ",":  # "The Ministers of the Interior, Mr. X and Mr. Y"
            q = _skip_ws_back(text, q - 1)
        atom = atom_by_end.get(q)
        shared = None
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
