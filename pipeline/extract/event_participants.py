"""The persons of an event (step 3 of :mod:`pipeline.extract.event_sentence`): subject, objects,
apposition, and the phrases that resolve to persons told earlier in the document.

Subject = the nearest person before the trigger plus persons coordinated with it; objects = the
persons after it, or the one in apposition ("his Azerbaijani counterpart, Colonel General X,");
a possessor is no object ("Morita's successor, Prime Minister X").  Title phrases ("the prime
minister's visit", "his Chinese counterpart") and dyadic phrases ("the two foreign ministers")
resolve to earlier persons of the document; "the two leaders" are the latest heads of state or
government (``event_leader_titles.csv``); "A and his Lao counterpart, B" coordinates A and B.
A person's country comes from the person or from a place word next to the name.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.countries import person_stopwords
from pipeline.extract.event_lexicon import expand, literal_gate
from pipeline.extract.event_model import DocContext, Person, Place
from pipeline.extract.event_trigger_find import ALL_CUES, cue
from pipeline.lexicons import read_lexicon

ACTOR_KINDS = frozenset({"name", "alias", "short", "demonym", "adjective"})

_DYADIC_WHO = r"\b(?:two|both) "  # "the two", "both": with the nouns below, the two sides of a dyad
_DYADIC_NOUN = (
    r"(?:sides|countries|nations|leaders|governments|militaries|armies|navies|"
    r"presidents|prime ministers|premiers|foreign ministers|ministers|heads of state|states|parties)\b"
)
_DYADIC = re.compile(expand(r"\b(?:the two|both) " + _DYADIC_NOUN), re.IGNORECASE)
_DETERMINER = re.compile(r"(?:^|\b(?:the|his|her|their|its|our)\s+)$", re.IGNORECASE)
_AND_LINK = re.compile(r"^,?\s*and\b", re.IGNORECASE)
_WORDS = re.compile(r"[\w’'-]+|'s|’s")
_APPOSITIVE_OF = re.compile(r"^,\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:of|for)\s+")
_NAME_AFTER_TITLE = re.compile(r"^(?:['’]s)?\s+[A-Z]|^[a-z]")

# every _DYADIC match holds "two" or "both", and one of the nouns
_DYADIC_GATES = (literal_gate(expand(_DYADIC_WHO)), literal_gate(expand(_DYADIC_NOUN)))

# --------------------------------------------------------------------------------------------
# 3. participants
# --------------------------------------------------------------------------------------------


# "A and her Bruneian counterpart, (Second Minister of Foreign Affairs) B": the title of B may sit
# between the comma and the name
_AND_COUNTERPART = re.compile(
    r"^,?\s*and\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}counterparts?\s*,?"  # ("his Sri Lankan counterpart")
    r"(?:\s*(?:the\s+)?(?:[A-Z][\w.'’-]*|of|for|and)(?=\s|$)){0,8}$"
)


def _coordinated(gap: str) -> str | None:
    """'and' / ',' when ``gap`` only joins two names (with their titles, or "and his Lao
    counterpart," before a name in apposition); None otherwise."""
    g = gap.strip()
    if "counterpart" in g and _AND_COUNTERPART.match(g):
        return "and"
    if g.startswith(("of ", "from ")):
        m = _OF_COUNTRY.match(g)  # "Secretaries A of Peru and B of Chile": A's country, then "and"
        if m:
            g = g[m.end() :]
    kind = None
    m = _AND_LINK.match(g)
    if m:
        kind, g = "and", g[m.end() :]
    elif g.startswith(","):
        kind, g = ",", g[1:]
        m = _APPOSITION_AND.match(g)
        if m:  # "A, Minister of Foreign Affairs of X, and B": A's title in apposition, then "and"
            kind, g = "and", g[: m.start("and")] + g[m.end() :]
    else:
        return None
    for w in g.split():
        # ("the Minister for Foreign Affairs of X,"; "and our Minister of Trade Y")
        if w.lower() in ("of", "the", "and", "for", "our", "his", "her", "their") or w[:1].isupper():
            continue
        return None
    return kind


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# the end of a title in apposition before the conjunction: "…, Minister of Foreign Affairs of X, and "
_APPOSITION_AND = re.compile(r"[^,;()]{2,90}?(?P<and>,\s*and)(?:\s|$)")
_OF_COUNTRY = re.compile(r"(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,3}")
# "he and his Peruvian counterpart <B>": the pronoun's person is B's co-subject
_PRONOUN_AND_COUNTERPART = re.compile(
    # (the counterpart's title may stand before the name: "she and her Chinese counterpart, National
    # Health Commission minister X,")
    # (a capital letter opens each word of a name or a title: (?-i:…) under IGNORECASE)
    r"\b(?:he|she)\s+and\s+(?:his|her)\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}counterpart,?\s*(?:(?:(?-i:[A-Z])[\w.'’-]*|of|the|for|minister)\s+){0,8}$",
    re.IGNORECASE,
)


# "…, during which he and Prime Minister <B> will co-chair …": a subject pronoun coordinated
# with a named (and titled) person right before that person
_PRONOUN_AND = re.compile(r"\b(?:he|she)\s+and\s+(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,6}$", re.IGNORECASE)


def _pronoun_conjunct(ctx: "_Sentence", subs: list[Person], lo: int) -> list[Person]:
    """"X will visit Y, during which he and Prime Minister B will co-chair …": the pronoun
    coordinated with B is the sentence's first person before it (the main clause's subject),
    else the subject of the previous sentences."""
    b = subs[0]
    m = _PRONOUN_AND.search(ctx.text, max(lo, b.start - 80), b.start)
    if m is None:
        return subs
    before = [p for p in ctx.persons if p.end <= m.start() and p.name != b.name]
    x = before[0] if before else ctx.doc.last_subject
    if x is None or x.name == b.name:
        return subs
    if before:
        x = x._replace(country=ctx.country(x))
    return [x, b]


# a non-restrictive relative clause closed right before a position: ", who accompanied Xi, "
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;]*,\s*$", re.IGNORECASE)


