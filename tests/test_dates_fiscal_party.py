"""Whose fiscal year an unattached label ("FY26", "fiscal year 2022-23") names when the document's
main country keeps the calendar year: the document's other party, never a country named only in
passing or as a currency's issuer ("U.S. dollars").  Our own sentences."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.dates_fiscal import document_country, document_fiscal_country
from tests.test_indicators_ind5 import _extract

_REF = dt.date(2026, 9, 13)


def _periods(text: str) -> list[tuple]:
    return [(r["metric"], r["period_start"], r["period_end"]) for r in _extract(text, ref=_REF)]


def test_dollars_do_not_make_the_united_states_the_fiscal_country():
    text = ("Azerbaijan's exports to Turkmenistan rose to 12.2 billion U.S. dollars in fiscal year 2022-23. "
            "Imports from Turkmenistan were 4.5 billion U.S. dollars. Azerbaijan and Turkmenistan held talks; "
            "the stock stood at 10.8 billion U.S. dollars.")
    assert document_fiscal_country(text) == "TKM"
    # neither party has a fiscal year of its own: a two-year label takes the default July-June year
    assert _periods(text)[0] == ("exports", dt.date(2022, 7, 1), dt.date(2023, 6, 30))


def test_a_country_named_in_passing_lends_no_fiscal_year():
    # Indonesia and Viet Nam keep the calendar year; Japan (April) is named once, in passing
    text = ("Indonesia's exports to Viet Nam rose to $9 billion in FY2025, the ministry said. Viet Nam and "
            "Indonesia also discussed rice. Indonesian officials said Indonesia would follow Japan.")
    assert document_fiscal_country(text) in ("IDN", "VNM")
    assert _periods(text) == [("exports", dt.date(2025, 1, 1), dt.date(2025, 12, 31))]


def test_the_other_party_lends_its_fiscal_year():
    # Belgium keeps the calendar year and is named most; Canada's fiscal year starts in April
    text = ("Belgium's exports to Canada grew to $2.3 billion in fiscal year 2024-25. Belgium and Canada "
            "held talks in Brussels. Belgium wants more trade; Belgian firms are active.")
    assert document_country(text) == "BEL"
    assert document_fiscal_country(text) == "CAN"
    assert _periods(text) == [("exports", dt.date(2024, 4, 1), dt.date(2025, 3, 31))]
