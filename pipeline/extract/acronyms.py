"""Acronyms a text defines: an upper-case acronym in parentheses right after a name, whose letters
are the initials of the name's words ("the Joint Permanent Commission (JPC)", "the Afghanistan-
Pakistan Transit Trade Agreement (APTTA)").  The scanner of the parentheses and the initials are
shared; what counts as the name before them (a body's name ending on its head noun, event_mechanism;
an instrument's title ending on an instrument word, agreement_acronyms) is each finder's own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# "(APTTA)": two to ten capitals (digits and hyphens inside: "(EU-3)"), maybe spaced in the brackets
GATE = r"\(\s*[A-Z][A-Z0-9-]{1,9}\s*\)"
_PAREN_RE = re.compile(r"\(\s*([A-Z][A-Z0-9-]{0,8}[A-Z0-9])\s*\)")
_LETTERS_RE = re.compile(r"[A-Z]+")


def parenthesised(text: str, letters_only: bool = False, max_len: int = 10) -> Iterator[re.Match]:
    """The parenthesised acronyms of ``text`` (group 1: the acronym, at most ``max_len``
    characters); ``letters_only``: only capitals, tight in their brackets ("(BNC)", not "( EU-3 )")."""
    if "(" not in text:
        return
    for m in _PAREN_RE.finditer(text):
        acr = m.group(1)
        if len(acr) > max_len or letters_only and (m.end() - m.start() != len(acr) + 2 or _LETTERS_RE.fullmatch(acr) is None):
            continue
        yield m


def initials(words: Iterable[str], skip: frozenset[str] = frozenset(), capitals_only: bool = False) -> str:
    """The first letters of ``words``, leaving out the words of ``skip`` (compared in lower case)
    and, with ``capitals_only``, the words that do not open on a capital."""
    return "".join(w[0] for w in words if w and w.lower() not in skip and (not capitals_only or w[0].isupper()))
