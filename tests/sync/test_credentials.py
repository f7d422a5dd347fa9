"""Where the sync password is kept: the system keyring when there is one (here the tests' own
file keyring), else a file in the data folder that only the user can read."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from keyring_backend import ENV as KEYRING_ENV

from crm_desktop.services.sync import credentials

URL, USER = "https://dav.example.com/", "ada"


@pytest.fixture
def no_keyring(monkeypatch):
    """A computer without a keyring: the tests' keyring raises NoKeyringError."""
    monkeypatch.delenv(KEYRING_ENV)


def keyring_entries() -> dict:
    path = Path(os.environ[KEYRING_ENV])
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def test_the_password_goes_to_the_keyring_when_there_is_one(data_dir):
    assert credentials.store_password(URL, USER, "s3cret") == "keyring"
    assert credentials.load_password(URL, USER) == "s3cret"
    assert list(keyring_entries().values()) == ["s3cret"]
    assert next(iter(keyring_entries())).startswith("Giveback sync\n")
    assert not (data_dir / "sync-password").exists()
    credentials.forget_password(URL, USER)
    assert credentials.load_password(URL, USER) is None
    assert keyring_entries() == {}


def test_without_a_keyring_the_password_goes_to_a_private_file(data_dir, no_keyring):
    assert credentials.store_password(URL, USER, "s3cret") == "file"
    kept = data_dir / "sync-password"
    assert "s3cret" in kept.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert credentials.load_password(URL, USER) == "s3cret"
    assert [p.name for p in data_dir.iterdir() if p.name.startswith("sync")] == ["sync-password"]

    credentials.store_password(URL, "bob", "other")  # a second account beside it
    assert credentials.load_password(URL, USER) == "s3cret"
    assert credentials.load_password(URL, "bob") == "other"
    assert credentials.load_password("https://elsewhere.example/", USER) is None

    credentials.forget_password(URL, USER)
    assert credentials.load_password(URL, USER) is None
    assert credentials.load_password(URL, "bob") == "other"
    credentials.forget_password(URL, "bob")
    assert not kept.exists()


def test_a_password_moves_to_the_keyring_once_there_is_one(data_dir, monkeypatch):
    keyring_file = os.environ[KEYRING_ENV]
    monkeypatch.delenv(KEYRING_ENV)
    assert credentials.store_password(URL, USER, "old") == "file"
    monkeypatch.setenv(KEYRING_ENV, keyring_file)
    assert credentials.store_password(URL, USER, "new") == "keyring"
    assert credentials.load_password(URL, USER) == "new"
    assert not (data_dir / "sync-password").exists()  # no copy left behind in the file


def test_changing_the_password_replaces_it(data_dir):
    credentials.store_password(URL, USER, "first")
    credentials.store_password(URL, USER, "second")
    assert credentials.load_password(URL, USER) == "second"
    assert list(keyring_entries().values()) == ["second"]
