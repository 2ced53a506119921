"""Agreement rules added for unseen articles (own sentences, other countries than the dev sets)."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl
import pytest

from pipeline.extract.agreements import SentenceContext, extract_agreements, find_agreements
from pipeline.extract.countries import country_mentions, find_countries
from pipeline.model import DOCUMENTS, PERSON_MENTIONS, SENTENCES


def _find(text, dates=(), pair=(), fallback=None, **kw) -> list[dict]:
    ds = []
    for surface, value, prec in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), value, prec))
    if fallback is not None:
        kw["fallback_date"] = fallback
    ctx = SentenceContext(
        countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
        dates=ds, pair=tuple(pair), dyad=tuple(pair), **kw,
    )
    return find_agreements(text, ctx)


def _doc(text: str, ref: dt.date) -> pl.DataFrame:
    return pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": ref, "reference_date": ref, "reference_precision": "day", "text": text,
          "content_sha256": "x"}],
        schema=DOCUMENTS,
    )


def _lines(text: str) -> pl.DataFrame:
    """One sentence per line; a list marker at a line's start stays outside the sentence."""
    rows, pos = [], 0
    for sid, line in enumerate(text.split("\n")):
        m = re.match(r"\s*(?:[-•]|\d+\.)?\s*", line)
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": pos + m.end(), "char_end": pos + len(line),
                     "text": line[m.end():], "is_boilerplate": False})
        pos += len(line) + 1
    return pl.DataFrame(rows, schema=SENTENCES)


def _dates(text, sents, items) -> pl.DataFrame:
    """items: (surface, start, end, precision)."""
    rows = []
    for surface, d0, d1, prec in items:
        s = text.index(surface)
        sid = sents.filter((pl.col("char_start") <= s) & (pl.col("char_end") > s))["sentence_id"][0]
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(surface),
                     "surface": surface, "date_start": d0, "date_end": d1, "precision": prec,
                     "kind": "explicit", "qualifier": None})
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                      "char_end": pl.Int32, "surface": pl.String, "date_start": pl.Date,
                                      "date_end": pl.Date, "precision": pl.String, "kind": pl.String,
                                      "qualifier": pl.String})


def _extract(text: str, ref: dt.date, dates) -> list[dict]:
    sents = _lines(text)
    out = extract_agreements(sents, _doc(text, ref), pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents),
                             _dates(text, sents, dates))
    return out.sort("char_start").to_dicts()


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Japan signed an economic partnership agreement in May 2011.",
        "The two countries signed a CEPA in 2019.",
        "Malaysia and Chile signed a comprehensive economic cooperation agreement in 2010.",
    ],
)
def test_economic_partnership_agreements_are_free_trade_agreements(text):
    [r] = _find(text, pair=("PER", "JPN"))
    assert r["agreement_type"] == "free_trade_agreement"


def test_a_titled_economic_partnership_agreement_keeps_its_name():
    text = "The Japan-Peru Economic Partnership Agreement entered into force in March 2012."
    [r] = _find(text, dates=[("March 2012", dt.date(2012, 3, 1), "month")], pair=("PER", "JPN"))
    assert (r["agreement_type"], r["name"]) == ("free_trade_agreement", "Japan-Peru Economic Partnership Agreement")
    assert r["effective_date"] == dt.date(2012, 3, 1)


def test_the_years_of_a_cooperation_programme_are_no_signing_date():
    text = "The ministers signed a programme of military cooperation for 2026-2027."
    [r] = _find(text, dates=[("2026-2027", dt.date(2026, 1, 1), "year")], pair=("GHA", "TGO"),
                fallback=(dt.date(2025, 9, 2), "day"))
    assert r["agreement_type"] == "executive_program"
    # the sentence has no date of its own: the narrative date (here the fallback) dates the signing
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2025, 9, 2), "day")


def test_a_cooperation_programme_is_an_executive_programme():
    [r] = _find("Chile and Peru signed a cultural exchange programme on Monday.",
                dates=[("Monday", dt.date(2024, 5, 6), "day")], pair=("CHL", "PER"))
    assert (r["agreement_type"], r["signed_date"]) == ("executive_program", dt.date(2024, 5, 6))


def test_a_date_of_a_coordinated_clause_before_the_signing_verb_is_not_its_date():
    text = ("Chile and Peru established diplomatic relations on 3 March 1950, and signed the Treaty of "
            "Friendship on 12 June 1962.")
    [r] = _find(text, dates=[("3 March 1950", dt.date(1950, 3, 3), "day"),
                             ("12 June 1962", dt.date(1962, 6, 12), "day")], pair=("CHL", "PER"))
    assert (r["name"], r["signed_date"]) == ("Treaty of Friendship", dt.date(1962, 6, 12))


