"""The source of a report is no participant of what it reports: in "X will travel to Islamabad
to co-chair the meeting, the ministry's spokeswoman Y told a briefing" (or "..., said Y"), Y
speaks about the journey; Y is neither met there nor a host of the destination's country."""

from __future__ import annotations

import re

# a reporting verb right after the speaker's name ("Y told a briefing", "Y said on Tuesday")
_SPEECH_AFTER = re.compile(
    r"[^\S\r\n]+(?:(?:also|later|earlier)[^\S\r\n]+)?"
    r"(?:said|says|told|tells|added|noted|stated|announced|explained|confirmed|informed)\b"
)
# "..., said Y" / "..., the spokeswoman said" before the speaker
_SPEECH_BEFORE = re.compile(r",[^\S\r\n]*(?:said|says|told|added)[^\S\r\n]+(?:\S+[^\S\r\n]+){0,6}$")


def reports_sentence(text: str, run) -> bool:
    """``run`` is the speaker of an attribution that closes its sentence: after a comma, with
    a reporting verb right after the name (", the spokeswoman Y told a briefing") or before it
    (", said Foreign Office spokesperson Y")."""
    comma = text.rfind(",", 0, run.start)
    if comma < 0:
        return False
    if _SPEECH_AFTER.match(text, run.end):
        # (only a title phrase, the speaker's own, between the comma and the name: no verb)
        between = text[comma + 1 : run.start]
        return not re.search(r"\b(?:met|meet|with|and|to|by)\b", between)
    return _SPEECH_BEFORE.search(text, max(0, comma - 1), run.start) is not None


def speaker_links(resolved: list, sentence_of: list) -> list[tuple[str, str]]:
    """(speaker, subject) pairs: a spokesperson who closes a sentence with an attribution
    (:func:`reports_sentence`) speaks for the side of the sentence's subject, the first person it
    names ("Kim invited Fairbairn ..., presidential spokesperson Park told reporters": Park is
    Kim's; "Tarasov will travel to Islamabad ..., the ministry's spokeswoman Zorina told a
    briefing": Zorina is Tarasov's).  Read one way only: the speaker takes the subject's country."""
    from pipeline.extract.persons_office_kinds import title_kind

    first: dict[int, tuple[int, str]] = {}
    speakers: list[tuple[int, str, int]] = []
    for order, r, name, _c in resolved:
        sid = sentence_of[order]
        if sid not in first or r.start < first[sid][0]:
            first[sid] = (r.start, name)
        if r.titles and any(title_kind(t) == "spokesperson" for t in r.titles) \
                and reports_sentence(r.text, r):
            speakers.append((sid, name, r.start))
    return [
        (name, first[sid][1]) for sid, name, start in speakers
        if first[sid][1] != name and first[sid][0] < start
    ]
