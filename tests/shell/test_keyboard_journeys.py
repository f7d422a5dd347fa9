"""A journey through the whole window with the keyboard alone: find someone on the
referral graph, say who introduced them, and take it back with Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crm_desktop.services.contacts import contacts
from crm_desktop.services.graph import referrals

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is now, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_record_an_introduction_and_undo_it_keyboard_only(sample_db, window, qtbot):
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    chen = contacts.find_contact("Chen Wei").id
    yuki = contacts.find_contact("Yuki Tanaka").id
    before = referrals.placement(chen).referrer_id
    key(qtbot, Qt.Key.Key_3, CTRL)  # View ▸ Referral Graph
    page = window.graph_view
    for _ in range(30):  # Tab round to the canvas
        if QApplication.focusWidget() is page.view:
            break
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    key(qtbot, Qt.Key.Key_F, CTRL)  # find on the graph
    assert QApplication.focusWidget() is page.finder
    qtbot.keyClicks(page.finder, "Chen Wei")
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.view and page.selected_contact_id() == chen
    key(qtbot, Qt.Key.Key_Menu)
    qtbot.keyClick(page.node_menu, Qt.Key.Key_I)  # Introduced by…
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.introducer_dialog.picker)
    qtbot.keyClicks(QApplication.focusWidget(), "Yuki Tanaka")
    key(qtbot, Qt.Key.Key_Return)
    assert referrals.placement(chen).referrer_id == yuki
    assert "Yuki Tanaka introduced you to Chen Wei" in window.statusBar().currentMessage()
    window.activateWindow()  # the window manager's part when a dialog closes
    assert QTest.qWaitForWindowActive(window)
    assert QApplication.focusWidget() is page.view  # back on Chen's card
    key(qtbot, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo
    assert referrals.placement(chen).referrer_id == before
