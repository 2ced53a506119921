"""Agreement mentions of one sentence: instruments with their names, types, quantities, dates,
parties and topics (see :mod:`pipeline.extract.agreements` for the rules).

:func:`find_agreements` works on one sentence and the facts the frame stage gathered for it
(:class:`SentenceContext`).  All regular expressions are compiled once.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

import polars as pl

from pipeline.extract.countries import iso3_name
from pipeline.extract.indicator_regex import fold_case, foldable, gate_open, literal_gate, trie
from pipeline.extract.numbers import find_quantities, number_words
from pipeline.lexicons import read_lexicon

__all__ = ["find_agreements", "lead_signing", "SentenceContext", "split_topics"]

_ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})

# Capitalised function words that start a sentence but never a title.
_SENTENCE_WORDS = frozenset(
    "The A An In On Under Since After Before During With For By As At From To Following Both This "
    "That These Those Its Their Our His Her When While And But Also Meanwhile Later Earlier Then "
    "Last Next Over Among Through Upon Into Of It They We He She There Here Today Yesterday Separately "
    "Signing Sign Signed Key Highlights".split()
)
_QUANTIFIERS = frozenset(
    "several multiple many some various numerous other two three four five six seven eight nine ten "
    "dozens a an all more".split()
)
# words that go on a title to a title word after them; the verbs name an instrument acting on another
# ("Protocol amending the Agreement on Border Crossings" is one protocol)
_NAME_CONNECTORS = frozenset(
    "of on in for to and the a an between concerning regarding amending amend extending extend supplementing "
    "supplement implementing implement".split()
)
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’.\-–—]*[\w]|[A-Za-z0-9]")
_YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d\d(?:[-–—](?:19|20)?\d\d)?$")
_COLLECTIVE_RE = re.compile(
    r"(?i)\b(?:the two|both) (?:countries|sides|nations|governments|leaders|presidents|"
    r"prime ministers|premiers|foreign ministers|ministers|parties|states|heads of state|neighbours|"
    r"neighbors)\b|\bboth\s+(?:sides|countries|nations)\b|\bbilateral\b"
)
_PERFECT_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:signed|inked|concluded|issued)\b|\bsince\b")
_AUX_RE = re.compile(
    r"^(?:[\s,]*(?:which|that|was|were|is|are|has|have|had|been|being|also|jointly|formally|"
    r"successfully|later|then|subsequently|were\s+all|all|respectively|it|they))*[\s,]*$",
    re.I,
)
_PRONOUN_BEFORE_RE = re.compile(r"(?i)\b(?:it|they|them|which|the (?:agreement|treaty|deal|accord))\s*$")
_WEEKDAY_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_REPORTING_RE = re.compile(
    r"^(?:[\w'’.\-]+\s+){1,5}(?:reported|said|says|reports|added|noted|stated|quoted|announced|"
    r"told reporters|confirmed)\b"
)
_DETERMINER_RE = re.compile(r"(?i)^(?:the|a|an|this|these|that|those|its|their|his|her|our)\b")
_COMPLEMENT_END_RE = re.compile(
    r"\s+(?:was|were|is|are|has|have|had|will|would)\s|"
    r"\s+(?:in|at|on|during|with|between|to|which|that|under|after|before|while|and\s+(?:said|agreed|"
    r"vowed))\s+(?=[A-Z0-9])|[,;:.!?()\"“”]|\s+(?:which|that|who|while|during|at|after|before)\b"
    r"|\s+and\s+(?:also\s+)?(?:said|agreed|vowed|pledged|decided|announced|called|expressed|discussed|signed|"
    r"reviewed|noted|stressed|reaffirmed|welcomed|exchanged|launched|held|will|would)\b"
)


# "... and a (renewed) protocol", ", as well as an MoU": what opens a second instrument
_NEXT_INSTRUMENT_RE = re.compile(
    r",?\s+(?:and|or|as\s+well\s+as|plus)\s+(?:an?|another|the|one)\s+(?:[\w-]+\s+){0,2}$"
)
_PAREN_GAP_RE = re.compile(r"\s*\(\s*")
_PLURAL_RE = re.compile(r"(?i)(?:s|ies|memoranda|mous)$")
_CLAUSE_BREAK_RE = re.compile(r"[;:!?]|\.(?!\d)")  # (not the point of "$3.5 billion")
_OPINION_RE = re.compile(r"(?i)\b(?:views|opinions|ideas|notes)\b")
# a preposition between a verb and the instrument ("views were exchanged on the agreement"); "over" and
# "about" before a number are quantifiers ("witnessed the signing of over 30 documents")
_NOT_OBJECT_RE = re.compile(
    r"(?i)\s*(?:on|about|over|regarding|concerning|at|for|with|in|during|under)\b"
    r"(?!\s+(?:\d|a\s+dozen|dozens|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+hundred)\b))"
)
_CO_INSTRUMENT_RE = re.compile(
    r"(?:(?:\s+(?:in|at|on|during)\s+[^,;:()]{1,40}?)+\s*,\s*(?:and|as\s+well\s+as)\s+(?:an?|the|another)\s+"
    # "signed a protocol to speed up the rail link and a memorandum ...": past the first one's complement
    r"|\s+(?:to|on|for|of|in|at|with)\s+[^,;:()]{1,80}?\s+(?:and|as\s+well\s+as)\s+(?:an?|another|several|"
    r"multiple|various|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    # "an agreement on road transport, a protocol on border management and ...": a series
    r"|\s*,\s*(?:an?|another)\s+"
    r"|\s*,?\s*(?:and|or|as\s+well\s+as|together\s+with|along\s+with|alongside|plus)\s+"
    r"(?:(?:an?|the|another|its|their)\s+)?)"
    # "and a batch of eleven sectoral agreements": a collective noun before the count
    r"(?:(?:batch|set|package|series|raft|slew|host|range|bundle|total|number)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
)
# a serial list of title words: "Agreement on Economic, Trade and Technical Cooperation"
_SERIAL_TITLE_RE = re.compile(r",\s(?:[A-Z][\w-]*\s){1,2}(?:and|&)\s[A-Z][\w-]*\s[A-Z]")
# a lower-case complement, then a relative clause whose verb is the cue: "an agreement for the
# avoidance of double taxation that entered into force"
_COMPLEMENT_REL_RE = re.compile(
    r"^\s+(?:on|for|of|to)\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z\s-]{0,60}?\s+(?:which|that)\s+"
    r"(?:(?:was|were|is|are|has|have|had|been|also|later|then)\s+)*$"
)
_EXAMPLES_RE = re.compile(r"\b(?:including|among\s+them|amongst\s+them|such\s+as|notably|e\.g\.)\s")
_CLASSIFYING_RE = re.compile(
    r"\b(?:as|is|was|be|been|being|remains?|remained|became|becomes)\s+"
    r"(?:(?:the|an?|its|their|(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s)\s+)?"
    r"(?:first|second|third|only|largest|biggest|oldest|earliest|latest|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
_COORDINATED_RE = re.compile(r"\s*(?:,|and|or|as well as)\s*(?:and\s+)?")
_ON_RE = re.compile(r"\s+on\s+")
# an infinitive complement naming an instrument's purpose ("an agreement to share a fleet of aircraft")
_TO_VERB_RE = re.compile(r"\s+to\s+(?!(?:be|the|a|an|this|that|these|those|its|their|his|her|our|further)\b)(?=[a-z])")
_TITLE_TAIL_RE = re.compile(r"\s(?:on|concerning|regarding)\s+(?:(?:a|an|the)\s+)?[A-Z]")
_DASHES_RE = re.compile(r"[—–]")
_OCCASION_RE = re.compile(r"(?i)the\s+(?:sidelines|occasion|same|day|eve|basis)\b")
_PREP_TAIL_RE = re.compile(r"\s+(?:on|in|at|since|from|of|for)?\s*$")
_TOPIC_SPLIT_RE = re.compile(r"[.;:()]|\s[—–-]\s")
_SERIAL_RE = re.compile(r"(?i)(?:and|or)\s")
_AND_RE = re.compile(r"\s+and\s+")
_TOPIC_END_RE = re.compile(
    r"\s+(?:in|at|on|during|with|to)\s+(?=[A-Z0-9])|[;:.!?()]|\s+(?:after|following|during|before|when|while)\s"
)
_BETWEEN_RE = re.compile(r"^\s*between\s+")
_BY_RE = re.compile(r"\s+by\s+")
_BY_END_RE = re.compile(r"[;.]|\s(?:while|whereas|and\s+(?:it|the)\b)")
_WITNESS_RE = re.compile(r"witness|presence of|attended by")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# between a date and a signing verb: the date ends a coordinated clause of its own ("..., and signed")
_COORD_BEFORE_CUE_RE = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:also|later|then|subsequently|jointly|formally)\s+)?")
# issuing verbs that do not make a general noun an instrument ("issued documents", "released documents")
_WEAK_CUE_RE = re.compile(r"(?i)issued|adopted|released|produced|yielded")
_DEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$")
# what may stand before a document's title: "Full text of the", "Text:"
_HEADING_PREFIX_RE = re.compile(r"(?i)\W*(?:(?:full\s+)?text(?:\s+of)?(?:\s+the)?\s*:?\s*)?")
_YEAR_BEFORE_RE = re.compile(r"((?:19|20)\d\d)\s")
_PERIOD_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:years?|period)\s+)?(?:of\s+)?$")
# types whose year in the title is the period they cover, not their signing ("2026 Action Plan")
_PERIOD_TYPES = frozenset({"executive_program", "cooperation_outline"})
# the event noun of an anchor, in it or among the next words ("after the talks", "on the occasion of
# this High-Level Meeting"); the earlier sentence telling that event carries its date
_ANCHOR_NOUN_RE = re.compile(
    r"(?i)\b(meetings?|talks|discussions|consultations?|summit|visit|ceremony|session|dialogue|forum|call|"
    r"conference|cabinet|commission)\b"
)
_EVENT_STEMS = {"meeting": r"\b(?:meet|met\b)", "meetings": r"\b(?:meet|met\b)", "talks": r"\btalk",
                "discussions": r"\bdiscuss", "consultation": r"\bconsult", "consultations": r"\bconsult"}
# a title word group before "Agreement" naming trade in goods or services: a trade agreement
_TRADE_IN_RE = re.compile(r"(?i)\btrade\s+in\s+(?:goods|services)\b")
_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
_INF = float("inf")


# --- lexicons ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lex:
    instrument_re: re.Pattern[str]
    instrument_rows: tuple[tuple[re.Pattern[str], str], ...]
    cue_re: re.Pattern[str]
    cue_rows: tuple[tuple[re.Pattern[str], str, int], ...]
    prefilter: str
    intro_re: re.Pattern[str]
    keep: frozenset[str]
    drop: frozenset[str]
    stop_re: re.Pattern[str]
    anchor_re: re.Pattern[str]
    instrument: _Rx = None  # type: ignore[assignment]
    cue: _Rx = None  # type: ignore[assignment]
    intro: _Rx = None  # type: ignore[assignment]
    anchor: _Rx = None  # type: ignore[assignment]
    anchor_end: _Rx = None  # type: ignore[assignment]
    intro_gate: re.Pattern[str] | None = None
    pending: _Rx = None  # type: ignore[assignment]
    pending_rows: tuple[tuple[re.Pattern[str], int], ...] = ()
    generic_rows: tuple[re.Pattern[str], ...] = ()  # general nouns ("documents") that need a signing verb
    generic_gate: str | None = None  # vectorised: a sentence naming a general noun ...
    generic_prefilter: str | None = None  # ... and a signing verb near it


class _Rx:
    """A case-insensitive regex with its case-folded twin (:func:`numbers.fold_case`): ``on``
    picks the twin and the lower-cased text when the sentence allows it (same spans, faster)."""

    __slots__ = ("rx", "folded")

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self.folded = fold_case(rx)

    def on(self, text: str, low: str | None) -> tuple[re.Pattern[str], str]:
        if low is not None and self.folded is not None:
            return self.folded, low
        return self.rx, text


_PERFECT = _Rx(_PERFECT_RE)


def _rust_safe(pattern: str) -> str:
    """Drop look-around groups (the vectorised prefilter's regex engine has none); the prefilter
    then over-selects slightly, and the Python pass decides."""
    return re.sub(r"\(\?<?[!=][^()]*\)", "", pattern)


@functools.cache
def _lex() -> _Lex:
    df = read_lexicon("agreement_types")
    if "role" not in df.columns:
        df = df.with_columns(pl.lit("instrument").alias("role"))
    if "window" not in df.columns:
        df = df.with_columns(pl.lit(None, dtype=pl.String).alias("window"))
    df = df.with_columns(pl.col("role").fill_null("instrument"))
    inst = df.filter(pl.col("role").is_in(["instrument", "generic"]))
    generic = df.filter(pl.col("role") == "generic")["pattern"].to_list()
    inst_pats = inst["pattern"].to_list()
    inst_types = inst["agreement_type"].to_list()
    cues = df.filter(pl.col("role").is_in(["signed", "effective"]))
    anchors = df.filter(pl.col("role") == "anchor")["pattern"].to_list()
    anchor_ends = df.filter(pl.col("role") == "anchor_end")["pattern"].to_list()
    pend = df.filter(pl.col("role") == "pending")
    pend_alt = "|".join(sorted(pend["pattern"].to_list(), key=len, reverse=True))
    pend_rows = tuple(
        (re.compile(rf"(?i:{p})"), int(w) if w else 4) for p, w in pend.select("pattern", "window").iter_rows()
    )
    # longest alternatives first so that the regex engine prefers them at one position
    inst_alt = "|".join(sorted(inst_pats, key=len, reverse=True))
    cue_alt = "|".join(sorted(cues["pattern"].to_list(), key=len, reverse=True))
    # (typing fullmatches a found surface alone: a look-behind on its context cannot hold there)
    inst_rows = tuple((re.compile(rf"(?i:{_rust_safe(p)})"), t) for p, t in zip(inst_pats, inst_types))
    cue_rows = tuple(
        (re.compile(rf"(?i:{p})"), r, int(w) if w else 8)
        for p, r, w in cues.select("pattern", "role", "window").iter_rows()
    )
    # a general noun ("documents", "partnership") is a candidate only near a signing verb: the
    # prefilter asks for the verb within the clause, before or after it
    generic_alt = "|".join(sorted((_rust_safe(p) for p in generic), key=len, reverse=True))
    generic_filter = (
        rf"(?i)(?-u:\b)(?:sign|ink|exchang|conclu)\w*\W(?:[^.;:]{{0,80}}?\W)?(?:{generic_alt})(?:(?-u:\b)|\W|$)"
        rf"|(?:{generic_alt})\W(?:[^.;:]{{0,40}}?\W)?(?:signed|inked|exchanged|concluded)(?-u:\b)"
        rf"|following\s+(?:{generic_alt})"
    ) if generic else None
    specific_alt = "|".join(sorted((p for p in inst_pats if p not in generic), key=len, reverse=True))
    topics = read_lexicon("topics")
    intros = topics.filter(pl.col("kind") == "intro")["phrase"].to_list()
    intro_alt = "|".join(sorted(intros, key=len, reverse=True))
    stops = topics.filter(pl.col("kind") == "stop")["phrase"].to_list()
    lex = _Lex(
        instrument_re=re.compile(rf"(?<![\w-])(?i:{inst_alt})(?![\w-])"),
        instrument_rows=inst_rows,
        cue_re=re.compile(rf"(?<![\w-])(?i:{cue_alt})(?![\w-])"),
        cue_rows=cue_rows,
        # ASCII word boundaries (or a non-word character, or the text's edge): a superset of the
        # Unicode ones that the vectorised engine runs ~8x faster; the Python pass decides
        prefilter=rf"(?i)(?:^|(?-u:\b)|\W)(?:{_rust_safe(specific_alt)})(?:(?-u:\b)|\W|$)",
        generic_gate=rf"(?i){generic_alt}" if generic else None,
        generic_prefilter=generic_filter,
        intro_re=re.compile(rf"(?<![\w-])(?i:{intro_alt})(?![\w-])"),
        keep=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "keep")["phrase"].to_list()),
        drop=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "drop")["phrase"].to_list()),
        anchor_re=re.compile(rf"(?<![\w-])(?i:{'|'.join(anchors)})(?![\w-])" if anchors else r"(?!x)x"),
        stop_re=re.compile(rf"\s+(?i:{'|'.join(stops)})\b" if stops else r"(?!x)x"),
    )
    pending_re = re.compile(rf"(?<![\w-])(?i:{pend_alt})(?![\w-])" if pend_alt else r"(?!x)x")
    return dataclasses.replace(lex, instrument=_Rx(lex.instrument_re), cue=_Rx(lex.cue_re),
                               intro=_Rx(lex.intro_re), anchor=_Rx(lex.anchor_re),
                               anchor_end=_Rx(re.compile(rf"(?<![\w-])(?i:{'|'.join(anchor_ends)})(?![\w-])"
                                                         if anchor_ends else r"(?!x)x")),
                               intro_gate=literal_gate(intros), pending=_Rx(pending_re),
                               pending_rows=pend_rows,
                               generic_rows=tuple(re.compile(rf"(?i:{_rust_safe(p)})") for p in generic))


@functools.lru_cache(maxsize=4096)
def _instrument_type(surface: str) -> str:
    """The type of an instrument phrase; in a compound ("agreement protocol") its last word's."""
    for rx, t in _lex().instrument_rows:
        if rx.fullmatch(surface):
            return t
    m = None
    for m in _lex().instrument_re.finditer(surface):
        pass
    if m is not None and m.start() > 0:
        return _instrument_type(m.group(0))
    return "other"


@functools.lru_cache(maxsize=4096)
def _is_plural(surface: str) -> bool:
    """The instrument phrase is plural: its head noun, the word before "of" ("memoranda of
    understanding", not "exchange of notes"), else its last word ("joint statements", "MoUs")."""
    low = surface.lower()
    word = low.split(" of ")[0].split()[-1] if low.split() else low
    if word in ("memoranda", "mous") or word.endswith("mous"):
        return True
    return bool(_PLURAL_RE.search(word)) and not word.endswith(("ss", "us"))


@functools.lru_cache(maxsize=4096)
def _is_generic(surface: str) -> bool:
    """The instrument phrase is a general noun ("documents", "partnership": role=generic)."""
    return any(rx.fullmatch(surface) for rx in _lex().generic_rows)


@functools.lru_cache(maxsize=4096)
def _pending_window(surface: str) -> int:
    for rx, window in _lex().pending_rows:
        if rx.fullmatch(surface):
            return window
    return 4


@functools.lru_cache(maxsize=4096)
def _cue_role(surface: str) -> tuple[str, int]:
    for rx, role, window in _lex().cue_rows:
        if rx.fullmatch(surface):
            return role, window
    return "signed", 8


# --- per-sentence context --------------------------------------------------------------------------


@dataclass
class SentenceContext:
    """What the agreement finder needs to know about one sentence (offsets relative to its text).

    ``countries``: (start, end, iso3, kind); ``persons``: (start, end, name, iso3);
    ``dates``: (start, end, date_start, precision); ``fallback_date``: (date, precision) for a
    sentence without dates, ``fallback_is_lede`` when it is the lede's date (kept at day precision
    only when the sentence is anchored to that event: "After the talks, ..."); ``pair``: the narrative pair of countries; ``dyad``: the document's.
    ``lead``: for an item of a list whose lead sentence tells a signing ("The following MoUs were
    signed on 11 March:"), the lead's signing date and precision (date None when it has none);
    every instrument of the item is then signed, on that date unless the item gives its own.
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    persons: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    dates: list[tuple[int, int, object, str]] = field(default_factory=list)
    fallback_date: tuple[object, str] | None = None
    fallback_is_lede: bool = False
    pair: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()
    lead: tuple[object, str] | None = None
    fallback_end: object = None  # the lede event's last day, when it spans days
    # the day-dated earlier sentences of the document within its reference period, oldest first:
    # (text, its last day, the day opening it or None); an undated signing tied to an event
    # ("Following the meeting, ...") takes the date of the latest one telling that event (any, for
    # "witnessed the signing") — with a lede, only of one opening on its day ("On 20 January, ...")
    earlier_days: list[tuple[str, object, object]] = field(default_factory=list)
    reference: tuple[object, str] | None = None  # the document's reference date and precision
    heading_date: object = None  # the document's day, for a heading line among its first lines
    previous_day: object = None  # the day of a signing told in the sentence right before (same paragraph)
    span_ends: dict | None = None  # start offset of a date spanning days -> its last day
    # (a joint statement heading the document is issued that day; an undated signing in a headline
    # without a narrative date happened that month)


@dataclass
class _Inst:
    start: int  # phrase start (name or head)
    end: int  # phrase end
    head_start: int
    head_end: int
    type: str
    surface: str
    name: str | None = None
    titled: bool = False
    embedded: bool = False
    absorbed: list[tuple[int, int]] = field(default_factory=list)  # nested instrument heads
    between: tuple[int, int] | None = None  # "between A and B" span naming parties
    complement_end: int | None = None
    cues: list[tuple[int, int, str]] = field(default_factory=list)
    pending_dist: float = _INF  # distance to the nearest pending cue governing it ("negotiations on")
    lead: tuple[object, str] | None = None  # signed as an item of a list: the lead's date
    generic: bool = False  # a general noun ("documents"): an instrument only as a signing verb's object


# --- name building ----------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]


def _is_title_word(tok: str) -> bool:
    first = tok[:1]
    return first.isupper() or (first in ("1", "2") and _YEAR_RANGE_RE.match(tok) is not None)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces (no punctuation) between offsets a and b."""
    return text[a:b].strip() == ""


def _token_at(toks: list[tuple[int, int, str]], pos: int) -> int | None:
    """Index of the token containing character ``pos`` (tokens are sorted and disjoint)."""
    i = bisect.bisect_right(toks, (pos, _INF)) - 1
    if i >= 0 and toks[i][0] <= pos < toks[i][1]:
        return i
    return None


def _extend_name(text: str, inst: _Inst, toks: list[tuple[int, int, str]], heads: list[tuple[int, int]],
                 blocked: list[tuple[int, int]], left_blocked: list[tuple[int, int]] | None = None) -> None:
    """Grow ``inst`` to its capitalised title (left and right) and record nested heads; a place
    right before the title is part of it ("the Accra Declaration"), one after it is not ("the
    Agreement in Accra"): ``left_blocked`` (default ``blocked``) stops the left extension."""
    if left_blocked is None:
        left_blocked = blocked
    # first and last token of the head (tokens are sorted and disjoint)
    i0 = _token_at(toks, inst.head_start)
    i1 = _token_at(toks, inst.head_end - 1)
    if i0 is None or i1 is None:
        return
    head_tok = toks[i0][2]
    acronym = " " not in inst.surface and sum(map(str.isupper, inst.surface)) >= 2
    inst.titled = head_tok[:1].isupper() and not acronym  # "MoU", "FTA" are not titles by themselves
    # left: contiguous title words
    start_i = i0
    j = i0 - 1
    while j >= 0:
        s, e, t = toks[j]
        if not _gap_ok(text, e, toks[j + 1][0]):
            break
        if t in _LEFT_CONNECTORS and j >= 1 and start_i == j + 1 and _gap_ok(text, toks[j - 1][1], s):
            # "Trade in Goods Agreement", "Avoidance of Double Taxation Agreement": a connector between
            # title words (the word before it is checked as a title word in the next round)
            pt = toks[j - 1][2]
            if _is_title_word(pt) and pt not in _SENTENCE_WORDS and not pt.endswith(("'s", "’s")):
                j -= 1
                continue
        if t.endswith(("'s", "’s")) or not _is_title_word(t) or _in_spans(s, left_blocked):
            break
        if t in _SENTENCE_WORDS or t.lower() in _QUANTIFIERS:
            break
        if j == 0 and not head_tok[:1].isupper():
            break  # "Several memoranda ...": a capital that only starts the sentence
        start_i = j
        j -= 1
    # right: connectors followed by a title word
    end_i = i1
    k = i1 + 1
    between_at: int | None = None
    kept = False  # (a lower-case head past "between" or "amending": its title goes on)
    while k < len(toks):
        s, e, t = toks[k]
        if not _gap_ok(text, toks[k - 1][1], s) and not (
            k > i1 + 1 and _is_title_word(toks[k - 1][2]) and _SERIAL_TITLE_RE.match(text, toks[k - 1][1])
        ):
            break
        if _is_title_word(t) and not _in_spans(s, blocked) and not t.isdigit():
            end_i = k
            k += 1
            continue
        # connectors
        m = k
        conns = []
        while m < len(toks) and toks[m][2].lower() in _NAME_CONNECTORS and _gap_ok(text, toks[m - 1][1], toks[m][0]):
            conns.append(toks[m][2].lower())
            m += 1
        if not conns or m >= len(toks) or not _gap_ok(text, toks[m - 1][1], toks[m][0]):
            break
        if head_tok[:1].islower() and not kept and not _KEEP_LOWER_CONNECTORS.intersection(conns):
            break  # "a memorandum of understanding on the Lamu port corridor": a complement, no title
        nxt = toks[m]
        # "the Treaty of Lima": a place after "of" names a titled instrument (not "the Agreement in Accra")
        place_of = conns == ["of"] and inst.titled and not _in_spans(nxt[0], left_blocked)
        if not (_is_title_word(nxt[2]) and not nxt[2].isdigit()) or (_in_spans(nxt[0], blocked) and not place_of):
            break
        if conns[0] == "and" and toks[k - 1][2][:1].islower():
            break
        if ("a" in conns or "an" in conns) and conns[0] not in ("on", "concerning", "regarding", "for"):
            break  # "... Agreement and a Protocol": a second instrument; "Agreement on a Closer ..." goes on
        if "between" in conns and between_at is None:
            between_at = k
        kept = kept or bool(_KEEP_LOWER_CONNECTORS.intersection(conns))
        end_i = m
        k = m + 1
    inst.start = toks[start_i][0]
    inst.end = toks[end_i][1]
    # nested instrument heads inside the name
    inst.absorbed = [(s, e) for s, e in heads if inst.start <= s and e <= inst.end and (s, e) != (inst.head_start, inst.head_end)]
    if between_at is not None:
        bstart = toks[between_at][0]
        nested_before = any(inst.head_end <= s and e <= bstart for s, e in inst.absorbed)
        if not nested_before:
            # a "between" right after the head names the parties: keep it out of the name
            # unless the title goes on after it ("Agreement between A and B on Avoidance of ...")
            inst.between = (bstart, inst.end)
            tail = _TITLE_TAIL_RE.search(text[bstart:inst.end])
            if tail is None:
                inst.end = toks[between_at - 1][1]
                inst.absorbed = [(s, e) for s, e in inst.absorbed if e <= inst.end]
    # a title that sits inside a longer non-instrument title ("Summit for a New ... Pact")
    # (only over spaces: "... in Norway, and the Glomma Convention" is no longer title)
    j = start_i - 1
    conns = 0
    while j >= 0 and toks[j][2].lower() in ("a", "an", "the", "for", "of", "on", "to", "at", "in", "and") \
            and _gap_ok(text, toks[j][1], toks[j + 1][0]):
        conns += 1
        j -= 1
    if conns and j >= 0 and _is_title_word(toks[j][2]) and toks[j][2] not in _SENTENCE_WORDS and j > 0 \
            and _gap_ok(text, toks[j][1], toks[j + 1][0]):
        inst.embedded = True


# what still extends a lower-case head over title words: its parties, or an instrument it acts on
# ("a protocol amending the Convention on ...")
_KEEP_LOWER_CONNECTORS = frozenset(
    "between amending amend extending extend supplementing supplement implementing implement".split()
)
_LEFT_CONNECTORS = frozenset(("of", "in", "on", "for", "and", "&"))


def _clean_name(s: str) -> str:
    if "—" in s or "–" in s:
        s = _DASHES_RE.sub("-", s)
    s = s.replace("’", "'")
    # runs of whitespace to one space (str.split splits at exactly the characters \s matches)
    return " ".join(s.split()).strip(" ,.;:")


def _finish_name(text: str, inst: _Inst, dates: list[tuple[int, int]], is_plural: bool,
                 heads: list[tuple[int, int]]) -> None:
    """Decide the mention's name from its extended span or an "on" complement."""
    name = _clean_name(text[inst.start : inst.end])
    head = _clean_name(inst.surface)
    extended = inst.start < inst.head_start or inst.end > inst.head_end
    if extended and name.lower() != head.lower():
        if not inst.titled:
            # "China-Pakistan free trade agreement": a title with a lower-case head
            pre = _clean_name(text[inst.start : inst.head_start])
            post = _clean_name(text[inst.head_end : inst.end])
            name = " ".join(x for x in (pre, head.title() if head.islower() else head, post) if x)
        if inst.type == "free_trade_agreement" and head.upper() == "FTA" and name.endswith(" " + head):
            # "the China-Cambodia FTA" is the China-Cambodia Free Trade Agreement (one name, one fact)
            name = name[: -len(head)] + "Free Trade Agreement"
        inst.name = name
        return
    # singular instrument + "on <complement>" -> descriptive name ("Protocol on phytosanitary
    # requirements ...", also past a "between" naming the parties); "to <verb> ..." too ("a
    # protocol to speed up the rail link")
    if is_plural or (inst.titled and extended):
        return
    at = inst.between[1] if inst.between and inst.between[0] >= inst.head_end else inst.head_end
    _complement_name(text, inst, dates, heads, at)


def _complement_name(text: str, inst: _Inst, dates: list[tuple[int, int]], heads: list[tuple[int, int]],
                     at: int) -> None:
    """Name ``inst`` by its head and the "on ..." / "to <verb> ..." complement starting at ``at``."""
    m = _ON_RE.match(text, at) or _TO_VERB_RE.match(text, at)
    if not m:
        return
    comp_start = m.end()
    rest = text[comp_start:]
    if _DETERMINER_RE.match(rest) is None and not rest[:1].islower():
        return
    if inst.titled and _PAREN_GAP_RE.match(text, inst.head_end) is not None:
        return
    if _WEEKDAY_RE.match(rest) or _in_spans(comp_start, dates):
        return
    if _OCCASION_RE.match(rest):
        return
    end = comp_start + _complement_end(rest, dates, comp_start)
    for hs, _he in sorted(heads):
        # "an agreement on water use and a protocol on checkpoints": a second instrument after
        # "and a" ends the first one's complement
        if comp_start < hs < end:
            cm = _NEXT_INSTRUMENT_RE.search(text, comp_start, hs)
            if cm is not None:
                end = cm.start()
                break
    if end - comp_start < 3:
        return
    inst.complement_end = end
    inst.absorbed = inst.absorbed + [
        (s, e) for s, e in heads if inst.head_end <= s and e <= end and (s, e) not in inst.absorbed
    ]
    full = _clean_name(text[inst.head_start : inst.head_end] + " " + text[m.start() : end])
    inst.name = full[:1].upper() + full[1:]
    inst.end = max(inst.end, end)


def _complement_end(rest: str, dates: list[tuple[int, int]], offset: int) -> int:
    """Length of an "on ..." complement: up to a place, date, clause break or punctuation."""
    cut = len(rest)
    m = _COMPLEMENT_END_RE.search(rest)
    if m:
        cut = m.start()
    for s, _e in dates:
        if offset <= s < offset + cut:
            # " on Wednesday", " in 2025": cut before the preposition
            pre = rest[: s - offset]
            pm = _PREP_TAIL_RE.search(pre)
            cut = pm.start() if pm else s - offset
    return cut


# --- topics -------------------------------------------------------------------------------------------

_LEADING_RE = re.compile(
    r"(?i)^(?:and|or|as well as|including|such as|especially|particularly|like|notably|namely|in)\s+"
)


def _norm_topic(t: str) -> str:
    words = []
    for w in t.replace("’", "'").split():
        if not w.islower() and sum(c.isupper() for c in w) >= 2:
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words).strip(" .,;:'\"“”")


