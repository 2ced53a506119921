"""Event extraction, round 7: general rules for unseen articles (own short texts, invented names).

Families: attack verbs of an armed assault on a place; letters "had written to"; meetings told by
"sat down with", "hosted his opposite number", a meal with a named guest, "discussed … by
telephone"; talks "on the margins of"; an earlier meeting told as "their previous meeting, held
…"; exercises named in quotes after the noun, their editions told in the next sentence, their
status read from the verbs of holding (not from participial adjectives such as "combined"), and
exercise nouns inside the content of an agreement ("providing for joint patrols"); "the
following day" after an event known only to its month; "the next day" is no future; a
parenthesised acronym inside a title; a long reported subject before "would travel"; a page line
holding only a date is not the lede.
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run


# --------------------------------------------------------------------------------------------
# triggers (lexicon families)
# --------------------------------------------------------------------------------------------


def test_an_armed_assault_on_a_place_is_an_attack(tmp_path):
    rows = run(
        tmp_path,
        "Gunmen stormed a village market in northern Chad near the Cameroonian border on Sunday, killing "
        "12 people, among them three Cameroonian herders.\n\n"
        "Separately, militants raided a police post in eastern Peru close to the Bolivian border on Monday, "
        "killing four Bolivian traders.",
    )
    attacks = sorted(of_type(rows, "attack"), key=lambda r: r["sentence_id"])
    assert [(r["date_start"], r["casualties"]) for r in attacks] == [(date(2024, 11, 17), 12), (date(2024, 11, 18), 4)]
    assert countries_of(attacks[0]) == {"TCD", "CMR"}


def test_had_written_to_is_a_letter(tmp_path):
    rows = run(
        tmp_path,
        "Earlier this month, on November 4, the prime minister of Peru, Ana Rojas, had written to President "
        "Kofi Mensah of Ghana to offer condolences.\n\n"
        "Chilean President Marta Vidal has written to Kenyan President David Otieno on Monday about the fisheries accord.",
    )
    letters = sorted(of_type(rows, "correspondence"), key=lambda r: r["sentence_id"])
    assert len(letters) == 2
    assert persons_of(letters[0]) == {"Ana Rojas", "Kofi Mensah"} and letters[0]["date_start"] == date(2024, 11, 4)
    assert persons_of(letters[1]) == {"Marta Vidal", "David Otieno"}


def test_sat_down_with_and_hosted_his_counterpart_are_meetings(tmp_path):
    rows = run(
        tmp_path,
        "In June, Chilean President Marta Vidal sat down with Kenyan President David Otieno in Nairobi.\n\n"
        "In May, Foreign Minister Luis Soto of Peru hosted his Ghanaian counterpart, Ama Owusu, in Lima.",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Marta Vidal", "David Otieno"}, {"Luis Soto", "Ama Owusu"}]
    assert [m["date_start"] for m in meetings] == [date(2024, 6, 1), date(2024, 5, 1)]


def test_a_meal_with_a_named_guest_is_a_meeting_and_the_session_it_prepares_is_not(tmp_path):
    rows = run(
        tmp_path,
        "Earlier on Tuesday, Chilean Foreign Minister Luis Soto had a working lunch with his Kenyan counterpart "
        "Jane Wanjiru, during which the two ministers reviewed preparations for the third session of the joint "
        "commission.\n\n"
        "On Wednesday, Ghanaian President Kofi Mensah hosted a dinner with Peruvian President Ana Rojas at the palace.",
        published="2026-04-22",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert len(meetings) == 2
    assert meetings[0]["status"] == "occurred" and meetings[0]["mechanism"] is None
    assert persons_of(meetings[0]) == {"Luis Soto", "Jane Wanjiru"} and meetings[0]["date_start"] == date(2026, 4, 21)
    assert persons_of(meetings[1]) == {"Kofi Mensah", "Ana Rojas"}


def test_discussed_by_telephone_is_a_call(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian President Ana Rojas and Ghanaian President Kofi Mensah discussed cocoa prices by telephone on Monday.\n\n"
        "In July, Chilean President Marta Vidal and Kenyan President David Otieno discussed fisheries over the phone.",
    )
    calls = sorted(of_type(rows, "phone_call"), key=lambda r: r["sentence_id"])
    assert [persons_of(c) for c in calls] == [{"Ana Rojas", "Kofi Mensah"}, {"Marta Vidal", "David Otieno"}]
    assert calls[1]["date_start"] == date(2024, 7, 1) and calls[1]["date_precision"] == "month"


def test_talks_on_the_margins_of_a_session_and_a_previous_meeting_held_on_a_day(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Luis Soto of Chile held a video meeting with Kenya's Foreign Minister Jane Wanjiru on Tuesday. "
        "The video meeting follows the ministers' bilateral talks on the margins of the UN General Assembly in New "
        "York on 24 September last year.\n\n"
        "President Ana Rojas of Peru and President Kofi Mensah of Ghana held talks in Lima on Monday. They recalled "
        "their previous meeting, held on 4 March 2025 in Quito on the margins of the regional summit.",
        published="2026-03-11",
    )
    meetings = {m["date_start"]: m for m in of_type(rows, "meeting")}
    assert persons_of(meetings[date(2025, 9, 24)]) == {"Luis Soto", "Jane Wanjiru"}
    assert meetings[date(2025, 9, 24)]["location"] == "New York"
    assert persons_of(meetings[date(2025, 3, 4)]) == {"Ana Rojas", "Kofi Mensah"}


def test_a_caption_of_a_video_meeting_is_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Luis Soto of Chile held a video meeting with Kenya's Foreign Minister Jane Wanjiru on Tuesday.\n\n"
        "Photo: Foreign Minister Luis Soto during the video meeting with Jane Wanjiru.",
        published="2026-03-11",
    )
    assert not of_type(rows, "meeting")
    assert len(of_type(rows, "phone_call")) == 1


# --------------------------------------------------------------------------------------------
# exercises
# --------------------------------------------------------------------------------------------


def test_a_quoted_exercise_name_its_edition_and_a_future_date_make_a_planned_series_edition(tmp_path):
    rows = run(
        tmp_path,
        'They supported the holding of the 9th edition of the combined naval exercise "Andes Shield" in October '
        "2026. The 8th edition took place off Valparaíso in September 2025.\n\n"
        'The ministers welcomed the decision of the two navies to carry out the mine countermeasures exercise '
        '"Pacific Guard" off Callao in August.',
        published="2026-06-17",
    )
    ex = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [(r["mechanism"], r["mechanism_round"], r["status"], r["date_start"]) for r in ex] == [
        ("Andes Shield", 9, "planned", date(2026, 10, 1)),
        ("Andes Shield", 8, "occurred", date(2025, 9, 1)),
        ("Pacific Guard", None, "planned", date(2026, 8, 1)),
    ]


def test_an_exercise_that_began_keeps_its_tense_and_one_to_be_held_is_planned(tmp_path):
    rows = run(
        tmp_path,
        'The fourth joint tactical exercise of the armed forces of Chile and Peru, "Andes Guard-4", began on '
        "Monday near Arica.\n\n"
        'The ministers announced the Chilean-Peruvian naval exercise "Pacific Watch 26", to be held off Callao in June.',
        published="2025-06-05",
    )
    ex = sorted(of_type(rows, "military_exercise"), key=lambda r: r["sentence_id"])
    assert [r["status"] for r in ex] == ["occurred", "planned"]


def test_exercise_nouns_inside_the_content_of_an_agreement_are_no_events(tmp_path):
    rows = run(
        tmp_path,
        "In January this year, Chile and Peru signed a security cooperation agreement in Lima providing for joint "
        "border patrols and a coordination cell.\n\n"
        "Ana Rojas recalled that a Memorandum of Understanding on defence cooperation signed between Ghana and "
        "Kenya in 2019 had provided a framework for exchanges, training and joint exercises.",
        published="2026-02-25",
    )
    assert not of_type(rows, "military_exercise")


# --------------------------------------------------------------------------------------------
# dates and status
# --------------------------------------------------------------------------------------------


def test_the_following_day_after_an_event_known_to_its_month_is_that_month(tmp_path):
    rows = run(
        tmp_path,
        "The protocol was signed on 14 January this year in Lima.\n\n"
        "In July, gunmen attacked a border post near Tacna in Peru, killing two Chilean soldiers and a Peruvian "
        "officer. Peruvian President Ana Rojas sent a letter of condolence to Chilean President Marta Vidal the "
        "following day.\n\n"
        "In March, Ghana and Kenya held talks in Accra. A day later, Ghanaian President Kofi Mensah telephoned "
        "Kenyan President David Otieno.",
        published="2026-12-03",
    )
    letter = of_type(rows, "correspondence")[0]
    assert (letter["date_start"], letter["date_precision"]) == (date(2026, 7, 1), "month")
    call = of_type(rows, "phone_call")[0]
    assert (call["date_start"], call["date_precision"]) == (date(2026, 3, 1), "month")


def test_the_next_day_is_no_future(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Army chief General Luis Paredes arrived in Accra on Sunday for a three-day visit to Ghana. "
        "On Monday, he called on Ghanaian President Kofi Mensah.\n\n"
        "The next day, the Peruvian general met Ghanaian Defence Minister Ama Owusu.",
        published="2026-10-07",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert meetings[-1]["status"] == "occurred" and meetings[-1]["date_start"] == date(2026, 10, 6)


def test_a_visit_opened_on_a_day_until_another_spans_them(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President David Otieno arrived in Lima on Monday, opening a state visit that will keep him in Peru "
        "until Friday.\n\n"
        "Ghanaian President Kofi Mensah landed in Santiago on Tuesday, starting a working visit to Chile that lasts "
        "till Thursday.",
        published="2026-04-22",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [(v["date_start"], v["date_end"]) for v in visits] == [
        (date(2026, 4, 20), date(2026, 4, 24)),
        (date(2026, 4, 21), date(2026, 4, 23)),
    ]


def test_a_page_line_that_only_holds_a_date_is_not_the_lede(tmp_path):
    rows = run(
        tmp_path,
        "Wednesday, November 18, 2026 | Rabi-ul-Awwal 7, 1448 AH\n\n"
        "LIMA: Prime Minister Ana Rojas and President Kofi Mensah of Ghana on Tuesday agreed to expand trade in cocoa.\n\n"
        "The two leaders met on the margins of the regional summit.",
        published="2026-11-18",
    )
    m = of_type(rows, "meeting")
    assert m and m[0]["date_start"] == date(2026, 11, 17)


# --------------------------------------------------------------------------------------------
# participants
# --------------------------------------------------------------------------------------------


def test_an_acronym_in_brackets_inside_a_title_keeps_the_object(tmp_path):
    rows = run(
        tmp_path,
        "Ghanaian Army chief General Kwame Boateng arrived in Lima on Sunday for a visit to Peru.\n\n"
        "On Monday, General Boateng called on Chief of Defence Staff (CDS) Admiral Luis Paredes at the ministry.\n\n"
        "He also met Minister of Defence (MoD) Carla Quispe of Peru on Tuesday.",
        published="2026-10-07",
    )
    meetings = sorted(of_type(rows, "meeting"), key=lambda r: r["sentence_id"])
    assert [persons_of(m) for m in meetings] == [{"Kwame Boateng", "Luis Paredes"}, {"Kwame Boateng", "Carla Quispe"}]


def test_a_reported_future_trip_after_a_long_subject_is_a_planned_visit(tmp_path):
    rows = run(
        tmp_path,
        "Rojas said Peru's National Security Adviser, Carlos Eduardo Vega Salazar, would travel to Accra next week "
        "to discuss intelligence sharing.\n\n"
        "Mensah said Ghana's Minister for Regional Integration, Ama Serwaa Owusu, would travel to Lima next month.",
        published="2026-02-25",
    )
    visits = sorted(of_type(rows, "visit"), key=lambda r: r["sentence_id"])
    assert [(v["status"], v["host_country_iso3"]) for v in visits] == [("planned", "GHA"), ("planned", "PER")]
    assert "Carlos Eduardo Vega Salazar" in persons_of(visits[0], "visitor")


def test_the_ministers_are_not_the_prime_ministers(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Luis Soto of Chile held a video meeting with Kenya's Foreign Minister Jane Wanjiru on Tuesday.\n\n"
        "The ministers confirmed that Prime Minister Ana Rojas of Chile will visit Nairobi in May at the invitation "
        "of Prime Minister David Otieno of Kenya.\n\n"
        "The video meeting follows the ministers' talks on the margins of the UN General Assembly on 24 September last year.",
        published="2026-03-11",
    )
    m = [r for r in of_type(rows, "meeting") if r["date_start"] == date(2025, 9, 24)]
    assert m and persons_of(m[0]) == {"Luis Soto", "Jane Wanjiru"}


def test_drills_that_an_exercise_focuses_on_are_its_content(tmp_path):
    rows = run(
        tmp_path,
        'The joint exercise "Andes Guard-3" opened near Arica on Monday.\n\n'
        "The two-week exercise focuses on counter-terrorism drills in mountain terrain.\n\n"
        "The naval programme of Ghana and Kenya concentrates on joint maritime patrols off Mombasa in May.",
        published="2026-10-07",
    )
    ex = of_type(rows, "military_exercise")
    assert [(r["mechanism"], r["mechanism_round"]) for r in ex] == [("Andes Guard", 3)]
