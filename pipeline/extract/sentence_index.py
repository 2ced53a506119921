"""Mentions grouped by sentence, with offsets relative to the sentence (shared by extractors)."""

from __future__ import annotations

import polars as pl


def by_sentence(df: pl.DataFrame, offsets: pl.DataFrame, cols: list[str]) -> dict[tuple[str, int], list[tuple]]:
    """(doc_id, sentence_id) -> rows of ``cols`` (frame order) of the sentences in ``offsets``
    (doc_id, sentence_id, _off: the sentence's start), with char_start/char_end made relative
    to the sentence."""
    out: dict[tuple[str, int], list[tuple]] = {}
    df = df.join(offsets, on=["doc_id", "sentence_id"], how="inner", maintain_order="left").with_columns(
        pl.col("char_start") - pl.col("_off"), pl.col("char_end") - pl.col("_off")
    )
    if df.height == 0:
        return out
    keys = zip(df["doc_id"].to_list(), df["sentence_id"].to_list())
    values = zip(*(df[c].to_list() for c in cols))
    for k, v in zip(keys, values):
        lst = out.get(k)
        if lst is None:
            out[k] = [v]
        else:
            lst.append(v)
    return out
