"""The window on a small screen: a 1024x600 netbook, or a 1920x1080 laptop at 150 %
(1280x720). Every page and dialog fits, with nothing cut off or drawn over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.meetings import followups
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog, LedgerEntryDialog, RescheduleDialog

SMALL = QSize(1024, 600)
PAGES = ("Today", "Contacts", "Referral graph", "Meetings", "Insights")
CHECKED = (QAbstractButton, QLabel, QLineEdit, QComboBox)


@pytest.fixture
def small_window(qtbot, sample_db):
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_contact(contacts.find_contact("Daniel Kowalski").id)
    return win


def fits(size: QSize) -> bool:
    return size.width() <= SMALL.width() and size.height() <= SMALL.height()


def _scrolls(widget: QWidget, top: QWidget) -> bool:
    """True when *widget* sits inside a scroll area (a list, a text view…): it may scroll."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _part_of_another(widget: QWidget) -> bool:
    """A combo's line edit, a spin box's, a line edit's clear button, a tab bar's arrows."""
    return isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar))


def checked_widgets(top: QWidget) -> list[QWidget]:
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, CHECKED)
        and w.isVisible()
        and w.window() is top
        and not _scrolls(w, top)
        and not _part_of_another(w)
    ]


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r})"


def _shown_rect(widget: QWidget, top: QWidget) -> tuple[QRect, QRect]:
    """The widget's rectangle in *top*'s coordinates, and the part of it not cut off by
    any of its parents."""
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    shown = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None:
        shown = shown.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        if parent is top:
            break
        parent = parent.parentWidget()
    return rect, shown


def layout_problems(top: QWidget) -> list[str]:
    """Widgets cut off (by the window or a pane), squeezed below their minimum width,
    and buttons drawn over one another."""
    problems = []
    buttons = []
    for widget in checked_widgets(top):
        rect, shown = _shown_rect(widget, top)
        if shown != rect:
            problems.append(f"{_name(widget)} cut off: {rect} shows only {shown}")
        minimum = widget.minimumSizeHint().width()
        if widget.width() < minimum:
            problems.append(f"{_name(widget)} {widget.width()} px wide, needs {minimum}")
        if isinstance(widget, QAbstractButton):
            buttons.append((widget, rect))
    for i, (a, rect_a) in enumerate(buttons):
        for b, rect_b in buttons[i + 1 :]:
            if rect_a.intersects(rect_b):
                problems.append(f"{_name(a)} {rect_a} overlaps {_name(b)} {rect_b}")
    return problems


def test_every_page_fits_a_small_screen_with_nothing_cut_off(small_window, qtbot):
    window = small_window
    for index, name in enumerate(PAGES):
        window.tabs.setCurrentIndex(index)
        assert window.tabs.tabText(index) == name
        qtbot.wait(10)
        assert fits(window.minimumSizeHint()), f"{name}: asks for {window.minimumSizeHint()}"
        assert fits(window.minimumSize()), f"{name}: asks for {window.minimumSize()}"
    window.resize(SMALL)
    for index, name in enumerate(PAGES):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert window.size() == SMALL, f"{name}: the window stays {window.size()}"
        assert layout_problems(window) == [], name


def test_the_contacts_selection_bar_fits_a_small_screen(small_window, qtbot):
    window = small_window
    window.resize(SMALL)
    window.tabs.setCurrentWidget(window.contacts_view)
    window.contacts_view.table.selectAll()
    qtbot.wait(20)
    assert window.size() == SMALL
    assert window.contacts_view.selection_bar.isVisible()
    assert layout_problems(window) == []


def _dialogs(window) -> dict[str, QWidget]:
    daniel = contacts.find_contact("Daniel Kowalski").id
    priya = contacts.find_contact("Priya Raman").id
    follow_up = followups.open_for(daniel)[0].id
    view = window.contacts_view
    dialogs = {
        "new contact": view.add_contact(),
        "edit contact": view.edit_contact(daniel),
        "meeting": window.meetings_view.add_meeting(daniel),
        "insight": window.insights_view.add_insight(),
        "give": LedgerEntryDialog(daniel, "gave", parent=window),
        "ask": LedgerEntryDialog(daniel, "asked", parent=window),
        "follow-up": FollowUpDialog(daniel, parent=window),
        "reschedule": RescheduleDialog(follow_up, window),
        "import": window.open_import_dialog(),
        "export": window.open_export_dialog(),
        "restore": window.open_restore_dialog(),
        "merge": view.open_merge([merge.DuplicateGroup((daniel, priya), "picked by you")]),
        "sync": window.open_sync_dialog(),
        "sync conflicts": window.auto_sync.open_conflicts(),
    }
    preview = window._open_prep_sheet(contact_id=daniel)
    dialogs["prep sheet"] = preview
    dialogs["prep sheet options"] = preview.open_options()
    window._on_about()
    dialogs["about"] = window._about_box
    return dialogs


def test_every_dialog_fits_a_small_screen(small_window, qtbot):
    for name, dialog in _dialogs(small_window).items():
        dialog.show()
        qtbot.wait(5)
        assert fits(dialog.minimumSizeHint()), f"{name}: asks for {dialog.minimumSizeHint()}"
        assert fits(dialog.minimumSize()), f"{name}: asks for {dialog.minimumSize()}"
        dialog.resize(dialog.size().boundedTo(SMALL))
        qtbot.wait(5)
        assert fits(dialog.size()), f"{name}: opens at {dialog.size()}"
        assert layout_problems(dialog) == [], name
        dialog.close()


def test_the_window_opens_inside_a_small_screen(db, qtbot):
    """On a 1024x600 screen (less a 24 px panel) the window opens smaller than usual and
    wholly on it, instead of at its usual 1200x780 running off the edge."""
    from PySide6.QtCore import QRect

    from crm_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    screen = QRect(0, 24, 1024, 576)
    window.show()
    qtbot.waitExposed(window)
    window.fit_into(screen)
    assert screen.contains(window.frameGeometry())
    big = QRect(0, 0, 2560, 1440)
    window.fit_into(big)
    assert (window.width(), window.height()) == (1200, 780)
