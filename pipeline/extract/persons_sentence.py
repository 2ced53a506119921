"""Person mentions inside one sentence: runs of name words and what the sentence says about them.

:func:`analyse` finds every run of capitalised name words ("Xi Jinping", "Anwaar-ul-Haq Kakar",
"Muhammad bin Salman") and reads the evidence around it: a title phrase before it ("Chinese
President"), a title appositive after it (", Minister of Economy of Kyrgyzstan,"), an honorific
("Mr.", "Gen."), a role noun ("military expert") or a reporting verb ("said").  Whether a run that
the sentence does not mark is a person is decided per document (:mod:`persons_document`).

Besides the titles: initials ("A. K. Abdul Momen", also a letter that is a stop word), an
honorific kept in a name it would otherwise reduce to one word ("Sheikh Hasina", while "Sheikh
Tamim bin Hamad" is Tamim bin Hamad and "Nadia Sheikh" a surname), no person before an
organisation's noun ("the Kenya Transporters Association"), the served country in "High
Commissioner of India to Bangladesh" and in "his Azerbaijani counterpart, Colonel General X", an
appositive that leads into the next name left to it ("At the invitation of X, the Foreign
Minister of India, Dr. Y, ..."), and an institution's country for an analyst ("a fellow at the
Chinese Academy of Social Sciences").  Also: a bracketed remit or rank qualifier between a title
and the name ("Additional Secretary (Middle East) X", "Lt Gen (retd) X"), a title and a country
name that share words ("President of the Republic of Azerbaijan X"), a regnal number ("King
Abdullah II of Jordan"), a plural title over a list whose names each carry "of <country>"
("Energy secretaries X of Bangladesh and Y of Nepal"), the office of a counterpart (the last of a
compound office; the last titled person of the document when the sentence names none), no
appositive for a title that opens the next clause ("According to X, the president will ..."),
and no person after "told" ("told Valor Sul": the listener).  More: an appositive between two
names that each have their own belongs to the first ("At the invitation of X, Prime Minister of
Japan, Y, Prime Minister of Viet Nam, ..."); an office of a national force before a rank ("Chief
of the General Staff of the Saudi Armed Forces General X"); the party chief of any Chinese
province or city ("Secretary of the CPC Sichuan Provincial Committee"); a counterpart named with
a rank only still holds the office ("his Ethiopian counterpart, Field Marshal X"), and the
counterpart of "Foreign Minister Senator X" is a Foreign Minister (a rank or style is no
office); no appositive in a headline's clause ("Nigeria's Borno, minister to visit Abuja").
Clause-level rules are in :mod:`persons_clauses`.

Hot path: it runs on every sentence of the corpus, so lexicon lookups are memoised by string
(:mod:`persons_lexicon`) and the common single-space gaps are tested without a regex.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, field

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_clauses import institution_country, possessive_back, read_clauses
from pipeline.extract.persons_lexicon import (
    _CAP,
    _CAP_TOKEN,
    _generic_minister_regex,
    _honorific_name_part,
    _honorific_title,
    _honorifics,
    _inner_words,
    _org_regex,
    _speech_regex,
    _title_regex,
    _word_lists,
    generic_minister,
    is_name_word,
    org_heads,
    title_row,
)
from pipeline.lexicons import read_lexicon

MAX_NAME_TOKENS = 6

# words skipped between a name's comma and its appositive title ("X, the first Japanese prime
# minister to ..."); compared in lower case, so never a word that starts a place ("New")
_ARTICLES = frozenset(
    {"the", "a", "an", "also", "currently", "now", "then", "who", "is", "was", "first", "second",
     "third", "only", "last"}
)
_SEPARATOR = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*)")
# between two titles: "Deputy Prime Minister and Foreign Minister", "Chief of Army Staff General",
# "Deputy Prime Minister - Foreign Minister"
# (searched on a short window before the title)
_SEPARATOR_BACK = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+[-–—]\s+|\s+)$")
# "his German counterpart, ", "her South Korean counterpart " right before a name
_COUNTERPART_BACK = re.compile(
    r"\b(?:his|her|their)\s+(?:[A-Z][\w'’\-]*\s+){0,3}counterparts?\s*,?\s*$"
)
_PATRONYMIC_BACK = re.compile(r"\b(?:bin|ibn|bint|binti)\s+$")
_OF_THE_BACK = re.compile(r"\s+(of|to)\s+(?:the\s+)?$", re.IGNORECASE)
# "of the Communist Party" before "of <country>": a body between a title and its country
_OF_BODY_BACK = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}([A-Z][\w'’\-]*)\s*$")
_HSPACE = frozenset(" \t\u00a0\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))
_COMMA = re.compile(r"\s*,\s+")
_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+")
_SPACES = re.compile(r"\s*")
_POSSESSIVE_SPACE = re.compile(r"(?:['’]s?)?\s+")
_NEXT_CAP = re.compile(r"[^\S\r\n]*,?[^\S\r\n]+([A-Z][\w'’\-]*)")
_OF_THE_FWD = re.compile(r"\s+of\s+(?:the\s+)?")
_REMIT_FWD = re.compile(r"\s+for\s+[A-Z][\w'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*){0,3}")
_AL_FAMILY = frozenset({"Al", "El"})  # the article of an Arabic family name ("Al Said")
_GLUED_PARTICLE = re.compile(r"[a-z]{1,4}-$")
_PARTICLE_GAP = re.compile(
    r"[^\S\r\n]{1,3}([a-z]{1,5})(?:[^\S\r\n]{1,3}([a-z]{1,5}))?[^\S\r\n]{1,3}"
)  # "bin", "von der"
_SPACE_ONLY = re.compile(r"[^\S\r\n]{1,3}")
_INITIAL_GAP = re.compile(r"\.[^\S\r\n]{0,3}")  # "J. K. Rowling", "J.K."
_WORD_CHARS_BEFORE = "_'’-"
_TRAILING = "'’-"
_POSSESSIVE_TAILS = ("'s", "’s")


@dataclass(slots=True)
class _Atom:
    """A title, modifier or descriptor phrase in a sentence."""

    start: int
    end: int
    kind: str  # a title kind, "descriptor" or "modifier"
    title: str | None
    iso3: str | None
    plural: bool = False  # "foreign ministers": several people


@dataclass(slots=True)
class _Run:
    """A run of name words, with what the sentence says about it."""

    start: int  # span of the mention in the sentence (honorific included)
    end: int
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # each token's span (possessive removed)
    text: str  # the sentence
    where: tuple = ()  # (sentence_id, sentence char_start), set by the caller when needed
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    weak_head: bool = False  # starts with a stop word that may be a surname ("He", "To")
    confirmed: bool = False  # the sentence itself marks it as a person
    licensed: bool = False  # title or honorific right before: a lone word still counts
    # a run of the same sentence that holds the same office before or after this one
    # ("Morita's successor, Prime Minister Hiroshi Takeda"): it serves the same country
    same_country_as: tuple[str, ...] | None = None
    org_office: bool = False  # its title is an office of an organisation named after a country
    # "his Egyptian counterpart X" with no titled person before it in the sentence: X holds the
    # office of the last titled person named before (settled per document)
    counterpart: bool = False
    # "Ambassador to Kenya X", "X, who served in Nairobi": the country where an envoy is (or was)
    # posted - in a bilateral article, the other side is the one served (settled per document)
    posted_to: str | None = None


def _lowered(text: str) -> str:
    """``text`` in lower case with the same length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


