"""CSV export, cell by cell, against the rules written here: what an empty contact
writes, how past jobs and unlabelled methods read, which cells get the apostrophe that
keeps a spreadsheet from running them, and that control characters are left out."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Job, Method
from crm_desktop.services.interchange.export import export_file

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
RUNS_AS_FORMULA = ["=", "+", "-", "@", "\t", "\r"]


def _rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_a_contact_with_only_a_name_writes_empty_cells(db, tmp_path):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    target = tmp_path / "ann.csv"
    assert export_file(target, "csv") == 1
    (row,) = _rows(target)
    assert row["Name"] == "Ann Lee"
    assert {k: v for k, v in row.items() if k != "Name"} == dict.fromkeys(
        [
            "Company",
            "Title",
            "Email",
            "Phone",
            "LinkedIn",
            "Tags",
            "How we met",
            "Notes",
            "All emails",
            "All phones",
            "All links",
            "Location",
            "Birthday",
            "Stage",
            "Warmth",
            "Follow up on",
            "Keep in touch every (days)",
            "Last contact",
            "Their story",
            "Expertise",
            "Past jobs",
            "Archived",
        ],  # fmt: skip
        "",
    )


def test_past_jobs_and_unlabelled_methods_read_as_typed(db, tmp_path):
    contacts.add_contact(
        ContactInput(
            full_name="Bo Lind",
            methods=[
                Method("email", "bo@lind.example", ""),
                Method("email", "bo@work.example", "work"),
                Method("phone", "555 0100", ""),
            ],
            past_jobs=[
                Job("Globex", "Analyst", dt.date(2020, 1, 1)),
                Job("Initech", "", None),
            ],
        )
    )
    target = tmp_path / "bo.csv"
    export_file(target, "csv")
    (row,) = _rows(target)
    assert row["All emails"] == "bo@lind.example; bo@work.example (work)"
    assert row["All phones"] == "555 0100"
    assert row["Past jobs"] == "Analyst at Globex (until 2020-01-01); Initech"


# Plain test ids: a backslash in an id ("'\\t'") cannot be selected by node id.
@pytest.mark.parametrize(
    "start", RUNS_AS_FORMULA, ids=["equals", "plus", "minus", "at", "tab", "cr"]
)
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe(db, tmp_path, start):
    contacts.add_contact(ContactInput(full_name="Cy Ross", notes=f"{start}SUM(A1)"))
    target = tmp_path / "cy.csv"
    export_file(target, "csv")
    (row,) = _rows(target)
    assert row["Notes"] == f"'{start}SUM(A1)"


def test_control_characters_are_left_out_and_plain_text_is_untouched(db, tmp_path):
    contacts.add_contact(
        ContactInput(full_name="Di Ng", notes="one\x00two\x1bthree", expertise="a=b, c-d @e")
    )
    target = tmp_path / "di.csv"
    export_file(target, "csv")
    (row,) = _rows(target)
    assert row["Notes"] == "onetwothree"
    assert row["Expertise"] == "a=b, c-d @e"


def test_a_stage_or_warmth_this_version_does_not_know_is_written_as_stored(db, tmp_path):
    """A file from another version may hold a stage or warmth this one has no label for:
    the export keeps the stored word rather than dropping it."""
    from crm_desktop.store.models import Contact

    eve = contacts.add_contact(ContactInput(full_name="Eve Hart", stage="met", warmth="warm"))
    Contact.update(stage="mentoring", warmth="lukewarm").where(Contact.id == eve.id).execute()
    target = tmp_path / "eve.csv"
    export_file(target, "csv")
    (row,) = _rows(target)
    assert (row["Stage"], row["Warmth"]) == ("mentoring", "lukewarm")
