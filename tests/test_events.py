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
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.countries import country_mentions
from pipeline.extract.dates import extract_dates
from pipeline.extract.event_lexicon import expand, literal_gate, prefilter_patterns, trigger_rules
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
    # (the prefilter the extractor runs: a few alternations, each within the Rust engine's size
    # limit; ONE alternation of every trigger outgrows it)
    prefilters = prefilter_patterns()
    for pattern, note in lex.select("pattern", "note").iter_rows():
        src = expand(pattern)
        assert re.search(src, note, re.IGNORECASE), (pattern, note)
        assert pl.select(pl.lit(note).str.contains("(?i)" + src)).item(), (pattern, note)
        assert any(pl.select(pl.lit(note).str.contains(p)).item() for p in prefilters), note
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


# --------------------------------------------------------------------------------------------
# fast paths: each must give exactly what the plain regex gives (texts built from pieces that
# exercise the rules: trigger and cue words in any case, punctuation, digits, datelines, and
# letters that case-fold unusually -- İ ı ſ K -- or are not ASCII)
# --------------------------------------------------------------------------------------------

from pipeline.extract import event_gates as gates  # noqa: E402
from pipeline.extract import event_interactions as ei  # noqa: E402
from pipeline.extract import event_participants as epa  # noqa: E402
from pipeline.extract import event_places as epl  # noqa: E402
from pipeline.extract import event_text as et  # noqa: E402
from pipeline.extract import event_trigger_find as etf  # noqa: E402
from pipeline.extract.event_lexicon import CUE_CLASSES, cue_rxs, cue_search, lowered  # noqa: E402

