"""Tests for pipeline.extract.agreements (own sentences, any pair of countries)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipeline.extract.agreements import SentenceContext, extract_agreements, find_agreements, split_topics
from pipeline.extract.countries import country_mentions, find_countries
from pipeline.model import AGREEMENT_MENTIONS, DOCUMENTS, PERSON_MENTIONS, SENTENCES


def _ctx(text, dates=(), persons=(), pair=(), fallback=None) -> SentenceContext:
    """Context for one sentence: countries from the lexicon, dates given as (surface, date, prec)."""
    ds = []
    for surface, value, prec in dates:
        i = text.index(surface)
        ds.append((i, i + len(surface), value, prec))
    ps = []
    for name, iso3 in persons:
        i = text.index(name)
        ps.append((i, i + len(name), name, iso3))
    return SentenceContext(
        countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
        persons=ps,
        dates=ds,
        fallback_date=fallback,
        pair=tuple(pair),
        dyad=tuple(pair),
    )


def _find(text, **kw) -> list[dict]:
    return find_agreements(text, _ctx(text, **kw))


def _countries(row) -> set[str]:
    return {p["country_iso3"] for p in row["parties"] if p["actor_type"] == "country"}


# --- types, cues and what is not an agreement ------------------------------------------------------


def test_fta_signed_then_in_force():
    text = "In 2011, the two countries signed a free trade agreement, which entered into force in March 2013."
    [r] = _find(text, dates=[("2011", dt.date(2011, 1, 1), "year"), ("March 2013", dt.date(2013, 3, 1), "month")],
                pair=("CHL", "PER"))
    assert r["agreement_type"] == "free_trade_agreement"
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2011, 1, 1), "year")
    assert (r["effective_date"], r["effective_precision"]) == (dt.date(2013, 3, 1), "month")
    assert _countries(r) == {"CHL", "PER"}
    assert r["name"] is None
    assert text[r["char_start"] : r["char_end"]] == "free trade agreement"


def test_began_to_implement_is_the_effective_date():
    text = "In 2008, the two countries signed a trade agreement and began to implement it in May 2009."
    [r] = _find(text, dates=[("2008", dt.date(2008, 1, 1), "year"), ("May 2009", dt.date(2009, 5, 1), "month")],
                pair=("NPL", "BGD"))
    assert r["agreement_type"] == "trade_agreement"
    assert r["signed_date"] == dt.date(2008, 1, 1)
    assert (r["effective_date"], r["effective_precision"]) == (dt.date(2009, 5, 1), "month")


def test_came_into_force_on_a_day():
    text = "In 2017, Chile and Uruguay signed the Protocol on Investment and it came into force on March 1, 2019."
    [r] = _find(text, dates=[("2017", dt.date(2017, 1, 1), "year"), ("March 1, 2019", dt.date(2019, 3, 1), "day")])
    assert r["agreement_type"] == "protocol"
    assert r["name"] == "Protocol on Investment"
    assert r["signed_date"] == dt.date(2017, 1, 1)
    assert (r["effective_date"], r["effective_precision"]) == (dt.date(2019, 3, 1), "day")
    assert _countries(r) == {"CHL", "URY"}


@pytest.mark.parametrize(
    ("text", "atype"),
    [
        ("Egypt and Kenya signed a memorandum of understanding on fisheries.", "mou"),
        ("Egypt and Kenya inked two MoUs.", "mou"),
        ("The two governments issued a joint communiqué.", "joint_statement"),
        ("The leaders adopted a joint declaration.", "joint_statement"),
        ("The ministers signed the 2024-2026 executive programme.", "executive_program"),
        ("Both sides signed a preferential trade agreement.", "trade_agreement"),
        ("Ghana and Togo concluded a treaty on border demarcation.", "treaty"),
        ("The two sides signed an accord on fisheries.", "agreement"),
    ],
)
def test_instrument_types(text, atype):
    rows = _find(text, pair=("EGY", "KEN"))
    assert [r["agreement_type"] for r in rows] == [atype]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers agreed to expand cooperation in trade.",
        "The two sides will sign a cultural exchange agreement next month.",
        "According to the joint declaration, both sides oppose terrorism.",
        "Views were exchanged on the trade agreement.",
        "He spoke at the Summit for a New Global Financing Pact in Paris.",
        "The talks were held in line with the agreement.",
        "The officials discussed a possible free trade agreement.",
        "Under the Agreement, tariffs on textiles will fall.",
    ],
)
def test_not_agreement_mentions(text):
    assert _find(text, pair=("EGY", "KEN")) == []


# --- names -----------------------------------------------------------------------------------------


def test_between_after_the_head_names_parties_not_the_title():
    text = "The Agreement on Maritime Transport between Indonesia and Vietnam was signed in Jakarta."
    [r] = _find(text)
    assert r["name"] == "Agreement on Maritime Transport"
    assert _countries(r) == {"IDN", "VNM"}


def test_between_after_a_nested_instrument_is_part_of_the_title():
    text = "Nepal and India signed the Protocol to Amend the Trade Treaty between Nepal and India in 2009."
    [r] = _find(text, dates=[("2009", dt.date(2009, 1, 1), "year")])
    assert r["agreement_type"] == "protocol"
    assert r["name"] == "Protocol to Amend the Trade Treaty between Nepal and India"
    assert r["signed_date"] == dt.date(2009, 1, 1)


def test_title_with_year_range_and_organisation_parties():
    text = ("The two sides signed the 2023—2027 Space Cooperation Outline between Egyptian Space Agency "
            "and Kenya Space Agency in 2023 and signed the 2028—2032 Space Cooperation Outline in 2027.")
    rows = _find(text, dates=[("2023 and", dt.date(2023, 1, 1), "year"), ("2027.", dt.date(2027, 1, 1), "year")])
    assert [r["name"] for r in rows] == ["2023-2027 Space Cooperation Outline", "2028-2032 Space Cooperation Outline"]
    assert [r["agreement_type"] for r in rows] == ["cooperation_outline"] * 2
    assert [r["signed_date"].year for r in rows] == [2023, 2027]
    orgs = {(p["name"], p["country_iso3"]) for p in rows[0]["parties"] if p["actor_type"] == "organization"}
    assert orgs == {("Egyptian Space Agency", "EGY"), ("Kenya Space Agency", "KEN")}


def test_lowercase_instrument_with_on_complement_is_named():
    text = ("Uzbek Minister of Trade Aziz Karimov and Lina Omar, Minister of Economy of Jordan, signed a "
            "joint statement on the launch of negotiations for the Jordan-Uzbekistan agreement on trade in "
            "goods and investment in Amman on Tuesday.")
    [r] = _find(text, dates=[("Tuesday", dt.date(2024, 5, 7), "day")],
                persons=[("Aziz Karimov", "UZB"), ("Lina Omar", "JOR")])
    assert r["agreement_type"] == "joint_statement"
    assert r["name"] == ("Joint statement on the launch of negotiations for the Jordan-Uzbekistan agreement "
                         "on trade in goods and investment")
    assert r["topics"] == ["trade in goods", "investment"]
    assert r["signed_date"] == dt.date(2024, 5, 7)
    assert _countries(r) == {"UZB", "JOR"}
    signatories = {p["name"] for p in r["parties"] if p["role"] == "signatory"}
    assert signatories == {"Aziz Karimov", "Lina Omar"}


def test_named_instrument_without_verb_and_date_in_brackets():
    text = "Here are the main points of the Joint Declaration between Brazil and Argentina (Nov 30, 1985):"
    [r] = _find(text, dates=[("Nov 30, 1985", dt.date(1985, 11, 30), "day")])
    assert r["agreement_type"] == "joint_statement"
    assert r["name"] is None  # the bare type is not a name
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(1985, 11, 30), "day")
    assert _countries(r) == {"BRA", "ARG"}


def test_cumulative_count_and_named_agreement_in_one_sentence():
    text = "Since signing of Cultural Agreement, the two sides have signed 20 Executive Programmes."
    rows = _find(text, pair=("EGY", "KEN"), fallback=(dt.date(2020, 1, 1), "year"))
    assert [(r["agreement_type"], r["name"], r["quantity"]) for r in rows] == [
        ("agreement", "Cultural Agreement", None),
        ("executive_program", None, 20),
    ]
    # a cumulative statement takes no narrative date
    assert [r["signed_date"] for r in rows] == [None, None]


# --- quantities, topics, parties -------------------------------------------------------------------


def test_quantity_and_topics():
    text = "Egypt and Turkey signed six MoUs to strengthen cooperation in agriculture, tourism, science and technology, and renewable energy."
    [r] = _find(text)
    assert r["quantity"] == 6
    assert r["topics"] == ["agriculture", "tourism", "science and technology", "renewable energy"]
    assert _countries(r) == {"EGY", "TUR"}
    assert text[r["char_start"] : r["char_end"]] == "six MoUs"


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Over a dozen agreements were signed during the visit.", 12),
        ("Several memoranda of understanding were signed.", None),
        ("Multiple agreements were signed.", None),
        ("The two sides signed a number of agreements.", None),
        ("Officials signed 14 cooperation agreements.", 14),
    ],
)
def test_quantities(text, quantity):
    [r] = _find(text, pair=("EGY", "KEN"))
    assert r["quantity"] == quantity
    assert r["name"] is None


def test_topics_with_fillers_and_reporting_clause():
    text = ("After the talks, MoUs were signed to enhance cooperation in various fields, including health, "
            "water resources, and digital economy, state radio reported.")
    [r] = _find(text, pair=("EGY", "KEN"))
    assert r["topics"] == ["health", "water resources", "digital economy"]
    text = ("The sides also signed a number of agreements, covering bilateral cooperation in areas of "
            "e-commerce, customs, protection of cultural heritage and tourism, among others.")
    [r] = _find(text, pair=("EGY", "KEN"))
    assert r["topics"] == ["e-commerce", "customs", "protection of cultural heritage", "tourism"]


def test_coordinated_instruments_share_topics():
    text = "The leaders witnessed the signing of 12 agreements and MoUs in areas such as health, education and water resources."
    rows = _find(text, pair=("EGY", "KEN"))
    # the count covers both plurals: one batch of 12 instruments (the dev sets' gold convention)
    assert [(r["agreement_type"], r["quantity"]) for r in rows] == [("agreement", 12)]
    assert all(r["topics"] == ["health", "education", "water resources"] for r in rows)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("agriculture, mining, IT and socio-economic development under the corridor", ["agriculture", "mining", "IT", "socio-economic development"]),
        ("trade, investment and people’s livelihoods, among others", ["trade", "investment", "people's livelihoods"]),
        ("science and technology", ["science and technology"]),
        ("ports and shipping", ["ports", "shipping"]),
        ("Energy, Railways, and Education", ["energy", "railways", "education"]),
    ],
)
def test_split_topics(text, topics):
    assert split_topics(text) == topics


def test_two_sides_take_the_narrative_pair_and_witnesses_are_not_signatories():
    text = "In the presence of President Rui Costa, ministers of the two countries signed three agreements."
    [r] = _find(text, persons=[("Rui Costa", "AGO")], pair=("AGO", "NAM"))
    assert _countries(r) == {"AGO", "NAM"}
    assert not [p for p in r["parties"] if p["role"] == "signatory"]


# --- frames: document offsets, narrative dates -----------------------------------------------------


def _frames(text: str, ref: dt.date | None, prec: str):
    doc = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": ref if prec == "day" else None, "reference_date": ref,
          "reference_precision": prec, "text": text, "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    sentences = []  # paragraphs split at newlines, sentences at double spaces
    start = 0
    sid = 0
    for para in text.split("\n"):
        for sent in para.split("  "):
            s = text.index(sent, start)
            sentences.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(sent),
                              "text": sent, "is_boilerplate": False})
            start = s + len(sent)
            sid += 1
    sents = pl.DataFrame(sentences, schema=SENTENCES)
    return doc, sents


def _date_frame(text, sents, items):
    rows = []
    for surface, d, prec in items:
        s = text.index(surface)
        sid = sents.filter((pl.col("char_start") <= s) & (pl.col("char_end") > s))["sentence_id"][0]
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(surface),
                     "surface": surface, "date_start": d, "date_end": d, "precision": prec,
                     "kind": "explicit", "qualifier": None})
    return pl.DataFrame(rows, schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                      "char_end": pl.Int32, "surface": pl.String, "date_start": pl.Date,
                                      "date_end": pl.Date, "precision": pl.String, "kind": pl.String,
                                      "qualifier": pl.String})


def test_extract_agreements_uses_the_lede_date_and_document_offsets():
    text = ("CAIRO, March 4 (Agency) — Egyptian President Omar Said met Kenyan President Paul Mwangi in Cairo on Sunday.\n"
            "The talks covered trade.\n"
            "After the talks, several agreements were signed.  The Kenyan president left on Monday.")
    doc, sents = _frames(text, dt.date(2024, 3, 4), "day")
    dates = _date_frame(text, sents, [("March 4", dt.date(2024, 3, 4), "day"), ("Sunday", dt.date(2024, 3, 3), "day"),
                                      ("Monday", dt.date(2024, 3, 4), "day")])
    persons = pl.DataFrame(schema=PERSON_MENTIONS)
    out = extract_agreements(sents, doc, persons, country_mentions(sents), dates)
    assert out.schema == pl.Schema(AGREEMENT_MENTIONS)
    [r] = out.to_dicts()
    assert text[r["char_start"] : r["char_end"]] == "several agreements" or text[r["char_start"] : r["char_end"]] == "agreements"
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2024, 3, 3), "day")
    assert {p["country_iso3"] for p in r["parties"]} == {"EGY", "KEN"}
    assert {p["name"] for p in r["parties"]} == {"Egypt", "Kenya"}


def test_lede_date_outside_the_reference_period_is_not_used():
    text = ("Relations were established in May 1960.\n"
            "The two countries have close cultural ties.  Since then, agreements were signed.")
    doc, sents = _frames(text, dt.date(2025, 1, 1), "year")
    dates = _date_frame(text, sents, [("May 1960", dt.date(1960, 5, 1), "month")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    assert out["signed_date"].to_list() == [None]


def test_same_instrument_twice_gives_two_mentions_and_boilerplate_is_skipped():
    text = ("Peru and Chile signed a free trade agreement in 2006.\n"
            "The free trade agreement signed in 2006 doubled trade.\n"
            "Share this: signed agreements newsletter")
    doc, sents = _frames(text, dt.date(2024, 1, 1), "year")
    sents = sents.with_columns(pl.col("sentence_id").eq(2).alias("is_boilerplate"))
    dates = _date_frame(text, sents, [("2006.", dt.date(2006, 1, 1), "year")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    assert out["sentence_id"].to_list() == [0, 1]
    assert out["agreement_type"].to_list() == ["free_trade_agreement"] * 2


def test_empty_inputs():
    empty_sents = pl.DataFrame(schema=SENTENCES)
    out = extract_agreements(empty_sents, pl.DataFrame(schema=DOCUMENTS), pl.DataFrame(schema=PERSON_MENTIONS),
                             pl.DataFrame(), pl.DataFrame())
    assert out.height == 0 and out.schema == pl.Schema(AGREEMENT_MENTIONS)


def test_cooperation_documents_and_currency_country_words():
    text = ("Ghana and Togo held talks on Monday.\n"
            "Trade reached 2 billion U.S. dollars last year.  "
            "The two presidents then witnessed the signing of 9 cooperation documents.")
    doc, sents = _frames(text, dt.date(2024, 3, 5), "day")
    dates = _date_frame(text, sents, [("Monday", dt.date(2024, 3, 4), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["agreement_type"], r["quantity"]) == ("agreement", 9)
    assert {p["country_iso3"] for p in r["parties"]} == {"GHA", "TGO"}  # not USA
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2024, 3, 4), "day")


def test_signatories_after_signed_by():
    text = "The memorandum of understanding was signed by Foreign Minister Ana Lopes of Angola and her Namibian counterpart Peter Shikongo."
    [r] = _find(text, persons=[("Ana Lopes", "AGO"), ("Peter Shikongo", "NAM")])
    assert {p["name"] for p in r["parties"] if p["role"] == "signatory"} == {"Ana Lopes", "Peter Shikongo"}
    assert _countries(r) == {"AGO", "NAM"}


def test_narrative_date_from_the_paragraph():
    text = ("In May 2019, the Ghanaian president paid a state visit to Togo.  The two sides signed three MoUs.\n"
            "In 2021, Ghana and Togo signed an extradition treaty.")
    doc, sents = _frames(text, dt.date(2024, 1, 1), "year")
    dates = _date_frame(text, sents, [("May 2019", dt.date(2019, 5, 1), "month"), ("2021", dt.date(2021, 1, 1), "year")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    rows = out.sort("char_start").to_dicts()
    assert [(r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("mou", 3, dt.date(2019, 5, 1), "month"),
        ("treaty", None, dt.date(2021, 1, 1), "year"),
    ]
    assert {p["country_iso3"] for p in rows[0]["parties"]} == {"GHA", "TGO"}


def test_unanchored_signing_takes_only_the_month_of_the_lede():
    text = ("Egyptian President Omar Said met Kenyan President Paul Mwangi in Cairo on Sunday.\n"
            "Egypt and Kenya also signed a number of agreements.")
    doc, sents = _frames(text, dt.date(2024, 3, 4), "day")
    dates = _date_frame(text, sents, [("Sunday", dt.date(2024, 3, 3), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2024, 3, 1), "month")


def test_compound_instrument_and_topic_list_after_on():
    text = "The ministers signed a transit trade agreement protocol and four MoUs on customs, railways and energy."
    rows = _find(text, pair=("UZB", "AFG"))
    assert [(r["agreement_type"], r["quantity"]) for r in rows] == [("protocol", None), ("mou", 4)]
    assert rows[1]["topics"] == ["customs", "railways", "energy"]


# --- lists, pending instruments, late signing verbs ------------------------------------------------


def _frames_with_markers(text: str, ref: dt.date, prec: str):
    """Like _frames, but a list marker at the start of a line stays between the sentences (as the
    segmenter leaves it), and each line is one sentence."""
    import re as _re

    doc, _ = _frames(text.replace("\n", " "), ref, prec)
    doc = doc.with_columns(pl.lit(text).alias("text"))
    rows = []
    pos = 0
    for sid, line in enumerate(text.split("\n")):
        m = _re.match(r"\s*(?:[-•]|\d+\.)?\s*", line)
        body = line[m.end():]
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": pos + m.end(),
                     "char_end": pos + len(line), "text": body, "is_boilerplate": False})
        pos += len(line) + 1
    return doc, pl.DataFrame(rows, schema=SENTENCES)


def test_bullet_items_inherit_the_signing_of_their_lead():
    text = ("Accra, 4 June 2024\n"
            "1. The presidents of Ghana and Togo held talks in Accra.\n"
            "2. In the presence of the two presidents, the following three memoranda of understanding were signed:\n"
            "   - MoU on Cooperation in Fisheries;\n"
            "   - MoU between the Bank of Ghana and the Central Bank of Togo on Payments;\n"
            "   - MoU on Youth Exchanges.\n"
            "3. The Protocol on Road Transport was discussed.")
    doc, sents = _frames_with_markers(text, dt.date(2024, 6, 4), "day")
    dates = _date_frame(text, sents, [("4 June 2024", dt.date(2024, 6, 4), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    rows = out.sort("char_start").to_dicts()
    assert [(r["name"], r["quantity"]) for r in rows] == [
        (None, 3),
        ("MoU on Cooperation in Fisheries", 1),
        ("MoU between the Bank of Ghana and the Central Bank of Togo on Payments", 1),
        ("MoU on Youth Exchanges", 1),
        ("Protocol on Road Transport", None),  # the next numbered paragraph ends the list
    ]
    assert all((r["signed_date"], r["signed_precision"]) == (dt.date(2024, 6, 4), "day") for r in rows[:4])
    assert rows[4]["signed_date"] is None
    assert all({p["country_iso3"] for p in r["parties"] if p["actor_type"] == "country"} == {"GHA", "TGO"}
               for r in rows)


def test_a_list_without_a_signing_lead_is_not_signed_and_the_list_ends_at_another_marker():
    text = ("Lima, 2 May 2023\n"
            "The ministers reviewed the following instruments:\n"
            "- the Agreement on Fisheries;\n"
            "- the MoU on Mining.\n"
            "Later the two sides signed an MoU on health.")
    doc, sents = _frames_with_markers(text, dt.date(2023, 5, 2), "day")
    dates = _date_frame(text, sents, [("2 May 2023", dt.date(2023, 5, 2), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    rows = {r["name"]: r for r in out.to_dicts()}
    assert rows["Agreement on Fisheries"]["signed_date"] is None
    assert rows["MoU on Mining"]["signed_date"] is None
    assert rows["MoU on health"]["signed_date"] == dt.date(2023, 5, 1)  # the lede's month (not anchored)


def test_inline_list_after_a_colon_takes_the_lead_date():
    text = ("The following documents were signed on 3 April: 1. MoU on Tourism; "
            "2. Agreement on Visa Exemption; 3. Protocol on Customs Cooperation.")
    rows = _find(text, dates=[("3 April", dt.date(2025, 4, 3), "day")], pair=("UZB", "KAZ"))
    # the lead's "documents" is the batch of the three items (one row with its count)
    assert [(r["name"], r["signed_date"]) for r in rows] == [
        (None, dt.date(2025, 4, 3)),
        ("MoU on Tourism", dt.date(2025, 4, 3)),
        ("Agreement on Visa Exemption", dt.date(2025, 4, 3)),
        ("Protocol on Customs Cooperation", dt.date(2025, 4, 3)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru agreed to start negotiations on a Comprehensive Economic Partnership Agreement.",
        "The two sides announced the launch of negotiations on a Reciprocal Access Agreement (RAA).",
        "Ghana and Togo will sign a free trade agreement next year.",
        "The gap could narrow if the two countries sign a comprehensive trade agreement.",
        "A comprehensive partnership agreement, which has been under discussion for years, would cut tariffs.",
        "The draft agreement on fisheries was reviewed by both ministers.",
        "The treaty is expected to be signed during the visit.",
        "They discussed the Comprehensive Partnership Agreement that the two sides would sign next year.",
    ],
)
def test_instruments_under_negotiation_or_intended_are_not_agreements(text):
    assert _find(text, pair=("GHA", "TGO")) == []


def test_a_signed_instrument_next_to_a_negotiated_one():
    text = "Ghana and Togo signed an MoU on fisheries and agreed to launch negotiations on a free trade agreement."
    [r] = _find(text)
    assert (r["agreement_type"], r["name"]) == ("mou", "MoU on fisheries")


def test_relative_clause_signing_verb_dates_the_instrument():
    text = ("The drills have been held every year since 2019 under the Agreement on Defence Cooperation, "
            "which the two countries signed in Tashkent in 2018.")
    [r] = _find(text, dates=[("2019", dt.date(2019, 1, 1), "year"), ("2018", dt.date(2018, 1, 1), "year")],
                pair=("UZB", "KAZ"))
    assert r["name"] == "Agreement on Defence Cooperation"
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2018, 1, 1), "year")


def test_passive_signing_after_a_long_subject_and_on_the_occasion_anchor():
    text = ("Accra, 4 June 2024\n"
            "The presidents of Ghana and Togo met in Accra.\n"
            "An addendum extending the Protocol on Road Transport for another ten years was also signed on the occasion.")
    doc, sents = _frames(text, dt.date(2024, 6, 4), "day")
    dates = _date_frame(text, sents, [("4 June 2024", dt.date(2024, 6, 4), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["name"], r["agreement_type"]) == ("Protocol on Road Transport", "protocol")
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2024, 6, 4), "day")


def test_at_the_conclusion_of_the_visit_is_anchored_to_the_lede_day():
    text = ("Accra, 4 June 2024\n"
            "The president of Togo paid a visit to Ghana.\n"
            "At the conclusion of the visit, the two sides issued a joint statement.")
    doc, sents = _frames(text, dt.date(2024, 6, 4), "day")
    dates = _date_frame(text, sents, [("4 June 2024", dt.date(2024, 6, 4), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("joint_statement", dt.date(2024, 6, 4), "day")


def test_topics_stop_at_according_to_and_drop_among_other_areas():
    text = ("The two sides signed four MoUs covering fisheries, mining and tourism, among other areas, "
            "according to a statement issued after the talks.")
    rows = _find(text, pair=("GHA", "TGO"))
    assert rows[0]["topics"] == ["fisheries", "mining", "tourism"]


def test_organisation_with_for_in_a_between_phrase_stays_out_of_the_name():
    text = ("MoU on Training of Civil Servants between the Ministry of Public Service of Kenya and "
            "the Institute for Public Administration of Uganda was signed.")
    [r] = _find(text)
    assert r["name"] == "MoU on Training of Civil Servants"
    assert {p["name"] for p in r["parties"] if p["actor_type"] == "organization"} == {
        "the Ministry of Public Service of Kenya", "the Institute for Public Administration of Uganda"}


def test_an_instrument_amending_another_is_one_instrument():
    text = "The two ministers signed a Protocol amending the Agreement on Border Crossings."
    [r] = _find(text, pair=("THA", "LAO"))
    assert (r["name"], r["agreement_type"]) == ("Protocol amending the Agreement on Border Crossings", "protocol")


def test_became_operational_is_the_effective_date():
    text = "Earlier, the two countries signed a preferential trade agreement in 2021, which became operational in 2022."
    [r] = _find(text, dates=[("2021", dt.date(2021, 1, 1), "year"), ("2022", dt.date(2022, 1, 1), "year")],
                pair=("UZB", "KAZ"))
    assert (r["signed_date"], r["effective_date"]) == (dt.date(2021, 1, 1), dt.date(2022, 1, 1))


def test_topics_after_covering_areas_such_as():
    text = "The premiers witnessed the signing of 10 cooperation documents covering areas such as trade, agriculture, and digital economy."
    [r] = _find(text, pair=("LAO", "THA"))
    assert r["topics"] == ["trade", "agriculture", "digital economy"]


def test_the_two_sides_are_the_countries_of_the_previous_sentence_including_its_places():
    text = ("Japan invested heavily in Viet Nam last year.\n"
            "Cambodia's prime minister visited Hanoi in December.  The two sides signed 12 agreements.")
    doc, sents = _frames(text, dt.date(2024, 1, 10), "day")
    dates = _date_frame(text, sents, [("December", dt.date(2023, 12, 1), "month")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert _countries(r) == {"KHM", "VNM"}
    assert (r["quantity"], r["signed_date"]) == (12, dt.date(2023, 12, 1))


def test_the_start_of_a_span_is_no_signing_date():
    # (agr10: "have so far signed more than 20 agreements since 2000" is a cumulative total, no row
    # at all, see test_agreements_agr10; a plain past keeps the row, undated)
    text = ("Uganda and Kenya held talks in Kampala on Monday.\n"
            "Kenya and Uganda signed 20 agreements since 2000.")
    doc, sents = _frames(text, dt.date(2024, 5, 21), "day")
    dates = _date_frame(text, sents, [("Monday", dt.date(2024, 5, 20), "day"), ("2000", dt.date(2000, 1, 1), "year")])
    dates = dates.with_columns(pl.when(pl.col("surface") == "2000").then(pl.lit("since")).alias("qualifier"))
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["quantity"], r["signed_date"]) == (20, None)


def test_inline_list_cut_by_the_segmenter_after_each_number():
    text = ("The following documents were signed on 3 April: 1. MoU on Tourism; 2. Memorandum on Energy; "
            "3. Protocol on Customs Cooperation.\nThe ministers left.")
    doc, _ = _frames(text, dt.date(2025, 4, 4), "day")
    cuts = ["The following documents were signed on 3 April: 1.", "MoU on Tourism; 2.", "Memorandum on Energy; 3.",
            "Protocol on Customs Cooperation.", "The ministers left."]
    rows, pos = [], 0
    for sid, c in enumerate(cuts):
        s = text.index(c, pos)
        rows.append({"doc_id": "d1", "sentence_id": sid, "char_start": s, "char_end": s + len(c), "text": c,
                     "is_boilerplate": False})
        pos = s + len(c)
    sents = pl.DataFrame(rows, schema=SENTENCES)
    dates = _date_frame(text, sents, [("3 April", dt.date(2025, 4, 3), "day")])
    out = extract_agreements(sents, doc, pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents), dates)
    assert [(r["name"], r["agreement_type"], r["signed_date"], r["quantity"]) for r in out.sort("char_start").to_dicts()] == [
        (None, "agreement", dt.date(2025, 4, 3), 3),
        ("MoU on Tourism", "mou", dt.date(2025, 4, 3), 1),
        ("Memorandum on Energy", "mou", dt.date(2025, 4, 3), 1),
        ("Protocol on Customs Cooperation", "protocol", dt.date(2025, 4, 3), 1),
    ]
