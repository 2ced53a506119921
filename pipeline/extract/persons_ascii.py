"""A name written with and without its diacritics is one name: wires and captions often print
"Marek Zoltowski" or "Pham Duc Thinh" for "Marek Żółtowski" or "Phạm Đức Thịnh" in the same
document (:func:`ascii_folded`, used by the in-document coreference of
:mod:`persons_document`)."""

from __future__ import annotations

import functools
import unicodedata

# letters that Unicode does not decompose into a base letter and a mark
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                          "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h",
                          "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


@functools.lru_cache(maxsize=1 << 14)
def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ascii_folded(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words without diacritics (the same tuple when they have none)."""
    if "".join(tokens).isascii():
        return tokens
    return tuple(_fold_word(t) for t in tokens)
