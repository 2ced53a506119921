"""Indicator mentions of one sentence: its figures, each with metric, change, subject, period,
direction and source (see :mod:`pipeline.extract.indicators` for the rules).

:func:`find_indicators` works on one sentence and the facts the frame stage gathered for it
(:class:`SentenceInfo`).  The lexicon rows it tries can be narrowed to those that can match in
the sentence (``SentenceInfo.live``, from :func:`pipeline.extract.indicator_lexicon.live_rows`);
all regular expressions are compiled once, at import.

This module reads the figures of the sentence and puts each mention together; the parts live in:

* :mod:`pipeline.extract.indicator_types`: :class:`SentenceInfo` and the figure being read;
* :mod:`pipeline.extract.indicator_patterns`: word sets and patterns shared by several parts;
* :mod:`pipeline.extract.indicator_metric`: the metric of a figure and the sign of a change (lexicon);
* :mod:`pipeline.extract.indicator_subject`: the subject (names) and the source of a figure;
* :mod:`pipeline.extract.indicator_direction`: the direction of a flow between two countries;
* :mod:`pipeline.extract.indicator_money`: the direction of money (investment, loans, aid);
* :mod:`pipeline.extract.indicator_values`: a figure's value: counts, rounding step, conversions,
  earlier and later values;
* :mod:`pipeline.extract.indicator_periods`: the period a figure is dated to.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import replace

from pipeline.extract.indicator_direction import (
    _balance_direction, _debt_direction, _direction, _fill_pair_partners, _foreign_subject_direction,
    _FLOW_WORD_RE, _pair_partner, _people_direction, _respectively, _supplier_direction,
)
from pipeline.extract.indicator_anaphora import (
    FIGURE_METRIC,
    TURNOVER_METRIC,
    names_bare_turnover,
    names_earlier_figure,
)
from pipeline.extract.indicator_beneficiaries import BENEFIT_METRICS, beneficiary_direction
from pipeline.extract.indicator_holders import (
    adjective_balance, community_direction, employed_by, funder_org, lending_institution, origin_to_pair,
    remitter_direction, source_country, source_of_people, swap_creditor,
)
from pipeline.extract.indicator_output import project_output
from pipeline.extract.indicator_pair_host import pair_host
from pipeline.extract.indicator_lexicon import rows_of, unit_ok
from pipeline.extract.indicator_metric import _ADJACENT_GAP_RE, _change_sign, _default_metric, _live, _metric_for, _noun_metric, _skip_text, _snake
from pipeline.extract.indicator_money import (
    _FLOW_WORDS, _money_direction, _thanked_giver, _transit_direction, currency_fiscal_period, currency_lender,
    loan_commitment,
)
from pipeline.extract.indicator_patterns import _ACTOR_KINDS, _NAME_KINDS, _PHRASE_END_RE
from pipeline.extract.indicator_periods import (
    _BS_FROM, _SOLAR_YEAR_RE, _bare_earlier, _comparison_base, _dated, _dates_before, _earlier_period,
    _with_bikram_sambat, _with_fiscal_labels, _with_mixed_spans, _with_months_of_year, _with_past_month_runs,
    _with_qualified_years, _with_solar_years, _with_year_ends, _with_years_ending, _without_year_glosses,
    _year_back_period,
)
from pipeline.extract.indicator_regex import CASE_ODD
from pipeline.extract.indicator_subject import (
    _NAME_RUN, _NAME_TOKEN, _ORG_TAIL_RE, _SENTENCE_WORDS, _covered, _meetings_owner, _source, _subject,
)
from pipeline.extract.indicator_swaps import swap_direction
from pipeline.extract.indicator_types import SentenceInfo, _Fig, _other, _overlaps
from pipeline.extract.indicator_values import (
    _CONVERSION_CLOSE_RE, _DEMONYM_NOUN, _LATER_RE, _border_line, _earlier_value, _is_conversion,
    _later_value, _units_count, _with_demonym_counts,
)
from pipeline.extract.numbers import Quantity, find_measured
from pipeline.lexicons import read_lexicon

__all__ = ["find_indicators", "SentenceInfo"]

_DATA_SHOW_RE = re.compile(
    rf"(?:(?P<org>{_NAME_RUN})(?:\s+\([A-Z][\w&-]*\))?\s+|\b[a-z][\w-]*\s+)"
    r"(?:data|figures|statistics|numbers)\s+(?:show|shows|showed|indicate|indicated|indicates|suggest|suggested)\b"
)
# every match of _DATA_SHOW_RE holds this (a cheap, exact pre-test: most sentences have none)
_DATA_SHOW_GATE_RE = re.compile(r"(?:data|figures|statistics|numbers)\s+(?:show|indicate|suggest)")
# a cumulative figure: present perfect right before it, or "so far"/"to date" right after it
_CUMULATIVE_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+){0,2}?(?:\w+ed|\w+en|held|built|made|won|sent|spent|brought|set)\s+(?:a\s+total\s+of\s+|over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?$")
_CUMULATIVE_AFTER_RE = re.compile(r"(?i)[\w\s-]{0,60}?\b(?:so far|to date|thus far|till now|until now|up to now)\b")
_CHANGE_TO_RE = re.compile(
    # ("on-year": the Korean wire style, "rose 6.3 percent on-year to $4.7 billion")
    r"(?:\s+(?:year[- ](?:on|over)[- ]year|on[- ]year|y-o-y|yoy|annually|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago))"
    # "fell 12.0% in the quarter, to 48,900 tonnes"
    r"|\s+(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?,?"
    r"\s+(?:to|reaching|hitting|totall?ing|standing\s+at|at"
    # "decreased by 2.1% and amounted to $41 billion"
    r"|and\s+(?:amounted\s+to|reached|stood\s+at|totall?ed|came\s+to|hit))"
    r"\s+(?:a\s+(?:total|record|high)\s+of\s+|reach\s+|about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
)
_ADJ_NAME_RE = re.compile(rf"\s+(?P<n>[A-Z][\w'’&.\-–]*(?:\s+(?:(?:of|on|for|and|the)\s+)*{_NAME_TOKEN})*)")
# people counted by nationality who work in the other country: "some 9,000 Nepali nationals working
# in Qatar", "11,500 Pakistanis are currently working in Jordan" (not "living and working": residents;
# not "working on projects": people on a mission)
_WORKING_AFTER_RE = re.compile(
    r"\s+(?:(?:who\s+)?(?:are|were)\s+)?(?:(?:currently|now|still|legally)\s+)?(?:working|employed)\s+(?:in|at|for)\b"
)
# "... have moved to Germany on work visas", "... hold work permits": people who went to work
_WORK_VISA_RE = re.compile(r"\bwork(?:ing)?[- ](?:visas?|permits?)\b")
_CLAUSE_END_RE = re.compile(r"[,;:.()]")


def _work_visa_after(text: str, end: int) -> bool:
    """A work visa or permit in the clause after the figure ending at ``end``."""
    if "work visa" not in text and "work permit" not in text and "work-" not in text and "working " not in text:
        return False
    stop = _CLAUSE_END_RE.search(text, end)
    return _WORK_VISA_RE.search(text, end, stop.start() if stop else len(text)) is not None


_PARTICIPATED_RE = re.compile(rf"(?:took part|participated|participating)\s+in\s+(?:the\s+)?(?P<n>{_NAME_RUN})")
_WHICH_TAIL_RE = re.compile(r"\s+(?:which|that)$")
# a verb of supply right before a measured figure: "Iran also supplies 104 megawatts", "sold 40 MW"
_SUPPLY_VERB_RE = re.compile(
    r"(?i)\b(?:sells|sold|selling|sell|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|an?\s+additional|"
    r"a\s+further|another)\s+)*$"
)
# people of one nationality in another country: "14,000 Mexican students studied in the United States",
# "37 million people of Mexican origin live in the United States"
# a supply to a domestic network, not to another country
_GRID_RE = re.compile(r"(?i)\bto\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:grid|network|consumers|households|homes|customers)\b")
# counts of travellers that measure a relationship only with their origin
_ORIGIN_NEEDED = frozenset({"tourist_arrivals", "visitors"})
_FOREIGN_SUBJECT_METRICS = frozenset({"jobs_created", "companies", "highways_built", "railway_length", "projects",
                                      "project_value", "projects_approved", "investment_projects", "power_capacity",
                                      "electricity_generated"})
# an investment whose host goes unsaid: "Korean companies held ... registered capital of $92.7 billion"
# flows between the two countries of the pair: one side named, the other is the pair's other country
_PAIR_FLOWS = frozenset({"remittances", "loan", "grant"})
# a measure used as a modifier of a noun: "the 720-megawatt plant", "a 1,350-km pipeline"
_ATTRIBUTIVE_RE = re.compile(r"\d-[A-Za-z]")
# a verb between such a measure and the next figure, which is then the verb's object ("the 720-megawatt
# plant has supplied 12 billion kWh"); without one the next figure is still part of the subject's noun
# phrase ("a 597-km line with a capacity of 4,000 MW was completed in 2022": both take the date)
_VERB_BETWEEN_RE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|shall|can|could|may|might|must|does|did)\b"
    r"|\b[a-z]{3,}ed\b|\b(?:produces|generates|supplies|provides|carries|handles|serves|transmits)\b")
_HOSTED_METRICS = frozenset({"direct_investment", "investment_projects", "companies"})
_SO_FAR_RE = re.compile("so far|to date|thus far|till now|until now|up to now")
# a second verb phrase of the same subject before a figure, no new subject named: ", and slumped a
# further 12.4% to"; "earning about" after a traded amount: its value
# (the figure before may keep its own date between: "were $700 million in 2024, but reached $1.1 billion")
_CONTINUED_RE = re.compile(
    r"(?:\s+(?:in|during|for|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?)?"
    r"\s*,?\s*(?:and|but|before)\s+(?:then\s+|also\s+|further\s+)?[a-z][^A-Z;:]*$")
# the figure of another period coordinated after the one before, no new measure named: "US$ 312.6
# million in FY24 and US$ 341.8 million in FY2024-25" (the period phrase of the figure before, the dates
# blanked out, then "and")
_NEXT_PERIOD_RE = re.compile(
    r"\s*(?:(?:in|during|for|over|of|the|fiscal|financial|year|calendar)\s+)*\x00+\s*,?\s*(?:and|while|but)\s+"
    r"(?:(?:then\s+)?(?:about|around|nearly|some|over|more\s+than|almost|roughly|approximately|an?\s+estimated)\s+)*",
    re.I,
)
# approximators right before the figure, up to it ("worth about", "of which some")
_APPROX_TO_FIGURE = r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|approximately|an?\s+estimated)\s+)*$"
_EARNING_RE = re.compile(
    r"(?:^|,)\s*(?:and\s+)?(?:earning|earned|fetching|fetched|worth|valued\s+at|bringing\s+in|generating)\s+"
    + _APPROX_TO_FIGURE,
    re.I,
)
# the same traded flow told in physical units after its value: ", with a volume of 96,000 tonnes",
# "and a total quantity of 1.2 million tonnes" (not "a combined volume": the sum of the flows told)
_VOLUME_RE = re.compile(
    r"(?:^|,)\s*(?:and\s+|with\s+|at\s+|in\s+)?an?\s+(?:total\s+)?(?:volume|quantity|tonnage)\s+of\s+"
    + _APPROX_TO_FIGURE,
    re.I,
)
# a share of a trade flow told before, with its goods and verb: ", of which rice shipments came to
# 3.2 million tonnes" (the part flows like the whole)
_SHARE_OF_FLOW_RE = re.compile(
    r"(?:^|,)\s*of\s+which\s+(?:[\w-]+\s+){1,4}?(?:came\s+to|amounted\s+to|accounted\s+for|were|was|"
    r"totall?ed|stood\s+at|reached|made\s+up)\s+"
    + _APPROX_TO_FIGURE,
    re.I,
)
# a part of the figure before: ", of which $1.8 billion", ", including $300 million"
_PART_OF_RE = re.compile(
    r"(?:^|,)\s*(?:of\s+which|including|includ(?:es|ed)|among\s+them)\s+"
    + _APPROX_TO_FIGURE,
    re.I,
)
# a trade verb governing the figure right after it: "imported 2.8 billion kWh", "to export 300 MW"
_ADJACENT_FLOW_RE = re.compile(
    r"(?i)\b(?:(?P<imports>import(?:s|ed|ing)?|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))|(?P<exports>export(?:s|ed|ing)?))\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|up\s+to|approximately|a\s+total\s+of|"
    r"an?\s+estimated|a\s+record)\s+)*$"
)


def _next_period(before: str, before_start: int, info: SentenceInfo) -> bool:
    """Whether the words before a figure are only the period of the figure before and "and"."""
    blank = list(before)
    for ds, de, *_ in info.dates:
        for i in range(max(ds, before_start), min(de, before_start + len(before))):
            blank[i - before_start] = "\x00"
    return "\x00" in blank and _NEXT_PERIOD_RE.fullmatch("".join(blank)) is not None


def _flow_verb_near(window: str) -> bool:
    """Whether a trade verb may stand in ``window`` (a cheap test before :data:`_ADJACENT_FLOW_RE`)."""
    low = window.lower()
    return "port" in low or "bu" in low or "purchas" in low


# a second compound modifier after a comma: "a 320-kilometre, 500-kilovolt transmission line",
# "a 40-km, four-lane expressway" (coordinate adjectives of one noun)
_COORD_ADJ_RE = re.compile(r",\s+(?:\d[\d,.]*|[a-z]+)-[a-z]+\s+(?=[a-z])")


# a bracketed acronym right after a capitalised word, inside a name: "System (RTS) Link"
_NAME_ACRONYM_RE = re.compile(r"(?<=[A-Za-z]\s)\((?:[A-Z][A-Za-z]*[A-Z]|[A-Z]{2,})\)(?:\s+[A-Z][\w-]*)+")


def _after_phrase_end(text: str, q: Quantity, next_start: int) -> int:
    # (searched in place: the pattern has no look-behind, and the window's end acts as the text's)
    m = _PHRASE_END_RE.search(text, q.end, next_start)
    if m and (a := _NAME_ACRONYM_RE.match(text, m.start(), next_start)):
        # "the 4-kilometre Rapid Transit System (RTS) Link at the end of 2026": a name's acronym in
        # brackets goes on with the name, whose head noun follows it (the phrase ends with the name)
        return min(a.end(), next_start)
    if m and m.start() == q.end and q.kind == "measure" and "-" in q.surface and text[q.end : q.end + 1] == ",":
        # an attributive length before a second modifier: the noun after both is the thing measured
        c = _COORD_ADJ_RE.match(text, q.end, next_start)
        if c:
            m = _PHRASE_END_RE.search(text, c.end(), next_start)
    return m.start() if m else next_start


_NEW_CLAUSE_RE = re.compile(r"(?:,\s+(?:and|but|while|whereas)\s+|;\s*)")


def _clause_span(text: str, q: Quantity) -> tuple[int, int]:
    """(start, end) of the coordinated clause that holds the figure (between ", and", ", but", ";")."""
    start = 0
    for m in _NEW_CLAUSE_RE.finditer(text, 0, q.start):
        start = m.end()
    m = _NEW_CLAUSE_RE.search(text, q.end)
    return start, m.start() if m else len(text)


def _past_bracket(f: _Fig, text: str, close_end: int, next_start: int) -> None:
    """The words after a bracketed conversion are the figure's own after-phrase: "a $420 million
    (about KSh54 billion) line of credit" is a loan, as "a $420 million line of credit" is."""
    m = _PHRASE_END_RE.search(text, close_end, next_start)
    f.after_start = close_end
    f.own_end = f.phrase_end = max(f.phrase_end, m.start() if m else next_start)


