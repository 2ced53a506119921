"""Review of round 16: where the round's new rules over-fire on ordinary news text.  All sentences
are invented (countries, names and numbers differ from the eval sets)."""

from __future__ import annotations

from test_persons_context import _people


# --- persons_home_country: a national agency's tag on a dateline abroad ----------------------

def test_a_third_country_agency_bureau_reporting_a_visit_keeps_the_dateline_country():
    # Yonhap (Korea) writes from Hanoi about a Lao visit to Vietnam: Korea is no party, and its
    # correspondent travels with no delegation; the untitled-country minister is Vietnam's
    got = _people("HANOI, June 2 (Yonhap) -- Lao Prime Minister Somsack Vongdara arrived in Hanoi on "
                  "Monday for a two-day official visit to Vietnam.\n\nTrade Minister Nguyen Thi Lan "
                  "told reporters that the talks went well.")
    assert got["Nguyen Thi Lan"][0] == {"VNM"}


# --- currencies.csv: a new currency word that is also a Title Case name -------------------------

def test_kenya_kwanza_coalition_is_no_currency_name():
    # "kwanza" (Angola's currency) joined the currency words; "Kenya Kwanza" is Kenya's ruling
    # coalition: the country mention before it is no issuer of a currency
    from pipeline.extract.numbers import currency_word_at
    assert not currency_word_at("Kenya Kwanza lawmakers met a Tanzanian delegation in Arusha.", 5)


def test_a_lower_case_or_capitals_kwanza_after_a_country_is_a_currency_name():
    # near miss: the currency itself still closes a country's name
    from pipeline.extract.numbers import currency_word_at
    assert currency_word_at("the Angola kwanza weakened", 10)
    assert currency_word_at("ANGOLA KWANZA", 6)


# --- persons_home_country: "City:" colon dateline -----------------------------------------------

def test_a_speakers_label_that_is_a_city_before_a_first_person_quote_is_no_dateline():
    # "Victoria" (a first name, and the Seychelles' capital) labels a speaker's words, not a dateline
    got = _people("Victoria: We expect to sign the fisheries agreement with Mauritius next month, the "
                  "minister told parliament on Tuesday.\n\nForeign Minister Paul Hoareau said on Monday "
                  "that talks went well.")
    assert got["Paul Hoareau"][0] == {None}
