"""Finding the date expressions of one sentence before resolution: every pattern's candidates,
the checks no regex can express (a bare year or month needs a preposition or a list; "Article
5 May" is no date), and the longest-first choice among overlapping candidates (:func:`_chosen`)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.extract.dates_gates import _gates
from pipeline.extract.dates_grammar import MONTHS
from pipeline.extract.dates_grammar import day_num as _day_num
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_grammar import year_num as _year_num
from pipeline.extract.dates_modifiers import _modifier_start
from pipeline.extract.dates_patterns import _PATTERNS, _PRIO


# Preceding words that make a bare year a date ("in 2024", "since 2015", "the year of 2015").
_YEAR_PREP = frozenset(
    "in since by of until till from to through during before after around circa for throughout "
    "within year between ended ending beginning starting calendar".split()
)
# Prepositions that may precede a year followed by a capitalised word ("In 2013 Pakistan joined").
_YEAR_PREP_STRONG = frozenset("in since by until till during before after from through throughout".split())
_MONTH_PREP = frozenset(
    "in since by of until till to from through during before after early late mid throughout "
    "between around".split()
)

# "scheduled for May", "set for June": a bare month after "for" is a date only after a verb of
# scheduling ("support for May", "a mandate for March" stay names and nouns)
_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|rescheduled|slated|set|planned|fixed|pencill?ed\s+in|earmarked|tentatively\s+set|"
    r"postponed|deferred|moved|pushed\s+back|brought\s+forward)\s+for\s+$"
)
# ... but not the idiom "the stage is set for" (what follows is an actor: "the stage is set for May to
# announce"), nor a possessive after the month ("set for May's cabinet": a person)
_STAGE_SET_FOR = re.compile(r"\b(?:stage|scene)\s+(?:is\s+|was\s+|has\s+been\s+|had\s+been\s+|now\s+)*set\s+for\s+$", re.I)

_LIST_SEP_RE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[\s-]*$")
_PLURAL_NOUN_RE = re.compile(r"^\s+([a-z]{3,}s)\b")
_NOT_PLURAL = frozenset("was has is as its this his thus plus across whereas".split())
_CAP_AFTER_RE = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]{2,})")
_INITIAL_YEAR_VERB_RE = re.compile(
    r"\s+(?:marks|marked|is|was|will|saw|sees|has|had|also|witnessed)\b"
)


class _Cand(NamedTuple):
    """A pattern match in one sentence.  ``m`` may come from a scan over several sentences
    joined together: ``o`` is then the sentence's offset in that string (``start``/``end`` are
    always relative to the sentence)."""

    start: int
    end: int
    tag: str
    m: re.Match
    prio: int
    o: int = 0


def _word_before(text: str, pos: int) -> str | None:
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else None


def _is_name_after(text: str, end: int) -> bool:
    """A capitalised word right after (not a month): "2022 Winter Olympics", "2030 Agenda"."""
    m = _CAP_AFTER_RE.match(text, end)
    if not m:
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", text[end:])
    return not (nxt and nxt.group(1).lower() in MONTHS)


_WHEN_AFTER_YEAR = re.compile(r",?\s+when\s")


def _accept_year(text: str, s: int, e: int, accepted_years: list[tuple[int, int]]) -> bool:
    if text[:s].strip() == "" and _INITIAL_YEAR_VERB_RE.match(text, e):
        return True  # "2024 marks the 73rd anniversary"
    mod = _modifier_start(text, s)
    after = text[e:]
    pm = _PLURAL_NOUN_RE.match(after)
    if pm and pm.group(1) not in _NOT_PLURAL:
        return False  # "in 2000 cases": a quantity
    if mod < s:
        return True
    if _WHEN_AFTER_YEAR.match(text, e):
        return True  # "a recovery from a weak 2025, when trade fell": a time
    w = _word_before(text, s)
    if w in _YEAR_PREP:
        if _is_name_after(text, e) and w not in _YEAR_PREP_STRONG:
            return False
        return True
    # a list of years: "in 2021 and 2022", "2019, 2020 and 2021"
    for ys, ye in accepted_years:
        if ye <= s and _LIST_SEP_RE.match(text[ye:s]):
            return True
    return False


def _accept_month(text: str, s: int, e: int, accepted: list[tuple[int, int]]) -> bool:
    if _modifier_start(text, s) < s:
        return True
    w = _word_before(text, s)
    if (w == "for" and _SCHEDULED_FOR.search(text, max(0, s - 40), s)
            and not _STAGE_SET_FOR.search(text, max(0, s - 40), s) and text[e : e + 2] not in ("'s", "’s")):
        return True  # "The sixth round is scheduled for May", "talks set for June"
    if w in _MONTH_PREP:
        if w == "of" and re.search(r"\b(?:[Kk]ing|[Qq]ueen|[Hh]ouse|[Ss]ons?|[Dd]aughters?)\s+of\s*$", text[:s]):
            return False
        return True
    for ys, ye in accepted:
        if ye <= s and _LIST_SEP_RE.match(text[ye:s]):
            return True
    return False


def _candidates(text: str) -> list[_Cand]:
    gates = _gates(text)
    out: list[_Cand] = []
    for tag, rx in _PATTERNS:
        if not gates[tag]:
            continue
        for m in rx.finditer(text):
            if m.end() > m.start():
                out.append(_Cand(m.start(), m.end(), tag, m, _PRIO[tag]))
    return out


_DEFERRED_TAGS = ("year", "month")  # placed after the others, where still free


def _order(c: _Cand) -> tuple[int, int, int]:
    """The order in which :func:`_select` places candidates: longest first, then by pattern
    priority, then leftmost."""
    return -(c.end - c.start), c.prio, c.start


def _select(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Longest-first non-overlapping selection; context checks for bare months and years."""
    if len(cands) == 1:  # the common case, without the bookkeeping
        c = cands[0]
        if c.tag == "year":
            return [c] if _accept_year(text, c.start, c.end, []) else []
        if c.tag == "month":
            return [c] if _accept_month(text, c.start, c.end, []) else []
        return [c] if _valid_cand(text, c) else []
    if not cands:
        return []
    # the next most common case: one expression with its parts ("Sept. 19, 2024" also holds
    # "Sept. 19", "Sept." and "2024"), where the first candidate in the order below covers all
    # the others, which then all overlap it
    first = min(cands, key=_order)
    if first.tag not in _DEFERRED_TAGS:
        s0, e0 = first.start, first.end
        if all(s0 <= c.start and c.end <= e0 for c in cands) and _valid_cand(text, first):
            return [first]
    cands.sort(key=_order)
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in occupied)

    deferred: list[_Cand] = []
    for c in cands:
        if c.tag in ("year", "month"):
            deferred.append(c)
            continue
        if not _valid_cand(text, c):
            continue
        if free(c.start, c.end):
            taken.append(c)
            occupied.append((c.start, c.end))
    # bare months / years, left to right so lists can chain
    deferred.sort(key=lambda c: c.start)
    acc_years: list[tuple[int, int]] = [(c.start, c.end) for c in taken if c.tag in ("my", "mdy", "dmy")]
    acc_months: list[tuple[int, int]] = [(c.start, c.end) for c in taken if c.tag in ("md", "dm", "my")]
    for c in deferred:
        if not free(c.start, c.end):
            continue
        ok = (_accept_year(text, c.start, c.end, acc_years) if c.tag == "year"
              else _accept_month(text, c.start, c.end, acc_months))
        if ok:
            taken.append(c)
            occupied.append((c.start, c.end))
            (acc_years if c.tag == "year" else acc_months).append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


