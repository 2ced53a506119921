"""Find named persons, the titles they hold and the country they serve.

A person mention is a run of capitalised name words ("Xi Jinping", "Anwaar-ul-Haq Kakar",
"Muhammad bin Salman") that the text marks as a human being:

* a title phrase before it — "Chinese President Xi Jinping", "Pakistan's Deputy Prime Minister
  and Foreign Minister Ishaq Dar", "Caretaker Prime Minister of Pakistan Anwaar-ul-Haq Kakar";
* a title appositive after it — "Bakyt Sydykov, Minister of Economy and Commerce of Kyrgyzstan,";
* an honorific — "Mr. Xi", "Gen. Asim Munir"; a role noun — "military expert Zhang Junshe";
* a reporting verb — "Yang Jin said", "said Yang Jin", "Zhu Yongbiao, executive director of …,
  said";
* or a name already established in the same document ("proposed by Xi Jinping", "Sharif said").

Inside one document, shorter forms are tied to the fullest form: "Shehbaz Sharif" and "Sharif" to
"Muhammad Shehbaz Sharif".  A surname alone matches the LAST word of a full name, or the FIRST
word for people of countries that write the family name first (``name_order.csv``: "Xi" →
"Xi Jinping").  Different given names are never merged ("Asif Ali Zardari" ≠ "Bilawal Bhutto
Zardari"); an ambiguous surname goes to the most recently mentioned candidate.

All word lists are data: ``titles.csv``, ``honorifics.csv``, ``person_stopwords.csv``,
``organizations.csv``, ``name_order.csv`` in :mod:`pipeline.lexicons`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

import polars as pl

from pipeline.extract.countries import ACTOR_KINDS, CountryHit, _trie_regex, find_countries
from pipeline.lexicons import read_lexicon
from pipeline.model import PERSON_MENTIONS, empty, from_records

MAX_NAME_TOKENS = 6

_ARTICLES = frozenset({"the", "a", "an", "also", "currently", "now", "then", "who", "is", "was"})
_SEPARATOR = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*)")
# between two titles: "Deputy Prime Minister and Foreign Minister", "Chief of Army Staff General"
# (searched on a short window before the title)
_SEPARATOR_BACK = re.compile(r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+)$")
_WS = re.compile(r"[^\S\r\n]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_OF_THE_BACK = re.compile(r"\s+(of|to)\s+(?:the\s+)?$", re.IGNORECASE)
_HSPACE = frozenset(" \t\u00a0\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))
_COMMA = re.compile(r"\s*,\s+")
_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+")
_SPACES = re.compile(r"\s*")
_POSSESSIVE_SPACE = re.compile(r"(?:['’]s?)?\s+")
_NEXT_CAP = re.compile(r"[^\S\r\n]+([A-Z][\w'’\-]*)")
_OF_THE_FWD = re.compile(r"\s+of\s+(?:the\s+)?")
# a word that starts with a capital (lower-case Latin letters excluded up front; the rest is
# checked with str.isupper), or a lower-case particle glued to a capitalised name ("al-Sisi")
# (the word start is checked in Python: a leading look-behind would slow the scan down 3x)
_CAP_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’\-]*")
_GLUED_PARTICLE = re.compile(r"[a-z]{1,4}-$")
_PARTICLE_GAP = re.compile(
    r"[^\S\r\n]{1,3}([a-z]{1,5})(?:[^\S\r\n]{1,3}([a-z]{1,5}))?[^\S\r\n]{1,3}"
)  # "bin", "von der"
_SPACE_ONLY = re.compile(r"[^\S\r\n]{1,3}")
_INITIAL_GAP = re.compile(r"\.[^\S\r\n]{0,3}")  # "J. K. Rowling", "J.K."


# --------------------------------------------------------------------------- lexicons


class TitleRow(NamedTuple):
    """One row of titles.csv."""

    title: str | None
    rank: int | None
    kind: str
    iso3: str | None


def _key(s: str) -> str:
    """Normal form for title lookup: lower case, straight apostrophes, single spaces."""
    return _WS.sub(" ", s.replace("’", "'").replace("\n", " ")).strip().lower()


@functools.cache
def _title_table() -> dict[str, TitleRow]:
    df = read_lexicon("titles")
    if "iso3" not in df.columns:
        df = df.with_columns(pl.lit(None, dtype=pl.String).alias("iso3"))
    table: dict[str, TitleRow] = {}
    for surface, title, rank, kind, iso3 in df.select(
        "surface", "title", "rank", "kind", "iso3"
    ).iter_rows():
        if not surface or not kind:
            continue
        row = TitleRow(title, int(rank) if rank else None, kind, iso3)
        table.setdefault(_key(surface), row)
    return table


def _flex_char(ch: str) -> str:
    """Regex for one character of a lexicon phrase: any spaces, either apostrophe."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


