"""Another session of a numbered series told in the same sentence with its noun elided.

"The first session took place in Paris in 2023 and the second in Yerevan in November 2024",
"… held the ninth Foreign Ministers' Talks in Suva, the eighth having taken place in Wellington in
September 2024": after a meeting of a named series with its round, "the <ordinal>" followed by a
place, a participle of holding or "was held" is a further session of the same series between the
same sides, dated by the first date after it (a session without a date of its own is not told).
"""

from __future__ import annotations

import re

from pipeline.extract.event_dates import to_value
from pipeline.extract.event_model import DocContext, Draft, SentenceInput
from pipeline.extract.event_numbers import ORDINAL_TRIE_RX, parse_ordinal

_ELIDED = re.compile(
    rf"(?:,\s*|\band\s+|;\s*)the\s+(?P<ord>{ORDINAL_TRIE_RX})\s+(?:(?:session|round|meeting|one)\s+)?"
    r"(?:having\s+(?:taken\s+place|been\s+held)|(?:was|had\s+been)\s+held|took\s+place|(?=(?:in|at)\s+(?-i:[A-Z])))",
    re.IGNORECASE,
)
# the date of the elided session ends at the next clause or session
_END = re.compile(r",\s*(?:and\s+|while\s+|whereas\s+|but\s+)|;|\band\s+the\s+", re.IGNORECASE)


def elided_sessions(drafts: list[Draft], si: SentenceInput, ctx: DocContext) -> list[Draft]:
    """The further sessions the sentence tells after its numbered meetings (see the module doc)."""
    text = si.text
    if "the " not in text:
        return []
    out: list[Draft] = []
    rounds = {d.round for d in drafts if d.event_type == "meeting" and d.round is not None}
    for d in drafts:
        if d.event_type != "meeting" or d.round is None or not d.mechanism:
            continue
        for m in _ELIDED.finditer(text, d.trig_end):
            rnd = parse_ordinal(m.group("ord"))
            if rnd is None or rnd in rounds:
                continue
            end = _END.search(text, m.end())
            hi = end.start() if end else len(text)
            when = next((v for v in (to_value(x) for x in si.dates if m.end() <= x.start < hi) if v), None)
            if when is None:
                continue
            e = d.fresh()
            e.trig_start, e.trig_end, e.lo, e.hi = m.start(), m.end(), m.start(), hi
            e.round, e.date, e.location, e.location_country, e.host = rnd, when, None, None, None
            ref = ctx.reference_date
            e.status = "planned" if ref is not None and when.start > ref else "occurred"
            e.countries = {c: "participant" for c in d.countries}
            rounds.add(rnd)
            out.append(e)
    return out
