"""Score a DuckDB warehouse against hand-made reference facts (``python -m pipeline eval``).

The gold file (e.g. ``shared/gold/seeds.json``) lists ``documents``, ``persons``, ``events``,
``agreements`` and ``indicators``.  Gold dates are ISO strings whose length gives the precision
(``2025``, ``2025-02``, ``2025-02-05``); ``required: false`` facts are never counted as missed, nor
as false positives when something matches them; ``docs`` lists the raw files that mention a fact and
titles written ``A|B`` are alternatives, compared by meaning (:func:`title_key`: "Commerce
Minister" is "Minister of Commerce").

Per fact type, gold facts are matched one-to-one to warehouse rows, greedily, best match score
first, among *compatible* pairs (the compatibility rules are in the ``_*_failures`` functions: a
pair is compatible when its list of failures is empty).  Then

* TP = matched gold facts, FN = unmatched *required* gold facts;
* FP = unmatched warehouse rows, whether they fit no gold fact or duplicate a gold fact already
  taken by another row.  A row that fits only a gold fact whose documents are all absent from the
  warehouse is *ignored* (neither TP nor FP);
* precision = TP / (TP + FP), recall = matched required / required, F1 their harmonic mean;
* duplication = rows compatible with some matched gold fact / matched gold facts (1.0 = none);
* date accuracy, n_documents accuracy and a few per-type extras are computed over matched pairs.

Only gold facts with at least one document in the warehouse are scored, so a warehouse built from
a subset of the raw files can be evaluated.  Persons carry no ``docs``: they are scored when every
gold document is present, or when an in-scope fact names them or a warehouse text contains them.

Public API: :func:`evaluate`, :func:`format_report`, :func:`main` (argparse; ``--gold``,
``--warehouse``, ``--json``, ``--details``), :func:`add_arguments`, and the small date helpers
:func:`parse_partial_date`, :func:`format_partial_date`, :func:`period_end`, :func:`truncate_date`,
:func:`overlaps`, and :func:`title_key` (how titles are compared).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Any

import duckdb
import polars as pl

from pipeline.extract.persons_atoms import normalised_title  # the extractor's title normaliser
from pipeline.resolve.dates import period_end  # one definition of a period's last day

DEFAULT_WAREHOUSE = "warehouse/warehouse.duckdb"
DEFAULT_LISTED = 10
VALUE_TOLERANCE = 0.005  # relative tolerance on indicator values (0.5 %)
CHANGE_TOLERANCE = 0.05  # absolute tolerance on change_pct (percentage points)
KINDS = ("events", "agreements", "indicators", "persons")
MENTION_TABLES = ("event_mentions", "agreement_mentions", "indicator_mentions")

# Columns the scorer reads; the warehouse may hold more.  Optional columns only refine the match
# score and are read when present.
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "source_path", "text"),
    "sentences": ("doc_id", "char_start", "char_end"),
    "actors": ("actor_id", "name", "actor_type", "country_iso3"),
    "actor_aliases": ("actor_id", "alias"),
    "positions": ("actor_id", "title"),
    "events": (
        "event_id", "event_type", "status", "date_start", "date_end", "date_precision",
        "location_country_iso3", "host_country_iso3", "n_documents",
    ),
    "event_participants": ("event_id", "actor_id"),
    "event_mentions": ("event_id", "doc_id", "char_start", "char_end"),
    "agreements": (
        "agreement_id", "agreement_type", "signed_date", "signed_precision", "quantity",
        "n_documents",
    ),
    "agreement_parties": ("agreement_id", "actor_id"),
    "agreement_mentions": ("agreement_id", "doc_id", "char_start", "char_end"),
    "indicators": (
        "indicator_id", "metric", "value", "unit", "period_start", "period_end",
        "period_precision", "change_pct", "from_country_iso3", "to_country_iso3", "n_documents",
    ),
    "indicator_mentions": ("indicator_id", "doc_id", "char_start", "char_end"),
}
OPTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("location", "mechanism", "mechanism_round"),
    "agreements": ("name",),
    "indicators": ("subject",),
}
OPTIONAL_TABLES: dict[str, tuple[str, ...]] = {
    "agreement_topics": ("agreement_id", "topic"),
    "document_paths": ("doc_id", "source_path"),  # extra paths of content-identical files
}


class EvaluationError(ValueError):
    """The gold file or the warehouse cannot be scored; the message says why."""


class WarehouseError(EvaluationError):
    """The warehouse is missing, unreadable, or lacks a contract table or column."""


class GoldError(EvaluationError):
    """The gold file is missing or malformed."""


# --------------------------------------------------------------------------------------------
# Dates with precision
# --------------------------------------------------------------------------------------------

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


def parse_partial_date(text: str | None) -> tuple[date | None, str]:
    """``"2025"`` -> (2025-01-01, "year"), ``"2025-02"`` -> (2025-02-01, "month"), ISO day -> day.

    ``None`` or an empty string gives ``(None, "unknown")``; anything else raises ``ValueError``.
    """
    if text is None or str(text).strip() == "":
        return None, "unknown"
    m = _PARTIAL_DATE.match(str(text).strip())
    if not m:
        raise ValueError(f"not an ISO date of year, month or day precision: {text!r}")
    year, month, day = m.groups()
    if day is not None:
        return date(int(year), int(month), int(day)), "day"
    if month is not None:
        return date(int(year), int(month), 1), "month"
    return date(int(year), 1, 1), "year"


def truncate_date(d: date, precision: str) -> date:
    """The first day of the period of ``precision`` that contains ``d`` (day/unknown: ``d``)."""
    if precision == "year":
        return date(d.year, 1, 1)
    if precision == "month":
        return date(d.year, d.month, 1)
    return d


def format_partial_date(d: date | None, precision: str | None) -> str | None:
    """Inverse of :func:`parse_partial_date`: the ISO prefix that the precision supports."""
    if d is None:
        return None
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two closed date intervals share at least one day."""
    return a[0] <= b[1] and b[0] <= a[1]


