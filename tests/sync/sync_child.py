"""A sync that kills itself (SIGKILL), for tests/sync/test_sync_kill.py.

    python sync_child.py DATA_DIR KILL_AT DELAY_MS

Runs one ``sync.run()`` on the data folder DATA_DIR (set up beforehand). Every HTTP
request the sync makes is counted; at request KILL_AT the process kills itself: before
sending it when DELAY_MS is 0, else DELAY_MS milliseconds after its answer came (while the
engine goes on with that answer: merging, writing the database, the next requests).
KILL_AT 0 never kills. A run that ends prints ``DONE <requests>``.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

import requests

from crm_desktop import paths, store
from crm_desktop.services import sync

data, kill_at, delay_ms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
paths.set_data_dir(data)
store.connect(paths.database_path())

real_send = requests.Session.send
sent = 0


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def counted_send(self, request, **kwargs):
    global sent
    sent += 1
    if sent == kill_at and delay_ms == 0:
        die()
    response = real_send(self, request, **kwargs)
    if sent == kill_at:
        threading.Timer(delay_ms / 1000, die).start()
    return response


requests.Session.send = counted_send
sync.run()
print(f"DONE {sent}", flush=True)
store.close()
