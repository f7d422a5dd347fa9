"""The parts of a sync run besides the run itself: the three-way merge of one item's
fields, the map between UIDs and local ids, what a run counts, and the two ways a run
stops early (a side emptied since the last sync; the user's Cancel).

``merge`` decides field by field against the base (the fields at the last sync): a
field changed on one side only takes that side's value; changed on both to different
values, or already in conflict, it is a conflict: the value here stays in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from crm_desktop.errors import GivebackError
from crm_desktop.services.text import translate
from crm_desktop.store.models import database_proxy

Fields = dict[str, Any]


class SideEmptied(GivebackError):
    """One side had items at the last sync and has none now: ask before going on."""

    def __init__(self, kind: str, side: str, count: int):
        self.kind, self.side, self.count = kind, side, count
        where = (
            translate("sync", "on the server")
            if side == "server"
            else translate("sync", "on this computer")
        )
        super().__init__(
            translate(
                "sync",
                "Every synced item ({n}) is gone {where} since the last sync. Giveback "
                "stopped before removing them on the other side too. If that is what you "
                "want, sync again and allow it.",
            ).format(n=count, where=where)
        )


class SyncCancelled(GivebackError):
    """The user cancelled; what was done so far is kept and consistent."""


@dataclass
class Counts:
    added: int = 0
    changed: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class Tally:
    to_server: dict[str, Counts] = field(default_factory=dict)
    from_server: dict[str, Counts] = field(default_factory=dict)

    def up(self, kind: str) -> Counts:
        return self.to_server.setdefault(kind, Counts())

    def down(self, kind: str) -> Counts:
        return self.from_server.setdefault(kind, Counts())


class Refs:
    """Turns UIDs into local ids and back, for introducers and attendees."""

    def __init__(self) -> None:
        self.uids: dict[tuple[str, int], str] = {}
        self.ids: dict[tuple[str, str], int] = {}
        for kind, local_id, uid in database_proxy.execute_sql(
            "SELECT kind, local_id, uid FROM sync_item WHERE local_id IS NOT NULL"
        ):
            self.uids[(kind, local_id)] = uid
            self.ids[(kind, uid)] = local_id
        self.pending: list[tuple[str, int, object]] = []

    def note(self, kind: str, local_id: int, uid: str) -> None:
        self.uids[(kind, local_id)] = uid
        self.ids[(kind, uid)] = local_id

    def contact_uid(self, contact_id: int) -> str | None:
        return self.uids.get(("contact", contact_id))

    def contact_id(self, uid: str) -> int | None:
        return self.ids.get(("contact", uid))

    def contact_by_email(self, email: str) -> int | None:
        row = database_proxy.execute_sql(
            "SELECT contact_id FROM contact_method WHERE kind = 'email' AND lower(value) = ? "
            "UNION ALL SELECT id FROM contact WHERE lower(email) = ? LIMIT 1",
            (email.strip().lower(), email.strip().lower()),
        ).fetchone()
        return row[0] if row else None

    def later(self, kind: str, local_id: int, value: object) -> None:
        self.pending.append((kind, local_id, value))


def merge(
    base: Fields, here: Fields, server: Fields, open_fields: set[str]
) -> tuple[Fields, set[str], set[str], dict[str, tuple[Any, Any]]]:
    """(result, fields to change here, fields to send, conflicts) of a three-way merge."""
    result: Fields = {}
    to_local: set[str] = set()
    to_server: set[str] = set()
    conflicts: dict[str, tuple[Any, Any]] = {}
    for name in sorted(set(base) | set(here) | set(server)):
        b, h, s = base.get(name), here.get(name), server.get(name)
        result[name] = h
        if h == s:
            continue
        if name in open_fields:
            conflicts[name] = (h, s)
        elif h == b:
            result[name] = s
            to_local.add(name)
        elif s == b:
            to_server.add(name)
        else:
            conflicts[name] = (h, s)
    return result, to_local, to_server, conflicts
