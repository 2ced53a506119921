"""What a sentence writes after a name (:func:`_read_after`): "of <country>", a regnal number, a
title appositive (", the Foreign Minister of India,", a chain of titles over a named body) unless
it opens the next clause or belongs to the next name, read after the name's post-nominal letters
(", S.C., M.P.,": :func:`after_post_nominals`, ``person_post_nominals.csv``); the post of an envoy
("X, who served in Kabul", :func:`_posted_after`); and the offices of a career written with "to
be", "as" or "served as" (:func:`career_after`)."""

from __future__ import annotations

import functools
import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_gaps import _OF_THE_FWD, _SEPARATOR, country_after
from pipeline.extract.persons_lexicon import _honorifics, _word_lists
from pipeline.extract.persons_org_affiliation import state_body_country
from pipeline.extract.persons_runs import _Run
from pipeline.lexicons import read_lexicon

# words skipped between a name's comma and its appositive title ("X, the first Japanese prime
# minister to ..."); compared in lower case, so never a word that starts a place ("New")
_ARTICLES = frozenset(
    {"the", "a", "an", "also", "currently", "now", "then", "who", "is", "was", "first", "second",
     "third", "only", "last"}
)
_COMMA = re.compile(r"\s*,\s+")
_LEAD_WORD = re.compile(r"([A-Za-z]+)\s+")
_SPACES = re.compile(r"\s*")
_POSSESSIVE_SPACE = re.compile(r"(?:['’]s?)?\s+")
_NEXT_CAP = re.compile(r"[^\S\r\n]*,?[^\S\r\n]+([A-Z][\w'’\-]*)")
_REMIT_FWD = re.compile(r"\s+for\s+[A-Z][\w'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*){0,3}")


_SUBJECT_MATTER = re.compile(r"[^\S\r\n]+[a-z]")
# up to three words qualifying a role noun: "Belgrade-based", "water policy", "Central Asia"
_QUALIFIER = re.compile(r"[A-Za-z][\w'’-]*[^\S\r\n]+")
_QUALIFIERS = 3


def _premodified_role(text: str, p: int, atom_by_start: dict) -> int | None:
    """The start of a role noun ("analyst", "economist", "researcher", "diplomat") that follows
    one to three qualifying words at ``p`` in an indefinite appositive ("a Belgrade-based
    analyst", "a career diplomat"), else None."""
    q = p
    for _ in range(_QUALIFIERS):
        w = _QUALIFIER.match(text, q)
        if w is None or w.group().rstrip().lower() in ("of", "at", "in", "and", "with", "for"):
            return None
        q = w.end()
        atom = atom_by_start.get(q)
        if atom is not None:
            return q if atom.kind == "descriptor" else None
    return None


def _own_appositive(text: str, pos: int, atom_by_start: dict) -> bool:
    """A title appositive right after a name ends at ``pos``: ", Prime Minister of ..."."""
    m = _COMMA.match(text, pos)
    if m is None:
        return False
    p = m.end()
    while p not in atom_by_start:
        w = _LEAD_WORD.match(text, p)
        if w is None or w.group(1).lower() not in _ARTICLES:
            return False
        p = w.end()
    return atom_by_start[p].kind not in ("modifier", "descriptor")


_NAME_AFTER = re.compile(r"[^\S\r\n]+(?:the[^\S\r\n]+(?=[A-Z]))?([A-Z][\w'’\-]*)")


def _leads_into_name(text: str, pos: int) -> bool:
    """A title ending at ``pos`` is written right before a name (or an honorific): "Major
    General Y", "Foreign Minister Mr. Y", "Senator the Honourable Y" (a style after "the")."""
    m = _NAME_AFTER.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    if m.start(1) - m.start() > 1 and text[m.start(1) - 4 : m.start(1) - 1] == "the":
        return word in _honorifics()[2]
    return word not in _word_lists()[0] or word in _honorifics()[2]


def _next_has_own(text: str, start: int, run_ends, atom_by_start: dict) -> bool:
    """The name that starts near ``start`` (after its honorifics) has its own title appositive:
    "X, Prime Minister of Japan, H.E. Mr. Y, Prime Minister of Viet Nam, …" (then the phrase
    before Y is X's)."""
    ends = [e for e in run_ends if start < e <= start + 80 and "," not in text[start:e]]
    return bool(ends) and _own_appositive(text, min(ends), atom_by_start)


