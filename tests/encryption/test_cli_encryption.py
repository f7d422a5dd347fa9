"""The command line on an encrypted folder, run as a user runs it (a real process)."""

from __future__ import annotations

import os
import subprocess
import sys

PASSPHRASE = "a passphrase from a file"


def test_encrypt_with_a_passphrase_file_then_every_command_needs_it(run, tmp_path):
    run("load-sample")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")  # the line ending is not part of it
    done = run("encrypt", "--passphrase-file", str(secret))
    assert "Encrypted with your passphrase" in done.stdout
    assert "cannot be recovered" in done.stdout
    refused = run("contacts", check=False)
    assert refused.returncode == 2 and "--passphrase-file" in refused.stderr
    assert refused.stdout == ""
    listed = run("--passphrase-file", str(secret), "contacts")
    assert "Aisha Bello" in listed.stdout
    assert PASSPHRASE not in listed.stdout + listed.stderr


def test_the_passphrase_from_standard_input_and_from_the_variable(run, tmp_path):
    run("load-sample")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    run("encrypt", "--passphrase-file", str(secret))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    base = [sys.executable, "-m", "crm_desktop", "--data-dir", str(run.data)]
    piped = subprocess.run(
        [*base, "--passphrase-file", "-", "security"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert piped.returncode == 0 and "Encrypted with your passphrase" in piped.stdout
    wrong = subprocess.run(
        [*base, "--passphrase-file", "-", "contacts"],
        input="not it\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    named = subprocess.run(
        [*base, "contacts"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "GIVEBACK_PASSPHRASE_FILE": str(secret)},
    )
    assert named.returncode == 0 and "Aisha Bello" in named.stdout


def test_keyring_key_change_passphrase_and_decrypt(run, tmp_path):
    run("load-sample")
    assert "keyring" in run("encrypt").stdout
    assert "Aisha Bello" in run("contacts").stdout  # the keyring's key: nothing to give
    again = run("encrypt", check=False)
    assert again.returncode == 2 and "already encrypted" in again.stderr
    new = tmp_path / "new.txt"
    new.write_text("the brand new passphrase")
    run("change-passphrase", "--new-passphrase-file", str(new))
    assert run("contacts", check=False).returncode == 2
    assert "Aisha Bello" in run("--passphrase-file", str(new), "contacts").stdout
    assert "Not encrypted" in run("--passphrase-file", str(new), "decrypt").stdout
    assert "Aisha Bello" in run("contacts").stdout


def test_no_keyring_and_no_passphrase_is_a_clear_message(run, tmp_path):
    run("load-sample")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("GIVEBACK_TEST_KEYRING")  # the tests' keyring then behaves as none at all
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--data-dir", str(run.data), "encrypt"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2 and "keyring could not be reached" in result.stderr
    assert "Not encrypted" in run("security").stdout  # nothing changed
