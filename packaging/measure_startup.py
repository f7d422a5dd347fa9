"""Time from launching Giveback to its main window being mapped on an X display.

    Xvfb :91 -screen 0 1600x1000x24 &
    DISPLAY=:91 python packaging/measure_startup.py --runs 10 -- /usr/bin/giveback
    DISPLAY=:91 python packaging/measure_startup.py --runs 10 -- .venv/bin/python -m crm_desktop

Each run starts the program on a data folder holding the sample network (30 contacts, so the
window opens on the Today page with real data, not the welcome page), waits for the X server to
report a top-level window named "Giveback" mapped (MapNotify on the root window, read through
libX11 with ctypes: no polling), then ends the program. ``--cold`` drops the page cache before
each run (root only: /proc/sys/vm/drop_caches), so every file is read from disk again.

Prints each run and the median, in milliseconds.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _XMapEvent), ("pad", ctypes.c_long * 24)]


def _xlib():
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    x11.XPending.argtypes = [ctypes.c_void_p]
    x11.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XConnectionNumber.argtypes = [ctypes.c_void_p]
    # A window can be gone by the time its name is asked for (Qt maps and destroys helper
    # windows while starting): ignore X errors instead of letting libX11 exit.
    x11.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    x11.XSetErrorHandler(_ignore_errors)
    return x11


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_errors = _ERROR_HANDLER(lambda _display, _error: 0)


def wait_for_window(x11, display, title: bytes, timeout: float) -> float | None:
    """Block until a window titled *title* is mapped; return the time, or None on timeout."""
    import select

    fd = x11.XConnectionNumber(display)
    event = _XEvent()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not x11.XPending(display):
            select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            continue
        x11.XNextEvent(display, ctypes.byref(event))
        if event.type != MAP_NOTIFY:
            continue
        now = time.monotonic()
        name = ctypes.c_char_p()
        if x11.XFetchName(display, event.xmap.window, ctypes.byref(name)) and name.value == title:
            return now
    return None


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("command", nargs="+", help="the program to start (after --)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        print("measure_startup: set DISPLAY (e.g. start Xvfb :91)", file=sys.stderr)
        return 2
    x11 = _xlib()
    display = x11.XOpenDisplay(None)
    if not display:
        print("measure_startup: cannot open the X display", file=sys.stderr)
        return 2
    x11.XSelectInput(display, x11.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x11.XFlush(display)

    times = []
    with tempfile.TemporaryDirectory(prefix="giveback-startup-") as tmp:
        env = {**os.environ, "GIVEBACK_DATA_DIR": tmp}
        env.pop("QT_QPA_PLATFORM", None)
        subprocess.run([*args.command, "load-sample"], env=env, check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        for run in range(args.runs):
            if args.cold:
                drop_caches()
            start = time.monotonic()
            proc = subprocess.Popen(args.command, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)  # fmt: skip
            shown = wait_for_window(x11, display, b"Giveback", timeout=30)
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
            if shown is None:
                print(f"run {run + 1}: no window within 30 s", file=sys.stderr)
                return 1
            times.append((shown - start) * 1000)
            print(f"run {run + 1}: {times[-1]:.0f} ms")
            time.sleep(0.3)
    print(f"{'cold' if args.cold else 'warm'} start to window shown, {' '.join(args.command)}: "
          f"median {statistics.median(times):.0f} ms (min {min(times):.0f}, "
          f"max {max(times):.0f}, {len(times)} runs)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
