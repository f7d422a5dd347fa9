"""The import plan, word for word: how a row is cleaned, people repeated in a file, what a
row matching someone would add, which contact a row matches and why, how a namesake is
offered and chosen, rows of one existing person, and how matches are labelled.
The files are given as the ParsedFile a reader would produce; expected values are written
here from the rules in plan.py's docstrings."""

from __future__ import annotations

import datetime as dt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.interchange.apply import apply_import
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
    plan = plan_import(
        ParsedFile("csv", [row(1, "Bo Lind", Method("email", "bo@x.example", ""), title="U" * 61)])
    )
    assert plan.items[0].changes == ["title: " + "U" * 57 + "…"]  # over 60: cut to 57 and "…"


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


# Cleaning a row ------------------------------------------------------------------------------
# The rule, stated here: single-line fields lose control characters (but tab and newline, which
# become spaces) and runs of white space; notes and "how we met" keep their line breaks and lose
# only control characters and the white space around them. An email needs an "@" and no space.
def test_a_row_is_stored_as_the_user_would_have_typed_it(db):
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(
                    4,
                    "  Ann\x00  Lee\x7f ",
                    Method("fax", " https://ann.example/fax\x01 ", " Fax\tline "),
                    Method("email", " \x02 ", "empty"),
                    Method("email", "Ann@X.example", " home "),
                    Method("email", " ann@x.EXAMPLE", "again"),
                    Method("phone", "+1 (555) 0100", "mobile"),
                    Method("phone", "1-555-0100", "again"),
                    Method("link", "https://www.linkedin.com/in/ann", "LinkedIn"),
                    Method("link", "HTTP://linkedin.com/in/ann/", "again"),
                    company=" Acme\x1b  Robotics ",
                    title="\tHead\nof Data ",
                    location=" Oslo,\x0c Norway ",
                    tags=[" mentor ", "Mentor", "pycon, climate ", "\x03"],
                    notes="  First line\n\n  second\x00 line  \n",
                    how_we_met="\n Met at PyCon\n over coffee\x08 \n",
                    connected_on=dt.date(2024, 3, 5),
                )
            ],
        )
    )
    (item,) = plan.items
    c = item.contact
    assert (c.full_name, c.company, c.title, c.location) == (
        "Ann Lee",
        "Acme Robotics",
        "Head of Data",
        "Oslo, Norway",
    )
    # A kind Giveback does not know is kept as a link; repeats (by what identifies them) go.
    assert c.methods == [
        Method("link", "https://ann.example/fax", "Fax line"),
        Method("email", "Ann@X.example", "home"),
        Method("phone", "+1 (555) 0100", "mobile"),
        Method("link", "https://www.linkedin.com/in/ann", "LinkedIn"),
    ]
    assert c.tags == ["mentor", "pycon", "climate"]
    assert c.notes == "First line\n\n  second line"
    assert c.how_we_met == "Met at PyCon\n over coffee"  # given, so not the LinkedIn date
    assert plan.notices == [] and plan.problems == []

    # And that is what lands in the database.
    stored = contacts.get_contact(apply_import(plan).created_ids[0])
    assert (stored.full_name, stored.company, stored.title, stored.location) == (
        "Ann Lee",
        "Acme Robotics",
        "Head of Data",
        "Oslo, Norway",
    )
    assert [(m.kind, m.value, m.label) for m in stored.methods] == [
        ("link", "https://ann.example/fax", "Fax line"),
        ("email", "Ann@X.example", "home"),
        ("phone", "+1 (555) 0100", "mobile"),
        ("link", "https://www.linkedin.com/in/ann", "LinkedIn"),
    ]
    assert (stored.notes, stored.how_we_met) == ("First line\n\n  second line", c.how_we_met)
    assert sorted(stored.tags) == ["climate", "mentor", "pycon"]


def test_without_how_we_met_the_linkedin_connection_date_is_said(db):
    plan = plan_import(
        ParsedFile(
            "linkedin",
            [
                row(2, "Bo Lind", how_we_met=" \x00 \n", connected_on=dt.date(2023, 11, 30)),
                row(3, "Cy Moe"),
            ],
        )
    )
    assert [i.contact.how_we_met for i in plan.items] == [
        "Connected on LinkedIn on 2023-11-30",
        "",
    ]


def test_values_that_are_not_email_addresses_are_left_out_and_said_so(db):
    long_local = "x" * 90
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(
                    7,
                    "Ann Lee",
                    Method("email", "ann at x.example", "work"),
                    Method("email", "ann @x.example", "work"),
                    Method("email", long_local, "work"),
                    Method("email", "ann@x.example", "work"),
                    Method("phone", "no @ here", "work"),  # only emails are checked
                )
            ],
        )
    )
    assert plan.notices == [
        "Line 7: “ann at x.example” does not look like an email address; left out.",
        "Line 7: “ann @x.example” does not look like an email address; left out.",
        f"Line 7: “{'x' * 80}” does not look like an email address; left out.",
    ]
    assert plan.items[0].contact.methods == [
        Method("email", "ann@x.example", "work"),
        Method("phone", "no @ here", "work"),
    ]


