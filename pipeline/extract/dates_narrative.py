"""Reading a document's sentences in order: each sentence's chosen expressions are resolved
(:func:`parse_dates`, :func:`_resolve_sentence`) and move the narrative state from one to the
next: a fronted adverbial sets the frame year, a deictic expression elsewhere ends it, a topic
sentence opens a paragraph's year; background (targets, "since" phrases) moves nothing."""

from __future__ import annotations

import re

from pipeline.extract.dates_context import DateContext, DateMention, _Mention, _ref_period
from pipeline.extract.dates_detect import _Cand, _chosen
from pipeline.extract.dates_grammar import month_num as _month_num
from pipeline.extract.dates_modifiers import _modifier_start, _qualifier
from pipeline.extract.dates_resolve import _resolve
from pipeline.extract.dates_tense import _LazyTense
from pipeline.extract.dates_stamps import STAMP_MAX, stamp_block_end, stamp_of, stamps_other_days
from pipeline.extract.dates_values import DateValue, n_months


# What may stand before a fronted temporal adverbial, which sets the narrative time ("In January
# 2023, ...", "Then, in May, ...", "On 5 March 2022 ...", "Back in 2015, ...", "Last year, ...").
_FRONT_RE = re.compile(
    r"[\s\"“‘'(\[•*·–—-]*(?:(?:and|but|then|so|also|back|even|again|meanwhile|however|yet)\s*,?\s+)*"
    r"(?:(?:in|on|during|at|from|throughout|around|over)\s+)?",
    re.I,
)
# Reference-anchored ("deictic") expressions: they never set the frame, and outside a fronted
# adverbial they bring the narrative back to the time of writing ("... on Thursday", "last year").
_DEICTIC_TAGS = frozenset(("deictic_day", "weekday", "weekend", "deictic", "rel_month"))
_DEICTIC_WHICH = frozenset(("last", "this", "next"))


def _is_deictic(c: _Cand) -> bool:
    if c.tag in _DEICTIC_TAGS:
        return True
    g = c.m.groupdict()
    if c.tag == "shift":
        return g["dir"].lower() == "ago"
    if c.tag == "rel_my":
        return g["which"].lower() in _DEICTIC_WHICH
    if c.tag == "season_name":
        return g["which"] is not None  # "this spring", "next autumn" (not "in the autumn")
    return False


def _is_fronted(text: str, start: int) -> bool:
    """Does the expression starting at ``start`` open its sentence as a temporal adverbial?"""
    return start <= 60 and _FRONT_RE.fullmatch(text, 0, start) is not None


def _move_frame(ctx: DateContext, c: _Cand, v: DateValue, q: str | None, fronted: bool,
                text: str = "") -> None:
    """A fronted adverbial (not qualified by since/until/by) sets the narrative frame to its year;
    a deictic expression elsewhere ends the frame."""
    if fronted and q is None and c.tag not in ("deictic_day", "weekday", "weekend"):
        if v.start is not None and v.end is not None and v.start.year == v.end.year:
            if ctx.frame_year != v.start.year:
                ctx.chronicle = False
            ctx.frame_year, ctx.frame_fresh = v.start.year, True
    elif (q is None and v.precision == "year" and _TOPIC_YEAR.fullmatch(text) is not None
          and _PLUPERFECT.search(text) is None):
        # "The pace picked up in 2024. In February, ...": a short topic sentence that ends in a
        # year (and names no other number) opens a paragraph told in that year; a pluperfect
        # one ("The fifth cabinet had been held in Lima in 2019.") is a flashback, not a topic
        if v.start is not None:
            if ctx.frame_year != v.start.year:
                ctx.chronicle = False
            ctx.frame_year, ctx.frame_fresh = v.start.year, False
    elif not fronted and ctx.frame_year is not None and _is_deictic(c):
        ctx.frame_year, ctx.frame_fresh, ctx.chronicle = None, False, False
    elif _advances_chronicle(ctx, c, v, q, text):
        # "In March 2025 ... In November, ... . The president arrived on 19 February this year
        # (2026) ... . In May, ...": the chronicle has moved on into the later year
        ctx.frame_year, ctx.frame_fresh = v.start.year, True


