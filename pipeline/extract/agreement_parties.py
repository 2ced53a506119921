"""Parties of agreement instruments: the countries and persons that sign an instrument ("between
A and B", "signed by ...", the narrative pair), never a reporter of the signing, and titles naming
two countries ("Agreement between X and Y")."""

from __future__ import annotations

import re

from pipeline.extract.agreement_context import _ACTOR_KINDS, SentenceContext, _Inst
from pipeline.extract.agreement_names import _clean_name
from pipeline.extract.agreement_topics import _AND_RE
from pipeline.extract.countries import iso3_name

_COLLECTIVE_RE = re.compile(
    r"(?i)\b(?:the two|both) (?:countries|sides|nations|governments|leaders|presidents|"
    r"prime ministers|premiers|foreign ministers|ministers|parties|states|heads of state|neighbours|"
    r"neighbors)\b|\bboth\s+(?:sides|countries|nations)\b|\bbilateral\b"
)
_BETWEEN_RE = re.compile(r"^\s*between\s+")
_BY_RE = re.compile(r"\s+by\s+")
_BY_END_RE = re.compile(r"[;.]|\s(?:while|whereas|and\s+(?:it|the)\b)")
_WITNESS_RE = re.compile(r"witness|presence of|attended by")


def _participant(name: str, actor_type: str, iso3: str | None, role: str) -> dict:
    return {"name": name, "actor_type": actor_type, "country_iso3": iso3, "role": role}


# a person who tells of a signing ("X recalled that ...", "X said the treaty was signed ...") is no signatory
_REPORTER_RE = re.compile(
    r"[^.;]{0,40}?\b(?:said|says|recalled|recalls|noted|notes|stated|added|stressed|told|announced|confirmed|"
    r"pointed\s+out|highlighted|underlined|emphasi[sz]ed|explained|reminded)\b"
)
_THE_RE = re.compile(r"(?:[Tt]he\s+)?")
_PARTIES_OF_RE = re.compile(r"\s+(?:of|by|between)\s+")


def _parties_title(text: str, inst: _Inst, ctx: SentenceContext) -> bool:
    """The title words after the head are "of/by/between" and a phrase naming two countries."""
    m = _PARTIES_OF_RE.match(text, inst.head_end)
    if m is None:
        return False
    inside = [c for c in ctx.countries if m.end() <= c[0] and c[1] <= inst.end and c[3] in _ACTOR_KINDS]
    return len({c[2] for c in inside}) >= 2 and inside[-1][1] >= inst.end - 1


def _parties(text: str, inst: _Inst, ctx: SentenceContext, c_start: int, c_end: int,
             cues: list[tuple[int, int, str, int]]) -> list[dict]:
    countries: list[str] = []
    out: list[dict] = []

    def add_country(iso3: str | None) -> None:
        if iso3 and iso3 not in countries:
            countries.append(iso3)

    # organisations in "between A and B" (not plain countries)
    orgs: list[tuple[str, str | None]] = []
    if inst.between:
        bs, be = inst.between
        body = _BETWEEN_RE.sub("", text[bs:be])
        body_off = be - len(body)
        parts = _split_between(body, body_off, ctx)
        for ps, pe in parts:
            ptxt = _clean_name(text[ps:pe])
            inside = [c for c in ctx.countries if ps <= c[0] and c[1] <= pe and c[3] in _ACTOR_KINDS]
            if len(inside) == 1 and inside[0][1] >= pe - 1 and _THE_RE.fullmatch(text, ps, inside[0][0]):
                continue  # a plain country ("the Republic of Indonesia")
            iso = inside[0][2] if inside else None
            orgs.append((ptxt, iso))
    for s, e, iso3, kind in ctx.countries:
        if c_start <= s < c_end and kind in _ACTOR_KINDS:
            add_country(iso3)
    # signatories: persons before the signing cue, not introduced as witnesses
    sign_cues = [c for c in inst.cues if c[2] == "signed"]
    if sign_cues:
        cue_at, cue_end = sign_cues[0][0], sign_cues[0][1]
        # "... was signed by A and B": the agents after "by", up to the clause end
        by = _BY_RE.match(text, cue_end)
        by_end = cue_end
        if by:
            stop = _BY_END_RE.search(text[cue_end:])
            by_end = cue_end + (stop.start() if stop else len(text) - cue_end)
        for ps, pe, pname, piso in ctx.persons:
            in_subject = c_start <= ps < cue_at or inst.end <= ps < cue_at
            if not in_subject and not (cue_end < ps < by_end):
                continue
            if ps < cue_at and _REPORTER_RE.match(text, pe, cue_at):
                continue  # "Minister X recalled that the BNC was established by an agreement signed ...": the teller
            lead = text[max(0, ps - 40) : ps].lower()
            if _WITNESS_RE.search(lead) or "witnessed" in text[pe:cue_at].lower():
                add_country(piso)
                continue
            out.append(_participant(pname, "person", piso, "signatory"))
            add_country(piso)
    for oname, oiso in orgs:
        out.append(_participant(oname, "organization", oiso, "party"))
        add_country(oiso)
    pair = list(ctx.pair) or list(ctx.dyad)
    if ctx.pair and ctx.dyad and set(ctx.pair[:2]) != set(ctx.dyad[:2]):
        # the pair is of countries this sentence names only outside the instrument's clause ("Ten
        # agreements were signed, among them a memorandum with Qatar and the UAE"): the document's dyad
        outside = {c[2] for c in ctx.countries if not c_start <= c[0] < c_end and c[3] in _ACTOR_KINDS}
        inside = {c[2] for c in ctx.countries if c_start <= c[0] < c_end}
        if set(ctx.pair[:2]) <= outside and not set(ctx.pair[:2]) & inside:
            pair = list(ctx.dyad)
    if countries and pair and ctx.dyad and len(ctx.dyad) >= 2 and not set(countries) & set(pair[:2]) \
            and set(countries) <= set(ctx.dyad[:2]):
        # the narrative pair shares no side with the clause's own (signatories' countries), which are
        # of the document's dyad ("... views on the situation in A and B. The two ministers signed an
        # MoU, while C's ambassador signed ..."): the pair was a topic's, the sides are the dyad
        pair = list(ctx.dyad)
    if len(countries) < 2 and pair:
        if not countries:
            for c in pair[:2]:
                add_country(c)
        elif countries[0] in pair[:2] or _COLLECTIVE_RE.search(text):
            for c in pair[:2]:
                add_country(c)
    parties = [_participant(iso3_name(c), "country", c, "party") for c in countries]
    return parties + out


def _split_between(body: str, offset: int, ctx: SentenceContext) -> list[tuple[int, int]]:
    """Split "A and B" (each possibly containing "and") into two spans: at the "and" that is
    followed by a country word, else at the first "and"."""
    ands = list(_AND_RE.finditer(body))
    if not ands:
        return [(offset, offset + len(body))]
    choice = ands[0]
    for m in ands:
        pos = offset + m.end()
        if any(c[0] == pos and c[3] in _ACTOR_KINDS for c in ctx.countries):
            choice = m
            break
    return [(offset, offset + choice.start()), (offset + choice.end(), offset + len(body))]
