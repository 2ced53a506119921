"""Countries of persons that no title phrase qualifies, settled per document.

Conventions of news writing that give a person's country when the mention itself does not:

* **Succession** - "Morita's successor, Prime Minister Hiroshi Takeda" (linked per sentence by
  :mod:`persons_clauses`): successor and predecessor hold the same office, hence serve the same
  country; whichever country the document states for one is given to the other.
* **A pronoun's predicate** - "In November, Morita flew to Manila ... He also became the first
  Japanese prime minister to address ...": the nationality goes to the subject of the sentence
  before (the first person it names).
* **Journeys** - "X travelled to Manila for talks with Foreign Secretary Y": an official whom
  the traveller meets at the destination (a capital or the country itself) is a host, of that
  country, also in a later sentence and whether or not the traveller's own country is known
  ("Prime Minister Tan arrived in ... Prime Minister Tan also met the Leader of the Opposition,
  Ms Y"); an official who receives a visitor in a city ("received in audience by Sultan Y at the
  palace in Bandar Seri Begawan") is of that city's country; whom a pronoun or the office of a
  traveller meets ("The foreign minister was also received by Vice President Y", "she and
  Foreign Minister Y co-chaired", :mod:`.persons_journey_references`) is a host too; and a
  traveller is not an official of the country visited (see below).
* **The other side** - in an article about two countries, an official who travels to one of
  them ("Foreign Minister X arrived in Manila") or presses its government ("the government would
  press New Delhi") serves the other one.
* **Counterparts** - in an article about two countries, two peers (offices of one kind; one
  office when the article has a home country) of whom the first writes to, meets, receives or
  calls the second ("Prime Minister X sent a
  congratulatory message to Prime Minister Y", "Chancellor X ... was received by Prime Minister
  Y") serve different sides: a country stated (or given by the home country) for one gives the
  other side to the other, and the addressee is never given the home country of the sender.
* **Offices of a few states** (``title_countries.csv``: Chancellor, Taoiseach, Emir …) - a
  holder with no stated country serves the one of those states the bilateral article is about;
  so does a person addressed with a national style (``honorifics.csv`` column ``countries``:
  Malaysian "Dato' Sri", Indian "Shri").
* **The home country of the article** - wire and domestic copy leaves domestic officials
  unqualified ("DHAKA, March 12 (Reuters) - ... Commerce Minister Nasrin Chowdhury said") and
  qualifies foreign ones ("Indian Prime Minister ...").  The home country is read from the
  dateline ("KUALA LUMPUR, Aug 14 (Bernama) --", "Dhaka, 11 March 2025", a line that is just
  "Kathmandu"), else from a government masthead ("Government of the People's Republic of
  Bangladesh"), else from the publisher's name when the caller passes the documents ("Kathmandu
  Herald", "Ministry of Foreign Affairs of China"); a dateline abroad yields to the country of
  the issuer (a national news agency, a publisher other than an embassy).  It is given only to
  a person who holds an office of a state (``scope`` empty in ``titles.csv``: not a diplomat,
  chairman or secretary-general), for whom the document states no country at all, and who is
  not said to travel to that country ("Morita flew to Manila", "met visiting Foreign Minister
  X": a visitor is no official of the host).

Where the code lives (each module one job; this one settles the countries,
:func:`settle_countries`, and re-exports the names other modules and tests import from it):
:mod:`.persons_home_country` (the article's home country: dateline, masthead, publisher),
:mod:`.persons_office_kinds` (state offices, kinds of office, offices of a few states),
:mod:`.persons_journeys` (travels, hosts, companions) and :mod:`.persons_links` (counterparts
and envoys: officials of opposite or of the same side).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import polars as pl

from pipeline.extract.countries import find_countries
from pipeline.extract.persons_document import _norm_tokens
from pipeline.extract.persons_home_country import (  # noqa: F401 (API, tests)
    dateline_country,
    home_countries,
    item_datelines,
    masthead_country,
    mission_countries,
    publisher_country,
)
from pipeline.extract.persons_journeys import _journeys, companion_links, visitors_here
from pipeline.extract.persons_links import _coordinated_peers, _counterpart_links, _envoy_links
from pipeline.extract.persons_signatories import _signatory_links
from pipeline.extract.persons_sources import speaker_links
from pipeline.extract.persons_office_kinds import (  # noqa: F401 (API: title_kind)
    _foreign_crown,
    _title_countries,
    is_state_office,
    title_kind,
)

# "He also became the first Japanese prime minister to ...": a pronoun subject with a predicate
# that names a nationality and an office
_PRONOUN_PREDICATE = re.compile(
    r"^(?:He|She)\s+(?:also\s+|later\s+|then\s+|thus\s+|now\s+)?(?:became|becomes|is|was|"
    r"has\s+become|had\s+become|remains|remained|has\s+been|had\s+been)\s+(?:the|a|an)\s+"
    r"(?:(?:first|second|third|fourth|fifth|only|last|new|sole|sitting|youngest|oldest)\s+)?"
)


def pronoun_predicates(sentences: pl.DataFrame) -> dict[str, dict[int, str]]:
    """doc_id -> {sentence_id: iso3} of sentences "He/She became the first <demonym> <title>"
    (the country of the person the pronoun stands for: see :func:`settle_countries`)."""
    from pipeline.extract.persons_atoms import title_atoms

    found: dict[str, dict[int, str]] = {}
    cands = sentences.select("doc_id", "sentence_id", "text").filter(
        pl.col("text").str.contains(_PRONOUN_PREDICATE.pattern)
    )
    for doc_id, sid, text in cands.iter_rows():
        m = _PRONOUN_PREDICATE.match(text)
        hits = [h for h in find_countries(text[m.end() : m.end() + 40]) if h.start == 0]
        if not hits or hits[0].kind not in ("demonym", "name", "alias", "short"):
            continue
        hit = hits[0]
        rest = text[m.end() + hit.end :]
        if rest.startswith(("'s", "’s")):
            rest = rest[2:]
        gap = len(rest) - len(rest.lstrip())
        atoms = title_atoms(rest[gap : gap + 80])
        if atoms and atoms[0].start == 0 and atoms[0].title and is_state_office(atoms[0].title):
            found.setdefault(doc_id, {})[sid] = hit.iso3
    return found


def settle_countries(
    resolved: list[tuple[int, object, str, str | None]],
    sentence_of: list,
    home: str | None,
    predicates: dict[int, str] | None = None,
    pair: tuple[str, str] | None = None,
    mission: str | None = None,
    first_person: tuple[dict[str, set[str]], list[tuple[str, str]], list[tuple[str, str]]]
    | None = None,
    items: list[tuple[int, str | None]] | None = None,
) -> list[tuple[int, object, str, str | None]]:
    """The ``(order, run, name, country)`` rows of one document with missing countries filled
    by succession links and by the document's home country (see the module docstring).

    ``sentence_of[order]`` is the sentence id of run ``order`` (succession links hold between
    runs of one sentence).  ``predicates`` (sentence id -> iso3, from
    :func:`pronoun_predicates`) give the country of the subject of the sentence before: the
    first person named in it.  ``pair`` (the two countries a bilateral document is about) gives
    an official who travels to, or presses, one of them the other one.  ``mission`` (the
    country of the embassy that publishes the document) is the country of an envoy named with no
    country and no post ("Ambassador X hosted a reception": the embassy's own head).
    ``first_person`` (from :func:`pipeline.extract.persons_first_person.first_person_facts`):
    the countries the speaker of a transcript travels to, the persons the speaker (or a
    letter's recipient) meets on the other side, and those whose greetings or letter the speaker
    conveys (the speaker's side).  ``items`` (from
    :func:`persons_home_country.item_datelines`): the datelines that open the items of a briefs
    column, (sentence id, iso3 or None); an official first named in an item takes the country
    of its dateline instead of ``home``.
    """
    missing = {name for _o, _r, name, c in resolved if not c}
    if not missing:
        return resolved
    country: dict[str, str] = {}
    for _order, _run, name, c in resolved:
        if c and name not in country:
            country[name] = c
    if missing.issubset(country):
        return [(o, r, name, c or country[name]) for o, r, name, c in resolved]
    if mission is not None:
        for _o, r, name, _c in resolved:
            if (name not in country and r.posted_to is None and not r.org_office
                    and any(title_kind(t) == "diplomat" for t in r.titles)):
                country[name] = mission
    if predicates:
        first_in: dict[int, str] = {}
        for order, _r, name, _c in sorted(resolved, key=lambda t: (sentence_of[t[0]], t[1].start)):
            first_in.setdefault(sentence_of[order], name)
        for sid, iso3 in predicates.items():
            name = first_in.get(sid - 1)
            if name is not None and name not in country:
                country[name] = iso3
    links: list[tuple[str, str]] = []
    if any(r.same_country_as for _, r, _, _ in resolved):
        by_tokens = {
            (sentence_of[order], _norm_tokens(r.tokens)): name for order, r, name, _ in resolved
        }
        for order, r, name, _ in resolved:
            if r.same_country_as:
                other = by_tokens.get((sentence_of[order], _norm_tokens(r.same_country_as)))
                if other is not None and other != name:
                    links.append((name, other))
    links += _envoy_links(resolved, sentence_of)
    fp_visits, fp_links, fp_same = first_person or ({}, [], [])
    links += fp_same  # "I would like to convey greetings from Z": the speaker's side
    # "X, accompanied by his wife Y, ...": read one way, from the traveller to the companion
    # ("X visited the exercise, accompanied by the host army's deputy chief Y": an escort of the
    # host's side says nothing of the visitor's)
    follows = companion_links(resolved, sentence_of)

    def propagate() -> None:
        changed = bool(links) or bool(follows)
        while changed:
            changed = False
            for a, b in links:
                if a in country and b not in country:
                    country[b] = country[a]
                    changed = True
                elif b in country and a not in country:
                    country[a] = country[b]
                    changed = True
            for a, b in follows:
                if a in country and b not in country:
                    country[b] = country[a]
                    changed = True

    propagate()
    speakers = speaker_links(resolved, sentence_of)
    # ", the ministry's spokeswoman Y told a briefing": Y speaks for the subject's side (and is
    # no host of a journey the sentence reports)
    _adopt_speakers(speakers, country)
    opposite = _counterpart_links(resolved, sentence_of, same_title=home is not None)
    opposite += _coordinated_peers(resolved, sentence_of)  # "President X and President Y"
    opposite += _signatory_links(resolved, sentence_of)  # "signed by X, ..., and Y, ..."
    opposite += fp_links  # "I was received by President Y": the speaker and Y, one side each

    def propagate_opposite() -> None:
        # "X sent a message to Y", "X was received by Y": in a bilateral article, one side each
        changed = bool(opposite) and pair is not None
        while changed:
            changed = False
            for a, b in opposite:
                for x, y in ((a, b), (b, a)):
                    if x in country and y not in country and country[x] in pair:
                        country[y] = pair[1] if country[x] == pair[0] else pair[0]
                        changed = True

    if pair is not None:
        # an office of a few states only: "Chancellor X" in an article about Germany and Poland
        for _o, r, name, _c in resolved:
            if name in country or r.org_office:
                continue
            if r.posted_to in pair:
                # "Former ambassador to Afghanistan X" in an article about Pakistan and
                # Afghanistan: an envoy posted to one side serves the other
                country[name] = pair[1] if r.posted_to == pair[0] else pair[0]
                continue
            for title in r.titles:
                options = _title_countries().get(title.lower(), ())
                inside = [c for c in options if c in pair]
                if len(inside) == 1:
                    country[name] = inside[0]
                    break
            else:
                # a national style: "Dato' Sri X" in an article about Malaysia and Türkiye
                inside = [c for c in r.style_countries if c in pair]
                if len(inside) == 1:
                    country[name] = inside[0]
        propagate()
    propagate_opposite()
    # the addressee of an official with no country yet is left to the counterpart rule
    # (and is never of the home country when the one who writes to or meets them is)
    addressees = {b for a, b in opposite if country.get(a) in (None, home)}
    officials = {
        name
        for _o, r, name, _c in resolved
        if name not in country and not r.org_office and any(is_state_office(t) for t in r.titles)
    }
    if officials:
        visits, hosts, pressed = _journeys(resolved, sentence_of, officials)
        for name, places in fp_visits.items():  # "my visit to Kenya": the speaker travels
            if name in officials:
                visits.setdefault(name, set()).update(places)
        for _o, r, name, _c in resolved:
            # "The minister, who is on a visit to Pakistan, conveyed the greetings of President
            # X": like the visitor who carries the message, X comes from outside Pakistan
            if r.carried_to is not None and name in officials:
                visits.setdefault(name, set()).add(r.carried_to)
        if home is not None:
            # "Visiting Foreign Minister X called on ...": a visitor to where the article is
            # written from (so no official of its home country)
            for name in visitors_here(resolved, officials):
                visits.setdefault(name, set()).add(home)
        speaking = {speaker for speaker, _subject in speakers}
        for name, iso3 in hosts.items():
            if name not in visits and name not in speaking:
                country[name] = iso3
        if home is not None or items:
            held: dict[str, set[str]] = {}
            for _o, r, name, _c in resolved:
                if name in officials:
                    held.setdefault(name, set()).update(r.titles)
            local = _item_homes(resolved, sentence_of, officials, items) if items else {}
            for name in officials:
                here = local.get(name) or home
                if (here is not None and name not in country and here not in visits.get(name, ())
                        and name not in addressees and not _foreign_crown(held[name], here)):
                    country[name] = here
            propagate_opposite()
        if pair is not None:
            # in a bilateral article, who travels to (or presses) one side serves the other
            for name in officials:
                foreign = visits.get(name, set()) | pressed.get(name, set())
                if name not in country and len(foreign) == 1:
                    (target,) = foreign
                    if target in pair:
                        country[name] = pair[1] if target == pair[0] else pair[0]
        propagate()
        propagate_opposite()
    # (the subject's country may be settled only now; with no side known, a speaker who hosts
    # a journey keeps the host rule's country)
    _adopt_speakers(speakers, country, hosts if officials else None)
    if not country:
        return resolved
    return [(o, r, name, c or country.get(name)) for o, r, name, c in resolved]


def _item_homes(
    resolved: list, sentence_of: list, names: set[str], items: list[tuple[int, str | None]]
) -> dict[str, str]:
    """name -> the country of the dateline of the briefs item in which each of ``names`` is
    first named (none for a name before the first item or in an item from an unknown place)."""
    first: dict[str, int] = {}
    for order, _r, name, _c in resolved:
        if name in names:
            sid = sentence_of[order]
            if sid < first.get(name, sid + 1):
                first[name] = sid
    starts = [sid for sid, _iso3 in items]
    out: dict[str, str] = {}
    for name, sid in first.items():
        k = bisect_right(starts, sid) - 1
        if k >= 0 and items[k][1] is not None:
            out[name] = items[k][1]
    return out


def _adopt_speakers(
    speakers: list[tuple[str, str]], country: dict[str, str], hosts: dict[str, str] | None = None
) -> None:
    """Give each speaker with no country the country of the subject it speaks for, else (with
    ``hosts``) the country of the journey it hosts."""
    for speaker, subject in speakers:
        if speaker in country:
            continue
        if subject in country:
            country[speaker] = country[subject]
        elif hosts is not None and speaker in hosts:
            country[speaker] = hosts[speaker]