def split_topics(s: str) -> list[str]:
    """Split a topic list: "agriculture, mining, IT and socio-economic development" -> 4 items.

    Items are split at commas; the last item is split at "and" unless the list uses a serial
    comma or the item is a fixed pair ("science and technology"); fillers ("among others",
    "various fields") are dropped and a trailing reporting clause (", Radio X reported") ends it.
    """
    lex = _lex()
    m = lex.stop_re.search(s)
    if m:
        s = s[: m.start()]
    s = _TOPIC_SPLIT_RE.split(s, maxsplit=1)[0]
    items = [i.strip() for i in s.split(",")]
    items = [i for i in items if i and i.lower() not in lex.drop]
    # (a trailing reporting clause, ", Prime Minister X said", ends the list before its last item is split)
    cut = next((n for n, i in enumerate(items) if _REPORTING_RE.match(i)), None)
    if cut is not None:
        items = items[:cut]
    serial = any(_SERIAL_RE.match(i) for i in items[1:])
    out: list[str] = []
    for n, item in enumerate(items):
        if _REPORTING_RE.match(item):
            break
        low = item.lower()
        if low in lex.drop:
            continue
        while True:
            m = _LEADING_RE.match(item)
            if not m:
                break
            item = item[m.end() :]
        if item.lower() in lex.drop or not item:
            continue
        parts = [item]
        last = n == len(items) - 1
        if " and " in item and item.lower() not in lex.keep and (len(items) == 1 or (last and not serial)):
            parts = [p for p in _AND_RE.split(item) if p]
        for p in parts:
            p = _norm_topic(p)
            if not p or p in lex.drop or len(p.split()) > 6 or p in ("a", "an", "the"):
                continue
            if p not in out:
                out.append(p)
    return out


