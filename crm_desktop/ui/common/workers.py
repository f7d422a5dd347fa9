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
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal, Slot

from crm_desktop.errors import GivebackError
from crm_desktop.services.interchange.files import own_connection
from crm_desktop.services.interchange.records import ImportCancelled

Task = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

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


def wait_for_all(msecs: int = 30000) -> None:
    """Cancel and let every running worker end (the window calls this on close)."""
    for worker in list(_running):
        worker.cancel()
        worker.wait(msecs)
        _running.discard(worker)
