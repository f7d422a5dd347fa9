"""Whole syncs that meet a fault, against real servers (Radicale and Xandikos) through the
fault proxy: each stops with a DavError in plain words, leaves the database whole, and the
next clean sync brings the server and this Giveback to the same contacts, each once, with
every edit of both sides.

Also: the server killed mid-sync and started again on its storage, another client writing
between our read and our write (412), and a sync-token the server no longer knows.
"""

from __future__ import annotations

import functools

import pytest
from convergence import (
    Person,
    assert_converged,
    check_database_whole,
    edit_here,
    people_here,
    phone_card,
    read_card,
    server_cards,
)
from laptops import Laptop
from network_guard import allow_loopback
from proxy import Fault, FaultProxy
from servers import DavServer, start_radicale

from crm_desktop import store
from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.sync import state
from crm_desktop.services.sync.dav import (
    BadResponse,
    DavClient,
    DavError,
    ServerError,
    ServerFull,
    Unreachable,
)

BROKE_OFF = "The connection to the server broke off before its answer was complete."
NO_ANSWER = "The server could not be reached (127.0.0.1). Check the address and the network."
TOO_SLOW = "The server did not answer in time. Try again later."
UNREADABLE = "The server sent an answer Giveback cannot read."
FULL = "The server is full: it has no room for more items."


E500 = "The server had a problem (error 500). Try again later."
E503 = "The server had a problem (error 503). Try again later."


class World:
    """This laptop synced through the proxy with a fresh address book, the phone writing
    to the server directly, and what both should hold (``expected``)."""

    def __init__(self, laptop: Laptop, server: DavServer, book: str, proxy_url: str):
        self.laptop, self.server, self.book = laptop, server, book
        self.via = book.replace(server.url, proxy_url)
        self.expected: dict[str, Person] = {}
        self.phone: dict[str, str] = {}  # name -> href of cards the phone wrote

    def add_here(self, person: Person) -> None:
        with self.laptop:
            contacts.add_contact(ContactInput(full_name=person.name, company=person.company,
                                              title=person.title))  # fmt: skip
        self.expected[person.name] = person

    def add_on_phone(self, person: Person) -> None:
        uid = "phone-" + person.name.lower().replace(" ", "-")
        href = f"{self.book}{uid}.vcf"
        assert self.server.put_raw(href, phone_card(uid, person)).status in (201, 204)
        self.phone[person.name] = href
        self.expected[person.name] = person

    def edit_on_phone(self, name: str, **changes: str) -> None:
        href = self.phone[name]
        uid = href.rsplit("/", 1)[-1].removesuffix(".vcf")
        person = Person(**{**self.expected[name].__dict__, **changes})
        assert self.server.put_raw(href, phone_card(uid, person)).status in (201, 204)
        self.expected[name] = person

    def edit_here(self, name: str, **changes: str) -> None:
        with self.laptop:
            edit_here(name, **changes)
        self.expected[name] = Person(**{**self.expected[name].__dict__, **changes})

    def delete_here(self, name: str) -> None:
        with self.laptop:
            contacts.delete_contact(contacts.find_contact(name).id)
        del self.expected[name]

    def delete_on_phone(self, name: str) -> None:
        assert self.server.delete_raw(self.phone.pop(name)).status in (200, 204)
        del self.expected[name]

    def converged(self) -> None:
        with self.laptop:
            assert_converged(self.server, self.book, self.expected)


@pytest.fixture
def world(tmp_path, dav_server, proxy):
    book = dav_server.new_addressbook()
    calendar = dav_server.new_calendar()
    laptop = Laptop(tmp_path / "one")
    with laptop:
        sync.setup(proxy.url, dav_server.user, dav_server.password,
                   addressbook=book.replace(dav_server.url, proxy.url),
                   calendar=calendar.replace(dav_server.url, proxy.url))  # fmt: skip
    return World(laptop, dav_server, book, proxy.url)


