"""Event extraction, round 12 of tuning (own short texts, invented names and pairs).

Families: a definite title subject coordinated with "her Chilean counterpart, <name>"; "The Prime
Minister recalled his meeting with X" (the possessive is the title subject's); "met with A and
with B" (the repeated preposition tells two meetings); "talks between the two Presidents" (the
trigger ends on "between"); "held political consultations" (a domain adjective next to the noun);
"The previous round of consultations was held …" (a round of the series told before); "…, and a
flag meeting between the two forces was held …" after a letter (an event of its own); "the
inaugural session" (round 1); "This year marks the 60th anniversary of … relations" (counted back
to a year); "a letter from the President of Kenya to …" (a sender named by a title); a compound
title coordinated with a named minister; one-on-one / tête-à-tête talks kept apart from a session.
"""

from __future__ import annotations

from datetime import date

from pipeline.extract.event_numbers import parse_ordinal
from tests.test_events_general import countries_of, of_type, persons_of, run


# --- a definite title coordinated with a counterpart named in apposition --------------------


def test_the_minister_and_her_counterpart_named_in_apposition_both_take_part(tmp_path):
    rows = run(
        tmp_path,
        "JAKARTA: Foreign Minister Retno Wulandari met the Ambassador of Chile, Mr Pablo Herrera Soto, on Monday.\n\n"
        "The Minister and her Chilean counterpart, Minister of Foreign Affairs Mr Ignacio Valdes Rojas, last met on "
        "the margins of the APEC ministerial meeting in Lima in May.",
    )
    may = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2024, 5, 1)]
    assert len(may) == 1
    assert persons_of(may[0]) == {"Retno Wulandari", "Ignacio Valdes Rojas"}


def test_the_president_and_his_counterpart_in_apposition_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI: President Grace Wanjiru Kamau received the Ethiopian Minister of Trade, Mr Dawit Alemu, at State House on Monday.\n\n"
        "The President and his Ethiopian counterpart, President Abiy Tesfaye Bekele, had held talks in Addis Ababa in March.",
    )
    march = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2024, 3, 1)]
    assert len(march) == 1
    assert persons_of(march[0]) == {"Grace Wanjiru Kamau", "Abiy Tesfaye Bekele"}


def test_a_named_subject_with_a_counterpart_is_unchanged(tmp_path):
    # near miss: the subject is a name, not a title phrase
    rows = run(
        tmp_path,
        "Foreign Minister Retno Wulandari and her Chilean counterpart, Minister of Foreign Affairs Ignacio Valdes Rojas, "
        "met in Lima on Monday.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Retno Wulandari", "Ignacio Valdes Rojas"}


# --- "The Prime Minister recalled his meeting with X" -----------------------------------------


def test_the_possessive_after_a_title_subject_is_the_title_holder(tmp_path):
    rows = run(
        tmp_path,
        "KARACHI: Sri Lankan Foreign Minister Ruwan Perera called on Prime Minister Ahmed Raza Qureshi in Islamabad on Monday.\n\n"
        "The Prime Minister recalled his meeting with President Anura Silva on the sidelines of the Commonwealth summit "
        "in Apia in October last year.",
    )
    oct_ = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2023, 10, 1)]
    assert len(oct_) == 1
    assert persons_of(oct_[0]) == {"Ahmed Raza Qureshi", "Anura Silva"}


def test_the_possessive_after_a_title_subject_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "Norwegian State Secretary Ingrid Solberg Dahl paid a courtesy call on President Joao Manuel Tavares in Luanda on Tuesday.\n\n"
        "The President also recalled his talks with King Harald Olsen Berg in Oslo in June 2023.",
    )
    june = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2023, 6, 1)]
    assert len(june) == 1
    assert "Joao Manuel Tavares" in persons_of(june[0])
    assert "Ingrid Solberg Dahl" not in persons_of(june[0])


def test_a_possessive_after_a_named_subject_stays_that_person(tmp_path):
    # near miss: a named subject, no title phrase to resolve
    rows = run(
        tmp_path,
        "Prime Minister Ahmed Raza Qureshi received Sri Lankan Foreign Minister Ruwan Perera in Islamabad on Monday.\n\n"
        "Perera recalled his meeting with President Anura Silva in Apia in October last year.",
    )
    oct_ = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2023, 10, 1)]
    assert len(oct_) == 1
    assert "Ruwan Perera" in persons_of(oct_[0])
    assert "Ahmed Raza Qureshi" not in persons_of(oct_[0])


# --- "met with A and with B": two meetings --------------------------------------------------------


