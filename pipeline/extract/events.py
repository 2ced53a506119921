"""Event mentions: visits, meetings, calls, letters, joint exercises, attacks, relations established.

An event is something that happened (or is scheduled) between actors of two or more countries at
a time that the text places (WAREHOUSE_CONTRACT "Event").  This module is the driver:

1. vectorised prefilter: a few polars ``str.contains`` over alternations of the triggers of
   ``lexicons/event_triggers.csv``; documents without a candidate sentence are never touched;
2. the mention frames are attached to their sentences with a few joins, and one Aho-Corasick
   pass finds the gate literals of every candidate sentence, which tell which trigger and cue
   regexes can match at all (:mod:`pipeline.extract.event_inputs`, :mod:`~.event_gates`);
3. per document, in text order, a running narrative state (:class:`DocContext`): the dyad (the two
   countries most mentioned), the lede date, the latest date of the current paragraph, the
   persons seen so far (pronouns, "the prime minister", "his Chinese counterpart"), indexed by
   name so that nothing rescans the history;
4. per candidate sentence, :func:`pipeline.extract.event_sentence.analyse_sentence` turns
   triggers into event mentions (participants, place, mechanism, round, casualties, date); a
   meeting told without persons ("the two governments met …") takes the persons of both sides
   that the next, undated sentence of its paragraph names (:func:`_name_the_sides`);
5. the rows are collected column-wise and become one frame (:mod:`~.event_output`).

Types and PLOVER codes are mapped later by the resolver; one row here is one mention.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta

import polars as pl

from pipeline.extract.event_counterpart_named import REACH, name_the_counterpart, open_talk, remember
from pipeline.extract.event_dates import TERMINAL_END, to_value, usable
from pipeline.extract.event_delegation_heads import name_the_other_head, one_sided
from pipeline.extract.event_inputs import sentence_inputs
from pipeline.extract.event_elided_sessions import elided_sessions
from pipeline.extract.event_first_person import has_voice_head, header_voice, label_voice, speak_in_first_person
from pipeline.extract.event_headlines import HeadlineEvents
from pipeline.extract.event_item_headlines import item_headline, named_only
from pipeline.extract.event_lexicon import prefilter_patterns
from pipeline.extract.event_mechanism import defined_acronyms
from pipeline.extract.event_model import DateValue, DocContext, Draft, Person, SentenceInput
from pipeline.extract.event_output import MentionRows
from pipeline.extract.event_participants import ACTOR_KINDS
from pipeline.extract.event_sentence import analyse_sentence, redate_attacks
from pipeline.extract.event_status import status_by_date
from pipeline.extract.event_text import dateline_end, is_caption
from pipeline.extract.event_undersigned import GATE as UNDERSIGNED, join_the_undersigned, speaker_label
from pipeline.extract.event_visit_dates_after import date_the_planned_visit
from pipeline.extract.questions import is_direct_question
from pipeline.extract.dates_grammar import DAY, MON, WEEKDAY, WEEKDAYS
from pipeline.extract.dates_stamps import STAMP_MAX, stamp_day
from pipeline.gc_pause import gc_paused
from pipeline.model import EVENT_MENTIONS, empty

__all__ = ["extract_events", "document_dyads", "candidate_mask"]


def candidate_mask(text: pl.Expr) -> pl.Expr:
    """True where a sentence contains an event trigger (a few vectorised alternations)."""
    mask = None
    for pattern in prefilter_patterns():
        hit = text.str.contains(pattern)
        mask = hit if mask is None else mask | hit
    return mask.fill_null(False)


def document_dyads(countries: pl.DataFrame) -> dict[str, tuple[str, ...]]:
    """doc_id → the two countries most mentioned as actors (ties: first mentioned first)."""
    if countries.height == 0:
        return {}
    actor = countries.with_columns(actor=pl.col("kind").is_in(list(ACTOR_KINDS)))
    ranked = (
        actor.group_by("doc_id", "iso3")
        .agg(
            n_actor=pl.col("actor").sum(),
            n=pl.len(),
            first=pl.col("char_start").min(),
        )
        .sort(["doc_id", "n_actor", "n", "first"], descending=[False, True, True, False])
    )
    out: dict[str, list[str]] = defaultdict(list)
    for doc_id, iso3 in ranked.select("doc_id", "iso3").iter_rows():
        if len(out[doc_id]) < 2:
            out[doc_id].append(iso3)
    return {k: tuple(v) for k, v in out.items()}


# "Related News", "Read more": what follows is a list of links to other stories (their headlines)
_LINKS_MARKER = r"^\s*(?i:related(?:\s+(?:news|stories|articles|posts|coverage))?|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+(?:news|stories)|recommended)\s*:?"
_TERMINAL = TERMINAL_END.pattern


def _drop_link_lists(sentences: pl.DataFrame) -> pl.DataFrame:
    """Headlines listed after a "Related News" / "Read more" line (lines without a sentence's
    final punctuation) are links to other stories, not this article's facts."""
    marker = pl.col("text").str.contains(_LINKS_MARKER)
    first = pl.when(marker).then(pl.col("sentence_id")).min().over("doc_id")
    after = (pl.col("sentence_id") > first) & ~pl.col("text").str.contains(_TERMINAL)
    return sentences.filter(~after.fill_null(False))


