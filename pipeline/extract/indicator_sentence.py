"""Indicator mentions of one sentence: its figures, each with metric, change, subject, period,
direction and source (see :mod:`pipeline.extract.indicators` for the rules).

:func:`find_indicators` works on one sentence and the facts the frame stage gathered for it
(:class:`SentenceInfo`).  The lexicon rows it tries can be narrowed to those that can match in
the sentence (``SentenceInfo.live``, from :func:`pipeline.extract.indicator_lexicon.live_rows`);
all regular expressions are compiled once, at import.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline.extract.indicator_lexicon import Row, gate, rows_of, unit_ok
from pipeline.extract.indicator_regex import CASE_ODD
from pipeline.extract.numbers import Quantity, find_measured, number_at

__all__ = ["find_indicators", "SentenceInfo"]

_ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
_NAME_KINDS = frozenset({"name", "alias", "short"})
_FUNCTION = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their his her this these those than per each into over under between among since "
    "until during after before more less about some such total towards toward across through via within "
    "against upon".split()
)
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
_DATA_SHOW_RE = re.compile(
    rf"(?:(?P<org>{_NAME_RUN})(?:\s+\([A-Z][\w&-]*\))?\s+|\b[a-z][\w-]*\s+)"
    r"(?:data|figures|statistics|numbers)\s+(?:show|shows|showed|indicate|indicated|indicates|suggest|suggested)\b"
)
# every match of _DATA_SHOW_RE holds this (a cheap, exact pre-test: most sentences have none)
_DATA_SHOW_GATE_RE = re.compile(r"(?:data|figures|statistics|numbers)\s+(?:show|indicate|suggest)")
# a cumulative figure: present perfect right before it, or "so far"/"to date" right after it
_CUMULATIVE_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:\w+ed|\w+en|held|built|made|won|sent|spent|brought|set)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$")
_CUMULATIVE_AFTER_RE = re.compile(r"(?i)[\w\s-]{0,60}?\b(?:so far|to date|thus far|till now|until now|up to now)\b")
_CHANGE_TO_RE = re.compile(
    r"(?:\s+(?:year[- ]on[- ]year|y-o-y|yoy|annually|on\s+the\s+year|from\s+a\s+year\s+earlier))?,?"
    r"\s+(?:to|reaching|hitting|totall?ing|standing\s+at|at"
    # "decreased by 2.1% and amounted to $41 billion"
    r"|and\s+(?:amounted\s+to|reached|stood\s+at|totall?ed|came\s+to|hit))"
    r"\s+(?:a\s+(?:total|record|high)\s+of\s+|reach\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
)
_ADJ_NAME_RE = re.compile(rf"\s+(?P<n>[A-Z][\w'’&.\-–]*(?:\s+(?:(?:of|on|for|and|the)\s+)*{_NAME_TOKEN})*)")
# "to the kingdom", "from the Gulf country", "to the South American nation": the other country
_ANAPHOR_NOUN = (
    r"(?:[\w-]+\s+){0,2}?(?:kingdom|sultanate|principality|federation|country|nation|republic|"
    r"island(?:\s+(?:nation|state))?|emirates?|state|"
    r"neighbou?r|neighbou?ring country|partner)\b"
)
_PARTNER_ANAPHOR_RE = re.compile(rf"(?i)\s+(?:\w+\s+){{0,2}}?(?:to|from)\s+(?:the|its|their)\s+{_ANAPHOR_NOUN}")
_REPORTING_NAME_RE = re.compile(r"\s+(?:said|says|told|noted|added|stated|reported)\b")
# a figure's after-phrase also ends where "and" opens a second flow ("EUR 7.1 billion and French
# imports from Morocco to EUR 7.2 billion"): those words belong to the next figure
_PHRASE_END_RE = re.compile(
    r"[,;:.!?()]|\s[—–-]\s|\s+(?:while|whereas|and\s+(?:has|have|had|is|are|was|were))\b"
    # a clause of cause or time: "fell 2% to $22.9 billion as Kenya curbed imports"
    r"|\s+(?:because|amid|despite|although|though|as(?=\s+(?:the|a|an|its|their|[A-Z]\w*\s+[a-z]+(?:ed|s)\b)))\b"
    r"|\s+and\s+(?=(?:[\w'’.-]+\s+){0,2}?(?:exports?|imports?|purchases|shipments|sales)\b)"
)
_HEAD_NOUN_RE = re.compile(r"\s*(?:(?:worth\s+)?of|in)?\s*((?:[A-Za-z][\w-]*\s*){1,3})")
_SNAKE_RE = re.compile(r"[^a-z0-9]+")
_MONEY_VERB_RE = re.compile(
    r"([A-Za-z][\w-]*)\s+(?:stood at|reached|totall?ed|amounted to|was|were|hit|rose to|fell to|"
    r"climbed to|grew to|increased to|decreased to|dropped to|is|are)\s+(?:a total of\s+|about\s+|"
    r"around\s+|nearly\s+|over\s+|more than\s+|some\s+)?$"
)
_ORG_TAIL_RE = re.compile(r"(?:\s+(?:and|of|in|for|the))+$")
_POSSESSIVE_RE = re.compile(r"^(.+?)['’]s\s+(.+)$")
_COVER_REST_RE = re.compile(r"(?:\s|,|-|–|\band\b|\bthe\b)*")
_NAME_TAIL_RE = re.compile(r"(?:\s+(?:on|in|of|and|the|since|from))*\s*$")
_MEETINGS_OWNER_RE = re.compile(rf"\s+of\s+(?:the\s+)?(?P<n>{_NAME_RUN})")
_MEETINGS_TAIL_RE = re.compile(r"\s+(?:in|since|of|and)$")
_PARTICIPATED_RE = re.compile(rf"(?:took part|participated|participating)\s+in\s+(?:the\s+)?(?P<n>{_NAME_RUN})")
_WHICH_TAIL_RE = re.compile(r"\s+(?:which|that)$")
_FLOW_WORD_RE = re.compile(r"(?i)\b(?:exports?|exported|imports?|imported|shipments?|shipped|shipping|purchases|purchased|buys|bought)\b")
_SUPPLY_WORD_RE = re.compile(r"(?i)\b(?:sells?|sold|selling|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\b")
# a verb of supply right before a measured figure: "Iran also supplies 104 megawatts", "sold 40 MW"
_SUPPLY_VERB_RE = re.compile(
    r"(?i)\b(?:sells|sold|selling|sell|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|an?\s+additional|"
    r"a\s+further|another)\s+)*$"
)
# people of one nationality in another country: "14,000 Mexican students studied in the United States",
# "37 million people of Mexican origin live in the United States"
# a supply to a domestic network, not to another country
_GRID_RE = re.compile(r"(?i)\bto\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:grid|network|consumers|households|homes|customers)\b")
_HOST_VERB_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:received|receives|welcomed|welcomes|attracted|attracts|hosted|hosts|"
    r"(?:is|was|remains)\s+(?:also\s+|now\s+|still\s+)?home\s+to)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|an\s+estimated|"
    r"a\s+record)\s+)*",
    re.I,
)
_ORIGIN_AFTER_RE = re.compile(r"\s+of\s+$")
_ORIGIN_NOUN_RE = re.compile(r"\s+(?:origin|descent|nationality|background)\b", re.I)
_RESIDENCE_GAP_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|at|visited|visiting|toured|travell?ed\s+to|came\s+to|arrived\s+in)\s+(?:the\s+)?"
)
# counts of travellers that measure a relationship only with their origin
_ORIGIN_NEEDED = frozenset({"tourist_arrivals", "visitors"})
_FOREIGN_SUBJECT_METRICS = frozenset({"jobs_created", "companies", "highways_built", "railways_built", "projects",
                                      "projects_approved"})
_FROM_ORIGIN_RE = re.compile(r"\s+from\s+(?:the\s+)?")
# a subject of one nationality working in another country: "Italian companies operate in Tunisia,
# employing 70,000 people", "Chinese firms have built 1,300 km of roads in Sri Lanka"
_FOREIGN_SUBJECT_RE = re.compile(
    r"(?:-(?:owned|based|funded|backed|run|invested|financed)\s+(?:[a-z][\w-]*,?\s+(?:(?:and|or)\s+)?){0,4}?"
    r"|\s+(?:state-owned\s+|private\s+)?)"
    r"(?:companies|firms|enterprises|businesses|contractors|investors|mines|mining\s+companies|banks|"
    r"manufacturers|developers|factories|plants|corporations|(?:joint\s+)?ventures)\b",
    re.I,
)
_HOST_IN_RE = re.compile(r"\s+in\s+(?:the\s+)?$")
_OWNER_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}")
_SO_FAR_RE = re.compile("so far|to date|thus far|till now|until now|up to now")
# between a governing verb and its figure: only quantifiers ("imported some 2.8 billion kWh")
_ADJACENT_GAP_RE = re.compile(
    r"\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|"
    r"a\s+total\s+of|an?\s+estimated|a\s+record|a\s+further|an\s+additional|another|a\s+combined)\s+)*"
)
# a second verb phrase of the same subject before a figure, no new subject named: ", and slumped a
# further 12.4% to"; "earning about" after a traded amount: its value
_CONTINUED_RE = re.compile(r"\s*,?\s*(?:and|but|before)\s+(?:then\s+|also\s+|further\s+)?[a-z][^A-Z;:]*$")
_EARNING_RE = re.compile(
    r"(?:^|,)\s*(?:and\s+)?(?:earning|earned|fetching|fetched|worth|valued\s+at|bringing\s+in|generating)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|approximately|an?\s+estimated)\s+)*$",
    re.I,
)
# a part of the figure before: ", of which $1.8 billion", ", including $300 million"
_PART_OF_RE = re.compile(
    r"(?:^|,)\s*(?:of\s+which|including|includ(?:es|ed)|among\s+them)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|approximately|an?\s+estimated)\s+)*$",
    re.I,
)
_GLOSS_RE = re.compile(r"\s*\([^()]{1,24}\)")
_OF_ORIGIN_RE = re.compile(r"\s+of\s+(?:the\s+)?")
_PARTNER_AFTER_RE = {
    prep: re.compile(rf"(?i)\s+(?:[\w-]+\s+){{0,4}}?{prep}\s+(?:the\s+)?") for prep in ("to", "from")
}
# a trade verb governing the figure right after it: "imported 2.8 billion kWh", "to export 300 MW"
_ADJACENT_FLOW_RE = re.compile(
    r"(?i)\b(?:(?P<imports>import(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))|(?P<exports>export(?:s|ed|ing)?))\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|a\s+total\s+of|"
    r"an?\s+estimated|a\s+record)\s+)*$"
)
def _flow_verb_near(window: str) -> bool:
    """Whether a trade verb may stand in ``window`` (a cheap test before :data:`_ADJACENT_FLOW_RE`)."""
    low = window.lower()
    return "port" in low or "bu" in low or "purchas" in low


_PARTNER_PREP_RE = {
    prep: re.compile(rf"(?i)\s+(?:\w+\s+){{0,3}}?{prep}\s+(?:the\s+)?") for prep in ("to", "from")
}


# --- lexicon -------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _live(role: str, scope: str | None, live: frozenset[int] | None) -> tuple[Row, ...]:
    """The rows of a role/scope that can match in the sentence (``live``: None = all rows)."""
    rs = rows_of(role, scope)
    return rs if live is None else tuple(r for r in rs if r.idx in live)


@functools.lru_cache(maxsize=4096)
def _noun_metric(noun: str, kind: str, unit: str | None) -> tuple[Row] | tuple[()]:
    """The noun row that names a counted noun's metric ("jobs" -> jobs_created), if any."""
    q = _KindUnit(kind, unit)
    for r in rows_of("metric", "noun"):
        if unit_ok(r, q) and r.rx.fullmatch(noun):
            return (r,)
    return ()


