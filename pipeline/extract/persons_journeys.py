"""Journeys of the persons of a document (:func:`_journeys`): where officials travel ("Morita flew
to Manila"), who hosts them there (met at the destination, received on arrival or in a city),
who accompanies them (:func:`_companions`) and which governments they press; hosts met by a
traveller the text names no more are found by :mod:`.persons_journey_references`."""

from __future__ import annotations

from collections.abc import Iterator

import re

from pipeline.extract.countries import find_countries
from pipeline.extract.persons_clauses import inviter, pressed_countries, travel_destinations
from pipeline.extract.persons_journey_references import referred_hosts, sender as _sender
from pipeline.extract.persons_office_kinds import is_state_office

# between a traveller and a person they meet there: "flew to Beijing to meet Foreign Minister Y",
# "travelled to Manila for talks with Foreign Secretary Y", "arrived in Riyadh at the invitation
# of Crown Prince Y"
# ("with" alone is not enough: "flew to Beijing with Trade Minister Y" is a companion)
_MEETS = re.compile(
    r"\b(?:meet|meets|met|meeting|talks|discussions|consultations|dialogue|summit|hosted|received|"
    r"welcomed|call(?:ed|s)?\s+on|invitation|invited|guest)\b",
    re.IGNORECASE,
)


# literal cues of a journey (a quick test before travel_destinations)
_TRAVEL_QUICK = ("visit", "Visit", "arriv", "travel", "flew", "trip", "Trip", "tour", "Tour",
                 "landed", "reach", "leave", "left for", "depart")

_ARRIVAL = re.compile(
    r"\b(?:[Oo]n|[Uu]pon)\s+(?:(?:his|her|their)\s+)?arrival\s+(?:in|at)\s+(?:the\s+)?"
)
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|greeted)\s+by\b")
# "... would be received in audience by Sultan X at the palace in <capital>": who receives a
# visitor in a place of one country is a host of that country
_RECEIVED_IN_BY = re.compile(
    r"\b(?:received|welcomed|greeted|hosted)\s+(?:in\s+(?:an?\s+)?audience\s+|warmly\s+)?by\s+"
)
# a sentence whose subject is plural: "The two Presidents ...", "Both leaders ...", "They ..."
_PLURAL_SUBJECT = re.compile(
    r"\s*(?:The\s+two\b|Both\b|They\b|The\s+(?:leaders|sides|delegations|ministers|presidents|"
    r"heads\s+of\s+state|prime\s+ministers)\b)",
    re.IGNORECASE,
)
# ", where he was" / ", where the delegation was warmly" right before "welcomed by"
_WHERE_BEFORE = re.compile(
    r",\s+where\s+(?:he|she|they|it|the\s+\w+)\s+(?:was|were|is|are|had\s+been|has\s+been)"
    r"\s+(?:warmly\s+|officially\s+|formally\s+)?$"
)
_AT_PLACE = re.compile(r"[^.;:]{0,60}?\b(?:in|at)\s+(?:the\s+)?$")
_HOST_PLACE_KINDS = frozenset({"capital", "city"})


