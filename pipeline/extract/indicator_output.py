"""The output of a bilateral project: "The Saindak project, operated by Metallurgical Corporation of
China, produced 16,400 tonnes of blister copper in 2025" in a China-Pakistan article is a measure of
the relationship (metric ``copper_production``), while "Kenya produces 2 million tonnes of tea" is a
country's own output and stays out.  The project is bilateral when a firm of one country of the
document's pair operates, owns, runs, builds or finances it: "operated by <a firm named after the
country>", "a Chinese-run mine".
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_metric import _ADJACENT_GAP_RE, _snake
from pipeline.extract.indicator_types import SentenceInfo
from pipeline.extract.numbers import Quantity

# units of goods a project turns out (energy has its own metric: electricity_generated)
_OUTPUT_UNITS = frozenset({"tonnes", "barrels", "m3"})
# the verb (or noun) of output right before the figure: "produced 16,400 tonnes", "an output of"
_OUTPUT_BEFORE_RE = re.compile(r"(?i)\b(?:produc(?:ed|es|e|ing)|extract(?:ed|s)?|mined|output\s+of|production\s+of)\b")
# the goods after the figure, up to three lower-case words before a preposition, a time word or
# punctuation: "of blister copper in 2025", "of crude oil last year"
_GOODS_RE = re.compile(
    r"\s+of\s+(?P<g>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:in|at|from|last|this|during|and|for|a|an|per|since|on|by|so|over|between|to|with|which|that)\b|\s*[,.;:)]|\s*$)"
)
# a firm that runs the project: "operated by Metallurgical Corporation of China", "owned by the
# China Road and Bridge Corporation" (the country named in the firm's name ends the match)
_RUN_BY_RE = re.compile(
    r"\b(?:operated|owned|run|built|constructed|developed|managed|financed|funded)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w&.'’-]*\s+){0,5}?(?:of\s+)?$"
)
_RUN_AFTER_RE = re.compile(r"-(?:operated|owned|run|built|funded|financed|invested|backed|managed)\b")


def project_output(text: str, q: Quantity, before: str, info: SentenceInfo) -> str | None:
    """The metric (``<goods>_production``) of a figure that is the output of a project run by a
    firm of one country of the document's pair, else None."""
    if q.kind != "measure" or q.unit not in _OUTPUT_UNITS or len(info.dyad) != 2:
        return None
    # (only quantifiers between the verb and the figure: "produced about 16,400 tonnes")
    verbs = [m for m in _OUTPUT_BEFORE_RE.finditer(before) if _ADJACENT_GAP_RE.fullmatch(before, m.end())]
    if not verbs:
        return None
    verb = q.start - len(before) + verbs[-1].start()  # the output verb's offset in ``text``
    gm = _GOODS_RE.match(text, q.end)
    if gm is None:
        return None
    if not any(iso in info.dyad and (
            _RUN_BY_RE.search(text, max(0, s - 80), s) is not None
            or (kind in ("demonym", "adjective", "name", "alias", "short") and _RUN_AFTER_RE.match(text, e)))
            for s, e, iso, kind in info.countries if e <= q.start and _same_clause(text, s, e, verb)):
        return None
    head = gm.group("g").split()[-1]
    return f"{_snake(head)}_production"


# a clause boundary between a firm's cue and the output verb ("The Chinese-built railway opened in 1976,
# and Zambia's mines produced ..."), or a subordinate clause that holds the cue ("Although the stadium was
# built by a Chinese contractor, Zambia produced ...", "Zambia, whose airport was built by China X, produced")
_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\b")
_SUBORDINATOR_RE = re.compile(r"(?i)\b(?:although|though|while|whereas|when|after|before|whose|where)\b")


def _same_clause(text: str, s: int, e: int, verb: int) -> bool:
    """Is the country cue at ``text[s:e]`` in the clause whose verb of output opens at ``verb``?"""
    if verb < e:
        return True
    if _CLAUSE_BREAK_RE.search(text, e, verb):
        return False
    # a subordinator before the cue (after the last comma) whose clause closes before the verb
    start = text.rfind(",", 0, s) + 1
    return not (_SUBORDINATOR_RE.search(text, start, s) and "," in text[e:verb])
