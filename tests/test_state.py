"""The mention store re-extracts only what changed; the raw/ sensor fires on add, edit, remove."""

from __future__ import annotations

import os
from datetime import date

import polars as pl
from dagster import build_sensor_context, DagsterInstance

from pipeline.model import DOCUMENTS, MENTION_SCHEMAS, PERSON_MENTIONS, SENTENCES, empty, from_records
from pipeline.state import MentionStore


def docs(*specs) -> pl.DataFrame:
    return from_records(
        [
            {"doc_id": d, "source_path": f"{d}.txt", "reference_date": ref, "reference_precision": "day" if ref else "unknown",
             "text": f"text of {d}", "content_sha256": "0" * 64}
            for d, ref in specs
        ],
        DOCUMENTS,
    )


class CountingExtractor:
    def __init__(self):
        self.seen: list[list[str]] = []

    def __call__(self, documents: pl.DataFrame, sentences: pl.DataFrame) -> dict[str, pl.DataFrame]:
        self.seen.append(sorted(documents["doc_id"]))
        out = {name: empty(schema) for name, schema in MENTION_SCHEMAS.items()}
        out["person_mentions"] = from_records(
            [{"doc_id": d, "sentence_id": 0, "char_start": 0, "char_end": 3, "surface": "X", "name": f"Person {d}"} for d in documents["doc_id"]],
            PERSON_MENTIONS,
        )
        return out


def test_only_changed_documents_are_re_extracted(tmp_path):
    store, ex = MentionStore(tmp_path / "state"), CountingExtractor()
    sentences = empty(SENTENCES)
    r1 = store.refresh(docs(("doc_a", None), ("doc_b", None)), sentences, ex)
    assert (r1.n_extracted, r1.n_reused, r1.n_removed) == (2, 0, 0)

    r2 = store.refresh(docs(("doc_a", None), ("doc_b", None)), sentences, ex)
    assert (r2.n_extracted, r2.n_reused) == (0, 2)
    assert r2.tables["person_mentions"].equals(r1.tables["person_mentions"])

    # a new sidecar date changes how doc_b's dates resolve: only doc_b is redone; doc_c is new
    r3 = store.refresh(docs(("doc_a", None), ("doc_b", date(2024, 1, 2)), ("doc_c", None)), sentences, ex)
    assert ex.seen[-1] == ["doc_b", "doc_c"]
    assert (r3.n_extracted, r3.n_reused) == (2, 1)

    # doc_a removed from raw/: its mentions disappear
    r4 = store.refresh(docs(("doc_b", date(2024, 1, 2)), ("doc_c", None)), sentences, ex)
    assert r4.n_removed == 1 and r4.n_extracted == 0
    assert sorted(r4.tables["person_mentions"]["doc_id"]) == ["doc_b", "doc_c"]


def test_sensor_fires_on_added_changed_and_removed_files(tmp_path):
    from pipeline.defs.automation import raw_files_sensor
    from pipeline.defs.resources import PipelineSettings

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("one")
    settings = PipelineSettings(raw_dir=str(raw), warehouse_path=str(tmp_path / "w.duckdb"))
    with DagsterInstance.ephemeral() as instance:
        cursor = None

        def tick():
            nonlocal cursor
            ctx = build_sensor_context(instance=instance, cursor=cursor, resources={"settings": settings})
            result = raw_files_sensor(ctx)
            cursor = ctx.cursor
            return result

        first = tick()
        assert first.run_key  # first look at raw/: build
        assert tick().__class__.__name__ == "SkipReason"
        (raw / "b.txt").write_text("two")
        added = tick()
        assert added.run_key and added.run_key != first.run_key
        os.utime(raw / "a.txt", ns=(1, 1))  # edited in place
        assert tick().run_key
        (raw / "b.txt").unlink()
        assert tick().run_key
        assert tick().__class__.__name__ == "SkipReason"


# ------------------------------------------------------------------------------------------
# Parallel extraction and damaged stores
# ------------------------------------------------------------------------------------------

