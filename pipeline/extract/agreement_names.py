"""Names of agreement instruments: grow an instrument phrase to its capitalised title
("the Accra Declaration", "Protocol amending the Agreement on Border Crossings") or to its
lower-case complement ("an agreement to share a fleet of aircraft"), and clean the name."""

from __future__ import annotations

import bisect
import re

from pipeline.extract.agreement_context import _INF, _Inst
from pipeline.extract.agreement_lexicon import _is_plural, _lex

# Capitalised function words that start a sentence but never a title.
_SENTENCE_WORDS = frozenset(
    "The A An In On Under Since After Before During With For By As At From To Following Both This "
    "That These Those Its Their Our His Her When While And But Also Meanwhile Later Earlier Then "
    "Last Next Over Among Through Upon Into Of It They We He She There Here Today Yesterday Separately "
    "Signing Sign Signed Key Highlights "
    # determiners of one more of a set ("Another MoU between X and Y covers ...")
    "Another Other Each Every Either Neither".split()
)
_QUANTIFIERS = frozenset(
    "several multiple many some various numerous other two three four five six seven eight nine ten "
    "dozens a an all more".split()
)
_CARDINALS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
# words that go on a title to a title word after them; the verbs name an instrument acting on another
# ("Protocol amending the Agreement on Border Crossings" is one protocol)
_NAME_CONNECTORS = frozenset(
    "of on in for to and the a an between concerning regarding amending amend extending extend supplementing "
    "supplement implementing implement "
    # "with" only before an article: "Community with a Shared Future" (not "the Agreement with Japan")
    "with "
    # particles of Romance, Dutch and German place and person names ("Treaty of the Río de la Plata")
    "de del la las los el da das dos di du le van von der den".split()
)
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’.\-–—]*[\w]|[A-Za-z0-9]")
_YEAR_RANGE_RE = re.compile(r"^(?:19|20)\d\d(?:[-–—](?:19|20)?\d\d)?$")
_WEEKDAY_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DETERMINER_RE = re.compile(r"(?i)^(?:the|a|an|this|these|that|those|its|their|his|her|our)\b")
_COMPLEMENT_END_RE = re.compile(
    r"\s+(?:was|were|is|are|has|have|had|will|would)\s|"
    r"\s+(?:in|at|on|during|with|between|to|which|that|under|after|before|while|and\s+(?:said|agreed|"
    r"vowed))\s+(?=[A-Z0-9])|[,.](?!\d)|[;:!?()\"“”…›»]|\s+(?:which|that|who|while|during|at|after|before)\b"
    # "... defence cooperation together with the two ministers": a companion, not the topic
    r"|\s+(?:together|along)\s+with\b"
    # "an MoU on tea trade in line with the Look Africa Policy": the purpose or frame, not the topic
    r"|\s+(?:in\s+line\s+with|in\s+accordance\s+with|as\s+part\s+of|within\s+the\s+framework\s+of|aimed\s+at|"
    r"with\s+a\s+view\s+to|so\s+as\s+to|in\s+order\s+to)\b"
    # "an MoU on defence cooperation signed between the two countries in 2019": a reduced relative clause
    r"|\s+(?:signed|inked|concluded|initialled|initialed|issued|adopted|ratified|reached)\s+(?:by|between|in|on|at|during|last|earlier|this|with)\b"
    # "since the agreement on the use of identity cards entered into force": the verb of its clause
    r"|\s+(?:entered|enters|enter|came|comes|come|took|takes|take|went|goes)\s+(?:into\s+(?:force|effect)|effect)\b"
    r"|\s+(?:became|becomes|become)\s+(?:effective|operational|binding)\b"
    r"|\s+and\s+(?:also\s+)?(?:said|agreed|vowed|pledged|decided|announced|called|expressed|discussed|signed|"
    r"reviewed|noted|stressed|reaffirmed|welcomed|exchanged|launched|held|will|would"
    # "a joint statement on X and witnessed the signing of ...": a second predicate of the leaders
    r"|witnessed|attended|oversaw|presided|hailed|praised|endorsed|approved|adopted|issued|released|"
    r"unveiled|emphasi[sz]ed|underlined|highlighted|urged|invited|thanked|congratulated|inked|"
    r"concluded|initialled|initialed|sealed|then)\b"
    # "a memorandum on fisheries and another on tourism": a second instrument by ellipsis
    r"|\s+(?:and|or)\s+(?:another|one)\s+(?:on|to|for|concerning|regarding)\b"
)
# "... and a (renewed) protocol", ", as well as an MoU": what opens a second instrument
_NEXT_INSTRUMENT_RE = re.compile(
    r",?\s+(?:and|or|as\s+well\s+as|plus)\s+(?:an?|another|the|one"
    # "a joint declaration on the cable and twelve agreements": a counted batch after it
    r"|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|"
    r"several|multiple|various|dozens\s+of|a\s+dozen|a\s+(?:number|batch|series|set|package)\s+of)\s+(?:[\w-]+\s+){0,2}$"
)
_PAREN_GAP_RE = re.compile(r"\s*\(\s*")
# a serial list of title words: "Agreement on Economic, Trade and Technical Cooperation"
# (also when the series ends the title on an abstract noun: "Treaty of Friendship, Good Neighbourliness and
# Cooperation was signed", not a list of countries: "the Treaty of Friendship, Mali and Niger")
_SERIAL_TITLE_RE = re.compile(
    r",\s(?:[A-Z][\w-]*\s){1,2}(?:and|&)\s(?:[A-Z][\w-]*\s[A-Z]"
    r"|[A-Z][a-z]+(?:tion|sion|ship|ness|ment|ity|erce|ence|ance)\b(?<!France)(?!\s[A-Z]))")
