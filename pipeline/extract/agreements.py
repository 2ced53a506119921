"""Agreement mentions: signed or issued instruments (treaties, FTAs, protocols, MoUs, joint
statements, executive programmes, cooperation outlines, "agreements were signed covering ...").

A mention needs either a signing/issuing/entry-into-force cue bound to the instrument ("signed a
free trade agreement", "MoUs were signed", "which entered into force in July 2007") or a named
instrument ("the Protocol to Amend the Free Trade Agreement between China and Pakistan").
Instrument words and cue verbs are data (``lexicons/agreement_types.csv``), as is the grammar of
topic lists (``lexicons/topics.csv``).

For every mention the extractor fills:

* ``name`` — a capitalised title, extended left over title words ("2012—2020 Space Cooperation
  Outline", dashes normalised) and right over connectors followed by title words ("Agreement on
  Trade in Services of the China-Pakistan FTA"); a "between" phrase is part of the name only when
  it follows a nested instrument ("Protocol to Amend the Free Trade Agreement between China and
  Pakistan") — right after the head it names the parties.  A lower-case instrument with an "on"
  complement is named by it ("Joint statement on the launch of negotiations for ...").
* ``agreement_type`` from the head instrument word; ``quantity`` from a count before it ("14
  Executive Programs", "over a dozen agreements"; "multiple", "several", "a number of" -> null).
* ``signed_date`` / ``effective_date``: dates in the instrument's clause; a date after an
  entry-into-force cue is the effective date.  Without any date in the sentence, the narrative
  date (latest date earlier in the paragraph, else the lede's event date when it lies within the
  document's reference period — its day only when the sentence is anchored to that event, "After
  the talks, ...", else its month) — never for cumulative perfect-tense statements ("have signed").
* ``parties`` — countries named in the clause, the countries of signatory persons, organisations
  in a "between A and B" phrase (with the country word in their name), completed from the
  narrative pair of countries ("the two sides", "both countries") or the document's dyad.
* ``topics`` — the list after "to enhance cooperation in", "covering ... in areas of",
  "focusing on areas like", or an "<instrument> on <topics>" complement.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from pipeline.extract.numbers import currency_word_at, find_quantities
from pipeline.lexicons import read_lexicon
from pipeline.model import AGREEMENT_MENTIONS, empty, from_records

__all__ = ["extract_agreements", "find_agreements", "SentenceContext", "split_topics"]

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
_NAME_CONNECTORS = frozenset("of on in for to and the between concerning regarding".split())
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
    r"\s+(?:in|at|on|during|with|between|to|which|that|under|after|before|while|and\s+(?:said|agreed|"
    r"vowed))\s+(?=[A-Z0-9])|[,;:.!?()\"“”]|\s+(?:which|that|who|while|during|at|after|before)\b"
)


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
    inst = df.filter(pl.col("role") == "instrument")
    inst_pats = inst["pattern"].to_list()
    inst_types = inst["agreement_type"].to_list()
    cues = df.filter(pl.col("role").is_in(["signed", "effective"]))
    anchors = df.filter(pl.col("role") == "anchor")["pattern"].to_list()
    # longest alternatives first so that the regex engine prefers them at one position
    inst_alt = "|".join(sorted(inst_pats, key=len, reverse=True))
    cue_alt = "|".join(sorted(cues["pattern"].to_list(), key=len, reverse=True))
    inst_rows = tuple((re.compile(rf"(?i:{p})"), t) for p, t in zip(inst_pats, inst_types))
    cue_rows = tuple(
        (re.compile(rf"(?i:{p})"), r, int(w) if w else 8)
        for p, r, w in cues.select("pattern", "role", "window").iter_rows()
    )
    topics = read_lexicon("topics")
    intros = topics.filter(pl.col("kind") == "intro")["phrase"].to_list()
    intro_alt = "|".join(sorted(intros, key=len, reverse=True))
    stops = topics.filter(pl.col("kind") == "stop")["phrase"].to_list()
    return _Lex(
        instrument_re=re.compile(rf"(?<![\w-])(?i:{inst_alt})(?![\w-])"),
        instrument_rows=inst_rows,
        cue_re=re.compile(rf"(?<![\w-])(?i:{cue_alt})(?![\w-])"),
        cue_rows=cue_rows,
        prefilter=rf"(?i)\b(?:{_rust_safe(inst_alt)})\b",
        intro_re=re.compile(rf"(?<![\w-])(?i:{intro_alt})(?![\w-])"),
        keep=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "keep")["phrase"].to_list()),
        drop=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "drop")["phrase"].to_list()),
        anchor_re=re.compile(rf"(?<![\w-])(?i:{'|'.join(anchors)})(?![\w-])" if anchors else r"(?!x)x"),
        stop_re=re.compile(rf"\s+(?i:{'|'.join(stops)})\b" if stops else r"(?!x)x"),
    )


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
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    persons: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    dates: list[tuple[int, int, object, str]] = field(default_factory=list)
    fallback_date: tuple[object, str] | None = None
    fallback_is_lede: bool = False
    pair: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()


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


# --- name building ----------------------------------------------------------------------------------


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD_RE.finditer(text)]


def _is_title_word(tok: str) -> bool:
    return tok[:1].isupper() or bool(_YEAR_RANGE_RE.match(tok))


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces (no punctuation) between offsets a and b."""
    return text[a:b].strip() == ""


