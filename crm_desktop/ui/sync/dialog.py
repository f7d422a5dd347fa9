"""File ▸ Sync…: the server, the account, the address book and calendar, automatic sync.

"Test connection" asks the server (in a worker thread) which address books and calendars
the user has and offers them in two drop-downs; "Sync now" sets the account up when it
is new or changed and runs a sync through the window's ``SyncController``, with
progress and Cancel. Every name the server gives is shown as plain text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import sync
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.common.workers import WorkerRunner
from crm_desktop.ui.sync.controller import Outcome, SyncController
from crm_desktop.ui.sync.status import when

translate = QCoreApplication.translate

INTRO = QT_TRANSLATE_NOOP(
    "SyncDialog",
    "Giveback syncs your contacts with an address book, and your meetings and follow-ups "
    "with a calendar, on a CardDAV and CalDAV server you already use (Nextcloud, Radicale, "
    "Baïkal, Fastmail, iCloud…). Nothing goes anywhere else.",
)
STAYS_HERE = QT_TRANSLATE_NOOP(
    "SyncDialog",
    "What does not sync: the give-and-ask ledger, your insights and smart lists stay on "
    "this computer; contacts' photos stay on the server. A contact deleted on the server "
    "is archived here, never destroyed.",
)
PASSWORD_NOTE = QT_TRANSLATE_NOOP(
    "SyncDialog",
    "An app password works too. It is kept in this computer's keyring, or, where there is "
    "none, in a file in Giveback's data folder that only you can read.",
)
INSECURE_NOTE = QT_TRANSLATE_NOOP(
    "SyncDialog",
    "This address starts with http://: your password and your contacts would travel "
    "unencrypted, readable on the network between you and the server. Prefer https://.",
)
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
EVERY_DEFAULT = 15


def needs_insecure(url: str) -> bool:
    """Whether *url* is plain http to another computer (only this one is safe unencrypted)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() == "http" and (parts.hostname or "") not in LOOPBACK