_ARTICLES = [
    "Kenyan Foreign Minister Amina Odhiambo met her Norwegian counterpart Lars Berge in Oslo on March 3, 2023. "
    "The two sides signed a memorandum of understanding on fisheries.",
    "NAIROBI, May 9 (Reuters) - Trade between Kenya and Norway reached 1.2 billion U.S. dollars in 2022, "
    "up 8.5 percent year on year.",
    "Chilean President Rosa Fuentes will visit Vietnam next week, the foreign ministry said on Monday.\n"
    "The visit marks 50 years of diplomatic relations.",
    "Vietnam and Chile held the third round of political consultations in Hanoi on June 12, 2024.",
    "Brazilian Prime Minister Joao Pereira spoke by phone with Indian Prime Minister Ravi Menon on Tuesday.",
    "The joint exercise of Egyptian and Greek navies began on October 2, 2021 in the Mediterranean.",
    "Canada's exports to Mexico rose to 4.3 billion dollars in 2020.",
    "Japanese Defence Minister Kenji Sato received Australian Defence Minister Tom Reid in Tokyo on April 1, 2019.",
    "Peru and Bolivia signed an agreement on border cooperation in Lima on August 8, 2018.",
    "Thai Prime Minister Somchai Wong sent a congratulatory message to Malaysian Prime Minister Aziz Rahman.",
]


def _corpus():
    from pipeline.segment import segment

    rows = [
        {"doc_id": f"doc_{i:02d}", "source_path": f"{i}.txt", "text": t, "content_sha256": "0" * 64,
         "published_date": date(2024, 7, 1), "reference_date": date(2024, 7, 1), "reference_precision": "day"}
        for i, t in enumerate(_ARTICLES)
    ]
    documents = from_records(rows, DOCUMENTS)
    return documents, segment(documents)


def test_parallel_extraction_equals_one_process(tmp_path):
    from pipeline.extract.run import extract_mentions

    documents, sentences = _corpus()
    one = MentionStore(tmp_path / "one").refresh(documents, sentences, extract_mentions, workers=1)
    progress = []
    two = MentionStore(tmp_path / "two").refresh(
        documents, sentences, extract_mentions, workers=2, parallel_min_documents=2,
        on_progress=lambda done, total: progress.append((done, total)),
    )
    assert two.n_extracted == len(_ARTICLES)
    assert progress[-1] == (len(_ARTICLES), len(_ARTICLES)) and len(progress) > 2  # several chunks
    assert sum(df.height for df in one.tables.values()) > 10  # the corpus yields real mentions
    for name in MENTION_SCHEMAS:
        assert two.tables[name].equals(one.tables[name]), name


def test_damaged_or_deleted_store_is_rebuilt_not_trusted(tmp_path):
    store, ex = MentionStore(tmp_path / "state"), CountingExtractor()
    sentences = empty(SENTENCES)
    both = docs(("doc_a", None), ("doc_b", None))
    first = store.refresh(both, sentences, ex)
    # a torn mention table: everything is extracted again (the manifest alone is not trusted)
    (tmp_path / "state" / "person_mentions.parquet").write_bytes(b"PAR1 torn")
    r = store.refresh(both, sentences, ex)
    assert (r.n_extracted, r.n_reused) == (2, 0)
    assert r.tables["person_mentions"].equals(first.tables["person_mentions"])
    # a corrupt manifest, then the whole folder deleted
    (tmp_path / "state" / "manifest.parquet").write_bytes(b"not parquet")
    assert store.refresh(both, sentences, ex).n_extracted == 2
    import shutil

    shutil.rmtree(tmp_path / "state")
    r = store.refresh(both, sentences, ex)
    assert r.n_extracted == 2 and r.tables["person_mentions"].equals(first.tables["person_mentions"])
    # unchanged input: nothing rewritten
    mtime = (tmp_path / "state" / "manifest.parquet").stat().st_mtime_ns
    assert store.refresh(both, sentences, ex).n_extracted == 0
    assert (tmp_path / "state" / "manifest.parquet").stat().st_mtime_ns == mtime


def test_extract_workers_setting(monkeypatch):
    from pipeline.defs.resources import PipelineSettings

    monkeypatch.setenv("PIPELINE_EXTRACT_WORKERS", "3")
    assert PipelineSettings().workers == 3
    assert PipelineSettings(extract_workers=1).workers == 1
    monkeypatch.delenv("PIPELINE_EXTRACT_WORKERS")
    assert PipelineSettings().workers == (os.cpu_count() or 1)


