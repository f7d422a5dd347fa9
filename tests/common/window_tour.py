"""A tour of the window on the sample network, for the tests that check something of
every page and every dialog: ``pages`` and ``dialogs`` open each in turn and yield
(where, the top widget to look at)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.meetings import followups
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog, LedgerEntryDialog, RescheduleDialog
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_COLUMNS, PAGE_PREVIEW
from crm_desktop.ui.security.passphrase import PassphraseDialog

PAGES = ("Today", "Contacts", "Referral graph", "Meetings", "Insights")


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
        "security": lambda: window.open_security_dialog(),
        "security, first run": lambda: window.open_security_dialog(first_run=True),
        "passphrase at start": lambda: PassphraseDialog(window),
        "sync": lambda: window.open_sync_dialog(),
        "sync conflicts": lambda: window.auto_sync.open_conflicts(),
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
