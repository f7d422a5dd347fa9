"""Exports: CSV with every field, meetings as iCalendar, the format switch, safe files."""

from __future__ import annotations

import csv
import datetime as dt
import os

import icalendar
import pytest

from crm_desktop.errors import GivebackError, InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Job, Method
from crm_desktop.services.interchange import ics
from crm_desktop.services.interchange.export import export_file
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def _rich_contact():
    return contacts.add_contact(
        ContactInput(
            full_name="Zoë Lefèvre",
            company="Helio Energy",
            title="Head of Data",
            methods=[
                Method("email", "zoe@helio.example", "work"),
                Method("email", "zoe@home.example", "home"),
                Method("phone", "+33 1 23 45 67 89", "mobile"),
                Method("link", "https://www.linkedin.com/in/zoe", "LinkedIn"),
                Method("link", "https://zoe.example", "blog"),
            ],
            tags=["climate", "mentor"],
            location="Paris, France",
            birthday=dt.date(1990, 2, 3),
            story="Bootcamp, then a referral",
            expertise="forecasting",
            stage="meeting_set",
            warmth="warm",
            follow_up_on=dt.date(2031, 1, 1),
            cadence_days=30,
            past_jobs=[Job("Globex", "Analyst", dt.date(2020, 1, 1))],
            notes="=HYPERLINK(1)",
            how_we_met="PyCon",
        )
    )


def _csv_rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_holds_every_field_neutralised(db, tmp_path):
    zoe = _rich_contact()
    meetings.create_meeting(MeetingInput([zoe.id], dt.datetime(2024, 5, 6, 10, 30)))
    contacts.archive_contacts([zoe.id])
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    target = tmp_path / "all.csv"
    assert export_file(target, "csv") == 2  # archived people too
    ann, row = _csv_rows(target)
    assert ann["Name"] == "Ann Lee" and ann["Archived"] == ""
    assert row == {
        "Name": "Zoë Lefèvre",
        "Company": "Helio Energy",
        "Title": "Head of Data",
        "Email": "zoe@helio.example",
        "Phone": "'+33 1 23 45 67 89",
        "LinkedIn": "https://www.linkedin.com/in/zoe",
        "Tags": "climate, mentor",
        "How we met": "PyCon",
        "Notes": "'=HYPERLINK(1)",
        "All emails": "zoe@helio.example (work); zoe@home.example (home)",
        "All phones": "'+33 1 23 45 67 89 (mobile)",
        "All links": "https://www.linkedin.com/in/zoe (LinkedIn); https://zoe.example (blog)",
        "Location": "Paris, France",
        "Birthday": "1990-02-03",
        "Stage": "Meeting set",
        "Warmth": "Warm",
        "Follow up on": "2031-01-01",
        "Keep in touch every (days)": "30",
        "Last contact": "2024-05-06 10:30",
        "Their story": "Bootcamp, then a referral",
        "Expertise": "forecasting",
        "Past jobs": "Analyst at Globex (until 2020-01-01)",
        "Archived": "yes",
    }


def test_selected_contacts_only(db, tmp_path):
    zoe = _rich_contact()
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    target = tmp_path / "some.csv"
    assert export_file(target, "csv", [zoe.id]) == 1
    assert [r["Name"] for r in _csv_rows(target)] == ["Zoë Lefèvre"]


