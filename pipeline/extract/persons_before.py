"""What a sentence writes before a name (:func:`_read_before`): honorifics, the title phrase
(chained titles, modifiers, a bracketed remit, a place or a body between title and name) and the
country it serves ("Foreign Minister of Pakistan", "Chinese", "Pakistan's", "Ambassador to
Kenya" for the post)."""

from __future__ import annotations

import re

from pipeline.extract.persons_after import _own_appositive
from pipeline.extract.persons_clauses import possessive_back
from pipeline.extract.persons_gaps import (
    _OF_BODY_BACK,
    _OF_THE_BACK,
    _POSSESSIVE_TAILS,
    _skip_ws_back,
)
from pipeline.extract.persons_lexicon import (
    _honorific_name_part,
    _honorific_title,
    _word_lists,
    honorific_countries,
    org_heads,
)
from pipeline.extract.persons_lineage import keeps_lineage_style
from pipeline.extract.persons_offices import (
    BODY_AFTER_TITLE,
    _UNIT_NOUNS,
    _head_of_body_back,
    _office_of_country_back,
    _office_of_force_back,
    _office_of_unit_back,
    _remit_atom_back,
)
from pipeline.extract.persons_embassies import names_mission, sole_embassy_country
from pipeline.extract.persons_org_affiliation import state_body_country_back
from pipeline.extract.persons_owners import _body_owner_back, _place_owner_back
from pipeline.extract.persons_place_offices import place_office_back
from pipeline.extract.persons_runs import _Run

# between two titles: "Deputy Prime Minister and Foreign Minister", "Chief of Army Staff General",
# "Deputy Prime Minister - Foreign Minister"
# (searched on a short window before the title)
# ("Deputy Prime Minister cum Foreign Minister": "cum" joins two offices held together)
_SEPARATOR_BACK = re.compile(
    r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s+[-–—]\s+|\s+cum\s+|\s+)$"
)
# "Chief of Army Staff (COAS) General X": an acronym in brackets between an office and a rank
_ACRONYM_BACK = re.compile(r"\([A-Z][A-Z&.-]{1,9}\)[^\S\r\n]+$")
# "High Commissioner in Colombo": an envoy's post written with "in"
_IN_PLACE_BACK = re.compile(r"[^\S\r\n]+in[^\S\r\n]+$")