def _topics_for(text: str, inst: _Inst, region_end: int, low: str | None = None) -> list[str]:
    return _topics_after(text, inst, region_end, _intro(text, inst, region_end, low))


def _intro(text: str, inst: _Inst, region_end: int, low: str | None = None) -> re.Match | None:
    """The topic-list introducer ("to enhance cooperation in") after the instrument."""
    lex = _lex()
    if not gate_open(lex.intro_gate, text, low):
        return None
    rx, s = lex.intro.on(text, low)
    return rx.search(s, max(inst.end, inst.head_end), region_end)


def _topics_after(text: str, inst: _Inst, region_end: int, m: re.Match | None) -> list[str]:
    if m:
        return split_topics(text[m.end() : region_end])
    # "<instrument> on <list>" (also for a nested instrument inside a descriptive name)
    for hs, he in [(inst.head_start, inst.head_end)] + inst.absorbed:
        if _ON_RE.match(text, he) is None:
            continue
        om = _ON_RE.match(text[he:])
        rest = text[he + om.end() : region_end]
        if not rest or _DETERMINER_RE.match(rest) or not rest[:1].islower() and not rest[:2].isupper():
            continue
        cm = _TOPIC_END_RE.search(rest)
        seg = rest[: cm.start()] if cm else rest
        if seg and len(seg.split()) <= 16:
            return split_topics(seg)
    return []


