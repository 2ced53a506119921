"""Date extraction over a whole corpus at once (the implementation of
:func:`pipeline.extract.dates.extract_dates`).

It finds exactly what reading the sentences one by one with :func:`~pipeline.extract.dates.
parse_dates` finds, with far fewer Python calls:

* the sentences that may hold a date, and for each pattern the sentences that may hold a match
  (the per-sentence gates of :func:`~pipeline.extract.dates_gates._gates`, plus a necessary
  literal skeleton for the costlier patterns), are chosen with vectorised polars tests;
* each pattern then runs once over the sentences its gate admits, joined by ``"\\x00"``, a
  character no pattern matches or looks across; matches are mapped back to their sentence;
* only the choice among overlapping candidates and the resolution against the running narrative
  (:class:`~pipeline.extract.dates.DateContext`) are done sentence by sentence, in document order.

The cyclic garbage collector is paused meanwhile: the batch allocates millions of short-lived
objects and no reference cycles, and its repeated scans of every live object cost a third of the
time.
"""

from __future__ import annotations

import bisect
import itertools

import polars as pl

from pipeline.extract.dates_context import DATE_MENTIONS, DateContext
from pipeline.extract.dates_detect import _Cand, _select
from pipeline.extract.dates_gates import (
    _GATE_DAYRANGE,
    _GATE_DECADE,
    _GATE_DOM,
    _GATE_HEADING_MAX,
    _GATE_INST,
    _MONTH_PREFIXES,
    _GATE_NUMERIC,
    _GATE_QCODE,
    _GATE_YEAR4,
    _prefilter,
)
from pipeline.extract.dates_grammar import MON_ABBR_ALT as _MON_ABBR
from pipeline.extract.dates_grammar import MON_FULL_ALT as _MON_FULL
from pipeline.extract.dates_grammar import SEASONS, WEEKDAY
from pipeline.extract.dates_narrative import _resolve_sentence, end_of_stamp, stamp_read
from pipeline.extract.dates_patterns import _PATTERNS, _PRIO
from pipeline.extract.dates_tense import FUTURE_ANY_VEC, NOT_FUTURE
from pipeline.gc_pause import gc_paused

_GATE_MONTH_VEC = f"(?:{_MON_FULL}|{_MON_ABBR})"  # _GATE_MONTH without its look-ahead
_GATE_WD_VEC = WEEKDAY


_GATE_WORDS = (
    "fiscal financial year month last this next from between quarter half first months "
    "quarters coming past day yesterday today tomorrow tonight week that same following "
    "previous preceding prior before after later earlier ago ended ending to weekend season morning afternoon evening"
).split() + ["the ", " of the ", "r in the "]
_GATE_WORDS += [w for w in SEASONS if w not in _GATE_WORDS]  # the season names of seasons.csv
_GATE_BITS = [1 << i for i in range(len(_GATE_WORDS))]


_WS_VEC = r"[\s\x1c-\x1f]"  # Python's \s also matches \x1c-\x1f; the polars regex's does not
_MON_VEC = _GATE_MONTH_VEC + r"\.?"
_YEAR_VEC = r"(?:19|20)\d\d"
_DAY_VEC = r"[0-9]\d?(?:st|nd|rd|th)?"
# Necessary conditions of the costlier patterns (what any of their matches contains), used to
# narrow the set of sentences each is run on.
_TIGHT_GATES = {
    "iso": _YEAR_VEC + r"[-/][0-9]",
    "numeric": r"\d[/.]\d\d?[/.]" + _YEAR_VEC,
    "mdy": _MON_VEC + _WS_VEC + "+" + _DAY_VEC + "," + "?" + _WS_VEC + "+" + _YEAR_VEC,
    "dmy": r"\d(?:st|nd|rd|th)?(?:" + _WS_VEC + "+day)?(?:" + _WS_VEC + "+of)?" + _WS_VEC + "+" + _MON_VEC + ",?"
    + _WS_VEC + "+" + _YEAR_VEC,
    "my": _MON_VEC + "(?:" + _WS_VEC + "+of)?,?" + _WS_VEC + "+" + _YEAR_VEC,
    "md": _MON_VEC + _WS_VEC + "+[0-9]",
    "dm": r"\d(?:st|nd|rd|th)?(?:" + _WS_VEC + "+day)?(?:" + _WS_VEC + "+of)?" + _WS_VEC + "+" + _GATE_MONTH_VEC,
    "r_ydash": _YEAR_VEC + _WS_VEC + "*[-–—/]" + _WS_VEC + r"*\d",
    "shift": r"(?:year|month|day|week)s?" + _WS_VEC + "+(?:later|earlier|ago|before|after)",
}


