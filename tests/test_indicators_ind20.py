"""Indicator rules for unseen news (round 14): own sentences, other countries than the dev sets.

Families: a quarter of a fiscal year glossed with its months ("the third quarter (January-March) of
FY2025-26") is those months of that fiscal year; people counted by their occupation ("professionals",
"employees") whom companies employ are jobs; a future "by" deadline told after a later figure (the
target's) dates no earlier figure; a sentence of its own that tells the change of the figure just
before ("That was 41 percent higher than the previous fiscal year") gives that figure its change.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 8, 20)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["period_start"], r["period_end"], r["change_pct"],
             r["from_country_iso3"], r["to_country_iso3"]) for r in _extract(text, REF)]


# --- a quarter of a fiscal year glossed with its months ---------------------------------------------


def test_glossed_fourth_quarter_of_a_pakistani_fiscal_year():
    rows = _rows("Pakistan and Kazakhstan held talks in Islamabad. In the fourth quarter (April-June) of "
                 "FY2025-26, Pakistan's exports to Kazakhstan amounted to $21.5 million.")
    assert [r[:5] for r in rows] == [("exports", 2.15e7, "USD", dt.date(2026, 4, 1), dt.date(2026, 6, 30))]


def test_glossed_third_quarter_of_a_fiscal_year_runs_into_its_second_calendar_year():
    rows = _rows("Pakistan and Uzbekistan held talks. Bilateral trade reached $48 million in the third quarter "
                 "(January-March) of fiscal year 2025-26, officials said.")
    assert [r[:5] for r in rows] == [("trade_total", 4.8e7, "USD", dt.date(2026, 1, 1), dt.date(2026, 3, 31))]


def test_a_month_range_without_a_quarter_stays_those_months():
    # near miss: no quarter before the bracket: the whole fiscal year, not a quarter of it
    rows = _rows("Pakistan and Kazakhstan held talks. In FY2025-26 (July-June), Pakistan's exports to Kazakhstan "
                 "amounted to $80 million.")
    assert [r[3:5] for r in rows] == [(dt.date(2025, 7, 1), dt.date(2026, 6, 30))]


# --- occupations employed by companies of the other country are jobs ---------------------------------


def test_companies_employed_professionals_are_jobs():
    rows = _rows("Japan and Kenya held talks. Japanese companies in Kenya employ over 3,000 Kenyan professionals, "
                 "and plan to hire more.")
    assert [r[:3] + r[6:] for r in rows] == [("jobs_created", 3000.0, "jobs", "JPN", "KEN")]


def test_companies_employ_engineering_professionals_are_jobs():
    rows = _rows("Korea and Uzbekistan held talks. Korean companies already operating in Uzbekistan employ about "
                 "1,900 Uzbek engineering professionals, officials said.")
    assert [r[:3] + r[6:] for r in rows] == [("jobs_created", 1900.0, "jobs", "KOR", "UZB")]


def test_professionals_working_abroad_are_no_figure():
    # near miss: professionals of one country working in the other, employed by no one named
    rows = _rows("Egypt and Jordan held talks. The minister praised the role of some 7,000 Egyptian professionals "
                 "working in Jordan.")
    assert rows == []


def test_professionals_attending_a_fair_are_no_jobs():
    # near miss: the same noun without a verb of employing
    rows = _rows("Turkey and Senegal held talks in Dakar. Some 300 Turkish professionals attended the trade fair "
                 "in Dakar.")
    assert "jobs_created" not in [r[0] for r in rows]


# --- a future deadline after a later figure -------------------------------------------------------------


def test_a_target_deadline_after_a_later_figure_dates_no_earlier_figure():
    rows = _rows("Laos and Cambodia held talks. Laos currently sells 320 megawatts of electricity to Cambodia, "
                 "and the two sides aim to lift the figure to 1,000 megawatts by 2030.")
    assert [r[:5] for r in rows] == [("power_capacity", 320.0, "MW", None, None)]


def test_an_agreed_extension_with_a_target_in_the_next_clause():
    rows = _rows("Bhutan and Bangladesh held talks. The two countries agreed to renew the deal under which Bhutan "
                 "supplies 150 megawatts of power to Bangladesh, and to work towards raising the supply to "
                 "400 megawatts by 2029.")
    assert [r[:5] for r in rows] == [("power_capacity", 150.0, "MW", None, None)]


def test_a_past_year_end_after_the_figures_still_dates_them():
    # near miss: a past "by the end of" date is the period of every figure before it
    rows = _rows("Laos and Thailand held talks. Laos had sold 2,100 MW of power to Thailand and 300 MW to "
                 "Cambodia by the end of 2025.")
    assert rows[0][:5] == ("power_capacity", 2100.0, "MW", dt.date(2025, 1, 1), dt.date(2025, 12, 31))


# --- the change of the figure just before, in a sentence of its own ---------------------------------------


def test_that_was_percent_higher_than_the_previous_fiscal_year():
    rows = _rows("Bhutan and Bangladesh held talks. In the fiscal year 2025-26, Bhutan exported 95 million "
                 "kilowatt-hours of electricity to Bangladesh, earning Nu 380 million. That was 27 percent higher "
                 "than the previous fiscal year.")
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [("exports", 9.5e7, "kWh", 27.0),
                                                        ("exports", 3.8e8, "BTN", None)]


def test_this_represented_a_decline_of_percent_from_the_previous_year():
    rows = _rows("Kenya and Oman held talks. Kenya's exports to Oman reached $64 million in 2025. This "
                 "represented a decline of 4.5 per cent from the previous year.")
    assert [(r[0], r[5], r[6], r[7]) for r in rows] == [("exports", -4.5, "KEN", "OMN")]


def test_a_share_told_after_a_figure_is_no_change():
    # near miss: a share of something else, not a change on an earlier period
    rows = _rows("Kenya and Oman held talks. Kenya's exports to Oman reached $64 million in 2025. That was "
                 "12 percent of Kenya's exports to the Gulf.")
    assert [(r[0], r[5]) for r in rows] == [("exports", None)]
