"""The meetings page: upcoming and past meetings, their agenda and notes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts, meetings
from crm_desktop.services.errors import GivebackError, NotFound
from crm_desktop.services.prepsheet import format_when
from crm_desktop.services.text import escape_lines as _lines
from crm_desktop.ui import prompts
from crm_desktop.ui.bus import DataBus
from crm_desktop.ui.meeting_dialog import MeetingDialog
from crm_desktop.ui.meetings_model import COL_WHEN, MeetingsTableModel
from crm_desktop.ui.widgets import list_table, plain_label

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
        self.edit_button.clicked.connect(self.edit_selected)
        self.prep_button.clicked.connect(self._on_prep_button_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.prep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(16, 12, 12, 12)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.subtitle)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.body, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([720, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        bus.meetings_changed.connect(self.reload)
        bus.contacts_changed.connect(self.reload)
        self.reload()

    # Loading -------------------------------------------------------------------
    def show_when(self, when: str) -> None:
        self.filter_buttons[when].setChecked(True)
        self.model.set_when(when)
        self._after_load(None)

    @Slot()
    def reload(self) -> None:
        keep = self.current_meeting_id()
        self.model.refresh()
        self._after_load(keep)

    def _after_load(self, keep: int | None) -> None:
        has_rows = self.model.rowCount() > 0
        if not has_rows:
            words = {
                "upcoming": "No upcoming meetings.",
                "past": "No past meetings yet.",
                "all": "No meetings yet.",
            }
            self.empty_label.setText(words[self.model.when] + " Plan one with “New meeting”.")
        self.empty_label.setVisible(not has_rows)
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
        row = self.model.row_of(meeting_id)
        if row < 0:
            self.show_when("all")
            row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.model.index(row, COL_WHEN)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_table_current_changed(self, current, _previous) -> None:
        self._show_meeting(self.model.meeting_id(current.row()) if current.isValid() else None)

    def _show_meeting(self, meeting_id: int | None) -> None:
        record = None
        if meeting_id is not None:
            try:
                record = meetings.get_meeting(meeting_id)
            except NotFound:
                record = None
        for b in (self.edit_button, self.prep_button, self.delete_button):
            b.setEnabled(record is not None)
        if record is None:
            self.title.setText("No meeting selected")
            self.subtitle.setText("Pick a meeting to see its agenda and notes.")
            self.body.clear()
            return
        self.title.setText(f"{record.kind_label} with {record.with_whom}")
        where = f" · {record.place}" if record.place else ""
        self.subtitle.setText(
            f"{format_when(record.starts_at)}, {record.duration_minutes} min{where}"
        )
        parts = []
        for label, text in (
            ("Goal", record.goal),
            ("Agenda", record.agenda),
            ("Notes", record.notes),
        ):
            if text:
                parts.append(f"<h4>{label}</h4><p>{_lines(text)}</p>")
        if not parts:
            parts.append('<p style="color:#6b7280">No goal, agenda or notes yet.</p>')
        self.body.setHtml("".join(parts))

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
