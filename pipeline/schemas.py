"""pandera (polars) models of every published table: the warehouse's data dictionary.

One source of truth: the publisher creates tables from these models (column order and types), the
Dagster asset checks validate with them, and ``python -m pipeline docs`` renders
``warehouse/README.md`` from their descriptions.
"""

from __future__ import annotations

import polars as pl
import pandera.polars as pa

from pipeline.model import EVENT_TYPES as MODEL_EVENT_TYPES, PRECISIONS

PRECISION = list(PRECISIONS)
EVENT_TYPES = list(MODEL_EVENT_TYPES)
PLOVER = ["CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT", "OTHER"]
AGREEMENT_TYPES = [
    "treaty",
    "free_trade_agreement",
    "trade_agreement",
    "protocol",
    "mou",
    "joint_statement",
    "executive_program",
    "cooperation_outline",
    "agreement",
    "other",
]
ACTOR_TYPES = ["person", "country", "organization"]
ISO3 = r"^[A-Z]{3}$"


def _span_ok(df: pl.LazyFrame) -> pl.LazyFrame:
    return df.select((pl.col("char_start") >= 0) & (pl.col("char_end") > pl.col("char_start")))


class _Base(pa.DataFrameModel):
    class Config:
        strict = True  # no undeclared columns
        coerce = False  # a wrong dtype is a bug upstream, not something to paper over


class Documents(_Base):
    """One row per ingested file (identical content under several names is one document)."""

    doc_id: pl.String = pa.Field(unique=True, str_startswith="doc_", description="Stable id from the hash of the normalised text.")
    source_path: pl.String = pa.Field(description="Path relative to raw/ (the first, if several files hold the same text; see document_paths).")
    title: pl.String = pa.Field(nullable=True, description="Headline, from the sidecar or the text.")
    url: pl.String = pa.Field(nullable=True, description="From the sidecar, or a URL printed in the text.")
    publisher: pl.String = pa.Field(nullable=True, description="Publisher, from the sidecar or the text (e.g. CGTN, Global Times).")
    published_date: pl.Date = pa.Field(nullable=True, description="From the sidecar or a dateline in the text; never guessed.")
    reference_date: pl.Date = pa.Field(nullable=True, description="Anchor used to resolve relative dates ('on Wednesday', 'last year').")
    reference_precision: pl.String = pa.Field(isin=PRECISION, description="Precision of reference_date: day, month, year or unknown.")
    text: pl.String = pa.Field(str_length={"min_value": 1}, description="Normalised full text (NFC, \\n newlines) that every offset points into.")
    content_sha256: pl.String = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw bytes.")


class DocumentPaths(_Base):
    """Every file path under raw/ and the document it loaded as."""

    doc_id: pl.String = pa.Field(description="documents.doc_id")
    source_path: pl.String = pa.Field(unique=True, description="Path relative to raw/.")


class RejectedDocuments(_Base):
    """Input that could not be ingested (or a sidecar that was ignored): never dropped silently."""

    source_path: pl.String = pa.Field(description="Path relative to raw/.")
    reason: pl.String = pa.Field(str_length={"min_value": 1}, description="Human-readable reason: empty, binary, not decodable, too large, …")


class Sentences(_Base):
    """Sentences with character offsets into documents.text (0-based, end exclusive)."""

    doc_id: pl.String = pa.Field(description="documents.doc_id")
    sentence_id: pl.Int32 = pa.Field(ge=0, description="Position of the sentence in its document, from 0.")
    char_start: pl.Int32 = pa.Field(ge=0, description="Start offset in documents.text.")
    char_end: pl.Int32 = pa.Field(ge=1, description="End offset (exclusive): text = documents.text[char_start:char_end].")
    text: pl.String = pa.Field(str_length={"min_value": 1}, description="The sentence text.")
    is_boilerplate: pl.Boolean = pa.Field(description="Cookie banners, navigation, repeated captions: never a source of facts.")

    @pa.dataframe_check(description="sentence spans are non-empty")
    def span_ok(cls, df):
        return _span_ok(df.lazyframe)

    @pa.dataframe_check(description="(doc_id, sentence_id) is unique")
    def key_unique(cls, df):
        return df.lazyframe.select(~pl.struct("doc_id", "sentence_id").is_duplicated())


class Actors(_Base):
    """Persons, countries and organisations, one row per real-world actor."""

    actor_id: pl.String = pa.Field(unique=True, description="Stable id derived from the actor's canonical key.")
    name: pl.String = pa.Field(str_length={"min_value": 1}, description="Fullest form seen ('Muhammad Shehbaz Sharif').")
    actor_type: pl.String = pa.Field(isin=ACTOR_TYPES, description="person, country or organization.")
    country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="ISO 3166-1 alpha-3: a person's or organisation's affiliation, a country's own code.")


