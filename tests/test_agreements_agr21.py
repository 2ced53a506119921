"""Agreement rules for unseen news (round 21).

* A date before a temporal subordinate clause that holds the signing verb (", months after the two
  countries signed ...") is the main clause's: the signing takes the date of its own clause.
* "the signing of A ..., and of B": the second conjunct repeats the preposition and shares the signing.
* A named instrument with no cue of its own (no signing, no entry into force in the sentence) takes no date
  of the sentence except one written next to it ("trade rose in 2026 as the CEPA enters its third year").
* A body named after an instrument ("the X-Y CEPA Joint Committee") is no instrument.
* "On the sidelines of the <Capitalised Name>" dates the signing by the sentence writing that name, not by
  a later one mentioning "the committee session" in passing.
* "The other/remaining N agreements are ..." enumerates the rest of the batch told before, at any distance;
  a titled instrument marked as one more of the set ("Another Memorandum ...") is signed with the batch.
* A definite acronym that is an instrument word ("The CEPA, signed on ...") is named by the title it was
  defined after, so that its signing and the title's undated mentions are one instrument.
* A bare "deal" given as an example of a counted batch of agreements is one of the agreements.

Own sentences, pairs and numbers."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date = dt.date(2026, 9, 10)) -> list[tuple]:
    return [(r["name"], r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"])
            for r in _run(text, ref)]


# --- a date before a temporal subordinate clause -------------------------------------------------------


def test_a_signing_in_a_clause_after_months_after_takes_its_own_date():
    text = ("Ghana and Togo held talks on Monday.\n\n"
            "The first session was held in Lomé in May 2025, weeks after the two countries signed a Memorandum "
            "of Understanding on Customs Cooperation in Accra in January 2025.\n")
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2025, 1, 1), "month")


def test_a_signing_in_a_since_clause_takes_its_own_year():
    text = ("Chile and Peru reviewed their ties.\n\n"
            "Bilateral trade doubled in 2024, two years after Chile and Peru signed a treaty on water sharing "
            "in Lima in March 2022.\n")
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("treaty", dt.date(2022, 3, 1), "month")


def test_a_date_opening_the_signing_clause_still_dates_it():
    # near miss: the subordinate clause holds the talks, the signing is in the main clause with the date
    text = ("Ghana and Togo reviewed their ties.\n\n"
            "On 4 May 2026, after talks in Accra, Ghana and Togo signed an agreement on fisheries.\n")
    [r] = _rows(text)
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 5, 4), "day")


def test_talks_on_a_day_after_which_a_batch_was_signed_date_the_batch():
    # near miss: "after which" goes on with the same occasion
    text = ("Chile and Peru reviewed their ties.\n\n"
            "The ministers held talks on 3 June 2026, after which they signed four cooperation documents.\n")
    [r] = _rows(text)
    assert (r[1], r[2], r[3], r[4]) == ("agreement", 4, dt.date(2026, 6, 3), "day")


# --- "the signing of A ..., and of B" ---------------------------------------------------------------------

_TALKS = ("1. Foreign Minister Ana Ruiz of Peru paid an official visit to Korea from 10 to 13 March 2026.\n\n"
          "2. On 12 March, Minister Ruiz held bilateral talks with Foreign Minister Kim Soo-jin. The two "
          "Ministers reviewed relations.\n\n")


def test_a_loan_agreement_after_and_of_shares_the_exchange_of_notes_signing():
    text = _TALKS + ("3. Following the talks, the two Ministers witnessed the signing and exchange of Notes on a "
                     "Korean grant of 3 billion won for the Project for Rural Electrification in Cusco, and of a "
                     "loan agreement worth 40 billion won for the Lima Metro Line 4 Project.\n")
    rows = _rows(text, dt.date(2026, 3, 14))
    assert [(r[1], r[3], r[4]) for r in rows] == [("agreement", dt.date(2026, 3, 12), "day")] * 2
    assert rows[1][0] == "Loan agreement"


def test_a_protocol_after_and_of_shares_a_dated_signing():
    text = ("Chile and Peru reviewed their ties.\n\n"
            "The presidents hailed the signing of an agreement on border crossings in Tacna on 2 June 2026, "
            "and of a protocol on mining safety.\n")
    rows = _rows(text)
    assert [(r[1], r[3], r[4]) for r in rows] == [("agreement", dt.date(2026, 6, 2), "day"),
                                                  ("protocol", dt.date(2026, 6, 2), "day")]


def test_a_second_conjunct_with_a_pending_verb_is_not_signed():
    # near miss: the second instrument has its own (future) verb
    text = ("Chile and Peru reviewed their ties.\n\n"
            "The presidents hailed the signing of an agreement on border crossings in Tacna on 2 June 2026, "
            "and of a protocol on mining safety, which will be signed next year.\n")
    rows = _rows(text)
    assert [(r[1], r[3]) for r in rows] == [("agreement", dt.date(2026, 6, 2))]


# --- a named instrument without a cue of its own --------------------------------------------------------


def test_an_instrument_entering_its_third_year_takes_no_date_of_the_trade_figure():
    text = ("Doha: Trade between Qatar and Kenya rose 9 per cent to $1.2 billion in the first half of 2026, as the "
            "two countries' Comprehensive Economic Partnership Agreement (CEPA) enters its second year.\n")
    [r] = _rows(text, dt.date(2026, 7, 8))
    assert (r[0], r[1], r[3], r[4]) == ("Comprehensive Economic Partnership Agreement", "free_trade_agreement",
                                        None, "unknown")


def test_exports_under_a_titled_agreement_in_a_year_date_no_signing():
    text = ("Chile and Thailand reviewed their ties.\n\n"
            "Exports under the Chile-Thailand Free Trade Agreement grew by a fifth in 2025.\n")
    rows = _rows(text)
    assert all(r[3] is None for r in rows)


def test_a_date_written_right_after_a_titled_treaty_dates_it():
    # near miss: the date is the instrument's own ("of 12 May 1977")
    text = ("Chile and Peru reviewed their ties.\n\n"
            "Trade grew in 2025 under the Treaty of Amity of 12 May 1977.\n")
    [r] = _rows(text)
    assert (r[0], r[1], r[3], r[4]) == ("Treaty of Amity", "treaty", dt.date(1977, 5, 12), "day")


# --- a body named after an instrument --------------------------------------------------------------------


def test_a_joint_committee_named_after_an_fta_is_no_instrument():
    text = ("Qatar and Kenya reviewed trade.\n\n"
            "The figures were announced on Tuesday at the second meeting of the Qatar-Kenya CEPA Joint "
            "Committee in Doha.\n")
    assert _rows(text, dt.date(2026, 7, 8)) == []


def test_an_fta_council_is_no_instrument():
    text = ("Chile and Thailand reviewed trade.\n\n"
            "Officials met in Bangkok on Friday for the first session of the Chile-Thailand FTA Council.\n")
    assert _rows(text, dt.date(2026, 7, 8)) == []


def test_a_memorandum_establishing_a_joint_committee_is_an_instrument():
    # near miss: the committee is the memorandum's complement, the head is the memorandum
    text = "Qatar and Kenya signed a Memorandum of Understanding on the Establishment of a Joint Committee on 5 May 2026.\n"
    [r] = _rows(text, dt.date(2026, 7, 8))
    assert (r[0], r[1], r[3]) == ("Memorandum of Understanding on the Establishment of a Joint Committee", "mou",
                                  dt.date(2026, 5, 5))


# --- "on the sidelines of the <Name>" -----------------------------------------------------------------------


def test_a_signing_on_the_sidelines_of_a_named_committee_takes_its_day():
    text = ("Doha: Trade between Qatar and Kenya rose 9 per cent in the first half of 2026.\n\n"
            "The figures were announced on Tuesday at the second meeting of the Qatar-Kenya Joint Trade Committee "
            "in Doha.\n\n"
            "Ahead of the committee session, the two ministers held a bilateral meeting on Monday.\n\n"
            "On the sidelines of the Joint Trade Committee, the Qatar Chamber and the Kenya National Chamber of "
            "Commerce signed a memorandum of understanding to set up a business council.\n")
    [r] = _rows(text, dt.date(2026, 7, 8))
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2026, 7, 7), "day")


def test_a_signing_on_the_sidelines_of_a_named_commission_takes_its_day():
    text = ("LIMA: Chile and Peru agreed on Thursday to expand rail links.\n\n"
            "The Chile-Peru Joint Economic Commission met in Lima on Wednesday under the two trade ministers.\n\n"
            "Before the commission session, the ministers toured the port of Callao on Tuesday.\n\n"
            "On the sidelines of the Joint Economic Commission, the two railway companies signed an agreement "
            "on freight services.\n")
    [r] = _rows(text, dt.date(2026, 6, 12))
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 6, 10), "day")


# --- members of a batch told before ---------------------------------------------------------------------

_BATCH = ("Ghana and Togo signed five agreements on Wednesday in Accra, officials said.\n\n"
          "The ceremony was attended by the two foreign ministers.\n\n"
          "The ministers also discussed security in the Sahel region.\n\n"
          "Ghana's minister said the border was calm.\n\n"
          "Togo exported cocoa worth $20 million in 2025.\n\n"
          "Under the first agreement, Togo will supply electricity to northern Ghana.\n\n")


def test_the_remaining_agreements_far_after_the_batch_are_signed_with_it():
    text = _BATCH + ("The remaining three agreements are a memorandum of understanding on tourism, a protocol on "
                     "fisheries and an agreement on customs.\n")
    rows = _rows(text, dt.date(2026, 5, 8))
    assert rows[0][1:4] == ("agreement", 5, dt.date(2026, 5, 6))
    assert [(r[1], r[3], r[4]) for r in rows[1:]] == [("mou", dt.date(2026, 5, 6), "day"),
                                                      ("protocol", dt.date(2026, 5, 6), "day"),
                                                      ("agreement", dt.date(2026, 5, 6), "day")]


def test_the_other_agreement_alone_is_signed_with_the_batch():
    text = _BATCH + "The other agreement is a memorandum of understanding on tourism.\n"
    rows = _rows(text, dt.date(2026, 5, 8))
    assert [(r[1], r[3]) for r in rows[1:]] == [("mou", dt.date(2026, 5, 6))]


def test_another_titled_memorandum_is_signed_with_the_batch():
    text = ("Ghana and Togo signed five agreements on Wednesday in Accra, officials said.\n\n"
            "The ceremony was attended by the two foreign ministers.\n\n"
            "Another Memorandum of Understanding on Port Cooperation covers container handling in Lomé.\n")
    rows = _rows(text, dt.date(2026, 5, 8))
    assert rows[1] == ("Memorandum of Understanding on Port Cooperation", "mou", None, dt.date(2026, 5, 6), "day")


def test_another_titled_memorandum_without_a_batch_stays_undated():
    # near miss: no batch told before
    text = ("The ceremony was attended by the two foreign ministers of Ghana and Togo.\n\n"
            "Another Memorandum of Understanding on Port Cooperation covers container handling in Lomé.\n")
    [r] = _rows(text, dt.date(2026, 5, 8))
    assert (r[0], r[3]) == ("Memorandum of Understanding on Port Cooperation", None)


# --- a definite acronym that is an instrument word --------------------------------------------------------


def test_the_defined_cepa_is_named_by_its_title():
    text = ("Doha: Trade between Qatar and Kenya rose in 2026 as the two countries' Comprehensive Economic "
            "Partnership Agreement (CEPA) enters its second year.\n\n"
            "The CEPA, signed on May 3, 2023, entered into force on January 1, 2024.\n")
    rows = _rows(text, dt.date(2026, 7, 8))
    signed = [r for r in rows if r[3] is not None]
    assert [(r[0], r[1], r[3]) for r in signed] == [("Comprehensive Economic Partnership Agreement",
                                                     "free_trade_agreement", dt.date(2023, 5, 3))]


def test_an_undefined_cepa_stays_unnamed():
    # near miss: no title defines the acronym
    text = "Qatar and Kenya reviewed trade.\n\nThe CEPA, signed on May 3, 2023, entered into force on January 1, 2024.\n"
    [r] = _rows(text, dt.date(2026, 7, 8))
    assert (r[0], r[1], r[3]) == (None, "free_trade_agreement", dt.date(2023, 5, 3))


# --- a deal as an example of a batch of agreements -----------------------------------------------------------


def test_a_deal_among_counted_agreements_is_an_agreement():
    text = ("Saudi Arabia and Bangladesh signed four agreements on Wednesday, including a loan from the Saudi Fund "
            "for Development and a deal for a port operator to expand its container terminal.\n")
    rows = _rows(text, dt.date(2026, 10, 22))
    assert [(r[1], r[2]) for r in rows] == [("agreement", 4), ("agreement", None)]


def test_a_deal_among_counted_agreements_in_another_wording():
    text = ("Kenya and Ethiopia signed three agreements in Addis Ababa on 2 June 2026, among them a deal on power "
            "exports.\n")
    rows = _rows(text, dt.date(2026, 6, 5))
    assert [(r[1], r[3]) for r in rows] == [("agreement", dt.date(2026, 6, 2)), ("agreement", dt.date(2026, 6, 2))]
    assert rows[0][2] == 3


def test_a_deal_on_its_own_stays_other():
    # near miss: no batch
    text = "Kenya and Ethiopia signed a deal on power exports in Addis Ababa on 2 June 2026.\n"
    [r] = _rows(text, dt.date(2026, 6, 5))
    assert (r[1], r[3]) == ("other", dt.date(2026, 6, 2))
