"""The kinds of item sync knows, each behind one shape the engine calls.

``contacts`` (vCards in the address book), ``calendar.MEETINGS`` (events) and
``tasks.FOLLOWUPS`` (tasks, beside the events in one calendar) each map an item to
its fields and back; here they get the same signatures: every call takes ``refs``
(UIDs <-> local ids), and each kind says which of its items exist here and how to
name one on the Conflicts page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from crm_desktop.services.sync import contacts
from crm_desktop.services.sync.calendar import MEETINGS
from crm_desktop.services.sync.tasks import FOLLOWUPS

Fields = dict[str, Any]


class Kind:
    """One kind of item: the engine's view of a mapping module."""

    def __init__(self, module, takes_refs: bool, title_field: str):
        self.module = module
        self.KIND = module.KIND
        self.takes_refs = takes_refs
        self.title_field = title_field

    def parse(self, text: str, refs) -> tuple[str, Fields | None] | None:
        return self.module.parse(text, refs) if self.takes_refs else self.module.parse(text)

    def render(self, base: str | None, uid: str, fields: Fields, changed: set[str],
               refs) -> str:  # fmt: skip
        if self.takes_refs:
            return self.module.render(base, uid, fields, changed, refs)
        return self.module.render(base, uid, fields, changed)

    def local_fields(self, refs, ids: Iterable[int] | None = None) -> dict[int, Fields]:
        if self.takes_refs:
            return self.module.local_fields(ids, refs)
        return self.module.local_fields(refs, ids)

    def local_ids(self, refs) -> list[int]:
        if hasattr(self.module, "local_ids"):
            return self.module.local_ids()
        return list(self.local_fields(refs))

    def archived_ids(self) -> set[int]:
        return self.module.archived_ids() if hasattr(self.module, "archived_ids") else set()

    def create_local(self, fields: Fields, refs) -> int:
        return self.module.create_local(fields, refs)

    def update_local(self, local_id: int, fields: Fields, changed: set[str], refs) -> None:
        self.module.update_local(local_id, fields, changed, refs)

    def place_later(self, local_id: int, value: object, refs) -> None:
        if hasattr(self.module, "place_later"):
            self.module.place_later(local_id, value, refs)

    def remove_local(self, local_id: int) -> None:
        self.module.remove_local(local_id)

    def describe(self, field: str) -> str:
        return self.module.describe(field)

    def label(self, fields: Fields | None) -> str:
        return str((fields or {}).get(self.title_field) or "")


CONTACTS = Kind(contacts, takes_refs=False, title_field="name")
MEETING_EVENTS = Kind(MEETINGS, takes_refs=True, title_field="summary")
FOLLOWUP_TASKS = Kind(FOLLOWUPS, takes_refs=True, title_field="title")
ADDRESSBOOK = [CONTACTS]
CALENDAR = [MEETING_EVENTS, FOLLOWUP_TASKS]
ALL = {k.KIND: k for k in ADDRESSBOOK + CALENDAR}
