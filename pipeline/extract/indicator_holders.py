"""Who holds or sends what a figure measures when a nationality word tells it: people employed by
firms of a nationality (the passive of "employ"), a surplus or deficit owned by a nationality
adjective, and energy of one nationality carried to a named country.

Each function reads one figure of one sentence (offsets relative to the sentence) and returns a
(from, to) pair of ISO-3 codes, or None when its construction is not there.
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_patterns import _ACTOR_KINDS, _NAME_KINDS
from pipeline.extract.indicator_types import SentenceInfo, _other
from pipeline.extract.numbers import Quantity

_ADJ_KINDS = frozenset({"demonym", "adjective"})

# "11,000 Kyrgyz citizens (are) employed by Chinese enterprises", "workers hired by Turkish firms"
_EMPLOYED_BY_RE = re.compile(
    r"\s+(?:(?:who\s+)?(?:are|were|is|was|have\s+been|had\s+been|being)\s+)?(?:now\s+|currently\s+|also\s+)?"
    r"(?:employed|hired|recruited|engaged)\s+(?:(?:directly|locally)\s+)?by\s+(?:the\s+)?(?:some\s+|about\s+|over\s+)?"
    r"(?:[\d,]+\s+)?",
    re.I,
)
_EMPLOYER_NOUN_RE = re.compile(
    r"(?:-(?:owned|based|funded|backed|run|invested|financed))?\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?:companies|firms|enterprises|businesses|contractors|investors|factories|plants|corporations|"
    r"(?:joint\s+)?ventures|projects|employers|subsidiaries)\b",
    re.I,
)
_IN_RE = re.compile(r"[^.;]{0,60}?\bin\s+(?:the\s+)?$", re.I)


def employed_by(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str | None] | None:
    """(employer's country, host country) of people counted as employed by firms of a nationality
    ("about 8,000 Ugandan workers are employed by Kenyan companies"): jobs that the employer's
    country creates in the host, which is the nationality of the people counted, else a country
    named after "in" further on, else the other country of the document's pair."""
    m = _EMPLOYED_BY_RE.match(text, q.end)
    if m is None:
        return None
    origin = next((iso for s, e, iso, kind in info.countries
                   if s == m.end() and kind in _ADJ_KINDS and _EMPLOYER_NOUN_RE.match(text, e)), None)
    if origin is None:
        return None
    host = next((iso for s, e, iso, kind in info.countries
                 if q.start <= s and e <= q.end and kind in _ACTOR_KINDS and iso != origin), None)
    if host is None:
        host = next((iso for s, e, iso, kind in info.countries if s > m.end() and kind in _NAME_KINDS
                     and iso != origin and _IN_RE.fullmatch(text, m.end(), s)), None)
    if host is None and origin in info.dyad:
        host = _other(info.dyad, origin)
    return origin, host


# "a Chinese surplus of", "leaving a Turkish trade surplus of", "the Kenyan deficit with Egypt"
_ADJ_BALANCE_RE = re.compile(
    r"\s+(?:(?:trade|bilateral|merchandise|goods)\s+){0,2}(?P<kind>surplus|deficit)\b(?:\s+(?:of|with|at|was|is|stood|reached))",
    re.I,
)
_PARTNER_WITH_RE = re.compile(r"\s+(?:[\w-]+\s+){0,6}?(?:with|against|vis-[aà]-vis)\s+(?:the\s+)?$", re.I)


def adjective_balance(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str] | None:
    """(from, to) of a trade balance whose holder is a nationality adjective before it ("leaving a
    Chinese surplus of about $50 billion"): a surplus runs from its holder to the partner (named
    after "with", else the other country of the document's pair), a deficit the other way."""
    for s, e, iso, kind in info.countries:
        if e > q.start or kind not in _ADJ_KINDS:
            continue
        m = _ADJ_BALANCE_RE.match(text, e)
        if m is None or m.end() > q.start + 1 or q.start - m.end() > 40:
            continue
        partner = next((i for s2, _e2, i, k in info.countries if s2 >= m.end() and k in _NAME_KINDS and i != iso
                        and _PARTNER_WITH_RE.fullmatch(text, m.start("kind"), s2)), None) or _other(info.dyad, iso)
        if partner is None or partner == iso:
            return None
        return (iso, partner) if m.group("kind").lower() == "surplus" else (partner, iso)
    return None


# "1.3 billion kilowatt-hours of Egyptian electricity to Jordan"
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_ENERGY_TO_RE = re.compile(
    r"\s+(?:electricity|power|energy|hydropower|gas|natural\s+gas|oil|crude|LNG)\s+(?:[\w-]+\s+){0,3}?(?:to|into)\s+(?:the\s+)?",
    re.I,
)


def origin_to_pair(text: str, q: Quantity, phrase_end: int, info: SentenceInfo) -> tuple[str, str] | None:
    """(origin, destination) of energy told as "<figure> of <nationality> electricity (...) to
    <country>": the energy of one country carried to another."""
    m = _OF_RE.match(text, q.end)
    if m is None:
        return None
    for s, e, iso, kind in info.countries:
        if s != m.end() or kind not in _ADJ_KINDS:
            continue
        tm = _ENERGY_TO_RE.match(text, e)
        if tm is None or tm.end() > phrase_end + 40:
            return None
        dest = next((i for s2, _e2, i, k in info.countries if s2 == tm.end() and k in _NAME_KINDS), None)
        return (iso, dest) if dest is not None and dest != iso else None
    return None


# a development institution named after a country, as the subject of a verb of financing right
# before the figure: "The Kuwait Fund for Arab Economic Development has so far financed 31
# projects", "the Saudi Fund for Development (SFD) has funded", "Japan International Cooperation
# Agency has built"
_FUNDER_ORG_RE = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,3}?\s+(?:Fund|Bank|Agency|Corporation|Foundation|Institution)"
    r"(?:\s+(?:for|of)(?:\s+(?:[A-Z][\w&'’-]*|and|the))+)?(?:\s*\([A-Z][\w&-]*\))?"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:so\s+far|also|already|since\s+\d{4}|to\s+date)\s+)*"
    r"(?:financed|funded|co-financed|built|completed|implemented|supported|undertaken|carried\s+out)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|a\s+total\s+of)\s+)*$"
)
_FUNDED_HOST_RE = re.compile(r"[^.;]{0,60}?\bin\s+(?:the\s+)?$", re.I)