_ON_RE = re.compile(r"\s+on\s+")
# an infinitive complement naming an instrument's purpose ("an agreement to share a fleet of aircraft")
_TO_VERB_RE = re.compile(r"\s+to\s+(?!(?:be|the|a|an|this|that|these|those|its|their|his|her|our|further)\b)(?=[a-z])")
# (also "for": "Agreement between A and B for an Economic Partnership", "... for the Avoidance of ...")
# (an organisation's "for" has no article: "the Institute for Public Administration of B")
_TITLE_TAIL_RE = re.compile(r"\s(?:(?:on|concerning|regarding)\s+(?:(?:a|an|the)\s+)?|for\s+(?:a|an|the)\s+)[A-Z]")
_DASHES_RE = re.compile(r"[—–]")
# a participle naming the instrument an amending instrument acts on ("a protocol upgrading the pact", "an
# addendum extending the accord"): one instrument, named by its head and the participle phrase
_ACTING_ON_RE = re.compile(
    r"\s+(?=(?:amending|upgrading|extending|supplementing|revising|modifying|updating|renewing|replacing|"
    r"implementing)\s+(?:the|an?|its|their|this|that)\s)")
# a purpose complement ("an agreement for the avoidance of double taxation", "an executive programme for
# cultural cooperation"), not a duration, a time or the parties ("for five years", "for the first time",
# "for the two countries")
_FOR_RE = re.compile(r"\s+for\s+(?=(?:(?:the|a|an)\s+)?[a-z])(?!(?:(?:the|a|an)\s+)?(?:first|second|third|next|last|"
                     r"period|term|years?|months?|days?|decades?|duration|time|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twelve|fifteen|twenty|thirty|fifty|several|many|some|another|more|up|over|both|each|all|further|"
                     r"extension|renewal|signature|signing|ratification|approval|review|consideration|"
                     # (a relative clause, a pronoun's object, a sum or an end other than the instrument's
                     # subject: "an agreement for which ...", "for this purpose", "for a total of $5
                     # million", "for the benefit of their peoples")
                     r"which|what|whom|whose|this|that|these|those|it|its|their|his|her|our|such|example|instance|"
                     r"purposes?|benefit|sake|total|sum|amount|value|cost|price|free)\b)")
_OCCASION_RE = re.compile(r"(?i)the\s+(?:sidelines|occasion|same|day|eve|basis)\b")
_PREP_TAIL_RE = re.compile(r"\s+(?:on|in|at|since|from|of|for)?\s*$")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m[0]) for m in _WORD_RE.finditer(text)]


def _is_title_word(tok: str) -> bool:
    first = tok[:1]
    return first.isupper() or (first in ("1", "2") and _YEAR_RANGE_RE.match(tok) is not None)


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


