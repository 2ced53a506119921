"""Person mentions inside one sentence: runs of name words and what the sentence says about them.

:func:`analyse` finds every run of capitalised name words ("Xi Jinping", "Anwaar-ul-Haq Kakar",
"Muhammad bin Salman") and reads the evidence around it: a title phrase before it ("Chinese
President"), a title appositive after it (", Minister of Economy of Kyrgyzstan,"), an honorific
("Mr.", "Gen."), a role noun ("military expert") or a reporting verb ("said").  Whether a run that
the sentence does not mark is a person is decided per document (:mod:`persons_document`).

Besides the titles: initials ("A. K. Abdul Momen", also a letter that is a stop word), an
honorific kept in a name it would otherwise reduce to one word ("Sheikh Hasina", while "Sheikh
Tamim bin Hamad" is Tamim bin Hamad and "Nadia Sheikh" a surname), no person before an
organisation's noun ("the Kenya Transporters Association"), the served country in "High
Commissioner of India to Bangladesh" and in "his Azerbaijani counterpart, Colonel General X", an
appositive that leads into the next name left to it ("At the invitation of X, the Foreign
Minister of India, Dr. Y, ..."), and an institution's country for an analyst ("a fellow at the
Chinese Academy of Social Sciences").  Also: a bracketed remit or rank qualifier between a title
and the name ("Additional Secretary (Middle East) X", "Lt Gen (retd) X"), a title and a country
name that share words ("President of the Republic of Azerbaijan X"), a regnal number ("King
Abdullah II of Jordan"), a plural title over a list whose names each carry "of <country>"
("Energy secretaries X of Bangladesh and Y of Nepal"), the office of a counterpart (the last of a
compound office; the last titled person of the document when the sentence names none), no
appositive for a title that opens the next clause ("According to X, the president will ..."),
and no person after "told" ("told Valor Sul": the listener).  More: an appositive between two
names that each have their own belongs to the first ("At the invitation of X, Prime Minister of
Japan, Y, Prime Minister of Viet Nam, ..."); an office of a national force before a rank ("Chief
of the General Staff of the Saudi Armed Forces General X"); the party chief of any Chinese
province or city ("Secretary of the CPC Sichuan Provincial Committee"); a counterpart named with
a rank only still holds the office ("his Ethiopian counterpart, Field Marshal X"), and the
counterpart of "Foreign Minister Senator X" is a Foreign Minister (a rank or style is no
office); no appositive in a headline's clause ("Nigeria's Borno, minister to visit Abuja").
Clause-level rules are in :mod:`persons_clauses`.

Hot path: it runs on every sentence of the corpus, so lexicon lookups are memoised by string
(:mod:`persons_lexicon`) and the common single-space gaps are tested without a regex.

Where the code lives (each module one job; this one is the per-sentence entry point
:func:`analyse` and re-exports the names other modules and tests import from it):

* :mod:`.persons_atoms` — title, modifier and role-noun phrases of a sentence
  (:func:`title_atoms`);
* :mod:`.persons_runs` — capitalised words and the runs of name words (:class:`_Run`);
* :mod:`.persons_gaps` — separators, "of (the)" and whitespace between a name and its evidence;
* :mod:`.persons_before` — honorific, title phrase and country before a name, helped by
  :mod:`.persons_offices` (remits, heads of bodies, offices of units, forces and countries) and
  :mod:`.persons_owners` (the country owning a place or body by possessive);
* :mod:`.persons_after` — "of <country>", title appositives and an envoy's post after a name;
* :mod:`.persons_lists` — coordinated names (possessive pairs, a plural title over a list);
* :mod:`.persons_counterparts` — a counterpart's office;
* :mod:`.persons_caps` — family names written in capitals ("Kenji ARAKAWA");
* :mod:`.persons_place_offices` — the office of a named place ("Governor of Mombasa County X");
* :mod:`.persons_groups` — the leader of a national group ("the Pakistani contingent is led by
  X"), read with the clauses;
* :mod:`.persons_aides` — an aide's office ("Press Secretary to the President X").
"""

from __future__ import annotations

import re

