"""The metrics lexicon (``lexicons/metrics.csv``) compiled for the indicator finder, with literal
gates that tell, for a whole column of sentences at once, which rows can match in which sentence.

A row is a case-insensitive regular expression.  Running every row on every figure of every
sentence is most of the cost of indicator extraction, yet in one sentence only a few rows can
match.  :func:`required_literals` reads a row's pattern and returns strings at least one of which
(ignoring ASCII case) occurs in every match; one vectorised Aho-Corasick pass
(:func:`live_rows`) then finds those strings in all sentences, and the finder only runs the
rows whose strings occur.  This is exact: a row gated out cannot match anywhere in the sentence,
nor in any part of it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import polars as pl

from pipeline.extract.indicator_regex import gate_open, literal_gate, required_literals
from pipeline.lexicons import read_lexicon

__all__ = ["Row", "rows", "rows_of", "unit_ok", "required_literals", "live_rows", "Gate", "gate"]


@dataclass(frozen=True)
class Row:
    """One lexicon row: ``rx`` is the whole-word, case-insensitive pattern; ``idx`` its position."""

    idx: int
    rx: re.Pattern[str]
    metric: str | None
    unit: str | None
    scope: str
    role: str
    units: tuple[str, ...]  # the unit column split at "|" (empty: any unit)


@functools.cache
def rows() -> tuple[Row, ...]:
    """Every row of ``metrics.csv`` in file order (the order decides ties)."""
    df = read_lexicon("metrics")
    out = []
    for i, (pattern, metric, unit, scope, role) in enumerate(
        df.select("pattern", "metric", "unit", "scope", "role").iter_rows()
    ):
        rx = re.compile(rf"(?<![\w-])(?i:{pattern})(?![\w-])") if pattern else re.compile(r"(?!x)x")
        units = tuple(unit.split("|")) if unit else ()
        out.append(Row(i, rx, metric, unit, scope or "default", role or "metric", units))
    return tuple(out)


@functools.cache
def rows_of(role: str, scope: str | None = None) -> tuple[Row, ...]:
    """The rows of one role (and scope), in file order."""
    return tuple(r for r in rows() if r.role == role and (scope is None or r.scope == scope))


@functools.lru_cache(maxsize=4096)
def _unit_ok(idx: int, kind: str, unit: str | None) -> bool:
    row = rows()[idx]
    if not row.units:
        return True
    for u in row.units:
        if (u == "money" and kind == "money") or (u == "measure" and kind == "measure") or u == unit:
            return True
    return False


def unit_ok(row: Row, q) -> bool:
    """The row's unit list ("money", "measure", a unit name, "|"-separated) admits the figure."""
    return not row.units or _unit_ok(row.idx, q.kind, q.unit)


@functools.cache
def _gates() -> tuple[list[str], dict[str, frozenset[int]], frozenset[int]]:
    """(every required string, string -> rows it opens, rows without a gate)."""
    opens: dict[str, set[int]] = {}
    always: set[int] = set()
    df = read_lexicon("metrics")
    for row, pattern in zip(rows(), df["pattern"].to_list()):
        if not pattern:
            continue  # an empty pattern never matches
        req = required_literals(pattern)
        if req is None:
            always.add(row.idx)
            continue
        for s in req:
            opens.setdefault(s, set()).add(row.idx)
    return sorted(opens), {k: frozenset(v) for k, v in opens.items()}, frozenset(always)


# characters that Python's case-insensitive matching equates with an ASCII letter, but an ASCII
# case-insensitive search does not: a sentence holding one keeps every row
_CASE_ODD = "[\u212a\u017f\u0131\u0130]"


def live_rows(texts: pl.Series) -> list[frozenset[int] | None]:
    """For each text, the indices of the rows that can match somewhere in it (None: all rows)."""
    if texts.len() == 0:
        return []
    strings, opens, always = _gates()
    if not strings:
        odd = texts.str.contains(_CASE_ODD).fill_null(True).to_list()
        return [None if is_odd else always for is_odd in odd]
    # the distinct required strings found in each text, as one key (lower case, sorted): texts with
    # the same strings share their rows, computed once per key
    found = texts.str.extract_many(strings, ascii_case_insensitive=True, overlapping=True)
    frame = pl.DataFrame({"_odd": texts.str.contains(_CASE_ODD).fill_null(True), "_hits": found}).select(
        (pl.col("_odd") | pl.col("_hits").is_null()).alias("_all"),
        pl.col("_hits").list.eval(pl.element().str.to_lowercase()).list.unique().list.sort()
        .list.join("\x00").alias("_key"),
    )
    keys = frame["_key"].to_list()
    cache: dict[str, frozenset[int]] = {}
    for key in set(keys):
        if key is None:
            continue
        acc = set(always)
        if key:
            for h in key.split("\x00"):
                acc.update(opens.get(h, ()))
        cache[key] = frozenset(acc)
    return [None if is_all else cache[key] for is_all, key in zip(frame["_all"].to_list(), keys)]


# --- literal gates on short windows -----------------------------------------------------------


class Gate:
    """Whether any of some rows can match in a piece of text: one case-sensitive search for their
    required strings in the lower-cased text (exact: no match without one of them)."""

    def __init__(self, rows_: tuple[Row, ...]):
        patterns = read_lexicon("metrics")["pattern"].to_list()
        self.rx = literal_gate([patterns[r.idx] for r in rows_])

    def open(self, text: str) -> bool:
        """False only when none of the rows can match anywhere in ``text``."""
        return gate_open(self.rx, text)


@functools.lru_cache(maxsize=256)
def gate(*keys: tuple[str, str | None]) -> Gate:
    """The gate of the rows of some (role, scope) pairs (scope None: any)."""
    return Gate(tuple(r for role, scope in keys for r in rows_of(role, scope)))
