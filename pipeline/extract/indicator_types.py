"""The facts of one sentence the indicator finder works on (:class:`SentenceInfo`), the figure it
is reading (``_Fig``), and two small helpers over them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.numbers import Quantity


@dataclass
class SentenceInfo:
    """What the indicator finder needs about one sentence (offsets relative to its text).

    ``countries``: (start, end, iso3, kind); ``dates``: (start, end, date_start, date_end,
    precision, qualifier); ``currency_countries``: ISO-3 codes in order of relevance, to settle
    "Rs"/"rupees"; ``dyad``: the document's two main countries; ``live``: the metrics-lexicon
    rows that can match in the sentence (None: try all); ``reference``: the document's reference
    date (a figure "by" a later date is a target).
    """

    countries: list[tuple[int, int, str, str]] = field(default_factory=list)
    dates: list[tuple[int, int, object, object, str, str | None]] = field(default_factory=list)
    currency_countries: tuple[str, ...] = ()
    dyad: tuple[str, ...] = ()
    live: frozenset[int] | None = None
    reference: object = None  # the document's reference date (datetime.date), when known


@dataclass
class _Fig:
    q: Quantity
    phrase_end: int  # end of the figure's after-phrase
    change: float | None = None
    last_end: int = 0  # end of the figure or of the change attached after it
    own_end: int = 0  # end of the figure's own after-phrase (before an attached change)
    metric: str | None = None
    conversions: list[Quantity] = field(default_factory=list)  # the same amount in other currencies
    after_start: int = 0  # where the after-phrase starts: past a bracketed conversion, else the figure's end


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _other(dyad: tuple[str, ...], iso: str) -> str | None:
    rest = [c for c in dyad if c != iso]
    return rest[0] if len(dyad) == 2 and rest else None
