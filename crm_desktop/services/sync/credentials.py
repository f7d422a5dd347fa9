"""The sync password: in the system keyring (Secret Service, macOS Keychain, Windows
Credential Locker) under the service "Giveback sync", one entry per server address and user;
where there is no keyring (a headless Linux box), in the file ``sync-password`` in the data
folder, readable by the user only. Never in settings, logs or the command line.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from crm_desktop import paths

SERVICE = "Giveback sync"
FILE_NAME = "sync-password"
KEYRING, FILE = "keyring", "file"


def _entry(url: str, user: str) -> str:
    return f"{user} at {url}"


def _keyring():
    import keyring  # loads its backends: only when a password is looked up or kept

    return keyring


def _file() -> Path:
    return paths.data_dir() / FILE_NAME


def _read_file() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def _write_file(data: dict[str, str]) -> None:
    path = _file()
    if not data:
        path.unlink(missing_ok=True)
        return
    paths.ensure_private_dir(path.parent)
    temporary = path.with_name(path.name + ".new")
    temporary.unlink(missing_ok=True)
    # Created private, never readable by others for a moment, then renamed into place.
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        json.dump(data, out)
    paths.make_private(temporary)
    os.replace(temporary, path)


def store_password(url: str, user: str, password: str) -> str:
    """Keep *password* for *user* at *url*: "keyring" when the system keyring took it,
    "file" when it went to the private file because there is no keyring."""
    from keyring.errors import KeyringError

    try:
        _keyring().set_password(SERVICE, _entry(url, user), password)
    except KeyringError:
        data = _read_file()
        data[_entry(url, user)] = password
        _write_file(data)
        return FILE
    data = _read_file()
    if data.pop(_entry(url, user), None) is not None:
        _write_file(data)  # an older copy in the file is not left behind
    return KEYRING


def load_password(url: str, user: str) -> str | None:
    """The password kept for *user* at *url*; None when there is none."""
    from keyring.errors import KeyringError

    try:
        found = _keyring().get_password(SERVICE, _entry(url, user))
    except KeyringError:
        found = None
    return found if found is not None else _read_file().get(_entry(url, user))


def forget_password(url: str, user: str) -> None:
    """Forget the password for *user* at *url*, wherever it was kept."""
    from keyring.errors import KeyringError

    try:
        keyring = _keyring()
        if keyring.get_password(SERVICE, _entry(url, user)) is not None:
            keyring.delete_password(SERVICE, _entry(url, user))
    except KeyringError:
        pass  # a keyring that cannot be reached holds nothing to forget
    data = _read_file()
    if data.pop(_entry(url, user), None) is not None:
        _write_file(data)