def funder_org(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str] | None:
    """(funder's country, host) of things counted that a national development institution financed
    ("The Kuwait Fund for Arab Economic Development has financed 31 projects in Pakistan"): the
    host is the country named after "in" further on, else the other country of the document's pair."""
    if "Fund" not in text and "Bank" not in text and "Agency" not in text and "Corporation" not in text \
            and "Foundation" not in text and "Institution" not in text:
        return None
    origin = next((iso for s, e, iso, kind in info.countries if e < q.start and kind in _ACTOR_KINDS
                   and q.start - e < 160 and _FUNDER_ORG_RE.fullmatch(text, e, q.start)), None)
    if origin is None:
        return None
    host = next((iso for s, e, iso, kind in info.countries if s > q.end and kind in _NAME_KINDS
                 and iso != origin and _FUNDED_HOST_RE.fullmatch(text, q.end, s)), None)
    if host is None and origin in info.dyad:
        host = _other(info.dyad, origin)
    return (origin, host) if host is not None else None


# people of one nationality living in another country, counted as its community there: "the
# Kenyan community in Uganda numbers around 40,000 people", "the Nepali diaspora in Qatar,
# estimated at 400,000 persons"
_COMMUNITY_RE = re.compile(
    r"\s+(?:(?:expatriate|migrant|overseas)\s+)?(?:community|communities|diaspora)\s+"
    r"(?:(?:living|residing|based|settled)\s+)?in\s+(?:the\s+)?",
    re.I,
)
# from the host's name to the figure: a verb of counting or an apposition, no new clause
_COMMUNITY_COUNT_RE = re.compile(
    r"(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:now|currently|still)\s+)?(?:numbers?|numbered|totals?|totall?ed|"
    r"is\s+estimated\s+at|was\s+estimated\s+at|estimated\s+at|put\s+at|of)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|approximately|an\s+estimated)\s+)*$",
    re.I,
)


