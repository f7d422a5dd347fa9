"""One sync at a time for the whole window, in a worker thread.

The Sync dialog's "Sync now", the automatic syncs (at start, every N minutes, at quit)
and the status bar all go through the window's one ``SyncController``: a sync asked
for while one runs is not started twice. The network and the database work happen in
the worker; the window only hears ``started``, ``progressed(done, total, what)`` and
``finished(outcome)``, on its own thread, and never waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from crm_desktop.services import sync
from crm_desktop.ui.common.workers import Worker


@dataclass(frozen=True)
class Outcome:
    """How a sync ended: a report, an error in plain words, one side found emptied (nothing
    done: ask the user), or cancelled."""

    report: sync.Report | None = None
    error: str = ""
    emptied: sync.SideEmptied | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.report is not None


class _SyncWorker(Worker):
    """A worker whose progress also says what it is doing ("Contacts 40 of 120")."""

    step = Signal(int, int, str)


class SyncController(QObject):
    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(object)  # an Outcome

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._worker: _SyncWorker | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def sync(self, prepare: Callable[[], Any] | None = None, allow_emptying: bool = False) -> bool:
        """Start a sync (after *prepare*, e.g. setting up the account, in the same worker);
        False, and nothing started, when one is running already."""
        if self._worker is not None:
            return False

        def task(_report, is_cancelled) -> Outcome:
            if prepare is not None:
                prepare()
            try:
                report = sync.run(
                    progress=worker.step.emit, cancelled=is_cancelled, allow_emptying=allow_emptying
                )
            except sync.SideEmptied as err:
                return Outcome(emptied=err)
            except sync.SyncCancelled:
                return Outcome(cancelled=True)
            return Outcome(report=report)

        worker = _SyncWorker(task)
        worker.step.connect(self._on_worker_step)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        worker.begin()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop at its next step (what it did so far is kept, and
        the next sync finishes the job)."""
        if self._worker is not None:
            self._worker.cancel()

    def wait(self, msecs: int = 30000) -> None:
        """Let the running sync end (the window calls this before it closes)."""
        if self._worker is not None:
            self._worker.wait(msecs)

    def _end(self, outcome: Outcome) -> None:
        self._worker = None
        self.finished.emit(outcome)

    @Slot(int, int, str)
    def _on_worker_step(self, done: int, total: int, what: str) -> None:
        if self.sender() is self._worker:
            self.progressed.emit(done, total, what)

    @Slot(object)
    def _on_worker_succeeded(self, outcome: Outcome) -> None:
        if self.sender() is self._worker:
            self._end(outcome)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        if self.sender() is self._worker:
            self._end(Outcome(error=message))
