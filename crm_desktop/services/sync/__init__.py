"""Two-way sync with the user's own CardDAV/CalDAV server (issue 14).

Contacts sync with one address book; meetings (as events) and follow-ups (as tasks)
with one calendar, "Giveback" unless the user picks another. Giveback is only a
client of the server the user already has: nothing goes anywhere else.

What does not sync (said in the Sync dialog and the README too): the give-and-ask
ledger, insights, smart lists, photos (kept on the server, not shown here) and
contacts' past meetings notes beyond what a meeting itself carries.

The window and the command line call only what is here. ``run`` may be called from a
worker thread: it opens its own database connection there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from crm_desktop.errors import GivebackError
from crm_desktop.services import events
from crm_desktop.services.interchange.files import own_connection
from crm_desktop.services.sync import credentials, engine, kinds, state
from crm_desktop.services.sync.dav import (
    AuthFailed,
    Collection,
    DavClient,
    DavError,
    Discovery,
)
from crm_desktop.services.sync.engine import Counts, SideEmptied, SyncCancelled
from crm_desktop.services.text import translate
from crm_desktop.store.models import SyncConflict, SyncItem, database_proxy

__all__ = [
    "Account",
    "AuthFailed",
    "Collection",
    "Conflict",
    "Counts",
    "DavError",
    "Discovery",
    "NotSetUp",
    "Report",
    "SideEmptied",
    "Status",
    "SyncCancelled",
    "account",
    "conflicts",
    "discover",
    "forget",
    "resolve",
    "run",
    "set_automatic",
    "setup",
    "status",
]
CALENDAR_NAME = "Giveback"
KINDS = {"contact": "contacts", "meeting": "meetings", "followup": "follow-ups"}


class NotSetUp(GivebackError):
    """No sync account yet."""


@dataclass(frozen=True)
class Account:
    url: str
    user: str
    addressbook: Collection | None
    calendar: Collection | None
    allow_insecure: bool = False
    password_store: str = "keyring"
    at_start: bool = False
    every_minutes: int = 0
    at_quit: bool = False


@dataclass(frozen=True)
class Report:
    to_server: dict[str, Counts] = field(default_factory=dict)
    from_server: dict[str, Counts] = field(default_factory=dict)
    conflicts: int = 0

    def lines(self) -> list[str]:
        """What changed, one line per direction and kind; "Nothing changed." if nothing."""
        out = []
        for title, counts in (
            (translate("sync", "To the server"), self.to_server),
            (translate("sync", "From the server"), self.from_server),
        ):
            for kind, c in counts.items():
                if c:
                    out.append(
                        translate(
                            "sync", "{direction}: {kind}: {added} new, {changed} changed, "
                            "{removed} removed"
                        ).format(direction=title, kind=translate("sync", KINDS.get(kind, kind)),
                                 added=c.added, changed=c.changed, removed=c.removed)
                    )  # fmt: skip
        if not out:
            out.append(translate("sync", "Nothing changed."))
        if self.conflicts:
            out.append(translate("sync", "{n} conflicts to resolve.").format(n=self.conflicts))
        return out

    def summary(self) -> str:
        return " ".join(self.lines())


@dataclass(frozen=True)
class Status:
    account: Account | None
    last_run: dt.datetime | None
    ok: bool | None
    message: str
    conflicts: int
    items: int


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    item: str
    field: str
    field_label: str
    here: str
    server: str


def _collection(data: dict | None) -> Collection | None:
    return Collection(**{**data, "components": tuple(data.get("components", ()))}) if data else None


def account() -> Account | None:
    data = state.get(state.ACCOUNT)
    if not data:
        return None
    data = dict(data)
    data["addressbook"] = _collection(data.get("addressbook"))
    data["calendar"] = _collection(data.get("calendar"))
    return Account(**data)


def _save(acc: Account) -> None:
    data = asdict(acc)
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        state.put(state.ACCOUNT, data)


def discover(url: str, user: str, password: str, allow_insecure: bool = False) -> Discovery:
    """Test the connection: the address books and calendars the server has for *user*."""
    client = DavClient(url, user, password, allow_insecure=allow_insecure)
    try:
        return client.discover()
    finally:
        client.close()


def _pick(found: list[Collection], wanted: str | None) -> Collection | None:
    if not wanted:
        return None
    for c in found:
        if wanted in (c.url, c.url.rstrip("/")) or c.url.rstrip("/").endswith(wanted.rstrip("/")):
            return c
    folded = wanted.casefold()
    return next((c for c in found if c.name.casefold() == folded), None)


def setup(url: str, user: str, password: str, addressbook: str | None = None,
          calendar: str | None = None, allow_insecure: bool = False) -> Account:  # fmt: skip
    """Discover, pick the collections (creating the "Giveback" calendar unless one is
    picked), keep the password in the keyring and the account here. A wrong password
    or an unreachable server raises before anything is kept."""
    client = DavClient(url, user, password, allow_insecure=allow_insecure)
    try:
        found = client.discover()
        book = _pick(found.addressbooks, addressbook)
        if addressbook and book is None:
            raise DavError(
                translate("sync", "The server has no address book “{name}”.").format(
                    name=addressbook
                )
            )
        book = book or (found.addressbooks[0] if found.addressbooks else None)
        cal = _pick(found.calendars, calendar or CALENDAR_NAME)
        if calendar and cal is None:
            raise DavError(
                translate("sync", "The server has no calendar “{name}”.").format(name=calendar)
            )
        if cal is None:
            home = getattr(found, "calendar_home", None) or (
                found.calendars[0].url.rstrip("/").rsplit("/", 1)[0] + "/"
                if found.calendars
                else None
            )
            if home:
                cal = client.make_calendar(home, CALENDAR_NAME)
    finally:
        client.close()
    if book is None and cal is None:
        raise DavError(translate("sync", "The server offers no address book and no calendar."))
    previous = account()
    if previous and (previous.url, previous.user) != (url, user):
        forget()
    store = credentials.store_password(url, user, password)
    acc = Account(url=url, user=user, addressbook=book, calendar=cal,
                  allow_insecure=allow_insecure, password_store=store)  # fmt: skip
    if previous and (previous.url, previous.user) == (url, user):
        acc = Account(**{**asdict(acc), "addressbook": book, "calendar": cal,
                         "at_start": previous.at_start, "every_minutes": previous.every_minutes,
                         "at_quit": previous.at_quit})  # fmt: skip
    _save(acc)
    return acc


def set_automatic(at_start: bool, every_minutes: int, at_quit: bool) -> None:
    acc = account()
    if acc is None:
        raise NotSetUp(translate("sync", "Sync is not set up yet."))
    data = {**asdict(acc), "at_start": at_start, "every_minutes": max(0, int(every_minutes)),
            "at_quit": at_quit}  # fmt: skip
    with database_proxy.atomic(lock_type="IMMEDIATE"):
        state.put(state.ACCOUNT, data)


def _mappings():
    return kinds.ADDRESSBOOK, kinds.CALENDAR


def run(
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    allow_emptying: bool = False,
) -> Report:
    """One two-way run over the address book and the calendar."""
    with own_connection():
        acc = account()
        if acc is None:
            raise NotSetUp(
                translate("sync", "Sync is not set up yet: File ▸ Sync… or `giveback sync setup`.")
            )
        password = credentials.load_password(acc.url, acc.user)
        if password is None:
            raise AuthFailed(translate("sync", "The sync password is missing; set up sync again."))
        client = DavClient(acc.url, acc.user, password, allow_insecure=acc.allow_insecure)
        tally = engine.Tally()
        refs = engine.Refs()
        book_mappings, calendar_mappings = _mappings()
        try:
            for coll, mappings in ((acc.addressbook, book_mappings),
                                   (acc.calendar, calendar_mappings)):  # fmt: skip
                if coll is None:
                    continue
                engine.CollectionRun(client, coll.url, coll.kind, mappings, tally, refs,
                                     progress, cancelled, allow_emptying).run()  # fmt: skip
        except GivebackError as err:
            state.record_run(False, str(err))
            raise
        finally:
            client.close()
            events.emit(*events.TOPICS)
        report = Report(tally.to_server, tally.from_server, state.count_conflicts())
        state.record_run(True, report.summary())
        return report


def status() -> Status:
    last = state.get(state.LAST_RUN) or {}
    at = last.get("at")
    return Status(
        account=account(),
        last_run=dt.datetime.fromisoformat(at) if at else None,
        ok=last.get("ok"),
        message=last.get("message", ""),
        conflicts=state.count_conflicts(),
        items=state.count_items(),
    )


def _display(value) -> str:
    if value is None or value == "" or value == []:
        return translate("sync", "(empty)")
    if isinstance(value, list):
        return "\n".join(
            " · ".join(str(x) for x in v if x) if isinstance(v, list) else str(v) for v in value
        )
    return str(value)


def _module(kind: str):
    return kinds.ALL[kind]


def conflicts() -> list[Conflict]:
    out = []
    query = SyncConflict.select(SyncConflict, SyncItem).join(SyncItem).order_by(SyncConflict.id)
    for c in query:
        module = _module(c.item.kind)
        out.append(
            Conflict(
                id=c.id,
                kind=c.item.kind,
                item=module.label(json.loads(c.item.base_fields or "{}")),
                field=c.field,
                field_label=module.describe(c.field),
                here=_display(json.loads(c.here)),
                server=_display(json.loads(c.server)),
            )
        )
    return out


def resolve(conflict_id: int, keep: str) -> None:
    """Keep this computer's value ("local") or the server's ("server") of one conflict.
    The next sync sends the value kept here when it differs from the server's."""
    if keep not in ("local", "server"):
        raise GivebackError(translate("sync", "Keep “local” or “server”."))
    with own_connection(), database_proxy.atomic(lock_type="IMMEDIATE"):
        conflict = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
        if conflict is None:
            raise GivebackError(
                translate("sync", "There is no conflict {id}.").format(id=conflict_id)
            )
        row = conflict.item
        module = _module(row.kind)
        if keep == "server" and row.local_id is not None:
            refs = engine.Refs()
            here = module.local_fields(refs, [row.local_id]).get(row.local_id)
            if here is not None:
                here[conflict.field] = json.loads(conflict.server)
                module.update_local(row.local_id, here, {conflict.field}, refs)
        conflict.delete_instance()
        row.hash = ""  # look at it again at the next sync
        row.save()
    events.emit(*events.TOPICS)


def forget() -> None:
    """Drop the account, its password and all sync state; every contact stays."""
    acc = account()
    if acc is not None:
        credentials.forget_password(acc.url, acc.user)
    state.forget_everything()
