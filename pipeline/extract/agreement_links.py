"""Lists of other articles' headlines under a page's link headers ("Most read", "Most popular",
"Trending", "Top stories", "More from Features", "Editor's picks", "Recommended"): a headline there
("Pakistan, Turkey sign 5 MoUs on energy") tells of another article, not of this one.

Unlike "Related:" (:mod:`pipeline.extract.agreements`), these headers may also stand in a page's
navigation above the story, so a line under one (in the same block of lines, up to a blank line) is
taken as a headline only when it reads as one: it does not end as a sentence does (".", "!", "?",
a closing quote)."""

from __future__ import annotations

import re

__all__ = ["LINKS_HEADER_RE", "in_links_block"]

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
