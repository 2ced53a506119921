"""The agreement lexicons, compiled once: instrument nouns and their types, signing/effective,
pending and anchor cues, topic intros and stops (``agreement_types`` and ``topics`` lexicons), and
the per-surface lookups on them (type, plural, general noun, cue role and window)."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

import polars as pl

from pipeline.extract.indicator_regex import fold_case, literal_gate
from pipeline.lexicons import read_lexicon

# instrument types no more specific than the general word "agreement" (which may name any type)
GENERAL_TYPES = frozenset({"agreement", "other"})
_PLURAL_RE = re.compile(r"(?i)(?:s|ies|memoranda|mous)$")


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
    anchor_cased: re.Pattern[str] | None = None  # anchor rows that tell case ("the SCO"): no folded twin
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
    # rows that switch case-insensitivity off (an acronym, "(?-i:[A-Z]{2,6})") cannot be folded:
    # they run apart, so the other rows keep their fast lower-cased twin
    folded_anchors = [p for p in anchors if "(?-i:" not in p]
    cased_anchors = [p for p in anchors if "(?-i:" in p]
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
        rf"|(?:{generic_alt})\W(?:[^.;:]{{0,80}}?\W)?(?:signed|inked|exchanged|concluded)(?-u:\b)"
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
        generic_gate=rf"(?i)(?-u:\b)(?:{generic_alt})" if generic else None,
        generic_prefilter=generic_filter,
        intro_re=re.compile(rf"(?<![\w-])(?i:{intro_alt})(?![\w-])"),
        keep=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "keep")["phrase"].to_list()),
        drop=frozenset(p.lower() for p in topics.filter(pl.col("kind") == "drop")["phrase"].to_list()),
        anchor_re=re.compile(rf"(?<![\w-])(?i:{'|'.join(anchors)})(?![\w-])" if anchors else r"(?!x)x"),
        stop_re=re.compile(rf"\s+(?i:{'|'.join(stops)})\b" if stops else r"(?!x)x"),
    )
    pending_re = re.compile(rf"(?<![\w-])(?i:{pend_alt})(?![\w-])" if pend_alt else r"(?!x)x")
    return dataclasses.replace(lex, instrument=_Rx(lex.instrument_re), cue=_Rx(lex.cue_re),
                               intro=_Rx(lex.intro_re),
                               anchor=_Rx(re.compile(rf"(?<![\w-])(?i:{'|'.join(folded_anchors)})(?![\w-])"
                                                     if folded_anchors else r"(?!x)x")),
                               anchor_cased=re.compile(rf"(?<![\w-])(?i:{'|'.join(cased_anchors)})(?![\w-])")
                               if cased_anchors else None,
                               anchor_end=_Rx(re.compile(rf"(?<![\w-])(?i:{'|'.join(anchor_ends)})(?![\w-])"
                                                         if anchor_ends else r"(?!x)x")),
                               intro_gate=literal_gate(intros), pending=_Rx(pending_re),
                               pending_rows=pend_rows,
                               generic_rows=tuple(re.compile(rf"(?i:{_rust_safe(p)})") for p in generic))


def anchor_search(text: str, low: str | None) -> re.Match[str] | None:
    """The first anchor cue of the sentence ("After the talks", "on the sidelines of the SCO"), on
    the folded twin when the sentence allows it; the match's spans are those of ``text``."""
    lex = _lex()
    rx, s = lex.anchor.on(text, low)
    m = rx.search(s)
    if lex.anchor_cased is not None:
        c = lex.anchor_cased.search(text)
        if c is not None and (m is None or c.start() <= m.start()):
            return c
    return m


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
