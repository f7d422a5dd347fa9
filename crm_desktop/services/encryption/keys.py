"""Where the database key lives: the system keyring, a passphrase, or both.

The key file ``giveback-key.json`` beside the database says how the data folder is
protected (``holder``: keyring or passphrase) and, for a passphrase, the Argon2id
parameters and salt that stretch it into the 256-bit key. It never holds the key or
the passphrase. While the protection is being changed, the new state waits in
``giveback-key.new.json`` and a second keyring entry ("new"); see ``convert``.

The keyring is reached through the ``keyring`` library (Secret Service, macOS Keychain,
Windows Credential Locker). A keyring that is missing, locked or broken is reported as
``KeyringUnavailable`` with a plain message, never as a crash.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from crm_desktop import paths
from crm_desktop.errors import GivebackError, InvalidInput
from crm_desktop.services.text import QT_TRANSLATE_NOOP, translate
from crm_desktop.store.cipher import KEY_BYTES

SERVICE = "Giveback"
KEY_FILE = "giveback-key.json"
NEW_KEY_FILE = "giveback-key.new.json"
NONE, KEYRING, PASSPHRASE = "none", "keyring", "passphrase"
# RFC 9106's second recommended Argon2id setting: 64 MiB, 3 passes, 4 lanes (a quarter
# of a second here). Stored with each key file, so later versions may raise them.
KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 4}
SALT_BYTES = 16
MIN_PASSPHRASE = 8


class KeyringUnavailable(GivebackError):
    """The system keyring cannot be reached (none installed, locked, refused)."""


@dataclass(frozen=True)
class KeyFile:
    """How a data folder is (or is about to be) protected. Its random *id* names its key's
    entry in the keyring, so a data folder that moves keeps its key."""

    holder: str  # NONE, KEYRING or PASSPHRASE
    kdf: dict | None = None  # PASSPHRASE: KDF's fields plus the salt (base64)
    id: str = field(default_factory=lambda: secrets.token_hex(8))

    def to_json(self) -> str:
        data: dict = {"format": 1, "id": self.id, "holder": self.holder}
        if self.kdf is not None:
            data["kdf"] = self.kdf
        return json.dumps(data, indent=2) + "\n"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_passphrase_file() -> KeyFile:
    salt = base64.b64encode(secrets.token_bytes(SALT_BYTES)).decode("ascii")
    return KeyFile(PASSPHRASE, {**KDF, "salt": salt})


def derive(passphrase: str, key_file: KeyFile) -> bytes:
    """The key a passphrase stands for, stretched with the key file's Argon2id settings."""
    from argon2.low_level import Type, hash_secret_raw  # only when a passphrase is used

    kdf = key_file.kdf or {}
    if kdf.get("name") != "argon2id":
        raise GivebackError(
            translate(
                "keys",
                "{file} names a way of stretching passphrases this Giveback does not "
                "know. Please update Giveback.",
            ).format(file=KEY_FILE)
        )
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        base64.b64decode(kdf["salt"]),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def check_new_passphrase(passphrase: str) -> str:
    """A new passphrase, refused when it is too short to protect anything."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            translate(
                "keys",
                "Choose a passphrase of at least {count} characters; a few "
                "words you will remember work well.",
            ).format(count=MIN_PASSPHRASE)
        )
    return passphrase


def read_passphrase_file(name: str) -> str:
    """The passphrase in file *name* (``-``: standard input), without its line ending."""
    import sys

    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            text = Path(name).expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InvalidInput(
            translate("keys", "The passphrase file {name} could not be read ({err}).").format(
                name=name, err=err
            )
        ) from err
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise InvalidInput(
            translate("keys", "The passphrase file {name} is empty.").format(name=name)
        )
    return text


# -- the key files beside the database ----------------------------------------------


def key_file_path(new: bool = False) -> Path:
    return paths.data_dir() / (NEW_KEY_FILE if new else KEY_FILE)


def read_key_file(new: bool = False) -> KeyFile | None:
    path = key_file_path(new)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KeyFile(str(data["holder"]), data.get("kdf"), str(data["id"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise GivebackError(
            translate("keys", "{name} could not be read ({err}). Nothing was changed.").format(
                name=path.name, err=err
            )
        ) from err


def write_key_file(key_file: KeyFile, new: bool = False) -> Path:
    """Write the key file whole (a temporary file renamed into place), readable by the
    user only."""
    path = key_file_path(new)
    paths.ensure_private_dir(path.parent)
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(key_file.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path


def remove_key_file(new: bool = False) -> None:
    key_file_path(new).unlink(missing_ok=True)


# -- the system keyring -------------------------------------------------------------


def _entry(key_file: KeyFile) -> str:
    return f"database key {key_file.id}"


def _keyring():
    import keyring  # loads its backends: only when a key is looked up or kept

    return keyring


_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "keys",
    "The system keyring could not be reached ({err}). Use a passphrase instead, or "
    "unlock the keyring and try again.",
)


def keyring_get(key_file: KeyFile | None) -> bytes | None:
    """The key the keyring keeps for *key_file*; None when there is none or the keyring
    cannot be reached (the caller then asks for the passphrase)."""
    if key_file is None:
        return None
    try:
        text = _keyring().get_password(SERVICE, _entry(key_file))
    except Exception:  # any backend's failure means: no key from there
        return None
    try:
        key = bytes.fromhex(text) if text else None
    except ValueError:
        return None
    return key if key is not None and len(key) == KEY_BYTES else None


def keyring_set(key_file: KeyFile, key: bytes) -> None:
    try:
        _keyring().set_password(SERVICE, _entry(key_file), key.hex())
    except Exception as err:  # every backend raises its own kinds
        raise KeyringUnavailable(translate("keys", _UNAVAILABLE).format(err=err)) from err


def keyring_delete(key_file: KeyFile | None) -> None:
    """Forget the keyring's key for *key_file* (nothing when there is none)."""
    if key_file is None:
        return
    try:
        keyring = _keyring()
        if keyring.get_password(SERVICE, _entry(key_file)) is not None:
            keyring.delete_password(SERVICE, _entry(key_file))
    except Exception:  # a keyring that cannot be reached holds nothing to forget
        pass


def keyring_works() -> bool:
    """True when a key can be kept in the system keyring here."""
    try:
        from keyring.backends import fail

        return not isinstance(_keyring().get_keyring(), fail.Keyring)
    except Exception:
        return False
