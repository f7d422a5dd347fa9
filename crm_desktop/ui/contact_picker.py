"""An editable combo box to pick one contact by typing part of their name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from crm_desktop.services import contacts
from crm_desktop.services.text import fold


class ContactPicker(QComboBox):
    def __init__(self, placeholder: str = "Type a name…", parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in contacts.list_contacts():
            label = f"{row.full_name} — {row.company}" if row.company else row.full_name
            self.addItem(label, row.id)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(placeholder)

    def set_contact(self, contact_id: int | None) -> None:
        self.setCurrentIndex(self.findData(contact_id) if contact_id is not None else -1)

    def contact_id(self) -> int | None:
        """The contact picked, or the only one whose name contains what was typed."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        wanted = fold(text)
        hits = [i for i in range(self.count()) if wanted in fold(self.itemText(i))]
        return self.itemData(hits[0]) if len(hits) == 1 else None