def community_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str] | None:
    """(home, host) of people counted as a nationality's community in another country (the
    diaspora): the nationality before "community in", the host country right after it, and only
    a verb of counting or an apposition between the host and the figure."""
    if "ommunit" not in text and "iaspora" not in text:
        return None
    for s, e, iso, kind in info.countries:
        if e >= q.start or kind not in _ADJ_KINDS:
            continue
        m = _COMMUNITY_RE.match(text, e)
        if m is None:
            continue
        host = next(((i, e2) for s2, e2, i, k in info.countries if s2 == m.end() and k in _NAME_KINDS and i != iso),
                    None)
        if host is not None and _COMMUNITY_COUNT_RE.fullmatch(text, host[1], q.start):
            return iso, host[0]
    return None


# the senders of remittances named by their nationality and the country they work in: "Ugandan
# workers in Kenya remit about $90 million a year", "Nepali migrants working in Qatar sent home"
_REMITTERS_RE = re.compile(
    r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:workers|nationals|migrants|expatriates|labou?rers|diaspora|community)\s+"
    r"(?:(?:living|working|employed|based|residing)\s+)?in\s+(?:the\s+)?",
    re.I,
)

_PEOPLE_IN_RE = re.compile(r"\s+(?:(?:living|working|employed|based|residing)\s+)?in\s+(?:the\s+)?", re.I)


def remitter_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str] | None:
    """(host, home) of remittances sent by people of one nationality from the country they work in,
    both named before the figure: the money flows from the host country to their own."""
    for s, e, iso, kind in info.countries:
        if e >= q.start or kind not in _ADJ_KINDS:
            continue
        m = _REMITTERS_RE.match(text, e)
        if m is None and text[e - 1 : e] == "s" and text[s : s + 1].isupper():
            m = _PEOPLE_IN_RE.match(text, e)  # the people named by their plural demonym: "Pakistanis in Italy"
        if m is None:
            continue
        host = next((i for s2, _e2, i, k in info.countries if s2 == m.end() and k in _NAME_KINDS and i != iso), None)
        if host is not None:
            return host, iso
    return None


# a country as the source of the people counted: "Uganda was the source of 41,300 tourist arrivals
# to Kenya", "India remained the largest source of visitors to Nepal, with 310,000 arrivals" (first form)
_SOURCE_OF_RE = re.compile(
    r"(?:['’]s)?\s+(?:was|is|were|are|remained|remains|became|has\s+been)\s+(?:also\s+|again\s+|still\s+)?"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?source\s+of\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|roughly|an\s+estimated)\s+)*$",
    re.I,
)
_TO_HOST_RE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:to|in|into)\s+(?:the\s+)?", re.I)


def source_of_people(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str | None] | None:
    """(origin, host) of people counted as coming from a country called their source, the host
    named after "to"/"in" right after the figure (else the other country of the document's pair)."""
    if "source" not in text:
        return None
    origin = next((iso for s, e, iso, kind in info.countries if e < q.start and kind in _NAME_KINDS
                   and _SOURCE_OF_RE.fullmatch(text, e, q.start)), None)
    if origin is None:
        return None
    host = next((iso for s, e, iso, kind in info.countries if s >= q.end and kind in _NAME_KINDS
                 and iso != origin and _TO_HOST_RE.fullmatch(text, q.end, s)), None)
    if host is None and origin in info.dyad:
        host = _other(info.dyad, origin)
    return origin, host


# a lending institution named by its nationality: "the Italian Agency for Development Cooperation",
# "Japan's development bank", "the Export-Import Bank of India", "Korea Eximbank"
_INSTITUTION = (r"(?:Agency|Bank|Eximbank|Exim\s+Bank|Fund|Government|Ministry|Treasury|Corporation|"
                r"Development\s+(?:Bank|Agency|Fund|Corporation|Cooperation))")