# "X, who served in Kabul,", "X, who was posted to Nairobi as deputy head of mission"
_POSTED_FWD = re.compile(
    r"[^\S\r\n]*,[^\S\r\n]+who[^\S\r\n]+(?:(?:has|had|also|previously|once)[^\S\r\n]+)*"
    r"(?:served|was[^\S\r\n]+posted|was[^\S\r\n]+stationed)[^\S\r\n]+"
    r"(?:as[^\S\r\n]+[\w' -]{1,40}?[^\S\r\n]+)?(?:in|to|at)[^\S\r\n]+(?:the[^\S\r\n]+)?"
)
_POST_KINDS = ACTOR_KINDS - {"demonym", "adjective"} | {"capital"}


# "Ambassador X has represented Mexico in Colombia since 2024": the country an envoy serves,
# then (after "in") the one of the post
_REPRESENTS_FWD = re.compile(
    r"[^\S\r\n]+(?:(?:has|had|also|long|currently|previously)[^\S\r\n]+)*"
    r"represent(?:s|ed)[^\S\r\n]+(?:the[^\S\r\n]+)?"
)
_IN_FWD = re.compile(r"[^\S\r\n]+(?:in|to|at)[^\S\r\n]+(?:the[^\S\r\n]+)?")


def _posted_after(text: str, run: _Run, country_hits: list) -> None:
    """A diplomat "X, who served in Kabul": the country of the post (see ``_Run.posted_to``);
    "X has represented Mexico in Colombia": the country served, and the post."""
    from pipeline.extract.persons_office_kinds import title_kind

    if not any(title_kind(t) == "diplomat" for t in run.titles):
        return
    r = _REPRESENTS_FWD.match(text, run.end)
    if r is not None:
        served = next((h for h in country_hits if h[0] == r.end() and h[4] in _POST_KINDS), None)
        if served is None:
            return
        run.country = run.country or served[3]
        m = _IN_FWD.match(text, served[1])
        post = next((h for h in country_hits if m is not None and h[0] == m.end()
                     and h[4] in _POST_KINDS and h[3] != served[3]), None)
        if post is not None:
            run.posted_to = post[3]
        return
    m = _POSTED_FWD.match(text, run.end)
    if m is None:
        return
    for h in country_hits:
        if h[0] == m.end() and h[4] in _POST_KINDS:
            run.posted_to = h[3]
            return


_PAIR_DASH = re.compile(r"[-–—/]")


def _joint_body(text: str, end: int, hit_by_start: dict) -> bool:
    """Whether the country ending at ``end`` is the first of a pair that names a body of two
    countries ("the India-Bangladesh Chamber", "the Pakistan-China Friendship Association")."""
    dash = _PAIR_DASH.match(text, end)
    return dash is not None and dash.end() in hit_by_start


# (never a lone "I": "said President X. I ..." / "X I" is too often the pronoun)
_CLAUSE_SUBJECT = re.compile(
    r"\s+(?:will|would|is|was|are|were|has|had|have|can|could|should|may|might|must|also|then)\b"
)
_DEFINITE_AFTER_COMMA = re.compile(r"\s*,\s+the\s")
# a sentence that opens with an adverbial phrase up to the name (no comma, semicolon or colon in
# between): a participle ("Responding to a question on", "Commenting on", "Asked about"),
# "According to", "In response/reply to"
_OPENING_ADVERBIAL = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|Asked|Questioned|According|In\s+(?:response|reply))\b[^,;:]*$"
)
# a headline's clause "Nigeria's Borno, minister to visit Abuja": a bare lower-case title
# followed by an infinitive is the subject of a new clause, not an appositive
_BARE_LOWER_AFTER_COMMA = re.compile(r"\s*,\s+[a-z]")
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+\b")
# a lower-case word after a title phrase that cannot go on an appositive: a verb ("agree",
# "hold talks"), not a preposition, conjunction, relative or post-modifier ("since 2020", "who",
# "designate")
_VERB_AFTER = re.compile(
    r"[^\S\r\n]+(?!(?:of|for|in|at|on|to|and|or|but|nor|from|since|until|till|with|without|who|"
    r"whom|whose|which|that|during|between|among|under|over|after|before|by|as|then|now|here|"
    r"there|designate|elect|emeritus|ad|pro|a|an|the|is|was|were|are|has|had|have|will|would|"
    r"also|himself|herself|this|these|those|last|next|earlier|later|until|via|per|de|del|da|di|"
    r"du|van|von|bin|ibn|al|el|responsible|extraordinary|plenipotentiary|general|ex|retired|"
    r"currently|formerly|accredited|concerned|incharge|in-charge)\b)"
    r"(?![a-z]*(?:ing|ed)\b)[a-z]{2,}\b(?![-'’])"  # (a participle may go on: "X, envoy based in")
)
_ARTICLE_AFTER_COMMA = re.compile(r"\s*,\s+(?:the|a|an|his|her|its|their)\s")
_REGNAL = re.compile(r"[^\S\r\n]+(?:II|III|IV|VI{0,3}|IX|XI{0,3})\b(?![-'’])")


