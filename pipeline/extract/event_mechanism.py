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
* "the first edition of the Bayanihan Wave bilateral maritime exercise" -> ("Bayanihan Wave", 1)
* "the Kenya-Ethiopia Joint Border Commission will meet" -> the name before the head noun
* back-references to a mechanism told earlier in the document: "the 7th meeting of the JCC"
  (an acronym the name defined: "... Commission (JCC)"), "the 15th meeting of the mechanism" /
  "of the commission" (the latest mechanism with that head), "the first such meeting" (the latest)

A name must end with a head noun of ``mechanisms.csv`` and have at least two words.  Dashes are
normalised (– → -), a leading "the" is stripped, words are title-cased.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.acronyms import initials, parenthesised
from pipeline.extract.event_lexicon import mechanism_head_rx
from pipeline.extract.event_numbers import (
    CARDINAL_RX,
    ORDINAL_TRIE_RX,
    ORDINAL_WORDS,
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
    r"(?=\s+(?:will|would|shall|should|could|may|might|can|must|was|were|is|are|be|been|took|takes|take|met|meets|convened|opened|began|concluded|ended|has|have|had|in|at|during|with|to|by|which|that|under|from|"
    # (a participle after the name: "the 7th meeting of the Joint Commission held in Kathmandu")
    r"held|hosted|chaired|co-chaired|scheduled|slated|planned|expected|attended|via|through|over|"
    r"since|after|before|between\s+(?-i:[A-Z]))\b"
    # (a spaced dash opens an aside: "the second session of the Joint Committee — the first sat in …")
    rf"|\s+(?:on|and|for)\s+(?!(?!{_CALENDAR})(?-i:[A-Z]))|\s*[,;.()]|\s*—|\s+[–-]\s|$)"
)
_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "between", "with", "to", "at", "a", "an"})
_SERIES = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)-(?P<num>[IVXLC]{1,6}|\d{1,2})\b")
_ORD_ANY = re.compile(rf"\b{ORDINAL_TRIE_RX}\b", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:meeting|session|round)\b", re.IGNORECASE)
_ORD_BEFORE = re.compile(rf"\b(?P<ord>{ORDINAL_TRIE_RX})\s+$", re.IGNORECASE)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    head = mechanism_head_rx()
    cap = r"(?-i:[A-Z])[\w’'-]*"
    # "the 39th ministerial meeting of the Joint Rivers Commission": the level or kind of the session
    # (the same words as the "<ORD> … meeting of" trigger of event_triggers.csv)
    _LEVEL_ADJ = (
        r"(?:ministerial|ministerial-level|joint|plenary|annual|regular|bilateral|technical|formal|official|"
        r"high-level|expert-level|secretary-level|senior\s+officials['’]?)"
    )
    return {
        "round_of": re.compile(
            # ("the next (8th) meeting of …": an ordinal in brackets)
            rf"\b(?P<ord>{ORDINAL_TRIE_RX})\)?\s+(?:{_LEVEL_ADJ}\s+)?(?:round|meeting|session|edition)\s+of\s+(?:the\s+)?"
            rf"(?P<name>[^,;.()]+?){_STOP}",
            re.IGNORECASE,
        ),
        "ordinal_name": re.compile(
            rf"\b(?P<ord>{ORDINAL_TRIE_RX})\s+(?P<name>[^,;.()—]{{0,100}}?{head})", re.IGNORECASE
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
    name = _QUOTES.sub("", name)
    name = _GLUED_POSSESSIVE.sub("' ", name)  # "Ministers'Strategic"
    name = _SPACES.sub(" ", name).strip(" ,;:")
    name = _LEAD_ARTICLE.sub("", name)
    name = _TRAILING_ACRONYM.sub("", name)
    name = _OF_ACRONYM.sub("", name)
    m = _BETWEEN_WHO.match(name)
    if m:
        pre, who = m.group("pre"), m.group("who")
        pm = _PAIR_REST.match(pre)
        name = f"{pm.group('pair')} {who}' {pm.group('rest')}" if pm else f"{who}' {pre}"
    name = title_case(name)
    if len(name.split()) < 2 or not _head_rx().search(name):
        return None
    return name


_QUOTES = re.compile(r"[\"“”]")
_GLUED_POSSESSIVE = re.compile(r"(?<=s)'(?=[A-Za-z])")
_SPACES = re.compile(r"\s+")
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z]{2,}\)$")
_OF_ACRONYM = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]{2,}$")
_BETWEEN_WHO = re.compile(r"^(?P<pre>.+?)\s+between\s+(?P<who>[a-z][a-z ]*s)$")
_PAIR_REST = re.compile(r"^(?P<pair>[A-Z][\w']*(?:-[A-Z][\w']*)+)\s+(?P<rest>.+)$")