def _interval(start: date | None, end: date | None, precision: str | None) -> tuple[date, date] | None:
    """[start, end or end of start's period] (None when there is no start)."""
    if start is None:
        return None
    last = end if end is not None else period_end(start, precision or "day")
    return (start, max(start, last))


def _gold_interval(start: date | None, prec: str, end_text: str | None) -> tuple[date, date] | None:
    if start is None:
        return None
    if end_text:
        end_start, end_prec = parse_partial_date(end_text)
        assert end_start is not None
        return (start, max(start, period_end(end_start, end_prec)))
    return (start, period_end(start, prec))


def _interval_text(iv: tuple[date, date] | None, precision: str | None) -> str:
    if iv is None:
        return "undated"
    start = format_partial_date(iv[0], precision)
    if iv[1] == period_end(iv[0], precision or "day"):
        return str(start)
    return f"{start}..{iv[1].isoformat()}"


def _exact_date(
    gold_start: date | None, gold_prec: str, gold_end: str | None,
    pred_start: date | None, pred_prec: str | None, pred_end: date | None,
) -> bool:
    """Predicted date equals the gold date at the gold precision, with the same precision."""
    if gold_start is None or pred_start is None or pred_prec != gold_prec:
        return False
    if truncate_date(pred_start, gold_prec) != gold_start:
        return False
    if gold_end:
        end_start, end_prec = parse_partial_date(gold_end)
        if pred_end is None or truncate_date(pred_end, end_prec) != end_start:
            return False
    return True


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------

_NAME_NOISE = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_TOKEN = re.compile(r"[^\W\d_]+")


def norm_name(name: str | None) -> str:
    """Case-, space- and dash-insensitive key of a name ("Anwaar-ul-Haq" == "anwaar ul haq")."""
    if not name:
        return ""
    return _NAME_NOISE.sub("", unicodedata.normalize("NFKC", name).casefold())


def _tokens(name: str | None) -> set[str]:
    return {t for t in _TOKEN.findall(unicodedata.normalize("NFKC", name or "").casefold()) if len(t) > 1}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _lower(s: Any) -> str:
    return str(s).strip().casefold() if s is not None else ""


def title_key(title: Any) -> str:
    """The comparison key of a title, gold or predicted: its meaning, not its surface.

    Both sides go through the extractor's title normaliser (titles.csv surface -> title, the
    generic portfolio rule, modifiers), then are case-folded: "Commerce Minister", "Minister for
    Commerce" and "Minister of Commerce" share one key, as do "Chief of the Defence Staff" and
    "Chief of Defence Staff"; a phrase that is no known title is compared as written."""
    return _lower(normalised_title(str(title))) if title is not None else ""


# --------------------------------------------------------------------------------------------
# Reading the warehouse
# --------------------------------------------------------------------------------------------


def _existing_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main'"
    ).fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table.lower(), set()).add(column.lower())
    return out


def check_warehouse(con: duckdb.DuckDBPyConnection, path: str = "warehouse") -> dict[str, set[str]]:
    """Raise :class:`WarehouseError` naming every missing contract table or column."""
    have = _existing_columns(con)
    missing_tables = [t for t in REQUIRED_COLUMNS if t not in have]
    missing_cols = [
        f"{t}.{c}" for t, cols in REQUIRED_COLUMNS.items() if t in have for c in cols if c not in have[t]
    ]
    problems = []
    if missing_tables:
        problems.append("missing table(s): " + ", ".join(missing_tables))
    if missing_cols:
        problems.append("missing column(s): " + ", ".join(missing_cols))
    if problems:
        raise WarehouseError(
            f"warehouse {path} does not follow the warehouse contract: " + "; ".join(problems)
        )
    return have


def _read(con: duckdb.DuckDBPyConnection, have: dict[str, set[str]], table: str) -> pl.DataFrame:
    """Read the scorer's columns of ``table`` (absent optional columns come back as nulls)."""
    wanted = REQUIRED_COLUMNS.get(table) or OPTIONAL_TABLES[table]
    if table not in have:
        return pl.DataFrame({c: [] for c in wanted}, schema={c: pl.String for c in wanted})
    cols = [f'"{c}"' for c in wanted]
    cols += [
        f'"{c}"' if c in have[table] else f'NULL AS "{c}"' for c in OPTIONAL_COLUMNS.get(table, ())
    ]
    return con.sql(f'SELECT {", ".join(cols)} FROM "{table}"').pl()


