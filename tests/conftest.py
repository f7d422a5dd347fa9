"""Shared fixtures: every test gets its own data folder under tmp_path and a
real SQLite file there; GUI tests run offscreen."""

from __future__ import annotations

import os
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from network_guard import no_network  # noqa: E402,F401 (autouse: no network in any test)

from crm_desktop import paths  # noqa: E402
from crm_desktop.services import events  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A private data folder for this test; the user's own folder is never touched."""
    folder = tmp_path / "data"
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)
    events._subscribers.clear()


@pytest.fixture
def db(data_dir):
    from crm_desktop import store

    database = store.connect(paths.database_path())
    yield database
    store.close()


@pytest.fixture
def sample_db(db):
    from crm_desktop.services.sample import sample

    sample.load_sample_network()
    return db


@pytest.fixture
def window(qtbot, db):
    from crm_desktop.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def run(tmp_path):
    """The giveback command run as a user runs it: a real process on its own data folder
    (``run.data``). ``run(*args)`` asserts success; ``run(*args, check=False)`` does not."""
    data = tmp_path / "cli-data"

    def _run(*args, check=True):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop(paths.ENV_VAR, None)
        result = subprocess.run(
            [sys.executable, "-m", "crm_desktop", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    _run.data = data
    return _run


@pytest.fixture
def informed(monkeypatch):
    """Every notice box the app opens, by text (the real box still opens)."""
    from crm_desktop.ui.common import prompts

    seen: list[str] = []
    real = prompts.inform

    def watch(parent, text, *args, **kwargs):
        seen.append(text)
        return real(parent, text, *args, **kwargs)

    monkeypatch.setattr(prompts, "inform", watch)
    return seen


@pytest.fixture
def make_graph(qtbot, db):
    """``make_graph(show=True)``: a referral graph page on its own bus and undo stack."""
    from PySide6.QtGui import QUndoStack

    from crm_desktop.ui.common.bus import DataBus
    from crm_desktop.ui.graph.view import GraphView

    buses: list[DataBus] = []

    def make(show: bool = True) -> GraphView:
        bus = DataBus()
        buses.append(bus)
        page = GraphView(bus, QUndoStack())
        page.undo_stack.setParent(page)
        page.resize(1200, 760)
        qtbot.addWidget(page)
        if show:
            page.show()
            qtbot.waitExposed(page)
        return page

    yield make
    for bus in buses:
        bus.detach()


@pytest.fixture
def people(db) -> dict[str, int]:
    """Four people, not yet placed in the referral graph, by name."""
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactInput

    return {
        name: contacts.add_contact(ContactInput(full_name=name, company=company)).id
        for name, company in (
            ("Ann Lee", "Northwind"),
            ("Bob Stone", "Acme"),
            ("Carl Diaz", ""),
            ("Dana Wu", "Helio"),
        )
    }
