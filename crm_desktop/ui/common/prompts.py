"""Every question and notice the app puts to the user, behind small functions
that tests can replace."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crm_desktop import APP_NAME


def confirm(parent: QWidget | None, title: str, text: str, action: str | None = None) -> bool:
    """Ask a yes/no question; True when the user chose *action*."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(_plain())
    box.setText(text)
    if action is None:
        yes = box.addButton(QMessageBox.StandardButton.Ok)  # "OK" in the window's language
    else:
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, text: str, title: str = APP_NAME) -> QMessageBox:
    """Show a notice without blocking the caller (the box is window-modal)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(_plain())
    box.setText(text)
    box.open()
    return box


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """Ask for an existing file to read; "" when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def _plain():
    from PySide6.QtCore import Qt

    return Qt.TextFormat.PlainText
