"""Regular-expression helpers shared by the number, indicator and agreement extractors.

* :func:`trie` - one regex for a list of literal surfaces, factored as a trie (one character test
  rejects a position instead of one test per alternative).
* :func:`fold_case` / :func:`foldable` - a case-sensitive twin of a case-insensitive regex that runs
  on the lower-cased text (same spans, two to three times faster).
* :func:`required_literals` - strings one of which occurs in every match of a pattern, so that a
  cheap substring or Aho-Corasick search can rule a regex out before it runs.

All three are exact: they change how fast a regex runs, never what it finds.
"""

from __future__ import annotations

import functools
import re
from re import _casefix  # type: ignore[attr-defined]
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

__all__ = ["trie", "fold_case", "foldable", "required_literals", "literal_gate", "gate_open", "CASE_ODD"]

def trie(surfaces: list[str], fold: bool = False) -> str:
    """A regex matching any of the literal ``surfaces`` (a space matches any run of whitespace),
    factored as a trie: the engine rejects a position with one character test instead of trying
    every alternative.  At one position the longest surface is tried first, as in a longest-first
    alternation, so the match (and any backtracking into shorter surfaces) is the same.  ``fold``
    merges ASCII letters of different case (for use inside a case-insensitive group)."""
    root: dict = {}
    for s in surfaces:
        node = root
        for ch in s:
            if fold and ch.isascii():
                ch = ch.lower()
            node = node.setdefault(r"\s+" if ch == " " else re.escape(ch), {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [c + emit(child) for c, child in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root) or r"(?!x)x"


def fold_case(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of a case-insensitive regex, for the lower-cased text: its cased
    literals and classes are lower-cased and the IGNORECASE flags dropped, so that
    ``fold_case(rx).search(text.lower())`` finds the spans of ``rx.search(text)`` (when
    ``text.lower()`` keeps every offset and ``text`` holds none of the characters that
    case-insensitive matching treats specially, see :func:`foldable`), two to three times faster.
    None when the regex has cased literals outside IGNORECASE or back-references."""
    tree = sre_parse.parse(rx.pattern, rx.flags)
    ok = True

    def cased(c: int) -> bool:
        nonlocal ok
        ch = chr(c)
        if ch.lower() == ch.upper():
            return False
        if c >= 128 and (c in _EXTRA_CASES or ord(ch.lower()[:1]) in _EXTRA_CASES):
            ok = False  # a letter with extra case forms (sigma, ...): keep the original
        return True

    def walk(items: list, ci: bool) -> None:
        nonlocal ok
        for i, (op, av) in enumerate(items):
            if op is sre_c.LITERAL or op is sre_c.NOT_LITERAL:
                if cased(av):
                    if not ci or len(chr(av).lower()) != 1:
                        ok = False
                    else:
                        items[i] = (op, ord(chr(av).lower()))
            elif op is sre_c.IN:
                new = []
                for iop, iav in av:
                    new.append((iop, iav))
                    if iop is sre_c.LITERAL:
                        if cased(iav):
                            ok = ok and ci and len(chr(iav).lower()) == 1
                            if ok and chr(iav).lower() != chr(iav):
                                new.append((iop, ord(chr(iav).lower())))
                    elif iop is sre_c.RANGE:
                        lo, hi = iav
                        if any(cased(x) for x in range(lo, hi + 1)):
                            ok = ok and ci and hi - lo < 5000
                            if ok:
                                extra = {chr(x).lower() for x in range(lo, hi + 1)}
                                ok = all(len(c) == 1 for c in extra)
                                new.extend((sre_c.LITERAL, ord(c)) for c in sorted(extra) if ok and not lo <= ord(c) <= hi)
                    elif iop not in (sre_c.CATEGORY, sre_c.NEGATE):
                        ok = False
                items[i] = (op, new)
            elif op is sre_c.SUBPATTERN:
                g, add, dele, sub = av
                sub_ci = (ci or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not dele & sre_c.SRE_FLAG_IGNORECASE
                walk(sub.data, sub_ci)
                items[i] = (op, (g, add & ~sre_c.SRE_FLAG_IGNORECASE, dele & ~sre_c.SRE_FLAG_IGNORECASE, sub))
            elif op is sre_c.BRANCH:
                for b in av[1]:
                    walk(b.data, ci)
            elif op in _REPEAT_OPS:
                walk(av[2].data, ci)
            elif op is sre_c.ASSERT or op is sre_c.ASSERT_NOT:
                walk(av[1].data, ci)
            elif op is getattr(sre_c, "ATOMIC_GROUP", None):
                walk(av.data, ci)
            elif op not in (sre_c.AT, sre_c.ANY, sre_c.CATEGORY):
                ok = False  # back-references, conditionals: keep the original

    walk(tree.data, bool(tree.state.flags & sre_c.SRE_FLAG_IGNORECASE))
    if not ok:
        return None
    tree.state.flags &= ~sre_c.SRE_FLAG_IGNORECASE
    try:
        return sre_compile.compile(tree, rx.flags & ~re.IGNORECASE)
    except Exception:  # noqa: BLE001 - an unexpected tree: keep the original regex
        return None


_EXTRA_CASES = _casefix._EXTRA_CASES
_REPEAT_OPS = frozenset(
    op for op in (getattr(sre_c, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op is not None
)


# characters that Python's case-insensitive matching equates with an ASCII letter although their
# lower case is not that letter ("ſ" ~ s, "ı"/"İ" ~ i, Kelvin sign ~ k): a text holding one is
# matched the slow way
CASE_ODD = re.compile("[\u212a\u017f\u0131\u0130]")


def foldable(text: str, low: str) -> bool:
    """Whether ``low`` (``text.lower()``) can stand for ``text`` with :func:`fold_case` regexes."""
    return len(low) == len(text) and (text.isascii() or CASE_ODD.search(text) is None)


# --- required literals -----------------------------------------------------------------------------

_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", sre_c.MAX_REPEAT)}


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two required sets (longer shortest string, then fewer strings)."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _required(items) -> frozenset[str] | None:
    """Strings one of which occurs in every match of the parsed sequence ``items`` (None: none
    known).  A run of consecutive ASCII literals is one required string; a group, a branch whose
    every alternative has a requirement, or a repeat of at least one gives its own."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset({"".join(run)}))
        run = []

    for op, av in items:
        if op is sre_c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        sub: frozenset[str] | None = None
        if op is sre_c.SUBPATTERN:
            sub = _required(av[-1])
        elif op is sre_c.BRANCH:
            parts = [_required(b) for b in av[1]]
            if parts and all(p is not None for p in parts):
                sub = frozenset().union(*parts)
        elif op in _REPEATS:
            lo, _hi, body = av
            if lo >= 1:
                sub = _required(body)
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            sub = _required(av)
        best = _better(best, sub)
    flush()
    return best


@functools.lru_cache(maxsize=1024)
def required_literals(pattern: str) -> frozenset[str] | None:
    """Lower-case ASCII strings, one of which occurs (ignoring ASCII case) in every match of
    ``(?i:pattern)``; None when the pattern gives no such guarantee.

    >>> sorted(required_literals("exports?|exported|shipments? to"))
    ['export', 'exported', 'shipment']
    """
    if not pattern:
        return None
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    req = _required(list(tree))
    if req is not None and (not req or any(not s for s in req)):
        return None
    return req


def literal_gate(patterns: list[str]) -> re.Pattern[str] | None:
    """One case-sensitive regex for the lower-cased text that finds a required string of any of
    the case-insensitive ``patterns`` (no match: none of them can match); None when a pattern
    has no required string (the gate must stay open).  Empty patterns are skipped."""
    lits: set[str] = set()
    for p in patterns:
        if not p:
            continue
        req = required_literals(p)
        if req is None:
            return None
        lits |= req
    return re.compile(trie(sorted(lits))) if lits else re.compile(r"(?!x)x")


def gate_open(gate: re.Pattern[str] | None, text: str, low: str | None = None) -> bool:
    """Whether the regexes behind ``gate`` (see :func:`literal_gate`) may match in ``text``
    (``low``: its lower case, when already known)."""
    if gate is None:
        return True
    if not text.isascii() and CASE_ODD.search(text):
        return True
    return gate.search(text.lower() if low is None else low) is not None

