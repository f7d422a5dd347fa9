"""Fixtures of the tests that look at every page and dialog of the window."""

from __future__ import annotations

import pytest


@pytest.fixture
def sample_window(qtbot, sample_db):
    """The main window on the sample network, shown."""
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
