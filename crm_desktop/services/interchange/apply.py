"""Carry out an import plan: all of it in one transaction, or nothing.

New contacts go in with ``executemany`` (no model objects: 10,000 rows in a
fraction of a second), with their companies (reused by name or created), tags,
every email, phone and link, and their search-index rows. Matches are merged by
filling what is empty and adding what is missing; nothing is overwritten.

A backup is taken first (``backups.before_import``). Cancelling raises
``ImportCancelled`` and any failure a ``GivebackError``; either way the
transaction is rolled back and the database is as it was.

``apply_import`` may run in a worker thread: peewee gives each thread its own
connection to the same file, and a connection opened for the import is closed
when it ends.

Undo of a whole import: ``ImportUndo`` (see its docstring).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from crm_desktop.errors import GivebackError
from crm_desktop.services import backups, events
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.records import load_records
from crm_desktop.services.contacts.types import ContactRecord, Method
from crm_desktop.services.interchange.files import own_connection
from crm_desktop.services.interchange.plan import ImportPlan, additions, combine, is_linkedin
from crm_desktop.services.interchange.records import ImportCancelled, ImportedContact
from crm_desktop.services.storage import storage_errors, storage_message
from crm_desktop.services.text import translate
from crm_desktop.store import bulk, cipher, indexing, snapshots
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy

CONTACT_COLUMNS = (*bulk.CONTACT_COLUMNS, "birthday")
INSERTS = {
    "company": bulk.insert_sql("company"),
    "tag": bulk.insert_sql("tag"),
    "contact": bulk.insert_sql("contact", CONTACT_COLUMNS),
    "contact_tag": bulk.insert_sql("contact_tag", or_ignore=True),
    "contact_method": bulk.insert_sql("contact_method"),
}
_EVERY = 250  # rows between progress reports and cancel checks


class ImportFailed(GivebackError):
    """The import could not be written; nothing was changed."""


@dataclass
class ImportResult:
    created_ids: list[int]
    merged_ids: list[int]
    skipped: int
    unchanged: int = 0
    # Rows the import added to shared tables, to take them away again on undo.
    created_companies: list[tuple] = field(default_factory=list)
    created_tags: list[tuple] = field(default_factory=list)
    backup: Path | None = None

    @property
    def summary(self) -> str:
        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        parts = [count(len(self.created_ids), "contact added", "contacts added")]
        if self.merged_ids:
            parts.append(count(len(self.merged_ids), "contact updated", "contacts updated"))
        if self.unchanged:
            parts.append(f"{self.unchanged} already up to date")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        return ", ".join(parts) + "."


class _Progress:
    """Reports progress now and then and stops the import when the user cancels."""

    def __init__(self, total: int, progress, cancelled) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def step(self, n: int = 1, force: bool = False) -> None:
        before = self.done
        self.done = min(self.total, self.done + n)
        if force or self.done // _EVERY != before // _EVERY:
            self.check()
            if self._progress is not None:
                self._progress(self.done, self.total)

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled(translate("apply", "Import cancelled; nothing was changed."))


class _Names:
    """Companies or tags by name: existing ones reused (case ignored), new ones
    given ids and collected for one bulk insert."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.ids: dict[str, int] = {}
        self.folded: dict[str, int] = {}
        top = 0
        for row_id, name in database_proxy.execute_sql(f'SELECT id, name FROM "{table}"'):
            self.ids[name] = row_id
            self.folded.setdefault(name.casefold(), row_id)
            top = max(top, row_id)
        self.next_id = top + 1
        self.created: list[tuple] = []

    def id_for(self, name: str, now: str) -> int:
        found = self.ids.get(name) or self.folded.get(name.casefold())
        if found:
            return found
        row_id = self.next_id
        self.next_id += 1
        self.ids[name] = row_id
        self.folded[name.casefold()] = row_id
        self.created.append((row_id, name, "", now) if self.table == "company" else (row_id, name))
        return row_id


def _first(methods: list[Method], kind: str) -> str:
    return next((m.value for m in methods if m.kind == kind), "")


def _linkedin(methods: list[Method]) -> str:
    return next((m.value for m in methods if is_linkedin(m)), "")


