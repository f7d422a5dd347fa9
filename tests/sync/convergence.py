"""What the fault and kill tests check after a sync went wrong: the phone's cards, what a
user sees of the contacts here, the database still whole, and both sides holding the
same people once a clean sync ran.

The server is read with plain DAV requests (as a phone would), never through Giveback's
client, and its cards with a small reader of our own, so a bug in Giveback's vCard
reading cannot hide a difference.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit
from xml.etree import ElementTree

from crm_desktop import store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.records import contact_ids_in_order, load_records

DAV = "{DAV:}"
CARD_NS = "{urn:ietf:params:xml:ns:carddav}"
XML_DEPTH_1 = {"Depth": "1", "Content-Type": "application/xml"}


@dataclass(frozen=True)
class Person:
    """One contact as the user sees it: the fields the tests edit."""

    name: str
    company: str = ""
    title: str = ""


def phone_card(uid: str, person: Person) -> str:
    """A card as a phone writes it."""
    first, _, last = person.name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
             f"UID:{uid}", f"FN:{person.name}", f"N:{last};{first};;;"]  # fmt: skip
    if person.company:
        lines.append(f"ORG:{person.company};")
    if person.title:
        lines.append(f"TITLE:{person.title}")
    return "\r\n".join([*lines, "END:VCARD", ""])


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def read_card(text: str) -> tuple[str, Person]:
    """(UID, person) of a vCard: FN, the first part of ORG, TITLE."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    values: dict[str, str] = {}
    for line in unfolded.splitlines():
        name, _, value = line.partition(":")
        key = name.split(";")[0].split(".")[-1].upper()
        values.setdefault(key, value)
    company = re.split(r"(?<!\\);", values.get("ORG", ""))[0]
    person = Person(_unescape(values.get("FN", "")), _unescape(company),
                    _unescape(values.get("TITLE", "")))  # fmt: skip
    return values.get("UID", ""), person


def server_cards(server, book: str) -> dict[str, tuple[str, Person]]:
    """href -> (UID, person) of every card in the address book, read with plain requests."""
    path = urlsplit(book).path
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
    )
    answer = server.request("PROPFIND", path, body, XML_DEPTH_1)
    assert answer.status == 207, answer.status
    hrefs = [
        h.text
        for h in ElementTree.fromstring(answer.text).iter(f"{DAV}href")
        if h.text and h.text.rstrip("/") != path.rstrip("/")
    ]
    cards = {}
    for start in range(0, len(hrefs), 200):
        wanted = "".join(f"<d:href>{h}</d:href>" for h in hrefs[start : start + 200])
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
            f"<d:prop><d:getetag/><c:address-data/></d:prop>{wanted}</c:addressbook-multiget>"
        )
        answer = server.request("REPORT", path, body, XML_DEPTH_1)
        assert answer.status == 207, answer.status
        for response in ElementTree.fromstring(answer.text).iter(f"{DAV}response"):
            href = response.findtext(f"{DAV}href")
            data = response.find(f".//{CARD_NS}address-data")
            if href and data is not None and data.text:
                cards[href] = read_card(data.text)
    assert len(cards) == len(hrefs), "a card listed but not readable"
    return cards


def people_here() -> list[tuple[Person, bool]]:
    """Every contact of the open database: (person, archived), one entry per contact."""
    return [
        (Person(r.full_name, r.company, r.title), r.archived)
        for r in load_records(contact_ids_in_order())
    ]


def edit_here(name: str, **changes: str) -> None:
    """Change a contact here as the window would (in the open database)."""
    record = contacts.find_contact(name)
    data = record.to_input()
    for key, value in changes.items():
        setattr(data, key, value)
    contacts.update_contact(record.id, data)


def check_database_whole() -> None:
    """The open database is consistent: SQLite's own checks, every contact one sync row
    of its own, no row pointing at another row's contact, no UID or href twice."""
    db = store.database()
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    rows = db.execute_sql(
        "SELECT local_id, uid, href, state FROM sync_item WHERE kind = 'contact'"
    ).fetchall()
    ids = {cid for (cid,) in db.execute_sql("SELECT id FROM contact")}
    local_ids = Counter(r[0] for r in rows if r[0] is not None)
    assert [i for i, n in local_ids.items() if n > 1] == [], "a contact with two sync rows"
    assert ids <= set(local_ids), "a contact without a sync row (it would be sent again)"
    assert max(Counter(r[1] for r in rows).values(), default=1) == 1, "a UID twice"


def assert_converged(server, book: str, expected: dict[str, Person] | None = None) -> None:
    """The server and the open database hold the same people, each once; when *expected*
    (name -> person) is given, exactly those."""
    cards = list(server_cards(server, book).values())
    uids = Counter(uid for uid, _ in cards)
    assert [u for u, n in uids.items() if n > 1] == [], "a card twice on the server"
    there = Counter(p.name for _, p in cards)
    assert [n for n, k in there.items() if k > 1] == [], "a name twice on the server"
    active = [p for p, archived in people_here() if not archived]
    here = Counter(p.name for p in active)
    assert [n for n, k in here.items() if k > 1] == [], "a contact twice here"
    assert {p.name: p for _, p in cards} == {p.name: p for p in active}
    if expected is not None:
        assert {p.name: p for p in active} == expected
    check_database_whole()
