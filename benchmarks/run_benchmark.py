"""Measure the pipeline on a synthetic corpus: stage throughput, full and incremental builds, memory.

Usage::

    python benchmarks/run_benchmark.py [--n 10000] [--workdir DIR] [--keep] [--json FILE] [--profile]

Phases (each one is reported even when a later one fails):

1. corpus      generate N documents with ``generate_corpus.py`` (or reuse the corpus in --workdir
               when it was generated with the same N, seed and generator code).
2. stages      the pure stage functions called one after the other in this process: ingest,
               segment, extract (MB/s of document text per CPU-second: one core, the key
               figure), resolve, validate, publish.  Wall and CPU seconds.
3. full build  ``python -m pipeline build`` on the corpus with a fresh warehouse, in a fresh
               process (as an analyst runs it): the pipeline time and step times it prints, the
               warehouse counts, asset checks and the process's peak memory.  Extraction runs on
               ``extract_workers`` processes: its wall MB/s (all workers).
4. one file    add ONE new document to raw/ and rebuild in-process: only that document should be
               extracted (the others are reused from the stat, sentence and mention caches);
               then remove it and rebuild.  Repeated for K different documents (--one-file-docs,
               default 5: document N of the corpus generator with seeds seed, seed+1, ...), since
               the time depends on which facts a document touches.  Pipeline time only, split by
               step (the rest: Dagster, asset IO, asset checks); median and max of the +1 and of
               the -1 builds; the target is judged on the slowest build.
5. subprocess  add another new document and run ``python -m pipeline build`` once as a fresh
               process: its wall time, the pipeline time it prints, and the difference (process and
               Dagster start-up).
6. profile     (--profile) cProfile of the extract stage; the top functions by cumulative time.

Peak memory is judged on the build processes (VmHWM of the full build and of the one-file
build, read by the child at exit); ``getrusage(RUSAGE_SELF).ru_maxrss`` of this process (the stage
phase and the in-process build) is reported beside them.  Targets are printed beside the figures
and never asserted.  The two added files are removed at the end, so a --workdir corpus stays reusable.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import faulthandler
import gc
import hashlib
import io
import json
import logging
import os
import pstats
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent
for _p in (str(PROJECT_ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

MB = 1e6
TARGET_DOCS = 10_000
TARGET_FULL_BUILD_S = 120.0  # for TARGET_DOCS documents
TARGET_ONE_FILE_S = 10.0
TARGET_PEAK_MB = 2048.0
TARGET_EXTRACT_MBPS = 5.0
MIN_DOCS_FOR_BUILD_VERDICT = 1_000
N_NEW_FILES = 2  # one for the in-process incremental build, one for the subprocess
ONE_FILE_DOCS = 5  # documents added (then removed) one at a time in phase 4

STEP_RE = re.compile(r"^(ingest|segment|extract|resolve|publish):.*?([\d.]+) s\)\s*$")
EXTRACTED_RE = re.compile(r"extract: (\d+) documents extracted, (\d+) reused, (\d+) removed")
PUBLISH_MODE_RE = re.compile(r"^publish: .*\b(full|incremental) write\b")
BUILT_RE = re.compile(r"^built .* in ([\d.]+) s", re.M)


# ---------------------------------------------------------------------------------------------
# Small helpers


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def say(msg: str) -> None:
    """Progress on stderr, so that a long run shows where it is (the report goes to stdout)."""
    print(f"[benchmark {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


class PhaseTimeout(Exception):
    """A phase ran longer than --phase-timeout."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise PhaseTimeout in the main thread after ``seconds`` (no limit when 0 or None)."""
    if not seconds or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(signum: int, frame: Any) -> None:
        raise PhaseTimeout(f"still running after {seconds:.0f} s (--phase-timeout)")

    old = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Timer:
    wall: float = 0.0
    cpu: float = 0.0


@contextlib.contextmanager
def timed() -> Iterator[Timer]:
    t = Timer()
    w0, c0 = time.perf_counter(), time.process_time()
    try:
        yield t
    finally:
        t.wall, t.cpu = time.perf_counter() - w0, time.process_time() - c0