def _meeting_events(path) -> list:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_meetings_as_icalendar_parse_back(db, tmp_path):
    zoe = _rich_contact()
    bob = contacts.add_contact(ContactInput(full_name='Bob "Bobby" Stone; Jr, <b>x</b>'))
    ann = contacts.add_contact(ContactInput(full_name="Ann", email="ann@acme.example"))
    first = meetings.create_meeting(
        MeetingInput(
            [zoe.id, bob.id],
            dt.datetime(2030, 1, 2, 10, 30),
            kind="coffee",
            place="Café, Paris; 2nd",
            duration_minutes=45,
            goal="Learn about the team",
            agenda="Her projects\nIntro?",
            notes="Line one\nBEGIN:VEVENT\x07",
            outcome="Intro to Chen",
        )
    )
    meetings.create_meeting(MeetingInput([ann.id], dt.datetime(2030, 3, 4, 9, 0), kind="video"))
    target = tmp_path / "meetings.ics"
    assert export_file(target, "ics") == 2
    event, other = _meeting_events(target)
    assert str(event["uid"]) == f"meeting-{first.id}@giveback.local"
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == dt.datetime(2030, 1, 2, 10, 30) and start.tzinfo is None  # floating
    assert end - start == dt.timedelta(minutes=45)
    assert str(event["summary"]) == 'Coffee with Bob "Bobby" Stone; Jr, <b>x</b>, Zoë Lefèvre'
    assert str(event["location"]) == "Café, Paris; 2nd"
    description = str(event["description"])
    assert "Goal: Learn about the team" in description
    assert "Agenda:\nHer projects\nIntro?" in description
    assert "Notes:\nLine one\nBEGIN:VEVENT" in description and "\x07" not in description
    assert "Outcome: Intro to Chen" in description
    assert 'With: Bob "Bobby" Stone; Jr, <b>x</b>' in description  # no email: named here
    attendees = event["attendee"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [(str(a), a.params["CN"]) for a in attendees] == [
        ("mailto:zoe@helio.example", "Zoë Lefèvre")
    ]
    assert str(other["summary"]) == "Video call with Ann"
    # Exporting again gives the same UIDs: calendars update instead of duplicating.
    again = tmp_path / "again.ics"
    ics.export_ics(again)
    assert [str(e["uid"]) for e in _meeting_events(again)] == [
        str(e["uid"]) for e in _meeting_events(target)
    ]


def test_icalendar_of_selected_contacts(db, tmp_path):
    ann = contacts.add_contact(ContactInput(full_name="Ann"))
    bob = contacts.add_contact(ContactInput(full_name="Bob"))
    meetings.create_meeting(MeetingInput([ann.id], dt.datetime(2030, 1, 2, 10, 0)))
    meetings.create_meeting(MeetingInput([bob.id], dt.datetime(2030, 1, 3, 10, 0)))
    target = tmp_path / "ann.ics"
    assert export_file(target, "ics", [ann.id]) == 1
    assert [str(e["summary"]) for e in _meeting_events(target)] == ["Coffee with Ann"]


def test_exports_are_private_and_never_half_written(db, tmp_path):
    _rich_contact()
    for fmt in ("csv", "ics", "json"):
        target = tmp_path / f"out.{fmt}"
        export_file(target, fmt)
        if os.name == "posix":
            assert os.stat(target).st_mode & 0o777 == 0o600
    missing = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(GivebackError, match="could not write .*out.csv.*Nothing was written"):
        export_file(missing, "csv")
    assert not list(tmp_path.rglob("*.partial"))


def test_a_failed_export_keeps_the_previous_file(db, tmp_path, monkeypatch):
    _rich_contact()
    target = tmp_path / "out.ics"
    target.write_text("the previous export")

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ics.icalendar.Calendar, "to_ical", broken)
    with pytest.raises(GivebackError, match="No space left on device"):
        export_file(target, "ics")
    assert target.read_text() == "the previous export"
    assert not list(tmp_path.glob("*.partial"))


def test_unknown_formats_and_partial_json_are_refused(db, tmp_path):
    ann = contacts.add_contact(ContactInput(full_name="Ann"))
    with pytest.raises(InvalidInput, match="cannot export “pdf”"):
        export_file(tmp_path / "x.pdf", "pdf")
    with pytest.raises(InvalidInput, match="JSON export holds everything"):
        export_file(tmp_path / "x.json", "json", [ann.id])
    assert not list(tmp_path.glob("x.*"))


@pytest.mark.parametrize("fmt", ["vcard", "vcard3"])
def test_vcard_out_and_in_loses_nothing(db, tmp_path, fmt):
    from crm_desktop import paths, store
    from crm_desktop.services.interchange import vcard
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.plan import plan_import

    zoe = _rich_contact()
    ann = contacts.add_contact(ContactInput(full_name="Ann; Lee, <b>x</b>", notes="a\nb, c; d"))
    target = tmp_path / "cards.vcf"
    assert export_file(target, fmt) == 2
    text = target.read_text(encoding="utf-8")
    assert text.count("VERSION:4.0" if fmt == "vcard" else "VERSION:3.0") == 2
    # Into the same database: everyone matches, nothing would change.
    plan = plan_import(vcard.read_vcards(text), target.name)
    assert (plan.new_count, plan.unchanged_count) == (0, 2)

    kept = ("full_name", "company", "title", "methods", "tags", "location", "birthday", "notes",
            "how_we_met")  # fmt: skip
    originals = [contacts.get_contact(c.id) for c in (ann, zoe)]
    store.close()
    paths.set_data_dir(tmp_path / "elsewhere")
    store.connect(paths.database_path())
    result = apply_import(plan_import(vcard.read_vcards(text), target.name))
    imported = sorted((contacts.get_contact(i) for i in result.created_ids), key=lambda r: r.id)
    for original, back in zip(originals, imported, strict=True):
        assert {k: getattr(back, k) for k in kept} == {k: getattr(original, k) for k in kept}


def test_export_from_a_worker_thread_closes_its_connection(db, tmp_path):
    import threading

    from crm_desktop.store.models import database_proxy

    _rich_contact()
    outcome = {}

    def work():
        outcome["count"] = export_file(tmp_path / "all.csv", "csv")
        outcome["closed"] = database_proxy.obj.is_closed()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert outcome == {"count": 1, "closed": True}