def title_atoms(text: str) -> list[_Atom]:
    """Titles, modifiers and role nouns of a sentence, non-overlapping, left to right."""
    found: list[tuple[int, int, int, _Atom]] = []  # (start, -length, priority, atom)
    for m in _title_regex().finditer(_lowered(text)):
        _title_found(found, text, m.start(), m.end())
    generic = "inister" in text or "ecretar" in text
    party = "CPC" in text or "Communist Party of China" in text
    if not (generic or party):
        # the matches of one finditer are already left to right and never overlap
        return [t[3] for t in found]
    if generic:
        for m in _generic_minister_regex().finditer(text):
            _generic_found(found, m, m.start(), m.end())
    if party:
        for m in _PARTY_COMMITTEE.finditer(text):
            title = "Deputy Party Secretary" if m.group(1) else "Party Secretary"
            found.append((m.start(), m.start() - m.end(), 0,
                          _Atom(m.start(), m.end(), "party", title, "CHN")))
    return _non_overlapping(found)


# "Secretary of the CPC Sichuan Provincial Committee", "Secretary of the CPC Xiamen Municipal
# Committee": the party chief of a Chinese province or city, whatever its name
_PARTY_UNIT = r"(?:Provincial|Municipal|Autonomous\s+Regional|Regional|Prefectural|County|City)"
_PARTY_COMMITTEE = re.compile(
    r"(?<![\w'’])(?:(Deputy)\s+)?Secretary\s+of\s+the\s+(?:"
    r"(?:CPC|Communist\s+Party\s+of\s+China)\s+(?:[A-Z][\w'’-]*\s+){1,3}" + _PARTY_UNIT +
    r"\s+(?:Party\s+)?Committee"
    # "Secretary of the Sichuan Provincial Committee of the Communist Party of China"
    r"|(?:[A-Z][\w'’-]*\s+){1,3}" + _PARTY_UNIT + r"\s+(?:Party\s+)?Committee\s+of\s+the\s+"
    r"(?:CPC|Communist\s+Party\s+of\s+China))(?![\w'’])"
)


def _title_found(found: list, text: str, s: int, e: int) -> None:
    hit = title_row(text[s:e])
    if hit is not None:
        row, plural = hit
        found.append((s, s - e, 0, _Atom(s, e, row.kind, row.title, row.iso3, plural)))


def _generic_found(found: list, m: re.Match, s: int, e: int) -> None:
    head = m.group("hpre") or m.group("hpost")
    kind, title, iso3 = generic_minister(m.group("whole"), m.group("pre") or m.group("post"), head)
    # "Energy secretaries X and Y", "the ministers of trade": several people
    plural = _PLURAL_HEAD.search(head) is not None
    found.append((s, s - e, 1, _Atom(s, e, kind, title, iso3, plural)))


_ORDER = operator.itemgetter(0, 1, 2)


def _non_overlapping(found: list[tuple[int, int, int, _Atom]]) -> list[_Atom]:
    """Atoms from (start, -length, priority, atom): leftmost first, then longest, then an
    explicit row before the generic reading; overlapping ones dropped."""
    if len(found) < 2:
        return [t[3] for t in found]
    # leftmost first, then longest, then an explicit row before the generic reading
    found.sort(key=_ORDER)
    atoms: list[_Atom] = []
    last_end = -1
    for start, _neg, _prio, atom in found:
        if start >= last_end:
            atoms.append(atom)
            last_end = atom.end
    return atoms


