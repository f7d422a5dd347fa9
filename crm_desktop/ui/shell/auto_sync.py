"""The main window's part in sync: File ▸ Sync…, the status bar's word on it, and the
automatic syncs the user chose (at start, every N minutes while open, at quit).

The sync package is imported once the window is on screen, not before: a start that
has no sync set up pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QProgressDialog

translate = QCoreApplication.translate

START_DELAY_MS = 1500  # the window paints and settles before the first sync starts


class AutoSync(QObject):
    """Owns the window's ``SyncController``, its status label and the timers."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.controller = None
        self.label = None
        self.dialog = None
        self.conflicts_dialog = None
        self._after_quit_sync: Callable[[], object] | None = None
        self._quit_synced = False
        self._quit_box: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.timeout.connect(self._on_start_timer_timeout)
        QTimer.singleShot(0, self, self._attach)

    def _attach(self) -> None:
        """Build the controller and the label (once the window is up)."""
        if self.controller is not None:
            return
        from crm_desktop.services import sync
        from crm_desktop.ui.sync.controller import SyncController
        from crm_desktop.ui.sync.status import SyncStatus

        self.controller = SyncController(self)
        self.controller.started.connect(self._on_controller_started)
        self.controller.progressed.connect(self._on_controller_progressed)
        self.controller.finished.connect(self._on_controller_finished)
        self.label = SyncStatus(self.window)
        self.label.clicked.connect(self.open_dialog)
        self.window.statusBar().addPermanentWidget(self.label)
        self.label.show_status(sync.status())
        self.apply_automatic()
        bus = getattr(self.window, "bus", None)
        if bus is not None:  # a change from outside (e.g. `giveback sync setup`) shows too
            bus.contacts_changed.connect(self.apply_automatic)
        account = sync.account()
        if account is not None and account.at_start:
            self._start_timer.start(START_DELAY_MS)

    def apply_automatic(self) -> None:
        """Follow the account's "every N minutes" (or stop when there is none)."""
        from crm_desktop.services import sync

        account = sync.account()
        if account is not None and account.every_minutes > 0:
            self.timer.start(account.every_minutes * 60_000)
        else:
            self.timer.stop()
        if self.label is not None and not self.controller.busy:
            self.label.show_status(sync.status())

    # Dialogs -------------------------------------------------------------------------
    def open_dialog(self):
        """File ▸ Sync… (or a click on the status bar's sync label)."""
        from crm_desktop.ui.sync.dialog import SyncDialog

        self._attach()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = SyncDialog(self.controller, self.window)
        dialog.automatic_changed.connect(self.apply_automatic)
        dialog.conflicts_requested.connect(self.open_conflicts)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_conflicts(self):
        from crm_desktop.ui.sync.conflicts import ConflictsDialog

        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else None
        dialog = ConflictsDialog(parent or self.window)
        dialog.resolved.connect(self._on_conflicts_dialog_resolved)
        dialog.open()
        self.conflicts_dialog = dialog
        return dialog

    @Slot(int)
    def _on_conflicts_dialog_resolved(self, _conflict_id: int) -> None:
        from crm_desktop.services import sync

        if self.dialog is not None:
            self.dialog.show_status()
        if not self.controller.busy:
            self.label.show_status(sync.status())

    # Running -------------------------------------------------------------------------
    def sync_now(self) -> bool:
        self._attach()
        return self.controller.sync()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.sync_now()  # one running already: this turn is skipped

    @Slot()
    def _on_start_timer_timeout(self) -> None:
        self.sync_now()

    @Slot()
    def _on_controller_started(self) -> None:
        self.label.show_running()

    @Slot(int, int, str)
    def _on_controller_progressed(self, done: int, total: int, what: str) -> None:
        self.label.show_running(done, total, what)
        if self._quit_box is not None and total > 0:
            self._quit_box.setRange(0, total)
            self._quit_box.setValue(min(done, total))

    @Slot(object)
    def _on_controller_finished(self, outcome) -> None:
        from crm_desktop.services import sync

        self.label.show_outcome(outcome, sync.status())
        if self._after_quit_sync is not None:
            then, self._after_quit_sync = self._after_quit_sync, None
            if self._quit_box is not None:
                self._quit_box.close()
                self._quit_box = None
            then()

    # Quitting ------------------------------------------------------------------------
    def hold_quit(self, then: Callable[[], object]) -> bool:
        """True when the window should wait: a sync at quit starts (or the one running
        ends) first, then *then* runs (closing the window again). Asked once."""
        if self._after_quit_sync is not None:
            return True  # already waiting
        if self.controller is None or self._quit_synced:
            return False
        from crm_desktop.services import sync

        account = sync.account()
        if account is None or not account.at_quit:
            return False
        self.timer.stop()
        self._start_timer.stop()
        if not self.controller.busy and not self.controller.sync():
            return False
        self._quit_synced = True
        self._after_quit_sync = then
        box = QProgressDialog(
            translate("AutoSync", "Syncing before Giveback quits…"),
            translate("AutoSync", "&Quit without waiting"),
            0,
            0,
            self.window,
        )
        box.setWindowTitle(translate("AutoSync", "Sync"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.canceled.connect(self.controller.cancel)
        box.show()
        self._quit_box = box
        return True

    def stop(self) -> None:
        """The window closes: no more automatic syncs; a running one ends first."""
        self.timer.stop()
        self._start_timer.stop()
        if self.controller is not None:
            self.controller.cancel()
            self.controller.wait()
