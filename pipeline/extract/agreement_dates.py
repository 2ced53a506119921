"""Dates of agreement instruments: the finest date mentions of a sentence, the date of an inline
list's lead, references to earlier instruments dated by a year ("the 1994 border treaty"), a year
before a name that is a period, and the fallback date of an undated signing (the lede's, or an
earlier sentence telling the anchoring event)."""

from __future__ import annotations

import functools
import re

from pipeline.extract.agreement_context import SentenceContext, _Inst, list_colon
from pipeline.extract.agreement_lexicon import _is_plural, _lex, anchor_search

_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_DEFINITE_BEFORE_RE = re.compile(r"(?i)\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$")
_YEAR_BEFORE_RE = re.compile(r"((?:19|20)\d\d)\s")
# types whose year in the title is the period they cover, not their signing ("2026 Action Plan")
_PERIOD_TYPES = frozenset({"executive_program", "cooperation_outline"})
# a plan (type other: "Plan of Action ... (2026-2030)", "implementation plan") has a period too
_PLAN_HEAD_RE = re.compile(r"(?i)\bplans?\b|\broad ?maps?\b")


def has_period(inst: _Inst) -> bool:
    """The instrument's years are the period it covers (a programme, an outline, a plan)."""
    return inst.type in _PERIOD_TYPES or (inst.type == "other" and _PLAN_HEAD_RE.search(inst.surface) is not None)
# the event noun of an anchor, in it or among the next words ("after the talks", "on the occasion of
# this High-Level Meeting"); the earlier sentence telling that event carries its date
_ANCHOR_NOUN_RE = re.compile(
    r"(?i)\b(meetings?|talks|negotiations|discussions|consultations?|summit|visit|ceremony|session|dialogue|forum|call|"
    r"conference|cabinet|commission|committee|council)\b"
)
# the capitalised name of the event an anchor names ("On the sidelines of the Joint Committee", "after the
# Business Forum"): the earlier sentence writing that name tells the event (not one writing "the committee
# session" in passing)
# the acronym an anchor names the event by ("During the JCC,", "on the sidelines of the JWG")
# (the acronym heads the determiner's phrase: not a place after a preposition, "During the trip to UAE,")
_ANCHOR_ACRONYM_RE = re.compile(r"\b(?:the|this|that)\s+(?:(?!(?:to|in|of|for|with|from|at|on|by|into)\s)[\w-]+\s+){0,2}?"
                                r"([A-Z]{2,6})\b")
_ANCHOR_NAME_RE = re.compile(r"\b(?:the|this|that)\s+((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)")
# (talks, discussions and consultations go back to a sentence telling any of them: "Following the talks"
# to "met ... where the two discussed"; a meeting also to "met" — but "the talks" not to a later "met
# the speaker")
_TALK_STEM = r"\b(?:talk|discuss|consult|negotiat)"
# (a reception or a call-on of a named visitor is a meeting: "received today General X", "was received by
# Minister Y", "called on President Z")
# (not "called on Ethiopia to release ...": an appeal; the infinitive after the object)
_MEETING_STEM = (r"\b(?:meet|met\b|talk|discuss|consult|negotiat"
                 r"|(?:receiv(?:ed|es)|called\s+on)\s+(?:(?:today|yesterday|here|on\s+\w+day)\s+)?(?:by\s+)?"
                 r"(?:the\s+visiting\s+)?(?-i:[A-Z])(?<!called\son\s[A-Z])"
                 r"|called\s+on\s+(?:(?:today|yesterday|here|on\s+\w+day)\s+)?(?:the\s+visiting\s+)?(?-i:[A-Z])"
                 r"(?![^,;.]{0,40}?\s+to\s+(?-i:[a-z]+)\b))")
