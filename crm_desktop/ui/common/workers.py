"""Long work (reading a big file, importing, exporting) off the UI thread.

A ``Worker`` runs one function in its own thread and reports back through
signals that Qt delivers on the UI thread: ``progress(done, total)`` while it
runs, then exactly one of ``succeeded(result)``, ``failed(message)`` or
``cancelled()``. The function receives two callables, ``report(done, total)``
and ``is_cancelled()``, which the services poll (``apply_import`` raises
``ImportCancelled`` when it returns True, having changed nothing).

The worker object lives on the UI thread (only its ``run`` runs elsewhere),
and keeps itself referenced until its thread has ended, so a dialog closed
while the work runs can never destroy a running thread.

A dialog runs its work through a ``WorkerRunner``: one task at a time, its
outcome handed to the handler given with it, its progress shown on a bar.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from crm_desktop.errors import GivebackError
from crm_desktop.services.interchange.files import own_connection
from crm_desktop.services.interchange.records import ImportCancelled

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

Outcome = Callable[..., None]

_running: set[Worker] = set()


class Worker(QThread):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, task: Task):
        super().__init__()
        self.setObjectName("giveback-worker")
        self._task = task
        self._cancel = threading.Event()
        self.finished.connect(self._on_finished)

    def begin(self) -> Worker:
        """Start the work; the worker stays alive until its thread has ended.
        Connect its signals before: a signal emitted with nothing connected is lost."""
        _running.add(self)
        self.start()
        return self

    def cancel(self) -> None:
        """Ask the task to stop at its next check (it decides what stopping means)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        """The worker thread: exactly one outcome signal, whatever the task does."""
        try:
            with own_connection():  # the thread's own database connection, closed after
                result = self._task(self._report, self.is_cancelled)
        except ImportCancelled:
            self.cancelled.emit()
        except GivebackError as err:
            self.failed.emit(str(err))
        except Exception as err:  # a bug: say so, and show the traceback where bugs go
            self.failed.emit(f"Something went wrong: {err}")
            sys.excepthook(*sys.exc_info())
        else:
            self.succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        self.progress.emit(int(done), int(total))

    @Slot()
    def _on_finished(self) -> None:
        self.wait()
        _running.discard(self)


class WorkerRunner(QObject):
    """A dialog's work, one task at a time. ``start`` runs a task in a ``Worker`` and
    hands its outcome to the handler given with it. Starting another task, or ``forget``,
    drops the outcome of the one before: it is asked to stop and ends on its own, and
    whatever it reports later is ignored (its handlers belong to a page no longer shown)."""

    def __init__(self, parent: QObject, progress_bar: QProgressBar | None = None):
        super().__init__(parent)
        self._progress_bar = progress_bar
        self._worker: Worker | None = None
        self._handlers: tuple[Outcome | None, Outcome | None, Outcome | None] = (None,) * 3

    @property
    def busy(self) -> bool:
        """Whether a task runs whose outcome is still awaited."""
        return self._worker is not None

    def start(
        self,
        task: Task,
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Run *task*; exactly one of the handlers gets its outcome (none on cancel if
        *on_cancel* is None), unless it is forgotten first."""
        self.forget()
        self._handlers = (on_success, on_failure, on_cancel)
        worker = Worker(task)
        worker.progress.connect(self._on_worker_progress)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker.begin()

    def cancel(self) -> None:
        """Ask the task to stop; its outcome (cancelled, or done if too late) still comes."""
        if self._worker is not None:
            self._worker.cancel()

    def forget(self) -> None:
        """Stop listening to the current task (it ends on its own; its outcome is dropped)."""
        self.cancel()
        self._worker = None

    def _take(self, index: int) -> Outcome | None:
        """The handler for the current task's outcome, or None for a forgotten task."""
        if self.sender() is not self._worker:
            return None
        self._worker = None
        return self._handlers[index]

    @Slot(int, int)
    def _on_worker_progress(self, done: int, total: int) -> None:
        bar = self._progress_bar
        if bar is not None and self.sender() is self._worker and total > 0:
            bar.setRange(0, total)
            bar.setValue(done)

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        handler = self._take(0)
        if handler is not None:
            handler(result)

    @Slot(str)
    def _on_worker_failed(self, message: str) -> None:
        handler = self._take(1)
        if handler is not None:
            handler(message)

    @Slot()
    def _on_worker_cancelled(self) -> None:
        handler = self._take(2)
        if handler is not None:
            handler()


def wait_for_all(msecs: int = 30000) -> None:
    """Cancel and let every running worker end (the window calls this on close)."""
    for worker in list(_running):
        worker.cancel()
        worker.wait(msecs)
        _running.discard(worker)