@functools.lru_cache(maxsize=1024)
def _default_metric(kind: str, unit: str | None) -> tuple[Row] | tuple[()]:
    """The default row of a unit (its metric when nothing else says more), if any."""
    q = _KindUnit(kind, unit)
    for r in rows_of("metric", "default"):
        if unit_ok(r, q):
            return (r,)
    return ()


@dataclass(frozen=True)
class _KindUnit:
    kind: str
    unit: str | None


# --- per-sentence analysis -------------------------------------------------------------------------


@dataclass
class SentenceInfo:
    """What the indicator finder needs about one sentence (offsets relative to its text).

    ``countries``: (start, end, iso3, kind); ``dates``: (start, end, date_start, date_end,
    precision, qualifier); ``currency_countries``: ISO-3 codes in order of relevance, to settle
    "Rs"/"rupees"; ``dyad``: the document's two main countries; ``live``: the metrics-lexicon
    rows that can match in the sentence (None: try all); ``reference``: the document's reference
    date (a figure "by" a later date is a target).
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    dates: list[tuple[int, int, object, object, str, str | None]] = field(default_factory=list)
    currency_countries: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()
    live: frozenset[int] | None = None
    reference: object = None  # the document's reference date (datetime.date), when known


@dataclass
class _Fig:
    q: Quantity
    phrase_end: int  # end of the figure's after-phrase
    change: float | None = None
    last_end: int = 0  # end of the figure or of the change attached after it
    own_end: int = 0  # end of the figure's own after-phrase (before an attached change)
    metric: str | None = None
    conversions: list[Quantity] = field(default_factory=list)  # the same amount in other currencies


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _after_phrase_end(text: str, q: Quantity, next_start: int) -> int:
    # (searched in place: the pattern has no look-behind, and the window's end acts as the text's)
    m = _PHRASE_END_RE.search(text, q.end, next_start)
    return m.start() if m else next_start


def _snake(s: str) -> str:
    return _SNAKE_RE.sub("_", s.lower()).strip("_")


def _head_noun(phrase: str) -> str | None:
    """snake_case of the head noun phrase at the start of ``phrase`` ("of wheat" -> "wheat")."""
    m = _HEAD_NOUN_RE.match(phrase)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _FUNCTION:
            break
        if not words and w[:1].isupper() and not w.isupper():
            return None  # a name ("in Pakistan's energy sector") is no measured noun
        words.append(w.lower())
    if not words:
        return None
    return _SNAKE_RE.sub("_", " ".join(words)).strip("_") or None


def _metric_for(fig: _Fig, before: str, after: str, sentence: str, live: frozenset[int] | None,
                fallback: str | None = None) -> tuple[str | None, bool]:
    """(metric, whether the lexicon named it) of a figure: a lexicon row, else a fallback (the
    caller's, the counted noun, the head noun after the figure, the verb before an amount)."""
    metric = _lexicon_metric(fig, before, after, sentence, live)
    if metric is not None:
        return metric, True
    q = fig.q
    if fallback:
        return fallback, False
    if q.kind == "count" and q.noun:
        return _snake(q.noun), False
    noun = _head_noun(after)
    if noun:
        return noun, False
    if q.kind == "money":
        m = _MONEY_VERB_RE.search(before)
        if m and m.group(1).lower() not in _FUNCTION:
            return _SNAKE_RE.sub("_", m.group(1).lower()), False
        return "amount", False
    return None, False


@functools.lru_cache(maxsize=16384)
def _scoped(scope: str, live: frozenset[int] | None, kind: str, unit: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex, metric) of the metric rows of a scope that can match in the sentence and admit
    the figure's kind and unit, in file order."""
    q = _KindUnit(kind, unit)
    return tuple((r.rx, r.metric) for r in _live("metric", scope, live) if unit_ok(r, q))


def _lexicon_metric(fig: _Fig, before: str, after: str, sentence: str, live: frozenset[int] | None) -> str | None:
    q = fig.q
    kind, unit = q.kind, q.unit
    if before:
        # a verb right before the figure governs it ("imported 2.8 billion kWh of electricity",
        # "employ 30,000 workers")
        for rx, metric in _scoped("adjacent", live, kind, unit):
            for m in rx.finditer(before):
                if _ADJACENT_GAP_RE.fullmatch(before, m.end()):
                    return metric
    if kind == "count" and q.noun:
        found = _noun_metric(q.noun.strip(), kind, unit)
        if found:
            return found[0].metric
    best = None
    if kind == "measure" and (_LONG_AFTER_RE.match(after) or _ATTRIBUTIVE_BEFORE_RE.search(before[-8:])
                              or "-" in q.surface):
        # a length that describes a thing: "the 1,814-kilometre gas pipeline", "a 752-km railway",
        # "The rail link ... is 169 km long" (the thing after the figure, else the one before it)
        long_after = _LONG_AFTER_RE.match(after) is not None
        for rx, metric in _scoped("length", live, kind, unit):
            if not long_after:
                m = rx.search(after)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), metric)
            else:
                for m in rx.finditer(before):
                    if best is None or -m.end() < best[0]:
                        best = (-m.end(), metric)
        if best:
            return best[1]
    for rx, metric in _scoped("after", live, kind, unit):
        m = rx.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), metric)
    if best:
        return best[1]
    if before:
        for scope in ("before", "weak"):
            for rx, metric in _scoped(scope, live, kind, unit):
                for m in rx.finditer(before):
                    if best is None or m.end() > best[0]:
                        best = (m.end(), metric)
            if best:
                return best[1]
    for rx, metric in _scoped("sentence", live, kind, unit):
        if rx.search(sentence):
            return metric
    found = _default_metric(kind, unit)
    if found:
        return found[0].metric
    return None


_LONG_AFTER_RE = re.compile(r"\s+(?:long|in\s+length)\b", re.I)
_ATTRIBUTIVE_BEFORE_RE = re.compile(r"(?i)\b(?:the|a|an|its|this|their)\s+$")


def _change_sign(window: str, live: frozenset[int] | None) -> int | None:
    if not gate(("up", None), ("down", None)).open(window):
        return None
    best = None
    for role, sign in (("up", 1), ("down", -1)):
        for r in _live(role, None, live):
            for m in r.rx.finditer(window):
                if best is None or m.end() > best[0]:
                    best = (m.end(), sign)
    return best[1] if best else None


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


def _direction(text: str, fig: _Fig, before: str, before_start: int, info: SentenceInfo,
               reporter: str | None, flow: str | None = None) -> tuple[str | None, str | None]:
    """(from, to) of exports or imports (``flow``: the trade flow that governs a figure of another
    metric, "to import 5,000 MW from Laos")."""
    metric = flow or fig.metric
    words = _FLOW_WORD_RE
    if metric == "supply":  # "Nepal sells 40 MW to Bangladesh": an outflow told by its verb
        metric, words = "exports", _SUPPLY_WORD_RE
    if metric not in ("exports", "imports"):
        return None, None
    ms = list(words.finditer(before))
    if not ms and metric == "exports":
        ms = list(_SUPPLY_WORD_RE.finditer(before))  # "Nepal sold 900 million kWh to India"
    if not ms:
        return _passive_direction(text, fig, info)
    w = ms[-1]
    w_start, w_end = before_start + w.start(), before_start + w.end()
    owner = None
    for s, e, iso, kind in info.countries:
        if kind not in _ACTOR_KINDS or e > w_start:
            continue
        gap = text[e:w_start]
        if _OWNER_GAP_RE.fullmatch(gap):
            owner = iso
    other = None
    partner_named = False  # "to Kenya", but also "from the kingdom", "to the country"
    prep = "to" if metric == "exports" else "from"
    pm = _PARTNER_PREP_RE[prep].match(text[w_end : w_end + 60])
    if pm:
        at = w_end + pm.end()
        for s, e, iso, kind in info.countries:
            if s == at and kind in _ACTOR_KINDS:
                other = iso
        partner_named = other is not None or bool(_PARTNER_ANAPHOR_RE.match(text, w_end + pm.start()))
    if other is None:
        # the partner after the figure: "imported 2.8 billion kWh of electricity from Lao plants"
        # (past a gloss in brackets: "138 million kWh (units) of electricity to Bangladesh")
        gap = _PARTNER_AFTER_RE[prep]
        pos, pend = fig.q.end, fig.phrase_end
        gm = _GLOSS_RE.match(text, pos)
        if gm:
            pos = gm.end()
            em = _PHRASE_END_RE.search(text, pos, min(len(text), pos + 80))
            pend = em.start() if em else min(len(text), pos + 80)
        for s, e, iso, kind in info.countries:
            if pos <= s < pend and kind in _ACTOR_KINDS and gap.fullmatch(text, pos, s):
                other, partner_named = iso, True
                break
    om = _OF_ORIGIN_RE.match(text, w_end)
    if om is None and other is None and metric == "imports":
        # the goods' origin after the figure: "imported 96,000 tonnes of Canadian wheat"
        om = _OF_ORIGIN_RE.match(text, fig.q.end)
    if om:
        # the goods' origin: "imports of Brazilian soybeans", "exports of Chilean copper"
        origin = next((iso for s, e, iso, kind in info.countries if s == om.end() and kind in _ACTOR_KINDS), None)
        if origin is not None and metric == "imports" and other is None:
            other, partner_named = origin, True
        elif origin is not None and metric == "exports" and owner is None:
            owner = origin
    home = owner or reporter
    if other is None and partner_named and home:
        other = _other(info.dyad, home)
    if home is None and other is not None:
        home = _other(info.dyad, other)
    if home == other:
        home = None
    return (home, other) if metric == "exports" else (other, home)


