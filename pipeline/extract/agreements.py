"""Agreement mentions: signed or issued instruments (treaties, FTAs, protocols, MoUs, joint
statements, executive programmes, cooperation outlines, "agreements were signed covering ...").

A mention needs either a signing/issuing/entry-into-force cue bound to the instrument ("signed a
free trade agreement", "MoUs were signed", "which entered into force in July 2007") or a named
instrument ("the Protocol to Amend the Free Trade Agreement between China and Pakistan").
Instruments in a series share one signing ("an agreement on X, a protocol on Y and an MoU on Z";
"signed a protocol to speed up the rail link and a memorandum ..."); headlines under a
"Related:"/"Also Read:" header line (up to a blank line) are other articles.
Instrument words and cue verbs are data (``lexicons/agreement_types.csv``), as is the grammar of
topic lists (``lexicons/topics.csv``).

For every mention the extractor fills:

* ``name`` — a capitalised title, extended left over title words ("2012—2020 Space Cooperation
  Outline", dashes normalised) and right over connectors followed by title words ("Agreement on
  Trade in Services of the China-Pakistan FTA"); a "between" phrase is part of the name only when
  it follows a nested instrument ("Protocol to Amend the Free Trade Agreement between China and
  Pakistan") — right after the head it names the parties.  A lower-case instrument with an "on"
  complement is named by it ("Joint statement on the launch of negotiations for ..."), also a
  titled head not otherwise extended ("Protocol on phytosanitary requirements ...", past a
  "between" naming the parties), or an infinitive complement ("a protocol to speed up the rail
  link").  "Joint Statement of the Republic of A and the Republic of B on X": the "of" phrase
  names the parties, the name is "Joint Statement on X".  "the A-B FTA" is named "A-B Free Trade
  Agreement" (one name for one instrument).  "Trade in Goods/Services Agreement" is a trade agreement.
* ``agreement_type`` from the head instrument word; ``quantity`` from a count before it ("14
  Executive Programs", "over a dozen agreements"; "multiple", "several", "a number of" -> null).
  A count over two coordinated plurals is one batch ("seven agreements and memoranda of
  understanding"); a batch coordinated after another instrument keeps its count ("a joint
  declaration and a batch of eleven sectoral agreements").  General nouns (``role=generic``:
  "documents", "instruments", "partnership") are instruments only as a signing verb's object or
  a signed list's items ("the following documents were exchanged:", "signed a Security and
  Defence Partnership"); "Exchange of Letters/Notes" is an agreement.
* ``signed_date`` / ``effective_date``: dates in the instrument's clause; a date after an
  entry-into-force cue is the effective date.  Without any date in the sentence, the narrative
  date (latest date earlier in the paragraph, else the lede's event date when it lies within the
  document's reference period — its day only when the sentence is anchored to that event, "After
  the talks, ...", else its month) — never for cumulative perfect-tense statements ("have signed").
  A sentence tied to an event ("Following the meeting", "witnessed the signing", "on the occasion
  of the Summit") outside any dated paragraph takes the day of the latest earlier sentence telling
  that event (any day-dated one for "witnessed the signing") within the document's period.  Dates
  inside a "since" phrase ("since the establishment of relations on 1 August 1955") are
  background, not the narrative's time; "since 1967, when the two countries signed ..." dates the
  signing.  An undated signing tied to the lede's event, when the lede gives a span of days ("on a
  state visit from 16 to 18 June") holding the document's day, happened on the document's day; an
  undated signing without an anchor right after a sentence whose signing had a day, in the same
  paragraph and month ("The two sides also issued a joint statement"), keeps that day.  A date
  in parentheses after a heading statement's title is the visit's, not the issue date; "at the end
  of <X's> visit from March 1 to 3" dates the signing on the span's last day.  A fronted phrase
  ending on a date ("Following a welcome ceremony on 9 April, the two presidents held talks")
  moves the story to that day like an opening date.  A sentence opening on a definite instrument
  ("The MoU was signed by ...") right after a day-dated signing keeps that day.  The years of a
  programme's period ("Plan of Action ... for 2026-2030") date no instrument of the sentence.
  "effective from", "in force since" date the entry into force.  A date beyond a semicolon belongs to another clause; of "on Aug 13 last year" the
  day counts; a year before a title ("the 1929 Treaty of Lima") is the instrument's year; the
  years after "for the years" are a programme's period.  Instruments sharing one signing verb,
  each with a date in its own conjunct ("signed an agreement in June 2024, and an MoU ... in
  2022"), keep their own dates.  A joint statement heading the document ("JOINT STATEMENT" among
  the first lines) is issued on the document's day; an undated signing in a headline happened in
  the document's month.
* ``parties`` — countries named in the clause, the countries of signatory persons (not of one who
  tells of the signing: "X recalled that ..."), organisations in a "between A and B" phrase (with
  the country word in their name), completed from the narrative pair of countries ("the two
  sides", "both countries") or the document's dyad.  The narrative pair skips countries named as
  places ("in the eastern Democratic Republic of Congo", "in Shenzhen, China", "in X's Y
  province"); a sentence naming both countries of the dyad has the dyad as its pair.
* Background instruments: "the treaty of 1977", "the Glomma Convention of 1998" (a singular
  instrument with an "of <year>" complement) are instruments of that year; so is the instrument an
  amending one acts on ("a protocol amending the air transport agreement of 1998", "... their 1998
  air transport agreement": its own row, and the year dates neither the protocol nor the sentence's
  other instruments); "X and its protocol" is one instrument X.  "produced/yielded
  24 agreements" tells a signing (not of general nouns).  A general noun without a count after a
  nominal "the signing of" in a reported opinion (quoted, or closed by ", X said") is no mention.
* ``topics`` — the list after "to enhance cooperation in", "covering ... in areas of",
  "focusing on areas like", or an "<instrument> on <topics>" complement.
* Not signed: an instrument governed by a pending cue (``role=pending``: "negotiations on a
  CEPA", "will sign", "if the two countries sign", "the draft treaty", "..., which is under
  discussion", "looked forward to the signing of", "a feasibility study on an FTA", "discussed a new agreement on
  X", "a new agreement on X was discussed") gives no row
  unless a signing cue is nearer to it.  A definite lower-case instrument with no signing of its
  own ("the border treaty ..., and it entered into force") refers back: no row.  Lines of links
  ("Related: ...", "Read more: ...") give no rows.  A signing verb governs an
  instrument also from a relative clause (", which the two countries signed in 2017") or as a
  passive after a long subject ("An addendum extending the Protocol on X ... was also signed").
* Lists (:mod:`pipeline.extract.agreement_lists`): the items of a list whose lead sentence
  tells a signing ("the following six MoUs were signed:", also inside one sentence after a
  colon) are signed on the lead's date (its own, else its narrative or lede date) with the
  document's parties, each one instrument (quantity 1); the lead's batch ("six MoUs") stays
  one row of its own; a lead listing examples ("... includes:", "among them:") gives its batch no
  count.
* References (round 9): a definite plural opening a sentence right after a counted batch ("The
  documents, signed at ...") is a second mention of that batch
  (:mod:`pipeline.extract.agreement_anaphora`); a short name referring back ("the Ganges treaty")
  takes the full name another sentence of the document gives (:mod:`pipeline.extract.agreement_aliases`).
  A narrative pair of two countries each named once, beside a clear dyad ("views on the situation
  in Sudan and Somalia"), is a topic: the sentences after it keep the dyad.
* Round 14: a timeline entry's heading date ("- May 2019: ...; the two countries sign ...") dates
  every clause of the entry (:mod:`pipeline.extract.agreement_entries`); a contact relative clause
  ("a framework agreement the two governments signed in 2022") and a participle after an
  instrument's complement and a comma ("the two memoranda on X and on Y, signed in 2024") tell its
  signing; an undated unnamed instrument as a legal basis ("under the agreement signed by the two
  agencies") is told elsewhere; a live page's timestamp is no count; the sentence after a list's
  last item goes on with the list's signing day; "This year's session" is the session told before
  with its day; "the AEO deal" is the instrument whose title's words the acronym abbreviates.
* Round 19: a signing tied to an earlier event ("After the meeting") takes the day written in that
  event's own clause, not the last day of its sentence; a reception or a call-on of a named visitor
  is a meeting; "the MoU on X signed by the two countries in 2020" is a look back; a signing verb
  right after a headline's instrument ("Seven Agreements Signed") is no title word; "an agreement for
  the avoidance of ..." is named by its purpose; the items a batch "includes" are signed with it;
  "the Exchange of Notes" and "the loan agreement" are named by their kind.
* Round 20: a place before "of the <Title>" says where it was signed ("the signing last month in Brasília of
  the Memorandum ...": no longer title); a titled general noun's complement ("the Arrangement on X from Y,
  signed on ...") lets the participle after it sign it; the date of a trailing reporting clause (", the
  ministry said on Friday") is the saying's, and a batch told without a date takes the day of the reference
  telling its signing ("The MoUs were signed on Wednesday"); a headline's bare instrument is the body's one
  of its own time (not "an earlier line of credit signed in 2018").
* Round 21: a date before a temporal subordinate clause holding the signing (", months after the two countries
  signed ...") is the main clause's; "the signing of A ..., and of B" signs both; a named instrument in a sentence
  without any cue takes only a date written next to it; a body named after an instrument ("the X-Y CEPA Joint
  Committee") is none; "on the sidelines of the <Name>" takes the day of the sentence writing that name; "The
  other/remaining N agreements are ..." and "Another <Title>" are members of the batch told before, at any
  distance; a definite acronym that is an instrument word is named by the title it was defined after; a bare
  "deal" among a counted batch's examples is of the batch's type (:mod:`pipeline.extract.agreement_anaphora`).
Layout: this module is the frame stage (vectorised preparation of each candidate sentence's
context); the per-sentence finder is :mod:`pipeline.extract.agreement_sentence`.
"""

from __future__ import annotations

import datetime as dt
import bisect
import functools
import re

import polars as pl

from pipeline.extract.agreement_acronyms import document_acronyms
from pipeline.extract.agreement_acronyms import use_mask as acronym_use_mask
from pipeline.extract.agreement_aliases import unify_names
from pipeline.extract.agreement_anaphora import (BACK_WINDOW, PARTITIVE_LEAD_RE, batch_member, date_batch, is_partitive,
                                                 partitive_item, refers_to_batch, same_time, take_batch)