class SyncDialog(QDialog):
    """Set up, test, run and forget the sync account; open the conflicts."""

    conflicts_requested = Signal()
    automatic_changed = Signal()  # the account's automatic syncs changed (or it is gone)

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(translate("SyncDialog", "Sync"))
        self.setMinimumWidth(580)
        self.discovery: sync.Discovery | None = None
        self.runner = WorkerRunner(self)
        self._build()
        controller.started.connect(self._on_controller_started)
        controller.progressed.connect(self._on_controller_progressed)
        controller.finished.connect(self._on_controller_finished)
        self.show_account(sync.account())
        self._busy(controller.busy)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self._fit)
        for label in (self.report, self.error, self.last_sync, self.found, self.step):
            label.installEventFilter(self)
        self._fit()

    def eventFilter(self, watched, event) -> bool:
        """A note shown or hidden, or a text changed: grow to fit (a moment later, once)."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize):
            self._fit_timer.start(0)
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Tall enough for every wrapped note at the dialog's width; never narrower."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if self.height() < needed:
            self.resize(width, needed)

    # Building ----------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(translate("SyncDialog", INTRO))
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://dav.example.org")
        self.server.setAccessibleName(translate("SyncDialog", "Server address"))
        self.user = QLineEdit()
        self.user.setAccessibleName(translate("SyncDialog", "User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("SyncDialog", "Password"))
        self.password_note = self._note(translate("SyncDialog", PASSWORD_NOTE))
        self.insecure = QCheckBox(translate("SyncDialog", "Allow an u&nencrypted connection"))
        self.insecure_note = self._note(translate("SyncDialog", INSECURE_NOTE))
        self.test_button = QPushButton(translate("SyncDialog", "&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.found = plain_label("muted", wrap=True)
        self.addressbook = QComboBox()
        self.addressbook.setAccessibleName(translate("SyncDialog", "Address book"))
        self.calendar = QComboBox()
        self.calendar.setAccessibleName(translate("SyncDialog", "Calendar"))
        for combo in (self.addressbook, self.calendar):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(24)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("SyncDialog", "Ser&ver address:"), self.server)
        form.addRow(translate("SyncDialog", "&User name:"), self.user)
        # The notes sit under the field they are about, in one row with it (a row of
        # their own would add a whole row's spacing above each).
        password_label = QLabel(translate("SyncDialog", "&Password:"))
        password_label.setBuddy(self.password)
        password_box = QVBoxLayout()
        password_box.setSpacing(4)
        for widget in (self.password, self.password_note, self.insecure, self.insecure_note):
            password_box.addWidget(widget)
        form.addRow(password_label, password_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.found, 1)
        form.addRow("", test_row)
        form.addRow(translate("SyncDialog", "&Address book:"), self.addressbook)
        form.addRow(translate("SyncDialog", "Ca&lendar:"), self.calendar)

        self.at_start = QCheckBox(translate("SyncDialog", "At sta&rt"))
        self.every = QCheckBox(translate("SyncDialog", "&Every"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setValue(EVERY_DEFAULT)
        self.minutes.setSuffix(translate("SyncDialog", " min"))
        self.minutes.setAccessibleName(translate("SyncDialog", "Minutes between syncs"))
        while_open = QLabel(translate("SyncDialog", "while Giveback is open"))
        self.at_quit = QCheckBox(translate("SyncDialog", "At &quit"))
        every_row = QHBoxLayout()
        every_row.addWidget(self.every)
        every_row.addWidget(self.minutes)
        every_row.addWidget(while_open)
        every_row.addStretch(1)
        automatic = QGroupBox(translate("SyncDialog", "Sync automatically"))
        automatic_layout = QVBoxLayout(automatic)
        automatic_layout.addWidget(self.at_start)
        automatic_layout.addLayout(every_row)
        automatic_layout.addWidget(self.at_quit)

        stays = self._note(translate("SyncDialog", STAYS_HERE))
        self.last_sync = plain_label("lastSync", wrap=True)
        self.report = plain_label("syncReport", wrap=True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setAccessibleName(translate("SyncDialog", "What the sync changed"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("SyncDialog", "Sync progress"))
        self.progress.setTextVisible(False)
        self.step = plain_label("muted")
        self.cancel_button = QPushButton(translate("SyncDialog", "Cancel s&ync"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.error = plain_label("formError", wrap=True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setAccessibleName(translate("SyncDialog", "What went wrong"))
        self.error.hide()

        self.forget_button = QPushButton(translate("SyncDialog", "&Forget this account"))
        self.forget_button.clicked.connect(self.forget)
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.close_button = QPushButton(translate("SyncDialog", "&Close"))
        self.close_button.clicked.connect(self.reject)
        self.sync_button = QPushButton(translate("SyncDialog", "&Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.sync_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(automatic)
        layout.addWidget(stays)
        layout.addWidget(self.last_sync)
        layout.addWidget(self.report)
        layout.addLayout(progress_row)
        layout.addWidget(self.step)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.server.textChanged.connect(self._on_server_text_changed)
        for box in (self.at_start, self.every, self.at_quit):
            box.toggled.connect(self._on_automatic_changed)
        self.minutes.valueChanged.connect(self._on_automatic_changed)

    @staticmethod
    def _note(text: str) -> QLabel:
        note = QLabel(text)
        note.setObjectName("muted")
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        return note

    # Showing the account -----------------------------------------------------------
    def show_account(self, account: sync.Account | None) -> None:
        """Fill the form from *account* (None: empty, ready for a new one)."""
        self.account = account
        self.server.setText(account.url if account else "")
        self.user.setText(account.user if account else "")
        self.password.clear()
        self.password.setPlaceholderText(
            translate("SyncDialog", "kept; type a new one to change it") if account else ""
        )
        if account is not None:
            where = (
                translate("SyncDialog", "The password is kept in this computer's keyring.")
                if account.password_store == "keyring"
                else translate(
                    "SyncDialog",
                    "This computer has no keyring: the password is kept in a file in "
                    "Giveback's data folder that only you can read.",
                )
            )
            self.password_note.setText(where)
        else:
            self.password_note.setText(translate("SyncDialog", PASSWORD_NOTE))
        self.insecure.setChecked(bool(account and account.allow_insecure))
        self._fill_collections()
        for box, on in (
            (self.at_start, account and account.at_start),
            (self.every, account and account.every_minutes > 0),
            (self.at_quit, account and account.at_quit),
        ):
            box.blockSignals(True)
            box.setChecked(bool(on))
            box.blockSignals(False)
        self.minutes.blockSignals(True)
        self.minutes.setValue(
            account.every_minutes if account and account.every_minutes else EVERY_DEFAULT
        )
        self.minutes.blockSignals(False)
        self.forget_button.setVisible(account is not None)
        self._on_server_text_changed(self.server.text())
        self.show_status()

    def show_status(self) -> None:
        status = sync.status()
        if status.account is None:
            self.last_sync.setText(translate("SyncDialog", "Sync is not set up yet."))
        elif status.last_run is None:
            self.last_sync.setText(translate("SyncDialog", "Not synced yet."))
        elif status.ok:
            self.last_sync.setText(
                translate("SyncDialog", "Last sync {when}: done.").format(
                    when=when(status.last_run)
                )
            )
        else:
            self.last_sync.setText(
                translate("SyncDialog", "Last sync {when} failed: {why}").format(
                    when=when(status.last_run), why=status.message
                )
            )
        self.conflicts_button.setText(self.tr("C&onflicts (%n)…", "", status.conflicts))
        self.conflicts_button.setVisible(status.conflicts > 0)

    def _fill_collections(self) -> None:
        """The drop-downs: what the last test found, else the account's own choice."""
        account = self.account
        found = self.discovery
        books = list(found.addressbooks) if found else []
        calendars = list(found.calendars) if found else []
        if account is not None:
            if account.addressbook and all(c.url != account.addressbook.url for c in books):
                books.insert(0, account.addressbook)
            if account.calendar and all(c.url != account.calendar.url for c in calendars):
                calendars.insert(0, account.calendar)
        self.addressbook.clear()
        if not books:
            self.addressbook.addItem(translate("SyncDialog", "The first one the server has"), None)
        for book in books:
            self.addressbook.addItem(book.name or book.url, book.url)
            self.addressbook.setItemData(
                self.addressbook.count() - 1, book.url, Qt.ItemDataRole.ToolTipRole
            )
        self.calendar.clear()
        # A calendar "Giveback" there already (made on another computer) comes first.
        calendars.sort(key=lambda c: c.name.casefold() != "giveback")
        if not calendars or calendars[0].name.casefold() != "giveback":
            self.calendar.addItem(translate("SyncDialog", "Create a new calendar “Giveback”"))
        for calendar in calendars:
            self.calendar.addItem(calendar.name or calendar.url, calendar.url)
            self.calendar.setItemData(
                self.calendar.count() - 1, calendar.url, Qt.ItemDataRole.ToolTipRole
            )
        if account is not None:
            for combo, chosen in (
                (self.addressbook, account.addressbook),
                (self.calendar, account.calendar),
            ):
                if chosen is not None:
                    combo.setCurrentIndex(max(0, combo.findData(chosen.url)))

    @Slot(str)
    def _on_server_text_changed(self, text: str) -> None:
        insecure = needs_insecure(text)
        self.insecure.setVisible(insecure)
        self.insecure_note.setVisible(insecure)
        self.insecure.setEnabled(insecure)
        if hasattr(self, "_fit_timer"):
            self._fit_timer.start(0)

    # Test connection ---------------------------------------------------------------
    def _entered(self) -> tuple[str, str, str, bool]:
        return (
            self.server.text().strip(),
            self.user.text().strip(),
            self.password.text(),
            self.insecure.isChecked() and needs_insecure(self.server.text()),
        )

    def _check_entered(self, need_password: bool) -> bool:
        url, user, password, _insecure = self._entered()
        missing = (
            translate("SyncDialog", "Type the server's address.")
            if not url
            else translate("SyncDialog", "Type your user name.")
            if not user
            else translate("SyncDialog", "Type your password.")
            if need_password and not password
            else ""
        )
        if missing:
            self._fail(missing)
        return not missing

    def test_connection(self) -> None:
        """Ask the server what it has, off the window's thread."""
        self.error.hide()
        if not self._check_entered(need_password=True):
            return
        url, user, password, insecure = self._entered()
        self._testing(True)
        self.runner.start(
            lambda _report, _cancelled: sync.discover(url, user, password, allow_insecure=insecure),
            self._on_discovered,
            self._on_test_failed,
        )

    def _on_discovered(self, discovery: sync.Discovery) -> None:
        self._testing(False)
        self.discovery = discovery
        self._fill_collections()
        self.found.setText(
            translate("SyncDialog", "Connected: {books} and {calendars} found.").format(
                books=self.tr("%n address book(s)", "", len(discovery.addressbooks)),
                calendars=self.tr("%n calendar(s)", "", len(discovery.calendars)),
            )
        )

    def _on_test_failed(self, message: str) -> None:
        self._testing(False)
        self.found.clear()
        self._fail(message)

    def _testing(self, testing: bool) -> None:
        self.test_button.setEnabled(not testing)
        self.sync_button.setEnabled(not testing and not self.controller.busy)
        self.found.setText(translate("SyncDialog", "Asking the server…") if testing else "")

    # Sync now ----------------------------------------------------------------------
    def _changed_account(self) -> bool:
        """Whether what the form holds differs from the account set up (or there is none)."""
        account = self.account
        url, user, password, insecure = self._entered()
        if account is None or password:
            return True
        chosen_book = self.addressbook.currentData()
        chosen_calendar = self.calendar.currentData()
        return (
            url != account.url
            or user != account.user
            or insecure != account.allow_insecure
            or chosen_book != (account.addressbook.url if account.addressbook else None)
            or chosen_calendar != (account.calendar.url if account.calendar else None)
        )

    def sync_now(self, allow_emptying: bool = False) -> None:
        self.error.hide()
        self.report.clear()
        prepare = None
        if self._changed_account():
            if not self._check_entered(need_password=True):
                return
            url, user, password, insecure = self._entered()
            book, calendar = self.addressbook.currentData(), self.calendar.currentData()
            automatic = self._automatic()

            def prepare() -> None:
                sync.setup(url, user, password, book, calendar, allow_insecure=insecure)
                sync.set_automatic(*automatic)

        self.runner.forget()  # a test still running: its answer no longer matters
        self._testing(False)
        if not self.controller.sync(prepare, allow_emptying=allow_emptying):
            self._fail(translate("SyncDialog", "A sync is running already."))

    def cancel(self) -> None:
        self.controller.cancel()
        self.step.setText(translate("SyncDialog", "Stopping after the current step…"))

    @Slot()
    def _on_controller_started(self) -> None:
        self._busy(True)

    @Slot(int, int, str)
    def _on_controller_progressed(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.step.setText(what)

    @Slot(object)
    def _on_controller_finished(self, outcome: Outcome) -> None:
        self._busy(False)
        self.show_account(sync.account())
        if outcome.ok:
            lines = outcome.report.lines() or [translate("SyncDialog", "Nothing changed.")]
            self.report.setText("\n".join(lines))
            if outcome.report.conflicts:
                self.conflicts_requested.emit()
        elif outcome.cancelled:
            self.report.setText(
                translate("SyncDialog", "Sync cancelled. The next sync finishes the job.")
            )
        elif outcome.emptied is not None:
            if self.confirm_emptying(outcome.emptied):
                self.sync_now(allow_emptying=True)
            else:
                self.report.setText(translate("SyncDialog", "Nothing was synced."))
        else:
            self._fail(outcome.error)

    def confirm_emptying(self, emptied: sync.SideEmptied) -> bool:
        """Ask before a sync empties the other side too (a method so tests can answer)."""
        return prompts.confirm(
            self,
            translate("SyncDialog", "Sync"),
            self.emptied_question(emptied),
            translate("SyncDialog", "Sync Anyway"),
        )

    def emptied_question(self, emptied: sync.SideEmptied) -> str:
        """What one side emptied since the last sync means for the other, as a question."""
        n = emptied.count
        questions = {
            ("server", "contact"): self.tr(
                "The server has none of the %n contact(s) it had at the last sync. Sync "
                "anyway, and archive them on this computer too?",
                "",
                n,
            ),
            ("server", "meeting"): self.tr(
                "The server has none of the %n meeting(s) it had at the last sync. Sync "
                "anyway, and remove them on this computer too?",
                "",
                n,
            ),
            ("server", "followup"): self.tr(
                "The server has none of the %n follow-up(s) it had at the last sync. Sync "
                "anyway, and remove them on this computer too?",
                "",
                n,
            ),
            ("here", "contact"): self.tr(
                "This computer has none of the %n contact(s) it had at the last sync. Sync "
                "anyway, and delete them on the server too?",
                "",
                n,
            ),
            ("here", "meeting"): self.tr(
                "This computer has none of the %n meeting(s) it had at the last sync. Sync "
                "anyway, and delete them on the server too?",
                "",
                n,
            ),
            ("here", "followup"): self.tr(
                "This computer has none of the %n follow-up(s) it had at the last sync. Sync "
                "anyway, and delete them on the server too?",
                "",
                n,
            ),
        }
        return questions.get((emptied.side, emptied.kind)) or questions[(emptied.side, "contact")]

    def _automatic(self) -> tuple[bool, int, bool]:
        minutes = self.minutes.value() if self.every.isChecked() else 0
        return self.at_start.isChecked(), minutes, self.at_quit.isChecked()

    def _on_automatic_changed(self, *_args) -> None:
        self.minutes.setEnabled(self.every.isChecked())
        if self.account is not None:
            sync.set_automatic(*self._automatic())
            self.account = sync.account()
            self.automatic_changed.emit()

    # Forget ------------------------------------------------------------------------
    def forget(self) -> None:
        if self.account is None:
            return
        question = translate(
            "SyncDialog",
            "Forget the account {user} at {server}? Giveback drops its password and what it "
            "knows about the last sync. Every contact, meeting and follow-up stays, here and "
            "on the server.",
        ).format(user=self.account.user, server=self.account.url)
        if not prompts.confirm(
            self, translate("SyncDialog", "Sync"), question, translate("SyncDialog", "Forget")
        ):
            return
        sync.forget()
        self.discovery = None
        self.report.clear()
        self.show_account(None)
        self.automatic_changed.emit()

    # Busy or not -------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for widget in (self.progress, self.cancel_button, self.step):
            widget.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.step.setText(translate("SyncDialog", "Syncing…"))
        for widget in (
            self.server,
            self.user,
            self.password,
            self.insecure,
            self.test_button,
            self.addressbook,
            self.calendar,
            self.forget_button,
            self.sync_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._on_server_text_changed(self.server.text())
            self.minutes.setEnabled(self.every.isChecked())

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