@functools.cache
def _head_rx() -> re.Pattern[str]:
    return re.compile(rf"\b{mechanism_head_rx()}", re.IGNORECASE)


def find_mechanism(
    text: str, t_start: int, t_end: int, lo: int, hi: int, ordinals: bool = True, latest: bool = True
) -> tuple[str | None, int | None, tuple[int, int] | None]:
    """(name, round, span) of the mechanism that the meeting trigger at [t_start, t_end) names.
    ``ordinals``/``latest`` False: the sentence is known to hold no ordinal / no "latest" word
    (:func:`may_hold_ordinal`, :data:`LATEST_GATE`), so those readings are skipped."""
    pats = _patterns()
    region = text[:hi]
    window = region[: t_end + 6]
    if ordinals and _ORD_ANY.search(window, t_start):
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
    latest = pats["latest"].search(region, lo) if latest else None
    if latest and latest.start() <= t_end:
        for m in pats["count"].finditer(region[: latest.start()], lo):
            name = normalise_mechanism(m.group("name"))
            if name:
                return name, parse_cardinal(m.group("num")), m.span("name")
    return None, None, None


DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")  # on lower-case text
# every ordinal word ("twenty-first") contains a simple one ("first", "twentieth")
ORDINAL_STEMS = frozenset(w for w in ORDINAL_WORDS if "-" not in w)
LATEST_GATE = ("last", "latest", "most recent")  # every match of _patterns()["latest"] holds one


def may_hold_ordinal(text: str, low: str | None) -> bool:
    """False only when ``text`` (lower case ``low``; None = unknown) holds no ordinal at all: no
    digit followed by an ordinal suffix ("7th"), no ordinal word."""
    if low is None or DIGIT_ORDINAL.search(low):
        return True
    return any(map(low.__contains__, ORDINAL_STEMS))


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


# --------------------------------------------------------------------------------------------
# names before a head noun, acronyms and anaphoric references to a mechanism told earlier
# --------------------------------------------------------------------------------------------

_CAP = r"(?-i:[A-Z])[\w’'-]*"
_NAME_BEFORE = re.compile(rf"(?:{_CAP}\s+(?:(?:of|and|for|on)\s+)?){{1,7}}$")
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z]{2,8})\)")
_ACRONYM_INSIDE = re.compile(r"\((?P<acr>[A-Z]{2,8})\)\s*$")
_BILATERAL_WORD = re.compile(r"\b(?:Joint|Bilateral|Binational|Bi-National|Intergovernmental|Inter-Governmental)\b", re.IGNORECASE)
_PAIR = re.compile(r"\b[A-Z][\w']+-[A-Z][\w']+\b")
_HEAD_WORD = re.compile(r"[\w-]+$")
# "the 7th meeting of the JCC", "the 15th meeting of the mechanism", "the first such meeting"
# "the 26th ALC was held", "the fifth cabinet had been held": the ordinal right before the acronym
# or the head noun of a mechanism told before
_REFERENCE = re.compile(
    rf"\b(?P<ord>{ORDINAL_TRIE_RX})\s+(?:(?:(?:meeting|session|round|edition)\s+of\s+(?:the\s+|this\s+|that\s+)?)?"
    rf"(?:(?P<acr>(?-i:[A-Z]{{2,8}}))\b|(?P<noun>mechanism|commission|committee|dialogue|consultations?|council|"
    rf"forum|working group|group|talks|summit|cabinet)\b)|such\s+(?:meeting|session|round|dialogue|consultations?|talks|summit)\b)",
    re.IGNORECASE,
)


def name_before_head(text: str, head_start: int, head_end: int, lo: int) -> tuple[str | None, tuple[int, int] | None]:
    """A mechanism name ending with the head noun at [head_start, head_end): the capitalised words
    right before it ("the Kenya-Ethiopia Joint Border Commission will meet") -> (name, span)."""
    back = max(lo, head_start - 120)
    m = _NAME_BEFORE.search(text, back, head_start)
    if not m:
        return None, None
    name = normalise_mechanism(text[m.start() : head_end])
    return (name, (m.start(), head_end)) if name else (None, None)


