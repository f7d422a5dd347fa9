"""Side by side: pick which value wins where duplicates differ, see the result, merge.

Emails, phones, links, tags, past jobs and the long texts of every contact are
all kept; their meetings, referrals and ledger rows move to the contact kept.
Found duplicates come in groups: the dialog steps through them ("3 of 17"), a
group can be skipped, and after each merge the next group shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import NotFound
from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.contacts.merge import DuplicateGroup
from crm_desktop.services.contacts.types import ContactRecord
from crm_desktop.services.meetings import meetings
from crm_desktop.ui.common.widgets import plain_label, tab_order

translate = QCoreApplication.translate

LONG_TEXT = 600  # characters of a long text shown before "…"

# survivor id, the other ids, field -> whose value wins; True when it merged
MergeGroup = Callable[[int, list[int], dict[str, int]], bool]


def _shown(record: ContactRecord, name: str) -> str:
    value = getattr(record, name)
    if name == "stage":
        return record.stage_label
    if name == "warmth":
        return record.warmth_label
    return "" if value is None else str(value)


def _short(text: str) -> str:
    return text if len(text) < LONG_TEXT else text[:LONG_TEXT] + "…"


def _meetings(contact_id: int) -> str:
    n = len(meetings.meetings_with(contact_id))
    if n == 1:
        return translate("MergeDialog", "1 meeting")
    return translate("MergeDialog", "{count} meetings").format(count=n)


class MergeDialog(QDialog):
    """Merge each of *groups* in turn. *merge_group* does a merge (through the undo
    stack) and says whether it happened; the dialog then moves to the next group."""

    def __init__(
        self, groups: list[DuplicateGroup], merge_group: MergeGroup, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.groups = list(groups)
        self.merge_group = merge_group
        self.position = 0
        self.records: list[ContactRecord] = []
        self.merged = 0
        self.setMinimumSize(1000, 600)

        self.step_label = plain_label()
        self.step_label.setObjectName("stepLabel")
        self.previous_button = QPushButton(translate("MergeDialog", "◀ Previous group"))
        self.previous_button.clicked.connect(lambda: self.show_group(self.position - 1))
        self.next_button = QPushButton(translate("MergeDialog", "Skip to next group ▶"))
        self.next_button.clicked.connect(lambda: self.show_group(self.position + 1))
        steps = QHBoxLayout()
        steps.addWidget(self.step_label, 1)
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        self.steps = QWidget()
        self.steps.setLayout(steps)
        steps.setContentsMargins(0, 0, 0, 0)

        self.intro = plain_label("muted", wrap=True)
        self.side_by_side = QScrollArea()
        self.side_by_side.setWidgetResizable(True)
        self.side_by_side.setAccessibleName(translate("MergeDialog", "The duplicates side by side"))
        self.preview_area = QScrollArea()
        self.preview_area.setAccessibleName(translate("MergeDialog", "After the merge"))
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setFrameShape(QFrame.Shape.NoFrame)
        preview_title = QLabel(translate("MergeDialog", "After the merge"))
        preview_title.setObjectName("sectionTitle")
        font = preview_title.font()
        font.setBold(True)
        preview_title.setFont(font)
        preview_side = QWidget()
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(8, 0, 0, 0)
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview_area, 1)
        splitter = QSplitter()
        splitter.addWidget(self.side_by_side)
        splitter.addWidget(preview_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("MergeDialog", "Merge")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("MergeDialog", "Close")
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.show_group(0)

    # Stepping ------------------------------------------------------------------
    def _records_of(self, group: DuplicateGroup) -> list[ContactRecord]:
        """The group's contacts that still exist (one may have been deleted since)."""
        found = []
        for contact_id in group.contact_ids:
            try:
                found.append(contacts.get_contact(contact_id))
            except NotFound:
                continue
        return found

    def show_group(self, position: int) -> None:
        """Show group *position* (0-based), dropping groups with fewer than two left."""
        while self.groups:
            position = max(0, min(position, len(self.groups) - 1))
            records = self._records_of(self.groups[position])
            if len(records) >= 2:
                break
            del self.groups[position]
        if not self.groups:
            self.accept()
            return
        self.position = position
        self.records = records
        group = self.groups[position]
        count = len(self.groups)
        self.setWindowTitle(
            translate("MergeDialog", "Merge {count} contacts").format(count=len(records))
        )
        self.step_label.setText(
            translate("MergeDialog", "Group {number} of {count}: {reason}").format(
                number=position + 1, count=count, reason=group.reason
            )
        )
        self.steps.setVisible(count > 1)
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < count - 1)
        pick = translate(
            "MergeDialog",
            "Pick the contact to keep and, where they differ, which value wins. Every email, "
            "phone, link, tag, past job and note is kept; meetings, referrals and ledger rows "
            "move to the contact you keep.",
        )
        if group.reason:
            same = translate("MergeDialog", "These look like the same person ({reason}).")
            pick = f"{same.format(reason=group.reason)} {pick}"
        self.intro.setText(pick)
        self._build_side_by_side(records)
        self.update_preview()

    @property
    def step_text(self) -> str:
        """Text like "3 of 17", as the dialog shows it."""
        return translate("MergeDialog", "{number} of {count}").format(
            number=self.position + 1, count=len(self.groups)
        )

    # The side by side ------------------------------------------------------------
    def _build_side_by_side(self, records: list[ContactRecord]) -> None:
        inner = QWidget()  # replaced with the next group, its button groups with it
        grid = QGridLayout(inner)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 0)
        self.survivor_group = QButtonGroup(inner)
        for col, r in enumerate(records, start=1):
            grid.setColumnStretch(col, 1)
            radio = QRadioButton(translate("MergeDialog", "Keep {name}").format(name=r.full_name))
            radio.setChecked(col == 1)
            self.survivor_group.addButton(radio, r.id)
            grid.addWidget(radio, 0, col)
        self.survivor_group.idToggled.connect(self._on_choice_toggled)
        row = 1
        self.choice_groups: dict[str, QButtonGroup] = {}
        defaults = merge.default_choices(records)
        for name, label in merge.CHOICE_FIELDS.items():
            values = [_shown(r, name) for r in records]
            if not any(values):
                continue
            grid.addWidget(self._label(translate("merge", label)), row, 0)
            differ = len(set(values)) > 1
            group = QButtonGroup(inner)
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
                group.idToggled.connect(self._on_choice_toggled)
            row += 1
        kept = [
            (
                translate("merge", "Emails, phones, links"),
                lambda r: "\n".join(f"{m.label}: {m.value}" for m in r.methods),
            ),
            (translate("merge", "Tags"), lambda r: ", ".join(r.tags)),
            (translate("merge", "Past jobs"), lambda r: "\n".join(j.text for j in r.past_jobs)),
            *[
                (translate("merge", label), lambda r, n=name: getattr(r, n))
                for name, label in merge.JOINED_FIELDS.items()
            ],
            (translate("MergeDialog", "Meetings"), lambda r: _meetings(r.id)),
        ]
        for label, get in kept:
            values = [get(r) for r in records]
            if not any(values):
                continue
            kept_label = translate("MergeDialog", "{field}\n(all kept)").format(field=label)
            grid.addWidget(self._label(kept_label), row, 0)
            for col, value in enumerate(values, start=1):
                grid.addWidget(self._value(value), row, col)
            row += 1
        grid.setRowStretch(row, 1)
        self.side_by_side.setWidget(inner)  # the previous group's widgets go with it
        # Made after the buttons below, the choices would come last with Tab.
        tab_order([self.side_by_side, *inner.findChildren(QRadioButton), self.preview_area])

    def _on_choice_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.update_preview()

    # The preview ---------------------------------------------------------------
    def update_preview(self) -> None:
        """Show the contact the merge would make with the current choices."""
        survivor = self.survivor_id()
        others = [r.id for r in self.records if r.id != survivor]
        result = merge.preview(survivor, others, self.choices())
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        row = 0
        self.preview_values: dict[str, str] = {}
        for label, value in result.fields:
            if not value:
                continue
            self.preview_values[label] = value
            grid.addWidget(self._label(label), row, 0)
            grid.addWidget(self._value(value), row, 1)
            row += 1
        self.preview_moves = list(result.moves)
        moving = "\n".join(f"• {m}" for m in result.moves) or translate(
            "MergeDialog", "Nothing else to move."
        )
        moves_to = translate("MergeDialog", "Moves to {name}").format(name=result.survivor_name)
        grid.addWidget(self._label(moves_to), row, 0)
        grid.addWidget(self._value(moving), row, 1)
        deleted = ", ".join(r.full_name for r in self.records if r.id != survivor)
        grid.addWidget(self._label(translate("MergeDialog", "Then removed")), row + 1, 0)
        removed = translate("MergeDialog", "{names} (Undo brings them back)").format(names=deleted)
        grid.addWidget(self._value(removed), row + 1, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row + 2, 1)
        inner = QWidget()
        inner.setLayout(grid)
        self.preview_area.setWidget(inner)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = plain_label("muted", wrap=True)
        label.setText(text)
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    @staticmethod
    def _value(text: str) -> QLabel:
        label = plain_label(wrap=True)
        label.setText(_short(text))
        label.setAlignment(Qt.AlignmentFlag.AlignTop)
        return label

    # Merging -------------------------------------------------------------------
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
        if not self.merge_group(survivor, others, self.choices()):
            return  # refused: the user was told why; the group stays
        self.merged += 1
        del self.groups[self.position]
        self.show_group(self.position)  # the next group, or done
