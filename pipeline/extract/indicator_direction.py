"""The direction of an indicator figure between two countries: trade and other flows (active and
passive), people, balances, figures given "respectively", foreign companies and debts.
"""

from __future__ import annotations

import re

from pipeline.extract.indicator_patterns import (
    _ACTOR_KINDS, _ANAPHOR_NOUN, _IN_THE_ANAPHOR_RE, _NAME_KINDS, _PHRASE_END_RE, adjectival, owner_before,
)
from pipeline.extract.indicator_types import SentenceInfo, _Fig, _other
from pipeline.extract.indicator_pair_host import pair_host
from pipeline.extract.numbers import Quantity

_PARTNER_ANAPHOR_RE = re.compile(rf"(?i)\s+(?:\w+\s+){{0,2}}?(?:to|from)\s+(?:the|its|their)\s+{_ANAPHOR_NOUN}")
_FLOW_WORD_RE = re.compile(r"(?i)\b(?:exports?|exported|imports?|imported|shipments?|shipped|shipping|sales|purchases|purchased|buys|bought)\b")
_SUPPLY_WORD_RE = re.compile(r"(?i)\b(?:sells?|sold|selling|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|transmit(?:s|ted|ting)?)\b")
_HOST_VERB_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:received|receives|welcomed|welcomes|attracted|attracts|hosted|hosts|"
    r"(?:is|was|remains)\s+(?:also\s+|now\s+|still\s+)?home\s+to)\s+(?:(?:about|around|nearly|some|over|more\s+than|almost|an\s+estimated|"
    r"a\s+record)\s+)*",
    re.I,
)
_ORIGIN_AFTER_RE = re.compile(r"\s+of\s+$")
_ORIGIN_NOUN_RE = re.compile(r"\s+(?:origin|descent|nationality|background)\b", re.I)
_RESIDENCE_GAP_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|at|visit|visits|visited|visiting|toured|travell?ed\s+to|came\s+to|arrived\s+in)\s+(?:the\s+)?"
)
_FROM_ORIGIN_RE = re.compile(r"\s+from\s+(?:the\s+)?")
# a subject of one nationality working in another country: "Italian companies operate in Tunisia,
# employing 70,000 people", "Chinese firms have built 1,300 km of roads in Sri Lanka"
_FOREIGN_SUBJECT_RE = re.compile(
    r"(?:-(?:owned|based|funded|backed|run|invested|financed|affiliated|registered|controlled|operated|managed)"
    r"\s+(?:[a-z][\w-]*,?\s+(?:(?:and|or)\s+)?){0,4}?"
    r"|\s+(?:(?!(?:and|or|of|in|to|the|with|from|for|by|at|as)\s)(?-i:[a-z])[\w-]*\s+){0,2}?)"
    r"(?:companies|firms|enterprises|businesses|contractors|investors|mines|mining\s+companies|banks|"
    r"manufacturers|developers|factories|plants|corporations|(?:joint\s+)?ventures|projects)\b",
    re.I,
)
_HOST_IN_RE = re.compile(r"\s+in\s+(?:the\s+)?$")
_OWNER_GAP_RE = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}")
_GLOSS_RE = re.compile(r"\s*\([^()]{1,24}\)")
_OF_ORIGIN_RE = re.compile(r"\s+of\s+(?:the\s+)?")
# a part of the partner country before its name: "to northern Sudan", "from south-eastern Kenya"
# (lower case only: "to South Sudan", "from North Macedonia" name countries)
_REGION = r"(?-i:(?:northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)(?:ern)?)\s+)?"
_PARTNER_AFTER_RE = {
    prep: re.compile(rf"(?i)\s+(?:[\w-]+\s+){{0,4}}?{prep}\s+(?:the\s+)?{_REGION}") for prep in ("to", "from")
}

_FLOW_OWNER_AFTER_RE = {
    "exports": re.compile(r"(?i)\s+from\s+(?:the\s+)?"),
    "imports": re.compile(r"(?i)\s+(?:into|to)\s+(?:the\s+)?"),
}
# (the goods may take four words: "exports of Kenyan processed food products to Egypt", and up to
# two more coordinated goods: "imports of iron ores and concentrates and refined steel from Brazil";
# the goods may carry their acronym: "imports of liquefied natural gas (LNG) from Qatar")
_GOODS_WORD = r"\w+\s+(?:\([A-Z]{2,6}s?\)\s+)?"
_PARTNER_PREP_RE = {
    prep: re.compile(rf"(?i)\s+(?:of\s+(?:{_GOODS_WORD}){{1,4}}?(?:(?:and|or)\s+(?:{_GOODS_WORD}){{1,3}}?){{0,2}}?|(?:\w+\s+){{0,3}}?)"
                     rf"{prep}\s+(?:the\s+)?{_REGION}")
    for prep in ("to", "from")
}


