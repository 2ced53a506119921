"""One instrument told twice in one document.

* A batch or named instrument dated only by its month (a headline, "Egypt, Kenya sign five MoUs",
  dated by the document's month) and told again with its day in the body ("signed five memoranda
  of understanding on Tuesday") is one instrument: the coarse mention takes the day, so that the
  resolver never has to choose between two candidates of that month.  Same document, same type,
  and the same count (a counted batch) or the same name; the day must fall in the month.
* A bare definite singular "the agreement" ("The Reserve Bank ... signed the agreement in Mumbai")
  in the sentence right after an instrument of a more specific type ("a currency swap agreement")
  refers to it: it takes its type and name (the general word "agreement" can name any instrument).
  The instrument before need not be a fact of its own: "Trade has been governed since 2009 by a
  preferential trade agreement. The agreement was signed in 2004 ..." tells the trade agreement's
  signing in the second sentence only; the bare "the agreement" takes the type of the one instrument
  the sentence before names (:func:`type_told_before`).
* A bare definite singular of a specific kind ("The FTA was signed in November 2006", "The treaty entered
  into force in 1961") right after a named instrument of that kind ("the Chile-Korea Free Trade Agreement")
  is that instrument told again: it takes its name (:func:`names_previous_kind`)."""

from __future__ import annotations

import re

from pipeline.extract.agreement_lexicon import GENERAL_TYPES, _instrument_type, _is_generic, _is_plural, _lex

__all__ = ["day_of_same_instrument", "names_previous_kind", "refers_to_previous", "take_previous", "take_type",
           "type_told_before"]


def day_of_same_instrument(doc_ids: list, quantities: list, names: list, types: list, dates: list,
                           precisions: list) -> None:
    """Give (in place) each month-dated counted batch or named instrument the day of the same
    instrument told elsewhere in its document (see the module docstring); only when exactly one
    such day exists."""
    if "month" not in precisions:
        return  # (no month-dated mention: nothing to refine)
    days: dict[tuple, set] = {}
    for i, (d, q, n, t, dt, p) in enumerate(zip(doc_ids, quantities, names, types, dates, precisions)):
        if p == "day" and dt is not None and ((q or 0) >= 2 or n):
            days.setdefault((d, t, q if (q or 0) >= 2 else None, n if not (q or 0) >= 2 else None,
                             dt.year, dt.month), set()).add(dt)
    if not days:
        return
    for i, (d, q, n, t, dt, p) in enumerate(zip(doc_ids, quantities, names, types, dates, precisions)):
        if p != "month" or dt is None or not ((q or 0) >= 2 or n):
            continue
        hit = days.get((d, t, q if (q or 0) >= 2 else None, n if not (q or 0) >= 2 else None, dt.year, dt.month))
        if hit is not None and len(hit) == 1:
            dates[i], precisions[i] = next(iter(hit)), "day"


# "the agreement", "the deal", "the accord", "the pact" (a general word; "the MoU" names its type)
_BARE_DEFINITE_RE = re.compile(r"(?i)(?:^|\W)the\s+$")
_GENERAL_WORD_RE = re.compile(r"(?i)agreement|accord|deal|pact")


def refers_to_previous(text: str, row: dict) -> bool:
    """The row (offsets relative to ``text``) is a bare "the agreement" without a name or a count."""
    if row["name"] is not None or row["quantity"] is not None or row["agreement_type"] != "agreement":
        return False
    if _GENERAL_WORD_RE.fullmatch(text, row["char_start"], row["char_end"]) is None:
        return False
    return _after_bare_the(text, row)


def _after_bare_the(text: str, row: dict) -> bool:
    """A bare "the" (no determiner or adjective of its own) stands right before the row."""
    return _BARE_DEFINITE_RE.search(text, max(0, row["char_start"] - 8), row["char_start"]) is not None


def names_previous_kind(text: str, row: dict, prev: dict) -> bool:
    """The row (offsets relative to ``text``) is a bare definite singular of a specific kind ("The FTA was
    signed in 2006", "The treaty entered into force in 1961", "The MoU was signed by ...") right after a
    named instrument of that same kind ("the Chile-Korea Free Trade Agreement"): a second mention of it,
    not another instrument of the kind."""
    if row["name"] is not None or row["quantity"] is not None or row["agreement_type"] in GENERAL_TYPES:
        return False
    if not prev["name"] or (prev["quantity"] or 0) >= 2 or prev["agreement_type"] != row["agreement_type"]:
        return False
    surface = text[row["char_start"]:row["char_end"]]
    if _is_plural(surface) or len(surface.split()) > 3:
        return False
    return _after_bare_the(text, row)


def take_previous(row: dict, prev: dict) -> None:
    """Make ``row`` a mention of the single instrument ``prev`` told in the sentence before (its type,
    name, and date when the row has none or the same day)."""
    if (prev["quantity"] or 0) >= 2 or (prev["agreement_type"] == "agreement" and not prev["name"]):
        return  # (a batch, or an instrument no more specific than "the agreement")
    if row["signed_date"] is not None and prev["signed_date"] is not None and row["signed_date"] != prev["signed_date"]:
        return  # another signing
    row["agreement_type"], row["name"] = prev["agreement_type"], prev["name"]
    if row["signed_date"] is None:
        row["signed_date"], row["signed_precision"] = prev["signed_date"], prev["signed_precision"]


def type_told_before(prev_text: str) -> str | None:
    """The type of the one instrument the sentence before names, when it is singular, not a general
    noun and of a type more specific than "agreement" ("a preferential trade agreement between A and
    B" -> trade_agreement); None when it names none, several or only general ones."""
    found = [m.group(0) for m in _lex().instrument_re.finditer(prev_text)]
    if len(found) != 1 or _is_generic(found[0]) or _is_plural(found[0]):
        return None
    t = _instrument_type(found[0])
    return None if t in GENERAL_TYPES else t


def take_type(row: dict, prev_type: str) -> None:
    """Make the bare "the agreement" ``row`` a mention of the instrument of type ``prev_type`` that
    the sentence before names (see :func:`type_told_before`)."""
    row["agreement_type"] = prev_type
