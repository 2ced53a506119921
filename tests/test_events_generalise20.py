"""Event extraction, round 13 of tuning (own short texts, invented names and pairs).

Families: a courtesy style between "the" and a title subject ("the Hon. Minister", "the Rt. Hon.
Prime Minister"); "held a <modifier> meeting" with any lower-case modifier, and a second event in a
"during which" clause; a semicolon ends the clause a date may attach to; "the previous <body>"
named by lower-case head words or by its acronym (the session before the latest one held of that
body, even with another body's meeting told in between); an attributive plan adjective after the
trigger ("… discussed preparations for X's upcoming visit") qualifies a later noun; an unnamed,
undated event of a headline line above the body is the body's event; a country word before a noun
of private people ("Saudi business leaders", "Chinese contractors") is no side of a meeting.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


# --- a courtesy style between "the" and the title subject ---------------------------------------


def test_the_hon_minister_is_the_visiting_minister(tmp_path):
    rows = run(
        tmp_path,
        "Hon. Dr. Sushila Thapa, Minister for Foreign Affairs of Nepal, paid an official visit to Norway from 3 to 6 May 2024.\n\n"
        "On 4 May, the Hon. Minister held talks with Foreign Minister Erik Lunde in Oslo.\n\n"
        "On 5 May, the Hon. Minister paid a courtesy call on Prime Minister Ingrid Berg.",
        published="2024-05-07",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert [m["date_start"] for m in meetings] == [date(2024, 5, 4), date(2024, 5, 5)]
    assert persons_of(meetings[0]) == {"Sushila Thapa", "Erik Lunde"}
    assert persons_of(meetings[1]) == {"Sushila Thapa", "Ingrid Berg"}


def test_the_honourable_and_right_honourable_styles(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Tomasi Vunivalu of Fiji arrived in Wellington on Monday for a three-day visit to New Zealand.\n\n"
        "On Tuesday, the Rt. Hon. Prime Minister held talks with Prime Minister Helen Marsh.\n\n"
        "The Honourable Prime Minister also met Foreign Minister Rawiri Tane on Wednesday.",
        published="2024-06-13",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert [m["date_start"] for m in meetings] == [date(2024, 6, 11), date(2024, 6, 12)]
    assert persons_of(meetings[0]) == {"Tomasi Vunivalu", "Helen Marsh"}
    assert persons_of(meetings[1]) == {"Tomasi Vunivalu", "Rawiri Tane"}


def test_a_styled_title_of_another_office_is_not_the_minister(tmp_path):
    # near miss: "the Hon. Speaker" is no minister told before
    rows = run(
        tmp_path,
        "Hon. Dr. Sushila Thapa, Minister for Foreign Affairs of Nepal, paid an official visit to Norway from 3 to 6 May 2024.\n\n"
        "On 5 May, the Hon. Speaker received a parliamentary delegation from Norway led by Kari Holm.",
        published="2024-05-07",
    )
    for m in of_type(rows, "meeting"):
        assert "Sushila Thapa" not in persons_of(m)


# --- "held a working meeting, during which they agreed to convene the 7th …" ------------------


def test_a_working_meeting_and_the_session_agreed_in_it_are_two_events(tmp_path):
    rows = run(
        tmp_path,
        "The Ministers of Foreign Affairs, Ambassador Lucia Ferreira of Portugal and Mr. Kwame Mensah of Ghana, held a "
        "working meeting in Lisbon on 8 October, during which they agreed to convene the 3rd meeting of the "
        "Portugal-Ghana Joint Commission in Accra in 2025.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["date_start"])
    assert len(meetings) == 2
    held, planned = meetings
    assert (held["status"], held["date_start"], held["mechanism_round"]) == ("occurred", date(2024, 10, 8), None)
    assert persons_of(held) == {"Lucia Ferreira", "Kwame Mensah"}
    assert (planned["status"], planned["date_start"], planned["mechanism_round"]) == ("planned", date(2025, 1, 1), 3)


def test_a_preparatory_meeting_of_two_named_ministers(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Lucia Ferreira of Portugal and Foreign Minister Kwame Mensah of Ghana held a preparatory "
        "meeting in Geneva on Monday.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Lucia Ferreira", "Kwame Mensah"}
    assert m["date_start"] == date(2024, 11, 18)
    assert countries_of(m) == {"PRT", "GHA"}


def test_a_routine_cabinet_meeting_is_no_bilateral_event(tmp_path):
    # near miss: one country's own meeting
    rows = run(tmp_path, "The Ghanaian cabinet held a routine weekly meeting in Accra on Monday.")
    assert of_type(rows, "meeting") == []


# --- in a headline line, a semicolon ends the item a date may attach to -------------------------


def test_a_date_after_a_strap_semicolon_is_the_other_items(tmp_path):
    rows = run(
        tmp_path,
        "Peru-Chile trade commission meets in Lima; business mission to visit from 2 to 4 December\n\n"
        "LIMA: Trade between Peru and Chile rose 8 percent in 2023, officials said on Monday.",
    )
    (m,) = of_type(rows, "meeting")
    assert countries_of(m) == {"PER", "CHL"}
    assert m["date_start"] is None  # not the mission's 2 December


def test_a_date_after_a_strap_semicolon_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "Kenya-Chile joint commission meets in Nairobi; trade fair opens on 28 November\n\n"
        "NAIROBI: Kenya and Chile want to double their trade, Kenyan officials said.",
    )
    (m,) = of_type(rows, "meeting")
    assert countries_of(m) == {"KEN", "CHL"}
    assert m["date_start"] != date(2024, 11, 28)


def test_a_semicolon_in_prose_keeps_the_plan_and_its_date_together(tmp_path):
    # near miss: in a sentence, the clause after the semicolon tells the same plan
    rows = run(
        tmp_path,
        "Foreign Minister Mary Ng of Canada paid a courtesy call on President Javiera Soto of Chile on Monday and invited "
        "her to Canada; Soto said she hoped to travel to Ottawa in 2026.",
    )
    (v,) = of_type(rows, "visit")
    assert (v["status"], v["date_start"]) == ("planned", date(2026, 1, 1))
    assert persons_of(v, "visitor") == {"Javiera Soto"}


# --- "the previous <body>": the session before the latest one held of that body --------------


def test_the_previous_session_by_acronym_after_another_bodys_meeting(tmp_path):
    rows = run(
        tmp_path,
        "The third meeting of the Kenya-Uganda Joint Permanent Commission (JPC) was held in Kampala on Monday.\n\n"
        "The Kenya-Uganda Business Council also met on Tuesday.\n\n"
        "The previous JPC was held in Nairobi in May 2022.",
    )
    prev = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2022, 5, 1)]
    assert len(prev) == 1
    assert prev[0]["mechanism"] == "Kenya-Uganda Joint Permanent Commission"
    assert prev[0]["mechanism_round"] == 2
    assert countries_of(prev[0]) == {"KEN", "UGA"}


def test_the_previous_session_by_lower_case_head_words_after_a_planned_round(tmp_path):
    rows = run(
        tmp_path,
        "The agreements were signed at the close of the seventh session of the Qatar-Tanzania Joint Committee, which met on Tuesday.\n\n"
        "The Qatar-Tanzania Business Forum also met on Wednesday. Both sides agreed to hold the eighth session in Dodoma in 2026.\n\n"
        "The previous joint committee session took place in Doha in March 2023.",
    )
    prev = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2023, 3, 1)]
    assert len(prev) == 1
    assert prev[0]["mechanism"] == "Qatar-Tanzania Joint Committee"
    assert prev[0]["mechanism_round"] == 6


def test_a_previous_acronym_never_told_as_a_body_gives_no_round(tmp_path):
    # near miss: "the previous JTC" names no body of the document (only the JPC was told)
    rows = run(
        tmp_path,
        "The third meeting of the Kenya-Uganda Joint Permanent Commission (JPC) was held in Kampala on Monday.\n\n"
        "The previous JTC was held in Djibouti in May 2022.",
    )
    assert [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 2] == []


# --- an attributive plan adjective after the trigger -------------------------------------------


def test_upcoming_after_the_trigger_qualifies_the_later_visit(tmp_path):
    rows = run(
        tmp_path,
        "Earlier, on Tuesday, Vice Foreign Minister Kim Do-hyun received Kazakh Ambassador Serik Nurlanov and discussed "
        "preparations for President Aliyev Tokayev's upcoming visit.",
    )
    (m,) = of_type(rows, "meeting")
    assert m["status"] == "occurred"
    assert m["date_start"] == date(2024, 11, 19)


def test_forthcoming_after_the_trigger_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "On Monday, Foreign Minister Ana Lopez of Peru received Ambassador Hiroshi Tanaka of Japan and discussed the "
        "Crown Prince's forthcoming tour.",
    )
    (m,) = of_type(rows, "meeting")
    assert m["status"] == "occurred"
    assert m["date_start"] == date(2024, 11, 18)
    assert persons_of(m) == {"Ana Lopez", "Hiroshi Tanaka"}


def test_upcoming_before_the_trigger_still_tells_a_plan(tmp_path):
    # near miss: the plan adjective qualifies the trigger noun itself
    rows = run(
        tmp_path,
        "Officials in Seoul are preparing the upcoming talks between Vice Foreign Minister Kim Do-hyun and Kazakh "
        "Deputy Foreign Minister Serik Nurlanov.",
    )
    (m,) = of_type(rows, "meeting")
    assert m["status"] == "planned"


# --- an unnamed, undated headline event is the body's event ------------------------------------


def test_a_strap_event_takes_the_bodys_session(tmp_path):
    rows = run(
        tmp_path,
        "Port deal signed as joint commission meets in Nairobi\n\n"
        "NAIROBI: Kenya and Ethiopia signed three agreements on Wednesday. The agreements were signed at the close of the "
        "fourth session of the Kenya-Ethiopia Joint Ministerial Commission, which met on Tuesday.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 2
    assert {(m["date_start"], m["mechanism_round"]) for m in meetings} == {(date(2024, 11, 19), 4)}


def test_a_strap_event_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "Joint trade committee meets in Hanoi; exports up 12 percent\n\n"
        "HANOI: Bilateral trade rose 12 percent in the first half of the year. The figures were released on Friday. "
        "The fifth meeting of the Viet Nam-Chile Joint Trade Committee was held in Hanoi on Thursday, co-chaired by "
        "Deputy Minister Tran Van Hoa and Undersecretary Maria Soto.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 2
    assert {(m["date_start"], m["mechanism_round"]) for m in meetings} == {(date(2024, 11, 14), 5)}
    assert all(persons_of(m) == {"Tran Van Hoa", "Maria Soto"} for m in meetings)


def test_a_strap_event_with_a_date_of_its_own_keeps_it(tmp_path):
    # near miss: the headline dates its own event
    rows = run(
        tmp_path,
        "Joint commission to meet in Addis Ababa on 2 December\n\n"
        "NAIROBI: Kenya and Ethiopia signed three agreements on Wednesday. The agreements were signed at the close of the "
        "fourth session of the Kenya-Ethiopia Joint Ministerial Commission, which met on Tuesday.",
    )
    dec = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2024, 12, 2)]
    assert len(dec) == 1
    assert dec[0]["mechanism_round"] is None


# --- a country word before a noun of private people is no side ---------------------------------


def test_business_leaders_of_the_host_country_are_no_side(tmp_path):
    rows = run(
        tmp_path,
        "Bangladesh Commerce Minister Tanvir Chowdhury arrived in Riyadh on Sunday for a five-day visit.\n\n"
        "Chowdhury is scheduled to meet Saudi business leaders at the chamber of commerce on Thursday.",
    )
    assert of_type(rows, "meeting") == []


def test_talks_with_foreign_contractors_are_no_bilateral_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Roads Minister Aden Wekesa of Kenya said on Tuesday that his ministry was in talks with Chinese contractors on the "
        "Nairobi bypass.",
    )
    assert of_type(rows, "meeting") == []


def test_a_minister_of_the_host_country_is_still_a_side(tmp_path):
    # near miss: a state actor after the country word
    rows = run(
        tmp_path,
        "Bangladesh Commerce Minister Tanvir Chowdhury arrived in Riyadh on Sunday for a five-day visit.\n\n"
        "Chowdhury is scheduled to meet Saudi Minister of Investment Nawaf Al-Qahtani on Thursday.",
    )
    (m,) = of_type(rows, "meeting")
    assert persons_of(m) == {"Tanvir Chowdhury", "Nawaf Al-Qahtani"}
    assert countries_of(m) == {"BGD", "SAU"}


# --- the medium inside a "held a … meeting" phrase makes it a call --------------------------------


def test_held_a_virtual_meeting_is_a_call(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Lucia Ferreira of Portugal and Foreign Minister Kwame Mensah of Ghana held a virtual meeting "
        "on Tuesday to review the agenda of the Joint Commission.",
    )
    assert of_type(rows, "meeting") == []
    (c,) = of_type(rows, "phone_call")
    assert persons_of(c) == {"Lucia Ferreira", "Kwame Mensah"}
    assert c["date_start"] == date(2024, 11, 19)


def test_held_an_online_meeting_is_a_call_other_wording(tmp_path):
    rows = run(
        tmp_path,
        "Trade Minister Rosa Vial of Chile held an online meeting with Trade Minister Park Min-jae of Korea on Monday.",
    )
    assert of_type(rows, "meeting") == []
    (c,) = of_type(rows, "phone_call")
    assert persons_of(c) == {"Rosa Vial", "Park Min-jae"}
