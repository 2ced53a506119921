"""Names and rounds of bilateral mechanisms and exercise series around an event trigger.

* "the 4th China-Pakistan Foreign Ministers' Strategic Dialogue" -> (that name, 4)
* "the seventh round of the China–Pakistan strategic dialogue between foreign ministers"
  -> ("China-Pakistan Foreign Ministers' Strategic Dialogue", 7): a "between <plural noun>"
  post-modifier becomes a possessive pre-modifier after the country-pair prefix.
* "the 11th meeting of the Joint Cooperation Committee of CPEC" -> ("Joint Cooperation
  Committee", 11): a trailing "of <ACRONYM>" and "(ACRONYM)" are dropped.
* "the Joint Working Group meeting held in January" -> ("Joint Working Group", None)
* "Joint Cooperation Committee (JCC), which has held 13 meetings so far, with the most recent
  meeting held in May 2024" -> ("Joint Cooperation Committee", 13)
* "Warrior-IX", "Sea Guardian-3" (exercise series) -> ("Warrior", 9), ("Sea Guardian", 3)

A name must end with a head noun of ``mechanisms.csv`` and have at least two words.  Dashes are
normalised (– → -), a leading "the" is stripped, words are title-cased.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.event_lexicon import mechanism_head_rx
from pipeline.extract.event_numbers import (
    CARDINAL_RX,
    ORDINAL_RX,
    parse_cardinal,
    parse_ordinal,
    parse_series_number,
)

_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b"
)
# A name ends before a verb, a locative/temporal preposition or punctuation; "on", "and", "for"
# continue it only when a capitalised word (not a month or weekday) follows ("Joint Commission on
# Economic and Trade Cooperation").
_STOP = (
    r"(?=\s+(?:will|was|were|is|are|has|have|had|in|at|during|with|to|by|which|that|under|from|"
    r"since|after|before|between\s+(?-i:[A-Z]))\b"
    rf"|\s+(?:on|and|for)\s+(?!(?!{_CALENDAR})(?-i:[A-Z]))|\s*[,;.()]|$)"
)
_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "between", "with", "to", "at", "a", "an"})
_SERIES = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?P<num>[IVXLC]{1,6}|\d{1,2})\b")
_ORD_ANY = re.compile(rf"\b{ORDINAL_RX}\b", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:meeting|session|round)\b", re.IGNORECASE)
_ORD_BEFORE = re.compile(rf"\b(?P<ord>{ORDINAL_RX})\s+$", re.IGNORECASE)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    head = mechanism_head_rx()
    cap = r"(?-i:[A-Z])[\w’'-]*"
    return {
        "round_of": re.compile(
            rf"\b(?P<ord>{ORDINAL_RX})\s+(?:round|meeting|session|edition)\s+of\s+(?:the\s+)?"
            rf"(?P<name>[^,;.()]+?){_STOP}",
            re.IGNORECASE,
        ),
        "ordinal_name": re.compile(
            rf"\b(?P<ord>{ORDINAL_RX})\s+(?P<name>[^,;.()]{{0,100}}?{head})", re.IGNORECASE
        ),
        "name_meeting": re.compile(
            rf"(?P<name>(?:{cap}\s+(?:(?:of|and|for|on)\s+)?){{1,7}})(?:meeting|session|round)\b",
            re.IGNORECASE,
        ),
        "count": re.compile(
            rf"(?P<name>(?:{cap}\s+(?:(?:of|and|for|on)\s+)?){{1,8}})(?:\([A-Z]{{2,}}\)\s*)?,?\s*"
            rf"which\s+has\s+(?:so\s+far\s+)?held\s+(?P<num>{CARDINAL_RX})\s+(?:meetings|sessions|rounds)",
            re.IGNORECASE,
        ),
        "latest": re.compile(r"\b(?:most recent|latest|last)\s+(?:meeting|session|round)\b", re.IGNORECASE),
    }


def title_case(name: str) -> str:
    """Title-case a name, keeping acronyms and mixed-case words ("China-Pakistan") as written."""
    words = name.split()
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL:
            out.append(w.lower())
        elif w.isupper() or any(c.isupper() for c in w[1:]):
            out.append(w)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in w.split("-")))
    return " ".join(out)


def normalise_mechanism(raw: str) -> str | None:
    """Clean a mechanism name (see module doc); None when it is not a mechanism name."""
    name = raw.replace("–", "-").replace("—", "-").replace("’", "'").replace("‘", "'")
    name = re.sub(r"[\"“”]", "", name)
    name = re.sub(r"(?<=s)'(?=[A-Za-z])", "' ", name)  # "Ministers'Strategic"
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\s*\([A-Z]{2,}\)$", "", name)
    name = re.sub(r"\s+of\s+(?:the\s+)?[A-Z]{2,}$", "", name)
    m = re.match(r"^(?P<pre>.+?)\s+between\s+(?P<who>[a-z][a-z ]*s)$", name)
    if m:
        pre, who = m.group("pre"), m.group("who")
        pm = re.match(r"^(?P<pair>[A-Z][\w']*(?:-[A-Z][\w']*)+)\s+(?P<rest>.+)$", pre)
        name = f"{pm.group('pair')} {who}' {pm.group('rest')}" if pm else f"{who}' {pre}"
    name = title_case(name)
    if len(name.split()) < 2 or not re.search(rf"\b{mechanism_head_rx()}", name, re.IGNORECASE):
        return None
    return name


def find_mechanism(text: str, t_start: int, t_end: int, lo: int, hi: int) -> tuple[str | None, int | None, tuple[int, int] | None]:
    """(name, round, span) of the mechanism that the meeting trigger at [t_start, t_end) names."""
    pats = _patterns()
    region = text[:hi]
    window = region[: t_end + 6]
    if _ORD_ANY.search(window, t_start):
        for key in ("round_of", "ordinal_name"):
            m = pats[key].search(region, t_start)
            if m and m.start() <= t_end + 6:
                name = normalise_mechanism(m.group("name"))
                return name, parse_ordinal(m.group("ord")), m.span("name")
    head = _EVENT_NOUN.match(region, t_start)
    if head:
        back = max(lo, t_start - 120)
        m = pats["name_meeting"].search(region[:head.end()], back)
        while m and m.end() < head.end():
            m = pats["name_meeting"].search(region[: head.end()], m.end())
        if m:
            name = normalise_mechanism(m.group("name"))
            if name:
                return name, None, m.span("name")
    latest = pats["latest"].search(region, lo)
    if latest and latest.start() <= t_end:
        for m in pats["count"].finditer(region[: latest.start()], lo):
            name = normalise_mechanism(m.group("name"))
            if name:
                return name, parse_cardinal(m.group("num")), m.span("name")
    return None, None, None


def find_series(text: str, lo: int, hi: int) -> tuple[str | None, int | None]:
    """An exercise series name with its numeral ("Warrior-IX" -> ("Warrior", 9))."""
    m = _SERIES.search(text, lo, hi)
    if not m:
        return None, None
    return m.group("name"), parse_series_number(m.group("num"))


def ordinal_before(text: str, pos: int) -> int | None:
    """An ordinal right before ``pos``: "the eighth joint exercise" -> 8."""
    m = _ORD_BEFORE.search(text[max(0, pos - 30) : pos])
    return parse_ordinal(m.group("ord")) if m else None
