"""An instrument named as what another instrument announces: "issued a Joint Statement announcing a
Strategic Partnership Action Plan", "a declaration that unveils a Roadmap for Digital Trade".

The second instrument is the first one's content, told by a verb of saying whose subject is the
first instrument; no signing or issuing of its own is told, so it gives no row unless a cue of its
own binds it ("a joint statement welcoming the Action Plan signed on Monday" keeps it: decided by
the caller, which only asks this of instruments without a cue)."""

from __future__ import annotations

import re

__all__ = ["announced_by_instrument"]

# between the announcing instrument and the announced one: an optional relative pronoun, a verb
# of saying, and a determiner
_ANNOUNCING_GAP_RE = re.compile(
    r"(?i)\s*,?\s*(?:(?:which|that)\s+)?"
    r"(?:announc(?:es|ed|ing)|outlin(?:es|ed|ing)|unveil(?:s|ed|ing)|set(?:s|ting)?\s+out|"
    r"lay(?:s|ing)?\s+out|laid\s+out|proclaim(?:s|ed|ing))\s+(?:a|an|the|its|their)\s+"
)


def announced_by_instrument(text: str, start: int, before: list[tuple[int, int]]) -> bool:
    """The instrument starting at ``start`` is the object of a verb of saying right after another
    instrument of the sentence (``before``: their (start, end) spans)."""
    return any(e <= start and _ANNOUNCING_GAP_RE.fullmatch(text, e, start) is not None for _s, e in before)
