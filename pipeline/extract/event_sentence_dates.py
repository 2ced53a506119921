"""The date of an event of one sentence (:func:`_date_for`, step 6 of
:mod:`pipeline.extract.event_sentence`).

The date in the clause of another event's trigger is that event's ("X, who arrived on Monday,
held talks …"); a fronted adverbial ("In October, on the sidelines of …, A met B") dates its
whole sentence; a day told with the beginning or end of a visit or exercise and its length gives
the span ("arrived on Tuesday for a two-day visit"); "on the same day" / "the next day" count from
the latest event dated to the day; a when-clause takes the time of the clause before it ("a visit
in August, when the council will meet"); a date after another event's trigger that follows this
one is that event's.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.extract.event_dates import after_reference, coarsen, has_year, pick_date, reference_month, to_value
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft
from pipeline.extract.event_numbers import CARDINAL_RX, parse_cardinal
from pipeline.extract.event_sentence_state import _RELATIVE_DAY, _Sentence
from pipeline.extract.event_trigger_find import Trigger, _local_start, counted_anniversary, established_on

def _date_for(ctx: _Sentence, d: Draft, t0: Trigger, visit_dates: list[DateValue | None]) -> tuple[DateValue | None, bool]:
    """(date, taken from this sentence?) following the rules of pipeline.extract.event_dates."""
    clauses, dates = ctx.clauses, ctx.dates
    if d.event_type == "relations_established":
        ref = ctx.doc.reference_date
        counted = counted_anniversary(ctx.text, t0, ctx.dates, ref.year if ref is not None else None)
        if counted is not None:
            # "marked the 54th anniversary of … relations on 8 November": that day, 54 years before
            n, x = counted
            v = to_value(x)
            if v is not None:
                try:
                    start = v.start.replace(year=v.start.year - n)
                except ValueError:  # 29 February
                    start = v.start.replace(year=v.start.year - n, day=28)
                return DateValue(start if v.precision != "year" else date(start.year, 1, 1), None, v.precision), True
        own_day = _established_on(ctx, t0)
        if own_day is not None:
            return own_day, True
        if t0.text[-5:].lower() == "since":
            # "A and B have had diplomatic relations since 1831": the relations began then
            # (a bare year after "since" is no date mention of its own: read it here)
            m = _SINCE_YEAR.match(ctx.text, t0.end)
            if m is not None:
                return DateValue(date(int(m.group(1)), 1, 1), None, "year"), True
            # "… since 6 March 1957", "… since Ghana's independence on 6 March 1957": that day (a
            # since-date is no usable date of its own: read it among all the sentence's dates)
            x = next((x for x in ctx.s.dates if x.start >= t0.end), None)
            if x is not None and x.date_start is not None and has_year(x.surface) and _SINCE_ON.fullmatch(ctx.text, t0.end, x.start):
                return to_value(x), True
    inside = _inside_since(ctx, t0)
    if inside is not None:
        return inside, False
    since_when = _since_when(ctx, t0)
    if since_when is not None:
        return since_when, True
    if (
        d.event_type == "meeting"
        and ctx.visit_span is not None
        and ctx.visit_span.end is not None
        and _FOR_PURPOSE.search(ctx.text, max(0, t0.start - 12), t0.start)
    ):
        # "will arrive on Thursday on a two-day visit for the 23rd Annual Summit": the summit is
        # the visit's purpose, held within its span (not on the arrival day)
        return ctx.visit_span, True
    if (
        d.event_type != "visit"
        and ctx.doc.last_visit_date is not None
        and (ctx.low is None or ctx.low.find("arrival", d.lo, d.hi) >= 0)  # (every match holds it)
        and _ON_ARRIVAL.search(ctx.text, d.lo, d.hi)
    ):
        # "called on the visiting Prime Minister on the evening of his arrival": the first day
        # of the visit told before
        v = ctx.doc.last_visit_date
        if v.precision == "day" and not any(d.lo <= x.start < d.hi and x.date_start for x in ctx.dates):
            return DateValue(v.start, None, "day"), False
    if d.event_type == "visit" and d.status == "planned" and "invit" in t0.text.lower():
        # "In October, A wrote to B inviting him to a state visit": a date before the invitation
        # is the day it was made; the visit has only a date told after it ("to visit … in May")
        later = [x for x in dates if x.start >= t0.start]
        return (pick_date(ctx.text, _future_months(later, ctx.doc), t0.start, d.lo, d.hi, clauses) if later else None), True
    if len(ctx.claims) > 1 and dates:
        # a date in the clause of another event's trigger is that event's ("X, who arrived on
        # Monday, held talks with Y": Monday dates the arrival, not the talks) -- unless the
        # event's clause refers to it ("…, held talks with Y on the same day")
        mine = clauses.index(t0.start)
        others = {ci for ci, et in ctx.claims if et != d.event_type and ci != mine}
        if others and not _SAME_DAY.search(ctx.text, t0.start, d.hi):
            # (a date after this trigger and before the other one of its clause stays: "paid a
            # call on X on Monday afternoon and invited her to Canada")
            o_starts = [(clauses.index(o.start), o.start) for o in ctx.trigs if o.etype != d.event_type]
            dates = [
                x for x in dates
                if clauses.index(x.start) not in others
                or (x.start >= t0.end and not any(ci == clauses.index(x.start) and os < x.start for ci, os in o_starts))
            ]
    if ctx.claims and dates:
        # "met X and reviewed preparations for the visit of Y in February": a date after
        # another event's trigger that follows this one is that event's (a fronted date is not)
        others = [x for x in ctx.trigs if x.etype != d.event_type]
        if others:
            dates = [
                x for x in dates
                if not any(t0.end <= o.start and o.end <= x.start for o in others)
            ]
            if any(t0.end <= x.start < d.hi and not _CLAUSE_MARK.search(ctx.text, t0.end, x.start) for x in dates):
                # "… the state visit of X in the second half of this year and to hold the 3rd
                # round … in May": a date between another event's trigger and this one is that
                # event's, when this one has a date of its own after it
                dates = [
                    x for x in dates
                    if not any(o.end <= x.start and x.end <= t0.start for o in others)
                ]
    if d.status == "planned" and dates:
        # "A held a video call with B on Tuesday to review preparations for the 3rd Session":
        # a date after another event's trigger and before this planned one is that event's
        dates = [
            x for x in dates
            if not (
                x.end <= t0.start
                and any(o.etype != d.event_type and o.etype in _TALKS and o.end <= x.start for o in ctx.trigs)
            )
        ]
    if d.status == "planned" and dates:
        # "agreed on Monday to hold the next meeting later this year": a date inside the cue of
        # intention before the trigger is the day of the deciding, not of what was decided
        dates = [x for x in dates if not _inside_planned_cue(ctx, x, t0)]
    if d.status == "planned" and dates:
        dates = _future_months(dates, ctx.doc)
    own = _visit_span_after(ctx.text, dates, d, t0) or pick_date(ctx.text, dates, t0.start, d.lo, d.hi, clauses)
    if own is not None and d.status == "planned":
        own = _planned_later(ctx, d, t0, dates, own)
    if own is not None:
        if d.event_type in _SPANNING and own.end is None and own.precision == "day":
            own = _span_of(ctx, d, t0, own)
        elif d.event_type == "meeting" and own.end is None and own.precision == "day":
            own = _session_span(ctx, d, own)
        return own, True
    fronted = _fronted_date(ctx, dates)
    if fronted is not None:
        return fronted, True
    if d.event_type in _BACKGROUND:
        # "established diplomatic relations with Mexico in 1822": a background fact takes only a
        # date of its own sentence, never the narrative's
        m = _IN_YEAR.match(ctx.text, t0.end, min(d.hi, t0.end + 60))
        if m:
            y = int(m.group(1))
            return DateValue(date(y, 1, 1), None, "year"), True
        return None, False
    doc = ctx.doc
    if d.event_type == "correspondence" and doc.last_letter_date is not None and _SEPARATE_LETTER.search(
        ctx.text, max(0, t0.start - 30), t0.end + 30
    ):
        # "Prime Minister X, in a separate message to …": another message of the occasion the
        # message told before marked, sent the same day
        return doc.last_letter_date, False
    relative = _relative_day(ctx, t0)
    if relative is not None:
        return relative, True
    if ctx.claims and _WHEN_CLAUSE.match(ctx.text, ctx.clauses.bounds(t0.start)[0]):
        # "X will visit Y in August, when the council will meet" / "…, where he will hold talks":
        # the when- or where-clause takes the time of the clause it follows
        mine = ctx.clauses.index(t0.start)
        before = [x for x in ctx.dates if ctx.clauses.index(x.start) == mine - 1]
        if before:
            v = to_value(before[-1])
            if v is not None:
                return v, True
    if ctx.cue("recent", max(0, t0.start - 40), t0.start):
        c_hi0 = ctx.clauses.bounds(t0.start)[1]
        own = [x for x in dates if t0.end <= x.start < c_hi0 and x.date_start is not None]
        if not (own and _RECALLED.search(ctx.text, max(0, t0.start - 40), t0.start)):
            return None, False
        return to_value(own[0]), True  # "recalling their talks in Accra in March": the recalled event's own date
    in_visit = d.event_type == "meeting" and bool(visit_dates) and visit_dates[0] is not None
    who = (
        in_visit
        # "X, who landed in Cairo on Tuesday for a two-day visit, held talks with Y": the visit
        # told in the subject's relative clause frames the undated talks of the main clause
        and _WHO_VISITED.match(ctx.text, 0, t0.start) is not None
        and not any(x.start >= t0.end and x.date_start is not None for x in dates)
        # ("…, co-chaired the dialogue with Y": a session told before keeps the narrative's day)
        and _THE_SESSION.match(ctx.text, t0.start, min(len(ctx.text), t0.end + 40)) is None
    )
    if in_visit and (who or _AND_HELD.search(ctx.text, 0, t0.start)):
        # "X visited Kigali in May … and held talks with Y": the talks of the visit's sentence
        # took place during that visit (a span is cut to its month; so is an arrival day)
        v = visit_dates[0]
        return (coarsen(v, "month") if v.end is not None or who else v), False
    if d.event_type != "visit" and ctx.cue("during_visit"):
        base = next((v for v in visit_dates if v), None) or doc.last_visit_date or doc.paragraph_date or doc.lede
        return coarsen(base, "month"), False
    if d.status == "planned":
        # "Gorchakov will arrive on Thursday for a two-day visit … He will also call on X": a
        # planned meeting of the visitor of the planned visit told before falls in that visit
        v = doc.planned_visits[-1] if doc.planned_visits else None
        if v is not None and v.date is not None and d.event_type in ("meeting", "phone_call", "other"):
            visitors = {p.name for p, role in v.persons if role == "visitor"}
            if visitors & {p.name for p, _ in d.persons}:
                return coarsen(v.date, "month"), False
        if d.event_type == "visit" and v is not None and v.date is not None and v.host == d.host and _OWN_VISIT.search(ctx.text, max(0, t0.start - 30), t0.end):
            # "… the state visit of the UAE President next week. … President X looked forward to
            # his first state visit to Islamabad": the planned visit told again without its date
            vc = {c for c, role in v.countries.items() if role == "visitor"}
            dc = {c for c, role in d.countries.items() if role == "visitor"}
            if not (vc and dc and vc.isdisjoint(dc)):
                return coarsen(v.date, "month"), False
        if d.event_type == "visit" and doc.last_planned_date is not None and _TO_ATTEND_THE.search(ctx.text, t0.end, d.hi):
            # "X will make his third visit to Y to attend the summit": the summit told before
            return coarsen(doc.last_planned_date, "month"), False
        if doc.last_planned_date is not None and _BEFORE_THE_EVENT.search(ctx.text, t0.end, d.hi):
            # "agreed to hold the next meeting of X before the Session": some time before the
            # planned event told before (its year)
            return coarsen(doc.last_planned_date, "year"), False
        ref = doc.reference_date
        if ref is not None and doc.reference_precision in ("day", "month") and _YEAR_END.search(ctx.text, d.lo, d.hi):
            # "agreed to convene the next meeting before the end of the year": within this year
            return DateValue(date(ref.year, 1, 1), None, "year"), True
        return None, False
    c_lo, c_hi = ctx.clauses.bounds(t0.start)
    if ctx.caption and _PRESENT_CAPTION.search(ctx.text, 0, t0.end):
        # "President X (right) speaks with Y during a video call": a picture of an event the
        # story dates; the caption's present tense gives no day (it joins that event undated)
        return None, False
    inherited = None
    if ctx.cue("present", c_lo, c_hi):
        inherited = reference_month(doc.reference_date, doc.reference_precision)
    if inherited is None and ctx.dl:
        dl_dates = [to_value(x) for x in ctx.s.dates if x.start < ctx.dl and x.date_start]
        inherited = next((x for x in dl_dates if x), None)
    from_lede = False
    if inherited is None:
        inherited = doc.paragraph_date
    if inherited is None and doc.previous_paragraph_date is not None and _SEQUEL_BEFORE.search(
        ctx.text, max(c_lo, t0.start - 30), t0.start
    ):
        # "… on Tuesday, a guard of honour was presented to him. ¶ Gen X then called on Y": a
        # sequel adverb carries the narrative day of the paragraph before into the new one
        inherited = doc.previous_paragraph_date
    if inherited is None:
        inherited, from_lede = doc.lede, True
    if inherited is not None and (d.event_type in _SPANNING or ctx.cue("separate")) and not (
        # "10–12 February. X paid an official visit to Tallinn": a span of days heading the
        # paragraph is the span of the visit (or exercise) it tells
        not from_lede and d.event_type in _SPANNING and inherited is doc.paragraph_date
        and inherited.precision == "day" and inherited.end is not None and inherited.end > inherited.start
    ):
        inherited = coarsen(inherited, "month")  # a day of the narrative is not the span of a visit
    if inherited is not None and from_lede and after_reference(inherited, doc):
        return None, False  # what happened cannot take the date of a lede later than the writing
    if inherited is not None and not from_lede and _further_engagement(ctx, t0, inherited):
        inherited = coarsen(inherited, "month")
    return inherited, False


_SEPARATE_LETTER = re.compile(r"\bseparate\s+(?:[\w-]+\s+)?(?:message|letter|cable)\b", re.IGNORECASE)


# "The minister also called on X": a further engagement, told after another of the same visit
_ALSO_BEFORE = re.compile(r"\balso\s+$", re.IGNORECASE)


def _further_engagement(ctx: _Sentence, t0: Trigger, inherited: DateValue) -> bool:
    """"On 6 July, he co-chaired the dialogue … . The minister also called on X and met Y" during
    a visit of several days told before: the further engagements have no day of their own, the
    day of the one told before is not theirs; they fall in the visit (its month)."""
    v = ctx.doc.last_visit_date
    if inherited.precision != "day" or v is None or v.end is None or v.precision != "day" or v.end == v.start:
        return False
    if not (v.start <= inherited.start <= v.end):
        return False
    return _ALSO_BEFORE.search(ctx.text, max(0, t0.start - 12), t0.start) is not None


def _future_months(dates: list[DateRef], doc: DocContext) -> list[DateRef]:
    """"The sides agreed to hold the next round in May" (written in March 2026): a month named
    without its year for a planned event is the next such month, never one already past."""
    ref = doc.reference_date
    if ref is None or doc.reference_precision not in ("day", "month"):
        return dates
    floor = ref.replace(day=1)
    out = []
    for x in dates:
        if x.kind in ("half", "quarter") and x.date_start is not None and x.date_start.year < ref.year \
                and x.date_end is not None and x.date_end.year == x.date_start.year \
                and x.surface.lower().rstrip().endswith("of the year"):
            # "during X's planned visit in the first half of the year": the year of the plan is
            # the time of writing, not a year told in passing before
            shift = ref.year - x.date_start.year
            x = x._replace(date_start=x.date_start.replace(year=ref.year), date_end=x.date_end.replace(year=x.date_end.year + shift))
        if x.kind == "partial" and x.precision == "month" and x.date_start is not None and x.date_start < floor:
            try:
                start = x.date_start.replace(year=x.date_start.year + 1)
                end = x.date_end.replace(year=x.date_end.year + 1) if x.date_end else None
            except ValueError:
                start, end = x.date_start, x.date_end
            if start >= floor:
                x = x._replace(date_start=start, date_end=end)
        out.append(x)
    return out


def _planned_later(ctx: _Sentence, d: Draft, t0: Trigger, dates: list[DateRef], own: DateValue) -> DateValue:
    """"On 3 August, A and B met and agreed to hold a joint exercise … in 2027": a planned event
    never precedes the day it was planned, so a date after its trigger that is later than the
    one picked (the date of the decision, told before the trigger) is the planned event's."""
    before = {v.start for v in (to_value(x) for x in dates if d.lo <= x.start and x.end <= t0.start) if v}
    if own.start not in before:
        return own  # the date was told with or after the trigger
    later = [
        x for x in dates
        if t0.end <= x.start < d.hi and x.qualifier not in ("until", "since", "as_of")
    ]
    for x in later:
        v = to_value(x)
        if v is not None and v.start > (own.end or own.start):
            return v
    return own


