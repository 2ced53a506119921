"""Acronyms of instruments defined in a document: "the Afghanistan-Pakistan Transit Trade Agreement
(APTTA)" defines APTTA; a later "The APTTA, signed in October 2010 ..." then tells that instrument's
signing although no instrument word is written.

A definition is an upper-case acronym in parentheses right after a title ending on an instrument
word, whose letters are the initials of the title's last words (hyphenated parts count as words;
function words may or may not give a letter: "Joint Comprehensive Plan of Action (JCPOA)").  An
acronym that is itself an instrument word of the lexicon ("FTA", "CEPA", "MoU") needs nothing here.
A use is the acronym as a word elsewhere, not in parentheses; it names the defined instrument and is
a mention only with a signing or entry-into-force cue of its own (the finder decides).
"""

from __future__ import annotations

import re

import polars as pl

from pipeline.extract.acronyms import GATE, initials, parenthesised
from pipeline.extract.agreement_kinds import _title_type
from pipeline.extract.agreement_lexicon import _instrument_type, _is_generic, _lex

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")
_FUNCTION = frozenset("of on and for the in to between concerning".split())
_MAX_WORDS = 12


def definitions(text: str, words: bool = False) -> list[tuple[str, str, str]]:
    """(acronym, name, agreement_type) of the acronyms defined in one sentence; with ``words``, only the
    acronyms that are instrument words themselves ("Comprehensive Economic Partnership Agreement (CEPA)")."""
    out: list[tuple[str, str, str]] = []
    lex = _lex()
    for m in parenthesised(text):
        acr = m.group(1)
        letters = acr.replace("-", "")
        if len(letters) < 2 or not letters.isalnum() or (lex.instrument_re.fullmatch(acr) is None) == words:
            continue
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        head = None
        for h in lex.instrument_re.finditer(before):
            head = h
        if head is None or head.end() != len(before) or _is_generic(head.group(0)):
            continue  # the parentheses do not follow an instrument word (a general noun: "Partnership (CSP)")
        # the title's words, right to left (hyphenated parts are words: "Afghanistan-Pakistan")
        words = list(_WORD_RE.finditer(before))[-_MAX_WORDS:]
        found = None
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            first = tail[0].group(0)
            if not first[:1].isupper():
                continue  # a title starts on a capital
            ws = [w.group(0) for w in tail]
            if letters.upper() in (initials(ws).upper(), initials(ws, skip=_FUNCTION).upper()):
                found = tail[0].start()
                break
        if found is None:
            continue
        name = " ".join(before[found:].split()).replace("’", "'")
        atype = _instrument_type(head.group(0))
        if atype == "agreement" and _TRADE_IN_NAME_RE.search(name):
            atype = "trade_agreement"  # (as the title's own row: "Trade in Goods Agreement (TIGA)")
        if atype in ("agreement", "trade_agreement"):
            atype = _title_type(name.replace("–", "-").replace("—", "-")) or atype  # (as the title's own row)
        out.append((acr, name, atype))
    return out


_TRADE_IN_NAME_RE = re.compile(r"(?i)\btrade\s+in\s+(?:goods|services)\s+agreement$")


def document_acronyms(doc_ids: pl.Series, texts: pl.Series, words: bool = False) -> dict[str, dict[str, tuple[str, str]]]:
    """doc_id -> {acronym: (name, agreement_type)} over the given (candidate) sentences; only the
    sentences with a parenthesised acronym are read in Python. With ``words``, the acronyms that are
    instrument words ("CEPA"): a definite use of one ("The CEPA, signed on ...") is named by its title."""
    hit = texts.str.contains(GATE).fill_null(False)
    if not hit.any():
        return {}
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for doc_id, text in zip(doc_ids.filter(hit).to_list(), texts.filter(hit).to_list()):
        for acr, name, atype in definitions(text, words):
            out.setdefault(doc_id, {}).setdefault(acr, (name, atype))
    return out


def use_mask(doc_ids: pl.Series, texts: pl.Series, acronyms: dict[str, dict[str, tuple[str, str]]]) -> pl.Series:
    """The sentences that use a defined acronym of their document (not in parentheses); only the
    sentences of documents that define one are read, each with its document's alternation."""
    rxs = {
        doc_id: re.compile(rf"(?:^|[^(\w-])(?:{'|'.join(re.escape(a) for a in sorted(defs, key=len, reverse=True))})(?:$|[^\w)-])")
        for doc_id, defs in acronyms.items()
    }
    rows = doc_ids.is_in(list(rxs)).fill_null(False)
    mask = [False] * len(texts)
    if rows.any():
        idx = rows.arg_true().to_list()
        for i, doc_id, text in zip(idx, doc_ids.gather(idx).to_list(), texts.gather(idx).to_list()):
            mask[i] = text is not None and rxs[doc_id].search(text) is not None
    return pl.Series(mask, dtype=pl.Boolean)


def uses(text: str, acronyms: dict[str, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, name, type) of the defined acronyms used in ``text`` (not in parentheses)."""
    out = []
    for acr, (name, atype) in acronyms.items():
        for m in re.finditer(rf"(?<![\w(-]){re.escape(acr)}(?![\w)-])", text):
            out.append((m.start(), m.end(), name, atype))
    return sorted(out)