class ActorAliases(_Base):
    """Every surface form under which an actor was seen."""

    actor_id: pl.String = pa.Field(description="actors.actor_id")
    alias: pl.String = pa.Field(str_length={"min_value": 1}, description="A surface form as written ('Sharif', 'PM Shehbaz').")

    @pa.dataframe_check(description="(actor_id, alias) is unique")
    def key_unique(cls, df):
        return df.lazyframe.select(~pl.struct("actor_id", "alias").is_duplicated())


class Positions(_Base):
    """Titles held by persons, each with its evidence sentence."""

    actor_id: pl.String = pa.Field(description="actors.actor_id of a person")
    title: pl.String = pa.Field(str_length={"min_value": 1}, description="Normalised title: President, Prime Minister, Foreign Minister, …")
    country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="Country the title is held in.")
    doc_id: pl.String = pa.Field(description="Evidence document.")
    sentence_id: pl.Int32 = pa.Field(ge=0, description="Evidence sentence.")


class Events(_Base):
    """One row per real-world event (visit, meeting, call, letter, exercise, attack, …)."""

    event_id: pl.String = pa.Field(unique=True, description="Stable id derived from the event's type, participants and date.")
    event_type: pl.String = pa.Field(isin=EVENT_TYPES, description="visit, meeting, phone_call, correspondence, military_exercise, attack, relations_established, other.")
    status: pl.String = pa.Field(isin=["occurred", "planned"], description="occurred, or planned (a dialogue that 'will be held', an invited visit).")
    plover_type: pl.String = pa.Field(isin=PLOVER, description="PLOVER category: CONSULT, AGREE, COOPERATE, ASSAULT, SUPPORT.")
    date_start: pl.Date = pa.Field(nullable=True, description="First day of the period at date_precision.")
    date_end: pl.Date = pa.Field(nullable=True, description="Last day (ranges such as a visit from 4 to 8 February), else the end of the period.")
    date_precision: pl.String = pa.Field(isin=PRECISION, description="day, month, year or unknown: never finer than the text.")
    location: pl.String = pa.Field(nullable=True, description="City or venue.")
    location_country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="Country where it took place.")
    host_country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="Host (a visit's destination).")
    mechanism: pl.String = pa.Field(nullable=True, description="Recurring mechanism, e.g. China-Pakistan Foreign Ministers' Strategic Dialogue.")
    mechanism_round: pl.Int32 = pa.Field(nullable=True, ge=1, description="Round or iteration of the mechanism (7 for 'the seventh round').")
    parent_event_id: pl.String = pa.Field(nullable=True, description="A meeting held during a visit points to the visit.")
    casualties: pl.Int32 = pa.Field(nullable=True, ge=0, description="Persons killed (attacks).")
    summary: pl.String = pa.Field(description="The clearest evidence sentence.")
    n_documents: pl.Int32 = pa.Field(ge=1, description="Number of documents that report the event.")

    @pa.dataframe_check(description="date_end is not before date_start")
    def dates_ordered(cls, df):
        return df.lazyframe.select(
            pl.col("date_end").is_null() | pl.col("date_start").is_null() | (pl.col("date_end") >= pl.col("date_start"))
        )


class EventParticipants(_Base):
    """Persons and countries taking part in an event."""

    event_id: pl.String = pa.Field(description="events.event_id")
    actor_id: pl.String = pa.Field(description="actors.actor_id")
    role: pl.String = pa.Field(description="visitor, host, participant, victim, …")


class _Mention(_Base):
    doc_id: pl.String = pa.Field(description="Evidence document.")
    sentence_id: pl.Int32 = pa.Field(ge=0, description="Evidence sentence.")
    char_start: pl.Int32 = pa.Field(ge=0, description="Start offset of the evidence in documents.text.")
    char_end: pl.Int32 = pa.Field(ge=1, description="End offset (exclusive).")

    @pa.dataframe_check(description="evidence spans are non-empty")
    def span_ok(cls, df):
        return _span_ok(df.lazyframe)


class EventMentions(_Mention):
    """Evidence of each event: one row per sentence that reports it."""

    event_id: pl.String = pa.Field(description="events.event_id")