def subjects(persons: list[Person], text: str, lo: int, pos: int) -> list[Person]:
    """The nearest person before ``pos`` (in [lo, pos)) and the persons coordinated with it."""
    before = [p for p in persons if lo <= p.start and p.end <= pos]
    if not before:
        return []
    if "," in text[before[-1].end : pos]:
        # "According to Voronin, the 20th meeting … will be held": the source of a report is no
        # party to what it reports
        before = [p for p in before if not _ACCORDING_TO.search(text, max(0, p.start - 80), p.start)]
        if not before:
            return []
        rel = _RELATIVE_BEFORE.search(text, max(lo, pos - 160), pos)
        if rel:  # "Wang Yi, who accompanied Xi, met …": Xi is inside the relative clause
            before = [p for p in before if p.start < rel.start()]
            if not before:
                return []
    if len(before) >= 2 and _AND_THEN.fullmatch(text, before[-1].end, pos):
        agent = _BY_AGENT.search(text, max(lo, before[-1].start - 60), before[-1].start)
        if agent is not None:
            # "A was received at the airport by Vice President B and later held talks with C":
            # the passive's agent is no subject of the coordinated verb; its subject is
            passive = [p for p in before[:-1] if p.end <= agent.start() and _WAS.search(text, p.end, agent.start())]
            if passive:
                return [passive[-1]]
    out = [before[-1]]
    seen_and = False
    for p in reversed(before[:-1]):
        kind = _coordinated(text[p.end : out[-1].start])
        if kind is None or (kind == "," and not seen_and):
            break
        seen_and = seen_and or kind == "and"
        out.append(p)
    return list(reversed(out))