_PASSIVE_FLOW_RE = re.compile(
    r"(?i)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:exported|imported|shipped|sold)\b"
)
_PASSIVE_PREP_RE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?P<p>from|to|into|by)\s+(?:the\s+)?")


def _passive_direction(text: str, fig: _Fig, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of a flow told in the passive after its figure: "Goods worth $4 billion were
    exported from Laos to Thailand" (one side named: the other of the document's pair)."""
    m = _PASSIVE_FLOW_RE.match(text, fig.q.end, fig.phrase_end)
    if m is None:
        m = _PASSIVE_FLOW_RE.search(text, fig.q.end, fig.phrase_end)
        if m is None or not _GOODS_GAP_RE.fullmatch(text, fig.q.end, m.start()):
            return None, None
    frm = to = None
    pos = m.end()
    for _ in range(2):
        pm = _PASSIVE_PREP_RE.match(text, pos, fig.phrase_end)
        if pm is None:
            break
        hit = next(((iso, e) for s, e, iso, k in info.countries if s == pm.end() and k in _ACTOR_KINDS), None)
        if hit is None:
            break
        p = pm.group("p").lower()
        if p == "from" or (p == "by" and not m.group(0).lower().endswith("imported")):
            frm = frm or hit[0]  # ("exported by Laos": the exporter; "imported by Thailand": the importer)
        else:
            to = to or hit[0]
        pos = hit[1]
    if frm and to is None:
        to = _other(info.dyad, frm)
    elif to and frm is None:
        frm = _other(info.dyad, to)
    return (frm, to) if frm != to else (None, None)


# what a passive flow's figure may be of: "$4 billion of goods were exported ..."
_GOODS_GAP_RE = re.compile(r"(?i)\s+(?:worth\s+)?of\s+(?:[\w-]+\s+){0,3}?[\w-]+")


def _people_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(origin, host) of people of one nationality counted in another country: the nationality
    inside the figure ("14,000 Mexican students") or right after it ("people of Mexican origin"),
    the host country after "in" further on in the clause ("... are enrolled in colleges in Nepal")."""
    origin = None
    origin_end = q.end
    for s, e, iso, kind in info.countries:
        if kind in _ACTOR_KINDS and q.start <= s and e <= q.end:
            origin = iso
        elif (origin is None and kind in ("demonym", "adjective") and q.end <= s <= q.end + 5
              and _ORIGIN_AFTER_RE.fullmatch(text, q.end, s) and _ORIGIN_NOUN_RE.match(text, e)):
            origin, origin_end = iso, _ORIGIN_NOUN_RE.match(text, e).end()
        elif origin is None and kind in _NAME_KINDS and _FROM_ORIGIN_RE.fullmatch(text, q.end, s):
            origin, origin_end = iso, e  # "310,000 visitors from Qatar"
    if origin is None:
        return None, None
    for s, e, iso, kind in info.countries:
        if s < origin_end or s > origin_end + 120 or kind not in _ACTOR_KINDS:
            continue
        if iso != origin and _RESIDENCE_GAP_RE.fullmatch(text, origin_end, s):
            return origin, iso
        break
    # the host as the subject: "Thailand received 3.5 million Chinese tourists"
    for s, e, iso, kind in info.countries:
        if e <= q.start and kind in _NAME_KINDS and iso != origin and _HOST_VERB_RE.fullmatch(text, e, q.start):
            return origin, iso
    return None, None


# the country that holds a surplus or deficit: "leaving Brazil with a surplus of", "Kenya ran a
# trade deficit of", "Chile's trade surplus with Peru"
_BALANCE_OWNER_RE = re.compile(
    r"(?:['’]s\s+|\s+(?:with|ran|runs|run|posted|posts|recorded|records|had|has|have|enjoyed|enjoys|registered)\s+"
    r"(?:an?\s+|its\s+)?)(?:[\w-]+\s+){0,3}?(?P<kind>surplus|deficit)\b",
    re.I,
)


def _balance_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of a trade balance: a surplus runs from its holder to the other country of the
    pair (exports exceed imports), a deficit the other way."""
    for s, e, iso, kind in info.countries:
        if e > q.start or kind not in _ACTOR_KINDS:
            continue
        m = _BALANCE_OWNER_RE.match(text, e, q.start)
        if m is None:
            continue
        partner = next((i for s2, _e2, i, k in info.countries if m.end() < s2 < q.start and k in _ACTOR_KINDS and i != iso),
                       None) or _other(info.dyad, iso)
        if partner is None:
            return None, None
        return (iso, partner) if m.group("kind").lower() == "surplus" else (partner, iso)
    return None, None


def _pair_partner(rows: list[dict], frm: str | None, to: str | None) -> tuple[str | None, str | None]:
    """A trade flow whose partner goes unsaid after a flow of the same sentence that named both
    countries: "Pakistan's exports to Uzbekistan were $288 million, while imports stood at $164m"
    (imports from Uzbekistan)."""
    known = frm or to
    for r in reversed(rows):
        pair = (r["from_country_iso3"], r["to_country_iso3"])
        if r["metric"] in ("exports", "imports") and None not in pair and known in pair:
            partner = pair[1] if pair[0] == known else pair[0]
            return (frm, partner) if frm else (partner, to)
    return frm, to


_RESPECTIVE_GAP_RE = re.compile(r"\s*(?:,\s*and|,|and)\s*")
_RESPECTIVELY_RE = re.compile(r"[\s,]*(?:\([^()]{0,30}\)\s*)?,?\s*respectively\b", re.I)
_RESPECTIVE_FLOWS_RE = re.compile(
    r"(?i)\b(?P<w>exports?|imports?)(?:\s+(?P<prep>to|from)(?=\s+(?:and|the|[A-Z])))?"
)


def _respectively(text: str, figs: list[_Fig], info: SentenceInfo) -> dict[int, tuple[str, str | None, str | None]]:
    """id(figure) -> (metric, from, to) for figures listed "respectively" after a coordination of
    trade flows: "Pakistan's exports to and imports from Kenya stood at $300 million and $150
    million, respectively" (the owner before the first flow word, the partner after the last one,
    else the other country of the document's pair)."""
    for i in range(len(figs)):
        group = [figs[i]]
        j = i
        while j + 1 < len(figs) and _RESPECTIVE_GAP_RE.fullmatch(text, figs[j].q.end, figs[j + 1].q.start):
            group.append(figs[j + 1])
            j += 1
        if len(group) < 2 or not _RESPECTIVELY_RE.match(text, group[-1].q.end):
            continue
        words = list(_RESPECTIVE_FLOWS_RE.finditer(text, 0, group[0].q.start))
        if len(words) < len(group):
            return {}
        words = words[-len(group):]
        actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
        owner = next((iso for s, e, iso, _k in reversed(actors) if e <= words[0].start()
                      and _OWNER_GAP_RE.fullmatch(text, e, words[0].start())), None)
        partner = next((iso for s, e, iso, _k in actors if words[-1].end() <= s < group[0].q.start
                        and iso != owner), None)
        if owner and partner is None:
            partner = _other(info.dyad, owner)
        out = {}
        for f, w in zip(group, words):
            metric = "exports" if w.group("w").lower().startswith("export") else "imports"
            frm, to = (owner, partner) if metric == "exports" else (partner, owner)
            out[id(f)] = (metric, frm, to)
        return out
    return {}


def _fill_pair_partners(rows: list[dict]) -> None:
    """A trade flow of the sentence whose partner goes unsaid takes it from a LATER flow that
    names both countries: "Thai exports across the border were 110 billion baht, while imports from
    Cambodia were 22 billion baht" (:func:`_pair_partner` looks back)."""
    for i, r in enumerate(rows):
        frm, to = r["from_country_iso3"], r["to_country_iso3"]
        if r["metric"] not in ("exports", "imports") or (frm is None) == (to is None):
            continue
        known = frm or to
        for o in rows[i + 1 :]:
            pair = (o["from_country_iso3"], o["to_country_iso3"])
            if o["metric"] in ("exports", "imports") and None not in pair and known in pair:
                partner = pair[1] if pair[0] == known else pair[0]
                r["from_country_iso3"], r["to_country_iso3"] = (frm, partner) if frm else (partner, to)
                break


def _foreign_subject_direction(text: str, q: Quantity, info: SentenceInfo,
                               default_host: bool = False) -> tuple[str | None, str | None]:
    """(origin, host) of a figure told of firms of one nationality working in a country named after
    "in" in the same sentence: "Italian companies operate in Tunisia, employing 70,000 people"."""
    origin = None
    for s, e, iso, kind in info.countries:
        if s >= q.start:
            break
        if kind in ("demonym", "adjective") and _FOREIGN_SUBJECT_RE.match(text, e):
            origin = iso
    for s, e, iso, kind in info.countries:
        if origin is not None:
            break
        if kind in ("demonym", "adjective") and (
            # inside the figure: "127 Chinese-funded projects"
            (q.start < s and e <= q.end and _FUNDED_RE.match(text, e))
            # the capital after it: "5,000 companies with Chinese capital", "firms of Turkish origin"
            or (s >= q.end and _WITH_CAPITAL_RE.fullmatch(text, q.end, s) and _CAPITAL_NOUN_RE.match(text, e))
        ):
            origin = iso
    if origin is None:
        return None, None
    for s, e, iso, kind in info.countries:
        if kind in _NAME_KINDS and iso != origin and _HOST_IN_RE.search(text, max(0, s - 8), s):
            return origin, iso
    for s, e, iso, kind in info.countries:
        # the nationality of the people counted: "Chinese-invested firms employ 55,000 Kenyan workers"
        if q.start <= s and e <= q.end and kind in ("demonym", "adjective") and iso != origin:
            return origin, iso
    if origin in info.dyad and (default_host or _IN_THE_ANAPHOR_RE.search(text, q.end)):
        # "... operate in the country"; approvals are given by the host ("the board approved 127
        # Chinese-funded projects")
        return origin, _other(info.dyad, origin)
    return None, None


_APPROVED_RE = re.compile(
    r"(?i)\b(?:approved|approves|approving|cleared|sanctioned)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|a\s+total\s+of|an?\s+additional|another)\s+)*$"
)
_WORTH_RE = re.compile(
    r"\s*,?\s*(?:worth|valued\s+at|totall?ing|with\s+(?:a\s+)?(?:total\s+|combined\s+)?(?:investment|value|capital)\s+of)\s+"
    r"(?:(?:a|an)\s+(?:combined|total|estimated)\s+(?:of\s+)?)?(?:(?:about|around|nearly|some|over|more\s+than|almost)\s+)*",
    re.I,
)
_DEBT_WORD_RE = re.compile(r"(?i)\b(?:owes?|owed|owing|debts?|arrears|dues)\b")
_CREDITOR_GAP_RE = re.compile(r"\s+(?:to\s+)?(?:the\s+)?")
_NAMED_CREDITOR_RE = re.compile(r"\s+(?:to\s+)?(?:the\s+)?[A-Z]")


def _debt_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(debtor, creditor) of a debt: "Malawi still owes Zambia about 2 billion kwacha", "Kenya's arrears
    to China of $1 billion", "owed $2 billion to Zambia" (one side named: the other of the pair)."""
    ms = list(_DEBT_WORD_RE.finditer(text, 0, q.start))
    if not ms:
        return None, None
    w = ms[-1]
    actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
    debtor = next((iso for s, e, iso, _k in reversed(actors) if e <= w.start()
                   and _INVEST_OWNER_GAP_RE.fullmatch(text, e, w.start())), None)
    creditor = next((iso for s, e, iso, _k in actors if iso != debtor
                     and ((s >= w.end() and _CREDITOR_GAP_RE.fullmatch(text, w.end(), s))
                          or (s >= q.end and _CREDITOR_GAP_RE.fullmatch(text, q.end, s) and text[q.end:s].strip()[:2] == "to"))), None)
    if debtor and creditor is None:
        if _NAMED_CREDITOR_RE.match(text, w.end()) or _NAMED_CREDITOR_RE.match(text, q.end):
            return debtor, None  # a creditor that is no country: "owes $30 billion to the IMF"
        creditor = _other(info.dyad, debtor)
    elif creditor and debtor is None:
        debtor = _other(info.dyad, creditor)
    return (debtor, creditor) if debtor != creditor else (None, None)


# a nationality that funds what the figure counts, and the capital of a nationality after it
_FUNDED_RE = re.compile(r"-(?:funded|financed|invested|backed|owned)\b", re.I)
_WITH_CAPITAL_RE = re.compile(r"\s+(?:with|of)\s+(?:(?:[a-z][\w-]*)\s+){0,2}?", re.I)
_CAPITAL_NOUN_RE = re.compile(r"\s+(?:capital|investment|investors?|ownership|shareholding|equity|participation|origin)\b", re.I)


def _other(dyad: tuple[str, ...], iso: str) -> str | None:
    rest = [c for c in dyad if c != iso]
    return rest[0] if len(dyad) == 2 and rest else None


_SMALL_COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNITS_BEFORE_RE = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?:(?:more|new|additional|other|further|identical)\s+)?$"
)
_UNITS_AFTER_RE = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,2}?(?:units|reactors|turbines|blocks|generators|generating\s+units)\b")