def synced_then_edited(world: World) -> None:
    """Six people from each side synced, then on both sides: four new, two edited, one
    deleted, and one person edited on both sides (different fields)."""
    for n in range(6):
        world.add_here(Person(f"Here {n:02}", "Acme", "Engineer"))
        world.add_on_phone(Person(f"Phone {n:02}", "Globex", "Analyst"))
    world.laptop.sync()
    world.converged()
    for n in range(6, 10):
        world.add_here(Person(f"Here {n:02}", "Acme", "Engineer"))
        world.add_on_phone(Person(f"Phone {n:02}", "Globex", "Analyst"))
    for n in range(2):
        world.edit_here(f"Here {n:02}", title="Edited here")
        world.edit_on_phone(f"Phone {n:02}", company="Edited on the phone")
    world.edit_here("Phone 03", title="Edited here")
    world.edit_on_phone("Phone 03", company="Edited on the phone")
    world.delete_here("Here 05")
    world.delete_on_phone("Phone 05")


# (fault, the error, its message). Per addressbook run: PROPFIND (state), REPORT
# (sync-collection), REPORT (multiget), PUT for the merged item, then PUTs and DELETEs
# of what changed here, and a last REPORT after our writes.
FAULTS = {
    "cut mid-listing": (Fault("cut", method="REPORT"), Unreachable, BROKE_OFF),
    "cut mid-multiget": (Fault("cut", method="REPORT", after=1), Unreachable, BROKE_OFF),
    "answer to a write lost": (Fault("drop", method="PUT", after=4), Unreachable, NO_ANSWER),
    "500 on a write": (Fault("status", status=500, method="PUT", after=5), ServerError, E500),
    "503 on the listing": (Fault("status", status=503, method="REPORT"), ServerError, E503),
    "503 on a delete": (Fault("status", status=503, method="DELETE"), ServerError, E503),
    "507 on a write": (Fault("status", status=507, method="PUT", after=2), ServerFull, FULL),
    "stall mid-multiget": (Fault("stall", method="REPORT", after=1), Unreachable, TOO_SLOW),
    "stall on a write": (Fault("stall", method="PUT", after=3), Unreachable, TOO_SLOW),
    "garbled state": (Fault("garble", method="PROPFIND"), BadResponse, UNREADABLE),
    "garbled multiget": (Fault("garble", method="REPORT", after=1), BadResponse, UNREADABLE),
    "cut after our writes": (Fault("cut", method="REPORT", after=2), Unreachable, BROKE_OFF),
}


@pytest.mark.parametrize("case", list(FAULTS))
def test_a_sync_that_meets_a_fault_stops_cleanly_and_the_next_one_converges(
    world, proxy, monkeypatch, case
):
    fault, error, message = FAULTS[case]
    synced_then_edited(world)
    with world.laptop:
        before = {p.name for p, _ in people_here()}
    monkeypatch.setattr(sync, "DavClient", functools.partial(DavClient, timeout=1))
    proxy.fault = fault
    with pytest.raises(DavError) as failed:
        world.laptop.sync()
    assert type(failed.value) is error
    assert str(failed.value) == message
    assert any(method == fault.method for method, _ in proxy.seen)
    with world.laptop:
        check_database_whole()
        here = people_here()
        names = [p.name for p, _ in here]
        assert sorted(names) == sorted(set(names)), "a contact twice here"
        assert before <= set(names), "a contact lost"
        archived = {p.name for p, archived in here if archived}
        assert archived <= {"Phone 05"}  # only what the phone deleted
        status = sync.status()
        assert (status.ok, status.message) == (False, message)  # the status bar says why

    proxy.fault = None
    world.laptop.sync()
    world.converged()
    assert world.laptop.sync().lines() == ["Nothing changed."]