def _extend_name(text: str, inst: _Inst, toks: list[tuple[int, int, str]], heads: list[tuple[int, int]],
                 blocked: list[tuple[int, int]]) -> None:
    """Grow ``inst`` to its capitalised title (left and right) and record nested heads."""
    # first and last token of the head
    i0 = next((i for i, (s, e, _t) in enumerate(toks) if s <= inst.head_start < e), None)
    i1 = next((i for i, (s, e, _t) in enumerate(toks) if s < inst.head_end <= e), None)
    if i0 is None or i1 is None:
        return
    head_tok = toks[i0][2]
    acronym = sum(c.isupper() for c in inst.surface) >= 2 and " " not in inst.surface
    inst.titled = head_tok[:1].isupper() and not acronym  # "MoU", "FTA" are not titles by themselves
    # left: contiguous title words
    start_i = i0
    j = i0 - 1
    while j >= 0:
        s, e, t = toks[j]
        if not _gap_ok(text, e, toks[j + 1][0]):
            break
        if t.endswith(("'s", "’s")) or not _is_title_word(t) or _in_spans(s, blocked):
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
    while k < len(toks):
        s, e, t = toks[k]
        if not _gap_ok(text, toks[k - 1][1], s):
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
        nxt = toks[m]
        if not (_is_title_word(nxt[2]) and not nxt[2].isdigit()) or _in_spans(nxt[0], blocked):
            break
        if conns[0] == "and" and toks[k - 1][2][:1].islower():
            break
        if "between" in conns and between_at is None:
            between_at = k
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
            tail = re.search(r"\s(?:on|for|concerning|regarding)\s+[A-Z]", text[bstart:inst.end])
            if tail is None:
                inst.end = toks[between_at - 1][1]
                inst.absorbed = [(s, e) for s, e in inst.absorbed if e <= inst.end]
    # a title that sits inside a longer non-instrument title ("Summit for a New ... Pact")
    j = start_i - 1
    conns = 0
    while j >= 0 and toks[j][2].lower() in ("a", "an", "the", "for", "of", "on", "to", "at", "in", "and"):
        conns += 1
        j -= 1
    if conns and j >= 0 and _is_title_word(toks[j][2]) and toks[j][2] not in _SENTENCE_WORDS and j > 0:
        inst.embedded = True


