"""Contacts out as CSV, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
would be read as a formula by Excel, LibreOffice or Google Sheets (a "CSV
injection": an imported note could run ``=HYPERLINK(...)`` or worse), so such a
cell gets a leading apostrophe, which spreadsheets show as text. Phone numbers
like ``+1 555 0100`` are written ``'+1 555 0100`` for the same reason.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from peewee import JOIN, fn

from crm_desktop.services.storage import storage_errors
from crm_desktop.store.models import Company, Contact, ContactTag, Tag

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
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A cell's text, made inert for spreadsheets."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _rows(contact_ids: Iterable[int] | None):
    tag_names = (
        Tag.select(fn.GROUP_CONCAT(Tag.name, ", "))
        .join(ContactTag)
        .where(ContactTag.contact == Contact.id)
    )
    query = (
        Contact.select(
            Contact.full_name,
            Company.name,
            Contact.title,
            Contact.email,
            Contact.phone,
            Contact.linkedin_url,
            tag_names,
            Contact.how_we_met,
            Contact.notes,
        )
        .join(Company, join_type=JOIN.LEFT_OUTER)
        .order_by(fn.lower(Contact.full_name), Contact.id)
    )
    if contact_ids is not None:
        query = query.where(Contact.id.in_(list(contact_ids)))
    return query.tuples().iterator()


@storage_errors
def export_contacts_csv(
    path: str | os.PathLike[str], contact_ids: Iterable[int] | None = None
) -> int:
    """Write contacts (all, or those in *contact_ids*) to *path*; returns how many.

    UTF-8 with a byte-order mark (so Excel reads accents), one header row, every
    cell neutralised. The file is written beside its target and renamed into
    place, so an interrupted export never leaves half a file; it is 0600 like
    the database.
    """
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    count = 0
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            for row in _rows(contact_ids):
                writer.writerow([neutralise(cell or "") for cell in row])
                count += 1
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
