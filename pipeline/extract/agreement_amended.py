"""The earlier instrument an amending one acts on, dated by a year ("a protocol amending the air
transport agreement of 1998", "a protocol amending their 1998 maritime agreement", "a protocol
revising the 2011 treaty on X"): a reference to the instrument concluded that year — its own fact,
dated by that year — while the year is neither the amending instrument's signing nor a date of the
sentence's other instruments ("signed three documents, including a protocol amending the agreement
of 1998": the documents were signed on the day of the talks, not in 1998)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.agreement_context import _Inst
from pipeline.extract.agreement_names import _ACTING_ON_RE

# past the participle of an amending instrument (``_ACTING_ON_RE`` of the names: "amending", "revising",
# "extending" ...) and the determiner of the instrument it acts on, with a year right after the determiner
# ("amending their 1998 ...")
_PARTICIPLE_DET_RE = re.compile(r"\s+\S+\s+\S+\s+(?:((?:19|20)\d\d)\s+)?")
# an "of <year>" complement right after the nested instrument ("the agreement of 1998", "of 4 May 1998")
_OF_YEAR_AFTER_RE = re.compile(
    r"\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b(?!\s*[-–—/]\s*\d)")


@dataclass(frozen=True)
class AmendedReference:
    start: int  # the nested instrument's phrase (past the participle, its determiner and a year before it)
    end: int
    head_start: int
    head_end: int
    year: int
    of_year: tuple[int, int] | None  # span of the "of <year>" complement after it, when the year is written there


def amended_reference(text: str, inst: _Inst) -> AmendedReference | None:
    """The dated instrument that ``inst`` (an amending instrument whose name holds it: "Protocol amending
    the air transport agreement") acts on; None when it names none or no year dates it."""
    if not inst.absorbed or inst.generic:
        return None
    hs, he = max(inst.absorbed)
    if he > inst.end or hs < inst.head_end:
        return None
    acting = None
    for acting in _ACTING_ON_RE.finditer(text, inst.head_end, hs):
        pass  # (the last participle before the nested head)
    m = _PARTICIPLE_DET_RE.match(text, acting.start()) if acting is not None else None
    if m is None or m.end() > hs:
        return None
    year = int(m.group(1)) if m.group(1) else None
    of_year = None
    after = _OF_YEAR_AFTER_RE.match(text, inst.end)
    if after is not None:
        of_year = (after.start(), after.end())
        year = year or int(after.group(1))
    if year is None:
        return None
    return AmendedReference(m.end(), inst.end, hs, he, year, of_year)


def reference_name(text: str, ref: AmendedReference) -> str:
    """The nested instrument's name, one form however the year is written ("Air transport agreement")."""
    name = " ".join(text[ref.start : ref.end].replace("’", "'").split())
    return name[:1].upper() + name[1:]
