"""Turning encryption on or off, or changing how its key is held, for every file of the
data folder: the database and every backup.

Each file is copied into a new file beside it (``<name>.converting``) in the new key,
and the copy checked, while the originals stay as they are. Then the database's copy
replaces the database by a rename: the point of no return. The backups' copies and
the key files follow (``unlock.settle``), and would after a crash too. Killed at any
moment, the folder holds either its old state or its new one, each whole and opening.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop import paths, store
from crm_desktop.errors import GivebackError, InvalidInput, StorageError
from crm_desktop.services.encryption import keys
from crm_desktop.services.encryption.unlock import CONVERTING, Status, settle, status
from crm_desktop.services.storage import storage_message
from crm_desktop.services.text import translate
from crm_desktop.store import cipher, integrity

Progress = Callable[[int, int, str], None]


class NeedsConsent(GivebackError):
    """Some files of the folder cannot be converted; they go only if the user agrees."""

    def __init__(self, message: str, files: list[Path]):
        super().__init__(message)
        self.files = files


@dataclass(frozen=True)
class FolderPlan:
    """What a change of protection does to the data folder's files."""

    convert: list[Path] = field(default_factory=list)  # the database first, then backups
    unreadable: list[Path] = field(default_factory=list)  # damaged copies, foreign backups
    leftovers: list[Path] = field(default_factory=list)  # copies cut short by a crash


def plan() -> FolderPlan:
    db = paths.database_path()
    key = cipher.current_key()
    convert, unreadable = [db], []
    backups = sorted(paths.backups_dir().glob("*.sqlite3")) if paths.backups_dir().is_dir() else []
    for path in backups:
        (convert if _readable(path, key) else unreadable).append(path)
    for damaged in sorted(db.parent.glob(f"{db.name}.damaged-*")):
        unreadable.append(damaged)  # with its -wal and -shm: damaged, so not copied
    leftovers = [db.with_name(db.name + ".restoring")]
    if paths.backups_dir().is_dir():
        leftovers += sorted(paths.backups_dir().glob("*.partial*"))
    return FolderPlan(convert, unreadable, [p for p in leftovers if p.exists()])


def _readable(path: Path, key: bytes | None) -> bool:
    if cipher.is_encrypted(path):
        return key is not None and cipher.opens_with(path, key)
    try:
        con = cipher.open_file(path, mode="ro")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except cipher.ERRORS:
        return False
    return True


def encrypt_with_keyring(**options) -> Status:
    """Encrypt with a new random key kept in the system keyring."""
    return _change(keys.KEYRING, keys.new_key(), keys.KeyFile(keys.KEYRING), True, **options)


def encrypt_with_passphrase(passphrase: str, remember: bool = False, **options) -> Status:
    """Encrypt (or re-encrypt) with a key stretched from *passphrase*; with *remember*,
    the key is kept in this computer's keyring too."""
    keys.check_new_passphrase(passphrase)
    key_file = keys.new_passphrase_file()
    key = keys.derive(passphrase, key_file)
    return _change(keys.PASSPHRASE, key, key_file, remember, **options)


def decrypt(**options) -> Status:
    """Store the database and its backups plain again."""
    return _change(keys.NONE, None, keys.KeyFile(keys.NONE), False, **options)


