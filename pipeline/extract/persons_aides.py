"""An aide's office written before a name: "Special Assistant to the Prime Minister on Overseas
Pakistanis X", "Press Secretary to the President Y", "Adviser to the PM on Commerce Z".

The office after "to (the)" is the principal's, not the person's: Y is no President.  The
person holds the aide's office, written in full ("Press Secretary to the President"), with the
remit after "on" or "for" when there is one.  Only an aide's noun (assistant, adviser,
secretary, spokesperson, aide, envoy, representative, counsellor, chief of staff) opens the
phrase, so "a letter to the President, X" keeps X's title.
"""

from __future__ import annotations

import re

_CAP = r"[A-Z][\w'’.-]*"
_AIDE_BACK = re.compile(
    rf"(?<![\w'’-])((?:{_CAP}[^\S\r\n]+){{0,3}}(?:Assistant|Adviser|Advisor|Secretary|"
    r"Spokesperson|Spokesman|Spokeswoman|Aide|Envoy|Representative|Counsellor|Counselor|"
    r"Staff))[^\S\r\n]+to[^\S\r\n]+(?:the[^\S\r\n]+)?"
    rf"((?:{_CAP}[^\S\r\n]+){{0,3}}{_CAP})"
    rf"(?:[^\S\r\n]+(on|for)[^\S\r\n]+((?:(?:{_CAP}|and|&)[^\S\r\n]+){{0,4}}{_CAP}))?"
    # "State Secretary to the Minister for Foreign Trade of Sweden, Ms X": the principal's
    # country (read as the person's by the title reader)
    rf"(?:[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?:{_CAP}[^\S\r\n]+){{0,3}}{_CAP}[^\S\r\n]*,)?"
    r"[^\S\r\n]*,?[^\S\r\n]*$"
)


def aide_office(text: str, start: int) -> tuple[str, str] | None:
    """(the aide's office, the principal's title phrase as written) of an aide's phrase that
    ends right before ``start`` (the start of a name, honorifics included), else None."""
    m = _AIDE_BACK.search(text, max(0, start - 160), start)
    if m is None:
        return None
    office = " ".join(m.group(1).split())
    principal = " ".join(m.group(2).split())
    title = f"{office} to the {principal}"
    if m.group(3):
        title += f" {m.group(3)} " + " ".join(m.group(4).split())
    return title, principal
