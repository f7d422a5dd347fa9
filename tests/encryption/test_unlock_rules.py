"""The rules of opening an encrypted data folder, each on its own: which key opens what,
what the status says in the user's words, remembering a passphrase, and the whole
sentence the user reads when the database cannot be opened (nothing changed then).
"""

from __future__ import annotations

import pytest
from helpers import fingerprint, keyring_entries, names, quit_giveback

from crm_desktop import paths, store
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.encryption import convert, keys, unlock
from crm_desktop.store import cipher

PASSPHRASE = "a passphrase for the rules"

# The sentences of the security dialog and of `giveback security status`, as written.
PLAIN = "Not encrypted: any program that can read your files can read Giveback's."
BY_KEYRING = "Encrypted with a key kept in this computer's keyring: nothing to type."
ASKED = "Encrypted with your passphrase. Giveback asks for it when it starts."
REMEMBERED = (
    "Encrypted with your passphrase. It is remembered in this computer's keyring, "
    "so Giveback opens without asking."
)
WRONG = (
    "That passphrase does not open Giveback's database. Check it and try again; "
    "nothing was changed."
)
NEEDED = (
    "Giveback's database is encrypted with a passphrase. Give it to open the database "
    "(on the command line: --passphrase-file FILE, or - for standard input)."
)
MISSING = (
    "Giveback's database is encrypted with a key kept in this computer's keyring, and the "
    "keyring does not have it (it is locked, missing, or this is another computer). "
    "Unlock the keyring and start Giveback again. Nothing was changed."
)


@pytest.fixture
def network(sample_db):
    """The sample network, plain, with one backup; its names."""
    backups.backup_now()
    return names()


def test_a_plain_folder_says_so_and_needs_no_passphrase(network):
    status = unlock.status()
    assert status == unlock.Status(encrypted=False, holder="none", remembered=False)
    assert status.describe() == PLAIN
    assert unlock.needs_passphrase() is False


def test_a_keyring_folder_is_described_and_opens_without_a_question(network, tmp_path):
    convert.encrypt_with_keyring()
    assert unlock.status() == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    assert unlock.status().describe() == BY_KEYRING
    quit_giveback()
    assert unlock.needs_passphrase() is False
    assert unlock.unlock() == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    backups.open_database()
    assert names() == network


def test_a_passphrase_not_remembered_is_asked_for_and_said_so(network, tmp_path):
    convert.encrypt_with_passphrase(PASSPHRASE)
    quit_giveback()
    # Before the passphrase is given: no key held, none in the keyring.
    assert unlock.status() == unlock.Status(encrypted=True, holder="passphrase", remembered=False)
    assert unlock.status().describe() == ASKED
    assert unlock.needs_passphrase() is True
    status = unlock.unlock(PASSPHRASE)
    assert status == unlock.Status(encrypted=True, holder="passphrase", remembered=False)
    assert status.describe() == ASKED
    assert keyring_entries(tmp_path) == {}


def test_remembering_keeps_the_passphrases_key_and_forgetting_drops_it(network, tmp_path):
    convert.encrypt_with_passphrase(PASSPHRASE)
    key = cipher.current_key()
    entry = f"Giveback\ndatabase key {keys.read_key_file().id}"
    unlock.remember(True)
    assert keyring_entries(tmp_path) == {entry: key.hex()}
    assert unlock.status() == unlock.Status(encrypted=True, holder="passphrase", remembered=True)
    assert unlock.status().describe() == REMEMBERED
    quit_giveback()
    assert unlock.needs_passphrase() is False
    assert unlock.unlock().remembered  # no passphrase given: the keyring's key opened it
    backups.open_database()
    assert names() == network
    unlock.remember(False)
    assert keyring_entries(tmp_path) == {}
    assert unlock.status().describe() == ASKED
    quit_giveback()
    assert unlock.needs_passphrase() is True
    with pytest.raises(unlock.PassphraseNeeded):
        unlock.unlock()


def test_remembering_does_nothing_to_a_keyring_key_or_a_plain_folder(network, tmp_path):
    unlock.remember(True)  # plain: nothing to remember
    assert keyring_entries(tmp_path) == {} and not keys.key_file_path().exists()
    convert.encrypt_with_keyring()
    kept = keyring_entries(tmp_path)
    assert list(kept.values()) == [cipher.current_key().hex()]
    unlock.remember(False)  # the keyring key is the only key: it must stay
    assert keyring_entries(tmp_path) == kept
    unlock.remember(True)
    assert keyring_entries(tmp_path) == kept
    quit_giveback()
    unlock.unlock()
    backups.open_database()
    assert names() == network