# the stems that name the meeting itself, before a reception or a call-on ("received Ethiopian traders on
# 4 May, and met the minister on 5 May": the meeting is the one met)
_CORE_STEM_RE = re.compile(r"(?i)\b(?:meet|met\b|talk|discuss|consult|negotiat)")
_EVENT_STEMS = {"meeting": _MEETING_STEM, "meetings": _MEETING_STEM, "talks": _TALK_STEM,
                "discussions": _TALK_STEM, "consultation": _TALK_STEM, "consultations": _TALK_STEM,
                "negotiations": _TALK_STEM}
_LEADERS_MEETING_RE = re.compile(_MEETING_STEM + r"|\bsummit", re.I)
# a session of the two sides told as held, whatever its name ("The Leaders' Retreat was held today", "the
# forum took place on 9 May", "the Joint Commission was convened on Tuesday"); not any event ("a memorial
# service was held", "protests took place")
_EVENT_HELD_RE = re.compile(
    r"(?i)\b(?:retreat|forum|commission|committee|council|dialogue|session|plenary|consultations?|conference|"
    r"talks|summit|meeting|round)\b[^.;]{0,80}?(?:\b(?:was|were)\s+(?:held|convened)\b|\btook\s+place\b)")
_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
# an anchor naming no event, "On the occasion, two instruments were signed", "On this occasion, ...": the
# occasion is the event the story told last (not "on the occasion of the visit", which names its event)
_BARE_OCCASION_RE = re.compile(r"(?i)on\s+(?:the|this|that)\s+occasion\b(?!\s+of\b)")


def _inline_list(text: str, insts: list[_Inst], cues: list[tuple[int, int, str, int]],
                 pend: list[tuple[int, int, int]], ctx: SentenceContext) -> None:
    """A list inside the sentence ("The following documents were signed on 11 March: 1. MoU on
    ...; 2. MoU on ..."): the instruments after the colon are signed on the date of the lead."""
    colon = list_colon(text)
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


_DIGIT_RE = re.compile(r"\d")
_OF_YEAR_RE = re.compile(
    r"\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+|[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b(?!\s*[-–—/]\s*\d)"
)
# "the 2015 agreement", "the 1994 border treaty": a year right before a lower-case instrument
_YEAR_THE_RE = re.compile(r"(?i:\b(?:the|our|their|its|this))\s+(?:19|20)\d\d\s+(?:[a-z][\w-]*\s+){0,2}$")


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
    if has_period(inst):
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


@functools.lru_cache(maxsize=64)
def _named_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


def _latest_writing(rx: re.Pattern[str], days: list, ctx: SentenceContext) -> tuple[object, str] | None:
    """(day, "day") of the latest of the earlier dated sentences ``days`` that writes ``rx``: the day of
    its clause with ``rx`` when it tells several, else the sentence's; None when none writes it."""
    for sent, d, _opening in reversed(days):
        if rx.search(sent):
            return (_attached_day(sent, rx, ctx.earlier_spans.get(sent)) or d), "day"
    return None


