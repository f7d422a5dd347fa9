"""`giveback import` and `giveback export`, run as a user runs them: real processes,
real data folders, real files."""

from __future__ import annotations

import csv
import json

import icalendar

from crm_desktop.instance_lock import folder_lock

LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Zoë,Lefèvre,https://www.linkedin.com/in/zoe-lefevre,zoe@helio.example,Helio Energy,"
    '"Head of Data, EMEA",05 Mar 2024\n'
    "花子,山田,https://www.linkedin.com/in/hanako,,Acme Robotics,CTO,17 Jan 2023\n"
    "Ann,Lee,https://www.linkedin.com/in/ann-lee,,,,02 Feb 2022\n"
)


def _names(run) -> list[str]:
    return [r["full_name"] for r in json.loads(run("contacts", "--json").stdout)]


def test_linkedin_preview_then_import_then_again(run, tmp_path):
    run("add-contact", "Ann Lee", "--email", "ann@lee.example", "--linkedin",
        "http://linkedin.com/in/Ann-Lee/")  # fmt: skip
    source = tmp_path / "Connections.csv"
    source.write_text(LINKEDIN, encoding="utf-8")

    preview = run("import", str(source), "--dry-run").stdout
    assert "Connections.csv (LinkedIn Connections.csv): 3 people" in preview
    assert "  2 new" in preview and "  1 to merge into existing contacts" in preview
    assert "Ann Lee → Ann Lee (same LinkedIn profile): adds how we met" in preview
    assert "Dry run: nothing was imported." in preview
    assert _names(run) == ["Ann Lee"]

    out = run("import", str(source)).stdout
    assert "Imported: 2 contacts added, 1 contact updated." in out
    assert sorted(_names(run)) == ["Ann Lee", "Zoë Lefèvre", "花子 山田"]
    found = json.loads(run("contacts", "--search", "helio", "--json").stdout)
    assert [r["title"] for r in found] == ["Head of Data, EMEA"]

    again = run("import", str(source), "--format", "linkedin").stdout
    assert "  0 new" in again and "  3 already up to date" in again
    assert "Imported: 0 contacts added, 3 already up to date." in again
    assert len(_names(run)) == 3


def test_skip_matches_and_unreadable_rows_with_line_numbers(run, tmp_path):
    run("add-contact", "Ann Lee", "--linkedin", "https://www.linkedin.com/in/ann-lee")
    source = tmp_path / "Connections.csv"
    source.write_text(LINKEDIN + ',,,,,,"not a row"\n', encoding="utf-8")
    out = run("import", str(source), "--skip-matches").stdout
    assert "1 matches left alone (--skip-matches)" in out
    assert "Not imported (1 row):\n  Line 8: no name or email address" in out
    assert "Imported: 2 contacts added, 1 skipped." in out
    ann = json.loads(run("contacts", "--search", "ann", "--json").stdout)
    assert len(ann) == 1


def test_json_export_restores_into_an_empty_folder_only(run, tmp_path):
    run("load-sample")
    backup = tmp_path / "everything.json"
    out = run("export", str(backup)).stdout
    assert out.startswith("Wrote 30 contacts to") or "contacts to" in out
    before = json.loads(backup.read_text(encoding="utf-8"))

    refused = run("import", str(backup), check=False)
    assert refused.returncode == 2
    assert "only be restored into an empty database" in refused.stderr

    other = run.data.parent / "other-data"
    args = ("--data-dir", str(other))
    dry = run(*args, "import", str(backup), "--dry-run").stdout
    assert "is a Giveback full export" in dry and "Dry run: nothing was restored." in dry
    assert run(*args, "contacts", "--json").stdout.strip() == "[]"

    lock = folder_lock(other)  # as if Giveback were open on that folder
    assert lock.tryLock(0)
    while_open = run(*args, "import", str(backup), check=False)
    lock.unlock()
    assert while_open.returncode == 2
    assert "Giveback is open on this data folder" in while_open.stderr
    assert run(*args, "contacts", "--json").stdout.strip() == "[]"

    restored = run(*args, "import", str(backup)).stdout
    assert f"Restored {len(before['tables']['contact']['rows'])} contacts" in restored
    again = tmp_path / "again.json"
    run(*args, "export", str(again), "--format", "json")
    assert json.loads(again.read_text(encoding="utf-8"))["tables"] == before["tables"]


def test_export_formats_and_selected_contacts(run, tmp_path):
    run("add-contact", "Ann Lee", "--company", "=Acme", "--email", "ann@acme.example")
    run("add-contact", "Bob Stone", "--phone", "+1 555 0100")
    run("meeting", "Ann Lee", "--at", "2030-01-02 10:30", "--also", "Bob Stone")

    sheet = tmp_path / "ann.csv"
    assert "Wrote 1 contact to" in run("export", str(sheet), "--contact", "ann lee").stdout
    with open(sheet, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Name"], r["Company"]) for r in rows] == [("Ann Lee", "'=Acme")]

    calendar = tmp_path / "meetings.ics"
    assert "Wrote 1 meeting to" in run("export", str(calendar)).stdout
    (event,) = icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Coffee with Ann Lee, Bob Stone"

    cards = tmp_path / "all.vcf"
    assert "Wrote 2 contacts to" in run("export", str(cards), "--format", "vcard3").stdout
    assert cards.read_text(encoding="utf-8").count("BEGIN:VCARD") == 2


def test_errors_exit_2_with_a_clear_message(run, tmp_path):
    missing = run("import", str(tmp_path / "nope.vcf"), check=False)
    assert missing.returncode == 2 and missing.stderr.startswith("giveback: ")
    unknown = run("export", str(tmp_path / "out.txt"), check=False)
    assert unknown.returncode == 2 and "--format" in unknown.stderr
    nobody = run("export", str(tmp_path / "x.csv"), "--contact", "Nobody", check=False)
    assert nobody.returncode == 2 and "No contact called “Nobody”" in nobody.stderr
    garbage = tmp_path / "backup.json"
    garbage.write_text("{not json", encoding="utf-8")
    bad = run("import", str(garbage), "--format", "json", check=False)
    assert bad.returncode == 2 and "is not valid JSON" in bad.stderr
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "x.csv").exists()


def test_import_waits_for_giveback_to_be_closed_but_a_dry_run_does_not(run, tmp_path):
    source = tmp_path / "Connections.csv"
    source.write_text(LINKEDIN, encoding="utf-8")
    run("contacts")  # the data folder exists
    lock = folder_lock(run.data)  # as if Giveback were open on that folder
    assert lock.tryLock(0)
    try:
        assert "Dry run: nothing was imported." in run("import", str(source), "--dry-run").stdout
        refused = run("import", str(source), check=False)
    finally:
        lock.unlock()
    assert refused.returncode == 2
    assert "Giveback is open on this data folder; import from File ▸ Import…" in refused.stderr
    assert run("contacts", "--json").stdout.strip() == "[]"
    assert "Imported:" in run("import", str(source)).stdout