# a capitalised word not inside another word, its trailing apostrophes left out: in a text
# without a dash this finds exactly what the loop of _tokens keeps (a word that starts inside
# another is preceded by a word character or an apostrophe, which the look-behind refuses)
_FREE_CAP_TOKEN = re.compile(_CAP + r"(?<![\w'’\-][\s\S])(?:[\w'’]*\w)?")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words (start, end, word) with a glued particle kept ("al-Sisi"), trailing
    apostrophes and dashes removed; words that start inside another word are left out."""
    if "-" not in text:  # fast path: no glued particle, no dash to strip
        return [(m.start(), m.end(), g) for m in _FREE_CAP_TOKEN.finditer(text)
                if (g := m.group())[0].isupper()]
    return _tokens_general(text)


def _tokens_general(text: str) -> list[tuple[int, int, str]]:
    """:func:`_tokens` for any text (the fast path of :func:`_tokens` is checked against it)."""
    tokens = []
    append = tokens.append
    for m in _CAP_TOKEN.finditer(text):
        s, e = m.span()
        tok = m.group()
        if s:
            c = text[s - 1]
            if c.isalnum() or c in _WORD_CHARS_BEFORE:
                glued = _GLUED_PARTICLE.search(text, max(0, s - 5), s) if c == "-" else None
                if glued is None or (glued.start() and text[glued.start() - 1].isalnum()):
                    continue
                s = glued.start()
                tok = text[s:e]
        if tok[-1] in _TRAILING:
            while tok[-1] in _TRAILING:
                tok, e = tok[:-1], e - 1
        if tok[0].isupper() or "-" in tok:
            append((s, e, tok))
    return tokens


# reporting verbs whose object is the listener, not an inverted speaker ("said Yang Jin" is a
# person; "told Reuters", "urged Beijing" need not be)
_LISTENER_VERBS = frozenset({"told", "urged", "asked", "assured", "warned"})
_PLURAL_HEAD = re.compile(r"(?:ministers|secretaries)\b", re.IGNORECASE)
_APPOSITIVE = re.compile(r",\s+(?:an?|the)?\s*[a-z]")  # "X, an associate research fellow …"
_PREV_WORD = re.compile(r"([A-Z][\w'’\-]*)[^\S\r\n]+$")


def _after_name_word(text: str, m: re.Match, mask: bytearray) -> bool:
    """An honorific that is a word ("Sheikh", "Imam") right after a name word is a surname:
    "Deputy Prime Minister Nadia Sheikh of Ecuador"."""
    if "." in m.group(0):
        return False
    s = m.start()
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    return prev is not None and not mask[prev.start()] and is_name_word(prev.group(1))


def _fill(mask: bytearray, s: int, e: int) -> None:
    mask[s:e] = b"\x01" * (e - s)


def analyse(
    text: str,
    country_hits: list[tuple],
    cues: tuple[bool, ...] = (True, True, True, True, True),
) -> list[_Run]:
    """Every run of name words in one sentence, with its titles, country and evidence.

    ``country_hits`` are (start, end, surface, iso3, kind) tuples (or
    :class:`~pipeline.extract.countries.CountryHit`) relative to the sentence.  ``cues`` = (may
    hold a title or role noun, an organisation, an honorific, a reporting verb, a delegation or
    succession phrase - :data:`persons_clauses.CLAUSE_CUES`), from the
    vectorised prefilter of :func:`pipeline.extract.persons.extract_persons`; a False skips that
    scan.
    """
    may_title, may_org, may_honorific, may_speech = cues[:4]
    may_clause = cues[4] if len(cues) > 4 else True
    stop = _word_lists()[0]
    # capitalised words only ("al-Sisi" included); lower-case particles are read from the gaps
    tokens = _tokens(text)
    # cheap exit: no capitalised word that could be a name (stop words and countries aside)
    if country_hits:
        country_starts = {h[0] for h in country_hits}
        for t in tokens:
            if t[2] not in stop and t[0] not in country_starts:
                break
        else:
            return []
    else:
        for t in tokens:
            if t[2] not in stop:
                break
        else:
            return []

    atoms = title_atoms(text) if may_title else []
    if atoms and (" bin " in text or " ibn " in text or " bint " in text or " binti " in text):
        # after a patronymic particle comes a father's name, never a title: "Hamad bin Sultan"
        atoms = [
            a for a in atoms if _PATRONYMIC_BACK.search(text, max(0, a.start - 8), a.start) is None
        ]
    # characters that belong to a country, title, organisation or honorific: never a name
    mask = bytearray(len(text) + 1)
    for h in country_hits:
        mask[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
    for a in atoms:
        mask[a.start : a.end] = b"\x01" * (a.end - a.start)
    words = None
    org_re, org_first = _org_regex()
    if may_org and org_re is not None:
        words = {t[2] for t in tokens}
        if not words.isdisjoint(org_first):
            for m in org_re.finditer(text):
                if m.start() == 0 or not text[m.start() - 1].isalnum():
                    _fill(mask, m.start(), m.end())
    hon_re, _, hon_first = _honorifics()
    honorifics = {}
    if may_honorific:
        if words is None:
            words = {t[2] for t in tokens}
        if not words.isdisjoint(hon_first):
            last_end = -1
            for m in hon_re.finditer(text):
                s = m.start()
                if s == 0:
                    honorifics[m.end()] = m
                    last_end = m.end()
                    continue
                if mask[s] or text[s - 1].isalnum() or text[s - 1] == ".":
                    continue  # "Crown Prince": a title's word
                # honorifics in a row ("the Rt Hon Dame X"): the one before is no name word
                in_row = last_end >= 0 and not text[last_end:s].strip()
                if in_row or not _after_name_word(text, m, mask):
                    honorifics[m.end()] = m
                    last_end = m.end()
            for m in honorifics.values():
                _fill(mask, m.start(), m.end())

    # per word: can it be part of a name here? (not a stop word, acronym, country, title …)
    good = [not (mask[s] or mask[e - 1]) and is_name_word(tok) for s, e, tok in tokens]
    # an Arabic family name after "Al" is a name even when the word is a stop word elsewhere
    # ("Qais bin Talal Al Said", while "Minister Said" in a headline is a verb)
    for k in range(1, len(tokens) if ("Al" in text or "El" in text) else 0):
        s, e, tok = tokens[k]
        ps, pe, prev = tokens[k - 1]
        if (not good[k] and good[k - 1] and prev in _AL_FAMILY and s == pe + 1
                and tok[:1].isupper() and not tok.isupper() and not (mask[s] or mask[e - 1])):
            good[k] = True
    # a stop word that is also a given name ("Said") is a name word between two name words
    # ("President Halima Said Mrema"); elsewhere it stays a stop word ("Minister Said ...")
    inner = _inner_words()
    for k in range(1, len(tokens) - 1 if inner and not inner.isdisjoint(text.split()) else 0):
        s, e, tok = tokens[k]
        if (tok in inner and not good[k] and good[k - 1] and good[k + 1]
                and tokens[k - 1][1] + 1 == s and e + 1 == tokens[k + 1][0]
                and not (mask[s] or mask[e - 1])):
            good[k] = True
    if not any(good):
        return []  # no name word (a weak head needs one after it): no run

    runs = _runs(text, tokens, good, mask, stop, atoms, honorifics)
    heads = "head of " in text or "hief of " in text or "eader of " in text
    if not (atoms or honorifics or may_speech or (may_title and heads)) or not runs:
        return runs  # nothing in the sentence can mark a person: only known names will count
    atom_by_end = {a.end: a for a in atoms}
    atom_by_start = {a.start: a for a in atoms}
    hit_by_end = {}
    place_by_end = {}
    hit_by_start = {}
    for h in country_hits:
        if h[4] in ACTOR_KINDS:
            hit_by_end[h[1]] = h
            hit_by_start[h[0]] = h
        else:
            place_by_end[h[1]] = h
    after_re, _before_re, appos_re = _speech_regex()
    speech_verbs = _word_lists()[2]
    run_ends = frozenset(r.end for r in runs)
    # a remit ("Special Envoy for Yemen X") or a named body ("the head of Sudan's Sovereignty
    # Council, X") may stand between a title and the name
    may_back = _back_spans(text, atoms, heads) if (heads or " for " in text) else ()
    for run in runs:
        _read_before(text, run, honorifics, atom_by_end, hit_by_end, place_by_end, run_ends,
                     atom_by_start, may_back)
        if run.weak_head:
            had = len(run.titles)
            _read_after(text, run, atom_by_start, hit_by_start, run_ends)
            if len(run.titles) > had:
                # "He met To Lam, General Secretary of ...": a title appositive makes it a name
                run.weak_head = False
        else:
            _read_after(text, run, atom_by_start, hit_by_start, run_ends)
        if run.titles and run.country is None and ("served" in text or "posted" in text):
            _posted_after(text, run, country_hits)
        if run.confirmed and run.country is None and not run.titles and _APPOSITIVE.match(
            text, run.end
        ):
            run.country = institution_country(text, run.end, country_hits)
        if not run.confirmed and len(run.tokens) >= 2:
            stop_at = run.end + 400
            if (
                after_re.match(text, run.end, stop_at)
                or appos_re.match(text, run.end, stop_at)
                or (
                    (verb := text[max(0, run.start - 24) : run.start].rstrip().rpartition(" ")[2])
                    in speech_verbs
                    and verb not in _LISTENER_VERBS
                )
            ):
                run.confirmed = True
    if len(runs) > 1 and ("'s " in text or "’s " in text):
        _possessive_pairs(text, runs, hit_by_end)
    if may_clause:
        read_clauses(text, runs, country_hits, atom_by_start)
    if "counterpart" in text:
        _counterpart_titles(text, runs)
    if len(runs) > 1 and any(a.plural for a in atoms):
        _shared_plural_titles(text, runs, atom_by_end, hit_by_start)
    return runs


_AND_GAP = re.compile(r"\s+and\s+")


def _possessive_pairs(text: str, runs: list[_Run], hit_by_end: dict) -> None:
    """"Kyrgyzstan's Bakyt Osmonaliev and Tajikistan's Rustam Khudoyorov": two full names, each
    after a country's possessive, coordinated - two persons, each serving that country (a
    single "China's Belt Road" is left alone: the pair is what marks persons)."""

    def owner(run: _Run) -> tuple[str, int] | None:
        q = _skip_ws_back(text, run.start)
        p = possessive_back(text, q)
        hit = hit_by_end.get(p) if p < q else None
        return (hit[3], hit[0]) if hit is not None and hit[4] in ACTOR_KINDS else None

    for a, b in zip(runs, runs[1:]):
        if len(a.tokens) < 2 or len(b.tokens) < 2 or a.titles or b.titles:
            continue
        own_a, own_b = owner(a), owner(b)
        if own_a is None or own_b is None or not _AND_GAP.fullmatch(text, a.end, own_b[1]):
            continue
        for run, own in ((a, own_a), (b, own_b)):
            run.country = run.country or own[0]
            run.licensed = run.confirmed = True


def _shared_plural_titles(
    text: str, runs: list[_Run], atom_by_end: dict, hit_by_start: dict | None = None
) -> None:
    """"Presidents Xi Jinping and Vladimir Putin", "Foreign Ministers A, B and C": every name of
    a list right after a plural title holds it; "Energy secretaries A of Bangladesh and B of
    Nepal": each name's own "of <country>" gives its country."""
    hit_by_start = hit_by_start or {}

    def own_country(end: int) -> tuple[str | None, int]:
        m = _OF_THE_FWD.match(text, end)
        hit = hit_by_start.get(m.end()) if m else None
        return (hit[3], hit[1]) if hit is not None else (None, end)

    for k, run in enumerate(runs[:-1]):
        q = _skip_ws_back(text, run.start)
        if text[q - 1 : q] == ",":  # "The Ministers of the Interior, Mr. X and Mr. Y"
            q = _skip_ws_back(text, q - 1)
        atom = atom_by_end.get(q)
        if atom is None or not atom.plural or not run.titles:
            continue
        j = k
        while j + 1 < len(runs) and not runs[j + 1].titles:
            _iso, gap_start = own_country(runs[j].end)
            if not _SEPARATOR.fullmatch(text, gap_start, runs[j + 1].start):
                break
            nxt = runs[j + 1]
            nxt.titles = list(run.titles)
            nxt.licensed = nxt.confirmed = True
            nxt.country = nxt.country or own_country(nxt.end)[0]
            j += 1


