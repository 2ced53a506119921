"""Plural instruments named only as the object of their implementation: "reviewed the
implementation of the agreements signed during the 2024 visit", "called for implementing all
agreements signed between the two countries", "the need to activate the memoranda of understanding".

An unnamed instrument that is the legal basis of what the sentence tells ("will continue training
under the agreement signed by the two agencies", "pursuant to the protocol signed by the ministers")
refers to an instrument signed elsewhere: without a date of its own it reports no signing either.

Such an uncounted, unnamed plural refers to instruments told elsewhere (or never told): it reports
no signing of its own and gives no agreement row. A counted batch ("implementation of the 12
agreements") or a named instrument keeps its row (decided by the caller)."""

from __future__ import annotations

import re

# an implementation word and an optional determiner right before the instrument
_IMPLEMENT_BEFORE_RE = re.compile(
    r"(?i)\b(?:implement(?:ation|ing|ed|s)?|activat(?:e|es|ed|ing|ion)|operationali[sz](?:e|es|ed|ing|ation)|"
    r"follow[- ]up\s+(?:on|of)|execut(?:e|ing|ion)|fulfil(?:l|ls|led|ling|ment|lment)?|honou?r(?:ing)?|"
    r"enforc(?:e|ing|ement)|review(?:ed|ing|s)?\s+(?:the\s+)?(?:progress|status)\s+(?:of|on|in))"
    r"\s+(?:of\s+)?(?:(?:all|the|these|those|various|previous|existing|earlier|past)\s+){0,2}"
    r"(?:(?:bilateral|signed|relevant|existing|previous|earlier|past|cooperation)\s+)?$"
)


def is_implementation_reference(text: str, start: int) -> bool:
    """An instrument starting at ``start`` stands as the object of an implementation word."""
    return _IMPLEMENT_BEFORE_RE.search(text, max(0, start - 90), start) is not None


# a preposition making the instrument the legal basis of the clause, with a definite determiner
_BASIS_BEFORE_RE = re.compile(
    r"(?i)\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with|in\s+keeping\s+with|"
    r"within\s+the\s+framework\s+of|on\s+the\s+basis\s+of|as\s+provided\s+(?:for\s+)?(?:by|in))"
    r"\s+(?:the|that|this|these|those)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


def is_legal_basis_reference(text: str, start: int) -> bool:
    """An instrument starting at ``start`` stands as the legal basis of the clause ("under the
    agreement", "pursuant to the protocol")."""
    return _BASIS_BEFORE_RE.search(text, max(0, start - 60), start) is not None
