"""Add or edit a contact: the whole record on three tabs.

Saving goes through ``save_contact`` (the contacts view makes it an undoable
command); a refused save keeps the form as typed and says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import (
    DEFAULT_LABELS,
    METHOD_KINDS,
    STAGES,
    WARMTH,
    ContactInput,
    ContactRecord,
    Method,
)
from crm_desktop.ui.common.widgets import save_cancel_layout

NO_DATE = QDate(1900, 1, 1)
SaveContact = Callable[[int | None, ContactInput], ContactRecord]


def _direct_save(contact_id: int | None, data: ContactInput) -> ContactRecord:
    if contact_id is None:
        return contacts.add_contact(data)
    return contacts.update_contact(contact_id, data)


def _text(parent_height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(parent_height)
    return edit


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("none")
    edit.setDate(NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    d = edit.date()
    return None if d == NO_DATE else dt.date(d.year(), d.month(), d.day())


class MethodsTable(QTableWidget):
    """More emails, phones and links, each with a label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(["Kind", "Label", "Email, phone or link"])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 90)
        self.setColumnWidth(1, 110)
        self.setMinimumHeight(90)

    def add_method(self, method: Method | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        kind = QComboBox()
        for key, label in METHOD_KINDS.items():
            kind.addItem(label, key)
        kind.setCurrentIndex(max(0, kind.findData(method.kind if method else "email")))
        self.setCellWidget(row, 0, kind)
        self.setItem(row, 1, QTableWidgetItem(method.label if method else ""))
        self.setItem(row, 2, QTableWidgetItem(method.value if method else ""))
        return row

    def methods(self) -> list[Method]:
        found = []
        for row in range(self.rowCount()):
            kind = self.cellWidget(row, 0).currentData()
            label = self.item(row, 1).text() if self.item(row, 1) else ""
            value = self.item(row, 2).text() if self.item(row, 2) else ""
            if value.strip():
                found.append(Method(kind, value, label or DEFAULT_LABELS[kind]))
        return found


class ContactDialog(QDialog):
    contact_saved = Signal(int)

    def __init__(
        self,
        contact: ContactRecord | None = None,
        parent: QWidget | None = None,
        save_contact: SaveContact | None = None,
    ):
        super().__init__(parent)
        self._contact_id = contact.id if contact else None
        self._contact = contact
        self._save_contact = save_contact or _direct_save
        self.setWindowTitle(f"Edit {contact.full_name}" if contact else "New contact")
        self.setMinimumWidth(560)

        self.name = QLineEdit()
        self.name.setPlaceholderText("Full name")
        self.company = QLineEdit()
        self.title_edit = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText("name@example.com")
        self.phone = QLineEdit()
        self.linkedin = QLineEdit()
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.more = MethodsTable()
        add_more = QPushButton("Add email, phone or link")
        add_more.clicked.connect(lambda: self.more.add_method())
        remove_more = QPushButton("Remove")
        remove_more.clicked.connect(lambda: self.more.removeRow(self.more.currentRow()))
        more_buttons = QHBoxLayout()
        more_buttons.addWidget(add_more)
        more_buttons.addWidget(remove_more)
        more_buttons.addStretch(1)
        self.location = QLineEdit()
        self.location.setPlaceholderText("City, country")
        self.birthday = _date_edit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("mentor, data, hiring")

        person = QWidget()
        form = QFormLayout(person)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Name", self.name)
        form.addRow("&Company", self.company)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Email", self.email)
        form.addRow("&Phone", self.phone)
        form.addRow("&LinkedIn", self.linkedin)
        form.addRow("More", self.more)
        form.addRow("", more_buttons)
        form.addRow("Locat&ion", self.location)
        form.addRow("&Birthday", self.birthday)
        form.addRow("T&ags", self.tags)

        self.how_we_met = _text(60)
        self.story = _text(60)
        self.story.setPlaceholderText("How they found their role, what helped them")
        self.expertise = _text(50)
        self.expertise.setPlaceholderText("What they know well")
        self.notes = _text(110)
        story = QWidget()
        story_form = QFormLayout(story)
        story_form.addRow("&How we met", self.how_we_met)
        story_form.addRow("Their &story", self.story)
        story_form.addRow("E&xpert in", self.expertise)
        story_form.addRow("N&otes", self.notes)

        self.stage = QComboBox()
        self.stage.addItem("—", "")
        for key, label in STAGES.items():
            self.stage.addItem(label, key)
        self.warmth = QComboBox()
        self.warmth.addItem("—", "")
        for key, label in WARMTH.items():
            self.warmth.addItem(label, key)
        self.follow_up = _date_edit()
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText("—")
        self.cadence.setSuffix(" days")
        self.past_jobs = QLabel()
        self.past_jobs.setTextFormat(Qt.TextFormat.PlainText)
        self.past_jobs.setWordWrap(True)
        pipeline = QWidget()
        pipe_form = QFormLayout(pipeline)
        pipe_form.addRow("Sta&ge", self.stage)
        pipe_form.addRow("&Warmth", self.warmth)
        pipe_form.addRow("&Follow up on", self.follow_up)
        pipe_form.addRow("&Keep in touch every", self.cadence)
        pipe_form.addRow("Past jobs", self.past_jobs)

        self.tabs = QTabWidget()
        self.tabs.addTab(person, "Person")
        self.tabs.addTab(story, "Story and notes")
        self.tabs.addTab(pipeline, "Pipeline")

        self.error, self.buttons = save_cancel_layout(self, self.tabs)

        if contact:
            self._fill(contact)
        else:
            self.past_jobs.setText("A changed company or title is kept here on save.")

    def _fill(self, c: ContactRecord) -> None:
        self.name.setText(c.full_name)
        self.company.setText(c.company)
        self.title_edit.setText(c.title)
        emails, phones = c.of_kind("email"), c.of_kind("phone")
        linkedin = next((m for m in c.of_kind("link") if m.value == c.linkedin_url), None)
        self.email.setText(emails[0].value if emails else "")
        self.phone.setText(phones[0].value if phones else "")
        self.linkedin.setText(linkedin.value if linkedin else "")
        primary = {id(emails[0]) if emails else 0, id(phones[0]) if phones else 0, id(linkedin)}
        self._primary_labels = {
            "email": emails[0].label if emails else DEFAULT_LABELS["email"],
            "phone": phones[0].label if phones else DEFAULT_LABELS["phone"],
        }
        for m in c.methods:
            if id(m) not in primary:
                self.more.add_method(m)
        self.location.setText(c.location)
        if c.birthday:
            self.birthday.setDate(QDate(c.birthday.year, c.birthday.month, c.birthday.day))
        self.tags.setText(", ".join(c.tags))
        self.how_we_met.setPlainText(c.how_we_met)
        self.story.setPlainText(c.story)
        self.expertise.setPlainText(c.expertise)
        self.notes.setPlainText(c.notes)
        self.stage.setCurrentIndex(max(0, self.stage.findData(c.stage)))
        self.warmth.setCurrentIndex(max(0, self.warmth.findData(c.warmth)))
        if c.follow_up_on:
            f = c.follow_up_on
            self.follow_up.setDate(QDate(f.year, f.month, f.day))
        self.cadence.setValue(c.cadence_days or 0)
        self.past_jobs.setText(
            "\n".join(j.text for j in c.past_jobs) or "None yet: a changed company is kept here."
        )

    def entered(self) -> ContactInput:
        labels = getattr(self, "_primary_labels", DEFAULT_LABELS)
        methods = [
            Method(kind, edit.text(), label)
            for kind, edit, label in (
                ("email", self.email, labels.get("email", "work")),
                ("phone", self.phone, labels.get("phone", "mobile")),
                ("link", self.linkedin, "LinkedIn"),
            )
            if edit.text().strip()
        ] + self.more.methods()
        return ContactInput(
            full_name=self.name.text(),
            company=self.company.text(),
            title=self.title_edit.text(),
            tags=self.tags.text().split(","),
            how_we_met=self.how_we_met.toPlainText(),
            notes=self.notes.toPlainText(),
            methods=methods,
            location=self.location.text(),
            birthday=_date_of(self.birthday),
            story=self.story.toPlainText(),
            expertise=self.expertise.toPlainText(),
            stage=self.stage.currentData(),
            warmth=self.warmth.currentData(),
            follow_up_on=_date_of(self.follow_up),
            cadence_days=self.cadence.value() or None,
            past_jobs=None,
        )

    def save(self) -> None:
        try:
            record = self._save_contact(self._contact_id, self.entered())
        except GivebackError as err:
            self.error.setText(str(err))
            self.error.show()
            return
        self._contact_id = record.id
        self.contact_saved.emit(record.id)
        self.accept()
