"""Agreement rules for unseen news (round 16): a clause telling an earlier round of a series ("The
fifth was held in Bangkok in June 2024") is a look back, no narrative time for a signing told after
it; a speaker's "we have just signed" is signed on the text's day, and a list the speaker introduces
with "let me name them:" holds its items; a batch spelled out a few sentences later ("the documents
were an agreement on X, a memorandum on Y ...") dates its items; a plural of parties only
("Chilean-Peruvian agreements") is no title; "our 2004 extradition treaty" is a dated reference;
another outlet's shorter name of an instrument signed the same day is that instrument, and a
mention without a name or count joins the counted batch. Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

from pipeline.resolve.facts import AgreementMention, agreement_cluster_frames, cluster_agreements
from pipeline.resolve.instrument_names import instrument_key, keys_fit
from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in _run(text, ref)]


# --- an earlier round told in passing is no narrative time --------------------------------------


def test_an_elliptic_earlier_round_does_not_date_the_signing_after_it():
    text = ("Ministry of Foreign Affairs of Peru\n\n"
            "LIMA, 12 May 2026\n\n"
            "On 9 May the foreign ministers of Peru and Thailand co-chaired the sixth Peru-Thailand Joint "
            "Commission in Lima. The fifth was held in Bangkok in June 2024. At the close of the session, the "
            "two ministers signed three memoranda of understanding and issued a joint communique.\n")
    rows = _rows(text, dt.date(2026, 5, 12))
    assert ("mou", 3, dt.date(2026, 5, 9), "day") in rows
    assert ("joint_statement", None, dt.date(2026, 5, 9), "day") in rows


def test_a_pluperfect_earlier_round_does_not_date_the_next_sentence():
    text = ("Embassy of Chile in Vietnam\n\n"
            "HANOI, 20 August 2026\n\n"
            "The Chilean and Vietnamese deputy ministers met in Hanoi on Monday for the fourth round of "
            "political consultations, and signed two agreements on trade and education. The third meeting had "
            "been held in Santiago in 2023. The two deputy ministers also adopted a joint declaration.\n")
    rows = _rows(text, dt.date(2026, 8, 20))
    js = [r for r in rows if r[0] == "joint_statement"]
    assert js and all(r[2] is not None and r[2].year == 2026 for r in js)


def test_a_participle_earlier_round_in_the_same_sentence_does_not_date_the_next():
    text = ("Pacific Herald\n\n"
            "Wednesday, 15 July 2026\n\n"
            "On Tuesday the two trade ministers held the seventh Tonga-Samoa Trade Talks in Apia, the sixth "
            "having taken place in Nuku'alofa in the March of 2025. Afterwards they signed a Memorandum of "
            "Understanding on fisheries.\n")
    rows = _rows(text, dt.date(2026, 7, 15))
    assert ("mou", None, dt.date(2026, 7, 14), "day") in rows


def test_a_round_told_as_held_days_before_the_text_still_dates_the_signing():
    text = ("Ministry of Foreign Affairs of Peru\n\n"
            "LIMA, 12 May 2026\n\n"
            "The sixth Peru-Thailand Joint Commission was held in Lima on 9 May. At the close of the session, "
            "the two foreign ministers signed three memoranda of understanding.\n")
    assert ("mou", 3, dt.date(2026, 5, 9), "day") in _rows(text, dt.date(2026, 5, 12))


def test_an_ordinal_round_with_its_noun_told_by_a_chronicle_dates_the_signing_after_it():
    text = ("EXPLAINER\n\nGhana and Togo: a border partnership\n\nBy Ama Owusu | 4 November 2026\n\n"
            "The Joint Border Council is the yearly meeting of both governments. The ninth Joint Border Council "
            "met in Aflao on 14 March 2025. It closed with the Aflao Declaration and the signing of 12 "
            "agreements on customs, health and policing.\n")
    rows = _rows(text, dt.date(2026, 11, 4))
    assert ("agreement", 12, dt.date(2025, 3, 14), "day") in rows
    assert ("joint_statement", None, dt.date(2025, 3, 14), "day") in rows


# --- a speaker's "we have just signed" and the list after it ------------------------------------


def test_we_have_just_signed_is_signed_on_the_day_of_the_speech_with_its_listed_items():
    text = ("Embassy of Portugal in Ghana\n\n"
            "Remarks by the Minister of Foreign Affairs at the signing ceremony\n\n"
            "Accra, 10 March 2026\n\n"
            "Dear colleague, ladies and gentlemen,\n\n"
            "It is a pleasure to be in Accra.\n\n"
            "And we have just signed three agreements. Let me name them, because each one matters:\n"
            "- an agreement on cooperation in the field of maritime safety;\n"
            "- a memorandum of understanding on cooperation in higher education;\n"
            "- and an agreement on the avoidance of double taxation.\n\n"
            "Thank you.\n")
    rows = _run(text, dt.date(2026, 3, 10))
    batch = [r for r in rows if r["quantity"] == 3]
    assert batch and (batch[0]["signed_date"], batch[0]["signed_precision"]) == (dt.date(2026, 3, 10), "day")
    items = [r for r in rows if r["name"]]
    assert len(items) >= 2
    assert all(r["signed_date"] == dt.date(2026, 3, 10) for r in items)


def test_have_signed_without_just_stays_a_cumulative_total():
    text = ("Embassy of Portugal in Ghana\n\n"
            "Accra, 10 March 2026\n\n"
            "Since 1995 our two countries have signed 40 agreements.\n")
    rows = _run(text, dt.date(2026, 3, 10))
    assert all(r["signed_date"] != dt.date(2026, 3, 10) for r in rows)


# --- a batch spelled out sentences later --------------------------------------------------------


def test_the_documents_were_x_y_and_z_dates_the_items_with_the_batch():
    text = ("ACCRA/LIMA, May 6 (Wire) - Ghana and Peru signed three trade documents in Lima on Tuesday, the "
            "Ghanaian trade ministry said.\n\n"
            "Ghana's Trade Minister Kofi Mensah, who arrived in Lima on Monday, held talks with Peru's "
            "Minister of Foreign Trade before the signing.\n\n"
            "The talks were the first of their kind since 2019.\n\n"
            "According to the ministry, the documents were an agreement on the promotion of cocoa exports, a "
            "memorandum of understanding on customs cooperation and a memorandum of understanding on "
            "fisheries research.\n")
    rows = _run(text, dt.date(2026, 5, 6))
    items = [r for r in rows if r["name"]]
    assert len(items) == 3
    assert all((r["signed_date"], r["signed_precision"]) == (dt.date(2026, 5, 5), "day") for r in items)


# --- no title of parties only; a possessive before a year -------------------------------------


def test_a_plural_of_parties_only_is_no_title():
    text = ("Remarks by the Minister at the signing ceremony of Chilean-Peruvian agreements\n\n"
            "Santiago, 2 April 2026\n\n"
            "We have just signed two agreements, on mining and on tourism.\n")
    rows = _run(text, dt.date(2026, 4, 2))
    assert rows and all(r["name"] is None for r in rows if "agreements" in r["surface"].lower())


def test_our_year_treaty_is_a_reference_dated_by_that_year():
    text = ("One of the new instruments is a protocol to our 2004 extradition treaty between Ghana and Peru "
            "that speeds up the handover of fugitives.")
    rows = _run(text, dt.date(2026, 7, 9))
    treaty = [r for r in rows if r["agreement_type"] == "treaty"]
    assert treaty and (treaty[0]["signed_date"], treaty[0]["signed_precision"]) == (dt.date(2004, 1, 1), "year")


# --- resolution: another outlet's name of the same instrument; a bare mention of a batch --------


def _mention(doc: str, sid: int, name: str | None, qty: int | None, day: int, kind: str = "mou",
             prec: str = "day") -> AgreementMention:
    return AgreementMention(doc, sid, 0, 5, name, kind, dt.date(2026, 9, day), prec, None, "unknown",
                            qty, [], countries={"GHA", "PER"}).finish()


def _groups(clusters) -> list[list[tuple[str, int]]]:
    return sorted(sorted((m.doc_id, m.sentence_id) for m in c.members) for c in clusters)


def test_keys_fit_when_the_shorter_name_keeps_its_subject():
    long_ = instrument_key("Memorandum of Understanding on Cooperation in Customs Matters")
    assert keys_fit(instrument_key("memorandum of understanding on customs matters"), long_)
    assert not keys_fit(instrument_key("memorandum of understanding on cooperation"), long_)
    assert not keys_fit(instrument_key("memorandum of understanding on tax matters"), long_)


def test_a_shorter_name_from_another_outlet_on_the_same_day_is_the_same_instrument():
    full = _mention("radio", 5, "Memorandum of Understanding on Cooperation in Customs Matters", 1, 8)
    other = _mention("radio", 6, "Memorandum of Understanding on Fisheries Research", 1, 8)
    short = _mention("wire", 3, "memorandum of understanding on customs matters", None, 8)
    assert [("radio", 5), ("wire", 3)] in _groups(cluster_agreements([full, other, short]))


def test_a_shorter_name_of_another_day_or_of_the_same_text_stays_apart():
    full = _mention("radio", 5, "Memorandum of Understanding on Cooperation in Customs Matters", 1, 8)
    later = _mention("wire", 3, "memorandum of understanding on customs matters", None, 9)
    same_doc = _mention("radio", 7, "memorandum of understanding on customs matters", None, 8)
    groups = _groups(cluster_agreements([full, later, same_doc]))
    assert [("radio", 5)] in groups


def test_a_mention_without_name_count_or_day_joins_the_counted_batch_not_an_item():
    batch = _mention("wire", 3, None, 3, 8, kind="agreement")
    item = _mention("wire", 6, "Agreement on the Promotion of Cocoa Exports", None, 8, kind="agreement")
    headline = _mention("wire", 0, None, None, 1, kind="agreement", prec="month")
    assert [("wire", 0), ("wire", 3)] in _groups(cluster_agreements([batch, item, headline]))


# --- a batch told with the general type by one text and a specific type by another ---------------


def test_a_batch_of_documents_and_a_batch_of_mous_of_equal_count_from_two_texts_merge():
    documents = _mention("wire", 2, None, 4, 8, kind="agreement")
    mous = _mention("radio", 7, None, 4, 8, kind="mou")
    clusters = cluster_agreements([documents, mous])
    assert _groups(clusters) == [[("radio", 7), ("wire", 2)]]
    frames = agreement_cluster_frames(clusters)
    assert frames["clusters"]["agreement_type"].to_list() == ["mou"]


def test_batches_of_two_types_told_by_one_text_stay_two():
    # "The two sides signed five agreements and five memoranda of understanding."
    agreements = _mention("wire", 2, None, 5, 8, kind="agreement")
    mous = _mention("wire", 2, None, 5, 8, kind="mou")
    mous_radio = _mention("radio", 4, None, 5, 8, kind="mou")
    groups = _groups(cluster_agreements([agreements, mous, mous_radio]))
    assert [("wire", 2)] in groups and len(groups) == 2


def test_batches_of_other_counts_days_or_two_specific_types_stay_apart():
    base = _mention("wire", 2, None, 4, 8, kind="agreement")
    assert len(cluster_agreements([base, _mention("radio", 7, None, 3, 8, kind="mou")])) == 2
    assert len(cluster_agreements([base, _mention("radio", 7, None, 4, 9, kind="mou")])) == 2
    treaties = _mention("wire", 2, None, 4, 8, kind="treaty")
    assert len(cluster_agreements([treaties, _mention("radio", 7, None, 4, 8, kind="mou")])) == 2


def test_the_partition_keys_link_batches_across_types():
    import polars as pl

    from pipeline.resolve.facts import agreement_keys

    def row(doc: str, kind: str, qty: int) -> dict:
        return {"doc_id": doc, "sentence_id": 1, "char_start": 0, "char_end": 5, "name": None, "agreement_type": kind,
                "signed_date": dt.date(2026, 9, 8), "signed_precision": "day", "quantity": qty,
                "parties": [{"name": "Ghana", "actor_type": "country", "country_iso3": "GHA", "role": None},
                            {"name": "Peru", "actor_type": "country", "country_iso3": "PER", "role": None}]}
    keys = agreement_keys(pl.DataFrame([row("wire", "agreement", 4), row("radio", "mou", 4)]))
    shared = keys.filter(pl.col("key").str.starts_with("*batch")).group_by("key").agg(pl.col("i").n_unique())
    assert shared["i"].to_list() == [2]