def test_a_date_right_before_the_signing_verb_still_dates_it():
    text = "On 12 June 1962 the two countries signed the Treaty of Friendship."
    [r] = _find(text, dates=[("12 June 1962", dt.date(1962, 6, 12), "day")], pair=("CHL", "PER"))
    assert r["signed_date"] == dt.date(1962, 6, 12)


def test_a_page_timestamp_is_not_the_lede_date():
    text = ("Last Updated: Jun 5 2024 | 10:15 AM\n"
            "Kenyan and Ugandan ministers held talks in Kampala on Tuesday.\n"
            "Three MoUs were signed in the presence of the two ministers.")
    dates = [("Jun 5 2024", dt.date(2024, 6, 5), dt.date(2024, 6, 5), "day"),
             ("Tuesday", dt.date(2024, 6, 4), dt.date(2024, 6, 4), "day")]
    [r] = _extract(text, dt.date(2024, 6, 5), dates)
    assert (r["quantity"], r["signed_date"], r["signed_precision"]) == (3, dt.date(2024, 6, 4), "day")


def test_issued_at_the_conclusion_of_a_visit_is_dated_by_its_last_day():
    text = ("Visit of the President of Chile to Peru (3-5 May 2023)\n"
            "The presidents held talks in Lima.\n"
            "A Joint Statement was issued at the conclusion of the visit.")
    dates = [("3-5 May 2023", dt.date(2023, 5, 3), dt.date(2023, 5, 5), "day")]
    [r] = _extract(text, dt.date(2023, 5, 5), dates)
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == (
        "joint_statement", dt.date(2023, 5, 5), "day")


def test_a_list_lead_without_a_count_is_the_batch_of_its_items():
    text = ("Accra, 4 June 2024\n"
            "The following Memoranda of Understanding were exchanged in the presence of the two presidents:\n"
            "- MoU on Fisheries;\n"
            "- MoU on Tourism;\n"
            "- MoU on Mining.")
    rows = _extract(text, dt.date(2024, 6, 4), [("4 June 2024", dt.date(2024, 6, 4), dt.date(2024, 6, 4), "day")])
    assert [(r["name"], r["quantity"]) for r in rows] == [
        (None, 3), ("MoU on Fisheries", 1), ("MoU on Tourism", 1), ("MoU on Mining", 1)]
    assert all(r["signed_date"] == dt.date(2024, 6, 4) for r in rows)


@pytest.mark.parametrize(
    "text, expected",
    [("Chile and Peru signed an agreement and an MoU on Tuesday.", [("agreement", None), ("mou", None)]),
     # a count over two coordinated plurals is one batch
     ("On Tuesday, Chile and Peru signed seven agreements and memoranda of understanding on trade.",
      [("agreement", 7)])],
)
def test_instruments_coordinated_under_one_signing_verb_share_its_date(text, expected):
    rows = _find(text, dates=[("Tuesday", dt.date(2024, 5, 7), "day")], pair=("CHL", "PER"))
    assert [(r["agreement_type"], r["quantity"]) for r in rows] == expected
    assert all(r["signed_date"] == dt.date(2024, 5, 7) for r in rows)


@pytest.mark.parametrize(
    "text,name",
    [("In August 2022 the two countries signed the Trade in Goods Agreement.", "Trade in Goods Agreement"),
     ("In 2019 Chile and Peru signed the Avoidance of Double Taxation Agreement.",
      "Avoidance of Double Taxation Agreement"),
     ("Chile and Peru signed an agreement on trade in 2020.", "Agreement on trade")],
)
def test_a_title_extends_left_over_connectors_between_title_words(text, name):
    [r] = _find(text, pair=("CHL", "PER"))
    assert r["name"] == name


def test_a_named_declaration_and_a_penned_deal_are_instruments():
    [r] = _find("Ghana and Togo adopted the Accra Declaration on Maritime Security in 2022.",
                dates=[("2022", dt.date(2022, 1, 1), "year")], pair=("GHA", "TGO"))
    assert (r["name"], r["agreement_type"]) == ("Accra Declaration on Maritime Security", "joint_statement")
    [r] = _find("Chile and Peru on Friday penned a deal on lithium exports.",
                dates=[("Friday", dt.date(2024, 5, 10), "day")], pair=("CHL", "PER"))
    assert (r["agreement_type"], r["signed_date"]) == ("other", dt.date(2024, 5, 10))


