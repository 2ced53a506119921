"""The country an article is written from (:func:`home_countries`): its dateline ("DHAKA, March
12 (Reuters) -", a line that is just "Kathmandu"), else a government masthead or a news site's
tagline ("Kenya's leading daily newspaper"), its navigation bar's own-country desk ("Home |
Bangladesh | World") or a site name ("MINDEF Singapore") at its head or a signature at its foot ("Ministry of
Foreign Affairs of the Lao PDR") or the place and date it is signed at ("Jubilee House, Accra /
3rd October, 2026"), else its publisher's name ("Kathmandu Herald"), else the
country-code domain of its URL ("monitor.co.ug", ``person_home_domains.csv``), else the national
news agency that tags a dateline of a place the lexicon does not know ("Baturaja, S Sumatra
(ANTARA) -").  A dateline
abroad yields to the issuer's country (a national news agency named at the head, a publisher
other than a diplomatic mission)."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

import polars as pl

from pipeline.extract.countries import ACTOR_KINDS, find_countries
from pipeline.extract.persons_foot_place import foot_place_country
from pipeline.extract.persons_nav_bar import (
    NAV_BAR_QUICK,
    SITE_NAME_QUICK,
    nav_bar_country,
    site_name_country,
)
from pipeline.lexicons import read_lexicon

#: how many sentences from the top of a document may hold its dateline or masthead
DATELINE_SENTENCES = 20
MASTHEAD_SENTENCES = 6
#: how many sentences from the foot of a document may hold the issuer's signature
FOOT_SENTENCES = 6

_MONTHS = (
    "Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|"
    "September|Oct|October|Nov|November|Dec|December"
)
# what follows the place of a dateline: a date, an agency tag, a dash or a colon
# what follows the place of a dateline: a date (any place) ...
_DATELINE_DATE = re.compile(
    rf"[^\S\r\n]*,[^\S\r\n]*(?:(?:{_MONTHS})\.?[^\S\r\n]+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?"
    rf"[^\S\r\n]+(?:{_MONTHS})\b|\d{{4}}-\d\d-\d\d\b|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
# ... or, after a place in capitals ("DHAKA (Reuters) -", "ST. JOHN'S:"), an agency tag, a dash
# or a colon (a Title Case "Nepal - India ties" is a headline)
_DATELINE_MARK = re.compile(r"[^\S\r\n]*(?:\(|/[A-Za-z]|[-–—]{1,2}[^\S\r\n]|:[^\S\r\n])")
# ... or, after a place in any case, an agency tag in brackets and a dash or colon ("Jakarta
# (ANTARA) -", "Islamabad (APP):", "Nairobi (Reuters) -", "Colombo (Daily Mirror) -")
_AGENCY_TAG = (
    r"[^\S\r\n]*\([^\S\r\n]*([A-Z][A-Za-z.&]{1,14}(?:[^\S\r\n][A-Z][A-Za-z.&]{1,14}){0,2})"
    r"[^\S\r\n]*\)[^\S\r\n]*(?:[-–—]{1,2}|:)"  # "(Daily Mirror) -": a name of up to three words
)
_DATELINE_AGENCY = re.compile(_AGENCY_TAG)
_COMMA = re.compile(r"[^\S\r\n]*,[^\S\r\n]*")
# ... or, after a city in Title Case, a colon that opens the first paragraph of the story ("New
# Delhi: India's exports to ... rose 14%, ...", "Dubai: Non-oil trade between ... rose."): a
# full sentence of body text (eight words or more, closed by a full stop), not a headline
# ("Rwanda: Kigali hosts conference", "Lavrentyev: Moscow expects ...")
# (nor a speaker's label before a first-person quote: "Victoria: We expect to sign ...")
_DATELINE_COLON = re.compile(
    r":[^\S\r\n]+(?=[A-Z0-9\"“'‘])(?![\"“'‘]?(?:I|I'm|I’m|We|We're|We’re|My|Our)\b)(?:\S+[^\S\r\n]+){7,}\S*[.!?][\"”'’]?$"
)
# a word of travel in a dateline's sentence: the story is a visitor's journey
_JOURNEY_WORD = re.compile(
    r"\b(?:visit|visits|visiting|visited|tour|touring|toured|trip|arrived|arrives|arriving)\b"
)
_PLACE_KINDS = frozenset({"capital", "city", "region", "name", "alias", "short"})
_CITY_KINDS = frozenset({"capital", "city", "region"})
_MASTHEAD = re.compile(
    r"(?:Government|Ministry|Embassy|High\s+Commission|Consulate|Permanent\s+Mission|"
    r"Office\s+of\s+the\s+(?:President|Prime\s+Minister))\b"
)
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "IN", "TO", "AT"})
# a parliament's record heading its pages: "Hansard - UK Parliament", "Parliament of Kenya",
# "Hansard | Parliament of Ghana" (a line that is only that)
_PARLIAMENT_MASTHEAD = re.compile(
    r"(?:Hansard\s*[-–—|:]\s*)?(?:(?:the\s+)?[A-Z][\w.’']*\s+){0,2}Parliament"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*){0,3})?"
)
_PUBLISHER_KINDS = ACTOR_KINDS | {"capital", "city"}
# vectorisable supersets of what dateline_country and masthead_country accept: capitalised
# words (a place, perhaps ", Country"), then a dateline's tail or the end of the line
_DATELINE_QUICK = (
    r"^\s*[A-ZÀ-Þ][^,(:/\n–—]{0,40}(?:,[^,(:/\n–—]{0,30})?(?:,\s*(?:[JFMASONDTW][a-zA-Z]{2}|\d)|"
    r"\s*\(|\s*/[A-Za-z]|\s*[-–—]{1,2}\s|:\s|\.?$)"
)
# a news site's tagline under its name: "Tanzania's leading online news", "Kenya's largest daily
# newspaper", "Nepal's oldest English daily" (the country, possessive, then a news noun)
_TAGLINE = re.compile(
    r"['’]s[^\S\r\n]+(?:[A-Za-z-]+[^\S\r\n]+){0,4}?(?:news|newspaper|newspapers|daily|"
    r"dailies|weekly|paper|news[^\S\r\n]*(?:site|portal|website|agency|channel|network)|"
    r"broadcaster|magazine)[^\S\r\n]*(?:$|[|·•–—-])",
    re.IGNORECASE,
)
_MISSION = re.compile(r"\b(?:Embassy|High\s+Commission|Consulate|Permanent\s+Mission)\b")
# a news agency's name at the head of its page: "Jordan News Agency (Petra)", "Saudi Press Agency"
_AGENCY = re.compile(r"\b(?:News|Press)[^\S\r\n]+Agency\b")
_AGENCY_QUICK = r"^[^\n]{0,40}\b(?:News|Press)\s+Agency\b"
_TAGLINE_QUICK = r"^\s*(?:The\s+)?[A-Z][A-Za-z .-]{1,40}['’]s\s"
_MASTHEAD_QUICK = (
    r"^\s*(?:Government|Ministry|Embassy|High\s+Commission|Consulate|Permanent|Office|"
    r"GOVERNMENT|MINISTRY|EMBASSY|HIGH\s+COMMISSION|CONSULATE|PERMANENT|OFFICE)"
    r"|^\s*(?:Hansard\s*[-–—|:]\s*)?(?:(?:the\s+)?[A-Z][\w.’']*\s+){0,2}Parliament(?:\s+of\b|\s*$)"
)


def dateline_country(text: str) -> str | None:
    """The country of a dateline at the start of ``text`` ("DHAKA, March 12 (Reuters) -",
    "Dhaka, 11 March 2025", "LAHORE, Pakistan, May 5 -", "New Delhi: India's exports to ...
    rose."), or of a line that is only a place ("Kathmandu"); None when the text does not start
    with one."""
    found = _dateline(text)
    return found[0] if found else None


# a byline with the reporter's place after a bar ("Shreya Kulkarni | New Delhi", "By Jo Smith |
# Nairobi"), or the credit line of a government press bureau ("Posted On: 17 NOV 2026 4:05PM by
# PIB Delhi"): the place the story is filed from, as in a dateline
_BYLINE_PLACE = re.compile(
    r"(?:By[^\S\r\n]+)?[A-Z][\w.'’-]*(?:[^\S\r\n]+[A-Z][\w.'’-]*){0,3}[^\S\r\n]*\|[^\S\r\n]*"
    r"|(?:Posted|Released|Issued)[^\S\r\n]+[Oo]n\b[^\n|]{0,40}?[^\S\r\n]by[^\S\r\n]+[A-Z]{2,6}[^\S\r\n]+"
)


def _byline_place(stripped: str) -> tuple[str, str] | None:
    """(iso3, kind) of the place that ends a byline or a press bureau's credit line (see
    ``_BYLINE_PLACE``): the line's whole rest is one place."""
    m = _BYLINE_PLACE.match(stripped)
    if m is None:
        return None
    rest = stripped[m.end() :].rstrip(" .")
    hits = find_countries(rest)
    if len(hits) != 1 or hits[0].start != 0 or hits[0].end != len(rest):
        return None
    return (hits[0].iso3, hits[0].kind) if hits[0].kind in _CITY_KINDS else None