def _fallback_date(text: str, low: str | None, ctx: SentenceContext) -> tuple[object, str] | None:
    """The date of an undated signing from the narrative: the paragraph's date; else, when the
    sentence is tied to an event ("Following the meeting", "witnessed the signing"), the date of the
    latest earlier sentence telling that event within the document's period; else the lede's date
    (its day only when tied to the lede's event, its last day for "at the conclusion of the visit",
    else its month)."""
    fb = ctx.fallback_date
    if fb is not None and not ctx.fallback_is_lede:
        prev = ctx.previous_day
        if prev is not None and fb[1] in ("month", "year") and (
                fb[0].year < prev.year if fb[1] == "year" else (fb[0].year, fb[0].month) < (prev.year, prev.month)):
            # "At the meeting, they signed an MoU on X, which they first discussed in June. Separately, A and B
            # signed an MoU on Y": the sentence before dated its signing by a day after its coarser date, a look
            # back; the signing told next goes on on that day
            return prev, "day"
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
    m = anchor_search(text, low)
    atext = text
    if m is None and ctx.lead_text:
        # an item under a lead naming the event ("Main outcomes of the meeting:") is tied to it
        m = _lex().anchor_re.search(ctx.lead_text)
        atext = ctx.lead_text if m is not None else text
    # (the end of an event, "at the conclusion of the visit", is no day an earlier sentence tells)
    # ("at the conclusion of the meeting": a meeting ends on the day it is told, like "after the meeting")
    at_end = m is not None and _anchored_end(text, low) and not _ends_a_meeting(text, low)
    stem_rx = None
    if m is not None and ctx.earlier_days and not at_end:
        if _BARE_OCCASION_RE.match(atext, m.start()):
            return ctx.earlier_days[-1][1], "day"  # the day of the latest earlier dated sentence
        noun = _ANCHOR_NOUN_RE.search(atext, m.start(), min(len(atext), m.end() + 40))
        word = noun.group(1).lower() if noun else None
        stem = _EVENT_STEMS.get(word, rf"\b{word}") if word else None
        stem_rx = _stem_re(stem) if stem else None
        named = _ANCHOR_NAME_RE.search(atext, m.start(), noun.end()) if noun else None
        if named is not None and named.end(1) == noun.end() and " " in named.group(1) \
                and any(named.group(1) in sent for sent, _d, _o in ctx.earlier_days):
            stem_rx = _named_re(named.group(1))
            # the latest sentence writing the event's name tells its day (of the clause with the name)
            found = _latest_writing(stem_rx, ctx.earlier_days, ctx)
            if found is not None:
                return found
        acro = _ANCHOR_ACRONYM_RE.search(atext, m.start(), m.end()) if stem_rx is None else None
        if acro is not None:
            # "During the JCC, ...": the day of the latest sentence writing the event's acronym
            found = _latest_writing(_named_re(acro.group(1)), ctx.acronym_days or ctx.earlier_days, ctx)
            if found is not None:
                return found
        if stem_rx is None:
            held = _presence_meeting_day(atext, ctx.earlier_days)
            if held is not None:
                return held, "day"
        if stem_rx is None and fb is not None and ctx.fallback_end is not None and fb[1] == "day":
            # "in the presence of the two leaders", "witnessed the signing" during a visit spanning
            # days: at the leaders' meeting — the latest earlier sentence telling a meeting or summit
            # on a later day of the visit (not an arrival or a call-on opening on another day; the
            # first day is the lede's own, "held talks with X, who is on a visit from 16 to 18 June")
            for sent, d, _opening in reversed(ctx.earlier_days):
                if fb[0] < d <= ctx.fallback_end and (_LEADERS_MEETING_RE.search(sent) or _EVENT_HELD_RE.search(sent)):
                    return d, "day"
        for sent, d, opening in reversed(ctx.earlier_days):
            if stem_rx is None or stem_rx.search(sent):
                # (the day of the event's own clause: "co-chaired the 4th meeting ... on 16 May, and called on
                # the Prime Minister on 17 May"; "received today General X, who arrived on Wednesday")
                attached = _attached_day(sent, stem_rx, ctx.earlier_spans.get(sent)) if stem_rx is not None else None
                if attached is not None:
                    d = attached
                if fb is None:
                    return d, "day"
                if stem_rx is not None and fb[1] == "day" and ctx.fallback_end is not None \
                        and d is not None and fb[0] < d <= ctx.fallback_end:
                    # "Following the talks, ..." after "welcomed on 4 March, followed by official talks" in
                    # a visit from 3 to 5 March: the day of the talks, a later day of the visit
                    return d, "day"
                if stem_rx is not None and fb[1] == "day" and d is not None and fb[0] <= d and (
                        d == fb[0] or ((d - fb[0]).days <= 7 and ctx.reference is not None and ctx.reference[1] == "day"
                                       and d <= ctx.reference[0])) \
                        and (attached is not None or _day_word_at_event(sent, stem_rx, d)):
                    # "X, who arrived yesterday, today co-chaired the 2nd meeting ... After the meeting, ...
                    # witnessed the signing": the day the latest sentence telling that event gives, the
                    # lede's first date or a later day of the story (not a day of the visit's span told
                    # later in that sentence, "held talks today with X, who is visiting on 13-14 May")
                    return d, "day"
                if opening is not None:
                    # with a lede, only a sentence opening on its date ("On 20 January, ...") moves
                    # the story to another day ("who arrived on Monday, held talks" does not)
                    return opening, "day"
    if m is not None and fb is not None and ctx.earlier_days:
        told = _event_day_told(ctx.earlier_days, fb[0], stem_rx)
        if told is not None:
            # "At the close of the talks, ..." after "X paid a working visit to Ghana on March 12": the
            # day the earlier sentence gives the event (the lede's first date was the dateline's)
            return told, "day"
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


