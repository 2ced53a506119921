"""A figure named only by an anaphoric noun measures what the figures told just before measure:
"In October alone, two-way trade came in at $2.11 billion. The full-year figure for 2025 was
$23.4 billion" (trade again, for another period); so does a pronoun subject: "Kenya's tea exports to
Egypt reached $310 million in 2024. In the first half of 2025 they stood at $170 million".

:func:`names_earlier_figure` reads the words before a figure in its sentence (the finder marks
the figure with :data:`FIGURE_METRIC`); :func:`resolve_figure_anaphora` gives each marked row,
once the document's rows are known, the metric and direction of the nearest earlier row of the
same unit a few sentences before, and drops it when there is none.
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_money import is_currency

FIGURE_METRIC = "_earlier_figure"
# a bare "turnover" (no owner, no "bilateral", "trade" or "between"): trade turnover only right after
# the trade told before ("Kazakh exports to Georgia ... For the whole of 2025 turnover was $586 million"),
# never a company's ("The company's annual turnover was $5 million")
TURNOVER_METRIC = "_earlier_turnover"
_TRADE_METRICS = frozenset({"trade_total", "exports", "imports"})

# "The full-year figure for 2025 was", "the comparable figure in 2024 stood at", "That figure was":
# a definite "figure" (no name of its own) as the subject of a copula or a verb of amounting right
# before the amount
_FIGURE_SUBJECT_RE = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:(?:full[- ]year|annual|yearly|whole[- ]year|comparable|corresponding|"
    r"total|overall|final|latest|monthly|quarterly|official|preliminary)\s+)?figures?"
    r"(?:\s+(?:for|in|of|over)\s+[^,;:()]{1,30}?)?"
    r"\s+(?:was|were|is|stood\s+at|stands\s+at|reached|came\s+(?:to|in\s+at)|amounted\s+to|totall?ed)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|just\s+over|just\s+under|an?\s+)\s*)*$"
)
# "In the first quarter of this year they stood at", "it reached", "it recovered to": a personal pronoun as the subject of
# a verb of amounting right before the amount, at the start of its clause (the measure told before,
# for another period)
_PRONOUN_SUBJECT_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:in|during|for|over|by|at)\s+[^,;:]{1,90}?[,)]?\s+)(?:they|it)\s+(?:also\s+|then\s+)?"
    r"(?:stood\s+at|stand\s+at|stands\s+at|amounted\s+to|amount\s+to|totall?ed|came\s+(?:to|in\s+at)|"
    r"were\s+worth|was\s+worth|reached|(?:rose|fell|grew|climbed|jumped|surged|increased|decreased|declined|"
    r"dropped|slipped|slid|eased|recovered|rebounded|bounced\s+back|shrank|contracted|expanded)\s+to)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|just\s+over|just\s+under)\s+)*$",
    re.I,
)
# "For the whole of 2025 turnover was", "Turnover reached", "In January-March 2026 the turnover reached": a
# bare (or definite) turnover as the subject of a verb of amounting at the start of its clause (or after a
# time adjunct ending in a year or a period's noun)
_TURNOVER_SUBJECT_RE = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:in|during|for|over|by|at)\s+[^,;:]{1,60}?(?:\d|year|months?|quarter|half|period)[,)]?\s+)"
    r"(?:the\s+)?(?:(?:annual|total|overall)\s+)?turnover\s+(?:also\s+|then\s+)?"
    r"(?:was|were|is|stood\s+at|stands\s+at|amounted\s+to|amounts\s+to|totall?ed|came\s+(?:to|in\s+at)|reached|"
    r"(?:rose|fell|grew|climbed|jumped|surged|increased|decreased|declined|dropped|slipped|eased|recovered|"
    r"shrank|contracted|expanded)\s+to)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|just\s+over|just\s+under)\s+)*$",
    re.I,
)
# how many sentences back the figure told before may stand
_REACH = 3


def names_earlier_figure(before: str) -> bool:
    """Whether the words right before a figure make it "the figure" of a measure told earlier."""
    if "igure" in before and _FIGURE_SUBJECT_RE.search(before[-90:]) is not None:
        return True
    return ("they " in before or "it " in before or "They " in before or "It " in before) and (
        _PRONOUN_SUBJECT_RE.search(before[-160:]) is not None)


def names_bare_turnover(before: str) -> bool:
    """Whether the words right before a figure make it a bare "turnover" (see :data:`TURNOVER_METRIC`)."""
    return "urnover" in before and _TURNOVER_SUBJECT_RE.search(before, max(0, len(before) - 160)) is not None


def resolve_figure_anaphora(emitted: list[tuple[int, dict, str | None]]) -> list[tuple[int, dict, str | None]]:
    """``emitted`` (sentence id, row, source) in document order, with the marked rows resolved
    from the nearest earlier row of the same unit (for a turnover, of any currency) within
    :data:`_REACH` sentences, or left out."""
    if not any(r["metric"] in (FIGURE_METRIC, TURNOVER_METRIC) for _s, r, _src in emitted):
        return emitted
    out: list[tuple[int, dict, str | None]] = []
    for sid, r, src in emitted:
        if r["metric"] not in (FIGURE_METRIC, TURNOVER_METRIC):
            out.append((sid, r, src))
            continue
        # (a turnover may be told in another currency than the trade before it: "AMD 61.4 billion
        # (about $158 million) in 2025 ... In January-March 2026 the turnover reached $41.2 million")
        prev = next(((ps, p) for ps, p, _x in reversed(out) if p["unit"] == r["unit"] or (
            r["metric"] == TURNOVER_METRIC and is_currency(p["unit"]) and is_currency(r["unit"]))), None)
        if prev is None or sid - prev[0] > _REACH:
            continue
        p = prev[1]
        if r["metric"] == TURNOVER_METRIC:
            if p["metric"] not in _TRADE_METRICS:
                continue
            r["metric"] = "trade_total"  # (the total of the trade told before: its countries only from a total)
            if p["metric"] != "trade_total":
                out.append((sid, r, src))
                continue
        r["metric"] = p["metric"]
        if r["from_country_iso3"] is None and r["to_country_iso3"] is None:
            r["from_country_iso3"], r["to_country_iso3"] = p["from_country_iso3"], p["to_country_iso3"]
        if r["subject"] is None:
            r["subject"] = p["subject"]
        out.append((sid, r, src))
    return out


# "That was 41 percent higher than the previous fiscal year.", "This represented an increase of 12% over
# 2024", "It was down 3.5 per cent from a year earlier": a sentence of its own whose demonstrative or
# pronoun subject is the figure told just before, with its change on an earlier period
_NUM = r"(?P<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
_FOLLOW_UP_CHANGE_RE = re.compile(
    r"(?:That|This|It)\s+(?:figure\s+|amount\s+|total\s+)?(?:was|is|represents|represented|marks|marked|means|meant)\s+"
    r"(?:(?P<dir1>up|down)\s+" + _NUM + r"|" + _NUM.replace("<n>", "<n2>") + r"\s+(?P<dir2>higher|more|up|lower|less|down)"
    r"|an?\s+(?:(?:year[- ]on[- ]year|annual)\s+)?(?P<dir3>increase|rise|growth|jump|decrease|decline|drop|fall)\s+of\s+"
    + _NUM.replace("<n>", "<n3>") + r")"
    r"\s+(?:than|from|over|on|compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+)?(?:the\s+|a\s+)?"
    # (an earlier period, not "the previous government's target")
    r"(?:(?:previous|preceding|prior|last|same)\s+(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?:year|quarter|month|period|week|half|season|FY)|year[- ]earlier|(?:19|20)\d\d)\b"
)
_DOWN_WORDS = frozenset({"down", "lower", "less", "decrease", "decline", "drop", "fall"})


def follow_up_change(text: str) -> float | None:
    """The signed change a sentence tells of the figure just before it (see
    :data:`_FOLLOW_UP_CHANGE_RE`), or None."""
    m = _FOLLOW_UP_CHANGE_RE.match(text.strip())
    if m is None:
        return None
    n = float(m.group("n") or m.group("n2") or m.group("n3"))
    word = (m.group("dir1") or m.group("dir2") or m.group("dir3")).lower()
    return -n if word in _DOWN_WORDS else n