class DiesInWorkers(CountingExtractor):
    """Kills any worker process it runs in (as the OOM killer would); works in the parent."""

    def __init__(self):
        super().__init__()
        self.parent = os.getpid()

    def __call__(self, documents, sentences):
        if os.getpid() != self.parent:
            os._exit(1)
        return super().__call__(documents, sentences)


def test_a_broken_worker_pool_falls_back_to_this_process(tmp_path):
    names = [(f"doc_{i:02d}", None) for i in range(12)]
    r = MentionStore(tmp_path / "s").refresh(docs(*names), empty(SENTENCES), DiesInWorkers(), workers=2, parallel_min_documents=2)
    assert r.n_extracted == 12
    assert sorted(r.tables["person_mentions"]["doc_id"]) == [d for d, _ in names]


def test_build_from_an_unguarded_script_uses_the_pool(tmp_path):
    """A script without an ``if __name__ == "__main__"`` guard is not re-run in the workers."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    marker = tmp_path / "runs"
    script = tmp_path / "script.py"
    script.write_text(
        "import os, sys\n"
        f"sys.path[:0] = [{str(root)!r}, {str(Path(__file__).parent)!r}]\n"
        f"open({str(marker)!r}, 'a').write('run\\n')\n"
        "from pipeline.state import MentionStore\n"
        "from pipeline.model import SENTENCES, empty\n"
        "from test_state import CountingExtractor, docs\n"
        f"r = MentionStore({str(tmp_path / 'st')!r}).refresh(docs(*[(f'doc_{{i}}', None) for i in range(6)]), empty(SENTENCES),"
        " CountingExtractor(), workers=2, parallel_min_documents=1)\n"
        "print(r.n_extracted)\n"
    )
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "6"
    assert marker.read_text() == "run\n"  # the script ran once: not again in each worker


def test_a_frame_just_stored_is_hard_linked_not_written_again(tmp_path):
    import polars as pl

    from pipeline.state import link_or_write_parquet, persisted_file, read_parquet_or_empty, write_parquet_atomic

    df = pl.DataFrame({"doc_id": ["doc_a", "doc_b"], "n": [1, 2]})
    cache, asset = tmp_path / "cache.parquet", tmp_path / "assets" / "x.parquet"
    write_parquet_atomic(df, cache)
    assert persisted_file(df) == cache
    link_or_write_parquet(df, asset)
    assert os.stat(asset).st_ino == os.stat(cache).st_ino  # the same file, not a second encoding
    assert pl.read_parquet(asset).equals(df)
    # a copy, an edited frame or a replaced file is written
    other = df.with_columns(pl.col("n") + 1)
    assert persisted_file(other) is None
    link_or_write_parquet(other, asset)
    assert os.stat(asset).st_ino != os.stat(cache).st_ino and pl.read_parquet(asset).equals(other)
    write_parquet_atomic(df.head(1), cache)  # the cache moved on: df is no longer what it holds
    assert persisted_file(df) is None
    back = read_parquet_or_empty(cache, {"doc_id": pl.String, "n": pl.Int64})
    assert persisted_file(back) == cache  # a frame read whole from a file is that file's content


def test_unchanged_mentions_are_returned_as_stored(tmp_path):
    import polars as pl

    from pipeline.model import MENTION_SCHEMAS
    from pipeline.state import MentionStore, persisted_file

    docs = pl.DataFrame(
        {"doc_id": ["doc_a"], "published_date": [None], "reference_date": [None], "reference_precision": ["unknown"]},
        schema={"doc_id": pl.String, "published_date": pl.Date, "reference_date": pl.Date, "reference_precision": pl.String},
    )
    empty_out = lambda d, s: {name: pl.DataFrame(schema=schema) for name, schema in MENTION_SCHEMAS.items()}  # noqa: E731
    store = MentionStore(tmp_path / "m")
    sentences = pl.DataFrame(schema={"doc_id": pl.String, "sentence_id": pl.Int32, "text": pl.String})
    first = store.refresh(docs, sentences, empty_out)
    assert all(persisted_file(df) is not None for df in first.tables.values())
    again = store.refresh(docs, sentences, empty_out)
    assert again.n_extracted == 0
    assert all(persisted_file(df) == tmp_path / "m" / f"{name}.parquet" for name, df in again.tables.items())
