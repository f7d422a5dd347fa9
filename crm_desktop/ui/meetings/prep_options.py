"""The small panel that switches prep sheet sections on and off (remembered)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.meetings import prepsheet
from crm_desktop.services.meetings.prepsheet import SECTION_LABELS, PrepOptions
from crm_desktop.ui.common import service_text

translate = QCoreApplication.translate

PAPERS = (
    ("auto", QT_TRANSLATE_NOOP("meetings.prep_options", "From my locale")),
    ("a4", "A4"),
    ("letter", QT_TRANSLATE_NOOP("meetings.prep_options", "US Letter")),
)


class PrepOptionsDialog(QDialog):
    options_changed = Signal(object)

    def __init__(self, options: PrepOptions, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("PrepOptionsDialog", "Prep sheet sections"))
        self.options = options
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("PrepOptionsDialog", "Show on every prep sheet:")))
        for key, label in SECTION_LABELS.items():
            box = QCheckBox(service_text.label(label))
            box.setChecked(getattr(options, key))
            box.toggled.connect(self._on_changed)
            self.boxes[key] = box
            layout.addWidget(box)
        self.paper = QComboBox()
        for key, paper in PAPERS:
            label = translate("meetings.prep_options", paper)
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        self.paper.currentIndexChanged.connect(self._on_changed)
        form = QFormLayout()
        form.addRow(translate("PrepOptionsDialog", "Paper"), self.paper)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def _on_changed(self, *_args) -> None:
        values = {key: box.isChecked() for key, box in self.boxes.items()}
        self.options = replace(self.options, paper=self.paper.currentData(), **values)
        prepsheet.save_options(self.options)
        self.options_changed.emit(self.options)
