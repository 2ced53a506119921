"""Review of round 9, events and dates: keyed plan/report matching, stamp lines, weekday headings,
a bare title when the visitor and the host share it, the counterpart pattern, and the shared
direct-question and acronym helpers."""

from __future__ import annotations

import datetime as dt
import random
import time
from datetime import date

import polars as pl

from pipeline.extract.acronyms import initials, parenthesised
from pipeline.extract.dates import extract_dates
from pipeline.extract.event_participants import _PRONOUN_AND_COUNTERPART
from pipeline.extract.questions import is_direct_question
from pipeline.model import DOCUMENTS
from pipeline.resolve.event_followups import announced_pairs
from pipeline.segment import segment
from tests.test_events_general import of_type, persons_of, run


# --------------------------------------------------------------------------------------------
# H1: planned events meet occurred ones through keyed joins, not a join on the type alone
# --------------------------------------------------------------------------------------------


def _plans_and_reports(n_planned: int, n_occurred: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    rng = random.Random(0)
    rows, parts = [], []
    for i in range(n_planned + n_occurred):
        d = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000))
        rows.append(dict(event_id=f"e{i}", event_type=rng.choice(["meeting", "visit"]),
                         status="planned" if i < n_planned else "occurred", date_start=d, date_end=d,
                         date_precision="day"))
        for c in rng.sample(["KEN", "UGA", "ETH", "TZA", "RWA", "SOM", "SSD", "SDN"], 2):
            parts.append(dict(event_id=f"e{i}", actor_id="cty_" + c))
    return pl.DataFrame(rows), pl.DataFrame(parts)


def test_many_plans_and_reports_are_matched_without_a_cross_join():
    events, participants = _plans_and_reports(2000, 10000)
    t = time.perf_counter()
    pairs = announced_pairs(events, participants)
    assert time.perf_counter() - t < 3.0  # (a join on the type alone: ~10 s, 10k x 50k out of memory)
    assert pairs.height > 0


def test_a_month_plan_of_a_visit_still_meets_its_report():
    events = pl.DataFrame([
        dict(event_id="p", event_type="visit", status="planned", date_start=date(2026, 11, 1),
             date_end=date(2026, 11, 30), date_precision="month"),
        dict(event_id="o", event_type="visit", status="occurred", date_start=date(2026, 11, 12),
             date_end=date(2026, 11, 14), date_precision="day"),
        dict(event_id="x", event_type="visit", status="occurred", date_start=date(2026, 12, 2),
             date_end=date(2026, 12, 3), date_precision="day"),
    ])
    participants = pl.DataFrame({"event_id": ["p", "p", "o", "o", "x", "x"],
                                 "actor_id": ["cty_KEN", "cty_UGA"] * 3})
    assert announced_pairs(events, participants).rows() == [("p", "o")]


# --------------------------------------------------------------------------------------------
# H2: a line that is only a date (a chronology's heading) is no post's stamp line
# --------------------------------------------------------------------------------------------


def _dates(text: str, ref: date) -> list[tuple[str, date]]:
    """(surface, start) of the date mentions of one page dated ``ref``, in text order."""
    docs = pl.DataFrame([{"doc_id": "d1", "source_path": "d1.txt", "title": None, "url": None, "publisher": None,
                          "published_date": ref, "reference_date": ref, "reference_precision": "day",
                          "text": text, "content_sha256": "x"}], schema=DOCUMENTS)
    return extract_dates(segment(docs), docs).sort("char_start").select("surface", "date_start").rows()


def test_a_chronology_date_heading_does_not_move_the_reference():
    text = ("Ministry News\n\nThursday, 21 May 2026\n\nKenya and Uganda have a long record of talks. Past rounds:\n\n"
            "12 March 2024\n\nThe first round was held in Nairobi.\n\n"
            "Yesterday, the ministers met again in Kampala and agreed to meet on Friday.\n")
    got = dict(_dates(text, date(2026, 5, 21)))
    assert got["Yesterday"] == date(2026, 5, 20)
    assert got["Friday"] == date(2026, 5, 22)