_APPROVED_RE = re.compile(
    r"(?i)\b(?:approved|approves|approving|cleared|sanctioned)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|a\s+total\s+of|an?\s+additional|another)\s+)*$"
)
_WORTH_RE = re.compile(
    r"\s*,?\s*(?:worth|valued\s+at|totall?ing|with\s+(?:a\s+)?(?:total\s+|combined\s+)?(?:investment|value|capital)\s+of)\s+"
    r"(?:(?:a|an)\s+(?:combined|total|estimated)\s+(?:of\s+)?)?(?:(?:about|around|nearly|some|over|more\s+than|almost)\s+)*",
    re.I,
)

# a change word after its percentage, the percentage standing alone after the figure
_PCT_LEAD_RE = re.compile(r"(?i)(?:\s+(?:in|during|for|last|this|over|with|to|from|between)\s+[^,;()%]{0,25}?)?\s*,?\s*(?:(?:representing|marking|reflecting|showing|recording|registering|with|or)\s+)?(?:an?\s+)?")
_PCT_AFTER_RE = re.compile(
    r"(?i)\s*(?:(?:year[- ]on[- ]year|y-o-y|annual|yearly)\s+)?(?:(?P<up>increase|rise|jump|gain|growth|surge|more|higher|up)"
    r"|(?P<down>decrease|decline|drop|fall|contraction|dip|less|lower|down|slump|reduction))\b"
)
_SIGNS = frozenset("-−+")
_SIGNED_LEAD_RE = re.compile(r"\s*[(,\[]?\s*")

