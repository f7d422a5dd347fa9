"""Step 2 of the import, for CSVs Giveback does not know: what each column holds,
with the first rows read as the mapping stands."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from crm_desktop.services.interchange import generic_csv
from crm_desktop.services.interchange.records import ParsedFile
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.interchange.import_dialog.page import Page, short

translate = QCoreApplication.translate

SAMPLE_ROWS = 5
MAX_COLUMNS = 100  # a mapping row per column; beyond this, columns are left out
SAMPLE_HEADERS = (
    QT_TRANSLATE_NOOP("ColumnsPage", "Name"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Company"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Title"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Email"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Phone"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Also"),
)
FIELD_LABELS = (  # generic_csv.FIELDS, for lupdate
    QT_TRANSLATE_NOOP("ColumnsPage", "(ignore this column)"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Full name"),
    QT_TRANSLATE_NOOP("ColumnsPage", "First name"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Middle name"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Last name"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Email"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Phone"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Company"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Job title"),
    QT_TRANSLATE_NOOP("ColumnsPage", "LinkedIn profile"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Website"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Location"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Birthday"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Tags"),
    QT_TRANSLATE_NOOP("ColumnsPage", "How we met"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Notes"),
    QT_TRANSLATE_NOOP("ColumnsPage", "All emails (with labels)"),
    QT_TRANSLATE_NOOP("ColumnsPage", "All phones (with labels)"),
    QT_TRANSLATE_NOOP("ColumnsPage", "All links (with labels)"),
    QT_TRANSLATE_NOOP("ColumnsPage", "Notes, as “Column: value”"),
)


class ColumnsPage(Page):
    """A row per column of the file (name, examples, where it goes), and below, how
    the first rows of the file read with those choices."""

    def __init__(self):
        super().__init__(
            translate("ColumnsPage", "What does each column hold?"),
            translate(
                "ColumnsPage",
                "Giveback guessed from the column names; fix any guess it got wrong. Columns you "
                "set to ignore are left out. The rows below show how the file will read.",
            ),
        )
        self.headers: list[str] = []
        self.samples: list[list[str]] = []
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            (
                translate("ColumnsPage", "Column in the file"),
                translate("ColumnsPage", "Examples"),
                translate("ColumnsPage", "Goes into"),
            )
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
        sample_title.setText(translate("ColumnsPage", "How the first rows will read"))
        self.sample_table = QTableWidget(0, len(SAMPLE_HEADERS))
        self.sample_table.setHorizontalHeaderLabels(
            [translate("ColumnsPage", h) for h in SAMPLE_HEADERS]
        )
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
        self.body.addWidget(self.columns_note)
        self.body.addWidget(self.mapping_table, 1)
        self.body.addSpacing(6)
        self.body.addWidget(sample_title)
        self.body.addWidget(self.sample_table)
        self.body.addWidget(self.sample_note)

    def show_columns(
        self, headers: list[str], samples: list[list[str]], guessed: list[str]
    ) -> None:
        """List the file's columns (the first MAX_COLUMNS) with Giveback's guesses."""
        self.headers, self.samples = headers, samples
        table = self.mapping_table
        shown = headers[:MAX_COLUMNS]
        table.setRowCount(len(shown))
        self.mapping_combos = []
        for row, header in enumerate(shown):
            table.setItem(row, 0, QTableWidgetItem(short(header)))
            examples = [short(r[row]) for r in samples if row < len(r) and r[row].strip()]
            table.setItem(row, 1, QTableWidgetItem("  ·  ".join(examples[:3])))
            combo = QComboBox()
            combo.setAccessibleName(
                translate("ColumnsPage", "What “{column}” holds").format(column=short(header))
            )
            for key, label in generic_csv.FIELDS.items():
                combo.addItem(translate("ColumnsPage", label), key)
            guess = guessed[row] if row < len(guessed) else ""
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._update_sample_preview)
            table.setCellWidget(row, 2, combo)
            self.mapping_combos.append(combo)
        extra = len(headers) - len(shown)
        self.columns_note.setText(
            translate(
                "ColumnsPage",
                "This file has {count} columns: the first {listed} are listed, "
                "and the other {extra} are left out.",
            ).format(count=number(len(headers)), listed=MAX_COLUMNS, extra=number(extra))
        )
        self.columns_note.setVisible(extra > 0)
        self._update_sample_preview()

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
                self.sample_table.setItem(row, column, QTableWidgetItem(short(text)))
        notes = [str(p) for p in parsed.problems]
        if self.samples and not parsed.contacts:
            notes.insert(
                0,
                translate(
                    "ColumnsPage",
                    "None of these rows has a name yet: choose the column that holds names.",
                ),
            )
        self.sample_note.setText("\n".join(notes))
        self.sample_note.setVisible(bool(notes))
