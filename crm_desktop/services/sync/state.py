"""What Giveback remembers about sync, in the database beside the data it describes.

- The account (server, user, chosen collections, automatic sync) in ``app_state``,
  never the password (see ``credentials``).
- Per collection, the sync-token and CTag of the last run.
- Per item, a ``SyncItem`` row; per conflicting field, a ``SyncConflict`` row.
- The last run: when, whether it worked, and what it said.

The keys start with ``derived:`` so a JSON export leaves them out: they describe
this file's bond with one server, not the user's data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from crm_desktop.store.models import AppState, SyncConflict, SyncItem, database_proxy

ACCOUNT = "derived:sync.account"
LAST_RUN = "derived:sync.last-run"
COLLECTION = "derived:sync.collection:"
SENDING = "derived:sync.sending:"  # what the updates of a batch send, until it commits


def get(key: str) -> Any:
    row = AppState.get_or_none(AppState.key == key)
    return json.loads(row.value) if row else None


def put(key: str, value: Any) -> None:
    AppState.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()


def drop(key: str) -> None:
    AppState.delete().where(AppState.key == key).execute()


def digest(fields: dict) -> str:
    """A hash of an item's meaning: equal fields, equal hash."""
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class Row:
    """What a run looks at for every item: its row without the stored texts."""

    id: int
    kind: str
    local_id: int | None
    href: str
    etag: str | None
    hash: str
    state: str
    known: bool  # synced at least once (it has a base)


def rows(kinds: tuple[str, ...]) -> list[Row]:
    query = SyncItem.select(
        SyncItem.id, SyncItem.kind, SyncItem.local_id, SyncItem.href, SyncItem.etag,
        SyncItem.hash, SyncItem.state, SyncItem.base_fields.is_null(False),
    ).where(SyncItem.kind.in_(kinds))  # fmt: skip
    return [Row(*values) for values in query.tuples()]


def pending_rows(kind: str) -> list[Row]:
    """Rows with something to send: new, deleted or brought back here, or edited (their
    hash emptied by the triggers of schema 5)."""
    query = SyncItem.select(
        SyncItem.id, SyncItem.kind, SyncItem.local_id, SyncItem.href, SyncItem.etag,
        SyncItem.hash, SyncItem.state, SyncItem.base_fields.is_null(False),
    ).where(
        (SyncItem.kind == kind) & ((SyncItem.state != "synced") | (SyncItem.hash == ""))
    )  # fmt: skip
    return [Row(*values) for values in query.tuples()]


def known_counts(kinds: tuple[str, ...]) -> tuple[int, int]:
    """(items synced at least once, of them deleted here since) among *kinds*."""
    marks = ",".join("?" * len(kinds))
    synced, deleted = database_proxy.execute_sql(
        f"SELECT count(*), coalesce(sum(state = 'deleted'), 0) FROM sync_item "
        f"WHERE kind IN ({marks}) AND base_fields IS NOT NULL",
        kinds,
    ).fetchone()
    return synced, deleted


def full(row_id: int) -> SyncItem | None:
    return SyncItem.get_or_none(SyncItem.id == row_id)


def open_conflicts(item_id: int) -> dict[str, SyncConflict]:
    return {c.field: c for c in SyncConflict.select().where(SyncConflict.item == item_id)}


def conflicted_items() -> set[int]:
    return {c.item_id for c in SyncConflict.select(SyncConflict.item)}


def count_conflicts() -> int:
    return SyncConflict.select().count()


def count_items() -> int:
    return SyncItem.select().where(SyncItem.state == "synced").count()


def record_run(ok: bool, message: str) -> None:
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        put(LAST_RUN, {"at": dt.datetime.now().isoformat(timespec="seconds"), "ok": ok,
                       "message": message})  # fmt: skip


def forget_everything() -> None:
    """Drop the account and every trace of sync; the contacts stay as they are."""
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        SyncConflict.delete().execute()
        SyncItem.delete().execute()
        AppState.delete().where(AppState.key.startswith("derived:sync.")).execute()
