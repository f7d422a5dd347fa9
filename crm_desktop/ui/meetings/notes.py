"""A meeting's notes and outcome, saved as you type.

Text is written a moment after the last keystroke (``SAVE_DELAY_MS``), and at
once when the editor loses focus, when another meeting is shown, and when the
window closes (``flush``). A save that fails (disk full, database locked) keeps
the text in the editor, says so, and is tried again. Notes are plain text with
Markdown conventions; a paste arrives as plain text, so nothing foreign (scripts,
remote images, styles) ever gets into them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError, NotFound
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingRecord
from crm_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate

SAVE_DELAY_MS = 400
RETRY_MS = 3000
MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class SafePreview(QTextBrowser):
    """Markdown shown as formatted text: raw HTML is shown as typed, and nothing is
    ever loaded (no images, files or links followed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name):
        return None

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN)


class MeetingNotesEditor(QWidget):
    saved = Signal(int)  # meeting id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._dirty = False
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(
            translate(
                "MeetingNotesEditor",
                "Notes: what you learned, what they asked, what you promised. Saved as you type.",
            )
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(translate("MeetingNotesEditor", "Notes"))
        self.notes.setAccessibleDescription(
            translate("MeetingNotesEditor", "Markdown; saved as you type.")
        )
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(
            translate("MeetingNotesEditor", "Outcome: what came of it, in a line or two.")
        )
        self.outcome.setTabChangesFocus(True)
        self.outcome.setAccessibleName(translate("MeetingNotesEditor", "Outcome"))
        self.outcome.setFixedHeight(64)
        self.status = plain_label("muted")
        self.error = plain_label("formError", wrap=True)
        self.error.hide()

        notes_head = QHBoxLayout()
        notes_title = plain_label("sectionTitle")
        notes_title.setText(translate("MeetingNotesEditor", "Notes"))
        notes_head.addWidget(notes_title)
        notes_head.addStretch(1)
        notes_head.addWidget(self.status)
        self.preview_button = QToolButton()
        self.preview_button.setText(translate("MeetingNotesEditor", "Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(
            translate(
                "MeetingNotesEditor", "Show the notes formatted (Markdown: **bold**, - lists)"
            )
        )
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        notes_head.addWidget(self.preview_button)
        self.preview = SafePreview()
        self.preview.setAccessibleName(translate("MeetingNotesEditor", "Notes, formatted"))
        self.notes_stack = QStackedWidget()
        self.notes_stack.addWidget(self.notes)
        self.notes_stack.addWidget(self.preview)
        outcome_title = plain_label("sectionTitle")
        outcome_title.setText(translate("MeetingNotesEditor", "Outcome"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(notes_head)
        layout.addWidget(self.notes_stack, 1)
        layout.addWidget(outcome_title)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.notes.textChanged.connect(self._on_text_changed)
        self.outcome.textChanged.connect(self._on_text_changed)
        self.notes.installEventFilter(self)
        self.outcome.installEventFilter(self)
        self.set_meeting(None)

    @Slot(bool)
    def _on_preview_button_toggled(self, on: bool) -> None:
        if on:
            self.flush()
            self.preview.show_markdown(self.notes.toPlainText())
        self.notes_stack.setCurrentWidget(self.preview if on else self.notes)

    @property
    def dirty(self) -> bool:
        """True while typed text has not reached the database yet."""
        return self._dirty

    def set_meeting(self, record: MeetingRecord | None) -> None:
        """Show *record*'s notes. Unsaved text of the previous meeting is saved first;
        the same meeting shown again keeps what is being typed."""
        same = record is not None and record.id == self.meeting_id
        if not same:
            self.flush()
        if same and (self._dirty or self._matches(record)):
            return
        self.meeting_id = record.id if record else None
        self.notes.blockSignals(True)
        self.outcome.blockSignals(True)
        try:
            self.notes.setPlainText(record.notes if record else "")
            self.outcome.setPlainText(record.outcome if record else "")
        finally:
            self.notes.blockSignals(False)
            self.outcome.blockSignals(False)
        self._dirty = False
        self.preview_button.setChecked(False)
        self.notes.setEnabled(record is not None)
        self.outcome.setEnabled(record is not None)
        self.status.setText("")
        self.error.hide()

    def _matches(self, record: MeetingRecord) -> bool:
        return (
            self.notes.toPlainText().rstrip() == record.notes
            and self.outcome.toPlainText().rstrip() == record.outcome
        )

    @Slot()
    def _on_text_changed(self) -> None:
        if self.meeting_id is None:
            return
        self._dirty = True
        self.status.setText(translate("MeetingNotesEditor", "Editing…"))
        self._timer.start(SAVE_DELAY_MS)

    @Slot()
    def flush(self) -> bool:
        """Write unsaved text now; False if it could not be saved (it stays here)."""
        self._timer.stop()
        if not self._dirty or self.meeting_id is None:
            return True
        meeting_id = self.meeting_id
        # Clear the flag first: saving announces the change, and views that reload
        # on it may show this editor again while the save is still returning.
        self._dirty = False
        try:
            meetings.save_notes(
                meeting_id,
                notes=self.notes.toPlainText(),
                outcome=self.outcome.toPlainText(),
            )
        except NotFound:
            # The meeting was deleted meanwhile: nothing left to save into.
            self.status.setText("")
            return True
        except GivebackError as err:
            if self.meeting_id == meeting_id:
                self._dirty = True
            self.error.setText(str(err))
            self.error.show()
            self.status.setText(translate("MeetingNotesEditor", "Not saved"))
            self._timer.start(RETRY_MS)
            return False
        self.error.hide()
        self.status.setText(translate("MeetingNotesEditor", "Saved"))
        self.saved.emit(meeting_id)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.notes, self.outcome):
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
