"""``giveback edit-contact`` and ``giveback contacts --archived``, which a scripted sync
needs: real processes on their own data folders."""

from __future__ import annotations

import json


def _contact(run, name: str) -> dict:
    (found,) = [c for c in json.loads(run("contacts", "--json").stdout) if c["full_name"] == name]
    return found


def test_edit_contact_changes_only_the_fields_given(run):
    run(
        "add-contact",
        "Ann Lee",
        "--company",
        "Acme",
        "--title",
        "CTO",
        "--email",
        "ann@acme.example",
        "--phone",
        "+1 555 0100",
        "--tag",
        "mentor",
        "--tag",
        "Berlin",
        "--notes",
        "Met at PyCon",
    )
    out = run(
        "edit-contact",
        "ann lee",
        "--company",
        "Globex",
        "--email",
        "ann@globex.example",
        "--location",
        "Lisbon",
        "--tag",
        "investor",
        "--remove-tag",
        "berlin",
        "--json",
    ).stdout
    ann = json.loads(out)
    assert ann["full_name"] == "Ann Lee"
    assert (ann["company"], ann["title"]) == ("Globex", "CTO")
    assert ann["email"] == "ann@globex.example"
    assert ann["phone"] == "+1 555 0100"
    assert ann["location"] == "Lisbon"
    assert ann["tags"] == ["investor", "mentor"]
    assert ann["notes"] == "Met at PyCon"
    # The old job is remembered, as when the form changes a company.
    assert [(j["company"], j["title"]) for j in ann["past_jobs"]] == [("Acme", "CTO")]

    said = run("edit-contact", "Ann Lee", "--name", "Ann Lee-Park", "--title", "CEO").stdout
    assert said.strip() == "Updated #1 Ann Lee-Park (Globex)"
    row = _contact(run, "Ann Lee-Park")
    assert (row["title"], row["email"]) == ("CEO", "ann@globex.example")


def test_an_empty_email_or_phone_removes_it(run):
    run("add-contact", "Bo Chen", "--email", "bo@x.example", "--phone", "123")
    bo = json.loads(run("edit-contact", "Bo Chen", "--email", "", "--json").stdout)
    assert (bo["email"], bo["phone"]) == ("", "123")
    bo = json.loads(run("edit-contact", "#1", "--phone", "", "--json").stdout)
    assert (bo["email"], bo["phone"]) == ("", "")


def test_unknown_or_ambiguous_name_changes_nothing_and_exits_non_zero(run):
    run("add-contact", "Ann Lee", "--company", "Acme")
    run("add-contact", "Ann Lee", "--company", "Globex")
    before = run("contacts", "--json").stdout

    ambiguous = run("edit-contact", "Ann Lee", "--title", "CEO", check=False)
    assert ambiguous.returncode != 0
    assert "Several contacts are called “Ann Lee”" in ambiguous.stderr
    assert "#1 Ann Lee, Acme" in ambiguous.stderr and "#2 Ann Lee, Globex" in ambiguous.stderr

    missing = run("edit-contact", "Nobody", "--tag", "x", check=False)
    assert missing.returncode != 0
    assert "No contact called “Nobody”" in missing.stderr
    assert run("contacts", "--json").stdout == before

    run("edit-contact", "#2", "--title", "CEO")
    assert [r["title"] for r in json.loads(run("contacts", "--json").stdout)] == ["", "CEO"]


def test_a_bad_value_changes_nothing_not_even_the_tags(run):
    run("add-contact", "Ann Lee", "--email", "ann@x.example", "--tag", "mentor")
    before = run("contacts", "--json").stdout
    bad = run("edit-contact", "Ann Lee", "--email", "not an address", "--tag", "new", check=False)
    assert bad.returncode != 0
    assert "does not look like an email address" in bad.stderr
    blank = run("edit-contact", "Ann Lee", "--name", "  ", "--remove-tag", "mentor", check=False)
    assert blank.returncode != 0 and "needs a name" in blank.stderr
    assert run("contacts", "--json").stdout == before


def test_edit_contact_with_nothing_to_change_says_what_it_takes(run):
    run("add-contact", "Ann Lee")
    nothing = run("edit-contact", "Ann Lee", check=False)
    assert nothing.returncode != 0
    assert "Nothing to change" in nothing.stderr and "--remove-tag" in nothing.stderr


def _archive(folder, names: set[str]) -> None:
    """Archive *names* in the data folder *folder* through the service, as the window's
    Archive does (and as a sync does with a contact deleted on the server)."""
    from crm_desktop import paths, store
    from crm_desktop.services.contacts import contacts

    paths.set_data_dir(folder)
    store.connect(paths.database_path())
    try:
        ids = [r.id for r in contacts.list_contacts() if r.full_name in names]
        contacts.archive_contacts(ids)
    finally:
        store.close()


def test_contacts_archived_lists_only_the_archived(run):
    for name in ("Ann Lee", "Bo Chen", "Cy Diaz"):
        run("add-contact", name, "--company", "Acme")
    assert run("contacts", "--archived").stdout == ""
    assert run("contacts", "--archived").stderr.strip() == "No archived contacts."
    assert json.loads(run("contacts", "--archived", "--json").stdout) == []

    _archive(run.data, {"Ann Lee", "Cy Diaz"})
    archived = json.loads(run("contacts", "--archived", "--json").stdout)
    assert [(r["full_name"], r["archived"]) for r in archived] == [
        ("Ann Lee", True),
        ("Cy Diaz", True),
    ]
    assert run("contacts", "--archived").stdout.splitlines() == [
        "#1\tAnn Lee\tAcme\t",
        "#3\tCy Diaz\tAcme\t",
    ]
    assert [r["full_name"] for r in json.loads(run("contacts", "--json").stdout)] == ["Bo Chen"]
    found = run("contacts", "--archived", "--search", "cy").stdout
    assert "Cy Diaz" in found and "Ann Lee" not in found
    none = run("contacts", "--archived", "--search", "bo")
    assert none.stdout == "" and none.stderr.strip() == "No archived contacts match “bo”."
