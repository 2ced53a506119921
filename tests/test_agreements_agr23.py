"""Agreement rules for unseen news (round 15). Own sentences, with countries, names and numbers other
than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _dated(rows: list[dict]) -> set[tuple]:
    return {(r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"]) for r in rows}


# --- an undated signing during a visit of several days: the day an event was held -----------------


def test_a_signing_witnessed_after_an_event_held_today_is_of_that_day():
    text = ("PRIME MINISTER'S OFFICE\n\n"
            "NORWAY-SWEDEN LEADERS FORUM\n\n"
            "1. The Prime Minister of Norway is undertaking an official visit to Sweden from 3 to 4 May 2026 "
            "at the invitation of the Prime Minister of Sweden.\n\n"
            "2. Upon arrival on 3 May, the Prime Minister laid a wreath at the Royal Palace.\n\n"
            "3. The Leaders' Forum was held today at Harpsund.\n\n"
            "4. The two Prime Ministers witnessed the exchange of three documents.\n")
    rows = _run(text, dt.date(2026, 5, 4))
    assert _dated(rows) == {("agreement", 3, dt.date(2026, 5, 4), "day")}


def test_a_signing_witnessed_after_an_event_that_took_place_on_a_later_day_is_of_that_day():
    text = ("Presidency of Chile\n\n"
            "The President of Chile paid a state visit to Argentina from 10 to 12 June 2026.\n\n"
            "On 10 June, the President laid a wreath at the San Martin monument.\n\n"
            "The plenary session of the Binational Commission took place on 11 June at the Palacio San Martin.\n\n"
            "The two Presidents witnessed the signing of five agreements.\n")
    rows = _run(text, dt.date(2026, 6, 12))
    assert _dated(rows) == {("agreement", 5, dt.date(2026, 6, 11), "day")}


def test_an_event_held_on_the_first_day_of_the_visit_moves_no_day():
    # near miss: the event told as held is on the visit's first day, the day the story opens on
    text = ("Presidency of Chile\n\n"
            "The President of Chile paid a state visit to Argentina from 10 to 12 June 2026.\n\n"
            "On 10 June, a welcome ceremony was held at the Casa Rosada.\n\n"
            "The two Presidents witnessed the signing of five agreements.\n")
    rows = _run(text, dt.date(2026, 6, 12))
    assert _dated(rows) == {("agreement", 5, dt.date(2026, 6, 10), "day")}


# --- the items of a batch after a programme's period -----------------------------------------------


def _lede(body: str, ref: dt.date, place: str = "LIMA") -> list[dict]:
    text = (f"{place}, {ref.day} {ref.strftime('%B')} {ref.year} - The President of Chile held talks on Wednesday "
            "with the President of Peru.\n\n" + body + "\n")
    return _run(text, ref)


def _batch_items(rows: list[dict], count: int) -> tuple[dict, dict[str, dict]]:
    batch = next(r for r in rows if r["quantity"] == count)
    return batch, {r["agreement_type"]: r for r in rows if r is not batch}


def test_the_items_after_a_programme_of_cultural_cooperation_for_a_range_of_years_share_the_batch_signing():
    rows = _lede("The two Presidents witnessed the exchange of nine agreements, including an executive programme "
                 "of cultural cooperation for 2027-2029, a visa exemption agreement, and a memorandum of "
                 "understanding between Ecopetrol and Petroperu on a gas pipeline.", dt.date(2026, 10, 15))
    batch, items = _batch_items(rows, 9)
    assert set(items) == {"executive_program", "agreement", "mou"}
    assert batch["signed_date"] is not None
    assert all(r["signed_date"] == batch["signed_date"] for r in items.values())


def test_the_items_after_a_programme_for_the_period_share_the_batch_signing():
    rows = _lede("The ministers signed seven documents, including an executive programme for the period 2026-2030, "
                 "a fisheries agreement, and a memorandum of understanding between Codelco and Minsur on copper "
                 "refining.", dt.date(2026, 10, 15))
    batch, items = _batch_items(rows, 7)
    assert set(items) == {"executive_program", "agreement", "mou"}
    assert batch["signed_date"] is not None
    assert all(r["signed_date"] == batch["signed_date"] for r in items.values())


def test_the_items_after_a_programme_with_its_years_in_brackets_share_the_batch_signing():
    rows = _lede("The ministers signed seven documents, including a programme of scientific cooperation (2026-2030), "
                 "a fisheries agreement, and a memorandum of understanding between Codelco and Minsur on copper "
                 "refining.", dt.date(2026, 10, 15))
    batch, items = _batch_items(rows, 7)
    assert set(items) == {"executive_program", "agreement", "mou"}
    assert all(r["signed_date"] == batch["signed_date"] for r in items.values())


def test_an_instrument_under_negotiation_after_a_programme_period_is_no_row():
    # near miss: the instrument after the period has a pending phrase of its own
    rows = _lede("The ministers signed an executive programme of cultural cooperation for 2026-2028, while a "
                 "free trade agreement remains under negotiation.", dt.date(2026, 10, 15))
    assert [r["agreement_type"] for r in rows] == ["executive_program"]


# --- a date fronted before the first predicate dates the later ones --------------------------------


def _session(body: str) -> list[dict]:
    text = ("ACCRA, 14 October 2026 - Ghana and Togo held the third session of their Joint Commission in Accra "
            "from 8 to 9 October.\n\n" + body + "\n")
    return _run(text, dt.date(2026, 10, 14))


def test_agreed_minutes_adopted_after_a_long_title_take_the_fronted_date():
    rows = _session("At the close of the session on 9 October, Minister Kofi Mensah and Minister Koffi Agbeyome "
                    "signed the Agreement on the Mutual Recognition of Professional Qualifications of Engineers and "
                    "Architects and adopted the Agreed Minutes of the session.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {
        ("agreement", dt.date(2026, 10, 9)), ("other", dt.date(2026, 10, 9))}


def test_a_statement_issued_after_a_long_title_takes_the_fronted_date():
    rows = _session("On 12 October, the two foreign ministers signed the Protocol on Consular Cooperation between "
                    "the Consulates General of Both Countries in Border Regions and issued a Joint Statement on "
                    "migration.")
    assert {(r["agreement_type"], r["signed_date"]) for r in rows} == {
        ("protocol", dt.date(2026, 10, 12)), ("joint_statement", dt.date(2026, 10, 12))}


def test_a_pending_instrument_after_a_fronted_date_is_no_row():
    # near miss: the later predicate calls for an instrument, it signs none
    rows = _session("At the close of the session on 9 October, Minister Kofi Mensah and Minister Koffi Agbeyome "
                    "signed the Agreement on the Mutual Recognition of Professional Qualifications of Engineers and "
                    "Architects and called for the early conclusion of a protocol on road transport.")
    assert [(r["agreement_type"], r["signed_date"]) for r in rows] == [("agreement", dt.date(2026, 10, 9))]


# --- a definite plural after a fronted attribution refers back to the batch ------------------------


def _wire(body: str) -> list[dict]:
    return _run("ACCRA, 16 October 2026 -\n\n" + body + "\n", dt.date(2026, 10, 16))


def test_the_mous_after_according_to_date_the_batch_told_without_a_date():
    rows = _wire("Ghana and Togo have signed six memoranda of understanding on fisheries and ports, the Ministry "
                 "of Trade said on Friday.\n\nAccording to the ministry, the MoUs were signed in Lome on Wednesday "
                 "in the presence of the two trade ministers.")
    assert {(r["agreement_type"], r["quantity"], r["signed_date"]) for r in rows} == {
        ("mou", 6, dt.date(2026, 10, 14))}


def test_the_agreements_after_according_to_a_statement_date_the_batch():
    rows = _wire("Chile and Peru have signed four agreements on mining and energy, officials said on Friday.\n\n"
                 "According to a statement from the Chilean foreign ministry, the agreements were signed in "
                 "Santiago on Thursday.")
    assert {(r["agreement_type"], r["quantity"], r["signed_date"]) for r in rows} == {
        ("agreement", 4, dt.date(2026, 10, 15))}


def test_an_indefinite_plural_after_according_to_is_no_reference_to_the_batch():
    # near miss: "MoUs signed ... with Nigerian firms" (no determiner) are other instruments
    rows = _wire("Ghana and Togo have signed six memoranda of understanding on fisheries and ports, the Ministry "
                 "of Trade said on Friday.\n\nAccording to the ministry, MoUs signed in Lome on Wednesday with "
                 "Nigerian firms cover fertiliser supplies.")
    batch = [r for r in rows if r["quantity"] == 6]
    assert len(batch) == 1 and batch[0]["signed_date"] is None


# --- a look back in the sentence of a signing does not date the next signing -----------------------


def _jtc(body: str) -> list[dict]:
    text = ("Bogota Business Daily\n\nPublished: October 16, 2026\n\n"
            "Trade between Colombia and Peru rose 8 per cent in the first nine months of 2026.\n\n"
            "The figures were reviewed on Tuesday in Lima, where the trade ministers of Colombia and Peru co-chaired "
            "the fourth meeting of their Joint Trade Committee.\n\n" + body + "\n")
    return _run(text, dt.date(2026, 10, 16))


def test_a_signing_told_after_one_with_a_month_look_back_is_of_the_signing_day():
    rows = _jtc("At the meeting, the two ministers signed a memorandum of understanding on coffee trade, which they "
                "first discussed during a phone call in March. Separately, the export agencies of the two countries "
                "signed an MoU on trade fairs.")
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("mou", dt.date(2026, 10, 13), "day"), ("mou", dt.date(2026, 10, 13), "day")]


def test_a_signing_told_after_one_with_a_year_look_back_is_of_the_signing_day():
    rows = _jtc("At the meeting, the two ministers signed a protocol on fisheries, which was first proposed in 2024. "
                "In addition, the customs services of the two countries signed an agreement on data exchange.")
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("protocol", dt.date(2026, 10, 13), "day"), ("agreement", dt.date(2026, 10, 13), "day")]


def test_a_month_told_before_a_signing_without_a_signing_before_it_stays_the_narrative_time():
    # near miss: no signing in the sentence before, its month is the narrative's time
    rows = _jtc("At the meeting, the two ministers recalled a phone call in March. Separately, the export agencies "
                "of the two countries signed an MoU on trade fairs.")
    assert [(r["agreement_type"], r["signed_date"], r["signed_precision"]) for r in rows] == [
        ("mou", dt.date(2026, 3, 1), "month")]
