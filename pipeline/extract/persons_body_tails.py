"""The last word of a body's name written between a title and a name: "Chairman of the
Belarusian Chamber of Commerce and Industry Viktor Petrov Lasko" - "Industry" ends the body, it
does not begin the name; nor is a portfolio word listed inside a body's name a name ("Ministry of
Trade, Industry and Fisheries")."""

from __future__ import annotations

import re

from pipeline.extract.persons_lexicon import portfolio_words

# a body's name after "of (the)", up to the word before: "of the Belarusian Chamber of Commerce
# and |Industry", "of the China Council for the Promotion of International |Trade", "of the
# Ministry of Trade, Industry and |Fisheries"
_BODY_NAME_BACK = re.compile(
    r"\b(?:of|for)[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w'’-]*,?[^\S\r\n]+(?:(?:and|of|for|the|&)[^\S\r\n]+){0,2}){1,9}$"
)
# the next item of a list of portfolios: "Trade, |Industry| and Fisheries"
_NEXT_LISTED = re.compile(r"(?:,|[^\S\r\n]+(?:and|&))[^\S\r\n]+([A-Z][\w'’-]*)")


def body_tail_words(text: str, tokens: list, good: list) -> None:
    """Mark as no name word a portfolio word ("Industry", "Trade") of the name of a body written
    after "of (the)": one that ends it before two more name words, or one listed after a comma
    before another portfolio word."""
    words = portfolio_words()
    for k, (s, e, tok) in enumerate(tokens):
        if not (good[k] and tok in words):
            continue
        nxt = _NEXT_LISTED.match(text, e) if text[s - 2 : s] == ", " else None
        listed = nxt is not None and nxt.group(1) in words
        if ((listed or (k + 2 < len(tokens) and good[k + 1] and good[k + 2]))
                and _BODY_NAME_BACK.search(text, max(0, s - 120), s) is not None):
            good[k] = False
