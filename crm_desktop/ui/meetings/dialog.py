"""Plan or record a meeting with one or more contacts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from crm_desktop.errors import InvalidInput
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import KIND_LABELS, KINDS, MeetingInput, MeetingRecord
from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.dialogs import RecordDialog, form_layout, text_box
from crm_desktop.ui.common.service_text import label
from crm_desktop.ui.common.widgets import show_dates_as_text_does

translate = QCoreApplication.translate


def _next_slot() -> dt.datetime:
    """Tomorrow at ten: a sensible default for a new meeting."""
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    return dt.datetime.combine(tomorrow, dt.time(10, 0))


class MeetingDialog(RecordDialog):
    meeting_saved = Signal(int)

    def __init__(
        self,
        meeting: MeetingRecord | None = None,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ):
        title = (
            translate("MeetingDialog", "Edit meeting")
            if meeting
            else translate("MeetingDialog", "New meeting")
        )
        super().__init__(meeting.id if meeting else None, title, parent, 520)

        self.person = ContactPicker(translate("MeetingDialog", "Who are you meeting? Type a name"))
        self.person.contact_picked.connect(lambda _id: self._on_person_activated())
        self.add_person_button = QPushButton(translate("MeetingDialog", "Add"))
        self.add_person_button.clicked.connect(self._on_person_activated)
        self.attendees = QListWidget()
        self.attendees.setFixedHeight(64)
        self.attendees.setAccessibleName(translate("MeetingDialog", "People you are meeting"))
        self.attendees.hide()
        self.remove_person_button = QPushButton(translate("MeetingDialog", "Remove"))
        self.remove_person_button.clicked.connect(self._on_remove_person_clicked)
        self.remove_person_button.hide()

        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        show_dates_as_text_does(self.when, weekday=True)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(label(KIND_LABELS[kind]), kind)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(translate("MeetingDialog", " min"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(translate("MeetingDialog", "Café, address or video link"))
        self.goal = QLineEdit()
        self.goal.setPlaceholderText(translate("MeetingDialog", "What you hope to leave with"))
        self.agenda = text_box(fixed_height=80)
        self.notes = text_box(min_height=110)
        self.outcome = text_box(
            fixed_height=56, placeholder=translate("MeetingDialog", "What came of it")
        )

        pick = QHBoxLayout()
        pick.addWidget(self.person, 1)
        pick.addWidget(self.add_person_button)
        with_label = QLabel(translate("MeetingDialog", "&With"))
        with_label.setBuddy(self.person)  # a row of several widgets gets no buddy by itself
        chosen = QHBoxLayout()
        chosen.addWidget(self.attendees, 1)
        chosen.addWidget(self.remove_person_button)
        rows = [
            (with_label, pick),
            ("", chosen),
            (translate("MeetingDialog", "W&hen"), self.when),
            (translate("MeetingDialog", "&Kind"), self.kind),
            (translate("MeetingDialog", "&Duration"), self.minutes),
            (translate("MeetingDialog", "&Place"), self.place),
            (translate("MeetingDialog", "&Goal"), self.goal),
            (translate("MeetingDialog", "&Agenda"), self.agenda),
            (translate("MeetingDialog", "&Notes"), self.notes),
            (translate("MeetingDialog", "&Outcome"), self.outcome),
        ]
        self.set_body(form_layout(rows, grow=True))

        if meeting:
            self._fill(meeting)
            self.remember_opened()
        else:
            self.set_when(_next_slot())
            self.minutes.setValue(30)
            if contact_id is not None:
                self.set_person(contact_id)

    def set_person(self, contact_id: int) -> None:
        """Add *contact_id* to the people met."""
        self.person.set_contact(contact_id)
        if self.person.contact_id() == contact_id:
            self._add_attendee(contact_id, self.person.currentText())
        self.person.clearEditText()

    def attendee_ids(self) -> list[int]:
        return [self.attendees.item(i).data(Qt.ItemDataRole.UserRole) for i in
                range(self.attendees.count())]  # fmt: skip

    def _add_attendee(self, contact_id: int, label: str) -> None:
        if contact_id not in self.attendee_ids():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.attendees.addItem(item)
        self.attendees.show()
        self.remove_person_button.show()

    def _on_person_activated(self) -> None:
        person = self._person_id()
        if person is None:
            if self.person.currentText().strip():
                self.show_error(
                    translate(
                        "MeetingDialog",
                        "No single contact matches that name; pick one from the list.",
                    )
                )
            return
        self._add_attendee(person, self.person.label(person) or self.person.currentText())
        self.person.clearEditText()
        self.error.hide()

    def _on_remove_person_clicked(self) -> None:
        row = self.attendees.currentRow()
        if row < 0 and self.attendees.count():
            row = self.attendees.count() - 1
        if row >= 0:
            self.attendees.takeItem(row)
        if not self.attendees.count():
            self.attendees.hide()
            self.remove_person_button.hide()

    def set_when(self, when: dt.datetime) -> None:
        self.when.setDateTime(QDateTime(when.date(), QTime(when.hour, when.minute)))

    def _fill(self, m: MeetingRecord) -> None:
        for contact_id in m.attendee_ids:
            self.set_person(contact_id)
        self.set_when(m.starts_at)
        self.kind.setCurrentIndex(max(0, self.kind.findData(m.kind)))
        self.minutes.setValue(m.duration_minutes)
        self.place.setText(m.place)
        self.goal.setText(m.goal)
        self.agenda.setPlainText(m.agenda)
        self.notes.setPlainText(m.notes)
        self.outcome.setPlainText(m.outcome)

    def _person_id(self) -> int | None:
        """The contact picked, or the only one that what was typed finds."""
        return self.person.contact_id()

    def entered(self) -> MeetingInput:
        people = self.attendee_ids()
        person = self._person_id()
        if person is not None and person not in people:
            people.append(person)
        qdt = self.when.dateTime()
        date, time = qdt.date(), qdt.time()
        return MeetingInput(
            contact_ids=people,
            starts_at=dt.datetime(
                date.year(), date.month(), date.day(), time.hour(), time.minute()
            ),
            kind=self.kind.currentData(),
            place=self.place.text(),
            duration_minutes=self.minutes.value(),
            goal=self.goal.text(),
            agenda=self.agenda.toPlainText(),
            notes=self.notes.toPlainText(),
            outcome=self.outcome.toPlainText(),
        )

    def current(self, record_id: int) -> MeetingInput:
        return meetings.get_meeting(record_id).to_input()

    def store(self, meeting_id: int | None, data: MeetingInput) -> MeetingRecord:
        if self.person.currentText().strip() and self._person_id() is None:
            raise InvalidInput(
                translate(
                    "MeetingDialog",
                    "Choose who the meeting is with from the list: "
                    "“{typed}” matches no single contact.",
                ).format(typed=self.person.currentText().strip())
            )
        if not data.contact_ids:
            raise InvalidInput(
                translate(
                    "MeetingDialog",
                    "Choose who the meeting is with from the list (type part of a name).",
                )
            )
        if meeting_id is None:
            return meetings.create_meeting(data)
        return meetings.update_meeting(meeting_id, data)

    def announce(self, saved_id: int) -> None:
        self.meeting_saved.emit(saved_id)