# the starting point of a targeted change: "raise trade from the current $1.2 billion to $5 billion"
_TARGET_FROM_RE = re.compile(
    r"(?i)\bfrom\s+(?:(?:the|a|its|their)\s+)?(?:(?:current|present|existing|today['’]s|some|about|around|nearly|"
    r"just|over|more\s+than|roughly|approximately)\s+)*(?:(?:level|figure|capacity|volume)\s+of\s+)?$"
)


# the value of today of a measure that a target is set for, in a clause of its own: ", which stood at",
# ", currently worth", "(now about"
_CURRENT_VALUE_RE = re.compile(
    r"(?i)[,(]\s*(?:(?:which|that)\s+(?:currently\s+|now\s+|presently\s+)?(?:stood|stands|was|is|reached|"
    r"amounted|totall?ed|came)(?:\s+(?:at|to))?|(?:currently|now|presently)(?:\s+(?:worth|at|valued\s+at|standing\s+at|"
    r"estimated\s+at|about|around))?)\s+(?:(?:about|around|nearly|some|over|more\s+than|just|roughly)\s+)?$"
)


def _earlier_next(text: str, figs: list[_Fig], k: int) -> int | None:
    """The start of the figure after ``figs[k]`` when it is the earlier value of the same measure
    ("$9.3 billion, up from $6.1 billion at the end of 2022"): a date past it is its own."""
    if k + 1 >= len(figs):
        return None
    f, nf = figs[k], figs[k + 1]
    return nf.q.start if _earlier_value(text, text[f.last_end : nf.q.start], f, nf.q) else None


_AND_NOUN_RE = re.compile(r"\s+and\s+(?:their\s+)?(?P<n>[a-z][\w-]*)(?:\s+(?P<n2>[a-z][\w-]*))?")


@functools.cache
def _people_nouns() -> frozenset[str]:
    """The counted nouns of people (``units.csv``: kind count, unit people), lower case."""
    u = read_lexicon("units")
    return frozenset(s.lower() for s, unit, kind in u.select("surface", "unit", "kind").iter_rows()
                     if kind == "count" and unit == "people")


def _coordinated_people(text: str, q: Quantity, by_noun: bool = False) -> bool:
    """The counted noun is coordinated with another noun of people ("students and tourists",
    "workers and their families", "doctors and nurses"): the figure counts people of several kinds,
    not one class (the counted noun's own row named it, or ``by_noun``: the noun itself is the
    metric, no row naming one)."""
    m = _AND_NOUN_RE.match(text, q.end)
    if m is None or not (by_noun or _noun_metric(q.noun.strip(), q.kind, q.unit)):
        return False
    own = q.noun.strip().lower()
    kinds = _people_nouns() | {"families", "dependants", "dependents", "relatives"}
    # the noun right after "and", or after one adjective of it ("and seasonal workers")
    return any(n is not None and n.lower() != own and n.lower() in kinds for n in m.group("n", "n2"))


_CLAUSE_BREAK_RE = re.compile(r"[,;:()]")
_WITH_PHRASE_RE = re.compile(r"\s*with\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:of|at|worth|totall?ing)\s+", re.I)
# (not a preposition or a noun in -ing: "during", "the meeting")
_PARTICIPLE_RE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?!during\b|according\b|(?:some|every|no)?thing\b)[a-z]{3,}ing\s")
_TRADED_UNITS = frozenset({"kWh", "tonnes", "barrels", "m3", "TEU"})
# support that a country is thanked for ("thanked India for the rollover of US$ 50 million in Treasury Bills")
_SUPPORT_METRICS = frozenset({"currency_swap", "treasury_bills", "funding", "grant", "deal_value", "project_value",
                              "investment_fund"})
_FROM_TO_RE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?$")
_TO_GAP_RE = re.compile(r"(?i)\s+(?:to|into)\s+(?:the\s+)?")


def _from_to_pair(text: str, q: Quantity, phrase_end: int, info: SentenceInfo) -> tuple[str, str] | None:
    """(A, B) when the figure's phrase goes on "(of electricity) from A to B" with two countries."""
    actors = [c for c in info.countries if c[3] in _NAME_KINDS and q.end < c[0] <= phrase_end + 40]
    for i, (s, e, iso, _k) in enumerate(actors):
        if not _FROM_TO_RE.fullmatch(text, q.end, s):
            continue
        nxt = actors[i + 1] if i + 1 < len(actors) else None
        if nxt and nxt[2] != iso and _TO_GAP_RE.fullmatch(text, e, nxt[0]):
            return iso, nxt[2]
        return None
    return None


def _third_country(text: str, q: Quantity, before_start: int, frm: str | None, to: str | None,
                   info: SentenceInfo) -> bool:
    """The figure measures a relation with a country outside the document's pair: its direction
    names one ("Kenya's exports to Uganda" in an article on China and Kenya), or the countries of
    its own clause before it do, without both countries of the pair ("Tanzania's trade with China
    reached $8 billion")."""
    if frm or to:
        return any(c is not None and c not in info.dyad for c in (frm, to))
    if not any(kind in _ACTOR_KINDS and iso not in info.dyad for _s, _e, iso, kind in info.countries):
        return False  # (no country outside the pair in the whole sentence: none in the clause either)
    start = before_start
    breaks = [m for m in _CLAUSE_BREAK_RE.finditer(text, before_start, q.start)]
    for m in breaks:
        start = m.end()
    if breaks and breaks[-1].group() == "," and (_WITH_PHRASE_RE.match(text, start, q.start)
                                                 or _PARTICIPLE_RE.match(text, start, q.start)):
        # a "with" phrase tells of its main clause: "Germany remains Serbia's largest trading partner,
        # with trade of 8 billion euros"; so does a participle clause, whose subject is the main
        # clause's: "Brazil is the largest soybean exporter, shipping 100 million tonnes"
        start = breaks[-2].end() if len(breaks) > 1 else before_start
    # (a nationality inside the figure counts too: "1.3 million Syrian refugees" in a Jordan-Egypt article)
    seen = {iso for s, _e, iso, kind in info.countries if start <= s < q.end and kind in _ACTOR_KINDS}
    return bool(seen - set(info.dyad)) and not set(info.dyad) <= seen


def _is_headline(text: str) -> bool:
    """A line without a closing stop (a headline or a caption)."""
    return text.rstrip().rstrip("\"'”’)]")[-1:] not in (".", "!", "?")


_THRESHOLD_RE = re.compile(r"(?i)\b(?:tops|crosses|surpasses|passes|breaks|breaches|exceeds|hits|nears)\s+(?:the\s+)?$")
_YEAR_GATE_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _skips_before(rows: tuple, q: Quantity, before: str) -> bool:
    """A skip row of scope "before" that admits the figure's unit matches before it."""
    seen = None
    for r in rows:
        if unit_ok(r, q):
            if seen is None:
                seen = _skip_text(before)
            if r.rx.search(seen):
                return True
    return False


# metric -> (base unit, the unit the measure is reported in, factor): energy storage is sized in MWh
_METRIC_UNITS = {"storage_capacity": ("kWh", "MWh", 1e-3)}