def counterpart_office(titles: list[str]) -> str:
    """The office a counterpart of a holder of ``titles`` holds: the only one, or the last of a
    compound ("Deputy Prime Minister and Foreign Minister" -> Foreign Minister; "Crown Prince and
    Prime Minister" -> Prime Minister: the government office is written last).  A rank or a
    style written between the office and the name is no office ("Foreign Minister Senator X",
    "Chief of Army Staff General Y")."""
    offices = [t for t in titles if not _is_rank_or_style(t)]
    return (offices or titles)[-1]


@functools.lru_cache(maxsize=1024)
def _is_rank_or_style(title: str) -> bool:
    """A military rank (a title some honorific implies: "General") or a legislator's style
    ("Senator")."""
    found = title_row(title)
    if found is not None and found[0].kind == "legislator" and found[0].rank and found[0].rank >= 6:
        return True
    return title in _rank_titles()


@functools.cache
def _ranks_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_rank_titles(), key=len, reverse=True))


# the last word of a military rank ("Field Marshal", "Rear Admiral"), not of an office
_RANK_WORDS = frozenset(
    "General Marshal Admiral Colonel Brigadier Major Captain Lieutenant Commodore Sergeant".split()
)


@functools.cache
def _rank_titles() -> frozenset[str]:
    ranks = {t for t in _honorifics()[1].values() if t}
    for surface, title, kind in read_lexicon("titles").select("surface", "title", "kind").iter_rows():
        if kind == "military" and title and title.split()[-1] in _RANK_WORDS and " of " not in title \
                and not title.startswith(("Chief", "Commander", "Chairman", "Head")):
            ranks.add(title)
    return frozenset(ranks)


def _counterpart_titles(text: str, runs: list[_Run]) -> None:
    """"Foreign Minister X met his Nigerian counterpart Y": Y holds X's office (the last of a
    compound office); with no titled person before it in the sentence, Y is marked for the
    document-level rule (:func:`pipeline.extract.persons.extract_persons`)."""
    for k, run in enumerate(runs):
        if run.titles and not all(map(_is_rank_or_style, run.titles)):
            continue  # (a rank alone is no office: "his counterpart, Field Marshal X")
        start = run.start
        if run.titles:
            head = text[:start].rstrip()
            rank = next((r for r in _ranks_longest_first() if head.endswith(r)), None)
            if rank is not None:
                start = len(head) - len(rank)
        if _COUNTERPART_BACK.search(text, max(0, start - 60), start) is None:
            continue
        for prev in reversed(runs[:k]):
            if prev.titles:
                office = counterpart_office(prev.titles)
                if office not in run.titles:
                    run.titles = [office, *run.titles]
                run.licensed = run.confirmed = True
                break
        else:
            run.counterpart = run.confirmed = True


def _runs(text, tokens, good, mask, stop, atoms, honorifics) -> list[_Run]:
    """Runs of consecutive name words (spaces, initials' dots or particles between them)."""
    particles = _word_lists()[1]
    licensing_ends = None

    def preceded_by_licence(pos: int) -> bool:
        nonlocal licensing_ends
        if licensing_ends is None:
            licensing_ends = {a.end for a in atoms} | set(honorifics)
        j = pos
        while j > 0 and text[j - 1].isspace() and text[j - 1] not in "\r\n":
            j -= 1
        return j < pos and j in licensing_ends

    runs: list[_Run] = []
    n = len(tokens)

    def is_initial(k: int) -> bool:
        """A one-letter stop word written as an initial before a name word ("A. K. Abdul")."""
        s, e, tok = tokens[k]
        return (
            len(tok) == 1
            and tok.isupper()
            and not mask[s]
            and k + 1 < n
            and (good[k + 1] or len(tokens[k + 1][2]) == 1)
            and _INITIAL_GAP.fullmatch(text, e, tokens[k + 1][0]) is not None
        )

    heads = org_heads()
    i = 0  # first token not yet part of a run
    # a run starts at a name word, or at a stop word right before one (a weak head)
    starts = [
        k
        for k in range(n)
        if good[k] or (k + 1 < n and good[k + 1]) or (len(tokens[k][2]) == 1 and is_initial(k))
    ]
    for k in starts:
        if k < i:
            continue
        i = k
        s, e, tok = tokens[i]
        weak_head = False
        if not good[i] and not is_initial(i):
            if not (
                len(tok) <= 3
                and tok in stop
                and not (mask[s] or mask[e - 1])
                and tok[0].isupper()
                and _SPACE_ONLY.fullmatch(text[e : tokens[i + 1][0]]) is not None
            ):
                continue
            # a short stop word that is also a surname, before a name word ("He Lifeng",
            # "To Lam"): certain after a title, otherwise tentative (see persons_document)
            weak_head = not preceded_by_licence(s)
        members = [i]
        inserted: dict[int, list[str]] = {}  # particles written before member k
        j = i
        while j + 1 < n and len(members) < MAX_NAME_TOKENS + 2:
            if not (good[j + 1] or (len(tokens[j + 1][2]) == 1 and is_initial(j + 1))) or tokens[
                j
            ][2].endswith(_POSSESSIVE_TAILS):
                break
            gap = text[tokens[j][1] : tokens[j + 1][0]]
            if gap != " " and not _SPACE_ONLY.fullmatch(gap):
                if not (len(tokens[j][2]) == 1 and _INITIAL_GAP.fullmatch(gap)):
                    pg = _PARTICLE_GAP.fullmatch(gap)
                    if pg is None or not all(w in particles for w in pg.groups() if w):
                        break
                    inserted[j + 1] = [w for w in pg.groups() if w]
            members.append(j + 1)
            j += 1
        i = j + 1
        if (
            i < n
            and tokens[i][2] in heads
            and _SPACE_ONLY.fullmatch(text, tokens[j][1], tokens[i][0]) is not None
            and not tokens[j][2].endswith(_POSSESSIVE_TAILS)
        ):
            continue  # "the Kenya Transporters Association": part of an organisation's name
        words = [tokens[k][2] for k in members]
        spans = [(tokens[k][0], tokens[k][1]) for k in members]
        for w, k in enumerate(members[:-1]):
            if len(words[w]) == 1 and text[tokens[k][1] : tokens[k][1] + 1] == ".":
                words[w] += "."  # an initial
                spans[w] = (spans[w][0], spans[w][1] + 1)
        for w in words:
            if len(w) > 2 or (len(w) == 2 and w[-1] != "."):
                break
        else:
            continue  # initials only
        if inserted:  # keep the particles in the name: "Mohammed bin Salman"
            for w in range(len(members) - 1, 0, -1):
                for particle in reversed(inserted.get(members[w], [])):
                    at = text.rindex(particle, spans[w - 1][1], spans[w][0])
                    words.insert(w, particle)
                    spans.insert(w, (at, at + len(particle)))
        last = words[-1]
        if last[-1] == "s" and last.endswith(_POSSESSIVE_TAILS):
            words[-1] = last[:-2]
            spans[-1] = (spans[-1][0], spans[-1][1] - 2)
        if len(members) > MAX_NAME_TOKENS:
            continue  # (particles not counted: "Mohammed bin Abdulrahman bin Jassim Al Thani")
        run = _Run(spans[0][0], spans[-1][1], tuple(words), tuple(spans), text)
        run.weak_head = weak_head
        runs.append(run)
    return runs