def _change(
    holder: str,
    key: bytes | None,
    key_file: keys.KeyFile,
    keep_in_keyring: bool,
    remove_unreadable: bool = False,
    progress: Progress | None = None,
) -> Status:
    db = paths.database_path()
    if not db.exists():
        store.connect(db)  # a new folder: its empty database is converted like any other
    before = status()
    if holder == keys.NONE and not before.encrypted:
        raise InvalidInput(translate("convert", "Giveback's database is not encrypted."))
    if holder == keys.KEYRING and before.encrypted and before.holder == keys.KEYRING:
        raise InvalidInput(
            translate(
                "convert", "Giveback's database is already encrypted with a key in the keyring."
            )
        )
    folder = plan()
    if folder.unreadable and not remove_unreadable:
        names = "\n".join(f"  {p}" for p in folder.unreadable)
        raise NeedsConsent(
            translate(
                "convert",
                "These files in the data folder cannot be converted (damaged copies of "
                "the database, or backups encrypted with another key). They must be "
                "removed, or moved somewhere safe first, before the change:\n{names}",
            ).format(names=names),
            folder.unreadable,
        )
    keys.write_key_file(key_file, new=True)
    if keep_in_keyring:
        try:
            keys.keyring_set(key_file, key)
        except keys.KeyringUnavailable:
            keys.remove_key_file(new=True)  # nothing else was changed yet
            raise
    old_key = cipher.current_key()
    store.close()
    copies: list[Path] = []
    try:
        _check_closed(db)
        for number, path in enumerate(folder.convert):
            if progress is not None:
                progress(number, len(folder.convert), path.name)
            copy = path.with_name(path.name + CONVERTING)
            copies.append(copy)
            _convert_file(path, copy, old_key, key)
        if progress is not None:
            progress(len(folder.convert), len(folder.convert), "")
        for path in folder.leftovers:
            path.unlink(missing_ok=True)
        for path in folder.unreadable:
            for suffix in ("", *integrity.COMPANIONS):
                Path(str(path) + suffix).unlink(missing_ok=True)
        for suffix in integrity.COMPANIONS:  # flushed into the file: nothing in them
            Path(str(db) + suffix).unlink(missing_ok=True)
        os.replace(copies[0], db)  # the point of no return
    except BaseException as err:
        for copy in copies:
            copy.unlink(missing_ok=True)
        keys.keyring_delete(key_file)
        keys.remove_key_file(new=True)
        store.connect(db)
        if isinstance(err, (*cipher.ERRORS, OSError)):
            failed = translate("convert", "Giveback could not convert its files")
            nothing = translate("convert", "Nothing was changed.")
            raise StorageError(f"{storage_message(err, failed, after='')} {nothing}") from err
        raise
    # Past the point of no return: a failure now must not undo the new key file and the
    # keyring entry, the only way into the database; the next start finishes the change.
    _sync_folder(db.parent)
    cipher.use_key(key)
    settle(key, via_new=True)
    store.connect(db)
    return status()


def _check_closed(db: Path) -> None:
    """After closing, the write-ahead log must be empty: else another program still has
    the database open and writes it would make to the old file would be lost."""
    wal = Path(str(db) + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise GivebackError(
            translate(
                "convert",
                "Another program has Giveback's database open (a second Giveback, or the "
                "command line). Close it and try again. Nothing was changed.",
            )
        )


def _convert_file(path: Path, copy: Path, old_key: bytes | None, key: bytes | None) -> None:
    copy.unlink(missing_ok=True)
    os.close(os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    key_in = old_key if cipher.is_encrypted(path) else None
    cipher.copy_file(path, copy, key_in=key_in, key_out=key)
    _verify(path, key_in, copy, key)
    with open(copy, "rb+") as handle:
        os.fsync(handle.fileno())


def _counts(path: Path, key: bytes | None) -> dict[str, int]:
    con = cipher.open_file(path, key=key, mode="ro")
    try:
        if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise GivebackError(
                translate("convert", "The converted copy of {name} did not check out.").format(
                    name=path.name
                )
            )
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'%VIRTUAL%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts["user_version"] = con.execute("PRAGMA user_version").fetchone()[0]
        return counts
    finally:
        con.close()


def _verify(original: Path, key_in: bytes | None, copy: Path, key: bytes | None) -> None:
    """The copy opens with the new key, passes SQLite's check and holds as many rows of
    every table as the original."""
    if cipher.is_encrypted(copy) != (key is not None):
        raise GivebackError(
            translate("convert", "The converted copy of {name} is not what was asked.").format(
                name=original.name
            )
        )
    if _counts(copy, key) != _counts(original, key_in):
        raise GivebackError(
            translate("convert", "The converted copy of {name} is not whole.").format(
                name=original.name
            )
        )


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