# "of the National Development and Reform Commission": a body named with "and" inside
_OF_BODY_AND_BACK = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,4}and\s+(?:[A-Z][\w'’\-]*\s+){0,3}"
    r"([A-Z][\w'’\-]*)\s*$"
)
# "of the Ministry of Defence", "of the Department of International Trade Promotion": a body
# named with "of" or "for" inside (read before the country that follows it)
_OF_BODY_OF_BACK = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*\s*$"
)
# "in the Ministry of Finance", "of the Department for International Development": an office's
# body whose name has "of" or "for" inside, its head noun captured; the portfolios after it may
# be a list ("of the Ministry of Trade and Industry", "of the Ministry of Trade, Industry and
# Fisheries")
_IN_BODY_OF_BACK = re.compile(
    r"\s+(?:of|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,2}([A-Z][\w'’\-]*)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’\-]*(?:,?\s+(?:and|&)\s+|,\s+|\s+)){0,4}[A-Z][\w'’\-]*\s*$"
)
# a body's short name in brackets: "(Exim Bank)", "(BoG)", "(NDRC)"
_BODY_SHORT_NAME = re.compile(r"\([A-Z][\w&.'’-]*(?:[^\S\r\n][A-Z][\w&.'’-]*){0,2}\)")
# one or two lower-case particles of a surname ("de la", "van", "al")
_PARTICLES_BACK = re.compile(r"(?<![\w'’-])[a-z]{1,5}(?:[^\S\r\n]{1,3}[a-z]{1,5})?$")
# "... is X", "... was X": a copula right before a name (its subject may be a title phrase)
_COPULA_BACK = re.compile(r"[^\S\r\n]+(?:is|was)$")
# a body's name of capitalised words right before a title ("National Health Commission minister")
_BODY_NAME_BACK = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]*[^\S\r\n]+){0,4}([A-Z][\w'’-]*)$")
# an article or a determiner that may open a title phrase that opens its clause
_DETERMINER_BACK = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)$")
# a word of tenure before a title ("the new", "the current", "the newly appointed")
_TENURE_BACK = re.compile(
    r"(?<![\w'’-])(?:new|newly|current|currently|present|incoming|outgoing|serving|sitting|appointed|designated|"
    r"then|former|previous|next|first|interim|acting)$"
)
_BODY_ACRONYM = re.compile(r"\([A-Z][A-Za-z&.-]{1,9}\)")
_BODY_DASH = re.compile(r"[-–—/]")


def _national_body_country(text: str, p: int, atom, atom_by_end: dict, hit_by_end: dict,
                           run_ends=frozenset()) -> str | None:
    """The country of the body named after one country in "<title ``atom``> of (the) <body>" ending
    at ``p``, else None (:func:`_office_of_national_body_back` found another title or no such body)."""
    found = _office_of_national_body_back(text, p, atom_by_end, hit_by_end, run_ends)
    return found[1] if found is not None and found[0] is atom else None


def _office_of_national_body_back(text: str, p: int, atom_by_end: dict, hit_by_end: dict,
                                  run_ends=frozenset()):
    """(title atom, iso3) of "<title> of (the) <body named after one country>" ending at ``p``,
    else None (a body of two countries, "the India-Bangladesh Chamber", serves neither; nor
    does a stretch that holds another name: "Premier of the State Council of China Y, X")."""
    for start, atom in atom_by_end.items():
        if not (p - 160 <= start < p) or atom.kind in ("descriptor", "modifier"):
            continue
        if p in run_ends or any(start < e < p and text[e : e + 1] == "," for e in run_ends):
            return None
        if BODY_AFTER_TITLE.fullmatch(text, start, p) is None:
            continue
        inside = [h for e, h in hit_by_end.items() if start < h[0] and e <= p]
        if len(inside) != 1 or _BODY_DASH.match(text, inside[0][1]):
            return None
        return atom, inside[0][3]
    return None


def _opens_clause(text: str, start: int, hit_by_end: dict, place_by_end: dict) -> bool:
    """Whether a title phrase starting at ``start`` opens its clause: only a determiner and a
    country's (or a place's) name or possessive between the clause's start and it ("Kenya's High
    Commissioner in Pretoria is X", "The Kenyan envoy is X"; not "What angered the Kenyan Foreign
    Minister was X", "The guest of the Chinese Ambassador was X")."""
    q = _skip_ws_back(text, start)
    while True:  # ("The current Kenyan Ambassador", "Kenya's new High Commissioner")
        hit = hit_by_end.get(possessive_back(text, q)) or place_by_end.get(possessive_back(text, q))
        adj = _TENURE_BACK.search(text, max(0, q - 16), q) if hit is None else None
        if hit is None and adj is None:
            break
        q = _skip_ws_back(text, hit[0] if hit is not None else adj.start())
    det = _DETERMINER_BACK.search(text, max(0, q - 5), q)
    if det is not None:
        q = _skip_ws_back(text, det.start())
    return q == 0 or text[q - 1] in ",;:(\n\"“'‘—–-"


_LABEL_CLOSE = re.compile(r"\)[^\S\r\n]*:")


def _bracketed_holder(text: str, pos: int, run: _Run, atom_by_end: dict) -> int:
    """"The Minister of State for Africa (Jane Doe): ...": a parliamentary record names the
    office holder in brackets after the office; the position of the office's end, else
    ``pos``."""
    if text[pos - 1 : pos] != "(" or _LABEL_CLOSE.match(text, run.end) is None:
        return pos  # ("Additional Secretary (Asia-Pacific) X": a remit, no holder)
    q = _skip_ws_back(text, pos - 1)
    if q < pos - 1 and (q in atom_by_end or " for " in text[max(0, q - 70) : q]):
        return q
    return pos


def _read_before(text, run: _Run, honorifics, atom_by_end, hit_by_end, place_by_end,
                 run_ends=frozenset(), atom_by_start=None, may_back=None) -> None:
    """Honorific, title phrase and country written before the name."""
    pos = _skip_ws_back(text, run.start)
    if text[pos - 1 : pos].islower() and pos < run.start:
        # "Ambassador de la Torre": the lower-case particles of a surname between the title (or
        # honorific) and the capitalised word the run starts with
        particles = _PARTICLES_BACK.search(text, max(0, pos - 12), pos)
        if particles is not None and all(
            w in _word_lists()[1] for w in particles.group().split()
        ):
            q = _skip_ws_back(text, particles.start())
            if q < particles.start() and (q in atom_by_end or q in honorifics):
                pos = q
    if text[pos - 1 : pos] == ")":
        # "Additional Secretary (Middle East) X": the remit of the office in brackets; "Lt Gen
        # (retd) X": a rank's qualifier
        opening = text.rfind("(", max(0, pos - 50), pos)
        if opening > 0 and ")" not in text[opening : pos - 1]:
            q = _skip_ws_back(text, opening)
            if q < opening and (q in atom_by_end or q in honorifics):
                pos = q
            elif q < opening and _BODY_ACRONYM.fullmatch(text, opening, pos):
                pos = q  # "... International Trade (CCPIT) X": the acronym of the body before
    else:
        pos = _bracketed_holder(text, pos, run, atom_by_end)
    if (pos not in honorifics and pos not in atom_by_end and text[pos - 1 : pos] != ","
            and not _COPULA_BACK.search(text, max(0, pos - 5), pos)):
        if pos in place_by_end:
            # "Chief Minister Punjab Maryam Nawaz": a place between the title and the name
            q = _skip_ws_back(text, place_by_end[pos][0])
            if q < place_by_end[pos][0] and q in atom_by_end:
                run.country = run.country or place_by_end[pos][3]
                pos = q
        if place_by_end and pos not in atom_by_end and pos not in hit_by_end and " of " in text:
            # "Governor of Mombasa County X": an office of a place serves the place's country
            office = place_office_back(text, pos, atom_by_end, place_by_end)
            if office is not None:
                pos = office[0]
                run.country = run.country or office[1]
        if pos not in hit_by_end and pos not in atom_by_end and not (
            pos in place_by_end and text.endswith(" in ", 0, place_by_end[pos][0])
        ):
            last = text[max(0, pos - 16) : pos].rpartition(" ")[2]
            if last not in org_heads() and last not in _UNIT_NOUNS and (
                may_back is not None
                and (not may_back or not any(a < pos <= b for a, b in may_back))
            ):
                return  # quick exit: nothing that could introduce a name
    hon = honorifics.get(pos)
    if hon is not None and pos < run.start:
        run.start = hon.start()
        run.licensed = run.confirmed = True
        word = hon.group(0)
        t = _honorific_title(word)
        if t:
            run.titles.append(t)
        run.style_countries = honorific_countries(word)
        if (len(run.tokens) == 1 and _honorific_name_part(word)) or (
            len(run.tokens) > 1 and keeps_lineage_style(word, run.tokens)
        ):
            # "Sheikh Hasina": stripping the honorific would leave a single word; "Sheikh
            # Bashir Uddin Ahmed": a lineage name (no Arabic nasab: "Sheikh Tamim bin Hamad")
            run.tokens = (word, *run.tokens)
            run.spans = ((hon.start(), hon.end()), *run.spans)
        pos = _skip_ws_back(text, hon.start())
        # honorifics in a row: "His Highness Sheikh Hamad", "H.E. Dr. Ahmed"
        outer = honorifics.get(pos)
        while outer is not None and pos < run.start:
            run.start = outer.start()
            t = _honorific_title(outer.group(0))
            if t and t not in run.titles:
                run.titles.append(t)
            run.style_countries = run.style_countries or honorific_countries(outer.group(0))
            pos = _skip_ws_back(text, outer.start())
            outer = honorifics.get(pos)
        # "Prime Minister of New Zealand the Rt Hon X", "the Governor-General, the Hon. X": an
        # article before a courtesy honorific belongs to it, not to the title phrase before
        if text[max(0, pos - 3) : pos].lower() == "the" and (
            pos < 4 or not text[pos - 4].isalnum()
        ):
            pos = _skip_ws_back(text, pos - 3)
        # "High Commissioner in Colombo, retired Maj Gen X": a dropped modifier before a rank
        mod = atom_by_end.get(pos)
        if mod is not None and mod.kind == "modifier" and not mod.title:
            pos = _skip_ws_back(text, mod.start)
        pos = _bracketed_holder(text, pos, run, atom_by_end)  # "The Minister (Mr X):"
    # "Foreign Minister of Pakistan, Ishaq Dar": an optional comma after the title phrase
    p = pos
    comma = p > 0 and text[p - 1] == ","
    if comma:
        p = _skip_ws_back(text, p - 1)
        if text[p - 1 : p] == ")" and p not in atom_by_end:
            # "Chief Manager of the Export-Import Bank of India (Exim Bank), Mr X": the body's
            # short name in brackets closes the title phrase
            opening = text.rfind("(", max(0, p - 30), p)
            if opening > 0 and _BODY_SHORT_NAME.fullmatch(text, opening, p):
                p = _skip_ws_back(text, opening)
    copula = False
    if not comma and (cop := _COPULA_BACK.search(text, max(0, p - 5), p)) is not None:
        # "Namibia's High Commissioner in Gaborone is H.E. Ms. X": a title phrase as the
        # subject of "is", the name as its complement (read like an appositive's comma)
        comma = copula = True
        p = _skip_ws_back(text, cop.start())
    country: str | None = None
    served = None
    posted = None
    # "Foreign Minister of Pakistan", "Ambassador to Kenya", "High Commissioner of India to
    # Bangladesh": the country after "of" is the one served, the one after "to" the host
    for _ in range(2):
        hit = hit_by_end.get(p)
        if hit is None:
            break
        window_start = max(0, hit[0] - 12)
        m = _OF_THE_BACK.search(text, window_start, hit[0])
        if not m:
            break
        p = m.start()
        if m.group(1).lower() == "of":
            country = hit[3]
            served = hit
            break
        posted = hit[3]
    if p in place_by_end and p not in atom_by_end:
        # "Pakistan's High Commissioner in Colombo, X": the city an envoy is posted in
        place = place_by_end[p]
        m = _IN_PLACE_BACK.search(text, max(0, place[0] - 5), place[0])
        envoy = atom_by_end.get(m.start()) if m is not None else None
        if envoy is not None and envoy.kind == "diplomat":
            posted = posted or place[3]
            p = m.start()
        elif m is not None and country is None and m.start() in hit_by_end:
            # "the Ambassador of Armenia in Paris, Mrs X": the envoy of a country, posted in a
            # city
            hit = hit_by_end[m.start()]
            of = _OF_THE_BACK.search(text, max(0, hit[0] - 12), hit[0])
            envoy = atom_by_end.get(of.start()) if of is not None else None
            if envoy is not None and envoy.kind == "diplomat" and of.group(1).lower() == "of":
                country, served = hit[3], hit
                posted = posted or place[3]
                p = of.start()
    if comma and place_by_end and p not in atom_by_end and country is None and " of " in text:
        # "the Mayor of Lahore, X": an office of a place before the comma
        office = place_office_back(text, p, atom_by_end, place_by_end)
        if office is not None:
            p, country = office
    atom = atom_by_end.get(p)
    if atom is None and p > 0:
        # "Special Representative for Afghanistan X": the remit of an office before the name;
        # "the head of Sudan's Sovereignty Council, General X": the head of a named body
        atom = (
            (_remit_atom_back(text, p, atom_by_end) if " for " in text[max(0, p - 70) : p]
             else None)
            or _head_of_body_back(text, p, hit_by_end)
            or _office_of_unit_back(text, p, atom_by_end)
        )
    if atom is None and served is not None:
        # "President of the Republic of Azerbaijan X": the title phrase ("President of the
        # Republic") and the country's name ("Republic of Azerbaijan") share words
        for a in atom_by_end.values():
            if a.start < served[0] < a.end <= served[1] and a.kind not in ("modifier", "descriptor"):
                atom = a
                break
    if atom is None and (country is not None or text[p - 1 : p].isalpha()):
        # "General Secretary of the Communist Party of Viet Nam Lê Minh Tuấn": the body named
        # after the country sits between the title and the country; "Secretary-General of the
        # State Council Wu Zhenglong": an office of a body whose name ends in its head noun
        window_start = max(0, p - 60)
        m = _OF_BODY_BACK.search(text, window_start, p)
        if m is not None and (country is not None or m.group(1) in org_heads()):
            atom = atom_by_end.get(m.start())
            if atom is not None and atom.kind in ("descriptor", "modifier"):
                atom = None
            if atom is not None and country is None:
                # "Chairman of the Bangladesh Investment Development Authority X": a body named
                # after one country serves it; any other body gives no home country
                country = _national_body_country(text, p, atom, atom_by_end, hit_by_end, run_ends)
                if country is None:
                    run.org_office = True
        if atom is None and country is not None:
            # "State Secretary of the Ministry of Defence of Mongolia Mr. X": a body whose own
            # name has "of" inside, between the title and the country
            m = _OF_BODY_OF_BACK.search(text, max(0, p - 80), p)
            if m is not None:
                atom = atom_by_end.get(m.start())
                if atom is not None and atom.kind in ("descriptor", "modifier"):
                    atom = None
        if atom is None and country is None:
            # "Permanent Secretary in the Ministry of Finance, Dr X", "Director of the Department
            # of Asian Affairs Y": an office in a body whose name has "of" or "for" inside
            m = _IN_BODY_OF_BACK.search(text, max(0, p - 80), p)
            if m is not None and m.group(1) in org_heads():
                atom = atom_by_end.get(m.start())
                if atom is not None and atom.kind in ("descriptor", "modifier"):
                    atom = None
                if atom is not None and hit_by_end:
                    # "Chairman of the Kazakh Chamber of Commerce and Industry X": a body named
                    # after one country serves it
                    country = _national_body_country(text, p, atom, atom_by_end, hit_by_end, run_ends)
        if atom is None and " and " in text[max(0, p - 80) : p]:
            # "Secretary-General of the Central Political and Legal Affairs Commission X": a
            # body whose name joins two words with "and" (its last word a body's head noun)
            m = _OF_BODY_AND_BACK.search(text, max(0, p - 80), p)
            if m is not None and m.group(1) in org_heads():
                atom = atom_by_end.get(m.start())
                if atom is not None and atom.kind in ("descriptor", "modifier"):
                    atom = None
    if atom is None and text[p - 1 : p].isalpha() and hit_by_end:
        # "Chairman of the Belarusian Chamber of Commerce and Industry X", "Vice Chairman of the
        # China Council for the Promotion of International Trade (CCPIT) X": an office of a body
        # named after one country serves it
        found = _office_of_national_body_back(text, p, atom_by_end, hit_by_end, run_ends)
        if found is not None:
            atom, country = found
    if atom is None:
        return
    titles: list[str] = []
    role: str | None = None
    iso_from_title: str | None = None
    first_start = atom.start
    first_kind = atom.kind
    while atom is not None and atom.kind != "modifier":
        first_start = atom.start
        first_kind = atom.kind
        # modifiers right before this title: "Caretaker", "Acting", "newly appointed"
        prefix: list[str] = []
        q = _skip_ws_back(text, atom.start)
        mod = atom_by_end.get(q) if q < atom.start else None
        while mod is not None and mod.kind == "modifier":
            if mod.title:
                prefix.insert(0, mod.title)
            first_start = mod.start
            q = _skip_ws_back(text, mod.start)
            mod = atom_by_end.get(q) if q < mod.start else None
        if atom.kind == "descriptor":
            run.confirmed = True
            role = role or atom.title  # "economist X": a profession kept as a title
        elif atom.title:
            titles.insert(0, " ".join(prefix + [atom.title]))
            iso_from_title = iso_from_title or atom.iso3
        # another title joined by "and" / "," / "&"
        window_start = max(0, first_start - 8)
        sep = _SEPARATOR_BACK.search(text[window_start:first_start])
        if sep is None:
            break
        prev = atom_by_end.get(window_start + sep.start())
        if prev is None and not sep.group().strip():
            # "Chief of Army Staff (COAS) General X": the office's acronym in brackets
            ac = _ACRONYM_BACK.search(text, max(0, first_start - 16), first_start)
            if ac is not None:
                prev = atom_by_end.get(_skip_ws_back(text, ac.start()))
        if prev is None and "," in sep.group():
            # "Pakistan's Special Representative for Afghanistan, Ambassador X"
            prev = _remit_atom_back(text, window_start + sep.start(), atom_by_end) or (
                _head_of_body_back(text, window_start + sep.start(), hit_by_end)
            )
        if prev is None and "," in sep.group() and window_start + sep.start() in place_by_end:
            # "Egypt's Ambassador in Amman, retired Major General X": an envoy's post in a city
            place = place_by_end[window_start + sep.start()]
            m = _IN_PLACE_BACK.search(text, max(0, place[0] - 5), place[0])
            envoy = atom_by_end.get(m.start()) if m is not None else None
            if envoy is not None and envoy.kind == "diplomat":
                prev = envoy
                posted = posted or place[3]
        if prev is None and country is None and "," in sep.group():
            # "the Minister of Defence of Kazakhstan, Colonel General X": an office of a country
            # in apposition before a rank
            prev, of_country = _office_of_country_back(text, window_start + sep.start(),
                                                       atom_by_end, hit_by_end)
            if prev is not None:
                country = of_country
        if prev is None and "," in sep.group():
            # "the Chief of the General Staff of the Azerbaijan Army, First Deputy Minister of
            # Defence, Colonel General X": an office of a (national) force in apposition before
            # a second office
            # (a military office only: "the President of the Federal Senate, Senator X" is the
            # body's presiding officer, no "President")
            office = _office_of_force_back(text, first_start, atom_by_end, hit_by_end)
            if office is not None and office[0].kind == "military":
                prev = office[0]
                country = country or office[1]
        if prev is None or prev.kind in ("modifier", "descriptor"):
            break
        q = _skip_ws_back(text, prev.start)
        if ("," in sep.group() and q > 0 and text[q - 1] == ","
                and _skip_ws_back(text, q - 1) in run_ends):
            # "X, Commander Peshawar Corps, and Major General Y": the first title is X's (closed
            # by its comma), while "X, Deputy Prime Minister and Foreign Minister Y" is Y's
            break
        atom = prev
    if first_kind == "military" and titles:
        # "Chief of the General Staff of the Saudi Armed Forces General X": an office of a
        # (national) force written before the rank
        office = _office_of_force_back(text, first_start, atom_by_end, hit_by_end)
        if office is not None:
            atom, of_country = office
            titles.insert(0, atom.title)
            country = country or of_country
            first_start, first_kind = atom.start, atom.kind
    if copula and not _opens_clause(text, first_start, hit_by_end, place_by_end):
        # "What angered the Kenyan Foreign Minister was X", "The guest of the Chinese Ambassador
        # was X": a title phrase inside the subject is someone else's
        return
    if titles and comma and run_ends and atom_by_start is not None:
        # "At the invitation of X, Prime Minister of Japan, Y, Prime Minister of Viet Nam, …":
        # between two names that each have a comma on both sides, the phrase is the first one's
        # appositive when the second has its own (", the Emir of Qatar, His Highness Y, ...":
        # after the first one's article too)
        q = _skip_ws_back(text, first_start)
        if text[max(0, q - 3) : q].lower() == "the" and (q < 4 or not text[q - 4].isalnum()):
            q = _skip_ws_back(text, q - 3)
        if (q > 0 and text[q - 1] == "," and _skip_ws_back(text, q - 1) in run_ends
                and _own_appositive(text, run.end, atom_by_start)):
            return
    if titles:
        run.titles = titles + run.titles
        run.licensed = run.confirmed = True
        if posted is not None and first_kind == "diplomat":
            run.posted_to = posted
    if role is not None and role not in run.titles:
        run.titles.append(role)
    if not titles and not run.confirmed:
        return
    # country before the title phrase: "Chinese", "Pakistan's", "the Kyrgyz"
    q = _skip_ws_back(text, first_start)
    if q < first_start:
        hit = hit_by_end.get(possessive_back(text, q))
        if hit is None and text[q - 2 : q] in _POSSESSIVE_TAILS:
            # "the Afghan interim government's acting Foreign Minister X"
            hit = _body_owner_back(text, q - 2, hit_by_end)
        place = place_by_end.get(possessive_back(text, q)) if hit is None else None
        if hit is None and titles and first_kind != "diplomat":
            # "Tanzania's Tanga Regional Commissioner X", "India's Punjab Chief Minister X": a
            # country's possessive before a place (known or not) qualifies the place's office
            hit = _place_owner_back(text, q, hit_by_end)
        if hit is None and titles and first_kind != "diplomat" and text[q - 1 : q].isalpha():
            # "Pakistan Business Council CEO X", "the Egyptian Football Association President
            # Y": the head of a body named after its country serves that country
            hit = _body_owner_back(text, q, hit_by_end)
            if hit is None and country is None:
                # "SUPARCO Chairman X", "NDRC Vice Chairman Y": the officer of a state body named
                # right before the title serves the body's country
                country = state_body_country_back(text, q)
        if hit is not None and country is None and hit[0] > 1 and text[hit[0] - 1] == " ":
            # "JICA Sri Lanka Chief Representative X", "KOICA Kenya Country Director Y": a
            # country between a state body and the title is where the body's office is; the
            # officer serves the body's country
            country = state_body_country_back(text, hit[0] - 1)
        if hit is not None:
            country = country or hit[3]
        elif place is not None and titles and country is None and first_kind != "diplomat":
            # an office of a place: "Sindh Chief Minister", "Karachi's mayor", "Beijing Party
            # Secretary" serve the country the place is in (not an envoy posted there)
            country = place[3]
        elif titles and country is None and q > 0:
            # a role noun in apposition before the title: "his Azerbaijani counterpart, Colonel
            # General Elnur Gasimov" - the role noun's country is the person's
            r = _skip_ws_back(text, q - 1) if text[q - 1] == "," else q
            if text[q - 1] != "," and text[q - 1].isalpha():
                # "her Chinese counterpart, National Health Commission minister X": the body
                # whose officer the counterpart is stands between the role noun and the title
                body = _BODY_NAME_BACK.search(text, max(0, q - 80), q)
                if body is not None and body.group(1) in org_heads():
                    b = _skip_ws_back(text, body.start())
                    if b > 0 and text[b - 1] == ",":
                        r = _skip_ws_back(text, b - 1)
            role = atom_by_end.get(r)
            if role is not None and role.kind == "descriptor":
                s = _skip_ws_back(text, role.start)
                hit = hit_by_end.get(possessive_back(text, s)) if s < role.start else None
                if hit is not None:
                    country = hit[3]
    if (titles and first_kind == "diplomat" and country is None and not iso_from_title
            and run.country is None and posted is None and names_mission(text)):
        # "at the Peruvian Embassy in Beijing, where Ambassador X ...": the one embassy named
        country = sole_embassy_country(text, hit_by_end)
    run.country = run.country or country or iso_from_title
