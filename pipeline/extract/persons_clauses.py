"""Clause-level evidence about the country a person serves, read inside one sentence.

Three constructions that journalists use for people of one country, whatever the countries:

* a national delegation and its members - "The Bangladesh delegation was led by Foreign Minister
  X and included Foreign Secretary Y", "a delegation from Nepal, headed by Z", "X led the Indian
  delegation": the members serve the delegation's country;
* a succession - "Morita's successor, Prime Minister Hiroshi Takeda", "Takeda, who succeeded
  Morita": both hold the same office, so they serve the same country (linked here, resolved per
  document by :mod:`persons_home`);
* travel - "Morita flew to Manila", "Menon, who arrived in the Bangladeshi capital", "Zhao's visit
  to Nepal", "the State Visit of the President, Mr X, to the Kingdom of Morocco": a person who
  travels to a country is a visitor there, not one of its officials; and
  pressure - "the government would press New Delhi to ...": nor does one press one's own
  government (both read on demand by :mod:`persons_home`).

A fourth gives a non-official's affiliation: an institution in an appositive - "Yang Jin, an
associate research fellow ... at the Chinese Academy of Social Sciences, said", "a professor at
the University of Dhaka" - belongs to the country that its name starts or ends with.

The runs are the :class:`~pipeline.extract.persons_runs._Run` objects of one sentence, in
order; country hits are (start, end, surface, iso3, kind) tuples relative to the sentence.  Only
a person's missing country is filled: what the name's own title phrase says always wins.
"""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_groups import GROUP_CUES, group_leaders
from pipeline.extract.persons_lexicon import org_heads

_DELEGATION = re.compile(r"\b[Dd]elegations?\b")
_OF_FROM = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
# the members of the delegation follow one of these; the scope ends at a verb of meeting
_MEMBERS = re.compile(
    r"\b(?:led|headed|chaired|included|includes|including|include|comprised|comprises|comprising"
    r"|consisted\s+of|consisting\s+of|composed\s+of|members?\s+(?:were|are|was|is))\b|:"
)
_SCOPE_END = re.compile(
    r"[;]|\b(?:met|meets|meet|meeting|held|holds|hold|with|received|receives|hosted|hosts|"
    r"called|calls|visited|visits|welcomed|welcomes|by\s+the\s+host)\b"
)
# "X led the Bangladesh delegation", "X, who headed a delegation of ..."
_LEADS = re.compile(
    r"(?:\s*,\s*who)?\s+(?:led|leads|leading|headed|heads|heading|will\s+lead|will\s+head)"
    r"\s+(?:the|a|an|his|her)\s+(?:high-level\s+|(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten)-member\s+)?"
)

_SUCCESSOR = re.compile(r"['’]s?\s+(?:successor|predecessor)\s*,?\s*")
_SUCCEEDED = re.compile(
    r"\s*(?:,\s*who\s+(?:has\s+|had\s+)?)?\s*(?:succeeded|succeeds|replaced|replaces|replacing|"
    r"succeeding|took\s+over\s+from|takes\s+over\s+from)\s+(?:the\s+)?"
)
_TITLE_GAP = re.compile(r"(?:\s*,\s*|\s+)")

_TRAVEL = re.compile(
    r"\b(?:(?:[Vv]isit|[Tt]rip|[Tt]our|[Jj]ourney)\s+to|arriv(?:e|es|ed|ing)\s+(?:in|at)|"
    r"fl(?:ew|ies|y|ying|own)\s+(?:in)?to|travel(?:s|led|ed|ling|ing)?\s+to|visit(?:s|ed|ing)?|"
    r"head(?:s|ed|ing)?\s+(?:for|to)|went\s+to|go(?:es)?\s+to|land(?:ed|ing)\s+in|"
    # ("... before departing for Singapore", "and then left for Islamabad": the way home)
    r"reach(?:es|ed)?|(?<!before\s)(?<!after\s)(?<!and\s)(?<!then\s)"
    r"(?:le(?:ave|aves|aving|ft)|depart(?:s|ed|ing)?)\s+for|"
    # "who is in New Delhi on a three-day visit": a stay that the sentence calls a visit
    r"(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in(?=\s+(?:the\s+)?[A-Z][\w'’. -]{0,40}?\s+"
    r"(?:on|for)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b))"
    r"\s+(?:the\s+)?"
)
# literal cues of _TRAVEL (a quick test before the regex)
_TRAVEL_CUES = ("visit", "Visit", "Trip", "Tour", "arriv", "travel", "flew", "fly", "flies", "flown", "trip", "tour",
                "journey", "head", "went", "go to", "goes to", "landed", "landing", "reach",
                "leave", "left for", "depart")