# a party's acronym in brackets right after its name: " (JOGMEC)", " (EDB)" (the acronym in group 1)
_PARTY_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,11})\)(?=\s)")


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Only spaces (no punctuation) between offsets a and b."""
    return text[a:b].strip() == ""


def _token_at(toks: list[tuple[int, int, str]], pos: int) -> int | None:
    """Index of the token containing character ``pos`` (tokens are sorted and disjoint)."""
    i = bisect.bisect_right(toks, (pos, _INF)) - 1
    if i >= 0 and toks[i][0] <= pos < toks[i][1]:
        return i
    return None


def _extend_name(text: str, inst: _Inst, toks: list[tuple[int, int, str]], heads: list[tuple[int, int]],
                 blocked: list[tuple[int, int]], left_blocked: list[tuple[int, int]] | None = None) -> None:
    """Grow ``inst`` to its capitalised title (left and right) and record nested heads; a place
    right before the title is part of it ("the Accra Declaration"), one after it is not ("the
    Agreement in Accra"): ``left_blocked`` (default ``blocked``) stops the left extension."""
    if left_blocked is None:
        left_blocked = blocked
    # first and last token of the head (tokens are sorted and disjoint)
    i0 = _token_at(toks, inst.head_start)
    i1 = _token_at(toks, inst.head_end - 1)
    if i0 is None or i1 is None:
        return
    head_tok = toks[i0][2]
    acronym = " " not in inst.surface and sum(map(str.isupper, inst.surface)) >= 2
    inst.titled = head_tok[:1].isupper() and not acronym  # "MoU", "FTA" are not titles by themselves
    # left: contiguous title words
    start_i = i0
    j = i0 - 1
    while j >= 0:
        s, e, t = toks[j]
        if not _gap_ok(text, e, toks[j + 1][0]):
            break
        if t in _LEFT_CONNECTORS and j >= 1 and start_i == j + 1 and _gap_ok(text, toks[j - 1][1], s):
            # "Trade in Goods Agreement", "Avoidance of Double Taxation Agreement": a connector between
            # title words (the word before it is checked as a title word in the next round)
            pt = toks[j - 1][2]
            if _is_title_word(pt) and pt not in _SENTENCE_WORDS and not pt.endswith(("'s", "’s")):
                j -= 1
                continue
        if t.endswith(("'s", "’s")) or not _is_title_word(t) or _in_spans(s, left_blocked):
            break
        if t.lower() in _CARDINALS and t[:1].isupper() and start_i < i0 and head_tok[:1].isupper() \
                and not _is_plural(inst.surface):
            # "the Four Freedoms Agreement": a number before a singular head counts nothing; it is
            # the title's first word
            start_i = j
            j -= 1
            continue
        if t in _SENTENCE_WORDS or t.lower() in _QUANTIFIERS:
            break
        if j == 0 and not head_tok[:1].isupper():
            break  # "Several memoranda ...": a capital that only starts the sentence
        start_i = j
        j -= 1
    # right: connectors followed by a title word
    end_i = i1
    k = i1 + 1
    between_at: int | None = None
    kept = False  # (a lower-case head past "between" or "amending": its title goes on)
    skipped: set[int] = set()  # a party's acronym in brackets ("between the Energy Agency (EA) and ...")

    def gap_ok(i: int, b: int) -> bool:  # only spaces after token i (or the bracket closing its acronym)
        return _gap_ok(text, toks[i][1], b) or (i in skipped and text[toks[i][1]:b].strip() == ")")

    while k < len(toks):
        s, e, t = toks[k]
        if between_at is not None and k + 1 < len(toks) and k - 1 not in skipped:
            am = _PARTY_ACRONYM_RE.match(text, toks[k - 1][1])
            if am is not None and am.span(1) == (s, e) and toks[k + 1][2].lower() in _NAME_CONNECTORS:
                # "an MoU between Japan Organization for Metals and Energy Security (JOGMEC) and ...": the
                # acronym a party is defined with stands inside the parties, not at the title's end
                skipped.add(k)
                k += 1
                continue
        if not gap_ok(k - 1, s) and not (
            k > i1 + 1 and _is_title_word(toks[k - 1][2]) and _SERIAL_TITLE_RE.match(text, toks[k - 1][1])
        ) and not (
            # "the Treaty on Sharing of the Ganga/Ganges Waters": two spellings of one title word
            k > i1 + 1 and text[toks[k - 1][1]:s] == "/" and _is_title_word(toks[k - 1][2]) and _is_title_word(t)
        ):
            break
        if k == i1 + 1 and _lex().cue_re.match(text, s) is not None:
            break  # "Seven Agreements Signed", "SEVEN AGREEMENTS SIGNED": a headline's verb, no title word
        if _is_title_word(t) and not _in_spans(s, blocked) and not t.isdigit():
            end_i = k
            k += 1
            continue
        # connectors
        m = k
        conns = []
        while m < len(toks) and toks[m][2].lower() in _NAME_CONNECTORS and gap_ok(m - 1, toks[m][0]):
            conns.append(toks[m][2].lower())
            m += 1
        if not conns or m >= len(toks) or not _gap_ok(text, toks[m - 1][1], toks[m][0]):
            break
        if head_tok[:1].islower() and not kept and not _KEEP_LOWER_CONNECTORS.intersection(conns):
            break  # "a memorandum of understanding on the Lamu port corridor": a complement, no title
        nxt = toks[m]
        # "the Treaty of Lima": a place after "of" names a titled instrument (not "the Agreement in Accra")
        place_of = conns == ["of"] and inst.titled and not _in_spans(nxt[0], left_blocked)
        if not (_is_title_word(nxt[2]) and not nxt[2].isdigit()) or (_in_spans(nxt[0], blocked) and not place_of):
            break
        if conns[0] == "and" and toks[k - 1][2][:1].islower():
            break
        if conns[0] == "with" and (len(conns) < 2 or conns[1] not in ("a", "an")):
            break  # "the Agreement with Japan": a party, not the title
        if conns[0] in ("and", "or") and "the" in conns and any(h[0] == nxt[0] for h in heads):
            break  # "the Agreement on X and the Agreement on Y": a second titled instrument
        if ("a" in conns or "an" in conns) and conns[0] not in ("on", "concerning", "regarding", "for", "with") \
                and not (conns[0] == "of" and k - 1 > i1 and not toks[k - 1][2][:1].islower()):
            # ("Agreement on the Dispatch of a Medical Team": "of a" after a title word past the head goes on)
            break  # "... Agreement and a Protocol": a second instrument; "Agreement on a Closer ..." goes on
        if "between" in conns and between_at is None:
            between_at = k
        kept = kept or bool(_KEEP_LOWER_CONNECTORS.intersection(conns))
        end_i = m
        k = m + 1
    inst.start = toks[start_i][0]
    inst.end = toks[end_i][1]
    # nested instrument heads inside the name
    inst.absorbed = [(s, e) for s, e in heads if inst.start <= s and e <= inst.end and (s, e) != (inst.head_start, inst.head_end)]
    if between_at is not None:
        bstart = toks[between_at][0]
        nested_before = any(inst.head_end <= s and e <= bstart for s, e in inst.absorbed)
        if not nested_before:
            # a "between" right after the head names the parties: keep it out of the name
            # unless the title goes on after it ("Agreement between A and B on Avoidance of ...")
            inst.between = (bstart, inst.end)
            tail = _TITLE_TAIL_RE.search(text[bstart:inst.end])
            if tail is not None:
                # "Joint Statement between A and B on Further Deepening ...": the parties end at the title's tail
                inst.between = (bstart, bstart + tail.start())
            if tail is None:
                inst.end = toks[between_at - 1][1]
                inst.absorbed = [(s, e) for s, e in inst.absorbed if e <= inst.end]
    # a title that sits inside a longer non-instrument title ("Summit for a New ... Pact")
    # (only over spaces: "... in Norway, and the Glomma Convention" is no longer title)
    j = start_i - 1
    conns = 0
    while j >= 0 and toks[j][2].lower() in ("a", "an", "the", "for", "of", "on", "to", "at", "in", "and") \
            and _gap_ok(text, toks[j][1], toks[j + 1][0]):
        conns += 1
        j -= 1
    # (a place is no title: "the signing in Brasília of the Memorandum on X" tells where it was signed)
    if conns and j >= 0 and _is_title_word(toks[j][2]) and toks[j][2] not in _SENTENCE_WORDS and j > 0 \
            and _gap_ok(text, toks[j][1], toks[j + 1][0]) and not _in_spans(toks[j][0], blocked):
        inst.embedded = True


# what still extends a lower-case head over title words: its parties, or an instrument it acts on
# ("a protocol amending the Convention on ...")
_KEEP_LOWER_CONNECTORS = frozenset(
    "between amending amend extending extend supplementing supplement implementing implement".split()
)
_LEFT_CONNECTORS = frozenset(("of", "in", "on", "for", "and", "&"))


def _clean_name(s: str) -> str:
    if "—" in s or "–" in s:
        s = _DASHES_RE.sub("-", s)
    s = s.replace("’", "'")
    # runs of whitespace to one space (str.split splits at exactly the characters \s matches)
    return " ".join(s.split()).strip(" ,.;:")


_PARTY_GLUE_RE = re.compile(r"(?i)^(?:[\s,/&-]|\b(?:and|the|bilateral|two|new)\b)*$")


def _only_parties(pre: str) -> bool:
    """The words before a head are only countries (and their glue): "Franco-Armenian", "China-Pakistan"."""
    from pipeline.extract.countries import find_countries  # (the country lexicon, loaded once)

    hits = find_countries(pre)
    if not hits:
        return False
    rest, pos = [], 0
    for h in hits:
        rest.append(pre[pos : h.start])
        pos = h.end
    rest.append(pre[pos:])
    return _PARTY_GLUE_RE.match("".join(rest)) is not None


_POSSESSIVE_ENDS = frozenset({"'s", "’s", "'", "’"})


def _finish_name(text: str, inst: _Inst, dates: list[tuple[int, int]], is_plural: bool,
                 heads: list[tuple[int, int]]) -> None:
    """Decide the mention's name from its extended span or an "on" complement."""
    if inst.end > inst.head_end and text[inst.head_end : inst.end] in _POSSESSIVE_ENDS:
        inst.end = inst.head_end  # "the treaty's results": a possessive ending, no word of a title
    name = _clean_name(text[inst.start : inst.end])
    head = _clean_name(inst.surface)
    extended = inst.start < inst.head_start or inst.end > inst.head_end
    if extended and is_plural and inst.end <= inst.head_end and _only_parties(text[inst.start : inst.head_start]):
        return  # "the signing ceremony of Franco-Armenian agreements": the parties of a batch, no title
    if extended and name.lower() != head.lower():
        if not inst.titled:
            # "China-Pakistan free trade agreement": a title with a lower-case head
            pre = _clean_name(text[inst.start : inst.head_start])
            post = _clean_name(text[inst.head_end : inst.end])
            name = " ".join(x for x in (pre, head.title() if head.islower() else head, post) if x)
        if inst.type == "free_trade_agreement" and head.upper() == "FTA" and name.endswith(" " + head):
            # "the China-Cambodia FTA" is the China-Cambodia Free Trade Agreement (one name, one fact)
            name = name[: -len(head)] + "Free Trade Agreement"
        inst.name = name
        return
    # singular instrument + "on <complement>" -> descriptive name ("Protocol on phytosanitary
    # requirements ...", also past a "between" naming the parties); "to <verb> ..." too ("a
    # protocol to speed up the rail link")
    if is_plural or (inst.titled and extended):
        return
    at = inst.between[1] if inst.between and inst.between[0] >= inst.head_end else inst.head_end
    _complement_name(text, inst, dates, heads, at)


def _complement_name(text: str, inst: _Inst, dates: list[tuple[int, int]], heads: list[tuple[int, int]],
                     at: int) -> None:
    """Name ``inst`` by its head and the "on ..." / "to <verb> ..." / "amending ..." complement starting at ``at``."""
    m = _ON_RE.match(text, at) or _TO_VERB_RE.match(text, at) or _ACTING_ON_RE.match(text, at) or _FOR_RE.match(text, at)
    if not m:
        return
    if m.re is _FOR_RE and (inst.type == "other" or inst.generic):
        return  # "the legal framework for the pipeline", "a plan for X": no instrument named by its purpose
    comp_start = m.end()
    rest = text[comp_start:]
    if _DETERMINER_RE.match(rest) is None and not rest[:1].islower():
        return
    if inst.titled and _PAREN_GAP_RE.match(text, inst.head_end) is not None:
        return
    if _WEEKDAY_RE.match(rest) or _in_spans(comp_start, dates):
        return
    if _OCCASION_RE.match(rest):
        return
    end = comp_start + _complement_end(rest, dates, comp_start)
    if m.re is _ACTING_ON_RE:
        # "a protocol upgrading the pact took effect ...": the acted-on instrument ends the phrase
        acted = [he for hs, he in heads if comp_start < hs < end]
        if acted:
            end = min(acted)
    for hs, _he in sorted(heads):
        # "an agreement on water use and a protocol on checkpoints": a second instrument after
        # "and a" ends the first one's complement
        if comp_start < hs < end:
            cm = _NEXT_INSTRUMENT_RE.search(text, comp_start, hs)
            if cm is not None:
                end = cm.start()
                break
    if end - comp_start < 3:
        return
    inst.complement_end = end
    inst.absorbed = inst.absorbed + [
        (s, e) for s, e in heads if inst.head_end <= s and e <= end and (s, e) not in inst.absorbed
    ]
    full = _clean_name(text[inst.head_start : inst.head_end] + " " + text[m.start() : end])
    inst.name = full[:1].upper() + full[1:]
    inst.end = max(inst.end, end)


def _complement_end(rest: str, dates: list[tuple[int, int]], offset: int) -> int:
    """Length of an "on ..." complement: up to a place, date, clause break or punctuation."""
    cut = len(rest)
    m = _COMPLEMENT_END_RE.search(rest)
    if m:
        cut = m.start()
    for s, _e in dates:
        if offset <= s < offset + cut:
            # " on Wednesday", " in 2025": cut before the preposition
            pre = rest[: s - offset]
            pm = _PREP_TAIL_RE.search(pre)
            cut = pm.start() if pm else s - offset
    return cut
