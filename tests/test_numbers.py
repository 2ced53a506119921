"""Tests for pipeline.extract.numbers: parse_number and find_quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import Quantity, find_measured, find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23.06 billion", 23.06e9),
        ("4.1 billion", 4.1e9),
        ("236,000", 236000),
        ("1,234,567.5", 1234567.5),
        ("five", 5),
        ("Seventeen", 17),
        ("twenty-three", 23),
        ("a hundred and twelve", 112),
        ("three hundred", 300),
        ("a dozen", 12),
        ("over a dozen", 12),
        ("half a million", 500000),
        ("1.2bn", 1.2e9),
        ("$1.2bn", 1.2e9),
        ("Rs 5 trillion", 5e12),
        ("Rs. 500 crore", 5e9),
        ("7 lakh", 7e5),
        ("40 mln", 40e6),
        ("0.75", 0.75),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)
    if value == int(value):
        assert parse_number(text) == value  # exact decimal arithmetic, no 4099999999.9999995


@pytest.mark.parametrize("text", ["", "no number here", "several", "dozens of"])
def test_parse_number_none(text):
    assert parse_number(text) is None


def _one(text: str, countries=()) -> Quantity:
    qs = [q for q in find_quantities(text, countries) if q.kind != "number"]
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("exports hit $4.75 billion last year", 4.75e9, "USD"),
        ("a loan of US$ 5 million", 5e6, "USD"),
        ("worth 12.4 billion U.S. dollars", 12.4e9, "USD"),
        ("raised USD 1.2bn", 1.2e9, "USD"),
        ("a budget of Rs 5 trillion", 5e12, "PKR"),
        ("RMB 0.8 billion in grants", 0.8e9, "CNY"),
        ("0.8 billion yuan in grants", 0.8e9, "CNY"),
        ("a €3m fund", 3e6, "EUR"),
        ("PKR 10 billion for schools", 10e9, "PKR"),
        ("about 45 million euros", 45e6, "EUR"),
        ("a £250m deal", 250e6, "GBP"),
        ("HK$2.5 billion", 2.5e9, "HKD"),
        ("an estimated $3-4 billion", 3e9, "USD"),
        ("Rs5bn", 5e9, "PKR"),
    ],
)
def test_money_forms(text, value, unit):
    q = _one(text)
    assert q.kind == "money"
    assert q.unit == unit and q.currency == unit
    assert q.value == pytest.approx(value)
    assert text[q.start : q.end] == q.surface


def test_ambiguous_rupees_follow_the_documents_countries():
    assert _one("Rs. 500 crore", ["IND", "PAK"]).unit == "INR"
    assert _one("Rs. 500 crore", ["PAK", "IND"]).unit == "PKR"
    assert _one("1.5 billion rupees", ["LKA"]).unit == "LKR"
    q = _one("Rs. 500 crore", ["IND"])
    assert q.value == pytest.approx(5e9)


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("built 640 kilometres of road", 640, "km", "measure"),
        ("a 95-km railway", 95, "km", "measure"),
        ("about 120 km of track", 120, "km", "measure"),
        ("added 1,320 megawatts", 1320, "MW", "measure"),
        ("a 660-MW plant", 660, "MW", "measure"),
        ("2.4 GW of solar", 2400, "MW", "measure"),
        ("produced 7.2 billion kilowatt-hours", 7.2e9, "kWh", "measure"),
        ("about 900 kWh", 900, "kWh", "measure"),
        ("created 75,000 jobs", 75000, "jobs", "count"),
        ("some 2,300 people", 2300, "people", "count"),
        ("nearly 4 million people", 4e6, "people", "count"),
        ("more than 650 personnel", 650, "people", "count"),
        ("trained 1,200 local engineers", 1200, "people", "count"),
        ("completed 38 projects", 38, "count", "count"),
        ("held nine meetings", 9, "count", "count"),
        ("rose 7.5 percent", 7.5, "percent", "percent"),
        ("fell 12%", 12, "percent", "percent"),
        ("a 10 to 15 km stretch", 10, "km", "measure"),
        ("up 3.1 per cent", 3.1, "percent", "percent"),
    ],
)
def test_units_and_counts(text, value, unit, kind):
    q = _one(text)
    assert (q.unit, q.kind) == (unit, kind)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "the 9th round of talks",
        "on its 75th anniversary",
        "a three-day visit",
        "the Group of 20",
        "the two countries",
        "in 2019 people took to the streets",
        "a 100m sprint",
        "the 1+2 format",
        "version 3.0",
    ],
)
def test_not_quantities(text):
    assert [q for q in find_quantities(text) if q.kind != "number"] == []


def test_several_figures_in_one_sentence_keep_their_offsets():
    text = "It created 12,000 jobs, built 85 kilometers of roads and supplied 4,100 megawatts."
    qs = [q for q in find_quantities(text) if q.kind != "number"]
    assert [(q.value, q.unit) for q in qs] == [(12000, "jobs"), (85, "km"), (4100, "MW")]
    assert [text[q.start : q.end] for q in qs] == ["12,000 jobs", "85 kilometers", "4,100 megawatts"]


# --- property tests ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip(n):
    assert parse_number(f"{n:,}") == n


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=1.0, max_value=999.0), st.sampled_from(["thousand", "million", "billion", "trillion"]))
def test_scaled_decimals_round_trip(mantissa, scale):
    value = mantissa * {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[scale]
    assert parse_number(f"{mantissa:.2f} {scale}") == pytest.approx(value, rel=0.005)


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=1e9, max_value=9.9e11))
def test_dollar_bn_round_trip(value):
    text = f"${value / 1e9:.2f}bn"
    assert parse_number(text) == pytest.approx(value, rel=0.005)
    q = _one(f"Exports reached {text} last year.")
    assert q.unit == "USD" and q.value == pytest.approx(value, rel=0.005)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["one", "two", "five", "nine", "twelve"]))
def test_word_numbers_are_parsed(n, word):
    expected = {"one": 1, "two": 2, "five": 5, "nine": 9, "twelve": 12}[word]
    assert parse_number(f"{word} projects") == expected
    assert parse_number(f"{n} projects") == n


# --- currencies of other regions (currencies.csv) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("bilateral trade reached RM98.7 billion", 98.7e9, "MYR"),
        ("an investment of RM500mil in the plant", 500e6, "MYR"),
        ("exports worth 3.1 billion ringgit", 3.1e9, "MYR"),
        ("imports of Ksh 48.2 billion", 48.2e9, "KES"),
        ("a KSh3.5bn tender", 3.5e9, "KES"),
        ("sales of 7.9 billion Kenyan shillings", 7.9e9, "KES"),
        ("loans of USh 120 billion", 120e9, "UGX"),
        ("exports of Sh112.5 billion", 112.5e9, "KES"),
        ("Tk 2,150 crore in investment", 21.5e9, "BDT"),
        ("Rp 14.3 trillion in exports", 14.3e12, "IDR"),
        ("8.5 trillion rupiah", 8.5e12, "IDR"),
        ("₱12.6 billion worth of goods", 12.6e9, "PHP"),
        ("exports of 41 billion baht", 41e9, "THB"),
        ("NPR 18 billion in grants", 18e9, "NPR"),
        ("1.4 billion birr", 1.4e9, "ETB"),
        ("₦250 billion", 250e9, "NGN"),
    ],
)
def test_money_in_other_currencies(text, value, unit):
    q = _one(text)
    assert q.kind == "money" and q.unit == unit
    assert q.value == pytest.approx(value)
    assert text[q.start : q.end] == q.surface


def test_rupees_and_shillings_follow_the_documents_countries():
    assert _one("Rs 301.5 billion", ["NPL", "CHN"]).unit == "NPR"
    assert _one("Rs 301.5 billion", ["LKA", "IND"]).unit == "LKR"
    assert _one("2.5 billion shillings", ["TZA", "KEN"]).unit == "TZS"
    assert _one("2.5 billion shillings", ["UGA"]).unit == "UGX"


@pytest.mark.parametrize("text", ["She said 5 times", "RM is a code", "the Rp team won 3 games"])
def test_currency_codes_need_a_number(text):
    assert [q for q in find_quantities(text) if q.kind == "money"] == []


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=0.1, max_value=999.9), st.sampled_from(["RM", "Ksh ", "Tk ", "Rp ", "NPR ", "₱"]),
       st.sampled_from([("million", 1e6), ("billion", 1e9), ("bln", 1e9), ("crore", 1e7)]))
def test_prefix_currency_round_trip(mantissa, prefix, scale):
    word, mult = scale
    text = f"Trade stood at {prefix}{mantissa:,.1f} {word} last year."
    q = _one(text)
    assert q.kind == "money"
    assert q.value == pytest.approx(round(mantissa, 1) * mult, rel=1e-9)
    assert text[q.start : q.end] == f"{prefix}{mantissa:,.1f} {word}"


@pytest.mark.parametrize("text,value,unit", [("Nu 2 billion", 2e9, "BTN"), ("GH¢2 billion", 2e9, "GHS")])
def test_more_currency_prefixes(text, value, unit):
    [q] = find_measured(text)
    assert (q.value, q.unit) == (value, unit)