# a word giving the day right before the event's verb or noun ("today co-chaired the 2nd meeting", "on
# Tuesday held talks"), or right after it ("held talks today", "met on Tuesday"): the event's own day
_DAY_WORD = r"(?:today|this\s+(?:morning|afternoon|evening)|(?:on\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|" \
            r"saturday|sunday))"
_DAY_WORD_BEFORE_RE = re.compile(rf"(?i)\b{_DAY_WORD}\s+(?:[\w'’-]+\s+){{0,3}}$")
_DAY_WORD_AFTER_RE = re.compile(rf"(?i)[\w'’-]*\s+(?:[\w'’-]+\s+){{0,3}}?{_DAY_WORD}\b")


def _day_word_at_event(sent: str, stem_rx: re.Pattern[str], d) -> bool:
    """Does a day word (today, or the weekday of ``d``) stand right before or after the event word in ``sent``?"""
    for m in stem_rx.finditer(sent):
        for w in (_DAY_WORD_BEFORE_RE.search(sent, max(0, m.start() - 60), m.start()),
                  _DAY_WORD_AFTER_RE.match(sent, m.end())):
            if w is not None and (w.group("wd") is None or w.group("wd").lower() == d.strftime("%A").lower()):
                return True
    return False


def _attached_day(sent: str, stem_rx: re.Pattern[str], spans: list[tuple[int, int, object]] | None) -> object:
    """The day of the clause telling an event in ``sent``, when the sentence writes two or more days:
    the first day after the event word in the same clause ("co-chaired the 4th meeting of the group
    in Lima on 16 May, and called on ... on 17 May": 16 May; "received today General X, who arrived on
    Wednesday": today), else the nearest day before it in the same clause ("On 4 May, X met Y, and on
    5 May visited Z": 4 May); else None."""
    if not spans or len({d for _s, _e, d in spans}) < 2:
        return None
    ordered = sorted(spans)
    # (the event's own words first, a reception or a call-on after them, each group in text order)
    for m in sorted(stem_rx.finditer(sent), key=lambda m: _CORE_STEM_RE.match(sent, m.start()) is None):
        after = next(((s, day) for s, _e, day in ordered if s >= m.start()), None)
        if after is not None and after[0] - m.end() <= 240 and _same_clause(sent[min(m.end(), after[0]) : after[0]]):
            return after[1]
        before = next(((e, day) for _s, e, day in reversed(ordered) if e <= m.start()), None)
        # (the clause of the day before the event word: not a relative one, "X, who arrived on Monday, held talks")
        if before is not None and m.start() - before[0] <= 120 and _same_clause(sent[max(0, before[0] - 60) : m.start()]):
            return before[1]
    return None


def _same_clause(gap: str) -> bool:
    """No clause break in ``gap`` (a relative or adverbial clause, a semicolon, a coordinated predicate)."""
    return _CLAUSE_BREAK_RE.search(gap) is None and _NEXT_PREDICATE_RE.search(gap) is None \
        and _SUBORDINATE_RE.search(gap) is None