# --- quantity -----------------------------------------------------------------------------------------

_FUNC = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their this these those than signed sides countries nations leaders parties".split()
)


def _quantity_span_before(text: str, start: int) -> tuple[int | None, int]:
    """The count written right before an instrument ("14 Executive Programs") and where the
    mention then starts (the count's start; ``start`` without a count)."""
    window_start = max(0, start - 60)
    window = text[window_start:start]
    if not gate_open(_numberish(), window):
        return None, start  # no digit and no number word: no count
    qs = [q for q in find_quantities(window) if q.kind in ("number", "count")]
    if not qs:
        return None, start
    qty = _count_of(window, qs[-1])
    return qty, (start if qty is None else window_start + qs[-1].start)


@functools.cache
def _numberish() -> re.Pattern[str]:
    """A digit or a number word, searched in lower-cased text (every quantity holds one)."""
    return re.compile(rf"\d|{trie(number_words())}")


def _count_of(window: str, q) -> int | None:
    between = window[q.end :].split()
    if len(between) > 2:
        return None
    for w in between:
        lw = w.lower().strip(",")
        if lw in _FUNC or lw.endswith("ed") or (lw.endswith("s") and not lw.endswith("ss")) or not w.isalpha():
            return None
    if q.value != int(q.value) or q.value <= 0 or q.value > 10000:
        return None
    return int(q.value)


# --- the finder ----------------------------------------------------------------------------------------


def _participant(name: str, actor_type: str, iso3: str | None, role: str) -> dict:
    return {"name": name, "actor_type": actor_type, "country_iso3": iso3, "role": role}


