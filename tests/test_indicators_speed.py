"""Speed-ups of the indicator extractor that must not change what it finds (round 10): the lexicon
rows that can fire in each sentence (:func:`pipeline.extract.indicator_lexicon.live_rows`), now keyed
by the distinct strings found, give the rows of the per-string rule."""

from __future__ import annotations

import polars as pl

from pipeline.extract.indicator_lexicon import _CASE_ODD, _gates, live_rows


def _reference(texts: list[str | None]) -> list[frozenset[int] | None]:
    import re

    strings, opens, always = _gates()
    out = []
    for t in texts:
        if t is None or re.search(_CASE_ODD, t):
            out.append(None)
            continue
        low = t.lower()
        acc = set(always)
        for s in strings:
            if s in low:
                acc |= opens[s]
        out.append(frozenset(acc))
    return out


def test_live_rows_match_a_plain_substring_scan():
    texts = [
        "China's exports to Pakistan rose 11.1 percent to $23.06 billion in 2024.",
        "EXPORTS to Kenya reached 1.2 MILLION tonnes.",
        "The two leaders met.",
        "",
        None,
        "Investment (FDI) of \u212a 5 billion",  # a character that folds to an ASCII letter: every row
        "Japan provided 120 buses and 2,000 scholarships; remittances stood at $8.6 billion.",
    ]
    assert live_rows(pl.Series(texts, dtype=pl.String)) == _reference(texts)


def test_live_rows_of_no_text():
    assert live_rows(pl.Series([], dtype=pl.String)) == []
