"""Note an insight: what you learned, its tags, who told you, whether to pass it on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights
from crm_desktop.services.giving.insights import InsightInput, InsightRecord
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.dialogs import RecordDialog, form_layout, text_box
from crm_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate


def tags_text(tags) -> str:
    """(facet, value) pairs as the user types them: "company:Acme, industry:Fintech, data"."""
    return ", ".join(v if f == "topic" else f"{f}:{v}" for f, v in tags)


def parse_tags_text(text: str) -> list[tuple[str, str]]:
    return [insights.parse_tag(part) for part in text.split(",") if part.strip()]


class InsightDialog(RecordDialog):
    insight_saved = Signal(int)

    def __init__(
        self,
        record: InsightRecord | None = None,
        source_contact_id: int | None = None,
        source_meeting_id: int | None = None,
        parent: QWidget | None = None,
    ):
        title = (
            translate("InsightDialog", "Edit insight")
            if record
            else translate("InsightDialog", "New insight")
        )
        super().__init__(record.id if record else None, title, parent, 520)
        self._meeting_id = record.source_meeting_id if record else source_meeting_id

        self.text = text_box(
            fixed_height=70,
            placeholder=translate(
                "InsightDialog", "What did you learn? e.g. “Acme is moving its data team to Berlin”"
            ),
        )
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(
            translate("InsightDialog", "company:Acme, industry:Fintech, hiring")
        )
        hint = plain_label("muted", wrap=True)
        hint.setText(
            translate(
                "InsightDialog",
                "Tags decide who it is offered to: people at that company or a competitor, "
                "in that industry, or with that tag. Separate with commas.",
            )
        )
        self.source = ContactPicker(translate("InsightDialog", "Who told you (optional)"))
        self.shareable = QCheckBox(translate("InsightDialog", "Shareable: I may pass this on"))
        self.shareable.setChecked(True)

        rows = [
            (translate("InsightDialog", "&Insight"), self.text),
            (translate("InsightDialog", "&Tags"), self.tags),
            ("", hint),
            (translate("InsightDialog", "&From"), self.source),
            ("", self.shareable),
        ]
        self.set_body(form_layout(rows))

        if record is not None:
            self.text.setPlainText(record.text)
            self.tags.setText(tags_text(record.tags))
            self.source.set_contact(record.source_contact_id)
            self.shareable.setChecked(record.shareable)
            self.remember_opened()
        else:
            self._suggest(source_contact_id, source_meeting_id)

    def _suggest(self, contact_id: int | None, meeting_id: int | None) -> None:
        """Start from the meeting's people: their companies are likely tags."""
        people = []
        if meeting_id is not None:
            people = list(meetings.get_meeting(meeting_id).attendee_ids)
            if contact_id is None and len(people) == 1:
                contact_id = people[0]
        elif contact_id is not None:
            people = [contact_id]
        self.source.set_contact(contact_id)
        companies = []
        for cid in people:
            company = contacts.get_contact(cid).company
            if company and company not in companies:
                companies.append(company)
        if companies:
            self.tags.setText(", ".join(f"company:{c}" for c in companies) + ", ")

    def entered(self) -> InsightInput:
        typed = self.source.currentText().strip()
        source = self.source.contact_id()
        if typed and source is None:
            raise InvalidInput(
                translate("InsightDialog", "Choose who told you from the list, or leave it empty.")
            )
        return InsightInput(
            text=self.text.toPlainText(),
            tags=parse_tags_text(self.tags.text()),
            shareable=self.shareable.isChecked(),
            source_contact_id=source,
            source_meeting_id=self._meeting_id,
        )

    def current(self, record_id: int) -> InsightInput:
        return insights.get_insight(record_id).to_input()

    def store(self, insight_id: int | None, data: InsightInput) -> InsightRecord:
        if insight_id is None:
            return insights.add_insight(data)
        return insights.update_insight(insight_id, data)

    def announce(self, saved_id: int) -> None:
        self.insight_saved.emit(saved_id)