def find_agreements(text: str, ctx: SentenceContext) -> list[dict]:
    """Agreement mentions of one sentence (offsets relative to ``text``), as dict rows with the
    columns of :data:`pipeline.model.AGREEMENT_MENTIONS` except ``doc_id``/``sentence_id``."""
    lex = _lex()
    low: str | None = text.lower()
    if not foldable(text, low):
        low = None
    heads = []
    rx, s = lex.instrument.on(text, low)
    for m in rx.finditer(s):
        if heads and _gap_ok(text, heads[-1][1], m.start()) and text[heads[-1][1] : m.start()]:
            # a compound of instrument words ("transit trade agreement protocol"): one instrument,
            # named by its last word
            heads[-1] = (heads[-1][0], m.end())
            continue
        heads.append((m.start(), m.end()))
    if not heads:
        return []
    dates = _finest_dates(text, ctx.dates)
    date_spans = [(s, e) for s, e, _d, _p in ctx.dates]
    toks = _tokens(text)
    # locations and dates never belong to a title ("the Agreement in Beijing on Wednesday")
    blocked = date_spans + [(s, e) for s, e, _i, k in ctx.countries if k not in _ACTOR_KINDS]
    insts: list[_Inst] = []
    covered: list[tuple[int, int]] = []
    for hs, he in heads:
        if _in_spans(hs, covered):
            continue
        # "(MoUs)" right after "memorandums of understanding" is the same instrument
        if insts and _PAREN_GAP_RE.fullmatch(text[insts[-1].head_end : hs]) and insts[-1].type == _instrument_type(text[hs:he]):
            insts[-1].end = max(insts[-1].end, text.find(")", he) + 1 if text.find(")", he) >= 0 else he)
            covered.append((hs, insts[-1].end))
            prev = insts[-1]
            if prev.name is None and not prev.titled and not _is_plural(prev.surface):
                # "a memorandum of understanding (MOU) on critical minerals": the complement after the acronym
                _complement_name(text, prev, date_spans, heads, prev.end)
                if prev.name is not None:
                    covered.append((prev.start, prev.end))
            continue
        surface = text[hs:he]
        inst = _Inst(hs, he, hs, he, _instrument_type(surface), surface, generic=_is_generic(surface))
        _extend_name(text, inst, toks, heads, blocked, date_spans)
        plural = _is_plural(surface)
        _finish_name(text, inst, date_spans, plural, heads)
        if inst.type == "joint_statement" and inst.end > inst.head_end and _parties_title(text, inst, ctx):
            # "Joint Statement of the Republic of A and the Republic of B on ...": the "of" phrase
            # names the parties; the statement is named by its head and its "on" complement
            inst.name, inst.absorbed = None, []
            _complement_name(text, inst, date_spans, heads, inst.end)
        # the type of a title is its first instrument word ("Protocol to Amend the FTA")
        first = min([(inst.head_start, inst.head_end)] + inst.absorbed)
        if first != (inst.head_start, inst.head_end) and first[0] >= inst.start:
            inst.type = _instrument_type(text[first[0] : first[1]])
        elif inst.type == "agreement" and inst.start < inst.head_start and _TRADE_IN_RE.search(
                text, inst.start, inst.head_start):
            inst.type = "trade_agreement"  # "Trade in Goods Agreement" (not "Agreement on Trade in Services")
        insts.append(inst)
        covered.append((inst.start, inst.end))
        for s, e in inst.absorbed:
            covered.append((s, e))
    if not insts:
        return []
    for k in range(len(insts) - 1, 0, -1):
        # "the Agreement on a Closer Economic Partnership ..., New Zealand's first free trade
        # agreement": a classification of the instrument named before, not a second one
        inst = insts[k]
        if _CLASSIFYING_RE.search(text[max(0, inst.start - 80) : inst.start]):
            named = insts[k - 1]
            if named.type == "agreement" and inst.type != "agreement":
                named.type = inst.type
            del insts[k]
    # cues
    cues = []
    rx, s = lex.cue.on(text, low)
    for m in rx.finditer(s):
        if any(i.start <= m.start() < i.end for i in insts if i.name):
            continue
        role, window = _cue_role(text[m.start() : m.end()])
        cues.append((m.start(), m.end(), role, window))
    pend = _pending(text, low, insts)
    if pend:
        # "to be signed", "will sign": a signing word of a pending phrase is no signing
        cues = [c for c in cues if not any(ps <= c[0] < pe for ps, pe, _w in pend)]
    for c_start, c_end, role, window in cues:
        bound = False
        # cue before the instrument(s): within `window` words, no clause break
        for inst in insts:
            if c_start < inst.start < c_end:
                # "witnessed the exchange of notes": the cue's last words open the instrument's name
                inst.cues.append((c_start, c_end, role))
                bound = True
                continue
            if inst.start < c_end:
                continue
            gap = text[c_end : inst.start]
            if _CLAUSE_BREAK_RE.search(gap) or len(gap.split()) > window:
                break
            if role == "signed" and _OPINION_RE.search(gap):
                break
            if _NOT_OBJECT_RE.match(gap):
                break  # "views were exchanged on the agreement": not its object
            inst.cues.append((c_start, c_end, role))
            bound = True
        # cue after an instrument ("MoUs were signed", "a joint statement issued in ...")
        prev = [i for i in insts if i.end <= c_start]
        if prev:
            inst = prev[-1]
            gap = text[inst.end : c_start]
            if _AUX_RE.match(gap) or _COMPLEMENT_REL_RE.match(gap) or (role == "signed" and _late_cue(gap)):
                inst.cues.append((c_start, c_end, role))
                bound = True
            elif role == "effective" and not bound and _PRONOUN_BEFORE_RE.search(text[: c_start]):
                inst.cues.append((c_start, c_end, role))
                bound = True
    for n, (prev, inst) in enumerate(zip(insts, insts[1:])):
        # "signed the Treaty ..., together with an agreement on ... and a protocol on ...":
        # instruments coordinated with a signed one share its signing (unless a verb of its own
        # follows: "..., as well as an agreement on taxation that entered into force in 2020")
        prev_end = max(prev.end, prev.between[1]) if prev.between else prev.end  # past "between A and B"
        next_start = insts[n + 2].start if n + 2 < len(insts) else len(text)
        if any(inst.end <= c[0] < next_start for c in cues):
            continue
        if prev.cues and not inst.cues and prev_end <= inst.start and _CO_INSTRUMENT_RE.fullmatch(text, prev_end, inst.start):
            inst.cues = list(prev.cues)
    for ps, pe, window in pend:
        _bind_pending(text, insts, ps, pe, window)
    if ctx.lead is not None:
        for inst in insts:
            inst.lead = ctx.lead
            if inst.name is None and inst.between and not inst.generic:
                # an item "MoU between the X authority and the Y Fund": named by its parties
                full = _clean_name(text[inst.head_start : inst.between[1]])
                inst.name = full[:1].upper() + full[1:]
    else:
        _inline_list(text, insts, cues, pend, ctx)
    out: list[dict] = []
    # without a cue, only a named instrument or one with its parties ("the Joint Statement between
    # A and B") is a mention; a bare "the Agreement" is a reference to something said elsewhere
    valid = [i for i in insts if i.cues or i.lead or i.name or (i.titled and i.head_start > 0 and i.between)
             or _dated_reference(text, i)]
    # a joint statement heading the document ("JOINT STATEMENT", "Japan-Viet Nam Joint Statement on
    # ..." as the title among its first lines): the document is the statement, issued on its date
    heading_ids: set[int] = set()
    if ctx.heading_date is not None:
        heading_ids = {id(i) for i in insts if i.type == "joint_statement" and not i.cues
                       and i.pending_dist == _INF and _HEADING_PREFIX_RE.fullmatch(text, 0, i.start)}
        if heading_ids:
            valid_ids = {id(i) for i in valid} | heading_ids
            valid = [i for i in insts if id(i) in valid_ids]
    valid = [i for i in valid if i.cues or i.lead or not i.embedded]
    # "the border treaty ..., and it entered into force in April 2025": a definite lower-case
    # instrument without a signing of its own refers back to one told before (no new fact)
    valid = [i for i in valid if i.titled or i.name or i.lead or _not_a_back_reference(text, i)]
    if any(i.generic for i in valid):
        # a general noun ("documents", "partnership") only as the object of a signing verb
        valid = [i for i in valid if not i.generic or i.lead or any(
            c[2] == "signed" and not _WEAK_CUE_RE.fullmatch(text, c[0], c[1]) for c in i.cues)]
        # "the signing of relevant documents ... lays a better foundation, Zhu said": an uncounted
        # general noun after a nominal "signing of" in a reported opinion tells no signing of its own
        vague = [i for i in valid if i.generic and not i.lead and not any(
            c[2] == "signed" and not _NOMINAL_SIGNING_RE.fullmatch(text, c[0], c[1]) for c in i.cues)
            and _quantity_span_before(text, i.start)[0] is None]
        if vague and _OPINION_SENTENCE_RE.search(text):
            valid = [i for i in valid if i not in vague]
    # an instrument under negotiation, intended or conditional is not (yet) signed
    pending_batches = [i for i in insts if pend and not any(c[2] == "signed" for c in i.cues)
                       and _is_plural(i.surface)]
    valid = [i for i in valid if i.pending_dist == _INF or _signed_dist(i) < i.pending_dist]
    if pending_batches:
        # "ten agreements are expected to be signed, among them a pact on ...": examples of a batch
        # still to be signed are no instruments of their own (the batch is the fact)
        valid = [i for i in valid if i in pending_batches or not any(
            b.end <= i.start and _EXAMPLES_RE.search(text, b.end, i.start) for b in pending_batches)]
    if not valid:
        return []
    if len(valid) > 1:
        valid = _one_counted_batch(text, valid)
    # clause of each instrument: from its governing cue to the next instrument's
    anchors = []
    for i in valid:
        pre = [c[0] for c in i.cues if c[0] < i.start]
        anchors.append(min(pre) if pre else i.start)
    cue_positions = sorted((c[0], c[2]) for c in cues)
    # (a date inside an instrument's name, "programme ... for 2025-2026", is no date of the sentence)
    # (the years after "for" following a programme, "Plan of Action ... for 2026-2030", are its period:
    # no date of the sentence, of that programme or of any other instrument)
    progs = [i for i in valid if i.type in _PERIOD_TYPES] if ctx.dates else ()
    periods = {d[0] for d in ctx.dates for i in progs if d[0] >= i.head_end
               and _PERIOD_BEFORE_RE.search(text, max(i.head_end, d[0] - 40), d[0])} if progs else ()
    has_any_date = any(
        not any(i.start <= d[0] < i.end and not (i.complement_end and d[0] >= i.complement_end) for i in valid)
        for d in ctx.dates if d[0] not in periods
    )
    rx, s = _PERFECT.on(text, low)
    perfect = bool(rx.search(s))
    fallback: list = []
    semi = ";" in text
    emitted: list[_Inst] = []  # the instruments of the rows of ``out``, in order
    for n, inst in enumerate(valid):
        # instruments governed by one cue ("signed an agreement and an MoU on Tuesday") share its clause
        first = anchors.index(anchors[n])
        clause_start = 0 if first == 0 else anchors[first]
        clause_end = next((a for a in anchors[n + 1 :] if a != anchors[n]), len(text))
        name_spans = [(inst.start, inst.end)] + [(i.start, i.end) for i in valid if i is not inst]
        signed: list[tuple[int, object, str]] = []
        effective: list[tuple[int, object, str]] = []
        # the instrument and its cues: a date beyond a semicolon from them is another clause's
        # ("MoU signed in Santiago; commission to meet next month")
        span_lo = min([inst.start] + [c[0] for c in inst.cues])
        span_hi = max([inst.end] + [c[1] for c in inst.cues])
        # instruments sharing one cue, each with a date of its own ("signed an agreement in June 2024,
        # and an MoU ... in 2022"): the date inside an instrument's own conjunct is its date
        shared = anchors.count(anchors[n]) > 1
        conj_hi = valid[n + 1].start if n + 1 < len(valid) else clause_end
        own: list[tuple[int, object, str]] = []
        heading = id(inst) in heading_ids
        dated = has_any_date
        if semi and dated:
            # (a date of another clause leaves the instrument undated: the narrative may date it)
            dated = any(not ((ds >= span_hi and text.find(";", span_hi, ds) >= 0)
                             or (de <= span_lo and text.find(";", de, span_lo) >= 0)) for ds, de, _v, _p in dates)
        for ds, de, dval, prec in dates:
            if not (clause_start <= ds < clause_end) or dval is None:
                continue
            if semi and ((ds >= span_hi and text.find(";", span_hi, ds) >= 0)
                         or (de <= span_lo and text.find(";", de, span_lo) >= 0)):
                continue
            if heading and ds >= inst.end and _PAREN_GAP_RE.fullmatch(text, inst.end, ds):
                continue  # "Joint Statement on the Visit of ... (9-11 March 2026)": the visit's dates
            if ds in periods:
                continue  # "Executive Programme ... for the years 2026-2029": its period, not its signing
            if any(s <= ds < e for s, e in name_spans) and not (inst.complement_end and ds >= inst.complement_end):
                # "the 2014 memorandum of understanding": a year before a lower-case instrument dates it
                if not (ds == inst.start and prec == "year" and not inst.titled
                        and _YEAR_RE.fullmatch(text, ds, de) is not None):
                    continue
            before = [r for p, r in cue_positions if p < ds and p >= clause_start]
            role = before[-1] if before else "signed"
            if role == "signed" and any(
                c[2] == "signed" and c[0] >= de and _COORD_BEFORE_CUE_RE.fullmatch(text, de, c[0]) for c in inst.cues
            ):
                continue  # "established relations on 5 September 1962, and signed the treaty ...": another verb's
            # distance to the governing cue (or to the instrument when it has none)
            ref_spans = [(c[0], c[1]) for c in inst.cues if c[2] == role] or [(inst.start, inst.end)]
            dist = min(min(abs(ds - ce), abs(cs - de)) for cs, ce in ref_spans)
            if role == "signed" and ctx.span_ends and ds in ctx.span_ends and _anchored_end(text, low):
                # "at the end of the visit from March 1 to 3": the last day of the span
                dval = ctx.span_ends[ds]
            (effective if role == "effective" else signed).append((dist, dval, prec))
            if shared and role != "effective" and inst.start <= ds < conj_hi:
                own.append((dist, dval, prec))
        rank = _RANK
        if own:
            signed = own
        sd = min(signed, key=lambda t: (t[0], rank.get(t[2], 3))) if signed else None
        ed = min(effective, key=lambda t: (t[0], rank.get(t[2], 3))) if effective else None
        signed_date, signed_prec = (sd[1], sd[2]) if sd else (None, "unknown")
        if sd is not None and ctx.reference is not None and _after_reference(sd[1], sd[2], *ctx.reference):
            continue  # signed after the document was written: a planned signing no pending cue caught
        if sd is None and inst.lead is not None and inst.lead[0] is not None:
            signed_date, signed_prec = inst.lead  # an item of a list: the lead's signing
        elif sd is None and id(inst) in heading_ids:
            signed_date, signed_prec = ctx.heading_date, "day"  # the document is the statement
        elif sd is None and not dated and not perfect and (
                inst.lead is not None or any(c[2] == "signed" for c in inst.cues)):
            if not fallback:
                fallback.append(_fallback_date(text, low, ctx))  # (once per sentence)
            if fallback[0] is not None:
                signed_date, signed_prec = fallback[0]
        year = _year_before_name(text, inst)
        if signed_date is None and year is None and _dated_reference(text, inst):
            ry = _reference_year(text, inst)
            if ry is not None:
                signed_date, signed_prec = dt.date(ry, 1, 1), "year"
        if year is not None and (signed_date is None or (signed_date.year != year and not any(
                c[2] == "signed" for c in inst.cues))):
            # "The 1929 Treaty of Lima": a year before the title is the instrument's year
            signed_date, signed_prec = dt.date(year, 1, 1), "year"
        if year is not None and inst.name and inst.name[:5] == f"{year} " and inst.name[5:6].isupper():
            inst.name = inst.name[5:]  # (the year dates it; the title is "Treaty of Lima")
        eff_date, eff_prec = (ed[1], ed[2]) if ed else (None, "unknown")
        # topics: after the instrument, before the next instrument
        region_end = valid[n + 1].start if n + 1 < len(valid) else len(text)
        topic_end = region_end
        for ds, _de, _dv, _dp in dates:
            if inst.end <= ds < topic_end:
                # "... covering customs and tourism on Friday": the date ends the topic list
                pm = _PREP_TAIL_RE.search(text, inst.end, ds)
                topic_end = pm.start() if pm else ds
        im = _intro(text, inst, topic_end, low)
        topics = _topics_after(text, inst, topic_end, im)
        # "12 agreements and MoUs in areas such as ...": coordinated instruments share the list
        k = n
        while not topics and k + 1 < len(valid) and _COORDINATED_RE.fullmatch(text[valid[k].end : valid[k + 1].start]):
            k += 1
            nxt_end = valid[k + 1].start if k + 1 < len(valid) else len(text)
            topics = _topics_for(text, valid[k], nxt_end, low)
        topic_start = region_end
        if im:
            topic_start = im.start()
        # parties
        parties = _parties(text, inst, ctx, clause_start, min(clause_end, topic_start), cues)
        qty, qty_start = _quantity_span_before(text, inst.start)
        if qty is None and inst.lead is not None and inst.name and not _is_plural(inst.surface):
            qty = 1  # an item of a list is one of the lead's instruments (never the whole batch)
        emitted.append(inst)
        out.append(
            {
                "char_start": qty_start,
                "char_end": inst.end,
                "name": inst.name,
                "agreement_type": inst.type,
                "signed_date": signed_date,
                "signed_precision": signed_prec if signed_date is not None else "unknown",
                "effective_date": eff_date,
                "effective_precision": eff_prec if eff_date is not None else "unknown",
                "quantity": qty,
                "parties": parties,
                "topics": topics,
            }
        )
    if ctx.lead is None and any(i.lead for i in emitted):
        _count_inline_batch(text, emitted, out)
    return out


