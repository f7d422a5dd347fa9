"""Step 1 of the import: which file, and what kind of file Giveback takes it for
(the user may say otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton

from crm_desktop.services.interchange.records import IMPORT_FORMATS
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.interchange.import_dialog.page import Page

translate = QCoreApplication.translate

FILTERS = QT_TRANSLATE_NOOP(
    "FilePage",
    "Contacts files (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;"
    "Giveback full export (*.json);;All files (*)",
)
# The formats' names (services/interchange/records.IMPORT_FORMATS), for lupdate.
FORMAT_NAMES = (
    QT_TRANSLATE_NOOP("FilePage", "vCard (.vcf)"),
    QT_TRANSLATE_NOOP("FilePage", "LinkedIn Connections.csv"),
    QT_TRANSLATE_NOOP("FilePage", "Google Contacts CSV"),
    QT_TRANSLATE_NOOP("FilePage", "Other CSV (choose the columns)"),
    QT_TRANSLATE_NOOP("FilePage", "Giveback full export (.json)"),
)


def format_name(key: str) -> str:
    """The import format *key*'s name in the window's language."""
    return translate("FilePage", IMPORT_FORMATS[key])


def downloads_or_home() -> str:
    """Where exports usually land; home when there is no Downloads folder (the file
    chooser would otherwise offer "Downloads" as the file name)."""
    for where in (
        QStandardPaths.StandardLocation.DownloadLocation,
        QStandardPaths.StandardLocation.HomeLocation,
    ):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            return folder
    return ""


class FilePage(Page):
    """The file and its format. The format stays greyed out until Giveback has looked
    at the file; ``detected`` is what it looked like (None when it could not tell)."""

    def __init__(self):
        super().__init__(
            translate("FilePage", "Import contacts"),
            translate(
                "FilePage",
                "Giveback reads vCard files (.vcf) from phones, Google, Apple and Outlook, "
                "LinkedIn's Connections.csv, Google Contacts CSV, any other CSV, and its own "
                "full export (.json). You see what will happen before anything changes.",
            ),
        )
        self.detected: str | None = None
        self.choose_button = QPushButton(translate("FilePage", "Choose a file…"))
        self.file_label = plain_label(wrap=True)
        self.file_label.setText(
            translate("FilePage", "No file chosen yet. You can also drop a file on the window.")
        )
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        self.format_combo = QComboBox()
        for key in IMPORT_FORMATS:
            self.format_combo.addItem(format_name(key), key)
        self.format_combo.setEnabled(False)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.format_note = plain_label("muted", wrap=True)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(translate("FilePage", "File:"), file_row)
        form.addRow(translate("FilePage", "Read it as:"), self.format_combo)
        form.addRow("", self.format_note)
        self.body.addLayout(form)
        self.body.addStretch(1)

    @property
    def format(self) -> str:
        """The format the file will be read as (the key of IMPORT_FORMATS)."""
        return self.format_combo.currentData()

    @property
    def format_known(self) -> bool:
        """Whether Giveback has looked at the file, so the format can be chosen."""
        return self.format_combo.isEnabled()

    def ask_for_file(self, current: Path | None) -> str:
        """The file the user chooses ("" if none), starting beside *current* if any."""
        start = str(current.parent) if current else downloads_or_home()
        return prompts.ask_open_path(
            self.window(),
            translate("FilePage", "Import contacts"),
            start,
            translate("FilePage", FILTERS),
        )

    def show_file(self, path: Path) -> None:
        """Name *path* while Giveback finds out what kind of file it is."""
        self.file_label.setText(
            translate("FilePage", "{file}\nin {folder}").format(file=path.name, folder=path.parent)
        )
        self.format_combo.setEnabled(False)
        self.format_note.setText("")

    def show_detected(self, key: str) -> None:
        self.detected = key
        self.format_combo.setEnabled(True)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(key)))
        self._on_format_combo_changed()

    def show_not_detected(self) -> None:
        """Giveback could not tell: let the user pick the format if they know better."""
        self.detected = None
        self.format_combo.setEnabled(True)
        self.format_note.setText(
            translate("FilePage", "Choose the format if you know what this file is.")
        )

    @Slot()
    def _on_format_combo_changed(self, _index: int = 0) -> None:
        chosen = self.format_combo.currentData()
        if self.detected is None:
            return
        if chosen == self.detected:
            self.format_note.setText(
                translate("FilePage", "It looks like a {format} file.").format(
                    format=format_name(chosen)
                )
            )
        else:
            self.format_note.setText(
                translate(
                    "FilePage",
                    "It looked like a {detected} file; Giveback will read it as {chosen}.",
                ).format(detected=format_name(self.detected), chosen=format_name(chosen))
            )