def _advances_chronicle(ctx: DateContext, c: _Cand, v: DateValue, q: str | None, text: str) -> bool:
    """A chronicle in year Y (a frame whose yearless dates were placed in it) goes on with a
    single day or month told in the past in a later year up to the time of writing ("from 19 to
    22 February this year", "on 3 January 2026"): later yearless dates continue from there."""
    if not ctx.chronicle or ctx.frame_year is None or q is not None or v.start is None \
            or v.end is None or v.precision not in ("day", "month") or v.start.year != v.end.year \
            or v.start.year <= ctx.frame_year or ctx.reference is None \
            or v.start.year > ctx.reference.year:
        return False
    if c.tag in _YEARLESS_TAGS:
        g = c.m.groupdict()
        if not (g.get("y") or g.get("ry")):
            return False  # a yearless date was placed by the frame itself
    return _LazyTense(text, c.start, c.end)() == "past"


# (a question heading too: "What happened in 2025?" opens the answer's paragraphs)
_TOPIC_YEAR = re.compile(r"[^\d.;:?]{3,50}\bin\s+(?:19|20)\d\d[.!?]?\s*")
_PLUPERFECT = re.compile(r"\b[Hh]ad\b(?!\s+to\b)|['’]d\s+(?:been|already)\b")


def _update_ctx(ctx: DateContext, v: DateValue) -> None:
    """The narrative time moves to a resolved mention (single-year/month periods only); the last
    period is kept for comparisons ("a year earlier")."""
    if v.start is None or v.end is None or v.precision == "unknown":
        return
    ctx.period = v
    ctx.dated_in_paragraph = True
    if v.precision == "month" and v.start.month != v.end.month:
        n = n_months(v)
        if n in (3, 6) and (n not in ctx.parts or v.start >= ctx.parts[n].start):
            ctx.parts[n] = v
    if v.precision == "day" and v.start == v.end and ctx.reference is not None \
            and abs((v.start - ctx.reference).days) <= 366:
        ctx.recent_day = v.start
    if v.start.year != v.end.year:
        return
    ctx.year = v.start.year
    if v.precision in ("day", "month") and v.start.month == v.end.month:
        ctx.month = v.start.month
    elif v.precision == "year":
        ctx.month = None


def parse_dates(text: str, ctx: DateContext) -> list[DateMention]:
    """All date expressions in one sentence, resolved against ctx; updates ctx (carry-over)."""
    if not text:
        return []
    return [DateMention(*m) for m in _resolve_sentence(text, _chosen(text), ctx)]


def _stamp_of(text: str, ctx: DateContext):
    """The day of a post's or an item's own stamp line ("May 19, 2026 · 5:42 PM", "APS · Nov 3,
    2026", "Sahara Medias · Yesterday"), or None: the relative words of the post count from it
    (dates_stamps; the caller moves the reference there once the line is read).  A relative stamp
    counts from the page's own day, and is read against it.  A line that is only a full date
    stamps a post only on a page that prints at least two of a day other than its own (one alone is
    a heading, as a chronology prints one, or the page's dateline)."""
    if ctx.stamp_page is None:
        page = ctx.reference if ctx.reference_precision == "day" else None
        ctx.stamp_page = (page, ctx.reference, ctx.reference_precision, None)
    got = stamp_of(text, ctx.stamp_page[0])
    if got is None:
        return None
    day, bare = got
    if bare:
        if ctx.stamp_page[3] is None:
            many = ctx.doc_text is None or stamps_other_days(ctx.doc_text, ctx.stamp_page[0]) >= 2
            ctx.stamp_page = ctx.stamp_page[:3] + (many,)
        if not ctx.stamp_page[3]:
            return None
    if ctx.stamp_page[0] is not None:
        ctx.reference, ctx.reference_precision = ctx.stamp_page[0], "day"  # ("Yesterday" of the page)
    return day


