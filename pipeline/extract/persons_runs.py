"""Runs of capitalised name words in one sentence (:class:`_Run`): the capitalised words
(:func:`_tokens`, a glued particle kept) and the runs they form (:func:`_runs`: initials,
particles such as "bin" or "von der", a weak head such as "He" or "To", no person before an
organisation's noun)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.persons_gaps import _POSSESSIVE_TAILS
from pipeline.extract.persons_lexicon import (
    _CAP,
    _CAP_TOKEN,
    _word_lists,
    given_name_abbreviations,
    org_heads,
    org_links,
)

MAX_NAME_TOKENS = 6
_GLUED_PARTICLE = re.compile(r"[a-z]{1,4}-$")
_PARTICLE_GAP = re.compile(
    r"[^\S\r\n]{1,3}([a-z]{1,5})(?:[^\S\r\n]{1,3}([a-z]{1,5}))?[^\S\r\n]{1,3}"
)  # "bin", "von der"
_SPACE_ONLY = re.compile(r"[^\S\r\n]{1,3}")
# a line break inside a name of a hard-wrapped paragraph (a text converted from PDF): the line
# before is long, so the break is the wrap, not the end of a heading or of a list item
_WRAP_GAP = re.compile(r"[^\S\r\n]*\r?\n[^\S\r\n]*")
_WRAPPED_LINE_CHARS = 60


def _wrapped_line(text: str, end: int) -> bool:
    """Whether the line that ends at ``end`` (before a line break) is long enough to be one line
    of a hard-wrapped paragraph."""
    return end - (text.rfind("\n", 0, end) + 1) >= _WRAPPED_LINE_CHARS


_INITIAL_GAP = re.compile(r"\.[^\S\r\n]{0,3}")  # "J. K. Rowling", "J.K."
# a nickname in quotes between a given name and the rest of the name ('Ramon "Mon" Reyes',
# 'Maria “Bing” Santos'): not part of the name, and no end of it either
_NICKNAME = re.compile(r'[^\S\r\n]["“]([^"“”\s]{1,15}(?:[^\S\r\n][^"“”\s]{1,15})?)["”][^\S\r\n]')
# before an organisation's head noun, a plural possessive may end the last word ("the Truck
# Drivers' Association", "the Farmers’ Union")
_HEAD_GAP = re.compile(r"(?<=s)['’][^\S\r\n]{1,3}|[^\S\r\n]{1,3}")
_WORD_CHARS_BEFORE = "_'’-"
_TRAILING = "'’-"


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
    # "Dato' Sri X", "Shri Y": the countries whose national style the honorific before the name is
    # (``honorifics.csv``; in a bilateral article, settled per document)
    style_countries: tuple[str, ...] = ()
    # "The minister, who is on a visit to Pakistan, conveyed the greetings of President X": the
    # country a message from this person was carried into by a visitor - X serves another one
    # (settled per document; :mod:`persons_messages`)
    carried_to: str | None = None


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


def _is_glued_initial(tok: str) -> bool:
    """A two-letter initial written glued to the name with a dot, as Mongolian names print the
    father's initial ("Ts.Gantulga", "Ch.Khurelbaatar"): a capital and a small letter."""
    return len(tok) == 2 and tok[0].isupper() and tok[1].islower()


def _without_nicknames(text: str, tokens: list, good: list) -> tuple[list, list]:
    """The tokens without the words of a quoted nickname that stands between two name words
    ('Ramon "Mon" Reyes'), so that the name runs across it."""
    drop: set[int] = set()
    for m in _NICKNAME.finditer(text):
        inside = [k for k, t in enumerate(tokens) if m.start(1) <= t[0] and t[1] <= m.end(1)]
        if not inside:
            continue
        before, after = inside[0] - 1, inside[-1] + 1
        if (before >= 0 and after < len(tokens) and good[before] and good[after]
                and tokens[before][1] == m.start() and tokens[after][0] == m.end()):
            drop.update(inside)
    if not drop:
        return tokens, good
    keep = [k for k in range(len(tokens)) if k not in drop]
    return [tokens[k] for k in keep], [good[k] for k in keep]


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

    if '"' in text or "“" in text:
        tokens, good = _without_nicknames(text, tokens, good)
    abbreviations = given_name_abbreviations()
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
    links = org_links()
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
                if _WRAP_GAP.fullmatch(gap) and good[j + 1] and _wrapped_line(text, tokens[j][1]):
                    # "Hon. Tharaka Dilrukshi|Senanayake": a name broken by a hard-wrapped line
                    members.append(j + 1)
                    j += 1
                    continue
                if not (
                    (len(tokens[j][2]) == 1 or tokens[j][2] in abbreviations)
                    and _INITIAL_GAP.fullmatch(gap)
                ) and not (
                    gap == "." and _is_glued_initial(tokens[j][2])
                ) and _NICKNAME.fullmatch(gap) is None:
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
            and _HEAD_GAP.fullmatch(text, tokens[j][1], tokens[i][0]) is not None
            and not tokens[j][2].endswith(_POSSESSIVE_TAILS)
        ):
            continue  # "the Kenya Transporters Association": part of an organisation's name
        if i < n and tokens[i][2] in links and not tokens[j][2].endswith(_POSSESSIVE_TAILS):
            # "the General San Martin International Bridge": link words before the head noun
            h, prev_end = i, tokens[j][1]
            while h < n and h < i + 2 and tokens[h][2] in links and _SPACE_ONLY.fullmatch(
                text, prev_end, tokens[h][0]
            ):
                prev_end = tokens[h][1]
                h += 1
            if (h < n and h > i and tokens[h][2] in heads
                    and _SPACE_ONLY.fullmatch(text, prev_end, tokens[h][0]) is not None):
                continue
        words = [tokens[k][2] for k in members]
        spans = [(tokens[k][0], tokens[k][1]) for k in members]
        for w, k in enumerate(members[:-1]):
            if (len(words[w]) == 1 or _is_glued_initial(words[w]) or words[w] in abbreviations) and text[
                tokens[k][1] : tokens[k][1] + 1
            ] == ".":
                words[w] += "."  # an initial ("Ts.Gantulga": a two-letter one glued on)
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