class _Writer:
    def __init__(self, plan: ImportPlan, steps: _Progress) -> None:
        self.plan = plan
        self.steps = steps
        self.now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        self.companies = _Names("company")
        self.tags = _Names("tag")
        self.rows: dict[str, list[tuple]] = {"contact": [], "contact_tag": [], "contact_method": []}
        self.statements: list[tuple[str, list]] = []  # merges, run after the new names exist

    def _tag_rows(self, contact_id: int, tags: list[str]) -> None:
        ids = {self.tags.id_for(t, self.now) for t in tags}
        self.rows["contact_tag"].extend((contact_id, tag_id) for tag_id in sorted(ids))

    def _method_rows(self, contact_id: int, methods: list[Method], start: int) -> None:
        self.rows["contact_method"].extend(
            (contact_id, m.kind, m.label, m.value, start + i) for i, m in enumerate(methods)
        )

    def new_contact(self, contact_id: int, c: ImportedContact) -> None:
        company_id = self.companies.id_for(c.company, self.now) if c.company else None
        self.rows["contact"].append(
            (contact_id, c.full_name, company_id, c.title, _first(c.methods, "email"),
             _first(c.methods, "phone"), _linkedin(c.methods), c.how_we_met, c.notes,
             self.now, self.now, c.location, c.birthday.isoformat() if c.birthday else None)
        )  # fmt: skip
        self._method_rows(contact_id, c.methods, 0)
        self._tag_rows(contact_id, c.tags)

    def merge(self, record: ContactRecord, c: ImportedContact) -> bool:
        """Fill *record* from *c*; False when there turned out to be nothing to add."""
        fields, methods, tags, _words = additions(record, c)
        if not (fields or methods or tags):
            return False
        sets = dict(fields)
        if "company" in sets:
            sets["company_id"] = self.companies.id_for(sets.pop("company"), self.now)
        if "birthday" in sets:
            sets["birthday"] = sets["birthday"].isoformat()
        for column, kind in (("email", "email"), ("phone", "phone")):
            if not getattr(record, column) and _first(methods, kind):
                sets[column] = _first(methods, kind)
        if not record.linkedin_url and _linkedin(methods):
            sets["linkedin_url"] = _linkedin(methods)
        sets["updated_at"] = self.now
        assignments = ", ".join(f'"{column}" = ?' for column in sets)
        self.statements.append(
            (f"UPDATE contact SET {assignments} WHERE id = ?", [*sets.values(), record.id])
        )
        self._method_rows(record.id, methods, len(record.methods))
        self._tag_rows(record.id, tags)
        return True

    def write(self) -> ImportResult:
        wanted = set(self.plan.matched_ids())
        # Rows merged into one person (a match and a namesake the user chose) fill
        # them together, in the file's order.
        merging: dict[int, ImportedContact] = {}
        for item in self.plan.items:
            if item.action == "merge" and item.changes and item.match_id in wanted:
                had = merging.get(item.match_id)
                merging[item.match_id] = item.contact if had is None else combine(had, item.contact)
        records = {r.id: r for r in load_records(list(merging))}
        new = [i.contact for i in self.plan.items if i.action == "new"]
        merged, unchanged = [], self.plan.unchanged_count
        for contact_id, contact in merging.items():
            record = records.get(contact_id)
            if record is None:  # deleted since the plan was made: add them afresh
                new.append(contact)
            elif self.merge(record, contact):
                merged.append(contact_id)
            else:
                unchanged += 1
            self.steps.step()
        next_id = (database_proxy.execute_sql("SELECT MAX(id) FROM contact").fetchone()[0]) or 0
        created = list(range(next_id + 1, next_id + 1 + len(new)))
        for contact_id, contact in zip(created, new, strict=True):
            self.new_contact(contact_id, contact)
            self.steps.step()
        cursor = database_proxy.cursor()
        cursor.executemany(INSERTS["company"], self.companies.created)
        cursor.executemany(INSERTS["tag"], self.tags.created)
        for sql, params in self.statements:
            cursor.execute(sql, params)
        for table in ("contact", "contact_method", "contact_tag"):
            cursor.executemany(INSERTS[table], self.rows[table])
        self.steps.step(force=True)
        changed = [*merged, *created]
        contacts.refresh_tags_text(changed)
        indexing.reindex_contacts(changed)
        self.steps.step(self.steps.total, force=True)
        return ImportResult(
            created_ids=created,
            merged_ids=merged,
            skipped=self.plan.skip_count,
            unchanged=unchanged,
            created_companies=list(self.companies.created),
            created_tags=list(self.tags.created),
        )


