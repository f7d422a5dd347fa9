"""Small helpers several test files share: ``from helpers import click`` (tests/ is on
sys.path through tests/conftest.py, with pytest's default import mode)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from crm_desktop import store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.store import cipher


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


# Encryption at rest ---------------------------------------------------------------------


def names() -> list[str]:
    """Every contact's name, sorted."""
    return sorted(c.full_name for c in contacts.list_contacts())


def keyring_entries(tmp_path: Path) -> dict[str, str]:
    """The test keyring's entries (tests/keyring_backend.py): entry name -> key in hex."""
    file = tmp_path / "keyring.json"
    return json.loads(file.read_text()) if file.exists() else {}


def fingerprint(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """A hash of every file under *folder*, by its path there; files whose name ends with
    one of *skip* left out."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(skip))
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def quit_giveback() -> None:
    """As Giveback quits: the database closed, no key held."""
    store.close()
    cipher.use_key(None)


def sample_thanks_owed() -> int:
    """Thank-yous the sample network owes: two, and a third once today's 15:00 coffee
    with Daniel Kowalski is over (the sample keeps fixed times, so it depends on the clock)."""
    over = dt.datetime.now() >= dt.datetime.combine(dt.date.today(), dt.time(15, 30))
    return 3 if over else 2
