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

Not indicators: dates and years, ordinals, bare numbers, "two countries", durations, casualties,
targets and forecasts ("expected to reach").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from pipeline.extract.numbers import Quantity, currency_word_at, find_quantities
from pipeline.lexicons import read_lexicon
from pipeline.model import INDICATOR_MENTIONS, empty, from_records

__all__ = ["extract_indicators", "find_indicators", "SentenceInfo"]

_ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
_NAME_KINDS = frozenset({"name", "alias", "short"})
_FUNCTION = frozenset(
    "of in to from for with and or the a an by on at as that which were was is are have has had been be "
    "will would its their his her this these those than per each into over under between among since "
    "until during after before more less about some such total".split()
)
_SENTENCE_WORDS = frozenset(
    "The A An In On By As At From To Since After Before During With For Under Over Among Through "
    "According Data Figures Statistics Last This That These Those Its Their Both Meanwhile Besides "
    "Moreover However Also Of It They We He She There Here Today Yesterday Separately Taking "
    "While When Although Despite Apart Thanks Following Among".split()
)
_NAME_TOKEN = r"(?:[A-Z][\w'’&.\-–]*|\d+(?:\.\d+)?)"
_NAME_RUN = rf"[A-Z][\w'’&.\-–]*(?:\s+(?:(?:of|on|for|and|in|the|de)\s+)*{_NAME_TOKEN})*"
_SUBJECT_RE = re.compile(
    rf"(?P<name>{_NAME_RUN})(?:\s*\((?P<acr>[A-Z][\w&-]*)\))?"
    r"(?:\s*,\s*which|\s*,\s*(?:established|set up|founded|launched|created|formed|built)\b[^,;]{0,60},)?\s+"
    r"(?:(?:has|have|had|is|are|was|were)\b|(?:so far\s+)?[a-z]+ed\b)"
)
_ORG_RE = re.compile(rf"\s*(?:the\s+)?(?P<org>{_NAME_RUN})")
# a cumulative figure: present perfect right before it, or "so far"/"to date" right after it
_CUMULATIVE_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:\w+ed|\w+en|held|built|made|won|sent|spent|brought|set)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$")
_CUMULATIVE_AFTER_RE = re.compile(r"(?i)[\w\s-]{0,60}?\b(?:so far|to date|thus far|till now|until now|up to now)\b")
_CHANGE_TO_RE = re.compile(r"\s+to\s+(?:a\s+(?:total|record|high)\s+of\s+|reach\s+|about\s+|nearly\s+)?")
_ADJ_NAME_RE = re.compile(rf"\s+(?P<n>[A-Z][\w'’&.\-–]*(?:\s+(?:(?:of|on|for|and|the)\s+)*{_NAME_TOKEN})*)")
_PARTNER_ANAPHOR_RE = re.compile(
    r"(?i)\s+(?:\w+\s+){0,2}?(?:to|from)\s+the\s+(?:kingdom|country|republic|island|emirates?|state|"
    r"neighbou?r|neighbou?ring country|partner)\b"
)
_REPORTING_NAME_RE = re.compile(r"\s+(?:said|says|told|noted|added|stated|reported)\b")


# --- lexicon -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    rx: re.Pattern[str]
    metric: str | None
    unit: str | None
    scope: str
    role: str


@functools.cache
def _rows() -> tuple[_Row, ...]:
    df = read_lexicon("metrics")
    out = []
    for pattern, metric, unit, scope, role in df.select("pattern", "metric", "unit", "scope", "role").iter_rows():
        rx = re.compile(rf"(?<![\w-])(?i:{pattern})(?![\w-])") if pattern else re.compile(r"(?!x)x")
        out.append(_Row(rx, metric, unit, scope or "default", role or "metric"))
    return tuple(out)


@functools.cache
def _rows_of(role: str, scope: str | None = None) -> tuple[_Row, ...]:
    return tuple(r for r in _rows() if r.role == role and (scope is None or r.scope == scope))


def _unit_ok(row: _Row, q: Quantity) -> bool:
    """The row's unit list ("money", "measure", a unit name, "|"-separated) admits the figure."""
    if not row.unit:
        return True
    for u in row.unit.split("|"):
        if (u == "money" and q.kind == "money") or (u == "measure" and q.kind == "measure") or u == q.unit:
            return True
    return False