from pipeline.extract.countries import ACTOR_KINDS
from pipeline.extract.persons_after import (
    _posted_after,
    _read_after,
    after_post_nominals,
    career_after,
)
from pipeline.extract.persons_atoms import (  # noqa: F401 (tests)
    _PARTY_COMMITTEE,
    _Atom,
    _generic_found,
    _lowered,
    _non_overlapping,
    _title_found,
    normalised_title,
    title_atoms,
)
from pipeline.extract.persons_aides import aide_office
from pipeline.extract.persons_body_portfolios import body_portfolio_runs
from pipeline.extract.persons_before import _read_before
from pipeline.extract.persons_caps import (
    CAPS_AFTER_WORD,
    caps_surnames,
    recase_runs,
    title_country_ends,
)
from pipeline.extract.persons_body_tails import body_tail_words
from pipeline.extract.persons_messages import MESSAGE_CUE, MESSAGE_NOUNS, message_senders
from pipeline.extract.persons_place_surnames import place_surnames
from pipeline.extract.persons_clauses import institution_country, read_clauses
from pipeline.extract.persons_counterparts import (  # noqa: F401 (API)
    _counterpart_titles,
    counterpart_office,
)
from pipeline.extract.persons_lexicon import (  # noqa: F401 (tests: the two regexes)
    _generic_minister_regex,
    _honorifics,
    _inner_words,
    _org_regex,
    _speech_regex,
    _title_regex,
    _word_lists,
    is_name_word,
    role_titles,
)
from pipeline.extract.persons_lists import (
    _plural_role_lists,
    _possessive_pairs,
    _shared_plural_titles,
)
from pipeline.extract.persons_offices import _back_spans
from pipeline.extract.persons_runs import (  # noqa: F401 (API, tests)
    _Run,
    _runs,
    _tokens,
    _tokens_general,
)

_PATRONYMIC_BACK = re.compile(r"\b(?:bin|ibn|bint|binti)\s+$")
# a father's name after a patronymic particle is a name word too ("Khalid bin Said Al Habsi")
_PATRONYMIC_GAPS = frozenset({" bin ", " ibn ", " bint ", " binti "})
_AL_FAMILY = frozenset({"Al", "El"})  # the article of an Arabic family name ("Al Said")

# reporting verbs whose object is the listener, not an inverted speaker ("said Yang Jin" is a
# person; "told Reuters", "urged Beijing" need not be)
_LISTENER_VERBS = frozenset({"told", "urged", "asked", "assured", "warned"})
# the definite article right before a capitalised run with no title: a named place or body
# speaking for a government ("the Casa Rosada said", "the Quai d'Orsay said"), not a person
_DEFINITE_BACK = re.compile(r"(?<![\w'’-])[Tt]he[^\S\r\n]+$")
_APPOSITIVE = re.compile(r",\s+(?:an?|the)?\s*[a-z]")  # "X, an associate research fellow …"
# "of the University of Zambia": a body's name right after a name (up to its first lower-case
# word that is no particle of a name)
_INSTITUTION_FWD = re.compile(
    r" (?:of|from|at) the (?:(?:[A-Z][\w'’.&-]*|of|and|for|the|on|in|de)[^\S\r\n]+)*"
    r"[A-Z][\w'’.&-]*"
)
_HYPHENED_MODIFIER = re.compile(r"(?<![\w'’-])([Vv]ice|VICE|[Dd]eputy|DEPUTY)-(?=[A-Za-z])")
_TAG_LINE = re.compile(r"(?:Tags|TAGS|Tagged|Keywords|KEYWORDS|Topics|TOPICS)[^\S\r\n]*:")
_PREV_WORD = re.compile(r"([A-Z][\w'’\-]*)[^\S\r\n]+$")
# "Jane Doe (Bristol North East) (Lab): ...": a parliamentary record labels a member who speaks
# with the constituency and the party tag in brackets
_MEMBER_LABEL = re.compile(
    r"[^\S\r\n]+\((?:[A-Z][\w'’.-]*+|and|&|of|upon|on|the|[^\S\r\n])+\)"
    r"[^\S\r\n]+\([A-Z][A-Za-z&/ -]{0,11}\)[^\S\r\n]*:"
)


def _after_name_word(text: str, m: re.Match, mask: bytearray) -> bool:
    """An honorific that is a word ("Sheikh", "Imam") right after a name word is a surname:
    "Deputy Prime Minister Nadia Sheikh of Ecuador"."""
    if "." in m.group(0):
        return False
    s = m.start()
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    return prev is not None and not mask[prev.start()] and is_name_word(prev.group(1))


