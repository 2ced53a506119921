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
  palace in Bandar Seri Begawan") is of that city's country; and a traveller is not an official
  of the country visited (see below).
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
  holder with no stated country serves the one of those states the bilateral article is about.
* **The home country of the article** - wire and domestic copy leaves domestic officials
  unqualified ("DHAKA, March 12 (Reuters) - ... Commerce Minister Nasrin Chowdhury said") and
  qualifies foreign ones ("Indian Prime Minister ...").  The home country is read from the
  dateline ("KUALA LUMPUR, Aug 14 (Bernama) --", "Dhaka, 11 March 2025", a line that is just
  "Kathmandu"), else from a government masthead ("Government of the People's Republic of
  Bangladesh"), else from the publisher's name when the caller passes the documents ("Kathmandu
  Herald", "Ministry of Foreign Affairs of China").  It is given only to a person who holds an
  office of a state (``scope`` empty in ``titles.csv``: not a diplomat, chairman or
  secretary-general), for whom the document states no country at all, and who is not said to
  travel to that country ("Morita flew to Manila": a visitor is no official of the host).
"""

from __future__ import annotations

import functools
import re

import polars as pl

from pipeline.extract.countries import ACTOR_KINDS, find_countries
from pipeline.extract.persons_clauses import pressed_countries, travel_destinations
from pipeline.extract.persons_document import _norm_tokens
from pipeline.lexicons import read_lexicon

#: how many sentences from the top of a document may hold its dateline or masthead
DATELINE_SENTENCES = 20
MASTHEAD_SENTENCES = 6
#: how many sentences from the foot of a document may hold the issuer's signature
FOOT_SENTENCES = 6

_MONTHS = (
    "Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|"
    "September|Oct|October|Nov|November|Dec|December"
)
# what follows the place of a dateline: a date, an agency tag, a dash or a colon
# what follows the place of a dateline: a date (any place) ...
_DATELINE_DATE = re.compile(
    rf"[^\S\r\n]*,[^\S\r\n]*(?:(?:{_MONTHS})\.?[^\S\r\n]+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"[^\S\r\n]+(?:{_MONTHS})\b|\d{{4}}-\d\d-\d\d\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
# ... or, after a place in capitals ("DHAKA (Reuters) -", "ST. JOHN'S:"), an agency tag, a dash
# or a colon (a Title Case "Nepal - India ties" is a headline)
_DATELINE_MARK = re.compile(r"[^\S\r\n]*(?:\(|/[A-Za-z]|[-–—]{1,2}[^\S\r\n]|:[^\S\r\n])")
# ... or, after a place in any case, an agency tag in brackets and a dash or colon ("Jakarta
# (ANTARA) -", "Islamabad (APP):", "Nairobi (Reuters) -")
_DATELINE_AGENCY = re.compile(
    r"[^\S\r\n]*\([^\S\r\n]*[A-Z][A-Za-z.&]{1,14}[^\S\r\n]*\)[^\S\r\n]*(?:[-–—]{1,2}|:)"
)
_COMMA = re.compile(r"[^\S\r\n]*,[^\S\r\n]*")
_PLACE_KINDS = frozenset({"capital", "city", "region", "name", "alias", "short"})
_CITY_KINDS = frozenset({"capital", "city", "region"})
_MASTHEAD = re.compile(
    r"(?:Government|Ministry|Embassy|High\s+Commission|Consulate|Permanent\s+Mission|"
    r"Office\s+of\s+the\s+(?:President|Prime\s+Minister))\b"
)
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "IN", "TO", "AT"})
_PUBLISHER_KINDS = ACTOR_KINDS | {"capital", "city"}
# vectorisable supersets of what dateline_country and masthead_country accept: capitalised
# words (a place, perhaps ", Country"), then a dateline's tail or the end of the line
_DATELINE_QUICK = (
    r"^\s*[A-ZÀ-Þ][^,(:/\n–—]{0,40}(?:,[^,(:/\n–—]{0,30})?(?:,\s*(?:[JFMASONDTW][a-zA-Z]{2}|\d)|"
    r"\s*\(|\s*/[A-Za-z]|\s*[-–—]{1,2}\s|:\s|\.?$)"
)
_MASTHEAD_QUICK = (
    r"^\s*(?:Government|Ministry|Embassy|High\s+Commission|Consulate|Permanent|Office|"
    r"GOVERNMENT|MINISTRY|EMBASSY|HIGH\s+COMMISSION|CONSULATE|PERMANENT|OFFICE)"
)


def dateline_country(text: str) -> str | None:
    """The country of a dateline at the start of ``text`` ("DHAKA, March 12 (Reuters) -",
    "Dhaka, 11 March 2025", "LAHORE, Pakistan, May 5 -"), or of a line that is only a place
    ("Kathmandu"); None when the text does not start with one."""
    found = _dateline(text)
    return found[0] if found else None


def _dateline(text: str) -> tuple[str, str] | None:
    """(iso3, lexicon kind of the place) of a dateline at the start of ``text``, or None."""
    stripped = text.strip()
    if not stripped or not stripped[0].isupper():
        return None
    hits = find_countries(stripped[:60])
    if not hits or hits[0].start != 0 or hits[0].kind not in _PLACE_KINDS:
        return None
    place = hits[0]
    end = place.end
    # "LAHORE, Pakistan, May 5": the country may follow the city
    comma = _COMMA.match(stripped, end)
    if comma and len(hits) > 1 and hits[1].start == comma.end() and hits[1].kind in _PLACE_KINDS:
        end = hits[1].end
    if end == len(stripped) or stripped[end:] == ".":
        # a line that is just a city ("Kathmandu"); a country alone is a section label
        return (place.iso3, place.kind) if place.kind in _CITY_KINDS else None
    if _DATELINE_DATE.match(stripped, end) is not None:
        return place.iso3, place.kind
    if stripped[:end].upper() == stripped[:end] and _DATELINE_MARK.match(stripped, end):
        return place.iso3, place.kind
    if _DATELINE_AGENCY.match(stripped, end):
        return place.iso3, place.kind
    return None


def masthead_country(text: str) -> str | None:
    """The country of a government masthead line ("Government of the People's Republic of
    Bangladesh", "Embassy of Pakistan in Beijing", also in capitals: "MINISTRY OF FOREIGN
    AFFAIRS OF VIET NAM"): its first country."""
    stripped = text.strip()
    if stripped.isupper():  # a masthead in capitals: read it in title case
        stripped = " ".join(
            w.lower() if w in _SMALL_WORDS else w[:1] + w[1:].lower() for w in stripped.split()
        )
    if not _MASTHEAD.match(stripped) or len(stripped.split()) > 14 or stripped.endswith("."):
        return None
    for h in find_countries(stripped):
        if h.kind in ACTOR_KINDS:
            return h.iso3
    return None


def publisher_country(publisher: str | None) -> str | None:
    """The country a publisher's name names ("Kathmandu Herald", "China Daily"), if any."""
    if not publisher:
        return None
    for h in find_countries(publisher):
        if h.kind in _PUBLISHER_KINDS:
            return h.iso3
    return None


def home_countries(
    sentences: pl.DataFrame,
    documents: pl.DataFrame | None = None,
    actors: dict[str, set[str]] | None = None,
) -> dict[str, str]:
    """doc_id -> the country an article is written from (dateline, masthead, publisher).

    ``sentences`` needs ``doc_id, sentence_id, text``; ``documents`` (optional) ``doc_id,
    publisher``; ``actors`` (optional) doc_id -> the countries the document names as actors.
    A dateline at a capital counts alone; one at another city ("NEW YORK", "GENEVA", "LAHORE")
    only when the document also names that country (a summit venue is no home), so it is
    dropped when ``actors`` is not given.  Documents with no evidence are left out.
    """
    home: dict[str, str] = {}
    if sentences.height:
        text = pl.col("text")
        head = (
            sentences.select("doc_id", "sentence_id", "text")
            .sort("doc_id", "sentence_id")
            .with_columns((pl.int_range(pl.len()).over("doc_id") + 1).alias("_k"))
            .filter(pl.col("_k") <= DATELINE_SENTENCES)
            .filter(
                text.str.contains(_DATELINE_QUICK)
                | ((pl.col("_k") <= MASTHEAD_SENTENCES) & text.str.contains(_MASTHEAD_QUICK))
            )
        )
        masthead: dict[str, str] = {}
        seen: set[str] = set()
        for doc_id, k, text in head.select("doc_id", "_k", "text").iter_rows():
            if doc_id in seen:
                continue
            found = _dateline(text)
            if found is not None:
                seen.add(doc_id)
                iso3, kind = found
                if kind not in ("city", "region") or iso3 in (actors or {}).get(doc_id, ()):
                    home[doc_id] = iso3
            elif k <= MASTHEAD_SENTENCES and doc_id not in masthead:
                iso3 = masthead_country(text)
                if iso3 is not None:
                    masthead[doc_id] = iso3
        for doc_id, iso3 in masthead.items():
            if doc_id not in seen:
                home[doc_id] = iso3
                seen.add(doc_id)
        # a press release signed at its foot ("Department of Press and Information / Ministry
        # of Foreign Affairs of the Lao PDR", "Ministry of Foreign Affairs, Dhaka"): the issuer
        # of a document with no dateline or masthead at its head
        foot = (
            sentences.select("doc_id", "sentence_id", "text")
            .filter(~pl.col("doc_id").is_in(list(seen)))
            .sort("doc_id", "sentence_id", descending=[False, True])
            .with_columns((pl.int_range(pl.len()).over("doc_id") + 1).alias("_k"))
            .filter((pl.col("_k") <= FOOT_SENTENCES) & pl.col("text").str.contains(_MASTHEAD_QUICK))
        )
        for doc_id, text_ in foot.select("doc_id", "text").iter_rows():
            if doc_id not in seen:
                iso3 = masthead_country(text_)
                if iso3 is not None:
                    home[doc_id] = iso3
                    seen.add(doc_id)
    if documents is not None and "publisher" in documents.columns:
        for doc_id, publisher in documents.select("doc_id", "publisher").iter_rows():
            if doc_id not in home:
                iso3 = publisher_country(publisher)
                if iso3 is not None:
                    home[doc_id] = iso3
    return home


@functools.cache
def _title_scopes() -> dict[str, bool]:
    """Normalised title -> whether it is an office of a state (``scope`` empty in titles.csv)."""
    df = read_lexicon("titles")
    scope = pl.col("scope") if "scope" in df.columns else pl.lit(None, dtype=pl.String)
    table: dict[str, bool] = {}
    for title, kind, sc in df.select("title", "kind", scope).iter_rows():
        if not title or kind in ("descriptor", "modifier", "portfolio"):
            continue
        national = not sc and kind != "diplomat"
        table[title.lower()] = table.get(title.lower(), True) and national
    for h in read_lexicon("honorifics")["title"].drop_nulls().to_list():
        table.setdefault(h.lower(), True)  # military ranks: "Gen." -> General
    return table


_GENERIC_TITLE = re.compile(
    r"(?:minister|secretary|cabinet secretary|minister of state|secretary of state)"
    r" (?:of|for) \S"
)


def _by_longest_suffix(title: str, table: dict, *, generic, unknown):
    """The ``table`` value of the longest word-suffix of ``title`` that is in it (a modifier prefix
    such as "Caretaker" or "Former" is skipped); ``generic`` for a "Minister of …"-shaped suffix
    not listed; ``unknown`` when nothing matches."""
    words = title.lower().split()
    for i in range(len(words)):
        key = " ".join(words[i:])
        if key in table:
            return table[key]
        if _GENERIC_TITLE.match(key):
            return generic
    return unknown


@functools.lru_cache(maxsize=4096)
def is_state_office(title: str) -> bool:
    """Whether ``title`` (as normalised by the person finder) is an office of a state: a
    modifier prefix is ignored ("Caretaker Prime Minister", "Former President")."""
    return _by_longest_suffix(title, _title_scopes(), generic=True, unknown=False)


@functools.cache
def _title_countries() -> dict[str, tuple[str, ...]]:
    """Normalised title (lower case) -> the few states where it is an office
    (``title_countries.csv``)."""
    df = read_lexicon("title_countries")
    return {
        t.strip().lower(): tuple(c.strip() for c in cs.split("|") if c.strip())
        for t, cs in df.select("title", "countries").iter_rows()
        if t and cs
    }


@functools.cache
def _crowns() -> dict[str, frozenset[str]]:
    """Normalised title (lower case) -> the only states where it is an office (``only`` = yes
    in ``title_countries.csv``: King, Crown Prince, Emir …)."""
    df = read_lexicon("title_countries")
    if "only" not in df.columns:
        return {}
    return {
        t.strip().lower(): frozenset(c.strip() for c in cs.split("|") if c.strip())
        for t, cs, only in df.select("title", "countries", "only").iter_rows()
        if t and cs and (only or "").strip().lower() in ("yes", "y", "true", "1")
    }


def _foreign_crown(titles, home: str) -> bool:
    """Whether one of ``titles`` is an office that the state ``home`` does not have ("Crown
    Prince" for Pakistan): the article's home country cannot be the holder's."""
    crowns = _crowns()
    for t in titles:
        states = crowns.get(t.lower())
        if states is not None and home not in states:
            return True
    return False


@functools.cache
def _title_kinds() -> dict[str, str]:
    """Normalised title (lower case) -> its kind in titles.csv (heads of state and government
    count as one kind: "Chancellor" and "Prime Minister" are peers)."""
    df = read_lexicon("titles")
    table: dict[str, str] = {}
    for title, kind in df.select("title", "kind").iter_rows():
        if title and kind and kind not in ("descriptor", "modifier", "portfolio"):
            table.setdefault(title.lower(), "head" if kind.startswith("head_of") else kind)
    for h in read_lexicon("honorifics")["title"].drop_nulls().to_list():
        table.setdefault(h.lower(), "military")
    return table


@functools.lru_cache(maxsize=4096)
def title_kind(title: str) -> str:
    """The kind of office of a normalised title ("Caretaker Prime Minister" -> "head",
    "Minister of Trade" -> "minister"); "other" when unknown."""
    return _by_longest_suffix(title, _title_kinds(), generic="minister", unknown="other")


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
    from pipeline.extract.persons_sentence import title_atoms

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
                 "landed", "reach")

_ARRIVAL = re.compile(
    r"\b(?:[Oo]n|[Uu]pon)\s+(?:(?:his|her|their)\s+)?arrival\s+(?:in|at)\s+(?:the\s+)?"
)
_RECEIVED_BY = re.compile(r"\b(?:received|welcomed|greeted)\s+by\b")
# "... would be received in audience by Sultan X at the palace in <capital>": who receives a
# visitor in a place of one country is a host of that country
_RECEIVED_IN_BY = re.compile(
    r"\b(?:received|welcomed|greeted|hosted)\s+(?:in\s+(?:an?\s+)?audience\s+|warmly\s+)?by\s+"
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
    for entries in by_sentence.values():
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
        for k, ((_s, run, name), dest) in enumerate(zip(entries, dests)):
            if dest:
                journeys.setdefault(name, set()).update(dest)
            if name not in names:
                continue
            if dest:
                visits.setdefault(name, set()).update(dest)
                continue
            if not any(is_state_office(t) for t in run.titles):
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
                        or not any(is_state_office(t) for t in run.titles)):
                    continue
                for _s2, r2, n2 in entries[:k]:
                    if n2 in travellers and _MEETS.search(r2.text, r2.end, run.start):
                        hosts[name] = travellers[n2]
                        break
    return visits, hosts, pressed


# "He is accompanied by Foreign Minister Y", "X, accompanied by Trade Minister Y, arrived ...",
# "The prime minister will be accompanied by ..."
_ACCOMPANIED = re.compile(r"\baccompanied\s+by\b")
# how far into its sentence "accompanied by" may stand for its subject to be a pronoun or
# "The <office>" that stands for a traveller named before ("He is", "The Prime Minister will be")
_PRONOUN_SUBJECT_CHARS = 45


def _companions(by_sentence: dict, names: set, journeys: dict, visits: dict) -> None:
    """A traveller's companions travel too: each official listed after "accompanied by" gets the
    destinations of the traveller they accompany, so that they are not taken for hosts or given
    the home country of the article.  The traveller is the person named right before the phrase
    ("X, accompanied by Y, arrived in ..."), or, when the sentence opens with a pronoun or "The
    <office>" ("He is accompanied by Y"), the one person of the sentence before who travels.
    The list ends at a meeting word ("..., accompanied by Y, met Z": Z is a host)."""
    for sid in sorted(by_sentence):
        entries = sorted(by_sentence[sid], key=lambda e: e[0])
        text = entries[0][1].text
        if "ccompanied" not in text:
            continue
        m = _ACCOMPANIED.search(text)
        if m is None:
            continue
        before = [name for _s, run, name in entries if run.end <= m.start()]
        dest: set[str] | None = None
        if before:
            dest = journeys.get(before[-1])
        elif m.start() <= _PRONOUN_SUBJECT_CHARS:
            earlier = by_sentence.get(sid - 1, [])
            travellers = {name for _s, _r, name in earlier if name in journeys}
            if len(travellers) > 1:
                # the one who travels in that sentence ("At the invitation of X, Y is on a
                # State Visit to India. He is accompanied by ...": Y, whatever X does later)
                earlier = sorted(earlier, key=lambda e: e[0])
                runs = [r for _s, r, _n in earlier]
                there = travel_destinations(runs[0].text, runs, find_countries(runs[0].text))
                travellers = {n for (_s, _r, n), d in zip(earlier, there) if d}
            if len(travellers) == 1:
                dest = journeys[next(iter(travellers))]
        if not dest:
            continue
        prev_end = m.end()
        for _s, run, name in entries:
            if run.start < m.end():
                continue
            if _MEETS.search(text, prev_end, run.start):
                break
            prev_end = run.end
            if name in names and name not in visits:
                visits[name] = set(dest)


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
    return None


# between two officials of one sentence, the first acting on the second: a letter or message
# sent, a meeting, a reception or a call ("X sent a congratulatory message to Prime Minister Y",
# "X was received by Prime Minister Y", "X held talks with his counterpart Y")
_COUNTERPART_GAP = re.compile(
    r"^[^.;:]{0,60}?\b(?:(?:sent|sends|addressed|addresses|wrote|writes|delivered|conveyed)\b"
    r"[^.;:]{0,50}?\b(?:message|messages|letter|letters|cable|note|greetings|congratulations)\b"
    r"[^.;:]{0,20}?\bto|wrote\s+to|met(?:\s+with)?|meets(?:\s+with)?|held\s+talks\s+with|"
    r"held\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}(?:meeting|talks|discussions|consultations)\s+with|"
    r"talks\s+with|(?:was|were)\s+received\s+by|received|hosted|welcomed|called\s+on|"
    r"(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)|(?:tele)?phoned|"
    r"congratulated)\b[^.;:,]{0,60}$"
)
# "X and his Danish counterpart, Y": the second is named as the first one's counterpart
_COUNTERPART_NOUN = re.compile(
    r"^[^.;:]{0,40}?\b(?:his|her|their)\s+(?:[A-Z][\w'’-]+\s+){0,2}counterparts?\s*,?\s*$"
)


def _counterpart_links(
    resolved: list, sentence_of: list, same_title: bool = False
) -> list[tuple[str, str]]:
    """(a, b) for two officials named one after the other in a sentence (``b`` with a title
    there, ``a`` with one somewhere in the document), where the text between them says that
    ``a`` writes to, meets, receives or calls ``b`` (see :data:`_COUNTERPART_GAP`): in a
    bilateral article the two serve different sides.  They must be peers: offices of one kind
    ("Chancellor" and "Prime Minister"), or with ``same_title`` (an article with a home country,
    where "President X met Prime Minister Y" is as likely a domestic meeting) one office."""
    by_sentence: dict[int, list] = {}
    kinds: dict[str, set[str]] = {}  # the kinds (or titles) of office each person holds
    peer = str.lower if same_title else title_kind
    for order, r, name, _c in resolved:
        by_sentence.setdefault(sentence_of[order], []).append((r.start, r.end, r, name))
        for t in r.titles:
            kinds.setdefault(name, set()).add(peer(t))
    links: list[tuple[str, str]] = []
    for entries in by_sentence.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: e[0])
        for (_s, end, ra, a), (start, _e, rb, b) in zip(entries, entries[1:]):
            if a == b or not rb.titles or a not in kinds:
                continue
            # peers only ("Prime Minister X received Prime Minister Y", a minister writing to a
            # minister): a head of government meeting an army chief may be a domestic meeting
            if kinds[a].isdisjoint(peer(t) for t in rb.titles):
                continue
            gap = ra.text[end:start]
            if _COUNTERPART_GAP.match(gap) or _COUNTERPART_NOUN.match(gap):
                links.append((a, b))
            elif (ra.titles and b in kinds and _FRONTED_GAP.match(gap)
                  and _FRONTED_TO.search(ra.text, max(0, _s - 120), _s)):
                links.append((b, a))  # "In a message to Y, X said ...": X writes to Y
    return links


