"""File ▸ Sync…, the conflicts and the status bar, driven as a user drives them: real
widgets offscreen, a real Radicale on loopback, the network in a worker thread."""

from __future__ import annotations

import threading

import pytest
from helpers import click
from network_guard import allow_loopback, free_loopback_port

from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.sync.dav import DavClient
from crm_desktop.ui.sync.conflicts import ConflictsDialog
from crm_desktop.ui.sync.controller import SyncController
from crm_desktop.ui.sync.dialog import SyncDialog, needs_insecure

WAIT = 60_000  # ms: a sync over loopback is quick; this is only the ceiling


@pytest.fixture
def book(radicale):
    return radicale.new_addressbook("Work <i>people</i>")


@pytest.fixture
def dialog(qtbot, db):
    controller = SyncController()
    box = SyncDialog(controller)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    yield box
    controller.cancel()
    controller.wait()


def cards(server, book: str) -> dict[str, str]:
    client = DavClient(server.url, server.user, server.password)
    try:
        hrefs = list(client.list_items(book))
        return {h: text for h, (_etag, text) in client.get_many(book, hrefs, "addressbook").items()}
    finally:
        client.close()


def type_account(dialog: SyncDialog, url: str, user: str, password: str) -> None:
    dialog.server.setText(url)
    dialog.user.setText(user)
    dialog.password.setText(password)


def wait_for_sync(qtbot, dialog: SyncDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.controller.busy, timeout=WAIT)


def test_test_connection_offers_what_the_server_has_and_sync_now_sets_up_and_syncs(
    qtbot, dialog, radicale, book
):
    contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@initech.example"))
    type_account(dialog, radicale.url, radicale.user, radicale.password)
    click(qtbot, dialog.test_button)
    assert not dialog.test_button.isEnabled()  # the window goes on while the server answers
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT)
    books = [dialog.addressbook.itemText(i) for i in range(dialog.addressbook.count())]
    assert "Work <i>people</i>" in books  # a server's name, shown as the text it is
    has_ours = any(c.name == "Giveback" for c in dialog.discovery.calendars)
    offer = "Giveback" if has_ours else "Create a new calendar “Giveback”"
    assert dialog.calendar.itemText(0) == offer
    dialog.addressbook.setCurrentIndex(dialog.addressbook.findData(book))
    assert "found" in dialog.found.text()

    click(qtbot, dialog.sync_button)
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    wait_for_sync(qtbot, dialog)
    assert not dialog.progress.isVisible()
    assert "To the server: contacts: 1 new" in dialog.report.text()
    assert [t for t in cards(radicale, book).values() if "Ann Lee" in t]
    account = sync.account()
    assert (account.url, account.addressbook.url) == (radicale.url, book)
    assert account.calendar is not None and account.calendar.name == "Giveback"
    assert "Last sync at" in dialog.last_sync.text()
    assert dialog.forget_button.isVisible()
    assert dialog.password.text() == "" and "kept" in dialog.password.placeholderText()


def test_a_wrong_password_says_so_and_sets_nothing_up(qtbot, dialog, radicale, book):
    type_account(dialog, radicale.url, radicale.user, "not the password")
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "refused the user name or password" in dialog.error.text()
    click(qtbot, dialog.sync_button)
    qtbot.waitUntil(lambda: not dialog.controller.busy, timeout=WAIT)
    assert "refused the user name or password" in dialog.error.text()
    assert sync.account() is None


def test_an_unreachable_server_leaves_the_window_free_and_says_why(qtbot, dialog):
    port = free_loopback_port()
    with allow_loopback(port):
        type_account(dialog, f"http://127.0.0.1:{port}/", "ann", "pw")
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert dialog.error.text() and dialog.test_button.isEnabled()
    assert sync.account() is None


def test_missing_fields_are_asked_for_before_any_network(qtbot, dialog):
    click(qtbot, dialog.test_button)
    assert dialog.error.text() == "Type the server's address."
    dialog.server.setText("https://dav.example.org")
    click(qtbot, dialog.sync_button)
    assert dialog.error.text() == "Type your user name."
    assert not dialog.controller.busy


@pytest.mark.parametrize(
    ("url", "offered"),
    [
        ("http://dav.example.org/", True),
        ("HTTP://192.168.1.5:5232/", True),
        ("https://dav.example.org/", False),
        ("http://127.0.0.1:5232/", False),
        ("http://localhost/", False),
        ("http://[::1]:5232/", False),
    ],
)
def test_the_unencrypted_choice_shows_only_for_http_to_another_computer(dialog, url, offered):
    dialog.server.setText(url)
    assert needs_insecure(url) is offered
    assert dialog.insecure.isVisible() is offered
    assert dialog.insecure.isEnabled() is offered
    assert dialog.insecure_note.isVisible() is offered


def test_cancel_stops_a_running_sync_and_the_next_one_finishes_the_job(
    qtbot, dialog, radicale, book
):
    sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    dialog.show_account(sync.account())
    for n in range(30):
        contacts.add_contact(ContactInput(full_name=f"Person {n:02d}"))
    gate = threading.Event()
    # The sync waits at its start until the test has pressed Cancel: no race with the clock.
    assert dialog.controller.sync(prepare=gate.wait)
    assert dialog.cancel_button.isVisible()
    click(qtbot, dialog.cancel_button)
    gate.set()
    wait_for_sync(qtbot, dialog)
    assert "cancelled" in dialog.report.text()
    assert len(cards(radicale, book)) < 30

    click(qtbot, dialog.sync_button)
    wait_for_sync(qtbot, dialog)
    assert len(cards(radicale, book)) == 30


