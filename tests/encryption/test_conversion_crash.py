"""A change of protection killed at every one of its steps leaves the data folder whole.

For each change (encrypt with the keyring, with a passphrase, with a remembered one,
and decrypt), a child process (tests/encryption_child.py) runs it on a copy of the
same folder and kills itself with SIGKILL at step 1, 2, 3… until it finishes. After
each kill the folder must open as Giveback opens it (unlock, check, open) in either
the old state or the new one, with every contact and every backup readable, and no
copy or key file of the change left over.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring_backend import ENV as KEYRING_ENV

from crm_desktop import paths, store
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.services.sample import sample
from crm_desktop.store import cipher

CHILD = Path(__file__).resolve().parents[1] / "encryption_child.py"
# Every STRIDE-th step is a kill point (starting at a different step for each change);
# GIVEBACK_KILL_STRIDE=1 kills at every step (the long run).
STRIDE = int(os.environ.get("GIVEBACK_KILL_STRIDE", "2"))
# Argon2id as cheap as it goes: the test is about the steps, not the stretching (the
# child uses the same settings; tests/encryption/test_encryption.py uses the real ones).
CHEAP_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 8, "parallelism": 1}
OLD = "the old passphrase of the test"
NEW = "the new passphrase of the test"  # as in the child
# change: (how the folder starts, the passphrase that opens it then)
CHANGES = {
    "keyring": ("plain", None),
    "passphrase": ("keyring", None),
    "remembered": ("passphrase", OLD),
    "decrypt": ("passphrase", OLD),
}


def _start(folder: Path, keyring_file: Path, how: str, monkeypatch) -> list[str]:
    monkeypatch.setenv(KEYRING_ENV, str(keyring_file))
    paths.set_data_dir(folder)
    store.connect(paths.database_path())
    sample.load_sample_network()
    backups.backup_now()
    backups.backup_now(reason="before-import")
    names = sorted(c.full_name for c in contacts.list_contacts())
    if how == "keyring":
        convert.encrypt_with_keyring()
    elif how == "passphrase":
        convert.encrypt_with_passphrase(OLD)
    store.close()
    cipher.use_key(None)
    return names


def _opens(folder: Path, names: list[str]) -> unlock.Status:
    """Open the folder as Giveback starts; check it holds everything and nothing extra."""
    paths.set_data_dir(folder)
    cipher.use_key(None)
    status = None
    for passphrase in (None, OLD, NEW):
        try:
            status = unlock.unlock(passphrase)
            break
        except (unlock.PassphraseNeeded, unlock.WrongPassphrase):
            continue
    assert status is not None, "no passphrase of the change opens the folder"
    report = backups.open_database()
    assert not report.damaged, report.problem
    assert sorted(c.full_name for c in contacts.list_contacts()) == names
    found = [b for b in backups.list_backups() if b.reason != "daily"]
    assert len(found) == 2 and all(b.contact_count == len(names) for b in found), found
    assert not list(folder.rglob("*.converting")), "a copy of the change was left over"
    assert not keys.key_file_path(new=True).exists()
    # The keyring keeps at most the key of the folder's key file, nothing of the change.
    current = keys.read_key_file()
    kept = (
        json.loads(Path(os.environ[KEYRING_ENV]).read_text())
        if Path(os.environ[KEYRING_ENV]).exists()
        else {}
    )
    wanted = {f"{keys.SERVICE}\n{keys._entry(current)}"} if current else set()
    assert set(kept) <= wanted, sorted(kept)
    store.close()
    return status


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_killed_at_any_step_leaves_the_old_state_or_the_new_whole(
    change, tmp_path, monkeypatch
):
    how, opening = CHANGES[change]
    monkeypatch.setattr(keys, "KDF", CHEAP_KDF)
    base, base_keyring = tmp_path / "base", tmp_path / "base-keyring.json"
    names = _start(base, base_keyring, how, monkeypatch)
    states: dict[str, int] = {}
    first = 1 + sorted(CHANGES).index(change) % STRIDE
    for kill_at in [*range(first, 200, STRIDE)]:
        folder, keyring_file = tmp_path / f"k{kill_at}", tmp_path / f"k{kill_at}.json"
        shutil.copytree(base, folder)
        if base_keyring.exists():
            shutil.copy(base_keyring, keyring_file)
        monkeypatch.setenv(KEYRING_ENV, str(keyring_file))
        args = [str(folder), change, str(kill_at), *([opening] if opening else [])]
        child = subprocess.run(
            [sys.executable, str(CHILD), *args], capture_output=True, text=True, timeout=60
        )
        finished = child.returncode == 0
        assert finished or child.returncode == -9, child.stderr
        status = _opens(folder, names)
        state = f"{status.holder}{' remembered' if status.remembered else ''}"
        states[state] = states.get(state, 0) + 1
        shutil.rmtree(folder)
        if finished:
            assert "DONE" in child.stdout
            break
    else:
        pytest.fail("the change never finished")
    # Both states were seen: kills before the point of no return and after it.
    assert len(states) == 2, json.dumps(states)
    assert kill_at > 5, f"only {kill_at} steps: the kill points were not counted"
