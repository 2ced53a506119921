"""Coordinated standing bodies told by one plural head: one session each.

"The Joint Working Groups on agriculture and on mineral development would meet next month" names
two bodies ("Joint Working Group on Agriculture", "Joint Working Group on Mineral Development")
that each hold a session: two meetings with the same date and status.  A plural body is an event
between two countries only when its name is bilateral ("Joint", or a country pair before it);
its sides are then the pair it names or the document's two countries.
"""

from __future__ import annotations

import re

from pipeline.extract.event_model import Draft
from pipeline.extract.event_sentence_state import _Sentence, _add_country
from pipeline.extract.event_trigger_find import Group

__all__ = ["plural_body_sessions"]

_PLURAL_BODY = re.compile(
    r"(?P<pre>(?:(?-i:[A-Z])[\w'’-]*\s+){0,4})(?P<head>Commissions|Committees|Working\s+Groups|Councils)\s+"
    r"(?P<rest>(?:on|for|of)\s+[^.;,]*?)\s+(?:(?:will|would|are|also|again|to|set|scheduled|expected|due)\s+)*"
    r"(?:meet|met|convene|convened)\b",
    re.IGNORECASE,
)
# the joints between coordinated topics: "on agriculture and on mineral development", "on trade, on energy"
_TOPIC_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:on|for|of)\s)", re.IGNORECASE)
_PREP = re.compile(r"(?:on|for|of)\s+", re.IGNORECASE)
_SMALL = frozenset({"and", "of", "on", "for", "the", "in"})
_SINGULAR = {"commissions": "Commission", "committees": "Committee", "working groups": "Working Group", "councils": "Council"}


def _title(words: str) -> str:
    return " ".join(w if w.lower() in _SMALL else w[:1].upper() + w[1:] for w in words.split())


def plural_body_sessions(ctx: _Sentence, g: Group, d: Draft) -> list[Draft] | None:
    """The sessions of the coordinated bodies a plural head names at the trigger (None when the
    trigger is no plural body; [] when the bodies are not bilateral)."""
    t0 = g.trigs[0]
    text = ctx.text
    m = _PLURAL_BODY.search(text, max(g.lo, t0.start - 60), min(len(text), t0.end + 1))
    if m is None or not (m.start("head") <= t0.start + 1 < m.end()):
        return None
    pre = " ".join(m.group("pre").split())
    pair = [c.iso3 for c in ctx.actors if m.start("pre") <= c.start < m.end("pre")]
    if len(set(pair)) < 2 and "joint" not in pre.lower():
        return []
    sides = list(dict.fromkeys(pair)) if len(set(pair)) >= 2 else list(ctx.doc.dyad)
    if len(sides) < 2:
        return []
    head = _SINGULAR[" ".join(m.group("head").lower().split())]
    out = []
    for part in _TOPIC_SPLIT.split(m.group("rest")):
        p = _PREP.match(part)
        topic = part[p.end():] if p else part
        if not topic.strip():
            continue
        e = d.fresh()
        prep = p.group(0).strip().lower() if p else "on"
        e.mechanism = f"{pre} {head} {prep} {_title(topic)}".strip()
        for iso3 in sides[:2]:
            _add_country(e, iso3, "participant")
        out.append(e)
    return out