def _gate_frame(texts: pl.Series) -> pl.DataFrame:
    """:func:`_gates` of every sentence of ``texts`` as boolean columns (the same tests,
    vectorised: each word or pattern is searched once, then combined)."""
    text = pl.col("text")
    frame = texts.fill_null("").to_frame("text").with_columns(text.str.to_lowercase().alias("_low"))
    low = pl.col("_low")
    atoms = frame.select(
        # which gate words occur: one Aho-Corasick pass reporting every occurrence of every word,
        # folded into a bit mask (one bit a word)
        _words=low.str.extract_many(_GATE_WORDS, overlapping=True)
        .list.eval(pl.element().replace_strict(_GATE_WORDS, _GATE_BITS, return_dtype=pl.Int64))
        .list.unique().list.sum(),
        **{
            f"c:{c}": text.str.contains(c, literal=True)
            for c in ("-", "–", "—", "/", "FY", "F.Y.", "Q", "H", "(")
        },
        y4=text.str.contains(_GATE_YEAR4.pattern),
        mon=text.str.contains(_GATE_MONTH_VEC),
        nmon=text.str.count_matches(_GATE_MONTH_VEC),
        dayrange=text.str.contains(_GATE_DAYRANGE.pattern),
        numeric=text.str.contains(_GATE_NUMERIC.pattern),
        qcode=text.str.contains(_GATE_QCODE.pattern),
        decade=text.str.contains(_GATE_DECADE.pattern),
        inst=text.str.contains(_GATE_INST.pattern),
        dom=text.str.contains(_GATE_DOM.pattern),
        heading=(text.str.len_chars() <= _GATE_HEADING_MAX)
        & text.str.to_lowercase().str.strip_chars_start().str.slice(0, 3).is_in(sorted(_MONTH_PREFIXES)),
        wd=text.str.contains(_GATE_WD_VEC),
        **{f"t:{tag}": text.str.contains(rx) for tag, rx in _TIGHT_GATES.items()},
    ).with_columns(**{f"w:{w}": (pl.col("_words") & b) != 0 for w, b in zip(_GATE_WORDS, _GATE_BITS)})

    def w(*words: str) -> pl.Expr:
        out = pl.col(f"w:{words[0]}")
        for x in words[1:]:
            out = out | pl.col(f"w:{x}")
        return out

    def c(*chars: str) -> pl.Expr:
        out = pl.col(f"c:{chars[0]}")
        for x in chars[1:]:
            out = out | pl.col(f"c:{x}")
        return out

    y4, mon = pl.col("y4"), pl.col("mon")
    fisc = w("fiscal", "financial")
    ym = w("year", "month")
    dash = c("-", "–", "—")
    slash = c("/")
    drange = mon & (pl.col("nmon") > 0) & pl.col("dayrange")
    mrange = mon & (pl.col("nmon") > 1)
    rel = w("last", "this", "next")
    gates = atoms.select(
        iso=y4 & (dash | slash),
        numeric=y4 & pl.col("numeric"),
        mdy=y4 & mon, dmy=y4 & mon, my=y4 & mon,
        r_mdd=drange, r_ddm=drange, r_mdmd=mrange, r_dmdm=mrange, r_mm=mrange,
        r_yy=y4 & w("from", "between"),
        r_ydash=y4 & (dash | slash),
        fy=c("FY", "F.Y."),
        season=y4 & c("(") & w("year", "season"),
        fiscal_after=y4 & fisc, fiscal_before=y4 & fisc, fiscal_rel=fisc,
        fiscal_end=y4 & mon & w("year", "months") & w("ended", "ending", "to"),
        rel_my=mon & w("year") & (rel | w("that", "same", "following", "previous")),
        same_period=w("same") & (w("year") | y4),
        quarter=w("quarter", "half"),
        q_code=pl.col("qcode"),
        q_code_rev=y4 & c("Q", "H"),
        part_anaphor=w("quarter", "half"),
        first_n=w("first") & w("months", "quarters"),
        months_to=mon & w("months"),
        md=mon, dm=mon, month=mon,
        inst=pl.col("inst"), dom=pl.col("dom"), month_heading=pl.col("heading"),
        decade=y4 & pl.col("decade"),
        year=y4,
        rel_month=mon & (rel | w("coming", "past")),
        weekday=w("day") & pl.col("wd"),
        weekend=w("weekend"),
        season_name=w(*SEASONS),
        deictic_day=w("yesterday", "today", "tomorrow", "tonight") | (w("this") & w("morning", "afternoon", "evening")),
        deictic=(ym | w("week")) & rel,
        anaphoric=(ym | w("day")) & w("that", "same", "following", "next", "previous", "preceding", "prior"),
        year_before=(ym | w("day")) & w("before", "after"),
        the_period=(ym & w("the ") & w(" of the ")) | w("r in the "),
        shift=(ym | w("day", "week")) & w("later", "earlier", "ago", "before", "after"),
    )
    # a pattern can only match where its literal skeleton occurs: narrower gates, same output
    return gates.with_columns(
        pl.col(tag) & atoms[f"t:{tag}"] for tag in _TIGHT_GATES
    )


