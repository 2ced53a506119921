"""The last word of a body's name written between a title and a name: "Chairman of the
Belarusian Chamber of Commerce and Industry Viktor Petrov Lasko" - "Industry" ends the body, it
does not begin the name."""

from __future__ import annotations

import re

from pipeline.extract.persons_lexicon import portfolio_words

# a body's name after "of (the)", up to the word before: "of the Belarusian Chamber of Commerce
# and |Industry", "of the China Council for the Promotion of International |Trade"
_BODY_NAME_BACK = re.compile(
    r"\b(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*[^\S\r\n]+(?:(?:and|of|for|the|&)[^\S\r\n]+){0,2}){1,9}$"
)


def body_tail_words(text: str, tokens: list, good: list) -> None:
    """Mark as no name word a portfolio word ("Industry", "Trade") that ends the name of a body
    written after "of (the)" and before two more name words."""
    words = portfolio_words()
    for k, (s, _e, tok) in enumerate(tokens):
        if (good[k] and tok in words and k + 2 < len(tokens) and good[k + 1] and good[k + 2]
                and _BODY_NAME_BACK.search(text, max(0, s - 120), s) is not None):
            good[k] = False
