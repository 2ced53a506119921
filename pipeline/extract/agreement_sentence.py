"""Agreement mentions of one sentence: instruments with their names, types, quantities, dates,
parties and topics (see :mod:`pipeline.extract.agreements` for the rules).

:func:`find_agreements` works on one sentence and the facts the frame stage gathered for it
(:class:`SentenceContext`); :func:`lead_signing` reads the lead sentence of a list.  All regular
expressions are compiled once.  This module finds the instruments and their signing cues and
assembles the rows; the parts live in modules of their own:

* :mod:`~pipeline.extract.agreement_context`: :class:`SentenceContext` and the instrument record;
* :mod:`~pipeline.extract.agreement_lexicon`: the compiled lexicons and per-surface lookups;
* :mod:`~pipeline.extract.agreement_names`: instrument names (titles and complements);
* :mod:`~pipeline.extract.agreement_topics`: topics (:func:`split_topics`);
* :mod:`~pipeline.extract.agreement_counts`: counts of instruments;
* :mod:`~pipeline.extract.agreement_cues`: pending and late cues, distance to a signing cue;
* :mod:`~pipeline.extract.agreement_dates`: dates, references to earlier instruments, fallbacks;
* :mod:`~pipeline.extract.agreement_parties`: parties and titles naming them;
* :mod:`~pipeline.extract.agreement_kinds`: titles hiding their type, parenthesised types,
  commercial deals, consensus verbs.

Round 9: a count over a series of instrument words is one batch ("fourteen agreements, memoranda of
understanding and executive programmes were signed"); an example of a batch shares its clause and
date; a counted part of a counted batch ("14 documents, including four MoUs") is no row; an
instrument word in parentheses after a title says its type ("(amending protocol)"); uncounted
"deals worth $X" are commercial contracts; "reached an agreement on X" is a consensus; named
instruments whose title hides their type come from ``lexicons/agreement_titles.csv``.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.agreement_acronyms import uses as acronym_uses
from pipeline.extract.agreement_anniversaries import anniversary_before, years_ago_before, years_before
from pipeline.extract.agreement_context import _ACTOR_KINDS, _INF, SentenceContext, _Inst, list_colon
from pipeline.extract.agreement_counts import _count_inline_batch, _one_counted_batch, _quantity_span_before
from pipeline.extract.agreement_cumulative import is_cumulative_total
from pipeline.extract.agreement_backrefs import is_implementation_reference, is_legal_basis_reference
from pipeline.extract.agreement_clauses import party_clause
from pipeline.extract.agreement_contents import announced_by_instrument
from pipeline.extract.agreement_definites import is_told_plural
from pipeline.extract.agreement_entries import entry_date_start
from pipeline.extract.agreement_cues import _CLAUSE_BREAK_RE, _bind_pending, _late_cue, _pending, _signed_dist
from pipeline.extract.agreement_dates import (
    _RANK,
    _YEAR_RE,
    _after_reference,
    _anchored_end,
    _dated_reference,
    _fallback_date,
    _finest_dates,
    _inline_list,
    _not_a_back_reference,
    _reference_year,
    _year_before_name,
    has_period,
    possessive_event_dates,
)
from pipeline.extract.agreement_amended import amended_reference, reference_name
from pipeline.extract.agreement_appositions import merge_alias_apposition
from pipeline.extract.agreement_own_parts import is_own_part
from pipeline.extract.agreement_kinds import _DEALS_RE, _REACHED_BEFORE_RE, _VALUE_AFTER_RE, _acronym_type, _paren_qualifier, _title_type
from pipeline.extract.agreement_lexicon import _Rx, _cue_role, _instrument_type, _is_generic, _is_plural, _lex
from pipeline.extract.agreement_names import (
    _PAREN_GAP_RE,
    _PREP_TAIL_RE,
    _clean_name,
    _complement_name,
    _extend_name,
    _finish_name,
    _gap_ok,
    _in_spans,
    _tokens,
)
from pipeline.extract.agreement_parties import _parties, _parties_title
from pipeline.extract.agreement_topics import _intro, _topics_after, _topics_for, split_topics
from pipeline.extract.indicator_regex import foldable
from pipeline.extract.questions import is_direct_question

__all__ = ["find_agreements", "lead_signing", "SentenceContext", "split_topics"]

_PERFECT_RE = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+\s+)?(?:signed|inked|concluded|issued)\b|\bsince\b")
# a span of days ("6 - 8 May 2026", "6-8 May"): a visit's days closing a statement's title line
_DAY_RANGE_RE = re.compile(r"\d{1,2}\s*[-–—]\s*\d{1,2}\s+[A-Z]")
_AUX_RE = re.compile(
    r"^(?:[\s,]*(?:which|that|was|were|is|are|has|have|had|been|being|also|jointly|formally|"
    r"successfully|later|then|subsequently|were\s+all|all|respectively|it|they))*[\s,]*$",
    re.I,
)
_PRONOUN_BEFORE_RE = re.compile(r"(?i)\b(?:it|they|them|which|the (?:agreement|treaty|deal|accord))\s*$")
_OPINION_RE = re.compile(r"(?i)\b(?:views|opinions|ideas|notes)\b")
# a preposition between a verb and the instrument ("views were exchanged on the agreement"); "over" and
# "about" before a number are quantifiers ("witnessed the signing of over 30 documents")
_NOT_OBJECT_RE = re.compile(
    r"(?i)\s*(?:on|about|over|regarding|concerning|at|for|with|in|during|under|off)\b"
    r"(?!\s+(?:\d|a\s+dozen|dozens|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|a\s+hundred)\b))"
)
_CO_INSTRUMENT_RE = re.compile(
    # ("the signing of the Notes on X in Cusco, and of a loan agreement ...": the preposition repeated)
    r"(?:(?:\s+(?:in|at|on|during)\s+[^,;:()]{1,40}?)+\s*,\s*(?:and|as\s+well\s+as)\s+(?:of\s+)?(?:an?|the|another)\s+"
    # "signed a protocol to speed up the rail link and a memorandum ...": past the first one's complement
    r"|\s+(?:to|on|for|of|in|at|with)\s+[^,;:()]{1,80}?\s+(?:and|as\s+well\s+as)\s+(?:an?|another|several|"
    r"multiple|various|some|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    # "an agreement on road transport, a protocol on border management and ...": a series
    r"|\s*,\s*(?:an?|another)\s+"
    r"|\s*,?\s*(?:and|or|as\s+well\s+as|together\s+with|along\s+with|alongside|plus)\s+"
    r"(?:of\s+)?(?:(?:an?|the|another|its|their)\s+)?)"
    # "and a batch of eleven sectoral agreements": a collective noun before the count
    r"(?:(?:batch|set|package|series|raft|slew|host|range|bundle|total|number)\s+of\s+)?(?:[\w-]+\s+){0,3}?"
)
# the period an instrument covers, right after it or its lower-case complement: " for 2026-2028", " of cultural
# cooperation for the period 2025-2030", " (2026-2030)"
_PERIOD_AFTER_RE = re.compile(r"(?:\s+(?:of|on|in|for)(?:\s+[a-z][\w'’-]*){1,6}?)?(?:\s+for\s+(?:the\s+)?(?:(?:years?|period)\s+)?(?:of\s+)?(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\b"
                              r"|\s*\(\s*(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\s*\))")
# a clause told as recalled or reported ("... and recalled that the defence pact was signed in Abuja"):
# the background of the sentence's event, not a later clause of it
_RECALLED_THAT_RE = re.compile(
    r"(?i)\b(?:recall(?:ed|ing|s)?|not(?:ed|ing|es)|said|says|stated|added|reaffirmed|welcomed|stressed)\s+that\b")
# a lower-case complement, then a relative clause whose verb is the cue: "an agreement for the
# avoidance of double taxation that entered into force"
_COMPLEMENT_REL_RE = re.compile(
    r"^\s+(?:on|for|of|to)\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z\s-]{0,60}?\s+(?:which|that)\s+"
    r"(?:(?:was|were|is|are|has|have|had|been|also|later|then)\s+)*$"
)
# a relative clause set off by commas between the instrument and its verb ("The agreement, which sets out
# the framework for the 6,000-km line, was signed ...")
# (also its parties set off by commas: "A second memorandum, between X and Y, was signed on the same occasion")
_ASIDE_REL_RE = re.compile(r"^,\s+(?:which|that|between)\s+[^;:()\"“”]{1,160}?,\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+)?$")
# an instrument as the object of a review or revision (signed before, told elsewhere)
_REVIEW_OF_RE = re.compile(
    r"(?i)\b(?:review|reviews|reviewing|revision|revising|renegotiation|renegotiating|upgrad(?:e|ing)|"
    r"moderni[sz](?:ation|ing)|evaluation|assessment)\s+of\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+)?$")
_EXAMPLES_RE = re.compile(r"\b(?:including|among\s+them|amongst\s+them|such\s+as|notably|e\.g\.)\s")
# a batch broken down by kind ("seven instruments, comprising five MoUs and two agreements", "12 deals,
# consisting of four MoUs and eight contracts"): its counted parts are the batch again, not facts of their own
# the batch as the subject of "include" ("The agreements signed on Monday included an accord on X, ..."):
# what follows are its examples; the next items of such a series are joined by commas and "and"
_INCLUDED_RE = re.compile(r"(?i)\b(?:include|includes|included|comprise|comprises|comprised)\s+(?![^,;]*\b(?:signed|inked)\b)")
# (past the rest of the previous item's lower-case complement: "an agreement for the avoidance of double
# taxation and the prevention of fiscal evasion, a memorandum ...")
# (the words of an item's complement, also its period: "a fisheries protocol for 2027-2031, an agreement ...")
_ITEM_COORD_RE = re.compile(r"(?:\s+(?:[a-z][\w'’-]*|(?:19|20)\d\d(?:[-–—/](?:19|20)?\d\d)?)){0,12}"
                            r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)(?:(?:an?|another|the)\s+)?")
# the next example of a batch after a long complement of the previous one, numbers, brackets and titles
# included ("including the Exchange of Notes concerning a loan of 6 billion yen (about 40 million dollars)
# for the Metro Line 2 Project, and a Memorandum on ..."): a serial comma and a coordinator end the gap
_LONG_ITEM_COORD_RE = re.compile(r"^(?:[^;:.!?]|\.(?=\d)){0,240}?,\s*(?:and|as\s+well\s+as)\s+(?:(?:an?|another|the)\s+)?$")
# a second object of a signing verb after the first one's long complement ("signed five MoUs covering trade,
# energy and the training of diplomats, as well as an executive programme ..."): "as well as" coordinates
# noun phrases, not clauses
# (not one with a verb of its own: "..., as well as a free trade agreement that remains in force")
_RELATIVE_AFTER_RE = re.compile(r"\b(?:that|which)\s+(?!(?:provides?|covers?|aims?|seeks?)\b)")
_LONG_AS_WELL_AS_RE = re.compile(r"^(?:[^;:.!?()]|\.(?=\d)){0,240}?,\s*as\s+well\s+as\s+(?:(?:an?|another|the)\s+)?$")
# (not an instrument that opens a clause of its own after the batch: "..., and the free trade agreement
# of 2015 remains in force")
_OWN_CLAUSE_AFTER_RE = re.compile(r"(?:\s+(?:of|from|in)\s+(?:19|20)\d\d)?,?\s+(?:(?:still|also|now)\s+)?"
                                  r"(?:remains?|is|was|are|were|has|have|had|will|would|came|entered|expires?|expired|"
                                  r"continues?|continued|lapsed|needs?|awaits?)\b")
_PARTS_RE = re.compile(r"(?i)\b(?:comprising|comprised\s+of|consisting\s+of|composed\s+of|made\s+up\s+of|"
                       r"of\s+which|namely|i\.e\.|divided\s+into|split\s+into|broken\s+down\s+into)\s")
_CLASSIFYING_RE = re.compile(
    r"\b(?:as|is|was|be|been|being|remains?|remained|became|becomes)\s+"
    r"(?:(?:the|an?|its|their|(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s)\s+)?"
    r"(?:first|second|third|only|largest|biggest|oldest|earliest|latest|most\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?$",
    re.I,
)
# an instrument word modifying the noun after it: "the FTA negotiations", "the Preferential Trade Agreement
# talks", "the treaty's implementation" is no mention of a signed instrument
_MODIFIER_AFTER_RE = re.compile(
    r"(?:\s+|-)(?:negotiations?|negotiating|talks|process|secretariat|mechanism|regime|partners|signatories|"
    r"provisions|text|rounds?|review|consultations|framework|implementation|roadmap|architecture|goals|targets|"
    r"obligations|commitments|compliance|-related|related)\b(?!\s+(?:of|on|for|between)\b)")
# a body named after an instrument, its title ending on the body's noun ("the UAE-Indonesia CEPA Joint
# Committee", "the FTA Joint Commission", "the Treaty Council"): a mechanism, no instrument
# (right after the head: "the Memorandum on the Establishment of a Joint Committee" is an instrument)
_BODY_TAIL_RE = re.compile(r"\s+(?:(?:Joint|Steering|Standing|Ministerial|Implementation)\s+)?(?:Committee|Commission|Council|"
                           r"Working\s+Group|Secretariat|Sub-?[Cc]ommittee)\s*")


def _names_a_body(text: str, inst: _Inst) -> bool:
    """The instrument's title runs on past its head into a body's noun (:data:`_BODY_TAIL_RE`)."""
    return inst.end > inst.head_end and _BODY_TAIL_RE.fullmatch(text, inst.head_end, inst.end) is not None


# a unit of an office named by the instruments it keeps ("the Treaty Section of the Ministry", "the
# Agreements Division"): an office, no instrument
_OFFICE_AFTER_RE = re.compile(r"\s+(?:Section|Division|Office|Department|Branch|Unit|Series|Registry|Database|Directorate)\b")
# "agreement" as a mass noun, without an article: "There was broad agreement on X", "in full agreement",
# "by mutual agreement" (a consensus, not an instrument)
_CONSENSUS_BEFORE_RE = re.compile(
    r"(?i)(?:\bthere\s+(?:was|is|has\s+been|had\s+been)\s+(?:[a-z]+\s+)?|"
    r"(?:^|[^\w\s]\s*|\b(?:was|is|were|are|been|be|reached|found|with|in|by|of|on|and|but)\s+)"
    r"(?:broad|general|full|complete|mutual|unanimous|common|wide|widespread|overall|total|basic|tacit|"
    r"substantial|considerable|much|little|no)\s+)$")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\s+(?:[a-z][\w-]*\s+){0,2}")
# "12 documents, six of them memoranda of understanding": a part of the batch just counted
_PARTITIVE_BEFORE_RE = re.compile(r"(?i)\b[\w-]+\s+of\s+(?:them|which|these|those)\s+(?:(?:are|were|being)\s+)?$")
# "the first such deal", "the 2nd such treaty": a classification of an instrument named before
_SUCH_BEFORE_RE = re.compile(r"(?i)\bsuch\s+(?:[a-z][\w-]*\s+)?$")
_PLAIN_COORD_RE = re.compile(r"\s*,?\s*(?:and|or|&|as\s+well\s+as)\s+")
# the same with a determiner opening the second conjunct ("An agreement on X and an executive programme on
# Y were signed"): a determiner may also open a new clause ("They ratified the treaty and a protocol was
# signed in 2020"), so the shared verb must then be plural
# (past a lower-case complement of the first: "A memorandum on tea research and an executive programme ...";
# the second conjunct singular, so that only the coordination makes the verb plural)
_DET_COORD_RE = re.compile(r"(?:\s+(?:on|for|of|in|concerning|regarding|between|to|with)\b"
                           r"(?:\s+(?:[a-z][\w'’-]*|(?:19|20)\d\d(?:[-–—/](?:19|20)?\d\d)?)){1,10})?"
                           r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:an?|the|one|another)\s+")
_PLURAL_AUX_END_RE = re.compile(r"(?i)\b(?:were|are|have\s+been|had\s+been)\s+(?:(?:also|jointly|formally|duly)\s+)?$")
_SERIES_COMMA_RE = re.compile(r"\s*,\s*")
_COORDINATED_RE = re.compile(r"\s*(?:,|and|or|as well as)\s*(?:and\s+)?")
# between a date and a signing verb: the date ends a coordinated clause of its own ("..., and signed")
_COORD_BEFORE_CUE_RE = re.compile(r"\s*,?\s*(?:and|but)\s+(?:(?:also|later|then|subsequently|jointly|formally)\s+)?")
# between a date and a signing verb: a temporal subordinate clause opens after the date and holds the verb
# ("the first session was held in May 2025, months after the two countries signed ..."): the date is the
# main clause's, the signing is of an earlier (or later) time ("held talks on Wednesday, after which they signed":
# a relative clause going on with the same occasion, the date is the signing's too)
_SUBORDINATE_BEFORE_CUE_RE = re.compile(
    r"(?i)\s*,?\s+(?:(?:just|shortly|soon|long|only|barely|(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|"
    r"few|some|\d+)\s+)?(?:days?|weeks?|months?|years?|decades?))\s+)?(?:after|before|since|following)\s+(?!which\b)[^,;:()]*")
# issuing verbs that do not make a general noun an instrument ("issued documents", "released documents")
_WEAK_CUE_RE = re.compile(r"(?i)issued|adopted|released|produced|yielded|(?:closed|ended|culminated|wrapped\s+up)\s+with")
# what may stand before a document's title: "Full text of the", "Text:"
_HEADING_PREFIX_RE = re.compile(r"(?i)\W*(?:(?:full\s+)?text(?:\s+of)?(?:\s+the)?\s*:?\s*)?")
_PERIOD_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:years?|period)\s+)?(?:of\s+)?$")
# a programme's period in parentheses right after its title: " (" then a range of years "2026-2030"
_RANGE_AT_RE = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\b")
# between an instrument and a range of years it is valid for: " for ", " for the period ", " (for "
# a year of the 16th-19th century right after a day and month ("16 February 1840"), not a count before
# a noun ("on 5 May 1500 troops", "12 March 1650 Omani sailors") nor a clock time ("1600 GMT"): only
# punctuation, a line's or the text's end or a function word may follow it
_OLD_YEAR_NOT_AFTER = (r"(?![\d%]|[.,]\d)(?=[^\S\r\n]*(?:[^\w\s%]|[\r\n]|$)|\s+(?:was|were|is|and|or|in|at|by|on|"
                       r"when|which|between|with|under|the|to|as|that)\b)")
_OLD_YEAR_RE = re.compile(r"(?<![\d$€£¥.,])1[5-8]\d\d" + _OLD_YEAR_NOT_AFTER)
_OLD_YEAR_AFTER_RE = re.compile(r",?\s+(1[5-8]\d\d)" + _OLD_YEAR_NOT_AFTER)


def _before_reference(d: tuple, reference) -> bool:
    """Whether the date ``d`` (start, end, date, precision) lies wholly before the text's reference day (False
    when either is not known to a day, a month or a year)."""
    if reference is None or reference[0] is None or reference[1] != "day" or d[2] is None:
        return False
    ref, day = reference[0], d[2]
    if d[3] == "day":
        return day < ref
    if d[3] == "month":
        return (day.year, day.month) < (ref.year, ref.month)
    if d[3] == "year":
        return day.year < ref.year
    return False


def _old_year(text: str, d: tuple) -> tuple:
    """A day or month date followed by an older year (see ``_OLD_YEAR_RE``) is of that year."""
    m = _OLD_YEAR_AFTER_RE.match(text, d[1])
    if m is None or d[2] is None or d[3] not in ("day", "month"):
        return d
    try:
        return (d[0], m.end(1), d[2].replace(year=int(m.group(1))), d[3])
    except ValueError:  # (29 February of a common year)
        return d


# a comma closing a participle clause before the sentence's main verb ("..., signed in 2014, was revised by")
_MAIN_VERB_GAP_RE = re.compile(r",\s+(?:was|were|is|are|has|have|had)\b")
# a second predicate of the signatories telling a plan ("... and agreed to hold the first round in May"): its
# date is the plan's, not the signing's
_INTENT_PREDICATE_RE = re.compile(r"\s(?:and|but)\s+(?:also\s+|further\s+)?(?:agreed|decided|resolved|vowed|pledged|promised|"
                                  r"undertook|planned|committed|intend|intended)\s+to\b")
# the infinitive of a planned event after such a predicate ("agreed to hold the first round ..."): every date
# after it is the plan's; after another verb ("agreed to deepen ties during talks on Sunday") only a date not
# before the text's day is
_PLAN_VERB_RE = re.compile(r"\s+(?:hold|meet|convene|reconvene|visit|sign|ink|conclude|launch|host|organi[sz]e|start|"
                           r"begin|resume|open|exchange|finali[sz]e|negotiate|establish|set\s+up|stage|conduct|"
                           r"complete|ratify|travel|return)\b")
# a temporal adjunct telling an earlier event, right before a date after an entry-into-force verb
# (", following the exchange of notes in February", "after ratification by both parliaments on ...")
# ("entered into force upon signature on 5 May": not the signing, at once its entry into force)
_PRIOR_EVENT_RE = re.compile(r"(?i),?\s+(?:following|after|(?:upon|once)"
                             r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:signature|signing|signed)\b))"
                             r"\s+(?:the\s+|its\s+|their\s+)?[^,;.]{0,50}$")
# a sentence opening on a definite instrument ("The Social Security agreement entered into force")
_ENTRY_OPEN_RE = re.compile(r"\W*(?:The|This|That)\s")
_FOR_RANGE_GAP_RE = re.compile(r"\s*\(?for\s+(?:the\s+)?(?:(?:years?|period)\s+)?(?:of\s+)?")
# a range of years named as a period, wherever it stands after an instrument ("an agreement on rice
# production in X for the 2027-2030 period", "... in Y for the period 2026-2030")
_FOR_THE_BEFORE_RE = re.compile(r"(?i)\bfor\s+the\s+(?:(period|years)\s+(?:of\s+)?)?$")
_PERIOD_WORD_AFTER_RE = re.compile(r"(?i)\s+period\b")


def _named_period(text: str, ds: int, de: int) -> bool:
    """The range of years at ``ds``..``de`` is named as a period ("for the period 2027-2030", "for the
    years 2026-2029", "for the 2027-2030 period")."""
    before = _FOR_THE_BEFORE_RE.search(text, max(0, ds - 30), ds)
    return before is not None and (before.group(1) is not None or _PERIOD_WORD_AFTER_RE.match(text, de) is not None)
# a title word group before "Agreement" naming trade in goods or services: a trade agreement
_TRADE_IN_RE = re.compile(r"(?i)\btrade\s+in\s+(?:goods|services)\b")
# the same words as a lower-case modifier right before the head ("a trade in goods agreement signed in
# 2022"): outside the title the extractor found, still the instrument's kind
_TRADE_IN_BEFORE_RE = re.compile(r"(?i)\btrade[\s-]+in[\s-]+(?:goods|services)[\s-]+$")
_PERFECT = _Rx(_PERFECT_RE)
# a signing the speaker or writer has "just" concluded ("we have just signed four agreements", "the two
# ministers have just initialled"): at the time of the text, its reference day
_JUST_SIGNED_RE = re.compile(r"(?i)\b(?:have|has|['’]ve)\s+just\s+(?:been\s+)?(?:signed|inked|concluded|initialled|"
                             r"initialed|exchanged|adopted|issued)\b")


def just_signed_day(text: str, ctx: SentenceContext) -> tuple[object, str] | None:
    """The reference day of a sentence telling a signing "just" done (:data:`_JUST_SIGNED_RE`), when
    the document's reference is a day; else None."""
    ref = ctx.reference
    if ref is None or ref[0] is None or ref[1] != "day" or "just" not in text:
        return None
    return (ref[0], "day") if _JUST_SIGNED_RE.search(text) else None


# an exchange of notes or letters about a loan or credit: a financing instrument (type other); one on a
# grant stays an agreement
_EXCHANGE_HEAD_RE = re.compile(r"(?i)exchanges?\s+of\s+(?:notes|letters)\b")
_FINANCING_TAIL_RE = re.compile(
    r"(?i)\s+(?:concerning|on|regarding|for|relating\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:loans?|credits?|credit\s+lines?)\b"
)
# a development-finance instrument named by its kind in lower case ("the loan agreement", "a grant
# agreement", "the financing agreement"), as it is in capitals ("the Loan Agreement")
_FINANCING_KIND_BEFORE_RE = re.compile(r"(?<![\w-])(loan|grant|credit|financing)\s+$")


def _kind_name(text: str, inst: _Inst) -> None:
    """Name an instrument that has no other name by its kind: "the Exchange of Notes" (a titled
    exchange of notes or letters is one instrument), "the loan agreement" ("Loan agreement")."""
    if inst.titled and _EXCHANGE_HEAD_RE.fullmatch(inst.surface):
        inst.name = _clean_name(inst.surface)
        return
    if inst.type != "agreement" or inst.start != inst.head_start or not inst.surface.islower():
        return
    m = _FINANCING_KIND_BEFORE_RE.search(text, max(0, inst.start - 12), inst.start)
    if m is not None:
        inst.start = m.start()
        name = _clean_name(text[m.start() : inst.head_end])
        inst.name = name[:1].upper() + name[1:]


# renewal verbs (``agreement_types``: "renewed", "extended"): their instrument is their direct object
_RENEWAL_CUE_RE = re.compile(r"(?i)renewed|extended|rolled\s+over")
_PREP_IN_GAP_RE = re.compile(r"(?i)\b(?:for|to|of|on|with|in|at|from|by|about|over|under|into)\b")


def find_agreements(text: str, ctx: SentenceContext) -> list[dict]:
    """Agreement mentions of one sentence (offsets relative to ``text``), as dict rows with the
    columns of :data:`pipeline.model.AGREEMENT_MENTIONS` except ``doc_id``/``sentence_id``."""
    lex = _lex()
    if is_direct_question(text):
        return []  # "Which agreements were signed at the session?" (a FAQ's question): the answer tells
    low: str | None = text.lower()
    if not foldable(text, low):
        low = None
    heads = []
    rx, s = lex.instrument.on(text, low)
    for m in rx.finditer(s):
        if heads and _gap_ok(text, heads[-1][1], m.start()) and text[heads[-1][1] : m.start()]:
            # a compound of instrument words ("transit trade agreement protocol"): one instrument,
            # named by its last word
            heads[-1] = (heads[-1][0], m.end())
            continue
        heads.append((m.start(), m.end()))
    acronyms = acronym_uses(text, ctx.acronyms) if ctx.acronyms else ()
    if not heads and not acronyms:
        return []
    if ctx.earlier_days and ctx.dates and ("'s " in text or "’s " in text):
        # "This year's session produced nine agreements": the day of the session told before
        ctx.dates = possessive_event_dates(text, ctx.dates, ctx.earlier_days)
    if ctx.dates and _OLD_YEAR_RE.search(text):
        # "the Treaty of Peace and Friendship signed on 16 February 1840": the date scanner reads years
        # 1900-2099 only, so "16 February" got the text's year; the older year written after it is its year
        ctx.dates = [_old_year(text, d) for d in ctx.dates]
    dates = _finest_dates(text, ctx.dates)
    date_spans = [(s, e) for s, e, _d, _p in ctx.dates]
    toks = _tokens(text)
    # locations and dates never belong to a title ("the Agreement in Beijing on Wednesday")
    blocked = date_spans + [(s, e) for s, e, _i, k in ctx.countries if k not in _ACTOR_KINDS]
    insts: list[_Inst] = []
    covered: list[tuple[int, int]] = []
    for hs, he in heads:
        if _in_spans(hs, covered):
            continue
        # "(MoUs)" right after "memorandums of understanding" is the same instrument
        if insts and _PAREN_GAP_RE.fullmatch(text[insts[-1].head_end : hs]) and insts[-1].type == _instrument_type(text[hs:he]):
            insts[-1].end = max(insts[-1].end, text.find(")", he) + 1 if text.find(")", he) >= 0 else he)
            covered.append((hs, insts[-1].end))
            prev = insts[-1]
            if prev.name is None and not prev.titled and not _is_plural(prev.surface):
                # "a memorandum of understanding (MOU) on critical minerals": the complement after the acronym
                _complement_name(text, prev, date_spans, heads, prev.end)
                if prev.name is not None:
                    covered.append((prev.start, prev.end))
            continue
        if insts and insts[-1].name and _paren_qualifier(text, insts[-1].end, hs, he):
            # "Agreement on the Promotion of Investments (amending protocol)": the parenthesis says
            # what kind of instrument the title is, not a second one
            q_type = _instrument_type(text[hs:he])
            if q_type not in ("agreement", "other"):
                insts[-1].type = q_type
            close = text.find(")", he)
            covered.append((hs, close + 1))
            continue
        surface = text[hs:he]
        inst = _Inst(hs, he, hs, he, _instrument_type(surface), surface, generic=_is_generic(surface))
        _extend_name(text, inst, toks, heads, blocked, date_spans)
        dashed = _spaced_pair_start(text, inst, ctx) if inst.start > 2 and inst.start < inst.head_start else None
        if dashed is not None:
            inst.start = dashed  # "India - Maldives Joint Statement": the pair of countries names it
        plural = _is_plural(surface)
        _finish_name(text, inst, date_spans, plural, heads)
        if inst.name is None and not plural:
            _kind_name(text, inst)
        if dashed is not None and inst.name:
            inst.name = _SPACED_DASH_RE.sub("-", inst.name, count=1)
        if inst.type == "joint_statement" and inst.end > inst.head_end and _parties_title(text, inst, ctx):
            # "Joint Statement of the Republic of A and the Republic of B on ...": the "of" phrase
            # names the parties; the statement is named by its head and its "on" complement
            inst.name, inst.absorbed = None, []
            _complement_name(text, inst, date_spans, heads, inst.end)
        # the type of a title is its first instrument word ("Protocol to Amend the FTA")
        first = min([(inst.head_start, inst.head_end)] + inst.absorbed)
        if first != (inst.head_start, inst.head_end) and first[0] >= inst.start:
            inst.type = _instrument_type(text[first[0] : first[1]])
        elif inst.type == "agreement" and inst.start < inst.head_start and _TRADE_IN_RE.search(
                text, inst.start, inst.head_start):
            inst.type = "trade_agreement"  # "Trade in Goods Agreement" (not "Agreement on Trade in Services")
        elif inst.type == "agreement" and _TRADE_IN_BEFORE_RE.search(text, max(0, inst.head_start - 40), inst.head_start):
            inst.type = "trade_agreement"  # "under a trade in goods agreement"
        elif inst.type == "agreement" and _EXCHANGE_HEAD_RE.match(text, inst.head_start) \
                and _FINANCING_TAIL_RE.match(text, inst.head_end):
            inst.type = "other"  # "Exchange of Notes concerning a yen loan": a financing instrument, like a swap
        if inst.name and inst.type in ("agreement", "trade_agreement"):
            # "the Agadir Agreement": a free trade agreement; "the ASEAN-India Trade in Goods Agreement": a
            # regional bloc's free trade agreement with a partner
            inst.type = _title_type(inst.name) or inst.type
        if inst.type == "agreement":
            inst.type = _acronym_type(text, inst.end) or inst.type  # "the Agreement (IJEPA)"
        insts.append(inst)
        covered.append((inst.start, inst.end))
        for s, e in inst.absorbed:
            covered.append((s, e))
    if acronyms:
        # "The APTTA, signed in October 2010": an acronym defined earlier names its instrument
        insts.extend(_Inst(s, e, s, e, t, text[s:e], name=n, titled=True, acronym=True)
                     for s, e, n, t in acronyms if not _in_spans(s, covered))
        insts.sort(key=lambda i: i.start)
    if not insts:
        return []
    if insts and any(_OFFICE_AFTER_RE.match(text, i.head_end) for i in insts):
        insts = [i for i in insts if not _OFFICE_AFTER_RE.match(text, i.head_end)]
    if insts and any(_names_a_body(text, i) for i in insts):
        insts = [i for i in insts if not _names_a_body(text, i)]
    if insts and (_MODIFIER_AFTER_RE.match(text, insts[0].end) or (
            text[insts[0].start:insts[0].head_end] == "agreement"
            and _CONSENSUS_BEFORE_RE.search(text, max(0, insts[0].start - 40), insts[0].start))):
        del insts[0]  # (the loop below stops before the first instrument)
    for k in range(len(insts) - 1, 0, -1):
        # "the Agreement on a Closer Economic Partnership ..., New Zealand's first free trade
        # agreement": a classification of the instrument named before, not a second one
        inst = insts[k]
        if merge_alias_apposition(text, insts[k - 1], inst):
            del insts[k]  # "a protocol ..., known as the second-phase agreement, ...": one instrument told twice
            continue
        if _MODIFIER_AFTER_RE.match(text, inst.end):
            del insts[k]  # "the Preferential Trade Agreement negotiations": a modifier of another noun
            continue
        if text[inst.start:inst.head_end] == "agreement" and _CONSENSUS_BEFORE_RE.search(text, max(0, inst.start - 40), inst.start):
            del insts[k]  # "There was broad agreement between A and B on X": a consensus, no instrument
            continue
        if not inst.titled and _SUCH_BEFORE_RE.search(text, max(0, inst.start - 30), inst.start):
            del insts[k]  # "..., the second such treaty after ...": the instrument just named, classified
            continue
        if _CLASSIFYING_RE.search(text[max(0, inst.start - 80) : inst.start]):
            named = insts[k - 1]
            if named.type == "agreement" and inst.type != "agreement":
                named.type = inst.type
            del insts[k]
    for k in range(len(insts) - 1, 0, -1):
        if is_own_part(text, insts[k - 1], insts[k]):
            # "the Agreement on Transit of Traffic and its protocol, signed in ...": one instrument with its part
            insts[k - 1].end = insts[k].end
            del insts[k]
    # cues
    cues = []
    rx, s = lex.cue.on(text, low)
    for m in rx.finditer(s):
        if any(i.start <= m.start() < i.end for i in insts if i.name):
            continue
        role, window = _cue_role(text[m.start() : m.end()])
        cues.append((m.start(), m.end(), role, window))
    pend = _pending(text, low, insts)
    if pend:
        # "to be signed", "will sign": a signing word of a pending phrase is no signing
        cues = [c for c in cues if not any(ps <= c[0] < pe for ps, pe, _w in pend)]
    for c_start, c_end, role, window in cues:
        bound = False
        renewal = window == 3 and role == "signed" and _RENEWAL_CUE_RE.fullmatch(text, c_start, c_end) is not None
        # cue before the instrument(s): within `window` words, no clause break
        for inst in insts:
            if c_start < inst.start < c_end:
                # "witnessed the exchange of notes": the cue's last words open the instrument's name
                inst.cues.append((c_start, c_end, role))
                bound = True
                continue
            if inst.start < c_end:
                continue
            gap = text[c_end : inst.start]
            if _CLAUSE_BREAK_RE.search(gap) or len(gap.split()) > window:
                break
            if role == "signed" and _OPINION_RE.search(gap):
                break
            if _NOT_OBJECT_RE.match(gap):
                break  # "views were exchanged on the agreement": not its object
            if "," in gap and _MAIN_VERB_GAP_RE.search(gap):
                break  # "The agreement on X, signed in 2014, was revised by a protocol": the participle is X's
            if inst.generic and any(c_end <= o.start and o.end <= inst.start and _PREP_IN_GAP_RE.search(text, o.end, inst.start)
                                    for o in insts):
                continue  # "signed an agreement under the plan": a general noun after another's preposition
            if renewal and _PREP_IN_GAP_RE.search(gap):
                break  # "renewed calls for a trade agreement": a renewal governs its direct object only
            inst.cues.append((c_start, c_end, role))
            bound = True
        # cue after an instrument ("MoUs were signed", "a joint statement issued in ...")
        prev = [i for i in insts if i.end <= c_start]
        if len(prev) > 1 and not _ASIDE_REL_RE.match(text[prev[-1].end : c_start]) \
                and _ASIDE_REL_RE.match(text[prev[-2].end : c_start]):
            # "The agreement, which sets out the framework for the pipeline, was signed": the verb's
            # subject is the instrument before the relative clause, not one inside it
            prev = prev[:-1]
        if prev:
            inst = prev[-1]
            gap = text[inst.end : c_start]
            # "The visa agreement between A and B took effect": the verb comes after its parties
            after_parties = bool(inst.between and inst.end <= inst.between[0] and inst.between[1] <= c_start
                                 and _AUX_RE.match(text[inst.between[1] : c_start]))
            aside = _ASIDE_REL_RE.match(gap)
            if after_parties or _AUX_RE.match(gap) or _COMPLEMENT_REL_RE.match(gap) or aside \
                    or (role == "signed" and _late_cue(gap, text[c_end : c_end + 12])):
                inst.cues.append((c_start, c_end, role))
                bound = True
                if aside and inst.name is None and not inst.generic and gap.lstrip(", ").startswith("between "):
                    # "A second memorandum, between X and Y, was signed": named by its parties
                    full = _clean_name(text[inst.head_start : inst.end] + " " + gap.strip(" ,").rsplit(",", 1)[0])
                    inst.name = full[:1].upper() + full[1:]
            elif role == "effective" and not bound and _PRONOUN_BEFORE_RE.search(text[: c_start]):
                inst.cues.append((c_start, c_end, role))
                bound = True
    for n, (prev, inst) in enumerate(zip(insts, insts[1:])):
        # "signed the Treaty ..., together with an agreement on ... and a protocol on ...":
        # instruments coordinated with a signed one share its signing (unless a verb of its own
        # follows: "..., as well as an agreement on taxation that entered into force in 2020")
        prev_end = max(prev.end, prev.between[1]) if prev.between else prev.end  # past "between A and B"
        period = _PERIOD_AFTER_RE.match(text, prev_end)
        if period is not None:
            prev_end = period.end()  # "a programme for cultural cooperation for 2026-2028, an agreement on X": past its period
        next_start = insts[n + 2].start if n + 2 < len(insts) else len(text)
        if any(inst.end <= c[0] < next_start for c in cues):
            continue
        if prev.cues and not inst.cues and prev_end <= inst.start and _CO_INSTRUMENT_RE.fullmatch(text, prev_end, inst.start):
            inst.cues = list(prev.cues)
        elif (prev.cues and not inst.cues and prev_end <= inst.start
              and any(c[2] == "signed" and c[1] <= prev.start for c in prev.cues)
              and _LONG_AS_WELL_AS_RE.match(text[prev_end : inst.start])
              and not _OWN_CLAUSE_AFTER_RE.match(text, inst.end)
              and _RELATIVE_AFTER_RE.search(text, inst.end, next_start) is None):
            # "signed seven MoUs covering energy, customs, media and the training of diplomats, as well as
            # an executive program for ...": past a long complement with commas of its own, "as well as"
            # still coordinates a second object of the signing verb
            inst.cues = [c for c in prev.cues if c[2] == "signed"]
    series: set[int] = set()  # instruments joined to a later conjunct ("A, B and C were signed")
    for k in range(len(insts) - 1, 0, -1):
        # "Twenty-six agreements and memoranda were signed": a passive verb after coordinated
        # instruments governs all of them (the count then makes them one batch); also over the
        # commas of a series ("fourteen agreements, memoranda and programmes were signed")
        prev, inst = insts[k - 1], insts[k]
        if not prev.cues and inst.cues and all(c[0] >= inst.end for c in inst.cues) \
                and (_PLAIN_COORD_RE.fullmatch(text, prev.end, inst.start)
                     or (_DET_COORD_RE.fullmatch(text, prev.end, inst.start) is not None and not _is_plural(inst.surface)
                         and _PLURAL_AUX_END_RE.search(text, inst.end, min(c[0] for c in inst.cues)) is not None)
                     or (k in series and _SERIES_COMMA_RE.fullmatch(text, prev.end, inst.start))):
            prev.cues = [c for c in inst.cues if c[2] == "signed"]
            series.add(k - 1)
    for n, inst in enumerate(insts):
        # "produced twelve agreements, including a memorandum on X": the examples of a signed batch
        # share its signing (unless a verb of their own follows)
        if n and inst.cues and inst.example_of is None and insts[n - 1].cues and _is_plural(insts[n - 1].surface) \
                and set(inst.cues) <= set(insts[n - 1].cues) and _EXAMPLES_RE.search(text, insts[n - 1].end, inst.start):
            # ("presided over the signing of six agreements, including a protocol ..., an agreement on X":
            # a first example the batch's verb already governs is still an example, and the next go on from it)
            inst.example_of = insts[n - 1]
        if inst.cues or n == 0:
            continue
        batch = insts[n - 1]
        next_start = insts[n + 1].start if n + 1 < len(insts) else len(text)
        gap_start = max(batch.end, batch.between[1]) if batch.between else batch.end
        if batch.example_of is not None and batch.cues and (_ITEM_COORD_RE.fullmatch(text, gap_start, inst.start)
                                                             or (_LONG_ITEM_COORD_RE.match(text[gap_start : inst.start])
                                                                 and not _OWN_CLAUSE_AFTER_RE.match(text, inst.end))):
            # "... included an agreement on X, a memorandum on Y and a protocol on Z": the next
            # examples of the same batch (no verb of their own: a later one is caught below)
            if not any(inst.end <= c[0] < next_start or gap_start <= c[0] < inst.start for c in cues):
                inst.cues, inst.example_of = list(batch.cues), batch.example_of
                if inst.type == "other" and (batch.example_of.type not in ("agreement", "other")
                                             or text[inst.head_start:inst.head_end].lower() == "deal"):
                    inst.type = batch.example_of.type  # "seven MoUs, among them ... and a framework for X": an MoU
            continue
        if (batch.cues and _is_plural(batch.surface) and batch.end <= inst.start
                and (_EXAMPLES_RE.search(text, batch.end, inst.start) or _INCLUDED_RE.search(text, batch.end, inst.start))
                # (the batch's own passive verb, "Ten agreements were signed, among them ...", is no
                # verb of the example's)
                and not any(batch.end <= c[0] < next_start and c[0] not in {b[0] for b in batch.cues}
                            for c in cues)):
            inst.cues = [c for c in batch.cues if c[2] == "signed"]
            inst.example_of = batch
            if inst.type == "other" and text[inst.head_start:inst.head_end].lower() == "deal":
                inst.type = batch.type  # "signed four agreements, including ... a deal for X": one of the agreements
    for ps, pe, window in pend:
        _bind_pending(text, insts, ps, pe, window)
    if ctx.lead is None and ctx.previous_day is not None and _EXAMPLES_NEXT_RE.match(text):
        # "Viet Nam and Laos signed 15 documents on Tuesday. Among them were an agreement on X and ...":
        # the examples of the batch just told, signed with it (no verb of their own)
        for inst in insts:
            if not inst.cues and not inst.generic and inst.pending_dist == _INF:
                inst.lead = (ctx.previous_day, "day")
    if ctx.lead is not None:
        for inst in insts:
            inst.lead = ctx.lead
            if inst.name is None and inst.between and not inst.generic:
                # an item "MoU between the X authority and the Y Fund": named by its parties
                full = _clean_name(text[inst.head_start : inst.between[1]])
                inst.name = full[:1].upper() + full[1:]
    else:
        _inline_list(text, insts, cues, pend, ctx)
    out: list[dict] = []
    # without a cue, only a named instrument or one with its parties ("the Joint Statement between
    # A and B") is a mention; a bare "the Agreement" is a reference to something said elsewhere
    # (a lower-case instrument named only by its complement is a title only with a signing: "reached
    # an agreement on the demarcation of the border" tells a consensus, not a signed instrument)
    valid = [i for i in insts if i.cues or i.lead or (i.name and (i.titled or i.start < i.head_start
                                                                  or not _REACHED_BEFORE_RE.search(text, max(0, i.start - 40), i.start)))
             or (i.titled and i.head_start > 0 and i.between)
             or _dated_reference(text, i)]
    # a joint statement heading the document ("JOINT STATEMENT", "Japan-Viet Nam Joint Statement on
    # ..." as the title among its first lines): the document is the statement, issued on its date
    heading_ids: set[int] = set()
    if ctx.heading_date is not None:
        # (also "Joint Statement issued at the conclusion of the 33rd Session ...": the title's own
        # issuing verb, with no date of its own, is the document's)
        heading_ids = {id(i) for i in insts if i.type == "joint_statement"
                       and (not i.cues or (not ctx.dates and all(
                           _WEAK_CUE_RE.fullmatch(text, c[0], c[1]) and c[0] >= i.end for c in i.cues)))
                       and i.pending_dist == _INF and _HEADING_PREFIX_RE.fullmatch(text, 0, i.start)}
        if heading_ids:
            valid_ids = {id(i) for i in valid} | heading_ids
            valid = [i for i in insts if id(i) in valid_ids]
    valid = [i for i in valid if i.cues or i.lead or not i.embedded]
    valid = [i for i in valid if i.cues or not i.acronym]  # (a bare acronym refers to the defined instrument)
    # "the border treaty ..., and it entered into force in April 2025": a definite lower-case
    # instrument without a signing of its own refers back to one told before (no new fact)
    valid = [i for i in valid if i.titled or i.name or i.lead or _not_a_back_reference(text, i)]
    if ctx.word_acronyms:
        for i in valid:
            # "The CEPA, signed on ...", after "... Comprehensive Economic Partnership Agreement (CEPA)": the
            # definite acronym is that title's instrument
            defined = ctx.word_acronyms.get(text[i.start:i.end]) if i.name is None else None
            if defined is not None and _DEFINITE_ACRONYM_BEFORE_RE.search(text, max(0, i.start - 12), i.start):
                i.name = defined[0]
    announced: list[_Inst] = []
    if len(insts) > 1:
        # "issued a Joint Statement announcing a Strategic Partnership Action Plan": the statement's content
        spans = [(i.start, i.end) for i in insts]
        announced = [i for i in valid if not (i.cues or i.lead) and announced_by_instrument(text, i.start, spans)]
        if announced:
            valid = [i for i in valid if i not in announced]
    # "the implementation of the agreements signed during the visit": instruments told elsewhere
    valid = [i for i in valid if i.titled or i.name or i.lead or not _is_plural(i.surface)
             or _quantity_span_before(text, i.start)[0] is not None or not is_implementation_reference(text, i.start)]
    # "the agreements signed with China would create jobs" (no date in the sentence, no verb governing
    # it as its object: "signed the minutes of ..." is a signing): told elsewhere; its row is marked
    # ``_told`` and goes unless the frame stage finds the batch it refers to (agreement_anaphora)
    told = {id(i) for i in valid if not (i.titled or i.name or i.lead or not _is_plural(i.surface)
            or any(c[0] < i.start for c in i.cues)) and is_told_plural(text, i.start, bool(ctx.dates))
            and _quantity_span_before(text, i.start)[0] is None} if not ctx.dates else ()
    if any(i.generic for i in valid):
        # a general noun ("documents", "partnership") only as the object of a signing verb
        # (as an item of a list, only the item's own title: "- Plan on the Joint Operation of ...", not a
        # general noun inside a paragraph under a lead)
        valid = [i for i in valid if not i.generic or (i.lead and _ITEM_HEAD_RE.fullmatch(text, 0, i.start)) or any(
            c[2] == "signed" and not _WEAK_CUE_RE.fullmatch(text, c[0], c[1])
            and not _RENEWAL_CUE_RE.fullmatch(text, c[0], c[1]) for c in i.cues)]
        # "the signing of relevant documents ... lays a better foundation, Zhu said": an uncounted
        # general noun after a nominal "signing of" in a reported opinion tells no signing of its own
        vague = [i for i in valid if i.generic and not i.lead and not any(
            c[2] == "signed" and not _NOMINAL_SIGNING_RE.fullmatch(text, c[0], c[1]) for c in i.cues)
            and _quantity_span_before(text, i.start)[0] is None]
        if vague and _OPINION_SENTENCE_RE.search(text):
            valid = [i for i in valid if i not in vague]
    # an instrument under negotiation, intended or conditional is not (yet) signed
    pending_batches = [i for i in insts if pend and not any(c[2] == "signed" for c in i.cues)
                       and _is_plural(i.surface)]
    valid = [i for i in valid if i.pending_dist == _INF or _signed_dist(i) < i.pending_dist]
    if pending_batches:
        # "ten agreements are expected to be signed, among them a pact on ...": examples of a batch
        # still to be signed are no instruments of their own (the batch is the fact)
        valid = [i for i in valid if i in pending_batches or not any(
            b.end <= i.start and _EXAMPLES_RE.search(text, b.end, i.start) for b in pending_batches)]
    # "exhibitors signed deals worth $1.2 billion": uncounted deals measured by their value are
    # commercial contracts (a trade fair's turnover), not instruments between the two sides
    valid = [i for i in valid if not (_DEALS_RE.fullmatch(i.surface) and _VALUE_AFTER_RE.match(text, i.end)
                                      and _quantity_span_before(text, i.start)[0] is None)]
    if not valid:
        return []
    if len(valid) > 1:
        valid = _one_counted_batch(text, valid)
    # clause of each instrument: from its governing cue to the next instrument's
    anchors = []
    for i in valid:
        pre = [c[0] for c in i.cues if c[0] < i.start]
        host = next((k for k, v in enumerate(valid[: len(anchors)]) if i.cues and set(i.cues) <= set(v.cues)
                     and _is_plural(v.surface) and (_EXAMPLES_RE.search(text, v.end, i.start)
                                                    or (i.example_of is not None and _INCLUDED_RE.search(text, v.end, i.start)))), None)
        if host is not None:
            # "eleven agreements were signed on 8 May, including an MoU on X": the example shares
            # its batch's clause (and its date)
            anchors.append(anchors[host])
            continue
        anchors.append(min(pre) if pre else i.start)
    cue_positions = sorted((c[0], c[2]) for c in cues)
    # (a date inside an instrument's name, "programme ... for 2025-2026", is no date of the sentence)
    # (the years after "for" following a programme, "Plan of Action ... for 2026-2030", are its period:
    # no date of the sentence, of that programme or of any other instrument)
    # (a plan or roadmap, a general noun of type other, has a period too: "Plan on ... for 2025-2030")
    # (also a programme announced by another instrument: "a Joint Statement announcing an Action Plan for 2026-2030")
    progs = [i for i in valid + announced if has_period(i) or (i.generic and i.type == "other")] if ctx.dates else ()
    periods = {d[0] for d in ctx.dates for i in progs if (d[0] >= i.head_end
               and _PERIOD_BEFORE_RE.search(text, max(i.head_end, d[0] - 40), d[0]))
               # ("the 2026-2030 cooperation programme": a range of years right before it is its period)
               or (d[1] <= i.start and _YEAR_RANGE_RE.fullmatch(text, d[0], i.start) is not None)
               # ("Five-Year Programme for Trade Cooperation (2026-2030)": a range in parentheses after it)
               or (d[0] >= i.end and _PAREN_GAP_RE.fullmatch(text, i.end, d[0]) is not None
                   and _RANGE_AT_RE.match(text, d[0]) is not None)} if progs else ()
    if ctx.dates and "for " in text:
        # "a new fisheries protocol for 2027-2031": a range of years right after any instrument's "for"
        # is the span it is valid for, not its signing (a future range would make it a planned one)
        # (also of a general noun that is no instrument here: "a Roadmap on Trade for 2026-2028")
        periods = set(periods) | {d[0] for d in ctx.dates for i in insts if d[0] >= i.head_end
                                  and _RANGE_AT_RE.match(text, d[0]) is not None
                                  and (_FOR_RANGE_GAP_RE.fullmatch(text, i.end, d[0]) is not None
                                       or _named_period(text, d[0], d[1]))}
    # "... signed by A and B, who arrived in Islamabad on Tuesday": a date in a relative clause about
    # a person tells that person's doing, not the signing (no date of the sentence)
    # (also a relative clause about the signatories' relation: "A and B, which established diplomatic
    # relations on 5 June 1961, signed a treaty in 2008")
    # ... and "A and B have signed an agreement ..., officials said, as X wrapped up a visit on Thursday":
    # the date of the "as" clause is the visit's end, not the signing's
    for word, clause_re, cue_from_start in _ASIDE_CLAUSES:
        if dates and word in text:
            aside = _clause_dates(clause_re, text, dates, cues, cue_from_start)
            if aside:
                dates = [d for d in dates if d[0] not in aside]
                periods = set(periods) | aside
    if ctx.dates and " to " in text:
        # "signed an MoU on X and agreed to hold the first round before the end of the year": a date after
        # a second predicate telling a plan is the plan's (no signing's), unless a signing cue follows it
        im = _INTENT_PREDICATE_RE.search(text, min(i.end for i in valid))
        if im is not None:
            plan = _PLAN_VERB_RE.match(text, im.end()) is not None
            periods = set(periods) | {d[0] for d in ctx.dates if d[0] >= im.end()
                                      and (plan or not _before_reference(d, ctx.reference))
                                      and not any(im.end() <= c[0] < d[0] for c in cues if c[2] == "signed")}
    # "a protocol amending the air transport agreement of 1998": the year is the amended instrument's, no
    # date of the sentence's signing
    amended = {id(i): r for i in valid if i.absorbed and (r := amended_reference(text, i)) is not None}
    if amended and ctx.dates:
        periods = set(periods) | {d[0] for d in ctx.dates for r in amended.values()
                                  if r.of_year is not None and r.of_year[0] <= d[0] < r.of_year[1]}
    has_any_date = any(
        not any(i.start <= d[0] < i.end and not (i.complement_end and d[0] >= i.complement_end) for i in valid)
        for d in ctx.dates if d[0] not in periods
    )
    rx, s = _PERFECT.on(text, low)
    perfect = bool(rx.search(s))
    has_anniversary = "nniversar" in text or "years since" in text
    has_ago = "years ago" in text
    fallback: list = []
    semi = ";" in text
    # ("May 2019: A bridge is opened; the two countries sign ...": a timeline entry's date is of all its clauses)
    entry_at = entry_date_start(text, dates) if semi else None
    emitted: list[_Inst] = []  # the instruments of the rows of ``out``, in order
    done_parties: dict[int, list[dict]] = {}  # id of an emitted instrument -> its parties
    for n, inst in enumerate(valid):
        # instruments governed by one cue ("signed an agreement and an MoU on Tuesday") share its clause
        first = anchors.index(anchors[n])
        clause_start = 0 if first == 0 else anchors[first]
        clause_end = next((a for a in anchors[n + 1 :] if a != anchors[n]), len(text))
        name_spans = [(inst.start, inst.end)] + [(i.start, i.end) for i in valid if i is not inst]
        signed: list[tuple[int, object, str]] = []
        effective: list[tuple[int, object, str]] = []
        # the instrument and its cues: a date beyond a semicolon from them is another clause's
        # ("MoU signed in Santiago; commission to meet next month")
        span_lo = min([inst.start] + [c[0] for c in inst.cues])
        span_hi = max([inst.end] + [c[1] for c in inst.cues])
        # instruments sharing one cue, each with a date of its own ("signed an agreement in June 2024,
        # and an MoU ... in 2022"): the date inside an instrument's own conjunct is its date
        shared = anchors.count(anchors[n]) > 1
        conj_hi = valid[n + 1].start if n + 1 < len(valid) else clause_end
        own: list[tuple[int, object, str]] = []
        heading = id(inst) in heading_ids
        # "this month marks the fifth anniversary of the signing of the pact": the anniversary's date
        anniv = anniversary_before(text, inst.start) if has_anniversary else None
        dated = has_any_date
        if semi and dated:
            # (a date of another clause leaves the instrument undated: the narrative may date it)
            dated = any(ds == entry_at or not ((ds >= span_hi and text.find(";", span_hi, ds) >= 0)
                                               or (de <= span_lo and text.find(";", de, span_lo) >= 0))
                        for ds, de, _v, _p in dates)
        in_force_only = bool(inst.cues) and all(c[2] == "effective" for c in inst.cues)
        future = False
        # "At the close of the meeting on 13 May, A and B signed X and adopted Y": the dates fronted before the
        # sentence's first predicate, when it has no other, are of its later clauses too
        fronted: set[int] = set()
        if clause_start > 0:
            fronted = {ds for ds, de, _v, _p in dates if de <= min(anchors) and ds not in periods}
            if any(ds not in fronted and ds not in periods for ds, _de, _v, _p in dates) or \
                    _RECALLED_THAT_RE.search(text, min(anchors), inst.start):
                fronted = set()  # (a recalled clause: "... and recalled that the defence pact was signed")
        for ds, de, dval, prec in dates:
            if not (clause_start <= ds < clause_end or ds in fronted) or dval is None:
                continue
            if semi and ds != entry_at and ((ds >= span_hi and text.find(";", span_hi, ds) >= 0)
                                            or (de <= span_lo and text.find(";", de, span_lo) >= 0)):
                continue
            if heading and ds >= inst.end and _PAREN_GAP_RE.fullmatch(text, inst.end, ds):
                continue  # "Joint Statement on the Visit of ... (9-11 March 2026)": the visit's dates
            if heading and ds >= inst.end and _DAY_RANGE_RE.match(text, ds) and not text[de:].strip(" )"):
                continue  # "Joint Press Statement on the Official Visit ..., 6 - 8 May 2026": the visit's days
            if ds in periods:
                continue  # "Executive Programme ... for the years 2026-2029": its period, not its signing
            if anniv is not None and ds < anniv.start:
                if anniv.years is None:
                    continue  # "marked the anniversary of the treaty on Monday": no year of the signing
                dval, prec = years_before(dval, prec, anniv.years)
            elif has_ago and prec in ("day", "month", "year"):
                ago = years_ago_before(text, ds)
                if ago is not None:
                    dval, prec = years_before(dval, prec, ago)  # "signed 30 years ago this month"
            if any(s <= ds < e for s, e in name_spans) and not (inst.complement_end and ds >= inst.complement_end):
                # "the 2014 memorandum of understanding": a year before a lower-case instrument dates it
                if not (ds == inst.start and prec == "year" and not inst.titled
                        and _YEAR_RE.fullmatch(text, ds, de) is not None):
                    continue
            if not cue_positions and inst.lead is None and not heading and not _next_to_date(text, inst, ds, de):
                # "trade rose in 2026 as the CEPA enters its third year": no signing, not its date (a date after
                # the text's own, "due next month, where officials hope to agree the expanded deal", still
                # makes the instrument a planned one)
                future = future or (ctx.reference is not None and _after_reference(dval, prec, *ctx.reference))
                continue
            before = [r for p, r in cue_positions if p < ds and p >= clause_start]
            role = before[-1] if before else "signed"
            if not before and in_force_only:
                # "Last month the ministers discussed the FTA, which entered into force in 2014": an instrument
                # told only by its entry into force has no signing in the sentence; a date right before it,
                # its subject, is of that entry ("On 1 March 2026 the FTA entered into force")
                if not (de <= inst.start and _DATE_SUBJECT_GAP_RE.fullmatch(text, de, inst.start)):
                    continue
                role = "effective"
            if role == "signed" and any(
                c[2] == "signed" and c[0] >= de and _COORD_BEFORE_CUE_RE.fullmatch(text, de, c[0]) for c in inst.cues
            ):
                continue  # "established relations on 5 September 1962, and signed the treaty ...": another verb's
            if role == "signed" and any(
                c[2] == "signed" and c[0] >= de and _SUBORDINATE_BEFORE_CUE_RE.fullmatch(text, de, c[0]) for c in inst.cues
            ):
                continue  # "held in March 2025, months after the two sides signed an MoU in ...": the main clause's
            # distance to the governing cue (or to the instrument when it has none)
            ref_spans = [(c[0], c[1]) for c in inst.cues if c[2] == role] or [(inst.start, inst.end)]
            dist = min(min(abs(ds - ce), abs(cs - de)) for cs, ce in ref_spans)
            if role == "signed" and ctx.span_ends and ds in ctx.span_ends and _anchored_end(text, low):
                # "at the end of the visit from March 1 to 3": the last day of the span
                dval = ctx.span_ends[ds]
            if role == "signed" and prec == "day" and _within_visit(text, de, inst):
                dval, prec = dval.replace(day=1), "month"  # "... on Wednesday concluded a visit, during which ... signed"
            if role == "effective" and _PRIOR_EVENT_RE.search(text, max(0, ds - 60), ds) is not None:
                continue  # "entered into force, following the exchange of notes in February": the notes' date
            (effective if role == "effective" else signed).append((dist, dval, prec))
            if shared and role != "effective" and inst.start <= ds < conj_hi:
                own.append((dist, dval, prec))
        rank = _RANK
        if own:
            signed = own
        sd = min(signed, key=lambda t: (t[0], rank.get(t[2], 3))) if signed else None
        if sd is not None and not inst.cues and _REVIEW_OF_RE.search(text, max(0, inst.start - 40), inst.start):
            sd = None  # "agreed on May 12 to fast-track a review of the X Agreement": the date is the call's
        ed = min(effective, key=lambda t: (t[0], rank.get(t[2], 3))) if effective else None
        signed_date, signed_prec = (sd[1], sd[2]) if sd else (None, "unknown")
        from_narrative = False
        if sd is not None and ctx.reference is not None and _after_reference(sd[1], sd[2], *ctx.reference):
            continue  # signed after the document was written: a planned signing no pending cue caught
        if sd is None and future:
            continue
        if sd is None and ed is None and inst.lead is None and _background_signing(text, inst):
            continue  # "since the FTA was signed", "one year after the two presidents signed a treaty"
            # (but "since the agreement on X entered into force on 1 February 2023" dates its entry into force)
        if sd is None and ed is None and perfect and inst.lead is None and _experience_signing(text, inst):
            continue  # "We have signed MoUs before": an experience of the past, no signing of its own
        if sd is None and inst.lead is None and not (inst.name or inst.titled) and not dated \
                and is_legal_basis_reference(text, inst.start):
            continue  # "training continues under the agreement signed by the two agencies": told elsewhere
        if sd is None and inst.lead is not None and inst.lead[0] is not None:
            signed_date, signed_prec = inst.lead  # an item of a list: the lead's signing
        elif sd is None and id(inst) in heading_ids:
            signed_date, signed_prec = ctx.heading_date, "day"  # the document is the statement
        # (a sentence whose only date is the entry into force, "which will take effect in July",
        # dates no signing: the narrative does)
        elif sd is None and not dated and perfect and just_signed_day(text, ctx) is not None \
                and any(c[2] == "signed" for c in inst.cues):
            signed_date, signed_prec = just_signed_day(text, ctx)  # "we have just signed": the text's day
        elif sd is None and (not dated or (effective and not signed)) and not perfect and (
                inst.lead is not None or any(c[2] == "signed" for c in inst.cues)):
            if not fallback:
                fallback.append(_fallback_date(text, low, ctx))  # (once per sentence)
            if fallback[0] is not None:
                signed_date, signed_prec = fallback[0]
                from_narrative = True
                if anniv is not None:
                    # (the narrative's time is the anniversary's)
                    signed_date, signed_prec = (years_before(signed_date, signed_prec, anniv.years)
                                                if anniv.years else (None, "unknown"))
        if signed_date is None and out and out[-1]["signed_precision"] == "day" and not perfect \
                and any(c[2] == "signed" for c in inst.cues) and _AND_CLAUSE_RE.search(text, emitted[-1].end, inst.start):
            # "signed a declaration on Tuesday, and a number of documents were signed in their presence":
            # a signing in the next conjunct of the sentence, undated, is of the same occasion
            signed_date, signed_prec = out[-1]["signed_date"], "day"
        year = _year_before_name(text, inst)
        # (a year in the instrument's own phrase, "the 1926 Treaty of Ankara, signed by ...", dates it
        # better than the narrative's time)
        if (signed_date is None or from_narrative) and year is None and id(inst) not in amended \
                and _dated_reference(text, inst):
            ry = _reference_year(text, inst)
            if ry is not None:
                signed_date, signed_prec = dt.date(ry, 1, 1), "year"
        if year is not None and (signed_date is None or from_narrative or (signed_date.year != year and not any(
                c[2] == "signed" for c in inst.cues))):
            # "The 1929 Treaty of Lima": a year before the title is the instrument's year
            signed_date, signed_prec = dt.date(year, 1, 1), "year"
        if year is not None and inst.name and inst.name[:5] == f"{year} " and inst.name[5:6].isupper():
            inst.name = inst.name[5:]  # (the year dates it; the title is "Treaty of Lima")
        eff_date, eff_prec = (ed[1], ed[2]) if ed else (None, "unknown")
        if ed is None and signed_date is None and not signed and inst.cues and all(c[2] == "effective" for c in inst.cues) \
                and ctx.fallback_date is not None and not ctx.fallback_is_lede and ctx.fallback_date[1] == "day" \
                and not perfect and _ENTRY_OPEN_RE.match(text):
            # "1 March. The Social Security agreement entered into force, following ...": an entry into force
            # told without a date of its own in a dated paragraph (a chronology's entry) took place on its day
            eff_date, eff_prec = ctx.fallback_date
        # topics: after the instrument, before the next instrument
        region_end = valid[n + 1].start if n + 1 < len(valid) else len(text)
        topic_end = region_end
        for ds, _de, _dv, _dp in dates:
            if inst.end <= ds < topic_end:
                # "... covering customs and tourism on Friday": the date ends the topic list
                pm = _PREP_TAIL_RE.search(text, inst.end, ds)
                topic_end = pm.start() if pm else ds
        im = _intro(text, inst, topic_end, low)
        topics = _topics_after(text, inst, topic_end, im)
        # "12 agreements and MoUs in areas such as ...": coordinated instruments share the list
        k = n
        while not topics and k + 1 < len(valid) and _COORDINATED_RE.fullmatch(text[valid[k].end : valid[k + 1].start]):
            k += 1
            nxt_end = valid[k + 1].start if k + 1 < len(valid) else len(text)
            topics = _topics_for(text, valid[k], nxt_end, low)
        topic_start = region_end
        if im:
            topic_start = im.start()
        # parties
        # (an example of a batch, "Ten agreements were signed, among them an accord on X", is the
        # batch's parties' unless the example names its own)
        batch_parties = None
        if inst.example_of is not None:
            b = inst.example_of  # (or the batch it joined: "agreements and memoranda")
            batch_parties = next((done_parties[id(e)] for e in reversed(emitted)
                                  if e.start <= b.start and b.end <= e.end), None)
        if batch_parties and not inst.between:
            parties = batch_parties
        else:
            # (the signing's own clause: not "..., while C and D agreed to ...")
            p_lo, p_hi = party_clause(text, min([inst.start] + [c[0] for c in inst.cues if c[2] == "signed"]),
                                      max([inst.end] + [c[1] for c in inst.cues if c[2] == "signed"]),
                                      clause_start, min(clause_end, topic_start))
            parties = _parties(text, inst, ctx, p_lo, p_hi, cues)
        done_parties[id(inst)] = parties
        qty, qty_start = _quantity_span_before(text, inst.start)
        if qty is not None and qty > 1 and not _is_plural(inst.surface):
            qty, qty_start = None, inst.start  # "Four Freedoms Agreement": no count of a singular head
        if qty is not None and qty > 1 and inst.name and not inst.titled and _is_plural(inst.surface):
            inst.name = None  # "sign six MoUs on IT": a counted batch named by its topic, no title
        if qty is not None and qty > 1 and is_cumulative_total(text, qty_start, inst.end):
            continue  # "Since 1992, the two countries have signed over 150 agreements": a legal base's total
        if qty is None and (inst.lead is not None or inst.example_of is not None) and inst.name \
                and not _is_plural(inst.surface):
            qty = 1  # an item of a list (or an example of a batch) is one of its instruments (never the whole batch)
        if qty is not None and qty > 1 and any(
                row["quantity"] is not None and row["quantity"] > qty and e.end <= inst.start
                and (_EXAMPLES_RE.search(text, e.end, inst.start) or _PARTS_RE.search(text, e.end, inst.start))
                for e, row in zip(emitted, out)):
            # "signed 14 documents, including four memoranda of understanding": a part of the batch
            # just counted, not a fact of its own
            continue
        if qty is None and out and _is_plural(inst.surface) and not inst.name and any(
                (row["quantity"] or 0) >= 2 for row in out) and _PARTITIVE_BEFORE_RE.search(text, max(0, inst.start - 40), inst.start):
            continue
        emitted.append(inst)
        out.append(
            {
                "char_start": qty_start,
                "char_end": inst.end,
                "name": inst.name,
                "agreement_type": inst.type,
                "signed_date": signed_date,
                "signed_precision": signed_prec if signed_date is not None else "unknown",
                "effective_date": eff_date,
                "effective_precision": eff_prec if eff_date is not None else "unknown",
                "quantity": qty,
                "parties": parties,
                "topics": topics,
                **({"_told": True} if id(inst) in told else {}),
            }
        )
    if ctx.lead is None and any(i.lead for i in emitted):
        # "At the end of the session, three documents were signed: a roadmap ..., a memorandum ...": the
        # items of an inline list without a date of their own are signed when the lead's batch was
        # (also a date the batch took from the narrative)
        colon = list_colon(text)  # (the colon that opens the list: not "At 10:30 on Tuesday, ... signed: ...")
        lead_row = next((row for inst, row in reversed(list(zip(emitted, out))) if inst.end <= colon
                         and any(c[2] == "signed" for c in inst.cues) and row["signed_date"] is not None), None)
        if lead_row is not None:
            for inst, row in zip(emitted, out):
                if inst.lead and inst.start > colon and row["signed_date"] is None:
                    row["signed_date"], row["signed_precision"] = lead_row["signed_date"], lead_row["signed_precision"]
        _count_inline_batch(text, emitted, out)
    for inst, row in list(zip(emitted, out)):
        ref = amended.get(id(inst))
        if ref is not None:
            # the instrument amended, concluded in its year: a fact of its own, between the same parties
            out.append({"char_start": ref.start, "char_end": ref.end, "name": reference_name(text, ref),
                        "agreement_type": _instrument_type(text[ref.head_start : ref.head_end]),
                        "signed_date": dt.date(ref.year, 1, 1), "signed_precision": "year",
                        "effective_date": None, "effective_precision": "unknown", "quantity": None,
                        "parties": row["parties"], "topics": []})
    return out


# a temporal clause placing the main clause after a signing: "since the FTA was signed", "one year
# after the presidents signed a treaty", "ever since the two countries inked ..."
_BACKGROUND_CLAUSE_RE = re.compile(
    r"(?i)\b(?:since|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some|"
    r"\d+)\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|decades?)\s+(?:after|since)))\s+"
    r"(?![\d(]|(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|then|last|this|early|late|mid)\b)[^,;:.()\d]{0,80}$")


def _background_signing(text: str, inst: _Inst) -> bool:
    """The signing of an unnamed instrument is told inside a temporal clause ("since the FTA was
    signed", "One year after the two presidents signed a treaty"): background to the main clause,
    which the sentence does not date; the instrument is one told elsewhere (no row of its own)."""
    signs = [c for c in inst.cues if c[2] in ("signed", "effective")]
    if not signs or inst.titled or inst.acronym:
        return False  # (a named instrument is a fact of its own, undated: "Since signing of the Cultural Agreement")
    # (the verb nearest to the instrument: "Since signing of X, the two sides have signed 20 MoUs")
    near = min(signs, key=lambda c: inst.start - c[1] if c[1] <= inst.start else c[0] - inst.end)
    start = min(inst.start, near[0])
    lo = max(0, start - 100)
    window = text[lo:start].lower()
    if "since" not in window and "after" not in window:
        return False
    m = _BACKGROUND_CLAUSE_RE.search(text, lo, start)
    # ("since independence the two countries have signed 50 agreements": the main clause's own signing)
    return m is not None and _MAIN_PERFECT_RE.search(m.group(0)) is None


_MAIN_PERFECT_RE = re.compile(r"(?i)\b(?:have|has)\b")
# between a date and the instrument it opens the clause of ("On 1 March 2026 the FTA", "In 2010, the treaty")
_DATE_SUBJECT_GAP_RE = re.compile(r"\s*,?\s*(?:(?:the|this|that|its|their)\s+)?")

# an adverb closing a clause in the perfect that makes it an experience ("We have signed MoUs before",
# "the two sides have concluded agreements in the past", "They have inked such deals many times")
_EXPERIENCE_AFTER_RE = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,4}?\s+(?:before|in\s+the\s+past|previously|many\s+times|several\s+times|"
    r"on\s+(?:many|several|numerous)\s+occasions)\s*(?:[,.;!?\"”’]|$)")