_SEP = "\x00"  # joins sentences for one scan: no pattern matches or looks across it


def _detect_many(texts: list[str], gates: dict[str, list[int]]) -> list[list[_Cand] | None]:
    """:func:`_candidates` of many sentences at once: each pattern is run once over the
    sentences its gate admits (``gates[tag]`` = their indices), joined by ``_SEP``."""
    found: list[list[_Cand] | None] = [None] * len(texts)
    new = tuple.__new__  # builds a _Cand without a Python-level __new__ call
    for tag, rx in _PATTERNS:
        idx = gates.get(tag)
        if not idx:
            continue
        sub = [texts[i] for i in idx]
        offsets = list(itertools.accumulate([len(t) + 1 for t in sub], initial=0))
        prio = _PRIO[tag]
        for m in rx.finditer(_SEP.join(sub)):
            s, e = m.span()
            if e > s:
                k = bisect.bisect_right(offsets, s) - 1
                o = offsets[k]
                lst = found[idx[k]]
                if lst is None:
                    lst = found[idx[k]] = []
                lst.append(new(_Cand, (s - o, e - o, tag, m, prio, o)))
    return found


def _chosen_many(texts: pl.Series) -> list[tuple[_Cand, ...]]:
    """:func:`_chosen` for a column of sentences: gates vectorised, one scan per pattern."""
    if texts.len() == 0:
        return []
    # the candidates depend on the text only: a sentence written again (wire copy, a caption,
    # a boilerplate line) is gated, scanned and chosen once
    first = texts.is_first_distinct()
    if not first.all():
        distinct = texts.filter(first)
        by_text = dict(zip(distinct.to_list(), _chosen_distinct(distinct)))
        return [by_text[v] for v in texts.to_list()]
    return _chosen_distinct(texts)


def _chosen_distinct(texts: pl.Series) -> list[tuple[_Cand, ...]]:
    """:func:`_chosen_many` of a column of (preferably distinct) sentences."""
    gate_frame = _gate_frame(texts)
    gates = {tag: gate_frame[tag].arg_true().to_list() for tag in gate_frame.columns}
    values = texts.to_list()
    found = _detect_many(values, gates)
    return [tuple(_select(t, c)) if c else () for t, c in zip(values, found)]


