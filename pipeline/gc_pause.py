"""Pause Python's cyclic garbage collector around a bulk computation.

Extraction and resolution build hundreds of thousands of small, long-lived, acyclic objects
(tuples, lists, mention records); every automatic collection would rescan all of them, which costs
more than the work itself.  Nothing built in these stages forms reference cycles that must be freed
early, so the collector is switched off for their duration and restored afterwards.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; re-enable it after if it was enabled."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
