"""Take the data out: vCard, CSV, iCalendar or everything as JSON.

``export_file`` is what the Export dialog and ``giveback export`` call. With
``contact_ids=None`` every contact is written, archived ones too: an export is
how a user takes their data with them, and leaving people out silently would
lose them. Every file is written beside its target and renamed into place (a
failed export never leaves half a file) and is readable by the user only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts.records import contact_ids_in_order, load_records
from crm_desktop.services.interchange import csv_export, json_backup, vcard
from crm_desktop.services.interchange.files import (
    export_errors,
    own_connection,
    private_file,
    refuse_own_files,
)
from crm_desktop.services.interchange.records import EXPORT_FORMATS
from crm_desktop.services.text import translate
from crm_desktop.store.chunks import CHUNK
from crm_desktop.store.models import database_proxy

Progress = Callable[[int, int], None] | None


def _export_vcard(path, contact_ids, version: str, progress: Progress) -> int:
    ids = contact_ids_in_order(contact_ids)
    records = []
    for record in load_records(ids):
        records.append(record)
        if progress and len(records) % CHUNK == 0:
            progress(len(records), len(ids))
    text = vcard.write_vcards(records, version=version)
    with private_file(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    if progress:
        progress(len(ids), len(ids))
    return len(records)


@export_errors
def export_file(
    path: str | os.PathLike[str],
    format: str,
    contact_ids: Iterable[int] | None = None,
    progress: Progress = None,
) -> int:
    """Write *format* (a key of EXPORT_FORMATS) to *path*; returns how many contacts
    (meetings for "ics") it holds. *contact_ids*: only those; None: everything."""
    if format not in EXPORT_FORMATS:
        known = ", ".join(EXPORT_FORMATS)
        raise InvalidInput(
            translate(
                "export", "Giveback cannot export “{format}”; choose one of: {known}."
            ).format(format=format, known=known)
        )
    refuse_own_files(path)
    ids = None if contact_ids is None else list(contact_ids)
    if format == "json" and ids is not None:
        raise InvalidInput(
            translate(
                "export",
                "A JSON export holds everything, to restore it whole; choose vCard or "
                "CSV for selected contacts.",
            )
        )
    with own_connection(), database_proxy.atomic():  # one snapshot, whatever is written meanwhile
        return _export(Path(path), format, ids, progress)


def _export(path: Path, format: str, ids: list[int] | None, progress: Progress) -> int:
    if format in ("vcard", "vcard3"):
        return _export_vcard(path, ids, "4.0" if format == "vcard" else "3.0", progress)
    if format == "csv":
        return csv_export.export_contacts_csv(path, ids, progress)
    if format == "ics":
        from crm_desktop.services.interchange import ics  # icalendar takes 0.1 s to load

        return ics.export_ics(path, ids)
    return json_backup.export_json(path, progress)
