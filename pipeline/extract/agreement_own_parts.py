"""An instrument's own part coordinated after it ("the Agreement on Transit and its protocol", "the
Convention and its two additional protocols", "the treaty and their annexed protocol"): the possessive
refers back to the instrument just named, so the two are one instrument told with its parts — one fact,
dated and governed together ("..., signed in March 2019" dates the instrument, not its protocol alone)."""

from __future__ import annotations

import re

from pipeline.extract.agreement_context import _Inst
from pipeline.extract.agreement_lexicon import _is_plural

# "and its" right before the part, with up to two modifiers or a year ("its 1967 protocol", "its two
# additional protocols"); "their" after a plural ("the Conventions and their Additional Protocols") — after a
# singular, "their" is the parties' ("an agreement and their first joint statement")
_OWN_PART_GAP_RE = re.compile(r"\s+and\s+(its|their)\s+(?:(?:19|20)\d\d\s+)?(?:[a-z][\w-]*\s+){0,2}")


def is_own_part(text: str, prev: _Inst, inst: _Inst) -> bool:
    """``inst``, a protocol, is a part of ``prev`` told right after it ("X and its protocol")."""
    if inst.type != "protocol" or prev.generic or prev.end > inst.start:
        return False
    m = _OWN_PART_GAP_RE.fullmatch(text, prev.end, inst.start)
    return m is not None and (m.group(1) == "its") != _is_plural(prev.surface)
