"""One instrument, whatever way two reports write its parties (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from pipeline.extract.run import extract_mentions
from pipeline.ingest import ingest_files
from pipeline.resolve.instrument_names import instrument_key
from pipeline.resolve.run import resolve_all
from pipeline.segment import segment


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ghana-Togo Joint Statement", "Joint Statement between the Togolese Republic and the Republic of Ghana"),
        ("the Peru-Chile Free Trade Agreement", "Free Trade Agreement"),
        ("Sino-Nepali Agreement on Border Management", "China-Nepal Agreement on Border Management"),
        ("Joint Declaration of Chile and Argentina", "Argentina-Chile Joint Declaration"),
    ],
)
def test_the_parties_written_in_the_name_do_not_change_the_key(a, b):
    assert instrument_key(a) == instrument_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Accra Declaration", "Lomé Declaration"),  # named after capitals: different instruments
        ("Free Trade Agreement", "Free Trade Agreement Phase II"),
        ("Agreement on Visa Exemption", "Agreement on Border Management"),
    ],
)
def test_the_rest_of_the_name_still_tells_instruments_apart(a, b):
    assert instrument_key(a) != instrument_key(b)


def test_a_name_made_only_of_parties_keeps_its_full_key():
    assert instrument_key("Ghana-Togo") == "ghana togo"


WIRE = """Ghana and Togo issue joint statement after summit

ACCRA, March 12, 2026 (GNA) - Ghana and Togo on Thursday adopted the Ghana-Togo Joint Statement on Border Security and Trade at the end of talks between President Kwame Asante and President Koffi Mensah in Accra.
The two presidents also signed the Accra Declaration on Regional Integration.
"""

RELEASE = """Ministry of Foreign Affairs of the Togolese Republic
Press Release

LOME, March 13, 2026 - President Koffi Mensah paid a working visit to Ghana on March 12, 2026.
On March 12, the two heads of state adopted the Joint Statement between the Togolese Republic and the Republic of Ghana on Border Security and Trade.
"""


@pytest.fixture(scope="module")
def agreements(tmp_path_factory) -> pl.DataFrame:
    raw = tmp_path_factory.mktemp("instrument_raw")
    (raw / "wire.txt").write_text(WIRE)
    (raw / "release.txt").write_text(RELEASE)
    docs, _, _ = ingest_files(Path(raw))
    return resolve_all(extract_mentions(docs, segment(docs)))["agreements"]


def test_one_joint_statement_told_with_the_parties_in_two_orders(agreements):
    statements = agreements.filter(pl.col("name").str.contains("Border Security"))
    assert statements.height == 1
    row = statements.row(0, named=True)
    assert row["n_documents"] == 2
    assert str(row["signed_date"]) == "2026-03-12"


def test_a_declaration_of_the_same_day_stays_its_own_instrument(agreements):
    assert agreements.filter(pl.col("name").str.contains("Accra Declaration")).height == 1
    assert agreements.height == 2
