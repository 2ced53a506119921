"""The words right after a body's head noun and "of"/"for" name the body's portfolio, not a
person: "the Ministry of Water Resources said", "the Department of Energy Resources announced"
(``person_stopwords.csv``, org "yes": Ministry, Department, Bureau, Commission ...)."""

from __future__ import annotations

import re

from pipeline.extract.persons_lexicon import org_heads

# the head noun and its "of (the)" / "for (the)" right before a run
_OF_HEAD_BACK = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+)[^\S\r\n]+(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?$"
)


def body_portfolio_runs(text: str, runs: list) -> None:
    """A run written right after "Ministry of", "Department for the" ... without an honorific
    of its own is the rest of the body's name: it keeps no title or evidence and counts only as
    a word of a name stated elsewhere in the document."""
    heads = org_heads()
    for run in runs:
        if not text.startswith(run.tokens[0], run.start):
            continue  # "the Office of Mr X": an honorific makes it a person
        m = _OF_HEAD_BACK.search(text, max(0, run.start - 40), run.start)
        if m is None or m.group(1) not in heads:
            continue
        run.titles = []
        run.country = None
        run.confirmed = run.licensed = run.counterpart = False