def apply_import(
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write *plan* to the database in one transaction; see the module docstring."""
    steps = _Progress(len(plan.items) + 2, progress, cancelled)
    has_work = plan.new_count or plan.matched_ids()
    with own_connection():
        steps.check()
        saved = backups.before_import() if has_work else None
        try:
            with database_proxy.atomic():
                result = _Writer(plan, steps).write()
                steps.check()
        except GivebackError:
            raise
        except (peewee.DatabaseError, *cipher.ERRORS) as err:
            said = storage_message(err, translate("apply", "Giveback could not import"), "")
            raise ImportFailed(
                translate("apply", "{message} Nothing was changed.").format(message=said.strip())
            ) from err
        except Exception as err:
            raise ImportFailed(
                translate("apply", "The import failed ({err}); nothing was changed.").format(
                    err=err
                )
            ) from err
    result.backup = saved
    events.emit("contacts", "referrals", "meetings")
    return result


# Undo -------------------------------------------------------------------------------------
def remove_orphans(companies: list[tuple], tags: list[tuple]) -> None:
    """Delete the companies and tags an import created, unless something uses them now."""
    company_ids = [row[0] for row in companies]
    tag_ids = [row[0] for row in tags]
    for chunk in chunks(company_ids):
        database_proxy.execute_sql(
            f"DELETE FROM company WHERE id IN ({marks(chunk)}) "
            "AND NOT EXISTS (SELECT 1 FROM contact WHERE company_id = company.id) "
            "AND NOT EXISTS (SELECT 1 FROM company_competitor cc "
            "WHERE company.id IN (cc.company_id, cc.competitor_id))",
            chunk,
        )
    for chunk in chunks(tag_ids):
        database_proxy.execute_sql(
            f"DELETE FROM tag WHERE id IN ({marks(chunk)}) "
            "AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)",
            chunk,
        )


@dataclass
class ImportUndo:
    """Undo and redo of one whole import, for the GUI's undo stack.

    Before running the import (on the GUI thread)::

        before = contacts.snapshot(plan.matched_ids())
        result = apply_import(plan, ...)            # in the worker
        undo = ImportUndo.record(before, result)    # on the GUI thread, when it is done

    then push a QUndoCommand whose ``undo()`` calls ``undo.undo()`` and whose
    ``redo()`` (after the first, which must do nothing) calls ``undo.redo()``.
    Undo deletes the contacts the import created, puts the merged ones back as
    they were, and deletes the companies and tags only the import used.
    """

    before: snapshots.Snapshot
    after: snapshots.Snapshot
    companies: list[tuple]
    tags: list[tuple]

    @classmethod
    def record(cls, before: snapshots.Snapshot, result: ImportResult) -> ImportUndo:
        ids = before.contact_ids | frozenset(result.created_ids)
        before = snapshots.Snapshot(ids, before.contacts, before.dependents)
        after = contacts.snapshot(ids, like=before)
        return cls(before, after, result.created_companies, result.created_tags)

    @storage_errors
    def undo(self) -> None:
        with database_proxy.atomic():
            snapshots.restore(self.before)
            remove_orphans(self.companies, self.tags)
        events.emit("contacts", "referrals", "meetings")

    @storage_errors
    def redo(self) -> None:
        with database_proxy.atomic():
            cursor = database_proxy.cursor()
            cursor.executemany(bulk.insert_sql("company", or_ignore=True), self.companies)
            cursor.executemany(bulk.insert_sql("tag", or_ignore=True), self.tags)
            snapshots.restore(self.after)
        events.emit("contacts", "referrals", "meetings")
