"""A counted total of a relation's legal base, not a batch signed at one event: "Since 1992, the
two countries have signed over 150 agreements", "To date, A and B have concluded some 80
intergovernmental agreements", "more than 40 agreements since diplomatic ties were established".

A count of instruments is cumulative when its clause carries a cumulative adverbial (since a year or
the start of the relation, to date, so far, over the years, in total) and either the count is
approximate ("more than", "over", "some", "about"), the verb is in the perfect ("have signed") or
a participle right after the instruments holds the span ("the 32 agreements signed since 1999").
Such a total is no agreement row; a batch of one event ("More than 20 agreements were signed
during the visit") has no cumulative adverbial and stays."""

from __future__ import annotations

import re

# since a year or the start of the relation; to date; so far; over the years; in total
_CUMULATIVE_RE = re.compile(
    r"(?i)\b(?:since\s+(?:(?:19|20)\d\d\b|the\s+(?:establishment|start|beginning|launch|inception|signing)\b|"
    # (any event opened by "since the": "since the CEPA entered into force in 2023", "since the visit")
    r"the\s+[\w-]+\b|"
    r"establish|diplomatic\b|independence\b|then\b|its\s+inception\b)|to\s+date\b|so\s+far\b|thus\s+far\b|"
    r"till\s+date\b|until\s+now\b|up\s+to\s+now\b|over\s+the\s+(?:years|decades|past\s+(?:\w+\s+)?(?:years|decades))\b|"
    r"in\s+total\b|altogether\b|cumulatively\b)"
)
# an approximate count right before the number: "more than 40", "over 150", "some 80"
_APPROX_BEFORE_RE = re.compile(
    r"(?i)\b(?:more\s+than|over|some|nearly|almost|about|around|roughly|approximately|upwards\s+of|"
    r"in\s+excess\s+of|at\s+least|well\s+over)\s+$"
)
# the perfect: "have signed", "has so far concluded", "have been signed"
_PERFECT_RE = re.compile(r"(?i)\b(?:have|has|had)\s+(?:(?:so\s+far|already|jointly|together|now)\s+)?(?:been\s+)?"
                         r"(?:signed|concluded|inked|adopted|initialled|initialed|exchanged)\b")
# a participle with a span right after the counted instruments: "the 32 agreements signed since 1999",
# "40 accords concluded over the years" (the count of the span's signings, whatever the main verb)
_PARTICIPLE_SPAN_RE = re.compile(r"(?i)\s+(?:(?:so\s+far|already)\s+)?(?:signed|concluded|inked|adopted)\s+"
                                 r"(?:between\s+the\s+two\s+[\w-]+\s+|by\s+the\s+two\s+[\w-]+\s+)?"
                                 r"(?:since|to\s+date|so\s+far|over\s+the\s+(?:years|decades))\b")
# clause bounds around the count: a semicolon, a full stop or a colon
_CLAUSE_STOP_RE = re.compile(r"[;:]|\.\s")


def is_cumulative_total(text: str, qty_start: int, inst_end: int) -> bool:
    """The count at ``qty_start`` of the instrument ending at ``inst_end`` is a cumulative total of
    the relation's instruments (see the module docstring)."""
    lo = 0
    for m in _CLAUSE_STOP_RE.finditer(text, 0, qty_start):
        lo = m.end()
    stop = _CLAUSE_STOP_RE.search(text, inst_end)
    hi = stop.start() if stop else len(text)
    if _CUMULATIVE_RE.search(text, lo, hi) is None:
        return False
    return (_APPROX_BEFORE_RE.search(text[max(lo, qty_start - 30):qty_start]) is not None
            or _PERFECT_RE.search(text, lo, hi) is not None or _PARTICIPLE_SPAN_RE.match(text, inst_end) is not None)
