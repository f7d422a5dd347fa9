"""Random adds, edits and deletes on three devices sharing one real Radicale address book,
with syncs in between: this laptop, the other laptop (a second data folder) and the phone
(plain DAV requests writing vCard 3.0 as iOS does). A hypothesis state machine, as
vdirsyncer fuzzes its own sync, but over the real server and the real databases.

After every sync of a laptop, what it did is checked against what each side wrote since
(the model):

- an edit made on the laptop reached the server, or it is listed as a conflict and the
  value typed here stays; a conflict only where the server's value changed too;
- nothing the laptop had not seen is overwritten on the server (no lost update);
- the laptop shows what the server has, field by field, except open conflicts;
- a contact added on the laptop is on the server once; one deleted there is gone from the
  server unless it was edited there meanwhile (then it comes back here);
- a contact deleted elsewhere is archived here with what it had, never lost;
- a sync after which nothing had changed on either side reports nothing changed, so the
  server's rewriting of cards (upper-cased names, other order) is never taken for an edit;
- no name twice on the server or on a laptop.

At the end both laptops sync twice and must agree with the server except for listed
conflicts; then every conflict is resolved and all three agree exactly.

GIVEBACK_SYNC_FUZZ_EXAMPLES=300 for a long run (a few examples run in CI).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass

import phone
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)
from laptops import Laptop

from crm_desktop import store
from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.sync.dav import DavClient

EXAMPLES = int(os.environ.get("GIVEBACK_SYNC_FUZZ_EXAMPLES", "20"))
STEPS = int(os.environ.get("GIVEBACK_SYNC_FUZZ_STEPS", "14"))
# Shrinking a failure takes minutes against a real server: on request only (a failure
# without it still prints every step).
SHRINK = os.environ.get("GIVEBACK_SYNC_FUZZ_SHRINK") == "1"
PHASES = [p for p in Phase if SHRINK or p not in (Phase.shrink, Phase.explain)]
FIELDS = ("title", "company", "notes", "tags", "email")
ENGINE_FIELD = {"title": "title", "company": "company", "notes": "notes", "tags": "tags",
                "email": "emails"}  # fmt: skip
OUR_FIELD = {v: k for k, v in ENGINE_FIELD.items()}
LAPTOPS = ("one", "two")
SIDES = ("one", "two", "phone")

WORDS = ["CTO", "Head of Data", "Ingénieure", "R&D, Berlin", "Ops; EMEA", "東京支社",
         "C:\\temp", "50% off", "Acme", "Initech", "Ünïcode Ltd", "a"]  # fmt: skip
NOTES = ["", "Met at PyCon, liked it", "Call back; soon", "Line one\nLine two",
         "Prefers mornings", "Back\\slash and, comma; semi"]  # fmt: skip
TAGS = ["python", "berlin", "investor", "mentor", "ü-tag", "data science"]
VALUES = {
    "title": st.sampled_from(["", *WORDS]),
    "company": st.sampled_from(["", *WORDS]),
    "notes": st.sampled_from(NOTES),
    "tags": st.lists(st.sampled_from(TAGS), max_size=3, unique=True),
    "email": st.sampled_from(
        ["", "ann@initech.example", "bo@acme.example", "x.y+z@beispiel.example"]
    ),  # fmt: skip
}
GIVEN = ["Ada", "Bo", "Chidi", "Dana", "Émile", "Farah"]
_run = itertools.count()


def canonical(field: str, value: object) -> object:
    """A value as both sides compare it."""
    if field == "tags":
        return tuple(sorted(value, key=str.casefold))  # type: ignore[arg-type]
    if field == "email":
        return (value,) if value else ()
    return value


@dataclass(frozen=True)
class Card:
    href: str
    etag: str
    fields: dict


@dataclass(frozen=True)
class Person:
    id: int
    archived: bool
    fields: dict


def _ours(fields: dict) -> dict:
    """The compared fields of the sync's field dict of a server card."""
    return {
        "title": fields["title"],
        "company": fields["company"],
        "notes": fields["notes"],
        "tags": tuple(sorted(fields["tags"], key=str.casefold)),
        "email": tuple(sorted((v for _label, v in fields["emails"]), key=str.casefold)),
    }


class Pending:
    """What one laptop did since its last sync."""

    def __init__(self) -> None:
        self.adds: set[str] = set()
        self.deletes: set[str] = set()
        self.edits: dict[tuple[str, str], object] = {}


