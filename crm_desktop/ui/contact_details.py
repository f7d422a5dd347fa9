"""The pane beside the contacts list: everything about one person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contacts, meetings, referrals
from crm_desktop.services.errors import NotFound
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _lines
from crm_desktop.ui.widgets import plain_label


class ContactDetails(QWidget):
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    prep_sheet_requested = Signal(int)
    meeting_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id: int | None = None
        self.title = plain_label("paneTitle", wrap=True)
        self.subtitle = plain_label("muted", wrap=True)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)

        self.edit_button = QPushButton("Edit…")
        self.prep_button = QPushButton("Prep sheet…")
        self.meeting_button = QPushButton("New meeting…")
        self.delete_button = QPushButton("Delete…")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.prep_button.clicked.connect(lambda: self._emit(self.prep_sheet_requested))
        self.meeting_button.clicked.connect(lambda: self._emit(self.meeting_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.prep_button, self.meeting_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        self.show_contact(None)

    def _emit(self, signal) -> None:
        if self.contact_id is not None:
            signal.emit(self.contact_id)

    def show_contact(self, contact_id: int | None) -> None:
        record = None
        if contact_id is not None:
            try:
                record = contacts.get_contact(contact_id)
            except NotFound:
                record = None
        self.contact_id = record.id if record else None
        for button in (self.edit_button, self.prep_button, self.meeting_button, self.delete_button):
            button.setEnabled(record is not None)
        if record is None:
            self.title.setText("No one selected")
            self.subtitle.setText("Pick a contact on the left to see everything about them.")
            self.body.clear()
            return
        self.title.setText(record.full_name)
        self.subtitle.setText(" at ".join(p for p in (record.title, record.company) if p))
        self.body.setHtml(self._details_html(record))

    def _details_html(self, c) -> str:
        parts = []
        rows = [
            ("Email", c.email),
            ("Phone", c.phone),
            ("LinkedIn", c.linkedin_url),
            ("Tags", ", ".join(c.tags)),
        ]
        cells = "".join(
            f'<tr><td style="color:#6b7280; padding-right:12px">{_e(k)}</td><td>{_e(v)}</td></tr>'
            for k, v in rows
            if v
        )
        if cells:
            parts.append(f"<table>{cells}</table>")
        if referrals.placement(c.id) is not None:
            chain = " → ".join(_e(n) for n in referrals.chain_names(c.id))
            parts.append(f"<h4>How you are connected</h4><p>{chain}</p>")
            thanks = referrals.whom_to_thank(c.id)
            if thanks:
                parts.append(f"<p>Thank {_e(thanks[0])} for the introduction.</p>")
        else:
            parts.append(
                '<h4>How you are connected</h4><p style="color:#6b7280">'
                "Not in your referral graph yet.</p>"
            )
        if c.how_we_met:
            parts.append(f"<h4>How we met</h4><p>{_lines(c.how_we_met)}</p>")
        if c.notes:
            parts.append(f"<h4>Notes</h4><p>{_lines(c.notes)}</p>")
        history = meetings.meetings_with(c.id)
        if history:
            items = []
            for m in history:
                same = m.place.casefold() == m.kind_label.casefold()
                place = f" · {_e(m.place)}" if m.place and not same else ""
                summary = _lines(m.notes or m.agenda)
                items.append(
                    f"<p><b>{m.starts_at:%d %b %Y %H:%M}</b> "
                    f'<span style="color:#6b7280">{_e(m.kind_label)}{place}</span>'
                    + (f"<br/>{summary}" if summary else "")
                    + "</p>"
                )
            parts.append("<h4>Meetings</h4>" + "".join(items))
        return "".join(parts)
