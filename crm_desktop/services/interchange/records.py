"""What every importer reads a file into, and what the import plan works on.

Readers (vcard, linkedin, google, generic_csv, json_backup) turn a file into a
``ParsedFile``: the contacts it holds as ``ImportedContact`` values, and the
rows it could not read as ``Problem`` values with their line numbers. Nothing
here touches the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.text import translate

# The formats Giveback reads and writes; the keys are what --format takes.
IMPORT_FORMATS = {
    "vcard": "vCard (.vcf)",
    "linkedin": "LinkedIn Connections.csv",
    "google": "Google Contacts CSV",
    "csv": "Other CSV (choose the columns)",
    "json": "Giveback full export (.json)",
}
EXPORT_FORMATS = {
    "vcard": "vCard 4.0 (.vcf)",
    "vcard3": "vCard 3.0 (.vcf)",
    "csv": "CSV, every field (.csv)",
    "ics": "Meetings as iCalendar (.ics)",
    "json": "Everything as JSON (.json)",
}
# A file over this size is refused before it is read (a contacts export of
# 100,000 people with notes is well under it); a photo over PHOTO_MAX is skipped.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
PHOTO_MAX_BYTES = 256 * 1024


class ImportFileError(GivebackError):
    """The file as a whole cannot be imported (size, encoding, not a known format)."""


class ImportCancelled(GivebackError):
    """The user cancelled; nothing was changed."""


@dataclass
class ImportedContact:
    """One person read from a file, before it meets the database."""

    line: int  # where the record starts in the file (1-based line), for messages
    full_name: str
    company: str = ""
    title: str = ""
    methods: list[Method] = field(default_factory=list)  # every email/phone/link, labelled
    location: str = ""  # the first postal address, on one line
    birthday: dt.date | None = None
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    how_we_met: str = ""  # e.g. "Connected on LinkedIn on 2024-03-05"
    connected_on: dt.date | None = None  # LinkedIn's "Connected On"

    def to_input(self) -> ContactInput:
        """The contact as the contacts service takes it (first email/phone/link first)."""
        first = {k: next((m.value for m in self.methods if m.kind == k), "") for k in
                 ("email", "phone", "link")}  # fmt: skip
        linkedin = next(
            (m.value for m in self.methods if m.kind == "link" and "linkedin." in m.value.lower()),
            "",
        )
        return ContactInput(
            full_name=self.full_name,
            company=self.company,
            title=self.title,
            email=first["email"],
            phone=first["phone"],
            linkedin_url=linkedin,
            tags=list(self.tags),
            how_we_met=self.how_we_met,
            notes=self.notes,
            methods=list(self.methods),
            location=self.location,
            birthday=self.birthday,
        )


@dataclass(frozen=True)
class Problem:
    """A row or card that could not be read, and why, in words for the user.

    *unexpected* is empty unless a reader's safety net caught an exception no rule
    foresaw (a bug in Giveback, not in the file): then it holds that exception and
    where it was raised, for the fuzz tests and bug reports; it is never shown.
    """

    line: int
    reason: str
    unexpected: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        return translate("records", "Line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


@dataclass
class ParsedFile:
    format: str  # a key of IMPORT_FORMATS
    contacts: list[ImportedContact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # e.g. "2 photos over 256 KB skipped"
    # Exceptions no rule foresaw (bugs in Giveback) that a reader's per-line safety net caught:
    # the user loses that line only, with a notice; never shown, the fuzz tests fail on them.
    unexpected: list[str] = field(default_factory=list, compare=False, repr=False)
