"""Indicator rules for unseen news (round 10, ind16): own texts, other countries than the dev sets.

Families: a length adjective before a second compound modifier ("a 410-km, 220-kV line"); jobs that
a project "will create" (a fact of the project, no forecast); jobs told without any country take
the direction of the document's other investment figures; a deficit "widened to X from Y in <year>"
(the date is the earlier value's); a date past a semicolon dates the next clause; headlines listed
under "Related:" are links, no news; a subordinate "as imports surge" clause names nothing of the
figure before it; energy storage in MWh; cargo a port handled.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.indicator_values import _CHANGED_TO_RE
from pipeline.segment import segment, split_sentences, _link_lines
from tests.test_indicators_ind5 import _extract

_REF = dt.date(2026, 9, 13)


def _rows(text: str) -> list[dict]:
    return _extract(text, ref=_REF)


def _period(r: dict) -> tuple:
    return r["period_start"], r["period_end"]


# --- lengths with two modifiers ---------------------------------------------------------------------


def test_a_length_before_a_second_compound_modifier_measures_the_noun_after_both():
    rows = _rows("A 410-kilometre, 220-kilovolt transmission line built by Chinese firms will link Nepal's "
                 "grid to the border.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("transmission_lines", 410.0, "km")]
    rows = _rows("Indian engineers are building a 64-km, four-lane highway in Bhutan.")
    assert [(r["metric"], r["value"]) for r in rows] == [("highway_length", 64.0)]


# --- jobs a project will create --------------------------------------------------------------------


def test_jobs_a_project_will_create_are_a_fact_of_the_project():
    rows = _rows("The Turkish-built cement plant in Ghana will create about 1,200 jobs during construction.")
    assert [(r["metric"], r["value"]) for r in rows] == [("jobs_created", 1200.0)]
    # a target or a forecast of jobs stays out
    assert _rows("Turkey aims to create 1,200 jobs in Ghana by 2030.") == []
    # (round 12: jobs a project "is expected to create" are its jobs too, as devset20/21 annotate them;
    # see tests/test_indicators_ind18.py)
    assert [r["metric"] for r in _rows("The Turkish-built cement plant in Ghana is expected to create 1,200 jobs.")] \
        == ["jobs_created"]
    # and money the project "will provide" is still a commitment
    assert _rows("Turkey will provide $300 million in loans to Ghana.") == []


def test_jobs_without_a_country_take_the_direction_of_the_documents_investment():
    rows = _rows("Turkish investors will build a cement plant in Ghana.\n\n"
                 "The project will create around 900 jobs during construction and 150 permanent jobs.\n\n"
                 "Turkish companies already employ more than 3,000 Ghanaians.")
    assert [(r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        (900.0, "TUR", "GHA"), (150.0, "TUR", "GHA"), (3000.0, "TUR", "GHA")]
    # no directed figure in the document: none is guessed
    rows = _rows("Turkey and Ghana discussed a cement plant.\n\nThe project will create around 900 jobs.")
    assert [(r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [(None, None)]


# --- earlier values and clause dates ---------------------------------------------------------------


def test_a_deficit_widened_to_x_from_y_in_a_year_dates_y_and_keeps_the_run_period_for_x():
    rows = _rows("Ghana's imports from Turkey rose 9 per cent to $2.4 billion in 2025, while exports to Turkey "
                 "fell to $0.6 billion. As a result, the trade deficit widened to $1.8 billion from $1.2 billion "
                 "in 2024.")
    deficits = [r for r in rows if r["metric"] == "trade_balance"]
    assert [(r["value"], r["period_start"].year) for r in deficits] == [(-1.8e9, 2025), (-1.2e9, 2024)]
    # with no period told before, the earlier value's date still dates the figure
    rows = _rows("Ghana's exports to Turkey rose 5% to $10 billion from $9.5 billion in 2024.")
    assert [r["period_start"].year for r in rows] == [2024, 2024]


def test_a_date_past_a_semicolon_dates_the_next_clause():
    rows = _rows("Kenyan exports to Ghana rose to $400 million; the trade ministry will review the pact in March")
    assert [(r["value"], _period(r)) for r in rows] == [(4e8, (None, None))]


@settings(max_examples=60, deadline=None)
@given(verb=st.sampled_from(["widened", "narrowed", "climbed", "dropped", "has widened", "jumped",
                             "slipped", "increased", "shrank"]),
       adv=st.sampled_from(["", "sharply ", "slightly "]),
       q=st.sampled_from(["", "about ", "nearly ", "a record "]))
def test_a_verb_of_change_before_to_is_read(verb, adv, q):
    text = f"the deficit {verb} {adv}to {q}"
    found = _CHANGED_TO_RE.search(text) is not None
    assert found == verb.split()[-1].endswith("ed")


# --- links under a heading ---------------------------------------------------------------------------


def test_headlines_listed_under_related_are_links_not_news():
    text = ("Trade between Kenya and Ghana reached $1.1 billion in 2025.\n\nRelated:\n"
            "Ghana to auction 3 GW of solar capacity in 2027\nKenya, Ghana sign visa waiver\n")
    assert [(r["metric"], r["value"]) for r in _rows(text)] == [("trade_total", 1.1e9)]
    # a sentence after the list ends it
    text2 = "Read also:\nGhana plans new port\nThe port will be built in Tema. It is big.\n"
    sp = split_sentences(text2)
    assert [text2[s:e] for i, (s, e) in enumerate(sp) if i in _link_lines(text2, sp)] == ["Ghana plans new port"]


@settings(max_examples=40, deadline=None)
@given(head=st.sampled_from(["Related", "Related:", "Read also:", "Also Read:", "See also", "RELATED STORIES"]),
       n=st.integers(min_value=1, max_value=4))
def test_every_line_of_a_link_list_is_boilerplate(head, n):
    lines = [f"Headline number {i} about Kenya" for i in range(n)]
    text = "Kenya and Ghana met on Monday.\n\n" + head + "\n" + "\n".join(lines) + "\n\nThe talks went on."
    doc = pl.DataFrame({"doc_id": ["d"], "text": [text]})
    flags = segment(doc)["is_boilerplate"].to_list()
    assert flags == [False] + [True] * (n + 1) + [False]


def test_a_subordinate_clause_on_imports_names_nothing_of_the_figure_before_it():
    rows = _rows("Kenya-Ghana trade rises 6% to $1.2 bn in 2025 as imports of cocoa surge")
    assert [r["metric"] for r in rows] == ["trade_total"]


# --- storage and cargo -----------------------------------------------------------------------------


def test_energy_storage_is_sized_in_mwh():
    rows = _rows("The Chinese-built battery storage system in Chile has a capacity of 2,000 megawatt-hours.")
    assert [(r["metric"], r["value"], r["unit"]) for r in rows] == [("storage_capacity", 2000.0, "MWh")]


def test_cargo_a_port_handled():
    rows = _rows("Lamu port in Kenya, built by China, handled 2.4 million tonnes of cargo in 2025.")
    assert [(r["metric"], r["value"]) for r in rows] == [("cargo_handled", 2.4e6)]
    # what a railway can handle is a capacity, no cargo handled
    assert [r["metric"] for r in _rows("The Kenya-Uganda railway can handle up to 5 million tonnes of "
                                       "freight a year.")] != ["cargo_handled"]


# --- verbs of change in the present and perfect tenses ---------------------------------------------


def test_a_change_told_with_rises_or_had_grown_is_the_figures():
    rows = _rows("Kenya-Ghana trade rises 6.5% to $1.2 billion in 2025")
    assert [(r["value"], r["change_pct"]) for r in rows] == [(1.2e9, 6.5)]
    rows = _rows("The minister noted that Kenya's exports to Ghana, led by tea, had grown by 12.4 per cent to "
                 "$310 million in 2025.")
    assert [(r["value"], r["change_pct"]) for r in rows] == [(3.1e8, 12.4)]
    rows = _rows("Kenya's exports to Ghana have fallen 3.1 per cent to $280 million in 2025.")
    assert [(r["value"], r["change_pct"]) for r in rows] == [(2.8e8, -3.1)]
