"""Speed-ups of the agreement extractor that must not change what it finds (round 10).

* the day an earlier sentence writes after an event word is found with one regex per month
  (:func:`pipeline.extract.agreement_dates._month_written_re`) instead of one compiled per day: the
  same first match as :func:`pipeline.extract.agreement_dates._day_written_re`;
* topic lists and instrument counts are memoised: equal answers, and a caller's list is its own.
"""

from __future__ import annotations

import datetime as dt
import random

from pipeline.extract.agreement_counts import _quantity_span_before
from pipeline.extract.agreement_dates import _day_written_re, _event_day_told, _month_written_re
from pipeline.extract.agreement_topics import split_topics

_TOKENS = ["12", "1", "2", "21", "012", "3rd", "21st", "March", "Mar.", "mar", "MARCH", "of", "on", " ", "  ",
           "\n", ",", "May", "May.", "Mayday", "12th", "1st", "x", "Sep", "Sept.", "ſep", "١٢", "Marching", "-"]


def _first_day(window: str, day: dt.date) -> int | None:
    day_s = str(day.day)
    if day_s not in window:
        return None
    m = next((m for m in _month_written_re(day.strftime("%B")[:3]).finditer(window)
              if (m.group(1) or m.group(2)) == day_s), None)
    return None if m is None else m.start()


def test_month_regex_finds_the_same_first_day_as_the_day_regex():
    rng = random.Random(7)
    for _ in range(20000):
        window = "".join(rng.choice(_TOKENS) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        day = dt.date(2024, rng.choice([3, 5, 9]), rng.choice([1, 2, 12, 21]))
        m = _day_written_re(day).search(window)
        assert _first_day(window, day) == (m.start() if m else None), (window, day)


def test_event_day_told_reads_the_day_after_the_event():
    earlier = [("Ruto paid a working visit to Ghana on March 12, 2026.", dt.date(2026, 3, 12), None)]
    assert _event_day_told(earlier, dt.date(2026, 3, 13)) == dt.date(2026, 3, 12)
    # another day, or the date of another clause, is not the event's
    other = [("Ruto paid a working visit to Ghana on March 21, 2026.", dt.date(2026, 3, 12), None)]
    assert _event_day_told(other, dt.date(2026, 3, 13)) is None
    clause = [("Ruto held talks; he arrived on 12 March.", dt.date(2026, 3, 12), None)]
    assert _event_day_told(clause, dt.date(2026, 3, 13)) is None


def test_memoised_topics_are_a_fresh_list_per_call():
    first = split_topics("agriculture, mining, IT and socio-economic development")
    assert first == ["agriculture", "mining", "IT", "socio-economic development"]
    first.append("changed")
    assert split_topics("agriculture, mining, IT and socio-economic development") == [
        "agriculture", "mining", "IT", "socio-economic development"]


def test_memoised_count_before_an_instrument():
    text = "The two sides signed 14 Executive Programs on culture."
    start = text.index("Executive")
    assert _quantity_span_before(text, start) == (14, text.index("14"))
    assert _quantity_span_before(text, start) == (14, text.index("14"))
    assert _quantity_span_before("The two sides signed an MoU.", 23) == (None, 23)
