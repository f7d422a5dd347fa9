"""Applying an import plan, rule by rule: what lands in the database for a new contact and
for a merge, what the summary says, what changed between the preview and the import,
progress and cancelling, and what the rest of Giveback is told. Files are given as the
ParsedFile a reader would produce; expected values are written here from the rules in
apply.py's docstrings, not computed by the code under test."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from crm_desktop.services import events
from crm_desktop.services.contacts import companies, contacts
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.interchange.apply import ImportFailed, apply_import
from crm_desktop.services.interchange.plan import plan_import
from crm_desktop.services.interchange.records import ImportCancelled, ImportedContact, ParsedFile
from crm_desktop.store.models import database_proxy


def row(line: int, name: str, *methods: Method, **fields) -> ImportedContact:
    return ImportedContact(line=line, full_name=name, methods=list(methods), **fields)


def email(value: str, label: str = "work") -> Method:
    return Method("email", value, label)


def plan_of(*rows: ImportedContact):
    return plan_import(ParsedFile("csv", list(rows)), "people.csv")


def sql(query: str, *params) -> list[tuple]:
    return database_proxy.execute_sql(query, params).fetchall()


# New contacts ------------------------------------------------------------------------------
def test_a_new_contact_gets_only_what_the_file_gives(db):
    result = apply_import(
        plan_of(
            row(2, "Cy Moe", Method("phone", "555 0100", "mobile")),
            row(3, "Di Moe", email("di@x.example"), Method("link", "https://di.example", "blog")),
        )
    )
    cy, di = (contacts.get_contact(i) for i in result.created_ids)
    assert (cy.email, cy.phone, cy.linkedin_url, cy.company) == ("", "555 0100", "", "")
    assert (di.email, di.phone, di.linkedin_url, di.company) == ("di@x.example", "", "", "")
    # No company is made up for people without one.
    assert sql("SELECT name FROM company") == []


def test_new_rows_take_the_next_free_numbers(db):
    """Like SQLite numbering rows itself: 1, 2, ... in a new database, then on from the
    highest number in use, with no gaps."""
    first = apply_import(
        plan_of(
            row(2, "Ann Lee", company="Acme", tags=["mentor"]),
            row(3, "Bo Lind", company="Globex", tags=["pycon"]),
        )
    )
    assert first.created_ids == [1, 2]
    assert sql("SELECT id, name FROM company ORDER BY id") == [(1, "Acme"), (2, "Globex")]
    assert sql("SELECT id, name FROM tag ORDER BY id") == [(1, "mentor"), (2, "pycon")]
    second = apply_import(plan_of(row(2, "Cy Moe", company="Initech", tags=["climate"])))
    assert second.created_ids == [3]
    assert sql("SELECT id FROM company WHERE name = 'Initech'") == [(3,)]
    assert sql("SELECT id FROM tag WHERE name = 'climate'") == [(3,)]
    assert contacts.add_contact(ContactInput(full_name="By hand")).id == 4


def test_a_company_is_found_by_its_exact_name_before_another_case_of_it(db):
    # Two companies whose names differ only in case (an older database may hold both).
    database_proxy.execute_sql(
        "INSERT INTO company (id, name, industry, created_at) VALUES "
        "(1, 'Acme', 'Robots', '2024-01-01 00:00:00'), (2, 'ACME', '', '2024-01-01 00:00:00')"
    )
    result = apply_import(
        plan_of(
            row(2, "Ann Lee", company="Acme"),
            row(3, "Bo Lind", company="ACME"),
            row(4, "Cy Moe", company="Helio Energy"),
        )
    )
    assert [contacts.get_contact(i).company for i in result.created_ids] == [
        "Acme",
        "ACME",
        "Helio Energy",
    ]
    # A company the import adds has only its name.
    assert companies.profile("Helio Energy").industry == ""


def test_an_import_stamps_its_contacts_to_the_second(db):
    before = dt.datetime.now().replace(microsecond=0)
    result = apply_import(plan_of(row(2, "Ann Lee")))
    after = dt.datetime.now()
    ((created, updated),) = sql(
        "SELECT created_at, updated_at FROM contact WHERE id = ?", result.created_ids[0]
    )
    assert created == updated
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", created)
    assert before <= dt.datetime.fromisoformat(created) <= after


# Merges ------------------------------------------------------------------------------------
def test_a_merge_fills_the_first_email_phone_profile_birthday_and_company(db):
    database_proxy.execute_sql(
        "INSERT INTO company (name, industry, created_at) VALUES ('acme', '', '2024-01-01')"
    )
    ann = contacts.add_contact(
        ContactInput(full_name="Ann Lee", methods=[Method("link", "https://ann.example", "blog")])
    ).id
    plan = plan_of(
        row(
            2,
            "Ann Lee",
            Method("link", "https://ann.example", "blog"),
            email("ann@x.example"),
            Method("phone", "555 0100", "mobile"),
            Method("link", "https://linkedin.com/in/ann", "LinkedIn"),
            company="Acme",
            birthday=dt.date(1990, 2, 3),
        )
    )
    result = apply_import(plan)
    assert (result.merged_ids, result.summary) == ([ann], "0 contacts added, 1 contact updated.")
    after = contacts.get_contact(ann)
    assert (after.email, after.phone, after.linkedin_url) == (
        "ann@x.example",
        "555 0100",
        "https://linkedin.com/in/ann",
    )
    assert (after.company, after.birthday) == ("acme", dt.date(1990, 2, 3))  # reused
    assert sql("SELECT birthday FROM contact WHERE id = ?", ann) == [("1990-02-03",)]
    assert [m.value for m in after.methods] == [
        "https://ann.example",
        "ann@x.example",
        "555 0100",
        "https://linkedin.com/in/ann",
    ]


def test_a_merge_keeps_the_first_email_and_profile_the_user_has(db):
    ann = contacts.add_contact(
        ContactInput(
            full_name="Ann Lee",
            email="ann@x.example",
            phone="555 0100",
            linkedin_url="https://linkedin.com/in/ann-old",
        )
    ).id
    apply_import(
        plan_of(
            row(
                2,
                "Ann Lee",
                email("ann@x.example"),
                email("ann@home.example", "home"),
                Method("phone", "555 0199", "home"),
                Method("link", "https://linkedin.com/in/ann-new", "LinkedIn"),
            )
        )
    )
    after = contacts.get_contact(ann)
    assert (after.email, after.phone, after.linkedin_url) == (
        "ann@x.example",
        "555 0100",
        "https://linkedin.com/in/ann-old",
    )
    assert [m.value for m in after.methods][3:] == [
        "ann@home.example",
        "555 0199",
        "https://linkedin.com/in/ann-new",
    ]


def test_a_merge_that_adds_only_a_tag_or_only_an_email_is_written(db):
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@x.example")).id
    bo = contacts.add_contact(ContactInput(full_name="Bo Lind", email="bo@x.example")).id
    result = apply_import(
        plan_of(
            row(2, "Ann Lee", email("ann@x.example"), tags=["mentor"]),
            row(3, "Bo Lind", email("bo@x.example"), email("bo@home.example", "home")),
        )
    )
    assert sorted(result.merged_ids) == [ann, bo]
    assert result.summary == "0 contacts added, 2 contacts updated."
    assert contacts.get_contact(ann).tags == ("mentor",)
    assert [m.value for m in contacts.get_contact(bo).methods] == [
        "bo@x.example",
        "bo@home.example",
    ]


def test_a_match_and_a_namesake_chosen_for_one_person_both_fill_them(db):
    priya = contacts.add_contact(
        ContactInput("Priya Raman", company="Northwind", email="priya@northwind.example")
    ).id
    plan = plan_of(
        row(2, "Priya Raman", email("priya@northwind.example"), title="CTO"),
        row(3, "priya raman", Method("phone", "555 0100", "mobile"), company="Contoso"),
    )
    match, namesake = plan.items
    assert (match.match_id, namesake.namesake.id) == (priya, priya)
    namesake.choose("merge")
    result = apply_import(plan)
    assert result.merged_ids == [priya] and result.created_ids == []
    after = contacts.get_contact(priya)
    assert (after.title, after.phone, after.company) == ("CTO", "555 0100", "Northwind")


def test_a_skipped_match_adds_nothing_even_when_a_namesake_merges_into_them(db):
    priya = contacts.add_contact(
        ContactInput("Priya Raman", company="Northwind", email="priya@northwind.example")
    ).id
    plan = plan_of(
        row(2, "Priya Raman", email("priya@northwind.example"), title="CTO"),
        row(3, "priya raman", Method("phone", "555 0100", "mobile"), company="Contoso"),
    )
    match, namesake = plan.items
    match.choose("skip")
    namesake.choose("merge")
    result = apply_import(plan)
    assert result.summary == "0 contacts added, 1 contact updated, 1 skipped."
    after = contacts.get_contact(priya)
    assert (after.title, after.phone) == ("", "555 0100")


# Between the preview and the import ------------------------------------------------------------
def test_what_changed_since_the_preview_is_taken_into_account(db):
    ada = contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example")).id
    bo = contacts.add_contact(ContactInput(full_name="Bo", email="bo@x.example")).id
    cy = contacts.add_contact(ContactInput(full_name="Cy", email="cy@x.example")).id
    plan = plan_of(
        row(2, "Ada", email("ada@x.example"), title="CTO"),
        row(3, "Bo", email("bo@x.example"), title="CFO"),
        row(4, "Cy", email("cy@x.example")),  # nothing new: unchanged in the preview
        row(5, "Di Moe"),
    )
    assert (plan.new_count, plan.match_count, plan.unchanged_count) == (1, 2, 1)
    # After the preview, the user deletes Ada and types Bo's title by hand.
    contacts.delete_contact(ada)
    contacts.update_contact(bo, ContactInput(full_name="Bo", email="bo@x.example", title="CFO"))
    result = apply_import(plan)
    assert result.summary == "2 contacts added, 2 already up to date."
    assert (result.merged_ids, result.unchanged) == ([], 2)
    # Ada is added afresh, from the file.
    names = {contacts.get_contact(i).full_name: i for i in result.created_ids}
    assert sorted(names) == ["Ada", "Di Moe"]
    again = contacts.get_contact(names["Ada"])
    assert (again.email, again.title) == ("ada@x.example", "CTO")
    assert contacts.get_contact(cy).title == ""


# Progress, cancelling, failures, and who is told -------------------------------------------
def test_progress_is_reported_every_250_rows_once_written_and_at_the_end(db):
    contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    plan = plan_of(
        row(1, "Ada", email("ada@x.example")),  # unchanged: nothing to write for her
        *[row(i, f"Person {i}") for i in range(2, 602)],
    )
    total = len(plan.items) + 2  # every row, the writing, and the search index
    seen: list[tuple[int, int]] = []
    apply_import(plan, progress=lambda done, of: seen.append((done, of)))
    assert seen == [(250, total), (500, total), (601, total), (total, total)]


def test_cancelling_says_nothing_was_changed(db):
    plan = plan_of(row(2, "Ann Lee"))
    with pytest.raises(ImportCancelled) as caught:
        apply_import(plan, cancelled=lambda: True)
    assert str(caught.value) == "Import cancelled; nothing was changed."
    assert sql("SELECT COUNT(*) FROM contact") == [(0,)]


def test_an_unexpected_failure_changes_nothing_and_says_what_went_wrong(db):
    contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    plan = plan_of(row(2, "Bo Lind"), row(3, "Cy Moe"))
    # A reader that handed over a birthday as text instead of a date (a bug, not the user's).
    plan.items[1].contact.birthday = "1990-02-03"
    with pytest.raises(ImportFailed) as caught:
        apply_import(plan)
    assert str(caught.value) == (
        "The import failed ('str' object has no attribute 'isoformat'); nothing was changed."
    )
    assert sql("SELECT full_name FROM contact") == [("Ada",)]


def test_the_contact_referral_and_meeting_views_are_told_once_it_is_done(db):
    heard: list[str] = []
    for topic in events.TOPICS:
        events.subscribe(topic, lambda topic=topic: heard.append(topic))
    apply_import(plan_of(row(2, "Ann Lee")))
    assert sorted(heard) == ["contacts", "meetings", "referrals"]