def test_over_before_a_count_is_a_quantifier_not_a_preposition():
    text = ("The two presidents witnessed the signing of over 20 cooperation documents in such fields as "
            "agriculture and mining.")
    [r] = _find(text, dates=[], pair=("KAZ", "UZB"), fallback=(dt.date(2024, 7, 2), "day"))
    assert (r["quantity"], r["topics"]) == (20, ["agriculture", "mining"])


def test_a_line_with_only_a_date_is_not_the_lede():
    text = ("Presidents of Ghana and Togo hold talks\n"
            "2024-07-03\n"
            "On July 2, the presidents of Ghana and Togo held talks in Lome.\n"
            "After the talks, they signed a Joint Communique.")
    dates = [("2024-07-03", dt.date(2024, 7, 3), dt.date(2024, 7, 3), "day"),
             ("July 2", dt.date(2024, 7, 2), dt.date(2024, 7, 2), "day")]
    [r] = _extract(text, dt.date(2024, 7, 3), dates)
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2024, 7, 2), "day")


def test_a_year_before_a_lowercase_instrument_is_its_signing_year():
    text = "The two countries agreed to renew the 2014 memorandum of understanding on labour cooperation."
    [r] = _find(text, dates=[("2014", dt.date(2014, 1, 1), "year")], pair=("VNM", "KHM"))
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("mou", dt.date(2014, 1, 1), "year")



# --- devset3 generalisation (own sentences) -------------------------------------------------------


def test_trade_and_payments_and_economic_complementation_agreements_are_trade_agreements():
    [r] = _find("Chile and Peru signed a trade and payments agreement in 1981.", pair=("CHL", "PER"))
    assert r["agreement_type"] == "trade_agreement"
    [r] = _find("Trade between them is governed by Economic Complementation Agreement No. 38, which Chile and Peru "
                "signed in 1998.", pair=("CHL", "PER"))
    assert r["agreement_type"] == "trade_agreement"


def test_a_named_framework_that_was_adopted_is_an_instrument_but_the_framework_of_is_not():
    [r] = _find("The Canada-Chile Framework for Clean Growth was adopted in 2019.", pair=("CAN", "CHL"))
    assert r["agreement_type"] == "other" and r["name"].startswith("Canada-Chile Framework for Clean Growth")
    rows = _find("Within the framework of the partnership, Chile and Peru signed two MoUs.", pair=("CHL", "PER"))
    assert [r["agreement_type"] for r in rows] == ["mou"]


def test_an_agreement_between_several_named_parties_is_signed_by_the_passive_after_them():
    text = ("The power purchase agreement between the Ghana Grid Company (GRIDCo), the Volta River Authority and "
            "Togo's national utility was signed in Accra.")
    [r] = _find(text, pair=("GHA", "TGO"))
    assert {p["country_iso3"] for p in r["parties"]} >= {"GHA", "TGO"}
    # the "and" of a clause still breaks the link
    assert _find("The agreement between Ghana and Togo expired, and a new protocol was prepared.", pair=("GHA", "TGO")) == []


def test_the_end_of_a_session_told_just_before_takes_that_session_s_day():
    text = ("LIMA, May 7 -- Peruvian President met on Wednesday with visiting Chilean Foreign Minister.\n"
            "On Tuesday, the two foreign ministers co-chaired the third session of the Joint Commission, set up in 2012.\n"
            "At the end of the commission's session, the ministers witnessed the signing of four agreements on trade.")
    dates = [("May 7", dt.date(2025, 5, 7), dt.date(2025, 5, 7), "day"),
             ("Wednesday", dt.date(2025, 5, 7), dt.date(2025, 5, 7), "day"),
             ("Tuesday", dt.date(2025, 5, 6), dt.date(2025, 5, 6), "day"),
             ("2012", dt.date(2012, 1, 1), dt.date(2012, 12, 31), "year")]
    [r] = _extract(text, dt.date(2025, 5, 7), dates)
    assert (r["quantity"], r["signed_date"], r["signed_precision"]) == (4, dt.date(2025, 5, 6), "day")


def test_witnessing_the_exchange_of_instruments_is_a_signing_but_an_exchange_of_views_is_not():
    [r] = _find("The two presidents witnessed the exchange of four memoranda of understanding.", pair=("GHA", "TGO"))
    assert (r["agreement_type"], r["quantity"]) == ("mou", 4)
    assert _find("Ghana and Togo held an exchange of views on the free trade agreement.", pair=("GHA", "TGO")) == []


