"""Entry point for ``dg``: the project's Dagster definitions."""

from pipeline.defs import defs

__all__ = ["defs"]
