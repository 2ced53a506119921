"""Event extraction, round 11 of tuning (own short texts, invented names and pairs).

Families: a press release dated only by its closing place-and-date line ("State House, Nairobi"
/ "12th March, 2025"); "A and B held a tete-a-tete at the palace" (no "with"); "had discussed
preparations for the session in a telephone call in September" (the call is the means, not what
is prepared); "The two Presidents recalled X's visit … and their telephone conversation of …"
("their" is the dyadic subject); "began on Monday … which runs until March 20" (a present span and
the weekday of its own mention); the previous edition '"X-4", was hosted by France' and 'the sixth
edition of "X" would be held' (an exercise series told before); "agreed that the <long body name>
would hold its 3rd meeting" (reported future, and the round of "its 3rd meeting"); "marked the
61st anniversary of … relations on 3 October" (counted back; not from a weekday); "The Spokesperson
said that the 4th round … was held" (the reporter takes no part) and "The A side was led by X,
while the B delegation was headed by Y"; "handed over a message from President Z to His Highness
the Emir" (a styled addressee is no person; the pronoun carrier); "led a delegation to (visit)
<place>" is a visit; "the first round of negotiations on the A-B FTA was held"; "The two-day
session, which opened on Sunday" (its span, and the session just told); a site of the host country
visited during a visit is a programme item; "has for years facilitated talks" is no event.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.dates_dateline import find_dateline
from pipeline.extract.events import extract_events
from pipeline.extract.persons import extract_persons
from pipeline.ingest import ingest_files
from pipeline.segment import segment
from tests.test_events_general import countries_of, of_type, persons_of, run


def run_undated(tmp_path: Path, body: str) -> list[dict]:
    """Event mentions of one article without a sidecar date (the text alone dates it)."""
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    docs, _, _ = ingest_files(tmp_path)
    sentences = segment(docs)
    countries = country_mentions(sentences)
    dates = extract_dates(sentences, docs)
    persons = extract_persons(sentences, countries)
    return extract_events(sentences, docs, persons, countries, dates).to_dicts()


# --- a closing place-and-date line dates a release ---------------------------------------------


def test_a_closing_place_and_date_line_over_two_lines_is_the_day_of_issue():
    text = (
        "PRESS RELEASE\n\nThe President returned to Nairobi this evening after a two-day visit.\n\n"
        "Jane Wambui Kariuki\nCabinet Secretary for Information\n\nState House, Nairobi\n12th March, 2025\n"
    )
    assert find_dateline(text) == date(2025, 3, 12)


def test_a_closing_place_and_date_line_on_one_line_is_the_day_of_issue():
    text = "MEDIA STATEMENT\n\nThe minister left for Lima this morning.\n\nPalacio Quemado, La Paz, 4 June 2024\n"
    assert find_dateline(text) == date(2024, 6, 4)


def test_a_closing_sentence_with_a_date_is_no_closing_line():
    # near miss: a body sentence at the end, not a place-and-date line
    text = "STATEMENT\n\nThe talks were held on 12 March 2025 in Nairobi.\n"
    assert find_dateline(text) is None


def test_a_release_dated_at_the_end_dates_its_weekdays_and_the_eve(tmp_path):
    rows = run_undated(
        tmp_path,
        "OFFICE OF THE PRESIDENT\n\nPRESIDENT WANJIKU ENDS STATE VISIT TO UGANDA\n\n"
        "President Mary Wanjiku of Kenya arrived in Kampala on Wednesday, 10th June 2026, for a three-day State Visit.\n\n"
        "On Thursday, President Wanjiku and President Joseph Okello of Uganda held a tete-a-tete at State House "
        "in Entebbe, followed by expanded talks.\n\n"
        "The 5th Session of the Kenya-Uganda Joint Permanent Commission was held in Kampala on 9th June, "
        "on the eve of the visit.\n\n"
        "President Okello will pay a State Visit to Kenya in 2027.\n\n"
        "Daniel Kiprop Mutai\nSpokesperson\n\nState House, Nairobi\n12th June, 2026\n",
    )
    meetings = of_type(rows, "meeting")
    talks = [r for r in meetings if {"Mary Wanjiku", "Joseph Okello"} <= persons_of(r)]
    assert talks and talks[0]["date_start"] == date(2026, 6, 11)
    session = [r for r in meetings if r["mechanism_round"] == 5]
    assert session and session[0]["date_start"] == date(2026, 6, 9)  # not the June of the year before


# --- a tete-a-tete of a coordinated subject ------------------------------------------------------


def test_a_tete_a_tete_of_two_named_presidents_without_with(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, President Marcos Tavares of Portugal and President Felipe Ortega of Spain held a "
        "tête-à-tête at the palace in Madrid, followed by expanded talks between the delegations.",
        published="2025-11-08",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and {"Marcos Tavares", "Felipe Ortega"} <= persons_of(meetings[0])
    assert meetings[0]["date_start"] == date(2025, 11, 4)


def test_a_tete_a_tete_with_an_object_still_meets_the_object(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Aino Virtanen of Finland later held a tete-a-tete with Chancellor Lukas Brandt of Austria in Vienna.",
        published="2025-11-08",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and {"Aino Virtanen", "Lukas Brandt"} <= persons_of(meetings[0])


def test_tete_a_tete_as_a_plain_noun_of_a_talk_show_is_no_meeting(tmp_path):
    # near miss: no trigger verb holds the noun
    rows = run(tmp_path, "The tete-a-tete format of the television show was praised by critics in Lisbon.")
    assert not of_type(rows, "meeting")


# --- "preparations for X in a telephone call": the call took place ------------------------------


def test_preparations_discussed_in_a_telephone_call_leave_the_call_in_the_past(tmp_path):
    rows = run(
        tmp_path,
        "MUSCAT, Nov 17 - Foreign Minister Ahmed Salim Al Harthy of Oman held talks with Foreign Minister "
        "Grace Wanjiru Otieno of Kenya in Muscat on Monday.\n\n"
        "The two foreign ministers had discussed preparations for the meeting in a telephone call in September.",
        published="2026-11-17",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["status"] == "occurred" and calls[0]["date_start"] == date(2026, 9, 1)


def test_arrangements_reviewed_during_a_video_call_took_place(tmp_path):
    rows = run(
        tmp_path,
        "Minister Pedro Alvarez of Chile and Minister Tomas Novak of Czechia reviewed arrangements for the visit "
        "during a video call in October.",
        published="2026-12-02",
    )
    calls = of_type(rows, "phone_call")
    assert calls and calls[0]["status"] == "occurred" and calls[0]["date_start"] == date(2026, 10, 1)


def test_preparations_for_a_telephone_call_are_still_a_plan(tmp_path):
    # near miss: the call itself is what is prepared
    rows = run(
        tmp_path,
        "Officials of Chile and Czechia began preparations for a telephone call between the two presidents in January.",
        published="2026-12-02",
    )
    calls = of_type(rows, "phone_call")
    assert all(r["status"] == "planned" for r in calls)


# --- "their <interaction>" after a dyadic subject ------------------------------------------------


def test_their_telephone_conversation_belongs_to_the_two_presidents(tmp_path):
    rows = run(
        tmp_path,
        "President Samuel Kiprono Ruto of Kenya held talks with President Haitham Al Said of Oman in Muscat on Monday.\n\n"
        "The two Presidents also recalled Mr. Kiprono's State Visit to Oman in April 2024, and their telephone "
        "conversation of 14th August 2026, during which they agreed on the dates.",
        published="2026-11-17",
    )
    calls = of_type(rows, "phone_call")
    assert calls and {"Samuel Kiprono Ruto", "Haitham Al Said"} <= persons_of(calls[0])
    assert calls[0]["date_start"] == date(2026, 8, 14)


def test_both_leaders_and_their_video_call(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Aino Virtanen of Finland met Prime Minister Erik Lund of Norway in Oslo on Friday.\n\n"
        "Both leaders welcomed the visit of Ms. Virtanen's trade envoy in May and their video call of 3 March 2026.",
        published="2026-06-20",
    )
    calls = of_type(rows, "phone_call")
    assert calls and {"Aino Virtanen", "Erik Lund"} <= persons_of(calls[0])


def test_their_without_a_dyadic_subject_keeps_the_named_person(tmp_path):
    # near miss: no "the two …" subject in the sentence
    rows = run(
        tmp_path,
        "President Haitham Al Said of Oman said their telephone conversation of 14th August 2026 with Kenya was useful.",
        published="2026-11-17",
    )
    calls = of_type(rows, "phone_call")
    assert calls and "Haitham Al Said" in persons_of(calls[0])


# --- an exercise that runs until a date; editions of a series told before -----------------------


def test_an_exercise_begun_on_a_weekday_that_runs_until_a_date(tmp_path):
    rows = run(
        tmp_path,
        'The French and Indian navies began on Monday the joint naval exercise "Varuna Shield-5" off Goa, '
        "which runs until March 20.",
        published="2026-03-12",
    )
    ex = of_type(rows, "military_exercise")
    assert ex and ex[0]["date_start"] == date(2026, 3, 9) and ex[0]["date_end"] == date(2026, 3, 20)


def test_drills_under_way_until_a_date_are_not_last_year(tmp_path):
    rows = run(
        tmp_path,
        "Chilean and Peruvian troops started joint drills near Arica last Thursday, and the drills are being "
        "held until June 2.",
        published="2026-05-26",
    )
    ex = of_type(rows, "military_exercise")
    assert ex and ex[0]["date_end"] == date(2026, 6, 2)


def test_previous_and_next_editions_of_a_quoted_series(tmp_path):
    rows = run(
        tmp_path,
        'The navies of Fiji and Tonga began the joint maritime exercise "Coral Lance-5" off Suva on Monday.\n\n'
        'The previous edition, "Coral Lance-4", was hosted by Tonga off Nuku\'alofa in May last year.\n\n'
        'The two sides agreed that the sixth edition of "Coral Lance" would be held in Tongan waters next year.',
        published="2026-08-12",
    )
    ex = {r["mechanism_round"]: r for r in of_type(rows, "military_exercise")}
    assert ex[4]["status"] == "occurred" and ex[4]["date_start"] == date(2025, 5, 1)
    assert ex[6]["status"] == "planned" and ex[6]["date_start"] == date(2027, 1, 1)
    assert countries_of(ex[6]) == {"FJI", "TON"}


def test_an_edition_of_a_quoted_festival_is_no_exercise(tmp_path):
    # near miss: the quoted series is no exercise told before
    rows = run(
        tmp_path,
        'Fiji and Tonga agreed that the sixth edition of "Pacific Beats" would be held in Suva next year.',
        published="2026-08-12",
    )
    assert not of_type(rows, "military_exercise")


# --- "agreed that the <long name> would hold its 3rd meeting" ------------------------------------


def test_a_long_body_name_after_agreed_that_holds_its_numbered_meeting(tmp_path):
    rows = run(
        tmp_path,
        "The two sides agreed that the Kenya-Oman Joint Military Cooperation Committee would hold its 3rd meeting "
        "in Muscat in February.",
        published="2026-11-12",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["status"] == "planned"
    assert meetings[0]["mechanism_round"] == 3 and meetings[0]["date_start"] == date(2027, 2, 1)


def test_the_defence_cooperation_committee_holds_its_fifth_session(tmp_path):
    rows = run(
        tmp_path,
        "Officials said that the Chile-Peru Defence Cooperation Committee would hold its fifth session in Lima in June.",
        published="2026-03-02",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["mechanism_round"] == 5 and meetings[0]["status"] == "planned"


def test_a_conditional_would_without_reporting_stays_cancelled(tmp_path):
    # near miss: a hypothesis, no reported plan
    rows = run(
        tmp_path,
        "If funds allowed, the Chile-Peru Defence Cooperation Committee would hold its fifth session in Lima.",
        published="2026-03-02",
    )
    assert not of_type(rows, "meeting")


# --- a counted anniversary dates the establishment -----------------------------------------------


def test_the_61st_anniversary_marked_on_a_day_dates_the_relations(tmp_path):
    rows = run(
        tmp_path,
        "Chile and Kenya marked the 61st anniversary of the establishment of diplomatic relations on 3 October.",
        published="2026-10-10",
    )
    rel = of_type(rows, "relations_established")
    assert rel and rel[0]["date_start"] == date(1965, 10, 3) and countries_of(rel[0]) == {"CHL", "KEN"}


def test_the_30th_anniversary_celebrated_on_a_calendar_day_counts_back_from_it(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Peru celebrated on Friday the 30th anniversary of the establishment of diplomatic relations "
        "between them on October 9.",
        published="2026-10-10",
    )
    rel = of_type(rows, "relations_established")
    assert rel and rel[0]["date_start"] == date(1996, 10, 9)


def test_an_anniversary_marked_on_a_weekday_is_still_no_event(tmp_path):
    # near miss: a weekday is the day of the ceremony, not the anniversary's calendar day
    rows = run(
        tmp_path,
        "Ghana and Peru celebrated the 30th anniversary of the establishment of diplomatic relations between them on Friday.",
        published="2026-10-10",
    )
    assert not of_type(rows, "relations_established")


def test_an_anniversary_with_the_establishment_day_and_year_keeps_that_day(tmp_path):
    # near miss: the date with its year is the establishment's own, nothing to count back
    rows = run(
        tmp_path,
        "Ghana and Peru marked on Friday the 30th anniversary of the establishment of diplomatic relations between "
        "the two countries on 5 May 1996.",
        published="2026-10-10",
    )
    rel = of_type(rows, "relations_established")
    assert rel and rel[0]["date_start"] == date(1996, 5, 5)


def test_an_anniversary_ahead_without_a_day_makes_no_relations_event(tmp_path):
    # near miss: a future commemoration with no day of its own
    rows = run(
        tmp_path,
        "Chile and Kenya will mark the 61st anniversary of the establishment of diplomatic relations next year.",
        published="2026-10-10",
    )
    assert not of_type(rows, "relations_established")


# --- a spokesperson reporting a session; the heads of both delegations ---------------------------


def test_the_spokesperson_reporting_a_round_is_no_participant_and_both_heads_are(tmp_path):
    rows = run(
        tmp_path,
        "The Spokesperson, Ms. Laila Haddad, began the briefing with an announcement.\n\n"
        "The Spokesperson said that the 4th round of Jordan-Chile Political Consultations was held in Santiago last "
        "week. The Jordanian side was led by Director-General for the Americas, Ambassador Omar Khalil Nasser, while "
        "the Chilean delegation was headed by Under-Secretary of Foreign Affairs, Mr. Ignacio Pereira Soto. The two "
        "sides reviewed relations.",
        published="2026-11-12",
    )
    meetings = [r for r in of_type(rows, "meeting") if r["mechanism_round"] == 4]
    assert meetings
    assert persons_of(meetings[0]) == {"Omar Khalil Nasser", "Ignacio Pereira Soto"}


def test_the_minister_announced_that_the_commission_met_and_both_heads(tmp_path):
    rows = run(
        tmp_path,
        "The Foreign Minister, Mr. Tomas Novak, opened the press conference.\n\n"
        "The Foreign Minister announced that the second session of the Czech-Ghanaian Joint Commission was held in "
        "Accra on Monday. The Ghanaian delegation was headed by Deputy Minister Kofi Mensah Ababio, and the Czech "
        "side was led by Deputy Minister Jana Dvorakova.",
        published="2026-11-12",
    )
    meetings = [r for r in of_type(rows, "meeting") if r["mechanism_round"] == 2]
    assert meetings
    assert "Tomas Novak" not in persons_of(meetings[0])
    assert {"Kofi Mensah Ababio", "Jana Dvorakova"} <= persons_of(meetings[0])


def test_a_minister_who_said_he_held_talks_is_a_participant(tmp_path):
    # near miss: the reporter is the subject of the event verb itself
    rows = run(
        tmp_path,
        "Foreign Minister Tomas Novak of Czechia said he held talks with Foreign Minister Ama Owusu of Ghana in Accra on Monday.",
        published="2026-11-12",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and {"Tomas Novak", "Ama Owusu"} <= persons_of(meetings[0])


# --- a message handed over to a host for a styled, unnamed ruler -------------------------------------


def test_a_message_from_the_president_to_his_highness_the_emir(tmp_path):
    rows = run(
        tmp_path,
        "DOHA, May 12 - Kenyan Foreign Minister Grace Wanjiru Otieno arrived in Doha on Sunday on a two-day visit to Qatar.\n\n"
        "On Sunday, the Kenyan minister was received by Sheikh Khalid bin Ahmed Al Thani, Deputy Prime Minister of "
        "Qatar, to whom she handed over a written message from President Samuel Kiprono Ruto to His Highness the "
        "Emir, pertaining to bilateral relations.",
        published="2026-05-12",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Samuel Kiprono Ruto"}
    assert countries_of(letters[0]) == {"KEN", "QAT"} and letters[0]["date_start"] == date(2026, 5, 10)
    meetings = of_type(rows, "meeting")
    assert meetings and {"Grace Wanjiru Otieno", "Khalid bin Ahmed Al Thani"} <= persons_of(meetings[0])


def test_a_message_to_his_majesty_the_king_handed_to_the_prime_minister(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Foreign Minister Luis Alberto Quispe arrived in Madrid on Monday for a visit to Spain.\n\n"
        "On Tuesday, the Peruvian minister called on Prime Minister Rosa Vidal Ortega, to whom he delivered a letter "
        "from President Ana Flores Mamani to His Majesty the King.",
        published="2026-04-09",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Ana Flores Mamani"}
    assert countries_of(letters[0]) == {"PER", "ESP"}


def test_a_message_to_a_named_president_keeps_the_addressee(tmp_path):
    # near miss: the addressee is named
    rows = run(
        tmp_path,
        "On Monday, Foreign Minister Pedro Alvarez of Chile handed over a written message from President Ana Barra "
        "to President Lukas Brandt of Austria.",
        published="2026-11-17",
    )
    letters = of_type(rows, "correspondence")
    assert letters and {"Ana Barra", "Lukas Brandt"} <= persons_of(letters[0])


# --- "led a delegation to (visit) <place>" is a visit ---------------------------------------------


def test_led_a_delegation_to_visit_a_country_is_a_visit(tmp_path):
    rows = run(
        tmp_path,
        "From March 3 to 5, Deputy Minister of Trade of Chile Rosa Elena Vial led a delegation to visit Kenya at the "
        "invitation of Cabinet Secretary for Trade of Kenya Peter Kamau Njoroge.",
        published="2026-03-08",
    )
    visits = of_type(rows, "visit")
    assert visits and persons_of(visits[0], "visitor") == {"Rosa Elena Vial"}
    assert visits[0]["date_start"] == date(2026, 3, 3) and visits[0]["date_end"] == date(2026, 3, 5)


def test_expected_to_lead_a_business_delegation_to_a_capital_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "Commerce Secretary Ana Lucia Torres of Chile met the Peruvian ambassador in Santiago on Sunday.\n\n"
        "The envoy said Peru's Minister of Foreign Trade, Luis Alberto Quispe, was expected to lead a business "
        "delegation to Santiago before the end of the year.",
        published="2026-03-08",
    )
    visits = of_type(rows, "visit")
    assert visits and visits[0]["status"] == "planned" and persons_of(visits[0], "visitor") == {"Luis Alberto Quispe"}
    assert visits[0]["date_start"] == date(2026, 1, 1)


def test_led_the_delegation_to_the_talks_is_no_visit(tmp_path):
    # near miss: the delegation goes to an event, not to a place
    rows = run(tmp_path, "Minister Jana Dvorakova of Czechia led the Czech delegation to the talks on Monday.")
    assert not of_type(rows, "visit")


# --- "the first round of negotiations on the A-B FTA was held" -----------------------------------


def test_a_round_of_negotiations_on_a_named_fta_was_held(tmp_path):
    rows = run(
        tmp_path,
        "Ms Torres urged Kenya to speed up the negotiations for a free trade agreement (FTA). The first round of "
        "negotiations on the Peru-Kenya FTA was held in Lima in May, when the two export agencies also signed an MoU.",
        published="2026-08-18",
    )
    meetings = [r for r in of_type(rows, "meeting") if r["mechanism_round"] == 1]
    assert meetings and meetings[0]["date_start"] == date(2026, 5, 1) and meetings[0]["status"] == "occurred"
    assert countries_of(meetings[0]) == {"PER", "KEN"}


def test_a_round_of_talks_on_a_trade_pact_will_be_held(tmp_path):
    rows = run(
        tmp_path,
        "The third round of talks on the Chile-Ghana trade pact will be held in Accra in October.",
        published="2026-08-18",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["mechanism_round"] == 3 and meetings[0]["status"] == "planned"


def test_negotiations_on_an_fta_without_a_session_noun_make_no_meeting(tmp_path):
    # near miss: no session noun and no holding verb
    rows = run(tmp_path, "Negotiations on the Peru-Kenya FTA progressed well in May, officials in Lima said.")
    assert not of_type(rows, "meeting")


# --- "The two-day session, which opened on Sunday, was co-chaired by …" ---------------------------


def test_a_two_day_session_opened_on_a_day_spans_two_days_and_is_the_session_told(tmp_path):
    rows = run(
        tmp_path,
        "NAIROBI, Nov 17 - The fifth session of the Kenyan-Omani Joint Commission concluded in Nairobi on Monday "
        "with the signing of four agreements.\n\n"
        "The two-day session, which opened on Sunday, was co-chaired by Foreign Minister Grace Wanjiru Otieno of "
        "Kenya and Foreign Minister Ahmed Salim Al Harthy of Oman.",
        published="2026-11-17",
    )
    chaired = [r for r in of_type(rows, "meeting") if "Grace Wanjiru Otieno" in persons_of(r)]
    assert chaired and chaired[0]["mechanism_round"] == 5
    assert chaired[0]["date_start"] == date(2026, 11, 15) and chaired[0]["date_end"] == date(2026, 11, 16)


def test_a_three_day_meeting_that_ended_on_a_day_counts_back(tmp_path):
    rows = run(
        tmp_path,
        "The 2nd meeting of the Chile-Peru Joint Working Group on Mining was held in Lima this week.\n\n"
        "The three-day meeting, which concluded on Thursday, was co-chaired by Deputy Minister Pablo Rojas Vera of Chile "
        "and Vice Minister Ana Flores Mamani of Peru.",
        published="2026-06-12",
    )
    chaired = [r for r in of_type(rows, "meeting") if "Pablo Rojas Vera" in persons_of(r)]
    assert chaired and chaired[0]["mechanism_round"] == 2
    assert chaired[0]["date_start"] == date(2026, 6, 9) and chaired[0]["date_end"] == date(2026, 6, 11)


def test_a_meeting_that_concluded_on_a_day_without_a_length_keeps_its_day(tmp_path):
    # near miss: no length told, the day stays a day
    rows = run(
        tmp_path,
        "The fifth session of the Kenyan-Omani Joint Commission, which concluded on Monday, was co-chaired by "
        "Foreign Minister Grace Wanjiru Otieno of Kenya and Foreign Minister Ahmed Salim Al Harthy of Oman.",
        published="2026-11-17",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["date_start"] == date(2026, 11, 16)
    assert meetings[0]["date_end"] in (None, date(2026, 11, 16))


# --- a site of the host country visited during the visit is no visit of its own -----------------


def test_a_port_to_be_visited_during_the_visit_is_a_programme_item(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Elena Vial arrived in Nairobi on Monday for a three-day visit to Kenya.\n\n"
        "She was also scheduled to visit the Port of Mombasa on Wednesday before leaving the country.",
        published="2026-10-13",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "occurred"


def test_a_factory_visited_during_the_visit_is_a_programme_item(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Trade Minister Luis Alberto Quispe arrived in Santiago on Monday for a four-day visit to Chile.\n\n"
        "On Tuesday he visited a copper refinery near Antofagasta.",
        published="2026-10-16",
    )
    assert len(of_type(rows, "visit")) == 1


def test_another_country_visited_after_the_visit_is_a_visit(tmp_path):
    # near miss: a state, not a site, and another host
    rows = run(
        tmp_path,
        "Chilean Foreign Minister Rosa Elena Vial arrived in Nairobi on Monday for a three-day visit to Kenya.\n\n"
        "She will visit Tanzania next month.",
        published="2026-10-13",
    )
    visits = of_type(rows, "visit")
    assert {r["status"] for r in visits} == {"occurred", "planned"}


# --- "has for years facilitated talks": a standing role, no event --------------------------------


def test_a_country_that_has_for_years_facilitated_talks_makes_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Norway has for years facilitated peace talks between Colombia and the rebel front.",
        published="2026-08-25",
    )
    assert not of_type(rows, "meeting")


def test_a_minister_who_has_long_sought_a_meeting_makes_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Tomas Novak of Czechia has long sought a meeting with President Ama Owusu of Ghana.",
        published="2026-08-25",
    )
    assert not of_type(rows, "meeting")


def test_talks_held_after_years_without_contact_are_a_meeting(tmp_path):
    # near miss: "for years" inside a relative clause, the main verb tells the event
    rows = run(
        tmp_path,
        "President Ana Barra of Chile, who had not met President Luis Mora of Peru for years, held talks with "
        "Foreign Minister Pablo Rojas Vera of Peru in Lima on Monday.",
        published="2026-08-25",
    )
    meetings = of_type(rows, "meeting")
    assert meetings and meetings[0]["date_start"] == date(2026, 8, 24)
