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


def country_actor_id(iso3: str) -> str:
    """Countries get readable ids: ``cty_CHN``."""
    return f"cty_{iso3}"
