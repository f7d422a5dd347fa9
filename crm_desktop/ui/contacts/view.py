"""The contacts page: smart lists, search as you type, filters, the list, and the
person's details. Every edit goes through the app's undo stack."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import contacts, merge, smart_lists
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.lookup import record_or_none
from crm_desktop.ui.common.page_actions import PageActions
from crm_desktop.ui.common.progress import run_with_progress
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.timers import single_shot
from crm_desktop.ui.common.widgets import (
    add_rows_to_selection,
    focus_shortcut,
    list_table,
    plain_label,
    select_row,
)
from crm_desktop.ui.contacts.details import ContactDetails
from crm_desktop.ui.contacts.dialog import ContactDialog
from crm_desktop.ui.contacts.edits import ContactEdits
from crm_desktop.ui.contacts.empty_state import EmptyState
from crm_desktop.ui.contacts.filter_bar import FilterBar
from crm_desktop.ui.contacts.merge_dialog import MergeDialog
from crm_desktop.ui.contacts.model import COL_MATCH, COL_NAME, ContactsTableModel
from crm_desktop.ui.contacts.selection_bar import SelectionBar
from crm_desktop.ui.contacts.sidebar import SmartListSidebar
from crm_desktop.ui.contacts.snippet_delegate import SnippetDelegate

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 40
DETAILS_DELAY_MS = 150
COMPLETE_DELAY_MS = 300  # the rest of a long list, or of a common word's hits, after a pause
WIDTHS = (170, 140, 130, 170, 120, 95, 70, 95, 90, 70)


class ContactsView(PageActions, QWidget):
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
        self.edits = ContactEdits(self)
        # Built in this order, which is also the order Tab moves in.
        top = self._build_top_bar()
        self._build_filter_bar()
        self._build_selection_bar()
        list_side = self._build_list(top)
        self._build_sidebar()
        self._build_details()
        self._build_pages(list_side)
        self._build_timers()
        self._add_shortcuts()
        self._follow_bus(bus)
        self._load_first()

    def _build_top_bar(self) -> QHBoxLayout:
        """Search, the count, Find duplicates and New contact."""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            translate("ContactsView", "Search names, companies, tags, notes and meetings…")
        )
        self.search.setAccessibleName(translate("ContactsView", "Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        self.duplicates_button = QPushButton(translate("ContactsView", "Find duplicates"))
        self.duplicates_button.clicked.connect(self.find_duplicates)
        self.add_button = QPushButton(translate("ContactsView", "New contact"))
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_contact)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.add_button)
        return top

    def _build_filter_bar(self) -> None:
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self._apply_search)
        self.filter_bar.save_requested.connect(self.save_smart_list)

    def _build_selection_bar(self) -> None:
        bar = SelectionBar()
        bar.tag_requested.connect(self.edits.tag_selected)
        bar.stage_chosen.connect(self.edits.set_stage_selected)
        bar.archive_requested.connect(self.edits.archive_selected)
        bar.merge_requested.connect(self.merge_selected)
        bar.export_requested.connect(self._on_selection_bar_export_requested)
        bar.delete_requested.connect(self.edits.delete_selected)
        self.selection_bar = bar
        # The bar's parts by the names the page has always given them.
        self.selection_label = bar.label
        self.tag_button = bar.tag_button
        self.stage_button = bar.stage_button
        self.archive_selected_button = bar.archive_button
        self.merge_selected_button = bar.merge_button
        self.export_button = bar.export_button
        self.delete_selected_button = bar.delete_button

    def _build_list(self, top: QHBoxLayout) -> QWidget:
        """The table of contacts under the bars, and the line saying nothing matched."""
        self.table = list_table(self.model, WIDTHS, translate("ContactsView", "Contacts"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(COL_MATCH, True)
        # While searching, "why it matched" sits right after the name.
        self.table.horizontalHeader().moveSection(COL_MATCH, 1)
        self.table.setColumnWidth(COL_MATCH, 260)
        self.table.setItemDelegateForColumn(COL_MATCH, SnippetDelegate(self.table))
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
        return list_side

    def _build_sidebar(self) -> None:
        self.sidebar = SmartListSidebar()
        self.sidebar.setMinimumWidth(150)  # long names elide, the tooltip has them whole
        self.sidebar.criteria_chosen.connect(self._on_sidebar_criteria_chosen)
        self.sidebar.delete_requested.connect(self.delete_smart_list)

    def _build_details(self) -> None:
        self.details = ContactDetails()
        self.details.edit_requested.connect(self.edit_contact)
        self.details.delete_requested.connect(self.edits.delete_contact)
        self.details.archive_requested.connect(self.edits.toggle_archived)
        self.details.prep_sheet_requested.connect(self.prep_sheet_requested)
        self.details.meeting_requested.connect(self.meeting_requested)
        self.details.field_edited.connect(self.edits.set_field)

    def _build_pages(self, list_side: QWidget) -> None:
        """Smart lists, list and details side by side; the welcome page while there is no one."""
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(list_side)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([180, 600, 490])
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

    def _build_timers(self) -> None:
        """Search as you type, details when typing pauses, the rest of a long list later."""
        self._search_timer = single_shot(self, SEARCH_DELAY_MS, self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._details_later = False
        self._active_total = 0
        self._archived_total = 0
        self._details_timer = single_shot(self, DETAILS_DELAY_MS, self._show_current_details)
        self._complete_timer = single_shot(self, COMPLETE_DELAY_MS, self._complete_list)
        self.model.rowsInserted.connect(lambda *_a: self._update_counts())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _add_shortcuts(self) -> None:
        """Enter edits, Delete archives, Shift+Delete deletes the rows selected in the list."""
        keys = [
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.edits.archive_selected),
            (QKeySequence("Shift+Delete"), self.edits.delete_selected),
        ]
        for key, action in keys:
            focus_shortcut(key, self.table, action)

    def _follow_bus(self, bus: DataBus) -> None:
        bus.contacts_changed.connect(self._on_bus_contacts_changed)
        bus.referrals_changed.connect(self._refresh_details)
        bus.meetings_changed.connect(self._on_bus_meetings_changed)
        if hasattr(bus, "smart_lists_changed"):
            bus.smart_lists_changed.connect(self._refresh_sidebar)

    def _load_first(self) -> None:
        # The first contact's details follow a moment after the list is on screen.
        self._details_later = True
        try:
            self.reload()
        finally:
            self._details_later = False
        self._details_on_show = self._details_timer.isActive()
        self._details_timer.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._details_on_show:
            self._details_on_show = False
            self._details_timer.start()

    # Loading -------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.selected_contact_ids()
        current = self.current_contact_id()
        top = self.table.rowAt(0)  # the first person in sight, and how far scrolled past
        top = (self.model.contact_id(top), -self.table.rowViewportPosition(top))
        self.model.refresh()
        self.model.fetchMore()  # not typing: every hit, so the selection comes back
        if self.model.is_partial:
            self._complete_timer.start()
        total = contacts.count_contacts()
        self._active_total = contacts.count_active()
        self._archived_total = total - self._active_total
        self.stack.setCurrentIndex(1 if total else 0)
        self.filter_bar.reload_choices()
        self._refresh_sidebar()
        self._update_counts()
        self._reselect(keep, current)
        self._scroll_back(top, current)

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
        add_rows_to_selection(self.table, rows)

    def _scroll_back(self, top: tuple[int | None, int], current: int | None) -> None:
        """The same people stay in sight after a reload (a change here or from outside,
        even with people added above), as long as the person selected is still listed;
        otherwise the new selection is what is scrolled to."""
        if current is None or self.current_contact_id() != current or top[0] is None:
            return
        row = self.model.row_of(top[0])
        if row >= 0:
            hint = self.table.ScrollHint.PositionAtTop
            self.table.scrollTo(self.model.index(row, COL_NAME), hint)
            if self.table.verticalScrollMode() == self.table.ScrollMode.ScrollPerPixel:
                bar = self.table.verticalScrollBar()  # and the part of the row scrolled past
                bar.setValue(bar.value() + top[1])

    def _refresh_sidebar(self) -> None:
        self.sidebar.refresh(self.model.criteria)

    def _update_counts(self) -> None:
        """Says "30 contacts", "3 archived"; with a search or filters, "3 of 30" (of those in
        the list searched: the active contacts, or the archived ones in the archive)."""
        shown = self.model.rowCount()
        criteria = self.model.criteria
        scope = ContactFilter(archived=criteria.archived)
        active, archived = self._active_total, self._archived_total
        whole = {False: active, True: archived}.get(criteria.archived, active + archived)
        filtered = replace(criteria, search="") != scope or criteria.search.strip()
        if filtered:
            more = "+" if self.model.has_more else ""
            counted = (
                translate("ContactsView", "{shown}{more} of {whole} archived")
                if criteria.archived
                else translate("ContactsView", "{shown}{more} of {whole}")
            )
            self.count_label.setText(
                counted.format(shown=number(shown), more=more, whole=number(whole))
            )
            self.no_results.setText(
                translate("ContactsView", "No contacts match “{search}”.").format(
                    search=criteria.search.strip()
                )
                if criteria.search.strip()
                else translate("ContactsView", "No contacts match these filters.")
            )
            self.no_results.setVisible(shown == 0)
        elif criteria.archived:
            self.count_label.setText(self.tr("%Ln archived", "", archived))
            self.no_results.hide()
        else:
            self.count_label.setText(self.tr("%Ln contact(s)", "", whole))
            self.no_results.hide()
        self.table.setColumnHidden(COL_MATCH, not criteria.search.strip())
        self.selection_bar.set_showing_archive(bool(criteria.archived))

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
        self.selection_bar.show_count(len(self.table.selectionModel().selectedRows()))

    @Slot()
    def _on_selection_bar_export_requested(self) -> None:
        self.export_requested.emit(self.selected_contact_ids())

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

    def showing_archive(self) -> bool:
        """True while the list shows archived contacts only."""
        return self.model.criteria.archived is True

    def select_contact(self, contact_id: int) -> None:
        """Select a contact; one the list does not show brings up the list they are in,
        All contacts or Archived (a list of both would keep archived rows in sight)."""
        row = self.model.row_of(contact_id)
        if row < 0:
            record = record_or_none(contacts.get_contact, contact_id)
            home = ContactFilter(archived=bool(record and record.archived))
            if self.search.text() or self.model.criteria != home:
                self.search.clear()
                self.filter_bar.set_base(home)
                self._apply_search()
                row = self.model.row_of(contact_id)
        if row < 0:
            return
        index = self.model.index(row, COL_NAME)
        select_row(self.table, index)

    def show_contacts(self, contact_ids: list[int]) -> None:
        """List and select *contact_ids* (the people just imported, say), clearing the
        search and filters if they hide any of them."""
        self._apply_search()  # read the list again: they may be new
        for criteria in (ContactFilter(), ContactFilter(archived=None)):
            if -1 not in self.model.rows_of(contact_ids):
                break
            self.search.clear()
            self.filter_bar.set_base(criteria)
            self._apply_search()
        rows = sorted(r for r in self.model.rows_of(contact_ids) if r >= 0)
        if rows:
            select_row(self.table, self.model.index(rows[0], COL_NAME))
            add_rows_to_selection(self.table, rows)
            self.table.setFocus()  # the keyboard on them, once the dialog in front closes

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # The contact form ---------------------------------------------------------------
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
        record = self.run(contacts.get_contact, contact_id)
        return None if record is None else self._open_dialog(record)

    def _open_dialog(self, record) -> ContactDialog:
        dialog = ContactDialog(record, self, save_contact=self.edits.save_contact)
        dialog.contact_saved.connect(self._on_dialog_contact_saved)
        return self.open_dialog(dialog)

    @Slot(int)
    def _on_dialog_contact_saved(self, contact_id: int) -> None:
        self.select_contact(contact_id)

    # Duplicates ----------------------------------------------------------------
    @Slot()
    def find_duplicates(self) -> MergeDialog | None:
        """Step through every group of duplicates found, merging or skipping each."""
        groups = run_with_progress(
            self, translate("ContactsView", "Looking for duplicates…"), merge.find_duplicates
        )
        if not groups:
            self.inform(
                translate(
                    "ContactsView",
                    "No duplicates found: no shared emails, LinkedIn profiles or "
                    "near-identical names at the same company.",
                )
            )
            return None
        return self.open_merge(groups)

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected_contact_ids()
        if len(ids) < 2:
            return None
        return self.open_merge(
            [merge.DuplicateGroup(tuple(ids), translate("ContactsView", "picked by you"))]
        )

    def open_merge(self, groups: list[merge.DuplicateGroup]) -> MergeDialog:
        dialog = MergeDialog(groups, self.edits.merge_group, self)
        dialog.open()
        self.merge_dialog = dialog
        return dialog

    # Smart lists ---------------------------------------------------------------
    @Slot()
    def save_smart_list(self) -> None:
        criteria = self.model.criteria
        name, ok = self.ask_text(
            translate("ContactsView", "Save smart list"),
            translate("ContactsView", "Name:"),
            criteria.describe(),
        )
        if not ok:
            return
        if self.run(smart_lists.save_smart_list, name, criteria) is not None:
            self._refresh_sidebar()

    def delete_smart_list(self, smart_list_id: int) -> None:
        if self.confirm(
            translate("ContactsView", "Delete smart list"),
            translate("ContactsView", "Delete this smart list? Contacts stay."),
            translate("ContactsView", "Delete"),
        ):
            smart_lists.delete_smart_list(smart_list_id)
            self._refresh_sidebar()

    # Prompts (tests replace these; inform and confirm come from PageActions) -----
    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
