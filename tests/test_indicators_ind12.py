"""Indicator rules for unseen news (round 6, ind12): own sentences, other countries than the dev sets.

Families: a period label written as one word after a figure ("in FY2024-25", "in Q1") is a time
phrase, not the measured noun; a figure of another period coordinated with "and" after the figure
before measures what that one measured ("US$ 210.5 million in FY24 and US$ 240.1 million in
FY2024-25"); "Shs" before an amount is the shilling of the country the document is about; two
coordinated modifiers before a counted noun ("3,000 direct and indirect jobs"); jobs and
scholarships counted "for"/"to" the people of one side of the pair go to that side from the other;
people of one nationality "working in" another country are workers; "will make available" is a
commitment like "will supply"; "on-year" between a change and its figure; a share of a trade flow
("of which rice shipments came to ...") flows like the whole; projects of one side's contractors in
the other; "projects are worth" names the projects' value.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.indicator_metric import _head_noun
from pipeline.extract.numbers import find_measured
from tests.test_indicators_ind5 import _extract, _flow

_REF = dt.date(2026, 11, 20)


def _dated(r: dict) -> tuple:
    return _flow(r) + (r["period_start"], r["period_end"])


# --- period labels are no head nouns; coordinated figures of another period -----------------------


def test_a_fiscal_label_after_a_figure_is_no_measured_noun():
    assert _head_noun(" in FY2024-25, an increase") is None
    assert _head_noun(" in FY24") is None
    assert _head_noun(" in Q3") is None
    assert _head_noun(" of wheat") == "wheat"  # a real noun stays


def test_a_figure_of_the_next_fiscal_year_measures_the_same_flow():
    r = _extract("Bangladesh and Nepal held talks. Bangladesh's exports to Nepal amounted to US$ 210.5 million "
                 "in FY24 and US$ 240.1 million in FY2024-25, an increase of 14 percent.", _REF)
    assert [_dated(x) for x in r] == [
        ("exports", 210.5e6, "USD", "BGD", "NPL", dt.date(2023, 7, 1), dt.date(2024, 6, 30)),
        ("exports", 240.1e6, "USD", "BGD", "NPL", dt.date(2024, 7, 1), dt.date(2025, 6, 30))]
    assert [x["change_pct"] for x in r] == [None, 14.0]


def test_a_figure_of_the_next_year_after_and_is_kept_with_its_own_year():
    r = _extract("Ghana and Morocco held talks. Imports from Morocco stood at $98.4 million in 2023 and "
                 "$105.2 million in 2024.", _REF)
    assert [_dated(x) for x in r] == [
        ("imports", 98.4e6, "USD", "MAR", "GHA", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("imports", 105.2e6, "USD", "MAR", "GHA", dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


def test_a_new_subject_after_and_is_no_continuation():
    r = _extract("Ghana and Morocco held talks. Imports from Morocco stood at $98.4 million in 2023 and "
                 "Ghana spent $5 million on roads.", _REF)
    assert [x["value"] for x in r] == [98.4e6]


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2015, max_value=2030), st.integers(min_value=1, max_value=999),
       st.integers(min_value=1, max_value=999))
def test_two_years_coordinated_keep_both_figures(year, a, b):
    r = _extract(f"Chile and Peru held talks. Chile's exports to Peru were ${a} million in {year} and "
                 f"${b} million in {year + 1}.", dt.date(2031, 6, 1))
    assert [(x["metric"], x["value"], x["period_start"].year) for x in r] == [
        ("exports", a * 1e6, year), ("exports", b * 1e6, year + 1)]


# --- "Shs" ---------------------------------------------------------------------------------------


def test_shs_is_the_shilling_of_the_country_told_of():
    r = _extract("Uganda and Rwanda held talks. In the first quarter of 2026, Uganda's exports to Rwanda fell "
                 "8pc to Shs410 billion.", _REF)
    assert [_dated(x) for x in r] == [
        ("exports", 410e9, "UGX", "UGA", "RWA", dt.date(2026, 1, 1), dt.date(2026, 3, 31))]
    assert r[0]["change_pct"] == -8.0
    r = _extract("Tanzania and Kenya held talks. Kenya's investments in Tanzania reached Shs 2.1 trillion "
                 "last year, Tanzania's investment centre said.", _REF)
    assert [(x["value"], x["unit"]) for x in r] == [(2.1e12, "TZS")]


def test_a_shs_conversion_is_the_same_fact():
    r = _extract("Uganda and Rwanda held talks. Uganda's exports to Rwanda were worth $500 million "
                 "(about Shs1.8 trillion) in 2025.", _REF)
    assert [_flow(x) for x in r] == [("exports", 5e8, "USD", "UGA", "RWA")]


# --- coordinated modifiers before a counted noun ---------------------------------------------------


def test_two_coordinated_modifiers_before_a_counted_noun():
    q = find_measured("the mine has created 3,000 direct and indirect jobs", ())
    assert [(x.value, x.noun, x.surface) for x in q] == [(3000.0, "jobs", "3,000 direct and indirect jobs")]
    r = _extract("Ghana and Japan held talks. Japanese firms have created around 3,000 direct and indirect "
                 "jobs in Ghana.", _REF)
    assert [_flow(x) for x in r] == [("jobs_created", 3000.0, "jobs", "JPN", "GHA")]
    r = _extract("Ghana and Japan held talks. Japanese companies employ 4,000 skilled and unskilled "
                 "workers in Ghana.", _REF)
    assert [_flow(x) for x in r] == [("jobs_created", 4000.0, "jobs", "JPN", "GHA")]


def test_a_plain_noun_list_keeps_its_first_noun():
    q = find_measured("a delegation of 40 companies and banks visited Accra", ())
    assert [(x.value, x.noun, x.surface) for x in q] == [(40.0, "companies", "40 companies")]
    q = find_measured("40 students and teachers visited", ())
    assert [(x.value, x.noun, x.surface) for x in q] == [(40.0, "students", "40 students")]


# --- jobs and scholarships for the people of one side ------------------------------------------------


def test_jobs_for_a_nationality_go_to_it_from_the_other_side():
    r = _extract("Kenya and China held talks. The corridor projects have created about 10,000 jobs for "
                 "local Kenyans since 2018, the ministry said.", _REF)
    assert [_flow(x) for x in r] == [("jobs_created", 10000.0, "jobs", "CHN", "KEN")]
    r = _extract("Kenya and China held talks. The railway has created 5,000 jobs for Kenyan youth.", _REF)
    assert [_flow(x) for x in r] == [("jobs_created", 5000.0, "jobs", "CHN", "KEN")]


def test_scholarships_offered_to_students_of_one_side():
    r = _extract("Kenya and Japan held talks. Under the Kenya Technical Programme, 40 scholarships were "
                 "offered to Japanese students in 2026.", _REF)
    assert [_dated(x) for x in r] == [
        ("scholarships", 40.0, "count", "KEN", "JPN", dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_jobs_for_two_nationalities_have_no_direction():
    r = _extract("Kenya and Japan held talks. The plant created 300 jobs for Indians and Kenyans.", _REF)
    assert [(x["from_country_iso3"], x["to_country_iso3"]) for x in r] == [(None, None)]


# --- nationals working abroad ----------------------------------------------------------------------


def test_nationals_working_in_the_other_country_are_workers():
    r = _extract("Nepal and Qatar held talks. They discussed consular help to some 9,000 Nepali nationals "
                 "working in Qatar.", _REF)
    assert [_flow(x) for x in r] == [("workers", 9000.0, "people", "NPL", "QAT")]
    r = _extract("Nepal and Qatar held talks. Around 9,000 Nepalis are currently working in Qatar.", _REF)
    assert [_flow(x) for x in r] == [("workers", 9000.0, "people", "NPL", "QAT")]


def test_nationals_living_and_working_are_residents():
    r = _extract("Nepal and Qatar held talks. Some 9,000 Nepali citizens living and working in Qatar "
                 "attended.", _REF)
    assert [_flow(x) for x in r] == [("people", 9000.0, "people", "NPL", "QAT")]


# --- commitments --------------------------------------------------------------------------------


def test_will_make_available_is_a_commitment():
    assert _extract("Nepal and Qatar held talks. Qatar will make available up to 2 million tonnes of LNG "
                    "a year to Nepal.", _REF) == []
    r = _extract("Nepal and Qatar held talks. Qatar made available 2 million tonnes of LNG to Nepal last year.",
                 _REF)
    assert [x["value"] for x in r] == [2e6]


# --- "on-year" between a change and its figure ------------------------------------------------------


def test_on_year_between_the_change_and_the_figure():
    r = _extract("Chile and Peru held talks. In the first half of this year, exports to Peru rose 6.3 percent "
                 "on-year to $4.7 billion.", _REF)
    assert [(_dated(x), x["change_pct"]) for x in r] == [
        (("exports", 4.7e9, "USD", "CHL", "PER", dt.date(2026, 1, 1), dt.date(2026, 6, 30)), 6.3)]
    r = _extract("Chile and Peru held talks. Exports to Peru fell 2 percent year over year to $4.7 billion "
                 "in 2025.", _REF)
    assert [x["change_pct"] for x in r] == [-2.0]


# --- a share of a trade flow -------------------------------------------------------------------------


def test_a_share_of_imports_flows_like_the_imports():
    r = _extract("Nepal and India held talks. Imports from India accounted for USD 5.9 billion, of which "
                 "petroleum shipments came to 3.2 million tonnes, while Nepal's exports to India stood at "
                 "USD 2.2 billion.", _REF)
    assert [_flow(x) for x in r] == [
        ("imports", 5.9e9, "USD", "IND", "NPL"),
        ("imports", 3.2e6, "tonnes", "IND", "NPL"),
        ("exports", 2.2e9, "USD", "NPL", "IND")]


# --- the value of projects built by one side's firms in the other ------------------------------------


def test_projects_of_one_sides_contractors_in_the_other_flow_between_them():
    r = _extract("Chile and Peru held talks. Chilean contractors have completed projects worth over $2 billion "
                 "in Peru.", _REF)
    assert [_flow(x) for x in r] == [("project_value", 2e9, "USD", "CHL", "PER")]
    # a project named by its value alone keeps no direction
    assert _extract("Kenya and China held talks. The $3 billion Lamu Port project was discussed.", _REF) == []


def test_projects_are_worth_names_their_value():
    r = _extract("Kenya and China held talks. Completed projects are worth about $4.2 billion.", _REF)
    assert [(x["metric"], x["value"], x["unit"]) for x in r] == [("project_value", 4.2e9, "USD")]
    r = _extract("Kenya and China held talks. The projects were valued at $4.2 billion.", _REF)
    assert [(x["metric"], x["value"]) for x in r] == [("project_value", 4.2e9)]
