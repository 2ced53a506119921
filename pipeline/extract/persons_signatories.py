"""Co-signatories of a bilateral instrument serve different sides: "(b) Memorandum of
Understanding on ..., signed by H.E. Eng. X, Minister of Energy, and H.E. Mr. Y, Minister of
Commerce", "the agreement was signed by Trade Minister X and Ambassador Y": each party signs for
its own state, whatever their offices (unlike counterparts, they need not be peers)."""

from __future__ import annotations

import re

from pipeline.extract.persons_links import cued_sentences

# "signed by", "were signed by", "inked by", "initialled by"
# ("signed at the Ministry of Finance in Colombo by", "signed on Tuesday by": a place or time
# between the verb and "by")
_SIGNED_BY = re.compile(
    r"\b(?:signed|inked|initialled|initialed|countersigned)"
    r"(?:\s+(?:at|in|on|during|yesterday|today|earlier|later)\b[^.;:,()]{0,80}?)?\s+by\b"
)
# between the two signatories: the first one's appositive title, then "and" (no other clause)
# (the second one's title may end in a comma before the name: "and the Togolese Minister of
# Agriculture, Mr. Y")
_AND_BETWEEN = re.compile(r"^(?:\s*,[^.;:()]{0,80}?,)?\s*,?\s*and\s+[^.;:,()]{0,60}(?:,\s*)?$")


def _signs_by(text: str) -> bool:
    return " by " in text and _SIGNED_BY.search(text) is not None


def _signatory_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(a, b) for the two titled persons named first after "signed by" in a sentence and
    coordinated by "and" (see :data:`_AND_BETWEEN`)."""
    links: list[tuple[str, str]] = []
    for entries in cued_sentences(resolved, sentence_of, _signs_by, titled_only=True):
        text = entries[0][1].text
        for m in _SIGNED_BY.finditer(text):
            after = [(s, r, n) for s, r, n in entries if s >= m.end()]
            if len(after) < 2:
                continue
            (_s, ra, a), (_t, rb, b) = after[0], after[1]
            if a != b and _AND_BETWEEN.match(text[ra.end : rb.start]):
                links.append((a, b))
    return links
