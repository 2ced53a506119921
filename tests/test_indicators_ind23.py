"""Indicator rules for unseen news (round 17): own sentences, other countries than the dev sets.

Families: jobs told as "staff" or "employees" after a verb of employing; a comparison base after a
percentage written "pc" or "pct" (Pakistani and wire style) is no period of the figure after it;
one grant or loan told with an indefinite article ("a new grant of", "a Kuwaiti loan of") and no
date of its own is of the year of the story.
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 10, 7)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"])
            for r in _extract(text, REF)]


def _periods(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["period_start"], r["period_end"]) for r in _extract(text, REF)]


# --- "employing 12,000 local staff": jobs ------------------------------------------------------------


def test_employing_local_staff_is_jobs():
    rows = _rows("About 400 Korean firms operate in Poland, employing more than 13,000 local staff, "
                 "according to KOTRA.")
    assert ("jobs_created", 13000.0, "jobs", "KOR", "POL") in rows


def test_firms_employ_employees_is_jobs():
    rows = _rows("Turkish contractors in Algeria employ some 21,000 Algerian employees, the embassy said.")
    assert [r[:3] for r in rows] == [("jobs_created", 21000.0, "jobs")]
    rows = _rows("Emirati-owned hotels in the Maldives hired 3,500 staffers last year, the ministry said.")
    assert [r[:3] for r in rows] == [("jobs_created", 3500.0, "jobs")]


def test_staff_without_a_verb_of_employing_is_no_figure():
    # near miss: staff evacuated or at an embassy are no jobs of the relationship
    assert _rows("Sudan evacuated 45 Egyptian embassy staff from Khartoum on Sunday.") == []
    assert _rows("The Indian mission in Nepal has 120 employees, the ministry said.") == []


# --- "up 9.3pc from the previous fiscal year, while imports ...": a base, not a period ------------------


def test_pc_comparison_base_is_not_the_period_of_the_next_figure():
    rows = _periods("Kenya's exports to Pakistan stood at $640 million in FY2025-26, up 7.2pc from the previous "
                    "fiscal year, while imports from Pakistan amounted to $310m.")
    assert rows == [("exports", 6.4e8, dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
                    ("imports", 3.1e8, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]


def test_pct_comparison_base_on_the_previous_fiscal_year():
    rows = _periods("Egypt's exports to Kenya reached $480 million in fiscal year 2025-26, up 6 pct on the "
                    "previous fiscal year, while imports from Kenya stood at $1.2 billion.")
    assert rows == [("exports", 4.8e8, dt.date(2025, 7, 1), dt.date(2026, 6, 30)),
                    ("imports", 1.2e9, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]


def test_a_pc_change_before_a_period_of_its_own_keeps_the_period():
    # near miss: "5pc to $310m in the previous fiscal year" (no comparison word after the percentage):
    # the previous fiscal year is the figure's own period
    rows = _periods("Kenya's imports from Pakistan rose 5pc to $310m in the previous fiscal year.")
    assert rows == [("imports", 3.1e8, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]


# --- "announced a new grant of USD 24 million": the year of the story ----------------------------------


def test_a_new_grant_without_a_date_is_of_the_year_of_the_story():
    rows = _periods("Talks between Kuwait and Ghana ended in Accra. The Kuwaiti side announced a new grant "
                    "of $15 million for school buildings in Ghana.")
    assert rows == [("grant", 1.5e7, dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_an_instrument_covering_a_loan_is_of_the_year_of_the_story():
    rows = _periods("One of the accords covers a Saudi loan of 200 million riyals for a highway in Jordan.")
    assert rows == [("loan", 2e8, dt.date(2026, 1, 1), dt.date(2026, 12, 31))]
    rows = _periods("Hungary will open a new credit line in the amount of 80 million euros for Serbian farms.")
    assert rows[0][2:] == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_loans_over_the_years_stay_undated():
    # near miss: a total of loans (plural, no single instrument) has no year of the story
    rows = _periods("Kuwait has provided Ghana loans totalling $450 million over the years.")
    assert rows == [("loan", 4.5e8, None, None)]
