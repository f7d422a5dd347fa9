"""The contacts page: smart lists, search as you type, filters, the list, and the
person's details. Every edit goes through the app's undo stack."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts, merge, smart_lists
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import STAGES, WARMTH
from crm_desktop.services.text import plural
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.widgets import list_table, plain_label, select_row
from crm_desktop.ui.contacts import commands as contact_commands
from crm_desktop.ui.contacts.details import ContactDetails
from crm_desktop.ui.contacts.dialog import ContactDialog
from crm_desktop.ui.contacts.empty_state import EmptyState
from crm_desktop.ui.contacts.filter_bar import FilterBar
from crm_desktop.ui.contacts.merge_dialog import MergeDialog
from crm_desktop.ui.contacts.model import COL_MATCH, COL_NAME, ContactsTableModel
from crm_desktop.ui.contacts.sidebar import SmartListSidebar

SEARCH_DELAY_MS = 40
DETAILS_DELAY_MS = 150
COMPLETE_DELAY_MS = 300  # the rest of a long list, or of a common word's hits, after a pause
WIDTHS = (170, 140, 130, 170, 120, 95, 70, 95, 90, 70)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ContactsView(QWidget):
    prep_sheet_requested = Signal(int)
    meeting_requested = Signal(int)
    sample_requested = Signal()
    import_requested = Signal()  # the welcome page's Import…
    export_requested = Signal(list)  # contact ids; the export page handles it

    def __init__(
        self, bus: DataBus, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.bus = bus
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.model = ContactsTableModel(self)
        self.dialog: ContactDialog | None = None
        self.merge_dialog: MergeDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search names, companies, tags, notes and meetings…")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.duplicates_button = QPushButton("Find duplicates")
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.add_button = QPushButton("New contact")
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_contact)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.add_button)

        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._apply_search)
        self.filter_bar.save_requested.connect(self.save_smart_list)

        self.selection_label = plain_label()
        self.tag_button = QPushButton("Tag…")
        self.tag_button.clicked.connect(self.tag_selected)
        self.stage_button = QPushButton("Set stage")
        stage_menu = QMenu(self.stage_button)
        for key, label in {"": "No stage", **STAGES}.items():
            stage_menu.addAction(label, lambda k=key: self.set_stage_selected(k))
        self.stage_button.setMenu(stage_menu)
        self.archive_selected_button = QPushButton("Archive")
        self.archive_selected_button.clicked.connect(self.archive_selected)
        self.export_button = QPushButton("Export…")
        self.export_button.clicked.connect(
            lambda: self.export_requested.emit(self.selected_contact_ids())
        )
        self.delete_selected_button = QPushButton("Delete…")
        self.delete_selected_button.clicked.connect(self.delete_selected)
        self.merge_selected_button = QPushButton("Merge…")
        self.merge_selected_button.clicked.connect(self.merge_selected)
        self.selection_bar = QWidget()
        self.selection_bar.setObjectName("selectionBar")
        bar = QHBoxLayout(self.selection_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.selection_label)
        bar.addStretch(1)
        for b in (
            self.tag_button,
            self.stage_button,
            self.archive_selected_button,
            self.merge_selected_button,
            self.export_button,
            self.delete_selected_button,
        ):
            bar.addWidget(b)
        self.selection_bar.hide()

        self.table = list_table(self.model, WIDTHS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(COL_MATCH, True)
        # While searching, "why it matched" sits right after the name.
        self.table.horizontalHeader().moveSection(COL_MATCH, 1)
        self.table.setColumnWidth(COL_MATCH, 260)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.no_results = plain_label("muted")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_results.hide()

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(8, 12, 0, 12)
        list_layout.addLayout(top)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.selection_bar)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.no_results)

        self.sidebar = SmartListSidebar()
        self.sidebar.setMinimumWidth(215)
        self.sidebar.criteria_chosen.connect(self._on_sidebar_criteria_chosen)
        self.sidebar.delete_requested.connect(self.delete_smart_list)

        self.details = ContactDetails()
        self.details.edit_requested.connect(self.edit_contact)
        self.details.delete_requested.connect(self.delete_contact)
        self.details.archive_requested.connect(self._on_details_archive_requested)
        self.details.prep_sheet_requested.connect(self.prep_sheet_requested)
        self.details.meeting_requested.connect(self.meeting_requested)
        self.details.field_edited.connect(self._on_details_field_edited)

        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(list_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([190, 720, 430])
        self.splitter = splitter

        self.empty_state = EmptyState()
        self.empty_state.add_contact_requested.connect(self.add_contact)
        self.empty_state.sample_requested.connect(self.sample_requested)
        self.empty_state.import_requested.connect(self.import_requested)

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
        self._details_later = False
        self._active_total = 0
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        self._details_timer.timeout.connect(self._show_current_details)
        self._complete_timer = QTimer(self)
        self._complete_timer.setSingleShot(True)
        self._complete_timer.setInterval(COMPLETE_DELAY_MS)
        self._complete_timer.timeout.connect(self._complete_list)
        self.model.rowsInserted.connect(lambda *_a: self._update_counts())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.edit_selected,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.archive_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence("Shift+Delete"),
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        bus.contacts_changed.connect(self._on_bus_contacts_changed)
        bus.referrals_changed.connect(self._refresh_details)
        bus.meetings_changed.connect(self._on_bus_meetings_changed)
        if hasattr(bus, "smart_lists_changed"):
            bus.smart_lists_changed.connect(self._refresh_sidebar)
        # The first contact's details follow a moment after the list is on screen.
        self._details_later = True
        try:
            self.reload()
        finally:
            self._details_later = False
        self._details_on_show = self._details_timer.isActive()
        self._details_timer.stop()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._details_on_show:
            self._details_on_show = False
            self._details_timer.start()

    # Loading -------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_contact_ids()
        current = self.current_contact_id()
        self.model.refresh()
        self.model.fetchMore()  # not typing: every hit, so the selection comes back
        if self.model.is_partial:
            self._complete_timer.start()
        total = contacts.count_contacts()
        self._active_total = contacts.count_active()
        self.stack.setCurrentIndex(1 if total else 0)
        self.filter_bar.reload_choices()
        self._refresh_sidebar()
        self._update_counts()
        self._reselect(keep, current)

    def _reselect(self, ids: list[int], current: int | None) -> None:
        rows = [r for r in self.model.rows_of(ids) if r >= 0]
        if current is not None and self.model.row_of(current) >= 0:
            self.select_contact(current)
        elif rows:
            self.table.selectRow(rows[0])
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.show_contact(None)
            return
        # One selection of runs of rows, selected at once: a row at a time costs a
        # selection signal each, which took a minute with 1,500 people selected.
        runs = QItemSelection()
        for start, end in _runs(sorted(rows)):
            runs.select(self.model.index(start, 0), self.model.index(end, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(runs, flags)

    def _refresh_sidebar(self) -> None:
        self.sidebar.refresh(self.model.criteria)

    def _update_counts(self) -> None:
        shown = self.model.rowCount()
        criteria = self.model.criteria
        active = self._active_total
        filtered = replace(criteria, search="") != ContactFilter() or criteria.search.strip()
        if filtered:
            more = "+" if self.model.has_more else ""
            self.count_label.setText(f"{shown:,}{more} of {active:,}")
            self.no_results.setText(
                f"No contacts match “{criteria.search.strip()}”."
                if criteria.search.strip()
                else "No contacts match these filters."
            )
            self.no_results.setVisible(shown == 0)
        else:
            self.count_label.setText(f"{active:,} contact{'s' if active != 1 else ''}")
            self.no_results.hide()
        self.table.setColumnHidden(COL_MATCH, not criteria.search.strip())
        self.archive_selected_button.setText("Unarchive" if criteria.archived else "Archive")

    @Slot()
    def _apply_search(self) -> None:
        self._search_timer.stop()
        criteria = self.filter_bar.criteria(self.search.text())
        if criteria.search.strip() and self.model.sort_key[0] is not None:
            pass  # a column the user sorted by stays the order
        self.model.set_criteria(criteria)
        self.sidebar.highlight(criteria)
        self._update_counts()
        if self.model.is_partial:
            self._complete_timer.start()
        # While typing, the list answers at once; the details follow when typing pauses.
        self._details_later = True
        try:
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self.details.show_contact(None)
        finally:
            self._details_later = False

    @Slot()
    def _complete_list(self) -> None:
        """Read the rest of the list (or of a common word's hits) while the user pauses,
        so the count, a jump to the end and Select all are whole and quick."""
        self.model.read_all()

    @Slot(object)
    def _on_sidebar_criteria_chosen(self, criteria: ContactFilter) -> None:
        self.filter_bar.set_base(criteria)
        self._apply_search()
        self.sidebar.highlight(criteria)

    @Slot()
    def _on_bus_contacts_changed(self) -> None:
        self.reload()

    @Slot()
    def _on_bus_meetings_changed(self) -> None:
        # Last contact comes from meetings: the list shows it.
        self.reload()

    @Slot()
    def _refresh_details(self) -> None:
        self.details.show_contact(self.current_contact_id())

    def _on_table_current_changed(self, current, _previous) -> None:
        if self._details_later:
            self._details_timer.start()
            return
        self._details_timer.stop()
        self._show_current_details()

    def _show_current_details(self) -> None:
        self.details.show_contact(self.current_contact_id())

    def _on_selection_changed(self, *_args) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.selection_bar.setVisible(count > 1)
        self.selection_label.setText(f"{count:,} selected")

    # Selection -----------------------------------------------------------------
    def current_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def selected_contact_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [cid for cid in map(self.model.contact_id, rows) if cid is not None]
        if not ids and self.current_contact_id() is not None:
            ids = [self.current_contact_id()]
        return ids

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row < 0 and (self.search.text() or not self.model.criteria.is_plain):
            self.search.clear()
            self.filter_bar.set_base(ContactFilter(archived=None))
            self._apply_search()
            row = self.model.row_of(contact_id)
        if row < 0:
            return
        index = self.model.index(row, COL_NAME)
        select_row(self.table, index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Editing -------------------------------------------------------------------
    def run(self, text: str, ids, action, new_ids=None):
        """Run an edit as one undoable step; a refused edit is told to the user."""
        try:
            return contact_commands.run(self.undo_stack, text, ids, action, new_ids)
        except GivebackError as err:
            prompts.inform(self, str(err))
            return None

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

    def _save_contact(self, contact_id, data):
        """The dialog's save: raises on refusal so the dialog keeps the form."""
        if contact_id is None:
            return contact_commands.run(
                self.undo_stack,
                f"Add {data.full_name.strip()}",
                [],
                lambda: contacts.add_contact(data),
                lambda record: [record.id],
            )
        return contact_commands.run(
            self.undo_stack,
            f"Edit {data.full_name.strip()}",
            [contact_id],
            lambda: contacts.update_contact(contact_id, data),
        )

    def _open_dialog(self, record) -> ContactDialog:
        dialog = ContactDialog(record, self, save_contact=self._save_contact)
        dialog.contact_saved.connect(self._on_dialog_contact_saved)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot(int)
    def _on_dialog_contact_saved(self, contact_id: int) -> None:
        self.select_contact(contact_id)

    def _on_details_field_edited(self, contact_id: int, name: str, value) -> None:
        record = contacts.get_contact(contact_id)
        labels = {
            "stage": "stage",
            "warmth": "warmth",
            "follow_up_on": "follow-up date",
            "cadence_days": "keep-in-touch cadence",
            "tags": "tags",
            "location": "location",
        }
        text = f"Set {record.full_name}'s {labels.get(name, name)}"
        if name == "tags":
            data = record.to_input()
            data.tags = value

            def action():
                return contacts.update_contact(contact_id, data)

        else:

            def action():
                return contacts.set_fields([contact_id], **{name: value})

        self.run(text, [contact_id], action)

    @Slot()
    def tag_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        text, ok = self.ask_text("Tag contacts", f"Add tags to {plural(len(ids), 'contact')}:")
        if ok and text.strip():
            self.add_tags(ids, text.split(","))

    def add_tags(self, ids: list[int], tags: list[str]) -> None:
        names = ", ".join(t.strip() for t in tags if t.strip())
        self.run(
            f"Tag {plural(len(ids), 'contact')} “{names}”",
            ids,
            lambda: contacts.add_tags(ids, tags),
        )

    def set_stage_selected(self, stage: str) -> None:
        ids = self.selected_contact_ids()
        if ids:
            label = STAGES.get(stage, "no stage")
            self.run(
                f"Set stage of {plural(len(ids), 'contact')} to {label}",
                ids,
                lambda: contacts.set_fields(ids, stage=stage),
            )

    def set_warmth(self, ids: list[int], warmth: str) -> None:
        self.run(
            f"Set warmth of {plural(len(ids), 'contact')} to {WARMTH.get(warmth, 'none')}",
            ids,
            lambda: contacts.set_fields(ids, warmth=warmth),
        )

    @Slot()
    def archive_selected(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        archived = self.model.criteria.archived is True
        self.archive(ids, not archived)

    def archive(self, ids: list[int], archived: bool = True) -> None:
        verb = "Archive" if archived else "Unarchive"
        what = plural(len(ids), "contact")
        if len(ids) == 1:
            what = contacts.get_contact(ids[0]).full_name
        self.run(f"{verb} {what}", ids, lambda: contacts.archive_contacts(ids, archived))

    def _on_details_archive_requested(self, contact_id: int) -> None:
        record = contacts.get_contact(contact_id)
        self.archive([contact_id], not record.archived)

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_contact_ids()
        if len(ids) == 1:
            self.delete_contact(ids[0])
        elif ids:
            question = (
                f"Delete {plural(len(ids), 'contact')}?\n\nTheir details and their place in "
                "your meetings will be removed (Undo brings them back). Archive keeps them "
                "out of the list without deleting."
            )
            if self.confirm(f"Delete {len(ids)} contacts", question, "Delete"):
                self.run(
                    f"Delete {plural(len(ids), 'contact')}",
                    ids,
                    lambda: contacts.delete_contacts(ids),
                )

    @Slot(int)
    def delete_contact(self, contact_id: int) -> bool:
        record = contacts.get_contact(contact_id)
        question = (
            f"Delete {record.full_name}?\n\nTheir details and their place in your meetings "
            "will be removed. People they introduced you to stay in your referral graph. "
            "Undo brings them back."
        )
        if not self.confirm("Delete contact", question, "Delete"):
            return False
        self.run(
            f"Delete {record.full_name}",
            [contact_id],
            lambda: contacts.delete_contact(contact_id),
        )
        return True

    # Duplicates ----------------------------------------------------------------
    @Slot()
    def find_duplicates(self) -> MergeDialog | None:
        """Step through every group of duplicates found, merging or skipping each."""
        groups = self._with_progress("Looking for duplicates…", merge.find_duplicates)
        if not groups:
            prompts.inform(self, "No duplicates found: no shared emails, LinkedIn profiles or "
                           "near-identical names at the same company.")  # fmt: skip
            return None
        return self.open_merge(groups)

    def _with_progress(self, text: str, work):
        """Run *work(progress)* with a progress window (shown when it takes a while);
        the window keeps painting meanwhile."""
        dialog = QProgressDialog(text, "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()

        try:
            return work(progress)
        finally:
            dialog.close()
            dialog.deleteLater()

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected_contact_ids()
        if len(ids) < 2:
            return None
        return self.open_merge([merge.DuplicateGroup(tuple(ids), "picked by you")])

    def open_merge(self, groups: list[merge.DuplicateGroup]) -> MergeDialog:
        dialog = MergeDialog(groups, self._merge_group, self)
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    def _merge_group(self, survivor: int, others: list[int], choices: dict) -> bool:
        """The merge dialog's merge, as one undoable step; False when it was refused."""
        name = contacts.get_contact(survivor).full_name
        done = self.run(
            f"Merge {plural(len(others) + 1, 'contact')} into {name}",
            [survivor, *others],
            lambda: merge.merge_contacts(survivor, others, choices),
        )
        if done is None:
            return False
        self.select_contact(survivor)
        return True

    # Smart lists ---------------------------------------------------------------
    @Slot()
    def save_smart_list(self) -> None:
        criteria = self.model.criteria
        name, ok = self.ask_text("Save smart list", "Name:", criteria.describe())
        if not ok:
            return
        try:
            smart_lists.save_smart_list(name, criteria)
        except GivebackError as err:
            prompts.inform(self, str(err))
            return
        self._refresh_sidebar()

    def delete_smart_list(self, smart_list_id: int) -> None:
        if self.confirm("Delete smart list", "Delete this smart list? Contacts stay.", "Delete"):
            smart_lists.delete_smart_list(smart_list_id)
            self._refresh_sidebar()

    # Prompts (tests replace these) -----------------------------------------------
    def confirm(self, title: str, text: str, action: str) -> bool:
        return prompts.confirm(self, title, text, action)

    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
