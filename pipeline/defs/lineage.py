"""Column-level lineage of the published tables (shown in the Dagster UI's column lineage view)."""

import dagster as dg

# table → {column: [(upstream asset, upstream column), …]}
_EV = "event_mentions_raw"
_AG = "agreement_mentions_raw"
_IN = "indicator_mentions_raw"
_PM = "person_mentions"
_SPAN = ("doc_id", "sentence_id", "char_start", "char_end")

LINEAGE: dict[str, dict[str, list[tuple[str, str]]]] = {
    "sentences": {"doc_id": [("documents", "doc_id")], "text": [("documents", "text")]},
    "actors": {
        "name": [(_PM, "name"), (_EV, "participants"), (_AG, "parties")],
        "country_iso3": [(_PM, "country_iso3"), (_EV, "participants"), (_AG, "parties")],
    },
    "actor_aliases": {"alias": [(_PM, "surface"), (_PM, "name")]},
    "positions": {
        "title": [(_PM, "title")],
        "country_iso3": [(_PM, "country_iso3")],
        "doc_id": [(_PM, "doc_id")],
        "sentence_id": [(_PM, "sentence_id")],
    },
    "events": {
        "event_type": [(_EV, "event_type")],
        "status": [(_EV, "status")],
        "plover_type": [(_EV, "event_type"), (_EV, "status")],
        "date_start": [(_EV, "date_start")],
        "date_end": [(_EV, "date_end")],
        "date_precision": [(_EV, "date_precision")],
        "location": [(_EV, "location")],
        "location_country_iso3": [(_EV, "location_country_iso3")],
        "host_country_iso3": [(_EV, "host_country_iso3")],
        "mechanism": [(_EV, "mechanism")],
        "mechanism_round": [(_EV, "mechanism_round")],
        "casualties": [(_EV, "casualties")],
        "summary": [(_EV, "summary")],
        "n_documents": [(_EV, "doc_id")],
    },
    "event_participants": {"actor_id": [(_EV, "participants")], "role": [(_EV, "participants")]},
    "event_mentions": {c: [(_EV, c)] for c in _SPAN},
    "agreements": {
        "name": [(_AG, "name")],
        "agreement_type": [(_AG, "agreement_type")],
        "signed_date": [(_AG, "signed_date")],
        "signed_precision": [(_AG, "signed_precision")],
        "effective_date": [(_AG, "effective_date")],
        "effective_precision": [(_AG, "effective_precision")],
        "quantity": [(_AG, "quantity")],
        "n_documents": [(_AG, "doc_id")],
    },
    "agreement_parties": {"actor_id": [(_AG, "parties")]},
    "agreement_topics": {"topic": [(_AG, "topics")]},
    "agreement_mentions": {c: [(_AG, c)] for c in _SPAN},
    "indicators": {
        c: [(_IN, c)]
        for c in (
            "subject", "metric", "value", "unit", "period_start", "period_end", "period_precision",
            "change_pct", "from_country_iso3", "to_country_iso3", "source_org",
        )
    }
    | {"n_documents": [(_IN, "doc_id")]},
    "indicator_mentions": {c: [(_IN, c)] for c in _SPAN},
}


def column_lineage(table: str) -> dict[str, dg.TableColumnLineage]:
    """``{"dagster/column_lineage": …}`` for a table, or {} when it is read straight from raw/."""
    deps = LINEAGE.get(table)
    if not deps:
        return {}
    return {
        "dagster/column_lineage": dg.TableColumnLineage(
            deps_by_column={
                col: [dg.TableColumnDep(asset_key=dg.AssetKey(asset), column_name=src) for asset, src in sources]
                for col, sources in deps.items()
            }
        )
    }