def end_of_stamp(ctx: DateContext, at: int) -> None:
    """Before the sentence at offset ``at`` of the document: once past the post or item under a
    stamp line, the reference is the page's own again (a post ends at a blank line; a stamp line
    alone above a blank line, a heading, reaches over the block below it); after a stamp line,
    where its post ends.  (Only on a page with a day of its own.)"""
    if ctx.stamp_until is not None and at >= ctx.stamp_until:
        ctx.reference, ctx.reference_precision = ctx.stamp_page[1], ctx.stamp_page[2]
        ctx.stamp_until = None


def stamp_read(ctx: DateContext, end: int) -> None:
    """After the sentence ending at offset ``end`` of the document: a stamp line read in it dates
    the post under it, to the post's end (see :func:`end_of_stamp`)."""
    if ctx.stamp_read:
        ctx.stamp_read = False
        if ctx.doc_text is not None and ctx.stamp_page[0] is not None:
            ctx.stamp_until = stamp_block_end(ctx.doc_text, end)


def _resolve_sentence(text: str, chosen, ctx: DateContext) -> list[_Mention]:
    """Resolve the chosen expressions of one sentence in order (weekdays last when the
    reference is coarser than a day); updates ctx."""
    stamp = _stamp_of(text, ctx) if chosen and len(text) <= STAMP_MAX else None
    day_ref = ctx.reference is not None and ctx.reference_precision == "day"
    out: list[_Mention | None] = []
    deferred: list[int] = []
    for c in chosen:
        if c.tag == "weekday" and not day_ref:
            deferred.append(len(out))  # resolved once the sentence's other dates are known
            out.append(None)
            continue
        out.append(_make_mention(text, c, ctx, []))
    for i in deferred:
        others = [x for x in out if x is not None]
        out[i] = _make_mention(text, chosen[i], ctx, others, update=False)
    if stamp is not None:
        ctx.reference, ctx.reference_precision = stamp, "day"  # the post's own day from now on
        ctx.stamp_read = True
    return [m for m in out if m is not None]


# an adverb that carries the story on from the last event told ("X then visited Dhaka in July",
# "Talks later resumed in May"): a date without a year stays in the narrative frame
_SEQUEL_RE = re.compile(
    r"(?<![Tt]he )(?<!since )(?<!until )(?<!by )\b(?:then|later|subsequently|afterwards|afterward|thereafter)\b"
    r"(?![-‐]|\s+(?:this|next|that)\b)"
)


def _continues_chronicle(text: str, c: _Cand, ctx: DateContext) -> bool:
    """A yearless month or day told in the past after a chronicle in year Y ("In March 2025 ...
    In May ... In September ..." then, in a new paragraph, "... met in Istanbul in November"):
    it continues the chronicle in Y when the story's last dated mention is still in Y, the month
    comes later in Y than that mention (chronological order) and Y is before the time of writing.
    An earlier month, or a future clause, is read from the reference as usual; so is a date after
    a single dated flashback ("In March 2025, they signed ...") that no yearless date continued,
    and so is the news peg: a day in the month of writing or the month before ("met in Ankara on
    November 22" in an article of November 23), or a month that is the month of writing."""
    if not ctx.chronicle or c.tag not in _CHRONICLE_TAGS or ctx.month is None or ctx.year != ctx.frame_year \
            or ctx.reference is None or ctx.reference_precision not in ("day", "month") \
            or ctx.frame_year >= ctx.reference.year:
        return False
    return _later_and_past(text, c, ctx)


def _opens_chronicle(text: str, c: _Cand, ctx: DateContext) -> bool:
    """A fronted yearless month or day told in the past right after a date (of the same paragraph)
    of the year before the time of writing ("The thaw gathered pace in March 2025, when … . In May, A and B spoke by
    phone", written in October 2026): it continues that year when it comes later in it than that
    date (chronological order), as :func:`_continues_chronicle` does inside a frame, unless a frame
    was set in this paragraph; the news peg (the month of writing or the month before) is read from
    the reference as usual."""
    if ctx.frame_fresh or not ctx.dated_in_paragraph or ctx.frame_year == ctx.year or c.tag not in _CHRONICLE_TAGS or ctx.month is None or ctx.year is None \
            or ctx.reference is None or ctx.reference_precision not in ("day", "month") \
            or ctx.year != ctx.reference.year - 1:
        return False
    return _later_and_past(text, c, ctx)


