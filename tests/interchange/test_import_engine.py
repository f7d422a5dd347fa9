"""The import engine: plan (match, merge, dedupe) and apply (one transaction, fast,
undoable), on real SQLite files. Readers are left out: the files are given as the
ParsedFile a reader would produce."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_desktop import paths
from crm_desktop.errors import GivebackError
from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts, filters
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.interchange.apply import ImportUndo, apply_import
from crm_desktop.services.interchange.plan import link_key, plan_import
from crm_desktop.services.interchange.records import (
    ImportCancelled,
    ImportedContact,
    ParsedFile,
    Problem,
)
from crm_desktop.store.models import database_proxy

TABLES = ("contact", "contact_method", "contact_tag", "tag", "company", "contact_job", "referral")


def dump() -> dict[str, list[tuple]]:
    """Every row that an import may touch, to compare before and after."""
    out = {
        t: database_proxy.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1, 2').fetchall()
        for t in TABLES
    }
    out["contact_search"] = database_proxy.execute_sql(
        "SELECT rowid, name, work, details FROM contact_search ORDER BY rowid"
    ).fetchall()
    return out


def person(line, name, *methods, **fields) -> ImportedContact:
    return ImportedContact(line=line, full_name=name, methods=list(methods), **fields)


def email(value, label="work") -> Method:
    return Method("email", value, label)


def linkedin(value) -> Method:
    return Method("link", value, "LinkedIn")


def parsed(*people, fmt="vcard", problems=()) -> ParsedFile:
    return ParsedFile(fmt, list(people), list(problems))


def search(text: str) -> list[str]:
    return [r.full_name for r in contacts.list_contacts(text, include_archived=True)]


def test_new_contacts_land_with_every_field_and_are_searchable(db):
    contacts.add_contact(ContactInput(full_name="Existing", company="Acme Robotics"))
    file = parsed(
        person(
            2,
            "Zoë Lefèvre",
            email("zoe@helio.example"),
            email("zoe@home.example", "home"),
            Method("phone", "+33 1 23 45 67 89", "mobile"),
            linkedin("https://www.linkedin.com/in/zoe-lefevre"),
            Method("link", "https://zoe.example/blog", "blog"),
            company="Helio Energy",
            title="Head of Data",
            location="Paris, France",
            birthday=dt.date(1990, 2, 3),
            tags=["mentor", "climate"],
            notes="Met at PyCon",
            connected_on=dt.date(2024, 3, 5),
        ),
        person(3, "山田 花子", company="acme robotics", tags=["Mentor"]),
    )
    plan = plan_import(file, "contacts.vcf")
    assert (plan.new_count, plan.match_count, plan.unchanged_count) == (2, 0, 0)
    result = apply_import(plan)
    assert len(result.created_ids) == 2 and result.merged_ids == []
    assert result.summary == "2 contacts added."

    zoe = contacts.get_contact(result.created_ids[0])
    assert (zoe.full_name, zoe.company, zoe.title) == (
        "Zoë Lefèvre",
        "Helio Energy",
        "Head of Data",
    )
    assert zoe.email == "zoe@helio.example" and zoe.phone == "+33 1 23 45 67 89"
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe-lefevre"
    assert [(m.kind, m.value, m.label) for m in zoe.methods] == [
        ("email", "zoe@helio.example", "work"),
        ("email", "zoe@home.example", "home"),
        ("phone", "+33 1 23 45 67 89", "mobile"),
        ("link", "https://www.linkedin.com/in/zoe-lefevre", "LinkedIn"),
        ("link", "https://zoe.example/blog", "blog"),
    ]
    assert zoe.tags == ("climate", "mentor")
    assert (zoe.location, zoe.birthday, zoe.notes) == (
        "Paris, France",
        dt.date(1990, 2, 3),
        "Met at PyCon",
    )
    assert zoe.how_we_met == "Connected on LinkedIn on 2024-03-05"
    # The company and the tag are reused whatever their case.
    hanako = contacts.get_contact(result.created_ids[1])
    assert hanako.company == "Acme Robotics" and hanako.tags == ("mentor",)
    assert contacts.all_companies() == ["Acme Robotics", "Helio Energy"]
    # Findable at once, by name without accents, by email, by tag, by company.
    assert search("zoe lefevre") == ["Zoë Lefèvre"]
    assert search("zoe@home") == ["Zoë Lefèvre"]
    assert search("山田") == ["山田 花子"]
    assert "Zoë Lefèvre" in search("climate")
    rows = {r.full_name: r for r in filters.rows_for(result.created_ids)}
    assert rows["Zoë Lefèvre"].tags == "climate, mentor"


def test_importing_the_same_file_twice_changes_nothing(db):
    file = parsed(
        person(2, "Ann Lee", email("ann@acme.example"), company="Acme", tags=["pycon"]),
        person(3, "Bob Stone", linkedin("https://www.linkedin.com/in/bobstone/"), company="Globex"),
        person(4, "Chen Wei", company="Initech"),
        person(5, "Dana", Method("phone", "+1 555 0100")),
    )
    first = apply_import(plan_import(file))
    assert len(first.created_ids) == 4
    before = dump()
    again = plan_import(file)
    assert (again.new_count, again.match_count, again.unchanged_count) == (0, 0, 4)
    assert {i.match_reason for i in again.items} == {
        "same email",
        "same LinkedIn profile",
        "same name and company",
        "same name (no company on either)",
    }
    result = apply_import(again)
    assert result.created_ids == [] and result.merged_ids == [] and result.unchanged == 4
    assert result.summary == "0 contacts added, 4 already up to date."
    assert dump() == before


@pytest.mark.parametrize(
    "url",
    [
        "http://linkedin.com/in/ada-lovelace",
        "https://www.linkedin.com/in/Ada-Lovelace/",
        "https://uk.linkedin.com/in/ada-lovelace?trk=public_profile",
        "www.linkedin.com/in/ada-lovelace#about",
    ],
)
def test_linkedin_urls_match_however_they_are_written(db, url):
    ada = contacts.add_contact(
        ContactInput(
            full_name="Ada Lovelace", linkedin_url="https://www.linkedin.com/in/ada-lovelace"
        )
    )
    plan = plan_import(parsed(person(2, "A. Lovelace", linkedin(url), title="Analyst")))
    (item,) = plan.items
    assert (item.match_id, item.match_reason, item.action) == (
        ada.id,
        "same LinkedIn profile",
        "merge",
    )
    assert item.changes == ["title: Analyst"]
    assert link_key(url) == "linkedin.com/in/ada-lovelace"


def test_any_email_matches_case_ignored_and_names_fold_accents(db):
    ada = contacts.add_contact(
        ContactInput(
            full_name="Ada Lovelace",
            company="Analytical Engines",
            methods=[email("ada@work.example"), email("Ada@Home.example", "home")],
        )
    )
    zoe = contacts.add_contact(ContactInput(full_name="Zoë Lefèvre", company="Hélio"))
    plan = plan_import(
        parsed(
            person(2, "Ada L.", email("ADA@home.EXAMPLE")),
            person(3, "zoe lefevre", company="HELIO"),
            person(4, "Zoë Lefèvre", company="Another Company"),
        )
    )
    ada_item, zoe_item, other = plan.items
    assert (ada_item.match_id, ada_item.match_reason) == (ada.id, "same email")
    assert ada_item.match_label == "Ada Lovelace (Analytical Engines)"
    assert ada_item.unchanged and plan.unchanged_count == 2
    assert (zoe_item.match_id, zoe_item.match_reason) == (zoe.id, "same name and company")
    assert other.action == "new" and other.match_id is None


def test_merge_fills_empty_fields_adds_what_is_missing_never_overwrites(db):
    ada = contacts.add_contact(
        ContactInput(
            full_name="Ada Lovelace",
            title="Countess",
            email="ada@work.example",
            tags=["math"],
            notes="Typed by the user",
        )
    )
    plan = plan_import(
        parsed(
            person(
                7,
                "Ada Byron",
                email("ada@work.example"),
                email("ada@home.example", "home"),
                Method("phone", "+44 20 7946 0000", "mobile"),
                linkedin("https://linkedin.com/in/ada"),
                company="Analytical Engines",
                title="Programmer",
                notes="From the file",
                tags=["Math", "poetry"],
                location="London",
            )
        )
    )
    (item,) = plan.items
    assert item.changes == [
        "company: Analytical Engines",
        "location: London",
        "email: ada@home.example",
        "phone: +44 20 7946 0000",
        "LinkedIn profile: https://linkedin.com/in/ada",
        "tag: poetry",
    ]
    assert (plan.new_count, plan.match_count) == (0, 1)
    result = apply_import(plan)
    assert result.merged_ids == [ada.id] and result.created_ids == []
    after = contacts.get_contact(ada.id)
    assert (after.full_name, after.title, after.notes) == (
        "Ada Lovelace",
        "Countess",
        "Typed by the user",
    )
    assert (after.company, after.location) == ("Analytical Engines", "London")
    assert after.email == "ada@work.example" and after.phone == "+44 20 7946 0000"
    assert after.linkedin_url == "https://linkedin.com/in/ada"
    assert [m.value for m in after.methods] == [
        "ada@work.example",
        "ada@home.example",
        "+44 20 7946 0000",
        "https://linkedin.com/in/ada",
    ]
    assert after.tags == ("math", "poetry")
    assert search("poetry") == ["Ada Lovelace"] and search("analytical") == ["Ada Lovelace"]


def test_people_repeated_in_a_file_become_one(db):
    plan = plan_import(
        parsed(
            person(2, "Ann Lee", email("ann@acme.example"), company="Acme"),
            person(3, "Bob Stone"),
            person(
                4,
                "Ann Lee",
                email("ANN@acme.example"),
                Method("phone", "555 0100"),
                title="CTO",
                tags=["mentor"],
            ),
        )
    )
    assert plan.new_count == 2
    ann = plan.items[0].contact
    assert (ann.line, ann.title, ann.tags) == (2, "CTO", ["mentor"])
    assert [m.value for m in ann.methods] == ["ann@acme.example", "555 0100"]
    assert any("appears more than once" in n for n in plan.notices)


def test_namesakes_with_different_linkedin_profiles_stay_apart(db):
    existing = contacts.add_contact(
        ContactInput(
            full_name="Wei Chen", company="Acme", linkedin_url="https://linkedin.com/in/wei-1"
        )
    )
    plan = plan_import(
        parsed(
            person(2, "Wei Chen", linkedin("https://linkedin.com/in/wei-2"), company="Acme"),
            person(3, "Wei Chen", linkedin("https://linkedin.com/in/wei-3"), company="Acme"),
        )
    )
    assert [(i.action, i.match_id) for i in plan.items] == [("new", None), ("new", None)]
    # Without a profile to tell them apart, the same name at the same company matches.
    plan = plan_import(parsed(person(4, "Wei Chen", company="Acme", title="CTO")))
    assert [(i.action, i.match_id) for i in plan.items] == [("merge", existing.id)]


def test_problems_and_bad_values_are_reported_with_lines(db):
    plan = plan_import(
        parsed(
            person(2, "   ", email("who@example.org")),
            person(3, "Ann\x00 Lee\x07", email("not an email"), notes="ok\x1b[31m"),
            problems=[Problem(9, "the row has 3 fields, the header 7")],
        )
    )
    assert [str(p) for p in plan.problems] == [
        "Line 2: it has no name",
        "Line 9: the row has 3 fields, the header 7",
    ]
    assert "Line 3: “not an email” does not look like an email address; left out." in plan.notices
    (item,) = plan.items
    assert (item.contact.full_name, item.contact.notes, item.contact.methods) == (
        "Ann Lee",
        "ok[31m",
        [],
    )


def test_skip_matches_adds_only_new_people(db):
    ada = contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    plan = plan_import(
        parsed(person(2, "Ada", email("ada@x.example"), title="CTO"), person(3, "Bob"))
    )
    plan.skip_matches()
    assert (plan.new_count, plan.match_count, plan.skip_count) == (1, 0, 1)
    result = apply_import(plan)
    assert len(result.created_ids) == 1 and result.skipped == 1
    assert contacts.get_contact(ada.id).title == ""


def test_a_backup_is_taken_before_an_import_changes_anything(db):
    contacts.add_contact(ContactInput(full_name="Ada"))
    result = apply_import(plan_import(parsed(person(2, "Bob"))))
    assert result.backup is not None and result.backup.exists()
    assert backups.read_info(result.backup).contact_count == 1
    # Nothing to do: no backup either.
    assert apply_import(plan_import(parsed(person(2, "Bob")))).backup is None


def _count(table: str) -> int:
    return database_proxy.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


@pytest.mark.parametrize("written_table", ["contact", "contact_search"])
def test_cancel_after_rows_are_written_changes_nothing(db, written_table):
    """Cancelling once the import's rows are in the database (the contacts, or also their
    search index) rolls every one of them back: the database is exactly as it was."""
    ada = contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    new_people = [
        person(i, f"Person {i}", email(f"p{i}@x.example"), company=f"Company {i}",
               tags=[f"tag{i}"])
        for i in range(3, 1500)
    ]  # fmt: skip
    plan = plan_import(parsed(person(2, "Ada", email("ada@x.example"), title="CTO"), *new_people))
    assert (plan.new_count, plan.match_count) == (1497, 1)
    before = dump()
    assert {t: len(before[t]) for t in ("contact", "contact_search", "tag")} == {
        "contact": 1, "contact_search": 1, "tag": 0}  # fmt: skip
    seen = []
    inside: dict[str, object] = {}

    def cancel_once_written() -> bool:
        # apply_import runs in this thread, so this is its connection, inside its
        # transaction: the rows it wrote and has not committed are visible here.
        if _count(written_table) == 1:
            return False
        inside.update({t: _count(t) for t in ("contact", "contact_method", "tag", "company",
                                               "contact_search")})  # fmt: skip
        inside["ada's title"] = contacts.get_contact(ada.id).title
        return True

    with pytest.raises(ImportCancelled, match="nothing was changed"):
        apply_import(
            plan,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancel_once_written,
        )
    # Every row of the import had been written when it was cancelled ...
    assert inside == {
        "contact": 1 + 1497,
        "contact_method": 1 + 1497,
        "tag": 1497,
        "company": 1497,
        "ada's title": "CTO",
        # The first check after the contacts are written comes before they are indexed.
        "contact_search": 1 + 1497 if written_table == "contact_search" else 1,
    }
    # ... and none of them is left.
    assert dump() == before
    assert seen and all(total == len(plan.items) + 2 for _done, total in seen)


def test_cancel_at_the_very_end_still_changes_nothing(db):
    plan = plan_import(parsed(person(2, "Bob")))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after the writing, before the commit

    before = dump()
    with pytest.raises(ImportCancelled):
        apply_import(plan, cancelled=cancelled)
    assert dump() == before


def test_a_failure_rolls_back_with_a_clear_message(db):
    contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    database_proxy.execute_sql(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON contact_method WHEN NEW.value = 'z@x.example' "
        "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    plan = plan_import(
        parsed(
            person(2, "Ada", email("ada@x.example"), title="CTO"),
            person(3, "Bob", email("b@x.example")),
            person(4, "Zed", email("z@x.example")),
        )
    )
    before = dump()
    with pytest.raises(
        GivebackError, match=r"could not import \(disk I/O error\)\. Nothing was changed"
    ):
        apply_import(plan)
    assert dump() == before


def test_apply_runs_in_a_worker_thread_and_closes_its_connection(db):
    contacts.add_contact(ContactInput(full_name="Ada", email="ada@x.example"))
    plan = plan_import(
        parsed(
            person(2, "Ada", email("ada@x.example"), title="CTO"),
            *[person(i, f"P{i}") for i in range(3, 502)],
        )
    )
    outcome = {}

    def work():
        try:
            planned = plan_import(parsed(*[i.contact for i in plan.items]))
            outcome["closed_after_plan"] = database_proxy.obj.is_closed()
            assert planned.new_count == plan.new_count
            outcome["result"] = apply_import(plan, progress=lambda d, t: None)
        except Exception as err:  # pragma: no cover - reported below
            outcome["error"] = err
        outcome["closed"] = database_proxy.obj.is_closed()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(30)
    assert "error" not in outcome
    assert outcome["closed_after_plan"] and outcome["closed"], "the worker left a connection open"
    assert len(outcome["result"].created_ids) == 499
    # The main thread's connection sees the committed rows.
    assert contacts.count_contacts() == 500
    assert search("ada") == ["Ada"] and contacts.find_contact("Ada").title == "CTO"


def test_undo_of_a_whole_import_puts_everything_back(sample_db):
    before_rows = dump()
    companies_before = contacts.all_companies()
    existing = contacts.list_contacts()[0]
    record = contacts.get_contact(existing.id)
    plan = plan_import(
        parsed(
            person(
                2,
                record.full_name,
                email(record.email or "x@y.example"),
                Method("phone", "+1 555 0199"),
                tags=["imported-tag"],
            ),
            person(3, "Brand New", company="Brand New Company", tags=["imported-tag", "another"]),
        )
    )
    assert plan.matched_ids() == [existing.id]

    before = contacts.snapshot(plan.matched_ids())
    result = apply_import(plan)
    undo = ImportUndo.record(before, result)
    after_rows = dump()
    assert after_rows != before_rows

    undo.undo()
    assert dump() == before_rows
    assert contacts.all_companies() == companies_before
    assert "imported-tag" not in contacts.all_tags()
    undo.redo()
    assert dump() == after_rows
    undo.undo()
    assert dump() == before_rows


def test_undo_keeps_a_company_that_someone_else_now_uses(db):
    result = apply_import(plan_import(parsed(person(2, "Bob", company="Shared Co"))))
    undo = ImportUndo.record(contacts.snapshot([]), result)
    contacts.add_contact(ContactInput(full_name="Carol", company="Shared Co"))
    undo.undo()
    assert search("bob") == [] and contacts.all_companies() == ["Shared Co"]


# Hostile input: any text, any size, through plan and apply -----------------------------------
hostile = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "<b>bold</b>",
            '=HYPERLINK("http://x")',
            "\u202eevil\u202c",
            "😀👩‍👩‍👧",
            "\x00\x1b[2J",
            "Robert'); DROP TABLE contact;--",
            "a" * 20000,
            " \t\n ",
            "\ud800",
            "ﷺ" * 50,
        ]
    ),
)
methods = st.lists(
    st.builds(Method, st.sampled_from(["email", "phone", "link", "fax"]), hostile, hostile),
    max_size=4,
)
people = st.lists(
    st.builds(
        ImportedContact,
        line=st.integers(1, 10**6),
        full_name=hostile,
        company=hostile,
        title=hostile,
        methods=methods,
        location=hostile,
        tags=st.lists(hostile, max_size=3),
        notes=hostile,
        how_we_met=hostile,
        birthday=st.one_of(st.none(), st.dates()),
        connected_on=st.one_of(st.none(), st.dates()),
    ),
    max_size=12,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batch=people, cancel=st.booleans())
@example(batch=[person(2, "Ada Lovelace"), person(3, "<b>Bo</b> Chen")], cancel=True)
def test_hostile_contacts_apply_fully_or_not_at_all(db, batch, cancel):
    before = dump()
    plan = plan_import(parsed(*batch))
    start = _count("contact")

    def cancelled_once_written() -> bool:
        # Cancel only once new contacts are in the database (uncommitted, on the import's
        # own connection): the rollback is what is being checked, not a cancel before work.
        return cancel and _count("contact") > start

    try:
        result = apply_import(plan, cancelled=cancelled_once_written)
    except ImportCancelled:
        assert cancel and plan.new_count > 0
        assert dump() == before
        return
    assert not cancel or plan.new_count == 0
    assert len(result.created_ids) == plan.new_count
    for contact_id in result.created_ids:
        stored = contacts.get_contact(contact_id)
        assert stored.full_name and "\x00" not in stored.full_name
    # Importing the same people again adds nobody.
    assert plan_import(parsed(*batch)).new_count == 0
    database_proxy.execute_sql("DELETE FROM contact")
    database_proxy.execute_sql("DELETE FROM contact_search")


def test_data_dir_is_the_tests_own(db):
    assert str(paths.database_path()).startswith(str(paths.data_dir()))


def test_a_row_whose_name_is_only_invisible_characters_is_a_problem(db):
    plan = plan_import(parsed(person(3, "\ufeff\u200b"), person(4, "Ada Lovelace")))
    assert [str(p) for p in plan.problems] == ["Line 3: it has no name"]
    assert [item.contact.full_name for item in plan.items] == ["Ada Lovelace"]