def _lede(rows: list[SentenceInput]) -> tuple[DateValue | None, DateValue | None]:
    """(lede date, dateline date): the first date of the first dated body sentence."""
    dateline_date = None
    furniture = None  # the first date of a page line that is only a date ("Wednesday, November 18, 2026 | …")
    for s in rows:
        if not s.dates or is_caption(s.text, s.next_text):
            continue
        dl = dateline_end(s.text)
        if dl and dateline_date is None:
            dateline_date = next((v for v in (to_value(d) for d in s.dates if d.start < dl) if v), None)
        values = [v for v in (to_value(d) for d in usable(s.text, s.dates, dl)) if v]
        if values and not dl and _date_only(s):
            furniture = furniture or values[0]
            continue
        if values:
            return values[0], dateline_date
    return (dateline_date or furniture), dateline_date


_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _date_only(s: SentenceInput) -> bool:
    """A page line holding a date and no prose word (a header or byline date, not the news)."""
    text, cut = s.text, 0
    parts = []
    for d in sorted(s.dates, key=lambda d: d.start):
        parts.append(text[cut : d.start])
        cut = max(cut, d.end)
    parts.append(text[cut:])
    return _PROSE_WORD.search(" ".join(parts)) is None


def _home(rows: list[SentenceInput]) -> str | None:
    """Country of the dateline place of the first sentence that has a dateline."""
    for s in rows[:5]:
        dl = dateline_end(s.text)
        if dl:
            return next((c.iso3 for c in s.places if c.start < dl), None)
    return None


def extract_events(
    sentences: pl.DataFrame,
    documents: pl.DataFrame,
    persons: pl.DataFrame,
    countries: pl.DataFrame,
    dates: pl.DataFrame,
) -> pl.DataFrame:
    """One row per event mention, schema pipeline.model.EVENT_MENTIONS."""
    with gc_paused():
        return _extract_events(sentences, documents, persons, countries, dates)


