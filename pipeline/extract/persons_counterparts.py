"""Counterparts: "Foreign Minister X met his Nigerian counterpart Y" gives Y the office of X
(:func:`counterpart_office`: the last of a compound office, never a rank or a style), or marks Y
for the document-level rule when the sentence names no titled person before."""

from __future__ import annotations

import functools
import re

from pipeline.extract.persons_lexicon import _honorifics, role_titles, title_row
from pipeline.extract.persons_runs import _Run
from pipeline.extract.persons_unnamed_subject import unnamed_subject_office
from pipeline.extract.persons_portfolio_qualifiers import portfolio_qualifier_words
from pipeline.lexicons import read_lexicon

# "his German counterpart, ", "her South Korean counterpart " right before a name
_COUNTERPART_BACK = re.compile(
    r"\b(?:(?:his|her|their)\s+(?:[A-Z][\w'’\-]*\s+){0,3}"
    # wire copy drops the possessive before a nationality: "met Pakistani counterpart X"
    r"|(?:(?<=\s)|(?<=^))(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,3})"
    r"(?:counterparts?|opposite\s+numbers?)\s*,?\s*$"
)


def counterpart_office(titles: list[str]) -> str:
    """The office a counterpart of a holder of ``titles`` holds: the only one, or the last of a
    compound ("Deputy Prime Minister and Foreign Minister" -> Foreign Minister; "Crown Prince and
    Prime Minister" -> Prime Minister: the government office is written last).  A rank or a
    style written between the office and the name is no office ("Foreign Minister Senator X",
    "Chief of Army Staff General Y")."""
    roles = role_titles()
    offices = [t for t in titles if not _is_rank_or_style(t) and t not in roles]
    return _shared_portfolio((offices or [t for t in titles if t not in roles] or titles)[-1])


_FIRST_JOINT = re.compile(r"\s*,\s*|\s+and\s+")


@functools.lru_cache(maxsize=1024)
def _shared_portfolio(office: str) -> str:
    """A ministry whose list of portfolios names the holder's own nation or region ("Minister of
    Foreign Affairs, African Cooperation and Moroccan Expatriates") is not the counterpart's: the
    counterpart shares its first portfolio ("Foreign Minister")."""
    if not office.startswith("Minister ") or not _FIRST_JOINT.search(office):
        return office
    words = set(re.findall(r"[\w'’]+", office))
    if not words & set(portfolio_qualifier_words()):
        return office
    from pipeline.extract.persons_atoms import normalised_title  # (atoms import this module)

    return normalised_title(_FIRST_JOINT.split(office, maxsplit=1)[0])


@functools.lru_cache(maxsize=1024)
def _is_rank_or_style(title: str) -> bool:
    """A military rank (a title some honorific implies: "General") or a legislator's style
    ("Senator")."""
    found = title_row(title)
    if found is not None and found[0].kind == "legislator" and found[0].rank and found[0].rank >= 6:
        return True
    return title in _rank_titles()


@functools.cache
def _ranks_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_rank_titles(), key=len, reverse=True))


# the last word of a military rank ("Field Marshal", "Rear Admiral"), not of an office
_RANK_WORDS = frozenset(
    "General Marshal Admiral Colonel Brigadier Major Captain Lieutenant Commodore Sergeant".split()
)


@functools.cache
def _rank_titles() -> frozenset[str]:
    ranks = {t for t in _honorifics()[1].values() if t}
    for surface, title, kind in read_lexicon("titles").select("surface", "title", "kind").iter_rows():
        if kind == "military" and title and title.split()[-1] in _RANK_WORDS and " of " not in title \
                and not title.startswith(("Chief", "Commander", "Chairman", "Head")):
            ranks.add(title)
    return frozenset(ranks)


def _counterpart_titles(text: str, runs: list[_Run], atoms: list | None = None) -> None:
    """"Foreign Minister X met his Nigerian counterpart Y": Y holds X's office (the last of a
    compound office); with no titled person before it in the sentence, the office of an unnamed
    subject ("The Prime Minister, in a message to his Kuwaiti counterpart Y", ``atoms``: the
    sentence's title phrases), else Y is marked for the document-level rule
    (:func:`pipeline.extract.persons.extract_persons`)."""
    for k, run in enumerate(runs):
        if run.titles and not all(map(_is_rank_or_style, run.titles)):
            continue  # (a rank alone is no office: "his counterpart, Field Marshal X")
        start = run.start
        if run.titles:
            head = text[:start].rstrip()
            rank = next((r for r in _ranks_longest_first() if head.endswith(r)), None)
            if rank is not None:
                start = len(head) - len(rank)
        cue = _COUNTERPART_BACK.search(text, max(0, start - 60), start)
        if cue is None:
            continue
        for prev in reversed(runs[:k]):
            if prev.titles and not role_titles().issuperset(prev.titles):
                office = counterpart_office(prev.titles)
                if office not in run.titles:
                    run.titles = [office, *run.titles]
                run.licensed = run.confirmed = True
                break
        else:
            office = unnamed_subject_office(text, cue.start(), runs, atoms) if atoms else None
            office = counterpart_office([office]) if office is not None else None
            if office is not None:
                if office not in run.titles:
                    run.titles = [office, *run.titles]
                run.licensed = run.confirmed = True
            else:
                run.counterpart = run.confirmed = True
