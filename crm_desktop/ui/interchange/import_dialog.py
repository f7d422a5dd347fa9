"""File ▸ Import…: choose a file, say what each column holds (other CSVs only),
see what will happen, then import it as one undoable step.

Pages: the file → its columns (Other CSV) → the preview (or, for a Giveback
full export, the restore page) → progress → done. Reading, planning and
importing run in a worker thread, so the window never freezes; nothing changes
before the user presses Import, and a cancelled or failed import changes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.interchange import apply, encoding, generic_csv, json_backup, readers
from crm_desktop.services.interchange.plan import ImportPlan, PlanItem, plan_import
from crm_desktop.services.interchange.records import IMPORT_FORMATS, ParsedFile
from crm_desktop.services.text import plural
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.widgets import list_table, plain_label, plain_tooltip
from crm_desktop.ui.common.workers import WorkerRunner

FILTERS = (
    "Contacts files (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;"
    "Giveback full export (*.json);;All files (*)"
)
PAGE_FILE, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESTORE, PAGE_PROGRESS, PAGE_DONE = range(6)
COL_NAME, COL_COMPANY, COL_EMAIL, COL_WHAT = range(4)
HEADERS = ("Name", "Company", "Email", "What happens")
WIDTHS = (210, 170, 220)
SHOW = {
    "all": "All rows",
    "new": "New contacts",
    "match": "Matches with existing contacts",
    "unchanged": "Already in Giveback, unchanged",
}
SAMPLE_ROWS = 5
MAX_COLUMNS = 100  # a mapping row per column; beyond this, columns are left out
MAX_CELL = 120  # characters of a cell shown in the column and sample tables
STATS = {  # the preview's four numbers: (caption for one, for many)
    "new": ("new contact", "new contacts"),
    "match": ("matches an existing contact", "match existing contacts"),
    "unchanged": ("already in Giveback", "already in Giveback"),
    "problems": ("row can't be read", "rows can't be read"),
}
SAMPLE_HEADERS = ("Name", "Company", "Title", "Email", "Phone", "Also")
GREEN, GREY = QColor("#1d5e3b"), QColor("#6b7280")
_Index = QModelIndex | QPersistentModelIndex


def _kind(item: PlanItem) -> str:
    """ "new", "match" (something to merge) or "unchanged" (matches, nothing new)."""
    if item.match_id is None:
        return "new"
    return "match" if item.changes else "unchanged"


def _short(text: str) -> str:
    """A cell as a table shows it: one line, and not a whole book."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _first(item: PlanItem, kind: str) -> str:
    return next((m.value for m in item.contact.methods if m.kind == kind), "")


def _target(item: PlanItem) -> str:
    """ " → Ada King (Engines)" when the match is not obviously the same row's person."""
    person = item.contact
    own = f"{person.full_name} ({person.company})" if person.company else person.full_name
    return "" if item.match_label == own else f" → {item.match_label}"


