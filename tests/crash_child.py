"""The child process of the crash harness (tests/test_crash.py).

Runs Giveback's own services on DB: alternately a long import (one transaction
of IMPORT_SIZE contacts, all in company "Import <k>") and a burst of single
edits (a new contact, a changed note, a meeting). After each commit returns it
prints one line and flushes, so the parent knows exactly what was committed
before it sends SIGKILL:

    IMPORT <k>                  import k committed (all IMPORT_SIZE contacts)
    ADD <id> <name>             a contact added
    NOTE <id> <n>               that contact's notes set to "version <n>"
    MEET <meeting id> <id>      a meeting with that contact created
"""

from __future__ import annotations

import datetime as dt
import sys

IMPORT_SIZE = 150


def main(db_path: str, first_import: int) -> None:
    from crm_desktop import store
    from crm_desktop.services import contacts, meetings
    from crm_desktop.services.contacts import ContactInput
    from crm_desktop.store.models import database_proxy

    store.connect(db_path)
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    k = first_import
    edit = 0
    while True:
        with database_proxy.atomic():
            for i in range(IMPORT_SIZE):
                contacts.add_contact(
                    ContactInput(
                        full_name=f"Imported {k}-{i}",
                        company=f"Import {k}",
                        notes=f"row {i} of import {k}\n" * 3,
                        tags=["imported"],
                    )
                )
        out.write(f"IMPORT {k}\n")
        out.flush()
        k += 1
        for _ in range(10):
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