def _extract_events(
    sentences: pl.DataFrame,
    documents: pl.DataFrame,
    persons: pl.DataFrame,
    countries: pl.DataFrame,
    dates: pl.DataFrame,
) -> pl.DataFrame:
    if sentences.height == 0:
        return empty(EVENT_MENTIONS)
    s = _drop_link_lists(sentences).filter(~pl.col("is_boilerplate").fill_null(False))
    if "title" in documents.columns:
        # a headline repeats the lede without its date; a first line that reads as a sentence
        # (terminal punctuation) is kept even when it was taken as the title
        headline = (pl.col("text").str.strip_chars() == pl.col("title").str.strip_chars()) & ~pl.col(
            "text"
        ).str.contains(r"[.!?][\"'”’)]*\s*$")
        s = s.join(documents.select("doc_id", "title"), on="doc_id", how="left").filter(
            ~headline.fill_null(False)
        )
    s = s.sort("doc_id", "sentence_id").with_columns(
        next_text=pl.col("text").shift(-1).over("doc_id"),
        candidate=candidate_mask(pl.col("text")),
    )
    docs = s.filter(pl.col("candidate")).select("doc_id").unique()
    if docs.height == 0:
        return empty(EVENT_MENTIONS)
    s = s.join(docs, on="doc_id", how="semi", maintain_order="left")
    meta = documents.join(docs, on="doc_id", how="semi")
    countries = countries.join(docs, on="doc_id", how="semi") if countries.height else countries
    persons = persons.join(docs, on="doc_id", how="semi") if persons.height else persons
    dates = dates.join(docs, on="doc_id", how="semi") if dates.height else dates

    dyads = document_dyads(countries)
    cols = ["doc_id", "sentence_id", "char_start", "char_end", "text", "next_text", "candidate"]
    by_doc = sentence_inputs(s.select(cols), persons, countries, dates)

    out = MentionRows()
    no_rows: list[SentenceInput] = []
    meta_cols = [meta.get_column(c).to_list() for c in ("doc_id", "reference_date", "reference_precision", "text")]
    voiced = _voiced_persons(meta_cols[0], meta_cols[3], persons)
    for doc_id, ref, ref_prec, text in zip(*meta_cols):
        rows = by_doc.get(doc_id, no_rows)
        ctx = DocContext(doc_id, ref, ref_prec, dyads.get(doc_id, ()))
        ctx.lede, ctx.dateline_lede = _lede(rows)
        ctx.home = _home(rows)
        text = text or ""
        # acronyms the document defines anywhere (a heading, a question): "the 7th Session of the BNC"
        ctx.acronyms.update(defined_acronyms(text))
        first_row = len(out.drafts)
        prev_end = None
        prev_paragraph = -1
        unnamed: list[Draft] = []  # person-less meetings of the previous sentence
        halves: list[Draft] = []  # meetings of the previous sentence with one side's person only
        talk, talk_age, talk_counterpart = None, 0, False  # a talk whose other side is unnamed (event_counterpart_named)
        speaker = None  # the person of the latest speaker label ("Minister for Trade (X):", event_undersigned)
        voice = header_voice(text, voiced[doc_id]) if doc_id in voiced else None  # who "I" is (event_first_person)
        day_heading = None  # the day of a schedule's heading line ("Monday 11 May"), until a blank line
        undated_plan = None  # an undated planned visit of the previous sentence (event_visit_dates_after)
        prev_text = None  # the previous sentence (a teaser's stamp line above its headline)
        heads = HeadlineEvents()  # unnamed events of the lines above the body (event_headlines)
        for si in rows:
            if talk is not None and (si.persons or "with" in si.text):
                named = name_the_counterpart(talk, si.text, si.persons, si.places, ctx)
                if named is not None:
                    remember(ctx, talk, named, talk_counterpart)
                    talk = None
            if prev_end is None or text.find("\n", prev_end, si.offset) >= 0:
                ctx.previous_paragraph_date = ctx.paragraph_date
                ctx.paragraph_date = None  # a new paragraph
                if day_heading is not None:
                    if prev_end is not None and "\n" not in text[prev_end:si.offset].replace("\n", "", 1).strip(" \t\r"):
                        ctx.paragraph_date = day_heading  # an entry under the day's heading line
                    else:
                        day_heading = None  # a blank line ends the day's entries
                ctx.paragraph += 1
                if si.persons and ":" in si.text:
                    speaker = speaker_label(si) or speaker
                if ":" in si.text:
                    labelled, named = label_voice(si)
                    if labelled:
                        voice = named
            prev_end = si.end
            drafts: list[Draft] = []
            narrative = None
            if undated_plan is not None and prev_paragraph == ctx.paragraph and si.dates:
                if date_the_planned_visit(undated_plan, si):  # "The visit is expected in 2027."
                    out.redate([undated_plan])
            if si.is_candidate:
                if voice is not None:
                    speak_in_first_person(si, voice)
                _known_countries(ctx, si)
                drafts, narrative = analyse_sentence(si, ctx)
                if drafts and is_direct_question(si.text):
                    drafts = []  # "When did A and B establish relations?": a question asks, its answer tells
                if drafts and si.dates and ctx.mechanisms:
                    drafts += elided_sessions(drafts, si, ctx)
                if drafts and day_heading is not None:
                    _scheduled_under_heading(drafts, day_heading, si, ctx)
                if speaker is not None and drafts and UNDERSIGNED in si.text:
                    join_the_undersigned(drafts, speaker, si.text)
                if drafts and (item_headline(si.text, si.next_text) or _under_stamp(si.text, prev_text, ctx)):
                    drafts = named_only(drafts)  # an item's title: its body tells the event
                if unnamed and drafts and _CHAIRED_ANAPHOR.match(si.text):
                    drafts = _chairs_of_the_meeting_told(unnamed, drafts)
                out.add(drafts, si)
                if ctx.redated:  # "The attack took place on Saturday": earlier rows re-dated
                    out.redate(ctx.redated)
                    ctx.redated.clear()
                if unnamed and prev_paragraph == ctx.paragraph and not si.dates:
                    _name_the_sides(unnamed, drafts)
            elif unnamed and prev_paragraph == ctx.paragraph and not si.dates and si.persons:
                _known_countries(ctx, si)
                _name_the_sides_told(unnamed, si.persons)
            elif len(si.text) <= 12 and (heading := _weekday_heading(si.text, ctx)) is not None:
                day_heading = heading  # "MONDAY" heading a weekly diary's day: that day of the week told
            elif si.dates:
                if ctx.attacks:
                    redate_attacks(si, ctx)
                    if ctx.redated:
                        out.redate(ctx.redated)
                        ctx.redated.clear()
                narrative = next((v for v in (to_value(d) for d in usable(si.text, si.dates, dateline_end(si.text))) if v), None)
                if narrative is not None and narrative.precision == "day" and _DAY_HEADING.fullmatch(si.text):
                    day_heading = narrative
                elif narrative is not None and narrative.precision == "month" and _MONTH_HEADING.fullmatch(si.text):
                    day_heading = narrative  # "March" heading a chronology's entries of that month
            if (halves or unnamed) and not drafts and prev_paragraph == ctx.paragraph and not si.dates and si.persons:
                # "The German delegation was headed by X." / "The Kenyan side was led by X.": the
                # head of a side of the meetings of the previous sentence (one side named, or none)
                if halves:
                    name_the_other_head(halves, si)
                if unnamed:
                    name_the_other_head(unnamed, si)
            prev_paragraph = ctx.paragraph
            prev_text = si.text
            heads.see(si, drafts)
            opened = open_talk(drafts) if drafts else None
            if opened is not None:
                talk, talk_age, talk_counterpart = opened, 0, "counterpart" in si.text
            elif talk is not None:
                talk_age += 1
                if talk_age >= REACH:
                    talk = None
            unnamed = [e for e in drafts if e.event_type == "meeting" and not e.persons and len(e.countries) >= 2]
            halves = one_sided(drafts) if drafts else []
            undated_plan = next((e for e in reversed(drafts) if e.event_type == "visit" and e.status == "planned"
                                 and e.date is None), None)
            if narrative is not None:
                ctx.paragraph_date = narrative
            if drafts or si.persons:
                _remember_persons(ctx, si, drafts)
        told = heads.resolve(out.drafts[first_row:])
        if told:
            out.refresh(told)  # a headline's event: the body's event it names
        dated = _date_the_same_session(out.drafts[first_row:])
        if dated:
            out.redate(dated)
        if ctx.superseded:
            out.drop(ctx.superseded)  # an invitation reported later as made: the visit told once
    return out.frame()