# pressing another government: "would press New Delhi to", "urged Beijing to", "called on Kabul"
_PRESS = re.compile(
    r"\b(?:press(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+on|lobb(?:y|ies|ied|ying)|demand(?:s|ed|ing)?\s+that|"
    r"persuad(?:e|es|ed|ing)|protest(?:s|ed|ing)?\s+to)\s+(?:the\s+)?"
)
_PRESS_CUES = ("press", "ressur", "urg", "ask", "call", "lobb", "demand", "persuad", "protest")
# a verb that hands the journey to someone else: "Naqvi invited his counterpart to visit Pakistan"
_OTHER_AGENT = re.compile(
    r"\b(?:invit\w*|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|welcom\w*|encourag\w*|request\w*|"
    r"permit\w*|allow\w*)\b"
)
# a country named as a destination: the country itself, its capital, "the Indian capital"
_DESTINATION_KINDS = ACTOR_KINDS | {"capital"}
_CAPITAL_WORD = re.compile(r"\s+capital\b")
# runs joined as one subject: "Foreign Minister X and Defense Minister Y travelled to Manila"
# "X and Defense Minister Y", "X, Y and Z", "X, accompanied by Trade Minister Y," (a companion
# shares the journey of the one they accompany)
_COORDINATED = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*,\s*(?:who\s+(?:is|was|will\s+be)\s+)?accompanied\s+by\s+)"
    r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and|&)\s+)*"
)


def _skip_ws_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return pos


def possessive_back(text: str, pos: int) -> int:
    """Position before a possessive ending at ``pos`` ("Pakistan's" -> end of "Pakistan")."""
    if text[pos - 2 : pos] in ("'s", "’s"):
        return pos - 2
    if text[pos - 1 : pos] in ("'", "’"):
        return pos - 1
    return pos


#: literal cues of the delegation and succession constructions (for a vectorised prefilter)
CLAUSE_CUES = ["elegation", "ucce", "redecess", "eplac", "took over", "takes over", *GROUP_CUES]


def read_clauses(text: str, runs: list, country_hits: list, atom_by_start: dict) -> None:
    """Fill the delegation country and the succession links of ``runs`` (after their own
    evidence has been read)."""
    if country_hits and ("led " in text or "headed " in text or "commanded " in text
                         or "represented by" in text):
        # "The Pakistani contingent is led by X" (first: the nearer group wins over a delegation
        # named earlier in the sentence)
        group_leaders(text, runs, country_hits)
    if country_hits and "elegation" in text:
        _delegations(text, runs, country_hits)
    if len(runs) >= 2 and (
        "ucce" in text or "redecess" in text or "eplac" in text or "took over" in text
        or "takes over" in text
    ):
        _successions(text, runs, atom_by_start)


def _delegations(text: str, runs: list, country_hits: list) -> None:
    """ "The <C> delegation was led by X and included Y" → X and Y serve C."""
    by_end = {h[1]: h for h in country_hits if h[4] in ACTOR_KINDS}
    by_start = {h[0]: h for h in country_hits if h[4] in ACTOR_KINDS}
    matches = list(_DELEGATION.finditer(text))
    for k, m in enumerate(matches):
        iso3 = None
        phrase_start = m.start()
        q = _skip_ws_back(text, m.start())
        hit = by_end.get(possessive_back(text, q)) if q < m.start() else None
        if hit is not None:
            iso3, phrase_start = hit[3], hit[0]
        else:
            of = _OF_FROM.match(text, m.end())
            if of and of.end() in by_start:
                iso3 = by_start[of.end()][3]
        if iso3 is None:
            continue
        limit = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        members = _MEMBERS.search(text, m.end(), limit)
        if members is not None:
            end = _SCOPE_END.search(text, members.end(), limit)
            scope_end = end.start() if end else limit
            for run in runs:
                if members.end() <= run.start < scope_end and run.country is None and (
                    run.titles or run.confirmed
                ):
                    run.country = iso3
        # the leader written before: "X led the Bangladesh delegation"
        for run in runs:
            if run.end <= phrase_start and run.country is None and (run.titles or run.confirmed):
                lead = _LEADS.match(text, run.end, phrase_start)
                if lead is not None and lead.end() == phrase_start:
                    run.country = iso3


def _successions(text: str, runs: list, atom_by_start: dict) -> None:
    """ "Morita's successor, Prime Minister Takeda" / "Takeda, who succeeded Morita": linked."""
    for a, b in zip(runs, runs[1:]):
        m = _SUCCESSOR.match(text, a.end) or _SUCCEEDED.match(text, a.end)
        if m is None:
            continue
        # only titles (and commas) between the phrase and the second name
        p = m.end()
        while p < b.start:
            atom = atom_by_start.get(p)
            if atom is None:
                break
            gap = _TITLE_GAP.match(text, atom.end)
            p = gap.end() if gap else atom.end
        if p == b.start:
            a.same_country_as = b.tokens
            b.same_country_as = a.tokens


