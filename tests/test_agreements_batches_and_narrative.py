"""Agreement rules for general nouns, exchanges of letters, coordinated batches, pending signings
and the narrative date (own sentences; countries other than the dev sets')."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_agreements_generalisation import _extract, _find


# --- general nouns: "documents", "instruments", "partnership" -------------------------------------


def test_a_list_of_documents_exchanged_is_a_batch_of_its_items():
    text = ("Talks in Quito ended on 4 March 2026.\n"
            "In the presence of the two presidents, the following documents were exchanged:\n"
            "- Memorandum of Understanding on Cooperation in Tourism;\n"
            "- Agreement on Visa Exemption for Diplomatic Passports;\n"
            "- Protocol on Sanitary Requirements for Bananas.")
    dates = [("4 March 2026", dt.date(2026, 3, 4), dt.date(2026, 3, 4), "day")]
    rows = _extract(text, dt.date(2026, 3, 4), dates)
    batch = rows[0]
    assert (batch["agreement_type"], batch["quantity"], batch["signed_date"]) == ("agreement", 3, dt.date(2026, 3, 4))
    assert [r["quantity"] for r in rows[1:]] == [1, 1, 1]


@pytest.mark.parametrize(
    "text, qty",
    [
        ("Ecuador and Colombia signed twelve documents on trade and energy.", 12),
        ("The two sides exchanged seven instruments covering health and transport.", 7),
    ],
)
def test_documents_and_instruments_signed_are_a_batch(text, qty):
    [r] = _find(text, pair=("ECU", "COL"))
    assert (r["agreement_type"], r["quantity"]) == ("agreement", qty)


@pytest.mark.parametrize(
    "text",
    [
        "The consulate issued documents to 300 stranded travellers.",
        "Police released documents showing the route of the convoy.",
        "The two countries elevated their ties to a Comprehensive Strategic Partnership in 2023.",
        "Both sides exchanged the instruments of ratification of the treaty.",
    ],
)
def test_general_nouns_without_a_signing_verb_are_no_instruments(text):
    assert _find(text, pair=("ECU", "COL")) == []


def test_a_signed_partnership_is_an_agreement():
    text = "Ghana and Togo signed a Maritime Security Partnership in May 2019."
    [r] = _find(text, dates=[("May 2019", dt.date(2019, 5, 1), "month")], pair=("GHA", "TGO"))
    assert (r["agreement_type"], r["name"], r["signed_date"]) == ("agreement", "Maritime Security Partnership",
                                                                 dt.date(2019, 5, 1))


def test_an_exchange_of_letters_is_an_agreement():
    text = "In 1998, the two governments signed an Exchange of Letters on the delimitation of the river border."
    [r] = _find(text, dates=[("1998", dt.date(1998, 1, 1), "year")], pair=("GHA", "TGO"))
    assert (r["agreement_type"], r["signed_date"]) == ("agreement", dt.date(1998, 1, 1))


def test_witnessing_the_exchange_of_notes_signs_them():
    text = "The ministers witnessed the exchange of notes on a grant for rural roads on Friday."
    [r] = _find(text, dates=[("Friday", dt.date(2024, 2, 9), "day")], pair=("JPN", "LAO"))
    assert (r["agreement_type"], r["signed_date"]) == ("agreement", dt.date(2024, 2, 9))


# --- not (yet) signed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The president said he looked forward to the signing of several agreements during the visit.",
        "The talks should pave the way for the signing of a border treaty.",
        "A joint feasibility study on an Ecuador-Colombia free trade agreement has been completed.",
    ],
)
def test_a_signing_looked_forward_to_or_studied_is_not_signed(text):
    assert _find(text, pair=("ECU", "COL")) == []


# --- coordinated instruments ------------------------------------------------------------------------


def test_a_batch_coordinated_with_a_declaration_keeps_its_count_and_topics():
    text = ("The presidents signed a joint communique and a package of nine bilateral agreements on "
            "fisheries, tourism and customs on 2 May 2024.")
    rows = _find(text, dates=[("2 May 2024", dt.date(2024, 5, 2), "day")], pair=("GHA", "TGO"))
    assert [(r["agreement_type"], r["quantity"], r["signed_date"]) for r in rows] == [
        ("joint_statement", None, dt.date(2024, 5, 2)), ("agreement", 9, dt.date(2024, 5, 2))]
    assert rows[1]["topics"] == ["fisheries", "tourism", "customs"]


def test_each_coordinated_instrument_keeps_the_date_of_its_own_conjunct():
    text = ("The two governments signed a Treaty on Extradition in Accra in March 2015, and a Memorandum of "
            "Understanding on fisheries, covering training of inspectors, in 2019.")
    rows = _find(text, dates=[("March 2015", dt.date(2015, 3, 1), "month"), ("2019", dt.date(2019, 1, 1), "year")],
                 pair=("GHA", "TGO"))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("treaty", dt.date(2015, 3, 1)), ("mou", dt.date(2019, 1, 1))]


# --- dates inside the sentence -------------------------------------------------------------------------


def test_a_day_written_with_its_year_phrase_is_the_day():
    text = "The forum met in Kumasi on 14 June last year, when the ministers signed three MoUs."
    rows = _find(text, dates=[("14 June", dt.date(2025, 6, 14), "day"), ("last year", dt.date(2025, 1, 1), "year")],
                 pair=("GHA", "TGO"))
    assert [(r["signed_date"], r["signed_precision"]) for r in rows] == [(dt.date(2025, 6, 14), "day")]


def test_a_date_after_a_semicolon_belongs_to_another_clause():
    text = "Fisheries MoU signed in Lome; joint commission to meet in Accra next month"
    [r] = _find(text, dates=[("next month", dt.date(2026, 5, 1), "month")], pair=("GHA", "TGO"))
    assert r["signed_date"] is None


def test_a_year_before_a_treaty_title_is_its_year():
    text = "The 1904 Treaty of Cairo fixed the frontier, and the last dispute was settled by arbitration in 1999."
    [r] = _find(text, dates=[("1999", dt.date(1999, 1, 1), "year")], pair=("EGY", "SDN"))
    assert (r["name"], r["signed_date"], r["signed_precision"]) == ("Treaty of Cairo", dt.date(1904, 1, 1), "year")


def test_the_year_of_an_action_plan_is_its_period_not_its_signing():
    text = "The ministers signed the 2027 Action Plan on Youth Exchanges on Monday."
    [r] = _find(text, dates=[("Monday", dt.date(2026, 11, 9), "day")], pair=("GHA", "TGO"))
    assert r["signed_date"] == dt.date(2026, 11, 9)


# --- the narrative date --------------------------------------------------------------------------------


def test_since_a_year_when_they_signed_dates_the_signing():
    text = ("Ghanaian officers have trained in Togo since 1974, when the two countries signed a defence "
            "cooperation protocol.")
    dates = [("1974", dt.date(1974, 1, 1), dt.date(1974, 12, 31), "year")]
    sents_dates = _extract_with_qualifier(text, dt.date(2026, 5, 4), dates, "since")
    assert [(r["agreement_type"], r["signed_date"]) for r in sents_dates] == [("protocol", dt.date(1974, 1, 1))]


def _extract_with_qualifier(text, ref, dates, qualifier):
    import polars as pl

    from pipeline.extract.agreements import extract_agreements
    from pipeline.extract.countries import country_mentions
    from pipeline.model import PERSON_MENTIONS
    from tests.test_agreements_generalisation import _dates, _doc, _lines

    sents = _lines(text)
    frame = _dates(text, sents, dates).with_columns(pl.lit(qualifier).alias("qualifier"))
    out = extract_agreements(sents, _doc(text, ref), pl.DataFrame(schema=PERSON_MENTIONS), country_mentions(sents),
                             frame)
    return out.sort("char_start").to_dicts()


def test_a_date_inside_a_since_phrase_is_not_the_narrative_date():
    text = ("On 3 May, the premier welcomed the progress made since the establishment of relations on 2 June 1962. "
            "In the presence of the two leaders, the two sides exchanged six MoUs.")
    import polars as pl

    from pipeline.extract.agreements import extract_agreements
    from pipeline.extract.countries import country_mentions
    from pipeline.model import PERSON_MENTIONS, SENTENCES
    from tests.test_agreements_generalisation import _dates, _doc

    cut = text.index("In the presence")
    sents = pl.DataFrame([
        {"doc_id": "d1", "sentence_id": 0, "char_start": 0, "char_end": cut - 1, "text": text[: cut - 1],
         "is_boilerplate": False},
        {"doc_id": "d1", "sentence_id": 1, "char_start": cut, "char_end": len(text), "text": text[cut:],
         "is_boilerplate": False},
    ], schema=SENTENCES)
    dates = _dates(text, sents, [("3 May", dt.date(2026, 5, 3), dt.date(2026, 5, 3), "day"),
                                 ("2 June 1962", dt.date(1962, 6, 2), dt.date(1962, 6, 2), "day")])
    out = extract_agreements(sents, _doc(text, dt.date(2026, 5, 4)), pl.DataFrame(schema=PERSON_MENTIONS),
                             country_mentions(sents), dates)
    [r] = out.to_dicts()
    assert (r["quantity"], r["signed_date"]) == (6, dt.date(2026, 5, 3))


def test_following_the_meeting_takes_the_day_of_the_meeting_told_before():
    text = ("Ghana's trade minister met the Togolese ambassador in Accra on Monday.\n"
            "Following the meeting, the two export agencies signed a memorandum of understanding on e-commerce.")
    dates = [("Monday", dt.date(2026, 7, 20), dt.date(2026, 7, 20), "day")]
    [r] = _extract(text, dt.date(2026, 7, 22), dates)
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 7, 20), "day")


def test_after_the_talks_takes_the_day_of_the_talks_not_of_a_later_meeting():
    text = ("President Mensah held talks with President Agbeko in Lome on Tuesday.\n"
            "On Wednesday he met the speaker of parliament.\n"
            "After the talks, the two sides signed four agreements.")
    dates = [("Tuesday", dt.date(2026, 2, 10), dt.date(2026, 2, 10), "day"),
             ("Wednesday", dt.date(2026, 2, 11), dt.date(2026, 2, 11), "day")]
    [r] = _extract(text, dt.date(2026, 2, 12), dates)
    assert (r["quantity"], r["signed_date"]) == (4, dt.date(2026, 2, 10))


def test_witnessed_the_signing_takes_the_latest_day_of_the_visit_told_before():
    text = ("PRESS RELEASE: OFFICIAL VISIT TO TOGO, 9 TO 12 MARCH 2026\n"
            "The President arrived in Lome on 9 March.\n"
            "On 10 March, the two presidents held talks at the presidential palace.\n"
            "The presidents witnessed the signing of five agreements.")
    dates = [("9 TO 12 MARCH 2026", dt.date(2026, 3, 9), dt.date(2026, 3, 12), "day"),
             ("9 March", dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day"),
             ("10 March", dt.date(2026, 3, 10), dt.date(2026, 3, 10), "day")]
    rows = _extract(text, dt.date(2026, 3, 12), dates)
    assert [(r["quantity"], r["signed_date"]) for r in rows] == [(5, dt.date(2026, 3, 10))]


def test_a_joint_statement_heading_the_document_is_issued_on_its_date():
    text = ("JOINT STATEMENT\n"
            "Ghana - Togo Joint Commission\n"
            "Accra, 5 November 2025\n"
            "The two sides reviewed cooperation in trade and energy.")
    dates = [("5 November 2025", dt.date(2025, 11, 5), dt.date(2025, 11, 5), "day")]
    rows = _extract(text, dt.date(2025, 11, 5), dates)
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("joint_statement", dt.date(2025, 11, 5), "day")]


def test_a_joint_statement_mentioned_in_a_body_sentence_is_no_heading():
    text = ("Ghana and Togo hold talks\n"
            "Accra, 5 November 2025\n"
            "The ministers will discuss the joint statement of their presidents.")
    dates = [("5 November 2025", dt.date(2025, 11, 5), dt.date(2025, 11, 5), "day")]
    assert _extract(text, dt.date(2025, 11, 5), dates) == []


def test_a_line_of_related_headlines_gives_no_agreement():
    text = ("Ghana and Togo ministers meet in Lome\n"
            "Related: Ghana, Togo sign Fisheries Deal | Togo Trade Pact: what it means")
    assert _extract(text, dt.date(2025, 11, 5), []) == []


def test_a_declaration_of_intent_is_other_not_a_joint_statement():
    text = "The ministers signed a declaration of intent on cooperation in nuclear safety on Monday."
    [r] = _find(text, dates=[("Monday", dt.date(2025, 6, 16), "day")], pair=("FRA", "TUN"))
    assert r["agreement_type"] == "other"


def test_a_count_over_two_coordinated_plurals_is_one_batch():
    text = ("The ministers witnessed the signing of nine agreements and protocols covering customs, "
            "fisheries and tourism on Friday.")
    [r] = _find(text, dates=[("Friday", dt.date(2025, 3, 7), "day")], pair=("GHA", "TGO"))
    assert (r["agreement_type"], r["quantity"], r["signed_date"]) == ("agreement", 9, dt.date(2025, 3, 7))
    assert r["topics"] == ["customs", "fisheries", "tourism"]


def test_the_years_of_a_programme_in_a_list_item_are_its_period():
    text = ("The following documents were signed on 3 June 2025:\n"
            "- Executive Programme of Cooperation in Education for the years 2026-2028;\n"
            "- Memorandum of Understanding on Fisheries.")
    dates = [("3 June 2025", dt.date(2025, 6, 3), dt.date(2025, 6, 3), "day"),
             ("2026-2028", dt.date(2026, 1, 1), dt.date(2028, 12, 31), "year")]
    rows = _extract(text, dt.date(2025, 6, 4), dates)
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("agreement", dt.date(2025, 6, 3)), ("executive_program", dt.date(2025, 6, 3)), ("mou", dt.date(2025, 6, 3))]


def test_a_definite_instrument_entering_into_force_refers_back():
    text = "Parliament ratified the border treaty within days, and it entered into force in May 2025."
    assert _find(text, dates=[("May 2025", dt.date(2025, 5, 1), "month")], pair=("GHA", "TGO")) == []


def test_an_indefinite_instrument_entering_into_force_is_a_fact():
    text = "The two countries are linked by an agreement on air services that entered into force in May 2025."
    [r] = _find(text, dates=[("May 2025", dt.date(2025, 5, 1), "month")], pair=("GHA", "TGO"))
    assert r["effective_date"] == dt.date(2025, 5, 1)


def test_an_undated_signing_in_a_headline_takes_the_documents_month():
    text = ("Fisheries MoU signed in Lome; joint commission to meet in Accra next month\n"
            "Ghana and Togo agreed to step up patrols, officials said.")
    dates = [("next month", dt.date(2025, 10, 1), dt.date(2025, 10, 31), "month")]
    [r] = _extract(text, dt.date(2025, 9, 16), dates)
    assert (r["agreement_type"], r["signed_date"], r["signed_precision"]) == ("mou", dt.date(2025, 9, 1), "month")


def test_at_the_end_of_the_visit_is_not_the_day_the_visit_began():
    text = ("The minister is paying a visit to Togo from 13 to 18 November.\n"
            "A joint statement was issued at the end of the visit.")
    dates = [("from 13 to 18 November", dt.date(2024, 11, 13), dt.date(2024, 11, 18), "day")]
    [r] = _extract(text, dt.date(2024, 11, 15), dates)
    assert r["signed_date"] != dt.date(2024, 11, 13)


def test_a_signing_dated_after_the_article_has_not_happened():
    text = "Officials said a fisheries agreement with Togo is due to be inked on 20 March in Accra."
    dates = [("20 March", dt.date(2026, 3, 20), dt.date(2026, 3, 20), "day")]
    assert _extract(text, dt.date(2026, 3, 10), dates) == []


def test_a_signing_dated_before_the_article_is_kept():
    text = "Ghana and Togo inked a fisheries agreement on 20 March in Accra."
    dates = [("20 March", dt.date(2026, 3, 20), dt.date(2026, 3, 20), "day")]
    [r] = _extract(text, dt.date(2026, 3, 21), dates)
    assert r["signed_date"] == dt.date(2026, 3, 20)


def test_a_programme_for_years_is_signed_on_the_day_given():
    text = "Ghana and Togo signed an executive programme on cultural exchanges for 2015-2018 in Lome on Sept. 20."
    [r] = _find(text, dates=[("2015-2018", dt.date(2015, 1, 1), "year"), ("Sept. 20", dt.date(2014, 9, 20), "day")],
                pair=("GHA", "TGO"))
    assert (r["name"], r["signed_date"]) == ("Executive programme on cultural exchanges", dt.date(2014, 9, 20))


def test_a_date_inside_a_relative_clause_does_not_move_the_story_from_the_lede():
    text = ("ACCRA - Ghana and Togo agreed on Tuesday to speed up work on the coastal highway.\n"
            "The Togolese minister, who arrived on Monday, held talks with his Ghanaian counterpart.\n"
            "The two sides signed four memorandums of understanding after the talks.")
    dates = [("Tuesday", dt.date(2025, 3, 11), dt.date(2025, 3, 11), "day"),
             ("Monday", dt.date(2025, 3, 10), dt.date(2025, 3, 10), "day")]
    [r] = _extract(text, dt.date(2025, 3, 12), dates)
    assert r["signed_date"] == dt.date(2025, 3, 11)
