"""Saved filters of the contacts list ("smart lists"), shown in the sidebar with counts."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts.filters import ContactFilter, count
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import one_line, translate
from crm_desktop.store.models import SmartList


@dataclass(frozen=True)
class SmartListRecord:
    id: int
    name: str
    criteria: ContactFilter


# Always in the sidebar, above the user's own lists.
BUILT_IN: list[tuple[str, ContactFilter]] = [
    ("All contacts", ContactFilter()),
    ("Follow-up due", ContactFilter(follow_up_overdue=True)),
    ("Not contacted in 90 days", ContactFilter(not_contacted_days=90)),
    ("Archived", ContactFilter(archived=True)),
]


def list_smart_lists() -> list[SmartListRecord]:
    return [
        SmartListRecord(s.id, s.name, ContactFilter.from_json(s.criteria))
        for s in SmartList.select().order_by(SmartList.position, SmartList.id)
    ]


@storage_errors
def save_smart_list(name: str, criteria: ContactFilter) -> SmartListRecord:
    name = one_line(name)
    if not name:
        raise InvalidInput(translate("smart_lists", "A smart list needs a name."))
    if criteria.is_plain:
        raise InvalidInput(
            translate(
                "smart_lists", "Search or pick a filter first: this list would show everyone."
            )
        )
    position = (SmartList.select(fn.MAX(SmartList.position)).scalar() or 0) + 1
    row = SmartList.create(name=name, criteria=criteria.to_json(), position=position)
    events.emit("smart_lists")
    return SmartListRecord(row.id, row.name, ContactFilter.from_json(row.criteria))


@storage_errors
def delete_smart_list(smart_list_id: int) -> None:
    if not SmartList.delete().where(SmartList.id == smart_list_id).execute():
        raise NotFound(
            translate("smart_lists", "No smart list with id {id}.").format(id=smart_list_id)
        )
    events.emit("smart_lists")


def counts(criteria: list[ContactFilter]) -> list[int]:
    return [count(c) for c in criteria]
