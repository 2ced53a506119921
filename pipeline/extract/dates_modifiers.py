"""The words right before a date expression: value-preserving modifiers that belong to its span
("the end of", "mid-", "early") and the qualifier they give it (``as_of``, ``since``,
``until``)."""

from __future__ import annotations

import re


# Value-preserving modifiers directly before a date, included in its span.
_MODIFIER_RE = re.compile(
    r"(?:\b(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+year\s+)?"
    r"|\b(?:year-end|end|mid|early|late)(?:\s*-\s*|\s+)"
    r"|\b(?:earlier|later|so\s+far)\s+)$",
    re.I,
)
_QUALIFIER_RES = (
    ("as_of", re.compile(r"\b(?:as\s+(?:of|at|on)|by|at)\s+(?:the\s+)?$", re.I)),
    ("since", re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.I)),
    ("until", re.compile(r"\b(?:until|till|til|through|up\s+to|up\s+until|no\s+later\s+than)\s+(?:the\s+)?$", re.I)),
)


# Words one of which ends the text before a modifier or a qualifier can match (a quick test
# before the regex; a non-ASCII tail is always searched since re.I folds some letters to ASCII).
_MODIFIER_TAILS = ("of", "year", "end", "mid", "early", "late", "earlier", "later", "far", "-")
_QUALIFIER_TAILS = ("of", "at", "on", "by", "since", "until", "till", "til", "through", "to",
                    "than", "the")


def _may_end_with(window: str, tails: tuple[str, ...]) -> bool:
    """Could a regex that ends in one of ``tails`` then whitespace (or "-") end the window?"""
    if not window or not (window[-1].isspace() or window[-1] == "-"):
        return False
    t = window.rstrip()[-12:]  # no tail is longer than 7 characters
    return not t[-8:].isascii() or t.lower().endswith(tails)


def _modifier_start(text: str, pos: int) -> int:
    window = text[max(0, pos - 40):pos]
    if not _may_end_with(window, _MODIFIER_TAILS):
        return pos
    m = _MODIFIER_RE.search(window)
    return pos - (len(window) - m.start()) if m else pos


_AT_END_RE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)
_END_SPAN_RE = re.compile(r"(?:the\s+)?(?:end|close)\b|year-end", re.I)
_END_OF_RE = re.compile(r"(?:the\s+)?(?:very\s+)?(?:end|close)\s+of\b|year-end|end\s*-", re.I)
# the characters a match of _END_OF_RE can open with (no other letter folds to these under re.I)
_END_OF_FIRST = frozenset("tTvVeEcCyY")


# the words each of _QUALIFIER_RES can end with (before an optional "the"): a regex whose words
# do not end the window is not run
_QUALIFIER_ENDS = {
    "as_of": ("of", "at", "on", "by"),
    "since": ("since",),
    "until": ("until", "till", "til", "through", "to", "than"),
}


# (the subsets of _QUALIFIER_RES by a bit mask of their positions, built once)
_QUALIFIER_ENDS_SEQ = tuple(_QUALIFIER_ENDS[label] for label, _ in _QUALIFIER_RES)
_QUALIFIER_SUBSETS = tuple(
    tuple(r for i, r in enumerate(_QUALIFIER_RES) if mask >> i & 1)
    for mask in range(1 << len(_QUALIFIER_RES))
)


def _qualifier_res(before: str) -> tuple:
    """The regexes of :data:`_QUALIFIER_RES` that may match ``before`` (all of them when the
    window's end is not plain ASCII, where case-insensitive matching has exotic forms)."""
    if not _may_end_with(before, _QUALIFIER_TAILS):
        return ()
    t = before.rstrip()
    if not t.isascii():
        return _QUALIFIER_RES
    t = t.lower()
    u = t[:-3].rstrip() if t.endswith("the") else ""
    mask = 0
    for i, ends in enumerate(_QUALIFIER_ENDS_SEQ):
        if t.endswith(ends) or u.endswith(ends):
            mask |= 1 << i
    if mask & 1 and not (_may_end_as_of(t) or _may_end_as_of(u)):
        mask &= ~1  # "on 5 May", "of 2024": "on" and "of" give as_of only after "as"
    return _QUALIFIER_SUBSETS[mask]


def _may_end_as_of(t: str) -> bool:
    """Could the as_of regex end the lower-cased, stripped window ``t`` (before its "the")?"""
    return t.endswith(("at", "by")) or (t.endswith(("of", "on")) and t[:-2].rstrip().endswith("as"))


def _qualifier(text: str, start: int, span_text: str) -> str | None:
    before = text[max(0, start - 30):start]
    for label, rx in _qualifier_res(before):
        if rx.search(before):
            if label == "as_of" and _AT_END_RE.search(before) and not _END_SPAN_RE.match(span_text):
                return None  # "at 2024 levels", "at the 2022 summit"
            return label
    if span_text[:1] in _END_OF_FIRST and _END_OF_RE.match(span_text):
        return "as_of"
    return None
