"""``giveback sync`` as a script runs it: real processes on their own data folder, against
a real Radicale on loopback (the server with passwords), the phone played by plain DAV
requests."""

from __future__ import annotations

import json
import subprocess
from urllib.parse import urlsplit

import pytest
from proxy import Fault

from crm_desktop import paths
from crm_desktop.services.sync.dav import DavClient


@pytest.fixture
def giveback(run):
    """``giveback(*args, stdin="")``: the command in a real process on its own data folder
    (conftest's ``run``), *stdin* typed into it (not a terminal)."""

    def _run(*args: str, stdin: str = "", check: bool = True) -> subprocess.CompletedProcess:
        return run(*args, stdin=stdin, check=check, timeout=120)

    _run.data = run.data
    return _run


@pytest.fixture
def book(radicale):
    return radicale.new_addressbook("Friends & <b>Family</b>")


def set_up(giveback, server, book: str, url: str = "") -> subprocess.CompletedProcess:
    """``giveback sync setup`` with the server's password on stdin (through *url*, a proxy
    in front of it, if given)."""
    return giveback(
        "sync", "setup", url or server.url, "--user", server.user, "--password-stdin",
        "--addressbook", book, stdin=server.password + "\n",
    )  # fmt: skip


def cards(server, book: str) -> dict[str, str]:
    """href -> text of every card in the address book, read as a phone would."""
    client = DavClient(server.url, server.user, server.password)
    try:
        hrefs = list(client.list_items(book))
        return {h: text for h, (_etag, text) in client.get_many(book, hrefs, "addressbook").items()}
    finally:
        client.close()


