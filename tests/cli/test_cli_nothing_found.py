"""Commands that find nothing say so, and an import that imports nothing fails: real
processes on their own data folders."""

from __future__ import annotations

import json

import pytest

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
BAD_ROW = ',,,,,,"not a row"\n'


@pytest.mark.parametrize(
    ("command", "said"),
    [
        (["meetings"], "No upcoming meetings."),
        (["meetings", "--when", "past"], "No past meetings."),
        (["meetings", "--when", "all"], "No meetings."),
        (["contacts"], "No contacts yet."),
        (["contacts", "--search", "zebra"], "No contacts match “zebra”."),
        (["followups", "--due", "overdue"], "No follow-ups overdue."),
        (["insights"], "No insights yet."),
    ],
)
def test_an_empty_listing_says_so_and_its_json_is_an_empty_list(run, command, said):
    shown = run(*command)
    assert (shown.stdout, shown.stderr.strip()) == ("", said)
    as_json = run(*command, "--json")
    assert json.loads(as_json.stdout) == [] and as_json.stderr == ""


def test_an_import_whose_every_row_fails_says_so_and_exits_1(run, tmp_path):
    source = tmp_path / "Connections.csv"
    source.write_text(HEADER + BAD_ROW + BAD_ROW, encoding="utf-8")
    for extra in ([], ["--dry-run"]):
        failed = run("import", str(source), *extra, check=False)
        assert failed.returncode == 1, failed.stdout
        assert "Not imported (2 rows):\n  Line 2: no name or email address" in failed.stdout
        assert failed.stderr.strip() == (
            "giveback: nothing imported from Connections.csv: none of its 2 rows could be read."
        )
    assert json.loads(run("contacts", "--json").stdout) == []


def test_an_import_with_some_good_rows_imports_them_and_lists_the_others(run, tmp_path):
    source = tmp_path / "Connections.csv"
    good = "Ann,Lee,https://www.linkedin.com/in/ann-lee,,,,02 Feb 2022\n"
    source.write_text(HEADER + BAD_ROW + good, encoding="utf-8")
    out = run("import", str(source)).stdout
    assert "Not imported (1 row):\n  Line 2: no name or email address" in out
    assert "Imported: 1 contact added." in out


def test_no_backups_yet_says_where_they_will_be(run):
    shown = run("backups")
    assert shown.stdout == ""
    assert shown.stderr.strip() == f"No backups yet in {run.data / 'backups'}."
