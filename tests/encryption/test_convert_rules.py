"""The rules of changing how the data folder is protected, each on its own: which changes
are refused, which files are converted, named or removed, what the progress reports, and
that a change stopped on the way leaves the folder as it was, with the whole sentence
the user reads.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from helpers import fingerprint, keyring_entries, names

from crm_desktop import paths, store
from crm_desktop.errors import GivebackError, InvalidInput, StorageError
from crm_desktop.services import backups
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher

PASSPHRASE = "a passphrase for the rules"
# The write-ahead log and shared memory SQLite makes and drops whenever the database opens:
# left out of the folder's fingerprint.
SQLITE_SIDE_FILES = ("-wal", "-shm")
NEW_PASSPHRASE = "another passphrase, longer"

CONSENT = (
    "These files in the data folder cannot be converted (damaged copies of the database, "
    "or backups encrypted with another key). They must be removed, or moved somewhere "
    "safe first, before the change:\n"
)


def _reopen(passphrase: str | None = None) -> unlock.Status:
    store.close()
    cipher.use_key(None)
    status = unlock.unlock(passphrase)
    backups.open_database()
    return status


def _backup(name: str) -> Path:
    """A backup in the backups folder under a name of our choosing."""
    return backups.backup_now(paths.backups_dir() / name)


@pytest.fixture
def network(sample_db):
    """The sample network, plain, with two backups; its names."""
    backups.backup_now()
    backups.backup_now(reason="before-import")
    return names()


def test_decrypting_a_plain_folder_is_refused_and_changes_nothing(network, data_dir):
    store.close()
    before = fingerprint(data_dir, skip=SQLITE_SIDE_FILES)
    with pytest.raises(InvalidInput) as refused:
        convert.decrypt()
    assert str(refused.value) == "Giveback's database is not encrypted."
    assert fingerprint(data_dir, skip=SQLITE_SIDE_FILES) == before


def test_the_keyring_twice_is_refused_but_every_other_change_of_holder_works(
    network, data_dir, tmp_path
):
    convert.encrypt_with_keyring()
    key = cipher.current_key()
    store.close()
    before, kept = fingerprint(data_dir, skip=SQLITE_SIDE_FILES), keyring_entries(tmp_path)
    with pytest.raises(InvalidInput) as refused:
        convert.encrypt_with_keyring()
    assert str(refused.value) == (
        "Giveback's database is already encrypted with a key in the keyring."
    )
    assert (
        fingerprint(data_dir, skip=SQLITE_SIDE_FILES) == before
        and keyring_entries(tmp_path) == kept
    )
    assert cipher.current_key() == key
    # keyring -> passphrase -> keyring
    status = convert.encrypt_with_passphrase(PASSPHRASE)
    assert status == unlock.Status(encrypted=True, holder="passphrase", remembered=False)
    assert keyring_entries(tmp_path) == {}  # the keyring's key went with the keyring holder
    assert _reopen(PASSPHRASE).holder == "passphrase" and names() == network
    status = convert.encrypt_with_keyring()
    assert status == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    assert list(keyring_entries(tmp_path).values()) == [cipher.current_key().hex()]
    assert _reopen().holder == "keyring" and names() == network


def test_progress_names_every_file_in_turn_and_ends_at_the_total(network):
    db = paths.database_path()
    saved = sorted(p.name for p in paths.backups_dir().iterdir())
    expected = [
        (0, 3, db.name),
        (1, 3, saved[0]),
        (2, 3, saved[1]),
        (3, 3, ""),
    ]
    for change in (
        convert.encrypt_with_keyring,
        lambda **options: convert.encrypt_with_passphrase(PASSPHRASE, **options),
        convert.decrypt,
    ):
        seen: list[tuple[int, int, str]] = []
        change(progress=lambda done, total, name, seen=seen: seen.append((done, total, name)))
        assert seen == expected
    assert not unlock.status().encrypted and names() == network


def test_a_new_folder_without_a_database_gets_an_empty_encrypted_one(data_dir):
    db = paths.database_path()
    assert not db.exists()
    try:
        status = convert.encrypt_with_keyring()
        assert status == unlock.Status(encrypted=True, holder="keyring", remembered=False)
        assert cipher.is_encrypted(db) and cipher.opens_with(db, cipher.current_key())
        assert _reopen().encrypted and names() == []
    finally:
        store.close()


def test_copies_left_by_a_restore_or_a_backup_cut_short_go_with_the_change(network, data_dir):
    db = paths.database_path()
    restoring = db.with_name(db.name + ".restoring")
    partial = paths.backups_dir() / "giveback-manual-20261201-000000-000000.sqlite3.partial"
    journal = Path(str(partial) + "-journal")
    for leftover in (restoring, partial, journal):
        leftover.write_bytes(b"SQLite format 3\x00" + network[0].encode() * 50)
    convert.encrypt_with_passphrase(PASSPHRASE)
    assert not restoring.exists() and not partial.exists() and not journal.exists()
    store.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert network[0].encode() not in path.read_bytes(), path


def test_files_that_cannot_be_converted_are_named_and_removed_only_with_consent(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    db = paths.database_path()
    good = sorted(paths.backups_dir().glob("*.sqlite3"))
    # A backup in another key, a backup damaged past its first page (plain, so its
    # names could leak), and a damaged copy of the database with its write-ahead log.
    foreign = paths.backups_dir() / "giveback-manual-20261101-000000-000000.sqlite3"
    cipher.copy_file(good[0], foreign, key_in=cipher.current_key(), key_out=keys.new_key())
    damaged_backup = paths.backups_dir() / "giveback-manual-20261102-000000-000000.sqlite3"
    damaged_backup.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xaa" * 20000)
    damaged = db.with_name(db.name + ".damaged-20261201-101010")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xaa" * 5000)
    damaged_wal = Path(str(damaged) + "-wal")
    damaged_wal.write_bytes(b"\xaa" * 100)
    store.close()
    before = fingerprint(data_dir, skip=SQLITE_SIDE_FILES)
    with pytest.raises(convert.NeedsConsent) as refused:
        convert.encrypt_with_passphrase(NEW_PASSPHRASE)
    assert refused.value.files == [foreign, damaged_backup, damaged, damaged_wal]
    assert str(refused.value) == CONSENT + (
        f"  {foreign}\n  {damaged_backup}\n  {damaged}\n  {damaged_wal}"
    )
    assert (
        fingerprint(data_dir, skip=SQLITE_SIDE_FILES) == before
        and not keys.key_file_path(new=True).exists()
    )
    convert.encrypt_with_passphrase(NEW_PASSPHRASE, remove_unreadable=True)
    for gone in (foreign, damaged_backup, damaged, damaged_wal):
        assert not gone.exists(), gone
    assert sorted(paths.backups_dir().iterdir()) == good
    for path in good:
        assert cipher.opens_with(path, cipher.current_key())
    assert _reopen(NEW_PASSPHRASE).encrypted and names() == network


def test_another_program_writing_the_database_stops_the_change(network, data_dir, tmp_path):
    db = paths.database_path()
    other = sqlite3.connect(db)
    try:
        other.execute(
            "UPDATE contact SET full_name = 'Renamed Elsewhere' WHERE full_name = ?",
            (network[0],),
        )
        other.commit()
        with pytest.raises(GivebackError) as refused:
            convert.encrypt_with_keyring()
    finally:
        other.close()
    assert str(refused.value) == (
        "Another program has Giveback's database open (a second Giveback, or the command "
        "line). Close it and try again. Nothing was changed."
    )
    assert not keys.key_file_path().exists() and not keys.key_file_path(new=True).exists()
    assert keyring_entries(tmp_path) == {} and not cipher.is_encrypted(db)
    assert not list(data_dir.rglob("*.converting"))
    assert _reopen().encrypted is False
    assert names() == sorted([*network[1:], "Renamed Elsewhere"])  # the other's write kept


def _damage_contacts(path: Path) -> None:
    """Scramble the page that holds the contacts' table: the file still opens and lists
    its tables, but reading the contacts fails."""
    con = sqlite3.connect(path)
    root, size = (
        con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[0],
        con.execute("PRAGMA page_size").fetchone()[0],
    )
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xaa" * size
    path.write_bytes(bytes(data))


def test_a_backup_damaged_inside_stops_the_change_and_nothing_changes(network, data_dir, tmp_path):
    _damage_contacts(sorted(paths.backups_dir().iterdir())[0])
    store.close()
    before = fingerprint(data_dir, skip=SQLITE_SIDE_FILES)
    with pytest.raises(StorageError) as failed:
        convert.encrypt_with_keyring()
    assert str(failed.value) == (
        "Giveback could not convert its files: the database file is damaged. Restart "
        "Giveback to check it and restore the newest backup. Nothing was changed."
    )
    assert (
        fingerprint(data_dir, skip=SQLITE_SIDE_FILES) == before and keyring_entries(tmp_path) == {}
    )
    assert not unlock.status().encrypted and names() == network


def _keep_only(kind: str):
    """A copy made by SQLCipher that lost something on the way (*kind*)."""
    real = cipher.copy_file

    def copy(source: Path, target: Path, *, key_in, key_out) -> None:
        if kind == "left plain":
            key_out = None
        real(source, target, key_in=key_in, key_out=key_out)
        con = cipher.open_file(target, key=key_out)
        if kind == "a contact lost":
            con.execute("DELETE FROM contact WHERE id = (SELECT max(id) FROM contact)")
        if kind == "the schema version lost":
            con.execute("PRAGMA user_version = 0")
        con.commit()
        con.close()

    return copy


@pytest.mark.parametrize(
    ("kind", "complaint"),
    [
        ("left plain", "The converted copy of giveback.sqlite3 is not what was asked."),
        ("a contact lost", "The converted copy of giveback.sqlite3 is not whole."),
        ("the schema version lost", "The converted copy of giveback.sqlite3 is not whole."),
    ],
)
def test_a_copy_that_is_not_the_original_in_the_new_key_is_never_swapped_in(
    network, data_dir, tmp_path, monkeypatch, kind, complaint
):
    store.close()
    before = fingerprint(data_dir, skip=SQLITE_SIDE_FILES)
    monkeypatch.setattr(cipher, "copy_file", _keep_only(kind))
    with pytest.raises(GivebackError) as refused:
        convert.encrypt_with_keyring()
    assert str(refused.value) == complaint
    assert (
        fingerprint(data_dir, skip=SQLITE_SIDE_FILES) == before and keyring_entries(tmp_path) == {}
    )
    assert not unlock.status().encrypted and names() == network


def test_a_failure_after_the_swap_keeps_the_new_key_and_the_next_start_finishes(
    network, data_dir, tmp_path, monkeypatch
):
    """The database's copy has replaced it when the folder's sync fails (an I/O error
    of the disk, or Ctrl-C in the command line): the new key is the only way in, so it
    stays, and the next start opens the database with it and converts the backups."""

    def sync_fails(folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(convert, "_sync_folder", sync_fails)
    with pytest.raises(OSError):
        convert.encrypt_with_keyring()
    assert cipher.is_encrypted(paths.database_path())
    status = _reopen()
    assert status == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    assert names() == network
    for path in paths.backups_dir().iterdir():
        assert cipher.opens_with(path, cipher.current_key()), path
    assert not keys.key_file_path(new=True).exists()
    assert list(keyring_entries(tmp_path).values()) == [cipher.current_key().hex()]
