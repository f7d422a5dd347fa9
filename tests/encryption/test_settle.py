"""Settling a change of protection that a crash cut short, folder states built by hand:
the database file is the truth, and everything else is made to agree with it.

(tests/encryption/test_conversion_crash.py kills a real change at every step; these
build the states it leaves in this process, so that each rule is checked on its own.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import keyring_entries, quit_giveback

from crm_desktop import paths, store
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher

PASSPHRASE = "the passphrase of these tests"


def _copy(path: Path, key_in: bytes | None, key_out: bytes | None) -> Path:
    copy = path.with_name(path.name + unlock.CONVERTING)
    cipher.copy_file(path, copy, key_in=key_in, key_out=key_out)
    return copy


@pytest.fixture
def folder(sample_db):
    """The sample network, plain, with one backup."""
    backups.backup_now()
    names = sorted(c.full_name for c in contacts.list_contacts())
    store.close()
    return names


def test_a_change_cut_short_before_the_swap_is_undone(folder, tmp_path):
    """Plain database; the new key file, its keyring entry and whole copies in the new
    key are there: all of them go, the database stays plain and whole."""
    db = paths.database_path()
    backup = backups.list_backups()[0].path
    new_file, key = keys.KeyFile(keys.KEYRING), keys.new_key()
    keys.write_key_file(new_file, new=True)
    keys.keyring_set(new_file, key)
    db_copy, backup_copy = _copy(db, None, key), _copy(backup, None, key)
    empty = backup.with_name("giveback-manual-20261201-000000-000000.sqlite3.converting")
    empty.write_bytes(b"")  # a copy cut off before its first byte
    quit_giveback()
    status = unlock.unlock()
    assert not status.encrypted
    assert not db_copy.exists() and not backup_copy.exists() and not empty.exists()
    assert not keys.key_file_path(new=True).exists() and not keys.key_file_path().exists()
    assert keyring_entries(tmp_path) == {}
    assert not cipher.is_encrypted(backup)
    backups.open_database()
    assert sorted(c.full_name for c in contacts.list_contacts()) == folder


def test_a_change_cut_short_after_the_swap_is_finished(folder, tmp_path):
    """Encrypted database (the swap happened) opened through the new key file: the
    backups' copies replace them, the new key file becomes the folder's, and the old
    holder's keyring entry goes."""
    db = paths.database_path()
    backup = backups.list_backups()[0].path
    old_file, old_key = keys.KeyFile(keys.KEYRING), keys.new_key()
    keys.write_key_file(old_file)
    keys.keyring_set(old_file, old_key)  # as if the folder had a keyring key before
    new_file = keys.new_passphrase_file()
    new_key = keys.derive(PASSPHRASE, new_file)
    keys.write_key_file(new_file, new=True)
    _copy(backup, None, new_key)
    swapped = _copy(db, None, new_key)
    swapped.replace(db)  # the point of no return
    leftover = _copy(db, new_key, new_key)  # a stale copy of the database itself
    quit_giveback()
    with pytest.raises(unlock.PassphraseNeeded):
        unlock.unlock()
    status = unlock.unlock(PASSPHRASE)
    assert status.encrypted and status.holder == keys.PASSPHRASE and not status.remembered
    assert keys.read_key_file() == new_file and not keys.key_file_path(new=True).exists()
    assert not leftover.exists() and not list(paths.data_dir().rglob("*.converting"))
    assert cipher.opens_with(backup, new_key)
    assert keyring_entries(tmp_path) == {}  # the old keyring key went with the old holder
    backups.open_database()
    assert sorted(c.full_name for c in contacts.list_contacts()) == folder


def test_a_decryption_cut_short_after_the_swap_is_finished(folder, tmp_path):
    convert_to = keys.KeyFile(keys.NONE)
    db = paths.database_path()
    backups.open_database()
    convert.encrypt_with_keyring()
    key = cipher.current_key()
    backup = backups.list_backups()[0].path
    store.close()
    keys.write_key_file(convert_to, new=True)
    _copy(backup, key, None)
    _copy(db, key, None).replace(db)
    quit_giveback()
    status = unlock.unlock()
    assert not status.encrypted
    assert not keys.key_file_path().exists() and not keys.key_file_path(new=True).exists()
    assert not cipher.is_encrypted(backup) and keyring_entries(tmp_path) == {}
    assert not list(paths.data_dir().rglob("*.converting"))


def test_a_copy_that_does_not_open_with_the_key_is_never_swapped_in(folder):
    """After the swap, a backup's copy in another key (a stale one) is deleted, and the
    original stays."""
    backup = backups.list_backups()[0].path
    before = backup.read_bytes()
    stale = _copy(backup, None, keys.new_key())
    quit_giveback()
    unlock.unlock()  # plain database, no change under way
    assert not stale.exists() and backup.read_bytes() == before
