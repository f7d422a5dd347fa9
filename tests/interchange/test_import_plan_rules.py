"""The import plan, word for word: what a row matching someone would add, how a namesake
is offered and chosen, two rows of one existing person, and how matches are labelled.
The files are given as the ParsedFile a reader would produce; expected values are written
here from the rules in plan.py's docstrings."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.interchange.plan import Namesake, plan_import
from crm_desktop.services.interchange.records import ImportedContact, ParsedFile

LONG_TITLE = "Head of " + "Very " * 12 + "Important Things"  # 80 characters


def row(line: int, name: str, *methods: Method, **fields) -> ImportedContact:
    return ImportedContact(line=line, full_name=name, methods=list(methods), **fields)


def test_a_match_says_what_merging_would_add_in_words(db):
    contacts.add_contact(ContactInput(full_name="Ann Lee", email="ann@x.example", tags=["data"]))
    plan = plan_import(
        ParsedFile(
            "vcard",
            [
                row(
                    1,
                    "Ann Lee",
                    Method("email", "ANN@x.example", "home"),  # the one she has
                    Method("link", "https://www.linkedin.com/in/annlee", "profile"),
                    Method("link", "https://ann.example", "blog"),
                    Method("phone", "+1 555 0100", "mobile"),
                    title=LONG_TITLE,
                    company="Acme",
                    notes="Met at PyCon",
                    how_we_met="Conference",
                    birthday=dt.date(1990, 2, 3),
                    tags=["Data", "mentor", "climate"],
                )
            ],
        ),
        "ann.vcf",
    )
    assert (plan.source_name, plan.format) == ("ann.vcf", "vcard")
    (item,) = plan.items
    assert (item.action, item.match_reason) == ("merge", "same email")
    assert item.changes == [
        "company: Acme",
        "title: " + LONG_TITLE[:57] + "…",
        "birthday: 1990-02-03",
        "how we met",
        "notes",
        "LinkedIn profile: https://www.linkedin.com/in/annlee",
        "link: https://ann.example",
        "phone: +1 555 0100",
        "tags: mentor, climate",
    ]


def test_one_tag_more_reads_singular_and_a_title_of_sixty_is_shown_whole(db):
    contacts.add_contact(ContactInput(full_name="Bo Lind", email="bo@x.example"))
    sixty = "T" * 60
    plan = plan_import(
        ParsedFile(
            "csv", [row(1, "Bo Lind", Method("email", "bo@x.example", ""), title=sixty, tags=["x"])]
        )
    )
    assert plan.items[0].changes == [f"title: {sixty}", "tag: x"]


def test_a_namesake_is_offered_and_the_user_decides(db):
    ann = contacts.add_contact(
        ContactInput(full_name="Ann Lee", company="Northwind", email="ann@north.example")
    ).id
    plan = plan_import(
        ParsedFile("csv", [row(3, "ann lee", Method("email", "ann@home.example", "home"))])
    )
    (item,) = plan.items
    assert (item.action, item.match_id) == ("new", None)
    assert item.namesake == Namesake(
        ann, "Ann Lee", "Northwind", "Ann Lee (Northwind)", ("email: ann@home.example",)
    )
    item.choose("merge")
    assert (item.action, item.match_id, item.match_label, item.match_reason, item.changes) == (
        "merge",
        ann,
        "Ann Lee (Northwind)",
        "same name",
        ["email: ann@home.example"],
    )
    item.choose("new")
    assert (item.action, item.match_id, item.match_label, item.match_reason, item.changes) == (
        "new",
        None,
        "",
        "",
        [],
    )
    item.choose("skip")
    assert (item.action, item.match_id) == ("skip", None)


def test_choosing_on_a_row_without_a_namesake_only_sets_the_action(db):
    bo = contacts.add_contact(ContactInput(full_name="Bo Lind", email="bo@x.example")).id
    plan = plan_import(ParsedFile("csv", [row(1, "Bo Lind", Method("email", "bo@x.example", ""))]))
    (item,) = plan.items
    item.choose("skip")
    assert (item.action, item.match_id, item.match_reason) == ("skip", bo, "same email")


def test_two_rows_of_one_existing_person_become_one_merge(db):
    bo = contacts.add_contact(ContactInput(full_name="Bo Lind", email="bo@x.example")).id
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(1, "Bo Lind", Method("email", "bo@x.example", ""), title="Lead"),
                row(2, "Robert Lind", Method("email", "BO@x.example", ""), location="Oslo"),
            ],
        )
    )
    (item,) = plan.items
    assert (item.match_id, item.contact.title, item.contact.location) == (bo, "Lead", "Oslo")
    assert item.changes == ["title: Lead", "location: Oslo"]


def test_an_archived_match_is_labelled_so(db):
    ann = contacts.add_contact(
        ContactInput(full_name="Ann Lee", company="Acme", email="ann@x.example")
    ).id
    contacts.archive_contacts([ann])
    plan = plan_import(ParsedFile("csv", [row(1, "Ann Lee", Method("email", "ann@x.example", ""))]))
    assert plan.items[0].match_label == "Ann Lee (Acme) — archived"
