"""Last contact: when you were last in touch with someone, one rule for every view.

A person's last contact is the most recent interaction with them that has happened:

- a meeting they attended that has started (one still to come does not count), or
- a give or an ask logged with them in the ledger (I gave, I asked, they gave, a thank-you
  sent), dated today or earlier.

Follow-ups still to do, notes and edits to their record are not contact. A meeting
counts at its start time; a ledger entry, which has a day but no time, at the start of
its day (so a meeting and an entry on the same day show that day either way).

The answer is kept on the contact row (``contact.last_contact_at``) so the list can sort
and filter 100,000 people by it; every view (contact pane, list, Today, warm paths, prep
sheets) reads it from there, and only this module writes it: ``refresh`` after each write
that can change it (meetings, attendees, ledger entries, merges), ``catch_up`` for what
became past as time went on (a meeting booked ahead has now happened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import OperationalError

from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import AppState, database_proxy

# The rule above as SQL for one contact, ``{cid}``, taking two parameters: now
# ('YYYY-MM-DD HH:MM:SS') and today ('YYYY-MM-DD'). Stored datetimes and days compare as
# text, and a day before any of its times.
_SQL = (
    "(SELECT MAX(t) FROM ("
    "SELECT m.starts_at AS t FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
    "WHERE a.contact_id = {cid} AND m.starts_at <= ? "
    "UNION ALL SELECT l.occurred_on || ' 00:00:00' FROM ledger_entry l "
    "WHERE l.contact_id = {cid} AND l.occurred_on <= ?))"
)
# app_state key: the moment catch_up last looked ("derived:": about this file, not exported).
_CAUGHT_UP = "derived:last_contact_caught_up"


def _params(now: dt.datetime | None) -> list[str]:
    now = (now or dt.datetime.now()).replace(microsecond=0)
    return [now.isoformat(sep=" "), now.date().isoformat()]


def refresh(contact_ids: Iterable[int], now: dt.datetime | None = None) -> None:
    """Recompute the last contact of these people (after a write that may change it)."""
    ids = sorted({int(i) for i in contact_ids if i is not None})
    params = _params(now)
    for chunk in chunks(ids):
        database_proxy.execute_sql(
            f"UPDATE contact SET last_contact_at = {_SQL.format(cid='contact.id')} "
            f"WHERE id IN ({marks(chunk)})",
            [*params, *chunk],
        )


def refresh_all(now: dt.datetime | None = None) -> None:
    """Recompute everyone's last contact (after a bulk load)."""
    database_proxy.execute_sql(
        f"UPDATE contact SET last_contact_at = {_SQL.format(cid='contact.id')}", _params(now)
    )


def catch_up(now: dt.datetime | None = None) -> bool:
    """Move on the last contact of the people whose booked meetings or entries dated
    ahead have happened since the last look; True when anyone's changed.

    Cheap when nothing happened (a range of the meetings' start index and one pass
    over the ledger); the first call on a database recomputes everyone once."""
    now_text, today = _params(now)
    try:
        return _catch_up(now, now_text, today)
    except OperationalError:  # a read-only or busy database: the stored dates stand
        return False


def _catch_up(now: dt.datetime | None, now_text: str, today: str) -> bool:
    with database_proxy.atomic():
        mark = AppState.get_or_none(AppState.key == _CAUGHT_UP)
        if mark is None:
            refresh_all(now)
            changed = True
        else:
            since = mark.value
            rows = database_proxy.execute_sql(
                "SELECT a.contact_id FROM meeting m JOIN meeting_attendee a "
                "ON a.meeting_id = m.id WHERE m.starts_at > ? AND m.starts_at <= ? "
                "UNION SELECT l.contact_id FROM ledger_entry l "
                "WHERE l.occurred_on > ? AND l.occurred_on <= ?",
                (since, now_text, since[:10], today),
            ).fetchall()
            changed = bool(rows)
            refresh([cid for (cid,) in rows], now)
        AppState.insert(key=_CAUGHT_UP, value=now_text).on_conflict_replace().execute()
    return changed
