"""The giveback command, run as a user runs it: a real process, a real data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from pypdf import PdfReader


def test_version():
    out = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith("Giveback ")


def test_add_refer_chain_meeting_prep(run, tmp_path):
    run("add-contact", "Ann Lee", "--company", "Acme", "--tag", "mentor")
    run("add-contact", "Bob <b>Stone</b>", "--company", "<b>Bob</b> & Co", "--email", "b@x.org")
    run("add-contact", "Zoë Lefèvre")
    out = run("refer", "Ann Lee", "Bob <b>Stone</b>").stdout
    assert "Ann Lee introduced you to Bob <b>Stone</b>." in out
    run("refer", "bob <b>stone</b>", "zoe")
    assert run("chain", "Zoe").stdout.strip() == "Me → Ann Lee → Bob <b>Stone</b> → Zoë Lefèvre"
    chain = json.loads(run("chain", "Zoë Lefèvre", "--json").stdout)
    assert chain["thank"] == ["Bob <b>Stone</b>", "Ann Lee"]

    out = run(
        "meeting",
        "Zoë Lefèvre",
        "--at",
        "2030-01-02 10:30",
        "--kind",
        "video",
        "--agenda",
        "Ask about Helio",
        "--notes",
        "n/a",
    ).stdout
    assert "Video call with Zoë Lefèvre, Wed 02 Jan 2030, 10:30" in out
    listed = json.loads(run("meetings", "--json").stdout)
    assert [m["agenda"] for m in listed] == ["Ask about Helio"]

    pdf = tmp_path / "zoe.pdf"
    run("prep", "zoe", "--pdf", str(pdf))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "Zoë Lefèvre" in text
    assert "Me → Ann Lee → Bob <b>Stone</b> → Zoë Lefèvre" in text
    assert "Ask about Helio" in text


def test_contacts_search_and_json(run):
    run("add-contact", "Priya Raman", "--company", "Northwind")
    run("add-contact", "Tom Becker", "--company", "Northwind", "--notes", "dbt expert")
    rows = json.loads(run("contacts", "--json").stdout)
    assert [r["full_name"] for r in rows] == ["Priya Raman", "Tom Becker"]
    out = run("contacts", "--search", "dbt").stdout
    assert "Tom Becker" in out and "Priya" not in out


def test_unknown_and_ambiguous_names_exit_2_with_candidates(run):
    run("add-contact", "Ann Lee", "--company", "Acme")
    run("add-contact", "Ann Lee", "--company", "Globex")
    missing = run("chain", "Nobody", check=False)
    assert missing.returncode == 2
    assert "No contact called “Nobody”" in missing.stderr
    ambiguous = run("refer", "Ann Lee", "Nobody", check=False)
    assert ambiguous.returncode == 2
    assert "Several contacts are called “Ann Lee”" in ambiguous.stderr
    assert "#1 Ann Lee, Acme" in ambiguous.stderr and "#2 Ann Lee, Globex" in ambiguous.stderr


def test_cycle_refused_and_bad_date_rejected(run):
    run("add-contact", "Ann")
    run("add-contact", "Bob")
    run("refer", "Ann", "Bob")
    cycle = run("refer", "Bob", "Ann", check=False)
    assert cycle.returncode == 2 and "loop" in cycle.stderr
    assert run("chain", "Bob").stdout.strip() == "Me → Ann → Bob"
    bad = run("meeting", "Ann", "--at", "next tuesday", check=False)
    assert bad.returncode == 2 and "YYYY-MM-DD HH:MM" in bad.stderr
    assert json.loads(run("meetings", "--when", "all", "--json").stdout) == []


def test_database_from_a_newer_giveback_is_refused_in_plain_words(run):
    run("add-contact", "Ann")
    db_file = run.data / "giveback.sqlite3"
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA user_version = 99")
    con.close()
    refused = run("contacts", check=False)
    assert refused.returncode == 2
    assert refused.stderr.startswith("giveback: This database was written by a newer version")
    assert "Traceback" not in refused.stderr


def test_data_dir_from_environment(tmp_path):
    folder = tmp_path / "env-data"
    env = dict(os.environ, GIVEBACK_DATA_DIR=str(folder), QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "crm_desktop", "add-contact", "Ann"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (folder / "giveback.sqlite3").exists()