def _dateline(text: str) -> tuple[str, str] | None:
    """(iso3, lexicon kind of the place) of a dateline at the start of ``text``, or None."""
    stripped = text.strip()
    if not stripped or not stripped[0].isupper():
        return None
    if ("|" in stripped or " by " in stripped) and len(stripped) < 80:
        byline = _byline_place(stripped)
        if byline is not None:
            return byline
    hits = find_countries(stripped[:60])
    if not hits or hits[0].start != 0 or hits[0].kind not in _PLACE_KINDS:
        return None
    place = hits[0]
    end = place.end
    # "LAHORE, Pakistan, May 5": the country may follow the city
    comma = _COMMA.match(stripped, end)
    if comma and len(hits) > 1 and hits[1].start == comma.end() and hits[1].kind in _PLACE_KINDS:
        end = hits[1].end
    if end == len(stripped) or stripped[end:] == ".":
        # a line that is just a city ("Kathmandu"); a country alone is a section label
        return (place.iso3, place.kind) if place.kind in _CITY_KINDS else None
    if _DATELINE_DATE.match(stripped, end) is not None:
        return place.iso3, place.kind
    if stripped[:end].upper() == stripped[:end] and _DATELINE_MARK.match(stripped, end):
        return place.iso3, place.kind
    if _DATELINE_AGENCY.match(stripped, end):
        return place.iso3, place.kind
    if place.kind in _CITY_KINDS and _DATELINE_COLON.match(stripped, end):
        return place.iso3, place.kind
    return None


