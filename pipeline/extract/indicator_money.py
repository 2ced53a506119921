"""The direction of money an indicator figure measures: investment, loans and aid, from the giver
to the receiver.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.indicator_patterns import (
    _ACTOR_KINDS, _ANAPHOR_NOUN, _IN_THE_ANAPHOR_RE, _INVEST_OWNER_GAP_RE, _NAME_KINDS, adjectival,
    owner_before,
)
from pipeline.extract.indicator_types import SentenceInfo, _Fig, _other

_FLOW_WORDS = {
    "direct_investment": re.compile(
        r"(?i)\b(?:(?:re)?invest(?:ment|ments|ed|ing|s)?|fdi|investors?|capital|committed|pledged|poured)\b"
    ),
    "loan": re.compile(r"(?i)\b(?:loans?|credits?|lent|lending|financing)\b"),
    "grant": re.compile(r"(?i)\b(?:grants?|granted)\b"),
    "aid": re.compile(r"(?i)\b(?:aid|grants?|assistance|donations?|donated)\b"),
    "remittances": re.compile(r"(?i)\b(?:remittances?|remitted)\b"),
    # money given without a named instrument: "Uganda has so far contributed Shs254 billion to the project"
    "funding": re.compile(
        r"(?i)\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|contribut(?:e|es|ed|ing|ions?)|provided|disbursed|"
        r"allocated|earmarked|channell?ed)\b"
    ),
    # money one country places in the other's central bank: "rolled over its $3 billion deposit with ..."
    "deposit": re.compile(r"(?i)\b(?:deposits?|deposited|depositing)\b"),
    "development_assistance": re.compile(
        r"(?i)\b(?:commit(?:s|ted|ting|ments?)|pledg(?:e|es|ed|ing)|ODA|development(?=\s+(?:partnership|assistance|"
        r"cooperation|(?:aid\s+)?programmes?|(?:aid\s+)?programs?)))\b"
    ),
}
# money lent or given by one country to another
_LENT_METRICS = ("loan", "grant", "aid", "development_assistance", "deposit", "funding")
# a promise to invest ("had pledged in 2024 to invest $3bn in Pakistan") runs like an investment
_FLOW_WORDS["investment_pledged"] = _FLOW_WORDS["direct_investment"]
# a country giving the money as the subject: "Japan also provided 120 billion yen in loans to ..."
_GIVER_RE = re.compile(
    r"(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|so\s+far\s+|already\s+)?"
    r"(?:provided|extended|gave|given|granted|pledged|disbursed|offered|committed|invested|lent|donated|contributed|"
    r"announced|approved|rolled\s+over|rolls\s+over|refinanced|deposited|released|sanctioned|allocated)\b"
    # the giving verb after a day and a signed or agreed undertaking: "Japan on Tuesday signed agreements
    # to provide a loan of ...", "Korea last week agreed to extend", "France will lend"
    r"|,?\s+(?:(?:on|last|this|earlier\s+this|on\s+the)\s+[\w-]+(?:\s+\d{1,2})?,?\s+|today,?\s+|yesterday,?\s+)?"
    r"(?:(?:has\s+|have\s+|had\s+)?(?:signed|inked|concluded)\s+(?:an?\s+|two\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|accords?|notes|documents?)\s+to|(?:has\s+|have\s+|had\s+)?(?:agreed|decided|pledged|"
    r"promised|offered|undertaken|undertook)\s+to|will|would|is\s+(?:set\s+)?to)\s+(?:also\s+)?"
    r"(?:provide|extend|give|grant|lend|offer|disburse|donate)\b",
    re.I,
)
_AID_HEAD_RE = re.compile(r"\s+(?:aid|assistance)\b", re.I)
_INTO_RE = re.compile(r"\s+(?:in|into|to|towards?)\s+(?:the\s+)?", re.I)
_OUT_OF_RE = re.compile(r"\s+from\s+(?:the\s+)?", re.I)
_COUNTRY_ANAPHOR_RE = re.compile(_ANAPHOR_NOUN, re.I)
# the destination further on: "committed Rs 12,500 crore to projects in the UAE's free zones"
_DEST_GAP_RE = re.compile(
    r"(?:\s+(?:over|within|during|for)\s+(?:the\s+next\s+|the\s+coming\s+)?(?:[\w-]+\s+)?(?:years?|months?|decades?))?"
    r"\s+(?:in|into|to|towards?)\s+(?:[a-z][\w-]*\s+){0,6}?(?:(?:in|into)\s+)?(?:the\s+)?", re.I)
# a country named as the source of the money: "The UAE was the fourth-largest source of foreign direct
# investment into India", "Japan remains the top investor in Viet Nam"
_SOURCE_SUBJECT_RE = re.compile(
    r"(?:['’]s)?\s+(?:is|was|has\s+been|have\s+been|has\s+become|have\s+become|remains|remained|became|becomes|"
    r"ranks|ranked)\s+"
    r"(?:also\s+|now\s+|still\s+|again\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,10}?"
    r"(?:sources?|investors?|lenders?|donors?|providers?|creditors?|financiers?|development\s+partners?)\b",
    re.I,
)
# the investor's nationality on its companies: "Vietnamese enterprises had 240 projects ..."
# (up to two modifiers between: "Chinese mainland investors", "Turkish construction firms")
_INVESTOR_NOUN_RE = re.compile(
    r"\s+(?:(?!(?:and|or|of|in|to|the|with|from|for|by|at|as)\s)(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?:companies|enterprises|firms|businesses|investors|corporations|"
    r"conglomerates|banks)\b",
    re.I,
)


def _money_direction(text: str, fig: _Fig, before: str, before_start: int,
                     info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of an investment, a loan or aid: the owner before the flow word ("Japanese
    foreign direct investment", "Indian companies invested", "China's investment"), the giver
    as subject ("Japan provided ... in loans") or "from <country>", and "in/into/to <country>"
    after the word or after the figure ("invested Tk 4,750 crore in Bangladesh"); "in the
    country" is the other country of the document's pair."""
    q = fig.q
    word = _FLOW_WORDS[fig.metric]
    ms = list(word.finditer(before))
    if len(ms) > 1 and any(_in_name(before, m) for m in ms):
        # "China's investment ... approved by the Malaysian Investment Development Authority": a
        # flow word in an institution's name names no flow (one outside the name does)
        ms = [m for m in ms if not _in_name(before, m)] or ms
    if ms:
        w_start, w_end = before_start + ms[-1].start(), before_start + ms[-1].end()
        if len(ms) > 1 and before[ms[-1].start() - 1 : ms[-1].start()] == "(":
            # an acronym in brackets after the words: "foreign direct investment (FDI) in Mexico"
            close = text.find(")", w_end, w_end + 3)
            if close >= 0:
                w_start, w_end = before_start + ms[-2].start(), close + 1
    else:
        m = word.search(text, q.end, fig.phrase_end)
        if m is None:
            return None, None
        w_start, w_end = m.span()
    if fig.metric in _LENT_METRICS:
        # the head noun of a compound: "grant aid to Laos", "loan assistance to Sri Lanka" (the
        # receiver follows the whole compound)
        hm = _AID_HEAD_RE.match(text, w_end)
        if hm:
            w_end = hm.end()
    actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
    owner = owner_before(text, actors, w_start)
    receiver = _dative_receiver(text, actors, owner, w_start)
    if receiver is not None:
        # "China granted Zambia a loan of $500 million": the country after the verb receives
        owner, receiver = receiver
        return (owner, receiver) if owner != receiver else (None, None)
    if owner is None:
        for s, e, iso, kind in actors:
            if e <= q.start and kind in _NAME_KINDS and _GIVER_RE.match(text, e):
                owner = iso
    source_to = None
    if owner is None:
        for s, e, iso, kind in actors:
            sm = _SOURCE_SUBJECT_RE.match(text, e) if e <= w_start else None
            if sm:
                owner = iso  # "The UAE was ... the fourth-largest source of FDI into India"
                # "Japan remains Bangladesh's largest development partner": the receiver
                source_to = next((i for s2, e2, i, _k in actors if e < s2 and e2 <= sm.end() and i != iso), None)
                if source_to is None:  # "France remains the leading foreign investor in Morocco"
                    im = _INTO_RE.match(text, sm.end())
                    source_to = next((i for s2, _e2, i, _k in actors if im and s2 == im.end() and i != iso), None)
    if owner is None and fig.metric == "investment_pledged":
        # the subject of the promise: "Qatar's sovereign wealth fund had pledged in 2024 to invest"
        pm = None
        for pm in _PLEDGE_RE.finditer(text, 0, w_start):
            pass
        if pm is not None:
            owner = next((iso for s, e, iso, _k in reversed(actors) if e <= pm.start()
                          and _PLEDGER_GAP_RE.fullmatch(text, e, pm.start())), None)
    if owner is None:
        for s, e, iso, kind in actors:
            if e <= q.start and (kind not in _NAME_KINDS or adjectival(text, s, e, kind)) and _INVESTOR_NOUN_RE.match(text, e):
                owner = iso  # "Vietnamese enterprises had ... registered capital of $5.6 billion"
    to = frm = None
    anaphor = False
    inflows = _INFLOWS_RE.match(text, w_end)
    if inflows:
        w_end = inflows.end()  # "FDI inflows from Kenya", "investment inflows into Laos"
    positions = [w_end, q.end]
    for pos in positions:  # (grows: "from Qatar into Oman" goes on after "Qatar")
        for rx, is_to in ((_INTO_RE, True), (_OUT_OF_RE, False)):
            m = rx.match(text, pos)
            if m is None:
                continue
            hit = next(((iso, e) for s, e, iso, _k in actors if s == m.end()), None)
            if hit is None:
                anaphor = anaphor or (is_to and _COUNTRY_ANAPHOR_RE.match(text, m.end()) is not None)
                continue
            if is_to and to is None:
                to = hit[0]
            elif not is_to and frm is None:
                frm = hit[0]
            if len(positions) < 4:
                positions.append(hit[1])
    if frm is None and owner is None and to is not None:
        # an organisation of a nationality as the investor: "the Saudi Public Investment Fund
        # announced that it would invest $5 billion in Egypt"
        for s, e, iso, kind in actors:
            if s < w_start and kind in ("demonym", "adjective") and iso != to and _ORG_AFTER_RE.match(text, e):
                owner = iso
                break
    if owner is not None and to is None and inflows:
        to, owner = owner, None  # "Uganda's FDI inflows": the owner of inflows receives them
    frm = frm or owner
    if to is None and source_to is not None and frm == owner:
        to = source_to
    if to is None and fig.metric == "direct_investment":
        # the host as the subject: "Ghana attracted $1.1 billion of Turkish investment"
        to = next((iso for s, e, iso, kind in actors if e <= q.start and kind in _NAME_KINDS and iso != frm
                   and _RECEIVER_RE.match(text, e, q.start)), None)
    if to is None:
        # further on in the figure's phrase: "... to projects in the UAE's free zones"
        for s, e, iso, _k in actors:
            if q.end <= s < fig.phrase_end and iso != frm and _DEST_GAP_RE.fullmatch(text, q.end, s):
                to = iso
                break
    if to is None and frm and not anaphor:
        # "in the country" before the figure: "had 240 projects in the country with capital of $5.6bn"
        anaphor = _IN_THE_ANAPHOR_RE.search(text, 0, q.start) is not None
    if to is None and anaphor and frm:
        to = _other(info.dyad, frm)
    if to is None and frm and len(info.dyad) == 2:
        # the other country of the pair as the place of the investors' business elsewhere in the
        # sentence: "Thai firms operating in Laos ..., with total investments of $2 billion"
        for s, e, iso, kind in actors:
            if kind in _NAME_KINDS and iso != frm and iso in info.dyad and _IN_PLACE_RE.search(text, max(0, s - 12), s):
                to = iso
                break
    if to is None and frm and fig.metric in _LENT_METRICS and len(info.dyad) == 2:
        # a loan or a grant of one country of the pair in a sentence naming the other (or one of
        # its places): "a Japanese ODA loan ... for the Hanoi Urban Railway Line 2"; naming no
        # receiver at all: "India has extended grant assistance of Rs 1,500 crore for 65 projects"
        other = _other(info.dyad, frm)
        if any(iso == other for _s, _e, iso, _k in info.countries) or (
                frm in info.dyad and not _OTHER_RECEIVER_RE.search(text, q.end)):
            to = other
    if frm == to:
        return None, None
    return frm, to