def test_csv_out_and_back_in_gives_formula_like_text_back_as_typed(db, tmp_path):
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.plan import plan_import
    from crm_desktop.services.interchange.readers import read_file

    typed = ContactInput(
        full_name="Eve Formula",
        company='=HYPERLINK("http://x")',
        phone="+1 555 0100",
        notes="-not a formula, just a dash",
    )
    original = contacts.add_contact(typed)
    path = tmp_path / "out.csv"
    export_file(path, "csv")
    assert "'=HYPERLINK" in path.read_text(encoding="utf-8")  # inert in a spreadsheet
    contacts.delete_contact(original.id)

    result = apply_import(plan_import(read_file(path, "csv")))
    back = contacts.get_contact(result.created_ids[0])
    assert (back.company, back.phone, back.notes) == (typed.company, typed.phone, typed.notes)


def test_giveback_csv_reads_back_with_every_labelled_method(db, tmp_path):
    from crm_desktop import paths, store
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.plan import plan_import
    from crm_desktop.services.interchange.readers import read_file

    zoe = contacts.get_contact(_rich_contact().id)
    contacts.add_tags([zoe.id], ["R&D; data"])  # a tag may hold a semicolon, never a comma
    zoe = contacts.get_contact(zoe.id)
    path = tmp_path / "everyone.csv"
    export_file(path, "csv")
    store.close()
    paths.set_data_dir(tmp_path / "empty")
    store.connect(paths.database_path())

    [created] = apply_import(plan_import(read_file(path), path.name)).created_ids
    back = contacts.get_contact(created)
    kept = ("full_name", "company", "title", "methods", "tags", "location", "birthday",
            "how_we_met", "email", "phone", "linkedin_url")  # fmt: skip
    assert {k: getattr(back, k) for k in kept} == {k: getattr(zoe, k) for k in kept}
    assert [(m.kind, m.label) for m in back.methods] == [
        ("email", "work"), ("email", "home"), ("phone", "mobile"), ("link", "LinkedIn"),
        ("link", "blog"),
    ]  # fmt: skip
    # What an imported contact has no field for is kept in the notes, under its column.
    assert back.notes.splitlines() == [
        "=HYPERLINK(1)",
        "Stage: Meeting set",
        "Warmth: Warm",
        "Follow up on: 2031-01-01",
        "Keep in touch every (days): 30",
        "Their story: Bootcamp, then a referral",
        "Expertise: forecasting",
        "Past jobs: Analyst at Globex (until 2020-01-01)",
    ]


@pytest.mark.parametrize("fmt", ["csv", "vcard", "json", "ics"])
def test_an_export_never_overwrites_the_database_or_a_backup(db, tmp_path, fmt):
    from crm_desktop import paths
    from crm_desktop.services import backups
    from crm_desktop.services.interchange import json_backup

    _rich_contact()
    saved = backups.backup_now()
    database = paths.database_path()
    link = tmp_path / "innocent.csv"
    link.symlink_to(database)
    targets = [database, database.with_name(database.name + "-wal"), link, saved,
               backups.backups_dir() / "new.db"]  # fmt: skip
    before = {t: t.read_bytes() if t.exists() else None for t in targets}
    for target in targets:
        with pytest.raises(GivebackError, match="Nothing was written") as refused:
            export_file(target, fmt)
        assert "database" in str(refused.value) or "backups folder" in str(refused.value)
    with pytest.raises(GivebackError, match="own database"):
        json_backup.export_json(database)
    assert {t: t.read_bytes() if t.exists() else None for t in targets} == before
    assert not [p for p in tmp_path.rglob("*.partial")]
    assert contacts.count_contacts() == 1


def test_a_csv_export_is_one_snapshot_while_someone_deletes(db, tmp_path):
    import sqlite3

    from crm_desktop import paths

    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    columns = [r[1] for r in db.execute_sql("PRAGMA table_info(contact)") if r[1] != "id"]
    names = ", ".join(columns)
    for _ in range(10):  # 1,024 people, two chunks of the export's reading
        db.execute_sql(f"INSERT INTO contact ({names}) SELECT {names} FROM contact")
    assert contacts.count_contacts() == 1024

    def delete_elsewhere(_done, _total):
        with sqlite3.connect(paths.database_path()) as other:  # another window, the CLI
            other.execute("DELETE FROM contact WHERE id = (SELECT max(id) FROM contact)")

    path = tmp_path / "everyone.csv"
    assert export_file(path, "csv", progress=delete_elsewhere) == 1024
    assert len(_csv_rows(path)) == 1024
    assert contacts.count_contacts() < 1024  # the deletes happened, after the snapshot