from pipeline.extract.agreement_context import _ACTOR_KINDS, SentenceContext
from pipeline.extract.agreement_lexicon import _lex, _rust_safe
from pipeline.extract.agreement_ledes import opens_on_dateline
from pipeline.extract.agreement_links import LINKS_HEADER_RE, in_links_block, in_spaced_links_block
from pipeline.extract.agreement_repeats import (day_of_same_instrument, names_previous_kind, refers_to_previous,
                                                take_previous, take_type, type_told_before)
from pipeline.extract.agreement_lists import LEAD_END, list_leads
from pipeline.extract.agreement_sentence import find_agreements, lead_signing
from pipeline.extract.agreement_topics import split_topics
from pipeline.extract.countries import LOCATION_KINDS
from pipeline.extract.numbers import currency_word_mask
from pipeline.lexicons import read_lexicon
from pipeline.model import AGREEMENT_MENTIONS, empty
from pipeline.extract.sentence_index import by_sentence as _by_sentence

__all__ = ["extract_agreements", "find_agreements", "SentenceContext", "split_topics"]

# a date at the head of a sentence followed by "(AGENCY)", "/PRNewswire/" or a dash is a dateline
_DATELINE_AFTER_RE = re.compile(r"^[^a-z]{0,12}(?:\(|/|[—–]|--)")
# what is left of a line that is only a date: punctuation, digits, a clock time and a time zone
# (also the same day in another calendar: "Wednesday, November 18, 2026 | Jamadi-ul-Awwal 7, 1448 AH")
_DATE_LINE_REST_RE = (r"^(?:[\W\d_]|\b(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4})\b"
                      r"|\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+\d{1,2},?)?\s+\d{3,4}\s*(?:AH|A\.H\.|BS|SH)\b)*$")
# a page timestamp ("Last Updated: Feb 12 2025 | 07:45 PM IST", "Published on 3 March 2024"): the
# words before the date say when the page was written, not when anything happened
_TIMESTAMP_BEFORE_RE = re.compile(
    # (also "Press release | Date: 11.03.2026": a page line's "Date:" field after other fields)
    r"(?i)^\W*(?:[^|\n]{0,40}\|\s*)?(?:(?:last\s+)?(?:updated|published|posted|modified|edited|uploaded|first\s+published)"
    r"(?:\s+(?:on|at))?\s*[:|\-–—]?|date\s*:)\s*$"
)
_KEYS = ["doc_id", "sentence_id"]
# a sentence of a quotation: opening on a quote mark, or closing one before its attribution
# ('... on the energy transition," says the minister.')
# (vectorised engine; a verb's end as a non-word character or the text's end, the same as a word
# boundary after a letter and ~3x faster than a Unicode one)
_QUOTED_RE = (r"^\W{0,3}[\"“]|[,.!?][\"”]\s+(?:says|said|added|adds|noted|notes|stressed|stresses|told)(?:\W|$)"
              r"|[,.!?][\"”]\s+(?:\p{Lu}[\w.'’-]*\s+){1,5}(?:says|said|added|noted|stressed)(?:\W|$)")
# "A second deal", "another deal": one more of the kind of instrument just told
_ANOTHER_BEFORE_RE = re.compile(r"(?i)\b(?:a\s+(?:second|third|fourth|fifth|new|further|separate|similar)|another)\s+(?:[\w-]+\s+)?$")
_DEAL_RE = re.compile(r"(?i)deal")
# a named instrument referred to as known: "the" before a name whose head comes last ("the Ganges
# treaty"), or a word pointing back ("the aforementioned ...", "... referred to in paragraph 3")
_THE_BEFORE_RE = re.compile(r"(?:^|\W)the\s+$")
_THE_BEFORE_CI_RE = re.compile(r"(?:^|\W)[Tt]he\s+$")
_BACK_MARK_BEFORE_RE = re.compile(r"(?i)\b(?:aforementioned|above-?mentioned|aforesaid)\s+$")
_BACK_MARK_AFTER_RE = re.compile(r"(?i)[\w\s]{0,30}?\b(?:referred\s+to|mentioned|cited)\s+(?:above|earlier|before|in\s+(?:paragraph|para|item|point|section))\b")
_DEFINITE_OPEN_RE = re.compile(r"\W*(?:The|This|That|These|Those)\s+")
# a sentence going on with the story just told ("The two leaders also witnessed ...")
_ALSO_RE = re.compile(r"\b(?:also|further|in addition|additionally)\b", re.I)
# ... or whose subject refers back to the actors just told ("The two Heads of State signed ...", "They")
_SAME_ACTORS_RE = re.compile(r"(?i)\W*(?:\d{1,2}[.)]\s+)?(?:the\s+two\s|both\s(?!of\b)|they\s)")
# what comes before a country named as a place: "in the (eastern) ", "in Shenzhen, " (also "in X's
# <Place>": "in Mozambique's Cabo Delgado province"; not "invest in Pakistan")
_PLACE_BEFORE_RE = r"(?:^|\W)in\s+(?:the\s+(?:[a-z]+\s+)?|[A-Z][\w-]+,\s*)$"
_IN_BEFORE_RE = r"(?:^|\W)in\s+(?:the\s+(?:[a-z]+\s+)?|[A-Z][\w-]+,\s*)?$"
_NOUN_KINDS = frozenset({"name", "alias", "short"})
# a country on a route ("freight between the two countries via Uzbekistan and Afghanistan", "transit
# through Iran"): a place passed through, not a side of the relation the sentence tells
_ROUTE_BEFORE_RE = (r"(?:^|\W)(?:via|(?:transit(?:ing)?|passing|passes|pass|routed?|running)\s+(?:through|across))\s+"
                    r"(?:[A-Z][\w-]+(?:,\s*[A-Z][\w-]+)*,?\s+(?:and|or)\s+)?$")
# a lead that lists examples ("The package of documents signed ... includes:", "among them:"): its
# items are not the whole batch, so their number is no count of it
_PARTIAL_LIST_RE = re.compile(
    r"(?i)\b(?:includ(?:e|es|ed|ing)|among\s+(?:them|others|which|these|those)|such\s+as|"
    r"for\s+(?:example|instance)|notably)\b[^:]{0,12}:[^:]*$"
)
_WHEN_AFTER_RE = r"^\s*,?\s*when\b"
_FRONTED_RE = r"(?i)^\W*(?:following|after|before|during|upon|on|at)\s[^,;.:()]{0,80}$"
_OPENING_RE = r"(?i)^\W*(?:(?:on|in|at|earlier|later|then|and)\s+){0,2}(?:the\s+)?$"
# a sentence spelling out a batch told before by a copula or "include" ("the documents were an
# agreement on ..., a memorandum on ... and ...", "The three instruments signed include: ...")
_BATCH_ENUM_RE = re.compile(
    r"(?i)(?:\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:documents|instruments|agreements|accords|deals|pacts|texts|"
    r"memoranda|mous)\b(?:\s+(?:signed|concluded|exchanged)\b)?|\b(?:they|these|those))\s+"
    r"(?:were|are|included?|includes|comprised?|comprises|covered|cover)\s*:?\s*(?:an?|the|one|two)?\s*$"
)
_ENUM_WINDOW = 5
_REST_RE = re.compile(r"(?i)\b(?:other|remaining|rest|last)\b")
# the one instrument left of a batch: "The other agreement is a memorandum on X", "The last document was ..."
_REST_ONE_RE = re.compile(
    r"(?i)\bthe\s+(?:other|remaining|last)\s+(?:document|instrument|agreement|accord|deal|pact|text|memorandum|mou)\s+"
    r"(?:was|is)\s*:?\s*(?:an?|the|one)?\s*$")
# the batch as the subject of "include" ("The instruments signed include an agreement on X, ...")
_BATCH_EXAMPLES_RE = re.compile(r"(?i)\s+(?:(?:signed|concluded|exchanged|inked)\s+)?(?:include|includes|included|"
                                r"comprise|comprises|comprised|were|are|was|is)\s*:?\s+(?:an?|the|one)\s")
# a clause telling an earlier round of a series ("The third was held in London in May 2025", "the
# eighth having taken place in Wellington in September 2024", "The seventh meeting had been held in
# Bogota in 2023", "the previous session took place in ..."): its date is a look back, no narrative
# time (tested with the date's age: a round told as held months before the document). An ordinal
# with its noun and a simple past ("The twelfth Binational Cabinet met in Pasto on 22 July 2025") is
# the event a chronicle tells, no look back.
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"thirteenth|fourteenth|fifteenth|\d{1,2}(?:st|nd|rd|th))")
_ROUND_NOUN = r"(?:round|session|sessions|meeting|edition|iteration|dialogue|talks|consultations|summit)"
_EARLIER_ROUND_CORE_RE = (
    rf"(?i)(?:\b(?:previous|preceding|prior|earlier|last)\s+(?:[\w'’-]+\s+){{0,3}}?{_ROUND_NOUN}\b"
    # (an ordinal standing for the series' noun told before: "The third was held", "the eighth having taken place")
    rf"|\b{_ORDINAL}\s+(?:one\s+)?(?:(?:had|having|was)\s+(?:been\s+)?(?:held|convened|hosted|organi[sz]ed|staged|"
    rf"conducted)|(?:had|having)\s+(?:taken\s+place|met)|took\s+place|met)\b"
    rf"|\bhad\s+(?:been\s+(?:held|convened|hosted)|taken\s+place)\b|\bhaving\s+(?:been\s+held|taken\s+place)\b"
    # (an ordinal round with its noun told as held, "The 13th session took place in Dakar in July 2024",
    # "The tenth meeting was held in Tbilisi": a look back when months old; "met" is a chronicle's event)
    rf"|\b{_ORDINAL}\s+(?:[\w'’-]+\s+){{0,3}}?{_ROUND_NOUN}\s+(?:(?:was|were)\s+(?:held|convened|hosted)|took\s+place)\b"
    # (... or with a participle set off by a comma: "progress since the 11th meeting, held in Hanoi in May 2024")
    rf"|\b{_ORDINAL}\s+(?:[\w'’-]+\s+){{0,3}}?{_ROUND_NOUN},\s+(?:held|convened|hosted)\b)"
)
# (the clause ends at most 80 characters before the date, in the same clause)
_EARLIER_ROUND_RE = _EARLIER_ROUND_CORE_RE + r"[^.;:!?]{0,80}$"
# every match of the clause holds one of these words: a literal test that spares most sentences the
# full pattern (whose open end is slow in the regex engine)
_EARLIER_ROUND_CUE_RE = (r"(?i)\b(?:previous|preceding|prior|earlier|last|held|convened|hosted|organi[sz]ed|staged|"
                         r"conducted|taken|took|met)\b")