def _skip_ws_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in _HSPACE:
        pos -= 1
    return pos


def _own_appositive(text: str, pos: int, atom_by_start: dict) -> bool:
    """A title appositive right after a name ends at ``pos``: ", Prime Minister of ..."."""
    m = _COMMA.match(text, pos)
    if m is None:
        return False
    p = m.end()
    while p not in atom_by_start:
        w = _LEAD_WORD.match(text, p)
        if w is None or w.group(1).lower() not in _ARTICLES:
            return False
        p = w.end()
    return atom_by_start[p].kind not in ("modifier", "descriptor")


def _next_has_own(text: str, start: int, run_ends, atom_by_start: dict) -> bool:
    """The name that starts near ``start`` (after its honorifics) has its own title appositive:
    "X, Prime Minister of Japan, H.E. Mr. Y, Prime Minister of Viet Nam, …" (then the phrase
    before Y is X's)."""
    ends = [e for e in run_ends if start < e <= start + 80 and "," not in text[start:e]]
    return bool(ends) and _own_appositive(text, min(ends), atom_by_start)


def _read_before(text, run: _Run, honorifics, atom_by_end, hit_by_end, place_by_end,
                 run_ends=frozenset(), atom_by_start=None, may_back=None) -> None:
    """Honorific, title phrase and country written before the name."""
    pos = _skip_ws_back(text, run.start)
    if text[pos - 1 : pos] == ")":
        # "Additional Secretary (Middle East) X": the remit of the office in brackets; "Lt Gen
        # (retd) X": a rank's qualifier
        opening = text.rfind("(", max(0, pos - 50), pos)
        if opening > 0 and ")" not in text[opening : pos - 1]:
            q = _skip_ws_back(text, opening)
            if q < opening and (q in atom_by_end or q in honorifics):
                pos = q
    if pos not in honorifics and pos not in atom_by_end and text[pos - 1 : pos] != ",":
        if pos in place_by_end:
            # "Chief Minister Punjab Maryam Nawaz": a place between the title and the name
            q = _skip_ws_back(text, place_by_end[pos][0])
            if q < place_by_end[pos][0] and q in atom_by_end:
                run.country = run.country or place_by_end[pos][3]
                pos = q
        if pos not in hit_by_end and pos not in atom_by_end:
            last = text[max(0, pos - 16) : pos].rpartition(" ")[2]
            if last not in org_heads() and last not in _UNIT_NOUNS and (
                may_back is not None
                and (not may_back or not any(a < pos <= b for a, b in may_back))
            ):
                return  # quick exit: nothing that could introduce a name
    hon = honorifics.get(pos)
    if hon is not None and pos < run.start:
        run.start = hon.start()
        run.licensed = run.confirmed = True
        word = hon.group(0)
        t = _honorific_title(word)
        if t:
            run.titles.append(t)
        if len(run.tokens) == 1 and _honorific_name_part(word):
            # "Sheikh Hasina": stripping the honorific would leave a single word
            run.tokens = (word, *run.tokens)
            run.spans = ((hon.start(), hon.end()), *run.spans)
        pos = _skip_ws_back(text, hon.start())
        # honorifics in a row: "His Highness Sheikh Hamad", "H.E. Dr. Ahmed"
        outer = honorifics.get(pos)
        while outer is not None and pos < run.start:
            run.start = outer.start()
            t = _honorific_title(outer.group(0))
            if t and t not in run.titles:
                run.titles.append(t)
            pos = _skip_ws_back(text, outer.start())
            outer = honorifics.get(pos)
        # "Prime Minister of New Zealand the Rt Hon X", "the Governor-General, the Hon. X": an
        # article before a courtesy honorific belongs to it, not to the title phrase before
        if text[max(0, pos - 3) : pos].lower() == "the" and (
            pos < 4 or not text[pos - 4].isalnum()
        ):
            pos = _skip_ws_back(text, pos - 3)
    # "Foreign Minister of Pakistan, Ishaq Dar": an optional comma after the title phrase
    p = pos
    comma = p > 0 and text[p - 1] == ","
    if comma:
        p = _skip_ws_back(text, p - 1)
    country: str | None = None
    served = None
    posted = None
    # "Foreign Minister of Pakistan", "Ambassador to Kenya", "High Commissioner of India to
    # Bangladesh": the country after "of" is the one served, the one after "to" the host
    for _ in range(2):
        hit = hit_by_end.get(p)
        if hit is None:
            break
        window_start = max(0, hit[0] - 12)
        m = _OF_THE_BACK.search(text, window_start, hit[0])
        if not m:
            break
        p = m.start()
        if m.group(1).lower() == "of":
            country = hit[3]
            served = hit
            break
        posted = hit[3]
    atom = atom_by_end.get(p)
    if atom is None and p > 0:
        # "Special Representative for Afghanistan X": the remit of an office before the name;
        # "the head of Sudan's Sovereignty Council, General X": the head of a named body
        atom = (
            (_remit_atom_back(text, p, atom_by_end) if " for " in text[max(0, p - 70) : p]
             else None)
            or _head_of_body_back(text, p, hit_by_end)
            or _office_of_unit_back(text, p, atom_by_end)
        )
    if atom is None and served is not None:
        # "President of the Republic of Azerbaijan X": the title phrase ("President of the
        # Republic") and the country's name ("Republic of Azerbaijan") share words
        for a in atom_by_end.values():
            if a.start < served[0] < a.end <= served[1] and a.kind not in ("modifier", "descriptor"):
                atom = a
                break
    if atom is None and (country is not None or text[p - 1 : p].isalpha()):
        # "General Secretary of the Communist Party of Viet Nam Lê Minh Tuấn": the body named
        # after the country sits between the title and the country; "Secretary-General of the
        # State Council Wu Zhenglong": an office of a body whose name ends in its head noun
        window_start = max(0, p - 60)
        m = _OF_BODY_BACK.search(text, window_start, p)
        if m is not None and (country is not None or m.group(1) in org_heads()):
            atom = atom_by_end.get(m.start())
            if atom is not None and atom.kind in ("descriptor", "modifier"):
                atom = None
            if atom is not None and country is None:
                run.org_office = True  # an office of a body: no home country for it
    if atom is None:
        return
    titles: list[str] = []
    iso_from_title: str | None = None
    first_start = atom.start
    first_kind = atom.kind
    while atom is not None and atom.kind != "modifier":
        first_start = atom.start
        first_kind = atom.kind
        # modifiers right before this title: "Caretaker", "Acting", "newly appointed"
        prefix: list[str] = []
        q = _skip_ws_back(text, atom.start)
        mod = atom_by_end.get(q) if q < atom.start else None
        while mod is not None and mod.kind == "modifier":
            if mod.title:
                prefix.insert(0, mod.title)
            first_start = mod.start
            q = _skip_ws_back(text, mod.start)
            mod = atom_by_end.get(q) if q < mod.start else None
        if atom.kind == "descriptor":
            run.confirmed = True
        elif atom.title:
            titles.insert(0, " ".join(prefix + [atom.title]))
            iso_from_title = iso_from_title or atom.iso3
        # another title joined by "and" / "," / "&"
        window_start = max(0, first_start - 8)
        sep = _SEPARATOR_BACK.search(text[window_start:first_start])
        if sep is None:
            break
        prev = atom_by_end.get(window_start + sep.start())
        if prev is None and "," in sep.group():
            # "Pakistan's Special Representative for Afghanistan, Ambassador X"
            prev = _remit_atom_back(text, window_start + sep.start(), atom_by_end) or (
                _head_of_body_back(text, window_start + sep.start(), hit_by_end)
            )
        if prev is None and country is None and "," in sep.group():
            # "the Minister of Defence of Kazakhstan, Colonel General X": an office of a country
            # in apposition before a rank
            prev, of_country = _office_of_country_back(text, window_start + sep.start(),
                                                       atom_by_end, hit_by_end)
            if prev is not None:
                country = of_country
        if prev is None or prev.kind in ("modifier", "descriptor"):
            break
        atom = prev
    if first_kind == "military" and titles:
        # "Chief of the General Staff of the Saudi Armed Forces General X": an office of a
        # (national) force written before the rank
        office = _office_of_force_back(text, first_start, atom_by_end, hit_by_end)
        if office is not None:
            atom, of_country = office
            titles.insert(0, atom.title)
            country = country or of_country
            first_start, first_kind = atom.start, atom.kind
    if titles and comma and run_ends and atom_by_start is not None:
        # "At the invitation of X, Prime Minister of Japan, Y, Prime Minister of Viet Nam, …":
        # between two names that each have a comma on both sides, the phrase is the first one's
        # appositive when the second has its own
        q = _skip_ws_back(text, first_start)
        if (q > 0 and text[q - 1] == "," and _skip_ws_back(text, q - 1) in run_ends
                and _own_appositive(text, run.end, atom_by_start)):
            return
    if titles:
        run.titles = titles + run.titles
        run.licensed = run.confirmed = True
        if posted is not None and first_kind == "diplomat":
            run.posted_to = posted
    if not titles and not run.confirmed:
        return
    # country before the title phrase: "Chinese", "Pakistan's", "the Kyrgyz"
    q = _skip_ws_back(text, first_start)
    if q < first_start:
        hit = hit_by_end.get(possessive_back(text, q))
        if hit is None and text[q - 2 : q] in _POSSESSIVE_TAILS:
            # "the Afghan interim government's acting Foreign Minister X"
            hit = _body_owner_back(text, q - 2, hit_by_end)
        place = place_by_end.get(possessive_back(text, q)) if hit is None else None
        if hit is None and titles and first_kind != "diplomat":
            # "Tanzania's Tanga Regional Commissioner X", "India's Punjab Chief Minister X": a
            # country's possessive before a place (known or not) qualifies the place's office
            hit = _place_owner_back(text, q, hit_by_end)
        if hit is not None:
            country = country or hit[3]
        elif place is not None and titles and country is None and first_kind != "diplomat":
            # an office of a place: "Sindh Chief Minister", "Karachi's mayor", "Beijing Party
            # Secretary" serve the country the place is in (not an envoy posted there)
            country = place[3]
        elif titles and country is None and q > 0:
            # a role noun in apposition before the title: "his Azerbaijani counterpart, Colonel
            # General Elnur Gasimov" - the role noun's country is the person's
            r = _skip_ws_back(text, q - 1) if text[q - 1] == "," else q
            role = atom_by_end.get(r)
            if role is not None and role.kind == "descriptor":
                s = _skip_ws_back(text, role.start)
                hit = hit_by_end.get(possessive_back(text, s)) if s < role.start else None
                if hit is not None:
                    country = hit[3]
    run.country = run.country or country or iso_from_title


