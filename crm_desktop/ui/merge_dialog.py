"""Side by side: pick which value wins where duplicates differ, then merge.

Emails, phones, links, tags, past jobs and the long texts of every contact are
all kept; their meetings and referrals move to the contact kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import meetings, merge
from crm_desktop.services.contacts import ContactRecord
from crm_desktop.ui.widgets import plain_label


def _shown(record: ContactRecord, name: str) -> str:
    value = getattr(record, name)
    if name == "stage":
        return record.stage_label
    if name == "warmth":
        return record.warmth_label
    return "" if value is None else str(value)


class MergeDialog(QDialog):
    merge_requested = Signal(int, list, dict)  # survivor id, other ids, field -> contact id

    def __init__(self, records: list[ContactRecord], reason: str = "", parent=None):
        super().__init__(parent)
        self.records = records
        self.setWindowTitle(f"Merge {len(records)} contacts")
        self.setMinimumSize(760, 520)
        intro = plain_label("muted", wrap=True)
        intro.setText(
            (f"These look like the same person ({reason}). " if reason else "")
            + "Pick the contact to keep and, where they differ, which value wins. Every email, "
            "phone, link, tag, past job and note is kept; meetings and referrals move to the "
            "contact you keep."
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 0)
        self.survivor_group = QButtonGroup(self)
        for col, r in enumerate(records, start=1):
            grid.setColumnStretch(col, 1)
            radio = QRadioButton(f"Keep {r.full_name}")
            radio.setChecked(col == 1)
            self.survivor_group.addButton(radio, r.id)
            grid.addWidget(radio, 0, col)
        row = 1
        self.choice_groups: dict[str, QButtonGroup] = {}
        defaults = merge.default_choices(records)
        for name, label in merge.CHOICE_FIELDS.items():
            values = [_shown(r, name) for r in records]
            if not any(values):
                continue
            grid.addWidget(self._label(label), row, 0)
            differ = len(set(values)) > 1
            group = QButtonGroup(self)
            for col, (r, value) in enumerate(zip(records, values, strict=True), start=1):
                if differ:
                    radio = QRadioButton(value or "—")
                    radio.setChecked(defaults[name] == r.id)
                    group.addButton(radio, r.id)
                    grid.addWidget(radio, row, col)
                else:
                    grid.addWidget(self._value(value), row, col)
            if differ:
                self.choice_groups[name] = group
            row += 1
        kept = [
            (
                "Emails, phones, links",
                lambda r: "\n".join(f"{m.label}: {m.value}" for m in r.methods),
            ),
            ("Tags", lambda r: ", ".join(r.tags)),
            ("Past jobs", lambda r: "\n".join(j.text for j in r.past_jobs)),
            *[
                (label, lambda r, n=name: getattr(r, n))
                for name, label in merge.JOINED_FIELDS.items()
            ],
            ("Meetings", lambda r: f"{len(meetings.meetings_with(r.id))} meetings"),
        ]
        for label, get in kept:
            values = [get(r) for r in records]
            if not any(values):
                continue
            grid.addWidget(self._label(label + "\n(all kept)"), row, 0)
            for col, value in enumerate(values, start=1):
                grid.addWidget(self._value(value), row, col)
            row += 1
        grid.setRowStretch(row, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = plain_label("muted", wrap=True)
        label.setText(text)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    @staticmethod
    def _value(text: str) -> QLabel:
        label = plain_label(wrap=True)
        label.setText(text if len(text) < 600 else text[:600] + "…")
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    def survivor_id(self) -> int:
        return self.survivor_group.checkedId()

    def choices(self) -> dict[str, int]:
        chosen = merge.default_choices(self.records)
        for name, group in self.choice_groups.items():
            chosen[name] = group.checkedId()
        return chosen

    def _on_buttons_accepted(self) -> None:
        survivor = self.survivor_id()
        others = [r.id for r in self.records if r.id != survivor]
        self.merge_requested.emit(survivor, others, self.choices())
        self.accept()