def _journeys(
    resolved: list, sentence_of: list, names: set[str]
) -> tuple[dict[str, set[str]], dict[str, str], dict[str, set[str]]]:
    """For ``names`` (persons without a country): the countries some sentence says each travels
    to ("Morita flew to Manila"); the country of a journey's destination for a person the
    traveller meets there ("X travelled to Manila for talks with Foreign Secretary Y": Y is a
    host, of the country of Manila); and the countries each presses ("the government would
    press New Delhi")."""
    by_sentence: dict[int, list] = {}
    for order, r, name, _c in resolved:
        by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    visits: dict[str, set[str]] = {}
    hosts: dict[str, str] = {}
    pressed: dict[str, set[str]] = {}
    # where any person of the document travels (also those whose country is known: whom
    # "Prime Minister Tan" meets after "Prime Minister Tan arrived in Auckland" is a host)
    journeys: dict[str, set[str]] = {}
    since: dict[str, int] = {}  # the first sentence that says each traveller travels
    for sid, entries in by_sentence.items():
        if not any(name in names for _s, _r, name in entries):
            text = entries[0][1].text
            if any(map(text.__contains__, _TRAVEL_QUICK)):
                entries.sort(key=lambda e: e[0])
                runs = [r for _s, r, _n in entries]
                for (_s, _r, name), dest in zip(
                    entries, travel_destinations(text, runs, find_countries(text))
                ):
                    if dest:
                        journeys.setdefault(name, set()).update(dest)
                        since[name] = min(since.get(name, sid), sid)
            continue
        entries.sort(key=lambda e: e[0])
        runs = [r for _s, r, _n in entries]
        text = runs[0].text
        hits = find_countries(text)
        dests = travel_destinations(text, runs, hits)
        for (_s, _r, name), targets in zip(entries, pressed_countries(text, runs, hits)):
            if targets and name in names:
                pressed.setdefault(name, set()).update(targets)
        arrival = _ARRIVAL.search(text) if "rriv" in text else None
        if arrival is not None:
            # "On arrival at Beijing airport, the President was received by Vice Minister X":
            # who receives a visitor on arrival is a host, of the country of the place
            place = next((h for h in hits if arrival.end() <= h[0] < arrival.end() + 40), None)
            by = _RECEIVED_BY.search(text, arrival.end()) if place is not None else None
            if by is not None:
                for _s, run, name in entries:
                    if (name in names and run.start >= by.end()
                            and any(is_state_office(t) for t in run.titles)):
                        hosts.setdefault(name, place[3])
        if "by" in text:
            for _s, run, name in entries:
                if name in names and name not in hosts:
                    iso3 = _reception_place(text, run, hits)
                    if iso3 is not None:
                        hosts[name] = iso3
        if "nvitation" in text:
            for k, (_s, run, name) in enumerate(entries):
                if name in names and name not in hosts:
                    iso3 = _inviter_of_visit(text, runs, k, hits)
                    if iso3 is not None:
                        hosts[name] = iso3
        for k, ((_s, run, name), dest) in enumerate(zip(entries, dests)):
            if dest:
                journeys.setdefault(name, set()).update(dest)
                since[name] = min(since.get(name, sid), sid)
            if name not in names:
                continue
            if dest:
                visits.setdefault(name, set()).update(dest)
                continue
            if not any(is_state_office(t) for t in run.titles) or _sender(text, runs, k):
                continue
            for j in range(k - 1, -1, -1):
                if len(dests[j]) == 1 and _MEETS.search(text, runs[j].end, run.start):
                    hosts.setdefault(name, next(iter(dests[j])))
                    break
    _companions(by_sentence, names, journeys, visits)
    # "Prime Minister Tan arrived in Auckland ... Prime Minister Tan also met the Leader of the
    # Opposition, Ms X": whom a traveller with one destination meets, in a later sentence, is a
    # host there too
    travellers = {n: next(iter(v)) for n, v in journeys.items() if len(v) == 1}
    if travellers:
        for sid in sorted(by_sentence):
            entries = by_sentence[sid]
            for k, (_s, run, name) in enumerate(entries):
                if (name not in names or name in visits or name in hosts
                        or not any(is_state_office(t) for t in run.titles)
                        or _sender(run.text, [r for _s2, r, _n2 in entries], k)):
                    continue
                for _s2, r2, n2 in entries[:k]:
                    if n2 in travellers and _MEETS.search(r2.text, r2.end, run.start):
                        hosts[name] = travellers[n2]
                        break
        # "On Monday, she and Foreign Minister Y co-chaired ...", "The foreign minister was also
        # received by Vice President Z": whom a pronoun or the office of a traveller meets
        referred_hosts(by_sentence, names, travellers, visits, hosts, since)
    return visits, hosts, pressed


# "an invitation from President X to pay a state visit to Georgia", "at the invitation of X to
# visit Kenya": the visit that the inviter's name is followed by
_VISIT_AFTER_INVITER = re.compile(
    r"[^\S\r\n]+to[^\S\r\n]+(?:(?:pay|make|undertake)[^\S\r\n]+(?:an?[^\S\r\n]+)?"
    r"(?:[\w-]+[^\S\r\n]+){0,2}visit[^\S\r\n]+to|visit)[^\S\r\n]+(?:the[^\S\r\n]+)?"
)


def _inviter_of_visit(text: str, runs: list, k: int, hits: list) -> str | None:
    """The country that run ``k`` invites someone to visit ("accepted an invitation from
    President X to pay a state visit to Georgia": X hosts the visit, so serves Georgia), if any."""
    m = _VISIT_AFTER_INVITER.match(text, runs[k].end)
    if m is None or not inviter(text, runs, k):
        return None
    hit = next((h for h in hits if h[0] == m.end() and h[4] in _INVITED_KINDS), None)
    return hit[3] if hit is not None else None


_INVITED_KINDS = frozenset({"name", "alias", "short", "capital"})


# "visiting Foreign Minister X", "the visiting Deputy Prime Minister and Foreign Minister X,":
# "visiting" before the title phrase of a name
# (not the gerund: "after visiting President X", "while visiting ...": X is visited)
_VISITING_BACK = re.compile(
    r"(?<!\b[Aa]fter\s)(?<!\b[Bb]efore\s)(?<!\b[Ww]hile\s)(?<!\b[Ww]hen\s)(?<!\bby\s)"
    r"(?<!\bon\s)(?<!\bof\s)(?<!\bfor\s)\b[Vv]isiting[^\S\r\n]+"
    r"(?:(?:[A-Z][\w'’.-]*|of|the|and|for)[^\S\r\n]+){1,8}$"
)


def visitors_here(resolved: list, names: set[str]) -> set[str]:
    """The persons of ``names`` whose title phrase the text opens with "visiting" ("Visiting
    Foreign Minister X called on ...", "met visiting Deputy Prime Minister Y"): visitors to the
    place the article is written from."""
    found: set[str] = set()
    for _order, run, name, _c in resolved:
        if name in names and name not in found and "isiting" in run.text:
            if _VISITING_BACK.search(run.text, max(0, run.start - 90), run.start):
                found.add(name)
    return found


