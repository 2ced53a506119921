"""Event extraction, round 19 of tuning (own short texts, invented names and pairs).

Families, ranked by how often news English uses them: the chairs of a meeting told the sentence
before, with a modified subject ("The joint commission was co-chaired by", "The meeting in Lima
was co-chaired by"); a first-person possessive before a coordinated title ("A and our Minister
of Trade B"); a headline naming the body's numbered session in other words ("3rd Round of
Consultations between A and B held in X" above "The 3rd round of Consultations (FOC) …"); a
deputy repeated by rank without the portfolio ("the Deputy Minister paid a courtesy call on");
an invitation "from A to B to visit Z" (the one after "to" is invited).
"""

from __future__ import annotations

from datetime import date

from tests.test_events_general import countries_of, of_type, persons_of, run

# --- the chairs of the meeting told before ---------------------------------------------------------


def test_the_joint_commission_was_co_chaired_names_the_meeting_before(tmp_path):
    rows = run(
        tmp_path,
        "Ghana and Peru signed a trade protocol on Monday, following the fourth meeting of the Ghana-Peru "
        "Joint Commission in Accra.\n\n"
        "The joint commission was co-chaired by Ghanaian Trade Minister Kofi Mensah and Peruvian Foreign "
        "Minister Ana Quispe.",
        published="2027-03-10",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1
    assert meetings[0]["mechanism_round"] == 4 and meetings[0]["date_start"] == date(2027, 3, 8)
    assert persons_of(meetings[0]) == {"Kofi Mensah", "Ana Quispe"}


def test_the_meeting_in_a_city_was_co_chaired_names_the_meeting_before(tmp_path):
    rows = run(
        tmp_path,
        "Norway and Chile agreed on Tuesday to expand salmon research after the second session of the "
        "Norway-Chile Fisheries Dialogue.\n\n"
        "The session in Santiago was co-chaired by Norwegian Fisheries Minister Ole Berg and Chilean "
        "Economy Minister Rosa Vial.",
        published="2027-05-13",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["mechanism_round"] == 2
    assert persons_of(meetings[0]) == {"Ole Berg", "Rosa Vial"}


def test_a_trade_fair_chaired_by_is_no_anaphor_of_the_meeting(tmp_path):
    # near miss: "chaired by" after a subject that is no session noun ("The trade fair in Bergen") points
    # back to no meeting: the sentence's own meeting stays
    rows = run(
        tmp_path,
        "Norway and Chile held the second session of the Norway-Chile Fisheries Dialogue in Oslo on Tuesday.\n\n"
        "The trade fair in Bergen was chaired by Norwegian Fisheries Minister Ole Berg, who met Chilean Economy "
        "Minister Rosa Vial there.",
        published="2027-05-13",
    )
    meetings = of_type(rows, "meeting")
    assert any({"Ole Berg", "Rosa Vial"} <= persons_of(m) for m in meetings)


# --- "A and our Minister of X B" -------------------------------------------------------------------


def test_our_minister_coordinated_with_a_chair(tmp_path):
    rows = run(
        tmp_path,
        "The ninth session of the Ghana-Peru Joint Commission was held in Lima in June. It was co-chaired by "
        "Peru's Minister of Foreign Trade Luis Mora and our Minister of Trade and Industry Kofi Mensah.",
        published="2027-09-01",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and meetings[0]["mechanism_round"] == 9
    assert persons_of(meetings[0]) == {"Luis Mora", "Kofi Mensah"}


def test_our_president_coordinated_in_a_meeting(tmp_path):
    rows = run(
        tmp_path,
        "In May, the Ghana-Peru Business Council met in Accra with Peruvian Trade Minister Luis Mora and "
        "our President Kofi Mensah.",
        published="2027-09-01",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and {"Luis Mora", "Kofi Mensah"} <= persons_of(meetings[0])


def test_and_his_wife_is_no_coordinated_title(tmp_path):
    # near miss: a lower-case noun after the possessive is no title
    rows = run(
        tmp_path,
        "Peruvian President Luis Mora met Ghanaian President Kofi Mensah and his wife Ama Mensah in Accra on Monday.",
        published="2027-09-01",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Luis Mora", "Kofi Mensah"}


# --- a headline naming the numbered session in other words ---------------------------------------


def _heads(tmp_path, headline: str, body: str) -> list[dict]:
    return run(tmp_path, headline + "\n\n" + body, published="2027-04-15")


def test_headline_with_between_names_the_bodys_numbered_round(tmp_path):
    rows = _heads(
        tmp_path,
        "5th Round of Political Consultations between Chile and Norway held in Oslo",
        "The 5th round of Political Consultations (PC) between Chile and Norway was held in Oslo on 14 April 2027. "
        "Chilean Vice Minister Rosa Vial led her side, while the Norwegian delegation was led by State Secretary "
        "Ole Berg.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 2 and all(m["mechanism_round"] == 5 for m in meetings)
    assert all(m["date_start"] == date(2027, 4, 14) for m in meetings)
    assert all(persons_of(m) == {"Rosa Vial", "Ole Berg"} for m in meetings)


def test_headline_short_name_of_the_bodys_committee(tmp_path):
    rows = _heads(
        tmp_path,
        "Ghana, Peru sign two MoUs at second meeting of trade committee",
        "ACCRA — Ghana and Peru signed two memoranda of understanding on Wednesday, following the second "
        "meeting of the Joint Committee on Trade and Investment.\n\n"
        "The meeting was co-chaired by Ghanaian Trade Minister Kofi Mensah and Peruvian Trade Minister Luis Mora.",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 2 and all(m["mechanism_round"] == 2 for m in meetings)
    assert all(persons_of(m) == {"Kofi Mensah", "Luis Mora"} for m in meetings)
    assert all(m["date_start"] == date(2027, 4, 14) for m in meetings)


def test_headline_of_another_round_stays_its_own(tmp_path):
    # near miss: the headline's round is not the body's
    rows = _heads(
        tmp_path,
        "Chile and Norway to hold 6th round of Political Consultations",
        "The 5th round of Political Consultations between Chile and Norway was held in Oslo on 14 April 2027. "
        "Chilean Vice Minister Rosa Vial led her side, while the Norwegian delegation was led by State Secretary "
        "Ole Berg.",
    )
    rounds = {m["mechanism_round"]: m for m in of_type(rows, "meeting")}
    assert 6 in rounds and not persons_of(rounds[6])


# --- a deputy repeated by rank ---------------------------------------------------------------------


def test_the_deputy_minister_is_the_deputy_foreign_minister_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Chilean Deputy Foreign Minister Rosa Vial held consultations with Ghana's Foreign Secretary Kofi Mensah "
        "in Accra on Monday.\n\n"
        "Later the same day, the Deputy Minister paid a courtesy call on Ghanaian Foreign Minister Ama Owusu.",
        published="2027-02-03",
    )
    calls = [m for m in of_type(rows, "meeting") if "Ama Owusu" in persons_of(m)]
    assert len(calls) == 1 and persons_of(calls[0]) == {"Rosa Vial", "Ama Owusu"}
    assert calls[0]["date_start"] == date(2027, 2, 1)


def test_the_vice_minister_is_the_vice_foreign_minister_told_before(tmp_path):
    rows = run(
        tmp_path,
        "Peruvian Vice Foreign Minister Luis Mora arrived in Oslo on Tuesday.\n\n"
        "On Wednesday, the Vice Minister met Norwegian Foreign Minister Ole Berg.",
        published="2027-02-05",
    )
    meetings = of_type(rows, "meeting")
    assert len(meetings) == 1 and persons_of(meetings[0]) == {"Luis Mora", "Ole Berg"}


def test_the_deputy_minister_is_not_the_deputy_prime_minister(tmp_path):
    # near miss: a deputy prime minister is not "the Deputy Minister"
    rows = run(
        tmp_path,
        "Chilean Deputy Prime Minister Rosa Vial arrived in Accra on Monday.\n\n"
        "On Tuesday, the Deputy Minister paid a courtesy call on Ghanaian Foreign Minister Ama Owusu.",
        published="2027-02-03",
    )
    calls = [m for m in of_type(rows, "meeting") if "Ama Owusu" in persons_of(m)]
    assert all("Rosa Vial" not in persons_of(m) for m in calls)


# --- an invitation "from A to B to visit Z" -------------------------------------------------------


def test_invitation_from_a_minister_to_a_minister_to_visit(tmp_path):
    rows = run(
        tmp_path,
        "Chilean envoy Rosa Vial met Ghanaian Foreign Minister Ama Owusu in Accra on Monday. Vial delivered an "
        "invitation from the Chilean Foreign Minister to Minister Owusu to visit Santiago.",
        published="2027-02-03",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and visits[0]["status"] == "planned"
    assert persons_of(visits[0], "visitor") == {"Ama Owusu"}
    assert countries_of(visits[0]) == {"GHA", "CHL"} and visits[0]["host_country_iso3"] == "CHL"


def test_invitation_from_a_president_to_a_named_president_to_visit(tmp_path):
    rows = run(
        tmp_path,
        "The envoy handed over an invitation from the President of Norway to Peruvian President Luis Mora to "
        "visit Norway next year.",
        published="2027-02-03",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and persons_of(visits[0], "visitor") == {"Luis Mora"}
    assert visits[0]["host_country_iso3"] == "NOR" and visits[0]["date_start"] == date(2028, 1, 1)


def test_invitation_from_a_president_without_an_addressee_keeps_the_one_before(tmp_path):
    # near miss: no "to <person>" inside the span: the addressee before the invitation is invited
    rows = run(
        tmp_path,
        "The envoy conveyed to President Luis Mora of Peru an invitation from the President of Norway to visit Oslo.",
        published="2027-02-03",
    )
    visits = of_type(rows, "visit")
    assert len(visits) == 1 and persons_of(visits[0], "visitor") == {"Luis Mora"}
    assert visits[0]["host_country_iso3"] == "NOR"
