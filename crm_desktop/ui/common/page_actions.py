"""What a page does when one of its buttons acts: run the service call and say why it was
refused, ask before what cannot be undone, open a dialog without blocking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog

from crm_desktop.errors import GivebackError
from crm_desktop.ui.common import prompts

D = TypeVar("D", bound=QDialog)


class PageActions:
    """Mixed into a page's widget class (``class TodayView(PageActions, QWidget)``).
    Every prompt is a small method, so tests can replace it."""

    dialog: QDialog | None = None  # the dialog opened last, where tests reach it

    def open_dialog(self, dialog: D) -> D:
        """Open *dialog* (window-modal, without blocking) and keep it."""
        dialog.open()
        self.dialog = dialog
        return dialog

    def run(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(*args)``, or None after saying why it was refused (a GivebackError).
        A call that returns nothing gives True: ``run(...) is not None`` means it went through."""
        try:
            result = func(*args)
        except GivebackError as err:
            self.inform(str(err))
            return None
        return True if result is None else result

    def confirm(self, title: str, text: str, action: str) -> bool:
        return prompts.confirm(self, title, text, action)

    def inform(self, text: str) -> None:
        prompts.inform(self, text)