def test_a_wrong_passphrase_is_refused_in_a_whole_sentence(network, data_dir):
    convert.encrypt_with_passphrase(PASSPHRASE)
    quit_giveback()
    before = fingerprint(data_dir)
    with pytest.raises(unlock.WrongPassphrase) as wrong:
        unlock.unlock(PASSPHRASE + "!")
    assert str(wrong.value) == WRONG
    with pytest.raises(unlock.PassphraseNeeded) as needed:
        unlock.unlock()
    assert str(needed.value) == NEEDED
    assert fingerprint(data_dir) == before and cipher.current_key() is None


def test_a_keyring_that_lost_the_key_is_explained_in_a_whole_sentence(network, data_dir, tmp_path):
    convert.encrypt_with_keyring()
    quit_giveback()
    (tmp_path / "keyring.json").unlink()
    before = fingerprint(data_dir)
    with pytest.raises(unlock.KeyMissing) as missing:
        unlock.unlock()
    assert str(missing.value) == MISSING
    # A passphrase given anyway changes nothing: there is no passphrase to try it with.
    with pytest.raises(unlock.WrongPassphrase):
        unlock.unlock(PASSPHRASE)
    assert fingerprint(data_dir) == before and cipher.current_key() is None


def test_an_encrypted_database_without_its_key_file_counts_as_kept_in_the_keyring(
    network, data_dir
):
    """The key file names the keyring entry; without it the key cannot be found, and the
    user is told the keyring does not have it."""
    convert.encrypt_with_keyring()
    quit_giveback()
    keys.key_file_path().unlink()
    assert unlock.status() == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    assert unlock.needs_passphrase() is True
    with pytest.raises(unlock.KeyMissing) as missing:
        unlock.unlock()
    assert str(missing.value) == MISSING


def test_a_change_to_the_keyring_cut_short_after_the_swap_opens_with_the_new_key(
    network, data_dir, tmp_path
):
    """From a passphrase (not remembered) to the keyring, killed just after the database's
    copy replaced it: the new key, in the keyring under the new key file, opens it without
    a passphrase, and the change is finished (the backup converted, the new key file the
    folder's, the keyring holding the new key only)."""
    convert.encrypt_with_passphrase(PASSPHRASE)
    old_key = cipher.current_key()
    backup = backups.list_backups()[0].path
    db = paths.database_path()
    store.close()
    new_file, new_key = keys.KeyFile(keys.KEYRING), keys.new_key()
    keys.write_key_file(new_file, new=True)
    keys.keyring_set(new_file, new_key)
    backup_copy = backup.with_name(backup.name + unlock.CONVERTING)
    cipher.copy_file(backup, backup_copy, key_in=old_key, key_out=new_key)
    db_copy = db.with_name(db.name + unlock.CONVERTING)
    cipher.copy_file(db, db_copy, key_in=old_key, key_out=new_key)
    db_copy.replace(db)  # the point of no return
    quit_giveback()
    assert unlock.needs_passphrase() is False
    status = unlock.unlock()
    assert status == unlock.Status(encrypted=True, holder="keyring", remembered=False)
    assert cipher.current_key() == new_key
    assert keys.read_key_file() == new_file and not keys.key_file_path(new=True).exists()
    assert cipher.opens_with(backup, new_key) and not backup_copy.exists()
    assert keyring_entries(tmp_path) == {f"Giveback\ndatabase key {new_file.id}": new_key.hex()}
    backups.open_database()
    assert names() == network


def test_an_older_copy_of_the_database_never_replaces_it_when_settling(network, data_dir):
    """A stale copy of the database itself (``giveback.sqlite3.converting``, plain like
    it, taken before the last edit) is dropped: only a change replaces the database."""
    db = paths.database_path()
    store.close()
    stale = db.with_name(db.name + unlock.CONVERTING)
    cipher.copy_file(db, stale, key_in=None, key_out=None)
    store.connect(db)
    contacts.add_contact(ContactInput(full_name="Noor Haddad"))
    quit_giveback()
    assert unlock.unlock() == unlock.Status(encrypted=False, holder="none", remembered=False)
    assert not stale.exists()
    backups.open_database()
    assert names() == sorted([*network, "Noor Haddad"])
