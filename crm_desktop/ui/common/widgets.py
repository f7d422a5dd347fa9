"""Small widget builders shared by the pages, so every list looks and behaves alike."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
)

ROW_HEIGHT = 28


def list_table(model: QAbstractItemModel, widths: Iterable[int]) -> QTableView:
    """A read-only, single-selection table of whole rows with fixed row heights
    (a resize-to-contents header costs seconds on big lists)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(60)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def plain_tooltip(*lines: str) -> str:
    """A tooltip that shows *lines* exactly as typed, even if they look like HTML (Qt
    guesses rich text from a tooltip's content); "" (no tooltip) when every line is empty."""
    body = "<br>".join(html.escape(line) for line in lines if line)
    return f"<p style='white-space:pre-wrap'>{body}</p>" if body else ""


def plain_label(object_name: str = "", wrap: bool = False) -> QLabel:
    """A label that shows text exactly as given, never as rich text."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def save_cancel_layout(dialog, body) -> tuple[QLabel, QDialogButtonBox]:
    """Lay out a form dialog: *body* (a layout or a widget), a hidden line for
    what went wrong (plain text), and Save / Cancel. Save calls ``dialog.save()``,
    which keeps the dialog open on a refusal so nothing typed is lost."""
    error = plain_label("formError", wrap=True)
    error.hide()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if isinstance(body, QLayout):
        layout.addLayout(body)
    else:
        layout.addWidget(body)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error, buttons


def select_row(table: QTableView, index: QModelIndex) -> None:
    """Make *index*'s row the current, only selection and scroll it into view."""
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def add_rows_to_selection(table: QTableView, rows: Iterable[int]) -> None:
    """Select *rows* as well, as one selection of runs of consecutive rows: a row at a
    time costs a selection signal each, which took a minute with 1,500 people selected."""
    model = table.model()
    runs = QItemSelection()
    for start, end in _runs(sorted(rows)):
        runs.select(model.index(start, 0), model.index(end, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(runs, flags)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