def test_a_repeated_with_tells_two_meetings(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, President Ana Lucia Ferreira of Portugal met with Prime Minister Kwame Mensah Boateng and with "
        "Vice President Ama Serwaa Owusu in Accra.",
    )
    ms = of_type(rows, "meeting")
    assert len(ms) == 2
    assert {frozenset(persons_of(m)) for m in ms} == {
        frozenset({"Ana Lucia Ferreira", "Kwame Mensah Boateng"}),
        frozenset({"Ana Lucia Ferreira", "Ama Serwaa Owusu"}),
    }


def test_a_repeated_with_after_talks_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "Later that day, Kazakh Foreign Minister Askar Nurlanovich Bekov held talks with Foreign Minister Tomas Novak "
        "and later with Prime Minister Petr Dvorak Kral in Prague.",
    )
    ms = of_type(rows, "meeting")
    assert len(ms) == 2
    assert all("Askar Nurlanovich Bekov" in persons_of(m) for m in ms)


def test_objects_joined_by_a_bare_and_stay_one_meeting(tmp_path):
    # near miss: "met with A and B" (no second "with") is one meeting of three
    rows = run(
        tmp_path,
        "On Tuesday, President Ana Lucia Ferreira of Portugal met with Prime Minister Kwame Mensah Boateng and "
        "Vice President Ama Serwaa Owusu in Accra.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Ana Lucia Ferreira", "Kwame Mensah Boateng", "Ama Serwaa Owusu"}


# --- "talks between the two Presidents" ------------------------------------------------------------

_STATE_VISIT = (
    "At the invitation of the President of the Republic of Peru, H.E. Mr. Jorge Luis Salas, the President of the "
    "Republic of Ghana, H.E. Mr. Kofi Mensah Asare, is paying a State Visit to Peru from 18 to 20 November 2024.\n\n"
)


def test_talks_between_the_two_presidents_after_a_ceremony(tmp_path):
    rows = run(
        tmp_path,
        _STATE_VISIT + "On 19 November, President Jorge Luis Salas hosted an official welcoming ceremony for President "
        "Asare at the Government Palace in Lima, followed by official talks between the two Presidents.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Jorge Luis Salas", "Kofi Mensah Asare"}
    assert countries_of(m) == {"PER", "GHA"}


def test_talks_between_the_two_presidents_as_a_subject(tmp_path):
    rows = run(tmp_path, _STATE_VISIT + "On 19 November, official talks between both Presidents were held at the Government Palace.")
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Jorge Luis Salas", "Kofi Mensah Asare"}


def test_talks_between_the_two_delegations_name_no_persons(tmp_path):
    # near miss: "the two delegations" are no two persons told before
    rows = run(tmp_path, _STATE_VISIT + "On 19 November, talks between the two delegations were held at the Government Palace.")
    for m in of_type(rows, "meeting"):
        assert not persons_of(m)


# --- "held political consultations" ------------------------------------------------------------------


def test_held_political_consultations_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Vice Minister Carolina Fuentes Vidal held political consultations with Peruvian Vice Minister "
        "Raul Mendoza Quispe in Lima on Monday.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Carolina Fuentes Vidal", "Raul Mendoza Quispe"}


def test_visited_and_held_strategic_talks_is_a_visit_and_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Earlier this month, the Estonian Deputy Foreign Minister, Kadri Tamm Laur, visited Tbilisi and held strategic "
        "talks with Georgian Deputy Foreign Minister Levan Beridze Kapanadze.",
    )
    assert len(of_type(rows, "visit")) == 1
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Kadri Tamm Laur", "Levan Beridze Kapanadze"}


def test_political_views_are_no_consultations(tmp_path):
    # near miss: "holds political views" is no meeting
    rows = run(tmp_path, "Chilean Vice Minister Carolina Fuentes Vidal holds political views close to those of Peru's Raul Mendoza Quispe.")
    assert not of_type(rows, "meeting")


# --- "The previous round of consultations was held …" ----------------------------------------------


def test_the_previous_round_of_consultations_is_the_round_before(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Aylin Demir said Türkiye would raise the issue at the 5th round of Türkiye-Azerbaijan Political "
        "Consultations, scheduled to be held in Baku in March. The previous round of consultations was held in Ankara "
        "in June 2023, she said.",
    )
    past = [r for r in of_type(rows, "meeting") if r["status"] == "occurred"]
    assert len(past) == 1
    assert past[0]["date_start"] == date(2023, 6, 1)
    assert countries_of(past[0]) == {"TUR", "AZE"}


