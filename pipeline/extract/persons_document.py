"""Tie the name runs of one document to persons (in-document coreference).

Shorter forms join the fullest form that contains them: "Shehbaz Sharif" and "Sharif" go to
"Muhammad Shehbaz Sharif".  A surname alone matches the LAST word of a full name, or the FIRST word
for people of countries that write the family name first (``name_order.csv``: "Xi" → "Xi
Jinping").  Different given names are never merged ("Asif Ali Zardari" ≠ "Bilawal Bhutto
Zardari"); an ambiguous surname goes to the most recently mentioned candidate (else the next one).
A surname written alone that ends no name is an inner word of exactly one full name (the paternal
surname of a Spanish name: "Salazar" → "Martín Salazar Córdova"); an initial alone ("B.") names
nobody; a single word inside an unconfirmed run ("Santa Rosa") names someone only by the end of
the name people are called by (never "Rosa" for "Rosa Elena Quispe").  A form with initials for
the given names ("Colonel General E. Rahimov") joins the one full name whose given names they
begin ("Elchin Rahimov").
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from pipeline.extract.persons_ascii import ascii_folded
from pipeline.extract.persons_lexicon import _family_first, _honorific_name_part
from pipeline.extract.persons_runs import _Run


@dataclass(slots=True)
class _Person:
    key: tuple[str, ...]  # tokens of the fullest form
    members: set[tuple[str, ...]]
    country: str | None = None


def _norm_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens with straight apostrophes (the same tuple when there is nothing to change)."""
    # (one C-level scan of the joined words: "’" is one character, so it occurs in the join
    # exactly when it occurs in a word; called for every run of every document)
    if "’" in "".join(tokens):
        return tuple(t.replace("’", "'") for t in tokens)
    return tokens


# the Arabic article glued to a family name ("al-Sharif", "El-Sisi", "ash-Shaibani"): writers drop
# it or change its case ("Sharif said", "Al-Sharif said"), so a lone surname is matched without it
_ARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-(?=[A-Z])")


def bare_surname(word: str) -> str:
    """``word`` without a glued Arabic article ("al-Sharif" -> "Sharif"); else ``word``."""
    if "-" not in word[:4]:
        return word
    m = _ARTICLE.match(word)
    return word[m.end():] if m else word


def _styled_one_word(r: _Run) -> bool:
    """A style kept before a single name word ("Tengku Zafrul", "Sheikh Hasina"): the style was
    kept only because stripping it would leave one word (see persons_before)."""
    return len(r.tokens) == 2 and r.tokens[0][:1].isupper() and _honorific_name_part(r.tokens[0])


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """``small`` is a prefix or suffix of ``big`` (a shorter form of the same full name)."""
    k = len(small)
    if k > len(big):
        return False
    if big[-k:] == small or big[:k] == small:
        return True
    # "De la Fuente said": a particle capitalised at the start of a sentence ("de la Fuente")
    if (k > 1 and small[0][:1].isupper() and big[-k][:1].islower()
            and big[-k] == small[0].lower() and big[len(big) - k + 1:] == small[1:]):
        return True
    return _initialled(big, small)


def _is_initial(word: str) -> bool:
    """A given name written as its initial: "E." (or "E" in styles that drop the dot)."""
    return len(word) <= 2 and word[:1].isupper() and word[1:] in ("", ".")