def _clean_name(s: str) -> str:
    s = re.sub(r"[—–]", "-", s)
    s = s.replace("’", "'")
    s = re.sub(r"\s+", " ", s).strip(" ,.;:")
    return s


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
        inst.name = name
        return
    # lower-case singular instrument + "on <complement>" -> descriptive name
    if inst.titled or is_plural:
        return
    m = re.match(r"\s+on\s+", text[inst.head_end :])
    if not m:
        return
    comp_start = inst.head_end + m.end()
    rest = text[comp_start:]
    if _DETERMINER_RE.match(rest) is None and not rest[:1].islower():
        return
    if _WEEKDAY_RE.match(rest) or _in_spans(comp_start, dates):
        return
    if re.match(r"(?i)the\s+(?:sidelines|occasion|same|day|eve|basis)\b", rest):
        return
    end = comp_start + _complement_end(rest, dates, comp_start)
    if end - comp_start < 3:
        return
    inst.complement_end = end
    inst.absorbed = inst.absorbed + [
        (s, e) for s, e in heads if inst.head_end <= s and e <= end and (s, e) not in inst.absorbed
    ]
    full = _clean_name(text[inst.head_start : end])
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
            pm = re.search(r"\s+(?:on|in|at|since|from|of)?\s*$", pre)
            cut = pm.start() if pm else s - offset
    return cut


# --- topics -------------------------------------------------------------------------------------------

_LEADING_RE = re.compile(
    r"(?i)^(?:and|or|as well as|including|such as|especially|particularly|like|notably|namely|in)\s+"
)


def _norm_topic(t: str) -> str:
    words = []
    for w in t.replace("’", "'").split():
        if sum(c.isupper() for c in w) >= 2:
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
    s = re.split(r"[.;:()]|\s[—–-]\s", s, maxsplit=1)[0]
    items = [i.strip() for i in re.split(r",", s)]
    items = [i for i in items if i and i.lower() not in lex.drop]
    serial = any(re.match(r"(?i)(?:and|or)\s", i) for i in items[1:])
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
            parts = [p for p in re.split(r"\s+and\s+", item) if p]
        for p in parts:
            p = _norm_topic(p)
            if not p or p in lex.drop or len(p.split()) > 6:
                continue
            if p not in out:
                out.append(p)
    return out


def _topics_for(text: str, inst: _Inst, region_end: int) -> list[str]:
    lex = _lex()
    start = max(inst.end, inst.head_end)
    m = lex.intro_re.search(text, start, region_end)
    if m:
        return split_topics(text[m.end() : region_end])
    # "<instrument> on <list>" (also for a nested instrument inside a descriptive name)
    for hs, he in [(inst.head_start, inst.head_end)] + inst.absorbed:
        om = re.match(r"\s+on\s+", text[he:])
        if not om:
            continue
        rest = text[he + om.end() : region_end]
        if not rest or _DETERMINER_RE.match(rest) or not rest[:1].islower() and not rest[:2].isupper():
            continue
        cm = re.search(r"\s+(?:in|at|on|during|with|to)\s+(?=[A-Z0-9])|[;:.!?()]", rest)
        seg = rest[: cm.start()] if cm else rest
        if seg and len(seg.split()) <= 16:
            return split_topics(seg)
    return []


# --- quantity -----------------------------------------------------------------------------------------

_FUNC = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their this these those than signed sides countries nations leaders parties".split()
)