def _count_inline_batch(text: str, valid: list[_Inst], rows: list[dict]) -> None:
    """A plural instrument before the colon of an inline list ("The following documents were signed
    on 3 April: 1. MoU on ...; 2. ...") without a count of its own is the batch of the items after it."""
    colon = text.find(":")
    n_items = sum(1 for i in valid if i.lead and i.start > colon)
    if n_items < 2 or _PARTIAL_LEAD_RE.search(text, 0, colon + 1):
        return  # ("... signed, among them: ...": examples, not the whole batch)
    for inst, row in zip(valid, rows):
        if inst.end <= colon and row["quantity"] is None and _is_plural(inst.surface):
            row["quantity"] = n_items


# a person who tells of a signing ("X recalled that ...", "X said the treaty was signed ...") is no signatory
_REPORTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:said|says|recalled|recalls|noted|notes|stated|added|stressed|told|announced|confirmed|"
    r"pointed\s+out|highlighted|underlined|emphasi[sz]ed|explained|reminded)\b"
)
_THE_RE = re.compile(r"(?:[Tt]he\s+)?")
_SUBORDINATORS = frozenset("when while after before as because since where and but whereas although though if".split())
_PARTIES_GAP_RE = re.compile(r"\s*(?:between|among|amongst)\s+(?:the\s+)?[A-Z]")
_PASSIVE_END_RE = re.compile(
    r"\b(?:was|were|been|being|be|is|are)\s+(?:(?:[a-z]+ly|also|then|later|jointly|finally|duly)\s+)*$"
)
_REL_START_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:which|that)\s", re.I)
_PENDING_GAP_RE = re.compile(
    r"^[\s,]*(?:\([^()]*\)[\s,]*)?(?:(?:which|that|it|is|are|was|were|has|have|had|been|being|still|also|now|"
    r"currently|long|remains?)\s+)*$", re.I
)