class PlanModel(QAbstractTableModel):
    """The plan's rows for the preview: strings made once, the action read live,
    and a window of rows for the "Show" filter (no per-cell work on big files)."""

    actions_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[PlanItem] = []
        self._cells: list[tuple[str, str, str]] = []
        self._kinds: list[str] = []
        self._rows: list[int] = []  # indexes into _items that the filter shows

    def set_plan(self, plan: ImportPlan) -> None:
        self.beginResetModel()
        self._items = plan.items
        self._cells = [
            (_short(i.contact.full_name), _short(i.contact.company), _short(_first(i, "email")))
            for i in plan.items
        ]
        self._kinds = [_kind(i) for i in plan.items]
        self._rows = list(range(len(plan.items)))
        self.endResetModel()

    def set_filter(self, kind: str) -> None:
        self.beginResetModel()
        self._rows = [n for n, k in enumerate(self._kinds) if kind in ("all", k)]
        self.endResetModel()

    def item(self, row: int) -> PlanItem:
        return self._items[self._rows[row]]

    def counts(self) -> dict[str, int]:
        """How many rows will be added, merged and skipped, and how many are unchanged."""
        counts = {"new": 0, "merge": 0, "skip": 0, "unchanged": 0}
        for item, kind in zip(self._items, self._kinds, strict=True):
            key = "unchanged" if kind == "unchanged" else item.action
            counts[key] = counts.get(key, 0) + 1
        return counts

    def kind_count(self, kind: str) -> int:
        return self._kinds.count(kind)

    def set_all_matches(self, action: str) -> None:
        """Merge or skip every match at once ("Merge all" / "Skip all")."""
        for item, kind in zip(self._items, self._kinds, strict=True):
            if kind == "match":
                item.action = action
        self._changed_all()

    def _changed_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_WHAT))
        self.actions_changed.emit()

    @staticmethod
    def _what(item: PlanItem, kind: str) -> str:
        if kind == "unchanged":
            return f"Unchanged, already in Giveback{_target(item)}"
        if item.action == "skip":
            return f"Skip, leave as it is{_target(item)}" if kind == "match" else "Skip"
        if kind == "match":
            return f"Merge ({item.match_reason}){_target(item)}"
        return "New contact"

    @staticmethod
    def _details(item: PlanItem, kind: str) -> str:
        if kind == "new":
            return ""
        found = f"Matches {item.match_label} ({item.match_reason})."
        if kind == "unchanged":
            return f"{found}\nThe file adds nothing new to this contact."
        return f"{found}\nA merge adds: " + "; ".join(item.changes)

    # Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_NAME and self._kinds[self._rows[index.row()]] != "unchanged":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        n = self._rows[index.row()]
        column, item, kind = index.column(), self._items[n], self._kinds[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._what(item, kind) if column == COL_WHAT else self._cells[n][column]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME and kind != "unchanged":
            skip = item.action == "skip"
            return Qt.CheckState.Unchecked if skip else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_WHAT:
            if kind == "unchanged" or item.action == "skip":
                return QBrush(GREY)
            return QBrush(GREEN) if kind == "new" else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHAT:
            return plain_tooltip(*self._details(item, kind).split("\n"))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_NAME:
            return False
        n = self._rows[index.row()]
        kind = self._kinds[n]
        if kind == "unchanged":
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._items[n].action = ("merge" if kind == "match" else "new") if checked else "skip"
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_WHAT))
        self.actions_changed.emit()
        return True


class ImportCommand(QUndoCommand):
    """A whole import as one step on the undo stack: undo removes what it added and
    puts merged contacts back; redo brings it back. It has already run when pushed."""

    def __init__(self, text: str, undo: apply.ImportUndo):
        super().__init__(text)
        self._undo = undo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        with _waiting(f"Redoing: {self.text()}…"):
            self._undo.redo()

    def undo(self) -> None:
        with _waiting(f"Undoing: {self.text()}…"):
            self._undo.undo()


