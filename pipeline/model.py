"""Shared shapes of the frames that flow between stages.

Every stage exchanges polars DataFrames whose columns are fixed here, so that the extractors,
the resolver, the publisher and the tests agree on one definition.  Offsets are always
*document-level* character offsets into ``documents.text`` (0-based, end exclusive).

The published tables are described (with meanings) by the pandera models in
:mod:`pipeline.schemas`; this module only holds the intermediate *mention* frames that the
extract stage emits per document and the resolve stage consumes.
"""

from __future__ import annotations

import polars as pl

PRECISIONS = ("day", "month", "year", "unknown")
# The contract's event vocabulary (WAREHOUSE_CONTRACT.md); schemas.py validates against it and the
# event lexicons may only use these types.
EVENT_TYPES = (
    "visit",
    "meeting",
    "phone_call",
    "correspondence",
    "military_exercise",
    "attack",
    "relations_established",
    "other",
)

DOCUMENTS = {
    "doc_id": pl.String,
    "source_path": pl.String,
    "title": pl.String,
    "url": pl.String,
    "publisher": pl.String,
    "published_date": pl.Date,
    "reference_date": pl.Date,
    "reference_precision": pl.String,
    "text": pl.String,
    "content_sha256": pl.String,
}

REJECTED = {"source_path": pl.String, "reason": pl.String}

# Extra paths under which identical content was found (one document, every path kept).
DOCUMENT_PATHS = {"doc_id": pl.String, "source_path": pl.String}

SENTENCES = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
    "is_boilerplate": pl.Boolean,
}

# A participant of an event or a party of an agreement, as written in one mention.
PARTICIPANT = pl.Struct(
    {
        "name": pl.String,  # person full name as resolved inside the document, or country name
        "actor_type": pl.String,  # person | country | organization
        "country_iso3": pl.String,  # a person's affiliation, a country's own code
        "role": pl.String,  # visitor | host | participant | victim | signatory | party
    }
)

# One person mention: "Chinese President Xi Jinping" -> name Xi Jinping, title President, CHN.
PERSON_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,  # span of the name itself
    "char_end": pl.Int32,
    "surface": pl.String,  # the name as written ("Sharif", "Mr. Xi")
    "name": pl.String,  # fullest form known inside the document ("Muhammad Shehbaz Sharif")
    "title": pl.String,  # normalised title attached in this mention, or null
    "country_iso3": pl.String,  # country the person serves, when the text says so
}

EVENT_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,  # span of the evidence (trigger clause or sentence)
    "char_end": pl.Int32,
    "event_type": pl.String,
    "status": pl.String,  # occurred | planned
    "date_start": pl.Date,
    "date_end": pl.Date,
    "date_precision": pl.String,
    "location": pl.String,
    "location_country_iso3": pl.String,
    "host_country_iso3": pl.String,
    "mechanism": pl.String,
    "mechanism_round": pl.Int32,
    "casualties": pl.Int32,
    "participants": pl.List(PARTICIPANT),
    "summary": pl.String,
}

AGREEMENT_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "name": pl.String,
    "agreement_type": pl.String,
    "signed_date": pl.Date,
    "signed_precision": pl.String,
    "effective_date": pl.Date,
    "effective_precision": pl.String,
    "quantity": pl.Int32,
    "parties": pl.List(PARTICIPANT),
    "topics": pl.List(pl.String),
}

INDICATOR_MENTIONS = {
    "doc_id": pl.String,
    "sentence_id": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "subject": pl.String,
    "metric": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "period_precision": pl.String,
    "change_pct": pl.Float64,
    "from_country_iso3": pl.String,
    "to_country_iso3": pl.String,
    "source_org": pl.String,
}

MENTION_SCHEMAS = {
    "person_mentions": PERSON_MENTIONS,
    "event_mentions_raw": EVENT_MENTIONS,
    "agreement_mentions_raw": AGREEMENT_MENTIONS,
    "indicator_mentions_raw": INDICATOR_MENTIONS,
}


def empty(schema: dict) -> pl.DataFrame:
    """An empty frame with exactly these columns and dtypes."""
    return pl.DataFrame(schema=schema)


def conform(df: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Select and cast ``df`` to ``schema`` (missing columns become null)."""
    cols = []
    for name, dtype in schema.items():
        if name in df.columns:
            cols.append(pl.col(name).cast(dtype))
        else:
            cols.append(pl.lit(None, dtype=dtype).alias(name))
    return df.select(cols) if df.height else pl.DataFrame(schema=schema)


def from_records(records: list[dict], schema: dict) -> pl.DataFrame:
    """Build a frame from dict rows, strictly typed to ``schema``."""
    if not records:
        return empty(schema)
    return pl.DataFrame(
        [{k: r.get(k) for k in schema} for r in records], schema=schema, orient="row"
    )
