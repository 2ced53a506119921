"""Indicator rules for unseen news (round 19): own sentences, other countries than the dev sets.

Families: a traded value followed by the same flow in physical units (", with a volume of 68,000
tonnes") is the same trade, in tonnes, with its direction and period; money a country of the pair
has given without a named instrument ("has so far contributed KSh 3 billion to the highway
project") runs from that country to the other one of the pair, unless a named receiver follows.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 10, 7)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"],
             r["period_start"], r["period_end"]) for r in _extract(text, REF)]


Y2025 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


# --- ", with a volume of 68,000 tonnes" after a traded value: the same flow in tonnes ---------------


def test_volume_after_export_value_is_the_same_export_in_tonnes():
    rows = _rows("Vietnam's exports of cashew nuts to India reached $410 million in 2025, up 12 percent, "
                 "with a volume of 68,000 tonnes.")
    assert ("exports", 68000.0, "tonnes", "VNM", "IND", *Y2025) in rows
    assert ("exports", 4.1e8, "USD", "VNM", "IND", *Y2025) in rows


def test_total_volume_after_import_value_is_the_same_import_in_tonnes():
    rows = _rows("Egypt's imports of wheat from Kazakhstan amounted to $95 million last year, "
                 "with a total volume of about 310,000 tonnes.")
    assert ("imports", 310000.0, "tonnes", "KAZ", "EGY", *Y2025) in rows


def test_a_volume_of_something_else_is_no_trade():
    # near miss: a storage volume told after an export value is no export
    rows = _rows("Brazil's exports of beef to Egypt reached $700 million in 2025, while the new cold store "
                 "in Alexandria has a volume of 90,000 tonnes.")
    assert [r[:3] for r in rows] == [("exports", 7e8, "USD")]


# --- "Kenya has so far contributed KSh 3 billion to the project": from the giver to the partner -----


def test_contributed_to_a_project_runs_to_the_other_country_of_the_pair():
    rows = _rows("Kenya and Ethiopia are building a highway between Nairobi and Addis Ababa. "
                 "Kenya has so far contributed KSh 3 billion to the highway project.")
    assert rows == [("funding", 3e9, "KES", "KEN", "ETH", None, None)]


def test_provided_for_an_upgrade_runs_to_the_other_country_of_the_pair():
    rows = _rows("Tanzania and Zambia agreed to revive the railway. "
                 "Tanzania has provided $40 million for the upgrade of the line.")
    assert rows == [("funding", 4e7, "USD", "TZA", "ZMB", None, None)]


def test_contribution_to_a_named_body_has_no_partner_receiver():
    # near miss: a named receiver outside the pair is not the other country
    rows = _rows("Kenya and Ethiopia held talks on drought. "
                 "Kenya has contributed $5 million to the World Food Programme.")
    assert [r[4] for r in rows] == [None]