_PLACE_WORDS_BACK = re.compile(r"(?<![\w'’])(?:[A-Z][\w-]*[^\S\r\n]+)?[A-Z][\w-]*$")


def _place_owner_back(text: str, pos: int, hit_by_end: dict):
    """The country hit of "<Country>'s <Place>" ending at ``pos`` (one or two capitalised words
    after a country's possessive: "Tanzania's Tanga", "India's Tamil Nadu"), else None."""
    m = _PLACE_WORDS_BACK.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    p = _skip_ws_back(text, m.start())
    back = possessive_back(text, p)
    return hit_by_end.get(back) if back < p else None


# "for Afghanistan", "for Climate Change", "for the Middle East and North Africa": the remit of an
# office, written between the title and the name
_REMIT_BACK = re.compile(
    r"[^\S\r\n]+for[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*[^\S\r\n]+(?:(?:and|&)[^\S\r\n]+)?){0,3}[A-Z][\w'’-]*$"
)
_REMIT_KINDS = frozenset({"diplomat", "official"})


def _remit_atom_back(text: str, pos: int, atom_by_end: dict) -> _Atom | None:
    """The title atom of "<Title> for <Remit>" ending at ``pos`` ("Special Representative for
    Afghanistan", "Special Envoy for Climate Change"): an envoy's or official's remit is part of
    the title; any other office keeps its plain title.  None when there is none."""
    m = _REMIT_BACK.search(text, max(0, pos - 70), pos)
    if m is None:
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind in ("modifier", "descriptor", "portfolio"):
        return None
    if atom.kind not in _REMIT_KINDS:
        return atom
    remit = " ".join(text[m.start() : pos].split())
    return _Atom(atom.start, pos, atom.kind, f"{atom.title} {remit}", atom.iso3, atom.plural)


# "the head of Sudan's Sovereignty Council", "chairman of the Presidential Leadership Council":
# the head of a named body (a lower-case head noun is no title of its own)
_HEAD_OF_BODY_BACK = re.compile(
    r"(?<![\w'’-])(?:[Hh]ead|[Cc]hief|[Ll]eader)[^\S\r\n]+of[^\S\r\n]+"
    r"(?:(?:the[^\S\r\n]+)?([A-Z][\w'’-]*(?:[^\S\r\n]+[A-Z][\w'’-]*){0,3})['’]s[^\S\r\n]+"
    r"|the[^\S\r\n]+)((?:[A-Z][\w'’-]*[^\S\r\n]+){0,3}[A-Z][\w'’-]*)$"
)


_REMIT_FWD_SPAN = re.compile(
    r"[^\S\r\n]+for[^\S\r\n]+(?:the[^\S\r\n]+)?(?:[A-Z][\w'’-]*(?:[^\S\r\n]+(?:(?:and|&)"
    r"[^\S\r\n]+)?|$)){1,4}"
)
_HEAD_OF_SPAN = re.compile(
    r"(?<![\w'’-])(?:head|chief|leader)[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*(?:[^\S\r\n]+|$)){1,9}"
)


def _back_spans(text: str, atoms: list, heads: bool) -> list[tuple[int, int]]:
    """Stretches of the sentence where a remit after a title ("Special Envoy for Yemen") or a
    named body after "head of" may end right before a name: the only places, besides a title,
    a country or an organisation, that :func:`_read_before` must read."""
    spans = []
    if " for " in text:
        for a in atoms:
            m = _REMIT_FWD_SPAN.match(text, a.end)
            if m is not None:
                spans.append((a.end, m.end()))
    if heads:
        org = org_heads()
        for m in _HEAD_OF_SPAN.finditer(text):
            # (up to the body's head noun: "the head of Sudan's Sovereignty Council|")
            words = list(_WORD.finditer(text, m.start(), m.end()))
            last = next((w.end() for w in reversed(words) if w.group() in org), None)
            if last is not None:
                spans.append((m.start(), last))
    return spans


