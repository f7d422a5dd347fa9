"""Small forms: log a give or an ask, add a follow-up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import ledger
from crm_desktop.services.giving.ledger import KIND_LABELS, KINDS, STATUS_LABELS, LedgerInput
from crm_desktop.services.meetings import followups
from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.dialogs import FormDialog, form_layout
from crm_desktop.ui.common.service_text import label
from crm_desktop.ui.common.widgets import (
    from_qdate,
    plain_label,
    show_dates_as_text_does,
    to_qdate,
)

translate = QCoreApplication.translate

TITLES = {
    "gave": QT_TRANSLATE_NOOP("LedgerEntryDialog", "Log a give to {name}"),
    "asked": QT_TRANSLATE_NOOP("LedgerEntryDialog", "Log an ask of {name}"),
    "they_gave": QT_TRANSLATE_NOOP("LedgerEntryDialog", "Log what {name} gave you"),
}


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    show_dates_as_text_does(edit, weekday=True)
    edit.setDate(to_qdate(day))
    return edit


class LedgerEntryDialog(FormDialog):
    """Record one give or ask with one contact."""

    entry_saved = Signal(int)

    def __init__(
        self,
        contact_id: int,
        direction: str,
        kind: str | None = None,
        parent: QWidget | None = None,
    ):
        name = contacts.get_contact(contact_id).full_name
        super().__init__(
            translate("LedgerEntryDialog", TITLES[direction]).format(name=name), parent, 460
        )
        self.contact_id = contact_id
        self.direction = direction

        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(label(KIND_LABELS[k]), k)
        self.other = ContactPicker(translate("LedgerEntryDialog", "The other person (optional)"))
        self.status = QComboBox()
        self.when = date_edit(dt.date.today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            {
                "gave": translate(
                    "LedgerEntryDialog", "What you gave, e.g. “Sent the article on dbt testing”"
                ),
                "asked": translate(
                    "LedgerEntryDialog", "What you asked for, e.g. “Intro to the hiring manager”"
                ),
                "they_gave": translate("LedgerEntryDialog", "What they gave you"),
            }[direction]
        )
        self.form = form_layout(
            [
                (translate("LedgerEntryDialog", "&Kind"), self.kind),
                (translate("LedgerEntryDialog", "&Introduction to"), self.other),
                (translate("LedgerEntryDialog", "&Status"), self.status),
                (translate("LedgerEntryDialog", "&Date"), self.when),
                (translate("LedgerEntryDialog", "&Note"), self.note),
            ]
        )
        self.set_body(self.form)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._on_kind_changed()

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.other, kind == "introduction")
        self.status.clear()
        for status in ledger.statuses_for(self.direction, kind):
            if status:
                self.status.addItem(label(STATUS_LABELS[status]), status)
        self.form.setRowVisible(self.status, self.status.count() > 0)

    def entered(self) -> LedgerInput:
        kind = self.kind.currentData()
        return LedgerInput(
            contact_id=self.contact_id,
            direction=self.direction,
            kind=kind,
            note=self.note.text(),
            occurred_on=from_qdate(self.when.date()),
            status=self.status.currentData() if self.status.count() else None,
            other_contact_id=self.other.contact_id() if kind == "introduction" else None,
        )

    def commit(self) -> int:
        return ledger.record(self.entered()).id

    def announce(self, saved_id: int) -> None:
        self.entry_saved.emit(saved_id)


class FollowUpDialog(FormDialog):
    """Add a follow-up: what to do, by when, with whom."""

    follow_up_saved = Signal(int)

    def __init__(
        self,
        contact_id: int | None = None,
        meeting_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(translate("FollowUpDialog", "New follow-up"), parent, 460)
        self.meeting_id = meeting_id
        self.what = QLineEdit(title)
        self.what.setPlaceholderText(
            translate("FollowUpDialog", "e.g. “Send the article”, “Intro Ann to Carl”")
        )
        self.due = date_edit(dt.date.today() + dt.timedelta(days=1))
        self.person = ContactPicker(translate("FollowUpDialog", "Who it concerns (optional)"))
        self.person.set_contact(contact_id)
        self.set_body(
            form_layout(
                [
                    (translate("FollowUpDialog", "&What"), self.what),
                    (translate("FollowUpDialog", "&Due"), self.due),
                    (translate("FollowUpDialog", "&With"), self.person),
                ]
            )
        )

    def commit(self) -> int:
        typed = self.person.currentText().strip()
        person = self.person.contact_id()
        if typed and person is None:
            raise InvalidInput(
                translate("FollowUpDialog", "Choose the person from the list, or leave it empty.")
            )
        record = followups.add(
            self.what.text(),
            due_on=from_qdate(self.due.date()),
            contact_id=person,
            meeting_id=self.meeting_id,
        )
        return record.id

    def announce(self, saved_id: int) -> None:
        self.follow_up_saved.emit(saved_id)


class RescheduleDialog(FormDialog):
    """Move a follow-up to another day."""

    rescheduled = Signal(int)

    def __init__(self, follow_up_id: int, parent: QWidget | None = None):
        super().__init__(translate("RescheduleDialog", "Reschedule follow-up"), parent, 340)
        self.follow_up_id = follow_up_id
        record = followups.get(follow_up_id)
        title = plain_label(wrap=True)
        title.setText(record.title)
        self.due = date_edit(max(record.due_on, dt.date.today()))
        self.set_body(form_layout([("", title), (translate("RescheduleDialog", "&Due"), self.due)]))

    def commit(self) -> int:
        followups.reschedule(self.follow_up_id, from_qdate(self.due.date()))
        return self.follow_up_id

    def announce(self, saved_id: int) -> None:
        self.rescheduled.emit(saved_id)
