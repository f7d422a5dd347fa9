"""Dates as the commands take them: YYYY-MM-DD, today, tomorrow or +N (days from now)."""

from __future__ import annotations

import datetime as dt

from crm_desktop.errors import InvalidInput


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    """The day *text* names; None when it is empty. *what* names it in the error."""
    if not text:
        return None
    lowered = text.strip().lower()
    if lowered == "today":
        return dt.date.today()
    if lowered == "tomorrow":
        return dt.date.today() + dt.timedelta(days=1)
    if lowered.startswith("+") and lowered[1:].rstrip("d").isdigit():
        return dt.date.today() + dt.timedelta(days=int(lowered[1:].rstrip("d")))
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"“{text}” is not a {what}; write it as YYYY-MM-DD, today, tomorrow or +N."
        ) from None