_WORD = re.compile(r"[\w'’-]+")


def _heads_a_body(text: str) -> bool:
    """Whether the sentence may name "the head|chief|leader of <Body>" (a quick test)."""
    return "head of " in text or "hief of " in text or "eader of " in text


def _head_of_body_back(text: str, pos: int, hit_by_end: dict) -> _Atom | None:
    """An atom "Head of the <Body>" for "the head of <Country>'s <Body>" (country given by the
    possessive) or "the head of the <Body>" ending at ``pos``, where the body's last word is an
    organisation's head noun ("Council", "Committee", "Authority"); else None."""
    if "ead of" not in text and "hief of" not in text and "eader of" not in text:
        return None
    m = _HEAD_OF_BODY_BACK.search(text, max(0, pos - 90), pos)
    if m is None:
        return None
    body = m.group(2)
    if body.rpartition(" ")[2] not in org_heads():
        return None
    iso3 = None
    if m.group(1) is not None:
        hit = hit_by_end.get(m.end(1))
        if hit is None or hit[0] != m.start(1):
            return None  # "the head of Acme's Board": a body of a country only
        iso3 = hit[3]
    else:  # "the head of the Sudanese Sovereignty Council"
        iso3 = next((h[3] for h in hit_by_end.values() if m.start(2) <= h[0] and h[1] <= pos),
                    None)
    body = " ".join(body.split())
    return _Atom(m.start(), pos, "official", f"Head of the {body}", iso3)


# an administrative unit named by its own name ("Luang Prabang Province", "Kassala State")
_UNIT_NOUNS = frozenset(
    "Province State Region District Prefecture County City Municipality Governorate Oblast "
    "Division Department Territory Canton Emirate".split()
)
_UNIT_OF_BACK = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?:[A-Z][\w'’-]*[^\S\r\n]+){1,3}"
    r"([A-Z][a-z]+)$"
)
_UNIT_OFFICE_KINDS = frozenset({"official", "legislator", "party"})


def _office_of_unit_back(text: str, pos: int, atom_by_end: dict) -> _Atom | None:
    """The title atom of "<Office> of <Name> <Unit>" ending at ``pos`` ("the Governor of Luang
    Prabang Province, Mr. X", "Chief Minister of Kassala State Y"): a sub-national office of a
    place the country list does not know; its country is left to the document."""
    if text[max(0, pos - 14) : pos].rpartition(" ")[2] not in _UNIT_NOUNS:
        return None
    m = _UNIT_OF_BACK.search(text, max(0, pos - 60), pos)
    if m is None or m.group(1) not in _UNIT_NOUNS:
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind not in _UNIT_OFFICE_KINDS:
        return None
    return atom


# the last word of a country's body whose possessive can qualify an office ("the Afghan interim
# government's Foreign Minister", "Egypt's foreign ministry's spokesman")
_BODY_NOUNS = frozenset(
    "government administration cabinet military army navy ministry regime junta parliament "
    "council presidency authorities".split()
)


def _body_owner_back(text: str, pos: int, hit_by_end: dict):
    """The country hit of "<Country|Demonym> [one or two words] <body>" ending at ``pos`` (right
    before "'s"): "the Afghan interim government", "Sudan's military", "the Egyptian Foreign
    Ministry"; None otherwise."""
    q = pos
    while q > 0 and text[q - 1].isalpha():
        q -= 1
    last = text[q:pos]
    if not last or (last.lower() not in _BODY_NOUNS and last not in org_heads()):
        return None
    floor = pos - 50
    p = _skip_ws_back(text, q)
    for _ in range(3):
        if p == q or p <= floor:
            return None
        hit = hit_by_end.get(p) or hit_by_end.get(possessive_back(text, p))
        if hit is not None:
            return hit
        q = p
        while q > 0 and text[q - 1].isalpha():
            q -= 1
        if q == p:
            return None
        p = _skip_ws_back(text, q)
    return None


# "X, who served in Kabul,", "X, who was posted to Nairobi as deputy head of mission"
_POSTED_FWD = re.compile(
    r"[^\S\r\n]*,[^\S\r\n]+who[^\S\r\n]+(?:(?:has|had|also|previously|once)[^\S\r\n]+)*"
    r"(?:served|was[^\S\r\n]+posted|was[^\S\r\n]+stationed)[^\S\r\n]+"
    r"(?:as[^\S\r\n]+[\w' -]{1,40}?[^\S\r\n]+)?(?:in|to|at)[^\S\r\n]+(?:the[^\S\r\n]+)?"
)
_POST_KINDS = ACTOR_KINDS - {"demonym", "adjective"} | {"capital"}


def _posted_after(text: str, run: _Run, country_hits: list) -> None:
    """A diplomat "X, who served in Kabul": the country of the post (see ``_Run.posted_to``)."""
    from pipeline.extract.persons_home import title_kind

    if not any(title_kind(t) == "diplomat" for t in run.titles):
        return
    m = _POSTED_FWD.match(text, run.end)
    if m is None:
        return
    for h in country_hits:
        if h[0] == m.end() and h[4] in _POST_KINDS:
            run.posted_to = h[3]
            return


def _office_of_force_back(text: str, pos: int, atom_by_end: dict, hit_by_end: dict):
    """(title atom, country) of "<Office> of the [<Demonym>] <Body> <Head>" ending right before
    ``pos`` (a rank: "Chief of the General Staff of the Saudi Armed Forces General X"), where the
    body's head is an organisation word ("Forces", "Corps"); else None."""
    q = _skip_ws_back(text, pos)
    if q == pos:
        return None
    if text[q - 1] == ",":
        q = _skip_ws_back(text, q - 1)  # "Commander of the Royal Thai Navy, Admiral X"
    m = _OF_BODY_BACK.search(text, max(0, q - 70), q)
    if m is None or m.end() != q or m.group(1) not in org_heads():
        return None
    atom = atom_by_end.get(m.start())
    if atom is None or not atom.title or atom.kind in ("modifier", "descriptor"):
        return None
    country = None
    for end, hit in hit_by_end.items():
        if m.start() < hit[0] and end <= q:
            country = hit[3]
            break
    return atom, country


def _office_of_country_back(text: str, pos: int, atom_by_end: dict, hit_by_end: dict):
    """(title atom, iso3) of "<title> of <country>" ending at ``pos``, else (None, None)."""
    hit = hit_by_end.get(pos)
    if hit is None:
        return None, None
    m = _OF_THE_BACK.search(text, max(0, hit[0] - 12), hit[0])
    if m is None or m.group(1).lower() != "of":
        return None, None
    atom = atom_by_end.get(m.start())
    if atom is None or atom.kind in ("modifier", "descriptor") or not atom.title:
        return None, None
    return atom, hit[3]


_PAIR_DASH = re.compile(r"[-–—/]")


def _joint_body(text: str, end: int, hit_by_start: dict) -> bool:
    """Whether the country ending at ``end`` is the first of a pair that names a body of two
    countries ("the India-Bangladesh Chamber", "the Pakistan-China Friendship Association")."""
    dash = _PAIR_DASH.match(text, end)
    return dash is not None and dash.end() in hit_by_start


# (never a lone "I": "said President X. I ..." / "X I" is too often the pronoun)
_CLAUSE_SUBJECT = re.compile(
    r"\s+(?:will|would|is|was|are|were|has|had|have|can|could|should|may|might|must|also|then)\b"
)
_DEFINITE_AFTER_COMMA = re.compile(r"\s*,\s+the\s")
# a headline's clause "Nigeria's Borno, minister to visit Abuja": a bare lower-case title
# followed by an infinitive is the subject of a new clause, not an appositive
_BARE_LOWER_AFTER_COMMA = re.compile(r"\s*,\s+[a-z]")
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+\b")
_REGNAL = re.compile(r"[^\S\r\n]+(?:II|III|IV|VI{0,3}|IX|XI{0,3})\b(?![-'’])")