def test_a_wrong_password_exits_non_zero_saying_so_and_keeps_nothing(giveback, radicale, book):
    refused = giveback(
        "sync", "setup", radicale.url, "--user", radicale.user, "--password-stdin",
        stdin="not the password\n", check=False,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "refused the user name or password" in refused.stderr
    assert "not the password" not in refused.stdout + refused.stderr
    status = json.loads(giveback("sync", "status", "--json").stdout)
    assert status["account"] is None
    assert "not set up" in giveback("sync", "status").stdout


def test_the_password_is_never_an_argument(giveback, radicale):
    as_argument = giveback(
        "sync", "setup", radicale.url, "--user", radicale.user, "--password", "x", check=False
    )
    assert as_argument.returncode != 0 and "unrecognized arguments" in as_argument.stderr
    no_terminal = giveback("sync", "setup", radicale.url, "--user", radicale.user, check=False)
    assert no_terminal.returncode != 0
    assert "--password-stdin" in no_terminal.stderr
    assert json.loads(giveback("sync", "status", "--json").stdout)["account"] is None


def test_setup_sync_status_and_forget(giveback, radicale, book):
    said = set_up(giveback, radicale, book).stdout
    assert f"Sync set up with {radicale.url} as {radicale.user}." in said
    assert "Friends & <b>Family</b>" in said and "Calendar:" in said
    giveback("add-contact", "Ann Lee", "--company", "Initech", "--email", "ann@initech.example")

    ran = giveback("sync")
    assert "To the server: contacts: 1 new" in ran.stdout
    assert [t for t in cards(radicale, book).values() if "Ann Lee" in t]
    assert giveback("sync").stdout.strip() == "Nothing changed."

    status = json.loads(giveback("sync", "status", "--json").stdout)
    assert status["account"]["url"] == radicale.url
    assert status["account"]["addressbook"]["url"] == book
    assert status["ok"] is True and status["conflicts"] == 0 and status["items"] >= 1
    shown = giveback("sync", "status").stdout
    assert "Last sync:" in shown and "(ok" in shown
    # The password is in the keyring only: not in what the commands print, not in the database.
    everything = said + ran.stdout + json.dumps(status) + shown
    assert radicale.password not in everything
    database = (giveback.data / paths.DB_NAME).read_bytes()
    assert radicale.password.encode() not in database

    forgot = giveback("sync", "forget")
    assert "Every contact" in forgot.stdout
    assert json.loads(giveback("sync", "status", "--json").stdout)["account"] is None
    assert [c["full_name"] for c in json.loads(giveback("contacts", "--json").stdout)] == [
        "Ann Lee"
    ]
    not_set_up = giveback("sync", check=False)
    assert not_set_up.returncode != 0 and "giveback sync setup" in not_set_up.stderr


def test_a_conflict_is_listed_exit_0_and_resolved_from_the_command_line(giveback, radicale, book):
    set_up(giveback, radicale, book)
    giveback("add-contact", "Ann Lee", "--email", "ann@initech.example")
    giveback("sync")
    (href, text), *_ = cards(radicale, book).items()
    phone = text.replace("ann@initech.example", "ann@<b>phone</b>.example")
    assert radicale.put_raw(href, phone).status in (201, 204)
    giveback("edit-contact", "Ann Lee", "--email", "ann@laptop.example")

    ran = giveback("sync")
    assert "1 conflict" in ran.stdout
    assert "Ann Lee · Emails" in ran.stdout
    assert "here:   work · ann@laptop.example" in ran.stdout
    assert "server: work · ann@<b>phone</b>.example" in ran.stdout
    (conflict,) = json.loads(giveback("sync", "conflicts", "--json").stdout)
    assert "ann@laptop.example" in conflict["here"]
    assert "ann@<b>phone</b>.example" in conflict["server"]
    listed = giveback("sync", "conflicts").stdout
    assert f"#{conflict['id']} Ann Lee · Emails" in listed

    missing = giveback("sync", "resolve", str(conflict["id"] + 99), "--keep", "server", check=False)
    assert missing.returncode != 0 and "No open conflict" in missing.stderr
    kept = giveback("sync", "resolve", str(conflict["id"]), "--keep", "server")
    assert "Kept the server's Emails for Ann Lee: work · ann@<b>phone</b>.example" in kept.stdout
    (ann,) = json.loads(giveback("contacts", "--json").stdout)
    assert ann["email"] == "ann@<b>phone</b>.example"
    assert giveback("sync", "conflicts").stderr.strip() == "No conflicts."


def test_an_address_book_emptied_on_the_server_stops_the_sync_until_allowed(
    giveback, radicale, book
):
    set_up(giveback, radicale, book)
    for name in ("Ann Lee", "Bo Chen"):
        giveback("add-contact", name)
    giveback("sync")
    for href in cards(radicale, book):
        assert radicale.delete_raw(href).status in (200, 204)

    stopped = giveback("sync", check=False)
    assert stopped.returncode == 3
    assert "The server has none of the 2 contacts it had at the last sync" in stopped.stderr
    assert "giveback sync --allow-emptying" in stopped.stderr
    assert len(json.loads(giveback("contacts", "--json").stdout)) == 2

    giveback("sync", "--allow-emptying")
    assert json.loads(giveback("contacts", "--json").stdout) == []
    archived = json.loads(giveback("contacts", "--archived", "--json").stdout)
    assert sorted(c["full_name"] for c in archived) == ["Ann Lee", "Bo Chen"]


def test_a_server_that_fails_or_is_gone_exits_2_in_plain_words(giveback, dav_server, proxy):
    book = dav_server.new_addressbook()
    set_up(giveback, dav_server, urlsplit(book).path, url=proxy.url)  # its path: another host
    giveback("add-contact", "Ann Lee")
    proxy.fault = Fault("status", status=507)
    full = giveback("sync", check=False)
    assert full.returncode == 2
    assert full.stderr.startswith("giveback: ") and "Traceback" not in full.stderr
    proxy.fault = None
    assert "To the server: contacts: 1 new" in giveback("sync").stdout
    proxy.stop()
    gone = giveback("sync", check=False)
    assert gone.returncode == 2
    assert gone.stderr.startswith("giveback: ") and "Traceback" not in gone.stderr