@functools.cache
def _prefilter() -> str:
    """One vectorised filter (no look-around): a number next to a currency, a unit or a counted
    noun (up to two words between), or a currency symbol/code right before a digit."""
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
        rf"|{num}(?:\s*-?\s*(?i:{scale}))*\s*-?\s*(?:[A-Za-z][\w'-]*\s+){{0,2}}(?i:{after})"
    )


# --- per-sentence analysis -------------------------------------------------------------------------


@dataclass
class SentenceInfo:
    """What the indicator finder needs about one sentence (offsets relative to its text).

    ``countries``: (start, end, iso3, kind); ``dates``: (start, end, date_start, date_end,
    precision, qualifier); ``currency_countries``: ISO-3 codes in order of relevance, to settle
    "Rs"/"rupees"; ``dyad``: the document's two main countries.
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    dates: list[tuple[int, int, object, object, str, str | None]] = field(default_factory=list)
    currency_countries: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()


@dataclass
class _Fig:
    q: Quantity
    phrase_end: int  # end of the figure's after-phrase
    change: float | None = None
    last_end: int = 0  # end of the figure or of the change attached after it
    own_end: int = 0  # end of the figure's own after-phrase (before an attached change)
    metric: str | None = None


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _after_phrase_end(text: str, q: Quantity, next_start: int) -> int:
    m = re.search(r"[,;:.!?()]|\s[—–-]\s|\s+(?:while|whereas|and\s+(?:has|have|had|is|are|was|were))\b", text[q.end : next_start])
    return q.end + m.start() if m else next_start


def _head_noun(phrase: str) -> str | None:
    """snake_case of the head noun phrase at the start of ``phrase`` ("of wheat" -> "wheat")."""
    m = re.match(r"\s*(?:(?:worth\s+)?of|in)?\s*((?:[A-Za-z][\w-]*\s*){1,3})", phrase)
    if not m:
        return None
    words = []
    for w in m.group(1).split():
        if w.lower() in _FUNCTION:
            break
        words.append(w.lower())
    if not words:
        return None
    return re.sub(r"[^a-z0-9]+", "_", " ".join(words)).strip("_") or None


def _metric_for(text: str, fig: _Fig, before: str, after: str, sentence: str,
                fallback: str | None = None) -> str | None:
    q = fig.q
    if q.kind == "count" and q.noun:
        for r in _rows_of("metric", "noun"):
            if _unit_ok(r, q) and r.rx.fullmatch(q.noun.strip()):
                return r.metric
    best = None
    for r in _rows_of("metric", "after"):
        if not _unit_ok(r, q):
            continue
        m = r.rx.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), r.metric)
    if best:
        return best[1]
    best = None
    for r in _rows_of("metric", "before"):
        if not _unit_ok(r, q):
            continue
        for m in r.rx.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), r.metric)
    if best:
        return best[1]
    for r in _rows_of("metric", "sentence"):
        if _unit_ok(r, q) and r.rx.search(sentence):
            return r.metric
    for r in _rows_of("metric", "default"):
        if _unit_ok(r, q):
            return r.metric
    if fallback:
        return fallback
    if q.kind == "count" and q.noun:
        return re.sub(r"[^a-z0-9]+", "_", q.noun.lower()).strip("_")
    noun = _head_noun(after)
    if noun:
        return noun
    if q.kind == "money":
        m = re.search(r"([A-Za-z][\w-]*)\s+(?:stood at|reached|totall?ed|amounted to|was|were|hit|rose to|fell to|"
                      r"climbed to|grew to|increased to|decreased to|dropped to|is|are)\s+(?:a total of\s+|about\s+|"
                      r"around\s+|nearly\s+|over\s+|more than\s+|some\s+)?$", before)
        if m and m.group(1).lower() not in _FUNCTION:
            return re.sub(r"[^a-z0-9]+", "_", m.group(1).lower())
        return "amount"
    return None


def _change_sign(window: str) -> int | None:
    best = None
    for role, sign in (("up", 1), ("down", -1)):
        for r in _rows_of(role):
            for m in r.rx.finditer(window):
                if best is None or m.end() > best[0]:
                    best = (m.end(), sign)
    return best[1] if best else None


def _source(text: str, info: SentenceInfo) -> tuple[str | None, tuple[int, int] | None]:
    """The source organisation named in the sentence, normalised, with its span."""
    for r in _rows_of("source"):
        for m in r.rx.finditer(text):
            om = _ORG_RE.match(text, m.end())
            if not om:
                continue
            org = om.group("org").strip()
            org = re.sub(r"(?:\s+(?:and|of|in|for|the))+$", "", org.rstrip(".,;:"))
            span = (om.start("org"), om.start("org") + len(org))
            toks = org.split()
            inside = [c for c in info.countries if span[0] <= c[0] and c[1] <= span[1]]
            if len(toks) == 1 and (inside or org.isdigit()):
                continue  # "according to the Pakistani side", "according to China"
            if all(c[3] in _ACTOR_KINDS for c in inside) and inside and sum(c[1] - c[0] for c in inside) >= len(org) - 2:
                continue
            poss = re.match(r"^(.+?)['’]s\s+(.+)$", org)
            if poss:
                owner = poss.group(1)
                if any(c[0] == span[0] and c[3] in _NAME_KINDS for c in info.countries):
                    org = f"{poss.group(2)} of {owner}"
            return org, span
    return None, None


def _covered(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """``span`` is made only of the given spans joined by "and", commas or hyphens."""
    rest = list(text[span[0] : span[1]])
    hit = False
    for s, e in spans:
        if span[0] <= s and e <= span[1]:
            hit = True
            for i in range(s - span[0], e - span[0]):
                rest[i] = " "
    return hit and re.fullmatch(r"(?:\s|,|-|–|\band\b|\bthe\b)*", "".join(rest)) is not None


def _subject(text: str, upto: int, excluded_countries: list[tuple[int, int]],
             excluded_other: list[tuple[int, int]], dates: list[tuple[int, int]] = ()) -> str | None:
    """A capitalised name followed by its verb before ``upto`` (the last one wins); a name made
    only of country words is not a subject, nor the source organisation; a date ends a name
    ("Kenya and Uganda on Monday signed ...")."""
    best = None
    for m in _SUBJECT_RE.finditer(text, 0, upto):
        s, e = m.span("name")
        name = m.group("name")
        cut = min([ds for ds, _de in dates if s < ds < e] + [e])
        if cut < e:
            name = re.sub(r"(?:\s+(?:on|in|of|and|the|since|from))*\s*$", "", text[s:cut])
        toks = name.split()
        while toks and (toks[0] in _SENTENCE_WORDS or toks[0].islower()):
            s += len(toks[0]) + 1
            toks = toks[1:]
        if not toks:
            continue
        name = " ".join(toks)
        span = (s, s + len(name))
        if _overlaps(span, excluded_other) or _covered(span, excluded_countries, text):
            continue
        if _REPORTING_NAME_RE.match(text, e):
            continue
        best = name
    return best


def _meetings_owner(text: str, q: Quantity) -> str | None:
    m = re.match(rf"\s+of\s+(?:the\s+)?(?P<n>{_NAME_RUN})", text[q.end :])
    if m:
        return re.sub(r"\s+(?:in|since|of|and)$", "", m.group("n"))
    return None


def _direction(text: str, fig: _Fig, before: str, before_start: int, info: SentenceInfo,
               reporter: str | None) -> tuple[str | None, str | None]:
    metric = fig.metric
    if metric not in ("exports", "imports"):
        return None, None
    rx = re.compile(r"(?i)\b(?:exports?|exported|imports?|imported|shipments?|purchases)\b")
    ms = list(rx.finditer(before))
    if not ms:
        return None, None
    w = ms[-1]
    w_start, w_end = before_start + w.start(), before_start + w.end()
    owner = None
    for s, e, iso, kind in info.countries:
        if kind not in _ACTOR_KINDS or e > w_start:
            continue
        gap = text[e:w_start]
        if re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}", gap):
            owner = iso
    other = None
    partner_named = False  # "to Kenya", but also "from the kingdom", "to the country"
    prep = "to" if metric == "exports" else "from"
    pm = re.match(rf"(?i)\s+(?:\w+\s+){{0,2}}?{prep}\s+(?:the\s+)?", text[w_end : w_end + 60])
    if pm:
        at = w_end + pm.end()
        for s, e, iso, kind in info.countries:
            if s == at and kind in _ACTOR_KINDS:
                other = iso
        partner_named = other is not None or bool(_PARTNER_ANAPHOR_RE.match(text, w_end + pm.start()))
    home = owner or reporter
    if other is None and partner_named and home:
        other = _other(info.dyad, home)
    if home is None and other is not None:
        home = _other(info.dyad, other)
    if home == other:
        home = None
    return (home, other) if metric == "exports" else (other, home)


def _other(dyad: tuple[str, ...], iso: str) -> str | None:
    rest = [c for c in dyad if c != iso]
    return rest[0] if len(dyad) == 2 and rest else None


def find_indicators(text: str, info: SentenceInfo) -> tuple[list[dict], dict]:
    """Indicator rows of one sentence (offsets relative to ``text``; period and source left for
    the caller to carry over) and sentence facts: ``source``, ``period``, ``reporter``."""
    quants = find_quantities(text, info.currency_countries)
    date_spans = [(d[0], d[1]) for d in info.dates]
    quants = [q for q in quants if q.kind != "number" and not _overlaps((q.start, q.end), date_spans)]
    facts: dict = {"source": None, "period": None, "reporter": None}
    if not quants:
        return [], facts
    skip_sentence = [r for r in _rows_of("skip", "sentence") if r.rx.search(text)]
    figs: list[_Fig] = []
    pending: float | None = None  # a change stated before its figure: "grew 8% to $3 billion"
    for i, q in enumerate(quants):
        nxt = quants[i + 1].start if i + 1 < len(quants) else len(text)
        if q.kind == "percent":
            prev = figs[-1] if figs else None
            sign = _change_sign(text[prev.last_end if prev else 0 : q.start])
            if sign is None or q.unit != "percent":
                continue
            if i + 1 < len(quants) and quants[i + 1].kind != "percent" and _CHANGE_TO_RE.fullmatch(
                text[q.end : quants[i + 1].start]
            ):
                pending = sign * q.value
            elif prev is not None and prev.change is None:
                prev.change = sign * q.value
                prev.last_end = q.end
                prev.phrase_end = max(prev.phrase_end, _after_phrase_end(text, q, nxt))
            continue
        if any(_unit_ok(r, q) for r in skip_sentence):
            pending = None
            continue
        pe = _after_phrase_end(text, q, nxt)
        figs.append(_Fig(q, pe, pending, last_end=q.end, own_end=pe))
        pending = None
    if not figs:
        return [], facts
    source, source_span = _source(text, info)
    facts["source"] = source
    subject = _subject(text, figs[0].q.start, [(c[0], c[1]) for c in info.countries],
                       [source_span] if source_span else [], date_spans)
    rows: list[dict] = []
    prev_end = 0
    reporter = None
    for f in figs:
        q = f.q
        before = text[prev_end : q.start]
        before_start = prev_end
        after = text[q.end : f.phrase_end]
        prev_end = f.last_end
        own_after = text[q.end : f.own_end].lstrip()
        if any(_unit_ok(r, q) and r.rx.search(before) for r in _rows_of("skip", "before")) or any(
            _unit_ok(r, q) and r.rx.match(own_after) for r in _rows_of("skip", "after")
        ):
            continue  # a target or forecast; a price per unit ("$82 per barrel")
        subj = subject
        fallback = None
        if q.kind == "money":
            # "the $62 billion Lamu Port project": the amount qualifies the name after it
            am = _ADJ_NAME_RE.match(text, q.end)
            if am and not _covered(am.span("n"), [(c[0], c[1]) for c in info.countries], text):
                subj = am.group("n")
                after = text[am.end() : max(am.end(), f.phrase_end)]
                fallback = "project_value"
        f.metric = _metric_for(text, f, before, after, text, fallback)
        if f.metric is None:
            continue
        if f.metric == "meetings_held":
            subj = _meetings_owner(text, q) or subject
        elif f.metric == "participants" and subj is None:
            pm = re.search(rf"(?:took part|participated|participating)\s+in\s+(?:the\s+)?(?P<n>{_NAME_RUN})", text[q.end :])
            if pm:
                subj = re.sub(r"\s+(?:which|that)$", "", pm.group("n"))
        frm, to = _direction(text, f, before, before_start, info, reporter)
        if f.metric == "exports" and frm:
            reporter = frm
        elif f.metric == "imports" and to:
            reporter = to
        cumulative = bool(_CUMULATIVE_RE.search(before) or _CUMULATIVE_AFTER_RE.match(text, q.end))
        period = _period_for(q, info, cumulative)
        rows.append(
            {
                "char_start": q.start,
                "char_end": q.end,
                "subject": subj,
                "metric": f.metric,
                "value": float(q.value),
                "unit": q.unit,
                "period": period,
                "change_pct": f.change,
                "from_country_iso3": frm,
                "to_country_iso3": to,
            }
        )
    facts["reporter"] = reporter
    periods = [r["period"] for r in rows if r["period"] is not None]
    facts["period"] = periods[0] if periods else None
    return rows, facts


def _period_for(q: Quantity, info: SentenceInfo, cumulative: bool = False):
    """(start, end, precision) of the sentence date nearest to the figure, or None.  A cumulative
    figure ("has held 15 meetings so far") takes only an as-of or since date."""
    best = None
    for s, e, ds, de, prec, qual in info.dates:
        if ds is None or prec in (None, "unknown") or qual == "until":
            continue
        if cumulative and qual not in ("as_of", "since"):
            continue
        dist = q.start - e if e <= q.start else s - q.end
        dist = abs(dist)
        if best is None or dist < best[0]:
            best = (dist, (ds, None if qual == "since" else de, prec))
    return best[1] if best else None


# --- frames ----------------------------------------------------------------------------------------


def _paragraphs(doc_text: str, sents: list[tuple[int, int, int]]) -> dict[int, int]:
    out: dict[int, int] = {}
    para = 0
    prev_end = None
    for sid, s, e in sents:
        if prev_end is not None and "\n" in doc_text[prev_end:s]:
            para += 1
        out[sid] = para
        prev_end = e
    return out


def extract_indicators(sentences: pl.DataFrame, documents: pl.DataFrame,
                       countries: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Indicator mentions of all documents (schema :data:`pipeline.model.INDICATOR_MENTIONS`).

    ``sentences``: model.SENTENCES (boilerplate skipped); ``documents``: model.DOCUMENTS (its
    ``text`` gives paragraph breaks); ``countries``: country_mentions(sentences); ``dates``:
    extract_dates(sentences, documents).  Offsets are document offsets.
    """
    if sentences.height == 0:
        return empty(INDICATOR_MENTIONS)
    sents = sentences
    if "is_boilerplate" in sents.columns:
        sents = sents.filter(~pl.col("is_boilerplate").fill_null(False))
    cand = sents.filter(pl.col("text").str.contains(_prefilter()))
    if cand.height == 0:
        return empty(INDICATOR_MENTIONS)
    docs = set(cand["doc_id"].unique().to_list())

    def by_doc(df: pl.DataFrame | None, cols: list[str]) -> dict[str, list[tuple]]:
        res: dict[str, list[tuple]] = {}
        if df is None or df.height == 0 or not set(cols) <= set(df.columns):
            return res
        for r in df.filter(pl.col("doc_id").is_in(list(docs))).select(cols).iter_rows():
            res.setdefault(r[0], []).append(r[1:])
        return res

    c_rows = by_doc(countries, ["doc_id", "sentence_id", "char_start", "char_end", "iso3", "kind"])
    d_cols = ["doc_id", "sentence_id", "char_start", "char_end", "date_start", "date_end", "precision"]
    if dates is not None and "qualifier" in dates.columns:
        d_rows = by_doc(dates, d_cols + ["qualifier"])
    else:
        d_rows = {k: [r + (None,) for r in v] for k, v in by_doc(dates, d_cols).items()}
    texts: dict[str, str] = {}
    if documents is not None and documents.height and "text" in documents.columns:
        texts = dict(documents.filter(pl.col("doc_id").is_in(list(docs))).select("doc_id", "text").iter_rows())
    all_sents = by_doc(sents, ["doc_id", "sentence_id", "char_start", "char_end"])
    cand_by_doc = by_doc(cand, ["doc_id", "sentence_id", "char_start", "text"])
    records: list[dict] = []
    for doc_id in sorted(docs):
        srows = sorted(all_sents.get(doc_id, []))
        para = _paragraphs(texts.get(doc_id, ""), srows) if texts.get(doc_id) else {s[0]: s[0] for s in srows}
        order = [s[0] for s in srows]
        pos = {sid: i for i, sid in enumerate(order)}
        # "U.S. dollars", "Pakistani rupees": a country word inside a currency name is no country
        doc_text = texts.get(doc_id, "")
        c_doc = [r for r in c_rows.get(doc_id, []) if not currency_word_at(doc_text, r[2])] if doc_text else c_rows.get(doc_id, [])
        ccount = Counter(iso for _sid, _s, _e, iso, k in c_doc if k in _ACTOR_KINDS)
        ranked = tuple(c for c, _n in ccount.most_common())
        by_c: dict[int, list] = {}
        for sid, s, e, iso, k in c_doc:
            by_c.setdefault(sid, []).append((s, e, iso, k))
        by_d: dict[int, list] = {}
        for sid, s, e, ds, de, prec, qual in d_rows.get(doc_id, []):
            by_d.setdefault(sid, []).append((s, e, ds, de, prec, qual))
        per_sentence: list[tuple[int, list[dict], dict]] = []
        for sid, offset, text in sorted(cand_by_doc.get(doc_id, [])):
            info = SentenceInfo(
                countries=[(s - offset, e - offset, iso, k) for s, e, iso, k in by_c.get(sid, [])],
                dates=[(s - offset, e - offset, ds, de, p, q) for s, e, ds, de, p, q in by_d.get(sid, [])],
                currency_countries=ranked,
                dyad=ranked[:2],
            )
            rows, facts = find_indicators(text, info)
            for r in rows:
                r["char_start"] += offset
                r["char_end"] += offset
            if rows:
                per_sentence.append((sid, rows, facts))
        # runs: consecutive figure sentences of one paragraph
        runs: list[list[tuple[int, list[dict], dict]]] = []
        for item in per_sentence:
            sid = item[0]
            if runs:
                last = runs[-1][-1][0]
                if pos.get(sid, -9) == pos.get(last, -99) + 1 and para.get(sid) == para.get(last):
                    runs[-1].append(item)
                    continue
            runs.append([item])
        for run in runs:
            # the source: forward, then backward within the run
            src = None
            for _sid, _rows_, facts in run:
                if facts["source"]:
                    src = facts["source"]
                elif src:
                    facts["source"] = src
            src = None
            for _sid, _rows_, facts in reversed(run):
                if facts["source"]:
                    src = facts["source"]
                elif src:
                    facts["source"] = src
            period = None
            reporter = None
            for sid, rows, facts in run:
                for r in rows:
                    if r["period"] is None and period is not None:
                        r["period"] = period
                    if r["metric"] == "imports" and r["to_country_iso3"] is None and r["from_country_iso3"] and reporter:
                        r["to_country_iso3"] = reporter if reporter != r["from_country_iso3"] else None
                    if r["metric"] == "exports" and r["from_country_iso3"] is None and r["to_country_iso3"] and reporter:
                        r["from_country_iso3"] = reporter if reporter != r["to_country_iso3"] else None
                if facts["period"] is not None:
                    period = facts["period"]
                if facts["reporter"]:
                    reporter = facts["reporter"]
                for r in rows:
                    p = r.pop("period")
                    r["period_start"], r["period_end"], r["period_precision"] = p if p else (None, None, "unknown")
                    r["source_org"] = facts["source"]
                    r["doc_id"] = doc_id
                    r["sentence_id"] = sid
                    records.append(r)
    return from_records(records, INDICATOR_MENTIONS)