def objects(persons: list[Person], text: str, pos: int, hi: int) -> list[Person]:
    """Persons after ``pos`` coordinated with the first one ("with A and B")."""
    after = [p for p in persons if p.start >= pos and p.start < hi and not _POSSESSIVE.match(text, p.end)]
    if not after:
        return []
    out = [after[0]]
    kinds = []
    for p in after[1:]:
        kind = _coordinated(text[out[-1].end : p.start])
        if kind is None:
            break
        kinds.append(kind)
        out.append(p)
    while kinds and "and" not in kinds:
        kinds.pop()
        out.pop()
    return out


_POSSESSIVE = re.compile(r"['’]s\b")
# the attribution of a report to its source, right before the source's name (its title between)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:[\w.'’-]+\s+){0,6}$", re.IGNORECASE)
_AND_THEN = re.compile(r"\s*,?\s+and\s+(?:later\s+|then\s+|also\s+|subsequently\s+|afterwards\s+)?")
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}$")
_WAS = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?\w+ed\b")
# the gap between a descriptive object and the name in apposition to it: ", Colonel General "
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|noted|stressed|announced)\b")
# (a title's lower-case joints too: ", Minister for Foreign Affairs Karin …", ", Minister of State for …")
_APPOSITION_GAP = re.compile(r",\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:for|of|and|on|the)\s+(?=[A-Z]))?){0,6}")


# (a lower-case noun of a subdivision may close it: "the Chief Minister of Punjab province, X"; an
# office attached to another: "the State Secretary to the Minister for Foreign Trade of Sweden, X")
_TITLE_TAIL = re.compile(
    r"\s*(?:for|of|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*(?:(?:and|of|for)\s+)?){1,6}"
    r"(?:(?:province|state|county|region|district|prefecture|governorate|oblast|municipality)\s*)?(?=,)"
)


# a lower-case portfolio after a lower-case title head, closed by the comma of the apposition:
# "met Australia's minister for trade and tourism, Rebecca X," / "the secretary of state for
# foreign affairs, Y," (not an adjunct: "the minister for talks on trade" stops at "on")
_LOWER_HEAD_END = re.compile(
    r"\b(?:minister|secretary|commissioner|governor|envoy|representative)(?:\s+of\s+state)?\s*$", re.IGNORECASE
)
_LOWER_TITLE_TAIL = re.compile(
    r"\s*(?:for|of)\s+(?:(?:state|the)\s+(?:for|of)\s+)?"
    r"(?:(?!(?:in|on|at|with|during|about|over|after|before|from|by|to|talks|discussions|hours?|minutes?|days?)\b)"
    r"[a-z][a-z'’-]*\s*(?:and\s+)?){1,6}(?=,)"
)


def apposition(persons: list[Person], text: str, pos: int, np_end: int, hi: int) -> Person | None:
    """The person named in apposition to a descriptive object noun phrase [pos, np_end): "met his
    Azerbaijani counterpart, Colonel General Elnur Gasimov," -> Elnur Gasimov.  The phrase must hold
    no person of its own (a possessor aside) and a lower-case word (a description, not a name)."""
    if np_end < hi and text[np_end] != ",":
        # the phrase stopped at the joint of a capitalised title: "Minister Responsible | for
        # Defence Affairs, Sayyid X" (a lower-case "for talks" is an adjunct, not the title's)
        m = _TITLE_TAIL.match(text, np_end, hi)
        if m is None and _LOWER_HEAD_END.search(text, pos, np_end):
            m = _LOWER_TITLE_TAIL.match(text, np_end, hi)
        if m:
            np_end = m.end()
    if np_end >= hi or text[np_end] != "," or not any(ch.islower() for ch in text[pos:np_end]):
        return None
    for p in persons:
        if pos <= p.start < np_end and not _POSSESSIVE.match(text, p.end):
            return None
        if p.start > np_end:
            if not _APPOSITION_GAP.fullmatch(text, np_end, p.start) or _SPEECH_AFTER.match(text, p.end):
                return None  # "…, Foreign Minister X said": the speaker, not an apposition
            return p
    return None