# a subordinate clause between an event word and a day ("held talks ..., a day after X arrived for a visit
# that ends Wednesday"): the day is the clause's
_SUBORDINATE_RE = re.compile(r"(?i)\b(?:after|before|until|since|that|when|while|whose|who|which)\b")


# a second predicate between an event word and a day ("met X, and called on Y on 17 May", "met X, and on
# 17 May visited Y"): the day is the other's
_NEXT_PREDICATE_RE = re.compile(r"(?i),\s+(?:and|but)\b|\s+and\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b")


# the persons a signing took place before ("In the presence of the Crown Prince and Premier Li, ...")
_PRESENCE_RE = re.compile(r"(?i)\bin\s+the\s+presence\s+of\s+(?:the\s+)?([^,;:()]{6,90}?)\s*(?:[,;:()]|$)")


def _presence_meeting_day(text: str, earlier_days: list[tuple[str, object, object]]) -> object:
    """The day of the latest earlier sentence in which the persons a signing took place before ("In
    the presence of the two Presidents") held a meeting or talks ("On 13 May, the two Presidents held
    talks"), rather than of any later-told meeting of others (the foreign ministers'); else None."""
    pm = _PRESENCE_RE.search(text)
    if pm is None or len(pm.group(1).split()) < 2:
        return None
    who = " ".join(pm.group(1).lower().split())
    for sent, d, opening in reversed(earlier_days):
        low = " ".join(sent.lower().split())
        at = low.find(who)
        if at >= 0 and _LEADERS_MEETING_RE.search(low, at + len(who)):
            return opening or d
    return None


# an event a definite reference ("the talks", "the visit", "the meeting", "the summit") refers back to
_ANY_EVENT_RE = re.compile(r"(?i)\b(?:visit(?:ed|ing|s)?|talks|meet(?:ing|s)?|met|summit|discussions?|"
                           r"consultations?|negotiations?)\b")
# a clause break between the event and a date (the date is of another clause: "who arrived on 3 May")
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s*(?:who|which|where|after|before|since|while)\b|\band\s+(?:then\s+)?"
                              r"(?:arrived|left|departed|returned)\b", re.I)


def _day_written_re(d) -> re.Pattern[str]:
    mon = d.strftime("%B")[:3]
    return re.compile(rf"(?i)\b{d.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}[a-z]*\.?|\b{mon}[a-z]*\.?\s+{d.day}\b")


@functools.lru_cache(maxsize=16)
def _month_written_re(mon: str) -> re.Pattern[str]:
    """:func:`_day_written_re` for any day of the month ``mon`` (its first three letters): a
    zero-width match at every position where one of its days is written, the day's digits in group
    1 or 2 (the first one holding the day is where ``_day_written_re(day).search`` matches)."""
    return re.compile(rf"(?i)\b(?=(\d+)(?:st|nd|rd|th)?\s+(?:of\s+)?{mon}|{mon}[a-z]*\.?\s+(\d+)\b)")


def _event_day_told(earlier_days: list[tuple[str, object, object]], lede_day, stem_rx=None) -> object:
    """The day of the latest earlier sentence telling an event (visit, talks, meeting, summit) on a
    day written after the event's word in the same clause ("paid a working visit to Ghana on March
    12"), when it is before the lede's date (the dateline's: "LOME, March 13, 2026 - ..."); else None."""
    sent, d, _opening = earlier_days[-1]
    if d is None or lede_day is None or not d < lede_day:
        return None
    day_s, mon = str(d.day), d.strftime("%B")[:3]
    month_rx = _month_written_re(mon)
    weekday = d.strftime("%A")
    events = list(_ANY_EVENT_RE.finditer(sent))
    if stem_rx is not None:
        # (the event the anchor names, also a session or a commission: "At the end of the session, ...")
        events += [m for m in stem_rx.finditer(sent) if _ANY_EVENT_RE.match(sent, m.start()) is None]
    for ev in events:
        # (the event the anchor names, also after a longer subject: "co-chaired the 44th session of the X - Y
        # Intergovernmental Committee for Economic, Scientific and Technological Cooperation in Z on 30 November")
        named = stem_rx is not None and stem_rx.search(ev.group(0)) is not None
        window = sent[ev.end() : ev.end() + (160 if named else 90)]
        if day_s in window:  # (every match holds the day's digits)
            dm = next((m for m in month_rx.finditer(window) if (m.group(1) or m.group(2)) == day_s), None)
            if dm is not None and _CLAUSE_BREAK_RE.search(window, 0, dm.start()) is None:
                return d
        # "The 9th meeting of the X Council was held at the Y Chamber (YC) in Minsk on Tuesday": the
        # weekday of the event's own clause, also after a longer subject (the event the anchor names:
        # "Following the meeting", not "during the visit" after "held talks on Tuesday")
        if not named:
            continue
        wm = _weekday_re(weekday).search(window)
        if wm is not None and _CLAUSE_BREAK_RE.search(window, 0, wm.start()) is None \
                and "." not in window[: wm.start()].rstrip(")"):
            return d
    return None


