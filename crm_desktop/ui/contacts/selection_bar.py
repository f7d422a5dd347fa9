"""The bar above the contacts list that appears when several rows are selected:
how many, and what can be done to all of them at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from crm_desktop.services.contacts.types import STAGES
from crm_desktop.ui.common.layouts import FlowLayout
from crm_desktop.ui.common.mnemonics import add_mnemonics
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.widgets import plain_label

translate = QCoreApplication.translate


class SelectionBar(QWidget):
    """Tag, set the stage of, archive, merge, export or delete the selected contacts.

    The bar only asks; the contacts page does the work when a signal arrives.
    """

    tag_requested = Signal()
    stage_chosen = Signal(str)  # a key of STAGES, or "" for no stage
    archive_requested = Signal()
    merge_requested = Signal()
    export_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selectionBar")
        self.label = plain_label()
        self.tag_button = QPushButton(translate("SelectionBar", "Tag…"))
        self.tag_button.clicked.connect(self.tag_requested)
        self.stage_button = QPushButton(translate("SelectionBar", "Set stage"))
        stage_menu = QMenu(self.stage_button)
        for key, label in {"": translate("SelectionBar", "No stage"), **STAGES}.items():
            stage_menu.addAction(label, lambda k=key: self.stage_chosen.emit(k))
        self.stage_button.setMenu(add_mnemonics(stage_menu))
        self.archive_button = QPushButton(translate("SelectionBar", "Archive"))
        self.archive_button.clicked.connect(self.archive_requested)
        self.export_button = QPushButton(translate("SelectionBar", "Export…"))
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button = QPushButton(translate("SelectionBar", "Delete…"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.merge_button = QPushButton(translate("SelectionBar", "Merge…"))
        self.merge_button.clicked.connect(self.merge_requested)
        bar = FlowLayout(self)  # the buttons wrap onto a second line when the list is narrow
        bar.addWidget(self.label)
        bar.addStretch()
        for button in (
            self.tag_button,
            self.stage_button,
            self.archive_button,
            self.merge_button,
            self.export_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        self.hide()

    def show_count(self, count: int) -> None:
        """Say how many rows are selected; the bar shows only for more than one."""
        self.setVisible(count > 1)
        self.label.setText(
            translate("SelectionBar", "{count} selected").format(count=number(count))
        )

    def set_showing_archive(self, archived: bool) -> None:
        """In the archive, the bar's archive button brings contacts back."""
        self.archive_button.setText(
            translate("SelectionBar", "Unarchive")
            if archived
            else translate("SelectionBar", "Archive")
        )