def test_the_server_killed_mid_sync_is_unreachable_then_the_sync_converges(tmp_path):
    """Radicale killed while Giveback sends 150 contacts, started again on the
    same storage (behind the same address): the next sync finishes the job."""
    folder = tmp_path / "radicale"
    first = start_radicale(folder)
    front = FaultProxy(first.port)  # the address Giveback knows, whichever process serves
    server = DavServer(first)
    with allow_loopback(front.port), allow_loopback(first.port):
        front.start()
        try:
            book = server.new_addressbook()
            calendar = server.new_calendar().replace(server.url, front.url)
            laptop = Laptop(tmp_path / "one")
            world = World(laptop, server, book, front.url)
            with laptop:
                sync.setup(front.url, server.user, server.password, addressbook=world.via,
                           calendar=calendar)  # fmt: skip
            for n in range(20):
                world.add_on_phone(Person(f"Phone {n:03}", "Globex"))
            for n in range(150):
                world.add_here(Person(f"Here {n:03}", "Acme"))
            sent: list[int] = []

            def kill_the_server(done: int, total: int, text: str) -> None:
                if text.startswith("Sending"):
                    sent.append(done)
                    if len(sent) == 3:
                        first.process.kill()
                        first.process.wait()

            with pytest.raises(Unreachable) as failed:
                laptop.sync(progress=kill_the_server)
            assert str(failed.value) == NO_ANSWER
            assert 0 < sent[-1] < 150  # killed with work left
            with laptop:
                check_database_whole()
                assert len(people_here()) == 170

            server.process = start_radicale(folder, first.password)
            with allow_loopback(server.port):
                front.upstream_port = server.port
                laptop.sync()
                world.converged()
                assert laptop.sync().lines() == ["Nothing changed."]
        finally:
            front.stop()
            first.stop()
            server.process.stop()


# -- 412: another client writes between our read and our write ---------------------------


def card_href(world: World, name: str) -> str:
    """Where the card of the contact *name* here is on the server (a path)."""
    with world.laptop:
        (href,) = (
            store.database()
            .execute_sql(
                "SELECT href FROM sync_item WHERE local_id = ? AND kind = 'contact'",
                (contacts.find_contact(name).id,),
            )
            .fetchone()
        )
    return href


def phone_writes(world: World, href: str, **changes: str) -> None:
    """The phone changes the card at *href* (a plain, unconditional PUT)."""
    url = world.server.url.rstrip("/") + href
    uid, person = read_card(world.server.get_raw(url).text)
    person = Person(**{**person.__dict__, **changes})
    assert world.server.put_raw(url, phone_card(uid, person)).status in (201, 204)


def write_first(world: World, proxy, method: str, name: str, **changes: str) -> list[str]:
    """Before the first *method* on *name*'s card reaches the server, the phone writes
    *changes* to it: our conditional request then meets a newer card (412)."""
    seen: list[str] = []
    href = card_href(world, name)

    def hook(request_method: str, path: str, headers: dict[str, str]) -> None:
        if request_method == method and path == href and not seen:
            seen.append(path)
            phone_writes(world, href, **changes)

    proxy.before_forward = hook
    return seen


def test_a_write_between_our_read_and_our_update_is_merged_not_lost(world, proxy):
    world.add_here(Person("Ann Lee", "Initech", "Engineer"))
    world.laptop.sync()
    world.edit_here("Ann Lee", title="CTO")
    raced = write_first(world, proxy, "PUT", "Ann Lee", company="Initrode")
    world.expected["Ann Lee"] = Person("Ann Lee", "Initrode", "CTO")
    world.laptop.sync()
    assert raced, "the other client did not write first"
    assert ("PUT", raced[0]) in proxy.seen
    world.converged()  # both edits, on both sides
    with world.laptop:
        assert sync.conflicts() == []
    assert world.laptop.sync().lines() == ["Nothing changed."]


def test_a_write_between_our_merge_and_its_upload_is_merged_too(world, proxy):
    """Both sides changed Ann; the phone writes a third change while we send the merge."""
    world.add_here(Person("Ann Lee", "Initech", "Engineer"))
    world.laptop.sync()
    world.edit_here("Ann Lee", title="CTO")
    phone_writes(world, card_href(world, "Ann Lee"), company="Initrode")
    raced = write_first(world, proxy, "PUT", "Ann Lee", company="Initrode Labs")
    world.expected["Ann Lee"] = Person("Ann Lee", "Initrode Labs", "CTO")
    world.laptop.sync()
    assert raced, "the other client did not write first"
    world.converged()  # the 412 on our upload: fetched again and merged in the same run
    with world.laptop:
        assert sync.conflicts() == []
    assert world.laptop.sync().lines() == ["Nothing changed."]


