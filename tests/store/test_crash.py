"""The crash harness: kill Giveback with SIGKILL at random moments, then reopen.

A child process (tests/crash_child.py) runs the real services: imports of
LinkedIn and vCard files of a few thousand people (read_file → plan_import →
apply_import, with its backup first) and a stream of edits, printing each one
after its commit returns. The parent kills it at a random moment and checks the
data folder: SQLite's ``integrity_check`` is ok, every import is all or nothing,
every edit the child reported is there, and every backup file is whole (a backup
cut short stays a ``.partial`` file). Rounds continue on the same (repeatedly
crashed) data folder, which is started afresh every FRESH_EVERY rounds.

    GIVEBACK_CRASH_ROUNDS=500 pytest -m crash -s    # the long run
    GIVEBACK_CRASH_SEED=1234 ...                     # replay a run

A SIGKILL is an application crash, not a power cut: the operating system still
writes what SQLite handed it. With ``synchronous=NORMAL`` in WAL mode a power
cut may lose the last commits but not the file's integrity (README, "Safety").
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROUNDS = int(os.environ.get("GIVEBACK_CRASH_ROUNDS", "25"))
FRESH_EVERY = 10
CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"

pytestmark = [
    pytest.mark.crash,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


@dataclass
class Reported:
    imports: set[int] = field(default_factory=set)
    started: set[int] = field(default_factory=set)
    added: dict[int, str] = field(default_factory=dict)
    notes: dict[int, int] = field(default_factory=dict)
    meetings: dict[int, int] = field(default_factory=dict)
    ready: bool = False

    def read(self, output: bytes) -> int:
        lines = output.decode("utf-8", "replace").split("\n")
        complete = lines[:-1]  # a line cut off by the kill was never fully reported
        for line in complete:
            kind, _, rest = line.partition(" ")
            if kind == "READY":
                self.ready = True
            elif kind == "START":
                self.started.add(int(rest))
            elif kind == "IMPORT":
                self.imports.add(int(rest))
            elif kind == "ADD":
                cid, name = rest.split(" ", 1)
                self.added[int(cid)] = name
            elif kind == "NOTE":
                cid, n = rest.split()
                self.notes[int(cid)] = max(self.notes.get(int(cid), 0), int(n))
            elif kind == "MEET":
                mid, cid = rest.split()
                self.meetings[int(mid)] = int(cid)
        return len(complete)


def _check_backups(folder: Path, where: str) -> int:
    """Every finished backup is a whole database; then they go, to keep the disk free."""
    checked = 0
    for backup in sorted(folder.glob("*.sqlite3")):
        con = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        try:
            whole = con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            whole = whole and con.execute("SELECT count(*) FROM contact").fetchone()[0] > 0
        except sqlite3.Error:
            whole = False  # e.g. a hot journal beside it: the copy was cut off halfway
        finally:
            con.close()
        assert whole, f"{where}: the backup {backup.name} is not whole"
        checked += 1
    for leftover in folder.glob("*"):
        leftover.unlink()
    return checked


def _check(db_path: Path, seen: Reported, import_size: int, where: str) -> None:
    from crm_desktop import store
    from crm_desktop.store import SCHEMA_VERSION

    if not db_path.exists():
        assert not seen.ready, f"{where}: the database vanished"
        return
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        version = con.execute("PRAGMA user_version").fetchone()[0]
        assert version in (0, SCHEMA_VERSION) or not seen.ready, f"{where}: half-migrated"
        if version == 0:
            assert not seen.ready, f"{where}: schema lost"
            return
        imports = dict(
            con.execute(
                "SELECT company.name, count(*) FROM contact JOIN company "
                "ON company.id = contact.company_id WHERE company.name LIKE 'Import %' "
                "GROUP BY company.name"
            ).fetchall()
        )
        for name, count in imports.items():
            assert count == import_size, f"{where}: {name} is partial ({count}/{import_size})"
        for k in seen.imports:
            assert f"Import {k}" in imports, f"{where}: reported import {k} is missing"
        names = dict(con.execute("SELECT id, full_name FROM contact WHERE full_name LIKE 'Edit %'"))
        for cid, name in seen.added.items():
            assert names.get(cid) == name, f"{where}: reported contact #{cid} {name} is missing"
        notes = dict(con.execute("SELECT id, notes FROM contact WHERE full_name LIKE 'Edit %'"))
        for cid, n in seen.notes.items():
            have = int(notes[cid].split()[-1])
            assert have >= n, f"{where}: #{cid} notes went back to version {have} (< {n})"
        attended = set(con.execute("SELECT meeting_id, contact_id FROM meeting_attendee"))
        for mid, cid in seen.meetings.items():
            assert (mid, cid) in attended, f"{where}: reported meeting #{mid} is missing"
    finally:
        con.close()
    store.connect(db_path)  # and Giveback itself opens it
    store.close()


def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path, capsys):
    sys.path.insert(0, str(CHILD.parent))
    try:
        from crash_child import IMPORT_SIZE
    finally:
        sys.path.remove(str(CHILD.parent))
    seed = int(os.environ.get("GIVEBACK_CRASH_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    totals = {"edits": 0, "imports": 0, "killed_in_import": 0, "backups": 0}
    seen = Reported()
    folder = tmp_path / "data-0"
    for round_no in range(ROUNDS):
        if round_no % FRESH_EVERY == 0:
            shutil.rmtree(folder, ignore_errors=True)
            folder = tmp_path / f"data-{round_no}"
            folder.mkdir()
            seen = Reported()
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), str(round_no * 1000)],
            stdout=subprocess.PIPE,
            env=env,
        )
        ready = child.stdout.readline()  # started up: from here on it is all writing
        time.sleep(rng.uniform(0.0, 1.3))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        output = ready + output
        assert child.returncode == -signal.SIGKILL, f"the child died by itself (seed {seed})"
        before = len(seen.imports)
        lines = seen.read(output)
        totals["edits"] += lines
        totals["imports"] += len(seen.imports) - before
        totals["killed_in_import"] += bool(seen.started - seen.imports)
        seen.started &= seen.imports
        where = f"round {round_no} (seed {seed})"
        _check(folder / "giveback.sqlite3", seen, IMPORT_SIZE, where)
        totals["backups"] += _check_backups(folder / "backups", where)
    with capsys.disabled():
        print(
            f"\ncrash harness: {ROUNDS} SIGKILL rounds survived (seed {seed}); "
            f"{totals['edits']} reported commits checked, {totals['imports']} whole imports, "
            f"{totals['killed_in_import']} kills in the middle of an import, "
            f"{totals['backups']} backups whole"
        )