def _rows(df: pl.DataFrame, dates: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    rows = df.to_dicts()
    for r in rows:
        for c in dates:
            r[c] = _as_date(r[c])
    return rows


def _as_date(v: Any) -> date | None:
    """A DATE cell as ``datetime.date`` (tolerates TIMESTAMP and ISO text columns)."""
    if v is None or isinstance(v, date) and not isinstance(v, datetime):
        return v
    if isinstance(v, datetime):
        return v.date()
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


@dataclass
class Warehouse:
    """The warehouse content that the scorer needs, as plain Python structures."""

    doc_names: dict[str, set[str]]  # doc_id -> names under raw/ (path and basename)
    doc_texts: dict[str, str]
    events: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    persons: list[dict[str, Any]]
    evidence: dict[str, Any]

    def doc_ids_for(self, name: str) -> set[str]:
        """The warehouse doc_ids stored under raw file ``name`` (a path or a bare file name)."""
        base = PurePath(name).name
        return {d for d, names in self.doc_names.items() if name in names or base in names}


def _actor_index(con, have) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
    actors = {r["actor_id"]: r for r in _rows(_read(con, have, "actors"))}
    names: dict[str, set[str]] = {a: {norm_name(r["name"])} - {""} for a, r in actors.items()}
    for r in _rows(_read(con, have, "actor_aliases")):
        if r["actor_id"] in names and r["alias"]:
            names[r["actor_id"]].add(norm_name(r["alias"]))
    return actors, names


def _mention_docs(con, have, table: str, key: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in _rows(_read(con, have, table)):
        out.setdefault(r[key], set()).add(r["doc_id"])
    return out


def _evidence_validity(con: duckdb.DuckDBPyConnection, limit: int = 5) -> dict[str, Any]:
    """Share of mention rows whose span lies inside one sentence of its document and its text."""
    out: dict[str, Any] = {}
    total = valid = 0
    for table in MENTION_TABLES:
        key = table.replace("_mentions", "_id")
        q = f"""
            SELECT m."{key}" AS fact_id, m.doc_id, m.char_start, m.char_end,
                   coalesce(m.char_start >= 0 AND m.char_start < m.char_end
                            AND m.char_end <= d.len
                            AND EXISTS (SELECT 1 FROM sentences s
                                        WHERE s.doc_id = m.doc_id
                                          AND s.char_start <= m.char_start
                                          AND m.char_end <= s.char_end), false) AS ok
            FROM "{table}" m
            LEFT JOIN (SELECT doc_id, length(text) AS len FROM documents) d ON d.doc_id = m.doc_id
        """
        df = con.sql(q).pl()
        n, ok = df.height, int(df["ok"].sum()) if df.height else 0
        bad = df.filter(~pl.col("ok")).head(limit).drop("ok").to_dicts()
        out[table] = {"rows": n, "valid": ok, "share": _ratio(ok, n), "invalid_examples": bad}
        total += n
        valid += ok
    out["overall"] = {"rows": total, "valid": valid, "share": _ratio(valid, total)}
    return out


def load_warehouse(path: str | Path) -> Warehouse:
    """Open ``path`` read-only, check the contract tables, and load what the scorer reads."""
    p = Path(path)
    if not p.is_file():
        raise WarehouseError(f"warehouse file not found: {p}")
    try:
        con = duckdb.connect(str(p), read_only=True)
    except duckdb.Error as exc:  # not a DuckDB file, locked, ...
        raise WarehouseError(f"cannot open warehouse {p}: {exc}") from exc
    try:
        have = check_warehouse(con, str(p))
        return _load(con, have)
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot read warehouse {p}: {exc}") from exc
    finally:
        con.close()


def _load(con: duckdb.DuckDBPyConnection, have: dict[str, set[str]]) -> Warehouse:
    doc_names: dict[str, set[str]] = {}
    doc_texts: dict[str, str] = {}
    for r in _rows(_read(con, have, "documents")):
        doc_texts[r["doc_id"]] = r["text"] or ""
        doc_names.setdefault(r["doc_id"], set())
    for table in ("documents", "document_paths"):
        for r in _rows(_read(con, have, table)):
            if r["source_path"] and r["doc_id"] in doc_names:
                doc_names[r["doc_id"]] |= {r["source_path"], PurePath(r["source_path"]).name}

    actors, actor_names = _actor_index(con, have)

    def party(actor_id: str) -> dict[str, Any] | None:
        a = actors.get(actor_id)
        if a is None:
            return None
        return {
            "id": actor_id, "name": a["name"], "type": a["actor_type"],
            "country": a["country_iso3"], "names": actor_names.get(actor_id, set()),
        }

    # events
    participants: dict[str, list[dict[str, Any]]] = {}
    for r in _rows(_read(con, have, "event_participants")):
        pa = party(r["actor_id"])
        if pa is not None:
            participants.setdefault(r["event_id"], []).append(pa)
    ev_docs = _mention_docs(con, have, "event_mentions", "event_id")
    events = []
    for r in _rows(_read(con, have, "events"), ("date_start", "date_end")):
        parts = participants.get(r["event_id"], [])
        countries = {p["country"] for p in parts if p["country"]}
        countries |= {c for c in (r["host_country_iso3"], r["location_country_iso3"]) if c}
        prec = r["date_precision"] or ("day" if r["date_start"] else "unknown")
        events.append({
            "id": r["event_id"], "keys": {r["event_type"]}, "type": r["event_type"],
            "status": r["status"], "start": r["date_start"], "end": r["date_end"], "prec": prec,
            "interval": _interval(r["date_start"], r["date_end"], prec),
            "persons": [p for p in parts if p["type"] == "person"],
            "countries": countries, "host": r["host_country_iso3"],
            "location": r["location"], "mechanism": r["mechanism"], "round": r["mechanism_round"],
            "n_documents": r["n_documents"], "docs": ev_docs.get(r["event_id"], set()),
        })

    # agreements
    parties: dict[str, list[dict[str, Any]]] = {}
    for r in _rows(_read(con, have, "agreement_parties")):
        pa = party(r["actor_id"])
        if pa is not None:
            parties.setdefault(r["agreement_id"], []).append(pa)
    topics: dict[str, set[str]] = {}
    for r in _rows(_read(con, have, "agreement_topics")):
        topics.setdefault(r["agreement_id"], set()).add(_lower(r["topic"]))
    ag_docs = _mention_docs(con, have, "agreement_mentions", "agreement_id")
    agreements = []
    for r in _rows(_read(con, have, "agreements"), ("signed_date",)):
        prec = r["signed_precision"] or ("day" if r["signed_date"] else "unknown")
        pts = parties.get(r["agreement_id"], [])
        agreements.append({
            "id": r["agreement_id"], "keys": {r["agreement_type"]}, "type": r["agreement_type"],
            "name": r["name"], "start": r["signed_date"], "end": None, "prec": prec,
            "interval": _interval(r["signed_date"], None, prec),
            "parties": pts, "countries": {p["country"] for p in pts if p["country"]},
            "quantity": r["quantity"], "topics": topics.get(r["agreement_id"], set()),
            "n_documents": r["n_documents"], "docs": ag_docs.get(r["agreement_id"], set()),
        })

    # indicators
    in_docs = _mention_docs(con, have, "indicator_mentions", "indicator_id")
    indicators = []
    for r in _rows(_read(con, have, "indicators"), ("period_start", "period_end")):
        start = r["period_start"] if r["period_start"] is not None else r["period_end"]
        prec = r["period_precision"] or ("day" if start else "unknown")
        iv = None
        if start is not None:
            end = r["period_end"] if r["period_end"] is not None else period_end(start, prec)
            iv = (start, max(start, end))
        indicators.append({
            "id": r["indicator_id"], "keys": {(r["metric"], r["unit"])}, "metric": r["metric"],
            "unit": r["unit"], "value": r["value"], "start": start, "end": r["period_end"],
            "prec": prec, "interval": iv, "change_pct": r["change_pct"],
            "from": r["from_country_iso3"], "to": r["to_country_iso3"], "subject": r["subject"],
            "n_documents": r["n_documents"], "docs": in_docs.get(r["indicator_id"], set()),
        })

    # persons
    titles: dict[str, set[str]] = {}
    for r in _rows(_read(con, have, "positions")):
        if r["title"]:
            titles.setdefault(r["actor_id"], set()).add(title_key(r["title"]))
    persons = [
        {
            "id": a, "name": r["name"], "country": r["country_iso3"],
            "keys": actor_names.get(a, set()), "titles": titles.get(a, set()),
            "tokens": _tokens(r["name"]), "docs": set(),
        }
        for a, r in actors.items()
        if _lower(r["actor_type"]) == "person"
    ]

    return Warehouse(
        doc_names=doc_names, doc_texts=doc_texts, events=events, agreements=agreements,
        indicators=indicators, persons=persons, evidence=_evidence_validity(con),
    )


# --------------------------------------------------------------------------------------------
# Reading the gold file
# --------------------------------------------------------------------------------------------


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and minimally validate the gold JSON."""
    p = Path(path)
    if not p.is_file():
        raise GoldError(f"gold file not found: {p}")
    try:
        gold = json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GoldError(f"gold file {p} is not valid JSON: {exc}") from exc
    if not isinstance(gold, dict):
        raise GoldError(f"gold file {p} must hold a JSON object")
    for key in KINDS:
        if not isinstance(gold.get(key, []), list):
            raise GoldError(f"gold file {p}: '{key}' must be a list")
    return gold


def _person_forms(gold: dict[str, Any]) -> dict[str, set[str]]:
    """norm(name or alias) -> every normalised form of that gold person."""
    forms: dict[str, set[str]] = {}
    for person in gold.get("persons", []):
        all_forms = {norm_name(person["name"])} | {norm_name(a) for a in person.get("aliases") or []}
        all_forms.discard("")
        for f in all_forms:
            forms[f] = all_forms
    return forms


def _gold_date(fact: dict[str, Any], key: str, fid: str) -> tuple[date | None, str]:
    try:
        return parse_partial_date(fact.get(key))
    except ValueError as exc:
        raise GoldError(f"gold fact {fid}: {key}: {exc}") from exc


def _gold_facts(gold: dict[str, Any], wh: Warehouse) -> dict[str, list[dict[str, Any]]]:
    """Gold facts of every kind in the scorer's shape; ``docs`` holds warehouse doc_ids."""
    forms = _person_forms(gold)
    doc_cache: dict[str, set[str]] = {}

    def docs_of(fact: dict[str, Any]) -> set[str]:
        out: set[str] = set()
        for name in fact.get("docs") or []:
            if name not in doc_cache:
                doc_cache[name] = wh.doc_ids_for(name)
            out |= doc_cache[name]
        return out

    def common(fact: dict[str, Any], i: int, kind: str) -> dict[str, Any]:
        fid = str(fact.get("id") or fact.get("name") or f"{kind}#{i}")
        return {"id": fid, "required": fact.get("required", True) is not False,
                "docs": docs_of(fact), "doc_names": list(fact.get("docs") or [])}

    events = []
    for i, f in enumerate(gold.get("events", [])):
        g = common(f, i, "event")
        start, prec = _gold_date(f, "date_start", g["id"])
        persons = [{"name": n, "names": forms.get(norm_name(n), {norm_name(n)})}
                   for n in f.get("persons") or []]
        g.update({
            "keys": {f.get("type")}, "type": f.get("type"), "status": f.get("status", "occurred"),
            "start": start, "prec": prec, "date_end": f.get("date_end"),
            "interval": _gold_interval(start, prec, f.get("date_end")),
            "persons": persons, "countries": set(f.get("countries") or []),
            "host": f.get("host_country"), "location": f.get("location"),
            "mechanism": f.get("mechanism"), "round": f.get("round"),
        })
        events.append(g)

    agreements = []
    for i, f in enumerate(gold.get("agreements", [])):
        g = common(f, i, "agreement")
        start, prec = _gold_date(f, "date_signed", g["id"])
        g.update({
            "keys": {f.get("type")}, "type": f.get("type"), "name": f.get("name"),
            "start": start, "prec": prec, "date_end": None,
            "interval": _gold_interval(start, prec, None),
            "countries": set(f.get("countries") or []), "quantity": f.get("quantity"),
            "topics": {_lower(t) for t in f.get("topics") or []},
        })
        agreements.append(g)

    indicators = []
    for i, f in enumerate(gold.get("indicators", [])):
        g = common(f, i, "indicator")
        start, prec = _gold_date(f, "period", g["id"])
        g.update({
            "keys": {(f.get("metric"), f.get("unit"))}, "metric": f.get("metric"),
            "unit": f.get("unit"), "value": f.get("value"), "start": start, "prec": prec,
            "date_end": None, "interval": _gold_interval(start, prec, None),
            "change_pct": f.get("change_pct"), "from": f.get("from_country"),
            "to": f.get("to_country"), "subject": f.get("subject"),
        })
        indicators.append(g)

    persons = []
    for i, f in enumerate(gold.get("persons", [])):
        g = common(f, i, "person")
        g["id"] = f.get("name") or g["id"]
        g.update({
            "name": f.get("name"), "keys": forms.get(norm_name(f.get("name")), set()),
            "country": f.get("country"),
            "title_groups": [
                {title_key(t) for t in str(group).split("|") if t.strip()}
                for group in f.get("titles") or []
            ],
            "tokens": set().union(*[_tokens(n) for n in [f.get("name"), *(f.get("aliases") or [])]]),
        })
        persons.append(g)

    return {"events": events, "agreements": agreements, "indicators": indicators, "persons": persons}


def _persons_in_scope(
    gold: dict[str, Any], facts: dict[str, list[dict[str, Any]]], wh: Warehouse
) -> None:
    """Give every gold person a ``docs`` scope (they carry no doc list of their own).

    All gold documents present: every person is in scope.  Otherwise a person is in scope when an
    in-scope event or agreement names them, or a warehouse document's text contains them.
    """
    all_present = all(wh.doc_ids_for(n) for n in gold.get("documents") or {}) and bool(wh.doc_names)
    named: set[str] = set()
    for kind in ("events", "agreements"):
        raw = gold.get(kind, [])
        for f, g in zip(raw, facts[kind]):
            if g["docs"]:
                named |= {norm_name(n) for n in f.get("persons") or []}
    texts: list[str] | None = None
    for g in facts["persons"]:
        if g["docs"]:
            continue
        if all_present or g["keys"] & named:
            g["docs"] = {"*"}  # in scope
            continue
        if texts is None:
            texts = [norm_name(t) for t in wh.doc_texts.values()]
        if any(k and k in t for k in g["keys"] for t in texts):
            g["docs"] = {"*"}


# --------------------------------------------------------------------------------------------
# Compatibility (a list of failures: empty = compatible) and match scores
# --------------------------------------------------------------------------------------------

Failure = tuple[str, str]  # (code, human-readable reason)


def _date_failures(g: dict[str, Any], p: dict[str, Any]) -> list[Failure]:
    if g["interval"] is None:
        return []
    if p["interval"] is None:
        return [("no_date", f"undated, gold {_interval_text(g['interval'], g['prec'])}")]
    if not overlaps(g["interval"], p["interval"]):
        return [("date", f"date {_interval_text(p['interval'], p['prec'])} vs gold "
                         f"{_interval_text(g['interval'], g['prec'])}")]
    return []


def _person_present(forms: set[str], persons: list[dict[str, Any]]) -> bool:
    return any(forms & p["names"] for p in persons)


def _event_failures(g: dict[str, Any], p: dict[str, Any]) -> list[Failure]:
    out: list[Failure] = []
    if p["type"] != g["type"]:
        out.append(("type", f"type {p['type']} vs gold {g['type']}"))
    if p["status"] != g["status"]:
        out.append(("status", f"status {p['status']} vs gold {g['status']}"))
    absent = [q["name"] for q in g["persons"] if not _person_present(q["names"], p["persons"])]
    if absent:
        out.append(("persons", "lacks person " + ", ".join(absent)))
    if not g["countries"] <= p["countries"]:
        lenient = g["persons"] and not absent and g["countries"] & p["countries"]
        if not lenient:
            out.append(("countries", f"countries {_set_text(p['countries'])} lack "
                                     f"{_set_text(g['countries'] - p['countries'])}"))
    return out + _date_failures(g, p)


def _agreement_failures(g: dict[str, Any], p: dict[str, Any]) -> list[Failure]:
    out: list[Failure] = []
    if p["type"] != g["type"]:
        out.append(("type", f"type {p['type']} vs gold {g['type']}"))
    if not g["countries"] <= p["countries"]:
        out.append(("countries", f"parties' countries {_set_text(p['countries'])} lack "
                                 f"{_set_text(g['countries'] - p['countries'])}"))
    if g["quantity"] is not None and p["quantity"] != g["quantity"]:
        out.append(("quantity", f"quantity {p['quantity']} vs gold {g['quantity']}"))
    return out + _date_failures(g, p)


def _relative_error(pred: float | None, gold: float | None) -> float:
    if pred is None or gold is None:
        return float("inf")
    if gold == 0:
        return 0.0 if pred == 0 else float("inf")
    return abs(pred - gold) / abs(gold)


def _indicator_failures(g: dict[str, Any], p: dict[str, Any]) -> list[Failure]:
    out: list[Failure] = []
    if p["metric"] != g["metric"]:
        out.append(("metric", f"metric {p['metric']} vs gold {g['metric']}"))
    if p["unit"] != g["unit"]:
        out.append(("unit", f"unit {p['unit']} vs gold {g['unit']}"))
    if _relative_error(p["value"], g["value"]) > VALUE_TOLERANCE:
        out.append(("value", f"value {_num(p['value'])} vs gold {_num(g['value'])}"))
    if (g["from"] and p["from"] != g["from"]) or (g["to"] and p["to"] != g["to"]):
        out.append(("direction", f"direction {p['from']}->{p['to']} vs gold {g['from']}->{g['to']}"))
    return out + _date_failures(g, p)


def _person_failures(g: dict[str, Any], p: dict[str, Any]) -> list[Failure]:
    out: list[Failure] = []
    if not g["keys"] & p["keys"]:
        out.append(("name", f"name {p['name']!r} vs gold {g['name']!r}"))
    if g["country"] and p["country"] != g["country"]:
        out.append(("country", f"country {p['country']} vs gold {g['country']}"))
    return out


def _doc_overlap(g: dict[str, Any], p: dict[str, Any]) -> float:
    return len(g["docs"] & p["docs"]) / len(g["docs"]) if g["docs"] else 0.0


def _date_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    exact = _exact_date(g["start"], g["prec"], g.get("date_end"), p["start"], p["prec"], p.get("end"))
    return 1.0 * exact + 0.5 * (p["prec"] == g["prec"])


def _event_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    extra = sum(1 for q in p["persons"] if not any(f["names"] & q["names"] for f in g["persons"]))
    return (
        2.0 * _doc_overlap(g, p)
        + _date_score(g, p)
        + 0.5 * bool(g["host"] and p["host"] == g["host"])
        + 0.5 * bool(g["round"] is not None and p["round"] == g["round"])
        + 0.3 * _jaccard(_tokens(g["mechanism"]), _tokens(p["mechanism"]))
        + 0.3 * bool(g["location"] and _lower(p["location"]) == _lower(g["location"]))
        + 0.3 * _jaccard(g["countries"], p["countries"])
        - 0.1 * min(extra, 5)
    )


def _agreement_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    return (
        2.0 * _doc_overlap(g, p)
        + _date_score(g, p)
        + 1.0 * _jaccard(_tokens(g["name"]), _tokens(p["name"]))
        + 0.5 * _jaccard(g["topics"], p["topics"])
        + 0.3 * _jaccard(g["countries"], p["countries"])
    )


def _change_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if g["change_pct"] is None or p["change_pct"] is None:
        return g["change_pct"] is None and p["change_pct"] is None
    return abs(p["change_pct"] - g["change_pct"]) <= CHANGE_TOLERANCE + 1e-9


def _direction_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return (p["from"] or None, p["to"] or None) == (g["from"] or None, g["to"] or None)


def _indicator_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    closeness = max(0.0, 1.0 - _relative_error(p["value"], g["value"]) / VALUE_TOLERANCE)
    return (
        2.0 * _doc_overlap(g, p)
        + _date_score(g, p)
        + closeness
        + 0.5 * _change_ok(g, p)
        + 0.3 * _direction_ok(g, p)
        + 0.3 * bool(g["subject"] and _lower(p["subject"]) == _lower(g["subject"]))
    )


def _title_hits(g: dict[str, Any], p: dict[str, Any]) -> int:
    return sum(1 for group in g["title_groups"] if group & p["titles"])


def _person_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    groups = len(g["title_groups"])
    return (
        1.0 * (norm_name(p["name"]) == norm_name(g["name"]))
        + 0.5 * bool(g["country"] and p["country"] == g["country"])
        + 0.5 * (_title_hits(g, p) / groups if groups else 0.0)
    )


# --------------------------------------------------------------------------------------------
# Descriptions for the listed misses and false positives
# --------------------------------------------------------------------------------------------


def _set_text(values: Iterable[Any]) -> str:
    return ",".join(sorted(str(v) for v in values)) or "-"


def _num(v: Any) -> str:
    if v is None:
        return "null"
    return f"{v:,.6g}" if isinstance(v, float) and not float(v).is_integer() else f"{int(v):,}"


def _describe_event(f: dict[str, Any]) -> str:
    names = [p["name"] for p in f["persons"]]
    return (f"{f['type']}/{f['status']} {_interval_text(f['interval'], f['prec'])}; "
            f"{'; '.join(names) or 'no persons'}; {_set_text(f['countries'])}")


def _describe_agreement(f: dict[str, Any]) -> str:
    name = f" {f['name']!r}" if f.get("name") else ""
    return f"{f['type']}{name} {_interval_text(f['interval'], f['prec'])}; {_set_text(f['countries'])}"


def _describe_indicator(f: dict[str, Any]) -> str:
    direction = f" {f['from']}->{f['to']}" if f["from"] or f["to"] else ""
    return (f"{f['metric']} {_num(f['value'])} {f['unit']} "
            f"{_interval_text(f['interval'], f['prec'])}{direction}")


def _describe_person(f: dict[str, Any]) -> str:
    return f"{f['name']} ({f['country'] or '-'})"


# --------------------------------------------------------------------------------------------
# Matching and scoring one fact type
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """How one fact type is compared, scored, dated and described."""

    name: str
    failures: Callable[[dict, dict], list[Failure]]
    score: Callable[[dict, dict], float]
    describe: Callable[[dict], str]
    dated: bool  # has dates: date accuracy and n_documents accuracy apply
    related: Callable[[dict, dict], bool]  # worth naming as the nearest miss


def _share_doc(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return bool(g["docs"] & p["docs"])


def _share_token(g: dict[str, Any], p: dict[str, Any]) -> bool:
    return bool(g["tokens"] & p["tokens"])


KIND_SPECS: dict[str, Kind] = {
    "events": Kind("events", _event_failures, _event_score, _describe_event, True, _share_doc),
    "agreements": Kind("agreements", _agreement_failures, _agreement_score, _describe_agreement,
                       True, _share_doc),
    "indicators": Kind("indicators", _indicator_failures, _indicator_score, _describe_indicator,
                       True, _share_doc),
    "persons": Kind("persons", _person_failures, _person_score, _describe_person, False,
                    _share_token),
}


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _compatible_pairs(
    kind: Kind, golds: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """All (gold index, pred index) pairs with no failure, looked up through the ``keys`` index."""
    index: dict[Any, list[int]] = {}
    for j, p in enumerate(preds):
        for k in p["keys"]:
            index.setdefault(k, []).append(j)
    pairs = []
    for i, g in enumerate(golds):
        candidates = sorted({j for k in g["keys"] for j in index.get(k, ())})
        pairs += [(i, j) for j in candidates if not kind.failures(g, preds[j])]
    return pairs


def _nearest(kind: Kind, fact: dict[str, Any], others: list[dict[str, Any]], as_gold: bool) -> str:
    """The closest related counterpart and why it does not fit."""
    best = None
    for o in others:
        g, p = (fact, o) if as_gold else (o, fact)
        if not kind.related(g, p):
            continue
        fails = kind.failures(g, p)
        key = (len(fails), -kind.score(g, p), str(o["id"]))
        if best is None or key < best[0]:
            best = (key, o, fails)
    if best is None:
        if kind.name == "persons":
            return f"no {'person actor' if as_gold else 'gold person'} shares a name token"
        return f"no {'predicted row' if as_gold else 'gold fact'} from its documents"
    _, o, fails = best
    return f"nearest {o['id']} [{kind.describe(o)}]: " + "; ".join(t for _, t in fails)


def score_kind(
    kind: Kind,
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    out_of_scope: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """Match gold facts to predicted rows of one type and compute the counts and accuracies.

    ``out_of_scope`` gold facts (none of their documents is in the warehouse) take part in the
    matching, so that rows describing them are neither true nor false positives ("ignored"), but
    they count in no score.
    """
    n_in = len(golds)
    every = list(golds) + list(out_of_scope)
    pairs = _compatible_pairs(kind, every, preds)
    scored = sorted(
        ((kind.score(every[i], preds[j]), i, j) for i, j in pairs),
        key=lambda t: (-t[0], t[1], str(preds[t[2]]["id"])),
    )
    gold_to_pred: dict[int, int] = {}
    pred_to_gold: dict[int, int] = {}
    for _, i, j in scored:
        if i not in gold_to_pred and j not in pred_to_gold:
            gold_to_pred[i] = j
            pred_to_gold[j] = i

    compatible_with: dict[int, list[int]] = {}
    for i, j in pairs:
        compatible_with.setdefault(j, []).append(i)

    matched_in = {i: j for i, j in gold_to_pred.items() if i < n_in}
    tp = len(matched_in)
    required = [i for i, g in enumerate(golds) if g["required"]]
    tp_required = sum(1 for i in required if i in matched_in)
    dup_rows = {  # rows that fit a matched gold fact (rows taken by out-of-scope facts aside)
        j for j, gs in compatible_with.items()
        if any(i in matched_in for i in gs) and pred_to_gold.get(j, 0) < n_in
    }

    false_positives, ignored = [], []
    for j, p in enumerate(preds):
        if j in pred_to_gold and pred_to_gold[j] < n_in:
            continue
        taken = [i for i in compatible_with.get(j, []) if i in matched_in]
        if taken and j not in pred_to_gold:
            i = taken[0]
            reason = f"duplicate of {golds[i]['id']} (matched {preds[matched_in[i]]['id']})"
        elif any(i >= n_in for i in compatible_with.get(j, [])):
            ignored.append({"id": p["id"], "what": kind.describe(p),
                            "reason": "fits a gold fact whose documents are not in the warehouse"})
            continue
        else:
            reason = None  # filled lazily below
        false_positives.append({"id": p["id"], "what": kind.describe(p), "reason": reason, "_j": j})
    for fp in false_positives:
        if fp["reason"] is None:
            fp["reason"] = _nearest(kind, preds[fp["_j"]], golds, as_gold=False)
        del fp["_j"]

    fits_of: dict[int, list[int]] = {}
    for i, j in pairs:
        fits_of.setdefault(i, []).append(j)
    misses, null_date_misses = [], 0
    for i in required:
        if i in matched_in:
            continue
        g = golds[i]
        fits = fits_of.get(i, [])
        if fits:
            reason = (f"compatible row {preds[fits[0]]['id']} was matched to "
                      f"{every[pred_to_gold[fits[0]]]['id']}")
        else:
            reason = _nearest(kind, g, preds, as_gold=True)
            if kind.dated and any(
                [c for c, _ in kind.failures(g, p)] == ["no_date"] for p in preds if p["keys"] & g["keys"]
            ):
                null_date_misses += 1
                reason += " (only the missing date stops a match)"
        misses.append({"id": g["id"], "what": kind.describe(g), "reason": reason})

    fp = len(false_positives)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp_required, len(required))
    result: dict[str, Any] = {
        "gold": len(golds), "gold_required": len(required), "predicted": len(preds),
        "tp": tp, "tp_required": tp_required, "fp": fp, "fn": len(required) - tp_required,
        "ignored": len(ignored), "precision": precision, "recall": recall,
        "f1": _f1(precision, recall), "duplication": _ratio(len(dup_rows), tp),
        "matches": [
            {"gold": golds[i]["id"], "predicted": preds[j]["id"],
             "score": round(kind.score(golds[i], preds[j]), 4)}
            for i, j in sorted(matched_in.items())
        ],
        "misses": misses, "false_positives": false_positives, "ignored_rows": ignored,
        "date_acc": None, "date_acc_n": 0, "n_docs_acc": None, "n_docs_acc_n": 0,
    }
    matched = [(golds[i], preds[j]) for i, j in sorted(matched_in.items())]
    if kind.dated:
        dated = [(g, p) for g, p in matched if g["start"] is not None]
        exact = sum(
            _exact_date(g["start"], g["prec"], g.get("date_end"), p["start"], p["prec"], p.get("end"))
            for g, p in dated
        )
        result.update({
            "date_acc": _ratio(exact, len(dated)), "date_acc_n": len(dated),
            "n_docs_acc": _ratio(sum(p["n_documents"] == len(g["docs"]) for g, p in matched),
                                 len(matched)),
            "n_docs_acc_n": len(matched),
            "predicted_undated": sum(1 for p in preds if p["interval"] is None),
            "misses_only_for_null_date": null_date_misses,
        })
    if kind.name == "indicators":
        result.update({
            "change_pct_acc": _ratio(sum(_change_ok(g, p) for g, p in matched), len(matched)),
            "direction_acc": _ratio(sum(_direction_ok(g, p) for g, p in matched), len(matched)),
        })
    if kind.name == "persons":
        groups = sum(len(g["title_groups"]) for g, _ in matched)
        hits = sum(_title_hits(g, p) for g, p in matched)
        result.update({"title_recall": _ratio(hits, groups), "title_groups": groups,
                       "title_hits": hits})
    return result


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def evaluate(gold_path: str | Path, warehouse_path: str | Path = DEFAULT_WAREHOUSE) -> dict[str, Any]:
    """Score the warehouse at ``warehouse_path`` against the gold file; a JSON-ready dict.

    Keys: ``events``/``agreements``/``indicators``/``persons`` (counts, precision, recall, f1,
    date_acc, duplication, n_docs_acc, matches, misses, false_positives, extras),
    ``evidence_validity``, ``title_recall``, ``documents`` and the two paths.  Raises
    :class:`WarehouseError` or :class:`GoldError` with a readable message.
    """
    gold = load_gold(gold_path)
    wh = load_warehouse(warehouse_path)
    facts = _gold_facts(gold, wh)
    _persons_in_scope(gold, facts, wh)
    gold_docs = list(gold.get("documents") or sorted({d for k in KINDS for f in gold.get(k, [])
                                                     for d in f.get("docs") or []}))
    present = [d for d in gold_docs if wh.doc_ids_for(d)]
    result: dict[str, Any] = {
        "gold_path": str(gold_path), "warehouse_path": str(warehouse_path),
        "documents": {"gold": len(gold_docs), "in_warehouse": len(present),
                      "warehouse_total": len(wh.doc_names),
                      "gold_missing": [d for d in gold_docs if d not in present]},
    }
    preds = {"events": wh.events, "agreements": wh.agreements, "indicators": wh.indicators,
             "persons": wh.persons}
    for name in KINDS:
        in_scope = [g for g in facts[name] if g["docs"]]
        outside = [g for g in facts[name] if not g["docs"]]
        res = score_kind(KIND_SPECS[name], in_scope, preds[name], outside)
        res["gold_out_of_scope"] = len(outside)
        result[name] = res
    result["evidence_validity"] = wh.evidence
    result["title_recall"] = result["persons"]["title_recall"]
    return result


def _fmt(v: Any, width: int) -> str:
    if v is None:
        return "-".rjust(width)
    if isinstance(v, float):
        return f"{v:.3f}".rjust(width)
    return str(v).rjust(width)


def format_report(result: dict[str, Any], details: bool = False, max_items: int = DEFAULT_LISTED) -> str:
    """A fixed-width table of the scores, then up to ``max_items`` misses and false positives per
    type (all of them with ``details``)."""
    docs = result.get("documents", {})
    lines = [
        f"warehouse {result.get('warehouse_path')} vs gold {result.get('gold_path')} "
        f"({docs.get('in_warehouse', 0)}/{docs.get('gold', 0)} gold documents present, "
        f"{docs.get('warehouse_total', 0)} documents in the warehouse)",
        "",
    ]
    cols = [("type", 11), ("gold(req)", 10), ("pred", 6), ("TP", 5), ("FP", 5), ("FN", 5),
            ("prec", 7), ("recall", 7), ("F1", 7), ("date_acc", 9), ("dup", 7), ("n_docs", 7)]
    lines.append(" ".join(n.ljust(w) if i == 0 else n.rjust(w) for i, (n, w) in enumerate(cols)))
    lines.append(" ".join("-" * w for _, w in cols))
    for name in KINDS:
        r = result[name]
        values = [name, f"{r['gold']}({r['gold_required']})", r["predicted"], r["tp"], r["fp"],
                  r["fn"], r["precision"], r["recall"], r["f1"], r["date_acc"], r["duplication"],
                  r["n_docs_acc"]]
        lines.append(" ".join(
            str(v).ljust(w) if i == 0 else _fmt(v, w) for i, (v, (_, w)) in enumerate(zip(values, cols))
        ))
    lines.append("")
    ev = result["evidence_validity"]
    parts = ", ".join(f"{t} {ev[t]['valid']}/{ev[t]['rows']}" for t in MENTION_TABLES)
    lines.append(f"evidence validity: {_pct(ev['overall']['share'])} ({parts})")
    pr = result["persons"]
    lines.append(f"title recall: {_pct(pr['title_recall'])} "
                 f"({pr['title_hits']}/{pr['title_groups']} title groups of matched persons)")
    ind = result["indicators"]
    lines.append(f"indicators: change_pct accuracy {_pct(ind['change_pct_acc'])}, "
                 f"direction accuracy {_pct(ind['direction_acc'])}")
    for name in ("events", "agreements", "indicators"):
        r = result[name]
        notes = []
        if r.get("predicted_undated"):
            notes.append(f"{r['predicted_undated']} predicted rows undated")
        if r.get("misses_only_for_null_date"):
            notes.append(f"{r['misses_only_for_null_date']} misses only for a null date")
        if r.get("ignored"):
            notes.append(f"{r['ignored']} rows ignored (fit gold facts of absent documents)")
        if r.get("gold_out_of_scope"):
            notes.append(f"{r['gold_out_of_scope']} gold facts out of scope")
        if notes:
            lines.append(f"{name}: " + "; ".join(notes))
    for name in KINDS:
        r = result[name]
        for label, items in (("misses", r["misses"]), ("false positives", r["false_positives"])):
            if not items:
                continue
            shown = items if details else items[:max_items]
            lines.append("")
            lines.append(f"{name} {label} ({len(items)}):")
            lines += [f"  - {it['id']} [{it['what']}]: {it['reason']}" for it in shown]
            if len(shown) < len(items):
                lines.append(f"  ... and {len(items) - len(shown)} more (use --details)")
    return "\n".join(lines) + "\n"


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{100 * v:.1f}%"


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``eval`` options to ``parser`` (for the top-level CLI's sub-command)."""
    parser.add_argument("--gold", required=True, help="gold facts JSON (e.g. shared/gold/seeds.json)")
    parser.add_argument("--warehouse", default=DEFAULT_WAREHOUSE,
                        help=f"DuckDB warehouse file (default {DEFAULT_WAREHOUSE})")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--details", action="store_true",
                        help="list every miss and false positive, not only the first ones")
    parser.add_argument("--max-items", type=int, default=DEFAULT_LISTED,
                        help=f"misses/false positives listed per type (default {DEFAULT_LISTED})")
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the evaluation for parsed ``args``; 0 on success, 2 on a readable error."""
    try:
        result = evaluate(args.gold, args.warehouse)
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, default=str, sort_keys=False))
    else:
        print(format_report(result, details=args.details, max_items=args.max_items), end="")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.evaluate --gold FILE [--warehouse FILE] [--json] [--details]``."""
    parser = add_arguments(argparse.ArgumentParser(
        prog="pipeline eval", description="Score a warehouse against gold reference facts."))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
