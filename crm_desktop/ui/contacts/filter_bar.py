"""The row of filters above the contacts list; they combine with the search."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.filters import ContactFilter
from crm_desktop.services.contacts.types import STAGES, WARMTH
from crm_desktop.ui.common.layouts import FlowLayout
from crm_desktop.ui.common.service_text import label

translate = QCoreApplication.translate

DAYS = (30, 60, 90, 180, 365)


def _combo(first: str, items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.addItem(first, None)
    for text, data in items:
        box.addItem(text, data)
    # Shrink to a few characters rather than force the window wider than a laptop screen.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(8)
    return box


class FilterBar(QWidget):
    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag = _combo(translate("FilterBar", "Any tag"), [])
        self.company = _combo(translate("FilterBar", "Any company"), [])
        self.company.setMaximumWidth(200)
        self.stage = _combo(
            translate("FilterBar", "Any stage"),
            [(label(text), key) for key, text in STAGES.items()],
        )
        self.warmth = _combo(
            translate("FilterBar", "Any warmth"),
            [(label(text), key) for key, text in WARMTH.items()],
        )
        self.follow_up = QCheckBox(translate("FilterBar", "Follow-up due"))
        self.only_taking = QCheckBox(translate("FilterBar", "Only taking"))
        self.only_taking.setToolTip(
            translate("FilterBar", "People you asked more of than you gave to")
        )
        self.quiet = _combo(
            translate("FilterBar", "Any last contact"),
            [(self.tr("Not contacted in %n day(s)", "", d), d) for d in DAYS],
        )
        for box, name in (
            (self.tag, translate("FilterBar", "Only the tag")),
            (self.company, translate("FilterBar", "Only the company")),
            (self.stage, translate("FilterBar", "Only the stage")),
            (self.warmth, translate("FilterBar", "Only the warmth")),
            (self.quiet, translate("FilterBar", "Last contact")),
        ):
            box.setAccessibleName(name)  # a drop-down shows its choice, not what it is
        self.clear_button = QPushButton(translate("FilterBar", "Clear"))
        self.clear_button.setAccessibleName(translate("FilterBar", "Clear the filters"))
        self.save_button = QPushButton(translate("FilterBar", "Save as smart list…"))
        # Two rows: the choices, then the check boxes and actions.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # Each row wraps onto another line when the list is narrow.
        choices = FlowLayout(spacing=4)
        for w in (self.tag, self.company, self.stage, self.warmth, self.quiet):
            choices.addWidget(w, 1)
        actions = FlowLayout()
        actions.addWidget(self.follow_up)
        actions.addWidget(self.only_taking)
        actions.addStretch()
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        layout.addLayout(choices)
        layout.addLayout(actions)
        for box in (self.tag, self.company, self.stage, self.warmth, self.quiet):
            box.activated.connect(lambda _i: self.changed.emit())
        self.follow_up.toggled.connect(lambda _on: self.changed.emit())
        self.only_taking.toggled.connect(lambda _on: self.changed.emit())
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.save_button.clicked.connect(self.save_requested)
        self._base = ContactFilter()

    def reload_choices(self) -> None:
        """Fill the tag and company lists from what exists now, keeping the choice."""
        for box, values in (
            (self.tag, contacts.all_tags()),
            (self.company, contacts.all_companies()),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for v in values:
                box.addItem(v, v)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.blockSignals(False)

    def criteria(self, search: str) -> ContactFilter:
        """The filter as set here, on top of what a sidebar entry chose."""
        base = self._base
        tag = self.tag.currentData()
        return replace(
            base,
            search=search,
            tags=tuple(dict.fromkeys((*base.tags, tag))) if tag else base.tags,
            company=self.company.currentData() or base.company,
            stage=self.stage.currentData() or base.stage,
            warmth=self.warmth.currentData() or base.warmth,
            follow_up_overdue=self.follow_up.isChecked() or base.follow_up_overdue,
            only_taking=self.only_taking.isChecked() or base.only_taking,
            not_contacted_days=self.quiet.currentData() or base.not_contacted_days,
        )

    def set_base(self, criteria: ContactFilter) -> None:
        """Start from a sidebar entry: its criteria, with the bar's own choices cleared."""
        self._base = replace(criteria, search="")
        self._reset_widgets()

    def _reset_widgets(self) -> None:
        for box in (self.tag, self.company, self.stage, self.warmth, self.quiet):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        for check in (self.follow_up, self.only_taking):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)

    def _on_clear_clicked(self) -> None:
        self._base = ContactFilter()
        self._reset_widgets()
        self.changed.emit()