@functools.cache
def _title_regex() -> re.Pattern[str]:
    """Explicit title rows, descriptors and modifiers (case-insensitive, plural -s allowed)."""
    words = [k for k, r in _title_table().items() if r.kind != "portfolio"]
    # matched against the lower-cased sentence: much faster than re.IGNORECASE
    return re.compile(r"(?<![\w'’])(?:" + _trie_regex(words, _flex_char) + r")s?(?![\w'’])")


@functools.cache
def _generic_minister_regex() -> re.Pattern[str]:
    """ "<Portfolio> Minister" and "Minister of|for <Portfolio>" built from portfolio words."""
    words = [
        s
        for s, k in read_lexicon("titles").select("surface", "kind").iter_rows()
        if k == "portfolio" and s
    ]
    pw = "(?:" + _trie_regex(words) + r")(?![\w'’])"
    joint = r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)"
    pre = rf"(?P<pre>{pw}(?:{joint}{pw}){{0,4}})\s+[Mm]inisters?(?![\w'’])"
    post = rf"[Mm]inisters?\s+(?:of|for)\s+(?:the\s+)?(?P<post>{pw}(?:{joint}{pw}){{0,7}})"
    return re.compile(rf"(?<![\w'’])(?:{pre}|{post})")


@functools.cache
def _honorifics() -> tuple[re.Pattern[str], dict[str, str | None], frozenset[str]]:
    """(regex, surface without final dot -> implied title, first words for a quick test)."""
    df = read_lexicon("honorifics")
    table: dict[str, str | None] = {}
    for surface, title in df.select("surface", "title").iter_rows():
        if surface:
            table[surface.rstrip(".")] = title
    # every surface with optional dots and flexible spaces ("Lt. Gen." = "Lt Gen"), as one trie
    forms = set()
    for surface in table:
        parts = surface.split(" ")
        options = [[p, p + "."] if "." in surface or len(p) <= 4 else [p] for p in parts]
        variants = [""]
        for opts in options:
            variants = [v + (" " if v else "") + o for v in variants for o in opts]
        forms.update(variants)
        forms.update(v.replace(". ", ".") for v in variants)  # "Lt.Gen."
    pattern = re.compile(r"(?:" + _trie_regex(sorted(forms), _flex_char) + r")(?=\s)")
    first_words = frozenset(re.split(r"[ .]", s)[0] for s in table)
    return pattern, table, first_words


def _honorific_title(matched: str) -> str | None:
    """The title an honorific implies ("Gen." -> "General"), ignoring dots and spaces."""
    _, table, _ = _honorifics()
    compact = re.sub(r"[\s.]", "", matched)
    for surface, title in table.items():
        if re.sub(r"[\s.]", "", surface) == compact:
            return title
    return None