# "the two foreign ministers", "both leaders": the two sides' persons told before
_DYADIC_PERSONS = re.compile(
    r"\b(?:the\s+two|both)\s+(?P<mod>(?:[\w-]+\s+){0,2}?)(?P<noun>leaders|ministers|presidents|premiers|"
    r"heads\s+of\s+(?:state|government)|counterparts|secretaries|envoys|chiefs|commanders)\b",
    re.IGNORECASE,
)


def dyadic_persons(phrase: str, doc: DocContext, lookback: int = 12, told: list[Person] | None = None) -> list[Person]:
    """"the two foreign ministers …" -> the latest two persons of two different countries in the
    document (of that title when one is named), oldest first; [] when there are not two."""
    m = _DYADIC_PERSONS.search(phrase) or _THE_PLURAL_SUBJECT.search(phrase)
    if not m:
        if _DYADIC_BARE.search(phrase):  # "since the two spoke by telephone": anyone of two sides
            return _two_sides(doc, "", False, lookback, told)
        return []
    noun = " ".join(m.group("noun").lower().split())
    leaders = noun.startswith("heads") or noun == "leaders"
    if leaders or noun in ("counterparts", "chiefs", "commanders"):
        title = ""  # no title to match
    else:
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        title = " ".join((m.group("mod") + singular).lower().split())
    # "the two leaders": heads of state or government first, then anyone
    return (
        (_two_sides(doc, title, False, lookback, told) if title else [])
        # ("the two foreign ministers": a Minister of Foreign Affairs, a Cabinet Secretary for
        # Foreign Affairs, an External Affairs Minister hold the same portfolio)
        or (_two_sides(doc, _PORTFOLIO_MARK + portfolio, False, lookback, told) if (portfolio := _portfolio(title)) else [])
        or (_two_sides(doc, "", True, lookback, told) if leaders else [])
        or _two_sides(doc, "", False, lookback, told)
    )


# "The prime ministers last met …": a definite plural title right before the verb of a joint act
# (the phrase ends at the verb) is the two holders of that title told before
_THE_PLURAL_SUBJECT = re.compile(
    r"\bthe\s+(?P<mod>(?:[\w-]+\s+){0,2}?)(?P<noun>ministers|presidents|premiers|chancellors|secretaries)"
    # (a possessive too: "the ministers' bilateral talks on the margins of …" are theirs)
    r"(?:\s+(?:(?:had|have|has|last|also|again|first|then|later|briefly|recently|previously)\s+){0,2}|['’]\s+(?:[\w-]+\s+){0,3}?)$",
    re.IGNORECASE,
)


# "the two" / "both" right before the verb of a joint act: "since the two spoke by telephone"
_DYADIC_BARE = re.compile(
    r"\b(?:the\s+two|both)(?:\s+(?:men|women))?\s+(?:(?:had|have|has|last|also|again|first|then|later|briefly|recently)\s+){0,2}"
    r"(?:spoke|speak|talked|talk|met|meet|held|hold|discussed|agreed|exchanged|co-chaired|signed|reviewed|spent|spend)\b",
    re.IGNORECASE,
)


def _two_sides(
    doc: DocContext, title: str, need_leader: bool, lookback: int, told: list[Person] | None = None
) -> list[Person]:
    """The latest two persons of two different countries in the persons history (then ``told``,
    later still; of ``title`` when given, leaders only when ``need_leader``), oldest first; []
    when there are not two."""
    out: dict[str, Person] = {}
    recent = doc.history[-lookback:] + told if told else doc.history[-lookback:]
    for p in reversed(recent):
        c = p.country or doc.learned.get(p.name)
        if not c or c in out or any(q.name == p.name for q in out.values()):
            continue
        titles = doc.titles_by_name.get(p.name) or p.titles  # (a person of this sentence: its own titles)
        # ("the ministers" are not the prime ministers: a title naming a head of government or
        # state answers only to a noun that is itself a leader's title)
        if title.startswith(_PORTFOLIO_MARK):
            if not any(t and _portfolio_rx(title[1:]).search(t) for t in titles):
                continue
        elif title and not any(
            t and title in t.lower() and (t.lower() not in _leader_titles() or title in _leader_titles()) for t in titles
        ):
            continue
        if need_leader and not any(t and t.lower() in _leader_titles() for t in titles):
            continue
        out[c] = p._replace(country=c)
        if len(out) == 2:
            return list(reversed(out.values()))
    return []


