"""Event extraction (pipeline.extract.events) on short texts written for these tests.

Inputs are built through the real upstream modules (ingest → segment → countries, dates,
persons), so the tests also pin the contract between those modules and the event extractor.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.event_lexicon import expand, literal_gate, prefilter_pattern, trigger_rules
from pipeline.extract.event_mechanism import normalise_mechanism
from pipeline.extract.event_numbers import (
    CARDINAL_WORDS,
    ORDINAL_WORDS,
    parse_cardinal,
    parse_ordinal,
    parse_roman,
    parse_series_number,
)
from pipeline.extract.events import extract_events
from pipeline.extract.persons import extract_persons
from pipeline.ingest import ingest_files
from pipeline.lexicons import read_lexicon
from pipeline.model import EVENT_MENTIONS
from pipeline.segment import segment

HEADLINE = "Diplomatic roundup\n\n"


def run(tmp_path: Path, body: str, published: str = "2024-02-06") -> list[dict]:
    """Extract the event mentions of one article (a headline line is prepended)."""
    (tmp_path / "a.txt").write_text(HEADLINE + body, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published_date": published}))
    docs, _, _ = ingest_files(tmp_path)
    sentences = segment(docs)
    countries = country_mentions(sentences)
    dates = extract_dates(sentences, docs)
    persons = extract_persons(sentences, countries)
    out = extract_events(sentences, docs, persons, countries, dates)
    assert dict(out.schema) == EVENT_MENTIONS
    return out.to_dicts()


def persons_of(r: dict, role: str | None = None) -> set[str]:
    return {p["name"] for p in r["participants"] if p["actor_type"] == "person" and role in (None, p["role"])}


def countries_of(r: dict, role: str | None = None) -> set[str]:
    return {p["country_iso3"] for p in r["participants"] if p["actor_type"] == "country" and role in (None, p["role"])}


def only(rows: list[dict], etype: str) -> dict:
    found = [r for r in rows if r["event_type"] == etype]
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------------
# visits
# --------------------------------------------------------------------------------------------


def test_visit_with_range_dates(tmp_path):
    rows = run(tmp_path, "Bangladeshi Prime Minister Sheikh Hasina paid a state visit to India from June 21 to 22, 2024.")
    r = only(rows, "visit")
    assert r["status"] == "occurred"
    assert (r["date_start"], r["date_end"], r["date_precision"]) == (date(2024, 6, 21), date(2024, 6, 22), "day")
    assert r["host_country_iso3"] == "IND"
    assert "Hasina" in " ".join(persons_of(r, "visitor"))
    assert countries_of(r, "visitor") == {"BGD"} and countries_of(r, "host") == {"IND"}


def test_weekday_start_resolved_before_until_date(tmp_path):
    # February 7, 2024 is a Wednesday: the Sunday before it is February 4.
    rows = run(tmp_path, "Nepali Foreign Minister Narayan Prakash Saud started his India visit on Sunday, "
                         "which will last until February 7.", published="2024-02-06")
    r = only(rows, "visit")
    assert (r["date_start"], r["date_end"], r["date_precision"]) == (date(2024, 2, 4), date(2024, 2, 7), "day")
    assert r["host_country_iso3"] == "IND"
    assert persons_of(r, "visitor") == {"Narayan Prakash Saud"}


def test_arrival_in_capital_gives_host_and_location(tmp_path):
    rows = run(tmp_path, "Indian Prime Minister Narendra Modi arrived in Kathmandu on May 11, 2023.")
    r = only(rows, "visit")
    assert r["host_country_iso3"] == "NPL" and r["location"] == "Kathmandu"
    assert r["date_start"] == date(2023, 5, 11)


def test_successive_visits_are_separate(tmp_path):
    rows = run(tmp_path, "In 2023, Nepali Prime Minister Pushpa Kamal Dahal and Foreign Minister Narayan Prakash "
                         "Saud visited India successively.")
    visits = [r for r in rows if r["event_type"] == "visit"]
    assert len(visits) == 2
    assert {frozenset(persons_of(r, "visitor")) for r in visits} == {
        frozenset({"Pushpa Kamal Dahal"}), frozenset({"Narayan Prakash Saud"})
    }
    assert all(r["host_country_iso3"] == "IND" and r["date_precision"] == "year" for r in visits)


def test_pronoun_visit_resolves_to_previous_subject_and_month(tmp_path):
    body = ("Azerbaijani President Ilham Aliyev arrived in Ankara on March 12, 2024. "
            "During his visit to Türkiye, he laid a wreath at the mausoleum.")
    rows = run(tmp_path, body, published="2024-03-20")
    visits = [r for r in rows if r["event_type"] == "visit"]
    assert len(visits) == 2
    second = visits[1]
    assert persons_of(second, "visitor") == {"Ilham Aliyev"}
    # a visit inheriting a day from the narrative is only dated to the month
    assert (second["date_start"], second["date_precision"]) == (date(2024, 3, 1), "month")


def test_invitation_is_a_planned_visit_to_the_inviter(tmp_path):
    body = ("Nepali Prime Minister Pushpa Kamal Dahal met Indian Prime Minister Narendra Modi in New Delhi on "
            "June 1, 2023. Dahal also invited Modi to visit Nepal.")
    rows = run(tmp_path, body)
    planned = [r for r in rows if r["event_type"] == "visit"]
    assert len(planned) == 1
    r = planned[0]
    assert r["status"] == "planned" and r["date_start"] is None
    assert r["host_country_iso3"] == "NPL"
    assert persons_of(r, "visitor") == {"Narendra Modi"}
    assert countries_of(r, "visitor") == {"IND"}


# --------------------------------------------------------------------------------------------
# meetings, calls, letters
# --------------------------------------------------------------------------------------------


def test_coordinated_objects_of_different_countries_make_two_meetings(tmp_path):
    body = ("Turkish President Recep Tayyip Erdogan held talks with Azerbaijani President Ilham Aliyev and "
            "Georgian Prime Minister Irakli Kobakhidze in Ankara on Tuesday.")
    rows = run(tmp_path, body, published="2024-02-08")  # Tuesday = February 6
    meetings = [r for r in rows if r["event_type"] == "meeting"]
    assert len(meetings) == 2
    assert {frozenset(countries_of(r)) for r in meetings} == {frozenset({"TUR", "AZE"}), frozenset({"TUR", "GEO"})}
    for r in meetings:
        assert r["location"] == "Ankara" and r["host_country_iso3"] == "TUR"
        assert r["date_start"] == date(2024, 2, 6) and r["date_precision"] == "day"
        assert "Recep Tayyip Erdogan" in persons_of(r)


def test_phone_call(tmp_path):
    rows = run(tmp_path, "On January 15, 2024, Indian Prime Minister Narendra Modi spoke by phone with "
                         "Nepali Prime Minister Pushpa Kamal Dahal.")
    r = only(rows, "phone_call")
    assert persons_of(r) == {"Narendra Modi", "Pushpa Kamal Dahal"}
    assert countries_of(r) == {"IND", "NPL"}
    assert r["date_start"] == date(2024, 1, 15)


def test_letter(tmp_path):
    rows = run(tmp_path, "In January 2024, Turkish President Recep Tayyip Erdogan sent a congratulatory letter to "
                         "Azerbaijani President Ilham Aliyev.")
    r = only(rows, "correspondence")
    assert countries_of(r) == {"TUR", "AZE"}
    assert (r["date_start"], r["date_precision"]) == (date(2024, 1, 1), "month")


def test_planned_dialogue_with_ordinal_round(tmp_path):
    rows = run(tmp_path, "The 9th round of the Nepal–China Diplomatic Consultation Mechanism will be held in Kathmandu.")
    r = only(rows, "meeting")
    assert r["status"] == "planned" and r["date_start"] is None
    assert r["mechanism"] == "Nepal-China Diplomatic Consultation Mechanism" and r["mechanism_round"] == 9
    assert r["location"] == "Kathmandu" and countries_of(r) == {"NPL", "CHN"}


def test_between_postmodifier_becomes_possessive_mechanism(tmp_path):
    body = ("Nepali Foreign Minister Narayan Prakash Saud paid an official visit to China in March 2024. "
            "During his visit, the second round of the Nepal-China strategic dialogue between foreign ministers "
            "will be held.")
    rows = run(tmp_path, body)
    r = only(rows, "meeting")
    assert r["mechanism"] == "Nepal-China Foreign Ministers' Strategic Dialogue" and r["mechanism_round"] == 2
    assert r["status"] == "planned"
    assert (r["date_start"], r["date_precision"]) == (date(2024, 3, 1), "month")  # the visit's month
    assert "Narayan Prakash Saud" in persons_of(r)


def test_count_of_meetings_with_latest_gives_round(tmp_path):
    body = ("India and Bangladesh set up the Joint Consultative Commission (JCC), which has held 7 meetings so far, "
            "with the most recent meeting held in June 2022.")
    r = only(run(tmp_path, body), "meeting")
    assert r["mechanism"] == "Joint Consultative Commission" and r["mechanism_round"] == 7
    assert (r["date_start"], r["date_precision"]) == (date(2022, 6, 1), "month")


def test_separately_coarsens_the_inherited_day(tmp_path):
    body = ("Indian Prime Minister Narendra Modi met Bangladeshi Prime Minister Sheikh Hasina in Dhaka on "
            "March 12, 2024.\n\nSeparately, Indian External Affairs Minister S. Jaishankar met "
            "Bangladeshi Foreign Minister Hasan Mahmud in Dhaka.")
    rows = [r for r in run(tmp_path, body, published="2024-03-14") if r["event_type"] == "meeting"]
    assert len(rows) == 2
    assert (rows[0]["date_start"], rows[0]["date_precision"]) == (date(2024, 3, 12), "day")
    assert (rows[1]["date_start"], rows[1]["date_precision"]) == (date(2024, 3, 1), "month")


def test_meeting_during_earlier_visit_resolves_title_phrases(tmp_path):
    body = ("ISLAMABAD: Prime Minister Shehbaz Sharif arrived in Riyadh on Sunday on an official visit to "
            "Saudi Arabia at the invitation of Crown Prince Mohammed bin Salman. During the visit, the prime "
            "minister will hold talks with the crown prince on trade and investment.")
    rows = run(tmp_path, body, published="2024-04-07")
    r = only(rows, "meeting")
    assert r["status"] == "planned"
    assert persons_of(r) == {"Shehbaz Sharif", "Mohammed bin Salman"}
    assert countries_of(r) == {"PAK", "SAU"}
    assert (r["date_start"], r["date_precision"]) == (date(2024, 4, 1), "month")


def test_passive_co_chairs_are_one_meeting_and_call_received_from(tmp_path):
    body = ("The two sides held the eleventh round of the Nepal-India Joint Commission in Kathmandu on "
            "January 4, 2024, co-chaired by Nepali Foreign Minister Narayan Prakash Saud and Indian External "
            "Affairs Minister S. Jaishankar. On January 5, 2024, Saud received a phone call from Jaishankar.")
    rows = run(tmp_path, body)
    m = only(rows, "meeting")
    assert m["mechanism"] == "Nepal-India Joint Commission" and m["mechanism_round"] == 11
    assert {"Narayan Prakash Saud", "S. Jaishankar"} <= persons_of(m)
    call = only(rows, "phone_call")
    assert countries_of(call) == {"NPL", "IND"} and call["date_start"] == date(2024, 1, 5)


def test_domestic_news_has_no_events(tmp_path):
    body = (
        "LAHORE: Punjab Chief Minister Maryam Nawaz visited the Mayo Hospital on Monday and met doctors.\n"
        "The federal cabinet meeting was held in Islamabad on Tuesday under the chairmanship of Prime "
        "Minister Shehbaz Sharif.\n"
        "The national team arrived in Karachi after the series against India.\n"
        "Police said three people were killed in an attack on a checkpoint in Peshawar.\n"
        "Critics attacked the government's decision to raise fuel prices.\n"
        "Thousands of tourists visited Murree over the weekend.\n"
        "India and Pakistan have played three matches since 2020."
    )
    assert run(tmp_path, body, published="2024-04-07") == []


# --------------------------------------------------------------------------------------------
# exercises, attacks, relations
# --------------------------------------------------------------------------------------------


def test_joint_exercise_with_series_numeral(tmp_path):
    rows = run(tmp_path, "The armies of Nepal and China held the Sagarmatha Friendship-IV joint exercise in "
                         "Chengdu in September 2023.")
    r = only(rows, "military_exercise")
    assert r["mechanism"] == "Sagarmatha Friendship" and r["mechanism_round"] == 4
    assert r["location"] == "Chengdu" and r["location_country_iso3"] == "CHN"
    assert countries_of(r) == {"NPL", "CHN"}


def test_exercise_round_from_next_sentence(tmp_path):
    body = ("In November 2023, the two militaries conducted a joint counter-terrorism exercise in India, with "
            "troops from Bangladesh participating. The drill marked the eleventh of such joint exercises.")
    rows = run(tmp_path, body)
    r = only(rows, "military_exercise")  # the second sentence is a back-reference, not an event
    assert r["mechanism_round"] == 11 and r["location_country_iso3"] == "IND"
    assert (r["date_start"], r["date_precision"]) == (date(2023, 11, 1), "month")


def test_attack_with_casualties_and_victims(tmp_path):
    body = ("In August 2023, three Turkish engineers were killed in a suicide attack in northern Iraq, "
            "following a bombing in May, in which two Turkish soldiers lost their lives.")
    attacks = [r for r in run(tmp_path, body) if r["event_type"] == "attack"]
    assert len(attacks) == 2
    first, second = attacks
    assert (first["casualties"], first["date_start"]) == (3, date(2023, 8, 1))
    assert (second["casualties"], second["date_start"]) == (2, date(2023, 5, 1))
    for r in attacks:
        assert countries_of(r, "victim") == {"TUR"} and r["location_country_iso3"] == "IRQ"


def test_relations_established(tmp_path):
    r = only(run(tmp_path, "India and Nepal established diplomatic relations on June 17, 1947."), "relations_established")
    assert countries_of(r) == {"IND", "NPL"}
    assert (r["date_start"], r["date_precision"]) == (date(1947, 6, 17), "day")


def test_since_establishment_is_not_an_event(tmp_path):
    rows = run(tmp_path, "Since the establishment of diplomatic relations, India and Nepal have enjoyed close ties.")
    assert rows == []


# --------------------------------------------------------------------------------------------
# captions, generic statements, negation
# --------------------------------------------------------------------------------------------


def test_caption_of_an_event_is_an_event(tmp_path):
    body = ("Turkish Foreign Minister Hakan Fidan (R) meets with Azerbaijani Foreign Minister Jeyhun Bayramov, "
            "Baku, capital of Azerbaijan, April 3, 2024. /Anadolu Agency")
    r = only(run(tmp_path, body), "meeting")
    assert r["location"] == "Baku" and r["location_country_iso3"] == "AZE"
    assert (r["date_start"], r["date_precision"]) == (date(2024, 4, 3), "day")


def test_caption_of_a_place_is_not_an_event(tmp_path):
    assert run(tmp_path, "The Kathmandu Durbar Square in Kathmandu, Nepal, January 18, 2019. /VCG") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "India is always ready to hold talks with Bangladesh on water sharing.",
        "The two sides should hold regular high-level exchanges.",
        "Indian Prime Minister Narendra Modi did not meet Bangladeshi Prime Minister Sheikh Hasina in Dubai.",
        "Military experts said regular joint drills deepen mutual trust between Nepal and China.",
        "Nepal and China celebrated the 68th anniversary of the establishment of diplomatic relations.",
    ],
)
def test_generic_negated_and_hypothetical_statements_are_not_events(tmp_path, sentence):
    assert run(tmp_path, sentence) == []


def test_summary_and_spans(tmp_path):
    body = "Indian  Prime Minister Narendra Modi   met Nepali Prime Minister Pushpa Kamal Dahal on June 1, 2023."
    r = only(run(tmp_path, body), "meeting")
    assert r["summary"] == re.sub(r"\s+", " ", body)
    assert (r["char_start"], r["char_end"]) == (len(HEADLINE), len(HEADLINE) + len(body))


def test_empty_inputs():
    sentences = pl.DataFrame(schema={"doc_id": pl.String, "sentence_id": pl.Int32, "char_start": pl.Int32,
                                     "char_end": pl.Int32, "text": pl.String, "is_boilerplate": pl.Boolean})
    out = extract_events(sentences, pl.DataFrame(), pl.DataFrame(), pl.DataFrame(), pl.DataFrame())
    assert out.height == 0 and dict(out.schema) == EVENT_MENTIONS


# --------------------------------------------------------------------------------------------
# lexicon and parsers
# --------------------------------------------------------------------------------------------


def test_every_trigger_matches_its_example_in_both_engines():
    lex = read_lexicon("event_triggers").filter(pl.col("event_type") != "cue")
    prefilter = prefilter_pattern()
    for pattern, note in lex.select("pattern", "note").iter_rows():
        src = expand(pattern)
        assert re.search(src, note, re.IGNORECASE), (pattern, note)
        assert pl.select(pl.lit(note).str.contains("(?i)" + src)).item(), (pattern, note)
        assert pl.select(pl.lit(note).str.contains(prefilter)).item(), note
        gate = literal_gate(src)
        assert gate is None or any(g in note.lower() for g in gate), (pattern, gate)


def test_literal_gates_are_necessary():
    for rule in trigger_rules():
        if rule.gate:
            for m in re.finditer(rule.regex, "He met with Chinese leaders and held talks; a state visit to Nepal."):
                assert any(g in m.group(0).lower() for g in rule.gate)


def test_mechanism_normalisation():
    assert normalise_mechanism("the India–Bangladesh Joint Consultative Commission (JCC)") == (
        "India-Bangladesh Joint Consultative Commission"
    )
    assert normalise_mechanism("Joint Working Group of SAARC") == "Joint Working Group"
    assert normalise_mechanism("opening ceremony") is None


def _roman(n: int) -> str:
    out = ""
    for v, s in [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v:
            out, n = out + s, n - v
    return out


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_round_trip(n):
    assert parse_roman(_roman(n)) == n
    assert parse_series_number(_roman(n)) == n


@given(st.integers(min_value=1, max_value=999))
def test_digit_ordinals_and_cardinals(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    assert parse_ordinal(f"{n}{suffix}") == n
    assert parse_cardinal(str(n)) == n
    assert parse_cardinal(f"{n:,}") == n


@given(st.sampled_from(sorted(ORDINAL_WORDS)))
def test_ordinal_words_are_consistent_with_cardinals(word):
    n = parse_ordinal(word.upper())
    assert n == ORDINAL_WORDS[word] and 1 <= n <= 99
    assert any(v == n for v in CARDINAL_WORDS.values())


def test_number_words():
    assert parse_ordinal("thirtieth") == 30 and parse_ordinal("twenty-first") == 21
    assert parse_cardinal("five") == 5 and parse_cardinal("Twenty-One") == 21
    assert parse_roman("iv") is None and parse_roman("") is None and parse_ordinal("fifth-ish") is None
