"""The main window: contacts, the referral graph, and meetings, over one undo stack."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from crm_desktop import APP_NAME, __version__, paths
from crm_desktop.services import contacts, prepsheet, sample
from crm_desktop.services.errors import GivebackError
from crm_desktop.ui import prompts
from crm_desktop.ui.bus import DataBus
from crm_desktop.ui.contacts_view import ContactsView
from crm_desktop.ui.graph_view import GraphView
from crm_desktop.ui.meetings_view import MeetingsView
from crm_desktop.ui.prep_preview import PrepPreview


def unique_shortcuts(*sequences: QKeySequence) -> list[QKeySequence]:
    """Each key sequence once: a sequence listed twice on one action makes Qt call it
    ambiguous and ignore it (Ctrl+Shift+Z is also the platform's Redo on Linux desktops)."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.bus = DataBus(self)
        self.undo_stack = QUndoStack(self)

        self.contacts_view = ContactsView(self.bus, self)
        self.graph_view = GraphView(self.bus, self.undo_stack, self)
        self.meetings_view = MeetingsView(self.bus, self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.contacts_view, "Contacts")
        self.tabs.addTab(self.graph_view, "Referral graph")
        self.tabs.addTab(self.meetings_view, "Meetings")
        self.setCentralWidget(self.tabs)

        self._build_menus()
        self.contacts_view.prep_sheet_requested.connect(self._on_prep_sheet_for_contact)
        self.contacts_view.meeting_requested.connect(self._on_contacts_view_meeting_requested)
        self.contacts_view.sample_requested.connect(self.load_sample_network)
        self.graph_view.open_contact_requested.connect(self.show_contact)
        self.graph_view.prep_sheet_requested.connect(self._on_prep_sheet_for_contact)
        self.graph_view.status_message.connect(self._on_graph_view_status_message)
        self.meetings_view.prep_sheet_requested.connect(self._on_prep_sheet_for_meeting)
        self.statusBar().showMessage(f"Data: {paths.database_path()}", 6000)

    # Menus -------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_contact_action = self._action(
            file_menu, "New &Contact…", self.contacts_view.add_contact, QKeySequence.StandardKey.New
        )
        self._action(file_menu, "New &Meeting…", self.meetings_view.add_meeting, "Ctrl+Shift+M")
        file_menu.addSeparator()
        self.todays_sheets_action = self._action(
            file_menu, "Print &Today's Prep Sheets…", self.print_todays_sheets, "Ctrl+P"
        )
        file_menu.addSeparator()
        self.sample_action = self._action(
            file_menu, "Load &Sample Network", self.load_sample_network
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(
            unique_shortcuts(
                QKeySequence("Ctrl+Shift+Z"),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            )
        )
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find Contact", self._on_find, QKeySequence.StandardKey.Find)

        view_menu = self.menuBar().addMenu("&View")
        for index, name in enumerate(("&Contacts", "&Referral Graph", "&Meetings")):
            self._action(
                view_menu, name, lambda i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}"
            )

        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About Giveback", self._on_about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # Actions -----------------------------------------------------------------
    @Slot()
    def load_sample_network(self) -> None:
        if contacts.count_contacts():
            self.inform("The sample network can only be loaded into an empty database.")
            return
        count = sample.load_sample_network()
        self.undo_stack.clear()
        self.statusBar().showMessage(f"Loaded the sample network: {count} contacts.", 5000)

    @Slot(int)
    def show_contact(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.contacts_view)
        self.contacts_view.select_contact(contact_id)

    @Slot(str)
    def _on_graph_view_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_find(self) -> None:
        self.tabs.setCurrentWidget(self.contacts_view)
        self.contacts_view.focus_search()

    @Slot(int)
    def _on_contacts_view_meeting_requested(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.meetings_view)
        self.meetings_view.add_meeting(contact_id)

    @Slot(int)
    def _on_prep_sheet_for_contact(self, contact_id: int) -> None:
        self._open_prep_sheet(contact_id=contact_id)

    @Slot(int)
    def _on_prep_sheet_for_meeting(self, meeting_id: int) -> None:
        self._open_prep_sheet(meeting_id=meeting_id)

    def _open_prep_sheet(self, contact_id: int | None = None, meeting_id: int | None = None):
        try:
            sheet = prepsheet.compose(contact_id=contact_id, meeting_id=meeting_id)
        except GivebackError as err:
            self.inform(str(err))
            return None
        return self._show_preview([sheet])

    def print_todays_sheets(self):
        sheets = prepsheet.todays_sheets()
        if not sheets:
            self.inform("No meetings today, so there are no prep sheets to print.")
            return None
        return self._show_preview(sheets)

    def _show_preview(self, sheets) -> PrepPreview:
        preview = PrepPreview(sheets, self)
        preview.open()
        self.last_prep_preview = preview
        return preview

    def _on_about(self) -> None:
        folder = paths.data_dir()
        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        box.setTextFormat(Qt.TextFormat.RichText)
        url = QUrl.fromLocalFile(str(folder)).toString()
        box.setText(
            f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
            "<p>Networking is giving, not only taking.</p>"
            f'<p>Your data: <a href="{html.escape(url)}">{html.escape(str(folder))}</a></p>'
            "<p>Licence: GPL-3.0-or-later. No account, no cloud, no telemetry.</p>"
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.open()
        self._about_box = box

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def inform(self, message: str) -> None:
        """Tell the user something; a method so tests can see what was said."""
        self.statusBar().showMessage(message, 8000)
        prompts.inform(self, message)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.bus.detach()
        super().closeEvent(event)