def travel_destinations(text: str, runs: list, country_hits: list) -> list[set[str]]:
    """Per run of ``runs`` (one sentence, in order): the countries the sentence says that person
    travels to, by the verb or noun phrase after the name ("flew to Manila", "who arrived in the
    Bangladeshi capital", "'s visit to Nepal"); a subject coordinated with the next name shares
    its verb ("X and Defense Minister Y travelled to Manila")."""
    out = _targets(text, runs, country_hits, _TRAVEL, _TRAVEL_CUES)
    if ("isit" in text or "rip" in text or "our" in text) and " to " in text:
        # "the State Visit of the President, Mr X, to the Kingdom of Morocco": the noun phrase
        # of a journey around the traveller's name
        destinations = {h[0]: h for h in country_hits if h[4] in _DESTINATION_KINDS}
        for i, run in enumerate(runs):
            m = _TO_FWD.match(text, run.end)
            hit = destinations.get(m.end()) if m else None
            if hit is None or (hit[4] == "demonym" and not _CAPITAL_WORD.match(text, hit[1])):
                continue
            if _JOURNEY_OF_BACK.search(text, max(0, run.start - 100), run.start):
                out[i].add(hit[3])
    return out


_TO_FWD = re.compile(r"\s*,?\s+to\s+(?:the\s+)?")
_JOURNEY_OF_BACK = re.compile(
    r"\b(?:[Vv]isits?|[Tt]rips?|[Tt]ours?|[Jj]ourneys?)\s+(?:of|by)\s+[^.;:()\"“”]{0,90}$"
)


def pressed_countries(text: str, runs: list, country_hits: list) -> list[set[str]]:
    """Per run: the countries whose government the person (or their government) presses, urges
    or asks ("Commerce Minister X said the government would press New Delhi to remove duties"):
    a government presses another one, so X does not serve that country."""
    return _targets(text, runs, country_hits, _PRESS, _PRESS_CUES)


def _targets(text: str, runs: list, country_hits: list, verb: re.Pattern, cues) -> list[set[str]]:
    """Per run: the countries named right after ``verb`` in the stretch of the sentence that
    belongs to that person (up to the next name, unless coordinated with it)."""
    out: list[set[str]] = [set() for _ in runs]
    for cue in cues:
        if cue in text:
            break
    else:
        return out
    destinations = {h[0]: h for h in country_hits if h[4] in _DESTINATION_KINDS}
    if not destinations:
        return out
    found: list[tuple[int, str]] = []
    for m in verb.finditer(text):
        hit = destinations.get(m.end())
        if hit is None:
            continue
        if hit[4] == "demonym" and not _CAPITAL_WORD.match(text, hit[1]):
            continue  # "visited the Chinese embassy" is no journey to China
        found.append((m.start(), hit[3]))
    if not found:
        return out
    # "X will arrive in Oslo for talks with Prime Minister Y, his first trip to Norway": a
    # possessive appositive after a comma speaks of the subject of the sentence, not of Y
    of_subject = [
        (pos, iso3)
        for pos, iso3 in found
        if _POSSESSIVE_APPOSITIVE.search(text, max(0, pos - 40), pos)
    ]
    if of_subject:
        found = [f for f in found if f not in of_subject]
    for i in range(len(runs)):
        j = i
        while (j + 1 < len(runs) and _COORDINATED.fullmatch(text, runs[j].end, runs[j + 1].start)
               and not _object_of_phrase(text, runs, j)):
            j += 1
        end = runs[j + 1].start if j + 1 < len(runs) else len(text)
        start = runs[j].end
        out[i] = {
            iso3
            for pos, iso3 in found
            if start <= pos < end and not _OTHER_AGENT.search(text, start, pos)
        }
        if out[i] and j == i and "nvitation" in text and inviter(text, runs, i):
            # "He accepted an invitation from President X to pay a state visit to Georgia": the
            # journey after the inviter's name is the invitee's (named before, or a pronoun)
            if i and _OBJECT_PHRASE_BACK.search(text, runs[i - 1].end, runs[i].start):
                out[i - 1] |= out[i]
            out[i] = set()
    if of_subject and runs:
        out[0] |= {iso3 for pos, iso3 in of_subject if pos > runs[0].end}
    return out