# a visit noun, its destination and its own span: "after a working visit to Japan from June 10 to 14"
_VISIT_NP_GAP = re.compile(r"(?:\s+(?:(?:to|in)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*)?,?\s+$")


def _visit_span_after(text: str, dates: list, d: Draft, t0: Trigger) -> DateValue | None:
    """A visit whose noun phrase is followed by a day range of its own ("returned home on Sunday
    after a working visit to Japan from June 10 to 14"): that range, not a nearer single day of
    the clause (the day of the return)."""
    if d.event_type != "visit" or "visit" not in t0.text.lower():
        return None
    for x in dates:
        if x.start < t0.end or x.start >= d.hi:
            continue
        if x.kind == "range" and x.precision == "day" and x.date_end and x.date_end != x.date_start \
                and _VISIT_NP_GAP.fullmatch(text, t0.end, x.start):
            return to_value(x)
        break
    return None


_FOR_PURPOSE = re.compile(r"\bfor\s*$", re.IGNORECASE)
_ON_ARRIVAL = re.compile(
    r"\b(?:on|upon)\s+(?:the\s+(?:evening|morning|afternoon|night|day)\s+of\s+)?(?:his|her|their|the\s+visitor['’]s)\s+arrival\b"
    r"|\b(?:on|upon)\s+arrival\b",
    re.IGNORECASE,
)
_TO_ATTEND_THE = re.compile(r"\bto\s+(?:attend|take\s+part\s+in|participate\s+in)\s+the\s+(?:summit|meeting|session|talks)\b", re.IGNORECASE)
_BEFORE_THE_EVENT = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:(?:planned|upcoming|forthcoming|next)\s+)?"
    r"(?:session|summit|visit|meeting|commission|dialogue)\b(?!\s+(?:of|on|between|with)\b)",
    re.IGNORECASE,
)
# a caption's present tense verb: "(right) speaks with", "shakes hands with", "meets"
_PRESENT_CAPTION = re.compile(r"\)\s+(?:[a-z]+s)\b")
_TALKS = frozenset({"phone_call", "meeting", "correspondence"})  # (a visit's date spans its purposes)
_YEAR_END = re.compile(r"\b(?:before|by)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)
_SINCE_END = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_GAP = re.compile(r",?\s+when\b[^.;]*$", re.IGNORECASE)


def _since_when(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"the worst attack since March 2025, when a car bomb killed four policemen": the event of
    a when-clause hanging on a since-date happened at that date."""
    text = ctx.text
    for x in reversed(ctx.s.dates):
        if x.end <= t0.start and x.date_start is not None:
            if _WHEN_GAP.match(text, x.end, t0.start) and (
                x.qualifier == "since" or _SINCE_END.search(text, max(0, x.start - 8), x.start)
            ):
                return to_value(x)
            break
    return None


def _inside_since(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"… their first meeting since the two spoke by telephone in January": a trigger inside a
    since-clause is dated by the date after it in that clause (a date the main clause never takes)."""
    if "anchor" not in ctx.cues:
        return None
    lo, hi = ctx.clauses.bounds(t0.start)
    a = _local_start(ctx.text, lo, t0.start, ctx.low)
    if not ctx.cue("anchor", a, t0.start) and t0.text[:6].lower() != "since ":
        return None  # ("the first since the 10th session in Lima in 2022": the trigger opens on it)
    return next((v for v in (to_value(x) for x in ctx.s.dates if t0.end <= x.start < hi) if v), None)


_CLAUSE_MARK = re.compile(r"[,;:]")
_IN_YEAR = re.compile(r"[^.;]*?\b(?:in|since)\s+(1[6-9]\d\d|20\d\d)\b")
_AND_HELD = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_THE_SESSION = re.compile(
    r"[^,;]*?\bthe\s+(?:[\w-]+\s+){0,3}?(?:dialogue|meeting|talks|session|round|consultations|summit|commission|committee|council|forum)\b",
    re.IGNORECASE,
)
_WHO_VISITED = re.compile(r"[^,;]{1,80},\s+who\s+[^;]{3,160}?,\s+(?:then\s+|later\s+|also\s+)?$", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s*(?:when|where)\b", re.IGNORECASE)  # "…, where he will hold talks"


def _relative_day(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"On the same day", "later that day", "the next day": a day relative to the latest dated
    event of the document (only when that one is dated to the day)."""
    base = ctx.doc.last_event_date
    if base is None or base.precision != "day":
        return None
    text = ctx.text
    hi = ctx.clauses.bounds(t0.start)[1]
    if "day" not in text[:hi].lower():
        return None
    m = _RELATIVE_DAY.search(text, 0, hi)
    if not m:
        return None
    if m.group("next"):
        return DateValue((base.end or base.start) + timedelta(days=1), None, "day")
    if m.group("prev"):
        return DateValue(base.start - timedelta(days=1), None, "day")  # "a day earlier"
    return DateValue(base.start, None, "day")


# a sequel adverb right before the trigger ("X then called on Y")
_SEQUEL_BEFORE = re.compile(
    r"\b(?:then|subsequently|afterwards|afterward|thereafter)\s+(?:also\s+)?$"
)
_SPANNING = frozenset({"visit", "military_exercise"})  # events that last several days
# facts told as the background of the news ("established diplomatic relations on 1 August 1955"):
# their date anchors neither "the same day" nor the narrative time of the next sentences
_BACKGROUND = frozenset({"relations_established"})
_BEGIN = re.compile(
    r"\b(?:arrived|arrives|arriving|arrive|landed|lands|touched\s+down|began|begins|begin|started|starts|start|kicked\s+off|kicks\s+off|kick\s+off|"
    r"opened|opens)\b",
    re.IGNORECASE,
)
_END = re.compile(
    r"\b(?:concluded|concludes|wrapped\s+up|wraps\s+up|wrap\s+up|ended|ends|completed|completes|"
    r"wound\s+up|winds\s+up|rounded\s+off|rounds\s+off)\b",
    re.IGNORECASE,
)
_LONG_SESSION = re.compile(
    rf"\b(?P<n>{CARDINAL_RX})-day\s+(?:[\w-]+\s+)?(?:session|meeting|conference|consultations|talks|summit|forum|dialogue)\b", re.IGNORECASE
)
_DAYS = re.compile(rf"\b(?P<n>{CARDINAL_RX})-day\b", re.IGNORECASE)
_DAYS_OF = re.compile(rf"\b(?:after|following)\s+(?P<n>{CARDINAL_RX})\s+days\s+of\b", re.IGNORECASE)


def _session_span(ctx: _Sentence, d: Draft, day: DateValue) -> DateValue:
    """"The two-day session, which opened on Sunday, was co-chaired by …" -> Sunday..Monday: a
    session of a told length whose opening (closing) verb governs the day, between the noun and
    the day; else the day itself."""
    text = ctx.text
    m = _LONG_SESSION.search(text, d.lo, d.hi) if "-day" in text[d.lo : d.hi] else None
    if m is None:
        return day
    at = next((x.start for x in ctx.dates if x.start >= m.end() and x.date_start == day.start), None)
    n = parse_cardinal(m.group("n"))
    if at is None or n is None or not 1 < n < 15 or at - m.end() > 60:
        return day
    begin, end = _BEGIN.search(text, m.end(), at), _END.search(text, m.end(), at)
    if bool(begin) == bool(end):
        return day
    if begin:
        return DateValue(day.start, day.start + timedelta(days=n - 1), "day")
    return DateValue(day.start - timedelta(days=n - 1), day.start, "day")


def _span_of(ctx: _Sentence, d: Draft, t0: Trigger, day: DateValue) -> DateValue:
    """A day told with the beginning or the end of a visit or exercise: "arrived on Tuesday for a
    two-day visit" -> Tuesday..Wednesday; "wrapped up a two-day visit on Tuesday" ->
    Monday..Tuesday; "concluded the exercise on Wednesday" (no length) -> only its month."""
    text = ctx.text
    c_lo, _ = ctx.clauses.bounds(t0.start)
    verb_zone = text[max(d.lo, c_lo, t0.start - 60) : t0.end]
    at = next((x.start for x in ctx.dates if x.start >= t0.end and x.date_start == day.start), None)
    low = ctx.low
    if (
        at is not None
        and (low is None or low.find("that", t0.end, at) >= 0 or low.find("which", t0.end, at) >= 0)  # (every match holds one)
        and _THAT_VERB.match(text, t0.end, at)
    ):
        # "during a three-day visit to Pakistan that ended on Tuesday": the verb of the relative clause
        verb_zone = text[t0.end : at]
    begin, end = _BEGIN.search(verb_zone), _END.search(verb_zone)
    if not (begin or end) or (begin and end):
        return day
    if begin:
        # "landed on Monday, opening a state visit that will keep him in China until Friday": the
        # last day told by "until"/"till"/"through"
        for x in ctx.dates:
            if x.start > t0.start and x.precision == "day" and x.date_start is not None and _UNTIL_BEFORE.search(
                text, max(0, x.start - 16), x.start
            ):
                last = x.date_start
                if x.kind == "weekday" and last <= day.start:  # "until Friday": the first Friday after the start
                    last += timedelta(days=7 * (1 + (day.start - last).days // 7))
                if 0 < (last - day.start).days < 31:
                    return DateValue(day.start, last, "day")
    i = text.find("-day", d.lo, d.hi)  # the length, "a two-day visit", found by its suffix first
    m = _DAYS.search(text, max(d.lo, i - 16), i + 4) if i >= 0 else None
    if m is None and " days of " in text:
        m = _DAYS_OF.search(text, d.lo, d.hi)  # "concluded … on Friday after five days of drills"
    n = parse_cardinal(m.group("n")) if m else None
    if n is None or not 1 < n < 32:
        return day if begin else coarsen(day, "month")  # the end of an unknown span: its month
    if begin:
        return DateValue(day.start, day.start + timedelta(days=n - 1), "day")
    return DateValue(day.start - timedelta(days=n - 1), day.start, "day")


# the trigger's own relative clause up to its date: "… visit to Pakistan that ended on "
_THAT_VERB = re.compile(r"[^.;,]{0,40}?\b(?:that|which)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:the\s+same|that)\s+(?:day|date|morning|afternoon|evening)\b", re.IGNORECASE)


_RECALLED = re.compile(r"\b(?:recalled|recalls|recalling|recall|remembered|remembering)\s", re.IGNORECASE)
# a visit named as the visitor's own: "his first state visit", "her visit", "the visit"
_OWN_VISIT = re.compile(r"\b(?:his|her|their|the|this|that)\s+(?:[\w-]+\s+){0,2}visit\b(?!\s+(?:of|by)\b)", re.IGNORECASE)


_SINCE_YEAR = re.compile(r"\s+((?:1[5-9]|20)\d{2})(?![\d,.]\d)")
# the gap from "since" to the date the relations began: none, or "<a founding event> on|in"
_SINCE_ON = re.compile(r"\s+(?:[^,;.()]{1,60}?\s+(?:on|in)\s+)?")


def _inside_planned_cue(ctx: _Sentence, x: DateRef, t0: Trigger) -> bool:
    """Does a cue of intention before the trigger hold the date ``x`` inside it ("agreed on
    Monday to", "decided Thursday to")?"""
    if x.end > t0.start:
        return False
    a = max(0, x.start - 30)
    m = ctx.cue("planned", a, t0.start)
    return m is not None and a + m.start() < x.start and a + m.end() > x.end


def _established_on(ctx: _Sentence, t0: Trigger) -> DateValue | None:
    """"(the anniversary of) the establishment of diplomatic relations between A and B on April 28,
    1952": a date with its year right after the establishment is its own (not "next year marks …")."""
    for x in ctx.dates:
        if x.start >= t0.end and x.date_start is not None and established_on(ctx.text, t0.end, x):
            v = to_value(x)  # ("(25 April 1961 - 25 April 2026)": the span to now begins with it)
            return DateValue(v.start, None, v.precision) if v is not None and x.kind == "range" else v
        if x.start >= t0.end:
            break
    return None


def _fronted_date(ctx: _Sentence, dates: list[DateRef]) -> DateValue | None:
    """A fronted temporal adverbial ("In October, on the sidelines of X, A met B") dates every
    event of its sentence: a date at the start of the first clause, a clause without a trigger."""
    if not dates:
        return None
    first = dates[0]
    start = ctx.clauses.bounds(first.start)[0]
    if start > ctx.dl + 1 or first.start - start > 12:
        return None
    ci = ctx.clauses.index(first.start)
    if any(c == ci for c, _ in ctx.claims) or ctx.clauses.bounds(first.start)[1] >= ctx.n:
        return None
    return to_value(first)