def acronym_after(text: str, span: tuple[int, int]) -> str | None:
    """The acronym a name defines: "Joint Consultative Commission (JCC)" -> "JCC"."""
    m = _ACRONYM_AFTER.match(text, span[1])
    if m:
        return m.group("acr")
    m = _ACRONYM_INSIDE.search(text, span[0], span[1])
    return m.group("acr") if m else None


# "(BNC)" after a capitalised name ending in a body's head noun: the name it defines
_NAME_BEFORE_ACRONYM = re.compile(
    r"(?P<name>(?:[A-Z][\w'’–-]*\s+(?:(?:of|on|for|and)\s+)?){0,8}(?:Commission|Committee|Council|Dialogue|Forum|"
    r"Mechanism|Consultations|Working\s+Group|Summit)"
    r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w'’–-]*\s+(?:(?:and|of)\s+)?){0,4}[A-Z][\w'’–-]*)?)\s*$"
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms a document defines for a mechanism anywhere, a heading or a question included:
    "What is the Namibia–Botswana Bi-National Commission (BNC)?" -> {"BNC": "Namibia-Botswana
    Bi-National Commission"} (so that "the 7th Session of the BNC" later names it)."""
    out: dict[str, str] = {}
    for m in parenthesised(text, letters_only=True, max_len=8):
        acr = m.group(1)
        if acr in out:
            continue
        nm = _NAME_BEFORE_ACRONYM.search(text, max(0, m.start() - 140), m.start())
        if nm is None:
            continue
        name = normalise_mechanism(nm.group("name")) or ""
        # (the initials of every part of a hyphenated word count here: "Bi-National" -> "BN")
        if name and initials(name.replace("-", " ").split(), capitals_only=True).endswith(acr):
            out[acr] = name
    return out


def is_bilateral_name(name: str | None, n_countries: int = 0) -> bool:
    """Does a mechanism name say it is bilateral: a country pair ("Kenya-Ethiopia …"), two
    countries (``n_countries``), or "Joint"/"Bilateral"/"Intergovernmental"?"""
    if not name:
        return False
    return n_countries >= 2 or bool(_BILATERAL_WORD.search(name) or _PAIR.search(name))


def mechanism_reference(text: str, t_start: int, t_end: int) -> tuple[int | None, str | None, str | None]:
    """An anaphoric round of a mechanism named before in the document, at the trigger
    [t_start, t_end): (round, acronym, head noun); the head noun is "" for "such"."""
    m = _REFERENCE.search(text, max(0, t_start - 12), t_end + 40)
    if not m or m.start() > t_end:
        return None, None, None
    rnd = parse_ordinal(m.group("ord"))
    if m.group("acr"):
        return rnd, m.group("acr"), None
    noun = m.group("noun")
    return rnd, None, (noun.lower().rstrip("s") if noun else "")


_MINOR_WORDS = frozenset({"of", "on", "for", "and", "the", "in"})


def _abbreviates(acr: str, name: str) -> bool:
    """Is ``acr`` the initials of the last words of ``name`` ("JMC" of "Pakistan-Bahrain Joint
    Ministerial Commission"; minor words skipped, a hyphenated country pair never counted)?"""
    if len(acr) < 2 or not acr.isupper():
        return False
    letters = initials((w for w in name.split() if "-" not in w), skip=_MINOR_WORDS, capitals_only=True)
    return len(letters) >= len(acr) and letters.endswith(acr)


def resolve_reference(acr: str | None, noun: str | None, mechanisms: list[str], acronyms: dict[str, str]) -> str | None:
    """The mechanism an acronym or a head noun refers to: the latest one told with that acronym
    or head ("the mechanism", "such meeting": the latest one)."""
    if acr:
        # "the JMC" after "the Pakistan-Bahrain Joint Ministerial Commission" told without
        # "(JMC)": the latest mechanism whose trailing capitalised words have these initials
        return acronyms.get(acr) or next((n for n in reversed(mechanisms) if _abbreviates(acr, n)), None)
    if noun is None:
        return None
    for name in reversed(mechanisms):
        if noun in ("", "mechanism"):
            return name
        head = _HEAD_WORD.search(name)
        if head and head.group(0).lower().rstrip("s") == noun:
            return name
    return None


_EXERCISE_ADJ = (
    r"joint|bilateral|trilateral|multilateral|maritime|naval|military|air|army|live-fire|amphibious|"
    r"counter-terrorism|counterterrorism|anti-terrorism|combined|annual|special|field|tactical|"
    r"search-and-rescue|command-post"
)
# "the first edition of the Bayanihan Wave bilateral maritime exercise" -> ("Bayanihan Wave", 1)
_NAMED_SERIES = re.compile(
    rf"(?:\b(?P<ord>{ORDINAL_TRIE_RX})\s+(?:edition|iteration|round|phase|instal?ment)\s+of\s+)?"
    rf"\b(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){{1,3}}?)(?:(?:{_EXERCISE_ADJ})\s+){{0,4}}"
    r"(?:exercises?|drills?|war\s*games|manoeuvres|maneuvers)\b"
)
_NOT_SERIES = frozenset(
    "the a an this that these those their its his her our joint bilateral trilateral military naval "
    "maritime air army annual combined special exercise exercises drill drills navy navies force forces "
    "guard guards marine marines defence defense troops armed".split()
)


# "the sixth edition of the bilateral naval exercise Pacific Shield": an edition's series named
# (unquoted, in capitals) right after the exercise noun
_EDITION_NAMED_AFTER = re.compile(
    rf"\b(?P<ord>{ORDINAL_TRIE_RX})\s+(?:edition|iteration)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:exercises?|drills?)\s+"
    r"(?P<name>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})",
    re.IGNORECASE,
)


# 'the 12th edition of the combined naval exercise "Plata Común"': the name quoted after the noun
_QUOTED_SERIES = re.compile(
    rf"(?:\b(?P<ord>{ORDINAL_TRIE_RX})\s+(?:edition|iteration|round|phase)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?)?"
    r"\b(?:exercises?|drills?|war\s*games|manoeuvres|maneuvers),?\s+[\"“‘'](?P<name>[A-Z][^\"“”‘’'.;]{1,40}?)[\"”’']",
    re.IGNORECASE,
)


# 'the second "Gulf of Aden Shield" maritime exercise': the name quoted before the noun (an
# ordinal right before it is the edition)
_QUOTED_BEFORE = re.compile(
    rf"(?:\b(?P<ord>{ORDINAL_TRIE_RX})\s+)?[\"“‘](?P<name>[A-Z][^\"“”‘’.;]{{1,40}}?)[\"”’],?\s+"
    rf"(?:(?:{_EXERCISE_ADJ})\s+){{0,4}}(?:exercises?|drills?|war\s*games|manoeuvres|maneuvers)\b",
    re.IGNORECASE,
)


def find_named_series(text: str, lo: int, hi: int) -> tuple[str | None, int | None, tuple[int, int] | None]:
    """An exercise series named before the exercise noun, with an "<ordinal> edition of" round:
    "the first edition of the Bayanihan Wave bilateral maritime exercise" -> ("Bayanihan Wave", 1,
    span of the name).  The caller rejects names that are places or demonyms."""
    for m in _NAMED_SERIES.finditer(text, lo, hi):
        name = m.group("name").strip()
        if any(w.lower() in _NOT_SERIES for w in name.split()):
            continue
        return name, parse_ordinal(m.group("ord")) if m.group("ord") else None, m.span("name")
    # (its name opens with a quotation mark: a window without one is skipped without a scan)
    m = _QUOTED_SERIES.search(text, lo, hi) if any(text.find(q, lo, hi) >= 0 for q in "\"“‘'") else None
    if m and m.group("name")[:1].isupper():
        return m.group("name").strip(), parse_ordinal(m.group("ord")) if m.group("ord") else None, m.span("name")
    m = _EDITION_NAMED_AFTER.search(text, lo, hi)
    if m and not any(w.lower() in _NOT_SERIES for w in m.group("name").split()):
        return m.group("name"), parse_ordinal(m.group("ord")), m.span("name")
    m = _QUOTED_BEFORE.search(text, lo, hi) if ("\"" in text or "“" in text or "‘" in text) else None
    if m and m.group("name")[:1].isupper():
        return m.group("name").strip(), parse_ordinal(m.group("ord")) if m.group("ord") else None, m.span("name")
    return None, None, None
