"""The subject of an indicator figure (the name it is told of) and its source (who reports it),
with the patterns of names they use.
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_metric import _live
from pipeline.extract.indicator_patterns import _ACTOR_KINDS, _NAME_KINDS
from pipeline.extract.indicator_types import SentenceInfo, _overlaps
from pipeline.extract.numbers import Quantity

_SENTENCE_WORDS = frozenset(
    "The A An In On By As At From To Since After Before During With For Under Over Among Through "
    "According Data Figures Statistics Last This That These Those Its Their Both Meanwhile Besides "
    "Moreover However Also Of It They We He She There Here Today Yesterday Separately Taking "
    "While When Although Despite Apart Thanks Following Among "
    # metric words at the start of a sentence are no names ("Trade was worth ...")
    "Trade Exports Imports Investment Investments Bilateral Two-way Total Overall Remittances Shipments".split()
)
_NAME_TOKEN = r"(?:[A-Z][\w'’&.\-–]*|\d+(?:\.\d+)?)"
_NAME_RUN = rf"[A-Z][\w'’&.\-–]*(?:\s+(?:(?:of|on|for|and|in|the|de)\s+)*{_NAME_TOKEN})*"
# the name run without backtracking into it (possessive): a shorter run is always followed by a
# space and a connector or a name token, never by the verb, "(" or "," that must come next, so
# the matches are the same and a failing start is given up at once
_NAME_RUN_ATOMIC = rf"[A-Z][\w'’&.\-–]*+(?:\s+(?:(?:of|on|for|and|in|the|de)\s+)*{_NAME_TOKEN})*+"
_SUBJECT_RE = re.compile(
    rf"(?P<name>{_NAME_RUN_ATOMIC})(?:\s*\((?P<acr>[A-Z][\w&-]*)\))?"
    r"(?:\s*,\s*which|\s*,\s*(?:established|set up|founded|launched|created|formed|built)\b[^,;]{0,60},)?\s+"
    r"(?:(?:has|have|had|is|are|was|were)\b|(?:so far\s+)?[a-z]+ed\b)"
)
_ORG_RE = re.compile(rf"\s*(?:the\s+)?(?P<org>{_NAME_RUN})")
_REPORTING_NAME_RE = re.compile(r"\s+(?:said|says|told|noted|added|stated|reported)\b")
_ORG_TAIL_RE = re.compile(r"(?:\s+(?:and|of|in|for|the))+$")
_POSSESSIVE_RE = re.compile(r"^(.+?)['’]s\s+(.+)$")
_COVER_REST_RE = re.compile(r"(?:\s|,|-|–|\band\b|\bthe\b)*")
_NAME_TAIL_RE = re.compile(r"(?:\s+(?:on|in|of|and|the|since|from))*\s*$")
_MEETINGS_OWNER_RE = re.compile(rf"\s+of\s+(?:the\s+)?(?P<n>{_NAME_RUN})")
_MEETINGS_TAIL_RE = re.compile(r"\s+(?:in|since|of|and)$")


def _source(text: str, info: SentenceInfo) -> tuple[str | None, tuple[int, int] | None]:
    """The source organisation named in the sentence, normalised, with its span."""
    for r in _live("source", None, info.live):
        for m in r.rx.finditer(text):
            om = _ORG_RE.match(text, m.end())
            if not om:
                continue
            org = om.group("org").strip()
            org = _ORG_TAIL_RE.sub("", org.rstrip(".,;:"))
            span = (om.start("org"), om.start("org") + len(org))
            toks = org.split()
            inside = [c for c in info.countries if span[0] <= c[0] and c[1] <= span[1]]
            if len(toks) == 1 and (inside or org.isdigit()):
                continue  # "according to the Pakistani side", "according to China"
            if all(c[3] in _ACTOR_KINDS for c in inside) and inside and sum(c[1] - c[0] for c in inside) >= len(org) - 2:
                continue
            poss = _POSSESSIVE_RE.match(org)
            if poss:
                owner = poss.group(1)
                if any(c[0] == span[0] and c[3] in _NAME_KINDS for c in info.countries):
                    org = f"{poss.group(2)} of {owner}"
            return org, span
    return None, None


def _covered(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """``span`` is made only of the given spans joined by "and", commas or hyphens."""
    rest = list(text[span[0] : span[1]])
    hit = False
    for s, e in spans:
        if span[0] <= s and e <= span[1]:
            hit = True
            for i in range(s - span[0], e - span[0]):
                rest[i] = " "
    return hit and _COVER_REST_RE.fullmatch("".join(rest)) is not None


def _subject(text: str, upto: int, excluded_countries: list[tuple[int, int]],
             excluded_other: list[tuple[int, int]], dates: list[tuple[int, int]] = ()) -> str | None:
    """A capitalised name followed by its verb before ``upto`` (the last one wins); a name made
    only of country words is not a subject, nor the source organisation; a date ends a name
    ("Kenya and Uganda on Monday signed ...")."""
    best = None
    for m in _SUBJECT_RE.finditer(text, 0, upto):
        s, e = m.span("name")
        name = m.group("name")
        if any(ds <= s < de for ds, de in dates):
            continue  # a date is no name: "during July-September 2025 totaled"
        cut = min([ds for ds, _de in dates if s < ds < e] + [e])
        if cut < e:
            name = _NAME_TAIL_RE.sub("", text[s:cut])
        toks = name.split()
        while toks and (toks[0] in _SENTENCE_WORDS or toks[0].islower()):
            s += len(toks[0]) + 1
            toks = toks[1:]
        if not toks:
            continue
        name = " ".join(toks)
        span = (s, s + len(name))
        if _overlaps(span, excluded_other) or _covered(span, excluded_countries, text):
            continue
        if _REPORTING_NAME_RE.match(text, e):
            continue
        best = name
    return best


def _meetings_owner(text: str, q: Quantity) -> str | None:
    m = _MEETINGS_OWNER_RE.match(text[q.end :])
    if m:
        return _MEETINGS_TAIL_RE.sub("", m.group("n"))
    return None
