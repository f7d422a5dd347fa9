"""One Giveback per data folder: a second launch wakes the first and leaves.

The running instance holds a lock file (``QLockFile``) in the data folder. A
second launch with the same folder finds it locked, writes a line to the
folder's wake file, which the first instance watches, and exits without opening
the database. A lock left by a crashed Giveback is recognised (its process is
gone) and taken over. Different data folders (as in the tests) never meet. Commands that
must not run under an open window (``giveback restore``) check the same lock
(``crm_desktop/instance_lock.py``).

Why not ``QLocalServer``: QtNetwork is left out of the bundle on purpose (see
packaging/giveback.spec); QtCore's lock file and file watcher do the same job
on every platform without it, and without any socket at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop import paths
from crm_desktop.instance_lock import LOCK_NAME, folder_lock

WAKE_NAME = "giveback.wake"


class SingleInstance(QObject):
    """``claim()`` is True for the first instance; it then emits ``wake_requested``
    whenever a later launch asks for the window."""

    wake_requested = Signal()

    def __init__(self, data_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(data_dir or paths.data_dir())
        self.lock_path = self.folder / LOCK_NAME
        self.wake_path = self.folder / WAKE_NAME
        self._lock = folder_lock(self.folder)  # the one the command line checks, too
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """Become the running instance; False (after waking it) if one already runs.

        In a data folder Giveback cannot write (read-only, another account's) no
        Giveback can hold the lock, so none is running there to wake: the claim
        succeeds without a lock, and opening the database then tells the user
        plainly what is wrong with the folder.
        """
        try:
            paths.ensure_private_dir(self.folder)
        except OSError:
            return True
        if not self._lock.tryLock(200):
            self._wake_running()
            return False
        paths.make_private(self.lock_path)
        fd = os.open(self.wake_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
        self._watcher = QFileSystemWatcher([str(self.wake_path)], self)
        self._watcher.fileChanged.connect(self._on_watcher_file_changed)
        return True

    def _wake_running(self) -> None:
        with open(self.wake_path, "a", encoding="utf-8") as handle:
            handle.write(f"raise {os.getpid()}\n")

    def _on_watcher_file_changed(self, path: str) -> None:
        if self._watcher is not None and path not in self._watcher.files():
            self._watcher.addPath(path)  # some editors and platforms replace the file
        if Path(path).exists() and Path(path).stat().st_size:
            self.wake_requested.emit()
            with open(path, "w", encoding="utf-8"):
                pass  # emptied, so the next launch is a change again

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
            self._watcher = None
        if self._lock.isLocked():
            self._lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show *window* un-minimised, raised and active."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
