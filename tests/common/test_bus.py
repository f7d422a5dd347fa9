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


def test_while_the_file_is_swapped_no_view_is_told_to_read_it(qtbot, db):
    """Encryption turned on or off swaps the database file in a worker: meanwhile the
    views hear nothing (they would reopen the file with the old key); after, they do."""
    bus = DataBus()
    seen = []
    bus.contacts_changed.connect(lambda: seen.append("contacts"))
    bus.outside_timer.start()
    bus.pause()
    events.emit("contacts")
    assert seen == [] and not bus.outside_timer.isActive()
    bus.resume()
    assert bus.outside_timer.isActive()
    events.emit("contacts")
    assert seen == ["contacts"]
    bus.detach()