def _experience_signing(text: str, inst: _Inst) -> bool:
    """An uncounted, unnamed plural instrument governed by a signing verb in the perfect and closed by
    an adverb of experience ("We have signed MoUs before"): instruments of the past in general, no
    signing told (no row)."""
    if inst.name or inst.titled or not _is_plural(inst.surface) or not any(c[2] == "signed" for c in inst.cues):
        return False
    if _quantity_span_before(text, inst.start)[0] is not None:
        return False
    return _EXPERIENCE_AFTER_RE.match(text, inst.end) is not None


# a definite determiner right before an acronym ("The CEPA", "the two countries' CEPA")
_DEFINITE_ACRONYM_BEFORE_RE = re.compile(r"(?i)(?:\bthe|\bits|\btheir|['’]s?)\s+$")
_WHO_RE = re.compile(r",\s+who\s")
_WHICH_RE = re.compile(r",\s+which\s")
_WHO_END_RE = re.compile(r"[,;:.!?()]|\s[-–—]\s")


def _clause_dates(clause_re: re.Pattern[str], text: str, dates: list, cues: list, cue_from_start: bool) -> set[int]:
    """Starts of the dates inside each clause ``clause_re`` finds (to its next punctuation) that holds
    no cue (from the clause's own start with ``cue_from_start``, else after its opening words):
    ", who ..." ("..., who signed the agreement on Monday": the clause tells the signing) and
    ", as X ended/began ..."."""
    out: set[int] = set()
    for m in clause_re.finditer(text):
        stop = _WHO_END_RE.search(text, m.end())
        end = stop.start() if stop else len(text)
        if any((m.start() if cue_from_start else m.end()) <= c[0] < end for c in cues):
            continue
        out.update(d[0] for d in dates if m.end() <= d[0] < end)
    return out


