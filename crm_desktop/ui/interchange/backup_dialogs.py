"""File ▸ Back up now…, File ▸ Restore from backup…, and the start-up notice
about a damaged database. The work is done by ``services.backups``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services import backups
from crm_desktop.services.backups import BackupInfo, StartReport
from crm_desktop.services.contacts import contacts
from crm_desktop.services.text import show_date
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.table_model import RecordTableModel
from crm_desktop.ui.common.widgets import list_table, plain_label

translate = QCoreApplication.translate

FILTERS = QT_TRANSLATE_NOOP(
    "interchange.backup_dialogs", "Giveback backups (*.sqlite3);;All files (*)"
)
COL_DATE, COL_CONTACTS, COL_KIND, COL_SIZE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Taken"),
    QT_TRANSLATE_NOOP("headers", "Contacts"),
    QT_TRANSLATE_NOOP("headers", "Kind"),
    QT_TRANSLATE_NOOP("headers", "Size"),
)


def _when(moment: dt.datetime) -> str:
    return show_date(moment, weekday=True, time=True)


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            if unit == "bytes":
                return translate("interchange.backup_dialogs", "{size} bytes").format(
                    size=f"{n:.0f}"
                )
            return f"{QLocale().toString(float(n), 'f', 1)} {unit}"
        n /= 1024
    return ""


def _describe(info: BackupInfo) -> str:
    return translate("interchange.backup_dialogs", "the backup from {date} ({contacts})").format(
        date=_when(info.taken_at), contacts=backups.contacts_phrase(info.contact_count)
    )


def back_up_now(parent: QWidget | None) -> Path | None:
    """Ask where (the backups folder is suggested), write the backup, say so."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suggested = backups.backups_dir() / f"giveback-manual-{stamp}.sqlite3"
    backups.backups_dir().mkdir(parents=True, exist_ok=True)
    chosen = prompts.ask_save_path(
        parent,
        translate("interchange.backup_dialogs", "Back up now"),
        str(suggested),
        translate("interchange.backup_dialogs", FILTERS),
    )
    if not chosen:
        return None
    try:
        target = backups.backup_now(chosen, replace=True)
    except GivebackError as err:
        prompts.inform(parent, str(err), translate("interchange.backup_dialogs", "Back up now"))
        return None
    info = backups.read_info(target)
    count = backups.contacts_phrase(info.contact_count)
    prompts.inform(
        parent,
        translate("interchange.backup_dialogs", "Backed up {contacts} to:\n{path}").format(
            contacts=count, path=target
        ),
        translate("interchange.backup_dialogs", "Backed up"),
    )
    return target


def restore_from(parent: QWidget | None, info: BackupInfo) -> bool:
    """Ask, then restore *info*; True when the data was replaced."""
    if info.contact_count is None:
        prompts.inform(
            parent,
            translate(
                "interchange.backup_dialogs", "{file} is not a readable Giveback backup."
            ).format(file=info.path.name),
            translate("interchange.backup_dialogs", "Restore"),
        )
        return False
    current = contacts.count_contacts()
    question = translate(
        "interchange.backup_dialogs",
        "Replace your current data ({contacts}) with {backup}?\n\n"
        "Your current data is backed up first, so you can come back to it from this list.",
    ).format(contacts=backups.contacts_phrase(current), backup=_describe(info))
    if not prompts.confirm(
        parent,
        translate("interchange.backup_dialogs", "Restore from backup"),
        question,
        translate("interchange.backup_dialogs", "Restore"),
    ):
        return False
    try:
        saved = backups.restore(info.path)
    except GivebackError as err:
        prompts.inform(parent, str(err), translate("interchange.backup_dialogs", "Restore"))
        return False
    text = translate("interchange.backup_dialogs", "Restored {backup}.").format(
        backup=_describe(info)
    )
    if saved is not None:
        kept = translate("interchange.backup_dialogs", "Your previous data was kept in:\n{path}")
        text += "\n\n" + kept.format(path=saved)
    prompts.inform(parent, text, translate("interchange.backup_dialogs", "Restored"))
    return True


class BackupsTableModel(RecordTableModel[BackupInfo]):
    """The backups in the backups folder, newest first."""

    HEADERS = HEADERS

    def refresh(self) -> None:
        self.set_records(backups.list_backups())

    def cells(self, record: BackupInfo) -> tuple[str, ...]:
        return (
            _when(record.taken_at),
            translate("interchange.backup_dialogs", "unreadable")
            if record.contact_count is None
            else str(record.contact_count),
            record.reason_label,
            _size(record.size),
        )

    def extra_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self.record(row).path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_CONTACTS, COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """The backups, newest first, with their date and contact count."""

    restored = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.resize(640, 420)
        self.model = BackupsTableModel(self)
        self.model.refresh()
        self.table = list_table(self.model, (230, 90, 170), translate("RestoreDialog", "Backups"))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.intro = plain_label("hint", wrap=True)
        folder = backups.backups_dir()
        if self.model.rowCount():
            self.intro.setText(
                translate(
                    "RestoreDialog",
                    "Choose a backup to go back to. Your current data is backed up first. "
                    "Backups are kept in {folder}.",
                ).format(folder=folder)
            )
        else:
            self.intro.setText(
                translate(
                    "RestoreDialog",
                    "There are no backups in {folder} yet. Giveback takes one each day it is "
                    "started, or use File ▸ Back Up Now…",
                ).format(folder=folder)
            )

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(translate("RestoreDialog", "&Restore…"))
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(translate("RestoreDialog", "Other &File…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def restore_selected(self) -> bool:
        info = self.selected()
        return info is not None and self._restore(info)

    def _restore(self, info: BackupInfo) -> bool:
        if not restore_from(self, info):
            return False
        self.restored.emit()
        self.accept()
        return True

    def _on_table_double_clicked(self, _index) -> None:
        self.restore_selected()

    def _on_restore_button_clicked(self) -> None:
        self.restore_selected()

    def _on_other_button_clicked(self) -> None:
        path = prompts.ask_open_path(
            self,
            translate("RestoreDialog", "Restore from file"),
            str(backups.backups_dir()),
            translate("interchange.backup_dialogs", FILTERS),
        )
        if path:
            self._restore(backups.read_info(Path(path)))


def explain_start(parent: QWidget | None, report: StartReport) -> None:
    """Tell the user, plainly, about a damaged database found at start-up and
    offer the newest good backup."""
    if report.damaged:
        text = backups.damaged_message(report)
        if report.newest_backup is None:
            prompts.inform(
                parent, text, translate("interchange.backup_dialogs", "Database damaged")
            )
        elif prompts.confirm(
            parent,
            translate("interchange.backup_dialogs", "Database damaged"),
            text + "\n\n" + translate("interchange.backup_dialogs", "Restore it now?"),
            translate("interchange.backup_dialogs", "Restore Backup"),
        ):
            try:
                backups.restore(report.newest_backup.path)
            except GivebackError as err:
                prompts.inform(parent, str(err), translate("interchange.backup_dialogs", "Restore"))
    if report.backup_problem:
        prompts.inform(
            parent, report.backup_problem, translate("interchange.backup_dialogs", "Backup")
        )
