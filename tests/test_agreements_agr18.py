"""Agreement rules for unseen news (round 18): a date inside a relative clause about the signatories
(", which established diplomatic relations on ...,") is not the signing's; an earlier round told with
a participle ("since the 6th meeting, held in Santiago in May 2024") moves no narrative time; a date
of an earlier year closing an "anniversary of" phrase is background, so "The same day" stays on the
day of the story; "have signed X before" is an experience, no signing; a count with a participle
and a span ("the 45 agreements signed since 1995") is a cumulative total; a page's "Posted On:" label
dates the page. Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates
from pipeline.ingest import _dateline
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["name"], r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"])
            for r in _run(text, ref)]


# --- a relative clause about the signatories ----------------------------------------------------


def test_a_date_in_a_which_clause_about_the_signatories_is_not_the_signing():
    text = ("Santiago Herald\n\nTuesday, 10 March 2026\n\n"
            "Chile and Peru, which established diplomatic relations on 5 June 1961, signed an Agreement on "
            "Border Cooperation in 2008.\n")
    assert _rows(text, dt.date(2026, 3, 10)) == [
        ("Agreement on Border Cooperation", "agreement", None, dt.date(2008, 1, 1), "year")]
    # (a "which" clause telling the instrument's entry into force still dates it)
    text = ("Santiago Herald\n\nTuesday, 10 March 2026\n\n"
            "Chile and Peru signed the Agreement on Border Cooperation, which entered into force on 5 June 2009.\n")
    [r] = _run(text, dt.date(2026, 3, 10))
    assert (r["effective_date"], r["effective_precision"]) == (dt.date(2009, 6, 5), "day")


# --- an earlier round told with a participle --------------------------------------------------


def test_an_earlier_round_with_a_participle_moves_no_narrative_time():
    text = ("Ministry of Defence\n\nFriday, 20 March 2026\n\n"
            "The 7th meeting of the Chile-Peru Joint Working Group on Defence was held in Lima yesterday. "
            "The two sides reviewed progress since the 6th meeting, held in Santiago in May 2024, and agreed "
            "to hold the next meeting in Chile in 2027. "
            "A Memorandum of Understanding on naval hydrography was signed at the end of the meeting.\n")
    assert _rows(text, dt.date(2026, 3, 20)) == [
        ("Memorandum of Understanding on naval hydrography", "mou", None, dt.date(2026, 3, 19), "day")]


# --- an anniversary's date and "the same day" ---------------------------------------------------


def test_the_same_day_after_an_anniversarys_date_is_the_day_of_the_story():
    text = ("Embassy of Ghana, Lome\n\nFriday, 8 May 2026\n\n"
            "On Wednesday, the Ambassador met the Deputy Minister of Trade of Togo ahead of the 60th anniversary "
            "of the establishment of diplomatic relations on 12 May 1966. "
            "The same day, the Ambassador witnessed the signing of a Memorandum of Understanding between the "
            "Ghana Export Promotion Authority and the Togolese chamber of commerce on fairs and exhibitions.\n")
    [r] = _run(text, dt.date(2026, 5, 8))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("mou", dt.date(2026, 5, 6), "day")


_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=40, deadline=None)
@given(st.dates(dt.date(2001, 1, 10), dt.date(2090, 12, 31)), st.integers(1, 6), st.integers(1, 80),
       st.integers(1, 28), st.integers(1, 12))
def test_the_same_day_after_an_anniversary_property(ref, back, years, day, month):
    told = ref - dt.timedelta(days=back)
    old = dt.date(ref.year - years, month, day)
    ctx = DateContext(ref, "day")
    parse_dates(f"On {_WEEKDAYS[told.weekday()]}, the envoy met the minister before the anniversary of "
                f"the establishment of relations on {day} {old.strftime('%B')} {old.year}.", ctx)
    [same] = parse_dates("The same day, the envoy met the speaker.", ctx)
    assert same.value.start == told


# --- experiences and cumulative totals --------------------------------------------------------


def test_have_signed_plural_instruments_before_is_no_signing():
    text = ("Accra Mirror\n\nFriday, 5 June 2026\n\n"
            "Ghana and Togo signed four memoranda of understanding in Lome on Wednesday.\n\n"
            "\"We have signed protocols before,\" said a professor of history at the University of Lome.\n")
    assert _rows(text, dt.date(2026, 6, 5)) == [(None, "mou", 4, dt.date(2026, 6, 3), "day")]


def test_a_count_with_a_participle_and_a_span_is_a_cumulative_total():
    text = ("Accra Mirror\n\nFriday, 5 June 2026\n\n"
            "Ghana and Togo signed four memoranda of understanding in Lome on Wednesday.\n\n"
            "\"Of the 45 agreements signed since 1995, only a dozen are in force,\" a historian said.\n")
    assert _rows(text, dt.date(2026, 6, 5)) == [(None, "mou", 4, dt.date(2026, 6, 3), "day")]


# --- a page's "Posted On:" label ------------------------------------------------------------------


def test_a_posted_on_label_with_a_capital_on_dates_the_page():
    text = ("Ministry of Earth Sciences\nIndia and Chile sign MoU on seismology\n\n"
            "Posted On: 04 MAR 2026 6:10PM by PIB Delhi\n\nIndia and Chile signed a memorandum today.\n")
    assert _dateline(text) == dt.date(2026, 3, 4)


# --- instruments told only by their entry into force -----------------------------------------


def test_an_instrument_told_only_by_its_entry_into_force_takes_no_signing_from_another_clause():
    text = ("Hanoi Times\n\nMonday, 18 May 2026\n\n"
            "Last month the ministers discussed the Chile-Vietnam Free Trade Agreement, which entered into force "
            "in 2014.\n")
    [r] = _run(text, dt.date(2026, 5, 18))
    assert (r["signed_date"], r["effective_date"], r["effective_precision"]) == (None, dt.date(2014, 1, 1), "year")


def test_a_date_opening_the_clause_of_an_entry_into_force_is_its_date():
    text = "Hanoi Times\n\nMonday, 18 May 2026\n\nOn 1 March 2026 the Chile-Vietnam Free Trade Agreement entered into force.\n"
    [r] = _run(text, dt.date(2026, 5, 18))
    assert (r["signed_date"], r["effective_date"], r["effective_precision"]) == (None, dt.date(2026, 3, 1), "day")


# --- a regional bloc's trade in goods agreement -------------------------------------------------


def test_a_blocs_trade_in_goods_agreement_with_a_partner_is_a_free_trade_agreement():
    text = ("Hanoi Times\n\nMonday, 18 May 2026\n\n"
            "Officials said the fifth meeting of the trade sub-commission, held in Hanoi last month, had agreed to "
            "review the rules of origin under the ASEAN-China Trade in Goods Agreement (ACTIG), which came into "
            "force for China and Vietnam in 2005.\n")
    [r] = _run(text, dt.date(2026, 5, 18))
    assert (r["agreement_type"], r["signed_date"], r["effective_date"]) == (
        "free_trade_agreement", None, dt.date(2005, 1, 1))
    # (a bilateral one stays a trade agreement)
    text = "Ankara Daily\n\nMonday, 18 May 2026\n\nPakistan and Turkiye signed a Trade in Goods Agreement on Friday.\n"
    [r] = _run(text, dt.date(2026, 5, 18))
    assert r["agreement_type"] == "trade_agreement"


def test_the_acronym_of_a_blocs_trade_in_goods_agreement_keeps_its_type():
    text = ("Jakarta Globe\n\nMonday, 18 May 2026\n\n"
            "Indonesia and South Korea agreed on Friday to fast-track a review of the ASEAN-Korea Trade in Goods "
            "Agreement (AKTIGA). The AKTIGA was signed in Kuala Lumpur on 24 August 2006 and entered into force on "
            "1 June 2007.\n")
    rows = _run(text, dt.date(2026, 5, 18))
    assert [(r["surface"], r["agreement_type"]) for r in rows] == [
        ("ASEAN-Korea Trade in Goods Agreement", "free_trade_agreement"), ("AKTIGA", "free_trade_agreement")]