# Repeated people in one file ------------------------------------------------------------------
def test_people_repeated_in_the_file_are_counted_in_one_notice(db):
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(2, "Ann Lee", Method("email", "ann@x.example", "")),
                row(3, "Bo Lind", company="Acme"),
                row(4, "Ann Lee", Method("email", "ann@x.example", ""), title="CTO"),
                row(5, "bo lind", company="ACME", location="Oslo"),  # by name and company
            ],
        )
    )
    assert [(i.contact.full_name, i.contact.title, i.contact.location) for i in plan.items] == [
        ("Ann Lee", "CTO", ""),
        ("Bo Lind", "", "Oslo"),
    ]
    assert plan.notices == [
        "2 people appear more than once in the file; each was combined with their first row."
    ]
    one = plan_import(ParsedFile("csv", [row(2, "Cy Moe"), row(3, "Cy Moe", title="CTO")]))
    assert [i.contact.title for i in one.items] == ["CTO"]
    assert one.notices == [
        "1 person appears more than once in the file; each was combined with their first row."
    ]
    none = plan_import(ParsedFile("csv", [row(2, "Cy Moe"), row(3, "Di Moe")]))
    assert none.notices == [] and none.source_name == ""  # nor a file name, when given none


def test_a_repeat_joins_the_person_it_first_matched_not_one_it_also_names(db):
    """A row carrying two people's emails joins the first it matches; the other email still
    finds its own person, who was in the file first."""
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(2, "Ann Lee", Method("email", "ann@x.example", "")),
                row(3, "Bo Lind", Method("email", "bo@x.example", "")),
                row(
                    4,
                    "Ann Lee",
                    Method("email", "ann@x.example", ""),
                    Method("email", "bo@x.example", ""),
                ),
                row(5, "Robert Lind", Method("email", "bo@x.example", ""), title="CTO"),
                row(6, "Ann L.", Method("email", "ann2@x.example", "")),
                row(
                    7,
                    "Annie",
                    Method("email", "ann2@x.example", ""),
                    Method("email", "ann3@x.example", ""),
                ),
                row(8, "A.", Method("email", "ann3@x.example", ""), title="Ms"),
            ],  # fmt: skip
        )
    )
    # Row 8 found the person of row 6 by the email row 7 brought in.
    assert [(i.contact.line, i.contact.title) for i in plan.items] == [
        (2, ""),
        (3, "CTO"),
        (6, "Ms"),
    ]


def test_namesakes_in_a_file_are_one_person_unless_their_profiles_differ(db):
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(2, "Wei Chen", Method("link", "https://linkedin.com/in/wei-1", "")),
                row(3, "Wei Chen", Method("link", "https://linkedin.com/in/wei-2", "")),
                row(4, "Wei Chen", title="CTO"),  # no profile: joins the first Wei Chen
                row(
                    5,
                    "Ann Lee",
                    Method("email", "ann@x.example", ""),
                    Method("link", "https://linkedin.com/in/ann-1", ""),
                ),
                # The same email is the same person, whatever their profiles say.
                row(
                    6,
                    "Ann Lee",
                    Method("email", "ann@x.example", ""),
                    Method("link", "https://linkedin.com/in/ann-2", ""),
                ),
            ],  # fmt: skip
        )
    )
    assert [(i.contact.line, i.contact.title) for i in plan.items] == [
        (2, "CTO"),
        (3, ""),
        (5, ""),
    ]
    assert [m.value for m in plan.items[2].contact.methods] == [
        "ann@x.example",
        "https://linkedin.com/in/ann-1",
        "https://linkedin.com/in/ann-2",
    ]


# Matching existing contacts ----------------------------------------------------------------
def test_rows_matching_one_contact_by_different_keys_become_one_merge(db):
    bo = contacts.add_contact(
        ContactInput(
            full_name="Bo Lind",
            methods=[Method("email", "bo@work.example", "work"),
                     Method("email", "bo@home.example", "home")],
        )
    ).id  # fmt: skip
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(1, "Bo Lind", Method("email", "bo@work.example", ""), title="Lead"),
                row(2, "Robert Lind", Method("email", "bo@home.example", ""), location="Oslo"),
                row(3, "Cy Moe"),
            ],
        )
    )
    assert [(i.action, i.match_id, i.contact.full_name) for i in plan.items] == [
        ("merge", bo, "Bo Lind"),
        ("new", None, "Cy Moe"),
    ]
    assert plan.items[0].changes == ["title: Lead", "location: Oslo"]
    # What lands: Bo filled from both rows, and Cy added.
    result = apply_import(plan)
    stored = contacts.get_contact(bo)
    assert (stored.full_name, stored.title, stored.location) == ("Bo Lind", "Lead", "Oslo")
    assert [contacts.get_contact(c).full_name for c in result.created_ids] == ["Cy Moe"]


