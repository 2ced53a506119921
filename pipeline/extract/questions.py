"""A direct question: a FAQ's heading, an interviewer's question ("Q2. What is the Joint
Commission?", "When did A and B establish relations?").  A question asks; its answer tells: it
tells no event and no signing (events, agreement_sentence)."""

from __future__ import annotations

import re

# a question word opens the sentence (after a "Q1." label, a quote or a bullet) and a question
# mark ends it; no sentence ends in between (the period of
# an abbreviation or initial, "Mr.", "Gen.", "U.S.", or of a number, "3.5", does not end one)
_QUESTION_RE = re.compile(
    r"\W{0,3}(?:Q\s*\d*\s*[.:)]\s*)?(?:Which|What|When|Where|How|Why|Who|Whom|Whose|Is|Are|Was|Were|Has|Have|"
    r"Had|Do|Does|Did|Will|Can|Could|Should|Would)\b"
    r"(?:[^.!]|(?<=[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\d)\.(?=\d))*\?"
)


def is_direct_question(text: str) -> bool:
    """Is ``text`` (one sentence) a direct question?"""
    text = text.rstrip()
    return text[-1:] == "?" and _QUESTION_RE.fullmatch(text) is not None
