"""Turns the services' change notices into Qt signals so views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from crm_desktop.services import events


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
        self._handlers = {
            "contacts": self.contacts_changed.emit,
            "referrals": self.referrals_changed.emit,
            "meetings": self.meetings_changed.emit,
            "smart_lists": self.smart_lists_changed.emit,
            "ledger": self.ledger_changed.emit,
            "insights": self.insights_changed.emit,
            "followups": self.followups_changed.emit,
        }
        for topic, handler in self._handlers.items():
            events.subscribe(topic, handler)

    def detach(self) -> None:
        for topic, handler in self._handlers.items():
            events.unsubscribe(topic, handler)
