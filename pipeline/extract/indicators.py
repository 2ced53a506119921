"""Indicator mentions: quantities with a unit that measure a relationship.

Money in every common form ("$23.06 billion", "23.06 billion U.S. dollars", "Rs. 500 crore"),
quantities with units ("510 kilometers", "8,000 megawatts", "3.64 billion kilowatt-hours") and
counted nouns ("236,000 jobs", "13 meetings") become one mention per figure.  A sentence listing
several figures gives several mentions that share the sentence's subject, period and source.

For each figure:

* ``metric`` — from ``lexicons/metrics.csv``: the counted noun, the words right after the figure
  ("of highways", "in direct investment"), the nearest cue before it ("China's exports to
  Pakistan amounted to"), then a unit default; otherwise the head noun in snake_case.
* ``change_pct`` — a percentage after the figure introduced by a change word ("up 11.1 percent",
  "a year-on-year decrease of 18.2%" -> -18.2).
* ``subject`` — the grammatical subject when it is a name: a capitalised name or acronym followed
  by its verb ("CPEC had created", "the Karot Hydropower Project generated", "the Joint Cooperation
  Committee (JCC), which has held"), or the owner in "meetings of <Name>".  Countries are never
  subjects (they give the direction).
* ``period`` — the date of the sentence nearest the figure ("in 2024" = the year; "by the end of
  2024" = as of 2024; "as of August 2024" = the month); a sentence continuing a run of figure
  sentences in the same paragraph keeps the run's period.  No date, no period.
* ``from/to`` — for exports and imports: the owner ("China's", "Chinese") and the "to"/"from"
  country; an owner missing from an imports clause comes from the previous flow of the run.
* ``source_org`` — "according to <Org>", "data from <Org>", "<X>'s <Org>" -> "<Org> of <X>"; a
  source carries over to the other figure sentences of the same run (forward and backward).

* earlier values — "rose 6.2% to RM112.4 billion in 2023 from RM105.8 billion in 2022": the
  "from"/"compared with" figure after a change is the same measure, dated by its own date or one
  year before the later one; in "AED 312 billion (US$85 billion)" the bracketed conversion is the
  same fact, not a row of its own (the printed currency is kept).
* investment, loans and aid — direction from the owner ("Japanese FDI in the Philippines",
  "Indian companies invested ... in Bangladesh", "Japan provided ... in loans to Viet Nam") and
  "from/in/into/to <country>".
* runs — a one-sentence paragraph without a date of its own continues the figures of the one
  before when it measures the same series ("Trade stood at $14bn in FY2024." / "India's exports
  fell 12% to $12bn."), unless it opens a new topic ("Separately, ...") or names a country
  outside the document's pair; a stock ("have created ... so far") takes only an as-of period;
  an item of a list takes its lead's period; an undated copy of a figure dated elsewhere in the
  document is dropped.

* more forms (session 4) — a conversion after ", or (about)" is the same fact and a change after a
  bracketed conversion is the figure's; a year closing on a date ("the Iranian year that ended on
  March 20, 2026", "the 12 months to June") is the twelve months before it, an Iranian calendar
  year ("the Iranian year 1403") starts on 21 March; debts ("Malawi owes Zambia ...", "arrears to")
  run from debtor to creditor; a government's commitment ("India's commitment of Rs 10,000 crore
  towards ...", "has committed A$2 billion ... to") is development_assistance; approvals ("the
  board approved 127 Chinese-funded projects worth $2.3 billion") are projects_approved and
  investment_approved; a flow in the passive ("goods worth $4 billion were exported from X to Y")
  and "shipped ... to" are exports; the host of investment as subject ("Kenya attracted ...");
  remittances and commitments with one side named take the other of the pair; the starting value
  of a targeted change ("raise capacity from 4,200 MW to 5,000 MW by 2030") is a fact, the target
  is not; "investment in the Uzbek economy" is no national aggregate; a length of the "line
  between" two countries is a border; "as of / at the end of 2025" is that December ("by the end
  of" keeps the year); a bare two-year label ("in 2024-25") is the fiscal year of the one country
  of the pair that has one (India-Russia: April); a Bikram Sambat year in a Nepali text ("fiscal
  year 2081/82") is moved 57 years back; a date in the figure's own phrase wins over a nearer one
  that follows the previous figure ("..., of which Rs 3,150 crore was released in 2025-26").

* more forms (round 8) — a plain-text pipe table is read by :mod:`indicator_table` (header: metric
  and direction, caption or header: unit, first column: period; years across the top are read
  turned); a bare "$" or "dollars" in a text published in a dollar country other than the US is
  that country's dollar; sentences in French, Spanish or Portuguese (the other half of a bilingual
  release) give no figures.

* more forms (round 10) — a length before a second compound modifier measures the noun after both
  ("a 320-kilometre, 500-kilovolt transmission line"); jobs a project "will create" are its jobs
  (keep rows of the lexicon), and jobs told in a sentence naming no country take the direction of
  the document's other jobs and direct-investment figures when these agree; "widened to $4 billion
  from $3.05 billion in FY25" dates the earlier value, the later one keeps its run's period; a date
  past a semicolon dates the next clause; energy storage is reported in MWh; cargo a port handled.

* more forms (round 12) — the words after a bracketed conversion are the figure's own ("a $420
  million (about Sh1.1 trillion) line of credit" is a loan); an undated generic "deal" equal to a
  dated figure is its copy; "the previous year" of a fiscal-year figure is the fiscal year before
  it, and an earlier value's own date dates no later figure; a period after "in" is no place; a loan
  or grant a side "will provide" ("a grant of") is the instrument, given by a national institution
  or a capital as subject, received by the pair's other country, and dated by the year it is
  announced when nothing dates it; "X is the largest source of" investment owns the sentence's
  figures; electricity "supplied" with no country is generation; a measure modifying a noun ("the
  720-megawatt plant") takes no date past the next figure; debt swaps are no currency swaps.

Not indicators: dates and years, ordinals, bare numbers, "two countries", durations, casualties,
targets and forecasts ("expected to reach", "analysts expect ... to exceed", "500 MW by 2030" in an
article of 2025, a headline's "trade tops $5 billion"), commitments ("will supply", "would
invest", "a deal for X to supply"), the length of a border, national aggregates (GDP, reserves,
population, "total exports", "exports to Africa"), loans of international lenders, measures that
the lexicon cannot name between no two countries ("produces 2 million tonnes of tea"), and
amounts that the lexicon cannot name in a sentence naming no country ("Flood damage estimated at
Rs 46 billion").
Layout: this module is the frame stage (candidates, contexts, runs); the per-sentence finder is
:mod:`pipeline.extract.indicator_sentence` (its parts in the ``indicator_*`` modules it lists),
the metrics lexicon and its literal gates :mod:`pipeline.extract.indicator_lexicon`, regex helpers
:mod:`pipeline.extract.indicator_regex`.
"""

