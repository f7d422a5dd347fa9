"""Two Giveback data folders in one test: "this laptop" and "the other laptop".

Each has its own database file; ``with laptop:`` opens it (and points the data folder
at it), leaving closes it. Both share the test's keyring, as two accounts of one user
on one server would share nothing else.
"""

from __future__ import annotations

from pathlib import Path

from crm_desktop import paths, store
from crm_desktop.services import sync
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput


class Laptop:
    def __init__(self, folder: Path):
        self.folder = folder

    def __enter__(self) -> Laptop:
        paths.set_data_dir(self.folder)
        store.connect(paths.database_path())
        return self

    def __exit__(self, *exc) -> None:
        store.close()

    # What the tests do on a laptop, each in its own session with the database.
    def setup(self, server, book: str, calendar: str | None = None) -> None:
        with self:
            sync.setup(server.url, server.user, server.password, addressbook=book,
                       calendar=calendar)  # fmt: skip

    def sync(self, **options) -> sync.Report:
        with self:
            return sync.run(**options)

    def add(self, name: str, **values) -> int:
        with self:
            return contacts.add_contact(ContactInput(full_name=name, **values)).id

    def people(self) -> dict[str, dict]:
        """Every contact here by name: what a user sees of them."""
        with self:
            out = {}
            for cid in [r[0] for r in store.database().execute_sql("SELECT id FROM contact")]:
                record = contacts.get_contact(cid)
                out[record.full_name] = {
                    "company": record.company,
                    "title": record.title,
                    "email": record.email,
                    "emails": sorted(m.value for m in record.of_kind("email")),
                    "tags": sorted(record.tags),
                    "archived": record.archived,
                    "stage": record.stage,
                    "notes": record.notes,
                    "id": cid,
                }
            return out
