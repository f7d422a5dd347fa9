"""Finding the key that opens the database, and settling a change of protection that a
crash cut short.

The database file is the truth: whatever key opens it is the folder's key, and the
copies and key files a cut-short change left behind are kept or dropped to agree with
it (``settle``). So a change killed at any moment leaves either the old state or the
new one, whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from crm_desktop import paths
from crm_desktop.errors import DatabaseLocked
from crm_desktop.services.encryption import keys
from crm_desktop.services.text import translate
from crm_desktop.store import cipher

CONVERTING = ".converting"


class PassphraseNeeded(DatabaseLocked):
    """The database is encrypted with a passphrase that was not given."""


class WrongPassphrase(DatabaseLocked):
    """The passphrase given does not open the database."""


class KeyMissing(DatabaseLocked):
    """The database's key should be in the system keyring, which does not have it."""


@dataclass(frozen=True)
class Status:
    """How the data folder is protected now."""

    encrypted: bool
    holder: str  # keys.NONE, keys.KEYRING or keys.PASSPHRASE
    remembered: bool = False  # a passphrase whose key this computer's keyring keeps

    def describe(self) -> str:
        if not self.encrypted:
            return translate(
                "encryption",
                "Not encrypted: any program that can read your files can read Giveback's.",
            )
        if self.holder == keys.PASSPHRASE and self.remembered:
            return translate(
                "encryption",
                "Encrypted with your passphrase. It is remembered in this computer's keyring, "
                "so Giveback opens without asking.",
            )
        if self.holder == keys.PASSPHRASE:
            return translate(
                "encryption",
                "Encrypted with your passphrase. Giveback asks for it when it starts.",
            )
        return translate(
            "encryption", "Encrypted with a key kept in this computer's keyring: nothing to type."
        )


def status() -> Status:
    if not cipher.is_encrypted(paths.database_path()):
        return Status(encrypted=False, holder=keys.NONE)
    key_file = keys.read_key_file()
    holder = key_file.holder if key_file is not None else keys.KEYRING
    kept = keys.keyring_get(key_file)
    remembered = holder == keys.PASSPHRASE and kept is not None and kept == cipher.current_key()
    return Status(encrypted=True, holder=holder, remembered=remembered)


def needs_passphrase() -> bool:
    """True when the database is encrypted and no key this computer keeps opens it."""
    db = paths.database_path()
    if not cipher.is_encrypted(db):
        return False
    return not any(cipher.opens_with(db, k) for k in _kept_keys())


def _kept_keys() -> list[bytes]:
    files = (keys.read_key_file(), keys.read_key_file(new=True))
    return [k for k in (keys.keyring_get(f) for f in files) if k is not None]


def unlock(passphrase: str | None = None) -> Status:
    """Find the key that opens the database and hold it for every later connection.

    The keyring's keys are tried first, then *passphrase* (with the key file's Argon2id
    settings, and those of a change that was cut short). Raises ``PassphraseNeeded``,
    ``WrongPassphrase`` or ``KeyMissing``; nothing is written to the folder then.
    """
    db = paths.database_path()
    if not cipher.is_encrypted(db):
        cipher.use_key(None)
        settle(None, via_new=False)
        return status()
    tried: list[tuple[bytes, bool]] = []
    for new in (False, True):
        kept = keys.keyring_get(keys.read_key_file(new))
        if kept is not None:
            tried.append((kept, new))
    for key, new in tried:
        if cipher.opens_with(db, key):
            return _use(key, new)
    if passphrase is not None:
        for new in (False, True):
            key_file = keys.read_key_file(new)
            if key_file is not None and key_file.holder == keys.PASSPHRASE:
                key = keys.derive(passphrase, key_file)
                if cipher.opens_with(db, key):
                    return _use(key, new)
        raise WrongPassphrase(
            translate(
                "unlock",
                "That passphrase does not open Giveback's database. Check it and try "
                "again; nothing was changed.",
            )
        )
    holders = {f.holder for f in (keys.read_key_file(), keys.read_key_file(new=True)) if f}
    if keys.PASSPHRASE in holders:
        raise PassphraseNeeded(
            translate(
                "unlock",
                "Giveback's database is encrypted with a passphrase. Give it to open the "
                "database (on the command line: --passphrase-file FILE, or - for "
                "standard input).",
            )
        )
    raise KeyMissing(
        translate(
            "unlock",
            "Giveback's database is encrypted with a key kept in this computer's "
            "keyring, and the keyring does not have it (it is locked, missing, or "
            "this is another computer). Unlock the keyring and start Giveback again. "
            "Nothing was changed.",
        )
    )


def _use(key: bytes, via_new: bool) -> Status:
    cipher.use_key(key)
    settle(key, via_new)
    return status()


def remember(on: bool) -> None:
    """Keep the passphrase's key in this computer's keyring (or forget it there)."""
    key, key_file = cipher.current_key(), keys.read_key_file()
    if key_file is None or key_file.holder != keys.PASSPHRASE:
        return
    if on and key is not None:
        keys.keyring_set(key_file, key)
    else:
        keys.keyring_delete(key_file)


# -- settling a change that was cut short -------------------------------------------


def leftovers() -> list[Path]:
    """Copies a change of protection wrote before it was cut short."""
    folders = [paths.data_dir(), paths.backups_dir()]
    return sorted(p for f in folders if f.is_dir() for p in f.glob(f"*{CONVERTING}"))


def settle(key: bytes | None, via_new: bool) -> None:
    """Make the folder agree with the database, which opened with *key* (None: plain).

    The change reached its point of no return when the database opened through the new
    key file (or the change was to plain and the database is plain), or when that file
    is gone already: then each backup's copy, whole since before that point, replaces
    its original. Otherwise every copy goes, with the new key file and keyring entry.
    """
    db = paths.database_path()
    new_file = keys.read_key_file(new=True)
    arrived = new_file is None or ((new_file.holder == keys.NONE) if key is None else via_new)
    for copy in leftovers():
        original = copy.with_name(copy.name[: -len(CONVERTING)])
        if arrived and original != db and cipher.opens_with(copy, key):
            os.replace(copy, original)
        else:
            copy.unlink(missing_ok=True)
    if new_file is not None:
        if arrived:
            old_file = keys.read_key_file()
            if old_file is not None and old_file.id != new_file.id:
                keys.keyring_delete(old_file)  # first: the new file is about to hide its id
            if new_file.holder == keys.NONE:
                keys.remove_key_file()
            else:
                keys.write_key_file(new_file)
        else:
            keys.keyring_delete(new_file)
        keys.remove_key_file(new=True)
