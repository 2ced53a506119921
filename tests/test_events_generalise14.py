"""Event extraction, round 14: structural rules for unseen articles (own short texts, invented names).

Families: a hard-wrapped document (a statement converted from PDF, lines cut at a fixed width) whose
sentences run across line breaks; "the 18th inst." (a day of the month of writing; "ult." the month
before, "prox." the month after); month headings over the sections of a year in review ("MARCH"),
whose bare days ("On the 14th, ...") fall in that month and which end the year the section before
was told in; "had spoken by telephone" (a past participle of the call verb).
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates
from pipeline.segment import split_sentences
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# hard-wrapped text: a line break inside a paragraph does not end a sentence
# --------------------------------------------------------------------------------------------

_WRAPPED = (
    "OFFICE OF THE PRESIDENT OF GHANA\n"
    "\n"
    "1. The President of the Republic of Togo paid an official visit to Ghana on the invitation\n"
    "of the President of Ghana. The two leaders held talks at the Jubilee House and reviewed the\n"
    "state of cooperation in trade, energy and security, and agreed to deepen the partnership\n"
    "between the two countries.\n"
    "\n"
    "2. The Ministers of Trade of both countries signed a memorandum on the facilitation of\n"
    "cross-border trade, in the presence of the two Presidents.\n"
)


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_hard_wrapped_paragraph_is_split_at_its_full_stops_only():
    sents = _sentences(_WRAPPED)
    assert sents[0] == "OFFICE OF THE PRESIDENT OF GHANA"
    assert sents[1].startswith("The President of the Republic of Togo") and sents[1].endswith("of Ghana.")
    assert "\n" in sents[1]
    assert sents[2].startswith("The two leaders held talks") and sents[2].endswith("the two countries.")
    assert sents[3].startswith("The Ministers of Trade") and sents[3].endswith("the two Presidents.")
    assert len(sents) == 4


def test_unwrapped_lines_still_end_sentences():
    text = "Joint Declaration\non the occasion of the visit\n\nThe two sides met in Lima.\n"
    assert _sentences(text) == ["Joint Declaration", "on the occasion of the visit", "The two sides met in Lima."]


def test_wrapped_bullets_and_rules_stay_apart():
    text = (
        "The two Ministers exchanged the following instruments in the presence of the leaders of\n"
        "both states, after the conclusion of the talks held in the capital of the host country:\n"
        "     (i)   MoU on Cooperation in Fisheries and in Aquaculture between the two ministries and\n"
        "           the national fisheries authority of the other country;\n"
        "     (ii)  MoU on Youth and Sports.\n"
        "------------------------------------------------------------------------------------------\n"
        "The delegation was received by the Speaker of the National Assembly, who welcomed the\n"
        "visitors and recalled the long history of parliamentary exchanges between the two\n"
        "countries.\n"
    )
    sents = _sentences(text)
    assert sents[1].startswith("MoU on Cooperation in Fisheries") and sents[1].endswith("other country;")
    assert sents[2] == "MoU on Youth and Sports."
    assert sents[3].startswith("-----")
    assert sents[4].startswith("The delegation") and sents[4].endswith("countries.")


# --------------------------------------------------------------------------------------------
# "inst." / "ult." / "prox."
# --------------------------------------------------------------------------------------------


def _parse(text: str, ref: date):
    return [(m.surface, m.value.start, m.value.end) for m in parse_dates(text, DateContext(ref, "day"))]


def test_inst_is_the_month_of_writing():
    assert _parse("The delegation arrived in Accra on the 9th inst. for talks.", date(2030, 5, 20)) == [
        ("the 9th inst.", date(2030, 5, 9), date(2030, 5, 9))]


def test_inst_range_ult_and_prox():
    assert _parse("He stayed in Lima from 3rd to 6th inst. at the invitation of the host.", date(2030, 5, 20)) == [
        ("from 3rd to 6th inst.", date(2030, 5, 3), date(2030, 5, 6))]
    assert _parse("Your note of the 30th ult. was received.", date(2030, 1, 4)) == [
        ("the 30th ult.", date(2029, 12, 30), date(2029, 12, 30))]
    assert _parse("The talks resume on the 2nd prox. in Quito.", date(2030, 12, 28)) == [
        ("the 2nd prox.", date(2031, 1, 2), date(2031, 1, 2))]


def test_a_plain_number_before_inst_is_no_date():
    assert _parse("They installed 5 inst. panels on the 4th floor.", date(2030, 5, 20)) == []


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 28))
def test_inst_keeps_the_reference_month(ref, day):
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    got = _parse(f"The envoy called on the minister on {day}{suffix} inst.", ref)
    assert got == [(f"{day}{suffix} inst.", date(ref.year, ref.month, day), date(ref.year, ref.month, day))]


def test_a_state_visit_dated_by_inst_in_a_wrapped_statement(tmp_path):
    rows = run(
        tmp_path,
        "PRESIDENTIAL SECRETARIAT                                  REPUBLIC OF KENYA\n\n"
        "Nairobi, 30th June 2031\n\n"
        "1. His Excellency Mr. Tomas Urrutia Brenes, President of the Republic of Chile, under-\n"
        "took a State Visit to Kenya from 24th to 26th inst. at the invitation of His Excellency\n"
        "Daniel Kiprono Wambua, President of the Republic of Kenya, and held talks on trade.\n\n"
        "2. The two Presidents had spoken by telephone on 11th inst. to prepare the programme of\n"
        "the visit and its agenda for the two delegations of ministers and senior officials.\n\n"
        "3. The visiting President was accompanied by the Minister of Foreign Affairs and a large\n"
        "business delegation, which took part in a forum organised by the national chamber of\n"
        "commerce and industry.\n",
        published="2031-06-30",
    )
    visits = of_type(rows, "visit")
    assert visits and visits[0]["date_start"] == date(2031, 6, 24) and visits[0]["date_end"] == date(2031, 6, 26)
    assert "Tomas Urrutia Brenes" in persons_of(visits[0])
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and calls[0]["date_start"] == date(2031, 6, 11)
    assert countries_of(calls[0]) == {"KEN", "CHL"}


# --------------------------------------------------------------------------------------------
# month headings in a year in review
# --------------------------------------------------------------------------------------------


def test_a_month_heading_dates_a_bare_day_under_it():
    ctx = DateContext(date(2031, 12, 10), "day")
    assert [m.surface for m in parse_dates("MAY", ctx)] == ["MAY"]
    got = parse_dates("On the 9th, the Kenyan foreign minister met her Chilean counterpart.", ctx)
    assert [(m.value.start, m.value.end) for m in got] == [(date(2031, 5, 9), date(2031, 5, 9))]
    # a flashback inside the section does not move the section's month
    parse_dates("The second round had been held in Nairobi in June 2029.", ctx)
    got = parse_dates("A further meeting took place on the 21st between the trade ministries.", ctx)
    assert [m.value.start for m in got] == [date(2031, 5, 21)]


def test_a_bare_day_without_a_month_in_force_is_no_date():
    ctx = DateContext(date(2031, 12, 10), "day")
    assert parse_dates("On the 9th, the ministers met.", ctx) == []
    assert parse_dates("The office is on the 5th floor.", ctx) == []


def test_a_month_heading_ends_the_year_of_the_section_before(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Chile: 2031 in review\n\n"
        "Algiers, 12 December 2031\n\n"
        "AUGUST\n"
        "Chile's exports to Kenya reached $1.2 billion in 2030, the statistics office said.\n\n"
        "OCTOBER\n"
        "On 4 October, Kenyan President Daniel Kiprono Wambua sent a message of congratulations to Chilean President "
        "Tomas Urrutia Brenes on the national day of Chile.\n\n"
        "NOVEMBER\n"
        "On the 3rd, Kenyan Foreign Minister Achieng Odhiambo met her Chilean counterpart, Rosa Vial, in Geneva.\n",
        published="2031-12-12",
    )
    letters = of_type(rows, "correspondence")
    assert len(letters) == 1 and letters[0]["date_start"] == date(2031, 10, 4)
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2031, 11, 3)
    assert {"Achieng Odhiambo", "Rosa Vial"} <= persons_of(meetings[0])


def test_a_name_that_is_a_month_is_no_heading_inside_a_sentence():
    ctx = DateContext(date(2031, 12, 10), "day")
    assert [m.surface for m in parse_dates("June Mwangi met the envoy.", ctx)] == []


# --------------------------------------------------------------------------------------------
# triggers: the en dash of a bilateral name, "received by the President of", "relations between
# the two countries were established in", "X-I took place", "had spoken by telephone"
# --------------------------------------------------------------------------------------------


def test_an_ordinal_session_with_an_en_dash_in_its_name_and_an_earlier_round(tmp_path):
    rows = run(
        tmp_path,
        "The 4th Kenya\u2013Chile Joint Commission was held in Nairobi on 3 and 4 April. "
        "The 3rd session had been held in Santiago in May 2029.",
        published="2031-04-20",
    )
    rounds = {r["mechanism_round"]: r for r in of_type(rows, "meeting")}
    assert set(rounds) == {3, 4}
    assert rounds[4]["date_start"] == date(2031, 4, 3) and rounds[4]["date_end"] == date(2031, 4, 4)
    assert rounds[3]["date_start"] == date(2029, 5, 1) and rounds[3]["date_precision"] == "month"


def test_received_by_the_president_of(tmp_path):
    rows = run(
        tmp_path,
        "On the sidelines, Kenyan Prime Minister Daniel Wambua was received by the President of Chile, "
        "Tomas Urrutia, at the palace on 4 April.",
        published="2031-04-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["date_start"] == date(2031, 4, 4)
    assert persons_of(meetings[0]) == {"Daniel Wambua", "Tomas Urrutia"}


def test_a_letter_received_by_the_ministry_is_no_meeting(tmp_path):
    rows = run(tmp_path, "The letter was received by the Ministry of Chile on 4 April from Kenya.", published="2031-04-20")
    assert of_type(rows, "meeting") == []


def test_relations_between_the_two_countries_established_in_a_year(tmp_path):
    rows = run(tmp_path, "Looking back: relations between Kenya and Chile were established in 1964.", published="2031-04-20")
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1 and rel[0]["date_start"] == date(1964, 1, 1)
    assert countries_of(rel[0]) == {"KEN", "CHL"}
    # a qualified kind of relations is no diplomatic relations
    rows = run(tmp_path, "Trade relations between Kenya and Chile were established in 1964.", published="2031-04-20")
    assert of_type(rows, "relations_established") == []


def test_an_earlier_edition_of_a_numbered_exercise_took_place(tmp_path):
    rows = run(
        tmp_path,
        'The Kenyan Navy and the Chilean Navy held the second edition of their joint exercise, "Pacific Shield-II", '
        "off Mombasa from 8 to 12 June. Pacific Shield-I took place off Valparaiso in 2029.",
        published="2031-06-20",
    )
    by_round = {r["mechanism_round"]: r for r in of_type(rows, "military_exercise")}
    assert set(by_round) == {1, 2}
    assert by_round[1]["date_start"] == date(2029, 1, 1) and by_round[1]["status"] == "occurred"
    assert by_round[2]["date_start"] == date(2031, 6, 8)


def test_a_call_in_which_they_agreed_that_a_session_will_be_held_took_place(tmp_path):
    rows = run(
        tmp_path,
        "On Tuesday, Kenyan Foreign Minister Achieng Odhiambo and Chilean Foreign Minister Rosa Vial spoke by "
        "video call and agreed that the 5th Joint Commission will be held in Nairobi next year.",
        published="2031-12-12",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and calls[0]["status"] == "occurred" and calls[0]["date_start"] == date(2031, 12, 9)
    planned = of_type(rows, "meeting")
    assert len(planned) == 1 and planned[0]["status"] == "planned" and planned[0]["date_start"] == date(2032, 1, 1)


def test_had_spoken_by_telephone(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan President Daniel Wambua and Chilean President Tomas Urrutia had spoken by telephone on 2 March.",
        published="2031-03-20",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1 and calls[0]["date_start"] == date(2031, 3, 2)
    assert persons_of(calls[0]) == {"Daniel Wambua", "Tomas Urrutia"}


# --------------------------------------------------------------------------------------------
# the head of the other side named after a sentence with both a one-sided and a person-less meeting
# --------------------------------------------------------------------------------------------


def test_the_other_head_joins_the_one_sided_and_the_person_less_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Achieng Odhiambo held talks with Chilean officials in Santiago on 3 May, and the "
        "4th session of the Kenya-Chile Joint Commission was held there on 4 May. "
        "The Chilean delegation was headed by Foreign Minister Rosa Vial.",
        published="2031-05-20",
    )
    by_day = {r["date_start"]: r for r in of_type(rows, "meeting")}
    assert set(by_day) == {date(2031, 5, 3), date(2031, 5, 4)}
    assert persons_of(by_day[date(2031, 5, 3)]) == {"Achieng Odhiambo", "Rosa Vial"}
    assert "Rosa Vial" in persons_of(by_day[date(2031, 5, 4)])


# --------------------------------------------------------------------------------------------
# the trigger finder asks the sentence's own (cached) ordinal test
# --------------------------------------------------------------------------------------------


def test_find_triggers_reuses_the_sentences_ordinal_test():
    import polars as pl

    from pipeline.extract.event_gates import sentence_literals
    from pipeline.extract.event_trigger_find import find_triggers

    text = "The 5th Kenya-Chile Joint Commission was held in Nairobi on Monday."
    low = text.lower()
    present = sentence_literals(pl.Series([text]))[0]
    assert present is not None
    asked: list[int] = []

    def ordinals() -> bool:
        asked.append(1)
        return True

    same = find_triggers(text, 0, present, low, ordinals)
    assert [(t.start, t.end, t.etype) for t in same] == [(t.start, t.end, t.etype) for t in find_triggers(text, 0, present, low)]
    assert asked == [1]
    assert any(t.etype == "meeting" for t in same)


# --------------------------------------------------------------------------------------------
# a third-country venue is not the unnamed side of a meeting
# --------------------------------------------------------------------------------------------


def test_a_meeting_in_a_third_country_takes_the_storys_other_country(tmp_path):
    from pipeline.resolve.run import infer_person_countries
    import polars as pl

    rows = run(
        tmp_path,
        "Kenya and Chile agreed to deepen trade ties, officials in Nairobi and Santiago said on Monday.\n\n"
        "Kenyan Foreign Minister Achieng Odhiambo met Rosa Vial in Geneva on Monday.",
        published="2031-05-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    m = meetings[0]
    assert countries_of(m) == {"KEN", "CHL"}
    assert m["host_country_iso3"] is None and m["location_country_iso3"] == "CHE"
    inferred = infer_person_countries(pl.DataFrame(meetings).select("doc_id", "event_type", "host_country_iso3", "participants"))
    assert dict(zip(inferred["name"], inferred["country_iso3"])) == {"Rosa Vial": "CHL"}


def test_a_meeting_in_the_other_countrys_city_still_names_the_host(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Chile agreed to deepen trade ties, officials in Nairobi and Santiago said on Monday.\n\n"
        "Kenyan Foreign Minister Achieng Odhiambo met Rosa Vial in Santiago on Monday.",
        published="2031-05-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and countries_of(meetings[0]) == {"KEN", "CHL"}
    assert meetings[0]["host_country_iso3"] == "CHL"


# --------------------------------------------------------------------------------------------
# "It was co-chaired by A and B" after a meeting told without persons
# --------------------------------------------------------------------------------------------


def test_it_was_co_chaired_by_names_the_meeting_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Chile on Thursday signed two memoranda of understanding after the ninth meeting of the "
        "Kenya-Chile Joint Commission in Nairobi.\n\n"
        "The meeting was co-chaired by Kenyan Foreign Minister Achieng Odhiambo and Chilean Foreign Minister "
        "Rosa Vial.",
        published="2031-11-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["mechanism_round"] == 9 and meetings[0]["date_start"] == date(2031, 11, 20)
    assert persons_of(meetings[0]) == {"Achieng Odhiambo", "Rosa Vial"}


def test_a_chaired_meeting_without_a_meeting_before_stays_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Chile agreed to expand trade.\n\n"
        "It was co-chaired by Kenyan Foreign Minister Achieng Odhiambo and Chilean Foreign Minister Rosa Vial "
        "in Nairobi on 3 May.",
        published="2031-05-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Achieng Odhiambo", "Rosa Vial"}


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 12), st.integers(1, 28),
       st.booleans())
def test_a_bare_day_under_a_month_heading_is_in_that_month_up_to_the_reference(ref, month, day, upper):
    ctx = DateContext(ref, "day")
    name = _MONTHS[month - 1]
    heading = parse_dates(name.upper() if upper else name, ctx)
    year = ref.year if month <= ref.month else ref.year - 1
    assert [(m.value.start, m.kind) for m in heading] == [(date(year, month, 1), "partial")]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    got = parse_dates(f"On the {day}{suffix}, the two ministers met in the capital.", ctx)
    assert [(m.value.start, m.value.end) for m in got] == [(date(year, month, day), date(year, month, day))]


def test_an_edition_of_an_exercise_named_after_its_noun_and_the_edition_before(tmp_path):
    rows = run(
        tmp_path,
        "Kenya and Chile agreed to hold the sixth edition of the bilateral naval exercise Pacific Shield off "
        "Mombasa in May. The fifth edition was held off Valparaiso in October 2029.",
        published="2031-03-20",
    )
    by_round = {r["mechanism_round"]: r for r in of_type(rows, "military_exercise")}
    assert set(by_round) == {5, 6}
    assert by_round[6]["mechanism"] == "Pacific Shield" and by_round[6]["status"] == "planned"
    assert by_round[6]["date_start"] == date(2031, 5, 1)
    assert by_round[5]["mechanism"] == "Pacific Shield" and by_round[5]["status"] == "occurred"
    assert by_round[5]["date_start"] == date(2029, 10, 1)
    assert countries_of(by_round[5]) == {"KEN", "CHL"}
