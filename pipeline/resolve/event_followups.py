"""Fold an announced event into the report that it took place.

News announces an event and later reports it: "President A will meet President B on Tuesday"
(planned) and "A and B met on Tuesday" (occurred). Clustering keeps planned and occurred mentions
apart, because a plan is not evidence that something happened. Once the warehouse holds both, the
plan was fulfilled: the later report wins, and the two are one real-world event.

A planned event folds into an occurred one when exactly one occurred event has its type, the same
day-precise dates (start and end) -- or, for a visit announced for a month ("next week"), days in
that month --, the same countries among its participants, and persons that are
nested (one side's persons among the other's, or none named on one side). The occurred event keeps
its row and gains the plan's evidence, participants and documents; links to the plan (its id as a
parent) point at the occurred event. A plan with no day, with several candidates, or with
different countries stays as it is.
"""

from __future__ import annotations

import polars as pl

_COUNTRY_PREFIX = "cty_"
_PAIRS = {"planned_id": pl.String, "occurred_id": pl.String}


def _actor_sets(participants: pl.DataFrame) -> pl.DataFrame:
    """event_id → sorted list of country actor ids and list of other actor ids."""
    is_country = pl.col("actor_id").str.starts_with(_COUNTRY_PREFIX)
    return participants.group_by("event_id").agg(
        pl.col("actor_id").filter(is_country).unique().sort().alias("countries"),
        pl.col("actor_id").filter(~is_country).unique().sort().alias("persons"),
    )


def announced_pairs(events: pl.DataFrame, participants: pl.DataFrame) -> pl.DataFrame:
    """(planned_id, occurred_id) of every plan that a single occurred event fulfils."""
    dated = events.filter(pl.col("date_precision").is_in(["day", "month"]) & pl.col("date_start").is_not_null())
    sets = _actor_sets(participants)
    keys = ["event_type", "date_start", "date_end"]

    def side(status: str, prefix: str, precisions: list[str]) -> pl.DataFrame:
        return (
            dated.filter((pl.col("status") == status) & pl.col("date_precision").is_in(precisions))
            .select("event_id", *keys, "date_precision")
            .join(sets, on="event_id", how="left")
            .with_columns(pl.col("countries").fill_null([]), pl.col("persons").fill_null([]))
            .rename({"event_id": f"{prefix}_id", "countries": f"{prefix}_countries", "persons": f"{prefix}_persons",
                     "date_start": f"{prefix}_start", "date_end": f"{prefix}_end", "date_precision": f"{prefix}_precision"})
        )

    planned, occurred = side("planned", "planned", ["day", "month"]), side("occurred", "occurred", ["day"])
    if planned.height == 0 or occurred.height == 0:
        return pl.DataFrame(schema=_PAIRS)
    # keyed joins only (a join on the type alone pairs every plan with every report of its type):
    # a plan of a day meets the reports of that very day (start and end) ...
    day_plans = planned.filter(pl.col("planned_precision") == "day")
    same_day = day_plans.join(
        occurred, left_on=["event_type", "planned_start", "planned_end"],
        right_on=["event_type", "occurred_start", "occurred_end"], how="inner", nulls_equal=True, coalesce=False,
    )
    # ... and a visit announced for a month ("next week", "in November") meets the visits reported
    # with their days in that month, from the plan's first day on: the plan was fulfilled
    in_month = (
        planned.filter((pl.col("planned_precision") == "month") & (pl.col("event_type") == "visit"))
        .with_columns(pl.col("planned_start").dt.truncate("1mo").alias("_month"))
        .join(occurred.with_columns(pl.col("occurred_start").dt.truncate("1mo").alias("_month")), on=["event_type", "_month"], how="inner")
        .filter(pl.col("occurred_start") >= pl.col("planned_start"))
        .drop("_month")
    )
    cand = pl.concat([same_day.select(in_month.columns), in_month]).filter(
        (pl.col("planned_countries") == pl.col("occurred_countries"))
        & (pl.col("planned_countries").list.len() > 0)
    )
    if cand.height == 0:
        return pl.DataFrame(schema=_PAIRS)
    p_in_o = pl.col("planned_persons").list.set_difference("occurred_persons").list.len() == 0
    o_in_p = pl.col("occurred_persons").list.set_difference("planned_persons").list.len() == 0
    cand = cand.filter(p_in_o | o_in_p)
    # (an occurred event a plan of its very day fulfils takes no month plan besides)
    by_day = cand.filter(pl.col("planned_precision") == "day").select("occurred_id")
    cand = cand.filter((pl.col("planned_precision") == "day") | ~pl.col("occurred_id").is_in(by_day["occurred_id"].implode()))
    single = cand.group_by("planned_id").agg(pl.col("occurred_id").n_unique().alias("n")).filter(pl.col("n") == 1)
    return cand.join(single, on="planned_id", how="semi").select("planned_id", "occurred_id").unique().sort("planned_id")


def fold_announced(events: pl.DataFrame, participants: pl.DataFrame, mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """``events``, ``event_participants`` and ``event_mentions`` with every fulfilled plan folded
    into the occurred event (see the module docstring); unchanged when there is none."""
    pairs = announced_pairs(events, participants)
    if pairs.height == 0:
        return events, participants, mentions
    to = dict(zip(pairs["planned_id"], pairs["occurred_id"]))
    remap = pl.col("event_id").replace(to)
    mentions = mentions.with_columns(remap).unique().sort("event_id", "doc_id", "sentence_id", "char_start", "char_end")
    participants = (  # the occurred event's own role of an actor wins over the plan's
        participants.with_columns(pl.col("event_id").is_in(list(to)).alias("_moved"), remap)
        .sort("event_id", "actor_id", "_moved")
        .unique(["event_id", "actor_id"], keep="first", maintain_order=True)
        .drop("_moved")
    )
    n_docs = mentions.group_by("event_id").agg(pl.col("doc_id").n_unique().cast(pl.Int32).alias("_n"))
    gained = set(to.values())
    events = (
        events.filter(~pl.col("event_id").is_in(list(to)))
        .with_columns(pl.col("parent_event_id").replace(to))
        .join(n_docs, on="event_id", how="left")
        .with_columns(
            pl.when(pl.col("event_id").is_in(list(gained))).then(pl.col("_n")).otherwise(pl.col("n_documents")).cast(events.schema["n_documents"]).alias("n_documents")
        )
        .drop("_n")
    )
    return events, participants, mentions
