"""The meetings page: upcoming and past meetings, filtered by person and kind;
the selected meeting's plan, its notes (saved as you type), insights and follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError, NotFound
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.prepsheet import format_when
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _lines
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.widgets import list_table, plain_label, select_row
from crm_desktop.ui.giving.insight_dialog import InsightDialog
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog
from crm_desktop.ui.meetings.dialog import MeetingDialog
from crm_desktop.ui.meetings.model import COL_WHEN, MeetingsTableModel
from crm_desktop.ui.meetings.notes import MeetingNotesEditor

FILTERS = (("upcoming", "Upcoming"), ("past", "Past"), ("all", "All"))


class MeetingsView(QWidget):
    prep_sheet_requested = Signal(int)

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = MeetingsTableModel(self)
        self.dialog: MeetingDialog | None = None

        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for key, label in FILTERS:
            button = QPushButton(label)
            button.setCheckable(True)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.show_when(k))
            top.addWidget(button)
        self.filter_buttons["upcoming"].setChecked(True)
        top.addSpacing(8)
        # Search-backed: typing finds the person, so nobody's list of names is loaded.
        self.person_filter = ContactPicker("Anyone")
        self.person_filter.setMinimumWidth(170)
        self.person_filter.setToolTip("Only meetings with this person: type a name")
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("Any kind", "")
        for kind in meetings.KINDS:
            self.kind_filter.addItem(meetings.KIND_LABELS[kind], kind)
        self.person_filter.contact_picked.connect(lambda _cid: self._on_filters_changed())
        self.person_filter.lineEdit().editingFinished.connect(self._on_person_typed)
        self.kind_filter.activated.connect(lambda _i: self._on_filters_changed())
        for box in (self.person_filter, self.kind_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            top.addWidget(box)
        top.addStretch(1)
        self.new_button = QPushButton("New meeting")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.add_meeting())
        top.addWidget(self.new_button)

        self.table = list_table(self.model, (160, 170, 80, 150))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 0, 12)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)

        self.title = plain_label("paneTitle", wrap=True)
        self.subtitle = plain_label("muted", wrap=True)
        self.edit_button = QPushButton("Edit…")
        self.prep_button = QPushButton("Prep sheet…")
        self.delete_button = QPushButton("Delete…")
        self.insight_button = QPushButton("Add insight…")
        self.follow_up_button = QPushButton("Add follow-up…")
        self.edit_button.clicked.connect(self.edit_selected)
        self.prep_button.clicked.connect(self._on_prep_button_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.insight_button.clicked.connect(lambda: self.add_insight())
        self.follow_up_button.clicked.connect(lambda: self.add_follow_up())
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.prep_button)
        buttons.addWidget(self.insight_button)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.notes_editor = MeetingNotesEditor()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 12, 12)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.subtitle)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.body, 2)
        right_layout.addWidget(self.notes_editor, 3)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        bus.meetings_changed.connect(self._on_data_changed)
        bus.contacts_changed.connect(self._on_data_changed)
        bus.insights_changed.connect(self._refresh_pane)
        bus.followups_changed.connect(self._refresh_pane)
        # Filled when first shown, and again when shown after a change elsewhere:
        # a hidden page costs nothing at start-up.
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._ensure_loaded()
        super().showEvent(event)

    def _ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    @Slot()
    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # Loading -------------------------------------------------------------------
    def show_when(self, when: str) -> None:
        self._ensure_loaded()
        self.filter_buttons[when].setChecked(True)
        self.model.set_when(when)
        self._after_load(None)

    @Slot()
    def reload(self) -> None:
        self._stale = False
        keep = self.current_meeting_id()
        if self.model.contact_id is not None:  # still there? (shown again, or cleared)
            self.person_filter.set_contact(self.model.contact_id)
            if not self.person_filter.currentText():
                self.model.contact_id = None
        self.model.refresh()
        self._after_load(keep)

    def _on_person_typed(self) -> None:
        """A name typed (or cleared) and confirmed: filter when it changes who is shown."""
        if self.person_filter.contact_id() != self.model.contact_id:
            self._on_filters_changed()

    def set_filters(self, contact_id: int | None = None, kind: str | None = None) -> None:
        """Show only meetings with *contact_id* and of *kind* (None: any)."""
        self._ensure_loaded()
        self.person_filter.set_contact(contact_id)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind or "")))
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self.model.set_filters(self.person_filter.contact_id(), self.kind_filter.currentData())
        self._after_load(None)

    def _after_load(self, keep: int | None) -> None:
        has_rows = self.model.rowCount() > 0
        if not has_rows:
            words = {
                "upcoming": "No upcoming meetings",
                "past": "No past meetings",
                "all": "No meetings",
            }
            filtered = self.model.contact_id is not None or self.model.kind
            self.empty_label.setText(
                words[self.model.when]
                + (" match the filters." if filtered else " yet. Plan one with “New meeting”.")
            )
        if has_rows and self.model.truncated:
            self.empty_label.setText(
                f"Showing the nearest {self.model.LIMIT:,} meetings. "
                "Pick a person or a kind to see the others."
            )
        self.empty_label.setVisible(not has_rows or self.model.truncated)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_meeting(keep)
        elif has_rows:
            self.table.selectRow(0)
        else:
            self._show_meeting(None)

    def current_meeting_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.meeting_id(index.row()) if index.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        self._ensure_loaded()
        row = self.model.row_of(meeting_id)
        if row < 0:
            self.person_filter.set_contact(None)
            self.kind_filter.setCurrentIndex(0)
            self.model.contact_id, self.model.kind = None, None
            self.show_when("all")
            row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.model.index(row, COL_WHEN)
        select_row(self.table, index)

    def _on_table_current_changed(self, current, _previous) -> None:
        self._show_meeting(self.model.meeting_id(current.row()) if current.isValid() else None)

    def _show_meeting(self, meeting_id: int | None) -> None:
        record = None
        if meeting_id is not None:
            try:
                record = meetings.get_meeting(meeting_id)
            except NotFound:
                record = None
        for b in (
            self.edit_button,
            self.prep_button,
            self.delete_button,
            self.insight_button,
            self.follow_up_button,
        ):
            b.setEnabled(record is not None)
        self.notes_editor.set_meeting(record)
        if record is None:
            self.title.setText("No meeting selected")
            self.subtitle.setText("Pick a meeting to see its plan and write its notes.")
            self.body.clear()
            return
        self.title.setText(f"{record.kind_label} with {record.with_whom}")
        where = f" · {record.place}" if record.place else ""
        self.subtitle.setText(
            f"{format_when(record.starts_at)}, {record.duration_minutes} min{where}"
        )
        self.body.setHtml(self._pane_html(record))

    def _pane_html(self, record) -> str:
        muted = "color:#6b7280"
        parts = []
        for label, text in (("Goal", record.goal), ("Agenda", record.agenda)):
            if text:
                parts.append(f"<h4>{label}</h4><p>{_lines(text)}</p>")
        if not parts:
            parts.append(f'<p style="{muted}">No goal or agenda written.</p>')
        learned = insights.from_meeting(record.id)
        if learned:
            items = "".join(
                f"<li>{_e(i.text)}"
                + (f' <span style="{muted}">{_e(i.tags_label)}</span>' if i.tags else "")
                + ("" if i.shareable else f' <span style="{muted}">(private)</span>')
                + "</li>"
                for i in learned
            )
            parts.append(f"<h4>Insights</h4><ul>{items}</ul>")
        todo = followups.for_meeting(record.id)
        if todo:
            items = "".join(
                f'<li>{_e(f.title)} <span style="{muted}">'
                + (
                    f"due {_e(f.due_label())}"
                    if f.status == "open"
                    else ("done" if f.status == "done" else "skipped")
                )
                + "</span></li>"
                for f in todo
            )
            parts.append(f"<h4>Follow-ups</h4><ul>{items}</ul>")
        return "".join(parts)

    @Slot()
    def _refresh_pane(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        try:
            self.body.setHtml(self._pane_html(meetings.get_meeting(meeting_id)))
        except NotFound:
            return

    def flush_notes(self) -> bool:
        """Save typed notes now (before quitting)."""
        return self.notes_editor.flush()

    def add_insight(self) -> InsightDialog | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        self.notes_editor.flush()
        dialog = InsightDialog(None, None, meeting_id, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def add_follow_up(self) -> FollowUpDialog | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        record = meetings.get_meeting(meeting_id)
        person = record.attendee_ids[0] if len(record.attendee_ids) == 1 else None
        dialog = FollowUpDialog(person, meeting_id, "", self)
        dialog.open()
        self.dialog = dialog
        return dialog

    # Editing -------------------------------------------------------------------
    def add_meeting(self, contact_id: int | None = None) -> MeetingDialog | None:
        if not contacts.count_contacts():
            prompts.inform(self, "Add a contact first: a meeting is always with someone.")
            return None
        return self._open_dialog(MeetingDialog(None, contact_id, self))

    @Slot()
    def edit_selected(self) -> MeetingDialog | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        try:
            record = meetings.get_meeting(meeting_id)
        except GivebackError as err:
            prompts.inform(self, str(err))
            return None
        return self._open_dialog(MeetingDialog(record, None, self))

    def _open_dialog(self, dialog: MeetingDialog) -> MeetingDialog:
        self.notes_editor.flush()
        dialog.meeting_saved.connect(self.select_meeting)
        dialog.open()
        self.dialog = dialog
        return dialog

    @Slot()
    def delete_selected(self) -> bool:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return False
        record = meetings.get_meeting(meeting_id)
        text = (
            f"Delete the {record.kind_label.lower()} with {record.with_whom} on "
            f"{record.starts_at:%d %b %Y}? Its agenda and notes will be removed."
        )
        if not self.confirm("Delete meeting", text, "Delete"):
            return False
        meetings.delete_meeting(meeting_id)
        return True

    def confirm(self, title: str, text: str, action: str) -> bool:
        return prompts.confirm(self, title, text, action)

    @Slot()
    def _on_prep_button_clicked(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            self.prep_sheet_requested.emit(meeting_id)
