"""Smoke tests of the benchmark tools: the corpus generator and the benchmark script run with N=20.

No timing is asserted: these only check that the tools work and report what they should.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench_modules():
    sys.path.insert(0, str(BENCH))
    try:
        yield importlib.import_module("generate_corpus"), importlib.import_module("run_benchmark")
    finally:
        sys.path.remove(str(BENCH))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_generator_is_deterministic_for_a_seed(tmp_path, bench_modules):
    gen, _ = bench_modules
    gen.generate_corpus(tmp_path / "a", 20, seed=3)
    gen.generate_corpus(tmp_path / "b", 20, seed=3)
    gen.generate_corpus(tmp_path / "c", 20, seed=4)
    a, b, c = _files(tmp_path / "a"), _files(tmp_path / "b"), _files(tmp_path / "c")
    assert a == b
    assert a != c
    assert len([n for n in a if n.endswith(".txt")]) == 20


def test_generated_documents_look_like_news(tmp_path, bench_modules):
    gen, _ = bench_modules
    stats = gen.generate_corpus(tmp_path, 20, seed=0)
    texts = [p.read_text("utf-8") for p in sorted(tmp_path.glob("*.txt"))]
    sizes = [len(t.encode()) for t in texts]
    assert all(2_500 <= s <= 8_000 for s in sizes), sizes
    assert stats.text_bytes == sum(sizes)
    world = gen.make_world(0)
    names = {c.name for c in world.countries}
    # every article names countries of the lexicon, has a dateline and numbers with units
    assert all(any(n in t for n in names) for t in texts)
    dateline = re.compile(r"^[A-Z][\w .'-]+(, [^\n]{3,30})?( \([^)]+\))? ?(—|--|-|:) ", re.M)
    assert sum(bool(dateline.search(t)) for t in texts) >= 18
    joined = "\n".join(texts)
    for needle in ("billion", "percent", " met ", "signed", "said"):
        assert needle in joined
    sidecars = list(tmp_path.glob("*.meta.json"))
    assert sidecars and len(sidecars) == stats.n_sidecars
    for p in sidecars:
        meta = json.loads(p.read_text("utf-8"))
        assert set(meta) <= {"url", "publisher", "published_date", "title"}
        assert (tmp_path / p.name.replace(".meta.json", ".txt")).exists()


def test_document_depends_only_on_seed_and_index(bench_modules):
    gen, _ = bench_modules
    world = gen.make_world(0)
    assert gen.generate_document(20, world) == gen.generate_document(20, world)
    assert gen.generate_document(20, world).data != gen.generate_document(21, world).data


def test_noise_files_are_written(tmp_path, bench_modules):
    gen, _ = bench_modules
    world = gen.make_world(0)
    assert gen.generate_document(996, world).data == b""  # an empty file
    with pytest.raises(UnicodeDecodeError):
        gen.generate_document(1998, world).data.decode("utf-8")  # binary junk
    assert gen.generate_document(996, world, noise=False).data != b""


def test_benchmark_runs_on_twenty_documents(tmp_path, bench_modules):
    _, bench = bench_modules
    out = tmp_path / "bench.json"
    work = tmp_path / "work"
    code = bench.main(["--n", "20", "--workdir", str(work), "--json", str(out), "--profile", "--profile-top", "5", "--one-file-docs", "2"])
    report = json.loads(out.read_text())
    assert report["errors"] == [] and code == 0
    assert report["corpus"]["files"] == 20
    stages = report["stages"]
    assert list(stages) == ["ingest", "segment", "extract", "resolve", "validate", "publish"]
    assert stages["ingest"]["documents"] == 20
    assert stages["extract"]["mb_per_s"] > 0 and stages["extract"]["mb_per_cpu_s"] > 0
    assert report["full_build"]["extract_workers"] >= 1 and report["full_build"]["extract_mb_per_s_wall"] > 0
    assert set(report["one_new_file"]["steps"]) == {"ingest", "segment", "extract", "resolve", "publish"}
    assert report["one_new_file"]["other_seconds"] >= 0
    assert report["full_build"]["counts"]["documents"] == 20
    # the full build runs as `python -m pipeline build` in its own process: its own peak memory
    assert report["full_build"]["checks_passed"] == 17 and report["full_build"]["checks_failed"] == []
    assert report["full_build"]["peak_mb"] > 0 and report["full_build"]["steps"]["extract"] >= 0
    peaks = (report["full_build"]["peak_mb"], report["subprocess_build"]["peak_mb"])
    assert report["targets"]["peak_memory_mb"]["value"] == max(peaks)
    assert report["one_new_file"]["documents"] == 21
    assert report["one_new_file"]["extracted"] >= 1
    runs = report["one_new_file"]["runs"]  # two documents, each added (+1) and removed again (-1)
    assert [r["change"] for r in runs] == ["+1", "-1", "+1", "-1"] and [r["documents"] for r in runs] == [21, 20, 21, 20]
    assert report["one_new_file"]["seconds"] == max(r["seconds"] for r in runs)
    assert report["one_new_file"]["plus"]["max_seconds"] >= report["one_new_file"]["plus"]["median_seconds"] > 0
    assert report["subprocess_build"]["returncode"] in (0, 2)
    assert report["subprocess_build"]["startup_seconds"] is not None
    assert report["memory_mb"]["self_peak"] > 0
    assert len(report["profile"]["top_cumulative"]) == 5
    assert set(report["targets"]) == {"extract_mb_per_s", "full_build_seconds", "one_new_file_seconds", "peak_memory_mb"}
    # the two added documents are removed again, so the corpus in --workdir stays reusable
    assert len(list((work / "raw").glob("*.txt"))) == 20
    assert bench.main(["--n", "20", "--workdir", str(work), "--skip-builds"]) == 0
