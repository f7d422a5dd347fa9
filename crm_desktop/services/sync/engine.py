"""One two-way run over one collection (an address book, or the calendar).

Every item has a ``SyncItem`` row: its UID, href and ETag on the server, the server's
text at the last sync and that text's fields (the *base*), and a hash of the fields
here at the last sync. One run:

1. **Every local item has a row.** Items new here get a UID and a planned href in one
   transaction first (state ``new``), so the introducer of a contact can be named by
   UID and a run killed after its upload is recognised, not duplicated, next time.
2. **What changed on the server.** The CTag, when it did not change, says nothing did;
   else the sync-token (RFC 6578) gives the changes; when the token is refused or there
   is none, the full ETag listing is compared with the rows. Changed items are fetched
   by multiget.
3. **Each changed item is merged field by field** against the base: a field changed
   on one side only takes that side's value; changed on both to different values is a
   conflict: the value here stays, the server's is kept in ``SyncConflict`` until the
   user picks, and that field is not sent while the conflict is open. What changed
   here is written to the server as a patch of the server's own text (``render``).
4. **Removed on the server**: a contact is archived here (``remove_local``), a meeting
   removed; an item changed here since is uploaded again instead.
5. **What changed only here** is sent with ``If-Match`` (a 412: fetched again and
   merged); new items with ``If-None-Match: *``; items deleted here are deleted there.

Each item's local change and its row commit in one transaction, after the server
accepted the write; a run killed anywhere leaves either the old row (the next run
sees the server's new text, equal in meaning to ours, and settles) or the new one.
If a side that had items is empty now (an address book wiped or swapped), the run
stops with ``SideEmptied`` before deleting anything, unless told to go on.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from crm_desktop.services.sync import state
from crm_desktop.services.sync.dav import PreconditionFailed, ServerError, TokenExpired
from crm_desktop.services.sync.merging import (  # noqa: F401 (the run's parts, re-exported)
    Counts,
    Refs,
    SideEmptied,
    SyncCancelled,
    Tally,
    merge,
)
from crm_desktop.services.text import QT_TRANSLATE_NOOP, translate
from crm_desktop.store.models import SyncConflict, SyncItem, database_proxy

Fields = dict[str, Any]
Progress = Callable[[int, int, str], None] | None
_EXTENSION = {"addressbook": ".vcf", "calendar": ".ics"}
BATCH = 25  # items written to the server per database commit


def writing():
    """A transaction that takes the write lock at once (BEGIN IMMEDIATE). One that began
    by reading could not write after the window committed meanwhile (SQLite refuses to
    upgrade a stale read: "database is locked"); inside another one, a savepoint."""
    return database_proxy.atomic(lock_type="IMMEDIATE")


class CollectionRun:
    """One run over one collection with the item kinds (mappings) it holds."""

    def __init__(self, client, url: str, dav_kind: str, mappings: list, tally: Tally,
                 refs: Refs, progress: Progress, cancelled: Callable[[], bool] | None,
                 allow_emptying: bool):  # fmt: skip
        self.client, self.url, self.dav_kind = client, url, dav_kind
        self.mappings = {m.KIND: m for m in mappings}
        self.order = mappings
        self.tally, self.refs = tally, refs
        self.progress = progress or (lambda done, total, text: None)
        self.cancelled = cancelled or (lambda: False)
        self.allow_emptying = allow_emptying
        self.handled: set[int] = set()  # rows settled by the server pass
        self.wrote = False  # whether this run wrote to the server
        self._rows: list[state.Row] | None = None
        self.twins: set[int] = set()  # rows paired with an item already on the server

    # -- helpers -----------------------------------------------------------
    def check_cancel(self) -> None:
        if self.cancelled():
            raise SyncCancelled(translate("sync", "Sync cancelled; what was done is kept."))

    def step(self, what: str, done: int, total: int) -> str:
        """The progress line, e.g. "Sending to the address book: 50 of 2,000"."""
        texts = {
            ("Sending", "addressbook"): QT_TRANSLATE_NOOP(
                "sync", "Sending to the address book: {done} of {total}"
            ),
            ("Sending", "calendar"): QT_TRANSLATE_NOOP(
                "sync", "Sending to the calendar: {done} of {total}"
            ),
            ("Receiving", "addressbook"): QT_TRANSLATE_NOOP(
                "sync", "Receiving from the address book: {done} of {total}"
            ),
            ("Receiving", "calendar"): QT_TRANSLATE_NOOP(
                "sync", "Receiving from the calendar: {done} of {total}"
            ),
        }
        text = translate("sync", texts[(what, self.dav_kind)])
        return text.format(done=f"{min(done, total):,}", total=f"{total:,}")

    def _href(self, uid: str) -> str:
        from urllib.parse import quote, urlsplit

        path = urlsplit(self.url).path.rstrip("/")
        return f"{path}/{quote(uid)}{_EXTENSION[self.dav_kind]}"

    def _local(self, kind: str, ids=None) -> dict[int, Fields]:
        return self.mappings[kind].local_fields(self.refs, ids)

    def _one_local(self, kind: str, local_id: int | None) -> Fields | None:
        if local_id is None:
            return None
        return self._local(kind, [local_id]).get(local_id)

    def _parse(self, text: str):
        for mapping in self.order:
            parsed = mapping.parse(text, self.refs)
            if parsed is not None:
                return mapping, parsed[0], parsed[1]
        return None

    # -- the run -----------------------------------------------------------
    def run(self) -> None:
        self.sent = state.get(state.SENDING + self.url) or {}  # a cut-short run's updates
        self.assign_uids()
        changed, removed, token = self.server_changes()
        self.guard_emptied(removed)
        by_href = self.by_href() if changed or removed else {}
        self.pull(changed, by_href)
        self.removed_on_server(removed, by_href)
        self.push()
        if self.wrote:
            token = self.after_writes(token)
        with writing():
            state.put(state.COLLECTION + self.url, token)

    def after_writes(self, token: dict) -> dict:
        """Where the next run starts after this one wrote to the server. A CTag or token
        read before our writes may come back when the collection returns to an earlier
        state (Radicale's are hashes of the content), so the token is moved past our own
        writes: when nothing but our writes happened since, the new token is kept."""
        if not token.get("token"):
            return {"ctag": None, "token": None}
        try:
            delta = self.client.sync_changes(self.url, token["token"])
        except (TokenExpired, ServerError):
            return {"ctag": None, "token": None}
        etags = {r.href: r.etag for r in state.rows(tuple(self.mappings))}
        others = any(etags.get(h) != e for h, e in delta.changed.items()) or any(
            h in etags for h in delta.removed
        )
        return {"ctag": None, "token": token["token"] if others else delta.token}

    def assign_uids(self) -> None:
        with writing():
            for kind, mapping in self.mappings.items():
                known = {
                    local_id
                    for (local_id,) in database_proxy.execute_sql(
                        "SELECT local_id FROM sync_item WHERE kind = ? AND local_id IS NOT NULL",
                        (kind,),
                    )
                }
                fresh = [i for i in mapping.local_ids(self.refs) if i not in known]
                for local_id in fresh:
                    uid = str(uuid.uuid4())
                    SyncItem.create(kind=kind, local_id=local_id, uid=uid,
                                    href=self._href(uid), state="new")  # fmt: skip
                    self.refs.note(kind, local_id, uid)

    def by_href(self) -> dict[str, state.Row]:
        """Every row of this collection by href (read once a run needs them)."""
        if self._rows is None:
            self._rows = state.rows(tuple(self.mappings))
        return {r.href: r for r in self._rows}

    def server_changes(self):
        saved = state.get(state.COLLECTION + self.url) or {}
        ctag, token = self.client.state(self.url)
        if ctag and saved.get("ctag") == ctag:
            return {}, set(), {"ctag": ctag, "token": saved.get("token")}
        by_href = self.by_href()
        # Rows deleted here count too: one gone from the server as well is settled
        # without a request, and an emptied server is told from one still holding them.
        on_server = {h for h, r in by_href.items() if r.state in ("synced", "gone", "deleted")}
        delta = None
        if saved.get("token"):
            try:
                delta = self.client.sync_changes(self.url, saved["token"])
            except TokenExpired:
                delta = None
        if delta is not None:
            changed = {h: e for h, e in delta.changed.items()
                       if h not in by_href or by_href[h].etag != e}  # fmt: skip
            removed = {h for h in delta.removed if h in on_server}
            return changed, removed, {"ctag": ctag, "token": delta.token}
        try:  # the whole collection, with a token for next time
            full = self.client.sync_changes(self.url, None)
            listing, token = full.changed, full.token
        except (TokenExpired, ServerError):  # no sync-collection here: a plain listing
            listing, token = self.client.list_items(self.url), None
        changed = {h: e for h, e in listing.items() if h not in by_href or by_href[h].etag != e}
        removed = on_server - set(listing)
        return changed, removed, {"ctag": ctag, "token": token}

    def guard_emptied(self, removed: set[str]) -> None:
        """Stop when every item synced before is gone from one side."""
        if self.allow_emptying:
            return
        synced, deleted_here = state.known_counts(tuple(self.mappings))
        if synced < 2 or (not removed and deleted_here < synced):
            return
        rows = list(self.by_href().values())
        known = [r for r in rows if r.known]
        if len(known) < 2:
            return
        kind = known[0].kind
        if all(r.href in removed for r in known):
            raise SideEmptied(kind, "server", len(known))
        if all(r.state == "deleted" for r in known):
            raise SideEmptied(kind, "here", len(known))

    def pull(self, changed: dict[str, str], by_href: dict[str, state.Row]) -> None:
        hrefs = sorted(changed)
        total = len(hrefs)
        fetched: list[tuple[str, str, str]] = []
        for start in range(0, total, 100):
            self.check_cancel()
            batch = self.client.get_many(self.url, hrefs[start : start + 100], self.dav_kind)
            fetched += [(href, etag, text) for href, (etag, text) in batch.items()]
            self.progress(
                min(start + 100, total), total, self.step("Receiving", start + 100, total)
            )
        self.pair_twins(fetched, by_href)
        for start in range(0, len(fetched), 100):
            self.check_cancel()
            with writing():  # one commit per batch; each item a savepoint
                for href, etag, text in fetched[start : start + 100]:
                    self.take(href, etag, text, by_href.get(href))
        for kind, local_id, value in self.refs.pending:
            with writing():
                self.mappings[kind].place_later(local_id, value, self.refs)
                row = SyncItem.get_or_none(SyncItem.kind == kind, SyncItem.local_id == local_id)
                if row is not None:
                    row.hash = state.digest(self._one_local(kind, local_id) or {})
                    row.save()
        self.refs.pending.clear()

    def take(self, href: str, etag: str, text: str, light: state.Row | SyncItem | None) -> None:
        """Merge one item the server changed (or that is new there)."""
        row = state.full(light.id) if light is not None else None
        parsed = self._parse(text)
        if parsed is None:
            if row is not None:
                with writing():
                    row.etag = etag
                    row.save()
            return
        mapping, uid, server = parsed
        if server is None:  # cancelled there: as if removed
            if row is not None and row.state in ("synced", "gone"):
                self.removed_on_server({href}, {href: row})
            return
        if row is None:
            row = SyncItem.get_or_none(SyncItem.kind == mapping.KIND, SyncItem.uid == uid)
            if row is not None and row.state not in ("new", "deleted"):
                return  # the same item at a second href: the first one is ours
        twin = row is not None and row.id in self.twins
        try:
            self._take(href, etag, text, row, mapping, uid, server, twin)
        except PreconditionFailed:
            return  # written again meanwhile: the next run merges that version

    def pair_twins(self, fetched: list[tuple[str, str, str]], by_href) -> None:
        """People already here and on the server before the first sync (the phone and
        Giveback both had them): each is paired with its twin, not duplicated. All are
        paired before any is merged, so that who introduced whom (named by UID) reads the
        same on both sides. Only at the first sync with this collection: later, two
        people added on two sides are two people, whatever they share."""
        if state.known_counts(tuple(self.mappings))[0]:
            return
        unsynced: dict[str, dict[int, int]] = {}
        for r in self.by_href().values():
            if r.state == "new" and not r.known and r.local_id is not None:
                unsynced.setdefault(r.kind, {})[r.local_id] = r.id
        if not unsynced:
            return
        with writing():
            for href, _etag, text in fetched:
                if href in by_href:
                    continue
                parsed = self._parse(text)
                if parsed is None or parsed[2] is None:
                    continue
                mapping, uid, server = parsed
                candidates = unsynced.get(mapping.KIND, {})
                if not candidates or SyncItem.get_or_none(
                    SyncItem.kind == mapping.KIND, SyncItem.uid == uid
                ):
                    continue
                local_id = mapping.twin(server, candidates)
                if local_id is None:
                    continue
                row = state.full(candidates.pop(local_id))
                row.uid = uid
                row.save()
                self.refs.note(mapping.KIND, local_id, uid)
                self.twins.add(row.id)

    def _take(self, href, etag, text, row, mapping, uid, server, twin=False) -> None:
        kind = mapping.KIND
        with writing():
            here = None
            if row is not None and row.state != "deleted":
                here = self._one_local(kind, row.local_id)
            uploaded = self._uploaded(row)
            if row is not None and self.sent.get(str(row.id)) == server:
                uploaded = server  # our own update, landed by a run cut short
            if here is None and uploaded is not None and uploaded == server:
                row.href, row.etag = href, etag  # our own upload, deleted here since:
                row.save()  # the push deletes it there
                return
            if here is None:
                # New there, or deleted here meanwhile while changed there (that edit
                # brings it back). What the server has is the base: nothing is sent
                # back, even where this computer writes a value its own way.
                row = row or SyncItem(kind=kind, uid=uid, href=href)
                row.local_id = mapping.create_local(server, self.refs)
                self.refs.note(kind, row.local_id, uid)
                self.tally.down(kind).added += 1
                base = server
            else:
                # "new": our upload landed before a run was cut short; merge over it,
                # against what that run sent (noted before sending) when known. A twin
                # merges over nothing: blanks fill from either side, and a field the two
                # hold differently is a conflict to look at.
                if twin:
                    base = mapping.blank()
                    row.uid = uid
                    self.refs.note(kind, row.local_id, uid)
                    self.tally.down(kind).changed += 1
                elif row.state == "new" or uploaded is not None:
                    base = uploaded if uploaded is not None else server
                else:
                    base = json.loads(row.base_fields or "{}")
                text, etag, base = self.settle(row, mapping, base, here, server, text, etag)
            row.href, row.etag, row.base_text = href, etag, text
            row.base_fields = state.dumps(base)
            row.state = "synced"
            row.hash = state.digest(self._one_local(kind, row.local_id) or {})
            row.save()
        self.handled.add(row.id)

    def _uploaded(self, row: SyncItem | None) -> Fields | None:
        """The fields a new item (deleted here since, or not) was sent with by a run that
        could not note the upload; None when there was none."""
        if row is None or not row.base_text:
            return None
        if row.state == "new" or (row.state == "deleted" and row.base_fields is None):
            parsed = self._parse(row.base_text)
            return parsed[2] if parsed is not None else None
        return None

    def settle(self, row, mapping, base, here, server, text, etag):
        """Merge *here* and *server* over *base*; returns the server's new text, ETag and
        the new base. Runs inside the item's transaction."""
        open_fields = set(state.open_conflicts(row.id)) if row.id else set()
        result, to_local, to_server, conflicts = merge(base, here, server, open_fields)
        kind = mapping.KIND
        if to_local:
            mapping.update_local(row.local_id, result, to_local, self.refs)
            self.tally.down(kind).changed += 1
        if row.id is None:
            row.save()
        self.record_conflicts(row, conflicts)
        new_base = dict(result)
        for name, (_here, server_value) in conflicts.items():
            new_base[name] = server_value
        if to_server:
            text = mapping.render(text, row.uid, new_base, to_server, self.refs)
            self.wrote = True
            etag = self.client.update(row.href, text, etag, self.dav_kind)
            self.tally.up(kind).changed += 1
        return text, etag, new_base

    def record_conflicts(self, row: SyncItem, conflicts: dict[str, tuple[Any, Any]]) -> None:
        current = state.open_conflicts(row.id)
        for name, conflict in current.items():
            if name not in conflicts:
                conflict.delete_instance()
        for name, (here, server) in conflicts.items():
            if name in current:
                current[name].here, current[name].server = state.dumps(here), state.dumps(server)
                current[name].save()
            else:
                SyncConflict.create(item=row.id, field=name, here=state.dumps(here),
                                    server=state.dumps(server))  # fmt: skip

    def removed_on_server(self, removed: set[str], by_href: dict) -> None:
        for href in sorted(removed):
            row = state.full(by_href[href].id)
            if row is None:
                continue
            mapping = self.mappings[row.kind]
            with writing():
                here = self._one_local(row.kind, row.local_id)
                if here is None:
                    row.delete_instance()
                    continue
                changed_here = state.digest(here) != row.hash
                if changed_here and row.kind != "contact":
                    row.state, row.etag, row.base_text = "new", None, None
                    row.href = self._href(row.uid)
                    row.save()
                    continue
                if row.state != "gone":
                    mapping.remove_local(row.local_id)
                    self.tally.down(row.kind).removed += 1
                if self._one_local(row.kind, row.local_id) is None:
                    row.delete_instance()
                else:
                    row.state, row.etag = "gone", None
                    row.hash = state.digest(self._one_local(row.kind, row.local_id) or {})
                    row.save()
            self.handled.add(row.id)

    def push(self) -> None:
        """Send what changed here. Triggers empty a row's hash when its item is edited
        (store.migrations.V5_SYNC), so only those items, new ones, and ones deleted or
        brought back here are read: a run with nothing changed reads no item at all."""
        work = []
        for kind, mapping in self.mappings.items():
            wanted = [r for r in state.pending_rows(kind) if r.id not in self.handled]
            if not wanted:
                continue
            ids = [r.local_id for r in wanted if r.local_id is not None]
            local = self._local(kind, ids) if ids else {}
            archived = mapping.archived_ids() if any(r.state == "gone" for r in wanted) else set()
            for row in wanted:
                here = local.get(row.local_id) if row.local_id is not None else None
                if row.state == "gone" and row.local_id in archived:
                    continue
                if row.state == "synced" and here is not None and state.digest(here) == row.hash:
                    continue
                work.append((row.id, None if row.state == "deleted" else here))
        total = len(work)
        for start in range(0, total, BATCH):
            self.check_cancel()
            batch = [(state.full(row_id), here) for row_id, here in work[start : start + BATCH]]
            batch = [(row, here) for row, here in batch if row is not None]
            self.note_uploads(batch)
            # One commit per batch: a run killed inside it leaves rows the next run
            # settles (an upload that landed answers 412 to If-None-Match: adopted).
            with writing():
                for row, here in batch:
                    if here is None:
                        self.delete_remote(row)
                    elif row.state in ("new", "gone"):
                        self.create_remote(row, here)
                    else:
                        self.update_remote(row, here)
                state.drop(state.SENDING + self.url)
                self.sent = {}
            self.progress(
                min(start + BATCH, total), total, self.step("Sending", start + BATCH, total)
            )

    def note_uploads(self, batch: list) -> None:
        """What new items are about to be sent as, committed first (in ``base_text``): if
        the run is cut short once they landed, the next one merges the server's copy over
        it, so an edit made there since is kept and an item deleted here since is deleted
        there rather than brought back."""
        sending = {}
        with writing():
            for row, here in batch:
                if row.state == "new" and here is not None:
                    mapping = self.mappings[row.kind]
                    row.base_text = mapping.render(None, row.uid, here, set(here), self.refs)
                    row.save()
                elif row.state == "synced" and here is not None:
                    # An update that lands but is not noted (the run cut short) must not
                    # pass for an edit made there: the next run knows it as ours.
                    sending[str(row.id)] = self._update_of(row, here)[1]
            if sending:
                state.put(state.SENDING + self.url, {**self.sent, **sending})

    def _refetch(self, row: SyncItem) -> None:
        found = self.client.get_many(self.url, [row.href], self.dav_kind)
        if row.href in found:
            etag, text = found[row.href]
            self.take(row.href, etag, text, row)

    def create_remote(self, row: SyncItem, here: Fields) -> None:
        mapping = self.mappings[row.kind]
        if row.state == "gone":
            row.href = self._href(row.uid)
        text = mapping.render(None, row.uid, here, set(here), self.refs)
        self.wrote = True
        try:
            href, etag = self.client.create(self.url, row.href.rsplit("/", 1)[-1], text,
                                            self.dav_kind)  # fmt: skip
        except PreconditionFailed:  # there already: a run cut short after its upload
            self._refetch(row)
            return
        with writing():
            row.href, row.etag, row.base_text = href, etag, text
            row.base_fields = state.dumps(here)
            row.hash = state.digest(here)
            row.state = "synced"
            row.save()
        self.tally.up(row.kind).added += 1

    def _update_of(self, row: SyncItem, here: Fields) -> tuple[Fields, Fields, set[str]]:
        """(base, what an update would send, the fields it changes)."""
        base = json.loads(row.base_fields or "{}")
        open_fields = set(state.open_conflicts(row.id))
        changed = {n for n in set(here) | set(base)
                   if here.get(n) != base.get(n) and n not in open_fields}  # fmt: skip
        return base, {**base, **{n: here.get(n) for n in changed}}, changed

    def update_remote(self, row: SyncItem, here: Fields) -> None:
        mapping = self.mappings[row.kind]
        base, new_base, changed = self._update_of(row, here)
        if not changed:
            with writing():
                row.hash = state.digest(here)
                row.save()
            return
        text = mapping.render(row.base_text, row.uid, new_base, changed, self.refs)
        self.wrote = True
        try:
            etag = self.client.update(row.href, text, row.etag, self.dav_kind)
        except PreconditionFailed:  # someone wrote in between: fetch and merge
            self._refetch(row)
            return
        with writing():
            row.etag, row.base_text = etag, text
            row.base_fields = state.dumps(new_base)
            row.hash = state.digest(here)
            row.save()
        self.tally.up(row.kind).changed += 1

    def delete_remote(self, row: SyncItem) -> None:
        if row.etag is not None or row.state != "new":
            self.wrote = True
            try:
                self.client.delete(row.href, row.etag)
            except PreconditionFailed:  # changed there since: that edit brings it back
                self._refetch(row)
                return
            self.tally.up(row.kind).removed += 1
        with writing():
            row.delete_instance()