from __future__ import annotations

import functools
import re

import polars as pl

from pipeline.extract.agreement_lists import LEAD_END, list_leads
from pipeline.extract.dates_values import year_value
from pipeline.extract.indicator_anaphora import follow_up_change, resolve_figure_anaphora
from pipeline.extract.indicator_lexicon import live_rows
from pipeline.extract.indicator_patterns import _ACTOR_KINDS
from pipeline.extract.indicator_sentence import SentenceInfo, find_indicators
from pipeline.extract.indicator_table import TABLE_LINE_RE, table_indicators
from pipeline.extract.indicator_values import step_of
from pipeline.extract.numbers import currency_word_mask
from pipeline.lexicons import read_lexicon
from pipeline.model import INDICATOR_MENTIONS, empty
from pipeline.extract.sentence_index import by_sentence as _by_sentence

__all__ = ["extract_indicators", "find_indicators", "SentenceInfo"]


@functools.cache
def _prefilter() -> str:
    """One vectorised filter (no look-around): a number next to a currency, a unit or a counted
    noun (up to two words between, or two coordinated modifiers and one more: "8,000 direct and
    indirect jobs"), or a currency symbol/code right before a digit."""
    units = read_lexicon("units")
    cur = read_lexicon("currencies")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

    scale = alt(units.filter(pl.col("kind") == "scale")["surface"].to_list())
    after = alt(units.filter(pl.col("kind") != "scale")["surface"].to_list()
                + cur.filter(pl.col("position") != "prefix")["surface"].to_list())
    before = alt(cur.filter(pl.col("position") != "suffix")["surface"].to_list())
    num = (r"(?:\d[\d,.]*|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
           r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen))")
    return (
        rf"(?:{before})\s?\d"
        rf"|{num}(?:\s*-?\s*(?i:{scale}))*\s*-?\s*(?:[a-z][\w-]*\s+(?:and|or)\s+)?(?:[A-Za-z][\w'-]*\s+){{0,2}}(?i:{after})"
    )