def test_a_match_by_a_web_link_says_so_and_a_match_without_company_is_labelled_by_name(db):
    ann = contacts.add_contact(
        ContactInput(
            full_name="Ann Lee",
            methods=[Method("link", "https://ann.example/blog", "blog")],
        )
    ).id
    plan = plan_import(
        ParsedFile("csv", [row(1, "A. Lee", Method("link", "ann.example/blog/", ""))])
    )
    assert [(i.match_id, i.match_reason, i.match_label) for i in plan.items] == [
        (ann, "same profile link", "Ann Lee")
    ]


def test_a_link_labelled_linkedin_is_her_linkedin_profile(db):
    plan = plan_import(
        ParsedFile(
            "csv", [row(1, "Ann Lee", Method("link", "https://lnkd.in/ann", "My LinkedIn page"))]
        )
    )
    stored = contacts.get_contact(apply_import(plan).created_ids[0])
    assert stored.linkedin_url == "https://lnkd.in/ann"
    bo = contacts.add_contact(ContactInput(full_name="Bo Lind", email="bo@x.example")).id
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(
                    1,
                    "Bo Lind",
                    Method("email", "bo@x.example", ""),
                    Method("link", "https://lnkd.in/bo", "LinkedIn"),
                    Method("link", "https://bo.example", "blog"),
                )
            ],
        )
    )
    assert plan.items[0].changes == [
        "LinkedIn profile: https://lnkd.in/bo",
        "link: https://bo.example",
    ]
    apply_import(plan)
    assert contacts.get_contact(bo).linkedin_url == "https://lnkd.in/bo"


def test_two_contacts_of_one_name_and_company_the_older_is_matched(db):
    first = contacts.add_contact(ContactInput(full_name="Wei Chen", company="Acme")).id
    contacts.add_contact(ContactInput(full_name="Wei Chen", company="Acme"))
    plan = plan_import(ParsedFile("csv", [row(1, "Wei Chen", company="Acme", title="CTO")]))
    assert [(i.action, i.match_id) for i in plan.items] == [("merge", first)]


def test_a_name_that_reads_like_a_profile_address_is_still_only_a_name(db):
    """Some cards carry the profile address where the name should be: that text is the
    name, not a LinkedIn profile, so it does not stand against the contact's profile."""
    saved = contacts.add_contact(
        ContactInput(
            full_name="linkedin.com/in/ann-lee",
            linkedin_url="https://linkedin.com/in/ann-lee-123",
        )
    ).id
    plan = plan_import(ParsedFile("vcard", [row(1, "linkedin.com/in/ann-lee", title="CTO")]))
    assert [(i.action, i.match_id, i.match_reason) for i in plan.items] == [
        ("merge", saved, "same name (no company on either)")
    ]


# Namesakes -----------------------------------------------------------------------------------
def test_the_namesake_offered_is_an_active_contact_before_an_archived_one(db):
    old = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Initech")).id
    active = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Northwind")).id
    contacts.archive_contacts([old])
    plan = plan_import(ParsedFile("csv", [row(1, "Bo Lind"), row(2, "Ann Lee", company="Acme")]))
    assert [(i.contact.full_name, i.namesake and i.namesake.id) for i in plan.items] == [
        ("Bo Lind", None),
        ("Ann Lee", active),
    ]
    contacts.archive_contacts([active])
    plan = plan_import(ParsedFile("csv", [row(2, "Ann Lee", company="Acme")]))
    assert plan.items[0].namesake.id == old  # both archived: the older
    assert plan.items[0].namesake.label == "Ann Lee (Initech) — archived"


def test_a_namesake_with_another_linkedin_profile_is_not_offered(db):
    contacts.add_contact(
        ContactInput(
            full_name="Wei Chen", company="Acme", linkedin_url="https://linkedin.com/in/wei-1"
        )
    )
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(
                    1,
                    "Wei Chen",
                    Method("link", "https://linkedin.com/in/wei-2", ""),
                    company="Globex",
                )
            ],
        )  # fmt: skip
    )
    assert [(i.action, i.namesake) for i in plan.items] == [("new", None)]


def test_two_emails_are_told_apart_by_the_whole_address(db):
    """An email is known by its whole address, case ignored: a "www." in it is part of the
    address, not a web link's decoration."""
    plan = plan_import(
        ParsedFile(
            "csv",
            [
                row(
                    2,
                    "Ann Lee",
                    Method("email", "ann@x.example", "work"),
                    Method("email", "www.ann@x.example", "home"),
                    Method("email", "ANN@X.EXAMPLE", "again"),
                )
            ],
        )
    )
    assert [m.value for m in plan.items[0].contact.methods] == [
        "ann@x.example",
        "www.ann@x.example",
    ]
