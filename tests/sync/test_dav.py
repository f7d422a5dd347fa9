"""The DAV client against real servers: each test runs against Radicale and Xandikos
(``dav_server``), on fresh, empty collections; "the phone" writes with plain requests."""

from __future__ import annotations

import logging
import uuid

import network_guard
import pytest

from crm_desktop.services.sync import dav
from crm_desktop.services.sync.dav import (
    AuthFailed,
    Collection,
    CollectionGone,
    InsecureRefused,
    PreconditionFailed,
    TokenExpired,
)


def vcard(uid: str, name: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nN:{name};;;;\r\nEND:VCARD\r\n"


def vevent(uid: str, summary: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261207T120000Z\r\n"
        f"DTSTART:20261208T090000Z\r\nDTEND:20261208T100000Z\r\nSUMMARY:{summary}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def connect(client, server):
    return client(server.url, server.user, server.password)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_discovery_finds_the_address_book_and_the_calendar(dav_server, client):
    book = dav_server.new_addressbook("Friends")
    calendar = dav_server.new_calendar("Work")
    found = connect(client, dav_server).discover()
    assert Collection(book, "Friends", "addressbook") in found.addressbooks
    [work] = [c for c in found.calendars if c.url == calendar]
    assert work.name == "Work"
    assert {"VEVENT", "VTODO"} <= set(work.components)
    assert found.principal.endswith(dav_server.process.home)
    assert found.calendar_home is not None


def test_a_wrong_password_is_refused_and_never_written_down(radicale, client, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "not-" + radicale.password
    with pytest.raises(AuthFailed) as refused:
        client(radicale.url, radicale.user, wrong).discover()
    assert str(refused.value) == "The server refused the user name or password."
    connect(client, radicale).discover()  # the right one works, and is not logged either
    assert caplog.records, "nothing was logged: the check below would prove nothing"
    for secret in (wrong, radicale.password):
        assert secret not in caplog.text
        assert secret not in str(refused.value) and secret not in repr(refused.value)


def test_items_are_created_listed_read_updated_and_deleted(dav_server, client):
    book = dav_server.new_addressbook()
    server = connect(client, dav_server)
    ada_href, ada_etag = server.create(book, "ada", vcard("ada", "Ada Lovelace"), "addressbook")
    bob_href, _ = server.create(book, "bob.vcf", vcard("bob", "Bob Byron"), "addressbook")
    assert ada_href == path_of(book) + "ada.vcf"

    listed = server.list_items(book)
    assert set(listed) == {ada_href, bob_href}
    assert ada_etag is None or listed[ada_href] == ada_etag

    got = server.get_many(book, [ada_href, bob_href, path_of(book) + "nobody.vcf"], "addressbook")
    assert set(got) == {ada_href, bob_href}
    assert got[ada_href][0] == listed[ada_href]
    assert "FN:Ada Lovelace" in got[ada_href][1]

    # A second create with the same name never overwrites: If-None-Match: *.
    with pytest.raises(PreconditionFailed):
        server.create(book, "ada", vcard("ada", "Someone Else"), "addressbook")

    new_etag = server.update(ada_href, vcard("ada", "Ada King"), listed[ada_href], "addressbook")
    now = server.list_items(book)[ada_href]
    assert now != listed[ada_href]
    assert new_etag is None or new_etag == now
    assert "FN:Ada King" in dav_server.get_raw(dav_server.url + ada_href.lstrip("/")).text

    # Someone else wrote since our read (our ETag is stale): refused, their text kept.
    with pytest.raises(PreconditionFailed):
        server.update(ada_href, vcard("ada", "Stale"), listed[ada_href], "addressbook")
    with pytest.raises(PreconditionFailed):
        server.delete(ada_href, listed[ada_href])
    assert "FN:Ada King" in server.get_many(book, [ada_href], "addressbook")[ada_href][1]

    server.delete(ada_href, now)
    server.delete(ada_href, now)  # already gone: fine
    assert set(server.list_items(book)) == {bob_href}


def test_many_items_are_read_in_batches(dav_server, client):
    book = dav_server.new_addressbook()
    for n in range(dav.MULTIGET_BATCH + 5):
        dav_server.put_raw(f"{book}p{n}.vcf", vcard(f"p{n}", f"Person {n}"))
    server = connect(client, dav_server)
    listed = server.list_items(book)
    got = server.get_many(book, listed, "addressbook")
    assert len(got) == dav.MULTIGET_BATCH + 5
    assert {href: etag for href, (etag, _) in got.items()} == listed


def test_calendar_items_go_both_ways(dav_server, client):
    calendar = dav_server.new_calendar()
    server = connect(client, dav_server)
    href, _ = server.create(calendar, "m1", vevent("m1", "Coffee with Ada"), "calendar")
    assert href.endswith("/m1.ics")
    [(etag, text)] = server.get_many(calendar, [href], "calendar").values()
    assert "SUMMARY:Coffee with Ada" in text
    server.update(href, vevent("m1", "Lunch with Ada"), etag, "calendar")
    [(_, text)] = server.get_many(calendar, [href], "calendar").values()
    assert "SUMMARY:Lunch with Ada" in text


def test_sync_changes_reports_what_the_phone_did(dav_server, client):
    book = dav_server.new_addressbook()
    dav_server.put_raw(f"{book}ada.vcf", vcard("ada", "Ada"))
    dav_server.put_raw(f"{book}bob.vcf", vcard("bob", "Bob"))
    server = connect(client, dav_server)
    ctag, token = server.state(book)
    assert token

    first = server.sync_changes(book, None)
    assert set(first.changed) == {path_of(book) + "ada.vcf", path_of(book) + "bob.vcf"}
    assert first.changed == server.list_items(book)
    assert first.removed == set()

    assert server.sync_changes(book, first.token).changed == {}  # nothing since

    dav_server.put_raw(f"{book}cy.vcf", vcard("cy", "Cy"))  # added on the phone
    dav_server.put_raw(f"{book}ada.vcf", vcard("ada", "Ada King"))  # changed
    dav_server.delete_raw(f"{book}bob.vcf")  # removed
    delta = server.sync_changes(book, first.token)
    assert set(delta.changed) == {path_of(book) + "cy.vcf", path_of(book) + "ada.vcf"}
    assert delta.changed[path_of(book) + "ada.vcf"] != first.changed[path_of(book) + "ada.vcf"]
    assert delta.removed == {path_of(book) + "bob.vcf"}
    assert delta.token != first.token
    assert server.state(book)[0] != ctag  # the CTag moved as well (both servers have one)


def test_a_token_the_server_does_not_know_is_refused(dav_server, client):
    book = dav_server.new_addressbook()
    server = connect(client, dav_server)
    token = server.sync_changes(book, None).token
    with pytest.raises(TokenExpired):
        server.sync_changes(book, token + "-not-ours")
    with pytest.raises(TokenExpired):
        server.sync_changes(book, "http://example.invalid/sync/12345")


def test_a_collection_deleted_on_the_server_is_gone(dav_server, client):
    book = dav_server.new_addressbook()
    server = connect(client, dav_server)
    assert server.list_items(book) == {}
    assert dav_server.delete_raw(book).status in (200, 204)
    with pytest.raises(CollectionGone):
        server.list_items(book)
    with pytest.raises(CollectionGone):
        server.create(book, "ada", vcard("ada", "Ada"), "addressbook")


def test_make_calendar_makes_one_that_discovery_lists(dav_server, client):
    server = connect(client, dav_server)
    home = server.discover().calendar_home
    name = f"Giveback {uuid.uuid4().hex[:6]}"
    made = server.make_calendar(home, name)
    dav_server.made.append(path_of(made.url))
    assert made.kind == "calendar" and made.name == name
    [listed] = [c for c in server.discover().calendars if c.url == made.url]
    assert listed.name == name
    assert {"VEVENT", "VTODO"} <= set(listed.components)
    # The name taken already: a second calendar beside it, not the first one replaced.
    again = server.make_calendar(home, name)
    dav_server.made.append(path_of(again.url))
    assert again.url != made.url
    href, _ = server.create(made.url, "t1", vevent("t1", "Kept"), "calendar")
    assert set(server.list_items(made.url)) == {href}


@pytest.mark.parametrize("url", ["http://dav.example.com/", "http://192.168.1.20:5232/"])
def test_plain_http_to_another_computer_is_refused_before_any_connection(url):
    before = len(network_guard.attempts)
    with pytest.raises(InsecureRefused) as refused:
        dav.DavClient(url, "ada", "secret-pw")
    assert "https://" in str(refused.value)
    assert "secret-pw" not in str(refused.value)
    assert len(network_guard.attempts) == before
    dav.DavClient(url, "ada", "secret-pw", allow_insecure=True).close()  # the user's choice
    dav.DavClient("http://127.0.0.1:5232/", "ada", "pw").close()  # this computer: fine
    dav.DavClient("https://dav.example.com/", "ada", "pw").close()
