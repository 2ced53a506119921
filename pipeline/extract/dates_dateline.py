"""Datelines: the publication day an article prints near its top.

* a labelled date ("Published: 2024-05-01", "Updated 12:30 GMT, 3 June 2023"; Published beats
  Updated);
* a wire dateline ("BEIJING, Nov. 3, 2022 /PRNewswire/ —", "DHAKA, March 12 (Reuters) -") or a
  press-release line that is only a place and a full date ("Dhaka, 11 March 2025");
* a timestamp ("2024-09-03 21:15:40", or a line that opens with a full date and a clock time:
  "August 12, 2024 4:37 PM GMT+1", or with a numeric date whose order of day and month is
  settled: "23/08/2026 05:42 PM"), or a line that is only a full date ("18 December 2023"
  under a byline), in the header;
* a field of a byline or page line that is a full date ("Dhaka | Wednesday, 24 September 2025",
  "By A. Writer | Santiago | 14 October 2026");
* failing all of these, a press release's closing line that is only a place and a full date
  ("Jubilee House, Accra 3rd October, 2026", also over two lines) among the last lines.

The header is the run of lines before the article body: at most 40 lines / 3,000 characters, up
to and including the first long paragraph (navigation, cookie notices, headlines, bylines and
captions are short; the lede is long).  A dateline without a year is completed from the year of
a URL date of the same month, a timestamp of the same day, a numeric date of the same day and
month in either order ("04/08/2026" for "Aug 4"), or a copyright line in the header;
without any of these it gives no date (a date is never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from pipeline.extract.dates_grammar import DAY, MON, WEEKDAY, YEAR, day_num, month_num, to_date

_HEAD_CHARS = 3000
_HEAD_LINES = 40
_BODY_LINE = 250  # a line this long is a body paragraph: the header ends with it

_DL_WORD = r"[A-Z][\w.'’\-]*"
_DL_PLACE = rf"{_DL_WORD}(?:[ \t]+{_DL_WORD}){{0,3}}"
_DL_PLACES = rf"(?P<place>{_DL_PLACE})(?:[ \t]*,[ \t]*{_DL_PLACE}){{0,2}}"
_DL_DATE = (
    rf"(?:(?P<wd>{WEEKDAY}),?[ \t]+)?(?:(?P<m>{MON})[ \t]+(?P<d>{DAY})(?:,?[ \t]+(?P<y>{YEAR}))?"
    rf"|(?P<d2>{DAY})[ \t]+(?P<m2>{MON})(?:,?[ \t]+(?P<y2>{YEAR}))?)"
)
# PLACE[, PLACE], DATE followed by an agency tag or a dash
_DATELINE_RE = re.compile(
    rf"[ \t]*{_DL_PLACES}[ \t]*[,:]?[ \t]+{_DL_DATE}"
    rf"[ \t]*(?:/[^/\n]{{1,40}}/|\([^()\n]{{1,40}}\)|[—–:]|--|-\s)"
)
# a line that is only PLACE, FULL DATE (press releases)
_DATELINE_ALONE_RE = re.compile(
    rf"[ \t]*{_DL_PLACES}[ \t]*,[ \t]*(?:(?P<wd>{WEEKDAY}),?[ \t]+)?"
    rf"(?:(?P<m>{MON})[ \t]+(?P<d>{DAY}),?[ \t]+(?P<y>{YEAR})|(?P<d2>{DAY})[ \t]+(?P<m2>{MON}),?[ \t]+(?P<y2>{YEAR}))"
    rf"[ \t.]*$"
)
_PLACE_ALONE_RE = re.compile(rf"[ \t]*(?P<place>{_DL_PLACE})[ \t]*$")
# a body paragraph opened by an upper-case PLACE and a colon or dash, without a date ("ISLAMABAD: ...",
# "NIAMEY - ...", as Dawn, The News and wires print it; a paragraph, not a headline such as "US - China ...")
_LEAD_LINE = 80
_PLACE_LEAD_RE = re.compile(r"[ \t]*(?P<place>[A-Z][A-Z.'’\-]+(?:[ \t][A-Z][A-Z.'’\-]+){0,2})[ \t]*(?::|[—–]|--?)[ \t]+\S")
# ... or by a title-case PLACE and a colon ("New Delhi: ...", "Islamabad: ...", as Mint, Radio Pakistan
# and other papers print it); whether the words name a place is for the caller to decide
_PLACE_LEAD_TITLE_RE = re.compile(r"[ \t]*(?P<place>[A-Z][a-z][\w.'’\-]*(?:[ \t][A-Z][a-z][\w.'’\-]*){0,2})[ \t]*:[ \t]+\S")
# a weekday, also abbreviated as page headers print it ("Issued on: Tue 14 Oct 2025")
_WD_ANY = rf"(?:{WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)"
# a clock time, maybe with its zone: "5:42 PM", "16:37 GMT", "09:10 GMT+3" ("5.42 p.m." with a
# dot, not a numeric date's "12.03.2025")
CLOCK = r"\d{1,2}(?::|\.(?=\d{2}(?![\d.])))\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d+)?)?"
_LABEL_RE = re.compile(
    # "Update : 07.05.2026" (a wire's byline line) as well as "Updated"
    r"\b(?P<label>Published\s+online|Published|Posted|Updated|Update|Last\s+updated|Released|Date|Publication\s+date|First\s+published|"
    rf"Issued|Modified|Last\s+modified|PUBLISHED|UPDATED)\b\s*(?:[Oo]n|[Aa]t|ON|AT)?\s*[:\-–—|]?\s*(?:{CLOCK}"
    r"\s*,?\s*)?",
)
_ANY_DATE_RES = (
    re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?:{_WD_ANY},?\s+)?(?P<m>{MON})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})"),
    re.compile(rf"(?:{_WD_ANY},?\s+)?(?P<d>{DAY})\s+(?P<m>{MON}),?\s+(?P<y>{YEAR})"),
    # hyphenated: "Updated 21:14, 10-Jun-2026"
    re.compile(rf"(?P<d>{DAY})-(?P<m>{MON})-(?P<y>{YEAR})"),
)
_TIMESTAMP_RE = re.compile(
    r"(?<![\d-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
    r"[ T]\d{1,2}:\d{2}"
)
# a header line that opens with a full date and a clock time: "August 12, 2024 4:37 PM GMT+1",
# "12 August 2024, 16:37" (a wire page's timestamp)
_CLOCK_DATE_RE = re.compile(
    rf"[ \t]*(?:{_WD_ANY},?[ \t]+)?(?:(?P<m>{MON})[ \t]+(?P<d>{DAY}),?[ \t]+(?P<y>{YEAR})"
    rf"|(?P<d2>{DAY})[ \t]+(?P<m2>{MON}),?[ \t]+(?P<y2>{YEAR}))"
    r"[ \t]*(?:,|at|-|–|\||/|•|·)?[ \t]*\d{1,2}[:.]\d{2}(?![\d.])"
)
# a header line that is only a full date: "18 December 2023", "Tuesday, March 4, 2025"
_DATE_ALONE_RE = re.compile(
    rf"[ \t]*(?:{_WD_ANY},?[ \t]+)?(?:(?P<m>{MON})[ \t]+(?P<d>{DAY}),?[ \t]+(?P<y>{YEAR})"
    # British forms: "Thursday, the 23rd of April, 2026"
    rf"|(?:the[ \t]+)?(?P<d2>{DAY})[ \t]+(?:of[ \t]+)?(?P<m2>{MON}),?[ \t]+(?P<y2>{YEAR}))[ \t.]*"
    # a second calendar's date may follow: "June 18, 2026, Muharram 3, 1448 A.H.", "... | 4 Asar 2083 BS"
    r"(?:[,|/(][^\n]{0,40}?\b(?:A\.\s?H|AH|Hijri|B\.\s?S|BS|V\.\s?S|Bikram\s+Sambat|SH|Shamsi)\b[ \t.)]*)?$"
)
_URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-]?(?P<m>0[1-9]|1[0-2])[/-]?(?P<d>0[1-9]|[12]\d|3[01])?/")
# a numeric day of a page header: "04/08/2026 05:42 PM", "12.03.2025" (day/month or month/day:
# read only when the order is settled by a number above 12 or by a dateline's own month and day)
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\d/.-])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?P<b>0?[1-9]|[12]\d|3[01])(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\d/.-]|\.\d)"
)
# separators of the fields of a byline or page line: "Dhaka | Wednesday, 24 September 2025"
_FIELD_SPLIT_RE = re.compile(r"\s+[|•·]\s+")
# a caption's line ("File photo | September 10, 2009") dates the picture, not the article
_CAPTION_WORD_RE = re.compile(r"(?i)\b(?:photo|file|caption|image|picture|pictured|credit)s?\b")
_COPYRIGHT_RE = re.compile(
    r"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?(?P<y>(?:19|20)\d{2})(?!\d)"
)


def head_lines(text: str) -> Iterator[str]:
    """The header lines of an article (see the module docstring)."""
    pos = n = 0
    while pos < len(text) and pos < _HEAD_CHARS and n < _HEAD_LINES:
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        pos = len(text) if nl < 0 else nl + 1
        if not line.strip():
            continue
        n += 1
        yield line
        if len(line) >= _BODY_LINE:
            return


# a line listing other stories or a picture ("Related: ...", "Read more: ...", "Photo: ...")
_LINK_LINE_RE = re.compile(r"(?i)\s*(?:related|read\s+more|see\s+also|also\s+read|more\s+on\s+this|photo|file\s+photo|caption)\b")


def _labelled(lines: list[str]) -> date | None:
    found: list[tuple[int, date]] = []
    for line in lines:
        for lm in _LABEL_RE.finditer(line):
            rest = line[lm.end():lm.end() + 60]
            if lm.group("label") == "Update" and (":" not in lm.group() or _LINK_LINE_RE.match(line)):
                continue  # "Market Update 12-Mar-2024", "Related: ... Update : ...": a link's title, no page label
            rank = 1 if lm.group("label").lower().startswith(("updated", "last", "modified")) else 0
            for rx in _ANY_DATE_RES:
                dm = rx.match(rest)
                if dm:
                    d = to_date(dm.group("y"), dm.group("m"), dm.group("d"))
                    if d:
                        found.append((rank, d))
                    break
            else:
                # "Posted: 14/10/2026": a numeric day whose order of day and month is settled
                nm = _NUMERIC_DATE_RE.match(rest)
                d = _settled(nm) if nm else None
                if d:
                    found.append((rank, d))
    return min(found, key=lambda t: t[0])[1] if found else None


def _dateline_match(lines: list[str]) -> re.Match | None:
    for line in lines:
        m = _DATELINE_RE.match(line) or _DATELINE_ALONE_RE.match(line)
        if m:
            return m
    return None


def _parts(m: re.Match) -> tuple[int, int, int | None]:
    g = m.groupdict()
    mon, day, yr = (g["m"], g["d"], g["y"]) if g["m"] else (g["m2"], g["d2"], g["y2"])
    return month_num(mon), day_num(day), int(yr) if yr else None


def _complete_year(head: str, mo: int, day: int) -> date | None:
    """The year of a yearless dateline, from the page's own header: a URL date of the same
    month, a timestamp of the same month and day ("2024-09-03 21:15:40"), a copyright line.
    (Not any date of the same day: "File photo ..., September 10, 2009" is a caption.)"""
    um = _URL_DATE_RE.search(head)
    if um and int(um.group("m")) == mo:
        return to_date(um.group("y"), mo, day)
    for tm in _TIMESTAMP_RE.finditer(head):
        if (int(tm.group("m")), int(tm.group("d"))) == (mo, day):
            return to_date(tm.group("y"), mo, day)
    for line in head.split("\n"):
        cd = _clock_date(line)
        if cd is not None and (cd.month, cd.day) == (mo, day):
            return cd
    for nm in _NUMERIC_DATE_RE.finditer(head):
        a, b = int(nm.group("a")), int(nm.group("b"))
        if (a, b) == (day, mo) or (a, b) == (mo, day):
            return to_date(nm.group("y"), mo, day)
    cm = _COPYRIGHT_RE.search(head)
    if cm:
        return to_date(cm.group("y"), mo, day)
    return None


def _numeric_stamp(line: str) -> date | None:
    """The day of a header line that opens with a numeric date and a clock time ("23/08/2026
    05:42 PM"), when the order of day and month is settled (one number above 12, or both equal)."""
    m = _NUMERIC_DATE_RE.match(line.lstrip())
    # the clock may follow after a comma, bar or dash: "13/10/2026 - 16:22 (GMT)"
    if m is None or not re.match(r"[ \t,|\-–—]*\d{1,2}[:.]\d{2}(?!\d)", line.lstrip()[m.end():]):
        return None
    return _settled(m)


def _settled(m: re.Match) -> date | None:
    """The day of a numeric date match when day and month cannot be confused, else None."""
    a, b = int(m.group("a")), int(m.group("b"))
    if a > 12 >= b or a == b:
        return to_date(m.group("y"), b, a)
    if m.group("sep") == "." and b <= 12:
        # a dotted numeric date is day-first wherever it is written ("12.3.2026" is 12 March:
        # Finnish, German, Russian ... pages); month-first dates use slashes
        return to_date(m.group("y"), b, a)
    if b > 12 >= a:
        return to_date(m.group("y"), a, b)
    return None


def find_dateline(text: str) -> date | None:
    """The publication day printed near the top of an article (see the module docstring), or None."""
    if not text:
        return None
    lines = list(head_lines(text))
    d = _labelled(lines)
    if d is not None:
        return d
    m = _dateline_match(lines)
    if m is not None:
        mo, day, yr = _parts(m)
        if yr is not None:
            return to_date(yr, mo, day)
        return _complete_year("\n".join(lines), mo, day)
    for line in lines:
        tm = _TIMESTAMP_RE.search(line)
        if tm:
            return to_date(tm.group("y"), tm.group("m"), tm.group("d"))
        cd = _clock_date(line) or _numeric_stamp(line)
        if cd is not None:
            return cd
    for line in lines:
        # a byline or page line of fields: "By A. Writer | Santiago | 14 October 2026"
        fields = _FIELD_SPLIT_RE.split(line)
        if len(fields) > 1 and _CAPTION_WORD_RE.search(line) is None:
            for field in fields:
                # "Politics | 09.07.2026, 14:35": a numeric stamp may be a field too
                cd = _clock_date(field) or _numeric_stamp(field)
                if cd is not None:
                    return cd
    for line in lines:
        # an official note's subject line: "Subject: bilateral trade - position as on 20.08.2026"
        pm = _POSITION_AS_ON_RE.search(line)
        if pm is not None:
            rest = line[pm.end():]
            nm = _NUMERIC_DATE_RE.match(rest)
            d = _settled(nm) if nm else next(
                (to_date(dm.group("y"), dm.group("m"), dm.group("d")) for rx in _ANY_DATE_RES if (dm := rx.match(rest))), None
            )
            if d is not None:
                return d
    return _closing_line(text)


# a press release's closing line, a place and a full date alone on one of the last lines ("Jubilee
# House, Accra 3rd October, 2026", "State House, Nairobi, 12 March 2025"): the day of issue when
# the header prints none
_CLOSING_RE = re.compile(
    rf"[ \t]*{_DL_PLACES}[ \t]*,?[ \t]+(?:(?P<wd>{WEEKDAY}),?[ \t]+)?"
    rf"(?:(?P<m>{MON})[ \t]+(?P<d>{DAY}),?[ \t]+(?P<y>{YEAR})|(?P<d2>{DAY})[ \t]+(?P<m2>{MON}),?[ \t]+(?P<y2>{YEAR}))"
    rf"[ \t.]*$"
)
_CLOSING_LINES = 5  # the last non-empty lines read
_CLOSING_LEN = 100  # a longer line is body text


_PLACES_ALONE_RE = re.compile(rf"[ \t]*{_DL_PLACES}[ \t]*,?[ \t]*$")


def _closing_line(text: str) -> date | None:
    """The date of a closing place-and-date line, also printed over two lines ("Jubilee House,
    Accra" / "3rd October, 2026"), among the last lines of a text; None without one."""
    tail = text.rstrip().rsplit("\n", 3 * _CLOSING_LINES)[-3 * _CLOSING_LINES :]  # no split of the whole text
    lines = [line for line in tail if line.strip()][-_CLOSING_LINES:]
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if len(line) > _CLOSING_LEN:
            continue
        m = _CLOSING_RE.match(line)
        if m is None and i and _PLACES_ALONE_RE.match(lines[i - 1]) and len(lines[i - 1]) <= _CLOSING_LEN:
            m = _CLOSING_RE.match(lines[i - 1].rstrip(" \t,") + ", " + line.strip())
        if m is not None:
            mo, day, yr = _parts(m)
            return to_date(yr, mo, day)
    return None


_POSITION_AS_ON_RE = re.compile(r"(?i)\b(?:position|status|situation)\s+as\s+(?:on|at|of)\s+")


def _clock_date(line: str) -> date | None:
    """The date of a header line that opens with a full date and a clock time, or that is only
    a full date, else None."""
    m = _CLOCK_DATE_RE.match(line) or _DATE_ALONE_RE.match(line)
    if m is None:
        return None
    mo, day, yr = _parts(m)
    return to_date(yr, mo, day)


def dateline_places(text: str) -> list[str]:
    """Place names that open header lines: the dateline's first place, then lines that are only a
    capitalised place name ("Kathmandu" under a byline), in order."""
    out: list[str] = []
    for line in head_lines(text or ""):
        m = (_DATELINE_RE.match(line) or _DATELINE_ALONE_RE.match(line) or _PLACE_ALONE_RE.match(line)
             or (len(line) >= _LEAD_LINE and (_PLACE_LEAD_RE.match(line) or _PLACE_LEAD_TITLE_RE.match(line))))
        if m:
            out.append(m.group("place"))
    return out