_NAME_WORD_AFTER_RE = re.compile(r"\s+(?:(?:of|for|and|&)\s+)?[A-Z][a-z]")
_NAME_WORD_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’-]*|\bof|\bfor|&)\s+$")


def _in_name(text: str, m: re.Match) -> bool:
    """The flow word ``m`` is a capitalised word of a proper name ("Board of Investment", "Malaysian
    Investment Development Authority"), not an acronym ("FDI") nor a word opening the text."""
    w = m.group()
    if not w[:1].isupper() or w.isupper() or not text[: m.start()].strip():
        return False
    return bool(_NAME_WORD_AFTER_RE.match(text, m.end())) or bool(
        _NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()))


# a verb of giving with its receiver right after it: "China granted Zambia a loan", "Japan has
# offered Laos grants of"
_DATIVE_VERB_RE = re.compile(
    r"\b(?:gave|given|gives|give|granted|grants|grant|offered|offers|offer|extended|extends|lent|lends|"
    r"provided|provides|sent|sends|promised|promises|pledged|pledges|handed)\s+$"
)
_DATIVE_SUBJECT_GAP_RE = re.compile(
    r"(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:also\s+|already\s+|so\s+far\s+)?"
)


def _dative_receiver(text: str, actors: list, owner: str | None, pos: int) -> tuple[str, str] | None:
    """(giver, receiver) of money told with a double object before its flow word ("China granted
    Zambia a loan of $500 million"): the country named before the verb gives, the one right after
    the verb (read as the owner of the flow word) receives."""
    if owner is None:
        return None
    for i, (s, e, iso, kind) in enumerate(actors):
        if iso != owner or e > pos or not _INVEST_OWNER_GAP_RE.fullmatch(text, e, pos):
            continue
        vm = _DATIVE_VERB_RE.search(text, max(0, s - 24), s)
        if vm is None:
            return None
        giver = next((c[2] for c in reversed(actors[:i]) if c[3] in _NAME_KINDS
                      and _DATIVE_SUBJECT_GAP_RE.fullmatch(text, c[1], vm.start())), None)
        return (giver, iso) if giver is not None and giver != iso else None
    return None