# a line that is only a day, as a schedule or programme heads the engagements of that day:
# "Monday 11 May", "Tuesday, 12 May 2026", "Wednesday, May 13:", "14 May"
_DAY_HEADING = re.compile(
    rf"\s*(?:{WEEKDAY},?\s+)?(?:{DAY}\s+(?:of\s+)?{MON}|{MON}\s+{DAY})(?:,?\s+(?:19|20)\d{{2}})?\s*[:.]?\s*"
)


def _under_stamp(text: str, prev_text: str | None, ctx: DocContext) -> bool:
    """Is ``text`` a headline (no terminal punctuation) right under an item's stamp line ("APS ·
    Nov 3, 2026", dates_stamps), as an aggregator lists teasers: the teaser below tells the event."""
    if prev_text is None or len(prev_text) > STAMP_MAX or text.rstrip()[-1:] in ".!?:":
        return False
    return stamp_day(prev_text, ctx.reference_date if ctx.reference_precision == "day" else None) is not None


# a line that is only a month, as a chronology heads the entries of that month: "March", "JUNE 2026"
_MONTH_HEADING = re.compile(rf"\s*(?i:{MON})(?:,?\s+(?:19|20)\d{{2}})?\s*:?\s*")


# a line that is only a weekday, as a weekly diary heads the entries of each day ("MONDAY", "Friday:")
_WEEKDAY_LINE = re.compile(rf"\s*(?P<wd>(?i:{WEEKDAY}))\s*:?\s*")


