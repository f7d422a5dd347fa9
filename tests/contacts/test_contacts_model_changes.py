"""The contacts list when the database changes behind Giveback's back (a command-line
import or delete while the window is open): scrolling past the first thousand rows
shows blank rows for the people who are gone, never crashes, and the list catches
up on its own a moment later."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMainWindow, QTableView

from crm_desktop import paths
from crm_desktop.services.contacts import contacts, filters
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.contacts.model import COL_NAME, FIRST_IDS, ContactIdRole, ContactsTableModel
from crm_desktop.ui.contacts.view import ContactsView

N = 1500
GONE = 20


def delete_elsewhere(count: int) -> None:
    """Delete the last contacts through another connection, as the command line would."""
    con = sqlite3.connect(paths.database_path())
    try:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(
            "DELETE FROM contact WHERE id IN (SELECT id FROM contact ORDER BY id DESC LIMIT ?)",
            (count,),
        )
        con.commit()
    finally:
        con.close()


def test_rows_past_the_first_ones_are_blank_then_the_list_catches_up(generated_network, qtbot):
    model = ContactsTableModel()
    model.refresh()
    shown = model.rowCount()
    assert shown > FIRST_IDS
    delete_elsewhere(GONE)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))

    last = model.index(shown - 1, COL_NAME)
    assert last.data() == ""  # the person is gone: a blank row, not a crash
    assert last.data(ContactIdRole) is None
    assert model.contact_id(shown - 1) is None
    assert model.contact_id(shown) is None  # past the end too
    assert model.rowCount() == shown and not resets  # nothing moved while being read

    qtbot.waitUntil(lambda: bool(resets))  # then the list is read again
    assert model.rowCount() == shown - GONE
    assert model.contact_ids() == filters.matching_ids(ContactFilter())
    assert model.index(model.rowCount() - 1, COL_NAME).data()


def test_a_table_scrolled_to_the_end_after_an_outside_delete_keeps_working(
    generated_network, qtbot
):
    model = ContactsTableModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(900, 600)
    model.refresh()
    table.show()
    qtbot.waitExposed(table)
    shown = model.rowCount()
    delete_elsewhere(GONE)

    table.scrollToBottom()  # painting the last rows reads the rest of the list
    table.grab()
    table.setCurrentIndex(model.index(shown - 1, COL_NAME))
    table.grab()

    qtbot.waitUntil(lambda: model.rowCount() == shown - GONE)
    table.scrollToBottom()
    table.grab()
    last = model.index(model.rowCount() - 1, COL_NAME)
    assert last.data()
    assert last.data(ContactIdRole) == filters.matching_ids(ContactFilter())[-1]


def test_people_added_elsewhere_appear_after_the_catch_up(generated_network, qtbot):
    model = ContactsTableModel()
    model.refresh()
    shown = model.rowCount()
    for i in range(10):  # as the command line would add them
        contacts.add_contact(ContactInput(full_name=f"Newcomer {i}"))
    assert model.index(shown - 1, COL_NAME).data() is not None
    assert model.rowCount() == shown
    qtbot.waitUntil(lambda: model.rowCount() == len(filters.matching_ids(ContactFilter())))
    assert model.rowCount() > shown


def test_selecting_rows_of_people_gone_elsewhere_selects_only_real_people(generated_network, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ContactsView(DataBus(window), None, window)
    window.setCentralWidget(view)
    window.resize(1100, 700)
    window.show()
    shown = view.model.rowCount()
    delete_elsewhere(GONE)
    view.table.selectAll()
    ids = view.selected_contact_ids()  # what bulk actions (tag, export, delete) act on
    assert ids and all(isinstance(cid, int) for cid in ids)
    # The page catches up: the list, its count and the sidebar's.
    qtbot.waitUntil(lambda: view.count_label.text() == f"{N - GONE:,} contacts")
    assert view.model.rowCount() == shown - GONE


def test_a_reload_keeps_every_selected_person_selected_in_one_go(generated_network, qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = ContactsView(DataBus(window), None, window)
    window.setCentralWidget(view)
    window.resize(1100, 700)
    window.show()
    view.table.selectAll()
    picked = set(view.selected_contact_ids())
    assert len(picked) == N
    changes: list[int] = []
    view.table.selectionModel().selectionChanged.connect(
        lambda selected, _deselected: changes.append(len(selected.indexes()))
    )
    view.reload()  # what any change does, e.g. tagging the people selected
    assert set(view.selected_contact_ids()) == picked
    assert view.selection_label.text() == f"{N:,} selected"
    # The selection comes back in a couple of steps (the current person, then everyone as
    # runs of rows), not a selection signal per row: that took about a minute for 1,500
    # people. The time is in `make bench`.
    assert 1 <= len(changes) <= 3, f"{len(changes)} selection changes"
