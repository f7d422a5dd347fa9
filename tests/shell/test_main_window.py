"""The whole window, as a new user meets it."""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from crm_desktop import paths
from crm_desktop.services.contacts import contacts
from crm_desktop.services.meetings import meetings


def test_first_start_shows_welcome_then_sample_network_fills_every_view(window, qtbot):
    view = window.contacts_view
    assert view.stack.currentWidget() is view.empty_state
    qtbot.mouseClick(view.empty_state.sample_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 30
    assert view.stack.currentIndex() == 1
    window.tabs.setCurrentWidget(window.meetings_view)  # hidden pages load when first shown
    assert window.meetings_view.model.rowCount() == len(meetings.list_meetings("upcoming"))
    priya = contacts.find_contact("Priya Raman")
    assert window.graph_view.node_item(priya.id) is not None
    # A second load is refused: the sample only goes into an empty database.
    window.load_sample_network()
    assert contacts.count_contacts() == 30


def test_new_contact_shortcut_and_view_switching(window, qtbot):
    window.new_contact_action.trigger()
    assert window.contacts_view.dialog.isVisible()
    window.contacts_view.dialog.reject()
    for index in range(3):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index


def test_undo_and_redo_live_in_the_edit_menu(window):
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()
    assert not window.undo_action.isEnabled()


def test_prep_sheet_from_a_contact_opens_a_preview_that_exports(
    window, qtbot, sample_db, tmp_path, monkeypatch
):
    window.contacts_view.reload()
    daniel = contacts.find_contact("Daniel Kowalski")
    window.show_contact(daniel.id)
    qtbot.mouseClick(window.contacts_view.details.prep_button, Qt.MouseButton.LeftButton)
    preview = window.last_prep_preview
    qtbot.waitExposed(preview)
    assert "Daniel Kowalski" in preview.windowTitle()
    monkeypatch.setattr(
        "crm_desktop.ui.common.prompts.ask_save_path", lambda *a: str(tmp_path / "sheet.pdf")
    )
    preview.export_action.trigger()
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "sheet.pdf")).pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Me → Priya Raman → Daniel Kowalski" in flat
    preview.close()


def test_prep_sheet_from_a_meeting(window, qtbot, sample_db):
    window.meetings_view.reload()
    window.tabs.setCurrentWidget(window.meetings_view)
    meeting_id = window.meetings_view.current_meeting_id()
    qtbot.mouseClick(window.meetings_view.prep_button, Qt.MouseButton.LeftButton)
    preview = window.last_prep_preview
    qtbot.waitExposed(preview)
    record = meetings.get_meeting(meeting_id)
    assert record.with_whom in preview.windowTitle()
    preview.close()


def test_about_shows_the_data_folder_as_text(window):
    window._on_about()
    box = window._about_box
    assert str(paths.data_dir()) in box.text()
    box.close()


def test_redo_shortcuts_are_never_listed_twice():
    from crm_desktop.ui.shell.main_window import unique_shortcuts

    shift_z = QKeySequence("Ctrl+Shift+Z")
    result = unique_shortcuts(shift_z, QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
    assert result == [shift_z, QKeySequence("Ctrl+Y")]


def test_pages_nobody_opened_are_not_built_until_their_tab_is_chosen(sample_db, qtbot):
    import sys

    from PySide6.QtWidgets import QMenu

    from crm_desktop.ui.shell.main_window import MainWindow

    sys.modules.pop("crm_desktop.ui.giving.insights_view", None)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.tabs.currentWidget() is win.today_view  # the start page once there is data
    assert "crm_desktop.ui.giving.insights_view" not in sys.modules  # not even imported yet
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
        "Today", "Contacts", "Referral graph", "Meetings", "Insights",
    ]  # fmt: skip

    tab_bar = win.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(4).center())
    assert win.tabs.currentWidget() is win.insights_view  # built, in its place, and shown
    assert win.tabs.tabText(4) == "Insights"

    view_menu = next(m for m in win.menuBar().findChildren(QMenu) if m.title() == "&View")
    next(a for a in view_menu.actions() if a.text() == "&Meetings").trigger()
    assert win.tabs.currentIndex() == 3
    assert win.tabs.currentWidget() is win.meetings_view
    qtbot.waitUntil(lambda: win.meetings_view.model.rowCount() > 0)


def test_a_closed_window_reads_nothing_more(window, qtbot):
    """Pages refresh a moment after a change (sidebar counts, search, details). Once the window
    is closed none of that may run: the database is closed behind it on quit, and a late read
    would open it again (or, with the folder gone, fail with "no such table")."""
    from crm_desktop import store
    from crm_desktop.services.contacts.types import ContactInput

    sidebar = window.contacts_view.sidebar
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    qtbot.waitUntil(lambda: sidebar._counts_timer.isActive() or not sidebar.counting)
    contacts.add_contact(ContactInput(full_name="Bo Chen"))  # counts pending again
    window.close()
    store.close()
    qtbot.wait(200)
    assert store.database().is_closed()