# "of the Lao People's Revolutionary Party Central Committee": a named body after a title
_OF_BODY_FWD = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?:(?:[A-Z][\w'’-]*|of|the|for)[^\S\r\n]+){0,9}"
    r"[A-Z][\w'’-]*"
)
_AND_FWD = re.compile(r"[^\S\r\n]+and[^\S\r\n]+")
_BODY_REST = re.compile(r"(?:[^\S\r\n]+[A-Z][\w'’-]*){1,7}")


def _next_title_after_body(text: str, p: int, atom_by_start: dict, hit_by_start: dict):
    """Where the next title of an appositive chain starts after "of <Body> and " (at ``p``, the
    end of a title), or after the country before it ("and Lao president"); else None."""
    # (the rest of a body's name after a country the title phrase already read: "of the Lao|
    # People's Revolutionary Party Central Committee")
    body = (_OF_BODY_FWD if text.startswith(" of", p) else _BODY_REST).match(text, p)
    q = body.end() if body is not None else p
    gap = _AND_FWD.match(text, q)
    if gap is None:
        return None
    q = gap.end()
    atom = atom_by_start.get(q)
    if atom is not None:
        return q if atom.kind not in ("descriptor", "modifier") and body is not None else None
    hit = hit_by_start.get(q)
    if hit is not None:
        pm = _POSSESSIVE_SPACE.match(text, hit[1])
        atom = atom_by_start.get(pm.end()) if pm else None
        if atom is not None and atom.kind not in ("descriptor", "modifier") and not atom.plural:
            return q
    return None


def _hit_across(atom, hit_by_start: dict):
    """A country hit that starts inside the title ``atom`` and ends after it ("President of
    the |Republic of Maldives|"), else None."""
    for k, h in hit_by_start.items():
        if atom.start < k < atom.end < h[1]:
            return h
    return None


@functools.cache
def _post_nominals() -> re.Pattern[str]:
    """Post-nominal letters after a name's comma (``person_post_nominals.csv``), one or more:
    ", S.C., M.P." (dots optional), up to the comma or the end of what follows them; the first
    may follow the name after a space alone ("the Hon. X MP, Prime Minister of ...") or stand in
    brackets ("Hon. Dr. X (MP), Minister for ...")."""
    forms = []
    for surface in read_lexicon("person_post_nominals")["surface"].to_list():
        letters = [p for p in surface.split(".") if p]
        forms.append(r"\.?".join(map(re.escape, letters)) + (r"\.?" if surface.endswith(".") else ""))
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(
        rf"(?:[^\S\r\n]+(?:{alternatives})(?![\w.])|[^\S\r\n]*\((?:{alternatives})\))?"
        rf"(?:[^\S\r\n]*,[^\S\r\n]*(?:{alternatives})(?![\w.]))*(?=[^\S\r\n]*(?:[,;)]|$))"
    )


def after_post_nominals(text: str, pos: int) -> int:
    """Where a name that ends at ``pos`` really ends for what follows it: after its post-nominal
    letters, if any ("Hugh Smith, M.P., Minister of ..." -> after "M.P."; "the Hon. Jo Smith MP,
    Prime Minister" -> after "MP")."""
    nxt = text[pos : pos + 1]
    if nxt != "," and (nxt != " " or not (text[pos + 1 : pos + 2].isupper()
                                         or (text[pos + 1 : pos + 2] == "("
                                             and text[pos + 2 : pos + 3].isupper()))):
        return pos
    m = _post_nominals().match(text, pos)
    return pos if m is None or m.end() == pos else m.end()


def _read_after(text, run: _Run, atom_by_start, hit_by_start, run_ends=frozenset()) -> None:
    """"of Pakistan" or a title appositive written after the name (after its post-nominal
    letters: "X, S.C., M.P., Minister of ...")."""
    pos = after_post_nominals(text, run.end)
    if text[pos : pos + 1] == " " and run.titles:
        regnal = _REGNAL.match(text, pos)
        if regnal is not None:  # "King Abdullah II of Jordan": the regnal number is in the name
            run.tokens += (regnal.group().strip(),)
            run.spans += ((regnal.start() + len(regnal.group()) - len(regnal.group().strip()),
                           regnal.end()),)
            run.end = pos = regnal.end()
    nxt = text[pos : pos + 4]
    if not nxt.startswith((",", " (")) and not (nxt[1:] == "of " or _OF_THE_FWD.match(text, pos)):
        return
    # "President Asif Ali Zardari of Pakistan", "Foreign Minister X (Chile)"
    own = country_after(text, pos, hit_by_start)
    if own is not None and (run.titles or run.confirmed):
        run.country = run.country or own[0][3]
        return
    m = _OF_THE_FWD.match(text, pos)
    if m and run.titles and run.country is None:
        # "Major General X of the PLA's Xinjiang Military Command": the state body's country
        run.country = state_body_country(text, m.end())
        if run.country is not None:
            return
    # ", the newly appointed Prime Minister of Pakistan" / ", Pakistan's Deputy Prime Minister"
    m = _COMMA.match(text, pos)
    if not m:
        return
    p = m.end()
    indefinite = False
    while p not in atom_by_start:
        w = _LEAD_WORD.match(text, p)
        if w and w.group(1).lower() in _ARTICLES:
            indefinite = indefinite or w.group(1).lower() in ("a", "an")
            p = w.end()
            continue
        break
    if indefinite and p not in atom_by_start:
        # "X, a Belgrade-based analyst of ...", "X, a water policy researcher at ...": a profession
        # after a few words that qualify it
        p = _premodified_role(text, p, atom_by_start) or p
    country: str | None = None
    titles: list[str] = []
    confirmed = False
    role: str | None = None
    iso_from_title = None
    prefix: list[str] = []
    while True:
        atom = atom_by_start.get(p)
        if atom is not None and atom.kind == "modifier":
            if atom.title:
                prefix.append(atom.title)
            p = _SPACES.match(text, atom.end).end()
            continue
        hit = hit_by_start.get(p) if atom is None else None
        if hit is not None and not titles and country is None:
            country = hit[3]
            pm = _POSSESSIVE_SPACE.match(text, hit[1])
            if not pm:
                return
            p = pm.end()
            continue
        if hit is not None and titles:
            # "... and Lao president": the country of a later title of the chain
            pm = _POSSESSIVE_SPACE.match(text, hit[1])
            if pm and pm.end() in atom_by_start:
                country = country or hit[3]
                p = pm.end()
                continue
        if atom is None or atom.plural:
            break
        if atom.kind == "descriptor":
            confirmed = True
            role = role or atom.title  # "X, an economist at ...": a profession kept as a title
        elif atom.title:
            titles.append(" ".join(prefix + [atom.title]))
            iso_from_title = iso_from_title or atom.iso3
        prefix = []
        p = atom.end
        across = _hit_across(atom, hit_by_start)
        if across is not None:
            # "President of the Republic of Maldives": the country's long form begins inside
            # the title ("President of the Republic") and names the state it serves
            country = country or across[3]
            p = across[1]
        of = _OF_THE_FWD.match(text, p)
        if not (of and of.end() in hit_by_start):
            # "Deputy Prime Minister for Cabinet Affairs of the Sultanate of Oman": the remit of
            # the office between the title and the country it serves
            remit = _REMIT_FWD.match(text, p)
            if remit is not None:
                of = _OF_THE_FWD.match(text, remit.end())
        if (of and of.end() in hit_by_start and atom.kind == "descriptor"
                and _SUBJECT_MATTER.match(text, hit_by_start[of.end()][1])):
            # "an analyst of Chinese affairs": the subject a profession studies, not a country
            # served (unlike "a researcher of the Chinese Academy of Social Sciences")
            of = None
        if of and of.end() in hit_by_start:
            if _joint_body(text, hit_by_start[of.end()][1], hit_by_start):
                # "president of the India-Bangladesh Chamber of Commerce": an office in a body of
                # two countries, which serves neither
                run.org_office = True
                break
            country = country or hit_by_start[of.end()][3]
            p = hit_by_start[of.end()][1]
        sep = _SEPARATOR.match(text, p)
        if sep and sep.end() in atom_by_start and atom_by_start[sep.end()].kind != "descriptor":
            if _leads_into_name(text, atom_by_start[sep.end()].end):
                if "," not in sep.group():
                    # "X, Deputy Prime Minister and Foreign Minister Y": one compound title, Y's
                    return
                # "X, Commander Peshawar Corps, and Major General Y": the next title is Y's
                break
            p = sep.end()
            continue
        if titles and (sep is None or sep.end() not in atom_by_start):
            # "X, Secretary General of the LPRP Central Committee and President of the Lao PDR",
            # "... Central Committee and Lao president": a body after the first title, then the
            # next title (perhaps after its country) of the same person
            nxt = (_next_title_after_body(text, p, atom_by_start, hit_by_start)
                   if text.find(" and ", p, p + 160) >= 0 else None)
            if nxt is not None:
                if country is None:
                    # "General Secretary of the Communist Party of Viet Nam Central Committee
                    # and State President": a body of a country serves it
                    country = next((h[3] for k, h in hit_by_start.items() if p <= k < nxt), None)
                p = nxt
                continue
        break
    if not titles and not confirmed:
        return
    if titles and country is None and not run.org_office and text.startswith(" of", p):
        # "General Secretary of the Communist Party of Viet Nam Central Committee": an office
        # of a body named after one country (not of two: "the India-Bangladesh Chamber")
        body = _OF_BODY_FWD.match(text, p)
        if body is not None:
            inside = [h for k, h in hit_by_start.items() if p <= k < body.end()]
            if len(inside) == 1 and not _joint_body(text, inside[0][1], hit_by_start):
                country = inside[0][3]
    if _CLAUSE_SUBJECT.match(text, p) and _DEFINITE_AFTER_COMMA.match(text, pos):
        # "According to X, the president will visit Brazil": the title phrase is the subject of
        # the next clause, not an appositive of X
        return
    if (_VERB_AFTER_OFFICE.match(text, p) and _DEFINITE_AFTER_COMMA.match(text, pos)
            and _OPENING_ADVERBIAL.match(text, 0, run.start)):
        # "Responding to a question on Kashmir, the Spokesperson reiterated ...", "Asked about
        # X, the minister said ...": an opening adverbial ends at its comma, and the title
        # phrase with its verb is the main clause (an appositive is closed by a comma)
        return
    if _INFINITIVE.match(text, p) and _BARE_LOWER_AFTER_COMMA.match(text, pos):
        return  # "Borno, minister to visit Abuja" (a headline)
    if _VERB_AFTER.match(text, p) and not _ARTICLE_AFTER_COMMA.match(text, pos):
        # "PM Chattha, Jordanian premier agree to lift trade": a bare title phrase followed by a
        # verb is the second subject of a headline's coordination (an appositive is closed by a
        # comma or ends the sentence: "X, Jordanian premier, said"), not X's title
        return
    # the phrase must not lead into another name ("…, Prime Minister Li Qiang"; "At the invitation
    # of X, the Foreign Minister of India, Dr. Y, paid a visit": the appositive is Y's)
    nxt = _NEXT_CAP.match(text, p)
    if (titles or country) and nxt:
        word = nxt.group(1)
        if (word not in _word_lists()[0] or word in _honorifics()[2]) and not _next_has_own(
            text, nxt.start(1), run_ends, atom_by_start
        ):
            return
    run.titles += [t for t in titles if t not in run.titles]
    if role is not None and role not in run.titles:
        run.titles.append(role)
    run.confirmed = True
    if titles:
        run.licensed = True
    run.country = run.country or country or iso_from_title


# "appoint Mr. X to be High Commissioner of ...", "X previously served as Director of ...", "X
# as Foreign Minister": an office the person holds, is appointed to or held, written after the
# name (a career's titles are all the person's, one after the other)
_AS_TITLE_FWD = re.compile(
    # (or in a relative clause: "X, who served as ...", "X, a career diplomat who as ...")
    r"(?:[^\S\r\n]*,[^\S\r\n]+(?:an?[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){1,3})?who)?"
    r"[^\S\r\n]+(?:(?:has|had|have|previously|formerly|also|once|later|earlier|then|briefly)"
    r"[^\S\r\n]+)*(?P<how>(?:served|serves|serving|worked|works)[^\S\r\n]+as|to[^\S\r\n]+be|as)"
    r"[^\S\r\n]+(?P<det>(?:the|an?|its|their)[^\S\r\n]+)?"
)
# a finite verb right after an office: "as the President looked on" (a clause of its own, whose
# subject is the office), not "as the Ambassador of Kenya to Peru", "as the Minister in 2019"
_VERB_AFTER_OFFICE = re.compile(
    r"[^\S\r\n]+(?!(?:of|in|to|for|at|and|or|from|with|on|between|during|since|until|under|"
    r"before|after|when|where|who|whose|which|that)\b)[a-z]+\b"
)
# the next office of the same career: "... (2021–2025) and as Deputy High Commissioner in Ottawa"
_AND_AS_FWD = re.compile(
    r"(?:[^\S\r\n]*\([^()]{1,20}\))?(?:[^\S\r\n]+in[^\S\r\n]+[A-Z][\w'’-]*)?[^\S\r\n]*,?"
    r"[^\S\r\n]+and[^\S\r\n]+(?:later[^\S\r\n]+)?as[^\S\r\n]+(?:(?:the|an?)[^\S\r\n]+)?"
)
_OF_BODY_AFTER = re.compile(
    r"[^\S\r\n]+of[^\S\r\n]+the[^\S\r\n]+(?:(?:[A-Z][\w'’-]*|of|and|for)[^\S\r\n]+){0,5}"
    r"[A-Z][\w'’-]*"
)


def career_after(text: str, run: _Run, atom_by_start: dict, hit_by_start: dict) -> None:
    """The offices written after a name with "to be", "as" or "served as" ("appoint Mr. X to be
    High Commissioner of Guyana to Barbados", "X previously served as Director of the Department
    of Multilateral Affairs and as Deputy High Commissioner in Ottawa"): each is a title of the
    person; "of <country>" right after the first one gives the country served."""
    m = _AS_TITLE_FWD.match(text, run.end)
    if m is None:
        return
    p = m.end()
    first = True
    # "X as the President looked on": "as" opens a clause whose subject is the office
    clause = m.group("how") == "as" and m.group("det") is not None
    had_country = run.country
    hit = hit_by_start.get(p)
    if hit is not None and hit[4] in ACTOR_KINDS:
        # "X served as Pakistan's ambassador to China", "as the Ecuadorian ambassador"
        pm = _POSSESSIVE_SPACE.match(text, hit[1])
        if pm is None or pm.end() not in atom_by_start:
            return
        if run.country is None:
            run.country = hit[3]
        p = pm.end()
    while True:
        atom = atom_by_start.get(p)
        prefix: list[str] = []  # "Deputy", "Acting" (a modifier the title keeps)
        while atom is not None and atom.kind == "modifier":
            if atom.title:
                prefix.append(atom.title)
            atom = atom_by_start.get(_SPACES.match(text, atom.end).end())
        if atom is None or atom.plural:
            return
        end = atom.end
        body = _OF_BODY_AFTER.match(text, end) if text.startswith(" of the ", end) else None
        if atom.kind == "descriptor" or not atom.title:
            if body is None or atom.kind != "descriptor":
                return  # a role noun is an office only of a named body ("Director of the ...")
        elif _leads_into_name(text, atom.end):
            return  # "as Foreign Minister Y looked on": the office of the next name
        title = " ".join(prefix + [atom.title]) if atom.title else atom.title
        of = _OF_THE_FWD.match(text, end)
        if of is not None and of.end() in hit_by_start and hit_by_start[of.end()][4] in ACTOR_KINDS:
            if first and run.country is None:
                run.country = hit_by_start[of.end()][3]
            end = hit_by_start[of.end()][1]
        elif body is not None and text[body.end() - 1].isalpha():
            # "Director of the Department of Multilateral Affairs": an office of a named body
            title = " ".join(prefix + text[atom.start : body.end()].split())
            end = body.end()
        if first and clause and _VERB_AFTER_OFFICE.match(text, end):
            run.country = had_country
            return
        if title not in run.titles:
            run.titles.append(title)
        run.licensed = run.confirmed = True
        nxt = _AND_AS_FWD.match(text, end)
        if nxt is None:
            return
        p = nxt.end()
        first = False