def _kept(q: Quantity, before: str, live) -> bool:
    """A keep row (a verb of the project's own result: "will create") governs the figure right
    after it, so no skip row makes it a forecast.  A keep row with a metric keeps only figures of
    that counted noun ("will offer 300 scholarships": the scholarships of the programme)."""
    for r in _live("keep", "adjacent", live):
        if r.metric and (not q.noun or _snake(q.noun.split()[-1]) != r.metric):
            continue
        if unit_ok(r, q):
            for m in r.rx.finditer(before):
                am = _ARTICLE_RE.match(before, m.end())  # "will build a 250 MW plant": the thing built
                if _ADJACENT_GAP_RE.fullmatch(before, am.end() if am else m.end()):
                    return True
    return False


def _current(before: str, live) -> bool:
    """A current row ("a new grant of") stands right before the figure: one instrument of the
    story's own time, of the document's year when the sentence gives it no date."""
    for r in _live("current", "adjacent", live):
        for m in r.rx.finditer(before):
            if _ADJACENT_GAP_RE.fullmatch(before, m.end()) and not _BACKGROUND_RE.search(before, 0, m.start()):
                return True
    return False


# the instrument told as background, right before its article: in the pluperfect ("Kuwait had extended
# a loan of"), or as the means of a past passive ("the railway was built with a Chinese loan of", "the
# bridge, financed by a Japanese grant of"): an earlier instrument, not one of the story's own time
_BACKGROUND_RE = re.compile(
    r"(?i)(?:\bhad\s+(?:\w+\s+)?\w+|\b(?:was|were)\s+\w+\s+(?:with|by|through)|,\s*\w+ed\s+(?:with|by|through))\s+$")


_ARTICLE_RE = re.compile(r"\s+(?:an?|the)(?=\s)")


# a deficit that no country holds, the last balance word before the figure ("the trade deficit in
# 2025-26 was USD 689.9 million"): a balance below zero
_UNOWNED_DEFICIT_RE = re.compile(r"(?i)\bdeficit\b(?![^.;]*\bsurplus\b)[^.;]*$")


# a preposition before a country: the country is the partner or place of a figure ("exports to
# Kenya", "trade between Jordan and Iraq"), not the side it is told of
_PARTNER_BEFORE_RE = re.compile(r"(?i)\b(?:to|from|with|in|into|between|and|by|for|of|on|at)\s+(?:the\s+)?$")


_REPORTER_BEFORE_RE = re.compile(r"(?i)\b(?:according\s+to|data\s+(?:from|of|by)|figures\s+(?:from|of|by)|"
                                 r"statistics\s+(?:from|of|by))\s+(?:the\s+)?$")
_REPORTER_AFTER_RE = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,4}?\s+(?:said|says|reported|reports|showed|shows|data)\b")


def _sentence_currency_countries(text: str, info: SentenceInfo) -> tuple[str, ...]:
    """The countries that settle an ambiguous currency word ("dinars", "rupees") in this sentence:
    the country of the pair that reports the figures in it ("according to Jordan's Department of
    Statistics", "Tanzania's investment centre said"), else the one the sentence first tells a figure
    of (named before any preposition: "Jordan's exports", "Jordanian exports"), then the document's
    ranking. "Jordan's exports to Iraq rose to 540 million dinars" are Jordanian dinars even in an
    article that names Iraq more often; "exports to Kenya fell to Shs1.02 trillion" names only the
    partner and keeps the ranking."""
    mentions = [(s, e, iso) for s, e, iso, _k in sorted(info.countries) if iso in info.dyad]
    # the reporter first: "..., Tanzania's investment centre said", "according to Jordan's statistics"
    first = next((iso for s, e, iso in mentions if _REPORTER_BEFORE_RE.search(text, max(0, s - 40), s)
                  or _REPORTER_AFTER_RE.match(text, e)), None)
    if first is None:
        first = next((iso for s, _e, iso in mentions if not _PARTNER_BEFORE_RE.search(text, max(0, s - 12), s)), None)
    if first is None or (info.currency_countries[:1] == (first,)):
        return info.currency_countries
    return (first,) + tuple(c for c in info.currency_countries if c != first)