class Agreements(_Base):
    """One row per signed or issued instrument (or a batch: 'six MoUs')."""

    agreement_id: pl.String = pa.Field(unique=True, description="Stable id derived from type, parties, name and date.")
    name: pl.String = pa.Field(nullable=True, description="The instrument's name when the text gives it.")
    agreement_type: pl.String = pa.Field(isin=AGREEMENT_TYPES, description="treaty, free_trade_agreement, trade_agreement, protocol, mou, joint_statement, executive_program, cooperation_outline, agreement, other.")
    signed_date: pl.Date = pa.Field(nullable=True, description="Signing or issuing date (first day at signed_precision).")
    signed_precision: pl.String = pa.Field(isin=PRECISION, description="day, month, year or unknown.")
    effective_date: pl.Date = pa.Field(nullable=True, description="Entry into force.")
    effective_precision: pl.String = pa.Field(isin=PRECISION, description="day, month, year or unknown.")
    quantity: pl.Int32 = pa.Field(nullable=True, ge=1, description="Number of instruments in a batch ('14 Executive Programs').")
    n_documents: pl.Int32 = pa.Field(ge=1, description="Number of documents that report it.")


class AgreementParties(_Base):
    """Countries and organisations party to an agreement."""

    agreement_id: pl.String = pa.Field(description="agreements.agreement_id")
    actor_id: pl.String = pa.Field(description="actors.actor_id")


class AgreementTopics(_Base):
    """Fields of cooperation an agreement covers."""

    agreement_id: pl.String = pa.Field(description="agreements.agreement_id")
    topic: pl.String = pa.Field(str_length={"min_value": 1}, description="e.g. science and technology, media, clean energy.")


class AgreementMentions(_Mention):
    """Evidence of each agreement."""

    agreement_id: pl.String = pa.Field(description="agreements.agreement_id")


class Indicators(_Base):
    """Quantities that measure the relationship: trade, investment, jobs, capacity, …"""

    indicator_id: pl.String = pa.Field(unique=True, description="Stable id derived from metric, subject, period, direction and value.")
    subject: pl.String = pa.Field(nullable=True, description="What is measured, e.g. CPEC, Karot Hydropower Project.")
    metric: pl.String = pa.Field(str_matches=r"^[a-z][a-z0-9_]*$", description="snake_case: trade_total, exports, imports, direct_investment, jobs_created, …")
    value: pl.Float64 = pa.Field(description="Value in base units (23.06 billion USD is 23060000000).")
    unit: pl.String = pa.Field(str_length={"min_value": 1}, description="USD (ISO currency code), km, MW, kWh, jobs, people, count, …")
    period_start: pl.Date = pa.Field(nullable=True, description="Start of the period (a flow 'in 2024' spans the year).")
    period_end: pl.Date = pa.Field(nullable=True, description="End of the period; a stock 'by the end of 2024' has 2024-12-31.")
    period_precision: pl.String = pa.Field(isin=PRECISION, description="day, month, year or unknown.")
    change_pct: pl.Float64 = pa.Field(nullable=True, description="Year-on-year change in percent (signed).")
    from_country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="Origin of a trade flow (China's exports to Pakistan: CHN).")
    to_country_iso3: pl.String = pa.Field(nullable=True, str_matches=ISO3, description="Destination of a trade flow.")
    source_org: pl.String = pa.Field(nullable=True, description="Organisation the figure is attributed to.")
    n_documents: pl.Int32 = pa.Field(ge=1, description="Number of documents that report it.")


class IndicatorMentions(_Mention):
    """Evidence of each indicator."""

    indicator_id: pl.String = pa.Field(description="indicators.indicator_id")


class Quarantine(_Base):
    """Rows that failed validation and were kept out of the tables above."""

    table_name: pl.String = pa.Field(description="Table the row was meant for.")
    check: pl.String = pa.Field(description="The pandera check that failed.")
    column: pl.String = pa.Field(nullable=True, description="Column of the failure, when column-level.")
    row: pl.String = pa.Field(description="The rejected row as JSON.")


# Published tables in dependency order, with their models.
TABLES: dict[str, type[_Base]] = {
    "documents": Documents,
    "document_paths": DocumentPaths,
    "rejected_documents": RejectedDocuments,
    "sentences": Sentences,
    "actors": Actors,
    "actor_aliases": ActorAliases,
    "positions": Positions,
    "events": Events,
    "event_participants": EventParticipants,
    "event_mentions": EventMentions,
    "agreements": Agreements,
    "agreement_parties": AgreementParties,
    "agreement_topics": AgreementTopics,
    "agreement_mentions": AgreementMentions,
    "indicators": Indicators,
    "indicator_mentions": IndicatorMentions,
    "quarantine": Quarantine,
}


def polars_schema(table: str) -> dict[str, pl.DataType]:
    """Column name → polars dtype of a published table, in declared order."""
    return {name: col.dtype.type for name, col in TABLES[table].to_schema().columns.items()}


def empty_table(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(table))


def describe(table: str) -> tuple[str, dict[str, str]]:
    """(table description, {column: description}) for documentation and Dagster metadata."""
    model = TABLES[table]
    schema = model.to_schema()
    doc = (model.__doc__ or "").strip()
    return doc, {name: (col.description or "") for name, col in schema.columns.items()}