# a fronted phrase naming the addressee before the subject: "In a separate message to Prime
# Minister Y, President X recalled ...", "During his telephone conversation with Y, X said ..."
_FRONTED_TO = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:message|letter|cable|note|meeting|talks|call|conversation)\s+(?:to|with)\s+"
    r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){0,6}$"
)
_FRONTED_GAP = re.compile(r"\s*,\s*(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){0,6}$")


# "X conveyed the greetings of President Y", "X delivered a message from Prime Minister Y": a
# messenger carries the words of a leader of their own side
_CONVEYS_FROM = re.compile(
    # the messenger is the subject of the verb: only an adverb or a day between them ("X called
    # on Y and conveyed greetings from Z" is the subject's message, not Y's)
    r"\s*,?\s*(?:(?:who|also|then|later|had|has|have|on\s+[A-Z][a-z]+day|yesterday|today)\s*,?\s*)*"
    r"(?:convey(?:ed|s|ing)?|deliver(?:ed|s|ing)?|carr(?:ied|ies|ying)|"
    r"hand(?:ed|s|ing)\s+over|extend(?:ed|s|ing)?|pass(?:ed|es|ing)\s+on)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[a-z-]+\s+){0,3}(?:greetings|regards|wishes|felicitations|message|letter|invitation)"
    r"\s+(?:of|from)\s+[^.;:]{0,40}$"
)


