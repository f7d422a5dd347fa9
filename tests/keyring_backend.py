"""A keyring for the tests: a JSON file named by ``GIVEBACK_TEST_KEYRING`` (each test gets
its own under tmp_path), so that no test ever reads or writes the developer's own
keychain, and child processes (the command line, the crash harness) see the same keys.
With the variable unset, it behaves as a computer without a keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError

ENV = "GIVEBACK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1

    def _path(self) -> Path:
        name = os.environ.get(ENV)
        if not name:
            raise NoKeyringError("no keyring on this (test) computer")
        return Path(name)

    def _load(self) -> dict:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("not there")
        self._save(data)
