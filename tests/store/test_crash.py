"""The crash harness: kill Giveback with SIGKILL at random moments, then reopen.

A child process (tests/crash_child.py) runs the real services: imports of
LinkedIn and vCard files of a few thousand people (read_file → plan_import →
apply_import, with its backup first) and a stream of edits, printing each one
after its commit returns. The parent kills it at a random moment and checks the
data folder: SQLite's ``integrity_check`` is ok, every import is all or nothing,
every edit the child reported is there, and every backup file is whole (a backup
cut short stays a ``.partial`` file). Rounds continue on the same (repeatedly
crashed) data folder, which is started afresh every FRESH_EVERY rounds.

The rounds take turns at three kinds of kill, so that every run exercises each:
at a random moment after start-up; in the middle of an import (just after the
child says it starts writing one); and after a whole import with its backup and
some edits. At the end the run asserts what it exercised: whole imports, imports
cut off by the kill (and rolled back), whole backups and reported edits. A child
that hangs (say before its first import) fails the run instead of passing it
with nothing checked.

    GIVEBACK_CRASH_ROUNDS=500 pytest -m crash -s    # the long run
    GIVEBACK_CRASH_SEED=1234 ...                     # replay a run

The whole run is made twice: on plain folders, and on folders encrypted with a
passphrase (the child opens them as the command line does; every check reads them
with the key, and the database and every backup must still be encrypted).

A SIGKILL is an application crash, not a power cut: the operating system still
writes what SQLite handed it. With ``synchronous=NORMAL`` in WAL mode a power
cut may lose the last commits but not the file's integrity (README, "Safety").
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crm_desktop.store import cipher

ROUNDS = int(os.environ.get("GIVEBACK_CRASH_ROUNDS", "25"))
FRESH_EVERY = 10
# Where each round kills the child, in turn: (name, the lines to wait for, then a random
# delay up to this many seconds). Writing an import of IMPORT_SIZE people takes a few
# tenths of a second after its START line, so a kill within IN_IMPORT_S lands inside it.
IN_IMPORT_S = 0.15
KINDS = (
    ("at a random moment", ("READY",), 1.3),
    ("in the middle of an import", ("READY", "START"), IN_IMPORT_S),
    ("after an import, its backup and an edit", ("READY", "BACKUP", "ADD"), 0.2),
)
HANG_S = 30  # a child that prints nothing for this long is stuck: the run fails
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
    backups: set[str] = field(default_factory=set)  # this round's, by file name
    edits: int = 0  # ADD, NOTE and MEET lines: the edits reported committed
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
            elif kind == "BACKUP":
                self.backups.add(rest)
            elif kind in ("ADD", "NOTE", "MEET"):
                self.edits += 1
            if kind == "ADD":
                cid, name = rest.split(" ", 1)
                self.added[int(cid)] = name
            elif kind == "NOTE":
                cid, n = rest.split()
                self.notes[int(cid)] = max(self.notes.get(int(cid), 0), int(n))
            elif kind == "MEET":
                mid, cid = rest.split()
                self.meetings[int(mid)] = int(cid)
        return len(complete)


class ChildOutput:
    """The child's output, read on a thread so that the parent can wait for a line
    without hanging when the child does."""

    def __init__(self, child: subprocess.Popen) -> None:
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self.read: list[bytes] = []
        self._stream = child.stdout
        self._thread = threading.Thread(target=self._pump, args=(child.stdout,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:
        for line in iter(stream.readline, b""):
            self.lines.put(line)
        self.lines.put(None)  # the end: the child is gone

    def wait_for(self, kinds: tuple[str, ...]) -> str | None:
        """Read until a whole line of each kind in turn has come; None when they all
        came, else the kind the child never got to (within HANG_S, or before it died)."""
        for kind in kinds:
            deadline = time.monotonic() + HANG_S
            while True:
                try:
                    line = self.lines.get(timeout=max(deadline - time.monotonic(), 0))
                except queue.Empty:
                    return kind
                if line is None:
                    self.lines.put(None)
                    return kind
                self.read.append(line)
                if line.endswith(b"\n") and line.split(b" ", 1)[0].strip() == kind.encode():
                    break
        return None

    def rest(self) -> bytes:
        """Everything the child wrote, once it is dead (a line cut off by the kill included)."""
        self._thread.join(timeout=30)
        assert not self._thread.is_alive(), "the child's output never ended"
        self._stream.close()
        while (line := self.lines.get_nowait()) is not None:
            self.read.append(line)
        return b"".join(self.read)


def _check_backups(folder: Path, reported: set[str], where: str) -> int:
    """Every finished backup is a whole database, and every backup the child reported
    is there; then they go, to keep the disk free."""
    missing = reported - {backup.name for backup in folder.glob("*.sqlite3")}
    assert not missing, f"{where}: the reported backups {sorted(missing)} are missing"
    checked = 0
    for backup in sorted(folder.glob("*.sqlite3")):
        encrypted = cipher.current_key() is not None
        assert cipher.is_encrypted(backup) == encrypted, f"{where}: {backup.name} is plain"
        con = cipher.open_file(backup, mode="ro")
        try:
            whole = con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            whole = whole and con.execute("SELECT count(*) FROM contact").fetchone()[0] > 0
        except cipher.ERRORS:
            whole = False  # e.g. a hot journal beside it: the copy was cut off halfway
        finally:
            con.close()
        assert whole, f"{where}: the backup {backup.name} is not whole"
        checked += 1
    for leftover in folder.glob("*"):
        leftover.unlink()
    return checked


def _check(db_path: Path, seen: Reported, import_size: int, where: str) -> set[str]:
    """Checks the data folder against what the child reported; returns the names of
    the imports in the database ("Import 3"…)."""
    from crm_desktop import store
    from crm_desktop.store import SCHEMA_VERSION

    if not db_path.exists():
        assert not seen.ready, f"{where}: the database vanished"
        return set()
    if cipher.current_key() is not None:
        assert cipher.is_encrypted(db_path), f"{where}: the database is no longer encrypted"
    con = cipher.open_file(db_path, mode="rw")
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        version = con.execute("PRAGMA user_version").fetchone()[0]
        assert version in (0, SCHEMA_VERSION) or not seen.ready, f"{where}: half-migrated"
        if version == 0:
            assert not seen.ready, f"{where}: schema lost"
            return set()
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
    return set(imports)


def _encrypt_new_folder(folder: Path, passphrase_file: Path) -> None:
    """An empty data folder encrypted with the passphrase in *passphrase_file*, its key
    held for the checks (Argon2id at its cheapest: the stretching is not what is tested)."""
    from crm_desktop import paths, store
    from crm_desktop.services.encryption import convert, keys

    paths.set_data_dir(folder)
    real = keys.KDF
    keys.KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 8, "parallelism": 1}
    try:
        convert.encrypt_with_passphrase(passphrase_file.read_text())
    finally:
        keys.KDF = real
    store.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path, capsys, encrypted):
    assert ROUNDS >= len(KINDS), f"GIVEBACK_CRASH_ROUNDS: at least {len(KINDS)}, one of each kind"
    sys.path.insert(0, str(CHILD.parent))
    try:
        from crash_child import IMPORT_SIZE
    finally:
        sys.path.remove(str(CHILD.parent))
    seed = int(os.environ.get("GIVEBACK_CRASH_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    passphrase_file = tmp_path / "passphrase.txt"
    if encrypted:
        passphrase_file.write_text("the crash harness's passphrase")
        env["GIVEBACK_PASSPHRASE_FILE"] = str(passphrase_file)
    totals = {"edits": 0, "imports": 0, "killed_in_import": 0, "backups": 0}
    seen = Reported()
    folder = tmp_path / "data-0"
    for round_no in range(ROUNDS):
        if round_no % FRESH_EVERY == 0:
            shutil.rmtree(folder, ignore_errors=True)
            folder = tmp_path / f"data-{round_no}"
            folder.mkdir()
            seen = Reported()
            if encrypted:
                _encrypt_new_folder(folder, passphrase_file)
        kind, wanted, delay = KINDS[round_no % len(KINDS)]
        where = f"round {round_no}, killed {kind} (seed {seed})"
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), str(round_no * 1000)],
            stdout=subprocess.PIPE,
            env=env,
        )
        output = ChildOutput(child)
        never = output.wait_for(wanted)
        if never is None:
            time.sleep(rng.uniform(0.0, delay))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, f"{where}: the child died by itself"
        assert never is None, f"{where}: the child never printed {never} (stuck {HANG_S} s?)"
        imports_before, edits_before = len(seen.imports), seen.edits
        seen.backups = set()
        seen.read(output.rest())
        found = _check(folder / "giveback.sqlite3", seen, IMPORT_SIZE, where)
        cut = {k for k in seen.started - seen.imports if f"Import {k}" not in found}
        seen.started &= seen.imports
        backups = _check_backups(folder / "backups", seen.backups, where)
        if "BACKUP" in wanted:  # this round waited for all three, and they were checked above
            assert len(seen.imports) > imports_before, f"{where}: no import reported"
            assert seen.backups and backups >= len(seen.backups), f"{where}: no backup checked"
            assert seen.edits > edits_before, f"{where}: no edit reported"
        totals["edits"] += seen.edits - edits_before
        totals["imports"] += len(seen.imports) - imports_before
        totals["killed_in_import"] += bool(cut)
        totals["backups"] += backups
    with capsys.disabled():
        print(
            f"\ncrash harness ({'encrypted' if encrypted else 'plain'}): {ROUNDS} SIGKILL "
            f"rounds survived (seed {seed}); "
            f"{totals['edits']} reported edits checked, {totals['imports']} whole imports, "
            f"{totals['killed_in_import']} imports cut off by a kill and rolled back, "
            f"{totals['backups']} backups whole"
        )
    # The run exercised what it claims to have survived.
    assert totals["imports"] >= 1, f"no import was ever completed (seed {seed}): {totals}"
    assert totals["killed_in_import"] >= 1, f"no kill landed inside an import (seed {seed})"
    assert totals["backups"] >= 1, f"no backup was ever checked (seed {seed}): {totals}"
    assert totals["edits"] >= 1, f"no edit was ever reported (seed {seed}): {totals}"
