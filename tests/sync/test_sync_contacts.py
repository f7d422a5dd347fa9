"""Contacts sync end to end against real servers (Radicale and Xandikos on loopback):
this laptop, the other laptop (a second data folder) and the phone (plain DAV requests).
"""

from __future__ import annotations

import pytest
from laptops import Laptop

from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.sync import credentials

PHONE_CARD = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r
N:Okafor;Chidi;;;\r
FN:Chidi Okafor\r
ORG:Northwind;\r
item1.EMAIL;type=INTERNET;type=pref:chidi@northwind.example\r
item1.X-ABLabel:_$!<Other>!$_\r
TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000\r
X-SOCIALPROFILE;type=twitter:x-apple:chidi\r
PHOTO;ENCODING=b;TYPE=JPEG:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKiss\r
 LS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3\r
X-PHONE-ONLY:keep me, exactly\r
UID:phone-chidi-1\r
END:VCARD\r
"""


@pytest.fixture
def book(dav_server):
    return dav_server.new_addressbook()


@pytest.fixture
def laptops(tmp_path, dav_server, book):
    one, two = Laptop(tmp_path / "one"), Laptop(tmp_path / "two")
    one.setup(dav_server, book)
    two.setup(dav_server, book)
    return one, two


def _cards(server, book) -> dict[str, str]:
    """href -> text of every card in the address book, read as a phone would."""
    from crm_desktop.services.sync.dav import DavClient

    client = DavClient(server.url, server.user, server.password)
    try:
        hrefs = list(client.list_items(book))
        return {h: text for h, (_etag, text) in client.get_many(book, hrefs, "addressbook").items()}
    finally:
        client.close()


def test_a_contact_travels_to_the_other_laptop_with_its_introducer(laptops, dav_server, book):
    one, two = laptops
    with one:
        bob = contacts.add_contact(ContactInput(full_name="Bob Stone", company="Acme")).id
        ann = contacts.add_contact(
            ContactInput(full_name="Ann Lee", company="Initech", title="CTO",
                         email="ann@initech.example", tags=["python", "berlin"],
                         stage="met", story="Moved from sales, to engineering; loves it")
        ).id  # fmt: skip
        referrals.place_under_me(bob)
        referrals.refer(bob, ann)
    report = one.sync()
    assert report.to_server["contact"].added == 2
    assert len(_cards(dav_server, book)) == 2

    report = two.sync()
    assert report.from_server["contact"].added == 2
    people = two.people()
    assert people["Ann Lee"]["title"] == "CTO"
    assert people["Ann Lee"]["tags"] == ["berlin", "python"]
    assert people["Ann Lee"]["stage"] == "met"
    with two:
        ann_there = contacts.get_contact(people["Ann Lee"]["id"])
        assert ann_there.story == "Moved from sales, to engineering; loves it"
        assert referrals.chain_names(ann_there.id)[-2:] == ["Bob Stone", "Ann Lee"]


def test_a_sync_with_no_changes_writes_nothing(laptops, dav_server, book):
    one, _two = laptops
    one.add("Ann Lee", company="Initech")
    one.sync()
    before = _cards(dav_server, book)
    report = one.sync()
    assert report.lines() == ["Nothing changed."]
    assert _cards(dav_server, book) == before


def test_a_contact_added_on_the_phone_appears_and_its_extras_survive_an_edit(
    laptops, dav_server, book
):
    one, _two = laptops
    href = book.rstrip("/") + "/chidi.vcf"
    assert dav_server.put_raw(href, PHONE_CARD).status in (201, 204)
    report = one.sync()
    assert report.from_server["contact"].added == 1
    people = one.people()
    assert people["Chidi Okafor"]["company"] == "Northwind"
    assert people["Chidi Okafor"]["email"] == "chidi@northwind.example"

    with one:
        record = contacts.get_contact(people["Chidi Okafor"]["id"])
        data = record.to_input()
        data.title = "Head of Data"
        contacts.update_contact(record.id, data)
    report = one.sync()
    assert report.to_server["contact"].changed == 1
    text = dav_server.get_raw(href).text
    unfolded = text.replace("\r\n ", "").replace("\n ", "").upper()
    assert "TITLE:HEAD OF DATA" in unfolded
    assert "PHOTO;" in unfolded and "LS4VMDEYMZQ1NJC4OTO7PD0" in unfolded  # the photo, whole
    assert "X-PHONE-ONLY:KEEP ME" in unfolded
    assert "ITEM1.X-ABLABEL" in unfolded
    assert "UID:PHONE-CHIDI-1" in unfolded


def test_edits_on_both_laptops_to_different_fields_merge(laptops):
    one, two = laptops
    one.add("Ann Lee", company="Initech", title="Engineer")
    one.sync()
    two.sync()
    with one:
        ann = contacts.find_contact("Ann Lee")
        data = ann.to_input()
        data.title = "CTO"
        contacts.update_contact(ann.id, data)
    with two:
        ann = contacts.find_contact("Ann Lee")
        data = ann.to_input()
        data.notes = "Prefers mornings"
        contacts.update_contact(ann.id, data)
    one.sync()
    two.sync()
    one.sync()
    for laptop in (one, two):
        ann = laptop.people()["Ann Lee"]
        assert (ann["title"], ann["notes"]) == ("CTO", "Prefers mornings")
    with one:
        assert sync.conflicts() == []


def _title_changed_on_both(one: Laptop, two: Laptop) -> None:
    """Ann, synced to both laptops, then retitled on each: "CTO" here, "VP Engineering"
    on the other laptop, which syncs first."""
    one.add("Ann Lee", company="Initech", title="Engineer")
    one.sync()
    two.sync()
    for laptop, title in ((one, "CTO"), (two, "VP Engineering")):
        with laptop:
            _retitle("Ann Lee", title)
    two.sync()


def test_the_same_field_changed_on_both_sides_is_a_conflict_kept_until_resolved(laptops):
    one, two = laptops
    _title_changed_on_both(one, two)
    report = one.sync()
    assert report.conflicts == 1
    with one:
        [conflict] = sync.conflicts()
        assert (conflict.item, conflict.field) == ("Ann Lee", "title")
        assert (conflict.here, conflict.server) == ("CTO", "VP Engineering")
    assert one.people()["Ann Lee"]["title"] == "CTO"  # the value here stays in place
    one.sync()  # an open conflict is not sent
    two.sync()
    assert two.people()["Ann Lee"]["title"] == "VP Engineering"

    with one:
        sync.resolve(conflict.id, "local")
    one.sync()
    two.sync()
    assert two.people()["Ann Lee"]["title"] == "CTO"
    with one:
        assert sync.conflicts() == []


def test_keeping_the_servers_value_takes_it_here(laptops):
    one, two = laptops
    _title_changed_on_both(one, two)
    one.sync()
    with one:
        [conflict] = sync.conflicts()
        sync.resolve(conflict.id, "server")
    assert one.people()["Ann Lee"]["title"] == "VP Engineering"
    report = one.sync()
    assert "contact" not in report.to_server or not report.to_server["contact"]


def test_deleted_on_the_server_is_archived_here_and_deleted_here_is_deleted_there(
    laptops, dav_server, book
):
    one, two = laptops
    one.add("Ann Lee")
    one.add("Bob Stone")
    one.add("Cy Park")
    one.sync()
    two.sync()
    ann_href = next(h for h, t in _cards(dav_server, book).items() if "Ann Lee" in t)
    assert dav_server.delete_raw(ann_href).status in (200, 204)
    with one:
        contacts.delete_contact(contacts.find_contact("Bob Stone").id)
    report = one.sync()
    assert report.from_server["contact"].removed == 1
    assert report.to_server["contact"].removed == 1
    people = one.people()
    assert people["Ann Lee"]["archived"] is True  # kept, with its meetings and ledger
    assert "Bob Stone" not in people
    names = " ".join(_cards(dav_server, book).values())
    assert "Bob Stone" not in names and "Ann Lee" not in names and "Cy Park" in names
    one.sync()  # the archived contact is not uploaded again
    assert "Ann Lee" not in " ".join(_cards(dav_server, book).values())
    two.sync()
    assert two.people()["Ann Lee"]["archived"] is True
    assert two.people()["Bob Stone"]["archived"] is True  # deleted there: archived here


def test_an_emptied_address_book_stops_the_sync_until_allowed(laptops, dav_server, book):
    one, _two = laptops
    for name in ("Ann Lee", "Bob Stone", "Cy Park"):
        one.add(name)
    one.sync()
    for href in _cards(dav_server, book):
        dav_server.delete_raw(href)
    with pytest.raises(sync.SideEmptied):
        one.sync()
    assert all(not p["archived"] for p in one.people().values())  # nothing done
    one.sync(allow_emptying=True)
    assert all(p["archived"] for p in one.people().values())


def test_forget_drops_the_account_and_password_but_keeps_every_contact(laptops, dav_server):
    one, _two = laptops
    one.add("Ann Lee")
    one.sync()
    with one:
        sync.forget()
        assert sync.account() is None
        assert sync.status().items == 0
    assert credentials.load_password(dav_server.url, dav_server.user) is None
    assert "Ann Lee" in one.people()


def test_a_wrong_password_stores_nothing(tmp_path, dav_server, book):
    if dav_server.name != "radicale":
        pytest.skip("Xandikos runs without authentication on loopback")
    laptop = Laptop(tmp_path / "one")
    with laptop, pytest.raises(sync.AuthFailed):
        sync.setup(dav_server.url, dav_server.user, "wrong", addressbook=book)
    with laptop:
        assert sync.account() is None
    assert credentials.load_password(dav_server.url, dav_server.user) is None


def _retitle(name, title):
    data = contacts.find_contact(name).to_input()
    data.title = title
    contacts.update_contact(contacts.find_contact(name).id, data)


EDITS = {
    # what the user does here -> what the other laptop must then see of Ann
    "a field": (lambda: _retitle("Ann Lee", "CTO"), lambda ann, _: ann.title == "CTO"),
    "a tag added": (
        lambda: contacts.add_tags([contacts.find_contact("Ann Lee").id], ["mentor"]),
        lambda ann, _: "mentor" in ann.tags,
    ),
    "a tag removed": (
        lambda: contacts.remove_tags([contacts.find_contact("Ann Lee").id], ["python"]),
        lambda ann, _: "python" not in ann.tags,
    ),
    "an email added": (
        lambda: contacts.update_contact(
            contacts.find_contact("Ann Lee").id,
            _with_methods(contacts.find_contact("Ann Lee"), "ann@home.example"),
        ),
        lambda ann, _: "ann@home.example" in [m.value for m in ann.of_kind("email")],
    ),
    "archived": (
        lambda: contacts.archive_contacts([contacts.find_contact("Ann Lee").id]),
        lambda ann, _: ann.archived is False,  # archiving is this computer's own view
    ),
    "an introducer set": (
        lambda: referrals.refer(
            contacts.find_contact("Bob Stone").id, contacts.find_contact("Ann Lee").id
        ),
        lambda ann, chain: chain[-2:] == ["Bob Stone", "Ann Lee"],
    ),
    "several fields at once": (
        lambda: contacts.set_fields(
            [contacts.find_contact("Ann Lee").id], stage="met", warmth="warm", cadence_days=30
        ),
        lambda ann, _: (ann.stage, ann.warmth, ann.cadence_days) == ("met", "warm", 30),
    ),
}


def _with_methods(record, email):
    from crm_desktop.services.contacts.types import Method

    data = record.to_input()
    data.methods = [*record.methods, Method("email", email, "home")]
    return data


@pytest.mark.parametrize("edit", list(EDITS))
def test_every_kind_of_edit_here_reaches_the_other_laptop(laptops, edit):
    one, two = laptops
    one.add("Ann Lee", email="ann@initech.example", tags=["python"])
    one.add("Bob Stone")
    with one:
        referrals.place_under_me(contacts.find_contact("Bob Stone").id)
    one.sync()
    two.sync()
    change, seen = EDITS[edit]
    with one:
        change()
    report = one.sync()
    if edit != "archived":
        assert report.to_server["contact"].changed == 1
    two.sync()
    with two:
        ann = contacts.find_contact("Ann Lee")
        assert seen(ann, referrals.chain_names(ann.id))
    assert one.sync().lines() == ["Nothing changed."]


def test_the_window_writing_during_a_sync_neither_stops_it_nor_is_lost(laptops, monkeypatch):
    """The window keeps working while a sync runs in its worker thread: a save made there
    mid-sync waits for the sync's current batch, and the sync does not fail for it."""
    import sqlite3
    import threading

    from crm_desktop.services.sync.dav import DavClient

    one, two = laptops
    one.add("Ann Lee")
    one.add("Bob Stone")
    original = DavClient.create
    writers: list[threading.Thread] = []

    def save_in_the_window():
        con = sqlite3.connect(one.folder / "giveback.sqlite3", timeout=30)
        con.execute("INSERT INTO tag (name) VALUES ('saved mid-sync')")
        con.commit()
        con.close()

    def create(self, *args, **kwargs):
        if not writers:
            writers.append(threading.Thread(target=save_in_the_window))
            writers[0].start()
            writers[0].join(timeout=1)  # it waits for the sync's batch, or lands now
        return original(self, *args, **kwargs)

    monkeypatch.setattr(DavClient, "create", create)
    report = one.sync()
    writers[0].join()
    assert report.to_server["contact"].added == 2
    with one:
        assert contacts.all_tags() == ["saved mid-sync"]
    two.sync()
    assert sorted(two.people()) == ["Ann Lee", "Bob Stone"]


def test_people_on_both_sides_before_the_first_sync_are_paired_not_duplicated(
    laptops, dav_server, book
):
    """Both laptops had the same people (say, from the same vCard export) before either
    synced: the second sync pairs them by email, or by a unique name; equal fields make
    no conflict, introductions included; a field held differently is a conflict."""
    one, two = laptops
    for laptop, title in ((one, "CTO"), (two, "VP Engineering")):
        laptop.add("Ann Lee", email="ann@initech.example", title=title)
        laptop.add("Bob Stone", company="Acme")
        with laptop:
            bob = contacts.find_contact("Bob Stone").id
            referrals.place_under_me(bob)
            referrals.refer(bob, contacts.find_contact("Ann Lee").id)
    one.sync()
    report = two.sync()
    assert "contact" not in report.to_server or report.to_server["contact"].added == 0
    assert sorted(two.people()) == ["Ann Lee", "Bob Stone"]
    assert len(_cards(dav_server, book)) == 2
    with two:
        assert [(c.item, c.field) for c in sync.conflicts()] == [("Ann Lee", "title")]
        ann = contacts.find_contact("Ann Lee")
        assert referrals.chain_names(ann.id)[-2:] == ["Bob Stone", "Ann Lee"]
