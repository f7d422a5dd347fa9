"""The status bar's word on sync: the last sync and its result, or how far the running one
got. Clicking it (or Enter on it) opens File ▸ Sync…; hidden while sync is not set up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.services import sync
from crm_desktop.services.text import show_date
from crm_desktop.ui.sync.controller import Outcome

translate = QCoreApplication.translate

LONGEST = 70  # characters of an error shown in the bar; the tooltip has all of it


def local_time(value: dt.datetime) -> dt.datetime:
    """*value* on this computer's clock (a time with a zone is converted; one without is
    taken as local already)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


def when(value: dt.datetime, today: dt.date | None = None) -> str:
    """ "at 14:30" today, "on 02 Dec 2026, 14:30" another day."""
    value = local_time(value)
    if value.date() == (today or dt.date.today()):
        return translate("SyncStatus", "at {time}").format(time=f"{value:%H:%M}")
    return translate("SyncStatus", "on {date}").format(date=show_date(value, time=True))


def shortened(text: str, longest: int = LONGEST) -> str:
    text = " ".join(text.split())
    return text if len(text) <= longest else text[: longest - 1].rstrip() + "…"


class SyncStatus(QLabel):
    """The permanent label at the right of the main window's status bar."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(translate("SyncStatus", "Sync status"))
        self.setAccessibleDescription(translate("SyncStatus", "Opens the sync settings"))
        self.hide()

    def show_status(self, status: sync.Status) -> None:
        """The last sync as the service recorded it (hidden when sync is not set up)."""
        if status.account is None:
            self.hide()
            return
        if status.last_run is None:
            text = translate("SyncStatus", "Sync set up, not run yet")
            detail = ""
        elif status.ok:
            text = translate("SyncStatus", "Synced {when}").format(when=when(status.last_run))
            if status.conflicts:
                text += " · " + self.tr("%n conflict(s)", "", status.conflicts)
            detail = status.message
        else:
            text = translate("SyncStatus", "Sync failed {when}: {why}").format(
                when=when(status.last_run), why=shortened(status.message)
            )
            detail = status.message
        self._show(text, detail)

    def show_running(self, done: int = 0, total: int = 0, what: str = "") -> None:
        if total > 0:
            text = translate("SyncStatus", "Syncing… {percent} %").format(
                percent=min(100, done * 100 // total)
            )
        else:
            text = translate("SyncStatus", "Syncing…")
        self._show(text, what)

    def show_outcome(self, outcome: Outcome, status: sync.Status) -> None:
        """After a run: a cancelled one says so, the others as recorded."""
        if outcome.cancelled:
            self._show(translate("SyncStatus", "Sync cancelled; the next one finishes the job"))
        elif outcome.emptied is not None:
            self._show(translate("SyncStatus", "Sync stopped: waiting for your answer"))
        elif outcome.error and (status.last_run is None or status.ok):
            # A failure the service did not record (it could not even start): say it here.
            self._show(
                translate("SyncStatus", "Sync failed: {why}").format(why=shortened(outcome.error)),
                outcome.error,
            )
        else:
            self.show_status(status)

    def _show(self, text: str, detail: str = "") -> None:
        self.setText(text)
        self.setToolTip(detail if detail and detail != text else "")
        self.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