@functools.cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stop words, name particles, reporting verbs)."""
    df = read_lexicon("person_stopwords")
    groups: dict[str, set[str]] = {"stop": set(), "particle": set(), "speech": set()}
    kinds = pl.col("kind") if "kind" in df.columns else pl.lit("stop")
    for word, kind in df.select("word", kinds).iter_rows():
        if word:
            groups.setdefault(kind or "stop", set()).add(word)
    return frozenset(groups["stop"]), frozenset(groups["particle"]), frozenset(groups["speech"])


@functools.cache
def _speech_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(verb right after a name, verb right before a name, appositive then verb)."""
    verbs = "|".join(sorted(_word_lists()[2], key=len, reverse=True))
    after = re.compile(rf"^[ \t]+(?:has\s+|had\s+|also\s+|further\s+|then\s+)?(?:{verbs})\b")
    before = re.compile(rf"\b(?:{verbs})[^\S\r\n]+$")  # used on a short window
    # "Zhu Yongbiao, executive director of the Research Center …, said"
    clause = r"[^,;:“”\"]"
    appos = re.compile(
        rf"^\s*,\s+[a-z]{clause}{{0,160}}(?:,{clause}{{1,120}}){{0,3}},\s+(?:{verbs})\b"
    )
    return after, before, appos


@functools.cache
def _org_regex() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """(regex of organisation names, their first words for a quick test)."""
    try:
        df = read_lexicon("organizations")
    except FileNotFoundError:
        return None, frozenset()
    words = sorted({s.replace("’", "'") for s in df["surface"].drop_nulls().to_list()})
    if not words:
        return None, frozenset()
    first = frozenset(_CAP_TOKEN.match(w).group(0) for w in words if _CAP_TOKEN.match(w))
    # no leading look-behind (slow); the start of the word is checked by the caller
    return re.compile(r"(?:" + _trie_regex(words, _flex_char) + r")(?!\w)"), first


@functools.cache
def _family_first() -> frozenset[str]:
    try:
        df = read_lexicon("name_order")
    except FileNotFoundError:
        return frozenset()
    return frozenset(df.filter(pl.col("order") == "family_first")["iso3"].to_list())


# --------------------------------------------------------------------------- one sentence


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
    where: tuple = ()  # (sentence_id, sentence char_start), set by extract_persons
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    weak_head: bool = False  # starts with a stop word that may be a surname ("He", "To")
    confirmed: bool = False  # the sentence itself marks it as a person
    licensed: bool = False  # title or honorific right before: a lone word still counts


def _title_atoms(text: str) -> list[_Atom]:
    """Titles, modifiers and role nouns of a sentence, non-overlapping, left to right."""
    table = _title_table()
    found: list[tuple[int, int, int, _Atom]] = []  # (start, -length, priority, atom)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in _title_regex().finditer(lowered):
        raw = text[m.start() : m.end()]
        row = table.get(_key(raw))
        plural = False
        if row is None and raw[-1:] in "sS":
            row = table.get(_key(raw[:-1]))
            plural = True
        if row is None:
            continue
        if raw[0].islower() and " " not in raw and (row.kind == "military" or len(raw) <= 4):
            continue  # "a major boost", "5 pm": such one-word titles must be capitalised
        atom = _Atom(m.start(), m.end(), row.kind, row.title, row.iso3, plural)
        found.append((m.start(), -(m.end() - m.start()), 0, atom))
    for m in (_generic_minister_regex().finditer(text) if "inister" in text else ()):
        portfolio = m.group("pre") or m.group("post")
        portfolio = re.sub(r"\s*&\s*", " and ", _WS.sub(" ", portfolio.replace("\n", " "))).strip()
        explicit = table.get(_key(m.group(0)))
        if explicit is not None and explicit.kind not in ("descriptor", "modifier", "portfolio"):
            atom = _Atom(m.start(), m.end(), explicit.kind, explicit.title, explicit.iso3)
        else:
            atom = _Atom(m.start(), m.end(), "minister", f"Minister of {portfolio}", None)
        found.append((m.start(), -(m.end() - m.start()), 1, atom))
    # leftmost first, then longest, then an explicit row before the generic reading
    found.sort(key=lambda t: (t[0], t[1], t[2]))
    atoms: list[_Atom] = []
    last_end = -1
    for start, _neg, _prio, atom in found:
        if start >= last_end:
            atoms.append(atom)
            last_end = atom.end
    return atoms


