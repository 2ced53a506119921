"""Counts of agreement instruments: the count written before an instrument ("14 Executive
Programs"), one count over two coordinated plurals, and a batch counted by the items of an inline
list."""

from __future__ import annotations

import functools
import re

from pipeline.extract.agreement_context import _Inst, list_colon
from pipeline.extract.agreement_lexicon import _is_plural
from pipeline.extract.indicator_regex import gate_open, trie
from pipeline.extract.numbers import find_quantities, number_words

_FUNC = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their this these those than signed sides countries nations leaders parties".split()
)


@functools.lru_cache(maxsize=256)
def _quantity_span_before(text: str, start: int) -> tuple[int | None, int]:
    """The count written right before an instrument ("14 Executive Programs") and where the
    mention then starts (the count's start; ``start`` without a count).  Memoised: the finder
    asks again for the same instrument (validity, batches, counts)."""
    window_start = max(0, start - 60)
    if ":" in text[window_start:start]:
        # "13:30 - 14 documents signed": a live page's timestamp heading the entry is no count (nor
        # a range with the count)
        stamp = None
        for stamp in _TIMESTAMP_RE.finditer(text, window_start, start):
            pass
        if stamp is not None:
            window_start = stamp.end()
    window = text[window_start:start]
    if not gate_open(_numberish(), window):
        return None, start  # no digit and no number word: no count
    qs = [q for q in find_quantities(window) if q.kind in ("number", "count")]
    if not qs:
        return None, start
    if len(qs) >= 2 and qs[-2].value == qs[-1].value and _PAREN_NUMERAL_RE.fullmatch(window, qs[-2].end, qs[-1].start):
        # "eleven (11) cooperation documents": a number word restated in figures is one count
        close = _CLOSE_PAREN_RE.match(window, qs[-1].end)
        if close is not None:
            qty = _count_of(window[: qs[-1].end] + window[close.end() :], qs[-1])
            return qty, (start if qty is None else window_start + qs[-2].start)
    qty = _count_of(window, qs[-1])
    return qty, (start if qty is None else window_start + qs[-1].start)


_PAREN_NUMERAL_RE = re.compile(r"\s*\(\s*")
_TIMESTAMP_RE = re.compile(r"\b\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\s*[-–—|,]\s*")
_CLOSE_PAREN_RE = re.compile(r"\s*\)")


@functools.cache
def _numberish() -> re.Pattern[str]:
    """A digit or a number word, searched in lower-cased text (every quantity holds one)."""
    return re.compile(rf"\d|{trie(number_words())}")


def _count_of(window: str, q) -> int | None:
    between = window[q.end :].split()
    if len(between) == 3 and between[1].lower() in ("and", "or"):
        # "11 intergovernmental and interdepartmental documents": two coordinated modifiers count
        # as one (each is then checked like a single modifier)
        between = [between[0], between[2]]
    if len(between) > 2:
        return None
    for w in between:
        lw = w.lower().strip(",")
        if lw in _FUNC or lw.endswith("ed") or (lw.endswith("s") and not lw.endswith("ss")) or not w.isalpha():
            return None
    if q.value != int(q.value) or q.value <= 0 or q.value > 10000:
        return None
    return int(q.value)


def _count_inline_batch(text: str, valid: list[_Inst], rows: list[dict]) -> None:
    """A plural instrument before the colon of an inline list ("The following documents were signed
    on 3 April: 1. MoU on ...; 2. ...") without a count of its own is the batch of the items after it."""
    colon = list_colon(text)
    n_items = sum(1 for i in valid if i.lead and i.start > colon)
    if n_items < 2 or _PARTIAL_LEAD_RE.search(text, 0, colon + 1):
        return  # ("... signed, among them: ...": examples, not the whole batch)
    for inst, row in zip(valid, rows):
        if inst.end <= colon and row["quantity"] is None and _is_plural(inst.surface):
            row["quantity"] = n_items


_PARTIAL_LEAD_RE = re.compile(
    r"(?i)\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|others|which|these|those)|such\s+as|"
    r"for\s+(?:example|instance)|notably)\b[^:]{0,12}:$"
)
_PLAIN_AND_RE = re.compile(r"\s+(?:and|&)\s+")
_BATCH_AND_RE = re.compile(r"\s*,?\s+(?:and|or|&)\s+|\s*,\s*")


def _one_counted_batch(text: str, valid: list[_Inst]) -> list[_Inst]:
    """A count over coordinated plural instruments is one batch ("seven agreements and memoranda
    of understanding", "twelve agreements and declarations of intent", "fourteen agreements,
    memoranda of understanding and executive programmes"): the later ones join the first.  Two bare
    plurals joined by "and" are one uncounted batch too ("signed agreements and MoUs")."""
    out: list[_Inst] = []
    for inst in valid:
        prev = out[-1] if out else None
        if (prev is not None and not inst.name and _is_plural(inst.surface)
                and _is_plural(prev.surface) and _BATCH_AND_RE.fullmatch(text, prev.end, inst.start)
                and _quantity_span_before(text, prev.start)[0] is not None):
            prev.end = inst.end
            prev.cues = prev.cues + [c for c in inst.cues if c not in prev.cues]
            continue
        if (prev is not None and not inst.name and not prev.name and _is_plural(inst.surface)
                and _is_plural(prev.surface) and not inst.generic and not prev.generic
                and _PLAIN_AND_RE.fullmatch(text, prev.end, inst.start)):
            # "witnessed the signing of agreements and MoUs in various fields": one uncounted batch of
            # mixed instruments (an agreement batch when the kinds differ)
            if prev.type != inst.type:
                prev.type = "agreement"
            prev.end = inst.end
            prev.cues = prev.cues + [c for c in inst.cues if c not in prev.cues]
            continue
        out.append(inst)
    return out
