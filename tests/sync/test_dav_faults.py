"""What the DAV client says when the network or the server misbehaves: each fault from the
fault proxy (tests/sync/proxy.py), in front of a real server, becomes the right DavError
with a plain message, and nothing else gets through."""

from __future__ import annotations

import network_guard
import pytest
from network_guard import allow_loopback, free_loopback_port
from proxy import Fault

from crm_desktop.services.sync.dav import (
    BadResponse,
    DavError,
    RedirectRefused,
    ServerError,
    ServerFull,
    Unreachable,
)


def vcard(uid: str) -> str:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{uid}\r\nN:{uid};;;;\r\nEND:VCARD\r\n"


@pytest.fixture
def book(dav_server):
    return dav_server.new_addressbook()


@pytest.fixture
def through(proxy, dav_server, client):
    """A DavClient that reaches the server through the proxy; ``through.url(u)`` is *u* as
    seen through the proxy."""
    dav = client(proxy.url, dav_server.user, dav_server.password, timeout=5)
    dav.via = lambda url: url.replace(dav_server.url, proxy.url)
    return dav


def test_the_proxy_passes_everything_through_when_told_nothing(through, book, proxy):
    href, _ = through.create(through.via(book), "ada", vcard("ada"), "addressbook")
    assert list(through.list_items(through.via(book))) == [href]
    assert [method for method, _ in proxy.seen] == ["PUT", "PROPFIND"]


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_a_server_error(through, book, proxy, status):
    proxy.fault = Fault("status", status=status)
    with pytest.raises(ServerError) as failed:
        through.list_items(through.via(book))
    assert type(failed.value) is ServerError
    assert str(failed.value) == f"The server had a problem (error {status}). Try again later."


def test_a_full_server_says_so(through, book, proxy):
    proxy.fault = Fault("status", status=507, method="PUT")
    with pytest.raises(ServerFull) as failed:
        through.create(through.via(book), "ada", vcard("ada"), "addressbook")
    assert str(failed.value) == "The server is full: it has no room for more items."


def test_a_connection_cut_mid_answer_is_unreachable(through, book, proxy, dav_server):
    for n in range(5):
        dav_server.put_raw(f"{book}p{n}.vcf", vcard(f"p{n}"))
    proxy.fault = Fault("cut")
    with pytest.raises(Unreachable) as failed:
        through.list_items(through.via(book))
    assert "broke off" in str(failed.value)
    proxy.fault = None
    assert len(through.list_items(through.via(book))) == 5  # and the next try works


def test_a_server_that_stalls_runs_into_the_timeout(proxy, dav_server, client, book):
    proxy.fault = Fault("stall")
    impatient = client(proxy.url, dav_server.user, dav_server.password, timeout=0.3)
    with pytest.raises(Unreachable) as failed:
        impatient.list_items(book.replace(dav_server.url, proxy.url))
    assert str(failed.value) == "The server did not answer in time. Try again later."


def test_nothing_listening_is_unreachable(client):
    port = free_loopback_port()
    with allow_loopback(port):
        with pytest.raises(Unreachable) as failed:
            client(f"http://127.0.0.1:{port}/", "ada", "pw").discover()
    assert "could not be reached (127.0.0.1)" in str(failed.value)


@pytest.mark.parametrize("method", ["PROPFIND", "REPORT"])
def test_garbled_xml_is_refused_in_plain_words(through, book, proxy, dav_server, method):
    dav_server.put_raw(f"{book}ada.vcf", vcard("ada"))
    proxy.fault = Fault("garble", method=method)
    with pytest.raises(BadResponse) as failed:
        if method == "PROPFIND":
            through.list_items(through.via(book))
        else:
            through.sync_changes(through.via(book), None)
    assert str(failed.value) == "The server sent an answer Giveback cannot read."


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/x/&lol3;.vcf</d:href>
<d:propstat><d:prop><d:getetag>"1"</d:getetag></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/x/&secret;.vcf</d:href>
<d:propstat><d:prop><d:getetag>"1"</d:getetag></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""

PLAIN = b"""<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:"><d:response><d:href>/x/ada.vcf</d:href>
<d:propstat><d:prop><d:getetag>"1"</d:getetag></d:prop>
<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"""


@pytest.mark.parametrize("body", [BOMB, EXTERNAL], ids=["entity bomb", "external entity"])
def test_unsafe_xml_is_refused(through, proxy, body):
    proxy.fault = Fault("body", body=body)
    with pytest.raises(BadResponse) as failed:
        through.list_items(proxy.url + "x/")
    assert str(failed.value) == "The server sent an answer Giveback cannot read."


def test_the_same_answer_without_entities_is_read(through, proxy):
    proxy.fault = Fault("body", body=PLAIN)
    assert through.list_items(proxy.url + "x/") == {"/x/ada.vcf": '"1"'}


@pytest.mark.parametrize("fault", [None, "unsized"], ids=["with length", "without length"])
def test_an_answer_over_the_cap_is_refused(proxy, dav_server, client, book, fault):
    for n in range(40):
        dav_server.put_raw(f"{book}p{n}.vcf", vcard(f"p{n}"))
    proxy.fault = Fault(fault) if fault else None
    url = book.replace(dav_server.url, proxy.url)
    ample = client(proxy.url, dav_server.user, dav_server.password)
    assert len(ample.list_items(url)) == 40
    capped = client(proxy.url, dav_server.user, dav_server.password, max_response_bytes=4096)
    with pytest.raises(BadResponse) as failed:
        capped.list_items(url)
    assert "larger than" in str(failed.value)


def test_a_redirect_within_the_server_is_followed(through, book, proxy, dav_server):
    dav_server.put_raw(f"{book}ada.vcf", vcard("ada"))
    proxy.fault = Fault("redirect", location=through.via(book), times=1)
    assert len(through.list_items(proxy.url + "elsewhere/")) == 1
    assert [path for _, path in proxy.seen][-2:] == [
        "/elsewhere/",
        through.via(book)[len(proxy.url) - 1 :],
    ]


@pytest.mark.parametrize(
    "location",
    ["http://127.0.0.2:{port}/ada/", "https://127.0.0.1:{port}/ada/", "http://127.0.0.1:9/ada/"],
    ids=["another host", "another scheme", "another port"],
)
def test_a_redirect_to_another_origin_is_refused(through, proxy, location):
    proxy.fault = Fault("redirect", location=location.format(port=proxy.port))
    before = len(network_guard.attempts)
    with pytest.raises(RedirectRefused) as failed:
        through.discover()
    assert "another address" in str(failed.value)
    assert len(proxy.seen) == 1  # refused before any request went there
    assert len(network_guard.attempts) == before


def test_every_fault_is_a_dav_error_without_the_password(through, book, proxy, dav_server):
    """Whatever the fault, the caller gets a DavError whose message holds no password."""
    secret = dav_server.password
    for fault in [
        Fault("status", status=500),
        Fault("status", status=507),
        Fault("cut"),
        Fault("garble"),
        Fault("body", body=BOMB),
        Fault("redirect", location="http://127.0.0.2:1/"),
    ]:
        proxy.fault = fault
        with pytest.raises(DavError) as failed:
            through.list_items(through.via(book))
        assert secret not in str(failed.value) and secret not in repr(failed.value)