# a dateline that opens an item of a briefs column or a wire digest: a place in capitals (perhaps
# two, "BERBERA/MOGADISHU"), a month and a day, then a dash ("MOGADISHU, June 8 — ...")
_ITEM_DATELINE_QUICK = (
    rf"^\s*[A-Z][A-Z.'’/ -]{{2,40}}(?:,\s*[A-Z][A-Za-z.]+)?,\s*(?:{_MONTHS})\.?\s+\d{{1,2}}"
    r"(?:,\s*\d{4})?\s*(?:[—–]|--?\s)"
)


def item_datelines(
    sentences: pl.DataFrame, actors: dict[str, set[str]] | None = None
) -> dict[str, list[tuple[int, str | None]]]:
    """doc_id -> [(sentence id, iso3 or None)] of the datelines that open the items of a briefs
    column ("MOGADISHU, June 8 — Gunmen attacked ...", "DOHA, June 8 — ..."), for documents with
    two or more of them: each item is a report from its own place, whose officials it leaves
    unqualified, whatever desk compiled the column.  The country is None for a place the country
    list does not know, and for a city other than a capital of a country the document does not
    name (as for a dateline at the head of an article)."""
    if sentences.height == 0:
        return {}
    cands = sentences.select("doc_id", "sentence_id", "text").filter(
        pl.col("text").str.contains(_ITEM_DATELINE_QUICK)
    )
    if cands.height < 2:
        return {}
    found: dict[str, list[tuple[int, str | None]]] = {}
    for doc_id, sid, text in cands.sort("doc_id", "sentence_id").iter_rows():
        place = _dateline(text)
        iso3 = None
        if place is not None and (
            place[1] not in ("city", "region") or place[0] in (actors or {}).get(doc_id, ())
        ):
            iso3 = place[0]
        found.setdefault(doc_id, []).append((sid, iso3))
    return {doc_id: items for doc_id, items in found.items() if len(items) >= 2}


def masthead_country(text: str) -> str | None:
    """The country of a government masthead line ("Government of the People's Republic of
    Bangladesh", "Embassy of Pakistan in Beijing", also in capitals: "MINISTRY OF FOREIGN
    AFFAIRS OF VIET NAM"): its first country."""
    stripped = text.strip()
    if stripped.isupper():  # a masthead in capitals: read it in title case
        stripped = " ".join(
            w.lower() if w in _SMALL_WORDS else w[:1] + w[1:].lower() for w in stripped.split()
        )
    if _PARLIAMENT_MASTHEAD.fullmatch(stripped):
        hits = [h for h in find_countries(stripped) if h.kind in ACTOR_KINDS]
        return hits[0].iso3 if len({h.iso3 for h in hits}) == 1 else None
    if not _MASTHEAD.match(stripped) or len(stripped.split()) > 14 or stripped.endswith("."):
        return None
    for h in find_countries(stripped):
        if h.kind in ACTOR_KINDS:
            return h.iso3
    return None