@dataclass
class Report:
    """Everything measured; serialised to JSON as is."""

    n_documents: int
    seed: int
    workdir: str
    figures: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def fail(self, phase: str, exc: BaseException) -> None:
        frames = traceback.extract_tb(exc.__traceback__)
        outside = [f for f in frames if Path(f.filename).resolve() != Path(__file__).resolve()]
        where = (outside or frames)[-1]  # where the pipeline was, not this script's alarm handler
        self.errors.append(f"{phase}: {type(exc).__name__}: {exc}")
        print(f"\n[{phase}] FAILED: {type(exc).__name__}: {exc} ({where.filename}:{where.lineno})", file=sys.stderr)


class ProgressCapture(logging.Handler):
    """Collects the one-line stage messages that the Dagster assets log to ``pipeline.progress``."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())

    def steps(self) -> dict[str, float]:
        out = {}
        for line in self.lines:
            m = STEP_RE.match(line)
            if m:
                out[m.group(1)] = float(m.group(2))
        return out

    def publish_mode(self) -> str | None:
        for line in self.lines:
            m = PUBLISH_MODE_RE.search(line)
            if m:
                return m.group(1)
        return None

    def extracted(self) -> tuple[int, int, int] | None:
        for line in self.lines:
            m = EXTRACTED_RE.search(line)
            if m:
                return int(m.group(1)), int(m.group(2)), int(m.group(3))
        return None


@contextlib.contextmanager
def capture_progress() -> Iterator[ProgressCapture]:
    logger = logging.getLogger("pipeline.progress")
    handler = ProgressCapture()
    old_level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


# ---------------------------------------------------------------------------------------------
# Phase 1: corpus


def _generator_fingerprint() -> str:
    from pipeline.lexicons import lexicon_fingerprint

    h = hashlib.sha256((HERE / "generate_corpus.py").read_bytes())
    h.update(lexicon_fingerprint().encode())
    return h.hexdigest()[:16]


def one_file_seeds(seed: int, k: int) -> list[int]:
    """World seeds of the K documents of phase 4 (document N of each)."""
    return [seed + j for j in range(k)]


def new_file_names(n: int, seed: int, k: int = ONE_FILE_DOCS) -> list[str]:
    """File names (text and sidecar) of the documents the benchmark adds after a corpus of n."""
    import generate_corpus as gc_mod

    docs = [(n, s) for s in one_file_seeds(seed, k)] + [(i, seed) for i in range(n + 1, n + N_NEW_FILES)]
    names = []
    for i, s in docs:
        name = gc_mod.generate_document(i, gc_mod.make_world(s), noise=False).name
        names += [name, name.replace(".txt", ".meta.json")]
    return names


def prepare_corpus(raw: Path, n: int, seed: int, report: Report) -> None:
    """Generate the corpus into ``raw`` unless an identical one is already there."""
    import generate_corpus as gc_mod

    stamp_path = raw.parent / "corpus.json"
    stamp = {"n": n, "seed": seed, "generator": _generator_fingerprint()}
    for name in new_file_names(n, seed):  # debris of an interrupted run
        (raw / name).unlink(missing_ok=True)
    if raw.is_dir() and stamp_path.exists() and json.loads(stamp_path.read_text()) == stamp:
        report.figures["corpus"] = {"reused": True, "seconds": 0.0}
    else:
        shutil.rmtree(raw, ignore_errors=True)
        stats = gc_mod.generate_corpus(raw, n, seed)
        stamp_path.write_text(json.dumps(stamp))
        report.figures["corpus"] = {"reused": False, "seconds": stats.seconds, "sidecars": stats.n_sidecars}
    txt = list(raw.glob("*.txt"))
    report.figures["corpus"]["files"] = len(txt)
    report.figures["corpus"]["raw_bytes"] = sum(p.stat().st_size for p in txt)


# ---------------------------------------------------------------------------------------------
# Phase 2: the pure stage functions, one after the other


def _stage(report: Report, name: str, fn: Callable[[], Any]) -> Any:
    """Run one stage and record its wall and CPU seconds (also when it fails)."""
    ok = False
    try:
        with timed() as t:
            out = fn()
        ok = True
    finally:
        report.figures.setdefault("stages", {})[name] = {"seconds": t.wall, "cpu_seconds": t.cpu, "ok": ok}
        say(f"stage {name}: {t.wall:.1f} s" + ("" if ok else " (failed)"))
    return out


def add_throughputs(report: Report) -> None:
    """MB/s of document text for every stage that ran; the full build's extraction MB/s (wall,
    all workers); the one-new-file build's time outside the five steps."""
    text_mb = report.figures.get("text_bytes", 0) / MB
    for s in report.figures.get("stages", {}).values():
        s["mb_per_s"] = text_mb / s["seconds"] if s["seconds"] and text_mb else None
        s["mb_per_cpu_s"] = text_mb / s["cpu_seconds"] if s["cpu_seconds"] and text_mb else None
    fb = report.figures.get("full_build")
    if fb:
        ex = fb.get("steps", {}).get("extract")
        fb["extract_mb_per_s_wall"] = text_mb / ex if ex and text_mb else None
    for key in ("full_build", "one_new_file"):
        b = report.figures.get(key)
        if b and b.get("steps"):
            b["other_seconds"] = max(0.0, b["seconds"] - sum(b["steps"].values()))


