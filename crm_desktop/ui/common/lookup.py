"""Looking up the record a page shows, which may be gone by now (deleted, or its
adding undone) without that being an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from crm_desktop.errors import NotFound

T = TypeVar("T")


def record_or_none(get: Callable[[int], T], record_id: int | None) -> T | None:
    """``get(record_id)``; None when there is no id, or no such record any more."""
    if record_id is None:
        return None
    try:
        return get(record_id)
    except NotFound:
        return None
