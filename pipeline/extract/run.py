"""Extract stage: sentences of some documents → their mention frames (pure, no I/O)."""

from __future__ import annotations

import polars as pl

from pipeline.gc_pause import gc_paused
from pipeline.model import MENTION_SCHEMAS, conform


def extract_mentions(documents: pl.DataFrame, sentences: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every extractor over the given documents; one frame per mention table (model.MENTION_SCHEMAS)."""
    from pipeline.extract.agreements import extract_agreements
    from pipeline.extract.countries import country_mentions
    from pipeline.extract.dates import extract_dates
    from pipeline.extract.events import extract_events
    from pipeline.extract.indicators import extract_indicators
    from pipeline.extract.persons import extract_persons

    # the cyclic collector stays off for the whole stage (every extractor builds many small
    # acyclic objects; persons, dates and events pause it themselves, the others benefit too)
    with gc_paused():
        countries = country_mentions(sentences)
        dates = extract_dates(sentences, documents)
        persons = extract_persons(sentences, countries, documents)
        out = {
            "person_mentions": persons,
            "event_mentions_raw": extract_events(sentences, documents, persons, countries, dates),
            "agreement_mentions_raw": extract_agreements(sentences, documents, persons, countries, dates),
            "indicator_mentions_raw": extract_indicators(sentences, documents, countries, dates),
        }
        return {name: conform(df, MENTION_SCHEMAS[name]) for name, df in out.items()}