def _initialled(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """``small`` is ``big`` with its leading given names written as initials: "E. Rahimov" for
    "Elchin Rahimov", "A. K. Verma" for "Anil Kumar Verma" (each initial the first letter of the
    given name at its place; the rest the end of the full name)."""
    i = 0
    while i < len(small) and _is_initial(small[i]):
        i += 1
    tail = len(small) - i
    if i == 0 or tail == 0 or i + tail > len(big) or big[len(big) - tail:] != small[i:]:
        return False
    return all(
        not _is_initial(big[j]) and big[j][:1] == small[j][:1] for j in range(i)
    )


# the particles of an Arabic or Malay patronymic chain ("Mohammed bin Salman", "bint", "ibn")
_NASAB = frozenset({"bin", "ibn", "bint", "binti", "Bin", "Ibn", "Bint", "Binti"})


def document_persons(runs: list[_Run]) -> list[tuple[int, _Run, str, str | None]]:
    """Resolve the runs of one document (in reading order) to (index of the run in ``runs``,
    mention, name, country).  The mention is the run itself or a shorter piece of it; the runs
    are not modified (they may be shared between documents)."""
    full = [r for r in runs if r.confirmed and len(r.tokens) >= 2 and not r.weak_head]
    # fullest forms first: a shorter confirmed name joins the one longer name that contains it
    persons: list[_Person] = []
    by_tokens: dict[tuple[str, ...], _Person] = {}
    # persons by the first and by the last word of their fullest form: a shorter form is a
    # prefix or a suffix of it, so it shares one of them
    by_first: dict[str, list[_Person]] = {}
    by_last: dict[str, list[_Person]] = {}
    # persons by their fullest form without diacritics: "Marek Zoltowski" is "Marek Żółtowski"
    by_folded: dict[tuple[str, ...], _Person] = {}
    # (a style kept before one name word, "Tengku Zafrul", after the plain names: it joins the
    # one full name that begins or ends with that word, "Zafrul Aziz")
    # (and a form with initials, "E. Rahimov", after the names spelled out: it joins the one
    # name whose given names those initials begin)
    for r in sorted(full, key=lambda r: (_styled_one_word(r), -len(r.tokens),
                                         _is_initial(r.tokens[0]))):
        toks = _norm_tokens(r.tokens)
        if toks in by_tokens:
            continue
        if _styled_one_word(r):
            word = toks[1]
            owners = [p for p in persons if word in (p.key[0], p.key[-1])]
            if len(owners) == 1:
                owners[0].members.add(toks)
                by_tokens[toks] = owners[0]
                continue
        folded = ascii_folded(toks)
        same = by_folded.get(folded)
        if same is not None:
            same.members.add(toks)
            by_tokens[toks] = same
            continue
        owners = [p for p in by_first.get(toks[0], ()) if _contains(p.key, toks)]
        for p in by_last.get(toks[-1], ()):
            if all(q is not p for q in owners) and _contains(p.key, toks):
                owners.append(p)
        if len(owners) == 1:
            owners[0].members.add(toks)
            by_tokens[toks] = owners[0]
        else:
            p = _Person(toks, {toks})
            persons.append(p)
            by_tokens[toks] = p
            by_folded.setdefault(folded, p)
            by_first.setdefault(toks[0], []).append(p)
            by_last.setdefault(toks[-1], []).append(p)
    # a person's country: the first one the document states for any of its forms
    for r in full:
        p = by_tokens[_norm_tokens(r.tokens)]
        if p.country is None and r.country:
            p.country = r.country
    family_first = _family_first()
    # per person: (person, words read first, words read otherwise, both ends equally)
    ends = []
    glued = False  # a family name with a glued article ("al-Sharif") in the document
    for p in persons:
        if not glued and ("-" in p.key[-1][:4] or "-" in p.key[0][:4]):
            glued = True
        firsts = {m[0] for m in p.members}
        lasts = {m[-1] for m in p.members}
        if _NASAB.intersection(p.key[1:-1]):
            # "Saud bin Mansour Al Saud" is called "Prince Saud" (his given name; the family
            # name "Al Saud" is shared by every prince): a name with a nasab is read first by its
            # first word
            ends.append((p, firsts, lasts, False))
        elif p.country in family_first:
            ends.append((p, firsts, lasts, False))
        elif p.country is not None:
            ends.append((p, lasts, firsts, False))
        else:
            ends.append((p, lasts | firsts, set(), True))

    # (a family name with a glued article is also known without it: "al-Sharif" -> "Sharif")
    if glued:
        ends = [
            (p, pref | {bare_surname(w) for w in pref}, alt | {bare_surname(w) for w in alt},
             either)
            for p, pref, alt, either in ends
        ]
    usual_end = {id(p): pref for p, pref, _alt, _either in ends}

    def surname_candidates(tok: str) -> list[_Person]:
        if len(tok.rstrip(".")) <= 1:
            return []  # an initial alone ("B." of "B.Solongo") names nobody
        preferred, other = [], []
        bare = bare_surname(tok) if "-" in tok[:4] else tok
        for p, pref, alt, _either in ends:
            if tok in pref or bare in pref:
                preferred.append(p)
            elif tok in alt or bare in alt:
                other.append(p)
        # the usual end of the name first; the other end only when it finds nobody
        return preferred or other

    inner_words: list[tuple[_Person, set[str]]] = []  # (filled on first use)

    def inner_candidates(tok: str) -> list[_Person]:
        # an inner word of one full name only: the paternal surname of a Spanish name
        # ("Salazar" for "Martín Salazar Córdova"); read only for a name written alone, never
        # for a piece of a longer run ("David" of another "Lukas David Bauer")
        if len(tok.rstrip(".")) <= 1:
            return []
        if not inner_words:
            # the inner words of each person's forms of three words or more
            inner_words.extend(
                (p, {w for m in p.members if len(m) >= 3 for w in m[1:-1]}) for p in persons
            )
        inner = [p for p, words in inner_words if tok in words]
        return inner if len(inner) == 1 else []

    # persons by the first and the last word of each of their forms (for pieces of names)
    rank = {id(p): i for i, p in enumerate(persons)}
    member_ends: dict[str, list[_Person]] = {}
    for p in persons:
        for w in {w for m in p.members for w in (m[0], m[-1])}:
            member_ends.setdefault(w, []).append(p)
    memo: dict[tuple[str, ...], list[_Person]] = {}

    def match(toks: tuple[str, ...]) -> list[_Person]:
        found = memo.get(toks)
        if found is None:
            if toks in by_tokens:
                found = [by_tokens[toks]]
            elif len(toks) >= 2:
                near = {id(p): p for w in (toks[0], toks[-1]) for p in member_ends.get(w, ())}
                found = sorted(
                    (p for p in near.values() if any(_contains(m, toks) for m in p.members)),
                    key=lambda p: rank[id(p)],
                )
            else:
                found = surname_candidates(toks[0])
            memo[toks] = found
        return found

    # first pass: unambiguous mentions, and where each person is mentioned
    positions: dict[int, list[int]] = {}
    pending: list[tuple[int, _Run, list[_Person]]] = []
    for order, r in enumerate(runs):
        toks = _norm_tokens(r.tokens)
        if r.weak_head and toks not in by_tokens:
            # "To Lam said" is a person only if "To Lam" is a known name; else drop the head
            r = _Run(r.spans[1][0], r.end, r.tokens[1:], r.spans[1:], r.text, r.where,
                     r.titles, r.country, False, r.confirmed and len(r.tokens) > 2, r.licensed,
                     r.same_country_as, r.org_office)
            toks = toks[1:]
        cands = match(toks)
        if not cands and len(toks) == 1:
            cands = inner_candidates(toks[0])
        if not cands and not r.confirmed and len(toks) >= 2:
            # "Welcoming Sharif": the longest piece of an unconfirmed run that names someone
            found = None
            for size in range(len(toks) - 1, 0, -1):
                for a in range(0, len(toks) - size + 1):
                    c = match(toks[a : a + size])
                    if size == 1 and c:
                        # a lone piece names someone by the end of the name that people are
                        # called by (the surname), never by the other end: "Santa Rosa" is no
                        # mention of "Rosa Elena Quispe"
                        c = [p for p in c if toks[a] in usual_end[id(p)]]
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
    resolved: list[tuple[int, _Run, str, str | None]] = []
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
            resolved.append((order, r, " ".join(p.key), r.country or p.country))
        elif r.confirmed and (len(r.tokens) >= 2 or r.licensed):
            resolved.append((order, r, " ".join(r.tokens), r.country))
    return resolved
