"""Word lists and compiled patterns of the person finder (:mod:`pipeline.extract.persons`).

Everything here is read from the data files ``titles.csv``, ``honorifics.csv``,
``person_stopwords.csv``, ``organizations.csv`` and ``name_order.csv`` once per process and then
cached; lookups that depend only on a matched string are memoised too, since the same title or
honorific is written thousands of times in a crawl.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import polars as pl

from pipeline.extract.countries import _trie_regex
from pipeline.extract.persons_portfolio_qualifiers import (
    diaspora_portfolios,
    portfolio_nation,
    portfolio_qualifier_regex,
)
from pipeline.lexicons import read_lexicon

_WS = re.compile(r"[^\S\r\n]+")
# a word that starts with a capital (lower-case Latin letters excluded up front; the rest is
# checked with str.isupper), or a lower-case particle glued to a capitalised name ("al-Sisi")
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
_CAP_TOKEN = re.compile(_CAP + r"[\w'’\-]*")


class TitleRow(NamedTuple):
    """One row of titles.csv."""

    title: str | None
    rank: int | None
    kind: str
    iso3: str | None


def _key(s: str) -> str:
    """Normal form for title lookup: lower case, straight apostrophes, single spaces."""
    return _WS.sub(" ", s.replace("’", "'").replace("\n", " ")).strip().lower()


@functools.cache
def _title_table() -> dict[str, TitleRow]:
    df = read_lexicon("titles")
    if "iso3" not in df.columns:
        df = df.with_columns(pl.lit(None, dtype=pl.String).alias("iso3"))
    table: dict[str, TitleRow] = {}
    for surface, title, rank, kind, iso3 in df.select(
        "surface", "title", "rank", "kind", "iso3"
    ).iter_rows():
        if not surface or not kind:
            continue
        row = TitleRow(title, int(rank) if rank else None, kind, iso3)
        table.setdefault(_key(surface), row)
    return table


@functools.lru_cache(maxsize=1 << 14)
def title_row(raw: str) -> tuple[TitleRow, bool] | None:
    """(row, plural) for a phrase found by :func:`_title_regex`, or None when it is no title.

    A one-word title written in lower case is refused when it is a military rank or at most four
    letters long ("a major boost", "5 pm").
    """
    table = _title_table()
    row = table.get(_key(raw))
    plural = False
    if row is None and raw[-1:] in "sS":
        row = table.get(_key(raw[:-1]))
        if row is None and raw[-3:].lower() == "ies":  # "energy secretaries"
            row = table.get(_key(raw[:-3] + "y"))
        plural = True
    if row is None:
        return None
    if raw[0].islower() and " " not in raw and (row.kind == "military" or len(raw) <= 4):
        return None
    return row, plural


def _flex_char(ch: str) -> str:
    """Regex for one character of a lexicon phrase: any spaces, either apostrophe."""
    if ch == " ":
        return r"\s+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


@functools.cache
def _title_regex() -> re.Pattern[str]:
    """Explicit title rows, descriptors and modifiers (case-insensitive, plural -s allowed)."""
    words = [k for k, r in _title_table().items() if r.kind != "portfolio"]
    # plurals in -ies ("energy secretaries"); the -s plural is the pattern's optional "s"
    words += [k[:-1] + "ies" for k in words if k.endswith("y") and " " in k]
    # matched against the lower-cased sentence: much faster than re.IGNORECASE
    return re.compile(r"(?<![\w'’])(?:" + _trie_regex(words, _flex_char) + r")s?(?![\w'’])")


def _vec_char(ch: str) -> str:
    """:func:`_flex_char` for the polars (Rust) regex engine: its ``\\s`` lacks the separators
    U+001C-U+001F that Python's ``\\s`` matches, so they are added (a superset is what a cue
    needs)."""
    if ch == " ":
        return r"[\s\x1c-\x1f]+"
    if ch == "'":
        return "['’]"
    return re.escape(ch)


@functools.cache
def title_cue_regex() -> str:
    """A polars regex over the LOWER-CASED sentence that matches wherever :func:`_title_regex`
    (run on the lower-cased sentence) has a match: the same phrases, without the look-arounds
    (which the Rust engine lacks) - a necessary condition, so a sentence it misses holds no
    explicit title row.  The generic titles and party committees are cued separately
    (:data:`TITLE_CUE_LITERALS`)."""
    table = _title_table()
    words = [k for k, r in table.items() if r.kind not in ("portfolio", "descriptor")]
    words += [k[:-1] + "ies" for k in words if k.endswith("y") and " " in k]
    # a role noun marks the one name right after it: cued in the singular only ("Kazakh leader
    # X", never "the leaders also exchanged ...")
    roles = [k for k, r in table.items() if r.kind == "descriptor"]
    # (?<![\w'’]) and (?![\w'’]) loosened to ASCII classes: still implied by them
    return (
        r"(?:^|[^a-z0-9_'’])(?:(?:" + _trie_regex(words, _vec_char) + r")s?|(?:"
        + _trie_regex(roles, _vec_char) + r"))(?:[^a-z0-9_'’]|$)"
    )


#: literals (case-sensitive, on the sentence as written) that gate the generic-minister and
#: party-committee scans of ``persons_atoms.title_atoms``; a character whose lower case has
#: another length (Turkish dotted capital I) is kept as written by ``_lowered``, so a sentence
#: holding one is always cued
TITLE_CUE_LITERALS = ("inister", "ecretar", "dviser", "dvisor", "CPC", "Communist Party of China", "\u0130",
                      # the head of a named body ("the head of Sudan's Sovereignty Council")
                      " head of ", " chief of ", " leader of ")


# heads of the generic titles, each with the normalised form it is given ({} = the portfolio)
_GENERIC_HEADS = (
    # (regex of the head, normal form, kind)
    (r"[Mm]inisters?\s+of\s+[Ss]tate", "Minister of State for {}", "minister"),
    (r"[Ss]ecretar(?:y|ies)\s+of\s+[Ss]tate", "Secretary of State for {}", "minister"),
    (r"[Cc]abinet\s+[Ss]ecretar(?:y|ies)", "Cabinet Secretary for {}", "minister"),
    # "Minister Responsible for Defence Affairs" (Gulf, Commonwealth usage); only before its remit
    (r"[Mm]inisters?\s+[Rr]esponsible", "Minister Responsible for {}", "minister"),
    # "Minister Delegate for African Cooperation" (French and Maghreb usage: ministre délégué)
    (r"[Mm]inisters?\s+[Dd]elegate", "Minister Delegate for {}", "minister"),
    (r"[Mm]inisters?", "Minister of {}", "minister"),
    # "Under-Secretary of Foreign Affairs", "Undersecretary for Economic Affairs" (a civil
    # servant, not a minister)
    (r"[Uu]nder[\s-]?[Ss]ecretar(?:y|ies)", "Undersecretary for {}", "official"),
    (r"[Ss]ecretar(?:y|ies)", "Secretary of {}", "minister"),
    # "Commerce Adviser", "Adviser for|on Home Affairs": a minister-rank adviser (Bangladesh's
    # interim cabinet, Pakistan's federal advisers)
    (r"[Aa]dvis[eo]rs?", "{} Adviser", "minister"),
)


@functools.cache
def portfolio_words() -> frozenset[str]:
    """The portfolio words of titles.csv as written in a name ("Industry", "Trade")."""
    return frozenset(
        s for s, k in read_lexicon("titles").select("surface", "kind").iter_rows()
        if k == "portfolio" and s
    )


@functools.cache
def _generic_minister_regex() -> re.Pattern[str]:
    """Generic titles built from portfolio words (see titles.csv): "<Portfolio> Minister",
    "Minister of|for <Portfolio>", "<Portfolio> Cabinet Secretary", "Cabinet Secretary for
    <Portfolio>", "Secretary of State for <Portfolio>", "<Portfolio> Secretary", …

    Groups: ``whole``, the portfolio (``pre`` or ``post``) and the head (``hpre`` or ``hpost``).
    """
    words = [
        s
        for s, k in read_lexicon("titles").select("surface", "kind").iter_rows()
        if k == "portfolio" and s
    ]
    # portfolios are also read in lower case: "the minister of trade and industry", "Chinese
    # trade minister Wang Wentao" (normalised to capitals by generic_minister)
    words = sorted(set(words) | {w.lower() for w in words} | set(diaspora_portfolios()))
    pw = "(?:" + _trie_regex(words) + r")(?![\w'’])"
    joint = r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)"
    # "of State" heads only take "for": "Minister of State Security" is a Minister of …
    # "Secretary Foreign Affairs", "Cabinet Secretary Interior" (South Asian and East African
    # usage): a secretary's portfolio may follow without "of"
    post_heads = "|".join(
        h + (r"\s+for" if "tate" in h or "esponsible" in h or "elegate" in h else r"(?:\s+(?:of|for))?" if "ecretar" in h
             else r"\s+(?:on|for)" if "dvis" in h else r"\s+(?:of|for)")
        for h, _, _ in _GENERIC_HEADS
    )
    pre_heads = "|".join(h for h, _, _ in _GENERIC_HEADS
                         if "tate" not in h and "esponsible" not in h and "elegate" not in h)
    pre = rf"(?P<pre>{pw}(?:{joint}{pw}){{0,4}})\s+(?P<hpre>{pre_heads})(?![\w'’])"
    # a nationality or regional adjective before a later portfolio word ("..., Emigration and
    # Egyptian Expatriates", "..., African Cooperation and ..."), only after a comma or "and"
    # "Petroleum Resources (Gas)": a sub-portfolio in brackets
    listed = (rf"(?:{joint}{pw}|(?:\s*,\s*|\s+and\s+|\s*&\s*){portfolio_qualifier_regex()}{pw}"
              rf"|\s*\({pw}(?:{joint}{pw}){{0,3}}\))")
    # "Secretary of the Ministry of National Food Security": a ministry's civil-service head
    ministry = r"(?:[Mm]inistry\s+(?:of|for)\s+(?:the\s+)?)?"
    # (after the head, the first portfolio may be qualified too: "Minister Delegate for African
    # Cooperation", "Minister for European Affairs")
    # "Secretary, Ministry of National Food Security" (South Asian civil-service style)
    post = (rf"(?P<hpost>{post_heads})(?:\s+(?:the\s+)?{ministry}"
            rf"|\s*,[^\S\r\n]+[Mm]inistry\s+(?:of|for)\s+(?:the\s+)?)"
            rf"(?P<post>{portfolio_qualifier_regex()}{pw}{listed}{{0,7}})")
    return re.compile(rf"(?<![\w'’])(?P<whole>(?:{pre}|{post}))")


_AMPERSAND = re.compile(r"\s*&\s*")
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "on"})
_HEAD_TAIL = re.compile(r"\s+(?:of|for|on)$")


@functools.lru_cache(maxsize=1 << 14)
def generic_minister(
    whole: str, portfolio: str, head: str = "Minister"
) -> tuple[str, str | None, str | None]:
    """(kind, title, iso3) of a generic title phrase ("<Portfolio> Minister", "Cabinet Secretary
    for <Portfolio>", …): the explicit titles.csv row when there is one, else the normal form of
    its head ("Minister of <Portfolio>", "Cabinet Secretary for <Portfolio>", …)."""
    portfolio = _AMPERSAND.sub(" and ", _WS.sub(" ", portfolio.replace("\n", " "))).strip()
    if portfolio.islower():  # "trade and industry" -> "Trade and Industry"
        portfolio = " ".join(
            w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in portfolio.split(" ")
        )
    explicit = _title_table().get(_key(whole))
    if explicit is None and "inisters " in whole:
        # "the Ministers of the Interior, X and Y": the row of the singular office
        explicit = _title_table().get(_key(whole).replace("ministers ", "minister ", 1))
    if explicit is not None and explicit.kind not in ("descriptor", "modifier", "portfolio"):
        return explicit.kind, explicit.title, explicit.iso3
    head = _HEAD_TAIL.sub("", _WS.sub(" ", head.replace("\n", " ")).strip())
    nation = portfolio_nation(portfolio)  # "..., Emigration and Egyptian Expatriates" -> EGY
    for pattern, form, kind in _GENERIC_HEADS:
        if re.fullmatch(pattern, head):
            return kind, form.format(portfolio), nation
    return "minister", f"Minister of {portfolio}", nation


@functools.cache
def _honorifics() -> tuple[re.Pattern[str], dict[str, str | None], frozenset[str]]:
    """(regex, surface without final dot -> implied title, first words for a quick test)."""
    df = read_lexicon("honorifics")
    table: dict[str, str | None] = {}
    for surface, title in df.select("surface", "title").iter_rows():
        if surface:
            table[surface.rstrip(".")] = title
    # every surface with optional dots and flexible spaces ("Lt. Gen." = "Lt Gen"), as one trie
    forms = set()
    for surface in table:
        parts = surface.split(" ")
        # (a one-letter style takes no dot: Burmese "U Thant", never the initial "U.")
        options = [[p, p + "."] if "." in surface or 1 < len(p) <= 4 else [p] for p in parts]
        variants = [""]
        for opts in options:
            variants = [v + (" " if v else "") + o for v in variants for o in opts]
        forms.update(variants)
        forms.update(v.replace(". ", ".") for v in variants)  # "Lt.Gen."
    pattern = re.compile(r"(?:" + _trie_regex(sorted(forms), _flex_char) + r")(?=\s)")
    first_words = frozenset(re.split(r"[ .]", s)[0] for s in table)
    return pattern, table, first_words


_SPACE_DOT = re.compile(r"[\s.]")


@functools.lru_cache(maxsize=4096)
def _honorific_title(matched: str) -> str | None:
    """The title an honorific implies ("Gen." -> "General"), ignoring dots and spaces."""
    _, table, _ = _honorifics()
    compact = _SPACE_DOT.sub("", matched)
    for surface, title in table.items():
        if _SPACE_DOT.sub("", surface) == compact:
            return title
    return None


@functools.cache
def _honorific_country_table() -> dict[str, tuple[str, ...]]:
    """Honorifics (without dots and spaces, straight apostrophe) -> the countries whose national
    style they are (``honorifics.csv`` column ``countries``): "Dato'Sri" -> (MYS, BRN)."""
    df = read_lexicon("honorifics")
    if "countries" not in df.columns:
        return {}
    return {
        _SPACE_DOT.sub("", surface).replace("’", "'"): tuple(c for c in countries.split("|") if c)
        for surface, countries in df.select("surface", "countries").iter_rows()
        if surface and countries
    }


@functools.lru_cache(maxsize=4096)
def honorific_countries(matched: str) -> tuple[str, ...]:
    """The countries whose national style the honorific as written is ("Dato' Sri" -> MYS,
    BRN; "Shri" -> IND, NPL), or () for a style used everywhere ("Mr.", "H.E.")."""
    return _honorific_country_table().get(_SPACE_DOT.sub("", matched).replace("’", "'"), ())


@functools.cache
def _name_part_honorifics() -> frozenset[str]:
    """Honorifics (without dots and spaces) that are also borne as part of a name (Sheikh, Sir)."""
    df = read_lexicon("honorifics")
    if "name_part" not in df.columns:
        return frozenset()
    rows = df.filter(pl.col("name_part").str.to_lowercase().is_in(["yes", "y", "true", "1", "lineage"]))
    return frozenset(_SPACE_DOT.sub("", s) for s in rows["surface"].drop_nulls().to_list())


@functools.lru_cache(maxsize=4096)
def _honorific_name_part(matched: str) -> bool:
    """Whether the honorific as written ("Sheikh") may stay in the name it precedes."""
    return _SPACE_DOT.sub("", matched) in _name_part_honorifics()


@functools.cache
def org_heads() -> frozenset[str]:
    """Stop words that end an organisation's name ("Association"): see person_stopwords.csv."""
    df = read_lexicon("person_stopwords")
    if "org" not in df.columns:
        return frozenset()
    return frozenset(
        df.filter(pl.col("org").str.to_lowercase().is_in(["yes", "y", "true", "1"]))["word"]
        .drop_nulls()
        .to_list()
    )


@functools.cache
def role_titles() -> frozenset[str]:
    """Titles that name a profession, not an office ("Economist", "Research Fellow": descriptor
    rows of titles.csv with a title): never a counterpart's office."""
    return frozenset(r.title for r in _title_table().values() if r.kind == "descriptor" and r.title)


@functools.cache
def org_links() -> frozenset[str]:
    """Stop words that may stand between a name and an organisation's head noun
    ("International" in "the General San Martin International Bridge"): see person_stopwords.csv."""
    df = read_lexicon("person_stopwords")
    if "org" not in df.columns:
        return frozenset()
    return frozenset(
        df.filter(pl.col("org").str.to_lowercase() == "link")["word"].drop_nulls().to_list()
    )


@functools.cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stop words, name particles, reporting verbs)."""
    df = read_lexicon("person_stopwords")
    groups: dict[str, set[str]] = {"stop": set(), "particle": set(), "speech": set()}
    kinds = pl.col("kind") if "kind" in df.columns else pl.lit("stop")
    for word, kind in df.select("word", kinds).iter_rows():
        if word:
            groups.setdefault(kind or "stop", set()).add(word)
    return frozenset(groups["stop"]), frozenset(groups["particle"]), frozenset(groups["speech"])


@functools.cache
def _stopwords_of_kind(kind: str) -> frozenset[str]:
    """The words of one ``kind`` of the ``person_stopwords`` lexicon."""
    df = read_lexicon("person_stopwords")
    if "kind" not in df.columns:
        return frozenset()
    return frozenset(df.filter(pl.col("kind") == kind)["word"].drop_nulls().to_list())


def _inner_words() -> frozenset[str]:
    """Stop words that are also given names ("Said"): name words between two name words."""
    return _stopwords_of_kind("inner")


def given_name_abbreviations() -> frozenset[str]:
    """Abbreviated given names written with a dot ("Ma. Theresa", "Mohd. Nazri"): the dot does
    not end the name when a name word follows."""
    return _stopwords_of_kind("abbrev")


@functools.lru_cache(maxsize=1 << 16)
def is_name_word(tok: str) -> bool:
    """A capitalised word that can be part of a personal name."""
    stop = _word_lists()[0]
    if not tok[0].isupper():
        # "al-Sisi", "ul-Haq": a lower-case particle glued to a capitalised name
        head, _, tail = tok.rpartition("-")
        return bool(head) and tail[:1].isupper() and tail not in stop
    if len(tok) > 1 and tok.isupper():
        return False  # acronyms: CPEC, BRI
    return tok not in stop


@functools.cache
def _speech_regex() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(verb right after a name, verb right before a name, appositive then verb).

    The first and the last are used with ``match(text, pos, endpos)``: they hold no look-behind,
    so that is the same as matching the slice ``text[pos:endpos]``.
    """
    verbs = "|".join(sorted(_word_lists()[2], key=len, reverse=True))
    after = re.compile(rf"[ \t]+(?:has\s+|had\s+|also\s+|further\s+|then\s+)?(?:{verbs})\b")
    before = re.compile(rf"\b(?:{verbs})[^\S\r\n]+$")  # used on a short window
    # "Zhu Yongbiao, executive director of the Research Center …, said"
    clause = r"[^,;:“”\"]"
    appos = re.compile(
        rf"\s*,\s+[a-z]{clause}{{0,160}}(?:,{clause}{{1,120}}){{0,3}},\s+(?:{verbs})\b"
    )
    return after, before, appos