def test_the_previous_round_of_talks_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "The 4th round of the Kenya-Tanzania Joint Permanent Commission will be held in Arusha in May. The previous round "
        "of talks took place in Mombasa in August 2023.",
    )
    past = [r for r in of_type(rows, "meeting") if r["status"] == "occurred"]
    assert len(past) == 1
    assert past[0]["mechanism_round"] == 3
    assert past[0]["date_start"] == date(2023, 8, 1)


def test_a_round_of_consultations_without_a_series_told_is_no_session(tmp_path):
    # near miss: nothing told before of which it would be the previous round
    rows = run(tmp_path, "The statement gave no details. The previous round of consultations was held in Ankara in June 2023.")
    assert not [r for r in of_type(rows, "meeting") if r["mechanism_round"]]


# --- a meeting "between the two forces was held" after a letter -------------------------------------


def test_a_flag_meeting_held_after_a_protest_letter_is_an_event_of_its_own(tmp_path):
    rows = run(
        tmp_path,
        "The Turkish Land Forces Command has also sent a protest letter to the Azerbaijani border service, and a flag "
        "meeting between the two forces was held at the Sarp crossing on Tuesday morning, officials said.",
    )
    assert len(of_type(rows, "correspondence")) == 1
    (m,) = of_type(rows, "meeting")
    assert m["date_start"] == date(2024, 11, 19)
    assert countries_of(m) == {"TUR", "AZE"}


def test_a_meeting_between_two_sides_that_took_place_after_a_call(tmp_path):
    rows = run(
        tmp_path,
        "Nepal's home minister spoke by phone with his Indian counterpart on Sunday, and a meeting between the two "
        "border security forces took place in Birgunj on Monday.",
    )
    assert len(of_type(rows, "phone_call")) == 1
    (m,) = of_type(rows, "meeting")
    assert m["date_start"] == date(2024, 11, 18)


def test_a_letter_handed_over_during_a_meeting_between_is_no_second_meeting(tmp_path):
    # near miss: "during the meeting between …" only frames the letter
    rows = run(
        tmp_path,
        "Minister Ruth Amanda Kiplagat sent a letter to Colombian Foreign Minister Luis Alberto Gomez after the meeting "
        "between the two ministers in Bogota on Monday.",
    )
    assert len(of_type(rows, "meeting")) <= 1
    assert not [m for m in of_type(rows, "meeting") if m["date_start"] is None]


# --- "the inaugural session" is round 1 ------------------------------------------------------------


def test_inaugural_is_the_first_of_a_series():
    assert parse_ordinal("inaugural") == 1
    assert parse_ordinal("Inaugural") == 1


def test_the_inaugural_session_of_a_body_told_before_is_round_one(tmp_path):
    rows = run(
        tmp_path,
        "The two presidents will co-chair the 2nd Ghana-Peru Bi-National Commission in Lima next year. The inaugural "
        "session of the Bi-National Commission was held in Accra in March 2022.",
    )
    past = [r for r in of_type(rows, "meeting") if r["status"] == "occurred"]
    assert len(past) == 1
    assert past[0]["mechanism_round"] == 1
    assert past[0]["date_start"] == date(2022, 3, 1)


def test_the_inaugural_meeting_of_a_joint_committee(tmp_path):
    rows = run(tmp_path, "The inaugural meeting of the Kenya-Japan Joint Committee on Trade took place in Tokyo in May 2022.")
    (m,) = of_type(rows, "meeting")
    assert m["mechanism_round"] == 1


def test_an_inaugural_address_is_no_session(tmp_path):
    # near miss: no session noun
    rows = run(tmp_path, "In his inaugural address in Accra in January 2021, the president spoke of Peru.")
    assert not of_type(rows, "meeting")


# --- "This year marks the Nth anniversary of … relations" --------------------------------------------


def test_this_year_marks_the_anniversary_counts_back_to_the_year(tmp_path):
    rows = run(tmp_path, "This year marks the 60th anniversary of the establishment of diplomatic relations between Kenya and Japan.")
    (r,) = of_type(rows, "relations_established")
    assert r["date_start"] == date(1964, 1, 1)
    assert r["date_precision"] == "year"
    assert countries_of(r) == {"KEN", "JPN"}


def test_this_year_is_the_anniversary_other_wording(tmp_path):
    rows = run(tmp_path, "This year is the 45th anniversary of the establishment of diplomatic relations between Chile and Vietnam.")
    (r,) = of_type(rows, "relations_established")
    assert r["date_start"] == date(1979, 1, 1)