def test_a_second_instrument_after_and_a_is_its_own_row_and_shares_the_signing():
    text = ("On 4 May 2024 the two presidents signed the Treaty on the Maritime Boundary, together with an "
            "agreement on the joint management of fisheries and a protocol on the reopening of border posts.")
    rows = _find(text, dates=[("4 May 2024", dt.date(2024, 5, 4), "day")], pair=("GHA", "TGO"))
    assert [(r["agreement_type"], r["name"], r["signed_date"]) for r in rows] == [
        ("treaty", "Treaty on the Maritime Boundary", dt.date(2024, 5, 4)),
        ("agreement", "Agreement on the joint management of fisheries", dt.date(2024, 5, 4)),
        ("protocol", "Protocol on the reopening of border posts", dt.date(2024, 5, 4)),
    ]


def test_an_mou_after_and_an_ends_the_complement_of_the_first_instrument():
    text = "Last week the ministers signed a memorandum on cooperation in aquaculture and an MoU on port security."
    names = [r["name"] for r in _find(text, pair=("GHA", "TGO"), fallback=(dt.date(2025, 2, 3), "day"))]
    assert names == ["Memorandum on cooperation in aquaculture", "MoU on port security"]


def test_an_instrument_coordinated_after_a_treaty_between_parties_shares_its_signing():
    text = ("On 2 June 2023 the presidents signed the Treaty on the State Border between the Republic of Ghana "
            "and the Togolese Republic, along with a protocol on the demarcation of border pillars.")
    rows = _find(text, dates=[("2 June 2023", dt.date(2023, 6, 2), "day")], pair=("GHA", "TGO"))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("treaty", dt.date(2023, 6, 2)), ("protocol", dt.date(2023, 6, 2))]


def test_a_classifying_first_free_trade_agreement_types_the_named_agreement():
    text = ("The ministers marked the anniversary of the Agreement between Ghana and Togo on a Closer Economic "
            "Partnership, which was signed in June 2001 as Ghana's first free trade agreement with a neighbour.")
    [r] = _find(text, dates=[("June 2001", dt.date(2001, 6, 1), "month")], pair=("GHA", "TGO"))
    assert (r["agreement_type"], r["name"], r["signed_date"]) == (
        "free_trade_agreement", "Agreement between Ghana and Togo on a Closer Economic Partnership", dt.date(2001, 6, 1))


def test_titled_instruments_joined_by_and_a_stay_apart():
    text = "In 2010 Ghana signed the Agreement on Trade and a Protocol on Customs with Togo."
    rows = _find(text, dates=[("2010", dt.date(2010, 1, 1), "year")], pair=("GHA", "TGO"))
    assert [r["name"] for r in rows] == ["Agreement on Trade", "Protocol on Customs"]


@pytest.mark.parametrize("text, name", [
    ("The two countries are linked by an Agreement on Economic, Trade and Technical Cooperation signed in Accra in 2008.",
     "Agreement on Economic, Trade and Technical Cooperation"),
    ("Ghana signed the Agreement on Trade, Togo and Benin signed nothing in 2008.", "Agreement on Trade"),
])
def test_a_serial_list_of_title_words_stays_in_the_name(text, name):
    rows = _find(text, dates=[("2008", dt.date(2008, 1, 1), "year")], pair=("GHA", "TGO"))
    assert rows[0]["name"] == name


@pytest.mark.parametrize("text", [
    "Around eight agreements are expected to be signed during the visit, among them a pact on seasonal workers "
    "and a memorandum on cooperation in fisheries.",
    "The committee will review some 20 draft agreements and memoranda of understanding, including an agreement "
    "on the mutual protection of investments and a memorandum on cooperation in food security.",
])
def test_examples_of_a_batch_still_to_be_signed_are_no_instruments(text):
    assert _find(text, pair=("GHA", "TGO")) == []


def test_examples_of_a_signed_batch_stay_instruments():
    text = ("The ministers signed eight agreements on Monday, among them a pact on seasonal workers and a "
            "memorandum on cooperation in fisheries.")
    rows = _find(text, dates=[("Monday", dt.date(2024, 6, 3), "day")], pair=("GHA", "TGO"))
    assert [r["name"] for r in rows] == [None, "Pact on seasonal workers", "Memorandum on cooperation in fisheries"]


def test_a_relative_clause_after_a_lower_case_complement_dates_its_own_instrument():
    text = ("The two countries are linked by an Agreement on Fisheries Cooperation signed in Accra in 2008, as well as "
            "an agreement for the avoidance of double taxation that entered into force in January 2020.")
    rows = _find(text, dates=[("2008", dt.date(2008, 1, 1), "year"), ("January 2020", dt.date(2020, 1, 1), "month")],
                 pair=("GHA", "TGO"))
    assert [(r["signed_date"], r["effective_date"]) for r in rows] == [
        (dt.date(2008, 1, 1), None), (None, dt.date(2020, 1, 1))]
