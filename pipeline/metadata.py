"""Document metadata inferred from the text: headline, URL and publisher.

Used by :mod:`pipeline.ingest` when no sidecar gives a value (sidecar values always win).

* **Title** — the first line at the top that is not page furniture (cookie banner, masthead,
  navigation, URL, date or byline line).  It is a headline when it is short (< 200 characters)
  and has no final period, or ends in one but is a single short sentence (<= 150 characters)
  standing alone as its own paragraph.  A long lede sentence gives no title, nor does a
  document of a single line (a headline needs a body under it).  A publisher prefix
  ("CGTN:China, Pakistan vow …") is removed from the title and names the publisher.
* **URL** — the first http(s) URL printed in the text.
* **Publisher** — from ``lexicons/publishers.csv``, in this order: a credit line ("This article
  first appeared in the Global Times"), the URL's domain, a headline prefix, an agency tag in the
  dateline ("ISLAMABAD, May 5 (APP) -"), a masthead at the top (a publisher name on its own line,
  or a ministry line followed by a state's official name: "Ministry of Foreign Affairs" +
  "People's Republic of China" -> "Ministry of Foreign Affairs of China").  Distributors
  (PRNewswire, GlobeNewswire) are never publishers; a mere mention ("Xinhua reported") counts not.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.lexicons import read_lexicon
from pipeline.segment import boilerplate_flags, split_sentences

_HEAD_LINES = 25  # how many non-empty lines at the top are searched for a title / masthead
_HEAD_CHARS = 4000  # and at most this many characters (a 5 MB single line is never split)
_TITLE_MAX = 200  # a headline without a final period is shorter than this
_TITLE_MAX_PERIOD = 150  # a headline that ends in a period is at most this long

_URL = re.compile(r"https?://[^\s<>\"'()\[\]{}\u201c\u201d\u2018\u2019]+", re.IGNORECASE)
_URL_TRAIL = ".,;:!?\u2026"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_PREFIX = re.compile(r"^(?P<p>[^:\uff1a\n]{2,40}?)\s*[:\uff1a]\s*(?P<rest>\S.*)$")
_CREDIT = re.compile(
    r"(?i:first\s+appeared\s+(?:in|on)|(?:originally|first)\s+published\s+(?:in|on|by)"
    r"|republished\s+(?:from|with\s+permission\s+(?:of|from))|courtesy(?:\s+of)?|source\s*:)"
    r"\s+(?P<name>[^\n.:;,()\u2014|]{2,80})"
)
_CREDIT_KEYWORDS = ("appeared", "published", "courtesy", "source")
_AGENCY = re.compile(
    r"\((?P<a>[A-Za-z][\w .&'\u2019-]{1,40})\)\s*(?:[-\u2013\u2014:]|--)"
    r"|/(?P<b>[A-Za-z][\w .&'\u2019-]{1,40})/\s*(?:[-\u2013\u2014:]|--)"
)
_MINISTRY = re.compile(
    r"^(?:(?:the\s+)?(?:Ministry|Department|Office|Embassy|High\s+Commission|Consulate(?:[\s-]General)?"
    r"|Permanent\s+Mission|Secretariat|Cabinet\s+Office)\s+of\s+(?:the\s+)?[A-Z][^.\n]{1,90})$"
)
_STATE_WORDS = re.compile(
    r"\b(?:Republic|Kingdom|State|States|Federation|Emirates?|Commonwealth|Union|Sultanate"
    r"|Principality|Confederation|Federal\s+Democratic|Islamic\s+Republic)\b"
)
_OF = re.compile(r"\s+of\s+")
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:Government\s+of\s+)?(?:the\s+)?", re.IGNORECASE)
_DATELINE_START = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,\s+){1,3}"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"|^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Za-z .]+)?\s*\([A-Za-z .]{2,30}\)\s*(?:[-\u2013\u2014:]|--)"
)
_DATE_WORDS = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
    r"|am|pm|a\.m|p\.m|gmt|utc|[a-z]{2,4}t|st|nd|rd|th)\b"
)
_BULLET_START = re.compile(r"^(?:[-\u2022*\u2013\u2014]|(?:\d{1,3}|[ivxlc]{1,6}|[a-z])[.)])\s")


@dataclass(frozen=True)
class _Publishers:
    domains: tuple[tuple[str, str | None], ...]  # (domain, publisher), longest domain first
    names: dict[str, str | None]  # normalised phrase -> publisher (None for distributors)


def _key(phrase: str) -> str:
    """Normalised lookup key of a publisher phrase (case, apostrophes, spaces, leading 'the')."""
    return " ".join(phrase.translate(_APOSTROPHES).lower().split())


@functools.cache
def _publishers() -> _Publishers:
    lex = read_lexicon("publishers").drop_nulls(["pattern", "kind"])
    domains: list[tuple[str, str | None]] = []
    names: dict[str, str | None] = {}
    for pattern, publisher, kind in lex.select("pattern", "publisher", "kind").iter_rows():
        kind = kind.lower()
        publisher = publisher or None
        if kind == "domain" or (kind == "distributor" and "." in pattern and " " not in pattern):
            domains.append((pattern.lower().removeprefix("www."), publisher if kind == "domain" else None))
        else:
            names[_key(pattern)] = publisher if kind == "name" else None
    domains.sort(key=lambda d: -len(d[0]))
    return _Publishers(tuple(domains), names)


def _lookup_name(phrase: str) -> tuple[bool, str | None]:
    """(known, publisher) for a phrase naming a publisher or a distributor."""
    names = _publishers().names
    key = _key(phrase).strip(" -\u2013\u2014")
    for k in (key, key.removeprefix("the ")):
        if k in names:
            return True, names[k]
    return False, None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def publisher_from_url(url: str | None) -> str | None:
    """The publisher whose domain (``publishers.csv``, kind=domain) hosts ``url``, else None."""
    host = _host(url)
    if not host:
        return None
    for domain, publisher in _publishers().domains:
        if host == domain or host.endswith("." + domain):
            return publisher
    return None


def infer_url(text: str) -> str | None:
    """The first http(s) URL printed in the text (trailing punctuation removed), else None."""
    text = text or ""
    pos = text.find("://")
    while pos >= 0:  # str.find is much faster than a case-insensitive regex scan
        for scheme in ("https", "http"):
            start = pos - len(scheme)
            if start >= 0 and text[start:pos].lower() == scheme:
                m = _URL.match(text, start)
                if m:
                    url = m.group().rstrip(_URL_TRAIL)
                    if _host(url):
                        return url
        pos = text.find("://", pos + 3)
    return None


def _head_lines(text: str) -> list[tuple[str, bool, bool]]:
    """The first non-empty lines (stripped), each with 'is a paragraph of its own (an empty line
    or the end follows)' and 'more text comes after it'."""
    head = text[:_HEAD_CHARS]
    truncated = len(text) > _HEAD_CHARS
    raw = head.split("\n")
    if truncated and len(raw) > 1:
        raw = raw[:-1]  # the last line is cut off
    nonempty = [i for i, line in enumerate(raw) if line.strip()]
    out: list[tuple[str, bool, bool]] = []
    for k, i in enumerate(nonempty[:_HEAD_LINES]):
        paragraph = i + 1 >= len(raw) or not raw[i + 1].strip()
        more = k + 1 < len(nonempty) or truncated
        out.append((raw[i].strip(), paragraph, more))
    return out


