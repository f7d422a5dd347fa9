"""Shared fixtures: every test gets its own data folder under tmp_path and a
real SQLite file there; GUI tests run offscreen and are marked ``gui``.

Fixtures used by one folder live in that folder's conftest.py; small helpers the test
files share are in tests/helpers.py (``from helpers import click``)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from network_guard import no_network  # noqa: F401 (autouse: no network in any test)

from crm_desktop import paths
from crm_desktop.services import events

# Every keyring Giveback asks for, in this process and in the processes it starts (the
# command line, the crash harness), is the tests' own file keyring: never the developer's.
TESTS = Path(__file__).resolve().parent
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backend.FileKeyring"
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(TESTS), os.environ.get("PYTHONPATH", "")) if p
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses qtbot, itself or through a fixture such as ``window``, drives real
    widgets offscreen: mark it ``gui`` so that ``-m gui`` and ``-m "not gui"`` split the suite."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A private data folder for this test, and a keyring of its own (``keyring.json``
    under tmp_path); the user's own folder and keychain are never touched."""
    import keyring
    from keyring_backend import ENV as KEYRING_ENV
    from keyring_backend import FileKeyring

    from crm_desktop.store import cipher

    folder = tmp_path / "data"
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    monkeypatch.delenv("GIVEBACK_PASSPHRASE_FILE", raising=False)
    monkeypatch.setenv(KEYRING_ENV, str(tmp_path / "keyring.json"))
    keyring.set_keyring(FileKeyring())
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)
    cipher.use_key(None)
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
def generated_network(request, db):
    """A generated network of the test module's ``N`` people, with their meetings, gives and
    introductions (each scale test sets its own ``N``)."""
    from crm_desktop.services.sample import generate

    generate.generate_network(request.module.N)
    return db


@pytest.fixture
def show_page(qtbot):
    """``show_page(make_page, width, height, show=True)``: the page ``make_page(bus)`` builds,
    on its own data bus, sized and shown offscreen; its bus is detached after the test."""
    from crm_desktop.ui.common.bus import DataBus

    buses: list[DataBus] = []

    def show_it(make_page, width: int, height: int, show: bool = True):
        bus = DataBus()
        buses.append(bus)
        page = make_page(bus)
        page.resize(width, height)
        qtbot.addWidget(page)
        if show:
            page.show()
            qtbot.waitExposed(page)
        return page

    yield show_it
    for bus in buses:
        bus.detach()


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
    (``run.data``). ``run(*args)`` asserts success; ``run(*args, check=False)`` does not;
    ``stdin`` is typed into it (then its input is no terminal)."""
    data = tmp_path / "cli-data"

    def _run(*args, check=True, stdin: str | None = None, timeout: float = 60):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop(paths.ENV_VAR, None)
        result = subprocess.run(
            [sys.executable, "-m", "crm_desktop", "--data-dir", str(data), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
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


# A full disk -------------------------------------------------------------------------------

NO_LIMIT = 1073741823  # SQLite's default max_page_count


@dataclass
class FullDisk:
    """``fill()`` leaves no room for the next save; ``free()`` makes room again."""

    fill: Callable[[], None]
    free: Callable[[], None]


def _mount_small_disk(folder: Path) -> bool:
    """Mount a 4 MB tmpfs on the (new, empty) data folder; False if not allowed here."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    folder.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
    )
    return mounted.returncode == 0


@pytest.fixture(params=["small disk", "size limit"])
def full_disk(request, data_dir):
    """A disk that really fills up: a small filesystem when the tests may mount one;
    everywhere, SQLite's own size limit (``max_page_count``), which fails a save
    with the same SQLITE_FULL error as a full disk. Ask for it before ``db`` or
    ``window``, so that the database is made on the small disk."""
    from crm_desktop import store

    if request.param == "small disk":
        if not _mount_small_disk(data_dir):
            pytest.skip("cannot mount a small filesystem here (the size-limit case still runs)")
        filler = data_dir / "filler"

        def fill():
            store.database().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                while True:
                    os.write(fd, b"\0" * 65536)
            except OSError as err:
                assert err.errno == errno.ENOSPC
            finally:
                os.close(fd)

        try:
            yield FullDisk(fill, filler.unlink)
        finally:
            store.close()
            subprocess.run(["umount", "-l", str(data_dir)], check=True)
        return

    def limit():
        database = store.database()
        database.execute_sql("VACUUM")  # no free pages left inside the file
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages}")

    yield FullDisk(
        limit, lambda: store.database().execute_sql(f"PRAGMA max_page_count = {NO_LIMIT}")
    )


@pytest.fixture(autouse=True)
def window_language(request):
    """Widgets read as the window shows them at start: in English, with its plural forms
    ("1 contact", "3 contacts") from resources/translations/giveback_en.qm."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from crm_desktop.ui.common.language import Language

    language = Language.of(request.getfixturevalue("qapp"))
    if language.language != "en" or not language.installed():
        language.use("en")
    yield