def test_the_anniversary_of_a_founding_is_no_relations(tmp_path):
    # near miss: an anniversary of something else
    rows = run(tmp_path, "This year marks the 60th anniversary of the founding of the Kenya-Japan Business Council.")
    assert not of_type(rows, "relations_established")


# --- a letter from a sender named by a title -----------------------------------------------------------


def test_a_letter_from_the_president_of_a_country_names_its_sender(tmp_path):
    rows = run(
        tmp_path,
        "This morning, Minister Ruth Amanda Kiplagat called on President Luis Alberto Gomez of Colombia in Bogota and "
        "conveyed the greetings of President William Otieno Ruto. She handed over a letter from the President of Kenya "
        "to the Colombian President.",
    )
    (c,) = of_type(rows, "correspondence")
    assert persons_of(c) == {"William Otieno Ruto", "Luis Alberto Gomez"}


def test_a_letter_from_the_prime_minister_of_a_country_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "On Wednesday, Ambassador Sven Erik Lund called on President Maria Elena Ortiz of Chile in Santiago and conveyed "
        "the greetings of Prime Minister Lars Henrik Moen. He delivered a letter from the Prime Minister of Norway to the President.",
    )
    (c,) = of_type(rows, "correspondence")
    assert "Lars Henrik Moen" in persons_of(c)
    assert "Sven Erik Lund" not in persons_of(c)


def test_a_letter_from_a_ministry_names_no_person_sender(tmp_path):
    # near miss: a ministry is no title holder
    rows = run(
        tmp_path,
        "This morning, Minister Ruth Amanda Kiplagat called on President Luis Alberto Gomez of Colombia in Bogota. She "
        "handed over a letter from the Ministry of Foreign Affairs to the Colombian President.",
    )
    for c in of_type(rows, "correspondence"):
        assert "William Otieno Ruto" not in persons_of(c)


# --- "the Deputy Prime Minister and Foreign Minister and Minister X held a tête-à-tête" ----------------

_NGA_SWE = (
    "The Minister of Foreign Affairs of Sweden, H.E. Ms. Karin Lindqvist, is on an official visit to Nigeria at the "
    "invitation of the Deputy Prime Minister and Foreign Minister, Senator Amina Yusuf Bello.\n\n"
    "The two Foreign Ministers co-chaired the 2nd Session of the Nigeria-Sweden Joint Commission in Abuja today.\n\n"
)


def test_a_compound_title_coordinated_with_a_named_minister(tmp_path):
    rows = run(
        tmp_path,
        _NGA_SWE + "Prior to the Joint Commission, the Deputy Prime Minister and Foreign Minister and Minister Lindqvist "
        "held a tête-à-tête meeting, followed by delegation-level talks.",
    )
    plain = [r for r in of_type(rows, "meeting") if r["mechanism"] is None]
    assert len(plain) == 1
    assert persons_of(plain[0]) == {"Amina Yusuf Bello", "Karin Lindqvist"}


def test_a_title_coordinated_with_a_named_minister_other_wording(tmp_path):
    rows = run(
        tmp_path,
        _NGA_SWE + "Before the session, the Deputy Prime Minister and Minister Lindqvist held a one-on-one meeting.",
    )
    plain = [r for r in of_type(rows, "meeting") if r["mechanism"] is None]
    assert len(plain) == 1
    assert persons_of(plain[0]) == {"Amina Yusuf Bello", "Karin Lindqvist"}


def test_a_title_no_one_holds_adds_nobody(tmp_path):
    # near miss: nobody told before holds the title
    rows = run(
        tmp_path,
        _NGA_SWE + "Before the session, the Minister of Defence and Minister Lindqvist held a one-on-one meeting.",
    )
    plain = [r for r in of_type(rows, "meeting") if r["mechanism"] is None]
    for r in plain:
        assert "Amina Yusuf Bello" not in persons_of(r)


# --- the leaders' own talks beside a body's session (resolver) ----------------------------------------------


def test_one_on_one_and_tete_a_tete_meetings_are_plain_talks():
    from types import SimpleNamespace

    from pipeline.resolve.events import _plain_talks

    def m(summary: str, rnd=None, mech=None):
        return SimpleNamespace(summary=summary, round=rnd, mechanism=mech)

    assert _plain_talks(m("the two leaders held a one-on-one meeting at the palace"))
    assert _plain_talks(m("A and B held a face-to-face meeting before the summit"))
    assert _plain_talks(m("A and B held a tête-à-tête, followed by delegation-level talks"))
    # near misses: a body's session, and a plain meeting
    assert not _plain_talks(m("A and B co-chaired the session of the Joint Commission"))
    assert not _plain_talks(m("A met B at the ministry"))
