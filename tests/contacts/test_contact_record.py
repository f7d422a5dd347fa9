"""The full contact record: several emails with labels, job history, pipeline fields,
archive, last contact from meetings, and the migration that adds them."""

from __future__ import annotations

import datetime as dt

import pytest

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Job, Method
from crm_desktop.services.meetings import meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def test_several_emails_phones_and_links_keep_their_labels(db):
    c = contacts.add_contact(
        ContactInput(
            full_name="Ann Lee",
            methods=[
                Method("email", "ann@work.example", "work"),
                Method("email", "ann@home.example", "home"),
                Method("phone", "+1 555 0100", "mobile"),
                Method("link", "https://www.linkedin.com/in/annlee", "LinkedIn"),
                Method("link", "https://ann.dev", "blog"),
            ],
        )
    )
    assert c.email == "ann@work.example"
    assert c.phone == "+1 555 0100"
    assert c.linkedin_url == "https://www.linkedin.com/in/annlee"
    assert [(m.label, m.value) for m in c.of_kind("email")] == [
        ("work", "ann@work.example"),
        ("home", "ann@home.example"),
    ]
    assert [r.full_name for r in contacts.list_contacts("ann@home")] == ["Ann Lee"]
    with pytest.raises(InvalidInput, match="email"):
        contacts.add_contact(ContactInput("Bob", methods=[Method("email", "no at sign")]))


def test_old_single_field_api_still_works_and_edits_the_first_email(db):
    c = contacts.add_contact(ContactInput("Ann", email="a@x.example", phone="1"))
    assert [m.label for m in c.methods] == ["work", "mobile"]
    data = c.to_input()
    data.email = "new@x.example"
    again = contacts.update_contact(c.id, data)
    assert again.email == "new@x.example"
    assert [m.value for m in again.of_kind("email")] == ["new@x.example"]


def test_changing_company_keeps_the_old_job_in_the_past(db):
    c = contacts.add_contact(ContactInput("Ann", company="Acme", title="Analyst"))
    data = c.to_input()
    data.company, data.title = "Globex", "Lead"
    moved = contacts.update_contact(c.id, data)
    assert moved.company == "Globex"
    assert moved.past_jobs == (Job("Acme", "Analyst", dt.date.today()),)
    data = moved.to_input()
    data.notes = "unchanged job"
    assert contacts.update_contact(c.id, data).past_jobs == moved.past_jobs


def test_pipeline_fields_and_validation(db):
    c = contacts.add_contact(
        ContactInput(
            "Ann",
            stage="meeting_set",
            warmth="warm",
            follow_up_on=dt.date(2030, 1, 2),
            cadence_days=30,
            birthday=dt.date(1990, 5, 6),
            location="Lisboa",
            story="Found her role through a meetup",
            expertise="dbt, Airflow",
        )
    )
    again = contacts.get_contact(c.id)
    assert (again.stage_label, again.warmth_label) == ("Meeting set", "Warm")
    assert again.follow_up_on == dt.date(2030, 1, 2) and again.cadence_days == 30
    assert again.birthday == dt.date(1990, 5, 6)
    assert [r.full_name for r in contacts.list_contacts("airflow")] == ["Ann"]
    with pytest.raises(InvalidInput, match="stage"):
        contacts.add_contact(ContactInput("Bob", stage="nonsense"))
    with pytest.raises(InvalidInput, match="warmth"):
        contacts.set_fields([c.id], warmth="hot")


def test_last_contact_comes_from_past_meetings_only(db):
    c = contacts.add_contact(ContactInput("Ann"))
    assert contacts.get_contact(c.id).last_contact is None
    past = dt.datetime(2024, 3, 1, 10, 0)
    m = meetings.create_meeting(MeetingInput([c.id], past))
    meetings.create_meeting(MeetingInput([c.id], dt.datetime.now() + dt.timedelta(days=9)))
    assert contacts.get_contact(c.id).last_contact == past
    later = dt.datetime(2024, 6, 1, 10, 0)
    data = meetings.get_meeting(m.id).to_input()
    data.starts_at = later
    meetings.update_meeting(m.id, data)
    assert contacts.get_contact(c.id).last_contact == later
    meetings.delete_meeting(m.id)
    assert contacts.get_contact(c.id).last_contact is None


def test_archive_hides_from_the_list_but_keeps_everything(db):
    a = contacts.add_contact(ContactInput("Ann", tags=["x"]))
    contacts.add_contact(ContactInput("Bob"))
    contacts.archive_contacts([a.id])
    assert [r.full_name for r in contacts.list_contacts()] == ["Bob"]
    assert contacts.get_contact(a.id).archived
    assert contacts.find_contact("Ann").id == a.id
    contacts.archive_contacts([a.id], archived=False)
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann", "Bob"]


def test_v2_file_gains_the_new_record_with_its_emails(data_dir):
    """A database of schema 2 is migrated: emails become labelled methods, tags joined."""
    import sqlite3

    from crm_desktop import paths, store
    from crm_desktop.store.migrations import V1_SCHEMA, V2_SEARCH_INDEX

    path = paths.database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(path)
    for statement in V1_SCHEMA:
        con.execute(statement)
    con.execute(V2_SEARCH_INDEX)
    now = "2024-01-01 00:00:00"
    con.execute("INSERT INTO company VALUES (1, 'Acme', '', ?)", (now,))
    con.execute(
        "INSERT INTO contact VALUES (1, 'Zoë Lefèvre', 1, 'CTO', 'zoe@acme.example', '+1', "
        "'https://linkedin.com/in/zoe', '', 'old notes', ?, ?)",
        (now, now),
    )
    con.execute("INSERT INTO tag VALUES (1, 'mentor'), (2, 'Data')")
    con.execute("INSERT INTO contact_tag VALUES (1, 1, 1), (2, 1, 2)")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    store.connect(path)
    try:
        zoe = contacts.get_contact(1)
        assert [(m.kind, m.label) for m in zoe.methods] == [
            ("email", "work"),
            ("phone", "mobile"),
            ("link", "LinkedIn"),
        ]
        assert contacts.list_contacts("zoe")[0].tags == "Data, mentor"
        assert [r.full_name for r in contacts.list_contacts("old not")] == ["Zoë Lefèvre"]
    finally:
        store.close()