def run_stages(raw: Path, out_dir: Path, report: Report) -> None:
    """ingest → segment → extract → resolve → validate → publish, each timed."""
    import polars as pl

    from pipeline.extract.run import extract_mentions
    from pipeline.ingest import IngestConfig, ingest_files
    from pipeline.publish import publish
    from pipeline.resolve.run import resolve_all
    from pipeline.schemas import TABLES
    from pipeline.segment import segment
    from pipeline.validate import validate_table

    stages = report.figures.setdefault("stages", {})
    documents, rejected, paths = _stage(report, "ingest", lambda: ingest_files(raw, IngestConfig()))
    text_bytes = int(documents["text"].str.len_bytes().sum() or 0)
    report.figures["text_bytes"] = text_bytes
    stages["ingest"].update(documents=documents.height, rejected=rejected.height, duplicate_paths=paths.height - documents.height)

    sentences = _stage(report, "segment", lambda: segment(documents))
    stages["segment"]["sentences"] = sentences.height

    mentions = _stage(report, "extract", lambda: extract_mentions(documents, sentences))
    stages["extract"]["mentions"] = {k: v.height for k, v in mentions.items()}

    facts = _stage(report, "resolve", lambda: resolve_all(mentions))
    stages["resolve"]["rows"] = {k: v.height for k, v in facts.items() if k in ("actors", "events", "agreements", "indicators")}

    inputs = {"documents": documents, "rejected_documents": rejected, "document_paths": paths, "sentences": sentences, **facts}
    inputs = {t: inputs[t] for t in TABLES if t != "quarantine"}
    validated = _stage(report, "validate", lambda: {t: validate_table(t, df) for t, df in inputs.items()})
    quarantine = pl.concat([v.quarantine for v in validated.values()])
    stages["validate"]["quarantined"] = quarantine.height
    tables = {t: v.good for t, v in validated.items()} | {"quarantine": quarantine}
    result = _stage(report, "publish", lambda: publish(tables, out_dir / "stages.duckdb"))
    stages["publish"]["rows"] = sum(result.row_counts.values())


# ---------------------------------------------------------------------------------------------
# Phases 3-5: builds

# Runs ``python -m pipeline`` in a fresh interpreter and, at exit, prints the process's own peak RSS.
# (RUSAGE_CHILDREN cannot be used for that: across vfork/exec Linux carries the parent's peak into
# the child's ru_maxrss, so the child would report at least this benchmark's own peak.)
CHILD_WRAPPER = """
import atexit, runpy, sys
def _hwm():
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    sys.stderr.write('BENCH_VMHWM_KB ' + line.split()[1] + '\\n')
    except OSError:
        pass
atexit.register(_hwm)
sys.argv = ['pipeline'] + sys.argv[1:]
runpy.run_module('pipeline', run_name='__main__', alter_sys=True)
"""


def _fingerprint() -> str:
    """The extraction fingerprint: when it changes between builds, every document is re-extracted."""
    from pipeline.state import extractor_fingerprint

    return extractor_fingerprint()


def _add_new_document(raw: Path, index: int, seed: int) -> str:
    import generate_corpus as gc_mod

    doc = gc_mod.generate_document(index, gc_mod.make_world(seed), noise=False)
    gc_mod.write_document(doc, raw)
    return doc.name


COUNTS_RE = re.compile(
    r"documents (?P<documents>\d+)\s+rejected (?P<rejected>\d+)\s+sentences (?P<sentences>\d+)\s+"
    r"events (?P<events>\d+)\s+agreements (?P<agreements>\d+)\s+indicators (?P<indicators>\d+)\s+persons (?P<persons>\d+)\s+"
    r"quarantined rows (?P<quarantine>\d+)\s+asset checks passed (?P<checks_passed>\d+)(?:, FAILED: (?P<failed>.*))?"
)


