"""An editable box to pick one contact by typing part of their name or company.

It searches as you type and offers the first matches only, so it opens at once
and stays instant with 100,000 contacts: it never loads them all.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactRecord, ContactRow
from crm_desktop.services.text import fold
from crm_desktop.ui.common.lookup import record_or_none

translate = QCoreApplication.translate

PICK_LIMIT = 20  # matches offered while typing
ContactIdRole = Qt.ItemDataRole.UserRole + 1


def label_of(row: ContactRow | ContactRecord) -> str:
    """How a contact is offered: the name, and the company to tell namesakes apart."""
    return f"{row.full_name} — {row.company}" if row.company else row.full_name


class ContactPicker(QComboBox):
    """Type a few letters, pick from the matches (or type a name that only one
    contact has). ``contact_picked`` fires when a match is chosen from the list."""

    contact_picked = Signal(int)

    def __init__(
        self,
        placeholder: str = translate("ContactPicker", "Type a name…"),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.matches = QStandardItemModel(self)
        self._labels: dict[str, int] = {}  # every label offered so far, to its contact
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        # On the line edit itself: the combo box would look the pick up in its own items.
        self.lineEdit().setCompleter(completer)
        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().setPlaceholderText(placeholder)

    def set_accessible_name(self, name: str, description: str = "") -> None:
        """What a screen reader calls the picker: the box and the line typed into,
        which is what has the keyboard focus."""
        for widget in (self, self.lineEdit()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(
                description or translate("ContactPicker", "Type part of a name, then pick.")
            )

    def _offer(self, text: str) -> None:
        """Fill the list of matches for *text* (the first PICK_LIMIT)."""
        self.matches.clear()
        for row in contacts.pick_contacts(text, PICK_LIMIT):
            label = label_of(row)
            item = QStandardItem(label)
            item.setData(row.id, ContactIdRole)
            item.setEditable(False)
            self.matches.appendRow(item)
            self._labels[label] = row.id

    def _on_text_edited(self, text: str) -> None:
        self._offer(text)
        completer = self.lineEdit().completer()
        if self.matches.rowCount() and text.strip():
            completer.complete()
        else:
            completer.popup().hide()

    def showPopup(self) -> None:
        """The arrow shows the matches for what is typed (the first people by name)."""
        self._offer(self.currentText())
        self.lineEdit().completer().complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.lineEdit().setText(index.data())
            self.contact_picked.emit(contact_id)

    def set_contact(self, contact_id: int | None) -> None:
        """Show *contact_id* as picked (None: nobody)."""
        record = record_or_none(contacts.get_contact, contact_id)
        if record is None:
            self.clearEditText()
            return
        label = label_of(record)
        self._labels[label] = contact_id
        self.lineEdit().setText(label)

    def label(self, contact_id: int) -> str:
        """The label this picker showed for *contact_id*."""
        return next((lb for lb, cid in self._labels.items() if cid == contact_id), "")

    def contact_id(self) -> int | None:
        """The contact picked, or the only one (or the only one so named) that what
        was typed finds."""
        text = self.currentText().strip()
        if not text:
            return None
        if text in self._labels:
            return self._labels[text]
        rows = contacts.pick_contacts(text, PICK_LIMIT)
        for row in rows:
            self._labels.setdefault(label_of(row), row.id)
        wanted = fold(text)
        exact = [r for r in rows if wanted in (fold(r.full_name), fold(label_of(r)))]
        if len(exact) == 1:
            return exact[0].id
        return rows[0].id if len(rows) == 1 else None
