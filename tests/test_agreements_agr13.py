"""Agreement rules for unseen news (round 13): an instrument that is the object of an anniversary is
signed that many years before the anniversary's date; a bare "the agreement" after a sentence
naming one more specific instrument without a signing of its own is that instrument; a partitive
list lead ("Among the documents signed are:") is the batch told before, its items examples; a
definite title cut short ("The Agreement on Mutual Visa Exemption shall enter into force ...") is
the longer title of the same document; an instrument a joint statement announces is its content,
no instrument of its own. Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.agreement_anniversaries import anniversary_before, years_ago_before, years_before
from pipeline.extract.agreement_contents import announced_by_instrument
from pipeline.extract.agreement_repeats import type_told_before
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["agreement_type"], r["name"], r["signed_date"], r["signed_precision"], r["quantity"])
            for r in _run(text, ref)]


# --- anniversaries ------------------------------------------------------------------------------


def test_the_month_of_an_ordinal_anniversary_dates_the_signing_that_many_years_before():
    text = ("Lima news\n\nNoting that this month marks the tenth anniversary of the signing of the "
            "comprehensive strategic agreement between Peru and Chile, the president urged faster "
            "implementation.\n")
    [r] = _run(text, dt.date(2026, 3, 18))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2016, 3, 1), "month")
    assert r["countries"] == ["CHL", "PER"]


def test_the_day_of_an_anniversary_in_digits_keeps_its_day():
    text = ("Accra news\n\nOn 12 May 2026, Ghana and Togo marked the 25th anniversary of the signing "
            "of the fisheries treaty.\n")
    [r] = _run(text, dt.date(2026, 5, 13))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("treaty", dt.date(2001, 5, 12), "day")


def test_an_anniversary_without_a_number_tells_no_signing_date():
    text = "Lima news\n\nOn Monday, Peru and Chile celebrated the anniversary of the signing of the border treaty.\n"
    [r] = _run(text, dt.date(2026, 3, 18))
    assert (r["agreement_type"], r["signed_date"]) == ("treaty", None)


def test_a_date_written_after_the_instrument_is_the_signing_itself():
    text = ("Lima news\n\nPeru and Chile on Monday marked the 10th anniversary of the border treaty "
            "signed on 5 May 2016.\n")
    [r] = _run(text, dt.date(2026, 5, 5))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2016, 5, 5), "day")


def test_anniversary_before_reads_word_and_digit_ordinals():
    text = "marks the twenty-fifth anniversary of the signing of the Treaty of Friendship"
    a = anniversary_before(text, text.index("Treaty"))
    assert a is not None and a.years == 25 and text[a.start:].startswith("twenty-fifth")
    text = "on the 30th anniversary of their border agreement"
    assert anniversary_before(text, text.index("agreement")).years == 30
    text = "an anniversary dinner; the agreement"
    assert anniversary_before(text, text.index("agreement")) is None


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["year", "month", "day"]), st.integers(min_value=1, max_value=150))
def test_years_before_keeps_the_precision_and_moves_only_the_year(d, precision, years):
    out, p = years_before(d, precision, years)
    assert out.year == d.year - years
    if precision == "year":
        assert (out.month, out.day, p) == (1, 1, "year")
    elif precision == "month":
        assert (out.month, out.day, p) == (d.month, 1, "month")
    elif (d.month, d.day) == (2, 29) and p == "month":
        assert (out.month, out.day) == (2, 1)  # (a leap day the earlier year lacks: only its month)
    else:
        assert (out.month, out.day, p) == (d.month, d.day, "day")


# --- a bare "the agreement" after an instrument told without a signing -----------------------------


def test_the_agreement_after_a_trade_agreement_in_force_is_that_trade_agreement():
    text = ("Trade news\n\nTrade between Chile and Thailand has been governed since 2015 by a free trade "
            "agreement. The agreement was signed in Bangkok on 4 October 2013 and entered into force in 2015.\n")
    [r] = _run(text, dt.date(2026, 3, 18))
    assert (r["agreement_type"], r["signed_date"]) == ("free_trade_agreement", dt.date(2013, 10, 4))
    assert r["effective_date"] == dt.date(2015, 1, 1)


def test_the_agreement_after_negotiations_on_a_preferential_trade_agreement():
    text = ("Trade news\n\nNegotiations on a preferential trade agreement between Peru and Korea began in 2008. "
            "The agreement was signed in 2010.\n")
    assert _rows(text, dt.date(2026, 3, 18)) == [("trade_agreement", None, dt.date(2010, 1, 1), "year", None)]


def test_the_type_told_before_needs_one_specific_singular_instrument():
    assert type_told_before("Ties rest on a 1998 investment treaty.") == "treaty"
    assert type_told_before("Ties rest on an FTA and a tax treaty.") is None
    assert type_told_before("Ties rest on a framework agreement.") is None
    assert type_told_before("They signed three protocols.") is None


# --- a partitive list lead ------------------------------------------------------------------------


def test_a_partitive_list_lead_is_the_batch_told_before_and_its_items_share_its_day():
    text = ("Riga news\n\nVILNIUS, May 6 - Lithuania and Latvia on Tuesday signed nine documents at their "
            "joint government session.\n\nThe ministers also discussed energy.\n\nThe prime ministers praised "
            "the talks.\n\nAmong the documents signed are:\n- an agreement on border control at the Medumi "
            "checkpoint;\n- a memorandum on cooperation in rail transport.\n")
    rows = _rows(text, dt.date(2026, 5, 6))
    tuesday = dt.date(2026, 5, 5)
    assert [(t, q) for t, _n, _d, _p, q in rows] == [("agreement", 9), ("agreement", 9), ("agreement", 1), ("mou", 1)]
    assert {(d, p) for _t, _n, d, p, _q in rows} == {(tuesday, "day")}


def test_a_partitive_lead_without_an_earlier_batch_gives_no_count_of_its_items():
    text = ("Riga news\n\nLithuania and Latvia held a joint government session on 5 May 2026.\n\n"
            "Among the documents signed were:\n- an agreement on border control;\n"
            "- a memorandum on rail transport;\n- a protocol on fisheries.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert [r["quantity"] for r in rows if r["surface"] == "documents"] in ([], [None])
    assert sorted(r["agreement_type"] for r in rows if r["quantity"] == 1) == ["agreement", "mou", "protocol"]


# --- a definite title cut short -------------------------------------------------------------------


def test_a_definite_shortened_title_takes_the_full_title_of_the_listed_instrument():
    text = ("Joint Statement\n\nDuring the visit, Vietnam and Cuba signed the following documents:\n"
            "(a) Agreement on Mutual Visa Exemption for Holders of Diplomatic Passports;\n"
            "(b) Memorandum of Understanding on Fisheries.\n\n"
            "The Agreement on Mutual Visa Exemption shall enter into force on 1 October 2026.\n")
    rows = [r for r in _run(text, dt.date(2026, 5, 9)) if r["agreement_type"] == "agreement" and r["name"]]
    assert [r["name"] for r in rows] == ["Agreement on Mutual Visa Exemption for Holders of Diplomatic Passports"] * 2
    assert rows[1]["effective_date"] == dt.date(2026, 10, 1)


def test_a_shortened_title_fitting_two_longer_titles_keeps_its_own_name():
    text = ("Joint Statement\n\nDuring the visit, Vietnam and Cuba signed the following documents:\n"
            "(a) Agreement on Visa Exemption for Holders of Diplomatic Passports;\n"
            "(b) Agreement on Visa Exemption for Holders of Service Passports.\n\n"
            "The Agreement on Visa Exemption shall enter into force on 1 October 2026.\n")
    rows = [r for r in _run(text, dt.date(2026, 5, 9)) if r["effective_date"] is not None]
    assert [r["name"] for r in rows] == ["Agreement on Visa Exemption"]


# --- an instrument a joint statement announces ------------------------------------------------------


def test_an_action_plan_announced_by_a_joint_statement_is_its_content():
    text = ("Lima news\n\nLIMA, May 6 - The presidents of Peru and Chile held talks on Tuesday. They also "
            "issued a Joint Statement announcing a Green Hydrogen Action Plan for 2026-2030.\n")
    assert _rows(text, dt.date(2026, 5, 6)) == [("joint_statement", None, dt.date(2026, 5, 5), "day", None)]


def test_an_action_plan_signed_beside_a_joint_statement_stays_an_instrument():
    text = ("Lima news\n\nLIMA, May 6 - The presidents of Peru and Chile held talks on Tuesday. They also "
            "issued a Joint Statement and signed a Green Hydrogen Action Plan for 2026-2030.\n")
    assert [t for t, *_ in _rows(text, dt.date(2026, 5, 6))] == ["joint_statement", "other"]


def test_announced_by_instrument_needs_a_verb_of_saying_right_after_the_other_instrument():
    text = "a declaration which unveiled a Roadmap for Digital Trade"
    assert announced_by_instrument(text, text.index("Roadmap"), [(2, 13)])
    text = "a declaration and a Roadmap for Digital Trade"
    assert not announced_by_instrument(text, text.index("Roadmap"), [(2, 13)])


def test_an_instrument_signed_in_a_clause_after_an_anniversary_is_not_its_object():
    text = "Marking the 30th anniversary of ties China and Peru signed a treaty"
    assert anniversary_before(text, text.index("treaty")) is None
    text = "this month marks the fifth anniversary of the signing of the pact"
    assert anniversary_before(text, text.index("pact")).years == 5


# --- a periphrastic signing -----------------------------------------------------------------------


def test_putting_signatures_to_memoranda_is_a_signing():
    text = ("Dakar news\n\nDAKAR: Senegal and Gambia on Monday reviewed their relationship at the fourth session "
            "of the joint commission in Banjul, and the two sides put their signatures to six memoranda of "
            "understanding at the end of the session.\n")
    [r] = _run(text, dt.date(2026, 7, 8))
    assert (r["agreement_type"], r["quantity"], r["signed_date"]) == ("mou", 6, dt.date(2026, 7, 6))
    assert r["countries"] == ["GMB", "SEN"]


def test_affixing_signatures_on_a_treaty_is_a_signing():
    text = "Border news\n\nOn 3 March 2026 the ministers of Benin and Niger affixed their signatures on a border treaty.\n"
    [r] = _run(text, dt.date(2026, 3, 5))
    assert (r["agreement_type"], r["signed_date"]) == ("treaty", dt.date(2026, 3, 3))


# --- a programme "for ... Cooperation" and its period in parentheses ------------------------------


def test_a_programme_for_cooperation_listed_as_a_signed_item_keeps_the_leads_date():
    text = ("Joint Statement\n\nDuring the visit, Vietnam and Cuba signed seven cooperation documents, including:\n\n"
            "(a) Agreement on Mutual Visa Exemption;\n"
            "(b) Five-Year Programme for Scientific and Technological Cooperation (2026-2030).\n")
    rows = {r["agreement_type"]: r for r in _run(text, dt.date(2026, 5, 9))}
    prog = rows["executive_program"]
    assert prog["name"] == "Five-Year Programme for Scientific and Technological Cooperation"
    assert (prog["signed_date"], prog["signed_precision"], prog["quantity"]) == (dt.date(2026, 5, 1), "month", 1)


def test_a_programme_for_cooperation_without_a_signing_is_no_instrument():
    text = "Havana news\n\nThe government launched a programme for agricultural cooperation with rural cooperatives on 3 May 2026.\n"
    assert _run(text, dt.date(2026, 5, 9)) == []


# --- years since, years ago ---------------------------------------------------------------------


def test_a_count_of_years_since_the_signing_moves_the_day_back():
    text = "Lima news\n\nFriday marks 50 years since the signing of the Treaty of Friendship between Peru and Chile.\n"
    [r] = _run(text, dt.date(2026, 3, 18))
    assert (r["name"], r["signed_date"], r["signed_precision"]) == ("Treaty of Friendship", dt.date(1976, 3, 13), "day")


def test_a_month_after_years_ago_is_that_many_years_before():
    text = ("Lima news\n\nThe Treaty of Friendship between Peru and Chile, signed 30 years ago this month, "
            "was hailed on Monday.\n")
    [r] = _run(text, dt.date(2026, 3, 18))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(1996, 3, 1), "month")


def test_years_ago_before_reads_the_count_right_before_a_date():
    text = "signed twelve years ago this month"
    assert years_ago_before(text, text.index("this")) == 12
    text = "years ago, and this month"
    assert years_ago_before(text, text.index("this")) is None


# --- a possessive ending is no word of a title ---------------------------------------------------


def test_a_possessive_instrument_without_a_signing_gives_no_row():
    text = "Lima news\n\nPeru and Chile praised the treaty's results on Monday.\n"
    assert _run(text, dt.date(2026, 3, 18)) == []


def test_a_titled_instrument_keeps_its_name_before_a_possessive():
    text = "Lima news\n\nPeru and Chile on Monday welcomed the Callao Agreement's entry into force.\n"
    assert [r["name"] for r in _run(text, dt.date(2026, 3, 18))] == ["Callao Agreement"]


def test_a_partitive_of_documents_signed_in_another_year_is_no_reference_to_the_batch():
    text = ("Riga news\n\nRIGA, May 6 - Lithuania and Latvia on Tuesday signed nine agreements.\n\n"
            "Among the documents signed in 2019 was a treaty on borders.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert [r["quantity"] for r in rows] == [9, None, None]


def test_an_inline_partitive_sentence_refers_to_the_batch():
    text = ("Riga news\n\nRIGA, May 6 - Lithuania and Latvia on Tuesday signed nine agreements.\n\n"
            "The premiers praised the talks.\n\n"
            "Among the agreements signed were an MoU on rail transport and a protocol on fisheries.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    assert [(r["surface"], r["quantity"], r["signed_date"]) for r in rows[:2]] == [
        ("nine agreements", 9, dt.date(2026, 5, 5)), ("agreements", 9, dt.date(2026, 5, 5))]
    assert [r["agreement_type"] for r in rows[2:]] == ["mou", "protocol"]


def test_a_shortened_title_is_not_a_longer_coordinated_title():
    text = ("Joint Statement\n\nDuring the visit, Vietnam and Cuba signed the following documents:\n"
            "(a) Agreement on Economic Cooperation and Technical Assistance;\n"
            "(b) Memorandum of Understanding on Fisheries.\n\n"
            "The Agreement on Economic Cooperation shall enter into force on 1 October 2026.\n")
    rows = [r for r in _run(text, dt.date(2026, 5, 9)) if r["effective_date"] is not None]
    assert [r["name"] for r in rows] == ["Agreement on Economic Cooperation"]

