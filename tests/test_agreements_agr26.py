"""Agreement rules for unseen news (round 18). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

import polars as pl

from pipeline.extract.agreements import extract_agreements
from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.dates_reference import _closing_date, reference_date
from pipeline.extract.persons import extract_persons
from pipeline.model import DOCUMENTS
from pipeline.segment import segment
from tests.test_agreements_agr4 import _run


def _lede(body: str) -> list[dict]:
    text = ("SANTIAGO, 10 June 2027 - Chile's trade minister held talks with his South Korean counterpart in "
            "Santiago on Tuesday.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 6, 10))


def _summit(body: str) -> list[dict]:
    text = ("LIMA, October 21, 2027 -- Peruvian President Ana Ruiz and Korean President Kim Dae-ho agreed on "
            "Tuesday to deepen cooperation, signing nine intergovernmental documents after their summit in Lima."
            "\n\nKim arrived in Lima on Monday for a three-day official visit.\n\n" + body + "\n")
    return _run(text, dt.date(2027, 10, 21))


def _named(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["name"], r["signed_date"], r["signed_precision"]) for r in rows}


# --- "The FTA was signed in ...": a bare definite of the kind of the named instrument just told --------------


def test_the_fta_after_a_named_free_trade_agreement_is_that_agreement():
    rows = _lede("Talks on tariff cuts for copper cathodes under the Chile-Korea Free Trade Agreement are still "
                 "under way, officials said. The FTA was signed in February 2003 and took effect in April 2004.")
    assert {(r["name"], r["signed_date"]) for r in rows} == {
        ("Chile-Korea Free Trade Agreement", None), ("Chile-Korea Free Trade Agreement", dt.date(2003, 2, 1))}
    assert {r["effective_date"] for r in rows if r["signed_date"]} == {dt.date(2004, 4, 1)}


def test_the_treaty_after_a_named_treaty_is_that_treaty():
    rows = _lede("Both ministers praised the Treaty of Peace and Friendship between Chile and Korea. The treaty "
                 "was signed in 1961.")
    assert ("treaty", "Treaty of Peace and Friendship", dt.date(1961, 1, 1), "year") in _named(rows)
    assert all(r["name"] == "Treaty of Peace and Friendship" for r in rows)


def test_the_mou_after_a_named_mou_is_that_mou():
    rows = _lede("Exports grew under the MoU on Lithium Processing between the two mining agencies. The MoU was "
                 "signed in March 2025.")
    assert ("mou", "MoU on Lithium Processing", dt.date(2025, 3, 1), "month") in _named(rows)


def test_an_indefinite_fta_of_a_third_party_is_not_the_named_one():
    # near miss: "an FTA" signed by another country on another date is another instrument
    rows = _lede("Chile and Korea signed the Chile-Korea Free Trade Agreement in February 2003. Peru signed an "
                 "FTA with Korea in 2010.")
    named = [r for r in rows if r["name"] == "Chile-Korea Free Trade Agreement"]
    assert [r["signed_date"] for r in named] == [dt.date(2003, 2, 1)]
    assert not any(r["name"] == "Chile-Korea Free Trade Agreement" and r["signed_date"] == dt.date(2010, 1, 1)
                   for r in rows)


def test_the_fta_of_another_date_keeps_apart():
    # near miss: the named instrument has its own signing date, the bare definite another one
    rows = _lede("Chile and Korea signed the Chile-Korea Free Trade Agreement in February 2003. The FTA was "
                 "signed by Peru in 2010.")
    assert {r["signed_date"] for r in rows if r["name"] == "Chile-Korea Free Trade Agreement"} == {dt.date(2003, 2, 1)}


# --- "Among the documents was a memorandum ...": an item of the batch told before, signed with it ----------


def test_an_item_after_a_partitive_opening_is_signed_with_the_batch():
    rows = _summit("Among the documents was a memorandum of understanding on joint exploration for copper.")
    assert ("mou", "Memorandum of understanding on joint exploration for copper", dt.date(2027, 10, 19), "day") \
        in _named(rows)


def test_items_after_a_partitive_with_a_participle_are_signed_with_the_batch():
    rows = _summit("Among the agreements signed on Tuesday were a treaty on extradition and a memorandum on "
                   "tourism.")
    got = {(r["agreement_type"], r["signed_date"]) for r in rows if r["quantity"] is None}
    assert got == {("treaty", dt.date(2027, 10, 19)), ("mou", dt.date(2027, 10, 19))}


def test_a_partitive_of_topics_keeps_an_instruments_own_year():
    # near miss: an instrument dated by a year of its own is no item of the batch
    rows = _summit("Among the topics discussed was a memorandum of understanding on copper exploration signed "
                   "in 2019.")
    mou = [r for r in rows if r["agreement_type"] == "mou"]
    assert [(r["signed_date"], r["signed_precision"]) for r in mou] == [(dt.date(2019, 1, 1), "year")]


def test_a_later_also_signed_instrument_goes_on_with_the_items_day():
    rows = _summit("Among the documents was a memorandum of understanding on joint exploration for copper. The "
                   "Korea Eximbank also signed a loan agreement of 300 million dollars for a hospital in Cusco.")
    loan = [r for r in rows if r["name"] == "Loan agreement"]
    assert [(r["signed_date"], r["signed_precision"]) for r in loan] == [(dt.date(2027, 10, 19), "day")]


# --- a party's acronym in brackets inside "between A (X) and B on ..." ----------------------------------------


def test_an_mou_between_a_party_with_its_acronym_and_another_is_found():
    rows = _summit("Among the documents was a memorandum of understanding between the Korea Mining Corporation "
                   "(KOMIC) and Peru's Ministry of Energy and Mines on joint exploration for lithium.")
    assert ("mou", "Memorandum of understanding on joint exploration for lithium", dt.date(2027, 10, 19), "day") \
        in _named(rows)


def test_an_acronym_in_the_parties_keeps_the_title_complement():
    rows = _lede("On Tuesday the two sides also signed a memorandum of understanding between the Energy "
                 "Security Agency (ESA) and Chile's Ministry of Mining on green hydrogen.")
    assert ("mou", "Memorandum of understanding on green hydrogen", dt.date(2027, 6, 8), "day") in _named(rows)


def test_an_acronym_after_a_title_is_not_swallowed_into_its_parties():
    # near miss: an acronym after the instrument's own title (no "between") still ends the title
    rows = _lede("On Tuesday the two sides signed the Agreement on Mining Cooperation (AMC) and a memorandum on "
                 "tourism.")
    assert {r["name"] for r in rows if r["agreement_type"] == "agreement"} == {"Agreement on Mining Cooperation"}


# --- a press release dated only by its closing line under the signature ---------------------------------------


_RELEASE = ("PRESS RELEASE\n\nPresident Ada Okoro on Wednesday received the Prime Minister of the Portuguese "
            "Republic, His Excellency Rui Matos, at the Jubilee House in Accra, where both leaders held talks on trade, "
            "energy, fisheries, higher education and the security of shipping in the Gulf of Guinea.\n\nAfter the talks, "
            "the two leaders witnessed the signing of three agreements covering health, energy and culture.\n\n")


def test_a_release_closing_date_line_is_its_day():
    text = _RELEASE + "John Mensah\nSpokesman to the President\nMarch 5, 2027\n"
    assert reference_date(text, None) == (dt.date(2027, 3, 5), "day")
    text = _RELEASE + "Ministry of Foreign Affairs\nAccra\n5 March 2027\n"
    assert reference_date(text, None) == (dt.date(2027, 3, 5), "day")


def _run_release(text: str) -> list[dict]:
    """The extract stage on one document without a published date: its reference as ingest derives it."""
    ref, precision = reference_date(text, None)
    docs = pl.DataFrame(
        [{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
          "published_date": None, "reference_date": ref, "reference_precision": precision, "text": text,
          "content_sha256": "x"}],
        schema=DOCUMENTS,
    )
    sents = segment(docs)
    countries = country_mentions(sents)
    out = extract_agreements(sents, docs, extract_persons(sents, countries), countries, extract_dates(sents, docs))
    return out.to_dicts()


def test_a_batch_after_talks_of_a_weekday_in_a_release_dated_by_its_closing_line():
    text = _RELEASE + "John Mensah\nSpokesman to the President\nMarch 5, 2027\n"
    rows = _run_release(text)
    assert {(r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows} == {(3, dt.date(2027, 3, 3), "day")}


def test_date_lines_of_a_chronology_are_no_closing_date():
    # near miss: several lines that are only dates head a chronology's entries
    intro = "\n\n".join(f"Paragraph {i} tells the relations between the two sides." for i in range(8))
    text = (intro + "\n\nTimeline of relations\n\n12 January 2027\nThe ministers met in Accra.\n\n4 March 2027\n"
            "The leaders spoke by phone.\n")
    assert _closing_date(text) is None


def test_a_date_line_at_the_top_of_a_long_text_is_no_closing_date():
    # near miss: a lone date line far above the end is a heading, not the release's closing line
    body = "\n\n".join(f"Paragraph {i} tells the talks on trade and energy between the two sides." for i in range(8))
    text = "Diary\n\n4 March 2027\n\n" + body + "\n"
    assert _closing_date(text) is None