# "He is accompanied by Foreign Minister Y", "X, accompanied by Trade Minister Y, arrived ...",
# "The prime minister will be accompanied by ..."
_ACCOMPANIED = re.compile(r"\baccompanied\s+by\b")
# how far into its sentence "accompanied by" may stand for its subject to be a pronoun or
# "The <office>" that stands for a traveller named before ("He is", "The Prime Minister will be")
_PRONOUN_SUBJECT_CHARS = 45


def _accompanied(by_sentence: dict, is_traveller) -> Iterator[tuple[str, list[str]]]:
    """(traveller, companions) of each sentence saying "accompanied by", in sentence order
    (``by_sentence``: sentence id → [(start, run, name)]).  The traveller is the person named right
    before the phrase ("X, accompanied by Y, arrived in ..."), or, when the sentence opens with a
    pronoun or "The <office>" ("He is accompanied by Y"), the one person of the sentence before for
    whom ``is_traveller`` holds, or when there are several of them, the one who travels in it ("At
    the invitation of X, Y is on a State Visit to India. He is accompanied by ...": Y, whatever X
    does later).  The companions are the persons listed after the phrase, up to a meeting word
    ("..., accompanied by Y, met Z": Z is a host)."""
    for sid in sorted(by_sentence):
        entries = sorted(by_sentence[sid], key=lambda e: e[0])
        text = entries[0][1].text
        if "ccompanied" not in text:
            continue
        m = _ACCOMPANIED.search(text)
        if m is None:
            continue
        before = [name for _s, run, name in entries if run.end <= m.start()]
        traveller = None
        if before:
            traveller = before[-1]
        elif m.start() <= _PRONOUN_SUBJECT_CHARS:
            earlier = sorted(by_sentence.get(sid - 1, []), key=lambda e: e[0])
            if earlier and _PLURAL_SUBJECT.match(earlier[0][1].text):
                # "The two Presidents recalled President Y's visit ... The President was
                # accompanied by Z": after a plural subject, "The President" names neither
                continue
            people = {name for _s, _r, name in earlier if is_traveller(name)}
            if len(people) > 1:
                runs = [r for _s, r, _n in earlier]
                there = travel_destinations(runs[0].text, runs, find_countries(runs[0].text))
                people = {n for (_s, _r, n), d in zip(earlier, there) if d}
            if len(people) == 1:
                traveller = next(iter(people))
        if traveller is None:
            continue
        companions: list[str] = []
        prev_end = m.end()
        for _s, run, name in entries:
            if run.start < m.end():
                continue
            if _MEETS.search(text, prev_end, run.start):
                break
            prev_end = run.end
            companions.append(name)
        yield traveller, companions


def _companions(by_sentence: dict, names: set, journeys: dict, visits: dict) -> None:
    """A traveller's companions travel too: each official listed after "accompanied by" gets the
    destinations of the traveller they accompany (:func:`_accompanied`; a traveller of the sentence
    before must have a journey), so that they are not taken for hosts or given the home country of
    the article."""
    for traveller, companions in _accompanied(by_sentence, lambda name: name in journeys):
        dest = journeys.get(traveller)
        if not dest:
            continue
        for name in companions:
            if name in names and name not in visits:
                visits[name] = set(dest)


def companion_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(traveller, companion) pairs of "X, accompanied by Y, arrived ..." and "The visiting Head
    of State was accompanied by Y" (:func:`_accompanied`; any person of the sentence before may be
    the traveller): a spouse or a delegation member with no country of their own travels with, and
    for, the traveller's side."""
    by_sentence: dict[int, list] = {}
    for order, r, name, _c in resolved:
        by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    return [(traveller, name) for traveller, companions in _accompanied(by_sentence, lambda _name: True)
            for name in companions if name != traveller]


def _reception_place(text: str, run, hits: list) -> str | None:
    """The country of the city where ``run`` (a state official) receives a visitor, when the
    sentence says so right around the name: "received in audience by His Majesty Sultan X at the
    Istana in <capital>", "welcomed by Prime Minister Y in <city>"; else None."""
    if not any(is_state_office(t) for t in run.titles):
        return None
    by = None
    for m in _RECEIVED_IN_BY.finditer(text, max(0, run.start - 60), run.start):
        by = m
    if by is None or text[by.end():run.start].count(",") > 1:
        return None
    for h in hits:
        if h[0] < run.end or h[0] > run.end + 80:
            continue
        if h[4] in _HOST_PLACE_KINDS and _AT_PLACE.search(text, run.end, h[0]):
            return h[3]
        break  # the first place named after the host decides
    if _WHERE_BEFORE.search(text, max(0, by.start() - 40), by.start()):
        # "X arrived in Lome on Thursday, where he was welcomed by Prime Minister Y": the place
        # "where" stands for is the last city named before it
        before = [h for h in hits if h[1] <= by.start()]
        if before and before[-1][4] in _HOST_PLACE_KINDS:
            return before[-1][3]
    return None
