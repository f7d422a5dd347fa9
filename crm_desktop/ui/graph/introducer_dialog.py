""" "Introduced by…": who introduced you to someone, picked by typing their name.

The keyboard's way to do what dropping one card on another does (or dragging an
arrow head to its new introducer): the page turns the pick into the same undoable
edit. Picking a match from the list settles it; Enter on a typed name does too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop.ui.common.contact_picker import ContactPicker
from crm_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate


class IntroducerDialog(QDialog):
    """Asks who introduced the user to one contact; ``introducer_chosen`` says whom."""

    introducer_chosen = Signal(int, int)  # introducer, the person they introduced

    def __init__(self, contact_id: int, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id = contact_id
        self.setWindowTitle(
            translate("IntroducerDialog", "Introduced by… — {name}").format(name=name)
        )
        self.setMinimumWidth(420)
        self.question = QLabel(
            translate("IntroducerDialog", "Who introduced you to {name}?").format(name=name)
        )
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.picker = ContactPicker(translate("IntroducerDialog", "Type a name or a company…"))
        self.picker.set_accessible_name(
            translate("IntroducerDialog", "Who introduced you to {name}").format(name=name)
        )
        self.question.setBuddy(self.picker)
        self.problem = plain_label("formError", wrap=True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("IntroducerDialog", "Record introduction")
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.picker.contact_picked.connect(self._on_picker_contact_picked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.picker)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.picker.setFocus()

    @Slot(int)
    def _on_picker_contact_picked(self, introducer_id: int) -> None:
        self._choose(introducer_id)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        introducer_id = self.picker.contact_id()
        if introducer_id is None:
            typed = self.picker.currentText().strip()
            self.problem.setText(
                translate(
                    "IntroducerDialog", "“{typed}” is not one person: pick them from the list."
                ).format(typed=typed)
                if typed
                else translate(
                    "IntroducerDialog", "Type a name, then pick the person from the list."
                )
            )
            self.problem.show()
            self.picker.setFocus()
            return
        self._choose(introducer_id)

    def _choose(self, introducer_id: int) -> None:
        self.accept()
        self.introducer_chosen.emit(introducer_id, self.contact_id)
