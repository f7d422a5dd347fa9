"""File ▸ Security…: whether Giveback's files are encrypted, and how the key is held.

The change runs in a worker thread (the database and every backup are converted, which
takes a while for a big network with many backups) while the window waits, its own
connection closed; then every page reads the converted database again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services import database, events
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.common.workers import WorkerRunner
from crm_desktop.ui.security.passphrase import button_row, passphrase_field

translate = QCoreApplication.translate

NOTE = QT_TRANSLATE_NOOP(
    "SecurityDialog",
    "Encryption covers the database and every backup in Giveback's data folder. Exports "
    "(vCard, CSV, JSON, iCalendar) stay plain files, as you choose to share them. "
    "A forgotten passphrase cannot be recovered, and neither can what it protects.",
)
FIRST_RUN = QT_TRANSLATE_NOOP(
    "SecurityDialog",
    "Giveback keeps what people tell you in confidence. Encrypt it on this computer, so "
    "that a lost laptop or a backup folder synced to the cloud shows nothing? You can "
    "change this at any time (File ▸ Security…).",
)


class SecurityDialog(QDialog):
    """Not encrypted · a key in the keyring · a passphrase (remembered or not)."""

    changed = Signal(object)  # the new unlock.Status
    converting = Signal(bool)  # True while the database file is being swapped

    def __init__(self, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self.setWindowTitle(
            translate("SecurityDialog", "Keep your network private")
            if first_run
            else translate("SecurityDialog", "Security")
        )
        self.setMinimumWidth(520)
        self.status_label = plain_label("securityStatus", wrap=True)
        self.plain = QRadioButton(translate("SecurityDialog", "&Not encrypted"))
        self.keyring = QRadioButton(
            translate("SecurityDialog", "Encrypted, the key kept in this computer's &keyring")
        )
        self.passphrase = QRadioButton(translate("SecurityDialog", "Encrypted with a &passphrase"))
        self.choice = QButtonGroup(self)
        for button in (self.plain, self.keyring, self.passphrase):
            self.choice.addButton(button)
        self.keyring_works = keys.keyring_works()
        if not self.keyring_works:
            self.keyring.setEnabled(False)
            self.keyring.setText(
                translate("SecurityDialog", "{choice} (no keyring on this computer)").format(
                    choice=self.keyring.text()
                )
            )
        self.new_passphrase = passphrase_field(translate("SecurityDialog", "at least 8 characters"))
        self.new_passphrase.setAccessibleName(translate("SecurityDialog", "New passphrase"))
        self.again = passphrase_field()
        self.again.setAccessibleName(translate("SecurityDialog", "New passphrase again"))
        self.remember = QCheckBox(
            translate("SecurityDialog", "&Remember on this computer (no passphrase at start)")
        )
        self.remember.setEnabled(self.keyring_works)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(translate("SecurityDialog", "New pass&phrase:"), self.new_passphrase)
        form.addRow(translate("SecurityDialog", "&Again:"), self.again)
        form.addRow("", self.remember)
        note = QLabel(translate("SecurityDialog", NOTE))
        note.setWordWrap(True)
        note.setObjectName("securityNote")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("SecurityDialog", "Converting files"))
        self.progress.hide()
        self.error = plain_label("formError", wrap=True)
        self.error.hide()
        self.close_button = QPushButton(
            translate("SecurityDialog", "Not now")
            if first_run
            else translate("SecurityDialog", "&Close")
        )
        self.close_button.clicked.connect(self.reject)
        self.apply_button = QPushButton(
            translate("SecurityDialog", "&Encrypt")
            if first_run
            else translate("SecurityDialog", "&Apply")
        )
        self.apply_button.setObjectName("primary")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(translate("SecurityDialog", FIRST_RUN))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(self.status_label)
        for button in (self.plain, self.keyring, self.passphrase):
            layout.addWidget(button)
        layout.addWidget(self.fields)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addLayout(button_row(self.close_button, self.apply_button))
        # 520 px, or wider when a translation makes the fields' check box longer: a
        # minimum width set by hand would otherwise win over the layout's and clip it.
        margins = layout.contentsMargins()
        needed = self.fields.minimumSizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(520, needed))
        self.runner = WorkerRunner(self, self.progress)
        self.choice.buttonToggled.connect(self._update)
        self.show_status(unlock.status())
        if first_run:
            (self.keyring if self.keyring_works else self.passphrase).setChecked(True)

    def show_status(self, status: unlock.Status) -> None:
        self.current = status
        self.status_label.setText(status.describe())
        chosen = {keys.NONE: self.plain, keys.KEYRING: self.keyring}.get(
            status.holder, self.passphrase
        )
        chosen.setChecked(True)
        self.remember.setChecked(status.remembered)
        self.new_passphrase.clear()
        self.again.clear()
        self.new_passphrase.setPlaceholderText(
            translate("SecurityDialog", "leave empty to keep your passphrase")
            if status.holder == keys.PASSPHRASE
            else translate("SecurityDialog", "at least 8 characters")
        )
        self._update()

    def _update(self, *_args) -> None:
        self.fields.setEnabled(self.passphrase.isChecked())

    # -- applying the choice ----------------------------------------------------------

    def apply(self) -> None:
        self.error.hide()
        try:
            change = self._change()
        except GivebackError as err:
            self._fail(str(err))
            return
        if change is None:
            self.accept()
            return
        unreadable = convert.plan().unreadable
        if unreadable:
            names = "\n".join(str(p) for p in unreadable)
            question = translate(
                "SecurityDialog",
                "These files in Giveback's data folder cannot be converted (damaged copies "
                "of the database, or backups with another key):\n\n{names}\n\nRemove them "
                "and go on? To keep them, move them somewhere safe first and try again.",
            ).format(names=names)
            if not prompts.confirm(
                self,
                translate("SecurityDialog", "Security"),
                question,
                translate("SecurityDialog", "Remove and Go On"),
            ):
                return
        self._run(change, remove_unreadable=bool(unreadable))

    def _change(self):
        """What to run for the choice made (None: nothing to convert)."""
        status = self.current
        if self.plain.isChecked():
            return convert.decrypt if status.encrypted else None
        if self.keyring.isChecked():
            if status.encrypted and status.holder == keys.KEYRING:
                return None
            return convert.encrypt_with_keyring
        typed, again = self.new_passphrase.text(), self.again.text()
        if not typed and status.holder == keys.PASSPHRASE:
            if self.remember.isChecked() != status.remembered:  # only remembering changes
                unlock.remember(self.remember.isChecked())
                self.show_status(unlock.status())
                self.changed.emit(self.current)
            return None
        if typed != again:
            raise GivebackError(
                translate("SecurityDialog", "The two passphrases differ; type the same one twice.")
            )
        keys.check_new_passphrase(typed)
        remember = self.remember.isChecked()
        return lambda **o: convert.encrypt_with_passphrase(typed, remember, **o)

    def _run(self, change, remove_unreadable: bool) -> None:
        self._busy(True)
        self.converting.emit(True)  # the window's views leave the file alone meanwhile
        database.close()  # the worker needs the file to itself: this thread's connection

        def task(report, _cancelled):
            try:
                return change(
                    remove_unreadable=remove_unreadable,
                    progress=lambda done, total, _name: report(done, total),
                )
            finally:
                database.close()  # the worker's own connection to the converted file

        self.runner.start(task, self._done, self._fail_after_run)

    def _done(self, status: unlock.Status) -> None:
        self._busy(False)
        self.converting.emit(False)
        events.emit("contacts", "referrals", "meetings")
        self.show_status(status)
        self.changed.emit(status)
        prompts.inform(self, status.describe(), translate("SecurityDialog", "Security"))
        self.accept()

    def _fail_after_run(self, message: str) -> None:
        self._busy(False)
        self.converting.emit(False)
        events.emit("contacts", "referrals", "meetings")
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for widget in (
            self.apply_button,
            self.close_button,
            self.plain,
            self.keyring,
            self.passphrase,
            self.fields,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.keyring.setEnabled(self.keyring_works)
            self._update()
