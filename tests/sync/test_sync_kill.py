"""Giveback killed (SIGKILL) at random points of a sync, round after round, with edits on
this computer and on the phone in between: once synced to the end, the server and this
Giveback hold the same people, each exactly once, with every edit of both sides.

The sync runs in a child process (tests/sync/sync_child.py) that kills itself at a
random HTTP request of the run: either before sending it, or a few milliseconds after
its answer, while the engine is merging, writing the database or sending the next one.
So every step of the engine (listing, fetching, merging, uploading, deleting, the commit
after each) is cut somewhere over the rounds, against a real Radicale.

The default run (N contacts, ROUNDS rounds) is short, for every test run; the long one:

    GIVEBACK_SYNC_KILL_ROUNDS=100 pytest tests/sync/test_sync_kill.py   # 2,000 contacts

(GIVEBACK_SYNC_KILL_CONTACTS and GIVEBACK_SYNC_KILL_SEED override the size and the seed.)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from convergence import (
    Person,
    assert_converged,
    check_database_whole,
    edit_here,
    people_here,
    phone_card,
    server_cards,
)
from laptops import Laptop

from crm_desktop import store
from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput

CHILD = Path(__file__).resolve().parent / "sync_child.py"
ROUNDS = int(os.environ.get("GIVEBACK_SYNC_KILL_ROUNDS", "10"))
N = int(os.environ.get("GIVEBACK_SYNC_KILL_CONTACTS", "2000" if ROUNDS >= 100 else "200"))
SEED = int(os.environ.get("GIVEBACK_SYNC_KILL_SEED", random.SystemRandom().randrange(10**6)))


class Sides:
    """This laptop and the phone, with what both should hold once synced (``expected``)."""

    def __init__(self, laptop: Laptop, server, book: str, rng: random.Random):
        self.laptop, self.server, self.book, self.rng = laptop, server, book, rng
        self.expected: dict[str, Person] = {}
        self.phone_made: set[str] = set()  # names of the cards the phone created
        self.deleted_on_phone: set[str] = set()
        self.phone_edited: set[str] = set()

    def add_here(self, names: list[str]) -> None:
        with self.laptop:
            for name in names:
                contacts.add_contact(ContactInput(full_name=name, company="Acme"))
                self.expected[name] = Person(name, "Acme")

    def add_on_phone(self, names: list[str]) -> None:
        for name in names:
            uid = "phone-" + name.lower().replace(" ", "-")
            answer = self.server.put_raw(f"{self.book}{uid}.vcf", phone_card(uid, Person(name)))
            assert answer.status in (201, 204)
            self.expected[name] = Person(name)
            self.phone_made.add(name)

    def edit_round(self, k: int) -> None:
        """Each side adds, edits and deletes a few people, never the same ones."""
        cards_by_href = server_cards(self.server, self.book)
        cards = {p.name: (href, uid, p) for href, (uid, p) in cards_by_href.items()}
        with self.laptop:
            here = {p.name for p, archived in people_here() if not archived}
            unnoted = store.database().execute_sql(
                "SELECT c.full_name, s.href FROM sync_item s JOIN contact c ON c.id = s.local_id "
                "WHERE s.kind = 'contact' AND s.state = 'new'"
            )
            # Uploaded by a run killed before it could note it: the riskiest state.
            recent = sorted(name for name, href in unnoted if href in cards_by_href)
        alive = sorted(set(self.expected) & here)
        self.rng.shuffle(recent)
        others = self.rng.sample(alive, min(len(alive), 6))
        # Deleted here: never one the phone edited (that edit, if not fetched yet, would
        # rightly bring it back).
        delete_here = [n for n in recent[:1] + others if n not in self.phone_edited][:1]
        edit_here_names = [n for n in others if n not in delete_here][:3]
        picked = delete_here + edit_here_names
        on_phone = sorted((set(cards) & set(self.expected)) - set(picked))
        phone_edits = [n for n in recent[1:2] if n in on_phone]
        phone_edits += self.rng.sample(sorted(set(on_phone) - set(phone_edits)), 2)
        deletable = sorted(self.phone_made & set(on_phone) - set(phone_edits))
        phone_deletes = self.rng.sample(deletable, min(len(deletable), 1))
        with self.laptop:
            for name in edit_here_names:
                edit_here(name, title=f"Title {k}")
                self.expected[name] = Person(name, self.expected[name].company, f"Title {k}")
            for name in delete_here:
                contacts.delete_contact(contacts.find_contact(name).id)
                del self.expected[name]
        self.phone_edited.update(phone_edits)
        for name in phone_edits:
            href, uid, there = cards[name]
            wanted = Person(name, f"Company {k}", there.title)
            url = self.server.url.rstrip("/") + href
            assert self.server.put_raw(url, phone_card(uid, wanted)).status in (201, 204)
            self.expected[name] = Person(name, f"Company {k}", self.expected[name].title)
        for name in phone_deletes:
            href = cards[name][0]
            assert self.server.delete_raw(self.server.url.rstrip("/") + href).status in (200, 204)
            del self.expected[name]
            self.deleted_on_phone.add(name)
        self.add_here([f"Here {k}-{i}" for i in range(3)])
        self.add_on_phone([f"Phone {k}-{i}" for i in range(3)])


def run_child(folder: Path, kill_at: int, delay_ms: int) -> int | None:
    """One sync in a child process; the number of requests when it finished, None when it
    was killed first."""
    done = subprocess.run(
        [sys.executable, str(CHILD), str(folder), str(kill_at), str(delay_ms)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    for line in done.stdout.splitlines():
        if line.startswith("DONE "):
            return int(line.split()[1])
    assert done.returncode == -9, f"the sync failed on its own:\n{done.stderr[-3000:]}"
    return None


def test_a_sync_killed_anywhere_loses_and_duplicates_nothing(tmp_path, radicale):
    rng = random.Random(SEED)
    book = radicale.new_addressbook()
    calendar = radicale.new_calendar()
    folder = tmp_path / "one"
    laptop = Laptop(folder)
    laptop.setup(radicale, book, calendar)
    sides = Sides(laptop, radicale, book, rng)
    sides.add_here([f"Here {i:04}" for i in range(N // 2)])
    sides.add_on_phone([f"Phone {i:04}" for i in range(N - N // 2)])

    requests = N // 2 + 20  # about what the first run needs; then what the last whole run did
    killed = finished = 0
    for k in range(ROUNDS):
        kill_at = rng.randint(1, requests)
        delay_ms = rng.choice([0, 0, rng.randint(1, 40)])
        ran = run_child(folder, kill_at, delay_ms)
        if ran is None:
            killed += 1
        else:
            finished += 1
            requests = max(ran, 10)
        with laptop:
            check_database_whole()
        sides.edit_round(k)

    for _ in range(3):  # to the end; a whole run leaves nothing for the next
        if laptop.sync().lines() == ["Nothing changed."]:
            break
    else:
        raise AssertionError(f"three syncs and still changes (seed {SEED})")
    with laptop:
        assert_converged(radicale, book, sides.expected)
        assert sync.conflicts() == [], f"seed {SEED}"
        archived = {p.name for p, archived in people_here() if archived}
    assert archived <= sides.deleted_on_phone, f"seed {SEED}"
    assert killed >= ROUNDS // 2, f"only {killed} of {ROUNDS} runs killed (seed {SEED})"
