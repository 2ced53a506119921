"""Deterministic ids: derived from content, never from row order or run time."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

_SEP = "\x1f"


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of SHA-256 over the parts (None and '' hash alike)."""
    payload = _SEP.join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(payload.encode('utf-8')).hexdigest()[:16]}"


_DASHES = re.compile(r"[\u2010-\u2015\u2212-]+")
_NON_WORD = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Case-, accent-, dash- and space-insensitive key of a name ('Anwaar-ul-Haq' ~ 'anwaar ul haq')."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DASHES.sub(" ", s.lower())
    s = _NON_WORD.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


def countries_apart(name: str, kinds: frozenset[str] | None = None) -> tuple[set[str], str]:
    """(the iso3 codes of the countries ``name`` mentions, ``name`` with those mentions cut out),
    found by the extractor's country finder; with ``kinds``, only mentions of those lexicon kinds
    are cut ('India-Bangladesh Joint Commission' -> ({'BGD', 'IND'}, ' -  Joint Commission'))."""
    from pipeline.extract.countries import find_countries  # (the extractor's lexicon, loaded on first use)

    iso3s, rest, pos = set(), [], 0
    for hit in find_countries(name):
        if kinds is None or hit.kind in kinds:
            iso3s.add(hit.iso3)
            rest.append(name[pos:hit.start])
            pos = hit.end
    rest.append(name[pos:])
    return iso3s, " ".join(rest)


def country_actor_id(iso3: str) -> str:
    """Countries get readable ids: ``cty_CHN``."""
    return f"cty_{iso3}"