# the portfolio word of a minister's title and its synonyms: "the two foreign ministers" are the
# holders of any title of that portfolio ("Minister of Foreign Affairs", "External Affairs Minister",
# "Cabinet Secretary for Foreign and Diaspora Affairs")
_PORTFOLIO_MARK = "\x00"
_PORTFOLIO_SYNONYMS = {"foreign": r"foreign|external", "defence": r"defen[cs]e", "defense": r"defen[cs]e"}
_PORTFOLIO_OF = re.compile(r"^(?P<word>[a-z]+) (?:minister|secretary)$")


def _portfolio(title: str) -> str:
    """"foreign minister" -> "foreign" (a one-word portfolio before a minister's noun), else ""."""
    m = _PORTFOLIO_OF.match(title)
    return m.group("word") if m and m.group("word") not in ("prime", "chief", "first", "deputy", "vice") else ""


@functools.cache
def _portfolio_rx(word: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _PORTFOLIO_SYNONYMS.get(word, re.escape(word)) + r")\b", re.IGNORECASE)


@functools.cache
def _leader_titles() -> frozenset[str]:
    """Lower-case titles of heads of state or government (lexicons/event_leader_titles.csv)."""
    try:
        df = read_lexicon("event_leader_titles")
    except FileNotFoundError:
        return frozenset()
    return frozenset(t.strip().lower() for t in df.get_column("title").drop_nulls().to_list() if t.strip())


def person_country(p: Person, text: str, places: list[Place]) -> str | None:
    """The person's country, or the one its title phrase names ("Foreign Minister of Pakistan X")."""
    if p.country:
        return p.country
    for c in places:
        if c.kind in ACTOR_KINDS and c.end <= p.start and p.start - c.end <= 60:
            gap = text[c.end : p.start]
            if all(w[:1].isupper() or w in ("of", "and", "the", "'s", "’s") for w in _WORDS.findall(gap)) and "," not in gap:
                return c.iso3
    m = _APPOSITIVE_OF.match(text[p.end : p.end + 80])
    if m:
        for c in places:
            if c.start == p.end + m.end() and c.kind in ACTOR_KINDS:
                return c.iso3
    return None


@functools.cache
def _title_spellings() -> dict[str, tuple[str, ...]]:
    """Normalised title (lower case) → its other one-word spellings in ``titles.csv`` for heads
    of state ("emir" → "amir"): "His Highness the Amir" names the person titled Emir."""
    try:
        df = read_lexicon("titles")
    except FileNotFoundError:
        return {}
    out: dict[str, set[str]] = {}
    for surface, title, kind in df.select("surface", "title", "kind").iter_rows():
        if not surface or not title or kind not in ("head_of_state", "head_of_government"):
            continue
        word = surface.lower().removeprefix("the ").strip()
        if " " not in word and word != title.lower():
            out.setdefault(title.lower(), set()).add(word)
        if kind == "head_of_government" and title.lower() != "premier":
            # "the Qatari premier called Mr X": news English calls any head of government "premier"
            out.setdefault(title.lower(), set()).add("premier")
    return {k: tuple(sorted(v)) for k, v in out.items()}


_CHIEF_OF_STAFF = re.compile(r"^chief of (?:the )?(naval|navy|army|air|air force|defence|defense|general) staff$")


