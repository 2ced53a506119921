"""Snapshot the extract stage's output for a raw folder, or compare with a snapshot.

Used to prove that a speed-up changed nothing:
    python scripts/mention_snapshot.py save RAW_DIR SNAP_DIR
    python scripts/mention_snapshot.py compare RAW_DIR SNAP_DIR     # exit 1 and a diff summary on change
Also prints the throughput of each extractor (MB/s of document text per CPU-second of this
process, so that other jobs on the machine do not distort it; set POLARS_MAX_THREADS=1 for one core).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import polars as pl

from pipeline.extract.agreements import extract_agreements
from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.events import extract_events
from pipeline.extract.indicators import extract_indicators
from pipeline.extract.persons import extract_persons
from pipeline.ingest import ingest_files
from pipeline.segment import segment


def run(raw: Path) -> dict[str, pl.DataFrame]:
    t0 = time.perf_counter()
    docs, _, _ = ingest_files(raw)
    t1 = time.perf_counter()
    sents = segment(docs)
    mb = docs["text"].str.len_bytes().sum() / 1e6
    print(f"{docs.height} documents, {mb:.2f} MB; ingest {t1 - t0:.2f} s, segment {time.perf_counter() - t1:.2f} s")
    out, times = {}, {}

    def timed(name, fn, *args):
        t = time.process_time()  # CPU time of this process: robust to other jobs on the machine
        out[name] = fn(*args)
        times[name] = time.process_time() - t

    timed("countries", country_mentions, sents)
    timed("dates", extract_dates, sents, docs)
    timed("persons", extract_persons, sents, out["countries"])
    timed("events", extract_events, sents, docs, out["persons"], out["countries"], out["dates"])
    timed("agreements", extract_agreements, sents, docs, out["persons"], out["countries"], out["dates"])
    timed("indicators", extract_indicators, sents, docs, out["countries"], out["dates"])
    for k, v in times.items():
        print(f"  {k:<11} {v:6.2f} s  {mb / v:7.1f} MB/s")
    total = sum(times.values())
    print(f"  {'extract':<11} {total:6.2f} s  {mb / total:7.2f} MB/s")
    return out


def main(argv: list[str]) -> int:
    mode, raw, snap = argv[0], Path(argv[1]), Path(argv[2])
    out = run(raw)
    if mode == "save":
        snap.mkdir(parents=True, exist_ok=True)
        for k, df in out.items():
            df.write_parquet(snap / f"{k}.parquet")
        return 0
    changed = 0
    for k, df in out.items():
        old = pl.read_parquet(snap / f"{k}.parquet")
        if old.equals(df):
            continue
        changed += 1
        print(f"CHANGED {k}: {old.height} → {df.height} rows")
        try:
            print("  only before:", old.join(df, on=old.columns, how="anti", nulls_equal=True).head(3).to_dicts())
            print("  only after: ", df.join(old, on=old.columns, how="anti", nulls_equal=True).head(3).to_dicts())
        except Exception as exc:  # list columns cannot be join keys
            print("  (diff unavailable:", exc, ")")
    print("identical" if not changed else f"{changed} frames changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
