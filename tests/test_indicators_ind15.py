"""Indicator rules for unseen news (round 9, ind15): own texts, other countries than the dev sets.

Families: a bracketed gloss on when a fiscal year runs ("(the Kenyan financial year runs July to
June)") names the calendar, not the period of the figures after it; a pronoun subject with a verb of
change ("it recovered to", "they fell to") takes the measure told just before; bare "turnover" is
trade (not a company's turnover); a count of people of two kinds ("doctors and nurses") is people.
Plus property tests of the gloss reader.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.indicator_periods import _YEAR_GLOSS_RE
from tests.test_indicators_ind5 import _extract

_REF = dt.date(2026, 9, 13)


def _rows(text: str) -> list[dict]:
    return _extract(text, ref=_REF)


def _period(r: dict) -> tuple:
    return r["period_start"], r["period_end"]


# --- a gloss on the fiscal year is no period ------------------------------------------------------


def test_a_fiscal_year_gloss_does_not_date_the_figures_after_it():
    rows = _rows("Trade between Kenya and Uganda reached KSh 90 billion in 2025-26 (the Kenyan financial "
                 "year runs July to June), with Kenyan exports to Uganda worth KSh 60 billion and imports "
                 "from Uganda KSh 30 billion.")
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 9e10), ("exports", 6e10), ("imports", 3e10)]
    fy = (dt.date(2025, 7, 1), dt.date(2026, 6, 30))
    assert [_period(r) for r in rows] == [fy, fy, fy]
    # a bracketed run of months that is no gloss still dates its quarter
    rows = _rows("In the first quarter of 2026 (January-March), trade between Chile and Peru reached "
                 "$2.6 billion.")
    assert _period(rows[0]) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def test_a_gloss_with_from_to_is_no_span_of_the_next_year():
    rows = _rows("Kenya's exports to Tanzania amounted to KSh 1.2 billion in FY2025/26 (the fiscal year runs "
                 "from April to March), while imports from Tanzania were KSh 0.4 billion.")
    imports = next(r for r in rows if r["metric"] == "imports")
    assert imports["period_start"] is not None and imports["period_start"].year == 2025


@settings(max_examples=60, deadline=None)
@given(adj=st.sampled_from(["", "Kenyan ", "Australian ", "Namibian "]),
       kind=st.sampled_from(["fiscal", "financial", "budget"]),
       verb=st.sampled_from(["runs", "starts", "begins", "runs from"]),
       m1=st.sampled_from(["January", "April", "July", "October"]),
       m2=st.sampled_from(["March", "June", "September", "December"]))
def test_the_gloss_reader_spans_the_whole_bracket(adj, kind, verb, m1, m2):
    gloss = f"(the {adj}{kind} year {verb} {m1} to {m2})"
    text = f"Exports were $5 million in 2025-26 {gloss}, up 3%."
    assert [m.group(0) for m in _YEAR_GLOSS_RE.finditer(text)] == [gloss]


def _is_year_gloss(words: list[str]) -> bool:
    """Whether a bracket of ``words`` is itself a gloss on a kind of year: a kind and "year" (or "FY")
    right before a verb of running, and no year of its own."""
    if "2026" in words:
        return False
    verbs = {"runs", "ends", "ended"}
    return any(
        (w in ("fiscal", "financial", "budget") and words[i + 1 : i + 2] == ["year"] and words[i + 2 : i + 3]
         and words[i + 2] in verbs) or (w == "FY" and words[i + 1 : i + 2] and words[i + 1] in verbs)
        for i, w in enumerate(words)
    )


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["first", "quarter", "of", "2026", "January-March", "April", "half",
                                        "the", "second", "year", "ended", "June", "fiscal", "financial",
                                        "budget", "FY", "runs", "ends"]), min_size=1, max_size=6))
def test_only_the_gloss_bracket_is_read_as_one(words):
    gloss = "(the financial year runs July to June)"
    decoy = "(" + " ".join(words) + ")"
    text = "trade reached $4 billion " + decoy + " in 2025-26 " + gloss
    # (the figure's own bracket only when it is a gloss itself: "(fiscal year ended June)"; never both
    # brackets as one)
    expected = ([decoy] if _is_year_gloss(words) else []) + [gloss]
    assert [m.group(0) for m in _YEAR_GLOSS_RE.finditer(text)] == expected


# --- a pronoun subject with a verb of change --------------------------------------------------------


def test_it_recovered_to_takes_the_measure_told_before():
    rows = _rows("In the first quarter of 2026, total trade between Chile and Peru reached $2.6 billion, "
                 "down 1.9 percent year on year. In the second quarter (April-June), it recovered to "
                 "$2.9 billion.")
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 2.6e9), ("trade_total", 2.9e9)]
    assert _period(rows[1]) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    # with no measure told before, "it" names nothing
    assert _rows("The port is busy. In 2025 it reached $2.9 billion.") == []


def test_they_fell_to_keeps_the_direction_told_before():
    rows = _rows("Morocco's exports to Senegal reached $310 million in 2024. In the first half of 2025 they "
                 "fell to $140 million.")
    assert [(r["metric"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("exports", "MAR", "SEN"), ("exports", "MAR", "SEN")]


# --- turnover -------------------------------------------------------------------------------------


def test_bare_turnover_is_trade():
    rows = _rows("Trade between Chile and Peru reached $412.6 million in January-August 2026. For the whole "
                 "of 2025 turnover was $586 million.")
    assert [(r["metric"], r["value"]) for r in rows] == [("trade_total", 412.6e6), ("trade_total", 586e6)]
    assert _period(rows[1]) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # a company's turnover is no trade
    rows = _rows("Chile's exports to Peru reached $412.6 million in 2025. The company's turnover was "
                 "$586 million.")
    assert [r["metric"] for r in rows] == ["exports"]


# --- people of two kinds --------------------------------------------------------------------------


def test_doctors_and_nurses_are_people():
    rows = _rows("Under the accord, a team of 25 Cuban doctors and nurses will work in hospitals in Angola.")
    assert [(r["metric"], r["value"]) for r in rows] == [("people", 25.0)]
    # doctors alone stay doctors
    assert [r["metric"] for r in _rows("Cuba has sent 25 doctors to Angola.")] == ["doctors"]


def test_people_who_moved_on_work_visas_are_workers():
    rows = _rows("Under a 2024 scheme, about 900 Filipino nurses and care assistants have moved to Ireland "
                 "on work visas, the ministry said.")
    assert [(r["metric"], r["value"], r["from_country_iso3"], r["to_country_iso3"]) for r in rows] == [
        ("workers", 900.0, "PHL", "IRL")]


def test_the_gloss_gives_the_first_month_of_a_two_year_label():
    # Chile has no fiscal year of its own in the lexicon: the gloss tells when this one starts
    for label in ("FY2025/26", "2025-26"):
        rows = _rows(f"Chile's exports to Peru amounted to $6.8 billion in {label} (the financial year runs from "
                     "April to March), while imports from Peru were $3.1 billion.")
        assert [_period(r) for r in rows] == [(dt.date(2025, 4, 1), dt.date(2026, 3, 31))] * 2
    # a bracket naming its year is no gloss: it still dates the figure
    rows = _rows("Egypt's exports to Jordan reached $900 million in FY2024/25 (the fiscal year ended June 2025), "
                 "while imports from Jordan were $300 million.")
    assert [_period(r) for r in rows] == [(dt.date(2024, 7, 1), dt.date(2025, 6, 30))] * 2