_INFLOWS_RE = re.compile(r"(?:\s+\([A-Z]+\))?(?:\s+equity)?\s+inflows?\b", re.I)
_RECEIVER_RE = re.compile(
    r"(?:['’]s\s+government)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|so\s+far\s+|already\s+)?"
    r"(?:attracted|attracts|received|receives|drew|draws|secured|secures|absorbed|absorbs|obtained)\s+"
    r"(?:(?:about|around|nearly|some|over|more\s+than|almost|a\s+total\s+of|a\s+record)\s+)*$",
    re.I,
)
_ORG_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w&'’-]*){1,5}\s+(?:Fund|Bank|Corporation|Company|Group|Authority|Agency|Holdings?)\b")
_IN_PLACE_RE = re.compile(r"\b(?:in|into)\s+(?:the\s+)?$")
# a receiver that is no country of the pair: "to African countries", "to the IMF", "for Kenya"
_OTHER_RECEIVER_RE = re.compile(r"\b(?:to|for|into)\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}(?:countries|nations|states|economies)\b)")
_PLEDGE_RE = re.compile(r"(?i)\b(?:pledged|pledges|promised|promises|vowed|offered|undertook|undertaken)\b")
# a pledging subject: "Qatar's sovereign wealth fund had", "Japanese companies have"
_PLEDGER_GAP_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|in|into|to|from|for|by|at|as)\s)(?:[a-z][\w-]*|[A-Z][a-zA-Z-]*)\s+){0,5}"
)


