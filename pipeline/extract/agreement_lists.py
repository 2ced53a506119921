"""Lists in the layout of a document: a lead sentence ending with a colon and the items that follow
it on their own lines ("The following documents were signed: / - MoU on ... / - MoU on ...").

Each item inherits what its lead says (the signing and its date for agreements, the period for
indicators), so both the agreement and the indicator extractors use :func:`list_leads`.

An item is a line that begins with a list marker (a bullet or dash, "1." / "(1)", "a)" / "(b)",
"iv."), either left between the sentences by the segmenter or at the start of the sentence.  The
first item is the line right after the lead (or, for a list inside a paragraph, the sentence
right after it); the list goes on over lines with the same kind of marker, and over sentences
that continue an item on its own line.  A line with another kind of marker (the next numbered
paragraph after a bulleted list), or none, ends it.
"""

from __future__ import annotations

import polars as pl

__all__ = ["list_leads", "LEAD_END"]

_SP = r"[ \t\u00a0]*"
# kinds of list markers, tried in this order on the marker text (the end of the gap's last line,
# or the start of the sentence); roman numerals before letters ("i." is both)
_MARKERS = (
    # (a bullet may carry the emoji variation selector U+FE0F: "▪️", "✔️", "➡️", as posts print them)
    ("bullet", rf"^{_SP}[-–—•▪◦·*‣►✓✔➡🔹🔸]\ufe0f?{_SP}$"),
    ("number", rf"^{_SP}\(?\d{{1,3}}[.)]{_SP}$"),
    ("roman", rf"^{_SP}\(?(?i:[ivx]{{1,5}})[.)]{_SP}$"),
    ("letter", rf"^{_SP}\(?[A-Za-z][.)]{_SP}$"),
)
_MARK = r"(?:[-–—•▪◦·*‣►✓✔➡🔹🔸]\ufe0f?|\(?\d{1,3}[.)]|\(?(?i:[ivx]{1,5})[.)]|\(?[A-Za-z][.)])"
_HEAD_MARK = rf"^{_MARK}\s"
# a lead ends with a colon, perhaps followed by the first item's marker when the segmenter cut
# an inline list there ("The following documents were signed on 3 April: 1. MoU on ...; 2. ...")
LEAD_END = _LEAD_END = rf":\s*(?:{_MARK})?\s*$"


def _marker_kind(marker: pl.Expr) -> pl.Expr:
    expr = pl.lit(None, dtype=pl.String)
    for kind, pattern in reversed(_MARKERS):
        expr = pl.when(marker.str.contains(pattern)).then(pl.lit(kind)).otherwise(expr)
    return expr


def list_leads(frame: pl.DataFrame) -> pl.Series:
    """For each row of ``frame`` — the sentences of some documents in text order, with columns
    ``_d`` (a document key, constant over one document's consecutive rows), ``sentence_id``,
    ``text`` and ``_gap`` (the document text between the previous sentence of the document and
    this one; null for a document's first sentence) — the ``sentence_id`` of the lead sentence
    of the list the row is an item of, else null.  Vectorised (window expressions only)."""
    n = frame.height
    if n == 0:
        return pl.Series("_lead_sid", [], dtype=pl.Int32)
    first = pl.col("_d") != pl.col("_d").shift(1)
    first = first.fill_null(True)
    gap = pl.col("_gap").fill_null("")
    nl = gap.str.contains("\n") | first
    last_line = gap.str.extract(r"\n([^\n]*)$", 1)
    head = pl.col("text").str.extract(r"^(\S+\s)", 1)
    prev_text = pl.col("text").shift(1)
    prev_colon = prev_text.str.contains(_LEAD_END).fill_null(False) & ~first
    trail = prev_text.str.extract(r":\s*(\S*)\s*$", 1)
    mark = pl.when(nl).then(
        pl.coalesce(
            _marker_kind(last_line),
            pl.when(pl.col("text").str.contains(_HEAD_MARK)).then(_marker_kind(head.str.strip_chars())),
        )
    ).when(prev_colon).then(_marker_kind(trail))
    start = prev_colon
    f = frame.select(
        pl.col("_d"),
        pl.col("sentence_id").cast(pl.Int32),
        pl.col("sentence_id").cast(pl.Int32).shift(1).alias("_prev_sid"),
        (nl | start).alias("_nl"),
        first.alias("_first"),
        mark.alias("_mark"),
        start.alias("_start"),
    ).with_columns(pl.col("_nl").cast(pl.Int64).cum_sum().alias("_block"))
    # one row per block (a line, or an inline list, and the sentences continuing it), in order
    blocks = f.filter(pl.col("_nl")).select(
        "_block", "_d", "_mark", "_start", "_first", "_prev_sid"
    )
    prev_mark = pl.when(~pl.col("_first")).then(pl.col("_mark").shift(1))
    blocks = blocks.with_columns(
        (
            pl.col("_start")
            | pl.col("_first")
            | pl.col("_mark").is_null()
            | (pl.col("_mark") != prev_mark).fill_null(True)
        ).cast(pl.Int64).cum_sum().alias("_seq")
    )
    seq_first = blocks.group_by("_seq", maintain_order=True).agg(
        pl.col("_start").first().alias("_is_list"), pl.col("_prev_sid").first().alias("_lead")
    )
    blocks = blocks.join(seq_first, on="_seq", how="left", maintain_order="left").select(
        "_block", pl.when(pl.col("_is_list")).then(pl.col("_lead")).alias("_lead_sid")
    )
    out = f.select("_block").join(blocks, on="_block", how="left", maintain_order="left")
    return out["_lead_sid"].cast(pl.Int32)
