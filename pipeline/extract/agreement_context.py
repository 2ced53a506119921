"""What the agreement finder knows about one sentence and what it builds per instrument:
:class:`SentenceContext` (the frame stage's facts for the sentence) and ``_Inst`` (one instrument
phrase being built), with the country kinds that name an actor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})
_INF = float("inf")
# a colon that may open an inline list: not one inside a clock time ("At 10:30 on Tuesday, ... signed: ...")
_LIST_COLON_RE = re.compile(r"(?<!\d):|:(?!\d)")


def list_colon(text: str) -> int:
    """The position of the first colon of ``text`` that is not inside a clock time, else -1."""
    if ":" not in text:
        return -1
    m = _LIST_COLON_RE.search(text)
    return -1 if m is None else m.start()


@dataclass
class SentenceContext:
    """What the agreement finder needs to know about one sentence (offsets relative to its text).

    ``countries``: (start, end, iso3, kind); ``persons``: (start, end, name, iso3);
    ``dates``: (start, end, date_start, precision); ``fallback_date``: (date, precision) for a
    sentence without dates, ``fallback_is_lede`` when it is the lede's date (kept at day precision
    only when the sentence is anchored to that event: "After the talks, ..."); ``pair``: the narrative pair of countries; ``dyad``: the document's.
    ``lead``: for an item of a list whose lead sentence tells a signing ("The following MoUs were
    signed on 11 March:"), the lead's signing date and precision (date None when it has none);
    every instrument of the item is then signed, on that date unless the item gives its own.
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    persons: list[tuple[int, int, str, str | None]] = field(default_factory=list)
    dates: list[tuple[int, int, object, str]] = field(default_factory=list)
    fallback_date: tuple[object, str] | None = None
    fallback_is_lede: bool = False
    pair: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()
    lead: tuple[object, str] | None = None
    fallback_end: object = None  # the lede event's last day, when it spans days
    # the day-dated earlier sentences of the document within its reference period, oldest first:
    # (text, its last day, the day opening it or None); an undated signing tied to an event
    # ("Following the meeting, ...") takes the date of the latest one telling that event (any, for
    # "witnessed the signing") — with a lede, only of one opening on its day ("On 20 January, ...")
    earlier_days: list[tuple[str, object, object]] = field(default_factory=list)
    # the days written in those sentences: text -> [(start, end, day)], to take the day of the clause
    # telling the event ("co-chaired the 4th meeting ... on 16 May, and called on ... on 17 May")
    earlier_spans: dict[str, list[tuple[int, int, object]]] = field(default_factory=dict)
    # the day-dated earlier sentences writing an acronym, up to the page's day (not only within its
    # period): "During the JCC, ..." takes the day of the latest one writing "JCC"
    acronym_days: list[tuple[str, object, object]] = field(default_factory=list)
    reference: tuple[object, str] | None = None  # the document's reference date and precision
    heading_date: object = None  # the document's day, for a heading line among its first lines
    previous_day: object = None  # the day of a signing told in the sentence right before (same paragraph)
    span_ends: dict | None = None  # start offset of a date spanning days -> its last day
    # acronyms of instruments defined in the document: {"APTTA": (name, agreement_type)}
    acronyms: dict[str, tuple[str, str]] | None = None
    # acronyms that are instrument words, defined after a title ("... Partnership Agreement (CEPA)")
    word_acronyms: dict[str, tuple[str, str]] | None = None
    # for an item of a list, its lead sentence ("Main outcomes of the meeting:"): an anchor there ties
    # the item's signing to that event
    lead_text: str | None = None


    # (a joint statement heading the document is issued that day; an undated signing in a headline
    # without a narrative date happened that month)
@dataclass
class _Inst:
    start: int  # phrase start (name or head)
    end: int  # phrase end
    head_start: int
    head_end: int
    type: str
    surface: str
    name: str | None = None
    titled: bool = False
    embedded: bool = False
    absorbed: list[tuple[int, int]] = field(default_factory=list)  # nested instrument heads
    between: tuple[int, int] | None = None  # "between A and B" span naming parties
    complement_end: int | None = None
    cues: list[tuple[int, int, str]] = field(default_factory=list)
    pending_dist: float = _INF  # distance to the nearest pending cue governing it ("negotiations on")
    lead: tuple[object, str] | None = None  # signed as an item of a list: the lead's date
    generic: bool = False  # a general noun ("documents"): an instrument only as a signing verb's object
    acronym: bool = False  # a defined acronym ("The APTTA, signed in 2010"): a mention only with a cue
    example_of: "_Inst | None" = None  # an example of a signed batch ("..., among them an accord on X")