_EARLIER_LATER_IN = re.compile(r"(?:[Ee]arlier|[Ll]ater)\s+in\b")
_ADVERB_END_RE = re.compile(r"\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|but|or)\b")


# the patterns :func:`_valid_cand` checks (any other candidate is valid)
_CHECKED_TAGS = frozenset((
    "numeric", "r_ydash", "r_mdd", "r_ddm", "r_mdmd", "r_dmdm", "r_mm", "r_yy", "dm", "the_period",
    "q_code", "shift", "year_before", "rel_my", "fy", "fiscal_after", "fiscal_before",
))


def _valid_cand(text: str, c: _Cand) -> bool:
    """Pattern-specific sanity checks that regexes cannot express."""
    if c.tag not in _CHECKED_TAGS:
        return True
    g = c.m.groupdict()
    if c.tag == "numeric":
        a, b = int(g["a"]), int(g["b"])
        if a == 0 or b == 0:
            return False
        return (a > 12 and b <= 12) or (b > 12 and a <= 12) or (a == b and a <= 12)
    if c.tag == "r_ydash":
        y1 = int(g["y1"])
        y2 = _year_num(g["y2"], y1)
        if not (y1 < y2 <= y1 + 100):
            return False
        if len(g["y2"]) == 2 and y2 - y1 > 20:
            return False
        return not _is_name_after(text, c.end)
    if c.tag in ("r_mdd", "r_ddm"):
        if _day_num(g["d2"]) <= _day_num(g["d1"]):
            return False
        if not g.get("pre") and _day_num(g["d2"]) == _day_num(g["d1"]) + 1 and re.search(
                r"\band\b", c.m.group()):
            return True  # "on 16 and 17 June": two consecutive days, one two-day period
        if c.tag == "r_mdd" and not g.get("pre") and re.match(r"\s+and\s+", text[c.m.end("d1") - c.o:]):
            return False
    if c.tag in ("r_mdd", "r_ddm", "r_mdmd", "r_dmdm", "r_mm", "r_yy"):
        if not g.get("pre") and re.search(r"\band\b", c.m.group()):
            return False
        if g.get("pre") and g["pre"].lower() == "from" and re.search(r"\band\b", c.m.group()):
            return False
        if g.get("pre") and g["pre"].lower() == "between" and not re.search(r"\band\b", c.m.group()):
            return False
    if c.tag == "r_mm" and not g.get("pre") and not (g.get("y1") or g.get("y2")):
        # "March to June" needs a from/a year or a dash: "March-June"
        if not re.search(r"[-–—]", c.m.group()):
            return False
    if c.tag == "r_mm" and _month_num(g["m1"]) == _month_num(g["m2"]) and not g.get("y1"):
        return False
    if c.tag == "dm":
        # "1 May" after a number-like context: "Article 5 May", "No. 3 March" are not dates
        w = _word_before(text, c.start)
        if w in ("article", "no", "number", "chapter", "section", "page", "paragraph", "rule"):
            return False
    if c.tag == "the_period" and g["unit"] == "day" and not _EARLIER_LATER_IN.match(c.m.group()):
        return False  # "at the end of the day" is an idiom; "earlier in the day" a time
    if c.tag == "q_code" and not (g.get("y") or g.get("yy") or g.get("fy")):
        return False  # "H2", "Q4" alone are too often not periods
    if c.tag in ("shift", "year_before") and g["dir" if c.tag == "shift" else "which"].lower() in ("before", "after"):
        # "two years after" ends a clause; "three months after X met Y" is a preposition
        if not _ADVERB_END_RE.match(text, c.end):
            return False
    if c.tag == "rel_my" and not (g.get("d") or g.get("d0")):
        # "in November last year"; not "Theresa May last year"
        if text[:c.start].strip() and not _accept_month(text, c.start, c.end, []):
            return False
    if c.tag == "fy" and g.get("b"):
        a = _year_num(g["a"])
        b = _year_num(g["b"], a)
        if not a < b <= a + 5:
            return False
    if c.tag in ("fiscal_after", "fiscal_before") and g.get("b"):
        a = int(g["a"])
        b = _year_num(g["b"], a)
        if not a < b <= a + 5:
            return False
    return True


@functools.lru_cache(maxsize=16384)
def _chosen(text: str) -> tuple[_Cand, ...]:
    """The date expressions of a sentence before resolution (depends on the text only, so
    repeated captions and boilerplate lines are detected once)."""
    return tuple(_select(text, _candidates(text)))
