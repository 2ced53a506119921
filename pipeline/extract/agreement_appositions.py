"""Appositions that rename an instrument: "A protocol upgrading the pact, known as the second-phase
agreement, took effect ...", "the accord (also called the Lima Accord)", "a treaty, dubbed the
Friendship Treaty, ...". The instrument after "known as"/"called"/"dubbed" is the one just named
told a second time, not a second instrument: the two phrases are one mention, which keeps the first
phrase's type (unless that is the plain "agreement") and takes the second's title when the first has
none."""

from __future__ import annotations

import re

from pipeline.extract.agreement_context import _Inst

__all__ = ["merge_alias_apposition"]

# the words between the first instrument's end and the second's start: a comma or an opening
# parenthesis, a naming verb and up to three words before the second instrument's head
_ALIAS_GAP_RE = re.compile(
    r"\s*[,(]\s*(?:(?:also|commonly|popularly|better|formally|officially|widely|informally|often|sometimes)\s+)?"
    r"(?:known\s+as|referred\s+to\s+as|called|dubbed|termed|nicknamed|billed\s+as|styled)\s+"
    r"(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,3}?",
    re.I,
)
_CLOSE_RE = re.compile(r"\s*\)")


def merge_alias_apposition(text: str, first: _Inst, alias: _Inst) -> bool:
    """When ``alias`` renames ``first`` in an apposition right after it, fold it into ``first`` (its
    span, nested heads, title and a more specific type) and return True; else False."""
    if alias.start <= first.end or _ALIAS_GAP_RE.fullmatch(text, first.end, alias.start) is None:
        return False
    if first.type == "agreement" and alias.type != "agreement":
        first.type = alias.type
    if first.name is None and alias.name is not None and alias.titled:
        first.name = alias.name
    first.absorbed = first.absorbed + [(alias.head_start, alias.head_end)] + alias.absorbed
    close = _CLOSE_RE.match(text, alias.end) if text[first.end:alias.start].lstrip().startswith("(") else None
    first.end = close.end() if close is not None else alias.end
    return True
