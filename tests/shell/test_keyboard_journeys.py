"""Journeys through the whole window with the keyboard alone: find someone on the
referral graph, say who introduced them, and take it back with Ctrl+Z; plan a meeting
and save its prep sheet as a PDF; import a contacts file. Every step is a key pressed
where the focus is (or in the list that pops up there); the widgets are only looked at."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from crm_desktop.services.contacts import contacts
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_DONE, PAGE_PREVIEW

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is now, as on a real keyboard: in the list
    of matches when one has popped up, else in the focused widget."""
    where = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert where is not None, "the keyboard focus is nowhere"
    qtbot.keyClick(where, k, modifier)


def type_text(qtbot, text: str) -> None:
    """*text* typed where the keyboard focus is now."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_to(qtbot, widget: QWidget, presses: int = 30) -> None:
    """Tab round until *widget* has the focus (it must be on the way)."""
    for _ in range(presses):
        if QApplication.focusWidget() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, "Tab never reached it"


def back_in(qtbot, window: QWidget) -> None:
    """The window manager's part when a dialog closes: its window is active again."""
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)


def in_file_dialog(qtbot, path: str) -> None:
    """When the file chooser opens next (it waits for an answer, so this is set up
    before the key that opens it) and has the focus: type *path* there and press Enter.
    A chooser that never gets the focus is closed after a while, for the test to fail."""
    tries = iter(range(250))

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(chooser, QFileDialog) or focus is None or focus.window() is not chooser:
            if next(tries, None) is not None:
                QTimer.singleShot(20, answer)  # not open, or not in front, yet
            elif isinstance(chooser, QFileDialog):
                chooser.reject()
            return
        key(qtbot, Qt.Key.Key_A, CTRL)  # over the name it suggests
        type_text(qtbot, path)
        key(qtbot, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


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
    back_in(qtbot, window)
    assert QApplication.focusWidget() is page.view  # back on Chen's card
    key(qtbot, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo
    assert referrals.placement(chen).referrer_id == before


def date_keys(edit) -> str:
    """The keys that write Friday 14 March 2031, 09:30 into *edit*, section by section
    (each section moves on by itself once it is full), in the order the date is shown."""
    month_first = edit.displayFormat().startswith("ddd, MMM")
    return ("Mar14" if month_first else "14Mar") + "2031" + "0930"


def test_plan_a_meeting_and_save_its_prep_sheet_keyboard_only(sample_db, window, qtbot, tmp_path):
    back_in(qtbot, window)
    chen = contacts.find_contact("Chen Wei").id
    before = {m.id for m in meetings.list_meetings(contact_id=chen)}
    key(qtbot, Qt.Key.Key_4, CTRL)  # View ▸ Meetings
    page = window.meetings_view
    tab_to(qtbot, page.new_button)
    key(qtbot, Qt.Key.Key_Space)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.person)  # With: a name
    type_text(qtbot, "Chen")
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)  # picks Chen Wei from the matches
    assert dialog.attendee_ids() == [chen]
    key(qtbot, Qt.Key.Key_H, ALT)  # W&hen, on the weekday
    key(qtbot, Qt.Key.Key_Tab)  # on to the day
    type_text(qtbot, date_keys(dialog.when))
    key(qtbot, Qt.Key.Key_G, ALT)  # &Goal
    type_text(qtbot, "Ask how Kumo chose its Osaka warehouse")
    key(qtbot, Qt.Key.Key_Return)  # Save
    assert not dialog.isVisible()
    (meeting,) = [m for m in meetings.list_meetings(contact_id=chen) if m.id not in before]
    assert meeting.starts_at == dt.datetime(2031, 3, 14, 9, 30)
    assert meeting.goal == "Ask how Kumo chose its Osaka warehouse"
    assert list(meeting.attendee_ids) == [chen]

    back_in(qtbot, window)
    assert page.current_meeting_id() == meeting.id  # the new meeting, selected
    tab_to(qtbot, page.prep_button)
    key(qtbot, Qt.Key.Key_Space)
    preview = window.last_prep_preview
    qtbot.waitUntil(lambda: QApplication.focusWidget().window() is preview)
    assert preview.windowTitle() == "Prep sheet: Chen Wei — 14 Mar 2031"
    target = tmp_path / "chen.pdf"
    in_file_dialog(qtbot, str(target))
    key(qtbot, Qt.Key.Key_E, CTRL)  # Export PDF…
    assert preview.saved_bar.currentMessage() == f"Saved prep sheet to {target}"
    words = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "Chen Wei" in words
    assert "Your goal: Ask how Kumo chose its Osaka warehouse" in words
    assert "Fri 14 Mar 2031" in words
    back_in(qtbot, preview)
    key(qtbot, Qt.Key.Key_Escape)  # close the preview
    assert not preview.isVisible()


VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nN:Hopper;Grace;;;\r\n"
    "EMAIL:grace@navy.example\r\nORG:US Navy\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Turing\r\nN:Turing;Alan;;;\r\n"
    "ORG:Bletchley Park\r\nEND:VCARD\r\n"
)


def test_import_a_vcard_file_keyboard_only(sample_db, window, qtbot, tmp_path):
    cards = tmp_path / "people.vcf"
    cards.write_text(VCARDS, encoding="utf-8")
    back_in(qtbot, window)
    key(qtbot, Qt.Key.Key_F, ALT)  # the File menu
    key(qtbot, Qt.Key.Key_I)  # Import…
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choose_button)
    in_file_dialog(qtbot, str(cards))
    key(qtbot, Qt.Key.Key_Space)  # Choose a file…
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30000)  # Giveback has looked at it
    back_in(qtbot, dialog)  # from the file chooser
    assert QApplication.focusWidget() is dialog.next_button
    assert dialog.format == "vcard"
    key(qtbot, Qt.Key.Key_Return)  # Next
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)
    assert dialog.plan_summary.text() == "Import will add 2 new contacts."
    assert QApplication.focusWidget().window() is dialog
    key(qtbot, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=30000)
    # The Today page rebuilt its cards meanwhile; the keyboard stayed in the dialog.
    assert QApplication.focusWidget() is dialog.next_button
    key(qtbot, Qt.Key.Key_Return)  # Close
    assert not dialog.isVisible()
    back_in(qtbot, window)
    page = window.contacts_view
    assert window.tabs.currentWidget() is page
    assert QApplication.focusWidget() is page.table  # on the people just imported
    imported = {contacts.find_contact(n).id for n in ("Grace Hopper", "Alan Turing")}
    assert set(page.selected_contact_ids()) == imported
    key(qtbot, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo takes the whole import back
    names = {c.full_name for c in contacts.list_contacts()}
    assert not names & {"Grace Hopper", "Alan Turing"}