# an instrument's signing told in a participle after its name ("covering the Security Agreement signed in
# December 2023", "the treaty, concluded on 5 May 2019,"): a reference to an earlier instrument; like an
# earlier round, its date moves no narrative time when it is months before the document
_SIGNED_PARTICIPLE_RE = (r"(?i)\b(?:agreements?|treat(?:y|ies)|accords?|pacts?|protocols?|memorand(?:um|a|ums)|mous?|"
                         r"conventions?|deals?|declarations?|charters?)"
                         # (past its complement and before its signatories: "the memorandum of understanding on
                         # military cooperation signed by the two countries in January 2020")
                         r"(?:\s+(?:of|on|for|between|concerning|regarding)\s+[^,;.:()]{1,90}?)?\s*,?\s+"
                         r"(?:signed|concluded|inked|ratified)(?:\s+by(?:\s+[\w'’.-]+){1,6}?)?\s+(?:in|on)\s+(?:the\s+)?$")
_IN_FORCE_SINCE_RE = r"(?i)\b(?:in\s+force|in\s+effect|effective|operational)\s+since\s*$"
_SINCE_PHRASE_RE = r"(?i)\bsince\b[^,;.:()]{0,80}$"
# a line of links to other articles ("Related: ...", "Read more: ..."): their headlines tell nothing here
_RELATED_RE = re.compile(
    r"(?i)^\W*(?:related(?:\s+(?:news|stories|story|articles?|content|coverage|reading|links?|posts?|topics?))?|"
    r"read\s+(?:more|also|next)(?:\s+(?:on|about)\s+(?:the|this)\s+(?:topic|story|subject|issue))?|also\s+read|further\s+reading|"
    r"see\s+also|more\s+on\s+(?:this|the)(?:\s+(?:topic|story))?|you\s+may\s+also\s+like)\s*[:|>]"
)
# a line that is only such a header: the lines under it (up to a blank line) are other articles' headlines
_RELATED_HEADER_RE = re.compile(
    r"(?im)^\W*(?:related(?:\s+(?:news|stories|articles|content|coverage|reading))?|read\s+(?:more|also|next)"
    # ("Read more on the topic:")
    r"(?:\s+(?:on|about)\s+(?:the|this)\s+(?:topic|story|subject|issue))?|"
    r"also\s+read|see\s+also|more\s+on\s+(?:this|the)(?:\s+topic)?|you\s+may\s+also\s+like)\s*[:|>]?\s*$"
)
# a sentence opening on the end of an event named by its owner, as told in the sentence before:
# "At the end of the council's session", "At the close of the forum's meeting"
_EVENT_END_START_RE = re.compile(
    r"(?:At|Following|After)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:the\s+)?[\w-]+['’]s?\s+"
    r"(?:session|meeting|talks|sitting|round)\b"
)


def _valid_dates(dates: pl.DataFrame | None, sents: pl.DataFrame) -> pl.DataFrame | None:
    """The dates of ``sents`` usable for agreements: known, with a precision, not the bound of a
    span ("since 2000", "until 2030"), not a dateline (a date within the first 45 characters
    followed by "(AGENCY)", "/PRNewswire/" or a dash) and not a page timestamp ("Last Updated:
    Feb 12 2025", a line with only "2024-07-03");
    None without a dates frame."""
    cols = ["doc_id", "sentence_id", "char_start", "char_end", "date_start", "precision"]
    if dates is not None and "date_end" in dates.columns:
        cols.append("date_end")  # (the end of the lede's event: "at the conclusion of the visit")
    if dates is None or dates.height == 0 or not set(cols) <= set(dates.columns):
        return None
    qual = pl.col("qualifier") if "qualifier" in dates.columns else pl.lit(None, dtype=pl.String)
    d = dates.filter(
        pl.col("date_start").is_not_null() & pl.col("precision").is_not_null() & (pl.col("precision") != "unknown")
    ).select(*cols, qual.fill_null("").is_in(["since", "until"]).alias("_span"))
    # (the sentences saying "since": only their dates may be a span's bound or inside a since-phrase)
    has_since = sents["text"].str.contains(r"(?i)since").fill_null(False)
    st = sents.select(*_KEYS, pl.col("char_start").alias("_ss"), pl.col("text").alias("_st"),
                      has_since.alias("_since"))
    d = d.join(st, on=_KEYS, how="inner", maintain_order="left").with_row_index("_i")
    rel_s = pl.col("char_start").cast(pl.Int64) - pl.col("_ss").cast(pl.Int64)
    rel_e = pl.col("char_end").cast(pl.Int64) - pl.col("_ss").cast(pl.Int64)
    sub = d.filter(pl.col("_since") | pl.col("_span"))
    # "have signed 20 agreements since 2000": the start of a span is no signing date, unless a
    # clause tells what happened then ("since 1967, when the two countries signed a protocol")
    when = pl.col("_st").str.slice(rel_e.clip(0), 12).str.contains(_WHEN_AFTER_RE).fill_null(False)
    # a date inside a "since" phrase ("since the establishment of relations on 1 August 1955") or
    # a span's bound is background: it does not move the narrative's time
    since = pl.col("_st").str.slice(0, rel_s.clip(0)).str.contains(_SINCE_PHRASE_RE).fill_null(False)
    # "in force since July 5, 2020": the bound is the day it took effect
    in_force = pl.col("_st").str.slice(0, rel_s.clip(0)).str.contains(_IN_FORCE_SINCE_RE).fill_null(False)
    sub = sub.select("_i", (pl.col("_span") & ~when & ~in_force).alias("_gone"), (pl.col("_span") | since).alias("_bgs"))
    gone = sub.filter(pl.col("_gone"))["_i"]
    bg = sub.filter(pl.col("_bgs"))["_i"]
    if gone.len():
        d = d.filter(~pl.col("_i").is_in(gone.implode()))
    d = d.with_columns(pl.col("_i").is_in(bg.implode()).alias("_bg")).drop("_span", "_since")
    before_date = pl.col("_st").str.slice(0, rel_s.clip(0))
    rounds = (
        d.filter(before_date.str.contains(_EARLIER_ROUND_CUE_RE).fill_null(False))
        .filter(before_date.str.contains(_EARLIER_ROUND_CORE_RE).fill_null(False))
        .filter(before_date.str.contains(_EARLIER_ROUND_RE).fill_null(False))["_i"]
    )
    signed_refs = (d.filter(before_date.str.contains(r"(?:signed|concluded|inked|ratified)(?:\s+by(?:\s+[\w'’.-]+){1,6}?)?"
                                                     r"\s+(?:in|on)\s+(?:the\s+)?$").fill_null(False))
                   .filter(before_date.str.contains(_SIGNED_PARTICIPLE_RE).fill_null(False))["_i"])
    d = d.with_columns((pl.col("_i").is_in(rounds.implode()) | pl.col("_i").is_in(signed_refs.implode())).alias("_round"))
    # (tested only on the dates near a sentence's start, vectorised: the same patterns in the Rust engine)
    head = d.filter(rel_s < 45).select("_i", "_st", rel_s.clip(0).alias("_rs"), rel_e.clip(0).alias("_re"))
    before = pl.col("_st").str.slice(0, pl.col("_rs"))
    after = pl.col("_st").str.slice(pl.col("_re"))
    dateline = (
        pl.col("_st").str.slice(pl.col("_re"), 30).str.contains(_DATELINE_AFTER_RE.pattern)
        | before.str.contains(_TIMESTAMP_BEFORE_RE.pattern)
        # a line that is only a date (and a time): the page's date
        | (before.str.contains(_DATE_LINE_REST_RE) & after.str.contains(_DATE_LINE_REST_RE))
    ).fill_null(False)
    drop = head.filter(dateline)["_i"]
    # a date opening its sentence ("On 20 January, ...", "• On Tuesday afternoon, ...") sets the
    # narrative's time
    opening = head.filter(before.str.contains(_OPENING_RE).fill_null(False))["_i"]
    # ... also a fronted phrase ending on the date ("Following a welcome ceremony on 9 April, the two
    # presidents held talks")
    # (only the dates followed by a comma near the start: no copy of the other rows' texts)
    comma = d.select("_i", ((pl.col("_st").str.slice(rel_e.clip(0), 1) == ",") & (rel_s < 90) & (rel_s >= 0))
                     .fill_null(False).alias("_c")).filter(pl.col("_c"))["_i"]
    fronted = comma.head(0)
    if comma.len():
        fr = d.filter(pl.col("_i").is_in(comma.implode())).select("_i", pl.col("_st").str.slice(0, rel_s.clip(0)).alias("_b"))
        fronted = fr.filter(pl.col("_b").str.contains(_FRONTED_RE).fill_null(False))["_i"]
    if fronted.len():
        opening = pl.concat([opening, fronted]).unique()
    d = d.with_columns(pl.col("_i").is_in(opening.implode()).alias("_open"))
    if drop.len():
        d = d.filter(~pl.col("_i").is_in(drop.implode()))
    return d.drop("_i", "_ss", "_st")


@functools.cache
def _item_title_re() -> str:
    """A list item that opens on a general instrument noun ("Plan on ...", "a) Roadmap for ...")."""
    return r"(?i)^[\W\d]*(?:[a-z]{1,3}[.)]\s*)?(?:(?:the|a|an|one|two)\s+)?(?:" + _lex().generic_gate[4:] + ")"


def _prefilter(texts: pl.Series) -> pl.Series:
    """The sentences that may name an instrument: one pass of the lexicon's filter (a superset:
    a sentence without an instrument gives no row); a general noun ("documents") only with a
    signing verb near it, tested on the sentences that name one."""
    lex = _lex()
    cand = texts.str.contains(lex.prefilter).fill_null(False)
    if lex.generic_gate is not None:
        idx = (texts.str.contains(lex.generic_gate).fill_null(False) & ~cand).arg_true()
        if idx.len():
            hit = texts.gather(idx).str.contains(lex.generic_prefilter).fill_null(False)
            if hit.any():
                cand = cand.scatter(idx.filter(hit), True)
    return cand.alias("_cand")