def extract_dates(sentences: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """:func:`pipeline.extract.dates.extract_dates`, batched (see the module docstring)."""
    if sentences.height == 0:
        return pl.DataFrame(schema=DATE_MENTIONS)
    with gc_paused():
        return _extract_dates(sentences, documents)


def _extract_dates(sentences: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    refs = documents.select(
        pl.col("doc_id"),
        pl.col("reference_date").cast(pl.Date) if "reference_date" in documents.columns
        else pl.lit(None, dtype=pl.Date).alias("reference_date"),
        pl.col("reference_precision").cast(pl.String) if "reference_precision" in documents.columns
        else pl.lit("unknown").alias("reference_precision"),
    ).unique("doc_id", keep="first")
    # the documents' texts: paragraph breaks, and the main country (fiscal years)
    doc_texts: dict[str, str] = {}
    if "text" in documents.columns:
        doc_texts = dict(zip(documents["doc_id"].to_list(), documents["text"].to_list()))
    cols = ["doc_id", "sentence_id", "char_start", "text"]
    has_bp = "is_boilerplate" in sentences.columns
    cand = (
        sentences.select(cols + (["is_boilerplate"] if has_bp else []))
        .filter(_prefilter(pl.col("text")))
        .join(refs, on="doc_id", how="left")
        .sort("doc_id", "sentence_id")
    )
    if cand.height == 0:
        return pl.DataFrame(schema=DATE_MENTIONS)
    chosen = _chosen_many(cand["text"])
    keep = [i for i, c in enumerate(chosen) if c]
    if not keep:
        return pl.DataFrame(schema=DATE_MENTIONS)
    rows = cand[keep]
    # the future-marker test of every sentence at once (the year of a partial date asks it)
    low = rows["text"].unique().to_frame().filter(
        ~pl.col("text").str.to_lowercase().str.contains(FUTURE_ANY_VEC)
    )
    NOT_FUTURE.update(low["text"].to_list())
    try:
        return _resolve_rows(rows, keep, chosen, doc_texts, has_bp)
    finally:
        NOT_FUTURE.clear()


def _resolve_rows(
    rows: pl.DataFrame, keep: list[int], chosen: list, doc_texts: dict[str, str], has_bp: bool
) -> pl.DataFrame:
    """Resolve the chosen expressions of ``rows`` (candidate sentences in document order)."""
    doc_ids = rows["doc_id"].to_list()
    boiler = rows["is_boilerplate"].to_list() if has_bp else itertools.repeat(False)
    out: list[tuple] = []  # one tuple per mention, in DATE_MENTIONS order
    add = out.append
    cur_doc = None
    doc_text: str | None = None
    prev = 0
    ctx = DateContext(None, "unknown")
    for doc_id, sid, base, text, bp, ref, ref_precision, k in zip(
        doc_ids, rows["sentence_id"].to_list(), rows["char_start"].to_list(),
        rows["text"].to_list(), boiler, rows["reference_date"].to_list(),
        rows["reference_precision"].to_list(), keep,
    ):
        if doc_id != cur_doc:
            cur_doc = doc_id
            doc_text = doc_texts.get(doc_id)
            ctx = DateContext(ref, ref_precision or "unknown", doc_text=doc_text)
            if ctx.reference is None:
                ctx.reference_precision = "unknown"
        elif doc_text is not None and doc_text.find("\n", prev, base) >= 0:
            ctx.paragraph_break()  # a line break since the last sentence read
        prev = base
        use = ctx.detached() if bp else ctx
        end_of_stamp(use, base)
        for start, end, surface, value, kind, qualifier in _resolve_sentence(text, chosen[k], use):
            add((cur_doc, sid, base + start, base + end, surface, value.start, value.end,
                 value.precision, kind, qualifier))
        stamp_read(use, base + len(text))
    columns = list(zip(*out)) if out else [[] for _ in DATE_MENTIONS]
    return pl.DataFrame(dict(zip(DATE_MENTIONS, columns)), schema=DATE_MENTIONS)
