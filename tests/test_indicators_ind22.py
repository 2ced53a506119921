"""Indicator rules for unseen news (round 16): own sentences, other countries than the dev sets.

Families: a lede opened by a title-case place and a colon ("Ottawa: ...") is the dateline whose
country owns an unattached fiscal label ("FY26"); currency words of the wider world (ouguiyas,
dalasis, kwanzas, pula ...) size money, before a dollar conversion in brackets; a swap agreement
"worth" an amount is a currency swap, not a deal value; a currency swap line sized in the currency
of one side of the pair runs from that side (the issuer provides the liquidity) to the other.
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


# --- a title-case dateline before a colon owns the fiscal label --------------------------------------


_AUSTRALIA_MOSTLY = (" as Australia and Australian firms expanded purchases from Australia's largest partners in "
                     "the region this year.\n\nAustralia also said Australian investors were keen.")


def test_title_case_dateline_gives_the_fiscal_year_of_its_country():
    # Canada's fiscal year starts in April; Australia (named more often) starts in July
    rows = _periods("Ottawa: Canada's exports to Australia rose 9% to $4.2 billion in FY26, the trade office said,"
                    + _AUSTRALIA_MOSTLY)
    assert rows == [("exports", 4.2e9, dt.date(2025, 4, 1), dt.date(2026, 3, 31))]


def test_title_case_dateline_of_two_words():
    # Kenya's fiscal year starts in July; Britain (named more often) starts in April
    rows = _periods("Nairobi: Kenya's exports to Britain rose 6% to $700 million in FY26, according to British "
                    "data, as Britain and British buyers took more tea from Britain's former colony and British "
                    "retailers expanded.\n\nBritain also said British importers were keen.")
    assert rows == [("exports", 7e8, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]
    rows = _periods("Cape Town: South Africa's exports to Australia rose 4% to $1.1 billion in FY26, the trade "
                    "office said," + _AUSTRALIA_MOSTLY)
    assert rows == [("exports", 1.1e9, dt.date(2025, 4, 1), dt.date(2026, 3, 31))]


def test_current_fiscal_year_months_follow_the_dateline_country():
    rows = _periods("Ottawa: Canada's exports to Australia rose 9% to $4.2 billion in FY26, the trade office said,"
                    + _AUSTRALIA_MOSTLY + "\n\nIn April-August of the current fiscal year, Canada's exports to "
                    "Australia rose a further 5% to $1.9 billion.")
    assert rows[-1] == ("exports", 1.9e9, dt.date(2026, 4, 1), dt.date(2026, 8, 31))


def test_a_lede_opened_by_a_word_that_is_no_place_is_no_dateline():
    # near miss: "Analysts:" names no place, the most named country keeps its fiscal year
    rows = _periods("Analysts: Canada's exports to Australia rose 9% to $4.2 billion in FY26, the trade office said,"
                    + _AUSTRALIA_MOSTLY)
    assert rows == [("exports", 4.2e9, dt.date(2025, 7, 1), dt.date(2026, 6, 30))]


# --- currency words of the wider world ---------------------------------------------------------------


def test_ouguiyas_and_dalasis_size_money_before_a_dollar_conversion():
    assert _rows("Senegal and the Gambia agreed to expand trade. Trade between the two countries reached 3.2 "
                 "billion dalasis (about $45 million) in 2025, officials said.") == [
        ("trade_total", 3.2e9, "GMD", None, None)]
    assert _rows("Mauritania and Senegal signed a deal. Trade between the two countries reached 7.4 billion "
                 "ouguiyas (about $185 million) in 2025.") == [("trade_total", 7.4e9, "MRU", None, None)]


def test_kwanzas_pula_and_meticais():
    assert [r[:3] for r in _rows("Angola and Namibia met in Luanda. Trade between the two countries reached 90 "
                                 "billion kwanzas in 2025.")] == [("trade_total", 9e10, "AOA")]
    assert [r[:3] for r in _rows("Botswana and Zambia met in Gaborone. Trade between the two countries reached "
                                 "4.1 billion pula in 2025.")] == [("trade_total", 4.1e9, "BWP")]
    assert [r[:3] for r in _rows("Mozambique and Malawi met in Maputo. Trade between the two countries reached "
                                 "12 billion meticais in 2025.")] == [("trade_total", 1.2e10, "MZN")]


def test_a_number_without_a_currency_word_keeps_the_dollar_conversion():
    # near miss: no currency word after the first figure, the bracketed dollars size the trade
    assert _rows("Senegal and the Gambia agreed to expand trade. Trade between the two countries reached 3.2 "
                 "billion units (about $45 million) in 2025, officials said.") == [
        ("trade_total", 4.5e7, "USD", None, None)]


# --- the direction of a currency swap line -----------------------------------------------------------


def test_swap_sized_in_the_currency_of_one_side_runs_from_that_side():
    assert _rows("The Bank of Korea and Bank Indonesia renewed their currency swap agreement, raising its size "
                 "to KRW 10.7 trillion.") == [("currency_swap", 1.07e13, "KRW", "KOR", "IDN")]
    assert _rows("The Central Bank of the UAE and the Central Bank of Egypt signed a currency swap agreement "
                 "worth AED 20 billion.") == [("currency_swap", 2e10, "AED", "ARE", "EGY")]


def test_swap_sized_in_a_third_currency_has_no_direction():
    # near miss: dollars are neither side's currency
    assert _rows("Argentina and Brazil extended a $2 billion currency swap in 2025.") == [
        ("currency_swap", 2e9, "USD", None, None)]


def test_swap_agreement_worth_an_amount_is_a_swap_not_a_deal():
    assert [r[:3] for r in _rows("Malaysia and Thailand signed a local currency swap agreement worth 12 billion "
                                 "baht in 2025.")] == [("currency_swap", 1.2e10, "THB")]
    assert [r[:3] for r in _rows("Brazil and Chile renewed their swap arrangement, valued at $3 billion, in "
                                 "2025.")] == [("currency_swap", 3e9, "USD")]


def test_a_trade_agreement_worth_an_amount_stays_a_deal():
    # near miss: no swap named
    assert [r[:3] for r in _rows("Malaysia and Thailand signed a trade agreement worth 12 billion baht in "
                                 "2025.")] == [("deal_value", 1.2e10, "THB")]