def _direction(text: str, fig: _Fig, before: str, before_start: int, info: SentenceInfo,
               reporter: str | None, flow: str | None = None) -> tuple[str | None, str | None]:
    """(from, to) of exports or imports (``flow``: the trade flow that governs a figure of another
    metric, "to import 5,000 MW from Laos")."""
    metric = flow or fig.metric
    words = _FLOW_WORD_RE
    if metric == "supply":  # "Nepal sells 40 MW to Bangladesh": an outflow told by its verb
        metric, words = "exports", _SUPPLY_WORD_RE
    if metric not in ("exports", "imports"):
        return None, None
    ms = list(words.finditer(before))
    if not ms and metric == "exports":
        ms = list(_SUPPLY_WORD_RE.finditer(before))  # "Nepal sold 900 million kWh to India"
    if not ms:
        return _passive_direction(text, fig, info)
    w = ms[-1]
    w_start, w_end = before_start + w.start(), before_start + w.end()
    owner = None
    for s, e, iso, kind in info.countries:
        if kind not in _ACTOR_KINDS or e > w_start:
            continue
        gap = text[e:w_start]
        if _OWNER_GAP_RE.fullmatch(gap):
            owner = iso
    if owner is None:
        # the owner after the flow word: "exports from Ghana (to Togo)", "imports into Kenya"
        fm = _FLOW_OWNER_AFTER_RE[metric].match(text, w_end)
        hit = fm and next(((iso, e) for s, e, iso, kind in info.countries
                           if s == fm.end() and kind in _ACTOR_KINDS), None)
        if hit:
            owner, w_end = hit
    other = None
    partner_named = False  # "to Kenya", but also "from the kingdom", "to the country"
    prep = "to" if metric == "exports" else "from"
    pm = _PARTNER_PREP_RE[prep].match(text[w_end : w_end + 60])
    if pm:
        at = w_end + pm.end()
        for s, e, iso, kind in info.countries:
            if s == at and kind in _ACTOR_KINDS:
                other = iso
        partner_named = other is not None or bool(_PARTNER_ANAPHOR_RE.match(text, w_end + pm.start()))
    if other is None:
        # the partner after the figure: "imported 2.8 billion kWh of electricity from Lao plants"
        # (past a gloss in brackets: "138 million kWh (units) of electricity to Bangladesh")
        gap = _PARTNER_AFTER_RE[prep]
        pos, pend = fig.q.end, fig.phrase_end
        gm = _GLOSS_RE.match(text, pos)
        if gm:
            pos = gm.end()
            em = _PHRASE_END_RE.search(text, pos, min(len(text), pos + 80))
            pend = em.start() if em else min(len(text), pos + 80)
        for s, e, iso, kind in info.countries:
            if pos <= s < pend and kind in _ACTOR_KINDS and gap.fullmatch(text, pos, s):
                other, partner_named = iso, True
                break
    om = _OF_ORIGIN_RE.match(text, w_end)
    if om is None and other is None and metric == "imports":
        # the goods' origin after the figure: "imported 96,000 tonnes of Canadian wheat"
        om = _OF_ORIGIN_RE.match(text, fig.q.end)
    if om:
        # the goods' origin: "imports of Brazilian soybeans", "exports of Chilean copper"
        origin = next((iso for s, e, iso, kind in info.countries if s == om.end() and kind in _ACTOR_KINDS), None)
        if origin is not None and metric == "imports" and other is None:
            other, partner_named = origin, True
        elif origin is not None and metric == "exports" and owner is None:
            owner = origin
    elif other is None and metric == "imports":
        # the goods' origin as their adjective right after the verb: "Germany bought Pakistani
        # goods worth EUR 512 million", "imported Kenyan tea worth ..."
        origin = next((iso for s, e, iso, kind in info.countries if kind in ("demonym", "adjective")
                       and iso != owner and s > w_end and not text[w_end:s].strip()), None)
        if origin is not None:
            other, partner_named = origin, True
    home = owner or reporter
    if other is None and partner_named and home:
        other = _other(info.dyad, home)
    if home is None and other is not None:
        home = _other(info.dyad, other)
    if home == other:
        # the owner read from a pair ("the Ethiopia-Kenya line supplies ... to northern Kenya"): the
        # partner is named, the owner is the other country of the pair
        home = _other(info.dyad, other) if other is not None and partner_named and other in info.dyad else None
    return (home, other) if metric == "exports" else (other, home)