def _is_name_word(tok: str, stop: frozenset[str]) -> bool:
    """A capitalised word that can be part of a personal name."""
    if not tok[0].isupper():
        # "al-Sisi", "ul-Haq": a lower-case particle glued to a capitalised name
        head, _, tail = tok.rpartition("-")
        return bool(head) and tail[:1].isupper() and tail not in stop
    if len(tok) > 1 and tok.isupper():
        return False  # acronyms: CPEC, BRI
    return tok not in stop


def _analyse(
    text: str,
    country_hits: list[CountryHit],
    cues: tuple[bool, bool, bool, bool] = (True, True, True, True),
) -> list[_Run]:
    """Every run of name words in one sentence, with its titles, country and evidence.

    ``cues`` = (may hold a title or role noun, an organisation, an honorific, a reporting verb),
    from the vectorised prefilter in :func:`extract_persons`; a False skips that scan.
    """
    may_title, may_org, may_honorific, may_speech = cues
    stop, particles, speech_verbs = _word_lists()
    # capitalised words only ("al-Sisi" included); lower-case particles are read from the gaps
    tokens = []
    for m in _CAP_TOKEN.finditer(text):
        s, e, tok = m.start(), m.end(), m.group(0)
        if s and (text[s - 1].isalnum() or text[s - 1] in "_'’-"):
            glued = _GLUED_PARTICLE.search(text, max(0, s - 5), s) if text[s - 1] == "-" else None
            if glued is None or (glued.start() and text[glued.start() - 1].isalnum()):
                continue
            s, tok = glued.start(), text[glued.start() : e]
        while tok[-1] in "'’-":
            tok, e = tok[:-1], e - 1
        if tok[0].isupper() or "-" in tok:
            tokens.append((s, e, tok))
    # cheap exit: no capitalised word that could be a name (stop words and countries aside)
    country_starts = {h.start for h in country_hits}
    if not any(t[2] not in stop and t[0] not in country_starts for t in tokens):
        return []

    atoms = _title_atoms(text) if may_title else []
    # characters that belong to a country, title, organisation or honorific: never a name
    mask = bytearray(len(text) + 1)
    for h in country_hits:
        mask[h.start : h.end] = b"\x01" * (h.end - h.start)
    for a in atoms:
        mask[a.start : a.end] = b"\x01" * (a.end - a.start)
    words = {t[2] for t in tokens}
    org_re, org_first = _org_regex()
    if may_org and org_re is not None and not words.isdisjoint(org_first):
        for m in org_re.finditer(text):
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    hon_re, _, hon_first = _honorifics()
    honorifics = {}
    if may_honorific and not words.isdisjoint(hon_first):
        honorifics = {
            m.end(): m
            for m in hon_re.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == ".")
        }
        for m in honorifics.values():
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    # per word: can it be part of a name here? (not a stop word, acronym, country, title …)
    good = [
        not (mask[s] or mask[e - 1]) and _is_name_word(tok, stop) for s, e, tok in tokens
    ]

    atom_by_end = {a.end: a for a in atoms}
    atom_by_start = {a.start: a for a in atoms}
    hit_by_end = {h.end: h for h in country_hits if h.kind in ACTOR_KINDS}
    place_by_end = {h.end: h for h in country_hits if h.kind not in ACTOR_KINDS}
    hit_by_start = {h.start: h for h in country_hits if h.kind in ACTOR_KINDS}
    licensing_ends = set(atom_by_end) | set(honorifics)

    def preceded_by_licence(pos: int) -> bool:
        j = pos
        while j > 0 and text[j - 1].isspace() and text[j - 1] not in "\r\n":
            j -= 1
        return j < pos and j in licensing_ends

    # ---- runs of name words
    runs: list[_Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        s, e, tok = tokens[i]
        ok = good[i]
        weak_head = False
        if (
            not ok
            and len(tok) <= 3
            and i + 1 < n
            and good[i + 1]
            and tok in stop
            and not (mask[s] or mask[e - 1])
            and tok[0].isupper()
            and _SPACE_ONLY.fullmatch(text[e : tokens[i + 1][0]]) is not None
        ):
            # a short stop word that is also a surname, before a name word ("He Lifeng",
            # "To Lam"): certain after a title, otherwise tentative (see _document_persons)
            ok = True
            weak_head = not preceded_by_licence(s)
        if not ok:
            i += 1
            continue
        members = [i]
        inserted: dict[int, list[str]] = {}  # particles written before member k
        j = i
        while j + 1 < n and len(members) < MAX_NAME_TOKENS + 2:
            if not good[j + 1] or tokens[j][2].endswith(("'s", "’s")):
                break
            gap = text[tokens[j][1] : tokens[j + 1][0]]
            initial = len(tokens[j][2]) == 1 and _INITIAL_GAP.fullmatch(gap)
            if not (_SPACE_ONLY.fullmatch(gap) or initial):
                pg = _PARTICLE_GAP.fullmatch(gap)
                if pg is None or not all(w in particles for w in pg.groups() if w):
                    break
                inserted[j + 1] = [w for w in pg.groups() if w]
            members.append(j + 1)
            j += 1
        i = j + 1
        words = [tokens[k][2] for k in members]
        spans = [(tokens[k][0], tokens[k][1]) for k in members]
        for w, k in enumerate(members[:-1]):
            if len(words[w]) == 1 and text[tokens[k][1] : tokens[k][1] + 1] == ".":
                words[w] += "."  # an initial
                spans[w] = (spans[w][0], spans[w][1] + 1)
        if all(len(w) <= 2 and (len(w) == 1 or w[-1] == ".") for w in words):
            continue  # initials only
        if inserted:  # keep the particles in the name: "Mohammed bin Salman"
            for w in range(len(members) - 1, 0, -1):
                for particle in reversed(inserted.get(members[w], [])):
                    at = text.rindex(particle, spans[w - 1][1], spans[w][0])
                    words.insert(w, particle)
                    spans.insert(w, (at, at + len(particle)))
        last = words[-1]
        poss = _POSSESSIVE_END.search(last)
        if poss:
            words[-1] = last[: poss.start()]
            spans[-1] = (spans[-1][0], spans[-1][0] + poss.start())
        if len(words) > MAX_NAME_TOKENS:
            continue
        runs.append(_Run(spans[0][0], spans[-1][1], tuple(words), tuple(spans), text))
        runs[-1].weak_head = weak_head

    if not (atoms or honorifics or may_speech):
        return runs  # nothing in the sentence can mark a person: only known names will count
    after_re, before_re, appos_re = _speech_regex()
    for run in runs:
        _read_before(text, run, honorifics, atom_by_end, hit_by_end, place_by_end)
        _read_after(text, run, atom_by_start, hit_by_start)
        if not run.confirmed and len(run.tokens) >= 2:
            tail = text[run.end : run.end + 400]
            head = text[max(0, run.start - 24) : run.start].rstrip().rpartition(" ")[2]
            if after_re.match(tail) or appos_re.match(tail) or head in speech_verbs:
                run.confirmed = True
    return runs


def _skip_ws_back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in _HSPACE:
        pos -= 1
    return pos


def _possessive_back(text: str, pos: int) -> int:
    """Position before a possessive ending at ``pos`` ("Pakistan's" -> end of "Pakistan")."""
    if text[pos - 2 : pos] in ("'s", "’s"):
        return pos - 2
    if text[pos - 1 : pos] in ("'", "’"):
        return pos - 1
    return pos


def _read_before(text, run: _Run, honorifics, atom_by_end, hit_by_end, place_by_end) -> None:
    """Honorific, title phrase and country written before the name."""
    pos = _skip_ws_back(text, run.start)
    if pos not in honorifics and pos not in atom_by_end and text[pos - 1 : pos] != ",":
        if pos in place_by_end:
            # "Chief Minister Punjab Maryam Nawaz": a place between the title and the name
            q = _skip_ws_back(text, place_by_end[pos].start)
            if q < place_by_end[pos].start and q in atom_by_end:
                run.country = run.country or place_by_end[pos].iso3
                pos = q
        if pos not in hit_by_end and pos not in atom_by_end:
            return  # quick exit: nothing that could introduce a name
    hon = honorifics.get(pos)
    if hon is not None and pos < run.start:
        run.start = hon.start()
        run.licensed = run.confirmed = True
        t = _honorific_title(hon.group(0))
        if t:
            run.titles.append(t)
        pos = _skip_ws_back(text, hon.start())
    # "Foreign Minister of Pakistan, Ishaq Dar": an optional comma after the title phrase
    p = pos
    if p > 0 and text[p - 1] == ",":
        p = _skip_ws_back(text, p - 1)
    country: str | None = None
    hit = hit_by_end.get(p)
    if hit is not None:
        window_start = max(0, hit.start - 12)
        m = _OF_THE_BACK.search(text[window_start : hit.start])
        if m:
            if m.group(1).lower() == "of":
                country = hit.iso3
            p = window_start + m.start()
    atom = atom_by_end.get(p)
    if atom is None:
        return
    titles: list[str] = []
    iso_from_title: str | None = None
    first_start = atom.start
    while atom is not None and atom.kind != "modifier":
        first_start = atom.start
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
        if prev is None or prev.kind in ("modifier", "descriptor"):
            break
        atom = prev
    if titles:
        run.titles = titles + run.titles
        run.licensed = run.confirmed = True
    if not titles and not run.confirmed:
        return
    # country before the title phrase: "Chinese", "Pakistan's", "the Kyrgyz"
    q = _skip_ws_back(text, first_start)
    if q < first_start:
        hit = hit_by_end.get(_possessive_back(text, q))
        if hit is not None:
            country = country or hit.iso3
    run.country = run.country or country or iso_from_title


def _read_after(text, run: _Run, atom_by_start, hit_by_start) -> None:
    """"of Pakistan" or a title appositive written after the name."""
    pos = run.end
    nxt = text[pos : pos + 4]
    if not nxt.startswith(",") and not (nxt[1:] == "of " or _OF_THE_FWD.match(text, pos)):
        return
    # "President Asif Ali Zardari of Pakistan"
    m = _OF_THE_FWD.match(text, pos)
    if m and m.end() in hit_by_start and (run.titles or run.confirmed):
        run.country = run.country or hit_by_start[m.end()].iso3
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
            country = hit.iso3
            pm = _POSSESSIVE_SPACE.match(text, hit.end)
            if not pm:
                return
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
        if of and of.end() in hit_by_start:
            country = country or hit_by_start[of.end()].iso3
            p = hit_by_start[of.end()].end
        sep = _SEPARATOR.match(text, p)
        if sep and sep.end() in atom_by_start and atom_by_start[sep.end()].kind != "descriptor":
            p = sep.end()
            continue
        break
    if not titles and not confirmed:
        return
    # the phrase must not lead into another name ("…, Prime Minister Li Qiang")
    nxt = _NEXT_CAP.match(text, p)
    if titles and nxt and nxt.group(1) not in _word_lists()[0]:
        return
    run.titles += [t for t in titles if t not in run.titles]
    run.confirmed = True
    if titles:
        run.licensed = True
    run.country = run.country or country or iso_from_title


# --------------------------------------------------------------------------- one document


@dataclass(slots=True)
class _Person:
    key: tuple[str, ...]  # tokens of the fullest form
    members: set[tuple[str, ...]]
    country: str | None = None


def _norm_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.replace("’", "'") for t in tokens)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """``small`` is a prefix or suffix of ``big`` (a shorter form of the same full name)."""
    k = len(small)
    return k <= len(big) and (big[-k:] == small or big[:k] == small)


