"""The meetings page: upcoming and past meetings, filtered by person and kind;
the selected meeting's plan, its notes (saved as you type), insights and follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingRecord
from crm_desktop.services.meetings.prepsheet import format_when
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _lines
from crm_desktop.services.text import in_sentence, show_date
from crm_desktop.ui.common import themes
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.layouts import FlowLayout
from crm_desktop.ui.common.list_details import ListDetailsPage
from crm_desktop.ui.common.service_text import label as service_label
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.giving.insight_dialog import InsightDialog
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog
from crm_desktop.ui.meetings.dialog import MeetingDialog
from crm_desktop.ui.meetings.model import COL_WHEN, MeetingsTableModel
from crm_desktop.ui.meetings.notes import MeetingNotesEditor

translate = QCoreApplication.translate

FILTERS = (
    ("upcoming", QT_TRANSLATE_NOOP("MeetingsView", "Upcoming")),
    ("past", QT_TRANSLATE_NOOP("MeetingsView", "Past")),
    ("all", QT_TRANSLATE_NOOP("MeetingsView", "All")),
)
# Whole sentences: no meetings at all, or none matching the filters, for each choice.
NONE_YET = {
    "upcoming": QT_TRANSLATE_NOOP(
        "MeetingsView", "No upcoming meetings yet. Plan one with “New meeting”."
    ),
    "past": QT_TRANSLATE_NOOP("MeetingsView", "No past meetings yet. Plan one with “New meeting”."),
    "all": QT_TRANSLATE_NOOP("MeetingsView", "No meetings yet. Plan one with “New meeting”."),
}
NONE_MATCH = {
    "upcoming": QT_TRANSLATE_NOOP("MeetingsView", "No upcoming meetings match the filters."),
    "past": QT_TRANSLATE_NOOP("MeetingsView", "No past meetings match the filters."),
    "all": QT_TRANSLATE_NOOP("MeetingsView", "No meetings match the filters."),
}


class MeetingsView(ListDetailsPage):
    prep_sheet_requested = Signal(int)
    model: MeetingsTableModel
    KEY_COLUMN = COL_WHEN

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        name = translate("MeetingsView", "Meetings")
        super().__init__(MeetingsTableModel(), (160, 170, 80, 150), parent, name)
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        top = FlowLayout()  # wraps onto a second line when the list is narrow
        for key, label in FILTERS:
            button = QPushButton(translate("MeetingsView", label))
            button.setCheckable(True)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.show_when(k))
            top.addWidget(button)
        self.filter_buttons["upcoming"].setChecked(True)
        # Search-backed: typing finds the person, so nobody's list of names is loaded.
        self.person_filter = ContactPicker(translate("MeetingsView", "Anyone"))
        self.person_filter.setMinimumWidth(170)
        self.person_filter.setToolTip(
            translate("MeetingsView", "Only meetings with this person: type a name")
        )
        self.person_filter.set_accessible_name(translate("MeetingsView", "Only meetings with"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(translate("MeetingsView", "Only meetings of kind"))
        self.kind_filter.addItem(translate("MeetingsView", "Any kind"), "")
        for kind in meetings.KINDS:
            self.kind_filter.addItem(service_label(meetings.KIND_LABELS[kind]), kind)
        self.person_filter.contact_picked.connect(lambda _cid: self._on_filters_changed())
        self.person_filter.lineEdit().editingFinished.connect(self._on_person_typed)
        self.kind_filter.activated.connect(lambda _i: self._on_filters_changed())
        for box in (self.person_filter, self.kind_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            top.addWidget(box)
        top.addStretch()
        self.new_button = QPushButton(translate("MeetingsView", "New meeting"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.add_meeting())
        top.addWidget(self.new_button)

        self.prep_button = self.add_record_button(
            translate("MeetingsView", "Prep sheet…"), self._on_prep_button_clicked
        )
        self.insight_button = self.add_record_button(
            translate("MeetingsView", "Add insight…"), lambda: self.add_insight()
        )
        self.follow_up_button = self.add_record_button(
            translate("MeetingsView", "Add follow-up…"), lambda: self.add_follow_up()
        )
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setAccessibleName(translate("MeetingsView", "About this meeting"))
        self.notes_editor = MeetingNotesEditor()
        details = self.lay_out(top, (700, 560))
        details.addWidget(self.body, 2)
        details.addWidget(self.notes_editor, 3)

        bus.meetings_changed.connect(self._on_data_changed)
        bus.contacts_changed.connect(self._on_data_changed)
        bus.insights_changed.connect(self._refresh_pane)
        bus.followups_changed.connect(self._refresh_pane)

    @Slot()
    def _on_data_changed(self) -> None:
        """Read the list again now if it is on screen, else when it is next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # Loading -------------------------------------------------------------------
    def show_when(self, when: str) -> None:
        self.ensure_loaded()
        self.filter_buttons[when].setChecked(True)
        self.model.set_when(when)
        self.after_load(None)

    @Slot()
    def reload(self) -> None:
        if self.model.contact_id is not None:  # still there? (shown again, or cleared)
            self.person_filter.set_contact(self.model.contact_id)
            if not self.person_filter.currentText():
                self.model.contact_id = None
        super().reload()

    def _on_person_typed(self) -> None:
        """A name typed (or cleared) and confirmed: filter when it changes who is shown."""
        if self.person_filter.contact_id() != self.model.contact_id:
            self._on_filters_changed()

    def set_filters(self, contact_id: int | None = None, kind: str | None = None) -> None:
        """Show only meetings with *contact_id* and of *kind* (None: any)."""
        self.ensure_loaded()
        self.person_filter.set_contact(contact_id)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind or "")))
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self.model.set_filters(self.person_filter.contact_id(), self.kind_filter.currentData())
        self.after_load(None)

    def empty_text(self, has_rows: bool) -> str:
        if has_rows:
            if not self.model.truncated:
                return ""
            return translate(
                "MeetingsView",
                "Showing the nearest {count} meetings. Pick a person or a kind to see the others.",
            ).format(count=number(self.model.LIMIT))
        filtered = self.model.contact_id is not None or self.model.kind
        sentences = NONE_MATCH if filtered else NONE_YET
        return translate("MeetingsView", sentences[self.model.when])

    def current_meeting_id(self) -> int | None:
        return self.current_id()

    def select_meeting(self, meeting_id: int) -> None:
        """Select *meeting_id*, showing all meetings when the filters hide it."""
        self.ensure_loaded()
        if self.select_record(meeting_id):
            return
        self.person_filter.set_contact(None)
        self.kind_filter.setCurrentIndex(0)
        self.model.contact_id, self.model.kind = None, None
        self.show_when("all")
        self.select_record(meeting_id)

    def get_record(self, record_id: int) -> MeetingRecord:
        return meetings.get_meeting(record_id)

    def show_details(self, record: MeetingRecord | None) -> None:
        self.notes_editor.set_meeting(record)
        if record is None:
            self.title.setText(translate("MeetingsView", "No meeting selected"))
            self.subtitle.setText(
                translate("MeetingsView", "Pick a meeting to see its plan and write its notes.")
            )
            self.body.clear()
            return
        self.title.setText(
            translate("MeetingsView", "{kind} with {who}").format(
                kind=record.kind_label, who=record.with_whom
            )
        )
        when = translate("MeetingsView", "{when}, {minutes} min").format(
            when=format_when(record.starts_at), minutes=record.duration_minutes
        )
        self.subtitle.setText(f"{when} · {record.place}" if record.place else when)
        self.body.setHtml(self._pane_html(record))

    def _pane_html(self, record) -> str:
        muted = themes.muted_css()
        parts = []
        for heading, text in (
            (translate("MeetingsView", "Goal"), record.goal),
            (translate("MeetingsView", "Agenda"), record.agenda),
        ):
            if text:
                parts.append(f"<h4>{_e(heading)}</h4><p>{_lines(text)}</p>")
        if not parts:
            nothing = _e(translate("MeetingsView", "No goal or agenda written."))
            parts.append(f'<p style="{muted}">{nothing}</p>')
        private = _e(translate("MeetingsView", "(private)"))
        learned = insights.from_meeting(record.id)
        if learned:
            items = "".join(
                f"<li>{_e(i.text)}"
                + (f' <span style="{muted}">{_e(i.tags_label)}</span>' if i.tags else "")
                + ("" if i.shareable else f' <span style="{muted}">{private}</span>')
                + "</li>"
                for i in learned
            )
            heading = _e(translate("MeetingsView", "Insights"))
            parts.append(f"<h4>{heading}</h4><ul>{items}</ul>")
        todo = followups.for_meeting(record.id)
        if todo:
            items = "".join(
                f'<li>{_e(f.title)} <span style="{muted}">'
                + _e(
                    translate("MeetingsView", "due {when}").format(when=f.due_label())
                    if f.status == "open"
                    else translate("MeetingsView", "done")
                    if f.status == "done"
                    else translate("MeetingsView", "skipped")
                )
                + "</span></li>"
                for f in todo
            )
            heading = _e(translate("MeetingsView", "Follow-ups"))
            parts.append(f"<h4>{heading}</h4><ul>{items}</ul>")
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "body"):
            self._refresh_pane()  # light or dark: the muted words in the new colour
        super().changeEvent(event)

    @Slot()
    def _refresh_pane(self) -> None:
        record = self.fetch(self.current_id())
        if record is not None:
            self.body.setHtml(self._pane_html(record))

    def flush_notes(self) -> bool:
        """Save typed notes now (before quitting)."""
        return self.notes_editor.flush()

    def add_insight(self) -> InsightDialog | None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        self.notes_editor.flush()
        return self.open_dialog(InsightDialog(None, None, meeting_id, self))

    def add_follow_up(self) -> FollowUpDialog | None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        record = meetings.get_meeting(meeting_id)
        person = record.attendee_ids[0] if len(record.attendee_ids) == 1 else None
        return self.open_dialog(FollowUpDialog(person, meeting_id, "", self))

    # Editing -------------------------------------------------------------------
    def add_meeting(self, contact_id: int | None = None) -> MeetingDialog | None:
        if not contacts.count_contacts():
            self.inform(
                translate("MeetingsView", "Add a contact first: a meeting is always with someone.")
            )
            return None
        return self._open_meeting(MeetingDialog(None, contact_id, self))

    @Slot()
    def edit_selected(self) -> MeetingDialog | None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return None
        record = self.run(meetings.get_meeting, meeting_id)
        if record is None:
            return None
        return self._open_meeting(MeetingDialog(record, None, self))

    def _open_meeting(self, dialog: MeetingDialog) -> MeetingDialog:
        self.notes_editor.flush()
        dialog.meeting_saved.connect(self.select_meeting)
        return self.open_dialog(dialog)

    def delete_question(self, record: MeetingRecord) -> tuple[str, str]:
        return translate("MeetingsView", "Delete meeting"), translate(
            "MeetingsView",
            "Delete the {kind} with {who} on {date}? Its agenda and notes will be removed.",
        ).format(
            kind=in_sentence(record.kind_label),
            who=record.with_whom,
            date=show_date(record.starts_at),
        )

    def delete_record(self, record_id: int) -> None:
        meetings.delete_meeting(record_id)

    @Slot()
    def _on_prep_button_clicked(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is not None:
            self.prep_sheet_requested.emit(meeting_id)
