"""Dev script: print the agreement and indicator mentions found in raw/*.txt.

    python scripts/show_facts.py [raw_dir] [--only agreements|indicators]

It runs ingest, segmentation, country/date/person extraction when those modules are available
(persons are optional) and prints one line per mention with its evidence sentence.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load(raw: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    from pipeline.ingest import ingest_files
    from pipeline.segment import segment

    docs, _rej, _paths = ingest_files(raw)
    return docs, segment(docs)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("raw", nargs="?", default=str(ROOT / "raw"))
    ap.add_argument("--only", choices=["agreements", "indicators"])
    args = ap.parse_args(argv)

    from pipeline.extract.agreements import extract_agreements
    from pipeline.extract.countries import country_mentions
    from pipeline.extract.dates import extract_dates
    from pipeline.extract.indicators import extract_indicators

    docs, sents = _load(Path(args.raw))
    countries = country_mentions(sents)
    dates = extract_dates(sents, docs)
    try:
        from pipeline.extract.persons import extract_persons

        persons = extract_persons(sents, countries)
    except Exception as exc:  # noqa: BLE001 - persons are optional for this script
        print(f"(persons unavailable: {exc.__class__.__name__}: {exc})")
        persons = pl.DataFrame()
    paths = dict(zip(docs["doc_id"], docs["source_path"]))
    texts = dict(zip(docs["doc_id"], docs["text"]))
    pl.Config.set_fmt_str_lengths(200)

    if args.only in (None, "agreements"):
        t = time.perf_counter()
        ag = extract_agreements(sents, docs, persons, countries, dates)
        print(f"== {ag.height} agreement mentions ({time.perf_counter() - t:.3f}s)")
        for r in ag.iter_rows(named=True):
            parties = ", ".join(f"{p['name']}/{p['actor_type'][0]}/{p['role']}" for p in r["parties"] or [])
            print(
                f"- {paths[r['doc_id']]}#{r['sentence_id']} {r['agreement_type']} name={r['name']!r} "
                f"signed={r['signed_date']}({r['signed_precision']}) eff={r['effective_date']}"
                f"({r['effective_precision']}) q={r['quantity']}\n    parties=[{parties}] topics={r['topics']}"
                f"\n    span={texts[r['doc_id']][r['char_start']:r['char_end']]!r}"
            )
    if args.only in (None, "indicators"):
        t = time.perf_counter()
        ind = extract_indicators(sents, docs, countries, dates)
        print(f"== {ind.height} indicator mentions ({time.perf_counter() - t:.3f}s)")
        for r in ind.iter_rows(named=True):
            print(
                f"- {paths[r['doc_id']]}#{r['sentence_id']} {r['metric']}={r['value']:g} {r['unit']} "
                f"subj={r['subject']!r} period={r['period_start']}..{r['period_end']}({r['period_precision']}) "
                f"chg={r['change_pct']} {r['from_country_iso3']}->{r['to_country_iso3']} src={r['source_org']!r}"
                f"\n    span={texts[r['doc_id']][r['char_start']:r['char_end']]!r}"
            )


if __name__ == "__main__":
    main()