def _document_persons(runs: list[_Run]) -> list[tuple[_Run, str, str | None]]:
    """Resolve the runs of one document (in reading order) to (mention, name, country)."""
    full = [r for r in runs if r.confirmed and len(r.tokens) >= 2 and not r.weak_head]
    # fullest forms first: a shorter confirmed name joins the one longer name that contains it
    persons: list[_Person] = []
    by_tokens: dict[tuple[str, ...], _Person] = {}
    for r in sorted(full, key=lambda r: -len(r.tokens)):
        toks = _norm_tokens(r.tokens)
        if toks in by_tokens:
            continue
        owners = [p for p in persons if _contains(p.key, toks)]
        if len(owners) == 1:
            owners[0].members.add(toks)
            by_tokens[toks] = owners[0]
        else:
            p = _Person(toks, {toks})
            persons.append(p)
            by_tokens[toks] = p
    # a person's country: the first one the document states for any of its forms
    for r in full:
        p = by_tokens[_norm_tokens(r.tokens)]
        if p.country is None and r.country:
            p.country = r.country
    family_first = _family_first()

    def surname_candidates(tok: str) -> list[_Person]:
        preferred, other = [], []
        for p in persons:
            firsts = {m[0] for m in p.members}
            lasts = {m[-1] for m in p.members}
            if p.country in family_first:
                pref, alt = tok in firsts, tok in lasts
            elif p.country is not None:
                pref, alt = tok in lasts, tok in firsts
            else:
                pref, alt = tok in lasts or tok in firsts, False
            if pref:
                preferred.append(p)
            elif alt:
                other.append(p)
        # the usual end of the name first; the other end only when it finds nobody
        return preferred or other

    def match(toks: tuple[str, ...]) -> list[_Person]:
        if toks in by_tokens:
            return [by_tokens[toks]]
        if len(toks) >= 2:
            return [p for p in persons if any(_contains(m, toks) for m in p.members)]
        return surname_candidates(toks[0])

    # first pass: unambiguous mentions, and where each person is mentioned
    positions: dict[int, list[int]] = {}
    pending: list[tuple[int, _Run, list[_Person]]] = []
    for order, r in enumerate(runs):
        toks = _norm_tokens(r.tokens)
        if r.weak_head and toks not in by_tokens:
            # "To Lam said" is a person only if "To Lam" is a known name; else drop the head
            r = _Run(r.spans[1][0], r.end, r.tokens[1:], r.spans[1:], r.text, r.where,
                     r.titles, r.country, False, r.confirmed and len(r.tokens) > 2, r.licensed)
            toks = toks[1:]
        cands = match(toks)
        if not cands and not r.confirmed and len(toks) >= 2:
            # "Welcoming Sharif": the longest piece of an unconfirmed run that names someone
            found = None
            for size in range(len(toks) - 1, 0, -1):
                for a in range(0, len(toks) - size + 1):
                    c = match(toks[a : a + size])
                    if c and toks[a][:1].isupper():
                        found = (a, size, c)
                        break
                if found:
                    break
            if found:
                a, size, cands = found
                r = _Run(r.spans[a][0], r.spans[a + size - 1][1], r.tokens[a : a + size],
                         r.spans[a : a + size], r.text, r.where)
        if len(cands) == 1:
            positions.setdefault(id(cands[0]), []).append(order)
        pending.append((order, r, cands))
    # second pass: an ambiguous surname goes to the most recent person (else the next one)
    resolved: list[tuple[_Run, str, str | None]] = []
    for order, r, cands in pending:
        if len(cands) > 1:
            last_before = [
                (max((o for o in positions.get(id(p), []) if o < order), default=-1), i)
                for i, p in enumerate(cands)
            ]
            best, i = max(last_before)
            if best < 0:
                first_after = [
                    (min((o for o in positions.get(id(p), []) if o > order), default=1 << 60), i)
                    for i, p in enumerate(cands)
                ]
                _, i = min(first_after)
            cands = [cands[i]]
        if cands:
            p = cands[0]
            resolved.append((r, " ".join(p.key), r.country or p.country))
        elif r.confirmed and (len(r.tokens) >= 2 or r.licensed):
            resolved.append((r, " ".join(r.tokens), r.country))
    return resolved


