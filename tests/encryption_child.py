"""A change of protection that kills itself (SIGKILL) at its N-th step, for
tests/encryption/test_conversion_crash.py.

    python encryption_child.py DATA_DIR ACTION KILL_AT [OPEN_PASSPHRASE]

A step is any write the change makes to the folder or the keyring: a rename, a
deletion, an fsync, a copy, a key file, a keyring entry. KILL_AT 0 runs it whole and
prints DONE.
"""

from __future__ import annotations

import os
import signal
import sys

from crm_desktop import paths, store
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher

NEW_PASSPHRASE = "the new passphrase of the test"
# As in tests/encryption/test_conversion_crash.py: stretching is not what is tested here.
keys.KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 8, "parallelism": 1}

data, action, kill_at = sys.argv[1], sys.argv[2], int(sys.argv[3])
opening = sys.argv[4] if len(sys.argv) > 4 else None
paths.set_data_dir(data)
unlock.unlock(opening)
store.connect(paths.database_path())

steps = 0


def _counted(module, name):
    real = getattr(module, name)

    def step(*args, **kwargs):
        global steps
        steps += 1
        if steps == kill_at:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(module, name, step)


for module, name in (
    (os, "replace"),
    (os, "unlink"),
    (os, "fsync"),
    (cipher, "copy_file"),
    (keys, "write_key_file"),
    (keys, "keyring_set"),
    (keys, "keyring_delete"),
):
    _counted(module, name)

if action == "keyring":
    convert.encrypt_with_keyring()
elif action == "passphrase":
    convert.encrypt_with_passphrase(NEW_PASSPHRASE)
elif action == "remembered":
    convert.encrypt_with_passphrase(NEW_PASSPHRASE, remember=True)
elif action == "decrypt":
    convert.decrypt()
else:
    raise SystemExit(f"unknown action {action}")
print(f"DONE after {steps} steps", flush=True)
