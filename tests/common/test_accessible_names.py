"""Every control a screen reader can land on has a name: the test walks every widget of
every page and every dialog of the window (on the sample network) and lists each one
that takes the keyboard focus but that Qt's accessibility reports without a name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.meetings import followups
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog, LedgerEntryDialog, RescheduleDialog
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_COLUMNS, PAGE_PREVIEW

PAGES = ("Today", "Contacts", "Referral graph", "Meetings", "Insights")


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the accessible name, else a buddy
    label's text, a button's text, a group box's title, a window's title…

    A drop-down is the exception: on Linux Qt names it by the choice it shows ("Lead"),
    and says what it is only through the label it is the buddy of (a relation), so
    there it takes an accessible name or a label."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        return next((label.text() for label in labels_of(widget)), "")
    return iface.text(QAccessible.Text.Name).strip()


def labels_of(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]


def unnamed(top: QWidget) -> list[str]:
    """The visible widgets under *top* that take the focus and have no accessible name.

    Skipped, because the focus never stays on them: a widget whose focus goes to a
    proxy (a scroll area's viewport; the proxy is checked itself), and the parts Qt
    shows as part of their owner (a spin box's line, which has no interface of its own).
    """
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if QAccessible.queryAccessibleInterface(widget) is None:
            continue
        if not accessible_name(widget):
            missing.append(describe(widget))
    return missing


def describe(widget: QWidget) -> str:
    """A widget told apart from its siblings: its class, object name, parents and what
    it shows (a drop-down's choice, a box's placeholder, a tooltip)."""
    shows = widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
    if isinstance(widget, QComboBox):
        shows = shows or widget.currentText()
    chain = [f"“{shows[:40]}”"] if shows else []
    at: QWidget | None = widget
    while at is not None and len(chain) < 4:
        chain.append(type(at).__name__ + (f"#{at.objectName()}" if at.objectName() else ""))
        at = at.parentWidget()
    return " < ".join(chain)


@pytest.fixture
def window(qtbot, sample_db):
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def pages(window, qtbot) -> Iterator[tuple[str, QWidget]]:
    daniel = contacts.find_contact("Daniel Kowalski").id
    for index, title in enumerate(PAGES):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        yield title, window
    # The contacts page with one person's details (and each of their tabs), and with
    # several people selected (the selection bar).
    window.show_contact(daniel)
    details = window.contacts_view.details
    for tabs in details.findChildren(type(window.tabs)):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(5)
            yield f"Contacts, details tab “{tabs.tabText(index)}”", window
    window.contacts_view.table.selectAll()
    qtbot.wait(5)
    yield "Contacts, several selected", window
    # The graph with its warm path column open; meetings and insights with a row chosen.
    window.tabs.setCurrentWidget(window.graph_view)
    window.graph_view.show_warm_path("Acme")
    qtbot.wait(5)
    yield "Referral graph, warm path", window
    for page in (window.meetings_view, window.insights_view):
        window.tabs.setCurrentWidget(page)
        page.table.selectRow(0)
        qtbot.wait(5)
        yield type(page).__name__ + ", a row chosen", window


def dialogs(window, qtbot, tmp_path) -> Iterator[tuple[str, QWidget]]:
    daniel = contacts.find_contact("Daniel Kowalski").id
    priya = contacts.find_contact("Priya Raman").id
    follow_up = followups.open_for(daniel)[0].id
    view = window.contacts_view
    opened = {
        "new contact": lambda: view.add_contact(),
        "edit contact": lambda: view.edit_contact(daniel),
        "meeting": lambda: window.meetings_view.add_meeting(daniel),
        "insight": lambda: window.insights_view.add_insight(),
        "give": lambda: LedgerEntryDialog(daniel, "gave", parent=window),
        "ask": lambda: LedgerEntryDialog(daniel, "asked", parent=window),
        "follow-up": lambda: FollowUpDialog(daniel, parent=window),
        "reschedule": lambda: RescheduleDialog(follow_up, window),
        "import, choose a file": lambda: window.open_import_dialog(),
        "export": lambda: window.open_export_dialog(),
        "restore": lambda: window.open_restore_dialog(),
        "merge": lambda: view.open_merge([merge.DuplicateGroup((daniel, priya), "picked by you")]),
        "introduced by": lambda: window.graph_view.choose_introducer(daniel),
        "keyboard shortcuts": lambda: window.show_shortcuts(),
    }
    for name, open_it in opened.items():
        dialog = open_it()
        dialog.show()
        qtbot.wait(5)
        yield name, dialog
        dialog.close()
    # The import dialog's pages past the first, on a file of contacts: the file, what
    # each column holds (chosen as "any CSV"), and the preview.
    path = tmp_path / "people.csv"
    path.write_text("Name,Email,Company\nGrace Hopper,grace@navy.example,US Navy\n", "utf-8")
    dialog = window.open_import_dialog(str(path))
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30000)
    yield "import, a file chosen", dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    for page in (PAGE_COLUMNS, PAGE_PREVIEW):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda page=page: dialog.pages.currentIndex() == page, timeout=30000)
        yield f"import, page {page}", dialog
    dialog.close()
    preview = window._open_prep_sheet(contact_id=daniel)
    yield "prep sheet", preview
    yield "prep sheet options", preview.open_options()
    preview.close()
    window._on_about()
    yield "about", window._about_box


def test_every_focusable_control_of_every_page_has_a_name(window, qtbot):
    problems = {place: found for place, top in pages(window, qtbot) if (found := unnamed(top))}
    assert not problems, listed(problems)


def test_every_focusable_control_of_every_dialog_has_a_name(window, qtbot, tmp_path):
    window.tabs.setCurrentWidget(window.graph_view)  # "Introduced by…" opens from the graph
    problems = {
        place: found for place, top in dialogs(window, qtbot, tmp_path) if (found := unnamed(top))
    }
    QApplication.processEvents()
    assert not problems, listed(problems)


def listed(problems: dict[str, list[str]]) -> str:
    """Each nameless widget once, with the first place it was found."""
    first: dict[str, str] = {}
    for place, found in problems.items():
        for widget in found:
            first.setdefault(widget, place)
    lines = [f"{place}: {widget}" for widget, place in first.items()]
    return "Focusable but nameless:\n" + "\n".join(lines)