# --------------------------------------------------------------------------- public API


@functools.cache
def _cue_words() -> tuple[list[str], list[str], list[str], list[str]]:
    """Literal cues for the vectorised prefilter (supersets of what the regexes can match)."""
    # a title phrase always starts with the first word of some row ("member", "president")
    titles = sorted(
        {
            re.split(r"[ '’-]", k)[0]
            for k, r in _title_table().items()
            if r.kind not in ("portfolio", "modifier")
        }
        | {"minister"}
    )
    orgs = read_lexicon("organizations")["surface"].drop_nulls().to_list()
    orgs = sorted({re.split(r"['’]", o)[0] for o in orgs})
    honorifics = sorted({h.split(" ")[0].rstrip(".") for h in _honorifics()[1]})
    verbs = sorted(_word_lists()[2])
    return titles, orgs, honorifics, verbs


def _cue_columns() -> list[pl.Expr]:
    """Four boolean columns: may the sentence hold a title, organisation, honorific, verb?"""
    titles, orgs, honorifics, verbs = _cue_words()

    def words(ws: list[str], flags: str = "") -> str:
        return rf"{flags}\b(?:" + "|".join(re.escape(w) for w in ws) + r")\b"

    text = pl.col("text").fill_null("")
    return [
        text.str.contains(words(titles, "(?i)")).alias("_title"),
        text.str.contains_any(orgs).alias("_org"),
        text.str.contains(words(honorifics)).alias("_honorific"),
        text.str.contains(words(verbs)).alias("_speech"),
    ]