def _country_short_name(line: str) -> str | None:
    """'China' for a line that is a state's name ("People's Republic of China", "Government of
    Pakistan"); None when the line is something else."""
    core = _GOVERNMENT_OF.sub("", line.strip().rstrip(".")).strip()
    if not core or len(core) > 80:
        return None
    try:
        from pipeline.extract.countries import find_countries, iso3_name

        hits = [h for h in find_countries(core) if h.kind in ("name", "alias", "short")]
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(core):
            return iso3_name(hits[0].iso3)
    except (ImportError, FileNotFoundError, KeyError):  # countries lexicon not available
        pass
    if _STATE_WORDS.search(core) and core[:1].isupper():
        tail = re.split(r"\s+of\s+(?:the\s+)?", core)
        return tail[-1] if len(tail) > 1 else core
    return None


def _ministry(line: str, next_line: str | None) -> str | None:
    """'Ministry of X of <country>' from a masthead line (and the state line below it)."""
    if not _MINISTRY.match(line):
        return None
    cuts = list(_OF.finditer(line))
    for cut in cuts[1:]:  # "Ministry of Foreign Affairs of the People's Republic of China"
        country = _country_short_name(line[cut.end() :])
        if country:
            return f"{line[: cut.start()].strip()} of {country}"
    if next_line:
        country = _country_short_name(next_line)
        if country:
            return f"{line.strip()} of {country}"
    return line.strip()


def _is_date_line(line: str) -> bool:
    """A line that is only a date or time ("February 6, 2025", "2025-02-06 10:30 GMT")."""
    if len(line) > 60 or not any(ch.isdigit() for ch in line):
        return False
    return not any(ch.isalpha() for ch in _DATE_WORDS.sub("", line))


