"""The clause that holds an instrument's signing, for its parties: countries named in another clause
of the sentence are no sides of it.

* A clause opened by a contrastive or concessive conjunction ("..., while Pakistan and Afghanistan
  agreed to boost trade", "but", "whereas", "although") or a second reported clause (", and that
  India and Egypt also upgraded their ties") after the instrument ends its clause; one before the
  signing opens it ("A and B agreed to ..., while C and D signed eight MoUs").
* A fronted subordinate clause holding the instrument ("While Pakistan signed an MoU with
  Uzbekistan, Afghanistan welcomed the project") ends at its first comma."""

from __future__ import annotations

import re

__all__ = ["party_clause"]

_NEXT_CLAUSE_RE = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but|although|though|even\s+as)\s|,\s*and\s+that\s|;\s")
# (at the sentence's start, also after a dateline: "ISLAMABAD, March 4 (APP) -- While ...")
_FRONTED_SUB_RE = re.compile(r"(?:^|--|[—–:]\s)\W*(?:While|Whereas|Although|Though|Even\s+as)\s")


def party_clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """(lo, hi) narrowed to the clause of the instrument and its signing spanning [start, end)."""
    if ";" not in text and "hile" not in text and "but" not in text and "hough" not in text \
            and "hereas" not in text and "even as" not in text and "Even as" not in text and "and that" not in text:
        return lo, hi  # (no clause word at all: the common case, without a regex)
    m = _NEXT_CLAUSE_RE.search(text, end, hi)
    if m is not None:
        hi = m.start()
    fronted = None
    for fronted in _FRONTED_SUB_RE.finditer(text, 0, start):
        pass
    if fronted is not None and text.find(",", fronted.end(), start) < 0:
        comma = text.find(",", end, hi)
        if comma >= 0:
            hi = comma
    for m in _NEXT_CLAUSE_RE.finditer(text, lo, start):
        lo = m.end()
    return lo, hi
