"""Fields that the details pane and the contact form both show, built alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox

from crm_desktop.services.contacts.types import STAGES, WARMTH
from crm_desktop.ui.common.widgets import choice_combo

translate = QCoreApplication.translate


def stage_combo() -> QComboBox:
    return choice_combo(STAGES)


def warmth_combo() -> QComboBox:
    return choice_combo(WARMTH)


def cadence_box() -> QSpinBox:
    """Keep in touch every so many days; 0 reads "—" (no cadence)."""
    box = QSpinBox()
    box.setRange(0, 3650)
    box.setSpecialValueText("—")
    box.setSuffix(translate("contacts.fields", " days"))
    return box