def _is_masthead(line: str) -> bool:
    known, _ = _lookup_name(line)
    return known or bool(_MINISTRY.match(line)) or _country_short_name(line) is not None


@dataclass(frozen=True)
class Metadata:
    """What the text itself says about a document (sidecar values override these)."""

    title: str | None
    url: str | None
    publisher: str | None


def _headline(lines: list[tuple[str, bool, bool]], flags: list[bool]) -> tuple[str | None, str | None, str | None]:
    """(title, publisher named by a headline prefix, publisher named by a masthead) from the
    top lines of a text and their boilerplate flags."""
    masthead: str | None = None
    for i, ((line, paragraph, more), boiler) in enumerate(zip(lines, flags)):
        nxt = lines[i + 1][0] if i + 1 < len(lines) else None
        if boiler or _URL.fullmatch(line) or _is_date_line(line):
            continue
        if _is_masthead(line):
            if masthead is None:
                ministry = _ministry(line, nxt)
                masthead = ministry if ministry else _lookup_name(line)[1]
            continue
        prefix_publisher = None
        m = _PREFIX.match(line)
        if m:
            known, publisher = _lookup_name(m.group("p"))
            if known:
                prefix_publisher = publisher
                line = m.group("rest").strip()
        return (_title_or_none(line, paragraph) if more else None), prefix_publisher, masthead
    return None, None, masthead


def _title_or_none(line: str, paragraph: bool) -> str | None:
    """``line`` if it reads as a headline, else None (a lede sentence, a dateline, a bullet)."""
    if len(line) >= _TITLE_MAX or len(line.split()) < 2 or not any(ch.isalpha() for ch in line):
        return None
    if _DATELINE_START.match(line) or _BULLET_START.match(line):
        return None
    if line.endswith((":", ",", ";")):
        return None
    if not line.endswith("."):
        return line
    if len(line) > _TITLE_MAX_PERIOD or not paragraph:
        return None
    return line if len(split_sentences(line)) == 1 else None


def _credit(text: str) -> str | None:
    """Publisher named by a credit line ("first appeared in the Global Times").

    The regex runs only in small windows around its key words (found by a fast lower-case
    ``str.find``), so long texts without a credit line cost almost nothing.
    """
    lowered = text.lower()
    for keyword in _CREDIT_KEYWORDS:
        pos = lowered.find(keyword)
        while pos >= 0:
            m = _CREDIT.search(text, max(0, pos - 30), pos + 140)
            if m:
                words = m.group("name").split()
                for n in range(min(len(words), 6), 0, -1):  # longest known phrase first
                    known, publisher = _lookup_name(" ".join(words[:n]))
                    if known and publisher:
                        return publisher
            pos = lowered.find(keyword, pos + 1)
    return None


def _dateline_agency(text: str) -> str | None:
    """Publisher tagged in the dateline ("ISLAMABAD, May 5 (APP):"); distributors are skipped."""
    for m in _AGENCY.finditer(text[:_HEAD_CHARS]):
        known, publisher = _lookup_name(m.group("a") or m.group("b"))
        if known and publisher:
            return publisher
    return None


def infer_metadata_many(texts: list[str], urls: list[str | None] | None = None) -> list[Metadata]:
    """Title, URL and publisher of many texts at once (one vectorised boilerplate check).

    ``urls``: URLs known from elsewhere (sidecars), used instead of a printed URL to find the
    publisher's domain; the returned ``url`` is always the one printed in the text.
    """
    texts = [t or "" for t in texts]
    urls = urls if urls is not None else [None] * len(texts)
    heads = [_head_lines(t) for t in texts]
    flags = boilerplate_flags([line for head in heads for line, _, _ in head], navigation=False)
    out: list[Metadata] = []
    k = 0
    for text, url, head in zip(texts, urls, heads):
        title, prefix_publisher, masthead = _headline(head, flags[k : k + len(head)])
        k += len(head)
        printed = infer_url(text)
        publisher = (
            _credit(text)
            or publisher_from_url(url or printed)
            or prefix_publisher
            or _dateline_agency(text)
            or masthead
        )
        out.append(Metadata(title=title, url=printed, publisher=publisher))
    return out


def infer_metadata(text: str, url: str | None = None) -> Metadata:
    """Title, URL and publisher of one text (see :func:`infer_metadata_many`)."""
    return infer_metadata_many([text], [url])[0]


def infer_title(text: str) -> str | None:
    """The headline of the text, or None (see the module docstring)."""
    return infer_metadata(text).title


def infer_publisher(text: str, url: str | None = None) -> str | None:
    """The publisher of the text, or None (see the module docstring)."""
    return infer_metadata(text, url).publisher

