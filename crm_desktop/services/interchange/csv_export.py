"""Contacts out as CSV, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be read as a formula by Excel, LibreOffice or Google Sheets (a "CSV
injection": an imported note could run ``=HYPERLINK(...)`` or worse), so such a
cell gets a leading apostrophe, which spreadsheets show as text. Phone numbers
like ``+1 555 0100`` are written ``'+1 555 0100`` for the same reason.

Every field is written: the first email, phone and LinkedIn profile in their own
columns (what spreadsheets and other programs look for), then every email,
phone and link with its label, and the rest of the contact record. Control
characters (a NUL, an escape) are left out.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable

from crm_desktop.services.contacts.records import contact_ids_in_order, load_records
from crm_desktop.services.contacts.types import STAGES, WARMTH, ContactRecord
from crm_desktop.services.interchange.files import export_errors, private_file

HEADERS = (
    "Name",
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
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Control characters (but tab, newline and carriage return) that spreadsheets and
# CSV readers choke on; a NUL makes many of them take the file for binary.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(value: str) -> str:
    """A cell's text, made inert for spreadsheets (and without control characters)."""
    value = _CONTROLS.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _labelled(record: ContactRecord, kind: str) -> str:
    """Every email (phone, link) with its label: "ann@acme.example (work); …"."""
    return "; ".join(f"{m.value} ({m.label})" if m.label else m.value for m in record.of_kind(kind))


def _cells(r: ContactRecord) -> list[str]:
    jobs = "; ".join(
        j.text + (f" (until {j.until.isoformat()})" if j.until else "") for j in r.past_jobs
    )
    return [
        r.full_name,
        r.company,
        r.title,
        r.email,
        r.phone,
        r.linkedin_url,
        ", ".join(r.tags),
        r.how_we_met,
        r.notes,
        _labelled(r, "email"),
        _labelled(r, "phone"),
        _labelled(r, "link"),
        r.location,
        r.birthday.isoformat() if r.birthday else "",
        STAGES.get(r.stage, r.stage),
        WARMTH.get(r.warmth, r.warmth),
        r.follow_up_on.isoformat() if r.follow_up_on else "",
        str(r.cadence_days) if r.cadence_days else "",
        r.last_contact.strftime("%Y-%m-%d %H:%M") if r.last_contact else "",
        r.story,
        r.expertise,
        jobs,
        "yes" if r.archived else "",
    ]


@export_errors
def export_contacts_csv(
    path: str | os.PathLike[str],
    contact_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write contacts (all, archived too, or those in *contact_ids*) to *path* with
    every field; returns how many.

    UTF-8 with a byte-order mark (so Excel reads accents), one header row, every
    cell neutralised. The file is written beside its target and renamed into
    place, so an interrupted export never leaves half a file; it is 0600 like
    the database.
    """
    count = 0
    ids = contact_ids_in_order(contact_ids)
    with private_file(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for record in load_records(ids):
            writer.writerow([neutralise(cell or "") for cell in _cells(record)])
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count, len(ids))
    if progress is not None:
        progress(count, len(ids))
    return count
