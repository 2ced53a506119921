"""Indicator rules for unseen news (round 5, ind11): own sentences, other countries than the dev sets.

Families: "the first N months of the current fiscal year" written just after the fiscal year
turned are the months of the year that just ended (reported months lie in the past); "X's foreign
trade" heading an institution ("Chile's foreign trade ministry") is no country's total trade with
the world; a flow word inside an institution's name ("the Thai Board of Investment") names no flow;
the origin of imported goods written as their adjective ("bought Ugandan goods worth") is the
partner, and "bought/sold <any goods> worth" names the trade flow; a national development fund
financing projects gives their direction; "making X the largest supplier of ... to Y" directs
shipments; "the full-year figure" measures what was told before; scholarships go from the giver to
the students' country; "COP31" is no money; "China granted Zambia a loan" (the receiver after the
verb); months of a named year ("the January-November period of 2025", "April-December of
FY2025-26"); a comparison base after "than in the"; spans with ends of two precisions ("between
1990 and June 2026"); a month run without a year placed past the reference moves a year back;
outstanding dues are debt.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_indicators_ind5 import _extract, _flow

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _dated(r: dict) -> tuple:
    return _flow(r) + (r["period_start"], r["period_end"])


# --- "the first N months of the current fiscal year" after the year turned ---------------------------


def test_first_months_of_the_current_fiscal_year_just_after_it_turned_are_last_years():
    r = _extract("Bangladesh and Japan held talks. Bangladesh's exports to Japan in the first eleven months of "
                 "the current fiscal year (July-May) rose 8 percent to $1.4 billion, the EPB said.", dt.date(2026, 7, 5))
    assert [_dated(x) for x in r] == [
        ("exports", 1.4e9, "USD", "BGD", "JPN", dt.date(2025, 7, 1), dt.date(2026, 5, 31))]
    assert r[0]["change_pct"] == 8.0
    # an April-March financial year, read in April
    r = _extract("India and Chile held talks. India's exports to Chile in the first eleven months of the current "
                 "financial year rose to $1.1 billion.", dt.date(2026, 4, 10))
    assert [_dated(x) for x in r] == [
        ("exports", 1.1e9, "USD", "IND", "CHL", dt.date(2025, 4, 1), dt.date(2026, 2, 28))]


def test_first_months_of_the_current_fiscal_year_in_its_course_stay_in_it():
    r = _extract("Bangladesh and Japan held talks. Bangladesh's exports to Japan in the first eight months of the "
                 "current fiscal year (July-February) rose to $900 million.", dt.date(2026, 3, 20))
    assert [_dated(x) for x in r] == [
        ("exports", 9e8, "USD", "BGD", "JPN", dt.date(2025, 7, 1), dt.date(2026, 2, 28))]
    # a fiscal year named by its years is never moved
    r = _extract("Bangladesh and Japan held talks. Bangladesh's exports to Japan in the first eleven months of "
                 "fiscal year 2026-27 rose to $1.4 billion.", dt.date(2026, 7, 5))
    assert [_dated(x) for x in r] == [
        ("exports", 1.4e9, "USD", "BGD", "JPN", dt.date(2026, 7, 1), dt.date(2027, 5, 31))]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=11), st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31)))
def test_first_months_of_the_current_fiscal_year_never_end_after_the_reference_month(n, ref):
    r = _extract(f"Pakistan and Qatar held talks. Pakistan's exports to Qatar amounted to $55 million in the "
                 f"first {n} months of the current fiscal year.", ref)
    assert len(r) == 1
    start, end = r[0]["period_start"], r[0]["period_end"]
    assert start.month == 7 and start.day == 1  # Pakistan's fiscal year opens in July
    assert (end.year, end.month) <= (ref.year, ref.month)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == n - 1
    # the fiscal year is the one containing the reference, or the one just before it
    assert dt.date(ref.year - 2, 7, 1) <= start <= ref


# --- "X's foreign trade <institution>" ----------------------------------------------------------------


def test_a_foreign_trade_institution_is_no_total_foreign_trade():
    r = _extract("Chile and Peru held talks. According to Chile's foreign trade ministry, bilateral trade "
                 "reached $4.1 billion in 2025.")
    assert [_dated(x) for x in r] == [
        ("trade_total", 4.1e9, "USD", None, None, dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    r = _extract("Ghana and Togo held talks. Ghana's foreign trade statistics show that bilateral trade rose to "
                 "$610 million last year.", dt.date(2026, 3, 2))
    assert [_flow(x) for x in r] == [("trade_total", 6.1e8, "USD", None, None)]


def test_a_countrys_own_foreign_trade_is_still_no_bilateral_figure():
    assert _extract("Chile and Peru held talks. Chile's foreign trade reached $190 billion in 2025.") == []


# --- a flow word inside an institution's name -----------------------------------------------------------


def test_investment_in_an_agencys_name_names_no_investor():
    r = _extract("Turkey and Azerbaijan held talks. Turkey's investment in Azerbaijan's energy sector registered "
                 "by the Azerbaijani Investment Promotion Agency exceeded $13 billion.")
    assert [_flow(x) for x in r] == [("direct_investment", 1.3e10, "USD", "TUR", "AZE")]
    r = _extract("Thailand and Japan held talks. Japanese investment approved by the Thai Board of Investment "
                 "reached 120 billion baht in 2025.")
    assert [_flow(x) for x in r] == [("direct_investment", 1.2e11, "THB", "JPN", "THA")]


def test_jobs_created_by_an_investment_follow_its_direction():
    r = _extract("Turkey and Azerbaijan held talks. As of the end of 2025, Turkey's investment in Azerbaijan "
                 "approved by the Azerbaijani Investment Promotion Agency exceeded $13 billion, creating some "
                 "24,000 jobs for Azerbaijanis.", dt.date(2026, 2, 10))
    assert [_flow(x) for x in r] == [("direct_investment", 1.3e10, "USD", "TUR", "AZE"),
                                     ("jobs_created", 24000.0, "jobs", "TUR", "AZE")]


def test_an_investment_agency_alone_still_gives_the_investor():
    # the only flow word stands in a name: kept (a headline in title case has no other)
    r = _extract("Japan and Ghana held talks. The Ghana Investment Promotion Centre registered Japanese "
                 "investment of $120 million in 2025.")
    assert [x["metric"] for x in r] == ["direct_investment"]


# --- "bought <adjective> goods worth" -------------------------------------------------------------------


def test_goods_of_a_nationality_bought_come_from_that_country():
    r = _extract("Kenya and Uganda held talks. Kenya bought Ugandan goods worth $800 million in 2025.")
    assert [_dated(x) for x in r] == [
        ("imports", 8e8, "USD", "UGA", "KEN", dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    r = _extract("Morocco and Spain held talks. Morocco imported Spanish industrial products worth EUR 9 billion "
                 "last year.", dt.date(2026, 3, 2))
    assert [_flow(x) for x in r] == [("imports", 9e9, "EUR", "ESP", "MAR")]


def test_goods_with_an_adjective_sold_are_exports():
    r = _extract("Vietnam and Cambodia held talks. Vietnam sold electronic products worth $3 billion to Cambodia "
                 "in 2025.")
    assert [_flow(x) for x in r] == [("exports", 3e9, "USD", "VNM", "KHM")]


def test_a_quarter_of_goods_bought_with_its_change():
    r = _extract("Italy and Tunisia held talks. Trade kept growing in 2026. In the January-March quarter, Italy "
                 "bought Tunisian goods worth EUR 740 million, an increase of 6.4pc on the same quarter a year "
                 "earlier.", dt.date(2026, 5, 20))
    assert [_dated(x) for x in r] == [
        ("imports", 7.4e8, "EUR", "TUN", "ITA", dt.date(2026, 1, 1), dt.date(2026, 3, 31))]
    assert r[0]["change_pct"] == 6.4


# --- a national development institution financing things counted -------------------------------------


def test_a_fund_named_after_a_country_finances_projects_in_the_other():
    r = _extract("Saudi Arabia and Jordan held talks. The Saudi Fund for Development has financed 45 projects in "
                 "Jordan.")
    assert [_flow(x) for x in r] == [("projects", 45.0, "count", "SAU", "JOR")]
    r = _extract("Kuwait and Egypt held talks. The Kuwait Fund for Arab Economic Development has so far financed "
                 "58 development projects in Egypt, including roads and hospitals.")
    assert [_flow(x)[3:] for x in r] == [("KWT", "EGY")]


def test_an_agency_with_its_acronym_builds_in_the_country():
    r = _extract("Japan and Laos held talks. The Japan International Cooperation Agency (JICA) has built 120 "
                 "schools across the country.")
    assert [_flow(x)[3:] for x in r] == [("JPN", "LAO")]


def test_a_bank_named_after_no_country_gives_no_direction():
    r = _extract("Saudi Arabia and Jordan held talks. The Arab Bank has financed 45 projects in Jordan.")
    assert [_flow(x)[3:] for x in r] == [(None, None)]


# --- "making X the largest supplier of ... to Y" ----------------------------------------------------------


def test_shipments_of_the_supplier_named_in_the_sentence_run_to_the_buyer():
    r = _extract("Peru and Chile held talks. Shipments of copper concentrate reached 300,000 tonnes last year, "
                 "making Peru a major source of the metal to Chile.", dt.date(2026, 3, 2))
    assert [_flow(x) for x in r] == [("exports", 3e5, "tonnes", "PER", "CHL")]
    r = _extract("Vietnam and Japan held talks. Shipments rose to 96,000 tonnes in the first half of 2026, making "
                 "Vietnam the third-largest supplier of shrimp to Japan.", dt.date(2026, 8, 2))
    assert [_dated(x) for x in r] == [
        ("exports", 9.6e4, "tonnes", "VNM", "JPN", dt.date(2026, 1, 1), dt.date(2026, 6, 30))]


def test_imports_with_a_largest_supplier_stay_the_buyers_total():
    # all the wheat Egypt bought, not only Russia's
    r = _extract("Egypt and Russia held talks. Wheat imports reached 8.2 million tonnes in 2025, and Russia "
                 "remained the largest supplier of wheat to Egypt.")
    assert [_flow(x)[3:] for x in r] == [(None, None)]


# --- "the full-year figure" ----------------------------------------------------------------------------


def test_the_annual_figure_measures_the_trade_told_before():
    r = _extract("Chile and Korea held talks. Two-way trade was worth 1.21 billion dollars in May.\n\nThe annual "
                 "figure for 2025 was 13.4 billion dollars, according to the customs service.", dt.date(2026, 6, 20))
    assert [_dated(x) for x in r] == [
        ("trade_total", 1.21e9, "USD", None, None, dt.date(2026, 5, 1), dt.date(2026, 5, 31)),
        ("trade_total", 1.34e10, "USD", None, None, dt.date(2025, 1, 1), dt.date(2025, 12, 31))]


def test_the_comparable_figure_keeps_the_direction_told_before():
    r = _extract("Kenya and Uganda held talks. Kenya's exports to Uganda rose to $900 million in 2025. The "
                 "comparable figure in 2024 was $810 million.", dt.date(2026, 3, 1))
    assert [_dated(x) for x in r] == [
        ("exports", 9e8, "USD", "KEN", "UGA", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("exports", 8.1e8, "USD", "KEN", "UGA", dt.date(2024, 1, 1), dt.date(2024, 12, 31))]


def test_a_figure_with_nothing_told_before_is_no_indicator():
    assert _extract("Kenya and Uganda held talks. The figure for 2024 was $810 million.", dt.date(2026, 3, 1)) == []
    # another unit told before is no antecedent
    r = _extract("Kenya and Uganda held talks. Some 3,000 Kenyan students study in Uganda. The figure for 2024 "
                 "was $810 million.", dt.date(2026, 3, 1))
    assert [x["unit"] for x in r] == ["people"]


# --- scholarships for students of a nationality ----------------------------------------------------------


def test_a_scholarship_scheme_for_students_goes_from_the_giver_to_their_country():
    r = _extract("India and Nepal held talks. India announced a scholarship programme for 1,200 Nepali students.")
    assert [_flow(x) for x in r] == [("scholarships", 1200.0, "people", "IND", "NPL")]
    r = _extract("Turkey and Somalia held talks. Turkey awarded scholarships to 350 Somali students last year.",
                 dt.date(2026, 2, 1))
    assert [_flow(x) for x in r] == [("scholarships", 350.0, "people", "TUR", "SOM")]


def test_students_without_a_scholarship_still_go_to_the_host():
    r = _extract("India and Nepal held talks. Some 1,200 Nepali students study in India.")
    assert [_flow(x) for x in r] == [("students", 1200.0, "people", "NPL", "IND")]


# --- a code before a small bare number is a name ------------------------------------------------------


def test_a_climate_conference_with_its_number_is_no_sum_of_money():
    assert _extract("Zambia and Brazil held talks. The ministers met on the margins of the COP31 climate "
                    "conference in Antalya last month.", dt.date(2026, 12, 1)) == []
    assert _extract("Chile and Peru held talks. The two presidents met at COP 29 in Baku.") == []


def test_a_code_with_a_scale_or_a_large_sum_stays_money():
    r = _extract("Zambia and China held talks. China lent Zambia USD500 million in 2025.")
    assert [(x["value"], x["unit"]) for x in r] == [(5e8, "USD")]
    r = _extract("Colombia and Ecuador held talks. Bilateral trade reached COP 4,500 billion in 2025.")
    assert [(x["metric"], x["value"], x["unit"]) for x in r] == [("trade_total", 4.5e12, "COP")]


# --- "China granted Zambia a loan": the receiver after the verb --------------------------------------------


def test_the_country_after_a_verb_of_giving_receives_the_money():
    r = _extract("Zambia and China held talks. China gave Zambia a loan of USD500 million.")
    assert [_flow(x) for x in r] == [("loan", 5e8, "USD", "CHN", "ZMB")]
    r = _extract("Japan and Laos held talks. Japan offered Laos grants of $20 million.")
    assert [_flow(x) for x in r] == [("grant", 2e7, "USD", "JPN", "LAO")]
    r = _extract("Saudi Arabia and Egypt held talks. Saudi Arabia has also extended Egypt a loan of $5 billion.")
    assert [_flow(x)[3:] for x in r] == [("SAU", "EGY")]


def test_an_owner_without_a_verb_of_giving_still_gives():
    r = _extract("Japan and Laos held talks. Japan's grants to Laos reached $20 million.")
    assert [_flow(x)[3:] for x in r] == [("JPN", "LAO")]
    r = _extract("Japan and Laos held talks. Laos received Japanese grants of $20 million.")
    assert [_flow(x)[3:] for x in r] == [("JPN", "LAO")]


# --- "the January-November period of 2025": months of a named year ---------------------------------------


def test_a_run_of_months_of_a_named_year_is_dated_in_that_year():
    r = _extract("Türkiye and Iraq held talks. Türkiye's exports to Iraq amounted to $13.1 billion in the "
                 "January-November period of 2025.", dt.date(2026, 6, 15))
    assert [_dated(x) for x in r] == [
        ("exports", 1.31e10, "USD", "TUR", "IRQ", dt.date(2025, 1, 1), dt.date(2025, 11, 30))]
    r = _extract("Poland and Ukraine held talks. Exports to Ukraine in January-March of this year rose to "
                 "EUR 2.1 billion.", dt.date(2026, 6, 15))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2026, 1, 1), dt.date(2026, 3, 31))]


def test_a_run_of_months_of_a_fiscal_year_falls_in_its_part_of_that_year():
    r = _extract("India and Bangladesh held talks. India's exports to Bangladesh during April-December of "
                 "FY2025-26 were $8.1 billion.", dt.date(2026, 6, 15))
    assert [_dated(x) for x in r] == [
        ("exports", 8.1e9, "USD", "IND", "BGD", dt.date(2025, 4, 1), dt.date(2025, 12, 31))]
    r = _extract("Pakistan and Oman held talks. Exports to Oman during January-April of FY2025-26 reached "
                 "$194 million.", dt.date(2026, 6, 15))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2026, 1, 1), dt.date(2026, 4, 30))]
    r = _extract("Pakistan and Oman held talks. Exports to Oman during July-April of FY2025-26 reached "
                 "$194 million, up 9pc year-on-year.", dt.date(2026, 6, 15))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 7, 1), dt.date(2026, 4, 30))]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=11), st.integers(min_value=0, max_value=11),
       st.integers(min_value=2015, max_value=2030))
def test_months_of_a_named_year_lie_in_that_year(a, b, year):
    first, last = min(a, b), max(a, b)
    if first == last:
        last = first + 1 if first < 11 else first
        first = last - 1
    r = _extract(f"Chile and Peru held talks. Chile's exports to Peru reached $310 million in the "
                 f"{_MONTHS[first]}-{_MONTHS[last]} period of {year}.", dt.date(2031, 1, 15))
    assert [_dated(x)[5:] for x in r] == [
        (dt.date(year, first + 1, 1),
         (dt.date(year + (last == 11), (last + 1) % 12 + 1, 1) - dt.timedelta(days=1)))]


def test_months_compared_with_those_of_last_year_are_a_base_not_the_period():
    r = _extract("China and Laos held talks. In the second quarter alone, bilateral trade came to 1.05 billion "
                 "dollars, 7.1 percent more than in the April-June period of last year.", dt.date(2026, 7, 20))
    assert [_dated(x) for x in r] == [
        ("trade_total", 1.05e9, "USD", None, None, dt.date(2026, 4, 1), dt.date(2026, 6, 30))]
    assert r[0]["change_pct"] == 7.1


# --- goods of any name bought or sold "worth" a sum --------------------------------------------------------


def test_goods_named_by_their_kind_bought_worth_a_sum_are_imports():
    r = _extract("Kenya and Ethiopia held talks. Ethiopia bought Kenyan tea and pharmaceuticals worth $210 million "
                 "last year.", dt.date(2026, 2, 1))
    assert [_flow(x) for x in r] == [("imports", 2.1e8, "USD", "KEN", "ETH")]


def test_a_stake_or_shares_bought_are_no_trade():
    assert _extract("Kenya and Ethiopia held talks. Ethiopia bought shares worth $210 million in a Kenyan bank.") == []
    assert _extract("Kenya and Ethiopia held talks. An Ethiopian fund bought a 20% stake worth $210 million in a "
                    "Kenyan bank.") == []


# --- "between 1990 and June 2026": a span with ends of two precisions -----------------------------------


def test_a_span_from_a_year_to_a_month_is_one_period():
    r = _extract("China and Kenya held talks. Figures from Kenya's investment agency show Chinese firms registered "
                 "820 projects worth 4.2 billion US dollars between 2000 and June 2026.", dt.date(2026, 9, 29))
    assert [_dated(x) for x in r] == [
        ("investment_projects", 820.0, "count", "CHN", "KEN", dt.date(2000, 1, 1), dt.date(2026, 6, 30)),
        ("direct_investment", 4.2e9, "USD", "CHN", "KEN", dt.date(2000, 1, 1), dt.date(2026, 6, 30))]
    r = _extract("China and Kenya held talks. Chinese investors registered 820 projects from January 2010 to 2025.")
    assert [_dated(x)[5:] for x in r] == [(dt.date(2010, 1, 1), dt.date(2025, 12, 31))]


def test_two_figures_each_with_its_date_are_no_span():
    r = _extract("China and Kenya held talks. Trade rose from $2 billion in 2010 to $9 billion in June 2026.")
    assert [_dated(x)[5:] for x in r] == [(dt.date(2010, 1, 1), dt.date(2010, 12, 31)),
                                         (dt.date(2026, 6, 1), dt.date(2026, 6, 30))]


# --- outstanding dues are a debt -----------------------------------------------------------------------------


def test_outstanding_dues_and_unpaid_bills_are_debt():
    r = _extract("Pakistan and Uzbekistan held talks. The outstanding dues of Uzbek exporters stood at around "
                 "Rs12 billion at the end of June.", dt.date(2026, 7, 8))
    assert [(x["metric"], x["value"], x["unit"]) for x in r] == [("debt", 1.2e10, "PKR")]
    r = _extract("Nepal and India held talks. Nepal's unpaid bills to Indian power traders stood at "
                 "NPR 3 billion in June.", dt.date(2026, 7, 8))
    assert [_flow(x) for x in r] == [("debt", 3e9, "NPR", "NPL", "IND")]


# --- a run of months without a year, written just after it ended -----------------------------------------


def test_a_run_of_months_written_in_the_month_after_it_is_last_years():
    r = _extract("Pakistan and Oman held talks. Exports to Oman during July-May rose 12pc to $210 million.",
                 dt.date(2026, 7, 8))
    assert [_dated(x) for x in r] == [
        ("exports", 2.1e8, "USD", "PAK", "OMN", dt.date(2025, 7, 1), dt.date(2026, 5, 31))]
    r = _extract("Pakistan and Oman held talks. Exports to Oman during the July-May period of the current fiscal "
                 "year rose 12pc to $210 million.", dt.date(2026, 7, 8))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 7, 1), dt.date(2026, 5, 31))]


def test_a_run_of_months_already_past_or_with_its_year_stays():
    r = _extract("Pakistan and Oman held talks. Exports to Oman during July-March rose 12pc to $180 million.",
                 dt.date(2026, 4, 20))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 7, 1), dt.date(2026, 3, 31))]
    r = _extract("Pakistan and Oman held talks. Exports to Oman during July 2026-May 2027 are projected at "
                 "$250 million.", dt.date(2026, 7, 8))
    assert all(x["period_start"] != dt.date(2025, 7, 1) for x in r)


# --- a standing count told in the present tense takes no period told before ------------------------------


def test_companies_operating_now_take_no_period_from_the_sentence_before():
    r = _extract("Korea and Ghana held talks. Korean investment in Ghana stood at 1.2 billion dollars at the end of "
                 "2025. Some 90 Korean firms are now operating in Ghana and employ about 6,000 Ghanaians.",
                 dt.date(2026, 5, 5))
    assert [_dated(x) for x in r] == [
        ("direct_investment", 1.2e9, "USD", "KOR", "GHA", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        ("companies", 90.0, "count", "KOR", "GHA", None, None),
        ("jobs_created", 6000.0, "jobs", "KOR", "GHA", None, None)]
    r = _extract("Turkey and Libya held talks. Trade reached $3.1 billion in 2025. Turkish firms employ some "
                 "24,000 Libyans.", dt.date(2026, 5, 5))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), (None, None)]


def test_counts_in_the_past_or_with_their_own_date_keep_a_period():
    r = _extract("Korea and Ghana held talks. Trade reached $3.8 billion in 2025. Korean firms created 1,200 "
                 "jobs in Ghana.", dt.date(2026, 5, 5))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))] * 2
    r = _extract("Korea and Ghana held talks. In 2025, some 90 Korean companies were operating in Ghana.",
                 dt.date(2026, 5, 5))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    # money told in the present tense still takes the period of the run
    r = _extract("Korea and Ghana held talks. Trade reached $3.8 billion in 2025. Exports to Ghana account for "
                 "$3.3 billion.", dt.date(2026, 5, 5))
    assert [_dated(x)[5:] for x in r] == [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))] * 2
