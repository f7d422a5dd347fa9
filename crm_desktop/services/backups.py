"""Backups of the database, taken with SQLite's online backup API.

Backups live in ``backups/`` beside the database, readable by the user only.
Each is a complete, self-contained SQLite file (rollback-journal mode, so one
file is the whole backup) named ``giveback-<reason>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3``.

Automatic backups are taken at most once a day when Giveback starts, before
every schema migration (see ``store.migrations``), before every import
(``before_import``) and before every restore. They are thinned out by
``rotate``: everything from the last day is kept, and beyond that the newest
backup of each of the last 7 days, of each of the last 4 weeks and of each of
the last 6 months. Backups the user made themselves are never deleted.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

import peewee

from crm_desktop import paths, store
from crm_desktop.errors import GivebackError, StorageError
from crm_desktop.services import events
from crm_desktop.services.contacts import last_contact
from crm_desktop.services.storage import cannot_open_message, storage_message
from crm_desktop.services.text import QT_TRANSLATE_NOOP, show_date, translate
from crm_desktop.store import cipher, integrity
from crm_desktop.store.migrations import SCHEMA_VERSION, read_version

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
KEEP_ALL_WITHIN = dt.timedelta(days=1)
ABANDONED_AFTER = dt.timedelta(hours=1)
AUTOMATIC = ("daily", "before-import", "before-restore", "before-v")
_NAME = re.compile(r"^giveback-(?P<reason>[a-z0-9-]+?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S-%f"
REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("backups", "Daily"),
    "manual": QT_TRANSLATE_NOOP("backups", "Made by you"),
    "before-import": QT_TRANSLATE_NOOP("backups", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("backups", "Before a restore"),
}


class BackupError(GivebackError):
    """A backup could not be taken, read or restored."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    contact_count: int | None  # None: the file is not a readable Giveback database
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason.startswith(AUTOMATIC)

    @property
    def reason_label(self) -> str:
        if self.reason.startswith("before-v"):
            return translate("backups", "Before an upgrade")
        if self.reason in REASON_LABELS:
            return translate("backups", REASON_LABELS[self.reason])
        return self.reason.replace("-", " ").capitalize()


def contacts_phrase(count: int | None) -> str:
    if count is None:
        return translate("backups", "unreadable")
    if count == 1:
        return translate("backups", "1 contact")
    return translate("backups", "{count} contacts").format(count=count)


def backups_dir() -> Path:
    return paths.backups_dir()