def _relative_gap(gap: str) -> bool:
    """``gap`` opens a short relative clause on the instrument before it ("..., which the two
    countries", "that both sides"), with no clause break or subordinate clause."""
    m = _REL_START_RE.match(gap)
    if m is None or _CLAUSE_BREAK_RE.search(gap):
        return False
    words = gap[m.end() :].replace(",", " ").split()
    return len(words) <= 5 and not any(w.lower() in _SUBORDINATORS for w in words)


def _late_cue(gap: str) -> bool:
    """A signing verb after an instrument (``gap``: the words between) that governs it across
    words: a relative clause ("..., which the two countries signed in 2017") or a passive whose
    subject is the instrument's phrase ("An addendum extending the Protocol on X for a further
    period of five years was also signed")."""
    if _REL_START_RE.match(gap):
        return _relative_gap(gap)
    if _CLAUSE_BREAK_RE.search(gap):
        return False
    words = gap.replace(",", " ").split()
    limit, subordinators = 14, _SUBORDINATORS
    if _PARTIES_GAP_RE.match(gap):
        # the instrument's parties between it and its verb: "The agreement between the NEA, the
        # BPDB and India's NVVN was signed ...": their "and" joins names, not clauses
        limit, subordinators = 24, _SUBORDINATORS - {"and"}
    if any(w.lower() in subordinators for w in words):
        return False
    return len(words) <= limit and _PASSIVE_END_RE.search(gap) is not None


def _pending(text: str, low: str | None, insts: list[_Inst]) -> list[tuple[int, int, int]]:
    """Spans and windows of the pending cues ("negotiations on", "will sign", "under
    discussion") outside instrument names."""
    lex = _lex()
    rx, s = lex.pending.on(text, low)
    out = []
    for m in rx.finditer(s):
        if any(i.name and i.start <= m.start() < i.end for i in insts):
            continue
        out.append((m.start(), m.end(), _pending_window(text[m.start() : m.end()])))
    return out


def _bind_pending(text: str, insts: list[_Inst], ps: int, pe: int, window: int) -> None:
    """Mark the instruments a pending cue governs: those after it within ``window`` words (no
    clause break), and the instrument right before it ("an FTA, which is under negotiation")."""
    for inst in insts:
        if inst.start < pe:
            continue
        gap = text[pe : inst.start]
        if _CLAUSE_BREAK_RE.search(gap) or len(gap.split()) > window:
            break
        inst.pending_dist = min(inst.pending_dist, inst.start - pe)
    prev = [i for i in insts if i.end <= ps]
    if prev:
        gap = text[prev[-1].end : ps]
        if _PENDING_GAP_RE.match(gap) or _relative_gap(gap):
            prev[-1].pending_dist = min(prev[-1].pending_dist, ps - prev[-1].end)


def _signed_dist(inst: _Inst) -> float:
    """Characters between the instrument and its nearest signing cue (inf without one; 0 for an
    item of a list whose lead tells the signing)."""
    best = _INF
    for c_start, c_end, role in inst.cues:
        if role == "signed":
            best = min(best, inst.start - c_end if c_end <= inst.start else max(0, c_start - inst.end))
    return best


def _inline_list(text: str, insts: list[_Inst], cues: list[tuple[int, int, str, int]],
                 pend: list[tuple[int, int, int]], ctx: SentenceContext) -> None:
    """A list inside the sentence ("The following documents were signed on 11 March: 1. MoU on
    ...; 2. MoU on ..."): the instruments after the colon are signed on the date of the lead."""
    colon = text.find(":")
    if colon < 0 or not any(i.start > colon for i in insts):
        return
    lead_cues = [c for c in cues if c[1] <= colon and c[2] == "signed"]
    if not lead_cues or any(ps < colon for ps, _pe, _w in pend):
        return
    cs, ce = lead_cues[-1][0], lead_cues[-1][1]
    dates = [d for d in _finest_dates(text, ctx.dates) if d[1] <= colon and d[2] is not None]
    lead: tuple[object, str] = (None, "unknown")
    if dates:
        d = min(dates, key=lambda d: (min(abs(d[0] - ce), abs(cs - d[1])), _RANK.get(d[3], 3)))
        lead = (d[2], d[3])
    for inst in insts:
        if inst.start > colon:
            inst.lead = lead


def lead_signing(text: str, ctx: SentenceContext) -> tuple[object, str] | None:
    """For the lead sentence of a list ("In the presence of the two ministers, the following
    MoUs were signed:"), the date and precision of the signing it tells (date None when the text
    gives none); None when it tells no signing (no signing verb, or a pending one: "The following
    agreements will be signed:")."""
    lex = _lex()
    low: str | None = text.lower()
    if not foldable(text, low):
        low = None
    if _pending(text, low, []):
        return None
    rx, s = lex.cue.on(text, low)
    signed = [m.span() for m in rx.finditer(s) if _cue_role(text[m.start() : m.end()])[0] == "signed"]
    if not signed:
        return None
    cs, ce = signed[-1]
    dates = [d for d in _finest_dates(text, ctx.dates) if d[2] is not None]
    if dates:
        d = min(dates, key=lambda d: (min(abs(d[0] - ce), abs(cs - d[1])), _RANK.get(d[3], 3)))
        return d[2], d[3]
    rx, s = _PERFECT.on(text, low)
    fb = None if rx.search(s) else _fallback_date(text, low, ctx)
    return fb if fb is not None else (None, "unknown")


_PARTIAL_LEAD_RE = re.compile(
    r"(?i)\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|others|which|these|those)|such\s+as|"
    r"for\s+(?:example|instance)|notably)\b[^:]{0,12}:$"
)
# a sentence that reports someone's view: quoted, or closed by ", Zhu said."
_OPINION_SENTENCE_RE = re.compile(
    r"[\"“”]|,\s+(?:[\w'’.-]+\s+){1,5}(?:said|says|added|noted|argued|believes|wrote|told\s+[\w\s]{1,30})\W*$"
)
_NOMINAL_SIGNING_RE = re.compile(r"(?i)(?:the\s+)?signing(?:\s+of)?")
_BATCH_AND_RE = re.compile(r"\s+(?:and|or|&)\s+")


def _one_counted_batch(text: str, valid: list[_Inst]) -> list[_Inst]:
    """A count over two coordinated plural instruments is one batch ("seven agreements and memoranda
    of understanding", "twelve agreements and declarations of intent"): the second joins the first."""
    out: list[_Inst] = []
    for inst in valid:
        prev = out[-1] if out else None
        if (prev is not None and not inst.name and _is_plural(inst.surface)
                and _is_plural(prev.surface) and _BATCH_AND_RE.fullmatch(text, prev.end, inst.start)
                and _quantity_span_before(text, prev.start)[0] is not None):
            prev.end = inst.end
            prev.cues = prev.cues + [c for c in inst.cues if c not in prev.cues]
            continue
        out.append(inst)
    return out


_PARTIES_OF_RE = re.compile(r"\s+(?:of|by|between)\s+")


def _parties_title(text: str, inst: _Inst, ctx: SentenceContext) -> bool:
    """The title words after the head are "of/by/between" and a phrase naming two countries."""
    m = _PARTIES_OF_RE.match(text, inst.head_end)
    if m is None:
        return False
    inside = [c for c in ctx.countries if m.end() <= c[0] and c[1] <= inst.end and c[3] in _ACTOR_KINDS]
    return len({c[2] for c in inside}) >= 2 and inside[-1][1] >= inst.end - 1


_DIGIT_RE = re.compile(r"\d")
_OF_YEAR_RE = re.compile(
    r"\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b(?!\s*[-–—/]\s*\d)"
)
# "the 2015 agreement", "the 1994 border treaty": a year right before a lower-case instrument
_YEAR_THE_RE = re.compile(r"(?i:\bthe)\s+(?:19|20)\d\d\s+(?:[a-z][\w-]*\s+){0,2}$")


def _dated_reference(text: str, inst: _Inst) -> bool:
    """A singular instrument dated by an "of <year>" complement ("replaced the treaty of 1977",
    "the Glomma Convention of 1998") or a year before it ("under the 2015 agreement"): a
    reference to an instrument concluded then."""
    if inst.generic or _is_plural(inst.surface):
        return False
    end = max(inst.end, inst.head_end)
    return ((text.startswith(" of ", end) and _OF_YEAR_RE.match(text, end) is not None)
            or (_DIGIT_RE.search(text, max(0, inst.start - 40), inst.start) is not None
                and _YEAR_THE_RE.search(text, max(0, inst.start - 40), inst.start) is not None))


def _reference_year(text: str, inst: _Inst) -> int | None:
    """The year of a dated reference (see :func:`_dated_reference`)."""
    m = _OF_YEAR_RE.match(text, max(inst.end, inst.head_end))
    if m is None:
        m = _YEAR_THE_RE.search(text, max(0, inst.start - 40), inst.start)
    y = _YEAR_RE.findall(m.group(0)) if m else []
    return int(y[-1]) if y else None