@functools.lru_cache(maxsize=4096)
def _short_chief(title: str) -> tuple[str, ...]:
    """"chief of (the) naval staff" → "naval chief" (news English names a service chief by it).
    Memoised: the same few titles are read for every title phrase of a corpus."""
    m = _CHIEF_OF_STAFF.match(title)
    if not m:
        return _short_minister(title) + _title_acronym(title)
    service = {"navy": "naval", "defense": "defence", "general": "military", "air force": "air"}.get(m.group(1), m.group(1))
    return (f"{service} chief",) + _title_acronym(title)


# "minister of foreign affairs, african cooperation and …" → "foreign minister": news English names a
# minister by the first word of the portfolio
_MINISTER_OF = re.compile(r"^minister (?:of|for) (?:the )?(?!state\b)([a-z]+)\b")
# "deputy foreign minister" → "deputy minister": a deputy named by rank without the portfolio, as
# news English repeats the title ("the Deputy Minister paid a courtesy call on …")
_DEPUTY_OF = re.compile(r"^((?:deputy|vice|assistant) )(?!prime\b)[a-z]+ (minister|secretary)$")


def _short_minister(title: str) -> tuple[str, ...]:
    m = _MINISTER_OF.match(title)
    d = _DEPUTY_OF.match(title)
    return ((f"{m.group(1)} minister",) if m else ()) + ((d.group(1) + d.group(2),) if d else ())


def _title_acronym(title: str) -> tuple[str, ...]:
    """"chief of army staff" → "coas" (the initials of a title of three words or more, "of"
    included, as news English abbreviates it: "the COAS met …")."""
    words = title.replace("-", " ").split()
    if len(words) < 3:
        return ()
    return ("".join(w[0] for w in words if w not in ("the", "and")),)


# a bare definite title, without a country or a name, as the subject: "the Minister will", "the
# president also"
_THE_BARE_TITLE = re.compile(
    r"(?:^|[^\w’'])[Tt]he\s+(?P<head>(?i:minister|president|premier|chancellor|ambassador|envoy))\s+"
    r"(?:(?:will|would|shall|also|later|then|has|had|is|was|subsequently)\s+){0,2}$"
)


@functools.cache
def _style_after_the() -> re.Pattern[str]:
    """A courtesy or diplomatic style between "the" and a title ("the Hon. Minister", "the Rt. Hon.
    Prime Minister", "the Honourable Minister"): rows of ``honorifics.csv`` of those kinds."""
    df = read_lexicon("honorifics")
    forms = set()
    for surface, kind in df.select("surface", "kind").iter_rows():
        if not surface or kind not in ("courtesy", "diplomatic") or len(surface.rstrip(".")) < 2:
            continue
        forms.add(r"\s+".join(re.escape(w.rstrip(".")) + (r"\.?" if w.endswith(".") else "") for w in surface.split()))
    alt = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(r"\b(?P<the>(?i:the))\s+(?P<style>(?:(?:" + alt + r")(?=\s)\s*)+)(?=[A-Z])")


def unstyled(phrase: str) -> str:
    """``phrase`` with a style after "the" blanked (offsets kept, the article moved next to the
    title): "the Hon. Minister" reads as "the Minister"."""
    if "the" not in phrase.lower():
        return phrase
    return _style_after_the().sub(lambda m: " " * (len(m.group(0)) - 4) + m.group("the") + " ", phrase)


