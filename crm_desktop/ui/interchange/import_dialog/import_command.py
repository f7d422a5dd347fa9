"""An import on the undo stack: Edit ▸ Undo removes the whole import, Redo brings it back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMainWindow

from crm_desktop.services.interchange import apply


class ImportCommand(QUndoCommand):
    """A whole import as one step on the undo stack: undo removes what it added and
    puts merged contacts back; redo brings it back. It has already run when pushed."""

    def __init__(self, text: str, undo: apply.ImportUndo):
        super().__init__(text)
        self._undo = undo
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        with _waiting(
            QCoreApplication.translate("ImportCommand", "Redoing: {edit}…").format(edit=self.text())
        ):
            self._undo.redo()

    def undo(self) -> None:
        with _waiting(
            QCoreApplication.translate("ImportCommand", "Undoing: {edit}…").format(edit=self.text())
        ):
            self._undo.undo()


@contextmanager
def _waiting(message: str) -> Iterator[None]:
    """A wait cursor and a status-bar note while a big import is undone or redone on
    the window's thread (seconds at tens of thousands of rows); always put back."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    window = QApplication.activeWindow()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message)
        window.statusBar().repaint()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if isinstance(window, QMainWindow):
            window.statusBar().clearMessage()