def _within(value: pl.Expr, group: pl.Expr, fill: str | None = None, limit: int | None = None) -> pl.Expr:
    """``value`` shifted by one row (``fill`` None) or forward-filled, without crossing from one
    group to the next (``group``: a key that is constant on consecutive rows of one group)."""
    if fill is None:
        return pl.when(group == group.shift(1)).then(value.shift(1))
    src = pl.when(value.is_not_null()).then(group)
    return pl.when(src.forward_fill(limit=limit) == group).then(value.forward_fill(limit=limit))


def _lede_ok(d, p: str, ref, ref_prec: str) -> bool:
    """The lede's date lies within the document's reference period."""
    if ref_prec == "day":
        return 0 <= (ref - d).days <= 7 or (p == "month" and (d.year, d.month) == (ref.year, ref.month))
    if ref_prec == "month":
        return (d.year, d.month) == (ref.year, ref.month)
    return d.year == ref.year


def _refs_frame(info: dict[str, tuple]) -> pl.DataFrame:
    """doc_id, _ref (reference date), _refp (its precision) of the documents in ``info``."""
    return pl.DataFrame(
        {"doc_id": list(info), "_ref": [v[0] for v in info.values()], "_refp": [v[1] for v in info.values()]},
        schema={"doc_id": pl.String, "_ref": pl.Date, "_refp": pl.String},
    )


def _older_expr(days: int) -> pl.Expr:
    """A date (date_start at precision) whose whole period ends more than ``days`` before the
    reference (_ref)."""
    d, ref, p = pl.col("date_start"), pl.col("_ref"), pl.col("precision")
    end = (pl.when(p == "year").then(d.dt.offset_by("1y")).when(p == "month").then(d.dt.offset_by("1mo"))
           .otherwise(d.dt.offset_by("1d")))
    return end < ref - pl.duration(days=days)


def _future_expr() -> pl.Expr:
    """A date (date_start at precision) whose period begins after the reference period (_ref at
    _refp), compared at the coarser of the two precisions; a day after a day reference is allowed
    (a wire filed overnight)."""
    d, ref, p, rp = pl.col("date_start"), pl.col("_ref"), pl.col("precision"), pl.col("_refp")
    year = (p == "year") | (rp == "year")
    month = ~year & ((p == "month") | (rp == "month"))
    return (
        pl.when(year).then(d.dt.year() > ref.dt.year())
        .when(month).then(d.dt.year() * 12 + d.dt.month() > ref.dt.year() * 12 + ref.dt.month())
        .when((p == "day") & (rp == "day")).then(d > ref + pl.duration(days=1))
        .otherwise(False)
    )


def _dated_sentences_by_doc(rows: pl.DataFrame, opening: str | None) -> dict[str, tuple[list[int], list[tuple]]]:
    """doc_id -> (positions, [(text, day, opening day or None)]) of the dated sentences ``rows`` (columns
    doc_id, _pos, text, _ldd and the ``opening`` column), in document order."""
    out: dict[str, tuple[list[int], list[tuple]]] = {}
    openings = rows[opening].to_list() if opening else [None] * rows.height
    for doc_id, pos, stext, day, opened in zip(*(rows[k].to_list() for k in ("doc_id", "_pos", "text", "_ldd")), openings):
        positions, items = out.setdefault(doc_id, ([], []))
        positions.append(pos)
        items.append((stext, day, opened))
    return out


def _told_before(index: tuple[list[int], list[tuple]], pos: int) -> list[tuple]:
    """The sentences of one document's ``index`` (:func:`_dated_sentences_by_doc`) before position ``pos``."""
    positions, items = index
    return items[: bisect.bisect_left(positions, pos)]


