"""Change notices reach the views on the UI thread, wherever the change was made."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from crm_desktop.services import events
from crm_desktop.ui.common.bus import DataBus


def test_a_notice_from_a_worker_thread_is_handled_on_the_ui_thread(qtbot):
    bus = DataBus()
    seen = []
    # A plain function has no thread of its own: Qt would run it on the emitting thread.
    bus.contacts_changed.connect(lambda: seen.append(QThread.currentThread()))
    worker = threading.Thread(target=events.emit, args=("contacts",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [bus.thread()]
    bus.detach()


def test_a_notice_on_the_ui_thread_is_handled_at_once(qtbot):
    bus = DataBus()
    seen = []
    bus.meetings_changed.connect(lambda: seen.append("meetings"))
    events.emit("meetings")
    assert seen == ["meetings"]  # synchronously: the views are current when the service returns
    bus.detach()
    events.emit("meetings")
    assert seen == ["meetings"]
