"""Small widget builders shared by the pages, so every list looks and behaves alike."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
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


def cancel_and_primary(
    dialog: QDialog, text: str, on_click: Callable[[], None]
) -> tuple[QPushButton, QPushButton]:
    """A dialog's Cancel (rejects it) and its main button *text* (stands out, and
    Enter presses it), for a footer the dialog lays out itself."""
    cancel = QPushButton("Cancel")
    cancel.clicked.connect(dialog.reject)
    primary = QPushButton(text)
    primary.setObjectName("primary")
    primary.setDefault(True)
    primary.clicked.connect(on_click)
    return cancel, primary


def select_row(table: QTableView, index: QModelIndex) -> None:
    """Make *index*'s row the current, only selection and scroll it into view."""
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