@contextmanager
def _waiting(message: str) -> Iterator[None]:
    """A wait cursor and a status-bar note while a big import is undone or redone on
    the window's thread (seconds at tens of thousands of rows); always put back."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    window = QApplication.activeWindow()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message)
        window.statusBar().repaint()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if isinstance(window, QMainWindow):
            window.statusBar().clearMessage()


def _downloads_or_home() -> str:
    """Where exports usually land; home when there is no Downloads folder (the file
    chooser would otherwise offer "Downloads" as the file name)."""
    for where in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            return folder
    return ""


class ImportDialog(QDialog):
    """The import, page by page. ``imported(ids)`` says which contacts it added or
    merged into, once they are in the database and on the undo stack."""

    imported = Signal(list)
    restored = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, path=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.detected: str | None = None
        self.plan: ImportPlan | None = None
        self.headers: list[str] = []
        self.samples: list[list[str]] = []
        self.result = None
        self._before = None
        self._restore_allowed = False
        self.setWindowTitle("Import contacts")
        self.setMinimumSize(820, 560)
        self.resize(980, 660)

        self.pages = QStackedWidget()
        for build in (
            self._build_file_page,
            self._build_columns_page,
            self._build_preview_page,
            self._build_restore_page,
            self._build_progress_page,
            self._build_done_page,
        ):
            self.pages.addWidget(build())
        self.runner = WorkerRunner(self, self.progress_bar)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_label = plain_label("muted")
        self.plan_summary = plain_label()
        self.error_label = plain_label("formError", wrap=True)
        self.back_button = QPushButton("Back")
        self.back_button.clicked.connect(self._on_back_clicked)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.next_button = QPushButton("Next")
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._on_next_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.busy_bar)
        footer.addWidget(self.busy_label, 1)
        footer.addWidget(self.plan_summary)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        self._set_busy("")
        self.error_label.hide()
        self._show_page(PAGE_FILE)
        if path:
            self.set_file(path)

    # Pages -------------------------------------------------------------------------------
    def _page(self, title: str, intro: str = "") -> tuple[QWidget, QVBoxLayout, QLabel]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = plain_label("paneTitle")
        heading.setText(title)
        layout.addWidget(heading)
        if intro:
            text = plain_label("muted", wrap=True)
            text.setText(intro)
            layout.addWidget(text)
        layout.addSpacing(6)
        return page, layout, heading

    def _build_file_page(self) -> QWidget:
        page, layout, _heading = self._page(
            "Import contacts",
            "Giveback reads vCard files (.vcf) from phones, Google, Apple and Outlook, "
            "LinkedIn's Connections.csv, Google Contacts CSV, any other CSV, and its own full "
            "export (.json). You see what will happen before anything changes.",
        )
        self.choose_button = QPushButton("Choose a file…")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = plain_label(wrap=True)
        self.file_label.setText("No file chosen yet. You can also drop a file on the window.")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.format_combo = QComboBox()
        for key, label in IMPORT_FORMATS.items():
            self.format_combo.addItem(label, key)
        self.format_combo.setEnabled(False)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.format_note = plain_label("muted", wrap=True)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow("File:", file_row)
        form.addRow("Read it as:", self.format_combo)
        form.addRow("", self.format_note)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_columns_page(self) -> QWidget:
        page, layout, _heading = self._page(
            "What does each column hold?",
            "Giveback guessed from the column names; fix any guess it got wrong. Columns you "
            "set to ignore are left out. The rows below show how the file will read.",
        )
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            ("Column in the file", "Examples", "Goes into")
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.verticalHeader().setDefaultSectionSize(32)
        self.mapping_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.mapping_table.setWordWrap(False)
        self.mapping_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.setColumnWidth(0, 200)
        self.mapping_table.setColumnWidth(2, 220)
        self.mapping_combos: list[QComboBox] = []
        sample_title = plain_label("sectionTitle")
        sample_title.setText("How the first rows will read")
        self.sample_table = QTableWidget(0, len(SAMPLE_HEADERS))
        self.sample_table.setHorizontalHeaderLabels(SAMPLE_HEADERS)
        self.sample_table.verticalHeader().setVisible(False)
        self.sample_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample_table.setWordWrap(False)
        self.sample_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sample_table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((170, 140, 130, 190, 120)):
            self.sample_table.setColumnWidth(column, width)
        self.sample_table.setFixedHeight(34 + 28 * SAMPLE_ROWS)
        self.sample_note = plain_label("formError", wrap=True)
        self.columns_note = plain_label("muted", wrap=True)
        layout.addWidget(self.columns_note)
        layout.addWidget(self.mapping_table, 1)
        layout.addSpacing(6)
        layout.addWidget(sample_title)
        layout.addWidget(self.sample_table)
        layout.addWidget(self.sample_note)
        return page

    def _build_preview_page(self) -> QWidget:
        page, layout, self.preview_heading = self._page("Check before importing")
        self.stat_labels: dict[str, QLabel] = {}
        self.stat_captions: dict[str, QLabel] = {}
        stats = QHBoxLayout()
        for key in STATS:
            stats.addWidget(self._stat_box(key))
        stats.addStretch(1)
        layout.addLayout(stats)

        self.show_combo = QComboBox()
        for key, label in SHOW.items():
            self.show_combo.addItem(label, key)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.merge_all_button = QPushButton("Merge all matches")
        self.merge_all_button.clicked.connect(lambda: self.model.set_all_matches("merge"))
        self.skip_all_button = QPushButton("Skip all matches")
        self.skip_all_button.clicked.connect(lambda: self.model.set_all_matches("skip"))
        row = QHBoxLayout()
        row.addWidget(QLabel("Show:"))
        row.addWidget(self.show_combo)
        row.addStretch(1)
        row.addWidget(self.merge_all_button)
        row.addWidget(self.skip_all_button)
        layout.addLayout(row)

        self.model = PlanModel(self)
        self.model.actions_changed.connect(self._update_plan_summary)
        self.table = list_table(self.model, WIDTHS)
        self.table.setEditTriggers(self.table.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        hint = plain_label("muted", wrap=True)
        hint.setText(
            "Untick a row to leave it out. A merge fills in what the existing contact lacks "
            "(emails, phones, links, tags, empty fields) and never overwrites what you have."
        )
        layout.addWidget(hint)

        # What cannot be read, then what was read with a change; each list scrolls, so
        # a file with a thousand odd rows does not push the table off the dialog.
        self.problems_title = plain_label("sectionTitle")
        self.problems_text = QPlainTextEdit()
        self.problems_text.setReadOnly(True)
        self.notices_title = plain_label("sectionTitle")
        self.notices_title.setText("Read with a change:")
        self.notices_text = QPlainTextEdit()
        self.notices_text.setReadOnly(True)
        for widget in (
            self.problems_title,
            self.problems_text,
            self.notices_title,
            self.notices_text,
        ):
            layout.addWidget(widget)
        return page

    def _stat_box(self, key: str) -> QFrame:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        number = plain_label()
        font = QFont(number.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        number.setFont(font)
        text = plain_label("muted")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(14, 6, 14, 8)
        inner.setSpacing(0)
        inner.addWidget(number)
        inner.addWidget(text)
        self.stat_labels[key] = number
        self.stat_captions[key] = text
        return box

    def _set_stat(self, key: str, count: int) -> None:
        one, many = STATS[key]
        self.stat_labels[key].setText(f"{count:,}")
        self.stat_captions[key].setText(one if count == 1 else many)

    def _build_restore_page(self) -> QWidget:
        page, layout, _heading = self._page("Restore a full Giveback export")
        self.restore_text = plain_label(wrap=True)
        layout.addWidget(self.restore_text)
        layout.addStretch(1)
        return page

    def _build_progress_page(self) -> QWidget:
        page, layout, self.progress_heading = self._page("Importing…")
        self.progress_label = plain_label(wrap=True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(2)
        return page

    def _build_done_page(self) -> QWidget:
        page, layout, self.done_heading = self._page("")
        self.done_text = plain_label(wrap=True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.error_label.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.runner.busy
        self.plan_summary.setVisible(page == PAGE_PREVIEW)
        self.back_button.setVisible(page in (PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESTORE))
        self.back_button.setEnabled(not busy)
        self.cancel_button.setVisible(page != PAGE_DONE)
        self.cancel_button.setText("Cancel import" if page == PAGE_PROGRESS else "Cancel")
        self.next_button.setVisible(page != PAGE_PROGRESS)
        texts = {PAGE_PREVIEW: "Import", PAGE_RESTORE: "Restore", PAGE_DONE: "Close"}
        self.next_button.setText(texts.get(page, "Next"))
        if page == PAGE_FILE:
            ready = self.path is not None and self.format_combo.isEnabled()
        elif page == PAGE_PREVIEW:
            counts = self.model.counts()
            ready = counts["new"] + counts["merge"] > 0
        elif page == PAGE_RESTORE:
            ready = self._restore_allowed
        else:
            ready = True
        self.next_button.setEnabled(ready and not busy)
        self.choose_button.setEnabled(not busy)

    # Step 1: the file ----------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else _downloads_or_home()
        chosen = prompts.ask_open_path(self, "Import contacts", start, FILTERS)
        if chosen:
            self.set_file(chosen)

    def set_file(self, path) -> None:
        """Take *path* (chosen, dropped or given) and find out what kind of file it is."""
        self.path = Path(path)
        self.plan = None
        self.setWindowTitle(f"Import contacts from {self.path.name}")
        self.file_label.setText(f"{self.path.name}\nin {self.path.parent}")
        self.format_combo.setEnabled(False)
        self.format_note.setText("")
        self._show_page(PAGE_FILE)
        path = self.path
        self._start(
            lambda _report, _cancelled: readers.detect_format(path),
            f"Looking at {path.name}…",
            self._on_detected,
            self._on_detect_failed,
        )

    def _on_detected(self, key: str) -> None:
        self.detected = key
        self.format_combo.setEnabled(True)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(key)))
        self._on_format_combo_changed()
        self._update_buttons()
        self.next_button.setFocus()

    def _on_detect_failed(self, message: str) -> None:
        """Say why, and let the user pick the format if they know better."""
        self.detected = None
        self.format_combo.setEnabled(True)
        self.format_note.setText("Choose the format if you know what this file is.")
        self._on_read_failed(message)

    @Slot()
    def _on_format_combo_changed(self, _index: int = 0) -> None:
        chosen = self.format_combo.currentData()
        if self.detected is None:
            return
        if chosen == self.detected:
            self.format_note.setText(f"It looks like a {IMPORT_FORMATS[chosen]} file.")
        else:
            self.format_note.setText(
                f"It looked like a {IMPORT_FORMATS[self.detected]} file; Giveback will read "
                f"it as {IMPORT_FORMATS[chosen]}."
            )

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def _read_plan(self, mapping: list[str] | None = None) -> None:
        """Read the whole file and work out what importing it would do, off the UI thread."""
        path, fmt = self.path, self.format

        def task(_report, _cancelled) -> ImportPlan:
            parsed = readers.read_file(path, fmt, mapping)
            return plan_import(parsed, path.name)

        self._start(task, f"Reading {path.name}…", self._on_plan_ready, self._on_read_failed)

    def _read_columns(self) -> None:
        path = self.path

        def task(_report, _cancelled):
            headers, rows = generic_csv.csv_preview(encoding.read_text(path), rows=SAMPLE_ROWS)
            return headers, rows, generic_csv.guess_mapping(headers)

        self._start(task, f"Reading {path.name}…", self._on_columns_ready, self._on_read_failed)

    def _on_read_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._update_buttons()

    # Step 2: the columns of another CSV ------------------------------------------------------
    def _on_columns_ready(self, found) -> None:
        self.headers, self.samples, guessed = found
        if not self.headers:
            self._on_read_failed(f"{self.path.name} has no columns to import.")
            return
        table = self.mapping_table
        shown = self.headers[:MAX_COLUMNS]
        table.setRowCount(len(shown))
        self.mapping_combos = []
        for row, header in enumerate(shown):
            table.setItem(row, 0, QTableWidgetItem(_short(header)))
            examples = [_short(r[row]) for r in self.samples if row < len(r) and r[row].strip()]
            table.setItem(row, 1, QTableWidgetItem("  ·  ".join(examples[:3])))
            combo = QComboBox()
            for key, label in generic_csv.FIELDS.items():
                combo.addItem(label, key)
            guess = guessed[row] if row < len(guessed) else ""
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._update_sample_preview)
            table.setCellWidget(row, 2, combo)
            self.mapping_combos.append(combo)
        extra = len(self.headers) - len(shown)
        self.columns_note.setText(
            f"This file has {len(self.headers):,} columns: the first {MAX_COLUMNS} are listed, "
            f"and the other {extra:,} are left out."
        )
        self.columns_note.setVisible(extra > 0)
        self._update_sample_preview()
        self._show_page(PAGE_COLUMNS)

    def mapping(self) -> list[str]:
        """One field per column of the file; columns past the listed ones are ignored."""
        chosen = [combo.currentData() for combo in self.mapping_combos]
        return chosen + [""] * (len(self.headers) - len(chosen))

    @Slot()
    def _update_sample_preview(self, _index: int = 0) -> None:
        """Read the sample rows with the mapping as it stands (a handful of rows: instant)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(self.headers)
        writer.writerows(self.samples)
        parsed: ParsedFile = generic_csv.read_csv(buffer.getvalue(), self.mapping())
        self.sample_table.setRowCount(len(parsed.contacts))
        for row, person in enumerate(parsed.contacts):
            also = [person.location, ", ".join(person.tags), person.notes.replace("\n", " ")]
            cells = (
                person.full_name,
                person.company,
                person.title,
                next((m.value for m in person.methods if m.kind == "email"), ""),
                next((m.value for m in person.methods if m.kind == "phone"), ""),
                " · ".join(a for a in also if a),
            )
            for column, text in enumerate(cells):
                self.sample_table.setItem(row, column, QTableWidgetItem(_short(text)))
        notes = [str(p) for p in parsed.problems]
        if self.samples and not parsed.contacts:
            notes.insert(
                0, "None of these rows has a name yet: choose the column that holds names."
            )
        self.sample_note.setText("\n".join(notes))
        self.sample_note.setVisible(bool(notes))

    # Step 3: the preview ----------------------------------------------------------------------
    def _on_plan_ready(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.show_combo.setCurrentIndex(0)
        name = self.path.name
        self.preview_heading.setText(f"{name}: {plural(len(plan.items), 'contact')}")
        for key in ("new", "match", "unchanged"):
            self._set_stat(key, self.model.kind_count(key))
        self._set_stat("problems", len(plan.problems))
        matches = self.model.kind_count("match") > 0
        self.merge_all_button.setEnabled(matches)
        self.skip_all_button.setEnabled(matches)
        problems = plan.problems
        self.problems_title.setText(
            f"{plural(len(problems), 'row')} can't be read and will be left out:"
        )
        self._fill_list(self.problems_title, self.problems_text, [str(p) for p in problems])
        self._fill_list(self.notices_title, self.notices_text, plan.notices)
        self._show_page(PAGE_PREVIEW)
        self._update_plan_summary()

    def _fill_list(self, title: QLabel, box: QPlainTextEdit, lines: list[str]) -> None:
        """Show *lines* in *box* (hidden with its title when empty), up to 4 lines high."""
        box.setPlainText("\n".join(lines))
        shown = min(max(len(lines), 1), 4)
        box.setFixedHeight(shown * self.fontMetrics().lineSpacing() + 14)
        title.setVisible(bool(lines))
        box.setVisible(bool(lines))

    @Slot()
    def _on_show_combo_changed(self, _index: int = 0) -> None:
        self.model.set_filter(self.show_combo.currentData())

    @Slot()
    def _update_plan_summary(self) -> None:
        counts = self.model.counts()
        if counts["new"] + counts["merge"] == 0:
            self.plan_summary.setText("Nothing to import: every row is skipped or already here.")
        else:
            parts = [f"add {plural(counts['new'], 'new contact')}"]
            if counts["merge"]:
                parts.append(f"merge {counts['merge']:,} into existing contacts")
            if counts["skip"]:
                parts.append(f"skip {counts['skip']:,}")
            self.plan_summary.setText("Import will " + ", ".join(parts) + ".")
        self._update_buttons()

    # Step 4: import ------------------------------------------------------------------------
    def start_import(self) -> None:
        """Snapshot what the import may change (for Undo), then import in the worker."""
        plan = self.plan
        try:
            self._before = contacts.snapshot(plan.matched_ids())
        except GivebackError as err:
            self._on_read_failed(str(err))
            return
        counts = self.model.counts()
        self._run_with_progress(
            "Importing…",
            f"Importing {plural(counts['new'] + counts['merge'], 'contact')} from "
            f"{self.path.name}. Cancel stops it and changes nothing.",
            lambda report, cancelled: apply.apply_import(plan, report, cancelled),
            self._on_imported,
        )

    def _run_with_progress(self, heading: str, text: str, task, on_success) -> None:
        """The import or the restore, on the progress page; Cancel stops it."""
        self.progress_heading.setText(heading)
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self._show_page(PAGE_PROGRESS)
        self._start(task, "", on_success, self._on_import_failed, self._on_import_cancelled)

    def _on_imported(self, result) -> None:
        self.result = result
        created, merged = list(result.created_ids), list(result.merged_ids)
        changed = len(created) + len(merged)
        if changed:
            text = f"Import {plural(changed, 'contact')} from {self.path.name}"
            self.undo_stack.push(ImportCommand(text, apply.ImportUndo.record(self._before, result)))
        self._before = None
        text = self._summary(result)
        if changed:
            text += "\n\nEdit ▸ Undo removes the whole import."
        if result.backup is not None:
            text += (
                " Giveback also kept a backup of your data from just before it "
                "(File ▸ Restore from Backup…)."
            )
        self._finish("Import finished", text)
        self.imported.emit(created + merged)

    @staticmethod
    def _summary(result) -> str:
        created, merged = len(result.created_ids), len(result.merged_ids)
        if not created and not merged:
            return "Nothing was imported: every row was skipped or already in Giveback."
        parts = [f"Imported {plural(created, 'new contact')}"]
        if merged:
            parts.append(f"merged {merged:,} into existing contacts")
        if result.skipped:
            parts.append(f"skipped {result.skipped:,}")
        text = ", ".join(parts) + "."
        if result.unchanged:
            text += (
                f" {plural(result.unchanged, 'contact was', 'contacts were')} already up to date."
            )
        return text

    def _on_import_failed(self, message: str) -> None:
        self._before = None
        if "nothing was changed" not in message.lower():
            message += "\n\nNothing was changed."
        self._finish("The import did not run", message)

    def _on_import_cancelled(self) -> None:
        self._before = None
        self._finish("Import cancelled", "Nothing was changed: no contact was added or merged.")

    def _finish(self, heading: str, text: str) -> None:
        self.done_heading.setText(heading)
        self.done_text.setText(text)
        self._show_page(PAGE_DONE)
        self.next_button.setFocus()

    # The full export (JSON) ------------------------------------------------------------------
    def _read_export(self) -> None:
        """Check the full export and count what it holds, off the UI thread."""
        path = self.path

        def task(_report, _cancelled) -> dict[str, int]:
            return json_backup.backup_counts(json_backup.read_backup(path))

        self._start(task, f"Reading {path.name}…", self._show_restore_page, self._on_read_failed)

    def _show_restore_page(self, counts: dict[str, int]) -> None:
        name = f"{self.path.name} is a full Giveback export of {json_backup.describe(counts)}."
        refusal = json_backup.restore_refusal()  # what restoring would say, before the click
        self._restore_allowed = refusal is None
        if refusal:
            self.restore_text.setText(
                f"{name}\n\n{refusal}\n\nTo bring back an earlier state of this database, "
                "use File ▸ Restore from Backup… instead."
            )
        else:
            self.restore_text.setText(
                f"{name}\n\nRestoring it brings all of it back into this empty database, "
                "exactly as it was when exported."
            )
        self._show_page(PAGE_RESTORE)

    def start_restore(self) -> None:
        path = self.path
        self._run_with_progress(
            "Restoring…",
            f"Restoring {path.name}. Cancel stops it and leaves the database empty.",
            lambda report, cancelled: json_backup.restore_json(path, report, cancelled),
            self._on_restored,
        )

    def _on_restored(self, counts: dict) -> None:
        self.undo_stack.clear()  # its steps name rows from before the restore
        self._finish(
            "Restore finished", f"Restored {json_backup.describe(counts)} from {self.path.name}."
        )
        self.restored.emit()

    # Navigation ------------------------------------------------------------------------------
    @Slot()
    def _on_next_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_FILE:
            if self.format == "json":
                self._read_export()
            elif self.format == "csv":
                self._read_columns()
            else:
                self._read_plan()
        elif page == PAGE_COLUMNS:
            self._read_plan(self.mapping())
        elif page == PAGE_PREVIEW:
            self.start_import()
        elif page == PAGE_RESTORE:
            self.start_restore()
        else:
            self.accept()

    @Slot()
    def _on_back_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_PREVIEW and self.format == "csv":
            self._show_page(PAGE_COLUMNS)
        else:
            self._show_page(PAGE_FILE)

    def reject(self) -> None:
        """Cancel: while importing, stop the import (nothing changes) and stay open to say so."""
        if self.runner.busy and self.pages.currentIndex() == PAGE_PROGRESS:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling… nothing will be changed.")
            return
        self._forget_worker()
        super().reject()

    # The worker ------------------------------------------------------------------------------
    def _start(self, task, busy_text, on_success, on_failure, on_cancel=None) -> None:
        self._forget_worker()
        self.error_label.hide()
        self.runner.start(
            task,
            self._after_work(on_success),
            self._after_work(on_failure),
            self._after_work(on_cancel),
        )
        self._set_busy(busy_text)
        self._update_buttons()

    def _after_work(self, handler):
        """*handler* for the worker's outcome, once the footer no longer says it is busy."""

        def run(*outcome) -> None:
            self._set_busy("")
            self.cancel_button.setEnabled(True)
            if handler is not None:
                handler(*outcome)
                self._update_buttons()

        return run

    def _forget_worker(self) -> None:
        """Stop listening to the current worker (it ends on its own; its result is dropped)."""
        self.runner.forget()
        self._set_busy("")

    def _set_busy(self, text: str) -> None:
        self.busy_bar.setVisible(bool(text))
        self.busy_label.setText(text)