# "making Pakistan the second-largest supplier of the seed to China", "Russia is the top exporter of
# wheat to Egypt": the supplier and the buyer of the goods the sentence counts
_SUPPLIER_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:is|was|has\s+been|remains|remained|became|becomes|as)\s+)?(?:also\s+|now\s+|still\s+)?"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:supplier|exporter|seller|source)\s+"
    r"(?:of\s+(?:[\w-]+\s+){1,4}?)?to\s+(?:the\s+)?"
)


def _supplier_direction(text: str, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(supplier, buyer) when the sentence calls one country the supplier or exporter of goods to
    the other: the direction of the shipments it counts."""
    if "upplier" not in text and "xporter" not in text and "source" not in text and "seller" not in text:
        return None, None
    actors = [c for c in info.countries if c[3] in _NAME_KINDS]
    for s, e, iso, _k in actors:
        m = _SUPPLIER_RE.match(text, e)
        if m is None:
            continue
        buyer = next((i for s2, _e2, i, _k2 in actors if s2 == m.end() and i != iso), None)
        if buyer is not None:
            return iso, buyer
    return None, None


_PASSIVE_FLOW_RE = re.compile(
    r"(?i)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:exported|imported|shipped|sold)\b"
)
_PASSIVE_PREP_RE = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,3}?(?P<p>from|to|into|by)\s+(?:the\s+)?")


def _passive_direction(text: str, fig: _Fig, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of a flow told in the passive after its figure: "Goods worth $4 billion were
    exported from Laos to Thailand" (one side named: the other of the document's pair)."""
    m = _PASSIVE_FLOW_RE.match(text, fig.q.end, fig.phrase_end)
    if m is None:
        m = _PASSIVE_FLOW_RE.search(text, fig.q.end, fig.phrase_end)
        if m is None or not _GOODS_GAP_RE.fullmatch(text, fig.q.end, m.start()):
            return _earned_direction(text, fig, info)
    frm = to = None
    pos = m.end()
    for _ in range(2):
        pm = _PASSIVE_PREP_RE.match(text, pos, fig.phrase_end)
        if pm is None:
            break
        hit = next(((iso, e) for s, e, iso, k in info.countries if s == pm.end() and k in _ACTOR_KINDS), None)
        if hit is None:
            break
        p = pm.group("p").lower()
        if p == "from" or (p == "by" and not m.group(0).lower().endswith("imported")):
            frm = frm or hit[0]  # ("exported by Laos": the exporter; "imported by Thailand": the importer)
        else:
            to = to or hit[0]
        pos = hit[1]
    if frm and to is None:
        to = _other(info.dyad, frm)
    elif to and frm is None:
        frm = _other(info.dyad, to)
    return (frm, to) if frm != to else (None, None)


# money earned or spent on a flow named after the figure: "earned $4 billion from exports to Cambodia"
_FLOW_AFTER_RE = re.compile(
    r"(?i)\s+(?:in|from|on|of|through)\s+(?:[\w-]+\s+){0,2}?(?:exports?|sales|shipments?|imports?|purchases)\s+"
    r"(?P<p>to|from)\s+(?:the\s+)?"
)


def _earned_direction(text: str, fig: _Fig, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of money told as earned from a flow after it: "Vietnam earned $4 billion from
    exports to Cambodia", "spent $2 billion on imports from Brazil" (the subject country before
    the figure, else the other country of the document's pair)."""
    m = _FLOW_AFTER_RE.match(text, fig.q.end, fig.phrase_end)
    if m is None:
        return None, None
    partner = next((iso for s, _e, iso, k in info.countries if s == m.end() and k in _ACTOR_KINDS), None)
    if partner is None:
        return None, None
    home = next((iso for s, e, iso, k in reversed(info.countries)
                 if e <= fig.q.start and k in _ACTOR_KINDS and iso != partner), None) or _other(info.dyad, partner)
    if home is None:
        return None, None
    return (home, partner) if m.group("p").lower() == "to" else (partner, home)


# what a passive flow's figure may be of: "$4 billion of goods were exported ..."
_GOODS_GAP_RE = re.compile(r"(?i)\s+(?:worth\s+)?of\s+(?:[\w-]+\s+){0,3}?[\w-]+")


def _people_direction(text: str, q: Quantity, info: SentenceInfo,
                      default_host: bool = False) -> tuple[str | None, str | None]:
    """(origin, host) of people of one nationality counted in another country: the nationality
    inside the figure ("14,000 Mexican students") or right after it ("people of Mexican origin"),
    the host country after "in" further on in the clause ("... are enrolled in colleges in Nepal")."""
    origin = None
    origin_end = q.end
    for s, e, iso, kind in info.countries:
        if kind in _ACTOR_KINDS and q.start <= s and e <= q.end:
            origin = iso
        elif (origin is None and kind in ("demonym", "adjective") and q.end <= s <= q.end + 5
              and _ORIGIN_AFTER_RE.fullmatch(text, q.end, s) and _ORIGIN_NOUN_RE.match(text, e)):
            origin, origin_end = iso, _ORIGIN_NOUN_RE.match(text, e).end()
        elif origin is None and kind in _NAME_KINDS and _FROM_ORIGIN_RE.fullmatch(text, q.end, s):
            origin, origin_end = iso, e  # "310,000 visitors from Qatar"
    if origin is None:
        return None, None
    for s, e, iso, kind in info.countries:
        if s < origin_end or s > origin_end + 120 or kind not in _ACTOR_KINDS:
            continue
        if iso != origin and _RESIDENCE_GAP_RE.fullmatch(text, origin_end, s):
            return origin, iso
        break
    # the host as the subject: "Thailand received 3.5 million Chinese tourists"
    for s, e, iso, kind in info.countries:
        if e <= q.start and kind in _NAME_KINDS and iso != origin and _HOST_VERB_RE.fullmatch(text, e, q.start):
            return origin, iso
    if default_host and origin in info.dyad and len(info.dyad) == 2 and not any(
            kind in _NAME_KINDS and iso not in info.dyad for _s, _e, iso, kind in info.countries):
        # no host named: people of one country of the pair are counted in (or for) the other one
        # ("a delegation of 40 Canadian companies", "4,500 Chilean students held Canadian study permits")
        return origin, _other(info.dyad, origin)
    return None, None


# the country that holds a surplus or deficit: "leaving Brazil with a surplus of", "Kenya ran a
# trade deficit of", "Chile's trade surplus with Peru"
_BALANCE_OWNER_RE = re.compile(
    r"(?:['’]s\s+|\s+(?:with|ran|runs|run|posted|posts|recorded|records|had|has|have|enjoyed|enjoys|registered)\s+"
    r"(?:an?\s+|its\s+)?)(?:[\w-]+\s+){0,3}?(?P<kind>surplus|deficit)\b",
    re.I,
)


def _balance_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(from, to) of a trade balance: a surplus runs from its holder to the other country of the
    pair (exports exceed imports), a deficit the other way."""
    for s, e, iso, kind in info.countries:
        if e > q.start or kind not in _ACTOR_KINDS:
            continue
        m = _BALANCE_OWNER_RE.match(text, e, q.start)
        if m is None:
            continue
        partner = next((i for s2, _e2, i, k in info.countries if m.end() < s2 < q.start and k in _ACTOR_KINDS and i != iso),
                       None) or _other(info.dyad, iso)
        if partner is None:
            return None, None
        return (iso, partner) if m.group("kind").lower() == "surplus" else (partner, iso)
    return None, None


def _pair_partner(rows: list[dict], frm: str | None, to: str | None) -> tuple[str | None, str | None]:
    """A trade flow whose partner goes unsaid after a flow of the same sentence that named both
    countries: "Pakistan's exports to Uzbekistan were $288 million, while imports stood at $164m"
    (imports from Uzbekistan)."""
    known = frm or to
    for r in reversed(rows):
        pair = (r["from_country_iso3"], r["to_country_iso3"])
        if r["metric"] in ("exports", "imports") and None not in pair and known in pair:
            partner = pair[1] if pair[0] == known else pair[0]
            return (frm, partner) if frm else (partner, to)
    return frm, to


_RESPECTIVE_GAP_RE = re.compile(r"\s*(?:,\s*and|,|and)\s*")
_RESPECTIVELY_RE = re.compile(r"[\s,]*(?:\([^()]{0,30}\)\s*)?,?\s*respectively\b", re.I)
_RESPECTIVE_FLOWS_RE = re.compile(
    r"(?i)\b(?P<w>exports?|imports?)(?:\s+(?P<prep>to|from)(?=\s+(?:and|the|[A-Z])))?"
)


def _respectively(text: str, figs: list[_Fig], info: SentenceInfo) -> dict[int, tuple[str, str | None, str | None]]:
    """id(figure) -> (metric, from, to) for figures listed "respectively" after a coordination of
    trade flows: "Pakistan's exports to and imports from Kenya stood at $300 million and $150
    million, respectively" (the owner before the first flow word, the partner after the last one,
    else the other country of the document's pair)."""
    for i in range(len(figs)):
        group = [figs[i]]
        j = i
        while j + 1 < len(figs) and _RESPECTIVE_GAP_RE.fullmatch(text, figs[j].q.end, figs[j + 1].q.start):
            group.append(figs[j + 1])
            j += 1
        if len(group) < 2 or not _RESPECTIVELY_RE.match(text, group[-1].q.end):
            continue
        words = list(_RESPECTIVE_FLOWS_RE.finditer(text, 0, group[0].q.start))
        if len(words) < len(group):
            return {}
        words = words[-len(group):]
        actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
        owner = next((iso for s, e, iso, _k in reversed(actors) if e <= words[0].start()
                      and _OWNER_GAP_RE.fullmatch(text, e, words[0].start())), None)
        partner = next((iso for s, e, iso, _k in actors if words[-1].end() <= s < group[0].q.start
                        and iso != owner), None)
        if owner and partner is None:
            partner = _other(info.dyad, owner)
        out = {}
        for f, w in zip(group, words):
            metric = "exports" if w.group("w").lower().startswith("export") else "imports"
            frm, to = (owner, partner) if metric == "exports" else (partner, owner)
            out[id(f)] = (metric, frm, to)
        return out
    return {}


def _fill_pair_partners(rows: list[dict]) -> None:
    """A trade flow of the sentence whose partner goes unsaid takes it from a LATER flow that
    names both countries: "Thai exports across the border were 110 billion baht, while imports from
    Cambodia were 22 billion baht" (:func:`_pair_partner` looks back)."""
    for i, r in enumerate(rows):
        frm, to = r["from_country_iso3"], r["to_country_iso3"]
        if r["metric"] not in ("exports", "imports") or (frm is None) == (to is None):
            continue
        known = frm or to
        for o in rows[i + 1 :]:
            pair = (o["from_country_iso3"], o["to_country_iso3"])
            if o["metric"] in ("exports", "imports") and None not in pair and known in pair:
                partner = pair[1] if pair[0] == known else pair[0]
                r["from_country_iso3"], r["to_country_iso3"] = (frm, partner) if frm else (partner, to)
                break


def _foreign_subject_direction(text: str, q: Quantity, info: SentenceInfo,
                               default_host: bool = False) -> tuple[str | None, str | None]:
    """(origin, host) of a figure told of firms of one nationality working in a country named after
    "in" in the same sentence: "Italian companies operate in Tunisia, employing 70,000 people"."""
    origin = None
    for s, e, iso, kind in info.countries:
        if s >= q.start:
            break
        if adjectival(text, s, e, kind) and (
            _FOREIGN_SUBJECT_RE.match(text, e)
            # the capital after the firms: "Companies with Chinese capital operating in Belarus employ"
            or (kind in ("demonym", "adjective") and _CAPITAL_NOUN_RE.match(text, e)
                and _FIRMS_WITH_RE.search(text, max(0, s - 60), s))
        ):
            origin = iso
    for s, e, iso, kind in info.countries:
        if origin is not None:
            break
        if kind in ("demonym", "adjective") and (
            # inside the figure: "127 Chinese-funded projects"
            (q.start < s and e <= q.end and _FUNDED_RE.match(text, e))
            # the capital after it: "5,000 companies with Chinese capital", "firms of Turkish origin"
            or (s >= q.end and _WITH_CAPITAL_RE.fullmatch(text, q.end, s) and _CAPITAL_NOUN_RE.match(text, e))
        ):
            origin = iso
    if origin is None:
        return _jobs_host_direction(text, q, info)
    for s, e, iso, kind in info.countries:
        if kind in _NAME_KINDS and iso != origin and _HOST_IN_RE.search(text, max(0, s - 8), s):
            return origin, iso
    for s, e, iso, kind in info.countries:
        # the nationality of the people counted: "Chinese-invested firms employ 55,000 Kenyan workers"
        if q.start <= s and e <= q.end and kind in ("demonym", "adjective") and iso != origin:
            return origin, iso
    if origin in info.dyad and (default_host or _IN_THE_ANAPHOR_RE.search(text, q.end)
                                or _LOCAL_RE.search(q.surface)
                                or (q.unit != "people" and pair_host(text, q, origin, info))):
        # "local jobs", "local workers": people of the host country
        # "... operate in the country"; approvals are given by the host ("the board approved 127
        # Chinese-funded projects")
        return origin, _other(info.dyad, origin)
    return None, None


_DEBT_WORD_RE = re.compile(
    r"(?i)\b(?:owes?|owed|owing|debts?|arrears|dues|(?:unpaid|outstanding|overdue)\s+(?:bills|payments))\b"
)
_CREDITOR_GAP_RE = re.compile(r"\s+(?:to\s+)?(?:the\s+)?")
_NAMED_CREDITOR_RE = re.compile(r"\s+(?:to\s+)?(?:the\s+)?[A-Z]")


def _debt_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(debtor, creditor) of a debt: "Malawi still owes Zambia about 2 billion kwacha", "Kenya's arrears
    to China of $1 billion", "owed $2 billion to Zambia" (one side named: the other of the pair)."""
    ms = list(_DEBT_WORD_RE.finditer(text, 0, q.start))
    if not ms:
        return None, None
    w = ms[-1]
    actors = [c for c in info.countries if c[3] in _ACTOR_KINDS]
    debtor = owner_before(text, actors, w.start())
    creditor = next((iso for s, e, iso, _k in actors if iso != debtor
                     and ((s >= w.end() and _CREDITOR_GAP_RE.fullmatch(text, w.end(), s))
                          or (s >= q.end and _CREDITOR_GAP_RE.fullmatch(text, q.end, s) and text[q.end:s].strip()[:2] == "to"))), None)
    if debtor and creditor is None:
        if _NAMED_CREDITOR_RE.match(text, w.end()) or _NAMED_CREDITOR_RE.match(text, q.end):
            return debtor, None  # a creditor that is no country: "owes $30 billion to the IMF"
        creditor = _other(info.dyad, debtor)
    elif creditor and debtor is None:
        debtor = _other(info.dyad, creditor)
    return (debtor, creditor) if debtor != creditor else (None, None)


# a nationality that funds what the figure counts, and the capital of a nationality after it
_FUNDED_RE = re.compile(r"-(?:funded|financed|invested|backed|owned)\b", re.I)
_WITH_CAPITAL_RE = re.compile(r"\s+(?:with|of)\s+(?:(?:[a-z][\w-]*)\s+){0,2}?", re.I)
# firms told by the capital they have: "companies with Turkish capital", "enterprises of Korean origin"
_FIRMS_WITH_RE = re.compile(
    r"(?i)\b(?:companies|firms|enterprises|businesses|ventures|investors)\s+(?:with|of)\s+"
    r"(?:(?-i:[a-z])[\w-]*\s+){0,2}?$"
)
_CAPITAL_NOUN_RE = re.compile(r"\s+(?:capital|investment|investors?|ownership|shareholding|equity|participation|origin)\b", re.I)


_LOCAL_RE = re.compile(r"\blocal\b", re.I)
_JOBS_IN_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?in\s+(?:the\s+)?$")


def _jobs_host_direction(text: str, q: Quantity, info: SentenceInfo) -> tuple[str | None, str | None]:
    """(origin, host) of jobs created in one country of the document's pair, told without the
    investors' nationality: "... hosts 178 enterprises that have created more than 11,000 local
    jobs in Egypt" (jobs in a country measure the other country's investment there)."""
    if len(info.dyad) != 2 or "job" not in q.surface.lower():
        return None, None
    for s, e, iso, kind in info.countries:
        if s < q.end or s > q.end + 40 or kind not in _NAME_KINDS:
            continue
        if iso in info.dyad and _JOBS_IN_RE.fullmatch(text, q.end, s):
            return _other(info.dyad, iso), iso
        break
    return None, None