def test_the_same_field_written_in_between_is_a_conflict_with_both_values(world, proxy):
    world.add_here(Person("Ann Lee", "Initech", "Engineer"))
    world.laptop.sync()
    world.edit_here("Ann Lee", title="CTO")
    raced = write_first(world, proxy, "PUT", "Ann Lee", title="VP Engineering")
    world.laptop.sync()
    assert raced
    with world.laptop:
        [conflict] = sync.conflicts()
        assert (conflict.field, conflict.here, conflict.server) == (
            "title", "CTO", "VP Engineering")  # fmt: skip
        assert contacts.find_contact("Ann Lee").title == "CTO"
    [(_, (_, there))] = server_cards(world.server, world.book).items()
    assert there.title == "VP Engineering"  # nothing overwritten while undecided


def test_an_edit_between_our_read_and_our_delete_brings_the_contact_back(world, proxy):
    world.add_here(Person("Ann Lee", "Initech", "Engineer"))
    world.add_here(Person("Bob Stone", "Acme"))
    world.laptop.sync()
    raced = write_first(world, proxy, "DELETE", "Ann Lee", company="Initrode")
    with world.laptop:
        contacts.delete_contact(contacts.find_contact("Ann Lee").id)
    world.laptop.sync()
    assert raced
    world.expected["Ann Lee"] = Person("Ann Lee", "Initrode", "Engineer")
    world.converged()


# -- a sync-token the server does not know ------------------------------------------------


@pytest.mark.parametrize("token", ["garbage", "http://radicale.org/ns/sync/" + "0" * 64, ""])
def test_a_sync_token_the_server_refuses_means_a_full_listing(world, proxy, token):
    synced_then_edited(world)
    key = state.COLLECTION + world.via
    with world.laptop:
        saved = state.get(key)
        assert saved and saved.get("token"), "no token was saved"
        state.put(key, {"ctag": None, "token": token or saved["token"] + "x"})
    report = world.laptop.sync()
    assert report.from_server["contact"].added == 4  # the new ones only, nothing twice
    world.converged()
    with world.laptop:
        assert state.get(key)["token"] not in (token, saved["token"] + "x")
    assert world.laptop.sync().lines() == ["Nothing changed."]


# -- uploads that landed, in a run cut before it could note them -----------------------


def uploaded_unnoted(world: World, proxy, *names: str) -> None:
    """New contacts *names* here, uploaded by a sync whose last answer was lost: every
    card is on the server, and this Giveback could note none of them."""
    for name in names:
        world.add_here(Person(name, "Initech", "Engineer"))
    proxy.fault = Fault("drop", method="PUT", after=len(names) - 1)
    with pytest.raises(Unreachable):
        world.laptop.sync()
    proxy.fault = None
    assert len(server_cards(world.server, world.book)) == len(names)


def test_a_contact_uploaded_unnoted_then_deleted_here_is_deleted_there(world, proxy):
    uploaded_unnoted(world, proxy, "Ann Lee", "Bob Stone")
    world.delete_here("Bob Stone")
    world.laptop.sync()
    world.converged()  # Bob gone from the server, and not back here
    assert world.laptop.sync().lines() == ["Nothing changed."]
    world.converged()


def test_a_contact_uploaded_unnoted_then_edited_on_the_phone_keeps_that_edit(world, proxy):
    uploaded_unnoted(world, proxy, "Ann Lee", "Bob Stone")
    phone_writes(world, card_href(world, "Ann Lee"), company="Initrode")
    world.expected["Ann Lee"] = Person("Ann Lee", "Initrode", "Engineer")
    world.edit_here("Bob Stone", title="CTO")  # and an edit here since
    world.laptop.sync()
    world.converged()
    with world.laptop:
        assert sync.conflicts() == []
