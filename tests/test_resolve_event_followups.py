"""A plan and the later report that it happened are one event (texts written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import pytest

from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.resolve.event_followups import announced_pairs, fold_announced
from pipeline.resolve.run import resolve_all
from pipeline.segment import segment

ANNOUNCED = """NAIROBI, March 2, 2026 (KNA) - Kenyan President Daniel Mwangi will meet Tanzanian President Asha Mrema in Arusha on March 4, 2026, State House said on Monday.
The two leaders are expected to discuss the border crossing at Namanga.
"""

REPORTED = """DAR ES SALAAM, March 5, 2026 (Daily News) - Tanzanian President Asha Mrema and Kenyan President Daniel Mwangi met in Arusha on March 4, 2026 and agreed to speed up work on the Namanga border crossing.
"""

LATER_PLAN = """NAIROBI, March 6, 2026 (KNA) - Kenyan President Daniel Mwangi will meet Tanzanian President Asha Mrema again in Mombasa on April 20, 2026.
"""


def _tables(tmp_path_factory, texts: dict[str, str]) -> dict[str, pl.DataFrame]:
    raw = tmp_path_factory.mktemp("followups")
    for name, text in texts.items():
        (raw / name).write_text(text)
    docs, _, _ = ingest_files(Path(raw))
    return resolve_all(extract_mentions(docs, segment(docs)))


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return _tables(tmp_path_factory, {"announced.txt": ANNOUNCED, "reported.txt": REPORTED, "later.txt": LATER_PLAN})


def test_the_announced_meeting_and_its_report_are_one_occurred_event(tables):
    ev = tables["events"].filter(pl.col("date_start") == date(2026, 3, 4))
    assert ev.select("event_type", "status", "n_documents").rows() == [("meeting", "occurred", 2)]
    event_id = ev["event_id"][0]
    assert tables["event_mentions"].filter(pl.col("event_id") == event_id)["doc_id"].n_unique() == 2
    people = tables["event_participants"].filter((pl.col("event_id") == event_id) & pl.col("actor_id").str.starts_with("per_"))
    assert people.height == 2


def test_a_plan_for_another_day_stays_planned(tables):
    ev = tables["events"].filter(pl.col("date_start") == date(2026, 4, 20))
    assert ev.select("event_type", "status", "n_documents").rows() == [("meeting", "planned", 1)]


def _frames(rows, parts):
    events = pl.DataFrame(
        rows,
        schema={"event_id": pl.String, "event_type": pl.String, "status": pl.String, "date_start": pl.Date,
                "date_end": pl.Date, "date_precision": pl.String, "parent_event_id": pl.String, "n_documents": pl.Int32},
        orient="row",
    )
    participants = pl.DataFrame(parts, schema={"event_id": pl.String, "actor_id": pl.String, "role": pl.String}, orient="row")
    mentions = pl.DataFrame(
        [(r[0], f"doc_{r[0]}", 0, 0, 10) for r in rows],
        schema={"event_id": pl.String, "doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32, "char_end": pl.Int32},
        orient="row",
    )
    return events, participants, mentions


D = date(2026, 5, 12)


def test_a_plan_with_other_countries_or_two_candidates_is_not_folded():
    rows = [
        ("p1", "visit", "planned", D, D, "day", None, 1),
        ("o1", "visit", "occurred", D, D, "day", None, 1),
        ("o2", "visit", "occurred", D, D, "day", None, 1),
        ("p2", "meeting", "planned", D, D, "day", None, 1),
        ("o3", "meeting", "occurred", D, D, "day", "p2", 1),
    ]
    parts = [
        ("p1", "cty_GHA", "visitor"), ("p1", "cty_TGO", "host"),
        ("o1", "cty_GHA", "visitor"), ("o1", "cty_TGO", "host"),
        ("o2", "cty_GHA", "visitor"), ("o2", "cty_TGO", "host"),  # two candidates: ambiguous
        ("p2", "cty_GHA", "participant"), ("p2", "cty_BEN", "participant"),
        ("o3", "cty_GHA", "participant"), ("o3", "cty_TGO", "participant"),  # other countries
    ]
    events, participants, mentions = _frames(rows, parts)
    assert announced_pairs(events, participants).height == 0
    assert fold_announced(events, participants, mentions)[0].height == 5


def test_folding_moves_evidence_parents_and_keeps_the_reports_role():
    rows = [
        ("p1", "visit", "planned", D, D, "day", None, 1),
        ("o1", "visit", "occurred", D, D, "day", None, 1),
        ("m1", "meeting", "occurred", D, D, "day", "p1", 1),
        ("p2", "visit", "planned", D, None, "month", None, 1),  # no day: stays
        ("o2", "visit", "occurred", D, None, "month", None, 1),
    ]
    parts = [
        ("p1", "cty_GHA", "visitor"), ("p1", "cty_TGO", "participant"), ("p1", "per_a", "visitor"),
        ("o1", "cty_GHA", "visitor"), ("o1", "cty_TGO", "host"),
        ("p2", "cty_GHA", "visitor"), ("p2", "cty_TGO", "host"),
        ("o2", "cty_GHA", "visitor"), ("o2", "cty_TGO", "host"),
    ]
    events, participants, mentions = _frames(rows, parts)
    assert announced_pairs(events, participants).rows() == [("p1", "o1")]
    ev, pa, me = fold_announced(events, participants, mentions)
    assert sorted(ev["event_id"]) == ["m1", "o1", "o2", "p2"]
    assert ev.filter(pl.col("event_id") == "o1")["n_documents"][0] == 2
    assert ev.filter(pl.col("event_id") == "m1")["parent_event_id"][0] == "o1"
    o1 = dict(pa.filter(pl.col("event_id") == "o1").select("actor_id", "role").iter_rows())
    assert o1 == {"cty_GHA": "visitor", "cty_TGO": "host", "per_a": "visitor"}
    assert sorted(me.filter(pl.col("event_id") == "o1")["doc_id"]) == ["doc_o1", "doc_p1"]
