"""Turns the services' change notices into Qt signals so views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.services import database, events

OUTSIDE_CHECK_MS = 1500  # how often a window on screen asks whether the file changed


class DataBus(QObject):
    contacts_changed = Signal()
    referrals_changed = Signal()
    meetings_changed = Signal()
    smart_lists_changed = Signal()
    ledger_changed = Signal()  # gives and asks
    insights_changed = Signal()
    followups_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._handlers = {topic: getattr(self, f"{topic}_changed").emit for topic in events.TOPICS}
        for topic, handler in self._handlers.items():
            events.subscribe(topic, handler)
        self._attached = True
        database.changed_outside()  # what the pages about to load will show
        self.outside_timer = QTimer(self)
        self.outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self.outside_timer.timeout.connect(self.catch_up)

    def catch_up(self) -> bool:
        """When another connection (the command line, a second process) committed to the
        database since the last look, announce every topic, so every view refreshes
        itself as after a change made here, keeping its selection. True if it did."""
        if not self._attached or not database.changed_outside():
            return False
        events.emit(*events.TOPICS)
        return True

    def pause(self) -> None:
        """While the database file itself is swapped (encryption turned on, off or
        changed, in a worker): no view is told to ask it anything until ``resume``."""
        self._was_checking = self.outside_timer.isActive()
        self.outside_timer.stop()
        if self._attached:
            for topic, handler in self._handlers.items():
                events.unsubscribe(topic, handler)

    def resume(self) -> None:
        if self._attached:
            for topic, handler in self._handlers.items():
                events.subscribe(topic, handler)
            if getattr(self, "_was_checking", False):
                self.outside_timer.start()
            database.changed_outside()  # the swapped file is the one the views read now

    def detach(self) -> None:
        self._attached = False
        self.outside_timer.stop()
        for topic, handler in self._handlers.items():
            events.unsubscribe(topic, handler)
