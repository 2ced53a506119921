"""Print the event mentions extracted from raw/ (dev aid), optionally next to the gold events.

    python scripts/show_events.py [RAW_DIR] [--gold /work/shared/gold/seeds.json] [--doc 001]

Each mention: document, sentence, type/status, date, place, host, mechanism/round, casualties,
participants and the sentence.  With --gold, every gold event of the shown documents is listed
with the mentions that could match it (same document and type, overlapping date, same persons),
then the mentions that match no gold event.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import polars as pl  # noqa: E402

from pipeline.extract.countries import country_mentions  # noqa: E402
from pipeline.extract.dates import extract_dates  # noqa: E402
from pipeline.extract.events import extract_events  # noqa: E402
from pipeline.extract.persons import extract_persons  # noqa: E402
from pipeline.ingest import ingest_files  # noqa: E402
from pipeline.segment import segment  # noqa: E402


def _fmt_date(r: dict) -> str:
    if r["date_start"] is None:
        return "-"
    s = r["date_start"].isoformat()
    cut = {"year": 4, "month": 7}.get(r["date_precision"], 10)
    out = s[:cut]
    if r["date_end"] and r["date_precision"] == "day" and r["date_end"] != r["date_start"]:
        out += ".." + r["date_end"].isoformat()
    return out


def _gold_interval(text: str | None, end: str | None) -> tuple[date, date] | None:
    from pipeline.evaluate import _gold_interval, parse_partial_date

    if not text:
        return None
    start, prec = parse_partial_date(text)
    return _gold_interval(start, prec, end)


def _pred_interval(r: dict) -> tuple[date, date] | None:
    from pipeline.resolve.dates import interval

    return interval(r["date_start"], r["date_end"], r["date_precision"])


def _matches(g: dict, r: dict) -> bool:
    from pipeline.resolve.dates import overlaps

    if r["event_type"] != g["type"] or r["status"] != g.get("status", "occurred"):
        return False
    names = {p["name"] for p in r["participants"] if p["actor_type"] == "person"}
    if not all(any(n in m or m in n for m in names) for n in g.get("persons") or []):
        return False
    gi = _gold_interval(g.get("date_start"), g.get("date_end"))
    return gi is None or overlaps(gi, _pred_interval(r))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw", nargs="?", default=str(ROOT / "raw"))
    ap.add_argument("--gold", default=None)
    ap.add_argument("--doc", default=None, help="only documents whose path starts with this")
    args = ap.parse_args(argv)

    docs, _, _ = ingest_files(Path(args.raw))
    if args.doc:
        docs = docs.filter(pl.col("source_path").str.starts_with(args.doc))
    t0 = time.perf_counter()
    sentences = segment(docs)
    countries = country_mentions(sentences)
    dates = extract_dates(sentences, docs)
    persons = extract_persons(sentences, countries)
    t1 = time.perf_counter()
    events = extract_events(sentences, docs, persons, countries, dates)
    t2 = time.perf_counter()
    path_of = dict(docs.select("doc_id", "source_path").iter_rows())
    rows = events.to_dicts()
    for r in rows:
        r["path"] = path_of[r["doc_id"]]
    mb = docs["text"].str.len_bytes().sum() / 1e6
    print(f"{len(rows)} event mentions from {docs.height} documents ({mb:.3f} MB); "
          f"events {t2 - t1:.3f}s, upstream {t1 - t0:.3f}s\n")

    def show(r: dict) -> str:
        parts = ", ".join(
            f"{p['name']}[{p['role'][0]}{'/' + p['country_iso3'] if p['actor_type'] == 'person' and p['country_iso3'] else ''}]"
            for p in r["participants"]
        )
        extra = " ".join(
            x for x in [
                f"@{r['location']}" if r["location"] else "",
                f"in:{r['location_country_iso3']}" if r["location_country_iso3"] else "",
                f"host:{r['host_country_iso3']}" if r["host_country_iso3"] else "",
                f"mech:{r['mechanism']!r}" if r["mechanism"] else "",
                f"round:{r['mechanism_round']}" if r["mechanism_round"] else "",
                f"killed:{r['casualties']}" if r["casualties"] is not None else "",
            ] if x
        )
        return (f"{r['path'][:3]}#{r['sentence_id']:<3} {r['event_type']:<21} {r['status']:<8} "
                f"{_fmt_date(r):<22} {extra}\n      {parts}\n      | {r['summary'][:160]}")

    if not args.gold:
        for r in rows:
            print(show(r))
        return 0
    gold = json.loads(Path(args.gold).read_text())
    shown = set(path_of.values())
    used: set[int] = set()
    for g in gold["events"]:
        gdocs = [d for d in g["docs"] if d in shown]
        if not gdocs:
            continue
        hits = [i for i, r in enumerate(rows) if r["path"] in gdocs and _matches(g, r)]
        used.update(hits)
        flag = "ok " if hits else ("MISS" if g.get("required", True) else "opt ")
        print(f"[{flag}] {g['id']}: {g['type']} {g.get('status')} {g.get('date_start')}..{g.get('date_end') or ''} "
              f"{g.get('persons')} {g.get('countries')} host={g.get('host_country')} mech={g.get('mechanism')} "
              f"round={g.get('round')}")
        for i in hits:
            print("   " + show(rows[i]).replace("\n", "\n   "))
    extra = [r for i, r in enumerate(rows) if i not in used]
    print(f"\n{len(extra)} mentions matching no gold event:")
    for r in extra:
        print(show(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