def _copy_database(source: Path, target: Path) -> None:
    """Copy *source* into a new file *target*, encrypted with the database's key when
    Giveback's database is encrypted (a plain backup restored into an encrypted setup
    becomes encrypted too), plain otherwise.

    Safe while Giveback (or anything else) has the source open: the copy is one
    consistent snapshot. The new file is 0600 from its first byte and is in
    rollback-journal mode so that the one file is the whole copy.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        key = cipher.current_key()
        key_in = key if cipher.is_encrypted(source) else None
        cipher.copy_file(source, partial, key_in=key_in, key_out=key)
        paths.make_private(partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _could_not(err: Exception, failed: str) -> str:
    """The storage message for *err*, *failed* saying what could not be done (without the
    advice about a form: there is nothing typed to keep)."""
    return storage_message(err, failed, after="")


def _copy_or_raise(source: Path, target: Path, error: type[GivebackError], failed: str) -> None:
    """``_copy_database``, a failure raised as *error* saying what could not be done."""
    try:
        _copy_database(source, target)
    except (*cipher.ERRORS, OSError) as err:
        raise error(_could_not(err, failed)) from err


def _stamped_path(reason: str, when: dt.datetime | None = None) -> Path:
    folder = paths.ensure_private_dir(backups_dir())
    when = when or dt.datetime.now()
    target = folder / f"giveback-{reason}-{when.strftime(_STAMP)}.sqlite3"
    while target.exists():
        when += dt.timedelta(microseconds=1)
        target = folder / f"giveback-{reason}-{when.strftime(_STAMP)}.sqlite3"
    return target


def backup_now(
    path: str | os.PathLike[str] | None = None, reason: str = "manual", replace: bool = False
) -> Path:
    """Write a backup of the database; to *path* if given, else into the backups folder.

    Returns the new file. An existing *path* is refused unless *replace* (the
    file dialog has already asked). Raises BackupError when there is nothing to
    back up or the copy cannot be written (the message says why, plainly).
    """
    source = paths.database_path()
    if not source.exists():
        raise BackupError(translate("backups", "There is no database to back up yet."))
    if path is None:
        target = _stamped_path(reason)
    else:
        target = Path(path).expanduser().resolve()
        if target == source.resolve():
            raise BackupError(
                translate("backups", "A backup cannot be written over the database itself.")
            )
        if target.exists() and not replace:
            raise BackupError(
                translate("backups", "{target} already exists; choose another name.").format(
                    target=target
                )
            )
        target.parent.mkdir(parents=True, exist_ok=True)
    _copy_or_raise(
        source, target, BackupError, translate("backups", "Giveback could not write the backup")
    )
    if path is None:
        rotate()
    return target


def before_import() -> Path | None:
    """Back up before an import changes anything. None when the database is empty."""
    if read_info(paths.database_path(), reason="current").contact_count in (None, 0):
        return None
    return backup_now(reason="before-import")


def daily_backup_if_due(now: dt.datetime | None = None) -> Path | None:
    """Take the day's backup when Giveback starts, unless one was taken today.

    Nothing is written for a database with no contacts (a fresh one).
    """
    now = now or dt.datetime.now()
    if not paths.database_path().exists():
        return None
    for info in list_backups():
        if info.reason == "daily" and info.taken_at.date() == now.date():
            return None
    if not read_info(paths.database_path(), reason="current").contact_count:
        return None
    target = _stamped_path("daily", now)
    _copy_database(paths.database_path(), target)
    rotate(now)
    return target


def read_info(path: Path, reason: str | None = None) -> BackupInfo:
    """Date, reason and contact count of a backup file (count None if unreadable)."""
    path = Path(path)
    match = _NAME.match(path.name)
    stat = path.stat()
    if match:
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
        found_reason = match["reason"]
    else:
        taken_at = dt.datetime.fromtimestamp(stat.st_mtime)
        found_reason = "manual"
    return BackupInfo(
        path=path,
        taken_at=taken_at,
        reason=reason or found_reason,
        contact_count=_contact_count(path),
        size=stat.st_size,
    )


def _contact_count(path: Path) -> int | None:
    try:
        con = cipher.open_file(path, mode="ro")
        try:
            return con.execute('SELECT count(*) FROM "contact"').fetchone()[0]
        finally:
            con.close()
    except cipher.ERRORS:
        return None


def list_backups() -> list[BackupInfo]:
    """Every backup in the backups folder, newest first."""
    folder = backups_dir()
    if not folder.is_dir():
        return []
    found = [read_info(p) for p in folder.glob("*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_good_backup() -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check and holds Giveback's data."""
    for info in list_backups():
        if info.contact_count is None:
            continue
        try:
            if integrity.quick_check(info.path) == "ok":
                return info
        except cipher.ERRORS:
            continue
    return None


def _remove_abandoned_copies(now: dt.datetime) -> None:
    """Delete copies cut short by a crash (``*.partial`` and their journals).

    A copy takes well under a minute even for 100,000 contacts, so one older
    than ABANDONED_AFTER is nobody's work in progress, just disk space lost.
    """
    for leftover in sorted(backups_dir().glob("*.partial*")):  # in name order
        try:
            age = now - dt.datetime.fromtimestamp(leftover.stat().st_mtime)
            if age > ABANDONED_AFTER:
                leftover.unlink()
        except FileNotFoundError:
            continue


