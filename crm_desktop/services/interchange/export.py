"""Take the data out: vCard, CSV, iCalendar or everything as JSON.

``export_file`` is what the Export dialog and ``giveback export`` call. With
``contact_ids=None`` every contact is written, archived ones too: an export is
how a user takes their data with them, and leaving people out silently would
lose them. Every file is written beside its target and renamed into place (a
failed export never leaves half a file) and is readable by the user only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import peewee

from crm_desktop import paths
from crm_desktop.errors import GivebackError, InvalidInput
from crm_desktop.services.contacts.contacts import ContactRecord, Job, Method
from crm_desktop.services.interchange.records import EXPORT_FORMATS
from crm_desktop.store.models import database_proxy

_CHUNK = 500
Progress = Callable[[int, int], None] | None


class ExportError(GivebackError):
    """The export file could not be written (folder missing or read-only, disk full…)."""


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def contact_ids_in_order(contact_ids: Iterable[int] | None = None) -> list[int]:
    """Every contact (archived too), or those of *contact_ids*, sorted by name."""
    rows = database_proxy.execute_sql(
        "SELECT id FROM contact ORDER BY lower(full_name), id"
    ).fetchall()
    if contact_ids is None:
        return [cid for (cid,) in rows]
    wanted = set(contact_ids)
    return [cid for (cid,) in rows if cid in wanted]


def load_records(contact_ids: Iterable[int]) -> Iterator[ContactRecord]:
    """The full records of *contact_ids*, in that order, five queries per 500
    contacts (not five per contact): exports and import plans read thousands."""
    ids = list(contact_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))

        def rows(sql: str, chunk=chunk, marks=marks):
            return database_proxy.execute_sql(sql.format(marks=marks), chunk).fetchall()

        methods: dict[int, list[Method]] = defaultdict(list)
        for cid, kind, value, label in rows(
            "SELECT contact_id, kind, value, label FROM contact_method "
            "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
        ):
            methods[cid].append(Method(kind, value, label))
        tags: dict[int, list[str]] = defaultdict(list)
        for cid, name in rows(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, lower(t.name)"
        ):
            tags[cid].append(name)
        jobs: dict[int, list[Job]] = defaultdict(list)
        for cid, company, title, until in rows(
            "SELECT contact_id, company, title, until FROM contact_job "
            "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
        ):
            jobs[cid].append(Job(company, title, _date(until)))
        found = {}
        for row in rows(
            "SELECT c.id, c.full_name, COALESCE(co.name, ''), c.title, c.email, c.phone, "
            "c.linkedin_url, c.how_we_met, c.notes, c.location, c.birthday, c.story, "
            "c.expertise, c.stage, c.warmth, c.follow_up_on, c.cadence_days, c.archived_at, "
            "c.last_contact_at FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.id IN ({marks})"
        ):
            cid = row[0]
            found[cid] = ContactRecord(
                id=cid,
                full_name=row[1],
                company=row[2],
                title=row[3],
                email=row[4],
                phone=row[5],
                linkedin_url=row[6],
                tags=tuple(tags[cid]),
                how_we_met=row[7],
                notes=row[8],
                methods=tuple(methods[cid]),
                location=row[9],
                birthday=_date(row[10]),
                story=row[11],
                expertise=row[12],
                stage=row[13],
                warmth=row[14],
                follow_up_on=_date(row[15]),
                cadence_days=row[16],
                past_jobs=tuple(jobs[cid]),
                archived=row[17] is not None,
                last_contact=_datetime(row[18]),
            )
        yield from (found[cid] for cid in chunk if cid in found)


@contextlib.contextmanager
def own_connection():
    """In a thread with no open connection (a worker), open one and close it after."""
    db = database_proxy.obj
    opened_here = db.is_closed()
    try:
        yield
    finally:
        if opened_here and not db.is_closed():
            db.close()


def _database_files() -> set[Path]:
    """The database Giveback has open (and the one of this data folder), with its side files."""
    names = {paths.database_path()}
    if database_proxy.obj is not None and database_proxy.obj.database not in ("", ":memory:"):
        names.add(Path(database_proxy.obj.database))
    return {
        Path(str(name) + suffix).resolve()
        for name in names
        for suffix in ("", "-wal", "-shm", "-journal")
    }


def refuse_own_files(path: str | os.PathLike[str]) -> None:
    """Raise ExportError when *path* is the database, one of its side files or in the
    backups folder: an export written there would destroy what it was taken from."""
    target = Path(path).resolve()
    if target in _database_files():
        raise ExportError(
            f"“{target.name}” is Giveback's own database; choose another file name or "
            "folder for the export. Nothing was written."
        )
    backups = paths.backups_dir().resolve()
    if target == backups or backups in target.parents:
        raise ExportError(
            f"“{target.name}” is in Giveback's backups folder ({backups}), which keeps "
            "its backups only; choose another folder for the export. Nothing was written."
        )


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str], mode: str = "w", **open_args):
    """Open a new file beside *path*, 0600 from its first byte; on success it
    replaces *path*, on any failure it is removed and *path* is left as it was.
    The database and the backups are never a target (see ``refuse_own_files``)."""
    refuse_own_files(path)
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with open(fd, mode, **open_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _export_vcard(path, contact_ids, version: str, progress: Progress) -> int:
    from crm_desktop.services.interchange import vcard

    ids = contact_ids_in_order(contact_ids)
    records = []
    for record in load_records(ids):
        records.append(record)
        if progress and len(records) % _CHUNK == 0:
            progress(len(records), len(ids))
    text = vcard.write_vcards(records, version=version)
    with private_file(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    if progress:
        progress(len(ids), len(ids))
    return len(records)


def export_errors(func):
    """Turn a failed write or read into an ExportError naming the file (the first argument)."""

    @functools.wraps(func)
    def wrapper(path, *args, **kwargs):
        try:
            return func(path, *args, **kwargs)
        except OSError as err:
            reason = err.strerror or str(err)
            raise ExportError(
                f"Giveback could not write {path}: {reason}. Nothing was written."
            ) from err
        except (peewee.DatabaseError, sqlite3.DatabaseError) as err:
            raise ExportError(
                f"Giveback could not read the database ({err}). Nothing was written."
            ) from err

    return wrapper


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
        raise InvalidInput(f"Giveback cannot export “{format}”; choose one of: {known}.")
    refuse_own_files(path)
    ids = None if contact_ids is None else list(contact_ids)
    if format == "json" and ids is not None:
        raise InvalidInput(
            "A JSON export holds everything, to restore it whole; choose vCard or CSV "
            "for selected contacts."
        )
    with own_connection(), database_proxy.atomic():  # one snapshot, whatever is written meanwhile
        return _export(Path(path), format, ids, progress)


def _export(path: Path, format: str, ids: list[int] | None, progress: Progress) -> int:
    if format in ("vcard", "vcard3"):
        return _export_vcard(path, ids, "4.0" if format == "vcard" else "3.0", progress)
    if format == "csv":
        from crm_desktop.services.interchange import csv_export

        return csv_export.export_contacts_csv(path, ids, progress)
    if format == "ics":
        from crm_desktop.services.interchange import ics

        return ics.export_ics(path, ids)
    from crm_desktop.services.interchange import json_backup

    return json_backup.export_json(path, progress)