# thanks for support: "President Rasheed thanked India for the rollover of ...", "expressed gratitude to
# Japan for its grant of ...", "appreciated China's assistance of ..."
_THANKS_RE = re.compile(
    r"(?i)\b(?:thank(?:s|ed|ing)?|(?:grateful|gratitude|thankful|appreciation)\s+to|appreciat(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?(?:(?:government|people|leadership)\s+(?:of\s+)?(?:the\s+)?)?$"
)
_THANKS_FOR_RE = re.compile(r"(?i)(?:['’]s\s+|\s+for\s+)")


def _thanked_giver(text: str, q, info: SentenceInfo) -> tuple[str, str] | None:
    """(giver, receiver) of support for which a country is thanked before the figure: the country
    thanked gives, the other country of the document's pair receives ("President Rasheed thanked
    India for the rollover of US$ 50 million in Treasury Bills")."""
    if len(info.dyad) != 2:
        return None
    for s, e, iso, kind in info.countries:
        if e > q.start:
            break
        if kind not in _NAME_KINDS or iso not in info.dyad or not _THANKS_RE.search(text, max(0, s - 60), s):
            continue
        tail = text[e : q.start]
        if _THANKS_FOR_RE.match(tail) and "." not in tail and ";" not in tail:
            return iso, _other(info.dyad, iso)
    return None


