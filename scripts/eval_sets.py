"""Build every gold set into a scratch folder and print one F1 table across the sets.

    python scripts/eval_sets.py                      # seeds + every eval/*/ set that has gold.json
    python scripts/eval_sets.py devset2 devset3      # only these
    python scripts/eval_sets.py --json out.json      # also write the figures

Each set is built from its own raw folder with `python -m pipeline build` (a separate Dagster
state folder under a temporary directory, so nothing in `raw/` or `warehouse/` is
touched) and scored with `pipeline.evaluate.evaluate`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("events", "agreements", "indicators", "persons")


def gold_sets() -> dict[str, tuple[Path, Path]]:
    """name → (raw folder, gold file) for the seeds and every `eval/<set>/gold.json`."""
    sets: dict[str, tuple[Path, Path]] = {}
    seeds_gold = ROOT.parent / "shared" / "gold" / "seeds.json"
    if seeds_gold.exists():
        sets["seeds"] = (ROOT / "raw", seeds_gold)
    for gold in sorted(ROOT.glob("eval/*/gold.json")):
        sets[gold.parent.name] = (gold.parent / "raw", gold)
    return sets


def build(raw: Path, scratch: Path) -> Path:
    """Build the warehouse of ``raw`` under ``scratch``; its path."""
    warehouse = scratch / "warehouse.duckdb"
    # the project's dagster.yaml (telemetry off), with its state in the scratch folder
    env = dict(os.environ, DAGSTER_HOME=str(ROOT), DAGSTER_STATE_DIR=str(scratch / ".dagster"))
    cmd = [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--warehouse", str(warehouse), "--quiet"]
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 2):  # 2: published, but an asset check failed
        raise RuntimeError(f"build of {raw} failed:\n{done.stdout}\n{done.stderr}")
    return warehouse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="set names (default: all)")
    ap.add_argument("--json", type=Path, help="write the figures to this file")
    args = ap.parse_args(argv)
    available = gold_sets()
    names = args.sets or list(available)
    unknown = [n for n in names if n not in available]
    if unknown:
        ap.error(f"unknown set(s) {unknown}; available: {sorted(available)}")
    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="eval_sets_") as tmp:
        for name in names:
            raw, gold = available[name]
            result = evaluate(gold, build(raw, Path(tmp) / name))
            figures[name] = {k: {m: result[k][m] for m in ("precision", "recall", "f1", "date_acc", "duplication")} for k in KINDS}
    print(f"{'set':<10}" + "".join(f"{k:>24}" for k in KINDS))
    print(f"{'':<10}" + "".join(f"{'P / R / F1':>24}" for _ in KINDS))
    for name, row in figures.items():
        cells = []
        for k in KINDS:
            r = row[k]
            cells.append(" / ".join("  -  " if r[m] is None else f"{r[m]:.3f}" for m in ("precision", "recall", "f1")))
        print(f"{name:<10}" + "".join(f"{c:>24}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