def _units_count(text: str, q: Quantity) -> float:
    """How many units a capacity counts ("four more 1,000 MW units" -> 4), else 1."""
    if q.kind != "measure" or not q.start or not _UNITS_AFTER_RE.match(text, q.end):
        return 1.0
    m = _UNITS_BEFORE_RE.search(text, max(0, q.start - 30), q.start)
    if m is None:
        return 1.0
    n = m.group("n").lower()
    return float(_SMALL_COUNTS[n] if n in _SMALL_COUNTS else int(n))


# a change word after its percentage, the percentage standing alone after the figure
_PCT_LEAD_RE = re.compile(r"(?i)(?:\s+(?:in|during|for|last|this|over|with|to|from|between)\s+[^,;()%]{0,25}?)?\s*,?\s*(?:(?:representing|marking|reflecting|showing|recording|registering|with|or)\s+)?(?:an?\s+)?")
_PCT_AFTER_RE = re.compile(
    r"(?i)\s*(?:(?:year[- ]on[- ]year|y-o-y|annual|yearly)\s+)?(?:(?P<up>increase|rise|jump|gain|growth|surge|more|higher|up)"
    r"|(?P<down>decrease|decline|drop|fall|contraction|dip|less|lower|down|slump|reduction))\b"
)
_SIGNS = frozenset("-−+")
_SIGNED_LEAD_RE = re.compile(r"\s*[(,\[]?\s*")
_DEMONYM_NOUN = "<demonym>"  # the noun of a count of people written with a plural demonym
_NUMBER_BEFORE_RE = re.compile(
    r"(?:(?<=\s)|^)(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:million|thousand|lakh))?)\s+$"
)


def _with_demonym_counts(text: str, info: SentenceInfo, quants: list[Quantity]) -> list[Quantity]:
    """``quants`` with the counts of people written with a plural demonym ("employed 120,000
    Filipinos", "2.5 million Egyptians", "45,000 Vietnamese"), in text order."""
    extra = []
    for s, e, _iso, kind in info.countries:
        if kind != "demonym" or not (text[e - 1 : e] == "s" or text[e - 3 : e] == "ese") or e - s < 4:
            continue
        m = _NUMBER_BEFORE_RE.search(text, max(0, s - 24), s)
        if m is None or any(q.start <= m.start() < q.end or m.start() <= q.start < e for q in quants):
            continue
        found = number_at(text, m.start())
        if found is None:
            continue
        extra.append(Quantity(m.start(), e, found[1], "people", None, "count", _DEMONYM_NOUN, text[m.start() : e]))
    if not extra:
        return quants
    return sorted([*quants, *extra], key=lambda q: q.start)


# the starting point of a targeted change: "raise trade from the current $1.2 billion to $5 billion"
_TARGET_FROM_RE = re.compile(
    r"(?i)\bfrom\s+(?:(?:the|a|its|their)\s+)?(?:(?:current|present|existing|today['’]s|some|about|around|nearly|"
    r"just|over|more\s+than|roughly|approximately)\s+)*(?:(?:level|figure|capacity|volume)\s+of\s+)?$"
)
_INTO_ECONOMY_RE = re.compile(r"(?i)\b(?:in|into|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?econom(?:y|ies)\b")


def _skip_text(before: str) -> str:
    """``before`` as the skip rows see it: an economy that money goes into is its destination, no
    national aggregate ("Korean investment in the Uzbek economy has exceeded USD 9 billion")."""
    return _INTO_ECONOMY_RE.sub("in it", before) if "conom" in before else before


def _dates_before(info: SentenceInfo, end: int) -> SentenceInfo:
    """``info`` with only the dates that start before ``end``."""
    return SentenceInfo(countries=info.countries, dates=[d for d in info.dates if d[0] < end],
                        currency_countries=info.currency_countries, dyad=info.dyad, live=info.live,
                        reference=info.reference)


# "in the Iranian year that ended on March 20, 2026", "in the 12 months to June 2025": the twelve
# months that end on the date (dated by their first month, as fiscal years are)
_YEAR_ENDING_RE = re.compile(
    r"(?i)\b(?:year|(?:12|twelve)[- ]month\s+period|(?:12|twelve)\s+months)\s+(?:that\s+|which\s+)?"
    r"(?:ended|ending|ends|to|through)\s+(?:on\s+|in\s+)?$"
)
_YEAR_LABEL_BEFORE_RE = re.compile(r"(?:(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?)\s+(?:[A-Za-z][\w-]*\s+){0,2}$")


