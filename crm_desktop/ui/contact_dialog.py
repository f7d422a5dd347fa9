"""Add or edit a contact. Saving commits at once; a refused save keeps the form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts
from crm_desktop.services.contacts import ContactInput, ContactRecord
from crm_desktop.services.errors import GivebackError


class ContactDialog(QDialog):
    contact_saved = Signal(int)

    def __init__(self, contact: ContactRecord | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._contact_id = contact.id if contact else None
        self.setWindowTitle(f"Edit {contact.full_name}" if contact else "New contact")
        self.setMinimumWidth(480)

        self.name = QLineEdit()
        self.name.setPlaceholderText("Full name")
        self.company = QLineEdit()
        self.title_edit = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.phone = QLineEdit()
        self.linkedin = QLineEdit()
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("mentor, data, hiring")
        self.how_we_met = QPlainTextEdit()
        self.how_we_met.setTabChangesFocus(True)
        self.how_we_met.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(110)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self.name)
        form.addRow("&Company", self.company)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Email", self.email)
        form.addRow("&Phone", self.phone)
        form.addRow("&LinkedIn", self.linkedin)
        form.addRow("T&ags", self.tags)
        form.addRow("&How we met", self.how_we_met)
        form.addRow("N&otes", self.notes)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if contact:
            self._fill(contact)

    def _fill(self, c: ContactRecord) -> None:
        self.name.setText(c.full_name)
        self.company.setText(c.company)
        self.title_edit.setText(c.title)
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.linkedin.setText(c.linkedin_url)
        self.tags.setText(", ".join(c.tags))
        self.how_we_met.setPlainText(c.how_we_met)
        self.notes.setPlainText(c.notes)

    def entered(self) -> ContactInput:
        return ContactInput(
            full_name=self.name.text(),
            company=self.company.text(),
            title=self.title_edit.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            linkedin_url=self.linkedin.text(),
            tags=self.tags.text().split(","),
            how_we_met=self.how_we_met.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            if self._contact_id is None:
                record = contacts.add_contact(self.entered())
            else:
                record = contacts.update_contact(self._contact_id, self.entered())
        except GivebackError as err:
            self.error.setText(str(err))
            self.error.show()
            return
        self._contact_id = record.id
        self.contact_saved.emit(record.id)
        self.accept()