def extract_persons(
    sentences: pl.DataFrame, country_mentions: pl.DataFrame | None = None
) -> pl.DataFrame:
    """Person mentions of every sentence (schema :data:`pipeline.model.PERSON_MENTIONS`).

    One row per (mention, title); a mention without a title gives one row with ``title`` null.
    ``char_start``/``char_end`` are document offsets of the name as written (an honorific
    included: "Mr. Xi"); ``name`` is the fullest form of that person inside the document;
    ``country_iso3`` is the country the text says the person serves (in this mention, or in
    another mention of the same person in the document), else null.  ``country_mentions`` (the
    output of :func:`pipeline.extract.countries.country_mentions`) is reused when given.
    """
    if sentences.height == 0:
        return empty(PERSON_MENTIONS)
    hits_by_sentence: dict[tuple[str, int], list[CountryHit]] | None = None
    if country_mentions is not None:
        hits_by_sentence = {}
        starts = dict(
            zip(
                zip(sentences["doc_id"].to_list(), sentences["sentence_id"].to_list()),
                sentences["char_start"].to_list(),
            )
        )
        for doc_id, sid, cs, ce, surface, iso3, kind in country_mentions.select(
            "doc_id", "sentence_id", "char_start", "char_end", "surface", "iso3", "kind"
        ).iter_rows():
            base = starts.get((doc_id, sid))
            if base is None:
                continue
            hits_by_sentence.setdefault((doc_id, sid), []).append(
                CountryHit(cs - base, ce - base, surface, iso3, kind)
            )

    records: list[dict] = []
    frame = sentences.select("doc_id", "sentence_id", "char_start", "text").sort(
        "doc_id", "char_start"
    )
    documents: dict[str, list[_Run]] = {}
    frame = frame.with_columns(_cue_columns())
    for doc_id, sid, base, text, *cues in frame.iter_rows():
        runs = documents.setdefault(doc_id, [])
        if not text:
            continue
        hits = (
            hits_by_sentence.get((doc_id, sid), [])
            if hits_by_sentence is not None
            else find_countries(text)
        )
        for run in _analyse(text, hits, tuple(cues)):
            run.where = (sid, base)
            runs.append(run)
    for doc_id, runs in documents.items():
        if not runs:
            continue
        for run, name, country in _document_persons(runs):
            sid, base = run.where
            for title in dict.fromkeys(run.titles or [None]):
                records.append(
                    {
                        "doc_id": doc_id,
                        "sentence_id": sid,
                        "char_start": base + run.start,
                        "char_end": base + run.end,
                        "surface": run.text[run.start : run.end],
                        "name": name,
                        "title": title,
                        "country_iso3": country,
                    }
                )
    if not records:
        return empty(PERSON_MENTIONS)
    return from_records(records, PERSON_MENTIONS)
