"""The lede of a news story: the sentence opened by the dateline ("BEIJING, May 15 (Xinhua) --",
"ISLAMABAD:", "NAIROBI, May 15 -"). An undated signing told there ("Egypt and Sudan signed an
agreement on maritime transport, officials said") is the story's news: it happened in the month of
the document's date, like an undated signing in a headline (its day is not written, so only the
month is kept)."""

from __future__ import annotations

import re

__all__ = ["opens_on_dateline"]

# an upper-case place (one to three words), an optional ", <date>" and agency tag, then a dash or colon
_DATELINE_OPEN_RE = re.compile(
    r"\W{0,3}[A-Z][A-Z.'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){0,2}"
    r"(?:[ \t]*,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|[ \t]*,[ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|[—–:]|-[ \t])"
)


def opens_on_dateline(text: str) -> bool:
    """The sentence opens with a wire or newspaper dateline (the story's lede)."""
    return _DATELINE_OPEN_RE.match(text) is not None