def _weekday_heading(text: str, ctx: DocContext) -> DateValue | None:
    """The day a weekday heading line names: that weekday of the week (Monday to Sunday) of the
    reference day (a weekly column of the week of 19–25 October, dated the 25th: "MONDAY" is the
    19th; a week's programme dated Monday the 18th: "FRIDAY" is the 22nd, and its entries are
    planned: _scheduled_under_heading)."""
    m = _WEEKDAY_LINE.fullmatch(text)
    ref = ctx.reference_date
    if m is None or ref is None or ctx.reference_precision != "day":
        return None
    day = ref + timedelta(days=WEEKDAYS[m.group("wd").lower()] - ref.weekday())
    return DateValue(day, day, "day")


def _scheduled_under_heading(drafts: list[Draft], day: DateValue, si: SentenceInput, ctx: DocContext) -> None:
    """An engagement listed under a schedule's day heading is on that day: its status follows the
    day as an own date's would (after the reference day: planned; event_status.status_by_date)."""
    text = si.text
    for d in drafts:
        # (a month the entry names for the event stays: "… to prepare the summit in May")
        own = any(d.lo <= x.start < d.hi and to_value(x) == d.date for x in si.dates)
        if (d.date is not None and not own and d.date != day and d.date.precision == "month"
                and d.date.start == day.start.replace(day=1)):
            d.date = day  # (a visit's span: the narrative's day is coarsened; a schedule's entry is that day)
        if d.date == day:
            trigger = text[d.trig_start:d.trig_end]
            if _PARTICIPLE_BY.match(text, d.trig_end):
                trigger = trigger.rsplit(None, 1)[0] if " " in trigger else ""  # "Sixth meeting …, co-chaired by": no tense
            d.status = status_by_date(d, [], ctx, trigger)


_PARTICIPLE_BY = re.compile(r"\s+by\b")


