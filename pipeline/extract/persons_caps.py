"""Family names written in capitals: "His Excellency Mr. Kenji ARAKAWA", "President Emmanuel
DUPONT", the signature block of a joint statement ("Nasreen Akhter CHOWDHURY").

Official documents (joint statements, protocol lists, UN and EU releases) print the family name
in capitals to mark it.  A word in capitals is otherwise an acronym ("CPEC", "the SCO"), so it
counts as a name word only in the one place a family name stands: right after a given name
written in ordinary case, with a single space between them, and only when it reads as a word
(four letters or more, two of them vowels: never "SEZ", "MRT", "LNG").  The name keeps the
ordinary spelling ("Kenji Arakawa"), so that it matches the same person written "Arakawa" later.

Japanese and other official styles print the family name FIRST, in capitals ("Mr. KISHIDA
Fumio, Prime Minister of Japan", "Ms. KAMIKAWA Yoko"): a word in capitals right BEFORE a given
name in ordinary case is a family name too, when an honorific or a title stands right before it
(the only place a person's name starts).  The name keeps the printed order ("Kishida Fumio");
the family name alone ("Prime Minister Kishida") finds it by its first word.  A title that ends
in the country it serves in or of ("Ambassador to Peru SUZUKI Taro", "Minister of Japan ITO
Ken") leads the name from the end of that country (:func:`title_country_ends`).
"""

from __future__ import annotations

import re

_VOWELS = frozenset("AEIOUY")
#: a quick test of a sentence: four capitals in a row (the exact test is made on its words)
CAPS_AFTER_WORD = re.compile(r"[A-Z][A-Z][A-Z][A-Z]")
# a word in capitals (a hyphenated one too: "AL-SABAH", "EL-SAYED")
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*")


# what joins a title to the country that closes it: "Ambassador to (the) ...", "Minister of ..."
_TITLE_COUNTRY_GAP = re.compile(r" (?:to|of|in|for) (?:the )?")


def title_country_ends(text: str, title_ends: frozenset[int], country_hits: list) -> frozenset[int]:
    """The ends of the countries that close a title ("Ambassador to Sri Lanka"): ``title_ends``
    are the end offsets of the sentence's titles and honorifics, ``country_hits`` its (start,
    end, ...) country hits."""
    extra = set()
    for h in country_hits:
        s = h[0]
        gap = _TITLE_COUNTRY_GAP.search(text, max(0, s - 9), s)
        if gap is not None and gap.end() == s and gap.start() in title_ends:
            extra.add(h[1])
    return frozenset(extra)


def _reads_as_word(tok: str) -> bool:
    """Four letters or more, two vowels at least: a name, not an acronym."""
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 4 and sum(c in _VOWELS for c in letters) >= 2


def caps_surnames(
    text: str, tokens: list, good: list[bool], mask: bytearray, lead_ends: frozenset[int] = frozenset()
) -> list[int]:
    """Indices of ``tokens`` that are family names written in capitals (see the module
    docstring); ``good`` is set True for them.  ``tokens`` are (start, end, word) of the
    capitalised words of ``text``; ``good`` says which are name words; ``lead_ends`` are the
    end offsets of the honorifics and titles of the sentence (a family name printed first
    follows one of them)."""
    found: list[int] = []
    for k in range(len(tokens)):
        s, e, tok = tokens[k]
        if good[k] or not tok.isupper() or mask[s] or mask[e - 1]:
            continue
        if _CAPS_WORD.fullmatch(tok) is None or not _reads_as_word(tok):
            continue
        if k:
            ps, pe, prev = tokens[k - 1]
            if good[k - 1] and not prev.isupper() and pe + 1 == s and text[pe] == " ":
                good[k] = True  # "Kenji ARAKAWA"
                found.append(k)
                continue
        if k + 1 < len(tokens) and lead_ends and (s in lead_ends or s - 1 in lead_ends):
            ns, ne, nxt = tokens[k + 1]
            if good[k + 1] and not nxt.isupper() and e + 1 == ns and text[e] == " ":
                good[k] = True  # "Mr. KISHIDA Fumio"
                found.append(k)
    return found


def ordinary_case(word: str) -> str:
    """"ARAKAWA" -> "Arakawa", "EL-SAYED" -> "El-Sayed" (a word not all in capitals unchanged)."""
    if not word.isupper():
        return word
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def recase_runs(runs: list) -> None:
    """Write the capitalised family names of ``runs`` in ordinary case (in place)."""
    for run in runs:
        if any(len(t) >= 4 and t.isupper() for t in run.tokens):
            run.tokens = tuple(ordinary_case(t) if len(t) >= 4 else t for t in run.tokens)
