"""Agreement rules for unseen news (round 19): a signing tied to an earlier event ("After the meeting",
"At the end of the talks") takes the day written in that event's own clause, not the last day of its
sentence; a reception or a call-on of a named visitor is a meeting; an instrument's participle with
its signatories ("the MoU on X signed by the two countries in 2020") is a look back that moves no
narrative time; a signing verb right after a headline's instrument word ("Seven Agreements Signed")
is no title word; a purpose complement with "for" names an instrument ("an agreement for the
avoidance of double taxation"); the items a batch "includes" are signed with it. Own sentences,
pairs and numbers."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _rows(text: str, ref: dt.date) -> list[tuple]:
    return [(r["name"], r["agreement_type"], r["quantity"], r["signed_date"], r["signed_precision"])
            for r in _run(text, ref)]


# --- the day of the event's own clause ------------------------------------------------------------


def test_after_the_meeting_takes_the_day_of_the_meetings_clause():
    text = ("Embassy of Chile in Peru\n\n"
            "From 3 to 5 March, Deputy Minister Ana Rojas of Chile visited Peru. During the visit, she co-chaired "
            "the 2nd Meeting of the Chile-Peru Joint Committee on Fisheries with Vice Minister Luis Quispe in Lima "
            "on 4 March, and called on President Carmen Soto on 5 March.\n\n"
            "After the meeting, the two sides signed three cooperation documents.\n")
    [r] = _rows(text, dt.date(2026, 3, 6))
    assert r[2:] == (3, dt.date(2026, 3, 4), "day")


def test_after_the_talks_takes_the_day_of_the_talks_not_of_a_later_predicate():
    # (another order and wording: the talks' day comes first in its clause, the later predicate is a visit)
    text = ("Ministry of Foreign Affairs of Norway\n\n"
            "Foreign Minister Erik Dahl paid an official visit to Finland from 10 to 12 June. He held talks with "
            "Foreign Minister Aino Virtanen in Helsinki on 11 June, and visited the port of Turku on 12 June.\n\n"
            "Following the talks, the ministers signed a memorandum of understanding on Arctic research.\n")
    [r] = _rows(text, dt.date(2026, 6, 13))
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2026, 6, 11), "day")


def test_a_sentence_with_one_day_keeps_it():
    # near miss: one day in the sentence telling the meeting, nothing to choose
    text = ("Ministry of Foreign Affairs of Kenya\n\n"
            "The 3rd session of the Kenya-Uganda Joint Permanent Commission met in Nairobi on 18 May. "
            "Cabinet Secretary Jane Mwangi led the Kenyan side.\n\n"
            "At the end of the meeting, the two sides signed an agreement on cross-border trade.\n")
    [r] = _rows(text, dt.date(2026, 5, 20))
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 5, 18), "day")


# --- a reception is a meeting ----------------------------------------------------------------------


def test_a_reception_of_a_named_visitor_is_the_meeting_a_signing_follows():
    text = ("Ministry of Defence of Morocco\n\n"
            "Moroccan and Spanish warships opened a joint drill off Tangier on Monday.\n\n"
            "Admiral Pedro Ruiz, Spain's Chief of Defence Staff, who flew into Rabat on Tuesday, was received "
            "today by General Youssef Alami, Inspector General of the Royal Armed Forces.\n\n"
            "Talks focused on training. Following the meeting, a protocol on military medical cooperation was "
            "signed by the two officers.\n")
    [r] = _rows(text, dt.date(2026, 4, 9))  # a Thursday
    assert (r[1], r[3], r[4]) == ("protocol", dt.date(2026, 4, 9), "day")


def test_an_active_reception_is_a_meeting_too():
    text = ("Presidency of Senegal\n\n"
            "President Awa Diop received on Thursday the Prime Minister of Mali, Oumar Keita, who had landed in "
            "Dakar on Wednesday.\n\n"
            "After the meeting, the two leaders witnessed the signing of an agreement on road transport.\n")
    [r] = _rows(text, dt.date(2026, 10, 16))  # a Friday; Thursday is 15 October
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 10, 15), "day")


def test_receiving_a_letter_is_no_meeting():
    # near miss: "received" with a thing, not a visitor: the signing keeps the meeting told before
    text = ("Presidency of Senegal\n\n"
            "On Tuesday, President Awa Diop met the Prime Minister of Mali, Oumar Keita, in Dakar.\n\n"
            "On Thursday, the President received a letter from the Malian leader, which arrived on Wednesday.\n\n"
            "After the meeting, the two sides signed an agreement on road transport.\n")
    [r] = _rows(text, dt.date(2026, 10, 16))
    assert (r[1], r[3], r[4]) == ("agreement", dt.date(2026, 10, 13), "day")


def test_a_call_on_a_named_host_is_a_meeting_too():
    text = ("Press Information Bureau\n\n"
            "Minister of State Ravi Menon arrived in Dhaka on Monday. He called on Prime Minister Farida Haque "
            "on Tuesday, and visited the Bangabandhu Memorial on Wednesday.\n\n"
            "After the meeting, the two sides signed a memorandum of understanding on inland waterways.\n")
    [r] = _rows(text, dt.date(2026, 7, 9))  # a Thursday; Tuesday is 7 July
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2026, 7, 7), "day")


# --- an earlier instrument's participle with its signatories ----------------------------------------


def test_a_participle_with_signatories_is_a_look_back():
    text = ("Hellenic Ministry of National Defence\n\n"
            "On Wednesday, Defence Minister Nikos Pappas received Cyprus's Defence Minister Andreas Ioannou in "
            "Athens.\n\n"
            "The two ministers reviewed cooperation under the agreement on defence cooperation signed by the two "
            "governments in March 2019. At the end of the meeting, they signed a programme of military "
            "cooperation.\n")
    rows = _rows(text, dt.date(2026, 11, 13))  # a Friday; Wednesday is 11 November
    programme = [r for r in rows if r[3] is not None and r[3].year == 2026]
    assert programme and programme[0][3:] == (dt.date(2026, 11, 11), "day")
    old = [r for r in rows if r[3] is not None and r[3].year == 2019]
    assert [r[1:] for r in old] == [("agreement", None, dt.date(2019, 3, 1), "month")]


def test_a_signing_told_in_the_same_paragraph_still_dates_the_next_sentence():
    # near miss: a fresh signing with its day (no participle of an earlier instrument) goes on
    text = ("Ministry of Foreign Affairs of Ghana\n\n"
            "The two ministers signed an agreement on visa waivers on 4 March 2026. They also signed a "
            "memorandum of understanding on culture.\n")
    rows = _rows(text, dt.date(2026, 3, 5))
    assert [r[3:] for r in rows] == [(dt.date(2026, 3, 4), "day"), (dt.date(2026, 3, 4), "day")]


# --- a headline's verb ------------------------------------------------------------------------------


def test_a_signing_verb_after_a_headlines_instrument_is_no_title_word():
    for headline in ("Kenya, Uganda: Nine Agreements Signed as Summit Ends", "NINE AGREEMENTS INKED AT SUMMIT"):
        text = (f"{headline}\n\nNairobi Daily\n\nSaturday, 16 May 2026\n\n"
                "Kenya and Uganda on Friday signed nine agreements on trade, energy and transport.\n")
        rows = _rows(text, dt.date(2026, 5, 16))
        assert rows and all(r[0] is None for r in rows), headline
        assert {r[2] for r in rows} == {9}


def test_a_title_going_on_after_its_head_keeps_its_words():
    # near miss: a title word that is no signing verb goes on ("Agreement Establishing ...")
    text = ("Accra, 12 May 2026 - Ghana and Togo signed the Agreement Establishing the Volta Basin Fund on "
            "Monday.\n")
    [r] = _rows(text, dt.date(2026, 5, 12))
    assert r[0] == "Agreement Establishing the Volta Basin Fund"


# --- a purpose complement with "for" ---------------------------------------------------------------


def test_a_for_complement_names_the_instrument():
    text = ("Windhoek, 2 June 2026 - Namibia and Botswana on Monday signed an agreement for the avoidance of "
            "double taxation and an executive programme for youth exchanges.\n")
    names = {r[0] for r in _rows(text, dt.date(2026, 6, 2))}
    assert names == {"Agreement for the avoidance of double taxation", "Executive programme for youth exchanges"}


def test_a_for_phrase_of_time_or_duration_names_nothing():
    # near misses: "for the first time", "for five years", "for the two countries"
    for tail in ("for the first time", "for five years", "for the two countries"):
        text = f"Windhoek, 2 June 2026 - Namibia and Botswana on Monday signed an agreement {tail}.\n"
        [r] = _rows(text, dt.date(2026, 6, 2))
        assert r[0] is None, tail


# --- the items a batch includes ----------------------------------------------------------------------


def test_the_items_a_batch_includes_are_signed_with_it():
    text = ("Gulf Times\nWednesday, December 9, 2026\n\n"
            "DOHA, Dec 9 – Qatar's joint committee with Kenya wrapped up its fifth session in Doha on Tuesday, with "
            "five agreements and memoranda of understanding signed.\n\n"
            "The two-day session, which opened on Monday, was co-chaired by the two foreign ministers.\n\n"
            "The instruments signed include a memorandum of understanding on food security, an agreement on the "
            "promotion of investments and an executive programme on cultural cooperation for 2027-2029.\n")
    rows = _rows(text, dt.date(2026, 12, 9))
    assert {r[1] for r in rows} == {"agreement", "mou", "executive_program"}
    assert all(r[3:] == (dt.date(2026, 12, 8), "day") for r in rows), rows


def test_the_items_of_an_exchanged_batch_are_exchanged_with_it():
    text = ("Daily Mirror, Colombo\nFriday, 14 August 2026\n\n"
            "COLOMBO: Sri Lanka and the Maldives exchanged four documents on Thursday as President Nasheeda Ali "
            "ended her state visit.\n\n"
            "The visit opened on Wednesday with talks at the Presidential Secretariat.\n\n"
            "The documents exchanged included a protocol on fisheries research and a memorandum of "
            "understanding on health.\n")
    rows = [r for r in _rows(text, dt.date(2026, 8, 14)) if r[2] is None]
    assert {r[1] for r in rows} == {"protocol", "mou"}
    assert all(r[3:] == (dt.date(2026, 8, 13), "day") for r in rows), rows


def test_an_item_dated_in_its_own_sentence_keeps_its_date():
    # near miss: the sentence dates an item itself
    text = ("Gulf Times\nWednesday, December 9, 2026\n\n"
            "DOHA, Dec 9 – Qatar and Kenya on Tuesday signed four agreements.\n\n"
            "The session opened on Monday.\n\n"
            "The documents signed include a memorandum of understanding on food security, signed in draft in "
            "March 2026.\n")
    rows = _rows(text, dt.date(2026, 12, 9))
    mou = [r for r in rows if r[1] == "mou"]
    assert mou and all(r[3:] == (dt.date(2026, 3, 1), "month") for r in mou), rows


# --- instruments named by their kind ---------------------------------------------------------------


def test_an_exchange_of_letters_and_a_credit_agreement_are_two_named_instruments():
    text = ("Nairobi, 21 May 2026 - Korea and Kenya on Wednesday signed agreements for a water supply project in "
            "Mombasa.\n\nThe Exchange of Letters was signed at the Treasury by Korean Ambassador Park Min-ho and "
            "Principal Secretary Joseph Otieno. The credit agreement was then signed by the Korea Eximbank's "
            "regional director Lee Soo-jin and Mr. Otieno.\n")
    names = [r[0] for r in _rows(text, dt.date(2026, 5, 21))]
    assert "Exchange of Letters" in names and "Credit agreement" in names


def test_a_grant_agreement_is_named_by_its_kind():
    text = ("Vientiane, 3 March 2026 - Laos and Australia signed a grant agreement worth AUD 20 million on "
            "Monday.\n")
    [r] = _rows(text, dt.date(2026, 3, 3))
    assert (r[0], r[1]) == ("Grant agreement", "agreement")


def test_other_lower_case_instruments_get_no_kind_name():
    # near misses: a plain agreement, a lower-case exchange of notes, a plural of loan agreements
    text = ("Vientiane, 3 March 2026 - Laos and Australia signed a new agreement and an exchange of notes on "
            "Monday, and two loan agreements on Tuesday.\n")
    rows = _rows(text, dt.date(2026, 3, 3))
    assert rows and all(r[0] is None for r in rows), rows


def test_the_day_before_the_event_word_when_the_next_day_is_another_predicates():
    # (the meeting's day opens its clause; the later day belongs to a coordinated predicate)
    text = ("Ministry of External Affairs\n\n"
            "On 8 July, External Affairs Minister Kavya Rao met Foreign Minister Tomas Silva of Brazil in "
            "New Delhi, and on 9 July the visitor travelled to Agra.\n\n"
            "After the meeting, the two ministers signed a memorandum of understanding on space cooperation.\n")
    [r] = _rows(text, dt.date(2026, 7, 10))
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2026, 7, 8), "day")


def test_a_day_in_a_subordinate_clause_after_the_event_is_not_its_day():
    # near miss: "held talks ..., a day after X arrived for a visit that ends Friday": Friday is the visit's end
    text = ("Ministry of National Defense\n\n"
            "Defense Minister Aiko Mori arrived in Canberra on Tuesday.\n\n"
            "Minister Mori and Defence Minister Liam Ford held talks at Russell Offices on Wednesday, a day "
            "after she arrived for a four-day visit that ends Friday.\n\n"
            "Following the talks, the two ministers signed an arrangement on logistics support.\n")
    [r] = _rows(text, dt.date(2026, 7, 16))  # a Thursday
    assert (r[3], r[4]) == (dt.date(2026, 7, 15), "day")


def test_a_day_in_a_relative_clause_before_the_event_is_not_its_day():
    # near miss: the only day of the sentence is the visitor's arrival, told in a who-clause; the
    # signing after the talks keeps the lede's day
    text = ("Ministry of Foreign Affairs of Estonia\n\n"
            "Latvian Foreign Minister Inga Berzina arrived in Tallinn on 2 September for a visit.\n\n"
            "Ms. Berzina, who toured the port on 3 September, held talks with Foreign Minister Kalev Tamm.\n\n"
            "After the talks, the two ministers signed a memorandum of understanding on energy links.\n")
    [r] = _rows(text, dt.date(2026, 9, 4))
    assert (r[1], r[3], r[4]) == ("mou", dt.date(2026, 9, 2), "day")
