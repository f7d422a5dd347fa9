"""Undoing or redoing a big import runs on the window's thread for a second or two:
the user sees a wait cursor and a status-bar note meanwhile, and the cursor comes
back to normal afterwards, even when the undo fails."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.interchange import apply
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_DONE, PAGE_PREVIEW

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def imported(window, qtbot, tmp_path):
    """Thirty people imported from a LinkedIn file through File ▸ Import…."""
    rows = "".join(
        f"Person{n},Tester{n},https://www.linkedin.com/in/p-{n},p{n}@example.com,Acme,Eng,"
        "05 Mar 2024\n"
        for n in range(30)
    )
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    dialog = window.open_import_dialog(str(path))
    for page in (PAGE_PREVIEW, PAGE_DONE):
        qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30000)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=page: dialog.pages.currentIndex() == p, timeout=30000)
    dialog.close()
    assert contacts.count_contacts() == 30
    return window


def watch(monkeypatch, window, fail: bool = False) -> list[tuple]:
    """Record the cursor and status-bar text while the import is undone or redone."""
    seen: list[tuple] = []

    def observed(method):
        def run(undo):
            cursor = QApplication.overrideCursor()
            seen.append((cursor.shape() if cursor else None, window.statusBar().currentMessage()))
            if fail:
                raise GivebackError("The database is locked by another program.")
            method(undo)

        return run

    monkeypatch.setattr(apply.ImportUndo, "undo", observed(apply.ImportUndo.undo))
    monkeypatch.setattr(apply.ImportUndo, "redo", observed(apply.ImportUndo.redo))
    return seen


def test_undo_and_redo_of_an_import_show_a_wait_cursor_then_restore_it(
    imported, qtbot, monkeypatch
):
    window = imported
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen = watch(monkeypatch, window)
    window.undo_action.trigger()
    assert contacts.count_contacts() == 0
    window.redo_action.trigger()
    assert contacts.count_contacts() == 30
    assert [shape for shape, _ in seen] == [Qt.CursorShape.WaitCursor] * 2
    assert seen[0][1].startswith("Undoing: Import 30 contacts")
    assert seen[1][1].startswith("Redoing: Import 30 contacts")
    assert QApplication.overrideCursor() is None


def test_the_cursor_comes_back_when_the_undo_fails(imported, qtbot, monkeypatch):
    seen = watch(monkeypatch, imported, fail=True)
    with pytest.raises(GivebackError, match="locked"):
        imported.undo_action.trigger()
    assert seen and seen[0][0] == Qt.CursorShape.WaitCursor
    assert QApplication.overrideCursor() is None
    assert contacts.count_contacts() == 30  # nothing was removed
