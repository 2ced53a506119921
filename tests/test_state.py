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
