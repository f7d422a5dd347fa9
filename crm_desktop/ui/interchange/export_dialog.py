"""File ▸ Export… and the selection bar's Export…: choose a format and which
contacts, then a file; the export runs in a worker thread with progress.

The service writes beside the target and renames into place, so a failed
export (disk full, no permission) leaves nothing half-written; the dialog says
what went wrong and stays open to try another place.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.encryption import unlock
from crm_desktop.services.interchange.export import export_file
from crm_desktop.services.interchange.records import EXPORT_FORMATS
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.widgets import cancel_and_primary, plain_label
from crm_desktop.ui.common.workers import WorkerRunner

translate = QCoreApplication.translate

EXTENSIONS = {"vcard": "vcf", "vcard3": "vcf", "csv": "csv", "ics": "ics", "json": "json"}
FILTERS = {
    "vcf": QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    "ics": QT_TRANSLATE_NOOP("ExportDialog", "iCalendar files (*.ics)"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
}
NOTES = {
    "vcard": QT_TRANSLATE_NOOP(
        "ExportDialog", "For phones, Google Contacts, Apple Contacts and Outlook."
    ),
    "vcard3": QT_TRANSLATE_NOOP("ExportDialog", "For older programs that do not read vCard 4.0."),
    "csv": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Every field, one row per contact, for spreadsheets. Cells that would run "
        "as formulas are written as plain text.",
    ),
    "ics": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "The meetings of these contacts, with attendees and notes, for calendar programs.",
    ),
    "json": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Everything: contacts, companies, referrals, meetings, follow-ups, gives and "
        "asks, insights. Giveback restores it exactly into an empty database.",
    ),
}
# The formats' names (services/interchange/records.EXPORT_FORMATS), for lupdate.
FORMAT_NAMES = (
    QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0 (.vcf)"),
    QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (.vcf)"),
    QT_TRANSLATE_NOOP("ExportDialog", "CSV, every field (.csv)"),
    QT_TRANSLATE_NOOP("ExportDialog", "Meetings as iCalendar (.ics)"),
    QT_TRANSLATE_NOOP("ExportDialog", "Everything as JSON (.json)"),
)


def _some(n: int, one: str, many: str, **values: object) -> str:
    """*one* or *many* (already translated) for *n*, its placeholders filled."""
    return (one if n == 1 else many).format(count=n, **values)


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, how many contacts (meetings for iCalendar)

    last_folder = ""  # where the previous export went, this session

    def __init__(self, contact_ids: list[int] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_ids = list(contact_ids or [])
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(620)

        heading = plain_label("paneTitle")
        heading.setText(translate("ExportDialog", "Export contacts"))
        intro = plain_label("muted", wrap=True)
        intro.setText(
            translate(
                "ExportDialog",
                "Take your data with you, or into another program. Nothing is uploaded.",
            )
        )
        if unlock.status().encrypted:
            intro.setText(
                translate(
                    "ExportDialog",
                    "Take your data with you, or into another program. Nothing is uploaded. "
                    "Giveback's own files are encrypted; an export is a plain "
                    "file that any program can read, so keep it somewhere safe.",
                )
            )

        self.format_combo = QComboBox()
        for key, label in EXPORT_FORMATS.items():
            self.format_combo.addItem(translate("ExportDialog", label), key)
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.format_note = plain_label("muted", wrap=True)

        total = contacts.count_contacts()
        archived = total - contacts.count_active()
        every = _some(
            total,
            translate("ExportDialog", "All 1 contact"),
            translate("ExportDialog", "All {count} contacts"),
        )
        if archived:
            every = translate("ExportDialog", "{contacts} ({archived} archived)").format(
                contacts=every, archived=number(archived)
            )
        self.all_radio = QRadioButton(every)
        count = len(self.contact_ids)
        self.selected_radio = QRadioButton(
            _some(
                count,
                translate("ExportDialog", "The selected contact"),
                translate("ExportDialog", "The {count} selected contacts"),
            )
        )
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.all_radio)
        self.scope.addButton(self.selected_radio)
        self.selected_radio.setVisible(bool(self.contact_ids))
        (self.selected_radio if self.contact_ids else self.all_radio).setChecked(True)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(4)
        scope_box.addWidget(self.selected_radio)
        scope_box.addWidget(self.all_radio)

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(translate("ExportDialog", "Format:"), self.format_combo)
        form.addRow("", self.format_note)
        form.addRow(translate("ExportDialog", "Contacts:"), scope_box)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self.result_label = plain_label(wrap=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.error_label = plain_label("formError", wrap=True)
        self.error_label.hide()
        self.runner = WorkerRunner(self, self.progress_bar)

        self.close_button, self.export_button = cancel_and_primary(
            self, translate("ExportDialog", "Export…"), self.choose_file_and_export
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._on_format_combo_changed()

    @property
    def format(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def chosen_ids(self) -> list[int] | None:
        """The contacts to export; None means all of them (and everything, for JSON)."""
        if self.format == "json" or not self.selected_radio.isChecked():
            return None
        return self.contact_ids

    @Slot()
    def _on_format_combo_changed(self, _index: int = 0) -> None:
        whole = self.format == "json"
        self.format_note.setText(translate("ExportDialog", NOTES[self.format]))
        self.selected_radio.setEnabled(not whole)
        if whole:
            self.all_radio.setChecked(True)
        elif self.contact_ids and not self.selected_radio.isChecked():
            self.selected_radio.setChecked(True)

    def suggested_path(self) -> Path:
        """A file name that says what is in it and when, in the last folder used."""
        folder = self.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        if self.format == "json":
            what = "everything"
        elif self.format == "ics":
            what = "meetings"
        else:
            what = "selected-contacts" if self.chosen_ids() is not None else "contacts"
        stamp = dt.date.today().isoformat()
        return Path(folder) / f"giveback-{what}-{stamp}.{EXTENSIONS[self.format]}"

    @Slot()
    def choose_file_and_export(self) -> None:
        extension = EXTENSIONS[self.format]
        chosen = prompts.ask_save_path(
            self,
            translate("ExportDialog", "Export to"),
            str(self.suggested_path()),
            translate("ExportDialog", "{files};;All files (*)").format(
                files=translate("ExportDialog", FILTERS[extension])
            ),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{extension}")
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the export to *path* in the worker, showing progress."""
        fmt, ids = self.format, self.chosen_ids()
        self.error_label.hide()
        self.result_label.setText(
            translate("ExportDialog", "Writing {file}…").format(file=path.name)
        )
        self.result_label.show()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._set_enabled(False)
        self._path = path
        self.runner.start(
            lambda report, _cancelled: export_file(path, fmt, ids, report),
            self._on_exported,
            self._on_export_failed,
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.export_button,
            self.close_button,
            self.format_combo,
            self.all_radio,
            self.selected_radio,
        ):
            widget.setEnabled(enabled)
        if enabled:
            self._on_format_combo_changed()

    def _on_exported(self, count: int) -> None:
        self.progress_bar.hide()
        self._set_enabled(True)
        if self.format == "ics":
            text = _some(
                count,
                translate("ExportDialog", "Exported 1 meeting to:\n{path}"),
                translate("ExportDialog", "Exported {count} meetings to:\n{path}"),
                path=self._path,
            )
        elif self.format == "json":
            text = _some(
                count,
                translate("ExportDialog", "Exported everything (1 contact) to:\n{path}"),
                translate("ExportDialog", "Exported everything ({count} contacts) to:\n{path}"),
                path=self._path,
            )
        else:
            text = _some(
                count,
                translate("ExportDialog", "Exported 1 contact to:\n{path}"),
                translate("ExportDialog", "Exported {count} contacts to:\n{path}"),
                path=self._path,
            )
        self.result_label.setText(text)
        self.close_button.setText(translate("ExportDialog", "Close"))
        self.export_button.setText(translate("ExportDialog", "Export again…"))
        ExportDialog.last_folder = str(self._path.parent)
        self.exported.emit(str(self._path), count)

    def _on_export_failed(self, message: str) -> None:
        self.progress_bar.hide()
        self.result_label.hide()
        self._set_enabled(True)
        self.error_label.setText(message)
        self.error_label.show()

    def reject(self) -> None:
        if not self.runner.busy:  # an export in progress finishes first (it is quick)
            super().reject()
