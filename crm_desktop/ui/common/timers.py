"""Timers that run a slot once, a moment later: many changes in a row cost one reload."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls *slot* once, *interval_ms* after its last ``start()``
    (0: when control returns to the event loop)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