# "of the Lao People's Revolutionary Party Central Committee": a named body after a title
_OF_BODY_FWD = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?:(?:[A-Z][\w'’-]*|of|the|for)[^\S\r\n]+){0,9}"
    r"[A-Z][\w'’-]*"
)
_AND_FWD = re.compile(r"[^\S\r\n]+and[^\S\r\n]+")
_BODY_REST = re.compile(r"(?:[^\S\r\n]+[A-Z][\w'’-]*){1,7}")


def _next_title_after_body(text: str, p: int, atom_by_start: dict, hit_by_start: dict):
    """Where the next title of an appositive chain starts after "of <Body> and " (at ``p``, the
    end of a title), or after the country before it ("and Lao president"); else None."""
    # (the rest of a body's name after a country the title phrase already read: "of the Lao|
    # People's Revolutionary Party Central Committee")
    body = (_OF_BODY_FWD if text.startswith(" of", p) else _BODY_REST).match(text, p)
    q = body.end() if body is not None else p
    gap = _AND_FWD.match(text, q)
    if gap is None:
        return None
    q = gap.end()
    atom = atom_by_start.get(q)
    if atom is not None:
        return q if atom.kind not in ("descriptor", "modifier") and body is not None else None
    hit = hit_by_start.get(q)
    if hit is not None:
        pm = _POSSESSIVE_SPACE.match(text, hit[1])
        atom = atom_by_start.get(pm.end()) if pm else None
        if atom is not None and atom.kind not in ("descriptor", "modifier") and not atom.plural:
            return q
    return None


def _read_after(text, run: _Run, atom_by_start, hit_by_start, run_ends=frozenset()) -> None:
    """"of Pakistan" or a title appositive written after the name."""
    pos = run.end
    if text[pos : pos + 1] == " " and run.titles:
        regnal = _REGNAL.match(text, pos)
        if regnal is not None:  # "King Abdullah II of Jordan": the regnal number is in the name
            run.tokens += (regnal.group().strip(),)
            run.spans += ((regnal.start() + len(regnal.group()) - len(regnal.group().strip()),
                           regnal.end()),)
            run.end = pos = regnal.end()
    nxt = text[pos : pos + 4]
    if not nxt.startswith(",") and not (nxt[1:] == "of " or _OF_THE_FWD.match(text, pos)):
        return
    # "President Asif Ali Zardari of Pakistan"
    m = _OF_THE_FWD.match(text, pos)
    if m and m.end() in hit_by_start and (run.titles or run.confirmed):
        run.country = run.country or hit_by_start[m.end()][3]
        return
    # ", the newly appointed Prime Minister of Pakistan" / ", Pakistan's Deputy Prime Minister"
    m = _COMMA.match(text, pos)
    if not m:
        return
    p = m.end()
    while p not in atom_by_start:
        w = _LEAD_WORD.match(text, p)
        if w and w.group(1).lower() in _ARTICLES:
            p = w.end()
            continue
        break
    country: str | None = None
    titles: list[str] = []
    confirmed = False
    iso_from_title = None
    prefix: list[str] = []
    while True:
        atom = atom_by_start.get(p)
        if atom is not None and atom.kind == "modifier":
            if atom.title:
                prefix.append(atom.title)
            p = _SPACES.match(text, atom.end).end()
            continue
        hit = hit_by_start.get(p) if atom is None else None
        if hit is not None and not titles and country is None:
            country = hit[3]
            pm = _POSSESSIVE_SPACE.match(text, hit[1])
            if not pm:
                return
            p = pm.end()
            continue
        if hit is not None and titles:
            # "... and Lao president": the country of a later title of the chain
            pm = _POSSESSIVE_SPACE.match(text, hit[1])
            if pm and pm.end() in atom_by_start:
                country = country or hit[3]
                p = pm.end()
                continue
        if atom is None or atom.plural:
            break
        if atom.kind == "descriptor":
            confirmed = True
        elif atom.title:
            titles.append(" ".join(prefix + [atom.title]))
            iso_from_title = iso_from_title or atom.iso3
        prefix = []
        p = atom.end
        of = _OF_THE_FWD.match(text, p)
        if not (of and of.end() in hit_by_start):
            # "Deputy Prime Minister for Cabinet Affairs of the Sultanate of Oman": the remit of
            # the office between the title and the country it serves
            remit = _REMIT_FWD.match(text, p)
            if remit is not None:
                of = _OF_THE_FWD.match(text, remit.end())
        if of and of.end() in hit_by_start:
            if _joint_body(text, hit_by_start[of.end()][1], hit_by_start):
                # "president of the India-Bangladesh Chamber of Commerce": an office in a body of
                # two countries, which serves neither
                run.org_office = True
                break
            country = country or hit_by_start[of.end()][3]
            p = hit_by_start[of.end()][1]
        sep = _SEPARATOR.match(text, p)
        if sep and sep.end() in atom_by_start and atom_by_start[sep.end()].kind != "descriptor":
            p = sep.end()
            continue
        if titles and (sep is None or sep.end() not in atom_by_start):
            # "X, Secretary General of the LPRP Central Committee and President of the Lao PDR",
            # "... Central Committee and Lao president": a body after the first title, then the
            # next title (perhaps after its country) of the same person
            nxt = (_next_title_after_body(text, p, atom_by_start, hit_by_start)
                   if text.find(" and ", p, p + 160) >= 0 else None)
            if nxt is not None:
                if country is None:
                    # "General Secretary of the Communist Party of Viet Nam Central Committee
                    # and State President": a body of a country serves it
                    country = next((h[3] for k, h in hit_by_start.items() if p <= k < nxt), None)
                p = nxt
                continue
        break
    if not titles and not confirmed:
        return
    if titles and country is None and not run.org_office and text.startswith(" of", p):
        # "General Secretary of the Communist Party of Viet Nam Central Committee": an office
        # of a body named after one country (not of two: "the India-Bangladesh Chamber")
        body = _OF_BODY_FWD.match(text, p)
        if body is not None:
            inside = [h for k, h in hit_by_start.items() if p <= k < body.end()]
            if len(inside) == 1 and not _joint_body(text, inside[0][1], hit_by_start):
                country = inside[0][3]
    if _CLAUSE_SUBJECT.match(text, p) and _DEFINITE_AFTER_COMMA.match(text, pos):
        # "According to X, the president will visit Brazil": the title phrase is the subject of
        # the next clause, not an appositive of X
        return
    if _INFINITIVE.match(text, p) and _BARE_LOWER_AFTER_COMMA.match(text, pos):
        return  # "Borno, minister to visit Abuja" (a headline)
    # the phrase must not lead into another name ("…, Prime Minister Li Qiang"; "At the invitation
    # of X, the Foreign Minister of India, Dr. Y, paid a visit": the appositive is Y's)
    nxt = _NEXT_CAP.match(text, p)
    if (titles or country) and nxt:
        word = nxt.group(1)
        if (word not in _word_lists()[0] or word in _honorifics()[2]) and not _next_has_own(
            text, nxt.start(1), run_ends, atom_by_start
        ):
            return
    run.titles += [t for t in titles if t not in run.titles]
    run.confirmed = True
    if titles:
        run.licensed = True
    run.country = run.country or country or iso_from_title
