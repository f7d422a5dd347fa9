"""Small widget builders shared by the pages, so every list looks and behaves alike."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from crm_desktop.services import text
from crm_desktop.ui.common import service_text

translate = QCoreApplication.translate

ROW_HEIGHT = 28
_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def list_table(model: QAbstractItemModel, widths: Iterable[int], name: str = "") -> QTableView:
    """A read-only, single-selection table of whole rows with fixed row heights
    (a resize-to-contents header costs seconds on big lists). Arrow keys move in it;
    Tab leaves it for the next field, as everywhere else."""
    table = QTableView()
    table.setAccessibleName(name)  # what a screen reader calls it
    table.setModel(model)
    table.setTabKeyNavigation(False)
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


def focus_shortcut(
    key: QKeySequence | str,
    widget: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
) -> QShortcut:
    """A key that runs *slot* only while *widget* has the focus (or, with *context*, one of
    its children). PySide6 drops a context passed to QShortcut together with a slot, and
    the shortcut then fires anywhere in the window: Enter in a line edit beside the list
    ran the list's Enter as well."""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes through *widgets* in this order (widgets made later, e.g. for the rows
    of a file, would otherwise come last, after the dialog's buttons)."""
    widgets = list(widgets)
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)


def tab_order_after(anchor: QWidget, widgets: Iterable[QWidget]) -> None:
    """Tab reaches *widgets* right after *anchor*, even when the anchor itself takes no
    focus (a title): widgets made later, like the rows of a list filled in as data
    comes, would otherwise come after everything else on the window."""
    widgets = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    if not widgets:
        return
    policy = anchor.focusPolicy()
    anchor.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # setTabOrder passes over NoFocus
    tab_order([anchor, *widgets])
    anchor.setFocusPolicy(policy)


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


def choice_combo(choices: dict[str, str], none_label: str = "—") -> QComboBox:
    """A drop-down of *choices* (key: label) after a first entry for none, whose key is ""."""
    combo = QComboBox()
    combo.addItem(none_label, "")
    for key, label in choices.items():
        combo.addItem(service_text.label(label), key)
    return combo


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def show_dates_as_text_does(edit: QDateTimeEdit, weekday: bool = False) -> None:
    """The date in *edit* written as ``text.show_date`` writes it everywhere else (in the
    same order, with the same English month names), with the time for a QDateTimeEdit."""
    month_first = text.date_order() == text.MONTH_DAY_YEAR
    pattern = "MMM d, yyyy" if month_first else "dd MMM yyyy"
    if weekday:
        pattern = ("ddd, " if month_first else "ddd ") + pattern
    if not isinstance(edit, QDateEdit):
        pattern += ", HH:mm"
    edit.setLocale(_ENGLISH)
    edit.setDisplayFormat(pattern)


def optional_date_edit(earliest: QDate) -> QDateEdit:
    """A date that may be left empty: its earliest day stands for none and reads "none"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    show_dates_as_text_does(edit)
    edit.setMinimumDate(earliest)
    edit.setSpecialValueText(translate("common.widgets", "none"))
    edit.setDate(earliest)
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    """The day in an :func:`optional_date_edit`, or None when it reads "none"."""
    value = edit.date()
    return None if value == edit.minimumDate() else from_qdate(value)


def set_optional_date(edit: QDateEdit, day: dt.date | None) -> None:
    edit.setDate(to_qdate(day) if day else edit.minimumDate())


def cancel_and_primary(
    dialog: QDialog, text: str, on_click: Callable[[], None]
) -> tuple[QPushButton, QPushButton]:
    """A dialog's Cancel (rejects it) and its main button *text* (stands out, and
    Enter presses it), for a footer the dialog lays out itself."""
    cancel = QPushButton(translate("common.widgets", "Cancel"))
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
