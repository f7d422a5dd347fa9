"""Asking SQLite about many ids a chunk at a time: one statement holds at most a few
hundred ``?`` parameters, and a list of 100,000 contacts is read or changed in pieces."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

CHUNK = 500


def chunks(ids: Iterable, size: int = CHUNK) -> Iterator[list]:
    """*ids* in slices of *size*, in the order given."""
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(chunk: Sequence) -> str:
    """One ``?`` per item of *chunk*, for ``IN (...)``."""
    return ",".join("?" * len(chunk))
