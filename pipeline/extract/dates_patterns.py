"""The regular expressions of every date expression the extractor knows, in priority order,
each with a tag naming its resolver (:data:`_PATTERNS`, :data:`_PRIO`, :data:`_PATTERN_BY_TAG`)."""

from __future__ import annotations

import re

from pipeline.extract.dates_grammar import DAY, MON, MON_FULL, MON_FULL_ALT, SEASON_RX, WEEKDAY, YEAR
from pipeline.extract.dates_grammar import DASH as _DASH
from pipeline.extract.dates_grammar import NUM as _NUM


def _F(first: str, pattern: str) -> re.Pattern:
    """Compile ``pattern`` behind a lookahead on its possible first characters: Python's ``re``
    then rejects most positions at once (3-10x faster on patterns that open with an optional part)."""
    return re.compile(f"(?={first})" + pattern)


def _word_start(alternatives: list[str], not_before: str) -> str:
    """Regex of literal ``alternatives`` (in order) that match only where the character before
    is not in the class ``not_before`` (a bracket expression), written as
    ``c(?<!{not_before}c)rest``: the same matches as ``(?<!{not_before})(?:...)``, but the
    pattern opens with a literal character, so Python's ``re`` skips ahead to the positions
    holding one of the first characters (a fast scan) instead of trying every position (2x
    faster on these patterns).  At the start of the text the two-character look-behind cannot
    match, so it holds there, as the one-character one does."""
    parts = []
    for w in alternatives:
        c = re.escape(w[0])
        parts.append(f"{c}(?<!{not_before}{c}){re.escape(w[1:])}")
    return "(?:" + "|".join(parts) + ")"


# a full month name at the start of a word (the bare-month pattern below): "\b" before a letter
_MONTH_WORD = _word_start(MON_FULL_ALT[3:-1].split("|"), r"\w") + "(?![A-Za-z])"
# a year at the start of a word and not after an amount or a decimal mark: "\b(?<![\d$€£¥.,])"
# before the first digit is "not after [\w$€£¥.,]" (\d is inside \w)
_YEAR_WORD = _word_start(["19", "20"], "[\\w$€£¥.,]") + r"\d{2}(?![\d%]|[.,]\d)"


# a day of the month written as an ordinal ("18th", "3rd"), as before "inst."
_DAY_ORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?![\w:])"

# After a fiscal label: its months in brackets "(July-June)", or a relative clause naming when it
# ended or began ", which ended in mid-July".
_FY_SUFFIX = (
    rf"(?:\s*\(\s*(?P<pm1>{MON})\s*[-–—/]\s*(?P<pm2>{MON})\s*\)"
    rf"|,?\s+(?:which|that)\s+(?:(?P<endv>ended|ends|ending|end)|began|begins|begin|started|starts|start)\s+"
    rf"(?:on\s+|in\s+|from\s+)?(?P<mid>mid-?\s?)?(?P<em>{MON_FULL})(?:\s+(?P<ed>{DAY}))?(?:,?\s+{YEAR})?)?"
)
# A fiscal year inside a longer expression ("the first half of FY2024-25").
_FY_CODE = r"(?P<fy>(?:FY|F\.Y\.)\s?'?(?:19|20)?\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?(?![\d%]))"
_FY_LABEL = (
    r"(?P<fy>(?:FY|F\.Y\.)\s?'?(?:19|20)?\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?(?![\d%])"
    rf"|(?:the\s+)?(?:(?:current|this|last|next|previous|coming)\s+)?(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear"
    rf"(?:\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?(?![\d%]))?"
    rf"|(?:[Ff]iscal|[Ff]inancial)\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?(?![\d%])"
    rf"|the\s+{YEAR}(?:\s?[-–/]\s?(?:19|20)?\d{{2}})?\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear)"
)

# "19 to 21 January this year": a range of days whose year the text names relatively
_REL_YEAR = r"|,?\s+(?P<ry>this|last|next)\s+year\b(?![-’']|s\b)"

