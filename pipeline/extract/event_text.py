"""Surface heuristics on one sentence: clauses, datelines, photo captions, names around dates."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pipeline.extract.event_model import DateRef

# "BEIJING, Nov. 3, 2022 /PRNewswire/ — ", "Beijing, China, Feb. 06, 2025 (GLOBE NEWSWIRE) — ",
# "BEIJING, Feb. 5 (Xinhua) -- ", "ISLAMABAD, Jul 10 (APP): ", "ISLAMABAD (Reuters) - ", "ISLAMABAD: "
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
# (also day-first: "FUNAFUTI, 2 May 2020 - ")
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_AGENCY = r"(?:\([^()]{1,40}\)|/[^/]{1,40}/)"
_DASH = r"(?:—|–|--|-)"
DATELINE = re.compile(
    rf"^\s*(?:{_PLACE}(?:,\s*{_PLACE})?,\s*{_DATE}\s*{_AGENCY}?\s*{_DASH}\s*"
    # ("ISLAMABAD, Jul 10 (APP): ": a colon after the agency)
    rf"|{_PLACE}(?:,\s*{_PLACE})?,\s*{_DATE}\s*{_AGENCY}\s*:\s+"
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


# Every dateline holds an agency credit ("(" or "/"), a colon, or ", <Month> <day>": a text
# without any of them is not tried against DATELINE.
_DATELINE_DATE = re.compile(rf",\s*{_DATE}")


def dateline_end(text: str) -> int:
    """Length of a dateline prefix ("BEIJING, Nov. 3, 2022 /PRNewswire/ — "), 0 when none."""
    if "(" not in text and "/" not in text and ":" not in text and not _DATELINE_DATE.search(text):
        return 0
    m = DATELINE.match(text)
    return m.end() if m else 0


# A credit standing alone after a caption that the segmenter split off: "(Xinhua/Li Xueren)", "/VCG"
CREDIT = re.compile(r"^\s*(?:\((?:[A-Z][\w .'’&-]{1,30})/[^()]{1,40}\)|/\s*[A-Z][\w .'’&-]{1,60})\s*$")


# "President X (right) speaks with …": a position in a picture, only ever written in captions
_PICTURE_POSITION = re.compile(
    r"\((?:right|left|centre|center|front|rear|(?:second|third|[1-9](?:st|nd|rd|th))\s+(?:from\s+)?(?:left|right|[LR])|[LRC])\)"
)
# a credit line standing alone: "ANTARA/HO-Presidential Secretariat Press Bureau", "AFP/John Smith"
_AGENCY_CREDIT = re.compile(r"^\s*[A-Z]{2,12}(?:\s+[A-Z]{2,12})?\s*/\s*[A-Z][\w .'’&-]{1,60}\s*$")


def is_caption(text: str, next_text: str | None = None) -> bool:
    """Does the sentence read as a photo caption (ends with an agency/photographer credit, is
    followed by a credit on its own, or places a person in the picture: "(right)")?"""
    # every caption/credit form holds a "/" or (Photo: …) a ":"
    if ("/" in text or ":" in text) and CAPTION.search(text):
        return True
    if "(" in text and _PICTURE_POSITION.search(text):
        return True
    return bool(next_text and "/" in next_text and (CREDIT.match(next_text) or _AGENCY_CREDIT.match(next_text)))


def boundary_marks(text: str) -> list[int]:
    """Positions of the clause boundaries that ``_BOUNDARY.finditer`` finds (the comma, semicolon
    or colon itself; the dash of a spaced dash), located with ``str.find`` instead of trying the
    regex at every position: a comma not before a digit, ``;``/``:`` before a space, a dash
    (—, –, --) between spaces; overlapping candidates are resolved left to right as the regex does."""
    cands = []
    find = text.find
    n = len(text)
    i = find(",")
    while i >= 0:
        if i + 1 >= n or not text[i + 1].isdecimal():  # (?!\d)
            cands.append((i, i + 1))
        i = find(",", i + 1)
    for ch in ";:":
        i = find(ch)
        while i >= 0:
            if i + 1 < n and text[i + 1].isspace():
                cands.append((i, i + 2))
            i = find(ch, i + 1)
    for dash in _DASHES:
        i = find(dash)
        while i >= 0:
            j = i + len(dash)
            if i > 0 and j < n and text[i - 1].isspace() and text[j].isspace():
                cands.append((i - 1, j + 1))
            i = find(dash, i + 1)
    if len(cands) > 1:
        cands.sort()
    out = []
    last = 0
    for a, b in cands:
        if a >= last:
            out.append(a if text[a] in ",;:" else a + 1)
            last = b
    return out


_DASHES = ("—", "–", "--")


class Clauses:
    """Clause boundaries of one sentence (commas, semicolons, colons, dashes)."""

    def __init__(self, text: str, protected: list[tuple[int, int]] = ()):  # type: ignore[assignment]
        marks = []
        for p in boundary_marks(text):
            for a, b in protected:
                if a <= p < b:
                    break
            else:
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


_MONTHISH = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?)$")
_MONTH_ABBR = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"})
_CAP_NEXT = re.compile(r"\s+[A-Z]")  # used with .match(text, pos)
# the capitalised head noun of a name that begins with a day: "the August 1 Building"
_NAME_HEAD = re.compile(r"\s+(?:Building|Square|Road|Street|Avenue|Stadium|Memorial|Movement|Park|Hall|Bridge|Incident|Uprising|Revolution|Plaza|Boulevard|Gate|Museum|Monument|Tower|Hospital|School|University)\b")
_RUN = re.compile(r"[\w’'-]*")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_TAIL_WINDOW = 48


def last_word(before: str) -> str | None:
    r"""The word ending ``before`` (which has no trailing space), from its first ASCII letter: the
    match of ``([A-Za-z][\w’'-]*)$``, found by walking back over the final run of word characters
    instead of trying every start position."""
    n = len(before)
    # the final run of word characters, read backwards from a window of the tail
    tail = before[-_TAIL_WINDOW:][::-1]
    k = _RUN.match(tail).end()
    if k == len(tail) and k < n:  # the run may go on before the window
        k = _RUN.match(before[::-1]).end()
    m = _ASCII_LETTER.search(before, n - k)
    return before[m.start() :] if m else None


def in_name(text: str, d: DateRef) -> bool:
    """A date inside a proper name: "the Beijing 2022 Winter Olympics", "Vision 2030 Plan"."""
    if not _CAP_NEXT.match(text, d.end):
        return False  # the cheapest condition first: a capitalised word must follow the date
    before = text[: d.start].rstrip()
    word = last_word(before)
    if word == "the" and d.precision == "day" and _NAME_HEAD.match(text, d.end):
        return True  # "at the August 1 Building", "the May 4th Movement": a day naming a place or a movement
    if not word or not word[0].isupper() or word.lower() in _NAME_PREPOSITIONS:
        return False
    if word[:3] in _MONTH_ABBR and _MONTHISH.match(word):
        return False
    if len(before) == len(word):
        return False  # the sentence's first word
    return True


def collapse(text: str, limit: int = 300) -> str:
    """Whitespace-collapsed text, at most ``limit`` characters."""
    out = " ".join(text.split())
    return out if len(out) <= limit else out[: limit - 1].rstrip() + "…"
