"""Encryption at rest: turning it on and off, opening through the keyring or a passphrase,
refusing a wrong or missing key without touching anything, and backups that need the key.

What a thief with the folder sees is checked from outside: Python's own ``sqlite3``
(which knows nothing of SQLCipher) must fail on every file, and no file may hold a
contact's name as bytes.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import keyring
import pytest
from helpers import fingerprint, keyring_entries, names, quit_giveback
from keyring.backends import fail

from crm_desktop import paths, store
from crm_desktop.errors import InvalidInput
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher

PASSPHRASE = "correct horse battery staple"


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _plain_sqlite_reads(path: Path) -> bool:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def _reopen(passphrase: str | None = None) -> None:
    """Quit and start again: no key held, then unlock and open as the app does."""
    quit_giveback()
    unlock.unlock(passphrase)
    backups.open_database()


@pytest.fixture
def network(sample_db):
    """The sample network with two backups (a manual one and one before an import)."""
    backups.backup_now()
    backups.backup_now(reason="before-import")
    return names()


def _assert_nothing_readable(folder: Path, names: list[str]) -> None:
    for path in _files(folder):
        data = path.read_bytes()
        if path.suffix != ".json" and data:  # the key file and settings hold no contact data
            assert not _plain_sqlite_reads(path), f"{path.name} is readable without the key"
        for name in names:
            assert name.encode() not in data, f"{name!r} in plain text in {path.name}"


def test_encrypting_with_the_keyring_hides_every_file_and_reopens_without_a_question(
    network, data_dir
):
    assert _plain_sqlite_reads(paths.database_path())  # plain before
    status = convert.encrypt_with_keyring()
    assert status.encrypted and status.holder == keys.KEYRING
    assert names() == network  # the window keeps working on the converted file
    contacts.list_contacts("Priya")  # search through the encrypted index
    store.database().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    _assert_nothing_readable(data_dir, network)
    _reopen()
    assert names() == network
    infos = backups.list_backups()  # the two, and the day's backup taken on reopening
    assert len(infos) == 3 and all(b.contact_count == len(network) for b in infos)


def test_a_passphrase_opens_it_a_wrong_one_or_none_is_refused_and_nothing_changes(
    network, data_dir, tmp_path
):
    convert.encrypt_with_passphrase(PASSPHRASE)
    assert keyring_entries(tmp_path) == {}  # a passphrase not remembered leaves no key
    store.close()
    cipher.use_key(None)
    before = fingerprint(data_dir)
    with pytest.raises(unlock.PassphraseNeeded, match="passphrase"):
        unlock.unlock()
    with pytest.raises(unlock.WrongPassphrase, match="does not open"):
        unlock.unlock("correct horse battery stapl")
    assert cipher.current_key() is None
    assert fingerprint(data_dir) == before  # nothing written, nothing moved aside
    _reopen(PASSPHRASE)
    assert names() == network


def test_remembering_the_passphrase_keeps_its_key_in_the_keyring_until_forgotten(network):
    convert.encrypt_with_passphrase(PASSPHRASE, remember=True)
    assert unlock.status().remembered
    _reopen()  # no passphrase needed
    assert names() == network
    unlock.remember(False)
    store.close()
    cipher.use_key(None)
    assert unlock.needs_passphrase()
    with pytest.raises(unlock.PassphraseNeeded):
        unlock.unlock()


def test_without_a_keyring_the_key_cannot_be_kept_and_nothing_changes(network, data_dir):
    keyring.set_keyring(fail.Keyring())
    assert not keys.keyring_works()
    before = fingerprint(data_dir)
    with pytest.raises(keys.KeyringUnavailable, match="passphrase instead"):
        convert.encrypt_with_keyring()
    assert fingerprint(data_dir) == before
    assert names() == network  # still open, still plain
    # A passphrase works without a keyring.
    convert.encrypt_with_passphrase(PASSPHRASE)
    _reopen(PASSPHRASE)
    assert names() == network


def test_a_keyring_that_lost_the_key_gives_a_clear_message(network, data_dir, tmp_path):
    convert.encrypt_with_keyring()
    (tmp_path / "keyring.json").unlink()  # another computer, or a wiped keyring
    store.close()
    cipher.use_key(None)
    before = fingerprint(data_dir)
    with pytest.raises(unlock.KeyMissing, match="keyring does not have it"):
        unlock.unlock()
    assert fingerprint(data_dir) == before


def test_a_short_passphrase_is_refused(network, data_dir):
    before = fingerprint(data_dir)
    with pytest.raises(InvalidInput, match="at least 8"):
        convert.encrypt_with_passphrase("short")
    assert fingerprint(data_dir) == before


def test_backups_are_encrypted_and_restore_with_the_key(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    new = backups.backup_now()  # taken after: encrypted too
    outside = backups.backup_now(data_dir.parent / "elsewhere.sqlite3")
    for path in (new, outside, *(b.path for b in backups.list_backups())):
        assert cipher.is_encrypted(path) and not _plain_sqlite_reads(path)
    contacts.delete_contacts([c.id for c in contacts.list_contacts()])
    assert names() == []
    backups.restore(new)
    assert names() == network
    assert cipher.is_encrypted(paths.database_path())


def test_a_plain_backup_restored_into_an_encrypted_folder_is_encrypted(network, data_dir):
    plain = backups.backup_now(data_dir.parent / "plain-copy.sqlite3")
    convert.encrypt_with_keyring()
    assert _plain_sqlite_reads(plain)  # outside the data folder: the user's own copy
    contacts.delete_contacts([c.id for c in contacts.list_contacts()])
    backups.restore(plain)
    assert names() == network
    assert cipher.is_encrypted(paths.database_path())


def test_a_backup_with_another_key_is_refused_and_nothing_changes(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    foreign = data_dir.parent / "foreign.sqlite3"
    cipher.copy_file(
        paths.database_path(), foreign, key_in=cipher.current_key(), key_out=keys.new_key()
    )
    before = names()
    with pytest.raises(backups.BackupError, match="key this Giveback does not have"):
        backups.restore(foreign)
    assert names() == before


def test_changing_the_passphrase_and_decrypting_convert_every_backup(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    first_key = cipher.current_key()
    convert.encrypt_with_passphrase("a completely new passphrase")
    assert cipher.current_key() != first_key
    for b in backups.list_backups():
        assert cipher.opens_with(b.path, cipher.current_key())
        assert not cipher.opens_with(b.path, first_key)
    store.close()
    cipher.use_key(None)
    with pytest.raises(unlock.WrongPassphrase):
        unlock.unlock(PASSPHRASE)
    _reopen("a completely new passphrase")
    convert.decrypt()
    assert not unlock.status().encrypted
    assert not keys.key_file_path().exists()
    for path in (paths.database_path(), *(b.path for b in backups.list_backups())):
        assert _plain_sqlite_reads(path)
    _reopen()
    assert names() == network


def test_damaged_copies_are_removed_only_with_consent(network, data_dir):
    damaged = paths.database_path().with_name("giveback.sqlite3.damaged-20261201-101010")
    damaged.write_bytes(b"SQLite format 3\x00" + b"Priya " * 400)
    before = fingerprint(data_dir)
    with pytest.raises(convert.NeedsConsent) as refused:
        convert.encrypt_with_keyring()
    assert refused.value.files == [damaged]
    assert fingerprint(data_dir) == before
    convert.encrypt_with_keyring(remove_unreadable=True)
    assert not damaged.exists()
    _assert_nothing_readable(data_dir, network)


def test_an_encrypted_database_damaged_inside_is_moved_aside_never_overwritten(network, data_dir):
    convert.encrypt_with_keyring()
    store.close()
    db = paths.database_path()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    page = 4096
    data[5 * page + 100 : 5 * page + 200] = os.urandom(100)  # page 6 scrambled, page 1 fine
    db.write_bytes(bytes(data))
    damaged = bytes(data)
    cipher.use_key(None)
    unlock.unlock()
    report = backups.open_database()
    assert report.damaged and report.moved_to.read_bytes() == damaged
    assert report.newest_backup is not None  # an encrypted backup, readable with the key
    backups.restore(report.newest_backup.path)
    assert names() == network


def test_new_files_are_private(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    for path in (
        paths.database_path(),
        keys.key_file_path(),
        *(b.path for b in backups.list_backups()),
    ):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_everything_else_works_on_an_encrypted_database(network, data_dir, tmp_path):
    from crm_desktop.services.graph import referrals, warm_path
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.export import export_file
    from crm_desktop.services.interchange.plan import plan_import
    from crm_desktop.services.interchange.readers import read_file
    from crm_desktop.services.meetings import prepsheet

    convert.encrypt_with_passphrase(PASSPHRASE)
    found = [c.full_name for c in contacts.list_contacts("Aisha")]
    assert found[0] == "Aisha Bello" and contacts.list_contacts("qqxqq") == []
    assert any(who is not None for who in referrals.graph().introducer.values())
    assert warm_path.find("Acme Robotics").chains
    sheet = prepsheet.compose(contact_id=contacts.list_contacts("Aisha")[0].id)
    assert sheet.contact.full_name == "Aisha Bello" and sheet.chain
    cards = tmp_path / "new.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zora Quill\r\nEND:VCARD\r\n")
    result = apply_import(plan_import(read_file(cards), cards.name))
    assert result.backup is not None and cipher.is_encrypted(result.backup)
    assert backups.read_info(result.backup).contact_count == len(network)
    assert "Zora Quill" in names()
    exported = tmp_path / "everyone.json"
    export_file(exported, "json")
    assert b"Zora Quill" in exported.read_bytes()  # exports stay plain, by choice
    # Neither the passphrase nor the key is written anywhere.
    secrets_ = (PASSPHRASE.encode(), cipher.current_key(), cipher.current_key().hex().encode())
    for path in [*_files(data_dir), *_files(tmp_path)]:
        data = path.read_bytes()
        assert not any(s in data for s in secrets_), path