# a section heading that is only a month name ("MARCH", "June 2025"), as in a chronicle or a year
# in review: the month of the lines under it (the whole sentence; "\x00" separates sentences
# in a batch scan)
_MONTH_HEADING = (rf"(?:^|(?<=\x00))[ \t]*(?P<m>{MON_FULL_ALT})(?![A-Za-z])(?:,?[ \t]+(?P<y>{YEAR}))?"
                  r"[ \t]*[.:]?[ \t]*(?=\x00|\Z)")

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("month_heading", re.compile(_MONTH_HEADING)),
    # 2025-02-05, 2025/02/05 (ISO order only)
    ("iso", _F("[12]", rf"(?<![\d/.-])(?P<y>(?:19|20)\d{{2}})(?P<s>[-/])(?P<m>0?[1-9]|1[0-2])(?P=s)"
               rf"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])")),
    # 05/02/2025, 25.12.2024: only when day and month cannot be confused
    ("numeric", _F("[0-9]", rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<s>[/.])(?P<b>\d{{1,2}})(?P=s)"
                   rf"(?P<y>(?:19|20)\d{{2}})(?![\d/])")),
    # [Wednesday,] February 5, 2025 / Feb. 06 2025
    ("mdy", _F("[ADFJMNOSTW]", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?\b(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})")),
    # [Wednesday,] 5 February 2025 / the 5th of February, 2025 / the 21st day of January, 2026 (legal style)
    ("dmy", _F("[MTWFSt0-9]", rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?{_NUM}\b(?P<d>{DAY})(?:\s+day)?(?:\s+of)?\s+(?P<m>{MON}),?"
               rf"\s+(?P<y>{YEAR})")),
    # February 4-8, 2025 / from February 4 to 8
    ("r_mdd", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m>{MON})\s+(?P<d1>{DAY})"
                 rf"(?:{_DASH}|\s+and\s+)(?P<d2>{DAY})(?!\s*(?:%|percent|per\s+cent))(?:,?\s+(?P<y>{YEAR}){_REL_YEAR})?")),
    # July 30 to August 1[, 2023] / July 30, 2023 - August 1, 2023
    ("r_mdmd", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m1>{MON})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
                  rf"(?:{_DASH}|\s+and\s+)(?P<m2>{MON})\s+(?P<d2>{DAY})(?:,?\s+(?P<y2>{YEAR}))?")),
    # 4-7 February 2025 / from 4 to 7 February / from the 20th to the 22nd day of January, 2026 (legal style)
    ("r_ddm", _F("[FfBb0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+(?:the\s+)?)?{_NUM}\b(?P<d1>{DAY})"
                 rf"(?:{_DASH}|\s+and\s+)(?:the\s+)?(?P<d2>{DAY})"
                 rf"(?:\s+day)?\s+(?:of\s+)?(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}){_REL_YEAR})?")),
    # 30 July to 1 August[ 2023]
    ("r_dmdm", _F("[FfBb0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_NUM}\b(?P<d1>{DAY})\s+(?P<m1>{MON})(?:,?\s+(?P<y1>{YEAR}))?"
                  rf"(?:{_DASH}|\s+and\s+){_NUM}(?P<d2>{DAY})\s+(?P<m2>{MON})(?:,?\s+(?P<y2>{YEAR}))?")),
    # March to June of 2023 / from March 2023 to June 2024 / January-October 2024
    ("r_mm", _F("[ADFJMNOSBbf]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b(?P<m1>{MON_FULL})(?:,?\s+(?P<y1>{YEAR}))?"
                rf"(?:{_DASH}|\s+and\s+)(?P<m2>{MON_FULL})(?:(?:\s+of|,)?\s+(?P<y2>{YEAR}))?")),
    # from 2012 to 2020 / between 2012 and 2020
    ("r_yy", _F("[FfBb]", rf"\b(?P<pre>[Ff]rom|[Bb]etween)\s+(?:the\s+year\s+)?(?P<y1>{YEAR})"
                rf"(?:\s*[-–—]\s*|\s+(?:to|and|through|till|until)\s+)(?P<y2>{YEAR})")),
    # 2012-2020 / 2021—2030 / 2022-23 used as a period
    ("r_ydash", _F("[12]", rf"(?P<y1>{YEAR})\s*(?:[-–—]|/)\s*(?P<y2>(?:19|20)\d{{2}}|\d{{2}})(?![\d%]|[.,]\d|-)")),
    # the 2024/25 marketing year (December-November), the 2023-24 crop season (July-June): a
    # split year whose months the text states
    ("season", _F("[Tt12]", rf"(?:\b[Tt]he\s+)?(?P<a>{YEAR})\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}}|\d{{2}})\s+"
                  r"(?:(?:marketing|crop|harvest|sugar|cotton|academic|school|trading)\s+(?:year|season)s?|season)"
                  rf"\s*\(\s*(?P<pm1>{MON_FULL})\s*[-–—/]\s*(?P<pm2>{MON_FULL})\s*\)")),
    # FY23, FY2023, FY 2022-23, FY2022/23 [(July-June)]
    ("fy", _F("[F]", r"(?<![A-Za-z])(?:FY|F\.Y\.)\s?'?(?P<a>(?:19|20)\d{2}|\d{2})"
              r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])" + _FY_SUFFIX)),
    # fiscal year 2023 / the financial year 2022-23 / fiscal 2024 [, which ended in mid-July]
    ("fiscal_after", _F("[TtFf]", rf"\b(?:the\s+)?(?:[Ff]iscal|[Ff]inancial)(?:\s+[Yy]ear)?\s+(?:of\s+)?(?P<a>{YEAR})"
                        r"(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d%])" + _FY_SUFFIX)),
    # the 2015/2016 fiscal year / 2022-23 fiscal year / the 2023 fiscal year
    ("fiscal_before", _F("[Tt12]", rf"(?:\b[Tt]he\s+)?(?P<a>{YEAR})(?:\s?[-–/]\s?(?P<b>(?:19|20)\d{{2}}|\d{{2}}))?"
                         r"\s+(?:[A-Z][a-z]+\s+)?(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)" + _FY_SUFFIX)),
    # this / last / next / the current fiscal year
    ("fiscal_rel", _F("[tlncpTLN]", r"\b(?P<which>this|last|next|current|previous|coming|[Tt]his|[Ll]ast|[Nn]ext)"
                      r"\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear(?!s)" + _FY_SUFFIX)),
    # the fiscal year that ended in June 2024 / the year ended 30 June 2024 / the 12 months to March 2024
    ("fiscal_end", _F("[TtFf1]", rf"\b(?:[Tt]he\s+(?:(?:[Ff]iscal|[Ff]inancial)\s+)?[Yy]ear|(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear|"
                      rf"(?:[Tt]he\s+)?(?:12|twelve)\s+months)\s+(?:that\s+|which\s+)?(?:ended|ending|to)\s+(?:on\s+|in\s+)?"
                      rf"(?:(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MON})|(?P<m2>{MON})(?:\s+(?P<d2>{DAY}))?),?\s+(?P<y>{YEAR})")),
    # the nine months to September [2025] / the three months ended June 30: a period of N months
    ("months_to", _F("[Tt0-9]", rf"\b(?:[Tt]he\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
                     rf"\s+months\s+(?:that\s+|which\s+)?(?:ended|ending|to|through)\s+(?:the\s+end\s+of\s+)?"
                     rf"(?P<m>{MON_FULL})(?:\s+(?P<d>{DAY}))?(?:,?\s+(?P<y>{YEAR}))?")),
    # the first quarter of 2024 / the third quarter / the second half of last year / ... of FY2024-25
    ("quarter", _F("[TtfstlFSL1234]", rf"\b(?:[Tt]he\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|"
                   rf"First|Second|Third|Fourth|Final|Last|(?<=[Tt]he\s)(?:latter|former)(?=\s+half))\s+(?P<unit>quarter|half)"
                   # (not a part of a month or a week: "the second half of the month", "of March")
                   rf"(?!\s+of\s+(?:(?:the|this|that|next|last|each|every)\s+)?(?:month|week|{MON_FULL})\b)"
                   # (its months glossed before the year: "the fourth quarter (April-June) of FY2025-26")
                   rf"(?:\s*\(\s*(?P<qa1>{MON_FULL})\s*[-–—]\s*{MON_FULL}\s*\)(?=\s+of\s))?"
                   rf"(?:\s+of\s+(?:{_FY_LABEL}|(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|(?P<rel>this|last|next|the\s+same|"
                   rf"that|the\s+current|the\s+previous|the\s+following)\s+year|the\s+year))?")),
    # Q3 2023 / 3Q23 / H1 FY2024-25
    ("q_code", _F("[QH1-4]", rf"(?<![A-Za-z\d])(?:(?P<u>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<u2>[QH]))"
                  rf"(?:(?:\s+of\s+|\s+|-|/)?(?P<y>{YEAR})|\s*['’](?P<yy>\d{{2}})|\s+(?:of\s+)?{_FY_CODE})?(?![A-Za-z\d])")),
    ("q_code_rev", _F("[12]", rf"(?P<y>{YEAR})\s*[-/]?\s*(?P<u>[QH])(?P<n>[1-4])(?![A-Za-z\d])")),
    # the first three quarters of 2024 / the first 10 months of 2024
    ("first_n", _F("[Ttf]", rf"\b(?:[Tt]he\s+)?first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
                   rf"\s+(?P<unit>quarters|months)(?:\s*\(\s*(?P<fa1>{MON_FULL})\s*[-–—]\s*{MON_FULL}\s*\)(?=\s+of\s+(?:the\s+)?(?:(?:current|this|last|next|previous|coming)\s+)?(?:FY|F\.Y\.|[Ff]iscal|[Ff]inancial)))?"
                   rf"(?:\s+of\s+(?:{_FY_LABEL}(?:\s*\(\s*(?P<fm1>{MON_FULL})\s*[-–—]\s*"
                   rf"(?P<fm2>{MON_FULL})\s*\))?|(?:the\s+)?(?:year\s+)?(?P<y>{YEAR})|"
                   rf"(?P<rel>this|last|next|the\s+same|that|the\s+current|the\s+previous|the\s+following)\s+year|"
                   rf"the\s+year))?")),
    # for the half-year / in the quarter: the half or quarter the report just named (anaphoric)
    ("part_anaphor", _F("t", r"(?:(?<=\bin )|(?<=\bfor )|(?<=\bover )|(?<=\bduring )|(?<=\bthroughout ))"
                        r"the\s+(?P<unit>half[-‐\s]year|quarter)\b(?![-‐]|\s+(?:of|to|ended|ending|through)\b)")),
    # November last year / 5 June this year / March the following year
    ("rel_my", _F("[ADFJMNOS0-9]", rf"(?:{_NUM}\b(?P<d0>{DAY})\s+(?:of\s+)?)?\b(?P<m>{MON_FULL})(?:\s+(?P<d>{DAY}))?,?"
                  rf"\s+(?:of\s+)?(?P<which>last|this|next|that|[Tt]he\s+same|[Tt]he\s+following|[Tt]he\s+previous|"
                  rf"[Tt]he\s+next)\s+year\b(?![-’']|s\b)")),
    # the same period last year / the same quarter of 2023
    ("same_period", _F("[Tt]", rf"\b[Tt]he\s+same\s+(?:period|quarter|half|months?|time)\s+(?:(?:of|in)\s+)?"
                       rf"(?:(?P<last>last\s+year|the\s+previous\s+year|the\s+year\s+before|(?:a|one)\s+year\s+"
                       rf"(?:earlier|ago|before|previously))|(?P<y>{YEAR}))")),
    # January 2023 / January of 2023 / Jan. 2023
    ("my", _F("[ADFJMNOS]", rf"\b(?P<m>{MON})(?:\s+of)?,?\s+(?P<y>{YEAR})")),
    # [Wednesday,] February 5 / Feb. 5th
    ("md", _F("[ADFJMNOSTW]", rf"(?:(?P<wd>{WEEKDAY})(?:,?\s+|\s*(?P<par>\()\s*))?\b(?P<m>{MON})\s+(?P<d>{DAY})"
                              rf"(?![.,]\d)(?(par)\))")),
    # the 18th inst. / 18th to 20th inst. / the 3rd ult. / the 2nd prox.: a day of the month of the
    # reference (of the month before, after), in letters and official statements
    ("inst", _F("[FfBbTt0-9]", rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?:[Tt]he\s+)?{_NUM}\b(?P<d1>{_DAY_ORD})"
                rf"(?:(?:{_DASH}|\s+and\s+)(?:the\s+)?(?P<d2>{_DAY_ORD}))?\s+(?:of\s+)?"
                r"(?P<rel>inst|instant|ult|ultimo|prox|proximo)\b\.?")),
    # "On the 14th, ...", "at a meeting on the 21st between ...": a day of the month in force (the
    # section's month heading, else the month of the last dated mention); only before a pause or
    # a preposition or a subject pronoun ("On the 11th he met …"; "on the 21st century", "on the
    # 5th floor" are no dates)
    ("dom", _F("[Oo]", rf"\b[Oo]n\s+the\s+(?P<d>{_DAY_ORD})(?=\s*[,.;:)\x00]|\s*$|\s+(?:between|at|in|with|when|as|"
               r"after|before|and|of\s+(?:that|the\s+same)\s+month|he|she|they|we)\b)")),
    # 5 February / the 5th of February
    ("dm", _F("[MTWFSt0-9]", rf"(?:(?P<wd>{WEEKDAY})(?:,?\s+|\s*(?P<par>\()\s*))?(?:the\s+)?{_NUM}\b(?P<d>{DAY})"
                             rf"(?:\s+day)?(?:\s+of)?\s+(?P<m>{MON})(?(par)\))")),
    # the 1950s / early 2000's
    ("decade", _F("[12]", r"(?<![\d$€£¥.,])(?P<y>(?:19|20)\d0)(?:'|’)?s\b")),
    # bare month name (context checked in code)
    # (= (?=[ADFJMNOS])\b(?P<m>{MON_FULL}), written to open with a literal: see _word_start)
    ("month", re.compile(rf"(?P<m>{_MONTH_WORD})")),
    # bare year (context checked in code)
    # (= (?=[12])\b(?P<y>{YEAR}), written to open with a literal: see _word_start)
    ("year", re.compile(rf"(?P<y>{_YEAR_WORD})")),
    # last May / next March / this June
    ("rel_month", _F("[LlNnTt]", rf"\b(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+coming|[Tt]he\s+past)\s+(?P<m>{MON_FULL})")),
    # weekdays: on Wednesday, last Friday, next Monday
    # ... [on Wednesday] [of] last week / next week: that weekday of the week named
    ("weekday", _F("[LlNnTtCcPpMWFS]", rf"\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+)?(?P<wd>{WEEKDAY})(?!s\b)"
                   r"(?:,?\s+(?:of\s+)?(?P<wk>last|next|this|the\s+previous|the\s+following)\s+week\b(?!s|['’]s))?")),
    # this spring / next summer / later this autumn / "will be held in the autumn": the year (seasons.csv)
    ("season_name", re.compile(SEASON_RX)),
    # yesterday / today / tomorrow / tonight
    ("deictic_day", _F("[YyTt]", r"\b(?P<w>(?:[Tt]he\s+day\s+(?:before|after)\s+)?(?:[Yy]esterday|[Tt]omorrow)|[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))\b(?!['’]s\s+(?:world|era|society|times))")),
    # last / this / next year|month|week
    ("deictic", _F("[LlTtNn]", r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month|week)\b(?!s)")),
    # over the weekend / last weekend / this weekend: a Saturday-Sunday around the reference
    ("weekend", _F("[LlTtNn]", r"\b(?:(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he\s+past|[Tt]he\s+coming)|[Tt]he)"
                   r"\s+weekend\b(?!s|['’]s|\s+of\b)")),
    # that year / the same month / the following year / the previous month
    ("anaphoric", _F("[tT]", r"\b(?P<which>that|[Tt]hat|[Tt]he\s+same|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+previous|"
                     r"[Tt]he\s+preceding|[Tt]he\s+prior)\s+(?P<unit>year|month|day)\b(?!-|\s+(?:of|on|in)\b)")),
    # the year before / the month after / "The day before, X had met Y" (an adverb: see dates_detect)
    ("year_before", _F("[Ttym]", r"(?<![Yy]ear\s)(?<![Mm]onth\s)\b(?:[Tt]he\s+)?(?P<unit>year|month|(?<=[Tt]he\s)day)\s+(?P<which>before|after)\b"
                       r"(?!\s+(?:the|a|an|his|her|its|their|this|that|year|month|yesterday|tomorrow|\d)\b)")),
    # the end of the year / later in the month: the year (month) in force, else the reference's
    ("the_period", _F("[TtEeLlBbSsMmCc]", r"\b(?:(?:[Tt]he\s+)?(?:very\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Cc]lose|"
                      r"[Tt]urn|[Rr]est)\s+of|[Ee]arlier\s+in|[Ll]ater\s+in)\s+the\s+(?P<unit>year|month|day)\b(?!s|-)")),
    # a year later / two months earlier / three years ago
    ("shift", _F("[AaOoTtFfSsEeNn0-9]", r"(?<!than\s)(?<!over\s)(?<!under\s)(?<!within\s)(?<!nearly\s)(?<!almost\s)\b(?P<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                 r"\d{1,2})\s+(?P<unit>years?|months?|days?|weeks?)\s+(?P<dir>later|earlier|ago|before|after)\b"
                 r"(?!\s+(?:the|a|an|his|her|its|their|that|this)\b)")),
]


_PRIO = {tag: i for i, (tag, _) in enumerate(_PATTERNS)}
_PATTERN_BY_TAG = dict(_PATTERNS)