def extract_agreements(sentences: pl.DataFrame, documents: pl.DataFrame, persons: pl.DataFrame,
                       countries: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Agreement mentions of all documents (schema :data:`pipeline.model.AGREEMENT_MENTIONS`).

    ``sentences``: model.SENTENCES (boilerplate skipped); ``documents``: model.DOCUMENTS;
    ``persons``: model.PERSON_MENTIONS; ``countries``: country_mentions(sentences);
    ``dates``: extract_dates(sentences, documents).  Offsets are document offsets.

    Vectorised around the per-sentence finder: candidate sentences come from one regex filter;
    paragraphs, the narrative date and pair of countries, the lede's date and each candidate's
    countries, persons and dates come from window expressions and joins; Python only runs on
    candidate sentences.
    """
    if sentences.height == 0:
        return empty(AGREEMENT_MENTIONS)
    sents = sentences
    if "is_boilerplate" in sents.columns:
        # (an all-capitals heading among the first lines naming a joint statement is the document's
        # title, not a menu: "JOINT STATEMENT BY THE PRESIDENTS OF A AND B")
        bp = pl.col("is_boilerplate").fill_null(False)
        heads = sents.filter(bp & (pl.col("sentence_id") < 8))
        heads = heads.filter(~heads["text"].str.contains(r"\p{Ll}") & heads["text"].str.contains(_statement_heading_re()))
        if heads.height:
            keep = pl.struct("doc_id", "sentence_id").is_in(heads.select(pl.struct("doc_id", "sentence_id")).to_series().implode())
            sents = sents.filter(~bp | keep)
        else:
            sents = sents.filter(~bp)
    sents = sents.select("doc_id", "sentence_id", "char_start", "char_end", "text")
    sents = sents.with_columns(_prefilter(sents["text"]))
    # acronyms defined after an instrument's title ("... Transit Trade Agreement (APTTA)"): the
    # sentences using one of them are candidates too
    cand_rows = sents.filter(pl.col("_cand"))
    acronyms = document_acronyms(cand_rows["doc_id"], cand_rows["text"])
    word_acronyms = document_acronyms(cand_rows["doc_id"], cand_rows["text"], words=True)
    if acronyms:
        sents = sents.with_columns(pl.col("_cand") | acronym_use_mask(sents["doc_id"], sents["text"], acronyms))
    cand_docs = sents.filter(pl.col("_cand"))["doc_id"].unique().to_list()
    if not cand_docs:
        return empty(AGREEMENT_MENTIONS)
    # the candidate documents' sentences in text order; _d numbers the documents, _para the
    # paragraphs of the whole frame (a newline between two sentences starts one)
    ds = sents.filter(pl.col("doc_id").is_in(cand_docs)).sort("doc_id", "char_start", maintain_order=True)
    new_doc = pl.col("doc_id") != pl.col("doc_id").shift(1)
    ds = ds.with_row_index("_r").with_columns(new_doc.fill_null(True).cum_sum().alias("_d"))
    ds = ds.with_columns(
        (pl.col("_r") - pl.when(new_doc.fill_null(True)).then(pl.col("_r")).forward_fill()).alias("_pos"),
        _within(pl.col("char_end"), pl.col("_d")).alias("_pe"),
    )
    info: dict[str, tuple] = {}
    doc_texts: dict[str, str] = {}
    newline = None
    if documents is not None and documents.height:
        docs = documents.filter(pl.col("doc_id").is_in(cand_docs))
        cols = {c: docs[c].to_list() if c in docs.columns else [None] * docs.height
                for c in ("reference_date", "reference_precision")}
        for doc_id, ref, ref_prec in zip(docs["doc_id"].to_list(), *cols.values()):
            info[doc_id] = (ref, ref_prec)
        if "text" in docs.columns:
            # (only the documents with a header line of links: "Also Read:", "Related news:")
            # (the header line is a sentence of its own, maybe boilerplate: test the short sentences)
            # (also a sentence that is only the header: "ALSO READ" on a line of its own)
            short = sentences.filter(pl.col("text").str.len_bytes() < 60)
            hdr_docs = pl.concat([
                sentences.filter(pl.col("text").str.contains(_RELATED_RE.pattern))["doc_id"],
                short.filter(short["text"].str.contains(_RELATED_HEADER_RE.pattern))["doc_id"],
                short.filter(short["text"].str.contains(LINKS_HEADER_RE.pattern))["doc_id"],
            ]).unique()
            hdr = docs.filter(pl.col("doc_id").is_in(hdr_docs.implode())) if hdr_docs.len() else docs.head(0)
            doc_texts = dict(zip(hdr["doc_id"].to_list(), hdr["text"].to_list()))
        if "text" in docs.columns:
            dt = docs.select("doc_id", pl.col("text").alias("_dt")).unique("doc_id", keep="last", maintain_order=True)
            ds = ds.join(dt, on="doc_id", how="left", maintain_order="left")
            gap = pl.col("_dt").str.slice(pl.col("_pe"), (pl.col("char_start") - pl.col("_pe")).clip(0))
            newline = pl.when(pl.col("_dt").fill_null("") == "").then(None).otherwise(gap.str.contains("\n").fill_null(False))
            # lists: an item inherits the signing its lead sentence tells (agreement_lists); only
            # documents with a sentence ending in a colon can have a list
            colon = ds.select("doc_id", "text").filter(pl.col("text").str.contains(LEAD_END))["doc_id"].unique()
            if colon.len():
                sub = ds.filter(pl.col("doc_id").is_in(colon.implode()))
                sub = sub.select("_r", "text", list_leads(sub.with_columns(gap.alias("_gap"))).alias("_lead_sid"))
                if _lex().generic_gate is not None:
                    # an item of a list naming a general instrument ("- Plan on the Joint Operation of ..."):
                    # a candidate too (the finder keeps it only under a lead that tells a signing)
                    items = sub.filter(pl.col("_lead_sid").is_not_null())
                    titled = items.filter(pl.col("text").str.contains(_item_title_re()).fill_null(False))["_r"]
                    if titled.len():
                        ds = ds.with_columns(pl.col("_cand") | pl.col("_r").is_in(titled.implode()))
                ds = ds.join(sub.drop("text"), on="_r", how="left", maintain_order="left")
    if newline is None:
        ds = ds.with_columns((-1 - pl.col("_r").cast(pl.Int64)).alias("_para"))
    else:
        # without a text, every sentence is a paragraph of its own
        ds = ds.with_columns(newline.alias("_nl")).with_columns(
            pl.when(pl.col("_nl").is_null()).then(-1 - pl.col("_r").cast(pl.Int64))
            .otherwise((pl.col("_nl") | (pl.col("_d") != pl.col("_d").shift(1)).fill_null(True)).cast(pl.Int64).cum_sum())
            .alias("_para")
        )
    if "_lead_sid" not in ds.columns:
        ds = ds.with_columns(pl.lit(None, dtype=pl.Int32).alias("_lead_sid"))
    leads = ds.select("doc_id", "_cand", "_lead_sid").filter(pl.col("_cand") & pl.col("_lead_sid").is_not_null()).select(
        "doc_id", pl.col("_lead_sid").alias("sentence_id"), pl.lit(True).alias("_is_lead")
    ).unique(maintain_order=True)
    ds = ds.join(leads, on=_KEYS, how="left", maintain_order="left").with_columns(pl.col("_is_lead").fill_null(False))
    # the number of items (lines) of each list: "The following MoUs were signed:" + four bullets = four MoUs
    item_rows = ds.select("doc_id", "_lead_sid", *(["_nl"] if "_nl" in ds.columns else [])).filter(
        pl.col("_lead_sid").is_not_null())
    if "_nl" in item_rows.columns:
        item_rows = item_rows.filter(pl.col("_nl").fill_null(True))
    n_items = item_rows.group_by("doc_id", "_lead_sid").len()
    list_sizes = {(d, s): n for d, s, n in n_items.iter_rows()}
    keys = ds.select(*_KEYS, "char_start", "_cand", "_is_lead").filter(pl.col("_cand") | pl.col("_is_lead")).select(
        *_KEYS, pl.col("char_start").alias("_off"))

    # countries ("U.S. dollars": a country word inside a currency name is no country)
    c_cols = ["doc_id", "sentence_id", "char_start", "char_end", "iso3", "kind"]
    c_sent: dict = {}
    dyads: dict[str, tuple[str, ...]] = {}
    if countries is not None and countries.height and set(c_cols) <= set(countries.columns):
        currency = currency_word_mask(countries, sentences, documents)
        c = countries.select(c_cols).filter(pl.col("doc_id").is_in(cand_docs) & ~currency)
        actors = c.with_row_index("_i").filter(pl.col("kind").is_in(list(_ACTOR_KINDS)))
        top = (
            actors.group_by("doc_id", "iso3")
            .agg(pl.len().alias("_n"), pl.col("_i").min().alias("_first"))
            .sort(["doc_id", "_n", "_first"], descending=[False, True, False])
            .group_by("doc_id", maintain_order=True)
            .agg(pl.col("iso3").head(2), pl.col("_n").head(2))
        )
        top_n = top.select("doc_id", "_n")
        top = top.drop("_n")
        dyads = {d: tuple(v) for d, v in zip(top["doc_id"].to_list(), top["iso3"].to_list())}
        # the narrative pair: the two countries of the latest sentence (this or up to 8 before) naming
        # two, as actors or by a place of one of the document's two countries ("Cambodia's prime
        # minister visited Hanoi"; not "on the sidelines of the Boao Forum")
        in_dyad = pl.struct("doc_id", "iso3").is_in(top.explode("iso3").select(pl.struct("doc_id", "iso3")).to_series().implode())
        # (a country named as a place, "in the eastern Democratic Republic of Congo", "in Shenzhen,
        # China", is where something is, not a side of the relation the sentence tells)
        pc = c.filter(pl.col("kind").is_in(list(_ACTOR_KINDS))
                      | (pl.col("kind").is_in(list(LOCATION_KINDS)) & in_dyad)).with_row_index("_k")
        # a sentence naming both countries of the document's pair tells of them ("Türkiye's stance on
        # Kashmir and Palestine ... Ankara and Islamabad"); else its first two countries that are not
        # named as places
        agg = (
            pc.group_by(_KEYS, maintain_order=True).agg(pl.col("iso3").unique(maintain_order=True).alias("_all"))
            .filter(pl.col("_all").list.len() >= 2)
            .join(top.select("doc_id", pl.col("iso3").alias("_dy")), on="doc_id", how="left", maintain_order="left")
            .with_columns(((pl.col("_dy").list.len() == 2)
                           & (pl.col("_all").list.set_intersection(pl.col("_dy")).list.len() == 2))
                          .fill_null(False).alias("_both"))
        )
        # (the place test runs only on the country nouns of the other sentences naming two countries)
        check = agg.filter(~pl.col("_both")).select(_KEYS)
        nouns = pc.filter(pl.col("kind").is_in(list(_NOUN_KINDS))).join(check, on=_KEYS, how="semi")
        places = nouns.head(0)["_k"]
        if nouns.height:
            st = ds.select(*_KEYS, pl.col("char_start").alias("_ss"), pl.col("text").alias("_st")).join(
                check, on=_KEYS, how="semi")
            nouns = nouns.select("_k", *_KEYS, "char_start", "char_end").join(st, on=_KEYS, how="inner")
            rel = (pl.col("char_start").cast(pl.Int64) - pl.col("_ss").cast(pl.Int64)).clip(0)
            rel_end = (pl.col("char_end").cast(pl.Int64) - pl.col("_ss").cast(pl.Int64)).clip(0)
            nouns = nouns.select("_k", pl.col("_st").str.slice((rel - 40).clip(0), rel - (rel - 40).clip(0)).alias("_b"),
                                 pl.col("_st").str.slice(rel_end, 30).alias("_a"))
            nouns = nouns.filter((pl.col("_b").str.contains(_IN_BEFORE_RE)
                                  | pl.col("_b").str.contains(_ROUTE_BEFORE_RE)).fill_null(False))
            places = nouns.filter((~pl.col("_a").str.contains(r"^[-–—]") & (
                pl.col("_b").str.contains(_PLACE_BEFORE_RE) | pl.col("_b").str.contains(_ROUTE_BEFORE_RE)
                | pl.col("_a").str.contains(r"^['’]s\s+(?:[a-z]+\s+)?[A-Z]"))).fill_null(False))["_k"]
        if places.len():
            hit = pc.filter(pl.col("_k").is_in(places.implode())).select(_KEYS).unique()
            fixed = (pc.filter(~pl.col("_k").is_in(places.implode())).join(hit, on=_KEYS, how="semi")
                     .group_by(_KEYS, maintain_order=True).agg(pl.col("iso3").unique(maintain_order=True).alias("_fix")))
            agg = agg.join(fixed, on=_KEYS, how="left", maintain_order="left").with_columns(
                pl.when(pl.col("_fix").is_not_null()).then(pl.col("_fix"))
                .when(pl.struct(_KEYS).is_in(hit.select(pl.struct(_KEYS)).to_series().implode()))
                .then(pl.lit([], dtype=pl.List(pl.String))).otherwise(pl.col("_all")).alias("_all"))
        pairs = agg.select(*_KEYS, pl.when(pl.col("_both")).then(pl.col("_dy")).otherwise(pl.col("_all").list.head(2))
                           .alias("_pair"), "_dy").filter(pl.col("_pair").list.len() >= 2)
        # a country named only once in the whole document ("... held with the participation of
        # Sri Lanka", "a cable linking Crete with Cyprus and later Israel") is a passing mention, no
        # side of the relation: its pair with one country of the document's dyad is the dyad
        # (only beside a clear dyad: both its countries named as actors more than once)
        once = c.group_by("doc_id", "iso3").len().filter(pl.col("len") == 1)
        clear = top_n.filter(pl.col("_n").list.min() >= 2)["doc_id"]
        odd = pl.col("_pair").list.set_difference(pl.col("_dy"))
        # (also a pair of two such countries: "views on the situation in Sudan and Somalia" is a topic)
        once_set = once.select(pl.struct("doc_id", "iso3")).to_series().implode()
        passing = ((pl.col("_dy").list.len() == 2) & (pl.col("_pair").list.set_intersection(pl.col("_dy")).list.len() <= 1)
                   & pl.col("doc_id").is_in(clear.implode())
                   & pl.struct("doc_id", odd.list.first().alias("iso3")).is_in(once_set)
                   & ((odd.list.len() < 2) | pl.struct("doc_id", odd.list.get(1, null_on_oob=True).alias("iso3")).is_in(once_set))
                   ).fill_null(False)
        # (a sentence naming the two countries itself keeps them: the dyad is for the sentences after it)
        pairs = pairs.select(*_KEYS, "_pair", pl.when(passing).then(pl.col("_dy")).otherwise(pl.col("_pair")).alias("_alt"))
        ds = ds.join(pairs, on=_KEYS, how="left", maintain_order="left")
        ds = ds.with_columns(pl.when(pl.col("_pair").is_not_null()).then(pl.col("_pair"))
                             .otherwise(_within(pl.col("_alt"), pl.col("_d"), fill="forward", limit=8)).alias("_pair"))
        c_sent = _by_sentence(c, keys, ["char_start", "char_end", "iso3", "kind"])
    if "_pair" not in ds.columns:
        ds = ds.with_columns(pl.lit(None, dtype=pl.List(pl.String)).alias("_pair"))

    # dates: the candidates' own, the narrative date (latest date of the nearest earlier sentence
    # of the paragraph) and the lede's (first dated sentence among the first twelve)
    d_sent: dict = {}
    e_sent: dict = {}
    earlier: dict[str, tuple[list[int], list[tuple[str, object, object]]]] = {}
    earlier_acro: dict[str, tuple[list[int], list[tuple[str, object, object]]]] = {}
    earlier_spans: dict[str, dict[str, list[tuple[int, int, object]]]] = {}
    ledes: dict[str, tuple] = {}
    lede_ends: dict = {}  # doc_id -> the last day of the lede's event when it spans days
    vd = _valid_dates(dates, ds)
    if vd is not None and vd.height:
        # (background dates, "since the establishment of relations on 1 August 1955", tell no narrative time)
        # (nor do dates after the document's reference: "will visit on Jan. 15" is no time of the story)
        fg = vd.filter(~pl.col("_bg"))
        if info and fg["_round"].any():
            # (an earlier round told as held at least two months before the document's date)
            old = fg.select("doc_id", "date_start", "precision").join(
                _refs_frame(info), on="doc_id", how="left", maintain_order="left"
            ).select(_older_expr(60).fill_null(False)).to_series()
            fg = fg.filter(~(pl.col("_round") & old))
        if info:
            fut = fg.select("doc_id", "date_start", "precision").join(
                _refs_frame(info), on="doc_id", how="left", maintain_order="left"
            ).select(_future_expr().fill_null(False)).to_series()
            fg = fg.filter(~fut)
        per = fg.group_by(_KEYS, maintain_order=True).agg(
            pl.col("date_start").first().alias("_fd"), pl.col("precision").first().alias("_fp"),
            pl.col("date_start").last().alias("_ld"), pl.col("precision").last().alias("_lp"),
            pl.col("date_start").filter(pl.col("precision") == "day").last().alias("_ldd"),
            pl.col("date_start").filter((pl.col("precision") == "day") & pl.col("_open")).first().alias("_odd"),
            (pl.col("date_end").first() if "date_end" in fg.columns else pl.lit(None, dtype=pl.Date)).alias("_fe"),
        )
        ds = ds.join(per, on=_KEYS, how="left", maintain_order="left")
        # the latest date of the sentence right before (same document), for a paragraph that
        # opens on the end of an event told just before ("At the end of the council's session, ...")
        same = pl.col("_d") == pl.col("_d").shift(1)
        ds = ds.with_columns(
            pl.when(same).then(pl.col("_ldd").shift(1)).alias("_pd"),
            pl.when(same).then(pl.lit("day")).alias("_pp"),
        )
        ds = ds.with_columns(
            _within(pl.col("_ld"), pl.col("_para")).alias("_nd"),
            _within(pl.col("_lp"), pl.col("_para")).alias("_np"),
        ).with_columns(
            _within(pl.col("_nd"), pl.col("_para"), fill="forward"),
            _within(pl.col("_np"), pl.col("_para"), fill="forward"),
        )
        lede = (
            # (not a quotation opening the page: its "today" is the speaker's, not the story's event)
            ds.select("doc_id", "_pos", "_fd", "_fp", "_fe", "text").filter(
                (pl.col("_pos") < 12) & pl.col("_fp").is_in(["day", "month"]))
            .filter(~pl.col("text").str.contains(_QUOTED_RE).fill_null(False)).drop("text")
            .group_by("doc_id", maintain_order=True)
            .agg(pl.col("_fd").first(), pl.col("_fp").first(), pl.col("_fe").first())
        )
        for doc_id, d, p, e in zip(lede["doc_id"].to_list(), lede["_fd"].to_list(), lede["_fp"].to_list(),
                                   lede["_fe"].to_list()):
            ref, ref_prec = info.get(doc_id, (None, None))
            ref_prec = ref_prec or "unknown"
            if ref is not None and ref_prec != "unknown" and _lede_ok(d, p, ref, ref_prec):
                ledes[doc_id] = (d, p)
                if p == "day" and e is not None and e > d:
                    lede_ends[doc_id] = e
        # the day-dated sentences within the document's period, for signings tied to an event told
        # in an earlier paragraph ("Following the meeting, ...")
        # (only for the documents with a candidate outside any dated paragraph)
        anchored = pl.col("text").str.contains("(?i)" + _rust_safe(_lex().anchor_re.pattern)).fill_null(False)
        need = (ds.select("doc_id", "text", "_cand", "_is_lead", "_nd")
                .filter((pl.col("_cand") | pl.col("_is_lead")) & pl.col("_nd").is_null()).filter(anchored)["doc_id"])
        refs = _refs_frame(info)
        d, ref = pl.col("_ldd"), pl.col("_ref")
        within = (
            ((pl.col("_refp") == "day") & (d <= ref) & (d >= ref - pl.duration(days=7)))
            | ((pl.col("_refp") == "month") & (d.dt.year() == ref.dt.year()) & (d.dt.month() == ref.dt.month()))
            | ((pl.col("_refp") == "year") & (d.dt.year() == ref.dt.year()))
        )
        day_rows = (
            ds.select("doc_id", "sentence_id", "char_start", "_pos", "text", "_ldd", "_odd")
            .filter(pl.col("_ldd").is_not_null() & pl.col("doc_id").is_in(need.implode()))
            .join(refs, on="doc_id", how="inner", maintain_order="left")
            .filter(within.fill_null(False))
        )
        earlier = _dated_sentences_by_doc(day_rows, "_odd")
        # (any earlier day up to the page's, for an event an anchor names by its acronym: "During the JCC,
        # ..." after "the JCC was held in Dhaka on July 31", months before the page)
        acro_rows = (
            ds.select("doc_id", "_pos", "text", "_ldd")
            .filter(pl.col("_ldd").is_not_null() & pl.col("doc_id").is_in(need.implode())
                    & pl.col("text").str.contains(r"\b[A-Z]{2,6}\b"))
            .join(refs, on="doc_id", how="inner", maintain_order="left")
            .filter((pl.col("_ldd") <= pl.col("_ref")).fill_null(False))
        )
        earlier_acro = _dated_sentences_by_doc(acro_rows, None)
        # (the days of those sentences, relative to each: the day of the clause telling the event)
        day_spans = (fg.filter(pl.col("precision") == "day").select(*_KEYS, "char_start", "char_end", "date_start")
                     .join(day_rows.select(*_KEYS, pl.col("char_start").alias("_ss"), "text"), on=_KEYS, how="inner"))
        for doc_id, stext, s0, e0, ss, day in zip(*(day_spans[k].to_list() for k in ("doc_id", "text", "char_start",
                                                                                     "char_end", "_ss", "date_start"))):
            earlier_spans.setdefault(doc_id, {}).setdefault(stext, []).append((s0 - ss, e0 - ss, day))
        d_sent = _by_sentence(vd, keys, ["char_start", "char_end", "date_start", "precision"])
        if "date_end" in vd.columns:
            spans = vd.filter((pl.col("precision") == "day") & (pl.col("date_end") > pl.col("date_start")))
            e_sent = _by_sentence(spans, keys, ["char_start", "date_end"]) if spans.height else {}
    else:
        ds = ds.with_columns(pl.lit(None, dtype=pl.Date).alias("_nd"), pl.lit(None, dtype=pl.String).alias("_np"),
                             pl.lit(None, dtype=pl.Date).alias("_pd"), pl.lit(None, dtype=pl.String).alias("_pp"))

    p_sent: dict = {}
    p_cols = ["doc_id", "sentence_id", "char_start", "char_end", "name", "country_iso3"]
    if persons is not None and persons.height and set(p_cols) <= set(persons.columns):
        p_sent = _by_sentence(persons.select(p_cols), keys, ["char_start", "char_end", "name", "country_iso3"])

    cand = ds.filter(pl.col("_cand") | pl.col("_is_lead")).sort(
        "doc_id", "sentence_id", "char_start", "text", maintain_order=True
    )
    scalars = [k for k in AGREEMENT_MENTIONS if k not in ("parties", "topics")]
    out: dict[str, list] = {k: [] for k in scalars}
    parties: list[list[dict]] = []
    topics: list[list[str]] = []
    cols = [cand[k].to_list() for k in ("doc_id", "sentence_id", "char_start", "text", "_nd", "_np", "_pair",
                                         "_cand", "_is_lead", "_lead_sid", "_pd", "_pp", "_pos", "_para")]
    lead_dates: dict[tuple[str, int], tuple | None] = {}
    lead_texts: dict[tuple[str, int], str] = {}  # (an item's signing tied to the event its lead names)
    uncounted: dict[tuple[str, int], list[tuple[int, str]]] = {}  # lead -> its batch rows without a count
    item_rows: dict[tuple[str, int], int] = {}  # lead -> instruments found in its items
    last_day: tuple | None = None  # (doc_id, sentence_id, paragraph, day) of the latest day-dated signing
    list_ends: dict[tuple[str, int], int] = {}  # (doc_id, item's sentence) -> its list's last item sentence
    last_type: tuple | None = None  # (doc_id, paragraph, type) of the latest instrument
    last_row: tuple | None = None  # (doc_id, sentence_id, row) of a sentence's only instrument
    last_batch: tuple | None = None  # (doc_id, sentence_id, row, its index in out) of the latest counted batch
    last_bare: tuple | None = None  # (doc_id, sentence_id, text) of a candidate sentence that gave no row
    headline: list[bool] = []  # per row: told in a heading line among the document's first lines
    surfaces: list[str] = []  # per row: the words of its mention and the two before it
    single: list[bool] = []  # per row: one instrument (no count above one, a singular word)
    definite: list[bool] = []  # per row: a named instrument referred to as known ("the X treaty")
    shortened: list[bool] = []  # per row: a definite title opening on its instrument word ("the Agreement on X")
    for doc_id, sid, offset, text, nd, np_, pair, is_cand, is_lead, lead_sid, pd_, pp, pos, para in zip(*cols):
        key = (doc_id, sid)
        if _RELATED_RE.match(text) or _in_related_block(doc_texts.get(doc_id), offset) \
                or in_links_block(doc_texts.get(doc_id), offset, text) \
                or in_spaced_links_block(doc_texts.get(doc_id), offset, text, _RELATED_HEADER_RE, LINKS_HEADER_RE):
            continue
        narrative = (nd, np_) if nd is not None else None
        if narrative is None and pd_ is not None and pp == "day" and _EVENT_END_START_RE.match(text):
            narrative = (pd_, pp)
        days: list = []
        if narrative is None and doc_id in earlier:
            days = _told_before(earlier[doc_id], pos)
        acro_days: list = []
        if narrative is None and doc_id in earlier_acro:
            acro_days = _told_before(earlier_acro[doc_id], pos)
        ref, ref_prec = info.get(doc_id, (None, None))
        in_heading = pos < 8 and not text.rstrip().endswith((".", "!", "?"))  # a heading line among the first
        heading = ref if ref_prec == "day" and (in_heading or opens_on_dateline(text)) else None
        ctx = SentenceContext(
            countries=c_sent.get(key, []),
            persons=p_sent.get(key, []),
            dates=d_sent.get(key, []),
            span_ends=dict(e_sent[key]) if key in e_sent else None,
            acronyms=acronyms.get(doc_id),
            word_acronyms=word_acronyms.get(doc_id),
            fallback_date=narrative or ledes.get(doc_id),
            fallback_end=None if narrative else lede_ends.get(doc_id),
            fallback_is_lede=narrative is None,
            pair=tuple(pair) if pair is not None else (),
            dyad=dyads.get(doc_id, ()),
            earlier_days=days,
            acronym_days=acro_days,
            earlier_spans=earlier_spans.get(doc_id, {}) if days else {},
            heading_date=heading,
            reference=(ref, ref_prec) if ref is not None else None,
            # ("The two sides also issued a joint statement": the signing told just before goes on)
            # (an item of a list is told right before the sentence after the list's last item, "- a
            # programme of cultural exchanges. The presidents also adopted ...", whether or not that
            # last item names an instrument)
            previous_day=last_day[3] if last_day is not None and last_day[0] == doc_id and (
                last_day[1] == sid - 1 or list_ends.get((doc_id, last_day[1])) == sid - 1) and (
                last_day[2] == para or _ALSO_RE.search(text) is not None or _refers_back(text)
                or _SAME_ACTORS_RE.match(text) is not None) else None,
        )
        if is_lead:
            lead_dates[key] = lead_signing(text, ctx)
            lead_texts[key] = text
        if not is_cand:
            continue
        if lead_sid is not None:
            ctx.lead = lead_dates.get((doc_id, lead_sid))
            ctx.lead_text = lead_texts.get((doc_id, lead_sid))
        rows = find_agreements(text, ctx)
        if is_lead and lead_dates.get(key) is not None and not _PARTIAL_LIST_RE.search(text) \
                and not PARTITIVE_LEAD_RE.match(text):
            if list_sizes.get(key, 0) >= 2:
                _count_list(text, rows, list_sizes[key])
            else:
                # items not on lines of their own (cut by the segmenter): count their instruments
                uncounted[key] = [(len(out["quantity"]) + i, text[r["char_start"]:r["char_end"]])
                                  for i, r in enumerate(rows) if r["quantity"] is None]
        if lead_sid is not None:
            item_rows[(doc_id, lead_sid)] = item_rows.get((doc_id, lead_sid), 0) + len(rows)
            if (doc_id, lead_sid) in list_sizes:
                list_ends[key] = lead_sid + list_sizes[(doc_id, lead_sid)]
        if rows and last_batch is not None and last_batch[0] == doc_id and (
                (0 < sid - last_batch[1] <= BACK_WINDOW and refers_to_batch(text, rows[0]))
                or (sid > last_batch[1] and is_partitive(text, rows[0]) and all(
                    same_time({"signed_date": v, "signed_precision": p}, last_batch[2]) for _s, _e, v, p in ctx.dates))
        ) and same_time(rows[0], last_batch[2]):
            if last_batch[2]["signed_date"] is None and rows[0]["signed_date"] is not None:
                # "A and B have signed five MoUs ... The MoUs were signed in Beijing on Wednesday": the
                # reference dates the batch told without a date of its own
                date_batch(last_batch[2], rows[0], out, last_batch[3])
            take_batch(rows[0], last_batch[2])  # "The documents, signed at ...": the batch just told
            rows[0].pop("_told", None)
            if len(rows) > 1 and _BATCH_EXAMPLES_RE.match(text, rows[0]["char_end"]):
                # "The instruments signed include an agreement on X, a memorandum on Y and ...": its
                # items, signed with it (unless the sentence dates one itself)
                own = {(d[2], d[3]) for d in ctx.dates}
                for r in rows[1:]:
                    if (r["signed_date"], r["signed_precision"]) not in own:
                        r["signed_date"], r["signed_precision"] = rows[0]["signed_date"], rows[0]["signed_precision"]
            if is_lead and rows[0]["signed_date"] is not None and lead_dates.get(key) is not None:
                # ("Among the documents signed are: ..."): the items are signed with the batch
                lead_dates[key] = (rows[0]["signed_date"], rows[0]["signed_precision"])
        if rows and any("_told" in r for r in rows):
            rows = [r for r in rows if not r.pop("_told", False)]  # (agreement_definites: told elsewhere)
        enum = (_BATCH_ENUM_RE.search(text[: rows[0]["char_start"]]) or _REST_ONE_RE.search(text[: rows[0]["char_start"]])
                if rows and last_batch is not None else None)
        # ("The other two agreements are ...", "The remaining documents were ...": the rest of the batch, at
        # any distance in the document, also one item)
        rest = enum is not None and _REST_RE.search(enum.group(0)) is not None
        if enum is not None and (len(rows) >= 2 or rest) and last_batch[0] == doc_id \
                and 0 < sid - last_batch[1] and (rest or sid - last_batch[1] <= _ENUM_WINDOW) \
                and all(r["signed_date"] is None for r in rows):
            # "..., the documents were an agreement on X, a memorandum on Y and a memorandum on Z": the
            # items of the batch told a few sentences before, signed with it
            for r in rows:
                r["signed_date"], r["signed_precision"] = last_batch[2]["signed_date"], last_batch[2]["signed_precision"]
        if rows and last_batch is not None and last_batch[0] == doc_id and sid > last_batch[1] \
                and last_batch[2]["signed_date"] is not None:
            first = next((i for i, r in enumerate(rows) if partitive_item(text, r, last_batch[2])), None)
            if first is not None:
                # "Among the documents was a memorandum of understanding between X and Y (and an agreement on
                # Z)": the items of the batch, signed with it (unless dated otherwise)
                for i, r in enumerate(rows[first:]):
                    if i == 0 or (r["signed_date"] is None and (r["quantity"] or 1) == 1):
                        r["signed_date"], r["signed_precision"] = (last_batch[2]["signed_date"],
                                                                   last_batch[2]["signed_precision"])
            for r in rows:
                if batch_member(text, r):
                    # "Another MoU between X and Y covers joint mapping": one more of the batch told before
                    r["signed_date"], r["signed_precision"] = last_batch[2]["signed_date"], last_batch[2]["signed_precision"]
        days_signed = [r["signed_date"] for r in rows if r["signed_precision"] == "day"]
        if days_signed:
            last_day = (doc_id, sid, para, days_signed[-1])
        # (also across a line without an instrument: "Issued on: 29/10/2026 - 17:12" between lede and body)
        if rows and last_row is not None and last_row[0] == doc_id and 0 < sid - last_row[1] <= BACK_WINDOW \
                and (refers_to_previous(text, rows[0]) or names_previous_kind(text, rows[0], last_row[2])):
            # "... signed the agreement in Mumbai": the swap just told; "The FTA was signed in 2006": the
            # named free trade agreement just told
            take_previous(rows[0], last_row[2])
        elif rows and last_bare is not None and last_bare[:2] == (doc_id, sid - 1) and refers_to_previous(text, rows[0]):
            # "... governed by a preferential trade agreement. The agreement was signed in 2004": the
            # instrument the sentence before names without a signing of its own
            prev_type = type_told_before(last_bare[2])
            if prev_type is not None:
                take_type(rows[0], prev_type)
        last_bare = (doc_id, sid, text) if not rows else None
        for r in rows:
            # "a 15-year agreement was signed in 2016. A second deal, signed in 2021, ...": another
            # one of the kind just told is of its type
            if last_type is not None and last_type[:2] == (doc_id, para) and r["agreement_type"] == "other" \
                    and _ANOTHER_BEFORE_RE.search(text, max(0, r["char_start"] - 40), r["char_start"]) \
                    and _DEAL_RE.fullmatch(text, r["char_start"], r["char_end"]):
                r["agreement_type"] = last_type[2]
        if rows:
            last_type = (doc_id, para, rows[-1]["agreement_type"])
            last_row = (doc_id, sid, rows[-1]) if len(rows) == 1 else None
            batch = next((r for r in reversed(rows) if (r["quantity"] or 0) >= 2), None)
            if batch is not None:
                last_batch = (doc_id, sid, batch, len(out["doc_id"]) + rows.index(batch))
        for r in rows:
            # (a definite reference: "the Ganges treaty", "Exchange of Notes concerning the ODA loan")
            head_first = bool(r["name"]) and _lex().instrument_re.match(r["name"]) is not None
            definite.append(bool(r["name"]) and (
                (_THE_BEFORE_RE.search(text, max(0, r["char_start"] - 12), r["char_start"]) is not None
                 and not head_first)
                # ("The Social Security agreement entered into force": a sentence's opening "The" before
                # title words and a lower-case instrument word refers back too)
                or (not head_first and text[r["char_start"]:r["char_end"]][-1:].islower()
                    and text[r["char_start"]:r["char_start"] + 1].isupper()
                    and _THE_BEFORE_CI_RE.search(text, max(0, r["char_start"] - 12), r["char_start"]) is not None)
                or _BACK_MARK_BEFORE_RE.search(text, max(0, r["char_start"] - 24), r["char_start"]) is not None
                or _BACK_MARK_AFTER_RE.match(text, r["char_end"]) is not None))
            # ("The Agreement on Mutual Visas shall enter into force ...": a title cut short, maybe)
            shortened.append(head_first and _THE_BEFORE_CI_RE.search(text, max(0, r["char_start"] - 12), r["char_start"]) is not None)
            headline.append(in_heading)
            # (with the two words before it: "sign loan deal")
            surfaces.append(" ".join(text[: r["char_start"]].split()[-2:]) + " " + text[r["char_start"]:r["char_end"]])
            single.append((r["quantity"] or 1) == 1 and not _plural_instrument(text[r["char_start"]:r["char_end"]]))
            r["doc_id"] = doc_id
            r["sentence_id"] = sid
            r["char_start"] += offset
            r["char_end"] += offset
            for k in scalars:
                out[k].append(r[k])
            parties.append(r["parties"])
            topics.append(r["topics"])
    unify_names(out["doc_id"], out["sentence_id"], out["name"], out["agreement_type"], out["signed_date"], definite,
                shortened, [[p["name"] for p in ps if p.get("actor_type") == "organization" and p.get("name")]
                            for ps in parties])
    day_of_same_instrument(out["doc_id"], out["quantity"], out["name"], out["agreement_type"], out["signed_date"],
                           out["signed_precision"])
    for key, batch in uncounted.items():
        n = item_rows.get(key, 0)
        for idx, surface in batch:
            if n >= 2 and _plural_instrument(surface):
                out["quantity"][idx] = n
    rows_by_doc: dict[str, list[int]] = {}
    for i, d in enumerate(out["doc_id"]):
        rows_by_doc.setdefault(d, []).append(i)
    gone = _headline_enumerations(rows_by_doc, out["quantity"], out["name"], headline, single)
    _headline_instrument(out, rows_by_doc, headline, single, surfaces)
    _headline_batch(out, rows_by_doc, headline)
    if gone:
        keep = [i for i in range(len(out["doc_id"])) if i not in gone]
        out = {k: [v[i] for i in keep] for k, v in out.items()}
        parties = [parties[i] for i in keep]
        topics = [topics[i] for i in keep]
    frame = pl.DataFrame(out, schema={k: AGREEMENT_MENTIONS[k] for k in scalars})
    frame = frame.with_columns(_struct_lists(parties, AGREEMENT_MENTIONS["parties"]).alias("parties"),
                               _string_lists(topics).alias("topics"))
    return frame.select(list(AGREEMENT_MENTIONS))


def _headline_enumerations(rows_by_doc: dict[str, list[int]], quantities: list, names: list, headline: list[bool],
                           single: list[bool]) -> set[int]:
    """Rows of a headline's counted batch ("Pakistan, Ethiopia sign two accords") whose count is the
    number of single instruments the body of the document tells one by one (an MoU on X, an agreement
    on Y), with no counted batch in the body: the headline sums up those instruments, no fact of its own."""
    gone: set[int] = set()
    for rows in rows_by_doc.values():
        body = [i for i in rows if not headline[i]]
        if any((quantities[i] or 0) >= 2 for i in body):
            continue
        n_single = len({names[i].lower() if names[i] else i for i in body if single[i]})
        gone.update(i for i in rows if headline[i] and (quantities[i] or 0) >= 2 and quantities[i] == n_single)
    return gone


def _headline_instrument(out: dict[str, list], rows_by_doc: dict[str, list[int]], headline: list[bool],
                         single: list[bool], surfaces: list[str]) -> None:
    """A headline's bare instrument ("Nigeria, Morocco sign pipeline treaty": no name, no count) in a
    document whose body tells one single instrument and no batch is that instrument, whatever word the
    headline uses for it: it takes its type, name and date (in place)."""
    for rows in rows_by_doc.values():
        # (a joint statement heading the document is the document itself)
        # (a name read off an all-capitals heading, "SIGN PROTOCOL ON SKILLED WORKERS", is no title: every
        # word of such a line is upper-case)
        # (nor is one read off lower-case words, "sign protocol to update labour pact": a description)
        heads = [i for i in rows if headline[i] and single[i] and (
                     out["name"][i] is None or out["name"][i].isupper() or _described(out["name"][i], surfaces[i]))
                 and out["quantity"][i] is None and out["agreement_type"][i] != "joint_statement"]
        if not heads:
            continue
        body = [i for i in rows if not headline[i]]
        if any((out["quantity"][i] or 0) >= 2 for i in body):
            continue
        for i in heads:
            # (an instrument of another time told as background, "an earlier line of credit signed in
            # 2018", is not the headline's news)
            now = {"signed_date": out["signed_date"][i], "signed_precision": out["signed_precision"][i]}
            told = {out["name"][b].lower() if out["name"][b] else b: b for b in body if single[b] and same_time(
                {"signed_date": out["signed_date"][b], "signed_precision": out["signed_precision"][b]}, now)}
            if len(told) > 1:
                # ("..., SIGN PROTOCOL ON X" over a body telling a protocol and the agreed minutes): the one
                # of the headline's kind, else the one whose name shares the headline's words ("sign loan
                # deal for LRT" over an agreement on military information and a loan agreement)
                kind = {k: b for k, b in told.items() if out["agreement_type"][b] == out["agreement_type"][i]}
                if len(kind) == 1:
                    told = kind
                else:
                    words = _content_words(surfaces[i])
                    shared = {k: len(words & _content_words(out["name"][b] or "")) for k, b in told.items()}
                    best = max(shared.values(), default=0)
                    if best and sum(1 for v in shared.values() if v == best) == 1:
                        told = {k: b for k, b in told.items() if shared[k] == best}
            if len(told) != 1:
                continue
            j = next(iter(told.values()))
            if out["name"][j] is None or out["agreement_type"][j] == "joint_statement":
                continue
            if (out["name"][i] is not None and not out["name"][i].isupper() and _SUBJECT_RE.search(out["name"][i])
                    and not _word_stems(out["name"][i]) & _word_stems(out["name"][j])):
                continue  # ("sign pact on tourism" over an Agreement on Defence Cooperation: another one)
            for k in ("agreement_type", "name", "signed_date", "signed_precision"):
                out[k][i] = out[k][j]


def _described(name: str, surface: str) -> bool:
    """The name was read off a lower-case instrument word and its complement (the name "Protocol to update
    labour pact" of "sign protocol to update labour pact"): it describes the instrument, it is no title."""
    return name[:1].isupper() and (name[:1].lower() + name[1:]) in surface


# a described headline instrument telling its subject ("pact on tourism", "deal for LRT"), not only its
# purpose ("protocol to update labour pact")
_SUBJECT_RE = re.compile(r"(?i)^\S+\s+(?:on|for)\s")


def _word_stems(s: str) -> set[str]:
    """The first four letters of each content word of ``s`` ("fishing" and "fisheries", "labour" and "labor")."""
    return {w[:4] for w in _content_words(s)}


def _content_words(s: str) -> set[str]:
    """The lower-case content words of a mention or name, without instrument words ("loan" of "loan deal")."""
    return {w for w in _WORD4_RE.findall(s.lower()) if _lex().instrument_re.fullmatch(w) is None
            and w not in _NOT_CONTENT}


_WORD4_RE = re.compile(r"[a-z][a-z-]{3,}")
_NOT_CONTENT = frozenset("sign signs signed signing with from into between their over about".split())


def _headline_batch(out: dict[str, list], rows_by_doc: dict[str, list[int]], headline: list[bool]) -> None:
    """A headline's counted batch ("A and B signed 11 documents during the visit") in a document whose body
    tells one dated batch of the same count is that batch: it takes the body's type, name and date (in
    place), not the day the headline's own anchor or the document's date gives (the body tells the day:
    "On Monday, ... witnessed the signing of 11 documents"), nor another batch of another time."""
    for rows in rows_by_doc.values():
        heads = [i for i in rows if headline[i] and (out["quantity"][i] or 0) >= 2]
        if not heads:
            continue
        body = [i for i in rows if not headline[i]]
        for i in heads:
            told = {(out["agreement_type"][b], out["signed_date"][b], out["signed_precision"][b]): b for b in body
                    if out["quantity"][b] == out["quantity"][i] and out["signed_date"][b] is not None}
            if len(told) != 1:
                continue
            j = next(iter(told.values()))
            hd, bd = out["signed_date"][i], out["signed_date"][j]
            if hd is not None and not (dt.timedelta(0) <= hd - bd <= dt.timedelta(days=_HEADLINE_LAG_DAYS)):
                continue  # (a batch of another time: the headline's news is another signing)
            for k in ("agreement_type", "name", "signed_date", "signed_precision"):
                out[k][i] = out[k][j]


# how many days a headline's batch may be dated after the body's one it sums up (a visit, a week's news)
_HEADLINE_LAG_DAYS = 14


@functools.cache
def _statement_heading_re() -> str:
    """A line opening on a singular joint-statement word of ``agreement_types`` (vectorised engine)."""
    rows = read_lexicon("agreement_types").filter((pl.col("agreement_type") == "joint_statement")
                                                  & (pl.col("role").fill_null("instrument") == "instrument"))
    alt = "|".join(_rust_safe(p) for p in rows["pattern"].to_list())
    return rf"(?i)^\W*(?:{alt})(?:\W|$)"


def _refers_back(text: str) -> bool:
    """The sentence opens on a definite instrument ("The MoU was signed by ...", "The agreement was
    signed by ..."): the instrument just told."""
    m = _DEFINITE_OPEN_RE.match(text)
    return m is not None and _lex().instrument_re.match(text, m.end()) is not None


def _in_related_block(doc_text: str | None, start: int) -> bool:
    """The sentence at ``start`` stands under a header line of links ("Also Read:", "Related news:")
    in the same block of lines (no blank line between): a headline of another article."""
    if not doc_text:
        return False
    b = doc_text.rfind("\n\n", 0, start)
    return _RELATED_HEADER_RE.search(doc_text, b + 1 if b >= 0 else 0, start) is not None


def _count_list(text: str, rows: list[dict], n_items: int) -> None:
    """The plural instrument of a list's lead without a count of its own ("The following
    Memoranda of Understanding were exchanged:") is the batch of the list's ``n_items`` items."""
    colon = text.rfind(":")
    for r in rows:
        surface = text[r["char_start"] : r["char_end"]]
        if r["quantity"] is None and r["char_end"] <= colon and _plural_instrument(surface):
            r["quantity"] = n_items


def _plural_instrument(surface: str) -> bool:
    """An instrument word of ``surface`` is plural: its head noun, the word before "of" in
    "memoranda of understanding", else its last word ("joint statements")."""
    for m in _lex().instrument_re.finditer(surface):
        word = m.group(0).lower().split(" of ")[0].split()[-1]
        if word in ("memoranda", "mous") or (word.endswith("s") and not word.endswith(("ss", "us"))):
            return True
    return False


def _string_lists(values: list[list[str]]) -> pl.Series:
    """A List(String) series from Python lists, built flat (much faster than element-wise)."""
    idx = [i for i, v in enumerate(values) for _ in v]
    flat = [x for v in values for x in v]
    return _implode(idx, pl.Series("v", flat, dtype=pl.String), len(values))


def _struct_lists(values: list[list[dict]], dtype: pl.List) -> pl.Series:
    """A List(Struct) series from Python lists of dicts, built field by field."""
    fields = dtype.inner.fields
    idx = [i for i, v in enumerate(values) for _ in v]
    flat = pl.DataFrame(
        {f.name: [d.get(f.name) for v in values for d in v] for f in fields},
        schema={f.name: f.dtype for f in fields},
    ).to_struct("v")
    return _implode(idx, flat, len(values))


def _implode(idx: list[int], flat: pl.Series, n: int) -> pl.Series:
    """Group ``flat`` (element i belongs to row idx[i], rows in order) into a list series of n
    rows; a row without elements gets an empty list."""
    lists = (
        pl.DataFrame({"_i": pl.Series(idx, dtype=pl.Int64), "v": flat})
        .group_by("_i", maintain_order=True)
        .agg(pl.col("v"))
    )
    full = pl.DataFrame({"_i": pl.int_range(0, n, dtype=pl.Int64, eager=True)}).join(
        lists, on="_i", how="left", maintain_order="left"
    )
    empty_list = pl.lit([], dtype=pl.List(flat.dtype))
    return full.select(pl.col("v").fill_null(empty_list)).to_series()
