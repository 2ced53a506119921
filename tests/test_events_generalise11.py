"""Event extraction, round 11: structural rules for unseen articles (own short texts, invented names).

Families: a chronicle opened by a dated clause of the year before the time of writing ("The thaw
gathered pace in March 2025, when … . In May, …") keeps its later fronted yearless months in that
year; a past-tense intention ("held a call on Thursday and agreed to hold …") reaches only what
follows it, so the day before it is past; a nominal plan cue ("preparations for", "arrangements
for") tells the plan of its own object only; "is also scheduled to … on Thursday" is ahead; a
coordinated subject with titles in apposition ("A, Minister of X, and B, Minister of Y, held …");
a title noun phrase subject before a letter adjunct ("The Prime Minister, in a message to Y, …");
"co-chaired by the two ministers" names the sides told before; a body's possessive session ("The
Joint Commission's ninth meeting is due …"); an earlier session with its participle after an of-
complement ("since the fifth meeting of the Committee, held in X in May 2024"); a sequel adverb
("X then called on Y") carries the day of the paragraph before; "the August 1 Building" is a name,
not a date; a portfolio minister named by the first word of the portfolio and a title by its
initials ("the COAS"); attacks on quarries and factories; "meet … standards" is no meeting.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_events_general import of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# chronicles opened by a dated clause of the year before
# --------------------------------------------------------------------------------------------


def test_a_chronicle_of_the_year_before_keeps_its_fronted_months(tmp_path):
    rows = run(
        tmp_path,
        "How did ties recover?\n\n"
        "The thaw gathered pace in March 2025, when Chilean President Marta Vidal made a visit to Lima. In May, "
        "Chilean Foreign Minister Luis Mora and Peruvian Foreign Minister Jorge Salas spoke by phone. The two "
        "ministers held talks in Lima in August.\n\n"
        "In December, troops of the two armies gathered in Arica for the fifth edition of their exercise, Andes "
        "Shield-V.\n\n"
        "In February this year, Vidal wrote to Salas.",
        published="2026-10-22",
    )
    call = of_type(rows, "phone_call")
    assert call and call[0]["date_start"] == date(2025, 5, 1)
    drill = of_type(rows, "military_exercise")
    assert drill and drill[0]["date_start"] == date(2025, 12, 1) and drill[0]["status"] == "occurred"
    letter = of_type(rows, "correspondence")
    assert letter and letter[0]["date_start"] == date(2026, 2, 1)


def test_a_dated_byline_does_not_stop_the_chronicle_of_the_year_before(tmp_path):
    rows = run(
        tmp_path,
        "By Ama Mensah\n12 September 2026\n\n"
        "Relations improved in February 2025, when Kenyan President David Otieno visited Accra. In June, Ghanaian "
        "Foreign Minister Kofi Boateng spoke by phone with Kenyan Foreign Minister Peter Kamau.",
        published="2026-09-12",
    )
    call = of_type(rows, "phone_call")
    assert call and call[0]["date_start"] == date(2025, 6, 1)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(["January", "February", "March"]), later=st.sampled_from(["May", "June", "July"]))
def test_property_a_later_fronted_month_stays_in_the_chronicle_year(tmp_path, first, later):
    rows = run(
        tmp_path,
        f"Ties warmed in {first} 2025, when Chilean President Marta Vidal visited Lima. In {later}, Chilean "
        "Foreign Minister Luis Mora spoke by phone with Peruvian Foreign Minister Jorge Salas.",
        published="2026-11-20",
    )
    call = of_type(rows, "phone_call")
    assert call and call[0]["date_start"].year == 2025


# --------------------------------------------------------------------------------------------
# status and tense: past intentions, nominal plan cues, "is also scheduled to"
# --------------------------------------------------------------------------------------------


def test_a_day_before_a_past_intention_is_past(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, Jul 3 (Andina): Peruvian Foreign Minister Ana Quispe and Chilean Foreign Minister Luis Mora held a "
        "video call on Thursday and agreed to hold the fourth session of the Peru-Chile Joint Commission in Lima "
        "in October.\n\n"
        "Kenyan President David Otieno met Ghanaian President Kofi Mensah on Monday and decided to meet again in May.",
        published="2026-07-03",
    )
    call = of_type(rows, "phone_call")
    assert call and call[0]["status"] == "occurred" and call[0]["date_start"] == date(2026, 7, 2)
    met = [m for m in of_type(rows, "meeting") if "Kofi Mensah" in persons_of(m)]
    assert met and met[0]["date_start"] == date(2026, 6, 29)  # the Monday before, not the next one


def test_preparations_and_arrangements_plan_only_their_own_object(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Peruvian Minister Ana Quispe also met Chilean Ambassador Luis Mora in Lima and briefed him on "
        "the new security arrangements for Chilean workers, a ministry spokesman said.\n\n"
        "The preparations for the visit were reviewed on Monday in a telephone conversation between Kenyan "
        "Foreign Minister David Otieno and Ghanaian Foreign Minister Kofi Mensah.\n\n"
        "Otieno and Mensah also reviewed preparations for the third session of the Kenya-Ghana Joint Commission.",
        published="2026-09-16",
    )
    met = [m for m in of_type(rows, "meeting") if "Ana Quispe" in persons_of(m)]
    assert met and met[0]["status"] == "occurred" and met[0]["date_start"] == date(2026, 9, 15)
    call = of_type(rows, "phone_call")
    assert call and call[0]["status"] == "occurred" and call[0]["date_start"] == date(2026, 9, 14)
    session = [m for m in of_type(rows, "meeting") if m["mechanism_round"] == 3]
    assert session and session[0]["status"] == "planned"


def test_is_also_scheduled_to_on_a_weekday_is_ahead(tmp_path):
    rows = run(
        tmp_path,
        "Gen Rosa Vial is also scheduled to call on Peruvian Vice President Luis Mora on Thursday before "
        "concluding her visit, officials said.",
        published="2026-09-16",
    )
    met = of_type(rows, "meeting")
    assert met and met[0]["status"] == "planned" and met[0]["date_start"] == date(2026, 9, 17)


# --------------------------------------------------------------------------------------------
# participants: appositions, title subjects, "co-chaired by the two ministers", titles
# --------------------------------------------------------------------------------------------


def test_coordinated_subjects_with_titles_in_apposition(tmp_path):
    rows = run(
        tmp_path,
        "On 2 March 2026, His Highness Prince Faisal bin Turki Al Saud, Minister of Foreign Affairs of the Kingdom, "
        "and His Excellency Mr. Chen Wei, Minister of Foreign Affairs of China, who accompanied the Premier, held a "
        "bilateral meeting in Riyadh.\n\n"
        "On 5 March 2026, Ana Quispe, Minister of Foreign Affairs of Peru, and Luis Mora, Minister of Foreign "
        "Affairs of Chile, held a bilateral meeting in Lima.",
        published="2026-03-06",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Faisal bin Turki Al Saud", "Chen Wei"}, {"Ana Quispe", "Luis Mora"}]


def test_a_title_subject_before_a_letter_adjunct_is_the_latest_holder(tmp_path):
    rows = run(
        tmp_path,
        "Lima: President Ana Quispe and Prime Minister Jorge Salas have felicitated the people of Chile on their "
        "National Day.\n\n"
        "The Prime Minister, in a separate message to his Chilean counterpart Luis Mora, expressed the hope that "
        "cooperation would grow.",
        published="2026-09-18",
    )
    letters = of_type(rows, "correspondence")
    assert letters and persons_of(letters[0]) == {"Jorge Salas", "Luis Mora"}


def test_co_chaired_by_the_two_ministers_names_the_sides_told_before(tmp_path):
    rows = run(
        tmp_path,
        "In May 2025, Chilean Foreign Minister Luis Mora and Peruvian Foreign Minister Jorge Salas spoke by phone "
        "to clear the agenda for the Joint Commission. That body, co-chaired by the two ministers, held its eighth "
        "meeting in Lima in August.\n\n"
        "The commission, co-chaired by the two foreign ministers, held its ninth session in Santiago in "
        "September 2025.",
        published="2026-10-22",
    )
    sessions = [m for m in of_type(rows, "meeting") if m["date_start"] in (date(2025, 8, 1), date(2025, 9, 1))]
    assert len(sessions) == 2
    assert all(persons_of(m) == {"Luis Mora", "Jorge Salas"} for m in sessions)


def test_a_portfolio_minister_and_a_title_acronym_name_the_person_told_before(tmp_path):
    rows = run(
        tmp_path,
        "LIMA, Jul 3 (Andina): Peruvian Foreign Minister Ana Quispe and Chile's Minister of Foreign Affairs, "
        "Culture and Chilean Expatriates Luis Mora held a video call on Thursday.\n\n"
        "Quispe recalled her meeting with the Chilean foreign minister on the sidelines of the OAS General "
        "Assembly in Washington in March.\n\n"
        "Chief of Army Staff (COAS) General Rosa Vial of Chile reached Lima on Monday.\n\n"
        "Later the same day, the COAS met Admiral Jorge Salas, Minister of Defence of Peru.",
        published="2026-07-03",
    )
    recalled = [m for m in of_type(rows, "meeting") if m["date_start"] == date(2026, 3, 1)]
    assert recalled and persons_of(recalled[0]) == {"Ana Quispe", "Luis Mora"}
    coas = [m for m in of_type(rows, "meeting") if "Jorge Salas" in persons_of(m)]
    assert coas and "Rosa Vial" in persons_of(coas[0])


# --------------------------------------------------------------------------------------------
# sessions of bodies: possessive, participle after an of-complement
# --------------------------------------------------------------------------------------------


def test_a_body_s_possessive_session_is_a_planned_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile set up a Joint Commission in 2019, and Chilean Foreign Minister Luis Mora visited Lima "
        "in May.\n\n"
        "The Joint Commission's ninth meeting is due in Santiago next month, officials said.\n\n"
        "The Kenya-Ghana Joint Committee's next session will be held in Accra in December.",
        published="2026-10-22",
    )
    sessions = [(m["mechanism_round"], m["status"], m["date_start"]) for m in of_type(rows, "meeting") if m["mechanism"]]
    assert (9, "planned", date(2026, 11, 1)) in sessions
    assert any(m["mechanism"] == "Kenya-Ghana Joint Committee" and m["status"] == "planned" for m in of_type(rows, "meeting"))


def test_an_earlier_session_with_its_participle_after_the_of_complement(tmp_path):
    rows = run(
        tmp_path,
        "2. On 3 March 2026, President Ana Quispe and President Luis Mora held official talks in Lima, and "
        "co-chaired the sixth meeting of the Peru-Chile High-Level Joint Committee. The two sides reviewed the "
        "progress achieved since the fifth meeting of the Committee, held in Santiago in November 2024, and agreed "
        "to convene the seventh meeting in Chile in 2027.",
        published="2026-03-04",
    )
    rounds = sorted((m["mechanism_round"], m["status"], m["date_start"]) for m in of_type(rows, "meeting") if m["mechanism_round"])
    assert rounds == [
        (5, "occurred", date(2024, 11, 1)),
        (6, "occurred", date(2026, 3, 3)),
        (7, "planned", date(2027, 1, 1)),
    ]


# --------------------------------------------------------------------------------------------
# dates: a sequel adverb across paragraphs, a day naming a building
# --------------------------------------------------------------------------------------------


def test_then_carries_the_day_of_the_paragraph_before_and_a_day_naming_a_building_is_no_date(tmp_path):
    rows = run(
        tmp_path,
        "LIMA: Chilean Army Chief General Rosa Vial held talks with the top brass of the Peruvian army in Lima, "
        "the army said on Wednesday.\n\n"
        "General Vial reached the Peruvian capital on Monday on an official visit. Upon arrival at the August 1 "
        "Building, headquarters of the defence ministry, on Tuesday, a contingent presented her a guard of honour.\n\n"
        "Gen Vial then called on General Luis Mora, Chief of the Peruvian Joint Command.\n\n"
        "Later the same day, the general met Admiral Ana Quispe, Minister of Defence of Peru.",
        published="2026-09-16",
    )
    mora = [m for m in of_type(rows, "meeting") if "Luis Mora" in persons_of(m)]
    quispe = [m for m in of_type(rows, "meeting") if "Ana Quispe" in persons_of(m)]
    assert mora and mora[0]["date_start"] == date(2026, 9, 15)
    assert quispe and quispe[0]["date_start"] == date(2026, 9, 15) and "Rosa Vial" in persons_of(quispe[0])


# --------------------------------------------------------------------------------------------
# attacks on work sites; "meet … standards"
# --------------------------------------------------------------------------------------------


def test_storming_a_quarry_or_a_factory_is_an_attack(tmp_path):
    rows = run(
        tmp_path,
        "ACCRA, April 15 (Reuters) - Gunmen stormed a Chinese-operated granite quarry in northern Ghana, killing "
        "three Chinese nationals, police said on Wednesday.\n\n"
        "The assault took place on Monday evening near Tamale.\n\n"
        "Separately, armed men raided a Turkish-run textile factory near Kumasi on Friday, killing four Turkish "
        "engineers.",
        published="2026-04-15",
    )
    attacks = sorted(of_type(rows, "attack"), key=lambda r: r["sentence_id"])
    assert [a["date_start"] for a in attacks] == [date(2026, 4, 13), date(2026, 4, 10)]


def test_meeting_a_standard_or_a_need_is_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        '"Peruvian exporters have learned how to meet Chilean quarantine standards," Salas said.\n\n'
        "Ghana's mills cannot meet the growing Kenyan demand for cocoa.\n\n"
        "Peruvian President Ana Quispe will meet Chilean President Luis Mora in Lima next week to discuss trade "
        "standards.",
        published="2026-09-16",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Ana Quispe", "Luis Mora"}


def test_a_meeting_between_a_minister_with_a_listed_portfolio_and_another(tmp_path):
    rows = run(
        tmp_path,
        "The figures set the tone for a meeting in Lima on Monday between Chile's Minister of Development, "
        "Industry, Trade and Services Ana Quispe and Peruvian Minister of Commerce Luis Mora.\n\n"
        "Talks were held in Nairobi on Tuesday between Ghana's Minister of Finance, Planning and Economic "
        "Development Kofi Boateng and Kenyan Treasury Secretary Peter Kamau.",
        published="2026-08-19",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert persons_of(meetings[0]) == {"Ana Quispe", "Luis Mora"}
    assert len(meetings) == 2 and persons_of(meetings[1]) == {"Kofi Boateng", "Peter Kamau"}