def _candidates() -> pl.Expr:
    """Sentences that may hold a figure: :func:`_prefilter`, or a number before a plural demonym
    (people counted by their nationality: "employ 120,000 Filipinos", "45,000 Vietnamese")."""
    text = pl.col("text")
    # (a superset of the demonym counts: a number before a capitalised plural or "-ese" word)
    # (the word's end as a non-word character or the text's end: the same as "\b" after a letter,
    # and ~2x faster than a Unicode word boundary in the vectorised engine)
    return text.str.contains(_prefilter()) | text.str.contains(r"\d\s+[A-Z][a-z]+(?:s|ese)(?:\W|$)")


# the commonest function words of French, Spanish and Portuguese, and of English: a sentence with
# at least three of the first and more than three times as many as of the second is no English text
# (the other language's half of a bilingual release repeats the English figures: "318 millions de
# dollars"), while an English sentence naming "the Banco de la República" stays
_ROMANCE_WORDS = (r"(?i)(?:^|[\s(])(?:de|la|le|les|des|du|et|à|au|aux|en|los|las|del|el|y|que|por|para|con|una|une|"
                  r"est|sont|ont|entre|sur|dans|da|do|dos|das|em|com|pelo|pela)(?:[\s,.;:)]|$)")
_ENGLISH_WORDS = (r"(?i)(?:^|[\s(])(?:the|of|and|to|in|was|were|is|are|with|for|by|from|on|at|has|have|had|"
                  r"its|their|which|that)(?:[\s,.;:)]|$)")


def _not_english() -> pl.Expr:
    """Sentences written in French, Spanish or Portuguese (see ``_ROMANCE_WORDS``)."""
    text = pl.col("text")
    foreign = text.str.count_matches(_ROMANCE_WORDS)
    english = text.str.count_matches(_ENGLISH_WORDS)
    return (foreign >= 3) & (foreign > 3 * english)


def _ranked_countries(countries: pl.DataFrame, places: bool = False) -> dict[str, tuple[str, ...]]:
    """doc_id -> the ISO-3 codes of its actor-country mentions (with ``places``: also of its
    cities and regions), most frequent first (ties: first seen first)."""
    if countries.height == 0:
        return {}
    ranked = (
        countries.with_row_index("_i")
        .filter(pl.lit(places) | pl.col("kind").is_in(list(_ACTOR_KINDS)))
        .group_by("doc_id", "iso3")
        .agg(pl.len().alias("_n"), pl.col("_i").min().alias("_first"))
        .sort(["doc_id", "_n", "_first"], descending=[False, True, False])
        .group_by("doc_id", maintain_order=True)
        .agg("iso3")
    )
    return {d: tuple(isos) for d, isos in zip(ranked["doc_id"].to_list(), ranked["iso3"].to_list())}


