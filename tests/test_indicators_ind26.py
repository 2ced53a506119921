"""Indicator rules for unseen news (round 20): own sentences, other countries than the dev sets.

Family: a definite "the turnover" as the subject of a verb of amounting, right after a trade figure,
is that trade again for another period ("In January-June 2026 the turnover reached $97 million"),
also when the earlier trade was told in another currency (a local-currency figure with a dollar
gloss, then the next period in dollars).
"""

from __future__ import annotations

import datetime as dt

from tests.test_indicators_ind5 import _extract

REF = dt.date(2026, 8, 12)


def _rows(text: str) -> list[tuple]:
    return [(r["metric"], r["value"], r["unit"], r["from_country_iso3"], r["to_country_iso3"],
             r["period_start"], r["period_end"]) for r in _extract(text, REF)]


def test_the_turnover_after_a_local_currency_trade_is_the_trade_in_dollars():
    rows = _rows("Trade turnover between Morocco and Senegal came to MAD 4.1 billion (around $410 million) "
                 "last year. In the first quarter of 2026 the turnover stood at $120 million, customs data showed.")
    assert ("trade_total", 1.2e8, "USD", None, None, dt.date(2026, 1, 1), dt.date(2026, 3, 31)) in rows


def test_the_turnover_after_a_comma_continues_the_trade_in_the_same_currency():
    rows = _rows("Bilateral trade between Chile and Peru reached $5.2 billion in 2025. "
                 "For January-April 2026, the turnover amounted to $1.9 billion.")
    assert ("trade_total", 1.9e9, "USD", None, None, dt.date(2026, 1, 1), dt.date(2026, 4, 30)) in rows


def test_a_firms_turnover_after_a_trade_figure_is_no_trade():
    # near miss: an owner before "turnover" makes it a company's
    rows = _rows("Bilateral trade between Chile and Peru reached $5.2 billion in 2025. "
                 "In 2026 the firm's turnover reached $40 million.")
    assert [r[:3] for r in rows] == [("trade_total", 5.2e9, "USD")]


def test_the_turnover_after_a_loan_in_another_currency_is_no_trade():
    # near miss: the figure before is no trade, so the turnover names nothing told before
    rows = _rows("Morocco granted Senegal a loan of MAD 2 billion in 2025. "
                 "In the first quarter of 2026 the turnover reached $50 million.")
    assert all(r[0] != "trade_total" for r in rows)
