"""A change made outside the window (the command line, a second Giveback process) shows
in every view on its own, as an in-app change does: the list keeps the person selected
and where it was scrolled to."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import add
from PySide6.QtCore import Qt

from crm_desktop import paths
from crm_desktop.services.contacts import contacts
from crm_desktop.ui.contacts.model import COL_NAME

PEOPLE = 120


@pytest.fixture
def people(db):
    """Enough people that the list scrolls, added before the window opens."""
    return [add(f"Person {i:03d}", company="Acme") for i in range(PEOPLE)]


def giveback(*args: str) -> None:
    """The giveback command run as a user runs it, on the window's own data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(paths.ENV_VAR, None)
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(paths.data_dir()), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def all_contacts_count(view) -> str:
    item = view.sidebar.item_named("All contacts")
    return item.text(1) if item is not None else ""


def test_a_contact_added_from_the_command_line_shows_everywhere_keeping_the_selection(
    people, window, qtbot
):
    window.tabs.setCurrentWidget(window.contacts_view)
    view = window.contacts_view
    qtbot.waitUntil(lambda: all_contacts_count(view) == f"{PEOPLE:,}")
    bar = view.table.verticalScrollBar()
    assert bar.maximum() > 0  # the list scrolls
    bar.setValue(bar.maximum() // 2)
    top = view.table.rowAt(0)
    row = top + 3
    rect = view.table.visualRect(view.model.index(row, COL_NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picked = view.model.contact_id(row)
    assert view.selected_contact_ids() == [picked]
    assert view.details.contact_id == picked
    scrolled = bar.value()
    top_id = view.model.contact_id(top)

    giveback("add-contact", "Zoe Newcomer", "--company", "Elsewhere Ltd")

    qtbot.waitUntil(lambda: view.model.rowCount() == PEOPLE + 1, timeout=10000)
    names = [view.model.index(r, COL_NAME).data() for r in range(view.model.rowCount())]
    assert "Zoe Newcomer" in names
    qtbot.waitUntil(lambda: all_contacts_count(view) == f"{PEOPLE + 1:,}")
    assert view.count_label.text() == f"{PEOPLE + 1:,} contacts"
    assert view.selected_contact_ids() == [picked]
    assert view.details.contact_id == picked
    assert bar.value() == scrolled
    assert view.model.contact_id(view.table.rowAt(0)) == top_id


def test_the_list_stays_where_it_was_scrolled_when_someone_is_added_above(people, window, qtbot):
    window.tabs.setCurrentWidget(window.contacts_view)
    view = window.contacts_view
    qtbot.waitUntil(lambda: all_contacts_count(view) == f"{PEOPLE:,}")
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(view.model.index(1, COL_NAME)).center(),
    )
    picked = view.model.contact_id(1)
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the person picked is out of sight now
    top_id = view.model.contact_id(view.table.rowAt(0))

    giveback("add-contact", "Aaron Early")  # listed first, above everyone

    qtbot.waitUntil(lambda: view.model.rowCount() == PEOPLE + 1, timeout=10000)
    assert view.model.index(0, COL_NAME).data() == "Aaron Early"
    assert view.selected_contact_ids() == [picked]
    assert view.model.contact_id(view.table.rowAt(0)) == top_id  # the same people in sight


def test_what_is_being_typed_in_the_details_survives_an_outside_change(people, window, qtbot):
    window.tabs.setCurrentWidget(window.contacts_view)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.details.contact_id is not None)
    picked = view.details.contact_id
    view.details.location.setFocus()
    qtbot.keyClicks(view.details.location, "Lagos")  # typing, not finished yet

    giveback("add-contact", "Zoe Newcomer")

    qtbot.waitUntil(lambda: view.model.rowCount() == PEOPLE + 1, timeout=10000)
    assert view.details.contact_id == picked
    assert view.details.location.text() == "Lagos"
    qtbot.keyClick(view.details.location, Qt.Key.Key_Tab)  # done: leaving the field saves it
    assert contacts.get_contact(picked).location == "Lagos"