def _with_years_ending(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a date closing a year ("the year that ended on March 20, 2026") turned into that
    year: 21 March 2025 to 20 March 2026, month precision.  A labelled year ("fiscal year 2024-25,
    which ended in June") keeps its label's dates."""
    import datetime as _dt

    out = []
    changed = False
    for d in info.dates:
        s, _e, ds, de, prec, _qual = d
        m = _YEAR_ENDING_RE.search(text, max(0, s - 60), s) if prec in ("day", "month") and ds is not None else None
        if m is None or _YEAR_LABEL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(d)
            continue
        end = de or ds
        start = _year_back(end + _dt.timedelta(days=1))
        # ("the year ended December 31, 2025" is the calendar year)
        out.append((s, _e, start, end, "year" if (start.month, start.day) == (1, 1) else "month", None))
        changed = True
    if not changed:
        return info
    return SentenceInfo(countries=info.countries, dates=out, currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


_LINE_BETWEEN_RE = re.compile(r"\s*line\s+(?:between|separating|dividing)\s+(?:the\s+)?")


def _border_line(text: str, q: Quantity, info: SentenceInfo) -> bool:
    """A length told of the "line between" two countries: "the 1,100-kilometre line between Norway
    and Sweden" (a border, not a railway line)."""
    m = _LINE_BETWEEN_RE.match(text, q.end)
    if m is None:
        return False
    return any(s == m.end() and kind in _NAME_KINDS for s, _e, _iso, kind in info.countries)


# a point at the end of a year: "as of the end of 2025", "at end-2024" (not "by the end of", a deadline
# or a year's completion, which keeps the year)
_AT_YEAR_END_RE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at)\s+(?:the\s+)?end(?:\s+of\s+|-)$")
_AT_RE = re.compile(r"(?i)\b(?:as\s+(?:of|at)|at)\s+$")
_END_OF_RE = re.compile(r"(?i)(?:the\s+)?end(?:\s+of\s+|-)(?:19|20)\d\d$")


def _with_year_ends(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a year named as a point ("as of the end of 2025") turned into its December."""
    import datetime as _dt

    out = []
    changed = False
    for d in info.dates:
        s, e, ds, de, prec, qual = d
        if prec == "year" and ds is not None and (
            _AT_YEAR_END_RE.search(text, max(0, s - 30), s)
            or (_END_OF_RE.fullmatch(text, s, e) and _AT_RE.search(text, max(0, s - 12), s))
        ):
            out.append((s, e, _dt.date(ds.year, 12, 1), _dt.date(ds.year, 12, 31), "month", qual))
            changed = True
        else:
            out.append(d)
    if not changed:
        return info
    return SentenceInfo(countries=info.countries, dates=out, currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


# a two-year label ("in 2024-25", "the 2023/24 year") that the date finder read as two calendar years:
# a fiscal year, when it is clear whose: the country written before it, else the one country of the
# document's pair whose fiscal year is not the calendar year (India-Russia: India's); otherwise the
# label keeps its two calendar years
_TWO_YEAR_LABEL_RE = re.compile(r"(?:19|20)(\d\d)\s*[-–/]\s*(\d\d)")


def _with_fiscal_labels(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with a two-year label dated as a fiscal year (month precision, first month)."""
    import datetime as _dt

    from pipeline.extract.dates_fiscal import FiscalRule, attached_country, fiscal_rule, fiscal_table

    out = []
    changed = False
    for d in info.dates:
        s, e, ds, de, prec, qual = d
        m = _TWO_YEAR_LABEL_RE.fullmatch(text, s, e) if prec == "year" and ds is not None and de is not None else None
        if m is None or (int(m.group(1)) + 1) % 100 != int(m.group(2)) or de.year != ds.year + 1:
            out.append(d)
            continue
        iso = attached_country(text, s)
        if iso is not None:
            start_month = fiscal_rule(iso).start_month
            if start_month == 1:
                start_month = fiscal_table()["*"].start_month
        else:
            months = {fiscal_rule(c).start_month for c in (info.dyad or info.currency_countries[:2])} - {1}
            if len(months) != 1:
                out.append(d)  # whose fiscal year is unclear: the two calendar years stay
                continue
            start_month = months.pop()
        rule = FiscalRule(start_month)
        start = _dt.date(ds.year, rule.start_month, 1)
        end = _dt.date(ds.year + 1, rule.start_month, 1) - _dt.timedelta(days=1)
        out.append((s, e, start, end, "month", qual))
        changed = True
    if not changed:
        return info
    return SentenceInfo(countries=info.countries, dates=out, currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


# Nepal's Bikram Sambat calendar runs 56-57 years ahead of the Gregorian one: "the fiscal year
# 2081/82" in a Nepali text is mid-July 2024 to mid-July 2025 (the date finder has already given it
# Nepal's July fiscal start)
_BS_FROM = 2070
_BS_OFFSET = 57


def _with_bikram_sambat(info: SentenceInfo) -> SentenceInfo:
    """``info`` with the dates of Bikram Sambat years (2070 and later) moved to the Gregorian years."""
    out = []
    for d in info.dates:
        s, e, ds, de, prec, qual = d
        if ds is not None and ds.year >= _BS_FROM and (info.reference is None or ds.year - info.reference.year > 30):
            ds = _years_back(ds, _BS_OFFSET)
            de = _years_back(de, _BS_OFFSET) if de is not None else None
        out.append((s, e, ds, de, prec, qual))
    return SentenceInfo(countries=info.countries, dates=out, currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


def _years_back(d, n: int):
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)


# a year of the Iranian (solar Hijri) calendar: "in the Iranian year 1403" = 21 March 2024 to 20 March 2025
_SOLAR_YEAR_RE = re.compile(
    r"(?i)\b(?:Iranian|Persian|solar(?:\s+Hijri)?|Hijri\s+solar)\s+(?:calendar\s+|fiscal\s+)?year\s+(?P<y>1[34]\d\d)\b"
)


def _with_solar_years(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with the Iranian years of :data:`_SOLAR_YEAR_RE` added as dates (month precision,
    dated by their first month as fiscal years are)."""
    import datetime as _dt

    extra = []
    for m in _SOLAR_YEAR_RE.finditer(text):
        if any(s < m.end("y") and m.start("y") < e for s, e, *_r in info.dates):
            continue
        y = int(m.group("y")) + 621
        extra.append((m.start("y"), m.end("y"), _dt.date(y, 3, 21), _dt.date(y + 1, 3, 20), "month", None))
    if not extra:
        return info
    return SentenceInfo(countries=info.countries, dates=[*info.dates, *extra], currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


def _is_headline(text: str) -> bool:
    """A line without a closing stop (a headline or a caption)."""
    return text.rstrip().rstrip("\"'”’)]")[-1:] not in (".", "!", "?")


_THRESHOLD_RE = re.compile(r"(?i)\b(?:tops|crosses|surpasses|passes|breaks|breaches|exceeds|hits|nears)\s+(?:the\s+)?$")
_YEAR_GATE_RE = re.compile(r"\b(?:19|20)\d\d\b")
# a year qualified as a whole by an adjective, closing its phrase: "a recovery from a weak 2025,
# when trade fell 2%", "after a record 2023." (not a date the narrative moves to: only a period)
_QUALIFIED_YEAR_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+[a-z]+(?:-[a-z]+)?\s+(?P<y>(?:19|20)\d\d)(?=\s*[,.;:)]|\s*$|\s+(?:when|as|and|after|before|in\s+which)\b)"
)


def _with_qualified_years(text: str, info: SentenceInfo) -> SentenceInfo:
    """``info`` with the years of :data:`_QUALIFIED_YEAR_RE` added as year dates."""
    import datetime as _dt

    extra = [(m.start("y"), m.end("y"), _dt.date(int(m.group("y")), 1, 1), _dt.date(int(m.group("y")), 12, 31),
              "year", None) for m in _QUALIFIED_YEAR_RE.finditer(text)]
    if not extra:
        return info
    return SentenceInfo(countries=info.countries, dates=extra, currency_countries=info.currency_countries,
                        dyad=info.dyad, live=info.live, reference=info.reference)


def find_indicators(text: str, info: SentenceInfo) -> tuple[list[dict], dict]:
    """Indicator rows of one sentence (offsets relative to ``text``; period and source left for
    the caller to carry over) and sentence facts: ``source``, ``period``, ``reporter``."""
    quants = find_measured(text, info.currency_countries)
    if info.countries:
        quants = _with_demonym_counts(text, info, quants)
    facts: dict = {"source": None, "period": None, "reporter": None, "shift": False, "as_of": False}
    if not quants:
        return [], facts
    if not info.dates and _YEAR_GATE_RE.search(text):
        info = _with_qualified_years(text, info)
    elif info.dates and ("year" in text or "months" in text):
        info = _with_years_ending(text, info)
    if info.dates and any(d[4] == "year" and d[2] is not None for d in info.dates):
        if "end" in text:
            info = _with_year_ends(text, info)
        if any(d[4] == "year" and d[3] is not None and d[3].year == d[2].year + 1 for d in info.dates):
            info = _with_fiscal_labels(text, info)
    if "NPL" in info.dyad and any(d[2] is not None and d[2].year >= _BS_FROM for d in info.dates):
        info = _with_bikram_sambat(info)
    if ("Iran" in text or "olar" in text or "Persian" in text) and _SOLAR_YEAR_RE.search(text):
        info = _with_solar_years(text, info)
    date_spans = [(d[0], d[1]) for d in info.dates]
    if date_spans:
        quants = [q for q in quants if not _overlaps((q.start, q.end), date_spans)]
    if not quants:
        return [], facts
    live = info.live
    skip_sentence = [r for r in _live("skip", "sentence", live) if r.rx.search(text)]
    figs: list[_Fig] = []
    pending: float | None = None  # a change stated before its figure: "grew 8% to $3 billion"
    for i, q in enumerate(quants):
        nxt = quants[i + 1].start if i + 1 < len(quants) else len(text)
        if q.kind == "percent":
            prev = figs[-1] if figs else None
            sign = _change_sign(text[prev.last_end if prev else 0 : q.start], live)
            if sign is None and prev is not None:
                # "hit $46.7 billion, a 2.9% increase", "$61 billion, 5% more than in 2023"
                am = _PCT_AFTER_RE.match(text, q.end)
                if am and _PCT_LEAD_RE.fullmatch(text, prev.last_end, q.start):
                    sign = 1 if am.group("up") else -1
                elif text[q.start - 1 : q.start] in _SIGNS and q.start and _SIGNED_LEAD_RE.fullmatch(
                        text, prev.last_end, q.start - 1):
                    # a signed percentage right after the figure: "$5 billion (-2.4% y/y)"
                    sign = -1 if text[q.start - 1] != "+" else 1
            if sign is None or q.unit != "percent":
                continue
            if i + 1 < len(quants) and quants[i + 1].kind != "percent" and _CHANGE_TO_RE.fullmatch(
                text[q.end : quants[i + 1].start]
            ):
                pending = sign * q.value
            elif prev is not None and prev.change is None:
                prev.change = sign * q.value
                prev.last_end = q.end
                prev.phrase_end = max(prev.phrase_end, _after_phrase_end(text, q, nxt))
            continue
        if skip_sentence and any(unit_ok(r, q) for r in skip_sentence):
            pending = None
            continue
        if figs and _is_conversion(text, figs[-1].q, q):
            figs[-1].conversions.append(q)  # "AED 312 billion (US$85 billion)": the same figure
            if figs[-1].change is None:
                # a change after the bracket is the figure's: "EUR 4.5 billion ($4.9 billion), a 6% drop"
                close = _CONVERSION_CLOSE_RE.match(text, q.end)
                figs[-1].last_end = max(figs[-1].last_end, close.end() if close else q.end)
            continue
        pe = _after_phrase_end(text, q, nxt)
        figs.append(_Fig(q, pe, pending, last_end=q.end, own_end=pe))
        pending = None
    if not figs:
        return [], facts
    source, source_span = _source(text, info)
    if source is None:
        # "..., Bangladesh Bank data show": the source named before; "central bank data show":
        # a source of its own, unnamed (none carried over from the neighbours)
        dm = _DATA_SHOW_RE.search(text) if _DATA_SHOW_GATE_RE.search(text) else None
        if dm:
            facts["attributed"] = True
            org = dm.group("org")
            if org and org.split()[0] not in _SENTENCE_WORDS and org[:1].isupper():
                org = _ORG_TAIL_RE.sub("", org)
                inside = [c for c in info.countries if dm.start("org") <= c[0] and c[1] <= dm.end("org")]
                if not (inside and sum(c[1] - c[0] for c in inside) >= len(org) - 2):
                    source, source_span = org, (dm.start("org"), dm.start("org") + len(org))
    facts["source"] = source
    country_spans = [(c[0], c[1]) for c in info.countries]
    comparison = frozenset(d[0] for d in info.dates if _comparison_base(text, d[0], d[1]))
    subject = _subject(text, figs[0].q.start, country_spans, [source_span] if source_span else [], date_spans)
    skip_before = _live("skip", "before", live)
    # the cumulative cues need "has"/"have" or "so far", "to date" ... somewhere in the sentence
    if text.isascii() or not CASE_ODD.search(text):
        low = text.lower()
        perfect = "has" in low or "hav" in low
        so_far = _SO_FAR_RE.search(low) is not None
    else:
        perfect = so_far = True
    skip_after = _live("skip", "after", live)
    has_country = any(c[3] in _ACTOR_KINDS for c in info.countries)
    rows: list[dict] = []
    respective = _respectively(text, figs, info) if "respectively" in text else {}
    prev_end = 0
    prev_fig: _Fig | None = None
    reporter = None
    # "agreed to raise the capacity from 4,200 MW to 5,000 MW by 2030": the starting value is a
    # fact of today, the value after "to" the target
    target_from = target_to = None
    for k, f in enumerate(figs):
        q = f.q
        before = text[prev_end : q.start]
        before_start = prev_end
        after = text[q.end : f.phrase_end]
        prev_end = f.last_end
        if f is target_to:
            prev_fig = f
            continue  # the target of a "from ... to ..." change
        if skip_before and any(unit_ok(r, q) and r.rx.search(_skip_text(before)) for r in skip_before):
            nf = figs[k + 1] if k + 1 < len(figs) else None
            if (nf is None or nf.q.kind != q.kind or nf.q.unit != q.unit or not _TARGET_FROM_RE.search(before[-48:])
                    or not _LATER_RE.match(text[f.last_end : nf.q.start])):
                continue  # a target or forecast
            target_from, target_to = f, nf
        if q.kind == "money" and _THRESHOLD_RE.search(before[-24:]) and _is_headline(text):
            continue  # a headline's round threshold: "Kenya-China trade tops $5 billion"
        if skip_after:
            own_after = text[q.end : f.own_end].lstrip()
            if any(unit_ok(r, q) and r.rx.match(own_after) for r in skip_after):
                continue  # a price per unit ("$82 per barrel")
        if q.unit == "km" and _border_line(text, q, info):
            continue  # "the 1,100-kilometre line between Norway and Sweden": a border, geography
        subj = subject
        fallback = None
        if q.kind == "money":
            # "the $62 billion Lamu Port project": the amount qualifies the name after it
            am = _ADJ_NAME_RE.match(text, q.end)
            if am and not _covered(am.span("n"), country_spans, text):
                subj = am.group("n")
                after = text[am.end() : max(am.end(), f.phrase_end)]
                fallback = "project_value"
        prev_row = None
        if prev_fig is not None:
            prev_row = next((r for r in reversed(rows) if r["char_start"] == prev_fig.q.start), None)
        if prev_row is not None and _earlier_value(text, before, prev_fig, q):
            # "rose 6.2 percent to RM112.4 billion in 2023 from RM105.8 billion in 2022": the
            # same measure one period earlier
            f.metric = prev_row["metric"]
            rows.append(dict(prev_row, char_start=q.start, char_end=q.end, value=float(q.value), change_pct=None,
                             period=_earlier_period(q, f, info, prev_row["period"], text), cumulative=False))
            prev_fig = f
            continue
        if prev_row is not None and _later_value(text, before, prev_fig, q):
            # "grew from KSh 68 billion in 2020 to KSh 101 billion in 2023": the same measure later
            f.metric = prev_row["metric"]
            period = _earlier_period(q, f, info, None)  # its own date after it ("... in 2023")
            if period is None:
                dated = _dated(q, info, False, comparison)
                period = dated[0] if dated else None
            rows.append(dict(prev_row, char_start=q.start, char_end=q.end, value=float(q.value), change_pct=None,
                             period=period, cumulative=False, surface=q.surface))
            prev_fig = f
            continue
        prev_fig = f
        f.metric, named = _metric_for(f, before, after, text, live, fallback)
        if id(f) in respective:
            f.metric, named = respective[id(f)][0], True
        inherit = None
        if not named and prev_row is not None and q.kind == "money":
            if prev_row["unit"] == q.unit and _CONTINUED_RE.match(before):
                inherit = prev_row  # "fell 8% to 176 billion baht, and slumped a further 12% to 128 billion"
            elif prev_row["metric"] in ("exports", "imports") and _EARNING_RE.search(before):
                inherit = prev_row  # "exported 138 million kWh ..., earning about $9.2 million"
            elif prev_row["unit"] == q.unit and _PART_OF_RE.search(before):
                inherit = prev_row  # "loans of $7.9 billion, of which $1.8 billion has been disbursed"
            if inherit is not None:
                f.metric, named = inherit["metric"], True
        if f.metric == "projects" and _APPROVED_RE.search(before):
            f.metric = "projects_approved"  # "the board approved 127 Chinese-funded projects"
        elif (q.kind == "money" and prev_row is not None and prev_row["metric"] == "projects_approved"
              and _WORTH_RE.fullmatch(before)):
            # "... approved 127 projects worth a combined $2.3 billion": the approved investment
            f.metric, named, inherit = "investment_approved", True, prev_row
        if f.metric is None or (q.noun == _DEMONYM_NOUN and (not named or f.metric == "population")):
            # "300,000 Malaysians commute ...": a count of people that nothing names; a count of
            # residents written only with a demonym ("230,000 Peruvians live in Chile") is left out
            # too: only a verb that names a measure ("employ 45,000 Vietnamese") makes one
            continue
        if not named and q.kind == "money" and not has_country:
            continue  # an amount that measures nothing named, between no countries ("damage of Rs 4bn")
        if f.metric == "meetings_held":
            subj = _meetings_owner(text, q) or subject
        elif f.metric == "participants" and subj is None:
            pm = _PARTICIPATED_RE.search(text[q.end :])
            if pm:
                subj = _WHICH_TAIL_RE.sub("", pm.group("n"))
        flow = None
        if f.metric not in ("exports", "imports") and _flow_verb_near(before[-40:]):
            fm = _ADJACENT_FLOW_RE.search(before[-60:])
            flow = fm.lastgroup if fm else None
        elif q.kind == "measure" and f.metric not in ("exports", "imports") and _SUPPLY_VERB_RE.search(before[-60:]):
            flow = "supply"  # "Nepal sells 40 MW to Bangladesh": a capacity that flows out
        frm, to = _direction(text, f, before, before_start, info, reporter, flow)
        if id(f) in respective:
            frm, to = respective[id(f)][1:]
        if (f.metric == "exports" and q.kind == "measure" and frm is None and to is None
                and _SUPPLY_VERB_RE.search(before[-60:]) and _GRID_RE.search(after)):
            # "the plant supplied 8.4 billion kWh to the national grid": output, not an export
            found = _default_metric(q.kind, q.unit)
            if found:
                f.metric = found[0].metric
        if f.metric in _FLOW_WORDS:
            frm, to = _money_direction(text, f, before, before_start, info)
            if frm is None and subj:
                # the giver named as an institution of a country: "China Development Bank extended ..."
                frm = next((iso for cs, ce, iso, k in info.countries if k in _ACTOR_KINDS and iso != to
                            and text[cs:ce] in subj.split() + [subj]), None) if subj else None
                if frm is None and f.metric in ("loans", "aid", "development_assistance"):
                    continue  # a loan of an international lender ("The IMF approved a $1.5 billion loan")
        elif frm is None and to is None and q.kind == "count" and q.unit in ("people", "count"):
            frm, to = _people_direction(text, q, info)
        if frm is None and to is None and f.metric in _FOREIGN_SUBJECT_METRICS:
            frm, to = _foreign_subject_direction(text, q, info, default_host=f.metric == "projects_approved")
        if f.metric == "debt":
            frm, to = _debt_direction(text, q, info)
        if f.metric == "remittances" and (frm is None) != (to is None):
            # "Remittances from Kuwait amounted to $310 million": home is the other country of the pair
            frm, to = (frm, _other(info.dyad, frm)) if frm else (_other(info.dyad, to), to)
        if frm is None and to is None and rows and q.kind == "count" and rows[-1]["unit"] == q.unit \
                and _PART_OF_RE.search(before):
            # "600,000 Vietnamese living in Japan, including about 280,000 trainees": the same people
            frm, to = rows[-1]["from_country_iso3"], rows[-1]["to_country_iso3"]
        if frm is None and to is None and f.metric == "remittances" and rows and rows[-1]["unit"] == "people":
            # "home to 2.7 million Pakistani workers, whose remittances stood at $8.6 billion": the
            # money flows back from the host country to the workers' own
            frm, to = rows[-1]["to_country_iso3"], rows[-1]["from_country_iso3"]
        if f.metric == "projects" and _FLOW_WORDS["direct_investment"].search(text):
            f.metric = "investment_projects"  # "registered capital of $78 billion in 5,600 projects"
        if frm is None and to is None and f.metric in ("companies", "jobs_created", "investment_projects") and rows \
                and rows[-1]["metric"] == "direct_investment":
            # "Saudi investments ... totalled $35 billion, spread over 7,400 companies"
            frm, to = rows[-1]["from_country_iso3"], rows[-1]["to_country_iso3"]
        if f.metric in _ORIGIN_NEEDED and frm is None:
            continue  # "Thailand welcomed 35 million tourists": all arrivals, not a bilateral figure
        unit = "jobs" if f.metric == "jobs_created" and q.unit == "people" else q.unit
        if inherit is not None and frm is None and to is None:
            frm, to = inherit["from_country_iso3"], inherit["to_country_iso3"]
        if f.metric == "trade_balance" and frm is None and to is None:
            frm, to = _balance_direction(text, q, info)
        if f.metric in ("exports", "imports") and (frm is None) != (to is None):
            frm, to = _pair_partner(rows, frm, to)
        if f.metric == "exports" and frm:
            reporter = frm
        elif f.metric == "imports" and to:
            reporter = to
        cumulative = bool((perfect and _CUMULATIVE_RE.search(before))
                          or (so_far and _CUMULATIVE_AFTER_RE.match(text, q.end)))
        dated = _dated(q, info if f is not target_from else _dates_before(info, target_to.q.start), cumulative,
                       comparison, (before_start, f.phrase_end))
        if info.reference is not None and any(
            qual == "as_of" and ds is not None and ds > info.reference and q.end <= ds_s < f.phrase_end
            for ds_s, _e, ds, _de, _p, qual in info.dates
        ):
            continue  # a target: "500 MW by 2030" in an article of 2025
        if (not named and q.kind == "measure" and frm is None and to is None
                and len({c[2] for c in info.countries if c[3] in _ACTOR_KINDS}) < 2):
            # a measure that the lexicon cannot name, between no two countries: "Kenya produces
            # 2 million tonnes of tea a year" (counted nouns are listed as relationship measures)
            continue
        period = dated[0] if dated else None
        if dated and dated[1] in ("as_of", "since"):
            facts["as_of"] = True
        rows.append(
            {
                "char_start": q.start,
                "char_end": q.end,
                "subject": subj,
                "metric": f.metric,
                "value": float(q.value) * _units_count(text, q),
                "unit": unit,
                "period": period,
                "change_pct": f.change,
                "from_country_iso3": frm,
                "to_country_iso3": to,
                "cumulative": cumulative,
                "surface": q.surface,
            }
        )
        main = rows[-1]
        # (f.conversions, "7.4 billion pounds ($10.1 billion)": the same fact in another currency,
        # not a row of its own; the printed currency is kept)
        if q.kind in ("count", "measure"):
            bare = _bare_earlier(text, f, quants, info)
            if bare is not None:
                bq, period = bare
                rows.append(dict(main, char_start=bq.start, char_end=bq.end, value=float(bq.value), change_pct=None,
                                 period=period if period is not None else (
                                     None if main["period"] is None else _year_back_period(main["period"])),
                                 cumulative=False, surface=bq.surface))
    _fill_pair_partners(rows)
    facts["reporter"] = reporter
    # a new topic: "Separately, ...", or a country outside the document's pair
    facts["shift"] = bool(_SHIFT_RE.match(text)) or (
        len(info.dyad) == 2 and any(c[3] in _ACTOR_KINDS and c[2] not in info.dyad for c in info.countries)
    )
    periods = [r["period"] for r in rows if r["period"] is not None]
    facts["period"] = periods[0] if periods else None
    return rows, facts


_DIGITS_IN_RE = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def _step(q: Quantity) -> float:
    """What one unit of the figure's last written digit is worth ("US$1.8 billion" -> 1e8);
    0.0 when unknown (a number in words)."""
    return step_of(q.surface, q.value)


def step_of(surface: str, value: float) -> float:
    """:func:`_step` of a figure written ``surface`` with the value ``value``."""
    m = _DIGITS_IN_RE.search(surface)
    if m is None:
        return 0.0
    decimals = m.group(2) or ""
    number = float(m.group(1).replace(",", "") + ("." + decimals if decimals else ""))
    if number == 0:
        return 0.0
    return value / number * 10.0 ** (-len(decimals))


_ABOUT = r"(?:about|around|approximately|approx\.|nearly|roughly|some|almost|or|i\.e\.,?|equivalent\s+to|equal\s+to|worth)"
_CONVERSION_GAP_RE = re.compile(rf"\s*\(\s*(?:{_ABOUT}\s*)?(?:about\s+)?")
# "56.1 billion yuan, or about 7.8 billion U.S. dollars, in 2025"
_COMMA_CONVERSION_GAP_RE = re.compile(rf"\s*,\s*or\s+(?:(?:about|around|approximately|approx\.|nearly|roughly|some|almost)\s+)?")
# the bracket closes, maybe after the rate told: "(US$3.05 billion at current exchange rates)"
_CONVERSION_CLOSE_RE = re.compile(r"\s*(?:(?:at|by|on|based\s+on|using)\s+[^()\d]{0,40})?\)")
_COMMA_CONVERSION_CLOSE_RE = re.compile(r"\s*(?:[,;.)]|$)")


def _is_conversion(text: str, main: Quantity, q: Quantity) -> bool:
    """``q`` restates the money figure ``main`` in another currency, in brackets right after it
    ("AED 312 billion (US$85 billion)", "Rs 5 billion (about $18 million)") or after ", or"
    ("56.1 billion yuan, or about 7.8 billion U.S. dollars,")."""
    if main.kind != "money" or q.kind != "money" or main.unit == q.unit:
        return False
    if _CONVERSION_GAP_RE.fullmatch(text, main.end, q.start) is not None:
        return _CONVERSION_CLOSE_RE.match(text, q.end) is not None
    return (_COMMA_CONVERSION_GAP_RE.fullmatch(text, main.end, q.start) is not None
            and _COMMA_CONVERSION_CLOSE_RE.match(text, q.end) is not None)


_SHIFT_RE = re.compile(r"\W*(?:separately|meanwhile|elsewhere|in (?:a )?separate|in other news|on another)\b", re.I)
_EARLIER_RE = re.compile(
    r"^[\s,]*(?:(?:in|during|for|over|as\s+of|at|by)\s+[^,;()]{0,40}?[\s,]+)?(?:according\s+to\s+[^,;()]{1,60}?,\s*)?"
    r"(?P<dir>up\s+|down\s+)?"
    r"(?:from|(?P<cmp>compared\s+(?:with|to)|against|versus|vs\.?))\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)


def _earlier_value(text: str, before: str, prev: _Fig, q: Quantity) -> bool:
    """The figure is the earlier value of the previous one: after "from", "compared with" (in
    the same unit) when the previous figure is a change ("fell 10.5% to $14bn from $15.6bn")."""
    m = _EARLIER_RE.match(before)
    if prev.q.kind != q.kind or prev.q.unit != q.unit or m is None:
        return False
    # "..., up from $1.9 billion at the end of 2021": the change is told by "up"/"down" itself
    # "was RM66.8 billion, compared with RM63.1 billion a year earlier": the comparison tells it too
    return (m.group("dir") is not None or m.group("cmp") is not None or prev.change is not None
            or _change_sign(text[: prev.q.start], None) is not None)


_FROM_BEFORE_RE = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?$")
_LATER_RE = re.compile(
    r"^[\s,]*(?:(?:in|during|for|over)\s+[^,;()]{0,40}?[\s,]+)?to\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
    r"over\s+|more\s+than\s+|a\s+record\s+|an\s+estimated\s+)?$",
    re.I,
)


def _later_value(text: str, before: str, prev: _Fig, q: Quantity) -> bool:
    """The figure is the later value of a "from ... to ..." pair whose first value is the
    previous figure (same kind and unit)."""
    if prev.q.kind != q.kind or prev.q.unit != q.unit or not _LATER_RE.match(before):
        return False
    return _FROM_BEFORE_RE.search(text, max(0, prev.q.start - 16), prev.q.start) is not None


# "2.1 million tourists visited in 2023, up from 1.6 million in 2022": the earlier value, written
# without its unit
_BARE_EARLIER_RE = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|increasing|declining)\s+from|compared\s+(?:with|to))\s+"
    r"(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?(?=\d)"
)


def _bare_earlier(text: str, f: _Fig, quants: list[Quantity], info: SentenceInfo):
    """(quantity, its own period or None) of an earlier value written as a bare number after the
    figure ``f`` (before the next figure), in the figure's unit."""
    nxt = next((x.start for x in quants if x.start >= f.last_end), len(text))
    m = _BARE_EARLIER_RE.search(text, f.last_end, nxt)
    if m is None:
        return None
    found = number_at(text, m.end())
    if found is None:
        return None
    end, value = found
    if end > nxt or text[end : end + 1].isalnum() or any(s < end and m.end() < e for s, e, *_ in info.dates):
        return None  # a year or part of a measured figure
    q = f.q
    bq = Quantity(m.end(), end, value, q.unit, q.currency, q.kind, q.noun, text[m.end() : end])
    phrase = _PHRASE_END_RE.search(text, end)
    bf = _Fig(bq, phrase.start() if phrase else len(text))
    return bq, _earlier_period(bq, bf, info, None)


def _year_back_period(p):
    start, end, prec = p
    return (_year_back(start), _year_back(end) if end is not None else None, prec)


_SAME_PERIOD_RE = re.compile(r"(?i)\b(?:same|corresponding|comparable|like)\s+(?:period|months?|quarter|half)\b")


def _earlier_period(q: Quantity, f: _Fig, info: SentenceInfo, later, text: str | None = None):
    """The period of an earlier value: its own date (after it, in its phrase: "from $4bn in 2022",
    "a year earlier"), else the later value's period one year back; "the corresponding period of
    last year" is always the later period one year back (``text``: the sentence)."""
    best = None
    for s, e, ds, de, prec, qual in info.dates:
        if ds is None or prec in (None, "unknown") or qual == "until" or not (q.end <= s < f.phrase_end):
            continue
        if later is not None and text is not None and _SAME_PERIOD_RE.search(text, q.end, e):
            best = None
            break
        if best is None or s < best[0]:
            best = (s, (ds, None if qual == "since" else de, prec))
    if best is not None:
        return best[1]
    if later is None:
        return None
    start, end, prec = later
    return (_year_back(start), _year_back(end) if end is not None else None, prec)


def _year_back(d):
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


_FLOW_WORDS = {
    "direct_investment": re.compile(
        r"(?i)\b(?:(?:re)?invest(?:ment|ments|ed|ing|s)?|fdi|investors?|capital|committed|pledged|poured)\b"
    ),
    "loans": re.compile(r"(?i)\b(?:loans?|credits?|lent|lending|financing)\b"),
    "aid": re.compile(r"(?i)\b(?:aid|grants?|assistance|donations?|donated)\b"),
    "remittances": re.compile(r"(?i)\b(?:remittances?|remitted)\b"),
    "development_assistance": re.compile(r"(?i)\b(?:commit(?:s|ted|ting|ments?)|pledg(?:e|es|ed|ing))\b"),
}
# a country giving the money as the subject: "Japan also provided 120 billion yen in loans to ..."
_GIVER_RE = re.compile(
    r"(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|so\s+far\s+|already\s+)?"
    r"(?:provided|extended|gave|given|granted|pledged|disbursed|offered|committed|invested|lent|donated|"
    r"announced|approved)\b",
    re.I,
)
# (a name of the programme may stand between: "Japan's Official Development Assistance loans")
_INVEST_OWNER_GAP_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|in|into|to|from|for|by|at|as)\s)(?:[a-z][\w-]*|[A-Z][a-zA-Z-]*)\s+){0,3}"
)
_INTO_RE = re.compile(r"\s+(?:in|into|to|towards?)\s+(?:the\s+)?", re.I)
_OUT_OF_RE = re.compile(r"\s+from\s+(?:the\s+)?", re.I)
_COUNTRY_ANAPHOR_RE = re.compile(_ANAPHOR_NOUN, re.I)
# the destination further on: "committed Rs 12,500 crore to projects in the UAE's free zones"
_DEST_GAP_RE = re.compile(
    r"(?:\s+(?:over|within|during|for)\s+(?:the\s+next\s+|the\s+coming\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?))?"
    r"\s+(?:in|into|to|towards?)\s+(?:[a-z][\w-]*\s+){0,6}?(?:(?:in|into)\s+)?(?:the\s+)?", re.I)
# a country named as the source of the money: "The UAE was the fourth-largest source of foreign direct
# investment into India", "Japan remains the top investor in Viet Nam"
_SOURCE_SUBJECT_RE = re.compile(
    r"(?:['’]s)?\s+(?:is|was|has\s+been|have\s+been|has\s+become|have\s+become|remains|remained|became|becomes|"
    r"ranks|ranked)\s+"
    r"(?:also\s+|now\s+|still\s+|again\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,10}?"
    r"(?:sources?|investors?|lenders?|donors?|providers?|creditors?|financiers?|development\s+partners?)\b",
    re.I,
)
# "in the country", "into the kingdom" (the other country of the pair)
_IN_THE_ANAPHOR_RE = re.compile(rf"\b(?:in|into)\s+the\s+{_ANAPHOR_NOUN}", re.I)
# the investor's nationality on its companies: "Vietnamese enterprises had 240 projects ..."
_INVESTOR_NOUN_RE = re.compile(
    r"\s+(?:state-owned\s+|private\s+)?(?:companies|enterprises|firms|businesses|investors|corporations|"
    r"conglomerates|banks)\b",
    re.I,
)


def _money_direction(text: str, fig: _Fig, before: str, before_start: int,
                     info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of an investment, a loan or aid: the owner before the flow word ("Japanese
    foreign direct investment", "Indian companies invested", "China's investment"), the giver
    as subject ("Japan provided ... in loans") or "from <country>", and "in/into/to <country>"
    after the word or after the figure ("invested Tk 4,750 crore in Bangladesh"); "in the
    country" is the other country of the document's pair."""
    q = fig.q
    word = _FLOW_WORDS[fig.metric]
    ms = list(word.finditer(before))
    if ms:
        w_start, w_end = before_start + ms[-1].start(), before_start + ms[-1].end()
        if len(ms) > 1 and before[ms[-1].start() - 1 : ms[-1].start()] == "(":
            # an acronym in brackets after the words: "foreign direct investment (FDI) in Mexico"
            close = text.find(")", w_end, w_end + 3)
            if close >= 0:
                w_start, w_end = before_start + ms[-2].start(), close + 1
    else:
        m = word.search(text, q.end, fig.phrase_end)
        if m is None:
            return None, None
        w_start, w_end = m.span()
    actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
    owner = None
    for s, e, iso, _kind in actors:
        if e <= w_start and _INVEST_OWNER_GAP_RE.fullmatch(text, e, w_start):
            owner = iso
    if owner is None:
        for s, e, iso, kind in actors:
            if e <= q.start and kind in _NAME_KINDS and _GIVER_RE.match(text, e):
                owner = iso
    source_to = None
    if owner is None:
        for s, e, iso, kind in actors:
            sm = _SOURCE_SUBJECT_RE.match(text, e) if e <= w_start else None
            if sm:
                owner = iso  # "The UAE was ... the fourth-largest source of FDI into India"
                # "Japan remains Bangladesh's largest development partner": the receiver
                source_to = next((i for s2, e2, i, _k in actors if e < s2 and e2 <= sm.end() and i != iso), None)
                if source_to is None:  # "France remains the leading foreign investor in Morocco"
                    im = _INTO_RE.match(text, sm.end())
                    source_to = next((i for s2, _e2, i, _k in actors if im and s2 == im.end() and i != iso), None)
    if owner is None:
        for s, e, iso, kind in actors:
            if e <= q.start and kind not in _NAME_KINDS and _INVESTOR_NOUN_RE.match(text, e):
                owner = iso  # "Vietnamese enterprises had ... registered capital of $5.6 billion"
    to = frm = None
    anaphor = False
    positions = [w_end, q.end]
    for pos in positions:  # (grows: "from Qatar into Oman" goes on after "Qatar")
        for rx, is_to in ((_INTO_RE, True), (_OUT_OF_RE, False)):
            m = rx.match(text, pos)
            if m is None:
                continue
            hit = next(((iso, e) for s, e, iso, _k in actors if s == m.end()), None)
            if hit is None:
                anaphor = anaphor or (is_to and _COUNTRY_ANAPHOR_RE.match(text, m.end()) is not None)
                continue
            if is_to and to is None:
                to = hit[0]
            elif not is_to and frm is None:
                frm = hit[0]
            if len(positions) < 4:
                positions.append(hit[1])
    if frm is None and owner is None and to is not None:
        # an organisation of a nationality as the investor: "the Saudi Public Investment Fund
        # announced that it would invest $5 billion in Egypt"
        for s, e, iso, kind in actors:
            if s < w_start and kind in ("demonym", "adjective") and iso != to and _ORG_AFTER_RE.match(text, e):
                owner = iso
                break
    frm = frm or owner
    if to is None and source_to is not None and frm == owner:
        to = source_to
    if to is None and fig.metric == "direct_investment":
        # the host as the subject: "Ghana attracted $1.1 billion of Turkish investment"
        to = next((iso for s, e, iso, kind in actors if e <= q.start and kind in _NAME_KINDS and iso != frm
                   and _RECEIVER_RE.match(text, e, q.start)), None)
    if to is None:
        # further on in the figure's phrase: "... to projects in the UAE's free zones"
        for s, e, iso, _k in actors:
            if q.end <= s < fig.phrase_end and iso != frm and _DEST_GAP_RE.fullmatch(text, q.end, s):
                to = iso
                break
    if to is None and frm and not anaphor:
        # "in the country" before the figure: "had 240 projects in the country with capital of $5.6bn"
        anaphor = _IN_THE_ANAPHOR_RE.search(text, 0, q.start) is not None
    if to is None and anaphor and frm:
        to = _other(info.dyad, frm)
    if to is None and frm and len(info.dyad) == 2:
        # the other country of the pair as the place of the investors' business elsewhere in the
        # sentence: "Thai firms operating in Laos ..., with total investments of $2 billion"
        for s, e, iso, kind in actors:
            if kind in _NAME_KINDS and iso != frm and iso in info.dyad and _IN_PLACE_RE.search(text, max(0, s - 12), s):
                to = iso
                break
    if to is None and frm and fig.metric in ("loans", "aid", "development_assistance") and len(info.dyad) == 2:
        # a loan or a grant of one country of the pair in a sentence naming the other (or one of
        # its places): "a Japanese ODA loan ... for the Hanoi Urban Railway Line 2"
        other = _other(info.dyad, frm)
        if any(iso == other for _s, _e, iso, _k in info.countries):
            to = other
    if frm == to:
        return None, None
    return frm, to


_RECEIVER_RE = re.compile(
    r"(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|so\s+far\s+|already\s+)?"
    r"(?:attracted|attracts|received|receives|drew|draws|secured|secures|absorbed|absorbs|obtained)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|a\s+total\s+of|a\s+record)\s+)*$",
    re.I,
)
_ORG_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w&'’-]*){1,5}\s+(?:Fund|Bank|Corporation|Company|Group|Authority|Agency|Holdings?)\b")
_IN_PLACE_RE = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$")


# a comparison before a date: "over", "than", "compared with" (any date); "on", "from" only before a
# relative one ("up 5% on the previous year", "down from a year earlier")
_COMPARISON_BEFORE_RE = re.compile(
    r"(?i)\b(?:(?P<any>over|than|compared\s+(?:with|to)|against|versus|vs\.?)|on|from)\s+(?:that\s+of\s+|those\s+of\s+)?$"
)
_PCT_BEFORE_RE = re.compile(r"(?i)\d(?:\s*%|\s*per\s*cent|\s*percent)\s*$")
_RELATIVE_BASE_RE = re.compile(r"(?i)(?:the\s+)?(?:same|corresponding|previous|prior|preceding|last|a\s+year|year-earlier)\b")


def _comparison_base(text: str, s: int, e: int) -> bool:
    """The date at ``text[s:e]`` is the base of a comparison, not a period of its own."""
    m = _COMPARISON_BEFORE_RE.search(text, max(0, s - 24), s)
    if m is None:
        return False
    if m.group("any") is not None or _RELATIVE_BASE_RE.match(text, s, e) is not None:
        return True
    # "down 2.3% from 2023", "up 5 percent on 2022": a percentage right before "from"/"on"
    return _PCT_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()) is not None


def _period_for(q: Quantity, info: SentenceInfo, cumulative: bool = False):
    """(start, end, precision) of the sentence date nearest to the figure, or None.  A cumulative
    figure ("has held 15 meetings so far") takes only an as-of or since date."""
    found = _dated(q, info, cumulative)
    return found[0] if found else None


def _dated(q: Quantity, info: SentenceInfo, cumulative: bool = False, comparison: frozenset[int] = frozenset(),
           own: tuple[int, int] | None = None):
    """(period, qualifier) of the sentence date nearest to the figure (see :func:`_period_for`);
    a date starting at an offset in ``comparison`` is the base of a comparison ("up 18 per cent
    over the same period last year", "than in 2022"), not the figure's period.  ``own``: (end of
    the previous figure, end of this figure's phrase): a date of the figure's own phrase wins over
    a nearer one standing after the previous figure ("Rs 10,000 crore for the Plan (2024-2029), of
    which Rs 3,150 crore was released in 2025-26": 2025-26)."""
    best = None
    mine = None
    for s, e, ds, de, prec, qual in info.dates:
        if ds is None or prec in (None, "unknown") or qual == "until":
            continue
        if cumulative and qual not in ("as_of", "since"):
            continue
        if comparison and s in comparison:
            continue
        dist = q.start - e if e <= q.start else s - q.end
        dist = abs(dist)
        if best is None or dist < best[0]:
            best = (dist, (ds, None if qual == "since" else de, prec), qual, s)
        if own is not None and q.end <= s < own[1] and (mine is None or dist < mine[0]):
            mine = (dist, (ds, None if qual == "since" else de, prec), qual, s)
    if mine is not None and own[0] > 0 and own[0] <= best[3] < q.start:
        best = mine
    return (best[1], best[2]) if best else None