def find_indicators(text: str, info: SentenceInfo) -> tuple[list[dict], dict]:
    """Indicator rows of one sentence (offsets relative to ``text``; period and source left for
    the caller to carry over) and sentence facts: ``source``, ``period``, ``reporter``."""
    quants = find_measured(text, _sentence_currency_countries(text, info))
    if quants and any(q.kind == "money" and q.value < 1000 for q in quants):
        # "the COP31 climate conference", "at COP 29": a code before a small bare number is a
        # name with its ordinal, no sum of money
        quants = [q for q in quants
                  if not (q.kind == "money" and q.value < 1000 and _CODE_ORDINAL_RE.fullmatch(q.surface))]
    if info.countries:
        quants = _with_demonym_counts(text, info, quants)
    facts: dict = {"source": None, "period": None, "reporter": None, "shift": False, "as_of": False}
    if not quants:
        return [], facts
    if info.dates and "(" in text and ("year" in text or "FY" in text):
        info = _without_year_glosses(text, info)  # "(the financial year runs July to June)"
    if len(info.dates) > 1:
        if " of " in text or " year" in text:
            info = _with_months_of_year(text, info)  # "the January-November period of 2025"
        if "between" in text or "from" in text or "From" in text or "Between" in text:
            info = _with_mixed_spans(text, info)  # "between 1990 and June 2026"
    if info.reference is not None and any(d[3] is not None and d[3] > info.reference for d in info.dates):
        info = _with_past_month_runs(text, info)  # "during July-May" written in July
    if not info.dates and _YEAR_GATE_RE.search(text):
        info = _with_qualified_years(text, info)
    elif info.dates and ("year" in text or "months" in text or "quarters" in text):
        info = _with_years_ending(text, info)
    if info.dates and any(d[4] == "year" and d[2] is not None for d in info.dates):
        if "end" in text:
            info = _with_year_ends(text, info)
        if any(d[4] == "year" and d[3] is not None and d[3].year == d[2].year + 1 for d in info.dates):
            info = _with_fiscal_labels(text, info)
    if "NPL" in info.dyad and any(d[2] is not None and d[2].year >= _BS_FROM for d in info.dates):
        info = _with_bikram_sambat(info)
    if ("Iran" in text or "olar" in text or "Persian" in text) and _SOLAR_YEAR_RE.search(text):
        info = _with_solar_years(text, info)
    if "same" in text and info.dates:
        # "in the same year", "during the same period": the period of the figures told before
        # (carried by the caller), not a year the date finder read from the last date written
        same = [(m.start(), m.end()) for m in _SAME_PERIOD_RE.finditer(text)]
        if same:
            info = replace(info, dates=[d for d in info.dates if not any(a <= d[0] < b for a, b in same)])
    date_spans = [(d[0], d[1]) for d in info.dates]
    if date_spans:
        quants = [q for q in quants if not _overlaps((q.start, q.end), date_spans)]
    if not quants:
        return [], facts
    live = info.live
    skip_sentence = [r for r in _live("skip", "sentence", live) if r.rx.search(text)]
    figs: list[_Fig] = []
    pending: float | None = None  # a change stated before its figure: "grew 8% to $3 billion"
    for i, q in enumerate(quants):
        nxt = quants[i + 1].start if i + 1 < len(quants) else len(text)
        if q.kind == "percent":
            prev = figs[-1] if figs else None
            sign = _change_sign(text[prev.last_end if prev else 0 : q.start], live)
            if sign is None and prev is not None:
                # "hit $46.7 billion, a 2.9% increase", "$61 billion, 5% more than in 2023"
                am = _PCT_AFTER_RE.match(text, q.end)
                if am and _PCT_LEAD_RE.fullmatch(text, prev.last_end, q.start):
                    sign = 1 if am.group("up") else -1
                elif text[q.start - 1 : q.start] in _SIGNS and q.start and _SIGNED_LEAD_RE.fullmatch(
                        text, prev.last_end, q.start - 1):
                    # a signed percentage right after the figure: "$5 billion (-2.4% y/y)"
                    sign = -1 if text[q.start - 1] != "+" else 1
            if sign is None or q.unit != "percent":
                continue
            if i + 1 < len(quants) and quants[i + 1].kind != "percent" and _CHANGE_TO_RE.fullmatch(
                text[q.end : quants[i + 1].start]
            ):
                pending = sign * q.value
            elif prev is not None and prev.change is None:
                prev.change = sign * q.value
                prev.last_end = q.end
                prev.phrase_end = max(prev.phrase_end, _after_phrase_end(text, q, nxt))
            continue
        if skip_sentence and any(unit_ok(r, q) for r in skip_sentence):
            pending = None
            continue
        if figs and _is_conversion(text, figs[-1].q, q):
            figs[-1].conversions.append(q)  # "AED 312 billion (US$85 billion)": the same figure
            if figs[-1].change is None:
                # a change after the bracket is the figure's: "EUR 4.5 billion ($4.9 billion), a 6% drop"
                close = _CONVERSION_CLOSE_RE.match(text, q.end)
                figs[-1].last_end = max(figs[-1].last_end, close.end() if close else q.end)
                if close and figs[-1].own_end < q.start and text[figs[-1].own_end] == "(":
                    _past_bracket(figs[-1], text, close.end(), nxt)
            continue
        pe = _after_phrase_end(text, q, nxt)
        figs.append(_Fig(q, pe, pending, last_end=q.end, own_end=pe))
        pending = None
    if not figs:
        return [], facts
    source, source_span = _source(text, info)
    if source is None:
        # "..., Bangladesh Bank data show": the source named before; "central bank data show":
        # a source of its own, unnamed (none carried over from the neighbours)
        dm = _DATA_SHOW_RE.search(text) if _DATA_SHOW_GATE_RE.search(text) else None
        if dm:
            facts["attributed"] = True
            org = dm.group("org")
            if org and org.split()[0] not in _SENTENCE_WORDS and org[:1].isupper():
                org = _ORG_TAIL_RE.sub("", org)
                inside = [c for c in info.countries if dm.start("org") <= c[0] and c[1] <= dm.end("org")]
                if not (inside and sum(c[1] - c[0] for c in inside) >= len(org) - 2):
                    source, source_span = org, (dm.start("org"), dm.start("org") + len(org))
    facts["source"] = source
    country_spans = [(c[0], c[1]) for c in info.countries]
    comparison = {d[0] for d in info.dates if _comparison_base(text, d[0], d[1])}
    subject = _subject(text, figs[0].q.start, country_spans, [source_span] if source_span else [], date_spans)
    skip_before = _live("skip", "before", live)
    # the cumulative cues need "has"/"have" or "so far", "to date" ... somewhere in the sentence
    if text.isascii() or not CASE_ODD.search(text):
        low = text.lower()
        perfect = "has" in low or "hav" in low
        so_far = _SO_FAR_RE.search(low) is not None
    else:
        perfect = so_far = True
    skip_after = _live("skip", "after", live)
    has_country = any(c[3] in _ACTOR_KINDS for c in info.countries)
    rows: list[dict] = []
    respective = _respectively(text, figs, info) if "respectively" in text else {}
    prev_end = 0
    prev_fig: _Fig | None = None
    reporter = None
    # "agreed to raise the capacity from 4,200 MW to 5,000 MW by 2030": the starting value is a
    # fact of today, the value after "to" the target
    target_from = target_to = None
    carried: dict[int, str | None] = {}  # id(figure) -> the metric of the target it is the value of today of
    for k, f in enumerate(figs):
        q = f.q
        before = text[prev_end : q.start]
        before_start = prev_end
        after = text[max(q.end, f.after_start) : f.phrase_end]
        prev_end = f.last_end
        if f is target_to:
            prev_fig = f
            continue  # the target of a "from ... to ..." change
        if skip_before and _skips_before(skip_before, q, before) and not _kept(q, before, live):
            nf = figs[k + 1] if k + 1 < len(figs) else None
            later = (nf is not None and nf.q.kind == q.kind and nf.q.unit == q.unit
                     and _LATER_RE.match(text[f.last_end : nf.q.start]) is not None)
            if _CURRENT_VALUE_RE.search(before[-64:]):
                # "agreed to double trade, which stood at $900 million last year": the value of today
                if later:
                    target_from, target_to = f, nf
            elif not later or not _TARGET_FROM_RE.search(before[-48:]):
                if nf is not None and _earlier_value(text, text[f.last_end : nf.q.start], f, nf.q):
                    # "aim to lift trade to $20 billion, up from $10.6 billion in 2025": the value of
                    # today, measuring what the target measures
                    carried[id(nf)] = _metric_for(f, before, after, text, live, None)[0]
                continue  # a target or forecast
            else:
                target_from, target_to = f, nf
        if q.kind == "money" and _THRESHOLD_RE.search(before[-24:]) and _is_headline(text):
            continue  # a headline's round threshold: "Kenya-China trade tops $5 billion"
        if skip_after:
            own_after = text[max(q.end, f.after_start) : f.own_end].lstrip()
            if any(unit_ok(r, q) and r.rx.match(own_after) for r in skip_after):
                continue  # a price per unit ("$82 per barrel")
        if q.unit == "km" and _border_line(text, q, info):
            continue  # "the 1,100-kilometre line between Norway and Sweden": a border, geography
        subj = subject
        fallback = None
        if q.kind == "money":
            # "the $62 billion Lamu Port project": the amount qualifies the name after it
            am = _ADJ_NAME_RE.match(text, q.end)
            if am and not _covered(am.span("n"), country_spans, text):
                subj = am.group("n")
                after = text[am.end() : max(am.end(), f.phrase_end)]
                fallback = "project_value"
        prev_row = None
        if prev_fig is not None:
            prev_row = next((r for r in reversed(rows) if r["char_start"] == prev_fig.q.start), None)
        if prev_row is not None and _earlier_value(text, before, prev_fig, q):
            # "rose 6.2 percent to RM112.4 billion in 2023 from RM105.8 billion in 2022": the
            # same measure one period earlier
            f.metric = prev_row["metric"]
            # (a deficit stays one: "widened to $4 billion from $3.05 billion")
            value = -float(q.value) if prev_row["value"] < 0 else float(q.value)
            rows.append(dict(prev_row, char_start=q.start, char_end=q.end, value=value, change_pct=None,
                             period=_earlier_period(q, f, info, prev_row["period"], text), cumulative=False))
            # (its own date dates no later figure: "from $652 million in FY25, leaving a surplus of ...")
            comparison.update(d[0] for d in info.dates if q.end <= d[0] < f.phrase_end)
            prev_fig = f
            continue
        if prev_row is not None and _later_value(text, before, prev_fig, q):
            # "grew from KSh 68 billion in 2020 to KSh 101 billion in 2023": the same measure later
            f.metric = prev_row["metric"]
            period = _earlier_period(q, f, info, None)  # its own date after it ("... in 2023")
            if period is None:
                dated = _dated(q, info, False, comparison)
                period = dated[0] if dated else None
            rows.append(dict(prev_row, char_start=q.start, char_end=q.end, value=float(q.value), change_pct=None,
                             period=period, cumulative=False, surface=q.surface))
            prev_fig = f
            continue
        prev_fig = f
        f.metric, named = _metric_for(f, before, after, text, live, fallback)
        if not named and carried.get(id(f)):
            f.metric, named = carried[id(f)], True
        if id(f) in respective:
            f.metric, named = respective[id(f)][0], True
        if not named and names_earlier_figure(before):
            f.metric, named = FIGURE_METRIC, True  # "The full-year figure for 2025 was $23.4 billion"
        if not named and names_bare_turnover(before):
            f.metric, named = TURNOVER_METRIC, True  # "For the whole of 2025 turnover was $586 million"
        inherit = None
        if (not named and prev_row is not None and q.kind == "measure" and prev_row["unit"] != q.unit
                and prev_row["metric"] in ("exports", "imports") and _VOLUME_RE.search(before)):
            inherit = prev_row  # "imports reached $312 million, ..., with a volume of 96,000 tonnes"
            f.metric, named = inherit["metric"], True
        if not named and prev_row is not None and q.kind == "money":
            if prev_row["unit"] == q.unit and _CONTINUED_RE.match(before):
                inherit = prev_row  # "fell 8% to 176 billion baht, and slumped a further 12% to 128 billion"
            elif prev_row["metric"] in ("exports", "imports") and _EARNING_RE.search(before):
                inherit = prev_row  # "exported 138 million kWh ..., earning about $9.2 million"
            elif prev_row["unit"] == q.unit and _PART_OF_RE.search(before):
                inherit = prev_row  # "loans of $7.9 billion, of which $1.8 billion has been disbursed"
            elif prev_row["unit"] == q.unit and " and " in before and _next_period(before, before_start, info):
                inherit = prev_row  # "US$ 312.6 million in FY24 and US$ 341.8 million in FY2024-25"
            if inherit is not None:
                f.metric, named = inherit["metric"], True
        if (q.kind == "count" and q.unit == "people" and q.noun
                and (named or f.metric == _snake(q.noun)) and _coordinated_people(text, q, not named)):
            f.metric = "people"  # "120,000 students and tourists visit Greece": people of several kinds
        if (q.kind == "count" and q.unit == "people" and (f.metric == "people" or q.noun == _DEMONYM_NOUN
                                                          or (not named and f.metric == _snake(q.noun or "")))
                and "work" in text and (_WORKING_AFTER_RE.match(text, q.end) or _work_visa_after(text, q.end))):
            f.metric, named = "workers", True  # "5,000 Nepali nationals working in Qatar"
        employer = employed_by(text, q, info) if q.kind == "count" and q.unit == "people" else None
        if employer is not None:
            f.metric, named = "jobs_created", True  # "8,000 Ugandan workers are employed by Kenyan firms"
        if q.kind == "count" and q.noun and f.metric != "people_trained" and any(
                r.metric != f.metric and r.rx.fullmatch(q.noun.split()[-1]) for r in rows_of("only", "noun")):
            # (a training verb counts its trainees: "China trained 1,200 health professionals")
            continue  # "4,500 professionals working in Pakistan": no figure unless employed (jobs)
        if f.metric == "projects" and _APPROVED_RE.search(before):
            f.metric = "projects_approved"  # "the board approved 127 Chinese-funded projects"
        elif (q.kind == "money" and prev_row is not None and prev_row["metric"] == "projects_approved"
              and _WORTH_RE.fullmatch(before)):
            # "... approved 127 projects worth a combined $2.3 billion": the approved investment
            f.metric, named, inherit = "investment_approved", True, prev_row
        elif (q.kind == "money" and prev_row is not None and prev_row["metric"] == "investment_projects"
              and _PROJECTS_WORTH_RE.fullmatch(before)):
            # "... 5,300 valid projects worth a total of $78 billion": the investment in them
            f.metric, named, inherit = "direct_investment", True, prev_row
        if f.metric is None or (q.noun == _DEMONYM_NOUN and (not named or f.metric in ("population", "people"))):
            # "300,000 Malaysians commute ...": a count of people that nothing names; a count of
            # residents written only with a demonym ("230,000 Peruvians live in Chile") is left out
            # too: only a verb that names a measure ("employ 45,000 Vietnamese") makes one
            continue
        if not named and q.kind == "money" and not has_country:
            continue  # an amount that measures nothing named, between no countries ("damage of Rs 4bn")
        if q.kind == "count" and q.surface[:1].isalpha() and _THE_FEW_RE.search(text, max(0, q.start - 8), q.start):
            continue  # "the two companies", "both sessions": the things told of, not a count of them
        if q.kind == "money" and f.metric in _GENERIC_MONEY:
            continue  # "valued at $1.4 billion", "who spent $1.1 billion": money that no word names

        if f.metric == "meetings_held":
            subj = _meetings_owner(text, q) or subject
        elif f.metric == "participants" and subj is None:
            pm = _PARTICIPATED_RE.search(text[q.end :])
            if pm:
                subj = _WHICH_TAIL_RE.sub("", pm.group("n"))
        flow = None
        if f.metric not in ("exports", "imports") and _flow_verb_near(before[-40:]):
            fm = _ADJACENT_FLOW_RE.search(before[-60:])
            flow = fm.lastgroup if fm else None
        elif q.kind == "measure" and f.metric not in ("exports", "imports") and _SUPPLY_VERB_RE.search(before[-60:]):
            flow = "supply"  # "Nepal sells 40 MW to Bangladesh": a capacity that flows out
        frm, to = _direction(text, f, before, before_start, info, reporter, flow)
        share_of = (prev_row if prev_row is not None and prev_row["metric"] in ("exports", "imports")
                    and f.metric in ("exports", "imports") and "which" in before
                    and _SHARE_OF_FLOW_RE.search(before) else None)
        if share_of is not None:
            # "Imports from X accounted for $5.9 billion, of which rice shipments came to 3.2 million
            # tonnes": the part is of the same flow
            f.metric, frm, to = share_of["metric"], share_of["from_country_iso3"], share_of["to_country_iso3"]
        if frm is None and to is None and f.metric == "exports":
            # "Shipments reached 300,000 tonnes, making Peru the largest supplier of X to Chile" (not
            # imports: "imports reached ..., Russia the largest supplier" counts all suppliers)
            frm, to = _supplier_direction(text, info)
        if id(f) in respective:
            frm, to = respective[id(f)][1:]
        elif employer is not None:
            frm, to = employer
        if (f.metric == "exports" and q.kind == "measure" and frm is None and to is None
                and _SUPPLY_VERB_RE.search(before[-60:]) and _GRID_RE.search(after)):
            # "the plant supplied 8.4 billion kWh to the national grid": output, not an export
            found = _default_metric(q.kind, q.unit)
            if found:
                f.metric = found[0].metric
        if q.kind in ("money", "count") and ("thank" in text or "grat" in text or "apprec" in text):
            thanked = _thanked_giver(text, q, info)  # "thanked India for the rollover of US$ 50 million"
        else:
            thanked = None
        if f.metric in _FLOW_WORDS:
            frm, to = _money_direction(text, f, before, before_start, info)
            if frm is None and thanked:
                frm, to = thanked
            if frm is None and to is None and f.metric in ("loan", "grant") and q.kind == "money":
                frm, to = currency_lender(q.currency, info, text) or (None, None)  # "a loan worth 16.4 billion yen"
            if frm is None and f.metric in ("loan", "grant", "aid", "development_assistance") and _FROM_ORG_RE.match(
                    text, q.end) and not any(cs > q.end and cs - q.end < 12 for cs, _ce, _i, _k in info.countries):
                continue  # "received $3 billion from the IMF": money of an international lender
            if frm is None and subj:
                # the giver named as an institution of a country: "China Development Bank extended ..."
                frm = next((iso for cs, ce, iso, k in info.countries if k in _ACTOR_KINDS and iso != to
                            and text[cs:ce] in subj.split() + [subj]), None) if subj else None
                if frm is None and f.metric in ("loan", "grant", "aid", "development_assistance"):
                    continue  # a loan of an international lender ("The IMF approved a $1.5 billion loan")
        elif frm is None and to is None and q.kind == "count" and q.unit in ("people", "count"):
            frm, to = _people_direction(text, q, info)
        if frm is None and to is None and thanked and (f.metric in _SUPPORT_METRICS or q.unit == "count"):
            # (also things counted: "thanked Japan for the 120 buses", "for the 200 scholarships")
            frm, to = thanked
        if f.metric == "transit_trade" and frm is None and to is None:
            frm, to = _transit_direction(text, q, before_start, info)
        if frm is None and to is None and f.metric in _FOREIGN_SUBJECT_METRICS:
            frm, to = _foreign_subject_direction(text, q, info, default_host=f.metric == "projects_approved")
        if frm is None and to is None and q.kind == "count" and q.unit == "count":
            # "The Kuwait Fund for Arab Economic Development has financed 31 projects in Pakistan"
            frm, to = funder_org(text, q, info) or (None, None)
        if frm is None and to is None and f.metric in BENEFIT_METRICS and info.countries:
            frm, to = beneficiary_direction(text, q, info)  # "created 12,000 jobs for Ghanaians"
        if frm is None and to is None and q.kind == "count" and q.unit in ("people", "count") and info.countries:
            # no host named: people of one country of the pair are counted in the other one
            frm, to = _people_direction(text, q, info, default_host=True)
            if f.metric == "jobs_created":
                frm, to = to, frm  # "employ 10,000 Kenyans": jobs of Kenyans, given by the other country
        if f.metric == "debt":
            frm, to = _debt_direction(text, q, info)
        if f.metric == "remittances":
            # "Ugandan workers in Kenya remit", "remittances from Pakistanis in Italy": from where they work
            frm, to = remitter_direction(text, q, info) or (frm, to)
        if f.metric == "debt_swap" and frm is None and to is None:
            frm, to = swap_creditor(text, q, info) or (None, None)  # "Italy has converted €88 million of"
        if f.metric == "currency_swap" and frm is None and to is None:
            frm, to = swap_direction(q.unit, info)  # "a CNY 45 billion swap line": from China
        if f.metric in ("loan", "grant") and frm is None and to is None:
            frm = lending_institution(text, q, info)  # "the Italian Agency for Development Cooperation would sign a loan of"
        if f.metric in _PAIR_FLOWS and (frm is None) != (to is None):
            # "Remittances from Kuwait amounted to $310 million": home is the other country of the
            # pair; "China will provide a grant of 120 million yuan": the receiver is the other one
            frm, to = (frm, _other(info.dyad, frm)) if frm else (_other(info.dyad, to), to)
        if frm is None and to is None and rows and q.kind == "count" and rows[-1]["unit"] == q.unit \
                and _PART_OF_RE.search(before):
            # "600,000 Vietnamese living in Japan, including about 280,000 trainees": the same people
            frm, to = rows[-1]["from_country_iso3"], rows[-1]["to_country_iso3"]
        if frm is None and to is None and f.metric == "remittances" and rows and rows[-1]["unit"] == "people":
            # "home to 2.7 million Pakistani workers, whose remittances stood at $8.6 billion": the
            # money flows back from the host country to the workers' own
            frm, to = rows[-1]["to_country_iso3"], rows[-1]["from_country_iso3"]
        if f.metric == "projects" and _FLOW_WORDS["direct_investment"].search(text, *_clause_span(text, q)):
            # (in the figure's own clause: "X have invested $5 billion, and contractors have undertaken 540 projects")
            f.metric = "investment_projects"  # "registered capital of $78 billion in 5,600 projects"
        if frm is None and to is None and f.metric in ("companies", "jobs_created", "investment_projects") and rows \
                and rows[-1]["metric"] == "direct_investment":
            # "Saudi investments ... totalled $35 billion, spread over 7,400 companies"
            frm, to = rows[-1]["from_country_iso3"], rows[-1]["to_country_iso3"]
        if f.metric == "people_trained" and frm is not None and any(
                q.start <= cs and ce <= q.end and iso == frm for cs, ce, iso, _k in info.countries):
            # trainees go from the country that trains them to their own: "Japan has trained 3,000
            # Vietnamese officials" (the nationality in the figure is the receiving side)
            frm, to = to, frm
        if f.metric == "scholarships" and q.unit == "people" and frm is not None and any(
                q.start <= cs and ce <= q.end and iso == frm for cs, ce, iso, _k in info.countries):
            # scholarships go from the country that gives them to the students' own: "a scholarship
            # scheme for 500 Nepali students" (the nationality in the figure receives)
            frm, to = to, frm
        if frm is None and to is None and f.metric in _HOSTED_METRICS | {"projects"}:
            frm = source_country(text, q, info)  # "India is the largest source of FDI in the country, with ..."
        if frm is not None and to is None and f.metric in _HOSTED_METRICS | {"projects"}:
            to = pair_host(text, q, frm, info)  # (the other country of the pair, where no place is named)
        if q.kind == "count" and q.unit == "people" and f.metric in ("people", "persons"):
            home = community_direction(text, q, info)
            if home is not None:
                # "the Kenyan community in Uganda numbers around 40,000 people": the diaspora
                f.metric, (frm, to) = "diaspora", home
        if f.metric in _ORIGIN_NEEDED and frm is None:
            frm, to = source_of_people(text, q, info) or (frm, to)  # "Uganda was the source of 41,300 tourists"
        if f.metric in _ORIGIN_NEEDED and frm is None:
            continue  # "Thailand welcomed 35 million tourists": all arrivals, not a bilateral figure
        unit = "jobs" if f.metric == "jobs_created" and q.unit == "people" else q.unit
        scale = 1.0
        if f.metric in _METRIC_UNITS and unit == _METRIC_UNITS[f.metric][0]:
            unit, scale = _METRIC_UNITS[f.metric][1:]  # a storage capacity is told in MWh
        if inherit is not None and frm is None and to is None:
            frm, to = inherit["from_country_iso3"], inherit["to_country_iso3"]
        sign = 1.0
        if f.metric == "trade_balance" and frm is None and to is None:
            frm, to = _balance_direction(text, q, info)
            if frm is None:
                frm, to = adjective_balance(text, q, info) or (None, None)  # "a Chinese surplus of"
            if frm is None and to is None and _UNOWNED_DEFICIT_RE.search(before):
                sign = -1.0  # "the trade deficit in 2025-26 was USD 689.9 million": the reporter's, below zero
        if (q.kind == "measure" and q.unit in _TRADED_UNITS and f.metric not in ("exports", "imports")
                and frm is None and to is None):
            pair = _from_to_pair(text, q, f.phrase_end, info) or origin_to_pair(text, q, f.phrase_end, info)
            if pair:
                # "the link carried 6.2 TWh of electricity from Norway to Denmark": a flow between them
                f.metric, (frm, to) = "exports", pair
        elif q.unit == "MW" and frm is None and to is None:
            # "the supply of 1,160 MW of power from India to Bangladesh": a capacity that flows
            frm, to = _from_to_pair(text, q, f.phrase_end, info) or (None, None)
        if f.metric in ("exports", "imports") and (frm is None) != (to is None):
            frm, to = _pair_partner(rows, frm, to)
        if f.metric == "exports" and frm is None and to is None and q.unit == "kWh" and not _FLOW_WORD_RE.search(text):
            f.metric = "electricity_generated"  # "the plant has supplied 12 billion kWh": its output, no trade
        if f.metric == "exports" and frm:
            reporter = frm
        elif f.metric == "imports" and to:
            reporter = to
        cumulative = bool((perfect and _CUMULATIVE_RE.search(before))
                          or (so_far and _CUMULATIVE_AFTER_RE.match(text, q.end)))
        dinfo = info if f is not target_from else _dates_before(info, target_to.q.start)
        if "that" in text:
            dinfo = _without_that_clause_dates(text, q, dinfo)
        if ";" in text:
            dinfo = _without_next_clause_dates(text, q, dinfo)
        if info.reference is not None and len(quants) > 1:
            dinfo = _without_later_targets(q, quants, dinfo)
        if q.kind == "count" and _present_stock(text):
            dinfo = _without_earlier_clause_dates(text, q, dinfo)
        if (k + 1 < len(figs) and _ATTRIBUTIVE_RE.search(q.surface)
                and _VERB_BETWEEN_RE.search(text, q.end, figs[k + 1].q.start)):
            # "the 720-megawatt plant has supplied 12 billion kWh since ... 2022": a measure that
            # modifies a noun (the plant's size) takes no date told past the next figure
            dinfo = _dates_before(dinfo, figs[k + 1].q.start)
        base_at = _earlier_next(text, figs, k)
        dated = _dated(q, dinfo, cumulative, comparison, (before_start, f.phrase_end), base_at)
        fallback = None
        if dated and base_at is not None and not any(ds is not None and s < base_at for s, _e, ds, *_r in dinfo.dates):
            # "the deficit widened to $4 billion from $3.05 billion in FY25": the only date is the
            # earlier value's; this figure takes the period of its run, else that date
            fallback, dated = dated[0], None
        if info.reference is not None and any(
            qual == "as_of" and ds is not None and ds > info.reference and q.end <= ds_s < f.phrase_end
            for ds_s, _e, ds, _de, _p, qual in info.dates
        ):
            continue  # a target: "500 MW by 2030" in an article of 2025
        if not named and q.kind == "measure" and frm is None and to is None:
            output = project_output(text, q, before, info)  # "the project, operated by X of China, produced"
            if output is not None:
                f.metric, named = output, True
        if (not named and q.kind == "measure" and frm is None and to is None
                and len({c[2] for c in info.countries if c[3] in _ACTOR_KINDS}) < 2):
            # a measure that the lexicon cannot name, between no two countries: "Kenya produces
            # 2 million tonnes of tea a year" (counted nouns are listed as relationship measures)
            continue
        if len(info.dyad) == 2 and _third_country(text, q, before_start, frm, to, info):
            continue  # "Kenya's exports to Uganda", "China's trade with the US" in a China-Kenya article
        period = dated[0] if dated else None
        if period is not None and q.kind == "money" and q.currency:
            period = currency_fiscal_period(text, q, period, dinfo)  # "412.5 billion yen committed in FY2025"
        if f.metric == "loan" and loan_commitment(text, q.end):
            f.metric = "loan_commitment"
        if dated and dated[1] in ("as_of", "since"):
            facts["as_of"] = True
        rows.append(
            {
                "char_start": q.start,
                "char_end": q.end,
                "subject": subj,
                "metric": f.metric,
                "value": sign * float(q.value) * _units_count(text, q) * scale,
                "unit": unit,
                "period": period,
                "change_pct": f.change,
                "from_country_iso3": frm,
                "to_country_iso3": to,
                "cumulative": cumulative,
                "current": q.kind == "count" and _present_stock(text),
                "surface": q.surface,
            }
        )
        main = rows[-1]
        if fallback is not None:
            main["fallback_period"] = fallback
        elif period is None and f.metric in ("loan", "grant") and info.reference is not None and (
                _kept(q, before, live) or (not cumulative and (_SIGNING_RE.search(text) is not None
                                                              or _current(before, live)))):
            # "China will provide a grant of 120 million yuan": an instrument agreed now, without a
            # date of its own run, is of the year it is announced
            y = info.reference.year
            main["fallback_period"] = (_dt.date(y, 1, 1), _dt.date(y, 12, 31), "year")
        if not has_country:
            main["countryless"] = True  # (the document may tell whose figure it is)
        # (f.conversions, "7.4 billion pounds ($10.1 billion)": the same fact in another currency,
        # not a row of its own; the printed currency is kept)
        if q.kind in ("count", "measure"):
            bare = _bare_earlier(text, f, quants, info)
            if bare is not None:
                bq, period = bare
                rows.append(dict(main, char_start=bq.start, char_end=bq.end, value=float(bq.value), change_pct=None,
                                 period=period if period is not None else (
                                     None if main["period"] is None else _year_back_period(main["period"])),
                                 cumulative=False, surface=bq.surface))
    _fill_pair_partners(rows)
    facts["reporter"] = reporter
    facts["dyad"] = info.dyad
    # a new topic: "Separately, ...", or a country outside the document's pair
    facts["shift"] = bool(_SHIFT_RE.match(text)) or (
        len(info.dyad) == 2 and any(c[3] in _ACTOR_KINDS and c[2] not in info.dyad for c in info.countries)
    )
    periods = [r["period"] for r in rows if r["period"] is not None]
    facts["period"] = periods[0] if periods else None
    # "during the same period": the period of the figures told before (not a comparison base,
    # "up 18% over the same period last year")
    facts["same_period"] = bool(rows) and not periods and "same" in text and _SAME_PERIOD_RE.search(text) is not None
    return rows, facts


