"""A second launch on the same data folder does not open a second writer: it
brings the running window to the front and exits."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from crm_desktop import paths
from crm_desktop.ui.shell.single_instance import SingleInstance, bring_to_front


def test_second_claim_on_the_same_folder_wakes_the_first(data_dir, qtbot):
    first = SingleInstance(data_dir)
    assert first.claim()
    second = SingleInstance(data_dir)
    with qtbot.waitSignal(first.wake_requested, timeout=5000):
        assert not second.claim()
    elsewhere = SingleInstance(data_dir.parent / "other-data")
    assert elsewhere.claim()  # another data folder is another Giveback
    elsewhere.release()
    first.release()
    assert SingleInstance(data_dir).claim()  # released: the next start is the first again


def test_real_second_launch_raises_the_window_and_exits_without_opening_the_database(
    data_dir, qtbot
):
    first = SingleInstance(data_dir)
    assert first.claim()
    woken: list[bool] = []
    first.wake_requested.connect(lambda: woken.append(True))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(paths.ENV_VAR, None)
    second = subprocess.Popen(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already running" in out
    qtbot.waitUntil(lambda: bool(woken), timeout=5000)
    assert not paths.database_path().exists()  # the second launch never opened it
    first.release()


def test_a_lock_left_by_a_crashed_giveback_is_taken_over(data_dir):
    paths.ensure_private_dir(data_dir)
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"  # dies holding the lock, as a crash would
    )
    subprocess.run([sys.executable, "-c", code, str(data_dir / "giveback.lock")], check=True)
    assert (data_dir / "giveback.lock").exists()
    instance = SingleInstance(data_dir)
    assert instance.claim()
    instance.release()


def test_bring_to_front_unminimises(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