def _voiced_persons(doc_ids: list[str], texts: list[str | None], persons: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """doc_id → its person mentions, for the documents whose heading may name a speaker ("Remarks
    by X", event_first_person); the persons frame is partitioned once, not filtered per document."""
    voiced = [d for d, t in zip(doc_ids, texts) if t and has_voice_head(t)]
    if not voiced or not persons.height:
        return {}
    parts = persons.filter(pl.col("doc_id").is_in(voiced)).partition_by("doc_id", as_dict=True)
    return {key[0]: part for key, part in parts.items()}


# "The 5th meeting of the Joint Working Group was held on 17 November. It was co-chaired by A and
# B.": the subject points back to the meeting the sentence before told; the noun may take a
# modifier or two and a place ("The joint committee", "The JWG meeting", "The meeting in Lima";
# not "The two-day session, which opened on Sunday, was co-chaired by": a clause of its own tells
# its own dates, and the sentence its own meeting; nor "The previous meeting", "The 2025 session": a
# modifier placing the session at another time names another session)
_OTHER_TIME = r"(?!(?i:previous|last|next|earlier|prior|past|preceding|upcoming|forthcoming|\d{4})\b)"
_CHAIRED_ANAPHOR = re.compile(
    r"\s*(?:It|The\s+(?:" + _OTHER_TIME + r"[\w-]+\s+){0,2}?"
    r"(?i:meeting|session|summit|talks|consultations|dialogue|round|commission|council|committee|forum)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})?)"
    r"\s+(?:was|were|had\s+been)\s+(?:jointly\s+)?(?:co-?chaired|chaired|presided\s+over)\s+by\b"
)


def _chairs_of_the_meeting_told(unnamed: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """"It was co-chaired by A and B" after a meeting told without persons (``unnamed``, the
    sentence before): A and B take part in that meeting, and the sentence tells no new meeting
    (its other drafts are kept)."""
    chairs = [(p, role) for d in drafts if d.event_type == "meeting" for p, role in d.persons]
    if not chairs:
        return drafts
    for m in unnamed:
        for p, _ in chairs:
            if p.country is None or p.country in m.countries:
                if all(q.name != p.name for q, _ in m.persons):
                    m.persons.append((p, "participant"))
    return [d for d in drafts if d.event_type != "meeting"]


def _name_the_sides(unnamed: list[Draft], drafts: list[Draft]) -> None:
    """"In April, the two governments met in Warsaw for the consultations. Chancellor X arrived
    and was received by Prime Minister Y.": an undated next sentence of the same paragraph that
    names persons of both sides of the meeting's countries elaborates the same occasion, and
    its persons take part in the meeting."""
    for e in drafts:
        if e.event_type not in ("visit", "meeting"):
            continue
        named = [(p, p.country) for p, _ in e.persons if p.country]
        for m in unnamed:
            if len({c for _, c in named if c in m.countries}) >= 2:
                for p, c in named:
                    if c in m.countries and all(q.name != p.name for q, _ in m.persons):
                        m.persons.append((p, "participant"))
        return


def _date_the_same_session(drafts: list[Draft]) -> list[Draft]:
    """"… prepare for the 5th Session of the Bi-National Commission" (undated) and "The Session …
    will take place in Harare in the second half of 2026": one document's planned session of one
    round told twice is one occasion; the undated mentions take the date told for it (and its
    fuller mechanism name)."""
    out: list[Draft] = []
    dated = [d for d in drafts if d.event_type == "meeting" and d.status == "planned" and d.round and d.date]
    if not dated:
        return out
    for d in drafts:
        if d.event_type != "meeting" or d.status != "planned" or not d.round or d.date is not None:
            continue
        same = [x for x in dated if x.round == d.round and _same_body(x.mechanism, d.mechanism)]
        if len({x.date for x in same}) == 1:
            d.date = same[0].date
            if same[0].mechanism and (not d.mechanism or len(same[0].mechanism) > len(d.mechanism)):
                d.mechanism = same[0].mechanism
            out.append(d)
    return out


def _same_body(a: str | None, b: str | None) -> bool:
    """Do two mechanism names (or a missing one) name the same body ("Bi-National Commission" and
    "South Africa-Zimbabwe Bi-National Commission")?"""
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    return a.endswith(b) or b.endswith(a)


def _name_the_sides_told(unnamed: list[Draft], persons: list) -> None:
    """"In May 2023, the 12th summit was held in Bergen. By then the current leaders, Norwegian
    Prime Minister A and Danish Prime Minister B, were in office.": an undated next sentence
    of the same paragraph that names exactly one person of each of the meeting's two countries
    names its participants."""
    named = {}
    for p in persons:
        if p.country:
            named.setdefault(p.country, set()).add(p.name)
    for m in unnamed:
        if m.persons or len(m.countries) != 2 or set(named) != set(m.countries):
            continue
        if any(len(v) != 1 for v in named.values()):
            continue
        seen = set()
        for p in persons:
            if p.country in m.countries and p.name not in seen:
                seen.add(p.name)
                m.persons.append((p, "participant"))


def _known_countries(ctx: DocContext, si: SentenceInput) -> None:
    """A person named without a country takes the one stated earlier in the document (the
    latest country the persons history gives the name, else the one an event implied); a country
    an event proved (``ctx.corrected``: a state visit is never to one's own country) wins."""
    if not si.persons:
        return
    hist, learned, corrected = ctx.country_by_name, ctx.learned, ctx.corrected
    out = []
    for p in si.persons:
        if corrected and p.name in corrected:
            p = p._replace(country=corrected[p.name])  # an earlier event proved the country
        elif not p.country:
            c = hist.get(p.name) or learned.get(p.name) or _counterpart_side(ctx, si, p)
            if c:
                p = p._replace(country=c)
        out.append(p)
    si.persons = out


# "<A> met her Australian counterpart …": A serves the other country of the document's pair
_OWN_COUNTERPART = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:his|her|their)\s+(?P<dem>[A-Z][\w-]+)\s+counterparts?\b"
)