_INSTITUTION_AFTER_RE = re.compile(rf"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){{0,3}}?{_INSTITUTION}\b")
# a capital standing for its government as the giver: "Beijing will provide a grant of"
_GIVES_RE = re.compile(
    r"\s+(?:(?:will|would|shall|has|have|had|is\s+to|agreed\s+to|also)\s+)*"
    r"(?:provide[sd]?|extend(?:s|ed)?|give[sn]?|gave|offer(?:s|ed)?|grant(?:s|ed)?|disburse[sd]?|lend|lent|approve[sd]?|"
    r"pledge[sd]?|promise[sd]?|commit(?:s|ted)?|announce[sd]?)\b"
)
_INSTITUTION_OF_RE = re.compile(rf"\b{_INSTITUTION}\s+of\s+(?:the\s+)?$")
# a verb of receiving between the institution and the figure: "Nepal's Finance Ministry will receive a
# grant of", "the Government of Nepal secured a loan of" (the institution is the borrower)
_RECEIVES_RE = re.compile(
    r"\b(?:receiv(?:e[sd]?|ing)|secur(?:e[sd]?|ing)|obtain(?:s|ed|ing)?|get|gets|got|getting|borrow(?:s|ed|ing)?|"
    r"seek(?:s|ing)?|sought|request(?:s|ed|ing)?|accept(?:s|ed|ing)?|won|wins|win)\b",
    re.I,
)


def lending_institution(text: str, q: Quantity, info: SentenceInfo) -> str | None:
    """The country of the lending institution named before a loan or grant figure (or of its
    capital as the subject of the giving verb), when it is one of the document's pair and no other
    country of the pair is named before the figure."""
    found = [iso for s, e, iso, kind in info.countries
             if e <= q.start and iso in info.dyad
             and (_INSTITUTION_AFTER_RE.match(text, e) or _INSTITUTION_OF_RE.search(text, max(0, s - 40), s)
                  or (kind == "capital" and _GIVES_RE.match(text, e)))
             and not _RECEIVES_RE.search(text, e, q.start)]
    named = {iso for s, e, iso, kind in info.countries if e <= q.start and kind in _ACTOR_KINDS}
    if len(set(found)) == 1 and named <= set(found):
        return found[0]
    return None


# a country called the source of what the sentence then measures: "India is the fifth-largest source
# of foreign direct investment in the country, with 660 projects worth $3.95 billion"
_SOURCE_OF_ANY_RE = re.compile(
    r"(?:['’]s)?\s+(?:was|is|were|are|remained|remains|became|has\s+been)\s+(?:also\s+|again\s+|still\s+|now\s+)?"
    r"(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}?source\s+of\b",
    re.I,
)


def source_country(text: str, q: Quantity, info: SentenceInfo) -> str | None:
    """The country named before the figure as the source of what the sentence measures (no other
    country named between it and the figure), else None."""
    if "source" not in text:
        return None
    hit = None
    for s, e, iso, kind in info.countries:
        if e > q.start or kind not in _ACTOR_KINDS:
            continue
        if iso in info.dyad and kind in _NAME_KINDS and _SOURCE_OF_ANY_RE.match(text, e):
            hit = iso
        elif hit is not None and iso != hit:
            return None  # another country after the source: "India is a source of ..., but Kenya ..."
    return hit


# the creditor of a debt swap as the subject of its verb: "Italy has converted €88 million of Pakistan's debt"
_CONVERTS_RE = re.compile(r"\s+(?:(?:has|have|had|also|already)\s+)*(?:converted|swapped|exchanged|turned)\b", re.I)


def swap_creditor(text: str, q: Quantity, info: SentenceInfo) -> tuple[str, str | None] | None:
    """(creditor, debtor) of a debt swap whose creditor is the subject of "converted" before the
    figure (the debtor: the other country of the document's pair), else None."""
    for s, e, iso, kind in reversed(info.countries):
        if e <= q.start and kind in _ACTOR_KINDS and _CONVERTS_RE.match(text, e):
            return iso, _other(info.dyad, iso) if iso in info.dyad else None
    return None
