"""The full JSON export: everything out, and back into an empty database exactly."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading

import pytest

from crm_desktop import paths, store
from crm_desktop.errors import GivebackError, InvalidInput
from crm_desktop.services.contacts import companies, contacts, filters, smart_lists
from crm_desktop.services.contacts.types import ContactInput, Job, Method
from crm_desktop.services.giving import taking
from crm_desktop.services.interchange import json_backup
from crm_desktop.services.interchange.records import ImportCancelled, ImportFileError
from crm_desktop.services.meetings import meetings
from crm_desktop.store.migrations import SCHEMA_VERSION
from crm_desktop.store.models import database_proxy


def _enrich() -> None:
    """Add to the sample network what it lacks: every field, an archived contact,
    a smart list, a company profile with competitors."""
    rich = contacts.add_contact(
        ContactInput(
            full_name="Zoë <b>Lefèvre</b>",
            company="Helio Energy",
            title="Head of Data",
            methods=[
                Method("email", "zoe@helio.example", "work"),
                Method("phone", "+33 1 23 45 67 89", "mobile"),
                Method("link", "https://www.linkedin.com/in/zoe", "LinkedIn"),
            ],
            tags=["climate", "mentor"],
            location="Paris",
            birthday=dt.date(1990, 2, 3),
            story="Bootcamp, then a referral",
            expertise="heliostat tuning",
            stage="met",
            warmth="warm",
            follow_up_on=dt.date(2031, 1, 1),
            cadence_days=30,
            past_jobs=[Job("Globex", "Analyst", dt.date(2020, 1, 1))],
            notes="=1+1 \u202e",
        )
    )
    contacts.archive_contacts([rich.id])
    companies.set_profile("Helio Energy", industry="Energy", competitors=["Globex", "Acme"])
    smart_lists.save_smart_list("Warm ones", filters.ContactFilter(warmth="warm"))


def _tables(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "giveback-export"
    return data["tables"]


def _switch_to(folder) -> None:
    store.close()
    paths.set_data_dir(folder)
    store.connect(paths.database_path())


def test_round_trip_restores_everything_exactly(sample_db, tmp_path):
    _enrich()
    first = tmp_path / "everything.json"
    count = json_backup.export_json(first)
    assert count == contacts.count_contacts()
    tables = _tables(first)
    for table in (
        "contact",
        "contact_method",
        "contact_job",
        "contact_tag",
        "tag",
        "company",
        "company_competitor",
        "referral",
        "meeting",
        "meeting_attendee",
        "ledger_entry",
        "follow_up",
        "insight",
        "insight_tag",
        "smart_list",
    ):
        assert tables[table]["rows"], f"{table} is empty in the export"
    assert "contact_search" not in tables
    last_contacts = {
        r["id"]: r["last_contact_at"]
        for r in map(
            lambda row: dict(zip(tables["contact"]["columns"], row, strict=True)),
            tables["contact"]["rows"],
        )
    }

    _switch_to(tmp_path / "new-data")
    assert contacts.count_contacts() == 0
    seen = []
    counts = json_backup.restore_json(first, progress=lambda d, t: seen.append((d, t)))
    assert counts["contact"] == len(tables["contact"]["rows"])
    assert seen[-1][0] == seen[-1][1]
    second = tmp_path / "again.json"
    json_backup.export_json(second)
    assert _tables(second) == tables
    # What the user sees works: search (the index was rebuilt), last contact, ledger.
    assert [r.full_name for r in contacts.list_contacts("heliostat", include_archived=True)] == [
        "Zoë <b>Lefèvre</b>"
    ]
    zoe = contacts.find_contact("Zoë <b>Lefèvre</b>")
    assert zoe.archived and zoe.past_jobs[0].company == "Globex"
    assert companies.profile("Helio Energy").competitors == ("Acme", "Globex")
    for record in contacts.list_contacts(include_archived=True):
        stored = contacts.get_contact(record.id).last_contact
        expected = last_contacts[record.id]
        assert (stored.isoformat(sep=" ") if stored else None) == expected
    assert taking.only_taking() is not None and meetings.list_meetings("all")


def test_the_file_is_private_and_names_its_versions(db, tmp_path):
    contacts.add_contact(ContactInput(full_name="Ann"))
    target = tmp_path / "out.json"
    json_backup.export_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format_version"], data["schema_version"]) == (1, SCHEMA_VERSION)
    assert data["counts"]["contact"] == 1
    if os.name == "posix":
        assert os.stat(target).st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.partial"))


def test_restore_refuses_a_database_that_holds_anything(db, tmp_path):
    contacts.add_contact(ContactInput(full_name="Ann"))
    target = tmp_path / "out.json"
    json_backup.export_json(target)
    with pytest.raises(InvalidInput, match="only be restored into an empty database"):
        json_backup.restore_json(target)
    assert contacts.count_contacts() == 1


def _set(data: dict, table: str, column: str, value) -> None:
    """A hand edit: *column* of the first row of *table* set to *value*."""
    body = data["tables"][table]
    body["rows"][0][body["columns"].index(column)] = value


def _write(path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d.update(schema_version=99), "newer version of Giveback"),
        (lambda d: d.update(format="something-else"), "not a Giveback full export"),
        (lambda d: d["tables"].update(evil={"columns": ["x"], "rows": []}), "does not know"),
        (lambda d: d["tables"]["contact"]["columns"].append("nope"), "unknown or repeated"),
        (lambda d: d["tables"]["contact"]["rows"].append([1]), "wrong length"),
        (lambda d: d["tables"]["contact_method"]["rows"][0].__setitem__(1, 999), "points at"),
        (
            lambda d: d["tables"]["contact"]["rows"].append(d["tables"]["contact"]["rows"][0]),
            "do not fit together",
        ),
        (lambda d: d["tables"]["contact"]["rows"][0].__setitem__(0, 2**70), "strange value"),
        (
            lambda d: _set(d, "contact", "birthday", "garbage"),
            "row 1 of its contact table has “garbage” as birthday, which is not a date",
        ),
        (lambda d: _set(d, "contact", "birthday", "2024-02-30"), "“2024-02-30” as birthday"),
        (lambda d: _set(d, "contact", "created_at", 20240506), "as created_at, which is not a"),
        (lambda d: _set(d, "contact", "archived_at", "yesterday"), "“yesterday” as archived_at"),
    ],
)
def test_bad_files_are_refused_and_change_nothing(db, tmp_path, change, message):
    ann = contacts.add_contact(ContactInput(full_name="Ann", email="ann@x.example"))
    good = tmp_path / "good.json"
    json_backup.export_json(good)
    contacts.delete_contact(ann.id)
    data = json.loads(good.read_text(encoding="utf-8"))
    change(data)
    bad = tmp_path / "bad.json"
    _write(bad, data)
    with pytest.raises(GivebackError, match=message):
        json_backup.restore_json(bad)
    assert contacts.count_contacts() == 0
    assert database_proxy.execute_sql("SELECT COUNT(*) FROM contact_method").fetchone()[0] == 0


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00garbage", b"{not json", b"[1, 2]"])
def test_files_that_are_not_exports_get_a_clear_message(db, tmp_path, content):
    bad = tmp_path / "contacts.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFileError, match="contacts.json cannot be restored"):
        json_backup.restore_json(bad)


def test_cancelled_restore_leaves_the_database_empty(sample_db, tmp_path):
    target = tmp_path / "all.json"
    json_backup.export_json(target)
    _switch_to(tmp_path / "new-data")
    with pytest.raises(ImportCancelled):
        json_backup.restore_json(target, cancelled=lambda: True)
    assert contacts.count_contacts() == 0 and not meetings.list_meetings("all")


def test_restore_in_a_worker_thread(sample_db, tmp_path):
    target = tmp_path / "all.json"
    json_backup.export_json(target)
    expected = contacts.count_contacts()
    _switch_to(tmp_path / "new-data")
    outcome = {}

    def work():
        outcome["counts"] = json_backup.restore_json(target)
        outcome["closed"] = database_proxy.obj.is_closed()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert outcome["closed"] and outcome["counts"]["contact"] == expected
    assert contacts.count_contacts() == expected


def _write_from_elsewhere(_done, _total) -> None:
    """Another connection (another window, the CLI) adds a person with an email."""
    with sqlite3.connect(paths.database_path()) as other:
        columns = [r[1] for r in other.execute("PRAGMA table_info(contact)") if r[1] != "id"]
        names = ", ".join(columns)
        other.execute(
            f"INSERT INTO contact ({names}) SELECT {names} FROM contact ORDER BY id LIMIT 1"
        )
        other.execute(
            "INSERT INTO contact_method (contact_id, kind, value, label, position) "
            "VALUES (?, 'email', 'late@example.org', '', 0)",
            (other.execute("SELECT max(id) FROM contact").fetchone()[0],),
        )


def test_an_export_is_one_snapshot_while_someone_writes(sample_db, tmp_path):
    target = tmp_path / "all.json"
    expected = contacts.count_contacts()
    assert json_backup.export_json(target, progress=_write_from_elsewhere) == expected
    assert contacts.count_contacts() > expected  # the writes happened, after the snapshot
    _switch_to(tmp_path / "new-data")
    assert json_backup.restore_json(target)["contact"] == expected
    assert contacts.count_contacts() == expected


def _nearly_empty() -> None:
    """No contacts, but a company profile (with two competitors) and an insight."""
    from crm_desktop.services.giving import insights

    companies.set_profile("Helio Energy", industry="Energy", competitors=["Globex", "Acme"])
    insights.add_insight(insights.InsightInput("Helio is hiring data people"))


def test_a_nearly_empty_database_says_what_it_holds(db, tmp_path):
    target = tmp_path / "out.json"
    contacts.add_contact(ContactInput(full_name="Ann"))
    json_backup.export_json(target)
    _switch_to(tmp_path / "other")
    assert json_backup.what_is_there() == {} and json_backup.restore_refusal() is None
    _nearly_empty()
    assert contacts.count_contacts() == 0
    refusal = json_backup.restore_refusal()
    assert "already holds 3 companies and 1 insight." in refusal
    with pytest.raises(InvalidInput) as refused:
        json_backup.restore_json(target)
    assert str(refused.value) == refusal
    assert json_backup.what_is_there() == {
        "company": 3, "company_competitor": 2, "insight": 1
    }  # fmt: skip
