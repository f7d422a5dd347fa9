"""The child process of the crash harness (tests/store/test_crash.py).

Runs Giveback's own services on the data folder DATA: alternately a real import
(a LinkedIn Connections.csv or a vCard file of IMPORT_SIZE people, all at
company "Import <k>", through read_file → plan_import → apply_import, which
backs up first and writes in one transaction) and a burst of single edits (a new
contact, a changed note, a meeting). After each commit returns it prints one
line and flushes, so the parent knows exactly what was committed before it
sends SIGKILL:

    START <k>                   import k read and planned, about to be written
    IMPORT <k>                  import k committed (all IMPORT_SIZE contacts)
    BACKUP <file name>          the backup that import took first (none into an empty database)
    ADD <id> <name>             a contact added
    NOTE <id> <n>               that contact's notes set to "version <n>"
    MEET <meeting id> <id>      a meeting with that contact created

    python tests/crash_child.py DATA FIRST_IMPORT

With $GIVEBACK_PASSPHRASE_FILE set, the folder is encrypted and opened with that passphrase.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

IMPORT_SIZE = 2000
LINKEDIN_PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
)


def write_import_file(folder: Path, k: int) -> Path:
    """Import k as a file a user would have: LinkedIn's CSV for even k, vCards for odd."""
    if k % 2 == 0:
        path = folder / f"Connections-{k}.csv"
        rows = (
            f"Imported,{k}-{i},https://www.linkedin.com/in/imported-{k}-{i},"
            f"imported.{k}.{i}@example.com,Import {k},Engineer,05 Mar 2024\n"
            for i in range(IMPORT_SIZE)
        )
        path.write_text(LINKEDIN_PREAMBLE + "".join(rows), encoding="utf-8")
    else:
        path = folder / f"contacts-{k}.vcf"
        cards = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:Imported {k}-{i}\r\nN:{k}-{i};Imported;;;\r\nORG:Import {k}\r\n"
            f"EMAIL;TYPE=work:imported.{k}.{i}@example.com\r\n"
            f"NOTE:row {i} of import {k}\r\nEND:VCARD\r\n"
            for i in range(IMPORT_SIZE)
        )
        path.write_text("".join(cards), encoding="utf-8")
    return path


def main(data_dir: str, first_import: int) -> None:
    from crm_desktop import paths, store
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactInput
    from crm_desktop.services.interchange.apply import apply_import
    from crm_desktop.services.interchange.plan import plan_import
    from crm_desktop.services.interchange.readers import read_file
    from crm_desktop.services.meetings import meetings

    paths.set_data_dir(data_dir)  # backups go beside this database, never the user's
    passphrase_file = os.environ.get("GIVEBACK_PASSPHRASE_FILE")
    if passphrase_file:  # an encrypted folder: opened as the command line opens it
        from crm_desktop.services.encryption import keys, unlock

        unlock.unlock(keys.read_passphrase_file(passphrase_file))
    store.connect(paths.database_path())
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    k = first_import
    edit = 0
    while True:
        source = write_import_file(Path(data_dir), k)
        plan = plan_import(read_file(source), source.name)
        assert plan.new_count == IMPORT_SIZE, plan.new_count
        out.write(f"START {k}\n")
        out.flush()
        result = apply_import(plan)
        out.write(f"IMPORT {k}\n")
        if result.backup is not None:
            out.write(f"BACKUP {result.backup.name}\n")
        out.flush()
        source.unlink()
        k += 1
        for _ in range(5):
            edit += 1
            name = f"Edit {first_import}-{edit}"
            record = contacts.add_contact(ContactInput(full_name=name, notes="version 0"))
            out.write(f"ADD {record.id} {name}\n")
            out.flush()
            for n in (1, 2):
                contacts.update_contact(
                    record.id, ContactInput(full_name=name, notes=f"version {n}")
                )
                out.write(f"NOTE {record.id} {n}\n")
                out.flush()
            meeting = meetings.create_meeting(
                meetings.MeetingInput(
                    contact_ids=[record.id],
                    starts_at=dt.datetime(2026, 1, 1, 9, 0) + dt.timedelta(minutes=edit),
                    agenda=f"agenda {edit}",
                )
            )
            out.write(f"MEET {meeting.id} {record.id}\n")
            out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