def _later_and_past(text: str, c: _Cand, ctx: DateContext) -> bool:
    """The yearless month or day comes later in the year than the last dated mention, is not the
    news peg (the month of writing, or for a day also the month before) and is told in the past."""
    mo = _month_num(c.m.group("m"))
    if mo <= ctx.month or (ctx.reference.month - mo) % 12 <= (0 if c.tag == "month" else 1):
        return False
    return _LazyTense(text, c.start, c.end)() == "past"


# a yearless month or day ("in November", "on 5 June"), which may continue a chronicle
_CHRONICLE_TAGS = frozenset(("month", "md", "dm"))


# the patterns whose value may take its year from the narrative frame
_YEARLESS_TAGS = frozenset(("month", "md", "dm", "r_mdd", "r_ddm", "r_mdmd", "r_dmdm", "r_mm"))


# a date at the end of a "since" phrase ("the growth of relations since the establishment of
# diplomatic relations on 1 August 1955"): background, the narrative time does not move to it
_SINCE_PHRASE_BACK = re.compile(r"\b[Ss]ince\s+(?:the\s+)?[a-z][^.;:,\d]{0,70}?\s(?:on|in)\s+(?:the\s+)?$")
# ... and a date of an earlier year at the end of an "anniversary of" phrase ("the 71st anniversary of the
# establishment of diplomatic relations on 29 November 1955"): the event the anniversary is of
_ANNIVERSARY_PHRASE_BACK = re.compile(r"\banniversary\s+of\s+(?:the\s+)?[a-z][^.;:,\d]{0,70}?\s(?:on|in)\s+(?:the\s+)?$")


def _is_target(v: DateValue, q: str | None, ctx: DateContext) -> bool:
    """A deadline or target after the time of writing ("500 MW by 2030", "until July 2029"):
    it does not move the narrative time that a later "the second quarter" is read in."""
    if q not in ("as_of", "until") or v.start is None:
        return False
    ref = _ref_period(ctx)
    return ref is not None and ref.end is not None and v.start > ref.end


def _make_mention(text: str, c: _Cand, ctx: DateContext, prior: list[_Mention],
                  update: bool = True) -> _Mention | None:
    start = c.start if c.tag == "weekday" else _modifier_start(text, c.start)
    fronted = start <= 60 and _is_fronted(text, start)
    frame = ctx.frame_year if (
        ctx.frame_fresh or fronted or (
            ctx.frame_year is not None and c.tag in _YEARLESS_TAGS and (
                _SEQUEL_RE.search(text) or _continues_chronicle(text, c, ctx)))
    ) else None
    if fronted and _opens_chronicle(text, c, ctx):
        frame = ctx.year
    r = _resolve(text, c, ctx, prior, frame)
    if r is None:
        return None
    v, kind = r
    surface = text[start:c.end]
    q = _qualifier(text, start, surface)
    if update:
        if frame is not None and c.tag in _YEARLESS_TAGS and v.precision in ("day", "month"):
            ctx.chronicle = True  # a yearless date placed in the frame: the frame is a chronicle
        lo = max(0, start - 90)
        if not (q is not None and _is_target(v, q, ctx)) and not (
            # (every match holds "ince": a window without it is skipped without a scan)
            q is None and text.find("ince", lo, start) >= 0
            and _SINCE_PHRASE_BACK.search(text, lo, start)
        ) and not (
            q is None and v.start is not None and ctx.reference is not None and v.start.year < ctx.reference.year
            and text.find("nniversary", lo, start) >= 0 and _ANNIVERSARY_PHRASE_BACK.search(text, lo, start)
        ):
            _update_ctx(ctx, v)
        _move_frame(ctx, c, v, q, fronted, text)
    return _Mention(start, c.end, surface, v, kind, q)