def cli_build(raw: Path, warehouse: Path, workdir: Path) -> dict[str, Any]:
    """``python -m pipeline build`` in a fresh process (the project's Dagster instance settings,
    a Dagster home in ``workdir``): wall and printed pipeline time, steps, extraction counts, the
    printed warehouse counts and the process's peak memory (VmHWM, reported at exit)."""
    home = workdir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    if (PROJECT_ROOT / "dagster.yaml").exists():
        shutil.copy(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    env = os.environ | {"DAGSTER_HOME": str(home), "DAGSTER_STATE_DIR": str(home / "state")}
    args = ["build", "--raw", str(raw), "--warehouse", str(warehouse)]
    cmd = [sys.executable, "-c", CHILD_WRAPPER, *args] if Path("/proc/self/status").exists() else [sys.executable, "-m", "pipeline", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    hwm = re.search(r"^BENCH_VMHWM_KB (\d+)$", proc.stderr, re.M)
    m = BUILT_RE.search(proc.stdout)
    pipeline_s = float(m.group(1)) if m else None
    ex = EXTRACTED_RE.search(proc.stdout)
    steps = {}
    for line in proc.stdout.splitlines():
        m_step = STEP_RE.match(line.strip())
        if m_step:
            steps[m_step.group(1)] = float(m_step.group(2))
    counts = COUNTS_RE.search(" ".join(proc.stdout.split()))
    if proc.returncode not in (0, 2):  # 2: published, but an asset check failed
        raise RuntimeError(f"`python -m pipeline build` exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
    return {
        "command": "python -m pipeline " + " ".join(args),
        "returncode": proc.returncode,
        "wall_seconds": wall,
        "pipeline_seconds": pipeline_s,
        "startup_seconds": wall - pipeline_s if pipeline_s is not None else None,
        "cpu_seconds": (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
        "steps": steps,
        "extracted": int(ex.group(1)) if ex else None,
        "counts": counts.groupdict() if counts else {},
        "peak_mb": int(hwm.group(1)) / 1024 if hwm else None,
    }


def run_full_build(raw: Path, warehouse: Path, workdir: Path, report: Report) -> None:
    """The full build as an analyst runs it: ``python -m pipeline build`` in a fresh process, so
    that its peak memory is the build's own (not this process's, which holds the stage phase)."""
    from pipeline.defs.resources import PipelineSettings
    from pipeline.state import PARALLEL_MIN_DOCUMENTS

    shutil.rmtree(warehouse.parent, ignore_errors=True)  # no stored mentions: a real full build
    shutil.rmtree(workdir / "dagster_home", ignore_errors=True)
    fingerprint = _fingerprint()
    run = cli_build(raw, warehouse, workdir)
    printed = run.pop("counts")
    counts = {k: int(v) for k, v in printed.items() if k not in ("checks_passed", "failed") and v is not None}
    parallel = run["extracted"] is not None and run["extracted"] > PARALLEL_MIN_DOCUMENTS
    report.figures["full_build"] = {
        **run,
        "extract_workers": PipelineSettings().workers if parallel else 1,
        "seconds": run["pipeline_seconds"],
        "counts": counts,
        "checks_passed": int(printed["checks_passed"]) if printed.get("checks_passed") else None,
        "checks_failed": printed["failed"].split(", ") if printed.get("failed") else [],
        "fingerprint": fingerprint,
    }


def _median(values: list[float]) -> float | None:
    v = sorted(values)
    if not v:
        return None
    return v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2


def run_incremental(raw: Path, warehouse: Path, n: int, seed: int, report: Report, k: int = ONE_FILE_DOCS) -> None:
    """Phase 4: for each of K documents, add it and build (+1), remove it and build (-1)."""
    from dagster import DagsterInstance

    from pipeline.build import build

    fingerprint = _fingerprint()
    instance = DagsterInstance.ephemeral()
    runs: list[dict[str, Any]] = []
    for s in one_file_seeds(seed, k):
        name = _add_new_document(raw, n, s)
        for change in ("+1", "-1"):
            if change == "-1":
                (raw / name).unlink(missing_ok=True)
                (raw / name.replace(".txt", ".meta.json")).unlink(missing_ok=True)
            with capture_progress() as progress, timed() as t:
                summary = build(raw, warehouse, instance=instance, quiet=True)
            ex = progress.extracted()
            runs.append({
                "file": name, "seed": s, "change": change, "seconds": summary.seconds, "wall_seconds": t.wall,
                "cpu_seconds": t.cpu, "steps": progress.steps(), "publish_mode": progress.publish_mode(),
                "extracted": ex[0] if ex else None, "reused": ex[1] if ex else None, "removed": ex[2] if ex else None,
                "documents": summary.counts.get("documents"),
            })
            say(f"one file {change} seed {s}: {summary.seconds:.1f} s ({', '.join(f'{a} {v:.1f}' for a, v in runs[-1]['steps'].items())})")

    def stats(change: str) -> dict[str, Any]:
        rs = [r for r in runs if r["change"] == change]
        steps = sorted({st for r in rs for st in r["steps"]})
        return {
            "median_seconds": _median([r["seconds"] for r in rs]),
            "max_seconds": max((r["seconds"] for r in rs), default=None),
            "steps_median": {st: _median([r["steps"].get(st, 0.0) for r in rs]) for st in steps},
            "steps_max": {st: max(r["steps"].get(st, 0.0) for r in rs) for st in steps},
        }

    first = runs[0]
    slowest = max(runs, key=lambda r: r["seconds"])
    report.figures["one_new_file"] = {
        "file": first["file"],
        "seconds": slowest["seconds"],  # judged: the slowest of the +1 and -1 builds
        "slowest": f"{slowest['change']} seed {slowest['seed']}",
        "wall_seconds": slowest["wall_seconds"],
        "cpu_seconds": slowest["cpu_seconds"],
        "steps": slowest["steps"],
        "publish_mode": first["publish_mode"],
        "extracted": first["extracted"],
        "reused": first["reused"],
        "documents": first["documents"],
        "plus": stats("+1"),
        "minus": stats("-1"),
        "runs": runs,
        "code_changed": fingerprint != _fingerprint() or fingerprint != report.figures.get("full_build", {}).get("fingerprint"),
    }


def run_subprocess_build(raw: Path, warehouse: Path, workdir: Path, n: int, seed: int, report: Report) -> None:
    name = _add_new_document(raw, n + 1, seed)
    fingerprint = _fingerprint()
    run = cli_build(raw, warehouse, workdir)
    run.pop("counts")
    report.figures["subprocess_build"] = {
        **run,
        "file": name,
        "rusage_children_peak_mb": peak_mb(resource.RUSAGE_CHILDREN),
        "code_changed": fingerprint != _fingerprint() or fingerprint != report.figures.get("full_build", {}).get("fingerprint"),
    }

# ---------------------------------------------------------------------------------------------
# Phase 6: profile


def run_profile(raw: Path, report: Report, top: int, out: Path | None, stage: str = "extract") -> str:
    """cProfile one stage (extract or resolve) on the whole corpus; return the printed statistics."""
    from pipeline.extract.run import extract_mentions
    from pipeline.ingest import IngestConfig, ingest_files
    from pipeline.resolve.run import resolve_all
    from pipeline.segment import segment

    documents, _, _ = ingest_files(raw, IngestConfig())
    sentences = segment(documents)
    mentions = extract_mentions(documents, sentences) if stage == "resolve" else None
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    timed_out = False
    try:
        if stage == "resolve":
            resolve_all(mentions)
        else:
            extract_mentions(documents, sentences)
    except PhaseTimeout:  # still print a profile of what ran
        timed_out = True
    finally:
        prof.disable()
    wall = time.perf_counter() - t0
    if out:
        prof.dump_stats(str(out))
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(top)
    buf.write(f"\n--- top {min(top, 15)} by own time (tottime) ---\n")
    stats.sort_stats("tottime").print_stats(min(top, 15))
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:top]:
        rows.append({"function": f"{Path(file).name}:{line}({func})", "ncalls": nc, "tottime": tt, "cumtime": ct})
    report.figures["profile"] = {"stage": stage, "seconds_under_profiler": wall, "timed_out": timed_out, "top_cumulative": rows}
    note = f"(stopped by --phase-timeout after {wall:.0f} s: a partial profile)\n" if timed_out else ""
    return note + _trim_paths(buf.getvalue())


def _trim_paths(text: str) -> str:
    """Shorten absolute paths in pstats output to be readable."""
    text = text.replace(str(PROJECT_ROOT) + os.sep, "")
    return re.sub(r"\S*/site-packages/", "", text)


# ---------------------------------------------------------------------------------------------
# Output


def _fmt(v: float | None, unit: str, digits: int = 2) -> str:
    return "n/a" if v is None else f"{v:,.{digits}f} {unit}"


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("meets" if ok else "MISSES")


def targets(report: Report) -> dict[str, dict[str, Any]]:
    """Each target, the figure it applies to and whether it is met (never asserted)."""
    f, n = report.figures, report.n_documents
    full_target = TARGET_FULL_BUILD_S * n / TARGET_DOCS
    extract = f.get("stages", {}).get("extract", {})
    full = f.get("full_build", {}).get("seconds")
    one = f.get("one_new_file", {}).get("seconds")
    # the builds' own processes: the full build and the one-file build (this process also holds
    # the stage phase's frames, so its peak is reported but not judged)
    peak = max(f.get("full_build", {}).get("peak_mb") or 0, f.get("subprocess_build", {}).get("peak_mb") or 0) or None
    rows = {
        "extract_mb_per_s": (extract.get("mb_per_cpu_s") if extract.get("ok") else None, TARGET_EXTRACT_MBPS, ">="),
        "full_build_seconds": (full, full_target, "<"),
        "one_new_file_seconds": (one, TARGET_ONE_FILE_S, "<"),
        "peak_memory_mb": (peak, TARGET_PEAK_MB, "<"),
    }
    out = {}
    for k, (v, t, op) in rows.items():
        ok = None if v is None else (v >= t if op == ">=" else v < t)
        out[k] = {"value": v, "target": t, "op": op, "met": ok}
    out["full_build_seconds"]["note"] = f"{TARGET_FULL_BUILD_S:.0f} s at {TARGET_DOCS:,} documents, pro rata for {n:,}"
    if n < MIN_DOCS_FOR_BUILD_VERDICT:  # fixed costs dominate a tiny corpus: a pro-rata verdict means nothing
        out["full_build_seconds"]["met"] = None
    return out


def render(report: Report) -> str:
    f = report.figures
    tg = targets(report)
    text_mb = f.get("text_bytes", 0) / MB
    corpus = f.get("corpus", {})
    lines = [
        f"pipeline benchmark: {report.n_documents:,} documents (seed {report.seed}), "
        f"{corpus.get('raw_bytes', 0) / MB:.1f} MB raw, {text_mb:.1f} MB document text, workdir {report.workdir}",
        "",
        f"{'figure':<44}{'value':>14}  {'throughput':>14}  {'target':>18}  ",
        "-" * 96,
    ]

    def row(label: str, value: str, thr: str = "", target: str = "", verdict: str = "") -> None:
        lines.append(f"{label:<44}{value:>14}  {thr:>14}  {target:>18}  {verdict}")

    if corpus:
        row("corpus generation" + (" (reused)" if corpus.get("reused") else ""), _fmt(corpus.get("seconds"), "s"))
    stages = f.get("stages", {})
    for name, s in stages.items():
        thr = _fmt(s.get("mb_per_s"), "MB/s")
        if not s.get("ok", True):
            row(f"stage {name} (FAILED after)", _fmt(s["seconds"], "s"))
        elif name == "extract":
            t = tg["extract_mb_per_s"]
            row(f"stage {name} (one process, wall)", _fmt(s["seconds"], "s"), thr)
            row(f"stage {name} (per CPU-second: one core)", _fmt(s["cpu_seconds"], "cpu-s"), _fmt(s.get("mb_per_cpu_s"), "MB/cpu-s"),
                f">= {t['target']:.0f} MB/cpu-s", _verdict(t["met"]))
        else:
            row(f"stage {name}", _fmt(s["seconds"], "s"), thr)
    if stages and all(s.get("ok", True) for s in stages.values()):
        total = sum(s["seconds"] for s in stages.values())
        row("stages total", _fmt(total, "s"), _fmt(text_mb / total if total else None, "MB/s"))
    fb = f.get("full_build")
    if fb:
        t = tg["full_build_seconds"]
        label = f"< {t['target']:.0f} s" if report.n_documents == TARGET_DOCS else f"< {t['target']:.1f} s pro rata"
        row("full build (`python -m pipeline build`)", _fmt(fb["seconds"], "s"), _fmt(text_mb / fb["seconds"], "MB/s"), label, _verdict(t["met"]))
        steps = ", ".join(f"{k} {v:.1f}" for k, v in fb.get("steps", {}).items())
        lines.append(f"    steps (s): {steps}" + (f", other (Dagster, asset IO, checks) {fb['other_seconds']:.1f}" if "other_seconds" in fb else ""))
        if fb.get("extract_mb_per_s_wall"):
            row(f"    extract step, wall ({fb.get('extract_workers', '?')} workers)", _fmt(fb["steps"]["extract"], "s"),
                _fmt(fb["extract_mb_per_s_wall"], "MB/s"))
        c = fb.get("counts", {})
        lines.append("    " + ", ".join(f"{k} {v:,}" for k, v in c.items()))
        lines.append(f"    asset checks passed {fb['checks_passed']}" + (f", FAILED {fb['checks_failed']}" if fb["checks_failed"] else ""))
    one = f.get("one_new_file")
    if one:
        t = tg["one_new_file_seconds"]
        n_docs = len({r["seed"] for r in one.get("runs", [])}) or 1
        for key, label in (("plus", "+1"), ("minus", "-1")):
            st = one.get(key)
            if st and st.get("max_seconds") is not None:
                row(f"one new file {label}: median / max of {n_docs}", f"{st['median_seconds']:.2f} / {st['max_seconds']:.2f} s")
                lines.append("    steps median (max), s: " + ", ".join(f"{k} {v:.1f} ({st['steps_max'][k]:.1f})" for k, v in st["steps_median"].items()))
        if one.get("runs"):
            per: dict[int, dict[str, float]] = {}
            for r in one["runs"]:
                per.setdefault(r["seed"], {})[r["change"]] = r["seconds"]
            lines.append("    per document (seed: +1 / -1 s): " + ", ".join(
                f"{sd}: {v.get('+1', float('nan')):.1f} / {v.get('-1', float('nan')):.1f}" for sd, v in per.items()))
        row("one new file: pipeline time (in-process, slowest)", _fmt(one["seconds"], "s"), "", f"< {t['target']:.0f} s", _verdict(t["met"]))
        if one.get("slowest"):
            lines.append(f"    slowest build: {one['slowest']}")
        if one.get("cpu_seconds") is not None:
            row("    CPU time of this process (all threads)", _fmt(one["cpu_seconds"], "s"))
        if one.get("publish_mode"):
            lines.append(f"    publish: {one['publish_mode']} (incremental: the published file copied, changed key groups rewritten)")
        lines.append(f"    extracted {one['extracted']} document(s), reused {one['reused']}")
        for k, v in one.get("steps", {}).items():
            row(f"    step {k}", _fmt(v, "s"))
        if "other_seconds" in one:
            row("    other (Dagster, asset IO, asset checks)", _fmt(one["other_seconds"], "s"))
        if one.get("code_changed"):
            lines.append("    NOTE: extraction code or lexicons changed since the full build: everything was re-extracted")
    sp = f.get("subprocess_build")
    if sp:
        row("one new file: `python -m pipeline build` wall", _fmt(sp["wall_seconds"], "s"))
        row("    of which pipeline time (printed)", _fmt(sp["pipeline_seconds"], "s"))
        row("    of which start-up (Python, Dagster)", _fmt(sp["startup_seconds"], "s"))
        lines.append(f"    exit code {sp['returncode']}, extracted {sp['extracted']} document(s)"
                     + ("; steps (s): " + ", ".join(f"{k} {v:.1f}" for k, v in sp["steps"].items()) if sp.get("steps") else ""))
        if sp.get("code_changed"):
            lines.append("    NOTE: extraction code or lexicons changed during the benchmark: everything was re-extracted")
    mem = f.get("memory_mb", {})
    if mem:
        t = tg["peak_memory_mb"]
        fb = f.get("full_build", {})
        if fb.get("peak_mb"):
            row("peak memory, full build process (VmHWM)", _fmt(fb["peak_mb"], "MB", 0), "", f"< {TARGET_PEAK_MB:.0f} MB",
                _verdict(fb["peak_mb"] < TARGET_PEAK_MB))
        if sp and sp.get("peak_mb"):
            row("peak memory, one-new-file build process", _fmt(sp["peak_mb"], "MB", 0), "", f"< {TARGET_PEAK_MB:.0f} MB",
                _verdict(sp["peak_mb"] < TARGET_PEAK_MB))
        row("peak memory, this process (stages, in-process build)", _fmt(mem.get("self_peak"), "MB", 0))
        lines.append("    after: " + ", ".join(f"{k} {v:,.0f} MB" for k, v in mem.get("after", {}).items()))
        if mem.get("children_peak"):
            lines.append(f"    RUSAGE_CHILDREN ru_maxrss {mem['children_peak']:,.0f} MB (includes this process's peak, inherited at exec)")
    if report.errors:
        lines += ["", "ERRORS:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=TARGET_DOCS, help="documents in the corpus (default: %(default)s)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--workdir", type=Path, help="keep corpus and warehouses here (reused when N and seed match); default: a temporary folder")
    p.add_argument("--keep", action="store_true", help="keep the temporary workdir")
    p.add_argument("--json", type=Path, help="also write every figure as JSON to this file")
    p.add_argument("--profile", action="store_true", help="cProfile the extract stage and print the top functions")
    p.add_argument("--profile-stage", choices=["extract", "resolve"], default="extract", help="the stage --profile looks at (default: %(default)s)")
    p.add_argument("--profile-top", type=int, default=25)
    p.add_argument("--profile-out", type=Path, help="save the raw cProfile statistics (for snakeviz, pstats)")
    p.add_argument("--threads", type=int, help="set POLARS_MAX_THREADS (e.g. 1 to measure one core)")
    p.add_argument("--skip-builds", action="store_true", help="only the stage timings (no Dagster builds)")
    p.add_argument("--one-file-docs", type=int, default=ONE_FILE_DOCS, help="documents added and removed one at a time in phase 4 (default: %(default)s)")
    p.add_argument("--phase-timeout", type=float, default=0, help="give up on a phase after this many seconds (default: no limit)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if hasattr(signal, "SIGUSR1") and threading.current_thread() is threading.main_thread():
        faulthandler.register(signal.SIGUSR1, all_threads=True)  # `kill -USR1 <pid>`: print where a slow run is
    if args.threads:
        os.environ["POLARS_MAX_THREADS"] = str(args.threads)  # before polars is imported
    temp = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="pipeline-bench-")) if temp else args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    raw, warehouse = workdir / "raw", workdir / "warehouse" / "warehouse.duckdb"
    report = Report(args.n, args.seed, str(workdir))
    after: dict[str, float] = {}
    profile_text = None
    try:
        phases: list[tuple[str, Callable[[], None]]] = [
            ("corpus", lambda: prepare_corpus(raw, args.n, args.seed, report)),
            ("stages", lambda: run_stages(raw, workdir / "stages", report)),
        ]
        if not args.skip_builds:
            phases += [
                ("full_build", lambda: run_full_build(raw, warehouse, workdir, report)),
                ("one_new_file", lambda: run_incremental(raw, warehouse, args.n, args.seed, report, args.one_file_docs)),
                ("subprocess_build", lambda: run_subprocess_build(raw, warehouse, workdir, args.n, args.seed, report)),
            ]
        for name, fn in phases:
            say(f"{name} ...")
            try:
                with time_limit(args.phase_timeout):
                    fn()
            except Exception as exc:  # noqa: BLE001
                report.fail(name, exc)
                if name in ("corpus", "full_build"):
                    after[name] = peak_mb()
                    break  # everything needs the corpus; the incremental builds need the full one
            gc.collect()
            after[name] = peak_mb()
        if args.profile and "corpus" in after:
            say(f"profile of {args.profile_stage} ...")
            try:
                with time_limit(args.phase_timeout):
                    profile_text = run_profile(raw, report, args.profile_top, args.profile_out, args.profile_stage)
            except Exception as exc:  # noqa: BLE001
                report.fail("profile", exc)
    finally:
        for name in new_file_names(args.n, args.seed, args.one_file_docs):
            (raw / name).unlink(missing_ok=True)
    code = _finish(report, args, after, profile_text)
    if temp and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    elif temp:
        print(f"kept {workdir}")
    return code


def _finish(report: Report, args: argparse.Namespace, after: dict[str, float], profile_text: str | None) -> int:
    report.figures["memory_mb"] = {
        "self_peak": peak_mb(resource.RUSAGE_SELF),
        "children_peak": peak_mb(resource.RUSAGE_CHILDREN),
        "after": after,
    }
    add_throughputs(report)
    report.figures["targets"] = targets(report)
    print(render(report))
    if profile_text:
        print(f"\n=== cProfile of the {args.profile_stage} stage: top {args.profile_top} by cumulative time ===")
        print(profile_text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"n_documents": report.n_documents, "seed": report.seed, "workdir": report.workdir, **report.figures, "errors": report.errors}
        args.json.write_text(json.dumps(payload, indent=2, default=str))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