def _quantity_before(text: str, start: int) -> int | None:
    window = text[max(0, start - 60) : start]
    qs = [q for q in find_quantities(window) if q.kind in ("number", "count")]
    if not qs:
        return None
    q = qs[-1]
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
    heads = []
    for m in lex.instrument_re.finditer(text):
        if heads and _gap_ok(text, heads[-1][1], m.start()) and text[heads[-1][1] : m.start()]:
            # a compound of instrument words ("transit trade agreement protocol"): one instrument,
            # named by its last word
            heads[-1] = (heads[-1][0], m.end())
            continue
        heads.append((m.start(), m.end()))
    if not heads:
        return []
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
        if insts and re.fullmatch(r"\s*\(\s*", text[insts[-1].head_end : hs]) and insts[-1].type == _instrument_type(text[hs:he]):
            insts[-1].end = max(insts[-1].end, text.find(")", he) + 1 if text.find(")", he) >= 0 else he)
            covered.append((hs, insts[-1].end))
            continue
        surface = text[hs:he]
        inst = _Inst(hs, he, hs, he, _instrument_type(surface), surface)
        _extend_name(text, inst, toks, heads, blocked)
        plural = bool(re.search(r"(?i)(?:s|ies|memoranda|mous)$", surface)) and not surface.lower().endswith(("ss", "us"))
        if surface.lower().endswith("mous"):
            plural = True
        _finish_name(text, inst, date_spans, plural, heads)
        # the type of a title is its first instrument word ("Protocol to Amend the FTA")
        first = min([(inst.head_start, inst.head_end)] + inst.absorbed)
        if first != (inst.head_start, inst.head_end) and first[0] >= inst.start:
            inst.type = _instrument_type(text[first[0] : first[1]])
        insts.append(inst)
        covered.append((inst.start, inst.end))
        for s, e in inst.absorbed:
            covered.append((s, e))
    if not insts:
        return []
    # cues
    cues = []
    for m in lex.cue_re.finditer(text):
        if any(i.start <= m.start() < i.end for i in insts if i.name):
            continue
        role, window = _cue_role(m.group(0))
        cues.append((m.start(), m.end(), role, window))
    for c_start, c_end, role, window in cues:
        bound = False
        # cue before the instrument(s): within `window` words, no clause break
        for inst in insts:
            if inst.start < c_end:
                continue
            gap = text[c_end : inst.start]
            if re.search(r"[;.:!?]", gap) or len(gap.split()) > window:
                break
            if role == "signed" and re.search(r"(?i)\b(?:views|opinions|ideas|notes)\b", gap):
                break
            if re.match(r"(?i)\s*(?:on|about|over|regarding|concerning|at|for|with|in|during|under)\b", gap):
                break  # "views were exchanged on the agreement": not its object
            inst.cues.append((c_start, c_end, role))
            bound = True
        # cue after an instrument ("MoUs were signed", "a joint statement issued in ...")
        prev = [i for i in insts if i.end <= c_start]
        if prev:
            inst = prev[-1]
            if _AUX_RE.match(text[inst.end : c_start]):
                inst.cues.append((c_start, c_end, role))
                bound = True
            elif role == "effective" and not bound and _PRONOUN_BEFORE_RE.search(text[: c_start]):
                inst.cues.append((c_start, c_end, role))
                bound = True
    out: list[dict] = []
    # without a cue, only a named instrument or one with its parties ("the Joint Statement between
    # A and B") is a mention; a bare "the Agreement" is a reference to something said elsewhere
    valid = [i for i in insts if i.cues or i.name or (i.titled and i.head_start > 0 and i.between)]
    valid = [i for i in valid if i.cues or not i.embedded]
    if not valid:
        return []
    # clause of each instrument: from its governing cue to the next instrument's
    anchors = []
    for i in valid:
        pre = [c[0] for c in i.cues if c[0] < i.start]
        anchors.append(min(pre) if pre else i.start)
    cue_positions = sorted((c[0], c[2]) for c in cues)
    has_any_date = bool(ctx.dates)
    perfect = bool(_PERFECT_RE.search(text))
    for n, inst in enumerate(valid):
        clause_start = 0 if n == 0 else anchors[n]
        clause_end = anchors[n + 1] if n + 1 < len(valid) else len(text)
        name_spans = [(inst.start, inst.end)] + [(i.start, i.end) for i in valid if i is not inst]
        signed: list[tuple[int, object, str]] = []
        effective: list[tuple[int, object, str]] = []
        for ds, de, dval, prec in ctx.dates:
            if not (clause_start <= ds < clause_end) or dval is None:
                continue
            if any(s <= ds < e for s, e in name_spans) and not (inst.complement_end and ds >= inst.complement_end):
                continue
            before = [r for p, r in cue_positions if p < ds and p >= clause_start]
            role = before[-1] if before else "signed"
            # distance to the governing cue (or to the instrument when it has none)
            ref_spans = [(c[0], c[1]) for c in inst.cues if c[2] == role] or [(inst.start, inst.end)]
            dist = min(min(abs(ds - ce), abs(cs - de)) for cs, ce in ref_spans)
            (effective if role == "effective" else signed).append((dist, dval, prec))
        rank = {"day": 0, "month": 1, "year": 2, "unknown": 3}
        sd = min(signed, key=lambda t: (t[0], rank.get(t[2], 3))) if signed else None
        ed = min(effective, key=lambda t: (t[0], rank.get(t[2], 3))) if effective else None
        signed_date, signed_prec = (sd[1], sd[2]) if sd else (None, "unknown")
        if sd is None and not has_any_date and not perfect and ctx.fallback_date is not None:
            if any(c[2] == "signed" for c in inst.cues):
                signed_date, signed_prec = ctx.fallback_date
                if ctx.fallback_is_lede and signed_prec == "day" and not lex.anchor_re.search(text):
                    # not tied to the lede's event ("After the talks", "witnessed the signing"):
                    # the article only tells the month
                    signed_date, signed_prec = signed_date.replace(day=1), "month"
        eff_date, eff_prec = (ed[1], ed[2]) if ed else (None, "unknown")
        # topics: after the instrument, before the next instrument
        region_end = valid[n + 1].start if n + 1 < len(valid) else len(text)
        topics = _topics_for(text, inst, region_end)
        # "12 agreements and MoUs in areas such as ...": coordinated instruments share the list
        k = n
        while not topics and k + 1 < len(valid) and re.fullmatch(r"\s*(?:,|and|or|as well as)\s*(?:and\s+)?", text[valid[k].end : valid[k + 1].start]):
            k += 1
            nxt_end = valid[k + 1].start if k + 1 < len(valid) else len(text)
            topics = _topics_for(text, valid[k], nxt_end)
        topic_start = region_end
        im = lex.intro_re.search(text, max(inst.end, inst.head_end), region_end)
        if im:
            topic_start = im.start()
        # parties
        parties = _parties(text, inst, ctx, clause_start, min(clause_end, topic_start), cues)
        qty = _quantity_before(text, inst.start)
        out.append(
            {
                "char_start": inst.start if qty is None else _qstart(text, inst.start),
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
    return out


def _qstart(text: str, start: int) -> int:
    window_start = max(0, start - 60)
    qs = [q for q in find_quantities(text[window_start:start]) if q.kind in ("number", "count")]
    return window_start + qs[-1].start if qs else start


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
        body = re.sub(r"^\s*between\s+", "", text[bs:be])
        body_off = be - len(body)
        parts = _split_between(body, body_off, ctx)
        for ps, pe in parts:
            ptxt = _clean_name(text[ps:pe])
            inside = [c for c in ctx.countries if ps <= c[0] and c[1] <= pe and c[3] in _ACTOR_KINDS]
            if len(inside) == 1 and inside[0][0] == ps and inside[0][1] >= pe - 1:
                continue  # a plain country
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
        by = re.match(r"\s+by\s+", text[cue_end:])
        by_end = cue_end
        if by:
            stop = re.search(r"[;.]|\s(?:while|whereas|and\s+(?:it|the)\b)", text[cue_end:])
            by_end = cue_end + (stop.start() if stop else len(text) - cue_end)
        for ps, pe, pname, piso in ctx.persons:
            in_subject = c_start <= ps < cue_at or inst.end <= ps < cue_at
            if not in_subject and not (cue_end < ps < by_end):
                continue
            lead = text[max(0, ps - 40) : ps].lower()
            if re.search(r"witness|presence of|attended by", lead) or "witnessed" in text[pe:cue_at].lower():
                add_country(piso)
                continue
            out.append(_participant(pname, "person", piso, "signatory"))
            add_country(piso)
    for oname, oiso in orgs:
        out.append(_participant(oname, "organization", oiso, "party"))
        add_country(oiso)
    pair = list(ctx.pair) or list(ctx.dyad)
    collective = bool(_COLLECTIVE_RE.search(text))
    if len(countries) < 2 and pair:
        if not countries:
            for c in pair[:2]:
                add_country(c)
        elif countries[0] in pair[:2] or collective:
            for c in pair[:2]:
                add_country(c)
    from pipeline.extract.countries import iso3_name

    parties = [_participant(iso3_name(c), "country", c, "party") for c in countries]
    return parties + out


def _split_between(body: str, offset: int, ctx: SentenceContext) -> list[tuple[int, int]]:
    """Split "A and B" (each possibly containing "and") into two spans: at the "and" that is
    followed by a country word, else at the first "and"."""
    ands = [m for m in re.finditer(r"\s+and\s+", body)]
    if not ands:
        return [(offset, offset + len(body))]
    choice = ands[0]
    for m in ands:
        pos = offset + m.end()
        if any(c[0] == pos and c[3] in _ACTOR_KINDS for c in ctx.countries):
            choice = m
            break
    return [(offset, offset + choice.start()), (offset + choice.end(), offset + len(body))]


# --- frames -------------------------------------------------------------------------------------------

_DATELINE_AFTER_RE = re.compile(r"^[^a-z]{0,12}(?:\(|/|[—–]|--)")


def _is_dateline(text: str, s: int, e: int) -> bool:
    """A date at the head of a sentence followed by "(AGENCY)", "/PRNewswire/" or a dash."""
    return s < 45 and bool(_DATELINE_AFTER_RE.match(text[e : e + 30]))


def _paragraph_ids(doc_text: str, sents: list[tuple[int, int, int]]) -> dict[int, int]:
    """sentence_id -> paragraph number (a newline between two sentences starts a paragraph)."""
    out: dict[int, int] = {}
    para = 0
    prev_end = None
    for sid, s, e in sents:
        if prev_end is not None and "\n" in doc_text[prev_end:s]:
            para += 1
        out[sid] = para
        prev_end = e
    return out


def extract_agreements(sentences: pl.DataFrame, documents: pl.DataFrame, persons: pl.DataFrame,
                       countries: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Agreement mentions of all documents (schema :data:`pipeline.model.AGREEMENT_MENTIONS`).

    ``sentences``: model.SENTENCES (boilerplate skipped); ``documents``: model.DOCUMENTS;
    ``persons``: model.PERSON_MENTIONS; ``countries``: country_mentions(sentences);
    ``dates``: extract_dates(sentences, documents).  Offsets are document offsets.
    """
    if sentences.height == 0:
        return empty(AGREEMENT_MENTIONS)
    sents = sentences
    if "is_boilerplate" in sents.columns:
        sents = sents.filter(~pl.col("is_boilerplate").fill_null(False))
    cand = sents.filter(pl.col("text").str.contains(_lex().prefilter))
    if cand.height == 0:
        return empty(AGREEMENT_MENTIONS)
    docs = set(cand["doc_id"].unique().to_list())

    def _rows_by_doc(df: pl.DataFrame | None, cols: list[str]) -> dict[str, list[tuple]]:
        res: dict[str, list[tuple]] = {}
        if df is None or df.height == 0 or not set(cols) <= set(df.columns):
            return res
        for r in df.filter(pl.col("doc_id").is_in(list(docs))).select(cols).iter_rows():
            res.setdefault(r[0], []).append(r[1:])
        return res

    c_rows = _rows_by_doc(countries, ["doc_id", "sentence_id", "char_start", "char_end", "iso3", "kind"])
    p_rows = _rows_by_doc(persons, ["doc_id", "sentence_id", "char_start", "char_end", "name", "country_iso3"])
    d_rows = _rows_by_doc(dates, ["doc_id", "sentence_id", "char_start", "char_end", "date_start", "precision"])
    doc_info = {}
    if documents is not None and documents.height:
        cols = [c for c in ("doc_id", "text", "reference_date", "reference_precision") if c in documents.columns]
        for r in documents.filter(pl.col("doc_id").is_in(list(docs))).select(cols).iter_rows(named=True):
            doc_info[r["doc_id"]] = r
    all_sents = _rows_by_doc(sents, ["doc_id", "sentence_id", "char_start", "char_end", "text"])
    cand_by_doc = _rows_by_doc(cand, ["doc_id", "sentence_id", "char_start", "text"])
    records: list[dict] = []
    for doc_id in sorted(docs):
        info = doc_info.get(doc_id, {})
        doc_text = info.get("text") or ""
        srows = sorted(all_sents.get(doc_id, []), key=lambda r: r[1])
        sent_text = {sid: (s, t) for sid, s, _e, t in srows}
        para = _paragraph_ids(doc_text, [(sid, s, e) for sid, s, e, _t in srows]) if doc_text else {
            sid: sid for sid, _s, _e, _t in srows
        }
        # "U.S. dollars", "Pakistani rupees": a country word inside a currency name is no country
        c_doc = [r for r in c_rows.get(doc_id, []) if not currency_word_at(doc_text, r[2])] if doc_text else c_rows.get(doc_id, [])
        ccount = Counter(iso for _sid, _s, _e, iso, k in c_doc if k in _ACTOR_KINDS)
        dyad = tuple(c for c, _n in ccount.most_common(2))
        by_sent_c: dict[int, list] = {}
        for sid, s, e, iso, k in c_doc:
            by_sent_c.setdefault(sid, []).append((s, e, iso, k))
        by_sent_p: dict[int, list] = {}
        for sid, s, e, name, iso in p_rows.get(doc_id, []):
            by_sent_p.setdefault(sid, []).append((s, e, name, iso))
        by_sent_d: dict[int, list] = {}
        for sid, s, e, d, prec in d_rows.get(doc_id, []):
            if d is None or prec in (None, "unknown"):
                continue
            st = sent_text.get(sid)
            if st and _is_dateline(st[1], s - st[0], e - st[0]):
                continue
            by_sent_d.setdefault(sid, []).append((s, e, d, prec))
        lede = _lede_date(srows, by_sent_d, info)
        order = [sid for sid, _s, _e, _t in srows]
        for sid, offset, text in sorted(cand_by_doc.get(doc_id, [])):
            narrative = _narrative_date(sid, order, para, by_sent_d)
            ctx = SentenceContext(
                countries=[(s - offset, e - offset, iso, k) for s, e, iso, k in by_sent_c.get(sid, [])],
                persons=[(s - offset, e - offset, n, iso) for s, e, n, iso in by_sent_p.get(sid, [])],
                dates=[(s - offset, e - offset, d, p) for s, e, d, p in by_sent_d.get(sid, [])],
                fallback_date=narrative or lede,
                fallback_is_lede=narrative is None,
                pair=_narrative_pair(sid, order, by_sent_c),
                dyad=dyad,
            )
            for r in find_agreements(text, ctx):
                r["doc_id"] = doc_id
                r["sentence_id"] = sid
                r["char_start"] += offset
                r["char_end"] += offset
                records.append(r)
    return from_records(records, AGREEMENT_MENTIONS)


def _narrative_pair(sid: int, order: list[int], by_sent_c: dict[int, list]) -> tuple[str, ...]:
    """The two countries of the most recent sentence (this one or up to 8 before) naming two."""
    try:
        i = order.index(sid)
    except ValueError:
        return ()
    for j in range(i, max(-1, i - 9), -1):
        isos: list[str] = []
        for _s, _e, iso, k in by_sent_c.get(order[j], []):
            if k in _ACTOR_KINDS and iso not in isos:
                isos.append(iso)
        if len(isos) >= 2:
            return tuple(isos[:2])
    return ()


def _narrative_date(sid: int, order: list[int], para: dict[int, int], by_sent_d: dict[int, list]):
    """Latest date of the nearest earlier sentence of the same paragraph, or None."""
    try:
        i = order.index(sid)
    except ValueError:
        return None
    for j in range(i - 1, -1, -1):
        if para.get(order[j]) != para.get(sid):
            break
        ds = by_sent_d.get(order[j])
        if ds:
            s, e, d, p = ds[-1]
            return (d, p)
    return None


def _lede_date(srows: list[tuple], by_sent_d: dict[int, list], info: dict):
    """The event date of the lede: the first dated sentence's first date, kept only when it lies
    within the document's reference period (an article reports recent events)."""
    ref = info.get("reference_date")
    ref_prec = info.get("reference_precision") or "unknown"
    if ref is None or ref_prec == "unknown":
        return None
    for sid, _s, _e, _t in srows[:12]:
        ds = by_sent_d.get(sid)
        if not ds:
            continue
        _s0, _e0, d, p = ds[0]
        if p not in ("day", "month"):
            continue
        if ref_prec == "day":
            ok = 0 <= (ref - d).days <= 7 or (p == "month" and (d.year, d.month) == (ref.year, ref.month))
        elif ref_prec == "month":
            ok = (d.year, d.month) == (ref.year, ref.month)
        else:
            ok = d.year == ref.year
        return (d, p) if ok else None
    return None