def _not_a_back_reference(text: str, inst: _Inst) -> bool:
    """False for a definite singular instrument without a signing of its own ("the border treaty
    ..., and it entered into force"); True (kept) otherwise."""
    if not inst.cues or any(c[2] == "signed" for c in inst.cues) or _is_plural(inst.surface):
        return True
    return _DEFINITE_BEFORE_RE.search(text, max(0, inst.start - 40), inst.start) is None


def _after_reference(d, prec: str | None, ref, ref_prec: str | None) -> bool:
    """The period of date ``d`` (at ``prec``) begins after the reference period, compared at the
    coarser precision; a day after a day reference is allowed (a wire filed overnight)."""
    if d is None or ref is None or prec not in _PERIOD_ORDER or ref_prec not in _PERIOD_ORDER:
        return False
    coarse = max(_PERIOD_ORDER[prec], _PERIOD_ORDER[ref_prec])
    if coarse == 2:
        return d.year > ref.year
    if coarse == 1:
        return (d.year, d.month) > (ref.year, ref.month)
    return (d - ref).days > 1


_PERIOD_ORDER = {"day": 0, "month": 1, "year": 2}


def _finest_dates(text: str, dates: list[tuple[int, int, object, str]]) -> list[tuple[int, int, object, str]]:
    """``dates`` without a coarse date written right next to a finer one inside it ("on Aug 13 last
    year": the day, not the year)."""
    if len(dates) < 2:
        return dates
    drop = None
    for a, b in zip(dates, dates[1:]):
        if b[0] - a[1] > 3 or a[2] is None or b[2] is None or a[3] == b[3]:
            continue  # (the dates of a sentence come in text order: only neighbours can touch)
        fine, coarse = (a, b) if _RANK.get(a[3], 3) < _RANK.get(b[3], 3) else (b, a)
        if coarse[3] not in ("year", "month") or fine[2].year != coarse[2].year:
            continue
        if coarse[3] == "month" and fine[2].month != coarse[2].month:
            continue
        if text[a[1] : b[0]].strip(" ,") == "":
            drop = (drop or set()) | {coarse}
    return [d for d in dates if d not in drop] if drop else dates


def _year_before_name(text: str, inst: _Inst) -> int | None:
    """The year written first in the instrument's phrase ("the 1929 Treaty of Lima", "the 2014
    memorandum"), not for programmes and outlines whose year is their period."""
    if inst.type in _PERIOD_TYPES:
        return None
    if text[inst.start : inst.start + 1] not in ("1", "2"):
        return None
    m = _YEAR_BEFORE_RE.match(text, inst.start)
    if m is None or m.end() > inst.head_start:
        return None
    return int(m.group(1))


@functools.lru_cache(maxsize=64)
def _stem_re(stem: str) -> re.Pattern[str]:
    return re.compile(stem, re.I)


def _fallback_date(text: str, low: str | None, ctx: SentenceContext) -> tuple[object, str] | None:
    """The date of an undated signing from the narrative: the paragraph's date; else, when the
    sentence is tied to an event ("Following the meeting", "witnessed the signing"), the date of the
    latest earlier sentence telling that event within the document's period; else the lede's date
    (its day only when tied to the lede's event, its last day for "at the conclusion of the visit",
    else its month)."""
    fb = ctx.fallback_date
    if fb is not None and not ctx.fallback_is_lede:
        return fb
    if fb is None and not ctx.earlier_days:
        # an undated signing in a headline ("Critical minerals MoU signed in Santiago"): the news of
        # the document's month
        return (ctx.heading_date.replace(day=1), "month") if ctx.heading_date is not None else None
    prev = ctx.previous_day
    if fb is not None and prev is not None and (prev.year, prev.month) == (fb[0].year, fb[0].month) \
            and not _anchored_end(text, low):
        # "Following the talks, ... witnessed the exchange of 14 documents. The two sides also issued a
        # joint statement": the narrative stays on the day of the signing just told
        return prev, "day"
    rx, s = _lex().anchor.on(text, low)
    m = rx.search(s)
    # (the end of an event, "at the conclusion of the visit", is no day an earlier sentence tells)
    at_end = m is not None and _anchored_end(text, low)
    if m is not None and ctx.earlier_days and not at_end:
        noun = _ANCHOR_NOUN_RE.search(text, m.start(), min(len(text), m.end() + 40))
        word = noun.group(1).lower() if noun else None
        stem = _EVENT_STEMS.get(word, rf"\b{word}") if word else None
        stem_rx = _stem_re(stem) if stem else None
        for sent, d, opening in reversed(ctx.earlier_days):
            if stem_rx is None or stem_rx.search(sent):
                if fb is None:
                    return d, "day"
                if opening is not None:
                    # with a lede, only a sentence opening on its date ("On 20 January, ...") moves
                    # the story to another day ("who arrived on Monday, held talks" does not)
                    return opening, "day"
    if fb is None:
        return (ctx.heading_date.replace(day=1), "month") if ctx.heading_date is not None else None
    d, p = fb
    if p == "day" and m is None:
        # not tied to the lede's event ("After the talks", "witnessed the signing"): the article
        # only tells the month
        return d.replace(day=1), "month"
    if p == "day" and ctx.fallback_end and at_end:
        return ctx.fallback_end, "day"  # "at the conclusion of the visit": its last day
    ref = ctx.reference
    if p == "day" and ctx.fallback_end and ref is not None and ref[1] == "day" and d < ref[0] <= ctx.fallback_end:
        # the lede gives the visit's span ("on a state visit from 16 to 18 June") and the report is of
        # a day within it: the signing at its event happened on the report's day
        return ref[0], "day"
    return d, p


def _anchored_end(text: str, low: str | None) -> bool:
    """The sentence is tied to the end of the lede's event ("at the conclusion of the visit")."""
    rx, s = _lex().anchor_end.on(text, low)
    return rx.search(s) is not None


def _anchored(text: str, low: str | None) -> bool:
    """The sentence is tied to the lede's event ("After the talks", "witnessed the signing")."""
    rx, s = _lex().anchor.on(text, low)
    return rx.search(s) is not None


def _parties(text: str, inst: _Inst, ctx: SentenceContext, c_start: int, c_end: int,
             cues: list[tuple[int, int, str, int]]) -> list[dict]:
    countries: list[str] = []
    out: list[dict] = []

    def add_country(iso3: str | None) -> None:
        if iso3 and iso3 not in countries:
            countries.append(iso3)

    # organisations in "between A and B" (not plain countries)
    orgs: list[tuple[str, str | None]] = []
    if inst.between:
        bs, be = inst.between
        body = _BETWEEN_RE.sub("", text[bs:be])
        body_off = be - len(body)
        parts = _split_between(body, body_off, ctx)
        for ps, pe in parts:
            ptxt = _clean_name(text[ps:pe])
            inside = [c for c in ctx.countries if ps <= c[0] and c[1] <= pe and c[3] in _ACTOR_KINDS]
            if len(inside) == 1 and inside[0][1] >= pe - 1 and _THE_RE.fullmatch(text, ps, inside[0][0]):
                continue  # a plain country ("the Republic of Indonesia")
            iso = inside[0][2] if inside else None
            orgs.append((ptxt, iso))
    for s, e, iso3, kind in ctx.countries:
        if c_start <= s < c_end and kind in _ACTOR_KINDS:
            add_country(iso3)
    # signatories: persons before the signing cue, not introduced as witnesses
    sign_cues = [c for c in inst.cues if c[2] == "signed"]
    if sign_cues:
        cue_at, cue_end = sign_cues[0][0], sign_cues[0][1]
        # "... was signed by A and B": the agents after "by", up to the clause end
        by = _BY_RE.match(text, cue_end)
        by_end = cue_end
        if by:
            stop = _BY_END_RE.search(text[cue_end:])
            by_end = cue_end + (stop.start() if stop else len(text) - cue_end)
        for ps, pe, pname, piso in ctx.persons:
            in_subject = c_start <= ps < cue_at or inst.end <= ps < cue_at
            if not in_subject and not (cue_end < ps < by_end):
                continue
            if ps < cue_at and _REPORTER_RE.match(text, pe, cue_at):
                continue  # "Minister X recalled that the BNC was established by an agreement signed ...": the teller
            lead = text[max(0, ps - 40) : ps].lower()
            if _WITNESS_RE.search(lead) or "witnessed" in text[pe:cue_at].lower():
                add_country(piso)
                continue
            out.append(_participant(pname, "person", piso, "signatory"))
            add_country(piso)
    for oname, oiso in orgs:
        out.append(_participant(oname, "organization", oiso, "party"))
        add_country(oiso)
    pair = list(ctx.pair) or list(ctx.dyad)
    if len(countries) < 2 and pair:
        if not countries:
            for c in pair[:2]:
                add_country(c)
        elif countries[0] in pair[:2] or _COLLECTIVE_RE.search(text):
            for c in pair[:2]:
                add_country(c)
    parties = [_participant(iso3_name(c), "country", c, "party") for c in countries]
    return parties + out


def _split_between(body: str, offset: int, ctx: SentenceContext) -> list[tuple[int, int]]:
    """Split "A and B" (each possibly containing "and") into two spans: at the "and" that is
    followed by a country word, else at the first "and"."""
    ands = list(_AND_RE.finditer(body))
    if not ands:
        return [(offset, offset + len(body))]
    choice = ands[0]
    for m in ands:
        pos = offset + m.end()
        if any(c[0] == pos and c[3] in _ACTOR_KINDS for c in ctx.countries):
            choice = m
            break
    return [(offset, offset + choice.start()), (offset + choice.end(), offset + len(body))]