@functools.cache
def _newspaper_nouns() -> frozenset[str]:
    """Nouns that end a newspaper's name (``newspaper_nouns.csv``: Tribune, Times, Post ...)."""
    return frozenset(read_lexicon("newspaper_nouns")["word"].drop_nulls().to_list())


_NEWSPAPER_QUICK = r"^\s*(?:The\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){1,3}\s*$"


def newspaper_country(text: str) -> str | None:
    """The country of a newspaper's masthead line at the top of a page ("Nigerian Tribune",
    "Kathmandu Post", "The China Daily"): a country's name, demonym or capital followed by one or
    two newspaper nouns (``newspaper_nouns.csv``) and nothing else."""
    stripped = text.strip()
    if stripped.startswith("The "):
        stripped = stripped[4:]
    hits = find_countries(stripped)
    if len(hits) != 1 or hits[0].start != 0 or hits[0].kind not in _PUBLISHER_KINDS:
        return None
    rest = stripped[hits[0].end :].split()
    nouns = _newspaper_nouns()
    if not 1 <= len(rest) <= 2 or not all(w in nouns for w in rest):
        return None
    return hits[0].iso3


def tagline_country(text: str) -> str | None:
    """The country of a news site's tagline ("Tanzania's leading online news | Tuesday, ...",
    "Kenya's largest daily newspaper"): the site is published in that country."""
    stripped = text.strip()
    hits = find_countries(stripped[:60])
    if not hits or hits[0].kind not in ("name", "alias", "short"):
        return None
    head = stripped[: hits[0].start]
    if head not in ("", "The ") or not _TAGLINE.match(stripped, hits[0].end):
        return None
    return hits[0].iso3


def agency_country(text: str) -> str | None:
    """The country of a national news agency named on a short line at the head of its page
    ("Jordan News Agency (Petra)", "Saudi Press Agency"), if any."""
    stripped = text.strip()
    m = _AGENCY.search(stripped)
    if m is None or m.start() > 40 or len(stripped.split()) > 8:
        return None
    for h in find_countries(stripped[: m.start()]):
        if h.kind in ACTOR_KINDS:
            return h.iso3
    return None


# a dateline whose place the lexicon does not know, closed by an agency's tag in brackets and a
# dash or colon: "Baturaja, S Sumatra (ANTARA) -", "Mersing, Johor (Bernama) --"
# (the tag is the one a known place's dateline ends with, _AGENCY_TAG: group 1 is the agency)
_TAGGED_DATELINE = re.compile(
    r"[A-Z][^,()\n:;–—]{0,40}(?:,[^\S\r\n]*[A-Z][^,()\n:;–—]{0,30})?" + _AGENCY_TAG
)


@functools.cache
def _national_agencies() -> dict[str, str]:
    """The tags of national news agencies (``organizations.csv`` kind ``agency``), upper-cased -> iso3
    (a tag is matched in any case: "(Antara)" is "ANTARA", whose mixed-case row would take the given
    name Antara for an organisation)."""
    df = read_lexicon("organizations")
    return {
        surface.upper(): iso3
        for surface, iso3, kind in df.select("surface", "iso3", "kind").iter_rows()
        if surface and iso3 and kind == "agency"
    }


def agency_tag_country(text: str) -> str | None:
    """The country of a national news agency whose tag closes a dateline at the start of
    ``text`` ("Baturaja, S Sumatra (ANTARA) -" -> IDN), if any: the wire of one country writes
    from it for readers at home.  An international wire ("(Reuters)") gives no country."""
    m = _TAGGED_DATELINE.match(text.strip())
    return _national_agencies().get(m.group(1).upper()) if m is not None else None


@functools.cache
def _domain_countries() -> dict[str, str]:
    """Country-code top-level domain -> iso3 (``person_home_domains.csv``)."""
    df = read_lexicon("person_home_domains")
    return {t: iso3 for t, iso3 in df.select("tld", "iso3").iter_rows() if t and iso3}