# the kinds of a country mention that a capitalised word before it may compound with ("Villa
# Somalia", "Radio Pakistan", "Air India"); a demonym after a name is an appositive's start
_COMPOUND_KINDS = frozenset({"name", "alias", "short"})


def _country_compounds(text: str, runs: list[_Run], hit_by_start: dict) -> None:
    """A lone capitalised word written right before a country's name (one space, no possessive
    or dash after the country) is the first word of a proper noun - a palace, a broadcaster, an
    airline ("Villa Somalia said", "Radio Pakistan reported") -, not a person the sentence marks:
    it keeps no title or evidence and counts only as a word of a name stated elsewhere in the
    document ("Xi told Putin China was ready")."""
    for run in runs:
        if len(run.tokens) != 1 or text[run.end : run.end + 1] != " ":
            continue
        h = hit_by_start.get(run.end + 1)
        if h is None or h[4] not in _COMPOUND_KINDS or text[h[1] : h[1] + 1] in ("'", "’", "-", "–"):
            continue
        run.titles = []
        run.country = None
        run.confirmed = run.licensed = run.counterpart = False


def _fill(mask: bytearray, s: int, e: int) -> None:
    mask[s:e] = b"\x01" * (e - s)


def analyse(
    text: str,
    country_hits: list[tuple],
    cues: tuple[bool, ...] = (True, True, True, True, True),
) -> list[_Run]:
    """Every run of name words in one sentence, with its titles, country and evidence.

    ``country_hits`` are (start, end, surface, iso3, kind) tuples (or
    :class:`~pipeline.extract.countries.CountryHit`) relative to the sentence.  ``cues`` = (may
    hold a title or role noun, an organisation, an honorific, a reporting verb, a delegation or
    succession phrase - :data:`persons_clauses.CLAUSE_CUES`), from the
    vectorised prefilter of :func:`pipeline.extract.persons.extract_persons`; a False skips that
    scan.
    """
    may_title, may_org, may_honorific, may_speech = cues[:4]
    may_clause = cues[4] if len(cues) > 4 else True
    if "ice-" in text or "eputy-" in text:
        # "Japanese Vice-Minister X", "Deputy-Governor Y": the modifier joined by a hyphen reads
        # as the same title with a space (one character for one: offsets stay valid)
        text = _HYPHENED_MODIFIER.sub(r"\1 ", text)
    if text[:1] in "TtK" and _TAG_LINE.match(text):
        # a line of tags ("Tags: Pakistan, Egypt, ISPR, CJCSC, Nile Falcon") lists keywords:
        # nothing in it is the title, style or speaker of the word next to it
        may_title = may_org = may_honorific = may_speech = may_clause = False
    stop = _word_lists()[0]
    # capitalised words only ("al-Sisi" included); lower-case particles are read from the gaps
    tokens = _tokens(text)
    # cheap exit: no capitalised word that could be a name (stop words and countries aside)
    if country_hits:
        country_starts = {h[0] for h in country_hits}
        for t in tokens:
            if t[2] not in stop and t[0] not in country_starts:
                break
        else:
            return []
    else:
        for t in tokens:
            if t[2] not in stop:
                break
        else:
            return []

    atoms = title_atoms(text) if may_title else []
    if atoms and (" bin " in text or " ibn " in text or " bint " in text or " binti " in text):
        # after a patronymic particle comes a father's name, never a title: "Hamad bin Sultan"
        atoms = [
            a for a in atoms if _PATRONYMIC_BACK.search(text, max(0, a.start - 8), a.start) is None
        ]
    # characters that belong to a country, title, organisation or honorific: never a name
    mask = bytearray(len(text) + 1)
    for h in country_hits:
        mask[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
    for a in atoms:
        mask[a.start : a.end] = b"\x01" * (a.end - a.start)
    words = None
    org_re, org_first = _org_regex()
    if may_org and org_re is not None:
        words = {t[2] for t in tokens}
        if not words.isdisjoint(org_first):
            for m in org_re.finditer(text):
                if m.start() == 0 or not text[m.start() - 1].isalnum():
                    _fill(mask, m.start(), m.end())
    hon_re, _, hon_first = _honorifics()
    honorifics = {}
    if may_honorific:
        if words is None:
            words = {t[2] for t in tokens}
        if not words.isdisjoint(hon_first):
            last_end = -1
            for m in hon_re.finditer(text):
                s = m.start()
                if s == 0:
                    honorifics[m.end()] = m
                    last_end = m.end()
                    continue
                if mask[s] or text[s - 1].isalnum() or text[s - 1] == ".":
                    continue  # "Crown Prince": a title's word
                # honorifics in a row ("the Rt Hon Dame X"): the one before is no name word
                in_row = last_end >= 0 and not text[last_end:s].strip()
                if in_row or not _after_name_word(text, m, mask):
                    honorifics[m.end()] = m
                    last_end = m.end()
            for m in honorifics.values():
                _fill(mask, m.start(), m.end())

    # per word: can it be part of a name here? (not a stop word, acronym, country, title …)
    good = [not (mask[s] or mask[e - 1]) and is_name_word(tok) for s, e, tok in tokens]
    # an Arabic family name after "Al" is a name even when the word is a stop word elsewhere
    # ("Qais bin Talal Al Said", while "Minister Said" in a headline is a verb)
    # (only the tokens right after an "Al"/"El" token can change: the others are not visited)
    for k in ([k for k in range(1, len(tokens)) if tokens[k - 1][2] in _AL_FAMILY]
              if ("Al" in text or "El" in text) else ()):
        s, e, tok = tokens[k]
        ps, pe, prev = tokens[k - 1]
        if (not good[k] and good[k - 1] and s == pe + 1
                and tok[:1].isupper() and not tok.isupper() and not (mask[s] or mask[e - 1])):
            good[k] = True
    # a stop word that is also a given name ("Said") is a name word between two name words
    # ("President Halima Said Mrema"); elsewhere it stays a stop word ("Minister Said ...")
    inner = _inner_words()
    # (a substring test first: splitting every sentence costs more than the rare hit)
    for k in range(1, len(tokens) - 1 if inner and any(w in text for w in inner)
                   and not inner.isdisjoint(text.split()) else 0):
        s, e, tok = tokens[k]
        if (tok in inner and not good[k] and good[k - 1] and good[k + 1]
                and (tokens[k - 1][1] + 1 == s or text[tokens[k - 1][1] : s] in _PATRONYMIC_GAPS)
                and e + 1 == tokens[k + 1][0]
                and not (mask[s] or mask[e - 1])):
            good[k] = True
    if may_title and " of " in text:
        body_tail_words(text, tokens, good)
    if CAPS_AFTER_WORD.search(text) is not None:
        leads = (frozenset(a.end for a in atoms) | frozenset(honorifics)
                 if atoms or honorifics else frozenset())
        if leads and country_hits:
            leads |= title_country_ends(text, leads, country_hits)
        caps = caps_surnames(text, tokens, good, mask, leads)
    else:
        caps = False
    if country_hits and any(good):
        # "Tomás Echeverría Lagos,": a place that closes a name is its last word
        place_surnames(text, tokens, good, mask, country_hits)
    if not any(good):
        return []  # no name word (a weak head needs one after it): no run

    runs = _runs(text, tokens, good, mask, stop, atoms, honorifics)
    if caps:
        recase_runs(runs)  # "Kenji ARAKAWA" -> "Kenji Arakawa"
    heads = "head of " in text or "hief of " in text or "eader of " in text
    if not (atoms or honorifics or may_speech or (may_title and heads)) or not runs:
        return runs  # nothing in the sentence can mark a person: only known names will count
    atom_by_end = {a.end: a for a in atoms}
    atom_by_start = {a.start: a for a in atoms}
    hit_by_end = {}
    place_by_end = {}
    hit_by_start = {}
    for h in country_hits:
        if h[4] in ACTOR_KINDS:
            hit_by_end[h[1]] = h
            hit_by_start[h[0]] = h
        else:
            place_by_end[h[1]] = h
    after_re, _before_re, appos_re = _speech_regex()
    speech_verbs = _word_lists()[2]
    # (a name ends for what follows it after its post-nominal letters: "X, M.P., Minister of ...")
    run_ends = frozenset(r.end for r in runs) | (
        {after_post_nominals(text, r.end) for r in runs} if "," in text else frozenset()
    )
    # a remit ("Special Envoy for Yemen X") or a named body ("the head of Sudan's Sovereignty
    # Council, X") may stand between a title and the name
    may_back = _back_spans(text, atoms, heads) if (heads or " for " in text or " of " in text) else ()
    aides = may_title and " to " in text and (" to the " in text or " to PM " in text)
    careers = bool(atoms) and (" as " in text or " to be " in text)
    for run in runs:
        _read_before(text, run, honorifics, atom_by_end, hit_by_end, place_by_end, run_ends,
                     atom_by_start, may_back)
        if aides and (aide := aide_office(text, run.start)) is not None:
            # "Press Secretary to the President X": X holds the aide's office, not the President's
            principal = normalised_title(aide[1])
            # ("... to the Minister for Foreign Trade X": nor the principal's office with its
            # portfolio)
            portfolio = aide[0].partition(" to the ")[2]
            principals = {principal, normalised_title(portfolio)} if portfolio else {principal}
            run.titles = [aide[0], *(t for t in run.titles if t not in principals)]
            run.licensed = run.confirmed = True
        if run.weak_head:
            had = len(run.titles)
            _read_after(text, run, atom_by_start, hit_by_start, run_ends)
            if len(run.titles) > had:
                # "He met To Lam, General Secretary of ...": a title appositive makes it a name
                run.weak_head = False
        else:
            _read_after(text, run, atom_by_start, hit_by_start, run_ends)
        if careers:
            career_after(text, run, atom_by_start, hit_by_start)
        if text[run.end : run.end + 2] == " (" and _MEMBER_LABEL.match(text, run.end):
            if "Member of Parliament" not in run.titles:
                run.titles.append("Member of Parliament")
            run.licensed = run.confirmed = True
        if run.titles and run.country is None and (
            "served" in text or "posted" in text or "represent" in text
        ):
            _posted_after(text, run, country_hits)
        if run.confirmed and run.country is None and (
            not run.titles or role_titles().issuperset(run.titles)
        ) and (_APPOSITIVE.match(text, run.end) or text.startswith(" of the ", run.end)
               or text.startswith(" from the ", run.end) or text.startswith(" at the ", run.end)):
            # "X, a professor at the University of Dhaka", "economist X of the University of
            # Zambia": the institution's country (a name after "of the" is the body's only)
            inst = _INSTITUTION_FWD.match(text, run.end)
            scope = text[: inst.end()] if inst is not None else text
            run.country = institution_country(scope, run.end, country_hits)
        # (a weak head may be dropped later: "The Palacio Quemado said" is read without "The")
        body_start = run.spans[1][0] if run.weak_head else run.start
        if (not run.confirmed and len(run.tokens) >= 2
                and not _DEFINITE_BACK.search(text, max(0, body_start - 4), body_start)):
            stop_at = run.end + 400
            if (
                after_re.match(text, run.end, stop_at)
                or appos_re.match(text, run.end, stop_at)
                or (
                    (verb := text[max(0, run.start - 24) : run.start].rstrip().rpartition(" ")[2])
                    in speech_verbs
                    and verb not in _LISTENER_VERBS
                )
            ):
                run.confirmed = True
    if country_hits:
        _country_compounds(text, runs, hit_by_start)
    if " of " in text or " for " in text:
        body_portfolio_runs(text, runs)  # "the Ministry of Water Resources said"
    if len(runs) > 1 and ("'s " in text or "’s " in text):
        _possessive_pairs(text, runs, hit_by_end)
    if may_clause:
        read_clauses(text, runs, country_hits, atom_by_start)
    if (country_hits and (MESSAGE_CUE in text or " of " in text)
            and any(w in text for w in MESSAGE_NOUNS)):
        message_senders(text, runs, country_hits)  # "the Kenyan envoy delivered a message from X"
    if "counterpart" in text or "opposite number" in text:
        _counterpart_titles(text, runs, atoms)
    if len(runs) > 1 and any(a.plural for a in atoms):
        _shared_plural_titles(text, runs, atom_by_end, hit_by_start)
        if country_hits:
            _plural_role_lists(text, runs, atom_by_end, hit_by_end)
    return runs
