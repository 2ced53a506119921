"""Event extraction, round 13: structural rules for unseen articles (own short texts, invented names).

Families: a session "is due to be held" / "is to be held" (a modal before a passive infinitive);
"diplomatic ties, established in 1965" (a participle in apposition); a navies' passage exercise
(PASSEX); "The day before, X had met Y" (the day before the last day named); "the invitation of
<inviter> for <invitee>" and "an invitation has been extended to X to visit Y", dated by "The visit is
expected in …" in the next sentence; "The Chilean side was led by X" after a meeting told without
persons; "the undersigned" in a parliamentary answer (the speaker label's person); "received on
Tuesday the minister X, who delivered a message" (a meeting, and the message of its day); "talks with
him" during a planned visit (its visitor); a visit noun with its own span after a return day; talks
with unnamed officials as the purpose of a visit are the visit.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateContext, parse_dates
from tests.test_events_general import countries_of, of_type, persons_of, run

# --------------------------------------------------------------------------------------------
# a session of a body told before "is due to be held" / "is to be held"
# --------------------------------------------------------------------------------------------


def test_the_next_ordinal_meeting_is_due_to_be_held_next_year(tmp_path):
    rows = run(
        tmp_path,
        "The Chile-Argentina Binational Cabinet held its ninth meeting in Santiago on 4 March 2024.\n\n"
        "The tenth meeting is due to be held in Argentina next year.",
        published="2024-03-06",
    )
    planned = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2025, 1, 1)
    assert planned[0]["date_precision"] == "year"
    assert countries_of(planned[0]) == {"CHL", "ARG"}


def test_the_ordinal_session_is_to_be_held_in_a_capital(tmp_path):
    rows = run(
        tmp_path,
        "The Kenya-Ethiopia Joint Ministerial Commission met in Nairobi on 2 May 2024. "
        "The sixth session is to be held in Addis Ababa in December.",
        published="2024-05-03",
    )
    planned = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2024, 12, 1)
    assert planned[0]["mechanism_round"] == 6


def test_the_ordinal_commission_is_due_to_be_convened(tmp_path):
    rows = run(
        tmp_path,
        "The third Ghana-Togo Joint Commission is due to be convened in Lome in August.",
        published="2024-05-03",
    )
    planned = [r for r in of_type(rows, "meeting") if r["status"] == "planned"]
    assert len(planned) == 1
    assert planned[0]["date_start"] == date(2024, 8, 1)
    assert countries_of(planned[0]) == {"GHA", "TGO"}


# --------------------------------------------------------------------------------------------
# "diplomatic ties, established in YEAR" (participle in apposition)
# --------------------------------------------------------------------------------------------


def test_diplomatic_ties_established_in_apposition(tmp_path):
    rows = run(
        tmp_path,
        "Norway and Chile have a long history. Their diplomatic ties, established in 1965, "
        "are older than most people realise.",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["date_start"] == date(1965, 1, 1)
    assert countries_of(rel[0]) == {"NOR", "CHL"}


def test_diplomatic_relations_which_were_established(tmp_path):
    rows = run(
        tmp_path,
        "Diplomatic relations between Senegal and Brazil, which were established in 1961, remain warm.",
    )
    rel = of_type(rows, "relations_established")
    assert len(rel) == 1
    assert rel[0]["date_start"] == date(1961, 1, 1)
    assert countries_of(rel[0]) == {"SEN", "BRA"}


# --------------------------------------------------------------------------------------------
# a passage exercise (PASSEX) of two navies
# --------------------------------------------------------------------------------------------


def test_a_passage_exercise_of_two_navies(tmp_path):
    rows = run(
        tmp_path,
        "Indonesian Navy ship KRI Bima conducted a Passage Exercise (PASSEX) with the Royal Thai Navy "
        "off Phuket on 14 October 2024.",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1
    assert ex[0]["date_start"] == date(2024, 10, 14)
    assert countries_of(ex[0]) == {"IDN", "THA"}


def test_a_passex_in_lower_case_abbreviation(tmp_path):
    rows = run(
        tmp_path,
        "The Chilean frigate Almirante Lynch held a PASSEX with the Peruvian Navy on 3 June 2024.",
    )
    ex = of_type(rows, "military_exercise")
    assert len(ex) == 1
    assert ex[0]["date_start"] == date(2024, 6, 3)
    assert countries_of(ex[0]) == {"CHL", "PER"}


# --------------------------------------------------------------------------------------------
# "The day before, X had met Y": the day before the last day the narrative named
# --------------------------------------------------------------------------------------------

def _days(sentences: list[str], ref: date) -> list[list[date]]:
    ctx = DateContext(ref, "day")
    out = []
    for s in sentences:
        out.append([m.value.start for m in parse_dates(s, ctx) if m.value.precision == "day"])
    return out


def test_the_day_before_is_the_day_before_the_last_named_day():
    got = _days([
        "The two ministers co-chaired the joint commission in Accra on 12 May.",
        "The third session had been held in Lome in March 2022.",
        "The day before, the minister had met Vice President Kofi Mensah.",
    ], date(2024, 5, 20))
    assert got[2] == [date(2024, 5, 11)]


def test_the_day_after_is_the_day_after_the_last_named_day():
    got = _days([
        "President Lina Okafor arrived in Lisbon on 3 June 2024.",
        "The day after, she addressed parliament.",
    ], date(2024, 6, 10))
    assert got[1] == [date(2024, 6, 4)]


def test_the_day_before_a_noun_is_no_date_and_the_day_before_yesterday_is_deictic():
    got = _days([
        "The minister arrived on 3 June 2024.",
        "She left the day after the summit.",
        "He returned the day before yesterday.",
    ], date(2024, 6, 10))
    assert got[1] == []
    assert got[2] == [date(2024, 6, 8)]


@settings(max_examples=40, deadline=None)
@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)), st.sampled_from(["before", "after"]))
def test_the_day_before_or_after_any_named_day(day, which):
    ref = day + timedelta(days=30)
    named = f"{day.day} {day.strftime('%B')} {day.year}"
    got = _days([f"The ministers met in Quito on {named}.", f"The day {which}, the delegation toured the port."], ref)
    assert got[1] == [day + timedelta(days=-1 if which == "before" else 1)]


def test_the_meeting_the_day_before_takes_that_day(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Trade Minister Rosa Vial returned to Santiago on Sunday after a working visit to Japan.\n\n"
        "In Tokyo, Vial and Japan's trade minister co-chaired the fourth Chile-Japan Trade Commission on June 12. "
        "The third meeting had been held in Santiago in May 2022.\n\n"
        "The day before, Vial had met Prime Minister Kenji Sato.",
        published="2024-06-20",
    )
    meetings = [r for r in of_type(rows, "meeting") if "Kenji Sato" in {p["name"] for p in r["participants"]}]
    assert len(meetings) == 1
    assert meetings[0]["date_start"] == date(2024, 6, 11)


# --------------------------------------------------------------------------------------------
# "the invitation of <inviter> for <invitee> to pay a visit": a genitive inviter
# --------------------------------------------------------------------------------------------


def test_the_invitation_of_the_leadership_for_a_president_is_a_planned_undated_visit(tmp_path):
    rows = run(
        tmp_path,
        "President Lina Okafor of Nigeria spoke by telephone with Prime Minister Kofi Mensah of Ghana on Tuesday.\n\n"
        "Prime Minister Mensah conveyed the invitation of the Ghanaian leadership for President Okafor to pay a "
        "state visit to Ghana, which the President accepted with appreciation. The dates will be arranged "
        "through diplomatic channels.",
        published="2024-06-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    v = visits[0]
    assert v["status"] == "planned"
    assert v["date_start"] is None
    assert "Lina Okafor" in persons_of(v, "visitor")
    assert v["host_country_iso3"] == "GHA"
    assert len(of_type(rows, "phone_call")) == 1


def test_the_invitation_of_the_people_for_a_named_president_to_visit(tmp_path):
    rows = run(
        tmp_path,
        "Prime Minister Kofi Mensah extended the invitation of the Ghanaian people for President Lina Okafor "
        "of Nigeria to visit Ghana.",
        published="2024-06-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Lina Okafor"}
    assert countries_of(visits[0]) == {"NGA", "GHA"}


def test_an_invitation_from_a_president_to_pay_a_visit_keeps_the_addressee_as_invitee(tmp_path):
    rows = run(
        tmp_path,
        "Foreign Minister Ana Ruiz conveyed to President Kofi Mensah of Ghana an invitation from the "
        "President of Peru to pay a State Visit to Peru.",
        published="2024-06-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert persons_of(visits[0], "visitor") == {"Kofi Mensah"}
    assert visits[0]["host_country_iso3"] == "PER"


# --------------------------------------------------------------------------------------------
# "The Chilean side was led by X." after a meeting told without persons
# --------------------------------------------------------------------------------------------


def test_the_side_led_by_names_a_person_of_a_meeting_told_without_persons(tmp_path):
    rows = run(
        tmp_path,
        "The 4th round of Bilateral Political Consultations between Chile and Peru was held in Lima on "
        "16 May 2024. The Chilean side was led by Director General (Americas) Mr. Jorge Soto Vial.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Jorge Soto Vial"}
    side = {p["name"]: p["country_iso3"] for p in meetings[0]["participants"] if p["actor_type"] == "person"}
    assert side == {"Jorge Soto Vial": "CHL"}


def test_a_side_not_of_the_meeting_adds_nobody(tmp_path):
    rows = run(
        tmp_path,
        "The 4th round of Bilateral Political Consultations between Chile and Peru was held in Lima on "
        "16 May 2024. The Bolivian side was led by Ambassador Luis Mamani Quispe.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == set()


# --------------------------------------------------------------------------------------------
# "the undersigned" in a parliamentary answer: the person of the speaker label
# --------------------------------------------------------------------------------------------

_ANSWER = (
    "No. 17. *Mr. Tunde Adeyemi Okoro:\n\n"
    "Will the Minister for Foreign Affairs be pleased to state the contacts with Chile?\n\n"
    "Minister for Foreign Affairs (Senator Amina Bello Yusuf): Nigeria and Chile have maintained regular "
    "contacts during 2024:\n\n"
)


def test_the_undersigned_held_a_call_is_the_answering_minister(tmp_path):
    rows = run(
        tmp_path,
        _ANSWER + "ii. The undersigned held a telephone conversation with the Foreign Minister of Chile, "
        "Mr. Pablo Rojas Vial, on 2 October 2024.",
        published="2024-11-20",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Amina Bello Yusuf", "Pablo Rojas Vial"}
    side = {p["name"]: p["country_iso3"] for p in calls[0]["participants"] if p["actor_type"] == "person"}
    assert side["Amina Bello Yusuf"] == "NGA"


def test_a_session_co_chaired_with_the_undersigned(tmp_path):
    rows = run(
        tmp_path,
        "Minister for Trade (Mr. Kwame Asante Boateng): The Chilean Minister of Trade, Ms. Rosa Vial Soto, "
        "visited Accra from 3 to 5 March 2024 and co-chaired the 2nd session of the Ghana-Chile Joint Trade "
        "Committee with the undersigned on 4 March.",
        published="2024-11-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Rosa Vial Soto", "Kwame Asante Boateng"}
    assert all(r["event_type"] != "visit" or "Kwame Asante Boateng" not in persons_of(r, "visitor") for r in rows)


def test_without_a_speaker_label_the_undersigned_adds_nobody(tmp_path):
    rows = run(
        tmp_path,
        "Nigeria and Chile have maintained regular contacts.\n\n"
        "The undersigned held a telephone conversation with the Foreign Minister of Chile, "
        "Mr. Pablo Rojas Vial, on 2 October 2024.",
        published="2024-11-20",
    )
    calls = of_type(rows, "phone_call")
    assert len(calls) == 1
    assert persons_of(calls[0]) == {"Pablo Rojas Vial"}


# --------------------------------------------------------------------------------------------
# "X received on Tuesday the minister Y, who delivered a written message from Z"
# --------------------------------------------------------------------------------------------


def test_received_on_a_weekday_the_visiting_minister_is_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Ghana's Prime Minister Kofi Mensah received on Tuesday the Chilean Minister of Trade, Rosa Vial.",
        published="2024-06-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Kofi Mensah", "Rosa Vial"}
    assert meetings[0]["date_start"] == date(2024, 6, 18)


def test_a_message_delivered_in_a_relative_clause_takes_the_meeting_day(tmp_path):
    rows = run(
        tmp_path,
        "Ghana-Chile trade rose in 2023, officials said.\n\n"
        "Ghana's Prime Minister Kofi Mensah received on Tuesday the Chilean Minister of Trade, Rosa Vial, "
        "who delivered a written message from Chilean President Pablo Rojas to President Ama Owusu, "
        "the cabinet said.",
        published="2024-06-20",
    )
    meetings = of_type(rows, "meeting")
    letters = of_type(rows, "correspondence")
    assert len(meetings) == 1 and len(letters) == 1
    assert meetings[0]["date_start"] == date(2024, 6, 18)
    assert letters[0]["date_start"] == date(2024, 6, 18)
    assert letters[0]["date_precision"] == "day"
    assert "Pablo Rojas" in persons_of(letters[0])


def test_a_delivered_letter_with_its_own_date_keeps_it(tmp_path):
    rows = run(
        tmp_path,
        "Ghana's Prime Minister Kofi Mensah received the Chilean Minister of Trade, Rosa Vial, on Tuesday, "
        "who handed over a letter from Chilean President Pablo Rojas dated 3 June.",
        published="2024-06-20",
    )
    letters = of_type(rows, "correspondence")
    assert len(letters) == 1
    assert letters[0]["date_start"] == date(2024, 6, 3)


# --------------------------------------------------------------------------------------------
# "An invitation has been extended to X to visit Y. The visit is expected in …"
# --------------------------------------------------------------------------------------------


def test_a_passive_invitation_is_a_planned_visit_dated_by_the_next_sentence(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Chile have maintained regular contacts.\n\n"
        "vi. An invitation has been extended to President Ama Owusu of Ghana to visit Chile. "
        "The visit is expected in the first half of 2025.",
        published="2024-11-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    v = visits[0]
    assert v["status"] == "planned"
    assert persons_of(v, "visitor") == {"Ama Owusu"}
    assert v["host_country_iso3"] == "CHL"
    assert (v["date_start"], v["date_precision"]) == (date(2025, 1, 1), "year")


def test_an_invitation_was_extended_and_the_visit_will_take_place_next_month(tmp_path):
    rows = run(
        tmp_path,
        "An invitation was extended to Prime Minister Kofi Mensah of Ghana to visit Peru. "
        "The visit will take place in March.",
        published="2024-11-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["status"] == "planned"
    assert (visits[0]["date_start"], visits[0]["date_precision"]) == (date(2025, 3, 1), "month")


def test_a_dated_sentence_about_something_else_leaves_the_invitation_undated(tmp_path):
    rows = run(
        tmp_path,
        "An invitation was extended to Prime Minister Kofi Mensah of Ghana to visit Peru. "
        "Trade between the two countries reached $2 billion in 2023.",
        published="2024-11-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["date_start"] is None


# --------------------------------------------------------------------------------------------
# "During the visit, Foreign Minister Z will hold talks with him.": the planned visit's visitor
# --------------------------------------------------------------------------------------------


def test_talks_with_him_during_a_planned_visit_are_with_its_visitor(tmp_path):
    rows = run(
        tmp_path,
        "Peru and Chile signed a trade deal. Chile's president said Peru is a partner. Peru and Chile "
        "will expand trade.\n\n"
        "At the invitation of Foreign Minister Ana Ruiz of Peru, Minister of Foreign Affairs of Ghana "
        "Kofi Mensah will pay an official visit to Peru from November 16 to 19. During the visit, "
        "Foreign Minister Ruiz will hold talks with him.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["status"] == "planned"
    assert persons_of(meetings[0]) == {"Ana Ruiz", "Kofi Mensah"}
    assert countries_of(meetings[0]) == {"PER", "GHA"}


# --------------------------------------------------------------------------------------------
# "returned on Sunday after a working visit to Japan from June 10 to 14": the visit's own span
# --------------------------------------------------------------------------------------------


def test_a_visit_noun_with_its_own_span_after_a_return_day(tmp_path):
    rows = run(
        tmp_path,
        "Chile's Minister of Trade, Rosa Vial Soto, returned to Santiago on Sunday after a working visit "
        "to Japan from June 10 to 14, during which the two countries agreed to open markets.",
        published="2024-06-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert (visits[0]["date_start"], visits[0]["date_end"]) == (date(2024, 6, 10), date(2024, 6, 14))
    assert visits[0]["host_country_iso3"] == "JPN"


def test_a_return_without_the_visit_span_keeps_the_return_day(tmp_path):
    rows = run(
        tmp_path,
        "Chile's Minister of Trade, Rosa Vial Soto, returned to Santiago on Sunday after a working visit to Japan.",
        published="2024-06-20",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1
    assert visits[0]["date_start"] == date(2024, 6, 16)


# --------------------------------------------------------------------------------------------
# "arrived in Santiago for two days of talks with Chilean officials": the talks are the visit
# --------------------------------------------------------------------------------------------


def test_talks_with_unnamed_officials_as_the_purpose_of_a_visit_are_no_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Peru's Minister of State for Foreign Affairs, Ms Ana Ruiz, arrived in Santiago yesterday for two "
        "days of talks with Chilean officials.",
        published="2024-06-20",
    )
    assert [r["event_type"] for r in rows] == ["visit"]
    assert persons_of(rows[0], "visitor") == {"Ana Ruiz"}


def test_talks_with_a_named_host_as_the_purpose_of_a_visit_stay_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "Peru's Foreign Minister Ana Ruiz arrived in Santiago yesterday for talks with Chilean Foreign "
        "Minister Luis Soto.",
        published="2024-06-20",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert persons_of(meetings[0]) == {"Ana Ruiz", "Luis Soto"}
    assert len(of_type(rows, "visit")) == 1
