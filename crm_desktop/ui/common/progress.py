"""A progress window for work that runs on the GUI thread and reports how far it got."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


def run_with_progress(parent: QWidget, text: str, work: Callable[[Progress], T]) -> T:
    """Run *work(progress)* with a progress window (shown when it takes a while);
    the window keeps painting meanwhile."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        return work(progress)
    finally:
        dialog.close()
        dialog.deleteLater()