def _envoy_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(messenger, sender) pairs of "X conveyed the greetings of President Y": the two serve the
    same country (Y's own title phrase, when it names one, still wins)."""
    by_sentence: dict[int, list] = {}
    for order, r, name, _c in resolved:
        if "greeting" in r.text or "message" in r.text or "letter" in r.text \
                or "regards" in r.text or "wishes" in r.text or "felicitation" in r.text \
                or "invitation" in r.text:
            by_sentence.setdefault(sentence_of[order], []).append((r.start, r, name))
    links: list[tuple[str, str]] = []
    for entries in by_sentence.values():
        if len(entries) < 2:
            continue
        entries.sort(key=lambda e: e[0])
        messenger = None
        for (_s, ra, a), (_t, rb, b) in zip(entries, entries[1:]):
            if a != b and rb.titles and _CONVEYS_FROM.match(ra.text, ra.end, rb.start):
                messenger = a
            elif not (messenger and rb.titles and _AND_GAP.fullmatch(ra.text, ra.end, rb.start)):
                messenger = None  # ("... of President Y and Prime Minister Z": both senders)
            if messenger is not None and messenger != b:
                links.append((messenger, b))
    return links


_AND_GAP = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:(?:[A-Z][\w'’.-]*|of|the|for)\s+){0,5}")


def settle_countries(
    resolved: list[tuple[int, object, str, str | None]],
    sentence_of: list,
    home: str | None,
    predicates: dict[int, str] | None = None,
    pair: tuple[str, str] | None = None,
) -> list[tuple[int, object, str, str | None]]:
    """The ``(order, run, name, country)`` rows of one document with missing countries filled
    by succession links and by the document's home country (see the module docstring).

    ``sentence_of[order]`` is the sentence id of run ``order`` (succession links hold between
    runs of one sentence).  ``predicates`` (sentence id -> iso3, from
    :func:`pronoun_predicates`) give the country of the subject of the sentence before: the
    first person named in it.  ``pair`` (the two countries a bilateral document is about) gives
    an official who travels to, or presses, one of them the other one.
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

    def propagate() -> None:
        changed = bool(links)
        while changed:
            changed = False
            for a, b in links:
                if a in country and b not in country:
                    country[b] = country[a]
                    changed = True
                elif b in country and a not in country:
                    country[a] = country[b]
                    changed = True

    propagate()
    opposite = _counterpart_links(resolved, sentence_of, same_title=home is not None)

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
        for name, iso3 in hosts.items():
            if name not in visits:
                country[name] = iso3
        if home is not None:
            held: dict[str, set[str]] = {}
            for _o, r, name, _c in resolved:
                if name in officials:
                    held.setdefault(name, set()).update(r.titles)
            for name in officials:
                if (name not in country and home not in visits.get(name, ())
                        and name not in addressees and not _foreign_crown(held[name], home)):
                    country[name] = home
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
    if not country:
        return resolved
    return [(o, r, name, c or country.get(name)) for o, r, name, c in resolved]