def domain_country(url: str | None) -> str | None:
    """The country whose code ends the host of a URL ("https://www.monitor.co.ug/..." -> UGA),
    if any: a news site or portal under a country's domain writes from that country."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return _domain_countries().get(host.rstrip(".").rpartition(".")[2].lower())


def publisher_country(publisher: str | None) -> str | None:
    """The country a publisher's name names ("Kathmandu Herald", "China Daily"), if any."""
    if not publisher:
        return None
    for h in find_countries(publisher):
        if h.kind in _PUBLISHER_KINDS:
            return h.iso3
    return None


def mission_countries(documents: pl.DataFrame | None) -> dict[str, str]:
    """doc_id -> the country of the diplomatic mission that publishes the document ("Embassy of
    Italy in Algiers" -> ITA, "High Commission of India, Colombo" -> IND): on its own pages an
    embassy leaves its own head unqualified ("Ambassador X writes in her foreword")."""
    found: dict[str, str] = {}
    if documents is None or "publisher" not in documents.columns:
        return found
    for doc_id, publisher in documents.select("doc_id", "publisher").iter_rows():
        if publisher and _MISSION.search(publisher):
            iso3 = publisher_country(publisher)
            if iso3 is not None:
                found[doc_id] = iso3
    return found


def home_countries(
    sentences: pl.DataFrame,
    documents: pl.DataFrame | None = None,
    actors: dict[str, set[str]] | None = None,
) -> dict[str, str]:
    """doc_id -> the country an article is written from (dateline, masthead, publisher).

    ``sentences`` needs ``doc_id, sentence_id, text``; ``documents`` (optional) ``doc_id,
    publisher``; ``actors`` (optional) doc_id -> the countries the document names as actors.
    A dateline at a capital counts alone; one at another city ("NEW YORK", "GENEVA", "LAHORE")
    only when the document also names that country (a summit venue is no home), so it is
    dropped when ``actors`` is not given.  Documents with no evidence are left out.
    A dateline abroad yields to the country of the issuer - a national news agency named at the
    head ("Jordan News Agency (Petra)") or the publisher, unless it is a diplomatic mission, which
    writes from where it is posted: a correspondent or a delegation abroad writes for readers at
    home, whose officials go unqualified.
    """
    home: dict[str, str] = {}
    # documents whose home is their dateline, and the country of their issuer (a national news
    # agency named at the head, the publisher): a correspondent abroad writes for readers at home
    # ("Lahore, March 11 (Petra) -- ... Minister of Trade X told Petra": a Jordanian minister)
    datelined: set[str] = set()
    issuer: dict[str, str] = {}
    # a dateline of an unknown place tagged by a national news agency: the last resort
    tagged: dict[str, str] = {}
    if sentences.height:
        text = pl.col("text")
        head = (
            sentences.select("doc_id", "sentence_id", "text")
            .sort("doc_id", "sentence_id")
            .with_columns((pl.int_range(pl.len()).over("doc_id") + 1).alias("_k"))
            .filter(pl.col("_k") <= DATELINE_SENTENCES)
            .filter(
                text.str.contains(_DATELINE_QUICK)
                | ((pl.col("_k") <= MASTHEAD_SENTENCES) & text.str.contains(_MASTHEAD_QUICK))
                | ((pl.col("_k") <= MASTHEAD_SENTENCES) & text.str.contains(_TAGLINE_QUICK))
                | ((pl.col("_k") <= MASTHEAD_SENTENCES) & text.str.contains(_AGENCY_QUICK))
                | ((pl.col("_k") == 1) & text.str.contains(_NEWSPAPER_QUICK))
                | ((pl.col("_k") <= MASTHEAD_SENTENCES) & text.str.contains(NAV_BAR_QUICK))
                | ((pl.col("_k") == 1) & text.str.contains(SITE_NAME_QUICK))
            )
        )
        masthead: dict[str, str] = {}
        seen: set[str] = set()
        for doc_id, k, text in head.select("doc_id", "_k", "text").iter_rows():
            if doc_id in seen:
                continue
            found = _dateline(text)
            if found is None and doc_id not in tagged and (iso3 := agency_tag_country(text)):
                tagged[doc_id] = iso3
            if found is not None:
                seen.add(doc_id)
                iso3, kind = found
                if kind not in ("city", "region") or iso3 in (actors or {}).get(doc_id, ()):
                    home[doc_id] = iso3
                    datelined.add(doc_id)
                    # "BEIJING, Nov 20 (APP): Finance Minister X concluded his visit to China":
                    # a national agency's tag on a dateline abroad whose story is a journey
                    # names the issuer: its correspondent travels with a delegation and writes
                    # for readers at home (a bureau abroad reporting local news, "BISHKEK (X) --
                    # China and Kyrgyzstan pledged ...", keeps its dateline)
                    # (not a third country's bureau reporting others' journey: "HANOI (Yonhap) --
                    # Lao Prime Minister X arrived for a visit", a party other than the host and
                    # the agency's country named)
                    if (doc_id not in issuer and _JOURNEY_WORD.search(text)
                            and (agency := agency_tag_country(text))
                            and not set((actors or {}).get(doc_id, ())) - {iso3, agency}):
                        issuer[doc_id] = agency
            elif k <= MASTHEAD_SENTENCES and doc_id not in masthead:
                iso3 = (masthead_country(text) or tagline_country(text)
                        or (newspaper_country(text) or site_name_country(text) if k == 1 else None)
                        or nav_bar_country(text))
                if iso3 is not None:
                    masthead[doc_id] = iso3
                elif doc_id not in issuer and (iso3 := agency_country(text)) is not None:
                    issuer[doc_id] = iso3
        for doc_id, iso3 in masthead.items():
            if doc_id not in seen:
                home[doc_id] = iso3
                seen.add(doc_id)
        # a press release signed at its foot ("Department of Press and Information / Ministry
        # of Foreign Affairs of the Lao PDR", "Ministry of Foreign Affairs, Dhaka"): the issuer
        # of a document with no dateline or masthead at its head
        foot = (
            sentences.select("doc_id", "sentence_id", "text")
            .filter(~pl.col("doc_id").is_in(list(seen)))
            .sort("doc_id", "sentence_id", descending=[False, True])
            .with_columns((pl.int_range(pl.len()).over("doc_id") + 1).alias("_k"))
            .filter((pl.col("_k") <= FOOT_SENTENCES) & pl.col("text").str.contains(_MASTHEAD_QUICK))
        )
        for doc_id, text_ in foot.select("doc_id", "text").iter_rows():
            if doc_id not in seen:
                iso3 = masthead_country(text_)
                if iso3 is not None:
                    home[doc_id] = iso3
                    seen.add(doc_id)
        # "Jubilee House, Accra / 3rd October, 2026": the place and date a release is signed at
        tails = (
            sentences.select("doc_id", "sentence_id", "text")
            .filter(~pl.col("doc_id").is_in(list(seen)))
            .sort("doc_id", "sentence_id", descending=[False, True])
            .with_columns((pl.int_range(pl.len()).over("doc_id") + 1).alias("_k"))
            .filter((pl.col("_k") <= FOOT_SENTENCES) & (pl.col("text").str.len_chars() <= 80)
                    & pl.col("text").str.contains(r"\d\d"))
        )
        candidates = set(tails["doc_id"].unique().to_list()) if tails.height else set()
        if candidates:
            lasts = (
                sentences.select("doc_id", "sentence_id", "text")
                .filter(pl.col("doc_id").is_in(list(candidates)))
                .sort("doc_id", "sentence_id")
                .group_by("doc_id", maintain_order=True)
                .agg(pl.col("text").tail(FOOT_SENTENCES))
            )
            for doc_id, lines in lasts.iter_rows():
                iso3 = foot_place_country(lines)
                if iso3 is not None:
                    home[doc_id] = iso3
                    seen.add(doc_id)
    if documents is not None and "publisher" in documents.columns:
        for doc_id, publisher in documents.select("doc_id", "publisher").iter_rows():
            if doc_id not in home:
                iso3 = publisher_country(publisher)
                if iso3 is not None:
                    home[doc_id] = iso3
            elif (doc_id in datelined and doc_id not in issuer
                  and not _MISSION.search(publisher or "")):
                # (an embassy writes from the country it is posted to: its dateline stays home)
                iso3 = publisher_country(publisher)
                if iso3 is not None:
                    issuer[doc_id] = iso3
    for doc_id, iso3 in issuer.items():
        if doc_id in datelined:
            home[doc_id] = iso3
    if documents is not None and "url" in documents.columns:
        for doc_id, url in documents.select("doc_id", "url").iter_rows():
            if doc_id not in home:
                iso3 = domain_country(url)
                if iso3 is not None:
                    home[doc_id] = iso3
    for doc_id, iso3 in tagged.items():
        home.setdefault(doc_id, iso3)
    return home
