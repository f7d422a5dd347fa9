"""Add or edit a contact: the whole record on three tabs.

Saving goes through ``save_contact`` (the contacts view makes it an undoable
command); a refused save keeps the form as typed and says why. Editing saves only
the fields changed in the form, over the contact as stored by then: tags typed in
the details pane (or set from the command line) while the form was open stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import (
    DEFAULT_LABELS,
    METHOD_KINDS,
    ContactInput,
    ContactRecord,
    Method,
)
from crm_desktop.ui.common.dialogs import RecordDialog, form_page, text_box
from crm_desktop.ui.common.service_text import label as service_label
from crm_desktop.ui.common.widgets import optional_date, optional_date_edit, set_optional_date
from crm_desktop.ui.contacts.fields import cadence_box, stage_combo, warmth_combo

translate = QCoreApplication.translate

NO_DATE = QDate(1900, 1, 1)
SaveContact = Callable[[int | None, ContactInput], ContactRecord]


def _direct_save(contact_id: int | None, data: ContactInput) -> ContactRecord:
    if contact_id is None:
        return contacts.add_contact(data)
    return contacts.update_contact(contact_id, data)


class MethodsTable(QTableWidget):
    """More emails, phones and links, each with a label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("MethodsTable", "Kind"),
                translate("MethodsTable", "Label"),
                translate("MethodsTable", "Email, phone or link"),
            ]
        )
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
        for key, text in METHOD_KINDS.items():
            kind.addItem(service_label(text), key)
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


class ContactDialog(RecordDialog):
    contact_saved = Signal(int)

    def __init__(
        self,
        contact: ContactRecord | None = None,
        parent: QWidget | None = None,
        save_contact: SaveContact | None = None,
    ):
        title = (
            translate("ContactDialog", "Edit {name}").format(name=contact.full_name)
            if contact
            else translate("ContactDialog", "New contact")
        )
        super().__init__(contact.id if contact else None, title, parent, 560)
        self._save_contact = save_contact or _direct_save

        self.tabs = QTabWidget()
        self.tabs.addTab(self._person_page(), translate("ContactDialog", "Person"))
        self.tabs.addTab(self._story_page(), translate("ContactDialog", "Story and notes"))
        self.tabs.addTab(self._pipeline_page(), translate("ContactDialog", "Pipeline"))
        self.set_body(self.tabs)

        if contact:
            self._fill(contact)
            self.remember_opened()
        else:
            self.past_jobs.setText(
                translate("ContactDialog", "A changed company or title is kept here on save.")
            )

    def _person_page(self) -> QWidget:
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("ContactDialog", "Full name"))
        self.company = QLineEdit()
        self.title_edit = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("ContactDialog", "name@example.com"))
        self.phone = QLineEdit()
        self.linkedin = QLineEdit()
        self.linkedin.setPlaceholderText(
            translate("ContactDialog", "https://www.linkedin.com/in/…")
        )
        self.more = MethodsTable()
        add_more = QPushButton(translate("ContactDialog", "Add email, phone or link"))
        add_more.clicked.connect(lambda: self.more.add_method())
        remove_more = QPushButton(translate("ContactDialog", "Remove"))
        remove_more.clicked.connect(lambda: self.more.removeRow(self.more.currentRow()))
        more_buttons = QHBoxLayout()
        more_buttons.addWidget(add_more)
        more_buttons.addWidget(remove_more)
        more_buttons.addStretch(1)
        self.location = QLineEdit()
        self.location.setPlaceholderText(translate("ContactDialog", "City, country"))
        self.birthday = optional_date_edit(NO_DATE)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("ContactDialog", "mentor, data, hiring"))
        rows = [
            (translate("ContactDialog", "&Name"), self.name),
            (translate("ContactDialog", "&Company"), self.company),
            (translate("ContactDialog", "&Title"), self.title_edit),
            (translate("ContactDialog", "&Email"), self.email),
            (translate("ContactDialog", "&Phone"), self.phone),
            (translate("ContactDialog", "&LinkedIn"), self.linkedin),
            (translate("ContactDialog", "More"), self.more),
            ("", more_buttons),
            (translate("ContactDialog", "Locat&ion"), self.location),
            (translate("ContactDialog", "&Birthday"), self.birthday),
            (translate("ContactDialog", "T&ags"), self.tags),
        ]
        return form_page(rows, grow=True)

    def _story_page(self) -> QWidget:
        self.how_we_met = text_box(60)
        self.story = text_box(
            60,
            placeholder=translate("ContactDialog", "How they found their role, what helped them"),
        )
        self.expertise = text_box(50, placeholder=translate("ContactDialog", "What they know well"))
        self.notes = text_box(110)
        rows = [
            (translate("ContactDialog", "&How we met"), self.how_we_met),
            (translate("ContactDialog", "Their &story"), self.story),
            (translate("ContactDialog", "E&xpert in"), self.expertise),
            (translate("ContactDialog", "N&otes"), self.notes),
        ]
        return form_page(rows)

    def _pipeline_page(self) -> QWidget:
        self.stage = stage_combo()
        self.warmth = warmth_combo()
        self.follow_up = optional_date_edit(NO_DATE)
        self.cadence = cadence_box()
        self.past_jobs = QLabel()
        self.past_jobs.setTextFormat(Qt.TextFormat.PlainText)
        self.past_jobs.setWordWrap(True)
        rows = [
            (translate("ContactDialog", "Sta&ge"), self.stage),
            (translate("ContactDialog", "&Warmth"), self.warmth),
            (translate("ContactDialog", "&Follow up on"), self.follow_up),
            (translate("ContactDialog", "&Keep in touch every"), self.cadence),
            (translate("ContactDialog", "Past jobs"), self.past_jobs),
        ]
        return form_page(rows)

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
        set_optional_date(self.birthday, c.birthday)
        self.tags.setText(", ".join(c.tags))
        self.how_we_met.setPlainText(c.how_we_met)
        self.story.setPlainText(c.story)
        self.expertise.setPlainText(c.expertise)
        self.notes.setPlainText(c.notes)
        self.stage.setCurrentIndex(max(0, self.stage.findData(c.stage)))
        self.warmth.setCurrentIndex(max(0, self.warmth.findData(c.warmth)))
        set_optional_date(self.follow_up, c.follow_up_on)
        self.cadence.setValue(c.cadence_days or 0)
        self.past_jobs.setText(
            "\n".join(j.text for j in c.past_jobs)
            or translate("ContactDialog", "None yet: a changed company is kept here.")
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
            birthday=optional_date(self.birthday),
            story=self.story.toPlainText(),
            expertise=self.expertise.toPlainText(),
            stage=self.stage.currentData(),
            warmth=self.warmth.currentData(),
            follow_up_on=optional_date(self.follow_up),
            cadence_days=self.cadence.value() or None,
            past_jobs=None,
        )

    def current(self, record_id: int) -> ContactInput:
        """The contact as stored now, as the form gives it: the first email, phone and
        LinkedIn come from the methods, and the past jobs stay as they are."""
        stored = contacts.get_contact(record_id).to_input()
        return replace(stored, email="", phone="", linkedin_url="", past_jobs=None)

    def store(self, contact_id: int | None, data: ContactInput) -> ContactRecord:
        return self._save_contact(contact_id, data)

    def announce(self, saved_id: int) -> None:
        self.contact_saved.emit(saved_id)