def test_automatic_sync_choices_are_kept_and_forget_drops_the_account(
    qtbot, dialog, radicale, book, monkeypatch
):
    sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    dialog.show_account(sync.account())
    dialog.at_start.setChecked(True)
    dialog.every.setChecked(True)
    dialog.minutes.setValue(30)
    account = sync.account()
    assert (account.at_start, account.every_minutes, account.at_quit) == (True, 30, False)
    dialog.every.setChecked(False)
    assert sync.account().every_minutes == 0

    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    from crm_desktop.ui.common import prompts

    monkeypatch.setattr(prompts, "confirm", lambda *args, **kwargs: True)
    click(qtbot, dialog.forget_button)
    assert sync.account() is None
    assert not dialog.forget_button.isVisible() and dialog.server.text() == ""
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee"]


def _conflict_on_email(radicale, book) -> int:
    """Ann synced, then her email changed both on the phone and here; the conflict's id."""
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@initech.example"))
    sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    sync.run()
    (href, text), *_ = cards(radicale, book).items()
    phone = text.replace("ann@initech.example", "<b>ann</b>@phone.example")
    assert radicale.put_raw(href, phone).status in (201, 204)
    data = contacts.get_contact(ann.id).to_input()
    data.email = "ann@laptop.example"
    contacts.update_contact(ann.id, data)
    assert sync.run().conflicts == 1
    return ann.id


def test_conflicts_side_by_side_as_plain_text_and_kept_per_row(qtbot, db, radicale, book):
    ann = _conflict_on_email(radicale, book)
    box = ConflictsDialog()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    shown = {label.text() for label in box.rows.findChildren(type(box.empty))}
    assert {
        "Ann Lee",
        "Emails",
        "work · ann@laptop.example",
        "work · <b>ann</b>@phone.example",
    } <= shown
    for label in box.rows.findChildren(type(box.empty)):
        assert label.textFormat().name == "PlainText"  # the server's markup stays text
    (conflict,) = sync.conflicts()
    here, server = box.keep_buttons[conflict.id]
    assert "<b>ann</b>@phone.example" in server.accessibleName()
    click(qtbot, server)
    assert contacts.get_contact(ann).email == "<b>ann</b>@phone.example"
    assert sync.conflicts() == []
    assert box.empty.isVisible() and not box.scroll.isVisible()


def test_the_status_bar_says_how_the_last_sync_went_and_opens_the_dialog(
    qtbot, window, radicale, book
):
    auto = window.auto_sync
    qtbot.waitUntil(lambda: auto.label is not None, timeout=WAIT)
    label = auto.label
    assert not label.isVisible()  # no sync set up: nothing to say
    sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    auto.apply_automatic()
    assert label.isVisible() and label.text() == "Sync set up, not run yet"
    assert auto.sync_now()
    qtbot.waitUntil(lambda: not auto.controller.busy, timeout=WAIT)
    assert label.text().startswith("Synced at ")
    click(qtbot, label)
    assert auto.dialog is not None and auto.dialog.isVisible()
    auto.dialog.close()

    sync.set_automatic(False, 10, False)
    auto.apply_automatic()
    assert auto.timer.isActive() and auto.timer.interval() == 10 * 60_000
    sync.forget()
    auto.apply_automatic()
    assert not auto.timer.isActive() and not label.isVisible()


def test_a_failed_sync_shows_in_the_status_bar(qtbot, window, radicale, book):
    from crm_desktop.services.sync import credentials

    sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    auto = window.auto_sync
    qtbot.waitUntil(lambda: auto.label is not None, timeout=WAIT)
    # The password changed on the server since (an app password revoked, say).
    credentials.store_password(radicale.url, radicale.user, "an old password")
    assert auto.sync_now()
    qtbot.waitUntil(lambda: not auto.controller.busy, timeout=WAIT)
    assert auto.label.text().startswith("Sync failed at ")
    assert "refused the user name or password" in auto.label.toolTip()
    click(qtbot, auto.label)
    assert "failed" in auto.dialog.last_sync.text()

    credentials.forget_password(radicale.url, radicale.user)  # a failure before any request
    assert auto.sync_now()
    qtbot.waitUntil(lambda: not auto.controller.busy, timeout=WAIT)
    assert auto.label.text().startswith("Sync failed")
    assert "password" in auto.label.text()


def test_a_giveback_calendar_already_on_the_server_is_offered_first(qtbot, dialog, radicale):
    radicale.new_calendar("Giveback")
    type_account(dialog, radicale.url, radicale.user, radicale.password)
    click(qtbot, dialog.test_button)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=WAIT)
    names = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
    assert names[0] == "Giveback"
    assert "Create a new calendar “Giveback”" not in names


def test_sync_set_up_from_the_command_line_shows_in_the_open_window(qtbot, window, radicale, book):
    """`giveback sync setup` in a terminal while the window is open: the window notices
    the change from outside, as it does for contacts, and its status bar says so."""
    auto = window.auto_sync
    qtbot.waitUntil(lambda: auto.label is not None, timeout=WAIT)
    assert not auto.label.isVisible()
    window.bus.catch_up()  # what the window has seen so far
    done = threading.Thread(  # another connection to the file, as another process has
        target=lambda: sync.setup(radicale.url, radicale.user, radicale.password, addressbook=book)
    )
    done.start()
    done.join()
    qtbot.waitUntil(lambda: window.bus.catch_up() or auto.label.isVisible(), timeout=WAIT)
    qtbot.waitUntil(auto.label.isVisible, timeout=WAIT)
    assert auto.label.text() == "Sync set up, not run yet"