class ThreeDevices(RuleBasedStateMachine):
    """One example: a fresh address book, two fresh laptops, and the phone."""

    server = None  # the DavServer (set by the test)
    root = None  # a folder for the laptops' data folders

    def __init__(self) -> None:
        super().__init__()
        run = next(_run)
        self.book = self.server.new_addressbook()
        self.laptops = {side: Laptop(self.root / f"{run}-{side}") for side in LAPTOPS}
        for laptop in self.laptops.values():
            laptop.setup(self.server, self.book)
        self.client = DavClient(self.server.url, self.server.user, self.server.password)
        self.names = itertools.count(1)
        self.pending = {side: Pending() for side in LAPTOPS}
        self.seen: dict[str, dict[str, Card]] = {side: {} for side in LAPTOPS}
        self.known: dict[str, set[str]] = {side: set() for side in LAPTOPS}
        self.deleted: dict[str, set[str]] = {side: set() for side in LAPTOPS}
        self.broken = False

    # -- reading each side ---------------------------------------------------
    def server_cards(self) -> dict[str, Card]:
        hrefs = list(self.client.list_items(self.book))
        cards: dict[str, Card] = {}
        for href, (etag, text) in self.client.get_many(self.book, hrefs, "addressbook").items():
            fields = phone.meaning(text)
            assert fields is not None, text
            assert fields["name"] not in cards, f"{fields['name']} twice on the server"
            cards[fields["name"]] = Card(href, etag, _ours(fields))
        return cards

    def people(self, side: str) -> dict[str, Person]:
        with self.laptops[side]:
            rows = store.database().execute_sql("SELECT id, full_name FROM contact").fetchall()
            out: dict[str, Person] = {}
            for cid, name in rows:
                assert name not in out, f"{name} twice on laptop {side}"
                r = contacts.get_contact(cid)
                out[name] = Person(cid, r.archived, {
                    "title": r.title, "company": r.company, "notes": r.notes,
                    "tags": tuple(sorted(r.tags, key=str.casefold)),
                    "email": tuple(sorted((m.value for m in r.of_kind("email")),
                                          key=str.casefold)),
                })  # fmt: skip
            return out

    def conflicts(self, side: str) -> set[tuple[str, str]]:
        with self.laptops[side]:
            return {(c.item, OUR_FIELD.get(c.field, c.field)) for c in sync.conflicts()}

    def active(self, side: str) -> list[str]:
        if side == "phone":
            return sorted(self.server_cards())
        return sorted(n for n, p in self.people(side).items() if not p.archived)

    # -- what the user does ----------------------------------------------------
    @initialize(count=st.integers(1, 3), data=st.data())
    def shared_contacts(self, count: int, data) -> None:
        """A few contacts from the phone that both laptops already have, so that edits
        on different devices meet from the first step."""
        for _ in range(count):
            self.add("phone", data)
        for side in LAPTOPS:
            self.sync_and_check(side)

    @rule(side=st.sampled_from(SIDES), data=st.data())
    def add(self, side: str, data) -> None:
        name = f"{data.draw(st.sampled_from(GIVEN))} Quill-{next(self.names)}"
        values = {f: data.draw(VALUES[f], label=f) for f in FIELDS}
        if side == "phone":
            uid = phone.new_uid()
            href = f"{self.book.rstrip('/')}/{uid}.vcf"
            answer = self.server.put_raw(href, phone.new_card(uid, name, values),
                                         {"If-None-Match": "*"})  # fmt: skip
            assert answer.status in (201, 204), answer
            return
        with self.laptops[side]:
            contacts.add_contact(ContactInput(
                full_name=name, company=values["company"], title=values["title"],
                notes=values["notes"], tags=list(values["tags"]), email=values["email"],
            ))  # fmt: skip
        self.pending[side].adds.add(name)
        self.known[side].add(name)

    @rule(side=st.sampled_from(SIDES), field=st.sampled_from(FIELDS), data=st.data())
    def edit(self, side: str, field: str, data) -> None:
        names = self.active(side)
        if not names:
            return
        name = data.draw(st.sampled_from(names), label="contact")
        value = data.draw(VALUES[field], label="value")
        if side == "phone":
            card = self.server_cards()[name]
            text = self.server.get_raw(card.href).text
            answer = self.server.put_raw(card.href, phone.edit_card(text, field, value),
                                         {"If-Match": card.etag})  # fmt: skip
            assert answer.status in (201, 204), answer
            return
        with self.laptops[side]:
            cid = self.people_id(name)
            form = contacts.get_contact(cid).to_input()
            if field == "email":  # the address typed over, its label kept, as in the form
                label = next((m.label for m in form.methods or [] if m.kind == "email"), "work")
                form.methods = [m for m in form.methods or [] if m.kind != "email"]
                form.methods += [Method("email", value, label)] if value else []
                form.email = value
            else:
                setattr(form, field, list(value) if field == "tags" else value)
            contacts.update_contact(cid, form)
        # An edit is what differs from the server's value at this laptop's last sync
        # (the base): typing that value back undoes the edit.
        seen = self.seen[side].get(name)
        if seen is not None and seen.fields[field] == canonical(field, value):
            self.pending[side].edits.pop((name, field), None)
        else:
            self.pending[side].edits[(name, field)] = canonical(field, value)

    @rule(side=st.sampled_from(SIDES), data=st.data())
    def delete(self, side: str, data) -> None:
        names = self.active(side)
        if not names:
            return
        name = data.draw(st.sampled_from(names), label="contact")
        if side == "phone":
            card = self.server_cards()[name]
            answer = self.server.delete_raw(card.href, {"If-Match": card.etag})
            assert answer.status in (200, 204), answer
            return
        with self.laptops[side]:
            contacts.delete_contact(self.people_id(name))
        pending = self.pending[side]
        pending.edits = {k: v for k, v in pending.edits.items() if k[0] != name}
        if name in pending.adds:
            pending.adds.discard(name)  # never left this laptop
        else:
            pending.deletes.add(name)
        self.deleted[side].add(name)

    @rule(side=st.sampled_from(LAPTOPS), keep=st.sampled_from(("local", "server")),
          data=st.data())  # fmt: skip
    def resolve(self, side: str, keep: str, data) -> None:
        """The user picks one side of a listed conflict."""
        with self.laptops[side]:
            listed = sync.conflicts()
            if not listed:
                return
            conflict = listed[data.draw(st.integers(0, len(listed) - 1), label="conflict")]
            sync.resolve(conflict.id, keep)
        field = OUR_FIELD.get(conflict.field)
        person = self.people(side).get(conflict.item)
        seen = self.seen[side].get(conflict.item)
        if field not in FIELDS or person is None or person.archived or seen is None:
            return
        value = person.fields[field]
        if keep == "server":
            assert value == seen.fields[field], f"laptop {side}: the server's value taken"
            self.pending[side].edits.pop((conflict.item, field), None)
        elif value != seen.fields[field]:
            self.pending[side].edits[(conflict.item, field)] = value

    @rule(side=st.sampled_from(LAPTOPS))
    def sync_laptop(self, side: str) -> None:
        self.sync_and_check(side)

    def people_id(self, name: str) -> int:
        (cid,) = (
            store.database()
            .execute_sql("SELECT id FROM contact WHERE full_name = ?", (name,))
            .fetchone()
        )
        return cid

    # -- the checks ------------------------------------------------------------
    def sync_and_check(self, side: str) -> sync.Report:
        try:
            return self._sync_and_check(side)
        except BaseException:
            self.broken = True
            raise

    def _sync_and_check(self, side: str) -> sync.Report:
        before, here_before = self.server_cards(), self.people(side)
        open_before = self.conflicts(side)
        seen, pending = self.seen[side], self.pending[side]
        try:
            report = self.laptops[side].sync()
        except sync.SideEmptied as stop:
            # Only when every contact synced before is gone from one side; nothing done.
            gone_from = (
                set(before)
                if stop.side == "server"
                else {n for n, p in here_before.items() if not p.archived}
            )
            assert len(seen) >= 2 and not set(seen) & gone_from, f"laptop {side}: {stop}"
            assert (self.server_cards(), self.people(side)) == (before, here_before)
            report = self.laptops[side].sync(allow_emptying=True)  # the user says go on
        after, here, open_now = self.server_cards(), self.people(side), self.conflicts(side)
        where = f"laptop {side}"

        assert set(after) - set(before) == pending.adds, f"{where}: uploads"
        assert set(before) - set(after) <= pending.deletes, f"{where}: removed on the server"
        for name in pending.adds:
            assert here[name].fields == after[name].fields, f"{where}: {name} uploaded"
        for name in pending.deletes:
            if name in before and before[name].etag != seen[name].etag:
                # Edited elsewhere meanwhile: that edit brings it back here.
                assert name in after and not here[name].archived, f"{where}: {name} back"
            else:
                assert name not in after and name not in here, f"{where}: {name} deleted"
        for (name, field), value in pending.edits.items():
            assert here[name].fields[field] == value, f"{where}: own edit {name}.{field} kept"
            if name in pending.adds:
                continue  # uploaded as it is now (checked above)
            if name not in before:
                assert here[name].archived, f"{where}: {name} deleted elsewhere is archived"
            elif (name, field) in open_now:
                changed_there = before[name].fields[field] != seen[name].fields[field]
                assert changed_there or (name, field) in open_before, (
                    f"{where}: a conflict on {name}.{field} that only this laptop changed"
                )
            else:
                assert after[name].fields[field] == value, f"{where}: {name}.{field} sent"
        for name in set(before) & set(after):
            for field in FIELDS:
                if after[name].fields[field] != before[name].fields[field]:
                    assert (
                        name in seen and seen[name].fields[field] == before[name].fields[field]
                    ), f"{where} overwrote {name}.{field} it had not seen (lost update)"
        for name, card in after.items():
            assert name in here and not here[name].archived, f"{where}: {name} missing"
            for field in FIELDS:
                same = here[name].fields[field] == card.fields[field]
                assert same or (name, field) in open_now, f"{where}: {name}.{field} differs"
        for name, person in here.items():
            if name not in after:
                assert person.archived, f"{where}: {name} is not on the server, yet active"
        lost = self.known[side] - set(here) - self.deleted[side]
        assert not lost, f"{where} lost {lost} (deleted elsewhere must be archived here)"
        still = self.server_unchanged(before, seen) and not (
            pending.adds or pending.deletes or pending.edits
        )
        if still and here == here_before:
            assert not any(report.to_server.values()), f"{where}: {report.lines()}"
            assert not any(report.from_server.values()), f"{where}: {report.lines()}"

        self.seen[side] = after
        self.pending[side] = Pending()
        self.known[side] |= set(here)
        return report

    def server_unchanged(self, now: dict[str, Card], seen: dict[str, Card]) -> bool:
        return {n: c.etag for n, c in now.items()} == {n: c.etag for n, c in seen.items()}

    def teardown(self) -> None:
        try:
            if not self.broken:
                self.converge()
        finally:
            self.client.close()

    def converge(self) -> None:
        for _ in range(2):
            for side in LAPTOPS:
                self.sync_and_check(side)
        server = {n: c.fields for n, c in self.server_cards().items()}
        open_now_by_side = {}
        for side in LAPTOPS:
            people = self.people(side)
            active = {n: p.fields for n, p in people.items() if not p.archived}
            assert set(active) == set(server), f"laptop {side} and the server disagree"
            open_now = open_now_by_side[side] = self.conflicts(side)
            for name, fields in active.items():
                for field in FIELDS:
                    assert fields[field] == server[name][field] or (name, field) in open_now
        # Every conflict resolved (one laptop keeps its value, the other the server's):
        # then all three agree exactly, and a further sync changes nothing.
        for side, keep in (("one", "local"), ("two", "server")):
            with self.laptops[side]:
                for conflict in sync.conflicts():
                    sync.resolve(conflict.id, keep)
            people = self.people(side)
            for name, field in open_now_by_side[side]:
                if keep == "local" and field in FIELDS:  # kept here: this laptop's edit
                    self.pending[side].edits[(name, field)] = people[name].fields[field]
        for _ in range(2):
            for side in LAPTOPS:
                self.sync_and_check(side)
        server = {n: c.fields for n, c in self.server_cards().items()}
        for side in LAPTOPS:
            active = {n: p.fields for n, p in self.people(side).items() if not p.archived}
            assert active == server, f"laptop {side} differs from the server after resolving"
            assert self.conflicts(side) == set(), f"laptop {side}: conflicts left"
            report = self.laptops[side].sync()
            assert report.lines() == ["Nothing changed."], report.lines()


def test_three_devices_converge_with_every_edit_applied_or_listed(radicale, tmp_path):
    class Machine(ThreeDevices):
        server = radicale
        root = tmp_path

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            database=None,
            phases=PHASES,
            suppress_health_check=list(HealthCheck),
        ),
    )