def extract_indicators(sentences: pl.DataFrame, documents: pl.DataFrame,
                       countries: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Indicator mentions of all documents (schema :data:`pipeline.model.INDICATOR_MENTIONS`).

    ``sentences``: model.SENTENCES (boilerplate skipped); ``documents``: model.DOCUMENTS (its
    ``text`` gives paragraph breaks); ``countries``: country_mentions(sentences); ``dates``:
    extract_dates(sentences, documents).  Offsets are document offsets.

    Vectorised around the per-sentence finder: candidate sentences come from one regex filter,
    the lexicon rows that can fire in each from one Aho-Corasick pass, and the countries, dates
    and neighbours of the candidates from joins; Python only runs on candidate sentences.
    """
    if sentences.height == 0:
        return empty(INDICATOR_MENTIONS)
    tables = _table_rows(sentences, documents)
    sents = sentences
    if "is_boilerplate" in sents.columns:
        sents = sents.filter(~pl.col("is_boilerplate").fill_null(False))
    # every sentence with its predecessor (the run of figure sentences continues across it)
    sents = sents.select("doc_id", "sentence_id", "char_start", "char_end", "text").sort(
        "doc_id", "sentence_id", "char_start", "char_end", maintain_order=True
    )
    same_doc = pl.col("doc_id") == pl.col("doc_id").shift(1)  # (sorted: no window needed)
    cand = sents.with_columns(
        pl.when(same_doc).then(pl.col("sentence_id").shift(1)).alias("_prev_sid"),
        pl.when(same_doc).then(pl.col("char_end").shift(1)).alias("_prev_end"),
    ).filter(_candidates() & ~pl.col("text").str.contains(_TABLE_ROW) & ~_not_english())
    if cand.height == 0:
        return tables
    cand_docs = cand["doc_id"].unique().to_list()
    keys = cand.select("doc_id", "sentence_id", pl.col("char_start").alias("_off"))

    texts: dict[str, str] = {}
    references: dict = {}
    if documents is not None and documents.height and "text" in documents.columns:
        d = documents.filter(pl.col("doc_id").is_in(cand_docs)).select("doc_id", "text")
        texts = dict(zip(d["doc_id"].to_list(), d["text"].to_list()))
        if "reference_date" in documents.columns:
            r = documents.filter(pl.col("doc_id").is_in(cand_docs) & pl.col("reference_date").is_not_null())
            references = dict(zip(r["doc_id"].to_list(), r["reference_date"].to_list()))

    # countries: "U.S. dollars", "Pakistani rupees": a country word inside a currency name is no country
    c_sent: dict = {}
    ranked: dict[str, tuple[str, ...]] = {}
    ranked_all: dict[str, tuple[str, ...]] = {}
    c_cols = ["doc_id", "sentence_id", "char_start", "char_end", "iso3", "kind"]
    if countries is not None and countries.height and set(c_cols) <= set(countries.columns):
        currency = currency_word_mask(countries, sentences, documents)
        c = countries.select(c_cols).filter(pl.col("doc_id").is_in(cand_docs) & ~currency)
        ranked = _ranked_countries(c)
        # "Rs", "shillings": the currency of the country the article is about or written in (its
        # places count: a Kathmandu dateline)
        ranked_all = _ranked_countries(c, places=True)
        c_sent = _by_sentence(c, keys, ["char_start", "char_end", "iso3", "kind"])
    d_sent: dict = {}
    d_cols = ["doc_id", "sentence_id", "char_start", "char_end", "date_start", "date_end", "precision"]
    if dates is not None and dates.height and set(d_cols) <= set(dates.columns):
        has_q = "qualifier" in dates.columns
        dd = dates.select(d_cols + (["qualifier"] if has_q else []))
        if not has_q:
            dd = dd.with_columns(pl.lit(None, dtype=pl.String).alias("qualifier"))
        d_sent = _by_sentence(dd, keys, ["char_start", "char_end", "date_start", "date_end", "precision", "qualifier"])

    leads = _lead_periods(sents, cand, documents, dates)
    live = live_rows(cand["text"])
    out: list[tuple] = []
    doc_items: list[tuple[int, int | None, int | None, int, list[dict], dict]] = []
    cur_doc = None
    cols = [cand[k].to_list() for k in ("doc_id", "sentence_id", "char_start", "text", "_prev_sid", "_prev_end")]
    for (doc_id, sid, offset, text, prev_sid, prev_end), sent_live in zip(zip(*cols), live):
        if doc_id != cur_doc:
            if doc_items:
                _emit_runs(cur_doc, doc_items, texts.get(cur_doc, ""), out, leads.get(cur_doc))
            doc_items = []
            cur_doc = doc_id
            doc_ranked = ranked.get(doc_id, ())
            doc_currency = ranked_all.get(doc_id, doc_ranked)
        key = (doc_id, sid)
        info = SentenceInfo(
            countries=c_sent.get(key, []),
            dates=d_sent.get(key, []),
            currency_countries=doc_currency,
            dyad=doc_ranked[:2],
            live=sent_live,
            reference=references.get(doc_id),
        )
        rows, facts = find_indicators(text, info)
        if not rows and doc_items and prev_sid is not None and doc_items[-1][0] == prev_sid:
            # "That was 41 percent higher than the previous fiscal year.": the change of the
            # figure that opens the sentence just before
            chg = follow_up_change(text)
            first = doc_items[-1][4][0]
            # (one measure told before: "invested $900 million, while trade reached $3.1 billion. That was
            # 8 percent higher" names no one figure)
            if chg is not None and first["change_pct"] is None \
                    and all(r["metric"] == first["metric"] for r in doc_items[-1][4]):
                first["change_pct"] = chg
        if rows:
            for r in rows:
                r["char_start"] += offset
                r["char_end"] += offset
            doc_items.append((sid, prev_sid, prev_end, offset, rows, facts))
    if doc_items:
        _emit_runs(cur_doc, doc_items, texts.get(cur_doc, ""), out, leads.get(cur_doc))
    columns = list(zip(*out)) if out else [()] * len(_OUT_COLUMNS)
    found = pl.DataFrame(dict(zip(_OUT_COLUMNS, map(list, columns))), schema=INDICATOR_MENTIONS)
    found = _local_dollars(found, documents)
    return pl.concat([found, tables]) if tables.height else found


@functools.cache
def _dollar_countries() -> dict[str, str]:
    """ISO-3 -> the code of its own dollar, for the countries other than the US whose currency is a
    dollar (``currencies.csv``: "Canadian dollars" -> CAN: CAD)."""
    cur = read_lexicon("currencies")
    rows = cur.filter(pl.col("surface").str.to_lowercase().str.contains("dollar") & (pl.col("iso_code") != "USD"))
    return dict(zip(rows["country_iso3"].to_list(), rows["iso_code"].to_list()))


def _local_dollars(found: pl.DataFrame, documents: pl.DataFrame | None) -> pl.DataFrame:
    """A bare "$" in a text published in a dollar country other than the US is that country's
    dollar: a Canadian government release ("Global Affairs Canada", a ".ca" site) writes "$318
    million" or "318 million dollars" for Canadian dollars, an Australian one for Australian
    dollars.  "US$", "C$", "US dollars" keep their own currency."""
    if found.height == 0 or documents is None or "text" not in documents.columns:
        return found
    from pipeline.extract.persons_home_country import domain_country, publisher_country

    local: dict[str, str] = {}
    cols = [c for c in ("publisher", "url") if c in documents.columns]
    if not cols:
        return found
    dollars = _dollar_countries()
    for row in documents.select("doc_id", *cols).iter_rows(named=True):
        iso = publisher_country(row.get("publisher")) or domain_country(row.get("url"))
        if iso in dollars:
            local[row["doc_id"]] = dollars[iso]
    if not local:
        return found
    texts = documents.filter(pl.col("doc_id").is_in(list(local))).select("doc_id", pl.col("text").alias("_t"))
    marked = found.join(texts, on="doc_id", how="left", maintain_order="left")
    span = pl.col("_t").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
    before = pl.when(pl.col("char_start") > 0).then(
        pl.col("_t").str.slice((pl.col("char_start") - 1).clip(0), 1)).otherwise(pl.lit(""))
    bare = (
        pl.col("doc_id").is_in(list(local)) & (pl.col("unit") == "USD")
        & ((span.str.starts_with("$") & ~before.str.contains(r"[A-Za-z.$]"))
           | span.str.contains(r"(?i)\d\s+(?:(?:thousand|million|billion|trillion)\s+)?dollars?$"))
    )
    return marked.with_columns(
        pl.when(bare).then(pl.col("doc_id").replace_strict(local, default=None)).otherwise(pl.col("unit")).alias("unit")
    ).drop("_t")


# a sentence holding a line of a pipe table (its figures come from :func:`_table_rows`, with the
# header's meaning)
_TABLE_ROW = TABLE_LINE_RE.pattern


def _table_rows(sentences: pl.DataFrame, documents: pl.DataFrame | None) -> pl.DataFrame:
    """Indicator mentions of the pipe tables of the documents (see :mod:`indicator_table`); only
    documents with a table line are read."""
    if documents is None or documents.height == 0 or "text" not in documents.columns:
        return empty(INDICATOR_MENTIONS)
    docs = documents.filter(pl.col("text").str.contains(TABLE_LINE_RE.pattern)).select("doc_id", "text")
    parts = (sentences.filter(pl.col("doc_id").is_in(docs["doc_id"].implode()))
             .select("doc_id", "sentence_id", "char_start", "char_end")
             .partition_by("doc_id", as_dict=True))  # once, not a filter of every sentence per document
    rows: list[dict] = []
    for doc_id, text in docs.iter_rows():
        part = parts.get((doc_id,))
        spans = [] if part is None else part.sort("char_start").drop("doc_id").rows()
        rows.extend(table_indicators(doc_id, text, spans))
    if not rows:
        return empty(INDICATOR_MENTIONS)
    return pl.DataFrame(rows, schema=INDICATOR_MENTIONS)


# the columns of the rows :func:`_emit_runs` appends, in order: the mention schema's
_OUT_COLUMNS = tuple(INDICATOR_MENTIONS)


def _lead_periods(sents: pl.DataFrame, cand: pl.DataFrame, documents: pl.DataFrame | None,
                  dates: pl.DataFrame | None) -> dict[str, dict[int, tuple]]:
    """doc_id -> {sentence_id of a candidate that is an item of a list -> the period of the list's
    lead sentence ("Trade with Kenya in 2023:" / "- exports: $1.2 billion")}.  Only documents
    with a sentence ending in a colon are looked at (``sents``: sorted by document and position)."""
    d_cols = {"doc_id", "sentence_id", "date_start", "date_end", "precision"}
    if documents is None or "text" not in documents.columns or dates is None or not d_cols <= set(dates.columns):
        return {}
    docs = cand["doc_id"].unique().implode()
    colon = sents.filter(pl.col("doc_id").is_in(docs) & pl.col("text").str.contains(LEAD_END))
    if colon.height == 0:
        return {}
    ls = sents.filter(pl.col("doc_id").is_in(colon["doc_id"].unique().implode()))
    dt = documents.select("doc_id", pl.col("text").alias("_dt")).unique("doc_id", keep="last", maintain_order=True)
    same = pl.col("doc_id") == pl.col("doc_id").shift(1)
    ls = ls.join(dt, on="doc_id", how="left", maintain_order="left").with_columns(
        (~same.fill_null(False)).cum_sum().alias("_d"),
        pl.when(same).then(pl.col("_dt").str.slice(pl.col("char_end").shift(1),
                                                    (pl.col("char_start") - pl.col("char_end").shift(1)).clip(0)))
        .alias("_gap"),
    )
    ls = ls.with_columns(list_leads(ls).alias("_lead_sid")).filter(pl.col("_lead_sid").is_not_null())
    items = ls.join(cand.select("doc_id", "sentence_id"), on=["doc_id", "sentence_id"], how="semi")
    if items.height == 0:
        return {}
    qual = pl.col("qualifier") if "qualifier" in dates.columns else pl.lit(None, dtype=pl.String)
    lead_dates = (
        dates.with_columns(qual.alias("_q"))
        .filter(pl.col("date_start").is_not_null() & pl.col("precision").is_not_null()
                & (pl.col("precision") != "unknown") & (pl.col("_q").fill_null("") != "until"))
        .join(items.select("doc_id", pl.col("_lead_sid").alias("sentence_id")).unique(),
              on=["doc_id", "sentence_id"], how="semi")
        .group_by("doc_id", "sentence_id", maintain_order=True)
        .agg(pl.col("date_start").first(), pl.col("date_end").first(), pl.col("precision").first(),
             pl.col("_q").first())
    )
    periods = {
        (d, s): (ds, None if q == "since" else de, p)
        for d, s, ds, de, p, q in lead_dates.select("doc_id", "sentence_id", "date_start", "date_end", "precision",
                                                    "_q").iter_rows()
    }
    out: dict[str, dict[int, tuple]] = {}
    for d, s, lead in items.select("doc_id", "sentence_id", "_lead_sid").iter_rows():
        p = periods.get((d, lead))
        if p is not None:
            out.setdefault(d, {})[s] = p
    return out


# metrics of one statistical series: a paragraph on exports goes on from one on total trade
_FAMILY = {"trade_total": "trade", "exports": "trade", "imports": "trade", "trade_balance": "trade"}


def _continues(rows: list[dict], facts: dict, prev_rows: list[dict]) -> bool:
    """A figure sentence opening a paragraph goes on with the previous paragraph's figures: it
    has no date of its own, opens no new topic, holds no stock ("so far"), and measures the same
    series ("Trade stood at $14bn in FY2024." / "India's exports fell 12% to $12bn.")."""
    if facts["period"] is not None or facts.get("shift") or any(r.get("cumulative") for r in rows):
        return False
    before = {_FAMILY.get(r["metric"], r["metric"]) for r in prev_rows}
    return all(_FAMILY.get(r["metric"], r["metric"]) in before for r in rows)


def _run_partner(r: dict, pairs: dict[str, tuple[str, str]]) -> None:
    """A trade flow of a run that names one country or none takes its direction from the run's
    last flow that named both: "Uganda exported 1.2 million tonnes of maize to Kenya. Kenya bought a
    further 300,000 tonnes. Exports of sugar reached 80,000 tonnes." (``pairs``: metric or "any"
    -> (from, to), updated)."""
    frm, to = r["from_country_iso3"], r["to_country_iso3"]
    if frm and to:
        pairs[r["metric"]] = pairs["any"] = (frm, to)
        return
    known = frm or to
    if known:
        pair = pairs.get("any")
        if pair and known in pair and pair[0] != pair[1]:
            partner = pair[1] if pair[0] == known else pair[0]
            r["from_country_iso3"], r["to_country_iso3"] = (frm, partner) if frm else (partner, to)
    elif r["metric"] in pairs:
        r["from_country_iso3"], r["to_country_iso3"] = pairs[r["metric"]]


_TWO_ENDED = frozenset({"exports", "imports", "trade_balance"})


def _one_country_total(r: dict) -> bool:
    """A flow that names one end and whose other end neither its sentence nor its run gives is a
    country's total, no measure of a relationship: "Kenya's exports rose 8 percent to $7.2 billion"
    (to the world), "Uganda attracted $2.9 billion in FDI" (from everywhere)."""
    frm, to = r["from_country_iso3"], r["to_country_iso3"]
    if (frm is None) == (to is None):
        return False
    return r["metric"] in _TWO_ENDED or (r["metric"] == "direct_investment" and frm is None)


def _total_partner(r: dict, total: dict | None, dyad: tuple[str, ...]) -> None:
    """A trade flow that names one country of the document's pair, told after the pair's trade
    total in the same run, is that trade's part: its partner is the other country of the pair
    ("Bilateral trade reached $3.2 billion in 2025, with Kenya's exports at $2.4 billion"); a flow
    larger than the total is no part of it (the country's exports to the world)."""
    frm, to = r["from_country_iso3"], r["to_country_iso3"]
    if total is None or len(dyad) != 2 or (frm is None) == (to is None):
        return
    known = frm or to
    if known not in dyad or total["unit"] != r["unit"] or r["value"] > total["value"]:
        return
    partner = dyad[1] if dyad[0] == known else dyad[0]
    r["from_country_iso3"], r["to_country_iso3"] = (frm, partner) if frm else (partner, to)


# figures whose direction is that of foreign investment in the host (investor -> host)
_INVESTMENT_FLOW_METRICS = ("jobs_created", "direct_investment")


def _jobs_of_the_document(emitted: list[tuple[int, dict, str | None]]) -> None:
    """Jobs told without any country ("The project will create around 2,800 jobs") are jobs of the
    investment the document is about: they take the direction (investor -> host) of the document's
    other jobs and direct-investment figures, when all of those that have one agree."""
    if not any(r["metric"] == "jobs_created" and r.get("countryless") for _s, r, _src in emitted):
        return
    flows = {(r["from_country_iso3"], r["to_country_iso3"]) for _s, r, _src in emitted
             if r["metric"] in _INVESTMENT_FLOW_METRICS and r["from_country_iso3"] and r["to_country_iso3"]}
    if len(flows) != 1:
        return
    frm, to = next(iter(flows))
    for _s, r, _src in emitted:
        if (r["metric"] == "jobs_created" and r.get("countryless") and r["from_country_iso3"] is None
                and r["to_country_iso3"] is None):
            r["from_country_iso3"], r["to_country_iso3"] = frm, to


# metrics of a generic noun ("deal", "package"): an undated one equal to a dated figure is its copy
_GENERIC_AMOUNTS = frozenset({"deal_value"})
# sums of development finance, dated by the year of signing
_SIGNED_SUMS = frozenset({"loan", "grant"})
# metrics of an instrument or a commitment that such a generic noun may name again ("sign $420m deal"
# for the body's dated loan); not a statistic of trade or flows ("trade reached $1 billion in 2025"
# is no deal of the same amount)
_INSTRUMENT_AMOUNTS = frozenset({
    "loan", "grant", "debt_swap", "currency_swap", "investment_fund", "deal_value", "project_value",
    "project_cost", "declared_investment", "direct_investment", "funding", "aid", "development_assistance",
    "deposit", "treasury_bills",
})


def _emit_runs(doc_id: str, items: list[tuple], doc_text: str, out: list[tuple],
               lead_periods: dict[int, tuple] | None = None) -> None:
    """Group a document's figure sentences into runs (consecutive sentences of one paragraph, or
    a sentence without a date of its own right after a figure sentence of the paragraph before,
    on the same pair of countries and not opening a new topic ("Separately, ..."): news
    paragraphs of one sentence go on with the same period), carry source, period and
    reporter within each run (an item of a list without a date of its own takes its lead's
    period, ``lead_periods``: sentence_id -> period; a cumulative figure "have created ... so far"
    takes only an as-of period, "by the end of 2022"),
    and append the rows to ``out`` (tuples in the column order of ``_OUT_COLUMNS``), without an undated copy of a figure dated elsewhere in the
    document, exact or rounded at its own precision ("US$1.8 billion" for "US$1.82 billion")."""
    lead_periods = lead_periods or {}
    runs: list[list[tuple]] = []
    for item in items:
        sid, prev_sid, prev_end, start, rows, facts = item
        if runs and facts.get("same_period"):
            runs[-1].append(item)  # "... during the same period": the figures told just before
            continue
        if runs and doc_text and prev_sid is not None and prev_sid == runs[-1][-1][0]:
            if doc_text.find("\n", prev_end, start) < 0 or _continues(rows, facts, runs[-1][-1][4]):
                runs[-1].append(item)
                continue
        runs.append([item])
    emitted: list[tuple[int, dict, str | None]] = []
    for run in runs:
        # the source: forward, then backward within the run
        src = None
        for *_x, facts in run:
            if facts["source"]:
                src = facts["source"]
            elif src and not facts.get("attributed"):
                facts["source"] = src
        src = None
        for *_x, facts in reversed(run):
            if facts["source"]:
                src = facts["source"]
            elif src and not facts.get("attributed"):
                facts["source"] = src
        period = None
        as_of = False  # the carried period is a point in time ("by the end of 2022"): a stock may take it
        reporter = None
        pairs: dict[str, tuple[str, str]] = {}  # the last flow of the run that named both countries
        total = None  # the run's last trade total between the document's two countries
        for sid, _ps, _pe, _st, rows, facts in run:
            lead = lead_periods.get(sid)
            if facts["period"] is None and lead is not None:
                period, as_of = lead, False
            for r in rows:
                # (a current count, "400 Chinese companies are operating in the country", takes none)
                if (r["period"] is None and period is not None and (as_of or not r.get("cumulative"))
                        and not r.get("current")):
                    r["period"] = period
                if r["period"] is None and r.get("fallback_period") is not None:
                    r["period"] = r["fallback_period"]  # (no period in the run: the earlier value's date)
                if r["metric"] == "imports" and r["to_country_iso3"] is None and r["from_country_iso3"] and reporter:
                    r["to_country_iso3"] = reporter if reporter != r["from_country_iso3"] else None
                if r["metric"] == "exports" and r["from_country_iso3"] is None and r["to_country_iso3"] and reporter:
                    r["from_country_iso3"] = reporter if reporter != r["to_country_iso3"] else None
                if r["metric"] in ("exports", "imports"):
                    _run_partner(r, pairs)
                    _total_partner(r, total, facts.get("dyad", ()))
                elif r["metric"] == "trade_total" and r["from_country_iso3"] is None and r["to_country_iso3"] is None:
                    total = r
            if facts["period"] is not None:
                period, as_of = facts["period"], facts.get("as_of", False)
            if facts["reporter"]:
                reporter = facts["reporter"]
            for r in rows:
                emitted.append((sid, r, facts["source"]))
    emitted = resolve_figure_anaphora(emitted)  # "The full-year figure for 2025 was ...": the measure told before
    _jobs_of_the_document(emitted)
    dated: dict[tuple, set] = {}
    dated_values: dict[str | None, list[float]] = {}
    dated_instruments: dict[str | None, list[float]] = {}
    for _sid, r, _src in emitted:
        if r["period"] is not None:
            dated.setdefault((r["metric"], r["value"], r["unit"]), set()).add(r["subject"])
            dated_values.setdefault(r["unit"], []).append(r["value"])
            if r["metric"] in _INSTRUMENT_AMOUNTS:
                dated_instruments.setdefault(r["unit"], []).append(r["value"])
    for sid, r, source in emitted:
        if _one_country_total(r):
            continue
        subjects = dated.get((r["metric"], r["value"], r["unit"])) if r["period"] is None else None
        if subjects and (r["subject"] is None or None in subjects or r["subject"] in subjects):
            continue  # an undated copy ("about 1,200 personnel" in a caption) of a dated figure
        if r["period"] is None and r["metric"] in _GENERIC_AMOUNTS and r["value"] in dated_instruments.get(r["unit"], ()):
            continue  # "sign $420m deal" in a headline: the dated loan of the body told by a generic noun
        step = step_of(r["surface"], r["value"]) if r["period"] is None and r.get("surface") else 0.0
        if r["period"] is None and step > 0 and any(
            0 < abs(v - r["value"]) <= min(step / 2 * 1.000001, 0.05 * abs(v)) for v in dated_values.get(r["unit"], ())
        ):
            continue  # a rounded copy ("trade tops US$1.8 billion" in a headline) of a dated figure
        p = r["period"]
        if p and p[2] == "day" and r["metric"] in _SIGNED_SUMS and p[0] is not None:
            # a loan or grant signed on a day ("signed on Wednesday ... a grant of 80 million yuan")
            # is the development finance of its year: one fact with the same sum reported elsewhere
            y = year_value(p[0].year)
            p = (y.start, y.end, y.precision)
        ps, pe, prec = p if p else (None, None, "unknown")
        out.append((doc_id, sid, r["char_start"], r["char_end"], r["subject"], r["metric"], r["value"], r["unit"],
                    ps, pe, prec, r["change_pct"], r["from_country_iso3"], r["to_country_iso3"], source))
