"""A page with a list of records on the left and the selected one's details on the right:
the meetings and insights pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.common.layouts import FlowLayout, fill
from crm_desktop.ui.common.lookup import record_or_none
from crm_desktop.ui.common.page_actions import PageActions
from crm_desktop.ui.common.table_model import RecordTableModel
from crm_desktop.ui.common.widgets import list_table, plain_label, select_row

translate = QCoreApplication.translate


class ListDetailsPage(PageActions, QWidget):
    """The list (a table over *model*, with a bar above it and a line for when it is
    empty), and the selected record's title, subtitle, buttons and details.

    A page builds its own bar and details, adds its buttons with ``add_record_button``,
    then calls ``lay_out``. It says how to read, show, edit and delete one record
    (``get_record``, ``show_details``, ``edit_selected``, ``delete_question``,
    ``delete_record``) and what the empty list says (``empty_text``). The list is read
    when the page is first shown (a hidden page costs nothing at start-up), and again
    by ``reload``."""

    KEY_COLUMN = 0  # the cell made current when a record is selected

    def __init__(
        self, model: RecordTableModel, widths: tuple[int, ...], parent=None, name: str = ""
    ):
        super().__init__(parent)
        model.setParent(self)
        self.model = model
        self.table = list_table(model, widths, name)  # name: what a screen reader calls it
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_label = plain_label("muted", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.title = plain_label("paneTitle", wrap=True)
        self.subtitle = plain_label("muted", wrap=True)
        self.edit_button = QPushButton(translate("ListDetailsPage", "Edit…"))
        self.delete_button = QPushButton(translate("ListDetailsPage", "Delete…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        # Buttons that act on the selected record: enabled only while one is shown.
        self.record_buttons = [self.edit_button, self.delete_button]
        self._stale = True

    def add_record_button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        """A button between Edit… and Delete… that acts on the selected record."""
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.record_buttons.append(button)
        return button

    def lay_out(self, bar: QLayout, sizes: tuple[int, int]) -> QVBoxLayout:
        """Place *bar* above the list and split the page at *sizes*; returns the details
        column, where the page adds what it shows below the buttons."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 0, 12)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        buttons = FlowLayout()  # wraps onto a second line when the pane is narrow
        for button in self.record_buttons:
            if button is not self.delete_button:
                buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        right = QWidget()
        details = QVBoxLayout(right)
        details.setContentsMargins(16, 12, 12, 12)
        details.addWidget(self.title)
        details.addWidget(self.subtitle)
        details.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes(list(sizes))
        fill(self, splitter)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        return details

    # What a page says -------------------------------------------------------------
    def get_record(self, record_id: int) -> Any:
        """The whole record behind *record_id*, from its service (NotFound when gone)."""
        raise NotImplementedError

    def show_details(self, record: Any | None) -> None:
        """Show *record* in the details pane (None: nothing selected)."""
        raise NotImplementedError

    def empty_text(self, has_rows: bool) -> str:
        """What the line under the list says; "" hides it."""
        return ""

    @Slot()
    def edit_selected(self) -> QDialog | None:
        raise NotImplementedError

    def delete_question(self, record: Any) -> tuple[str, str]:
        """The title and question asked before *record* is deleted."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> None:
        raise NotImplementedError

    # Loading ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the list again, keeping the selected record when it is still there."""
        self._stale = False
        keep = self.current_id()
        self.model.refresh()
        self.after_load(keep)

    def after_load(self, keep: int | None) -> None:
        """Say why the list is empty (or cut short), and select *keep*, else the first row."""
        has_rows = self.model.rowCount() > 0
        text = self.empty_text(has_rows)
        if text:
            self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        if keep is not None and self.select_record(keep):
            return
        if has_rows:
            self.table.selectRow(0)
        else:
            self.show_record(None)

    # Selection --------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def select_record(self, record_id: int) -> bool:
        """Make *record_id*'s row the selected one; False when it is not in the list."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        select_row(self.table, self.model.index(row, self.KEY_COLUMN))
        return True

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_record(self.model.record(current.row()).id if current.isValid() else None)

    def fetch(self, record_id: int | None) -> Any | None:
        """The record behind *record_id*, or None (none given, or deleted meanwhile)."""
        return record_or_none(self.get_record, record_id)

    def show_record(self, record_id: int | None) -> None:
        record = self.fetch(record_id)
        for button in self.record_buttons:
            button.setEnabled(record is not None)
        self.show_details(record)

    # Actions ----------------------------------------------------------------------
    @Slot()
    def delete_selected(self) -> bool:
        """Ask, then delete the selected record; True when it was deleted."""
        record_id = self.current_id()
        if record_id is None:
            return False
        title, question = self.delete_question(self.get_record(record_id))
        if not self.confirm(title, question, translate("ListDetailsPage", "Delete")):
            return False
        self.delete_record(record_id)
        return True
