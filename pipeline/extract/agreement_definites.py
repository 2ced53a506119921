"""Definite plural instruments told elsewhere: "the agreements signed with China would create
thousands of jobs", "The documents signed during the visit cover energy and ports".

A definite ("the", "these", "those"), uncounted, unnamed plural instrument in a sentence that gives
no date refers to instruments the article told before (a batch "seven agreements were signed on
Tuesday") or never tells: it is no fact of its own and gives no agreement row. A counted batch ("the
12 agreements"), a named instrument, the items of a list and a sentence with a date of its own ("The
agreements were signed on Tuesday") keep their rows (decided by the caller for counts, names and
lists). The examples the plural introduces ("The agreements signed ... included an accord on X")
stay: only the plural's own row goes."""

from __future__ import annotations

import re

# a determiner of known reference right before the instrument, past up to two modifiers
# ("the bilateral agreements", "these cooperation documents")
_DEFINITE_PLURAL_BEFORE_RE = re.compile(r"(?i)(?:^|\W)(?:the|these|those)\s+(?:[a-z][\w-]*\s+){0,2}$")


def is_told_plural(text: str, start: int, sentence_dated: bool) -> bool:
    """The plural instrument starting at ``start`` is a definite reference in a sentence without a
    date (see the module docstring); the caller checks it is plural, uncounted and unnamed."""
    if sentence_dated or text.rstrip().endswith(":"):
        return False  # (a list's lead, "The package of documents signed ... includes:", is the batch of its items)
    return _DEFINITE_PLURAL_BEFORE_RE.search(text, max(0, start - 40), start) is not None