def test_a_single_date_heading_is_no_stamp_line():
    text = ("Ministry News\n\nPast rounds\n\n12 March 2024\n"
            "Yesterday, the ministers met again in Kampala.\n")
    assert dict(_dates(text, date(2026, 5, 21)))["Yesterday"] == date(2026, 5, 20)


def test_the_reference_is_the_page_day_again_after_the_post_under_a_stamp():
    text = ("Ministry News\n\nEarlier posts\n\n"
            "May 12, 2026 · 5:42 PM\nThe minister arrived in Kampala yesterday for talks.\n\n"
            "In other news, the two ministers met again in Nairobi yesterday.\n")
    got = [d for s, d in _dates(text, date(2026, 5, 21)) if s.lower() == "yesterday"]
    assert got == [date(2026, 5, 11), date(2026, 5, 20)]


# --------------------------------------------------------------------------------------------
# M4: a weekday heading is a day of the week (Monday to Sunday) of the page's day
# --------------------------------------------------------------------------------------------


def test_a_weekday_heading_after_the_page_day_is_planned(tmp_path):
    rows = run(
        tmp_path,
        "This week's programme of the Foreign Minister\n\nMONDAY\nThe Minister meets the Ambassador of Japan, "
        "Hiro Sato.\n\nFRIDAY\nThe Minister travels to Kenya for talks with Foreign Minister Musalia Mudavadi.\n",
        published="2026-05-18",  # a Monday
    )
    friday = [m for m in of_type(rows, "meeting") if "Musalia Mudavadi" in persons_of(m)]
    assert len(friday) == 1
    assert (friday[0]["date_start"], friday[0]["status"]) == (date(2026, 5, 22), "planned")


# --------------------------------------------------------------------------------------------
# M6: "he and his counterpart" reaches only over a title and a name
# --------------------------------------------------------------------------------------------


def test_he_and_his_counterpart_is_not_any_words_before_a_name(tmp_path):
    assert _PRONOUN_AND_COUNTERPART.search("He and his counterpart discussed the proposal put forward by ") is None
    assert _PRONOUN_AND_COUNTERPART.search("she and her Chinese counterpart, Foreign Minister ") is not None
    rows = run(
        tmp_path,
        "Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Monday for a two-day visit. He and his "
        "counterpart toured the dam before President Yoweri Museveni held talks with Chinese envoy Li Wei on "
        "Tuesday.\n",
        published="2026-05-20",
    )
    talks = [m for m in of_type(rows, "meeting") if "Li Wei" in persons_of(m)]
    assert len(talks) == 1 and "Musalia Mudavadi" not in persons_of(talks[0])


# --------------------------------------------------------------------------------------------
# shared helpers: the direct question, the acronym scanner and initials
# --------------------------------------------------------------------------------------------


def test_a_direct_question_after_a_label_or_with_abbreviations():
    assert is_direct_question("Q1. What is the Chile–Peru Bi-National Commission (BNC)?")
    assert is_direct_question("Q 2: Which agreements were signed at the session? ")
    assert is_direct_question("Did Mr. Smith meet Gen. Ali in the U.S. on 3.5 May?")
    assert not is_direct_question("The talks went well. Did they?")
    assert not is_direct_question("What a day. They met. Why?")
    assert not is_direct_question("Which agreements were signed at the session")


def test_parenthesised_acronyms_and_initials():
    text = "the Joint Permanent Commission (JPC), the group ( EU-3 ) and (ABCDEFGHIJ)"
    assert [m.group(1) for m in parenthesised(text)] == ["JPC", "EU-3", "ABCDEFGHIJ"]
    assert [m.group(1) for m in parenthesised(text, letters_only=True, max_len=8)] == ["JPC"]
    assert initials("Joint Comprehensive Plan of Action".split()) == "JCPoA"
    assert initials("Joint Comprehensive Plan of Action".split(), skip=frozenset({"of"})) == "JCPA"
    assert initials("Namibia Botswana Bi National Commission of the Parties".split(), capitals_only=True) == "NBBNCP"
