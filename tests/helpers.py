"""Small helpers several test files share: ``from helpers import click`` (tests/ is on
sys.path through tests/conftest.py, with pytest's default import mode)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput


def add(name: str, **fields) -> int:
    """Adds a contact with these fields; returns its id."""
    return contacts.add_contact(ContactInput(full_name=name, **fields)).id


def person(name: str, company: str = "", tags: Iterable[str] = ()) -> int:
    """Adds a contact at a company, with tags; returns its id."""
    return add(name, company=company, tags=list(tags))


def click(qtbot, widget) -> None:
    """A left click on the widget, as the user makes it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_rows(view, rows: Iterable[int]) -> None:
    """Selects these whole rows of a page's table (and only them)."""
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), flags)
