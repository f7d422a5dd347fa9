"""The main window: contacts, the referral graph, and meetings, over one undo stack."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from crm_desktop import APP_NAME, __version__, paths, resources
from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.appearance import appearance_menu
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.language import language_menu
from crm_desktop.ui.contacts.view import ContactsView
from crm_desktop.ui.shell.auto_sync import AutoSync
from crm_desktop.ui.today.view import TodayView

if TYPE_CHECKING:
    from crm_desktop.ui.meetings.prep_preview import PrepPreview
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

P = TypeVar("P", bound=QWidget)


def unique_shortcuts(*sequences: QKeySequence) -> list[QKeySequence]:
    """Each key sequence once: a sequence listed twice on one action makes Qt call it
    ambiguous and ignore it (Ctrl+Shift+Z is also the platform's Redo on Linux desktops)."""
    seen: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


DEFAULT_SIZE = (1200, 780)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(*DEFAULT_SIZE)
        self.bus = DataBus(self)
        self.undo_stack = QUndoStack(self)

        self.contacts_view = ContactsView(self.bus, self.undo_stack, self)
        self.today_view = TodayView(self.bus, self)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.today_view, translate("MainWindow", "Today"))
        self.tabs.addTab(self.contacts_view, translate("MainWindow", "Contacts"))
        # The other pages are built (and their modules imported) when first opened or
        # asked for: a start at 100,000 contacts does not wait for pages nobody looks at.
        self._deferred: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        for name, label in (
            ("graph_view", translate("MainWindow", "Referral graph")),
            ("meetings_view", translate("MainWindow", "Meetings")),
            ("insights_view", translate("MainWindow", "Insights")),
        ):
            self._deferred[name] = QWidget()
            self.tabs.addTab(self._deferred[name], label)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        # Today is the start page once there is someone to act on; before that,
        # the contacts page shows the welcome.
        self.tabs.setCurrentWidget(
            self.today_view if contacts.count_contacts() else self.contacts_view
        )

        self._build_menus()
        self.contacts_view.prep_sheet_requested.connect(self._on_prep_sheet_for_contact)
        self.contacts_view.meeting_requested.connect(self._on_contacts_view_meeting_requested)
        self.contacts_view.sample_requested.connect(self.load_sample_network)
        self.contacts_view.import_requested.connect(self.open_import_dialog)
        self.contacts_view.export_requested.connect(self.open_export_dialog)
        self.setAcceptDrops(True)  # a contacts file dropped anywhere on the window imports
        self.today_view.open_contact_requested.connect(self.show_contact)
        self.today_view.open_meeting_requested.connect(self.show_meeting)
        self.today_view.prep_sheet_requested.connect(self._on_prep_sheet_for_meeting)
        self.today_view.new_meeting_requested.connect(self._on_contacts_view_meeting_requested)
        self.statusBar().showMessage(
            translate("MainWindow", "Data: {path}").format(path=paths.database_path()), 6000
        )
        self.auto_sync = AutoSync(self)  # File ▸ Sync…, its status bar label, automatic syncs

    # Pages built on first use ----------------------------------------------------
    @property
    def graph_view(self):
        return self._page("graph_view")

    @property
    def meetings_view(self):
        return self._page("meetings_view")

    @property
    def insights_view(self):
        return self._page("insights_view")

    def _page(self, name: str) -> QWidget:
        """The page *name*, built now if this is the first time it is needed; it takes
        its stand-in's place in the tabs."""
        if name in self._built:
            return self._built[name]
        page = getattr(self, f"_build_{name}")()
        self._built[name] = page
        stand_in = self._deferred.pop(name)
        index = self.tabs.indexOf(stand_in)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, page, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        stand_in.deleteLater()
        return page

    def _build_graph_view(self) -> QWidget:
        from crm_desktop.ui.graph.view import GraphView  # imported when first opened

        view = GraphView(self.bus, self.undo_stack, self)
        view.open_contact_requested.connect(self.show_contact)
        view.prep_sheet_requested.connect(self._on_prep_sheet_for_contact)
        view.status_message.connect(self._on_graph_view_status_message)
        return view

    def _build_meetings_view(self) -> QWidget:
        from crm_desktop.ui.meetings.view import MeetingsView  # imported when first opened

        view = MeetingsView(self.bus, self)
        view.prep_sheet_requested.connect(self._on_prep_sheet_for_meeting)
        return view

    def _build_insights_view(self) -> QWidget:
        from crm_desktop.ui.giving.insights_view import InsightsView  # imported when first opened

        view = InsightsView(self.bus, self)
        view.open_contact_requested.connect(self.show_contact)
        return view

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        for name, stand_in in list(self._deferred.items()):
            if self.tabs.indexOf(stand_in) == index:
                self._page(name)

    # Menus -------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.new_contact_action = self._action(
            file_menu,
            translate("MainWindow", "New &Contact…"),
            self.contacts_view.add_contact,
            QKeySequence.StandardKey.New,
        )
        self._action(
            file_menu,
            translate("MainWindow", "New &Meeting…"),
            self._on_new_meeting,
            "Ctrl+Shift+M",
        )
        self.new_insight_action = self._action(
            file_menu,
            translate("MainWindow", "New Insi&ght…"),
            self._on_new_insight,
            "Ctrl+Shift+I",
        )
        file_menu.addSeparator()
        self.todays_sheets_action = self._action(
            file_menu,
            translate("MainWindow", "Print &Today's Prep Sheets…"),
            self.print_todays_sheets,
            "Ctrl+P",
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu, translate("MainWindow", "&Import…"), self.open_import_dialog, "Ctrl+I"
        )
        self.export_action = self._action(
            file_menu, translate("MainWindow", "&Export…"), self.open_export_dialog, "Ctrl+E"
        )
        file_menu.addSeparator()
        self.sample_action = self._action(
            file_menu, translate("MainWindow", "Load &Sample Network"), self.load_sample_network
        )
        file_menu.addSeparator()
        self.backup_action = self._action(
            file_menu, translate("MainWindow", "&Back Up Now…"), self.back_up_now
        )
        self.restore_action = self._action(
            file_menu, translate("MainWindow", "&Restore from Backup…"), self.open_restore_dialog
        )
        self.security_action = self._action(
            file_menu, translate("MainWindow", "Securit&y…"), self.open_security_dialog
        )
        self.sync_action = self._action(
            file_menu, translate("MainWindow", "Sy&nc…"), self.open_sync_dialog, "Ctrl+Shift+S"
        )
        file_menu.addSeparator()
        self._action(
            file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        undo = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
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
        self._action(
            edit_menu,
            translate("MainWindow", "&Find Contact"),
            self._on_find,
            QKeySequence.StandardKey.Find,
        )

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        names = (
            translate("MainWindow", "&Today"),
            translate("MainWindow", "&Contacts"),
            translate("MainWindow", "&Referral Graph"),
            translate("MainWindow", "&Meetings"),
            translate("MainWindow", "&Insights"),
        )
        for index, name in enumerate(names):
            self._action(
                view_menu, name, lambda i=index: self.tabs.setCurrentIndex(i), f"Ctrl+{index + 1}"
            )
        view_menu.addSeparator()
        self.appearance_menu = appearance_menu(self)
        view_menu.addMenu(self.appearance_menu)
        self.language_menu = language_menu(self, self._on_language_chosen)
        view_menu.addMenu(self.language_menu)

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self._action(
            help_menu, translate("MainWindow", "&Keyboard Shortcuts"), self.show_shortcuts, "Ctrl+/"
        )
        self._action(help_menu, translate("MainWindow", "&About Giveback"), self._on_about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _on_language_chosen(self, needs_restart: bool) -> None:
        if needs_restart:
            self.inform(
                translate(
                    "MainWindow", "Giveback will show the language you chose when it next starts."
                )
            )

    # Actions -----------------------------------------------------------------
    @Slot()
    def load_sample_network(self) -> None:
        if contacts.count_contacts():
            self.inform(
                translate(
                    "MainWindow", "The sample network can only be loaded into an empty database."
                )
            )
            return
        from crm_desktop.services.sample import (
            sample,  # only ever loaded once, into an empty database
        )

        count = sample.load_sample_network()
        self.undo_stack.clear()
        self.tabs.setCurrentWidget(self.today_view)
        self.statusBar().showMessage(
            self.tr("Loaded the sample network: %n contact(s).", "", count), 5000
        )

    def _go_to(self, page: P) -> P:
        """Bring *page* to the front and return it, to act on it there."""
        self.tabs.setCurrentWidget(page)
        return page

    @Slot(int)
    def show_contact(self, contact_id: int) -> None:
        self._go_to(self.contacts_view).select_contact(contact_id)

    @Slot(int)
    def show_meeting(self, meeting_id: int) -> None:
        self._go_to(self.meetings_view).select_meeting(meeting_id)

    def _on_new_meeting(self) -> None:
        self.meetings_view.add_meeting()

    def _on_new_insight(self) -> None:
        self._go_to(self.insights_view).add_insight()

    @Slot(str)
    def _on_graph_view_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_find(self) -> None:
        self._go_to(self.contacts_view).focus_search()

    @Slot(int)
    def _on_contacts_view_meeting_requested(self, contact_id: int) -> None:
        self._go_to(self.meetings_view).add_meeting(contact_id)

    @Slot(int)
    def _on_prep_sheet_for_contact(self, contact_id: int) -> None:
        self._open_prep_sheet(contact_id=contact_id)

    @Slot(int)
    def _on_prep_sheet_for_meeting(self, meeting_id: int) -> None:
        self._open_prep_sheet(meeting_id=meeting_id)

    def _open_prep_sheet(self, contact_id: int | None = None, meeting_id: int | None = None):
        from crm_desktop.services.meetings import (
            prepsheet,  # imported when the first sheet is asked for
        )

        try:
            sheet = prepsheet.compose(contact_id=contact_id, meeting_id=meeting_id)
        except GivebackError as err:
            self.inform(str(err))
            return None
        return self._show_preview([sheet])

    def print_todays_sheets(self):
        from crm_desktop.services.meetings import prepsheet  # imported when first asked for

        sheets = prepsheet.todays_sheets()
        if not sheets:
            self.inform(
                translate("MainWindow", "No meetings today, so there are no prep sheets to print.")
            )
            return None
        return self._show_preview(sheets)

    def _show_preview(self, sheets) -> PrepPreview:
        # Qt's print support is loaded with the first preview, not at start-up.
        from crm_desktop.ui.meetings.prep_preview import PrepPreview

        preview = PrepPreview(sheets, self)
        preview.open()
        self.last_prep_preview = preview
        return preview

    def show_shortcuts(self):
        """Help ▸ Keyboard Shortcuts, read from the menus themselves."""
        from crm_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog  # when first asked

        menus = [a.menu() for a in self.menuBar().actions() if a.menu() is not None]
        dialog = ShortcutsDialog(menus, self, self)
        dialog.open()
        self.shortcuts_dialog = dialog
        return dialog

    def _on_about(self) -> None:
        folder = paths.data_dir()
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About {app}").format(app=APP_NAME))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        url = QUrl.fromLocalFile(str(folder)).toString()
        licence = QUrl.fromLocalFile(str(resources.resource_path("LICENSE"))).toString()
        box.setText(
            f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
            + translate(
                "MainWindow",
                "<p>Networking is giving, not only taking.</p>"
                '<p>Your data: <a href="{url}">{folder}</a></p>'
                '<p>Licence: <a href="{licence}">GNU General Public License, '
                "version 3 or later</a> (GPL-3.0-or-later).</p>"
                "<p>No account, no cloud, no telemetry.</p>",
            ).format(
                url=html.escape(url),
                folder=html.escape(str(folder)),
                licence=html.escape(licence),
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        # Links open through one slot (the folder in the file manager, the licence in a viewer).
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setOpenExternalLinks(False)
            label.linkActivated.connect(self._on_about_link_activated)
        box.open()
        self._about_box = box

    @Slot(str)
    def _on_about_link_activated(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def inform(self, message: str) -> None:
        """Tell the user something; a method so tests can see what was said."""
        self.statusBar().showMessage(message, 8000)
        prompts.inform(self, message)

    def back_up_now(self) -> None:
        from crm_desktop.ui.interchange import backup_dialogs  # imported when first used

        backup_dialogs.back_up_now(self)

    def open_restore_dialog(self):
        from crm_desktop.ui.interchange.backup_dialogs import RestoreDialog  # when first used

        dialog = RestoreDialog(self)
        dialog.restored.connect(self.undo_stack.clear)  # its commands name the old rows
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def open_security_dialog(self, first_run: bool = False):
        """File ▸ Security… (and the offer made on the first run)."""
        from crm_desktop.ui.security.dialog import SecurityDialog  # when first used

        dialog = SecurityDialog(self, first_run=first_run)
        dialog.converting.connect(self._database_swapping)
        dialog.open()
        self.security_dialog = dialog
        return dialog

    def _database_swapping(self, on: bool) -> None:
        """While the worker swaps the database file, no view reads it."""
        self.contacts_view.sidebar.hold_counts(on)
        if on:
            self.bus.pause()
        else:
            self.bus.resume()

    def open_sync_dialog(self):
        """File ▸ Sync… (or a click on the sync label in the status bar)."""
        return self.auto_sync.open_dialog()

    # Import and export -------------------------------------------------------------
    def open_import_dialog(self, path: str | None = None):
        """File ▸ Import…, the welcome page's Import…, or a file dropped on the window."""
        from crm_desktop.ui.interchange.import_dialog import ImportDialog  # when first used

        dialog = ImportDialog(self.undo_stack, self, path)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.restored.connect(self._on_import_dialog_restored)
        dialog.open()
        self.import_dialog = dialog
        return dialog

    @Slot(list)
    def _on_import_dialog_imported(self, contact_ids: list) -> None:
        if contact_ids:
            self.tabs.setCurrentWidget(self.contacts_view)
            self.contacts_view.show_contacts(contact_ids)

    @Slot()
    def _on_import_dialog_restored(self) -> None:
        self.tabs.setCurrentWidget(self.today_view)

    def open_export_dialog(self, contact_ids: list[int] | None = None):
        """File ▸ Export… (everyone), or the selection bar's Export… (those selected)."""
        from crm_desktop.ui.interchange.export_dialog import ExportDialog  # when first used

        dialog = ExportDialog(contact_ids, self)
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    @Slot(str, int)
    def _on_export_dialog_exported(self, path: str, _count: int) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Exported to {path}").format(path=path), 8000
        )

    @staticmethod
    def _dropped_file(event) -> str | None:
        """The first local file among the URLs being dragged, if any."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        return next((u.toLocalFile() for u in mime.urls() if u.isLocalFile()), None)

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if not path:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_import_dialog(path)

    # Changes made outside the window -------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_outside_changes()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._follow_outside_changes()

    def changeEvent(self, event) -> None:
        """Back in front (from the terminal where a command ran): look at once; while on
        screen, every moment; while hidden or minimized, not at all."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.bus.catch_up()
        elif event.type() == QEvent.Type.WindowStateChange:
            self._follow_outside_changes()

    def _follow_outside_changes(self) -> None:
        on_screen = self.isVisible() and not self.isMinimized()
        if on_screen and not self.bus.outside_timer.isActive():
            self.bus.catch_up()
            self.bus.outside_timer.start()
        elif not on_screen:
            self.bus.outside_timer.stop()

    def fit_into(self, available: QRect) -> None:
        """Take the usual size, or less where the screen (less its panels) is smaller, and
        sit wholly on it: on a 1024x600 netbook or a laptop at 150 % nothing runs off the
        edge. Called once the window is shown, when its frame is known."""
        frame = self.frameGeometry().size() - self.geometry().size()
        self.resize(
            min(DEFAULT_SIZE[0], available.width() - frame.width()),
            min(DEFAULT_SIZE[1], available.height() - frame.height()),
        )
        placed = self.frameGeometry()
        placed.moveCenter(available.center())
        self.move(max(available.left(), placed.left()), max(available.top(), placed.top()))

    def closeEvent(self, event) -> None:
        from crm_desktop.ui.common import workers  # loaded with the import, not at start-up

        if self.auto_sync.hold_quit(self.close):  # "sync at quit": the window closes after it
            event.ignore()
            return
        self.auto_sync.stop()
        workers.wait_for_all()  # an import still running is cancelled and changes nothing
        if "meetings_view" in self._built:
            self.meetings_view.flush_notes()  # nothing typed is lost on quit
        self.bus.detach()
        for timer in self.findChildren(QTimer):  # a refresh due a moment later: not any more
            timer.stop()
        super().closeEvent(event)
