"""Surface heuristics on one sentence: clauses, datelines, photo captions, names around dates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipeline.extract.event_model import DateRef

# "BEIJING, Nov. 3, 2022 /PRNewswire/ — ", "Beijing, China, Feb. 06, 2025 (GLOBE NEWSWIRE) — ",
# "BEIJING, Feb. 5 (Xinhua) -- ", "ISLAMABAD (Reuters) - ", "ISLAMABAD: "
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_AGENCY = r"(?:\([^()]{1,40}\)|/[^/]{1,40}/)"
_DASH = r"(?:—|–|--|-)"
DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}(?:,\s*{_PLACE})?,\s*{_DATE}\s*{_AGENCY}?\s*{_DASH}\s*"
    rf"|{_PLACE}\s*{_AGENCY}\s*(?:{_DASH}|:)\s*"
    r"|[A-Z]{3,}(?:[ -][A-Z]{3,})?\s*:\s+)"
)
# A photo caption ends with the agency credit: ". /VCG", "(Xinhua/Li Xueren)", "Photo: AFP".
CAPTION = re.compile(
    r"(?:[.,]\s*/\s*[A-Z][\w .'’&-]{1,60}|\((?:[A-Z][\w .'’&-]{1,30})/[^()]{1,40}\)|"
    r"\b(?:Photo|Image|File photo)\s*:\s*[\w .'’&/-]{1,40})\s*$"
)
# Commas inside numbers ("1,200") and dates ("August 21, 2025") do not end a clause.
_BOUNDARY = re.compile(r"[;:]\s|,(?!\d)|\s[—–]\s|\s--\s")
_NAME_PREPOSITIONS = frozenset(
    {"in", "on", "from", "since", "by", "until", "during", "before", "after", "as", "of", "at", "to",
     "the", "and", "for", "between", "through", "till", "late", "early", "mid"}
)


def dateline_end(text: str) -> int:
    """Length of a dateline prefix ("BEIJING, Nov. 3, 2022 /PRNewswire/ — "), 0 when none."""
    m = DATELINE.match(text)
    return m.end() if m else 0


# A credit standing alone after a caption that the segmenter split off: "(Xinhua/Li Xueren)", "/VCG"
CREDIT = re.compile(r"^\s*(?:\((?:[A-Z][\w .'’&-]{1,30})/[^()]{1,40}\)|/\s*[A-Z][\w .'’&-]{1,60})\s*$")


def is_caption(text: str, next_text: str | None = None) -> bool:
    """Does the sentence read as a photo caption (ends with an agency/photographer credit, or is
    followed by a credit on its own)?"""
    return bool(CAPTION.search(text)) or bool(next_text and CREDIT.match(next_text))


class Clauses:
    """Clause boundaries of one sentence (commas, semicolons, colons, dashes)."""

    def __init__(self, text: str, protected: list[tuple[int, int]] = ()):  # type: ignore[assignment]
        marks = []
        for m in _BOUNDARY.finditer(text):
            p = m.start() if text[m.start()] in ",;:" else m.start() + 1
            if any(a <= p < b for a, b in protected):
                continue
            marks.append(p)
        self.marks = marks
        self.n = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the clause holding ``pos``."""
        i = bisect_right(self.marks, pos - 1) if pos > 0 else 0
        lo = self.marks[i - 1] + 1 if i > 0 else 0
        hi = self.marks[i] if i < len(self.marks) else self.n
        return lo, hi

    def index(self, pos: int) -> int:
        """Ordinal of the clause holding ``pos``."""
        return bisect_left(self.marks, pos)

    def between(self, a: int, b: int) -> list[int]:
        """Boundary positions in [a, b)."""
        return [m for m in self.marks if a <= m < b]


_LAST_WORD = re.compile(r"([A-Za-z][\w’'-]*)$")
_MONTHISH = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?)$")
_CAP_NEXT = re.compile(r"^\s+[A-Z]")


def in_name(text: str, d: DateRef) -> bool:
    """A date inside a proper name: "the Beijing 2022 Winter Olympics", "Vision 2030 Plan"."""
    before = text[: d.start].rstrip()
    after = text[d.end :]
    m = _LAST_WORD.search(before)
    if not m or not m.group(1)[0].isupper() or m.group(1).lower() in _NAME_PREPOSITIONS:
        return False
    if _MONTHISH.match(m.group(1)) and m.group(1)[:3] in {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    }:
        return False
    if not before or len(before) == len(m.group(1)):
        return False  # the sentence's first word
    return bool(_CAP_NEXT.match(after))


def collapse(text: str, limit: int = 300) -> str:
    """Whitespace-collapsed text, at most ``limit`` characters."""
    out = " ".join(text.split())
    return out if len(out) <= limit else out[: limit - 1].rstrip() + "…"
