"""Co-signatories of a bilateral instrument serve different sides: "(b) Memorandum of
Understanding on ..., signed by H.E. Eng. X, Minister of Energy, and H.E. Mr. Y, Minister of
Commerce", "the agreement was signed by Trade Minister X and Ambassador Y": each party signs for
its own state, whatever their offices (unlike counterparts, they need not be peers)."""

from __future__ import annotations

import re

# "signed by", "were signed by", "inked by", "initialled by"
_SIGNED_BY = re.compile(r"\b(?:signed|inked|initialled|initialed|countersigned)\s+by\b")
# between the two signatories: the first one's appositive title, then "and" (no other clause)
_AND_BETWEEN = re.compile(r"^(?:\s*,[^.;:()]{0,80}?,)?\s*,?\s*and\s+[^.;:,()]{0,60}$")


def _signatory_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(a, b) for the two titled persons named first after "signed by" in a sentence and
    coordinated by "and" (see :data:`_AND_BETWEEN`)."""
    by_sentence: dict[int, list] = {}
    cued: dict[str, bool] = {}
    for order, r, name, _c in resolved:
        text = r.text
        hit = cued.get(text)
        if hit is None:
            hit = cued[text] = (" by " in text and _SIGNED_BY.search(text) is not None)
        if hit and r.titles:
            by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    links: list[tuple[str, str]] = []
    for entries in by_sentence.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: e[0])
        text = entries[0][1].text
        for m in _SIGNED_BY.finditer(text):
            after = [(s, r, n) for s, r, n in entries if s >= m.end()]
            if len(after) < 2:
                continue
            (_s, ra, a), (_t, rb, b) = after[0], after[1]
            if a != b and _AND_BETWEEN.match(text[ra.end : rb.start]):
                links.append((a, b))
    return links
