"""The pane beside the contacts list: everything about one person.

The quick fields at the top (stage, warmth, follow-up, keep in touch, tags,
location) are edited in place: each change is saved at once through
``field_edited``, which the contacts view turns into an undoable command.
Below them, ``sections`` is a tab widget: "About" holds the full record,
meetings and the referral chain; other pages add their own tab with
``add_section``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactRecord
from crm_desktop.services.meetings import meetings
from crm_desktop.services.text import escape as _e
from crm_desktop.services.text import escape_lines as _lines
from crm_desktop.services.text import show_date, show_month
from crm_desktop.ui.common import themes
from crm_desktop.ui.common.layouts import FlowLayout
from crm_desktop.ui.common.lookup import record_or_none
from crm_desktop.ui.common.service_text import label
from crm_desktop.ui.common.widgets import (
    optional_date,
    optional_date_edit,
    plain_label,
    set_optional_date,
)
from crm_desktop.ui.contacts.fields import cadence_box, stage_combo, warmth_combo
from crm_desktop.ui.giving.ledger_panel import LedgerPanel

translate = QCoreApplication.translate

NO_DATE = QDate(2000, 1, 1)


class ContactDetails(QWidget):
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    archive_requested = Signal(int)
    prep_sheet_requested = Signal(int)
    meeting_requested = Signal(int)
    field_edited = Signal(int, str, object)  # contact id, field name, new value
    contact_shown = Signal(object)  # the contact id now shown, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id: int | None = None
        self.record: ContactRecord | None = None
        self.title = plain_label("paneTitle", wrap=True)
        self.subtitle = plain_label("muted", wrap=True)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.body.setAccessibleName(translate("ContactDetails", "About this contact"))

        self.edit_button = QPushButton(translate("ContactDetails", "Edit…"))
        self.prep_button = QPushButton(translate("ContactDetails", "Prep sheet…"))
        self.meeting_button = QPushButton(translate("ContactDetails", "New meeting…"))
        self.archive_button = QPushButton(translate("ContactDetails", "Archive"))
        self.delete_button = QPushButton(translate("ContactDetails", "Delete…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.prep_button.clicked.connect(lambda: self._emit(self.prep_sheet_requested))
        self.meeting_button.clicked.connect(lambda: self._emit(self.meeting_requested))
        self.archive_button.clicked.connect(lambda: self._emit(self.archive_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self._buttons = (
            self.edit_button,
            self.prep_button,
            self.meeting_button,
            self.archive_button,
            self.delete_button,
        )
        buttons = FlowLayout()  # wraps onto a second line when the pane is narrow
        for b in (self.edit_button, self.prep_button, self.meeting_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)

        self.stage = stage_combo()
        self.warmth = warmth_combo()
        self.follow_up = optional_date_edit(NO_DATE)
        self.cadence = cadence_box()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("ContactDetails", "mentor, data, hiring"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(translate("ContactDetails", "City, country"))
        self.stage.activated.connect(lambda _i: self._edited("stage", self.stage.currentData()))
        self.warmth.activated.connect(lambda _i: self._edited("warmth", self.warmth.currentData()))
        self.follow_up.editingFinished.connect(self._on_follow_up_editing_finished)
        self.cadence.editingFinished.connect(
            lambda: self._edited("cadence_days", self.cadence.value() or None)
        )
        self.tags.editingFinished.connect(
            lambda: self._edited("tags", [t for t in self.tags.text().split(",") if t.strip()])
        )
        self.location.editingFinished.connect(
            lambda: self._edited("location", self.location.text().strip())
        )
        for line in (self.tags, self.location):  # saved: no longer being typed
            line.editingFinished.connect(lambda line=line: line.setModified(False))
        quick = QFormLayout()
        quick.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A narrow pane puts the labels above their fields and wraps the rows.
        quick.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        pair = QHBoxLayout()
        pair.addWidget(self.stage, 1)
        pair.addWidget(self.warmth, 1)
        quick.addRow(translate("ContactDetails", "Stage, warmth"), pair)
        dates = FlowLayout()  # "keep in touch every" goes under the date when narrow
        dates.addWidget(self.follow_up, 1)
        every = plain_label("muted")
        every.setText(translate("ContactDetails", "keep in touch every"))
        keep_in_touch = QWidget()
        keep_in_touch_row = QHBoxLayout(keep_in_touch)
        keep_in_touch_row.setContentsMargins(0, 0, 0, 0)
        keep_in_touch_row.addWidget(every)
        keep_in_touch_row.addWidget(self.cadence, 1)
        dates.addWidget(keep_in_touch, 1)
        quick.addRow(translate("ContactDetails", "Follow up on"), dates)
        quick.addRow(translate("ContactDetails", "Tags"), self.tags)
        quick.addRow(translate("ContactDetails", "Location"), self.location)
        for field, name in (
            (self.stage, translate("ContactDetails", "Stage")),
            (self.warmth, translate("ContactDetails", "Warmth")),
            (self.follow_up, translate("ContactDetails", "Follow up on")),
            (self.cadence, translate("ContactDetails", "Keep in touch every")),
            (self.tags, translate("ContactDetails", "Tags")),
            (self.location, translate("ContactDetails", "Location")),
        ):
            field.setAccessibleName(name)
        self.cadence.setAccessibleDescription(
            translate("ContactDetails", "Days between check-ins; none when empty")
        )
        self._quick = (self.stage, self.warmth, self.follow_up, self.cadence, self.tags,
                       self.location)  # fmt: skip

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.body, translate("ContactDetails", "About"))
        self.ledger_panel = LedgerPanel()
        self.add_section(self.ledger_panel, translate("ContactDetails", "Give && ask"))
        self.contact_shown.connect(self.ledger_panel.show_contact)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(buttons)
        layout.addLayout(quick)
        layout.addWidget(self.sections, 1)
        self.show_contact(None)

    def add_section(self, widget: QWidget, title: str) -> int:
        """Add a page about the shown contact; follow ``contact_shown`` to fill it."""
        return self.sections.addTab(widget, title)

    def _emit(self, signal) -> None:
        if self.contact_id is not None:
            signal.emit(self.contact_id)

    def _edited(self, name: str, value) -> None:
        if self.record is None:
            return
        current = getattr(self.record, name)
        if name == "tags":
            if [t.strip() for t in value] == list(current):
                return
        elif value == current:
            return
        self.field_edited.emit(self.record.id, name, value)

    def _on_follow_up_editing_finished(self) -> None:
        self._edited("follow_up_on", optional_date(self.follow_up))

    def show_contact(self, contact_id: int | None) -> None:
        record = record_or_none(contacts.get_contact, contact_id)
        # Shown again (after a change here or from outside): what is being typed stays.
        typing = {w for w in (self.tags, self.location) if w.isModified()}
        if record is None or record.id != self.contact_id:
            typing.clear()
        self.record = record
        self.contact_id = record.id if record else None
        for widget in (*self._buttons, *self._quick):
            widget.setEnabled(record is not None)
        self._fill_quick(record, typing)
        if record is None:
            self.title.setText(translate("ContactDetails", "No one selected"))
            self.subtitle.setText(
                translate(
                    "ContactDetails", "Pick a contact on the left to see everything about them."
                )
            )
            self.body.clear()
        else:
            self.title.setText(
                translate("ContactDetails", "{name}  (archived)").format(name=record.full_name)
                if record.archived
                else record.full_name
            )
            if record.title and record.company:
                role = translate("ContactDetails", "{title} at {company}").format(
                    title=record.title, company=record.company
                )
            else:
                role = record.title or record.company
            self.subtitle.setText(role)
            self.archive_button.setText(
                translate("ContactDetails", "Unarchive")
                if record.archived
                else translate("ContactDetails", "Archive")
            )
            self.body.setHtml(self._details_html(record))
        self.contact_shown.emit(self.contact_id)

    def _fill_quick(self, r: ContactRecord | None, typing: set[QLineEdit]) -> None:
        for widget in self._quick:
            widget.blockSignals(True)
        try:
            self.stage.setCurrentIndex(max(0, self.stage.findData(r.stage if r else "")))
            self.warmth.setCurrentIndex(max(0, self.warmth.findData(r.warmth if r else "")))
            set_optional_date(self.follow_up, r.follow_up_on if r else None)
            self.cadence.setValue((r.cadence_days or 0) if r else 0)
            for line, text in ((self.tags, ", ".join(r.tags) if r else ""),
                               (self.location, r.location if r else "")):  # fmt: skip
                if line not in typing:
                    line.setText(text)
        finally:
            for widget in self._quick:
                widget.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "record", None):
            self.body.setHtml(self._details_html(self.record))  # light or dark: muted words
        super().changeEvent(event)

    def _details_html(self, c: ContactRecord) -> str:
        muted = themes.muted_css()
        parts = []
        rows = [(f"{m.label or m.kind.title()}", m.value) for m in c.methods]
        if c.birthday:
            rows.append((translate("ContactDetails", "Birthday"), show_date(c.birthday)))
        if c.last_contact:
            rows.append((translate("ContactDetails", "Last contact"), show_date(c.last_contact)))
        else:
            rows.append(
                (
                    translate("ContactDetails", "Last contact"),
                    translate("ContactDetails", "never met yet"),
                )
            )
        cells = "".join(
            f'<tr><td style="{muted}; padding-right:12px">{_e(k)}</td><td>{_e(v)}</td></tr>'
            for k, v in rows
            if v
        )
        if cells:
            parts.append(f"<table>{cells}</table>")
        chain = contacts.referral_chain(c.id)
        if chain:
            me = translate("ContactDetails", "Me")
            names = " → ".join(_e(n) for n in [me, *(name for _i, name in chain)])
            connected = translate("ContactDetails", "How you are connected")
            parts.append(f"<h4>{connected}</h4><p>{names}</p>")
            if len(chain) > 1:
                thank = translate("ContactDetails", "Thank {name} for the introduction.")
                parts.append(f"<p>{thank.format(name=_e(chain[-2][1]))}</p>")
            introduced = contacts.introductions_count(c.id)
            if introduced:
                said = self.tr("Introduced you to %n person(s).", "", introduced)
                parts.append(f"<p>{said}</p>")
        else:
            connected = translate("ContactDetails", "How you are connected")
            not_yet = translate("ContactDetails", "Not in your referral graph yet.")
            parts.append(f'<h4>{connected}</h4><p style="{muted}">{not_yet}</p>')
        for heading, text in (
            (translate("ContactDetails", "How we met"), c.how_we_met),
            (translate("ContactDetails", "Their story"), c.story),
            (translate("ContactDetails", "Expert in"), c.expertise),
            (translate("ContactDetails", "Notes"), c.notes),
        ):
            if text:
                parts.append(f"<h4>{heading}</h4><p>{_lines(text)}</p>")
        if c.past_jobs:
            items = "".join(
                f"<li>{_e(j.text)}"
                + (
                    f' <span style="{muted}">'
                    + translate("ContactDetails", "until {date}").format(date=show_month(j.until))
                    + "</span>"
                    if j.until
                    else ""
                )
                + "</li>"
                for j in c.past_jobs
            )
            before = translate("ContactDetails", "Before")
            parts.append(f"<h4>{before}</h4><ul>{items}</ul>")
        history = meetings.meetings_with(c.id)
        if history:
            items = []
            for m in history:
                same = m.place.casefold() == m.kind_label.casefold()
                place = f" · {_e(m.place)}" if m.place and not same else ""
                summary = _lines(m.notes or m.agenda)
                items.append(
                    f"<p><b>{show_date(m.starts_at, time=True)}</b> "
                    f'<span style="{muted}">{_e(label(m.kind_label))}{place}</span>'
                    + (f"<br/>{summary}" if summary else "")
                    + "</p>"
                )
            heading = translate("ContactDetails", "Meetings")
            parts.append(f"<h4>{heading}</h4>" + "".join(items))
        return "".join(parts)