# an instrument signed or exchanged in the sentence: "witnessed the signing and exchange of Notes on
# a grant of ...", "signed a loan agreement worth ..." (its sum is of the year it is reported)
_SIGNING_RE = re.compile(r"(?i)\b(?:sign(?:s|ed|ing)?|inked|exchanged|exchange\s+of\s+notes)\b")
# "... 9,800 projects in Vietnam worth a total of $87 billion"
_PROJECTS_WORTH_RE = re.compile(r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?" + _WORTH_RE.pattern, re.I)
_FROM_ORG_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?[A-Z]")
# a count of a standing population told in the present tense: "more than 400 Chinese companies are
# operating in the country", "Turkish firms employ some 78,000 Egyptians", "3,800 students live in"
_PRESENT_STOCK_RE = re.compile(
    r"\b(?:are|is)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:operating|working|studying|living|active|"
    r"employed|enrolled|present|based|residing)\b|\b(?:operates?|employs?|live|resides?)\b"
)


@functools.lru_cache(maxsize=4096)
def _present_stock(text: str) -> bool:
    """Whether the sentence tells a standing count in the present tense (a current figure: it takes
    no period told in the sentences before); asked once per sentence, for each count in it."""
    return ("are " in text or "is " in text or "operate" in text or "employ" in text or "live" in text
            or "reside" in text) and _PRESENT_STOCK_RE.search(text) is not None


# a complement clause of its own after the figure: "..., Ms. Huong said, adding that the programme is
# worth A$95 million in 2026-27", "... 9,460 MW to Thailand, and that the bridge will open in 2027"
_THAT_CLAUSE_RE = re.compile(
    r"(?i),\s+(?:(?:and|but)\s+)?(?:(?:adding|noting|saying|stressing|recalling|explaining|announcing)\s+)?that\s"
)


def _without_that_clause_dates(text: str, q: Quantity, info: SentenceInfo) -> SentenceInfo:
    """``info`` without the dates of a "that" clause opened after the figure (", adding that ...",
    ", and that ..."): they date what that clause tells, not the figure."""
    m = _THAT_CLAUSE_RE.search(text, q.end)
    if m is None:
        return info
    kept = [d for d in info.dates if d[0] < m.start()]
    return info if len(kept) == len(info.dates) else replace(info, dates=kept)


def _without_next_clause_dates(text: str, q: Quantity, info: SentenceInfo) -> SentenceInfo:
    """``info`` without the dates past a semicolon after the figure ("widening the deficit to $4
    billion; the ministry will take the matter up in July"): they date the next clause."""
    cut = text.find(";", q.end)
    if cut < 0:
        return info
    kept = [d for d in info.dates if d[0] < cut]
    return info if len(kept) == len(info.dates) else replace(info, dates=kept)


def _without_later_targets(q: Quantity, quants: list[Quantity], info: SentenceInfo) -> SentenceInfo:
    """``info`` without a future "by" date told after another figure that follows this one ("Nepal
    sells 40 megawatts ..., and aims to raise exports to 500 megawatts by 2030"): the deadline of
    that nearer figure (a target), not the period of this one."""
    ref = info.reference
    kept = [d for d in info.dates
            if not (d[5] == "as_of" and d[2] is not None and d[2] > ref and d[0] >= q.end
                    and any(o is not q and o.kind != "percent" and q.end <= o.start < d[0] for o in quants))]
    return info if len(kept) == len(info.dates) else replace(info, dates=kept)


# the opening of a coordinated clause of its own: ", and 9 institutes are now operating", "; 40 firms"
_CLAUSE_OPEN_RE = re.compile(r"(?:,\s+(?:and|while|whereas|but)\s+|;\s+)")


def _without_earlier_clause_dates(text: str, q: Quantity, info: SentenceInfo) -> SentenceInfo:
    """``info`` without the dates of a clause before the figure's own when that clause tells a
    standing count in the present tense ("since 2015, 4,600 youths have been trained, and 9
    institutes are now operating in the country": 2015 dates the training, not the institutes)."""
    cut = None
    for m in _CLAUSE_OPEN_RE.finditer(text, 0, q.start):
        cut = m.end()
    if cut is None or _PRESENT_STOCK_RE.search(text, cut) is None:
        return info
    kept = [d for d in info.dates if d[0] >= cut]
    return info if len(kept) == len(info.dates) else replace(info, dates=kept)


_CODE_ORDINAL_RE = re.compile(r"[A-Z]{3}\s?\d{1,3}")
_THE_FEW_RE = re.compile(r"(?i)\b(?:the|these|those|both|all|its|their)\s+$")
# the names of an amount that nothing in the sentence names (no measure of the relationship)
_GENERIC_MONEY = frozenset({"amount", "value"})
_SAME_PERIOD_RE = re.compile(
    r"(?i)\b(?:during|in|over|for|within)\s+(?:the|that)\s+same\s+(?:period|months?|quarter|year|time(?:\s+frame)?)\b"
    r"(?![\s,]*(?:of|last|a\s+year|in|the\s+previous|\d))"
)
_SHIFT_RE = re.compile(r"\W*(?:separately|meanwhile|elsewhere|in (?:a )?separate|in other news|on another)\b", re.I)