_PIECES = [
    " ", " ", "  ", "\n", "\u2003", "\x1c", ",", ", ", ";", "; ", ":", ": ", ".", "(", ")", "/", " — ", " – ", " -- ",
    "-", "'", "’", "_", "1", "21", "7th", "2024", "١", "²",
    "met", "Met", "MEETS", "meeting", "visit", "Visited", "visits to", "state visit", "arrived in", "held talks",
    "talks with", "phone call", "sent a letter", "joint exercise", "Warrior-IX", "attack", "killed in an attack",
    "established diplomatic relations", "the fourth round of", "seventh", "twenty-first", "co-chaired",
    "will", "not", "never", "should", "If", "if", "May", "may", "always", "since", "once", "regular", "such",
    "anniversary of", "attended the", "the", "this", "during his visit", "recent", "last", "latest", "currently",
    "Separately", "counterpart", "his Chinese counterpart", "he", "team", "successively", "the eighth such",
    "when", "and", "whereas", "as", "In", "on", "to", "with", "between", "for", "from", "of",
    "President", "Xi", "Pakistan", "China", "BEIJING", "Nov.", "Feb. 5", "(Xinhua)", "/VCG", "Photo: AFP",
    "both", "two", "sides", "the two countries", "Both Sides", "bilateral", "counterparts", "latest", "most recent",
    "round", "session", "3rd", "First",
    "İ", "ı", "ſ", "K", "é", "\u0301", "Ω",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _py_literals(text: str) -> frozenset[str]:
    low = text.lower()
    return frozenset(x for x in gates.gate_literals() if x in low)


def _special(text: str) -> bool:
    return re.search(gates.FOLD_SPECIAL, text) is not None


@settings(deadline=None)  # (the first call builds the gate automaton: slow on a loaded machine)
@given(st.lists(_texts, min_size=1, max_size=5))
def test_sentence_literals_are_the_literals_of_the_lower_case_text(texts):
    got = gates.sentence_literals(pl.Series(texts, dtype=pl.String))
    for text, lits in zip(texts, got):
        assert lits == (None if _special(text) else _py_literals(text))


@given(_texts)
def test_every_gate_is_necessary(text):
    if _special(text):
        return  # such sentences are never gated (sentence_literals gives None)
    lits = _py_literals(text)
    for cls in CUE_CLASSES:
        for c in cue_rxs(cls):
            if c.gate is not None and c.rx.search(text):
                assert not lits.isdisjoint(c.gate), (cls, c.rx.pattern)
        g = gates.cue_gates()[cls]
        if g is not None and cue_search(cls, text):
            assert not lits.isdisjoint(g), cls
    allowed = set(gates.rules_for(lits))
    for i, rule in enumerate(trigger_rules()):
        if rule.regex.search(text):
            assert i in allowed, rule.source
    low = text.lower()
    if epa._DYADIC.search(text):
        assert all(etf.may_match(low, g) for g in epa._DYADIC_GATES)
    if ei._BILATERAL.search(text):
        assert etf.may_match(low, ei._BILATERAL_GATE)
    from pipeline.extract import event_mechanism as em

    if em._patterns()["latest"].search(text):
        assert not lits.isdisjoint(em.LATEST_GATE)
    if em._ORD_ANY.search(text):
        assert em.may_hold_ordinal(text, low)
        assert em.DIGIT_ORDINAL.search(low) or not lits.isdisjoint(em.ORDINAL_STEMS)


@given(_texts, st.integers(0, 40), st.integers(0, 400))
def test_fast_trigger_and_cue_search_equal_the_plain_regexes(text, a, b):
    special = _special(text)
    present = None if special else _py_literals(text)
    low = None if special else text.lower()
    assert etf.find_triggers(text, 0, present, low) == etf.find_triggers(text, 0, None)
    assert etf.find_triggers(text, min(a, len(text)), present, low) == etf.find_triggers(text, min(a, len(text)))
    for cls in CUE_CLASSES:
        plain = cue_search(cls, text[a:b])
        fast = cue_search(cls, text[a:b], present, None if low is None else low[a:b])
        assert (plain and (plain.span(), plain.re.groupindex and {k: plain.span(k) for k in plain.re.groupindex})) == (
            fast and (fast.span(), fast.re.groupindex and {k: fast.span(k) for k in fast.re.groupindex})
        ), cls


@given(_texts)
def test_lowered_patterns_match_like_case_insensitive_ones(text):
    if _special(text):
        return
    low = text.lower()
    for rule in trigger_rules():
        if rule.low is not None:
            assert [m.span() for m in rule.low.finditer(low)] == [m.span() for m in rule.regex.finditer(text)]
    pairs = [(epl._OBJECT_STOP, epl._OBJECT_STOP_LOW), (etf._LAST_SUBORDINATOR, etf._LAST_SUBORDINATOR_LOW),
             (epl._LOC_PREP, epl._LOC_PREP_LOW), (epl._IN_PREP, epl._IN_PREP_LOW)]
    pairs += [(c.rx, c.low) for cls in CUE_CLASSES for c in cue_rxs(cls) if c.low is not None]
    for rx, rx_low in pairs:
        assert rx_low.pattern == rx.pattern and rx.flags & re.IGNORECASE and not rx_low.flags & re.IGNORECASE
        for end in (len(text), len(text) // 2):
            assert [m.span() for m in rx_low.finditer(low[:end])] == [m.span() for m in rx.finditer(text[:end])]
    assert lowered(r"(?-i:[A-Z])x") is None and lowered(r"\bFoo") is None and lowered(r"\bfoo\W") is not None


@given(_texts)
def test_clause_marks_equal_the_boundary_regex(text):
    want = [m.start() if text[m.start()] in ",;:" else m.start() + 1 for m in et._BOUNDARY.finditer(text)]
    assert et.boundary_marks(text) == want


@given(_texts)
def test_last_word_equals_the_regex(text):
    before = text.rstrip()
    m = re.search(r"([A-Za-z][\w’'-]*)$", before)
    assert et.last_word(before) == (m.group(1) if m else None)


@given(_texts)
def test_last_subordinator_and_noun_phrase_end(text):
    last = None
    for last in etf._SUBORDINATOR.finditer(text):
        pass
    want = text[last.end():] if last else text
    assert etf._local_before(text, 0, len(text)) == want
    if not _special(text):
        low = text.lower()
        assert etf._local_before(text, 0, len(text), low) == want
        for allow in (False, True):
            assert epl._object_np_end(text, 0, len(text), allow, [], low) == epl._object_np_end(text, 0, len(text), allow, [])


@given(_texts, _texts)
def test_dateline_and_caption_prechecks(text, nxt):
    m = et.DATELINE.match(text)
    assert et.dateline_end(text) == (m.end() if m else 0)
    want = (
        bool(et.CAPTION.search(text))
        or bool(et._PICTURE_POSITION.search(text))  # "(right)": a position in a picture
        or bool(nxt and (et.CREDIT.match(nxt) or ("/" in nxt and et._AGENCY_CREDIT.match(nxt))))
    )
    assert et.is_caption(text, nxt) == want


def test_dateline_examples():
    assert et.dateline_end("BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi met ...") == len("BEIJING, Feb. 5 (Xinhua) -- ")
    assert et.dateline_end("ISLAMABAD: Prime Minister ...") == len("ISLAMABAD: ")
    assert et.dateline_end("Prime Minister Sharif met the envoy.") == 0


def test_sentence_with_unusual_case_folding_still_yields_events(tmp_path):
    # a dotless ı in a name: that sentence takes the plain (ungated) path
    rows = run(tmp_path, "Turkish Foreign Minister Hakan Fıdan met Azerbaijani Foreign Minister Jeyhun Bayramov "
                         "in Baku on April 3, 2024.")
    r = only(rows, "meeting")
    assert countries_of(r) == {"TUR", "AZE"} and r["date_start"] == date(2024, 4, 3)


# --------------------------------------------------------------------------------------------
# generalisation rules (one test per rule, sentences written for these tests)
# --------------------------------------------------------------------------------------------


def test_ordinal_mechanism_as_purpose_of_a_trip_is_a_meeting(tmp_path):
    body = ("Chilean President Gabriel Soto will travel to Lima next week for the 5th Annual Summit with "
            "Peruvian President Rosa Quispe.")
    rows = run(tmp_path, body, published="2024-05-08")
    visit, meeting = only(rows, "visit"), only(rows, "meeting")
    assert visit["status"] == meeting["status"] == "planned"
    assert meeting["mechanism"] == "Annual Summit" and meeting["mechanism_round"] == 5
    assert persons_of(meeting) == {"Gabriel Soto", "Rosa Quispe"} and countries_of(meeting) == {"CHL", "PER"}
    assert meeting["location"] == "Lima"


def test_named_body_as_subject_of_meet_needs_a_bilateral_name(tmp_path):
    body = ("Ghanaian President Kofi Mensah spoke by phone with Togolese President Yao Agbeko on Monday. "
            "The two leaders agreed that the Ghana-Togo Joint Border Committee will meet in Lome later this month.")
    rows = run(tmp_path, body, published="2024-05-08")
    r = only(rows, "meeting")
    assert r["status"] == "planned" and r["mechanism"] == "Ghana-Togo Joint Border Committee"
    assert countries_of(r) == {"GHA", "TGO"} and r["location"] == "Lome"
    assert (r["date_start"], r["date_precision"]) == (date(2024, 5, 1), "month")
    # a domestic body with an ordinal is no bilateral event
    assert run(tmp_path, "Ghanaian President Kofi Mensah addressed the 12th Regional Planning Council in Accra.") == []


def test_acronym_and_historical_round_are_separate_meetings(tmp_path):
    body = ("Ghanaian Foreign Minister Ama Boateng and Togolese Foreign Minister Koffi Dogbe co-chaired the 4th "
            "session of the Ghana-Togo Permanent Joint Commission (PJC) in Accra on May 3, 2024. "
            "The 3rd session of the PJC was held in Lome in June 2021. "
            "The 5th session of the PJC will be held in Lome in 2026.")
    rows = [r for r in run(tmp_path, body, published="2024-05-04") if r["event_type"] == "meeting"]
    assert [(r["mechanism_round"], r["status"], r["date_start"], r["date_precision"]) for r in rows] == [
        (4, "occurred", date(2024, 5, 3), "day"),
        (3, "occurred", date(2021, 6, 1), "month"),
        (5, "planned", date(2026, 1, 1), "year"),
    ]
    assert {r["mechanism"] for r in rows} == {"Ghana-Togo Permanent Joint Commission"}
    assert [r["location"] for r in rows] == ["Accra", "Lome", "Lome"]
    assert persons_of(rows[1]) == set() and countries_of(rows[1]) == {"GHA", "TGO"}


def test_the_mechanism_and_first_such_meeting_refer_to_the_latest_mechanism(tmp_path):
    body = ("Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Huaman held the 9th meeting "
            "of the Chile-Peru Political Consultation Mechanism in Santiago on March 4, 2024. "
            "The 8th meeting of the mechanism was held in Lima in May 2022. The first such meeting was held in 2010.")
    rows = [r for r in run(tmp_path, body, published="2024-03-05") if r["event_type"] == "meeting"]
    assert [(r["mechanism_round"], r["date_start"]) for r in rows] == [
        (9, date(2024, 3, 4)), (8, date(2022, 5, 1)), (1, date(2010, 1, 1))
    ]
    assert {r["mechanism"] for r in rows} == {"Chile-Peru Political Consultation Mechanism"}


def test_the_two_ministers_are_the_two_sides_told_before(tmp_path):
    body = ("Peruvian Foreign Minister Luis Huaman paid an official visit to Chile on March 3-4, 2024 at the "
            "invitation of Chilean Foreign Minister Ana Rojas. The two foreign ministers co-chaired the 9th meeting "
            "of the Chile-Peru Political Consultation Mechanism.")
    r = only(run(tmp_path, body, published="2024-03-05"), "meeting")
    assert persons_of(r) == {"Luis Huaman", "Ana Rojas"} and countries_of(r) == {"PER", "CHL"}


def test_persons_of_a_when_clause_take_part_in_a_subjectless_meeting(tmp_path):
    body = ("The 7th Annual Summit was held in Santiago in May 2023, when Chilean President Gabriel Soto "
            "hosted Peruvian President Rosa Quispe.")
    r = only(run(tmp_path, body, published="2024-03-05"), "meeting")
    assert persons_of(r) == {"Gabriel Soto", "Rosa Quispe"} and r["mechanism_round"] == 7
    assert (r["date_start"], r["location"]) == (date(2023, 5, 1), "Santiago")


def test_object_named_in_apposition(tmp_path):
    body = ("Ghanaian Defence Minister Kwame Asante held talks with his Togolese counterpart, General Yao Agbeko, "
            "in Accra on May 2, 2024.")
    r = only(run(tmp_path, body, published="2024-05-04"), "meeting")
    assert persons_of(r) == {"Kwame Asante", "Yao Agbeko"} and countries_of(r) == {"GHA", "TGO"}


def test_possessor_is_not_the_object(tmp_path):
    body = ("Chilean President Gabriel Soto met Peruvian President Rosa Quispe in Lima on March 1, 2024.\n\n"
            "In May, on the sidelines of the APEC summit in Tokyo, Japan, Soto held his first meeting with "
            "Quispe's successor, President Diego Mamani.")
    rows = [r for r in run(tmp_path, body, published="2024-06-05") if r["event_type"] == "meeting"]
    assert len(rows) == 2
    second = rows[1]
    assert persons_of(second) == {"Gabriel Soto", "Diego Mamani"}
    # a fronted date adverbial dates the events of its sentence
    assert (second["date_start"], second["date_precision"]) == (date(2024, 5, 1), "month")
    assert second["location"] == "Tokyo"


def test_expected_to_visit_and_preparations_are_planned(tmp_path):
    body = ("Peruvian President Rosa Quispe is expected to visit Santiago early next year, officials said. "
            "Preparations are also under way for Chilean President Gabriel Soto's visit to Peru.")
    visits = [r for r in run(tmp_path, body, published="2024-05-08") if r["event_type"] == "visit"]
    assert [(r["status"], r["host_country_iso3"]) for r in visits] == [("planned", "CHL"), ("planned", "PER")]
    assert (visits[0]["date_start"], visits[0]["date_precision"]) == (date(2025, 1, 1), "year")
    assert visits[1]["date_start"] is None


def test_arrival_in_a_place_missing_from_the_gazetteer(tmp_path):
    body = ("Ghanaian Defence Minister Kwame Asante, who arrived in Kandoria on Monday for a two-day visit, "
            "held talks with his Togolese counterpart, General Yao Agbeko, on the same day.")
    rows = run(tmp_path, body, published="2024-05-08")  # Monday = May 6
    visit, meeting = only(rows, "visit"), only(rows, "meeting")
    assert visit["location"] == "Kandoria" and visit["host_country_iso3"] == "TGO"
    assert visit["date_start"] == meeting["date_start"] == date(2024, 5, 6)


def test_a_relative_clause_date_belongs_to_its_own_trigger(tmp_path):
    body = ("ACCRA, May 8 (Reuters) - Togolese President Yao Agbeko, who arrived in Accra on Monday, held talks "
            "with Ghanaian President Kofi Mensah.")
    rows = run(tmp_path, body, published="2024-05-08")
    assert only(rows, "visit")["date_start"] == date(2024, 5, 6)
    assert only(rows, "meeting")["date_start"] != date(2024, 5, 6)


def test_visit_of_a_person_to_a_place_is_not_anaphoric(tmp_path):
    body = "Trade is set to benefit from the projects discussed during the visit of Chilean President Gabriel Soto to Lima."
    r = only(run(tmp_path, body, published="2024-05-08"), "visit")
    assert persons_of(r, "visitor") == {"Gabriel Soto"} and r["host_country_iso3"] == "PER" and r["location"] == "Lima"


def test_framing_event_nouns_and_anaphoric_calls_are_not_new_events(tmp_path):
    body = ("Ghanaian President Kofi Mensah and Togolese President Yao Agbeko held a phone conversation on Tuesday "
            "following an attack that killed four Ghanaian traders in northern Togo. "
            "During the phone call, the two leaders condemned the attack.")
    rows = run(tmp_path, body, published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["phone_call"]


def test_a_second_message_goes_to_the_same_addressee(tmp_path):
    body = ("In July, Chilean President Gabriel Soto sent a congratulatory letter to Peruvian President Diego Mamani "
            "on his election. Chilean Foreign Minister Ana Rojas also sent a separate message of congratulations.")
    rows = [r for r in run(tmp_path, body, published="2024-08-08") if r["event_type"] == "correspondence"]
    assert len(rows) == 2
    assert persons_of(rows[1]) == {"Ana Rojas", "Diego Mamani"}
    assert (rows[1]["date_start"], rows[1]["date_precision"]) == (date(2024, 7, 1), "month")


def test_a_message_told_as_an_adjunct_and_a_letter_handed_over_in_person(tmp_path):
    body = ("Chilean President Gabriel Soto congratulated Peruvian President Rosa Quispe on her election in a "
            "message on Monday.")
    r = only(run(tmp_path, body, published="2024-05-08"), "correspondence")
    assert persons_of(r) == {"Gabriel Soto", "Rosa Quispe"} and r["date_start"] == date(2024, 5, 6)
    body = ("Chilean envoy Ana Rojas delivered a letter from President Gabriel Soto during a meeting with "
            "Peruvian President Rosa Quispe in Lima on Monday.")
    rows = run(tmp_path, body, published="2024-05-08")
    # the envoy's meeting, and the President's letter to the host it carried (its sender is not
    # the one who hands it over; a letter handed over by its own writer is no event of its own)
    assert sorted(r["event_type"] for r in rows) == ["correspondence", "meeting"]
    assert persons_of(only(rows, "correspondence")) == {"Gabriel Soto", "Rosa Quispe"}
    body = ("Chilean President Gabriel Soto delivered a letter during a meeting with Peruvian President "
            "Rosa Quispe in Lima on Monday.")
    assert [r["event_type"] for r in run(tmp_path, body, published="2024-05-08")] == ["meeting"]


def test_two_named_leaders_acting_jointly_met(tmp_path):
    body = ("In March 2024, Chilean President Gabriel Soto paid a state visit to Peru. He and Peruvian President "
            "Rosa Quispe agreed to open two new border crossings.")
    r = only(run(tmp_path, body, published="2024-05-08"), "meeting")
    assert persons_of(r) == {"Gabriel Soto", "Rosa Quispe"} and r["status"] == "occurred"
    assert (r["date_start"], r["date_precision"]) == (date(2024, 3, 1), "month")
    # the joint act of a meeting already told is part of that meeting
    body = ("Chilean President Gabriel Soto met Peruvian President Rosa Quispe in Lima on March 4, 2024. "
            "Soto and Quispe agreed to open two new border crossings.")
    assert len([r for r in run(tmp_path, body, published="2024-05-08") if r["event_type"] == "meeting"]) == 1


def test_exercise_series_named_before_the_noun_and_with_a_numeral_suffix(tmp_path):
    body = ("In June 2023, the Chilean Navy and the Peruvian Navy held the first edition of the Pacific Shield "
            "bilateral maritime exercise off Arica.\n\n"
            "In May 2024, the two navies held Pacific Shield-2 in the Pacific Ocean. "
            "The exercise is the second in the series.")
    rows = [r for r in run(tmp_path, body, published="2024-06-08") if r["event_type"] == "military_exercise"]
    assert [(r["mechanism"], r["mechanism_round"], r["date_start"]) for r in rows] == [
        ("Pacific Shield", 1, date(2023, 6, 1)), ("Pacific Shield", 2, date(2024, 5, 1))
    ]
    assert all(countries_of(r) == {"CHL", "PER"} for r in rows)
    # a demonym before the noun names no series
    r = only(run(tmp_path, "In May 2024, Chile and Peru held a Chilean naval drill near Arica."), "military_exercise")
    assert r["mechanism"] is None


def test_prefilter_alternations_are_small_and_cover_every_trigger():
    from pipeline.extract.event_lexicon import PREFILTER_BUDGET, prefilter_patterns

    pats = prefilter_patterns()
    assert all(len(p) <= PREFILTER_BUDGET + 400 for p in pats)
    lex = read_lexicon("event_triggers").filter(pl.col("event_type") != "cue")
    for note in lex["note"].to_list():
        assert any(pl.select(pl.lit(note).str.contains(p)).item() for p in pats), note


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["meeting", "session", "round"]))
def test_mechanism_reference_reads_any_round(n, noun):
    from pipeline.extract.event_mechanism import mechanism_reference, resolve_reference

    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    text = f"The {n}{suffix} {noun} of the PJC was held in Accra."
    rnd, acr, head = mechanism_reference(text, 4, 4 + len(f"{n}{suffix} {noun} of"))
    assert (rnd, acr, head) == (n, "PJC", None)
    assert resolve_reference(acr, head, ["X-Y Joint Commission"], {"PJC": "X-Y Joint Commission"}) == "X-Y Joint Commission"
    text = f"The {n}{suffix} {noun} of the commission was held in Accra."
    rnd, acr, head = mechanism_reference(text, 4, 4 + len(f"{n}{suffix} {noun} of"))
    assert (rnd, acr, head) == (n, None, "commission")
    assert resolve_reference(acr, head, ["X-Y Joint Commission", "X-Y Border Committee"], {}) == "X-Y Joint Commission"


def test_joint_act_inside_a_call_and_a_speaker_after_a_comma(tmp_path):
    body = ("Chilean President Gabriel Soto and Peruvian President Rosa Quispe agreed to reopen the border during "
            "a phone call on Monday.")
    rows = run(tmp_path, body, published="2024-05-08")
    assert [r["event_type"] for r in rows] == ["phone_call"]
    body = "Chilean President Gabriel Soto held talks with the Peruvian delegation, Foreign Minister Ana Rojas said."
    r = only(run(tmp_path, body, published="2024-05-08"), "meeting")
    assert persons_of(r) == {"Gabriel Soto"} and countries_of(r) == {"CHL", "PER"}


def test_a_bare_unknown_name_is_a_place_only_after_a_locative_preposition(tmp_path):
    assert run(tmp_path, "Chilean President Gabriel Soto visited Kandoria Holdings on Monday.", published="2024-05-08") == []


def test_a_day_told_with_the_beginning_or_end_of_a_visit_or_exercise(tmp_path):
    body = "Chilean President Gabriel Soto arrived in Lima on Monday for a three-day state visit to Peru."
    r = only(run(tmp_path, body, published="2024-05-08"), "visit")  # Monday = May 6
    assert (r["date_start"], r["date_end"], r["date_precision"]) == (date(2024, 5, 6), date(2024, 5, 8), "day")
    body = "Chilean President Gabriel Soto on Tuesday wrapped up a two-day visit to Peru."
    r = only(run(tmp_path, body, published="2024-05-08"), "visit")  # Tuesday = May 7
    assert (r["date_start"], r["date_end"]) == (date(2024, 5, 6), date(2024, 5, 7))
    body = "Chilean and Peruvian troops on Wednesday concluded a joint exercise near Arica."
    r = only(run(tmp_path, body, published="2024-05-08"), "military_exercise")
    assert (r["date_start"], r["date_precision"]) == (date(2024, 5, 1), "month")  # its start is not told


def test_a_person_inside_a_relative_clause_is_not_the_subject(tmp_path):
    body = ("Chilean Foreign Minister Ana Rojas, who accompanied President Gabriel Soto, met her Peruvian "
            "counterpart, Luis Huaman, in Lima on May 6, 2024.")
    r = only(run(tmp_path, body, published="2024-05-08"), "meeting")
    assert persons_of(r) == {"Ana Rojas", "Luis Huaman"}


def test_letters_in_reply_received_and_fronted_messages(tmp_path):
    body = ("Peruvian President Rosa Quispe replied to the letter of Chilean President Gabriel Soto on Friday.\n\n"
            "On Monday, Quispe received a letter from Soto on the border dispute.\n\n"
            "In a congratulatory message to Quispe on Peru's National Day, Soto said relations were strong.")
    rows = run(tmp_path, body, published="2024-08-15")
    assert [r["event_type"] for r in rows] == ["correspondence"] * 3
    assert all(persons_of(r) == {"Rosa Quispe", "Gabriel Soto"} for r in rows)
    assert [r["date_start"] for r in rows[:2]] == [date(2024, 8, 9), date(2024, 8, 12)]


def test_the_visitor_of_a_described_visit_is_its_of_complement(tmp_path):
    body = ("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Huaman reviewed preparations for "
            "the upcoming visit of President Gabriel Soto to Peru.")
    r = only(run(tmp_path, body, published="2024-08-15"), "visit")
    assert r["status"] == "planned" and persons_of(r, "visitor") == {"Gabriel Soto"}
    assert r["host_country_iso3"] == "PER"


def test_scheduled_for_makes_a_planned_round(tmp_path):
    r = only(run(tmp_path, "The 10th round of the Chile-Peru Strategic Dialogue is scheduled for March in Lima."), "meeting")
    assert r["status"] == "planned" and r["mechanism_round"] == 10 and r["location"] == "Lima"
