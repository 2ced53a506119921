"""Agreement rules for unseen news (round 8): an undated signing told "at the close of the talks",
"during the visit", "on the sidelines of the meeting" takes the day an earlier sentence gives that
event, not the dateline's. Own sentences, with countries other than the development sets'."""

from __future__ import annotations

import datetime as dt

from tests.test_agreements_agr4 import _run


def _dates(text: str, ref: dt.date) -> list[tuple]:
    return [(r["signed_date"], r["signed_precision"]) for r in _run(text, ref)]


def test_during_the_visit_takes_the_day_of_the_talks_not_the_dateline():
    text = ("Embassy of Peru\nNews\n\n"
            "LIMA, 20 May 2026 - Foreign Minister Ana Ruiz held talks with her Bolivian counterpart in La Paz "
            "on 18 May 2026.\n"
            "During the visit, the two sides signed a Memorandum of Understanding on Water Resources.\n")
    assert _dates(text, dt.date(2026, 5, 20)) == [(dt.date(2026, 5, 18), "day")]


def test_on_the_sidelines_of_the_meeting_takes_the_day_of_the_meeting():
    text = ("Office of the President of Namibia\n\n"
            "WINDHOEK, 9 June 2026 - President Hage Nandi met the President of Botswana in Gaborone on 7 June 2026.\n"
            "On the sidelines of the meeting, the two ministers of trade signed an Agreement on Cross-Border "
            "Livestock Movement.\n")
    assert _dates(text, dt.date(2026, 6, 9)) == [(dt.date(2026, 6, 7), "day")]


def test_after_their_talks_takes_the_day_of_the_visit():
    text = ("Foreign Ministry of Laos\n\n"
            "VIENTIANE, April 4, 2026 - The Prime Minister of Laos paid an official visit to Cambodia on "
            "April 2, 2026.\n"
            "After their talks, the two prime ministers signed a Protocol on Mekong Navigation.\n")
    assert _dates(text, dt.date(2026, 4, 4)) == [(dt.date(2026, 4, 2), "day")]


def test_a_day_of_another_clause_is_not_the_event_day():
    # ("who arrived on 2 April": the arrival's day, not the talks told on the dateline's day)
    text = ("Foreign Ministry of Mongolia\n\n"
            "ULAANBAATAR, 4 April 2026 - The Mongolian foreign minister held talks with his Kazakh "
            "counterpart, who arrived on 2 April 2026.\n"
            "After the talks, the two ministers signed a Protocol on Rail Transit.\n")
    assert _dates(text, dt.date(2026, 4, 4)) == [(dt.date(2026, 4, 4), "day")]