_POSSESSIVE_APPOSITIVE = re.compile(r",\s+(?:his|her)\s+(?:[\w-]+\s+){0,3}$")
# "At the invitation of the President of Kenya, Mr. X, President Y is on a State Visit to ...":
# the name inside such a phrase is its object, never a subject coordinated with the next name
_OBJECT_PHRASE_BACK = re.compile(
    r"\b(?:[Ii]nvitation|[Bb]ehalf|[Rr]equest|[Gg]uest)\s+(?:of|from)\s+[^.;:()]{0,100}$"
)


# "an invitation from President X": the inviter right after "invitation of|from" (only a title
# between; not "the invitation of the Vietnamese leadership for President X", the invitee)
_INVITER_BACK = re.compile(
    r"\b[Ii]nvitation[^\S\r\n]+(?:of|from)[^\S\r\n]+(?:(?:[A-Z][\w'’.-]*|of|the|and|for)"
    r"[^\S\r\n]+){0,8}$"
)


def inviter(text: str, runs: list, j: int) -> bool:
    """Whether run ``j`` is named as the one who invites ("accepted an invitation from President
    X to ..."): right after "invitation of|from", only a title phrase between."""
    start = runs[j - 1].end if j else 0
    return _INVITER_BACK.search(text, max(start, runs[j].start - 100), runs[j].start) is not None


def _object_of_phrase(text: str, runs: list, j: int) -> bool:
    """Whether run ``j`` is the object of "at the invitation of", "on behalf of", "as the guest
    of" (no other name between the phrase and the run)."""
    start = runs[j - 1].end if j else 0
    if "nvitation" not in text and "ehalf" not in text and "equest" not in text \
            and "uest" not in text:
        return False
    return _OBJECT_PHRASE_BACK.search(text, max(start, runs[j].start - 130), runs[j].start) \
        is not None


# the end of an appositive: the reporting verb after it, or the end of the clause
_APPOSITIVE_END = re.compile(
    r",\s+(?:said|says|told|noted|added|stressed|wrote|argued|explained|pointed)\b|;|\.(?:\s|$)"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|with|from|in)\s+(?:the\s+)?$")
_HEAD_OF_BEFORE = re.compile(r"\b([A-Z][\w'’]+)\s+of\s+(?:the\s+)?$")
_CAP_WORD = re.compile(r"[^\S\r\n]+([A-Z][\w'’&.-]*|of|and|for|&)")
_CITY_KINDS = frozenset({"capital", "city"})
_INSTITUTION_BACK = re.compile(
    r"\b(?:at|of|with|from)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+|of\s+|and\s+|for\s+){1,7})$"
)
_INSTITUTION_KINDS = ACTOR_KINDS - {"adjective"} | {"capital", "city", "region"}


def _leads_to_organisation(text: str, pos: int, heads: frozenset[str]) -> bool:
    """Capitalised words from ``pos`` reach a word that ends an organisation's name ("Chinese|
    Academy of Social Sciences", "Lanzhou| University")."""
    for _ in range(5):
        m = _CAP_WORD.match(text, pos)
        if m is None:
            return False
        if m.group(1) in heads:
            return True
        pos = m.end()
    return False


def institution_country(text: str, start: int, country_hits: list) -> str | None:
    """The country of the institution named in the appositive that starts at ``start`` ("…, an
    associate research fellow with the Institute of … at the Chinese Academy of Social Sciences,
    said" -> CHN; "…, a professor at the University of Dhaka, said" -> BGD), or None."""
    m = _APPOSITIVE_END.search(text, start, start + 300)
    end = m.start() if m else min(len(text), start + 300)
    heads = org_heads()
    for h in country_hits:
        if h[0] < start or h[1] > end or h[4] not in _INSTITUTION_KINDS:
            continue
        window = max(start, h[0] - 24)
        if _PREPOSITION_BEFORE.search(text, window, h[0]) and _leads_to_organisation(
            text, h[1], heads
        ):
            return h[3]  # "at the Chinese Academy of Social Sciences"
        if h[4] == "demonym" or _CAP_WORD.match(text, h[1]):
            continue  # "the Institute of Russian, Eastern European … Studies"
        head = _HEAD_OF_BEFORE.search(text, window, h[0])
        if head is not None and head.group(1) in heads:
            return h[3]  # "at the University of Dhaka"
        if h[4] in _CITY_KINDS:
            # "at the Institute of Strategic Studies Islamabad", "at Quaid-i-Azam University
            # Islamabad": the city that closes an institution's name
            named = _INSTITUTION_BACK.search(text, max(start, h[0] - 80), h[0])
            if named is not None and not heads.isdisjoint(named.group(1).split()):
                return h[3]
    return None
