"""A definite plural instrument opening a sentence ("The documents, signed at a local hotel ...",
"These agreements cover ...", "The MoUs, which were signed in the presence of ...") or a clause going on
from an event ("held talks on Tuesday, after which the MoUs were signed") right after a
batch of instruments was told refers back to that batch: it is a second mention of the same fact,
not an instrument of its own. Its row takes the batch's type, count, name, date and parties, so
that the resolver merges the two mentions — unless its own date is another ("The agreements signed
today" after a batch told as signed years earlier).

A partitive opening ("Among the documents signed are: ...", "Among the agreements were ...") tells
a part of instruments already told, at any distance in the document: its plural is the latest
counted batch (:func:`is_partitive`), and the items it lists are examples, not the whole batch."""

from __future__ import annotations

import re

from pipeline.extract.agreement_lexicon import _is_plural, _lex

__all__ = ["BACK_WINDOW", "PARTITIVE_LEAD_RE", "batch_member", "date_batch", "is_partitive", "partitive_item",
           "refers_to_batch", "same_time", "take_batch"]

# what may stand before the plural noun: the definite article or a demonstrative, optionally
# "all (of) the" ("All the agreements", "All of these documents"), and adjectives
# ("The newly signed documents", "The two documents"), after a fronted attribution ("According to the
# ministry, the MoUs were signed ...")
# (also opening a clause that goes on from the event told: "held talks on Tuesday, after which the MoUs were
# signed", "..., at which the documents were signed")
_DEFINITE_OPEN_RE = re.compile(
    r"(?i)^(?:[\W\d]*(?:(?:according\s+to|as\s+per)\s+[^,;:]{1,80},\s*)?|[^;:]*,\s+(?:after|following|during|at)\s+which\s+)"
    r"(?:(?:all|both|most|some)\s+(?:of\s+)?)?(?:the|these|those)\s+"
    r"(?:(?:[a-z]+ly\s+)?(?:signed|new|inked|agreed|above|said|aforementioned|two|three)\s+)?$"
)
# how many sentences back the batch may be told (the same paragraph or the next one)
BACK_WINDOW = 2
# "Among the (newly signed) documents ...": a part of the instruments told before
_PARTITIVE_OPEN_RE = re.compile(
    r"(?i)^[\W\d]*among\s+(?:the|these|those)\s+"
    r"(?:(?:[a-z]+ly\s+)?(?:signed|new|inked|agreed|above|said|aforementioned)\s+)?$"
)
#: a list's lead opening on such a partitive ("Among the documents signed are:"): its items are examples
PARTITIVE_LEAD_RE = re.compile(r"(?i)^[\W\d]*among\s+(?:the|these|those)\s[^:]{0,60}:[^:]*$")


def _bare_plural_after(text: str, row: dict, opening: re.Pattern[str]) -> bool:
    """The row (offsets relative to ``text``) is a plural instrument without a count or a name of
    its own, and what stands before it in the sentence matches ``opening``."""
    if row["quantity"] is not None or row["name"] is not None:
        return False
    if not _is_plural(text[row["char_start"]:row["char_end"]]):
        return False
    return opening.match(text[: row["char_start"]]) is not None


def refers_to_batch(text: str, row: dict) -> bool:
    """The row (offsets relative to ``text``) is a definite plural instrument without a count or a
    name of its own opening the sentence: a reference to instruments already told."""
    return _bare_plural_after(text, row, _DEFINITE_OPEN_RE)


def is_partitive(text: str, row: dict) -> bool:
    """The row (offsets relative to ``text``) is a plural instrument without a count or a name of its
    own after a partitive opening ("Among the documents signed are: ..."): a part of a batch told
    before."""
    return _bare_plural_after(text, row, _PARTITIVE_OPEN_RE)


_ORDER = {"year": 0, "month": 1, "day": 2}


def same_time(row: dict, batch: dict) -> bool:
    """The row's own signing date (if any) falls in the batch's period, at the coarser precision of
    the two ("The agreements signed today" after a batch signed years earlier is another signing)."""
    a, b = row["signed_date"], batch["signed_date"]
    pa, pb = row["signed_precision"], batch["signed_precision"]
    if a is None or b is None or pa not in _ORDER or pb not in _ORDER:
        return True
    p = min(_ORDER[pa], _ORDER[pb])
    key = (lambda d: (d.year,)) if p == 0 else (lambda d: (d.year, d.month)) if p == 1 else (lambda d: (d.year, d.month, d.day))
    return key(a) == key(b)


def take_batch(row: dict, batch: dict) -> None:
    """Make ``row`` a mention of ``batch`` (its type, count, name, dates, parties; its own topics
    when the batch has none)."""
    for k in ("agreement_type", "quantity", "name", "signed_date", "signed_precision",
              "effective_date", "effective_precision", "parties"):
        row[k] = batch[k]
    if batch["topics"]:
        row["topics"] = batch["topics"]


def date_batch(batch: dict, row: dict, out: dict[str, list], index: int) -> None:
    """A batch told without a signing date ("A and B have signed five MoUs, the ministry said") takes the
    date of the reference that tells its signing ("The MoUs were signed in Beijing on Wednesday"), in its
    row dict and at ``index`` of the columns ``out`` it was already copied to."""
    for k in ("signed_date", "signed_precision"):
        batch[k] = row[k]
        out[k][index] = row[k]


# what marks an instrument as one more of a set told before: "Another MoU", "one more agreement", "a second
# memorandum", "the other accord", "the remaining protocol" (up to two modifiers before the instrument word)
_MEMBER_BEFORE_RE = re.compile(
    r"(?i)(?:\banother|\bone\s+(?:more|other)|\b(?:a|the)\s+(?:second|third|fourth|fifth|sixth|further|last|final|"
    r"other|remaining))\s+(?:[\w-]+\s+){0,2}$")


# "Among the documents (signed) was a ...", "Among the agreements were the ...": the instrument right after is one
# of the instruments told before (the plural in group "set" must be instruments: not "Among the issues discussed
# was a free trade agreement")
_PARTITIVE_ITEM_BEFORE_RE = re.compile(
    r"(?i)^[\W\d]*among\s+(?:the|these|those)\s+(?P<set>[^,;:()]{1,60}?)\s(?:was|were|is|are)\s+(?:(?:an?|the|one)\s+)?$")


def partitive_item(text: str, row: dict, batch: dict) -> bool:
    """The row (offsets relative to ``text``) is the first instrument after a partitive opening ("Among the
    documents was a memorandum of understanding between X and Y ..."): one item of the counted ``batch`` told
    before, signed with it; only when the row has no date of its own or one coarser than the batch's that
    holds it (the document's month)."""
    m = _PARTITIVE_ITEM_BEFORE_RE.match(text[: row["char_start"]]) if (row["quantity"] or 1) == 1 else None
    if m is None or _lex().instrument_re.search(m.group("set")) is None:
        return False
    if row["signed_date"] is None:
        return True
    coarser = _ORDER.get(row["signed_precision"], 3) < _ORDER.get(batch["signed_precision"], 0)
    return coarser and same_time(row, batch)


def batch_member(text: str, row: dict) -> bool:
    """The row (offsets relative to ``text``) is one undated, uncounted instrument marked as one more of a set
    (:data:`_MEMBER_BEFORE_RE`): a member of the counted batch the document told before it."""
    if row["signed_date"] is not None or (row["quantity"] or 1) != 1:
        return False
    if _is_plural(text[row["char_start"]:row["char_end"]]):
        return False
    return _MEMBER_BEFORE_RE.search(text, max(0, row["char_start"] - 40), row["char_start"]) is not None