_TRANSIT_WORD_RE = re.compile(r"(?i)\btransit\s+trade\b")
_THROUGH_RE = re.compile(r"(?i)\s+(?:through|via|across)\s+(?:the\s+)?")


def _transit_direction(text: str, q, before_start: int, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(owner, transit country) of transit trade: "Afghan transit trade through Pakistan" (the
    trade of a landlocked country carried through its neighbour; one side named: the other of the
    pair)."""
    ms = list(_TRANSIT_WORD_RE.finditer(text, 0, q.start))
    if not ms:
        return None, None
    w = ms[-1]
    actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
    owner = owner_before(text, actors, w.start())
    via = None
    for pos in (w.end(), q.end):
        m = _THROUGH_RE.match(text, pos)
        if m:
            via = next((iso for s, e, iso, _k in actors if s == m.end() and iso != owner), None)
            if via:
                break
    if owner and via is None:
        via = _other(info.dyad, owner)
    elif via and owner is None:
        owner = _other(info.dyad, via)
    return (owner, via) if owner != via else (None, None)


# currencies that finance between third countries as well (a dollar or euro loan names no lender)
_VEHICLE_CURRENCIES = frozenset({"USD", "EUR"})


@functools.cache
def _currency_codes() -> frozenset[str]:
    from pipeline.lexicons import read_lexicon

    return frozenset(c for c in read_lexicon("currencies")["iso_code"].to_list() if c)


def is_currency(unit: str | None) -> bool:
    """Whether an indicator unit is a currency (an ISO 4217 code of ``currencies.csv``)."""
    return unit in _currency_codes()


@functools.cache
def _currency_countries() -> dict[str, frozenset[str]]:
    """ISO 4217 code -> the countries whose currency it is (``currencies.csv``)."""
    from pipeline.lexicons import read_lexicon

    cur = read_lexicon("currencies")
    found: dict[str, set[str]] = {}
    for code, iso in zip(cur["iso_code"].to_list(), cur["country_iso3"].to_list()):
        if code and iso:
            found.setdefault(code, set()).add(iso)
    return {k: frozenset(v) for k, v in found.items()}


def currency_lender(currency: str | None, info: SentenceInfo, text: str = "") -> tuple[str, str] | None:
    """(lender, borrower) of a loan or grant whose giver the sentence does not name, from its
    currency: a sum in the own currency of one country of the document's pair is lent or given by
    that country to the other, named in the sentence ("a loan agreement worth 16.4 billion yen for
    a road in Pokhara" in a Japan-Nepal release, "will provide 130 billion won for a hospital in
    Uzbekistan").  Dollars and euros name no one."""
    issuer = _pair_issuer(currency, info)
    if issuer is None:
        return None
    other = _other(info.dyad, issuer)
    # (the receiver must be named in the sentence, by name or by a place of it: "a hospital in
    # Colombo"; "a Rs 30 billion loan for the Karachi railway" in a China-Pakistan story is a
    # local loan of Pakistan's, no loan between the two)
    if not any(iso == other for _s, _e, iso, _k in info.countries):
        return None
    # ("a loan of 25 billion yen from the Asian Development Bank", "a World Bank loan of ...": an
    # international lender named in the sentence is the giver, whatever the currency; a national
    # fund or bank, "the Economic Development Cooperation Fund", lends its own country's money)
    if text and _international_bodies().search(text):
        return None
    return issuer, other


def _pair_issuer(currency: str | None, info: SentenceInfo) -> str | None:
    """The one country of the document's pair whose own currency ``currency`` is (None for dollars,
    euros, a third country's money, or a currency both share)."""
    if not currency or currency in _VEHICLE_CURRENCIES or len(info.dyad) != 2:
        return None
    own = [iso for iso in info.dyad if iso in _currency_countries().get(currency, ())]
    return own[0] if len(own) == 1 else None


@functools.cache
def _international_bodies() -> re.Pattern:
    """Any international organisation of ``organizations.csv`` (kind ``international``: the World
    Bank, the ADB, the IMF …) as a whole word."""
    from pipeline.lexicons import read_lexicon

    orgs = read_lexicon("organizations")
    names = orgs.filter(orgs["kind"] == "international")["surface"].drop_nulls().to_list()
    alts = sorted({re.escape(n).replace("'", "['’]") for n in names}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")(?!\w)") if alts else re.compile(r"(?!x)x")


# a one-year fiscal label: "FY2025", "FY 25", "fiscal year 2025", "fiscal 2025"
_FY_LABEL_RE = re.compile(r"(?i)(?:the\s+)?(?:FY\s?['’]?(?P<a>\d{4}|\d{2})|fiscal(?:\s+year)?\s+(?P<b>\d{4}))")


def currency_fiscal_period(text: str, q, period: tuple, info: SentenceInfo) -> tuple:
    """``period`` of a sum in the own currency of one country of the pair, when it was read from a
    one-year fiscal label that names no country ("yen loans totalling 412.5 billion yen committed
    in FY2025" in an India-Japan statement): the fiscal year of the country whose money it is
    (Japan's FY2025 starts in April 2025), not the one of the document's main country."""
    from pipeline.extract.dates_fiscal import attached_country, fiscal_rule
    from pipeline.extract.dates_values import fiscal_value

    issuer = _pair_issuer(q.currency, info) if period[2] == "month" else None
    if issuer is None:
        return period
    for s, e, ds, de, _prec, _qual in info.dates:
        if (ds, de) != (period[0], period[1]):
            continue
        m = _FY_LABEL_RE.fullmatch(text, s, e)
        if m is None or attached_country(text, s) is not None:
            return period
        rule = fiscal_rule(issuer)
        if rule.start_month == 1:
            return period
        label = m.group("a") or m.group("b")
        year = int(label) if len(label) == 4 else 2000 + int(label)
        fy = fiscal_value(year + 1 if rule.label_by_start else year, rule.start_month)
        return (fy.start, fy.end, fy.precision)
    return period


def loan_commitment(text: str, end: int) -> bool:
    """A loan sum told as committed right after it ("yen loans totalling 412.5 billion yen
    committed in FY2025"): a commitment, not a signed or disbursed loan."""
    return _COMMITTED_AFTER_RE.match(text, end) is not None


_COMMITTED_AFTER_RE = re.compile(r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?committed\b", re.I)