@functools.cache
def _org_regex() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """(regex of organisation names, their first words for a quick test)."""
    try:
        df = read_lexicon("organizations")
    except FileNotFoundError:
        return None, frozenset()
    words = sorted({s.replace("’", "'") for s in df["surface"].drop_nulls().to_list()})
    if not words:
        return None, frozenset()
    first = frozenset(_CAP_TOKEN.match(w).group(0) for w in words if _CAP_TOKEN.match(w))
    # no leading look-behind (slow); the start of the word is checked by the caller
    return re.compile(r"(?:" + _trie_regex(words, _flex_char) + r")(?!\w)"), first


@functools.cache
def _family_first() -> frozenset[str]:
    try:
        df = read_lexicon("name_order")
    except FileNotFoundError:
        return frozenset()
    return frozenset(df.filter(pl.col("order") == "family_first")["iso3"].to_list())


@functools.cache
def _cue_words() -> tuple[list[str], list[str], list[str], list[str]]:
    """Literal cues for the vectorised prefilter (supersets of what the regexes can match)."""
    # a title phrase always starts with the first word of some row ("member", "president")
    titles = sorted(
        {
            re.split(r"[ '’-]", k)[0]
            for k, r in _title_table().items()
            if r.kind not in ("portfolio", "modifier")
        }
        | {"minister"}
    )
    # plurals in -ies are not covered by the cue's optional "s": "Energy secretaries X and Y"
    titles = sorted(set(titles) | {t[:-1] + "ies" for t in titles if t.endswith("y")} | {"secretaries"})
    orgs = read_lexicon("organizations")["surface"].drop_nulls().to_list()
    orgs = sorted({re.split(r"['’]", o)[0] for o in orgs})
    # a multi-word honorific is cued by its first word only when that word is an honorific
    # itself ("Lt. Gen." by "Lt"); otherwise by its first two words ("Tan Sri", "His
    # Excellency": "Tan" and "His" are common words)
    table = _honorifics()[1]
    singles = {s.rstrip(".") for s in table if " " not in s}
    cues = set()
    for h in table:
        parts = [p.rstrip(".") for p in h.split(" ")]
        cues.add(parts[0] if len(parts) == 1 or parts[0] in singles else " ".join(parts[:2]))
    honorifics = sorted(cues)
    verbs = sorted(_word_lists()[2])
    return titles, orgs, honorifics, verbs
