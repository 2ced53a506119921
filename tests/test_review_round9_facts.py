"""Review of round 9, facts: a title inside the subject of "was" is not the complement's; "as the
<Title> <verb>" is a clause, not an office; "upon signature" keeps the entry into force's date; a plan
predicate keeps a past signing date; a company's turnover is no trade; old years only before
punctuation or a function word; an inline list's colon is not a clock time's."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run
from tests.test_indicators_ind5 import _extract
from tests.test_persons_per12 import _people

_NEWS = "News\n\nMay 20, 2026\n\n"


# --- persons -------------------------------------------------------------------------------------


def test_a_title_inside_the_subject_of_was_is_not_the_names_after_it():
    people = _people("What angered the Kenyan Foreign Minister was John Smith, the opposition leader.")
    countries, titles = people["John Smith"]
    assert "KEN" not in countries
    assert "Foreign Minister" not in titles
    people = _people("The guest at the dinner hosted by the Chinese Ambassador was John Smith.")
    countries, titles = people.get("John Smith", (set(), set()))
    assert "CHN" not in countries
    assert "Ambassador" not in titles


def test_a_title_phrase_opening_the_clause_before_is_still_the_names():
    people = _people("In Pretoria, the Kenyan High Commissioner is John Smith.")
    assert people["John Smith"] == ({"KEN"}, {"High Commissioner"})
    people = _people("The current Kenyan Ambassador to Peru is Jane Wanjiru Doe.")
    assert people["Jane Wanjiru Doe"] == ({"KEN"}, {"Ambassador"})


def test_as_the_title_with_a_verb_is_a_clause_not_an_office():
    people = _people("Foreign Minister Ana Lopez greeted John Smith as the President looked on.")
    assert "President" not in people.get("John Smith", (set(), set()))[1]
    people = _people("Foreign Minister Ana Lopez greeted John Smith as the Kenyan ambassador looked on.")
    assert people.get("John Smith", ({None}, set())) == ({None}, set())
    # (an office after "served as" stays the person's)
    assert "President of the Senate" in _people("John Smith served as the President of the Senate.")["John Smith"][1]


# --- agreements ----------------------------------------------------------------------------------


def test_entry_into_force_upon_signature_keeps_its_date():
    text = _NEWS + ("The agreement on visa exemption between Kenya and Oman entered into force upon signature on "
                    "5 May 2026.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert r["effective_date"] == dt.date(2026, 5, 5)


def test_a_plan_predicate_without_a_planned_event_keeps_the_signing_day():
    text = _NEWS + ("Kenya and Oman signed an MoU on trade and agreed to deepen ties during talks in Muscat on "
                    "Sunday.\n")
    [r] = _run(text, dt.date(2026, 5, 20))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 17), "day")


def test_an_old_year_before_a_capitalised_word_or_a_clock_zone_is_no_year():
    for tail in ("12 March 1650 Omani sailors later recalled.", "12 March 1600 GMT."):
        text = _NEWS + "The treaty between Kenya and Oman was signed on " + tail + "\n"
        dates = [r["signed_date"] for r in _run(text, dt.date(2026, 5, 20))]
        assert dates and all(d is None or d.year > 1900 for d in dates), tail


def test_an_inline_list_after_a_clock_time_takes_the_batchs_day():
    text = _NEWS + ("At 10:30 on Tuesday, three documents were signed by Kenya and Oman: a memorandum on trade, an "
                    "agreement on air services and a protocol on customs.\n")
    rows = {r["name"]: r for r in _run(text, dt.date(2026, 5, 20)) if r["name"]}
    assert set(rows) == {"Memorandum on trade", "Agreement on air services", "Protocol on customs"}
    assert {(r["signed_date"], r["signed_precision"]) for r in rows.values()} == {(dt.date(2026, 5, 19), "day")}


# --- indicators ----------------------------------------------------------------------------------


def test_a_companys_turnover_is_no_trade():
    ref = dt.date(2026, 9, 13)
    for text in ("Kenya and Uganda held talks in Nairobi. The company's annual turnover was $5 million in 2025.",
                 "Kenya and Uganda held talks in Nairobi. Safaricom's turnover reached $2.1 billion in 2025.",
                 "Kenya exported goods worth $300 million to Uganda in 2025. In the same year Safaricom's turnover "
                 "reached $2.1 billion."):
        assert [r["metric"] for r in _extract(text, ref=ref) if r["metric"] == "trade_total"] == [], text


def test_turnover_of_two_countries_is_trade():
    ref = dt.date(2026, 9, 13)
    for text in ("Kenya and Uganda held talks in Nairobi. Bilateral turnover reached $400 million in 2025.",
                 "Kenya and Uganda held talks in Nairobi. Two-way turnover reached $400 million in 2025.",
                 "Kenya and Uganda held talks in Nairobi. Trade turnover reached $400 million in 2025.",
                 "Kenya and Uganda held talks. Turnover between the two countries reached $400 million in 2025.",
                 "Kenya and Uganda held talks in Nairobi. Kenya's turnover with Uganda reached $400 million in 2025."):
        assert [(r["metric"], r["value"]) for r in _extract(text, ref=ref)] == [("trade_total", 4e8)], text
