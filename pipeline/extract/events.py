"""Event mentions: visits, meetings, calls, letters, joint exercises, attacks, relations established.

An event is something that happened (or is scheduled) between actors of two or more countries at
a time that the text places (WAREHOUSE_CONTRACT "Event").  This module is the driver:

1. vectorised prefilter: ONE polars ``str.contains`` over the alternation of every trigger of
   ``lexicons/event_triggers.csv``; documents without a candidate sentence are never touched;
2. per document, in text order, a running narrative state (:class:`DocContext`): the dyad (the two
   countries most mentioned), the lede date, the latest date of the current paragraph, the
   persons seen so far (pronouns, "the prime minister", "his Chinese counterpart");
3. per candidate sentence, :func:`pipeline.extract.event_sentence.analyse_sentence` turns
   triggers into event mentions (participants, place, mechanism, round, casualties, date).

Types and PLOVER codes are mapped later by the resolver; one row here is one mention.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import polars as pl

from pipeline.extract.event_dates import to_value, usable
from pipeline.extract.event_lexicon import prefilter_pattern
from pipeline.extract.event_model import DateRef, DateValue, DocContext, Draft, Person, Place, SentenceInput
from pipeline.extract.event_sentence import ACTOR_KINDS, analyse_sentence
from pipeline.extract.event_text import collapse, dateline_end, is_caption
from pipeline.model import EVENT_MENTIONS, empty, from_records
from pipeline.resolve.dates import period_end

__all__ = ["extract_events", "document_dyads", "candidate_mask"]


@functools.cache
def _iso3_name(iso3: str) -> str:
    try:
        from pipeline.extract.countries import iso3_name
    except ImportError:  # pragma: no cover - the countries module is part of the package
        return iso3
    return iso3_name(iso3)


def candidate_mask(text: pl.Expr) -> pl.Expr:
    """True where a sentence contains an event trigger (one vectorised regex)."""
    return text.str.contains(prefilter_pattern()).fill_null(False)


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


def _relative(df: pl.DataFrame, sentences: pl.DataFrame, cols: list[str], keep: pl.Expr | None = None) -> pl.DataFrame:
    """Mentions with offsets relative to their sentence (a vectorised join), in text order."""
    out = df.join(
        sentences.select("doc_id", "sentence_id", pl.col("char_start").alias("_s0"), "candidate"),
        on=["doc_id", "sentence_id"],
        how="inner",
    )
    if keep is not None:
        out = out.filter(keep)
    out = out.with_columns(pl.col("char_start") - pl.col("_s0"), pl.col("char_end") - pl.col("_s0"))
    return out.sort("doc_id", "sentence_id", "char_start").select(["doc_id", "sentence_id", *cols])


def _group(df: pl.DataFrame, make) -> dict[tuple[str, int], list]:  # noqa: ANN001 - a NamedTuple class
    """(doc_id, sentence_id) -> [make(*row)] for the rows of ``df``."""
    out: dict[tuple[str, int], list] = defaultdict(list)
    for row in df.iter_rows():
        out[(row[0], row[1])].append(make._make(row[2:]))
    return out


def _mention_lookups(s: pl.DataFrame, persons: pl.DataFrame, countries: pl.DataFrame, dates: pl.DataFrame):  # noqa: ANN202
    """Per-sentence Place, Person and DateRef lists (places only where they are read)."""
    places_by = persons_by = dates_by = {}
    if countries.height:
        keep = pl.col("candidate") | (pl.col("sentence_id") < 8)  # the dateline sits at the top
        places_by = _group(_relative(countries, s, ["char_start", "char_end", "surface", "iso3", "kind"], keep), Place)
    if persons.height:
        grouped = persons.group_by("doc_id", "sentence_id", "char_start", "char_end").agg(
            pl.col("surface").first(),
            pl.col("name").drop_nulls().first(),
            pl.col("title").drop_nulls().unique(maintain_order=True),
            pl.col("country_iso3").drop_nulls().first(),
        ).with_columns(
            pl.col("name").fill_null(pl.col("surface")),
            pl.col("title").list.eval(pl.element()).fill_null([]),
        )
        rel = _relative(grouped, s, ["char_start", "char_end", "surface", "name", "title", "country_iso3"])
        persons_by = defaultdict(list)
        for doc_id, sid, a, b, sf, name, titles, iso3 in rel.iter_rows():
            persons_by[(doc_id, sid)].append(Person(a, b, sf, name, tuple(titles), iso3))
    if dates.height:
        cols = ["char_start", "char_end", "surface", "date_start", "date_end", "precision", "kind", "qualifier"]
        rel = _relative(dates.with_columns(pl.col("precision").fill_null("unknown")), s, cols)
        dates_by = _group(rel, DateRef)
    return places_by, persons_by, dates_by


def _records(drafts: list[Draft], s: SentenceInput) -> list[dict]:
    out = []
    for d in drafts:
        parts = [
            {"name": p.name, "actor_type": "person", "country_iso3": p.country, "role": role}
            for p, role in d.persons
        ]
        parts += [
            {"name": _iso3_name(iso3), "actor_type": "country", "country_iso3": iso3, "role": role}
            for iso3, role in d.countries.items()
        ]
        dv = d.date
        out.append(
            {
                "doc_id": s.doc_id,
                "sentence_id": s.sentence_id,
                "char_start": s.offset,
                "char_end": s.end,
                "event_type": d.event_type,
                "status": d.status,
                "date_start": dv.start if dv else None,
                "date_end": period_end(dv.end or dv.start, dv.precision) if dv else None,
                "date_precision": dv.precision if dv else "unknown",
                "location": d.location,
                "location_country_iso3": d.location_country,
                "host_country_iso3": d.host,
                "mechanism": d.mechanism,
                "mechanism_round": d.round,
                "casualties": d.casualties,
                "participants": parts,
                "summary": collapse(s.text),
            }
        )
    return out


def _lede(rows: list[SentenceInput]) -> tuple[DateValue | None, DateValue | None]:
    """(lede date, dateline date): the first date of the first dated body sentence."""
    dateline_date = None
    for s in rows:
        if not s.dates or is_caption(s.text, s.next_text):
            continue
        dl = dateline_end(s.text)
        if dl and dateline_date is None:
            dateline_date = next((v for v in (to_value(d) for d in s.dates if d.start < dl) if v), None)
        values = [v for v in (to_value(d) for d in usable(s.text, s.dates, dl)) if v]
        if values:
            return values[0], dateline_date
    return dateline_date, dateline_date


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
    if sentences.height == 0:
        return empty(EVENT_MENTIONS)
    s = sentences.filter(~pl.col("is_boilerplate").fill_null(False))
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
    s = s.join(docs, on="doc_id", how="semi")
    meta = documents.join(docs, on="doc_id", how="semi")
    countries = countries.join(docs, on="doc_id", how="semi") if countries.height else countries
    persons = persons.join(docs, on="doc_id", how="semi") if persons.height else persons
    dates = dates.join(docs, on="doc_id", how="semi") if dates.height else dates

    dyads = document_dyads(countries)
    places_by, persons_by, dates_by = _mention_lookups(s, persons, countries, dates)

    records: list[dict] = []
    by_doc: dict[str, list[SentenceInput]] = defaultdict(list)
    empty_list: list = []
    for doc_id, sid, start, end, text, nxt, cand in s.select(
        "doc_id", "sentence_id", "char_start", "char_end", "text", "next_text", "candidate"
    ).iter_rows():
        key = (doc_id, sid)
        si = SentenceInput(doc_id, sid, start, end, text, next_text=nxt, is_candidate=cand)
        si.places = places_by.get(key, empty_list)
        si.persons = persons_by.get(key, empty_list)
        si.dates = dates_by.get(key, empty_list)
        by_doc[doc_id].append(si)

    for doc_id, ref, ref_prec, text in meta.select("doc_id", "reference_date", "reference_precision", "text").iter_rows():
        rows = by_doc.get(doc_id, [])
        ctx = DocContext(doc_id, ref, ref_prec, dyads.get(doc_id, ()))
        ctx.lede, ctx.dateline_lede = _lede(rows)
        ctx.home = _home(rows)
        prev_end = None
        for si in rows:
            if prev_end is None or "\n" in (text or "")[prev_end : si.offset]:
                ctx.paragraph_date = None  # a new paragraph
            prev_end = si.end
            drafts: list[Draft] = []
            narrative = None
            if si.is_candidate:
                _known_countries(ctx, si)
                drafts, narrative = analyse_sentence(si, ctx)
                records += _records(drafts, si)
            else:
                narrative = next((v for v in (to_value(d) for d in usable(si.text, si.dates, dateline_end(si.text))) if v), None)
            if narrative is not None:
                ctx.paragraph_date = narrative
            _remember_persons(ctx, si, drafts)
    if not records:
        return empty(EVENT_MENTIONS)
    return from_records(records, EVENT_MENTIONS).sort("doc_id", "sentence_id", maintain_order=True)


def _known_countries(ctx: DocContext, si: SentenceInput) -> None:
    """A person named without a country takes the one stated earlier in the document."""
    known = dict(ctx.learned)
    known.update({p.name: p.country for p in ctx.history if p.country})
    si.persons = [p if p.country or p.name not in known else p._replace(country=known[p.name]) for p in si.persons]


def _remember_persons(ctx: DocContext, si: SentenceInput, drafts: list[Draft]) -> None:
    """Update the persons history and the latest subject (for pronouns in later sentences); a
    visitor named without a country is remembered as serving the visiting country."""
    for d in drafts:
        if d.event_type == "visit" and d.status == "occurred":
            vc = next((iso3 for iso3, role in d.countries.items() if role == "visitor"), None)
            for p, role in d.persons:
                if role == "visitor" and p.country is None and vc:
                    ctx.learned.setdefault(p.name, vc)
    for p in sorted(si.persons, key=lambda p: p.start):
        known = ctx.titles_by_name.setdefault(p.name, set())
        known.update(t for t in p.titles if t)
        prev = next((q for q in reversed(ctx.history) if q.name == p.name), None)
        if p.country is None and prev is not None and prev.country:
            p = p._replace(country=prev.country)
        ctx.history.append(p)
    subject = next((p for d in drafts for p, role in d.persons if role in ("visitor", "participant")), None)
    if subject is None and si.persons:
        subject = ctx.history[-len(si.persons)]
    if subject is not None:
        ctx.last_subject = subject