def _counterpart_side(ctx: DocContext, si: SentenceInput, p) -> str | None:  # noqa: ANN001 - a Person
    """The country of a person named without one who acts towards "his <demonym> counterpart":
    the other country of the document's pair."""
    if len(ctx.dyad) != 2 or "counterpart" not in si.text:
        return None
    m = _OWN_COUNTERPART.match(si.text, p.end)  # (offsets are sentence-relative)
    if m is None:
        return None
    c = next((x.iso3 for x in si.places if m.start("dem") <= x.start < m.end("dem")), None)
    if c is None or c not in ctx.dyad:
        return None
    return next(x for x in ctx.dyad if x != c)


def _remember_persons(ctx: DocContext, si: SentenceInput, drafts: list[Draft]) -> None:
    """Update the persons history and the latest subject (for pronouns in later sentences); a
    visitor named without a country is remembered as serving the visiting country."""
    subject = None
    for d in drafts:
        if d.event_type == "visit" and d.status == "occurred":
            vc = next((iso3 for iso3, role in d.countries.items() if role == "visitor"), None)
            for p, role in d.persons:
                if role == "visitor" and p.country is None and vc:
                    ctx.learned.setdefault(p.name, vc)
        if d.event_type in ("meeting", "phone_call") and len(d.persons) == 2 and len(d.countries) == 2:
            # a two-sided talk between a person of known country and one named without: the
            # latter serves the other side ("Foreign Minister A held a video meeting with
            # Denmark's Foreign Minister B" -> A serves the document's other country)
            (a, _), (b, _) = d.persons
            if (a.country is None) != (b.country is None):
                known, unknown = (a, b) if a.country else (b, a)
                other = [c for c in d.countries if c != known.country]
                if len(other) == 1 and known.country in d.countries:
                    ctx.learned.setdefault(unknown.name, other[0])
        if subject is None:
            for p, role in d.persons:
                if role == "visitor" or role == "participant":
                    subject = p
                    break
    persons = si.persons
    if persons:
        last, hist, titles, history = ctx.last_by_name, ctx.country_by_name, ctx.titles_by_name, ctx.history
        if len(persons) > 1:
            persons = sorted(persons, key=_start)
        corrected = ctx.corrected
        for p in persons:
            name = p.name
            if corrected and name in corrected and p.country != corrected[name]:
                p = p._replace(country=corrected[name])
            known = titles.get(name)
            if known is None:
                known = titles[name] = set()
            if p.titles:
                known.update(t for t in p.titles if t)
            if p.country is None:
                prev = last.get(name)
                if prev is not None and prev.country:
                    p = p._replace(country=prev.country)
            history.append(p)
            last[name] = p
            if p.country:
                hist[name] = p.country
        if subject is None:
            subject = history[-len(persons)]
    if subject is not None:
        ctx.last_subject = subject


def _start(p) -> int:  # noqa: ANN001 - a Person
    return p.start
