"""Lists of other articles' headlines under a page's link headers ("Most read", "Most popular",
"Trending", "Top stories", "More from Features", "Editor's picks", "Recommended"): a headline there
("Pakistan, Turkey sign 5 MoUs on energy") tells of another article, not of this one.

Unlike "Related:" (:mod:`pipeline.extract.agreements`), these headers may also stand in a page's
navigation above the story, so a line under one (in the same block of lines, up to a blank line) is
taken as a headline only when it reads as one: it does not end as a sentence does (".", "!", "?",
a closing quote).

Some pages set their headlines apart with blank lines ("Related:", blank line, headline, blank line,
headline): a headline-shaped line still belongs to the header when only blank lines and other
headline-shaped lines stand between them (:func:`in_spaced_links_block`)."""

from __future__ import annotations

import re

__all__ = ["LINKS_HEADER_RE", "in_links_block", "in_spaced_links_block"]

# a line that is only such a header (a colon, bar or arrow may close it)
LINKS_HEADER_RE = re.compile(
    r"(?im)^\W*(?:most\s+(?:read|popular|viewed|shared|commented|watched)|trending(?:\s+(?:now|news|stories|today))?|"
    r"latest\s+(?:news|stories|updates|articles|headlines)|top\s+(?:stories|news|headlines|reads)|"
    r"editor['’]?s?\s+(?:picks?|choice)|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|"
    r"more\s+(?:from|in)\s+[\w&' ]{2,30}?|more\s+(?:stories|news|headlines|articles)|(?:in\s+)?other\s+news|"
    r"popular\s+(?:news|stories|articles|posts)|don['’]t\s+miss|must\s+read|what\s+to\s+read\s+next)\s*[:|>»]?\s*$"
)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*\s*$")


def in_links_block(doc_text: str | None, start: int, sentence: str) -> bool:
    """The sentence at ``start`` is a headline under a link header in its block of lines."""
    if not doc_text or _SENTENCE_END_RE.search(sentence):
        return False
    b = doc_text.rfind("\n\n", 0, start)
    return LINKS_HEADER_RE.search(doc_text, b + 1 if b >= 0 else 0, start) is not None


# how many headline lines may stand between a header and the line tested
_MAX_HEADLINES = 8
# a headline is short
_MAX_HEADLINE_WORDS = 20


def in_spaced_links_block(doc_text: str | None, start: int, sentence: str, *header_res: re.Pattern[str]) -> bool:
    """The sentence at ``start`` is a headline-shaped line under a line that is only a link header
    (one of ``header_res``, matched on the whole line; default :data:`LINKS_HEADER_RE`), with only blank lines and headline-shaped lines
    between ("Related:", "", "A, B sign deals on X", "", "<this line>")."""
    if not doc_text or _SENTENCE_END_RE.search(sentence) or len(sentence.split()) > _MAX_HEADLINE_WORDS:
        return False
    pos = doc_text.rfind("\n", 0, start) + 1  # start of the sentence's line
    if doc_text[pos:start].strip():
        return False  # (not the first sentence of its line)
    seen = 0
    while pos > 0:
        prev_start = doc_text.rfind("\n", 0, pos - 1) + 1
        line = doc_text[prev_start : pos - 1].strip()
        pos = prev_start
        if not line:
            continue
        if any(rx.fullmatch(line) is not None for rx in header_res or (LINKS_HEADER_RE,)):
            return True
        seen += 1
        if seen > _MAX_HEADLINES or _SENTENCE_END_RE.search(line) or len(line.split()) > _MAX_HEADLINE_WORDS:
            return False
    return False
