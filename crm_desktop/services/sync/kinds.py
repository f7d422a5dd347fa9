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
from crm_desktop.store.models import database_proxy

Fields = dict[str, Any]


class Kind:
    """One kind of item: the engine's view of a mapping module."""

    def __init__(self, module, takes_refs: bool, title_field: str, ids_sql: str):
        self.module = module
        self.ids_sql = ids_sql
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
        """Every item of this kind here that syncs (one query, no fields read)."""
        return [i for (i,) in database_proxy.execute_sql(self.ids_sql)]

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

    def twin(self, server: Fields, candidates: dict[int, int]) -> int | None:
        """A local item among *candidates* that is the same as *server* (contacts only)."""
        if hasattr(self.module, "twin"):
            return self.module.twin(server, candidates)
        return None

    def blank(self) -> Fields:
        return self.module.blank() if hasattr(self.module, "blank") else {}

    def describe(self, field: str) -> str:
        return self.module.describe(field)

    def label(self, fields: Fields | None) -> str:
        return str((fields or {}).get(self.title_field) or "")


CONTACTS = Kind(contacts, takes_refs=False, title_field="name", ids_sql="SELECT id FROM contact")
MEETING_EVENTS = Kind(MEETINGS, takes_refs=True, title_field="summary",
                      ids_sql="SELECT id FROM meeting")  # fmt: skip
# Dismissed follow-ups are not on the server (see tasks).
FOLLOWUP_TASKS = Kind(FOLLOWUPS, takes_refs=True, title_field="title",
                      ids_sql="SELECT id FROM follow_up WHERE status != 'dismissed'")  # fmt: skip
ADDRESSBOOK = [CONTACTS]
CALENDAR = [MEETING_EVENTS, FOLLOWUP_TASKS]
ALL = {k.KIND: k for k in ADDRESSBOOK + CALENDAR}
