"""The contacts page: search as you type, the list, and the person's details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts
from crm_desktop.services.errors import GivebackError
from crm_desktop.ui import prompts
from crm_desktop.ui.bus import DataBus
from crm_desktop.ui.contact_details import ContactDetails
from crm_desktop.ui.contact_dialog import ContactDialog
from crm_desktop.ui.contacts_model import COL_NAME, ContactsTableModel
from crm_desktop.ui.empty_state import EmptyState
from crm_desktop.ui.widgets import list_table, plain_label

SEARCH_DELAY_MS = 120


class ContactsView(QWidget):
    prep_sheet_requested = Signal(int)
    meeting_requested = Signal(int)
    sample_requested = Signal()

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.bus = bus
        self.model = ContactsTableModel(self)
        self.dialog: ContactDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search names, companies, tags, notes and meetings…")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.add_button = QPushButton("New contact")
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_contact)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)

        self.table = list_table(self.model, (160, 140, 140, 180, 90))
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.no_results = plain_label("muted")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.hide()

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(12, 12, 0, 12)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.no_results)

        self.details = ContactDetails()
        self.details.edit_requested.connect(self.edit_contact)
        self.details.delete_requested.connect(self.delete_contact)
        self.details.prep_sheet_requested.connect(self.prep_sheet_requested)
        self.details.meeting_requested.connect(self.meeting_requested)

        splitter = QSplitter()
        splitter.addWidget(list_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])

        self.empty_state = EmptyState()
        self.empty_state.add_contact_requested.connect(self.add_contact)
        self.empty_state.sample_requested.connect(self.sample_requested)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Enter),
            self.table,
            self.edit_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self._delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        bus.contacts_changed.connect(self._on_bus_contacts_changed)
        bus.referrals_changed.connect(self._refresh_details)
        bus.meetings_changed.connect(self._refresh_details)
        self.reload()

    # Loading -------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_contact_id()
        self.model.refresh()
        total = contacts.count_contacts()
        self.stack.setCurrentIndex(1 if total else 0)
        self._update_counts(total)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_contact(keep)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.show_contact(None)

    def _update_counts(self, total: int | None = None) -> None:
        total = contacts.count_contacts() if total is None else total
        shown = self.model.rowCount()
        query = self.search.text().strip()
        if query:
            self.count_label.setText(f"{shown} of {total}")
            self.no_results.setText(f"No contacts match “{query}”.")
            self.no_results.setVisible(shown == 0)
        else:
            self.count_label.setText(f"{total} contact{'s' if total != 1 else ''}")
            self.no_results.hide()

    @Slot()
    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_counts()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.show_contact(None)

    @Slot()
    def _on_bus_contacts_changed(self) -> None:
        self.reload()

    @Slot()
    def _refresh_details(self) -> None:
        self.details.show_contact(self.current_contact_id())

    def _on_table_current_changed(self, current, _previous) -> None:
        self.details.show_contact(
            self.model.contact_id(current.row()) if current.isValid() else None
        )

    # Selection -----------------------------------------------------------------
    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row < 0 and self.search.text():
            self.search.clear()
            self._apply_search()
            row = self.model.row_of(contact_id)
        if row < 0:
            return
        index = self.model.index(row, COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Editing -------------------------------------------------------------------
    @Slot()
    def add_contact(self) -> ContactDialog:
        return self._open_dialog(None)

    @Slot()
    def edit_selected(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.edit_contact(contact_id)

    @Slot(int)
    def edit_contact(self, contact_id: int) -> ContactDialog | None:
        try:
            record = contacts.get_contact(contact_id)
        except GivebackError as err:
            prompts.inform(self, str(err))
            return None
        return self._open_dialog(record)

    def _open_dialog(self, record) -> ContactDialog:
        dialog = ContactDialog(record, self)
        dialog.contact_saved.connect(self._on_dialog_contact_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot(int)
    def _on_dialog_contact_saved(self, contact_id: int) -> None:
        self.select_contact(contact_id)

    def _delete_selected(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self.delete_contact(contact_id)

    @Slot(int)
    def delete_contact(self, contact_id: int) -> bool:
        record = contacts.get_contact(contact_id)
        question = (
            f"Delete {record.full_name}?\n\nTheir details and their place in your meetings "
            "will be removed. People they introduced you to stay in your referral graph."
        )
        if not self.confirm("Delete contact", question, "Delete"):
            return False
        contacts.delete_contact(contact_id)
        return True

    def confirm(self, title: str, text: str, action: str) -> bool:
        return prompts.confirm(self, title, text, action)
