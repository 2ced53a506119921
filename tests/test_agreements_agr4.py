"""Agreement rules for unseen news (round 4): historical instruments, batches a meeting produced,
entry into force, coordinated instruments, names of statements and list items, dates of the
event, parties.  Own sentences, other countries than the dev sets."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from pipeline.extract.agreements import SentenceContext, extract_agreements, find_agreements
from pipeline.extract.countries import country_mentions, find_countries
from pipeline.extract.dates import extract_dates
from pipeline.extract.persons import extract_persons
from pipeline.model import DOCUMENTS
from pipeline.segment import segment
from tests.test_agreements_generalisation import _find


def _run(text: str, ref: dt.date) -> list[dict]:
    """The whole extract stage (segmenter, countries, dates, persons) on one document."""
    docs = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": ref, "reference_date": ref, "reference_precision": "day", "text": text,
          "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    sents = segment(docs)
    countries = country_mentions(sents)
    out = extract_agreements(sents, docs, extract_persons(sents, countries), countries, extract_dates(sents, docs))
    rows = out.sort("char_start").to_dicts()
    for r in rows:
        r["surface"] = text[r["char_start"]:r["char_end"]]
        r["countries"] = sorted({p["country_iso3"] for p in r["parties"] if p["country_iso3"]})
    return rows


# --- instruments told as background -------------------------------------------------------------


def test_a_titled_convention_of_a_year_is_an_instrument_of_that_year():
    text = "Bolivia depends on rivers that rise in Peru, and the Titicaca Convention of 1996 sets water quotas."
    [r] = _find(text, pair=("BOL", "PER"))
    assert (r["name"], r["agreement_type"]) == ("Titicaca Convention", "treaty")
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(1996, 1, 1), "year")


def test_a_lower_case_treaty_of_a_year_is_a_dated_reference():
    text = "The new accord signed in Accra on 4 May 2019 replaced the treaty of 1984 between the two kingdoms."
    rows = _find(text, dates=[("4 May 2019", dt.date(2019, 5, 4), "day"), ("1984", dt.date(1984, 1, 1), "year")],
                 pair=("GHA", "TGO"))
    by_type = {r["agreement_type"]: r for r in rows}
    assert by_type["treaty"]["signed_date"] == dt.date(1984, 1, 1)
    assert by_type["agreement"]["signed_date"] == dt.date(2019, 5, 4)


def test_a_plural_of_a_year_or_a_bare_treaty_is_no_reference():
    assert _find("The treaties of 1905 shaped the region.", pair=("NOR", "SWE")) == []
    assert _find("The treaty is a cornerstone of the relationship.", pair=("NOR", "SWE")) == []


# --- batches ---------------------------------------------------------------------------------------


def test_a_meeting_that_produced_agreements_signed_them():
    text = "The third joint commission, held in Lusaka in May 2024, produced 11 agreements and memoranda of understanding."
    [r] = _find(text, dates=[("May 2024", dt.date(2024, 5, 1), "month")], pair=("ZMB", "TZA"))
    assert (r["quantity"], r["signed_date"], r["signed_precision"]) == (11, dt.date(2024, 5, 1), "month")


def test_produced_documents_is_no_signing():
    assert _find("The working group produced documents for the ministers.", pair=("ZMB", "TZA")) == []


def test_a_list_of_examples_does_not_count_the_batch():
    text = ("Ministry of Foreign Affairs\n3 April 2025\n\n"
            "Uruguay and Paraguay signed twelve documents on Thursday.\n\n"
            "The package of documents signed in the presence of the two presidents includes:\n\n"
            "- Agreement on the mutual recognition of driving licences;\n"
            "- Memorandum of understanding on cooperation in tourism;\n"
            "- MoU between the Uruguayan Space Agency and the Paraguayan Space Agency.\n")
    rows = _run(text, dt.date(2025, 4, 3))
    lead = [r for r in rows if r["surface"] == "documents" and "package" in text[r["char_start"] - 20:r["char_start"]]]
    assert lead and lead[0]["quantity"] is None
    names = {r["name"] for r in rows}
    assert "Agreement on the mutual recognition of driving licences" in names
    assert "Memorandum of understanding on cooperation in tourism" in names
    assert "MoU between the Uruguayan Space Agency and the Paraguayan Space Agency" in names
    assert {r["quantity"] for r in rows if r["name"]} == {1}


# --- types, entry into force ------------------------------------------------------------------------


def test_a_trade_in_goods_agreement_is_a_trade_agreement():
    [r] = _find("A Trade in Services Agreement was signed in Quito on 2 June 2021.",
                dates=[("2 June 2021", dt.date(2021, 6, 2), "day")], pair=("ECU", "COL"))
    assert (r["agreement_type"], r["name"]) == ("trade_agreement", "Trade in Services Agreement")
    [r] = _find("The Agreement on Trade in Services was signed in Quito on 2 June 2021.",
                dates=[("2 June 2021", dt.date(2021, 6, 2), "day")], pair=("ECU", "COL"))
    assert r["agreement_type"] == "agreement"


def test_effective_from_dates_the_entry_into_force():
    text = "A transit agreement, signed in Vientiane on 3 May 2018 and effective from 1 February 2019, covers 40 routes."
    [r] = _find(text, dates=[("3 May 2018", dt.date(2018, 5, 3), "day"), ("1 February 2019", dt.date(2019, 2, 1), "day")],
                pair=("LAO", "THA"))
    assert (r["signed_date"], r["effective_date"]) == (dt.date(2018, 5, 3), dt.date(2019, 2, 1))


def test_in_force_since_dates_the_entry_into_force():
    text = ("Hanoi, 12 March 2026\n\nThe Chile-Vietnam Free Trade Agreement, signed in Da Nang on 11 November 2011, "
            "and in force since 1 January 2014, has lifted two-way trade.\n")
    [r] = _run(text, dt.date(2026, 3, 12))
    assert (r["signed_date"], r["effective_date"]) == (dt.date(2011, 11, 11), dt.date(2014, 1, 1))


# --- coordinated instruments and names ------------------------------------------------------------------


def test_a_second_instrument_after_the_first_ones_complement_shares_its_signing():
    text = "In May 2023, they signed a protocol to build a border bridge and a memorandum of understanding on fisheries."
    rows = _find(text, dates=[("May 2023", dt.date(2023, 5, 1), "month")], pair=("URY", "ARG"))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("protocol", dt.date(2023, 5, 1)), ("mou", dt.date(2023, 5, 1))]
    assert rows[0]["name"] == "Protocol to build a border bridge"
    assert rows[1]["name"] == "Memorandum of understanding on fisheries"


def test_a_joint_statement_of_two_countries_is_named_by_its_subject():
    text = ("The Joint Statement of the Republic of Ghana and the Togolese Republic on strengthening "
            "the comprehensive partnership was also adopted.")
    [r] = _find(text, pair=("GHA", "TGO"), fallback_date=(dt.date(2025, 3, 4), "day"), fallback_is_lede=True)
    assert r["name"] == "Joint Statement on strengthening the comprehensive partnership"
    assert {p["country_iso3"] for p in r["parties"]} == {"GHA", "TGO"}


def test_a_titled_instrument_with_a_lower_case_subject_is_named_by_it():
    [r] = _find("The Protocol on veterinary requirements for the export of Chilean cherries was signed.",
                pair=("CHL", "CHN"))
    assert r["name"] == "Protocol on veterinary requirements for the export of Chilean cherries"
    # a title already extended keeps its title
    [r] = _find("The Agreement on Trade in Goods was signed.", pair=("CHL", "CHN"))
    assert r["name"] == "Agreement on Trade in Goods"


def test_an_fta_acronym_names_the_free_trade_agreement():
    [r] = _find("The Chile-Vietnam FTA was signed in 2011.", dates=[("2011", dt.date(2011, 1, 1), "year")],
                pair=("CHL", "VNM"))
    assert r["name"] == "Chile-Vietnam Free Trade Agreement"


def test_an_arrangement_is_an_instrument_only_when_signed():
    [r] = _find("The two leaders witnessed the signing of an arrangement on fisheries cooperation.",
                pair=("FJI", "NZL"), fallback_date=(dt.date(2024, 6, 1), "month"))
    assert (r["agreement_type"], r["name"]) == ("agreement", "Arrangement on fisheries cooperation")
    assert _find("Power is supplied under a bilateral power purchase arrangement.", pair=("FJI", "NZL")) == []


# --- dates from the event -----------------------------------------------------------------------------------


def test_a_signing_during_a_visit_spanning_days_is_on_the_day_of_the_report():
    text = "In the presence of the two presidents, the ministers signed an MoU on tourism."
    [r] = _find(text, pair=("GHA", "TGO"), fallback_date=(dt.date(2026, 5, 4), "day"), fallback_is_lede=True,
                fallback_end=dt.date(2026, 5, 6), reference=(dt.date(2026, 5, 5), "day"))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 5), "day")


def test_the_dates_of_the_visit_in_a_statement_heading_are_not_its_issue_date():
    text = "Ghana-Togo Joint Statement on the State Visit of the President of Togo to Ghana (4-6 May 2026)"
    [r] = _find(text, dates=[("4-6 May 2026", dt.date(2026, 5, 4), "day")], pair=("GHA", "TGO"),
                heading_date=dt.date(2026, 5, 5))
    assert (r["agreement_type"], r["signed_date"]) == ("joint_statement", dt.date(2026, 5, 5))


def test_an_also_signing_goes_on_on_the_day_just_told():
    text = "The two sides also issued a joint statement on maritime security."
    [r] = _find(text, pair=("GHA", "TGO"), fallback_date=(dt.date(2026, 5, 4), "day"), fallback_is_lede=True,
                previous_day=dt.date(2026, 5, 5))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 5), "day")
    # a day of another month is another story: the lede's month
    [r] = _find(text, pair=("GHA", "TGO"), fallback_date=(dt.date(2026, 5, 4), "day"), fallback_is_lede=True,
                previous_day=dt.date(2019, 2, 5))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 1), "month")


# --- parties, opinions ---------------------------------------------------------------------------------------


def test_who_recalls_a_signing_is_no_signatory():
    text = ("Ghana and Togo held talks in Accra on Tuesday.\n\n"
            "Foreign Minister Kwame Asante recalled that the commission was established by an agreement signed "
            "in Lome on 3 March 2010.\n")
    [r] = _run(text, dt.date(2026, 5, 7))
    assert r["signed_date"] == dt.date(2010, 3, 3)
    assert not [p for p in r["parties"] if p["actor_type"] == "person"]
    assert r["countries"] == ["GHA", "TGO"]


def test_countries_named_as_places_are_not_the_narrative_pair():
    text = ("Ghana and Togo held talks in Accra on Tuesday, 5 May 2026.\n\n"
            "The ministers discussed the situation in the northern Central African Republic and in Sudan's "
            "Darfur region.\n\n"
            "The commission was established by an agreement signed in Lome on 3 March 2010.\n")
    [r] = _run(text, dt.date(2026, 5, 7))
    assert r["countries"] == ["GHA", "TGO"]


def test_a_vague_signing_of_documents_in_an_opinion_is_no_mention():
    text = ("The signing of relevant documents between the two countries lays a better foundation "
            "for cooperation, Li said.")
    assert _find(text, pair=("CHN", "LAO")) == []
    [r] = _find("The two ministers witnessed the signing of relevant documents.", pair=("CHN", "LAO"))
    assert r["agreement_type"] == "agreement"
    # counted, or a finite signing verb: a fact even in a quote
    assert _find('"We signed nine documents today," Li said.', pair=("CHN", "LAO"))


@pytest.mark.parametrize("text", [
    "Trade with Peru, and the Andean Pact of 1969 still shape the bloc.",
    "Peru and Bolivia are parties to the Andean Pact of 1969.",
])
def test_a_title_after_punctuation_is_not_embedded_in_another(text):
    [r] = _find(text, pair=("PER", "BOL"))
    assert (r["name"], r["signed_date"]) == ("Andean Pact", dt.date(1969, 1, 1))


@pytest.mark.parametrize("text, year", [
    ("Under the 2015 agreement, both sides cut tariffs on fruit.", 2015),
    ("Under the 2009 border agreement, both sides cut tariffs on fruit.", 2009),
    ("The agreement of 12 May 1998 remains the basis of their fisheries ties.", 1998),
])
def test_a_year_before_or_of_a_lower_case_instrument_dates_a_reference(text, year):
    [r] = _find(text, pair=("PER", "CHL"))
    assert (r["signed_date"], r["signed_precision"]) == (dt.date(year, 1, 1), "year")


@pytest.mark.parametrize("text", [
    "By the 2030 deadline, the agreement must be ratified.",
    "The convention of the party was held in 1998.",
])
def test_a_year_not_attached_to_the_instrument_makes_no_reference(text):
    assert _find(text, pair=("PER", "CHL")) == []


def test_headlines_under_a_related_header_are_other_articles():
    text = ("Lima, 3 March 2026\n\nPeru and Chile signed an agreement on fisheries on Monday.\n\n"
            "Also Read:\n-- Chilean, Peruvian firms sign deal on copper smelting\n"
            "-- Peru signs MoU with Bolivia on water\n\n"
            "The two countries also signed a protocol on customs on Monday.\n")
    rows = _run(text, dt.date(2026, 3, 3))
    assert [r["agreement_type"] for r in rows] == ["agreement", "protocol"]


def test_a_series_of_instruments_shares_the_signing_and_names_by_complements():
    text = ("During the visit, the two sides signed 12 cooperation documents, including an agreement on road "
            "transport, a protocol on border management and a memorandum of understanding on the Mekong ferry service.")
    rows = _find(text, pair=("LAO", "KHM"), fallback_date=(dt.date(2026, 3, 3), "day"))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("agreement", dt.date(2026, 3, 3)), ("agreement", dt.date(2026, 3, 3)),
        ("protocol", dt.date(2026, 3, 3)), ("mou", dt.date(2026, 3, 3))]
    assert rows[0]["quantity"] == 12
    assert [r["name"] for r in rows[1:]] == ["Agreement on road transport", "Protocol on border management",
                                             "Memorandum of understanding on the Mekong ferry service"]
    assert rows[1]["topics"] == ["road transport"]


def test_a_statement_at_the_end_of_a_visit_spanning_days_is_issued_on_its_last_day():
    text = ("Laos and Cambodia issued a joint statement at the end of Prime Minister Sok Vanna's three-day "
            "official visit from March 1 to 3.")
    i = text.index("March 1 to 3")
    ctx = SentenceContext(countries=[(h.start, h.end, h.iso3, h.kind) for h in find_countries(text)],
                          dates=[(i, i + len("March 1 to 3"), dt.date(2026, 3, 1), "day")],
                          span_ends={i: dt.date(2026, 3, 3)})
    [r] = find_agreements(text, ctx)
    assert (r["agreement_type"], r["signed_date"]) == ("joint_statement", dt.date(2026, 3, 3))


def test_an_also_sentence_in_a_new_paragraph_goes_on_on_the_day_of_the_signing_before():
    text = ("Nairobi, 14 October 2026\n\nKenya and Ethiopia on Tuesday signed five agreements on energy, trade and "
            "health after talks between the two leaders.\n\n"
            "The two leaders also witnessed the exchange of a memorandum of understanding on the Lamu port corridor.\n")
    rows = _run(text, dt.date(2026, 10, 14))
    assert [(r["quantity"], r["signed_date"]) for r in rows] == [(5, dt.date(2026, 10, 13)), (None, dt.date(2026, 10, 13))]
    assert rows[0]["topics"] == ["energy", "trade", "health"]
    assert rows[1]["name"] == "Memorandum of understanding on the Lamu port corridor"


def test_a_lower_case_instrument_acting_on_a_titled_one_keeps_the_whole_title():
    [r] = _find("They signed a protocol amending the Convention on Mutual Assistance in Customs Matters.",
                pair=("FRA", "TUN"), fallback_date=(dt.date(2025, 6, 1), "month"))
    assert (r["agreement_type"], r["name"]) == (
        "protocol", "Protocol amending the Convention on Mutual Assistance in Customs Matters")


def test_a_fronted_phrase_ending_on_a_date_moves_the_story_to_that_day():
    text = ("PRESS RELEASE\n\nState Visit of the President of Ghana to Togo\n4 - 8 May 2025\n\n"
            "1. President Kofi Mensah is on a State Visit to Togo from 4 to 8 May 2025.\n\n"
            "2. On 5 May, President Mensah called on the Speaker of the National Assembly.\n\n"
            "3. Following an official welcome ceremony on 6 May, the two Presidents held talks at the Palace.\n\n"
            "4. The two leaders witnessed the exchange of seven instruments.\n")
    [r] = _run(text, dt.date(2025, 5, 7))
    assert (r["quantity"], r["signed_date"], r["signed_precision"]) == (7, dt.date(2025, 5, 6), "day")


def test_a_definite_instrument_signed_by_officials_is_the_one_just_told():
    text = ("Seoul, Nov. 5 (Yonhap) -- South Korea and Vietnam signed a memorandum of understanding (MOU) on "
            "critical minerals supply chains on Wednesday, the industry ministry said.\n\n"
            "The MOU was signed by Industry Minister Park Ji-hoon and his Vietnamese counterpart Nguyen Van Thanh.\n")
    rows = _run(text, dt.date(2025, 11, 5))
    assert [r["signed_date"] for r in rows] == [dt.date(2025, 11, 5)] * 2
    assert rows[0]["name"] == "Memorandum of understanding on critical minerals supply chains"


def test_a_program_of_cooperation_is_an_executive_programme():
    [r] = _find("They signed a Program of cultural and humanitarian cooperation for 2026-2028.",
                pair=("UZB", "KGZ"), fallback_date=(dt.date(2026, 5, 20), "day"))
    assert r["agreement_type"] == "executive_program"


def test_a_plan_of_action_and_a_batch_after_its_period_share_the_signing():
    text = ("The two leaders welcomed the signing of the Plan of Action for the Implementation of the Strategic "
            "Partnership for 2026-2030 and several cooperation documents on fisheries and education on Monday.")
    rows = _find(text, dates=[("2026-2030", dt.date(2026, 1, 1), "year"), ("Monday", dt.date(2026, 8, 10), "day")],
                 pair=("IDN", "PHL"))
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [
        ("other", dt.date(2026, 8, 10)), ("agreement", dt.date(2026, 8, 10))]
    assert rows[1]["topics"] == ["fisheries", "education"]


def test_a_country_called_by_its_official_name_in_a_between_phrase_is_no_organisation():
    [r] = _find("Joint Communique between the Republic of Indonesia and the Republic of the Philippines",
                pair=("IDN", "PHL"), heading_date=dt.date(2026, 8, 9))
    assert r["agreement_type"] == "joint_statement"
    assert not [p for p in r["parties"] if p["actor_type"] != "country"]


@pytest.mark.parametrize("text, n", [
    ("Uganda, Kenya sign 23 MoUs to boost trade", 1),
    ("Uganda and Kenya to sign border treaty", 0),
    ("The visit is a sign of trust in the agreement.", 0),
    ("It is an encouraging sign that the agreement holds.", 0),
    ("Ministers did not sign the agreement.", 0),
    ("Both sides failed to sign the protocol.", 0),
])
def test_a_present_tense_sign_in_a_headline_is_a_signing_but_not_a_planned_or_negated_one(text, n):
    assert len(_find(text, pair=("UGA", "KEN"), fallback_date=(dt.date(2026, 4, 7), "day"))) == n


def test_a_decimal_point_does_not_break_the_clause_and_a_reporting_tail_ends_the_topics():
    [r] = _find("A total of 20 agreements worth $3.5 billion were signed during the forum.", pair=("EGY", "JOR"),
                fallback_date=(dt.date(2026, 4, 7), "day"))
    assert r["quantity"] == 20
    [r] = _find("Egypt and Jordan signed 14 memoranda in areas including energy and water, Prime Minister Ali Fathy said.",
                pair=("EGY", "JOR"), fallback_date=(dt.date(2026, 4, 7), "day"))
    assert (r["quantity"], r["topics"]) == (14, ["energy", "water"])
