"""Backup and restore time for a 100,000-contact database (not collected by pytest).

    .venv/bin/python tests/bench_backup.py [CONTACTS]

Builds the database with Giveback's own schema (store.connect), fills it with
raw executemany (contacts, companies, tags and their search index rows), then
times backups.backup_now(), the start-up quick check and backups.restore().
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from crm_desktop import paths, store
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.store import integrity


def build(n: int) -> None:
    store.connect(paths.database_path())
    store.close()
    con = sqlite3.connect(paths.database_path())
    now = "2026-11-27 09:00:00"
    with con:
        con.executemany(
            "INSERT INTO company (id, name, industry, created_at) VALUES (?, ?, '', ?)",
            [(i, f"Company {i}", now) for i in range(1, 2001)],
        )
        con.executemany(
            "INSERT INTO contact (id, full_name, company_id, title, email, phone, linkedin_url,"
            " how_we_met, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    i,
                    f"Person {i:06}",
                    i % 2000 + 1,
                    "Engineering manager",
                    f"person{i}@example.com",
                    "+1 555 0100",
                    f"https://www.linkedin.com/in/person-{i}",
                    "Met at a meetup, introduced by a former colleague.",
                    "Interested in data platforms; ask about the team's hiring plans. " * 3,
                    now,
                    now,
                )
                for i in range(1, n + 1)
            ],
        )
        con.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", [(1, "mentor"), (2, "data")])
        con.executemany(
            "INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
            [(i, i % 2 + 1) for i in range(1, n + 1)],
        )
        con.executemany(
            "INSERT INTO contact_search (rowid, name, work, details, meetings) VALUES (?,?,?,?,?)",
            [
                (i, f"Person {i:06}", f"Engineering manager Company {i % 2000 + 1}",
                 "Interested in data platforms; ask about the team's hiring plans.", "")
                for i in range(1, n + 1)
            ],
        )  # fmt: skip
    con.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        t = time.perf_counter()
        build(n)
        size = paths.database_path().stat().st_size / 1e6
        print(f"built {n} contacts, {size:.0f} MB, in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        assert integrity.quick_check(paths.database_path()) == "ok"
        print(f"start-up quick_check: {time.perf_counter() - t:.2f} s")
        store.connect(paths.database_path())
        t = time.perf_counter()
        target = backups.backup_now()
        print(f"backup_now (app open): {time.perf_counter() - t:.2f} s -> {target.name}")
        t = time.perf_counter()
        listed = backups.list_backups()
        print(f"list_backups ({len(listed)}): {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        saved = backups.restore(target)
        took = time.perf_counter() - t
        print(f"restore (incl. safety backup of the current state): {took:.2f} s")
        assert contacts.count_contacts() == n and saved is not None
        store.close()
        print(f"backup file: {Path(target).stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