def rotate(now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic backups beyond 7 daily, 4 weekly and 6 monthly; returns those deleted.

    Copies abandoned halfway by a crash go too.
    """
    now = now or dt.datetime.now()
    _remove_abandoned_copies(now)
    automatic = [b for b in list_backups() if b.automatic]  # newest first
    keep: set[Path] = {b.path for b in automatic if now - b.taken_at < KEEP_ALL_WITHIN}
    for count, bucket in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen: list = []
        for b in automatic:
            key = bucket(b.taken_at)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(b.path)
    deleted = []
    for b in automatic:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    return deleted


def _check_restorable(path: Path) -> BackupInfo:
    if not path.is_file():
        raise BackupError(translate("backups", "{path} is not a file.").format(path=path))
    if cipher.is_encrypted(path) and not cipher.opens_with(path, cipher.current_key()):
        raise BackupError(
            translate(
                "backups",
                "{name} is not a Giveback backup, or it is damaged, or it is encrypted "
                "with a key this Giveback does not have (another passphrase, or another "
                "computer's keyring). Nothing was changed.",
            ).format(name=path.name)
        )
    info = read_info(path)
    try:
        healthy = integrity.quick_check(path) == "ok"
        version = read_version(path)
    except cipher.ERRORS:
        healthy, version = False, 0
    if not healthy or info.contact_count is None:
        raise BackupError(
            translate(
                "backups", "{name} is not a Giveback backup, or it is damaged. Nothing was changed."
            ).format(name=path.name)
        )
    if version > SCHEMA_VERSION:
        raise BackupError(
            translate(
                "backups",
                "{name} was written by a newer version of Giveback. Please update "
                "Giveback. Nothing was changed.",
            ).format(name=path.name)
        )
    return info


def restore(path: str | os.PathLike[str]) -> Path | None:
    """Replace the database with the backup at *path*, in one step that can be undone.

    The current database is backed up first (or, if it is damaged, moved aside
    untouched); the file swap happens while no connection is open; then the
    database is opened again and every view is told to refresh. Returns the
    backup of the previous state (None when there was none to keep).
    """
    source = Path(path).expanduser().resolve()
    _check_restorable(source)
    db_path = paths.database_path()
    saved: Path | None = None
    if db_path.exists():
        try:
            if integrity.quick_check(db_path) == "ok":
                saved = backup_now(reason="before-restore")
            else:
                store.close()
                saved = integrity.move_aside(db_path)
        except cipher.ERRORS as err:
            raise BackupError(
                translate(
                    "backups",
                    "The current database could not be backed up ({err}), so it was not "
                    "replaced. Nothing was changed.",
                ).format(err=err)
            ) from err
    paths.ensure_private_dir(db_path.parent)
    incoming = db_path.with_name(db_path.name + ".restoring")
    incoming.unlink(missing_ok=True)
    _copy_or_raise(
        source, incoming, StorageError, translate("backups", "Giveback could not restore")
    )
    store.close()
    for suffix in integrity.COMPANIONS:
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(incoming, db_path)
    store.connect(db_path)
    events.emit("contacts", "referrals", "meetings")
    return saved


@dataclass(frozen=True)
class StartReport:
    """What happened while opening the database at start-up."""

    moved_to: Path | None = None  # a damaged database, moved aside untouched
    problem: str = ""  # what SQLite found wrong with it
    newest_backup: BackupInfo | None = None  # the newest good backup, to offer
    daily_backup: Path | None = None
    backup_problem: str = ""  # the day's backup could not be taken (start-up goes on)

    @property
    def damaged(self) -> bool:
        return self.moved_to is not None


def open_database() -> StartReport:
    """Start-up: quick-check the database (a damaged one is moved aside, never
    overwritten), open it, and take the day's backup if it is due.

    A database that cannot be opened at all (a read-only folder, another
    account's files) raises StorageError saying so; nothing is changed.
    """
    db_path = paths.database_path()
    store.close()
    try:
        check = integrity.check_on_start(db_path)
        moved_to, problem, newest = None, "", None
        if not check.ok:
            moved_to, problem, newest = check.moved_to, check.problem, newest_good_backup()
        store.connect(db_path)
    except (peewee.DatabaseError, *cipher.ERRORS, OSError) as err:
        raise StorageError(cannot_open_message(err, db_path.parent)) from err
    last_contact.catch_up()  # meetings booked ahead may have happened since it was closed
    daily, backup_problem = None, ""
    try:
        daily = daily_backup_if_due()
    except (*cipher.ERRORS, OSError) as err:
        backup_problem = _could_not(err, translate("backups", "Giveback could not back up"))
        backup_problem = backup_problem.split(". ")[0].rstrip(".") + "."
    return StartReport(moved_to, problem, newest, daily, backup_problem)


def damaged_message(report: StartReport) -> str:
    """Plain words for the user about a damaged database found at start-up."""
    text = translate(
        "backups",
        "Giveback's database was damaged, so Giveback did not open it. "
        "It has been moved aside, unchanged, to:\n{path}",
    ).format(path=report.moved_to)
    if report.newest_backup is not None:
        b = report.newest_backup
        newest = translate(
            "backups", "The newest good backup is from {date} with {contacts}:\n{path}"
        ).format(
            date=show_date(b.taken_at, weekday=True, time=True),
            contacts=contacts_phrase(b.contact_count),
            path=b.path,
        )
    else:
        newest = translate(
            "backups", "There is no backup to restore, so Giveback starts with an empty database."
        )
    return f"{text}\n\n{newest}"
