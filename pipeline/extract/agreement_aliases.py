"""One instrument, two names in one document: a short reference ("the Ganges treaty": "the" before
a name whose instrument word comes last; "the Exchange of Notes concerning the ODA loan referred
to in paragraph 3": a word pointing back) to an instrument another sentence of the document names
in full ("the Treaty on Sharing of the Ganga/Ganges Waters", "the Exchange of Notes
concerning a Japanese ODA loan") takes the full name, so that the two mentions are one fact.

The short name's content words (its words without instrument words, function words and
plural endings) must all be words of exactly one longer name of the same type in the document,
and its date (when it has one) must fall in the same year as that instrument's.

A definite title cut short after its opening words ("The Agreement on Mutual Visa Exemption shall
enter into force on 1 September" after "Agreement on Mutual Visa Exemption for Holders of Ordinary
Passports" in a list of signed documents) is the same instrument too: its words must be the first
words of exactly one longer title of its type in another sentence of the document, which goes on with
a narrowing phrase ("for Holders of ...", "between ..."), not a coordinated word ("... and Technical
Assistance" names another instrument).

A definite short name made of an acronym and a general instrument word ("the AEO deal", "the SAR
agreement") refers to the one instrument of another sentence whose title holds the words the acronym
abbreviates ("memorandum of understanding on the mutual recognition of authorised economic operators
(AEO)"): it takes that instrument's name and type (a general word can name an instrument of any
type)."""

from __future__ import annotations

import re

from pipeline.extract.acronyms import initials
from pipeline.extract.agreement_lexicon import GENERAL_TYPES, _lex

__all__ = ["content_words", "unify_names"]

_WORD_RE = re.compile(r"[^\W\d_]+")
# words of a title that tell nothing of which instrument it is
_FUNCTION = frozenset("a an the of on in at for to and between by with from concerning regarding".split())


# a longer title going on with a coordinated word is another title ("Agreement on Economic Cooperation
# and Technical Assistance" is not "the Agreement on Economic Cooperation")
_COORDINATORS = frozenset({"and", "&", "or"})


def content_words(name: str) -> frozenset[str]:
    """The words of ``name`` that tell which instrument it is (lower case, no plural -s)."""
    rest = _lex().instrument_re.sub(" ", name)
    out = set()
    for w in _WORD_RE.findall(rest.lower()):
        if w in _FUNCTION:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


# an acronym in a short name: three or more capitals
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")


def _initials(name: str) -> str:
    """The initials of the content words of ``name``, in order ("... of authorised economic
    operators": "...aeo")."""
    return initials(_WORD_RE.findall(_lex().instrument_re.sub(" ", name).lower()), skip=_FUNCTION)


def _acronym_target(i: int, rows: list[int], names: list, types: list, sentence_ids: list,
                    words: dict) -> int | None:
    """The one row of another sentence whose title's words the acronym of the short name ``i``
    abbreviates (its other content words in that title too), or None."""
    acros = _ACRONYM_RE.findall(names[i])
    if len(acros) != 1:
        return None
    acro = acros[0].lower()
    rest = words[i] - {acro}
    hits = {names[j]: j for j in rows if sentence_ids[j] != sentence_ids[i] and j != i
            and (types[j] == types[i] or types[i] in GENERAL_TYPES)
            and acro not in words[j] and acro in _initials(names[j]) and rest <= words[j]}
    return next(iter(hits.values())) if len(hits) == 1 else None


def unify_names(doc_ids: list, sentence_ids: list, names: list, types: list, dates: list,
                definite: list[bool], shortened: list[bool] | None = None,
                party_names: list[list[str]] | None = None) -> None:
    """Rename (in place) each short name referring back (``definite``) to the one fuller name of
    another sentence of its document, of its type, that holds all its content words, and each
    definite title opening on its instrument word (``shortened``) to the one longer title of
    another sentence that begins with its words (see the module docstring)."""
    by_doc: dict = {}
    for i, (d, n) in enumerate(zip(doc_ids, names)):
        if n:
            by_doc.setdefault(d, []).append(i)
    for rows in by_doc.values():
        if len(rows) < 2:
            continue
        words = {i: content_words(names[i]) for i in rows}
        for i in rows:
            if shortened is not None and shortened[i] and not definite[i]:
                head = names[i].lower() + " "
                longer = {names[j] for j in rows if sentence_ids[j] != sentence_ids[i] and types[j] == types[i]
                          and names[j].lower().startswith(head)
                          and names[j][len(head):].split(" ", 1)[0].lower() not in _COORDINATORS
                          and (dates[i] is None or dates[j] is None or dates[i].year == dates[j].year)}
                if len(longer) == 1:
                    names[i] = longer.pop()
                continue
            if not definite[i] or not words[i]:
                continue
            if _ACRONYM_RE.search(names[i]):
                j = _acronym_target(i, rows, names, types, sentence_ids, words)
                if j is not None:
                    names[i], types[i] = names[j], types[j]
                    continue
            longer = {names[j] for j in rows if sentence_ids[j] != sentence_ids[i] and types[j] == types[i]
                      and words[i] < words[j]
                      and (dates[i] is None or dates[j] is None or dates[i].year == dates[j].year)}
            if party_names is not None:
                # "the A–B memorandum" (a caption) is the one whose signing organisations are A and B
                # ("a Memorandum of Understanding between A and B on X"), not another naming them in its title
                by_parties = {names[j] for j in rows if sentence_ids[j] != sentence_ids[i] and types[j] == types[i]
                              and j != i and party_names[j]
                              and words[i] == frozenset(w for p in party_names[j] for w in content_words(p))
                              and (dates[i] is None or dates[j] is None or dates[i].year == dates[j].year)}
                if len(by_parties) == 1:
                    names[i] = by_parties.pop()
                    continue
            if len(longer) == 1:
                names[i] = longer.pop()