def resolve_title_np(
    phrase: str, phrase_places: list[Place], base: int, doc: DocContext, exclude: set[str], unknown_country: bool = False
) -> Person | None:
    """"the prime minister's …", "Pakistan's foreign minister …" → the latest person with that title
    (``unknown_country``: a holder whose country is not known may answer to a country's title)."""
    phrase = unstyled(phrase)
    low = phrase.lower()
    bare = _THE_BARE_TITLE.search(phrase) if "the" in low else None
    if bare is not None:
        # "Tomorrow the Minister will call on X" in the story of a visit: the visitor (else the
        # subject of the narrative) when one of their titles has that head word, before a person
        # told later with the bare title ("Ms. A and Minister B witnessed …": B is not meant)
        word = re.compile(rf"\b{bare.group('head').lower()}\b")
        for p in (doc.last_visitor, doc.last_subject):
            if p is not None and p.name not in exclude and any(word.search(t.lower()) for t in doc.titles_by_name.get(p.name, ())):
                return p
    spellings = _title_spellings()
    # (the subject of the narrative first: "Qadir also spoke to Turkish Foreign Minister Demir. The
    # foreign minister will leave for Beijing …" is Qadir)
    first = [doc.last_subject] if doc.last_subject is not None else []
    for p in first + doc.history[::-1] if first else reversed(doc.history):
        if p.name in exclude:
            continue
        for known in doc.titles_by_name.get(p.name, ()):
            title = known
            i = low.rfind(title.lower())
            if i < 0:
                for alt in spellings.get(title.lower(), ()) + _short_chief(title.lower()):
                    i = low.rfind(alt)
                    if i >= 0:
                        title = phrase[i : i + len(alt)]
                        break
            if i < 0 or (i and low[i - 1].isalpha()):
                continue
            after = phrase[i + len(title) :]
            if _NAME_AFTER_TITLE.match(after):
                continue  # a title before a name the person finder missed, or a longer word
            constraint = [c for c in phrase_places if c.kind in ACTOR_KINDS and 0 <= base + i - c.end <= 4]
            if not constraint and _THE_BEFORE.search(phrase, max(0, i - 8), i):
                # "the President of the People's Republic of China": the country after the title
                t_end = i + len(title)
                constraint = [
                    c for c in phrase_places
                    if c.kind in ACTOR_KINDS and 0 < c.start - base - t_end <= 40
                    and _TITLE_OF_COUNTRY.fullmatch(phrase, t_end, c.start - base)
                ][:1]
            pc = p.country or doc.learned.get(p.name)
            if constraint and constraint[-1].iso3 != pc and not (unknown_country and pc is None):
                continue  # (a country an event implied counts: the visitor of a visit told)
            if not constraint and not _DETERMINER.search(phrase[max(0, i - 8) : i]):
                continue
            return p
    lead = _THE_DEM_LEADER.search(phrase)
    if lead:
        # "when the Turkmen leader telephoned him": the latest head of state or government of the
        # country the demonym names
        iso3 = next(
            (c.iso3 for c in phrase_places if c.kind in ACTOR_KINDS and lead.start() <= c.start - base < lead.end()), None
        )
        p = _leader_of(doc, iso3) if iso3 else None
        if p is not None and p.name not in exclude:
            return p
    hon = _THE_HONORIFIC.search(phrase)
    if hon:
        # "The Saudi prince arrived …": the latest person named with that honorific ("Prince
        # Saud …"), of the demonym's country when one is given
        iso3 = next((c.iso3 for c in phrase_places if c.kind in ACTOR_KINDS and hon.start() <= c.start - base < hon.end()), None)
        word = " ".join(hon.group("hon").lower().split()) + " "
        for p in reversed(doc.history):
            if p.name not in exclude and p.surface.lower().startswith(word) and (iso3 is None or p.country in (None, iso3)):
                return p
    head = _BARE_HEAD.search(phrase)
    if head:
        # "the minister …": the latest person one of whose titles has that head word
        # (the subject of the narrative first: "Minister X met minister Y. The minister …" is X)
        word = re.compile(rf"\b{re.escape(head.group('head').lower())}\b")
        subject = doc.last_subject
        for p in ([subject] if subject is not None else []) + doc.history[::-1]:
            if p.name not in exclude and any(word.search(t.lower()) for t in doc.titles_by_name.get(p.name, ())):
                return p
    head = _THE_DEM_HEAD.search(phrase)
    if head:
        # "The Uzbek minister is on a visit …": the latest person of the demonym's country one of
        # whose titles has that head word
        iso3 = next((c.iso3 for c in phrase_places if c.kind in ACTOR_KINDS and c.start - base == head.start("dem")), None)
        word = re.compile(rf"\b{re.escape(head.group('head').lower())}\b")
        for p in doc.history[::-1] if iso3 else ():
            c = p.country or doc.learned.get(p.name)
            if p.name not in exclude and c == iso3 and any(word.search(t.lower()) for t in doc.titles_by_name.get(p.name, ())):
                return p
    return None


