"""The app's small forms: fields over a line that says what went wrong and Save / Cancel.

A refused save says why and keeps the dialog open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.ui.common.widgets import plain_label

FormRow = tuple[str | QWidget, QWidget | QLayout]


def form_layout(
    rows: Iterable[FormRow], parent: QWidget | None = None, grow: bool = False
) -> QFormLayout:
    """A form of (label, field) rows; *grow* makes every field as wide as the form."""
    form = QFormLayout(parent)
    if grow:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for label, field in rows:
        form.addRow(label, field)
    return form


def form_page(rows: Iterable[FormRow], grow: bool = False) -> QWidget:
    """A widget holding a form of *rows*, e.g. for a tab."""
    page = QWidget()
    form_layout(rows, page, grow)
    return page


def text_box(min_height: int = 0, fixed_height: int = 0, placeholder: str = "") -> QPlainTextEdit:
    """A box for a few lines of plain text, which Tab leaves rather than types into."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    if min_height:
        edit.setMinimumHeight(min_height)
    if fixed_height:
        edit.setFixedHeight(fixed_height)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class FormDialog(QDialog):
    """A form over a hidden line for what went wrong (plain text) and Save / Cancel.

    Save calls :meth:`commit`, which saves what the form holds and returns the id saved;
    when it raises a GivebackError the dialog shows why and stays open, nothing typed
    lost. Otherwise :meth:`announce` tells the page and the dialog closes.
    """

    def __init__(self, title: str, parent: QWidget | None = None, min_width: int = 0):
        super().__init__(parent)
        self.setWindowTitle(title)
        if min_width:
            self.setMinimumWidth(min_width)

    def set_body(self, body: QLayout | QWidget) -> None:
        """Put *body* (the fields) above the error line and Save / Cancel."""
        self.error = plain_label("formError", wrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        else:
            layout.addWidget(body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def commit(self) -> int:
        """Save what the form holds; the id saved. Raise GivebackError to refuse."""
        raise NotImplementedError

    def announce(self, saved_id: int) -> None:
        """Tell whoever opened the form what was saved (each form has its own signal)."""
        raise NotImplementedError

    def save(self) -> None:
        try:
            saved_id = self.commit()
        except GivebackError as err:
            self.show_error(str(err))
            return
        self.announce(saved_id)
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class RecordDialog(FormDialog):
    """A form that adds a record or edits one. Once it has saved, Save again edits what it
    saved rather than adding a second one (a refusal after the first save, say)."""

    def __init__(
        self, record_id: int | None, title: str, parent: QWidget | None = None, min_width: int = 0
    ):
        super().__init__(title, parent, min_width)
        self.record_id = record_id
        self._opened: Any = None  # what the form held when it opened on a record

    def remember_opened(self) -> None:
        """Note what the form holds, once filled from the record: Save then writes only
        the fields changed here, over the record as it is by then (see ``current``)."""
        self._opened = self.entered()

    def entered(self) -> Any:
        """What the form holds, as the service takes it."""
        raise NotImplementedError

    def store(self, record_id: int | None, data: Any) -> Any:
        """Add *data* as a new record when *record_id* is None, else update that record;
        the record saved (with an ``id``). Raise GivebackError to refuse."""
        raise NotImplementedError

    def current(self, record_id: int) -> Any:
        """The record as stored now, in the form's terms (what ``entered`` gives)."""
        raise NotImplementedError

    def commit(self) -> int:
        data = self.entered()
        if self.record_id is not None and self._opened is not None:
            data = changes_onto(self.current(self.record_id), self._opened, data)
        record = self.store(self.record_id, data)
        self.record_id = record.id
        return record.id


def changes_onto(current: Any, opened: Any, entered: Any) -> Any:
    """*current* (a dataclass) with the fields that differ between *opened* and *entered*
    taken from *entered*: what the user changed in a form, and nothing they left alone,
    so a change made elsewhere while the form was open survives its Save."""
    changed = {
        f.name: getattr(entered, f.name)
        for f in fields(entered)
        if getattr(entered, f.name) != getattr(opened, f.name)
    }
    return replace(current, **changed)
