"""Deduplication on texts written for these tests: one row per real-world fact across articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.publish import publish
from pipeline.resolve.run import resolve_all
from pipeline.segment import segment

WIRE = """Hasina arrives in New Delhi for state visit

NEW DELHI, June 22, 2024 (Reuters) - Bangladesh Prime Minister Sheikh Hasina is on a two-day state visit to India from June 21 to 22, her first since the general election.
Hasina met Indian Prime Minister Narendra Modi at Hyderabad House on Saturday, officials said.
The two sides signed ten memorandums of understanding covering railways, maritime cooperation and the blue economy.
Bilateral trade between India and Bangladesh reached $14.22 billion in 2023, according to the Indian commerce ministry.
Hasina said the visit would deepen the partnership. Bilawal Bhutto Zardari, a Pakistani opposition leader, was not part of the talks.
"""

RELEASE = """Ministry of External Affairs
Press Release

In June 2024, Prime Minister Sheikh Hasina of Bangladesh paid a state visit to India.
In March 2023, Foreign Minister A. K. Abdul Momen met External Affairs Minister S. Jaishankar in New Delhi.
In September, Abdul Momen met Jaishankar again in New York on the sidelines of the UN General Assembly.
According to the Indian commerce ministry, trade between India and Bangladesh amounted to $14.2 billion in 2023.
Asif Ali Zardari, the President of Pakistan, sent a message of greetings.
"""

OTHER_SOURCE = """DHAKA, February 2, 2024 - Bilateral trade between Bangladesh and India stood at $15.9 billion in 2023, the Bangladesh Bank said on Thursday.
"""


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pl.DataFrame]:
    raw = tmp_path_factory.mktemp("dedup_raw")
    (raw / "wire.txt").write_text(WIRE)
    (raw / "release.txt").write_text(RELEASE)
    (raw / "other.txt").write_text(OTHER_SOURCE)
    docs, rejected, paths = ingest_files(Path(raw))
    assert rejected.height == 0
    sentences = segment(docs)
    out = resolve_all(extract_mentions(docs, sentences))
    out["documents"], out["sentences"], out["document_paths"] = docs, sentences, paths
    return out


def person_names(t) -> set[str]:
    return set(t["actors"].filter(pl.col("actor_type") == "person")["name"])


def test_the_same_visit_in_two_articles_is_one_event(tables):
    visits = tables["events"].filter((pl.col("event_type") == "visit") & (pl.col("status") == "occurred"))
    hasina = visits.filter(pl.col("host_country_iso3") == "IND")
    assert hasina.height == 1
    row = hasina.row(0, named=True)
    assert row["n_documents"] == 2
    # the wire story's "from June 21 to 22" is finer than the release's "In June 2024"
    assert row["date_start"] == date(2024, 6, 21)
    assert row["date_precision"] == "day"


def test_surname_references_and_shared_surnames(tables):
    names = person_names(tables)
    assert "Sheikh Hasina" in names and "Hasina" not in names
    assert {"Asif Ali Zardari", "Bilawal Bhutto Zardari"} <= names
    aliases = tables["actor_aliases"].join(tables["actors"], on="actor_id").filter(pl.col("name") == "Sheikh Hasina")
    assert "Hasina" in set(aliases["alias"])


def test_two_meetings_of_one_pair_in_different_months_stay_apart(tables):
    ev, parts, actors = tables["events"], tables["event_participants"], tables["actors"]
    momen = actors.filter(pl.col("name").str.contains("Momen"))["actor_id"].to_list()
    meetings = ev.filter(pl.col("event_type") == "meeting").join(parts.filter(pl.col("actor_id").is_in(momen)), on="event_id")
    months = sorted({(d.year, d.month) for d in meetings["date_start"] if d is not None})
    assert months == [(2023, 3), (2023, 9)]


def test_meeting_during_a_visit_points_to_it(tables):
    ev = tables["events"]
    visit_id = ev.filter((pl.col("event_type") == "visit") & (pl.col("host_country_iso3") == "IND"))["event_id"][0]
    during = ev.filter(pl.col("parent_event_id") == visit_id)
    assert during.height == 1
    assert during["event_type"][0] == "meeting"
    assert during["date_start"][0] == date(2024, 6, 22)


def test_same_trade_figure_merges_and_a_disagreeing_source_is_a_conflict(tables, tmp_path):
    trade = tables["indicators"].filter((pl.col("metric") == "trade_total") & (pl.col("period_start") == date(2023, 1, 1)))
    assert sorted(trade.select("value", "n_documents").rows()) == [(14.22e9, 2), (15.9e9, 1)]
    # the published view lists both values of the disputed figure
    wh = tmp_path / "w.duckdb"
    publish({k: v for k, v in tables.items()}, wh)
    con = duckdb.connect(str(wh), read_only=True)
    values = sorted(r[0] for r in con.execute("SELECT value FROM indicator_conflicts WHERE metric = 'trade_total'").fetchall())
    con.close()
    assert values == [14.22e9, 15.9e9]


def test_agreement_batch_from_one_article(tables):
    mous = tables["agreements"].filter(pl.col("agreement_type") == "mou")
    # the signing sentence has no date of its own: the article's month, never an invented day
    assert mous.select("quantity", "signed_date", "signed_precision").rows() == [(10, date(2024, 6, 1), "month")]