@functools.lru_cache(maxsize=8)
def _weekday_re(weekday: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:on\s+)?{weekday}\b")


def _anchored_end(text: str, low: str | None) -> bool:
    """The sentence is tied to the end of the lede's event ("at the conclusion of the visit")."""
    rx, s = _lex().anchor_end.on(text, low)
    return rx.search(s) is not None


# the one-day events whose end is their own day ("at the conclusion of the meeting")
_MEETING_END_RE = re.compile(r"(?i)(?:talks|meetings?|discussions|consultations?|session|dialogue)$")


def _ends_a_meeting(text: str, low: str | None) -> bool:
    """The sentence is tied to the end of a meeting, talks or a session (not of a visit or a tour)."""
    rx, s = _lex().anchor_end.on(text, low)
    m = rx.search(s)
    return m is not None and _MEETING_END_RE.search(s, m.start(), m.end()) is not None


def _anchored(text: str, low: str | None) -> bool:
    """The sentence is tied to the lede's event ("After the talks", "witnessed the signing")."""
    return anchor_search(text, low) is not None


# a year naming an event by a possessive ("This year's session", "last year's summit")
_POSSESSIVE_EVENT_RE = re.compile(
    r"(?i)(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(session|meeting|summit|talks|forum|conference|consultations|dialogue|"
    r"round|visit)\b"
)


def possessive_event_day(text: str, de: int, year: int, earlier_days: list[tuple[str, object, object]]) -> object:
    """The day of the event a year names by a possessive ("This year's session produced nine
    agreements"): the latest earlier sentence telling a meeting of that kind ("sat down in Doha on 6
    October 2026 to co-chair the 11th meeting") on a day of that year; else None."""
    if text[de - 2 : de] not in ("'s", "’s") and text[de : de + 2] not in ("'s", "’s"):
        return None
    m = _POSSESSIVE_EVENT_RE.match(text, de)
    if m is None:
        return None
    noun = m.group(1).lower()
    # (a session, summit or round is a meeting: "sat down ... to co-chair the 11th meeting")
    stem = _stem_re(rf"\bvisit" if noun == "visit" else _EVENT_STEMS.get(noun, rf"{_MEETING_STEM}|\b{noun}"))
    for sent, d, _opening in reversed(earlier_days):
        if d is not None and d.year == year and stem.search(sent):
            return d
    return None


def possessive_event_dates(text: str, dates: list[tuple[int, int, object, str]],
                           earlier_days: list[tuple[str, object, object]]) -> list[tuple[int, int, object, str]]:
    """``dates`` with each year naming an event by a possessive replaced by that event's day
    (:func:`possessive_event_day`)."""
    out = []
    for ds, de, dval, prec in dates:
        if prec == "year" and dval is not None:
            day = possessive_event_day(text, de, dval.year, earlier_days)
            if day is not None:
                dval, prec = day, "day"
        out.append((ds, de, dval, prec))
    return out