# a temporal "as" clause after the main clause, telling another doing ("..., as the vice president wrapped
# up a three-day visit on Thursday")
_AS_CLAUSE_RE = re.compile(
    r",\s+as\s+(?:[\w'’.-]+\s+){1,10}?(?:wrapped|wraps|ended|ends|concluded|concludes|began|begins|started|"
    r"starts|opened|opens|closed|closes|arrived|arrives|left|leaves|departed|departs|kicked|kicks)\b")
# a reporting clause after the main clause ("..., the Ministry of Water Resources said on Friday", "...,
# officials told reporters on Monday"): its date is the day of the saying, not of the signing told
_REPORT_CLAUSE_RE = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,8}?(?:(?:said|says|announced|announces|reported|reports|confirmed|confirms|stated|"
    r"disclosed|added)(?=\s|$)|told(?:\s+[\w'’-]+){0,2}?(?=\s+(?:on|in|at|late|earlier|this|last|yesterday)\b))")
# (the word that gates a clause, its pattern, whether a cue counts from the clause's start)
_ASIDE_CLAUSES = ((", who ", _WHO_RE, False), (", which ", _WHICH_RE, False), (", as ", _AS_CLAUSE_RE, True),
                  (", ", _REPORT_CLAUSE_RE, True))


# "X on Wednesday concluded an official visit to Y, during which the two sides signed ...": the day
# dates the visit's end (or its start: "arrived on Monday for a three-day visit, in the course of
# which"); the signing in the relative clause happened some day of the visit
_DURING_VISIT_RE = re.compile(
    r"(?i)\b(?:visit|tour|trip|stay|journey)\b[^.;:]{0,120}?,?\s+(?:during|in\s+the\s+course\s+of|"
    r"over\s+the\s+course\s+of|throughout)\s+which\b")


# what may stand between an instrument and a date of its own phrase: "the Treaty of 12 May 1977", "the
# Accord (2019)", "the MoU between A and B, dated 3 May", "the Agreement in March 2020"; before it: "On 1 March
# 2026 the FTA", "the May 2019 protocol"
_DATE_AFTER_INST_RE = re.compile(r"\s*(?:,\s*|\(\s*)?(?:(?:of|dated|on|in|from|signed)\s+)?")
_DATE_BEFORE_INST_RE = re.compile(r"\s*,?\s*(?:(?:the|this|that|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}")


def _next_to_date(text: str, inst: _Inst, ds: int, de: int) -> bool:
    """An instrument in a sentence without any cue (no signing, no entry into force) takes only a
    date written next to it (:data:`_DATE_AFTER_INST_RE`, :data:`_DATE_BEFORE_INST_RE`); any other date of
    the sentence tells something else ("trade rose in the first half of 2026 as the CEPA enters its third
    year")."""
    end = max(inst.end, inst.between[1] if inst.between else 0, inst.complement_end or 0)
    if ds >= inst.start:
        return ds < end or _DATE_AFTER_INST_RE.fullmatch(text, end, ds) is not None
    return _DATE_BEFORE_INST_RE.fullmatch(text, de, inst.start) is not None


def _within_visit(text: str, date_end: int, inst: _Inst) -> bool:
    """The date (ending at ``date_end``) stands in a main clause about a visit and the instrument's
    signing in a "during which" clause after it: the date is no signing day."""
    if "which" not in text:
        return False
    m = _DURING_VISIT_RE.search(text, date_end)
    return (m is not None and m.end() <= inst.start and text.find(".", date_end, m.start()) < 0
            and all(c[0] >= m.end() for c in inst.cues if c[2] == "signed"))


# a conjunct after a comma: ", and", ", while", "; also" (the same sentence goes on with the occasion)
_AND_CLAUSE_RE = re.compile(r"(?i),\s*(?:and|while|as)\s")
# a sentence listing examples of the instruments told right before: "Among them were ...", "They
# included ...", "The documents cover ..."
_EXAMPLES_NEXT_RE = re.compile(
    r"(?i)\W*(?:among\s+(?:them|these|those|the\s+[\w-]+)\b|"
    r"(?:these|they|those|the\s+(?:documents|instruments|agreements|deals|accords|memoranda|mous|pacts)"
    r"(?:\s+[\w-]+){0,6}?)\s+(?:include|included|includes|comprise|comprised|comprises)\b)")
# what may stand before an item's own title: a marker, an article, a number
_ITEM_HEAD_RE = re.compile(r"[\W\d]*(?:[a-z]{1,3}[.)]\s*)?(?:(?:the|a|an|one|two)\s+)?", re.I)
_SPACED_DASH_RE = re.compile(r"\s+[-–—]\s+")
_SPACED_DASH_BEFORE_RE = re.compile(r"\s+[-–—]\s+$")


def _spaced_pair_start(text: str, inst: _Inst, ctx: SentenceContext) -> int | None:
    """Where a title starting on a country goes left over a spaced dash to another country ("India -
    Maldives Joint Statement", the style of some ministries' headings): that country's start."""
    first = next((c for c in ctx.countries if c[0] == inst.start and c[3] in _ACTOR_KINDS), None)
    m = _SPACED_DASH_BEFORE_RE.search(text, max(0, inst.start - 4), inst.start)
    if first is None or m is None:
        return None
    other = next((c for c in ctx.countries if c[1] == m.start() and c[3] in _ACTOR_KINDS and c[2] != first[2]), None)
    return other[0] if other is not None else None


# a list's lead whose subject refers back to instruments just told ("These include:", "Among them:")
# a lead announcing the text of one instrument ("The two leaders adopted the following declaration:",
# "issued the following joint statement:"): its numbered paragraphs are that text, not signed items
_ONE_TEXT_LEAD_RE = re.compile(
    r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:declaration|statement|communiqu[eé]|"
    r"memorandum|treaty|agreement|protocol|text)\s*:\s*$")
_ANAPHORIC_LEAD_RE = re.compile(
    r"\W*(?:(?:these|they|those)(?:\s+(?:documents|instruments|agreements|include|included|are|were))?\b"
    r"|among\s+(?:them|these|those|others)\b)", re.I)
# ... or naming them as its object before the colon ("I would like to list them:", "Let me name them
# one by one:", "Allow me to mention these:")
_LIST_THEM_RE = re.compile(r"(?i)\b(?:list|name|enumerate|mention|cite|read\s+out|present|recall)\s+(?:them|these|those)\b"
                           r"[^.;:!?]*:\s*$")


def lead_signing(text: str, ctx: SentenceContext) -> tuple[object, str] | None:
    """For the lead sentence of a list ("In the presence of the two ministers, the following
    MoUs were signed:"), the date and precision of the signing it tells (date None when the text
    gives none); None when it tells no signing (no signing verb, or a pending one: "The following
    agreements will be signed:")."""
    lex = _lex()
    low: str | None = text.lower()
    if not foldable(text, low):
        low = None
    if _pending(text, low, []):
        return None
    if _ONE_TEXT_LEAD_RE.search(text):
        return None  # "adopted the following declaration:": the lines after are its text, not instruments
    rx, s = lex.cue.on(text, low)
    signed = [m.span() for m in rx.finditer(s) if _cue_role(text[m.start() : m.end()])[0] == "signed"]
    if not signed:
        # "14 documents were exchanged. These include, among others:": a lead opening on a pronoun
        # lists the instruments of the signing told right before (its day)
        if ctx.previous_day is not None and (_ANAPHORIC_LEAD_RE.match(text) or _LIST_THEM_RE.search(text)):
            return ctx.previous_day, "day"
        return None
    cs, ce = signed[-1]
    dates = [d for d in _finest_dates(text, ctx.dates) if d[2] is not None]
    if dates:
        d = min(dates, key=lambda d: (min(abs(d[0] - ce), abs(cs - d[1])), _RANK.get(d[3], 3)))
        return d[2], d[3]
    rx, s = _PERFECT.on(text, low)
    # (a perfect tells no time of its own, "have signed 20 agreements", unless "just" done)
    fb = just_signed_day(text, ctx) if rx.search(s) else _fallback_date(text, low, ctx)
    return fb if fb is not None else (None, "unknown")


# a sentence that reports someone's view: quoted, or closed by ", Zhu said."
_OPINION_SENTENCE_RE = re.compile(
    r"[\"“”]|,\s+(?:[\w'’.-]+\s+){1,5}(?:said|says|added|noted|argued|believes|wrote|told\s+[\w\s]{1,30})\W*$"
)
_NOMINAL_SIGNING_RE = re.compile(r"(?i)(?:the\s+)?signing(?:\s+of)?")
