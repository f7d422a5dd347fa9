"""Schema 3 (follow-ups, ledger, insights) from a real version-2 file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop import paths, store
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.store.migrations import MIGRATIONS
from crm_desktop.store.models import database_proxy


def make_v2_file(path: Path) -> Path:
    """A database exactly as Giveback schema 2 wrote it: migrations 1 and 2 only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = SqliteDatabase(str(path))
    database_proxy.initialize(db)
    db.connect()
    for number, _title, step in MIGRATIONS:
        if number > 2:
            break
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {number}")
    db.close()
    database_proxy.initialize(None)
    con = sqlite3.connect(path)
    con.executescript(
        """
        INSERT INTO company VALUES (1, 'Acme Robotics', 'Robotics', '2026-01-05 10:00:00');
        INSERT INTO contact VALUES (1, 'Ann Lee', 1, 'CTO', 'ann@example.com', '', '', '',
            '', '2026-01-05 10:00:00', '2026-01-05 10:00:00');
        INSERT INTO contact VALUES (2, 'Bob Stone', NULL, '', '', '', '', '', 'likes dbt',
            '2026-01-05 10:00:00', '2026-01-05 10:00:00');
        INSERT INTO meeting VALUES (1, '2026-01-10 09:00:00', 30, 'coffee', 'Bean There',
            'Hear about Acme', '', 'Acme is moving to Berlin', 'Will intro me',
            '2026-01-05 10:00:00');
        INSERT INTO meeting_attendee VALUES (1, 1, 1);
        INSERT INTO referral VALUES (1, 1, NULL, NULL, '', '2026-01-05 10:00:00');
        INSERT INTO referral VALUES (2, 2, 1, '2026-01-06', '', '2026-01-05 10:00:00');
        INSERT INTO contact_search (rowid, name, work, details, meetings)
            VALUES (1, 'Ann Lee', 'Acme Robotics CTO', 'ann@example.com',
            'Acme is moving to Berlin');
        INSERT INTO contact_search (rowid, name, work, details, meetings)
            VALUES (2, 'Bob Stone', '', 'likes dbt', '');
        """
    )
    con.commit()
    con.close()
    return path


def test_version_2_file_gets_the_ledger_and_keeps_its_data(data_dir):
    db_file = make_v2_file(paths.database_path())
    con = sqlite3.connect(db_file)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    con.close()
    store.connect(db_file)
    try:
        version = store.database().execute_sql("PRAGMA user_version").fetchone()[0]
        assert version == store.SCHEMA_VERSION >= 3
        ann = contacts.find_contact("Ann Lee")
        assert ann.company == "Acme Robotics"
        [meeting] = meetings.meetings_with(ann.id)
        assert (meeting.notes, meeting.outcome) == ("Acme is moving to Berlin", "Will intro me")
        assert [r.full_name for r in contacts.list_contacts("dbt")] == ["Bob Stone"]
        # The new tables work on the old rows.
        bob = contacts.find_contact("Bob Stone")
        assert ledger.balance(ann.id).score == 0
        insight = insights.add_insight(
            insights.InsightInput("Acme is moving to Berlin", [("company", "Acme")], True, ann.id)
        )
        assert [i.id for i in insights.what_i_can_give(bob.id)] == []
        assert [i.id for i in insights.what_i_can_give(ann.id)] == []  # her own
        ledger.log_ask(ann.id, "introduction", other_contact_id=bob.id)
        followups.add("Thank Ann", contact_id=ann.id, meeting_id=meeting.id)
        assert ledger.balance(ann.id).asked == 1
        assert insight.source_name == "Ann Lee"
    finally:
        store.close()
    backups = list((data_dir / "backups").glob("giveback-before-v*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    assert old.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    old.close()


def test_v3_tables_are_frozen_sql(db):
    tables = {
        name
        for (name,) in store.database()
        .execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        .fetchall()
    }
    assert {"insight", "insight_tag", "ledger_entry", "follow_up", "company_competitor"} <= tables
    fks = store.database().execute_sql("PRAGMA foreign_key_list(ledger_entry)").fetchall()
    assert {(row[2], row[3], row[6]) for row in fks} == {
        ("contact", "contact_id", "CASCADE"),
        ("contact", "other_contact_id", "SET NULL"),
        ("insight", "insight_id", "SET NULL"),
        ("meeting", "meeting_id", "SET NULL"),
    }