_TITLE_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}")
_THE_HONORIFIC = re.compile(
    r"\bthe\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?P<hon>crown\s+prince|prince|princess|sheikh|sheikha|emir|sultan)\s*$", re.IGNORECASE
)
_THE_DEM_LEADER = re.compile(r"\bthe\s+(?-i:[A-Z])[\w'’-]+\s+leader\s*$", re.IGNORECASE)
_BARE_HEAD = re.compile(r"(?:^|[^\w’'])the\s+(?P<head>[a-z]{4,})\s*$", re.IGNORECASE)
_THE_DEM_HEAD = re.compile(
    r"(?:^|[^\w’'])(?i:the)\s+(?P<dem>[A-Z][\w’'-]+)\s+(?P<head>minister|president|premier|secretary|ambassador|envoy|"
    r"chancellor|foreign\s+minister|prime\s+minister|counterpart|leader|chief|commander|general|king|emir|amir|sultan)\s*$"
)


_BARE_NAME = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:bin\s+|al-\s*|de\s+|van\s+)?[A-Z][\w'’-]+){0,3})"
)
_NOT_NAME = frozenset(
    "The This That These Those It He She They We Both Two Its His Her Their In On At During After Before "
    "Since When While As But And Also Earlier Later Meanwhile Separately Now Then Last Next Under "
    "According Photo".split()
)


def bare_name(text: str, start: int, end: int, places: list[Place], doc: DocContext) -> Person | None:
    """A capitalised name that the person finder did not mark ("In July, Ngozi Otieno paid …"):
    the text [start, end) must be exactly a name (an honorific allowed), with no country in it.
    A surname seen before in the document resolves to that person."""
    seg = text[start:end]
    m = _BARE_NAME.fullmatch(seg.strip())
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in _NOT_NAME or any(w.isupper() and len(w) > 1 for w in words):
        return None
    if any(w in person_stopwords() for w in words):
        return None  # "Grandhara Art Exhibition", "Foreign Office": institution or event nouns
    if any(start <= c.start < end for c in places):
        return None
    for p in reversed(doc.history):
        if p.name == name or p.name.split()[-1] == words[-1] or p.surface == name:
            return p
    if any(t.lower() == name.lower() for ts in doc.titles_by_name.values() for t in ts):
        return None  # a bare title ("President"), not a name
    off = start + len(seg) - len(seg.lstrip())
    return Person(off, off + len(seg.strip()), seg.strip(), name, (), None)


def resolve_counterpart(
    phrase: str, places: list[Place], base: int, doc: DocContext, exclude: set[str], cues: frozenset[str] = ALL_CUES
) -> tuple[Person | None, str | None]:
    """"his Chinese counterpart" → (latest Chinese person of the document, 'CHN')."""
    m = cue("counterpart", phrase, cues)
    if not m:
        return None, None
    iso3 = None
    if m.groupdict().get("dem"):
        s = base + m.start("dem")
        iso3 = next((c.iso3 for c in places if c.start == s), None)
    for p in reversed(doc.history):
        if p.name not in exclude and (iso3 is None or p.country == iso3):
            return p, iso3 or p.country
    return None, iso3


def _leader_of(doc: DocContext, iso3: str) -> Person | None:
    """The latest person of the document serving ``iso3`` under a leader's title."""
    leaders = _leader_titles()
    for p in reversed(doc.history):
        if (p.country or doc.learned.get(p.name)) == iso3 and any(
            t.lower() in leaders for t in doc.titles_by_name.get(p.name, ())
        ):
            return p._replace(country=iso3)
    return None
